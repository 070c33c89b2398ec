"""User documents into the index beside the knowledge base: parse, cut into paragraph chunks
under their headings, label each chunk with clause topics, keep a copy in the library folder,
and replace that document's records (never another document's, never the knowledge base's).

Every file is parsed before anything is written, so a bad file in a batch leaves the index
as it was. Chunks are cited like knowledge-base entries (kind "user").
"""

from __future__ import annotations

import hashlib
import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from assistant.knowledge.index import IndexRecord, VectorIndex
from assistant.text import detect_language, fold, split_sentences

MIN_WORDS = 120
MAX_WORDS = 200
TINY = 40  # a trailing piece shorter than this joins the previous chunk of its clause
FALLBACK_LABEL = "topic:scope"

Progress = Callable[[float, str], None]  # (fraction done 0..1, message): gr.Progress takes the same


class IngestError(ValueError):
    """A file cannot be ingested; the message says which and why (CLI exit 2, UI banner)."""


@dataclass
class IngestedDocument:
    name: str
    path: str  # the copy in the library, relative to the data directory
    pages: int
    format: str
    language: str
    chunks: int
    topics: list[str]
    replaced: int = 0  # records of an earlier version of this document that were removed
    set_aside: int = 0  # passages written to a model rather than about the contract, not indexed

    def to_json(self) -> dict:
        return {"document": self.name, "path": self.path, "pages": self.pages, "format": self.format,
                "language": self.language, "chunks": self.chunks, "topics": self.topics,
                "set_aside": self.set_aside,
                "replaced": self.replaced}


