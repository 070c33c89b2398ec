"""Classes of misreading fixed on the fresh dev dialogues (dev_fresh_6) and the answers' intents:
the other party's acts and wishes, comparisons and contents, bare figures, sums per event,
the side versus a clause's position, negation of personal data, words inside other words."""

from __future__ import annotations

import pytest

from assistant.chat.acts import classify
from assistant.chat.slot_topics import clause_topic
from assistant.chat.slots import read_slots
from assistant.chat.state import ClauseOnTable, ConversationState


def _act(text: str, **state) -> str:
    st = ConversationState(**state)
    return classify(text, read_slots(text, topic_hint=st.clause.topic if st.clause else None), st).act


@pytest.mark.parametrize("text, state, act", [
    # the other party's proposal is reported, not a request to draft
    ("Notre prestataire nous propose une GTR de 8h ouvrées, c'est correct ?", {}, "question"),
    ("fais-nous un contrat de maintenance, 15 postes", {}, "draft_contract"),
    # two terms compared: both explained (explain_term; a reviewed answer that sets them side by side leads, see
    # tests/test_dialogue_classes_s9b.py); the contents of a thing ask for an answer, not a definition
    ("GTI et GTR c'est quoi la diff ?", {}, "explain_term"),
    ("What's the difference between response time and resolution time?", {}, "explain_term"),
    ("Qu'est-ce qu'un plan de réversibilité doit prévoir ?", {}, "question"),
    ("c'est quoi une GTR ?", {}, "explain_term"),
    # a term applied to the user's own case
    ("Mon prestataire dit qu'il n'a qu'une obligation de moyens, ça veut dire quoi pour moi ?", {}, "obligations"),
    # the effect of a named obligation: a question of law
    ("si le msp a une obligation de moyens et qu'on perd nos donnees, c'est a qui de prouver quoi ?", {}, "question"),
    # drafting for a reader is no objection; being stuck is the user's own situation
    ("Draft a liability clause a cautious client would accept", {}, "draft_clause"),
    ("on a oublié de résilier à temps et le contrat a été reconduit, on est coincés ?", {}, "question"),
    ("et côté prestataire ils diront quoi ?", {"clause": ClauseOnTable(topic="reversibility", position="client")},
     "objections"),
    # a bare number on the clause on the table
    ("hmm no, back to 12", {"clause": ClauseOnTable(topic="non_solicitation", position="msp")}, "set_figure"),
    ("merci ! sinon tu connais un bon resto à Lyon ?", {"clause": ClauseOnTable(topic="termination")},
     "out_of_scope"),
])
def test_acts_by_class(text, state, act):
    assert _act(text, **state) == act


def test_the_other_sides_figure_is_not_the_one_set():
    s = read_slots("le client en voudra 15 %, on peut monter à 10 % max", topic_hint="penalties")
    assert s.figures == {"penalty_cap_percent": 10}


def test_a_cap_reads_as_the_named_clauses_own_figure():
    assert read_slots("draft a price revision clause capped at 3%").figures == {"revision_cap_percent": 3}
    assert read_slots("cap it at 3%", topic_hint="price_revision").figures == {"revision_cap_percent": 3}


def test_notice_for_breach_in_days_is_the_cure_period():
    s = read_slots("rédige une clause de résiliation pour manquement, préavis de trente jours")
    assert s.figures == {"cure_days": 30}


def test_bare_number_takes_the_unit_of_the_clause_on_the_table():
    assert read_slots("hmm no, back to 12", topic_hint="non_solicitation").figures == {"non_solicitation_months": 12}
    assert read_slots("back to 12").figures == {}  # nothing on the table: no unit to guess


@pytest.mark.parametrize("text", ["our MSP charges 40 euros per late invoice on top of interest. can they?",
                                  "45 € par poste et par mois"])
def test_a_sum_per_event_is_no_monthly_fee(text):
    assert "monthly_fee_eur" not in read_slots(text).facts


