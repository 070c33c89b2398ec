"""Load: 20 simulated users on loopback for 60 s against the running web app (its Gradio HTTP
API, the same events the browser sends), offline and in LLM mode against a local fake
endpoint that takes 300 ms per answer. Latency, errors, and the server's memory at the
start, middle and end. Request loops are bounded in time and count; loopback only.

If the web app is missing or its chat API cannot be found, the same load drives
`Clausier.ask` from 20 threads in this process instead, and the section says so.
"""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

from evaluations.bench_common import VENV_BIN, child_env, free_port, pct, rss_mb, stop, tree_rss_mb, wait_http
from evaluations.common import ROOT, stamp, table
from evaluations.fake_llm import FakeLLM

USERS = 20
DURATION = 60.0
MAX_PER_USER = 2_000
MODEL_DELAY = 0.3
WARMUP = 10.0  # seconds of the same load before measuring: caches fill, then memory must stay flat


def _questions() -> list[str]:
    from evaluations.bench_latency import questions

    return questions()


class WebChat:
    """One chat turn through Gradio's queue API: POST /gradio_api/call/<api>, then read the
    server-sent events until `complete` (or `error`)."""

    def __init__(self, port: int, api: str, template: list) -> None:
        self.port, self.api, self.template = port, api, template

    @classmethod
    def discover(cls, port: int) -> "WebChat | None":
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            conn.request("GET", "/gradio_api/info")
            info = json.loads(conn.getresponse().read())
        finally:
            conn.close()
        for name, spec in info.get("named_endpoints", {}).items():
            params = spec.get("parameters", [])
            kinds = [p.get("component") for p in params]
            if kinds[:2] == ["Textbox", "Chatbot"]:
                template = [None] + [p.get("parameter_default") if p.get("parameter_has_default") else None
                                     for p in params[1:]]
                return cls(port, name.lstrip("/"), template)
        return None

    def ask(self, question: str, *, session: str | None = None) -> None:
        """One turn; `session` plays one browser tab (its Gradio state persists across turns)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        try:
            payload = {"data": [question] + self.template[1:]}
            if session:
                payload["session_hash"] = session
            body = json.dumps(payload)
            conn.request("POST", f"/gradio_api/call/{self.api}", body=body,
                         headers={"Content-Type": "application/json"})
            resp = conn.getresponse()
            data = resp.read()
            if resp.status != 200:
                raise RuntimeError(f"HTTP {resp.status}")
            event_id = json.loads(data)["event_id"]
            conn.request("GET", f"/gradio_api/call/{self.api}/{event_id}")
            resp = conn.getresponse()
            event = None
            while True:
                line = resp.readline()
                if not line:
                    raise RuntimeError("stream ended without `complete`")
                line = line.decode("utf-8", "replace").strip()
                if line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:") and event == "complete":
                    if '"assistant"' not in line:
                        raise RuntimeError("completed without an answer")
                    return
                elif line.startswith("data:") and event == "error":
                    raise RuntimeError(f"app error: {line[5:].strip()[:120]}")
        finally:
            conn.close()


def drive(call, questions: list[str], *, users: int, duration: float, rss) -> dict:
    """`users` threads calling `call(question, user)` in a loop until `duration` runs out."""
    lat: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = time.perf_counter()
    deadline = start + duration
    samples = {"start": rss()}

    def user(u: int) -> None:
        for i in range(MAX_PER_USER):
            if time.perf_counter() >= deadline:
                return
            q = questions[(u * 7 + i) % len(questions)]
            t = time.perf_counter()
            try:
                call(q, u)
                ok = True
            except Exception as exc:  # noqa: BLE001 - every failure is counted, none stops the run
                ok = False
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}"[:160])
            with lock:
                if ok:
                    lat.append(1000 * (time.perf_counter() - t))

    threads = [threading.Thread(target=user, args=(u,), daemon=True) for u in range(users)]
    for th in threads:
        th.start()
    time.sleep(duration / 2)
    samples["middle"] = rss()
    for th in threads:
        th.join(timeout=duration + 180)
    elapsed = time.perf_counter() - start
    samples["end"] = rss()
    return {"n": len(lat), "errors": errors, "elapsed": elapsed, "p50": pct(lat, 50), "p95": pct(lat, 95),
            "max": max(lat, default=0.0), "rss": samples}


def _ensure_index(data_dir: Path) -> None:
    if (data_dir / "chroma").exists():
        return
    exe = VENV_BIN / "clausier"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "assistant"]
    subprocess.run(cmd + ["index"], env=child_env(data_dir), cwd=ROOT, check=True, capture_output=True)


def web_mode(data_dir: Path, questions: list[str], *, llm_url: str | None, users: int, duration: float) -> dict:
    port = free_port()
    extra = {"CLAUSIER_PORT": str(port), "CLAUSIER_HOST": "127.0.0.1"}
    if llm_url:
        extra.update(OPENAI_BASE_URL=llm_url, CLAUSIER_MODEL="bench-model")
    log_path = data_dir / f"load-app-{port}.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=child_env(data_dir, **extra), stdout=log,
                                stderr=subprocess.STDOUT)
        try:
            ready = wait_http(f"http://127.0.0.1:{port}/", timeout=180, proc=proc)
            if ready is None:
                raise RuntimeError("the web app did not start: " + log_path.read_text(errors="replace")[-300:])
            chat = WebChat.discover(port)
            if chat is None:
                raise RuntimeError("no chat endpoint in /gradio_api/info")
            cold = tree_rss_mb(proc.pid)
            tag = f"bench{port}"

            def turn(q: str, user: int) -> None:
                chat.ask(q, session=f"{tag}u{user:02d}")  # one session per simulated user, as a browser tab

            drive(turn, questions, users=users, duration=WARMUP, rss=lambda: 0.0)  # caches fill
            out = drive(turn, questions, users=users, duration=duration, rss=lambda: tree_rss_mb(proc.pid))
            out["how"] = (f"web app (`python app.py`, Gradio API `/{chat.api}`), ready in {ready:.1f} s, "
                          f"RSS {cold:.0f} MB before a {WARMUP:.0f} s warm-up with the same load")
            return out
        finally:
            stop(proc, grace=10)


def thread_mode(data_dir: Path, questions: list[str], *, llm_url: str | None, users: int, duration: float) -> dict:
    from assistant.factory import build_app
    from assistant.settings import Settings

    kwargs = {"openai_base_url": llm_url, "model": "bench-model"} if llm_url else {}
    app = build_app(Settings(data_dir=data_dir, **kwargs), **({} if llm_url else {"chat_model": False}))
    app.ensure_index()
    drive(lambda q, _u: app.ask(q), questions, users=users, duration=WARMUP, rss=lambda: 0.0)
    out = drive(lambda q, _u: app.ask(q), questions, users=users, duration=duration, rss=rss_mb)
    out["how"] = "`Clausier.ask` from threads in one process (the web app's API was not usable)"
    return out


def run(work: Path, *, quick: bool = False, data_dir: Path | None = None) -> str:
    users, duration = (USERS, 15.0) if quick else (USERS, DURATION)
    data_dir = data_dir or work / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    _ensure_index(data_dir)
    questions = _questions()
    rows, notes = [], []
    for mode in ("offline", "llm"):
        with FakeLLM(delay=MODEL_DELAY, model="bench-model") as llm:
            url = llm.base_url if mode == "llm" else None
            try:
                res = web_mode(data_dir, questions, llm_url=url, users=users, duration=duration)
            except Exception as exc:  # noqa: BLE001 - fall back to in-process threads, and say why
                notes.append(f"{mode}: web app not usable ({exc}); drove `Clausier.ask` from threads instead")
                res = thread_mode(data_dir, questions, llm_url=url, users=users, duration=duration)
            calls = len(llm.arrivals)
        r = res["rss"]
        growth = r["end"] - r["start"]
        label = "offline" if mode == "offline" else f"LLM (fake endpoint, {MODEL_DELAY * 1000:.0f} ms per answer)"
        rows.append([label, users, f"{res['elapsed']:.0f}", res["n"], f"{res['n'] / res['elapsed']:.1f}",
                     f"{res['p50']:.0f}", f"{res['p95']:.0f}", f"{res['max']:.0f}", len(res["errors"]),
                     f"{r['start']:.0f} / {r['middle']:.0f} / {r['end']:.0f}",
                     "flat" if growth <= max(30.0, 0.1 * r["start"]) else f"+{growth:.0f} MB"])
        notes.append(f"{label}: {res['how']}" + (f"; {calls} requests reached the model endpoint" if url else "")
                     + (f"; first errors: {res['errors'][:3]}" if res["errors"] else ""))
    return "\n".join([
        "## Load: concurrent users on loopback (`make bench`)", stamp(), "",
        f"{users} simulated users, each asking the development questions in turn, back to back, for "
        f"{duration:.0f} s, each in its own session like a browser tab (bounded: at most {MAX_PER_USER} requests per "
        f"user); latency = question sent → "
        f"answer complete, queueing included. Memory = RSS of the server process at start / middle / end of the "
        f"measured {duration:.0f} s, after a {WARMUP:.0f} s warm-up under the same load.", "",
        table(["mode", "users", "s", "requests", "req/s", "p50 ms", "p95 ms", "max ms", "errors",
               "RSS MB start / mid / end", "memory"], rows), "",
        *[f"- {n}" for n in notes], "",
    ])
