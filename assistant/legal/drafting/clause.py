"""One clause drafted for a scope and a position: pick the library wording, balance it to the
scope (assistant.legal.drafting.balance), fill every slot with values sized to the scope, and say which
obligation it creates and what the other side will ask for."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from assistant.knowledge.entries import SLOT_RE, Entry
from assistant.knowledge.taxonomy import load_taxonomy
from assistant.legal.drafting.balance import TOPIC_COMMITMENTS, Context, adjust, ceilings_for, proportionate
from assistant.legal.obligations import type_name
from assistant.legal.scope import parse_scope
from assistant.legal.drafting.slots import POSITIONS, default_values, fill, slot_specs, values_from_scope
from assistant.types import Citation, ScopeProfile


class DraftingError(ValueError):
    """Bad drafting input (unknown topic, position, slot…): shown to the user as is."""


GUIDES = {
    "sla": ("guide.sla_penalties",), "penalties": ("guide.sla_penalties",), "liability": ("guide.liability_caps",),
    "reversibility": ("guide.reversibility_plan",), "data_protection": ("guide.dpa_for_msp",),
    "pricing_payment": ("guide.pricing_indexation",), "price_revision": ("guide.pricing_indexation",),
    "duration_renewal": ("guide.term_renewal_termination",), "termination": ("guide.term_renewal_termination",),
}
# slot meanings that flip in one wording: in the client's term clause, {notice_months} is the provider's notice
TWEAKS = {("duration_renewal", "client"): {"notice_months": lambda v: max(int(v), 3)}}
ADJUSTED = {"fr": "Ajusté au périmètre : ", "en": "Adjusted to scope: "}
LOWER = {"fr": "Version {pos} : stipulé comme {kind}, en deçà de ce que le périmètre permettrait ({ceiling}). ",
         "en": "{pos} version: stipulated as {kind}, below what the scope would allow ({ceiling}). "}
POSITION_NAMES = {"fr": {"msp": "prestataire", "balanced": "équilibrée", "client": "client"},
                  "en": {"msp": "Provider", "balanced": "Balanced", "client": "Client"}}
SCOPE_NOTES = {
    "continuous": {"fr": "Les délais P1 en continu supposent une astreinte hors heures de service ({hours}) : prévoyez "
                         "la clause d'horaires côté client ou un forfait d'astreinte.",
                   "en": "P1 times running around the clock need on-call cover outside service hours ({hours}): use "
                         "the client-side service-hours clause or an on-call fee."},
    "no_backup": {"fr": "La sauvegarde ne figure pas dans les services du périmètre : cette clause n'a d'effet que si "
                        "le service est ajouté.",
                  "en": "Backup is not among the scope's services: this clause only has effect if the service is "
                        "added."},
    "no_personal_data": {"fr": "Le périmètre déclare ne pas traiter de données personnelles ; l'administration à "
                               "distance y donne pourtant souvent accès : gardez la clause par précaution.",
                         "en": "The scope declares no personal data; remote administration often gives access to some "
                               "anyway: keep the clause as a safeguard."},
}


@dataclass(frozen=True)
class ClauseCommitment:
    """One commitment a clause carries: the obligation type the wording gives it, and the type the
    obligations engine would give it for the scope (`engine`: the ceiling a position may lower)."""

    id: str
    type: str
    engine: str
    rationale: str

    def to_json(self) -> dict:
        return {"id": self.id, "type": self.type, "engine": self.engine, "rationale": self.rationale}


@dataclass
class DraftedClause:
    topic: str
    position: str
    lang: str
    title: str
    text: str
    obligation_type: str
    rationale: str
    commitments: list[ClauseCommitment] = field(default_factory=list)
    negotiation_notes: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    slots: dict = field(default_factory=dict)
    adjustments: list[str] = field(default_factory=list)
    entry_id: str = ""
    raw: str = field(default="", repr=False)  # balanced wording before filling (the contract renumbers it)
    values: dict = field(default_factory=dict, repr=False)

    def to_json(self) -> dict:
        return {"topic": self.topic, "position": self.position,
                "obligation": {"type": self.obligation_type, "rationale": self.rationale,
                               "commitments": [c.to_json() for c in self.commitments]},
                "text": self.text, "negotiation_notes": self.negotiation_notes,
                "citations": [c.to_json() for c in self.citations],
                "title": self.title, "lang": self.lang, "slots": self.slots, "adjustments": self.adjustments}


def clause_topics(entries: Iterable[Entry]) -> list[str]:
    """Topics with library wording, in taxonomy order."""
    have = {e.topic for e in entries if e.kind == "clause"}
    return [t for t in load_taxonomy().topic_ids if t in have]


def check_overrides(overrides: dict | None) -> dict:
    """Known slot names only; numbers stay numbers (strings such as '4' or '4,5' are accepted)."""
    specs = slot_specs()
    out: dict = {}
    for name, value in (overrides or {}).items():
        if name not in specs:
            raise DraftingError(f"unknown slot {name!r} (known: {', '.join(sorted(specs))})")
        kind = specs[name].get("type", "text")
        if kind in ("int", "number"):
            try:
                num = float(str(value).replace(",", ".").strip())
            except ValueError as exc:
                raise DraftingError(f"slot {name} needs a number, not {value!r}") from exc
            if num < 0 or num > 1e9:
                raise DraftingError(f"slot {name} is out of range: {value!r}")
            value = int(num) if kind == "int" or num.is_integer() else num
        else:
            value = str(value).strip()[:200]
            if not value or SLOT_RE.search(value):
                raise DraftingError(f"slot {name} needs a plain text value")
        out[name] = value
    return out


def contract_values(scope: ScopeProfile, position: str, lang: str,
                    overrides: dict | None = None) -> tuple[dict, dict[str, list[str]]]:
    """Slot values for the whole contract: sized to scope, caps made proportionate, then the user's overrides."""
    values, notes = proportionate(values_from_scope(scope, lang, position), position, lang)
    values.update(check_overrides(overrides))
    return values, notes


