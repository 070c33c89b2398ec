"""A stipulation that derogates from another article displaces that article's facts of the same kind.

Special conditions often change the general conditions article by article: "Par dérogation à
l'art. 6.3 des CG, les prix sont fermes…", "CP-10: par dérogation au premier alinéa de l'art.
10.2, le plafond est porté à douze mois", "Notwithstanding Section 9.1, the renewal term is one
year". Read as one contract (C. civ. art. 1119 al. 3: special conditions prevail over general
ones; art. 1105 for the specific over the general), the referred article's fact of the kind the
derogating clause states (a price change, a cap, a renewal…) is no longer in force, while its
other facts stay (a cap raised leaves the article's exclusion of gross negligence standing).
Only references to a numbered article of the same document are followed.
"""

from __future__ import annotations

import re

from assistant.legal.review.facts.model import DocumentFacts

__all__ = ["DEROGATES", "derogated", "apply_derogations"]

DEROGATES = re.compile(
    r"\b(?:par derogation|en derogation|derogeant|en lieu et place|au lieu|remplac\w*|se substitu\w*|"
    r"notwithstanding|by way of derogation|in derogation|in place of|instead of|replac\w*|supersed\w*|overrid\w*|"
    r"in lieu of)\b(?P<gap>[^.;]{0,60}?)\b(?:art\.?|articles?|clauses?|sections?|§)\s*(?P<num>\d{1,3}(?:\.\d{1,3}){0,3})")
# kinds that say nothing a derogation displaces (who processes, a generic duty found by the Art. 28 reader)
_NEUTRAL = {"processing_role", "obligation", "client_duty", "governing_law"}


def _digits(number: str | None) -> str | None:
    """The article path of a clause number ("Article 10" → "10", "6.3" → "6.3"); None for a number with a letter
    prefix of its own ("CP-7", "B1"), which is another series."""
    n = (number or "").strip()
    if re.match(r"[A-Za-z]{1,4}\s?[-.]?\s?\d", n) and not re.match(r"(?i)(art\.?|article|section|clause|§)\s*\d", n):
        return None
    m = re.search(r"(\d+(?:\.\d+)*)\.?$", n)
    return m.group(1) if m else None


def derogated(body_folded: str) -> list[str]:
    """The article numbers a clause's text derogates from (folded text)."""
    return [m.group("num") for m in DEROGATES.finditer(body_folded)]


def apply_derogations(facts: DocumentFacts, bodies: list[str]) -> None:
    """Drop, in each article another clause derogates from, the facts of the kinds that clause states."""
    paths = [_digits(cf.number) for cf in facts.clauses]
    for i, cf in enumerate(facts.clauses):
        refs = derogated(bodies[i]) if i < len(bodies) else []
        if not refs:
            continue
        kinds = {f.kind for f in cf.facts} - _NEUTRAL
        if not kinds:
            continue
        for ref in refs:
            for j, path in enumerate(paths):
                if j == i or not path or not (path == ref or path.startswith(ref + ".")):
                    continue
                target = facts.clauses[j]
                target.facts = [f for f in target.facts if f.kind not in kinds]
