"""Where a sentence stands: the clause an extractor reads it in (index, heading, article, party names)."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.legal.review.facts.reading import Names


@dataclass
class Where:
    """The clause a sentence belongs to, as extractors need it."""
    index: int
    heading: str  # folded heading (with parents)
    article: str  # folded text of the whole article (sub-clauses joined)
    names: Names
    clause: str = ""  # folded text of the clause itself
    # the document describes the client's data as records about people ("Customer Data means … driver records and user
    # accounts", "Données du Client : … les fiches des salariés"): work on that data reaches personal data
    people_data: bool = False
    # the document's footnotes, {call: folded note} (`footnotes.footnotes`): the note a term's call points to
    notes: dict = field(default_factory=dict)
