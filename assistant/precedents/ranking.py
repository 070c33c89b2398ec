"""Ranking of a bank's clauses for one query: keyword (BM25, on the query and on its clause
vocabulary), dense similarity, and the facts the query asks for matched against each clause's
facts, fused with weights learned on ACORD's training queries (`weights.json`, written by
`python -m evaluations.acord --learn`); then the fused top candidates re-ordered by a learned
tree re-ranker (`trees.py`, `reranker.json`, written by `--learn-reranker`) that also reads the
share of the query's words a clause has, its length, the raw dense cosine, its heading and its
likeness to the fused top clauses (dense pseudo-relevance feedback)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from assistant.precedents import lexicon as lx
from assistant.precedents.facts import ClauseFacts
from assistant.precedents.keyword import ArrayBM25
from assistant.precedents.query import QueryIntent
from assistant.precedents.trees import TreeModel

WEIGHTS_FILE = Path(__file__).with_name("weights.json")
FEATURES = ("bm25", "bm25_expanded", "dense", "topic", "carve_out", "no_carve_out", "cap_basis", "side",
            "absent_topic", "clause_type")
DEFAULT_WEIGHTS = {"bm25": 1.0, "bm25_expanded": 0.5, "dense": 0.3, "topic": 0.5, "carve_out": 0.5,
                   "no_carve_out": 0.3, "cap_basis": 0.3, "side": 0.3, "absent_topic": 0.5, "clause_type": 0.5}
_TOPIC = {c.name: i for i, c in enumerate(lx.ALL_TOPICS)}
_TYPES = {c.name for c in lx.CLAUSE_TYPES}
_CARVE = {c.name: i for i, c in enumerate(lx.CARVE_OUTS)}
_SIDE = {"seller": 1, "buyer": 2, "mutual": 3}
_BASIS = {"purchase_price": 1, "fixed_amount": 2, "insurance": 3}
# What the tree re-ranker reads besides FEATURES: the share of the query's keywords in the clause,
# log of its length in words, the raw dense cosine, BM25 on its first words (a heading such as
# "Limitation of Liability.") and the fused score itself; then "prf": the cosine of the clause to the
# mean vector of the fused top PRF_DEPTH clauses (pseudo-relevance feedback: clauses written like the
# best keyword-and-facts matches; ACORD train 5-fold CV NDCG@5 0.776 -> 0.797, validation 0.586 -> 0.623).
RERANK_FEATURES = FEATURES + ("coverage", "log_length", "dense_raw", "heading", "fused", "prf")
HEAD_WORDS = 12
PRF_DEPTH = 10
PRF_POOL = 300  # the candidates whose cosines to that mean vector set its scale


def load_weights(path: Path | None = None) -> dict[str, float]:
    path = path or WEIGHTS_FILE
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return {k: float(data["weights"].get(k, 0.0)) for k in FEATURES}
    except (OSError, ValueError, KeyError):
        return dict(DEFAULT_WEIGHTS)


class FactMatrix:
    """The facts of every clause of a bank as arrays, so a query's fact features cost a few numpy ops."""

    def __init__(self, facts: Sequence[ClauseFacts]) -> None:
        n = len(facts)
        self.topics = np.zeros((n, len(_TOPIC)), dtype=np.float32)
        self.carves = np.zeros((n, len(_CARVE)), dtype=np.float32)
        self.has_carve = np.zeros(n, dtype=np.float32)
        self.side = np.zeros(n, dtype=np.int8)
        self.basis = np.zeros(n, dtype=np.int8)
        for i, f in enumerate(facts):
            for t in f.topics:
                self.topics[i, _TOPIC[t]] = 1
            for c in f.carve_outs:
                self.carves[i, _CARVE[c]] = 1
            self.has_carve[i] = f.has_carve_out
            self.side[i] = _SIDE.get(f.favours or "", 0)
            self.basis[i] = _BASIS.get(f.cap_basis or "", 0)


@dataclass
class BankIndex:
    """What ranking needs of one bank, in memory: texts for BM25, vectors, fact arrays."""
    bm25: ArrayBM25
    vectors: np.ndarray | None
    facts: FactMatrix
    heads: ArrayBM25 | None = None  # BM25 without length normalisation over each clause's first words

    @classmethod
    def build(cls, texts: Sequence[str], facts: Sequence[ClauseFacts], vectors: np.ndarray | None) -> "BankIndex":
        heads = ArrayBM25([" ".join(t.split()[:HEAD_WORDS]) for t in texts], b=0.0)
        return cls(bm25=ArrayBM25(texts), vectors=vectors, facts=FactMatrix(facts), heads=heads)

    @property
    def size(self) -> int:
        return self.bm25.n


def _bm25(index: BankIndex, text: str) -> np.ndarray:
    if not text.strip():
        return np.zeros(index.size, dtype=np.float32)
    out = index.bm25.scores(text)
    top = out.max() if len(out) else 0.0
    return out / top if top > 0 else out


