"""Issue 15, ninth session (b): an answer whose verdict is given by the issue asked is not followed by a card that
contradicts it, and a contractual breach alert of 24 or 48 hours asked "is it compliant?" is answered yes.

Classes (every sentence below is our own paraphrase, FR and EN, with near-misses that must not fire):
- a clause told, then "is that valid / c'est valable ?": the issue the clause raises answers with its own verdict
  (sub-processor liability waived: no, 28(4)); a card matched on other words of the story (standard clauses, the need
  for processor terms, transfers) does not follow it (`issues.issue_answers`, `composer.answer`, `tool_answers.AnswerTools._why_processor`);
- a breach alert of 24 or 48 hours in the contract asked "conforme / compliant / OK under GDPR?": yes, the processor owes
  the alert without undue delay (33(2)), the 72 hours being the controller's towards the authority (33(1)); a 72-hour
  figure, or a question on who notifies, is no such question (`breach_alert_hours`).
"""

from __future__ import annotations

import re

import pytest

from assistant.chat.issues import issue_answers, raised
from evaluations.answer_scoring import fold, uncited_sentences


def _ids(text: str) -> list[tuple[str, bool]]:
    return [(r.issue.id, r.asked) for r in raised(text)]


# -- a clause told, then "is it valid?" ------------------------------------------------------------------------------
WAIVERS = [
    ("fr", "client", "Dans l'annexe RGPD, l'infogéreur écrit qu'il n'est pas responsable des fautes de ses sous-traitants "
                     "ultérieurs. Cette clause est valable ?"),
    ("fr", "client", "Le prestataire a glissé une ligne : aucune responsabilité pour ce que font ses sous-traitants. "
                     "Est-ce valable ?"),
    ("en", "msp", "Our processing annex states we bear no liability for the acts of our sub-processors. Would that clause "
                  "be enforceable?"),
    ("en", "client", "The provider's DPA says it is not responsible for its sub-processors' mistakes. Is that valid?"),
]


@pytest.mark.parametrize("lang,role,text", WAIVERS)
def test_a_clause_then_is_it_valid_asks_its_issue(lang, role, text):
    assert ("subprocessor_liability_waived", True) in _ids(text), _ids(text)
    assert issue_answers(text, "clauses contractuelles types standard contractual clauses", "card.standard_clauses_optional.fr")


def test_the_card_that_answers_the_issue_itself_is_kept():
    text = "Our processing annex states we bear no liability for the acts of our sub-processors. Would that clause be valid?"
    # a card already stating the rule of the issue (its `covered` words) answers it: it is not dropped
    assert not issue_answers(text, "the provider declines any liability ... Art. 28(4)", "card.x.en")


# near-misses: a question with no yes/no on the story, a question on what sub-processors are
NOT_WAIVERS = [
    "Que doit prévoir le contrat sur les sous-traitants ultérieurs ?",
    "Who are the sub-processors of a typical MSP and how are they authorised?",
    "Notre DPA dit que le prestataire décline toute responsabilité pour ses sous-traitants. Que proposer à la place ?",
]


@pytest.mark.parametrize("text", NOT_WAIVERS)
def test_no_verdict_issue_takes_over_a_what_question(text):
    assert not issue_answers(text, "", "card.x.fr")


ANSWERED = [
    ("Dans l'annexe RGPD, l'infogéreur écrit qu'il n'est pas responsable des fautes de ses sous-traitants ultérieurs. "
     "Cette clause est valable ?", "client", r"^non\b"),
    ("The provider's DPA says it is not responsible for its sub-processors' mistakes. Is that valid?", "client", r"^no\b"),
]


@pytest.mark.parametrize("question,role,opening", ANSWERED)
def test_the_issue_verdict_opens_and_no_contrary_card_follows(app, question, role, opening):
    ans = app.ask(question, role=role)
    low = fold(ans.answer)
    assert re.search(opening, low), ans.answer[:300]
    assert re.search(r"28\(4\)", low)
    ids = [c.id.rsplit(".", 1)[0] for c in ans.citations]
    for card in ("card.no_dpa_in_contract", "card.standard_clauses_optional", "card.transfer_outside_eu"):
        assert card not in ids, ids
    assert not re.search(r"\n\n(oui|yes)\b", low), ans.answer
    assert uncited_sentences(ans.answer) == []


