"""s25 (issue 15): a card asked about in so many words answers a short situational question whose words stray from it.

A card that declares an ask cue (premises.ASK_CUES: the legal consequence or the kind of thing its answer is about, such as
the criminal law or the company's own record of processing) is among the ranked cards only when the question states that
ask. When the cascade's other rules found no card, such a card close to the best (or the best itself), found by retrieval
among its results, with no other card whose ask the question states near it, answers: the consequence asked
outweighs the situation's nouns (a host, patches, a stolen customer base; an MSP that keeps its own record), though its
score stays under the bar a card matched on words alone must reach. Read by `chat.cards.CardIndex.cascade`."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.chat.premises import ASK_CUES
from assistant.types import SearchResult

ASKED_FLOOR = 0.55  # the least score of a card asked about in so many words
ASKED_BEHIND = 0.15  # ... and how far behind the cascade's best card it may stand, the situation's nouns favouring that one
ASKED_CLOSE = 0.1  # another card whose ask is stated this close to it makes two readings: left to the other rules


def declares_ask(card) -> bool:
    return bool(set(getattr(card, "premise", ()) or ()) & set(ASK_CUES))


def asked_in_words(top, ranked: Sequence, results: Sequence[SearchResult]):
    """Of the ranked cards (whose premises the question states), the best one declaring an ask, when it stands within
    ASKED_BEHIND of `top` (the cascade's best), above ASKED_FLOOR, retrieval found it among its results or it is the first
    of the ranked cards (s28), and no other card whose ask is stated comes within ASKED_CLOSE of it; else None."""
    asked = [m for m in ranked if declares_ask(m.card)]
    if not asked:
        return None
    best = max(asked, key=lambda m: m.score)
    if best.score < max(ASKED_FLOOR, top.score - ASKED_BEHIND):
        return None
    if best.card.id not in {r.id for r in results} and best is not ranked[0]:
        # s28: retrieval's finds shift as cards are added; a card whose ask the question states and that the scorer puts
        # first of the cards whose premises the question states needs no find of retrieval's to agree
        return None
    if any(m is not best and m.score >= best.score - ASKED_CLOSE for m in asked):
        return None
    return best
