"""A figure the user set that the clause's wording does not carry: the passage that carries it, borrowed.

"write the security incident clause on our side, we notify the client of a breach within 72 hours": the
provider-side security wording says "as soon as it becomes aware" and has no hours; another version of the same
clause (same topic, same language) words the commitment with the figure. Its sentence holding that figure is added
to the clause as a new numbered paragraph, filled with the user's value, so the figure asked for is in the text and
later changes ("client wants 24 hours") find it there. Only the one sentence holding the figure is borrowed (the rest
of the other version's paragraph says that side's other terms), and from another topic only from the clause that
neighbours this one (`_NEIGHBOURS`: the credit cap said with service levels, "SLA for us, P1 in 1 hour, credits up to
15 %", comes from the penalties clause), in a sentence that stands alone (no "that fee", "cette redevance").
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.legal.drafting.clause import render

_NUMBERED = re.compile(r"^([A-Z0-9]+)\.(\d+)\s", re.M)
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-ZÀ-Ý])")
# the other versions are tried nearest first: the balanced one, then the far side
_ORDER = {"msp": ("balanced", "client"), "client": ("balanced", "msp"), "balanced": ("client", "msp")}
# a clause whose figures are often said with another's: the service levels and the credits that sanction them
_NEIGHBOURS = {"sla": ("penalties",)}
# a sentence that points back at another one of its clause cannot be moved alone
_POINTS_BACK = re.compile(r"\b(cette|ces|cet|ce|celle-ci|ci-dessus|that|this|these|those|above)\b", re.I)


def _sentence_with(paragraph: str, slot: str) -> str | None:
    for sentence in _SENTENCE_END.split(paragraph):
        if "{" + slot + "}" in sentence:
            return sentence.strip()
    return None


def borrowed_passage(entries, topic: str, position: str, lang: str, slot: str, *, alone: bool = False) -> str | None:
    """The sentence of another version of `topic` (same language) that holds `{slot}`, else None; `alone`: a
    neighbouring clause, every version tried (its own side first), only a sentence that stands alone."""
    by_id = {e.id: e for e in entries}
    for other in ((position, *_ORDER.get(position, ())) if alone else _ORDER.get(position, ())):
        entry = by_id.get(f"clause.{topic}.{other}.{lang}")
        if entry is None or not entry.wording or "{" + slot + "}" not in entry.wording:
            continue
        for line in entry.wording.splitlines():
            if "{" + slot + "}" in line:
                body = _NUMBERED.sub("", line.strip(), count=1)
                sentence = _sentence_with(body, slot)
                if sentence and not re.search(r"\b[A-Z]\.\d", sentence) and not (
                        alone and _POINTS_BACK.search(sentence)):  # no cross-reference into the other version
                    return sentence
    return None


def with_stated_figures(clause, entries, overrides: dict, lang: str):
    """`clause` with a numbered paragraph for each figure of `overrides` its wording lacks and another version of
    the same clause words (see the module doc)."""
    raw = getattr(clause, "raw", "") or ""
    if not raw or not overrides:
        return clause
    added = []
    for slot in overrides:
        if "{" + slot + "}" in raw:
            continue
        sentence = borrowed_passage(entries, clause.topic, clause.position, lang, slot) or next(
            (p for t in _NEIGHBOURS.get(clause.topic, ()) if (p := borrowed_passage(entries, t, clause.position, lang, slot,
                                                                                   alone=True))), None)
        if sentence and sentence not in added:
            added.append(sentence)
    if not added:
        return clause
    numbers = [(m.group(1), int(m.group(2))) for m in _NUMBERED.finditer(raw)]
    if not numbers:
        return clause
    head, last = numbers[-1]
    lines = raw.rstrip("\n").split("\n")
    for i, sentence in enumerate(added, 1):
        lines.append(f"{head}.{last + i} {sentence}")
    new_raw = "\n".join(lines)
    values = {**(clause.values or {}), **{k: v for k, v in overrides.items() if k not in (clause.values or {})}}
    for k, v in overrides.items():
        values[k] = v
    try:
        text = render(new_raw, lang, values)
    except (AssertionError, KeyError, ValueError):
        return clause
    slots = {**clause.slots, **{k: overrides[k] for k in overrides if "{" + k + "}" in new_raw}}
    return replace(clause, text=text, raw=new_raw, values=values, slots=slots)
