"""Classes of turns the conversation misread (issue 14, thirtieth session, helper s30-dia), written with wordings of our
own (other trades, both languages, both sides), not the evaluation's:

1. the usual value of a clause's figure asked with no value and no unit ("what would a normal cap be?", "c'est quoi un
   plafond normal ?", "un préavis classique ce serait quoi ?"): the library's usual range for that figure, first;
2. an MSP's opening message that tells the deal being signed and what it leaves out ("on signe une…", "we're signing
   a…", "tout compris hors hébergement"): the contract drafted, every fact kept;
3. whether a guarantee is owed, asked indirectly for someone else ("le DAF veut savoir si…", "the owner asks whether…"):
   the obligations reading (means or result), never a scope change; a failure said not to happen ("le wifi ne tombe
   jamais", "the network never goes down") takes nothing out of the scope;
4. people counted in parts, each where it works ("12 postes au siège et 8 en agence", "10 users in London plus 5
   remote"): the parts summed, the places counted; a part inside the whole ("dont", "of them") never added;
5. the slot readers give the same reading whatever was read before (no state kept between messages or conversations).
"""

from __future__ import annotations

import re

import pytest

from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


def _fold(text: str) -> str:
    from assistant.text import fold

    return fold(text)


# -- 1. the usual value of a figure, asked by the figure's name alone ------------------------------------------------------
@pytest.mark.parametrize("case, turns, side, lang, has", [
    ("fr no table", ["on s'occupe de l'informatique d'une fromagerie, 6 postes", "c'est quoi un plafond de responsabilite normal ?"],
     "msp", "fr", r"\b12 mois"),
    ("fr on the clause", ["redige une clause de responsabilite cote client", "et un plafond classique ce serait combien ?"],
     "client", "fr", r"\b12 mois"),
    ("fr notice", ["clause de resiliation equilibree stp", "un preavis normal ce serait quoi ?"], "client", "fr",
     r"\b\d+ mois"),
    ("en no table", ["we're a small law office, 11 users", "what liability cap do people usually agree?"], "client", "en",
     r"\b12 months"),
    ("en on the clause", ["draft a liability clause for us as the provider", "what would a typical cap be?"], "msp", "en",
     r"\b12 months"),
    ("en penalty rate", ["we look after a printing shop, 9 users", "what penalty rate is standard?"], "client", "en",
     r"\d+ ?%"),
])
def test_the_usual_value_of_a_named_figure_opens_the_answer(tmp_path, entries, case, turns, side, lang, has):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub["act"] in ("question", "follow_up"), f"{case}: {pub['act']}"
    first = _fold(pub["answer"]).split("\n\n")[0]
    assert re.search(has, first), f"{case}: {pub['answer'][:400]}"
    assert not re.search(r"je ne trouve rien|i find nothing", _fold(pub["answer"])), f"{case}: {pub['answer'][:300]}"


# -- 2. the deal being signed, told in the MSP's first message --------------------------------------------------------------
@pytest.mark.parametrize("case, message, lang, users, sites, out_of_scope", [
    ("fr decroche hors", "on vient de decrocher une agence de voyages, 3 agences et 17 postes, tout compris hors hebergement",
     "fr", 17, 3, "hosting"),
    ("fr on signe", "on signe une cave a vins, 2 boutiques, 7 postes, ils veulent tout sauf la telephonie", "fr", 7, 2,
     "telephony"),
    ("en signing", "we're signing a florist with 2 shops and 6 users, everything except hosting", "en", 6, 2, "hosting"),
    ("en signed up", "just signed up a chain of 4 gyms, 20 staff, they want helpdesk and backups but no phones", "en", 20, 4,
     "telephony"),
])
def test_the_deal_being_signed_is_drafted_with_its_facts(tmp_path, entries, case, message, lang, users, sites,  # noqa: F811
                                                          out_of_scope):
    out, pub, state = run_turns(tmp_path, entries, [message], "msp", lang)
    assert pub["act"] == "draft_contract", f"{case}: {pub['act']}"
    scope = pub["state"]["scope"]
    assert (scope["users"], scope["sites"]) == (users, sites), f"{case}: {scope}"
    assert out_of_scope not in scope["services"] + scope["assets"], f"{case}: {scope}"
    assert pub["contract"] and pub["contract"]["markdown"], case


# -- 3. whether a guarantee is owed, asked for someone else ------------------------------------------------------------------
@pytest.mark.parametrize("case, turns, lang", [
    ("fr daf", ["on gere le parc d'une imprimerie, 15 postes", "le DAF veut savoir si on est obliges de garantir que le "
                                                               "serveur ne plante jamais"], "fr"),
    ("fr directrice", ["contrat pour une creche, 4 postes, 1 site", "la directrice me demande si on doit garantir que "
                                                                    "le reseau ne coupe jamais"], "fr"),
    ("en owner", ["we support a bike shop, 5 users, one site", "the owner is asking whether we have to guarantee the "
                                                               "firewall never fails"], "en"),
    ("en partner", ["managed IT for a small accountancy, 12 users", "one of the partners wants to know if we must "
                                                                    "promise the network never goes down"], "en"),
])
def test_whether_a_guarantee_is_owed_asked_for_someone_else(tmp_path, entries, case, turns, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "msp", lang)
    assert pub["act"] in ("question", "obligations"), f"{case}: {pub['act']}"
    scope = pub["state"]["scope"]
    assert {"servers", "network"} <= set(scope["assets"]), f"{case}: {scope}"
    assert not re.search(r"retire du perimetre|removed from (the )?scope", _fold(pub["answer"])), f"{case}: {pub['answer']}"


