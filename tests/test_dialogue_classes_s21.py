"""Classes of turns the chat got wrong on the dev half of the dialogue sets (issue 14, twenty-first session), each
written as a generalisation batch BEFORE the fixes (first run recorded in the session's report):

- A. who holds the keys, read from the speaker's side: "we have no access" is the client without the keys when a client
  says it (the provider alone), the provider without them when the provider says it (not the provider alone); "they
  have no access" the other way round; hosting one system says nothing of who holds the keys;
- B. the keys held by both sides in plain words ("we both have the admin passwords", "on a tous les deux les accès",
  "chacun a ses accès admin"): shared control;
- C. a first message from the provider that tells the client and the services without the word "contract": the
  contract to draft; the same facts with a question asked are a question;
- D. how much of a figure to give or keep, asked ("on leur laisse combien ?", "how much should we give them?"): a
  question about the figure, never read by the learned reader as the other side's objections;
- F. identity documents (passports, ID cards, driving licences, their scans and copies): personal data; scans of
  things (invoices, plans) are none;
- G. a clause ordered with its side named while a contract is in progress ("rédige-moi la clause pénalités côté
  presta"): that clause drafted, not the contract's side changed;
- H. a bare value said again right after a sum or count was stated ("make that 1,500 actually", "mets plutôt 2 300"):
  that sum or count set anew; a value asked about is no change;
- T. what a term means, asked casually: explained (explain_term or a question), with what the term is.

Every message is our own (FR and EN, casual, typos, figures in words, both speaker sides), written for this batch
before the fixes. Each case is a short conversation run through the offline engine (no index), or the slot reader."""

from __future__ import annotations

import re

import pytest

from assistant.chat.slots import read_slots
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)
from tests.test_dialogue_classes_s18 import _talk


def _spaces(text: str) -> str:
    return re.sub(r"[\u00a0\u202f]", " ", text)  # French figures are written with no-break spaces ("2 300")


def _contract(pub) -> str:
    return _spaces((pub.get("contract") or {}).get("markdown") or "")


def _draft(pub) -> str:
    return _spaces((pub.get("draft") or {}).get("text") or "")


_CONTRACT_FR = "contrat d'infogérance pour un cabinet de géomètres, 1 site, 13 postes, heures ouvrées"
_CONTRACT_EN = "managed services agreement for a small brewery, 14 users, one site, business hours"


# -- A. the keys, read from the speaker's side -------------------------------------------------------------------------
# (text, speaker, the control it states: "exclusive" = the provider alone, "shared" = not the provider alone)
SPEAKER_SIDE = [
    # the provider speaking of itself without the keys: not the provider alone
    ("we have no access to their servers, their IT guy keeps all the passwords", "msp", "shared"),
    ("honestly we got zero admin rights on that network", "msp", "shared"),
    ("nous n'avons aucun accès admin sur leurs serveurs", "msp", "shared"),
    ("on a pas les mots de passe, c'est leur informaticien qui les garde", "msp", "shared"),
    # the client speaking of the provider without the keys
    ("they have no access to our servers, they only come when we call", "client", "shared"),
    ("ils n'ont aucun accès admin chez nous", "client", "shared"),
    # the other side without the keys, said by either side: the provider alone
    ("they have no access to the servers at all", "msp", "exclusive"),
    ("ils n'ont aucun accès aux serveurs", "msp", "exclusive"),
    ("we have no admin access, they run it", "client", "exclusive"),
    ("nous on n'a aucun accès admin", "client", "exclusive"),
    # the subject named: whoever speaks
    ("the client has no admin access", "client", "exclusive"),
    ("nos salariés n'ont aucun accès admin, tout passe par le presta", "client", "exclusive"),
    # (added after the first run, from the dev set's own miss: nobody at the client with the keys, told by the provider)
    ("we run their network and nobody over there has admin rights", "msp", "exclusive"),
    ("personne chez eux n'a les mots de passe admin", "msp", "exclusive"),
]


@pytest.mark.parametrize("text, side, control", SPEAKER_SIDE)
def test_the_keys_are_read_from_the_speakers_side(text, side, control):
    assert read_slots(text, side_hint=side).facts.get("control") == control, text


@pytest.mark.parametrize("text, side", [
    ("we host their booking app on our servers", "msp"),
    ("on héberge leur logiciel de caisse dans notre datacenter", "msp"),
    ("we host their website", "msp"),
])
def test_hosting_one_system_says_nothing_of_the_keys(text, side):
    assert "control" not in read_slots(text, side_hint=side).facts, text


@pytest.mark.parametrize("text", [
    "on héberge et on exploite seuls tous leurs serveurs",
    # (added after the first run: test_dialogue_classes_s15 holds the machines themselves hosted as the provider's hold)
    "we host their servers in our own datacentre",
])
def test_hosting_the_machines_stays_exclusive(text):
    assert read_slots(text, side_hint="msp").facts.get("control") == "exclusive", text


