"""Footnotes: a term marked with a call ("protection totale***", "uptime guaranteed [2]") is read with the note that
bears the same call at the foot of the page or the slide ("*** Argos IT ne garantit pas…"). A proposal or a slide deck
often keeps its conditions there, and a note may take back what the marked words promise."""

from __future__ import annotations

import re

from assistant.legal.review.facts.reading import folded

__all__ = ["footnotes", "note_of"]

# a note's line: its call first ("*** text", "\*\* text" in Markdown, "[2] text"), then the note
_NOTE = re.compile(r"^[ \t>]*(?P<call>(?:\\?\*){1,4}|\[\d{1,2}\])[ \t]+(?P<body>\S.*)$", re.M)
# the call that ends the marked words: at the end of their cell, line or sentence part
_CALL_AT_END = re.compile(r"(?P<call>(?<![\s*])\*{1,4}|\[\d{1,2}\])\s*$")


def footnotes(text: str) -> dict[str, str]:
    """{call: folded note} for the notes of the document ("*", "**", "[2]"); a call used by two notes keeps the first.
    Lines that open with a single star are a bullet list unless some word of the text carries a single-star call."""
    single_calls = re.search(r"[\w%)](?<!\*)\*(?!\*)", text) is not None
    out: dict[str, str] = {}
    for m in _NOTE.finditer(text):
        key = m["call"].replace("\\", "")
        if key == "*" and not single_calls:
            continue
        out.setdefault(key, folded(m["body"]))
    return out


def note_of(f: str, end: int, notes: dict[str, str]) -> str:
    """The note called at the end of the words that run from position `end` of a folded sentence to the end of their
    cell, line or sentence part; "" when they carry no call or the document has no such note."""
    if not notes:
        return ""
    rest = re.split(r"[|\n;]|\.\s", f[end:end + 120])[0]
    m = _CALL_AT_END.search(rest)
    return notes.get(m["call"], "") if m else ""
