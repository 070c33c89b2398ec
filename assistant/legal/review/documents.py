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

from assistant.legal.review.pdftext import join_pages

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
        if fmt == "pdf":
            text, pages = _pdf(data, name, max_pages)
        elif fmt == "docx":
            text, pages = _docx(data, name, max_pages)
        else:
            text, pages = _plain(data, name)
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - parsers raise anything on hostile input
        raise DocumentError(f"{name}: the {fmt.upper()} file is corrupt or truncated "
                            f"({type(exc).__name__})") from exc
    text = _normalise(text)
    if not text.strip():
        raise DocumentError(f"{name}: the document is empty (no text found)")
    if pages > max_pages:
        raise DocumentError(f"{name}: too many pages ({pages}, limit {max_pages})")
    return ParsedDocument(name=name, text=text, pages=pages, format=fmt)


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
            raise DocumentError(f"{name}: the PDF is encrypted (password protected); "
                                "export an unprotected copy and try again")
    n = len(reader.pages)
    if n == 0:
        raise DocumentError(f"{name}: the PDF has no pages (corrupt or truncated file)")
    if n > max_pages:
        raise DocumentError(f"{name}: too many pages ({n}, limit {max_pages})")
    text = join_pages(_page_texts(reader, name))
    if len(re.findall(r"\w", text)) < 20:
        raise DocumentError(f"{name}: the PDF has no extractable text (a scanned image?); "
                            "run OCR first or upload the DOCX/text version")
    return text, n


def _page_texts(reader, name: str) -> list[str]:
    """Text of each page, within budgets. A page may draw a "form" (a reusable drawing) many times,
    and pypdf re-reads the form's text at every call: a 10 KB file calling a form 800 times gave
    190 KB of text in 8 s, a cost growing with the square of the file size. A real page calls a
    few forms (a logo, a letterhead); beyond XFORMS_PER_PAGE the repeats are skipped, and a
    document producing more text than MAX_TEXT_CHARS is refused."""
    from pypdf import apply_configuration
    from pypdf.errors import LimitReachedError

    texts: list[str] = []
    total, started = 0, time.monotonic()
    try:
        with apply_configuration(xform_maximum_invocations_per_extraction=XFORMS_PER_PAGE,
                                 stream_parsing_work_maximum_count=PARSE_TOKENS_PER_STREAM):
            for page in reader.pages:
                text = page.extract_text() or ""  # plain mode: layout mode pads lines and costs more
                total += len(text)
                if total > MAX_TEXT_CHARS or len(text) > MAX_PAGE_CHARS:
                    raise DocumentError(f"{name}: the PDF holds too much text to review (over "
                                        f"{MAX_PAGE_CHARS // 1000} thousand characters on a page or "
                                        f"{MAX_TEXT_CHARS // 1_000_000} million in all)")
                if time.monotonic() - started > MAX_PDF_SECONDS:
                    raise DocumentError(f"{name}: the PDF is too slow to read (over {MAX_PDF_SECONDS:.0f} s); "
                                        "export it again or upload the DOCX/text version")
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


def _docx(data: bytes, name: str, max_pages: int = DEFAULT_MAX_PAGES) -> tuple[str, int]:
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

    def walk(container) -> None:
        for block in container.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.append(_paragraph_line(block, names))
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


def _paragraph_line(paragraph, names: dict[str, str]) -> str:
    """Heading styles become Markdown headings, so segmentation sees them."""
    text = paragraph.text.strip()
    style_id = paragraph._p.style  # the pStyle value, or None for the default style
    style = (names.get(style_id) or style_id or "") if style_id else ""
    m = re.match(r"(?:Heading|Titre)\s*(\d)", style, re.I)
    if text and m:
        return "#" * min(int(m.group(1)), 6) + " " + text
    if text and style.lower() == "title":
        return "# " + text
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
    return text.replace("\f", "\n\n"), pages
