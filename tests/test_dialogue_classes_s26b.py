"""Dialogue classes of the twenty-sixth session, second dialogue helper (branch s26-dia) (issue 14), written BEFORE the
fixes from the classes of the dev half of `dev_fresh_37.yaml`; every message is our own wording (other trades, FR and
EN, digits and words, casual):

- P. places counted by what they are: "N <place noun>" is a count of sites for business premises of any trade (hostels,
  bowling alleys, distilleries, cheese shops, ice rinks, motels, pizzerias, launderettes, car washes…), while "N <other
  noun>" (rooms, classrooms, floors, lanes, beds, people, devices) counts things inside a site; a count said with the
  word "site" wins over rooms counted beside it; one place named with what it holds ("un bowling de 12 pistes", "a
  hostel with 40 beds") is one site;
- R. places added or closed relative to the stated count, named by what they are ("one more hostel", "une crêperie de
  plus", "ils rachètent encore une distillerie") or by "en" with the place named in the same message ("des 4
  boutiques, on en ferme une"); a place that closes a part of itself ("le bowling de X ferme son bar", "the Leeds
  hostel closes its kitchen") moves no site;
- Q. a request to find what the user signed before in their own contracts ("montre-moi ce qu'on a signé avec d'autres
  écoles sur…", "what did we agree with our other clinics on…") is a precedents search, not a change of scope;
- F. a question on what an article of the contract in progress says ("la clause responsabilité, elle dit quoi sur le
  plafond ?", "what does our termination clause say about notice?") is a follow-up answered from that article, which
  is then on the table: a figure set right after it ("double le plafond", "make it 3 months") changes that article."""

from __future__ import annotations

import re

import pytest

from assistant.chat.slots import read_slots
from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)

# -- P. places counted by what they are ---------------------------------------------------------------------------------
# (case, message, users, sites)
PLACES_COUNTED = [
    ("P1", "contrat d'infogérance pour deux auberges de jeunesse, 9 postes, heures ouvrées", 9, 2),
    ("P2", "managed services for five distilleries and 30 staff", 30, 5),
    ("P3", "on gère 6 fromageries, 14 postes en tout", 14, 6),
    ("P4", "trois patinoires municipales, 10 postes", 10, 3),
    ("P5", "we run 4 motels along the coast, 12 users", 12, 4),
    ("P6", "3 pizzerias, 9 users, evenings and weekends", 9, 3),
    ("P7", "ils ont 2 laveries automatiques et 3 postes", 3, 2),
    ("P8", "they have 3 car washes and 6 users", 6, 3),
    ("P9", "une chaîne de 7 bowlings, 28 postes", 28, 7),
    ("P10", "two hostels and a campsite, 11 users", 11, None),  # a campsite joined: at least the two hostels
    ("P11", "deux brasseries artisanales + 5 bars, 20 postes", 20, None),
    ("P12", "four tattoo parlours, 8 users", 8, 4),
]


@pytest.mark.parametrize("case, message, users, sites", PLACES_COUNTED, ids=[c[0] for c in PLACES_COUNTED])
def test_p_places_named_by_what_they_are_are_sites(case, message, users, sites):
    s = read_slots(message, side_hint="msp")
    assert s.facts.get("users") == users, f"{case}: users {s.facts.get('users')}"
    if sites is None:
        assert (s.facts.get("sites") or 0) >= 2, f"{case}: sites {s.facts.get('sites')}"
    else:
        assert s.facts.get("sites") == sites, f"{case}: sites {s.facts.get('sites')}"


