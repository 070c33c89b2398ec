"""Review text helpers: flattening, lazy gaps and a guard against negated statements. Folding,
sentence bounds and snippets come from the shared toolkit (`assistant.text`): `fold` here is
`fold_keep_offsets` (same length as the input, so offsets found in folded text quote the
original)."""

from __future__ import annotations

import re

from assistant.text import fold_keep_offsets as fold  # noqa: F401 - re-exported for the review
from assistant.text import sentence_bounds, snippet  # noqa: F401 - re-exported for the review


def flat(text: str) -> str:
    """One line: whitespace collapsed, words split by PDF hyphenation at line ends rejoined."""
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1-\2", text)
    return " ".join(text.split())


NEGATION = re.compile(
    r"n'est pas tenue?|ne sera pas tenue?|n'aura pas a|n'est soumise? a aucune|aucune obligation|"
    r"sans obligation d|pas d'obligation|n'assistera pas|ne fournira pas|ne (permet|permettra|autorise) (pas|aucun)|"
    r"aucun (audit|controle)|\bnot (be )?(required|obliged|obligated|bound) to|\bno obligation|is under no|"
    r"shall have no (obligation|duty)|will not (provide|assist)|shall not (be required|provide|assist)|"
    r"\bno (audits?|inspections?) (shall|will|may|are)|excluding (any )?(audits?|inspections?)|"
    r"a l'exclusion de tout (audit|controle)|n'est (pas )?admis|ne sont pas admis|\b(is|are) not (permitted|allowed)")


def lazy(pattern: str) -> str:
    """Make every `.{0,N}` gap lazy, so a match ends at the first fitting word of the same sentence."""
    return re.sub(r"\.\{0,(\d+)\}(?!\?)", r".{0,\1}?", pattern)


def negated(folded_sentence: str) -> bool:
    return bool(NEGATION.search(folded_sentence))
