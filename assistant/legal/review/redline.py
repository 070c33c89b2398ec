"""Redlines: a review (or a counter-draft) written back into the user's own document as Word
tracked changes with comments (the OOXML work is in `docx_tracked.py`).

- `suggestions(report, text)`: every finding as the redline and the review view see it: the
  passage at issue (the flag's span into the document text, or its quoted evidence found in
  the text), the proposed wording in full, the reason, the legal basis, the negotiation note.
  A missing essential clause is a suggestion too (a new article from the clause library).
- `counter_suggestions(report, text, draft)`: Clausier's draft against the other side's text:
  for each topic both cover, their clause body becomes Clausier's wording; the essential
  topics they lack are added as new articles.
- `write_redline(...)`: applies the accepted suggestions to a copy of the DOCX (or to a clean
  DOCX of a PDF / TXT / MD text) and saves it elsewhere; the input is never written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.knowledge.taxonomy import KB_DIR, load_taxonomy
from assistant.legal.review.docx_tracked import Range, RedlineError, TrackedDocument, skeleton
from assistant.paths import PROMPTS_DIR

__all__ = ["Suggestion", "Change", "RedlineResult", "RedlineError", "suggestions", "counter_suggestions",
           "write_redline", "redline_paths", "words"]


@lru_cache(maxsize=1)
def words() -> dict:
    return yaml.safe_load((PROMPTS_DIR / "redline.yaml").read_text(encoding="utf-8"))


def _lang(lang: str | None) -> str:
    return lang if lang in ("fr", "en") else "fr"


def _topic_name(topic: str, lang: str) -> str:
    try:
        return load_taxonomy().topic(topic).name(lang)
    except (KeyError, ValueError):
        return topic.replace("_", " ")


@dataclass
class Suggestion:
    """One finding of a review, or one clause of a counter-draft, as a proposed change."""

    id: str                      # "f1", "f2"… (flags, in report order), "m-<topic>", "c-<topic>-<n>"
    kind: str                    # "flag" | "missing" | "counter"
    topic: str
    severity: str | None
    issue: str
    wording: str | None          # the proposed wording in full (None: comment only)
    span: tuple[int, int] | None = None   # the passage at issue in the document text
    passage: str | None = None
    rule: str | None = None
    basis: str | None = None
    ask: str | None = None
    clause: str | None = None    # "7.2 Responsabilité"
    heading: str | None = None   # the article heading of a new article ("Article X – …")

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "topic": self.topic, "severity": self.severity, "rule": self.rule,
                "issue": self.issue, "basis": self.basis, "ask": self.ask, "clause": self.clause,
                "span": list(self.span) if self.span else None, "passage": self.passage, "wording": self.wording}


@dataclass
class Change:
    """What the redline did for one suggestion."""

    id: str
    topic: str
    action: str                  # "replace" (deletion + insertion), "insert" (new article), "comment"
    located: bool                # the passage was found in the file (else the comment sits at the clause)
    wording: str | None = None
    deleted: str | None = None

    def to_json(self) -> dict:
        return {"id": self.id, "topic": self.topic, "action": self.action, "located": self.located,
                "wording": self.wording, "deleted": self.deleted}


@dataclass
class RedlineResult:
    path: Path
    document: str
    format: str
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"path": str(self.path), "document": self.document, "format": self.format,
                "changes": [c.to_json() for c in self.changes], "notes": self.notes}


# -- the clause library at any position --------------------------------------------------------
@lru_cache(maxsize=4)
def _library(kb_dir: Path) -> dict:
    from assistant.knowledge.entries import load_entries

    try:
        return {e.id: e for e in load_entries(kb_dir) if e.kind == "clause"}
    except (ValueError, OSError):
        return {}


def library_wording(topic: str, position: str, lang: str, kb_dir: Path | None = None) -> str | None:
    """The library's clause for a topic at a position, slots filled with the usual defaults."""
    from assistant.legal.drafting.slots import fill

    kb = Path(kb_dir or KB_DIR)
    for lg in (lang, "en" if lang == "fr" else "fr"):
        entry = _library(kb).get(f"clause.{topic}.{position}.{lg}")
        if entry is not None and entry.wording:
            return fill(entry.wording.strip(), lg, kb_dir=kb)
    return None


