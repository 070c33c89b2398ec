"""Scale: 1k → 10k → 100k synthetic clause chunks in embedded Chroma and through a Chroma
server on loopback: ingestion time, search latency, memory, and the hybrid retriever's
catalogue (texts + BM25) that grows with the collection.

Chunks are varied FR/EN clause-like texts recombined from the knowledge base's sentences
(numbers and parties changed). Only `BASE` of them are encoded with USE; the others reuse
a base vector plus small Gaussian noise, renormalised (cosine ≈ 0.97 to their base) — the
vector store's work is the same, the encoding time is not spent 100,000 times.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import numpy as np

from evaluations.bench_common import VENV_BIN, child_env, free_port, pct, rss_mb, stop, tree_rss_mb, wait_http
from evaluations.common import stamp, table

SIZES = (1_000, 10_000, 100_000)
BASE = 2_000
QUERIES = 200
NOISE = 0.01
GOAL_MS = 50.0
NAMES = ["Alpha Infogérance", "Bureau Conseil", "Cabinet Durand", "Delta Services", "Epsilon IT",
         "Groupe Martin", "Helios MSP", "Iris Santé", "Jade Logistique", "Kappa Industrie"]


def sentences() -> list[tuple[str, str, str]]:
    """(sentence, lang, topic) from every clause, guide and GDPR entry of the knowledge base."""
    from assistant.chat.composer import split_sentences
    from assistant.knowledge.entries import load_entries

    out = []
    for e in load_entries():
        if e.kind in ("clause", "guide", "gdpr"):
            topic = e.topic or (e.labels[0].split(":", 1)[1] if e.labels else "scope")
            for s in split_sentences(" ".join(x for x in (e.body, e.wording or "") if x)):
                out.append((s, e.lang, topic))
    return out


def synthetic(n: int, *, seed: int = 11) -> list[dict]:
    pool = sentences()
    rng = random.Random(seed)
    out = []
    for i in range(n):
        picks = rng.sample(pool, 3)
        lang, topic = picks[0][1], picks[0][2]
        text = " ".join(p[0] for p in picks if p[1] == lang) or picks[0][0]
        text = re.sub(r"\d+", lambda m: str(rng.randint(1, 99)), text)
        text = f"{rng.choice(NAMES)} — {text}"
        out.append({"id": f"syn{i:06d}", "text": text, "lang": lang, "topic": topic})
    return out


def vectors(chunks: list[dict], embeddings, *, base: int, seed: int = 5) -> np.ndarray:
    base = min(base, len(chunks))
    head = embeddings.encode([c["text"] for c in chunks[:base]])
    rng = np.random.default_rng(seed)
    rest = head[np.arange(base, len(chunks)) % base] + rng.normal(0, NOISE, (len(chunks) - base, head.shape[1]))
    out = np.vstack([head, rest.astype(np.float32)])
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def _meta(c: dict) -> dict:
    label = f"topic:{c['topic']}"
    return {"entry_id": c["id"], "kind": "user", "lang": c["lang"], "title": f"synthetic {c['topic']}",
            "labels": label, "part": "body", "source": "user", "hash": c["id"], "embedder": "use-m3",
            "path": f"library/shared/synthetic-{int(c['id'][3:]) // 500}.txt", label: True}


def measure(index, chunks: list[dict], vecs: np.ndarray, queries: np.ndarray, *, rss, sizes,
            after=None) -> list[dict]:
    """Grow one collection through `sizes`; after each step time the queries (vector store
    alone) and note memory."""
    col = index.collection
    batch = 5000
    done, spent, out = 0, 0.0, []
    for size in sizes:
        t = time.perf_counter()
        for i in range(done, size, batch):
            j = min(i + batch, size)
            col.add(ids=[c["id"] for c in chunks[i:j]], documents=[c["text"] for c in chunks[i:j]],
                    embeddings=vecs[i:j], metadatas=[_meta(c) for c in chunks[i:j]])
        spent += time.perf_counter() - t
        done = size
        col.query(query_embeddings=[queries[0]], n_results=60)
        times = []
        for q in queries:
            t = time.perf_counter()
            col.query(query_embeddings=[q], n_results=60, include=["metadatas", "distances"])
            times.append(1000 * (time.perf_counter() - t))
        filt = []
        for q in queries[:50]:
            t = time.perf_counter()
            col.query(query_embeddings=[q], n_results=60, where={"lang": "fr"}, include=["metadatas", "distances"])
            filt.append(1000 * (time.perf_counter() - t))
        out.append({"size": size, "ingest_s": spent, "rate": size / spent, "p50": pct(times, 50),
                    "p95": pct(times, 95), "filtered_p95": pct(filt, 95), "rss": rss(),
                    "hybrid": after(size) if after else None})
    return out


def hybrid(index, questions: list[str]) -> dict:
    """The full retriever (USE query + Chroma + BM25 catalogue) over the synthetic collection."""
    from assistant.knowledge.retrieval import HybridRetriever

    retriever = HybridRetriever(index)
    t = time.perf_counter()
    retriever._catalogue()
    build = time.perf_counter() - t
    retriever.search(questions[0])
    times = []
    for q in questions[:100]:
        t = time.perf_counter()
        retriever.search(q, k=5)
        times.append(1000 * (time.perf_counter() - t))
    return {"catalogue_s": build, "p50": pct(times, 50), "p95": pct(times, 95)}


def run(work: Path, *, quick: bool = False) -> str:
    from assistant.factory import build_embeddings
    from assistant.knowledge.index import VectorIndex
    from assistant.settings import Settings
    from evaluations.bench_latency import questions

    import chromadb
    from chromadb.config import Settings as ChromaSettings

    sizes = (500, 2_000, 5_000) if quick else SIZES
    work.mkdir(parents=True, exist_ok=True)
    embeddings = build_embeddings(Settings(data_dir=work))
    qs = questions()
    queries = embeddings.encode((qs * (QUERIES // len(qs) + 1))[:QUERIES], is_query=True)
    t = time.perf_counter()
    chunks = synthetic(sizes[-1])
    vecs = vectors(chunks, embeddings, base=min(BASE, sizes[-1]) if not quick else 300)
    prep = time.perf_counter() - t
    csettings = ChromaSettings(anonymized_telemetry=False)

    rows, hyb_rows = [], []
    base_rss = rss_mb()
    client = chromadb.PersistentClient(path=str(work / "embedded"), settings=csettings)
    index = VectorIndex(client=client, name="scale", embeddings=embeddings)
    for r in measure(index, chunks, vecs, queries, rss=lambda: rss_mb() - base_rss, sizes=sizes,
                     after=lambda size: hybrid(index, qs) if size <= sizes[1] else None):
        rows.append(["embedded", r])
        if r["hybrid"]:
            hyb_rows.append(["embedded", r["size"], r["hybrid"]])
    del index, client

    port = free_port()
    server_dir = work / "server"
    log = open(work / "chroma-server.log", "w")
    proc = subprocess.Popen([str(VENV_BIN / "chroma"), "run", "--path", str(server_dir), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, env=child_env())
    server_note = ""
    try:
        up = wait_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=60, proc=proc)
        if up is None:
            server_note = "the Chroma server did not start"
        else:
            idle = tree_rss_mb(proc.pid)
            client = chromadb.HttpClient(host="127.0.0.1", port=port, settings=csettings)
            index = VectorIndex(client=client, name="scale", embeddings=embeddings)
            for r in measure(index, chunks, vecs, queries, rss=lambda: tree_rss_mb(proc.pid), sizes=sizes):
                rows.append(["server", r])
            server_note = f"server RSS idle {idle:.0f} MB, ready in {up:.2f} s"
    finally:
        stop(proc)
        log.close()
        shutil.rmtree(work / "embedded", ignore_errors=True)
        shutil.rmtree(server_dir, ignore_errors=True)

    table_rows = [[mode, f"{r['size']:,}", f"{r['ingest_s']:.1f}", f"{r['rate']:.0f}", f"{r['p50']:.1f}",
                   f"{r['p95']:.1f}", f"{r['filtered_p95']:.1f}", f"{r['rss']:.0f}",
                   "met" if r["p95"] <= GOAL_MS else "short"] for mode, r in rows]
    h_rows = [[mode, f"{size:,}", f"{h['catalogue_s']:.1f}", f"{h['p50']:.1f}", f"{h['p95']:.1f}"]
              for mode, size, h in hyb_rows if h]
    return "\n".join([
        "## Scale: synthetic clause chunks in Chroma (`make bench`)", stamp(), "",
        f"{sizes[-1]:,} varied FR/EN clause-like chunks recombined from the knowledge base's sentences. "
        f"**Vectors:** {min(BASE, sizes[-1]):,} chunks encoded with USE, the rest reuse one of those vectors plus "
        f"Gaussian noise (σ = {NOISE} per dimension, renormalised); preparation {prep:.0f} s. One collection "
        "grows 1k → 10k → 100k; ingestion = cumulative `add` time (batches of 5,000, with documents and "
        "metadata); search = one `query` for 60 neighbours with metadata (what the retriever asks), "
        f"{QUERIES} real questions; memory = RSS growth of this process (embedded) or the server's RSS "
        f"({server_note}).", "",
        table(["mode", "chunks", "ingest s (cumulative)", "chunks/s", "search p50 ms", "search p95 ms",
               "p95 with `lang` filter", "memory MB", f"p95 ≤ {GOAL_MS:g} ms"], table_rows), "",
        "Full hybrid search (USE query encoding + Chroma + BM25 over the catalogue) on the same collection "
        "(embedded); the catalogue (texts + BM25 postings) is built once per change of the collection:", "",
        table(["mode", "chunks", "catalogue build s", "search p50 ms", "search p95 ms"], h_rows), "",
    ])