def _validate(scope, position: str, lang: str) -> ScopeProfile:
    if position not in POSITIONS:
        raise DraftingError(f"unknown position {position!r} (expected msp, balanced or client)")
    if lang not in ("fr", "en"):
        raise DraftingError(f"unknown language {lang!r} (expected fr or en)")
    return parse_scope(scope)


def find_entry(entries: Iterable[Entry], topic: str, position: str, lang: str) -> Entry:
    wanted = f"clause.{topic}.{position}.{lang}"
    for e in entries:
        if e.id == wanted:
            return e
    valid = clause_topics(entries)
    if topic not in valid:
        raise DraftingError(f"unknown topic {topic!r}; valid topics: {', '.join(valid)}")
    raise DraftingError(f"no library wording {wanted}")


def render(raw: str, lang: str, values: dict) -> str:
    """Fill every slot; a `{slot}` left in the text is a bug that must never reach the user."""
    text = fill(raw, lang, values)
    leftover = SLOT_RE.findall(text)
    assert not leftover, f"unfilled slots {leftover}"
    return text


def excerpt(text: str, limit: int = 320) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def citations_for(entries: Iterable[Entry], ids: Iterable[str], start: int = 1) -> list[Citation]:
    by_id = {e.id: e for e in entries}
    out: list[Citation] = []
    for eid in ids:
        e = by_id.get(eid)
        if e is None or any(c.id == eid for c in out):
            continue
        out.append(Citation(ref=start + len(out), id=e.id, kind=e.kind, title=e.title, labels=e.labels,
                            excerpt=excerpt(e.when_to_use or e.body)))
    return out


def _obligation(ctx: Context, entry: Entry, lowered: dict[str, str]) -> tuple[str, str, list[ClauseCommitment]]:
    cids = TOPIC_COMMITMENTS.get(ctx.topic)
    if not cids:
        return entry.obligation.type, entry.obligation.rationale, []
    rows = []
    for cid in cids:
        engine = ctx.ceilings[cid]
        kind = lowered.get(cid, ctx.stipulated(cid))
        rationale = engine.rationale
        if kind != engine.type:
            rationale = LOWER[ctx.lang].format(pos=POSITION_NAMES[ctx.lang][ctx.position],
                                               kind=type_name(kind, ctx.lang),
                                               ceiling=type_name(engine.type, ctx.lang)) + rationale
        rows.append(ClauseCommitment(id=cid, type=kind, engine=engine.type, rationale=rationale))
    main = rows[0]
    others = "; ".join(f"{r.id}: {type_name(r.type, ctx.lang)}" for r in rows[1:])
    return main.type, main.rationale + (f" ({others})" if others else ""), rows


def _scope_notes(topic: str, position: str, scope: ScopeProfile, lang: str, values: dict) -> list[str]:
    notes = []
    if topic == "sla" and position == "client" and scope.hours != "24x7":
        notes.append(SCOPE_NOTES["continuous"][lang].format(hours=values.get("hours_label", scope.hours)))
    if topic == "backup_recovery" and "backup" not in scope.services:
        notes.append(SCOPE_NOTES["no_backup"][lang])
    if topic == "data_protection" and not scope.personal_data:
        notes.append(SCOPE_NOTES["no_personal_data"][lang])
    return notes


def draft_clause(*, topic: str, scope: ScopeProfile | dict | str | None, position: str = "balanced",
                 lang: str = "fr", entries: Iterable[Entry], values: dict | None = None,
                 value_notes: dict | None = None, overrides: dict | None = None) -> DraftedClause:
    """The library clause for `topic` in `position`, balanced to `scope`, every slot filled."""
    entries = tuple(entries)
    profile = _validate(scope, position, lang)
    entry = find_entry(entries, topic, position, lang)
    if values is None:
        values, value_notes = contract_values(profile, position, lang, overrides)
    values = dict(values)
    for name, tweak in TWEAKS.get((topic, position), {}).items():
        if name in values and not (overrides and name in overrides):
            values[name] = tweak(values[name])
    ctx = Context(topic=topic, position=position, lang=lang, scope=profile, values=values,
                  ceilings=ceilings_for(topic, profile, lang), overrides=dict(overrides or {}))
    adjusted = adjust(ctx, entry.wording or "")
    text = render(adjusted.text, lang, values)
    kind, rationale, rows = _obligation(ctx, entry, adjusted.lowered)
    notes = list(entry.negotiation_notes) + [ADJUSTED[lang] + n for n in adjusted.notes]
    notes += [ADJUSTED[lang] + n for n in (value_notes or {}).get(topic, [])]
    notes += _scope_notes(topic, position, profile, lang, values)
    ids = [entry.id] + [f"{g}.{lang}" for g in GUIDES.get(topic, ())]
    if rows:
        ids.append(f"guide.means_vs_result.{lang}")
    first = (entry.wording or "").strip().splitlines()[0] if entry.wording else ""
    title = first.split("–", 1)[1].strip() if "–" in first else load_taxonomy().topic(topic).name(lang)
    used = sorted(SLOT_RE.findall(adjusted.text))
    shown = {**default_values(lang), **values}
    return DraftedClause(topic=topic, position=position, lang=lang, title=title, text=text, obligation_type=kind,
                         rationale=rationale, commitments=rows, negotiation_notes=notes,
                         citations=citations_for(entries, ids), slots={n: shown.get(n) for n in dict.fromkeys(used)},
                         adjustments=adjusted.applied, entry_id=entry.id, raw=adjusted.text, values=values)