# -- suggestions ---------------------------------------------------------------------------------
def _clause_label(number: str | None, heading: str | None) -> str | None:
    parts = [x for x in (number, heading) if x]
    if len(parts) == 2 and parts[1].startswith(parts[0]):
        parts = parts[1:]
    return " ".join(parts) or None


def _passage(flag, text: str) -> tuple[tuple[int, int] | None, str | None]:
    if flag.span and 0 <= flag.span[0] < flag.span[1] <= len(text):
        return tuple(flag.span), text[flag.span[0]:flag.span[1]].strip()
    if flag.evidence:
        piece = max(flag.evidence.split("…"), key=len).strip()
        at = text.find(piece) if piece else -1
        if at >= 0:
            return (at, at + len(piece)), piece
        return None, piece or None
    return None, None


def suggestions(report, text: str, *, position: str = "balanced", kb_dir: Path | None = None) -> list[Suggestion]:
    """The review's findings (flags, then missing essential clauses) as proposed changes."""
    lang = _lang(report.language)
    out: list[Suggestion] = []
    for i, flag in enumerate(report.flags, 1):
        wording = flag.suggestion if flag.suggestion and flag.suggestion != flag.ask else None
        if position != "balanced":
            wording = library_wording(flag.topic, position, lang, kb_dir) or wording
        span, passage = _passage(flag, text)
        out.append(Suggestion(id=f"f{i}", kind="flag", topic=flag.topic, severity=flag.severity, issue=flag.issue,
                              wording=wording, span=span, passage=passage, rule=flag.rule, basis=flag.basis,
                              ask=flag.ask, clause=_clause_label(flag.number, flag.heading)))
    flagged = {s.topic for s in out if s.wording and s.passage is None}
    for topic in report.missing_essential:
        if topic in flagged:
            continue
        wording = library_wording(topic, position, lang, kb_dir)
        out.append(Suggestion(id=f"m-{topic}", kind="missing", topic=topic, severity="high",
                              issue=words()["view"][lang]["missing_reason"], wording=wording))
    return out


def counter_suggestions(report, text: str, draft) -> list[Suggestion]:
    """Clausier's draft set against the other side's document, clause by clause."""
    lang = _lang(report.language)
    W = words()["comment"][lang]
    position = W["position"].get(draft.position, draft.position)
    out: list[Suggestion] = []
    covered = {t for c in report.clauses for t in c.topics}
    for section in draft.sections:
        theirs = [c for c in report.clauses if c.topics and c.topics[0] == section.topic]
        first = None
        for n, c in enumerate(theirs):
            end = c.end if c.end is not None else len(text)
            head_end = text.find("\n", c.start, end)
            body_start = head_end + 1 if c.heading and head_end >= 0 else c.start
            body = text[body_start:end].strip()
            if not body:
                continue
            label = _clause_label(c.number, c.heading)
            if first is None:
                first = label
                out.append(Suggestion(id=f"c-{section.topic}-{n}", kind="counter", topic=section.topic,
                                      severity=None, issue=W["counter"].format(position=position,
                                                                               topic=section.title),
                                      wording=section.text, span=(body_start, end), passage=body, clause=label))
            else:
                out.append(Suggestion(id=f"c-{section.topic}-{n}", kind="counter", topic=section.topic,
                                      severity=None, issue=W["counter_also"].format(topic=section.title,
                                                                                    where=first or ""),
                                      wording=None, span=(body_start, end), passage=body, clause=label))
    essential = set(load_taxonomy().essential_topics)
    for section in draft.sections:
        if section.topic in essential and section.topic not in covered:
            out.append(Suggestion(id=f"m-{section.topic}", kind="missing", topic=section.topic, severity="high",
                                  issue=W["missing"].format(topic=section.title), heading=section.heading,
                                  wording=section.heading + "\n" + section.text))
    return out