# -- a 24 / 48-hour breach alert: is it compliant? -----------------------------------------------------------------------
ALERTS = [
    "Notre DPA oblige le prestataire à nous alerter d'une violation de données sous 48 heures. C'est conforme au RGPD ?",
    "le client veut qu'on le prévienne d'un incident de données en 24h, est-ce légal ?",
    "Our DPA gives the MSP 48 hours to tell us about a personal data breach. Is that compliant with GDPR?",
    "Is a 24-hour breach alert to the client fine under the GDPR?",
]
NOT_ALERTS = [
    "The DPA says the processor tells us of a breach within 72 hours. Is that OK under GDPR?",  # 72 h: not a plain yes
    "Qui notifie la CNIL en cas de violation de données ?",
    "Our support desk answers tickets within 24 hours. Is that compliant with the SLA?",  # no breach
]


@pytest.mark.parametrize("text", ALERTS)
def test_a_24_or_48_hour_alert_asked_compliant_is_raised(text):
    assert ("breach_alert_hours", True) in _ids(text), _ids(text)


@pytest.mark.parametrize("text", NOT_ALERTS)
def test_near_misses_raise_no_alert_hours(text):
    assert "breach_alert_hours" not in [i for i, _ in _ids(text)]


@pytest.mark.parametrize("question,role,opening", [
    (ALERTS[0], "client", r"^oui\b"),
    (ALERTS[2], "client", r"^yes\b"),
])
def test_the_alert_time_is_answered_yes_with_both_deadlines(app, question, role, opening):
    ans = app.ask(question, role=role)
    low = fold(ans.answer)
    assert re.search(opening, low), ans.answer[:300]
    assert re.search(r"33\(2\)", low) and re.search(r"33\(1\)", low)
    assert "card.no_dpa_in_contract" not in [c.id.rsplit(".", 1)[0] for c in ans.citations]
    assert uncited_sentences(ans.answer) == []


# -- "the provider is never liable for anything": art. 1170 -----------------------------------------------------------
EXCLUSIONS = [
    "Dans nos CGV, le prestataire n'est jamais responsable de rien. La clause tient ?",
    "Le contrat écarte toute responsabilité de l'infogéreur, dans tous les cas. C'est valable ?",
    "Their terms say the provider shall never be liable for anything at all. Is that enforceable in France?",
    "The MSP's contract excludes all liability of the MSP in every situation. Would that clause be valid?",
]
NOT_EXCLUSIONS = [
    "Le prestataire exclut toute responsabilité pour ses sous-traitants ultérieurs. C'est valable ?",  # 28(4), not 1170
    "The provider is never liable for indirect losses. Is that normal?",
    "Can we cap our liability at twelve months of fees?",
]


@pytest.mark.parametrize("text", EXCLUSIONS)
def test_a_total_exclusion_asked_valid_raises_1170(text):
    assert ("total_liability_exclusion", True) in _ids(text), _ids(text)


@pytest.mark.parametrize("text", NOT_EXCLUSIONS)
def test_near_misses_raise_no_total_exclusion(text):
    assert "total_liability_exclusion" not in [i for i, _ in _ids(text)]


@pytest.mark.parametrize("question,role", [(EXCLUSIONS[0], "client"), (EXCLUSIONS[2], "client")])
def test_a_total_exclusion_is_answered_with_1170(app, question, role):
    ans = app.ask(question, role=role)
    low = fold(ans.answer)
    assert re.search(r"\b1170\b", low), ans.answer[:400]
    assert not re.match(r"\W*(oui|yes)\b", low), ans.answer[:200]
    assert uncited_sentences(ans.answer) == []


# the classes this file adds to `issues.ISSUES`, read by tests/test_answer_classes_s8b.py (every class tested somewhere)
RAISES = [("breach_alert_hours", ALERTS), ("total_liability_exclusion", EXCLUSIONS)]
