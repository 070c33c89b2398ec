"""Classes of wording from the ninth session (issue 14, dev_fresh_20 and the leftovers of the eighth session), fixed
as classes: a place that never closes (round-the-clock hours; the negation denies neither the hours nor the data),
the cover asked for against the premises' hours, "make it tougher" (stricter for the user's side), the provider alone
holding the admin keys told by an example of what the client cannot do (a control fact, nothing taken out of the
scope), a job asked with its object only pointed at (one question back), the liability cap as a share of the fees and
a separate cap for data loss (written into the clause), a period for returning or deleting the data at the end,
backup retention said in years, a contract asked to be "started", and a figure that replaces the one just discussed.
Every sentence is our own; each class has FR and EN paraphrases and near-misses."""

from __future__ import annotations

import re

import pytest

from assistant.chat.acts import classify
from assistant.chat.slots import read_slots
from assistant.chat.state import ClauseOnTable, ConversationState, LastAnswer
from assistant.knowledge.entries import load_entries
from assistant.legal.drafting.clause import draft_clause


def _read(text: str, table: str | None = None, side: str = "client", last: str | None = None):
    st = ConversationState(side=side)
    if table:
        st.clause = ClauseOnTable(topic=table, position=side)
        st.last = LastAnswer(act="draft_clause", tool="draft_clause", topic=table, text="…")
    elif last:
        st.last = LastAnswer(act=last, tool=last, topic=None, text="…")
    slots = read_slots(text, topic_hint=table, side_hint=side)
    return classify(text, slots, st), slots


# -- 1. a place that never closes ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "nos deux cliniques ne ferment jamais",
    "la pharmacie de garde n'est jamais fermée",
    "our care homes never shut, staff work nights",
    "the clinic doesn't ever close",
])
def test_a_place_that_never_closes_is_round_the_clock_and_keeps_its_data(text):
    s = read_slots(text, side_hint="client")
    assert s.facts.get("hours") == "24x7"
    assert "hours" not in s.negated_facts
    assert s.facts.get("personal_data") is not False and "personal_data" not in s.negated_facts


@pytest.mark.parametrize("text", [
    "nos cliniques ne gardent aucune donnée patient chez le prestataire",
    "our clinics never close, but we keep no patient data at all",
])
def test_near_misses_data_denied_outright_stays_denied(text):
    assert read_slots(text, side_hint="client").facts.get("personal_data") is False


# -- 2. the premises' hours against the cover asked for --------------------------------------------------
@pytest.mark.parametrize("text", [
    "two hotels, 40 staff accounts, round the clock since the front desk never shuts",
    "3 hôtels, 50 comptes, 24h/24 car l'accueil ne ferme jamais",
])
def test_round_the_clock_because_a_desk_never_closes(text):
    assert read_slots(text, side_hint="msp").facts.get("hours") == "24x7"


@pytest.mark.parametrize("text", [
    "the front desk is staffed 24/7 but we only need support during office hours",
    "l'accueil est ouvert 24h/24 mais on veut le support qu'en heures ouvrées",
])
def test_near_misses_the_cover_asked_for_wins_over_the_premises(text):
    assert read_slots(text, side_hint="client").facts.get("hours") == "business"


# -- 3. "make it tougher": stricter for the user's side ---------------------------------------------------
@pytest.mark.parametrize("text, table", [
    ("make it tougher", "sla"),
    ("could you make this a bit stricter?", "liability"),
    ("rends-la plus dure", "sla"),
    ("fais-la un peu plus stricte stp", "penalties"),
])
def test_tougher_with_nobody_named_is_the_users_side(text, table):
    u, s = _read(text, table=table)
    assert u.act == "change_position" and s.position == "mine" and u.relative


@pytest.mark.parametrize("text, act, position", [
    ("make it tougher on the provider", "change_position", "client"),  # the side named
    ("rends-la plus souple", "change_position", "theirs"),            # softer, not tougher
    ("make it shorter", "rephrase", None),                            # the text, not the position
])
def test_near_misses_of_tougher(text, act, position):
    u, s = _read(text, table="sla")
    assert u.act == act and s.position == position


# -- 4. the provider alone holds the keys, told by what the client cannot do ------------------------------
@pytest.mark.parametrize("text", [
    "only their techs hold the admin rights - we couldn't even install a printer on our own",
    "they are the only ones with the passwords, we cannot even add a laptop ourselves",
    "c'est eux qui ont tous les accès admin, on ne peut même pas ajouter une imprimante nous-mêmes",
    "le presta a seul les mots de passe administrateur, on ne peut pas installer un logiciel",
])
def test_an_example_of_what_the_client_cannot_do_is_a_control_fact(text):
    u, s = _read(text, last="question")
    assert u.act == "state_fact"
    assert s.facts.get("control") == "exclusive"
    assert not (s.remove_assets or s.remove_services or s.add_assets or s.add_services)


