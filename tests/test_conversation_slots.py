"""Understanding without the index: slots (negation, numbers in digits and words, money,
percentages, durations), acts on a given state, the typed state and its storage."""

from __future__ import annotations

import pytest

from assistant.chat.acts import classify
from assistant.chat.slots import read_slots
from assistant.chat.state import ClauseOnTable, ContractInProgress, ConversationState
from assistant.chat.store import ConversationStore
from assistant.chat.wording import plural, scrub


@pytest.mark.parametrize("text, removed", [
    ("contrat pour 40 postes, sauvegarde incluse, pas d'hébergement", ["hosting"]),
    ("sans hébergement ni sauvegarde", ["hosting", "backup"]),
    ("tout sauf la sécurité", ["security"]),
    ("hors hébergement", ["hosting"]),
    ("we host nothing with you", ["hosting"]),
    ("no hosting, backup included", ["hosting"]),
    ("without patching please", ["patching"]),
    ("retire l'hébergement du périmètre", ["hosting"]),
])
def test_negated_services_are_removed_not_added(text, removed):
    s = read_slots(text)
    assert sorted(s.remove_services) == sorted(removed)
    assert not set(removed) & set(s.add_services)


def test_positive_services_are_added():
    s = read_slots("contrat pour 40 postes, sauvegarde incluse, pas d'hébergement")
    assert "backup" in s.add_services and "hosting" not in s.add_services


@pytest.mark.parametrize("text, facts", [
    ("une PME de 40 postes sur 2 sites", {"users": 40, "sites": 2}),
    ("on est une PME de soixante salariés", {"users": 60}),
    ("a 60-person company, 24/7, no personal data", {"users": 60, "hours": "24x7", "personal_data": False}),
    ("la redevance est de 2 400 € HT par mois", {"monthly_fee_eur": 2400.0}),
    ("our fee is 30,000 EUR a year", {"monthly_fee_eur": 2500.0}),
    ("tout à distance, heures ouvrées", {"on_site": False, "hours": "business"}),
    ("pas d'intervention sur site", {"on_site": False}),
    ("un seul site", {"sites": 1}),
])
def test_scope_facts(text, facts):
    got = read_slots(text).facts
    assert {k: got.get(k) for k in facts} == facts


@pytest.mark.parametrize("text, figures", [
    ("rédige la clause de pénalités, plafonnées à 10 % de la redevance", {"penalty_cap_percent": 10}),
    ("non-sollicitation : 24 mois, indemnité 12 mois de salaire", {"non_solicitation_months": 24,
                                                                   "non_solicitation_indemnity_months": 12}),
    ("passe la non-sollicitation à douze mois", {"non_solicitation_months": 12}),
    ("passe la GTR P2 à 12 h et la disponibilité à 99,9 %", {"restoration_time_p2_hours": 12,
                                                            "availability_percent": 99.9}),
    ("make the liability cap 2 years", {"liability_cap_months": 24}),
    ("préavis de trois mois", {"notice_months": 3}),
    ("paiement à 45 jours", {"payment_days": 45}),
    ("prise en charge P1 en 30 minutes", {"response_time_p1_hours": 0.5}),
])
def test_figures(text, figures):
    assert read_slots(text).figures == figures


def test_bare_figure_reads_through_the_clause_on_the_table():
    assert read_slots("3 ans plutôt", topic_hint="confidentiality").figures == {"confidentiality_years": 3}
    assert read_slots("18 mois", topic_hint="liability").figures == {"liability_cap_months": 18}


def test_positions_relative_and_absolute():
    assert read_slots("Tu peux me faire une version plus protectrice pour moi ?").position == "mine"
    assert read_slots("et plus protectrice pour le client ?").position == "client"
    assert read_slots("more protective for the provider").position == "msp"
    assert read_slots("une version plus équilibrée").position == "balanced"


def _state(**kw) -> ConversationState:
    return ConversationState(**kw)


