"""Asides in parentheses, read as balanced groups (nested ones included): what a shorter or plainer text leaves out.

`paren_groups(text)` lists the outermost balanced groups "( … )" with their spans; a parenthesis that closes nothing
or is never closed belongs to no group, so a text with unbalanced parentheses keeps them as written — never half of a
group removed ("(Arts. 4(8) and 28)" is one group, not "(Arts. 4(8)" followed by " and 28)").

`drop_asides(text)` removes the outermost groups (and the white space before each), except those that cite the law
("(Arts. 4(8) and 28)", "(Code civil, art. 1231-1)", "(art. 28(3)(h))", "(GDPR Art. 82)"), which a shorter answer
keeps with the rule they support; `keep_citations=False` removes those too. Groups longer than `longest` characters
are kept (a whole passage in parentheses is no aside)."""

from __future__ import annotations

import re

__all__ = ["paren_groups", "drop_asides", "cites_law"]

# an article, a code or a regulation named, or a case reference: the group cites the law
_CITES = re.compile(r"(?i:\b(?:arts?\.|articles?|art\b|code|c\.\s?(?:civ|com|trav)|rgpd|gdpr|regulation|reglement|"
                    r"règlement|directive|loi\b|law\b|cass\.|cjue|cjeu|[lr]\.?\s?\d{3,4}-\d))|\b(?:CA|CE|TJ|TC) [A-Z]")


def paren_groups(text: str) -> list[tuple[int, int]]:
    """The spans (start, end) of the outermost balanced groups of parentheses, in order; end is past the ')'."""
    out: list[tuple[int, int]] = []
    opened: list[int] = []
    for i, ch in enumerate(text):
        if ch == "(":
            opened.append(i)
        elif ch == ")" and opened:
            start = opened.pop()
            if not opened:
                out.append((start, i + 1))
        elif ch == "\n" and opened and text[i + 1:i + 2] == "\n":
            opened = []  # a paragraph break closes nothing: what was left open stays as written
    return out


def cites_law(group: str) -> bool:
    """True when a group in parentheses cites an article, a code, a regulation or a case."""
    return bool(_CITES.search(group))


def drop_asides(text: str, *, keep_citations: bool = True, longest: int = 160) -> str:
    """The text without its asides in parentheses (nested ones removed whole), citations of the law kept."""
    pieces, last = [], 0
    for start, end in paren_groups(text):
        group = text[start:end]
        if end - start > longest + 2 or (keep_citations and cites_law(group)):
            continue
        cut = start
        while cut > last and text[cut - 1] in " \t\u00a0\u202f":
            cut -= 1
        pieces.append(text[last:cut])
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
