"""Classes of turns a new user's conversation misread (issue 14, twenty-eighth session, helper s28-dia), written BEFORE
the fixes with wording of our own (other trades, both languages, both sides, typos):

1. a count changed relative to the one stated ("un site de plus", "two fewer laptops", "a fifth shop opens", "on passe
   de 30 à 26 postes", "double the seats", and a change taken back in the same message: "enlève-en deux… non, trois"):
   read once as a typed change (unit, kind, amount, the words read) and applied once to the count in the state;
2. a staff total beside the seats ("45 salariés dont 20 sur ordinateur", "80 staff but only 30 PCs"): the users are the
   seats, not the head-count;
3. one place said with a digit ("1 seul bureau", "only 1 office"): one site, noted as stated;
4. a follow-up on the clause on the table, asked in English with the law's words (fault, proof, a phrase quoted from
   the clause): never refused as out of scope;
5. "make it more balanced" with a reason that names the other side ("their lawyer will read it"): the position
   changed, not the other side's objections;
6. two terms compared, the second one elliptic ("an obligation of means and one of result", "la GTI et celle de
   rétablissement"): their definitions (explain_term);
7. the user's own signed documents searched ("dans mes docs", "in our files", "qu'on a déjà signées ailleurs"):
   precedents."""

from __future__ import annotations

import re

import pytest

from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


def _fold(text: str) -> str:
    from assistant.text import fold

    return fold(text)


# -- 1. a count changed relative to the one stated -----------------------------------------------------------------------
COUNT_CHANGES = [
    # (message, unit, kind, amount)
    ("un site de plus", "sites", "add", 1),
    ("one more clinic", "sites", "add", 1),
    ("enlève un poste", "users", "add", -1),
    ("two fewer laptops", "users", "add", -2),
    ("on retire trois ordinateurs portables", "users", "add", -3),
    ("une 5e boutique ouvre en septembre", "sites", "add", 1),
    ("a fourth garage is opening next spring", "sites", "add", 1),
    ("ils ouvrent un deuxième entrepôt", "sites", "add", 1),
    ("le nombre de postes passe de 30 à 26", "users", "set", 26),
    ("headcount goes from 12 to 15 users", "users", "set", 15),
    ("double the seats", "users", "mul", 2),
    ("ils doublent le nombre de postes", "users", "mul", 2),
    ("they're halving the number of users", "users", "mul", 0.5),
    ("on divise le nombre de sites par deux", "sites", "mul", 0.5),
    # a change taken back in the same message: the last one holds, once
    ("enlève deux postes... non attends, enlève-en quatre", "users", "add", -4),
    ("add 2 users, no wait, make it 5", "users", "add", 5),
    ("ajoute 3 postes, pardon 6", "users", "add", 6),
    ("remove one shop, sorry, two shops", "sites", "add", -2),
]


@pytest.mark.parametrize("message, unit, kind, amount", COUNT_CHANGES, ids=[c[0][:40] for c in COUNT_CHANGES])
def test_a_count_change_is_read_once_as_a_typed_change(message, unit, kind, amount):
    from assistant.chat.slot_count_change import read_count_changes

    changes = read_count_changes(_fold(message))
    of_unit = [c for c in changes if c.unit == unit]
    assert len(of_unit) == 1, f"{message}: {changes}"
    c = of_unit[0]
    assert (c.kind, c.amount) == (kind, amount), f"{message}: {c}"
    assert c.evidence and c.evidence in _fold(message), f"{message}: {c}"


@pytest.mark.parametrize("message", [
    "on a 3 postes en panne depuis lundi",
    "the second office closes early on fridays",
    "le troisième site n'a pas de serveur",
    "ajoute la supervision des 4 imprimantes",
    "what if we add two more hours of support?",
])
def test_no_count_change_where_none_is_said(message):
    from assistant.chat.slot_count_change import read_count_changes

    assert [c for c in read_count_changes(_fold(message)) if c.unit in ("users", "sites")] == [], message


def test_count_change_applies_to_the_stated_count():
    from assistant.chat.slot_count_change import CountChange

    assert CountChange("users", "add", -3, "enleve trois postes").apply(19) == 16
    assert CountChange("sites", "add", 1, "une 4e clinique").apply(3) == 4
    assert CountChange("users", "mul", 2, "double the seats").apply(11) == 22
    assert CountChange("users", "set", 26, "passe de 30 a 26").apply(30) == 26
    assert CountChange("users", "add", -5, "five fewer").apply(4) is None  # never a count at or below zero


