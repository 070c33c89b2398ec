"""Helpers shared by the answer-class tests of the index tier: ask the app and read the answer folded, and the ids the
answer cites. A question written "EN: …" in a test table is asked without that marker (it only labels the language
for the reader of the table)."""
from __future__ import annotations

import re

from evaluations.answer_scoring import fold, verdict_text  # the scoring fold the answer tests compare with


def ask(app, question: str, role: str = "client"):
    """(the Answer, its text folded)."""
    q = question[3:].strip() if question.startswith("EN:") else question
    ans = app.ask(q, role=role)
    return ans, fold(ans.answer)


def cited_line(answer: str, pattern: str, skip: "re.Pattern | None" = None) -> str | None:
    """The first line (paragraph or list item) of the answer that matches the pattern (folded) and carries a [n]
    citation, leaving out the lines `skip` matches."""
    for line in answer.split("\n"):
        low = fold(line)
        if re.search(pattern, low) and re.search(r"\[\d+\]", line) and not (skip and skip.search(low)):
            return line
    return None


def cited_ids(ans) -> list[str]:
    return [c.id for c in ans.citations]


def first_cited(ans) -> str:
    return ans.citations[0].id if ans.citations else ""


def cards_by_id() -> dict:
    """Every reviewed answer card of the knowledge base, by id."""
    from assistant.knowledge.entries import load_entries  # noqa: PLC0415

    return {e.id: e for e in load_entries() if e.kind == "card"}


def card_cites(card) -> str:
    return " ".join([*card.rule.cites, *card.sources])


def assert_card_states(card, opening: str, articles: tuple, body: str) -> None:
    """A card opens on its verdict (`opening`), cites each article, states `body` in its verdict, rule or conditions
    and has at least five phrasings."""
    assert re.match(r"\W*" + opening, fold(card.verdict)), card.verdict
    cites = card_cites(card)
    for art in articles:
        assert re.search(r"(?<![\w-])" + re.escape(art) + r"(?![\w-])", cites), (art, cites)
    whole = fold(" ".join([card.verdict, card.rule.text, *card.conditions]))
    assert re.search(body, whole), body
    assert len(card.questions) >= 5


def assert_reaches_card(ans, text: str, card: str, article: str, verdict: str) -> None:
    """The answer's first citation is the card, the answer names the article and its opening gives the verdict."""
    assert first_cited(ans).startswith(f"card.{card}."), cited_ids(ans)
    assert re.search(article, text), article
    opening = fold(verdict_text(ans.answer))
    assert re.search(r"^\W*(" + verdict + r")", opening) or re.search(verdict, opening), verdict_text(ans.answer)
