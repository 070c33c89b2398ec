"""Word tracked changes and comments written into a copy of a DOCX (OOXML), nothing else touched.

The user's file is opened with python-docx, which keeps every part it does not understand
(styles, numbering, headers, footers, custom XML, existing comments), and only the runs of
the paragraphs at issue are split and wrapped: `w:del` around the passage (its `w:t` become
`w:delText`), `w:ins` around the proposed wording, `w:commentRangeStart` / `w:commentRangeEnd`
and a comment reference around them, the comment itself in `word/comments.xml` (python-docx
creates that part with its relationship and content type, or appends to the existing one).
Existing tracked changes and comments stay as they are. A PDF, TXT or Markdown input becomes
a clean DOCX of its text first (`from_text`), then gets the same edits.

Passages are found by their "skeleton" (the characters but whitespace, `|` and `#`, which the
text extraction adds or moves), so a quote from the review text matches the runs of the
document whatever the run splitting, tabs, line breaks or table layout. Edits are applied from
the end of the document to its start, so the offsets of the ones still to come stay valid.

`resolve(data, accept=…)` accepts or rejects every change (an XML transform; tests compare it
with LibreOffice's own accept-all).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field

from docx.oxml.ns import qn

AUTHOR = "Clausier"
INITIALS = "CL"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted OOXML is stored in an OLE compound file
_SKIP = re.compile(r"[\s|#\u00ad\u200b\u200e\u200f\ufeff]+")
_SKIP_CHARS = frozenset("|#\u00ad\u200b\u200e\u200f\ufeff")
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
W_P, W_R, W_T = qn("w:p"), qn("w:r"), qn("w:t")
W_DEL, W_INS, W_PPR, W_RPR = qn("w:del"), qn("w:ins"), qn("w:pPr"), qn("w:rPr")
_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
         qn("w:noBreakHyphen"): "-"}
_HIDDEN = {W_DEL, qn("w:moveFrom"), qn("w:txbxContent"), _MC_FALLBACK}
_FIELD = {qn("w:fldChar"), qn("w:instrText"), qn("w:drawing"), qn("w:object"), qn("w:pict")}


class RedlineError(ValueError):
    """The file cannot be redlined; the message says why in one line."""


# a list number at the start of a line: Word may show it from a numbering definition (the text
# extraction writes it, the runs do not hold it) or hold it as text; both sides drop it
_ENUM = re.compile(r"^[\s#]*(?:(?:article|art\.|section|annexe|annex|chapitre|chapter|clause)\s+)?"
                   r"(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-z][.)]|[ivxlc]{1,6}[.)]|\(\w{1,4}\))(?=\s)", re.I)


def _enum_len(line: str) -> int:
    m = _ENUM.match(line)
    return m.end() if m else 0


def skeleton(text: str) -> str:
    return "".join(_SKIP.sub("", line[_enum_len(line):]) for line in text.split("\n"))


def check_source(data: bytes, name: str) -> None:
    """Refuse what must not be redlined: encrypted, corrupt or macro-enabled Word files."""
    if data[:8] == OLE_MAGIC:
        raise RedlineError(f"{name}: the Word file is password-protected (encrypted) or in the old .doc format; "
                           "save an unprotected .docx copy and try again")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise RedlineError(f"{name}: the DOCX file is corrupt (not a valid Office Open XML archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = [n.lower() for n in z.namelist()]
            types = z.read("[Content_Types].xml")
            if z.testzip() is not None:
                raise zipfile.BadZipFile("CRC")
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError):
        raise RedlineError(f"{name}: the DOCX file is corrupt or truncated") from None
    if any(n.endswith("vbaproject.bin") for n in names) or b"macroEnabled" in types:
        raise RedlineError(f"{name}: macro-enabled Word document (VBA project inside): Clausier does not write "
                           "redlines of files with macros; save it as a plain .docx and try again")


@dataclass
class _Piece:
    run: object
    node: object
    start: int
    end: int


@dataclass
class _Para:
    p: object
    text: str = ""
    pieces: list[_Piece] = field(default_factory=list)


@dataclass(frozen=True)
class Range:
    """From (paragraph index, offset) to (paragraph index, offset), end excluded."""

    p0: int
    a: int
    p1: int
    b: int

    def overlaps(self, other: "Range") -> bool:
        return (self.p0, self.a) < (other.p1, other.b) and (other.p0, other.a) < (self.p1, self.b)


def _visible(node, p) -> bool:
    """Is this run shown as part of paragraph `p` (not deleted, not in a text box or fallback)?"""
    for anc in node.iterancestors():
        if anc is p:
            return True
        if anc.tag in _HIDDEN or anc.tag == W_P:
            return False
    return False


def _model(p) -> _Para:
    para = _Para(p)
    parts: list[str] = []
    pos = 0
    for run in p.iter(W_R):
        if not _visible(run, p):
            continue
        for child in run:
            if child.tag not in _TEXT:
                continue
            value = child.text or "" if child.tag == W_T else _TEXT[child.tag]
            if not value:
                continue
            para.pieces.append(_Piece(run, child, pos, pos + len(value)))
            parts.append(value)
            pos += len(value)
    para.text = "".join(parts)
    return para


class TrackedDocument:
    """A DOCX being redlined: locate passages, then delete / insert / comment with revision marks."""

    def __init__(self, document) -> None:
        self.doc = document
        self.body = document.element.body
        self.date = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.paras = [p for p in self.body.iter(W_P) if self._shown(p)]
        self._index = {id(p): i for i, p in enumerate(self.paras)}
        ids = [int(v) for v in self.body.xpath(".//@w:id") if str(v).lstrip("-").isdigit()]
        self._next_id = max(ids + [0]) + 1
        self._skel: str | None = None
        self._map: list[tuple[int, int]] = []

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, data: bytes, name: str = "document.docx") -> "TrackedDocument":
        import docx

        check_source(data, name)
        try:
            return cls(docx.Document(io.BytesIO(data)))
        except Exception as exc:  # noqa: BLE001 - python-docx raises anything on a broken package
            raise RedlineError(f"{name}: the DOCX file is corrupt ({type(exc).__name__})") from exc

    @classmethod
    def from_text(cls, text: str, *, title: str | None = None) -> "TrackedDocument":
        """A clean DOCX of a PDF / TXT / Markdown text: one paragraph per line, '#' lines as headings."""
        import docx

        d = docx.Document()
        if title:
            d.core_properties.title = title
        for line in text.split("\n"):
            if not line.strip():
                continue
            m = re.match(r"(#{1,6})\s+(.*)", line)
            if m:
                d.add_heading(m.group(2).strip(), level=min(len(m.group(1)), 4))
            else:
                d.add_paragraph(line.strip())
        return cls(d)

    def save(self, out) -> None:
        self.doc.save(str(out))

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()

    @staticmethod
    def _shown(p) -> bool:
        return not any(a.tag in (qn("w:txbxContent"), _MC_FALLBACK) for a in p.iterancestors())

    # -- locating --------------------------------------------------------------------------
    def _build_skeleton(self) -> None:
        chars: list[str] = []
        for i, p in enumerate(self.paras):
            text = _model(p).text
            for j in range(_enum_len(text), len(text)):
                ch = text[j]
                if not (ch.isspace() or ch in _SKIP_CHARS):
                    chars.append(ch)
                    self._map.append((i, j))
        self._skel = "".join(chars)

    def locate(self, passage: str, near: int | None = None) -> Range | None:
        """Where `passage` is (the occurrence nearest the skeleton index `near`), or None."""
        if self._skel is None:
            self._build_skeleton()
        needle = skeleton(passage)
        if len(needle) < 3:
            return None
        hits, at = [], self._skel.find(needle)
        while at >= 0 and len(hits) < 200:
            hits.append(at)
            at = self._skel.find(needle, at + 1)
        if not hits:
            return None
        best = min(hits, key=lambda h: abs(h - near)) if near is not None else hits[0]
        (p0, a), (p1, b) = self._map[best], self._map[best + len(needle) - 1]
        return Range(p0, a, p1, b + 1)

    def paragraph_text(self, index: int) -> str:
        return _model(self.paras[index]).text

    def is_heading(self, index: int) -> bool:
        ppr = self.paras[index].find(W_PPR)
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        value = (style.get(qn("w:val")) or "") if style is not None else ""
        return bool(re.match(r"(heading|titre|title)", value, re.I))

    # -- revision marks --------------------------------------------------------------------
    def _mark(self, tag: str):
        el = self.body.makeelement(qn(tag), {})
        el.set(qn("w:id"), str(self._next_id))
        el.set(qn("w:author"), AUTHOR)
        el.set(qn("w:date"), self.date)
        self._next_id += 1
        return el

    def _split(self, p, off: int) -> None:
        """Make `off` a run boundary in paragraph p (the left part keeps the original elements)."""
        para = _model(p)
        for piece in para.pieces:
            if piece.start < off < piece.end or (piece.start == off and piece.run is not None):
                run = piece.run
                break
        else:
            return
        pieces = [x for x in para.pieces if x.run is run]
        if off <= pieces[0].start or off >= pieces[-1].end:
            return
        right = copy.deepcopy(run)
        for child in list(right):
            if child.tag != W_RPR:
                right.remove(child)
        moving = False
        for child in list(run):
            if child.tag == W_RPR:
                continue
            piece = next((x for x in pieces if x.node is child), None)
            if moving:
                run.remove(child)
                right.append(child)
            elif piece is not None and piece.start < off < piece.end and child.tag == W_T:
                k = off - piece.start
                tail = self.body.makeelement(W_T, {})
                tail.text = child.text[k:]
                child.text = child.text[:k]
                for t in (child, tail):
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                right.append(tail)
                moving = True
            elif piece is not None and piece.start >= off:
                run.remove(child)
                right.append(child)
                moving = True
        run.addnext(right)

    def _runs_in(self, p, a: int, b: int) -> list:
        """The runs of p covering exactly [a, b) after splitting at a and b (document order)."""
        self._split(p, b)
        self._split(p, a)
        para = _model(p)
        runs: list = []
        for piece in para.pieces:
            if piece.start >= a and piece.end <= b and piece.run not in runs:
                runs.append(piece.run)
        return [r for r in runs if not any(c.tag in _FIELD for c in r)]

    def _wrap_deleted(self, runs: list) -> list:
        """Wrap runs in w:del (consecutive siblings share one); returns the w:del elements."""
        wrappers: list = []
        current, last = None, None
        for run in runs:
            if current is None or run.getprevious() is not last:
                current = self._mark("w:del")
                run.addprevious(current)
                wrappers.append(current)
            current.append(run)
            last = current
            for node in run.iter(qn("w:t"), qn("w:instrText")):
                node.tag = qn("w:delText") if node.tag == qn("w:t") else qn("w:delInstrText")
        return wrappers

    def _ins_run(self, text: str, rpr=None, *, bold: bool = False):
        ins = self._mark("w:ins")
        run = self.body.makeelement(W_R, {})
        if rpr is not None or bold:
            new = copy.deepcopy(rpr) if rpr is not None else self.body.makeelement(W_RPR, {})
            for bad in new.findall(qn("w:rPrChange")):
                new.remove(bad)
            if bold and new.find(qn("w:b")) is None:
                new.insert(0, self.body.makeelement(qn("w:b"), {}))
            run.append(new)
        t = self.body.makeelement(W_T, {})
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(t)
        ins.append(run)
        return ins

    def _new_paragraph(self, template, text: str, *, bold: bool = False):
        """An inserted paragraph (its mark tracked as inserted) with the template's paragraph style."""
        p = self.body.makeelement(W_P, {})
        ppr = copy.deepcopy(template.find(W_PPR)) if template is not None and template.find(W_PPR) is not None \
            else self.body.makeelement(W_PPR, {})
        for tag in ("w:numPr", "w:sectPr", "w:pPrChange", "w:rPr"):
            for bad in ppr.findall(qn(tag)):
                ppr.remove(bad)
        rpr = self.body.makeelement(W_RPR, {})
        rpr.append(self._mark("w:ins"))
        ppr.append(rpr)
        p.append(ppr)
        p.append(self._ins_run(text, bold=bold))
        return p

    def _comment(self, text: str) -> str:
        comment = self.doc.comments.add_comment(text, author=AUTHOR, initials=INITIALS)
        return str(comment.comment_id)

    def _ref_run(self, cid: str):
        run = self.body.makeelement(W_R, {})
        ref = self.body.makeelement(qn("w:commentReference"), {})
        ref.set(qn("w:id"), cid)
        run.append(ref)
        return run

    def _marker(self, tag: str, cid: str):
        el = self.body.makeelement(qn(tag), {})
        el.set(qn("w:id"), cid)
        return el

    @staticmethod
    def _block(p):
        """The body-level element holding p (a table for a cell's paragraph)."""
        node = p
        while node.getparent() is not None and node.getparent().tag != qn("w:body"):
            node = node.getparent()
        return node

    def _insert_lines_after(self, anchor, lines: list[str], template) -> list:
        new = []
        for line in lines:
            p = self._new_paragraph(template, line, bold=bool(re.match(r"(Article|Section|Clause)\b", line)))
            anchor.addnext(p)
            anchor = p
            new.append(p)
        return new

    # -- the three edits -------------------------------------------------------------------
    def replace(self, where: Range, wording: str | None, comment: str | None, *, delete: bool = True) -> None:
        """Tracked deletion of the passage (when `delete`), tracked insertion of `wording`
        (inline for one line, as new paragraphs after the passage otherwise), comment on both."""
        first_runs: list = []
        last_anchor = None
        last_rpr = None
        for i in range(where.p1, where.p0 - 1, -1):
            p = self.paras[i]
            a = where.a if i == where.p0 else 0
            b = where.b if i == where.p1 else len(_model(p).text)
            runs = self._runs_in(p, a, b)
            if not runs:
                continue
            if last_anchor is None:
                last_rpr = runs[-1].find(W_RPR)
            if delete:
                wrappers = self._wrap_deleted(runs)
                if last_anchor is None:
                    last_anchor = wrappers[-1]
                first_runs = [wrappers[0]]
            else:
                if last_anchor is None:
                    last_anchor = runs[-1]
                first_runs = [runs[0]]
        lines = [ln.rstrip() for ln in (wording or "").strip().splitlines() if ln.strip()]
        if last_anchor is None:  # nothing visible to anchor on: a point comment at the start
            if lines:
                self.insert_after(where.p1, wording or "", comment)
            elif comment:
                self.point_comment(where.p0, where.a, comment)
            return
        if len(lines) == 1:
            ins = self._ins_run(" " + lines[0] if delete is False else lines[0], last_rpr)
            last_anchor.addnext(ins)
            last_anchor = ins
        if comment:
            cid = self._comment(comment)
            first_runs[0].addprevious(self._marker("w:commentRangeStart", cid))
            end = self._marker("w:commentRangeEnd", cid)
            last_anchor.addnext(end)
            end.addnext(self._ref_run(cid))
        if len(lines) > 1:
            anchor = self.paras[where.p1]
            self._insert_lines_after(anchor, lines, anchor)

    def insert_after(self, index: int, wording: str, comment: str | None, *, block: bool = False,
                     before: bool = False) -> None:
        """A new article (tracked insertion) after paragraph `index` (before it with `before`;
        `block`: after the body-level table holding it), its comment on the first line."""
        lines = [ln.rstrip() for ln in wording.strip().splitlines() if ln.strip()]
        if not lines:
            return
        p = self.paras[index]
        anchor = self._block(p) if block else p
        template = self._template(index)
        if before:
            prev = anchor.getprevious()
            if prev is None:
                holder = self.body.makeelement(W_P, {})
                anchor.addprevious(holder)
                new = self._insert_lines_after(holder, lines, template)
                self.body.remove(holder) if holder.getparent() is self.body else holder.getparent().remove(holder)
            else:
                new = self._insert_lines_after(prev, lines, template)
        else:
            new = self._insert_lines_after(anchor, lines, template)
        if comment and new:
            cid = self._comment(comment)
            head = new[0]
            ins = head.find(W_INS)
            ins.addprevious(self._marker("w:commentRangeStart", cid))
            end = self._marker("w:commentRangeEnd", cid)
            ins.addnext(end)
            wrapper = self._mark("w:ins")
            wrapper.append(self._ref_run(cid))
            end.addnext(wrapper)

    def _template(self, index: int):
        """A body paragraph near `index` whose style the inserted paragraphs take (not a heading)."""
        for j in range(index, max(-1, index - 30), -1):
            if not self.is_heading(j) and self._block(self.paras[j]).tag == W_P and _model(self.paras[j]).text.strip():
                return self.paras[j]
        return None

    def point_comment(self, index: int, off: int, comment: str) -> None:
        p = self.paras[index]
        self._split(p, off)
        para = _model(p)
        after = next((x.run for x in para.pieces if x.start >= off), None)
        cid = self._comment(comment)
        start, end, ref = self._marker("w:commentRangeStart", cid), self._marker("w:commentRangeEnd", cid), \
            self._ref_run(cid)
        if after is not None:
            after.addprevious(start)
            start.addnext(end)
            end.addnext(ref)
        else:
            p.append(start)
            p.append(end)
            p.append(ref)


