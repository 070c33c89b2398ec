"""The web app: streaming chat with its sources, drafting, review and glossary (Gradio).

The only module that imports gradio. It lays out components and wires events to
`ui_handlers` / `ui_documents`, which hold the actions; every `UserError` becomes a
visible warning banner, any other failure a short message (details go to the server log).
"""

from __future__ import annotations

import functools
import inspect
import logging
import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from assistant.web import documents as docs  # noqa: E402
from assistant.core import Clausier, UserError  # noqa: E402
from assistant.types import ASSETS, SERVICES  # noqa: E402
from assistant.web.handlers import EXAMPLES, HEADER, Handlers  # noqa: E402

log = logging.getLogger("clausier.ui")

CSS = """
#sources, #glossary_sources {max-height: 620px; overflow-y: auto;}
#mode {font-size: 0.9em;}
footer {display: none !important;}
"""
FAILURE = "Erreur inattendue, consignée dans le journal du serveur / unexpected failure, logged on the server"


def _recover(exc: Exception, outputs: int):
    """Bad input → a warning banner, outputs left as they were; anything else → a short error
    banner, the details in the server log only (never a traceback in the page)."""
    if isinstance(exc, UserError):
        gr.Warning(str(exc))
        return gr.update() if outputs == 1 else tuple(gr.update() for _ in range(outputs))
    if isinstance(exc, gr.Error):
        raise exc
    log.exception("UI action failed")
    raise gr.Error(FAILURE, print_exception=False) from None


