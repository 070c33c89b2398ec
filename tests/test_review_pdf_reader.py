"""The PDF reader (PDFium through pypdfium2, pypdf for pages drawing too many forms): the same text as pypdf on
ordinary pages, line-end hyphens mended, encryption and truncation refused, parallel reads kept apart by the lock;
and the review's batched library queries give the labels one query at a time gives."""

from __future__ import annotations

import io
import threading

import pytest

from assistant.legal.review.documents import DocumentError, _pdfium_texts, _pypdf_texts, parse_bytes
from tests.test_documents import pdf_bytes

PAGES = [
    "Contrat de maintenance – Page 1\nArticle 1 – Objet\nLe Prestataire assure la maintenance corrective des postes.\n"
    "Article 2 – Durée\nLe contrat est conclu pour une durée de douze mois.",
    "Contrat de maintenance – Page 2\nArticle 3 – Responsabilité\nLa responsabilité du Prestataire est limitée au\n"
    "montant des sommes versées au cours des douze derniers mois.",
    "Contrat de maintenance – Page 3\nArticle 4 – Réversibilité\nÀ la fin du contrat, les données sont restituées\n"
    "dans un format ouvert, à la demande du Client.",
]


def _words(texts: list[str]) -> list[str]:
    return " ".join(texts).split()


def test_pdfium_reads_the_words_pypdf_reads():
    data = pdf_bytes(PAGES)
    fast, n_fast = _pdfium_texts(data, "c.pdf", 300)
    slow, n_slow = _pypdf_texts(data, "c.pdf", 300)
    assert n_fast == n_slow == 3
    assert _words(fast) == _words(slow)
    assert "Réversibilité" in fast[2] and "douze derniers mois." in fast[1]


def test_line_end_hyphen_is_mended_in_the_document_text():
    data = pdf_bytes(["Article 1 – Objet\nLe Prestataire assume la responsa-\nbilité de la sauvegarde quotidienne des "
                      "serveurs.\nArticle 2 – Durée\nUn an."])
    doc = parse_bytes(data, "h.pdf")
    assert "responsabilité de la sauvegarde" in doc.text
    assert "\x02" not in doc.text


def test_owner_password_only_is_read_and_user_password_is_refused():
    from pypdf import PdfReader, PdfWriter

    def locked(user: str) -> bytes:
        writer = PdfWriter()
        writer.append(PdfReader(io.BytesIO(pdf_bytes(PAGES[:1]))))
        writer.encrypt(user_password=user, owner_password="owner-secret")
        buf = io.BytesIO()
        writer.write(buf)
        return buf.getvalue()

    assert "maintenance corrective" in parse_bytes(locked(""), "open.pdf").text  # no password to open it
    with pytest.raises(DocumentError, match="encrypted"):
        parse_bytes(locked("s3cret"), "locked.pdf")


def test_a_file_without_its_end_marker_is_refused_not_half_read():
    data = pdf_bytes(PAGES * 3)
    with pytest.raises(DocumentError, match="corrupt or truncated"):
        parse_bytes(data[: len(data) - 200], "cut.pdf")
    assert parse_bytes(data + b"\n\n", "trailing.pdf").pages == 9  # whitespace after the marker is ordinary


def test_parallel_reads_keep_each_document_whole():
    docs = {f"d{i}.pdf": pdf_bytes([f"Article {i} – Objet numéro {i}\nClause propre au document {i}, "
                                    f"répétée pour la page {p}." for p in range(1, 5)]) for i in range(6)}
    results: dict[str, str] = {}
    errors: list[BaseException] = []

    def read(name: str) -> None:
        try:
            for _ in range(5):
                results[name] = parse_bytes(docs[name], name).text
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=read, args=(name,)) for name in docs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for i in range(6):
        text = results[f"d{i}.pdf"]
        assert text.count(f"Clause propre au document {i},") == 4
        assert all(f"document {j}," not in text for j in range(6) if j != i)


def test_batched_library_queries_label_as_single_queries(retriever):
    from assistant.legal.review.classify import label_clause, label_clauses
    from assistant.legal.review.segmentation import segment

    text = ("1. Services. Provider shall operate the customer's servers and answer tickets during business hours.\n\n"
            "2. Term. This Agreement starts on the Effective Date and continues for twenty-four months.\n\n"
            "3. Records. Each party keeps the books and records of the work performed for three years.\n\n"
            "4. Personnel. The staff assigned to the services remain under the Provider's sole direction.\n\n"
            "5. Notices. Notices are given in writing to the addresses set out above.\n\n"
            "6. Fees. Customer pays the monthly fee within thirty days of the invoice date.")
    clauses = segment(text)
    batched = label_clauses(clauses, retriever=retriever)
    single = [label_clause(c, retriever=retriever) for c in clauses]
    assert len(batched) == len(clauses) >= 6
    assert [b.topics for b in batched] == [s.topics for s in single]
    assert any(b.topics for b in batched)


def _placed_pdf(runs: list[tuple[float, float, str]]) -> bytes:
    """One page with text runs drawn at (x, y): the layouts a word processor's export produces."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for x, y, text in runs:
        c.drawString(x, y, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_heading_set_apart_on_the_line_of_its_body_gets_a_line_of_its_own():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    body = "Customer agrees to pay the monthly fee within thirty days of the invoice date."
    data = _placed_pdf([(60, 760, "3. RATE"), (210, 760, body),
                        (60, 740, "Provider may invoice the fee on the first day of each month."),
                        (60, 700, "4.1 Term"), (60 + stringWidth("4.1 Term", "Helvetica", 12) + 4, 700,
                                                "This Agreement runs for twelve months from signature."),
                        (60, 680, "Description"), (250, 680, "Monthly fee"), (400, 680, "Units")])
    lines = parse_bytes(data, "set-apart.pdf").text.split("\n")
    assert "3. RATE" in lines and body in lines
    # a heading followed by its body at ordinary word spacing stays one line, as does a table row
    assert any(line.startswith("4.1 Term This Agreement") for line in lines)
    assert any("Description" in line and "Monthly fee" in line for line in lines)


def test_section_number_glued_to_its_title_gets_its_space():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def glued(x: float, y: float, num: str, title: str) -> list[tuple[float, float, str]]:
        return [(x, y, num), (x + stringWidth(num, "Helvetica", 12), y, title)]

    data = _placed_pdf(glued(60, 760, "2.2.", "Availability of the Services. The Provider answers calls.")
                       + glued(60, 740, "1.3", "Termination of Term. Either party may end it on notice.")
                       + glued(60, 720, "(b)", "The Services do not include repairs caused by misuse.")
                       + [(60, 700, "The rate of 3.5% applies to late payments under section 2.2.")])
    text = parse_bytes(data, "glued.pdf").text
    assert "2.2. Availability of the Services." in text
    assert "1.3 Termination of Term." in text
    assert "(b) The Services do not include" in text
    assert "3.5% applies" in text and "section 2.2." in text
