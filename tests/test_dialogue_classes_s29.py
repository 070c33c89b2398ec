"""Classes of turns a new user's conversation misread (issue 14, twenty-ninth session, helper s29-dia), written BEFORE
the fixes with wording of our own (other trades, both languages, both sides, typos, no accents, several facts a message):

1. places told as the members of a chain, network or group ("un réseau de 9 opticiens", "a chain of 6 launderettes",
   "3 bases nautiques"): sites, whatever the trade's noun;
2. facts told in a message whose act is another one (a search of precedents, an export, the objections, a definition):
   noted in the state all the same;
3. "double it", "halve that", "triple" a turn after a figure was set, with a question in between that left the clause
   as it was: applied to the figure still in focus;
4. a guarantee the other side asks of the provider ("qu'on garantisse que…", "they want us to guarantee…"): a question
   on that commitment, never out of scope;
5. the text on the table asked in another language ("en anglais pour le DG", "in French for our accountant"): a
   rephrase, never out of scope;
6. "rédige-m'en une" / "draft me one" with no draft yet, after a turn on a clause's topic: that clause drafted."""

from __future__ import annotations

import re

import pytest

from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


def _fold(text: str) -> str:
    from assistant.text import fold

    return fold(text)


# -- 1. places told as a chain, a network or a group are sites ------------------------------------------------------------
@pytest.mark.parametrize("message, sites", [
    ("on gere un reseau de 9 opticiens, 30 postes", 9),
    ("c'est une chaine de 5 fleuristes en Bretagne", 5),
    ("client : un groupement de 4 librairies independantes", 4),
    ("we look after a chain of 6 launderettes", 6),
    ("they're a network of 12 physiotherapists' practices", 12),
    ("a group of 3 bookshops, 14 users", 3),
    ("ecole de voile, 3 bases nautiques, 20 salaries", 3),
    ("a diving club with 2 bases and 8 laptops", 2),
])
def test_places_told_as_a_chain_or_network_are_sites(message, sites):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("sites") == sites, f"{message}: {read_slots(message).facts}"


@pytest.mark.parametrize("message", [
    "un reseau de 40 postes et 3 switchs",
    "a network of 25 laptops",
    "2 bases de donnees clients a migrer",
    "a chain of 3 emails went unanswered",
    "un groupe de 6 salaries",
])
def test_no_sites_from_a_chain_of_things_that_are_no_places(message):
    from assistant.chat.slots import read_slots

    facts = read_slots(message).facts
    assert "sites" not in facts, f"{message}: {facts}"


# -- 2. facts told in a message whose act is another one --------------------------------------------------------------
@pytest.mark.parametrize("case, turns, side, lang, users, sites", [
    ("precedents fr", ["garage auto, 9 postes, 2 ateliers. retrouve moi dans mes vieux contrats une clause de resiliation"],
     "msp", "fr", 9, 2),
    ("precedents en", ["it's a vet practice with 7 users on one site - can you dig out a liability clause I've used before?"],
     "msp", "en", 7, 1),
    ("objections fr", ["redige une clause de reversibilite cote presta",
                       "ils ont 14 postes sur 3 agences, ils vont tiquer sur quoi ?"], "msp", "fr", 14, 3),
    ("explain en", ["draft a liability clause for us as the customer",
                    "we're 22 staff across 2 offices btw - what does consequential loss mean?"], "client", "en", 22, 2),
])
def test_facts_in_a_message_of_another_act_are_noted(tmp_path, entries, case, turns, side, lang, users, sites):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    scope = pub["state"]["scope"]
    assert (scope["users"], scope["sites"]) == (users, sites), f"{case}: {pub['act']} {scope}"
    assert {"users", "sites"} <= set(pub["state"]["stated"]), f"{case}: {pub['state']['stated']}"


