"""Redlines (issue 16): the review written into the user's own DOCX as tracked changes and
comments, checked by reading the output back (python-docx), accepting and rejecting every
change, and comparing the untouched parts of the package byte for byte."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest

from assistant.legal.review.docx_tracked import AUTHOR, resolve
from assistant.legal.review.documents import load_document, parse_bytes
from assistant.legal.review.redline import counter_suggestions, suggestions, write_redline
from assistant.legal.review.report import review_document
from tests.conftest import CONTRACTS, need

IAAS = CONTRACTS / "cloudtemple_convention_services_iaas_fr.docx"
ISVTEC = CONTRACTS / "isvtec_contrat_infogerance_fr.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def text_of(data: bytes) -> str:
    return parse_bytes(data, "x.docx").text


def lines_in(wording: str, text: str) -> list[str]:
    """The lines of `wording` missing from `text` (whitespace-normalised)."""
    flat = norm(text)
    return [ln for ln in wording.splitlines() if ln.strip() and norm(ln) not in flat]


def canonical(xml: bytes) -> bytes:
    """The same XML whatever the serialisation (python-docx rewrites the parts it parsed)."""
    from lxml import etree

    return etree.tostring(etree.fromstring(xml))


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def redline_of(src: Path, out: Path, **kw):
    doc = load_document(src)
    report = review_document(doc, retriever=None, role=kw.pop("role", "client"))
    items = suggestions(report, doc.text)
    result = write_redline(out, text=doc.text, report=report, items=items,
                           source=src if src.suffix == ".docx" else None, name=doc.name, **kw)
    return doc, report, items, result


def revisions(path: Path) -> tuple[list, list]:
    body = docx.Document(str(path)).element.body
    return list(body.iter(f"{W}ins")), list(body.iter(f"{W}del"))


# -- the user's own DOCX ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def iaas(tmp_path_factory):
    src = need(IAAS)
    out = tmp_path_factory.mktemp("redline") / "iaas.redline.docx"
    before = sha(src)
    doc, report, items, result = redline_of(src, out)
    assert sha(src) == before  # the input is never written
    return src, out, doc, report, items, result


def test_every_suggestion_becomes_a_change_on_its_passage(iaas):
    src, out, doc, report, items, result = iaas
    assert items and len(result.changes) == len(items)
    flags = [s for s in items if s.kind == "flag"]
    assert flags and all(s.passage for s in flags)
    by_id = {c.id: c for c in result.changes}
    for s in flags:
        change = by_id[s.id]
        assert change.located, s.id
        assert change.action == ("replace" if s.wording else "comment")
    assert {c.id for c in result.changes if c.action == "insert"} == {f"m-{t}" for t in report.missing_essential}


def test_revision_marks_and_comments_are_by_clausier_and_dated(iaas):
    _src, out, _doc, _report, items, _result = iaas
    d = docx.Document(str(out))  # python-docx reads the output
    ins, dels = revisions(out)
    assert ins and dels
    for el in ins + dels:
        assert el.get(f"{W}author") == AUTHOR
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", el.get(f"{W}date"))
    comments = list(d.comments)
    assert len(comments) == len(items)
    assert all(c.author == AUTHOR for c in comments)
    body = d.element.body
    starts = {e.get(f"{W}id") for e in body.iter(f"{W}commentRangeStart")}
    ends = {e.get(f"{W}id") for e in body.iter(f"{W}commentRangeEnd")}
    refs = {e.get(f"{W}id") for e in body.iter(f"{W}commentReference")}
    assert starts == ends == refs == {str(c.comment_id) for c in comments}
    flag = next(s for s in items if s.kind == "flag")
    first = next(c for c in comments if flag.issue[:40] in c.text)
    assert flag.basis in first.text and flag.ask in first.text
    with zipfile.ZipFile(out) as z:
        types = z.read("[Content_Types].xml").decode()
        rels = z.read("word/_rels/document.xml.rels").decode()
    assert "wordprocessingml.comments+xml" in types and "relationships/comments" in rels


def test_accept_all_holds_every_wording_and_no_deleted_passage(iaas):
    _src, out, doc, _report, items, result = iaas
    accepted = text_of(resolve(out.read_bytes(), accept=True))
    for s in items:
        if s.wording:
            assert not lines_in(s.wording, accepted), s.id
    for c in result.changes:
        if c.deleted:
            assert norm(accepted).count(norm(c.deleted)) < norm(doc.text).count(norm(c.deleted))


def test_reject_all_gives_the_original_text(iaas):
    src, out, doc, *_ = iaas
    assert norm(text_of(resolve(out.read_bytes(), accept=False))) == norm(doc.text)


def test_styles_numbering_and_other_parts_are_kept(iaas):
    src, out, *_ = iaas
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(out) as b:
        names_a, names_b = set(a.namelist()), set(b.namelist())
        assert names_a <= names_b
        for name in names_a - {"word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"}:
            if name.endswith(".xml") and ("styles" in name or "numbering" in name or "header" in name
                                          or "footer" in name or "customXml" in name or "theme" in name):
                assert canonical(a.read(name)) == canonical(b.read(name)), name
        assert a.read("word/document.xml").count(b"<w:tbl>") == b.read("word/document.xml").count(b"<w:tbl>")


# -- text inputs, existing changes, bad files ---------------------------------------------------
def test_text_input_gives_a_clean_docx_with_the_same_redline(tmp_path):
    src = need(ISVTEC)
    doc, report, items, result = redline_of(src, tmp_path / "isvtec.docx")
    assert result.format == "text" and items
    d = docx.Document(str(tmp_path / "isvtec.docx"))
    assert len(list(d.comments)) == len(items)
    rejected = text_of(resolve((tmp_path / "isvtec.docx").read_bytes(), accept=False))
    assert norm(rejected) == norm(re.sub(r"^#+ ", "", doc.text, flags=re.M))
    accepted = text_of(resolve((tmp_path / "isvtec.docx").read_bytes(), accept=True))
    for s in items:
        if s.wording:
            assert not lines_in(s.wording, accepted), s.id


def _contract_with_history(path: Path) -> Path:
    """A small contract in our own words with a header, a footer, a table, one tracked insertion
    by another author and one comment by another author."""
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "En-tête du contrat d'essai"
    d.sections[0].footer.paragraphs[0].text = "Pied de page du contrat d'essai"
    d.add_heading("Article 1 – Objet", level=1)
    d.add_paragraph("Le Prestataire assure l'infogérance du parc informatique du Client.")
    d.add_heading("Article 2 – Responsabilité", level=1)
    p = d.add_paragraph("Le Prestataire n'est responsable d'aucun dommage, quel qu'il soit, "
                        "y compris en cas de faute lourde.")
    d.add_comment(p.runs, "Point à revoir avec la direction juridique.", author="Bob", initials="B")
    d.add_heading("Article 3 – Durée", level=1)
    q = d.add_paragraph("Le contrat est conclu pour une durée de trois ans.")
    ins = q._p.makeelement(f"{W}ins", {f"{W}id": "901", f"{W}author": "Alice", f"{W}date": "2025-01-02T00:00:00Z"})
    run = q._p.makeelement(f"{W}r", {})
    t = q._p.makeelement(f"{W}t", {})
    t.text = " Il se renouvelle par périodes d'un an."
    run.append(t)
    ins.append(run)
    q._p.append(ins)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Niveau", "Délai"
    table.cell(1, 0).text, table.cell(1, 1).text = "P1", "4 heures"
    d.save(str(path))
    return path


def test_existing_tracked_changes_and_comments_are_kept(tmp_path):
    src = _contract_with_history(tmp_path / "mine.docx")
    _doc, _report, items, result = redline_of(src, tmp_path / "out.docx")
    assert items
    out = docx.Document(str(tmp_path / "out.docx"))
    assert any(c.author == "Bob" and "direction juridique" in c.text for c in out.comments)
    alice = [e for e in out.element.body.iter(f"{W}ins") if e.get(f"{W}author") == "Alice"]
    assert len(alice) == 1 and "renouvelle" in "".join(alice[0].itertext())
    assert "En-tête du contrat" in out.sections[0].header.paragraphs[0].text
    assert "Pied de page" in out.sections[0].footer.paragraphs[0].text
    assert len(out.tables) == 1 and out.tables[0].cell(1, 1).text == "4 heures"
    # rejecting every change gives back what rejecting the original's own changes gives
    assert norm(text_of(resolve((tmp_path / "out.docx").read_bytes(), accept=False))) == \
        norm(text_of(resolve(src.read_bytes(), accept=False)))


def _encrypted(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    return path


def _macro(path: Path, tmp: Path) -> Path:
    base = _contract_with_history(tmp / "base.docx")
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("word/vbaProject.bin", b"\x00" * 64)
    return path


@pytest.mark.parametrize("kind,expect", [("encrypted", "password-protected"), ("corrupt", "corrupt"),
                                         ("macro", "macro-enabled")])
def test_bad_word_files_get_one_clear_line_and_exit_2(tmp_path, monkeypatch, capsys, kind, expect):
    from assistant.cli import main as cli
    from assistant.factory import build_light_app

    monkeypatch.setattr(cli, "_app", lambda **_: build_light_app())
    src = tmp_path / "contrat.docx"
    if kind == "encrypted":
        _encrypted(src)
    elif kind == "corrupt":
        src.write_bytes(b"PK\x03\x04" + b"\x13" * 500)
    else:
        _macro(src, tmp_path)
    out = tmp_path / "out.docx"
    assert cli.main(["review", str(src), "--redline", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and expect in err[0] and "Traceback" not in err[0]
    assert not out.exists()


def test_the_redline_never_overwrites_the_input(tmp_path, monkeypatch, capsys):
    from assistant.cli import main as cli
    from assistant.factory import build_light_app

    monkeypatch.setattr(cli, "_app", lambda **_: build_light_app())
    src = _contract_with_history(tmp_path / "mine.docx")
    before = sha(src)
    assert cli.main(["review", str(src), "--redline", str(src)]) == 2
    assert "overwrite" in capsys.readouterr().err
    assert sha(src) == before


def test_cli_json_lists_the_redline_and_its_wording(tmp_path, monkeypatch, capsys):
    import json

    from assistant.cli import main as cli
    from assistant.factory import build_light_app

    monkeypatch.setattr(cli, "_app", lambda **_: build_light_app())
    src = _contract_with_history(tmp_path / "mine.docx")
    out = tmp_path / "r.docx"
    assert cli.main(["review", str(src), "--redline", str(out), "--json"]) == 0
    review = json.loads(capsys.readouterr().out.splitlines()[0])
    assert review["redline"]["path"] == str(out)
    accepted = text_of(resolve(out.read_bytes(), accept=True))
    wordings = [f["suggestion"] for f in review["flags"] if f["suggestion"] != f["ask"]]
    assert wordings
    for wording in dict.fromkeys(wordings):
        assert not lines_in(wording, accepted)


def test_a_contract_and_its_dpa_get_one_redline_each(tmp_path, monkeypatch, capsys):
    from assistant.cli import main as cli
    from assistant.factory import build_light_app

    monkeypatch.setattr(cli, "_app", lambda **_: build_light_app())
    main_doc = _contract_with_history(tmp_path / "contrat.docx")
    dpa = tmp_path / "dpa.txt"
    dpa.write_text("# Accord de traitement des données\n\n## 1. Objet\nLe Sous-traitant traite les données "
                   "personnelles pour le compte du Responsable de traitement, sur ses seules instructions.\n\n"
                   "## 2. Sécurité\nLe Sous-traitant met en oeuvre des mesures de sécurité appropriées.\n",
                   encoding="utf-8")
    folder = tmp_path / "redlines"
    assert cli.main(["review", str(main_doc), str(dpa), "--set", "--redline", str(folder)]) == 0
    made = sorted(p.name for p in folder.iterdir())
    assert made == ["contrat.redline.docx", "dpa.redline.docx"]
    for name in made:
        docx.Document(str(folder / name))
    # several documents and a single .docx name: refused with one line
    assert cli.main(["review", str(main_doc), str(dpa), "--set", "--redline", str(tmp_path / "x.docx")]) == 2
    assert "folder" in capsys.readouterr().err


# -- the counter-draft --------------------------------------------------------------------------
def test_counter_draft_turns_their_clauses_into_clausier_wording(tmp_path):
    from assistant.knowledge.entries import load_entries
    from assistant.legal.drafting.contract import build_contract

    src = need(IAAS)
    doc = load_document(src)
    report = review_document(doc, retriever=None, role="client")
    draft = build_contract(scope=None, position="balanced", lang="fr", entries=load_entries())
    items = counter_suggestions(report, doc.text, draft)
    out = tmp_path / "counter.docx"
    result = write_redline(out, text=doc.text, report=report, items=items, source=src, name=doc.name)
    replaced = [c for c in result.changes if c.action == "replace" and c.wording]
    added = [c for c in result.changes if c.id.startswith("m-")]
    assert all(c.located for c in result.changes)
    covered = {t for c in report.clauses for t in c.topics}
    assert replaced and {c.topic for c in replaced} <= covered
    assert added and not {c.topic for c in added} & covered
    accepted = text_of(resolve(out.read_bytes(), accept=True))
    for c in replaced + added:
        assert not lines_in(c.wording, accepted), c.id
    assert norm(text_of(resolve(out.read_bytes(), accept=False))) == norm(doc.text)


def test_cli_counter_draft(tmp_path, capsys):
    from assistant.cli.main import main

    src = _contract_with_history(tmp_path / "theirs.docx")
    out = tmp_path / "counter.docx"
    assert main(["contract", "--position", "balanced", "--against", str(src), "--redline", str(out)]) == 0
    assert "counter-draft" in capsys.readouterr().out
    ins, dels = revisions(out)
    assert ins and dels
    assert main(["contract", "--against", str(src)]) == 2  # --against without --redline: one line
