"""The shared ids (clause topics, GDPR Art. 28 elements, terms) every label must use."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.paths import KB_DIR  # noqa: E402 - re-exported: the built-in knowledge base
TAXONOMY_PATH = KB_DIR / "taxonomy.yaml"


@dataclass(frozen=True)
class Topic:
    id: str
    fr: str
    en: str
    essential: bool

    def name(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


@dataclass(frozen=True)
class Term:
    id: str
    fr: str
    en: str

    def name(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


@dataclass(frozen=True)
class Art28Element:
    id: str
    fr: str


@dataclass(frozen=True)
class Taxonomy:
    topics: tuple[Topic, ...]
    terms: tuple[Term, ...]
    art28: tuple[Art28Element, ...]

    @property
    def topic_ids(self) -> list[str]:
        return [t.id for t in self.topics]

    @property
    def term_ids(self) -> list[str]:
        return [t.id for t in self.terms]

    @property
    def art28_ids(self) -> list[str]:
        return [e.id for e in self.art28]

    @property
    def essential_topics(self) -> list[str]:
        return [t.id for t in self.topics if t.essential]

    def topic(self, topic_id: str) -> Topic:
        for t in self.topics:
            if t.id == topic_id:
                return t
        raise KeyError(topic_id)

    def term(self, term_id: str) -> Term:
        for t in self.terms:
            if t.id == term_id:
                return t
        raise KeyError(term_id)

    def labels(self) -> set[str]:
        """Every valid label string."""
        return (
            {f"topic:{i}" for i in self.topic_ids}
            | {f"term:{i}" for i in self.term_ids}
            | {f"art28:{i}" for i in self.art28_ids}
        )


@lru_cache(maxsize=4)
def load_taxonomy(path: Path = TAXONOMY_PATH) -> Taxonomy:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return Taxonomy(
        topics=tuple(
            Topic(id=t["id"], fr=t["fr"], en=t["en"], essential=bool(t.get("essential")))
            for t in raw["clause_topics"]
        ),
        terms=tuple(Term(id=t["id"], fr=t["fr"], en=t["en"]) for t in raw["terms"]),
        art28=tuple(Art28Element(id=e["id"], fr=e["fr"]) for e in raw["gdpr_art28_elements"]),
    )
