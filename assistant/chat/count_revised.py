"""A count of the deal changed by so many while something is made (s37): "ajoute deux ébénistes", "on ferme une des deux
boutiques", "they closed one of their three depots", "add two more seats for the interns". The seats or the places are
changed relative to the count held (`slots.count_changes`) while a clause or a contract is on the table: a figure of what
was made is set (the contract's scope follows), not a new fact told. A count told again as a whole ("en fait ils sont 35",
"actually we're 44") stays a fact stated, and with nothing made yet a change stays a fact too."""

from __future__ import annotations

from assistant.chat.act_context import _has_table
from assistant.chat.slots import Slots
from assistant.chat.state import ConversationState

COUNTS = ("users", "sites")


def count_revised(slots: Slots, state: ConversationState) -> bool:
    """Whether the message changes a count of the deal by so many with something made."""
    return _has_table(state) and any(getattr(c, "unit", None) in COUNTS for c in slots.count_changes)
