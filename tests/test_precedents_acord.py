"""Smoke run of the ACORD evaluation on the validation queries (keyword + facts, no dense model,
so it runs in seconds): the chosen system must beat BM25 alone in the same run. Needs
../shared/datasets/acord: fails under CI=true when it is missing, skips otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ACORD = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "acord"


def test_acord_smoke(tmp_path, capsys):
    if not (ACORD / "corpus.jsonl").exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"ACORD data missing at {ACORD}")
        pytest.skip(f"ACORD data not found at {ACORD}")
    from evaluations.acord import main

    out = tmp_path / "acord.md"
    assert main(["--corpus", str(ACORD / "corpus.jsonl"), "--queries", str(ACORD / "queries.jsonl"),
                 "--qrels", str(ACORD / "qrels" / "valid.tsv"), "--dense", "none", "--out", str(out)]) == 0
    rows = {line.split("|")[1].strip(): [float(x) for x in line.split("|")[2:-1]]
            for line in out.read_text().splitlines() if line.startswith("| bm25 |") or line.startswith("| chosen |")}
    assert rows["chosen"][0] > rows["bm25"][0]  # NDCG@5
    assert "6 queries" in out.read_text()
