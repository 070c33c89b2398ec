"""The user's own move asked on terms they describe (s27, issue 14): "their draft says credits are our sole remedy, capped
at 10 % of the fee. Should we push back?", "les pénalités sont plafonnées à 5 %, seul recours du client : faut-il
négocier ?", "on signe ça ?", "can we live with that?".

Whether to push back, negotiate, accept or sign is a judgement of the terms for the user's side — the same as "is that
good for us?" (`chat.side_verdict`, the terms judged by `chat.term_verdict`) — not what the other side will object to
(the user, not the other side, is the one pushing back). Read on purpose when the message itself describes the terms
(a figure or a clause subject named, or a long enough description), with nothing pending; a clause on the table keeps
its own readings ("should we push back on this?" about a clause just drafted is left to the other families)."""

from __future__ import annotations

import re

from assistant.chat.act_catalogue import Understood
from assistant.chat.act_context import ActContext, _has_table

_MOVE_EN = r"(?:push back|pushback|negotiate|challenge|contest|fight (?:it|this|that)|accept|agree to|sign|go along with)"
_MOVE_FR = r"(?:negocier|renegocier|contester|refuser|accepter|signer|discuter|tiquer|batailler|se battre)"
# the user's own move asked: "should we push back?", "faut-il négocier ?", "on signe ?", "is it worth pushing back?"
_OWN_MOVE = re.compile(
    r"\b(?:should|shall|do|must|would you|would|could) (?:we|i) (?:just |even |really )?" + _MOVE_EN + r"\b|"
    r"\b(?:is it|is that|is this) worth (?:pushing back|negotiating|challenging|fighting|contesting)\b|"
    r"\bworth (?:pushing back|negotiating|a fight)\b|\bcan (?:we|i) live with (?:it|this|that|those|these)\b|"
    r"\bwould you (?:push back|negotiate|sign|accept)\b|\bpush back or (?:sign|accept)\b|"
    r"\b(?:faut-il|faut il|il faut|doit-on|doit on|devrait-on|devrions-nous|dois-je|devrais-je|est-ce qu'(?:il faut|on doit|on "
    r"devrait|on)|on (?:doit|devrait)|je (?:dois|devrais)) (?:le |la |les |l')?" + _MOVE_FR + r"\b|"
    r"\b(?:ca vaut|ca vaudrait|cela vaut)(?: le coup| la peine)? de (?:le |la |les |l')?" + _MOVE_FR + r"\b|"
    r"(?:^|[,.;:!?]\s*|\b(?:alors|donc|du coup|bon|ok|bref)\s+)(?:on|je) (?:negocie|conteste|signe|accepte|refuse)"
    r"(?: (?:ca|ce point|cette clause|en l'etat|tel quel|comme ca))?"
    r"(?: (?:ou pas|ou non|ou on negocie|ou on signe))?\s*\?|"
    r"\b(?:do we|should we) (?:sign|accept)(?: (?:it|this|that|as is))?(?: or (?:not|push back|negotiate))?\s*\?|"
    r"\b(?:would you|would u|will you) (?:sign|accept) (?:it|this|that)\b")


# what to negotiate, or in which order, is asked instead ("what should we negotiate first?", "ce que je dois négocier en
# priorité"): the priorities, not a judgement of the terms described
_WHAT_OR_ORDER = re.compile(r"\b(?:what|which|quoi|que|ce que|qu'est-ce que|qu'est ce que|lesquel\w*|laquelle|lequel|sur quels?|"
                            r"on what)\b[^.?!]{0,30}$|\b(?:en priorite|en premier|d'abord|first|priorit\w*|in what order|dans quel "
                            r"ordre)\b")


_IF_BEFORE = re.compile(r"\b(?:si|s'|if|even if|what if|meme si|suppose|imagine)\s*$")


def asks_own_move(low: str) -> bool:
    """True when the folded message asks whether the user should push back, negotiate, accept or sign."""
    m = _OWN_MOVE.search(low)
    if m is None or _IF_BEFORE.search(low[:m.start()]):
        return False  # ("et si on refuse ?", "what if we sign it anyway?": a case put, not the move asked)
    return not (_WHAT_OR_ORDER.search(low[max(0, m.start() - 40):m.start()]) or _WHAT_OR_ORDER.search(low[m.start():]) and
                re.search(r"\b(?:en priorite|en premier|d'abord|first|priorit\w*|in what order|dans quel ordre)\b", low[m.start():]))


def decide(c: ActContext) -> Understood | None:
    """The terms described, judged for the user's side (a question, read on purpose); None otherwise."""
    slots, state = c.slots, c.state
    if not asks_own_move(c.low) or state.awaiting() or c.drafting or _has_table(state) or slots.pasted or \
            re.search(r"[«“\"]", c.text):
        return None  # (a clause quoted or pasted with "je signe ?" is read with the texts brought)
    if not (slots.figures or slots.topic or len(c.words) >= 12):
        return None  # "should we push back?" alone: what on is asked back by the other families
    return c.u("question", topic=slots.topic, assess=bool(slots.figures), firm=True)
