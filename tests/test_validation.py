"""One set of input checks for both faces (assistant/validation.py)."""

import pytest

from assistant import validation as check
from assistant.errors import UserError


def test_lone_surrogates_replaced_and_text_usable_everywhere():
    text = check.user_text("c'est quoi une GTR \ud800 ?", "question")
    assert "\ud800" not in text
    text.encode("utf-8")  # what SQLite, the tokenizer and the browser need


@pytest.mark.parametrize("value", ["", "   ", None, "\x00"])
def test_empty_refused(value):
    with pytest.raises(UserError, match="empty"):
        check.user_text(value, "question")


def test_too_long_refused():
    with pytest.raises(UserError, match="too long"):
        check.user_text("a" * (check.MAX_QUERY + 1), "question")


def test_roles_langs_and_k():
    assert check.role(None) is None and check.role("msp") == "msp"
    assert check.lang("fr") == "fr" and check.lang(None) is None
    for bad in (lambda: check.role("boss"), lambda: check.role(None, required=True), lambda: check.lang("de"),
                lambda: check.k(0), lambda: check.k(101)):
        with pytest.raises(UserError):
            bad()
