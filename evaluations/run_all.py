"""`make eval`: every quality evaluation, each writing its section of RESULTS.md.

Each evaluation runs as its own process (`python -m evaluations.X …`, the same command a developer
types, so each can be pointed at another directory or file of its data set's format); a failing one
is reported and the others still run. The real data sets are read from ../shared/datasets/.
"""

from __future__ import annotations

import subprocess
import sys
import time

from evaluations.common import HERE, SECTIONS, write_section

ROOT = HERE.parent
DATA = ROOT.parent / "shared" / "datasets"
CUAD = DATA / "cuad-services-dev"
ACORD = DATA / "acord"

EVALUATIONS: list[tuple[str, list[str]]] = [
    ("retrieval", ["-m", "evaluations.retrieval"]),
    ("answers", ["-m", "evaluations.answers"]),
    ("answers_v2", ["-m", "evaluations.answers", "--cases", str(HERE / "answers_v2.yaml")]),
    ("drafting", ["-m", "evaluations.drafting"]),
    ("review", ["-m", "evaluations.eval_review", "--write"]),
    ("dialogues", ["-m", "evaluations.dialogues", str(HERE / "dialogues"), "--out", str(SECTIONS / "dialogues.md")]),
    ("cuad", ["-m", "evaluations.cuad", "--contracts", str(CUAD), "--labels", str(CUAD / "labels.csv"),
              "--out", str(SECTIONS / "cuad.md")]),
    ("cuad_facts", ["-m", "evaluations.cuad_facts", "--contracts", str(CUAD), "--labels", str(CUAD / "labels.csv"),
                    "--out", str(SECTIONS / "cuad_facts.md")]),
    ("dpa", ["-m", "evaluations.dpa", "--sentences", str(DATA / "dpa-sentences" / "train_set.csv"), "--write"]),
    ("acord", ["-m", "evaluations.acord", "--corpus", str(ACORD / "corpus.jsonl"), "--queries",
               str(ACORD / "queries.jsonl"), "--qrels", str(ACORD / "qrels" / "valid.tsv"),
               "--out", str(SECTIONS / "acord.md")]),
]


def main(argv: list[str] | None = None) -> int:
    wanted = set(argv if argv is not None else sys.argv[1:])
    failed = []
    for name, args in EVALUATIONS:
        if wanted and name not in wanted:
            continue
        start = time.perf_counter()
        print(f"== {name}: python {' '.join(args)}", flush=True)
        run = subprocess.run([sys.executable, *args], cwd=ROOT)
        print(f"({name}: exit {run.returncode}, {time.perf_counter() - start:.1f} s)\n", flush=True)
        if run.returncode != 0:
            failed.append(name)
    # RESULTS.md is rebuilt from every section, including those written by the commands themselves
    first = next(iter(sorted(SECTIONS.glob("*.md"))), None)
    if first is not None:
        write_section(first.stem, first.read_text(encoding="utf-8"))
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
