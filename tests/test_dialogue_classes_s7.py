"""Classes of wording the seventh session fixed in the act and slot reader (issue 14): which clause a
request or a figure belongs to (penalties named with the service level they sanction, a cap measured
in months of fees, fees for leaving a contract), halves said in words, the other side going after a
clause, priorities stated rather than asked, the client's firm named, exclusive control said in
other words, a condition written into the clause on the table, and questions put indirectly. Every
sentence is our own; each class has FR and EN paraphrases and near-misses that keep their reading."""

from __future__ import annotations

import re

import pytest

from assistant.chat.acts import classify
from assistant.chat.slot_topics import clause_topic
from assistant.chat.slots import read_slots
from assistant.chat.state import ClauseOnTable, ConversationState, LastAnswer
from assistant.text import find_quantities


def _state(table: str | None = None, last: str | None = None) -> ConversationState:
    st = ConversationState(side="msp")
    if table:
        st.clause = ClauseOnTable(topic=table, position="msp")
        st.last = LastAnswer(act="draft_clause", tool="draft_clause", topic=table, text="…")
    elif last:
        st.last = LastAnswer(act="question", tool="search", topic=last, text="…", question="…")
    return st


def _read(text: str, table: str | None = None, last: str | None = None):
    st = _state(table, last)
    slots = read_slots(text, topic_hint=table)
    return classify(text, slots, st), slots


# -- which clause: penalties named with the SLA they sanction ------------------------------------
@pytest.mark.parametrize("text, topic", [
    ("the customer's buyers insist on penalties tied to our SLA, write us something capped at 8% of the fee", "penalties"),
    ("I need a service credits clause for the SLA, provider side", "penalties"),
    ("rédige-nous des pénalités sur les délais de la GTR, côté prestataire", "penalties"),
    ("il faut une clause de pénalités pour notre SLA, plafond 10 %", "penalties"),
    # near-misses: the service levels themselves
    ("rédige une clause SLA avec une GTR de 6 h", "sla"),
    ("draft an SLA clause with 99.9% uptime", "sla"),
    ("write an SLA clause without penalties, 4h restoration", "sla"),
])
def test_penalties_named_with_the_sla_are_the_penalties_clause(text, topic):
    assert clause_topic(text) == topic


# -- which clause: a cap measured in months of fees ----------------------------------------------
@pytest.mark.parametrize("text, last, months", [
    ("fine, draft it for our side: eighteen months of fees, no indirect losses", "liability", 18),
    ("go on, write one with a cap of 6 months of charges", "liability", 6),
    ("vas-y rédige-la, plafond à neuf mois de redevance", "liability", 9),
    ("écris-nous une clause, limitée à 24 mois de facturation", "liability", 24),
])
def test_months_of_fees_are_a_liability_cap(text, last, months):
    understood, slots = _read(text, last=last)
    assert understood.act == "draft_clause"
    assert understood.topic == "liability"
    assert slots.figures.get("liability_cap_months") == months


@pytest.mark.parametrize("text, topic", [
    ("what's a usual monthly fee for 20 users?", "pricing_payment"),
    ("what payment terms should our invoices have?", "pricing_payment"),
    ("penalties capped at three months of fees", "penalties"),
])
def test_fees_said_otherwise_keep_their_topic(text, topic):
    assert clause_topic(text) == topic


# -- which clause: fees for leaving are a termination term ---------------------------------------
@pytest.mark.parametrize("text, topic", [
    ("and no exit fees at all", "termination"),
    ("et surtout aucun frais de sortie", "termination"),
    ("no early-exit charges please", "termination"),
    # near-misses: the exit itself is reversibility
    ("and the exit plan?", "reversibility"),
    ("et la réversibilité, on en parle ?", "reversibility"),
])
def test_exit_fees_are_a_termination_term(text, topic):
    understood, _slots = _read(text, table="termination")
    assert understood.topic == topic


# -- halves said in words -------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, unit", [
    ("raise the cap to eight and a half percent", 8.5, "percent"),
    ("passe le plafond à six et demi pour cent", 6.5, "percent"),
    ("une GTR de trois heures et demie", 3.5, "hour"),
    ("a term of two years and a half", 2.5, "year"),
    ("deux ans et demi d'engagement", 2.5, "year"),
    ("12 mois", 12, "month"),  # near-miss: no half
])
def test_halves_in_words(text, value, unit):
    q = [q for q in find_quantities(text) if q.unit]
    assert q and q[0].value == value and q[0].unit == unit