COUNT_DIALOGUES = [
    # (turns, side, lang, expected users, expected sites, contract words expected, contract words refused)
    ("C1", ["contrat d'infogérance pour un réseau de 2 pharmacies, 14 postes, heures ouvrées",
            "ils reprennent une 3e pharmacie en juin, 5 postes de plus"], "msp", "fr", 19, 3, r"\b19\b", r"\b14\b (postes|utilisateurs)"),
    ("C2", ["managed services agreement for 3 dental practices, 22 users, business hours",
            "take off four seats, they're closing reception at one site... actually no, take off two"], "msp", "en", 20, 3,
     r"\b20\b", r"\b(22|18)\b (users|seats)"),
    ("C3", ["je veux un contrat d'infogérance pour notre bureau d'études, 12 postes, un seul site",
            "on double le nombre de postes l'an prochain"], "client", "fr", 24, 1, r"\b24\b", r"\b12\b (postes|utilisateurs)"),
    ("C4", ["draft an MSA for a chain of 4 tyre shops, 16 users, monday to saturday",
            "one more shop opens in may, same setup"], "msp", "en", 16, 5, r"\b16\b", None),
    ("C5", ["contrat d'infogérance pour une école de musique, 2 sites, 9 postes",
            "on passe de 9 à 11 postes à la rentrée"], "client", "fr", 11, 2, r"\b11\b", r"\b9\b (postes|utilisateurs)"),
    # no count of places stated before: the place's rank gives it
    ("C6", ["contrat d'infogérance pour un cabinet d'architectes, 9 postes, heures ouvrées",
            "ils ouvrent un deuxième bureau à Rennes en avril"], "msp", "fr", 9, 2, r"\b9\b", None),
]


@pytest.mark.parametrize("case, turns, side, lang, users, sites, has, lacks", COUNT_DIALOGUES,
                         ids=[c[0] for c in COUNT_DIALOGUES])
def test_a_count_change_moves_the_stated_count_once(tmp_path, entries, case, turns, side, lang, users, sites, has,  # noqa: F811
                                                    lacks):
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    scope = pub["state"]["scope"]
    assert (scope["users"], scope["sites"]) == (users, sites), f"{case}: {pub['act']} {scope}"
    contract = _fold((pub.get("contract") or {}).get("markdown") or "")
    assert re.search(has, contract), f"{case}: {has} not in contract"
    if lacks:
        assert not re.search(lacks, contract), f"{case}: {lacks} in contract"


def test_a_count_change_said_again_next_turn_is_not_applied_twice(tmp_path, entries):  # noqa: F811
    turns = ["contrat d'infogérance pour un cabinet de géomètres, 10 postes, 2 bureaux",
             "ajoute 2 postes", "la redevance est de 900 euros HT par mois"]
    out, pub, state = run_turns(tmp_path, entries, turns, "msp", "fr")
    assert pub["state"]["scope"]["users"] == 12, pub["state"]["scope"]


# -- 2. a staff total beside the seats ----------------------------------------------------------------------------------
SEATS = [
    ("Entreprise de BTP, 45 salariés dont 20 sur ordinateur, 2 agences", 20),
    ("logistics firm, 80 staff but only 30 PCs, 3 depots", 30),
    ("une association d'aide à domicile : 120 salariés, 18 postes informatiques au siège", 18),
    ("we're a bakery chain with 60 employees and 12 workstations", 12),
    ("cabinet comptable de 25 personnes, 25 postes", 25),
    ("crèche de 14 salariés", 14),
    ("150 employees, around 40 computer users, 2 sites", 40),
]


@pytest.mark.parametrize("message, users", SEATS, ids=[s[0][:40] for s in SEATS])
def test_the_users_are_the_seats_not_the_staff_total(message, users):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("users") == users, f"{message}: {read_slots(message).facts}"


# -- 3. one place said with a digit -------------------------------------------------------------------------------------
@pytest.mark.parametrize("message", [
    "Agence de traduction, 9 personnes, 1 seul bureau à Lille.",
    "We're a small architecture practice: 7 people, only 1 office.",
    "cabinet de kiné, 1 seule adresse, 4 postes",
    "just 1 site, 11 users",
])
def test_one_place_said_with_a_digit_is_one_site(message):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("sites") == 1, f"{message}: {read_slots(message).facts}"


