"""Uploaded contracts (PDF, DOCX, TXT, Markdown) to plain text, with limits and clear errors.

Every library failure becomes a `DocumentError` with a message a user can act on, so the
CLI exits 2 and the UI shows a banner instead of a traceback. DOCX tables are kept (SLA
grids live in tables) as `cell | cell` lines, in document order.
"""

from __future__ import annotations

import codecs
import io
import logging
import math
import re
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from assistant.legal.review import pdfium_reader
from assistant.legal.review.docx_tracked import resolve
from assistant.legal.review.pdftext import join_pages, mend_hyphens, mend_ocr_elisions
from assistant.legal.review.revision_marks import accept_marks

FORMATS = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_PAGES = 300
CHARS_PER_PAGE = 3000  # page estimate for formats without pages
# A DOCX is a zip: 370 kB of repeated paragraphs expanded to 110 MB of XML and took 6 minutes and
# 1.6 GB to parse. Real contracts stay far below both limits (300 pages ≈ 10 MB, ≈ 10 000 paragraphs).
DOCX_MAX_EXPANDED = 100 * 1024 * 1024
DOCX_PARAGRAPHS_PER_PAGE = 100
# PDF budgets (see _page_texts): 300 pages of dense text are ~1.5 M characters.
XFORMS_PER_PAGE = 20
PARSE_TOKENS_PER_STREAM = 200_000
MAX_TEXT_CHARS = 2_000_000
MAX_PAGE_CHARS = 60_000
MAX_PDF_SECONDS = 60.0  # last resort for a file that is slow in ways the budgets above do not see


class DocumentError(ValueError):
    """The document cannot be read; the message says why in plain words."""


@dataclass(frozen=True)
class ParsedDocument:
    name: str
    text: str
    pages: int
    format: str
    revisions_accepted: bool = False  # tracked changes or inline revision marks were read as accepted


def load_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  max_pages: int = DEFAULT_MAX_PAGES) -> ParsedDocument:
    """Read a file from disk; raise DocumentError on anything unreadable."""
    p = Path(path)
    fmt = FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise DocumentError(f"{p.name}: unsupported file type {p.suffix or '(none)'!r}; "
                            "expected PDF, DOCX, TXT or Markdown")
    try:
        if not p.is_file():
            raise DocumentError(f"{p}: no such file")
        size = p.stat().st_size
        if size > max_bytes:
            raise DocumentError(f"{p.name}: file too large ({_mb(size)} MB, limit {_mb(max_bytes)} MB)")
        data = p.read_bytes()
    except DocumentError:
        raise
    except OSError as exc:
        raise DocumentError(f"{p}: cannot read the file ({exc.strerror or exc})") from exc
    return parse_bytes(data, p.name, max_bytes=max_bytes, max_pages=max_pages)


def parse_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                max_pages: int = DEFAULT_MAX_PAGES) -> ParsedDocument:
    """Parse uploaded bytes (the UI path); the extension of `name` picks the parser."""
    fmt = FORMATS.get(Path(name).suffix.lower())
    if fmt is None:
        raise DocumentError(f"{name}: unsupported file type; expected PDF, DOCX, TXT or Markdown")
    if len(data) > max_bytes:
        raise DocumentError(f"{name}: file too large ({_mb(len(data))} MB, limit {_mb(max_bytes)} MB)")
    if not data.strip():
        raise DocumentError(f"{name}: the document is empty")
    try:
        tracked = False
        if fmt == "pdf":
            text, pages = _pdf(data, name, max_pages)
        elif fmt == "docx":
            tracked = _has_tracked_changes(data)
            if tracked:  # the text a redline proposes: insertions kept, deletions dropped (python-docx reads neither)
                data = resolve(data, accept=True)
            text, pages = _docx(data, name, max_pages)
        else:
            text, pages = _plain(data, name)
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - parsers raise anything on hostile input
        raise DocumentError(f"{name}: the {fmt.upper()} file is corrupt or truncated "
                            f"({type(exc).__name__})") from exc
    text = _normalise(text)
    # a redline written as text (deleted / inserted passages, comment bubbles): the version it proposes is read
    marked = accept_marks(text)
    revisions = tracked or marked is not text
    text = marked
    if not text.strip():
        raise DocumentError(f"{name}: the document is empty (no text found)")
    if pages > max_pages:
        raise DocumentError(f"{name}: too many pages ({pages}, limit {max_pages})")
    return ParsedDocument(name=name, text=text, pages=pages, format=fmt, revisions_accepted=revisions)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


def _estimate_pages(text: str) -> int:
    return max(1, math.ceil(len(text) / CHARS_PER_PAGE))


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = text.replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"[ \t]+\n", "\n", text).strip("\n")


