"""The machine contract of `clausier search` / `clausier index`, run as a user would."""

import json
import os
import shutil
import subprocess

import pytest

from tests.conftest import run_cli


@pytest.fixture(scope="module")
def cli_dir(app, data_dir):
    return data_dir  # the session index is already built there


def test_search_json_shape(cli_dir):
    out = run_cli("search", "c'est quoi une GTR dans un contrat ?", "--json", data_dir=cli_dir)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    top = data["results"][:3]
    assert any("term:gtr" in r["labels"] for r in top)
    assert set(top[0]) >= {"id", "kind", "title", "labels", "score", "text"}


def test_search_batch_one_line_per_input(cli_dir, tmp_path):
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"query": "tacite reconduction", "k": 2}\n{"query": "what is a DPA"}\nnot json\n')
    out = run_cli("search", "--batch", str(batch), "--json", data_dir=cli_dir)
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 3
    assert len(json.loads(lines[0])["results"]) == 2
    assert "error" in json.loads(lines[2])
    assert out.returncode == 2


def test_index_twice_reembeds_nothing_and_stats(cli_dir):
    out = run_cli("index", "--json", data_dir=cli_dir)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["embedded"] == 0
    text = run_cli("index", data_dir=cli_dir).stdout
    assert "nothing re-embedded" in text
    stats = run_cli("index", "--stats", "--json", data_dir=cli_dir)
    data = json.loads(stats.stdout)
    assert data["entries"] > 0 and "clause" in data["by_kind"]


@pytest.mark.parametrize("args,needle", [
    (["search", ""], "empty"),
    (["search", "gtr", "--k", "0"], "--k"),
    (["search", "gtr", "--label", "topic:nope"], "unknown label"),
    (["search"], "query"),
])
def test_bad_input_exits_2(cli_dir, args, needle):
    out = run_cli(*args, data_dir=cli_dir)
    assert out.returncode == 2
    assert needle in out.stderr and "Traceback" not in out.stderr


def test_unreadable_data_dir_exits_2(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = run_cli("search", "gtr", data_dir=blocker / "sub")
    assert out.returncode == 2 and "data directory" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("unshare"), reason="needs root for unshare -n")
def test_search_works_with_no_network(cli_dir):
    from tests.conftest import VENV_BIN

    env = {**os.environ, "CLAUSIER_DATA_DIR": str(cli_dir)}
    out = subprocess.run(["unshare", "-n", str(VENV_BIN / "clausier"), "search", "c'est quoi une GTR ?", "--json"],
                         capture_output=True, text=True, env=env, timeout=120)
    if "unshare failed" in out.stderr or "Operation not permitted" in out.stderr:
        pytest.skip("unshare not permitted here")
    assert out.returncode == 0, out.stderr
    assert any("term:gtr" in r["labels"] for r in json.loads(out.stdout)["results"][:3])
