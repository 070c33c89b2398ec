"""A local OpenAI-compatible endpoint for tests: the real `openai` client and langchain's
ChatOpenAI talk HTTP to it on 127.0.0.1, and each test scripts what it answers.

POST /v1/chat/completions pops the next scripted behaviour (normal or streamed reply,
delay, HTTP error, malformed body, cut stream); a request naming an unknown model gets the
404 `model_not_found` OpenAI sends. Every request is recorded so tests can read the prompt.
GET /v1/models lists the known models.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CHAT_PATH = "/v1/chat/completions"


@dataclass
class Request:
    path: str
    body: dict
    headers: dict
    at: float  # time.monotonic() when it arrived

    @property
    def messages(self) -> list[dict]:
        return self.body.get("messages", [])

    def content(self, role: str) -> list[str]:
        return [m.get("content") or "" for m in self.messages if m.get("role") == role]


# -- behaviours -----------------------------------------------------------------------------
class Behaviour:
    def respond(self, h: "_Handler", req: Request) -> None:  # pragma: no cover - interface
        raise NotImplementedError


def _split(text: str, pieces: int) -> list[str]:
    """Cut text into about `pieces` fragments on word boundaries (the way servers stream)."""
    words = text.split(" ")
    size = max(1, -(-len(words) // max(1, pieces)))
    out = [" ".join(words[i:i + size]) for i in range(0, len(words), size)]
    return [w if i == 0 else " " + w for i, w in enumerate(out)]


@dataclass
class Reply(Behaviour):
    """A normal answer: JSON, or SSE chunks then `data: [DONE]` when the request streams."""

    text: str
    pieces: int = 6
    finish_reason: str = "stop"

    def respond(self, h, req):
        model = req.body.get("model", "?")
        if not req.body.get("stream"):
            h.send_json(200, {
                "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()), "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": self.text},
                             "finish_reason": self.finish_reason}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}})
            return
        h.start_stream()
        h.send_event(_chunk(model, {"role": "assistant", "content": ""}))
        for piece in _split(self.text, self.pieces):
            h.send_event(_chunk(model, {"content": piece}))
        h.send_event(_chunk(model, {}, finish=self.finish_reason))
        if (req.body.get("stream_options") or {}).get("include_usage"):
            h.send_event({"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0, "model": model,
                          "choices": [], "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}})
        h.send_event("[DONE]")
        h.end_stream()


@dataclass
class Delay(Behaviour):
    """Wait (long enough for the client to time out), then behave as `then`."""

    seconds: float
    then: Behaviour | None = None

    def respond(self, h, req):
        h.server.stopping.wait(self.seconds)
        (self.then or Reply("late answer [1]")).respond(h, req)


@dataclass
class Status(Behaviour):
    """An HTTP error with OpenAI's error body (429 with Retry-After, 500, 503…)."""

    code: int
    retry_after: str | None = None
    message: str = "scripted error"
    kind: str = "server_error"
    error_code: str | None = None

    def respond(self, h, req):
        headers = {"Retry-After": self.retry_after} if self.retry_after is not None else {}
        h.send_json(self.code, {"error": {"message": self.message, "type": self.kind, "param": None,
                                          "code": self.error_code}}, headers=headers)


def rate_limited(retry_after: str = "1") -> Status:
    return Status(429, retry_after=retry_after, message="Rate limit reached", kind="rate_limit_error",
                  error_code="rate_limit_exceeded")


@dataclass
class Malformed(Behaviour):
    """A 200 whose body is not valid JSON (or, when streaming, an event that is not)."""

    def respond(self, h, req):
        if req.body.get("stream"):
            h.start_stream()
            h.send_event(_chunk(req.body.get("model", "?"), {"role": "assistant", "content": "Le pre"}))
            h.send_raw(b'data: {"id": "chatcmpl-fake", "choices": [{"delta": {"content": "sta\n\n')
            h.send_event("[DONE]")
            h.end_stream()
        else:
            h.send_bytes(200, b'{"id": "chatcmpl-fake", "choices": [{"message": ', "application/json")