# -- PDF -------------------------------------------------------------------------------------
def _pdf(data: bytes, name: str, max_pages: int) -> tuple[str, int]:
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise DocumentError(f"{name}: not a PDF file (no PDF header)")
    if b"%%EOF" not in data[-4096:]:
        # PDFium rebuilds a cut file and would review what is left as if it were the whole contract
        raise DocumentError(f"{name}: the PDF file is corrupt or truncated (no end-of-file marker)")
    try:
        texts, n = _pdfium_texts(data, name, max_pages)
    except pdfium_reader.TooManyForms:  # read again with pypdf's per-page budgets
        texts, n = _pypdf_texts(data, name, max_pages)
    text = join_pages(texts)
    if len(re.findall(r"\w", text)) < 20:
        raise DocumentError(f"{name}: the PDF has no extractable text (a scanned image?); "
                            "run OCR first or upload the DOCX/text version")
    return text, n


def _encrypted(name: str) -> DocumentError:
    return DocumentError(f"{name}: the PDF is encrypted (password protected); export an unprotected copy and try again")


def _check_pages(name: str, n: int, max_pages: int) -> None:
    if n == 0:
        raise DocumentError(f"{name}: the PDF has no pages (corrupt or truncated file)")
    if n > max_pages:
        raise DocumentError(f"{name}: too many pages ({n}, limit {max_pages})")


class _Budget:
    """The text budgets shared by both readers (see MAX_TEXT_CHARS, MAX_PAGE_CHARS, MAX_PDF_SECONDS)."""

    def __init__(self, name: str) -> None:
        self.name, self.total, self.started = name, 0, time.monotonic()

    def add(self, text: str) -> None:
        self.total += len(text)
        if self.total > MAX_TEXT_CHARS or len(text) > MAX_PAGE_CHARS:
            raise DocumentError(f"{self.name}: the PDF holds too much text to review (over "
                                f"{MAX_PAGE_CHARS // 1000} thousand characters on a page or "
                                f"{MAX_TEXT_CHARS // 1_000_000} million in all)")
        if time.monotonic() - self.started > MAX_PDF_SECONDS:
            raise DocumentError(f"{self.name}: the PDF is too slow to read (over {MAX_PDF_SECONDS:.0f} s); "
                                "export it again or upload the DOCX/text version")


def _pdfium_texts(data: bytes, name: str, max_pages: int) -> tuple[list[str], int]:
    """The fast reader (pdfium_reader); its page texts go through the same budgets as pypdf's."""
    budget = _Budget(name)
    try:
        return pdfium_reader.page_texts(data, max_pages=max_pages, max_forms=XFORMS_PER_PAGE,
                                        check_pages=lambda n: _check_pages(name, n, max_pages), add_text=budget.add)
    except pdfium_reader.EncryptedPdf:
        raise _encrypted(name) from None


def _pypdf_texts(data: bytes, name: str, max_pages: int) -> tuple[list[str], int]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # repair chatter is not for the user

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except (DependencyError, NotImplementedError, FileNotDecryptedError):
            opened = 0
        if not opened:
            raise _encrypted(name)
    n = len(reader.pages)
    _check_pages(name, n, max_pages)
    return _page_texts(reader, name), n


def _page_texts(reader, name: str) -> list[str]:
    """Text of each page, within budgets. A page may draw a "form" (a reusable drawing) many times,
    and pypdf re-reads the form's text at every call: a 10 KB file calling a form 800 times gave
    190 KB of text in 8 s, a cost growing with the square of the file size. A real page calls a
    few forms (a logo, a letterhead); beyond XFORMS_PER_PAGE the repeats are skipped, and a
    document producing more text than MAX_TEXT_CHARS is refused."""
    from pypdf import apply_configuration
    from pypdf.errors import LimitReachedError

    texts: list[str] = []
    budget = _Budget(name)
    try:
        with apply_configuration(xform_maximum_invocations_per_extraction=XFORMS_PER_PAGE,
                                 stream_parsing_work_maximum_count=PARSE_TOKENS_PER_STREAM):
            for page in reader.pages:
                text = page.extract_text() or ""  # plain mode: layout mode pads lines and costs more
                budget.add(text)
                texts.append(text)
    except LimitReachedError as exc:
        raise DocumentError(f"{name}: the PDF's pages are too complex to read safely "
                            "(drawing instructions beyond the limits)") from exc
    return texts