def test_a_cap_raised_by_a_half_is_set_on_the_clause():
    understood, slots = _read("push the cap up to six and a half percent", table="penalties")
    assert understood.act == "set_figure"
    assert slots.figures == {"penalty_cap_percent": 6.5}


# -- the other side going after a clause ----------------------------------------------------------
@pytest.mark.parametrize("text, act", [
    ("which part will their lawyers go after first?", "objections"),
    ("what is the customer's counsel going to target here?", "objections"),
    ("leur juriste va s'attaquer à quoi dans cette clause ?", "objections"),
    ("le client va viser quel point à ton avis ?", "objections"),
    # near-miss: a question of law about the other side's rights
    ("can they legally refuse the cap?", "not objections"),
])
def test_the_other_side_going_after_a_clause(text, act):
    understood, _slots = _read(text, table="penalties")
    if act == "not objections":
        assert understood.act in ("question", "follow_up")
    else:
        assert understood.act == act


# -- priorities asked, and a priority stated ------------------------------------------------------
@pytest.mark.parametrize("text, act", [
    ("suppose I can only get three things out of this deal, which?", "priorities"),
    ("if we can just win a couple of points, which ones?", "priorities"),
    ("si on ne peut obtenir que trois points, on choisit lesquels ?", "priorities"),
    ("what matters most in this deal?", "priorities"),  # near-miss: asked
    ("ce qui compte le plus, c'est quoi ?", "priorities"),
    # a priority stated is a fact about the user's needs
    ("we're an architects' office, 18 people, and what matters most is backing up the plans server", "state_fact"),
    ("on est 40, et ce qui compte le plus pour nous c'est la sauvegarde des serveurs", "state_fact"),
])
def test_priorities_asked_or_stated(text, act):
    understood, _slots = _read(text, last="backup_recovery")
    assert understood.act == act


def test_backing_up_is_the_backup_service():
    _u, slots = _read("the one thing we care about is backing up the accounts server", last="backup_recovery")
    assert "backup" in slots.add_services and "servers" in slots.add_assets


# -- the client's firm named ----------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("nouveau client : étude notariale Garnier, 14 postes", "Garnier"),
    ("new customer: dental practice Okafor, three sites", "Okafor"),
    ("au fait, le cabinet s'appelle Fiduciaire des Remparts", "Fiduciaire des Remparts"),
    ("oh and the clinic is called Riverside Health", "Riverside Health"),
])
def test_the_clients_firm_named(text, name):
    _u, slots = _read(text)
    assert name in slots.facts.get("client_name", "")


@pytest.mark.parametrize("text", [
    "nouveau client : cabinet de 20 personnes, deux sites",
    "the clinic has 60 workstations",
    "la clinique s'appelle comment déjà ?",
])
def test_no_name_no_client_name(text):
    _u, slots = _read(text)
    assert "client_name" not in slots.facts


# -- exclusive control said otherwise; hired people are no control fact --------------------------
@pytest.mark.parametrize("text, control", [
    ("on aura la main exclusive sur les serveurs et le réseau", "exclusive"),
    ("nous aurons la maîtrise exclusive du parc", "exclusive"),
    ("they have their own IT guy who runs the servers", "shared"),  # near-miss
    ("we don't want to be accused of poaching their IT guy", None),
    ("on ne veut pas débaucher leur informaticien", None),
])
def test_control_stated(text, control):
    _u, slots = _read(text)
    assert slots.facts.get("control") == control


# -- a condition written into the clause on the table --------------------------------------------
@pytest.mark.parametrize("table, text", [
    ("data_protection", "add a sentence saying they may not use a new sub-processor without our signed consent"),
    ("data_protection", "ajoute une ligne précisant que tout nouveau sous-traitant doit être validé par écrit"),
    ("non_solicitation", "actually, make it mutual, we don't want them to think we poach either"),
    ("non_solicitation", "en fait rends-la réciproque, on ne veut pas débaucher leur informaticien non plus"),
    ("penalties", "and make the credits their exclusive remedy"),
    ("penalties", "fais-en le seul recours du client pour les retards"),
])
def test_a_condition_put_into_the_clause_keeps_its_topic(table, text):
    understood, _slots = _read(text, table=table)
    # s16: said with an adding verb ("add a sentence…", "ajoute une ligne…") the act is an addition to the clause,
    # written as the user's side's version all the same
    assert understood.act == ("add_remove" if text.startswith(("add", "ajoute")) else "change_position")
    assert understood.topic == table


