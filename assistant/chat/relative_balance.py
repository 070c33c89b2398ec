"""A request for a MORE balanced text ("une clause plus équilibrée", "make it a bit more balanced", "a fairer one",
"moins déséquilibrée"), read for each side (issue 14, s25). "More balanced" is relative: more balanced than what the
user measures it against. Against the other side's terms (nothing drafted yet: their contract or their demands, just
described) or a balanced text on the table the user still finds against them, it is the user's own side's version;
against a one-sided version on the table (the user's own, or the other side's shown to the user), or a text the user
brought that the last answer weighed (reviewed, or said what to negotiate or what will be objected in it), it is one step
to the middle, the balanced one. An absolute "équilibrée", "balanced", "pour les deux parties" stays the balanced one; one
"fairer to us", "plus juste pour le client" names whom it favours and is read as that direction, not as a comparison."""

from __future__ import annotations

import re

_MORE_BALANCED = re.compile(
    r"\b(?:plus|more|bien plus|un peu plus|un poil plus|encore plus|a bit more|a little more|slightly more|much more|"
    r"way more|davantage)\s+(?:equilibr\w*|balanced|equitable\w*|even-?handed|juste|fair)\b|\bfairer\b|"
    r"\b(?:moins|less)\s+(?:desequilibr\w*|one-?sided|lopsided|unbalanced|partial\w*)\b")
# "fairer for both parties", "plus équilibrée pour les deux": the middle asked outright
_FOR_BOTH = re.compile(r"\b(?:for|pour|to|a|envers) (?:both|les deux|each other|tout le monde|everyone|all)\b|\bwin-?win\b|"
                       r"\bgagnant-gagnant\b")


# "fairer to us", "plus juste pour moi", "fairer to them": the party it must favour is named, so the request is a
# direction (`slot_topics.read_position` reads it), not a comparison to a reference
_FOR_ONE = re.compile(r"\b(?:for|pour|to|a|envers|towards?|vis-a-vis (?:de )?)\s*(?:us|me|nous|moi|them|eux|him|her|lui|elle|"
                      r"(?:our|my|their|notre|mon|leur) (?:side|cote)|(?:the|le|la) (?:client|customer|provider|msp|"
                      r"prestataire|supplier|fournisseur|presta))\b")


def asks_more_balanced(folded: str) -> bool:
    """The message asks for a text more balanced than another (a comparative), not for the balanced one outright, nor
    for one fairer to a party it names."""
    m = _MORE_BALANCED.search(folded)
    return bool(m) and not _FOR_BOTH.search(folded) and not re.match(r"(?:\s+[\w'-]+){0,3}?\s+" + _FOR_ONE.pattern,
                                                                    folded[m.end():])


def more_balanced_position(side: str | None, reference: str | None) -> str | None:
    """The version a relative request for balance means for the user on `side`, against the `reference` version (the
    position of the text on the table it revises, None when it measures against the other side's terms)."""
    if side not in ("msp", "client"):
        return None
    return side if reference in (None, "balanced") else "balanced"  # a one-sided text (theirs too): one step to the middle


# the last answer weighed a text the user brought (reviewed it, or said what to negotiate or what will be objected in it):
# that text, one party's version, is what "more balanced" measures against while it is still discussed
_TEXT_WEIGHED = ("review_text", "priorities", "objections")
THEIRS = "theirs"  # a reference: the text the user brought from the other side, not drafted here


def reference_position(act: str, topic: str | None, clause, contract, last=None) -> str | None:
    """The position of the text a relative request revises: the clause on the table (when the request is on it),
    else the contract in progress for a change of its position, else the text the user brought when the last answer
    weighed it on the same subject (`THEIRS`); None when only the other side's terms as described, or a question
    answered, or a term explained, came before (the user's own version is then what measures against them)."""
    if clause is not None and (act == "change_position" or topic in (None, clause.topic)):
        return clause.position
    if act == "change_position" and contract is not None:
        return contract.position
    if clause is None and last is not None and last.tool in _TEXT_WEIGHED and topic in (None, last.topic):
        return THEIRS
    return None
