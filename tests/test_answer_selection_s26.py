"""Issue 15, twenty-sixth session: the rule that answers what is ASKED reaches the answer, whatever card comes first.

Tuned stage-(b) misses of answers_v20..v25 (evaluations/answer_stages.py) were mostly a subject read wrong or a rule of the
right subject that lost the choice to a neighbour of the same entry: "Surely a court won't make us pay all of that?" after a
penalty clause got the formal-notice rule (art. 1344), the closest to the story's words, not the judge's power to reduce a
manifestly excessive penalty (art. 1231-5), which is what the ask is about. Written before the change, in our own words
(FR and EN, casual, other sectors), each firing case asks whether an amount out of proportion must be paid or can be cut
by a court and checks that a cited line of the answer states the rule (not a clause's position quoting it); the
near-misses ask about the formal notice itself and keep that rule.

The mechanism (`assistant/chat/rule_focus.py`): what the ask is about (a court's power, an amount out of proportion, who
proves, a time limit) read in the question and in each typed rule of the entries on its subject, the same families on
both sides; a rule sharing the ask's focus ranks before a rule closer to the story's words (`subject_rules.py`).
"""

from __future__ import annotations

import re

import pytest

from evaluations.answer_scoring import fold
from tests.answer_helpers import ask as _ask
from tests.answer_helpers import cited_line

# a line quoting one side's clause is a position, not the rule of law ("A provider-side clause may say: …")
_POSITION = re.compile(r"^\W*(an? [\w-]+ clause may say|une clause [\w-]+ peut|a clause may say|une clause peut)")


_JUDGE_REDUCES = r"(juge|court|judge)[^.\n]{0,60}(redui|modere|reduce|moderate)|manifest(ement|ly) excessive"

