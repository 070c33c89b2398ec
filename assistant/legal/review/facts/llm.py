"""Facts filled by a chat model (structured output), each checked against its quoted span.

With a model configured, `extract_facts_llm` asks it, clause by clause, for the same typed facts the
offline extractors produce (`ClauseFactsOut`, through LangChain's `with_structured_output`). A fact is
used only when it passes `verify`:

* its quote occurs in the clause text (white space aside) - the span is then set from the document;
* its polarity agrees with the quote: a fact that says "no" (reversibility not provided, an obligation
  lifted or forbidden, no tacit renewal) needs a negation or an exclusion in the quote, and a fact that
  says "yes" must not rest on a quote whose duty is lifted ("n'est pas tenu de…");
* each number it carries (months, hours, percentages, amounts) is a quantity of the quote;
* the quote speaks of the fact's subject (a liability cap quotes liability words, a penalty quotes a
  penalty or credit…).

Rejected facts are returned apart with the reason, so a report can say what was set aside. A clause the
model fails on keeps its offline facts; offline stays the default (no model, no call).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

import yaml
from pydantic import BaseModel, Field

from assistant.legal.review.facts.derogation import apply_derogations
from assistant.legal.review.facts.extract import body_start, extract_facts
from assistant.legal.review.facts.model import ClauseFacts, DocumentFacts, Fact
from assistant.legal.review.facts.reading import folded, modal, negated
from assistant.legal.review.segmentation import Clause
from assistant.paths import PROMPTS_DIR
from assistant.text import find_quantities


class ClauseFactsOut(BaseModel):
    """The facts a clause states (structured-output schema)."""
    facts: list[Fact] = Field(default_factory=list)


@lru_cache(maxsize=1)
def _prompt() -> dict:
    return yaml.safe_load((PROMPTS_DIR / "review_facts.yaml").read_text(encoding="utf-8"))


# what the quote of each kind of fact must speak of (folded text)
KIND_CUES = {
    "liability_cap": r"responsab|liab|dommage|damage|indemn|plafon|limit|exceed|cap\b",
    "liability_unlimited": r"responsab|liab",
    "liability_exclusion": r"responsab|liab|exclu|disclaim|repond|garanti",
    "carve_outs": r"faute|neglig|misconduct|dol\b|fraud|corporel|injury|death",
    "exclusive_remedy": r"seul|unique|exclusi|sole|only|liberatoire|solde",
    "penalty": r"penalit|penalt|credit|avoir",
    "sla_measure": r"mesur|measur|calcul|constat|ticket|horodat|report|rapport|releve|determin|record|log",
    "renewal": r"reconduc|renouvel|renew|prolong|poursui|continu",
    "contract_term": r"indefini|indetermin|illimit|perpetu|until|jusqu",
    "termination": r"resili|terminat|mettre fin|rompre",
    "termination_fees": r"redevance|fee|somme|montant|echeance|charge|payment",
    "suspension": r"suspen|interromp|couper|suspend",
    "assignment": r"ced|cession|transf|assign|sous-trait|subcontract|deleg|confi",
    "price_change": r"prix|tarif|redevance|fee|price|rate|charge",
    "backups": r"sauvegard|back",
    "reversibility": r"reversib|restitu|recuper|export|return|retriev|supprim|efface|delet|destr|transfert|transition|"
                     r"migrat|hand\w* over|remet|successor|successeur|exit|sortie",
    "subprocessing": r"sous-traitant|sub-?processor|processor",
    "obligation": r".",
    "processing_role": r"donnee|data|heberg|host|administr|acces|access|traitement|processing",
    "breach_notice": r"violation|breach|incident",
    "audit": r"audit|inspect|controle",
    "security_promise": r"securit|security|intrusion|attaque|attack|virus|malware",
    "force_majeure": r"force majeure|beyond|control",
    "non_solicitation": r"sollicit|solicit|debauch|embauch|recrut|hire|employ",
    "jurisdiction": r"tribunal|juridiction|court|competen|forum|arbitra",
    "governing_law": r"\blaws?\b|\bdroit\b|\bloi\b|legislation",
}
NEGATIVE_WORDS = re.compile(r"\b(ne|n'|pas|aucune?|sans|hors|exclu\w*|not|no|never|without|except|nor|neither|"
                            r"supprim\w*|effac\w*|detrui\w*|delet\w*|destroy\w*|eras\w*)\b")
NUMBER_FIELDS = ("months", "amount", "rate_percent", "hours", "term_months", "notice_months", "frequency_hours",
                 "return_window_days", "indemnity_months", "notice_days")


def _says_no(f) -> bool:
    """Does the fact assert an absence, a denial or a prohibition?"""
    if f.kind == "obligation":
        return f.modal in ("need_not", "must_not")
    for attr in ("provided", "exclusive", "tacit", "unilateral", "result"):
        if getattr(f, attr, True) is False:
            return True
    return False


def _numbers_ok(f, quote: str) -> str | None:
    qs = find_quantities(quote)
    values = set()
    for q in qs:
        values.add(round(q.value, 2))
        d = q.in_days()
        if d is not None:
            values |= {round(d, 2), round(d / 30.0, 2), round(d * 24, 2), round(d / 365 * 12, 2)}
    for name in NUMBER_FIELDS:
        v = getattr(f, name, None)
        if v is None or v == -1.0:
            continue
        if round(float(v), 2) not in values and not (name == "months" and v == 1 and re.search(
                r"mensuel|monthly|du mois|month'?s|facture|invoice", folded(quote))):
            return f"{name}={v} is not a quantity of the quote"
    return None


def locate(quote: str, text: str) -> tuple[int, int] | None:
    """Span of `quote` in `text`, white space and typographic quotes aside."""
    quote = quote.strip().strip("…").strip()
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    words = [re.escape(w) for w in folded(quote).split()]
    if not words:
        return None
    m = re.search(r"\s+".join(words), folded(text))
    return (m.start(), m.end()) if m else None


def verify(fact, clause_text: str, base: int) -> str | None:
    """None when the fact holds against its quote (its span is then set from the document); else the reason."""
    span = locate(fact.evidence.quote, clause_text)
    if span is None:
        return "the quote does not occur in the clause"
    quote = clause_text[span[0]:span[1]]
    fq = folded(quote)
    cue = KIND_CUES.get(fact.kind)
    if cue and not re.search(cue, fq):
        return f"the quote does not speak of {fact.kind}"
    lifted = modal(fq) == "need_not"
    if _says_no(fact):
        if not (NEGATIVE_WORDS.search(fq) or lifted):
            return "a negative fact on a quote with no negation"
    elif lifted or (fact.kind in ("obligation", "backups", "reversibility", "penalty") and cue and all(
            negated(fq, m.span()) for m in re.finditer(cue, fq)) and fact.kind != "obligation"):
        return "a positive fact on a quote that denies it"
    bad = _numbers_ok(fact, quote)
    if bad:
        return bad
    fact.evidence.quote = quote
    fact.evidence.start, fact.evidence.end = base + span[0], base + span[1]
    return None


@dataclass
class LLMFacts:
    facts: DocumentFacts
    rejected: list[tuple[int, str, str]] = field(default_factory=list)  # (clause index, kind, reason)
    failed_clauses: list[int] = field(default_factory=list)


def extract_facts_llm(clauses: Iterable[Clause], text: str, model, *, min_chars: int = 40) -> LLMFacts:
    """Facts of every clause filled by `model` (a LangChain chat model), verified; offline facts where it fails."""
    clauses = list(clauses)
    offline = extract_facts(clauses, text)
    structured = model.with_structured_output(ClauseFactsOut)
    prompt = _prompt()
    out = LLMFacts(facts=DocumentFacts())
    for i, c in enumerate(clauses):
        own = offline.clauses[i]
        if len(c.text) < min_chars or not own.binding:  # a part declared not binding states no facts on either route
            out.facts.clauses.append(own)
            continue
        try:
            answer = structured.invoke([("system", prompt["system"]),
                                        ("user", prompt["user"].format(heading=c.heading or "—", clause=c.text))])
            if isinstance(answer, dict):
                answer = ClauseFactsOut.model_validate(answer)
        except Exception:  # noqa: BLE001 - a model failure must not stop a review: keep the offline facts
            out.failed_clauses.append(i)
            out.facts.clauses.append(own)
            continue
        base = body_start(text, c)
        kept = ClauseFacts(index=i, number=c.number, heading=c.heading, start=c.start, end=own.end)
        for f in answer.facts:
            reason = verify(f, c.text, max(base, 0))
            if reason:
                out.rejected.append((i, f.kind, reason))
                continue
            f.clause = i
            kept.facts.append(f)
        out.facts.clauses.append(kept)
    # the same reading of derogations as offline: a clause derogating from an article displaces its facts of a kind
    apply_derogations(out.facts, [folded(c.text) for c in clauses])
    return out
