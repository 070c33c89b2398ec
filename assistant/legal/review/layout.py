"""The frame of a text that lost its pages: page numbers and running headers and footers.

A PDF keeps its pages and `pdftext` strips their margins. A text export (EDGAR's .txt, a copy and
paste) keeps the frame inline: "Source: ACME INC., S-1, 1/12/2018" or "Commercial in Confidence Page 7"
between two halves of a sentence, "PAGE 8" or a bare "14" on a line of its own. A heading detector
reads such a line as a title, and a table-of-contents detector reads a footer repeated with a short
body as a table of contents and blanks the paragraph under it. Lines are blanked in place (offsets kept).
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.legal.review.pdftext import HEADING_START, running_key

# "14", "- 14 -", "Page 14", "PAGE 14 OF 30", "p. 3/12", "Page ii"
PAGE_LINE = re.compile(r"^(?:(?:page|p\.|pg\.?)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/|sur|de)\s*\d{1,4})?$|"
                       r"^(?:page|p\.)\s*[ivxlc]{1,6}$", re.I)
MIN_REPEATS = 3     # a line printed on three pages or more is part of the frame
MAX_FRAME = 100     # a running line is short
# Lines that repeat because the contract repeats them: list items, labels of a form ("By:", "Name:"), table rows,
# Markdown headings, numbered headings.
_NOT_FRAME = re.compile(r"^(?:[-*•#(|>]|\d{1,3}[.)]\s)|[:|]$")


def frame_keys(lines: list[str]) -> set[str]:
    """Keys (numbers masked) of the short lines repeated often enough to be a running header or footer."""
    seen: Counter[str] = Counter()
    for line in lines:
        s = line.strip()
        if 3 <= len(s) <= MAX_FRAME and re.search(r"[^\W\d_]{2}", s) and not _NOT_FRAME.search(s):
            seen[running_key(s)] += 1
    return {k for k, n in seen.items() if n >= MIN_REPEATS and not HEADING_START.match(k)}


def blank_frame(text: str) -> str:
    """The text with its page numbers and running lines replaced by spaces (same length)."""
    lines = text.split("\n")
    keys = frame_keys(lines)
    changed = False
    for n, line in enumerate(lines):
        s = line.strip()
        if s and (PAGE_LINE.match(s) or (len(s) <= MAX_FRAME and running_key(s) in keys)):
            lines[n] = " " * len(line)
            changed = True
    return "\n".join(lines) if changed else text


# A fixed-width table row whose last words wrap onto the next lines: the wrapped lines keep the row's pipes with their
# first cells empty ("R-07 | Service credits | C | 5 % per missed target,\n     |          |   | up to 20 % per month.").
# A reader of the row reads one cell's words as one run; the wrapped line's pipes cut "target, up to 20 %" in two.
_PIPES = re.compile(r"\|")


def _pipe_columns(line: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _PIPES.finditer(line))


def mend_wrapped_rows(text: str) -> str:
    """The text with the pipes of a fixed-width table's wrapped lines replaced by spaces (same length), so that a cell's
    words run on from the row above. A wrapped line: it opens with a pipe after spaces only (its first cell is empty),
    its pipes stand where the row above has its pipes, and only one of its cells holds words (a line with words in
    two cells carries two runs and is left as it is)."""
    lines = text.split("\n")
    rows = list(lines)  # as written: a wrapped line is compared with the line above it before any mending
    changed = False
    for n in range(1, len(lines)):
        line = rows[n]
        if not re.match(r"^\s*\|", line):
            continue
        cols = _pipe_columns(line)
        if len(cols) < 2 or _pipe_columns(rows[n - 1])[:len(cols)] != cols:
            continue
        cells = [part for part in line.split("|") if part.strip()]
        if len(cells) != 1:
            continue
        lines[n] = line.replace("|", " ")
        changed = True
    return "\n".join(lines) if changed else text
