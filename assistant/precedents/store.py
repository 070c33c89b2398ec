"""The clause banks on disk: one SQLite file in the data directory, banks private to their owner
(the web app's session owner, "" for the local CLI user). Each clause keeps the user's id, its
text and metadata, the facts read from it, a content hash and its embedding, so re-importing
the same clause costs nothing and a changed one is re-read.

Every write of an import runs in one transaction: an import that stops leaves the bank as it was.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from assistant.precedents.model import BankInfo

_SCHEMA = """
CREATE TABLE IF NOT EXISTS banks (owner TEXT NOT NULL, name TEXT NOT NULL, updated REAL NOT NULL,
    version INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (owner, name));
CREATE TABLE IF NOT EXISTS clauses (owner TEXT NOT NULL, bank TEXT NOT NULL, id TEXT NOT NULL,
    hash TEXT NOT NULL, text TEXT NOT NULL, title TEXT, source TEXT, side TEXT, facts TEXT,
    vector BLOB, PRIMARY KEY (owner, bank, id));
CREATE INDEX IF NOT EXISTS clauses_hash ON clauses (owner, bank, hash);
"""


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:32]


class BankStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        with self._db() as db:
            db.executescript(_SCHEMA)

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30)
            db.execute("PRAGMA journal_mode=WAL")
            self._local.db = db
        return db

    # -- reading -----------------------------------------------------------------------------
    def banks(self, owner: str) -> list[BankInfo]:
        rows = self._db().execute(
            "SELECT b.name, b.updated, (SELECT COUNT(*) FROM clauses c WHERE c.owner=b.owner AND c.bank=b.name) "
            "FROM banks b WHERE b.owner=? ORDER BY b.name", (owner,)).fetchall()
        return [BankInfo(name=n, clauses=c, updated=u) for n, u, c in rows]

    def version(self, owner: str, bank: str) -> int | None:
        row = self._db().execute("SELECT version FROM banks WHERE owner=? AND name=?", (owner, bank)).fetchone()
        return None if row is None else row[0]

    def hashes(self, owner: str, bank: str) -> dict[str, str]:
        return dict(self._db().execute("SELECT id, hash FROM clauses WHERE owner=? AND bank=?", (owner, bank)))

    def vectors_by_hash(self, owner: str, hashes: Iterable[str]) -> dict[str, bytes]:
        """Embeddings already computed for these texts in any of the owner's banks."""
        out: dict[str, bytes] = {}
        hashes = list(set(hashes))
        for i in range(0, len(hashes), 500):
            part = hashes[i:i + 500]
            q = ",".join("?" * len(part))
            for h, v in self._db().execute(f"SELECT hash, vector FROM clauses WHERE owner=? AND hash IN ({q}) "
                                           "AND vector IS NOT NULL", (owner, *part)):
                out[h] = v
        return out

    def rows(self, owner: str, bank: str) -> Iterator[tuple]:
        """(id, text, title, source, side, facts json, vector bytes) in a stable order."""
        yield from self._db().execute("SELECT id, text, title, source, side, facts, vector FROM clauses "
                                      "WHERE owner=? AND bank=? ORDER BY rowid", (owner, bank))

    # -- writing -----------------------------------------------------------------------------
    def write(self, owner: str, bank: str, rows: list[tuple]) -> None:
        """Insert or replace (id, hash, text, title, source, side, facts json, vector) rows, in one transaction."""
        db = self._db()
        with db:
            db.execute("INSERT INTO banks(owner, name, updated, version) VALUES (?,?,?,1) ON CONFLICT(owner, name) "
                       "DO UPDATE SET updated=excluded.updated, version=version+1", (owner, bank, time.time()))
            db.executemany("INSERT OR REPLACE INTO clauses(owner, bank, id, hash, text, title, source, side, facts, "
                           "vector) VALUES (?,?,?,?,?,?,?,?,?,?)", [(owner, bank, *r) for r in rows])

    def refresh_facts(self, owner: str, bank: str, facts: list[tuple[str, str]]) -> None:
        """Store facts read again by a newer reader, (id, facts json) pairs, in one transaction. The
        bank's version is left as it is: its text and vectors did not change."""
        db = self._db()
        with db:
            db.executemany("UPDATE clauses SET facts=? WHERE owner=? AND bank=? AND id=?",
                           [(f, owner, bank, cid) for cid, f in facts])

    def remove(self, owner: str, bank: str, ids: list[str] | None = None) -> int:
        db = self._db()
        with db:
            if ids:
                q = ",".join("?" * len(ids))
                n = db.execute(f"DELETE FROM clauses WHERE owner=? AND bank=? AND id IN ({q})",
                               (owner, bank, *ids)).rowcount
                db.execute("UPDATE banks SET version=version+1, updated=? WHERE owner=? AND name=?",
                           (time.time(), owner, bank))
                return n
            n = db.execute("DELETE FROM clauses WHERE owner=? AND bank=?", (owner, bank)).rowcount
            db.execute("DELETE FROM banks WHERE owner=? AND name=?", (owner, bank))
            return n


def pack(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def unpack(blobs: list[bytes], dim: int) -> np.ndarray:
    if not blobs:
        return np.zeros((0, dim), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(blobs), -1)


def dumps_facts(facts, reader: int) -> str:
    """The facts JSON stored with a clause, marked with the version of the reader that read them."""
    return json.dumps({**facts.to_json(), "reader": reader}, ensure_ascii=False)