# -- 3. a relative change a turn later, on the figure still in focus --------------------------------------------------------
@pytest.mark.parametrize("case, turns, lang, has, lacks", [
    ("fr double after objections", ["redige une clause de responsabilite cote presta", "mets le plafond a 3 mois de redevance",
                                    "le client va dire quoi ?", "double le"], "fr", r"\b6 mois|six \(6\) mois|six mois",
     r"\b3 mois de redevance"),
    ("en halve after a question", ["draft a reversibility clause for us as the provider", "make the transition period 8 months",
                                   "is that usual?", "halve it"], "en", r"\b4 months|four \(4\) months|four months",
     r"\b8 months"),
    ("fr triple after a definition", ["clause de resiliation cote client stp", "preavis de 1 mois",
                                      "c'est quoi deja une resiliation pour convenance ?", "triple le"], "fr",
     r"\b3 mois|trois \(3\) mois|trois mois", r"\b1 mois\b|un \(1\) mois"),
    ("en double after objections", ["write a liability clause for us as the MSP", "set the cap at 2 months of fees",
                                    "what will they push back on?", "double that"], "en", r"\b4 months|four \(4\) months",
     r"\b2 months"),
])
def test_a_relative_change_after_a_turn_between_applies_to_the_figure_in_focus(tmp_path, entries, case, turns, lang, has,  # noqa: F811
                                                                                lacks):
    side = "msp" if "presta" in turns[0] or "provider" in turns[0] or "MSP" in turns[0] else "client"
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub["act"] == "set_figure", f"{case}: {pub['act']}"
    text = _fold(pub["draft"]["text"])
    assert re.search(has, text), f"{case}: {has} not in draft"
    assert not re.search(lacks, text), f"{case}: {lacks} still in draft"


