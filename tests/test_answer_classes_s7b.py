"""Issue 15, seventh session (answers, second batch): classes of wording that sent a question to the wrong act,
the wrong question type or the wrong card. Every sentence below is our own paraphrase, casual, FR and EN, written
for these tests (none is taken from an evaluation set); each class has near-misses that must keep their answer.

Classes:
- a clause quoted only to ask who must prove, or what to write in its place, is a question, not a text to review;
- "what should we write / ask for?" said with the pronoun first ("comment je formule…", "je rédige comment…",
  "on devrait leur faire mettre quoi", "what are we supposed to put") is a question, not a drafting request, even
  when the user says which side they are on; "that cap" is a noun, not the verb "cap it at";
- "on voudrait faire appel à…" tells a plan, it asks for no clause; "what do we need to sort out first" asks
  for steps, not for negotiation priorities;
- "on attend d'être sûrs ?" asks how long one may wait; "what does X mean?" asks a definition even when the
  story around it says "legal";
- legal notions with no glossary entry of their own (external cause, a clause deemed unwritten) and the
  provider's own move of work or tools outside the EU have reviewed cards;
- a narrated incident naming a narrow subject gets the card on that subject that retrieval found, when the
  card answers that kind of question.
"""

from __future__ import annotations

import re

import pytest

from assistant.chat.acts import classify
from assistant.chat.answer_plan import question_type
from assistant.chat.slots import read_slots
from assistant.chat.state import ConversationState
from evaluations.answer_scoring import fold, uncited_sentences, verdict_text


def _act(text: str) -> str:
    st = ConversationState()
    return classify(text, read_slots(text), st).act


# -- a clause quoted to ask a question of law ------------------------------------------------------
QUOTED_QUESTION = [
    "notre contrat indique 'le prestataire s'engage à rétablir la messagerie dans les 8 heures ouvrées', "
    "elle est restée coupée trois jours : c'est à nous de prouver qu'il a mal travaillé ?",
    "the agreement says 'the provider shall use commercially reasonable efforts to keep the VPN available'. "
    "it was down all week. do we have to show they were negligent?",
    "leur annexe dit seulement 'le prestataire met en place des mesures de sécurité adaptées'. "
    "notre DPO veut plus précis, on devrait leur faire mettre quoi ?",
    "the exit section only reads 'the provider will assist with the transition at its standard rates'. "
    "what are we supposed to ask them to write instead?",
]
QUOTED_REVIEW = [  # near-misses: the quoted clause itself is judged
    "voici la clause : 'le prestataire peut résilier à tout moment sans préavis ni indemnité'. c'est acceptable ?",
    "they sent us this: 'the provider may change the service levels at any time by posting them online'. "
    "can i sign that?",
]


@pytest.mark.parametrize("text", QUOTED_QUESTION)
def test_a_clause_quoted_to_ask_a_question_is_answered(text):
    assert _act(text) == "question"


@pytest.mark.parametrize("text", QUOTED_REVIEW)
def test_a_clause_quoted_to_be_judged_is_reviewed(text):
    # s14: one clause quoted with a yes-or-no judgement ("can i sign that?") may be read as a question on that clause;
    # either way the quoted clause itself is reviewed before anything is answered
    from assistant.chat.router import plan

    st = ConversationState()
    u = classify(text, read_slots(text), st)
    calls = [c.name for c in plan(u, st, text).calls]
    assert u.act in ("review", "question") and "review_text" in calls


# -- what to write, asked as a question ------------------------------------------------------------
WRITE_QUESTIONS = [
    ("je suis prestataire, comment je formule la clause d'indexation pour qu'elle tienne ?", "what_to_write"),
    ("on a vingt clients et chacun veut auditer notre SOC, je rédige comment la clause d'audit ?", "what_to_write"),
    ("côté presta, on fait un SLA pour nos clients : quelles exclusions je peux prévoir pour les pannes de leur box ?",
     "what_to_write"),
    ("the provider caps its liability at three months of fees. what should we (the client) insist stays outside "
     "that cap?", "what_to_write"),
    ("our processor clause only says the data is protected. what are we supposed to write there instead?",
     "what_to_write"),
]
DRAFT_REQUESTS = [  # near-misses: plain requests for a clause
    "rédige-moi une clause de réversibilité côté client",
    "draft a liability clause for us, we are the provider",
    "on voudrait une clause de non-sollicitation pour nos contrats",
]


@pytest.mark.parametrize("text,kind", WRITE_QUESTIONS)
def test_what_to_write_asked_as_a_question_is_a_question(text, kind):
    assert _act(text) == "question"
    assert question_type(text) == kind


@pytest.mark.parametrize("text", DRAFT_REQUESTS)
def test_a_request_for_a_clause_is_still_drafted(text):
    assert _act(text) == "draft_clause"


# -- a plan told, steps asked ---------------------------------------------------------------------
STEPS = [
    "on voudrait faire appel à un développeur indépendant installé au Sénégal pour nos tickets, il verra les données "
    "des clients. on doit faire quoi avant ?",
    "we want our first-line support done by a contractor in Manila who logs into client servers. what do we need "
    "to sort out first?",
]


