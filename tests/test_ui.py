"""The real Gradio app object over the real assistant: handlers called directly (chat stream,
drafting and review files, glossary), session isolation, errors shown not raised, login pairs."""

from __future__ import annotations

import types

import docx
import pytest

from tests.conftest import CONTRACTS

import gradio as gr  # noqa: E402

from assistant.core import UserError  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.web.app import build_ui, guarded, launch_kwargs, login_users, startup_message  # noqa: E402
from assistant.web import documents as docs  # noqa: E402
from assistant.web.handlers import Handlers  # noqa: E402

CONTRACT = CONTRACTS / "isvtec_contrat_infogerance_fr.txt"
FORM = dict(client_name="Dupont SAS", provider_name="InfoServ", assets=["workstations", "servers", "network"],
            services=["monitoring", "maintenance", "user_support", "backup", "security", "patching"],
            control="shared", hours="business", criticality="medium", users=40, sites=2, monthly_fee_eur=None,
            personal_data=True, on_site=True)


@pytest.fixture(scope="module")
def handlers(app, tmp_path_factory):
    return Handlers(app, root=tmp_path_factory.mktemp("ui-sessions"))


@pytest.fixture(scope="module")
def demo(app, handlers):
    return build_ui(app, handlers=handlers)


def _fn(demo, name):
    return next(f.fn for f in demo.fns.values() if f.name == name)


def test_app_object_has_every_view(demo):
    ids = {b.elem_id for b in demo.blocks.values() if getattr(b, "elem_id", None)}
    expected = {"msg", "send", "chatbot", "sources", "mode", "side", "lang", "new_conv", "conversations",
                "examples", "draft_topic", "draft_position", "draft_btn", "dl_docx", "dl_md", "draft_report",
                "draft_preview", "upload", "review_role", "review_btn", "findings", "art28", "missing",
                "dl_review_md", "dl_review_docx", "ingest_btn", "glossary_term", "glossary_text", "glossary_sources"}
    assert expected <= ids, expected - ids
    names = {f.name for f in demo.fns.values()}
    assert {"on_chat", "on_draft", "on_review", "on_term", "on_load", "on_resume"} <= names


def test_chat_streams_then_shows_verified_answer_and_sources(handlers):
    s = handlers.new_session()
    ups = list(handlers.chat("Combien de temps mon infogéreur a-t-il pour me signaler une fuite de données ?",
                             [], session=s, conversation_id=None, side="client", lang=None))
    assert len(ups) >= 2
    assert ups[0].history[0] == {"role": "user", "content": ups[0].history[0]["content"]}
    assert ups[0].sources == ""  # sources come with the verified answer, at the end
    last = ups[-1]
    answer = last.history[-1]["content"]
    assert last.history[-1]["role"] == "assistant" and "[1]" in answer
    assert "juridique" in answer  # the not-legal-advice notice
    assert "**[1]" in last.sources and last.conversation_id
    assert "offline" in last.mode


def test_follow_up_uses_the_conversation_and_can_be_resumed(handlers, app):
    s = handlers.new_session()
    first = list(handlers.chat("C'est quoi une GTR ?", [], session=s, conversation_id=None, side="client"))[-1]
    second = list(handlers.chat("et en anglais, dans un contrat 24/7 ?", first.history, session=s,
                                conversation_id=first.conversation_id, side="client"))[-1]
    assert second.conversation_id == first.conversation_id
    assert len(second.history) == 4
    assert [cid for _, cid in handlers.conversations(s)] == [first.conversation_id]
    resumed = handlers.resume(s, first.conversation_id)
    assert [m["content"] for m in resumed.history] == [m["content"] for m in second.history]
    assert "**[1]" in resumed.sources


def test_sessions_never_see_each_other(handlers):
    alice, bob = handlers.new_session(), handlers.new_session()
    assert alice.owner != bob.owner and alice.dir != bob.dir
    a = list(handlers.chat("Qu'est-ce que la réversibilité ?", [], session=alice, conversation_id=None))[-1]
    assert handlers.conversations(bob) == []
    with pytest.raises(UserError):
        handlers.resume(bob, a.conversation_id)
    # Bob replaying Alice's id gets a fresh conversation, never hers
    b = list(handlers.chat("Et la GTI ?", [], session=bob, conversation_id=a.conversation_id))[-1]
    assert b.conversation_id != a.conversation_id
    assert len(handlers.resume(alice, a.conversation_id).history) == 2
    # logged-in users own their conversations by name, across sessions
    u1, u2 = handlers.new_session("carol"), handlers.new_session("carol")
    c = list(handlers.chat("C'est quoi un SLA ?", [], session=u1, conversation_id=None))[-1]
    assert [cid for _, cid in handlers.conversations(u2)] == [c.conversation_id] and u1.dir != u2.dir


