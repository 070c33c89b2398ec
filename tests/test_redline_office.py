"""Redlines opened by LibreOffice (Debian `libreoffice-writer-nogui`, installed by `make office`):
each converts to PDF without error, and LibreOffice's own accept-all / reject-all gives the same
text as the XML transform the other tests use. Skipped without soffice, failed under CI=true."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from assistant.legal.review.docx_tracked import resolve
from assistant.legal.review.documents import load_document, parse_bytes
from assistant.legal.review.redline import suggestions, write_redline
from assistant.legal.review.report import review_document
from tests.conftest import CONTRACTS, IN_CI, ROOT, need

pytestmark = pytest.mark.slow
SOFFICE = shutil.which("soffice")
UNO_PYTHON = Path("/usr/bin/python3")
if SOFFICE is None:
    if IN_CI:
        raise RuntimeError("soffice missing: `make test` installs LibreOffice (make office)")
    pytest.skip("LibreOffice (soffice) is not installed (run `make office` as root)", allow_module_level=True)

SOURCES = ["cloudtemple_convention_services_iaas_fr.docx", "isvtec_contrat_infogerance_fr.txt",
           "basecamp_37signals_dpa_en.txt"]


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _profile(tmp: Path) -> str:
    return f"-env:UserInstallation=file://{tmp / 'lo-profile'}"


@pytest.fixture(scope="module")
def redlines(tmp_path_factory):
    folder = tmp_path_factory.mktemp("office")
    out = []
    for name in SOURCES:
        src = need(CONTRACTS / name)
        doc = load_document(src)
        report = review_document(doc, retriever=None, role="client")
        items = suggestions(report, doc.text)
        path = folder / f"{src.stem}.redline.docx"
        write_redline(path, text=doc.text, report=report, items=items,
                      source=src if src.suffix == ".docx" else None, name=doc.name)
        out.append((path, items))
    return folder, out


def test_libreoffice_converts_every_redline_to_pdf(redlines):
    folder, made = redlines
    pdfs = folder / "pdf"
    run = subprocess.run([SOFFICE, _profile(folder), "--headless", "--convert-to", "pdf", "--outdir", str(pdfs),
                          *[str(p) for p, _ in made]], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    for path, _ in made:
        pdf = pdfs / f"{path.stem}.pdf"
        assert pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-"
        from pypdf import PdfReader

        assert len(PdfReader(str(pdf)).pages) >= 1


# LibreOffice writes Word comments into a PDF only when asked (its ExportNotes option defaults to
# off); with it each comment becomes a PDF text annotation. Tracked insertions are printed either way.
NOTES_FILTER = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _holds_run(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def test_the_pdf_shows_the_insertions_and_the_comments(redlines):
    from pypdf import PdfReader

    folder, made = redlines
    path, items = made[0]                  # the real French DOCX (Cloud Temple services agreement)
    out = {}
    for name, target in (("plain", "pdf"), ("notes", NOTES_FILTER)):
        run = subprocess.run([SOFFICE, _profile(folder), "--headless", "--convert-to", target, "--outdir",
                              str(folder / name), str(path)], capture_output=True, text=True, timeout=600)
        assert run.returncode == 0, run.stderr
        out[name] = PdfReader(str(folder / name / f"{path.stem}.pdf"))
    inserted = [s.wording for s in items if s.wording]
    assert inserted, "the redline under test proposes no wording"
    for reader in out.values():
        printed = _words(" ".join(page.extract_text() for page in reader.pages))
        for wording in inserted:           # the first dozen words of each insertion, in order
            assert _holds_run(printed, _words(wording)[:12]), wording[:80]
    with zipfile.ZipFile(path) as z:
        comments = re.findall(rb"<w:comment [^>]*>(.*?)</w:comment>", z.read("word/comments.xml"), re.S)
    said = [html.unescape(b" ".join(re.findall(rb"<w:t[^>]*>([^<]*)</w:t>", c)).decode()) for c in comments]
    assert said
    notes = [str(a.get_object().get("/Contents")) for page in out["notes"].pages
             for a in (page.get("/Annots") or []) if a.get_object().get("/Subtype") == "/Text"]
    assert len(notes) == len(said)
    for text in said:
        assert any(_holds_run(_words(n), _words(text)[:10]) for n in notes), text[:80]


def _without_comments(src: Path, dst: Path) -> Path:
    """LibreOffice 7.4 driven through UNO crashes on loading any DOCX with comments (even one
    written by python-docx alone); comments hold no text of the document, so the copy given to it
    for accept/reject has the comment anchors removed."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = re.sub(rb"<w:commentRange(?:Start|End)[^>]*/>", b"", data)
                data = re.sub(rb"<w:r>(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:commentReference[^>]*/></w:r>", b"",
                              data)
            zout.writestr(item, data)
    return dst


def _lo(action: str, src: Path, dst: Path, profile: Path) -> str:
    run = subprocess.run([str(UNO_PYTHON), str(ROOT / "tests" / "lo_tracked.py"), action, str(src), str(dst),
                          str(profile)], capture_output=True, text=True, timeout=300)
    if run.returncode != 0 or not dst.exists():  # a fresh profile makes soffice restart once
        run = subprocess.run([str(UNO_PYTHON), str(ROOT / "tests" / "lo_tracked.py"), action, str(src), str(dst),
                              str(profile)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and dst.exists(), run.stderr[-400:]
    return parse_bytes(dst.read_bytes(), dst.name).text


@pytest.mark.skipif(not UNO_PYTHON.exists(), reason="no system python3 with LibreOffice's uno module")
@pytest.mark.parametrize("action", ["accept", "reject"])
def test_libreoffice_accept_and_reject_all_match_the_xml_transform(redlines, action):
    folder, made = redlines
    path, items = made[0]
    bare = _without_comments(path, folder / f"bare-{action}.docx")
    ours = folder / f"ours-{action}.docx"
    ours.write_bytes(resolve(bare.read_bytes(), accept=action == "accept"))
    theirs = _lo(action, bare, folder / f"lo-{action}.docx", folder / "uno-profile")
    # our result passed through the same LibreOffice round trip (no change left to resolve), so that
    # numbering LibreOffice writes out as text on saving counts the same on both sides
    ours_lo = _lo("accept", ours, folder / f"lo-ours-{action}.docx", folder / "uno-profile")
    assert norm(theirs) == norm(ours_lo)
    if action == "accept":
        for s in items:
            for line in (s.wording or "").splitlines():
                assert norm(line) in norm(theirs)
