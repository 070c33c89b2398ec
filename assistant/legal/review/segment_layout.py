"""Layout clean-up before the contract segmenter looks for headings (`segmentation.segment`), offsets kept.

Provenance lines at the top of a file (SOURCE:, LICENSE:…), tables of contents (dot leaders and page numbers, a run of
short numbered lines under a "Sommaire" / "Contents" title, or one flattened into a long line) are blanked; a long
physical line (text with no layout, a paragraph mended from a PDF) is cut where a heading may start inside it. Running
headers and footers are blanked by `layout.blank_frame`, PDF hyphenation and broken lines are mended by the PDF readers.
"""

from __future__ import annotations

import re

from assistant.legal.review.segment_headings import MATCH_LIMIT, MD_RE, _fold, _match_heading

# Table of contents: dot leaders and a page number; its title.
TOC_LINE = re.compile(r"^.{2,150}?(?:\.\s?){4,}\s*\d{1,4}\s*$|^.{2,150}?(?:…\s?){2,}\s*\d{1,4}\s*$|^[^\t]{2,150}\t+\d{1,4}\s*$")
TOC_TITLE = re.compile(r"^\W*(\d{1,2}\W+)?(table of contents|contents|table des matieres|sommaire|index)\W*$")
# An entry of a table of contents without page numbers: a short numbered line ("7.2.1. Infrastructures", "- ARTICLE I –
# Definitions", "Annexe 2 – Tarifs")
TOC_ENTRY_LINE = re.compile(r"^\s*(?:[-*•]\s*)?(?:(?i:article|section|annexe?|exhibit|schedule|appendix|chapitre|chapter|"
                            r"titre|part(?:ie)?)\s+)?(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?|[A-Z]\.?)(?:\s*[-–—:.)]\s*|\s+)"
                            r"[^\s.].{0,140}$")
LONG_LINE = 300      # a longer line is flat text: headings are looked for inside it
LAYOUT_GAP = "   "    # three spaces inside a line: a gap the layout left between two paragraphs
# Where a heading may start inside flat text: after the end of a sentence, or an "Article N" / "Section N" after the wide
# gap a text export left between two paragraphs ("…Resort Hotel   Article II. Project Range   The base…").
INLINE_START = re.compile(r"(?<=[.;:!?\"”)\]])\s+(?=(?:ARTICLE|Article|SECTION|Section|§)\s+(?:\d|[IVXLC]+\b)|"
                          r"\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+[A-ZÀ-Ý])|"
                          r"(?<=\S) {3,}(?=(?:ARTICLE|Article|SECTION|Section)\s+(?:\d{1,3}|[IVXLC]{1,7})\b\.?\s*[-–—:.]?\s*[A-ZÀ-Ý])")

# A number standing alone after a layout gap just before the cut ("…No. 076C/01   6. 2.     Termination:"): the cut would
# fall inside a number written with spaces ("6. 2." for 6.2)
SPACED_NUMBER = re.compile(r"(?:^|\s{2,})\d{1,3}\.$")
# The word before an "Article N" / "Section N" that a wide gap follows, when the number is the object of a reference
XREF_BEFORE = re.compile(r"(?i)\b(this|that|the|these|those|of|in|under|to|and|or|see|per|by|with|such|said|any|each|its|"
                         r"their|from|at|on|de|du|des|la|le|l'|à|au|aux|selon|voir|et|ou)$")


METADATA_RE = re.compile(r"^(source|license|licence|url|retrieved|fetched|sha\d*|commit)\s*:", re.I)


def metadata_end(text: str) -> int:
    """Offset where the contract starts: provenance lines (SOURCE:, LICENSE:…) at the top are not terms."""
    pos = 0
    for line in text.split("\n"):
        if line.strip() and not METADATA_RE.match(line.strip()):
            break
        pos += len(line) + 1
    return min(pos, len(text))


