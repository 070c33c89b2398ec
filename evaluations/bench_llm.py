"""LLM mode without a model: the time from `ask` to the moment the request reaches a local
OpenAI-compatible endpoint (intent, retrieval, prompt building, client and HTTP), and the
prompt tokens each answer costs."""

from __future__ import annotations

import time
from pathlib import Path

from evaluations.bench_common import pct
from evaluations.bench_latency import questions
from evaluations.common import table
from evaluations.fake_llm import FakeLLM

GOAL_MS = 50.0


def run(app, data_dir: Path, *, n: int = 60) -> dict:
    from assistant.chat.tokens import count_tokens
    from assistant.factory import build_app
    from assistant.settings import Settings

    with FakeLLM(delay=0.0, model="bench-model") as llm:
        settings = Settings(data_dir=data_dir, openai_base_url=llm.base_url, model="bench-model")
        llm_app = build_app(settings, embeddings=app.index.embeddings, index=app.index, retriever=app.retriever)
        qs = questions()
        for q in qs[:3]:  # warm: HTTP client, prompt files, tokenizer
            llm_app.ask(q)
        overheads, tokens, modes = [], [], {"llm": 0, "offline": 0}
        for q in qs[:n]:
            before = len(llm.arrivals)
            t0 = time.perf_counter()
            answer = llm_app.ask(q)
            modes[answer.mode] = modes.get(answer.mode, 0) + 1
            if len(llm.arrivals) > before:
                first = llm.arrivals[before]
                overheads.append(1000 * (first.at - t0))
                tokens.append(sum(count_tokens(m.get("content") or "") + 4 for m in first.messages))
    p95 = pct(overheads, 95)
    rows = [["request → first byte at the model endpoint", len(overheads), f"{pct(overheads, 50):.1f}",
             f"{p95:.1f}", f"≤ {GOAL_MS:g} ms", "met" if p95 <= GOAL_MS else "short"],
            ["prompt tokens per answer (o200k)", len(tokens), f"{pct(tokens, 50):.0f}", f"{pct(tokens, 95):.0f}",
             "—", f"max {max(tokens, default=0)}"]]
    md = "\n".join([
        "### Pipeline overhead in LLM mode (local fake OpenAI-compatible endpoint, model time excluded)",
        f"{n} development questions through `Clausier.ask` with `OPENAI_BASE_URL` pointing at a stdlib server "
        f"on 127.0.0.1 that stamps each request's arrival; {modes.get('llm', 0)} answers went through the model, "
        f"{modes.get('offline', 0)} were answered offline by design (term, obligations and out-of-scope intents, "
        "or nothing relevant to send).", "",
        table(["figure", "n", "p50", "p95", "goal", ""], rows), ""])
    return {"rows": rows, "markdown": md, "p95": p95, "p50": pct(overheads, 50)}
