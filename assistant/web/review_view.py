"""The annotated review view: the contract itself, clause by clause, each finding highlighted on
its passage in its severity's colour, the findings beside it in full (reason, legal basis,
negotiation note, proposed wording never cut), accept or reject per finding, the GDPR Art. 28
table, and the download of a tracked-changes DOCX holding only the accepted suggestions.

Actions go through `Clausier` only (review, suggestions, redline). Document text reaches the
page as text: the highlighted contract through gradio's HighlightedText (text nodes, never
HTML) after `render.table_cell`, the findings through `render.markdown` (allow-listed HTML).
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import gradio as gr
import yaml

from assistant.core import UserError
from assistant.paths import PROMPTS_DIR
from assistant.web import render
from assistant.web.session import label_name

MARK = {"high": "🔴", "medium": "🟠", "low": "🟡", None: "🔵"}
COLOUR = {"high": "#fca5a5", "medium": "#fdba74", "low": "#fde68a", None: "#bfdbfe"}
LANGS = ("fr", "en")


@lru_cache(maxsize=1)
def _words() -> dict:
    return yaml.safe_load((PROMPTS_DIR / "redline.yaml").read_text(encoding="utf-8"))["view"]


def words(lang: str) -> dict:
    return _words()[lang if lang in LANGS else "fr"]


@dataclass
class Reviewed:
    """What the view keeps for one reviewed upload (server side, in the session's gr.State)."""

    path: str
    role: str
    doc: Any
    report: Any
    items: list = field(default_factory=list)


def _label(s, lang: str) -> str:
    W = words(lang)
    if s.kind == "missing":
        return f"+ {label_name('topic:' + s.topic, lang)}"
    return f"{s.id.upper()} · {W['severity'].get(s.severity, s.severity or '')}"


def highlighted(reviewed: Reviewed, lang: str) -> tuple[list[tuple[str, str | None]], dict[str, str]]:
    """The contract as (text, label) segments: each finding's passage labelled, the rest plain."""
    text = reviewed.doc.text
    marks = sorted((s for s in reviewed.items if s.span), key=lambda s: s.span[0])
    segments: list[tuple[str, str | None]] = []
    colours: dict[str, str] = {}
    pos = 0
    for s in marks:
        a, b = s.span
        if a < pos:  # overlapping passages: the later one starts where the earlier ends
            a = pos
        if a >= b:
            continue
        if a > pos:
            segments.append((render.table_cell(text[pos:a]), None))
        label = _label(s, lang)
        segments.append((render.table_cell(text[a:b]), label))
        colours[label] = COLOUR.get(s.severity, COLOUR[None])
        pos = b
    if pos < len(text):
        segments.append((render.table_cell(text[pos:]), None))
    for s in reviewed.items:
        if s.kind == "missing":
            label = _label(s, lang)
            segments.append((f"\n\n[{words(lang)['missing']}]", label))
            colours[label] = COLOUR[None]
    return segments, colours


def _quote(text: str) -> str:
    return "\n".join(f"> {line}  " if line.strip() else ">" for line in text.strip().splitlines())


def findings_markdown(reviewed: Reviewed, lang: str) -> str:
    """Every finding in full: severity, where, reason, legal basis, what to ask, the wording."""
    W = words(lang)
    if not reviewed.items:
        return f"_{W['none']}_"
    sep = " :" if lang == "fr" else ":"
    out = [f"### {W['findings']}", ""]
    for s in reviewed.items:
        topic = label_name(f"topic:{s.topic}", lang)
        head = f"#### {MARK.get(s.severity, '')} {s.id.upper() if s.kind == 'flag' else '+'} — {topic}"
        if s.clause:
            head += f" — {s.clause}" if s.clause[:1].isalpha() else f" — {W['clause']} {s.clause}"
        out += [head, ""]
        if s.kind == "missing":
            out += [f"**{W['missing']}.** {W['missing_reason']}", ""]
        else:
            out += [f"**{W['reason']}{sep}** {s.issue}", ""]
        if s.basis:
            out += [f"**{W['basis']}{sep}** {s.basis}", ""]
        if s.ask:
            out += [f"**{W['ask']}{sep}** {s.ask}", ""]
        if s.wording:
            out += [f"**{W['wording']}{sep}**", "", _quote(s.wording), ""]
    return "\n".join(out)


def art28_rows(report, lang: str) -> list[list[str]]:
    W = words(lang)
    data = report.gdpr_art28.to_json()
    return [[render.table_cell(label_name(f"art28:{eid}", lang).replace(" (RGPD art. 28)", "")),
             W["yes"] if v.get("present") else W["no"], render.table_cell(v.get("evidence") or "—")]
            for eid, v in data.get("elements", {}).items()]


def choices(reviewed: Reviewed, lang: str) -> list[tuple[str, str]]:
    return [(f"{MARK.get(s.severity, '')} {s.id.upper() if s.kind == 'flag' else '+'} — "
             f"{label_name('topic:' + s.topic, lang)}", s.id) for s in reviewed.items]


# -- actions (no gradio) ---------------------------------------------------------------------------
def review(h, session, upload, *, role: str) -> Reviewed:
    if not upload:
        raise UserError("déposez un fichier / upload a file (PDF, DOCX, TXT or Markdown)")
    if role not in ("client", "msp"):
        raise UserError("role: expected client or msp")
    path = h.take_upload(session, upload)
    h.app.check_redline_source(path)
    doc = h.app.load_for_review(path)
    report = h.app.review_documents([doc], role=role, mode="separate")[0]
    items = h.app.redline_suggestions(report, doc.text)
    return Reviewed(path=str(path), role=role, doc=doc, report=report, items=items)


def build_redline(h, session, reviewed: Reviewed | None, accepted: list[str] | None) -> str:
    """The tracked-changes DOCX of the accepted suggestions, written in the session directory."""
    if reviewed is None:
        raise UserError("analysez d'abord un document / review a document first")
    known = {s.id for s in reviewed.items}
    chosen = [a for a in (accepted or []) if a in known]
    stem = Path(reviewed.path).stem
    out = session.subdir("redlines") / f"{stem}-redline-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}.docx"
    h.app.redline(reviewed.path, out, role=reviewed.role, doc=reviewed.doc, report=reviewed.report,
                  accepted=chosen)
    return str(out)


# -- layout ------------------------------------------------------------------------------------------
def review_view_tab(h, session: gr.State, *, guarded, user) -> None:
    """The tab; `guarded(n)` turns errors into banners (web/app.py), `user(request)` names the user."""
    fr = words("fr")
    with gr.Tab(fr["tab"], id="review_view", elem_id="tab_review_view"):
        reviewed = gr.State(None)
        intro = gr.Markdown(render.markdown(fr["intro"]), elem_id="rv_intro", latex_delimiters=[])
        with gr.Row():
            with gr.Column(scale=1, min_width=260):
                upload = gr.File(label="Contrat / Contract (PDF, DOCX, TXT, MD)", elem_id="rv_upload",
                                 file_types=[".pdf", ".docx", ".txt", ".md"], file_count="single")
                role = gr.Radio([("Client", "client"), ("Prestataire (MSP)", "msp")], value="client",
                                label="Lu côté / Read as", elem_id="rv_role")
                lang = gr.Radio([("FR", "fr"), ("EN", "en")], value="fr", label="Langue / Language",
                                elem_id="rv_lang")
                go = gr.Button("Analyser / Review", variant="primary", elem_id="rv_go")
                accepted = gr.CheckboxGroup([], value=[], label=fr["accepted"] + " / Accepted suggestions",
                                            elem_id="rv_accepted")
                with gr.Row():
                    accept_all = gr.Button(f"{fr['accept_all']} / Accept all", size="sm", elem_id="rv_accept_all")
                    reject_all = gr.Button(f"{fr['reject_all']} / Reject all", size="sm", elem_id="rv_reject_all")
                build = gr.Button(f"{fr['build']} / Build DOCX", elem_id="rv_build")
                status = gr.Markdown("", elem_id="rv_status", latex_delimiters=[])
                download = gr.DownloadButton(fr["download"], visible=False, elem_id="rv_download")
            with gr.Column(scale=3):
                contract = gr.HighlightedText([], label=f"{fr['contract']} / Contract", elem_id="rv_contract",
                                              combine_adjacent=False, show_legend=True, interactive=False)
            with gr.Column(scale=2):
                findings = gr.Markdown("", elem_id="rv_findings", latex_delimiters=[])
                art28 = gr.Dataframe(headers=["Élément / Element", "Présent / Present", "Preuve / Evidence"],
                                     value=[], wrap=True, interactive=False, elem_id="rv_art28",
                                     label="RGPD article 28 / GDPR Article 28")

    def _views(state: Reviewed, lang_v: str):
        segments, colours = highlighted(state, lang_v)
        return (gr.update(value=segments, color_map=colours), render.markdown(findings_markdown(state, lang_v)),
                art28_rows(state.report, lang_v))

    @guarded(8)
    def on_review(state, file, role_v, lang_v, request: gr.Request):
        state = h.ensure_session(state, user(request))
        got = review(h, state, file, role=role_v)
        contract_v, findings_v, art_v = _views(got, lang_v)
        ids = [s.id for s in got.items]
        return (contract_v, findings_v, art_v, gr.update(choices=choices(got, lang_v), value=ids), got, "",
                gr.update(value=None, visible=False), state)

    go.click(on_review, [session, upload, role, lang],
             [contract, findings, art28, accepted, reviewed, status, download, session],
             concurrency_id="review", concurrency_limit=2)

    @guarded(5)
    def on_lang(state: Reviewed | None, lang_v, chosen):
        W = words(lang_v)
        if state is None:
            return gr.update(), gr.update(), gr.update(), gr.update(), render.markdown(W["intro"])
        contract_v, findings_v, art_v = _views(state, lang_v)
        return (contract_v, findings_v, art_v, gr.update(choices=choices(state, lang_v), value=chosen),
                render.markdown(W["intro"]))

    lang.change(on_lang, [reviewed, lang, accepted], [contract, findings, art28, accepted, intro])

    accept_all.click(lambda state: gr.update(value=[s.id for s in state.items] if state else []), [reviewed],
                     [accepted])
    reject_all.click(lambda: gr.update(value=[]), None, [accepted])

    @guarded(3)
    def on_build(state, got, chosen, lang_v, request: gr.Request):
        state = h.ensure_session(state, user(request))
        path = build_redline(h, state, got, chosen)
        W = words(lang_v)
        note = W["built"].format(n=len(chosen or []), total=len(got.items) if got else 0)
        return render.markdown(note), gr.update(value=path, visible=True), state

    build.click(on_build, [session, reviewed, accepted, lang], [status, download, session])
