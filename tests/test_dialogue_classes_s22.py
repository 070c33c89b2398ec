"""Classes of turns the chat got wrong on the dev half of the dialogue sets and on the answer sets (issue 14,
twenty-second session), each written as a generalisation batch BEFORE the fixes (first run recorded in the session's
report):

- A. counts of places and people in a first message: a count of places of any kind followed by one more place ("7
  animaleries + le siège" = 8 sites), two single places named and joined ("the brewhouse plus a taproom across the
  road" = 2 sites), two groups of people added ("30 permanents et une dizaine d'intérimaires" = 40 users); a part
  counted inside the whole ("dont", "including") is not added;
- B. a new clause proposed with its side and a figure while a contract is in progress ("propose une clause pénalités
  côté presta, plafonnées à 8 %"): that clause drafted with the figure written, not the contract's side changed;
- C. a figure said with the clause ordered ("draft the pricing clause, provider side, 650 a month"): written into it;
- D. a legal question that the act routes sent astray: a price reduction for poor performance asked (not a change of
  side), how an ambiguous clause is read (not an export), a breach story that names a holiday (not off topic), a
  promise broken told with a question (not the obligations engine's "means or result").

Every message is our own (FR and EN, casual, typos, figures in words, both speaker sides), written for this batch
before the fixes. Each case is a short conversation run through the offline engine (no index), or the slot reader."""

from __future__ import annotations

import re

import pytest

from assistant.chat.slots import read_slots
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)
from tests.test_dialogue_classes_s18 import _talk


def _spaces(text: str) -> str:
    return re.sub(r"[\u00a0\u202f]", " ", text)


def _draft(pub) -> str:
    return _spaces((pub.get("draft") or {}).get("text") or "")


_CONTRACT_FR = "contrat d'infogérance pour une agence de voyages, 1 site, 11 postes, heures ouvrées"
_CONTRACT_EN = "managed services agreement for a dog grooming salon, 6 users, one site, business hours"


# -- A. counts of places and people ------------------------------------------------------------------------------------
# (text, the facts it must state; None = the fact must not be stated)
COUNTS = [
    ("A1", "une chaîne de 7 animaleries + le siège, il faut le contrat", {"sites": 8}),
    ("A2", "on a 4 librairies et l'entrepôt, 20 postes", {"sites": 5, "users": 20}),
    ("A3", "3 fromageries plus un atelier de découpe, 14 salariés", {"sites": 4, "users": 14}),
    ("A4", "craft distillery, the still house plus a tasting room down the lane, 9 staff", {"sites": 2, "users": 9}),
    ("A5", "we're a florist: the shop and a greenhouse across town, 7 people", {"sites": 2, "users": 7}),
    ("A6", "deux agences et le dépôt, 25 postes", {"sites": 3, "users": 25}),
    ("A7", "two pharmacies and the head office, 18 users", {"sites": 3, "users": 18}),
    ("A8", "30 permanents et une dizaine d'intérimaires", {"users": 40}),
    ("A9", "20 staff plus about ten temps in the summer", {"users": 30}),
    ("A10", "12 salariés + 3 stagiaires", {"users": 15}),
    ("A11", "25 employees and 5 contractors on site", {"users": 30}),
    # near-misses: the part inside the whole, one count only, a person who is no place
    ("AN1", "30 salariés dont 5 stagiaires", {"users": 30}),
    ("AN2", "40 users including 3 interns", {"users": 40}),
    ("AN3", "7 animaleries, 30 postes", {"users": 30}),
    ("AN4", "the shop plus an office manager who does the books, 5 staff", {"sites": None, "users": 5}),
    ("AN5", "2 sites plus un commercial itinérant, 12 postes", {"sites": 2, "users": 12}),
]


@pytest.mark.parametrize("case, text, facts", COUNTS, ids=[c[0] for c in COUNTS])
def test_counts_of_places_and_people(case, text, facts):
    read = read_slots(text, side_hint="msp").facts
    for key, value in facts.items():
        assert read.get(key) == value, f"{case}: {key} read {read.get(key)}"


