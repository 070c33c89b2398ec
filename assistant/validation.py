"""Input checks, once for every face: the CLI and the web app both go through `Clausier`,
which calls these, so a question is accepted or refused the same way everywhere."""

from __future__ import annotations

from assistant.errors import UserError

MAX_QUERY = 4000  # characters; a longer query is a pasted document (use review) and took ~25 s to embed
ROLES = ("msp", "client")
LANGS = ("fr", "en")


def clean(value: object) -> str:
    """Text safe for the tokenizer, SQLite and the browser: lone surrogates (undecodable bytes)
    are replaced, NUL removed."""
    return str(value or "").encode("utf-8", "replace").decode("utf-8").replace("\x00", "")


def user_text(value: object, what: str, *, limit: int = MAX_QUERY) -> str:
    text = clean(value).strip()
    if not text:
        raise UserError(f"the {what} is empty")
    if len(text) > limit:
        raise UserError(f"the {what} is too long (over {limit} characters)")
    return text


def role(value: str | None, *, required: bool = False) -> str | None:
    if value in (None, "") and not required:
        return None
    if value not in ROLES:
        raise UserError(f"unknown role {value!r}: use client or msp")
    return value


def lang(value: str | None) -> str | None:
    if value in (None, ""):
        return None
    if value not in LANGS:
        raise UserError(f"unknown language {value!r}: use fr or en")
    return value


def k(value: int) -> int:
    if not isinstance(value, int) or value < 1 or value > 100:
        raise UserError("k must be between 1 and 100")
    return value
