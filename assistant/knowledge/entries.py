"""Knowledge-base entries: the schema, loading from YAML / Markdown files, and validation.

Every entry is data written by the project; this module is the only place that knows
the file format, so the rest of the code works with typed `Entry` objects.
Run `python -m assistant.knowledge.entries [DIR]` to validate a knowledge base.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.knowledge.taxonomy import KB_DIR, Taxonomy, load_taxonomy

Kind = Literal["clause", "term", "gdpr", "guide", "user"]
Lang = Literal["fr", "en"]
Position = Literal["msp", "balanced", "client"]
ObligationType = Literal["means", "reinforced_means", "result", "none"]

SLOT_RE = re.compile(r"\{([a-z][a-z0-9_]*)\}")
MIN_QUESTIONS = {"clause": 5, "term": 3, "gdpr": 3, "guide": 3, "user": 0}


class Obligation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: ObligationType
    rationale: str = Field(min_length=10)


class Entry(BaseModel):
    """One knowledge-base entry; clause-, term- and gdpr-specific fields are optional."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_.\-]+$")
    kind: Kind
    lang: Lang
    title: str = Field(min_length=3)
    body: str = Field(min_length=20)
    labels: tuple[str, ...] = Field(min_length=1)
    sources: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    # clause
    topic: str | None = None
    position: Position | None = None
    wording: str | None = None
    when_to_use: str | None = None
    obligation: Obligation | None = None
    negotiation_notes: tuple[str, ...] = ()
    # term
    term: str | None = None
    example: str | None = None
    legal_basis: str | None = None
    related_topics: tuple[str, ...] = ()
    # gdpr
    law_quote: str | None = None
    # provenance of user documents
    path: str | None = None

    @field_validator("title", "body")
    @classmethod
    def _strip(cls, v: str) -> str:
        return v.strip()

    @property
    def pair_key(self) -> str:
        """The id without its language suffix: FR and EN versions share it."""
        return re.sub(r"\.(fr|en)$", "", self.id)

    @property
    def slots(self) -> set[str]:
        return set(SLOT_RE.findall(self.wording or ""))

    def index_text(self) -> str:
        """The text embedded for the entry itself (questions are embedded separately)."""
        parts = [self.title, self.body]
        if self.wording:
            parts.append(self.wording)
        if self.example:
            parts.append(self.example)
        return "\n\n".join(parts)


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: same result, ~10x faster


def _load_yaml(text: str):
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader


