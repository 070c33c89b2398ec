"""The clause-bank tab: the user imports their own clauses (JSONL/CSV records, DOCX/PDF/TXT/MD
split into clauses), lists and removes their banks, and searches precedents in them, each result
with its id, score, source and the facts the review reads in it.

Banks are private to their owner: every call passes the session's owner to `Clausier`, which
keeps each owner's banks apart (assistant/precedents/store.py). Uploads go through
`Handlers.take_upload` (size cap, session directory). Clause text reaches the page through
`render.markdown` (allow-listed HTML, text escaped). Strings: prompts/banks_view.yaml.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import gradio as gr
import yaml

from assistant.core import UserError
from assistant.paths import PROMPTS_DIR
from assistant.web import render
from assistant.web.session import Session

LANGS = ("fr", "en")
SHOWN_PROBLEMS = 5
HIDDEN_FACTS = {"evidence", "lang"}   # the clause is quoted in full below; the language is the page's
UPLOAD_TYPES = [".jsonl", ".ndjson", ".csv", ".docx", ".pdf", ".txt", ".md"]


@lru_cache(maxsize=1)
def _words() -> dict:
    return yaml.safe_load((PROMPTS_DIR / "banks_view.yaml").read_text(encoding="utf-8"))


def words(lang: str) -> dict:
    return _words()[lang if lang in LANGS else "fr"]


def both(key: str) -> str:
    """A label in both languages, French first, as elsewhere in the app."""
    fr, en = words("fr")[key], words("en")[key]
    return fr if fr == en else f"{fr} / {en}"


def _paths(files) -> list[str]:
    if not files:
        return []
    items = files if isinstance(files, (list, tuple)) else [files]
    return [str(getattr(f, "name", f)) for f in items if f]


def import_files(h, session: Session, files, bank: str | None, lang: str = "fr") -> str:
    """Copy the uploads into the session, import them into the owner's bank, say what happened."""
    W = words(lang)
    paths = _paths(files)
    if not paths:
        raise UserError(W["no_files"])
    taken = [h.take_upload(session, p) for p in paths]
    report = h.app.library_add(taken, bank=(bank or "").strip() or None, owner=session.owner)
    out = [W["imported"].format(bank=report.bank, added=report.added, updated=report.updated,
                                unchanged=report.unchanged, skipped=report.skipped, total=report.total)]
    if report.problems:
        out += ["", W["problems"]]
        out += [f"- {Path(p.file).name}:{p.line}: {p.message}" for p in report.problems[:SHOWN_PROBLEMS]]
        if len(report.problems) > SHOWN_PROBLEMS:
            out.append(W["more_problems"].format(n=len(report.problems) - SHOWN_PROBLEMS))
    return "\n".join(out)


def bank_choices(h, session: Session) -> list[tuple[str, str]]:
    """(label, name) of this owner's banks."""
    return [(f"{b.name} ({b.clauses})", b.name) for b in h.app.library_banks(owner=session.owner)]


def remove_bank(h, session: Session, bank: str | None, lang: str = "fr") -> str:
    W = words(lang)
    if not bank:
        raise UserError(W["no_bank"])
    n = h.app.library_remove(bank, owner=session.owner)
    return W["removed"].format(bank=bank, n=n)


def _fact_line(facts: dict) -> str:
    parts = []
    for key, value in facts.items():
        if key in HIDDEN_FACTS or value in (None, "", [], {}, False):
            continue
        if value is True:
            parts.append(key)
            continue
        if isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        parts.append(f"{key}: {value}")
    return " · ".join(parts)


def _quote(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.strip().splitlines())


def results_markdown(results, lang: str = "fr") -> str:
    """Every result in full: rank, id, score, title, source, side, facts, the clause text."""
    W = words(lang)
    sep = " :" if lang == "fr" else ":"
    out = []
    if results.understood:
        out += [f"**{W['understood']}{sep}** {_fact_line(results.understood)}", ""]
    if not results.hits:
        return "\n".join(out + [f"_{W['none_found']}_", "", f"_{results.notice}_"])
    out += [f"### {W['results']}", ""]
    for rank, hit in enumerate(results.hits, 1):
        head = f"#### {rank}. `{hit.id}`" + (f" — {hit.title}" if hit.title else "")
        meta = [f"{W['score']} {hit.score:.3f}"]
        if hit.source:
            meta.append(f"{W['source']}{sep} {Path(hit.source).name}")
        if hit.side:
            meta.append(f"{W['side']}{sep} {hit.side}")
        out += [head, "", " · ".join(meta), ""]
        facts = _fact_line(hit.facts or {})
        if facts:
            out += [f"*{W['facts']}{sep}* {facts}", ""]
        out += [_quote(hit.text), ""]
    out.append(f"_{results.notice}_")
    return "\n".join(out)


