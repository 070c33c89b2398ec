"""Classes of wording from the eighth session's fresh dialogue set (issue 14), fixed as classes: a count of shops
plus one central place named after it (one more site), home-care beneficiaries' data (health data), where the data
must stay written into the clause on the table, "and for the backups then" after an answer (a follow-up, not a scope
change), and a cap on the total of service credits measured in a share of the monthly fee (the penalties clause, not
the payment terms). Every sentence is our own; each class has FR and EN paraphrases and near-misses."""

from __future__ import annotations

import pytest

from assistant.chat.acts import classify
from assistant.chat.slots import read_slots
from assistant.chat.state import ClauseOnTable, ConversationState, LastAnswer


def _read(text: str, table: str | None = None, side: str = "client", last: str | None = None):
    st = ConversationState(side=side)
    if table:
        st.clause = ClauseOnTable(topic=table, position=side)
        st.last = LastAnswer(act="draft_clause", tool="draft_clause", topic=table, text="…")
    elif last:
        st.last = LastAnswer(act=last, tool=last, topic=None, text="…")
    slots = read_slots(text, topic_hint=table, side_hint=side)
    return classify(text, slots, st), slots


# -- 1. a count of sites plus one central place ----------------------------------------------------------
@pytest.mark.parametrize("text, sites", [
    ("on a 4 magasins et un entrepôt central, 25 salariés", 5),
    ("trois pharmacies plus le siège social", 4),
    ("we run five bakeries plus a central kitchen", 6),
    ("2 offices and the head office, about 40 people", 3),
])
def test_a_count_of_sites_plus_a_central_place(text, sites):
    assert read_slots(text).facts.get("sites") == sites


@pytest.mark.parametrize("text, sites", [
    ("4 offices and an office manager", 4),          # a person, not a place
    ("5 sites et un serveur dans chacun", 5),          # equipment, not a place
    ("nous avons 6 agences et 40 collaborateurs", 6),  # a head count, not a place
])
def test_near_misses_of_the_extra_site(text, sites):
    assert read_slots(text).facts.get("sites") == sites


# -- 2. home care: the people helped at home are health data ---------------------------------------------
@pytest.mark.parametrize("text", [
    "nous sommes un service de soins à domicile, une trentaine d'intervenants",
    "association d'aide à la personne : les plans d'aide de nos bénéficiaires sont dans le logiciel",
    "we're a home-care provider with twenty carers",
    "the care plans of our elderly clients sit on the server",
])
def test_home_care_is_personal_data(text):
    assert read_slots(text).facts.get("personal_data") is True


@pytest.mark.parametrize("text", [
    "we take good care of our servers",
    "je télétravaille à domicile deux jours par semaine",
])
def test_near_misses_of_home_care(text):
    assert "personal_data" not in read_slots(text).facts


# -- 3. where the data must stay, written into the clause ------------------------------------------------
@pytest.mark.parametrize("text, places", [
    ("rajoute que nos données sont stockées en France uniquement", ["france"]),
    ("précise que l'hébergement se fait dans l'Union européenne ou en France", ["france", "eu"]),
    ("add that our data must remain within the EU", ["eu"]),
    ("make sure it says the backups are kept in the European Economic Area", ["eea"]),
])
def test_a_data_location_is_read_and_asked_into_the_clause(text, places):
    u, s = _read(text, table="data_protection")
    assert sorted(s.data_location) == sorted(places)
    assert u.act in ("change_position", "add_remove") and u.topic == "data_protection"


@pytest.mark.parametrize("text", [
    "nos données sont chez un hébergeur",      # no place named
    "the servers are in our office",           # no region
    "we have some data in the US",             # no allowed region asked
])
def test_near_misses_of_the_data_location(text):
    assert read_slots(text).data_location == []


def test_the_location_is_written_into_the_clause(app, tmp_path):
    from tests.llm_helpers import build_llm_app

    engine = build_llm_app(app, tmp_path, chat_model=False).chat
    r = engine.turn("il nous faut une clause de protection des données", side="client", lang="fr")
    cid = r.conversation_id
    r = engine.turn("ajoutez que nos données sont hébergées en France", conversation_id=cid, side="client", lang="fr")
    assert "exclusivement en France" in r.answer.answer
    assert r.conversation.clause.located == ["france"]


# -- 4. "and for the backups then": a follow-up ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "et pour la supervision alors",
    "et concernant la sauvegarde, du coup",
    "and for the patching then",
    "what about monitoring then",
])
def test_a_service_named_after_and_for_is_a_follow_up(text):
    u, _s = _read(text, last="obligations")
    assert u.act == "follow_up"


