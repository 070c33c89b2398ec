"""No internal value reaches the user (issue 14 point 4): a clause that creates no performance obligation (service
credits, a penalty clause: obligation type "none" in the clause library) is said in words, in both languages."""

from __future__ import annotations

import re

import pytest

from assistant.legal.obligations import type_name


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_obligation_kind_has_a_name(lang):
    for kind in ("means", "reinforced_means", "result", "mixed", "depends", "none"):
        name = type_name(kind, lang)
        assert name != kind and " " in name, (kind, name)


@pytest.mark.parametrize("message,lang", [
    ("rédige la clause de pénalités", "fr"),
    ("draft the service credits clause", "en"),
])
def test_a_penalty_clause_drafted_in_chat_names_its_kind_in_words(app, message, lang):
    r = app.chat.turn(message, side="client", lang=lang)
    text = r.answer.answer
    assert r.act == "draft_clause", r.act
    assert not re.search(r"(engagement|commitment)\s*:\s*none\b", text, re.I), text[:600]
    assert re.search(r"ni moyens ni résultat|neither means nor result", text), text[:600]
