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
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant.knowledge.taxonomy import KB_DIR, Taxonomy, load_taxonomy
from assistant.text.phrases import well_formed_phrase

Kind = Literal["clause", "term", "gdpr", "guide", "card", "user"]
Lang = Literal["fr", "en"]
Position = Literal["msp", "balanced", "client"]
ObligationType = Literal["means", "reinforced_means", "result", "none"]
# What a sentence of the knowledge base is: the law (with its article), market practice,
# the negotiating position of one side, or an illustration.
StatementType = Literal["rule", "practice", "position", "example"]
Side = Literal["msp", "client", "balanced"]
QuestionType = Literal["is_it_normal", "enforceable", "what_is", "how_long", "who_proves",
                       "what_to_write", "compare", "what_happens_if"]

SLOT_RE = re.compile(r"\{([a-z][a-z0-9_]*)\}")
MIN_QUESTIONS = {"clause": 5, "term": 3, "gdpr": 3, "guide": 3, "card": 5, "user": 0}
# kinds whose entries must carry typed statements
TYPED_KINDS = {"term", "gdpr", "guide"}
# a citation names an article, a decision, a case number or an EU act
CITE_RE = re.compile(
    r"\bart(?:s?\.|icles?\b)|\bn°|\bNo\.|\bRG\b|\bC-\d|d[ée]cision|r[èe]glement|regulation|"
    r"lignes directrices|guidelines|\bloi\b|\bAct\b|Cass\.|\bCA\b|CJ(?:UE|EU)|IDCC|convention collective",
    re.I,
)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[*_`]", "", text)).strip().lower()


_ART_TOKEN = re.compile(r"\b(?:L|R|D)?\d{1,4}(?:-\d+)*(?:\(\d+\))?(?:\([a-z]\))?")


def _cites_in(sentence: str, sources: tuple[str, ...]) -> tuple[str, ...]:
    """The sources whose article number the sentence mentions ("art. 1231-5", "28(3)(g)")."""
    tokens = {t for t in _ART_TOKEN.findall(sentence) if not t.isdigit() or len(t) >= 3}
    return tuple(s for s in sources if tokens & set(_ART_TOKEN.findall(s)))


class Statement(BaseModel):
    """One typed statement an answer may quote.

    `rule`: the law, with `cites` naming its article(s) (each also listed in the entry's sources);
    `practice`: what the market usually does; `position`: what one `side` argues or drafts;
    `example`: an illustration. `text` is a sentence of the entry body or new wording.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    type: StatementType
    text: str = Field(min_length=15)
    side: Side | None = None
    cites: tuple[str, ...] = ()

    @field_validator("text")
    @classmethod
    def _strip_text(cls, v: str) -> str:
        return " ".join(v.split())

    @model_validator(mode="after")
    def _coherent(self) -> "Statement":
        if self.type == "position" and self.side is None:
            raise ValueError("a position statement needs side: msp | client | balanced")
        if self.type != "position" and self.side is not None:
            raise ValueError(f"only a position statement has a side (this one is {self.type})")
        if self.type == "rule":
            if not self.cites:
                raise ValueError("a rule statement needs cites naming its article")
            bad = [c for c in self.cites if not CITE_RE.search(c)]
            if bad:
                raise ValueError(f"rule cites must name an article, decision or act: {bad}")
        return self


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
    # typed statements (required for term, gdpr and guide entries)
    statements: tuple[Statement, ...] = ()
    # card: a reviewed short answer to a frequent question
    question_type: QuestionType | None = None
    verdict: str | None = None
    rule: Statement | None = None
    conditions: tuple[str, ...] = ()
    negotiation: tuple[Statement, ...] = ()
    related: tuple[str, ...] = ()  # entry ids without language suffix (pair keys)
    # the situation the card's verdict assumes (insolvency proceedings opened, health data hosted…): the card answers only
    # a question that states it (chat.premises, chat.cards.premise_named)
    premise: tuple[str, ...] = ()
    # s32: the card's subject in everyday words, in the card's language (chat.lay_terms): the scorer's bonus, and the
    # situation the card declares stated in the card's own lay words
    lay_terms: tuple[str, ...] = ()
    # provenance of user documents
    path: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _card_defaults(cls, raw):
        """Cards write `rule:` and `negotiation:` without a type, and need no body: the
        body (what is embedded and shown) is built from verdict, rule and conditions."""
        if not isinstance(raw, dict) or raw.get("kind") != "card":
            return raw
        raw = dict(raw)
        if isinstance(raw.get("rule"), dict):
            raw["rule"] = {"type": "rule", **raw["rule"]}
        raw["negotiation"] = [{"type": "position", **n} if isinstance(n, dict) else n
                              for n in raw.get("negotiation") or ()]
        if not raw.get("body"):
            rule = raw.get("rule") or {}
            parts = [str(raw.get("verdict") or ""), str(rule.get("text") or "") if isinstance(rule, dict) else ""]
            parts += [f"- {c}" for c in raw.get("conditions") or ()]
            raw["body"] = "\n\n".join(p for p in parts if p)
        return raw

    @field_validator("title", "body")
    @classmethod
    def _strip(cls, v: str) -> str:
        return v.strip()

    # --- typed statements -------------------------------------------------------------
    @property
    def default_statement(self) -> tuple[StatementType, Side | None]:
        """The type of an untyped sentence of this entry: clause text is the position of
        its side; the rest is market practice unless a statement types it."""
        if self.kind == "clause" and self.position:
            return "position", self.position
        return "practice", None

    @property
    def typed_statements(self) -> tuple[Statement, ...]:
        """Every typed statement: `statements`, plus a card's rule and negotiation points."""
        extra = ((self.rule,) if self.rule else ()) + self.negotiation
        return self.statements + extra

    def statements_of(self, type_: StatementType, side: Side | None = None) -> tuple[Statement, ...]:
        return tuple(s for s in self.typed_statements if s.type == type_ and (side is None or s.side == side))

    @property
    def rules(self) -> tuple[Statement, ...]:
        return self.statements_of("rule")

    def statement_for(self, sentence: str) -> Statement:
        """Type a sentence taken from this entry: the typed statement it matches (same text,
        or one containing the other), a law quote as a rule, else the kind's default."""
        key = _norm(sentence)
        for s in self.typed_statements:
            other = _norm(s.text)
            if key and (key == other or (len(key) > 30 and (key in other or other in key))):
                return s
        for law in (self.law_quote, self.legal_basis):
            if law and key and key in _norm(law) and self.sources:
                cites = _cites_in(sentence, self.sources) or self.sources
                return Statement(type="rule", text=sentence, cites=cites)
        type_, side = self.default_statement
        return Statement.model_construct(type=type_, side=side, text=" ".join(sentence.split()), cites=())

    @property
    def related_ids(self) -> tuple[str, ...]:
        """A card's related entries, as ids in the card's language."""
        return tuple(f"{r}.{self.lang}" for r in self.related)

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
        if e.lay_terms and e.kind != "card":
            problems.append(f"{where} only a card lists lay_terms")
        if e.lay_terms:
            bad_terms = [t for t in e.lay_terms if not well_formed_phrase(t)]
            if bad_terms:
                problems.append(f"{where} lay_terms must be plain words (a trailing * per word at most): {bad_terms}")
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
    problems += _validate_statements(entries)
    by_pair: dict[str, set[str]] = {}
    for e in entries:
        if e.kind != "user":
            by_pair.setdefault(e.pair_key, set()).add(e.lang)
    problems += [f"{k}: missing language pair (has {sorted(v)})" for k, v in by_pair.items() if v != {"fr", "en"}]
    return problems


def _signature(e: Entry) -> list[tuple]:
    return [(s.type, s.side) for s in e.typed_statements]


def _validate_statements(entries: list[Entry]) -> list[str]:
    """Typed statements and cards: required where they must be, cites in sources, FR/EN
    twins typed alike, cards complete and pointing at entries that exist."""
    problems: list[str] = []
    ids = {e.id for e in entries}
    by_id = {e.id: e for e in entries}
    for e in entries:
        where = f"{e.id}:"
        if e.kind in TYPED_KINDS and not e.statements:
            problems.append(f"{where} {e.kind} entries need typed statements")
        if e.kind in {"gdpr", "guide"} and not e.rules:
            problems.append(f"{where} needs at least one rule statement")
        if e.kind != "card" and (e.question_type or e.verdict or e.rule or e.negotiation or e.related or e.conditions):
            problems.append(f"{where} card fields on a {e.kind} entry")
        sources = set(e.sources)
        for s in e.typed_statements:
            missing = [c for c in s.cites if c not in sources]
            if missing:
                problems.append(f"{where} statement cites not in sources {missing}")
        if e.kind == "card":
            problems += _validate_card(e, ids)
        twin = by_id.get(e.pair_key + ".en") if e.lang == "fr" else None
        if twin is not None and _signature(e) != _signature(twin):
            problems.append(f"{where} typed statements differ from the EN twin's (types/sides, in order)")
        if twin is not None and e.kind == "card":
            for field in ("question_type", "related"):
                if getattr(e, field) != getattr(twin, field):
                    problems.append(f"{where} {field} differs from the EN twin's")
    return problems


def _validate_card(e: Entry, ids: set[str]) -> list[str]:
    where = f"{e.id}:"
    out: list[str] = []
    if not re.fullmatch(r"card\.[a-z0-9_]+\.(fr|en)", e.id):
        out.append(f"{where} card id must be card.<name>.<lang>")
    for field in ("question_type", "verdict", "rule"):
        if getattr(e, field) in (None, ""):
            out.append(f"{where} card needs {field}")
    if e.rule is not None and e.rule.type != "rule":
        out.append(f"{where} a card's rule must be a rule statement")
    if not e.sources:
        out.append(f"{where} card needs sources")
    if not e.conditions:
        out.append(f"{where} card needs conditions")
    if not e.negotiation:
        out.append(f"{where} card needs negotiation points")
    if any(n.type != "position" for n in e.negotiation):
        out.append(f"{where} negotiation points are positions of a side")
    if not e.related:
        out.append(f"{where} card needs related entries")
    missing = [r for r in e.related_ids if r not in ids]
    if missing:
        out.append(f"{where} related entries not found {missing}")
    if e.verdict and len(e.verdict) > 420:
        out.append(f"{where} verdict must be one or two sentences")
    return out


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
