"""The web app's HTTP guard: one ASGI middleware in front of gradio's routes.

On every response: a Content-Security-Policy (scripts only from the app itself or carrying
this response's nonce; images only from the app or `data:`; no plug-ins, no framing, forms
only to the app) and the usual hardening headers. Before gradio sees a request:

- state-changing requests (anything but GET/HEAD/OPTIONS) whose Origin — or, without one,
  Referer — is not this server are refused (403): login CSRF, cross-site uploads and queue
  joins die here; a request with neither header (curl, scripts) is not a browser attack;
- the Host must be one this server answers to when it listens on loopback (DNS rebinding);
- with login on, only the login page and its stylesheet answer without a session; pages
  redirect to it, everything else is 401; the login form carries a CSRF token bound to a
  SameSite=Strict cookie, wrong passwords back off per address and per user name;
- gradio's deep-link route is off;
- files (`/gradio_api/file=…`) are served only to the principal (logged-in user, or the
  browser's own random cookie when login is off) they were uploaded by or produced for, and
  a queue request may only name files its principal owns;
- uploads are capped per request and per principal (`UploadQuota`).

Nothing here imports gradio: `web/app.py` installs the guard and gives gradio `Guard.user`
as its `auth_dependency`.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qs, unquote, urlsplit

from assistant.web.auth import Auth

SESSION_COOKIE = "clz-session"
BROWSER_COOKIE = "clz-browser"
CSRF_COOKIE = "clz-csrf"
STATIC = Path(__file__).with_name("static")
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
_FILE_ROUTE = re.compile(r"^(?:/gradio_api)?/file(?:=|/)(.*)$")
_PATH_FIELD = re.compile(rb'"path"\s*:\s*"((?:[^"\\]|\\.)*)"')
_SCRIPT = re.compile(rb"<script(?=[\s>])", re.I)
PUBLIC = {"/login", "/login/", "/logout", "/clausier-static/login.css", "/favicon.ico",
          "/gradio_api/startup-events"}  # the last one: gradio calls it itself at launch


def csp(nonce: str | None = None) -> str:
    """The page policy. Gradio's page template carries four inline scripts (its config and
    boot code): they get this response's nonce, nothing else inline runs. Svelte sets
    inline styles, hence style-src 'unsafe-inline' (styles cannot run code; no external
    stylesheet is allowed)."""
    script = "'self'" + (f" 'nonce-{nonce}'" if nonce else "")
    return ("default-src 'self'; "
            f"script-src {script}; "
            "style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; "
            "font-src 'self' data:; "
            "connect-src 'self'; "
            "media-src 'self'; "
            "worker-src 'self' blob:; "
            "object-src 'none'; "
            "base-uri 'self'; "
            "form-action 'self'; "
            "frame-ancestors 'none'")


FILE_CSP = "default-src 'none'; sandbox"  # a served file never runs as a page of the app
HARDENING = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin"),
             (b"x-frame-options", b"DENY"), (b"cross-origin-opener-policy", b"same-origin"),
             (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()")]


# -- ownership of files and upload quotas -------------------------------------------------------
@dataclass
class _Held:
    owner: str
    size: int
    at: float


@dataclass
class FileRegistry:
    """Which principal each served file belongs to (paths resolved), with upload sizes."""

    _files: dict[str, _Held] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @staticmethod
    def key(path: str | os.PathLike) -> str:
        return os.path.realpath(str(path))

    def add(self, owner: str, path: str | os.PathLike, *, uploaded: bool = False) -> None:
        k = self.key(path)
        try:
            size = os.path.getsize(k) if uploaded else 0
        except OSError:
            size = 0
        with self._lock:
            held = self._files.get(k)
            if held is None or held.owner == owner:
                self._files[k] = _Held(owner, size, time.time())

    def owner(self, path: str | os.PathLike) -> str | None:
        with self._lock:
            held = self._files.get(self.key(path))
        return held.owner if held else None

    def usage(self, owner: str, *, since: float = 0.0) -> tuple[int, int]:
        """(uploaded files still on disk since `since`, their bytes) for one principal."""
        with self._lock:
            items = [(k, h) for k, h in self._files.items() if h.owner == owner and h.size and h.at >= since]
        live = [(k, h) for k, h in items if os.path.exists(k)]
        return len(live), sum(h.size for _k, h in live)

    def purge(self, owner: str) -> int:
        """Delete a principal's uploads from disk (the session ended); returns how many."""
        with self._lock:
            mine = [k for k, h in self._files.items() if h.owner == owner]
            for k in mine:
                self._files.pop(k, None)
        n = 0
        for k in mine:
            try:
                os.unlink(k)
                n += 1
            except OSError:
                pass
        return n

    def forget(self, path: str | os.PathLike) -> None:
        with self._lock:
            self._files.pop(self.key(path), None)


