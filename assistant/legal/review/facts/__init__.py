"""Typed facts per clause, each with the quoted span that proves it (see `model`)."""

from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.facts.model import ClauseFacts, DocumentFacts, Evidence

__all__ = ["extract_facts", "ClauseFacts", "DocumentFacts", "Evidence"]
