"""A whole first draft from a scope profile: every essential topic plus the optional ones the
scope calls for, numbered articles, annexes (GDPR Art. 28 when personal data), a consistency
report, and clause-by-clause revision that re-runs the report."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from assistant.knowledge.entries import Entry, load_entries
from assistant.knowledge.taxonomy import load_taxonomy
from assistant.legal.drafting.annexes import Annex, build_annexes
from assistant.legal.drafting.consistency import Check, check_consistency
from assistant.legal.drafting.clause import (DraftedClause, DraftingError, check_overrides, citations_for, contract_values,
                                      draft_clause, find_entry, render)
from assistant.legal.scope import parse_scope
from assistant.legal.drafting.slots import POSITIONS
from assistant.types import Citation, ScopeProfile

ORDER = ("parties", "scope", "technologies", "service_delivery", "support_hours", "sla", "penalties", "hardware",
         "assistance_training", "backup_recovery", "security", "data_protection", "client_obligations", "governance",
         "evolution", "pricing_payment", "price_revision", "confidentiality", "intellectual_property", "liability",
         "insurance", "force_majeure", "subcontracting_assignment", "non_solicitation", "audit", "duration_renewal",
         "termination", "reversibility", "disputes")
TOOLED = {"monitoring", "maintenance", "user_support", "security", "patching"}  # services run with RMM/PSA tools
PHYSICAL = {"workstations", "servers", "network", "printers", "telephony", "mobile"}
TITLE = {"fr": "Contrat de services informatiques managés (infogérance)",
         "en": "Managed IT services agreement (IT outsourcing)"}
NOTICE = {"fr": "Projet établi à partir de la bibliothèque de clauses Clausier : information générale, pas un conseil "
                "juridique. Faites relire le contrat final par un avocat.",
          "en": "Draft built from the Clausier clause library: general information, not legal advice. Have the final "
                "contract reviewed by a lawyer."}


def topics_for(scope: ScopeProfile) -> list[str]:
    """Essential topics always; optional ones when the scope calls for them."""
    tax = load_taxonomy()
    s, a = set(scope.services), set(scope.assets)
    wanted = set(tax.essential_topics) | {"evolution", "price_revision", "intellectual_property", "force_majeure",
                                          "subcontracting_assignment", "non_solicitation", "insurance", "audit"}
    if s & TOOLED:
        wanted.add("technologies")
    if "backup" in s:
        wanted.add("backup_recovery")
    if "maintenance" in s and a & PHYSICAL:
        wanted.add("hardware")
    if "user_support" in s:
        wanted.add("assistance_training")
    return [t for t in ORDER if t in wanted]


@dataclass
class Section:
    topic: str
    number: int
    title: str
    text: str
    position: str
    clause: DraftedClause = field(repr=False, default=None)  # type: ignore[assignment]

    @property
    def heading(self) -> str:
        return f"Article {self.number} – {self.title}"

    def to_json(self) -> dict:
        return {"topic": self.topic, "title": self.title, "text": self.text, "number": self.number,
                "position": self.position}


@dataclass
class ContractDraft:
    scope: ScopeProfile
    position: str
    lang: str
    sections: list[Section]
    annexes: list[Annex]
    values: dict
    positions: dict = field(default_factory=dict)  # per-topic positions chosen in revisions
    overrides: dict = field(default_factory=dict)
    consistency: list[Check] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    path: str | None = None

    @property
    def title(self) -> str:
        return TITLE[self.lang]

    @property
    def notice(self) -> str:
        return NOTICE[self.lang]

    def section(self, topic: str) -> Section | None:
        return next((s for s in self.sections if s.topic == topic), None)

    @property
    def warnings(self) -> list[Check]:
        return [c for c in self.consistency if c.status == "warning"]

    @property
    def todo(self) -> list[Check]:
        return [c for c in self.consistency if c.status == "todo"]

    def state(self) -> dict:
        """What is needed to rebuild (and revise) this draft: JSON-safe, stored per conversation."""
        return {"scope": self.scope.model_dump(exclude_none=True), "position": self.position, "lang": self.lang,
                "positions": dict(self.positions), "overrides": dict(self.overrides)}

    def to_json(self) -> dict:
        return {"title": self.title, "lang": self.lang, "position": self.position,
                "sections": [s.to_json() for s in self.sections], "annexes": [a.to_json() for a in self.annexes],
                "path": self.path, "consistency": [c.to_json() for c in self.consistency],
                "citations": [c.to_json() for c in self.citations], "positions": dict(self.positions),
                "overrides": dict(self.overrides), "notice": self.notice}


# -- numbering ----------------------------------------------------------------------------------
_HEAD = re.compile(r"^\s*(Article|Art\.)\s+(X|\d+)\s*[–-]\s*(.+)$")


def _original_number(raw: str) -> int | None:
    m = _HEAD.match(raw.strip().splitlines()[0]) if raw.strip() else None
    return int(m.group(2)) if m and m.group(2).isdigit() else None


def renumber(raw: str, number: int, refs: dict[int, int]) -> str:
    """Drop the heading, number paragraphs N.1, N.2…, and point cross-references to the new articles."""
    lines = raw.strip().splitlines()
    if lines and _HEAD.match(lines[0]):
        lines = lines[1:]
    own = _original_number(raw)
    text = "\n".join(lines)
    text = re.sub(r"^(X|\d+)\.(\d+)\b", lambda m: f"{number}.{m.group(2)}", text, flags=re.M)
    text = re.sub(r"\bX\.(\d+)\b", lambda m: f"{number}.{m.group(1)}", text)
    if own is not None:
        text = re.sub(rf"(?<![\d,.]){own}\.(\d+)\b(?![\d,])", lambda m: f"{number}.{m.group(1)}", text)

    def ref(m: re.Match) -> str:
        n = int(m.group(2))
        return f"{m.group(1)} {refs[n]}" if n in refs else m.group(0)

    return re.sub(r"\b([Aa]rticle) (\d{1,2})\b(?![\d(]|\.\d| (du|of the|of) (RGPD|GDPR|Code|règlement))", ref, text)


def _clause_values(topic: str, topics: list[str], positions: dict, position: str, profile: ScopeProfile, lang: str,
                   values: dict, overrides: dict, entries: tuple[Entry, ...]) -> dict:
    """A clause revised to another position takes that position's figures for the slots only it uses."""
    pos = positions.get(topic)
    if pos is None:
        return values
    own = find_entry(entries, topic, pos, lang).slots
    for other in topics:
        if other != topic:
            own -= find_entry(entries, other, positions.get(other, position), lang).slots
    pos_values = contract_values(profile, pos, lang, overrides)[0]
    return {**values, **{k: pos_values[k] for k in own if k in pos_values and k not in overrides}}


