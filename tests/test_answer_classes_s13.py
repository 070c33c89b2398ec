"""Issue 15, thirteenth session: the verdict of a story's question when nobody wrote a card for that exact question.

Classes (every sentence below is our own paraphrase, FR and EN, with near-misses that must not fire):
- the other side's claim that the contract's silence frees it ("il répond que le contrat ne fixe aucun délai… il a
  raison ?", "it says the agreement sets no deadline. Is it right?"): the answer opens "Pas forcément / Not necessarily"
  before the rule of law that applies anyway (`chat/claims.py`, `composer._claim_answered`);
- a story then a short question pointing back at it ("on a le droit quand même ?", "are we still allowed to?"): the
  story's issue is the one asked; when the answer already states that issue's rule, the issue's yes/no opens
  (`issues._REFERS_BACK`, `issues.covered_verdict`), and a card whose own yes/no answers another question ("can a clause
  waive late fees? No") takes the issue's yes/no instead (`composer._issue_polarity`);
- a doubting question ("can they really…?", "ils peuvent vraiment… ?") answered by a card whose verdict is a
  conditional yes ("Oui, si…", "Yes, under conditions") opens "Not necessarily: only…"; a verdict that already gives
  both branches ("oui si…, non si…") is kept (`answer_plan.doubts`, `answer_plan.only_under_conditions`).
"""

from __future__ import annotations

import re

import pytest

from assistant.chat.answer_plan import doubts, only_under_conditions
from assistant.chat.claims import silence_claimed, silence_lead
from assistant.chat.composer import _issue_polarity
from assistant.chat.issues import covered_verdict, raised
from evaluations.answer_scoring import fold, uncited_sentences, verdict_text

# -- the other side relies on the contract's silence -----------------------------------------------------------------
SILENCE_CLAIMS = [
    "Notre hébergeur a mis dix jours à nous rendre la base ; il répond que la convention ne prévoit aucun délai de "
    "restitution. Il est dans son droit ?",
    "Le prestataire a coupé la supervision tout un week-end en expliquant que rien n'est écrit dans le contrat sur les "
    "week-ends. C'est vrai ?",
    "The vendor claims the contract doesn't say anything about restore tests, so it never ran one. Is that true?",
    "Our host lost two days of mail and then said our agreement is silent on backups of the mail server. Are they right?",
]
NOT_SILENCE_CLAIMS = [
    "Le contrat ne prévoit aucun délai de notification. C'est grave ?",  # no claim of the other side
    "Le prestataire dit que la panne vient de notre réseau. Il a raison ?",  # a claim, but not the contract's silence
    "Le presta dit que le contrat ne prévoit rien sur la réversibilité. Que doit-on faire ?",  # not "does it hold?"
    "The provider says the agreement sets no deadline for restoring data. What should we put in the new one?",
]


@pytest.mark.parametrize("text", SILENCE_CLAIMS)
def test_a_claim_resting_on_the_contracts_silence_is_read(text):
    assert silence_claimed(text)
    assert silence_lead(text, "La loi s'applique (Code civil, art. 1104).")
    assert not silence_lead(text, "Le contrat peut fixer un délai.")  # no rule of law opens: no lead
    assert not silence_lead(text, "Non : la loi s'applique (art. 1104).")  # a verdict already opens


@pytest.mark.parametrize("text", NOT_SILENCE_CLAIMS)
def test_near_misses_are_no_silence_claim(text):
    assert not silence_claimed(text)


# -- a short question pointing back at the story ---------------------------------------------------------------------
BACK_POINTING = [
    ("fr", "Nos conditions générales ne disent rien des pénalités de retard, et le client règle à 90 jours. On a le droit "
           "quand même ?", "Oui"),
    ("en", "Our invoices never mention late-payment interest and the customer pays 70 days late. Are we still allowed to?",
     "Yes"),
    ("en", "Nothing in our terms about the 40 euro recovery fee, the client is two months late. Can we charge it anyway?",
     "Yes"),
]


@pytest.mark.parametrize("lang,text,word", BACK_POINTING)
def test_a_back_pointing_question_asks_the_storys_issue(lang, text, word):
    ids = [(r.issue.id, r.asked) for r in raised(text)]
    assert ("late_fees_without_clause", True) in ids, ids
    assert covered_verdict(text, "Elles sont dues de plein droit, sans rappel.", lang) == word
    assert covered_verdict(text, "Le délai de paiement est de 60 jours.", lang) is None  # the answer left the issue out


