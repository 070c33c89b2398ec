"""Retrieval quality: hit@1, hit@5 and MRR@10 on the development questions, for Clausier's
hybrid retriever, dense only, BM25 only, and a naive chat-with-your-docs baseline
(the knowledge base rendered as text, RecursiveCharacterTextSplitter 1000/200, Chroma dense).

A result counts as a hit when its primary label (the entry's first label) is one of the
labels the question is marked with.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from statistics import median

from evaluations.common import HERE, load_yaml, stamp, table, temp_app, write_section

SETS = {"dev": HERE / "retrieval_dev.yaml", "fresh": HERE / "retrieval_fresh.yaml"}


def load_cases(names=("dev", "fresh")) -> list[dict]:
    cases = []
    for name in names:
        path = SETS[name]
        if path.exists():
            for c in load_yaml(path):
                cases.append({**c, "set": name})
    return cases


def score(search, cases: list[dict], *, k: int = 10) -> dict:
    hits1 = hits5 = 0
    rr = 0.0
    times = []
    misses = []
    for case in cases:
        want = set(case["labels"])
        t = time.perf_counter()
        ranked = search(case["q"], k)
        times.append(time.perf_counter() - t)
        rank = next((i for i, labels in enumerate(ranked[:k], 1) if labels & want), None)
        if rank == 1:
            hits1 += 1
        if rank and rank <= 5:
            hits5 += 1
        else:
            misses.append(case["q"])
        rr += 1.0 / rank if rank else 0.0
    n = max(len(cases), 1)
    return {"hit@1": hits1 / n, "hit@5": hits5 / n, "mrr": rr / n, "p50_ms": 1000 * median(times or [0]),
            "misses": misses}


def naive_baseline(app, *, with_text: bool = False):
    """A generic RAG app: text files, 1000/200 character chunks, dense Chroma search.
    With `with_text`, the search gives (chunk text, label set) pairs (the answer eval pastes them)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    entries = app.kb_entries()
    by_file: dict[str, list] = {}
    for e in entries:
        by_file.setdefault(e.pair_key.split(".")[0] + "/" + e.pair_key.split(".")[1], []).append(e)
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
    texts, metas = [], []
    for name, group in by_file.items():
        spans, parts, pos = [], [], 0
        for e in group:
            block = "\n".join([e.title, e.body, e.wording or "", e.example or "", "\n".join(e.questions)]) + "\n\n"
            spans.append((pos, pos + len(block), e.labels[0]))
            parts.append(block)
            pos += len(block)
        doc = "".join(parts)
        for chunk in splitter.create_documents([doc]):
            start = chunk.metadata["start_index"]
            end = start + len(chunk.page_content)
            labels = sorted({lab for s, e_, lab in spans if s < end and e_ > start})
            texts.append(chunk.page_content)
            metas.append({"labels": "|".join(labels), "file": name})
    client = chromadb.PersistentClient(path=tempfile.mkdtemp(prefix="naive-"),
                                       settings=ChromaSettings(anonymized_telemetry=False))
    store = Chroma(client=client, collection_name="naive", embedding_function=app.index.embeddings,
                   collection_metadata={"hnsw:space": "cosine"})
    store.add_texts(texts, metadatas=metas)

    def search(q, k):
        docs = store.similarity_search(q, k=k)
        labels = [set(d.metadata["labels"].split("|")) for d in docs]
        return [(d.page_content, lab) for d, lab in zip(docs, labels)] if with_text else labels

    return search, len(texts)


def run(*, with_fusion: bool = True) -> str:
    from assistant.knowledge.retrieval import HybridRetriever

    cases = load_cases()
    app = temp_app()
    systems = {}
    ours = app.retriever
    systems["Clausier hybrid (USE + BM25, equal weights)"] = lambda q, k: [{r.primary_label} for r in ours.search(q, k=k)]
    dense = HybridRetriever(app.index, bm25_weight=0.0)
    systems["dense only (USE)"] = lambda q, k: [{r.primary_label} for r in dense.search(q, k=k)]
    sparse = HybridRetriever(app.index, dense_weight=0.0, bm25_weight=1.0)
    systems["BM25 only"] = lambda q, k: [{r.primary_label} for r in sparse.search(q, k=k)]
    naive, n_chunks = naive_baseline(app)
    systems[f"naive baseline (1000/200 chunks, dense; {n_chunks} chunks)"] = naive
    if with_fusion:
        fused_app = temp_app(embeddings="use+e5")
        systems["hybrid with USE+e5 fusion"] = lambda q, k: [{r.primary_label} for r in fused_app.retriever.search(q, k=k)]

    rows, report = [], {}
    for name, fn in systems.items():
        for subset in ("all", "dev", "fresh"):
            sub = [c for c in cases if subset == "all" or c["set"] == subset]
            if not sub:
                continue
            s = score(fn, sub)
            report[(name, subset)] = s
            rows.append([name, subset, len(sub), s["hit@1"], s["hit@5"], s["mrr"], f"{s['p50_ms']:.1f}"])
    ours_all = report[("Clausier hybrid (USE + BM25, equal weights)", "all")]
    misses = "\n".join(f"- {q}" for q in ours_all["misses"][:15]) or "- none"
    md = "\n".join([
        "## Retrieval", stamp(), "",
        f"{len(cases)} questions (`retrieval_dev.yaml`: written with the entries; `retrieval_fresh.yaml`: "
        "written by someone who saw only the topic names). A hit = a result whose primary label is one "
        "of the question's labels. Latency is the in-process p50 per query.", "",
        table(["system", "set", "n", "hit@1", "hit@5", "MRR@10", "p50 ms"], rows), "",
        "Clausier misses at 5 (first 15):", misses, ""])
    return md


def main() -> int:
    md = run(with_fusion="--no-fusion" not in sys.argv)
    print(md)
    write_section("retrieval", md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
