"""Classes of wording left after the eighth session's first pass (issue 14): a question announced on a named clause
(one short question back, no draft), a pasted clause to rewrite toward the user's side (no review), a period counted
from the end of the contract set on the clause on the table (not the termination notice), "make it easier to read"
(rephrase, not a change of position), and an exception written in the user's first person made the party's name with
the verb agreeing. Every sentence is our own; each class has FR and EN paraphrases and near-misses."""

from __future__ import annotations

import pytest

from assistant.chat.acts import classify
from assistant.chat.slots import read_slots
from assistant.chat.state import ClauseOnTable, ConversationState, LastAnswer
from assistant.chat.clause_edits import _third_person


def _read(text: str, table: str | None = None, side: str = "msp"):
    st = ConversationState(side=side)
    if table:
        st.clause = ClauseOnTable(topic=table, position=side)
        st.last = LastAnswer(act="draft_clause", tool="draft_clause", topic=table, text="…")
    slots = read_slots(text, topic_hint=table, side_hint=side)
    return classify(text, slots, st), slots


# -- 1. a question announced on a clause -----------------------------------------------------------------
@pytest.mark.parametrize("text, topic", [
    ("j'aurais une petite question concernant la clause de réversibilité", "reversibility"),
    ("bonjour, une question au sujet de la clause de confidentialité", "confidentiality"),
    ("we've got a question regarding the liability clause", "liability"),
    ("quick question on the SLA clause", "sla"),
    ("one more question about the non-solicitation clause.", "non_solicitation"),
])
def test_question_announced_on_a_clause_is_asked_back(text, topic):
    u, _s = _read(text)
    assert u.act == "clarify" and u.topic == topic


@pytest.mark.parametrize("text, act", [
    # a request to draft stays one
    ("il nous faudrait une clause de réversibilité", "draft_clause"),
    ("I need a confidentiality clause", "draft_clause"),
    # the question is asked in the same message: answered, not asked back
    ("I have a question about the liability clause: what cap is usual?", "question"),
    ("une question sur la clause de résiliation : quel préavis est courant ?", "question"),
])
def test_near_misses_of_the_announced_question(text, act):
    u, _s = _read(text)
    assert u.act == act


def test_the_announced_question_gets_one_question_back(app, tmp_path):
    from tests.llm_helpers import build_llm_app

    engine = build_llm_app(app, tmp_path, chat_model=False).chat
    r = engine.turn("j'aurais une question sur la clause de pénalités", side="client")
    assert r.act == "clarify" and r.conversation.clause is None
    assert r.answer.answer.count("?") == 1 and "Article" not in r.answer.answer


# -- 2. a pasted clause to rewrite toward the user's side --------------------------------------------------
_FR_PASTE = ("Le Prestataire peut interrompre tout ou partie des services à sa seule discrétion, sans préavis et sans "
             "que le Client puisse prétendre à une quelconque indemnité.")
_EN_PASTE = ("The Provider may interrupt all or part of the services at its sole discretion, without notice and "
             "without the Client being entitled to any compensation.")


@pytest.mark.parametrize("text", [
    "retravaille cette clause à notre avantage : " + _FR_PASTE,
    "peux-tu reformuler ça en notre faveur : " + _FR_PASTE,
    "redraft this in our favour: " + _EN_PASTE,
    "rework this clause so it protects us: " + _EN_PASTE,
])
def test_pasted_clause_to_rewrite_is_redrafted_for_the_user(text):
    u, s = _read(text, side="client")
    assert u.act == "draft_clause" and u.relative and s.position == "mine" and u.topic


@pytest.mark.parametrize("text", [
    "voici la clause : " + _FR_PASTE,
    "is this fair to us: " + _EN_PASTE,
])
def test_pasted_clause_to_judge_is_still_reviewed(text):
    u, _s = _read(text, side="client")
    assert u.act == "review"


def test_pasted_clause_rewritten_becomes_the_clause_on_the_table(app, tmp_path):
    from tests.llm_helpers import build_llm_app

    engine = build_llm_app(app, tmp_path, chat_model=False).chat
    r = engine.turn("redraft this in our favour: " + _EN_PASTE, side="client", lang="en")
    assert r.act == "draft_clause"
    assert r.conversation.clause is not None and r.conversation.clause.position == "client"


