"""Typed facts per clause, each with the quoted span that proves it (see `model`)."""

from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.facts.model import ClauseFacts, DocumentFacts, Evidence

__all__ = ["extract_facts", "ClauseFacts", "DocumentFacts", "Evidence"]


def facts_for(clauses, text: str, model=None, names=None) -> DocumentFacts:
    """The document's facts: offline extractors by default; with a chat model, the model's facts that pass
    the check against their quotes (`facts.llm.verify`), offline facts where the model fails. `names`: the parties'
    names when the document takes them from another of its set (an annex that defines none)."""
    clauses = list(clauses)
    if model is None:
        return extract_facts(clauses, text, names=names)
    from assistant.legal.review.facts.llm import extract_facts_llm

    return extract_facts_llm(clauses, text, model).facts


__all__.append("facts_for")
