"""Page texts of a PDF read by PDFium (pypdfium2, Apache-2.0/BSD-3 with PDFium's BSD licence).

PDFium reads a page's text ~10x faster than pypdf (the 70 CUAD PDFs: 21 s -> 2.7 s of CPU) and gives the same
characters in reading order. Where its text differs from what the segmentation expects, the difference is mended
here from PDFium's own character data:
- a hyphen that ends a printed line comes as U+0002 (U+FFFE from the range call) with the line break removed: the
  break is put back, so that pdftext decides as for any text whether the word was cut ("responsa-" + "bilité") or is a
  compound;
- a section number glued to its title where the PDF placed the title by moving the pen ("2.2.Availability",
  "(b)The") gets its space back;
- a short numbered heading followed on the same printed line, after a wide gap, by its body ("3. RATE" ... "Charterer
  agrees…") is put on a line of its own, as a reader sees it.

PDFium is not thread-safe, even across documents: every call is made under one lock and every handle is closed
under it. A page that draws more forms than `max_forms` (a small file can draw one text form thousands of times;
PDFium would read it each time) raises `TooManyForms`, and the caller reads the file with pypdf's budgets.
"""

from __future__ import annotations

import ctypes
import re
import threading
from typing import Callable

LOCK = threading.Lock()
FORM_DEPTH = 3  # nested forms counted down to this depth
WIDE_GAP_EM = 3.0  # a gap of at least three font heights between two words on a line separates columns
_LINE_END_HYPHEN = re.compile(r"[\x02\ufffe](?:\r?\n)?")  # U+0002 or U+FFFE, by API
# a line-start section number directly followed by a letter: "2.2.Availability", "1.3Termination", "(b)The", "(iv)unless"
_GLUED_NUMBER = re.compile(r"(?m)^([ \t]*(?:\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}(?:\.\d{1,3})+|\((?:[a-z]{1,4}|\d{1,2}|[A-Z])\)))"
                           r"(?=[^\W\d_])")
# the start of a line that can be a heading set apart from its body: a number or an article word and a few words
_HEADING_START = re.compile(r"^\s*(?:(?:article|section|clause|art\.)\s*)?(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.)"
                            r"(?:\s|\xa0)+\S", re.I)
HEADING_MAX_WORDS = 8


class TooManyForms(Exception):
    """A page draws more forms than the fast reader should expand."""


class EncryptedPdf(Exception):
    """The PDF needs a password to open."""


def page_texts(data: bytes, *, max_pages: int, max_forms: int,
               check_pages: Callable[[int], None], add_text: Callable[[str], None]) -> tuple[list[str], int]:
    """The text of each page. `check_pages(n)` is called with the page count before any page is read, `add_text`
    with each page's text (the caller's budgets raise from there)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
                raise EncryptedPdf from exc
            raise
        try:
            n = len(pdf)
            check_pages(n)
            texts = []
            for i in range(n):
                page = pdf[i]
                try:
                    forms = 0
                    for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_FORM], max_depth=FORM_DEPTH):
                        forms += 1
                        if forms > max_forms:
                            raise TooManyForms
                    textpage = page.get_textpage()
                    try:
                        text = _page_text(textpage, pdfium_c)
                    finally:
                        textpage.close()
                finally:
                    page.close()
                add_text(text)
                texts.append(text)
        finally:
            pdf.close()
    return texts, n


def _page_text(textpage, pdfium_c) -> str:
    raw = textpage.get_text_range()
    text = _split_set_apart_headings(raw, textpage, pdfium_c)
    text = _LINE_END_HYPHEN.sub("-\n", text)
    return _GLUED_NUMBER.sub(r"\1 ", text)


def _split_set_apart_headings(text: str, textpage, pdfium_c) -> str:
    """A space PDFium generated over a wide gap after a short numbered heading becomes a line break. The text of
    `get_text_range` has one character per PDFium character index (generated spaces and line breaks included)."""
    if textpage.count_chars() != len(text):  # characters outside the basic plane: indexes no longer align
        return text
    cuts = []
    for line in re.finditer(r"[^\n]+", text):
        if not _HEADING_START.match(line.group()):
            continue
        for k, space in enumerate(re.finditer(" ", line.group())):
            if k >= HEADING_MAX_WORDS:
                break
            i = line.start() + space.start()
            if i == 0 or i + 1 >= len(text) or not text[i + 1:i + 2].isupper() \
                    or not pdfium_c.FPDFText_IsGenerated(textpage, i):
                continue
            gap = _box(textpage, pdfium_c, i + 1)[0] - _box(textpage, pdfium_c, i - 1)[1]
            size = pdfium_c.FPDFText_GetFontSize(textpage, i - 1) or 10.0
            if gap >= WIDE_GAP_EM * size:
                cuts.append(i)
                break
    if not cuts:
        return text
    chars = list(text)
    for i in cuts:
        chars[i] = "\n"
    return "".join(chars)


def _box(textpage, pdfium_c, i: int) -> tuple[float, float]:
    """(left, right) of character i on the page."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    pdfium_c.FPDFText_GetCharBox(textpage, i, left, right, bottom, top)
    return left.value, right.value

