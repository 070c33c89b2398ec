"""Risk rules on data and security, over facts: processor terms, sub-processors, breach alerts,
audits, data-loss exclusions and security promises (ids are stable API)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.legal.review.risk.model import PARTIAL_TYPES, Context, Hit
from assistant.text import fold

# words of an audit or an inspection granted (not an "audit trail", which is a log)
INSPECTION = re.compile(r"\baudit(s|er|ed|ing|eur|eurs|ors?)?\b(?! trail)|\binspect|\bcontroles?\b|\bverification|"
                        r"\bvisites?\b|\bsite visits?\b")



def _set_elements(ctx: Context) -> set[str]:
    found = set(ctx.art28.present)
    for other in ctx.other_docs:
        found |= set(other.art28.present)
    return found


# the duties of Art. 28(3) (a) to (h) that processor terms must stipulate, well or badly
INSTRUCTIONS = "art28_3a_documented_instructions"
DUTIES = {INSTRUCTIONS, "art28_3b_confidentiality", "art28_3c_security", "art28_3d_subprocessors",
          "art28_3e_data_subject_rights", "art28_3f_assist_32_36", "art28_3g_return_deletion", "art28_3h_audits_information"}
SILENT_MAX = 1  # duties (b)-(h) the terms may leave unsaid and still be processor terms, flawed (prompts/review_policy.yaml)
# Art. 28 elements from which the reader takes the processor terms as written: a duty it does not find among six or
# more found is likelier a wording it misses than a silence (the element reader is not perfect: evaluations/dpa.py)
SUBSTANTIAL = 6


def _flawed_elements(ctx: Context) -> set[str]:
    """Duties the set addresses badly, each flaw raised by its own rule: sub-processors on the processor's terms
    (free_subprocessors), a breach notice too late or with no deadline (breach_notification_late), an audit narrowed or
    refused (audit_restricted), the end of the data written without a return (no_reversibility)."""
    out = set()
    if ctx.facts_of("subprocessing", whole_set=True):
        out.add("art28_3d_subprocessors")
    if ctx.facts_of("breach_notice", whole_set=True):
        out.add("art28_3f_assist_32_36")
    if any(a.restricted for a in ctx.facts_of("audit", whole_set=True)):
        out.add("art28_3h_audits_information")
    if ctx.facts_of("reversibility", whole_set=True):
        out.add("art28_3g_return_deletion")
    return out


def _terms_missing(ctx: Context, found: set[str] | None = None) -> bool:
    """The policy's test (prompts/review_policy.yaml): no processor terms when nothing binds the processor to the
    controller's documented instructions (Art. 28(3)(a)) or two or more of the other duties go unsaid, unless the
    reader found most elements or the terms are placed in an annex that meets Art. 28."""
    found = _set_elements(ctx) if found is None else found
    silent = DUTIES - found - _flawed_elements(ctx) - {INSTRUCTIONS}
    return (INSTRUCTIONS not in found or len(silent) > SILENT_MAX) and len(found) < SUBSTANTIAL and \
        not any(f.art28 for f in ctx.facts_of("processor_terms", whole_set=True))


def personal_data_without_dpa(ctx: Context) -> Hit | None:
    if not ctx.art28.applies:
        return None
    # the policy (prompts/review_policy.yaml): processor terms are missing when nothing binds the processor to act on
    # the controller's documented instructions (Art. 28(3)(a)) or when they say nothing at all on two or more of the
    # other duties; terms that state every duty, some badly, or all but one, are there but flawed, and each flaw is
    # the flag of its own rule (free_subprocessors, breach_notification_late, audit_restricted, no_reversibility)
    found = _set_elements(ctx)
    flawed = _flawed_elements(ctx)
    if free_subprocessors(ctx) is not None:
        # sub-processors the processor may add freely: the Art. 28(2)/(4) conditions that (3)(d) requires are not met,
        # whatever sentence elsewhere names sub-processing (the duty is there, flawed)
        found -= {"art28_3d_subprocessors", "art28_2_subprocessor_authorisation"}
    n = len(found)
    if _terms_missing(ctx, found):
        # (processor terms said to be in an annex that meets Art. 28 are there, even when that annex is not supplied)
        return Hit(unit=None, evidence=None, detail={"n": n})
    # a mandatory duty expressly taken away ("n'est pas tenu d'assister…", "the data and persons are not described"):
    # the terms refuse what Art. 28(3) requires, unless another document of the set states that duty; a duty whose
    # flaw its own rule raises (an audit refused, flagged audit_restricted) is flawed, not missing
    own_rule = {"art28_3h_audits_information": audit_restricted, "art28_3d_subprocessors": free_subprocessors}
    raised = {el for el, rule in own_rule.items() if el in flawed and rule(ctx) is not None}
    lifted = [f for f in ctx.facts_of("obligation") if f.modal == "need_not" and f.element not in _set_elements(ctx)
              and f.element not in raised]
    if lifted:
        return Hit.of(ctx, lifted[0], detail={"n": n})
    return None


def _data_only(ctx: Context, fact) -> bool:
    unit = ctx.unit_of(fact)
    return unit is not None and "data_protection" in unit.topics and "subcontracting_assignment" not in unit.topics


def _commercial_only(ctx: Context, fact) -> bool:
    unit = ctx.unit_of(fact)
    return unit is not None and "subcontracting_assignment" in unit.topics and "data_protection" not in unit.topics \
        and fact in ctx.facts_of("subprocessing")


def _data_left_to_processor_terms(ctx: Context) -> bool:
    """The contract places the terms of its processing of personal data in a named document that meets Art. 28 (an annex,
    a schedule, an addendum) and prevails over the contract on that data, and says nothing of its own about
    sub-processors of that data (a contract that prevails over its annex keeps its own subcontracting clause in force)."""
    placed = any(f.art28 and f.document and f.prevails for f in ctx.facts_of("processor_terms"))
    own = [f for f in ctx.facts_of("subprocessing") if f.authorisation in ("none_needed", "general")
           and not _commercial_only(ctx, f)]
    return placed and not own


def _subprocessing(ctx: Context) -> list:
    """The document's sub-processing facts; a subcontracting clause about the services says nothing of the data when
    the contract leaves the data to its processor terms."""
    facts = ctx.facts_of("subprocessing")
    if _data_left_to_processor_terms(ctx):
        return [f for f in facts if not _commercial_only(ctx, f)]
    return facts


def free_subprocessors(ctx: Context) -> Hit | None:
    if not ctx.art28.applies:
        return None
    if _outranks_its_processor_terms(ctx):
        # the contract ranks itself above its processor terms and they do not prevail on personal data: a freer
        # sub-processing clause of the contract wins over the annex's regime, which cannot answer it (Art. 28(2))
        ctx = _alone(ctx)
    # (the services handed on freely with no word on the data, in a set with no processor terms at all: the missing
    # terms are personal_data_without_dpa's finding and the subcontracting free_subcontracting_assignment's, as below)
    free = next((f for f in _subprocessing(ctx) if f.authorisation == "none_needed"
                 and not (f.no_word_on_data and _terms_missing(ctx))), None)
    if free:
        return Hit.of(ctx, free)
    # a general authorisation is lawful only with the chance to object to each change (Art. 28(2)): none anywhere in
    # the set (changes merely posted on an extranet, "deemed notified") leaves the controller no say (a bare "may use
    # subcontractors for the Services" with no word on the data, in a set with no processor terms at all, is the
    # subcontracting and missing-terms flags' finding, see `mentioned` below)
    general = next((f for f in _subprocessing(ctx) if f.authorisation == "general" and not f.objection
                    and not (f.services_only and _terms_missing(ctx))), None)
    # a consent required for subcontracting the services, in the subcontracting clause, does not answer a
    # data-protection clause that lets the processor add sub-processors of its own and tell the client afterwards:
    # the clause about sub-processors governs them
    answered = [f for f in ctx.facts_of("subprocessing", whole_set=True) if f.objection or (
        f.authorisation == "specific" and not (general is not None and _commercial_only(ctx, f)
                                               and _data_only(ctx, general)))]
    if general and not answered:
        return Hit.of(ctx, general)
    # the services subcontracted with no word on the data ("may subcontract the service desk, remaining responsible")
    # in a set with no processor terms at all: the missing terms are personal_data_without_dpa's finding and the
    # subcontracting free_subcontracting_assignment's, there is no sub-processor term to find flawed
    no_terms = _terms_missing(ctx)
    # (nor does such a permission authorise the sub-processors the data is hosted with, named elsewhere)
    authorised = "art28_2_subprocessor_authorisation" in _set_elements(ctx) or any(
        f.authorisation in ("specific", "general") and not ((f.services_only or f.no_word_on_data) and no_terms)
        for f in ctx.facts_of("subprocessing", whole_set=True))
    mentioned = [f for f in _subprocessing(ctx) if not (f.notice or f.objection)
                 and not ((f.services_only or f.no_word_on_data) and no_terms)]
    regime = any(f.notice or f.objection for f in ctx.facts_of("subprocessing", whole_set=True))
    # (a part of the contract other than its processor terms — an SLA annex, an exit plan — that only names the
    # sub-processors, reviewed alone: their regime is in the processor terms it does not hold, not missing)
    part = ctx.doc_type in PARTIAL_TYPES and ctx.doc_type != "dpa"
    if mentioned and not authorised and not regime and not (part and not ctx.other_docs):
        return Hit.of(ctx, mentioned[0])
    # a processor free to hand the work to subcontractors of its choice hands them the data too (Art. 28(2))
    # (unless the client may object when told, or the clause leaves the personal data to the processor terms)
    # (nor when the contract leaves the personal data to processor terms in a named annex or addendum that is part of it:
    # who may receive the data, and on what conditions, is that document's to say, and it is reviewed as such)
    free_sub = next((f for f in ctx.facts_of("assignment") if f.what == "subcontract" and not f.objection
                     and not f.data_terms_elsewhere and f.consent in ("not_required", "notice_only")
                     and f.party in ("provider", "unknown")), None)
    if free_sub is not None and _data_left_to_processor_terms(ctx):
        free_sub = None
    if free_sub is not None and no_terms and any(f.services_only and f.evidence.quote == free_sub.evidence.quote
                                                 for f in ctx.facts_of("subprocessing")):
        free_sub = None  # the services subcontracted, no processor terms to be flawed (see `mentioned` above)
    if free_sub and not authorised:
        return Hit.of(ctx, free_sub)
    # a general authorisation is lawful only with notice of changes AND the chance to object (Art. 28(2)): a
    # processor that may hand the work to third parties of its choice on mere notice leaves no objection
    specific = any(f.authorisation == "specific" for f in ctx.facts_of("subprocessing", whole_set=True))
    objection = any(f.objection for f in ctx.facts_of("subprocessing", whole_set=True))
    if free_sub and free_sub.consent == "notice_only" and not (specific or objection):
        return Hit.of(ctx, free_sub)
    # processor terms (a DPA, an Art. 28 annex) silent on sub-processors, in a set where nothing else asks for the
    # controller's authorisation either (no sub-processing clause, no consent to subcontract): the processor's terms
    # leave it free to hand the data on, which Art. 28(2) forbids - the annex is read with its contract
    if ctx.doc_type == "dpa" and not authorised and not regime and not ctx.facts_of("subprocessing", whole_set=True) \
            and not any(f.what == "subcontract" and f.consent == "required" for f in ctx.facts_of("assignment", whole_set=True)):
        return Hit(unit=None, evidence=None, detail={"silent": True})
    return None


def _outranks_its_processor_terms(ctx: Context) -> bool:
    """The document's order of precedence names it before its processor terms ("par ordre de priorité décroissant : le
    présent contrat, l'Annexe 3 (accord de sous-traitance)…"), and nothing makes those terms prevail on personal data."""
    terms = ctx.facts_of("processor_terms")
    return any(f.outranked for f in terms) and not any(f.prevails for f in terms)


