"""Card choice classes fixed in the twelfth session (issue 15), fast tier: what the question asks and names,
read from its words, and the situation a card rests on. Own paraphrases, none from an evaluation set."""

from __future__ import annotations

import pytest

from assistant.chat.answer_plan import question_type
from assistant.chat.cards import premise_named, subject_labels
from assistant.knowledge.entries import load_entries


@pytest.mark.parametrize("question", [
    "can a term of our MSA exclude the duty to cooperate in good faith?",
    "is loyalty in performing the deal something the contract could waive?",
    "une clause du contrat peut-elle écarter l'obligation de bonne foi ?",
    "le contrat pourrait supprimer notre devoir de conseil ?",
])
def test_can_a_term_set_a_rule_aside_is_a_question_of_validity(question):
    assert question_type(question) == "enforceable"


@pytest.mark.parametrize("question", [
    "le prestataire affirme que les sauvegardes ont été détruites, on le croit sur parole ?",
    "notre ancien MSP dit que toutes nos données sont supprimées, comment le vérifier ?",
    "they told us our data was wiped after the exit, can we ask for evidence?",
    "who has to show that the backups have been destroyed?",
])
def test_data_deleted_or_returned_names_the_art28_3g_duty(question):
    assert "art28:art28_3g_return_deletion" in subject_labels(question)


@pytest.mark.parametrize("question", [
    "le prestataire nous restitue le service, c'est normal ?",
    "what does the data protection annex have to say about audits?",
])
def test_no_deletion_duty_without_data_deleted_or_returned(question):
    assert "art28:art28_3g_return_deletion" not in subject_labels(question)


@pytest.fixture(scope="module")
def transfer_card():
    cards = [e for e in load_entries() if e.kind == "card" and any(r.startswith("gdpr.transfers") for r in e.related_ids)]
    assert cards, "the knowledge base has cards resting on the transfer rules"
    return cards[0]


@pytest.mark.parametrize("question", [
    "la sous-traitance ultérieure sans notre accord, c'est permis ?",
    "our processor refuses liability for the hosting company it uses, is that lawful?",
])
def test_a_card_resting_on_transfer_rules_needs_a_transfer_named(transfer_card, question):
    assert not premise_named(transfer_card, question)


@pytest.mark.parametrize("question", [
    "leur support est installé au Maroc, il se connecte à nos serveurs, il faut des clauses types ?",
    "their helpdesk sits in India and logs into our servers, do we need SCCs?",
    "nos données partent hors de l'Union pour la supervision, quelles garanties ?",
    "our backups are copied to a data centre in the United States, is that allowed?",
])
def test_a_transfer_named_lets_the_card_answer(transfer_card, question):
    assert premise_named(transfer_card, question)


def test_every_card_answers_its_own_phrasings():
    """No card is made unreachable by the situation it rests on: each of its phrasings names it."""
    missed = [(e.id, q) for e in load_entries() if e.kind == "card" for q in (e.title, *e.questions)
              if not premise_named(e, q)]
    assert missed == []
