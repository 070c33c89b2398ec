"""Source files hold no control bytes: an editing tool once wrote a literal backspace (0x08) where a regex word
boundary `\\b` was meant, so two patterns could never match (found in the s23 diff review)."""

from __future__ import annotations

import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
# every C0 control byte but tab, newline and carriage return
CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
NEWLINE = b"\n"
TEXT_SUFFIXES = {".py", ".yaml", ".yml", ".md", ".txt", ".json", ".jsonl", ".toml", ".cfg", ".ini", ".j2"}


def _text_files():
    for folder in ("assistant", "prompts", "evaluations", "tests", "docs"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts:
                yield path


def test_there_are_source_files_to_check():
    names = {p.name for p in _text_files()}
    assert "router.py" in names and "penalties.py" in names


@pytest.mark.parametrize("folder", ["assistant", "prompts", "evaluations", "tests", "docs"])
def test_no_control_byte_in_text_files(folder):
    bad = []
    for path in _text_files():
        if path.relative_to(ROOT).parts[0] != folder:
            continue
        data = path.read_bytes()
        hit = CONTROL.search(data)
        if hit:
            bad.append(f"{path.relative_to(ROOT)}:{data.count(NEWLINE, 0, hit.start()) + 1}")
    assert not bad, f"control bytes in: {bad}"


def test_the_check_sees_a_backspace():
    assert CONTROL.search("r\"\x08loss\"".encode())
    assert not CONTROL.search(b"r\"\\bloss\"\tx\n")
