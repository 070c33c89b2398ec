"""Session 34, lead: whose duty a case is, asked after a clause ("c'est à nous de leur répondre ?", "is it up to us to
answer them?"), stays the regular reader's question: the learned act reader may not turn it into the other side's
objections (found by the fresh-clone CI after the act examples were rebuilt with the session's dialogues)."""

from __future__ import annotations

import pytest

from assistant.chat.act_model import may_gate
from assistant.chat.state import ClauseOnTable, ConversationState, LastAnswer


class _U:
    def __init__(self, act: str) -> None:
        self.act = act
        self.firm = False


def _clause_state() -> ConversationState:
    return ConversationState(clause=ClauseOnTable(topic="audit"),
                             last=LastAnswer(act="draft_clause", tool="draft_clause", topic="audit", text="…"))


@pytest.mark.parametrize("text", [
    "et les patients qui demandent leur dossier, c'est a nous de leur repondre ?",
    "and the members asking for their data, is it up to us to reply?",
    "qui doit prevenir la CNIL si on perd un portable ?",
    "who has to tell the customers if there is a leak?",
])
def test_whose_duty_asked_is_not_gated(text):
    assert not may_gate(text, _U("question"), _clause_state())


@pytest.mark.parametrize("text", [
    "ils disent que l'audit sur place c'est trop intrusif",
    "they will push back on the audit notice",
])
def test_other_messages_may_still_be_gated(text):
    assert may_gate(text, _U("question"), _clause_state())
