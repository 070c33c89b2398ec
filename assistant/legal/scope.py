"""Scope profiles from a file path or inline JSON/YAML, with messages a user can act on."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from pydantic import ValidationError

from assistant.types import ScopeProfile

MAX_SCOPE_BYTES = 64_000


class ScopeError(ValueError):
    pass


def parse_scope(value: str | dict | None) -> ScopeProfile:
    """`value` is a dict, inline JSON/YAML, or the path of a .json/.yaml file; None means defaults."""
    if value is None or value == "":
        return ScopeProfile()
    if isinstance(value, ScopeProfile):
        return value
    if isinstance(value, str):
        text = value.strip()
        if len(text) > MAX_SCOPE_BYTES:
            raise ScopeError(f"scope too large (> {MAX_SCOPE_BYTES // 1000} kB)")
        if not text.startswith(("{", "[")):
            text = _read_file(text)
        data = _decode(text)
    else:
        data = value
    if data is None:
        return ScopeProfile()
    if not isinstance(data, dict):
        raise ScopeError("malformed scope: expected an object such as {\"users\": 40, \"hours\": \"business\"}")
    try:
        return ScopeProfile.model_validate(data)
    except ValidationError as exc:
        parts = []
        for err in exc.errors()[:6]:
            loc = _short(".".join(str(x) for x in err.get("loc", ())), 60) or "scope"
            parts.append(f"{loc}: {err.get('msg')}")
        raise ScopeError("invalid scope: " + "; ".join(parts)) from exc
    except RecursionError as exc:
        raise ScopeError("invalid scope: nested too deeply") from exc


def _read_file(text: str) -> str:
    """The scope file named by `text`; `users: 40` or several lines that name no file are
    YAML typed on the command line."""
    path = Path(text)
    try:
        is_file = path.is_file()
    except (OSError, ValueError):  # too long for a file name, or a NUL byte: not a file
        is_file = False
    if not is_file:
        if "\n" in text or ": " in text:
            return text
        raise ScopeError(f"scope file not found: {_short(text)} (give a .json/.yaml file or inline JSON)")
    try:
        with path.open("rb") as handle:  # bounded read: /proc files report a size of 0
            raw = handle.read(MAX_SCOPE_BYTES + 1)
        if len(raw) > MAX_SCOPE_BYTES:
            raise ScopeError(f"scope file too large (> {MAX_SCOPE_BYTES // 1000} kB)")
        return raw.decode("utf-8-sig")
    except (OSError, ValueError) as exc:  # unreadable, not UTF-8
        if isinstance(exc, ScopeError):
            raise
        raise ScopeError(f"cannot read scope file {_short(text)}: {getattr(exc, 'strerror', None) or exc}") from exc


def _short(text: str, limit: int = 120) -> str:
    """User input echoed in a message: one line, control characters escaped, cut short."""
    text = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
    return text if len(text) <= limit else text[:limit] + "…"


def _decode(text: str):
    """JSON first, then YAML; every parser failure (bad syntax, nesting too deep, an integer of
    thousands of digits, an impossible date) becomes a ScopeError."""
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise ScopeError("malformed scope: nested too deeply") from exc
    except ValueError:  # JSONDecodeError, or an integer too long to convert
        pass
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ScopeError(f"malformed scope: not valid JSON or YAML ({str(exc).splitlines()[0]})") from exc
    except RecursionError as exc:
        raise ScopeError("malformed scope: nested too deeply") from exc
    except (ValueError, TypeError, OverflowError) as exc:
        raise ScopeError(f"malformed scope: a value cannot be read ({exc})") from exc
