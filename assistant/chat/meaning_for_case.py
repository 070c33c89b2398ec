"""What a term means asked for the user's own case (s37): "le presta parle de GTR 8h, ça veut dire que si ça plante le
vendredi on attend lundi ?", "c'est quoi l'intérêt d'un plan de réversibilité si on ne garde rien chez nous", "what does
99.5 availability mean for us in practice if their internet drops?", "what's the point of a reversibility plan if we
host nothing". The words of a definition are there, but what they ask is a consequence — a clause after "ça veut dire
que / does that mean (that)", or the meaning or the use of the term weighed against a case (a condition, "pour un client aussi petit"): a question on that case, not the term's definition. "c'est quoi la GTR ?",
"what does RPO mean?" stay definitions."""

from __future__ import annotations

import re

# the meaning asked as a consequence: a clause follows "ça veut dire que", "does that mean (that) we…", "so X means we…"
_CONSEQUENCE = re.compile(
    r"\b(?:(?:ca|cela|ce qui|ce|donc|alors)\s+)?(?:veut dire|veulent dire|signifie|signifient)\s+(?:qu'|que\b|donc\b)|"
    r"\b(?:mean|means|meaning)\s+(?:that\s+)?(?:we|they|i|you|our|their|the (?:client|provider|msp))\b")
# the meaning, the use or the point of a term asked
_MEANING_OR_USE = re.compile(
    r"\b(?:veut dire|signifie|(?:ca|ce|cela) sert a quoi|sert a quoi|a quoi (?:ca |cela )?sert|l'interet|interet d'|"
    r"what does\b[^?!]{0,60}?\bmean|what'?s the (?:point|use)|what is the (?:point|use)|what good is|why (?:do|would) "
    r"(?:we|i|they) (?:even )?need)")
# the case it is weighed against: a condition, the user's side, a client of that kind, practice
_CASE = re.compile(
    r"\b(?:si|s'ils?|if|when|quand|lorsque|en cas de|in case)\b|\bpour (?:un client|une? (?:\w+ )?(?:aussi|si|tres) \w+)|"
    r"\bfor (?:a client|a (?:small|tiny))\b|\bdans notre cas\b|\bin our case\b")
# ("ça veut dire quoi pour nous", "what does it mean for us": the term's meaning for the user's side, a definition)


# the case is the term's own adoption ("… mean for us if we put it in", "si on l'accepte"): what the term does, its
# definition with its effect — no other case
_ITS_ADOPTION = re.compile(
    r"\b(?:if|once|when) (?:we|i|they) (?:\w+ )?(?:put|include|add|accept|agree to|sign|keep|use|write)\w* (?:it|that|this|them|"
    r"one)\b|\b(?:si|quand|une fois qu') ?(?:on|nous|je|ils) (?:l'|le |la |les )(?:\w+ )?(?:met|mets|mettons|inclu\w*|ajout\w*|"
    r"accept\w*|sign\w*|gard\w*|ecri\w*|retien\w*)")


def meaning_for_case(low: str) -> bool:
    """Whether a message that names a term asks what it means or is worth for a case, not its definition."""
    if _CONSEQUENCE.search(low):
        return True
    m = _MEANING_OR_USE.search(low)
    return bool(m and _CASE.search(low)) and not _ITS_ADOPTION.search(low)
