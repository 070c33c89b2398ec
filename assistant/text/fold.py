"""Accent and typography folding for matching French and English text.

Two folds:

* `fold(s)` - for comparing and tokenising: lower case, accents removed, ligatures spelled
  out ("œ" -> "oe", "æ" -> "ae", "ß" -> "ss", "ﬁ" -> "fi"), typographic quotes and
  apostrophes made ASCII ("’" -> "'", "«" -> '"'), non-breaking, thin and other wide spaces
  made plain spaces, every dash made "-", invisible characters (soft hyphen, zero-width
  space, BOM) removed. Characters with no ASCII form ("€", "§", "°") are kept, lower-cased.
  The length may change.
* `fold_keep_offsets(s)` - the same, but every character becomes exactly ONE character, so
  a match at [i:j] in the folded text is the span [i:j] of the input. Where `fold` writes
  two characters the first is kept ("œ" -> "o", "æ" -> "a", "ß" -> "s", "ﬁ" -> "f",
  "…" -> "."); invisible characters become a space. Regexes run on this fold should spell
  "œ" words with an optional "e" ("o?e?uvre") or use `fold_mapped`.
* `unaccent(s)` - `fold` without lower-casing (for regex patterns: "\\S" must stay "\\S").
* `fold_mapped(s)` - the full `fold` together with the origin of every folded character,
  so a span found in `fold(s)` maps back to the input (`FoldedText.source_span`).

Both folds map a character the same way wherever it stands, so they run through
`str.translate` with a table filled on first sight (fast on long contracts).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["fold", "fold_keep_offsets", "fold_mapped", "FoldedText", "fold_char", "unaccent"]

_QUOTES = {c: "'" for c in "’‘‚‛′ʼʹ`´"} | {c: '"' for c in "“”„‟«»″‹›"}
_DASHES = {c: "-" for c in "‐‑‒–—―−⁃﹘﹣－"}
_SPACES = {c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
           "\u202f\u205f\u3000"}
_INVISIBLE = {c: "" for c in "\u00ad\u200b\u200c\u200d\u2060\ufeff"}
_LIGATURES = {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ẞ": "ss", "ø": "o", "Ø": "o",
              "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ı": "i"}
_SPECIAL = _QUOTES | _DASHES | _SPACES | _INVISIBLE | _LIGATURES


@lru_cache(maxsize=8192)
def fold_char(c: str) -> str:
    """The full fold of one character (zero, one or more characters)."""
    if c in _SPECIAL:
        return _SPECIAL[c]
    if c.isascii():
        return c.lower()
    decomposed = unicodedata.normalize("NFKD", c)
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if base and base.isascii():
        return base.lower()
    if base and len(base) == 1:  # a letter of another script with its marks removed
        return base.lower() if len(base.lower()) == 1 else base
    low = c.lower()
    return low if len(low) == 1 else c


@lru_cache(maxsize=8192)
def _unaccent_char(c: str) -> str:
    """`fold_char` without lower-casing (for regex patterns, where case carries meaning: \\S, \\W)."""
    if c.isascii():
        return c
    if c in _SPECIAL:
        f = _SPECIAL[c]
        return f.upper() if c.isupper() else f
    decomposed = unicodedata.normalize("NFKD", c)
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if base and (base.isascii() or len(base) == 1):
        return base
    return c


def _one_char(c: str) -> str:
    f = fold_char(c)
    if len(f) == 1:
        return f
    return f[0] if f else " "


class _Table(dict):
    """code point -> folded text, filled on first sight (str.translate runs it in C)."""

    def __init__(self, fn) -> None:
        super().__init__()
        self._fn = fn

    def __missing__(self, code: int) -> str:
        out = self[code] = self._fn(chr(code))
        return out


_FULL = _Table(fold_char)
_SAME_LENGTH = _Table(_one_char)
_UNACCENT = _Table(_unaccent_char)


def fold(text: str) -> str:
    """Lower case, no accents, ligatures spelled out, ASCII quotes, dashes and spaces."""
    if text.isascii():
        return text.lower()
    return text.translate(_FULL)


def unaccent(text: str) -> str:
    """`fold` without lower-casing: accents, ligatures, quotes, dashes and spaces only."""
    if text.isascii():
        return text
    return text.translate(_UNACCENT)


def fold_keep_offsets(text: str) -> str:
    """Like `fold`, but the result has exactly len(text) characters (one for one)."""
    if text.isascii():
        return text.lower()
    return text.translate(_SAME_LENGTH)


@dataclass(frozen=True)
class FoldedText:
    """`fold(source)` with, for every folded character, the index of the source character it
    comes from (`origin` has one more entry: len(source), for spans that end at the end)."""

    source: str
    text: str
    origin: tuple[int, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of `source` that text[start:end] was folded from."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        s = self.origin[start]
        if end == start:
            return s, s
        return s, self.origin[end - 1] + 1


def fold_mapped(text: str) -> FoldedText:
    """The full fold of `text` and the way back to its offsets."""
    parts: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        f = fold_char(c)
        parts.append(f)
        origin.extend([i] * len(f))
    origin.append(len(text))
    return FoldedText(text, "".join(parts), tuple(origin))