@dataclass
class CutStream(Behaviour):
    """Stream part of an answer, then drop the connection: no [DONE], no finish_reason.

    `clean=False` aborts in the middle of the chunked body (the client sees a broken
    transfer); `clean=True` ends the HTTP body properly, so only the missing SSE end shows."""

    text: str = "Le prestataire doit notifier la violation sans délai injustifié [1] et"
    keep: int = 3
    clean: bool = False

    def respond(self, h, req):
        model = req.body.get("model", "?")
        h.start_stream(close=True)
        h.send_event(_chunk(model, {"role": "assistant", "content": ""}))
        for piece in _split(self.text, 6)[: self.keep]:
            h.send_event(_chunk(model, {"content": piece}))
        if self.clean:
            h.end_stream()
        h.abort()


def _chunk(model: str, delta: dict, finish: str | None = None) -> dict:
    return {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0, "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


# -- server ---------------------------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, *_args) -> None:  # keep pytest output clean
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except OSError:  # the client dropped a kept-alive connection: normal after a timeout
            self.close_connection = True

    # plumbing used by behaviours
    def send_bytes(self, code: int, data: bytes, ctype: str, headers: dict | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def send_json(self, code: int, payload: Any, headers: dict | None = None) -> None:
        self.send_bytes(code, json.dumps(payload).encode(), "application/json", headers)

    def start_stream(self, *, close: bool = False) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        if close:  # a server that will drop the connection says so, or the client pools a dead socket
            self.send_header("Connection", "close")
        self.end_headers()

    def send_raw(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def send_event(self, payload: Any) -> None:
        text = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
        self.send_raw(f"data: {text}\n\n".encode())

    def end_stream(self) -> None:
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def abort(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    # routes
    def do_GET(self) -> None:
        if self.path.rstrip("/") == "/v1/models":
            self.send_json(200, {"object": "list", "data": [
                {"id": m, "object": "model", "created": 0, "owned_by": "fake"} for m in self.server.fake.models]})
        else:
            self.send_json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {"_raw": raw.decode("utf-8", "replace")}
        req = Request(path=self.path, body=body, headers={k.lower(): v for k, v in self.headers.items()},
                      at=time.monotonic())
        fake = self.server.fake
        fake._record(req)
        try:
            if self.path.rstrip("/") != CHAT_PATH:
                self.send_json(404, {"error": {"message": f"no route {self.path}", "type": "invalid_request_error"}})
            elif body.get("model") not in fake.models:
                Status(404, message=f"The model `{body.get('model')}` does not exist or you do not have access "
                                    "to it.", kind="invalid_request_error", error_code="model_not_found"
                       ).respond(self, req)
            else:
                fake._next().respond(self, req)
        except (BrokenPipeError, ConnectionResetError, OSError):
            self.close_connection = True  # the client gave up (timeout): nothing to answer to


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True


class FakeOpenAI:
    """`with FakeOpenAI() as fake: fake.push(Reply("… [1]")); … fake.requests`"""

    def __init__(self, *, models: tuple[str, ...] = ("fake-model",), default: Behaviour | None = None) -> None:
        self.models = tuple(models)
        self.default = default
        self.requests: list[Request] = []
        self._script: deque[Behaviour] = deque()
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # scripting
    def push(self, *behaviours: Behaviour) -> "FakeOpenAI":
        with self._lock:
            self._script.extend(behaviours)
        return self

    def reset(self) -> None:
        with self._lock:
            self._script.clear()
            self.requests.clear()

    @property
    def pending(self) -> int:
        return len(self._script)

    def chat_requests(self) -> list[Request]:
        return [r for r in self.requests if r.path.rstrip("/") == CHAT_PATH]

    def _record(self, req: Request) -> None:
        with self._lock:
            self.requests.append(req)

    def _next(self) -> Behaviour:
        with self._lock:
            if self._script:
                return self._script.popleft()
        return self.default or Status(500, message="the test scripted no more answers")

    # lifecycle
    @property
    def base_url(self) -> str:
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> "FakeOpenAI":
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self._server.stopping = threading.Event()
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.stopping.set()
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "FakeOpenAI":
        return self.start()

    def __exit__(self, *_exc) -> None:
        self.stop()
