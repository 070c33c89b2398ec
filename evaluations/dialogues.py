"""Multi-turn dialogue evaluation of `clausier chat --batch` (issue 14).

The dialogues live in `evaluations/dialogues/*.yaml` (format: CHAT_SPEC, see
`evaluations/dialogues/README.md`). This runner validates them, builds one JSONL batch,
runs `python -m assistant chat --batch BATCH --json` once, and checks every turn's
expectations against the output object of that turn.

Run:
    .venv/bin/python -m evaluations.dialogues                      # every dialogue file
    .venv/bin/python -m evaluations.dialogues --split untuned      # only the never-tuned split
    .venv/bin/python -m evaluations.dialogues FILE.yaml DIR --out results.md --json
    .venv/bin/python -m evaluations.dialogues --check              # validate the set only
    .venv/bin/python -m evaluations.dialogues --replay OUT.jsonl   # score saved chat output
    .venv/bin/python -m evaluations.dialogues --env CLAUSIER_DATA_DIR=/tmp/d --chat-args "--lang fr"
    .venv/bin/python -m evaluations.dialogues --baseline /tmp/wt --out evaluations/results/dialogues.md
        # before/after in one run: /tmp/wt is a git worktree of the commit to compare with

The untuned split is measured, never read: its failing turns are counted, never listed. The report
adds, per split, the failing turns by expected act × first failing kind and the act confusion
(expected → got), in counts only (`evaluations/dialogue_counts.py`).

Conversation ids are the dialogue ids plus a random run tag, so a stored conversation is never
continued by a later run (each run adds its conversations to the chat store of the data dir).

Exit codes: 0 scored (whatever the pass rate), 2 bad dialogue file or chat command missing/failed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assistant.chat.act_catalogue import ACTS as ACT_NAMES
from assistant.text import unaccent
from evaluations.dialogue_counts import count_tables, counts_markdown, counts_text

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIALOGUES_DIR = HERE / "dialogues"
TAXONOMY = ROOT / "knowledge_base" / "taxonomy.yaml"

ACTS = ACT_NAMES  # every act the chat can report (the product's own list)
LANGS = ("fr", "en")
SIDES = ("msp", "client")
SPLITS = ("dev", "untuned")
POSITIONS = ("msp", "balanced", "client")
DIALOGUE_KEYS = {"id", "lang", "role", "split", "persona", "send_lang", "turns", "notes"}
REQUIRED_DIALOGUE_KEYS = {"id", "lang", "split", "turns"}
TURN_KEYS = {"message", "expect", "note"}
REGEX_KEYS = ("answer_has", "answer_not", "draft_has", "draft_not", "contract_has", "contract_not")
EXPECT_KEYS = {"act", "state", "scope_has", "scope_lacks", "stated_has", "stated_lacks", "draft_topic",
               "draft_position", "citations_min", *REGEX_KEYS}
STATE_ROOTS = ("side", "lang", "topic", "position", "stated")
MAX_FAILURES_SHOWN = 40


class DialogueError(ValueError):
    """A dialogue file that does not follow the format (message names file and dialogue)."""


class ChatError(RuntimeError):
    """The chat command is missing, failed, or answered something unreadable."""


# -- text folding and regexes -----------------------------------------------------------------------
_EXTRA = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "’": "'", "‘": "'", "ʼ": "'",
                        "\u00a0": " ", "\u202f": " ", "\u2009": " "})


def _strip_marks(text: str) -> str:
    return unaccent((text or "").translate(_EXTRA))  # the project's one fold (assistant/text), case kept


def fold(text: str) -> str:
    """Lower case, no accents (NFKD minus combining marks), œ→oe, typographic quotes → '."""
    return _strip_marks(text).lower()


def compile_pattern(pattern: str) -> re.Pattern:
    """A pattern folded like the text it is matched against, case kept so that escapes such as
    \\S or \\D keep their meaning (matching is case-insensitive); raises re.error if broken."""
    return re.compile(_strip_marks(pattern), re.IGNORECASE | re.MULTILINE)


