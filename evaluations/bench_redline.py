"""Benchmark (not a test): a 30-page DOCX reviewed and redlined offline, end to end through the
API the CLI uses (`Clausier.redline`: read, review, suggestions, tracked changes, save).

    .venv/bin/python -m evaluations.bench_redline [--runs 3]

Files: a generated 30-page contract (evaluations/gen_contract.py, the project's own text) and,
when ../shared is present, the real Cloud Temple IaaS service agreement (37 pages in PDF).
Writes evaluations/results/redline.md with the median and worst of each, and the machine load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from evaluations.gen_contract import generate

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "reference" / "contracts" / "cloudtemple_convention_services_iaas_fr.docx"
OUT = ROOT / "evaluations" / "results" / "redline.md"
BUDGET = 3.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from assistant.factory import build_light_app

    app = build_light_app()
    tmp = Path(tempfile.mkdtemp(prefix="bench-redline-"))
    files = {"generated 30-page DOCX": generate(tmp, pages=30, formats=("docx",))["docx"]}
    if REAL.exists():
        files["Cloud Temple IaaS agreement (DOCX)"] = REAL
    app.redline(files["generated 30-page DOCX"], tmp / "warm.docx")  # imports and caches, not counted
    rows = []
    for label, path in files.items():
        times, stages, result = [], [], None
        for i in range(args.runs):
            start = time.perf_counter()
            doc = app.load_for_review(path)
            read = time.perf_counter()
            report = app.review_documents([doc], mode="separate")[0]
            reviewed = time.perf_counter()
            result = app.redline(path, tmp / f"out-{i}.docx", doc=doc, report=report)
            end = time.perf_counter()
            times.append(end - start)
            stages.append((read - start, reviewed - read, end - reviewed))
        split = [statistics.median(x[k] for x in stages) for k in range(3)]
        rows.append((label, doc.pages, len(doc.text), len(result.changes), statistics.median(times), max(times),
                     split))
    load = os.getloadavg()[0]
    lines = ["# Redline benchmark", "",
             "`.venv/bin/python -m evaluations.bench_redline` — read + review + tracked changes + save, through "
             "`Clausier.redline` (the light app: topic cues without the vector index, as offline as it gets), "
             f"{args.runs} runs after one warm-up; budget {BUDGET:.0f} s.", "",
             f"Machine: {os.cpu_count()} cores, load average {load:.1f} during the run (shared with other sessions).",
             "", "| file | pages | characters | changes | median s | worst s | read / review / redline s (median) "
             "| within budget |", "|---|---|---|---|---|---|---|---|"]
    for label, pages, chars, changes, med, worst, split in rows:
        lines.append(f"| {label} | {pages} | {chars} | {changes} | {med:.2f} | {worst:.2f} | "
                     f"{' / '.join(f'{x:.2f}' for x in split)} | {'yes' if med <= BUDGET else 'no'} |")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
