"""Build the learned act reader's data file (`assistant/chat/act_examples.npz`).

The examples are the `split: dev` turns of `evaluations/dialogues/*.yaml` (never `split: untuned`,
never ../shared/datasets): the message, its first expected act (the acts it accepts are kept for
scoring), and the context the dialogue gives it (a clause on the table, a contract in progress, the
previous turn's act, read from the expected acts of the turns before). Each message is encoded once
with the multilingual USE model; a softmax classifier is trained on [vector, context] and its
weights written with the examples, so the chat never trains or re-encodes them. With `--bank-weight W > 0` the act
bank's messages (`evaluations/act_bank/*.yaml`, written from the act meanings, never from the dialogue wording; read
by `evaluations/act_bank_io.py`) are trained beside the dev turns, each weighted W (`BANK_WEIGHT` is the shipped one).

Run:
    .venv/bin/python -m evaluations.build_act_examples                      # the shipped file
    .venv/bin/python -m evaluations.build_act_examples --exclude dev_fresh_19.yaml --out /tmp/x.npz
    .venv/bin/python -m evaluations.build_act_examples --check              # exit 1 when out of step
    .venv/bin/python -m evaluations.build_act_examples --bank-weight 1 --reuse assistant/chat/act_examples.npz \
        --out /tmp/bank.npz                                                 # a CV file with the bank (see act_model_cv)

`tests/test_act_model.py` checks the shipped file is in step with the sets (count and hash).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from assistant.chat.act_model import (CONTEXT_ACTS, LEARNED_ACTS, MODEL_FILE, context_vector, examples_digest,
                                      features, fit_softmax)
from evaluations.act_bank_io import BankError, load_bank
from evaluations.dialogues import load_dialogues

# thresholds chosen by leave-one-file-out cross-validation (evaluations/act_model_cv.py; figures in the commit)
THRESHOLD = 0.40
MIN_MARGIN = 0.0
# the act bank's messages (evaluations/act_bank/) trained beside the dev turns, each weighted this much (0: left out)
BANK_WEIGHT = 0.0
CLAUSE_ACTS = {"draft_clause"}
CONTRACT_ACTS = {"draft_contract"}


def dev_examples(exclude: tuple[str, ...] = ()) -> list[dict]:
    """Every dev turn, in file order, with its gold context."""
    rows = []
    for d in load_dialogues(None):
        if d.split != "dev":
            continue
        source = Path(d.source).name
        if source in exclude:
            continue
        clause = contract = False
        previous = ""
        for i, t in enumerate(d.turns, 1):
            acts = t.expect.get("act")
            acts = list(acts) if isinstance(acts, list) else [acts]
            rows.append({"source": source, "dialogue": d.id, "turn": i, "message": t.message, "act": acts[0],
                         "accept": acts, "clause": clause, "contract": contract, "previous": previous})
            clause = clause or acts[0] in CLAUSE_ACTS
            contract = contract or acts[0] in CONTRACT_ACTS
            previous = acts[0]
    return rows


def training_rows(exclude: tuple[str, ...] = (), bank: bool = False) -> list[dict]:
    """The dev turns, then (with `bank`) the act bank's messages."""
    return dev_examples(exclude) + (load_bank() if bank else [])


def row_weights(rows: list[dict], bank_weight: float) -> np.ndarray:
    return np.array([bank_weight if str(r["source"]).startswith("bank/") else 1.0 for r in rows])


def digest(rows: list[dict]) -> str:
    return examples_digest([(r["source"], r["dialogue"], r["turn"], r["message"], r["accept"]) for r in rows])


def train(vectors: np.ndarray, contexts: np.ndarray, acts: list[str], classes: list[str],
          sample_weight: np.ndarray | None = None) -> np.ndarray:
    y = np.array([classes.index(a) for a in acts])
    return fit_softmax(features(vectors, contexts), y, len(classes), sample_weight=sample_weight)


def encoder():
    from assistant.knowledge.embeddings import USEEmbeddings

    use = USEEmbeddings(threads=2)
    return lambda texts: use.encode(list(texts))


def _known_vectors(path: Path) -> dict[str, np.ndarray]:
    """The vectors an earlier data file holds, by message (the dev turns are not encoded again for a CV file)."""
    if not path.exists():
        return {}
    with np.load(path, allow_pickle=False) as z:
        return {str(m): v for m, v in zip(z["messages"], z["vectors"].astype(np.float32))}


def build(out: Path, exclude: tuple[str, ...] = (), threshold: float = THRESHOLD, min_margin: float = MIN_MARGIN,
          vectors: np.ndarray | None = None, bank_weight: float = BANK_WEIGHT, reuse: Path | None = None) -> dict:
    rows = training_rows(exclude, bank=bank_weight > 0)
    if vectors is None:
        known = _known_vectors(reuse) if reuse else {}
        todo = [r["message"] for r in rows if r["message"] not in known]
        fresh = dict(zip(todo, encoder()(todo))) if todo else {}
        vectors = np.stack([known[m] if m in known else np.asarray(fresh[m], dtype=np.float32)
                            for m in (r["message"] for r in rows)])
    contexts = np.stack([context_vector(r["clause"], r["contract"], r["previous"]) for r in rows])
    # acts the learned reader never says (review, export…) stay as examples (neighbours) but are trained as
    # what they are; only the learned acts can win the gate (act_model.gate_decision)
    acts = [r["act"] for r in rows]
    classes = sorted(set(acts) | set(LEARNED_ACTS))
    weights = train(vectors, contexts, acts, classes, row_weights(rows, bank_weight))
    data = {"classes": np.array(classes), "weights": weights, "vectors": vectors.astype(np.float16),
            "contexts": contexts.astype(np.int8), "messages": np.array([r["message"] for r in rows]),
            "acts": np.array(acts), "accept": np.array([json.dumps(r["accept"]) for r in rows]),
            "sources": np.array([r["source"] for r in rows]), "dialogues": np.array([r["dialogue"] for r in rows]),
            "turns": np.array([r["turn"] for r in rows]), "threshold": np.float32(threshold),
            "min_margin": np.float32(min_margin), "digest": np.array(digest(rows)),
            "bank_weight": np.float32(bank_weight),
            "context_acts": np.array(CONTEXT_ACTS)}
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **data)
    return data


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=MODEL_FILE)
    p.add_argument("--exclude", nargs="*", default=[], help="dialogue file names left out (an honest estimate)")
    p.add_argument("--threshold", type=float, default=THRESHOLD)
    p.add_argument("--min-margin", type=float, default=MIN_MARGIN)
    p.add_argument("--bank-weight", type=float, default=BANK_WEIGHT,
                   help="weight of the act bank's messages (evaluations/act_bank/; 0 leaves the bank out)")
    p.add_argument("--reuse", type=Path, help="take the vectors of messages this data file already holds")
    p.add_argument("--check", action="store_true", help="only check the shipped file is in step with the sets")
    args = p.parse_args(argv)
    if args.check:
        rows = training_rows(bank=BANK_WEIGHT > 0)
        with np.load(MODEL_FILE, allow_pickle=False) as z:
            ok = str(z["digest"]) == digest(rows) and len(z["messages"]) == len(rows)
        print("in step" if ok else "out of step: run python -m evaluations.build_act_examples")
        return 0 if ok else 1
    try:
        data = build(args.out, tuple(args.exclude), args.threshold, args.min_margin, bank_weight=args.bank_weight,
                     reuse=args.reuse)
    except BankError as exc:
        print(f"act bank invalid: {exc}", file=sys.stderr)
        return 2
    print(f"{len(data['messages'])} examples, {len(data['classes'])} classes -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