def test_the_fee_is_still_read():
    assert read_slots("la redevance c'est 2,5k€/mois HT").facts["monthly_fee_eur"] == 2500


def test_a_clause_position_is_not_the_users_side():
    assert read_slots("et côté prestataire ils diront quoi ?").side is None
    assert read_slots("on est côté prestataire").side == "msp"


def test_words_inside_other_words_are_not_facts():
    facts = read_slots("managed IT for a 10 person accounting firm, business hours").facts
    assert facts == {"users": 10, "hours": "business"}  # 'business' holds 'usine' (factory): no criticality
    assert "client_name" not in read_slots("on est 15 sur un seul site").facts


def test_personal_data_in_short_words_and_negated():
    s = read_slots("on ne touche pas aux données perso du client, juste le réseau et les imprimantes")
    assert s.facts.get("personal_data") is False
    assert {"network", "printers"} <= set(s.add_assets)
    assert read_slots("en fait si, on a accès à leur messagerie").facts.get("personal_data") is True


def test_the_clause_named_first_after_the_word_clause():
    assert clause_topic("clause de penalites pr le retard de GTR, côté presta") == "penalties"
    assert clause_topic("rédige la clause données perso") == "data_protection"


@pytest.mark.parametrize("text, state, act", [
    # a document the other side sent is reported, not a request to draft
    ("le contrat proposé dure 36 mois avec reconduction tacite, on peut en sortir avant ?", {}, "question"),
    ("fais une clause de durée à notre avantage", {}, "draft_clause"),
    ("je vois un prospect demain, 50 salariés, ils vont négocier quoi en premier à ton avis ?", {}, "priorities"),
    ("can you recommend a laptop for my son?", {}, "out_of_scope"),
    ("une clause", {}, "clarify"),
])
def test_acts_by_class_second_round(text, state, act):
    assert _act(text, **state) == act


def test_draft_it_means_the_clause_the_last_answer_was_about():
    st = ConversationState(side="client")
    st.last.topic, st.last.act, st.last.tool = "insurance", "question", "answer_question"
    text = "rédige-la, côté prestataire, couverture d'un million d'euros"
    u = classify(text, read_slots(text, topic_hint="insurance"), st)
    assert (u.act, u.topic) == ("draft_clause", "insurance")


def test_a_topic_after_asking_which_clause_is_drafted():
    st = ConversationState(pending={"kind": "clause"})
    u = classify("de force majeure", read_slots("de force majeure"), st)
    assert (u.act, u.topic) == ("draft_clause", "force_majeure")


def test_a_topic_named_is_never_out_of_scope():
    st = ConversationState()
    st.last.act, st.last.topic = "explain_term", "reversibility"
    assert _act("how long should the exit period be?", last=st.last) != "out_of_scope"


def test_priority_named_after_the_figure():
    s = read_slots("rédige une clause SLA pour nous avec GTR de deux heures en P1 et huit heures en P2")
    assert s.figures == {"restoration_time_p1_hours": 2, "restoration_time_p2_hours": 8}


def test_positions_in_more_words():
    assert read_slots("now show me what the provider's version would look like").position == "msp"
    assert read_slots("write a renewal clause that's fairer to us").position == "mine"


@pytest.mark.parametrize("text, state, act", [
    # a polite request is a request, not a question
    ("Je vous remercie. Pouvez-vous maintenant prévoir une assistance de neuf mois ?",
     {"clause": ClauseOnTable(topic="reversibility", position="client")}, "set_figure"),
    ("gimme a tougher SLA on the provider", {}, "draft_clause"),
    ("and put uptime at 99.9", {"clause": ClauseOnTable(topic="sla", position="client")}, "set_figure"),
    ("where will the client push hardest?", {"clause": ClauseOnTable(topic="reversibility", position="msp")},
     "objections"),
    # a short quoted phrase is asked about, not pasted for review
    ("our vendor's SLA says 'commercially reasonable efforts' for uptime. is that a real commitment?", {},
     "question"),
])
def test_acts_by_class_third_round(text, state, act):
    assert _act(text, **state) == act


