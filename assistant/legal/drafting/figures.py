"""The figures of a drafted text, read from its own words as typed values: the value, its unit, what it is counted
per ("650 € HT par jour"), and the words of its role around it ("plafonné à 8 % de cette redevance", "notifiée au plus
tard 24 heures après sa découverte"). A figure is rewritten in place in the form the text gives it (digits, words, or
both: "trente (30) jours" -> "soixante (60) jours"), every occurrence of the same value in the same role."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.legal.drafting.slots import format_value
from assistant.text.fold import fold, fold_keep_offsets
from assistant.text.numbers import NUMBER_WORDS_PATTERN, DURATION_UNITS, MONEY_UNITS, Quantity, find_quantities, \
    number_words

# what an amount is counted per, right after it: "de l'heure", "par jour", "/mois", "per day", "a month"
_PER = re.compile(r"^\s*(?:ht\s+|hors taxes?\s+|excl(?:uding|\.)? vat\s+)?(?:(?:de l'|par |per |an? |each |/\s*)"
                  r"(heure|hour|h|jour|day|j|mois|month|an|annee|year|semaine|week)s?\b)")
PER_UNIT = {"heure": "hour", "hour": "hour", "h": "hour", "jour": "day", "day": "day", "j": "day", "mois": "month",
            "month": "month", "an": "year", "annee": "year", "year": "year", "semaine": "week", "week": "week"}
_WORD = re.compile(r"[a-z]{3,}")
_STOP = frozenset("""les des une aux sur par pour dans avec sans est sont ont qui que quoi dont cette ces son ses
leur leurs plus moins tout tous toute toutes the and for with from that this these those are was were has have its
their our your any each per into than then jours jour mois heures heure days day months month hours hour years year
ans annee annees semaines weeks pour cent percent euros eur ils elles they them lui eux""".split())
# families a user's unit may be matched across when the exact unit is not in the text
_FAMILY = {**{u: "duration" for u in DURATION_UNITS}, **{u: "money" for u in MONEY_UNITS}, "percent": "percent"}


# one role said with two word families: "s'opposer" / "opposition" and "objection" / "object" name the same right
_SAME_ROLE = {"objec": "oppos"}


def stems(text: str) -> frozenset[str]:
    """Content words of a text, cut to their first five letters (plafond / plafonné / plafonnées share one)."""
    return frozenset(_SAME_ROLE.get(w[:5], w[:5]) for w in _WORD.findall(fold(text)) if w not in _STOP)


@dataclass(frozen=True)
class TextFigure:
    value: float
    unit: str | None
    span: tuple[int, int]
    text: str
    per: str | None = None  # an amount counted per hour, day, month, year
    per_span: tuple[int, int] | None = None
    words: frozenset[str] = frozenset()  # the stems of its role: the words around it in its sentence
    lead: str = ""  # the few words before it, to name it back ("au plus tard 24 heures")
    context: frozenset[str] = frozenset()  # the stems of its whole sentence, across "; " ("notifié 60 jours à
    # l'avance ; l'objection du Client empêche le changement": the period is the one to object in)

    @property
    def family(self) -> str | None:
        return _FAMILY.get(self.unit or "")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("; ", 0, start))
    right = [i for i in (text.find(". ", end), text.find("\n", end), text.find("; ", end)) if i >= 0]
    return left + 1, min(right) if right else len(text)


# s24: a count of trips or visits to the client's site ("2 déplacements par mois", "[2] déplacements", "two on-site
# visits a month", "3 site visits"): a figure of the text in its own kind, "visits", right after the number
VISITS = "visits"
_VISIT_NOUN = re.compile(r"^\]?\s*(?:\(\s*\d+\s*\)\s*)?(?:(?:on-?site|site|onsite)\s+)?(?:deplacements?|visites?|visits?|"
                         r"trips?|call-?outs?|interventions? (?:sur site|sur place|on-?site))\b")


def visit_count(folded: str, end: int) -> bool:
    """The number ending at `end` of a folded text counts trips or visits to the site."""
    return bool(_VISIT_NOUN.match(folded[end:end + 40]))


def read_figures(text: str, lang: str) -> list[TextFigure]:
    """Every figure of the text with a unit (counts of users or sites left out), with its role words: up to eight
    words either side in its sentence; a count of trips or visits to the site is one, of unit "visits"."""
    out = []
    folded = fold_keep_offsets(text)
    for q in find_quantities(text, lang):
        if q.unit is None and visit_count(folded, q.span[1]):
            q = Quantity(q.value, VISITS, q.span, q.text, q.qualifier)  # type: ignore[arg-type]
        if q.unit is None or q.unit in ("users", "sites", "workstations"):
            continue
        per = per_span = None
        if q.unit in MONEY_UNITS:
            m = _PER.match(fold(text[q.span[1]:q.span[1] + 24]))
            if m:
                per, per_span = PER_UNIT[m.group(1)], (q.span[1], q.span[1] + m.end())
        s, e = _sentence(text, *q.span)
        before = text[s:q.span[0]].split()[-8:]
        after = text[(per_span or q.span)[1]:e].split()[:8]
        left = max(text.rfind(". ", 0, q.span[0]), text.rfind("\n", 0, q.span[0]))
        right = [i for i in (text.find(". ", q.span[1]), text.find("\n", q.span[1])) if i >= 0]
        context = stems(text[left + 1:min(right) if right else len(text)])
        out.append(TextFigure(q.value, q.unit, q.span, q.text, per, per_span, stems(" ".join(before + after)),
                              " ".join(before[-3:]).strip(" ,;:("), context))
    return out


_ONCE_WORDS = {1: "once", 2: "twice"}


def _frequency_text(old: str, value: float, lang: str) -> str | None:
    """A frequency written again: "once per contract year" -> "twice per contract year", "une fois par an" -> "deux
    fois par an" (the period keeps its number); None when the text is no frequency."""
    m = re.match(r"(?i)\s*(once|twice|thrice)\b", old)
    if m is None:
        return None
    n = int(value) if float(value).is_integer() else value
    word = _ONCE_WORDS.get(n) or f"{number_words(n, 'en') or n} times"
    return old[:m.start(1)] + word + old[m.end(1):]


