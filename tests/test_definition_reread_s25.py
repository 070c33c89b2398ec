"""What-is questions that ask no definition (lead, s25): the s25-ans3 definition reader took "what's the weather like
in Paris today?", "explain it simply" and "what are our GDPR must-haves?" for words to define; and an out-of-field
reading ("what's the weather in Lyon tomorrow?") became a definition although the knowledge base never uses the word."""

import pytest

from assistant.chat.acts import _definition_reread
from assistant.chat.slots import read_slots
from assistant.chat.term_asked import asked_words


@pytest.mark.parametrize("message", [
    "what's the weather like in Paris today?",
    "and what's the food like at their canteen?",
    "their partner asked what RPO means, can you explain it simply",
    "tu peux m'expliquer ça plus simplement ?",
    "what are our GDPR must-haves in the MSP contract?",
    "c'est quoi nos obligations si on héberge chez nous ?",
    "what are your usual payment terms?",
])
def test_no_words_to_define(message):
    assert asked_words(message) is None


@pytest.mark.parametrize("message,words", [
    ("c'est quoi l'anatocisme ?", "anatocisme"),
    ("what's a step-in right?", "step-in right"),
    ("c quoi le secret des affaires ?", "secret des affaires"),
])
def test_words_to_define_still_read(message, words):
    assert asked_words(message) == words


def _out_of_scope(message):
    from assistant.chat.act_catalogue import Understood as U

    return U(act="out_of_scope", slots=read_slots(message))


@pytest.mark.parametrize("message", ["what's the weather in lyon tomorrow", "c'est quoi un croissant ?",
                                     "qu'est-ce que le curling ?"])
def test_out_of_field_words_stay_out_of_scope(message):
    vocab = {"anatocisme", "interets", "right", "droit", "contrat"}
    known = lambda words: any(w in vocab for w in words.split())  # noqa: E731
    assert _definition_reread(message, _out_of_scope(message), known).act == "out_of_scope"


@pytest.mark.parametrize("message", ["c'est quoi l'anatocisme ?", "what's a step-in right?"])
def test_words_the_knowledge_base_uses_become_a_definition(message):
    vocab = {"anatocisme", "interets", "right", "droit", "contrat"}
    known = lambda words: any(w in vocab for w in words.split())  # noqa: E731
    assert _definition_reread(message, _out_of_scope(message), known).act == "explain_term"