# (question, role, pattern a cited rule line must hold)
FIRE = [
    # an amount out of all proportion with the contract: the judge may reduce it (C. civ. 1231-5)
    ("notre sous-traitant en cablage nous applique 40 000 € de pénalités pour deux jours de retard de chantier, alors "
     "que la commande fait 8 000 €. on doit vraiment tout payer ?", "client", _JUDGE_REDUCES),
    ("EN: The facility management firm wants twelve months of fees as a penalty because we were one week late on the "
     "install. A judge would never let that stand, right?", "msp", _JUDGE_REDUCES),
    ("pénalité de 500 € par jour de retard sans plafond, on en est à 60 000 € pour une appli vendue 15 000 €. le tribunal "
     "peut réduire ?", "msp", _JUDGE_REDUCES),
    ("EN: our logistics customer claims a contractual penalty ten times bigger than the whole project fee for a late "
     "go-live. can a court cut it down?", "msp", _JUDGE_REDUCES),
    ("le client réclame au titre de la clause pénale 3 fois le prix annuel pour un retard de mise en prod. un juge peut "
     "baisser ça ?", "msp", _JUDGE_REDUCES),
    ("EN: The penalty clause in our helpdesk contract lets the client bill us 4x the monthly fee for every missed "
     "deadline. Would a French court actually enforce all of it?", "msp", _JUDGE_REDUCES),
    ("le cabinet comptable nous réclame une pénalité énorme, genre dix fois ce qu'on facture par an, pour un retard de "
     "migration. c'est pas disproportionné ?", "msp", _JUDGE_REDUCES),
    ("EN: a clinic we support wants 80k from us under the penalty clause for a late upgrade, our yearly fee is 20k. do "
     "we have to pay the whole thing?", "msp", _JUDGE_REDUCES),
    # the formal notice asked about: its own rule stays (C. civ. 1344)
    ("la pénalité de retard prévue au contrat est due dès le premier jour, ou le client doit d'abord nous mettre en "
     "demeure ?", "msp", r"1344|mise en demeure"),
    ("EN: Before applying the penalty clause for our late delivery, does the customer first have to send us a formal "
     "notice?", "msp", r"1344|formal notice"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,pattern", FIRE)
def test_the_rule_on_what_is_asked_reaches_the_answer(app, question, role, pattern):
    ans, _ = _ask(app, question, role)
    assert cited_line(ans.answer, pattern, skip=_POSITION), ans.answer


# (question, role, pattern no line may hold): nothing says the amount is out of proportion or asks a court: the judge's
# power to reduce is not added by the focus
NEAR = [
    ("la clause pénale de notre contrat d'infogérance doit-elle être précédée d'une mise en demeure ?", "client",
     r"manifestement excessive"),
    ("EN: How long do we have to notify the authority after a ransomware attack on our file server?", "client",
     r"1231-5|manifestly excessive"),
    ("on a combien de temps pour contester une facture de maintenance ?", "client", r"1231-5|manifestement excessive"),
    ("EN: Who has to prove the backups were not run when our provider says it did everything right?", "client",
     r"1231-5|manifestly excessive"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,pattern", NEAR)
def test_no_rule_of_another_focus_is_added(app, question, role, pattern):
    ans, _ = _ask(app, question, role)
    assert not re.search(pattern, fold(ans.answer)), ans.answer


# -- fast tier: the focus read on both sides, through the one text toolkit ------------------------------------------------

@pytest.mark.parametrize("text,family", [
    ("Surely a court won't make us pay all of that?", "court"),
    ("un juge peut baisser ça ?", "court"),
    ("le tribunal peut réduire ?", "court"),
    ("Le juge peut, même d'office, réduire une pénalité manifestement excessive", "court"),
    ("wants four times our annual fee", "disproportion"),
    ("40 000 € de pénalités alors que la commande fait 8 000 €", "disproportion"),
    ("une pénalité énorme, genre dix fois ce qu'on facture par an", "disproportion"),
    ("80k from us, our yearly fee is 20k", "disproportion"),
    ("reduce a manifestly excessive penalty or increase a derisory one", "disproportion"),
    ("Who has to prove the backups were not run?", "proof"),
    ("c'est à qui de prouver la faute ?", "proof"),
])
def test_focus_read(text, family):
    from assistant.chat.rule_focus import focus  # noqa: PLC0415

    assert family in focus(text)


@pytest.mark.parametrize("text,family", [
    ("le client applique la clause pénale pour nos retards", "disproportion"),  # no amount compared
    ("we pay 2,000 a month for 20 users", "disproportion"),  # two amounts, not out of proportion with each other
    ("the court of appeal hearing is in 2027, what deadline for our notice?", "proof"),
    ("our courtesy call with the provider went badly", "court"),
    ("1000 € par mois pour 10 postes et 3 serveurs", "disproportion"),
])
def test_no_focus_read(text, family):
    from assistant.chat.rule_focus import focus  # noqa: PLC0415

    assert family not in focus(text)


# -- a term of the other language (class iii: the entry is reachable only by the words the question's language uses) --------
# "what's 'faute lourde'?" asked in English: the English knowledge base says "gross negligence", the French cards name the
# words; their English twins answer (chat/term_answer.py), not "nothing on 'faute lourde'"
OTHER_LANGUAGE = [
    ("EN: what does 'faute lourde' mean in a French contract? the provider's cap is lifted for faute lourde", "client",
     "card.liability_cap_enforceable.en", r"gross negligence"),
    ("EN: what's 'dol' under French law? our supplier lied about its certifications before we signed", "client",
     "card.fraud_at_signature.en", r"1137"),
    ("c'est quoi la \"gross negligence\" dont parle le contrat en anglais de notre hébergeur ?", "client",
     "card.liability_cap_enforceable.fr", r"faute lourde"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,pattern", OTHER_LANGUAGE)
def test_a_term_of_the_other_language_is_answered_by_the_twin(app, question, role, card, pattern):
    ans, text = _ask(app, question, role)
    assert card in [c.id for c in ans.citations], ans.answer
    assert re.search(pattern, text), ans.answer


def test_twins_keep_the_id_and_change_the_language():
    from types import SimpleNamespace  # noqa: PLC0415

    from assistant.chat.term_answer import twins  # noqa: PLC0415

    pool = [SimpleNamespace(id="card.a.fr"), SimpleNamespace(id="card.a.en"), SimpleNamespace(id="card.b.fr")]
    assert [t.id for t in twins([pool[0], pool[2]], pool, "en")] == ["card.a.en"]
