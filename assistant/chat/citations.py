"""Numbered sources for an answer, and verification of the `[n]` references a text makes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.types import Citation, SearchResult

REF = re.compile(r"\[(\d{1,3})\]")

NOTICE = {
    "fr": "ℹ️ Information générale, pas un conseil juridique : faites relire le contrat final par un avocat.",
    "en": "ℹ️ General information, not legal advice: have the final contract reviewed by a lawyer.",
}


def excerpt(text: str, limit: int = 320) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


@dataclass
class Sources:
    """The numbered context of one answer: [1]..[n] in the order they were added."""

    items: list[Citation] = field(default_factory=list)

    def add(self, result: SearchResult, quote: str | None = None) -> int:
        for c in self.items:
            if c.id == result.id:
                return c.ref
        ref = len(self.items) + 1
        self.items.append(Citation(ref=ref, id=result.id, kind=result.kind, title=result.title,
                                   labels=result.labels, excerpt=excerpt(quote or result.text)))
        return ref

    def by_ref(self) -> dict[int, Citation]:
        return {c.ref: c for c in self.items}


_LIST = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})+)\]")
_DROP = re.compile(r"[ \t]*\[(\d{1,3})\]")


def normalise_refs(text: str) -> str:
    """`[1, 2]` and `[1;2]`, which models often write, become `[1][2]`."""
    return _LIST.sub(lambda m: "".join(f"[{n}]" for n in re.split(r"\s*[,;]\s*", m.group(1))), text)


def refs_in(text: str) -> list[int]:
    return [int(m) for m in REF.findall(normalise_refs(text))]


@dataclass
class Verified:
    text: str
    citations: list[Citation]
    dropped: list[int]

    @property
    def ok(self) -> bool:
        return bool(self.citations)


def verify(text: str, sources: Sources) -> Verified:
    """Drop references to sources that were not given; keep only the cited sources, renumbered.

    Only a dropped reference takes its leading space with it: the rest of the text, French
    typography included ("délai : 24 h"), is left as written."""
    text = normalise_refs(text)
    known = sources.by_ref()
    used, dropped = [], []
    for n in refs_in(text):
        if n in known and n not in used:
            used.append(n)
        elif n not in known and n not in dropped:
            dropped.append(n)
    renumber = {old: new for new, old in enumerate(used, 1)}

    def sub(m):
        n = int(m.group(1))
        return m.group(0).replace(f"[{n}]", f"[{renumber[n]}]") if n in renumber else ""

    clean = _DROP.sub(sub, text)
    cites = [Citation(ref=renumber[n], id=known[n].id, kind=known[n].kind, title=known[n].title,
                      labels=known[n].labels, excerpt=known[n].excerpt) for n in used]
    return Verified(text=clean, citations=cites, dropped=dropped)
