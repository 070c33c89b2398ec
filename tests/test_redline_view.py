"""The annotated review view without a browser: highlighted passages, findings in full, the
redline of the accepted suggestions only (through the Clausier API, with a light app)."""

from __future__ import annotations

import re

import docx
import pytest

from assistant.legal.review.docx_tracked import resolve
from assistant.legal.review.documents import parse_bytes
from tests.conftest import CONTRACTS, need

CONTRACT = CONTRACTS / "isvtec_contrat_infogerance_fr.txt"


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def view():
    from assistant.factory import build_light_app
    from assistant.web import review_view as rv
    from assistant.web.handlers import Handlers

    h = Handlers(build_light_app())
    session = h.new_session()
    got = rv.review(h, session, need(CONTRACT), role="client")
    return rv, h, session, got


def test_each_passage_is_highlighted_with_its_severity_colour(view):
    rv, _h, _s, got = view
    segments, colours = rv.highlighted(got, "fr")
    labelled = {label: text for text, label in segments if label}
    for s in got.items:
        if s.kind == "flag" and s.span:
            label = next(lab for lab in labelled if lab.startswith(s.id.upper() + " "))
            assert colours[label] == rv.COLOUR[s.severity]
            assert norm(labelled[label]) in norm(s.passage) or norm(s.passage) in norm(labelled[label])
    # the whole contract is shown, in order
    shown = "".join(text for text, label in segments if not text.startswith("\n\n["))
    assert norm(shown) == norm(got.doc.text)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_findings_are_shown_in_full_in_both_languages(view, lang):
    rv, *_rest, got = view
    md = rv.findings_markdown(got, lang)
    assert ("Rédaction proposée" if lang == "fr" else "Proposed wording") in md
    for s in got.items:
        if s.wording:
            for line in s.wording.splitlines():
                assert norm(line) in norm(md)
        if s.kind == "flag":
            assert s.issue in md
    html = rv.render.markdown(md)
    assert "<script" not in html and "style=" not in html


def test_the_download_holds_only_the_accepted_suggestions(view, tmp_path):
    rv, h, session, got = view
    worded = [s for s in got.items if s.kind == "flag" and s.wording]
    keep = worded[0]
    path = rv.build_redline(h, session, got, [keep.id, "not-a-finding"])
    d = docx.Document(path)
    assert len(list(d.comments)) == 1
    accepted = norm(parse_bytes(resolve(open(path, "rb").read(), accept=True), "a.docx").text)
    assert all(norm(ln) in accepted for ln in keep.wording.splitlines() if ln.strip())
    none = rv.build_redline(h, session, got, [])
    assert not list(docx.Document(none).comments)


def test_pdf_input_and_another_position(tmp_path):
    from assistant.factory import build_light_app
    from evaluations.gen_contract import contract_text, write_pdf

    app = build_light_app()
    text = contract_text(pages=3, lang="fr", seed=3)
    text = text.replace("Article", "Art.", 0)  # the project's own wording, unchanged
    pdf = write_pdf(text + "\n\nLe Prestataire peut modifier ses prix à tout moment, librement et sans préavis.\n",
                    tmp_path / "contrat.pdf")
    result = app.redline(pdf, tmp_path / "out.docx", position="client")
    assert result.format == "text"
    d = docx.Document(str(tmp_path / "out.docx"))
    assert d.paragraphs and len(list(d.comments)) == len(result.changes)
