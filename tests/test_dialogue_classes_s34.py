"""Classes of turns the conversation misread (issue 14, thirty-fourth session, helper s34-dia), written with wordings of
our own (other trades, both languages, both sides), not the evaluation's.

1. sites: the parks of a leisure trade are places ("3 parcs accrobranche", "two theme parks") but an IT fleet is not
   ("un parc de 40 postes", "le parc informatique"); one place said closing with "one"/"un" ("one depot is closing in
   march", "un dépôt ferme en juin") takes one site off; places named by their towns after any plural place noun ("des
   boutiques à Lyon, Dijon et Metz") are counted; a park bought or added moves the count by one;
2. a clause asked "balanced" or "not too harsh" ("version équilibrée, pas trop dure", "not too aggressive") is the
   balanced version, never the other side's;
3. the deal told in a sentence or two, then a clause quoted with nothing asked ("bus operator, 3 depots, 30 staff.
   their draft says '…'") is a clause brought for review, and the facts told before it are noted;
4. the provider telling that nobody at the client holds the keys without the "ne" ("personne chez eux a les accès
   admin") is the provider's exclusive control;
5. with a clause on the table, the other side's answer reported ("le client répond que…", "the client replies that…")
   is their objection; the kind of obligation claimed against it ("mais c'est une obligation de moyens, pas de résultat,
   non ?") is a question on that clause, not the general question of means or result;
6. the clause of the provider's obligations ("la clause obligations côté presta", "the provider obligations clause") is
   the scope clause (what the provider undertakes and how), the client's obligations stay theirs;
7. a protection promised against everything, asked of the provider with "can we sign that" and no question mark
   ("they want a clause saying we protect them against any cyberattack. can we sign that") is the kind of obligation
   that commitment would be (obligations), not a topic added to the contract; the deal told then a guarantee demanded
   ("…11 postes. le client exige qu'on garantisse zéro panne") is the same, never only the facts noted;
8. a fragment quoted after its subject ("uptime is 'as measured by Provider's monitoring tools' only") is reviewed as a
   clause of that subject (the service levels), not of the tools it names.
"""

from __future__ import annotations

import pytest

from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


# -- 1. sites -------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("message, sites", [
    ("on exploite 3 parcs de loisirs et 25 postes", 3),
    ("we run two theme parks, 40 users", 2),
    ("deux parcs aquatiques, trente postes", 2),
    ("4 zoos, 60 users", 4),
    ("des boutiques a Lyon, Dijon et Metz, 15 salaries", 3),
    ("our depots in Leeds, York and Hull, 20 staff", 3),
    ("nos fromageries de Poligny et Arbois", 2),
])
def test_places_of_any_trade_are_counted(message, sites):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("sites") == sites, read_slots(message).facts


@pytest.mark.parametrize("message", [
    "un parc de 40 postes a maintenir",
    "le parc informatique compte 30 pc",
    "on gere leur parc d'imprimantes",
    "2 parcs de machines",
])
def test_an_it_fleet_is_no_site(message):
    from assistant.chat.slots import read_slots

    s = read_slots(message)
    assert "sites" not in s.facts, s.facts
    assert not [c for c in s.count_changes if c.unit == "sites"], s.count_changes


@pytest.mark.parametrize("message, delta", [
    ("on rachete un parc pres de Blois", 1),
    ("we bought another park", 1),
    ("ajoute un parc, celui de Gien", 1),
    ("one depot is closing after the summer", -1),
    ("un depot ferme en juin", -1),
    ("un atelier va fermer l'an prochain", -1),
])
def test_a_place_bought_or_closed_moves_the_count(message, delta):
    from assistant.chat.slots import read_slots

    changes = [c for c in read_slots(message).count_changes if c.unit == "sites"]
    assert len(changes) == 1 and changes[0].amount == delta, changes