def _number_text(old: str, value: float, lang: str, unit: str | None = None) -> str:
    """The figure's own text with its number(s) replaced: digits by digits, words by words."""
    if unit == "per_year":
        said = _frequency_text(old, value, lang)
        if said is not None:
            return said
    digits = format_value(int(value) if float(value).is_integer() else value, lang)
    words = number_words(value, lang)
    folded = fold(old)
    spans = [(m.start(), m.end(), "w") for m in re.finditer(NUMBER_WORDS_PATTERN, folded)]
    spans += [(m.start(), m.end(), "d") for m in re.finditer(r"\d[\d\s\u202f\u00a0.,']*\d|\d", old)]
    spans.sort()
    if not spans:
        return old
    out, last = [], 0
    for s, e, kind in spans:
        if s < last:
            continue
        repl = digits if kind == "d" or words is None else words
        if kind == "w" and words is None:
            repl = digits
        out.append(old[last:s])
        out.append(repl)
        last = e
    out.append(old[last:])
    new = "".join(out)
    if words is None and any(k == "w" for *_, k in spans) and any(k == "d" for *_, k in spans):
        new = re.sub(re.escape(digits) + r"\s*\(\s*" + re.escape(digits) + r"\s*\)", digits, new)
    if unit == "per_year":  # "deux fois par année": the period stays one year; "une fois" is feminine
        return re.sub(r"\b[Uu]n(?= fois\b)", lambda m: m.group(0) + "e", new)
    return _number_agreement(new, value, lang)


_SINGULAR = {"fr": ("heure", "jour", "semaine", "an", "année", "minute"), "en": ("hour", "day", "week", "month",
                                                                                 "year", "minute")}


def _number_agreement(text: str, value: float, lang: str) -> str:
    many = value >= 2 if lang == "fr" else value != 1
    for word in _SINGULAR.get(lang, ()):
        if many:
            text = re.sub(rf"\b({word})\b(?!s)", r"\1s", text)
        else:
            text = re.sub(rf"\b({word})s\b", r"\1", text)
    return text


