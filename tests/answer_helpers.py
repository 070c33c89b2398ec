"""Helpers shared by the answer-class tests of the index tier: ask the app and read the answer folded, and the ids the
answer cites. A question written "EN: …" in a test table is asked without that marker (it only labels the language
for the reader of the table)."""
from __future__ import annotations

from evaluations.answer_scoring import fold  # the scoring fold the answer tests compare with


def ask(app, question: str, role: str = "client"):
    """(the Answer, its text folded)."""
    q = question[3:].strip() if question.startswith("EN:") else question
    ans = app.ask(q, role=role)
    return ans, fold(ans.answer)


def cited_ids(ans) -> list[str]:
    return [c.id for c in ans.citations]


def first_cited(ans) -> str:
    return ans.citations[0].id if ans.citations else ""
