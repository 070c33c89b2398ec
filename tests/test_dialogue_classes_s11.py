"""Classes met while merging the tenth session's branches: a follow-up asked of the clause just drafted without
naming it ("les coupures de courant, ça compte ?" after a force majeure clause) is a question about that clause, and
the "it depends on who runs the systems" paragraph of an obligations answer cites the guide it comes from, sentence
by sentence. Every sentence is our own; FR and EN paraphrases, with near-misses that keep their old route."""

from __future__ import annotations

import re

import pytest

from assistant.chat.acts import classify
from assistant.chat.router import plan
from assistant.chat.slots import read_slots
from assistant.chat.state import ClauseOnTable, ConversationState, LastAnswer


def _table(topic: str, side: str = "msp", lang: str = "fr") -> ConversationState:
    st = ConversationState(side=side, lang=lang)
    st.clause = ClauseOnTable(topic=topic, position=side)
    st.last = LastAnswer(act="draft_clause", tool="draft_clause", topic=topic, text="…")
    return st


def _plan(st: ConversationState, text: str):
    s = read_slots(text, topic_hint=st.last.topic, side_hint=st.side)
    u = classify(text, s, st)
    return u, plan(u, st, text)


# -- 1. a question of the clause on the table, the clause not named ----------------------------------------
@pytest.mark.parametrize("topic, text, lang", [
    ("force_majeure", "et les coupures de courant chez l'hébergeur, ça compte ?", "fr"),
    ("force_majeure", "une attaque par rançongiciel, ça rentre dedans ?", "fr"),
    ("force_majeure", "would a power cut at the data centre count?", "en"),
    ("force_majeure", "does a flood in their building fall under that?", "en"),
    ("force_majeure", "ça marche aussi pour une inondation ?", "fr"),
])
def test_a_question_of_the_drafted_clause_is_asked_of_it(topic, text, lang):
    st = _table(topic, lang=lang)
    u, p = _plan(st, text)
    main = p.calls[-1]
    assert main.name == "answer_question", (u.act, p.calls)
    assert main.args.get("topic") == topic
    if u.act == "follow_up":
        assert main.args.get("on_clause") is True


@pytest.mark.parametrize("text, tool", [
    ("et pour la réversibilité ?", "draft_clause"),       # another clause named: that clause
    ("mets 60 jours au lieu de 30", "revise_clause"),      # a figure: the clause revised
    ("make it 45 days", "revise_clause"),
])
def test_near_misses_a_follow_up_that_changes_or_moves_the_clause(text, tool):
    st = _table("force_majeure", lang="en" if text.startswith("make") else "fr")
    _, p = _plan(st, text)
    assert p.calls[-1].name == tool
    assert not p.calls[-1].args.get("on_clause")


# -- 2. end to end, with the retrieval ---------------------------------------------------------------------
@pytest.mark.parametrize("lang, first, then, law", [
    ("fr", "rédige-moi une clause de force majeure", "et une coupure de courant dans leur salle serveur, ça compte ?",
     r"1218"),
    ("en", "draft me a force majeure clause", "would a power cut in their server room count?",
     r"1218|foresee|beyond (its|the provider's|their) control"),
])
def test_the_drafted_clause_question_is_answered_from_its_topic(app, tmp_path, lang, first, then, law):
    from tests.llm_helpers import build_llm_app

    chat = build_llm_app(app, tmp_path, chat_model=False).chat
    r = chat.turn(first, side="msp", lang=lang)
    r = chat.turn(then, conversation_id=r.conversation_id, side="msp", lang=lang)
    assert r.act in ("follow_up", "question")
    labels = {lab for c in r.answer.citations for lab in c.labels}
    assert "topic:force_majeure" in labels
    assert re.search(law, r.answer.answer, re.I)


# -- 3. the "it depends" paragraph of an obligations answer is cited ---------------------------------------
@pytest.mark.parametrize("lang, question", [
    ("fr", "Le délai d'intervention sur incident, c'est une obligation de moyens ou de résultat ?"),
    ("en", "Is the response time to tickets a means or a result obligation?"),
])
def test_the_depends_paragraph_cites_each_sentence(app, tmp_path, lang, question):
    from tests.llm_helpers import build_llm_app

    chat = build_llm_app(app, tmp_path, chat_model=False).chat
    r = chat.turn(question, side="client", lang=lang)
    paras = [p for p in r.answer.answer.split("\n\n") if re.match(r"(Cela dépend|It depends)", p)]
    assert paras, r.answer.answer
    for sentence in re.split(r"(?<=\]) (?=[A-Z])", paras[0].strip()):
        assert re.search(r"\[\d+\]$", sentence.strip()), sentence
