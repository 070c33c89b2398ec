"""Risk engine: runs every rule of the catalogue over a context and turns hits into flags with
balanced replacement wording from the clause library."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from assistant.knowledge.entries import load_entries
from assistant.knowledge.taxonomy import KB_DIR
from assistant.legal.drafting.slots import fill
from assistant.legal.review.risk.catalogue import RULES
from assistant.legal.review.risk.model import SEVERITIES, Context, Flag
from assistant.legal.review.risk.severity import provider_severity


@lru_cache(maxsize=4)
def _balanced_entries(kb_dir: Path = KB_DIR) -> dict[str, object]:
    try:
        return {e.id: e for e in load_entries(kb_dir) if e.kind == "clause" and e.position == "balanced"}
    except (ValueError, OSError):
        return {}


def balanced_wording(topic: str, lang: str, kb_dir: Path = KB_DIR) -> tuple[str | None, str | None]:
    """(entry id, filled wording) of the library's balanced clause for `topic`, if any."""
    entries = _balanced_entries(kb_dir)
    for lg in (lang, "fr" if lang == "en" else "en"):
        entry = entries.get(f"clause.{topic}.balanced.{lg}")
        if entry is not None and entry.wording:
            return entry.id, fill(entry.wording.strip(), lg, kb_dir=kb_dir)
    return None, None


def assess(ctx: Context, *, role: str = "client", kb_dir: Path = KB_DIR) -> list[Flag]:
    """Run every rule; one flag per rule hit, ordered by severity then document position."""
    if role not in ("client", "msp"):
        raise ValueError(f"role must be 'client' or 'msp', not {role!r}")
    lang = ctx.lang if ctx.lang in ("fr", "en") else "fr"
    flags: list[Flag] = []
    for rule in RULES:
        hit = rule.check(ctx)
        if hit is None:
            continue
        severity = (hit.severity or rule.severity)[role]
        if role == "msp":  # the provider's side: one policy for every rule (prompts/review_severity.yaml)
            severity = provider_severity(rule.id, ctx, severity)
        entry_id, wording = balanced_wording(rule.topic, lang, kb_dir)
        ask = rule.ask[lang]
        first = hit.facts[0] if hit.facts else None
        clause = hit.unit.clause if hit.unit else None
        flags.append(Flag(
            rule=rule.id, topic=rule.topic, severity=severity,
            issue=rule.issue[lang].format(**hit.detail), basis=rule.basis, ask=ask,
            suggestion=wording or ask, entry=entry_id, evidence=hit.evidence,
            heading=(clause.heading or None) if clause else None,
            start=clause.start if clause else None,
            number=(clause.number or None) if clause else None,
            span=(first.evidence.start, first.evidence.end) if first is not None and first.evidence.start >= 0
            else None,
            facts=tuple(f.model_dump(exclude={"clause"}) for f in hit.facts)))
    flags.sort(key=lambda f: (SEVERITIES.index(f.severity), f.start if f.start is not None else 10**9, f.rule))
    return flags
