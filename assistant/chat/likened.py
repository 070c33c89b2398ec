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
    # FR: "quelle différence entre X et Y", "c'est quoi la diff avec Y", "en quoi X diffère de Y"
    r"\b(?:quelle|la|une|quoi la|c'?est quoi la) diff(?:erence)?s?\s+(?:entre|avec)\b|\bdiffere\w* (?:de|d'|du|des)\b|"
    # EN: "the difference between X and Y", "how is X different from Y", "how does X differ from Y"
    r"\bdifference between\b|\bhow (?:is|are|does|do)\b[^?!.]{1,60}\b(?:differ|different from)\b")
# what a term is likened to when the usual practice is asked, not another notion
_MARKET = re.compile(r"\b(?:tout le monde|partout|ailleurs|d'habitude|habituel\w*|les autres|le marche|du marche|standard|"
                     r"everyone|everybody|elsewhere|other (?:firms|providers|msps|companies|clients)|the market|usual\w*|"
                     r"normal\w*|what others?)\b")


def likens_notions(low: str, has_figures: bool = False) -> bool:
    """Whether a message asks what sets two notions apart (or whether they are one), with no figure likened."""
    return not has_figures and bool(_LIKENED.search(low)) and not _MARKET.search(low)