@pytest.mark.parametrize("message", [
    "un magasin ferme le lundi",
    "one shop closes at 6pm",
    "un client ferme son compte",
])
def test_hours_or_other_closings_move_no_site(message):
    from assistant.chat.slots import read_slots

    assert not [c for c in read_slots(message).count_changes if c.unit == "sites"]


@pytest.mark.parametrize("turns, side, lang, sites", [
    (["contrat d'infogerance cote client pour 2 parcs de loisirs, 30 postes", "on rachete un parc a Royan"],
     "client", "fr", 3),
    (["managed services contract for a coach company, 3 depots, 25 users", "one depot is closing in june"],
     "client", "en", 2),
    (["contrat pour nos magasins de Nantes, Vannes et Lorient, 12 postes", "un magasin ferme en mai"],
     "client", "fr", 2),
])
def test_the_site_count_follows_the_conversation(tmp_path, entries, turns, side, lang, sites):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert state.scope().sites == sites, (pub.get("act"), state.scope().sites)


# -- 2. balanced, not too harsh -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("message", [
    "fais la clause responsabilite version equilibree, pas trop dure",
    "write the liability clause, balanced, not too harsh",
    "la clause resiliation sans etre trop severe stp",
    "an SLA clause please, not too aggressive",
])
def test_not_too_harsh_is_balanced(message):
    from assistant.chat.slots import read_slots

    assert read_slots(message).position == "balanced"


def test_too_harsh_for_them_stays_their_side():
    from assistant.chat.slots import read_slots

    assert read_slots("c'est trop dur pour eux").position == "theirs"
    assert read_slots("it's too harsh").position == "theirs"


@pytest.mark.parametrize("turns, side, lang", [
    (["contrat de maintenance pour 5 boutiques, 8 postes", "fais la clause responsabilite version equilibree, pas trop dure"],
     "client", "fr"),
    (["maintenance contract for our 4 cafes, 9 pcs", "do me the liability clause, balanced, not too harsh"], "client", "en"),
])
def test_a_balanced_clause_is_drafted_balanced(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") in ("draft_clause", "change_position"), pub.get("act")
    assert (pub.get("draft") or {}).get("position") == "balanced", pub.get("draft")


# -- 3. the deal told, then a clause quoted ---------------------------------------------------------------------------------
@pytest.mark.parametrize("message, side, lang, users", [
    ("coach operator, 3 depots, 30 staff. going through our provider's draft. they wrote 'Service Credits are the "
     "Customer's sole remedy for any failure to meet the Service Levels.'", "client", "en", 30),
    ("on est une fromagerie, 2 boutiques, 9 postes. leur projet dit : « Le Client renonce à tout recours en cas de perte "
     "de données. »", "client", "fr", 9),
])
def test_a_clause_quoted_after_the_deal_is_reviewed(tmp_path, entries, message, side, lang, users):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, [message], side, lang)
    assert pub.get("act") in ("review", "question"), pub.get("act")
    assert state.scope().users == users, state.scope().users
    assert "users" in state.stated()


def test_the_clause_brought_with_the_deal_told():
    from assistant.chat.act_pasted import clause_brought

    q = clause_brought("cabinet de kines, 2 sites, 11 postes. leur contrat dit « Le Prestataire n'est tenu que d'une "
                       "obligation de moyens pour la sauvegarde. »")
    assert q and "obligation de moyens" in q
    # something asked or ordered around it keeps its own reading
    assert clause_brought("cabinet de kines, 2 sites, 11 postes, redige-moi le contrat complet avec la sauvegarde. leur "
                          "contrat dit « Le Prestataire n'est tenu que d'une obligation de moyens pour la sauvegarde. »") is None


# -- 4. nobody at the client holds the keys, said without "ne" --------------------------------------------------------------
@pytest.mark.parametrize("message", [
    "client caviste, 5 postes, on heberge leur logiciel, personne chez eux a les acces admin",
    "client fleuriste, 4 postes, personne chez eux n'a d'acces admin",
])
def test_nobody_at_the_client_with_admin_is_exclusive(message):
    from assistant.chat.slots import read_slots

    assert read_slots(message, side_hint="msp").facts.get("control") == "exclusive"