def _alone(ctx: Context) -> Context:
    """The document's context without the other documents of its set (their facts do not answer its own terms); the
    Art. 28 elements read in the set stay (whether the set has processor terms at all)."""
    return replace(ctx, other_docs=[])


def breach_notification_late(ctx: Context) -> Hit | None:
    # the notice of a personal data breach named as such governs Art. 33(2): a "security incident" told within the
    # hour (a network event, personal data or not) does not answer a personal data breach told days later
    every = ctx.facts_of("breach_notice")
    named = [f for f in every if f.personal]
    pool = named or every
    notices = [f for f in pool if f.hours is not None]
    if not notices:
        # no deadline at all, the notice put off until the processor's own investigation is done: the controller's 72
        # hours (Art. 33(1)) cannot be planned on
        waits = [f for f in pool if f.deferred]
        return Hit.of(ctx, waits[0], detail={"deferred": True}) if waits else None
    soonest = min(notices, key=lambda f: f.hours)
    if soonest.hours >= 72:  # the wording of the delay is the catalogue's (BREACH_DELAY)
        return Hit.of(ctx, soonest, detail={"hours": round(soonest.hours), "deferred": False})
    if soonest.deferred:  # a short deadline that runs from the processor's own confirmation, not from its awareness
        return Hit.of(ctx, soonest, detail={"hours": round(soonest.hours), "deferred": False, "counted": True})
    return None


