"""Leave-one-FILE-out cross-validation of the learned act reader (assistant/chat/act_model.py).

1. `record`: the dev dialogues are run once through the chat engine in this process, with the
   regular reader alone; for every turn the regular reader's act, the act the turn ended with and
   the context the engine had (clause, contract, previous act) are saved (JSON lines).
2. `cv`: for each dev dialogue file, the classifier is trained without that file's examples
   (vectors from the shipped act_examples.npz, which holds every dev turn) and the gate applied to
   that file's turns: act accuracy of the regular reader alone vs regular reader + gate, overall and
   per act, for a grid of thresholds. The threshold is chosen on the pooled out-of-file predictions
   of every file except `--holdout` (dev_fresh_19.yaml by default), which is reported apart.

   With the act bank (`evaluations/act_bank/`): build a data file holding it
   (`build_act_examples --bank-weight 1 --reuse assistant/chat/act_examples.npz --out /tmp/bank.npz`) and pass
   `--data /tmp/bank.npz --bank-weight W`: the bank is always in training (weight W; 0 leaves it out), the held-out
   file's dev turns always out. `--weak` beyond the chat's weak acts measures a wider gate (turns recorded with
   `gateable_wide`: the same test as the chat's with every act but draft_contract, review, export, precedents weak).

Run:
    .venv/bin/python -m evaluations.act_model_cv record --out /tmp/act_turns.jsonl
    .venv/bin/python -m evaluations.act_model_cv cv --turns /tmp/act_turns.jsonl
    .venv/bin/python -m evaluations.act_model_cv cv --turns /tmp/act_turns.jsonl --data /tmp/bank.npz --bank-weight 1

Never reads the untuned split (only `split: dev` dialogues are run).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from assistant.chat.act_model import (MODEL_FILE, WEAK_ACTS, Reading, _softmax, context_vector, features,
                                      fit_softmax, gate_decision, may_gate)
from evaluations.dialogues import load_dialogues


# the widest set of the regular reader's acts the gate could replace (never review, export, precedents, draft_contract:
# those need their own cues); `cv --weak` picks a subset of it
WIDE_WEAK = ("question", "explain_term", "obligations", "draft_clause", "follow_up", "rephrase", "change_position",
             "objections", "set_figure", "add_remove", "state_fact", "priorities", "clarify", "out_of_scope")


def record(out: Path, gate: bool = False) -> None:
    os.environ["CLAUSIER_ACT_MODEL"] = "on" if gate else "off"
    import assistant.chat.conversation as conversation
    from assistant.chat.acts import read_act as rules
    from assistant.cli.common import _app

    seen: list[dict] = []

    def recording(text, slots, state, *args, **kw):
        u = rules(text, slots, state, *args, **kw)
        seen.append({"regex": u.act, "clause": state.clause is not None, "contract": state.contract is not None,
                     "previous": state.last.act or "", "gateable": may_gate(text, u, state),
                     # the same test with every act but the specific-cue ones weak (a wider gate, measured in `cv --weak`)
                     "gateable_wide": may_gate(text, u, state, weak=WIDE_WEAK), "firm": bool(getattr(u, "firm", False))})
        return u

    conversation.read_act = recording
    engine = _app(preload=True).chat
    rows = []
    for d in load_dialogues(None):
        if d.split != "dev":
            continue
        cid = None
        for i, t in enumerate(d.turns, 1):
            before = len(seen)
            result = engine.turn(t.message, conversation_id=cid, side=d.role, lang=d.lang if d.send_lang else None)
            cid = result.conversation_id
            acts = t.expect.get("act")
            acts = list(acts) if isinstance(acts, list) else [acts]
            r = seen[before] if len(seen) > before else {"regex": result.act, "clause": False, "contract": False,
                                                         "previous": ""}
            rows.append({"source": Path(d.source).name, "dialogue": d.id, "turn": i, "message": t.message,
                         "accept": acts, "final": result.act, **r})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} turns -> {out}")


def _load_examples(path: Path) -> dict:
    with np.load(path, allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


KIND = {"model": "softmax", "weak": None, "bank_weight": None}


def _bank_weight(data: dict) -> float:
    """The bank weight of this run: `cv --bank-weight` (0 leaves the bank out), else the data file's own."""
    if KIND["bank_weight"] is not None:
        return float(KIND["bank_weight"])
    return float(data["bank_weight"]) if "bank_weight" in data else 0.0


