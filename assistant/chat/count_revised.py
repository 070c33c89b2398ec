"""A count of the deal revised while something is made (s37): "en fait c'est 9 postes, j'avais oublié l'arrière-boutique",
"non attends, ils ont 3 boutiques", "actually it's 8 users", "we're 16 staff now, two interns joined". The seats or the
places already stated are told again with another value, or changed by so many, while a clause or a contract is on the
table: a figure of what was made is set (the contract's scope follows), not a new fact told. With nothing made yet the
same words stay a fact (`chat.acts.classify` reads them as told)."""

from __future__ import annotations

from assistant.chat.act_context import _has_table
from assistant.chat.slots import Slots
from assistant.chat.state import ConversationState

COUNTS = ("users", "sites")


def count_revised(slots: Slots, state: ConversationState) -> bool:
    """Whether the message revises a count already stated (or changes one by so many) with something made."""
    if not _has_table(state):
        return False
    if any(getattr(c, "unit", None) in COUNTS for c in slots.count_changes):
        return True
    for name in COUNTS:
        if name not in slots.facts:
            continue
        old = state.facts.get(name)
        if old is not None and old.source in ("stated", "asked") and old.value != slots.facts[name]:
            return True
    return False