def search(h, session: Session, query: str, bank: str | None, k: int, lang: str = "fr") -> str:
    W = words(lang)
    if not bank:
        raise UserError(W["no_bank"])
    results = h.app.search_precedents(query or "", bank=bank, k=int(k or 5), owner=session.owner)
    return results_markdown(results, lang)


def banks_tab(h, session: gr.State, *, guarded, user) -> None:
    """The tab; `guarded(n)` turns errors into banners (web/app.py), `user(request)` names the user."""
    fr = words("fr")
    with gr.Tab(both("tab"), id="banks", elem_id="tab_banks"):
        intro = gr.Markdown(render.markdown(fr["intro"]), elem_id="bk_intro", latex_delimiters=[])
        with gr.Row():
            with gr.Column(scale=1, min_width=260):
                lang = gr.Radio([("FR", "fr"), ("EN", "en")], value="fr", label="Langue / Language",
                                elem_id="bk_lang")
                files = gr.File(label=both("files"), elem_id="bk_files", file_types=UPLOAD_TYPES,
                                file_count="multiple")
                bank_name = gr.Textbox(label=both("bank"), value="", placeholder="default", elem_id="bk_bank_name",
                                       max_length=64)
                add = gr.Button(both("add"), variant="primary", elem_id="bk_add")
                status = gr.Markdown("", elem_id="bk_status", latex_delimiters=[])
                with gr.Row():
                    banks = gr.Dropdown([], value=None, label=both("banks"), elem_id="bk_banks", scale=3)
                    refresh = gr.Button(both("refresh"), size="sm", elem_id="bk_refresh", scale=1)
                remove = gr.Button(both("remove"), size="sm", variant="stop", elem_id="bk_remove")
            with gr.Column(scale=3):
                with gr.Row():
                    query = gr.Textbox(label=both("query"), elem_id="bk_query", scale=4, max_length=2000)
                    k = gr.Slider(1, 20, value=5, step=1, label=both("k"), elem_id="bk_k", scale=1)
                go = gr.Button(both("search"), variant="primary", elem_id="bk_search")
                found = gr.Markdown("", elem_id="bk_results", latex_delimiters=[])

    def _choices(state, chosen=None):
        options = bank_choices(h, state)
        names = [n for _, n in options]
        value = chosen if chosen in names else (names[0] if names else None)
        return gr.update(choices=options, value=value)

    @guarded(4)
    def on_add(state, files_v, name_v, lang_v, request: gr.Request):
        state = h.ensure_session(state, user(request))
        said = import_files(h, state, files_v, name_v, lang_v)
        target = (name_v or "").strip() or "default"
        return render.markdown(said), _choices(state, target), gr.update(value=None), state

    add.click(on_add, [session, files, bank_name, lang], [status, banks, files, session],
              concurrency_id="banks", concurrency_limit=1)

    @guarded(2)
    def on_refresh(state, chosen, request: gr.Request):
        state = h.ensure_session(state, user(request))
        return _choices(state, chosen), state

    refresh.click(on_refresh, [session, banks], [banks, session])

    @guarded(3)
    def on_remove(state, chosen, lang_v, request: gr.Request):
        state = h.ensure_session(state, user(request))
        said = remove_bank(h, state, chosen, lang_v)
        return render.markdown(said), _choices(state), state

    remove.click(on_remove, [session, banks, lang], [status, banks, session])

    @guarded(2)
    def on_search(state, query_v, chosen, k_v, lang_v, request: gr.Request):
        state = h.ensure_session(state, user(request))
        return render.markdown(search(h, state, query_v, chosen, k_v, lang_v)), state

    go.click(on_search, [session, query, banks, k, lang], [found, session], concurrency_id="banks_search",
             concurrency_limit=2)
    query.submit(on_search, [session, query, banks, k, lang], [found, session], concurrency_id="banks_search",
                 concurrency_limit=2)

    lang.change(lambda lang_v: render.markdown(words(lang_v)["intro"]), [lang], [intro])
