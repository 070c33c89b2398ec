"""Sentence and list-item splitting for French and English contract text.

`split_sentences(text)` returns `Sentence(start, end, text)` with text == source[start:end]
(surrounding white space left out). A sentence ends:

* after ".", "!", "?" or "…" (closing quotes and brackets included) followed by white space
  and a capital, a digit, an opening quote or bracket, a bullet or a list marker - but not
  after an abbreviation ("art.", "n°", "c.", "e.g.", "i.e.", "Inc.", "S.A.S.", "Cass. com."),
  nor after the number of a numbered item ("1. Le Prestataire", "2.1. Durée");
* after ";" followed by the same (a list item of a legal enumeration);
* before an inline list marker "(a)", "(ii)", "ii." (not a cited one: "points (a) à (h)",
  "(e) et (f)"), and after ":" or ";" before "a)", "1)" - unless `items=False`;
* at a blank line, and at a line break when the next line is a bullet or numbered item (not the
  figure of a number the line ends with in words: "for the one" / "(1) month" is one numeral), when
  the line ends with ".", ";", ":", "!" or "?", or when it is a heading ("#", "**…**").
  Other line breaks are hard wraps (PDF text) and do not end a sentence.

Nothing is cut inside matching parentheses ("(Chronopost … ; Faurecia II …)") except at a
paragraph break. Decimals ("3.2", "99,9 %") never end a sentence: the point is not followed
by white space. With `lines=True` every line break ends a sentence (Markdown bodies).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from assistant.text.numbers import words_to_number

__all__ = ["Sentence", "split_sentences", "sentence_spans", "sentence_bounds", "snippet",
           "ITEM_MARKER", "strip_item_marker"]

_ABBREVIATIONS = frozenset("""
art arts al n° no nos nr p pp cf ex vol min max env approx etc resp spéc spec préc prec ord dir
reg règl regl sect para paras excl incl janv févr fevr fév fev avr juil sept oct nov déc dec jan feb
mar apr jun jul aug sep cass civ com soc crim ch réf ref ch chap tit liv anc mod suiv ss éd ed
m mm mme mlle mr mrs ms dr me st pr prof inc ltd co corp plc llc sté ste cie fig ibid op cit viz vs v
c s sq seq approx dept tél tel av bd
""".split())
_ITEM_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,5}|[a-z])$", re.I)
ITEM_MARKER = re.compile(r"^\s*(?:[-*•◦▪–]\s+|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,5})[.)]\s+|"
                         r"\((?:\d{1,3}|[a-z]|[ivx]{1,5})\)\s+)", re.I)
# what may start a sentence after a full stop
_OPENER = re.compile(r"[A-ZÀ-ÖØ-ÞŒÆ0-9\"“«‘'(\[*_•◦▪§-]")
_END = re.compile(r"(?:\.{3}|[.!?…])[\"”»’')\]]*(?=\s)|;(?=\s)")
_INLINE_ITEM = re.compile(r"\s(?=\((?:[a-h]|[ivx]{1,4})\)\s)|\s(?=[ivx]{1,4}\.\s)")
_AFTER_COLON_ITEM = re.compile(r"(?<=[:;])\s+(?=(?:[a-z]|\d{1,2})\)\s)")
_PAREN_OR_BREAK = re.compile(r"[()]|\n[ \t]*\n")
_PARA = re.compile(r"\n[ \t]*\n\s*")
_HEADING = re.compile(r"^\s*(?:#{1,6}\s|\*\*[^*]+\*\*\s*$|__[^_]+__\s*$)")
_WORD_BEFORE = re.compile(r"([^\s(\[\"«“]+)$")
_ELISION = re.compile(r"^(?:[ldnscjmt]|qu|jusqu|lorsqu|puisqu)['’]", re.I)
_CITING = frozenset("""à a to et and ou or point points article articles art. arts. paragraphe paragraphes paragraph
paragraphs alinéa alinéas alinea alineas lettre lettres letter letters under of de du des in au aux sous see voir cf.
§ l'article l’article""".split())
_CITED_AFTER = re.compile(r"\S+\s+(?:à|a|to|et|and|ou|or|-|–)\s+\(?(?:[a-h]|[ivx]{1,4})[.)]", re.I)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def strip_item_marker(text: str) -> str:
    """A list item without its bullet or number ("(a) ", "1. ", "- ")."""
    return ITEM_MARKER.sub("", text, count=1)


