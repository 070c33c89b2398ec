"""Hybrid search: dense cosine over entry bodies and their user questions, plus a low-weight
BM25 for exact terms, fused by weighted reciprocal rank; one result per entry."""

from __future__ import annotations

import logging
import os
import pickle
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.knowledge.bm25 import BM25, TOKENIZER_VERSION
from assistant.knowledge.index import VectorIndex
from assistant.knowledge.language import detect_language
from assistant.types import SearchResult

log = logging.getLogger("clausier.retrieval")
RRF_K = 20
EXACT_BELOW = 20_000  # up to this many records, dense search is an exact numpy product (~1 ms)


@dataclass
class _Catalogue:
    bodies: dict[str, tuple[str, dict]]  # entry id → (body text, metadata)
    bm25: BM25 | None
    record_entry: list[str]  # BM25 doc index → entry id
    stamp: tuple[int, int]
    records: dict[str, dict] = None  # record id → metadata: dense hits need no metadata round trip
    metas: list[dict] = field(default_factory=list)  # aligned with record_entry and matrix rows
    matrix: np.ndarray | None = None  # all record vectors (normalised) when the collection is small
    rows: dict = field(default_factory=dict)  # (kind, lang, label) → row indices passing that filter

    def rows_for(self, kind, lang, label) -> np.ndarray | None:
        if not (kind or lang or label):
            return None
        key = (kind, lang, label)
        found = self.rows.get(key)
        if found is None:
            found = np.fromiter((i for i, m in enumerate(self.metas) if _meta_ok(m, kind, lang, label)), dtype=np.int64)
            self.rows[key] = found
        return found


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


def visible_to(meta: dict, owner: str | None) -> bool:
    """User documents are private to whoever added them; "" marks the shared library."""
    return meta.get("source") != "user" or meta.get("owner", "") in ("", owner or "")


def _meta_ok(meta: dict, kind: str | None, lang: str | None, label: str | None) -> bool:
    return ((not kind or meta.get("kind") == kind) and (not lang or meta.get("lang") == lang)
            and (not label or bool(meta.get(label))))


