"""Issue 15, twenty-sixth session (lead): a clause by which the client gives up every claim against the provider for a
kind of event ("renonce à tout recours en cas de cyberattaque", "waive all claims if ransomware hits") is an exclusion
of liability, answered by its own card (C. civ. arts 1170, 1231-3), not by the card on a clause shortening the time to
sue (art. 2254), which now answers only a question that names a time or a period (premise `time_limit_named`). Found by
the lead's own probe; the tests below are in other words, FR and EN."""

from __future__ import annotations

import pytest

from assistant.chat.premises import PREMISE_CUES
from assistant.text import fold
from tests.answer_helpers import ask as _ask, assert_card_states, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids, first_cited as _first


@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_waiver_card_opens_on_its_verdict_and_names_its_articles(cards, lang):
    assert_card_states(cards[f"card.liability_waiver_s26.{lang}"], r"(pas telle quelle|not as it stands)",
                       ("1170", "1231-3"), r"faute lourde|gross negligence")


@pytest.mark.parametrize("text,waiver,time", [
    ("ils veulent qu'on renonce à toutes réclamations après une coupure", True, False),
    ("the vendor asks us to waive any claims arising from a security incident", True, False),
    ("notre contrat prévoit que le client ne pourra jamais nous poursuivre pour une intrusion", True, False),
    ("le client dispose de trois mois pour agir contre nous", False, True),
    ("claims must be brought within 12 months of the event", False, True),
    ("le délai pour contester une facture", False, True),
    ("on renonce à tout recours passé un délai d'un an", True, True),
    ("le prestataire est responsable des intrusions", False, False),
])
def test_waiver_and_time_limit_cues(text, waiver, time):
    folded = fold(text)
    assert bool(PREMISE_CUES["liability_excluded"].search(folded)) is waiver
    assert bool(PREMISE_CUES["time_limit_named"].search(folded)) is time


FIRE = [
    pytest.param(
        "l'hébergeur a mis dans ses conditions que nous renonçons à toute réclamation en cas d'intrusion sur ses serveurs, "
        "c'est opposable ?", "client", "liability_waiver_s26", r"1170|1231-3", r"pas telle quelle|non|en principe",
        marks=pytest.mark.xfail(strict=True, reason="the card is cited first but the answer is assembled from sentences "
                                "(a story of an intrusion also pulls the cyber-insurance card): a condition opens, the "
                                "verdict comes last and the rule with its article is left out")),
    ("EN: our cloud provider's terms say the customer waives all claims for losses caused by hackers. does that hold "
     "in France?", "client", "liability_waiver_s26", r"1170|1231-3", r"not as it stands|no\b|in principle"),
    ("on est msp, on veut que nos clients renoncent a tout recours contre nous si un ransomware passe, ça tient ?",
     "msp", "liability_waiver_s26", r"1170|1231-3", r"pas telle quelle|non|en principe"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_a_waiver_of_every_claim_reaches_the_waiver_card(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


TIME = [
    ("le contrat ne nous laisse que 4 mois pour réclamer quoi que ce soit au prestataire, c'est légal ?", "client"),
    ("EN: their terms say we lose any claim against them after six months. valid?", "client"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", TIME)
def test_a_time_to_claim_keeps_the_limitation_card(app, question, role):
    ans, text = _ask(app, question, role)
    assert _first(ans).startswith("card.limitation_shortened."), _ids(ans)
    assert "2254" in text
