"""Topics read from what a clause does (issue 13, points 3 and 6).

The cue labeller reads words and weighs the heading; a commitment under a heading that says nothing ("Nature du
contrat", "Miscellaneous", "Restrictions and Responsibilities") or something else ("5.0 Security"), or worded without
the topic's usual keyword ("plafonné aux redevances", "aggregate exposure", "hand back all Customer Data"), is missed,
and the review then reports an essential topic missing that the contract settles. The typed facts readers
(`facts/`) already read the act itself: who must or may do what, with the quoted span. A clause that states such a
fact carries the fact's topic, whatever its heading and wording. Only facts that state the act count: a refused
reversibility or an exit that needs no return stays with the refusal logic (`exit_refused`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from assistant.legal.review.classify import NOT_SETTLED_HERE, Labelled
from assistant.legal.textutil import fold

# fact kind -> the topic of the clause that states it
KIND_TOPIC: dict[str, str] = {
    "liability_cap": "liability", "liability_unlimited": "liability", "liability_exclusion": "liability",
    "carve_outs": "liability",
    "penalty": "penalties",
    "renewal": "duration_renewal",
    "termination": "termination", "termination_fees": "termination",
    # sub-processors are the processor terms' subject (the keys of DPAs do not count them as commercial subcontracting)
    "assignment": "subcontracting_assignment", "subprocessing": "data_protection",
    "price_change": "price_revision",
    "backups": "backup_recovery",
    "reversibility": "reversibility",
    "breach_notice": "data_protection",
    "audit": "audit",
    "security_promise": "security",
    "force_majeure": "force_majeure",
    "jurisdiction": "disputes", "governing_law": "disputes",
    "client_duty": "client_obligations",
}
# Not mapped: non-solicitation facts (the reader is wider than the clause's subject: on the CUAD contracts it added 9
# false non-solicitation clauses; the cues read the restriction's shape; audit facts added 2 false audit clauses there
# against 6 audit rights found on the keyed documents, kept), the
# processing role (read once for the whole document, it proves no clause), how a level is measured
# (a method, not a commitment), and deletion at the end (Art. 28(3)(g) is data protection; deleting is no exit plan).


# An audit offered as a service for sale ("propose, sur commande séparée, une prestation d'audit", "a security audit
# service at the rates in its price list") is a product, not the client's right to check the provider.
AUDIT_SOLD = re.compile(r"\b(propose\w*|offre\w*|offers?|optionn?\w*|sur (devis|commande)|factur\w*|billed|charged|invoiced|"
                        r"at the rates?|au tarif|prestations? d'audit|audit (services?|offering)|en option)\b")
# A transfer is an assignment when it moves the contract or its performance ("transfer this Agreement", "céder le
# contrat", "confier l'exécution à un tiers"), not when personal data cross a border ("onward transfers", "such
# transfer" of data under the Standard Contractual Clauses).
CONTRACT_MOVED = re.compile(r"\b(assign|transf[eé]r|c[eé]d|cession|nov)\w*\b[^.;]{0,60}\b(agreement|contract|contrat|march[eé]|"
                            r"rights?|obligations?|droits?|order|commande)|\b(agreement|contract|contrat|rights?|droits?)\b"
                            r"[^.;]{0,60}\b(assign|transf[eé]r|c[eé]d)\w*|sub-?contract\w*|sous-?trait\w*|\b(confi|entrust|"
                            r"delegat|d[eé]l[eè]gu)\w*|\bsubcontractors?\b")


def fact_topics(fact) -> tuple[str, ...]:
    """The topics a fact proves its clause carries (none for a fact that states the act's absence)."""
    kind = getattr(fact, "kind", "")
    if kind == "audit" and AUDIT_SOLD.search(fold(fact.evidence.quote)):
        return ()
    if kind == "assignment" and not CONTRACT_MOVED.search(fact.evidence.quote.lower()):
        return ()
    if kind == "obligation":
        if getattr(fact, "modal", "must") == "need_not" or getattr(fact, "actor", "processor") == "controller":
            return ()
        return ("data_protection",)
    if kind == "reversibility" and not getattr(fact, "provided", True):
        return ()
    if kind == "backups" and not getattr(fact, "provided", True):
        return ()
    topic = KIND_TOPIC.get(kind)
    return (topic,) if topic else ()


def denied_topics(facts) -> set[str]:
    """Topics a clause's facts say are not there: "Aucun niveau de service … n'est attaché à la mission" is written
    about service levels only to say there are none (a clause that also says how a level is measured keeps them)."""
    kinds = {f.kind for f in facts}
    if "sla_measure" not in kinds and any(f.kind == "service_model" and f.mode == "service_levels" and f.denied
                                          for f in facts):
        return {"sla"}
    return set()


def with_fact_topics(labelled: list[Labelled], facts) -> list[Labelled]:
    """Each clause's cue topics plus the topics of the facts it states (cue topics first, in their order), less the
    topics its facts deny."""
    extra: dict[int, list[str]] = {}
    denied = {cf.index: denied_topics(cf.facts) for cf in getattr(facts, "clauses", []) or []}
    labelled = [replace(lab, topics=tuple(t for t in lab.topics if t not in denied[i])) if denied.get(i) else lab
                for i, lab in enumerate(labelled)]
    for cf in getattr(facts, "clauses", []) or []:
        for fact in cf.facts:
            if NOT_SETTLED_HERE.search(fold(fact.evidence.quote)):
                continue  # "la présente annexe ne règle ni … la réversibilité": the act is another document's
            for topic in fact_topics(fact):
                extra.setdefault(cf.index, []).append(topic)
    if not extra:
        return labelled
    return [replace(lab, topics=_merged(lab.topics, extra.get(i, ()))) if i in extra else lab
            for i, lab in enumerate(labelled)]


def _merged(topics: tuple[str, ...], more: Iterable[str]) -> tuple[str, ...]:
    out = list(topics)
    out += [t for t in dict.fromkeys(more) if t not in out]
    return tuple(out)