def guarded(outputs: int):
    """Wrap an event function (plain or generator) with `_recover`."""
    def wrap(fn):
        if inspect.isgeneratorfunction(fn):
            @functools.wraps(fn)
            def gen(*args, **kwargs):
                try:
                    yield from fn(*args, **kwargs)
                except Exception as exc:  # noqa: BLE001 - turned into a message
                    yield _recover(exc, outputs)
            return gen

        @functools.wraps(fn)
        def call(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - turned into a message
                return _recover(exc, outputs)
        return call
    return wrap


def _user(request: gr.Request | None) -> str | None:
    return getattr(request, "username", None) or None


def _file(path: str | None):
    return gr.update(value=path, visible=bool(path))


def _chat_tab(h: Handlers, session: gr.State) -> gr.Dropdown:
    """Conversation: streaming answers, sources, side, language, examples, history."""
    with gr.Tab("Conversation", id="chat", elem_id="tab_chat"):
        conv_id = gr.State(None)  # server-side: a browser cannot name another owner's conversation
        with gr.Row():
            with gr.Column(scale=3):
                mode = gr.Markdown(h.mode_markdown(), elem_id="mode")
                chatbot = gr.Chatbot(elem_id="chatbot", height=520, show_label=False,
                                     buttons=["copy"], feedback_options=None)
                with gr.Row():
                    msg = gr.Textbox(elem_id="msg", show_label=False, scale=5, lines=1, max_lines=8,
                                     placeholder="Posez votre question… / Ask your question…")
                    send = gr.Button("Envoyer / Send", elem_id="send", variant="primary", scale=1)
                chat_files = gr.File(label="Brouillon / Draft", elem_id="chat_files", visible=False,
                                     file_count="multiple", interactive=False)
                gr.Examples(EXAMPLES, inputs=[msg], elem_id="examples", label="Exemples / Examples")
            with gr.Column(scale=2):
                with gr.Row():
                    side = gr.Radio([("Client", "client"), ("Prestataire (MSP)", "msp")], value="client",
                                    label="Je suis / I am", elem_id="side")
                    lang = gr.Radio([("Auto", "auto"), ("FR", "fr"), ("EN", "en")], value="auto",
                                    label="Langue / Language", elem_id="lang")
                with gr.Row():
                    new_conv = gr.Button("Nouvelle conversation / New", elem_id="new_conv", size="sm")
                convs = gr.Dropdown(choices=[], value=None, label="Mes conversations / My conversations",
                                    elem_id="conversations", interactive=True)
                gr.Markdown("### Sources")
                sources = gr.Markdown("", elem_id="sources")

    @guarded(8)
    def on_chat(message, history, state, cid, side_v, lang_v, request: gr.Request):
        state = h.ensure_session(state, _user(request))
        up = None
        try:
            for up in h.chat(message, history, session=state, conversation_id=cid, side=side_v, lang=lang_v):
                yield up.history, up.sources, up.conversation_id, up.mode, "", state, gr.update(), gr.update()
        except UserError as exc:
            if up is None:
                raise
            gr.Warning(str(exc))  # shown in the conversation too, instead of a dangling "…"
            yield (up.history[:-1] + [{"role": "assistant", "content": f"⚠ {exc}"}], "", cid, up.mode, "",
                   state, gr.update(), gr.update())
            return
        yield (up.history, up.sources, up.conversation_id, up.mode, "", state,
               gr.update(value=up.files or None, visible=bool(up.files)),
               gr.update(choices=h.conversations(state), value=up.conversation_id))

    chat_out = [chatbot, sources, conv_id, mode, msg, session, chat_files, convs]
    chat_in = [msg, chatbot, session, conv_id, side, lang]
    msg.submit(on_chat, chat_in, chat_out, concurrency_id="chat")
    send.click(on_chat, chat_in, chat_out, concurrency_id="chat")

    def on_new():
        return [], "", None, h.mode_markdown(), gr.update(value=None, visible=False), gr.update(value=None)

    new_conv.click(on_new, None, [chatbot, sources, conv_id, mode, chat_files, convs])

    @guarded(4)
    def on_resume(cid, state, request: gr.Request):
        state = h.ensure_session(state, _user(request))
        up = h.resume(state, cid)
        return up.history, up.sources, up.conversation_id, state

    convs.input(on_resume, [convs, session], [chatbot, sources, conv_id, session])
    return convs


def _draft_tab(h: Handlers, session: gr.State) -> None:
    """Drafting: scope form, position, clause or whole contract, report, downloads."""
    with gr.Tab("Rédaction / Drafting", id="draft", elem_id="tab_draft"):
        with gr.Row():
            with gr.Column(scale=2):
                with gr.Row():
                    client_name = gr.Textbox(label="Client", elem_id="client_name")
                    provider_name = gr.Textbox(label="Prestataire / Provider", elem_id="provider_name")
                assets = gr.CheckboxGroup(list(ASSETS), value=["workstations", "servers", "network"],
                                          label="Équipements / Assets", elem_id="assets")
                services = gr.CheckboxGroup(list(SERVICES), label="Services", elem_id="services",
                                            value=["monitoring", "maintenance", "user_support", "backup",
                                                   "security", "patching"])
                with gr.Row():
                    control = gr.Radio(["shared", "exclusive"], value="shared", label="Contrôle / Control",
                                       elem_id="control")
                    hours = gr.Radio(["business", "extended", "24x7"], value="business",
                                     label="Horaires / Hours", elem_id="hours")
                    criticality = gr.Radio(["low", "medium", "high"], value="medium",
                                           label="Criticité / Criticality", elem_id="criticality")
                with gr.Row():
                    users = gr.Number(25, label="Utilisateurs / Users", precision=0, minimum=1,
                                      elem_id="users")
                    sites = gr.Number(1, label="Sites", precision=0, minimum=1, elem_id="sites")
                    fee = gr.Number(None, label="Redevance mensuelle € (option)", elem_id="fee")
                with gr.Row():
                    personal = gr.Checkbox(True, label="Données personnelles / Personal data",
                                           elem_id="personal_data")
                    on_site = gr.Checkbox(True, label="Interventions sur site / On-site",
                                          elem_id="on_site")
            with gr.Column(scale=3):
                with gr.Row():
                    topic = gr.Dropdown(docs.topic_choices("fr"), value=docs.WHOLE_CONTRACT,
                                        label="Clause ou contrat / Clause or contract", elem_id="draft_topic")
                    position = gr.Radio([("Prestataire", "msp"), ("Équilibrée", "balanced"),
                                         ("Client", "client")], value="balanced", label="Position",
                                        elem_id="draft_position")
                    draft_lang = gr.Radio(["fr", "en"], value="fr", label="Langue / Language",
                                          elem_id="draft_lang")
                draft_btn = gr.Button("Rédiger / Draft", variant="primary", elem_id="draft_btn")
                with gr.Row():
                    dl_docx = gr.DownloadButton("Télécharger DOCX", visible=False, elem_id="dl_docx")
                    dl_md = gr.DownloadButton("Télécharger Markdown", visible=False, elem_id="dl_md")
                report = gr.Markdown("", elem_id="draft_report")
                preview = gr.Markdown("", elem_id="draft_preview", height=640)

    form_in = [client_name, provider_name, assets, services, control, hours, criticality, users, sites, fee,
               personal, on_site]

    @guarded(5)
    def on_draft(state, topic_v, position_v, lang_v, client_v, provider_v, assets_v, services_v, control_v,
                 hours_v, crit_v, users_v, sites_v, fee_v, personal_v, on_site_v, request: gr.Request):
        state = h.ensure_session(state, _user(request))
        form = dict(client_name=client_v, provider_name=provider_v, assets=assets_v, services=services_v,
                    control=control_v, hours=hours_v, criticality=crit_v, users=users_v, sites=sites_v,
                    monthly_fee_eur=fee_v, personal_data=personal_v, on_site=on_site_v)
        view = docs.draft(h, state, form, topic=topic_v, position=position_v, lang=lang_v)
        return view.preview, view.report, _file(view.docx), _file(view.markdown), state

    draft_btn.click(on_draft, [session, topic, position, draft_lang, *form_in],
                    [preview, report, dl_docx, dl_md, session])
    draft_lang.change(lambda v, cur: gr.update(choices=docs.topic_choices(v), value=cur),
                      [draft_lang, topic], [topic])


def _review_tab(h: Handlers, session: gr.State) -> None:
    """Review: upload, findings, missing essentials, Art. 28 table, exports, library."""
    with gr.Tab("Revue / Review", id="review", elem_id="tab_review"):
        reviewed = gr.State(None)  # the session copy of the last reviewed upload
        with gr.Row():
            with gr.Column(scale=1):
                upload = gr.File(label="Contrat / Contract (PDF, DOCX, TXT, MD)", elem_id="upload",
                                 file_types=[".pdf", ".docx", ".txt", ".md"], file_count="single")
                role = gr.Radio([("Client", "client"), ("Prestataire (MSP)", "msp")], value="client",
                                label="Lu côté / Read as", elem_id="review_role")
                review_btn = gr.Button("Analyser / Review", variant="primary", elem_id="review_btn")
                with gr.Row():
                    dl_rmd = gr.DownloadButton("Revue .md", visible=False, elem_id="dl_review_md")
                    dl_rdocx = gr.DownloadButton("Revue .docx", visible=False, elem_id="dl_review_docx")
                ingest_btn = gr.Button("Ajouter à ma bibliothèque / Add to my library",
                                       elem_id="ingest_btn", size="sm")
                ingest_msg = gr.Markdown("", elem_id="ingest_msg")
                missing = gr.Markdown("", elem_id="missing")
            with gr.Column(scale=3):
                summary = gr.Markdown("", elem_id="review_summary")
                findings = gr.Dataframe(headers=["Thème / Topic", "Gravité / Severity", "Problème / Issue",
                                                 "Suggestion"], value=[], wrap=True, interactive=False,
                                        elem_id="findings", label="Points de vigilance / Findings",
                                        column_widths=["18%", "11%", "35%", "36%"], max_chars=400)
                art28 = gr.Dataframe(headers=["Élément / Element", "Présent / Present", "Preuve / Evidence"],
                                     value=[], wrap=True, interactive=False, elem_id="art28",
                                     label="RGPD article 28", column_widths=["30%", "10%", "60%"], max_chars=400)

    @guarded(9)
    def on_review(state, file, role_v, request: gr.Request):
        state = h.ensure_session(state, _user(request))
        view = docs.review(h, state, file, role=role_v)
        return (view.summary, view.findings, view.missing, view.art28, _file(view.markdown),
                _file(view.docx), view.document, "", state)

    review_btn.click(on_review, [session, upload, role],
                     [summary, findings, missing, art28, dl_rmd, dl_rdocx, reviewed, ingest_msg, session])

    @guarded(1)
    def on_ingest(state, document, request: gr.Request):
        state = h.ensure_session(state, _user(request))
        return docs.add_to_library(h, state, document)

    ingest_btn.click(on_ingest, [session, reviewed], [ingest_msg])


def _glossary_tab(h: Handlers) -> None:
    """Glossary: every taxonomy term, explained with its sources."""
    with gr.Tab("Glossaire / Glossary", id="glossary", elem_id="tab_glossary"):
        with gr.Row():
            with gr.Column(scale=1):
                term = gr.Dropdown(h.glossary_choices("fr"), value=None, allow_custom_value=True,
                                   label="Terme (tapez pour chercher) / Term (type to search)",
                                   elem_id="glossary_term")
                g_lang = gr.Radio(["fr", "en"], value="fr", label="Langue / Language", elem_id="glossary_lang")
                gr.Markdown("### Sources")
                g_sources = gr.Markdown("", elem_id="glossary_sources")
            with gr.Column(scale=2):
                g_text = gr.Markdown("", elem_id="glossary_text")

    @guarded(2)
    def on_term(term_v, lang_v):
        if not term_v:
            return "", ""
        return h.explain(term_v, lang=lang_v)

    term.change(on_term, [term, g_lang], [g_text, g_sources])

    @guarded(3)
    def on_glossary_lang(lang_v, term_v):
        text, src = on_term(term_v, lang_v)
        return gr.update(choices=h.glossary_choices(lang_v), value=term_v), text, src

    g_lang.change(on_glossary_lang, [g_lang, term], [term, g_text, g_sources])


def build_ui(app: Clausier, *, handlers: Handlers | None = None) -> gr.Blocks:
    """The whole app for one assistant; `handlers` may be given to choose the session directory."""
    h = handlers or Handlers(app)
    with gr.Blocks(title="Clausier", analytics_enabled=False, delete_cache=(3600, 7200)) as demo:
        session = gr.State(None, delete_callback=Handlers.end_session)
        gr.Markdown(HEADER, elem_id="header")
        with gr.Tabs(elem_id="tabs"):
            convs = _chat_tab(h, session)
            _draft_tab(h, session)
            _review_tab(h, session)
            _glossary_tab(h)

        @guarded(2)
        def on_load(state, request: gr.Request):
            state = h.ensure_session(state, _user(request))
            return state, gr.update(choices=h.conversations(state), value=None)

        demo.load(on_load, [session], [session, convs])
    demo.clausier_handlers = h  # for tests and embedding
    return demo


THEME = dict(primary_hue="indigo", font=["ui-sans-serif", "system-ui", "sans-serif"],
             font_mono=["ui-monospace", "monospace"])  # system fonts: no font download, works offline


def launch_kwargs(app: Clausier, *, host: str | None = None, port: int | None = None) -> dict:
    """Everything `launch()` needs from Settings: bind address, login, upload cap."""
    s = app.settings
    pairs = s.auth_pairs()
    return dict(server_name=host or s.host, server_port=port or s.port, auth=pairs or None,
                auth_message="Clausier — connexion / sign in" if pairs else None,
                max_file_size=f"{s.max_upload_mb}mb", ssr_mode=False, show_error=False, quiet=True,
                theme=gr.themes.Soft(**THEME), css=CSS, footer_links=[], pwa=False, mcp_server=False)


def startup_message(kwargs: dict, *, mode: str) -> str:
    """What the server log says at start: address, mode, whether login is on (never the passwords)."""
    login = f"on ({len(kwargs['auth'])} users)" if kwargs.get("auth") else "off"
    return f"Clausier on http://{kwargs['server_name']}:{kwargs['server_port']} — mode {mode}, login {login}"


def warm(app: Clausier) -> None:
    """Index, embedding model, catalogue and chat engine ready before the first visitor."""
    app.ensure_index()
    app.retriever.warm()
    _ = app.chat  # builds the composer and the conversation store (through the factory's builder)


def serve(host: str | None = None, port: int | None = None, *, app: Clausier | None = None,
          block: bool = True):
    """Build, warm and launch the app; returns the Blocks (with `block=False`, the server keeps running)."""
    from assistant.factory import build_app

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    app = app or build_app()
    warm(app)
    demo = build_ui(app)
    kwargs = launch_kwargs(app, host=host, port=port)
    demo.queue(default_concurrency_limit=8)
    log.info(startup_message(kwargs, mode=app.mode_label))
    demo.launch(prevent_thread_lock=not block, **kwargs)  # session files sit in the temp dir gradio allows
    return demo
