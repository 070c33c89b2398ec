"""Parts of a document that bind nobody: their clauses state no facts the review weighs.

Heads of terms, letters of intent and memoranda often set out "indicative" terms the parties
mean to negotiate beside a few binding ones (exclusivity, confidentiality, costs, a pilot). A
renewal or a price revision written in the indicative part is a negotiating position, not a
term in force, so it raises no flag and gives no topic, no Art. 28 element and no missing-clause
answer of its own. A clause is non-binding when its own heading says so, or when it sits in a
part whose heading says so, up to the next part heading (an unnumbered heading, or one that
names a part, schedule, annex, title or chapter). What the text merely says in passing ("the
annexes have no contractual value") does not count: only headings.

Notes written around the contract by someone who is no party - a translator's notes ("> NdT 3 : …", "Translator's
note:"), a drafter's notes ("Drafting note:", "Note de rédaction :") - explain the text and bind no one either: their
lines are blanked (offsets kept) before the facts are read.
"""

from __future__ import annotations

import re
from typing import Iterable

from assistant.legal.review.segmentation import Clause
from assistant.text import fold

__all__ = ["NOT_BINDING", "nonbinding_clauses", "blank_commentary"]

NOT_BINDING = re.compile(
    r"\b(not binding|non[- ]?binding|not legally binding|without binding effect|indicative|for information( only)?|"
    r"informative only|non[- ]contraignant\w*|non[- ]engageant\w*|sans (valeur|force) (contractuelle|obligatoire)|"
    r"a titre (indicatif|informatif)|indicative (terms|heads)|(termes|conditions|stipulations) indicati(f|ve)s)\b")
BINDING = re.compile(r"\b(binding|contraignant\w*|engageant\w*|obligatoires?|valeur contractuelle)\b")
_PART = re.compile(r"^(part|partie|schedule|annexe?|appendix|appendice|exhibit|titre|title|chapitre|chapter|"
                   r"section [a-z]\b)\b")


def _is_part_heading(c: Clause) -> bool:
    head = fold(c.heading or "").strip()
    return c.number is None or bool(_PART.match(head))


def nonbinding_clauses(clauses: Iterable[Clause]) -> set[int]:
    """Indexes of the clauses that sit in a part (or under a heading) declared not binding."""
    out: set[int] = set()
    in_part = False
    for i, c in enumerate(clauses):
        parent = fold(c.parent or "")
        head = fold(c.heading or "")
        if parent:  # a part heading absorbed into its first clause ("PART A - INDICATIVE TERMS (NOT BINDING)")
            in_part = bool(NOT_BINDING.search(parent))
        elif _is_part_heading(c):
            in_part = bool(NOT_BINDING.search(head))
        own = NOT_BINDING.search(head)
        if own or (in_part and not (BINDING.search(head) and not NOT_BINDING.search(head))):
            out.add(i)
    return out


# a line that is a note about the contract, not the contract: "> NdT 3 : …", "N.d.T. :", "Note du traducteur :",
# "Translator's note 2:", "[TN: …]", "Drafting note:", "Note de rédaction :"
COMMENTARY_LINE = re.compile(
    r"(?im)^[ \t]*(?:>[ \t]*)*[*_\[(]*[ \t]*(?:ndt|n\.\s?d\.\s?t\.|notes? du traducteur|notes? de (?:la )?traduction|"
    r"translator'?s notes?|translation notes?|tn|notes? de r[eé]daction|drafting notes?|note to draft(?:er)?s?)"
    r"[ \t]*\d{0,3}[ \t]*[*_]*[ \t]*[:—–-][^\n]*$")


def blank_commentary(text: str) -> str:
    """The text with its commentary lines (see COMMENTARY_LINE) replaced by spaces, same length."""
    return COMMENTARY_LINE.sub(lambda m: " " * len(m.group(0)), text)