def test_the_speakers_side_carries_through_the_conversation(tmp_path, entries):  # noqa: F811
    _out, pub = _talk(tmp_path, entries, [_CONTRACT_EN, "fyi we don't have any admin access, their sysadmin has it all"],
                      "msp", "en")
    assert pub["state"]["scope"]["control"] == "shared", pub["state"]["scope"]["control"]
    _out, pub = _talk(tmp_path, entries, [_CONTRACT_FR, "ils ont zéro accès admin, on gère tout"], "msp", "fr")
    assert pub["state"]["scope"]["control"] == "exclusive", pub["state"]["scope"]["control"]


# -- B. both sides with the keys ---------------------------------------------------------------------------------------
BOTH = [
    ("we both have the admin passwords", "msp"),
    ("we both have the admin passwords", "client"),
    ("on a tous les deux les accès admin", "client"),
    ("on a tous les deux les accès", "msp"),
    ("both of us hold admin on the file server", "client"),
    ("eux et nous avons les mots de passe admin", "msp"),
    ("chacun a ses accès admin, eux et nous", "client"),
    ("they have admin and so do we", "msp"),
]


@pytest.mark.parametrize("text, side", BOTH)
def test_keys_held_by_both_are_shared(text, side):
    assert read_slots(text, side_hint=side).facts.get("control") == "shared", text


@pytest.mark.parametrize("text", [
    "we both think the cap is too low",
    "on a tous les deux signé le devis",
    "both of us want a 3 year term",
])
def test_both_without_the_keys_says_nothing_of_control(text):
    assert "control" not in read_slots(text, side_hint="msp").facts, text


# -- C. a first message telling the client and the services, without the word "contract" --------------------------------
FIRST_DEAL = [
    ("C1", "bike shop chain, 5 stores, 21 users. we do helpdesk and patching, no backups, they've got their own", "msp",
     "en", {"users": 21, "sites": 5}),
    ("C2", "cabinet de kiné, 2 cabinets, 7 postes, on gère le support et les sauvegardes, pas la téléphonie", "msp", "fr",
     {"users": 7, "sites": 2}),
    ("C3", "new one: a bakery group with 3 shops, twelve people, we'd look after the tills and the wifi", "msp", "en",
     {"users": 12, "sites": 3}),
    ("C4", "une asso sportive, 1 site, 6 postes, on ferait la maintenance et la supervision, heures de bureau", "msp",
     "fr", {"users": 6, "sites": 1}),
    ("C5", "plumbing firm, 2 depots, 30 staff. we handle support + monitoring, not the phones", "msp", "en",
     {"users": 30, "sites": 2}),
    ("C6", "garage auto 1 site 9 postes on fait le support a distance et les mises a jour", "msp", "fr",
     {"users": 9, "sites": 1}),
]


@pytest.mark.parametrize("case, message, side, lang, scope", FIRST_DEAL, ids=[c[0] for c in FIRST_DEAL])
def test_a_deal_told_without_the_word_contract_is_drafted(tmp_path, entries, case, message, side, lang,  # noqa: F811
                                                          scope):
    out, pub = _talk(tmp_path, entries, [message], side, lang)
    assert out.act == "draft_contract", f"{case}: read as {out.act}"
    assert _contract(pub), f"{case}: no contract"
    for key, value in scope.items():
        assert pub["state"]["scope"][key] == value, f"{case}: {key} {pub['state']['scope'][key]}"


FIRST_ASKED = [
    ("CN1", "we're a 25 person architecture firm, 2 offices, the MSP would do helpdesk and backups. what should we "
            "look out for?", "client", "en"),
    ("CN2", "bike shop chain, 5 stores, 21 users, we do helpdesk and patching. can we promise a 4h fix time?", "msp",
     "en"),
    ("CN3", "cabinet de kiné, 2 cabinets, 7 postes, on gère le support. la sauvegarde c'est une obligation de résultat ?",
     "msp", "fr"),
]


@pytest.mark.parametrize("case, message, side, lang", FIRST_ASKED, ids=[c[0] for c in FIRST_ASKED])
def test_the_same_facts_with_a_question_are_answered(tmp_path, entries, case, message, side, lang):  # noqa: F811
    out, _pub = _talk(tmp_path, entries, [message], side, lang)
    assert out.act in ("question", "obligations", "follow_up"), f"{case}: read as {out.act}"


# -- D. how much of a figure to give, asked ----------------------------------------------------------------------------
_PEN_FR = "rédige la clause de pénalités côté prestataire, plafond 8 % de la redevance mensuelle"
_LIA_EN = "draft the liability clause for our side, cap at 6 months of fees"