# -- 4. a guarantee asked of the provider --------------------------------------------------------------------------------
@pytest.mark.parametrize("case, turns, side, lang", [
    ("fr msp", ["on infogere une mutuelle, 30 postes. on est sur une obligation de moyens ?",
                "et ils exigent qu'on garantisse que leurs serveurs ne tomberont jamais"], "msp", "fr"),
    ("fr client no accents", ["notre presta heberge nos donnees, 12 postes",
                              "on voudrait qu'il nous garantisse qu'on sera jamais victime d'un rancongiciel"], "client", "fr"),
    ("en msp", ["we run the IT of a small hotel, 9 users, means or result?",
                "they also want us to guarantee nobody will ever break into their wifi"], "msp", "en"),
    ("en client", ["our provider hosts our shop's site, 5 staff",
                   "can we make them promise we'll never lose a single order?"], "client", "en"),
])
def test_a_guarantee_asked_is_a_question_not_out_of_scope(tmp_path, entries, case, turns, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub["act"] in ("question", "follow_up", "obligations"), f"{case}: {pub['act']}"
    assert not re.search(r"sort de ce champ|outside (that|this|my) field", _fold(pub["answer"])), f"{case}: {pub['answer']}"


# -- 5. the text on the table asked in another language --------------------------------------------------------------------
@pytest.mark.parametrize("case, turns, lang", [
    ("fr en anglais", ["redige une clause de confidentialite equilibree", "en anglais pour notre DG qui est irlandais"], "fr"),
    ("fr version anglaise", ["redige une clause de responsabilite cote client", "tu peux me sortir la version anglaise ?"], "fr"),
    ("en in french", ["draft a balanced termination clause", "now in French for our accountant please"], "en"),
    ("en translate", ["draft a balanced confidentiality clause", "could you translate it into french for the board"], "en"),
])
def test_the_text_asked_in_another_language_is_a_rephrase(tmp_path, entries, case, turns, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "client", lang)
    assert pub["act"] == "rephrase", f"{case}: {pub['act']}"


# -- 6. "draft me one" with no draft yet: the clause of the topic in focus --------------------------------------------------
@pytest.mark.parametrize("case, turns, side, lang, topic", [
    ("fr after precedents", ["tu retrouves dans mes contrats une clause de confidentialite ?", "bon fais m'en une equilibree"],
     "msp", "fr", "confidentiality"),
    ("fr after a question", ["c'est quoi une bonne clause de reversibilite pour un client ?", "redige m'en une"],
     "client", "fr", "reversibility"),
    ("en after precedents", ["find me a liability clause from my old contracts", "ok just draft me a balanced one"],
     "msp", "en", "liability"),
    ("en after a question", ["what should a termination clause say for a customer?", "write one for us then"],
     "client", "en", "termination"),
])
def test_draft_me_one_with_no_draft_is_the_clause_in_focus(tmp_path, entries, case, turns, side, lang, topic):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub["act"] in ("draft_clause", "change_position"), f"{case}: {pub['act']}"
    assert pub["draft"] and pub["draft"]["topic"] == topic, f"{case}: {pub['draft'] and pub['draft']['topic']}"


# -- 7. a thing excluded by a pronoun after the sentence naming it (with the s28 strict xfail's two cases) ------------------
@pytest.mark.parametrize("message, thing", [
    ("et la gestion des badges d'acces ? on ne veut pas que le prestataire y touche", "la gestion des badges d'acces"),
    ("quid des bornes de recharge du parking ? on veut pas qu'ils y mettent les mains", "des bornes de recharge du parking"),
    ("what about the tills in the shop? we don't want them touching those", "the tills in the shop"),
    ("and the lab's analysers - we don't want the MSP anywhere near them", "the lab's analysers"),
])
def test_a_thing_excluded_by_a_pronoun_is_read_with_its_antecedent(message, thing):
    from assistant.chat.said_exclusions import excluded_by_pronoun

    assert excluded_by_pronoun(message) == thing, message


@pytest.mark.parametrize("message", [
    "on ne veut pas que le prestataire touche aux serveurs",  # named, not by a pronoun: the scope readers' business
    "we don't want them touching the firewall rules without asking",
    "et la sauvegarde ? elle est incluse ?",
])
def test_no_exclusion_by_pronoun_where_none_is_said(message):
    from assistant.chat.said_exclusions import excluded_by_pronoun

    assert excluded_by_pronoun(message) is None, message


@pytest.mark.parametrize("turns, lang", [
    (["contrat de maintenance pour une mediatheque, 2 sites, 18 postes",
      "et les automates de pret ? on ne veut pas que le presta y touche"], "fr"),
    (["we're tendering IT support for a marina, 2 sites, 12 users",
      "what about the fuel pump controllers? we don't want the contractor touching them"], "en"),
])
def test_a_thing_excluded_by_a_pronoun_is_said_back_and_kept(tmp_path, entries, turns, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "client", lang)
    assert pub["act"] == "add_remove", pub["act"]
    assert re.search(r"exclu|hors (du )?perimetre|out of (the )?scope|excluded", _fold(pub["answer"])), pub["answer"]
    assert any(c.get("kind") == "excluded" for c in state.conditions), state.conditions


# -- 8. a word's meaning asked against another ("c'est quoi X déjà, par rapport à Y ?", "what does X even mean vs Y") ----
@pytest.mark.parametrize("case, message, lang, has", [
    ("fr ccap vs cctp", "au fait c'est quoi le CCAP, par rapport au CCTP ?", "fr", r"administrati"),
    ("fr gtr vs gti", "c'est quoi une GTR deja, par rapport a la GTI ?", "fr", r"retabli|resolution|remise en service"),
    ("en sla credits", "what does a service credit even mean vs a penalty", "en", r"credit"),
    ("en rto vs rpo", "what's an RTO again, compared to an RPO?", "en", r"recover|restor|time"),
])
def test_a_meaning_asked_against_another_is_a_definition(tmp_path, entries, case, message, lang, has):  # noqa: F811
    turns = ["on prepare un marche public d'infogerance, 3 sites" if lang == "fr" else "we're a client, 3 sites, 40 users",
             message]
    out, pub, state = run_turns(tmp_path, entries, turns, "client", lang)
    assert pub["act"] == "explain_term", f"{case}: {pub['act']}"
    assert re.search(has, _fold(pub["answer"])), f"{case}: {pub['answer'][:300]}"


@pytest.mark.parametrize("turns, lang", [
    (["contrat pour un cabinet de geometres, 7 postes, 1 site", "la gerante demande si on est tenus de garantir que le wifi "
      "ne tombe jamais"], "fr"),
    (["managed services for a small brewery, 6 users, one site", "the owner asks whether we have to guarantee the "
      "backups always work"], "en"),
])
def test_whether_a_guarantee_is_owed_is_asked_not_demanded(tmp_path, entries, turns, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "msp", lang)
    assert pub["act"] in ("question", "obligations"), pub["act"]
