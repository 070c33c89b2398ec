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
    """The numbered context of one answer: [1]..[n] in the order they were added, with the
    full text each number stood for (what a cited sentence is checked against)."""

    items: list[Citation] = field(default_factory=list)
    texts: dict[int, str] = field(default_factory=dict)

    def add(self, result: SearchResult, quote: str | None = None) -> int:
        for c in self.items:
            if c.id == result.id:
                return c.ref
        ref = len(self.items) + 1
        self.items.append(Citation(ref=ref, id=result.id, kind=result.kind, title=result.title,
                                   labels=result.labels, excerpt=excerpt(quote or result.text)))
        self.texts[ref] = f"{result.title}\n{quote or result.text}"
        return ref

    def by_ref(self) -> dict[int, Citation]:
        return {c.ref: c for c in self.items}

    def text(self, ref: int) -> str:
        if ref in self.texts:
            return self.texts[ref]
        c = self.by_ref().get(ref)
        return f"{c.title}\n{c.excerpt}" if c else ""


_LIST = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})+)\]")
_DROP = re.compile(r"[ \t]*\[(\d{1,3})\]")


# markers that look like a citation but are not `[n]`: normalised first, so each one is checked
# like the real thing (and one naming no source is dropped) instead of being shown as is
_LOOKALIKE = [
    (re.compile(r"^[ \t]*\[\^\d{1,3}\]:[^\n]*\n?", re.M), ""),           # footnote definitions: `[^8]: …`
    (re.compile(r"[\[［【〔⟦〚]\s*\^?\s*(\d{1,3})\s*[a-z]?\s*[\]］】〕⟧〛]"), r"[\1]"),  # [ 5 ] 【7】 [7a] [^8]
]


def normalise_refs(text: str) -> str:
    """`[1, 2]` and `[1;2]`, which models often write, become `[1][2]`; look-alike markers
    (`[ 5 ]`, `【7】`, `［7］`, `[7a]`, `[^8]`) become `[n]`."""
    for pattern, repl in _LOOKALIKE:
        text = pattern.sub(repl, text)
    return _LIST.sub(lambda m: "".join(f"[{n}]" for n in re.split(r"\s*[,;]\s*", m.group(1))), text)


def refs_in(text: str) -> list[int]:
    return [int(m) for m in REF.findall(normalise_refs(text))]


@dataclass
class Verified:
    text: str
    citations: list[Citation]
    dropped: list[int]
    removed: list[str] = field(default_factory=list)  # sentences and lines taken out, with the reason

    @property
    def ok(self) -> bool:
        return bool(self.citations)


def verify(text: str, sources: Sources, *, support: bool = True) -> Verified:
    """Check a model's answer against the sources it was given, then keep only the cited
    sources, renumbered.

    1. look-alike markers are normalised (`normalise_refs`);
    2. lines claiming a verification nobody made ("Sources vérifiées :", "✅ Réponse vérifiée
       par un avocat") are removed, with the list that follows such a heading;
    3. with `support`: a sentence naming a legal reference (an article, a decision, a case
       number) found in none of the sources is removed, and so is a cited sentence its
       sources do not support (`supports`: figures and most content words must be there);
    4. references to sources that were not given are dropped.

    Only a dropped reference takes its leading space with it: the rest of the text, French
    typography included ("délai : 24 h"), is left as written."""
    from assistant.chat import support as check

    text = normalise_refs(text)
    text, removed = check.remove_claims(text)
    if support:
        text, more = check.remove_unsupported(text, sources)
        removed += more
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
    return Verified(text=clean, citations=cites, dropped=dropped, removed=removed)