@dataclass
class UploadQuota:
    """Per request: at most `files_per_request` files and `request_bytes` bytes. Per principal:
    at most `held_bytes` of uploads on disk and `per_hour` uploads an hour."""

    request_bytes: int
    held_bytes: int
    files_per_request: int = 1
    per_hour: int = 30


# -- the middleware ------------------------------------------------------------------------------
class Guard:
    def __init__(self, app, *, auth: Auth | None = None, registry: FileRegistry | None = None,
                 quota: UploadQuota | None = None, loopback_only: bool = False,
                 on_logout: Callable[[str], None] | None = None) -> None:
        self.app = app
        self.auth = auth if auth is not None and auth.enabled else None
        self.registry = registry or FileRegistry()
        self.quota = quota or UploadQuota(request_bytes=20 * 1024 * 1024, held_bytes=60 * 1024 * 1024)
        self.loopback_only = loopback_only
        self.on_logout = on_logout
        self._upload_times: dict[str, list[float]] = {}

    # gradio's auth_dependency: the logged-in user of a request, or None
    def user(self, request) -> str | None:
        if self.auth is None:
            return None
        return self.auth.user(request.cookies.get(SESSION_COOKIE))

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        req = _Req(scope)
        if self.loopback_only and req.hostname not in LOOPBACK:
            return await _respond(send, 421, "unknown host / hôte inconnu")
        if scope["type"] == "websocket":
            if not req.same_origin() or (self.auth and not self.auth.user(req.cookie(SESSION_COOKIE))):
                return await send({"type": "websocket.close", "code": 1008})
            return await self.app(scope, receive, send)
        if req.method not in SAFE_METHODS and not req.same_origin():
            return await _respond(send, 403, "cross-site request refused / requête d'un autre site refusée")
        path = req.path
        if path.startswith("/gradio_api/deep_link") or "deep_link" in req.query:
            return await _respond(send, 404, "not found")
        if path == "/clausier-static/login.css":
            return await _respond(send, 200, (STATIC / "login.css").read_text(encoding="utf-8"), ctype="text/css")
        if path in ("/login", "/login/", "/logout"):
            if self.auth is None:
                return await _redirect(send, "/")
            return await (self._logout(req, send) if path == "/logout" else self._login(req, receive, send))
        principal, new_browser = self._principal(req)
        if path in PUBLIC:
            return await self.app(scope, receive, self._headers(send, principal=None))
        if self.auth is not None and principal is None:
            if req.method in ("GET", "HEAD") and _is_page(path):
                return await _redirect(send, "/login")
            return await _respond(send, 401, "login required / connexion requise")
        if _FILE_ROUTE.match(path):
            return await self._file(req, principal, scope, receive, send)
        if path.rstrip("/") == "/gradio_api/upload" and req.method == "POST":
            return await self._upload(req, principal, scope, receive, send)
        if path.rstrip("/") in ("/gradio_api/queue/join", "/gradio_api/run/predict") and req.method == "POST":
            receive, refused = await self._check_named_files(principal, receive)
            if refused:
                return await _respond(send, 403, "file not yours / fichier d'un autre utilisateur")
        record = path.startswith("/gradio_api/queue/data")
        cookie = _browser_cookie(principal) if new_browser else None
        return await self.app(scope, receive, self._headers(send, principal=principal, record=record,
                                                            cookie=cookie, page=_is_page(path)))

    # -- who ------------------------------------------------------------------------------
    def _principal(self, req: "_Req") -> tuple[str | None, bool]:
        if self.auth is not None:
            user = self.auth.user(req.cookie(SESSION_COOKIE))
            return (f"user:{user}" if user else None), False
        browser = req.cookie(BROWSER_COOKIE)
        if browser and re.fullmatch(r"[A-Za-z0-9_-]{20,64}", browser):
            return f"browser:{browser}", False
        return f"browser:{secrets.token_urlsafe(24)}", True

    # -- login ----------------------------------------------------------------------------
    async def _login(self, req: "_Req", receive, send, *, message: str = "", status: int = 200,
                     retry: float = 0.0):
        assert self.auth is not None
        if req.method == "POST":
            body = await _read_body(receive, limit=8192)
            form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
            if not self.auth.take_form_token(form.get("csrf"), req.cookie(CSRF_COOKIE)):
                return await self._login_page(send, "Formulaire expiré, réessayez / form expired, try again", 403)
            user = (form.get("username") or "").strip()
            token, wait = self.auth.check(user, form.get("password") or "", ip=req.client)
            if token is None:
                if wait > 0:
                    return await self._login_page(
                        send, f"Trop d'essais : réessayez dans {int(wait) + 1} s / too many attempts: "
                              f"retry in {int(wait) + 1} s", 429, retry=wait)
                return await self._login_page(send, "Identifiants incorrects / wrong user or password", 400)
            return await _redirect(send, "/", cookies=[_cookie(SESSION_COOKIE, token), _cookie(CSRF_COOKIE, "", 0)])
        return await self._login_page(send, message, status, retry=retry)

    async def _login_page(self, send, message: str, status: int = 200, *, retry: float = 0.0):
        assert self.auth is not None
        token = self.auth.new_form_token()
        page = (STATIC / "login.html").read_text(encoding="utf-8")
        msg = f'<p class="error">{_html(message)}</p>' if message else ""
        body = page.replace("{message}", msg).replace("{csrf}", _html(token))
        extra = [(b"retry-after", str(int(retry) + 1).encode())] if retry else []
        return await _respond(send, status, body, ctype="text/html; charset=utf-8",
                              cookies=[_cookie(CSRF_COOKIE, token, 3600)], extra=extra)

    async def _logout(self, req: "_Req", send):
        assert self.auth is not None
        site = req.header("sec-fetch-site")
        if site and site not in ("same-origin", "none"):  # a link on another site cannot log you out
            return await _respond(send, 403, "cross-site request refused")
        user = self.auth.logout(req.cookie(SESSION_COOKIE))
        if user and self.on_logout:
            self.on_logout(user)
        if user:
            self.registry.purge(f"user:{user}")
        return await _redirect(send, "/login", cookies=[_cookie(SESSION_COOKIE, "", 0)])

    # -- files ------------------------------------------------------------------------------
    async def _file(self, req: "_Req", principal, scope, receive, send):
        target = unquote(_FILE_ROUTE.match(req.path).group(1))
        if "://" in target or principal is None or self.registry.owner(target) != principal:
            return await _respond(send, 404, "file not found")
        return await self.app(scope, receive, self._headers(send, principal=principal, file=True))

    async def _upload(self, req: "_Req", principal, scope, receive, send):
        q = self.quota
        length = req.header("content-length")
        if not length or not length.isdigit():
            return await _respond(send, 411, "length required")
        if int(length) > q.request_bytes + 64 * 1024:
            return await _respond(send, 413, "upload too large / fichier trop lourd")
        now = time.time()
        times = [t for t in self._upload_times.get(principal, []) if now - t < 3600]
        if len(times) >= q.per_hour:
            return await _respond(send, 429, "too many uploads this hour / trop de dépôts cette heure-ci")
        self._upload_times[principal] = times + [now]
        captured = _Capture(send)
        await self.app(scope, receive, captured)
        if captured.status != 200:
            return await captured.replay(self._extra_headers(principal, False))
        try:
            paths = [p for p in json.loads(captured.body) if isinstance(p, str)]
        except ValueError:
            paths = []
        for p in paths:
            self.registry.add(principal, p, uploaded=True)
        _n, held = self.registry.usage(principal)
        if len(paths) > q.files_per_request or held > q.held_bytes:
            for p in paths:
                self.registry.forget(p)
                try:
                    os.unlink(p)
                except OSError:
                    pass
            why = ("one file per upload / un fichier par dépôt" if len(paths) > q.files_per_request
                   else "upload quota reached; finish or close a session / quota de dépôts atteint")
            return await _respond(send, 413, why)
        return await captured.replay(self._extra_headers(principal, False))

    async def _check_named_files(self, principal, receive):
        """A queue request naming a file (an input's `path`) must name one of its principal's."""
        body = await _read_body(receive, limit=2 * 1024 * 1024)
        refused = False
        for m in _PATH_FIELD.finditer(body):
            try:
                path = json.loads(b'"' + m.group(1) + b'"')
            except ValueError:
                refused = True
                break
            if principal is None or self.registry.owner(path) != principal:
                refused = True
                break
        sent = [False]

        async def replay():
            if not sent[0]:
                sent[0] = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()
        return replay, refused

    # -- headers ----------------------------------------------------------------------------
    def _extra_headers(self, principal, file: bool) -> list[tuple[bytes, bytes]]:
        return [(b"content-security-policy", (FILE_CSP if file else csp()).encode()), *HARDENING]

    def _headers(self, send, *, principal, record: bool = False, cookie: str | None = None, page: bool = False,
                 file: bool = False):
        """Wrap `send`: security headers on the response, a nonce in HTML pages, file paths in
        queue output recorded as the principal's."""
        state = {"html": False, "start": None, "chunks": []}
        nonce = secrets.token_urlsafe(18)
        registry = self.registry

        async def wrapped(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in (b"content-security-policy", b"x-frame-options")]
                ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                state["html"] = ctype.startswith(b"text/html") and not file
                policy = FILE_CSP if file else csp(nonce if state["html"] else None)
                headers += [(b"content-security-policy", policy.encode()), *HARDENING]
                if state["html"]:
                    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
                    headers.append((b"cache-control", b"no-store"))
                if cookie:
                    headers.append((b"set-cookie", cookie.encode()))
                message = {**message, "headers": headers}
                if state["html"]:
                    state["start"] = message
                    return
                return await send(message)
            if message["type"] == "http.response.body":
                if record and principal:
                    for m in _PATH_FIELD.finditer(message.get("body", b"")):
                        try:
                            p = json.loads(b'"' + m.group(1) + b'"')
                        except ValueError:
                            continue
                        if os.path.isfile(p):
                            registry.add(principal, p)
                if state["html"]:
                    state["chunks"].append(message.get("body", b""))
                    if message.get("more_body"):
                        return
                    body = _SCRIPT.sub(f'<script nonce="{nonce}"'.encode(), b"".join(state["chunks"]))
                    start = state["start"]
                    start["headers"].append((b"content-length", str(len(body)).encode()))
                    await send(start)
                    return await send({"type": "http.response.body", "body": body, "more_body": False})
            return await send(message)

        return wrapped


