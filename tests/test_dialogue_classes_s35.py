"""Classes of turns the conversation misread (issue 14, thirty-fifth session, helper s35-dia), written with wordings of
our own (other trades, both languages, both sides), not the evaluation's.

1. the other side's terms reported by the user ("le fournisseur veut une durée ferme de quatre ans", "in their proposal
   the notice is twelve months", "ils ont mis que…", "they wrote that…") are a question on those terms — never a figure
   set in our contract, a fact of our scope, a service taken out or a change of side: the figures are the other side's
   text, not ours;
2. the user's business told with a contract the other side offers or wants signed ("an IT company wants us to sign a
   maintenance contract, we're the customer") is a fact stated, no contract to draft (nothing is ordered);
3. how to answer the other side's argument ("they'll say the index is standard, what do I answer?", "ils insistent…
   on leur répond quoi ?") is that clause's objections (negotiation notes), not a follow-up on the last answer;
4. a term asked after a draft ("c'est quoi un préjudice indirect ?", "rappelle-moi ce que c'est, la GTR") is a term
   explained, not a follow-up on the clause;
5. a fee said in words ("deux cent dix euros par samedi", "four hundred and twenty euros a month") is written into the
   clause on the table as a number (the text toolkit's number reader);
6. the externality condition of force majeure (art. 1218 C. civ.: an event beyond the debtor's control) is named when
   the other side says an event internal to the provider is no force majeure.
"""

from __future__ import annotations

import re

import pytest

from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)

_FR_CLIENT_DEAL = "On est une cave cooperative, 14 postes, je negocie cote client un contrat d'infogerance"
_EN_CLIENT_DEAL = "We are a dental lab with 9 users, I'm negotiating an IT support contract as the customer"
_FR_MSP_DEAL = "client : un cabinet de kines, 2 cabinets, 12 postes, on fait le support et la sauvegarde"
_EN_MSP_DEAL = "client is a driving school, 8 users, we do helpdesk and backups"


