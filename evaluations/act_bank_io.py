"""The act bank (`evaluations/act_bank/*.yaml`): labelled chat messages written for the learned act reader from the
act meanings alone, never from the dialogue set's wording (see `evaluations/act_bank/README.md`).

`load_bank()` reads the groups into training rows shaped like `build_act_examples.dev_examples()` rows;
`check_bank()` lists what is wrong with the files (schema, unknown acts, a message labelled twice in one context,
too few messages for an act or a language). Run `python -m evaluations.act_bank_io --check` (exit 1 on errors).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

from assistant.chat.act_catalogue import ACTS
from assistant.text import fold

BANK_DIR = Path(__file__).with_name("act_bank")
TABLES = {"none": (False, False), "clause": (True, False), "contract": (False, True), "both": (True, True)}
LANGS = ("fr", "en")
KEYS = {"act", "lang", "table", "previous", "messages"}
MIN_PER_ACT = 30


class BankError(ValueError):
    """The bank's files are not valid (the messages say where)."""


def _groups(path: Path) -> list:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise BankError(f"{path.name}: not YAML ({str(exc).splitlines()[0]})") from exc
    return data if data is not None else []


def check_groups(groups, name: str) -> list[str]:
    """What is wrong with one file's groups (empty when it is valid)."""
    if not isinstance(groups, list):
        return [f"{name}: a list of groups is expected"]
    errors = []
    for n, g in enumerate(groups, 1):
        where = f"{name} group {n}"
        if not isinstance(g, dict):
            errors.append(f"{where}: a mapping is expected")
            continue
        if set(g) != KEYS:
            missing, extra = sorted(KEYS - set(g)), sorted(set(g) - KEYS)
            errors.append(f"{where}: keys {'missing ' + ', '.join(missing) if missing else ''}"
                          f"{' ' if missing and extra else ''}{'unknown ' + ', '.join(extra) if extra else ''}")
            continue
        if g["act"] not in ACTS:
            errors.append(f"{where}: unknown act {g['act']!r}")
        if g["lang"] not in LANGS:
            errors.append(f"{where}: lang must be fr or en, not {g['lang']!r}")
        if g["table"] not in TABLES:
            errors.append(f"{where}: table must be one of {', '.join(TABLES)}, not {g['table']!r}")
        previous = "" if g["previous"] is None else g["previous"]
        if previous != "" and previous not in ACTS:
            errors.append(f"{where}: unknown previous act {previous!r}")
        if previous == "" and g["table"] != "none":
            errors.append(f"{where}: a first message (previous \"\") has nothing on the table")
        msgs = g["messages"]
        if not isinstance(msgs, list) or not msgs or not all(isinstance(m, str) and m.strip() for m in msgs):
            errors.append(f"{where}: messages must be a non-empty list of non-empty strings")
    return errors


def load_bank(root: Path = BANK_DIR) -> list[dict]:
    """Every message of the bank as a training row (source `bank/FILE`, its group's context); raises `BankError`
    when a file is invalid."""
    rows = []
    for path in sorted(root.glob("*.yaml")):
        groups = _groups(path)
        errors = check_groups(groups, path.name)
        if errors:
            raise BankError("; ".join(errors[:5]))
        for n, g in enumerate(groups, 1):
            clause, contract = TABLES[g["table"]]
            for i, m in enumerate(g["messages"], 1):
                rows.append({"source": f"bank/{path.name}", "dialogue": f"bank-{path.stem}-{n}", "turn": i,
                             "message": m.strip(), "act": g["act"], "accept": [g["act"]], "clause": clause,
                             "contract": contract, "previous": g["previous"] or "", "lang": g["lang"]})
    return rows


def check_bank(root: Path = BANK_DIR, min_per_act: int = MIN_PER_ACT) -> list[str]:
    """Every problem of the bank: each file's schema, a message given twice in the same context (or with two acts),
    and each act's count (at least `min_per_act`, in both languages)."""
    errors: list[str] = []
    paths = sorted(root.glob("*.yaml"))
    if not paths:
        return [f"no *.yaml file in {root}"]
    for path in paths:
        try:
            errors += check_groups(_groups(path), path.name)
        except BankError as exc:
            errors.append(str(exc))
    if errors:
        return errors
    rows = load_bank(root)
    seen: dict[tuple, str] = {}
    for r in rows:
        key = (fold(r["message"]).strip(), r["clause"], r["contract"], r["previous"])
        if key in seen:
            what = "labelled twice" if seen[key] != r["act"] else "given twice"
            errors.append(f"{r['source']}: {r['message']!r} {what} in the same context ({seen[key]}, {r['act']})")
        seen[key] = r["act"]
    per_act = Counter(r["act"] for r in rows)
    per_lang = Counter((r["act"], r["lang"]) for r in rows)
    for act in ACTS:
        if per_act[act] < min_per_act:
            errors.append(f"{act}: {per_act[act]} messages, {min_per_act} wanted")
        for lang in LANGS:
            if not per_lang[(act, lang)]:
                errors.append(f"{act}: no message in {lang}")
    return errors


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="validate the bank (exit 1 on errors)")
    p.add_argument("--dir", type=Path, default=BANK_DIR)
    args = p.parse_args(argv)
    if not args.dir.is_dir():
        print(f"not a directory: {args.dir}", file=sys.stderr)
        return 2
    errors = check_bank(args.dir)
    for e in errors:
        print(e)
    rows = [] if errors else load_bank(args.dir)
    counts = Counter(r["act"] for r in rows)
    if not errors:
        print(f"{len(rows)} messages, {len(counts)} acts: " + ", ".join(f"{a} {counts[a]}" for a in ACTS))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
