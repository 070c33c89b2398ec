"""Conversations, messages and draft state in SQLite (WAL): a message is confirmed to the
user only after its transaction commits, so a killed process loses nothing confirmed."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY, owner TEXT NOT NULL DEFAULT '', side TEXT, lang TEXT,
    state TEXT NOT NULL DEFAULT '{}', created REAL NOT NULL, updated REAL NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT, conversation TEXT NOT NULL REFERENCES conversations(id),
    role TEXT NOT NULL, content TEXT NOT NULL, meta TEXT NOT NULL DEFAULT '{}', created REAL NOT NULL);
CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages(conversation, id);
"""


@dataclass
class Message:
    role: str  # "user" | "assistant"
    content: str
    meta: dict = field(default_factory=dict)


@dataclass
class Conversation:
    id: str
    owner: str
    side: str | None
    lang: str | None
    state: dict
    messages: list[Message]


def _retry_locked(step, *, seconds: float = 30.0):
    """Run `step`, retrying while another process holds the database. Switching to WAL and creating the
    schema need a lock that SQLite may refuse at once, without waiting for its busy timeout (a second
    process opening the file while the first one does the same, or recovers after a crash)."""
    deadline = time.monotonic() + seconds
    delay = 0.01
    while True:
        try:
            return step()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


class ConversationStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        _retry_locked(lambda: self._raw().executescript(SCHEMA))

    def _conn(self) -> "_Tx":
        return _Tx(self._raw())

    def _raw(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            _retry_locked(lambda: conn.execute("PRAGMA journal_mode=WAL"))
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
        return conn

    def create(self, *, owner: str = "", side: str | None = None, lang: str | None = None) -> str:
        cid = uuid.uuid4().hex
        now = time.time()
        with self._conn() as c:
            c.execute("INSERT INTO conversations(id, owner, side, lang, state, created, updated) VALUES (?,?,?,?,?,?,?)",
                      (cid, owner, side, lang, "{}", now, now))
        return cid

    def exists(self, cid: str, *, owner: str | None = None) -> bool:
        with self._conn() as c:
            row = c.execute("SELECT owner FROM conversations WHERE id=?", (cid,)).fetchone()
        return row is not None and (owner is None or row[0] == owner)

    def load(self, cid: str, *, owner: str | None = None) -> Conversation | None:
        with self._conn() as c:
            row = c.execute("SELECT id, owner, side, lang, state FROM conversations WHERE id=?", (cid,)).fetchone()
            if row is None or (owner is not None and row[1] != owner):
                return None
            msgs = c.execute("SELECT role, content, meta FROM messages WHERE conversation=? ORDER BY id",
                             (cid,)).fetchall()
        return Conversation(id=row[0], owner=row[1], side=row[2], lang=row[3], state=json.loads(row[4] or "{}"),
                            messages=[Message(r, t, json.loads(m or "{}")) for r, t, m in msgs])

    def append(self, cid: str, *messages: Message, state: dict | None = None) -> None:
        """Add messages (and optionally the new state) in one transaction."""
        now = time.time()
        with self._conn() as c:
            for m in messages:
                c.execute("INSERT INTO messages(conversation, role, content, meta, created) VALUES (?,?,?,?,?)",
                          (cid, m.role, m.content, json.dumps(m.meta, ensure_ascii=False), now))
            if state is not None:
                c.execute("UPDATE conversations SET state=?, updated=? WHERE id=?",
                          (json.dumps(state, ensure_ascii=False), now, cid))
            else:
                c.execute("UPDATE conversations SET updated=? WHERE id=?", (now, cid))

    def save_state(self, cid: str, state: dict) -> None:
        with self._conn() as c:
            c.execute("UPDATE conversations SET state=?, updated=? WHERE id=?",
                      (json.dumps(state, ensure_ascii=False), time.time(), cid))

    def list(self, *, owner: str = "", limit: int = 50) -> list[tuple[str, float, str]]:
        """(id, updated, first user message) of an owner's conversations, newest first."""
        with self._conn() as c:
            rows = c.execute(
                "SELECT c.id, c.updated, (SELECT content FROM messages m WHERE m.conversation=c.id AND m.role='user' "
                "ORDER BY m.id LIMIT 1) FROM conversations c WHERE c.owner=? ORDER BY c.updated DESC LIMIT ?",
                (owner, limit)).fetchall()
        return [(r[0], r[1], r[2] or "") for r in rows]


class _Tx:
    """`with` block = one IMMEDIATE transaction, committed on success, rolled back on error."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, *_):
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        return False
