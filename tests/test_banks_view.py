"""The web app's clause-bank tab (assistant/web/banks_view.py): import with skipped lines named,
banks private to each browser session's owner, results in full with id, score, source and facts,
clause text escaped, removal, and bad input as a user error (a banner in the page)."""

from __future__ import annotations

import json

import pytest

from assistant.core import Clausier, UserError
from assistant.knowledge.base import KnowledgeBase
from assistant.precedents.engine import PrecedentEngine
from assistant.precedents.store import BankStore
from assistant.settings import Settings
from assistant.web import banks_view as bv
from assistant.web.handlers import Handlers
from tests.test_precedents import BUYER_CAP, CARVED_CAP, GOVERNING, SELLER_CAP, WordHashEmbeddings


@pytest.fixture
def handlers(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    engine = PrecedentEngine(BankStore(tmp_path / "p.sqlite3"), WordHashEmbeddings(), cache_dir=tmp_path / "cache")
    app = Clausier(settings=settings, index=None, retriever=None, chat_model=None, kb=KnowledgeBase(settings.kb_dir),
                   extras={"precedents": engine})
    return Handlers(app, root=tmp_path / "sessions")


def _jsonl(tmp_path, rows, name="mine.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return str(path)


def test_import_search_and_remove_in_the_users_own_bank(handlers, tmp_path):
    alice, bob = handlers.new_session("alice"), handlers.new_session("bob")
    upload = _jsonl(tmp_path, [{"id": "seller-cap", "text": SELLER_CAP},
                               {"id": "buyer-cap", "text": BUYER_CAP, "side": "buyer"},
                               "{not json",
                               {"id": "carved", "text": CARVED_CAP, "metadata": {"title": "Limitation"}},
                               {"id": "law", "text": GOVERNING}])
    said = bv.import_files(handlers, alice, [upload], "caps", "fr")
    assert "Base **caps**" in said and "4 ajoutée(s)" in said and "1 ignorée(s)" in said
    assert "mine.jsonl:3" in said                      # the skipped line is named with its number
    assert bv.bank_choices(handlers, alice) == [("caps (4)", "caps")]
    assert bv.bank_choices(handlers, bob) == []        # private to its owner
    with pytest.raises(UserError):
        bv.search(handlers, bob, "liability cap", "caps", 5, "en")

    out = bv.search(handlers, alice, "cap with a carve-out for bodily injury", "caps", 3, "en")
    assert out.index("`carved`") < out.index("Results") + 200    # the carved cap comes first
    assert "— Limitation" in out and "carve_outs" in out and "score" in out
    assert "not legal advice" in out
    assert out.count("#### ") == 3

    assert "(4 clause(s))" in bv.remove_bank(handlers, alice, "caps", "en")
    assert bv.bank_choices(handlers, alice) == []


def test_clause_text_is_shown_as_text_never_as_html(handlers, tmp_path):
    s = handlers.new_session("carol")
    bv.import_files(handlers, s, [_jsonl(tmp_path, [{"id": "x", "text": "Supplier's liability <script>alert(1)</script>"
                                                                        " shall not exceed the fees paid."}])], None)
    from assistant.web import render

    page = render.markdown(bv.search(handlers, s, "liability cap", "default", 5, "fr"))
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("call", [
    lambda h, s: bv.import_files(h, s, [], "b"),                 # nothing chosen
    lambda h, s: bv.import_files(h, s, ["/nonexistent/x.jsonl"], "b"),
    lambda h, s: bv.search(h, s, "cap", None, 5),                # no bank chosen
    lambda h, s: bv.remove_bank(h, s, None),
])
def test_bad_input_is_a_user_error(handlers, call):
    with pytest.raises(UserError):
        call(handlers, handlers.new_session("dave"))


def test_bad_bank_name_and_unsupported_file_are_user_errors(handlers, tmp_path):
    s = handlers.new_session("erin")
    with pytest.raises(UserError, match="bank name"):
        bv.import_files(handlers, s, [_jsonl(tmp_path, [{"id": "a", "text": SELLER_CAP}])], "no spaces allowed")
    odd = tmp_path / "notes.xlsx"
    odd.write_bytes(b"PK\x03\x04")
    with pytest.raises(UserError, match="unsupported"):
        bv.import_files(handlers, s, [str(odd)], "b")


def test_every_string_exists_in_both_languages():
    assert set(bv.words("fr")) == set(bv.words("en"))


def test_the_tab_is_in_the_app(app, tmp_path):
    from assistant.web.app import build_ui

    demo = build_ui(app, handlers=Handlers(app, root=tmp_path / "ui-sessions"))
    ids = {getattr(b, "elem_id", None) for b in demo.blocks.values()}
    assert {"tab_banks", "bk_files", "bk_search", "bk_results", "bk_banks"} <= ids