_PER_TEXT = {"fr": {"hour": "de l'heure", "day": "par jour", "month": "par mois", "year": "par an", "week": "par semaine"},
             "en": {"hour": "per hour", "day": "per day", "month": "per month", "year": "per year", "week": "per week"}}


def rewrite(text: str, target: TextFigure, value: float, lang: str, per: str | None = None) -> str:
    """The text with the target figure set to `value` (and counted per `per` when the user gave another period),
    together with every other figure of the same value, unit and role (two role words in common at least)."""
    same = [f for f in read_figures(text, lang)
            if f.span == target.span or (f.value == target.value and f.unit == target.unit and f.per == target.per
                                         and len(f.words & target.words) >= 2)]
    for f in sorted(same, key=lambda f: f.span[0], reverse=True):
        end = f.span[1]
        new = _number_text(f.text, value, lang, f.unit)
        if per and f.per and per != f.per and f.per_span:
            ht = re.match(r"\s*(HT|hors taxes?|excl\. VAT|excluding VAT)\s+", text[f.per_span[0]:f.per_span[1]])
            new += (ht.group(0) if ht else " ") + _PER_TEXT["en" if lang == "en" else "fr"][per]
            end = f.per_span[1]
        text = text[:f.span[0]] + new + text[end:]
    return text


def figure_words(f: TextFigure, lang: str) -> str:
    """How a figure is named back to the user: its value and unit as the text gives them ("8 %", "24 heures")."""
    return f.text.strip() + (" " + _PER_TEXT["en" if lang == "en" else "fr"][f.per] if f.per else "")


def as_quantity(f: TextFigure) -> Quantity:
    return Quantity(f.value, f.unit, f.span, f.text)  # type: ignore[arg-type]


def written_as(f: TextFigure, value: float, lang: str, per: str | None = None) -> str:
    """The figure as the text would write it at a new value (and per a new period): "8 %" -> "15 %"."""
    text = _number_text(f.text, value, lang, f.unit).strip()
    per = per or f.per
    return text + (" " + _PER_TEXT["en" if lang == "en" else "fr"][per] if per else "")


def sentence_of(text: str, f: TextFigure) -> str:
    """The sentence of the text a figure is in, without its article number."""
    s, e = _sentence(text, *f.span)
    return re.sub(r"^\s*(?:[A-Z0-9]+\.\d+\s+|[-*>]\s*)", "", text[s:e].strip()).strip()


# an amount stated as the whole of something ("compensation equal to the fees remaining due"): a share of it can be
# written in ("equal to 50% of the fees remaining due")
_WHOLE = {"en": re.compile(r"\b(equal to|equivalent to|amounting to|corresponding to) (the |all )?"),
          "fr": re.compile(r"\b(egale?s? |equivalente?s? |correspondant |representant )(a la |a l'|aux |au )")}
_SHARE_FR = {"a la ": "à {v} de la ", "a l'": "à {v} de l'", "aux ": "à {v} des ", "au ": "à {v} du "}


def insert_share(text: str, role: frozenset[str], value: float, lang: str) -> tuple[str, str, str] | None:
    """The text with a percentage written into the first amount stated as a whole whose next words share a role
    word with `role` ("the fees remaining" for "50% of the fees left"): the new text, the phrase before and after;
    None when no such amount is there."""
    folded = fold(text)  # same length as the text (one-for-one fold)
    pct = f"{format_value(int(value) if float(value).is_integer() else value, lang)}" + ("%" if lang == "en" else "\u00a0%")
    for m in _WHOLE["en" if lang == "en" else "fr"].finditer(folded):
        after = " ".join(folded[m.end():m.end() + 60].split()[:4])
        if not stems(after) & role:
            continue
        if lang == "en":
            new = text[:m.end(1)] + f" {pct} of " + text[m.end(1) + 1:]
        else:
            new = text[:m.start(2)] + _SHARE_FR[m.group(2)].format(v=pct) + text[m.end(2):]
        phrase = text[m.start():m.end() + len(after)].strip()
        grown = len(new) - len(text)
        return new, phrase, new[m.start():m.end() + len(after) + grown].strip()
    return None
