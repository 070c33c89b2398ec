"""Failure counts of the dialogue evaluation, per split, in numbers only (issue 14, s37).

Two tables per split, built from the scored turns of `evaluations.dialogues`:

- failing turns by expected act × failure kind: a failing turn is counted once, under the first
  kind it fails in the order of KINDS (a wrong act first: what follows from it is its consequence);
- the act confusion: expected act → act the chat reported, for the turns whose act was wrong.

Only counts leave this module — never a message, a dialogue id or a failure's text — so the
untuned split can be measured here without being read. The kind is read from the failure's
prefix (the name of the expectation it broke), never from what the expectation matched.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

# the kinds, in the order a failing turn is attributed (its first failing kind wins)
KINDS = ("act", "answer_has", "answer_not", "draft", "contract", "state", "other")

_PREFIX_KIND = {
    "act": "act",
    "answer_has": "answer_has",
    "answer_not": "answer_not",
    "draft_has": "draft", "draft_not": "draft", "draft_topic": "draft", "draft_position": "draft",
    "contract_has": "contract", "contract_not": "contract",
    "scope_has": "state", "scope_lacks": "state", "stated_has": "state", "stated_lacks": "state",
}


def failure_kind(reason: str) -> str:
    """The kind of one failure reason of `check_turn` ('act: got …' → 'act', 'state.x: …' → 'state')."""
    prefix = reason.split(":", 1)[0].strip()
    if prefix.startswith("state."):
        return "state"
    return _PREFIX_KIND.get(prefix, "other")


def failure_detail(reason: str) -> str:
    """The expectation a failure broke, finer than its kind ('draft_has', 'draft_topic (none)' when there was no
    draft or contract at all, 'state.scope.users'): still only the expectation's name, never what it matched."""
    prefix = reason.split(":", 1)[0].strip()
    if prefix.startswith("state.scope."):
        prefix = "state.scope." + prefix.split(".", 2)[2]
    elif prefix.startswith("state."):
        prefix = "state." + prefix.split(".", 1)[1]
    elif prefix not in _PREFIX_KIND and prefix != "citations_min":
        prefix = "other"
    rest = reason.split(":", 1)[1].strip() if ":" in reason else ""
    return prefix + (" (none)" if rest in ("no draft", "no contract", "no answer") else "")


def turn_kind(reasons: Iterable[str]) -> str:
    """The one kind a failing turn is counted under: the first of KINDS among its reasons."""
    kinds = {failure_kind(r) for r in reasons}
    return next((k for k in KINDS if k in kinds), "other")


def count_tables(results: Iterable[Any]) -> dict[str, dict]:
    """Per split: {"by_act_kind": {act: {kind: n}}, "confusion": {expected: {got: n}}, "failing": n}.

    `results` are `evaluations.dialogues.TurnResult`s (passed, failures, turn.expected_act,
    got_act, dialogue.split)."""
    out: dict[str, dict] = {}
    for r in results:
        if r.passed:
            continue
        split = out.setdefault(r.dialogue.split, {"by_act_kind": defaultdict(lambda: defaultdict(int)),
                                                  "confusion": defaultdict(lambda: defaultdict(int)),
                                                  "details": defaultdict(lambda: defaultdict(int)),
                                                  "failing": 0})
        split["failing"] += 1
        kind = turn_kind(r.failures)
        split["by_act_kind"][r.turn.expected_act][kind] += 1
        if kind == "act":
            split["confusion"][r.turn.expected_act][str(r.got_act or "-")] += 1
        else:  # the act was right: every expectation the turn still broke (a turn may count under several)
            for detail in sorted({failure_detail(f) for f in r.failures}):
                split["details"][r.turn.expected_act][detail] += 1
    return {name: {"failing": s["failing"],
                   "by_act_kind": {a: dict(sorted(k.items())) for a, k in sorted(s["by_act_kind"].items())},
                   "confusion": {a: dict(sorted(g.items(), key=lambda kv: (-kv[1], kv[0])))
                                 for a, g in sorted(s["confusion"].items())},
                   "details": {a: dict(sorted(g.items(), key=lambda kv: (-kv[1], kv[0])))
                               for a, g in sorted(s["details"].items())}}
            for name, s in sorted(out.items())}


def counts_markdown(counts: dict[str, dict]) -> list[str]:
    """Markdown lines: for each split, the act × kind table and the confusion counts (numbers only)."""
    lines: list[str] = []
    for split, c in counts.items():
        if not c["failing"]:
            continue
        lines += ["", f"Failing turns of split {split} by expected act and first failing kind "
                      f"({c['failing']} turns, counts only):", "",
                  "| expected act | " + " | ".join(KINDS) + " | total |",
                  "|---|" + "---:|" * (len(KINDS) + 1)]
        rows = sorted(c["by_act_kind"].items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
        for act, kinds in rows:
            lines.append(f"| {act} | " + " | ".join(str(kinds.get(k, 0) or "") for k in KINDS)
                         + f" | {sum(kinds.values())} |")
        totals = [sum(k.get(name, 0) for k in c["by_act_kind"].values()) for name in KINDS]
        lines.append("| all | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
        if c["confusion"]:
            lines += ["", f"Act confusion of split {split} (expected → got, counts only): "
                      + "; ".join(f"{exp} → " + ", ".join(f"{got} {n}" for got, n in gots.items())
                                  for exp, gots in sorted(c["confusion"].items(),
                                                          key=lambda kv: (-sum(kv[1].values()), kv[0])))
                      + "."]
        if c.get("details"):
            lines += ["", f"Right act, expectations still broken, split {split} (expected act: expectation count; "
                          "'(none)': no draft or contract at all; counts only): "
                      + "; ".join(f"{act}: " + ", ".join(f"{d} {n}" for d, n in ds.items())
                                  for act, ds in sorted(c["details"].items(),
                                                        key=lambda kv: (-sum(kv[1].values()), kv[0])))
                      + "."]
    return lines


def counts_text(counts: dict[str, dict]) -> list[str]:
    """Plain-text lines for the terminal report (same numbers as the Markdown)."""
    lines: list[str] = []
    for split, c in counts.items():
        if not c["failing"]:
            continue
        lines.append(f"failing turns of split {split} by expected act (kind counts):")
        for act, kinds in sorted(c["by_act_kind"].items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
            lines.append(f"  {act:<18} {sum(kinds.values()):>3}  "
                         + ", ".join(f"{k} {kinds[k]}" for k in KINDS if kinds.get(k)))
        if c["confusion"]:
            lines.append(f"act confusion of split {split} (expected -> got):")
            for exp, gots in sorted(c["confusion"].items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
                lines.append(f"  {exp:<18} -> " + ", ".join(f"{got} {n}" for got, n in gots.items()))
    return lines
