"""A numbered sub-clause that opens with a sentence ("9.6 The Customer gives…. The list…") has no title: the
segmentation keeps that sentence in the clause body, so the facts read it as a term (it used to be taken as the
heading and read back by a work-around in the extractor). Own sentences, FR and EN."""

from __future__ import annotations

import pytest

from assistant.legal.review.report import review_text
from assistant.legal.review.segmentation import segment


@pytest.mark.parametrize("line, first_words", [
    ("1.6 The Customer gives general written authorisation for the Provider to engage sub-processors. The list is "
     "in Schedule 2.", "The Customer gives general written authorisation"),
    ("1.3 Le montant de la Redevance figure au bon de commande. Elle est payable à trente jours.",
     "Le montant de la Redevance figure"),
    ("1.2 Clause and paragraph headings do not affect interpretation. Words in the singular include the plural.",
     "Clause and paragraph headings do not affect"),
    ("1.4 Each party keeps its own background intellectual property rights.", "Each party keeps its own"),
])
def test_a_sentence_after_a_sub_clause_number_stays_in_the_body(line, first_words):
    text = "1. Services\nThe Provider operates the Customer's servers.\n" + line + "\n"
    clause = next(c for c in segment(text) if c.number and c.number.startswith(line.split()[0]))
    assert clause.text.startswith(first_words)


@pytest.mark.parametrize("line, title", [
    ("1.3 Maintenance du Parc. Le Prestataire assure la maintenance.", "Maintenance du Parc"),
    ("2.4 Service Credits. Credits are calculated monthly.", "Service Credits"),
    ("1.5 Durée et reconduction du contrat", "Durée et reconduction du contrat"),
])
def test_a_short_title_is_still_a_title(line, title):
    text = "1. Services\nThe Provider operates the Customer's servers.\n" + line + "\nLe texte suit ici.\n"
    clause = next(c for c in segment(text) if c.number and c.number.startswith(line.split()[0]))
    assert clause.heading.endswith(title)


def test_a_general_authorisation_written_as_the_first_sentence_of_a_sub_clause_is_read():
    text = ("1. Services\nProvider shall operate Customer's servers.\n"
            "2. Personal Data\nProvider processes personal data on behalf of Customer, the controller, within the "
            "meaning of Article 28 of the GDPR.\n"
            "3. Sub-processing\n3.1 The Customer gives general written authorisation for the Provider to engage "
            "sub-processors. Provider shall inform Customer of any intended change thirty days in advance, and "
            "Customer may object to it.\n")
    flags = {f.rule for f in review_text(text, role="client").flags}
    assert "free_subprocessors" not in flags