def comment_text(s: Suggestion, lang: str, *, wording_elsewhere: bool = False) -> str:
    W = words()["comment"][_lang(lang)]
    lines = []
    if s.kind == "flag":
        lines.append(f"[{W['severity'].get(s.severity, s.severity)}] {s.issue}")
        if s.basis:
            lines.append(f"{W['basis']} : {s.basis}" if lang == "fr" else f"{W['basis']}: {s.basis}")
        if s.ask:
            lines.append(f"{W['ask']} : {s.ask}" if lang == "fr" else f"{W['ask']}: {s.ask}")
        if wording_elsewhere:
            lines.append(W["same_topic"])
        elif not s.wording:
            lines.append(W["no_wording"])
    elif s.kind == "missing":
        lines.append(W["missing"].format(topic=_topic_name(s.topic, lang)))
    else:
        lines.append(s.issue)
    lines.append(W["notice"])
    return "\n".join(lines)


# -- writing -------------------------------------------------------------------------------------
def _order() -> tuple[str, ...]:
    from assistant.legal.drafting.contract import ORDER

    return ORDER


def _placement(topic: str, clauses: list) -> int | None:
    """Index of the clause after which a missing topic's article goes (by the drafting order)."""
    order = _order()
    ti = order.index(topic) if topic in order else len(order)
    best, best_idx = None, -1
    for k, c in enumerate(clauses):
        idx = min((order.index(t) for t in c.topics if t in order), default=None)
        if idx is not None and idx < ti and idx >= best_idx:
            best, best_idx = k, idx
    if best is None:
        return -1 if clauses else None
    return best


def _first_line(text: str, start: int, end: int) -> str:
    chunk = text[start:end].strip("\n")
    return next((ln for ln in chunk.splitlines() if ln.strip()), "")


def _last_line(text: str, start: int, end: int) -> str:
    chunk = text[start:end]
    return next((ln for ln in reversed(chunk.splitlines()) if skeleton(ln)), "")


def _find(doc: TrackedDocument, passage: str, near: int | None) -> Range | None:
    """The passage in the file; a long passage the extraction laid out differently (a table, a
    list) is found by its first and last lines."""
    where = doc.locate(passage, near)
    lines = [ln for ln in passage.splitlines() if len(skeleton(ln)) >= 3]
    if where is not None or len(lines) < 2:
        return where
    first = doc.locate(lines[0], near)
    if first is None:
        return None
    last = doc.locate(lines[-1], None if near is None else near + len(skeleton(passage)))
    if last is None or (last.p1, last.b) <= (first.p0, first.a):
        return None
    return Range(first.p0, first.a, last.p1, last.b)


