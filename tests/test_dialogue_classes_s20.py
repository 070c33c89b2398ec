"""Classes of turns the chat got wrong on the dev half of the dialogue sets (issue 14, twentieth session), and the acts
most often confused there (set_figure read as a follow-up or a change of position), each written as a generalisation
batch BEFORE the fixes (first run recorded in the commit and the session's report):

- P. personal data named by whose files or records they are, people named by their standing rather than as staff or
  customers ("les fiches des locataires", "the tenants' files", "les dossiers des adhérents et des bénévoles"): a
  personal-data fact; files of things (plans, price lists, site reports) are none;
- M. "on coupe la poire en deux", "let's split the difference", "meet them halfway": the figure just changed is set
  halfway between its last two values; halving a figure stays a halving, asking what the phrase means a question;
- L. a figure conceded to the other side ("on leur laisse 12, pas plus", "we can live with 20 days", "give them 12 and
  not a point more"): the figure is set, the negation bounds it and denies nothing; asking how much to concede, or
  whether a figure is too much, is a question;
- B. a price cut or a payment held back asked as a question, in new wordings: a question.

Every message is our own (FR and EN, casual, typos, figures in words), written for this batch before the fixes. Each
case is a short conversation run through the offline engine (no index, no learned reader)."""

from __future__ import annotations

import re

import pytest

from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)
from tests.test_dialogue_classes_s18 import _talk


def _contract(pub) -> str:
    return (pub.get("contract") or {}).get("markdown") or ""


def _draft(pub) -> str:
    return (pub.get("draft") or {}).get("text") or ""


_CONTRACT_FR = "contrat d'infogérance pour une agence immobilière, 1 site, 11 postes, heures ouvrées"
_CONTRACT_EN = "managed services agreement for a small charity, 9 users, one office, business hours"
_AUDIT_FR = "rédige une clause d'audit côté client, préavis de 30 jours"
_AUDIT_EN = "draft an audit clause for the client side, 30 days notice"
_PEN_FR = "rédige la clause de pénalités côté prestataire, plafond 8 % de la redevance mensuelle"
_PEN_EN = "draft the penalties clause for the provider side, capped at 8% of the monthly fee"

# -- P. personal data named by whose files they are --------------------------------------------------------------------
# (case, setup, message, side, lang)
DATA_OF_PEOPLE = [
    ("P1", [_CONTRACT_FR], "les fiches des locataires sont sur le NAS qu'on va gérer", "msp", "fr"),
    ("P2", [_CONTRACT_EN], "the tenants' files sit on the server we'll look after", "msp", "en"),
    ("P3", [_CONTRACT_FR], "y a aussi les dossiers des adhérents et des bénévoles sur le poste de l'accueil", "msp", "fr"),
    ("P4", [_CONTRACT_FR], "le serveur garde les actes des défunts depuis 1990", "msp", "fr"),
    ("P5", [_CONTRACT_EN], "their volunteers and donors lists are on the laptop we patch", "msp", "en"),
    ("P6", [_CONTRACT_FR], "les coordonnées des familles endeuillées sont dans leur logiciel métier", "msp", "fr"),
    ("P7", [_CONTRACT_EN], "the deceased's records and the next of kin details live on that box", "msp", "en"),
    ("P8", [_CONTRACT_FR], "les dossiers des licenciés du club sont stockés chez nous", "msp", "fr"),
]


@pytest.mark.parametrize("case, setup, message, side, lang", DATA_OF_PEOPLE, ids=[c[0] for c in DATA_OF_PEOPLE])
def test_files_of_people_are_personal_data(tmp_path, entries, case, setup, message, side, lang):  # noqa: F811
    out, pub = _talk(tmp_path, entries, [*setup, message], side, lang)
    assert out.act in ("state_fact", "follow_up"), f"{case}: read as {out.act}"
    assert "personal_data" in pub["state"]["stated"], f"{case}: stated {pub['state']['stated']}"
    assert pub["state"]["scope"]["personal_data"] is True, f"{case}: scope {pub['state']['scope']['personal_data']}"


