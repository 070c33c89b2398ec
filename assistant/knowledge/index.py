"""The Chroma collection: records built from entries, synced by content hash.

A record is one embedded text: an entry's body, or one of its user questions. Sync
re-embeds only records whose hash changed; a full rebuild is built aside in a second
collection and swapped in by rename, so an interrupted rebuild never leaves a half index.
"""

from __future__ import annotations

import hashlib
import re
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

import numpy as np

from assistant.knowledge.embeddings import _LocalEmbeddings
from assistant.knowledge.entries import Entry

BATCH = 256


@dataclass(frozen=True)
class IndexRecord:
    id: str
    text: str
    entry_id: str
    kind: str
    lang: str
    title: str
    labels: tuple[str, ...]
    part: str  # "body" | "question" | "chunk"
    source: str = "kb"  # "kb" | "user"
    path: str = ""  # user documents: the library copy (the key that replaces a document)
    owner: str = ""  # user documents: who added it ("" = shared library)

    @property
    def hash(self) -> str:
        h = hashlib.sha256()
        for piece in (self.text, self.title, "|".join(self.labels), self.kind, self.lang, self.part):
            h.update(piece.encode("utf-8"))
            h.update(b"\0")
        return h.hexdigest()[:24]

    def metadata(self, embedder: str) -> dict[str, Any]:
        meta: dict[str, Any] = {
            "entry_id": self.entry_id, "kind": self.kind, "lang": self.lang, "title": self.title,
            "labels": "|".join(self.labels), "part": self.part, "source": self.source,
            "hash": self.hash, "embedder": embedder,
        }
        if self.path:
            meta["path"] = self.path
            meta["owner"] = self.owner
        for label in self.labels:  # one flag per label so Chroma can filter on it
            meta[label] = True
        return meta


def chunk_text(text: str, *, max_words: int = 70) -> list[str]:
    """Paragraph-sized pieces: USE averages over its input, so long texts blur into each other."""
    pieces: list[str] = []
    current: list[str] = []
    for para in re.split(r"\n\s*\n|\n(?=[-*•] |\d+[.)] )", text):
        words = para.split()
        if not words:
            continue
        if len(words) > max_words:  # split a long paragraph on sentence ends
            sentences = re.split(r"(?<=[.;!?])\s+", para)
        else:
            sentences = [para]
        for sent in sentences:
            n = len(sent.split())
            if current and sum(len(c.split()) for c in current) + n > max_words:
                pieces.append(" ".join(current))
                current = []
            current.append(sent.strip())
    if current:
        pieces.append(" ".join(current))
    return pieces


def _chunk_ids(record: IndexRecord, position: dict[str, int]) -> list[str]:
    ids, n = [], 0
    while f"{record.entry_id}#c{n}" in position:
        ids.append(f"{record.entry_id}#c{n}")
        n += 1
    return ids


def records_from_entries(entries: Iterable[Entry], *, source: str = "kb") -> list[IndexRecord]:
    out: list[IndexRecord] = []
    for e in entries:
        common = dict(entry_id=e.id, kind=e.kind, lang=e.lang, title=e.title, labels=e.labels, source=source)
        out.append(IndexRecord(id=f"{e.id}#body", text=e.index_text(), part="body", **common))
        chunks = chunk_text(e.index_text())
        if len(chunks) > 1:
            for i, chunk in enumerate(chunks):
                out.append(IndexRecord(id=f"{e.id}#c{i}", text=f"{e.title}. {chunk}", part="chunk", **common))
        for i, q in enumerate(e.questions):
            out.append(IndexRecord(id=f"{e.id}#q{i}", text=q, part="question", **common))
    return out


@dataclass
class SyncReport:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    seconds: float = 0.0
    rebuilt: bool = False
    counts: dict[str, Any] = field(default_factory=dict)

    @property
    def embedded(self) -> int:
        return self.added + self.updated

    def summary(self) -> str:
        if not self.embedded and not self.deleted:
            return f"index up to date: {self.unchanged} records unchanged, nothing re-embedded ({self.seconds:.2f} s)"
        verb = "rebuilt" if self.rebuilt else "updated"
        return (f"index {verb}: {self.added} added, {self.updated} re-embedded, {self.deleted} deleted, "
                f"{self.unchanged} unchanged ({self.seconds:.2f} s)")


