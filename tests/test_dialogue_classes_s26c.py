"""Classes of turns a new user's conversation misread (issue 14, twenty-sixth session, helper s26-dia2), written as a
batch BEFORE the fixes, with wording of our own (other trades, both languages, both sides):

1. negation scope in casual unpunctuated text: a new clause ("tout est", "c'est", "on a", "everything is", "they use")
   ends a "pas de / no" even with no comma; the managed cloud tenant named there (M365, Google Workspace, Azure) is an
   asset in scope;
2. defaults are not stated facts: services filled by default stay out of `stated` and are said as defaults to
   confirm; personal data read from the client's trade only (a law firm, a clinic) is said as an inference to confirm,
   not as stated — data the user names stays stated;
3. a counter-proposal asked after a clause ("tu proposerais quoi en face ?", "what would you counter with?"): the clause
   on the table on the user's side, or, when it is already, the fallbacks of its negotiation notes — never out of scope;
4. "et s'ils refusent ?", "they won't budge": a follow-up on the clause on the table answered with its fallbacks
   (negotiation notes), never another topic;
5. "le client va trouver ça trop faible non ?": what the other side will object to in the clause on the table;
6. a figure set to the value the clause already has: the answer says the clause already says so, quoting the figure."""

from __future__ import annotations

import re

import pytest

from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


def _fold(text: str) -> str:
    from assistant.text import fold

    return fold(text)


# -- 1. negation scope ends at a new clause -------------------------------------------------------------------------------
def test_toolkit_new_clause_ends_forward_negation():
    from assistant.text import is_negated

    cases = [
        ("il n'y a pas de serveur chez eux tout est en cloud", "serveur", True),
        ("il n'y a pas de serveur chez eux tout est en cloud", "cloud", False),
        ("sans serveur chez eux tout est en cloud", "cloud", False),
        ("aucun serveur local c'est du Azure partout", "Azure", False),
        ("no servers on site everything is in Microsoft 365", "Microsoft 365", False),
        ("no servers on site everything is in Microsoft 365", "servers", True),
        ("they have no file server they use Google Workspace", "Google Workspace", False),
        ("pas de serveur ni de cloud", "cloud", True),  # "ni" carries the negation on
    ]
    for text, term, expected in cases:
        i = text.index(term)
        assert is_negated(text, (i, i + len(term))) is expected, (text, term)


CLOUD = [
    ("N1", "contrat d'infogérance pour une agence de com, 10 postes, pas de serveur sur place tout est sur Google "
           "Workspace", "msp", "fr"),
    ("N2", "managed services for a 15-seat architects office, no servers on site everything is in Microsoft 365",
     "msp", "en"),
    ("N3", "on est un cabinet de géomètres, 6 postes, on a aucun serveur c'est du Azure pour tout, il nous faut un "
           "contrat d'infogérance", "client", "fr"),
    ("N4", "we need an MSP contract, 20 users, they have no on-prem servers they use Office 365 for everything",
     "msp", "en"),
]


@pytest.mark.parametrize("case, message, side, lang", CLOUD, ids=[c[0] for c in CLOUD])
def test_cloud_after_a_denied_server_is_in_scope(tmp_path, entries, case, message, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, [message], side, lang)
    assets = pub["state"]["scope"]["assets"]
    assert "servers" not in assets, f"{case}: {assets}"
    assert "cloud" in assets, f"{case}: {assets}"


# -- 2. defaults and inferences are not stated ----------------------------------------------------------------------------
DEFAULTS = [
    ("D1", "contrat de maintenance pour une clinique vétérinaire, 7 postes, un seul site", "msp", "fr",
     r"donnees personnelles"),
    ("D2", "maintenance agreement for a dental practice, 6 seats, one site", "msp", "en", r"personal data"),
    ("D3", "il me faut un contrat de maintenance pour une étude de notaires, 9 postes, 1 site", "msp", "fr",
     r"donnees personnelles"),
    ("D4", "we're a law firm, 14 people in one office, need a maintenance contract with our MSP", "client", "en",
     r"personal data"),
]


