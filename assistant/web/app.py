"""The web app: streaming chat with its sources, drafting, review and glossary (Gradio).

The only module that imports gradio. It lays out components and wires events to
`handlers` / `documents`, which hold the actions; every `UserError` becomes a
visible warning banner, any other failure a short message (details go to the server log).

Every text shown in the page goes through `web/render.py` here, at the edge: Markdown
outputs as allow-listed HTML, table cells as text, the chat's streamed (not yet verified)
fragments as escaped plain text. The HTTP guard (`web/security.py`: CSP, Origin checks,
login, file ownership, upload quota) is installed around gradio's routes at launch.
"""

from __future__ import annotations

import functools
import inspect
import logging
import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from assistant.web import documents as docs  # noqa: E402
from assistant.web import render  # noqa: E402
from assistant.core import Clausier, UserError  # noqa: E402
from assistant.types import ASSETS, SERVICES  # noqa: E402
from assistant.web.auth import Auth  # noqa: E402
from assistant.web.handlers import EXAMPLES, HEADER, Handlers  # noqa: E402
from assistant.web.review_view import review_view_tab  # noqa: E402
from assistant.web.banks_view import banks_tab  # noqa: E402
from assistant.web.security import SESSION_COOKIE, FileRegistry, Guard, UploadQuota  # noqa: E402

log = logging.getLogger("clausier.ui")
_Markdown = functools.partial(gr.Markdown, latex_delimiters=[])  # no KaTeX on quoted text