@pytest.mark.parametrize("text, control, removed", [
    ("our IT guy keeps the admin passwords and they do the rest", "shared", []),
    ("pas d'imprimantes dans le périmètre", None, ["printers"]),
])
def test_near_misses_of_the_control_example(text, control, removed):
    _u, s = _read(text, last="question")
    assert s.facts.get("control") == control and s.remove_assets == removed


# -- 5. a job asked with its object only pointed at -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "tu me fais ça vite fait stp",
    "vous pouvez me préparer le truc pour demain",
    "tu peux t'occuper du dossier du garage ?",
    "could you handle that one for me please",
    "can u sort the dentist thing",
])
def test_a_job_pointed_at_with_nothing_said_is_asked_back(text):
    u, _ = _read(text)
    assert u.act == "clarify"


@pytest.mark.parametrize("text, act", [
    ("tu me fais une pizza ?", "out_of_scope"),
    ("can you book the hotel for me", "out_of_scope"),
    ("tu me fais le contrat du garage stp", "draft_contract"),
])
def test_near_misses_of_the_pointed_job(text, act):
    u, _ = _read(text)
    assert u.act == act


# -- 6. the liability cap in a share of the fees, and a separate cap for data loss ------------------------
@pytest.mark.parametrize("text, table, figures", [
    ("draft a liability clause, capped at 40% of the yearly fees", None,
     {"liability_cap_percent": 40, "liability_cap_months": 12}),
    ("plafonne la responsabilité à 60 % des sommes payées sur l'année", None,
     {"liability_cap_percent": 60, "liability_cap_months": 12}),
    ("bring it down to half the annual fees", "liability", {"liability_cap_percent": 50, "liability_cap_months": 12}),
    ("give data loss a cap of its own, 75 000 euros", "liability", {"data_loss_cap_eur": 75000}),
    ("un sous-plafond de 120 000 € pour les pertes de données", "liability", {"data_loss_cap_eur": 120000}),
    ("cap data losses separately at 90k", "liability", {"data_loss_cap_eur": 90000}),
])
def test_liability_cap_share_and_data_loss_cap_are_read(text, table, figures):
    s = read_slots(text, topic_hint=table, side_hint="msp")
    assert {k: s.figures.get(k) for k in figures} == figures


@pytest.mark.parametrize("text, table, absent", [
    ("service credits capped at 15% of the monthly fee", "penalties", "liability_cap_percent"),  # the credits' cap
    ("availability of 99.5% of the time", "sla", "liability_cap_percent"),
    ("our insurer covers 100 000 EUR of data loss", None, "data_loss_cap_eur"),                   # no liability named
])
def test_near_misses_of_the_liability_figures(text, table, absent):
    assert absent not in read_slots(text, topic_hint=table, side_hint="msp").figures


