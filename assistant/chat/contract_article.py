"""What an article of the contract in progress says, asked (twenty-sixth session): "la clause responsabilité, elle dit
quoi sur le plafond ?", "et la résiliation, on a mis quoi comme préavis ?", "what does our liability clause say about the
cap?", "the termination article, how much notice does it give?". With a contract in progress and a clause named, a
question of what that clause says, provides or gives is a question on the draft answered from its own article (the
`show_article` tool), which is then on the table: a figure set right after it ("double le plafond") changes it. A
question of law or practice on the same subject ("is a 6-month cap normal?", "le plafond, c'est légal ?") is no such
question: it asks what the law or the market says, not what our contract says."""

from __future__ import annotations

import re

from assistant.chat.act_catalogue import Understood
from assistant.chat.act_context import ActContext
from assistant.chat.slot_figure_cues import figure_topic

# what the clause or article says, provides, sets or gives ("elle dit quoi", "que prévoit", "on a mis quoi comme",
# "what does it say", "how much notice does it give", "what did we put")
_SAYS = re.compile(
    r"\b(?:(?:elle|il|ca|cela|la clause|l'article|le contrat|l'annexe) (?:dit|prevoit|met|fixe|donne|contient|indique|stipule)"
    r" quoi|(?:que|qu'est-ce que|qu'est ce que) (?:dit|prevoit|fixe|contient|indique|stipule)|qu'est-ce qu'(?:elle|il) "
    r"(?:dit|prevoit|fixe)|(?:qu'est-ce qu'|qu'est ce qu')?on (?:y )?a (?:mis|prevu|ecrit|fixe) (?:quoi|comme|combien)|"
    r"(?:on|nous) (?:y )?(?:avons|a) (?:mis|prevu|ecrit) quoi|c'est quoi (?:le|la|les) \w+ (?:dans|de) (?:la clause|l'article|"
    r"notre|ton|le contrat)|ca donne quoi|"
    r"what does (?:it|our|the|my|this|that|your) (?:[\w'-]+ ){0,3}?(?:say|provide|set|give|contain|allow|state)|"
    r"what(?:'s| is) in (?:our|the|my|your) [\w' -]{3,30}(?:clause|article|section)|what did (?:we|you) (?:put|write|set|give)|"
    r"how (?:much|many|long) [\w' -]{0,30}(?:does|did) (?:it|that|this|the clause|the article) (?:give|allow|set|say|provide)|"
    r"did (?:we|you) (?:put|write|set|give)|"
    # "combien de préavis dans notre clause de résiliation ?", "how long is the notice in our termination clause?"
    r"(?:combien|quel(?:le)?s?|how (?:much|many|long)|what(?:'s| is| are)) [^?.!]{0,50}\b(?:dans|in) (?:notre|le|la|l'|ton|ta|votre|our|the|"
    r"your|this) ?(?:[\w'-]+ ){0,2}?(?:clause|article|contrat|contract|agreement|draft)\b|"
    # "montre-moi l'article confidentialité", "show me our liability clause": that article of the contract
    r"(?:montre|affiche|redonne|rappelle)(?:-moi| moi)? (?:l'article|la clause|le passage)|"
    r"(?:show|remind) me (?:the|our|your) (?:[\w'-]+ ){0,2}?(?:clause|article|section))")
# a question of law, practice or fairness on the subject: what the law or the market says, not our contract
_LAW_OR_MARKET = re.compile(r"\b(?:normal|usuel|habituel|legal|legale|licite|valable|enforceable|usual|standard|typical|"
                            r"reasonable|raisonnable|ok|acceptable|fair|equitable|la loi|the law|code civil|jurisprudence)\b")


def asks_what_it_says(low: str) -> bool:
    """The folded message asks what a clause or an article says, not what the law or the market says."""
    return bool(_SAYS.search(low)) and not _LAW_OR_MARKET.search(low)


def article_asked(c: ActContext) -> str | None:
    """The topic of the contract's article asked about, or None when the message is no such question."""
    state, s = c.state, c.slots
    # the clause named, or the clause of the figure named ("c'est combien le plafond dans le contrat ?")
    topic = s.topic or (figure_topic(s.figure_named) if s.figure_named else None)
    if state.contract is None or topic is None or not asks_what_it_says(c.low):
        return None
    if topic in state.contract.removed:
        return None
    return topic


def decide(c: ActContext) -> Understood | None:
    """A question answered from the article of the contract in progress, or None to let the next family read it."""
    topic = article_asked(c)
    if topic is None:
        return None
    return c.u("question", topic=topic, firm=True)
