"""One browser session and the small display helpers every web module shares (no web module
imports another sideways through these)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.knowledge.taxonomy import load_taxonomy


@dataclass
class Session:
    """One browser session: who it is (owner of conversations) and where its files go."""

    owner: str
    dir: Path
    authenticated: bool = False
    uploads: list[str] = field(default_factory=list)  # gradio's copies of this session's uploads

    def subdir(self, name: str) -> Path:
        path = self.dir / name
        path.mkdir(parents=True, exist_ok=True)
        return path


def _get(obj: Any, name: str, default: Any = None) -> Any:
    """Field of a typed result or of its JSON form (stored messages keep dicts)."""
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def label_name(label: str, lang: str = "fr") -> str:
    """`topic:sla` → the topic's name in `lang`; unknown labels are shown as they are."""
    kind, _, ident = label.partition(":")
    tax = load_taxonomy()
    try:
        if kind == "topic":
            return tax.topic(ident).name(lang)
        if kind == "term":
            return tax.term(ident).name(lang)
        if kind == "art28":
            return next(e.fr for e in tax.art28 if e.id == ident) + " (RGPD art. 28)"
    except (KeyError, StopIteration):
        pass
    return label