# things inside a site are no sites: (case, message, users, sites — None when no count of sites is told)
INSIDE_A_SITE = [
    ("N1", "one site with 4 classrooms, 40 pcs", 40, 1),
    ("N2", "un lycée privé : 4 salles de cours de 20 postes + 12 postes admin, sur 1 site", None, 1),
    ("N3", "4 salles de classe, 30 postes", 30, None),
    ("N4", "3 floors, 60 staff", 60, None),
    ("N5", "un bowling de 12 pistes, 6 postes", 6, 1),
    ("N6", "a hostel with 40 beds, 5 users", 5, 1),
    ("N7", "2 sites, 12 chambres d'hôtes, 4 postes", 4, 2),
    ("N8", "a training centre: 3 computer rooms of 16 seats on one site, plus 10 office staff", None, 1),
    ("N9", "une salle d'escalade avec 3 salles de réunion, 7 postes", 7, 1),  # one gym and its rooms
]


@pytest.mark.parametrize("case, message, users, sites", INSIDE_A_SITE, ids=[c[0] for c in INSIDE_A_SITE])
def test_p_rooms_floors_and_lanes_are_no_sites(case, message, users, sites):
    s = read_slots(message, side_hint="msp")
    if users is not None:
        assert s.facts.get("users") == users, f"{case}: users {s.facts.get('users')}"
    assert s.facts.get("sites") == sites, f"{case}: sites {s.facts.get('sites')}"


# words of a place's ending or trade that count no place: trade fairs, households, goods, deliveries
@pytest.mark.parametrize("message", [
    "on fait 3 salons par an, 12 postes",
    "2 batteries de secours et 4 postes",
    "about 40 deliveries a day, 6 users",
    "we answer 300 queries a month, 5 users",
])
def test_p_near_miss_no_place_counted(message):
    s = read_slots(message, side_hint="msp")
    assert "sites" not in s.facts, f"sites {s.facts.get('sites')}"


def test_p_places_counted_are_stated_in_the_conversation(tmp_path, entries):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, [
        "contrat d'infogérance pour 3 distilleries, 15 postes, sauvegarde incluse, pas d'hébergement"], "msp", "fr")
    assert out.act == "draft_contract"
    assert pub["state"]["scope"]["sites"] == 3 and "sites" in pub["state"]["stated"]


# -- R. places added or closed, relative to the count stated ------------------------------------------------------------
PLACES_MOVED = [
    ("R1", "add one more hostel, we bought it last week", 1),
    ("R2", "on ouvre une crêperie de plus en mars", 1),
    ("R3", "ils rachètent encore une distillerie", 1),
    ("R5", "two more car washes from january", 2),
    ("R6", "they're closing one of the motels", -1),
    ("R7", "les pizzerias marchent bien, ils en ouvrent une autre", 1),
]


@pytest.mark.parametrize("case, message, delta", PLACES_MOVED, ids=[c[0] for c in PLACES_MOVED])
def test_r_places_added_or_closed_move_the_count(case, message, delta):
    s = read_slots(message, side_hint="msp")
    assert s.relative is not None and s.relative[0] == "add" and s.relative[2] == "sites" and \
        s.relative[1] == float(delta), f"{case}: relative {s.relative}"


# the places counted, then changed in the same message: the count after the change. A count said with a change is more
# often the total after it, explained ("en fait 3 sites : ils ont deux dépôts en plus", "actually it's 6 practices, they
# just bought one"); s28: the count's role is read — "of" the places before, or taken up by "en" — and the change applied
# to it (`slots._said_as_base`)
@pytest.mark.parametrize("message, sites", [
    ("des 4 boutiques, on en ferme une", 3),
    ("of our 6 car washes we're closing one", 5),
    ("on a 3 gîtes et on en rachète un autre", 4),
])
def test_r_a_count_changed_in_the_same_message_is_the_count_after(message, sites):
    s = read_slots(message, side_hint="msp")
    assert s.facts.get("sites") == sites, f"sites {s.facts.get('sites')}, relative {s.relative}"