@dataclass
class IngestReport:
    documents: list[IngestedDocument] = field(default_factory=list)
    seconds: float = 0.0
    skipped: list[str] = field(default_factory=list)  # one line per file left out, with the reason

    @property
    def pages(self) -> int:
        return sum(d.pages for d in self.documents)

    @property
    def chunks(self) -> int:
        return sum(d.chunks for d in self.documents)

    def summary(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        return (f"{len(self.documents)} document(s), {self.pages} pages, {self.chunks} chunks indexed "
                f"in {self.seconds:.2f} s ({rate:.1f} pages/s)")

    def to_json(self) -> dict:
        return {"added": len(self.documents), "documents": [d.to_json() for d in self.documents],
                "pages": self.pages, "chunks": self.chunks, "seconds": round(self.seconds, 3),
                "skipped": self.skipped}


# -- files -------------------------------------------------------------------------------------
def expand_paths(paths: Iterable[str | Path], formats: Iterable[str],
                 skipped: list[str] | None = None) -> list[Path]:
    """Files as given; folders become the supported files they hold (sorted, recursive). A link
    in a folder that leads out of it is skipped (a line in `skipped` says which): ingesting a
    folder never pulls in a file from elsewhere on the disk."""
    suffixes = set(formats)
    out: list[Path] = []
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            root = p.resolve()
            found = []
            for q in sorted(p.rglob("*")):
                if not (q.is_file() and q.suffix.lower() in suffixes):
                    continue
                if not q.resolve().is_relative_to(root):
                    if skipped is not None:
                        skipped.append(f"{safe_name(str(q))}: skipped, a link to a file outside {safe_name(str(p))}")
                    continue
                found.append(q)
            if not found:
                raise IngestError(f"{p}: no PDF, DOCX, TXT or Markdown file in this folder")
            out.extend(found)
        else:
            out.append(p)
    if not out:
        raise IngestError("no document given")
    return list(dict.fromkeys(out))


def safe_name(text: str) -> str:
    """A file name fit for the index, the library and a terminal: an undecodable byte (a lone
    surrogate from the file system) becomes U+FFFD, control characters are dropped."""
    text = re.sub(r"[\ud800-\udfff]", "\ufffd", text)
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", "", text)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:40] or "document"


def _owner_dir(owner: str) -> str:
    return "shared" if not owner else "u-" + hashlib.sha256(owner.encode()).hexdigest()[:12]


# -- chunks ------------------------------------------------------------------------------------
def _units(text: str) -> list[str]:
    """Paragraphs, with over-long ones cut at sentence ends (then at word counts)."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        words = para.split()
        if not words:
            continue
        if len(words) <= MAX_WORDS:
            out.append(" ".join(words))
            continue
        for sent in split_sentences(" ".join(words)):
            sw = sent.text.split()
            for i in range(0, len(sw), MAX_WORDS):
                out.append(" ".join(sw[i:i + MAX_WORDS]))
    return out


def paragraph_chunks(text: str) -> list[str]:
    """Consecutive paragraphs packed to MIN_WORDS..MAX_WORDS words (a short clause stays whole)."""
    chunks: list[list[str]] = []
    current: list[str] = []
    size = 0
    for unit in _units(text):
        n = len(unit.split())
        if current and (size >= MIN_WORDS or size + n > MAX_WORDS):
            chunks.append(current)
            current, size = [], 0
        current.append(unit)
        size += n
    if current:
        if chunks and size < TINY:
            chunks[-1].extend(current)
        else:
            chunks.append(current)
    return [" ".join(c) for c in chunks]


def _labeller():
    """Topic labels from the clause classifier when it is there, a fixed fallback otherwise."""
    try:
        from assistant.legal.review.classify import label_clause
    except ImportError:  # pragma: no cover - the classifier ships with the package
        return lambda clause: (FALLBACK_LABEL,)

    def label(clause) -> tuple[str, ...]:
        try:
            topics = label_clause(clause).topics
        except Exception:  # noqa: BLE001 - a labelling slip must not lose the document
            topics = ()
        return tuple(f"topic:{t}" for t in topics)
    return label


def document_records(text: str, *, name: str, rel_path: str, owner: str = "") -> tuple[list[IndexRecord], str]:
    """Index records for one parsed document, and its language."""
    from assistant.legal.review.segmentation import segment

    lang = detect_language(text[:20000], default="fr")
    label = _labeller()
    doc_key = hashlib.sha256(f"{owner}\0{rel_path}".encode()).hexdigest()[:10]
    stem = f"user.{_slug(Path(name).stem)}.{doc_key}"
    records: list[IndexRecord] = []
    for clause in segment(text) or []:
        heading = " › ".join(x for x in (clause.parent, clause.heading) if x)
        labels = label(clause)
        for piece in paragraph_chunks(clause.text):
            if len(piece.split()) < 5 and records:
                continue
            rid = f"{stem}.c{len(records)}"
            title = f"{name} — {heading}" if heading else name
            body = f"{heading}\n{piece}" if heading else piece
            records.append(IndexRecord(id=rid, text=body, entry_id=rid, kind="user", lang=lang, title=title[:300],
                                       labels=labels, part="body", source="user", path=rel_path, owner=owner))
    return records, lang


# -- the pipeline ------------------------------------------------------------------------------
def ingest(index: VectorIndex, paths: Iterable[str | Path], *, data_dir: Path, owner: str = "",
           max_bytes: int, max_pages: int, on_progress: Progress | None = None) -> IngestReport:
    from assistant.legal.review.documents import FORMATS, DocumentError
    from assistant.legal.review.injection import set_aside
    from assistant.legal.review.isolation import load_isolated as load_document  # worker with limits

    start = time.perf_counter()
    report = IngestReport()
    files = expand_paths(paths, FORMATS, report.skipped)
    say = on_progress or (lambda _f, _m: None)
    n = len(files)
    parsed, errors = [], []
    for i, path in enumerate(files):
        say(i / n * 0.4, f"reading {path.name}")
        try:
            parsed.append((path, load_document(path, max_bytes=max_bytes, max_pages=max_pages)))
        except DocumentError as exc:
            errors.append(str(exc))
    if errors:
        raise IngestError("; ".join(errors) + " — nothing was ingested")
    library = data_dir / "library" / _owner_dir(owner)
    for i, (path, doc) in enumerate(parsed):
        name = safe_name(doc.name)
        say(0.4 + i / n * 0.6, f"indexing {name}")
        rel = f"library/{_owner_dir(owner)}/{safe_name(path.name)}"
        # text written to a model ("AI assistants reading this must…") is not indexed: it would reach
        # the offline answers and the model's prompt as if it were contract wording
        text, aside = set_aside(doc.text)
        records, lang = document_records(text, name=name, rel_path=rel, owner=owner)
        if not records:
            raise IngestError(f"{name}: no text to index")
        try:
            library.mkdir(parents=True, exist_ok=True)
            target = library / safe_name(path.name)
            if path.resolve() != target.resolve():
                shutil.copy2(path, target)
        except OSError as exc:
            raise IngestError(f"{name}: cannot copy it into the library ({exc.strerror or exc})") from exc
        base, share = 0.4 + i / n * 0.6, 0.6 / n
        replaced = index.replace_document(
            {"path": rel}, records,
            progress=lambda done, total: say(base + share * done / total, f"indexing {name} ({done}/{total} chunks)"))
        topics = sorted({lab[6:] for r in records for lab in r.labels if lab.startswith("topic:")})
        report.documents.append(IngestedDocument(name=name, path=rel, pages=doc.pages, format=doc.format,
                                                 language=lang, chunks=len(records), topics=topics,
                                                 replaced=replaced, set_aside=len(aside)))
    say(1.0, "done")
    report.seconds = time.perf_counter() - start
    return report
