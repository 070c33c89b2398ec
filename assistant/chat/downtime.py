"""The downtime an availability rate allows, worked out from the user's own figures (issue 15, ninth session).

"99.9 % monthly or 99.9 % yearly, is it the same?" The answer is arithmetic on the figures given: 0.1 % of a 30-day
month is about 43 minutes, 0.1 % of a 365-day year about 8 h 46, which may fall in one single outage. Only the rates
the question gives are used, over the measurement period it names; a rate with no period named is not converted,
unless the question compares periods or asks what the rate means in time.
"""

from __future__ import annotations

import re

from assistant.text import fold

HOURS = {"month": 30 * 24, "year": 365 * 24, "quarter": 91 * 24, "week": 7 * 24}
_PERIOD = {
    "month": r"mensuel\w*|par mois|sur (le|un) mois|du mois|monthly|per month|a month|each month|every month|calendar month",
    "year": r"annuel\w*|par an|sur (l.|une )?an(nee)?|de l.annee|annual\w*|yearly|per year|a year|each year|every year|per annum",
    "quarter": r"trimestriel\w*|par trimestre|quarterly|per quarter",
    "week": r"hebdomadaire\w*|par semaine|weekly|per week",
}
_AVAILABILITY = re.compile(r"\b(disponibilit\w*|dispo|availability|available|uptime|up-time|taux de service)\b")
_RATE = re.compile(r"\b(9\d(?:[.,]\d{1,3})?)\s?%")
# the question asks what the rate means in time, or compares rates or periods
_ASKS = re.compile(r"\b(pareil|meme chose|equivalent|difference|differen\w*|compar\w*|same|vs|versus|combien (d.heures|de temps|"
                   r"de minutes)|how (much|many) (downtime|hours|minutes|time)|en (heures|minutes)|in (hours|minutes)|concretement|"
                   r"in practice|veut dire quoi|ca fait combien|what does (it|that|this) mean|d.arret|of downtime|downtime)\b")
NAMES = {"fr": {"month": "un mois de 30 jours", "year": "une année de 365 jours", "quarter": "un trimestre de 91 jours",
                "week": "une semaine"},
         "en": {"month": "a 30-day month", "year": "a 365-day year", "quarter": "a 91-day quarter", "week": "a week"}}


def _period_after(low: str, end: int) -> str | None:
    window = low[end:end + 70]
    cut = re.search(r"[;?!]|\b\d{2}(?:[.,]\d+)?\s?%", window)
    window = window[:cut.start()] if cut else window
    for name, pat in _PERIOD.items():
        if re.search(rf"\b({pat})\b", window):
            return name
    return None


def pairs(question: str) -> list[tuple[float, str | None, str]]:
    """(rate, period or None, the rate as written) for each availability rate of the question."""
    low = fold(question)
    if not _AVAILABILITY.search(low):
        return []
    out = []
    for m in _RATE.finditer(low):
        rate = float(m.group(1).replace(",", "."))
        if not 90 <= rate < 100:
            continue
        item = (rate, _period_after(low, m.end()), m.group(1))
        if item not in out:
            out.append(item)
    return out


def _duration(hours: float, lang: str) -> str:
    minutes = round(hours * 60)
    if minutes < 120:
        return f"{minutes} minutes"
    h, m = divmod(minutes, 60)
    if h >= 48:
        days = hours / 24
        return (f"{days:.1f} jours".replace(".", ",") if lang == "fr" else f"{days:.1f} days")
    return f"{h} h {m:02d}" if lang == "fr" else f"{h} h {m:02d} min"


def _rate(written: str, lang: str) -> str:
    return written.replace(".", ",") if lang == "fr" else written.replace(",", ".")


def downtime_sentence(question: str, lang: str) -> str | None:
    """The sentence converting the question's availability rates into the downtime each allows, or None."""
    low = fold(question)
    found = pairs(question)
    if not found or not _ASKS.search(low):
        return None
    periods = {p for _r, p, _w in found if p}
    compared_periods = len(periods) >= 2
    items: list[tuple[float, str, str]] = []
    for rate, period, written in found:
        if period:
            items.append((rate, period, written))
        elif not periods:  # no period named anywhere: the two usual readings, labelled as such
            items += [(rate, "month", written), (rate, "year", written)]
    if not items:
        return None
    parts = []
    for rate, period, written in items:
        allowed = _duration((100 - rate) / 100 * HOURS[period], lang)
        if lang == "fr":
            parts.append(f"{_rate(written, lang)} % mesurés sur {NAMES['fr'][period]} admettent environ {allowed} d'indisponibilité")
        else:
            parts.append(f"{_rate(written, lang)} % measured over {NAMES['en'][period]} allows about {allowed} of downtime")
    body = " ; ".join(parts) if lang == "fr" else "; ".join(parts)
    long_period = compared_periods or not periods
    if lang == "fr":
        head = "Ce n'est pas la même chose : " if compared_periods else "En temps d'arrêt : "
        tail = (" ; sur la période la plus longue, ce temps peut tomber d'un seul coup, en une coupure, tant que la moyenne "
                "de la période est tenue." if long_period else ".")
    else:
        head = "It is not the same: " if compared_periods else "In downtime: "
        tail = ("; over the longer period, that time may fall in one single outage as long as the period's average is met."
                if long_period else ".")
    return head + body + tail