# -- DOCX ------------------------------------------------------------------------------------
def _docx_size_guard(data: bytes, name: str, max_pages: int) -> None:
    """Refuse a zip bomb before python-docx inflates every part into memory."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        expanded = sum(max(i.file_size, 0) for i in z.infolist())
        if expanded > DOCX_MAX_EXPANDED:
            raise DocumentError(f"{name}: the DOCX expands to {_mb(expanded)} MB when unzipped "
                                f"(limit {_mb(DOCX_MAX_EXPANDED)} MB); too large to review")
        try:
            body = z.read("word/document.xml")
        except KeyError:
            return  # python-docx finds the main part through the relationships, or says it is missing
    paragraphs = len(re.findall(rb"<(?:\w+:)?p[\s/>]", body))
    if paragraphs > max_pages * DOCX_PARAGRAPHS_PER_PAGE:
        raise DocumentError(f"{name}: too long ({paragraphs} paragraphs, about "
                            f"{paragraphs // DOCX_PARAGRAPHS_PER_PAGE}+ pages; limit {max_pages} pages)")


_TRACKED = re.compile(rb"<w:(?:ins|del|moveTo|moveFrom)\b")


def _has_tracked_changes(data: bytes) -> bool:
    """Word tracked changes in the main text (checked before the size guard only on a valid archive)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            info = z.getinfo("word/document.xml")
            if info.file_size > DOCX_MAX_EXPANDED:
                return False
            return bool(_TRACKED.search(z.read(info)))
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError):
        return False


def _docx(data: bytes, name: str, max_pages: int = DEFAULT_MAX_PAGES) -> tuple[str, int]:
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # an OLE container: encrypted OOXML or an old .doc
        raise DocumentError(f"{name}: the Word file is password-protected (encrypted) or in the old .doc format; "
                            "save an unprotected .docx copy and try again")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise DocumentError(f"{name}: not a DOCX file (not a valid Office Open XML archive)")
    _docx_size_guard(data, name, max_pages)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    # style id → name once: `paragraph.style` re-scans every style for each unstyled paragraph
    # (30 pages took ~10 s that way)
    names = {s.style_id: s.name for s in document.styles}
    numbering = DocxNumbering(document)

    def walk(container) -> None:
        for block in container.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.append(_paragraph_line(block, names, numbering))
            elif isinstance(block, Table):
                for row in block.rows:
                    cells: list[str] = []
                    for cell in row.cells:
                        value = " ".join(cell.text.split())
                        if not cells or value != cells[-1]:  # merged cells repeat their text
                            cells.append(value)
                    if any(cells):
                        lines.append(" | ".join(cells))
                lines.append("")

    walk(document)
    text = "\n".join(lines)
    return text, _docx_pages(data) or _estimate_pages(text)


