"""A new term ordered with its figure (s37): "mets une GTI de deux heures sur la caisse", "ajoute une révision annuelle
indexée sur Syntec, plafonnée à 2 %", "put a 3 hour response time on the print server", "include a yearly price revision
capped at 4 percent". An adding verb governs an indefinite noun phrase that names a clause subject: a term that is not
there yet is brought in, so the clause of that subject is written with the figure — unless that clause is the one in
focus, whose figure is then simply set ("put a 3 hour response time instead" on the SLA clause).

The definite article ("mets la GTI à 2 h", "double le plafond") points at a figure already written: a figure set, never
read here. A quantity added to a term ("ajoute une heure à la GTR", "add a month to the notice") brings no new term."""

from __future__ import annotations

import re

from assistant.chat.slot_topics import clause_topic

# an adding verb, then an indefinite article (a pronoun or an adverb may sit between them)
_ADDING_A = re.compile(
    r"\b(?:mets|mettez|met|mettre|ajoute|ajoutez|ajouter|rajoute|rajoutez|prevois|prevoyez|prevoir|inclus|incluez|inclure|"
    r"integre|integrez|insere|inserez|put|add|include|insert|build in|throw in|stick)\b"
    r"(?:\s+(?:nous|leur|lui|moi|y|them|us|in|also|aussi|donc|alors|plutot|just|juste|en plus|too))*"
    r"\s+(?:une?|des|a|an|some)\s+(?P<phrase>[^,.;:!?]{3,80})")
# the noun phrase is a quantity added to a term already there ("une heure de plus", "an extra month to the notice")
_QUANTITY_FIRST = re.compile(r"^(?:\d+\s*)?(?:(?:petite?|extra|additional|supplementaire|autre|other|more)\s+)?"
                             r"(?:heures?|hours?|mois|months?|jours?|days?|semaines?|weeks?|ans?|annees?|years?|points?|"
                             r"minutes?|pour ?cents?|per ?cents?)\b(?:\s+(?:de plus|en plus|supplementaires?|a|au|aux|to|onto|"
                             r"more|extra|on top)\b|\s*$)")


# the contract named as where the term goes: the contract is revised with it
_INTO_CONTRACT = re.compile(r"\b(?:dans|au|a|en|in|into|to) (?:le |the |our |notre |ce |this )?(?:contrat|contract|agreement|msa)\b")


def new_term_topic(low: str) -> str | None:
    """The clause subject of the new term an adding verb brings in with an indefinite article, or None."""
    for m in _ADDING_A.finditer(low):
        phrase = m.group("phrase")
        if _QUANTITY_FIRST.match(phrase):
            continue
        topic = clause_topic(" ".join(phrase.split()[:8]))
        if topic:
            return topic
    return None


def drafts_new_term(low: str, figures: dict, clause_topic_in_focus: str | None) -> str | None:
    """The topic of the clause to draft when a figure-bearing message brings in a new term of another subject than the
    clause in focus; None when the message sets a figure of what is there."""
    if not figures or _INTO_CONTRACT.search(low):
        return None  # "mets un RPO de 24 h dans le contrat": the contract's own figures, set there
    topic = new_term_topic(low)
    if topic is None or topic == clause_topic_in_focus:
        return None
    return topic
