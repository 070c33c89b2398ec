"""Classes of conversation-state facts a new user's conversation misread (issue 14, thirtieth session, helper s30-dia2),
written BEFORE the fixes with wording of our own (other trades, both languages, both sides, no accents):

1. a place joining named by its ordinal ("un 4e cabinet rejoint le réseau", "a sixth salon joins") or as one more
   ("une agence de plus"): the count of sites becomes that rank (or one more), the seats said beside it are added;
2. people who "will have a workstation too" ("2 stagiaires qui auront un PC aussi, ajoute-les", "they've got 3 temps
   who'll need a laptop too, add them"): added to the users; "un poste" each is no count of one;
3. a part struck out and the new total stated ("les postes de la salle de formation on ne les compte pas… donc 15"):
   the users are the total stated;
4. who holds the keys told from the client's own side ("le serveur est chez eux, personne chez nous n'a les accès
   admin", "none of us has an admin login"): the provider alone (exclusive); the provider's mirror ("c'est chez nous,
   ils n'ont aucun accès admin") too."""

from __future__ import annotations

import pytest

from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


# -- 1. a place joining named by its ordinal ----------------------------------------------------------------------------
@pytest.mark.parametrize("case, turns, side, lang, users, sites", [
    ("ordinal fr rejoint", ["contrat d'infogerance pour un reseau de 3 cabinets dentaires, 15 postes",
                            "un 4e cabinet rejoint le reseau, 5 postes de plus"], "msp", "fr", 20, 4),
    ("ordinal fr nous rejoint", ["on gere 2 agences immobilieres, 11 postes, contrat de maintenance",
                                 "une troisieme agence nous rejoint en mars avec 4 postes supplementaires"], "msp", "fr", 15, 3),
    ("ordinal fr integre", ["groupement de 5 boulangeries, 10 postes, infogerance",
                            "une sixieme boulangerie integre le groupement"], "msp", "fr", 10, 6),
    ("one more fr", ["contrat de support pour 3 salons de coiffure, 6 postes",
                     "un salon de plus rejoint la chaine, 2 postes de plus"], "msp", "fr", 8, 4),
    ("ordinal en joins", ["managed services contract for a chain of 4 garden centres, 20 users",
                          "a fifth garden centre joins the chain, with 3 more tills"], "msp", "en", 23, 5),
    ("ordinal en opening", ["we run IT for 2 bakeries, 6 users, support and backup",
                            "a third bakery is opening, 2 more tills"], "msp", "en", 8, 3),
    ("ordinal en coming", ["support contract for a chain of 5 opticians, 25 users",
                           "a sixth optician's shop joins the chain next month"], "msp", "en", 25, 6),
])
def test_a_place_joining_named_by_its_rank_sets_the_sites(tmp_path, entries, case, turns, side, lang, users, sites):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    scope = pub["state"]["scope"]
    assert (scope["users"], scope["sites"]) == (users, sites), f"{case}: {pub['act']} {scope}"


@pytest.mark.parametrize("message, sites", [
    ("un 4e cabinet rejoint le reseau", 4),
    ("a sixth salon joins the group", 6),
    ("une cinquieme officine nous rejoint", 5),
])
def test_the_rank_is_the_new_count(message, sites):
    from assistant.chat.slots import read_slots

    changes = read_slots(message).count_changes
    assert [c.apply(sites - 1) for c in changes if c.unit == "sites"] == [sites], f"{message}: {changes}"
    # the rank is the count even when the count held was one too few
    assert [c.apply(sites - 2) for c in changes if c.unit == "sites"] == [sites], f"{message}: {changes}"


# -- 2. people who will have a workstation too are added ----------------------------------------------------------------
@pytest.mark.parametrize("case, turns, side, lang, users", [
    ("fr stagiaires", ["cabinet d'architectes, 12 postes, support et sauvegarde",
                       "il y a aussi 2 stagiaires qui auront un poste, ajoute les"], "msp", "fr", 14),
    ("fr benevoles", ["association, 9 postes, un seul site, maintenance",
                      "ils ont 4 benevoles qui auront chacun un PC aussi, rajoute-les"], "msp", "fr", 13),
    ("fr saisonniers", ["camping, 7 postes, infogerance",
                        "on prend 3 saisonniers cet ete qui auront un ordinateur eux aussi, compte les"], "client", "fr", 10),
    ("en interns", ["accounting firm, 16 users, one office, managed support",
                    "they also have 3 interns who'll need a laptop too, add them"], "msp", "en", 19),
    ("en temps", ["we're a dental practice, 8 users, support and backup",
                  "we've got 2 temps starting who will each get a PC as well, count them in"], "client", "en", 10),
    ("en volunteers", ["charity with 11 users on 2 sites, helpdesk contract",
                       "plus 5 volunteers who'll have a workstation too, please add them"], "msp", "en", 16),
])
def test_people_who_will_have_a_workstation_too_are_added(tmp_path, entries, case, turns, side, lang, users):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    scope = pub["state"]["scope"]
    assert scope["users"] == users, f"{case}: {pub['act']} {scope}"


