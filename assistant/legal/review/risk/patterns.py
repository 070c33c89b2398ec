"""Shared pieces of the risk rules: number and duration parsing, common patterns, the
sentence finder and the `Rule` record."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from assistant.legal.review.risk.model import Context, Hit, Unit
from assistant.legal.textutil import lazy

NUMBER_WORDS = {"un": 1, "une": 1, "one": 1, "a": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4,
                "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8,
                "neuf": 9, "nine": 9, "dix": 10, "ten": 10, "onze": 11, "eleven": 11, "douze": 12, "twelve": 12,
                "quatorze": 14, "fourteen": 14, "quinze": 15, "fifteen": 15, "dix-huit": 18, "eighteen": 18,
                "vingt": 20, "twenty": 20, "vingt-et-un": 21, "twenty-one": 21, "vingt-quatre": 24,
                "twenty-four": 24, "trente": 30, "thirty": 30, "trente-six": 36, "thirty-six": 36,
                "quarante-cinq": 45, "forty-five": 45, "quarante-huit": 48, "forty-eight": 48, "soixante": 60,
                "sixty": 60, "soixante-douze": 72, "seventy-two": 72, "quatre-vingt-dix": 90, "ninety": 90,
                "quatre-vingt-seize": 96, "ninety-six": 96, "cent-vingt": 120, "one hundred and twenty": 120}
# A number in digits or words ("quarante-huit", "forty eight"), never the tail of a longer word.
_NUM = r"(?<![\w-])(\d{1,3}(?!\d)|(?:" + "|".join(
    w.replace("-", "[- ]") for w in sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?!\w))"
DURATION = re.compile(_NUM + r"(?:-|\s*)(?:\(\d{1,3}\)\s*)?(ans?|annees?|years?|mois|months?)\b")
DELAY = re.compile(_NUM + r"(?:-|\s*)(?:\(\d{1,3}\)\s*)?(?:(?:business|working|calendar|clear) )?"
                   r"(h\b|heures?|hours?|jours?|days?|semaines?|weeks?)")


def number(raw: str) -> int:
    """Value of a number written in digits or words."""
    raw = raw.strip()
    return int(raw) if raw.isdigit() else NUMBER_WORDS.get(re.sub(r"[- ]+", "-", raw), NUMBER_WORDS.get(raw, 0))


def hours(match: re.Match) -> int:
    """Length of a DELAY match in hours (a day counts 24 h, a week 168 h)."""
    n, unit = number(match.group(1)), match.group(2)
    return n if unit.startswith("h") else n * 168 if unit.startswith(("semaine", "week")) else n * 24


CAP = r"plafon|ne (pourra|peut|sauraient?|saurait) (pas |en aucun cas )?(exceder|depasser)|dans la limite|limited to|" \
      r"limitee? a|capped|shall not exceed|not exceed|in no event exceed|\bmaximum\b|\bcap\b|limitations? of liability"
LIAB = r"responsabilit|\bliabilit|\bliable\b|dommages|damages|indemni"
PENALTY = r"penalit\w*\b(?! de retard)|(?<!late )(?<!late-)(?<!late payment )(?<!late-payment )\bpenalt(?:y|ies)\b" \
          r"(?! (?:interest|for late))|service credits?|credits? de service|liquidated damages|avoirs? sur (la )?" \
          r"facture|sous forme d'avoirs?"
# "sans indemnité", "without compensation": the words of liability, denied
NO_COMPENSATION = r"sans (aucune )?(indemnit|compensation|frais|penalit)\w*|without (any )?(compensation|indemnity|fee|" \
                  r"penalty|charge)|no (compensation|indemnity|termination fee)"


def months(match: re.Match) -> int:
    n, unit = number(match.group(1)), match.group(2)
    return n * 12 if unit.startswith(("an", "year")) else n


def find(ctx: Context, pattern: str, *, units: list[Unit] | None = None, require: str | None = None,
         exclude: str | None = None) -> Hit | None:
    """First sentence matching `pattern` (and `require`, and not `exclude`)."""
    rx = re.compile(lazy(pattern))
    req = re.compile(require) if require else None
    exc = re.compile(exclude) if exclude else None
    for unit in ctx.units if units is None else units:
        for m, sentence in unit.sentences(rx):
            if req and not req.search(sentence):
                continue
            if exc and exc.search(sentence):
                continue
            return Hit(unit=unit, evidence=unit.quote(m))
    return None


@dataclass(frozen=True)
class Rule:
    id: str
    topic: str
    severity: dict
    issue: dict
    basis: str
    ask: dict
    check: Callable[[Context], Hit | None]


CLIENT_HIGH = {"client": "high", "msp": "low"}
CLIENT_MEDIUM = {"client": "medium", "msp": "low"}
MSP_HIGH = {"client": "low", "msp": "high"}
