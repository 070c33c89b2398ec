"""Things the user leaves out of the provider's hands by a pronoun (issue 14, s29): a sentence names a thing — often as
a question, "et la maintenance des caméras du parking ?", "what about the crane controllers?" — and the next one refuses
the provider any work on it by a pronoun ("on ne veut pas que le titulaire y touche", "we don't want the contractor
touching them"). The thing, in the user's words, is no service or asset of the scope's lists: the scope tool keeps it in
the state (`ConversationState.conditions`, kind "excluded") and says it back; the scope clause writes it as a last passage
(`said_conditions.with_conditions`)."""

from __future__ import annotations

import re

from assistant.text import fold

_TOUCH_FR = r"(?:touche\w*|mette\w* les (?:mains|pieds)|intervien\w*|intervenir|occupe\w*|accede\w*|gere\w*)"
_REFUSED = re.compile(
    # "on ne veut pas que le titulaire y touche", "on veut pas qu'ils y mettent les mains", "je préfère pas qu'il s'en occupe"
    r"\b(?:on|nous|je)\s+(?:ne\s+|n')?(?:veut|veux|voulons|souhaite|souhaitons|prefere|preferons|tient|tenons)\s+pas\s+"
    r"(?:a ce\s+)?(?:que|qu')\s*[^.?!;]{0,40}?\b(?:y|s'en|en)\s+" + _TOUCH_FR + r"|"
    # "qu'ils n'y touchent pas", "le presta n'y touche pas"
    r"\bn'y\s+" + _TOUCH_FR + r"\s+pas\b|"
    # "we don't want them touching those", "we don't want the MSP anywhere near them"
    r"\b(?:we|i)\s+(?:don'?t|do not|won'?t|would rather not|'d rather not)\s+(?:want\s+)?(?:them|him|her|anyone|anybody|"
    r"(?:the|our|their|your)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:touching|to touch|handling|to handle|messing with|to mess with|"
    r"working on|to work on|going near|to go near|anywhere near|near|managing|to manage)\s+(?:it|them|those|these|that|this)\b|"
    # "keep them away from those", "hands off them"
    r"\bkeep\s+(?:them|him|her|(?:the|our|their)\s+[\w'-]+)\s+(?:away from|off|out of)\s+(?:it|them|those|these|that)\b|"
    r"\bhands off\s+(?:it|them|those|these|that)\b")
# how the naming sentence opens ("et", "what about", "quid de"): not part of the thing named
_LEAD = re.compile(r"^\W*(?:(?:et|and|ok|okay|bon|alors|du coup|puis|also|aussi|what about|how about|quid(?: de)?|"
                   r"pour|concernant|regarding|as for)\s+)+")
_PARTS = re.compile(r"\s*(?:[?.!;]+|\s-\s|\s–\s)\s*")


def excluded_by_pronoun(text: str) -> str | None:
    """The thing the message names and then refuses the provider by a pronoun, in the user's words; None otherwise."""
    low = fold(text)
    same = len(low) == len(text)
    bounds, start = [], 0
    for m in _PARTS.finditer(low):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(low)))
    bounds = [(a, b) for a, b in bounds if b > a]
    for i, (a, b) in enumerate(bounds[1:], 1):
        if not _REFUSED.search(low[a:b]):
            continue
        na, nb = bounds[i - 1]
        lead = _LEAD.match(low[na:nb])
        na += lead.end() if lead else 0
        thing = (text if same else low)[na:nb].strip(" ,:")
        words = thing.split()
        if 1 <= len(words) <= 12 and not _REFUSED.search(low[na:nb]):
            return thing
    return None
