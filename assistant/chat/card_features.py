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
- retrieval: the card's place among the hybrid search's first results (first or not), its similarity there, and
  whether it rests on the first entry found that is not a card;
- the card scorer's own verdict: the card's place in its ranking and its score's distance to the best.

The weights are fitted on the card-selection evaluation's material (every card's own phrasings held out one at a time,
and our own questions; `python -m evaluations.card_selection --fit`), never on an answer set, and stored in
`card_selector.json`; the runtime reads that file only.
"""

from __future__ import annotations

import json
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np


WEIGHTS_FILE = Path(__file__).with_name("card_selector.json")
FEATURES = ("similarity", "behind_best", "overlap", "same_kind", "kind_clash", "subject_share", "narrow_subject",
            "found_rank", "rests_on_first", "found_first", "found_similarity", "score_behind", "scorer_rank")
CANDIDATES = 8  # the cards ranked first by the scorer that the features are read for


@dataclass(frozen=True)
class Candidate:
    match: object  # cards.CardMatch
    features: np.ndarray


@dataclass(frozen=True)
class Selector:
    weights: np.ndarray
    bias: float  # a card is chosen when its score beats 0, the score of "no card"

    def scores(self, cands: Sequence[Candidate]) -> np.ndarray:
        if not cands:
            return np.zeros(0)
        return np.stack([c.features for c in cands]) @ self.weights + self.bias

    def pick(self, cands: Sequence[Candidate], margin: float = 0.0):
        """The chosen CardMatch, or None when no card scores more than `margin` above "no card"."""
        s = self.scores(cands)
        if not len(s) or s.max() <= margin:
            return None
        return cands[int(s.argmax())].match

    def to_json(self) -> dict:
        return {"features": list(FEATURES), "weights": [round(float(w), 5) for w in self.weights],
                "bias": round(float(self.bias), 5)}


@lru_cache(maxsize=4)
def load_selector(path: Path = WEIGHTS_FILE) -> Selector | None:
    """The fitted selector, or None when the file is missing or written for another feature list."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data.get("features", ())) != FEATURES:
        return None  # written for another feature list: not used
    return Selector(np.asarray(data["weights"], dtype=np.float64), float(data["bias"]))


def fit(groups: Sequence[tuple[Sequence[Candidate], int | None]], *, l2: float = 0.01, steps: int = 3000,
        rate: float = 0.5, weights: Sequence[float] | None = None) -> Selector:
    """Softmax over each item's candidates and a "no card" option scored 0; `groups`: (candidates, index of the
    right candidate, or None when no card answers or the right card is not among the candidates and must not be
    chosen in its place); `weights`: one per item (the few questions no card answers weigh as much as the many that
    one does). Plain gradient descent with an L2 penalty, numpy only."""
    dim = len(FEATURES)
    n = max(len(groups), 1)
    width = max((len(c) for c, _ in groups), default=0) + 1  # the last column: "no card", scored 0
    x = np.zeros((n, width, dim))
    mask = np.zeros((n, width), dtype=bool)
    target = np.zeros((n, width))
    for i, (cands, gold) in enumerate(groups):
        if cands:
            x[i, :len(cands)] = np.stack([c.features for c in cands])
            mask[i, :len(cands)] = True
        mask[i, -1] = True
        target[i, width - 1 if gold is None else gold] = 1.0
    card = mask.copy()
    card[:, -1] = False
    weight = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
    n = float(weight.sum()) or 1.0
    w, b = np.zeros(dim), 0.0
    for _ in range(steps):
        s = np.where(card, x @ w + b, 0.0)
        s = np.where(mask, s, -np.inf)
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        d = np.where(card, p - target, 0.0) * weight[:, None]
        w -= rate * (np.einsum("nk,nkd->d", d, x) / n + l2 * w)
        b -= rate * d.sum() / n
    return Selector(w, b)