@pytest.mark.parametrize("text, state, act", [
    ("rédige-moi un contrat d'infogérance pour 40 postes, pas d'hébergement", {}, "draft_contract"),
    ("Tu peux me faire une version plus protectrice pour moi ?", {"clause": ClauseOnTable(topic="sla")},
     "change_position"),
    ("tu peux reformuler plus simplement ?", {"clause": ClauseOnTable(topic="sla")}, "rephrase"),
    ("tu peux me résumer ce que je dois négocier en priorité ?", {}, "priorities"),
    ("non-sollicitation : 24 mois, indemnité 12 mois de salaire, c'est ok ?", {}, "question"),
    ("qu'est-ce que le client va contester dans cette clause ?", {"clause": ClauseOnTable(topic="sla")},
     "objections"),
    ("la redevance est de 2 400 € HT par mois", {"contract": ContractInProgress()}, "state_fact"),
    ("passe la non-sollicitation à 12 mois", {"contract": ContractInProgress()}, "set_figure"),
    ("retire l'hébergement du périmètre", {"contract": ContractInProgress()}, "add_remove"),
    ("exporte en docx", {"contract": ContractInProgress()}, "export"),
    ("c'est quoi une GTR ?", {}, "explain_term"),
    ("quel temps fait-il à Paris ?", {}, "out_of_scope"),
    ("hmm", {}, "clarify"),
])
def test_acts(text, state, act):
    st = _state(**state)
    assert classify(text, read_slots(text, topic_hint=st.clause.topic if st.clause else None), st).act == act


def test_state_round_trip_keeps_provenance(tmp_path):
    st = ConversationState(side="client", lang="en")
    st.set_fact("users", 40)
    st.set_fact("hours", "24x7")
    st.facts["sites"] = st.facts["users"].model_copy(update={"value": 2, "source": "default"})
    st.clause = ClauseOnTable(topic="liability", position="client", overrides={"liability_cap_months": 18})
    store = ConversationStore(tmp_path / "c.sqlite3")
    cid = store.create()
    store.save_state(cid, st.dump())
    again = ConversationState.load(ConversationStore(tmp_path / "c.sqlite3").load(cid).state)
    assert again == st
    assert again.stated() == ["hours", "users"] and again.scope().users == 40 and again.scope().sites == 2
    assert again.public()["scope"]["hours"] == "24x7" and again.public()["position"] == "client"


def test_damaged_state_starts_fresh_without_losing_the_conversation(tmp_path):
    store = ConversationStore(tmp_path / "c.sqlite3")
    cid = store.create()
    store.save_state(cid, {"conversation_state": {"side": "nobody", "facts": 3}})
    assert ConversationState.load(store.load(cid).state) == ConversationState()


def test_plurals_and_no_internal_ids():
    assert plural(1, "sites", "fr") == "1 site" and plural(2, "sites", "fr") == "2 sites"
    assert plural(1, "hour", "en") == "1 hour" and plural(0.5, "hour", "fr") == "0,5 heure"
    text = scrub("Résultat : backup_execution, liability_cap_months = 12 (clause.sla.balanced.fr)", "fr")
    assert "_" not in text and "clause.sla" not in text and "l'exécution des sauvegardes" in text


_CLAUSE = {"clause": ClauseOnTable(topic="liability")}
_CONTRACT = {"contract": ContractInProgress()}


@pytest.mark.parametrize("act, state, text", [
    ("change_position", _CLAUSE, "can you make it tougher on the provider?"),
    ("change_position", _CLAUSE, "plus dur pour le presta"),
    ("change_position", _CLAUSE, "can you tilt it in our favour?"),
    ("change_position", _CLAUSE, "c'est trop favorable au client, rééquilibre"),
    ("objections", _CLAUSE, "quels points vont coincer ?"),
    ("objections", _CLAUSE, "what would the other side say?"),
    ("rephrase", _CLAUSE, "résume"),
    ("rephrase", _CLAUSE, "en langage clair stp"),
    ("priorities", _CONTRACT, "what should I focus on in the negotiation?"),
    ("export", _CONTRACT, "give me the markdown"),
    ("add_remove", _CONTRACT, "remove the non-solicitation clause"),
    ("state_fact", _CONTRACT, "on est 35 en fait"),
    ("set_figure", _CONTRACT, "payment terms 45 days"),
    ("draft_clause", {}, "une clause de réversibilité stp"),
    ("question", {}, "do we need a DPA with our MSP?"),
])
def test_paraphrases(act, state, text):
    st = ConversationState(**state)
    assert classify(text, read_slots(text, topic_hint=st.clause.topic if st.clause else None), st).act == act


def test_relative_positions_resolve_through_the_side():
    assert read_slots("je préfère une version moins dure pour eux").position == "theirs"
    assert read_slots("more protective for the client").position == "client"
    assert read_slots("c'est trop favorable au client, rééquilibre").position == "balanced"
