"""Heading and numbering detection for the contract segmenter (`segmentation.segment`).

Which line of a contract is a heading, read from its shape alone: French and English numbering ("Article 3 –",
"ARTICLE III", "Section 1.01", "3.2", an inline "3. Services."), Markdown and bold titles, titles in capitals, known
titles with no number; which lines are paragraphs in capitals or list items instead; and the document's numbering so
far (`_Numbering`), which tells a heading that continues it from a cross-reference that happened to open a line.
"""

from __future__ import annotations

import re

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
# Paragraphs numbered by a part's letter glued to the number: "A1. Scope envisaged", "B7. Assignment", "P1.2 The
# Provider's engineers…" (heads of terms, schedules); the top level needs its full stop ("P1 Critique" is a priority)
ALNUM_RE = re.compile(rf"^(?P<num>[A-Z]\d{{1,2}}(?:\.\d{{1,2}}){{1,2}}|[A-Z]\d{{1,2}}\.)\s+(?P<t1>[{UP}0-9«\"“(].*)$")
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
# s33: the same in sentence case, as e-mails and French documents write it: "3. Response times. Priority 1 (…)",
# "4. Niveaux de service. Le Prestataire…": two to five words with no verb, no digit and no determiner or pronoun
# opening them, closed by a full stop, and six words of body after it (a one-word title is INLINE_TITLE's)
SENTENCE_CASE_TITLE = re.compile(r"^(?P<title>[A-ZÀ-Ý][^\W\d_]*['’-]?[^\W\d_]*(?:[ ][^\W\d_]+(?:['’-][^\W\d_]+)?){1,4})\."
                                 r"\s+(?P<rest>[A-ZÀ-Ý«\"“(].*)$", re.S)


def sentence_case_title(title: str) -> "re.Match | None":
    m = SENTENCE_CASE_TITLE.match(title)
    if m is None or _sentence_like(m.group("title")) or _OPENING_DETERMINER.match(m.group("title")) or \
            _PRONOUN_OPENER.match(m.group("title")) or len(m.group("rest")[:300].split()) < 6:
        return None
    return m


MATCH_LIMIT = 300    # a heading is read from the start of a line

# A table whose rows are the clauses: "| MS-6 | Mesure des niveaux de service | Les indicateurs… | CCAP art. 4 |" (a
# Markdown table) or "S-2 | Backups | The Provider shall…" (a DOCX table read as "cell | cell"): a short number in the
# first cell, a title in the second, the stipulation after; between the number and the title a cell may name the article
# of another document the row amends ("| N-9 | Art. 7.4 | Partenaires techniques | Le Prestataire peut… |"). A grid of short cells (an SLA table of priorities, a list of
# sites) is no table of clauses: each row's stipulation must be prose, and three rows at least must be such.
TABLE_ROW_RE = re.compile(
    r"^\|?\s*(?P<num>(?:[A-Z]{1,4}\s?[-.]?\s?)?\d{1,3}(?:\.\d{1,3}){0,3}|(?i:art(?:icle|\.)?)\s*\d{1,3}(?:\.\d{1,3}){0,3})"
    r"\.?\s*\|(?:\s*(?P<ref>(?i:art(?:icle|\.)?|clause|section|§)\s*\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)\s*\|)?"
    r"\s*(?P<t1>[^|]{2,90}?)\s*\|\s*(?P<rest>[^|\s-][^|]*)(?:\|.*)?$")
TABLE_ROWS_MIN = 3
TABLE_BODY_WORDS = 8
TABLE_BODY_LETTERS = 40  # a stipulation is a sentence, not a reference ("Contrat, complété par l'avenant n° 2")