@pytest.mark.parametrize("message, thing", [
    ("il faut garantir que le wifi ne tombe jamais", "network"),
    ("they want us to promise the server never goes down", "servers"),
    ("le serveur ne plante pas souvent", "servers"),
    ("the firewall doesn't fail often", "network"),
])
def test_a_failure_said_not_to_happen_takes_nothing_out(message, thing):
    from assistant.chat.slots import read_slots

    s = read_slots(message)
    assert thing not in s.remove_assets and thing not in s.remove_services, f"{message}: {s.remove_assets} {s.remove_services}"


@pytest.mark.parametrize("message, thing", [
    ("pas de wifi chez eux", "network"),
    ("no servers, everything is in the cloud", "servers"),
])
def test_a_thing_denied_is_still_taken_out(message, thing):
    from assistant.chat.slots import read_slots

    assert thing in read_slots(message).remove_assets, message


# -- 4. people counted in parts, each where it works -------------------------------------------------------------------------
@pytest.mark.parametrize("message, users, sites", [
    ("on a 14 postes au siege et 6 a l'entrepot", 20, 2),
    ("11 salaries a Rennes et 4 a Vannes", 15, 2),
    ("16 collaborateurs au cabinet et 3 en teletravail", 19, None),
    ("9 users at head office and another 7 in the warehouse", 16, 2),
    ("6 staff in Leeds, 5 in York and 2 in Hull", 13, 3),
    ("we have 30 users in Bristol plus 8 remote", 38, None),
])
def test_people_counted_in_parts_are_summed(message, users, sites):
    from assistant.chat.slots import read_slots

    facts = read_slots(message).facts
    assert facts.get("users") == users, f"{message}: {facts}"
    if sites is not None:
        assert facts.get("sites") == sites, f"{message}: {facts}"


@pytest.mark.parametrize("message, users", [
    ("35 postes dont 8 portables", 35),
    ("on a 24 postes au siege dont 4 au service compta", 24),
    ("we have 40 users, 12 of them remote", 40),
    ("50 staff at the office, including 6 in the lab", 50),
    ("18 postes au bureau et 2 serveurs dans la baie", 18),
])
def test_a_part_inside_the_whole_is_not_added(message, users):
    from assistant.chat.slots import read_slots

    facts = read_slots(message).facts
    assert facts.get("users") == users, f"{message}: {facts}"


def test_parts_summed_reach_the_conversation_state(tmp_path, entries):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, ["on a 14 postes au siege et 6 a l'entrepot"], "client", "fr")
    assert (pub["state"]["scope"]["users"], pub["state"]["scope"]["sites"]) == (20, 2), pub["state"]["scope"]
    assert {"users", "sites"} <= set(pub["state"]["stated"])


# -- 5. no state kept between readings ---------------------------------------------------------------------------------------
_READINGS = [
    "contrat pour une brasserie, 12 postes, 2 sites, sans hebergement",
    "we host nothing for them, 30 users across 3 offices",
    "passe le plafond a 6 mois",
    "la gerante demande si on est tenus de garantir que le wifi ne tombe jamais",
    "14 postes au siege et 6 a l'entrepot",
    "clause de reversibilite cote client, 24/7",
]


def test_slot_readings_do_not_depend_on_what_was_read_before():
    from assistant.chat.slots import read_slots

    def reading(message):
        s = read_slots(message)
        return {k: (sorted(v) if isinstance(v, set) else v) for k, v in vars(s).items() if k != "quantities"}

    forward = [reading(m) for m in _READINGS]
    backward = [reading(m) for m in reversed(_READINGS)][::-1]
    again = [reading(m) for m in _READINGS]
    assert forward == backward == again


def test_a_conversation_reads_the_same_after_another_one(tmp_path, entries):  # noqa: F811
    turns = ["on signe une cave a vins, 2 boutiques, 7 postes, ils veulent tout sauf la telephonie", "passe le preavis a 2 mois"]
    for sub in "abc":
        (tmp_path / sub).mkdir()
    _, alone, _ = run_turns(tmp_path / "a", entries, turns, "msp", "fr")
    run_turns(tmp_path / "b", entries, ["we're a client, 80 users on 5 sites, 24/7", "draft a liability clause for us",
                                        "make the cap 3 months"], "client", "en")
    _, after, _ = run_turns(tmp_path / "c", entries, turns, "msp", "fr")
    for pub in (alone, after):
        pub.pop("conversation", None)
    assert alone["act"] == after["act"] and alone["state"] == after["state"], (alone["state"], after["state"])
    assert (alone["contract"] or {}).get("markdown") == (after["contract"] or {}).get("markdown")


