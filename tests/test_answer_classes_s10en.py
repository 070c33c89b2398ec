"""Issue 15, tenth session (English classes of answers_v10 and the v9 leftovers): how a question is read before a card
is looked for. Every sentence is our own paraphrase, with near-misses that must not fire.

- a clause quoted, then "can they really make us give that up?": a question of law, not a request to draft a clause
  ("make us" is causative, not "make it stricter") (`intent._REVISE`);
- "can they really define it that broadly?", "peuvent-ils l'écrire ainsi ?": whether the other party may do something,
  not a definition of the term it used (`intent._MAY_THEY`);
- hardship named by its article or its test ("1195", "excessively onerous", "excessivement onéreux") is the subject
  named, so that its card wins over a broad who-proves card (`cards._MORE_TERM_CUES["imprevision"]`);
- "what's the deadline / what is the legal time limit / quel est le délai" asks how long (`answer_plan` how_long);
- late-payment charges named by what they are ("late fee", "the 40 euros", "intérêts de retard") and "walk out" (leaving
  the contract) are subjects named (`cards._MORE_TERM_CUES["late_payment"]`, `cards._MORE_CUES["termination"]`);
- the new cards state the articles their class turns on (knowledge base, checked here without the index).
"""

from __future__ import annotations

import pytest

from assistant.chat.acts import classify
from assistant.chat.answer_plan import question_type
from assistant.chat.cards import subject_labels
from assistant.chat.intent import detect_intent
from assistant.chat.slots import read_slots
from assistant.chat.state import ConversationState
from assistant.knowledge.base import KnowledgeBase
from assistant.paths import KB_DIR


def _act(text: str) -> str:
    return classify(text, read_slots(text), ConversationState()).act


# -- a quoted clause, then "can they make us give it up?" ---------------------------------------------------------
CAUSATIVE = [
    "Their supplier code, section 9: 'the supplier shall claim no interest for late payment'. Can they make us accept that?",
    "clause 7 of the buyer's terms drops every late fee. can the customer really make me waive it?",
]


@pytest.mark.parametrize("text", CAUSATIVE)
def test_make_us_after_a_quoted_clause_is_a_question(text):
    assert detect_intent(text).name != "draft_clause"
    assert _act(text) not in ("draft_clause", "change_position", "add_remove")


# near-misses: "make it / the clause …" still revises the clause on the table
@pytest.mark.parametrize("text", ["make the clause more protective for us", "make the penalty clause softer"])
def test_make_the_clause_still_revises(text):
    assert _act(text) != "question"


# -- "can they define it that broadly?" ----------------------------------------------------------------------------
MAY_THEY = [
    "The vendor's conditions define force majeure to cover their own staff walking out. Can they really define it like that?",
    "Our provider's terms include any supplier outage in force majeure; may the provider legally stretch it that far?",
    "Leurs CGV mettent toute cyberattaque en force majeure, peuvent-ils vraiment définir ça comme ça ?",
]


@pytest.mark.parametrize("text", MAY_THEY)
def test_may_they_define_is_not_a_definition(text):
    assert detect_intent(text).name != "explain_term"
    assert _act(text) == "question"


@pytest.mark.parametrize("text", ["what does force majeure mean?", "define force majeure", "c'est quoi la force majeure ?"])
def test_a_definition_asked_stays_a_definition(text):
    assert detect_intent(text).name == "explain_term"


# -- hardship named ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "the supplier invokes article 1195 to raise prices, who must prove what?",
    "our provider says the contract has become excessively onerous since licences doubled",
    "le prestataire dit que le contrat est devenu excessivement onéreux, c'est à qui de prouver ?",
    "can the MSP claim hardship because its costs rose?",
])
def test_hardship_is_the_subject_named(text):
    assert "term:imprevision" in subject_labels(text)


@pytest.mark.parametrize("text", [
    "the MSP raised its prices by 5 % under the indexation clause, is that allowed?",
    "who must prove the backup failed?",
])
def test_no_hardship_named(text):
    assert "term:imprevision" not in subject_labels(text)


# -- "what's the deadline" asks how long ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "what's the actual deadline for answering that request?",
    "what is the legal time limit here, and is it ours?",
    "quel est le délai pour répondre à la personne ?",
])
def test_what_is_the_deadline_asks_how_long(text):
    assert question_type(text) == "how_long"


@pytest.mark.parametrize("text,kind", [
    ("is that deadline in the contract valid?", "enforceable"),
    ("what is a deadline extension clause?", "what_is"),
])
def test_near_misses_keep_their_kind(text, kind):
    assert question_type(text) == kind


# -- the new cards state the articles of their class ----------------------------------------------------------------
ARTICLES = {
    "card.late_payment_charges_waived_s10en": ["L441-10", "D441-5"],
    "card.good_faith_s10en": ["1104"],
    "card.hardship_burden_s10en": ["1195"],
    "card.joint_controller_vs_processor_s10en": ["26", "28(10)"],
    "card.force_majeure_broad_definition_s10en": ["1218", "1170", "1171", "L442-1"],
    "card.support_from_adequate_country_s10en": ["45", "28(2)", "2019/419"],
    "card.run_on_after_term_s10en": ["1212", "1213", "1104"],
    "card.resolutory_clause_content_s10en": ["1225"],
    "card.documented_instructions_clause_s10en": ["28(3)(a)", "28(10)"],
    "card.subcontractor_damage_s10en": ["1231-1"],
    "card.adequacy_vs_scc_s10en": ["45", "46"],
    "card.non_solicitation_former_employee_s10en": ["1231-5"],
    "card.data_subject_request_deadline_s10en": ["12(3)", "28(3)(e)"],
    "card.formal_notice_letter_s10en": ["1226", "1225"],
    "card.availability_clause_content_s10en": ["1231-1", "1231-5"],
}


@pytest.fixture(scope="module")
def kb():
    return {e.id: e for e in KnowledgeBase(KB_DIR).entries}


@pytest.mark.parametrize("card", sorted(ARTICLES))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_new_card_cites_its_articles(kb, card, lang):
    entry = kb[f"{card}.{lang}"]
    cites = " ".join([*entry.rule.cites, *entry.sources])
    for article in ARTICLES[card]:
        assert article in cites, (card, lang, article)
    assert entry.verdict and entry.negotiation


# -- late-payment charges named by what they are -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "their terms cancel every late fee we could charge, does that stick?",
    "can a customer refuse to pay the 40 euros recovery indemnity?",
    "le client refuse les intérêts de retard, il peut ?",
])
def test_late_payment_charges_are_the_subject_named(text):
    assert "term:late_payment" in subject_labels(text)


@pytest.mark.parametrize("text", [
    "the client leaves early and owes all remaining monthly fees, is that enforceable?",
    "our SLA penalties are 5 % of the monthly fee per late ticket, normal?",
])
def test_no_late_payment_charge_named(text):
    assert "term:late_payment" not in subject_labels(text)


# -- "walk out" names leaving the contract ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "if the provider keeps missing its targets, can we walk out right away?",
    "could we simply walk out of the deal tomorrow after all these outages?",
])
def test_walking_out_names_termination(text):
    assert "topic:termination" in subject_labels(text)


@pytest.mark.parametrize("text", [
    "the technician walked into the server room without a badge, is the MSP liable?",
    "what is a walkthrough of the SLA report?",
])
def test_no_walk_out_no_termination(text):
    assert "topic:termination" not in subject_labels(text)
