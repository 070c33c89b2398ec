"""Document loading on real files: PDF (reportlab, pypdf), DOCX (python-docx) with accents and
tables, TXT/Markdown encodings, and every way a file can be unusable (clear DocumentError,
never a library exception)."""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from assistant.legal.review.documents import DocumentError, load_document, parse_bytes

ACCENTS = "Réversibilité des données, pénalités plafonnées, délai de prise en charge à 4 heures"


def pdf_bytes(pages: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for text in pages:
        y = 800
        for line in text.split("\n"):
            c.drawString(60, y, line)
            y -= 16
        c.showPage()
    c.save()
    return buf.getvalue()


def image_only_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.rect(50, 50, 400, 600, fill=1)  # what a scanned page looks like to a text extractor
    c.showPage()
    c.save()
    return buf.getvalue()


def docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Article 4 – Niveaux de service", level=1)
    d.add_paragraph("Les délais suivants s'appliquent à la réversibilité et aux pénalités :")
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["Priorité", "Prise en charge", "Rétablissement"], ["P1", "30 minutes", "4 heures"],
                             ["P2", "1 heure", "8 heures"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("Article 5 – Pénalités : 2 % de la redevance mensuelle.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_pdf_with_accents_and_pages(tmp_path):
    path = write(tmp_path, "contrat.pdf", pdf_bytes([f"Article 1 – Objet\n{ACCENTS}", "Article 2 – Durée\nun an"]))
    doc = load_document(path)
    assert doc.format == "pdf" and doc.pages == 2 and doc.name == "contrat.pdf"
    assert "Réversibilité des données" in doc.text and "Article 2 – Durée" in doc.text
    assert doc.text.index("Article 1") < doc.text.index("Article 2")


def test_docx_keeps_tables_in_document_order(tmp_path):
    doc = load_document(write(tmp_path, "sla.docx", docx_bytes()))
    assert doc.format == "docx"
    lines = doc.text.splitlines()
    assert "# Article 4 – Niveaux de service" in lines  # heading style kept for segmentation
    assert "P1 | 30 minutes | 4 heures" in lines
    assert "Priorité | Prise en charge | Rétablissement" in lines
    assert lines.index("P1 | 30 minutes | 4 heures") < lines.index("P2 | 1 heure | 8 heures")
    assert doc.text.index("s'appliquent") < doc.text.index("P1 |") < doc.text.index("Article 5 – Pénalités")


def test_txt_utf8_cp1252_and_markdown(tmp_path):
    assert load_document(write(tmp_path, "a.txt", ACCENTS.encode("utf-8"))).text == ACCENTS
    assert load_document(write(tmp_path, "b.txt", ("\ufeff" + ACCENTS).encode("utf-8"))).text == ACCENTS
    legacy = load_document(write(tmp_path, "c.txt", "Durée – préavis de 3 mois".encode("cp1252")))
    assert legacy.text == "Durée – préavis de 3 mois"
    md = load_document(write(tmp_path, "d.md", "## Article 1\r\nTexte du contrat.\r\n".encode()))
    assert md.format == "md" and md.text == "## Article 1\nTexte du contrat."


def test_encrypted_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf_bytes(["Article 1 – Objet du contrat et périmètre"]))))
    writer.encrypt(user_password="s3cret", owner_password="owner")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(DocumentError, match="encrypted"):
        load_document(write(tmp_path, "locked.pdf", buf.getvalue()))


def test_scanned_pdf_without_text(tmp_path):
    with pytest.raises(DocumentError, match="no extractable text"):
        load_document(write(tmp_path, "scan.pdf", image_only_pdf()))


@pytest.mark.parametrize("fraction", [0.3, 0.7, 0.95])
def test_truncated_pdf(tmp_path, fraction):
    data = pdf_bytes([f"Article 1 – Objet\n{ACCENTS}"] * 3)
    with pytest.raises(DocumentError, match="corrupt or truncated"):
        load_document(write(tmp_path, "cut.pdf", data[:int(len(data) * fraction)]))


def test_truncated_docx(tmp_path):
    data = docx_bytes()
    with pytest.raises(DocumentError, match="not a DOCX|corrupt or truncated"):
        load_document(write(tmp_path, "cut.docx", data[: len(data) // 2]))


def test_zip_that_is_not_a_docx(tmp_path):
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a word document")
    with pytest.raises(DocumentError, match="corrupt or truncated"):
        load_document(write(tmp_path, "fake.docx", buf.getvalue()))


@pytest.mark.parametrize("name", ["noise.pdf", "noise.docx", "noise.txt", "noise.md"])
def test_random_bytes(tmp_path, name):
    data = os.urandom(4096)
    with pytest.raises(DocumentError):
        load_document(write(tmp_path, name, data))


@pytest.mark.parametrize("name", ["empty.pdf", "empty.docx", "empty.txt", "empty.md"])
def test_empty_files(tmp_path, name):
    with pytest.raises(DocumentError, match="empty"):
        load_document(write(tmp_path, name, b""))
    with pytest.raises(DocumentError, match="empty"):
        load_document(write(tmp_path, "blank_" + name, b"   \n\n  "))


def test_size_and_page_limits(tmp_path):
    big = write(tmp_path, "big.txt", b"clause " * 2000)
    with pytest.raises(DocumentError, match="too large"):
        load_document(big, max_bytes=10_000)
    assert load_document(big, max_bytes=20_000).format == "txt"
    long_pdf = write(tmp_path, "long.pdf", pdf_bytes([f"Article {i} – Page {i} du contrat" for i in range(1, 6)]))
    with pytest.raises(DocumentError, match="too many pages"):
        load_document(long_pdf, max_pages=4)
    assert load_document(long_pdf, max_pages=5).pages == 5
    with pytest.raises(DocumentError, match="too many pages"):
        load_document(write(tmp_path, "long.txt", ("x" * 2999 + "\n").encode() * 4), max_pages=3)


def test_unsupported_missing_and_directory(tmp_path):
    with pytest.raises(DocumentError, match="unsupported file type"):
        load_document(write(tmp_path, "sheet.xlsx", b"PK\x03\x04"))
    with pytest.raises(DocumentError, match="unsupported file type"):
        load_document(write(tmp_path, "noext", b"text"))
    with pytest.raises(DocumentError, match="no such file"):
        load_document(tmp_path / "missing.pdf")
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    with pytest.raises(DocumentError):
        load_document(folder)
    assert issubclass(DocumentError, ValueError)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(min_size=0, max_size=2048), ext=st.sampled_from([".pdf", ".docx", ".txt", ".md"]),
       prefix=st.sampled_from([b"", b"%PDF-1.7\n", b"PK\x03\x04"]))
def test_any_bytes_give_a_document_or_a_document_error(data, ext, prefix):
    try:
        doc = parse_bytes(prefix + data, "upload" + ext)
    except DocumentError as exc:
        assert str(exc).startswith("upload")
    else:
        assert doc.text.strip() and doc.pages >= 1
