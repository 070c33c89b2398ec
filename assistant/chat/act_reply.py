"""The other side's answer to a demand the user considers making, asked: "qu'est-ce qu'il va me répondre si je demande
un accord écrit ?", "ils vont répondre quoi si…", "what will the provider reply if we ask for…", "what is the client
going to say back?". That is the clause's objections (the other side's negotiation notes), not a question of law nor a
follow-up on the last answer. A duty to answer ("le prestataire doit répondre en combien de temps si…") is no such
question: the other side is said to answer in the future ("va", "vont", "will", "going to"), and what it will say is
asked ("quoi", "qu'est-ce que", "what", "how") or hangs on the user's demand ("si je demande", "if we ask for")."""

from __future__ import annotations

import re

_OTHER = (r"(?:il|ils|elle|elles|on|le client|la cliente|le prestataire|le presta|l'infogerant|le fournisseur|en face|"
          r"l'autre partie|leur (?:avocat|juriste|acheteur|dsi|daf)|they|he|she|the (?:client|customer|provider|msp|supplier|"
          r"vendor|other side|other party)|their (?:lawyers?|counsel|legal(?: team)?|procurement|buyers?|side))")
_REPLY_FR = r"(?:repondre|retorquer|repliquer|objecter|opposer|renvoyer|me dire|nous dire|dire)"
_REPLY_EN = r"(?:answer|reply|respond|say back|come back with|counter|retort|argue|object|say)"

# "qu'est-ce qu'il va me répondre", "que va-t-il répondre", "ils vont répondre quoi", "il me répondra quoi",
# "what will they reply", "what is the client going to say back", "how would the provider respond"
_REPLY = re.compile(
    r"\b(?:qu'est[- ]ce qu(?:e |')|que |quoi )?" + _OTHER + r" (?:(?:me|nous) )?(?:va|vont|risque de|risquent de|pourrait|"
    r"pourraient)( me| nous)? " + _REPLY_FR + r"\b|"
    r"\bque (?:va|vont)[- ]t[- ](?:il|ils|elle|elles) (?:(?:me|nous) )?" + _REPLY_FR + r"\b|"
    r"\b(?:(?:me|nous) )?(?:repondra|repondront|retorquera|retorqueront|repliquera|repliqueront|objectera|objecteront)\b|"
    r"\b(?:what|how) (?:will|would|might|is|are)( \w+)?? " + _OTHER + r"( be)?( (?:going|likely) to)? " + _REPLY_EN + r"\b|"
    r"\b(?:what|how) (?:will|would|might) " + _OTHER + r" " + _REPLY_EN + r"\b")
# what will be said is asked, or hangs on a demand the user would make
_ASKED = re.compile(r"\b(quoi|qu'est[- ]ce|que va|comment|what|how)\b|\?")
_DEMAND = re.compile(r"\b(si|if|when|quand) (?:je|j'|on|nous|i|we) ?(?:leur |lui |them |him |her )?(?:demand\w*|exig\w*|propos\w*|"
                     r"impos\w*|veu[xt]|voulons|ask\w*|request\w*|want|propose|push|insist\w*|requier\w*|require)\b")
# a duty or a time to answer ("doit répondre en 4 h", "how fast will they answer tickets"): service levels, not objections
_DUTY = re.compile(r"\bquand ?\?|\bwhen\b(?! (?:i|we)\b)|\b(doit|doivent|must|has to|have to|shall|en combien de temps|how (fast|quickly|soon|long)|sous \d|"
                   r"within \d|delai|tickets?|incidents?|pannes?)\b")


def asks_their_reply(low: str) -> bool:
    """True when the folded message asks what the other side will answer (to a demand the user would make)."""
    return bool(_REPLY.search(low)) and bool(_ASKED.search(low) or _DEMAND.search(low)) and not _DUTY.search(
        _DEMAND.split(low)[0] if _DEMAND.search(low) else low)


def decide(c) -> object | None:
    """The family of the act readers (`chat.act_rules`): the other side's answer asked, on a clause in the conversation
    (on the table, named, or the subject of the last answer), is that clause's objections; None otherwise."""
    if asks_their_reply(c.low) and (c.topic or c.last_topic or "clause" in c.low):
        return c.u("objections")
    return None
