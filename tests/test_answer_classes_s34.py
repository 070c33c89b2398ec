"""Issue 15, thirty-fourth session (helper s34-ans): the structure of the question decides the card's answer, not its words.

Step-1 count over the tuned/dev items of answers_v20 … v33 and answers.yaml (base 624c419): 34 not fully correct (32 tuned,
2 dev), by mechanism — (a) knowledge absent 4; right card, a fact missing from it 6; no card on the subject, a neighbour
chosen on shared words 5; the other side's claim told, a card on its words rather than on the claim 3; a card on a noun of
the situation, not on the ask at its end 3; the intent misread (means-or-result engine, a term explained, a question) 3;
the acting party misread (the CNIL inspecting, our own provider insolvent) 2; the asker's duty in a role it declares 1;
the yes/no of the ask against the card's stance (a manner, a permission asked of us) 2; no verdict for a who/what 1;
uncited drafted clauses (drafting) 2. The two fixed here read the question's structure, not a list of the items' words:

1. WHOSE DUTY, IN WHICH ROLE. The asker declares the role it holds ("as the processor, …", "en tant que sous-traitant,
   …", "we're the host here: …", "responsable de traitement, …") and asks for its OWN duties ("what are our obligations",
   "quels sont nos devoirs"): the duties the law gives that role, a question — not the role's definition (the "what are"
   read as a definition cue) nor the means-or-result engine (the "our obligations" read as the contract's duties).
   `intent._duties_under_law` reads the role declared anywhere in the message, before or after the duties.
2. A MANNER THE CARD'S CONDITION RULES OUT. The user asks whether they may do an act in a manner ("du jour au
   lendemain", "sans préavis", "right away", "without notice"), and the card's yes makes that act depend on a notice (a
   notice period, a formal notice, telling the other party first): the card's yes answers the act, not the manner asked;
   the answer to the question asked is "no, not without notice" (`polar.manner_ruled_out`). A card whose notice only
   makes the act bind a third party later (after the ";"), a verdict that depends, or a question naming no manner keep
   their opening.

Questions are our own (FR and EN, casual, no accents), none taken from an evaluation set.
"""

from __future__ import annotations

import re

import pytest

from assistant.chat.answer_plan import card_opening, question_type
from assistant.text import fold
from tests.answer_helpers import cards_by_id


def _act(text: str) -> str:
    from assistant.chat.acts import classify
    from assistant.chat.slots import read_slots
    from assistant.chat.state import ConversationState

    text = text[3:].strip() if text.startswith("EN:") else text
    lang = "en" if text.isascii() and re.search(r"\b(the|what|our|we|as|my)\b", text.lower()) else "fr"
    return classify(text, read_slots(text), ConversationState.load(None, lang=lang)).act


# -- 1. the asker's own duties in a role it declares --------------------------------------------------------------------

OWN_DUTIES = [
    "as the processor, what are our GDPR obligations?",
    "we're the data processor here: what are our duties under the GDPR?",
    "being the controller, what are our legal duties after a breach?",
    "acting as sub-processor for a hosting firm, what are my obligations exactly?",
    "en tant que sous-traitant, quelles sont nos obligations RGPD ?",
    "comme hebergeur, quelles sont mes obligations ?",
    "on est sous-traitant de nos clients : c'est quoi nos obligations au juste ?",
    "responsable de traitement, quels sont nos devoirs en cas de fuite ?",
]


@pytest.mark.parametrize("text", OWN_DUTIES, ids=[f"own{i}" for i in range(len(OWN_DUTIES))])
def test_own_duties_in_a_declared_role_are_a_question_of_law(text):
    assert _act(text) == "question"


@pytest.mark.parametrize("text,act", [
    ("EN: what is a processor?", "explain_term"),
    ("EN: what does sub-processor mean?", "explain_term"),
    ("qu'est-ce qu'un sous-traitant ultérieur ?", "explain_term"),
    ("EN: our obligations under the contract, are they means or result?", "obligations"),
    ("nos obligations dans ce contrat sont-elles de moyens ou de resultat ?", "obligations"),
    # "responsables de" is no role declared: in charge of a service, whose duties the contract sets
    ("on est responsables de la sauvegarde du client, quelles sont nos obligations ?", "obligations"),
])
def test_a_definition_or_the_contracts_duties_keep_their_act(text, act):
    assert _act(text) == act


# -- 2. a manner the card's condition rules out --------------------------------------------------------------------------

def _open(card_id: str, question: str) -> str:
    card = cards_by_id()[card_id]
    return fold(" ".join(card_opening(card, question, question_type(question), card.lang)))


MANNER = [
    ("card.suspension_for_non_payment.fr", "le client a 2 factures impayees, on peut tout couper du jour au lendemain ?"),
    ("card.suspension_for_non_payment.fr", "impaye depuis 3 mois : on a le droit de suspendre le service sans prevenir ?"),
    ("card.suspension_for_non_payment.en", "they haven't paid in two months. can we shut their service off right away?"),
    ("card.suspension_for_non_payment.en", "can we suspend a customer who doesn't pay without any notice?"),
    ("card.indefinite_term_exit.fr", "contrat d'infogerance sans duree, on peut arreter du jour au lendemain ?"),
    ("card.indefinite_term_exit.en", "open-ended contract with our MSP: can we walk away immediately, no notice?"),
    ("card.price_reduction_own_decision.fr", "le presta bosse mal, on peut baisser sa facture tout de suite sans mise en demeure ?"),
    ("card.call_recording_s31b.fr", "on peut enregistrer les appels du support sans prevenir les appelants ?"),
]


@pytest.mark.parametrize("card,question", MANNER, ids=[f"manner{i}" for i in range(len(MANNER))])
def test_a_manner_the_cards_notice_rules_out_is_answered_no(card, question):
    got = _open(card, question)
    assert re.match(r"^(non, pas sans prevenir|no, not without notice)\b", got), got


@pytest.mark.parametrize("card,question,head", [
    # no manner asked: the card's own yes
    ("card.suspension_for_non_payment.fr", "un client paie pas depuis 3 mois, on peut suspendre le service ?", r"^oui\b"),
    ("card.suspension_for_non_payment.en", "the client stopped paying, can we suspend the service?", r"^yes\b"),
    # the notice only makes the act bind the debtor later: the act itself needs none
    ("card.invoice_receivables_assignment.fr", "on peut ceder nos factures a un factor tout de suite sans prevenir le client ?",
     r"^oui\b"),
    ("card.invoice_receivables_assignment.en", "can we factor our invoices right away without telling the customer?", r"^yes\b"),
    # a verdict that depends keeps its "it depends"
    ("card.penalties_formal_notice.en", "are late penalties due right away without any formal notice?", r"^it depends\b"),
])
def test_a_card_whose_act_needs_no_notice_keeps_its_opening(card, question, head):
    got = _open(card, question)
    assert re.match(head, got), got
