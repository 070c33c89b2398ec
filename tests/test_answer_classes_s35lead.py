"""Session 35, lead: "is that enough?" (issue 15). A question asking whether what the user has or plans suffices
("Is that enough?", "Would that suffice?", "Ça suffit ?", "C'est suffisant ?") is answered "not on its own" when the
card's verdict adds what else is needed (but, only if, first, also, two things…); a plain yes or a no is said as it is.
Own wordings, FR and EN."""

from __future__ import annotations

import pytest

from assistant.chat.polar import polar_opening, question_ask


@pytest.mark.parametrize("question", [
    "Our DPA gives us a general authorisation for sub-processors. Is that enough?",
    "We encrypt the laptops. Would that suffice for the security duty?",
    "They sent us their ISO certificate, is this sufficient?",
    "On a mis un antivirus sur chaque poste. Ça suffit ?",
    "Le presta nous a envoyé un mail pour prévenir. C'est suffisant ?",
    "Une clause de confidentialité dans le contrat de travail, cela suffit-il ?",
])
def test_enough_is_its_own_ask(question):
    assert question_ask(question) == "enough"


@pytest.mark.parametrize("question", ["What notice period is enough?", "Combien de jours suffisent pour le préavis ?"])
def test_a_wh_question_is_no_enough_ask(question):
    assert question_ask(question) is None


@pytest.mark.parametrize("verdict, lang, lead", [
    ("It can be done, but two things come first: the client's authorisation and a transfer tool.", "en",
     "No, not on its own"),
    ("Only if the client was told beforehand and could object (Art. 28(2)).", "en", "No, not on its own"),
    ("Yes, provided the staff also sign a confidentiality undertaking.", "en", "No, not on its own"),
    ("C'est possible, mais il faut d'abord l'autorisation écrite du client.", "fr", "Non, cela ne suffit pas à lui seul"),
])
def test_a_verdict_that_adds_conditions_answers_not_on_its_own(verdict, lang, lead):
    question = "Is that enough?" if lang == "en" else "Ça suffit ?"
    out = polar_opening(verdict, question, None, lang)
    assert out.startswith(lead), out


@pytest.mark.parametrize("verdict", [
    "Yes: a general written authorisation with notice of each change meets Art. 28(2).",
    "No: a processor needs the controller's written authorisation.",
    "Yes, but at your own risk: the court may review the termination later.",
])
def test_a_plain_yes_a_no_or_a_qualified_yes_is_said_as_it_is(verdict):
    assert polar_opening(verdict, "Is that enough?", None, "en") == verdict


# --- silence asked as acceptance (C. civ. 1120) -------------------------------------------------------------------------

from assistant.chat.told_situations import told_situations  # noqa: E402


@pytest.mark.parametrize("question", [
    "On recoit un courrier du presta : nouvelles conditions au 1er janvier, reputees acceptees sauf opposition. Si on ne "
    "repond pas, on est lie ?",
    "Our MSP emailed new terms saying they are deemed accepted unless we object within a month. If we don't reply, are "
    "we bound?",
    "On a envoye un avenant au client il y a 3 semaines, pas de reponse. Son silence vaut accord ?",
    "The supplier's letter says the new price list is treated as accepted if we say nothing. Is that right?",
])
def test_silence_on_the_other_sides_proposal_is_the_formation_rule(question):
    names = [s.name for s in told_situations(question)]
    assert "silence_as_acceptance" in names, names


@pytest.mark.parametrize("question", [
    "Le presta augmente ses tarifs de 8 % au renouvellement, c'est legal ?",
    "The client never replied to our incident report, can we close the ticket?",
    "Our new terms apply from January, do we need to send them by registered letter?",
])
def test_no_silence_asked_no_formation_situation(question):
    assert "silence_as_acceptance" not in [s.name for s in told_situations(question)]