@pytest.mark.parametrize("text", STEPS)
def test_a_plan_told_with_steps_asked_is_a_question(text):
    assert _act(text) == "question"


def test_negotiation_priorities_still_read_as_priorities():
    assert _act("ok, what should we nail down first in the negotiation?") == "priorities"


# -- question types --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,kind", [
    ("un poste a été infecté hier soir chez un client, rien de confirmé sur les données : on attend d'être certains "
     "avant de le prévenir ?", "how_long"),
    ("odd admin logins on a client's NAS overnight, nothing confirmed. should we wait to be sure before we say "
     "anything?", "how_long"),
    ("our lawyer's legal memo says the exclusion would be 'deemed unwritten'. what does that mean in practice?",
     "what_is"),
    ("le juriste écrit que la clause serait réputée non écrite, ça veut dire quoi pour nous ?", "what_is"),
    ("on veut confier la hotline à un prestataire au Maroc, on doit faire quoi concrètement avant ?", "what_to_write"),
    ("we're moving our backups to a vendor hosted in India: what do we need to settle first?", "what_to_write"),
    # near-misses: a remedy asked, validity asked, no definition
    ("le client ne paie plus depuis deux mois, on doit faire quoi ?", None),
    ("is a clause excluding all liability legal between businesses?", "enforceable"),
    ("cette clause d'exclusion totale, elle est valable ?", "enforceable"),
])
def test_question_kinds(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text,named", [
    ("our ticketing vendor keeps its servers in Singapore, tickets hold employees' names", True),
    ("le presta héberge nos sauvegardes au Canada, il faut un accord de notre part ?", True),
    # near-misses: a place inside the EU, or no place at all
    ("our MSP is based in Lyon, is a four-hour restoration time normal?", False),
    ("le prestataire est situé à Nantes, la GTR de 8 h est-elle courante ?", False),
])
def test_data_held_in_a_third_country_names_data_protection(text, named):
    from assistant.chat.cards import subject_labels

    assert ("topic:data_protection" in subject_labels(text)) is named


# -- reviewed cards for these classes (the real assistant, offline) --------------------------------
CARDS = [
    ("le presta prétend que la coupure vient d'une cause étrangère, ça recouvre quoi exactement ?", "client",
     "card.external_cause.fr", r"force majeure", r"1218"),
    ("our provider says the outage was due to an 'external cause'. what does that actually cover?", "client",
     "card.external_cause.en", r"force majeure", r"1218"),
    ("l'avocat dit que notre clause limitative serait réputée non écrite. qu'est-ce que ça veut dire concrètement ?",
     "msp", "card.deemed_unwritten.fr", r"reste du contrat", r"1184"),
    ("a memo says our exclusion clause would be deemed unwritten. what does that mean for the rest of our deal?",
     "client", "card.deemed_unwritten.en", r"rest of the contract", r"1184"),
    ("on est MSP et on veut confier la supervision de nuit à une petite société au Vietnam qui se connectera aux "
     "serveurs de nos clients, on doit faire quoi ?", "msp", "card.(msp_offshore_subprocessor|transfer_clause_content).fr",
     r"transfert|autorisation", r"art\. 4[456]"),
    ("we're an MSP moving our client helpdesk to an online tool whose servers are in India; tickets carry names and "
     "screenshots. what do we need to sort out first?", "msp", "card.(msp_offshore_subprocessor|transfer_clause_content).en",
     r"transfer|authoris", r"Arts?\. 4[456]"),
    ("l'ancien prestataire a supprimé toutes nos données un mois après la résiliation sans nous les rendre alors "
     "qu'on les avait réclamées, il en avait le droit ?", "client", "card.return_or_delete_data.fr", r"choisissez",
     r"28"),
    ("we saw strange logins on a customer's file server this morning, nothing confirmed yet: should we hold off "
     "telling them until we're sure?", "msp", "card.breach_notification_deadline.en", r"undue delay|law", r"33"),
]


@pytest.mark.parametrize("question,role,card,opening,article", CARDS)
def test_each_class_gets_its_card(app, question, role, card, opening, article):
    ans = app.ask(question, role=role)
    assert ans.intent == "question"
    assert ans.citations and re.fullmatch(card, ans.citations[0].id)
    assert re.search(opening, fold(verdict_text(ans.answer, 3)))
    assert re.search(article, ans.answer)
    assert uncited_sentences(ans.answer) == []


@pytest.mark.parametrize("question,card", [
    # near-misses: the neighbouring cards keep their questions (the new cards take none of them)
    ("the provider claims force majeure after a fire in its data centre, does that hold?", "card.force_majeure_(claimed|effects).en"),
    ("notre presta veut confier la supervision de nos serveurs à son équipe en Inde, il a le droit côté RGPD ?",
     "card.transfer_outside_eu.fr"),
])
def test_neighbouring_cards_keep_their_questions(app, question, card):
    ans = app.ask(question, role="client")
    assert ans.citations and re.fullmatch(card, ans.citations[0].id)
