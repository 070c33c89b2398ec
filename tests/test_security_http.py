"""Attack suite, HTTP level (issue 18, holes 4, 5, 6, 9, 10): the real app served on loopback
with login on, attacked with plain HTTP requests as a hostile page or a second user would.

Each test reproduces one hole of the red-team report; before the fix each of them failed
(the request was executed, the file served, the start allowed…)."""

from __future__ import annotations

import json
import re
import socket
import types

import httpx
import pytest

from assistant.settings import AuthConfigError, Settings
from tests.conftest import run_cli

USERS = "alice:alice-pw,bob:bob-pw,carol:carol-pw"
EVIL = "http://evil.example"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(app, tmp_path_factory):
    """The real app (offline) with login on and a 1 MB upload cap, as `serve()` launches it."""
    from assistant.web.app import build_ui, launch_kwargs
    from assistant.web.handlers import Handlers

    settings = Settings(data_dir=app.settings.data_dir, auth=USERS, max_upload_mb=1)
    demo = build_ui(app, handlers=Handlers(app, root=tmp_path_factory.mktemp("http-sessions")))
    port = _free_port()
    kwargs = launch_kwargs(types.SimpleNamespace(settings=settings), port=port)
    demo.queue(default_concurrency_limit=4)
    demo.launch(prevent_thread_lock=True, **kwargs)
    yield f"http://127.0.0.1:{port}"
    demo.close()


def _client(base: str) -> httpx.Client:
    return httpx.Client(base_url=base, follow_redirects=False, timeout=60,
                        headers={"Origin": base, "Referer": base + "/"})


def _login(base: str, user: str, pw: str) -> httpx.Client:
    c = _client(base)
    page = c.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = c.post("/login", data={"username": user, "password": pw, "csrf": token})
    assert r.status_code == 303 and r.headers["location"] == "/", r.text
    assert "clz-session" in c.cookies
    return c


# -- hole 4: login CSRF, no Origin check ---------------------------------------------------------
def test_cross_site_login_post_is_refused(server):
    """A page on another site auto-submitting bob's credentials must not log the browser in."""
    c = _client(server)
    page = c.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = c.post("/login", data={"username": "bob", "password": "bob-pw", "csrf": token},
               headers={"Origin": EVIL, "Referer": EVIL + "/x"})
    assert r.status_code == 403 and "clz-session" not in r.cookies
    # the same with no Origin but a foreign Referer (some browsers, some redirects)
    r = httpx.post(server + "/login", data={"username": "bob", "password": "bob-pw", "csrf": token},
                   headers={"Referer": EVIL + "/x"}, cookies=dict(c.cookies))
    assert r.status_code == 403


def test_login_form_needs_its_csrf_token(server):
    """Without the token bound to the browser's cookie (a forged form cannot read it), no login."""
    c = _client(server)
    r = c.post("/login", data={"username": "bob", "password": "bob-pw"})
    assert r.status_code == 403 and "clz-session" not in r.cookies
    c.get("/login")  # a cookie, but a token from another form
    r = c.post("/login", data={"username": "bob", "password": "bob-pw", "csrf": "forged-token"})
    assert r.status_code == 403 and "clz-session" not in r.cookies


def test_state_changing_requests_from_another_site_are_refused(server):
    alice = _login(server, "alice", "alice-pw")
    hostile = {"Origin": EVIL, "Referer": EVIL + "/"}
    up = alice.post("/gradio_api/upload", files={"files": ("c.txt", b"Article 1 - Objet\nMaintenance.")},
                    headers=hostile)
    assert up.status_code == 403
    join = alice.post("/gradio_api/queue/join", json={"data": ["x"], "fn_index": 0, "session_hash": "abc"},
                      headers=hostile)
    assert join.status_code == 403
    null = alice.post("/gradio_api/queue/join", json={"data": ["x"], "fn_index": 0, "session_hash": "abc"},
                      headers={"Origin": "null"})
    assert null.status_code == 403


def test_session_cookie_is_strict_and_http_only(server):
    c = _client(server)
    page = c.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = c.post("/login", data={"username": "alice", "password": "alice-pw", "csrf": token})
    cookie = next(v for k, v in r.headers.multi_items() if k == "set-cookie" and v.startswith("clz-session="))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