@pytest.mark.parametrize("case, message, side, lang, data", DEFAULTS, ids=[c[0] for c in DEFAULTS])
def test_defaults_and_trade_inferences_are_not_stated(tmp_path, entries, case, message, side, lang, data):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, [message], side, lang)
    stated = pub["state"]["stated"]
    assert "services" not in stated and "personal_data" not in stated, f"{case}: {stated}"
    assert "users" in stated, f"{case}: {stated}"
    low = _fold(pub["answer"])
    said = re.search(r"(perimetre indique|scope you gave|scope given)[^\n]*", low)
    assert said, f"{case}: {pub['answer'][:300]}"
    line = said.group(0)
    stated_part = re.split(r"hypotheses par defaut|default assumptions|deduit|inferred|a confirmer|to confirm", line)[0]
    assert not re.search(data, stated_part), f"{case}: {line}"
    assert not re.search(r"supervision|monitoring", stated_part), f"{case}: {line}"
    assert re.search(data, line), f"{case}: the inference is said, to confirm: {line}"
    assert pub["state"]["scope"]["personal_data"] is True  # the contract still carries the processor terms


EXPLICIT = [
    ("E1", "contrat de maintenance pour une étude de notaires, 9 postes, les actes des clients sont sur le serveur",
     "msp", "fr"),
    ("E2", "maintenance deal for a physio clinic, 5 seats, patient records sit on their server", "msp", "en"),
]


@pytest.mark.parametrize("case, message, side, lang", EXPLICIT, ids=[c[0] for c in EXPLICIT])
def test_data_named_by_the_user_stays_stated(tmp_path, entries, case, message, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, [message], side, lang)
    assert "personal_data" in pub["state"]["stated"], f"{case}: {pub['state']['stated']}"


# -- 3. a counter-proposal asked ------------------------------------------------------------------------------------------
def _notes(entries, topic, position, lang):
    e = next(e for e in entries if e.id == f"clause.{topic}.{position}.{lang}")
    from assistant.chat.tool_clauses import unbracket

    return [unbracket(n) for n in e.negotiation_notes]


COUNTER = [
    ("C1", "rédige une clause de réversibilité côté prestataire", "tu proposerais quoi en face ?", "client", "fr"),
    ("C2", "draft a penalties clause, customer version", "what would you counter with?", "msp", "en"),
    ("C3", "écris la clause de pénalités version client", "on leur répond quoi ?", "msp", "fr"),
    ("C4", "draft the termination clause, provider-friendly version", "what should we counter-propose?", "client", "en"),
]


@pytest.mark.parametrize("case, setup, message, side, lang", COUNTER, ids=[c[0] for c in COUNTER])
def test_counter_proposal_is_the_users_side_of_the_clause(tmp_path, entries, case, setup, message, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, [setup, message], side, lang)
    assert out.act == "change_position", f"{case}: read as {out.act}"
    assert state.clause is not None and state.clause.position == side, f"{case}: {state.clause}"


COUNTER_OWN = [
    ("C5", "rédige la clause de responsabilité côté prestataire", "et si le client conteste, tu proposerais quoi en "
                                                                   "face ?", "msp", "fr"),
    ("C6", "draft the liability clause on our side", "ok, what would you counter with if they push back?", "msp", "en"),
]


@pytest.mark.parametrize("case, setup, message, side, lang", COUNTER_OWN, ids=[c[0] for c in COUNTER_OWN])
def test_counter_on_own_side_gives_the_fallbacks(tmp_path, entries, case, setup, message, side, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, [setup, message], side, lang)
    assert out.act != "out_of_scope", case
    notes = _notes(entries, "liability", side, lang)
    assert any(n[:40] in pub["answer"] for n in notes), f"{case}: {pub['answer'][:300]}"


