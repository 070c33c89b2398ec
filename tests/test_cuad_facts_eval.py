"""evaluations.cuad_facts: the lawyers' values normalised (fast), and the evaluation run on a handful of real CUAD
contracts (slow; ../shared/datasets, or CUAD_DIR; fails under CI=true when the folder is missing)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from evaluations import cuad_facts as cf

CUAD = Path(os.environ.get("CUAD_DIR") or Path(__file__).resolve().parents[2] / "shared" / "datasets" / "cuad-services-dev")


def test_lawyers_values_normalised():
    assert cf.months("successive 1 year") == 12 and cf.months("12 months") == 12 and cf.months("30 days") == 1
    assert cf.months("successive 6 months") == 6 and cf.months("perpetual") is None
    assert cf.places("England; Wales") == {"england", "wales"}
    assert cf.places("Republic of South Africa") == {"south africa"}
    assert cf.place_key("the State of New York") == "new york"
    assert cf.defined_names('Orme Ltd ("Orme"); Saule Inc. (the "Customer")') == ["orme", "customer"]


def test_halves_alternate_by_position():
    split = cf.halves(["b.pdf", "a.pdf", "d.pdf", "c.pdf"])
    assert split == {"a.pdf": "tune", "b.pdf": "check", "c.pdf": "tune", "d.pdf": "check"}


def test_scoring_counts_presence_and_values():
    labels = {"x.pdf": {**{k: "" for k in cf.COLUMNS}, **{k + ":excerpt": "" for k in cf.COLUMNS},
                        "governing_law": "New York", "renewal": "successive 2 years", "cap": "Yes"}}
    facts = {k: [] for k in cf.KINDS}
    facts["governing_law"] = [{"place": "New York", "name": "new york", "quote": "q"}]
    facts["renewal"] = [{"tacit": True, "renewal_months": 12.0, "quote": "r"}]
    row = {"file": "x.pdf", "facts": facts, "parties": {"provider": [], "client": []}}
    got = cf.score({"rows": [row]}, labels, {"x.pdf"})
    assert (got["governing_law"].tp, got["governing_law"].right, got["governing_law"].valued) == (1, 1, 1)
    assert (got["renewal"].tp, got["renewal"].right, got["renewal"].valued) == (1, 0, 1)  # 12 months is not 2 years
    assert (got["cap"].fn, got["uncapped"].tn) == (1, 1)


@pytest.mark.slow
def test_evaluation_runs_on_a_few_real_contracts(capsys):
    if not (CUAD / "labels.csv").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CUAD} is missing (required under CI=true)")
        pytest.skip(f"{CUAD} not available")
    assert cf.main(["--contracts", str(CUAD), "--labels", str(CUAD / "labels.csv"), "--only", "txt", "--limit", "4",
                    "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["new"]["txt"]
    for half in ("tune", "check", "all"):
        for fact, v in figures[half].items():
            for key in ("p", "r", "value"):
                assert v[key] is None or 0.0 <= v[key] <= 1.0, (half, fact, key)
    every = figures["all"]
    # the four contracts are counted once each, split between the halves
    assert every["cap"]["tp"] + every["cap"]["fp"] + every["cap"]["fn"] <= 4
    assert every["governing_law"]["valued"] == figures["tune"]["governing_law"]["valued"] + \
        figures["check"]["governing_law"]["valued"] > 0
