"""What the offline composer returns, and how a quoted line carries its reference: shared by the
composer and the answer builders it calls, so neither imports the other."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.chat.statements import present
from assistant.text import split_sentences
from assistant.types import Citation


@dataclass
class Composed:
    text: str
    citations: list[Citation] = field(default_factory=list)
    grounded: bool = True


def cite(text: str, ref: int) -> str:
    """`text [n]`, the reference placed before a closing colon ("…the following [1]:"); a text of
    several sentences carries the reference after each of them (every sentence cited)."""
    text = present(text)
    sentences = [s.text.strip() for s in split_sentences(text, items=False) if s.text.strip()]
    head = "".join(f"{s} [{ref}] " for s in sentences[:-1]) if len(sentences) > 1 else ""
    last = sentences[-1] if len(sentences) > 1 else text
    return head + (f"{last[:-1].rstrip()} [{ref}]:" if last.endswith(":") else f"{last} [{ref}]")


def cite_list(lead: str, items: list[str], ref: int) -> str:
    return "\n".join(([cite(lead, ref)] if lead else []) + [f"- {cite(i, ref)}" for i in items])