class DocxNumbering:
    """Heading levels and automatic numbers read from the document's styles, as Word shows them.

    Word keeps "Article 3" or "3.2" out of the paragraph text: the number comes from a numbering
    definition (w:numPr on the paragraph or on its style, a level whose w:lvlText is "%1.%2"),
    and the level from the style ("Heading 2", "Titre 2") or its outline level (w:outlineLvl,
    inherited through w:basedOn). Without them a Word contract's headings carry no number and
    its clauses cannot be cited."""

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        self.styles = {s.style_id: s.element for s in document.styles}
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId → ilvl → (format, text, start)
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        if root is None:
            return
        abstract = {}
        for an in root.findall(qn("w:abstractNum")):
            lv = {}
            for lvl in an.findall(qn("w:lvl")):
                fmt, txt, start = lvl.find(qn("w:numFmt")), lvl.find(qn("w:lvlText")), lvl.find(qn("w:start"))
                lv[int(lvl.get(qn("w:ilvl"), "0"))] = (
                    fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
                    txt.get(qn("w:val"), "") if txt is not None else "",
                    int(start.get(qn("w:val"), "1")) if start is not None else 1)
            abstract[an.get(qn("w:abstractNumId"))] = lv
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                self.levels[num.get(qn("w:numId"))] = abstract.get(ref.get(qn("w:val")), {})

    def _style_chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            el = self.styles[style_id]
            yield el
            based = el.find(self.qn("w:basedOn"))
            style_id = based.get(self.qn("w:val")) if based is not None else None

    def _ppr_value(self, paragraph, tag: str):
        """A w:pPr child from the paragraph, else from its style chain."""
        ppr = paragraph._p.pPr
        if ppr is not None and ppr.find(self.qn(tag)) is not None:
            return ppr.find(self.qn(tag))
        for el in self._style_chain(paragraph._p.style):
            sp = el.find(self.qn("w:pPr"))
            if sp is not None and sp.find(self.qn(tag)) is not None:
                return sp.find(self.qn(tag))
        return None

    def outline_level(self, paragraph) -> int | None:
        """1 for a top heading; None for body text (outline level 9 or none)."""
        el = self._ppr_value(paragraph, "w:outlineLvl")
        if el is None:
            return None
        value = int(el.get(self.qn("w:val"), "9"))
        return value + 1 if value < 9 else None

    def number(self, paragraph) -> str | None:
        """The number Word shows before this paragraph ("3.", "3.2", "Article 3"), or None."""
        num_pr = self._ppr_value(paragraph, "w:numPr")
        if num_pr is None:
            return None
        num_id_el, ilvl_el = num_pr.find(self.qn("w:numId")), num_pr.find(self.qn("w:ilvl"))
        num_id = num_id_el.get(self.qn("w:val")) if num_id_el is not None else None
        if not num_id or num_id == "0" or num_id not in self.levels:
            return None
        ilvl = int(ilvl_el.get(self.qn("w:val"), "0")) if ilvl_el is not None else 0
        levels = self.levels[num_id]
        fmt, text, start = levels.get(ilvl, ("decimal", f"%{ilvl + 1}.", 1))
        counters = self.counters.setdefault(num_id, [])
        while len(counters) <= ilvl:
            counters.append(levels.get(len(counters), ("", "", 1))[2] - 1)
        counters[ilvl] += 1
        del counters[ilvl + 1:]
        if fmt in ("bullet", "none") or not text:
            return None

        def render(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            value = counters[k] if k < len(counters) else levels.get(k, ("", "", 1))[2]
            kind = levels.get(k, ("decimal",))[0]
            if kind in ("upperRoman", "lowerRoman"):
                roman = _roman(value)
                return roman if kind == "upperRoman" else roman.lower()
            if kind in ("upperLetter", "lowerLetter"):
                letter = chr(ord("A") + (value - 1) % 26)
                return letter if kind == "upperLetter" else letter.lower()
            return str(value)

        return re.sub(r"%(\d)", render, text).strip() or None


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def _paragraph_line(paragraph, names: dict[str, str], numbering: DocxNumbering | None = None) -> str:
    """Headings (by style name or outline level) become Markdown headings, with the number Word
    shows before them, so segmentation sees them and can cite them."""
    text = paragraph.text.strip()
    style_id = paragraph._p.style  # the pStyle value, or None for the default style
    style = (names.get(style_id) or style_id or "") if style_id else ""
    m = re.match(r"(?:Heading|Titre)\s*(\d)", style, re.I)
    level = int(m.group(1)) if m else 1 if style.lower() == "title" else None
    if level is None and numbering is not None and text:
        level = numbering.outline_level(paragraph)
    number = numbering.number(paragraph) if numbering is not None and text else None
    if number and not text.lower().startswith(number.lower().rstrip(".")):
        text = f"{number} {text}"
    if text and level:
        return "#" * min(level, 6) + " " + text
    return text


def _docx_pages(data: bytes) -> int:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            app = z.read("docProps/app.xml").decode("utf-8", "ignore")
        m = re.search(r"<Pages>(\d+)</Pages>", app)
        return int(m.group(1)) if m else 0
    except (KeyError, zipfile.BadZipFile, OSError):
        return 0


# -- TXT / Markdown --------------------------------------------------------------------------
def _cp1252_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    return err.object[err.start:err.end].decode("cp1252", "replace"), err.end


codecs.register_error("clausier-cp1252", _cp1252_fallback)


def _bomless_utf16(sample: bytes) -> str | None:
    """Mostly-Latin UTF-16 without a byte-order mark: a NUL in every other byte."""
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 8:
        return None
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


def _plain(data: bytes, name: str) -> tuple[str, int]:
    sample = data[:4096]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", "replace")
    elif b"\x00" in sample and (encoding := _bomless_utf16(sample)):
        text = data.decode(encoding, "replace")
    else:  # UTF-8; bytes that are not UTF-8 (a cp1252 file, or a file mixing both) read as cp1252
        # (a stray NUL is dropped later; many of them fail the control-character count below)
        text = data.decode("utf-8-sig", "clausier-cp1252")
    controls = len(re.findall(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]", text[:4096]))  # U+FFFD: undecodable
    if controls > max(8, len(text[:4096]) // 50):
        raise DocumentError(f"{name}: this is not a text file (binary content)")
    pages = text.count("\f") + 1 if "\f" in text else _estimate_pages(text)
    # a text pasted from a PDF keeps the words hyphenated at its line ends ("responsa-\nbilité"): mended as for a PDF
    # and an OCR's "I'annexe" for "l'annexe" (a scanned page saved as text)
    return mend_ocr_elisions(mend_hyphens(text.replace("\r\n", "\n").replace("\f", "\n\n"))), pages
