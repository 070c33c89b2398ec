"""The array form of the knowledge-base BM25 gives the scores and the order of the plain loop it replaced."""

from __future__ import annotations

import math
import pickle
from collections import defaultdict

from assistant.knowledge.bm25 import BM25, tokenize

DOCS = [
    "Le Prestataire garantit une disponibilité de 99,5 % mesurée chaque mois.",
    "The Provider's aggregate liability shall not exceed the fees paid in the twelve months.",
    "Responsabilité : le plafond est fixé à douze mois de redevance, hors faute lourde.",
    "Réversibilité : restitution des données dans un format ouvert à la fin du contrat.",
    "Sub-processors may be engaged only with the Customer's prior written authorisation.",
    "Le Prestataire garantit une disponibilité de 99,5 % mesurée chaque mois.",  # a twin: equal scores
    "Pénalités de retard plafonnées à 10 % de la redevance mensuelle.",
    "",
]


def _loop_scores(bm: BM25, query: str) -> dict[int, float]:
    acc: dict[int, float] = defaultdict(float)
    for term in set(tokenize(query)):
        plist = bm.postings.get(term)
        if not plist:
            continue
        idf = math.log(1 + (bm.n - len(plist) + 0.5) / (len(plist) + 0.5))
        for doc, tf in plist:
            norm = tf + bm.k1 * (1 - bm.b + bm.b * bm.lengths[doc] / bm.avg)
            acc[doc] += idf * tf * (bm.k1 + 1) / norm
    return dict(acc)


QUERIES = ["plafond de responsabilité douze mois", "liability cap fees twelve months", "disponibilité 99,5 %",
           "sous-traitants autorisation préalable écrite", "rien à voir xyzzy", "pénalités plafonnées redevance"]


def test_scores_equal_the_loop_exactly():
    bm = BM25(DOCS)
    for q in QUERIES:
        assert bm.scores(q) == _loop_scores(bm, q), q


def test_top_orders_by_score_and_ties_by_document():
    bm = BM25(DOCS)
    top = bm.top("disponibilité mesurée chaque mois", 3)
    assert [d for d, _ in top[:2]] == [0, 5]  # the twins tie: the lower number first
    assert top[0][1] == top[1][1] > top[2][1] > 0
    assert bm.top("xyzzy", 5) == []
    for q in QUERIES:
        want = sorted(_loop_scores(bm, q).values(), reverse=True)[:4]
        assert [s for _, s in bm.top(q, 4)] == want


def test_pickled_catalogue_leaves_the_arrays_out_and_rebuilds_them():
    bm = BM25(DOCS)
    before = bm.scores(QUERIES[0])
    assert "_columns" in bm.__dict__
    copy = pickle.loads(pickle.dumps(bm))
    assert "_columns" not in copy.__dict__ and "_norm" not in copy.__dict__
    assert copy.scores(QUERIES[0]) == before
