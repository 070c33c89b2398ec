"""Optional model re-ranking of the top candidates, pointwise as in the ACORD paper: the chat model
rates each clause 1-5 for the request; clauses are re-ordered by rating, then by the fused score.
A call that fails or answers something else leaves that clause unrated (kept at a neutral rank)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from assistant.paths import PROMPTS_DIR
from assistant.precedents.model import Precedent

_DIGIT = re.compile(r"\b([1-5])\b")
NEUTRAL = 2.5
MAX_CLAUSE = 4000


def _prompt() -> dict[str, str]:
    return yaml.safe_load((PROMPTS_DIR / "precedents_rerank.yaml").read_text(encoding="utf-8"))


@dataclass
class ModelReranker:
    chat_model: object
    depth: int = 10

    def rate(self, query: str, clause: str) -> int | None:
        p = _prompt()
        clause = clause[:MAX_CLAUSE].replace(">>>", "> > >")
        try:
            reply = self.chat_model.invoke([("system", p["system"]),
                                            ("user", p["user"].format(query=query, clause=clause))])
        except Exception:  # noqa: BLE001 - any model failure leaves the fused order
            return None
        m = _DIGIT.search(str(getattr(reply, "content", reply)))
        return int(m.group(1)) if m else None

    def rerank(self, query: str, hits: list[Precedent]) -> list[Precedent]:
        head, tail = hits[:self.depth], hits[self.depth:]
        for h in head:
            h.model_rating = self.rate(query, h.text)
        order = sorted(range(len(head)), key=lambda i: (-(head[i].model_rating or NEUTRAL), i))
        return [head[i] for i in order] + tail
