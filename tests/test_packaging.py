"""A plain (non-editable) install works: the wheel carries the knowledge base and the prompts, and
the installed package answers from another directory with citations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow


def test_wheel_ships_data_and_answers_from_elsewhere(tmp_path):
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                            "-w", str(wheels), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = wheels.glob("clausier-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "assistant/_data/knowledge_base/taxonomy.yaml" in names
    assert any(n.startswith("assistant/_data/knowledge_base/clauses/") for n in names)
    assert "assistant/_data/prompts/answer.yaml" in names

    target = tmp_path / "site"
    inst = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                           str(wheel)], capture_output=True, text=True, timeout=600)
    assert inst.returncode == 0, inst.stderr[-2000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # the installed copy first on the path; its dependencies come from this venv's site-packages
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), sysconfig.get_paths()["purelib"]]),
           "CLAUSIER_DATA_DIR": str(tmp_path / "data"), "PYTHONNOUSERSITE": "1"}
    where = subprocess.run([sys.executable, "-c", "import assistant.paths as p; print(p.KB_DIR); print(p.PROMPTS_DIR)"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120)
    kb_dir, prompts_dir = where.stdout.split()
    assert kb_dir.startswith(str(target)) and prompts_dir.startswith(str(target)), where.stdout
    ask = subprocess.run([sys.executable, "-m", "assistant", "ask", "c'est quoi une GTR ?", "--json"],
                         cwd=elsewhere, env=env, capture_output=True, text=True, timeout=600)
    assert ask.returncode == 0, ask.stderr[-2000:]
    out = json.loads(ask.stdout)
    assert out["citations"] and "[1]" in out["answer"]
