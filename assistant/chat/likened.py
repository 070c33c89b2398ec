"""Two notions likened or told apart (s37): "la clause de réversibilité c'est pareil que la restitution des données ?",
"la GTR c'est la même chose que la disponibilité ?", "le préavis c'est comme la durée d'engagement non ?", "is
reversibility the same thing as getting our data back?", "what's the difference between non-solicitation and a
non-compete?". What each notion is, set against the other, is asked: the glossary term named is explained, answered
with what sets the two apart (`Toolbox._explain_term`), even when the other notion is no glossary term. A figure likened
to the market ("un préavis de 6 mois c'est pareil chez tout le monde ?", "is a 4h GTR the same as what other firms
offer?") asks whether a term is usual: no definition."""

from __future__ import annotations

import re

_LIKENED = re.compile(
    # FR: "X c'est pareil / la même chose / comme / équivalent (que|à) Y"
    r"\b(?:c'?est|est|sont|ce sont|serait|seraient)\s+(?:(?:exactement|vraiment|en gros|grosso modo|un peu|quasiment|a peu pres|"
    r"pas|plus ou moins)\s+)*(?:pareil|la meme chose|le meme|la meme|equivalent\w*|identiques?|similaires?|synonymes?|"
    r"comme (?:la|le|l'|les|un|une|des)\b)|"
    r"\b(?:quelle|la|une|quoi la|c'?est quoi la) diff(?:erence)?\w*\s+(?:entre|avec)\b|\bdiffere\w* (?:de|d'|du)\b|"
    # EN: "is X (basically) the same (thing) as Y", "X vs Y", "difference between X and Y"
    r"\b(?:is|are|isn'?t|aren'?t)\b[^?!.]{1,60}?\b(?:(?:basically|really|just|essentially|exactly|actually|kind of|pretty much)\s+)*"
    r"(?:the same(?: thing)? as|like|equivalent to|similar to|different from|a synonym (?:of|for))\b|"
    r"\bdifference between\b|\bhow (?:is|does)\b[^?!.]{1,60}\bdiffer\b")
# what a term is likened to when the usual practice is asked, not another notion
_MARKET = re.compile(r"\b(?:tout le monde|partout|ailleurs|d'habitude|habituel\w*|les autres|le marche|du marche|standard|"
                     r"everyone|everybody|elsewhere|other (?:firms|providers|msps|companies|clients)|the market|usual\w*|"
                     r"normal\w*|what others?)\b")


def likens_notions(low: str, has_figures: bool = False) -> bool:
    """Whether a message asks what sets two notions apart (or whether they are one), with no figure likened."""
    return not has_figures and bool(_LIKENED.search(low)) and not _MARKET.search(low)