CSS = """
#sources, #glossary_sources {max-height: 620px; overflow-y: auto;}
#mode {font-size: 0.9em;}
#whoami {text-align: right;}
.clz-link {text-decoration: underline dotted;}
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


_md = render.markdown  # every Markdown output: allow-listed HTML, nothing fetched, nothing followed


def _rows(rows):
    return [[render.table_cell(c) for c in row] for row in rows or []]


def _chat_view(history: list[dict], *, provisional: bool = False) -> list[dict]:
    """The chat as shown: the user's messages as written, verified answers rendered, and a
    reply still streaming (provisional, unverified model text) as escaped plain text."""
    out = []
    for i, m in enumerate(history):
        last = i == len(history) - 1
        if m.get("role") == "assistant" and not (provisional and last):
            out.append({"role": "assistant", "content": render.markdown(m.get("content", ""))})
        else:
            out.append({"role": m.get("role", "user"), "content": render.plain(m.get("content", ""))})
    return out


def _chat_tab(h: Handlers, session: gr.State) -> gr.Dropdown:
    """Conversation: streaming answers, sources, side, language, examples, history."""
    with gr.Tab("Conversation", id="chat", elem_id="tab_chat"):
        conv_id = gr.State(None)  # server-side: a browser cannot name another owner's conversation
        with gr.Row():
            with gr.Column(scale=3):
                mode = _Markdown(_md(h.mode_markdown()), elem_id="mode", latex_delimiters=[])
                chatbot = gr.Chatbot(elem_id="chatbot", height=520, show_label=False,
                                     buttons=["copy"], feedback_options=None, latex_delimiters=[],
                                     sanitize_html=True, allow_tags=False, allow_file_downloads=False)
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
                _Markdown("### Sources")
                sources = _Markdown("", elem_id="sources")

    @guarded(8)
    def on_chat(message, state, cid, side_v, lang_v, request: gr.Request):
        # the history is rebuilt from the database by the handler: the browser's copy is never an input
        state = h.ensure_session(state, _user(request))
        up = None
        try:
            for up in h.chat(message, None, session=state, conversation_id=cid, side=side_v, lang=lang_v):
                yield (_chat_view(up.history, provisional=up.provisional), _md(up.sources), up.conversation_id,
                       _md(up.mode), "", state, gr.update(), gr.update())
        except UserError as exc:
            if up is None:
                raise
            gr.Warning(str(exc))  # shown in the conversation too, instead of a dangling "…"
            yield (_chat_view(up.history[:-1] + [{"role": "assistant", "content": f"⚠ {exc}"}]), "", cid,
                   _md(up.mode), "", state, gr.update(), gr.update())
            return
        yield (_chat_view(up.history), _md(up.sources), up.conversation_id, _md(up.mode), "", state,
               gr.update(value=up.files or None, visible=bool(up.files)),
               gr.update(choices=h.conversations(state), value=up.conversation_id))

    chat_out = [chatbot, sources, conv_id, mode, msg, session, chat_files, convs]
    chat_in = [msg, session, conv_id, side, lang]
    msg.submit(on_chat, chat_in, chat_out, concurrency_id="chat")
    send.click(on_chat, chat_in, chat_out, concurrency_id="chat")

    def on_new():
        return [], "", None, _md(h.mode_markdown()), gr.update(value=None, visible=False), gr.update(value=None)

    new_conv.click(on_new, None, [chatbot, sources, conv_id, mode, chat_files, convs])

    @guarded(5)
    def on_resume(cid, state, request: gr.Request):
        state = h.ensure_session(state, _user(request))
        up = h.resume(state, cid)
        return (_chat_view(up.history), _md(up.sources), up.conversation_id, state,
                gr.update(value=up.files or None, visible=bool(up.files)))  # the contract in progress

    convs.input(on_resume, [convs, session], [chatbot, sources, conv_id, session, chat_files])
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
                report = _Markdown("", elem_id="draft_report")
                preview = _Markdown("", elem_id="draft_preview", height=640)

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
        return _md(view.preview), _md(view.report), _file(view.docx), _file(view.markdown), state

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
                ingest_msg = _Markdown("", elem_id="ingest_msg")
                missing = _Markdown("", elem_id="missing")
            with gr.Column(scale=3):
                summary = _Markdown("", elem_id="review_summary")
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
        return (_md(view.summary), _rows(view.findings), _md(view.missing), _rows(view.art28), _file(view.markdown),
                _file(view.docx), view.document, "", state)

    review_btn.click(on_review, [session, upload, role],
                     [summary, findings, missing, art28, dl_rmd, dl_rdocx, reviewed, ingest_msg, session],
                     concurrency_id="review", concurrency_limit=2)

    @guarded(1)
    def on_ingest(state, document, request: gr.Request):
        state = h.ensure_session(state, _user(request))
        return _md(docs.add_to_library(h, state, document))

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
                _Markdown("### Sources")
                g_sources = _Markdown("", elem_id="glossary_sources")
            with gr.Column(scale=2):
                g_text = _Markdown("", elem_id="glossary_text")

    @guarded(2)
    def on_term(term_v, lang_v):
        if not term_v:
            return "", ""
        text, src = h.explain(term_v, lang=lang_v)
        return _md(text), _md(src)

    term.change(on_term, [term, g_lang], [g_text, g_sources])

    @guarded(3)
    def on_glossary_lang(lang_v, term_v):
        text, src = on_term(term_v, lang_v)
        return gr.update(choices=h.glossary_choices(lang_v), value=term_v), text, src

    g_lang.change(on_glossary_lang, [g_lang, term], [term, g_text, g_sources])


def build_ui(app: Clausier, *, handlers: Handlers | None = None) -> gr.Blocks:
    """The whole app for one assistant; `handlers` may be given to choose the session directory."""
    h = handlers or Handlers(app)
    # gradio's upload cache is swept every 10 minutes of files older than an hour; a session's own
    # copies go when the session ends (Handlers.end_session)
    with gr.Blocks(title="Clausier", analytics_enabled=False, delete_cache=(600, 3600)) as demo:
        session = gr.State(None, delete_callback=Handlers.end_session)
        with gr.Row():
            _Markdown(_md(HEADER), elem_id="header")
            with gr.Column(scale=0, min_width=220):
                whoami = _Markdown("", elem_id="whoami")
                logout = gr.Button("Se déconnecter / Sign out", link="/logout", size="sm", visible=False,
                                   elem_id="logout")
        with gr.Tabs(elem_id="tabs"):
            convs = _chat_tab(h, session)
            _draft_tab(h, session)
            _review_tab(h, session)
            review_view_tab(h, session, guarded=guarded, user=_user)  # annotated review + redline DOCX
            banks_tab(h, session, guarded=guarded, user=_user)  # the user's own clause banks
            _glossary_tab(h)

        @guarded(4)
        def on_load(state, request: gr.Request):
            user = _user(request)
            state = h.ensure_session(state, user)
            return (state, gr.update(choices=h.conversations(state), value=None), _md(whoami_markdown(user)),
                    gr.update(visible=bool(user)))

        demo.load(on_load, [session], [session, convs, whoami, logout])
    demo.clausier_handlers = h  # for tests and embedding
    return demo


def whoami_markdown(user: str | None) -> str:
    """Who is logged in (nothing when login is off); the name is rendered as text like the rest."""
    return f"Connecté·e / signed in: **{user}**" if user else ""


THEME = dict(primary_hue="indigo", font=["ui-sans-serif", "system-ui", "sans-serif"],
             font_mono=["ui-monospace", "monospace"])  # system fonts: no font download, works offline


def launch_kwargs(app: Clausier, *, host: str | None = None, port: int | None = None,
                  registry: FileRegistry | None = None) -> dict:
    """Everything `launch()` needs from Settings: bind address, login, upload cap, and the HTTP
    guard (web/security.py) around gradio's routes. A malformed CLAUSIER_AUTH raises
    `AuthConfigError`: the server does not start rather than run without login."""
    from starlette.middleware import Middleware

    s = app.settings
    pairs = s.auth_pairs()
    auth = Auth(pairs) if pairs else None
    server = host or s.host
    cap = int(s.max_upload_mb) * 1024 * 1024
    guard = Middleware(Guard, auth=auth, registry=registry or FileRegistry(),
                       quota=UploadQuota(request_bytes=cap, held_bytes=3 * cap),
                       loopback_only=server in ("127.0.0.1", "localhost", "::1"))

    def current_user(request) -> str | None:
        return auth.user(request.cookies.get(SESSION_COOKIE)) if auth else None

    return dict(server_name=server, server_port=port or s.port, auth_dependency=current_user if auth else None,
                app_kwargs={"middleware": [guard]},
                max_file_size=f"{s.max_upload_mb}mb", ssr_mode=False, show_error=False, quiet=True,
                theme=gr.themes.Soft(**THEME), css=CSS, footer_links=[], pwa=False, mcp_server=False)


def login_users(kwargs: dict) -> int:
    """How many users may log in with these launch settings (0: login off)."""
    auth = kwargs["app_kwargs"]["middleware"][0].kwargs.get("auth")
    return len(auth.users) if auth else 0


def startup_message(kwargs: dict, *, mode: str) -> str:
    """What the server log says at start: address, mode, whether login is on (never the passwords)."""
    n = login_users(kwargs)
    login = f"on ({n} users)" if n else "off"
    return f"Clausier on http://{kwargs['server_name']}:{kwargs['server_port']} — mode {mode}, login {login}"


def warm(app: Clausier) -> None:
    """Index, embedding model, catalogue and chat engine ready before the first visitor."""
    app.ensure_index()
    app.retriever.warm()
    app.chat.warm()  # builds the composer and the store (factory), then loads card vectors and rules


def serve(host: str | None = None, port: int | None = None, *, app: Clausier | None = None,
          block: bool = True):
    """Build, warm and launch the app; returns the Blocks (with `block=False`, the server keeps running)."""
    from assistant.factory import build_app

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if app is None:
        from assistant.settings import Settings

        settings = Settings()
        settings.auth_pairs()  # a malformed CLAUSIER_AUTH stops here (AuthConfigError), before any loading
        app = build_app(settings)
    warm(app)
    demo = build_ui(app)
    kwargs = launch_kwargs(app, host=host, port=port)
    demo.queue(default_concurrency_limit=8)  # reviews also pass a limit of their own (legal/review/isolation.py)
    log.info(startup_message(kwargs, mode=app.mode_label))
    demo.launch(prevent_thread_lock=not block, **kwargs)  # session files sit in the temp dir gradio allows
    return demo