def features(intent: QueryIntent, index: BankIndex, query_vector: np.ndarray | None) -> np.ndarray:
    """(n clauses × len(FEATURES)) matrix for this query."""
    n, fm = index.size, index.facts
    cols = np.zeros((n, len(FEATURES)), dtype=np.float32)
    words = intent.keywords or intent.text
    cols[:, 0] = _bm25(index, words)
    cols[:, 1] = _bm25(index, f"{words} {intent.expanded}") if intent.expanded else cols[:, 0]
    if index.vectors is not None and query_vector is not None and len(index.vectors):
        sims = index.vectors @ query_vector.astype(np.float32)
        sd = float(sims.std()) or 1.0
        cols[:, 2] = (sims - sims.mean()) / sd / 4.0  # z-score scaled to about BM25's 0..1 spread
    liability = [_TOPIC[t] for t in intent.topics if t not in _TYPES]
    if liability:
        cols[:, 3] = fm.topics[:, liability].mean(axis=1)
    types = [_TOPIC[t] for t in intent.topics if t in _TYPES]
    if types:
        cols[:, 9] = fm.topics[:, types].mean(axis=1)
    if intent.carve_outs:
        cols[:, 4] = fm.carves[:, [_CARVE[c] for c in intent.carve_outs]].mean(axis=1)
    elif intent.wants_carve_out:
        cols[:, 4] = fm.has_carve
    if intent.no_carve_out:
        cols[:, 5] = 1.0 - 2.0 * fm.has_carve
    if intent.cap_basis:
        want = _BASIS[intent.cap_basis]  # the asked basis: +1; a cap on another stated basis: -0.5
        cols[:, 6] = np.where(fm.basis == want, 1.0, np.where(fm.basis == 0, 0.0, -0.5))
    if intent.side:
        want = _SIDE[intent.side]
        side = np.where(fm.side == want, 1.0, np.where(fm.side == 0, 0.0, -1.0))
        if intent.side != "mutual":
            side = np.where(fm.side == _SIDE["mutual"], -0.5, side)
        cols[:, 7] = side
    if intent.absent_topics:  # a type the query wants left out: -1 for a clause that has one
        cols[:, 8] = -fm.topics[:, [_TOPIC[t] for t in intent.absent_topics]].max(axis=1)
    return cols


def fuse(cols: np.ndarray, weights: dict[str, float]) -> np.ndarray:
    w = np.array([weights.get(f, 0.0) for f in FEATURES], dtype=np.float32)
    return cols @ w


def _coverage(index: BankIndex, text: str) -> np.ndarray:
    """The share of the query's distinct keyword terms each clause contains."""
    out = np.zeros(index.size, dtype=np.float32)
    words = set(index.bm25.tokens(text))
    for term in words:
        hit = index.bm25.postings.get(term)
        if hit is not None:
            out[hit[0]] += 1
    return out / max(len(words), 1)


def rerank_features(intent: QueryIntent, index: BankIndex, query_vector: np.ndarray | None, cols: np.ndarray,
                    fused: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """(len(rows) × len(RERANK_FEATURES)) for the candidate clauses `rows`."""
    words = intent.keywords or intent.text
    extra = np.zeros((len(rows), 6), dtype=np.float32)
    extra[:, 0] = _coverage(index, words)[rows]
    extra[:, 1] = np.log1p(index.bm25.lengths[rows])
    if index.vectors is not None and query_vector is not None and len(index.vectors):
        extra[:, 2] = index.vectors[rows] @ query_vector.astype(np.float32)
    if index.heads is not None and words.strip():
        head = index.heads.scores(words)
        top = head.max() if len(head) else 0.0
        extra[:, 3] = (head / top if top > 0 else head)[rows]
    extra[:, 4] = fused[rows]
    extra[:, 5] = _feedback(index, fused, rows)
    return np.hstack([cols[rows], extra])


def _feedback(index: BankIndex, fused: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """For the clauses `rows`: the cosine to the mean vector of the fused top PRF_DEPTH clauses,
    z-scored over the fused top PRF_POOL candidates (not the whole bank: one product over a 100,000-clause
    bank's vectors costs ~70 ms on the shared cores) and scaled like the dense column; zeros when the bank
    has no vectors."""
    if index.vectors is None or not len(index.vectors) or index.size < 2:
        return np.zeros(len(rows), dtype=np.float32)
    k = min(PRF_DEPTH, index.size)
    centre = index.vectors[np.argpartition(-fused, k - 1)[:k]].mean(axis=0)
    norm = float(np.linalg.norm(centre))
    if norm == 0:
        return np.zeros(len(rows), dtype=np.float32)
    centre = (centre / norm).astype(np.float32)
    m = min(PRF_POOL, index.size)
    pool = np.argpartition(-fused, m - 1)[:m] if m < index.size else np.arange(index.size)
    ref = index.vectors[pool] @ centre
    sd = float(ref.std()) or 1.0
    return ((index.vectors[rows] @ centre - float(ref.mean())) / sd / 4.0).astype(np.float32)


def score(intent: QueryIntent, index: BankIndex, query_vector: np.ndarray | None, weights: dict[str, float],
          model: TreeModel | None = None) -> np.ndarray:
    """Every clause's score: the fused one, and for the fused top `model.depth` the re-ranker's,
    lifted above every other clause so the re-ordered candidates stay on top."""
    cols = features(intent, index, query_vector)
    fused = fuse(cols, weights)
    if model is None or not index.size:
        return fused
    n = min(model.depth, index.size)
    top = np.argpartition(-fused, n - 1)[:n] if n < index.size else np.arange(index.size)
    pred = model.predict(rerank_features(intent, index, query_vector, cols, fused, top))
    if model.blend is not None:
        pred = fused[top] + model.blend * pred
    out = (fused - fused.max()).astype(np.float64) + float(pred.min()) - 1.0  # every other clause below them
    out[top] = pred
    return out