# -- 4. English follow-ups on the clause on the table --------------------------------------------------------------------
_EN_CLAUSE = "draft a liability clause on our side, client-friendly, cap at 12 months of fees"
FOLLOW_EN = [
    ("F1", [_EN_CLAUSE, "what does 'whatever the cause' change, in practice?"]),
    ("F2", [_EN_CLAUSE, "if the freezer alarms fail and we lose the stock, who has to prove a fault, them or us?"]),
    ("F3", ["draft a termination clause for us as the customer, 3 months' notice",
            "and what does 'for convenience' mean there?"]),
    ("F4", [_EN_CLAUSE, "say the greenhouse controller goes down overnight, do we have to show they were negligent?"]),
]


@pytest.mark.parametrize("case, turns", FOLLOW_EN, ids=[c[0] for c in FOLLOW_EN])
def test_an_english_follow_up_on_the_clause_is_never_out_of_scope(tmp_path, entries, case, turns):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "client", "en")
    assert pub["act"] in ("follow_up", "question", "explain_term", "obligations"), f"{case}: {pub['act']}"
    assert not re.search(r"outside (that|this|my) field|out of scope", _fold(pub["answer"])), f"{case}: {pub['answer']}"


# -- 5. more balanced, with a reason that names the other side -----------------------------------------------------------
BALANCED = [
    ("B1", ["write the SLA clause on our side, 4h response time", "make it more balanced, their procurement team will go "
            "through it"], "msp", "en", "sla"),
    ("B2", ["rédige la clause de réversibilité côté prestataire", "rends-la plus équilibrée, leur avocat va la relire"],
     "msp", "fr", "reversibility"),
    ("B3", ["draft the confidentiality clause for us, the client", "tone it down to something more even-handed, the MSP's "
            "lawyer will read it"], "client", "en", "confidentiality"),
]


@pytest.mark.parametrize("case, turns, side, lang, topic", BALANCED, ids=[c[0] for c in BALANCED])
def test_more_balanced_with_the_other_side_as_reason_changes_the_position(tmp_path, entries, case, turns, side, lang,  # noqa: F811
                                                                         topic):
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub["act"] == "change_position", f"{case}: {pub['act']}"
    assert pub["draft"] and pub["draft"]["position"] == "balanced" and pub["draft"]["topic"] == topic, \
        f"{case}: {pub['draft'] and (pub['draft']['topic'], pub['draft']['position'])}"


# -- 6. two terms compared, the second elliptic -------------------------------------------------------------------------
COMPARED = [
    ("T1", "in a nutshell, what's the difference between an obligation of means and one of result?", "en"),
    ("T2", "c'est quoi déjà la différence entre une obligation de moyens et une de résultat ?", "fr"),
    ("T3", "remind me: obligation of result vs one of means?", "en"),
]


@pytest.mark.parametrize("case, message, lang", COMPARED, ids=[c[0] for c in COMPARED])
def test_two_terms_compared_with_an_ellipsis_are_explained(tmp_path, entries, case, message, lang):  # noqa: F811
    turns = ["draft an availability clause for us, 99.5%" if lang == "en" else "rédige une clause de disponibilité, 99,5 %",
             message]
    out, pub, state = run_turns(tmp_path, entries, turns, "client", lang)
    assert pub["act"] == "explain_term", f"{case}: {pub['act']}"
    answer = _fold(pub["answer"])
    assert re.search(r"moyens|means", answer) and re.search(r"resultat|result", answer), f"{case}: {pub['answer']}"


# -- 7. the user's own documents searched ----------------------------------------------------------------------------------
PRECEDENTS = [
    ("P1", "tu peux chercher dans mes docs les clauses de pénalités qu'on a déjà signées ailleurs ?", "msp", "fr"),
    ("P2", "vous avez des clauses de confidentialité comparables dans nos contrats ?", "client", "fr"),
    ("P3", "can you dig out the liability caps we've signed elsewhere, from my files?", "msp", "en"),
    ("P4", "do we have similar reversibility clauses in our own contracts?", "client", "en"),
]


@pytest.mark.parametrize("case, message, side, lang", PRECEDENTS, ids=[c[0] for c in PRECEDENTS])
def test_the_users_own_documents_searched_are_precedents(tmp_path, entries, case, message, side, lang):  # noqa: F811
    turns = ["contrat d'infogérance pour une PME de 20 postes" if lang == "fr" else "managed services agreement, 20 users",
             message]
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert pub["act"] == "precedents", f"{case}: {pub['act']}"


# -- 8. a recurrence said by its period's name ---------------------------------------------------------------------------
@pytest.mark.parametrize("message, months", [
    ("a restore test every quarter", 3),
    ("un test de restauration chaque trimestre", 3),
    ("tests de restauration tous les semestres", 6),
    ("each half-year a restore test", 6),
])
def test_a_recurrence_by_its_period_is_a_duration(message, months):
    from assistant.text import find_quantities

    qs = find_quantities(message)
    assert [(q.value, q.unit) for q in qs] == [(months, "month")], f"{message}: {qs}"