def test_a_question_with_its_own_object_does_not_point_back():
    text = "Nos CGV ne disent rien des pénalités de retard. On a le droit de résilier le contrat ?"
    assert not any(r.asked for r in raised(text))


def test_a_cards_yes_no_answering_another_question_takes_the_issues():
    assert _issue_polarity("Non : elles sont dues de plein droit. [1]", "Oui", "fr").startswith("Oui : elles")
    assert _issue_polarity("No, they are owed by law. [1]", "Yes", "en").startswith("Yes: they")
    assert _issue_polarity("Non : x [1]", "En principe, non", "fr") == "Non : x [1]"  # same polarity: kept
    assert _issue_polarity("Elles sont dues. [1]", "Oui", "fr") == "Elles sont dues. [1]"  # no yes/no of its own
    assert _issue_polarity("Non : x [1]", None, "fr") == "Non : x [1]"


# -- a doubting question and a conditional yes ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Leurs CGV permettent de tout couper au premier jour de retard. Ils peuvent vraiment faire ça ?",
    "The clause lets them keep our data until we pay. Can they actually hold it back?",
    "Le salarié est parti de lui-même. On doit quand même payer l'indemnité ?",
    "Is that seriously enforceable against a small company?",
])
def test_doubting_questions(text):
    assert doubts(text)


@pytest.mark.parametrize("text", [
    "Leurs CGV permettent de tout couper au premier jour de retard. Ils peuvent faire ça ?",
    "Can they suspend the service?",
    "Vraiment pas clair, ce contrat. Qui doit prouver la faute ?",  # the doubt is in the story, not in the question
])
def test_plain_questions_do_not_doubt(text):
    assert not doubts(text)


@pytest.mark.parametrize("verdict,lang,opening", [
    ("Oui, si la clause est limitée dans le temps : au-delà, elle tombe.", "fr", "Pas forcément : seulement si la clause"),
    ("Yes, under conditions: the host may stop the service after a formal notice.", "en",
     "Not necessarily: only under conditions: the host"),
    ("Yes, if the reservation was agreed in writing.", "en", "Not necessarily: only if the reservation"),
])
def test_a_conditional_yes_answers_a_doubt_with_not_necessarily(verdict, lang, opening):
    assert only_under_conditions(verdict, lang).startswith(opening)


@pytest.mark.parametrize("verdict", [
    "Oui si le délai est d'au moins un an, non s'il est plus court.",  # both branches: the user's facts decide
    "Yes if the notice is a month or more, no if it is shorter.",
    "Non : la clause est réputée non écrite.",
    "Oui, mais seulement avec un outil du chapitre V.",  # a yes with a reservation, not a condition
])
def test_other_verdicts_are_kept(verdict):
    lang = "en" if verdict.startswith("Yes") else "fr"
    assert only_under_conditions(verdict, lang) == verdict


# -- through the assistant (index) ------------------------------------------------------------------------------------
ASKED = [
    ("client", "Le prestataire a découvert une fuite de données chez nous le lundi et ne nous l'a dit que le vendredi, en "
               "répondant que notre contrat ne fixe aucun délai pour ça. Il a raison ?", r"^\W*pas forcement", r"meilleurs delais"),
    ("client", "Our MSP spotted ransomware on our file server and only told us six days later; it says the contract sets "
               "no deadline for alerts. Is it right?", r"^\W*not necessarily", r"33\(2\)"),
    ("msp", "Nos conditions générales ne disent rien des pénalités de retard, et le client règle à 90 jours. On a le droit "
            "quand même ?", r"^\W*oui", r"L441-10"),
    ("client", "Leurs CGV permettent de suspendre tout le service dès le premier jour de retard de paiement, sans préavis. "
               "Ils peuvent vraiment nous couper pour une facture en retard ?", r"^\W*pas forcement", r"1219"),
    ("client", "Their terms allow them to suspend all services without notice as soon as an invoice is overdue. Can they "
               "really suspend us over one late invoice?", r"^\W*not necessarily", r"1219"),
]


@pytest.mark.parametrize("role,question,opening,article", ASKED)
def test_the_story_question_opens_with_its_verdict(app, role, question, opening, article):
    ans = app.ask(question, role=role)
    assert ans.intent == "question"
    assert re.search(opening, fold(verdict_text(ans.answer))), ans.answer[:300]
    assert re.search(article, fold(ans.answer), re.I), ans.answer[:600]
    assert uncited_sentences(ans.answer) == []
