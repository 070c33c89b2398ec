"""Two classes seen when CI ran the twelfth session's tree (our own paraphrases, FR and EN, none from the evaluation
sets): a provider adding a sub-processor with no foreign place named is searched as sub-processing only (the transfer
words were added to every subcontracting question, and the transfer card, whose premise is a transfer outside the EU,
then answered "how long to object?"); an attack on the systems named in everyday words ("a hack", "une attaque
informatique") names the security subject, so the card on force majeure and cyber-attacks is preferred to the one on
force majeure alone."""

from __future__ import annotations

import pytest

from assistant.chat.acts import classify
from assistant.chat.cards import subject_labels
from assistant.chat.router import plan
from assistant.chat.slots import read_slots
from assistant.chat.state import ConversationState


def _question_searched(text: str, lang: str) -> str:
    st = ConversationState(side="client", lang=lang)
    s = read_slots(text, topic_hint=None, side_hint="client")
    p = plan(classify(text, s, st), st, text)
    calls = [c for c in p.calls if "question" in c.args]
    assert calls, p
    return calls[-1].args["question"]


@pytest.mark.parametrize("text, lang", [
    ("notre infogéreur veut prendre un nouveau sous-traitant ultérieur, on a combien de jours pour dire non ?", "fr"),
    ("le presta va sous-traiter la supervision à une autre boîte, on peut refuser ?", "fr"),
    ("our provider plans to bring in another subprocessor, how long do we get to object?", "en"),
])
def test_subcontracting_with_no_foreign_place_is_searched_without_transfer_words(text, lang):
    q = _question_searched(text, lang)
    assert q.startswith(text)
    low = q.lower()
    assert "pays tiers" not in low and "third country" not in low and "44" not in low
    assert ("objection" in low) or ("sous-traitant" in low and "autorisation" in low)


@pytest.mark.parametrize("text, lang", [
    ("le presta veut sous-traiter l'astreinte de nuit à une société au Maroc, on peut refuser ?", "fr"),
    ("they want to subcontract the night helpdesk to a firm in India, can we say no?", "en"),
])
def test_near_miss_subcontracting_abroad_keeps_the_transfer_words(text, lang):
    low = _question_searched(text, lang).lower()
    assert "pays tiers" in low or "third country" in low


@pytest.mark.parametrize("text", [
    "comment écrire la force majeure pour qu'une cyberattaque soit couverte ?",
    "si on subit une attaque informatique, la clause de force majeure joue ?",
    "how do we word force majeure so that being hacked counts?",
    "does a ransomware incident fall under force majeure?",
])
def test_an_attack_named_in_everyday_words_names_security(text):
    named = subject_labels(text)
    assert "topic:security" in named
    assert "topic:force_majeure" in named or "term:force_majeure" in named


@pytest.mark.parametrize("text", [
    "comment écrire la clause de force majeure ?",
    "is a pandemic force majeure under French law?",
])
def test_near_miss_force_majeure_alone_names_no_security(text):
    assert "topic:security" not in subject_labels(text)