# -- small HTTP helpers ----------------------------------------------------------------------------
class _Req:
    def __init__(self, scope) -> None:
        self.scope = scope
        self.method = scope.get("method", "GET")
        self.path = scope.get("path", "/")
        self.query = scope.get("query_string", b"").decode("latin-1")
        self.headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        client = scope.get("client") or ("?", 0)
        self.client = str(client[0])
        host = self.headers.get("host", "")
        self.host = host
        self.hostname = urlsplit(f"//{host}").hostname or ""
        cookies = SimpleCookie()
        try:
            cookies.load(self.headers.get("cookie", ""))
        except Exception:  # noqa: BLE001 - a malformed cookie header is no cookie
            pass
        self.cookies = {k: m.value for k, m in cookies.items()}

    def header(self, name: str) -> str | None:
        return self.headers.get(name)

    def cookie(self, name: str) -> str | None:
        return self.cookies.get(name)

    def same_origin(self) -> bool:
        """Origin (or Referer) names this very host; a request carrying neither is allowed (not
        a browser: browsers send Origin on every cross-site POST and on fetch/XHR)."""
        origin = self.headers.get("origin")
        if origin is not None:
            if origin == "null":
                return False
            return urlsplit(origin).netloc.lower() == self.host.lower()
        referer = self.headers.get("referer")
        if referer:
            return urlsplit(referer).netloc.lower() == self.host.lower()
        site = self.headers.get("sec-fetch-site")
        return site in (None, "same-origin", "none")


