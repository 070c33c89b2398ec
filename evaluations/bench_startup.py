"""Start-up figures, each in a fresh process as a user meets them: `clausier --help`, the
index build of the built-in knowledge base, a re-index with nothing changed, the first
search of a fresh process, and the web app until it answers HTTP 200."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from statistics import median

from evaluations.bench_common import VENV_BIN, child_env, free_port, run_timed, stop, wait_http
from evaluations.common import ROOT

HEADERS = ["step", "runs", "median s", "max s", "goal", ""]


def _cli() -> list[str]:
    exe = VENV_BIN / "clausier"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "assistant"]


def _row(step: str, times: list[float], goal: float | None, note: str = "") -> list:
    if not times:
        return [step, 0, "—", "—", "—" if goal is None else f"≤ {goal:g} s", note or "not available"]
    verdict = "—" if goal is None else ("met" if max(times) <= goal else "short")
    return [step, len(times), f"{median(times):.2f}", f"{max(times):.2f}", "—" if goal is None else f"≤ {goal:g} s",
            f"{verdict} {note}".strip()]


def app_ready(data_dir: Path, *, runs: int = 2, extra_env: dict | None = None) -> tuple[list[float], str]:
    """Seconds from `python app.py` to the first HTTP 200 on a free loopback port."""
    if not (ROOT / "assistant" / "ui.py").exists() or not (ROOT / "app.py").exists():
        return [], "not available (no assistant/ui.py or app.py)"
    times, note = [], ""
    for _ in range(runs):
        port = free_port()
        env = child_env(data_dir, CLAUSIER_PORT=str(port), CLAUSIER_HOST="127.0.0.1", **(extra_env or {}))
        log = data_dir / f"app-{port}.log"
        with open(log, "w") as out:
            proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=out,
                                    stderr=subprocess.STDOUT)
            try:
                took = wait_http(f"http://127.0.0.1:{port}/", timeout=120, proc=proc)
            finally:
                stop(proc)
        if took is None:
            tail = log.read_text(errors="replace").strip().splitlines()[-3:]
            note = f"app did not answer: {' | '.join(tail)[:200]}"
            break
        times.append(took)
    return times, note


def run(data_dir: Path) -> dict:
    """Runs on an empty `data_dir` (it builds the index there, which the other benches reuse)."""
    cli = _cli()
    env = child_env(data_dir)
    out: dict = {"rows": []}

    helps = [run_timed(cli + ["--help"], env=env)[0] for _ in range(5)]
    out["rows"].append(_row("`clausier --help`", helps, 1.0))
    out["median"] = {"help": median(helps)}

    took, proc = run_timed(cli + ["index", "--json"], env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"index build failed: {proc.stderr[-500:]}")
    build = json.loads(proc.stdout)
    out["build"] = build
    out["median"]["build"] = took
    out["rows"].append(_row(f"index build of the built-in KB ({build['embedded']} records embedded; "
                            f"{build['seconds']:.1f} s inside the command)", [took], None))

    again = []
    for _ in range(3):
        took, proc = run_timed(cli + ["index", "--json"], env=env)
        report = json.loads(proc.stdout)
        if report["embedded"] or report["deleted"]:
            raise RuntimeError(f"re-index changed something: {report}")
        again.append(took)
    out["rows"].append(_row("re-index, nothing changed (`clausier index`)", again, 2.0))
    out["median"]["reindex"] = median(again)

    firsts = []
    for q in ("c'est quoi une GTR ?", "liability cap managed services", "réversibilité fin de contrat"):
        took, proc = run_timed(cli + ["search", q, "--json"], env=env)
        if proc.returncode != 0 or not json.loads(proc.stdout)["results"]:
            raise RuntimeError(f"search failed: {proc.stderr[-500:]}")
        firsts.append(took)
    out["rows"].append(_row("first search in a fresh process (`clausier search`)", firsts, 3.0))
    out["median"]["first_search"] = median(firsts)

    ready, note = app_ready(data_dir)
    out["rows"].append(_row("web app ready (`python app.py` → HTTP 200)", ready, 8.0, note))
    return out