@pytest.mark.parametrize("message, sites", [
    ("la brasserie, deux chais et le magasin, donc quatre sites", 4),
    ("the workshop, two showrooms and a depot, so four sites in all", 4),
])
def test_r_a_larger_count_of_sites_said_is_the_total(message, sites):
    s = read_slots(message, side_hint="msp")
    assert s.facts.get("sites") == sites, f"sites {s.facts.get('sites')}"


PLACES_KEPT = [
    ("RK1", "le bowling de Vierzon ferme son bar"),
    ("RK2", "the Leeds hostel closes its kitchen in winter"),
    ("RK3", "la fromagerie de Dole ferme sa cave d'affinage"),
    ("RK4", "the motel shuts its pool for the season"),
]


@pytest.mark.parametrize("case, message", PLACES_KEPT, ids=[c[0] for c in PLACES_KEPT])
def test_r_a_place_closing_a_part_of_itself_moves_no_site(case, message):
    s = read_slots(message, side_hint="msp")
    assert not (s.relative and s.relative[2] == "sites"), f"{case}: relative {s.relative}"
    assert "sites" not in s.facts, f"{case}: sites {s.facts.get('sites')}"


@pytest.mark.parametrize("setup, message, side, lang, sites", [
    (["managed IT contract for 2 hostels, 8 users, business hours"], "add one more hostel, it opens in June", "msp",
     "en", 3),
    (["contrat d'infogérance pour 5 crêperies, 12 postes"], "on en ferme une, celle de Vannes", "msp", "fr", 4),
    (["contrat d'infogérance pour 3 bowlings, 18 postes"], "retire 2 postes, le bowling de Blois ferme son snack", "msp",
     "fr", 3),
])
def test_r_the_count_moves_in_the_conversation(tmp_path, entries, setup, message, side, lang, sites):  # noqa: F811
    _out, pub, _state = run_turns(tmp_path, entries, [*setup, message], side, lang)
    assert pub["state"]["scope"]["sites"] == sites


# -- Q. the user's own past contracts searched ---------------------------------------------------------------------------
PRECEDENTS = [
    ("Q1", "montre-moi ce qu'on a déjà signé avec d'autres cliniques sur la réversibilité", "fr"),
    ("Q2", "what did we agree with our other dental practices on the liability cap?", "en"),
    ("Q3", "retrouve ce qu'on avait accepté dans nos contrats avec les autres garages sur les pénalités", "fr"),
    ("Q4", "pull up what we signed with other retailers on non-solicitation", "en"),
    ("Q5", "qu'est-ce qu'on a mis comme plafond dans nos anciens contrats avec des mairies ?", "fr"),
]


@pytest.mark.parametrize("case, message, lang", PRECEDENTS, ids=[c[0] for c in PRECEDENTS])
def test_q_a_search_of_the_users_past_contracts_is_precedents(tmp_path, entries, case, message, lang):  # noqa: F811
    setup = ("contrat d'infogérance pour une école privée, 30 postes, 1 site" if lang == "fr" else
             "MSP agreement for a private school, 30 users, one site")
    out, _pub, state = run_turns(tmp_path, entries, [setup, message], "msp", lang)
    assert out.act == "precedents", f"{case}: read as {out.act}"
    assert state.facts["users"].value == 30


@pytest.mark.parametrize("message", [
    "ajoute la non-sollicitation qu'on a signée avec l'autre école",  # a clause put in, not a search
    "what did we agree on the fee, 1,800?",  # a figure of this deal asked back
])
def test_q_near_miss_no_search(tmp_path, entries, message):  # noqa: F811
    out, _pub, _state = run_turns(tmp_path, entries, ["contrat d'infogérance pour une école privée, 30 postes, 1 site",
                                                      message], "msp", "fr")
    assert out.act != "precedents", f"read as {out.act}"


# -- F. what an article of the contract in progress says, then a figure set on it --------------------------------------
_DEAL_FR = ["nouveau client fleuriste, 6 postes, 1 boutique. maintenance + sauvegarde, sans licences", "fais le contrat",
            "mets la durée à 36 mois", "enlève la sauvegarde, ils ont leur propre nas"]
