"""The one renderer for text that reaches the browser: Markdown in, allow-listed HTML out.

Everything the web app shows that may carry text from a document, the knowledge base, a
user or a model goes through here (`markdown` for formatted text, `plain` for text shown
as written). The browser then receives only HTML this module wrote:

- raw HTML in the input is shown as text (`<img …>` appears as the characters `<img …>`);
- images become a text mention `[image: alt — url]`: nothing is fetched;
- links become their text followed by the address in a code span: shown, never a live
  link, so nothing is followed automatically (and no click sends data anywhere);
- no `style`, `class`, `id`, `href`, `src` or event attribute is ever emitted from input,
  so no form, stylesheet, overlay or script can be built from a document or an answer.

Built on markdown-it-py (CommonMark, the parser gradio's own stack uses), with every
render rule that could emit an attribute replaced. Gradio still sanitises what it shows;
this module does not rely on it.
"""

from __future__ import annotations

import html
import re
import unicodedata

from markdown_it import MarkdownIt

# C0/C1 controls (but tab and newline), bidi overrides and lone surrogates: never shown
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
WRAP = '<div class="clz-safe">{}</div>'


def clean(text: object) -> str:
    """Text fit for display: lone surrogates replaced, control characters dropped."""
    value = _SURROGATE.sub("\ufffd", str(text or ""))
    return _CONTROLS.sub("", unicodedata.normalize("NFC", value))


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _text_of(tokens) -> str:
    return "".join(t.content for t in tokens or [] if t.type in ("text", "code_inline")) or ""


def _build() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    rules = md.add_render_rule

    def image(self, tokens, idx, options, env):
        tok = tokens[idx]
        alt = _text_of(tok.children) or tok.content
        src = tok.attrGet("src") or ""
        return f'<span class="clz-media">[image: {_esc(alt)}{" — " + _esc(str(src)) if src else ""}]</span>'

    def link_open(self, tokens, idx, options, env):
        env.setdefault("links", []).append(tokens[idx].attrGet("href") or "")
        return '<span class="clz-link">'

    def link_close(self, tokens, idx, options, env):
        href = env.get("links", [""]).pop() if env.get("links") else ""
        return f'</span> <code>{_esc(str(href))}</code>' if href else "</span>"

    def code_block(self, tokens, idx, options, env):
        body = _esc(tokens[idx].content).rstrip("\n").replace("\n", "<br>")
        return f"<pre><code>{body}</code></pre>\n"

    def plain_open(tag):
        def rule(self, tokens, idx, options, env):
            return f"<{tag}>"
        return rule

    rules("image", image)
    rules("link_open", link_open)
    rules("link_close", link_close)
    rules("code_block", code_block)
    rules("fence", code_block)
    # table cells carry `style="text-align:…"` by default: no attribute may come from input
    for tag in ("th", "td"):
        rules(f"{tag}_open", plain_open(tag))
    for kind in ("ordered_list_open",):  # `start=` is harmless but keep the output attribute-free
        rules(kind, lambda self, tokens, idx, options, env: "<ol>\n")
    return md


_MD = _build()


def markdown(text: object) -> str:
    """Untrusted Markdown (a model answer, an offline answer quoting documents, a Sources
    panel) → HTML made only of allow-listed tags, with no attribute taken from the input."""
    source = clean(text)
    if not source.strip():
        return ""
    out = _MD.render(source, {})
    return WRAP.format(_no_blank_lines(out.strip()))


def plain(text: object) -> str:
    """Text shown exactly as written (streamed, not yet verified output; a user's message):
    escaped, line breaks kept, nothing interpreted."""
    source = clean(text)
    if not source:
        return ""
    body = "<br>".join(_esc(line) for line in source.split("\n"))
    return WRAP.format(f'<p class="clz-plain">{body}</p>')


def _no_blank_lines(out: str) -> str:
    """The frontend reads our HTML as one Markdown HTML block, which a blank line would end."""
    return re.sub(r"\n\s*\n+", "\n", out)


def table_cell(text: object) -> str:
    """A table cell (review findings, Art. 28 evidence): plain text, controls removed; the
    table component shows strings as text."""
    return clean(text)
