"""Clauses from the user's files: JSONL or CSV (one clause per record: the user's `id` — BEIR's
`_id` accepted —, `text`, optional `title`, `source`, `side`, at top level or under `metadata`),
DOCX, PDF and plain text (split into clauses by the review's segmentation).

A malformed record is reported with its line number and skipped; the caller decides whether a
problem stops the import (`--strict`)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Iterator

from assistant.precedents.model import ClauseRecord, ImportProblem

TABLE_SUFFIXES = (".jsonl", ".ndjson", ".csv")
DOCUMENT_SUFFIXES = (".docx", ".pdf", ".txt", ".md")
MAX_TEXT = 20_000  # characters of one clause; longer records are cut, with a problem noted


class ImportFailed(ValueError):
    """A file cannot be read at all (missing, unsupported, unreadable)."""


def _record(data: dict, where: str, line: int, fallback_id: str) -> ClauseRecord | ImportProblem:
    meta = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        return ImportProblem(where, line, "no clause text (expected a non-empty 'text' field)")
    cid = data.get("id", data.get("_id"))
    if cid is None or (isinstance(cid, str) and not cid.strip()):
        cid = fallback_id
    if not isinstance(cid, (str, int)):
        return ImportProblem(where, line, "the 'id' must be a string or a number")

    def field(name: str) -> str:
        value = data.get(name, meta.get(name, ""))
        return str(value).strip() if value is not None else ""

    return ClauseRecord(id=str(cid).strip(), text=text.strip()[:MAX_TEXT], title=field("title"),
                        source=field("source") or where, side=field("side"))


def _jsonl(path: Path) -> Iterator[ClauseRecord | ImportProblem]:
    with path.open(encoding="utf-8-sig", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ImportProblem(path.name, n, f"not valid JSON ({exc.msg})")
                continue
            if not isinstance(data, dict):
                yield ImportProblem(path.name, n, "expected a JSON object per line")
                continue
            yield _record(data, path.name, n, f"{path.stem}-{n}")


def _csv(path: Path) -> Iterator[ClauseRecord | ImportProblem]:
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as fh:
        sample = fh.read(4096)
        fh.seek(0)
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.DictReader(fh, dialect=dialect)
        if not reader.fieldnames or "text" not in [f.strip().lower() for f in reader.fieldnames]:
            raise ImportFailed(f"{path.name}: no 'text' column in the header (expected id,text[,title,source,side])")
        for row in reader:
            row = {(k or "").strip().lower(): v for k, v in row.items()}
            yield _record(row, path.name, reader.line_num, f"{path.stem}-{reader.line_num}")


def _document(path: Path, *, max_bytes: int, max_pages: int) -> Iterator[ClauseRecord | ImportProblem]:
    from assistant.legal.review.documents import DocumentError, load_document
    from assistant.legal.review.segmentation import segment

    try:
        doc = load_document(path, max_bytes=max_bytes, max_pages=max_pages)
    except DocumentError as exc:
        raise ImportFailed(str(exc)) from exc
    clauses = [c for c in segment(doc.text) if c.text.strip()]
    if not clauses and doc.text.strip():
        yield ClauseRecord(id=f"{path.stem}-1", text=doc.text.strip()[:MAX_TEXT], source=path.name)
        return
    for i, c in enumerate(clauses, 1):
        number = c.number or str(i)
        title = " — ".join(x for x in (c.parent, c.heading) if x)
        yield ClauseRecord(id=f"{path.stem}#{number}" if c.number else f"{path.stem}#{i}", text=c.text.strip()[:MAX_TEXT],
                           title=title, source=path.name)


def read_clauses(path: str | Path, *, max_bytes: int = 50 * 1024 * 1024,
                 max_pages: int = 500) -> Iterator[ClauseRecord | ImportProblem]:
    path = Path(path)
    if not path.is_file():
        raise ImportFailed(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return _jsonl(path)
    if suffix == ".csv":
        return _csv(path)
    if suffix in DOCUMENT_SUFFIXES:
        return _document(path, max_bytes=max_bytes, max_pages=max_pages)
    raise ImportFailed(f"{path.name}: unsupported file type (use .jsonl, .csv, .docx, .pdf or .txt)")
