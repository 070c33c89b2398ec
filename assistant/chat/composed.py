"""What the offline composer returns, and how a quoted line carries its reference: shared by the
composer and the answer builders it calls, so neither imports the other."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.chat.statements import present
from assistant.types import Citation


@dataclass
class Composed:
    text: str
    citations: list[Citation] = field(default_factory=list)
    grounded: bool = True


def cite(text: str, ref: int) -> str:
    """`text [n]`, the reference placed before a closing colon ("…the following [1]:")."""
    text = present(text)
    return f"{text[:-1].rstrip()} [{ref}]:" if text.endswith(":") else f"{text} [{ref}]"


def cite_list(lead: str, items: list[str], ref: int) -> str:
    return "\n".join(([cite(lead, ref)] if lead else []) + [f"- {cite(i, ref)}" for i in items])
