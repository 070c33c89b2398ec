"""Answer quality of the offline assistant on `answers.yaml` (or any case file in that
format): correctness (facts each answer must contain), legal errors (patterns it must
not match), intent, notice, language, citation coverage and precision, label hit,
refusals — compared with a naive chat-with-your-docs answer (the top-1 chunk of a
1000/200 dense retriever, pasted).

Run: `.venv/bin/python -m evaluations.answers [--cases FILE] [--data-dir DIR] [--no-baseline]
[--dump FILE] [--no-write] [--baseline TREE]`
(`--cases` picks the question file, default evaluations/answers.yaml; `--data-dir` reuses
an index built there, by default a throw-away one is built; `--dump` appends every
question and answer to FILE for reading; `--no-write` prints the report without storing
it in evaluations/results/ and RESULTS.md; `--baseline TREE` also asks every question of the
checkout TREE (a git worktree of an earlier commit: its own code and knowledge base, in a
separate process) and scores its answers here with the same scorer, in the same run, for a
before/after table. The section is named after the case file:
`answers` for answers.yaml, `answers_v2` for answers_v2.yaml.)

Fully correct (issue 15), per answer:
- answerable case: the verdict holds (one `verdict` pattern matches the first two
  sentences, see answer_scoring.verdict_text; a case without `verdict` passes this
  part), every `must` fact is found, no `must_not` pattern matches, and every sentence
  is cited: each sentence that needs a citation carries a [n] marker itself (the notice
  line, headings and pure-label lines are left out; exact rule in answer_scoring.py);
- `must_not_in_context` (optional, v2): patterns that are errors in the answer to THIS
  question (wrong addressee, a clause position stated as law, off-topic text, a user count
  the user never gave) although a knowledge-base sentence may rightly say the same in its
  own context; they count as legal errors like `must_not` but are not run against the
  knowledge base (so the "probable false alarm" check stays meaningful);
- out-of-scope / unanswerable case: refused as expected (`refusal_ok`), every fact found,
  no error (no citation is required of a refusal).
The report gives it overall, per question type (`qtype`) and per split (`split`: tuned /
untuned; for answers.yaml, whose cases have `set: dev|fresh`, the set stands in).
The older figures (facts, errors, coverage, precision…) keep their tables and columns.
Questions of the untuned split (answers.yaml: the `fresh` set) are counted in every table but
never listed one by one, nor dumped with --dump: they are measured, never read.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from statistics import median

import yaml

from evaluations.answer_scoring import (REFUSAL, SupportIndex, attribute, compile_pattern, fact_found, fold,
                                        every_sentence_cited, kb_sentences, matches, uncited_sentences,
                                        verdict_ok)
from evaluations.common import HERE, load_yaml, stamp, table, temp_app, write_section

CASES = HERE / "answers.yaml"
QTYPES = ("is_it_normal", "enforceable", "what_is", "how_long", "who_proves", "what_to_write", "compare",
          "what_happens_if")
SPLITS = ("tuned", "untuned")
HIDDEN_SPLITS = ("untuned", "fresh")  # never listed question by question (see run)
SUPPORT_MIN = 0.6
NOTICE_TEXT = {"fr": "pas un conseil juridique", "en": "not legal advice"}


def load_cases(path: Path = CASES) -> list[dict]:
    cases = []
    for c in load_yaml(path):
        c.setdefault("kind", "answerable")
        c.setdefault("must_not", [])
        c.setdefault("labels", [])
        c.setdefault("verdict", [])
        c.setdefault("must_not_in_context", [])
        if c.get("qtype") is not None and c["qtype"] not in QTYPES:
            raise ValueError(f"{path.name}: unknown qtype {c['qtype']!r} in {c['q'][:60]!r}")
        if c.get("split") is not None and c["split"] not in SPLITS:
            raise ValueError(f"{path.name}: unknown split {c['split']!r} in {c['q'][:60]!r}")
        for p in c["verdict"]:
            compile_pattern(p)
        for fact in c["must"]:
            for p in fact:
                compile_pattern(p)  # a broken regex fails here, loudly
        for p in c["must_not"] + c["must_not_in_context"]:
            compile_pattern(p)
        cases.append(c)
    return cases


def build_app(data_dir: str | None):
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):  # offline mode is what this measures
        os.environ.pop(var, None)
    if data_dir:
        from assistant.factory import build_app as build
        from assistant.settings import Settings

        app = build(Settings(data_dir=Path(data_dir)), chat_model=False)
        app.ensure_index()
        return app
    app = temp_app()
    app.chat_model = None
    return app


def ask(app, case: dict):
    """The answer to a case; a case with `after` is asked as a follow-up in one conversation."""
    if case.get("after"):
        first = app.chat.turn(case["after"], side=case.get("role"))
        return app.chat.turn(case["q"], conversation_id=first.conversation_id, side=case.get("role")).answer
    return app.ask(case["q"], role=case.get("role"))


def score_answer(case: dict, answer, support: SupportIndex) -> dict:
    text = answer.answer
    found = [fact_found(alts, text) for alts in case["must"]]
    errors = [p for p in case["must_not"] + case["must_not_in_context"] if matches(p, text)]
    refs = {c.ref: c for c in answer.citations}
    sentences = attribute(text)
    cited = [s for s in sentences if s.refs]
    supported = [s for s in cited if max((support.support(s.text, refs[r].id) for r in s.refs if r in refs),
                                         default=0.0) >= SUPPORT_MIN]
    want = set(case["labels"])
    cited_labels = {lab for c in answer.citations for lab in c.labels}
    refused = bool(REFUSAL.search(fold(text)))
    out = {
        "found": sum(found), "facts": len(found), "all": all(found), "errors": errors,
        "missing": [alts[0] for alts, ok in zip(case["must"], found) if not ok],
        "intent_ok": answer.intent == case["intent"], "intent": answer.intent,
        "notice": NOTICE_TEXT[case["lang"]] in fold(text), "lang_ok": answer.language == case["lang"],
        "sentences": len(sentences), "cited": len(cited), "supported": len(supported),
        "unsupported": [s.text for s in cited if s not in supported],
        "label_hit": bool(want & cited_labels) if want else None,
        "top_hit": bool(answer.citations and set(answer.citations[0].labels[:1]) & want) if want else None,
        "refused": refused, "citations": len(answer.citations),
    }
    uncited = uncited_sentences(text)
    out["verdict_ok"] = verdict_ok(case["verdict"], text) if case["verdict"] else None
    out["uncited_list"] = uncited
    out["all_cited"] = every_sentence_cited(text)
    if case["kind"] != "answerable":
        out["refusal_ok"] = refused and not errors and (case["kind"] != "out_of_scope" or not answer.citations)
        out["fully"] = out["refusal_ok"] and out["all"] and not errors
    else:
        out["fully"] = out["verdict_ok"] is not False and out["all"] and not errors and out["all_cited"]
    return out


def failures(case: dict, s: dict) -> list[str]:
    why = []
    if s["missing"]:
        why.append("missing " + "; ".join(f"`{m[:50]}`" for m in s["missing"]))
    if s["errors"]:
        why.append("error " + "; ".join(f"`{e[:50]}`" for e in s["errors"]))
    if not s["intent_ok"]:
        why.append(f"intent {s['intent']} (want {case['intent']})")
    if not s["notice"]:
        why.append("no notice")
    if not s["lang_ok"]:
        why.append("wrong language")
    if s["label_hit"] is False:
        why.append("no cited source with an expected label")
    if case["kind"] == "answerable" and s["refused"]:
        why.append("refused an answerable question")
    return why


def why_not_fully(case: dict, s: dict) -> list[str]:
    """`failures` plus the two conditions added by issue 15 (verdict, every sentence cited)."""
    why = failures(case, s)
    if s["verdict_ok"] is False:
        why.append("no verdict in the opening")
    if case["kind"] == "answerable" and not s["all_cited"]:
        why.append(f"{len(s['uncited_list'])} uncited sentence(s)" if s["uncited_list"] else "no cited sentence")
    return why


def aggregate(rows: list[tuple[dict, dict]]) -> dict:
    n = max(len(rows), 1)
    facts = sum(s["facts"] for _, s in rows) or 1
    sent = sum(s["sentences"] for _, s in rows)
    cited = sum(s["cited"] for _, s in rows)
    labelled = [s for _, s in rows if s["label_hit"] is not None]
    return {
        "n": len(rows), "facts": sum(s["found"] for _, s in rows) / facts,
        "all": sum(s["all"] for _, s in rows) / n, "errors": sum(bool(s["errors"]) for _, s in rows) / n,
        "intent": sum(s["intent_ok"] for _, s in rows) / n, "notice": sum(s["notice"] for _, s in rows) / n,
        "lang": sum(s["lang_ok"] for _, s in rows) / n,
        "coverage": cited / sent if sent else 0.0,
        "precision": sum(s["supported"] for _, s in rows) / cited if cited else 0.0,
        "label": sum(s["label_hit"] for s in labelled) / len(labelled) if labelled else 0.0,
        "top": sum(bool(s["top_hit"]) for s in labelled) / len(labelled) if labelled else 0.0,
        "verdict": (sum(s["verdict_ok"] for _, s in rows if s["verdict_ok"] is not None)
                    / max(sum(1 for _, s in rows if s["verdict_ok"] is not None), 1)),
        "cited_all": sum(s["all_cited"] for c, s in rows if c["kind"] == "answerable")
        / max(sum(1 for c, _ in rows if c["kind"] == "answerable"), 1),
        "fully": sum(s["fully"] for _, s in rows) / n,
        "fully_n": sum(s["fully"] for _, s in rows),
    }


# run inside a baseline checkout (its own `assistant` package and knowledge base): the answers only
_TREE_SCRIPT = r"""
import json, os, sys, tempfile
from pathlib import Path
for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
    os.environ.pop(var, None)
