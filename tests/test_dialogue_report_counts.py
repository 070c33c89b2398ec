"""The dialogue report's count tables (s37): failing turns by expected act × first failing kind and
the act confusion, per split, in numbers only — an untuned turn's message, id or failure text never
reaches the report. A small synthetic dialogue file of our own, scored by --replay; no chat engine."""

from __future__ import annotations

import json

import yaml

from assistant.types import ScopeProfile
from evaluations import dialogue_counts as dc
from evaluations import dialogues as dl

SECRET = "zorglub-quantum-turnip"  # a word only the untuned messages and patterns carry


def _out(conv: str, act: str, answer: str = "", draft: dict | None = None, scope: dict | None = None) -> dict:
    sc = ScopeProfile().model_dump()
    sc.update(scope or {})
    return {"conversation": conv, "act": act, "answer": answer, "citations": [], "draft": draft, "contract": None,
            "state": {"side": "msp", "lang": "fr", "topic": "sla", "position": "balanced", "scope": sc,
                      "stated": []}}


DIALOGUES = [
    {"id": "dev-one", "lang": "fr", "split": "dev", "turns": [
        {"message": "c'est quoi une GTR ?", "expect": {"act": "explain_term", "answer_has": ["r[ée]tabli"]}},
        {"message": "baisse la redevance de 10 %", "expect": {"act": "set_figure"}},
        {"message": "rédige la clause SLA", "expect": {"act": "draft_clause", "draft_has": ["99"]}}]},
    {"id": f"held-{SECRET}", "lang": "en", "split": "untuned", "turns": [
        {"message": f"what about {SECRET} one", "expect": {"act": "question", "answer_has": [SECRET]}},
        {"message": f"and {SECRET} two", "expect": {"act": "question"}},
        {"message": f"lower {SECRET} three", "expect": {"act": "set_figure", "answer_not": [SECRET]}},
        {"message": f"users {SECRET} four", "expect": {"act": "state_fact", "state": {"scope.users": 40}}},
        {"message": f"ok {SECRET} five", "expect": {"act": "follow_up"}}]},
]

# per turn, in order: dev (pass, act wrong, draft missing); untuned (answer_has + ok act, act wrong,
# answer_not, state, pass)
OUTPUTS = [
    ("dev-one", "explain_term", "délai de rétablissement", None),
    ("dev-one", "state_fact", "", None),
    ("dev-one", "draft_clause", "", {"topic": "sla", "position": "msp", "text": "98 %"}),
    (f"held-{SECRET}", "question", "nothing", None),
    (f"held-{SECRET}", "set_figure", "", None),
    (f"held-{SECRET}", "set_figure", f"there is {SECRET} here", None),
    (f"held-{SECRET}", "state_fact", "", None),
    (f"held-{SECRET}", "follow_up", "", None),
]


def _run(tmp_path, capsys, *extra: str) -> tuple[str, str]:
    f = tmp_path / "synthetic.yaml"
    f.write_text(yaml.safe_dump(DIALOGUES, allow_unicode=True), encoding="utf-8")
    replay = tmp_path / "out.jsonl"
    replay.write_text("".join(json.dumps(_out(f"{c}-old", a, ans, dr)) + "\n" for c, a, ans, dr in OUTPUTS),
                      encoding="utf-8")
    md = tmp_path / "r.md"
    assert dl.main([str(f), "--replay", str(replay), "--out", str(md), *extra]) == 0
    return md.read_text(encoding="utf-8"), capsys.readouterr().out


def test_failure_kinds_follow_the_expectation_broken():
    assert dc.failure_kind("act: got 'question', expected set_figure") == "act"
    assert dc.failure_kind("state.scope.users: got 25, expected 40") == "state"
    assert dc.failure_kind("stated_lacks: control marked as stated") == "state"
    assert dc.failure_kind("draft_position: got 'msp', expected 'client'") == "draft"
    assert dc.failure_kind("contract_not: /x/ matched 'x' in contract") == "contract"
    assert dc.failure_kind("answer_not: /x/ matched 'x' in answer") == "answer_not"
    assert dc.failure_kind("citations_min: 0 citation(s), expected at least 1") == "other"
    assert dc.failure_detail("draft_has: no draft") == "draft_has (none)"
    assert dc.failure_detail("draft_has: /99/ not found in draft") == "draft_has"
    assert dc.failure_detail("state.scope.users: got 25, expected 40") == "state.scope.users"
    assert dc.failure_detail(f"answer_not: /{SECRET}/ matched {SECRET!r} in answer") == "answer_not"
    # a turn is counted once, under its first kind: a wrong act before what follows from it
    assert dc.turn_kind(["answer_has: /a/ not found in answer", "act: got 'x', expected y"]) == "act"
    assert dc.turn_kind(["state.side: got 'client', expected 'msp'", "draft_has: no draft"]) == "draft"


def test_count_tables_per_split(tmp_path, capsys):
    ds = dl.parse_dialogues(DIALOGUES, "synthetic.yaml")
    outs = [_out(c, a, ans, dr) for c, a, ans, dr in OUTPUTS]
    counts = dl.summarise(dl.score(ds, outs))["counts"]
    assert counts["dev"]["failing"] == 2
    assert counts["dev"]["by_act_kind"] == {"draft_clause": {"draft": 1}, "set_figure": {"act": 1}}
    assert counts["dev"]["confusion"] == {"set_figure": {"state_fact": 1}}
    unt = counts["untuned"]
    assert unt["failing"] == 4
    assert unt["by_act_kind"] == {"question": {"answer_has": 1, "act": 1}, "set_figure": {"answer_not": 1},
                                  "state_fact": {"state": 1}}
    assert unt["confusion"] == {"question": {"set_figure": 1}}
    # with the act right, every expectation still broken, by its name only
    assert unt["details"] == {"question": {"answer_has": 1}, "set_figure": {"answer_not": 1},
                              "state_fact": {"state.scope.users": 1}}
    assert counts["dev"]["details"] == {"draft_clause": {"draft_has": 1}}


def test_report_shows_the_tables_and_never_an_untuned_turn(tmp_path, capsys):
    md, text = _run(tmp_path, capsys)
    assert "Failing turns of split untuned by expected act and first failing kind (4 turns, counts only)" in md
    assert "| question | 1 | 1 |  |  |  |  |  | 2 |" in md
    assert "| all | 1 | 1 | 1 | 0 | 0 | 1 | 0 | 4 |" in md
    assert "Act confusion of split untuned (expected → got, counts only): question → set_figure 1." in md
    assert "Act confusion of split dev (expected → got, counts only): set_figure → state_fact 1." in md
    assert "act confusion of split untuned (expected -> got):" in text
    assert "Right act, expectations still broken, split untuned" in md and "state_fact: state.scope.users 1" in md
    # the dev failures are listed; nothing of the untuned split but numbers
    assert "`dev-one` turn 2" in md and "dev-one turn 2" in text
    for out in (md, text):
        assert SECRET not in out and "held-" not in out


def test_json_summary_carries_counts_without_untuned_text(tmp_path, capsys):
    _, text = _run(tmp_path, capsys, "--json")
    summary = json.loads(text)
    assert summary["counts"]["untuned"]["failing"] == 4
    assert SECRET not in text
