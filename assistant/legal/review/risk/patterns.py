"""Shared pieces of the risk rules: number and duration parsing, common patterns, the
sentence finder and the `Rule` record."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from assistant.legal.review.risk.model import Context, Hit, Unit
from assistant.legal.textutil import lazy
from assistant.text import NUMBER_WORDS_PATTERN, read_number

# A number in digits or words ("quarante-huit", "forty eight", "a"), never the tail of a longer word.
_NUM = r"(?<![\w-])(\d{1,3}(?!\d)|" + NUMBER_WORDS_PATTERN + r"|a(?!\w))"
DURATION = re.compile(_NUM + r"(?:-|\s*)(?:\(\d{1,3}\)\s*)?(ans?|annees?|years?|mois|months?)\b")
DELAY = re.compile(_NUM + r"(?:-|\s*)(?:\(\d{1,3}\)\s*)?(?:(?:business|working|calendar|clear) )?"
                   r"(h\b|heures?|hours?|jours?|days?|semaines?|weeks?)")


def number(raw: str) -> int:
    """Value of a number written in digits or words."""
    raw = raw.strip()
    value = 1 if raw == "a" else read_number(raw)
    return int(value) if value is not None else 0


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
