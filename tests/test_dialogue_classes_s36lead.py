"""Dialogue and question slots of the thirty-sixth session (lead), own wordings: the other side acting "whenever it
wants" names the time it may act, not a figure it asks for, so the figures around it keep their roles."""

from __future__ import annotations

import pytest

from assistant.chat.slots import read_slots


@pytest.mark.parametrize("message, notice", [
    ("le presta peut resilier quand il veut avec 1 mois de preavis, nous on est bloques 3 ans", 1),
    ("dans notre contrat de 3 ans le prestataire resilie quand il veut moyennant 2 mois de preavis", 2),
    ("our provider can terminate whenever it wants on 1 month notice, we are locked in for 3 years", 1),
    ("they can walk away whenever they like with 2 months notice while we are tied for 36 months", 2),
])
def test_acting_at_will_is_no_figure_they_ask(message, notice):
    assert read_slots(message).figures.get("notice_months") == notice


@pytest.mark.parametrize("message, notice", [
    ("le client veut 3 mois de preavis, on peut monter a 2 mois", 2),
    ("they want 3 months notice, we can offer 2 months", 2),
])
def test_their_wish_answered_by_ours_keeps_ours(message, notice):
    # near-miss: a figure the other side asks for, answered by ours, is still theirs
    assert read_slots(message).figures.get("notice_months") == notice


# -- a definition asked of a term of several words, quoted or not ---------------------------------------------------------

from assistant.chat.acts import classify  # noqa: E402
from assistant.chat.state import ConversationState  # noqa: E402


def _act(message: str) -> str:
    return classify(message, read_slots(message), ConversationState()).act


@pytest.mark.parametrize("message", [
    "what does 'reinforced obligation of means' mean, my french partner keeps saying it",
    "what does obligation of result actually mean",
    "what does the term 'tacit renewal' mean exactly",
])
def test_what_does_a_long_term_mean_is_a_definition(message):
    assert _act(message) == "explain_term"


# -- a question that opens on "who" with its verb, no question mark ------------------------------------------------------

from assistant.chat.act_questions import _asks_at_end  # noqa: E402


@pytest.mark.parametrize("message", [
    "the routers: we supply them, they pay monthly. who pays if a guest drops one in the pond",
    "on leur loue les bornes wifi. qui paie si un client en casse une",
    "we lend them two laptops. who covers a stolen one",
])
def test_a_sentence_opening_on_who_and_its_verb_asks(message):
    assert _asks_at_end(message)


@pytest.mark.parametrize("message", [
    "the routers are ours and the client pays monthly for them",
    "we supply the routers, who the client pays monthly",  # a relative "who" inside the sentence asks nothing
])
def test_statements_do_not_ask(message):
    assert not _asks_at_end(message)


# -- a duration said as the contract's own adjective; months claimed -----------------------------------------------------

@pytest.mark.parametrize("message, term, notice", [
    ("client on a 36-month plan terminates for convenience at month 8", 36, None),
    ("our 24-month contract, the client terminates with 3 months notice", 24, 3),
    ("a two-year subscription with 60 days notice", 24, 2),
])
def test_a_duration_said_as_the_contracts_adjective_is_its_term(message, term, notice):
    figures = read_slots(message).figures
    assert figures.get("initial_term_months") == term
    assert figures.get("notice_months") == notice


@pytest.mark.parametrize("message", [
    "our terms say all remaining monthly fees become due. can we claim the 28 months?",
    "on peut reclamer les 20 mois restants ?",
    "can we bill them for the remaining 10 months",
])
def test_months_claimed_are_no_clause_figure(message):
    assert "notice_months" not in read_slots(message).figures


@pytest.mark.parametrize("message, notice", [
    ("notice of 3 months plan ahead", 3),  # near-miss: the role word before the figure names it
    ("mets le preavis a 3 mois", 3),
])
def test_a_notice_named_keeps_its_figure(message, notice):
    assert read_slots(message).figures.get("notice_months") == notice