@pytest.mark.parametrize("table, text, act", [
    ("data_protection", "add a line about that", "out_of_scope"),
    ("non_solicitation", "make it shorter", "rephrase"),
    ("non_solicitation", "rends la clause plus courte", "rephrase"),
])
def test_near_misses_of_a_condition(table, text, act):
    understood, _slots = _read(text, table=table)
    assert understood.act == act


# -- questions put indirectly ---------------------------------------------------------------------
@pytest.mark.parametrize("text, act", [
    ("pour notre contrat d'infogérance, on se demande si une GTR est nécessaire", "question"),
    ("nous nous demandons si le contrat doit prévoir des pénalités", "question"),
    ("we're wondering whether our MSP contract should include a GTR", "question"),
    ("rédige un contrat d'infogérance pour 20 postes", "draft_contract"),  # near-miss: a request
])
def test_indirect_questions(text, act):
    understood, _slots = _read(text)
    assert understood.act == act


# -- which clause: leaving the contract, asked after a condition ---------------------------------
@pytest.mark.parametrize("text, topic", [
    ("if they keep missing the SLA, can we just leave?", "termination"),
    ("and if the backups keep failing, could we walk away straight off?", "termination"),
    ("s'ils ratent la GTR tous les mois, on peut partir du jour au lendemain ?", "termination"),
    ("si la sauvegarde échoue encore, est-ce qu'on peut rompre tout de suite ?", "termination"),
    # near-misses: the SLA itself
    ("can we leave the SLA as it is?", "sla"),
    ("on peut garder la GTR à 4 h ?", "sla"),
])
def test_leaving_the_contract_is_termination(text, topic):
    assert clause_topic(text) == topic


# -- a sum owed for hiring staff away is no monthly fee ------------------------------------------
@pytest.mark.parametrize("text, fee", [
    ("non-solicitation for a year, and a flat 20k EUR if they take on one of our engineers", None),
    ("clause de non-débauchage : 10 000 € forfaitaires par technicien recruté", None),
    ("la redevance est de 2 400 € HT par mois, on recrute bientôt", 2400.0),  # near-miss: another clause
    ("we pay 3k a month for 20 users", 3000.0),
])
def test_a_hiring_sum_is_no_fee(text, fee):
    _u, slots = _read(text)
    assert slots.facts.get("monthly_fee_eur") == fee


# -- a vague opener gets one question back ---------------------------------------------------------
@pytest.mark.parametrize("text, act", [
    ("bon ben on fait comment alors", "clarify"),
    ("ok so what do we do now", "clarify"),
    ("euh je fais quoi du coup", "clarify"),
    ("comment on fait pour résilier un contrat d'infogérance ?", "question"),  # near-miss: a subject
])
def test_a_vague_opener_is_asked_back(text, act):
    understood, _slots = _read(text)
    assert understood.act == act


# -- a figure said in another unit is written as said ---------------------------------------------
@pytest.mark.parametrize("text, slot, value, said", [
    ("termination clause for us as the client, ninety days' notice", "notice_months", 3, [90, "day"]),
    ("clause de résiliation côté client, préavis de soixante jours", "notice_months", 2, [60, "day"]),
    ("backup clause please, RTO of one business day", "rto_hours", 24, [1, "business_day"]),
    ("clause de sauvegarde avec un RTO de deux jours", "rto_hours", 48, [2, "day"]),
    ("termination clause, 3 months notice", "notice_months", 3, None),  # near-miss: the slot's own unit
])
def test_a_figure_in_another_unit_is_kept_as_said(text, slot, value, said):
    _u, slots = _read(text)
    assert slots.figures.get(slot) == value
    assert slots.said.get(slot) == said


def test_drafts_and_revisions_write_the_figure_as_said(app, tmp_path):
    from llm_helpers import build_llm_app

    engine = build_llm_app(app, tmp_path, chat_model=False).chat
    r = engine.turn("draft a termination clause for us, we're the client: ninety days' notice to leave", side="client")
    text = r.conversation.clause and engine.tools._clause(r.conversation.clause.topic, r.conversation.clause.position,
                                                          r.conversation.clause.overrides, r.conversation,
                                                          r.conversation.clause.said).text
    assert "90 days" in text and "3 months' notice" not in text
    r = engine.turn("and make it sixty days", conversation_id=r.conversation_id)
    c = r.conversation.clause
    text = engine.tools._clause(c.topic, c.position, c.overrides, r.conversation, c.said).text
    assert "60 days" in text and "90 days" not in text
    r = engine.turn("no, make it 4 months", conversation_id=r.conversation_id)
    c = r.conversation.clause
    text = engine.tools._clause(c.topic, c.position, c.overrides, r.conversation, c.said).text
    assert "4 months" in text and "days' notice" not in text
    r = engine.turn("rédige une clause de sauvegarde, RTO d'un jour ouvré")
    c = r.conversation.clause
    assert "1 jour ouvré" in engine.tools._clause(c.topic, c.position, c.overrides, r.conversation, c.said).text


