"""`clausier draft` / `clausier contract` run as a user would, and the Markdown / DOCX exports
read back with python-docx."""

from __future__ import annotations

import json
import re

import docx
import pytest

from assistant.knowledge.entries import load_entries
from assistant.knowledge.taxonomy import load_taxonomy
from assistant.legal.drafting.contract import build_contract
from assistant.legal.drafting.export import ExportError, save, to_markdown
from tests.conftest import run_cli

ESSENTIAL = load_taxonomy().essential_topics
SCOPE = {"users": 40, "hours": "business", "personal_data": True, "client_name": "ACME SAS",
         "provider_name": "InfoGest SARL"}


@pytest.fixture(scope="module")
def scope_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("scope") / "s.json"
    path.write_text(json.dumps(SCOPE), encoding="utf-8")
    return path


def _docx_text(path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    parts += [cell.text for t in d.tables for row in t.rows for cell in row.cells]
    return "\n".join(parts)


def test_contract_cli_writes_a_docx_with_every_essential_topic(scope_file, tmp_path):
    out_path = tmp_path / "draft.docx"
    out = run_cli("contract", "--scope", str(scope_file), "--out", str(out_path), "--json", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) >= {"sections", "annexes", "path", "consistency"}
    assert data["path"] == str(out_path)
    topics = [s["topic"] for s in data["sections"]]
    assert set(ESSENTIAL) <= set(topics)
    assert all(set(s) >= {"topic", "title", "text"} for s in data["sections"])
    assert all(c["status"] in ("ok", "warning", "todo") for c in data["consistency"])
    # fields the parties fill in (names of contacts, inventory...) are counted as "todo", never as a
    # problem, and that status belongs to that check only
    todo = [c for c in data["consistency"] if c["status"] == "todo"]
    assert [c["id"] for c in todo] == ["fields_to_complete"]
    assert re.match(r"\d+ champs à compléter", todo[0]["message"]), todo[0]["message"]
    assert {c["id"]: c["status"] for c in data["consistency"]}["slots_filled"] == "ok"

    d = docx.Document(str(out_path))  # opens: a valid Word file
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    for s in data["sections"]:
        if s["topic"] in ESSENTIAL:
            assert any(h.endswith(s["title"]) and h.startswith("Article ") for h in headings), s["title"]
    assert "Article 1 – Parties, définitions et intervenants tiers" in headings
    assert any(h.startswith("Annexe 5 – Accord de sous-traitance") for h in headings)
    text = _docx_text(out_path)
    assert "ACME SAS" in text and "InfoGest SARL" in text
    assert "pas un conseil juridique" in text
    assert "{" not in text
    footer = d.sections[0].footer._element.xml
    assert 'w:instr="PAGE"' in footer
    assert d.core_properties.title.startswith("Contrat de services")


def test_contract_cli_markdown_export_in_english(scope_file, tmp_path):
    out_path = tmp_path / "draft.md"
    out = run_cli("contract", "--scope", str(scope_file), "--lang", "en", "--position", "client", "--out",
                  str(out_path), data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "29 articles" in out.stdout
    md = out_path.read_text(encoding="utf-8")
    assert md.startswith("# Managed IT services agreement")
    assert "## Article 1 – Parties" in md and "## Schedule 4 – Service levels" in md
    assert "not legal advice" in md and "{" not in md
    assert "| P1 |" in md


@pytest.mark.parametrize("out_name, message", [("draft.pdf", "use a .md or .docx"),
                                               ("missing/dir/draft.docx", "does not exist")])
def test_contract_cli_bad_out_is_exit_2(scope_file, tmp_path, out_name, message):
    out = run_cli("contract", "--scope", str(scope_file), "--out", str(tmp_path / out_name), data_dir=tmp_path)
    assert out.returncode == 2
    assert message in out.stderr and "Traceback" not in out.stderr


def test_contract_cli_malformed_scope_is_exit_2(tmp_path):
    for scope in ('{"users": "many"}', str(tmp_path / "nope.json")):
        out = run_cli("contract", "--scope", scope, "--json", data_dir=tmp_path)
        assert out.returncode == 2, scope
        assert out.stderr.startswith("error:") and "Traceback" not in out.stderr
        assert out.stdout == ""


def test_draft_cli_json_shape_and_errors(tmp_path):
    out = run_cli("draft", "sla", "--scope", '{"users": 40, "hours": "business"}', "--position", "client",
                  "--lang", "en", "--json", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) >= {"topic", "position", "obligation", "text", "negotiation_notes", "citations"}
    assert data["obligation"]["type"] == "result" and data["obligation"]["rationale"]
    assert data["citations"][0]["id"] == "clause.sla.client.en" and "{" not in data["text"]
    bad = run_cli("draft", "warranty", "--json", data_dir=tmp_path)
    assert bad.returncode == 2 and "unknown topic 'warranty'" in bad.stderr
    assert "valid topics:" in bad.stderr and "reversibility" in bad.stderr and "disputes" in bad.stderr
    bad = run_cli("draft", "sla", "--scope", "[1, 2]", data_dir=tmp_path)
    assert bad.returncode == 2 and "malformed scope" in bad.stderr


def test_markdown_and_save_in_process(tmp_path):
    draft = build_contract(scope=SCOPE, position="balanced", lang="fr", entries=load_entries())
    md = to_markdown(draft)
    assert md.count("\n## Article ") == len(draft.sections)
    assert "## Rapport de cohérence" in md and "✅" in md
    saved = save(draft, tmp_path / "c.docx")
    assert draft.path == str(saved) and saved.stat().st_size > 10_000
    with pytest.raises(ExportError):
        save(draft, tmp_path / "c.txt")
    with pytest.raises(ExportError):
        save(draft, tmp_path)  # a directory