def _knn(train_x: np.ndarray, train_y: np.ndarray, x: np.ndarray, n_classes: int, k: int = 9) -> np.ndarray:
    """Class shares of the k nearest examples (cosine on [vector, context]), weighted by similarity."""
    a = train_x / np.linalg.norm(train_x, axis=1, keepdims=True)
    b = x / np.linalg.norm(x, axis=1, keepdims=True)
    sims = b @ a.T
    out = np.zeros((x.shape[0], n_classes))
    for i, row in enumerate(sims):
        top = np.argsort(-row)[:k]
        for j in top:
            out[i, train_y[j]] += max(row[j], 0) ** 3
    return out / np.maximum(out.sum(1, keepdims=True), 1e-9)


def out_of_file_readings(turns: list[dict], data: dict) -> list[Reading]:
    """For each recorded turn, the reading of a classifier trained without the turn's file."""
    vectors = data["vectors"].astype(np.float32)
    contexts = data["contexts"].astype(np.float32)
    sources = data["sources"].astype(str)
    acts = data["acts"].astype(str)
    classes = [str(c) for c in data["classes"]]
    key = {(str(s), str(dl), int(t)): i for i, (s, dl, t) in enumerate(zip(sources, data["dialogues"], data["turns"]))}
    readings: list[Reading | None] = [None] * len(turns)
    by_file = defaultdict(list)
    for n, t in enumerate(turns):
        by_file[t["source"]].append(n)
    in_bank = np.char.startswith(sources, "bank/")
    bank_weight = _bank_weight(data)
    own_weight = np.where(in_bank, bank_weight, 1.0)
    for source, idx in by_file.items():
        # the held-out file's dev turns out, the bank (when weighted) always in
        train = (sources != source) & (~in_bank if bank_weight <= 0 else True)
        y = np.array([classes.index(a) for a in acts[train]])
        ex = [key[(turns[n]["source"], turns[n]["dialogue"], turns[n]["turn"])] for n in idx]
        ctx = np.stack([context_vector(turns[n]["clause"], turns[n]["contract"], turns[n]["previous"]) for n in idx])
        if KIND["model"] == "knn":
            p = _knn(features(vectors[train], contexts[train])[:, :-1], y, features(vectors[ex], ctx)[:, :-1],
                     len(classes))
        else:
            w = fit_softmax(features(vectors[train], contexts[train]), y, len(classes),
                            sample_weight=own_weight[train])
            p = _softmax(features(vectors[ex], ctx).astype(np.float64) @ w.astype(np.float64))
        for n, row in zip(idx, p):
            o = np.argsort(-row)
            readings[n] = Reading(classes[o[0]], float(row[o[0]]), float(row[o[0]] - row[o[1]]), classes[o[1]])
    return readings  # type: ignore[return-value]


def _gateable(t: dict) -> bool:
    """Whether the gate may decide this turn: the recorded test, or with `--weak` beyond the chat's weak acts the
    same test recorded with every act but the specific-cue ones weak (`gateable_wide`)."""
    weak = KIND["weak"]
    if weak and any(a not in WEAK_ACTS for a in weak):
        return bool(t.get("gateable_wide", False)) and t["regex"] in weak
    return t.get("gateable", True)  # (older recordings: no gateable field)


def gated_acts(turns, readings, threshold, margin) -> list[str]:
    out = []
    for t, r in zip(turns, readings):
        act = gate_decision(t["regex"], r, has_table=t["clause"] or t["contract"], threshold=threshold,
                            min_margin=margin, **({"weak": KIND["weak"]} if KIND["weak"] else {})) if (
            t["regex"] == t["final"] and _gateable(t)) else None
        out.append(act or t["final"])
    return out


def accuracy(turns, acts, keep=lambda t: True) -> tuple[int, int]:
    sel = [(t, a) for t, a in zip(turns, acts) if keep(t)]
    return sum(a in t["accept"] for t, a in sel), len(sel)


