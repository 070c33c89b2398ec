"""Quantities in French and English contract text: digits, words, or both.

    "quarante (40) jours"      -> Quantity(40, "day")
    "forty-five (45) days"     -> Quantity(45, "day")
    "4 heures ouvrées"         -> Quantity(4, "business_hour")
    "2 400 € HT"               -> Quantity(2400, "eur", qualifier="ht")
    "2.400,50 €" / "$1,000,000" / "99,9 %" / "4h" / "4h30" / "J+1"

Numbers written in words are read by text2num (`text_to_num.text2num`, French and English);
this module finds where they are, which text2num's `alpha2digit` does not say. When a number
is written both ways ("quarante (40) jours") one quantity is returned, valued from the words
(the parenthesised digits only repeat them). A lone article ("un", "une", "one") or "neuf"
(also "new") counts only when a unit follows ("un mois", "one (1) year").

Digit groups: "2 400" (space, non-breaking or thin space), "2.400,50", "1,000,000", "1'000";
when both "." and "," appear the last one is the decimal mark; one separator followed by
exactly three digits after a non-zero integer part of 1-3 digits groups thousands ("1,000",
"3.200"), otherwise it is a decimal mark ("3.2", "99,9", "0,125"). Reference numbers are
not quantities: digits glued to letters, slashes or a "digits-" prefix ("L441-10", "12/05",
"ISO27001") are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, get_args

from text_to_num import text2num

from assistant.text.fold import fold_keep_offsets
from assistant.text.language import detect_language

__all__ = ["Quantity", "Unit", "DURATION_UNITS", "MONEY_UNITS", "find_quantities", "find_durations",
           "find_money", "find_percentages", "parse_number", "words_to_number", "read_number", "NUMBER_WORDS_PATTERN",
           "number_words"]

Unit = Literal["minute", "hour", "business_hour", "day", "business_day", "week", "month", "year",
               "percent", "eur", "usd", "gbp", "chf", "users", "sites", "workstations", "per_year"]
DURATION_UNITS: frozenset[str] = frozenset({"minute", "hour", "business_hour", "day", "business_day", "week",
                                            "month", "year"})
MONEY_UNITS: frozenset[str] = frozenset({"eur", "usd", "gbp", "chf"})
_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "business_hour": 1 / 24, "day": 1.0, "business_day": 7 / 5,
         "week": 7.0, "month": 30.0, "year": 365.0}


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: Unit | None
    span: tuple[int, int]
    text: str
    qualifier: str | None = None  # money: "ht", "ttc", "excl_vat", "incl_vat"

    def in_days(self) -> float | None:
        """A duration as calendar days (month = 30, year = 365, business day = 7/5); None otherwise."""
        factor = _DAYS.get(self.unit or "")
        return None if factor is None else self.value * factor


# -- words ------------------------------------------------------------------------------------
_FR_WORDS = frozenset("""zero un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze
quinze seize vingt vingts trente quarante cinquante soixante septante huitante octante nonante cent cents mille
million millions milliard milliards""".split())
_EN_WORDS = frozenset("""zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
thousand million millions billion billions""".split())
_CONNECT = {"fr": {"et"}, "en": {"and"}}
_WEAK = frozenset({"un", "une", "one", "neuf"})
_VOCAB = {"fr": _FR_WORDS, "en": _EN_WORDS}


def words_to_number(words: str, lang: str = "fr") -> float | None:
    """ "quatre-vingt-dix" -> 90, "forty-five" -> 45; None when the words are not one number."""
    try:
        return float(text2num(" ".join(words.lower().split()), lang))
    except ValueError:
        return None


def _word_token_pattern() -> str:
    words = "|".join(sorted((_FR_WORDS | _EN_WORDS) - {"hundred", "thousand"}, key=len, reverse=True))
    return (r"(?:(?:vingt|trente|quarante|cinquante|soixante)[- ]et[- ](?:une?|onze)|(?:hundred|thousand)(?: and)?"
            rf"|{words})")


# A number written in words on folded text ("quatre-vingt-dix", "vingt et un", "one hundred and
# five"), never the tail or head of a longer word. Read it with `read_number`.
NUMBER_WORDS_PATTERN = rf"(?<![\w-])(?:{_word_token_pattern()})(?:[- ]+(?:{_word_token_pattern()}))*(?!\w)"


def read_number(raw: str, lang: str | None = None) -> float | None:
    """A number in digits ("2 400", "99,9") or words ("quarante", "forty-five"); None if neither."""
    raw = raw.strip()
    if raw[:1].isdigit():
        return parse_number(raw)
    for code in ([lang] if lang in _VOCAB else ["fr", "en"]):
        value = words_to_number(raw, code)
        if value is not None:
            return value
    return None


def parse_number(raw: str) -> float | None:
    """ "2 400" -> 2400, "2.400,50" -> 2400.5, "1,000,000" -> 1e6, "99,9" -> 99.9, "3.2" -> 3.2."""
    s = re.sub(r"[\s'’]", "", raw)
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", s):
        return None
    if "." in s and "," in s:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        s = s.replace("," if dec == "." else ".", "").replace(dec, ".")
    elif "." in s or "," in s:
        sep = "." if "." in s else ","
        parts = s.split(sep)
        if len(parts) > 2:
            s = "".join(parts)
        elif len(parts[1]) == 3 and parts[0] != "0" and len(parts[0]) <= 3:
            s = "".join(parts)
        else:
            s = parts[0] + "." + parts[1]
    return float(s)


# -- patterns on the one-for-one fold (offsets are the input's) ----------------------------
_DIGITS = re.compile(r"(?<![\w.,/])(?<!\d-)(?:\d{1,3}(?:(?: |\.|,|')\d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
                     # a slash ends the number only before a period ("2,650/month", "300 €/an"), never in a date or a ratio
                     r"(?!\d)(?!/(?!\s?(?:mois|month|mo|mth|an|annee|year|yr|jour|day|semaine|week|heure|hour|h)\b))"
                     r"(?![.,]\d)")
_RELATIVE = re.compile(r"(?<![\w])([jdh])\s?([+-])\s?(\d{1,4})(?![\d\w])")
_WORD = re.compile(r"[a-z]+")
_PAREN = re.compile(r"\s*\(\s*(\d[\d ., ']*)\s*\)")
_MULT = re.compile(r"\s?(k|m|md|mds)(?=\s?(?:€|eur\b|\$|usd\b|£))|\s*(mille|milliers|millions?|milliards?|thousand|"
                   r"millions?|billions?|mn|bn)\b(?:\s+(?:de|d'|of)\s*|\s*d')?")
_MULT_VALUE = {"k": 1e3, "m": 1e6, "md": 1e9, "mds": 1e9, "mille": 1e3, "milliers": 1e3, "thousand": 1e3,
               "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "billion": 1e9, "billions": 1e9,
               "mn": 1e6, "bn": 1e9}
_UNITS: list[tuple[str, str]] = [
    ("business_day", r"jours? (?:ouvres|ouvrables?)|business days?|working days?|jours? ouvre"),
    ("business_hour", r"heures? (?:ouvrees?|ouvrables?)|business hours?|working hours?|h(?:eures?)? ouvrees|ho\b|hob\b"),
    ("day", r"jours?(?: (?:calendaires|francs|civils|pleins))?|calendar days?|days?|j\b"),
    ("hour", r"heures?|hours?|hrs?\b|hno\b|h(?:\d{2})?(?![a-z])"),
    ("minute", r"minutes?|mins?\b|mn\b"),
    ("week", r"semaines?|weeks?|sem\b"),
    ("month", r"mois|months?"),
    # a frequency: "une fois par année contractuelle", "deux par an", "twice a year", "3 times per calendar year"
    ("per_year", r"(?:fois |times |audits? |visites? |visits? |inspections? )?(?:par|per|a|each|every|chaque) "
                 r"(?:contract |calendar )?(?:annees?|an|years?|annum)(?: contractuelles?| civiles?)?\b"),
    ("year", r"annees?|ans\b|an\b|years?|yrs?\b"),
    ("percent", r"%|pour ?cent|per ?cent|percent|pct\b"),
    ("eur", r"€|euros?\b|eur\b"),
    ("usd", r"\$|usd\b|dollars?(?: us| americains)?|us dollars?"),
    ("gbp", r"£|gbp\b|livres? sterling|pounds?(?: sterling)?"),
    ("chf", r"chf\b|francs? suisses?|swiss francs?"),  # Swiss contracts: "CHF 1'500.–", "mille francs suisses"
    ("users", r"utilisateurs?|users?|seats?"),
    # s24: "3 site visits", "two site trips a month": visits counted, not places
    # (s31: a website is no place: "2 sites web", "3 sites internet", "deux sites e-commerce")
    ("sites", r"sites?\b(?![ -](?:visits?|trips?|call-?outs?|inspections?|surveys?|days?|web|internet|e-?commerce|"
              r"marchands?|vitrines?|en ligne)\b)"),
    ("workstations", r"postes? de travail|postes?\b|workstations?|endpoints?"),
]
# s22: an English adjective between the number and its unit ("45 consecutive days", "3 full months", "10 clear days")
_UNIT_ADJECTIVE = (r"(?:(?:consecutive|successive|full|clear|whole|straight|complete)\s+(?=(?:calendar |business |working )?"
                   r"(?:days?|weeks?|months?|years?|hours?)\b))?")
_UNIT = re.compile(r"\s*" + _UNIT_ADJECTIVE + r"(?:" + "|".join(f"(?P<{name}>{rx})" for name, rx in _UNITS) + r")(?![a-z])")
# "a three-year term", "12-month notice", "a 40-user firm": the unit glued by a hyphen (singular English forms)
_HYPHEN_UNIT = re.compile(r"-(?:(?P<business_day>business-day|working-day)|(?P<business_hour>business-hour)|(?P<day>day)|"
                          r"(?P<hour>hour)|(?P<minute>minute)|(?P<week>week)|(?P<month>month)|(?P<year>year)|"
                          r"(?P<users>user|seat)|(?P<sites>site(?![ -](?:visits?|trips?|call-?outs?|inspections?|surveys?|days?)\b))|(?P<workstations>workstation|endpoint))(?![a-z])")
_PREFIX = re.compile(r"(?:(?P<usd>us\$|\$|usd)|(?P<eur>€|\beuros?|\beur)|(?P<gbp>£|gbp)|(?P<chf>chf))\s?$")
_QUALIFIER = re.compile(r"\s*(?:(?P<ht>ht\b|h\.t\.|hors taxes?)|(?P<ttc>ttc\b|t\.t\.c\.|toutes taxes comprises)|"
                        r"(?P<excl_vat>excl(?:\.|uding)? vat|exclusive of vat|net of vat|plus vat)|"
                        r"(?P<incl_vat>incl(?:\.|uding)? vat|inclusive of vat))")
_HALF = re.compile(r"[ -]+(?:and a half|et demie?)(?![\w-])")
_COUNTED_VISIT = re.compile(r"\s+(?:(?:on-?site|onsite|site)[ -])?(?:deplacements?|visites?|visits?|trips?|call-?outs?)"
                            r"(?: (?:sur site|sur place|on-?site))? (?:par|per|a|an|each|every|chaque) (?:mois|month|semaine|week|"
                            r"trimestre|quarter|an|annee|year)\b")
_ONCE = re.compile(r"\b(once|twice|thrice)\b(?= (?:a|per|each|every) (?:contract |calendar )?(?:year|annum)\b)")
_ONCE_VALUE = {"once": 1, "twice": 2, "thrice": 3}
# s28: a recurrence said by its period's name ("every quarter", "chaque trimestre", "tous les semestres"): the period in
# months, as "every 3 months" would say it ("per quarter", "par trimestre" rate a sum and are left alone)
_EVERY_PERIOD = re.compile(r"\b(?:every|each|chaque|tous les|toutes les)\s+(?P<p>quarter|trimestres?|semester|semestres?|"
                           r"half[- ]year)\b")
_PERIOD_MONTHS = {"quarter": 3, "trimestre": 3, "trimestres": 3, "semester": 6, "semestre": 6, "semestres": 6,
                  "half-year": 6, "half year": 6}
_PER = re.compile(r"(?:\bsur|\bout of|\bin|/|x)\s*$")  # "7 jours sur 7 et 24 heures": not a range
_RANGE = re.compile(r"\s*(?:a|to|-|ou|or|et|and)\s*$")
assert set(n for n, _ in _UNITS) == set(get_args(Unit))


@dataclass
class _Number:
    start: int
    end: int
    value: float
    weak: bool = False
    unit: str | None = None


def _word_numbers(folded: str, text: str, langs: list[str]) -> list[_Number]:
    vocab = frozenset().union(*(_VOCAB[lang] for lang in langs))
    connect = set().union(*(_CONNECT[lang] for lang in langs))
    tokens = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(folded)]
    out: list[_Number] = []
    i = 0
    while i < len(tokens):
        if tokens[i][2] not in vocab:
            i += 1
            continue
        j = i  # extend over number words and inner connectors joined by spaces or hyphens
        while j + 1 < len(tokens) and re.fullmatch(r"[ -]+", folded[tokens[j][1]:tokens[j + 1][0]]):
            nxt = tokens[j + 1][2]
            if nxt in vocab:
                j += 1
            elif (nxt in connect and j + 2 < len(tokens) and tokens[j + 2][2] in vocab
                  and re.fullmatch(r"[ -]+", folded[tokens[j + 1][1]:tokens[j + 2][0]])):
                j += 2
            else:
                break
        k = j  # longest prefix that reads as one number
        while k >= i:
            if tokens[k][2] in connect:
                k -= 1
                continue
            raw = text[tokens[i][0]:tokens[k][1]]
            value = next((v for lang in langs if (v := words_to_number(raw.replace("\u00a0", " "), lang)) is not None),
                         None)
            if value is not None:
                out.append(_Number(tokens[i][0], tokens[k][1], value, weak=(k == i and tokens[i][2] in _WEAK)))
                break
            k -= 1
        i = max(k, i) + 1
    return out


# "quatre-vingt-dix-neuf virgule neuf", "ninety-nine point five", "99 virgule 95": a decimal said aloud
_DECIMAL_WORD = re.compile(r"\s+(?:virgule|point|comma)\s+")
# the same in digits, written as said in a chat message ("99 virgule 8", "99 point 95"): the decimal mark put back, so
# that every reader of the message sees one number (s33: "euh non 99 virgule 8" read as two numbers and a word)
_DIGIT_DECIMAL_SAID = re.compile(r"(?<![\d.,])\b(\d{1,3}) (virgule|point) (\d{1,3})\b(?![.,]\d)", re.IGNORECASE)


def write_spoken_decimals(text: str) -> str:
    """The text with each decimal said in words between digits written with its mark: "99 virgule 8" -> "99,8",
    "99 point 95" -> "99.95" (the French word gives the French comma, the English one the point)."""
    return _DIGIT_DECIMAL_SAID.sub(lambda m: m.group(1) + ("," if m.group(2).lower() == "virgule" else ".") + m.group(3),
                                   text)
_DIGIT_WORDS = {"zero": "0", "un": "1", "une": "1", "one": "1", "deux": "2", "two": "2", "trois": "3", "three": "3",
                "quatre": "4", "four": "4", "cinq": "5", "five": "5", "six": "6", "sept": "7", "seven": "7",
                "huit": "8", "eight": "8", "neuf": "9", "nine": "9"}


def _fraction_digits(raw: str) -> str | None:
    """The digits after the decimal mark: "neuf" -> "9", "nine nine" -> "99", "vingt-cinq" -> "25", "95" -> "95"."""
    raw = raw.strip()
    if raw.isdigit():
        return raw
    words = raw.replace("-", " ").split()
    if words and all(w in _DIGIT_WORDS for w in words) and (len(words) > 1 or words[0] not in ("un", "une", "one")):
        return "".join(_DIGIT_WORDS[w] for w in words)
    value = read_number(raw)
    return str(int(value)) if value is not None and float(value).is_integer() and value > 0 else None


def _spoken_decimals(folded: str, cands: list[_Number]) -> list[_Number]:
    out: list[_Number] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        sep = _DECIMAL_WORD.fullmatch(folded, a.end, b.start) if b is not None and b.start > a.end else None
        if sep and a.unit is None and b.unit is None and float(a.value).is_integer():
            digits = _fraction_digits(folded[b.start:b.end])
            if digits is not None:
                end, i = b.end, i + 2
                # "point nine five": one digit word after another
                while i < len(cands) and folded[cands[i].start:cands[i].end] in _DIGIT_WORDS and \
                        re.fullmatch(r" +", folded[end:cands[i].start]):
                    digits += _DIGIT_WORDS[folded[cands[i].start:cands[i].end]]
                    end, i = cands[i].end, i + 1
                out.append(_Number(a.start, end, float(f"{int(a.value)}.{digits}")))
                continue
        out.append(a)
        i += 1
    return out


def find_quantities(text: str, lang: str | None = None) -> list[Quantity]:
    """Every number of `text` with its unit (None when it has none), in order."""
    if not text:
        return []
    folded = fold_keep_offsets(text)
    langs = [lang] if lang in _VOCAB else (["fr", "en"] if detect_language(text) == "fr" else ["en", "fr"])
    cands: list[_Number] = []
    for m in _RELATIVE.finditer(folded):
        sign = -1 if m.group(2) == "-" else 1
        cands.append(_Number(m.start(), m.end(), sign * float(m.group(3)), unit="hour" if m.group(1) == "h" else "day"))
    for m in _ONCE.finditer(folded):  # "once a year", "twice per contract year": the count the frequency word says
        cands.append(_Number(m.start(), m.end(), float(_ONCE_VALUE[m.group(1)])))
    for m in _EVERY_PERIOD.finditer(folded):
        cands.append(_Number(m.start("p"), m.end("p"), float(_PERIOD_MONTHS[m.group("p")]), unit="month"))
    for m in _DIGITS.finditer(folded):
        value = parse_number(m.group(0))
        if value is not None:
            cands.append(_Number(m.start(), m.end(), value))
    cands.extend(_word_numbers(folded, text, langs))
    cands.sort(key=lambda c: (c.start, -c.end))
    cands = _spoken_decimals(folded, cands)

    out: list[Quantity] = []
    taken = 0
    for c in cands:
        if c.start < taken:
            continue
        end, value, unit, qualifier = c.end, c.value, c.unit, None
        half = _HALF.match(folded, end) if float(value).is_integer() else None
        if half:  # "seven and a half percent", "sept et demi": half a unit more
            value, end = value + 0.5, half.end()
        if unit is None:
            p = _PAREN.match(folded, end)
            if p and parse_number(p.group(1)) is not None:
                end = p.end()
            mult = _MULT.match(folded, end)
            if mult:
                factor = _MULT_VALUE[(mult.group(1) or mult.group(2))]
                if _UNIT.match(folded, mult.end()) or mult.group(1):
                    value, end = value * factor, mult.end()
            u = _UNIT.match(folded, end) or _HYPHEN_UNIT.match(folded, end)
            pre = _PREFIX.search(folded, max(0, c.start - 6), c.start)
            if pre and pre.start() > 0 and folded[pre.start() - 1].isalpha():
                pre = None  # "utilisateur 5": a word's ending, not a currency
            if u and u.lastgroup == "per_year" and pre:
                u = None  # "EUR 3,100 per year": a sum counted per year, the currency written first
            if u:
                unit = u.lastgroup
                if unit == "hour" and (h := re.search(r"h(\d{2})$", u.group(0))):
                    value += int(h.group(1)) / 60
                end = u.end()
                half = None if half or not float(value).is_integer() else _HALF.match(folded, end)
                if half:  # "deux heures et demie", "trois ans et demi": the half after the unit
                    value, end = value + 0.5, half.end()
            elif pre:
                unit = pre.lastgroup
            if unit in MONEY_UNITS:
                q = _QUALIFIER.match(folded, end)
                if q:
                    qualifier, end = q.lastgroup, q.end()
        if c.weak and unit is None and not _COUNTED_VISIT.match(folded, end):
            continue  # (s24: "one on-site trip a month", "une visite par mois": visits counted per period, said with the article)
        if unit is None and re.match(r"[a-z]", folded[c.end:c.end + 1]):
            continue  # "1er", "2nd", "3e": an ordinal or a reference, not a quantity
        start = c.start
        if unit in MONEY_UNITS and (pre := _PREFIX.search(folded, max(0, start - 6), start)):
            start = pre.start()
        out.append(Quantity(value, unit, (start, end), text[start:end], qualifier))  # type: ignore[arg-type]
        taken = end
    # "30 à 60 jours", "between 10 and 20 %": the first number takes the unit of the second
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        between = folded[a.span[1]:b.span[0]]
        if (a.unit is None and b.unit and _RANGE.match(between)
                and not _PER.search(folded, max(0, a.span[0] - 8), a.span[0])
                # "et / and" join a range only after "entre / between": "une redevance de 1 500 et 3 sites" is two
                and not (re.fullmatch(r"\s*(?:et|and)\s*", between)
                         and not re.search(r"\b(?:entre|between)\s*$", folded[max(0, a.span[0] - 12):a.span[0]]))):
            out[i] = Quantity(a.value, b.unit, a.span, a.text, b.qualifier)
    return out


def find_durations(text: str, lang: str | None = None) -> list[Quantity]:
    return [q for q in find_quantities(text, lang) if q.unit in DURATION_UNITS]


def find_money(text: str, lang: str | None = None) -> list[Quantity]:
    return [q for q in find_quantities(text, lang) if q.unit in MONEY_UNITS]


def find_percentages(text: str, lang: str | None = None) -> list[Quantity]:
    return [q for q in find_quantities(text, lang) if q.unit == "percent"]


# -- writing a number in words (the inverse of `words_to_number`, whole numbers 0-999 999) -------------------------
_FR_UNITS = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
             "dix-huit dix-neuf").split()
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
             "seventeen eighteen nineteen").split()
_EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


def _fr_below_100(n: int) -> str:
    if n < 20:
        return _FR_UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix, quatre-vingt-dix
        head = "soixante" if tens == 7 else "quatre-vingt"
        return head + ("-et-" if n == 71 else "-") + _FR_UNITS[10 + unit]
    if tens == 8:
        return "quatre-vingts" if unit == 0 else "quatre-vingt-" + _FR_UNITS[unit]
    return _FR_TENS[tens] + ("" if unit == 0 else "-et-un" if unit == 1 else "-" + _FR_UNITS[unit])


def _fr_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _fr_below_100(rest)
    head = "cent" if hundreds == 1 else _FR_UNITS[hundreds] + "-cent" + ("s" if rest == 0 else "")
    return head + ("" if rest == 0 else "-" + _fr_below_100(rest))


def _en_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if rest < 20:
        tail = _EN_UNITS[rest] if rest or not hundreds else ""
    else:
        tens, unit = divmod(rest, 10)
        tail = _EN_TENS[tens] + ("-" + _EN_UNITS[unit] if unit else "")
    if not hundreds:
        return tail
    return _EN_UNITS[hundreds] + " hundred" + (" and " + tail if tail else "")


def number_words(n: float, lang: str = "fr") -> str | None:
    """12 -> "douze" / "twelve", 71 -> "soixante-et-onze", 1500 -> "mille-cinq-cents"; None for a fraction or a
    number beyond 999 999 (written in digits only)."""
    if not float(n).is_integer() or not 0 <= n < 1_000_000:
        return None
    n = int(n)
    thousands, rest = divmod(n, 1000)
    if lang == "en":
        head = (_en_below_1000(thousands) + " thousand") if thousands else ""
        tail = _en_below_1000(rest) if rest or not thousands else ""
        return (head + (" " if head and tail else "") + tail).strip()
    head = "" if not thousands else "mille" if thousands == 1 else _fr_below_1000(thousands).removesuffix("s") + "-mille"
    tail = _fr_below_1000(rest) if rest or not thousands else ""
    return head + ("-" if head and tail else "") + tail