def test_pages_need_login_and_logout_ends_the_session(server):
    anon = _client(server)
    assert anon.get("/").status_code == 303 and anon.get("/").headers["location"] == "/login"
    assert anon.get("/config").status_code == 401
    assert anon.post("/gradio_api/queue/join", json={}).status_code == 401
    alice = _login(server, "alice", "alice-pw")
    assert alice.get("/").status_code == 200
    assert alice.get("/gradio_api/user").json() == "alice"  # the name the page shows
    r = alice.get("/logout", headers={"Sec-Fetch-Site": "same-origin"})
    assert r.status_code == 303 and r.headers["location"] == "/login"
    assert alice.get("/config").status_code == 401
    # a link on another site cannot log a user out
    bob = _login(server, "bob", "bob-pw")
    assert bob.get("/logout", headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert bob.get("/config").status_code == 200


# -- hole 5: no brute-force limit ------------------------------------------------------------------
def test_wrong_passwords_back_off_even_for_the_right_one(server):
    # from an address of its own (127.0.0.2), so the per-address back-off does not reach other tests
    c = httpx.Client(base_url=server, follow_redirects=False, timeout=60,
                     transport=httpx.HTTPTransport(local_address="127.0.0.2"))
    c.headers.update({"Origin": str(c.base_url).rstrip("/"), "Referer": str(c.base_url)})

    def attempt(pw: str) -> httpx.Response:
        page = c.get("/login")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        return c.post("/login", data={"username": user, "password": pw, "csrf": token})

    user = "carol"
    codes = [attempt(f"guess-{i}").status_code for i in range(8)]
    assert codes[:5] == [400] * 5 and set(codes[5:]) == {429}
    r = attempt("carol-pw")  # the right password, during the wait: refused all the same
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1 and "clz-session" not in r.cookies


# -- hole 6: login silently off ------------------------------------------------------------------
@pytest.mark.parametrize("value", ["alice=pw;bob=pw", "alice=pw", "alice:pw,,bob:pw", "alice:pw,broken",
                                   ":nouser", "alice:pw,alice:other", "al ice:pw"])
def test_malformed_auth_refuses_to_start(value):
    from assistant.web.app import launch_kwargs

    with pytest.raises(AuthConfigError):
        Settings(auth=value).auth_pairs()
    with pytest.raises(AuthConfigError):
        launch_kwargs(types.SimpleNamespace(settings=Settings(auth=value)))


def test_cli_serve_exits_2_on_malformed_auth(data_dir):
    r = run_cli("serve", "--port", str(_free_port()), data_dir=data_dir, env_extra={"CLAUSIER_AUTH": "alice=pw;bob=pw"},
                timeout=120)
    assert r.returncode == 2
    assert "CLAUSIER_AUTH" in r.stderr and "Traceback" not in r.stderr and "pw" not in r.stderr.replace("password", "")


# -- hole 10: gradio keys -----------------------------------------------------------------------------
def test_deep_link_route_is_off(server):
    alice = _login(server, "alice", "alice-pw")
    alice.get("/")
    assert alice.get("/gradio_api/deep_link", params={"session_hash": "anything"}).status_code == 404
    assert alice.get("/", params={"deep_link": "abc"}).status_code == 404


def _upload(c: httpx.Client, name: str, data: bytes) -> httpx.Response:
    return c.post("/gradio_api/upload", files=[("files", (name, data))])


def test_an_upload_is_served_only_to_its_owner(server):
    alice, bob = _login(server, "alice", "alice-pw"), _login(server, "bob", "bob-pw")
    r = _upload(alice, "secret.txt", b"Article 1 - Objet\nClause confidentielle d'Alice.")
    assert r.status_code == 200, r.text
    (path,) = r.json()
    assert alice.get(f"/gradio_api/file={path}").status_code == 200
    assert bob.get(f"/gradio_api/file={path}").status_code == 404
    # nor can bob name alice's file as the input of his own review
    config = bob.get("/config").json()
    fn = next(i for i, d in enumerate(config["dependencies"]) if d.get("api_name") == "on_review")
    body = {"data": [None, {"path": path, "meta": {"_type": "gradio.FileData"}}, "client"], "fn_index": fn,
            "session_hash": "bobsession01", "event_data": None, "trigger_id": None}
    assert bob.post("/gradio_api/queue/join", json=body).status_code == 403
    # and a URL through the file route is never fetched for anyone
    assert alice.get("/gradio_api/file=http://127.0.0.1:1/x").status_code == 404


# -- hole 9: resources -----------------------------------------------------------------------------------
def test_upload_quota_per_request_and_per_user(server):
    alice = _login(server, "alice", "alice-pw")
    two = alice.post("/gradio_api/upload", files=[("files", ("a.txt", b"a" * 100)), ("files", ("b.txt", b"b" * 100))])
    assert two.status_code == 413
    big = _upload(alice, "big.txt", b"x" * (2 * 1024 * 1024))  # over the 1 MB cap
    assert big.status_code == 413
    codes = [_upload(alice, f"part{i}.txt", b"y" * (900 * 1024)).status_code for i in range(5)]
    assert codes[:3] == [200, 200, 200] and 413 in codes[3:]  # 3 MB held per user at most


def test_every_response_carries_the_security_policy(server):
    alice = _login(server, "alice", "alice-pw")
    page = alice.get("/")
    policy = page.headers["content-security-policy"]
    assert "img-src 'self' data:" in policy and "object-src 'none'" in policy and "frame-ancestors 'none'" in policy
    script = re.search(r"script-src ([^;]+)", policy).group(1)
    assert "'unsafe-inline'" not in script and "'unsafe-eval'" not in script and "'nonce-" in script
    nonce = re.search(r"'nonce-([^']+)'", script).group(1)
    scripts = re.findall(r"<script[^>]*>", page.text)
    assert scripts and all(f'nonce="{nonce}"' in s for s in scripts)
    for path in ("/login", "/config", "/gradio_api/info", "/nonexistent"):
        assert "content-security-policy" in alice.get(path).headers, path
    assert alice.get("/config").headers["x-content-type-options"] == "nosniff"


def test_history_sent_by_the_browser_is_not_an_input(server):
    """The chat event takes no history from the client: a forged one has nowhere to go."""
    alice = _login(server, "alice", "alice-pw")
    config = alice.get("/config").json()
    chat = next(d for d in config["dependencies"] if d.get("api_name") == "on_chat")
    chatbot = next(c["id"] for c in config["components"] if c.get("props", {}).get("elem_id") == "chatbot")
    assert chatbot not in chat["inputs"]
    assert json.dumps(chat["inputs"])  # the event exists and is wired