_DEAL_EN = ["new client, a bike repair shop: 9 users, one workshop, maintenance and monitoring", "draft the contract",
            "set the term to 24 months"]

ARTICLE_ASKED = [
    ("F1", _DEAL_FR, "la clause responsabilité, elle dit quoi sur le plafond ?", "fr", "liability", r"plafon"),
    ("F2", _DEAL_EN, "what does our liability clause say about the cap?", "en", "liability", r"cap|limit"),
    ("F3", _DEAL_FR, "et la résiliation, on a mis quoi comme préavis ?", "fr", "termination", r"pr[ée]avis"),
    ("F4", _DEAL_EN, "the termination article, how much notice does it give?", "en", "termination", r"notice"),
    ("F5", _DEAL_FR, "c'est combien le plafond dans le contrat ?", "fr", "liability", r"plafon"),
    ("F6", _DEAL_EN, "show me our confidentiality clause", "en", "confidentiality", r"confidential"),
    ("F7", _DEAL_FR, "qu'est-ce que prévoit l'article sur la réversibilité ?", "fr", "reversibility", r"r[ée]versibilit"),
    ("F8", _DEAL_EN, "what cap did we put in the contract?", "en", "liability", r"cap|limit"),
]


@pytest.mark.parametrize("message, lang", [
    ("le plafond de responsabilité, c'est normal 6 mois ?", "fr"),  # what the market says, not our article
    ("is a 12 month liability cap standard?", "en"),
    ("c'est quoi la réversibilité ?", "fr"),  # a term explained
])
def test_f_near_miss_a_question_of_law_or_practice_is_no_article_shown(tmp_path, entries, message, lang):  # noqa: F811
    setup = _DEAL_FR[:2] if lang == "fr" else _DEAL_EN[:2]
    out, pub, _state = run_turns(tmp_path, entries, [*setup, message], "msp", lang)
    assert out.act in ("question", "explain_term", "follow_up"), out.act
    assert not re.search(r"contrat en cours :|of the contract in progress provides", pub["answer"]), pub["answer"][:200]


@pytest.mark.parametrize("case, setup, message, lang, topic, said", ARTICLE_ASKED, ids=[c[0] for c in ARTICLE_ASKED])
def test_f_an_article_of_the_contract_asked_about_is_answered_from_it(tmp_path, entries, case, setup, message, lang,  # noqa: F811
                                                                      topic, said):
    out, pub, _state = run_turns(tmp_path, entries, [*setup, message], "msp", lang)
    assert out.act in ("follow_up", "question"), f"{case}: read as {out.act}"
    assert pub["draft"] and pub["draft"]["topic"] == topic, f"{case}: on the table {pub['draft'] and pub['draft']['topic']}"
    assert re.search(said, pub["answer"], re.I), f"{case}: {pub['answer'][:200]}"
    assert pub["contract"] is not None


FIGURE_AFTER = [
    ("FF1", _DEAL_FR, "la clause responsabilité, elle dit quoi sur le plafond ?", "double le plafond", "fr",
     r"\b12 mois|douze mois"),
    ("FF2", _DEAL_EN, "what does our liability clause say about the cap?", "make it 3 months", "en",
     r"\b3 months|three months"),
]


@pytest.mark.parametrize("case, setup, question, message, lang, said", FIGURE_AFTER, ids=[c[0] for c in FIGURE_AFTER])
def test_f_a_figure_set_after_the_article_asked_changes_it(tmp_path, entries, case, setup, question, message, lang,  # noqa: F811
                                                           said):
    out, pub, _state = run_turns(tmp_path, entries, [*setup, question, message], "msp", lang)
    assert out.act == "set_figure", f"{case}: read as {out.act}"
    assert pub["contract"] and re.search(said, pub["contract"]["markdown"], re.I), case
