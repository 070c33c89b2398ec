"""The act bank (evaluations/act_bank/, read by evaluations/act_bank_io.py): the shipped bank is valid, and the
validator and loader catch what a broken bank file would carry (unknown act, bad context, a message labelled twice,
too few messages for an act)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.chat.act_catalogue import ACTS
from evaluations.act_bank_io import BankError, check_bank, check_groups, load_bank, main


def _write(tmp_path: Path, text: str, name: str = "b.yaml") -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_shipped_bank_is_valid_and_covers_every_act_in_both_languages():
    assert check_bank() == []
    rows = load_bank()
    for act in ACTS:
        mine = [r for r in rows if r["act"] == act]
        assert len(mine) >= 30, act
        assert {r["lang"] for r in mine} == {"fr", "en"}, act
    assert all(r["source"].startswith("bank/") and r["accept"] == [r["act"]] for r in rows)


def test_loader_gives_each_message_its_group_context(tmp_path):
    root = _write(tmp_path, '- act: set_figure\n  lang: en\n  table: contract\n  previous: draft_contract\n'
                            '  messages: ["make it 60 days", "  fee is 900 a month "]\n'
                            '- act: clarify\n  lang: fr\n  table: none\n  previous: ""\n  messages: ["aide"]\n')
    rows = load_bank(root)
    assert [(r["message"], r["act"], r["clause"], r["contract"], r["previous"]) for r in rows] == [
        ("make it 60 days", "set_figure", False, True, "draft_contract"),
        ("fee is 900 a month", "set_figure", False, True, "draft_contract"),
        ("aide", "clarify", False, False, "")]
    assert rows[0]["source"] == "bank/b.yaml" and rows[1]["turn"] == 2


@pytest.mark.parametrize("text,fragment", [
    ('- act: haggle\n  lang: en\n  table: none\n  previous: ""\n  messages: ["x"]\n', "unknown act"),
    ('- act: question\n  lang: de\n  table: none\n  previous: ""\n  messages: ["x"]\n', "lang"),
    ('- act: question\n  lang: en\n  table: desk\n  previous: ""\n  messages: ["x"]\n', "table"),
    ('- act: question\n  lang: en\n  table: clause\n  previous: ""\n  messages: ["x"]\n', "nothing on the table"),
    ('- act: question\n  lang: en\n  table: none\n  previous: chat\n  messages: ["x"]\n', "unknown previous"),
    ('- act: question\n  lang: en\n  table: none\n  previous: ""\n  messages: []\n', "non-empty"),
    ('- act: question\n  lang: en\n  table: none\n  messages: ["x"]\n', "missing previous"),
    ('- act: question\n  lang: en\n  table: none\n  previous: ""\n  note: x\n  messages: ["x"]\n', "unknown note"),
    ('act: question\n', "list of groups"),
])
def test_validator_names_the_fault(tmp_path, text, fragment):
    import yaml

    errors = check_groups(yaml.safe_load(text), "b.yaml")
    assert errors and fragment in errors[0]
    with pytest.raises(BankError):
        load_bank(_write(tmp_path, text))


def test_a_message_labelled_twice_in_one_context_and_thin_acts_are_reported(tmp_path):
    root = _write(tmp_path, '- act: follow_up\n  lang: fr\n  table: clause\n  previous: draft_clause\n'
                            '  messages: ["et si on double ?"]\n'
                            '- act: set_figure\n  lang: fr\n  table: clause\n  previous: draft_clause\n'
                            '  messages: ["Et si on double ?"]\n')
    errors = check_bank(root)
    assert any("labelled twice" in e for e in errors)
    assert any(e.startswith("review: 0 messages") for e in errors)
    assert any("set_figure: no message in en" in e for e in errors)
    assert check_bank(root, min_per_act=0) != []  # the languages are still checked


def test_command_line_check(tmp_path, capsys):
    assert main(["--check"]) == 0
    assert "messages, 18 acts" in capsys.readouterr().out
    assert main(["--check", "--dir", str(_write(tmp_path, "- act: nope\n"))]) == 1
    assert main(["--check", "--dir", str(tmp_path / "absent")]) == 2