# -- a passage of the clause on the table taken out, named by what it says -----------------------
@pytest.mark.parametrize("text, part", [
    ("ok, strike the consequential loss part, they won't accept it", "consequential loss"),
    ("remove the bit about the limitation period please", "limitation period"),
    ("supprime la phrase sur la prescription", "prescription"),
    ("enlève le paragraphe concernant les dommages indirects, stp", "dommages indirects"),
])
def test_a_passage_taken_out(text, part):
    understood, slots = _read(text, table="liability")
    assert understood.act == "add_remove" and understood.topic == "liability"
    assert slots.remove_parts == [part]


@pytest.mark.parametrize("text", [
    "scrap the non-solicitation bit",   # a clause named: the topic, taken out
    "drop the hosting part",            # a service
    "what does the indirect damages part mean?",  # a question
])
def test_near_misses_of_a_passage_taken_out(text):
    _u, slots = _read(text, table="liability")
    assert slots.remove_parts == []


def test_the_passage_goes_and_the_rest_is_numbered_again(app, tmp_path):
    from llm_helpers import build_llm_app

    engine = build_llm_app(app, tmp_path, chat_model=False).chat
    r = engine.turn("draft a liability clause for us", side="msp")
    c = r.conversation.clause
    before = engine.tools._clause(c.topic, c.position, c.overrides, r.conversation, c.said, c.dropped).text
    r = engine.turn("take out the indirect damages part", conversation_id=r.conversation_id)
    c = r.conversation.clause
    text = engine.tools._clause(c.topic, c.position, c.overrides, r.conversation, c.said, c.dropped).text
    numbers = [int(n) for n in re.findall(r"(?m)^X\.(\d+) ", text)]
    assert "treat as indirect" in before and "treat as indirect" not in text
    assert numbers == list(range(1, len(re.findall(r"(?m)^X\.(\d+) ", before))))
    assert "taken out" in r.answer.answer
    r = engine.turn("remove the bit about dragons", conversation_id=r.conversation_id)
    assert "no passage of the clause is about dragons" in r.answer.answer
    assert r.conversation.clause.dropped == ["indirect damages"]


# -- a fixed sum owed for hiring staff away is the non-solicitation indemnity ----------------------
@pytest.mark.parametrize("table, text, value", [
    (None, "no-poach clause please: a year after the end, and 12 000 EUR flat for each engineer they recruit", 12000),
    (None, "clause de non-débauchage, 18 mois, avec 8 000 € par salarié embauché", 8000),
    ("non_solicitation", "make the indemnity 20 000 €", 20000),
    ("non_solicitation", "passe l'indemnité à 9 000 €", 9000),
])
def test_a_hiring_sum_is_the_indemnity(table, text, value):
    _u, slots = _read(text, table=table)
    assert slots.figures.get("non_solicitation_indemnity_eur") == value
    assert "monthly_fee_eur" not in slots.facts


@pytest.mark.parametrize("text, figures", [
    ("hmm no, back to 12", {"non_solicitation_months": 12}),  # near-miss: a bare figure stays the period
    ("indemnity of 4 months' salary", {"non_solicitation_indemnity_months": 4}),
])
def test_the_indemnity_in_months_keeps_its_reading(text, figures):
    _u, slots = _read(text, table="non_solicitation")
    assert slots.figures == figures


def test_the_fixed_sum_is_written_in_the_clause_and_months_take_over_again(app, tmp_path):
    from llm_helpers import build_llm_app

    engine = build_llm_app(app, tmp_path, chat_model=False).chat
    r = engine.turn("non-solicitation clause for us: 15 000 EUR if they hire one of our technicians", side="msp")
    assert "EUR 15,000" in r.answer.answer and "months of the last gross monthly salary" not in r.answer.answer
    r = engine.turn("make it 4 months of salary instead", conversation_id=r.conversation_id)
    assert "4 months of the last gross monthly salary" in r.answer.answer and "EUR 15,000" not in r.answer.answer
