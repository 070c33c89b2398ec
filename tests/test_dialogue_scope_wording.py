"""What the chat says when a service or an asset goes in or out of the scope: French past participles agree
with the item ("la sécurité retirée", "les imprimantes ajoutées", "le réseau retiré"); English is unchanged."""

from __future__ import annotations

import pytest

from assistant.chat.tools import _agreement
from assistant.chat.wording import join, label, say


def _said(lang: str, verb: str, group: str, items: list[str]) -> str:
    names = [label(lang, group, i) for i in items]
    key = (f"{verb}_one" if len(items) == 1 else f"{verb}_many") + _agreement(names, lang)
    return say(lang, key, item=names[0], items=join(names, lang))


@pytest.mark.parametrize("verb, group, items, expected", [
    ("removed", "services", ["security"], "la sécurité retirée du périmètre"),
    ("removed", "services", ["hosting"], "l'hébergement retiré du périmètre"),
    ("removed", "assets", ["network"], "le réseau retiré du périmètre"),
    ("removed", "assets", ["servers"], "les serveurs retirés du périmètre"),
    ("added", "assets", ["printers"], "les imprimantes ajoutées au périmètre"),
    ("added", "services", ["backup"], "la sauvegarde ajoutée au périmètre"),
    ("added", "services", ["backup", "patching"], "ajoutées au périmètre"),
    ("removed", "services", ["backup", "hosting"], "retirés du périmètre"),
])
def test_french_participles_agree(verb, group, items, expected):
    assert _said("fr", verb, group, items).endswith(expected)


@pytest.mark.parametrize("group, item", [("services", "security"), ("assets", "printers")])
def test_english_is_unchanged(group, item):
    assert _said("en", "removed", group, [item]).endswith("removed from the scope")


@pytest.mark.parametrize("severity", ["high", "medium", "low"])
def test_a_review_flag_shows_its_severity_in_french_words(severity):
    shown = label("fr", "severity", severity)
    assert shown != severity and shown in ("important", "à surveiller", "mineur")


def test_one_clause_reviewed_is_singular():
    from assistant.chat.wording import counted
    head = say("fr", "review_head_one", role="le client", n_clauses=counted(1, "clause", "fr"),
               n_flags=counted(1, "flag", "fr"))
    assert "1 clause repérée," in head and "repérées" not in head


@pytest.mark.parametrize("lang, word", [("fr", "déjà"), ("en", "already")])
def test_a_clause_asked_for_that_is_there_is_said_to_be_there(lang, word):
    shown = say(lang, "clause_present", title="Confidentialité", n=18)
    assert word in shown and "18" in shown
