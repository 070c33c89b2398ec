"""A request for a MORE balanced text ("une clause plus équilibrée", "make it a bit more balanced", "a fairer one",
"moins déséquilibrée"), read for each side (issue 14, s25). "More balanced" is relative: more balanced than what the
user measures it against. Against the other side's terms (nothing drafted yet: their contract or their demands, just
described) or a balanced text on the table the user still finds against them, it is the user's own side's version;
against a one-sided version on the table (the user's own, or the other side's shown to the user), it is one step to
the middle, the balanced one. An absolute "équilibrée", "balanced", "pour les deux parties" stays the balanced one."""

from __future__ import annotations

import re

_MORE_BALANCED = re.compile(
    r"\b(?:plus|more|bien plus|un peu plus|un poil plus|encore plus|a bit more|a little more|slightly more|much more|"
    r"way more|davantage)\s+(?:equilibr\w*|balanced|equitable\w*|even-?handed|juste|fair)\b|\bfairer\b|"
    r"\b(?:moins|less)\s+(?:desequilibr\w*|one-?sided|lopsided|unbalanced|partial\w*)\b")
# "fairer for both parties", "plus équilibrée pour les deux": the middle asked outright
_FOR_BOTH = re.compile(r"\b(?:for|pour|to|a|envers) (?:both|les deux|each other|tout le monde|everyone|all)\b|\bwin-?win\b|"
                       r"\bgagnant-gagnant\b")


def asks_more_balanced(folded: str) -> bool:
    """The message asks for a text more balanced than another (a comparative), not for the balanced one outright."""
    return bool(_MORE_BALANCED.search(folded)) and not _FOR_BOTH.search(folded)


def more_balanced_position(side: str | None, reference: str | None) -> str | None:
    """The version a relative request for balance means for the user on `side`, against the `reference` version (the
    position of the text on the table it revises, None when it measures against the other side's terms)."""
    if side not in ("msp", "client"):
        return None
    return side if reference in (None, "balanced") else "balanced"  # either side's version: one step to the middle


def reference_position(act: str, topic: str | None, clause, contract) -> str | None:
    """The position of the text a relative request revises: the clause on the table (when the request is on it),
    else the contract in progress for a change of its position; None when nothing drafted is its reference."""
    if clause is not None and (act == "change_position" or topic in (None, clause.topic)):
        return clause.position
    if act == "change_position" and contract is not None:
        return contract.position
    return None