@pytest.mark.parametrize("message, side, lang, scope", [
    ("chaine de 5 jardineries + le siege, heures ouvrees, redige le contrat", "msp", "fr", {"sites": 6}),
    ("need a contract for a cider maker: the press house plus a shop in the village, 8 staff", "msp", "en",
     {"sites": 2, "users": 8}),
    ("contrat pour une PME, 22 permanents et une quinzaine d'intérimaires, 1 site", "client", "fr",
     {"users": 37, "sites": 1}),
])
def test_counts_reach_the_contract(tmp_path, entries, message, side, lang, scope):  # noqa: F811
    out, pub = _talk(tmp_path, entries, [message], side, lang)
    assert out.act == "draft_contract", out.act
    for key, value in scope.items():
        assert pub["state"]["scope"][key] == value, f"{key}: {pub['state']['scope'][key]}"


# -- B. a new clause proposed with its side and a figure, a contract in progress ----------------------------------------
PROPOSED = [
    ("B1", "propose une clause penalites cote presta, plafonnees a 8 % de la redevance mensuelle", "msp", "fr",
     "penalties", "msp", r"\b8 ?%"),
    ("B2", "propose-moi une clause de responsabilité côté client, plafond à douze mois de redevance", "client", "fr",
     "liability", "client", r"\b12\b|douze"),
    ("B3", "suggest a liability clause for our side, capped at 6 months of fees", "msp", "en", "liability", "msp",
     r"\b6\b|six"),
    ("B4", "give me a penalties clause, provider side, capped at 5% of the monthly fee", "msp", "en", "penalties", "msp",
     r"\b5 ?%"),
    ("B5", "une clause d'audit côté client stp, préavis de 15 jours", "client", "fr", "audit", "client",
     r"\b15\b|quinze"),
    ("B6", "propose a penalties clause on the customer side, capped at 10 percent", "client", "en", "penalties", "client",
     r"\b10 ?%"),
]


@pytest.mark.parametrize("case, message, side, lang, topic, position, figure", PROPOSED, ids=[c[0] for c in PROPOSED])
def test_a_clause_proposed_with_side_and_figure_is_drafted(tmp_path, entries, case, message, side, lang,  # noqa: F811
                                                           topic, position, figure):
    setup = _CONTRACT_FR if lang == "fr" else _CONTRACT_EN
    out, pub = _talk(tmp_path, entries, [setup, message], side, lang)
    assert out.act == "draft_clause", f"{case}: read as {out.act}"
    assert pub["draft"] and pub["draft"]["topic"] == topic, f"{case}: {pub['draft'] and pub['draft']['topic']}"
    assert pub["draft"]["position"] == position, f"{case}: {pub['draft']['position']}"
    assert re.search(figure, _draft(pub)), f"{case}: /{figure}/ not in the draft"


@pytest.mark.parametrize("setup, message, side, lang, act", [
    # the clause on the table turned to the other side: a change of side
    (["rédige la clause de pénalités côté client, plafond 10 %"], "fais-la côté presta maintenant", "client", "fr",
     "change_position"),
    (["draft a liability clause for the client, cap 12 months"], "now the provider's version", "client", "en",
     "change_position"),
    # the figure of the clause on the table changed: a figure set
    (["rédige la clause de pénalités côté presta, plafond 10 %"], "passe le plafond à 8 %", "msp", "fr", "set_figure"),
    (["draft the liability clause for our side, cap at 6 months of fees"], "make the cap 9 months", "msp", "en",
     "set_figure"),
])
def test_the_clause_on_the_table_keeps_its_reading(tmp_path, entries, setup, message, side, lang, act):  # noqa: F811
    out, _pub = _talk(tmp_path, entries, [*setup, message], side, lang)
    assert out.act == act, out.act