# -- 3. a period counted from the end of the contract -------------------------------------------------------
@pytest.mark.parametrize("text, table, slot, value", [
    ("deux ans à compter de la résiliation", "confidentiality", "confidentiality_years", 2),
    ("trois ans après la fin du contrat", "confidentiality", "confidentiality_years", 3),
    ("a year following termination of the agreement", "non_solicitation", "non_solicitation_months", 12),
    ("18 months after the contract ends", "non_solicitation", "non_solicitation_months", 18),
    ("24 mois à compter de la fin du contrat", "confidentiality", "confidentiality_years", 2),
    ("keep the confidentiality duty for a year after the end of the agreement", "confidentiality",
     "confidentiality_years", 1),
])
def test_period_after_the_end_is_the_figure_of_the_clause_on_the_table(text, table, slot, value):
    u, s = _read(text, table=table)
    assert u.act == "set_figure" and u.topic == table
    assert s.figures == {slot: value}


@pytest.mark.parametrize("text, table, slot", [
    # the termination notice itself stays the notice
    ("passe le préavis de résiliation à 3 mois", "termination", "notice_months"),
    ("make the termination notice 2 months", "non_solicitation", "notice_months"),
])
def test_near_misses_the_notice_stays_the_notice(text, table, slot):
    _u, s = _read(text, table=table)
    assert slot in s.figures


# -- 4. make it easier to read ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "tu pourrais la rendre plus facile à lire ?",
    "rends-la plus claire stp",
    "can you make this clause more readable?",
    "make it simpler to follow",
])
def test_easier_to_read_is_a_rephrase(text):
    u, _s = _read(text, table="liability")
    assert u.act == "rephrase"


@pytest.mark.parametrize("text, act", [
    ("rends-la plus protectrice pour nous", "change_position"),
    ("make it more favourable to us", "change_position"),
])
def test_near_misses_a_side_is_still_a_change_of_position(text, act):
    u, _s = _read(text, table="liability")
    assert u.act == act


def test_thanks_for_clarity_is_no_rephrase():
    u, _s = _read("ok c'est plus clair, merci", table="liability")
    assert u.act != "rephrase"


# -- 5. the user's first person made the party, the verb agreeing -------------------------------------------
@pytest.mark.parametrize("words, lang, party, expected", [
    ("scheduled works if we notify them two days ahead", "en", "the Provider",
     "scheduled works if the Provider notifies them two days ahead"),
    ("outages we have announced a week before", "en", "the Provider", "outages the Provider has announced a week before"),
    ("downtime we cause ourselves", "en", "the Client", "downtime the Client causes itself"),
    ("if we are warned in advance", "en", "the Client", "if the Client is warned in advance"),
    ("les travaux si nous les annonçons trois jours avant", "fr", "le Prestataire",
     "les travaux si le Prestataire les annonce trois jours avant"),
    ("les coupures que nous prévenons la veille", "fr", "le Prestataire", "les coupures que le Prestataire prévient la veille"),
    ("si nous en informons le client par écrit", "fr", "le Prestataire", "si le Prestataire en informe le client par écrit"),
    ("si on prévient une semaine avant", "fr", "le Prestataire", "si le Prestataire prévient une semaine avant"),
])
def test_exception_in_the_users_words_names_the_party(words, lang, party, expected):
    assert _third_person(words, party, lang) == expected


@pytest.mark.parametrize("words, lang", [
    ("a weekly window announced by e-mail", "en"),      # "weekly" holds "we": untouched
    ("les pannes annoncées une semaine avant", "fr"),
])
def test_near_misses_no_first_person_left_alone(words, lang):
    assert _third_person(words, "the Provider" if lang == "en" else "le Prestataire", lang) == words


def test_exception_written_into_the_clause_agrees(app, tmp_path):
    from tests.llm_helpers import build_llm_app

    engine = build_llm_app(app, tmp_path, chat_model=False).chat
    r = engine.turn("draft an SLA clause", side="msp", lang="en")
    r = engine.turn("exclude outages during office moves if we warn the client a week ahead",
                    conversation_id=r.conversation_id)
    body = r.answer.answer
    assert r.act == "add_remove" and r.conversation.clause is not None
    clause_part = body[body.index("By way of exception"):]
    assert "if the Provider warns the client a week ahead" in clause_part and " we " not in clause_part.split("\n")[0]
