"""Slot values for clause wording: defaults from knowledge_base/slots.yaml, overridden by
values derived from a scope profile. Guarantees no `{slot}` ever reaches the user."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from assistant.knowledge.entries import SLOT_RE
from assistant.knowledge.taxonomy import KB_DIR


@lru_cache(maxsize=4)
def slot_specs(kb_dir: Path = KB_DIR) -> dict[str, dict]:
    return yaml.safe_load((Path(kb_dir) / "slots.yaml").read_text(encoding="utf-8"))["slots"]


def format_value(value, lang: str) -> str:
    """Numbers in the contract's language: 99.5 → '99,5' in French, 1000000 → '1 000 000'."""
    if isinstance(value, bool):
        return ("oui" if value else "non") if lang == "fr" else ("yes" if value else "no")
    if isinstance(value, (int, float)):
        if float(value).is_integer():
            text = f"{int(value):,}"
            return text.replace(",", "\u202f") if lang == "fr" else text
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
        return text.replace(",", "\u202f").replace(".", ",") if lang == "fr" else text
    return str(value)


def default_values(lang: str, kb_dir: Path = KB_DIR) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, spec in slot_specs(kb_dir).items():
        d = spec.get("default")
        out[name] = d.get(lang, d.get("fr")) if isinstance(d, dict) else d
    return out


def fill(wording: str, lang: str, values: dict[str, object] | None = None, kb_dir: Path = KB_DIR) -> str:
    """Replace every {slot}; unknown slots fall back to a visible bracketed blank, never braces."""
    merged = default_values(lang, kb_dir)
    merged.update(values or {})

    def sub(m):
        name = m.group(1)
        if name in merged and merged[name] is not None:
            return format_value(merged[name], lang)
        return "[à compléter]" if lang == "fr" else "[to be completed]"

    return SLOT_RE.sub(sub, wording)
