"""Shared pieces of the risk rules: number and duration parsing, common patterns, the
sentence finder and the `Rule` record."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from assistant.legal.risk import Context, Hit, Unit
from assistant.legal.textutil import lazy

NUMBER_WORDS = {"un": 1, "une": 1, "one": 1, "a": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4,
                "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8,
                "neuf": 9, "nine": 9, "dix": 10, "ten": 10, "douze": 12, "twelve": 12, "dix-huit": 18,
                "eighteen": 18, "vingt-quatre": 24, "twenty-four": 24, "trente-six": 36, "thirty-six": 36}
_NUM = r"(\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
DURATION = re.compile(_NUM + r"\s*(?:\(\d{1,3}\)\s*)?(ans?|annees?|years?|mois|months?)\b")
CAP = r"plafon|ne (pourra|peut|sauraient?|saurait) (pas |en aucun cas )?(exceder|depasser)|dans la limite|limited to|" \
      r"limitee? a|capped|shall not exceed|not exceed|in no event exceed|\bmaximum\b|\bcap\b|limitations? of liability"
LIAB = r"responsabilit|\bliabilit|\bliable\b|dommages|damages|indemni"
PENALTY = r"penalit\w*\b(?! de retard)|service credits?|credits? de service|liquidated damages|avoirs? sur (la )?facture|" \
          r"sous forme d'avoirs?"


def months(match: re.Match) -> int:
    raw, unit = match.group(1), match.group(2)
    n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
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