# -- C. a figure said with the clause ordered ---------------------------------------------------------------------------
ORDERED = [
    ("C1", [], "ok draft the pricing clause, provider side, 1,200 a month", "msp", "en", "pricing_payment",
     r"1[ ,.]?200"),
    ("C2", [], "rédige la clause de prix côté presta, 900 € HT par mois", "msp", "fr", "pricing_payment", r"\b900\b"),
    ("C3", [], "write the fees clause for us, eight hundred euros a month", "msp", "en", "pricing_payment", r"\b800\b"),
    ("C4", ["managed services for a vet practice, 2 sites, 10 users"], "now the pricing clause, client side, 1500 per month",
     "client", "en", "pricing_payment", r"1[ ,.]?500"),
    ("C5", [], "clause de prix cote client, redevance de 2 300 euros par mois", "client", "fr", "pricing_payment",
     r"2[ ,.]?300"),
    ("C6", [], "draft the termination clause for our side, two months' notice", "msp", "en", "termination",
     r"\b2\b|two"),
]


@pytest.mark.parametrize("case, setup, message, side, lang, topic, figure", ORDERED, ids=[c[0] for c in ORDERED])
def test_a_figure_said_with_the_clause_is_written(tmp_path, entries, case, setup, message, side, lang, topic,  # noqa: F811
                                                  figure):
    out, pub = _talk(tmp_path, entries, [*setup, message], side, lang)
    assert out.act == "draft_clause", f"{case}: read as {out.act}"
    assert pub["draft"] and pub["draft"]["topic"] == topic, f"{case}: {pub['draft'] and pub['draft']['topic']}"
    assert re.search(figure, _draft(pub)), f"{case}: /{figure}/ not in the draft"


# -- D. legal questions that must stay questions ------------------------------------------------------------------------
ASKED = [
    ("D1", [], "can we ask for a price reduction if their service is poor?", "client", "en"),
    ("D2", [], "on peut exiger une baisse de prix si le presta fait mal son boulot ?", "client", "fr"),
    ("D3", [_CONTRACT_EN], "if they keep missing the SLA, can we get the fee reduced?", "client", "en"),
    ("D4", [], "une clause ambigue, un juge l'interprete comment ?", "client", "fr"),
    ("D5", [], "how does a court read a clause that can mean two things?", "msp", "en"),
    ("D6", [], "notre presta n'a rien fait pendant 3 semaines parce que le technicien etait en vacances, le serveur est "
               "reste en panne tout ce temps. on peut leur reclamer quoi ?", "client", "fr"),
    ("D7", [], "our MSP left a P1 ticket open for two days because their only tech was on holiday. what can we claim?",
     "client", "en"),
    ("D8", [], "they promised a 4h restore in the contract and when our server died they refused us access to the "
               "backups. what can we do?", "client", "en"),
    ("D9", [], "le presta s'était engagé à restaurer en 4h, et là ils refusent de nous donner accès aux sauvegardes. "
               "on a quels recours ?", "client", "fr"),
]


@pytest.mark.parametrize("case, setup, message, side, lang", ASKED, ids=[c[0] for c in ASKED])
def test_legal_questions_stay_questions(tmp_path, entries, case, setup, message, side, lang):  # noqa: F811
    out, pub = _talk(tmp_path, entries, [*setup, message], side, lang)
    assert out.act in ("question", "follow_up"), f"{case}: read as {out.act}"
    assert pub["answer"].strip()


@pytest.mark.parametrize("setup, message, side, lang, act", [
    # near-misses: an order that changes the fee, an export asked, the obligation's kind asked, an aside off topic
    ([_CONTRACT_FR, "la redevance est de 1 000 € HT par mois"], "baisse la redevance de 10 %", "msp", "fr", "set_figure"),
    ([_CONTRACT_EN], "export it as a word file", "msp", "en", "export"),
    ([], "is the backup an obligation of means or of result?", "client", "en", "obligations"),
    ([], "je pars en vacances en Crète, tu connais un bon hôtel ?", "client", "fr", "out_of_scope"),
])
def test_near_misses_keep_their_act(tmp_path, entries, setup, message, side, lang, act):  # noqa: F811
    out, _pub = _talk(tmp_path, entries, [*setup, message], side, lang)
    assert out.act == act, out.act


