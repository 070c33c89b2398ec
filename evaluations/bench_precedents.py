"""Precedent search at scale: a bank of N clauses (default 100,000), search latency p50/p95 offline
(the engine: query embedding, BM25 over the bank, dense scores, facts, fusion), and the same
bank's vectors on a Chroma server (`chroma run` on loopback; collection with cosine HNSW and
embedding_function=None), whose dense top-200 query latency is measured too.

The bank is ACORD's 3,931 real clauses repeated with a copy marker (texts differ, so every
record is distinct), their USE vectors reused with small noise: this measures search, not
import (import throughput is reported from the real 3,931-clause import).

    python -m evaluations.bench_precedents [--size 100000] [--queries 40] [--no-chroma]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import numpy as np

from assistant.knowledge.embeddings import USEEmbeddings
from assistant.precedents.engine import PrecedentEngine
from assistant.precedents.facts import READER_VERSION, read_facts
from assistant.precedents.store import BankStore, content_hash, dumps_facts, pack

RESULTS = Path(__file__).parent / "results" / "bench_precedents.md"
QUERIES = ["seller-favorable cap on liability", "Fix fee liability cap", "cap on liability without carveouts",
           "personal or bodily injury exception to cap on liability", "disclaimer of lost profits",
           "third party IP infringement indemnity", "New York Governing Law", "Termination for Convenience",
           "trouve-moi une clause de plafond favorable au prestataire", "clause de non-concurrence limitée dans le temps"]


def pct(xs, p):
    return float(np.percentile(np.array(xs) * 1000, p))


def build_bank(store: BankStore, corpus: Path, size: int, emb) -> float:
    docs = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines() if x.strip()]
    texts = [d["text"] for d in docs]
    vecs = emb.encode(texts)
    facts = [dumps_facts(read_facts(t), READER_VERSION) for t in texts]
    rng = np.random.default_rng(0)
    t0 = time.perf_counter()
    rows = []
    for n in range(size):
        i, copy = n % len(docs), n // len(docs)
        text = texts[i] if copy == 0 else f"{texts[i]} (copy {copy})"
        v = vecs[i] + (rng.normal(0, 0.02, vecs.shape[1]).astype(np.float32) if copy else 0)
        v = v / np.linalg.norm(v)
        rows.append((f"{docs[i]['_id']}-{copy}", content_hash(text), text, "", "acord", "", facts[i], pack(v)))
    store.write("", "bench", rows)
    return time.perf_counter() - t0


def chroma_bench(store: BankStore, queries_vecs: np.ndarray) -> dict:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    exe = Path(sys.executable).parent / "chroma"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    path = tempfile.mkdtemp(prefix="chroma-bench-")
    proc = subprocess.Popen([str(exe), "run", "--path", path, "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        client = chromadb.HttpClient(host="127.0.0.1", port=port, settings=ChromaSettings(anonymized_telemetry=False))
        col = client.create_collection("precedents-bench", configuration={"hnsw": {"space": "cosine"}},
                                       embedding_function=None)
        t0 = time.perf_counter()
        ids, vecs = [], []
        for cid, _t, _ti, _s, _si, _f, blob in store.rows("", "bench"):
            ids.append(cid)
            vecs.append(np.frombuffer(blob, dtype=np.float32))
            if len(ids) == 2000:
                col.add(ids=ids, embeddings=np.vstack(vecs))
                ids, vecs = [], []
        if ids:
            col.add(ids=ids, embeddings=np.vstack(vecs))
        add_s = time.perf_counter() - t0
        times = []
        for _ in range(3):
            for q in queries_vecs:
                t = time.perf_counter()
                col.query(query_embeddings=[q], n_results=200)
                times.append(time.perf_counter() - t)
        return {"count": col.count(), "add_s": add_s, "p50": pct(times, 50), "p95": pct(times, 95)}
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        shutil.rmtree(path, ignore_errors=True)


def main(argv=None) -> int:
    here = Path(__file__).resolve().parent.parent.parent / "shared" / "datasets" / "acord"
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=here / "corpus.jsonl")
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--no-chroma", action="store_true")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"error: {args.corpus} not found", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="prec-bench-"))
    try:
        emb = USEEmbeddings()
        store = BankStore(work / "p.sqlite3")
        write_s = build_bank(store, args.corpus, args.size, emb)
        engine = PrecedentEngine(store, emb, cache_dir=work / "cache")
        t0 = time.perf_counter()
        engine.load("bench")
        build_s = time.perf_counter() - t0
        cold = PrecedentEngine(store, emb, cache_dir=work / "cache")
        t0 = time.perf_counter()
        cold.load("bench")
        cached_s = time.perf_counter() - t0
        engine.search(QUERIES[0], bank="bench")  # warm the query path
        times = []
        for _ in range(args.rounds):
            for q in QUERIES:
                t = time.perf_counter()
                engine.search(q, bank="bench", k=5)
                times.append(time.perf_counter() - t)
        lines = [f"## Precedent search at scale ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
                 f"{os.cpu_count()} cores shared with other sessions)", "",
                 f"bank: {args.size} clauses (ACORD's 3,931 repeated with copy markers, USE vectors + noise)", "",
                 "| step | figure |", "|---|---|",
                 f"| write bank to SQLite | {write_s:.1f} s |",
                 f"| first load (BM25 postings, fact arrays, vectors; then cached) | {build_s:.1f} s |",
                 f"| load from cache (new process) | {cached_s:.1f} s |",
                 f"| search p50 / p95 offline ({len(times)} searches, k=5) | {pct(times, 50):.0f} / {pct(times, 95):.0f} ms |"]
        if not args.no_chroma:
            qv = emb.encode(QUERIES, is_query=True)
            ch = chroma_bench(store, qv)
            lines += [f"| Chroma server: add {ch['count']} vectors | {ch['add_s']:.1f} s |",
                      f"| Chroma server: dense top-200 query p50 / p95 | {ch['p50']:.0f} / {ch['p95']:.0f} ms |"]
        table = "\n".join(lines)
        print(table)
        RESULTS.write_text(table + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