FILES_OF_THINGS = [
    ("PN1", [_CONTRACT_FR], "les dossiers techniques des chantiers sont sur le serveur qu'on va maintenir", "msp", "fr"),
    ("PN2", [_CONTRACT_EN], "the server holds the product catalogue and the supplier price lists", "msp", "en"),
    ("PN3", [_CONTRACT_FR], "les plans des bâtiments et les fiches des machines sont sur le NAS", "msp", "fr"),
]


@pytest.mark.parametrize("case, setup, message, side, lang", FILES_OF_THINGS, ids=[c[0] for c in FILES_OF_THINGS])
def test_files_of_things_are_no_personal_data(tmp_path, entries, case, setup, message, side, lang):  # noqa: F811
    _out, pub = _talk(tmp_path, entries, [*setup, message], side, lang)
    assert "personal_data" not in pub["state"]["stated"], f"{case}: stated {pub['state']['stated']}"


# -- M. split the difference -------------------------------------------------------------------------------------------
# (case, setup, message, side, lang, where, the text must match, the text must not match)
SPLIT = [
    ("M1", [_AUDIT_FR, "ils veulent 10 jours"], "bon on coupe la poire en deux", "client", "fr", "draft",
     r"pr.avis de (20|vingt)\b", r"pr.avis de (10|dix)\b"),
    ("M2", [_AUDIT_EN, "they're asking for 10 days"], "ok let's split the difference", "client", "en", "draft",
     r"\b(20|twenty)( \(\w+\))? days", r"notice of (10|ten)\b"),
    ("M3", [_PEN_FR, "le client veut 12"], "on se retrouve au milieu ?", "msp", "fr", "draft", r"\b10 ?%", r"\b12 ?%"),
    ("M4", [_PEN_EN, "client wants 12"], "fine, meet them halfway", "msp", "en", "draft", r"\b10 ?%", r"\b12 ?%"),
    ("M5", [_CONTRACT_FR, "durée 36 mois", "ils veulent 12 mois"], "coupons la poire en deux", "msp", "fr", "contract",
     r"ferme de (24|vingt-quatre)( \(\w+\))? mois", r"ferme de (12|douze)( \(\w+\))? mois"),
    ("M6", [_CONTRACT_EN, "term 36 months", "they want 12 months"], "meet in the middle then", "msp", "en", "contract",
     r"period of (24|twenty-four)( \(\w+\))? months", r"period of (12|twelve)( \(\w+\))? months"),
]


@pytest.mark.parametrize("case, setup, message, side, lang, where, has, absent", SPLIT, ids=[c[0] for c in SPLIT])
def test_split_the_difference_sets_the_midpoint(tmp_path, entries, case, setup, message, side, lang, where, has,  # noqa: F811
                                                absent):
    out, pub = _talk(tmp_path, entries, [*setup, message], side, lang)
    assert out.act == "set_figure", f"{case}: read as {out.act}"
    text = _draft(pub) if where == "draft" else _contract(pub)
    assert re.search(has, text), f"{case}: /{has}/ not in the {where}"
    assert not re.search(absent, text), f"{case}: /{absent}/ still in the {where}"


@pytest.mark.parametrize("text, reading", [
    ("coupons la poire en deux avec eux", ("mid",)),          # the idiom: halfway between the two values
    ("let's just split the difference", ("mid",)),
    ("coupe le plafond en deux", ("mul", 0.5)),              # a halving
    ("meet them halfway, make it 14", None),                 # the compromise said: the figure itself, no change read
    ("c'est quoi couper la poire en deux ?", None),          # the phrase's meaning asked
])
def test_the_split_read_apart_from_a_halving(text, reading):
    from assistant.chat.slot_relative import read_relative
    from assistant.text import fold

    assert read_relative(fold(text)) == reading


def test_the_compromise_said_with_the_phrase_is_set(tmp_path, entries):  # noqa: F811
    out, pub = _talk(tmp_path, entries, [_AUDIT_EN, "they're asking for 10 days", "meet them halfway, 25 days"], "client",
                     "en")
    assert out.act == "set_figure", out.act
    assert re.search(r"\b(25|twenty-five)( \(\w+\))? days", _draft(pub))


def test_halving_stays_a_halving(tmp_path, entries):  # noqa: F811
    out, pub = _talk(tmp_path, entries, [_AUDIT_FR, "coupe le préavis en deux"], "client", "fr")
    assert out.act == "set_figure", out.act
    assert re.search(r"pr.avis de (15|quinze)\b", _draft(pub))


