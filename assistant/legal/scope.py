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
        if not text.startswith(("{", "[")):
            path = Path(text)
            if not path.exists():
                raise ScopeError(f"scope file not found: {text} (give a .json/.yaml file or inline JSON)")
            try:
                if path.stat().st_size > MAX_SCOPE_BYTES:
                    raise ScopeError(f"scope file too large (> {MAX_SCOPE_BYTES // 1000} kB)")
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ScopeError(f"cannot read scope file {path}: {exc}") from exc
        if len(text) > MAX_SCOPE_BYTES:
            raise ScopeError("scope too large")
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            try:
                data = yaml.safe_load(text)
            except yaml.YAMLError as exc:
                raise ScopeError(f"malformed scope: not valid JSON or YAML ({str(exc).splitlines()[0]})") from exc
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
            loc = ".".join(str(x) for x in err.get("loc", ())) or "scope"
            parts.append(f"{loc}: {err.get('msg')}")
        raise ScopeError("invalid scope: " + "; ".join(parts)) from exc
    except RecursionError as exc:
        raise ScopeError("invalid scope: nested too deeply") from exc
