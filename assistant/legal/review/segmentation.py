"""Split a contract into clauses from its headings (French and English styles).

Real contracts are messy: PDF extraction wraps lines anywhere, headings share a line with
their first sentence ("2.1 Roles of the Parties. The parties…"), numbered lists live
inside articles. The rules here are line-based and conservative: a line is a heading only
when its shape says so, and a heading with no body of its own becomes the parent context
of the clauses below it instead of an empty clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.legal.review.layout import blank_frame
from assistant.text import fold

UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒÆ"
ROMAN = r"[IVXLC]{1,7}"
_SEP_TITLE = rf"(?:\s*[-–—:.)]\s*(?P<t1>.*)|\s+(?P<t2>[{UP}0-9«\"“(\[].*)|\s*$)"

# the article of an annex or of another document: "Article 9 de l'Annexe RGPD – …", "Article 4 of Schedule 2 – …"
_OF_DOC = r"(?:\s+(?i:de\s+l['’]|du\s+|de\s+la\s+|des\s+|of\s+(?:the\s+)?)(?i:annexe|annex|appendix|appendice|schedule|" \
          r"exhibit|accord|agreement|contrat|contract|convention|conditions|cg\w*|dpa|avenant|amendment)\b[^–—:\n]{0,40}?" \
          r"(?=\s*[-–—:]))?"
ARTICLE_RE = re.compile(
    rf"^(?i:article|art\.)\s*(?P<num>\d{{1,3}}(?:\.\d{{1,3}}){{0,3}}(?!\.?\d)|{ROMAN}|(?i:premier|1er|unique))\b{_OF_DOC}\.?{_SEP_TITLE}")
SECTION_RE = re.compile(
    rf"^(?i:section|clause|§)\s*(?P<num>\d{{1,3}}(?:\.\d{{1,3}}){{0,3}}(?!\.?\d)|{ROMAN})\b{_OF_DOC}\.?{_SEP_TITLE}")
ANNEX_RE = re.compile(
    rf"^(?i:annexe|annex|appendix|appendice|schedule|exhibit)\s+(?P<num>\d{{1,2}}(?:\.\d{{1,2}})?|{ROMAN}|[A-Z])\b\.?{_SEP_TITLE}")
MULTI_RE = re.compile(rf"^(?P<num>\d{{1,2}}(?:\.\d{{1,2}}){{1,3}})\.?\s+(?P<t1>[{UP}0-9«\"“(].*)$")
SINGLE_RE = re.compile(rf"^(?P<num>\d{{1,2}})(?:\.|\s+[-–—])\s*(?P<t1>[{UP}0-9«\"“].*)$")
ROMAN_RE = re.compile(rf"^(?P<num>{ROMAN})\s*[.\-–—)]\s+(?P<t1>[{UP}].*)$")
MD_RE = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<t1>.+?)\s*#*$")
BOLD_RE = re.compile(r"^(\*\*|__)(?P<t1>[^*_]{2,100}?)\1\s*:?$")
# A bold title that opens its paragraph: "**Section 2.02 Backup Services.** Provider shall…", "**3.1 Durée.** Le…"
INLINE_BOLD_RE = re.compile(r"^(\*\*|__)(?P<t1>[^*_]{2,150}?)\1\s*[:.]?\s+(?P<rest>\S.*)$", re.S)
# A number, then a bold lead-in opening the paragraph: "13.3 **Caractère ferme.** Les redevances…", "2.1 **Business
# hours**: 8 am to 6 pm". The number is the clause's own; the lead-in stays in its body, read with what it introduces (a
# DPA's "**Durée** : celle du contrat" is a facet of the processing, not the contract's term)
NUM_BOLD_RE = re.compile(rf"^(?P<num>\d{{1,2}}(?:\.\d{{1,2}}){{1,3}})\.?\s+(\*\*|__)(?P<t1>[{UP}][^*_]{{1,100}}?)\2"
                         r"(?P<punct>\s*[:.]?)\s*(?P<rest>.*)$", re.S)
# Paragraphs of an exhibit numbered by its letter: "C.1 Roles and scope"
LETTER_RE = re.compile(rf"^(?P<num>[A-Z]\.\d{{1,2}}(?:\.\d{{1,2}})?)\.?\s+(?P<t1>[{UP}0-9«\"“(].*)$")
KNOWN_TITLES = {"preambule", "preamble", "recitals", "whereas", "expose prealable", "definitions",
                "entre", "entre les soussignes", "between", "by and between", "signatures", "annexes",
                "schedules", "liste des annexes"}
NOT_HEADINGS = re.compile(
    r"^(d une part|d autre part|et|and|of the one part|of the other part|"
    r"il (a ete|est) (convenu|arrete|expose)|ceci (etant|expose)|it is (hereby )?agreed|now,? therefore|"
    r"en foi de quoi|in witness whereof|fait a |signed|lu et approuve)", re.I)
SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ)\]»”\"])\.\s+(?=[A-ZÀ-Ý0-9«\"“(])")
# An inline title: "3. Services. The Provider…", "1.1 Provision of Services. (a) …" (Title Case, then a full stop).
TITLE_WORD = r"(?:[A-ZÀ-Ý][\w'’&/-]*|of|and|or|to|the|for|in|on|by|with|a|an|upon|from|its|de|des|du|d'\w+|la|le|les|l'\w+|et|ou|à|au|aux|en|par|pour|sur)"
INLINE_TITLE = re.compile(rf"^(?P<title>[A-ZÀ-Ý][\w'’&/-]*(?:[ ,]+{TITLE_WORD}){{0,9}})\.(?:\s+(?P<rest>\S.*)|\s*)$", re.S)
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
MATCH_LIMIT = 300    # a heading is read from the start of a line
# Where a heading may start inside flat text: after the end of a sentence.
INLINE_START = re.compile(r"(?<=[.;:!?\"”)\]])\s+(?=(?:ARTICLE|Article|SECTION|Section|§)\s+(?:\d|[IVXLC]+\b)|"
                          r"\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+[A-ZÀ-Ý])")


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


def _fold(text: str) -> str:
    text = fold(text)
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


# "LIMITATION OF LIABILITY. EXCEPT FOR…": a title in capitals followed, on the same line, by a sentence in capitals.
_UPPER_SENTENCE_END = re.compile(r"(?<=[A-Z]{2})\.\s+(?=[A-Z(])")
# Verbs a sentence has and a title has not: a run of lines in capitals holding one is a paragraph (US contracts
# print their disclaimers and liability limits in capitals), not a stack of headings.
_CAPS_VERB = re.compile(r"\b(SHALL|WILL|MAY|MUST|IS|ARE|BE|BEEN|WAS|WERE|HAS|HAVE|CAN|CANNOT|DOES|WOULD|SHOULD|"
                        r"EXCEEDS?|CONSTITUTES?|INCLUDES?|DISCLAIMS?|WARRANTS|AGREES?|ACKNOWLEDGES?|SONT|EST|DOIT|"
                        r"PEUT|NE)\b")


# Words a sentence has and a title has not (finite verbs, subject pronouns): "1.2 Les annexes font partie intégrante
# du contrat. En cas…" opens with a sentence of the body, not with a title; "3.1 Maintenance du Parc. Le…" has one.
_SENTENCE_WORDS = re.compile(
    r"(?i)(?<![\w'’-])(est|sont|sera|seront|serait|etait|était|ont|peut|peuvent|pourra|pourront|doit|doivent|devra|"
    r"font|fait|prend|prennent|constitue|constituent|présente|presente|présentent|presentent|demeure|demeurent|reste|"
    r"restent|comprend|comprennent|désigne|designe|verse|assure|réalise|realise|agit|autorise|dispose|relève|releve|"
    r"garantit|s'engage|s’engage|s'interdit|s’interdit|n'est|n’est|ne|il|elle|ils|elles|"
    r"is|are|was|were|shall|will|may|must|has|have|does|cannot|means|agrees?|acknowledges?|applies|begins|"
    r"continues|survives?|governs|remains|includes)(?![\w'’-])")


# A title is a noun phrase; six words or more opening with a determiner or holding a negation is a sentence of the
# body ("6.1 Le montant de la Redevance figure au bon de commande.", "9.6 The Customer gives general written
# authorisation…", "1.2 Clause, Schedule and paragraph headings do not affect interpretation.")
_OPENING_DETERMINER = re.compile(r"(?i)^(le|la|les|l['’]\w+|un|une|chaque|tout|toute|tous|toutes|aucun|aucune|ce|cet|"
                                 r"cette|ces|il|elle|the|each|any|all|a|an|this|these|such|no|neither|either|it)\b")
_NEGATION_WORDS = re.compile(r"(?i)\b(do|does|did|not|pas|ni|jamais)\b")


def _sentence_like(text: str) -> bool:
    if _SENTENCE_WORDS.search(text):
        return True
    words = text.split()
    return len(words) >= 6 and bool(_OPENING_DETERMINER.match(text.strip(" «\"“")) or _NEGATION_WORDS.search(text))


def _prose(text: str) -> bool:
    """A sentence of the body, not a title: closed by a full stop, eight words or more, most of its words in lower
    case ("4.3 Publishers grant to HealthGate a perpetual, royalty-free licence to use the Specification.").
    A title is a short noun phrase, in Title Case in English ("Right of Renewal", "Limitation of Liability.")."""
    text = text.strip(" «»\"“”")
    if not text.endswith(".") or text.endswith("..."):
        return False
    words = [w for w in re.split(r"[\s/]+", text.rstrip(".")) if w and w[:1].isalpha()]
    content = [w for w in words if w.lower().strip("'’,;") not in _TITLE_SMALL]
    lower = [w for w in content if w[:1].islower()]
    return len(words) >= 8 and len(lower) >= 3 and 2 * len(lower) >= len(content)


def _split_title(title: str, limit: int = 90) -> tuple[str, str]:
    """Title and the part of the line that is already body text (wrapped PDF lines). A line that opens with
    a sentence has no title: its first words label it and the whole line stays in the body."""
    title = title.strip()
    if title and _is_upper_title(title):
        m = _UPPER_SENTENCE_END.search(title) or SENTENCE_END.search(title)
        if m and len(title[:m.start()].split()) <= 8 and len(title[m.end():].split()) >= 4:
            return title[:m.start()].strip(), title[m.end():]
        if _CAPS_VERB.search(title) and len(title.split()) > 6:  # a sentence in capitals, not a title
            return " ".join(title.split()[:8]) + " …", title
    if not title or _is_upper_title(title):
        return title.rstrip(" :"), ""
    m = SENTENCE_END.search(title)
    if m and 2 <= m.start() <= limit and len(title[:m.start()].split()) <= 12 \
            and len(title[m.end():].split()) >= 2 and not _sentence_like(title[:m.start()]):
        return title[:m.start()].strip(), title[m.end():]
    words = title.split()
    if len(words) <= 12 and len(title) <= limit and not _dangling(title) and not _sentence_like(title) \
            and not _prose(title):
        return title.rstrip(" :.-–—"), ""
    if len(words) <= 8:
        return title.rstrip(" :.,;"), title
    return " ".join(words[:8]) + " …", title


def _level(num: str) -> int:
    """"3.2" → 2; "2.0" is the article 2 itself; roman numerals and letters are level 1."""
    if re.match(r"[A-Z]\.\d", num):
        return num.count(".") + 1
    if not re.match(r"\d", num):
        return 1
    parts = num.rstrip(".").split(".")
    while len(parts) > 1 and parts[-1] == "0":
        parts.pop()
    return len(parts)


def _match_heading(line: str, *, article_style: bool, strict: bool = False) -> tuple[str | None, str, int, str] | None:
    """(number, title, level, rest-of-line) when `line` is a heading, else None. `strict` (inside
    flat text): a numbered heading needs a title, in capitals or Title Case ending with a full stop."""
    line = line[:MATCH_LIMIT]
    raw = line
    line = _clean(line)
    if not line or len(line) > 400:
        return None
    m = MD_RE.match(line)
    if m:
        inner = _match_heading(m.group("t1"), article_style=False)
        level = len(m.group("hashes"))
        if inner and inner[0] and re.match(r"\d", inner[0]):
            level = max(level, inner[2])
        if inner:
            return inner[0], inner[1], level, inner[3]
        return None, m.group("t1").strip("*_ "), level, ""
    m = BOLD_RE.match(raw.strip())
    if m:
        inner = _match_heading(m.group("t1"), article_style=True)
        return inner if inner else (None, m.group("t1").strip(), 1, "")
    m = NUM_BOLD_RE.match(raw.strip()) if not strict else None
    if m:
        words = f"{m.group('t1').strip()}{m.group('punct').strip()} {m.group('rest').strip()}".split()
        # the body is the line's own tail from the bold mark on, so that its offsets stay those of the document
        return m.group("num"), " ".join(words[:8]) + " …", _level(m.group("num")), raw.strip()[m.start(2):]
    m = INLINE_BOLD_RE.match(raw.strip()) if not strict else None
    if m:
        found = _inline_bold(m.group("t1").strip(), m.group("rest"))
        if found:
            return found
        line = _clean(f"{m.group('t1').strip()} {m.group('rest')}")  # read without the bold marks
    for rx, kind in ((ARTICLE_RE, "article"), (SECTION_RE, "section"), (ANNEX_RE, "annex"),
                     (MULTI_RE, "multi"), (SINGLE_RE, "single"), (ROMAN_RE, "roman")):
        m = rx.match(line)
        if not m:
            continue
        num = m.group("num")
        title = (m.groupdict().get("t1") or m.groupdict().get("t2") or "").strip()
        if strict:
            if kind in ("annex", "roman") or (kind == "single" and article_style):
                return None
            found = _strict_title(title)
            if found is None:
                return None
            label = num + "." if kind == "single" else f"{line.split()[0].rstrip(':')} {num}" \
                if kind in ("article", "section") else num
            return label, found[0], _level(num), found[1]
        if kind in ("single", "multi") and not (_is_upper_title(title) or _short_title(title)):
            inline = INLINE_TITLE.match(title)
            if inline and not (kind == "single" and article_style):
                level = _level(num)
                return num + ("." if kind == "single" else ""), inline.group("title"), level, inline.group("rest") or ""
            if kind == "single" or strict:
                return None
        if kind == "single" and article_style:
            return None
        if kind == "roman" and not (_is_upper_title(title) or _short_title(title)):
            return None
        if kind in ("article", "section", "annex") and title and (title[0].islower() or _XREF_WORD.match(title)):
            return None  # "Section 4 of the Master Terms.", "CLAUSE 14 OF THE AGREEMENT.": a cross-reference
        head, rest = _split_title(title)
        level = _level(num)
        if kind == "annex":
            prefix = line.split()[0].rstrip(".:")
            return f"{prefix} {num}", head, 1, rest
        if kind in ("article", "section"):
            prefix = line.split()[0].rstrip(":")
            return f"{prefix} {num}", head, level, rest
        return num + ("." if kind in ("single", "roman") else ""), head, level, rest
    if strict:
        return None
    folded = _fold(line)
    if NOT_HEADINGS.match(folded):
        return None
    if folded.rstrip(" :") in KNOWN_TITLES:
        return None, line.rstrip(" :"), 1, ""
    if _is_upper_title(line) and not re.search(r"[.!?]\s*$", line.rstrip(" :")):
        return None, line.rstrip(" :"), 1, ""
    return None


INLINE_BOLD_LEVEL = 4  # an unnumbered bold lead-in ("**Confidentiality.** Each party…") sits below numbered headings


def _inline_bold(inner: str, rest: str) -> tuple[str | None, str, int, str] | None:
    """A bold title opening its paragraph: the bold part is the whole heading (number and title), the rest of
    the line is the body. Unnumbered, it is a heading only when it reads as a short title closed by a full stop."""
    inner_title = inner.rstrip(" .:")
    letter = LETTER_RE.match(inner_title)
    if letter:
        head, _ = _split_title(letter.group("t1"))
        return letter.group("num"), head, _level(letter.group("num")), rest
    found = _match_heading(inner_title, article_style=False)
    if found and found[0] and not found[3] and not found[1].endswith("…"):
        return found[0], found[1], found[2], rest
    words = inner_title.split()
    if (inner.endswith((".", ":")) and 1 <= len(words) <= 8 and inner_title[:1].isupper()
            and not _sentence_like(inner_title) and not inner_title.startswith(("\"", "“", "«"))
            and (rest[:1].isupper() or rest[:1] in "(«\"“")):
        return None, inner_title, INLINE_BOLD_LEVEL, rest
    return None


_UPPER_PREFIX = re.compile(rf"^(?P<title>[{UP}][{UP}'’&/-]+(?:[ ,]+(?:[{UP}][{UP}'’&/-]*|OF|AND|OR|TO|THE|FOR|IN|ON|BY|"
                           rf"WITH|A|AN|DE|DES|DU|LA|LE|LES|ET|À)){{0,9}})\.?(?:\s+(?P<rest>\S.*))?$", re.S)


def _strict_title(title: str) -> tuple[str, str] | None:
    """(title, rest) of a heading found inside flat text: a title in capitals, or in Title Case
    closed by a full stop."""
    m = _UPPER_PREFIX.match(title)
    if m and len(re.findall(r"[^\W\d_]", m.group("title"))) >= 3:
        rest = m.group("rest") or ""
        if not rest or not rest[:1].islower():
            return m.group("title").strip(" ,"), rest
    m = INLINE_TITLE.match(title)
    if m:
        return m.group("title"), m.group("rest") or ""
    # a title in Title Case that closes the physical line ("…qualifications.   5.3 No Right To Require Termination" and
    # the body on the next line): a text export that kept the heading on the line of the paragraph before it
    words = title.split()
    if "\n" not in title and 1 <= len(words) <= 10 and len(title) <= 80 and title[:1].isupper() \
            and not title.rstrip().endswith((",", ";", ":", ".")) and not _sentence_like(title) and all(
            w[:1].isupper() or w[:1].isdigit() or not any(ch.isalnum() for ch in w)
            or w.lower().strip("'’,") in _TITLE_SMALL for w in words):
        return title.strip(), ""
    return None


def _mostly_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(1 for c in letters if c.isupper()) / len(letters) >= 0.85


def _caps_paragraphs(lines: list[str]) -> set[int]:
    """Lines that belong to a paragraph written in capitals: a run of adjacent lines in capitals whose
    words hold a verb ("IN NO EVENT SHALL…", "THE FOREGOING CONSTITUTES…"). The first line of the run may
    still be its title when it is short and unpunctuated inside ("LIMITATION OF LIABILITY")."""
    body: set[int] = set()
    i = 0
    while i < len(lines):
        if not _mostly_upper(lines[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and lines[j + 1].strip() and _mostly_upper(lines[j + 1]):
            j += 1
        run = range(i, j + 1)
        first = lines[i].strip()
        title_first = (j > i and len(first.split()) <= 8 and "," not in first and not _dangling(first)
                       and not _CAPS_VERB.search(first))
        if _CAPS_VERB.search(" ".join(lines[k] for k in run)):
            body.update(k for k in run if not (k == i and title_first))
        i = j + 1
    return body


_TITLE_SMALL = {"of", "and", "or", "to", "the", "for", "in", "on", "by", "with", "a", "an", "de", "des", "du", "d", "la", "le",
                "les", "l", "et", "ou", "à", "au", "aux", "en", "par", "pour", "sur", "dans"}


def _bare_title(lines: list[str], i: int) -> bool:
    """An unnumbered title on a line of its own ("Termination for Convenience", "Fee Adjustments", "Garantie de
    disponibilité"): a few words in Title Case, no verb, no closing punctuation, after a finished sentence (or a blank
    line) and before a longer line that opens a sentence."""
    s = _clean(lines[i])
    words = s.split()
    if not (1 <= len(words) <= 6 and 3 <= len(s) <= 60) or not s[:1].isupper() or s[-1:] in ".,;:!?-–—|)" or "|" in s:
        return False
    if _sentence_like(s) or NOT_HEADINGS.match(_fold(s)) or re.search(r"\d", s):
        return False
    if any(w[:1].islower() and w.lower().strip("'’") not in _TITLE_SMALL for w in re.split(r"[\s'’-]+", s) if w):
        if len(words) > 3:
            return False
        if sum(1 for w in words if w[:1].isupper()) < max(1, len(words) - 2) or not s[:1].isupper():
            return False
    prev = next((lines[k].strip() for k in range(i - 1, -1, -1) if lines[k].strip()), "")
    blank_before = i > 0 and not lines[i - 1].strip()
    if prev and not blank_before and not re.search(r"[.:;!?»\"”)\]]$", prev):
        return False
    nxt = next((lines[k].strip() for k in range(i + 1, len(lines)) if lines[k].strip()), "")
    return len(nxt) > len(s) + 10 and bool(re.match(r"[A-ZÀ-Ý0-9«\"“(|*-]", nxt))


def _short_title(title: str) -> bool:
    return 0 < len(title) <= 70 and len(title.split()) <= 10 and not title.rstrip().endswith((".", ";", ",", ":"))


# What follows the number of a cross-reference that happens to open a line: "Clause 15 (“Liability”)…", "CLAUSE 14 OF THE
# AGREEMENT.", "Section 2.1 (ii),", "article 5 du Contrat", "Clause 23.3.5)."
_XREF_TAIL = re.compile(r"^(?:[(),;.\]]|(?i:of|de|du|des|and|or|et|ou|to|in|à|au|aux|above|below|hereof|ci-dessus|ci-dessous)\b)")


_XREF_WORD = re.compile(r"(?i:of|de|du|des|and|or|et|ou|to|in|above|below|hereof|hereto|ci-dessus|ci-dessous)\b")


def _article_style(lines: list[str]) -> bool:
    """The document titles its clauses "Article N" / "Section N" (three such headings): a plain "3." line is then a
    list item. Cross-references that open a line are no such heading."""
    n = 0
    for ln in lines:
        line = _clean(ln)
        m = ARTICLE_RE.match(line) or SECTION_RE.match(line)
        if not m:
            continue
        title = (m.group("t1") or m.group("t2") or "").strip()
        if line.rstrip().endswith((",", ";", ")", ").")) or (title and (_XREF_TAIL.match(title) or title[:1].islower())):
            continue
        n += 1
    return n >= 3


def _md_numbered(lines: list[str]) -> bool:
    """The document marks its numbered headings with "#" (a Word file's heading styles, a Markdown contract)."""
    n = 0
    for ln in lines:
        m = MD_RE.match(ln.strip())
        if m and re.match(r"(?i:article\s+|section\s+)?(\d|[IVXLC]+\b)", m.group("t1").strip("*_ ")):
            n += 1
            if n >= 3:
                return True
    return False


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


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _top(number: str | None) -> int | None:
    """First number of a heading's number: "Section 4.2" → 4, "ARTICLE IV" → 4, "3." → 3."""
    if re.match(r"[A-Z]\.\d", number or ""):
        return None  # an exhibit's own paragraph ("C.1"): outside the body's numbering
    m = re.search(r"(?<![\w.])(\d+)|\b([IVXLC]{1,7})\b", number or "")
    if not m:
        return None
    if m.group(1):
        return int(m.group(1))
    vals = [_ROMAN_VALUES[c] for c in m.group(2)]
    return sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))


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
            if _match_heading(line[m.end():m.end() + MATCH_LIMIT], article_style=article_style, strict=True):
                cuts.append(m.end())
        cuts.append(len(line))
        for i, j in zip(cuts, cuts[1:]):
            out.append((pos + i, line[i:j], i > 0))
        pos += len(line) + 1
    return out


