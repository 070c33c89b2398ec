"""One score per card from a few features (issue 15, s17: which card answers a new question).

The cascade of `cards.CardIndex.match` decides with hand-made exceptions; this module reads the same evidence as a
handful of numbers per candidate card, so that one weighted sum can rank the cards and a fitted threshold can say
"no card answers this" (`card: None`):

- similarity: the best cosine between the question's views (the message, each sentence of a story with its ask) and
  the card's phrasings, and that similarity's distance to the best card's;
- overlap: the idf-weighted share of the question's words the card repeats;
- question type: the card is written for the kind of question asked; or for a comparison asked as something else (or
  the reverse);
- subject: the share of the subjects the question names (clause topics, terms, Art. 28 duties) among the card's main
  labels, and whether a narrow one is among them;
- retrieval: the card's place among the hybrid search's first results, and whether it rests on the first entry found
  that is not a card.

The weights are fitted on the card-selection evaluation's material (every card's own phrasings held out one at a time,
and our own questions; `python -m evaluations.card_selection --fit`), never on an answer set, and stored in
`card_selector.json`; the runtime reads that file only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from assistant.chat.answer_plan import question_type
from assistant.types import SearchResult

WEIGHTS_FILE = Path(__file__).with_name("card_selector.json")
FEATURES = ("similarity", "behind_best", "overlap", "same_kind", "kind_clash", "subject_share", "narrow_subject",
            "found_rank", "rests_on_first")
CANDIDATES = 8  # the cards ranked first by the scorer that the features are read for


@dataclass(frozen=True)
class Candidate:
    match: object  # cards.CardMatch
    features: np.ndarray


def candidates(question: str, ranked: Sequence, results: Sequence[SearchResult]) -> list[Candidate]:
    """The features of the first CANDIDATES cards of `ranked` (CardMatch list, best first, premises already checked)."""
    from assistant.chat.cards import _COMPARING, coverage, rests_on, same_kind, specific, subject_labels

    if not ranked:
        return []
    asked = question_type(question)
    named = subject_labels(question)
    narrow = specific(named)
    best_sim = max(m.similarity for m in ranked)
    order = [r.id for r in results]
    plain = next((r for r in results if r.kind != "card"), None)
    out = []
    for m in list(ranked)[:CANDIDATES]:
        card = m.card
        kind = card.question_type
        clash = bool(asked and ((kind == "compare") != (asked in _COMPARING)) and
                     not (kind in _COMPARING and asked in _COMPARING))
        rank = order.index(card.id) if card.id in order else None
        f = np.array([
            m.similarity,
            m.similarity - best_sim,
            m.overlap,
            1.0 if same_kind(kind, asked) else 0.0,
            1.0 if clash else 0.0,
            coverage(card, named) / len(named) if named else 0.0,
            1.0 if narrow & set(card.labels[:3]) else 0.0,
            1.0 / (1 + rank) if rank is not None else 0.0,
            1.0 if plain is not None and rests_on(card, plain.id) else 0.0,
        ], dtype=np.float64)
        out.append(Candidate(m, f))
    return out


@dataclass(frozen=True)
class Selector:
    weights: np.ndarray
    bias: float  # a card is chosen when its score beats 0, the score of "no card"

    def scores(self, cands: Sequence[Candidate]) -> np.ndarray:
        if not cands:
            return np.zeros(0)
        return np.stack([c.features for c in cands]) @ self.weights + self.bias

    def pick(self, cands: Sequence[Candidate]):
        """The chosen CardMatch, or None."""
        s = self.scores(cands)
        if not len(s) or s.max() <= 0:
            return None
        return cands[int(s.argmax())].match

    def to_json(self) -> dict:
        return {"features": list(FEATURES), "weights": [round(float(w), 5) for w in self.weights],
                "bias": round(float(self.bias), 5)}


def load_selector(path: Path = WEIGHTS_FILE) -> Selector | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data.get("features", ())) != FEATURES:
        return None  # written for another feature list: not used
    return Selector(np.asarray(data["weights"], dtype=np.float64), float(data["bias"]))


def fit(groups: Sequence[tuple[Sequence[Candidate], int | None]], *, l2: float = 0.01, steps: int = 3000,
        rate: float = 0.5) -> Selector:
    """Softmax over each item's candidates and a "no card" option scored 0; `groups`: (candidates, index of the
    right candidate, or None when no card answers or the right card is not among the candidates and must not be
    chosen in its place). Plain gradient descent with an L2 penalty, numpy only."""
    dim = len(FEATURES)
    w, b = np.zeros(dim), 0.0
    data = [(np.stack([c.features for c in cands]) if cands else np.zeros((0, dim)), gold) for cands, gold in groups]
    n = max(len(data), 1)
    for _ in range(steps):
        gw, gb = l2 * w, 0.0
        for x, gold in data:
            s = np.concatenate([x @ w + b, [0.0]])
            p = np.exp(s - s.max())
            p /= p.sum()
            target = np.zeros(len(s))
            target[len(s) - 1 if gold is None else gold] = 1.0
            d = p - target
            gw += x.T @ d[:-1] / n
            gb += d[:-1].sum() / n
        w -= rate * gw
        b -= rate * gb
    return Selector(w, b)
