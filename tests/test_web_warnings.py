"""Bad-input warnings of the web app follow the conversation's language (French first)."""

from __future__ import annotations

import pytest

from assistant.errors import UserError
from assistant.web import messages as m
from assistant.web.handlers import Handlers


@pytest.fixture(scope="module")
def handlers(app, tmp_path_factory):
    return Handlers(app, root=tmp_path_factory.mktemp("warn-sessions"))


def test_every_warning_exists_in_both_languages():
    cat = m._catalog()
    assert set(cat["fr"]) == set(cat["en"]) and {"empty", "too_long", "unknown_conversation"} <= set(cat["fr"])


@pytest.mark.parametrize("raw, fr, en", [
    ("the question is empty", "Le message est vide", "The message is empty"),
    ("the question is too long (over 4000 characters)", "plus de 4000 caractères", "over 4000 characters"),
    ("unknown conversation abc", "Conversation introuvable", "Conversation not found"),
    ("unknown role 'judge': use client or msp", "Rôle inconnu", "Unknown role"),
])
def test_engine_messages_are_said_in_the_conversation_language(raw, fr, en):
    assert fr in str(m.localize(UserError(raw), "fr"))
    assert en in str(m.localize(UserError(raw), "en"))
    assert isinstance(m.localize(ValueError(raw), "fr"), UserError)


def test_unknown_message_is_kept_and_framed():
    out = str(m.localize(UserError("something odd"), "fr"))
    assert out.startswith("Entrée refusée") and "something odd" in out


def test_warning_language_pick_then_conversation_then_message_then_french():
    assert m.warning_lang("en", "fr", "bonjour") == "en"
    assert m.warning_lang(None, "en", "bonjour") == "en"
    assert m.warning_lang("auto", None, "what is a reversibility clause for?") == "en"
    assert m.warning_lang(None, None, "   ") == "fr"
    assert m.warning_lang(None, None, None) == "fr"


def test_chat_handler_refuses_in_the_conversation_language(handlers):
    s = handlers.new_session()
    with pytest.raises(UserError, match="Le message est vide"):
        list(handlers.chat("   ", [], session=s, conversation_id=None))
    with pytest.raises(UserError, match="The message is empty"):
        list(handlers.chat("   ", [], session=s, conversation_id=None, lang="en"))
    with pytest.raises(UserError, match="The message is too long"):  # an English message: refused in English
        list(handlers.chat("please review this contract for me " * 150, [], session=s, conversation_id=None))
    first = list(handlers.chat("What is a service credit?", [], session=s, conversation_id=None))[-1]
    with pytest.raises(UserError, match="The message is empty"):  # the conversation is in English
        list(handlers.chat("", [], session=s, conversation_id=first.conversation_id))
