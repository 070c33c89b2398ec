"""Classes of ordinary talk the chat misread (issue 14), studied on half of a blind dialogue batch: counts changed by a
number ("on enlève 3 postes"), a figure taken back ("ah non pardon, c'est…"), a bare value on the contract in the unit
the figure was given in, sites named before a count, the size of the provider taken for users, records of people as
personal data, a fact about what is already in scope, a reference back with nothing before it, service credits read as
availability, and words for the obligation of means and for tacit renewal. Every sentence is our own; FR and EN
paraphrases, with near-misses that keep their old reading."""

from __future__ import annotations

import pytest

from assistant.chat.acts import classify
from assistant.chat.intent import find_terms
from assistant.chat.slots import read_slots
from assistant.chat.state import ContractInProgress, ConversationState, Fact, LastAnswer
from assistant.chat.tools import Toolbox


def _stated(lang: str = "fr", side: str = "msp", **facts) -> ConversationState:
    st = ConversationState(side=side, lang=lang)
    for k, v in facts.items():
        st.facts[k] = Fact(value=v, source="stated")
    st.contract = ContractInProgress(position=side)
    st.last = LastAnswer(act="state_fact", tool="update_scope")
    return st


def _relative(st: ConversationState, text: str):
    """What the conversation does before reading the act: the change resolved against the stated facts."""
    s = read_slots(text, side_hint=st.side)
    Toolbox.relative_figures(object.__new__(Toolbox), s, st, text)
    return s


# -- 1. a count changed by a number ------------------------------------------------------------------------
@pytest.mark.parametrize("text, fact, before, after", [
    ("on retire 4 postes, deux comptables s'en vont en juin", "users", 30, 26),
    ("deux salariés partent à la fin du mois", "users", 12, 10),
    ("we're losing three seats after the restructuring", "users", 40, 37),
    ("please add five users, the new sales team starts monday", "users", 40, 45),
    ("trois nouveaux postes pour les stagiaires", "users", 15, 18),
    ("we're opening one more office in Lyon", "sites", 2, 3),
    ("on ferme une agence sur les quatre, enlève 1 site", "sites", 4, 3),
])
def test_a_count_changed_by_a_number_changes_the_stated_count(text, fact, before, after):
    st = _stated(**{fact: before})
    s = _relative(st, text)
    assert s.facts.get(fact) == after, (s.relative, s.facts)


@pytest.mark.parametrize("text, fact, value", [
    ("on est 26 au total maintenant", "users", 26),       # a new total stays a total
    ("we now have 3 sites", "sites", 3),
])
def test_near_miss_a_new_total_is_not_a_difference(text, fact, value):
    st = _stated(users=30, sites=2)
    s = _relative(st, text)
    assert s.relative is None
    assert s.facts.get(fact) == value


@pytest.mark.parametrize("text, users", [
    ("contrat pour un réseau de 6 salles de sport, 35 employés ouverts de 6h à 22h", 35),  # opening hours, no change
    ("we have 40 staff, 5 new starters next month", 40),  # the total said stays the total
])
def test_near_miss_a_count_with_other_words_after_it_is_a_total(text, users):
    s = read_slots(text)
    assert s.facts.get("users") == users


def test_near_miss_a_month_taken_off_a_notice_stays_a_figure_change():
    s = read_slots("enlève un mois au préavis")
    assert s.relative == ("add", -1.0, "month")


# -- 2. a figure taken back --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, fact, old, new", [
    ("oups, erreur de ma part : c'est 2 300 par mois", "fr", "monthly_fee_eur", 2100, 2300),
    ("non attends, plutôt 950 €, j'ai lu la mauvaise ligne", "fr", "monthly_fee_eur", 980, 950),
    ("sorry, my mistake, it's 4,200 a month", "en", "monthly_fee_eur", 4000, 4200),
    ("oops I meant 28 not 23", "en", "users", 23, 28),
    ("pardon je me suis trompé, 14", "fr", "users", 41, 14),
])
def test_a_short_correction_gives_the_last_stated_figure_its_new_value(text, lang, fact, old, new):
    st = _stated(lang=lang, **{fact: old})
    st.last.fact = fact
    s = _relative(st, text)
    assert s.facts.get(fact) == new
    u = classify(text, s, st)
    assert u.act in ("state_fact", "set_figure"), u.act


@pytest.mark.parametrize("text", [
    "pardon, c'est quoi une GTR ?",                     # an apology before a question: nothing corrected
    "sorry, what does 4 hours mean for a P1?",
    "ok merci",
])
def test_near_miss_no_correction_without_a_value_taken_back(text):
    st = _stated(monthly_fee_eur=2100)
    st.last.fact = "monthly_fee_eur"
    s = _relative(st, text)
    assert "monthly_fee_eur" not in s.facts


def test_near_miss_a_correction_far_from_the_sum_is_not_taken_for_it():
    st = _stated(monthly_fee_eur=2100)
    st.last.fact = "monthly_fee_eur"
    s = _relative(st, "pardon, 3")  # three what? not a fee of 3 euros
    assert "monthly_fee_eur" not in s.facts


