"""Attack suite, document parsing (issue 18, hole 3): a review can no longer tie up the server.
Parsing runs in a worker process with a time limit, a cap on extracted characters, pages
counted from the content (not a DOCX's metadata nor a TXT's form feeds) and a concurrency
limit of its own. (Speed under load is measured in evaluations/bench_isolation.py.)"""

from __future__ import annotations

import io
import threading
import zipfile

import pytest

from assistant.core import UserError
from assistant.legal.review import isolation
from assistant.legal.review.documents import DocumentError, ParsedDocument
from tests.conftest import CONTRACTS

SENTENCE = "Le prestataire assure la maintenance corrective et évolutive du parc informatique du client. "


def test_a_form_feed_no_longer_makes_a_long_text_one_page(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("Article 1 - Objet\n" + SENTENCE * 14_000 + "\f" + "Article 2 - Fin\nFin.", encoding="utf-8")
    with pytest.raises(DocumentError, match="too long|too many pages"):
        isolation.load_isolated(path)


def _docx_claiming_one_page(paragraphs: int, size: int) -> bytes:
    import docx

    d = docx.Document()
    for i in range(paragraphs):
        d.add_paragraph(f"Article {i + 1} - " + SENTENCE * (size // len(SENTENCE)))
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/app.xml":
                data = data.replace(b"<Pages>", b"<Pages>1</Pages><X>") if b"<Pages>" in data else data
            z.writestr(item, data)
    return out.getvalue()


def test_a_docx_whose_metadata_says_one_page_is_counted_from_its_text(tmp_path):
    path = tmp_path / "big.docx"
    path.write_bytes(_docx_claiming_one_page(300, 5000))  # 1.5 M characters: about 375 pages
    with pytest.raises(DocumentError, match="too long|too many pages"):
        isolation.load_isolated(path)


def test_pages_come_from_the_content():
    assert isolation.content_pages("x" * 40_000, 1, "docx") == 10
    assert isolation.content_pages("x" * 40_000, 1, "txt") == 10
    assert isolation.content_pages("x" * 4_000, 12, "pdf") == 12  # a PDF's page objects are real pages


def test_a_parse_past_its_time_limit_is_killed(tmp_path):
    path = CONTRACTS / "isvtec_contrat_infogerance_fr.txt"
    with pytest.raises(DocumentError, match="took too long"):
        isolation.load_isolated(path, time_limit=0.01)  # the worker cannot even start in 10 ms
    doc = isolation.load_isolated(path)  # within the limit: read as before
    assert doc.pages >= 1 and "Article" in doc.text


def test_reviews_wait_for_a_free_worker_then_give_up(monkeypatch):
    monkeypatch.setattr(isolation, "_slots", threading.BoundedSemaphore(1))
    monkeypatch.setattr(isolation, "QUEUE_WAIT", 0.01)
    isolation._slots.acquire()
    try:
        with pytest.raises(DocumentError, match="try again"):
            isolation.load_isolated(CONTRACTS / "isvtec_contrat_infogerance_fr.txt")
    finally:
        isolation._slots.release()


def test_worker_replaces_lone_surrogates(monkeypatch):
    """A PDF whose character map yields U+D800 broke the review: the worker's text is clean."""
    import json

    monkeypatch.setattr(isolation, "load_document",
                        lambda *a, **k: ParsedDocument(name="x.pdf", text="Article 1\ud800 Objet", pages=1, format="pdf"))
    result = isolation._read("x.pdf", 10, 10)
    assert result["text"] == "Article 1\ufffd Objet"
    json.dumps(result, ensure_ascii=True).encode("utf-8")


def test_the_app_reviews_through_the_worker(app, tmp_path, monkeypatch):
    seen = []
    real = isolation.load_isolated

    def spy(path, **kw):
        seen.append(str(path))
        return real(path, **kw)

    monkeypatch.setattr(isolation, "load_isolated", spy)
    report = app.review_file(CONTRACTS / "isvtec_contrat_infogerance_fr.txt")
    assert seen and report.to_json()["clauses"]
    bad = tmp_path / "long.txt"
    bad.write_text(SENTENCE * 14_000 + "\f", encoding="utf-8")
    with pytest.raises(UserError, match="too long|too many pages"):
        app.review_file(bad)
