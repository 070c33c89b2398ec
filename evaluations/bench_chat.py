"""Benchmark of the conversation engine (issue 14), offline: a turn's latency warm (p50/p95 over
a mixed dialogue) and a contract revision re-rendered (the revise turn, and the rebuild + Markdown
alone). Targets from the issue: turn p95 <= 150 ms, revision re-render <= 500 ms.

Run:  CLAUSIER_DATA_DIR=... .venv/bin/python -m evaluations.bench_chat [--rounds 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

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
CONTRACT = "rédige-moi un contrat d'infogérance pour une PME de 40 postes sur 2 sites, pas d'hébergement"
REVISIONS = ["passe le préavis à 3 mois", "passe la non-sollicitation à 12 mois", "la redevance est de 2 400 € HT par mois",
             "rends la clause de responsabilité plus protectrice pour le client", "passe la GTR P1 à 4 h"]


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)

    from assistant.factory import build_app
    from assistant.legal.drafting.export import to_markdown
    from assistant.settings import Settings

    app = build_app(Settings(), chat_model=False)
    engine = app.chat
    engine.warm()  # what the web app does at start (web.app.warm): models, catalogue, card vectors
    for text in DIALOGUE[:3]:  # and a few turns: caches
        engine.turn(text)

    turns: list[float] = []
    for _ in range(args.rounds):
        cid = None
        for text in DIALOGUE:
            start = time.perf_counter()
            r = engine.turn(text, conversation_id=cid)
            turns.append((time.perf_counter() - start) * 1000)
            cid = r.conversation_id

    revise_turns: list[float] = []
    rebuilds: list[float] = []
    for _ in range(args.rounds):
        r = engine.turn(CONTRACT, side="msp")
        cid = r.conversation_id
        for text in REVISIONS:
            engine.tools.__dict__.pop("_built", None)  # no kept build: each revision really re-renders
            start = time.perf_counter()
            r = engine.turn(text, conversation_id=cid)
            revise_turns.append((time.perf_counter() - start) * 1000)
            engine.tools.__dict__.pop("_built", None)
            start = time.perf_counter()
            to_markdown(engine.tools.build(r.conversation), notes=False)
            rebuilds.append((time.perf_counter() - start) * 1000)

    out = {"turn_ms": {"n": len(turns), "p50": round(statistics.median(turns), 1), "p95": round(pct(turns, 0.95), 1),
                       "max": round(max(turns), 1)},
           "revision_turn_ms": {"n": len(revise_turns), "p50": round(statistics.median(revise_turns), 1),
                                "p95": round(pct(revise_turns, 0.95), 1)},
           "contract_rebuild_markdown_ms": {"n": len(rebuilds), "p50": round(statistics.median(rebuilds), 1),
                                            "p95": round(pct(rebuilds, 0.95), 1)},
           "targets": {"turn_p95_ms": 150, "revision_ms": 500}}
    if args.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