class HybridRetriever:
    """Implements the `Retriever` protocol over a `VectorIndex`."""

    def __init__(self, index: VectorIndex, *, bm25_weight: float = 1.0, dense_weight: float = 1.0,
                 dedupe_pairs: bool = True, exact_below: int = EXACT_BELOW, cache_dir: Path | None = None) -> None:
        self.index = index
        self.exact_below = exact_below
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.bm25_weight = bm25_weight
        self.dense_weight = dense_weight
        self.dedupe_pairs = dedupe_pairs
        self._cat: _Catalogue | None = None
        self._lock = threading.Lock()
        self._counted: tuple[float, int, str] = (-1e9, 0, "")
        self._counted_gen = -1

    # -- catalogue (entry texts + BM25), refreshed when the collection changes ------------
    def _stamp(self) -> tuple[int, int, str]:
        """(local generation, size, content version), asked of Chroma at most once a second
        (~1 ms): writes in this process bump `index.generation` at once; another process's
        writes (a replica, `clausier ingest`) show in the version within a second."""
        now, generation = time.monotonic(), self.index.generation
        if now - self._counted[0] > 1.0 or generation != self._counted_gen:
            self._counted = (now, self.index.count(), self.index.version(fresh=True))
            self._counted_gen = generation
        return (generation, self._counted[1], self._counted[2])

    def _cache_file(self, stamp) -> Path | None:
        if self.cache_dir is None or not stamp[2]:
            return None
        return self.cache_dir / (f"catalogue-{self.index.name}-{stamp[2]}-{stamp[1]}-{self.exact_below}"
                                 f"-t{TOKENIZER_VERSION}.pickle")

    def _load_cached(self, stamp) -> _Catalogue | None:
        path = self._cache_file(stamp)
        if path is None or not path.exists():
            return None
        try:
            with open(path, "rb") as f:
                cat = pickle.load(f)  # our own file in the user's data directory
            cat.stamp, cat.rows = stamp, {}
            return cat
        except Exception:  # noqa: BLE001 - a damaged cache is rebuilt, never fatal
            return None

    def _save_cached(self, cat: _Catalogue) -> None:
        """The catalogue (texts, BM25, vectors) on disk: a fresh process (a CLI command, the app,
        a replica) loads it in ~0.1 s instead of fetching every record and re-stemming them."""
        path = self._cache_file(cat.stamp)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            for old in path.parent.glob(f"catalogue-{self.index.name}-*.pickle"):
                old.unlink(missing_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                pickle.dump(_Catalogue(bodies=cat.bodies, bm25=cat.bm25, record_entry=cat.record_entry, stamp=(),
                                       records=cat.records, metas=cat.metas, matrix=cat.matrix), f,
                            protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
        except OSError as exc:
            log.info("catalogue cache not written: %s", exc)

    def _catalogue(self) -> _Catalogue:
        stamp = self._stamp()
        cat = self._cat
        if cat is not None and cat.stamp == stamp:
            return cat
        with self._lock:
            if self._cat is not None and self._cat.stamp == stamp:
                return self._cat
            cached = self._load_cached(stamp)
            if cached is not None:
                self._cat = cached
                return cached
            exact = 0 < stamp[1] <= self.exact_below
            got = self.index.all_records(embeddings=exact)
            bodies: dict[str, tuple[str, dict]] = {}
            docs, owners = [], []
            for doc, meta in zip(got["documents"], got["metadatas"]):
                if meta.get("part") == "body":
                    bodies[meta["entry_id"]] = (doc, meta)
                docs.append(doc)
                owners.append(meta["entry_id"])
            bm25 = BM25(docs) if self.bm25_weight > 0 and docs else None
            matrix = None
            if exact and got["ids"]:
                matrix = np.asarray(got["embeddings"], dtype=np.float32)
                matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
            self._cat = _Catalogue(bodies=bodies, bm25=bm25, record_entry=owners, stamp=stamp,
                                   records=dict(zip(got["ids"], got["metadatas"])), metas=list(got["metadatas"]),
                                   matrix=matrix)
            self._save_cached(self._cat)
            return self._cat

    def prepare(self) -> None:
        """Build (and cache on disk) the catalogue now, e.g. right after an index update."""
        self._catalogue()

    def warm(self) -> None:
        """Load the model and the catalogue now rather than on the first question."""
        self._catalogue()
        self.index.embeddings.encode(["warm up"], is_query=True)

    # -- ranking -------------------------------------------------------------------------
    def dense_ranking(self, query: str, *, n: int, where: dict | None, cat: _Catalogue | None = None,
                      kind: str | None = None, lang: str | None = None, label: str | None = None,
                      vector=None) -> dict[str, float]:
        """Nearest records → best similarity per entry. With the catalogue at hand, Chroma returns
        ids and distances only (its metadata fetch cost ~10 ms a query), and filters are applied
        here over a 4x wider unfiltered query (a Chroma `where` cost ~35 ms on 4k records);
        Chroma filters only when too few records pass, so the top of the ranking stays exact."""
        if vector is None:
            vector = self.index.embeddings.encode([query], is_query=True)[0]
        if cat is not None and cat.matrix is not None:
            return self._dense_exact(vector, cat, n=n, kind=kind, lang=lang, label=label)
        if cat is None or cat.records is None:
            return self._dense_where(vector, n=n, where=where)
        size = max(1, len(cat.records))
        filtered = bool(kind or lang or label)
        hits = self.index.query_ids(vector, n=min(n * 4 if filtered else n, size))
        best: dict[str, float] = {}
        kept = 0
        for rid, sim in hits:
            meta = cat.records.get(rid)
            if meta is None:  # written by another process since the catalogue was built
                return self._dense_where(vector, n=n, where=where)
            if filtered and not _meta_ok(meta, kind, lang, label):
                continue
            kept += 1
            eid = meta["entry_id"]
            if sim > best.get(eid, -1.0):
                best[eid] = sim
            if kept >= n:
                break
        if filtered and kept < n and len(hits) < size:
            return self._dense_where(vector, n=n, where=where)
        return best

    @staticmethod
    def _dense_exact(vector, cat: _Catalogue, *, n: int, kind, lang, label) -> dict[str, float]:
        """Exact cosine over every record (or those passing the filter): the same answer HNSW
        approximates, for ~1 ms on a knowledge-base-sized collection."""
        rows = cat.rows_for(kind, lang, label)
        matrix = cat.matrix if rows is None else cat.matrix[rows]
        if not len(matrix):
            return {}
        sims = matrix @ np.asarray(vector, dtype=np.float32)
        m = min(n, len(sims))
        top = np.argpartition(-sims, m - 1)[:m] if m < len(sims) else np.arange(len(sims))
        best: dict[str, float] = {}
        for j in top:
            eid = cat.record_entry[int(rows[j]) if rows is not None else int(j)]
            sim = float(sims[j])
            if sim > best.get(eid, -1.0):
                best[eid] = sim
        return best

    def _dense_where(self, vector, *, n: int, where: dict | None) -> dict[str, float]:
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

    def encode_queries(self, queries: list[str]):
        """The embeddings of several queries in one call (one batch costs ~30 % less than one call per query);
        pass each row to `search(..., vector=)`."""
        return self.index.embeddings.encode([(q or "").strip() for q in queries], is_query=True)

    def search(self, query: str, *, k: int = 5, kind: str | None = None, lang: str | None = None,
               label: str | None = None, prefer_lang: str | None = None,
               owner: str | None = None, vector=None) -> list[SearchResult]:
        """`vector`: the query's embedding when the caller encoded it already (`encode_queries`)."""
        query = (query or "").strip()
        if not query or k < 1:
            return []
        cat = self._catalogue()
        n = min(max(k * 12, 60), 300)
        # s12: the meaning shortlist is wider, so that an entry found by its words but weak in meaning is still fused as the
        # base grows (24 new cards pushed a retention-of-title card out of a 72-entry dense shortlist)
        n_dense = min(max(k * 20, 100), 300)
        dense = self.dense_ranking(query, n=n_dense, where=_where(kind, lang, label), cat=cat, kind=kind, lang=lang,
                                   label=label, vector=vector) if self.dense_weight > 0 else {}
        sparse = self.bm25_ranking(query, cat, n=n, kind=kind, lang=lang, label=label)
        fused: dict[str, float] = {}
        for weight, scores in ((self.dense_weight, dense), (self.bm25_weight, sparse)):
            for rank, eid in enumerate(sorted(scores, key=lambda e: -scores[e])):
                fused[eid] = fused.get(eid, 0.0) + weight / (RRF_K + rank + 1)
        order = [e for e in sorted(fused, key=lambda e: -fused[e])
                 if e in cat.bodies and visible_to(cat.bodies[e][1], owner)]
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