def write_redline(out: str | Path, *, text: str, report, items: list[Suggestion], source: Path | None = None,
                  name: str = "document", accepted: set[str] | None = None, lang: str | None = None,
                  inputs: list[Path] | None = None) -> RedlineResult:
    """Write the redline of the `accepted` suggestions (all when None) to `out` (.docx).
    `source`: the user's DOCX (copied, then edited); None: a clean DOCX of `text` is built."""
    out = Path(out).expanduser()
    if out.suffix.lower() != ".docx":
        raise RedlineError(f"{out.name}: the redline is a Word file: give a name ending in .docx")
    if out.is_dir():
        raise RedlineError(f"{out} is a directory: give a file name ending in .docx")
    if not out.parent.exists():
        raise RedlineError(f"folder {out.parent} does not exist")
    for p in [source, *(inputs or [])]:
        if p is not None and Path(p).exists() and out.exists() and os.path.samefile(out, p):
            raise RedlineError(f"{out.name}: the redline would overwrite an input file; choose another name")
    lang = _lang(lang or report.language)
    if source is not None and source.suffix.lower() == ".docx":
        doc, fmt = TrackedDocument.open(source.read_bytes(), source.name), "docx"
    else:
        doc, fmt = TrackedDocument.from_text(text, title=name), "text"
    chosen = [s for s in items if accepted is None or s.id in accepted]
    result = RedlineResult(path=out, document=name, format=fmt)
    ops: list[tuple[tuple, object]] = []
    deleted: list[Range] = []
    worded: set[str] = set()
    clauses = list(report.clauses)

    def near(offset: int) -> int:
        return len(skeleton(text[:offset]))

    def clause_of(s: Suggestion):
        if s.span is None:
            return None
        return next((c for c in clauses if c.start <= s.span[0] and (c.end is None or s.span[0] < c.end)), None)

    for s in chosen:
        wording = s.wording if s.wording and s.topic not in worded else None
        elsewhere = bool(s.wording) and wording is None
        if wording and s.kind != "counter":
            worded.add(s.topic)
        comment = comment_text(s, lang, wording_elsewhere=elsewhere)
        if s.passage:
            where = _find(doc, s.passage, near(s.span[0]) if s.span else None)
            if where is None:
                c = clause_of(s)
                head = _first_line(text, c.start, c.end or len(text)) if c else ""
                at = doc.locate(head, near(c.start)) if head else None
                result.notes.append(f"{s.id}: passage not found in the file" + (", comment at its clause" if at else ""))
                if at is None:
                    at = Range(0, 0, 0, 0)
                note = words()["comment"][lang]["not_found"]
                ops.append(((at.p1, 10**9), lambda at=at, w=wording, c=f"{comment}\n{note}":
                            doc.insert_after(at.p1, w, c) if w else doc.point_comment(at.p0, at.a, c)))
                result.changes.append(Change(s.id, s.topic, "insert" if wording else "comment", False, wording))
                continue
            delete = (wording is not None or s.kind == "counter") and not any(where.overlaps(d) for d in deleted)
            if delete:
                deleted.append(where)
            ops.append(((where.p0, where.a), lambda where=where, w=wording, c=comment, d=delete:
                        doc.replace(where, w, c, delete=d)))
            result.changes.append(Change(s.id, s.topic, "replace" if delete else "comment", True, wording,
                                         s.passage if delete else None))
            continue
        if not wording:  # an absence without model wording: a comment at the start of the document
            ops.append(((0, -1), lambda c=comment: doc.point_comment(0, 0, c)))
            result.changes.append(Change(s.id, s.topic, "comment", True))
            continue
        body = wording if s.heading or wording.lstrip().lower().startswith(("article", "section", "clause")) \
            else f"{_topic_name(s.topic, lang)}\n{wording}"
        k = _placement(s.topic, clauses)
        target = None
        if k is not None and k + 1 < len(clauses):
            nxt = clauses[k + 1]
            head = _first_line(text, nxt.start, nxt.end or len(text))
            r = doc.locate(head, near(nxt.start)) if head else None
            if r is not None:
                target = ((r.p0, -1), lambda r=r, b=body, c=comment: doc.insert_after(r.p0, b, c, block=True,
                                                                                        before=True))
        if target is None and clauses:
            last = clauses[k] if k is not None and k >= 0 else clauses[-1]
            tail = _last_line(text, last.start, last.end or len(text))
            r = doc.locate(tail, near(max(0, (last.end or len(text)) - len(tail)))) if tail else None
            if r is not None:
                target = ((r.p1, 10**9), lambda r=r, b=body, c=comment: doc.insert_after(r.p1, b, c, block=True))
        if target is None:
            n = len(doc.paras) - 1
            target = ((n, 10**9), lambda n=n, b=body, c=comment: doc.insert_after(n, b, c, block=True))
        ops.append(target)
        result.changes.append(Change(s.id, s.topic, "insert", True, body))
    for _key, op in sorted(ops, key=lambda x: x[0], reverse=True):
        op()
    try:
        doc.save(out)
    except OSError as exc:
        raise RedlineError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return result


def redline_paths(target: str | Path, names: list[str]) -> list[Path]:
    """Where each document's redline goes: one document → `target` itself (a .docx file, or a
    folder that gets `<name>.redline.docx`); several → `target` must be a folder, each document
    gets `<name>.redline.docx` in it."""
    target = Path(target).expanduser()
    if len(names) == 1 and target.suffix.lower() == ".docx" and not target.is_dir():
        return [target]
    if target.suffix.lower() == ".docx" and not target.is_dir():
        raise RedlineError(f"{target.name}: {len(names)} documents give {len(names)} redlines: "
                           "--redline must name a folder")
    if target.exists() and not target.is_dir():
        raise RedlineError(f"{target}: not a folder and not a .docx file name")
    target.mkdir(parents=True, exist_ok=True) if target.parent.exists() else None
    if not target.is_dir():
        raise RedlineError(f"folder {target.parent} does not exist")
    stems: dict[str, int] = {}
    out = []
    for name in names:
        stem = Path(name).stem
        stems[stem] = stems.get(stem, 0) + 1
        suffix = f"-{stems[stem]}" if stems[stem] > 1 else ""
        out.append(target / f"{stem}{suffix}.redline.docx")
    return out
