"""Reviewed answer cards (knowledge_base/cards/): finding the card that answers a question.

A card is chosen when the question is close to one of its phrasings (sentence embeddings)
and repeats its words (idf-weighted overlap with the card's title, phrasings, verdict, rule
and conditions). A middling match is accepted only when the card is about what retrieval
found (it shares a label with the best entry that is not a card), so that a question
on non-solicitation never gets the card on reversibility duration because both ask "how long".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from assistant.chat.statements import question_words
from assistant.knowledge.entries import Entry
from assistant.types import SearchResult

SURE = 1.0        # accepted on its own
LIKELY = 0.78     # accepted when retrieval agrees on the subject
OVERLAP_WEIGHT = 0.5


@dataclass(frozen=True)
class CardMatch:
    card: Entry
    score: float
    similarity: float
    overlap: float


def card_text(card: Entry) -> str:
    rule = card.rule.text if card.rule else ""
    return " ".join([card.title, *card.questions, card.verdict or "", rule, *card.conditions])


class CardIndex:
    """The cards of one knowledge base, with their phrasings embedded once."""

    def __init__(self, entries: Sequence[Entry], embeddings) -> None:
        self.cards = [e for e in entries if e.kind == "card"]
        self.embeddings = embeddings
        self._vectors: np.ndarray | None = None
        self._owners: list[int] = []

    def _matrix(self) -> np.ndarray:
        if self._vectors is None:
            texts = []
            for i, c in enumerate(self.cards):
                for q in (c.title, *c.questions):
                    texts.append(q)
                    self._owners.append(i)
            self._vectors = (self.embeddings.encode(texts) if texts
                             else np.zeros((0, 1), dtype=np.float32))
        return self._vectors

    def ranked(self, question: str, lang: str, overlap) -> list[CardMatch]:
        """Cards of the question's language, best first. `overlap(words, text)` is the composer's
        idf-weighted word overlap."""
        if not self.cards:
            return []
        qv = self.embeddings.encode([question], is_query=True)[0]
        sims = self._matrix() @ qv
        best: dict[int, float] = {}
        for owner, sim in zip(self._owners, sims):
            if self.cards[owner].lang == lang:
                best[owner] = max(best.get(owner, -1.0), float(sim))
        words = question_words(question)
        out = []
        for i, sim in best.items():
            ov = overlap(words, card_text(self.cards[i]))
            out.append(CardMatch(self.cards[i], sim + OVERLAP_WEIGHT * ov, sim, ov))
        out.sort(key=lambda m: -m.score)
        return out

    def match(self, question: str, lang: str, results: Sequence[SearchResult], overlap) -> CardMatch | None:
        """The card that answers the question, or None."""
        ranked = self.ranked(question, lang, overlap)
        if not ranked:
            return None
        top = _rests_on_what_was_found(ranked, results)
        if top.score >= SURE:
            return top
        if top.score < LIKELY:
            return None
        # a middling match counts when what retrieval found first (cards aside) is on the card's subject
        plain = [r for r in results if r.kind != "card"][:1]
        labels = {lab for r in plain for lab in r.labels[:3]}
        if labels & set(top.card.labels[:3]):
            return top
        return None


CLOSE = 0.1  # cards this close to the best are told apart by what retrieval found


def _rests_on_what_was_found(ranked: Sequence[CardMatch], results: Sequence[SearchResult]) -> CardMatch:
    """The best card, unless a card nearly as close rests on the entry retrieval found first (cards
    aside) and the best one does not: "how long may X last?" goes to the card on X, not to another
    card also asked "how long"."""
    top = ranked[0]
    plain = next((r for r in results if r.kind != "card"), None)
    if plain is None or plain.id in top.card.related_ids:
        return top
    for m in ranked[1:]:
        if m.score < top.score - CLOSE:
            break
        if plain.id in m.card.related_ids:
            return m
    return top