# -- accept / reject all (XML transform) --------------------------------------------------------
def _unwrap(el) -> None:
    parent = el.getparent()
    at = parent.index(el)
    for child in list(el):
        parent.insert(at, child)
        at += 1
    parent.remove(el)


def _merge_into_next(p) -> None:
    """Remove paragraph p's mark: its content moves to the start of the next paragraph."""
    nxt = p.getnext()
    content = [c for c in p if c.tag != W_PPR]
    if nxt is not None and nxt.tag == W_P:
        ppr = nxt.find(W_PPR)
        at = 1 if ppr is not None else 0
        for c in content:
            nxt.insert(at, c)
            at += 1
    p.getparent().remove(p)


def resolve(data: bytes, *, accept: bool) -> bytes:
    """Every tracked change of the main text accepted (`accept`) or rejected; DOCX bytes back."""
    import docx

    d = docx.Document(io.BytesIO(data))
    body = d.element.body
    gone, kept = (W_DEL, W_INS) if accept else (W_INS, W_DEL)
    marks = [p for p in body.iter(W_P)
             if (p.find(W_PPR) is not None and p.find(W_PPR).find(W_RPR) is not None
                 and p.find(W_PPR).find(W_RPR).find(gone) is not None)]
    for el in list(body.iter(gone, qn("w:moveFrom" if accept else "w:moveTo"))):
        if el.getparent() is not None and el.getparent().tag != W_RPR:
            el.getparent().remove(el)
    for el in list(body.iter(kept, qn("w:moveTo" if accept else "w:moveFrom"))):
        if el.getparent() is not None and el.getparent().tag == W_RPR:
            el.getparent().remove(el)
        elif el.getparent() is not None:
            if not accept:
                for node in el.iter(qn("w:delText"), qn("w:delInstrText")):
                    node.tag = W_T if node.tag == qn("w:delText") else qn("w:instrText")
            _unwrap(el)
    for p in marks:
        _merge_into_next(p)
    for el in list(body.iter(qn("w:rPrChange"), qn("w:pPrChange"))):
        el.getparent().remove(el)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