@pytest.mark.parametrize("message", ["facturé par trimestre", "quarterly invoicing", "payable per quarter"])
def test_a_sum_per_period_is_no_recurrence_of_a_test(message):
    from assistant.text import find_quantities

    assert find_quantities(message) == [], message


@pytest.mark.parametrize("turns, lang, has", [
    (["draft the backup clause for us as the provider, RPO 12h, restore test every quarter"], "en",
     r"every (3|three)( \(3\))? months|quarter"),
    (["rédige la clause de sauvegarde côté client, avec un test de restauration chaque semestre"], "fr",
     r"(6|six)( \(6\))? mois|semestr"),
])
def test_a_recurrence_by_its_period_reaches_the_draft(tmp_path, entries, turns, lang, has):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "msp", lang)
    assert pub["draft"] and re.search(has, _fold(pub["draft"]["text"])), pub["draft"] and pub["draft"]["text"]


# -- 9. a kind of place suggests a criticality, it does not state one -------------------------------------------------------
@pytest.mark.parametrize("message, inferred", [
    ("contrat d'infogérance pour une clinique vétérinaire, 12 postes", True),
    ("MSA for a bottling factory, 30 users", True),
    ("une clinique, c'est très critique pour eux, 20 postes", False),
    ("our client's plant is mission-critical, 40 users", False),
])
def test_a_kind_of_place_makes_criticality_an_inference(message, inferred):
    from assistant.chat.slots import read_slots

    s = read_slots(message)
    assert s.facts.get("criticality") == "high", f"{message}: {s.facts}"
    assert ("criticality" in s.inferred) is inferred, f"{message}: {s.inferred}"


def test_an_inferred_criticality_is_not_stated(tmp_path, entries):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, ["rédige un contrat d'infogérance pour une clinique vétérinaire, 12 postes, "
                                                    "2 sites"], "msp", "fr")
    assert pub["state"]["scope"]["criticality"] == "high"
    assert "criticality" not in pub["state"]["stated"], pub["state"]["stated"]


# -- 10. a count said as the base of the change in the same message ------------------------------------------------------
@pytest.mark.parametrize("message, unit, after", [
    ("sur nos 20 postes, on en retire 3", "users", 17),
    ("we have 12 users and are adding 3 more", "users", 15),
    ("they have 30 staff and are losing 2 of them", "users", 28),
    ("parmi nos 5 agences, on en ferme deux", "sites", 3),
    ("out of our 7 stores we're closing one", "sites", 6),
    # the total after the change, explained: kept as said
    ("en fait 4 sites : ils ont deux entrepôts en plus", "sites", 4),
    ("actually it's 9 offices, they just bought one", "sites", 9),
])
def test_a_count_said_as_the_base_of_a_change_is_changed(message, unit, after):
    from assistant.chat.slots import read_slots

    s = read_slots(message)
    assert s.facts.get(unit) == after, f"{message}: {s.facts} {s.relative}"


# -- known short: written with the classes above, not fixed this session ----------------------------------------------------
@pytest.mark.parametrize("turns, lang", [
    (["on prépare un marché d'infogérance pour une communauté de communes, 4 sites, 60 postes",
      "et la maintenance des caméras du parking ? on ne veut pas que le titulaire y touche"], "fr"),
    (["we're tendering managed services for a port authority, 3 sites, 45 users",
      "what about monitoring the crane controllers? we don't want the contractor touching them"], "en"),
])
def test_a_thing_excluded_by_a_pronoun_is_said_back_as_excluded(tmp_path, entries, turns, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "client", lang)
    assert re.search(r"exclu|hors (du )?perimetre|out of (the )?scope|not (in|part of) the scope|retir|removed",
                     _fold(pub["answer"])), pub["answer"]


@pytest.mark.xfail(strict=True, reason="a minimum period before termination for convenience ('exit for convenience after 12 "
                                       "months') has no figure in the termination clauses and is read as the reversibility "
                                       "period; needs a lock-in figure in the clause library")
def test_a_lock_in_before_convenience_exit_reaches_the_draft(tmp_path, entries):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, ["draft a termination clause for us as the customer: we can leave for "
                                                    "convenience after 18 months, with 2 months' notice"], "client", "en")
    assert pub["draft"] and re.search(r"\b(18|eighteen)( \(18\))? months", _fold(pub["draft"]["text"])), pub["draft"]