def test_bad_chat_input_is_a_user_error(handlers):
    s = handlers.new_session()
    with pytest.raises(UserError):
        list(handlers.chat("   ", [], session=s, conversation_id=None))
    with pytest.raises(UserError):
        list(handlers.chat("x" * 5000, [], session=s, conversation_id=None))


def test_wired_chat_function_yields_every_output(demo):
    on_chat = _fn(demo, "on_chat")
    # no history input: the handler rebuilds it from the database (issue 18)
    outs = list(on_chat("Qu'est-ce qu'une obligation de moyens ?", None, None, "msp", "auto",
                        gr.Request(username=None)))
    history, sources, cid, mode, box, state = outs[-1][:6]
    assert len(outs[-1]) == 8 and box == "" and cid and "[1]" in sources and "<strong>" in sources
    assert state.owner.startswith("anon-")
    # shown as a warning banner, outputs left as they were, in the conversation's language (French here)
    with pytest.warns(UserWarning, match="message est vide"):
        outs = list(on_chat("", state, cid, "msp", "auto", gr.Request(username=None)))
    assert len(outs) == 1 and all(isinstance(o, dict) and o.get("__type__") == "update" for o in outs[0])


def test_guarded_hides_internal_failures():
    def boom():
        raise RuntimeError("secret internals /etc/passwd")

    def bad():
        raise UserError("users: a whole number is expected")

    with pytest.raises(gr.Error) as info:
        guarded(1)(boom)()
    assert "secret" not in str(info.value) and "unexpected" in str(info.value)
    with pytest.warns(UserWarning, match="whole number"):
        assert guarded(2)(bad)() == (gr.update(), gr.update())


def test_conversation_drafting_offers_the_draft_as_files(handlers):
    s = handlers.new_session()
    turn = list(handlers.chat("rédige-moi un contrat d'infogérance pour une PME de 40 postes", [], session=s,
                              conversation_id=None, side="client", lang="fr"))[-1]
    turn = list(handlers.chat("vas-y, tout par défaut", turn.history, session=s,
                              conversation_id=turn.conversation_id, side="client", lang="fr"))[-1]
    assert turn.files, turn.history[-1]["content"][:400]
    docx_file = next(f for f in turn.files if f.endswith(".docx"))
    assert s.dir in __import__("pathlib").Path(docx_file).parents
    text = "\n".join(p.text for p in docx.Document(docx_file).paragraphs)
    assert "Réversibilité" in text or "réversibilité" in text


def test_draft_whole_contract_writes_docx_and_markdown(handlers):
    s = handlers.new_session()
    view = docs.draft(handlers, s, FORM, topic=docs.WHOLE_CONTRACT, position="balanced", lang="fr")
    assert view.docx.endswith(".docx") and view.markdown.endswith(".md")
    headings = [p.text for p in docx.Document(view.docx).paragraphs if p.style.name.startswith("Heading")]
    assert sum(h.startswith("Article") for h in headings) >= 15
    assert "Dupont SAS" in view.preview and "Rapport de cohérence" in view.report
    assert "✅" in view.report


def test_draft_one_clause_in_english(handlers):
    s = handlers.new_session()
    view = docs.draft(handlers, s, FORM, topic="sla", position="client", lang="en")
    assert "{" not in view.preview.split("### ")[0]  # no unfilled slot
    assert "obligation" in view.preview.lower()
    body = "\n".join(p.text for p in docx.Document(view.docx).paragraphs)
    assert len(body) > 200


@pytest.mark.parametrize("change, message", [({"users": 0}, "users"), ({"users": 2.5}, "users"),
                                             ({"hours": "sometimes"}, "hours")])
def test_draft_bad_form_is_a_user_error(handlers, change, message):
    with pytest.raises(UserError, match=message):
        docs.draft(handlers, handlers.new_session(), {**FORM, **change}, topic="sla", position="balanced", lang="fr")


def test_draft_unknown_topic_or_position(handlers):
    s = handlers.new_session()
    with pytest.raises(UserError):
        docs.draft(handlers, s, FORM, topic="nope", position="balanced", lang="fr")
    with pytest.raises(UserError):
        docs.draft(handlers, s, FORM, topic="sla", position="tyrant", lang="fr")