def _is_page(path: str) -> bool:
    """The app's one page (an HTML navigation target); everything else is an API or a file."""
    return path in ("/", "")


def _html(text: str) -> str:
    import html

    return html.escape(text, quote=True)


def _cookie(name: str, value: str, max_age: int | None = None) -> str:
    parts = [f"{name}={value}", "Path=/", "HttpOnly", "SameSite=Strict"]
    if max_age is not None:
        parts.append(f"Max-Age={max_age}")
    return "; ".join(parts)


def _browser_cookie(principal: str) -> str:
    return _cookie(BROWSER_COOKIE, principal.split(":", 1)[1], 30 * 24 * 3600)


async def _read_body(receive, *, limit: int) -> bytes:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return b""
        chunks.append(chunk)
        if not message.get("more_body"):
            break
    return b"".join(chunks)


async def _respond(send, status: int, body: str, *, ctype: str = "text/plain; charset=utf-8",
                   cookies: list[str] | None = None, extra: list[tuple[bytes, bytes]] | None = None):
    data = body.encode("utf-8")
    headers = [(b"content-type", ctype.encode()), (b"content-length", str(len(data)).encode()),
               (b"cache-control", b"no-store"), (b"content-security-policy", csp().encode()), *HARDENING,
               *(extra or [])]
    headers += [(b"set-cookie", c.encode()) for c in cookies or []]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data, "more_body": False})


async def _redirect(send, location: str, *, cookies: list[str] | None = None):
    headers = [(b"location", location.encode()), (b"content-length", b"0"), (b"cache-control", b"no-store"),
               *HARDENING]
    headers += [(b"set-cookie", c.encode()) for c in cookies or []]
    await send({"type": "http.response.start", "status": 303, "headers": headers})
    await send({"type": "http.response.body", "body": b"", "more_body": False})


class _Capture:
    """Holds a (small) response so it can be inspected before it is sent on."""

    def __init__(self, send) -> None:
        self.send = send
        self.status = 0
        self.headers: list = []
        self.body = b""

    async def __call__(self, message):
        if message["type"] == "http.response.start":
            self.status = message["status"]
            self.headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            self.body += message.get("body", b"")

    async def replay(self, extra: list[tuple[bytes, bytes]]):
        headers = [(k, v) for k, v in self.headers if k.lower() not in (b"content-length",)] + extra
        headers.append((b"content-length", str(len(self.body)).encode()))
        await self.send({"type": "http.response.start", "status": self.status, "headers": headers})
        await self.send({"type": "http.response.body", "body": self.body, "more_body": False})