# -- 5. the other side's answer reported, the kind of obligation claimed --------------------------------------------------------
@pytest.mark.parametrize("turns, side, lang", [
    (["redige la clause sla cote presta", "le client repond que si c'est une obligation de moyens on ne s'engage a rien"],
     "msp", "fr"),
    (["draft the SLA clause for us", "the client replies that best efforts means we commit to nothing at all"], "msp", "en"),
])
def test_the_other_side_answer_reported_is_an_objection(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") == "objections", pub.get("act")


@pytest.mark.parametrize("turns, side, lang", [
    (["redige la clause sla, dispo 99,5", "mais c'est une obligation de moyens, pas de resultat, non ?"], "msp", "fr"),
    (["draft the backup clause for us", "but that's only best efforts, not a result, right?"], "msp", "en"),
])
def test_the_kind_claimed_against_the_clause_is_a_question_on_it(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") == "question", pub.get("act")


# -- 6. the provider's obligations clause -------------------------------------------------------------------------------------
@pytest.mark.parametrize("message, topic", [
    ("redige la clause obligations cote presta", "scope"),
    ("draft the provider obligations clause", "scope"),
    ("fais la clause sur nos obligations", "scope"),
    ("la clause des obligations du client", "client_obligations"),
])
def test_the_obligations_clause_named(message, topic):
    from assistant.chat.slot_topics import clause_topic

    assert clause_topic(message) == topic


def test_the_provider_obligations_clause_is_drafted(tmp_path, entries):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, ["ecris la clause des obligations du prestataire cote presta"], "msp", "fr")
    assert pub.get("act") == "draft_clause"
    assert (pub.get("draft") or {}).get("topic") == "scope", pub.get("draft")


# -- 7. a protection against everything, "can we sign that" -------------------------------------------------------------------
@pytest.mark.parametrize("turns, side, lang", [
    (["managed services for a goat farm, 2 sites, 7 users, helpdesk and backup, draft the contract",
      "they want a clause saying we protect them against any cyberattack. can we sign that"], "msp", "en"),
    (["contrat d'infogerance pour une pisciculture, 2 sites, 14 postes, support et sauvegarde",
      "ils veulent qu'on les protege contre toute intrusion, on peut accepter ca"], "msp", "fr"),
])
def test_a_protection_against_everything_is_a_question(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") == "obligations", pub.get("act")


@pytest.mark.parametrize("turns, side, lang", [
    (["cabinet de geometres, 11 postes, un traceur qu'on ne touche pas. le client exige qu'on garantisse zero panne"],
     "msp", "fr"),
    (["bike repair chain, 14 users, a till system we never touch. the client wants us to guarantee no downtime ever"],
     "msp", "en"),
])
def test_the_deal_then_a_guarantee_demanded_is_the_kind_of_obligation(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub.get("act") == "obligations", pub.get("act")
    assert "users" in state.stated()


# -- 1b. a count changed in a case supposed -----------------------------------------------------------------------------------
@pytest.mark.parametrize("turns, side, lang, sites", [
    (["contrat d'infogerance cote client, 4 agences, 20 postes", "et si une agence ferme, on peut resilier en partie ?"],
     "client", "fr", 4),
    (["managed services contract for our 3 shops, 12 users", "what if a shop closes, can we reduce the fee?"],
     "client", "en", 3),
    (["contrat pour nos 2 ateliers, 9 postes", "si l'atelier de Tours ferme on fait quoi ?"], "client", "fr", 2),
])
def test_a_place_closed_in_a_case_supposed_changes_nothing(tmp_path, entries, turns, side, lang, sites):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert state.scope().sites == sites, (pub.get("act"), state.scope().sites)


# -- 8. a fragment quoted after its subject ---------------------------------------------------------------------------------
@pytest.mark.parametrize("message, lang, word", [
    ("and availability is 'as recorded by the Supplier's own monitoring' only", "en", "measured by the provider alone"),
    ("le taux de dispo est « relevé par les outils du Prestataire » seulement", "fr", "constate par le seul prestataire"),
])
def test_a_fragment_quoted_after_its_subject_is_reviewed_as_that_subject(tmp_path, entries, message, lang, word):  # noqa: F811
    from assistant.text import fold

    out, pub, state = run_turns(tmp_path, entries, [message], "client", lang)
    assert pub.get("act") == "review", pub.get("act")
    assert word in fold(pub.get("answer") or ""), pub.get("answer")


# -- 1c. the places counted, listed in brackets ---------------------------------------------------------------------------
@pytest.mark.parametrize("message, sites", [
    ("2 sites (le bureau et l'atelier), 10 postes", 2),
    ("two sites (the yard and the office), 9 users", 2),
    ("3 agences et le siege", 4),
])
def test_places_listed_in_brackets_are_the_ones_counted(message, sites):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("sites") == sites


# -- 3b. the clause the other side wrote, reported ----------------------------------------------------------------------------
@pytest.mark.parametrize("message", [
    "4 garden centres, 22 staff. their terms are in. they put 'The Customer's sole remedy for any failure shall be the "
    "service credits in Schedule 3.'",
    "le presta a mis « Le Prestataire n'est pas responsable des pertes de données du Client. »",
])
def test_a_clause_they_wrote_is_brought_not_ordered(message):
    from assistant.chat.act_pasted import clause_brought

    assert clause_brought(message)


# -- 1d. a place noun after a trade named in two words ----------------------------------------------------------------------
@pytest.mark.parametrize("message, sites", [
    ("we run 3 ski hire shops, 18 staff", 3),
    ("4 car rental branches and 30 staff", 4),
    ("3 nail art studios, 7 users", 3),
])
def test_a_place_after_a_two_word_trade_is_counted(message, sites):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("sites") == sites


# -- 9. the breach notice named without the data; "do the full contract" ------------------------------------------------------
def test_the_breach_notice_clause_named_in_french():
    from assistant.chat.slot_topics import clause_topic

    assert clause_topic("ecris la clause de notification de violation cote client, douze heures maxi") == "data_protection"
    assert clause_topic("violation du contrat") is None


@pytest.mark.parametrize("turns", [
    ["draft the uptime clause for us, 99.5%", "ok do the full contract now"],
    ["write the SLA clause, 4 hour restore", "right, do me the whole agreement"],
])
def test_do_the_full_contract_is_an_order(tmp_path, entries, turns):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "msp", "en")
    assert pub.get("act") == "draft_contract", pub.get("act")


# -- 10. personal data told and what it changes asked in the same message -----------------------------------------------------
@pytest.mark.parametrize("turns, lang", [
    (["contrat d'infogerance pour un cabinet de geometres, 8 postes, support et sauvegarde",
      "leurs dossiers contiennent les noms et adresses des proprietaires, ca change quoi pour nous ?"], "fr"),
    (["managed IT for a dog groomer, 5 users, helpdesk and backups, draft the contract",
      "their booking files hold customers' names and phone numbers, does that change anything for us?"], "en"),
])
def test_personal_data_told_and_what_it_changes_asked(tmp_path, entries, turns, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "msp", lang)
    assert pub.get("act") == "question", pub.get("act")
    assert "personal_data" in state.stated()


def test_their_answer_then_a_question_of_ones_own_is_no_objection(tmp_path, entries):  # noqa: F811
    turns = ["draft the uptime clause for us, 99.5%", "the client replies that it's too low for them. how much downtime a "
             "month is 99.5?"]
    out, pub, state = run_turns(tmp_path, entries, turns, "msp", "en")
    assert pub.get("act") != "objections", pub.get("act")
