"""Issue 15, sixteenth session, second round: never state a fact the user did not give.

Classes (every sentence below is our own paraphrase, FR and EN, several subjects, casual and formal; near-misses keep
their reading):
- a card that presupposes a situation (insolvency proceedings opened, a public buyer, a contract made before 2016,
  health data hosted, a transfer outside the EU) answers only a question that states it, in any of the ways people
  say it; the card declares its premise (`premise:` in knowledge_base/cards, read by `cards.premise_named`), and a
  client who simply stopped paying gets the rule on suspending performance for non-payment, not the insolvency card;
- a figure is read against a clause's usual range only when the question says what the figure is (a cap, a notice,
  a term, a rate…): a debt, an amount paid, a deposit, a delay suffered, a headcount are not clause figures
  (`chat.figure_roles.clause_figures`, applied in `tools.Toolbox._answer_question`).
"""

from __future__ import annotations

import re

import pytest

from assistant.chat.cards import premise_named
from assistant.chat.slots import read_slots
from assistant.knowledge.entries import load_entries
from evaluations.answer_scoring import fold

CARDS = {e.id: e for e in load_entries() if e.kind == "card"}

# -- premises ----------------------------------------------------------------------------------------------------------

NOT_STATED = [
    "le client a 3 factures impayées et ne répond plus au téléphone, on peut suspendre la maintenance ?",
    "ça fait deux mois qu'ils ne nous payent plus, est-ce qu'on a le droit d'arrêter l'infogérance ?",
    "un client nous doit 18 000 € depuis janvier, peut-on couper ses accès en attendant ?",
    "customer hasn't paid us for three months and ignores our emails, can we stop the service?",
    "our client is 60 days late on every invoice, are we allowed to pause support until they pay?",
    "they owe us two months of fees and went silent. can we cut them off tomorrow?",
]
STATED = [
    "notre client vient d'être placé en redressement judiciaire et nous doit deux mois, on peut arrêter le support ?",
    "le client est en liquidation judiciaire, que deviennent nos factures ?",
    "procédure de sauvegarde ouverte chez notre client la semaine dernière, on continue la maintenance ?",
    "client went into receivership last week owing us 3 months of fees, can we stop maintenance?",
    "our customer has entered insolvency proceedings and owes us money, can we terminate?",
    "the client has gone bankrupt, what happens to our unpaid invoices?",
]


@pytest.mark.parametrize("question", NOT_STATED)
def test_insolvency_cards_need_the_proceedings_stated(question):
    for cid in ("card.client_insolvency.fr", "card.client_insolvency.en", "card.provider_insolvency.fr",
                "card.provider_insolvency.en"):
        assert not premise_named(CARDS[cid], question), cid


@pytest.mark.parametrize("question", STATED)
def test_insolvency_cards_answer_the_proceedings_stated(question):
    lang = "fr" if re.search(r"\b(le|notre|procedure|client est)\b", fold(question)) else "en"
    assert premise_named(CARDS[f"card.client_insolvency.{lang}"], question)


@pytest.mark.parametrize("question", NOT_STATED)
def test_near_miss_the_suspension_card_keeps_answering_non_payment(question):
    for cid in ("card.suspension_for_non_payment.fr", "card.suspension_for_non_payment.en"):
        if cid in CARDS:
            assert premise_named(CARDS[cid], question)


@pytest.mark.parametrize("cid,question,named", [
    ("card.health_data_hosting.fr", "notre prestataire héberge nos dossiers patients, doit-il être certifié ?", True),
    ("card.health_data_hosting.en", "our MSP hosts the clinic's medical records, must it be certified?", True),
    ("card.health_data_hosting.fr", "notre prestataire héberge nos factures, doit-il être certifié ISO ?", False),
    ("card.health_data_hosting.en", "our provider hosts our CRM, does it need a certification?", False),
])
def test_a_declared_premise_is_read_in_its_family_of_wordings(cid, question, named):
    assert premise_named(CARDS[cid], question) is named


def test_every_card_presupposing_a_situation_declares_it():
    from assistant.chat.cards import undeclared_premises

    assert undeclared_premises(CARDS.values()) == []


# -- figure roles ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "un client nous doit 2 mois de redevance et ne répond plus, je peux couper le support demain ?",
    "un client nous doit 2 mois de redevance, c'est grave ?",
    "they owe us two months of fees and went silent. can we cut them off tomorrow?",
    "on a payé 12 mois de redevance d'avance, le contrat est résilié, on récupère quoi ?",
    "we have 40 employees and the MSP wants 2 months of fees as a deposit, normal?",
    "the customer is three months in arrears on the monthly fee, what are our options?",
    "nous avons versé 6 mois de redevance et le service n'a jamais marché, on peut tout récupérer ?",
])
def test_a_debt_or_a_sum_paid_is_no_clause_figure(question):
    from assistant.chat.figure_roles import clause_figures

    assert clause_figures(read_slots(question).figures, question) == {}


@pytest.mark.parametrize("question,slot", [
    ("notre contrat plafonne la responsabilité à 2 mois de redevance, c'est normal ?", "liability_cap_months"),
    ("liability limited to 3 months of fees, is that standard?", "liability_cap_months"),
    ("un préavis de 6 mois avant chaque reconduction, c'est normal ?", "notice_months"),
    ("they want a 36 month initial term, is that usual?", "initial_term_months"),
    ("le client nous doit déjà 2 mois, et notre plafond de responsabilité est de 2 mois de redevance, c'est bas ?",
     "liability_cap_months"),
])
def test_near_miss_a_figure_whose_role_is_said_is_kept(question, slot):
    from assistant.chat.figure_roles import clause_figures

    figures = read_slots(question).figures
    assert slot in clause_figures(figures, question)


# -- index tier: the whole answer --------------------------------------------------------------------------------------

_INSOLVENCY = r"l622-13|procedure collective|administrateur judiciaire|insolvency proceedings|administrator"


@pytest.mark.parametrize("question,role", [
    ("un client nous doit 2 mois de redevance et répond plus depuis, je peux couper le support demain ?", "msp"),
    ("customer hasn't paid us for three months and ignores our emails, can we stop the service?", "msp"),
])
def test_non_payment_is_not_answered_with_insolvency(app, question, role):
    ans = app.ask(question, role=role)
    head = fold(" ".join(ans.answer.split("\n\n")[:2]))
    assert not re.search(_INSOLVENCY, head)
    assert "fourchette usuelle" not in head and "usual range" not in head


@pytest.mark.parametrize("question,role", [
    ("notre client est en redressement judiciaire et nous doit deux mois, on peut arrêter le support ?", "msp"),
    ("our client went into receivership owing us three months of fees, can we stop maintenance?", "msp"),
])
def test_near_miss_insolvency_stated_gets_its_rule(app, question, role):
    ans = app.ask(question, role=role)
    assert re.search(r"l622-13", fold(ans.answer))


def test_near_miss_a_cap_asked_normal_keeps_its_range(app):
    ans = app.ask("our contract limits liability to two months of fees. is that normal?", role="client")
    assert "usual range" in " ".join(ans.answer.split("\n\n")[:2])


def test_every_card_answers_its_own_phrasings():
    # a declared premise is stated by each of the card's own phrasings: the cue family covers the ways it is said
    missed = [(c.id, q) for c in CARDS.values() for q in (c.title, *c.questions) if not premise_named(c, q)]
    assert missed == []
