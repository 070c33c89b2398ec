"""s25 (issue 15): a card asked about in so many words answers a short situational question whose words stray from it.

A card that declares an ask cue (premises.ASK_CUES: the legal consequence or the kind of thing its answer is about, such as
the criminal law or the company's own record of processing) is among the ranked cards only when the question states that
ask. When such a card is the best of the cascade, no other card whose ask the question states comes close, and retrieval
found it among its results, the consequence asked outweighs the situation's nouns (a host, patches, a stolen customer
base; an MSP that keeps its own record): the card answers, though its score stays under the bar a card matched on words
alone must reach. Read by `chat.cards.CardIndex.cascade`."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.chat.premises import ASK_CUES
from assistant.types import SearchResult

ASKED_FLOOR = 0.6  # the least score of a card asked about in so many words (the scorer's floor for a story's card)
ASKED_CLOSE = 0.1  # another card whose ask is stated this close to it makes two readings: left to the other rules


def declares_ask(card) -> bool:
    return bool(set(getattr(card, "premise", ()) or ()) & set(ASK_CUES))


def asked_in_words(top, ranked: Sequence, results: Sequence[SearchResult]):
    """`top` (a CardMatch of the ranked cards, whose premises the question states) when the question asks what it declares
    and nothing else stands in its way, else None."""
    if not declares_ask(top.card) or top.score < ASKED_FLOOR or top.card.id not in {r.id for r in results}:
        return None
    if any(m is not top and declares_ask(m.card) and m.score >= top.score - ASKED_CLOSE for m in ranked):
        return None
    return top
