"""A contract set out in two languages side by side: only the version the contract says prevails is read.

A bilingual contract often puts its two versions in the two columns of one table ("| Français | English |"), row by
row, and a clause says which version prevails where they differ ("la version française prévaut", "the English text
shall govern"). Read as written, every row carries both versions, so a term the prevailing version sets and the other
softens reads as both, or as neither. When the document names its prevailing version, the cells of the other
language are the passages to blank (in place: offsets into the document hold); rows where both cells are in one
language, and documents that name no prevailing version, are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text.fold import fold_keep_offsets
from assistant.text.language import detect_language

__all__ = ["Prevailing", "SideBySide", "prevailing_version", "other_version_spans", "blank_spans", "version_note"]

_LANG = {"francais": "fr", "francaise": "fr", "french": "fr", "anglais": "en", "anglaise": "en", "english": "en"}
_LANG_WORD = r"(?P<lang>francaise?|anglaise?|french|english)"
# the version that prevails, named with the word version/texte/text: "la version française prévaut", "seule la version
# anglaise fait foi", "the English text shall govern", "the French version shall be authoritative"
_PREVAILS = re.compile(
    r"\b(?:(?:version|texte|redaction)\s+(?:en\s+(?:langue\s+)?)?" + _LANG_WORD.replace("lang", "l1")
    + r"|" + _LANG_WORD.replace("lang", "l2") + r"\s+(?:language\s+)?(?:version|text|wording))"
    r"\b[^.;:\n]{0,40}?\b(?:prevau\w*|prevaudr\w*|prime\w*|l.emport\w*|fai?t\s+foi|font\s+foi|feront\s+foi|fera\s+foi|"
    r"prevail\w*|govern(?:s|ing)?\b|control(?:s|ling)?\b|take\w*\s+precedence|(?:be|is)\s+(?:the\s+)?authoritative|"
    r"(?:be|is)\s+binding|seule?\s+(?:valeur|authentique))")
_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}")
_MIN_WORDS = 5  # a cell shorter than this says too little to tell its language
_MIN_ROWS = 3  # rows whose two cells are in two languages before the document is read as side by side


@dataclass(frozen=True)
class Prevailing:
    lang: str  # "fr" | "en"
    quote: str  # the sentence that says so


def prevailing_version(text: str) -> Prevailing | None:
    """The version the document says prevails, with the words that say it; None when it names none (or names both)."""
    folded = fold_keep_offsets(text)
    found = {}
    for m in _PREVAILS.finditer(folded):
        lang = _LANG[m["l1"] or m["l2"]]
        found.setdefault(lang, text[m.start():m.end()])
    if len(found) != 1:
        return None
    lang, quote = next(iter(found.items()))
    return Prevailing(lang, quote)


def _cells(line: str, start: int) -> list[tuple[int, int]]:
    """(start, end) offsets of the non-empty cells of one pipe-table row."""
    spans, pos = [], start
    for part in line.split("|"):
        if part.strip():
            lead = len(part) - len(part.lstrip())
            spans.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 1
    return spans


@dataclass(frozen=True)
class SideBySide:
    prevailing: Prevailing | None
    spans: list[tuple[int, int]]  # to blank: the other version's cells and the pipes of their rows
    rows: int  # rows read as the two versions of one stipulation


def other_version_spans(text: str) -> SideBySide:
    """The prevailing version (or None) and the (start, end) spans to blank: in rows that carry one cell in each
    language, the cell of the other language and the row's pipes; no span unless at least `_MIN_ROWS` rows are such
    pairs."""
    prevailing = prevailing_version(text)
    if prevailing is None:
        return SideBySide(None, [], 0)
    spans, pairs, pos = [], 0, 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped.startswith("|") or _SEPARATOR.match(stripped):
            continue
        cells = [(a, b) for a, b in _cells(line, start) if len(text[a:b].split()) >= _MIN_WORDS]
        if len(cells) != 2:
            continue
        langs = [detect_language(text[a:b], default="?") for a, b in cells]
        if set(langs) != {"fr", "en"}:
            continue
        pairs += 1
        spans.extend(span for span, lang in zip(cells, langs) if lang != prevailing.lang)
        # the row's pipes too: the prevailing cell then reads as the numbered paragraph it is
        spans.extend((start + i, start + i + 1) for i, ch in enumerate(line) if ch == "|")
    if pairs < _MIN_ROWS:
        return SideBySide(prevailing, [], 0)
    return SideBySide(prevailing, spans, pairs)


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span's characters (but line ends) replaced by spaces."""
    if not spans:
        return text
    out, last = [], 0
    for a, b in sorted(spans):
        out.append(text[last:a])
        out.append(re.sub(r"[^\n]", " ", text[a:b]))
        last = b
    out.append(text[last:])
    return "".join(out)


def version_note(prevailing: Prevailing, rows: int, lang: str) -> str:
    """The review's note on what was left unread, and why (the contract's own words)."""
    other = {"fr": ("English", "anglaise"), "en": ("French", "française")}[prevailing.lang]
    own = {"fr": ("French", "française"), "en": ("English", "anglaise")}[prevailing.lang]
    if lang == "en":
        return (f"two versions side by side: the {own[0]} version prevails (\"{prevailing.quote}\"), so the {other[0]} "
                f"column ({rows} row(s)) was not read; compare the two where they differ")
    return (f"deux versions en regard : la version {own[1]} prévaut (« {prevailing.quote} ») ; la colonne "
            f"{other[1]} ({rows} ligne(s)) n'a pas été lue ; comparez les deux là où elles diffèrent")