# -- 4. "and if they refuse?" ---------------------------------------------------------------------------------------------
REFUSE = [
    ("R1", "rédige la clause de non-sollicitation côté prestataire", "et s'ils refusent ?", "msp", "fr",
     "non_solicitation"),
    ("R2", "draft the liability clause, provider side", "what if they say no?", "msp", "en", "liability"),
    ("R3", "écris-moi une clause de réversibilité protectrice pour le client", "et s'ils disent non ?", "client", "fr",
     "reversibility"),
    ("R4", "draft a liability clause for the provider", "they won't budge", "msp", "en", "liability"),
]


@pytest.mark.parametrize("case, setup, message, side, lang, topic", REFUSE, ids=[c[0] for c in REFUSE])
def test_refusal_follow_up_gives_the_clause_fallbacks(tmp_path, entries, case, setup, message, side, lang,  # noqa: F811
                                                      topic):
    out, pub, state = run_turns(tmp_path, entries, [setup, message], side, lang)
    assert out.act == "follow_up", f"{case}: read as {out.act}"
    assert pub["state"]["topic"] == topic, f"{case}: {pub['state']['topic']}"
    notes = _notes(entries, topic, state.clause.position, lang)
    assert any(n[:40] in pub["answer"] for n in notes), f"{case}: {pub['answer'][:300]}"


# -- 5. the other side will find it too weak / too harsh ------------------------------------------------------------------
WEAK = [
    ("W1", "rédige la clause de responsabilité côté prestataire", "le client va trouver ça trop léger non ?", "msp", "fr",
     "liability"),
    ("W2", "draft the SLA clause on our side", "the customer will say it's too weak, won't they?", "msp", "en", "sla"),
    ("W3", "rédige une clause de pénalités protectrice pour nous", "le presta va trouver ça trop dur non ?", "client",
     "fr", "penalties"),
    ("W4", "draft a penalties clause in our favour", "they're going to think it's way too harsh, right?", "client", "en",
     "penalties"),
]


@pytest.mark.parametrize("case, setup, message, side, lang, topic", WEAK, ids=[c[0] for c in WEAK])
def test_other_side_finding_it_weak_is_objections(tmp_path, entries, case, setup, message, side, lang, topic):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, [setup, message], side, lang)
    assert out.act == "objections", f"{case}: read as {out.act}"
    assert pub["state"]["topic"] == topic, f"{case}: {pub['state']['topic']}"


# -- 6. a figure set to the value the clause already has ------------------------------------------------------------------
SAME = [
    ("S1", "rédige la clause de responsabilité côté prestataire", "mets le plafond à {v} mois", "msp", "fr",
     "liability_cap_months"),
    ("S2", "draft the liability clause, provider side", "set the cap to {v} months", "msp", "en",
     "liability_cap_months"),
    ("S3", "rédige la clause de non-sollicitation", "passe la non-sollicitation à {v} mois", "client", "fr",
     "non_solicitation_months"),
]


@pytest.mark.parametrize("case, setup, message, side, lang, slot", SAME, ids=[c[0] for c in SAME])
def test_figure_already_in_the_clause_is_said_so(tmp_path, entries, case, setup, message, side, lang, slot):  # noqa: F811
    from assistant.chat.tool_clauses import unbracket  # noqa: F401
    from assistant.legal.drafting.slots import values_from_scope

    out, pub, state = run_turns(tmp_path, entries, [setup], side, lang)
    value = values_from_scope(state.scope(), lang, state.clause.position)[slot]
    out, pub, state = run_turns(tmp_path, entries, [setup, message.format(v=value)], side, lang)
    low = _fold(pub["answer"])
    assert "pas su appliquer" not in low and "could not apply" not in low, f"{case}: {pub['answer'][:200]}"
    assert re.search(r"deja|already", low), f"{case}: {pub['answer'][:200]}"
    assert f"{value} " in pub["answer"].split("\n")[0], f"{case}: {pub['answer'][:200]}"
