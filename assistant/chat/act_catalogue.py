"""The acts a chat message can be (`ACTS`) and what the reader understood of it (`Understood`): the act, the
slots, the topic and term it is about, and whether a rule chose it on purpose."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.chat.slots import Slots


ACTS = ("question", "explain_term", "obligations", "draft_clause", "draft_contract", "follow_up", "rephrase",
        "change_position", "objections", "set_figure", "add_remove", "state_fact", "priorities", "export",
        "review", "precedents", "clarify", "out_of_scope")


@dataclass(frozen=True)
class Understood:
    act: str
    slots: Slots
    topic: str | None = None     # the clause topic the act is about (slots or state)
    term: str | None = None
    relative: bool = False       # "pour moi": the position depends on the user's side
    assess: bool = False         # "c'est ok ?": the user asks whether figures are reasonable
    compare: bool = False        # "how's that different from…": the clause on the table compared with something
    firm: bool = False           # a rule chose this act on purpose (not a fallback): the learned reader leaves it
    fallback: bool = False       # "et s'ils refusent ?": the clause on the table's fallbacks asked (chat.act_counter)
    invite: bool = False         # s27: an introduction asking leave to ask: the facts noted, then asked (chat.act_intro)


# acts that answer the message as a question (a law question read as one of these keeps its reading)
_ANSWERING_ACTS = ("question", "follow_up", "explain_term", "obligations")
_WORK_ACTS = ("objections", "draft_clause", "change_position", "add_remove", "review", "set_figure")