HOW_MUCH = [
    "on leur laisse combien ?",
    "on leur lâche combien sur le plafond ?",
    "et on peut descendre jusqu'à combien ?",
    "how much should we give them?",
    "how far can we go on the cap?",
    "what figure do we offer them then?",
]


@pytest.mark.parametrize("text", HOW_MUCH)
def test_how_much_to_give_is_left_to_the_regular_reader(text):
    from assistant.chat.act_model import may_gate
    from assistant.chat.acts import classify
    from assistant.chat.state import ClauseOnTable, ConversationState, LastAnswer

    state = ConversationState(clause=ClauseOnTable(topic="penalties"),
                              last=LastAnswer(act="set_figure", tool="revise_clause", topic="penalties", text="…"))
    understood = classify(text, read_slots(text, topic_hint="penalties"), state)
    assert understood.act in ("question", "follow_up"), f"{text}: read as {understood.act}"
    assert not may_gate(text, understood, state), text


@pytest.mark.parametrize("setup, message, side, lang", [
    ([_PEN_FR, "le client en veut 15"], "on leur laisse combien ?", "msp", "fr"),
    ([_LIA_EN, "they want 12 months"], "how much should we give them?", "msp", "en"),
])
def test_how_much_to_give_is_a_question_in_the_conversation(tmp_path, entries, setup, message, side, lang):  # noqa: F811
    out, pub = _talk(tmp_path, entries, [*setup, message], side, lang)
    assert out.act in ("question", "follow_up"), out.act
    assert pub["answer"].strip()


def test_a_figure_given_is_still_set(tmp_path, entries):  # noqa: F811
    out, pub = _talk(tmp_path, entries, [_PEN_FR, "le client en veut 15", "on leur laisse 12"], "msp", "fr")
    assert out.act == "set_figure", out.act
    assert re.search(r"\b12 ?%", _draft(pub))


# -- F. identity documents ---------------------------------------------------------------------------------------------
ID_DOCS = [
    ("ils ont les passeports scannés des clients sur leur serveur", "msp"),
    ("customers' ID scans and names go through the tablets we look after", "msp"),
    ("on garde des copies de cartes d'identité des locataires dans le logiciel", "client"),
    ("the rental desk photocopies every driving licence and stores it on the NAS", "msp"),
    ("les permis de conduire des clients sont scannés a l'accueil", "client"),
    ("we keep scans of our guests passports for the hotel register", "client"),
    ("y a les pièces d'identité des adhérents dans le dossier partagé", "msp"),
]


@pytest.mark.parametrize("text, side", ID_DOCS)
def test_identity_documents_are_personal_data(text, side):
    assert read_slots(text, side_hint=side).facts.get("personal_data") is True, text


@pytest.mark.parametrize("text", [
    "the supplier invoices are scanned and stored on the NAS",
    "les plans scannés des chantiers sont sur le serveur",
    "the server's ID in the monitoring tool is SRV-02",
])
def test_scans_of_things_are_no_personal_data(text):
    assert read_slots(text, side_hint="msp").facts.get("personal_data") is not True, text


def test_identity_documents_stated_in_the_conversation(tmp_path, entries):  # noqa: F811
    out, pub = _talk(tmp_path, entries, [_CONTRACT_FR, "ah et ils scannent les cartes d'identité des clients"], "msp", "fr")
    assert out.act in ("state_fact", "follow_up"), out.act
    assert "personal_data" in pub["state"]["stated"]


# -- G. a clause ordered with its side, a contract in progress ---------------------------------------------------------
CLAUSE_WITH_SIDE = [
    ("G1", "redige moi la clause penalites cote presta, plafond 5 % de la redevance mensuelle", "msp", "fr", "penalties",
     "msp"),
    ("G2", "draft the liability clause from our side, cap at 6 months of fees", "msp", "en", "liability", "msp"),
    ("G3", "écris la clause d'audit côté client, préavis 20 jours", "client", "fr", "audit", "client"),
    ("G4", "now write me a reversibility clause for the customer side, 3 months of assistance", "client", "en",
     "reversibility", "client"),
    ("G5", "fais moi une clause de responsabilité équilibrée, plafond 12 mois", "msp", "fr", "liability", "balanced"),
]


@pytest.mark.parametrize("case, message, side, lang, topic, position", CLAUSE_WITH_SIDE,
                         ids=[c[0] for c in CLAUSE_WITH_SIDE])
def test_a_clause_ordered_with_its_side_is_drafted(tmp_path, entries, case, message, side, lang, topic,  # noqa: F811
                                                   position):
    setup = _CONTRACT_FR if lang == "fr" else _CONTRACT_EN
    out, pub = _talk(tmp_path, entries, [setup, message], side, lang)
    assert out.act == "draft_clause", f"{case}: read as {out.act}"
    assert pub["draft"] and pub["draft"]["topic"] == topic, f"{case}: {pub['draft']}"
    assert pub["draft"]["position"] == position, f"{case}: {pub['draft']['position']}"