def search(pattern: str, text: str) -> re.Match | None:
    return compile_pattern(pattern).search(fold(text))


# -- the model of a dialogue set -------------------------------------------------------------------
@dataclass
class Turn:
    message: str
    expect: dict[str, Any]

    @property
    def expected_act(self) -> str:
        act = self.expect.get("act")
        if isinstance(act, list):
            return act[0] if act else "-"
        return act or "-"


@dataclass
class Dialogue:
    id: str
    lang: str
    split: str
    turns: list[Turn]
    role: str | None = None
    persona: str = ""
    send_lang: bool = False
    source: str = ""


@dataclass
class TurnResult:
    dialogue: Dialogue
    index: int  # 1-based
    turn: Turn
    failures: list[str] = field(default_factory=list)
    got_act: str = ""  # the act the chat reported (for the counts of dialogue_counts)

    @property
    def passed(self) -> bool:
        return not self.failures


def _scope_fields() -> dict[str, Any]:
    from assistant.types import ScopeProfile

    return dict(ScopeProfile.model_fields)


def _list_values() -> dict[str, tuple[str, ...]]:
    from assistant.types import ASSETS, SERVICES

    return {"assets": tuple(ASSETS), "services": tuple(SERVICES)}


def _topics() -> set[str]:
    data = yaml.safe_load(TAXONOMY.read_text(encoding="utf-8"))
    return {t["id"] for t in data.get("clause_topics", [])}


def _where(source: str, did: str | None, turn: int | None = None) -> str:
    out = source
    if did:
        out += f": dialogue {did}"
    if turn is not None:
        out += f", turn {turn}"
    return out


def _check_regexes(values: Any, where: str, key: str) -> None:
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise DialogueError(f"{where}: {key} must be a list of non-empty regex strings")
    for v in values:
        try:
            compile_pattern(v)
        except re.error as exc:
            raise DialogueError(f"{where}: {key} has a bad regex {v!r} ({exc})") from None


def _validate_expect(exp: Any, where: str, scope_fields: dict, list_values: dict, topics: set[str]) -> None:
    if not isinstance(exp, dict) or not exp:
        raise DialogueError(f"{where}: expect must be a non-empty mapping")
    unknown = set(exp) - EXPECT_KEYS
    if unknown:
        raise DialogueError(f"{where}: unknown expect key(s) {', '.join(sorted(unknown))}")
    if "act" not in exp:
        raise DialogueError(f"{where}: expect.act is required")
    acts = exp["act"] if isinstance(exp["act"], list) else [exp["act"]]
    if not acts or any(a not in ACTS for a in acts):
        raise DialogueError(f"{where}: unknown act {exp['act']!r} (acts: {', '.join(ACTS)})")
    state = exp.get("state", {})
    if not isinstance(state, dict):
        raise DialogueError(f"{where}: state must be a mapping of dotted paths to values")
    for key, values in state.items():
        root, _, rest = key.partition(".")
        if root == "scope":
            if rest not in scope_fields:
                raise DialogueError(f"{where}: state path {key!r} is not a ScopeProfile field")
            if rest in list_values:
                raise DialogueError(f"{where}: use scope_has/scope_lacks for list field {rest!r}")
        elif root not in STATE_ROOTS or rest:
            raise DialogueError(f"{where}: unknown state path {key!r}")
        if root == "side" and values not in SIDES:
            raise DialogueError(f"{where}: state.side must be msp or client")
        if root == "lang" and values not in LANGS:
            raise DialogueError(f"{where}: state.lang must be fr or en")
        if root == "position" and values not in POSITIONS:
            raise DialogueError(f"{where}: state.position must be one of {', '.join(POSITIONS)}")
        if root == "topic" and values not in topics:
            raise DialogueError(f"{where}: state.topic {values!r} is not a taxonomy clause topic")
    for key in ("scope_has", "scope_lacks"):
        if key not in exp:
            continue
        if not isinstance(exp[key], dict) or not exp[key]:
            raise DialogueError(f"{where}: {key} must map assets/services to lists")
        for name, vals in exp[key].items():
            if name not in list_values:
                raise DialogueError(f"{where}: {key} field {name!r} is not a list field (assets, services)")
            if not isinstance(vals, list) or not vals or any(v not in list_values[name] for v in vals):
                raise DialogueError(f"{where}: {key}.{name} must list values among {', '.join(list_values[name])}")
    for key in ("stated_has", "stated_lacks"):
        if key in exp:
            vals = exp[key]
            if not isinstance(vals, list) or not vals or any(v not in scope_fields for v in vals):
                raise DialogueError(f"{where}: {key} must list ScopeProfile fields")
    for key in REGEX_KEYS:
        if key in exp:
            _check_regexes(exp[key], where, key)
    if "draft_topic" in exp:
        wanted = exp["draft_topic"] if isinstance(exp["draft_topic"], list) else [exp["draft_topic"]]
        bad = [t for t in wanted if not isinstance(t, str) or t not in topics] or ([] if wanted else ["(empty list)"])
        if bad:
            raise DialogueError(f"{where}: draft_topic {bad[0]!r} is not a taxonomy clause topic")
    if "draft_position" in exp:
        wanted = exp["draft_position"] if isinstance(exp["draft_position"], list) else [exp["draft_position"]]
        if not wanted or any(p not in POSITIONS for p in wanted):
            raise DialogueError(f"{where}: draft_position must be one of {', '.join(POSITIONS)} (or a list of them)")
    if "citations_min" in exp and (not isinstance(exp["citations_min"], int) or isinstance(exp["citations_min"], bool)
                                   or exp["citations_min"] < 0):
        raise DialogueError(f"{where}: citations_min must be a non-negative integer")