# -- 2b. the provider's first facts with no contract asked: noted, the contract offered, "yes" drafts it ----------------------
@pytest.mark.parametrize("case, turns, lang", [
    ("fr oui", ["on s'occupe d'une auto-ecole, 2 agences, 6 postes", "oui vas-y"], "fr"),
    ("fr ok redige", ["cabinet de sophrologie, 3 postes, un seul local", "ok redige le"], "fr"),
    ("en yes", ["it's a pet grooming salon, 4 users on one site", "yes please"], "en"),
    ("en go ahead", ["small brewery, 2 sites, 11 staff", "sure, go ahead"], "en"),
])
def test_the_contract_offered_after_the_deal_facts_is_drafted_on_yes(tmp_path, entries, case, turns, lang):  # noqa: F811
    (tmp_path / "first").mkdir()
    _, first, _ = run_turns(tmp_path / "first", entries, turns[:1], "msp", lang)
    assert first["act"] == "state_fact", f"{case}: {first['act']}"
    assert re.search(r"rediger? le contrat|draft the contract", _fold(first["answer"])), f"{case}: {first['answer']}"
    assert re.search(r"pas un conseil juridique|not legal advice", _fold(first["answer"])), case
    out, pub, state = run_turns(tmp_path, entries, turns, "msp", lang)
    assert pub["act"] == "draft_contract", f"{case}: {pub['act']}"
    assert pub["contract"] and pub["contract"]["markdown"], case


@pytest.mark.parametrize("case, turns, lang, act", [
    ("fr question next", ["on s'occupe d'une auto-ecole, 2 agences, 6 postes", "c'est quoi une GTR ?"], "fr", "explain_term"),
    ("en clause next", ["it's a pet grooming salon, 4 users on one site", "draft a liability clause"], "en", "draft_clause"),
])
def test_the_offer_does_not_hold_the_next_message(tmp_path, entries, case, turns, lang, act):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "msp", lang)
    assert pub["act"] == act, f"{case}: {pub['act']}"
    assert pub["contract"] is None, case


def test_no_offer_to_a_client_nor_after_the_first_turn(tmp_path, entries):  # noqa: F811
    (tmp_path / "c").mkdir()
    _, client, _ = run_turns(tmp_path / "c", entries, ["on est une auto-ecole, 2 agences, 6 postes"], "client", "fr")
    assert not re.search(r"rediger? le contrat", _fold(client["answer"])), client["answer"]
    _, later, _ = run_turns(tmp_path, entries, ["c'est quoi une GTR ?", "on a 2 agences et 6 postes"], "msp", "fr")
    assert not re.search(r"rediger? le contrat", _fold(later["answer"])), later["answer"]


# -- 6. what the control fact just told changes, asked: the obligations of the subject on the table read again ----------------
@pytest.mark.parametrize("case, turns, lang", [
    ("fr mutuelle", ["on est une mutuelle, 40 postes sur 2 sites", "leur contrat met la disponibilite en obligation de moyens, "
                     "on accepte ?", "precision : le presta est le seul a avoir les droits admin, on n'a aucun acces",
                     "du coup ca change quoi ?"], "fr"),
    ("en school", ["we're a private school, 60 staff users, one campus", "the msp wants availability as best efforts only, "
                   "is that ok for us?", "only they have the admin passwords, our office can't install anything",
                   "does that change anything?"], "en"),
])
def test_what_the_control_fact_changes_is_the_obligation_read_again(tmp_path, entries, case, turns, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "client", lang)
    assert pub["act"] in ("follow_up", "obligations", "question"), f"{case}: {pub['act']}"
    assert "control" in pub["state"]["stated"], f"{case}: {pub['state']['stated']}"
    assert re.search(r"resultat|result", _fold(pub["answer"])), f"{case}: {pub['answer'][:400]}"
    assert not re.search(r"2286|retention|droit de retention", _fold(pub["answer"])), f"{case}: {pub['answer'][:400]}"


# -- 2c. tills counted are seats (the deal's facts all kept) -------------------------------------------------------------------
@pytest.mark.parametrize("message, users", [
    ("une fromagerie, 2 boutiques, 5 caisses", 5),
    ("a farm shop with 2 tills and 3 pcs in the office", 5),
    ("11 postes + 4 caisses enregistreuses", 15),
    ("a deli, 3 shops, 7 tills", 7),
])
def test_tills_are_seats(message, users):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("users") == users, f"{message}: {read_slots(message).facts}"


@pytest.mark.parametrize("message, users", [
    ("30 salaries et 6 caisses", 30),          # people counted: the headcount holds
    ("we have 18 staff, 4 tills", 18),
    ("25 postes dont 6 caisses", 25),          # inside the seats counted
])
def test_tills_beside_a_headcount_or_inside_the_seats_add_nothing(message, users):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("users") == users, f"{message}: {read_slots(message).facts}"