from assistant.factory import build_app
from assistant.settings import Settings
cases = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
app = build_app(Settings(data_dir=Path(tempfile.mkdtemp(prefix="clausier-base-"))), chat_model=False)
app.ensure_index()
out = []
for c in cases:
    if c.get("after"):
        first = app.chat.turn(c["after"], side=c.get("role"))
        a = app.chat.turn(c["q"], conversation_id=first.conversation_id, side=c.get("role")).answer
    else:
        a = app.ask(c["q"], role=c.get("role"))
    out.append(a.to_json())
Path(sys.argv[2]).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
"""


def tree_answers(tree: Path, cases: list[dict]) -> list:
    """The answers of the checkout `tree` to the cases (same fields as `Answer`)."""
    import json
    import subprocess
    import tempfile
    from types import SimpleNamespace

    with tempfile.TemporaryDirectory(prefix="clausier-tree-") as tmp:
        src, dst = Path(tmp) / "cases.json", Path(tmp) / "answers.json"
        src.write_text(json.dumps([{k: c.get(k) for k in ("q", "role", "after")} for c in cases],
                                  ensure_ascii=False), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(tree)}
        proc = subprocess.run([sys.executable, "-c", _TREE_SCRIPT, str(src), str(dst)], cwd=tree, env=env,
                              capture_output=True, text=True)
        if proc.returncode != 0:
            last = (proc.stderr or "").strip().splitlines()[-1:] or ["no message"]
            raise RuntimeError(f"baseline checkout {tree} failed: {last[0]}")
        raw = json.loads(dst.read_text(encoding="utf-8"))
    return [SimpleNamespace(answer=a["answer"], intent=a["intent"], language=a["language"],
                            citations=[SimpleNamespace(ref=c["ref"], id=c["id"], labels=tuple(c["labels"]))
                                       for c in a["citations"]]) for a in raw]


def tree_name(tree: Path) -> str:
    """'worktree at 0fed05d' (the commit of the checkout, when git can tell)."""
    import subprocess

    try:
        sha = subprocess.run(["git", "-C", str(tree), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        sha = ""
    return f"worktree at {sha}" if sha else str(tree)


def before_after(rows: list[tuple[dict, dict]], base_rows: list[tuple[dict, dict]], name: str) -> str:
    """Before (baseline checkout) and after (this checkout), same questions, same scorer, per split."""
    head = ["group", "n", "fully correct before", "after", "verdict ok before", "after", "facts before", "after",
            "legal error before", "after", "intent before", "after", "precision before", "after"]
    body = []
    groups = [("all", lambda c: True)] + [(f"split: {g}", (lambda g: lambda c: split_of(c) == g)(g))
                                          for g in sorted({split_of(c) for c, _ in rows})]
    for label, keep in groups:
        a = aggregate([(c, s) for c, s in rows if keep(c)])
        b = aggregate([(c, s) for c, s in base_rows if keep(c)])
        body.append([label, a["n"], f"{b['fully']:.3f} ({b['fully_n']})", f"{a['fully']:.3f} ({a['fully_n']})",
                     b["verdict"], a["verdict"], b["facts"], a["facts"], b["errors"], a["errors"], b["intent"],
                     a["intent"], b["precision"], a["precision"]])
    return "\n".join([f"Before / after (before: {name}, asked in a separate process with its own code and "
                      "knowledge base; both scored here, same run, same questions):", "", table(head, body)])


def baseline_scores(app, cases: list[dict]) -> dict | None:
    """Top-1 chunk of the naive retriever, pasted as the answer (no notice, no refusal)."""
    try:
        from evaluations.retrieval import naive_baseline

        search, _n = naive_baseline(app, with_text=True)
    except Exception as exc:  # noqa: BLE001 - the baseline is optional; say why it is missing
        print(f"(naive baseline unavailable: {exc})", file=sys.stderr)
        return None
    facts = found = complete = errs = refusals = hits = labelled = 0
    special = [c for c in cases if c["kind"] != "answerable"]
    for c in cases:
        text, labels = (search(c["q"], 1) or [("", set())])[0]
        ok = [fact_found(alts, text) for alts in c["must"]]
        facts += len(ok)
        found += sum(ok)
        complete += all(ok)
        bad = any(matches(p, text) for p in c["must_not"] + c["must_not_in_context"])
        errs += bad
        if c["kind"] != "answerable":
            refusals += bool(REFUSAL.search(fold(text))) and not bad
        if c["labels"]:
            labelled += 1
            hits += bool(labels & set(c["labels"]))
    n = len(cases)
    return {"facts": found / max(facts, 1), "all": complete / n, "errors": errs / n,
            "refusal": refusals / max(len(special), 1), "label": hits / max(labelled, 1)}


def kb_checks(entries, cases: list[dict]) -> tuple[list[str], list[str]]:
    """must_not patterns that a knowledge-base sentence matches (probable false alarms), and
    facts of answerable cases that no entry states (the composer cannot reach them)."""
    sentences = kb_sentences(entries)
    alarms = []
    for c in cases:
        for p in c["must_not"]:
            hit = next(((eid, s) for eid, s in sentences if matches(p, s)), None)
            if hit:
                alarms.append(f"`{p[:60]}` matches {hit[0]}: “{hit[1][:90]}”")
    bodies = {e.id: "\n".join([e.title, e.body, e.example or "", e.legal_basis or "", e.wording or ""])
              for e in entries}
    unreachable = []
    for c in cases:
        if c["kind"] != "answerable":
            continue
        for alts in c["must"]:
            if not any(fact_found(alts, b) for b in bodies.values()):
                unreachable.append(f"{c['q'][:60]} → `{alts[0][:50]}`")
    return alarms, unreachable


def stage_table(rows: list[tuple[dict, dict]], texts: list[str]) -> str:
    from evaluations.answer_stages import STAGES, stage_counts

    body = stage_counts([(c, s, t) for (c, s), t in zip(rows, texts)], split_of)
    return table(["split", "not fully correct", *(f"({k}) {v}" for k, v in STAGES.items())], body) if body else "- none"


def split_of(case: dict) -> str:
    return case.get("split") or case.get("set", "dev")


def fully_correct_report(rows: list[tuple[dict, dict]]) -> str:
    """Fully correct answers (issue 15) overall, per split and per question type."""
    head = ["group", "n", "fully correct", "verdict ok", "all facts", "legal error", "every sentence cited"]

    def line(name, grp):
        a = aggregate(grp)
        has_verdict = any(s["verdict_ok"] is not None for _, s in grp)
        return [name, a["n"], f"{a['fully']:.3f} ({a['fully_n']})", a["verdict"] if has_verdict else "n/a",
                a["all"], a["errors"], a["cited_all"]]

    body = [line("all", rows)]
    for name in sorted({split_of(c) for c, _ in rows}):
        body.append(line(f"split: {name}", [(c, s) for c, s in rows if split_of(c) == name]))
    parts = [table(head, body)]
    qtypes = sorted({c["qtype"] for c, _ in rows if c.get("qtype")}, key=lambda q: QTYPES.index(q))
    if qtypes:
        by_type = []
        for q in qtypes:
            grp = [(c, s) for c, s in rows if c.get("qtype") == q]
            by_type.append(line(q, grp))
            for name in sorted({split_of(c) for c, _ in grp}):
                by_type.append(line(f"  {q} / {name}", [(c, s) for c, s in grp if split_of(c) == name]))
        parts += ["", "By question type (and split):", "", table(head, by_type)]
    return "\n".join(parts)


def run(*, cases_path: Path = CASES, data_dir: str | None = None, with_baseline: bool = True,
        dump: str | None = None, tree: Path | None = None) -> str:
    from assistant.knowledge.taxonomy import load_taxonomy

    cases = load_cases(cases_path)
    app = build_app(data_dir)
    entries = app.kb_entries()
    support = SupportIndex(entries, load_taxonomy())
    rows, times, texts = [], [], []
    for c in cases:
        t = time.perf_counter()
        answer = ask(app, c)
        times.append(time.perf_counter() - t)
        rows.append((c, score_answer(c, answer, support)))
        texts.append(answer.answer)
        if dump and split_of(c) not in HIDDEN_SPLITS:
            with open(dump, "a", encoding="utf-8") as fh:
                s = rows[-1][1]
                fh.write(f"### {c['q']}\n_intent {answer.intent}, want {c['intent']}; "
                         f"{[x.id for x in answer.citations]}; fully correct {s['fully']}"
                         f"{'' if not (why := why_not_fully(c, s)) else ' — ' + ', '.join(why)}_\n\n"
                         f"{answer.answer}\n\n")
    base = baseline_scores(app, cases) if with_baseline else None
    compared = ""
    if tree is not None:
        base_rows = [(c, score_answer(c, a, support)) for c, a in zip(cases, tree_answers(tree, cases))]
        compared = before_after(rows, base_rows, tree_name(tree))
    alarms, unreachable = kb_checks(entries, [c for c in cases if split_of(c) not in HIDDEN_SPLITS])

    total = aggregate(rows)
    special = [(c, s) for c, s in rows if c["kind"] != "answerable"]
    oos = [s for c, s in special if c["kind"] == "out_of_scope"]
    unans = [s for c, s in special if c["kind"] == "unanswerable"]
    false_refusals = sum(1 for c, s in rows if c["kind"] == "answerable" and s["refused"])
    n_fr = sum(c["lang"] == "fr" for c in cases)

    head = ["system", "facts found", "all facts", "errors", "refusals ok", "label hit"]
    refusal_rate = sum(s["refusal_ok"] for _, s in special) / max(len(special), 1)
    comp = [["Clausier offline composer", total["facts"], total["all"], total["errors"], refusal_rate, total["label"]]]
    if base:
        comp.append(["naive top-1 chunk pasted", base["facts"], base["all"], base["errors"], base["refusal"],
                     base["label"]])

    def breakdown(key) -> str:
        groups = defaultdict(list)
        for c, s in rows:
            groups[key(c)].append((c, s))
        body = []
        for name, grp in sorted(groups.items()):
            a = aggregate(grp)
            body.append([name, a["n"], a["facts"], a["all"], a["errors"], a["intent"], a["coverage"],
                         a["precision"], a["label"]])
        return table(["group", "n", "facts", "all facts", "errors", "intent", "coverage", "precision", "label hit"],
                     body)

    # the untuned split (and answers.yaml's `fresh` set) is measured, never read: its failures are
    # counted in the tables but not listed, so nobody tunes on them
    listed = [(c, s) for c, s in rows if split_of(c) not in HIDDEN_SPLITS]
    hidden = len(rows) - len(listed)
    failing = [(c, failures(c, s)) for c, s in listed]
    failing = [(c, why) for c, why in failing if why]
    fail_md = "\n".join(f"- {c['q']} — {', '.join(why)}" for c, why in failing[:20]) or "- none"
    not_fully = [(c, why_not_fully(c, s)) for c, s in listed if not s["fully"]]
    not_fully_md = "\n".join(f"- [{split_of(c)}{'/' + c['qtype'] if c.get('qtype') else ''}] {c['q']} — "
                              f"{', '.join(why) or '?'}" for c, why in not_fully[:40]) or "- none"
    unsupported = [(c["q"], u) for c, s in listed for u in s["unsupported"]]
    hidden_md = (f"\n({hidden} question(s) of the untuned split are counted in the tables above but never listed.)"
                 if hidden else "")
    unsup_md = "\n".join(f"- ({q[:50]}…) “{u[:110]}”" for q, u in unsupported[:8]) or "- none"
    md = "\n".join([
        "## Answers (offline mode)", stamp(), "",
        f"{len(cases)} questions in `{cases_path.name}` ({n_fr} French, {len(cases) - n_fr} English; "
        f"{len(oos)} out of scope, {len(unans)} the knowledge base cannot answer, "
        f"{sum(1 for c in cases if c.get('after'))} follow-ups). Facts and errors follow "
        "`shared/reference/legal-facts.md`; patterns match without case or accents.", "",
        table(["metric", "value"], [
            ["facts found (share of all `must` facts)", total["facts"]],
            ["answers with every fact", total["all"]],
            ["answers with a legal error (`must_not`)", total["errors"]],
            ["intent accuracy", total["intent"]],
            ["not-legal-advice notice present", total["notice"]],
            ["answer in the question's language", total["lang"]],
            ["citation coverage (sentences carrying [n])", total["coverage"]],
            [f"citation precision (cited source supports the sentence, ≥{SUPPORT_MIN} words)", total["precision"]],
            ["label hit (a cited source has an expected label)", total["label"]],
            ["first citation has an expected primary label", total["top"]],
            [f"out-of-scope refused ({len(oos)})", sum(s["refusal_ok"] for s in oos) / max(len(oos), 1)],
            [f"unanswerable: says it has nothing ({len(unans)})",
             sum(s["refusal_ok"] for s in unans) / max(len(unans), 1)],
            ["answerable questions wrongly refused", false_refusals],
            ["median seconds per answer", f"{median(times):.2f}"],
        ]), "",
        "Against a naive chat-with-your-docs answer (same questions, same patterns):", "",
        table(head, comp) if base or not with_baseline else table(head, comp) + "\n\n(baseline unavailable)", "",
        ("By set (`dev`: the questions the composer was tuned on; `fresh`: written afterwards, never tuned on):"
         if not any(c.get("split") for c in cases) else
         "By split (`tuned`: the composer may be tuned on them; `untuned`: never tuned on):"), "",
        breakdown(split_of), "",
        "By language:", "", breakdown(lambda c: c["lang"]), "",
        "By expected intent:", "", breakdown(lambda c: c["intent"]), "",
        f"Failing questions ({len(failing)}; first 20):", fail_md + hidden_md, "",
        "Fully correct (issue 15: verdict in the first two sentences, every fact, no legal error, every "
        "sentence carrying its own [n]; refusals for out-of-scope and unanswerable cases):", "",
        fully_correct_report(rows), "",
        "Where the answers that are not fully correct lost their point, per split (counts only: (a) a required fact "
        "is stated by no knowledge-base entry of the language; (b) every missing fact is stated by some entry, not "
        "in the answer; (c) every fact is in the answer, but the opening gives no verdict or a sentence is uncited; "
        "(d) a legal error):", "",
        stage_table(rows, texts), "",
        *([compared, ""] if compared else []),
        f"Not fully correct ({len(not_fully)}; first 40):", not_fully_md + hidden_md, "",
        f"Cited sentences the cited source does not support ({len(unsupported)}; first 8):", unsup_md, "",
        f"Answer-set checks (listed splits only): {len(alarms)} `must_not` pattern(s) match a knowledge-base sentence"
        + ("" if not alarms else " (probable false alarms: " + "; ".join(alarms[:5]) + ")")
        + f"; {len(unreachable)} fact(s) stated by no entry"
        + ("." if not unreachable else " (" + "; ".join(unreachable[:5]) + ")."), ""])
    return md


def section_name(cases_path: Path) -> str:
    """`answers` for answers.yaml, `answers_v2` for answers_v2.yaml, `answers_<stem>` otherwise."""
    stem = cases_path.stem
    return stem if stem.startswith("answers") else f"answers_{stem}"


def _option(argv: list[str], name: str) -> str | None:
    if name not in argv:
        return None
    i = argv.index(name)
    if i + 1 >= len(argv) or argv[i + 1].startswith("--"):
        raise ValueError(f"{name} needs a value")
    return argv[i + 1]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        return 0
    try:
        data_dir = _option(argv, "--data-dir")
        dump = _option(argv, "--dump")
        cases_arg = _option(argv, "--cases")
        tree_arg = _option(argv, "--baseline")
        tree = Path(tree_arg).resolve() if tree_arg else None
        if tree is not None and not (tree / "assistant").is_dir():
            raise ValueError(f"--baseline {tree_arg}: not a checkout of the project (no assistant/ in it)")
        cases_path = Path(cases_arg) if cases_arg else CASES
        if not cases_path.is_file():
            raise ValueError(f"no such case file: {cases_path}")
        load_cases(cases_path)  # a malformed file fails here, before the index is built
    except (ValueError, OSError, TypeError, KeyError, re.error, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    md = run(cases_path=cases_path, data_dir=data_dir, with_baseline="--no-baseline" not in argv, dump=dump, tree=tree)
    print(md)
    if "--no-write" not in argv:
        write_section(section_name(cases_path), md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
