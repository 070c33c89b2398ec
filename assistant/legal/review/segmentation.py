"""Split a contract into clauses from its headings (French and English styles).

Real contracts are messy: PDF extraction wraps lines anywhere, headings share a line with
their first sentence ("2.1 Roles of the Parties. The parties…"), numbered lists live
inside articles. The rules here are line-based and conservative: a line is a heading only
when its shape says so, and a heading with no body of its own becomes the parent context
of the clauses below it instead of an empty clause.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒÆ"
ROMAN = r"[IVXLC]{1,7}"
_SEP_TITLE = rf"(?:\s*[-–—:.)]\s*(?P<t1>.*)|\s+(?P<t2>[{UP}0-9«\"“(].*)|\s*$)"

ARTICLE_RE = re.compile(
    rf"^(?i:article|art\.)\s*(?P<num>\d{{1,3}}(?:\.\d{{1,3}}){{0,3}}(?!\.?\d)|{ROMAN}|(?i:premier|1er|unique))\b\.?{_SEP_TITLE}")
SECTION_RE = re.compile(
    rf"^(?i:section|clause|§)\s*(?P<num>\d{{1,3}}(?:\.\d{{1,3}}){{0,3}}(?!\.?\d)|{ROMAN})\b\.?{_SEP_TITLE}")
ANNEX_RE = re.compile(
    rf"^(?i:annexe|annex|appendix|appendice|schedule|exhibit)\s+(?P<num>\d{{1,2}}|{ROMAN}|[A-Z])\b\.?{_SEP_TITLE}")
MULTI_RE = re.compile(rf"^(?P<num>\d{{1,2}}(?:\.\d{{1,2}}){{1,3}})\.?\s+(?P<t1>[{UP}0-9«\"“(].*)$")
SINGLE_RE = re.compile(rf"^(?P<num>\d{{1,2}})(?:\.|\s+[-–—])\s*(?P<t1>[{UP}0-9«\"“].*)$")
ROMAN_RE = re.compile(rf"^(?P<num>{ROMAN})\s*[.\-–—)]\s+(?P<t1>[{UP}].*)$")
MD_RE = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<t1>.+?)\s*#*$")
BOLD_RE = re.compile(r"^(\*\*|__)(?P<t1>[^*_]{2,100}?)\1\s*:?$")
KNOWN_TITLES = {"preambule", "preamble", "recitals", "whereas", "expose prealable", "definitions",
                "entre", "entre les soussignes", "between", "by and between", "signatures", "annexes",
                "schedules", "liste des annexes"}
NOT_HEADINGS = re.compile(
    r"^(d une part|d autre part|et|and|of the one part|of the other part|"
    r"il (a ete|est) (convenu|arrete|expose)|ceci (etant|expose)|it is (hereby )?agreed|now,? therefore|"
    r"en foi de quoi|in witness whereof|fait a |signed|lu et approuve)", re.I)
SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ)\]»”\"])\.\s+(?=[A-ZÀ-Ý0-9«\"“])")


@dataclass(frozen=True)
class Clause:
    heading: str
    text: str
    start: int
    level: int = 1
    number: str | None = None
    parent: str | None = None

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


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text).split())


def _is_upper_title(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 4 or "|" in line or len(line) > 100 or len(line.split()) > 14:
        return False
    if line.rstrip().endswith((",", ";")):
        return False
    return sum(1 for c in letters if c.isupper()) / len(letters) >= 0.85


def _clean(line: str) -> str:
    line = line.strip()
    if line.startswith(("**", "__")) and line.endswith(("**", "__", "**:")):
        return line
    return line.strip("*_ \t")


CONNECTORS = {"and", "or", "of", "the", "to", "for", "in", "with", "by", "a", "an", "including", "et", "ou",
              "de", "des", "du", "la", "le", "les", "à", "au", "aux", "en", "par", "pour", "sur", "dans"}


def _dangling(text: str) -> bool:
    words = text.split()
    return bool(words) and (words[-1].lower() in CONNECTORS or text.rstrip().endswith((",", ";")))


def _split_title(title: str, limit: int = 90) -> tuple[str, str]:
    """Title and the part of the line that is already body text (wrapped PDF lines)."""
    title = title.strip()
    if not title or _is_upper_title(title):
        return title.rstrip(" :"), ""
    m = SENTENCE_END.search(title)
    if m and 2 <= m.start() <= limit and len(title[:m.start()].split()) <= 12 \
            and len(title[m.end():].split()) >= 2:
        return title[:m.start()].strip(), title[m.end():]
    words = title.split()
    if len(words) <= 12 and len(title) <= limit and not _dangling(title):
        return title.rstrip(" :.-–—"), ""
    return " ".join(words[:8]) + " …", title


def _match_heading(line: str, *, article_style: bool) -> tuple[str | None, str, int, str] | None:
    """(number, title, level, rest-of-line) when `line` is a heading, else None."""
    raw = line
    line = _clean(line)
    if not line or len(line) > 400:
        return None
    m = MD_RE.match(line)
    if m:
        inner = _match_heading(m.group("t1"), article_style=True)
        level = len(m.group("hashes"))
        if inner:
            return inner[0], inner[1], level, inner[3]
        return None, m.group("t1").strip("*_ "), level, ""
    m = BOLD_RE.match(raw.strip())
    if m:
        inner = _match_heading(m.group("t1"), article_style=True)
        return inner if inner else (None, m.group("t1").strip(), 1, "")
    for rx, kind in ((ARTICLE_RE, "article"), (SECTION_RE, "section"), (ANNEX_RE, "annex"),
                     (MULTI_RE, "multi"), (SINGLE_RE, "single"), (ROMAN_RE, "roman")):
        m = rx.match(line)
        if not m:
            continue
        num = m.group("num")
        title = (m.groupdict().get("t1") or m.groupdict().get("t2") or "").strip()
        if kind == "single":
            if article_style or not (_is_upper_title(title) or _short_title(title)):
                return None
        if kind == "roman" and not (_is_upper_title(title) or _short_title(title)):
            return None
        if kind in ("article", "section", "annex") and title and title[0].islower():
            return None
        head, rest = _split_title(title)
        level = num.count(".") + 1 if re.match(r"\d", num) else 1
        if kind == "annex":
            prefix = line.split()[0].rstrip(".:")
            return f"{prefix} {num}", head, 1, rest
        if kind in ("article", "section"):
            prefix = line.split()[0].rstrip(":")
            return f"{prefix} {num}", head, level, rest
        return num + ("." if kind in ("single", "roman") else ""), head, level, rest
    folded = _fold(line)
    if NOT_HEADINGS.match(folded):
        return None
    if folded.rstrip(" :") in KNOWN_TITLES:
        return None, line.rstrip(" :"), 1, ""
    if _is_upper_title(line) and not re.search(r"[.!?]\s*$", line.rstrip(" :")):
        return None, line.rstrip(" :"), 1, ""
    return None


def _short_title(title: str) -> bool:
    return 0 < len(title) <= 70 and len(title.split()) <= 10 and not title.rstrip().endswith((".", ";", ",", ":"))


def _article_style(lines: list[str]) -> bool:
    n = sum(1 for ln in lines if ARTICLE_RE.match(_clean(ln)) or SECTION_RE.match(_clean(ln)))
    return n >= 3


def _has_body(text: str) -> bool:
    """Page numbers and stray punctuation are not a body."""
    return len(re.findall(r"[^\W\d_]", text)) >= 12


METADATA_RE = re.compile(r"^(source|license|licence|url|retrieved|fetched|sha\d*|commit)\s*:", re.I)


def metadata_end(text: str) -> int:
    """Offset where the contract starts: provenance lines (SOURCE:, LICENSE:…) at the top are not terms."""
    pos = 0
    for line in text.split("\n"):
        if line.strip() and not METADATA_RE.match(line.strip()):
            break
        pos += len(line) + 1
    return min(pos, len(text))


def segment(text: str) -> list[Clause]:
    """Clauses in document order; text before the first heading is a clause with no heading."""
    skip = metadata_end(text)
    if skip:
        text = " " * skip + text[skip:]  # blank out, keep offsets
    lines = text.split("\n")
    offsets, pos = [], 0
    for ln in lines:
        offsets.append(pos)
        pos += len(ln) + 1
    article_style = _article_style(lines)
    heads: list[_Head] = []
    i = 0
    while i < len(lines):
        found = _match_heading(lines[i], article_style=article_style)
        if not found:
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
        if nxt and not rest:
            if (not title and not nxt_head and len(nxt) <= 80 and not nxt.endswith((".", ";", ","))) or (
                    title and upper and _dangling(title) and _is_upper_title(nxt)
                    and (not nxt_head or nxt_head[0] is None)):
                title = f"{title} {nxt}".strip()
                end = offsets[j] + len(lines[j]) + 1
                i = j
        if rest:
            at = lines[i].find(rest)
            end = offsets[i] + (at if at >= 0 else len(lines[i]) - len(rest))
        heads.append(_Head(start=start, end=min(end, len(text)), number=number, title=title,
                           level=level, upper=upper))
        i += 1
    return _assemble(text, heads)


def _digits(number: str | None) -> str:
    m = re.search(r"(\d+(?:\.\d+)*)\.?$", number or "")
    return m.group(1) if m else ""


def _assemble(text: str, heads: list[_Head]) -> list[Clause]:
    """Clauses from headings. Parents: empty headings above (a title, "5. SUBPROCESSORS"), and
    numbered clauses whose number prefixes this one ("Art. 3" for "3.2")."""
    clauses: list[Clause] = []
    if not heads:
        body = text.strip()
        return [Clause(heading="", text=body, start=len(text) - len(text.lstrip()))] if body else []
    pre = text[:heads[0].start]
    if _has_body(pre) and len(re.findall(r"\w+", pre)) >= 8:
        clauses.append(Clause(heading="", text=pre.strip(), start=len(pre) - len(pre.lstrip())))
    stack: list[tuple[int, str, str, bool]] = []  # (level, label, digits, has body) of enclosing headings
    pending: list[str] = []  # empty same-level headings, carried as context
    for n, h in enumerate(heads):
        stop = heads[n + 1].start if n + 1 < len(heads) else len(text)
        body = text[h.end:stop].strip()
        while stack and stack[-1][0] >= h.level:
            stack.pop()
        digits = _digits(h.number)
        context = [lab for _lvl, lab, dg, full in stack
                   if not full or (digits and dg and digits.startswith(dg + "."))] + pending
        if not _has_body(body):
            nxt = heads[n + 1] if n + 1 < len(heads) else None
            if nxt is not None and nxt.level > h.level:
                stack.append((h.level, h.label, digits, False))
                pending = []
            elif nxt is not None:
                pending = pending + [h.label]
            continue
        pending = []
        stack.append((h.level, h.label, digits, True))
        clauses.append(Clause(heading=h.label, text=body, start=h.start, level=h.level,
                              number=h.number, parent=" › ".join(context) or None))
    return clauses
