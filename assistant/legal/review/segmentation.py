"""Split a contract into clauses from its headings (French and English styles).

Real contracts are messy: PDF extraction wraps lines anywhere, headings share a line with
their first sentence ("2.1 Roles of the Parties. The parties…"), numbered lists live
inside articles. The rules here are line-based and conservative: a line is a heading only
when its shape says so, and a heading with no body of its own becomes the parent context
of the clauses below it instead of an empty clause.

Three steps, one module each: the layout is cleaned first, offsets kept (`segment_layout`: provenance lines, tables of
contents, long flat lines cut where a heading may start), each line is read as a heading or not (`segment_headings`:
numbering styles, titles, the document's numbering so far), and the headings are assembled into clauses here (tables of
contents without dot leaders dropped, nesting by level and by number, empty headings carried as context).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.legal.review.layout import blank_frame
from assistant.legal.review.segment_headings import (ANNEX_RE, MD_RE, ROMAN, _article_style, _bare_title,
                                                     _caps_paragraphs, _dangling, _fold, _is_upper_title,
                                                     _match_heading, _md_numbered, _Numbering, _sentence_like,
                                                     _STANDALONE, _top, table_clause_rows)
from assistant.legal.review.segment_layout import LONG_LINE, _blank_toc, _lines, metadata_end


@dataclass(frozen=True)
class Clause:
    heading: str
    text: str
    start: int
    level: int = 1
    number: str | None = None
    parent: str | None = None
    end: int = -1  # offset just after the clause's last character in the document (-1: unknown)

    @property
    def full_text(self) -> str:
        return f"{self.heading}\n{self.text}".strip()

    def excerpt(self, n: int = 220) -> str:
        flat = " ".join(self.text.split())
        return flat if len(flat) <= n else flat[:n].rsplit(" ", 1)[0] + "…"


@dataclass
class _Head:
    start: int
    end: int  # offset where the body starts
    number: str | None
    title: str
    level: int
    upper: bool

    @property
    def label(self) -> str:
        if self.number and self.title and " " in self.number:
            return f"{self.number} – {self.title}"
        return " ".join(x for x in (self.number, self.title) if x)


def _has_body(text: str) -> bool:
    """Page numbers and stray punctuation are not a body."""
    return len(re.findall(r"[^\W\d_]", text)) >= 12


def segment(text: str) -> list[Clause]:
    """Clauses in document order; text before the first heading is a clause with no heading."""
    skip = metadata_end(text)
    if skip:
        text = " " * skip + text[skip:]  # blank out, keep offsets
    text = _blank_toc(blank_frame(text))
    article_style = _article_style(text.split("\n"))
    spans = _lines(text, article_style)
    lines = [ln for _o, ln, _s in spans]
    offsets = [o for o, _l, _s in spans]
    heads: list[_Head] = []
    numbering = _Numbering()
    caps_body = _caps_paragraphs(lines)
    md_numbered = _md_numbered(lines)
    table_rows = table_clause_rows(lines)
    i = 0
    while i < len(lines):
        if i in table_rows and not spans[i][2]:
            # a row of a table of clauses: a clause of its own, outside the document's numbering
            number, title, rest = table_rows[i]
            at = lines[i].find(rest[:80])
            start = offsets[i] + (len(lines[i]) - len(lines[i].lstrip()))
            heads.append(_Head(start=start, end=min(offsets[i] + max(at, 0), len(text)), number=number, title=title,
                               level=2, upper=False))
            i += 1
            continue
        found = _match_heading(lines[i], article_style=article_style, strict=spans[i][2])
        is_md = bool(MD_RE.match(lines[i].strip()))
        if found and found[0] is None and i in caps_body and not is_md:
            found = None  # a line of a paragraph in capitals, not a title
        if found and md_numbered and not is_md and re.fullmatch(r"\d{1,2}\.", found[0] or ""):
            found = None  # the document numbers its "#" headings: a plain "9. Data Protection Agreement" is a list item
        standalone = bool(found and found[1] and not spans[i][2] and (
            (len(lines[i].strip()) <= 90 and _STANDALONE.match(lines[i].strip().strip("*_")))
            or (is_md and found[0] and md_numbered)))
        if not found and not spans[i][2] and i not in caps_body and _bare_title(lines, i):
            found = (None, lines[i].strip().rstrip(" :"), 1, "")
        titled = bool(found and found[0] and found[1] and not found[3] and not spans[i][2]
                      and not found[1].endswith("…") and len(lines[i].strip()) <= 90 and not _sentence_like(found[1]))
        if not found or not numbering.accept(found[0], inline=spans[i][2], standalone=standalone, titled=titled):
            i += 1
            continue
        number, title, level, rest = found
        start, end = offsets[i] + (len(lines[i]) - len(lines[i].lstrip())), offsets[i] + len(lines[i]) + 1
        upper = _is_upper_title(title) if title else True
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        nxt = lines[j].strip() if j < len(lines) else ""
        nxt_head = _match_heading(nxt, article_style=article_style) if nxt else None
        if nxt and not rest and len(nxt) <= LONG_LINE:
            if (not title and (not nxt_head or (nxt_head[0] is None and not re.match(r"[A-Z]\.\s", nxt)))
                    and len(nxt) <= 80 and not nxt.endswith((".", ";", ","))) or (
                    title and upper and _dangling(title) and _is_upper_title(nxt) and j not in caps_body
                    and (not nxt_head or nxt_head[0] is None)):
                title = f"{title} {nxt}".strip()
                end = offsets[j] + len(lines[j]) + 1
                i = j
        if rest:
            at = lines[i].find(rest[:80])
            end = offsets[i] + (at if at >= 0 else len(lines[i]) - len(rest))
        heads.append(_Head(start=start, end=min(end, len(text)), number=number, title=title,
                           level=level, upper=upper))
        i += 1
    kept = _drop_toc_heads(text, heads)
    if len(kept) < len(heads):
        text = _blank_dropped(text, heads, kept)
    return _assemble(text, kept)


def _drop_toc_heads(text: str, heads: list[_Head]) -> list[_Head]:
    """A table of contents without dot leaders: headings with no body (or a line of overflow) that
    come back later, same number and same first words, with a body."""
    def key(h: _Head) -> tuple[str, str]:
        title = re.sub(r"( \d{1,4})+$", "", _fold(h.title))
        # a letter prefix is part of the number: "CP-10 Responsabilité" (a row of special conditions) is not the
        # contents line of "Article 10 – Responsabilité" of the general conditions after it
        prefix = re.match(r"([A-Z]{1,4})\s?[-.]?\s?\d", (h.number or "").strip())
        lead = prefix.group(1).lower() if prefix and not re.match(r"(?i)(art|article|section|clause)\b",
                                                                  (h.number or "").strip()) else ""
        return lead + (_digits(h.number) or _fold(h.number or "")), " ".join(title.split()[:4])

    later: set[tuple[str, str]] = set()
    keep = [True] * len(heads)
    for n in range(len(heads) - 1, -1, -1):
        h = heads[n]
        stop = heads[n + 1].start if n + 1 < len(heads) else len(text)
        body = text[h.end:stop]
        has_body = _has_body(body)
        k = key(h)
        if (not has_body or len(body.strip()) < 200) and k in later and (h.number or h.title):
            keep[n] = False
        later.add(k)
    return [h for h, ok in zip(heads, keep) if ok]


def _blank_dropped(text: str, heads: list[_Head], kept: list[_Head]) -> str:
    """Blank the lines of a dropped table of contents (they would read as the previous clause's body)."""
    ids = {id(h) for h in kept}
    parts, pos = [], 0
    for n, h in enumerate(heads):
        if id(h) in ids:
            continue
        stop = heads[n + 1].start if n + 1 < len(heads) else len(text)
        if len(text[h.end:stop].strip()) >= 200:
            stop = h.end
        parts.append(text[pos:h.start])
        parts.append(re.sub(r"[^\n]", " ", text[h.start:stop]))
        pos = stop
    parts.append(text[pos:])
    return "".join(parts)


def _digits(number: str | None) -> str:
    m = re.search(r"(\d+(?:\.\d+)*)\.?$", number or "")
    return m.group(1) if m else ""


def _key(number: str | None) -> str:
    """The number as a dotted path for nesting: "Section 2.02" → "2.02", "ARTICLE II" → "2", "Article 5" → "5",
    "C.1" → "C.1", "Exhibit C" → "C"; "" when the number says nothing about nesting (annexes numbered 1, 2…)."""
    number = (number or "").strip()
    letter = re.fullmatch(r"(?i:exhibit|schedule|appendix|annex|annexe)\s+([A-Z])|([A-Z]\.\d+(?:\.\d+)*)", number)
    if letter:
        return letter.group(1) or letter.group(2)
    if ANNEX_RE.match(number):
        return ""
    roman = re.fullmatch(rf"(?i:article|section)\s+({ROMAN})", number)
    if roman:
        return str(_top(number))
    return _digits(number)


def _child(key: str, parent: str) -> bool:
    return bool(key and parent and key.startswith(parent + "."))


def _unrelated(key: str, other: str) -> bool:
    """Two numbered headings of the body neither of which contains the other ("5" after "4.4"): the second closes the
    first whatever their levels say (a "### Article 5" heading after a plain "4.4")."""
    key, other = (re.sub(r"(\.0+)+$", "", k or "") for k in (key, other))  # "5.0" is the article 5 itself
    return bool(key and other and key[0].isdigit() and other[0].isdigit() and not _child(key, other)
                and not _child(other, key) and key != other)


def _assemble(text: str, heads: list[_Head]) -> list[Clause]:
    """Clauses from headings. Parents: empty headings above (a title, "5. SUBPROCESSORS"), and
    numbered clauses whose number prefixes this one ("Art. 3" for "3.2")."""
    clauses: list[Clause] = []
    if not heads:
        body = text.strip()
        return [Clause(heading="", text=body, start=len(text) - len(text.lstrip()), end=len(text.rstrip()))] \
            if body else []
    pre = text[:heads[0].start]
    if _has_body(pre) and len(re.findall(r"\w+", pre)) >= 8:
        clauses.append(Clause(heading="", text=pre.strip(), start=len(pre) - len(pre.lstrip()), end=len(pre.rstrip())))
    stack: list[tuple[int, str, str, bool]] = []  # (level, label, digits, has body) of enclosing headings
    pending: list[str] = []  # empty same-level headings, carried as context
    for n, h in enumerate(heads):
        stop = heads[n + 1].start if n + 1 < len(heads) else len(text)
        body = text[h.end:stop].strip()
        digits = _key(h.number)
        # the numbering nests what the levels may not ("## Article 2" above "2.1", "ARTICLE II" above "Section 2.02")
        while stack and (stack[-1][0] >= h.level or _unrelated(digits, stack[-1][2])) and not _child(digits, stack[-1][2]):
            stack.pop()
        context = [lab for _lvl, lab, dg, full in stack if not full or _child(digits, dg)] + pending
        if not _has_body(body):
            nxt = heads[n + 1] if n + 1 < len(heads) else None
            if nxt is not None and (nxt.level > h.level or _child(_key(nxt.number), digits)):
                stack.append((h.level, h.label, digits, False))
                pending = []
            elif nxt is not None:
                pending = pending + [h.label]
            continue
        pending = []
        stack.append((h.level, h.label, digits, True))
        clauses.append(Clause(heading=h.label, text=body, start=h.start, level=h.level,
                              number=h.number, parent=" › ".join(context) or None,
                              end=h.end + len(text[h.end:stop].rstrip())))
    return clauses