def parse_dialogues(data: Any, source: str) -> list[Dialogue]:
    """Validate one file's content (a YAML list of dialogues) and build the dialogues."""
    if not isinstance(data, list) or not data:
        raise DialogueError(f"{source}: a dialogue file is a non-empty YAML list of dialogues")
    scope_fields, list_values, topics = _scope_fields(), _list_values(), _topics()
    out = []
    for n, d in enumerate(data, 1):
        if not isinstance(d, dict):
            raise DialogueError(f"{source}: item {n} is not a mapping")
        did = d.get("id")
        if not isinstance(did, str) or not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", did or ""):
            raise DialogueError(f"{_where(source, None)}: item {n} needs an id of [a-z0-9_-]")
        where = _where(source, did)
        unknown = set(d) - DIALOGUE_KEYS
        if unknown:
            raise DialogueError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        missing = REQUIRED_DIALOGUE_KEYS - set(d)
        if missing:
            raise DialogueError(f"{where}: missing key(s) {', '.join(sorted(missing))}")
        if d["lang"] not in LANGS:
            raise DialogueError(f"{where}: lang must be fr or en")
        if d["split"] not in SPLITS:
            raise DialogueError(f"{where}: split must be dev or untuned")
        if d.get("role") is not None and d["role"] not in SIDES:
            raise DialogueError(f"{where}: role must be msp or client")
        if not isinstance(d.get("send_lang", False), bool):
            raise DialogueError(f"{where}: send_lang must be true or false")
        if not isinstance(d["turns"], list) or not d["turns"]:
            raise DialogueError(f"{where}: turns must be a non-empty list")
        turns = []
        for i, t in enumerate(d["turns"], 1):
            tw = _where(source, did, i)
            if not isinstance(t, dict):
                raise DialogueError(f"{tw}: a turn is a mapping with message and expect")
            unknown = set(t) - TURN_KEYS
            if unknown:
                raise DialogueError(f"{tw}: unknown key(s) {', '.join(sorted(unknown))}")
            if not isinstance(t.get("message"), str) or not t["message"].strip():
                raise DialogueError(f"{tw}: message must be a non-empty string")
            _validate_expect(t.get("expect"), tw, scope_fields, list_values, topics)
            turns.append(Turn(message=t["message"], expect=t["expect"]))
        out.append(Dialogue(id=did, lang=d["lang"], split=d["split"], turns=turns, role=d.get("role"),
                            persona=str(d.get("persona", "")), send_lang=d.get("send_lang", False), source=source))
    return out