def test_review_upload_gives_findings_tables_and_exports(handlers, app):
    s = handlers.new_session()
    view = docs.review(handlers, s, CONTRACT, role="client")
    assert view.findings and all(len(row) == 4 for row in view.findings)
    assert {row[1].split()[-1] for row in view.findings} <= {"high", "medium", "low"}
    assert view.findings[0][1].endswith("high")  # most severe first
    assert view.art28 and all(row[1] in ("oui", "non", "yes", "no") for row in view.art28)
    assert "Protection des données" in view.missing or "data_protection" in view.missing
    assert view.docx and docx.Document(view.docx).paragraphs
    assert s.dir in __import__("pathlib").Path(view.document).parents  # the upload was copied into the session


def test_review_rejects_missing_oversized_and_unreadable_files(handlers, app, tmp_path, monkeypatch):
    s = handlers.new_session()
    with pytest.raises(UserError):
        docs.review(handlers, s, None, role="client")
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (1024 * 1024 + 10))
    monkeypatch.setattr(app.settings, "max_upload_mb", 1)
    with pytest.raises(UserError, match="too large"):
        docs.review(handlers, s, big, role="client")
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(UserError):
        docs.review(handlers, s, junk, role="client")
    with pytest.raises(UserError):
        docs.review(handlers, s, CONTRACT, role="judge")


def test_glossary_lists_every_term_and_explains_with_sources(handlers):
    from assistant.knowledge.taxonomy import load_taxonomy

    choices = handlers.glossary_choices("fr")
    assert {cid for _, cid in choices} == set(load_taxonomy().term_ids)
    text, sources = handlers.explain("gtr", lang="fr")
    assert "rétablissement" in text and "**[1]" in sources
    with pytest.raises(UserError):
        handlers.explain("  ", lang="fr")


def test_login_pairs_bind_address_and_upload_cap_come_from_settings():
    s = Settings(auth="alice:s3cret, bob:pw2")  # a malformed value refuses to start (test_security_http.py)
    assert s.auth_pairs() == [("alice", "s3cret"), ("bob", "pw2")]
    kw = launch_kwargs(types.SimpleNamespace(settings=s))
    assert kw["auth_dependency"] is not None and login_users(kw) == 2
    assert kw["server_name"] == "127.0.0.1" and kw["server_port"] == 7860 and kw["max_file_size"] == "20mb"
    message = startup_message(kw, mode="offline")
    assert "s3cret" not in message and "pw2" not in message and "2 users" in message
    open_kw = launch_kwargs(types.SimpleNamespace(settings=Settings()), host="0.0.0.0", port=9000)
    assert open_kw["auth_dependency"] is None and login_users(open_kw) == 0
    assert open_kw["server_name"] == "0.0.0.0" and open_kw["server_port"] == 9000
    assert "s3cret" not in repr(s)


def test_session_files_are_removed_when_the_session_ends(handlers):
    s = handlers.new_session()
    (s.subdir("uploads") / "x.txt").write_text("x")
    Handlers.end_session(s)
    assert not s.dir.exists()


def test_add_reviewed_document_to_my_library(handlers, app):
    s = handlers.new_session()
    with pytest.raises(UserError):
        docs.add_to_library(handlers, s, None)
    with pytest.raises(UserError):  # another session's file is refused
        docs.add_to_library(handlers, s, str(CONTRACT))
    view = docs.review(handlers, s, CONTRACT, role="client")
    try:
        message = docs.add_to_library(handlers, s, view.document)
        assert message.startswith("✅") and "1 document" in message
        assert app.index.collection.get(where={"owner": s.owner}, limit=1)["ids"]
    finally:  # keep the shared index as the other tests expect it
        app.index.delete_where({"owner": s.owner})


def test_llm_mode_streams_fragments_then_the_verified_answer(app, tmp_path):
    """The LLM seam is the only fake: a scripted model that streams word by word."""
    from tests.llm_helpers import GOOD, MODEL, Q_FR, build_llm_app, scripted

    llm_app = build_llm_app(app, tmp_path, scripted(GOOD), model=MODEL)
    h = Handlers(llm_app, root=tmp_path / "sessions")
    ups = list(h.chat(Q_FR, [], session=h.new_session(), conversation_id=None, side="client"))
    partial = [u.history[-1]["content"] for u in ups[1:-1]]
    assert len(partial) >= 3 and all(GOOD.startswith(p) or p in GOOD for p in partial)
    final = ups[-1]
    assert final.history[-1]["content"].startswith(GOOD.split(" [1]")[0]) and "juridique" in final.history[-1]["content"]
    assert "**[1]" in final.sources and "**[2]" in final.sources
    assert f"llm ({MODEL})" in final.mode and "`llm`" in final.mode