@pytest.mark.parametrize("text, act", [
    ("they also look after our backups", "state_fact"),        # a verb: the scope, stated
    ("and for backups, add them to the scope", "add_remove"),   # asked into the scope
])
def test_near_misses_of_the_service_follow_up(text, act):
    u, _s = _read(text, last="obligations")
    assert u.act == act


# -- 5. a cap on the credits measured in a share of the fee ----------------------------------------------
@pytest.mark.parametrize("text, cap", [
    ("cap all the credits together at fifteen percent of the monthly fee", 15),
    ("the credits can't exceed 25% of the monthly fee overall", 25),
    ("le total des pénalités ne dépasse pas 20 % de la redevance mensuelle", 20),
])
def test_a_cap_on_credits_in_a_share_of_the_fee(text, cap):
    u, s = _read(text, table="penalties")
    assert u.act == "set_figure" and u.topic == "penalties"
    assert s.figures == {"penalty_cap_percent": cap}


@pytest.mark.parametrize("text, figures", [
    ("a credit of 5% of the monthly fee per hour late", {"penalty_rate_percent": 5}),  # the rate, not a cap
    ("pénalité de 3 % de la redevance par heure de retard", {"penalty_rate_percent": 3}),
])
def test_near_misses_of_the_credit_cap(text, figures):
    u, s = _read(text, table="penalties")
    assert u.topic == "penalties" and s.figures == figures


def test_the_monthly_fee_alone_still_names_the_payment_terms():
    u, s = _read("what is a usual monthly fee?")
    assert u.topic == "pricing_payment"


# -- 6. round-the-clock hours said through the premises --------------------------------------------------
@pytest.mark.parametrize("text", [
    "two hotels, the reception desks never close",
    "a guest house with a 24-hour front desk",
    "deux hôtels, l'accueil ne ferme jamais",
    "réception ouverte 24 heures sur 24 dans nos trois résidences",
])
def test_hours_round_the_clock_said_through_the_premises(text):
    assert read_slots(text).facts.get("hours") == "24x7"


@pytest.mark.parametrize("text", [
    "the ticket is never closed without our approval",
    "on ne ferme jamais un ticket sans accord du client",
    "notify us within 24 hours",
])
def test_near_misses_of_round_the_clock_hours(text):
    assert "hours" not in read_slots(text).facts


# -- 7. the one writing runs the client's IT: control shared ---------------------------------------------
@pytest.mark.parametrize("text", [
    "responsable informatique d'une fonderie, 70 postes sur un site",
    "bonjour, je suis le DSI d'une mutuelle régionale",
    "I'm the IT manager of a freight company, 45 users",
    "head of IT at a small college here, two campuses",
])
def test_an_in_house_it_speaker_means_shared_control(text):
    assert read_slots(text).facts.get("control") == "shared"


@pytest.mark.parametrize("text, control", [
    ("je suis responsable informatique, on veut que le prestataire gère tout", "exclusive"),  # said outright
    ("I'm the DPO of a distributor, 90 users", None),                                         # not the IT
    ("our MSP's IT manager never calls back", None),                                          # their person
])
def test_near_misses_of_the_in_house_it_speaker(text, control):
    assert read_slots(text).facts.get("control") == control


# -- 8. a clause asked with a fact in it: the fact is recorded too ----------------------------------------
@pytest.mark.parametrize("text", [
    "add on-site visits, two days a month",
    "ajoutez des interventions sur site, une journée par mois",
])
def test_a_clause_added_with_a_fact_records_the_fact(text):
    from assistant.chat.router import plan
    from assistant.chat.state import ContractInProgress

    st = ConversationState(side="msp", contract=ContractInProgress())
    st.last = LastAnswer(act="draft_contract", tool="draft_contract", topic=None, text="…")
    s = read_slots(text, side_hint="msp")
    u = classify(text, s, st)
    p = plan(u, st, text)
    names = [c.name for c in p.calls]
    assert u.act == "add_remove" and names[0] == "update_scope" and p.calls[0].args["facts"].get("on_site") is True


def test_near_miss_a_clause_added_with_no_fact_records_none():
    from assistant.chat.router import plan
    from assistant.chat.state import ContractInProgress

    text = "add a reversibility clause"
    st = ConversationState(side="msp", contract=ContractInProgress())
    st.last = LastAnswer(act="draft_contract", tool="draft_contract", topic=None, text="…")
    s = read_slots(text, side_hint="msp")
    p = plan(classify(text, s, st), st, text)
    assert [c.name for c in p.calls] == ["revise_contract"]