def test_what_splitting_means_is_a_question(tmp_path, entries):  # noqa: F811
    out, _pub = _talk(tmp_path, entries, [_AUDIT_FR, "ça veut dire quoi couper la poire en deux dans une négo ?"],
                      "client", "fr")
    assert out.act in ("question", "follow_up", "explain_term"), out.act


# -- L. a figure conceded ----------------------------------------------------------------------------------------------
# (case, setup, message, side, lang, the draft must match, the draft must not match)
CONCEDED = [
    ("L1", [_PEN_FR, "le client veut 15"], "ok on leur accorde 12 mais pas plus", "msp", "fr", r"\b12 ?%", r"\b15 ?%"),
    ("L2", [_PEN_EN, "the client wants 15"], "fine, we'll give them 12, no more", "msp", "en", r"\b12 ?%", r"\b15 ?%"),
    ("L3", [_AUDIT_FR, "ils veulent 10 jours"], "on leur laisse 20 jours, pas moins", "client", "fr",
     r"pr.avis de (20|vingt)\b", r"pr.avis de (10|dix)\b"),
    ("L4", [_AUDIT_EN, "they want 10 days"], "we can live with 20 days", "client", "en", r"\b(20|twenty)( \(\w+\))? days",
     r"notice of (10|ten)\b"),
    ("L5", [_PEN_FR, "le client en veut 15"], "bon je lui concède dix, pas un de plus", "msp", "fr", r"\b10 ?%", r"\b15 ?%"),
    ("L6", [_PEN_EN, "they're pushing for 15"], "let them have 12 max", "msp", "en", r"\b12 ?%", r"\b15 ?%"),
]


@pytest.mark.parametrize("case, setup, message, side, lang, has, absent", CONCEDED, ids=[c[0] for c in CONCEDED])
def test_a_figure_conceded_is_set(tmp_path, entries, case, setup, message, side, lang, has, absent):  # noqa: F811
    out, pub = _talk(tmp_path, entries, [*setup, message], side, lang)
    assert out.act == "set_figure", f"{case}: read as {out.act}"
    assert re.search(has, _draft(pub)), f"{case}: /{has}/ not in the draft"
    assert not re.search(absent, _draft(pub)), f"{case}: /{absent}/ still in the draft"


CONCESSION_ASKED = [
    ("LN1", [_PEN_FR, "le client veut 15"], "on leur laisse combien à ton avis ?", "msp", "fr"),
    ("LN2", [_PEN_EN, "the client wants 15"], "should we give them 12 or is that too much?", "msp", "en"),
    ("LN3", [_AUDIT_FR, "ils veulent 10 jours"], "10 jours c'est pas un peu court pour se préparer ?", "client", "fr"),
]


@pytest.mark.parametrize("case, setup, message, side, lang", CONCESSION_ASKED, ids=[c[0] for c in CONCESSION_ASKED])
def test_a_concession_asked_is_a_question(tmp_path, entries, case, setup, message, side, lang):  # noqa: F811
    out, pub = _talk(tmp_path, entries, [*setup, message], side, lang)
    assert out.act in ("question", "follow_up"), f"{case}: read as {out.act}"


# -- B. a price cut asked, new wordings --------------------------------------------------------------------------------
PRICE_ASKED = [
    ("B1", [_PEN_FR], "si le presta est en retard on peut déduire nous-mêmes un montant de sa facture ?", "client", "fr"),
    ("B2", [_AUDIT_EN], "are we allowed to pay only part of the invoice while the audit findings are open?", "client", "en"),
    ("B3", [_CONTRACT_FR], "le client a le droit de baisser le prix tout seul si on rate une GTR ?", "msp", "fr"),
    ("B4", [_CONTRACT_EN], "could the client just decide to pay us less after a bad month?", "msp", "en"),
]


@pytest.mark.parametrize("case, setup, message, side, lang", PRICE_ASKED, ids=[c[0] for c in PRICE_ASKED])
def test_a_price_cut_asked_is_a_question(tmp_path, entries, case, setup, message, side, lang):  # noqa: F811
    out, _pub = _talk(tmp_path, entries, [*setup, message], side, lang)
    assert out.act in ("question", "follow_up"), f"{case}: read as {out.act}"
