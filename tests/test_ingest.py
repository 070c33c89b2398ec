"""User documents: real DOCX/PDF/TXT files parsed, chunked, labelled and indexed in a real
Chroma collection (its own, beside the session's knowledge-base index), then searched."""

from __future__ import annotations

import json
import uuid

import pytest

from tests.conftest import run_cli

REVERSIBILITY = ("Article 9 – Réversibilité\n"
                 "9.1 À la fin du contrat, le Prestataire restitue au Client l'ensemble des données hébergées "
                 "dans un format ouvert et documenté, et assiste le nouveau prestataire pendant une période de "
                 "transition de trois mois. Le plan de réversibilité est remis dans les six mois suivant la "
                 "signature et mis à jour chaque année.")
GLACIER = ("Article 3 – Sauvegardes\n"
           "3.1 Les sauvegardes quotidiennes sont répliquées vers le coffre Glacier-Ouessant situé à Brest, "
           "conservées trente jours et testées par une restauration trimestrielle documentée.")
LIABILITY = ("Article 12 – Responsabilité\n"
             "12.1 La responsabilité totale du Prestataire est plafonnée au montant des redevances perçues "
             "au cours des douze derniers mois, sauf faute lourde ou dolosive.")


def _docx(path, blocks):
    import docx

    d = docx.Document()
    d.add_heading("Contrat de maintenance informatique", level=0)
    for block in blocks:
        head, body = block.split("\n", 1)
        d.add_heading(head, level=1)
        d.add_paragraph(body)
    d.save(str(path))
    return path


def _pdf(path, blocks):
    import textwrap

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        try:
            pdfmetrics.registerFont(TTFont("TestSans", candidate))
            font = "TestSans"
        except Exception:  # noqa: BLE001 - the built-in font carries accents too
            pass
    c = canvas.Canvas(str(path), pagesize=A4)
    for block in blocks:  # one clause per page
        t = c.beginText(40, 800)
        t.setFont(font, 10)
        for para in block.split("\n"):
            for line in textwrap.wrap(para, 90):
                t.textLine(line)
        c.drawText(t)
        c.showPage()
    c.save()
    return path


@pytest.fixture(scope="module")
def lib_env(tmp_path_factory):
    """Real embeddings and a real embedded Chroma in a data directory of this module's own."""
    from assistant.factory import build_chroma_client, build_embeddings
    from assistant.settings import Settings

    settings = Settings(data_dir=tmp_path_factory.mktemp("ingest-data"))
    return settings, build_embeddings(settings), build_chroma_client(settings)


@pytest.fixture()
def lib_app(lib_env):
    """A Clausier over a fresh collection holding user records only (no knowledge-base build)."""
    from assistant.core import Clausier
    from assistant.knowledge.index import VectorIndex
    from assistant.knowledge.retrieval import HybridRetriever

    settings, embeddings, client = lib_env
    index = VectorIndex(client=client, name=f"ingest_{uuid.uuid4().hex[:8]}", embeddings=embeddings)
    yield Clausier(settings=settings, index=index, retriever=HybridRetriever(index), _ready=True)
    client.delete_collection(index.name)


def test_docx_pdf_txt_are_searchable_and_cited_as_user_documents(lib_app, tmp_path):
    files = [_docx(tmp_path / "maintenance.docx", [REVERSIBILITY, LIABILITY]),
             _pdf(tmp_path / "sauvegardes.pdf", [GLACIER, LIABILITY]),
             tmp_path / "notes.txt"]
    files[2].write_text("Notes de négociation\n\n" + LIABILITY + "\n\n" + REVERSIBILITY, encoding="utf-8")
    seen = []
    report = lib_app.ingest(files, on_progress=lambda f, m: seen.append((f, m)))

    assert [d.name for d in report.documents] == ["maintenance.docx", "sauvegardes.pdf", "notes.txt"]
    assert report.documents[1].pages == 2 and report.documents[1].format == "pdf"
    assert all(d.chunks >= 2 and d.language == "fr" for d in report.documents)
    assert "reversibility" in report.documents[0].topics and "liability" in report.documents[0].topics
    assert [f for f, _ in seen] == sorted(f for f, _ in seen) and seen[-1][0] == 1.0
    for d in report.documents:  # the original is kept in the library
        assert (lib_app.settings.data_dir / d.path).is_file()
    assert report.to_json()["added"] == 3 and report.to_json()["chunks"] == report.chunks

    hits = lib_app.search("coffre Glacier-Ouessant réplication des sauvegardes", k=3)
    assert hits[0].kind == "user" and hits[0].title.startswith("sauvegardes.pdf")
    assert "Glacier-Ouessant" in hits[0].text and "topic:backup_recovery" in hits[0].labels
    hits = lib_app.search("restitution des données et période de transition", k=3, label="topic:reversibility")
    assert hits and all("topic:reversibility" in h.labels for h in hits)


def test_reingest_replaces_only_that_document(lib_app, tmp_path):
    kept = tmp_path / "autre.txt"
    kept.write_text(LIABILITY, encoding="utf-8")
    doc = tmp_path / "contrat.txt"
    doc.write_text(GLACIER + "\n\n" + REVERSIBILITY, encoding="utf-8")
    first = lib_app.ingest([doc, kept]).documents[0]

    doc.write_text(LIABILITY.replace("douze", "vingt-quatre"), encoding="utf-8")
    second = lib_app.ingest(doc).documents[0]
    assert second.replaced == first.chunks and second.path == first.path
    got = lib_app.index.collection.get(where={"path": first.path}, include=["documents"])
    assert len(got["ids"]) == second.chunks
    assert all("Glacier" not in t for t in got["documents"]) and any("vingt-quatre" in t for t in got["documents"])
    other = lib_app.index.collection.get(where={"path": "library/shared/autre.txt"}, include=[])
    assert len(other["ids"]) >= 1  # the other document is untouched