@pytest.mark.parametrize("message", [
    "ils ont 3 stagiaires qui auront un poste aussi",
    "2 interns who'll need a laptop too",
    "5 benevoles qui auront chacun un PC",
])
def test_one_workstation_each_is_no_count_of_one(message):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("users") != 1, f"{message}: {read_slots(message).facts}"


# -- 3. a part struck out and the new total stated -----------------------------------------------------------------------
@pytest.mark.parametrize("case, turns, side, lang, users", [
    ("fr formation", ["ecole de musique, 2 sites, 30 postes eleves + 15 postes administratifs, contrat de maintenance",
                      "en fait les postes eleves on ne les compte pas, c'est la region qui les gere. donc 15"], "client", "fr", 15),
    ("fr kiosques", ["office de tourisme, 12 bornes + 9 postes agents, infogerance",
                     "finalement les bornes on les sort, un autre prestataire s'en occupe, du coup 9 postes"], "client", "fr", 9),
    ("fr total", ["hotel, 25 postes dont 10 en salle de jeux, support",
                  "les 10 de la salle de jeux ne comptent pas, ca fait 15 au total"], "msp", "fr", 15),
    ("en kiosks", ["museum, 20 visitor kiosks plus 14 staff PCs, managed services",
                   "actually the kiosks don't count, the exhibition vendor looks after them. so 14"], "client", "en", 14),
    ("en lab", ["college, 40 lab PCs and 18 office PCs, support contract",
                "scrap the lab machines, the university handles those, which leaves 18 users"], "msp", "en", 18),
])
def test_a_part_struck_out_and_the_total_stated(tmp_path, entries, case, turns, side, lang, users):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    scope = pub["state"]["scope"]
    assert scope["users"] == users, f"{case}: {pub['act']} {scope}"
    assert "users" in pub["state"]["stated"], f"{case}: {pub['state']['stated']}"


# -- 4. who holds the keys, told from the speaker's own side ------------------------------------------------------------
@pytest.mark.parametrize("message, side, control", [
    ("le serveur est chez eux dans leur datacenter, et personne chez nous n'a les acces admin", "client", "exclusive"),
    ("l'appli tourne chez le presta, aucun de nous n'a de compte administrateur", "client", "exclusive"),
    ("nous n'avons aucun acces admin, tout est heberge chez eux", "client", "exclusive"),
    ("the box sits in their rack and none of us has an admin login", "client", "exclusive"),
    ("it's hosted at theirs and nobody on our side has admin rights", "client", "exclusive"),
    ("we don't have any admin access, it all runs in their datacentre", "client", "exclusive"),
    ("c'est chez nous, ils n'ont aucun acces admin", "msp", "exclusive"),
    ("it runs in our datacentre and they have no admin access", "msp", "exclusive"),
    ("the server is in our rack, none of them has an admin password", "msp", "exclusive"),
])
def test_control_told_from_the_speakers_side(message, side, control):
    from assistant.chat.slots import read_slots

    facts = read_slots(message, side_hint=side).facts
    assert facts.get("control") == control, f"{message}: {facts}"


@pytest.mark.parametrize("message, side", [
    ("ils n'ont aucun acces admin, c'est nous qui gerons tout en interne", "client"),
    ("they've got no admin access, our own IT team runs it", "client"),
    ("we have no admin access, the client's own IT runs everything", "msp"),
])
def test_the_mirror_is_not_read_as_exclusive(message, side):
    from assistant.chat.slots import read_slots

    facts = read_slots(message, side_hint=side).facts
    assert facts.get("control") != "exclusive", f"{message}: {facts}"


@pytest.mark.parametrize("case, turns, lang, word", [
    ("fr", ["on est une clinique veterinaire, 20 utilisateurs. le presta garantit 99,9% de disponibilite de l'appli, "
            "obligation de moyens ou de resultat ?",
            "l'appli est chez eux sur leurs serveurs, et personne chez nous n'a d'acces admin"], "fr", "resultat"),
    ("en", ["we're a law firm, 30 users. the provider promises 99.7% uptime for the case system - is that an obligation "
            "of result or of means?",
            "the server sits in their room and none of us has an admin login"], "en", "result"),
])
def test_control_told_after_the_obligation_question_answers_it(tmp_path, entries, case, turns, lang, word):  # noqa: F811
    from assistant.text import fold

    out, pub, state = run_turns(tmp_path, entries, turns, "client", lang)
    assert pub["state"]["scope"].get("control") == "exclusive", f"{case}: {pub['state']['scope']}"
    assert "control" in pub["state"]["stated"], f"{case}: {pub['state']['stated']}"
    assert word in fold(pub.get("answer") or ""), f"{case}: {pub.get('answer')}"