_TOC_WORD = re.compile(r"(?i)\b(table of contents|contents|table des mati[eè]res|sommaire)\b\s*(page\s+)?")
_TOC_ENTRY = re.compile(r"\s*(?:(?:ARTICLE|Article|SECTION|Section)\s+)?[\dIVXL]{1,4}(?:\.\d{1,3})*\.?\s+"
                        r"[^\d\n]{2,90}?\s+(?:\d{1,3}|[ivx]{1,5})(?=\s|$)")


def _flat_toc(line: str) -> tuple[int, int] | None:
    """A table of contents inside flat text: "Contents Page 1.0 DEFINITIONS 1 2.0 LICENSE 4 …"."""
    for m in _TOC_WORD.finditer(line):
        pos, entries = m.end(), 0
        while True:
            e = _TOC_ENTRY.match(line, pos)
            if not e:
                break
            pos, entries = e.end(), entries + 1
        if entries >= 4:
            return m.start(), pos
    return None


def _toc_entries(lines: list[str]) -> set[int]:
    """Lines of a table of contents without page numbers: the run of short numbered lines right under its
    title ("TABLE DES MATIÈRES", "Contents"), up to the first line that is not one (a heading, a paragraph)."""
    out: set[int] = set()
    for n, line in enumerate(lines):
        if not (line.strip() and TOC_TITLE.match(_fold(line.strip()))):
            continue
        run, blanks, k = [], 0, n + 1
        while k < len(lines) and blanks <= 1:
            s = lines[k].strip()
            if not s:
                blanks += 1
            elif MD_RE.match(s) or not TOC_ENTRY_LINE.match(s) or s.endswith((".", ";", ":")) and len(s) > 60:
                break
            else:
                blanks = 0
                run.append(k)
            k += 1
        if len(run) >= 3:
            out.update(run)
    return out


def _blank_toc(text: str) -> str:
    """Blank a table of contents (dot-leader lines with page numbers, and its title), keeping offsets:
    its entries are headings without bodies that would otherwise read as clauses or as context."""
    out, pos, changed = [], 0, False
    lines = text.split("\n")
    entries = _toc_entries(lines)
    for n, line in enumerate(lines):
        s = line.strip()
        span = _flat_toc(line) if len(line) > LONG_LINE else None
        if s and (TOC_LINE.match(s) or TOC_TITLE.match(_fold(s)) or n in entries):
            out.append(" " * len(line))
            changed = True
        elif span:
            out.append(line[:span[0]] + " " * (span[1] - span[0]) + line[span[1]:])
            changed = True
        else:
            out.append(line)
        pos += len(line) + 1
    return "\n".join(out) if changed else text


def _lines(text: str, article_style: bool) -> list[tuple[int, str, bool]]:
    """(offset, line, inside flat text): a physical line longer than LONG_LINE (text with no layout,
    a paragraph mended from a PDF) is cut where a heading may start inside it; `segment` then
    keeps only the cuts that follow the document's numbering."""
    out: list[tuple[int, str, bool]] = []
    pos = 0
    for line in text.split("\n"):
        # a shorter line is cut only where the layout left a wide gap after a sentence ("…the termination date.   5.5
        # Enforceable Restraint"): a text export that ran a heading into the paragraph before it
        short = len(line) <= LONG_LINE
        if short and LAYOUT_GAP not in line.strip():
            out.append((pos, line, False))
            pos += len(line) + 1
            continue
        cuts = [0]
        for m in INLINE_START.finditer(line):
            if short and len(m.group(0)) < len(LAYOUT_GAP):
                continue
            if SPACED_NUMBER.search(line, max(0, m.start() - 8), m.start()):
                continue  # "6. 2.     Termination": the second part of a number written with spaces, not a new clause
            if m.start() and line[m.start() - 1] not in ".;:!?\"”)]" and XREF_BEFORE.search(line, max(0, m.start() - 30),
                                                                                  m.start()):
                continue  # "as set forth in this          Section 2. Except…": a reference a wrapped line spread out
            if _match_heading(line[m.end():m.end() + MATCH_LIMIT], article_style=article_style, strict=True):
                cuts.append(m.end())
        cuts.append(len(line))
        for i, j in zip(cuts, cuts[1:]):
            out.append((pos + i, line[i:j], i > 0))
        pos += len(line) + 1
    return out
