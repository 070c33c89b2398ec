"""Which stage lost a point: diagnosis of the answers that are not fully correct (issue 15, s17).

For each listed case (never the untuned split: the dump holds none) of an answers file whose dumped answer is not
fully correct, the stage that lost it:
- (a) absent: a required fact matches no sentence of the knowledge base in the question's language (the knowledge
  is missing, or says it in words the pattern does not take);
- (b) not chosen: every missing fact is stated somewhere in the knowledge base, but not in the answer (the card or
  the entries picked were others: card selection or retrieval); the entries that state it are listed;
- (c) not opened with: every fact is in the answer, but the opening gives no verdict, or a sentence is uncited
  (the shape of the answer);
- (d) error: a forbidden pattern matched.

Run: `.venv/bin/python -m evaluations.answer_stages --cases evaluations/answers_v16.yaml --dump DUMP`
(DUMP written by `evaluations.answers --dump`).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from evaluations.answer_scoring import compile_pattern, fold
from evaluations.answers import load_cases

_HEAD = re.compile(r"^_intent (?P<intent>\S+), want \S+; \[(?P<ids>[^\]]*)\]; fully correct (?P<fully>True|False)"
                   r"(?: — (?P<why>.*))?_$", re.M)


def read_dump(path: Path) -> dict[str, dict]:
    out = {}
    for block in path.read_text(encoding="utf-8").split("\n### "):
        block = block.removeprefix("### ")
        q, _, rest = block.partition("\n")
        m = _HEAD.search(rest)
        if not m:
            continue
        ids = [x.strip().strip("'") for x in m["ids"].split(",") if x.strip()]
        out[q.strip()] = {"fully": m["fully"] == "True", "why": m["why"] or "", "ids": ids,
                          "answer": rest[m.end():].strip()}
    return out


def kb_texts(lang: str) -> list[tuple[str, str]]:
    """(entry id, folded text) of every entry of the language: body, wording, legal basis, statements, and a card's
    verdict, rule and conditions."""
    from assistant.knowledge.entries import load_entries

    out = []
    for e in load_entries():
        if e.lang != lang:
            continue
        parts = [e.title, e.body, e.wording or "", e.example or "", e.legal_basis or "", *e.negotiation_notes,
                 *(st.text for st in e.statements)]
        if e.kind == "card":
            parts += [e.verdict or "", e.rule.text if e.rule else "", *e.conditions, *(st.text for st in e.negotiation)]
        out.append((e.id, fold(" ".join(str(p) for p in parts))))
    return out


def stage(case: dict, got: dict, kb: list[tuple[str, str]]) -> tuple[str, list[str]]:
    why = got["why"]
    if "error" in why or "must_not" in why:
        return "d", []
    return fact_stage(case, got["answer"], kb)


def fact_stage(case: dict, text: str, kb: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """Stage (a), (b) or (c) of an answer with no legal error, with the entries stating each missing fact."""
    answer = fold(text)
    missing = [alts for alts in case["must"] if not any(compile_pattern(p).search(answer) for p in alts)]
    if missing:
        where = []
        for alts in missing:
            ids = [eid for eid, text in kb if any(compile_pattern(p).search(text) for p in alts)]
            if not ids:
                return "a", []
            where.append(",".join(ids[:3]) + ("…" if len(ids) > 3 else ""))
        return "b", where
    return "c", []


STAGES = {"a": "knowledge absent", "b": "stated elsewhere, not in the answer", "c": "facts in, verdict or citation",
          "d": "legal error"}


def stage_counts(rows: list[tuple[dict, dict, str]], split_of) -> list[list]:
    """Per split, how many answers that are not fully correct lost their point at each stage: counts only, so the
    untuned split is measured without any question being read. rows: (case, score, answer text)."""
    kbs: dict[str, list] = {}
    counts: dict[str, Counter] = {}
    for case, score, text in rows:
        if score["fully"] or case["kind"] != "answerable":
            continue
        if score["errors"]:
            st = "d"
        else:
            st, _ = fact_stage(case, text, kbs.setdefault(case["lang"], kb_texts(case["lang"])))
        counts.setdefault(split_of(case), Counter())[st] += 1
    return [[name, sum(c.values()), *(c[k] for k in STAGES)] for name, c in sorted(counts.items())]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=Path, required=True)
    ap.add_argument("--dump", type=Path, required=True)
    args = ap.parse_args(argv)
    dumped = read_dump(args.dump)
    kbs = {}
    counts = Counter()
    for c in load_cases(args.cases):
        got = dumped.get(c["q"].strip())
        if got is None or got["fully"]:
            continue
        kb = kbs.setdefault(c["lang"], kb_texts(c["lang"]))
        st, where = stage(c, got, kb)
        counts[st] += 1
        first = got["ids"][0] if got["ids"] else "-"
        print(f"[{st}] {c.get('qtype')} first={first} — {got['why'][:160]}" + (f" — stated in {where}" if where else ""))
        print(f"      {c['q'][:150]}")
    print(dict(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