class VectorIndex:
    """One Chroma collection for one embedding model; the client comes from the factory."""

    def __init__(self, *, client: Any, name: str, embeddings: _LocalEmbeddings) -> None:
        self.client = client
        self.embeddings = embeddings
        self.name = f"{name}_{embeddings.name.replace(':', '_').replace('+', '_')}"[:60]
        self._collection = None
        self.generation = 0  # bumps on every change, so readers know to refresh caches

    # -- collection handling -------------------------------------------------------
    def _open(self, name: str, *, create: bool):
        if create:
            # sync_threshold 100 (default 1000): Chroma persists its HNSW graph every 100 writes, so
            # opening the index replays at most 100 logged records instead of up to 1,000 — that
            # replay cost ~1 s of CPU on every process start (CLI command, app, replica)
            return self.client.get_or_create_collection(
                name=name, embedding_function=None,  # we embed ourselves: Chroma's default would download a model
                configuration={"hnsw": {"space": "cosine", "sync_threshold": 100}},
                metadata={"embedder": self.embeddings.name})
        return self.client.get_collection(name=name, embedding_function=None)

    def _names(self) -> set[str]:
        return {c if isinstance(c, str) else c.name for c in self.client.list_collections()}

    @property
    def collection(self):
        if self._collection is None:
            names = self._names()
            aside = self.name + "__new"
            if self.name not in names and aside in names:  # a swap was interrupted after the delete
                col = self._open(aside, create=False)
                if (col.metadata or {}).get("complete"):
                    col.modify(name=self.name)
            self._collection = self._open(self.name, create=True)
        return self._collection

    def fingerprint(self) -> str | None:
        return (self.collection.metadata or {}).get("kb_fingerprint")

    def set_fingerprint(self, value: str) -> None:
        meta = {k: v for k, v in (self.collection.metadata or {}).items() if not k.startswith("hnsw:")}
        meta.update(kb_fingerprint=value, embedder=self.embeddings.name)
        self.collection.modify(metadata=meta)

    def count(self) -> int:
        return self.collection.count()

    def count_source(self, source: str) -> int:
        return len(self.collection.get(where={"source": source}, include=[])["ids"])

    def existing(self, *, source: str | None = None) -> dict[str, str]:
        """id → content hash for the records already stored."""
        where = {"source": source} if source else None
        got = self.collection.get(where=where, include=["metadatas"])
        return {i: (m or {}).get("hash", "") for i, m in zip(got["ids"], got["metadatas"])}

    # -- writing ---------------------------------------------------------------------
    def _write(self, collection, records: list[IndexRecord], *, batch_size: int = BATCH,
               progress: Callable[[int, int], None] | None = None) -> None:
        vectors = self._vectors(records, batch_size=batch_size, progress=progress)
        for i in range(0, len(records), batch_size):
            batch = records[i:i + batch_size]
            collection.upsert(
                ids=[r.id for r in batch], documents=[r.text for r in batch],
                embeddings=vectors[i:i + batch_size], metadatas=[r.metadata(self.embeddings.name) for r in batch])

    def _vectors(self, records: list[IndexRecord], *, batch_size: int,
                 progress: Callable[[int, int], None] | None) -> np.ndarray:
        """A body that was cut into chunks gets the normalised mean of its chunk vectors: USE
        averages over its input anyway, and encoding a long body costs as much as its chunks."""
        position = {r.id: i for i, r in enumerate(records)}
        derived = {i: [position[c] for c in _chunk_ids(r, position)] for i, r in enumerate(records)
                   if r.part == "body" and f"{r.entry_id}#c0" in position}
        todo = [i for i in range(len(records)) if i not in derived]
        encoded: dict[int, np.ndarray] = {}
        for start in range(0, len(todo), batch_size):
            part = todo[start:start + batch_size]
            for i, vec in zip(part, self.embeddings.encode([records[i].text for i in part])):
                encoded[i] = vec
            if progress:
                progress(min(start + batch_size, len(todo)), len(todo))
        dim = next(iter(encoded.values())).shape[0] if encoded else self.embeddings.dim
        out = np.zeros((len(records), dim), dtype=np.float32)
        for i, vec in encoded.items():
            out[i] = vec
        for i, chunks in derived.items():
            mean = np.mean([out[c] for c in chunks], axis=0)
            out[i] = mean / max(float(np.linalg.norm(mean)), 1e-12)
        return out

    def sync(self, records: list[IndexRecord], *, source: str = "kb") -> SyncReport:
        """Make the stored records of `source` equal to `records`, embedding only what changed."""
        start = time.perf_counter()
        report = SyncReport()
        have = self.existing(source=source)
        want = {r.id: r for r in records}
        todo = [r for r in records if have.get(r.id) != r.hash]
        report.added = sum(1 for r in todo if r.id not in have)
        report.updated = len(todo) - report.added
        report.unchanged = len(records) - len(todo)
        stale = [i for i in have if i not in want]
        if todo:
            self._write(self.collection, todo)
        if stale:
            for i in range(0, len(stale), 1000):
                self.collection.delete(ids=stale[i:i + 1000])
        report.deleted = len(stale)
        if todo or stale:
            self._changed()
        report.seconds = time.perf_counter() - start
        return report

    def rebuild(self, records: list[IndexRecord]) -> SyncReport:
        """Build a fresh collection aside, then swap it in (nothing half-built is ever live)."""
        start = time.perf_counter()
        aside = self.name + "__new"
        if aside in self._names():
            self.client.delete_collection(aside)
        keep_user = []
        if self.name in self._names():
            got = self.collection.get(where={"source": "user"}, include=["documents", "metadatas"])
            keep_user = list(zip(got["ids"], got["documents"], got["metadatas"]))
        new = self._open(aside, create=True)
        self._write(new, records)
        if keep_user:  # user documents are carried over without re-parsing their files
            ids, docs, metas = zip(*keep_user)
            vectors = self.embeddings.encode(list(docs))
            new.upsert(ids=list(ids), documents=list(docs), metadatas=list(metas), embeddings=vectors)
        new.modify(metadata={"embedder": self.embeddings.name, "complete": True, "version": uuid.uuid4().hex[:12]})
        if self.name in self._names():
            self.client.delete_collection(self.name)
        new.modify(name=self.name)
        self._collection = None
        self.generation += 1
        return SyncReport(added=len(records), rebuilt=True, seconds=time.perf_counter() - start)

    def replace_document(self, where: dict, records: list[IndexRecord], *,
                         progress: Callable[[int, int], None] | None = None) -> int:
        """Swap one user document's records (those matching `where`) for `records`; returns
        how many old records went. Unlike `sync(source="user")`, other documents stay."""
        old = self.collection.get(where=where, include=[])["ids"]
        if records:  # write first, then drop what the new version no longer has
            self._write(self.collection, records, batch_size=32, progress=progress)
        keep = {r.id for r in records}
        stale = [i for i in old if i not in keep]
        for i in range(0, len(stale), 1000):
            self.collection.delete(ids=stale[i:i + 1000])
        self._changed()
        return len(old)

    def delete_where(self, where: dict) -> None:
        self.collection.delete(where=where)
        self._changed()

    def _changed(self) -> None:
        """Every write stamps a new `version` in the collection's metadata, so caches in other
        processes (app replicas sharing a Chroma server, the catalogue kept on disk) see it."""
        meta = {k: v for k, v in (self.collection.metadata or {}).items() if not k.startswith("hnsw:")}
        meta["version"] = uuid.uuid4().hex[:12]
        self.collection.modify(metadata=meta)
        self.generation += 1

    def version(self, *, fresh: bool = False) -> str:
        """The content version ("" for collections written before versions existed); `fresh`
        asks Chroma again instead of the metadata this process last saw."""
        if fresh:
            try:
                col = self.client.get_collection(name=self.name, embedding_function=None)
            except Exception:  # noqa: BLE001 - a collection being swapped: keep the last known
                col = self.collection
        else:
            col = self.collection
        return str((col.metadata or {}).get("version", ""))

    # -- reading ---------------------------------------------------------------------
    def query(self, vector, *, n: int, where: dict | None = None) -> list[tuple[str, float, dict]]:
        """Nearest records: (record id, cosine similarity, metadata)."""
        n = max(1, min(n, self.count() or 1))
        res = self.collection.query(query_embeddings=[vector], n_results=n, where=where,
                                    include=["metadatas", "distances"])
        return [(i, 1.0 - float(d), m) for i, d, m in zip(res["ids"][0], res["distances"][0], res["metadatas"][0])]

    def query_ids(self, vector, *, n: int) -> list[tuple[str, float]]:
        """Nearest record ids with cosine similarity, without metadata (the fast path)."""
        res = self.collection.query(query_embeddings=[vector], n_results=max(1, n), include=["distances"])
        return [(i, 1.0 - float(d)) for i, d in zip(res["ids"][0], res["distances"][0])]

    def all_records(self, *, part: str | None = None, embeddings: bool = False) -> dict[str, Any]:
        where = {"part": part} if part else None
        include = ["documents", "metadatas"] + (["embeddings"] if embeddings else [])
        return self.collection.get(where=where, include=include)

    def stats(self) -> dict[str, Any]:
        got = self.collection.get(include=["metadatas"])
        metas = got["metadatas"]
        entries = {m["entry_id"]: m for m in metas}
        labels: Counter[str] = Counter()
        for m in entries.values():
            labels.update(m["labels"].split("|") if m.get("labels") else [])
        positions: Counter[str] = Counter()
        for eid, m in entries.items():
            if m["kind"] == "clause":
                parts = eid.split(".")
                positions[f"{parts[1]}/{parts[2]}/{m['lang']}"] += 1
        return {
            "collection": self.name, "embedder": self.embeddings.name,
            "records": len(metas), "entries": len(entries),
            "by_kind": dict(Counter(m["kind"] for m in entries.values())),
            "by_lang": dict(Counter(m["lang"] for m in entries.values())),
            "by_kind_lang": dict(Counter(f"{m['kind']}/{m['lang']}" for m in entries.values())),
            "by_source": dict(Counter(m.get("source", "kb") for m in entries.values())),
            "by_label": dict(sorted(labels.items())),
            "clause_topic_position_lang": dict(sorted(positions.items())),
        }
