"""The clause-bank tab in a real browser (Debian chromium, as tests/test_e2e_browser.py): import a
JSONL bank with one malformed line, search it, read the results with their ids and facts; another
browser session does not see the bank. Screenshot goes to docs/screenshots/ under `make screenshots`."""

from __future__ import annotations

import json

import pytest

from tests.test_e2e_browser import _open, _shot, browser, server  # noqa: F401 - fixtures
from tests.test_precedents import BUYER_CAP, CARVED_CAP, GOVERNING, SELLER_CAP

pytestmark = pytest.mark.slow


def test_import_then_search_my_clause_bank(server, browser, tmp_path):  # noqa: F811
    bank = tmp_path / "mes_clauses.jsonl"
    rows = [json.dumps({"id": "seller-cap", "text": SELLER_CAP}), json.dumps({"id": "buyer-cap", "text": BUYER_CAP}),
            "{broken line", json.dumps({"id": "carved", "text": CARVED_CAP, "title": "Limitation"}),
            json.dumps({"id": "law", "text": GOVERNING})]
    bank.write_text("\n".join(rows) + "\n", encoding="utf-8")

    ctx, page = _open(browser, server)
    page.get_by_role("tab", name="Banque de clauses / Clause bank").click()
    page.locator("#bk_files input[type=file]").set_input_files(str(bank))
    page.locator("#bk_files", has_text="mes_clauses").wait_for()
    page.fill("#bk_bank_name input, #bk_bank_name textarea", "plafonds")
    page.click("#bk_add")
    status = page.locator("#bk_status", has_text="plafonds")
    status.wait_for()
    text = status.inner_text()
    assert "4 ajoutée(s)" in text and "1 ignorée(s)" in text and "mes_clauses.jsonl:3" in text
    page.fill("#bk_query input, #bk_query textarea", "plafond avec exclusion pour dommages corporels")
    page.click("#bk_search")
    results = page.locator("#bk_results", has_text="carved")
    results.wait_for()
    shown = results.inner_text()
    assert "Limitation" in shown and "carve_outs" in shown and "conseil juridique" in shown
    _shot(page, "clause_bank")
    ctx.close()

    other, page2 = _open(browser, server)            # another browser session: another owner
    page2.get_by_role("tab", name="Banque de clauses / Clause bank").click()
    page2.click("#bk_refresh")
    page2.fill("#bk_query input, #bk_query textarea", "liability cap")
    page2.click("#bk_search")
    page2.locator(".toast-body", has_text="choisissez une base").first.wait_for()   # the "choose a bank" banner
    assert "carved" not in page2.locator("#bk_results").inner_text()
    other.close()
