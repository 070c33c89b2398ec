"""Hybrid search: dense cosine over entry bodies and their user questions, plus a low-weight
BM25 for exact terms, fused by weighted reciprocal rank; one result per entry."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from assistant.knowledge.bm25 import BM25
from assistant.knowledge.index import VectorIndex
from assistant.knowledge.language import detect_language
from assistant.types import SearchResult

RRF_K = 20


@dataclass
class _Catalogue:
    bodies: dict[str, tuple[str, dict]]  # entry id → (body text, metadata)
    bm25: BM25 | None
    record_entry: list[str]  # BM25 doc index → entry id
    stamp: tuple[int, int]


def _pair_key(entry_id: str) -> str:
    return re.sub(r"\.(fr|en)$", "", entry_id)


def _where(kind: str | None, lang: str | None, label: str | None) -> dict | None:
    clauses = []
    if kind:
        clauses.append({"kind": kind})
    if lang:
        clauses.append({"lang": lang})
    if label:
        clauses.append({label: True})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _meta_ok(meta: dict, kind: str | None, lang: str | None, label: str | None) -> bool:
    return ((not kind or meta.get("kind") == kind) and (not lang or meta.get("lang") == lang)
            and (not label or bool(meta.get(label))))


class HybridRetriever:
    """Implements the `Retriever` protocol over a `VectorIndex`."""

    def __init__(self, index: VectorIndex, *, bm25_weight: float = 0.35, dense_weight: float = 1.0,
                 dedupe_pairs: bool = True) -> None:
        self.index = index
        self.bm25_weight = bm25_weight
        self.dense_weight = dense_weight
        self.dedupe_pairs = dedupe_pairs
        self._cat: _Catalogue | None = None
        self._lock = threading.Lock()

    # -- catalogue (entry texts + BM25), refreshed when the collection changes ------------
    def _catalogue(self) -> _Catalogue:
        stamp = (self.index.generation, self.index.count())
        cat = self._cat
        if cat is not None and cat.stamp == stamp:
            return cat
        with self._lock:
            if self._cat is not None and self._cat.stamp == stamp:
                return self._cat
            got = self.index.all_records()
            bodies: dict[str, tuple[str, dict]] = {}
            docs, owners = [], []
            for doc, meta in zip(got["documents"], got["metadatas"]):
                if meta.get("part") == "body":
                    bodies[meta["entry_id"]] = (doc, meta)
                docs.append(doc)
                owners.append(meta["entry_id"])
            bm25 = BM25(docs) if self.bm25_weight > 0 and docs else None
            self._cat = _Catalogue(bodies=bodies, bm25=bm25, record_entry=owners, stamp=stamp)
            return self._cat

    def warm(self) -> None:
        """Load the model and the catalogue now rather than on the first question."""
        self._catalogue()
        self.index.embeddings.encode(["warm up"], is_query=True)

    # -- ranking -------------------------------------------------------------------------
    def dense_ranking(self, query: str, *, n: int, where: dict | None) -> dict[str, float]:
        vector = self.index.embeddings.encode([query], is_query=True)[0]
        best: dict[str, float] = {}
        for _rid, sim, meta in self.index.query(vector, n=n, where=where):
            eid = meta["entry_id"]
            if sim > best.get(eid, -1.0):
                best[eid] = sim
        return best

    def bm25_ranking(self, query: str, cat: _Catalogue, *, n: int, kind, lang, label) -> dict[str, float]:
        if cat.bm25 is None:
            return {}
        best: dict[str, float] = {}
        for doc, score in cat.bm25.top(query, n * 4):
            eid = cat.record_entry[doc]
            body = cat.bodies.get(eid)
            if body is None or not _meta_ok(body[1], kind, lang, label):
                continue
            if score > best.get(eid, 0.0):
                best[eid] = score
        return best

    def search(self, query: str, *, k: int = 5, kind: str | None = None, lang: str | None = None,
               label: str | None = None, prefer_lang: str | None = None) -> list[SearchResult]:
        query = (query or "").strip()
        if not query or k < 1:
            return []
        cat = self._catalogue()
        n = min(max(k * 12, 60), 300)
        dense = self.dense_ranking(query, n=n, where=_where(kind, lang, label)) if self.dense_weight > 0 else {}
        sparse = self.bm25_ranking(query, cat, n=n, kind=kind, lang=lang, label=label)
        fused: dict[str, float] = {}
        for weight, scores in ((self.dense_weight, dense), (self.bm25_weight, sparse)):
            for rank, eid in enumerate(sorted(scores, key=lambda e: -scores[e])):
                fused[eid] = fused.get(eid, 0.0) + weight / (RRF_K + rank + 1)
        order = sorted(fused, key=lambda e: -fused[e])
        if self.dedupe_pairs and not lang:
            order = self._dedupe(order, prefer_lang or detect_language(query))
        results = []
        for eid in order[:k]:
            body = cat.bodies.get(eid)
            if body is None:
                continue
            text, meta = body
            labels = tuple(x for x in meta.get("labels", "").split("|") if x)
            results.append(SearchResult(
                id=eid, kind=meta["kind"], lang=meta["lang"], title=meta["title"], labels=labels,
                score=fused[eid], text=text, similarity=dense.get(eid, 0.0)))
        return results

    @staticmethod
    def _dedupe(order: list[str], lang: str) -> list[str]:
        """Keep one language version of each FR/EN pair: the query's, at the pair's best rank."""
        present = set(order)
        seen: set[str] = set()
        out = []
        for eid in order:
            key = _pair_key(eid)
            if key in seen:
                continue
            seen.add(key)
            preferred = f"{key}.{lang}"
            out.append(preferred if preferred in present else eid)
        return out
