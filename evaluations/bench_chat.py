"""Benchmark of the conversation engine (issue 14), offline: a turn's latency warm (p50/p95 over
a mixed dialogue) and a contract revision re-rendered (the revise turn, and the rebuild + Markdown
alone). Targets from the issue: turn p95 <= 150 ms, revision re-render <= 500 ms.

Run:  CLAUSIER_DATA_DIR=... .venv/bin/python -m evaluations.bench_chat [--rounds 3] [--json]
      (`make bench` runs it as the "chat" section of RESULTS.md: `python -m evaluations.bench --only chat`)
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

DIALOGUE = [
    "c'est quoi une GTR ?",
    "rédige une clause SLA pour 40 postes en heures ouvrées",
    "tu peux me faire une version plus protectrice pour le client ?",
    "qu'est-ce que le prestataire va contester dans cette clause ?",
    "tu peux reformuler plus simplement ?",
    "et pour la sauvegarde ?",
    "non-sollicitation : 24 mois, indemnité 12 mois de salaire, c'est ok ?",
    "what is a reversibility clause for?",
    "obligation de moyens ou de résultat pour la disponibilité ?",
    "quel temps fait-il à Paris ?",
]
TURN_GOAL_MS = 150
REVISION_GOAL_MS = 500
CONTRACT = "rédige-moi un contrat d'infogérance pour une PME de 40 postes sur 2 sites, pas d'hébergement"
REVISIONS = ["passe le préavis à 3 mois", "passe la non-sollicitation à 12 mois", "la redevance est de 2 400 € HT par mois",
             "rends la clause de responsabilité plus protectrice pour le client", "passe la GTR P1 à 4 h"]


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def measure(*, rounds: int = 3, data_dir: Path | None = None) -> dict:
    """Warm turn latency over the mixed dialogue, and the contract revisions re-rendered (wall and CPU ms)."""
    from assistant.factory import build_app
    from assistant.legal.drafting.export import to_markdown
    from assistant.settings import Settings

    app = build_app(Settings(**({"data_dir": data_dir} if data_dir else {})), chat_model=False)
    app.ensure_index()
    engine = app.chat
    engine.warm()  # what the web app does at start (web.app.warm): models, catalogue, card vectors
    for text in DIALOGUE[:3]:  # and a few turns: caches
        engine.turn(text)

    turns: list[float] = []
    turn_cpu: list[float] = []
    for _ in range(rounds):
        cid = None
        for text in DIALOGUE:
            start, cpu = time.perf_counter(), time.process_time()
            r = engine.turn(text, conversation_id=cid)
            turns.append((time.perf_counter() - start) * 1000)
            turn_cpu.append((time.process_time() - cpu) * 1000)
            cid = r.conversation_id

    revise_turns: list[float] = []
    revise_cpu: list[float] = []
    rebuilds: list[float] = []
    for _ in range(rounds):
        r = engine.turn(CONTRACT, side="msp")
        cid = r.conversation_id
        for text in REVISIONS:
            engine.tools.__dict__.pop("_built", None)  # no kept build: each revision really re-renders
            start, cpu = time.perf_counter(), time.process_time()
            r = engine.turn(text, conversation_id=cid)
            revise_turns.append((time.perf_counter() - start) * 1000)
            revise_cpu.append((time.process_time() - cpu) * 1000)
            engine.tools.__dict__.pop("_built", None)
            start = time.perf_counter()
            to_markdown(engine.tools.build(r.conversation), notes=False)
            rebuilds.append((time.perf_counter() - start) * 1000)

    def stats(values: list[float], cpu: list[float] | None = None) -> dict:
        out = {"n": len(values), "p50": round(statistics.median(values), 1), "p95": round(pct(values, 0.95), 1),
               "max": round(max(values), 1)}
        if cpu is not None:
            out["cpu_mean"] = round(statistics.mean(cpu), 1)
        return out

    return {"turn_ms": stats(turns, turn_cpu), "revision_turn_ms": stats(revise_turns, revise_cpu),
            "contract_rebuild_markdown_ms": stats(rebuilds),
            "targets": {"turn_p95_ms": TURN_GOAL_MS, "revision_ms": REVISION_GOAL_MS}}


def markdown(m: dict) -> str:
    """The "chat" section of RESULTS.md."""
    from evaluations.bench_common import load_note
    from evaluations.common import stamp, table

    def row(label: str, key: str, goal: float | None) -> list:
        v = m[key]
        met = "" if goal is None else ("met" if v["p95"] <= goal else "short")
        cpu = v.get("cpu_mean")
        return [label, v["n"], f"{v['p50']:.1f}", f"{v['p95']:.1f}", f"{v['max']:.1f}", "—" if cpu is None else f"{cpu:.1f}",
                f"≤ {goal:.0f}" if goal is not None else "—", met]

    return "\n".join([
        "## Conversation engine speed (`make bench`, issue 14)", stamp(),
        f"_Machine load at the end: {load_note()} (other work on the box slows every wall-clock figure)._", "",
        "Offline, one process, warm (models, catalogue and card vectors loaded as the web app does at start). Turns: "
        f"the {len(DIALOGUE)}-message mixed dialogue of `evaluations/bench_chat.py` (a term, a clause drafted, a side "
        "changed, objections, rewording, a follow-up, a figure judged, EN, means/result, off topic), each round a new "
        "conversation. Revisions: a contract drafted, then five revisions (notice, non-solicitation, fee, a side, a "
        "restore time), each re-rendering the contract (no kept build).", "",
        table(["operation", "N", "p50 ms", "p95 ms", "max ms", "CPU ms (mean)", "goal (p95)", ""], [
            row("one chat turn, warm", "turn_ms", TURN_GOAL_MS),
            row("a revision turn, contract re-rendered", "revision_turn_ms", REVISION_GOAL_MS),
            row("contract rebuild + Markdown alone", "contract_rebuild_markdown_ms", None),
        ]), "",
    ])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    out = measure(rounds=args.rounds)
    if args.json:
        print(json.dumps(out))
    else:
        print(markdown(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