def test_a_short_self_contained_question_is_a_new_question():
    st = ConversationState()
    st.last.act, st.last.tool = "state_fact", "update_scope"
    assert _act("faut-il être certifié HDS ?", last=st.last) == "question"
    assert _act("pourquoi ?", last=st.last) == "follow_up"


def test_people_and_sites_in_more_words():
    assert read_slots("client = maison de santé, 11 praticiens").facts["users"] == 11
    assert read_slots("cabinet de notaires, 28 personnes, 2 études").facts["sites"] == 2


def test_clause_taken_out_with_a_split_particle():
    assert read_slots("take the insurance clause out").remove_topics == ["insurance"]


def test_who_proves_what_when_both_types_are_compared_is_obligations():
    assert _act("best efforts vs obligation of result, who has to prove what?") == "obligations"
    assert _act("obligation de moyens renforcée, concrètement qui doit prouver quoi si la restauration echoue ?") == \
        "question"


@pytest.mark.parametrize("text, state, act", [
    ("haha ok. client wants unlimited liability for data loss, can we refuse?", {}, "question"),
    ("what's the one thing I must not give up in there?", {"clause": ClauseOnTable(topic="reversibility")},
     "priorities"),
])
def test_acts_by_class_fourth_round(text, state, act):
    assert _act(text, **state) == act


def test_which_one_leans_on_the_last_turn():
    st = ConversationState()
    st.last.act, st.last.tool = "question", "answer_question"
    assert _act("laquelle est la plus importante pour nous ?", last=st.last) == "follow_up"


def test_weekdays_are_business_hours():
    assert read_slots("we only need support on weekdays, no weekend cover").facts["hours"] == "business"


def test_too_long_for_someone_is_not_a_rephrase():
    st = {"clause": ClauseOnTable(topic="termination", position="msp")}
    assert _act("trop long pour le client non ?", **st) != "rephrase"
    assert _act("trop long, raccourcis", **st) == "rephrase"


def test_singular_personal_data_and_new_subprocessor_notice():
    assert read_slots("on ne gère que le réseau, aucune donnée perso").facts["personal_data"] is False
    s = read_slots("clause protection des données avec obligation de nous informer de tout sous-traitant 30 jours avant")
    assert s.figures == {"subprocessor_notice_days": 30}


def test_a_counter_proposal_drafts_the_clause_last_discussed():
    st = ConversationState(side="client")
    st.last.act, st.last.tool, st.last.topic = "question", "answer_question", "liability"
    u = classify("fais-moi une contre-proposition", read_slots("fais-moi une contre-proposition"), st)
    assert (u.act, u.topic) == ("draft_clause", "liability")


def test_the_other_sides_adviser_attacking_is_objections():
    assert _act("which bits will a client's DPO attack?",
                clause=ClauseOnTable(topic="data_protection", position="msp")) == "objections"


def test_too_harsh_softens_the_clause_on_the_table():
    st = {"clause": ClauseOnTable(topic="penalties", position="client"), "side": "client"}
    assert _act("c'est trop agressif, ils ne signeront jamais", **st) == "change_position"
    assert read_slots("c'est trop agressif, ils ne signeront jamais").position == "theirs"
    assert read_slots("c'est trop dur pour le client").position == "client"


def test_social_security_ceiling_is_out_of_scope():
    assert _act("quel est le plafond de la sécurité sociale cette année ?") == "out_of_scope"


def test_a_clause_not_wanted_comes_out_of_the_contract():
    from assistant.chat.state import ContractInProgress

    assert _act("on ne veut pas de clause de non-sollicitation", contract=ContractInProgress()) == "add_remove"


def test_bare_plural_parties_and_of_us():
    assert _act("will clients balk at that?", clause=ClauseOnTable(topic="pricing_payment", position="msp")) == \
        "objections"
    assert read_slots("5 of us, no customer data on our PCs").facts["users"] == 5
