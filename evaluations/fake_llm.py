"""A tiny OpenAI-compatible chat endpoint on 127.0.0.1 for benchmarks (stdlib only).

It records when each request arrived (time.perf_counter, the same clock as the caller when
it runs in the same process) and the messages it got, waits an optional artificial model
delay, then streams a short answer that cites source [1]. Loopback only; it stops with the
benchmark.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ANSWER = ("D'après la source, le point demandé est encadré par le contrat et doit être négocié "
          "avec des engagements mesurables [1]. Vérifiez aussi les exclusions prévues [1].")


@dataclass
class Arrival:
    at: float
    messages: list


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *_args) -> None:
        pass

    def do_GET(self) -> None:  # /v1/models, for clients that probe it
        body = json.dumps({"object": "list", "data": [{"id": self.server.model, "object": "model"}]}).encode()
        self._send(200, body, "application/json")

    def do_POST(self) -> None:
        at = time.perf_counter()
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {}
        with self.server.lock:
            self.server.arrivals.append(Arrival(at=at, messages=body.get("messages", [])))
        if self.server.delay:
            time.sleep(self.server.delay)
        model = body.get("model", self.server.model)
        words = ANSWER.split(" ")
        if not body.get("stream"):
            out = {"id": "bench", "object": "chat.completion", "created": 0, "model": model,
                   "choices": [{"index": 0, "message": {"role": "assistant", "content": ANSWER},
                                "finish_reason": "stop"}]}
            self._send(200, json.dumps(out).encode(), "application/json")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        pieces = [" ".join(words[i:i + 6]) + " " for i in range(0, len(words), 6)]
        for piece in [""] + pieces:
            delta = {"role": "assistant", "content": piece} if not piece else {"content": piece}
            self._event({"id": "bench", "object": "chat.completion.chunk", "created": 0, "model": model,
                         "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
        self._event({"id": "bench", "object": "chat.completion.chunk", "created": 0, "model": model,
                     "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        self._chunk(b"data: [DONE]\n\n")
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _send(self, code: int, body: bytes, ctype: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _event(self, payload: dict) -> None:
        self._chunk(f"data: {json.dumps(payload, ensure_ascii=False)}\n\n".encode())

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # a client closing its keep-alive connection is not news


class FakeLLM:
    """`with FakeLLM(delay=0.3) as llm: … llm.base_url … llm.arrivals`"""

    def __init__(self, *, delay: float = 0.0, model: str = "bench-model") -> None:
        self.delay = delay
        self.model = model
        self._server: ThreadingHTTPServer | None = None

    @property
    def arrivals(self) -> list[Arrival]:
        return self._server.arrivals if self._server else []

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def __enter__(self) -> "FakeLLM":
        server = _Server(("127.0.0.1", 0), _Handler)
        server.arrivals, server.lock, server.delay, server.model = [], threading.Lock(), self.delay, self.model
        self._server = server
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *_exc) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
