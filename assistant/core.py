"""The Python API everything else sits on: the CLI, the UI and notebooks call these methods."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.knowledge.entries import load_entries
from assistant.knowledge.index import SyncReport, VectorIndex, records_from_entries
from assistant.knowledge.taxonomy import load_taxonomy
from assistant.settings import Settings
from assistant.types import SearchResult


class UserError(Exception):
    """Bad input from the user: shown as a clear message (CLI exit 2, UI error banner)."""


@dataclass
class Clausier:
    settings: Settings
    index: VectorIndex
    retriever: Any
    chat_model: Any = None
    extras: dict = field(default_factory=dict)
    _ready: bool = False

    # -- index -----------------------------------------------------------------------
    def kb_entries(self):
        return load_entries(self.settings.kb_dir)

    def ensure_index(self) -> SyncReport | None:
        """Build the index on first use; later calls are a cheap count check."""
        if self._ready:
            return None
        report = None
        if self.index.count() == 0:
            report = self.index.sync(records_from_entries(self.kb_entries()))
        self._ready = True
        return report

    def reindex(self, *, full: bool = False) -> SyncReport:
        records = records_from_entries(self.kb_entries())
        report = self.index.rebuild(records) if full else self.index.sync(records)
        self._ready = True
        return report

    def stats(self) -> dict:
        self.ensure_index()
        return self.index.stats()

    # -- search ----------------------------------------------------------------------
    def search(self, query: str, *, k: int = 5, kind: str | None = None, lang: str | None = None,
               label: str | None = None) -> list[SearchResult]:
        if not query or not query.strip():
            raise UserError("the query is empty")
        if k < 1 or k > 100:
            raise UserError("--k must be between 1 and 100")
        if label and label not in load_taxonomy().labels():
            raise UserError(f"unknown label {label!r} (expected topic:<id>, term:<id> or art28:<id>)")
        self.ensure_index()
        return self.retriever.search(query, k=k, kind=kind, lang=lang, label=label)