def cv(turns_path: Path, data_path: Path, holdout: str, show: int, force=None) -> None:
    turns = [json.loads(x) for x in turns_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    data = _load_examples(data_path)
    cache = turns_path.with_suffix(f".{KIND['model']}.{data_path.stem}.b{_bank_weight(data):g}.readings.json")
    if cache.exists() and cache.stat().st_mtime > max(turns_path.stat().st_mtime, data_path.stat().st_mtime):
        readings = [Reading(**r) for r in json.loads(cache.read_text(encoding="utf-8"))]
    else:
        readings = out_of_file_readings(turns, data)
        cache.write_text(json.dumps([r.__dict__ for r in readings]), encoding="utf-8")
    base = [t["final"] for t in turns]
    tuned = lambda t: t["source"] != holdout  # noqa: E731
    held = lambda t: t["source"] == holdout  # noqa: E731
    print(f"bank weight {_bank_weight(data):g} ({int(np.char.startswith(data['sources'].astype(str), 'bank/').sum())} "
          f"bank messages in {data_path.name}); weak {KIND['weak'] or 'as the chat'}")
    print(f"turns {len(turns)}; learned reader alone (out of file): "
          f"{sum(r.act in t['accept'] for t, r in zip(turns, readings))}/{len(turns)}; "
          f"regular reader: {accuracy(turns, base)[0]}/{len(turns)}")
    best = None
    print("threshold margin | tuning files regex -> gated | holdout regex -> gated | changed (right/wrong)")
    for th in (0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9):
        for mg in (0.0, 0.1, 0.2, 0.4, 0.6):
            g = gated_acts(turns, readings, th, mg)
            a0, n0 = accuracy(turns, base, tuned)
            a1, _ = accuracy(turns, g, tuned)
            h0, hn = accuracy(turns, base, held)
            h1, _ = accuracy(turns, g, held)
            ch = [(t, a) for t, a, b in zip(turns, g, base) if a != b and tuned(t)]
            right = sum(a in t["accept"] for t, a in ch)
            wrong = sum(b in t["accept"] for t, a, b in zip(turns, g, base) if a != b and tuned(t))
            print(f"{th:.2f} {mg:.2f} | {a0}/{n0} -> {a1}/{n0} | {h0}/{hn} -> {h1}/{hn} | {len(ch)} ({right}/{wrong})")
            if best is None or a1 > best[0] or (a1 == best[0] and (th, mg) > best[1]):
                best = (a1, (th, mg))
    th, mg = best[1] if force is None else force
    g = gated_acts(turns, readings, th, mg)
    print(f"\nchosen on the tuning files: threshold {th}, margin {mg}")
    for name, keep in (("tuning files", tuned), (f"holdout {holdout}", held), ("all dev", lambda t: True)):
        a0, n = accuracy(turns, base, keep)
        a1, _ = accuracy(turns, g, keep)
        print(f"{name}: regex {a0}/{n} ({a0 / max(n, 1):.3f}) -> regex+gate {a1}/{n} ({a1 / max(n, 1):.3f})")
    print("\nper act (first expected act), all dev: regex -> regex+gate | learned reader alone out of file")
    per0, per1, per2, cnt = Counter(), Counter(), Counter(), Counter()
    for t, a, b, r in zip(turns, g, base, readings):
        k = t["accept"][0]
        cnt[k] += 1
        per0[k] += b in t["accept"]
        per1[k] += a in t["accept"]
        per2[k] += r.act in t["accept"]
    for k in sorted(cnt):
        print(f"  {k:16s} {per0[k]:4d} -> {per1[k]:4d} / {cnt[k]} | {per2[k]:4d}")
    print("\nper file: regex -> gated")
    files = sorted({t["source"] for t in turns})
    for f in files:
        a0, n = accuracy(turns, base, lambda t: t["source"] == f)
        a1, _ = accuracy(turns, g, lambda t: t["source"] == f)
        if a0 != a1:
            print(f"  {f}: {a0} -> {a1} / {n}")
    if show:
        print("\nchanged turns (message, regex act -> learned act, expected):")
        for t, a, b, r in zip(turns, g, base, readings):
            if a != b:
                mark = "+" if a in t["accept"] else ("-" if b in t["accept"] else "=")
                print(f" {mark} [{t['source']}] {t['message'][:90]!r}: {b} -> {a} ({r.score:.2f}/{r.margin:.2f}), "
                      f"want {t['accept']}")


def history(out: Path, data_dir: Path, files: list[str]) -> None:
    """Each fresh file run by the code of the commit before the one that added it (the regular reader at first
    sight of that wording), through `python -m assistant chat --batch` of a detached worktree; the turns are saved
    with the context read from the previous output (a draft, a contract, the previous act)."""
    import shutil
    import subprocess
    import tempfile

    from evaluations.dialogues import batch_lines, run_chat

    root = Path(__file__).resolve().parent.parent
    dialogues = [d for d in load_dialogues(None) if d.split == "dev"]
    rows = []
    for name in files:
        added = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", f"evaluations/dialogues/{name}"],
                               cwd=root, capture_output=True, text=True, check=True).stdout.split()[-1]
        tree = Path(tempfile.mkdtemp(prefix="clausier-hist-"))
        shutil.rmtree(tree)
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), f"{added}^"], cwd=root, capture_output=True,
                       check=True)
        try:
            mine = [d for d in dialogues if Path(d.source).name == name]
            lines = batch_lines(mine, "hist")
            tmp_data = Path(tempfile.mkdtemp(prefix="clausier-hist-data-"))
            for part in ("chroma", "cache", "tiktoken"):
                if (data_dir / part).exists():
                    (tmp_data / part).symlink_to((data_dir / part).resolve())
            outputs = run_chat(lines, 900, extra_env={"CLAUSIER_DATA_DIR": str(tmp_data), "CLAUSIER_ACT_MODEL": "off"},
                               root=tree)
            k = 0
            for d in mine:
                clause = contract = False
                previous = ""
                for i, t in enumerate(d.turns, 1):
                    o = outputs[k]
                    k += 1
                    acts = t.expect.get("act")
                    acts = list(acts) if isinstance(acts, list) else [acts]
                    rows.append({"source": name, "dialogue": d.id, "turn": i, "message": t.message, "accept": acts,
                                 "final": o.get("act"), "regex": o.get("act"), "clause": clause, "contract": contract,
                                 "previous": previous, "commit": added[:7]})
                    clause, contract, previous = o.get("draft") is not None, o.get("contract") is not None, o.get("act") or ""
            print(f"{name}: code of {added[:7]}^, {len(lines)} turns", flush=True)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=root, capture_output=True)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} turns -> {out}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("record")
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--gate", action="store_true", help="with the learned reader's gate (the regex act is then the gated one)")
    h = sub.add_parser("history")
    h.add_argument("--out", type=Path, required=True)
    h.add_argument("--data-dir", type=Path, default=Path("data"))
    h.add_argument("files", nargs="+")
    c = sub.add_parser("cv")
    c.add_argument("--turns", type=Path, required=True)
    c.add_argument("--data", type=Path, default=MODEL_FILE)
    c.add_argument("--holdout", default="dev_fresh_19.yaml")
    c.add_argument("--model", choices=["softmax", "knn"], default="softmax")
    c.add_argument("--weak", nargs="*", help="the regular reader's acts the gate may replace")
    c.add_argument("--show", type=int, default=1)
    c.add_argument("--bank-weight", type=float, help="weight of the act bank's messages in training (0: without the "
                   "bank); default: the data file's own (build it with build_act_examples --bank-weight W --out F)")
    c.add_argument("--force", type=float, nargs=2, metavar=("THRESHOLD", "MARGIN"), help="report at these, not the best")
    args = p.parse_args(argv)
    if args.cmd == "record":
        record(args.out, args.gate)
    elif args.cmd == "history":
        history(args.out, args.data_dir, args.files)
    else:
        KIND["model"] = args.model
        KIND["weak"] = tuple(args.weak) if args.weak else None
        KIND["bank_weight"] = args.bank_weight
        cv(args.turns, args.data, args.holdout, args.show, tuple(args.force) if args.force else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
