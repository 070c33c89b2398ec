"""The annotated review view in a real browser (Debian chromium, as tests/test_e2e_browser.py):
review a contract, accept one finding, reject another, download the redline, and check that
the DOCX holds exactly the accepted suggestion. Screenshots go to docs/screenshots/ under `make screenshots`."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.test_e2e_browser import _open, _shot, browser, server  # noqa: F401 - fixtures
from tests.conftest import CONTRACTS, need

pytestmark = pytest.mark.slow
CONTRACT = CONTRACTS / "isvtec_contrat_infogerance_fr.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_accept_one_reject_another_and_download_the_redline(server, browser, app, tmp_path):  # noqa: F811
    import docx

    from assistant.legal.review.docx_tracked import resolve
    from assistant.legal.review.documents import parse_bytes

    src = need(CONTRACT)
    doc = app.load_for_review(src)
    report = app.review_documents([doc], role="client", mode="separate")[0]
    items = app.redline_suggestions(report, doc.text)
    worded = [s for s in items if s.kind == "flag" and s.wording]
    first = worded[0]
    other = next(s for s in worded[1:] if s.topic != first.topic)

    ctx, page = _open(browser, server)
    page.get_by_role("tab", name="Revue annotée / Annotated review").click()
    page.locator("#rv_upload input[type=file]").set_input_files(str(src))
    page.locator("#rv_upload", has_text=src.name[:6]).wait_for()
    page.click("#rv_go")
    page.locator("#rv_findings", has_text=first.id.upper()).wait_for()
    findings = page.locator("#rv_findings").inner_text()
    last_line = [ln for ln in first.wording.splitlines() if ln.strip()][-1]
    assert norm(last_line) in norm(findings)  # the proposed wording in full, never cut
    assert "…" not in first.wording or "…" in findings
    page.locator("#rv_contract", has_text=first.id.upper()).wait_for()  # the passage is highlighted
    assert "28" in page.locator("#rv_art28").inner_text()
    _shot(page, "review_view")

    page.click("#rv_reject_all")
    boxes = page.locator("#rv_accepted")
    first_box = boxes.get_by_label(re.compile(rf"\b{first.id.upper()}\b"))
    other_box = boxes.get_by_label(re.compile(rf"\b{other.id.upper()}\b"))
    # "reject all" is a round trip to the server: wait until the page shows it before accepting one
    expect(other_box).not_to_be_checked(timeout=90_000)
    expect(first_box).not_to_be_checked(timeout=90_000)
    first_box.check()  # accepted
    expect(first_box).to_be_checked(timeout=90_000)
    assert not other_box.is_checked()  # rejected
    page.click("#rv_build")
    page.locator("#rv_download").wait_for(state="visible")
    page.locator("#rv_status", has_text="1").wait_for()
    with page.expect_download() as info:
        page.click("#rv_download")
    target = tmp_path / "redline.docx"
    info.value.save_as(target)
    _shot(page, "review_view_download")
    ctx.close()

    d = docx.Document(str(target))
    comments = list(d.comments)
    assert len(comments) == 1 and first.issue[:40] in comments[0].text
    accepted = norm(parse_bytes(resolve(target.read_bytes(), accept=True), "a.docx").text)
    assert all(norm(ln) in accepted for ln in first.wording.splitlines() if ln.strip())
    assert not all(norm(ln) in accepted for ln in other.wording.splitlines() if ln.strip())
    rejected = parse_bytes(resolve(target.read_bytes(), accept=False), "r.docx").text
    assert norm(rejected) == norm(re.sub(r"^#+ ", "", doc.text, flags=re.M))