_STANDALONE = re.compile(r"(?i)\s*(article|art\.|section)\s+[0-9ivxlc]+(\.\d+)*" + _OF_DOC + r"\s*[–—:-]\s*\S")


class _Numbering:
    """The document's numbering so far: a numbered heading continues it ("7" after "6", "6.3"
    after "6.2"), restarts it ("1" in an annex) or is a cross-reference that happened to start a
    line ("Section 9.6. Nothing in this Section 3.2…" inside article 3)."""

    def __init__(self) -> None:
        self.last: int | None = None

    def accept(self, number: str | None, *, inline: bool, standalone: bool = False, titled: bool = False) -> bool:
        """`standalone`: an "Article N – Title" line of its own, which no cross-reference looks like: it is a
        heading whatever the number before it (a user's excerpts or notes need not follow one numbering)."""
        top = _top(number)
        if standalone and top is not None:
            self.last = top
            return True
        if number and ANNEX_RE.match(number):
            self.last = None  # an annex numbers its own paragraphs
            return True
        if top is None:
            return True
        if self.last is None:
            ok = not inline or top <= 3 or bool(re.match(r"(?i)article|section|§", number or ""))
        else:
            # `titled`: a numbered title on a line of its own ("13. Liability" after "1. Services", an excerpt of a
            # longer contract): the numbering may jump forward, a list item or a cross-reference has no such line
            ok = top == 1 or self.last <= top <= self.last + 3 or (titled and top > self.last)
        if ok:
            self.last = top
        return ok


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
    i = 0
    while i < len(lines):
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
        return (_digits(h.number) or _fold(h.number or "")), " ".join(title.split()[:4])

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