# -- build / revise -------------------------------------------------------------------------------
def build_contract(*, scope: ScopeProfile | dict | str | None, position: str = "balanced", lang: str = "fr",
                   entries: Iterable[Entry], positions: dict | None = None, overrides: dict | None = None,
                   topics: list[str] | None = None) -> ContractDraft:
    """Assemble the draft; `positions` sets a position per topic, `overrides` fixes slot values."""
    entries = tuple(entries)
    profile = parse_scope(scope)
    if position not in POSITIONS:
        raise DraftingError(f"unknown position {position!r} (expected msp, balanced or client)")
    positions = {t: p for t, p in (positions or {}).items() if p != position}
    for t, p in positions.items():
        if p not in POSITIONS:
            raise DraftingError(f"unknown position {p!r} for {t}")
    overrides = check_overrides(overrides)
    values, value_notes = contract_values(profile, position, lang, overrides)
    wanted = topics or topics_for(profile)
    clauses = [draft_clause(topic=t, scope=profile, position=positions.get(t, position), lang=lang, entries=entries,
                            values=_clause_values(t, wanted, positions, position, profile, lang, values, overrides,
                                                  entries),
                            value_notes=value_notes, overrides=overrides) for t in wanted]
    refs = {n: i for i, c in enumerate(clauses, 1) if (n := _original_number(c.raw)) is not None}
    sections = [Section(topic=c.topic, number=i, title=c.title, position=c.position, clause=c,
                        text=render(renumber(c.raw, i, refs), lang, c.values)) for i, c in enumerate(clauses, 1)]
    annexes = build_annexes(profile, values, lang)
    ids = [c.entry_id for c in clauses] + [f"{sid}.{lang}" for a in annexes for sid in a.sources]
    draft = ContractDraft(scope=profile, position=position, lang=lang, sections=sections, annexes=annexes,
                          values=values, positions=positions, overrides=overrides,
                          citations=citations_for(entries, ids))
    draft.consistency = check_consistency(draft)
    return draft


def revise(draft_state: ContractDraft | dict, *, topic: str, position: str | None = None,
           overrides: dict | None = None, entries: Iterable[Entry] | None = None) -> ContractDraft:
    """Redraft one clause with another position and/or slot values; the consistency report is re-run."""
    entries = load_entries() if entries is None else entries
    state = draft_state.state() if isinstance(draft_state, ContractDraft) else dict(draft_state)
    scope = parse_scope(state.get("scope"))
    if topic not in topics_for(scope):
        raise DraftingError(f"the draft has no {topic!r} clause (its topics: {', '.join(topics_for(scope))})")
    if position is not None and position not in POSITIONS:
        raise DraftingError(f"unknown position {position!r} (expected msp, balanced or client)")
    positions = dict(state.get("positions") or {})
    if position is not None:
        positions[topic] = position
    merged = {**(state.get("overrides") or {}), **check_overrides(overrides)}
    return build_contract(scope=scope, position=state.get("position", "balanced"), lang=state.get("lang", "fr"),
                          entries=entries, positions=positions, overrides=merged)
