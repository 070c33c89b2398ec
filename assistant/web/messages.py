"""Bad-input warnings of the web app in the conversation's language (prompts/web.yaml).

The engine's checks (`assistant.validation`, the chat engine) raise one English message each;
`localize` recognises it and says the same thing in French or English. The language is the one
the user picked, else the conversation's, else the message's own, else French."""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from assistant.errors import UserError
from assistant.paths import PROMPTS_DIR

# the engine's English messages -> (catalog key, the figures they carry)
_KNOWN = (
    (re.compile(r"\bis empty\b"), "empty"),
    (re.compile(r"\btoo long \(over (?P<limit>\d+) characters\)"), "too_long"),
    (re.compile(r"\bunknown conversation\b|\bconversation not found\b"), "unknown_conversation"),
    (re.compile(r"\bunknown role\b"), "bad_role"),
    (re.compile(r"\bunknown language\b"), "bad_lang"),
)


@lru_cache(maxsize=1)
def _catalog() -> dict:
    return yaml.safe_load((PROMPTS_DIR / "web.yaml").read_text(encoding="utf-8"))


def say(lang: str | None, key: str, **kw) -> str:
    text = _catalog()["en" if lang == "en" else "fr"][key]
    return text.format(**kw) if kw else text


def warning_lang(picked: str | None, stored: str | None = None, text: str | None = None) -> str:
    """The language of a warning: the user's pick, the conversation's, the message's, else French."""
    for lang in (picked, stored):
        if lang in ("fr", "en"):
            return lang
    if text and text.strip():
        from assistant.text.language import detect_language

        try:
            return "en" if detect_language(text) == "en" else "fr"
        except Exception:  # noqa: BLE001 - a warning never fails on its language
            return "fr"
    return "fr"


def localize(exc: Exception, lang: str) -> UserError:
    """The same refusal, in `lang` (a message the catalog does not know is kept, framed)."""
    detail = str(exc)
    for pattern, key in _KNOWN:
        m = pattern.search(detail)
        if m:
            return UserError(say(lang, key, **m.groupdict()))
    return UserError(say(lang, "other", detail=detail))