def _read_file(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
        if not m:
            raise ValueError(f"{path}: Markdown entry needs a front matter block")
        meta = _load_yaml(m.group(1)) or {}
        meta["body"] = m.group(2)
        return [meta]
    data = _load_yaml(text)
    if isinstance(data, dict) and "entries" in data:
        return list(data["entries"])
    if isinstance(data, dict):
        return [data]
    raise ValueError(f"{path}: expected a mapping or an `entries:` list")


def entry_files(kb_dir: Path = KB_DIR) -> list[Path]:
    skip = {"taxonomy.yaml", "slots.yaml"}
    return sorted(
        p for p in Path(kb_dir).rglob("*")
        if p.suffix in {".yaml", ".yml", ".md"} and p.name not in skip and p.name != "README.md"
    )


def kb_fingerprint(kb_dir: Path = KB_DIR) -> str:
    """Changes whenever an entry file (or the slot list) changes: the index re-syncs then."""
    import hashlib

    h = hashlib.sha256()
    for path in [*entry_files(kb_dir), Path(kb_dir) / "slots.yaml"]:
        h.update(str(path.relative_to(kb_dir)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:20]


def parse_entries(kb_dir: Path = KB_DIR) -> list[Entry]:
    """Load every entry; raise ValueError naming the file and field on any schema error."""
    entries: list[Entry] = []
    for path in entry_files(kb_dir):
        for i, raw in enumerate(_read_file(path)):
            try:
                entries.append(Entry.model_validate(raw))
            except ValidationError as exc:
                ident = raw.get("id", f"#{i}") if isinstance(raw, dict) else f"#{i}"
                raise ValueError(f"{path.name} entry {ident}: {exc}") from exc
    return entries


@lru_cache(maxsize=4)
def load_entries(kb_dir: Path = KB_DIR) -> tuple[Entry, ...]:
    return tuple(parse_entries(kb_dir))


def load_slot_names(kb_dir: Path = KB_DIR) -> set[str]:
    raw = yaml.safe_load((Path(kb_dir) / "slots.yaml").read_text(encoding="utf-8"))
    return set(raw["slots"])


def validate(entries: list[Entry], taxonomy: Taxonomy, slot_names: set[str]) -> list[str]:
    """Return every problem found (empty list = valid)."""
    problems: list[str] = []
    counts = Counter(e.id for e in entries)
    problems += [f"duplicate id {i}" for i, n in counts.items() if n > 1]
    valid_labels = taxonomy.labels()
    for e in entries:
        where = f"{e.id}:"
        bad = [lab for lab in e.labels if lab not in valid_labels]
        if bad:
            problems.append(f"{where} unknown labels {bad}")
        if not e.id.endswith("." + e.lang):
            problems.append(f"{where} id must end with .{e.lang}")
        if len(e.questions) < MIN_QUESTIONS[e.kind]:
            problems.append(f"{where} needs at least {MIN_QUESTIONS[e.kind]} questions")
        if e.kind in {"clause", "term", "gdpr"} and not e.sources and e.kind != "term":
            problems.append(f"{where} needs sources")
        if e.kind == "clause":
            for field in ("topic", "position", "wording", "when_to_use", "obligation"):
                if getattr(e, field) in (None, ""):
                    problems.append(f"{where} clause needs {field}")
            if e.topic and e.topic not in taxonomy.topic_ids:
                problems.append(f"{where} unknown topic {e.topic}")
            if e.topic and f"topic:{e.topic}" not in e.labels:
                problems.append(f"{where} labels must include topic:{e.topic}")
            if e.position and e.id != f"clause.{e.topic}.{e.position}.{e.lang}":
                problems.append(f"{where} id must be clause.{e.topic}.{e.position}.{e.lang}")
            if len(e.negotiation_notes) < 2:
                problems.append(f"{where} needs at least 2 negotiation notes")
            unknown = e.slots - slot_names
            if unknown:
                problems.append(f"{where} unknown slots {sorted(unknown)}")
        if e.kind == "term":
            for field in ("term", "example"):
                if not getattr(e, field):
                    problems.append(f"{where} term needs {field}")
            if e.term and e.term not in taxonomy.term_ids:
                problems.append(f"{where} unknown term {e.term}")
            if e.term and f"term:{e.term}" not in e.labels:
                problems.append(f"{where} labels must include term:{e.term}")
            if e.term and e.id != f"term.{e.term}.{e.lang}":
                problems.append(f"{where} id must be term.{e.term}.{e.lang}")
            bad_rel = [t for t in e.related_topics if t not in taxonomy.topic_ids]
            if bad_rel:
                problems.append(f"{where} unknown related_topics {bad_rel}")
    by_pair: dict[str, set[str]] = {}
    for e in entries:
        if e.kind != "user":
            by_pair.setdefault(e.pair_key, set()).add(e.lang)
    problems += [f"{k}: missing language pair (has {sorted(v)})" for k, v in by_pair.items() if v != {"fr", "en"}]
    return problems


def main(argv: list[str]) -> int:
    kb_dir = Path(argv[0]) if argv else KB_DIR
    try:
        entries = parse_entries(kb_dir)
    except (ValueError, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    problems = validate(entries, load_taxonomy(), load_slot_names(kb_dir))
    for p in problems:
        print(p)
    kinds = Counter(e.kind for e in entries)
    print(f"{len(entries)} entries {dict(kinds)}; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
