"""Text helpers shared by the review engines: accent folding that keeps offsets, flattening,
sentence-sized evidence snippets and a guard against negated statements."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = {"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "‑": "-", "–": "-", "—": "-",
            "œ": "o", "Œ": "o", "æ": "a", "Æ": "a", "\u00a0": " ", "\u202f": " "}


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in _SPECIAL:
        return _SPECIAL[c]
    f = unicodedata.normalize("NFKD", c).encode("ascii", "ignore").decode().lower()
    return f[0] if f else (" " if not c.isascii() else c.lower())


class _FoldTable(dict):
    """code point → folded character, filled on first sight (str.translate runs it in C)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower case, accents and typographic quotes removed; same length as the input."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)  # ~10x faster than joining per-character calls


def flat(text: str) -> str:
    """One line: whitespace collapsed, words split by PDF hyphenation at line ends rejoined."""
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1-\2", text)
    return " ".join(text.split())


_BOUNDARY = re.compile(r"(?<=[.;!?])\s+(?=[\"“«(A-ZÀ-Ý0-9])|\s(?=[ivx]{1,4}\.\s)|\s(?=\([a-h]\)\s)")


def snippet(text: str, start: int, end: int, *, limit: int = 300) -> str:
    """The sentence around text[start:end], cut to `limit` characters around the match."""
    left, right = sentence_bounds(text, start, end)
    s, e = left, right
    if e - s > limit:
        pad = max(0, (limit - (end - start)) // 2)
        s = max(left, start - pad)
        e = min(right, s + limit)
        s = max(left, e - limit)
    out = text[s:e].strip()
    if s > left:
        out = "…" + out.split(" ", 1)[-1] if " " in out else "…" + out
    if e < right:
        out = (out.rsplit(" ", 1)[0] if " " in out else out) + "…"
    return out[: limit + 2]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence holding text[start:end] (a list item "(a)", "ii." starts a sentence)."""
    left = 0
    for m in _BOUNDARY.finditer(text, 0, min(len(text), start + 2)):
        if m.end() <= start:
            left = m.end()
    m = _BOUNDARY.search(text, max(end, left + 1))
    return left, (m.start() if m else len(text))


NEGATION = re.compile(
    r"n'est pas tenue?|ne sera pas tenue?|n'aura pas a|n'est soumise? a aucune|aucune obligation|"
    r"sans obligation d|pas d'obligation|n'assistera pas|ne fournira pas|ne (permet|permettra|autorise) (pas|aucun)|"
    r"aucun (audit|controle)|\bnot (be )?(required|obliged|obligated|bound) to|\bno obligation|is under no|"
    r"shall have no (obligation|duty)|will not (provide|assist)|shall not (be required|provide|assist)|"
    r"\bno (audits?|inspections?) (shall|will|may|are)|excluding (any )?(audits?|inspections?)|"
    r"a l'exclusion de tout (audit|controle)|n'est (pas )?admis|ne sont pas admis|\b(is|are) not (permitted|allowed)")


def lazy(pattern: str) -> str:
    """Make every `.{0,N}` gap lazy, so a match ends at the first fitting word of the same sentence."""
    return re.sub(r"\.\{0,(\d+)\}(?!\?)", r".{0,\1}?", pattern)


def negated(folded_sentence: str) -> bool:
    return bool(NEGATION.search(folded_sentence))