def table_clause_rows(lines: list[str]) -> dict[int, tuple[str, str, str]]:
    """{line index: (number, title, stipulation)} for the rows of a table of clauses (see TABLE_ROW_RE); empty when the
    document has fewer than TABLE_ROWS_MIN such rows."""
    rows: dict[int, tuple[str, str, str]] = {}
    for i, line in enumerate(lines):
        m = TABLE_ROW_RE.match(line.strip())
        if not m:
            continue
        title, body = m.group("t1").strip().strip("*_ "), m.group("rest").strip()
        # (a questionnaire's rows, "| A1 | Quelles données traitez-vous ? | Réponse… |", stay one table: an answer is
        # read with the questions around it)
        if (len(body.split()) < TABLE_BODY_WORDS or sum(c.isalpha() for c in body) < TABLE_BODY_LETTERS
                or len(title.split()) > 10 or title.endswith((".", ";", "?"))
                or not any(c.isalpha() for c in title)):
            continue
        rows[i] = (" ".join(m.group("num").split()), title, body)
    return rows if len(rows) >= TABLE_ROWS_MIN else {}


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
# a sentence's subject or possessive opening it ("We agree.", "Our fees apply.", "Nous facturons."): no title
_PRONOUN_OPENER = re.compile(r"(?i)^(we|you|they|our|your|their|my|his|her|i|nous|vous|on|je|notre|votre|nos|vos|mon|ma|"
                             r"mes|leur|leurs|yes|no|oui|non|ok|okay|merci|thanks|thank)\b")


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
    if re.match(r"[A-Z]\d", num):  # "P1" → 1, "P1.2" → 2
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
                     (MULTI_RE, "multi"), (SINGLE_RE, "single"), (ROMAN_RE, "roman"), (ALNUM_RE, "multi")):
        m = rx.match(line)
        if not m:
            continue
        num = m.group("num").rstrip(".") if rx is ALNUM_RE else m.group("num")
        title = (m.groupdict().get("t1") or m.groupdict().get("t2") or "").strip()
        if rx is ALNUM_RE and title.endswith("?") and not strict:
            return num, title, _level(num), ""  # a question as the title ("A1. Que comprend l'offre ?"): all of it
        if strict:
            if kind in ("annex", "roman") or (kind == "single" and article_style):
                return None
            found = _strict_title(title, num)
            if found is None:
                return None
            label = num + "." if kind == "single" else f"{line.split()[0].rstrip(':')} {num}" \
                if kind in ("article", "section") else num
            return label, found[0], _level(num), found[1]
        if kind in ("single", "multi") and not (_is_upper_title(title) or _short_title(title)):
            inline = INLINE_TITLE.match(title) or sentence_case_title(title)
            if inline and not (kind == "single" and article_style):
                level = _level(num)
                return num + ("." if kind == "single" else ""), inline.group("title"), level, inline.group("rest") or ""
            run = _run_in_title(num, title) if not inline else None
            if run and not (kind == "single" and article_style):
                return num + ("." if kind == "single" else ""), run[0], _level(num), run[1]
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
    letter = LETTER_RE.match(inner_title) or ALNUM_RE.match(inner_title)
    if letter:
        head, _ = _split_title(letter.group("t1"))
        num = letter.group("num").rstrip(".")
        return num, head, _level(num), rest
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


# A title run into its clause in text without layout: closed by the clause's own first sub-number ("Charges 2.1 The
# Client shall…" under "2."), by the wide gap the export left ("Contract Sum   Party A shall…"), or by the word that
# opens the clause's first sentence ("Fees and Expenses The Board shall…", "Durée Le contrat est…"). The title is a few
# words in Title Case; a capitalised word that opens a sentence ends it.
_OPENERS = ("The|This|These|Each|Any|All|Either|Neither|No|In|If|Unless|Subject|Except|Notwithstanding|Upon|During|"
            "Where|Within|Le|La|Les|L['’]|Un|Une|Chaque|Tout|Toute|Tous|Toutes|Aucun|Aucune|Sauf|Sous|En|Dans|Lorsque|"
            "Si|Pendant|Pour|À")
_RUN_WORD = rf"(?!(?:{_OPENERS})\b)(?:[A-ZÀ-Ý][\w'’&/-]*|of|and|or|to|the|for|in|on|by|with|a|an|de|des|du|d['’]\w+|la|" \
            r"le|les|l['’]\w+|et|ou|à|au|aux|en|par|pour|sur)"
_RUN_TITLE = rf"(?P<title>(?!(?:{_OPENERS})\b)[A-ZÀ-Ý][\w'’&/-]*(?:[ ,]+{_RUN_WORD}){{0,7}}?)"
_RUN_OPENER = re.compile(rf"^{_RUN_TITLE}\s+(?P<rest>(?:{_OPENERS})(?:\s+|(?<=['’]))\S.*)$", re.S)
_RUN_GAP = re.compile(r"^(?P<title>[A-ZÀ-Ý][^\n]{0,80}?\S) {3,}(?P<rest>\S.*)$", re.S)


def _run_in_title(num: str | None, title: str) -> tuple[str, str] | None:
    """(title, rest) of a heading whose title runs into its body (see `_RUN_OPENER`), else None."""
    if num and re.fullmatch(r"\d{1,2}", num.rstrip(".")):
        sub = re.escape(num.rstrip(".")) + r"\.0?1\.?"
        m = re.match(rf"^{_RUN_TITLE}\s+(?P<rest>{sub}\s+\S.*)$", title, re.S)
        if m and not _sentence_like(m.group("title")):
            return m.group("title").strip(" ,"), m.group("rest")
    m = _RUN_GAP.match(title)
    if m:
        head = m.group("title").strip()
        if len(head.split()) <= 10 and not head.endswith((",", ";")) and not _sentence_like(head) and not _prose(head):
            return head.rstrip(" .:"), m.group("rest")
    m = _RUN_OPENER.match(title)
    if m and not _sentence_like(m.group("title")) and _sentence_like(m.group("rest")[:200]):
        return m.group("title").strip(" ,"), m.group("rest")
    return None


def _strict_title(title: str, num: str | None = None) -> tuple[str, str] | None:
    """(title, rest) of a heading found inside flat text: a title in capitals, or in Title Case
    closed by a full stop, or run into its body (`_run_in_title`)."""
    m = _UPPER_PREFIX.match(title)
    if m and len(re.findall(r"[^\W\d_]", m.group("title"))) >= 3:
        rest = m.group("rest") or ""
        if not rest or not rest[:1].islower():
            return m.group("title").strip(" ,"), rest
    m = INLINE_TITLE.match(title)
    if m:
        return m.group("title"), m.group("rest") or ""
    found = _run_in_title(num, title)
    if found:
        return found
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