@pytest.mark.parametrize("position", ["msp", "balanced", "client"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_share_and_the_data_loss_cap_are_written_into_the_cap_sentence(position, lang):
    from assistant.chat.clause_edits import _liability_as_said

    clause = draft_clause(topic="liability", scope={"users": 30}, position=position, lang=lang, entries=load_entries(),
                          overrides={"liability_cap_months": 12})
    text = _liability_as_said(clause.text, {"liability_cap_percent": 50, "data_loss_cap_eur": 100000}, lang)
    cap = next(line for line in text.splitlines() if re.search(r"plafonnée|capped", line))
    assert re.search(r"50 ?% (du|des|of the)", cap)
    assert re.search(r"100[\s\u202f\u00a0,.]?000", cap) and re.search(r"données|data", cap)
    assert _liability_as_said(text, {"liability_cap_percent": 50, "data_loss_cap_eur": 100000}, lang) == text  # once


# -- 7. a period to return or delete the data, on the data clause -----------------------------------------
@pytest.mark.parametrize("text, days", [
    ("and twenty days to wipe or hand back everything when we part ways", 20),
    ("45 jours pour restituer ou détruire les données à la fin", 45),
    ("give them 60 days to delete all our data after termination", 60),
])
def test_a_period_to_return_the_data_is_the_data_clauses_figure(text, days):
    u, s = _read(text, table="data_protection")
    assert u.act == "set_figure" and s.figures.get("data_return_days") == days
    assert not s.add_services  # "everything" is the data handed back, not every service


def test_near_miss_everything_as_the_scope_still_adds_every_service():
    s = read_slots("we want you to handle everything", side_hint="client")
    assert {"backup", "monitoring", "patching"} <= set(s.add_services)


# -- 8. backup retention said in years --------------------------------------------------------------------
@pytest.mark.parametrize("text, days", [
    ("conservation des sauvegardes : 3 ans", 3 * 365),
    ("keep the backups for two years", 2 * 365),
])
def test_retention_in_years_is_a_figure_written_as_said(text, days):
    u, s = _read(text, table="backup_recovery")
    assert u.act == "set_figure" and s.figures.get("backup_retention_days") == days
    assert s.said.get("backup_retention_days", [None, None])[1] == "year"


def test_near_miss_retention_in_days_is_not_rewritten():
    s = read_slots("retention of 90 days", topic_hint="backup_recovery")
    assert s.figures.get("backup_retention_days") == 90 and "backup_retention_days" not in s.said


@pytest.mark.parametrize("lang, words", [("fr", r"conservation de 3 ans"), ("en", r"3 years' retention")])
def test_retention_in_years_is_written_in_years(lang, words):
    from assistant.chat.clause_edits import _written_as_said

    clause = draft_clause(topic="backup_recovery", scope={"users": 30}, position="client", lang=lang,
                          entries=load_entries(), overrides={"backup_retention_days": 1095})
    assert re.search(words, _written_as_said(clause, {"backup_retention_days": [3, "year"]}, lang).text)


# -- 9. a contract asked to be started --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "signed a dental group last week, 3 practices and 25 staff, could you kick off the agreement for them",
    "on a rencontré un cabinet d'avocats, 12 personnes, un seul bureau, tu peux attaquer le contrat ?",
])
def test_starting_the_contract_is_drafting_it(text):
    u, _ = _read(text, side="msp")
    assert u.act == "draft_contract"


@pytest.mark.parametrize("text", [
    "we're about to start the contract negotiation with our msp, what should we watch?",
    "when does the contract start?",
])
def test_near_misses_of_starting_the_contract(text):
    u, _ = _read(text)
    assert u.act != "draft_contract"


# -- 10. a figure that replaces the one on the table, the clause unnamed ---------------------------------
@pytest.mark.parametrize("text, table, figures", [
    ("ok disons plutôt 9 mois alors", "non_solicitation", {"non_solicitation_months": 9}),
    ("fine, go with 12 months instead", "non_solicitation", {"non_solicitation_months": 12}),
    ("make that 6 months then", "reversibility", {"reversibility_months": 6}),
])
def test_a_figure_instead_of_the_one_on_the_table(text, table, figures):
    u, s = _read(text, table=table, side="msp")
    assert u.act == "set_figure" and s.figures == figures


def test_near_miss_a_figure_asked_about_is_a_question():
    u, _ = _read("is 9 months enough in your view?", table="non_solicitation", side="msp")
    assert u.act != "set_figure"


# -- 11. who answers for an incident, with the control never stated: the answer says what it depends on ---------
@pytest.mark.parametrize("lang, first, question", [
    ("fr", "nous sommes un cabinet de géomètres, 14 personnes", "si un virus chiffre tout le serveur, le presta est responsable ?"),
    ("en", "we're a 30-person logistics firm", "if hackers lock our files, is the provider at fault?"),
])
def test_who_answers_for_an_incident_depends_on_control(app, tmp_path, lang, first, question):
    from tests.llm_helpers import build_llm_app

    engine = build_llm_app(app, tmp_path, chat_model=False).chat
    r = engine.turn(first, side="client", lang=lang)
    r = engine.turn(question, conversation_id=r.conversation_id, side="client", lang=lang)
    # in words (the line on who administers) or commitment by commitment (sole control / shared control)
    assert re.search(r"Cela dépend d'un point|It depends on a point|maîtrise exclusive\) / .*maîtrise partagée|"
                     r"sole control\) / .*shared control", r.answer.answer)


def test_near_miss_control_stated_no_depends_line(app, tmp_path):
    from tests.llm_helpers import build_llm_app

    engine = build_llm_app(app, tmp_path, chat_model=False).chat
    r = engine.turn("we're a 30-person logistics firm; the provider is the only one holding the admin passwords",
                    side="client", lang="en")
    assert r.conversation.fact("control") == "exclusive" and "control" in r.conversation.stated()
    r = engine.turn("if hackers lock our files, is the provider at fault?", conversation_id=r.conversation_id,
                    side="client", lang="en")
    assert "It depends on a point" not in r.answer.answer