# -- 3. sites named before a count, one place said in words ------------------------------------------------
@pytest.mark.parametrize("text, sites", [
    ("un siège social et 3 agences, 50 personnes", 4),
    ("our head office plus 2 warehouses, 70 staff", 3),
    ("tout le monde est dans un seul bâtiment, 18 postes", 1),
    ("just one office, 9 people", 1),
    ("4 agences", 4),                                     # near-miss: nothing named before
])
def test_sites_counted_with_the_place_named_before(text, sites):
    assert read_slots(text).facts.get("sites") == sites


# -- 4. the provider's size is not the number of users ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "make the P1 response four hours, it's only a 5 person MSP",
    "c'est un presta de 8 personnes, ils ne tiendront pas 1h",
    "they're a 12-person IT firm",
])
def test_the_size_of_the_provider_is_no_user_count(text):
    assert "users" not in read_slots(text).facts


def test_near_miss_our_own_head_count_is_read():
    assert read_slots("we're a 30 person architecture firm").facts.get("users") == 30


# -- 5. records of people are personal data ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "l'état civil des résidents est dans le logiciel qu'ils vont maintenir",
    "les contrats et les relevés de nos locataires sont sur le NAS",
    "birth certificates and civil status records are scanned on that server",
])
def test_records_of_people_are_personal_data(text):
    assert read_slots(text).facts.get("personal_data") is True


def test_near_miss_supplier_invoices_are_not_personal_data():
    assert "personal_data" not in read_slots("les factures fournisseurs sont sur le serveur").facts


# -- 6. a fact about what is already in scope is no add request -------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("the patients' files sit on the servers they'll look after", "en"),
    ("les dossiers des adhérents sont sur les serveurs qu'ils vont gérer", "fr"),
])
def test_a_fact_about_assets_in_scope_is_a_stated_fact(text, lang):
    st = _stated(lang=lang, users=20)
    s = read_slots(text, side_hint=st.side)
    assert classify(text, s, st).act == "state_fact"


def test_near_miss_a_new_asset_to_look_after_is_still_added():
    st = _stated(lang="en", users=20)
    text = "they'll also look after our phones"
    s = read_slots(text, side_hint=st.side)
    assert classify(text, s, st).act == "add_remove"


# -- 7. a reference back with nothing before it ----------------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("tu me renvoies la même que la dernière fois ?", "fr"),
    ("same as last time please", "en"),
    ("can you redo the one you sent last week", "en"),
])
def test_a_reference_back_with_nothing_before_asks_back(text, lang):
    st = ConversationState(side="msp", lang=lang)
    s = read_slots(text)
    assert classify(text, s, st).act == "clarify"


def test_near_miss_a_named_clause_like_before_is_drafted():
    st = ConversationState(side="msp", lang="fr")
    text = "refais-moi une clause de confidentialité comme d'habitude"
    s = read_slots(text)
    assert classify(text, s, st).act == "draft_clause"


# -- 8. service credits are not an availability -----------------------------------------------------------
def test_credits_on_a_service_level_clause_are_not_an_availability():
    s = read_slots("P1 in 2 hours and service credits up to 20%", topic_hint="sla")
    assert "availability_percent" not in s.figures
    assert s.figures.get("penalty_cap_percent") == 20


def test_near_miss_an_availability_said_as_such_stays():
    s = read_slots("availability 99.8% please", topic_hint="sla")
    assert s.figures.get("availability_percent") == 99.8


# -- 9. words for the obligation of means and tacit renewal ----------------------------------------------
@pytest.mark.parametrize("text, term", [
    ("what do commercially reasonable efforts actually commit them to?", "obligation_of_means"),
    ("the clause says 'reasonable endeavors', is that weak?", "obligation_of_means"),
    ("is a tacit renewal clause normal?", "tacit_renewal"),
    ("c'est quoi un renouvellement tacite ?", "tacit_renewal"),
])
def test_everyday_names_of_terms(text, term):
    assert term in find_terms(text)


# -- 10. people counted by their job, changed ------------------------------------------------------------
@pytest.mark.parametrize("text, after", [
    ("two extra people are starting in May", 22),
    ("et trois comptables de plus à la rentrée", 23),
    ("we'll have 4 fewer drivers after the summer", 16),
])
def test_people_counted_by_their_job_changed(text, after):
    st = _stated(users=20)
    assert _relative(st, text).facts.get("users") == after


def test_near_miss_more_than_last_year_is_no_change():
    st = _stated(users=20)
    s = _relative(st, "5 more users than last year, that's why we need a new contract")
    assert s.relative is None


# -- 11. a bare value in the unit the figure was given in ------------------------------------------------
class _Figures(Toolbox):
    """A toolbox whose table holds fixed figures (no knowledge base needed)."""

    def __init__(self, figures):  # noqa: D107 - no parent init: only the figure reading is exercised
        self._figures = figures

    def figures_on_table(self, state):
        return dict(self._figures)


