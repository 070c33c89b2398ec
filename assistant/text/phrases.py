"""Plain phrases matched in a text (s32): a list of everyday words ("went bust", "démission*") read on folded text as whole
words, a word ending in `*` matching any ending, a hyphen or an apostrophe matching a space or nothing. Used by the answer
cards' lay terms (chat.lay_terms); the phrase shape is checked when the knowledge base is validated."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from assistant.text.fold import fold

# words, apostrophes, hyphens and a trailing `*` per word: no other pattern syntax
PHRASE_SHAPE = re.compile(r"^[\w'’-]+\*?( [\w'’-]+\*?)*$")


@lru_cache(maxsize=4096)
def phrase_pattern(phrase: str) -> re.Pattern:
    """The compiled pattern of one phrase (folded, whole words, `*` = any word ending)."""
    parts = []
    for w in fold(phrase).split():
        stem = re.escape(w.rstrip("*")).replace("'", "['’ ]?").replace(r"\-", "[- ]?")
        parts.append(stem + (r"\w*" if w.endswith("*") else ""))
    return re.compile(r"(?<!\w)" + r"[\s-]+".join(parts) + r"(?!\w)")


def phrases_in(phrases: Iterable[str], text: str) -> list[str]:
    """The phrases the text uses (folded, whole words), in the order given."""
    low = fold(text)
    return [p for p in phrases if phrase_pattern(p).search(low)]


def well_formed_phrase(phrase: str) -> bool:
    """A phrase the matcher reads as intended: plain words, one of three letters or more, no padding."""
    p = phrase.strip()
    return bool(p) and p == phrase and bool(PHRASE_SHAPE.match(p)) and any(len(w.rstrip("*")) >= 3 for w in p.split())