# -- 1. the other side's terms reported ----------------------------------------------------------------------------------
@pytest.mark.parametrize("turns, side, lang", [
    ([_FR_CLIENT_DEAL, "Le fournisseur veut une duree ferme de quatre ans et un preavis de six mois."], "client", "fr"),
    ([_FR_CLIENT_DEAL, "dans son projet il a mis une reconduction par periodes de deux ans"], "client", "fr"),
    ([_FR_CLIENT_DEAL, "leur offre prevoit des penalites de retard de paiement de 15 %"], "client", "fr"),
    ([_EN_CLIENT_DEAL, "In their proposal the notice period is twelve months and the term is five years."], "client", "en"),
    ([_EN_CLIENT_DEAL, "They wrote that they can increase the fees at any time with a new rate card. Reasonable?"],
     "client", "en"),
    ([_EN_CLIENT_DEAL, "the provider wants a minimum term of 48 months"], "client", "en"),
    ([_FR_MSP_DEAL, "dans leur projet le client a mis des penalites de 10 % par heure de retard"], "msp", "fr"),
    ([_EN_MSP_DEAL, "their purchasing team wrote that our liability is unlimited"], "msp", "en"),
])
def test_their_terms_reported_are_no_figure_of_ours(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") in ("question", "review"), (pub.get("act"), pub.get("answer", "")[:200])
    assert not re.search(r"(révisé|revised|→)", pub.get("answer", "")[:200]), pub.get("answer", "")[:200]
    assert state.contract is None or state.contract.position == side, state.contract.position


@pytest.mark.parametrize("turns, side, lang, service", [
    (["restaurant, 6 postes, le presta fait le parc et les sauvegardes",
      "et s'il perd nos sauvegardes son contrat dit qu'il ne repond pas des pertes de donnees"], "client", "fr", "backup"),
    (["architects' office, 10 users, the IT firm does the PCs and the backups",
      "their terms say they are not liable for lost data even when the backup fails"], "client", "en", "backup"),
])
def test_their_exclusion_reported_removes_no_service(tmp_path, entries, turns, side, lang, service):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") in ("question", "review", "follow_up"), pub.get("act")
    assert service in state.scope().services, state.scope().services


@pytest.mark.parametrize("message, side", [
    ("le presta veut un engagement de trois ans", "client"),
    ("leur proposition prevoit un preavis de neuf mois", "client"),
    ("dans son contrat il met que sa responsabilite est limitee", "client"),
    ("They wrote that prices may change at any time", "client"),
    ("the vendor's terms say the cap is one month of fees", "client"),
    ("the customer's draft says our liability is unlimited", "msp"),
])
def test_their_terms_read(message, side):
    from assistant.chat.their_terms import reported_terms
    from assistant.text import fold

    assert reported_terms(fold(message), side)


@pytest.mark.parametrize("message, side", [
    ("ils veulent une astreinte le week-end", "msp"),              # a need of the client: a scope fact
    ("le client veut que la hausse soit plafonnee a 2 %", "msp"),  # a demand relayed, to write into our clause
    ("the customer asks for a 5 % cap on increases", "msp"),
    ("they want on-call cover on saturdays", "msp"),
    ("mets un preavis de six mois", "client"),                     # an order
    ("the notice is 3 months", "client"),                          # no party, no text of theirs
    ("nous voulons une duree de deux ans", "client"),              # the user's own wish
    ("we want a 2-year term", "client"),
])
def test_no_terms_of_theirs(message, side):
    from assistant.chat.their_terms import reported_terms
    from assistant.text import fold

    assert not reported_terms(fold(message), side)


# -- 2. the business told, a contract offered by the other side ----------------------------------------------------------
@pytest.mark.parametrize("message, side, lang", [
    ("We run a pottery studio in Lille with 3 PCs and a web shop on Etsy; an IT company wants us to sign a maintenance "
     "contract. We are the customer.", "client", "en"),
    ("On est une boulangerie a Caen, 4 ordinateurs, et une societe informatique nous propose un contrat de maintenance. "
     "Je suis le client.", "client", "fr"),
    ("Small law firm, 7 laptops; the local MSP sent us their support agreement to sign. I'm on the client side.",
     "client", "en"),
])
def test_a_contract_offered_is_no_draft_asked(tmp_path, entries, message, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, [message], side, lang)
    assert pub.get("act") in ("state_fact", "review", "question"), pub.get("act")
    assert state.contract is None


@pytest.mark.parametrize("message, side, lang", [
    ("We run a pottery studio with 3 PCs, draft us a maintenance contract as the customer", "client", "en"),
    ("boulangerie, 4 postes, fais-moi un contrat de maintenance cote client", "client", "fr"),
])
def test_a_contract_ordered_is_still_drafted(tmp_path, entries, message, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, [message], side, lang)
    assert pub.get("act") == "draft_contract", pub.get("act")


# -- 3. how to answer their argument -------------------------------------------------------------------------------------
@pytest.mark.parametrize("turns, side, lang", [
    ([_EN_CLIENT_DEAL, "draft a price revision clause on our side",
      "They'll tell me everybody uses the Syntec index. What should I say back?"], "client", "en"),
    ([_FR_CLIENT_DEAL, "redige une clause de revision des prix cote client",
      "ils vont me repondre que l'indice Syntec c'est ce que tout le monde utilise, je leur dis quoi ?"], "client", "fr"),
    ([_EN_MSP_DEAL, "draft the scope clause, our side, the card printers are excluded",
      "They came back insisting we cover the card printers too. How should we respond?"], "msp", "en"),
    ([_FR_MSP_DEAL, "redige la clause perimetre cote presta, les tables de massage connectees sont exclues",
      "ils insistent pour qu'on gere aussi les tables connectees, on leur repond quoi ?"], "msp", "fr"),
])
def test_how_to_answer_their_argument_is_objections(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") in ("objections",), pub.get("act")


# -- 4. a term asked after a draft ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("turns, side, lang", [
    ([_FR_CLIENT_DEAL, "redige une clause de responsabilite cote client", "c'est quoi un prejudice indirect au juste ?"],
     "client", "fr"),
    ([_FR_MSP_DEAL, "redige la clause niveaux de service cote presta", "rappelle-moi ce que c'est, la GTR"], "msp", "fr"),
    ([_EN_CLIENT_DEAL, "write us a liability clause", "what's gross negligence, concretely?"], "client", "en"),
])
def test_a_term_asked_after_a_draft_is_explained(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") == "explain_term", pub.get("act")


# -- 5. a fee in words written into the clause ---------------------------------------------------------------------------
@pytest.mark.parametrize("turns, side, lang, pattern", [
    ([_FR_MSP_DEAL, "redige la clause horaires et astreinte cote presta, astreinte le samedi",
      "l'astreinte est facturee deux cent dix euros par samedi, ajoute-le"], "msp", "fr", r"210"),
    ([_FR_MSP_DEAL, "redige la clause horaires et astreinte cote presta",
      "le forfait d'astreinte c'est cent quatre-vingt-dix euros le week-end, mets-le"], "msp", "fr", r"190"),
    ([_EN_MSP_DEAL, "draft the support hours clause with on-call cover, our side",
      "on-call costs four hundred and twenty euros a weekend, put it in"], "msp", "en", r"420"),
])
def test_a_fee_in_words_is_written_in_the_clause(tmp_path, entries, turns, side, lang, pattern):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    draft = (pub.get("draft") or {}).get("text") or ""
    assert re.search(pattern, draft.replace("\u202f", "").replace("\u00a0", "")), draft[-600:]


# -- 6. force majeure: the externality condition -------------------------------------------------------------------------
@pytest.mark.parametrize("turns, side, lang, pattern", [
    ([_FR_MSP_DEAL, "redige la clause force majeure cote presta",
      "le client dit qu'une panne de notre propre salle serveur n'est pas de la force majeure, il a raison ?"], "msp", "fr",
     r"ext[ée]rieur|ma[iî]tris|contr[ôo]le"),
    ([_EN_MSP_DEAL, "draft the force majeure clause, our side",
      "The client objects that a strike of our own technicians is not force majeure. Is he right?"], "msp", "en",
     r"outside|beyond|external|control"),
])
def test_force_majeure_objection_names_externality(tmp_path, entries, turns, side, lang, pattern):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    answer = pub.get("answer", "")
    assert "1218" in answer and re.search(pattern, answer, re.I), answer[:600]


@pytest.mark.parametrize("message, hint, value", [
    ("l'astreinte du dimanche est a trois cents euros", "support_hours", 300),
    ("on-call is two hundred and sixty euros per weekend", "support_hours", 260),
    ("le tarif astreinte c'est 150 euros la nuit", "support_hours", 150),
])
def test_an_on_call_price_is_no_monthly_fee(message, hint, value):
    from assistant.chat.slots import read_slots

    s = read_slots(message, topic_hint=hint)
    assert s.figures.get("on_call_fee_eur") == value, s.figures
    assert "monthly_fee_eur" not in s.facts, s.facts


def test_the_monthly_fee_is_still_a_fee():
    from assistant.chat.slots import read_slots

    assert read_slots("la redevance est de mille cent euros par mois").facts.get("monthly_fee_eur") == 1100
    assert read_slots("the monthly fee is two thousand euros").facts.get("monthly_fee_eur") == 2000


# -- 7. a new case supposed on another subject, its validity asked -------------------------------------------------------
@pytest.mark.parametrize("turns, side, lang", [
    ([_FR_CLIENT_DEAL, "propose une clause duree plus equilibree",
      "et si on resilie avant le terme ils reclament toutes les redevances restantes, c'est legal ?"], "client", "fr"),
    ([_EN_CLIENT_DEAL, "draft a fairer term clause",
      "and if we terminate early they claim all the remaining fees, is that legal?"], "client", "en"),
])
def test_a_new_case_judged_is_a_question(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") == "question", pub.get("act")


# -- 8. seats said as a part of the staff ----------------------------------------------------------------------------------
@pytest.mark.parametrize("message, users", [
    ("Sawmill, fifty-two employees, nineteen of them on computers.", 19),
    ("We employ 50 people, 20 of whom use computers", 20),
    ("120 staff, 45 of them on laptops", 45),
    ("scierie, quarante salaries dont douze d'entre eux sur des postes fixes", 12),
])
def test_seats_said_as_a_part_of_the_staff(message, users):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("users") == users, read_slots(message).facts


# -- 9. a figure set and the whole contract ordered in one message --------------------------------------------------------
@pytest.mark.parametrize("turns, side, lang, pattern", [
    (["Client : une cartonnerie a Troyes, un site, 26 postes, leur ERP est heberge chez nous.",
      "redige la clause confidentialite cote presta",
      "passe la duree a quarante-huit mois et genere le contrat"], "msp", "fr", r"48 mois"),
    (["Client: a seed wholesaler near Angers, 2 sites, 21 users, their ordering system is hosted by us.",
      "draft the audit clause, our side",
      "make the term thirty months and draw up the contract"], "msp", "en", r"30 months"),
])
def test_a_figure_and_the_contract_ordered(tmp_path, entries, turns, side, lang, pattern):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") == "draft_contract", pub.get("act")
    assert state.contract is not None
    md = (pub.get("contract") or {}).get("markdown") or ""
    assert re.search(pattern, md), md[:300]


@pytest.mark.parametrize("message", [
    "the customer asks how response times are counted. what do we tell them?",
    "le client demande comment on calcule la disponibilite, on lui dit quoi ?",
])
def test_their_question_relayed_is_no_argument(message):
    from assistant.chat.their_terms import asks_how_to_answer, relays_their_question
    from assistant.text import fold

    assert relays_their_question(fold(message))
    assert not asks_how_to_answer(fold(message))


@pytest.mark.parametrize("turns, side, lang", [
    (["le contrat dit que le prestataire peut modifier ses tarifs chaque mois, c'est normal ?",
      "qu'est-ce que je propose a la place ?"], "client", "fr"),
    (["their contract says they can change subcontractors without telling us, is that normal?",
      "what do we ask for instead?"], "client", "en"),
])
def test_what_to_ask_instead_is_no_term(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") != "explain_term", pub.get("act")