def _protected(text: str) -> list[tuple[int, int]]:
    """Spans inside matching parentheses (within one paragraph), list markers excluded."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    for m in _PAREN_OR_BREAK.finditer(text):
        c, i = m.group(0), m.start()
        if c == "(":
            stack.append(i)
        elif c == ")":
            if stack:
                s = stack.pop()
                if i - s > 6 and not stack:
                    spans.append((s + 1, i))
        else:
            stack.clear()
    return spans  # outermost pairs only: sorted and disjoint


def _is_abbreviation(text: str, dot: int) -> bool:
    """text[dot] is a "." that closes an abbreviation or the number of a list item."""
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if not m:
        return False
    word = _ELISION.sub("", m.group(1))  # "l'art." -> "art."
    low = word.lower().rstrip(".")
    if low in _ABBREVIATIONS:
        return True
    if re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", word):  # e.g. / i.e. / S.A.S / U.S
        return True
    if len(word) == 1 and word.isalpha() and (word.islower() or re.match(r"\s+\d", text[dot + 1:dot + 4])):
        return True  # "s." "c." or "L. 441-10", "R. 1234"
    # "1." "2.1." "iv." "a." at the start of a line / after another break: an item number
    if _ITEM_NUMBER.fullmatch(word):
        k = m.start() - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k < 0 or text[k] in "\n:;!?":
            return True
        return text[k] == "." and not _is_abbreviation(text, k)
    return False


def _breaks(text: str, lines: bool, items: bool) -> list[tuple[int, int]]:
    """(end of a sentence, start of the next) pairs, unordered."""
    out: list[tuple[int, int]] = []
    for m in _PARA.finditer(text):
        out.append((m.start(), m.end()))
    # single line breaks
    for m in re.finditer(r"\n", text):
        i = m.start()
        line_start = text.rfind("\n", 0, i) + 1
        line = text[line_start:i]
        nxt_end = text.find("\n", i + 1)
        nxt = text[i + 1: nxt_end if nxt_end >= 0 else len(text)]
        if lines or not line.strip() or not nxt.strip():
            out.append((i, i + 1))
        elif ((ITEM_MARKER.match(nxt) and not _numeral_echo(line, nxt)) or _HEADING.match(line) or _HEADING.match(nxt)
              or line.rstrip().endswith((".", ";", ":", "!", "?", "…"))):
            out.append((i, i + 1))
    prot = _protected(text)
    prot_starts = [s for s, _ in prot]

    def inside(pos: int) -> bool:
        i = bisect_right(prot_starts, pos) - 1
        return i >= 0 and pos < prot[i][1]

    for m in _END.finditer(text):
        end = m.end()
        j = end
        while j < len(text) and text[j] in " \t\u00a0\u202f":
            j += 1
        if j >= len(text) or text[j] == "\n":
            continue  # handled by the line rules
        if not _OPENER.match(text, j) and not (items and ITEM_MARKER.match(text, j)):
            continue
        if inside(m.start()):
            continue
        if m.group(0)[:3] == "..." and m.start() > 0 and text[m.start() - 1] == ".":
            continue  # a dot leader between a label and its value ("Initial Term ......... 36 months"), no sentence end
        if text[m.start()] == "." and m.group(0)[:3] != "..." and _is_abbreviation(text, m.start()):
            continue
        out.append((end, j))
    if not items:
        return out
    for m in _INLINE_ITEM.finditer(text):
        if not inside(m.start()) and not _reference(text, m.start(), m.end()):
            out.append((m.start(), m.end()))
    for m in _AFTER_COLON_ITEM.finditer(text):
        if not inside(m.start()):
            out.append((m.start(), m.end()))
    return out


_ECHO = re.compile(r"^\s*\((\d{1,4})\)\s")


def _numeral_echo(line: str, nxt: str) -> bool:
    """The next line opens with the figure of the number the line ends with in words ("… for the one" / "(1) month",
    "… des trois" / "(3) derniers mois"): one numeral written twice across a hard wrap, not a list item."""
    m = _ECHO.match(nxt)
    if not m:
        return False
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", line[-60:])
    for k in range(1, min(4, len(words)) + 1):
        tail = " ".join(words[-k:])
        if any(words_to_number(tail, lang) == float(m.group(1)) for lang in ("en", "fr")):
            return True
    return False


def _reference(text: str, start: int, marker: int) -> bool:
    """The marker at `marker` is cited ("points (a) à (h)", "(e) et (f)"), not a list item."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and before.group(1).lower() in _CITING:
        return True
    return bool(_CITED_AFTER.match(text, marker))


def split_sentences(text: str, *, lines: bool = False, items: bool = True) -> list[Sentence]:
    """Sentences and list items of `text`, in order, with their offsets. `items=False` keeps
    an inline enumeration ("Le Client : a) …; b) …") in one sentence."""
    return [Sentence(s, e, text[s:e]) for s, e in _spans(text or "", lines, items)]


def sentence_spans(text: str, *, lines: bool = False, items: bool = True) -> list[tuple[int, int]]:
    return list(_spans(text or "", lines, items))


@lru_cache(maxsize=64)
def _spans(text: str, lines: bool, items: bool = True) -> tuple[tuple[int, int], ...]:
    cuts = sorted(set(_breaks(text, lines, items)))
    out: list[tuple[int, int]] = []
    pos = 0
    for end, nxt in cuts + [(len(text), len(text))]:
        if end < pos:
            continue
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        pos = max(nxt, end)
    return tuple(out)


def sentence_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Offsets of the sentence holding text[start:end] (from the sentence holding `start` to
    the end of the one holding `end`)."""
    spans = _spans(text, False)
    if not spans:
        return 0, len(text)
    starts = [s for s, _ in spans]
    i = max(0, bisect_right(starts, start) - 1)
    last = max(start, (end if end is not None else start + 1) - 1)
    j = max(i, bisect_right(starts, last) - 1)
    return spans[i][0], spans[j][1]


def snippet(text: str, start: int, end: int, *, limit: int = 300) -> str:
    """The sentence around text[start:end], cut to about `limit` characters around it ("…"
    marks a cut)."""
    left, right = sentence_bounds(text, start, end)
    s, e = left, right
    if e - s > limit:
        pad = max(0, (limit - (end - start)) // 2)
        s = max(left, start - pad)
        e = min(right, s + limit)
        s = max(left, e - limit)
    out = text[s:e].strip()
    if s > left:
        out = "…" + out.split(" ", 1)[-1] if " " in out else "…" + out
    if e < right:
        out = (out.rsplit(" ", 1)[0] if " " in out else out) + "…"
    return out[: limit + 2]
