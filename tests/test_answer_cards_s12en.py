"""Issue 15, twelfth session (English classes of answers_v11): frequent questions no reviewed card answered, or answered
with the card of a neighbouring subject: binding corporate rules against standard clauses (GDPR 46, 47), staff consent
as a transfer ground (49(1)(a)), the MSP as controller of its own client contacts (4(7), 28(10)), switching under the EU
Data Act (Reg. 2023/2854 arts 25, 29), subcontracting the provider never disclosed (28(2), 28(4)), anticipatory
suspension (C. civ. 1220), a ticket priority clause, business lost through an outage (1231-3, 1231-4), hardship on a
pre-2016 contract renewed since (1214, 1195), a post-term non-compete (L442-1, 1171), a client cooperation clause (1104).

Every question is our own paraphrase, casual, written for these tests (none comes from an evaluation set and none
repeats a phrasing of its card); each asserts the card that answers, the opening the user reads first and the article
that must be there. The near-misses sit next to a new card's subject and must not get it."""

from __future__ import annotations

import re

import pytest

from evaluations.answer_scoring import fold, uncited_sentences, verdict_text

pytestmark = pytest.mark.index  # builds its own index


@pytest.fixture(scope="module")
def clean_app(tmp_path_factory):
    """An assistant of its own, with the shipped knowledge base and no user document."""
    from assistant.factory import build_app
    from assistant.settings import Settings

    a = build_app(Settings(data_dir=tmp_path_factory.mktemp("clausier-s12en")), chat_model=False)
    a.ensure_index()
    return a


CASES = [
    # binding corporate rules against standard clauses
    pytest.param("our holding in canada has binding corporate rules; does that let its helpdesk reach our EU customers' data "
     "without standard clauses?", "msp", "card.bcr_vs_scc_s12en.en", r"not necessarily", r"Art\. 47",
     marks=pytest.mark.xfail(strict=True, reason="merged with the French cards of the same session, the staff-consent "
                             "transfer card edges ahead on phrasing (0.766 vs 0.758) and no subject label names binding "
                             "corporate rules, so nothing tells the two transfer cards apart")),
    # staff consent as the transfer ground
    ("the outsourcer proposes that each of our employees consents in writing so its team in india can administer our "
     "systems; would that hold up under the gdpr?", "client", "card.transfer_by_staff_consent_s12en.en", r"^\W*no\b",
     r"49\(1\)\(a\)"),
    # the MSP as controller of its own contacts
    ("we are an IT outsourcer: when we put our customers' employees on our marketing mailing list, are we still acting "
     "as their processor?", "msp", "card.msp_own_purposes_controller_s12en.en", r"controller", r"28\(10\)"),
    # switching under the Data Act
    ("a customer moving off our private cloud invokes the data act to refuse our migration fee, how much time and what "
     "fees are we left with?", "msp", "card.data_act_switching_s12en.en", r"30 calendar days", r"2023/2854"),
    # subcontracting never disclosed
    ("we discovered that the provider's night shift is actually staffed by another company we never heard of, and "
     "nothing in our agreement covers that. is this acceptable?", "client", "card.undisclosed_subcontractor_s12en.en",
     r"not for your personal data", r"28\(2\)"),
    # anticipatory suspension
    ("the supplier warned us it will stop patching our servers next quarter even though it is in the contract; can we "
     "already pay less under article 1220, what does that rule say?", "client",
     "card.anticipatory_suspension_s12en.en", r"manifest", r"1220"),
    # ticket priorities
    ("the provider puts every outage of our ordering system down as a low priority ticket; how should the contract "
     "define the levels so that stops?", "client", "card.priority_classification_clause_s12en.en", r"objective criteria",
     r"1103"),
    # business lost through an outage
    ("their network failure kept us offline on the day a big customer order had to be confirmed, and we lost it. can "
     "we make the provider pay for the order?", "client", "card.lost_business_from_outage_s12en.en",
     r"not the full value", r"1231-3"),
    # hardship on an old contract renewed since
    ("our hosting agreement dates from 2015 and renews itself each year; the host now cites 1195 over energy prices. "
     "can it, given the contract predates the reform?", "client", "card.hardship_renewed_old_contract_s12en.en",
     r"depends on the renewals", r"1214"),
    # post-term non-compete
    ("a retailer asks us, a small IT provider, to stay away from every other retailer for five years once we part ways. "
     "how long can such a restriction legally run?", "msp", "card.post_term_non_compete_s12en.en",
     r"no maximum set by law", r"L442-1"),
    # client cooperation clause
    ("we keep missing resolution targets because customers sit on our requests for passwords and approvals. "
     "what should our customer duties clause contain?", "msp", "card.client_cooperation_clause_s12en.en",
     r"cooperate", r"1104"),
]


@pytest.mark.parametrize("question,role,card,opening,article", CASES, ids=[f"{c[2]}:{i}" for i, c in enumerate(CASES)])
def test_each_question_gets_its_card_a_verdict_and_the_article(clean_app, question, role, card, opening, article):
    ans = clean_app.ask(question, role=role)
    assert ans.intent == "question"
    assert ans.citations and ans.citations[0].id == card, [c.id for c in ans.citations[:3]]
    assert re.search(opening, fold(verdict_text(ans.answer))), ans.answer[:300]
    assert re.search(article, ans.answer)
    assert uncited_sentences(ans.answer) == []


# near-misses: a question beside a new card's subject must not get it
NEAR_MISSES = [
    ("what are standard contractual clauses?", "client", "card.bcr_vs_scc_s12en.en"),
    ("do we need the client's permission before using a subcontractor for hardware delivery only?", "msp",
     "card.msp_own_purposes_controller_s12en.en"),
    ("how long is a normal reversibility period in a managed services contract?", "client",
     "card.data_act_switching_s12en.en"),
    ("is a non-solicitation clause of 12 months valid?", "client", "card.post_term_non_compete_s12en.en"),
    ("what is the difference between P1 response time and resolution time?", "client",
     "card.priority_classification_clause_s12en.en"),
]


@pytest.mark.parametrize("question,role,not_card", NEAR_MISSES, ids=[f"{c[2]}:{i}" for i, c in enumerate(NEAR_MISSES)])
def test_a_near_miss_does_not_get_the_new_card(clean_app, question, role, not_card):
    ans = clean_app.ask(question, role=role)
    cited = [c.id for c in ans.citations]
    assert not cited or cited[0] != not_card, cited[:3]