def audit_restricted(ctx: Context) -> Hit | None:
    if not ctx.art28.applies:
        return None
    audits = ctx.facts_of("audit", whole_set=True)
    if any(a.onsite and not a.restricted for a in audits):
        return None
    bad = next((a for a in ctx.facts_of("audit") if a.restricted), None)
    if bad:
        return Hit.of(ctx, bad)
    if audits:
        return None
    # the Art. 28(3)(h) duty answered by information alone: the processor shows its compliance with documents, and no
    # clause of the set lets the controller audit or inspect ("met à disposition les informations nécessaires…" with
    # nothing more) - reduced to paperwork as surely as an audit "limited to the certificates"
    info = next((f for f in ctx.facts_of("obligation") if f.element == "art28_3h_audits_information"
                 and f.modal in ("must", "states") and not INSPECTION.search(fold(f.evidence.quote))), None)
    return Hit.of(ctx, info) if info else None


def foreign_law(ctx: Context) -> bool:
    """The contract names a governing law other than French law (and not French law as well)."""
    laws = {f.law for f in ctx.facts_of("governing_law", whole_set=True)}
    return "other" in laws and "french" not in laws


def data_loss_exclusion(ctx: Context) -> Hit | None:
    """A blanket exclusion of data loss by a provider that backs up or hosts the data (facts across clauses)."""
    backups = [f for f in ctx.facts_of("backups", whole_set=True) if f.provided]
    # backups stated to be the client's own business ("à la charge exclusive du Client", "no backup service"): the
    # provider sold none, whatever the topic of the clause
    left_to_client = not backups and any(not f.provided for f in ctx.facts_of("backups", whole_set=True))
    # (a provider whose staff only reach the data in remote sessions, basis "access", holds none of it)
    hosting = any(f.role == "processor" and f.basis != "access" for f in ctx.facts_of("processing_role")) and \
        "backup_recovery" in ctx.topics and not left_to_client
    for f in ctx.facts_of("liability_exclusion"):
        if "data_loss" not in f.damages or f.limited_to_client_fault or f.limited_to_unplanned_data or \
                f.party == "client":  # the client's own exclusion is no provider's escape from its backups
            continue
        if backups or hosting or "backups" in f.damages or "hosted_content" in f.damages:
            if foreign_law(ctx):  # art. 1170 binds a contract under French law: elsewhere the exclusion is the
                return Hit.of(ctx, f, *backups[:1], severity={"client": "high", "msp": "low"})  # provider's gain
            return Hit.of(ctx, f, *backups[:1])
    return None


def security_result(ctx: Context) -> Hit | None:
    promise = next(iter(ctx.facts_of("security_promise")), None)
    return Hit.of(ctx, promise) if promise else None