def dialogue_files(paths: list[str] | None) -> list[Path]:
    targets = [Path(p) for p in paths] if paths else [DIALOGUES_DIR]
    files: list[Path] = []
    for p in targets:
        if p.is_dir():
            files += sorted(list(p.glob("*.yaml")) + list(p.glob("*.yml")))
        elif p.is_file():
            files.append(p)
        else:
            raise DialogueError(f"{p}: no such file or directory")
    if not files:
        raise DialogueError(f"no dialogue file (*.yaml) in {', '.join(map(str, targets))}")
    return files


def load_dialogues(paths: list[str] | None = None) -> list[Dialogue]:
    dialogues: list[Dialogue] = []
    seen: dict[str, str] = {}
    for f in dialogue_files(paths):
        try:
            data = yaml.safe_load(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise DialogueError(f"{f}: unreadable YAML ({first})") from None
        for d in parse_dialogues(data, str(f)):
            if d.id in seen:
                raise DialogueError(f"{f}: dialogue {d.id} duplicates the id of one in {seen[d.id]}")
            seen[d.id] = str(f)
            dialogues.append(d)
    return dialogues


# -- batch and chat command --------------------------------------------------------------------------
def batch_lines(dialogues: list[Dialogue], run_tag: str) -> list[dict]:
    """One input line per turn; conversation ids carry a run tag so a stored conversation is never reused."""
    lines = []
    for d in dialogues:
        for t in d.turns:
            line = {"conversation": f"{d.id}-{run_tag}", "message": t.message}
            if d.role:
                line["role"] = d.role
            if d.send_lang:
                line["lang"] = d.lang
            lines.append(line)
    return lines


def parse_output(stdout: str) -> list[dict]:
    """The chat command's output: JSON lines (one object per input line) or one JSON array."""
    text = stdout.strip()
    if not text:
        return []
    if text.startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ChatError(f"chat output is not valid JSON ({exc})") from None
        if not all(isinstance(o, dict) for o in data):
            raise ChatError("chat output array holds something other than objects")
        return data
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ChatError(f"chat output line {n} is not JSON ({exc})") from None
        if not isinstance(obj, dict):
            raise ChatError(f"chat output line {n} is not a JSON object")
        out.append(obj)
    return out


def run_chat(lines: list[dict], timeout: float, extra_args: list[str] | None = None,
             extra_env: dict[str, str] | None = None, root: Path = ROOT) -> list[dict]:
    """Run the chat command of the checkout `root` (this one, or a baseline worktree) on the batch."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", prefix="clausier-dialogues-", delete=False,
                                     encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        batch = fh.name
    cmd = [sys.executable, "-m", "assistant", "chat", "--batch", batch, "--json", *(extra_args or [])]
    try:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(extra_env or {})}
        if root != ROOT:  # a baseline checkout: its own code, this checkout's data (index, store) unless told
            env["PYTHONPATH"] = str(root)
            env.setdefault("CLAUSIER_DATA_DIR", str(ROOT / "data"))
        proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        raise ChatError(f"`python -m assistant chat` did not finish within {timeout:.0f} s") from None
    except OSError as exc:
        raise ChatError(f"cannot run `python -m assistant chat` ({exc})") from None
    finally:
        Path(batch).unlink(missing_ok=True)
    if proc.returncode != 0:
        err = (proc.stderr or "").strip()
        if "invalid choice: 'chat'" in err or "invalid choice: \"chat\"" in err:
            raise ChatError("the chat command does not exist yet (`python -m assistant chat`: invalid choice)")
        last = err.splitlines()[-1] if err else "no message on stderr"
        raise ChatError(f"`python -m assistant chat --batch` failed with exit code {proc.returncode}: {last}")
    outputs = parse_output(proc.stdout)
    check_alignment(lines, outputs)
    return outputs


def check_alignment(lines: list[dict], outputs: list[dict]) -> None:
    if len(outputs) != len(lines):
        raise ChatError(f"chat returned {len(outputs)} output objects for {len(lines)} input lines")
    for n, (line, out) in enumerate(zip(lines, outputs), 1):
        if out.get("conversation") != line["conversation"]:
            raise ChatError(f"output {n} is for conversation {out.get('conversation')!r}, "
                            f"expected {line['conversation']!r}")


# -- checking one turn -----------------------------------------------------------------------------
def _get(obj: Any, dotted: str) -> tuple[bool, Any]:
    for part in dotted.split("."):
        if not isinstance(obj, dict) or part not in obj:
            return False, None
        obj = obj[part]
    return True, obj


def _same(expected: Any, got: Any) -> bool:
    if isinstance(expected, bool) or isinstance(got, bool):
        return expected is got if isinstance(expected, bool) and isinstance(got, bool) else False
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        return abs(float(expected) - float(got)) < 1e-9
    if isinstance(expected, str) and isinstance(got, str):
        return fold(expected).strip() == fold(got).strip()
    return expected == got


def _short(text: str, n: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _regex_checks(exp: dict, key_has: str, key_not: str, text: str | None, label: str) -> list[str]:
    fails = []
    for pat in exp.get(key_has, []):
        if text is None:
            fails.append(f"{key_has}: no {label}")
            break
        if not search(pat, text):
            fails.append(f"{key_has}: /{pat}/ not found in {label}")
    for pat in exp.get(key_not, []):
        if text is None:
            continue
        m = search(pat, text)
        if m:
            fails.append(f"{key_not}: /{pat}/ matched {_short(m.group(0))!r} in {label}")
    return fails


def check_turn(expect: dict, out: dict) -> list[str]:
    """Every expectation of one turn that the output object fails (empty list = the turn passes)."""
    fails: list[str] = []
    acts = expect.get("act")
    if acts is not None:
        acts = acts if isinstance(acts, list) else [acts]
        if out.get("act") not in acts:
            fails.append(f"act: got {out.get('act')!r}, expected {' or '.join(acts)}")
    state = out.get("state") if isinstance(out.get("state"), dict) else {}
    for path, want in (expect.get("state") or {}).items():
        found, got = _get(state, path)
        if not found:
            fails.append(f"state.{path}: missing")
        elif not _same(want, got):
            fails.append(f"state.{path}: got {got!r}, expected {want!r}")
    scope = state.get("scope") if isinstance(state.get("scope"), dict) else {}
    for name, vals in (expect.get("scope_has") or {}).items():
        got = scope.get(name) or []
        missing = [v for v in vals if v not in got]
        if missing:
            fails.append(f"scope_has: {name} lacks {', '.join(missing)} (got {got})")
    for name, vals in (expect.get("scope_lacks") or {}).items():
        got = scope.get(name) or []
        present = [v for v in vals if v in got]
        if present:
            fails.append(f"scope_lacks: {name} contains {', '.join(present)}")
    stated = state.get("stated") or []
    missing = [v for v in expect.get("stated_has", []) if v not in stated]
    if missing:
        fails.append(f"stated_has: {', '.join(missing)} not in stated {stated}")
    extra = [v for v in expect.get("stated_lacks", []) if v in stated]
    if extra:
        fails.append(f"stated_lacks: {', '.join(extra)} marked as stated")
    fails += _regex_checks(expect, "answer_has", "answer_not", out.get("answer") or "", "answer")
    draft = out.get("draft") if isinstance(out.get("draft"), dict) else None
    fails += _regex_checks(expect, "draft_has", "draft_not", (draft or {}).get("text") if draft else None, "draft")
    for key, field_name in (("draft_topic", "topic"), ("draft_position", "position")):
        if key in expect:
            if draft is None:
                fails.append(f"{key}: no draft")
            elif draft.get(field_name) not in (expect[key] if isinstance(expect[key], list) else [expect[key]]):
                fails.append(f"{key}: got {draft.get(field_name)!r}, expected {expect[key]!r}")
    contract = out.get("contract") if isinstance(out.get("contract"), dict) else None
    fails += _regex_checks(expect, "contract_has", "contract_not",
                           (contract or {}).get("markdown") if contract else None, "contract")
    if "citations_min" in expect:
        n = len(out.get("citations") or [])
        if n < expect["citations_min"]:
            fails.append(f"citations_min: {n} citation(s), expected at least {expect['citations_min']}")
    return fails


def score(dialogues: list[Dialogue], outputs: list[dict]) -> list[TurnResult]:
    results, k = [], 0
    for d in dialogues:
        for i, t in enumerate(d.turns, 1):
            results.append(TurnResult(d, i, t, check_turn(t.expect, outputs[k]), str(outputs[k].get("act") or "")))
            k += 1
    return results


# -- report ----------------------------------------------------------------------------------------
def _rate(passed: int, total: int) -> str:
    return f"{passed}/{total} ({passed / total:.3f})" if total else "0/0"


def summarise(results: list[TurnResult]) -> dict:
    def group(key) -> dict[str, dict[str, int]]:
        g: dict[str, dict[str, int]] = defaultdict(lambda: {"passed": 0, "total": 0})
        for r in results:
            g[key(r)]["total"] += 1
            g[key(r)]["passed"] += r.passed
        return {k: dict(v) for k, v in sorted(g.items())}

    by_dialogue: dict[str, bool] = {}
    for r in results:
        by_dialogue[r.dialogue.id] = by_dialogue.get(r.dialogue.id, True) and r.passed
    # the untuned split is measured, never read: its failing turns are counted, not listed
    failures = [{"dialogue": r.dialogue.id, "turn": r.index, "expected_act": r.turn.expected_act,
                 "message": r.turn.message, "reasons": r.failures} for r in results
                if not r.passed and r.dialogue.split != "untuned"]
    hidden = sum(1 for r in results if not r.passed and r.dialogue.split == "untuned")
    return {
        "turns": {"passed": sum(r.passed for r in results), "total": len(results)},
        "dialogues": {"passed": sum(by_dialogue.values()), "total": len(by_dialogue)},
        "per_act": group(lambda r: r.turn.expected_act),
        "per_split": group(lambda r: r.dialogue.split),
        "per_lang": group(lambda r: r.dialogue.lang),
        "failures": failures,
        "untuned_failures_hidden": hidden,
        "counts": count_tables(results),  # per split, numbers only (the untuned split is counted, not read)
    }


def text_report(s: dict) -> str:
    lines = [f"turns passed: {_rate(s['turns']['passed'], s['turns']['total'])}",
             f"dialogues fully passed: {_rate(s['dialogues']['passed'], s['dialogues']['total'])}"]
    for title, key in (("per expected act", "per_act"), ("per split", "per_split"), ("per language", "per_lang")):
        lines.append(f"{title}:")
        lines += [f"  {name:<16} {_rate(v['passed'], v['total'])}" for name, v in s[key].items()]
    fails = s["failures"]
    if s.get("untuned_failures_hidden"):
        lines.append(f"untuned split: {s['untuned_failures_hidden']} failing turns, not listed (measured, never read)")
    lines += counts_text(s.get("counts") or {})
    if fails:
        lines.append(f"failing turns ({len(fails)}; first {min(len(fails), MAX_FAILURES_SHOWN)}):")
        for f in fails[:MAX_FAILURES_SHOWN]:
            lines.append(f"  {f['dialogue']} turn {f['turn']} [{f['expected_act']}] {_short(f['message'], 50)!r}: "
                         + "; ".join(f["reasons"]))
    return "\n".join(lines)


def markdown_report(s: dict, title: str = "Dialogues (issue 14)", baseline: dict | None = None,
                    baseline_name: str = "") -> str:
    def before(key: str, name: str) -> str:
        v = (baseline or {}).get(key, {}).get(name)
        return f" {v['passed']}/{v['total']} ({v['passed'] / v['total']:.3f}) |" if v and v["total"] else " - |"

    def rows(key: str) -> list[str]:
        return [f"| {name} |" + (before(key, name) if baseline else "")
                + f" {v['passed']} | {v['total']} | {v['passed'] / v['total']:.3f} |"
                for name, v in s[key].items() if v["total"]]

    t, d = s["turns"], s["dialogues"]
    out = [f"## {title}", "",
           f"Turns passed {_rate(t['passed'], t['total'])}; dialogues fully passed {_rate(d['passed'], d['total'])}."]
    if baseline:
        bt, bd = baseline["turns"], baseline["dialogues"]
        out += ["", f"Baseline ({baseline_name}, same run, same dialogues): turns {_rate(bt['passed'], bt['total'])}; "
                    f"dialogues fully passed {_rate(bd['passed'], bd['total'])}."]
        out += ["", "| group | before | passed | turns | rate |", "|---|---:|---:|---:|---:|"]
    else:
        out += ["", "| group | passed | turns | rate |", "|---|---:|---:|---:|"]
    for key in ("per_act", "per_split", "per_lang"):
        out += [r.replace("| ", f"| {key.split('_')[1]}: ", 1) for r in rows(key)]
    if s.get("untuned_failures_hidden"):
        out += ["", f"Untuned split: {s['untuned_failures_hidden']} failing turns, not listed (measured, never read)."]
    out += counts_markdown(s.get("counts") or {})
    if s["failures"]:
        out += ["", f"Failing turns (first {min(len(s['failures']), MAX_FAILURES_SHOWN)} of {len(s['failures'])}):", ""]
        for f in s["failures"][:MAX_FAILURES_SHOWN]:
            reasons = "; ".join(f["reasons"]).replace("|", "\\|")
            out.append(f"- `{f['dialogue']}` turn {f['turn']} ({f['expected_act']}): {reasons}")
    return "\n".join(out) + "\n"


def set_counts(dialogues: list[Dialogue]) -> dict:
    """Counts of the set itself (for --check and the tests)."""
    acts: dict[str, int] = defaultdict(int)
    for d in dialogues:
        for t in d.turns:
            acts[t.expected_act] += 1
    count = lambda attr: {k: sum(1 for d in dialogues if getattr(d, attr) == k)  # noqa: E731
                          for k in sorted({getattr(d, attr) for d in dialogues}, key=str)}
    return {"dialogues": len(dialogues), "turns": sum(len(d.turns) for d in dialogues),
            "per_act": dict(sorted(acts.items())), "per_lang": count("lang"), "per_split": count("split"),
            "per_role": count("role")}


def _tree_name(tree: Path | None) -> str:
    """'worktree at 0fed05d' for the report (the commit of a baseline checkout, when git can tell)."""
    if tree is None:
        return ""
    try:
        head = subprocess.run(["git", "-C", str(tree), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        head = ""
    return f"checkout at {head}" if head else str(tree)


# -- CLI -------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m evaluations.dialogues",
                                description="Score `clausier chat --batch` on the multi-turn dialogue set.")
    p.add_argument("paths", nargs="*", help="dialogue YAML files or directories (default: evaluations/dialogues/)")
    p.add_argument("--split", choices=("dev", "untuned", "all"), default="all")
    p.add_argument("--out", help="write a Markdown table of the results to this file")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    p.add_argument("--check", action="store_true", help="only validate the dialogue files and print counts")
    p.add_argument("--replay", metavar="OUTPUT", help="score saved chat output (JSON lines) instead of running chat")
    p.add_argument("--save-output", metavar="FILE", help="save the raw chat output objects (JSON lines)")
    p.add_argument("--timeout", type=float, default=3600, help="seconds allowed for the chat command")
    p.add_argument("--chat-args", default="", help="extra arguments for the chat command (one shell-quoted string)")
    p.add_argument("--baseline", metavar="TREE", type=Path,
                   help="checkout of the engine to compare with (a git worktree): same dialogues, same run")
    p.add_argument("--env", action="append", default=[], metavar="KEY=VALUE",
                   help="environment variable for the chat command (repeatable), e.g. CLAUSIER_DATA_DIR=/tmp/x")
    args = p.parse_args(argv)
    extra_env = {}
    for item in args.env:
        key, sep, value = item.partition("=")
        if not sep or not key:
            print(f"error: --env expects KEY=VALUE, got {item!r}", file=sys.stderr)
            return 2
        extra_env[key] = value
    try:
        extra_args = shlex.split(args.chat_args)
    except ValueError as exc:
        print(f"error: --chat-args: {exc}", file=sys.stderr)
        return 2
    try:
        dialogues = load_dialogues(args.paths or None)
    except DialogueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.split != "all":
        dialogues = [d for d in dialogues if d.split == args.split]
        if not dialogues:
            print(f"error: no dialogue in split {args.split}", file=sys.stderr)
            return 2
    if args.check:
        counts = set_counts(dialogues)
        if args.json:
            print(json.dumps(counts, ensure_ascii=False))
        else:
            print(f"ok: {counts['dialogues']} dialogues, {counts['turns']} turns; "
                  f"langs {counts['per_lang']}; splits {counts['per_split']}; roles {counts['per_role']}")
            print("acts: " + ", ".join(f"{k} {v}" for k, v in counts["per_act"].items()))
        return 0
    run_tag = uuid.uuid4().hex[:8]
    lines = batch_lines(dialogues, run_tag)
    try:
        if args.replay:
            try:
                outputs = parse_output(Path(args.replay).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as exc:
                raise ChatError(f"cannot read {args.replay} ({exc})") from None
            if len(outputs) != len(lines):
                raise ChatError(f"{args.replay} holds {len(outputs)} output objects for {len(lines)} turns")
            for n, (line, out) in enumerate(zip(lines, outputs), 1):
                conv = str(out.get("conversation", ""))
                if conv.rsplit("-", 1)[0] != line["conversation"].rsplit("-", 1)[0]:
                    raise ChatError(f"{args.replay}: output {n} is for conversation {conv!r}, not "
                                    f"{line['conversation'].rsplit('-', 1)[0]!r}")
        else:
            outputs = run_chat(lines, args.timeout, extra_args, extra_env)
        base_outputs = None
        if args.baseline:
            if not (args.baseline / "assistant").is_dir():
                raise ChatError(f"--baseline {args.baseline}: not a checkout of the project (no assistant/ in it)")
            base_outputs = run_chat(batch_lines(dialogues, uuid.uuid4().hex[:8]), args.timeout, extra_args,
                                    extra_env, root=args.baseline.resolve())
    except ChatError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.save_output:
        Path(args.save_output).write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in outputs),
                                          encoding="utf-8")
    summary = summarise(score(dialogues, outputs))
    base = summarise(score(dialogues, base_outputs)) if base_outputs is not None else None
    if base is not None:
        summary["baseline"] = {k: base[k] for k in ("turns", "dialogues", "per_act", "per_split", "per_lang", "counts")}
    if args.out:
        Path(args.out).write_text(markdown_report(summary, baseline=base, baseline_name=_tree_name(args.baseline)),
                                  encoding="utf-8")
    if base is not None and not args.json:
        print("baseline: turns " + _rate(base["turns"]["passed"], base["turns"]["total"]) + "; "
              + ", ".join(f"{k} {_rate(v['passed'], v['total'])}" for k, v in base["per_split"].items()))
    print(json.dumps(summary, ensure_ascii=False) if args.json else text_report(summary))
    return 0


if __name__ == "__main__":
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    raise SystemExit(code)