def test_a_bad_file_in_a_batch_ingests_nothing(lib_app, tmp_path):
    from assistant.core import UserError

    good = tmp_path / "bon.txt"
    good.write_text(GLACIER, encoding="utf-8")
    broken = tmp_path / "casse.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    with pytest.raises(UserError, match="casse.pdf") as info:
        lib_app.ingest([good, broken])
    assert "nothing was ingested" in str(info.value)
    assert lib_app.index.count() == 0
    with pytest.raises(UserError, match="unsupported file type"):
        lib_app.ingest(tmp_path / "photo.png")
    with pytest.raises(UserError, match="no such file"):
        lib_app.ingest(tmp_path / "absent.docx")


def test_chunks_are_paragraph_sized_with_their_heading():
    from assistant.ingest import MAX_WORDS, document_records, paragraph_chunks

    para = ("Le prestataire assure la supervision des serveurs et le traitement des incidents selon les "
            "priorités convenues entre les parties. ") * 4  # ~60 words
    chunks = paragraph_chunks("\n\n".join([para] * 12))
    assert len(chunks) >= 3 and all(len(c.split()) <= MAX_WORDS for c in chunks)
    assert all(len(c.split()) >= 100 for c in chunks[:-1])
    records, lang = document_records(REVERSIBILITY + "\n\n" + LIABILITY, name="x.txt", rel_path="library/shared/x.txt")
    assert lang == "fr" and records[0].text.startswith("Article 9 – Réversibilité")
    assert records[0].kind == "user" and records[0].metadata("e")["path"] == "library/shared/x.txt"


def test_cli_ingest_json_progress_and_errors(tmp_path):
    doc = tmp_path / "clauses.txt"
    doc.write_text(REVERSIBILITY + "\n\n" + LIABILITY, encoding="utf-8")
    data = tmp_path / "data"
    out = run_cli("ingest", str(doc), "--json", "--progress", data_dir=data)
    assert out.returncode == 0, out.stderr
    body = json.loads(out.stdout)
    assert body["added"] == 1 and body["documents"][0]["document"] == "clauses.txt" and body["chunks"] >= 2
    assert "100%" in out.stderr and "[####" in out.stderr
    assert (data / "library" / "shared" / "clauses.txt").is_file()

    bad = tmp_path / "faux.docx"
    bad.write_bytes(b"this is not a zip archive at all")
    for args in ([str(bad)], [str(tmp_path / "absent.pdf")], [str(tmp_path / "vide")]):
        if args[0].endswith("vide"):
            (tmp_path / "vide").mkdir()
        res = run_cli("ingest", *args, data_dir=data)
        assert res.returncode == 2, res.stderr
        assert res.stderr.startswith("error: ") and "Traceback" not in res.stderr


def test_writes_by_another_process_reach_a_running_retriever(lib_env, lib_app, tmp_path):
    """Two app replicas over one collection: what one ingests, the other finds (the collection's
    content version is re-read at most once a second), even when the chunk count is unchanged."""
    import time

    from assistant.knowledge.index import VectorIndex
    from assistant.knowledge.retrieval import HybridRetriever

    settings, embeddings, client = lib_env
    doc = tmp_path / "partage.txt"
    doc.write_text(GLACIER, encoding="utf-8")
    lib_app.ingest(doc)
    other = HybridRetriever(VectorIndex(client=client, name=lib_app.index.name.rsplit("_", 1)[0],
                                        embeddings=embeddings))
    assert other.index.name == lib_app.index.name
    assert "Glacier" in other.search("coffre de sauvegarde répliqué", k=1)[0].text
    doc.write_text(GLACIER.replace("Glacier-Ouessant", "Nuage-Molène"), encoding="utf-8")
    lib_app.ingest(doc)  # same number of chunks: only the version tells
    time.sleep(1.1)
    assert "Nuage-Molène" in other.search("coffre de sauvegarde répliqué", k=1)[0].text


def test_user_documents_are_private_to_their_owner(app, tmp_path):
    """A document one user adds to their library is never cited to another user."""
    doc = tmp_path / "zorglub_playbook.md"
    doc.write_text("# Clause Zorglub\n\nLa clause Zorglub impose au prestataire un délai de prise en charge "
                   "de quarante minutes pour tout incident bloquant signalé par le client Zorglub.\n", encoding="utf-8")
    app.ingest([doc], owner="alice")
    try:
        mine = app.retriever.search("clause Zorglub délai", k=5, owner="alice")
        theirs = app.retriever.search("clause Zorglub délai", k=5, owner="bob")
        anonymous = app.retriever.search("clause Zorglub délai", k=5)
        assert any(r.kind == "user" for r in mine)
        assert not any(r.kind == "user" for r in theirs + anonymous)
        answer = app.chat.turn("que dit la clause Zorglub sur le délai ?", owner="bob").answer
        assert not any(c.kind == "user" for c in answer.citations)
    finally:
        app.index.delete_where({"owner": "alice"})
