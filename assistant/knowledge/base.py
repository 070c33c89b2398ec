"""The knowledge base as one object, built once from the configured folder and passed to every
engine, so `CLAUSIER_KB_DIR` changes the chat, the drafting and the review alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistant.knowledge.entries import Entry, kb_fingerprint, load_entries
from assistant.knowledge.taxonomy import Taxonomy, load_taxonomy


@dataclass
class KnowledgeBase:
    root: Path
    _entries: tuple[Entry, ...] | None = field(default=None, repr=False)

    @property
    def entries(self) -> tuple[Entry, ...]:
        if self._entries is None:
            self._entries = tuple(load_entries(self.root))
        return self._entries

    @property
    def taxonomy(self) -> Taxonomy:
        own = Path(self.root) / "taxonomy.yaml"
        return load_taxonomy(own) if own.is_file() else load_taxonomy()

    def fingerprint(self) -> str:
        return kb_fingerprint(self.root)

    def reload(self) -> None:
        self._entries = None
