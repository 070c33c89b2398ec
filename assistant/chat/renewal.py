"""Dates of a tacitly renewed contract, worked out from the user's own figures (issue 15, ninth session).

"Signed on 15 March 2024 for 12 months, renewed by 12-month periods unless terminated by registered letter at
least 3 months before the term; we are early December 2026: until when can we send the letter?" The answer is a
date sum: the terms fall on each anniversary of the start (15 March 2025, 2026, 2027…), the letter must arrive
3 months before the term (15 December 2026 for the term of 15 March 2027). Only the dates the user gave are used:
no start date, no renewal period or no notice period in the question, no sentence; no "today" in the question,
the terms are listed without saying which one is next.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from assistant.text import fold

MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9,
    "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11,
    "dec": 12,
}
NAMES = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"],
}
_MONTH = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_UNIT = r"(mois|ans?|annees?|months?|years?|yrs?)"
_NUM_WORDS = {"un": 1, "une": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4,
              "six": 6, "douze": 12, "twelve": 12, "dix-huit": 18, "eighteen": 18, "vingt-quatre": 24,
              "trente-six": 36}
_N = r"(\d{1,3}|" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r")"

# a day, month and year: "15 mars 2024", "1er mars 2024", "March 15, 2024", "15/03/2024"
_DATE = re.compile(rf"\b(?:(\d{{1,2}})(?:er|st|nd|rd|th)? {_MONTH},? (\d{{4}})|{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})|"
                   rf"(\d{{1,2}})[/.](\d{{1,2}})[/.](\d{{4}}))\b")
# the start of the contract: signed, concluded, started, in force on that date
_START = re.compile(r"\b(sign\w*|conclu\w*|commence\w*|demarre\w*|debute\w*|pris effet|prend effet|en vigueur|entre en vigueur|"
                    r"depuis|start\w*|began|begun|begins|effective|in force|dated|date du|du contrat du|contract of)\b[^.;?!]{0,25}$")
# "on est début décembre 2026", "nous sommes le 2 décembre 2026", "it's mid-December 2026", "today is 3 Dec 2026"
_TODAY = re.compile(rf"\b(?:on est|nous sommes|nous voila|aujourd.hui|today|now|it.s|it is|we.re|we are|as of)\b,?\s*"
                    rf"(?:(?:le|on|the|in|en)\s+)?(?:(debut|mi|fin|early|mid|late|end of|beginning of)[- ]?(?:de |d.|of )?)?"
                    rf"(?:(\d{{1,2}})(?:er|st|nd|rd|th)? )?{_MONTH},? (\d{{4}})")
_INITIAL = re.compile(rf"\b(?:duree(?: initiale| ferme)?(?: de| d.une duree de)?|pour une duree (?:initiale )?de|conclu pour|pour|for|sur|"
                      rf"initial (?:term|period)(?: of)?|term of|for an initial (?:term|period) of|engagement (?:initial )?(?:de|sur)?)\s*"
                      rf":?\s*{_N}\s*{_UNIT}|\b{_N}[- ]{_UNIT} (?:initial )?(?:term|contract|commitment)\b")
_PERIOD = re.compile(rf"\b(?:periodes? (?:successives? )?(?:de|d.)|reconduction (?:tacite )?(?:pour|par|de)|reconduit\w* (?:pour|par|de)|"
                     rf"renouvel\w* (?:pour|par|de)|renew\w* (?:for|by|in)(?: (?:successive|further|additional|consecutive))? "
                     rf"(?:periods? of )?|(?:successive|further|additional|consecutive) (?:periods|terms) of)\s*{_N}\s*{_UNIT}|"
                     rf"\b{_N}[- ]{_UNIT} (?:renewal )?(?:periods|renewals)\b")
_NUNIT = r"(mois|ans?|annees?|months?|years?|yrs?|jours?|days?)"
_NOTICE = re.compile(rf"\b{_N}\s*{_NUNIT}\s*(?:au moins |at least )?(?:avant|before|prior to|ahead of)\b|"
                     rf"\b(?:au moins|at least|minimum)\s*{_N}\s*{_NUNIT}\s*(?:avant|before|prior)|"
                     rf"\b(?:preavis|notice(?: period)?)(?: de| of)?\s*{_N}\s*{_NUNIT}|\b{_N}[- ]{_NUNIT}.? notice\b")
# the question asks when the letter must leave, or whether it is still time
_ASKS_WHEN = re.compile(r"\b(jusqu.a quand|avant quand|quand (doit|faut|dois|devons)|quelle date|date limite|a quelle date|"
                        r"d.ici quand|trop tard|encore (le )?temps|deadline|by when|until when|when (do|must|should|can) (we|i)|"
                        r"too late|last (day|date)|latest date|still (time|able)|how long do we have|combien de temps|"
                        r"(encore|toujours) (resilier|denoncer|arreter|sortir|partir)|still (terminate|cancel|get out|leave|end))\b")
_RENEWS = re.compile(r"\b(reconduction|reconduit|renouvel\w*|tacite|renew\w*|auto-?renew\w*|rollover|roll over)\b")


@dataclass(frozen=True)
class Renewal:
    start: date
    initial: int  # months
    period: int  # months
    notice: int  # months, or days when `days`
    today: date | None
    days: bool = False

    def before(self, d: date) -> date:
        """The last day for the letter to arrive before the term `d`."""
        return d - timedelta(days=self.notice) if self.days else _add_months(d, -self.notice)


def _num(s: str) -> int:
    return int(s) if s.isdigit() else _NUM_WORDS[s]


def _months(n: str, unit: str) -> int:
    return _num(n) * (1 if unit.startswith("mois") or unit.startswith("month") else 12)


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _first(m: re.Match) -> tuple[str, str]:
    groups = [g for g in m.groups() if g is not None]
    return groups[0], groups[1]


def read(question: str) -> Renewal | None:
    """The contract's start, initial term, renewal period and notice, and today's date, as the question gives them."""
    low = fold(question)
    if not _RENEWS.search(low):
        return None
    start = None
    for m in _DATE.finditer(low):
        if _START.search(low[max(0, m.start() - 40):m.start()]):
            start = _date_of(m)
            break
    init, per, note = _INITIAL.search(low), _PERIOD.search(low), _NOTICE.search(low)
    if start is None or per is None or note is None:
        return None
    period = _months(*_first(per))
    initial = _months(*_first(init)) if init else period
    n, nu = _first(note)
    days = nu.startswith(("jour", "day"))
    notice = _num(n) if days else _months(n, nu)
    if not (0 < notice < (400 if days else 36) and 0 < period <= 120 and 0 < initial <= 120):
        return None
    today = None
    t = _TODAY.search(low)
    if t:
        part, day, month, year = t.group(1), t.group(2), MONTHS[t.group(3)], int(t.group(4))
        if day:
            today = date(year, month, int(day))
        elif part in ("fin", "late", "end of"):
            today = date(year, month, calendar.monthrange(year, month)[1])
        elif part in ("mi", "mid"):
            today = date(year, month, 15)
        else:
            today = date(year, month, 1)
    return Renewal(start, initial, period, notice, today, days)


def _date_of(m: re.Match) -> date | None:
    try:
        if m.group(1):
            return date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
        if m.group(4):
            return date(int(m.group(6)), MONTHS[m.group(4)], int(m.group(5)))
        return date(int(m.group(9)), int(m.group(8)), int(m.group(7)))
    except ValueError:
        return None


def terms(r: Renewal, count: int = 12) -> list[date]:
    """The dates on which the contract reaches a term: the end of the initial term, then each renewal period."""
    first = _add_months(r.start, r.initial)
    return [_add_months(first, i * r.period) for i in range(count)]


def say(d: date, lang: str) -> str:
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {NAMES['fr'][d.month - 1]} {d.year}"
    return f"{d.day} {NAMES['en'][d.month - 1]} {d.year}"


def deadline_sentence(question: str, lang: str) -> str | None:
    """The sentence giving the last day to terminate, from the question's own dates, or None."""
    if not _ASKS_WHEN.search(fold(question)):
        return None
    r = read(question)
    if r is None:
        return None
    dates = terms(r)
    fr = lang == "fr"
    unit = ("jours" if fr else "days") if r.days else "mois" if fr else ("month" if r.notice == 1 else "months")
    if r.today is None:
        first = dates[:3]
        listed = ", ".join(say(d, lang) for d in first)
        limits = ", ".join(say(r.before(d), lang) for d in first)
        if fr:
            return (f"D'après vos dates, le contrat arrive à échéance le {listed} et ainsi de suite ; pour arrêter à l'une de "
                    f"ces échéances, la lettre de dénonciation doit être reçue au moins {r.notice} {unit} avant, soit au plus "
                    f"tard le {limits} respectivement : envoyez-la avec de la marge, le délai se compte en principe à la "
                    f"réception.")
        return (f"From your dates, the contract reaches a term on {listed} and so on; to end it at one of these terms, the "
                f"termination letter must be received at least {r.notice} {unit} before, that is by {limits} respectively: "
                f"send it with a margin, as the period is in principle counted from receipt.")
    nxt = next((d for d in dates if r.before(d) >= r.today), None)
    if nxt is None:
        return None
    limit = r.before(nxt)
    missed = next((d for d in dates if d > r.today and r.before(d) < r.today), None)
    if fr:
        head = (f"Il est trop tard pour l'échéance du {say(missed, lang)}, dont le préavis est passé ; la suivante" if missed
                else "Vous êtes encore dans les temps : l'échéance suivante")
        return (f"{head} tombe le {say(nxt, lang)} (début le {say(r.start, lang)}, {r.initial} mois, puis périodes de "
                f"{r.period} mois) : avec un préavis de {r.notice} {unit}, la lettre doit être reçue au plus tard le "
                f"{say(limit, lang)} ; envoyez-la sans attendre, le délai se compte en principe à la réception.")
    head = (f"It is too late for the term of {say(missed, lang)}, whose notice date has passed; the next one" if missed
            else "You are still in time: the next term")
    return (f"{head} falls on {say(nxt, lang)} (start {say(r.start, lang)}, {r.initial} months, then periods of {r.period} "
            f"months): with {r.notice} {unit}' notice, the letter must be received by {say(limit, lang)} at the latest; send it "
            f"now, as the period is in principle counted from receipt.")
