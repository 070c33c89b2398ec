"""Risk model: the records the rules read and return (units, context, hits, flags); risky terms, with the reason, the legal basis, a severity that
depends on the reader's side, and balanced replacement wording from the clause library.

The rules themselves live in `risk_rules.py`; this module builds the context they read
(clause texts, topics, parties' names, the Art. 28 check) and turns hits into flags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from assistant.legal.review.art28 import Art28Check
from assistant.legal.review.segmentation import Clause
from assistant.legal.textutil import flat, fold, sentence_bounds, snippet

PROVIDER_WORDS = ["prestataire", "provider", "supplier", "fournisseur", "msp", "vendor", "contractor",
                  "titulaire", "service provider", "infogerant"]
CLIENT_WORDS = ["client", "customer", "beneficiaire", "buyer", "acheteur"]
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


def _articles(clauses: list[Clause]) -> list[int]:
    """Article index of each clause: numbered sub-clauses ("7.2") join the article their number starts with."""
    out, current, major = [], -1, None
    for c in clauses:
        num = (c.number or "").split(".")[0] if c.number and "." in c.number else None
        if num is None or num != major or c.parent:
            current += 1
        major = num
        out.append(current)
    return out


@dataclass
class Hit:
    unit: Unit | None
    evidence: str | None
    severity: dict[str, str] | None = None  # overrides the rule's default per role
    detail: dict = field(default_factory=dict)


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

    def to_json(self) -> dict:
        return {"topic": self.topic, "severity": self.severity, "issue": self.issue,
                "suggestion": self.suggestion, "rule": self.rule, "basis": self.basis, "ask": self.ask,
                "evidence": self.evidence, "clause": self.heading, "start": self.start,
                "suggestion_source": self.entry}


def party_names(text: str) -> tuple[list[str], list[str]]:
    """Defined names of the provider and of the client ("ci-après dénommée « ISVTEC »")."""
    folded = fold(flat(text[:20000]))
    names = re.findall(r"ci-?apres (?:denommee?s?|designee?s?|appelee?s?|nommee?s?) \"\s*([^\"]{2,40}?)\s*\"", folded)
    names += re.findall(r"\(\s*(?:hereinafter|ci-apres)?\s*(?:referred to as )?(?:the )?\"([^\"]{2,40})\"\s*\)", folded)
    provider, client = [], []
    for n in names:
        n = re.sub(r"^(le|la|l'|the)\s*", "", n.strip())
        if not n or n in {"dpa", "agreement", "contrat", "contract", "services", "accord"}:
            continue
        if any(w in n for w in CLIENT_WORDS):
            client.append(n)
        elif any(w in n for w in PROVIDER_WORDS) or re.search(r"\d|[a-z]{3,}", n):
            provider.append(n)
    m = re.search(r"between (.{2,60}?) \(\"([^\"]+)\"\) and", folded)
    if m and m.group(2) not in provider and not any(w in m.group(2) for w in CLIENT_WORDS):
        provider.append(m.group(2))
    return sorted(set(provider)), sorted(set(client))


def build_context(clauses: list[Clause], topics: list[tuple[str, ...]], *, lang: str,
                  art28: Art28Check, text: str = "") -> Context:
    units = [Unit(clause=c, topics=t, text=flat(c.text), folded=fold(flat(c.text)), article=a)
             for c, t, a in zip(clauses, topics, _articles(clauses))]
    ctx = Context(units=units, topics={x for t in topics for x in t}, lang=lang, art28=art28)
    provider, client = party_names(text or "\n".join(c.full_text for c in clauses))
    client_set = set(CLIENT_WORDS) | set(client)
    provider = [p for p in provider if p not in client_set]
    ctx.provider = "(?:" + "|".join(re.escape(w) for w in PROVIDER_WORDS + provider) + ")"
    ctx.client = "(?:" + "|".join(re.escape(w) for w in sorted(client_set)) + ")"
    return ctx
