"""Page texts of a PDF to the text of the document: running headers and footers, page numbers
and rule lines removed, words hyphenated at a line end mended, lines broken inside a sentence
joined, a sentence running over a page break rejoined.

pypdf gives one string per page with a line break at every printed line. What a reader skips
(the footer "Source: ACME, 10-K" on every page, "Page 3 of 12", a row of underscores) would
otherwise become clause text, and a heading detector reads a wrapped line as a heading. Linear in
the size of the text.
"""

from __future__ import annotations

import math
import re
from collections import Counter

MARGIN = 3  # lines at the top and at the bottom of a page where headers and footers live
PAGE_NUMBER = re.compile(r"^(?:page|p\.)?\s*[-–—]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–—]?"
                         r"(?:\s*(?:of|/|sur|de)\s*\d{1,4})?\s*$", re.I)
RULE_LINE = re.compile(r"^[\s\-_=–—.·*]{3,}$")
# Word starts that are kept with their hyphen at a line break ("out-of-pocket", "sous-traitant").
HYPHEN_PREFIXES = {"sous", "non", "co", "anti", "auto", "self", "out", "pre", "post", "re", "semi", "multi", "inter",
                   "sub", "cross", "third", "ex", "vice", "pro", "e", "demi", "mi", "quasi", "contre", "arriere",
                   "after", "long", "short", "full", "part", "well", "high", "low", "follow", "non-"}
_HYPHEN = re.compile(r"((?:\w+-)*\w+)-\n[ \t]*([a-zà-ÿ]\w*)")
_BROKEN = re.compile(r"(?<=[\w,)\"”’'%$€])[ \t]*\n[ \t]*(?=[a-zà-ÿ])")
HEADING_START = re.compile(r"^(article|art\.|section|clause|annexe?|appendix|schedule|exhibit|chapitre|chapter|titre)\s*#")
_WORD = re.compile(r"\w+(?:-\w+)*")


def running_key(line: str) -> str:
    """Lines that differ only in their numbers ("Page 3", "Page 4") are the same running line."""
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def running_lines(pages: list[list[str]]) -> set[str]:
    """Keys of lines repeated in the top or bottom margin of many pages."""
    n = len(pages)
    if n < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        body = [ln for ln in lines if ln.strip()]
        if len(body) < 4:  # a page of one or two lines is content, not a frame around content
            continue
        margin = body[:MARGIN] + body[-MARGIN:] if len(body) > 2 * MARGIN else body
        seen.update({running_key(ln) for ln in margin if len(ln.strip()) >= 3})
    need = max(2, math.ceil(0.5 * n)) if n <= 6 else max(3, math.ceil(0.3 * n))
    return {k for k, c in seen.items() if c >= need and re.search(r"[^\W\d_]{2}", k) and not HEADING_START.match(k)}


def _strip_page(lines: list[str], running: set[str]) -> list[str]:
    body_idx = [i for i, ln in enumerate(lines) if ln.strip()]
    margin = set(body_idx[:MARGIN] + body_idx[-MARGIN:])
    out = []
    for i, ln in enumerate(lines):
        s = ln.strip()
        if i in margin and (PAGE_NUMBER.match(s) or running_key(ln) in running):
            continue
        if s and RULE_LINE.match(s):
            continue
        out.append(ln.rstrip())
    while out and not out[0].strip():
        out.pop(0)
    while out and not out[-1].strip():
        out.pop()
    return out


def mend_hyphens(text: str) -> str:
    """"responsa-\\nbilité" → "responsabilité"; "out-of-\\npocket" keeps its hyphen: the rest of the
    document decides when it can (the word seen whole or hyphenated elsewhere), prefixes otherwise."""
    if "-\n" not in text:
        return text
    words = Counter(w.lower() for w in _WORD.findall(text))

    def fix(m: re.Match) -> str:
        left, right = m.group(1), m.group(2)
        whole, hyph = (left + right).lower(), f"{left}-{right}".lower()
        last = left.rsplit("-", 1)[-1].lower()
        compound = "-" in left  # "out-of-" goes on with a hyphen
        if words[hyph] > words[whole] or (not words[whole] and (compound or last in HYPHEN_PREFIXES
                                                                 or left[-1].isdigit())):
            return f"{left}-{right}"
        return left + right

    return _HYPHEN.sub(fix, text)


# OCR reads the French elided article "l'" as a capital I ("I'annexe", "sans I'accord", "à I'issue"); English keeps its
# contractions of "I" ("I'm", "I've", "I'd", "I'll"), none of which is followed by a vowel or an h
_OCR_ELISION = re.compile(r"(?<![\w'])I'(?=[aeiouyhàâäéèêëîïôöûùü])")


def mend_ocr_elisions(text: str) -> str:
    """"à I'annexe 3" → "à l'annexe 3": the elided article an OCR took for a capital I."""
    return _OCR_ELISION.sub("l'", text) if "I'" in text else text


def join_pages(pages: list[str]) -> str:
    """The document text from pypdf's page texts."""
    split = [p.replace("\r\n", "\n").replace("\r", "\n").split("\n") for p in pages]
    running = running_lines(split)
    parts: list[str] = []
    for lines in split:
        page = "\n".join(_strip_page(lines, running))
        if not page:
            continue
        if parts and re.search(r"[\w,;]$", parts[-1]) and re.match(r"[a-zà-ÿ]", page):
            parts.append(" ")  # a sentence running over the page break
        elif parts:
            parts.append("\n\n")
        parts.append(page)
    text = "".join(parts)
    text = mend_ocr_elisions(mend_hyphens(text))
    return _BROKEN.sub(" ", text)
