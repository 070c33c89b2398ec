"""Configuration is honoured everywhere: a knowledge base named by CLAUSIER_KB_DIR changes the
drafted clause and the review's suggested wording, not only the index and the chat."""

from __future__ import annotations

import json
import shutil

import yaml

from conftest import ROOT, run_cli

MARKER = "Clause témoin de la base configurée"


def _kb_copy_with_marked_liability(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(ROOT / "knowledge_base", kb)
    path = kb / "clauses" / "liability.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = doc["entries"] if isinstance(doc, dict) else doc
    for e in entries:
        if e["id"] == "clause.liability.balanced.fr":
            e["wording"] = e["wording"].rstrip() + f"\n{MARKER} : les parties relisent ce plafond chaque année.\n"
            break
    else:
        raise AssertionError("clause.liability.balanced.fr not found in the copy")
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return kb


def test_configured_kb_changes_draft_and_review_wording(tmp_path):
    kb = _kb_copy_with_marked_liability(tmp_path)
    env = {"CLAUSIER_KB_DIR": str(kb)}

    drafted = run_cli("draft", "liability", "--position", "balanced", "--lang", "fr", "--json",
                      data_dir=tmp_path / "data", env_extra=env)
    assert drafted.returncode == 0, drafted.stderr
    assert MARKER in json.loads(drafted.stdout)["text"]
    builtin = run_cli("draft", "liability", "--position", "balanced", "--lang", "fr", "--json",
                      data_dir=tmp_path / "data")
    assert MARKER not in json.loads(builtin.stdout)["text"]

    from assistant.factory import build_light_app
    from assistant.settings import Settings

    contract = tmp_path / "contrat.txt"
    contract.write_text(
        "Contrat de services informatiques\n\nArticle 1 – Objet\nLe Prestataire assure la maintenance du parc "
        "informatique du Client.\n\nArticle 2 – Responsabilité\nLa responsabilité totale du Prestataire, toutes "
        "causes confondues, est limitée à cent (100) euros. Le Prestataire n'est pas responsable des pertes de "
        "données du Client.\n", encoding="utf-8")
    for kb_dir, expected in ((kb, True), (ROOT / "knowledge_base", False)):
        app = build_light_app(Settings(kb_dir=kb_dir, data_dir=tmp_path / "data"))
        (report,) = app.review([contract], role="client")
        liability = [f for f in report.flags if f.topic == "liability" and f.entry]
        assert liability, [f.rule for f in report.flags]
        assert all((MARKER in f.suggestion) is expected for f in liability)