# -- D, added after the first run: the same class seen on the tuned half of the answer sets (our own wording here) ------
ASKED_MORE = [
    # a court's power over a figure reported, asked
    ("DM1", "notre contrat prévoit 30 % de la redevance par jour de retard, c'est énorme. un juge peut réduire ça ?"),
    ("DM2", "our contract has a 40% per hour penalty on missed fix times. could a court cut that down?"),
    # whether we may act on our own, asked after a story of poor service
    ("DM3", "leur support met une semaine a repondre alors que le contrat dit 8h. on voudrait payer moins ce mois-ci. "
            "on peut retenir une partie de la facture nous-memes ?"),
    ("DM4", "their helpdesk ignores us for days though the contract says 4 hours. can we just pay less this quarter?"),
    # whether the other side may refuse, asked in two words
    ("DM5", "le presta refuse de nous envoyer les journaux d'accès, il peut ?"),
    # what a document told says, whose reading wins
    ("DM6", "their standard terms (a template we couldn't touch) say 'monitoring included' and nothing about the "
            "firewalls. they now bill the firewalls apart. whose reading wins?"),
    # a breach told with the obligation's kind as its context
    ("DM7", "we promise a 2h restore, obligation of result. last week the client blocked our remote access for a day and "
            "the restore took 30h. are the penalties really due?"),
    # a data breach told while someone is on holiday
    ("DM8", "on a eu une attaque par rançongiciel hier soir, notre DPO est en vacances. on doit prévenir la CNIL sous "
            "combien de temps ?"),
]


@pytest.mark.parametrize("case, message", ASKED_MORE, ids=[c[0] for c in ASKED_MORE])
def test_more_legal_questions_stay_questions(case, message):
    from assistant.chat.acts import classify
    from assistant.chat.state import ConversationState

    understood = classify(message, read_slots(message, side_hint="client"), ConversationState())
    assert understood.act in ("question", "follow_up"), f"{case}: read as {understood.act}"


@pytest.mark.parametrize("message, act", [
    # near-misses: the kind of obligation asked after the story, an order to add with "aussi", an order to lower
    ("we promise a 2h restore. last week the client blocked our access. is the restore time a means or result "
     "obligation?", "obligations"),
    ("draft me a confidentiality clause, and add a line on the staff too", "draft_clause"),
])
def test_more_near_misses_keep_their_act(message, act):
    from assistant.chat.acts import classify
    from assistant.chat.state import ConversationState

    understood = classify(message, read_slots(message, side_hint="client"), ConversationState())
    assert understood.act == act, understood.act


def test_a_bare_counter_offer_sets_the_figure_just_set(tmp_path, entries):  # noqa: F811
    # (added after the first run: the other side's wish and the value granted, both bare, go to the cap just set)
    _out, pub = _talk(tmp_path, entries, [_CONTRACT_FR, "propose une clause pénalités côté presta, plafonnées à 6 % de "
                                                         "la redevance mensuelle", "ils en veulent 12, on leur accorde 9"],
                      "msp", "fr")
    assert re.search(r"plafonn\w* a 9 ?%|plafonn\w* à 9 ?%", _draft(pub)), _draft(pub)[:600]
    assert not re.search(r"\b6 ?%", _draft(pub))


def test_a_figure_with_an_adjective_before_its_unit_is_read():
    # (added after the first run: "45 consecutive days" in a clause is a figure in days, matched when it is changed)
    from assistant.text.numbers import find_quantities

    assert [(q.value, q.unit) for q in find_quantities("lasts more than 45 consecutive days")] == [(45.0, "day")]
    assert [(q.value, q.unit) for q in find_quantities("three full months")] == [(3.0, "month")]
    assert [(q.value, q.unit) for q in find_quantities("the 3 full members")] == [(3.0, None)]