# -- 12. a role is no name, a chain of places is no IT network --------------------------------------------
@pytest.mark.parametrize("text", [
    "je suis DPO d'un groupe de crèches, 6 sites",
    "I'm CISO at a 200-person retailer",
])
def test_a_role_is_not_the_clients_name(text):
    assert "client_name" not in read_slots(text, side_hint="client").facts


def test_near_miss_a_company_name_is_still_read():
    assert read_slots("nous sommes Ferrand Logistique, 40 postes", side_hint="client").facts.get("client_name") == \
        "Ferrand Logistique"


@pytest.mark.parametrize("text", [
    "un réseau de 7 opticiens en Bretagne",
    "we're a network of dental practices",
])
def test_a_chain_of_places_is_not_the_network_asset(text):
    s = read_slots(text, side_hint="client")
    assert "network" not in s.add_assets + s.remove_assets


@pytest.mark.parametrize("text, added", [
    ("le réseau et les pare-feu sont dans le périmètre", ["network"]),
    ("please cover the office network", ["network"]),
])
def test_near_misses_the_it_network_is_still_an_asset(text, added):
    assert read_slots(text, side_hint="client").add_assets == added


# -- 13. a term of the contract reported with facts: a question to judge, not facts alone ----------------
@pytest.mark.parametrize("text", [
    "we're a 60-seat firm on two sites; their agreement allows them to swap subcontractors without asking us",
    "nous sommes 25, leur contrat les autorise à augmenter les prix quand ils veulent",
    "our MSP's terms let them keep our backups for as long as they like, we have 3 offices",
])
def test_a_reported_term_with_facts_is_a_question(text):
    u, s = _read(text)
    assert u.act == "question" and s.facts  # the facts are still read (and recorded by the router)


@pytest.mark.parametrize("text, act", [
    ("we're a 60-seat firm on two sites", "state_fact"),
    ("leur contrat nous autorise à résilier avec un mois de préavis, on est 25", "question"),  # still a term to judge
])
def test_near_misses_of_the_reported_term(text, act):
    u, _ = _read(text)
    assert u.act == act


# -- 14. "a processor contract" names the DPA; what it must contain is no definition ----------------------
@pytest.mark.parametrize("text", [
    "what does a processor contract need to include under article 28?",
    "what else has our processor agreement got to contain?",
    "do we even need processor terms with them?",
])
def test_a_processor_contract_names_the_dpa(text):
    from assistant.chat.intent import find_terms

    terms = find_terms(text)
    assert "dpa" in terms and "processor" not in terms


def test_near_miss_the_processor_alone_is_the_processor():
    from assistant.chat.intent import find_terms

    assert "processor" in find_terms("is our MSP a processor under the GDPR?")


@pytest.mark.parametrize("text", [
    "what does a processor contract have to contain under art 28?",
    "what else must our DPA include?",
])
def test_what_a_contract_must_contain_is_a_question_of_content(text):
    from assistant.chat.answer_plan import question_type

    u, _ = _read(text)
    assert u.act == "question" and question_type(text) == "what_to_write"


def test_near_miss_what_a_dpa_is_stays_a_definition():
    u, _ = _read("what is a DPA?")
    assert u.act == "explain_term"


# -- 15. the hours the user stated, said in an SLA clause counted in business hours ------------------------
@pytest.mark.parametrize("lang, hours, words", [
    ("fr", "extended", r"Heures ouvrées s'entendent .*samedi"),
    ("en", "24x7", r"Business Hours means 24 hours a day"),
])
def test_stated_hours_are_written_into_the_sla_clause(lang, hours, words):
    from assistant.chat.clause_edits import _with_hours

    st = ConversationState(side="client", lang=lang)
    st.set_fact("hours", hours)
    clause = draft_clause(topic="sla", scope=st.scope(), position="client", lang=lang, entries=load_entries())
    text = _with_hours(clause, st).text
    assert re.search(words, text) and re.search(r"^\w+\.\d+ ", text.splitlines()[-1])  # a numbered passage


def test_near_miss_default_hours_leave_the_sla_clause_alone():
    from assistant.chat.clause_edits import _with_hours

    st = ConversationState(side="client", lang="fr")
    st.set_fact("hours", "business", source="default")
    clause = draft_clause(topic="sla", scope=st.scope(), position="client", lang="fr", entries=load_entries())
    assert _with_hours(clause, st).text == clause.text