@pytest.mark.parametrize("setup, message, side, lang", [
    (["rédige la clause de responsabilité côté client, plafond 12 mois"], "fais-la plutôt côté presta", "client", "fr"),
    (["draft the liability clause for the client side, cap at 12 months"], "now the provider's version please", "client",
     "en"),
])
def test_the_clause_on_the_table_turned_is_a_change_of_side(tmp_path, entries, setup, message, side, lang):  # noqa: F811
    out, _pub = _talk(tmp_path, entries, [*setup, message], side, lang)
    assert out.act == "change_position", out.act


# -- H. a bare value said again right after a sum or count ------------------------------------------------------------
RESTATED = [
    ("H1", [_CONTRACT_EN, "fee is one thousand three hundred and fifty a month"], "make that 1,500 actually", "msp", "en",
     r"1[ ,.]?500", r"1[ ,.]?350"),
    ("H2", [_CONTRACT_FR, "la redevance : 2 100 € HT par mois"], "mets plutôt 2 300", "msp", "fr", r"2[ .,]?300",
     r"2[ .,]?100"),
    ("H3", [_CONTRACT_EN, "monthly fee 2,240 euros"], "change that to 2,400", "client", "en", r"2[ ,.]?400", r"2[ ,.]?240"),
    ("H4", [_CONTRACT_FR, "redevance mensuelle mille six cents euros"], "en fait ce sera 1 750", "msp", "fr",
     r"1[ .,]?750", r"1[ .,]?600"),
    ("H5", [_CONTRACT_EN, "fee 1,800 a month"], "put it down as 1,950 instead", "msp", "en", r"1[ ,.]?950", r"1[ ,.]?800"),
]


@pytest.mark.parametrize("case, setup, message, side, lang, has, absent", RESTATED, ids=[c[0] for c in RESTATED])
def test_a_value_said_again_sets_the_sum_just_stated(tmp_path, entries, case, setup, message, side, lang, has,  # noqa: F811
                                                     absent):
    out, pub = _talk(tmp_path, entries, [*setup, message], side, lang)
    assert out.act in ("set_figure", "state_fact"), f"{case}: read as {out.act}"
    assert re.search(has, _contract(pub)), f"{case}: /{has}/ not in the contract"
    assert not re.search(absent, _contract(pub)), f"{case}: /{absent}/ still in the contract"


@pytest.mark.parametrize("setup, message, side, lang, kept", [
    ([_CONTRACT_EN, "fee is 1,350 a month"], "would 1,500 be too much for them?", "msp", "en", r"1[ ,.]?350"),
    ([_CONTRACT_FR, "redevance 2 100 € HT par mois"], "mets plutôt 3", "msp", "fr", r"2[ .,]?100"),  # no sum of that size
])
def test_a_value_asked_or_out_of_scale_keeps_the_sum(tmp_path, entries, setup, message, side, lang, kept):  # noqa: F811
    _out, pub = _talk(tmp_path, entries, [*setup, message], side, lang)
    assert re.search(kept, _contract(pub)), f"/{kept}/ not in the contract"


# -- T. what a term means, asked casually ------------------------------------------------------------------------------
TERMS = [
    ("T1", [_CONTRACT_FR], "c'est quoi deja le RTO ?", "msp", "fr", r"reprise|retablissement|redemarr|duree|delai"),
    ("T2", [_CONTRACT_EN], "whats an RPO again, my boss asked", "client", "en", r"recovery point|data loss|lose|backup"),
    ("T3", [_CONTRACT_FR], "GTR ça veut dire quoi au juste", "client", "fr", r"retablissement|resolution|remise en"),
    ("T4", [_CONTRACT_EN], "sorry what does reversibility mean", "msp", "en", r"exit|hand|transfer|return|migrat"),
    ("T5", [_CONTRACT_FR], "une obligation de moyens c'est quoi concretement", "client", "fr", r"moyens|diligen|effort|faute"),
    ("T6", [_CONTRACT_EN], "what's a sub-processor in plain english", "client", "en", r"28|processor|another|engage"),
]


@pytest.mark.parametrize("case, setup, message, side, lang, has", TERMS, ids=[c[0] for c in TERMS])
def test_a_term_asked_is_explained(tmp_path, entries, case, setup, message, side, lang, has):  # noqa: F811
    from assistant.text import unaccent

    out, pub = _talk(tmp_path, entries, [*setup, message], side, lang)
    assert out.act in ("explain_term", "question", "follow_up"), f"{case}: read as {out.act}"
    assert re.search(has, unaccent(pub["answer"].lower())), f"{case}: /{has}/ not in the answer"
