"""The message as the regular act reader reads it once (`ActContext`): its folded text and words, whether it asks,
the intent detected on its own, whether a text is ordered, the topic it concerns and the one the last answer was
about; what is on the table (`_has_table`) and a permission asked (`_MAY_ASKED`), which several families of rules
test. `chat.act_rules` builds it and runs the families in order."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.chat.act_catalogue import Understood
from assistant.chat.intent import Intent
from assistant.chat.slots import Slots
from assistant.chat.state import ConversationState


def _has_table(state: ConversationState) -> bool:
    return state.clause is not None or state.contract is not None


# s22: whether a party may do something, asked ("on peut baisser la facture de nous-mêmes ?", "il peut ?", "can they do
# that?"): a question of law — with nothing on the table, no version to turn and no objection to prepare
_MAY_ASKED = re.compile(r"\b(?:on peut|peut-on|pouvons-nous|est-ce qu'on peut|on a le droit|a-t-on le droit|avons-nous le droit|"
                        r"il peut|elle peut|ils peuvent|elles peuvent|peut-il|peut-elle|peuvent-ils|a-t-il le droit|"
                        r"ont-ils le droit|ils ont le droit|il a le droit|can we|can i|may we|are we allowed|can they|can he|"
                        r"can she|are they allowed|is (?:he|she|it|that) allowed|is (?:it|that) legal|c'est legal)\b[^?]*\?")


@dataclass
class ActContext:
    """What every family of rules reads of the message: `low` is the folded message without its opening courtesy
    ("ok", "merci", "bon"), `topic` the message's subject or else the clause on the table's or the last answer's,
    `last_topic` the subject of the last answer (or of the question it answered)."""

    text: str
    slots: Slots
    state: ConversationState
    low: str
    words: list[str]
    table_topic: str | None
    topic: str | None
    asks: bool
    base: Intent
    drafting: bool
    last_topic: str | None

    def u(self, act: str, **kw) -> Understood:
        """The act read, with the message's topic and term unless given."""
        kw.setdefault("topic", self.topic)
        kw.setdefault("term", self.slots.term)
        return Understood(act=act, slots=self.slots, **kw)