def _on_clause(topic, figure, value, said=None, lang="en"):
    from assistant.chat.state import ClauseOnTable

    st = ConversationState(side="client", lang=lang)
    st.clause = ClauseOnTable(topic=topic, position="client", overrides={figure: value}, said=said or {})
    st.last = LastAnswer(act="set_figure", tool="revise_clause", topic=topic, figure=figure)
    return st


@pytest.mark.parametrize("text, lang, expected", [
    ("hmm, rather 60", "en", 2),        # "90 days" then a bare 60: sixty days, two months
    ("disons plutôt 30", "fr", 1),
])
def test_a_bare_value_takes_the_unit_the_figure_was_said_in(text, lang, expected):
    st = _on_clause("termination", "notice_months", 3, said={"notice_months": [90, "day"]}, lang=lang)
    s = read_slots(text, topic_hint="termination", figure_hint="notice_months")
    _Figures({"notice_months": 3, "cure_days": 15}).relative_figures(s, st, text)
    assert s.figures == {"notice_months": expected}


def test_a_term_in_years_then_a_bare_number_on_the_contract():
    st = _stated(lang="en", users=20)
    st.last = LastAnswer(act="set_figure", tool="revise_contract", figure="initial_term_months")
    text = "no, make it 4"
    s = read_slots(text, figure_hint="initial_term_months")
    _Figures({"initial_term_months": 36, "notice_months": 3, "response_time_p1_hours": 4}).relative_figures(s, st, text)
    assert s.figures == {"initial_term_months": 48}


def test_near_miss_a_bare_number_with_nothing_just_set_on_the_contract_changes_nothing():
    st = _stated(lang="en", users=20)
    text = "make it 4"
    s = read_slots(text)
    _Figures({"initial_term_months": 36, "notice_months": 3}).relative_figures(s, st, text)
    assert s.figures == {}


# -- 12. a judgement asked is not a request to rewrite ----------------------------------------------------
@pytest.mark.parametrize("text", ["is that a bit short?", "and is 30 days enough?", "c'est pas un peu court ?",
                                  "ça fait beaucoup non ?"])
def test_a_judgement_asked_stays_a_question_whatever_the_learned_reader_says(text):
    from assistant.chat.act_model import ActReader, Reading
    from assistant.chat.act_catalogue import Understood

    class _Confident:
        threshold, min_margin = 0.5, 0.1

        def read(self, *_a, **_k):
            return Reading(act="rephrase", score=0.99, margin=0.9)

    reader = ActReader(lambda: None)
    reader._model = _Confident()
    st = _on_clause("termination", "notice_months", 3)
    u = Understood(act="follow_up", slots=read_slots(text))
    assert reader.gate(text, u, st).act == "follow_up"


def test_near_miss_a_request_asked_as_a_question_is_still_read_by_the_learned_reader():
    from assistant.chat.act_model import ActReader, Reading
    from assistant.chat.act_catalogue import Understood

    class _Confident:
        threshold, min_margin = 0.5, 0.1

        def read(self, *_a, **_k):
            return Reading(act="rephrase", score=0.99, margin=0.9)

    reader = ActReader(lambda: None)
    reader._model = _Confident()
    st = _on_clause("termination", "notice_months", 3)
    text = "is it possible to make it a bit shorter?"
    u = Understood(act="follow_up", slots=read_slots(text))
    assert reader.gate(text, u, st).act == "rephrase"


# -- 13. words that only begin like a personal-data word, and late payment vs service penalties -----------
@pytest.mark.parametrize("text, expected", [
    ("rédige la clause de paiement, règlement à 30 jours", None),   # "paiement" is not "paie"
    ("conditions de paiement : 45 jours fin de mois", None),
    ("ils font aussi la paie de nos 20 salariés", True),
])
def test_payment_is_not_payroll(text, expected):
    assert read_slots(text).facts.get("personal_data") is expected


@pytest.mark.parametrize("text, topic", [
    ("les pénalités de retard sur une facture impayée, c'est combien au minimum ?", "pricing_payment"),
    ("intérêts de retard : qu'est-ce que la loi impose ?", "pricing_payment"),
    ("les pénalités de retard d'intervention sont trop faibles", "penalties"),  # the provider late, not the payer
    ("5 % de pénalité par heure de retard", "penalties"),
])
def test_late_payment_penalties_are_the_payment_clause(text, topic):
    assert read_slots(text).topic == topic


# -- 14. control kept of a part of the estate keeps it out of the provider's scope ------------------------
@pytest.mark.parametrize("text, side, asset", [
    ("nous gardons la main sur la téléphonie, vous prenez le reste", "client", "telephony"),
    ("we'll keep control of our own firewall", "client", "network"),
    ("the customer keeps charge of its ERP", "msp", "business_apps"),
    ("le client conserve l'administration des serveurs", "msp", "servers"),
])
def test_control_kept_of_an_asset_keeps_it_out(text, side, asset):
    s = read_slots(text, side_hint=side)
    assert asset in s.remove_assets and asset not in s.add_assets


def test_near_miss_the_provider_keeping_control_keeps_it_in():
    s = read_slots("on garde la main sur les serveurs, c'est notre métier", side_hint="msp")
    assert "servers" in s.add_assets and "servers" not in s.remove_assets
