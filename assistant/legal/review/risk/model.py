"""Risk model: the records the rules read and return (units, context, hits, flags).

The rules (`rules.py`, `rules_data.py`) read the typed facts of each clause
(`review.facts`), the document type, the reader's side and the facts of the other documents
of the set - never raw text. This module builds that context; a `Flag` carries the clause's
own number and heading, the character span of the evidence and the facts behind it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from assistant.legal.review.art28 import Art28Check
from assistant.legal.review.facts.extract import articles, extract_facts
from assistant.legal.review.facts.model import DocumentFacts
from assistant.legal.review.facts.parties import party_names as _party_names
from assistant.legal.review.segmentation import Clause
from assistant.legal.textutil import flat, fold, sentence_bounds, snippet

PROVIDER_WORDS = ["prestataire", "provider", "supplier", "fournisseur", "msp", "vendor", "contractor",
                  "titulaire", "service provider", "infogerant"]
CLIENT_WORDS = ["client", "customer", "beneficiaire", "buyer", "acheteur"]
# Document types that are not a whole services contract: exit, cap and SLA-method absences mean nothing there.
PARTIAL_TYPES = {"dpa", "sla", "order_form", "annex", "nda", "public_procurement_cctp", "cctp", "exit_plan",
                 "amendment", "tender_response"}
SEVERITIES = ("high", "medium", "low")


@dataclass
class Unit:
    """One clause as the rules see it."""

    clause: Clause
    topics: tuple[str, ...]
    text: str      # flattened body
    folded: str    # folded body, same offsets as text
    article: int = 0  # units of one article ("7.1", "7.2"…) share it: a sub-clause is read in its article

    def sentences(self, rx: re.Pattern) -> Iterator[tuple[re.Match, str]]:
        """Matches of rx with the folded sentence that contains them."""
        for m in rx.finditer(self.folded):
            s, e = sentence_bounds(self.text, m.start(), m.start() + 1)
            if m.end() > e + 1:  # a match running into the next sentence links unrelated statements
                continue
            yield m, self.folded[s:e]

    def quote(self, m: re.Match) -> str:
        return snippet(self.text, m.start(), m.end())


@dataclass
class Context:
    units: list[Unit]
    topics: set[str]
    lang: str
    art28: Art28Check
    provider: str = "(?:" + "|".join(PROVIDER_WORDS) + ")"
    client: str = "(?:" + "|".join(CLIENT_WORDS) + ")"
    facts: DocumentFacts = field(default_factory=DocumentFacts)
    # document type ("master_agreement", "terms", "sla", "dpa", "support", "order_form", "public_procurement"…)
    # set by the document-type reader; None = unknown, read as a full services contract
    doc_type: str | None = None
    # the other documents reviewed with this one as one contract (their contexts); empty for a lone document
    other_docs: list["Context"] = field(default_factory=list)

    def facts_of(self, kind: str, *, whole_set: bool = False) -> list:
        """Facts of one kind in this document (and in the other documents of the set)."""
        out = self.facts.all(kind)
        if whole_set:
            for other in self.other_docs:
                out += other.facts.all(kind)
        return out

    def unit_of(self, fact) -> "Unit | None":
        return self.units[fact.clause] if 0 <= fact.clause < len(self.units) else None

    @property
    def whole(self) -> str:
        return " ".join(u.folded for u in self.units)

    def with_topic(self, *topics: str) -> list[Unit]:
        return [u for u in self.units if set(u.topics) & set(topics)]

    def article(self, unit: Unit) -> list[Unit]:
        """The units of the article holding `unit` (its context window: "the cap" in 7.6 is 7.2's cap)."""
        return [u for u in self.units if u.article == unit.article]

    def article_topics(self, unit: Unit) -> set[str]:
        return {t for u in self.article(unit) for t in u.topics}


@dataclass
class Hit:
    unit: Unit | None
    evidence: str | None
    severity: dict[str, str] | None = None  # overrides the rule's default per role
    detail: dict = field(default_factory=dict)
    facts: list = field(default_factory=list)  # the facts that made the rule fire (first one is the evidence)

    @classmethod
    def of(cls, ctx: "Context", fact, *more, **kw) -> "Hit":
        """A hit proven by `fact`: its clause, its quote, its span."""
        return cls(unit=ctx.unit_of(fact), evidence=fact.evidence.quote, facts=[fact, *more], **kw)


@dataclass(frozen=True)
class Flag:
    rule: str
    topic: str
    severity: str
    issue: str
    basis: str
    ask: str
    suggestion: str
    entry: str | None
    evidence: str | None
    heading: str | None
    start: int | None
    number: str | None = None          # the clause's own number ("7.2", "Article 12")
    span: tuple[int, int] | None = None  # character span of the evidence in the document text
    facts: tuple = ()                  # the facts behind the flag (JSON-ready dicts)

    def to_json(self) -> dict:
        return {"topic": self.topic, "severity": self.severity, "issue": self.issue,
                "suggestion": self.suggestion, "rule": self.rule, "basis": self.basis, "ask": self.ask,
                "evidence": self.evidence, "clause": self.heading, "clause_number": self.number,
                "start": self.start, "span": list(self.span) if self.span else None,
                "facts": list(self.facts), "suggestion_source": self.entry}


def party_names(text: str) -> tuple[list[str], list[str]]:
    """Defined names of the provider and of the client ("ci-après dénommée « ISVTEC »")."""
    return _party_names(text)


def build_context(clauses: list[Clause], topics: list[tuple[str, ...]], *, lang: str,
                  art28: Art28Check, text: str = "", facts: DocumentFacts | None = None,
                  doc_type: str | None = None, other_docs: list[Context] | None = None) -> Context:
    """`text` is the document text the clauses were cut from (offsets of the facts point into it)."""
    source = text or "\n".join(c.full_text for c in clauses)
    units = [Unit(clause=c, topics=t, text=flat(c.text), folded=fold(flat(c.text)), article=a)
             for c, t, a in zip(clauses, topics, articles(clauses))]
    if facts is None:
        facts = extract_facts(clauses, source)
    ctx = Context(units=units, topics={x for t in topics for x in t}, lang=lang, art28=art28, facts=facts,
                  doc_type=doc_type, other_docs=list(other_docs or []))
    provider, client = party_names(source)
    client_set = set(CLIENT_WORDS) | set(client)
    provider = [p for p in provider if p not in client_set]
    ctx.provider = "(?:" + "|".join(re.escape(w) for w in PROVIDER_WORDS + provider) + ")"
    ctx.client = "(?:" + "|".join(re.escape(w) for w in sorted(client_set)) + ")"
    return ctx
