"""Typed facts of the review checked against the values lawyers wrote (CUAD format).

    python -m evaluations.cuad_facts --contracts DIR --labels CSV [--baseline TREE] [--out FILE.md]
                                     [--only pdf|txt] [--limit N] [--examples N] [--half tune|check|all]

The review's risk flags rest on typed facts (assistant/legal/review/facts: renewal, notice, liability cap and
carve-outs, termination for convenience, assignment, governing law, parties), each with its quoted evidence.
This compares them, document by document, with the `-Answer` values of the labels CSV (one row per contract,
`Filename` the PDF name, the text file with the same stem; nothing is copied, files are read in place):

| fact | lawyers' column | product's fact |
|---|---|---|
| renewal | Renewal Term-Answer (a period) | `renewal` (tacit, or an option) and its `renewal_months` |
| renewal notice | Notice Period To Terminate Renewal- Answer | the tacit renewal's `notice_months` |
| governing law | Governing Law-Answer (a state or country) | `governing_law` and its `place` (or `name`) |
| termination for convenience | Termination For Convenience-Answer (Yes/No) | `termination` with `for_convenience` |
| liability cap | Cap On Liability-Answer | `liability_cap` |
| uncapped liability | Uncapped Liability-Answer (carve-outs from a cap, no cap) | `carve_outs` of obligations out of the limit, `liability_unlimited` |
| anti-assignment | Anti-Assignment-Answer (consent or notice needed) | `assignment` with consent required or notice |
| parties | Parties-Answer (the defined names in brackets) | the parties' defined names (`facts.parties`) |
| no end date | Expiration Date-Answer "perpetual" | `contract_term` with `indefinite` |

Per fact: precision / recall of presence (the product holds the fact / the lawyers found it), and for values the
accuracy over the documents whose lawyers' value could be normalised (durations to months, places to a folded name;
a document where the product holds no value counts as wrong). Contracts are split by position (file names sorted,
1st, 3rd… = TUNE, 2nd, 4th… = CHECK); both halves are reported. `--examples N` prints disagreements of the TUNE half
only, with the product's quoted evidence (the check half is measured, never read).

`--baseline TREE` reads the same files with the engine of another checkout in a subprocess (before/after in the same
run). `--out` under evaluations/results/ writes the section of RESULTS.md (evaluations.common.write_section).
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from evaluations.cuad import _git_head, _select, find_files  # the same files, the same selection, the same stamp


COLUMNS = {"renewal": "Renewal Term-Answer", "renewal_notice": "Notice Period To Terminate Renewal- Answer",
           "governing_law": "Governing Law-Answer", "convenience": "Termination For Convenience-Answer",
           "cap": "Cap On Liability-Answer", "uncapped": "Uncapped Liability-Answer",
           "anti_assignment": "Anti-Assignment-Answer", "parties": "Parties-Answer",
           "perpetual": "Expiration Date-Answer"}
EXCERPTS = {"renewal": "Renewal Term", "renewal_notice": "Notice Period To Terminate Renewal",
            "governing_law": "Governing Law", "convenience": "Termination For Convenience", "cap": "Cap On Liability",
            "uncapped": "Uncapped Liability", "anti_assignment": "Anti-Assignment", "parties": "Parties",
            "perpetual": "Expiration Date"}
NOT_HELD = ["Expiration Date (a date)", "Change Of Control", "Minimum Commitment"]  # no typed fact holds them yet
KINDS = ("renewal", "contract_term", "governing_law", "termination", "liability_cap", "liability_unlimited", "carve_outs",
         "assignment")


# -- labels and files ----------------------------------------------------------------------------------
def read_labels(path: Path) -> dict[str, dict[str, str]]:
    """PDF file name -> {fact: lawyers' answer, fact + ':excerpt': first excerpt}."""
    csv.field_size_limit(1 << 28)
    out: dict[str, dict[str, str]] = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rec = {k: (row.get(col) or "").strip() for k, col in COLUMNS.items()}
            for k, col in EXCERPTS.items():
                try:
                    ex = ast.literal_eval((row.get(col) or "").strip() or "[]")
                except (ValueError, SyntaxError):
                    ex = []
                rec[k + ":excerpt"] = " […] ".join(str(x) for x in ex)[:400]
            out[row["Filename"]] = rec
    return out


def halves(names) -> dict[str, str]:
    """File name -> "tune" (odd positions of the sorted names: 1st, 3rd…) or "check" (even positions)."""
    return {n: ("tune" if i % 2 == 0 else "check") for i, n in enumerate(sorted(names))}


# -- reading (runs inside whichever checkout is measured) ---------------------------------------------------
def _quote(f: dict) -> str:
    return " ".join(((f.get("evidence") or {}).get("quote") or "").split())[:300]


def read_files(files: dict[str, list[tuple[str, Path]]]) -> dict:
    """Per kind, per file: the typed facts of the kinds compared (values and quotes) and the parties' names."""
    from assistant.legal.review.documents import DocumentError, load_document
    from assistant.legal.review.facts.parties import party_names
    from assistant.legal.review.report import read_document

    out: dict = {}
    for kind, items in files.items():
        rows, started = [], time.perf_counter()
        for key, path in items:
            try:
                doc = load_document(path)
            except DocumentError as exc:
                rows.append({"file": key, "error": str(exc)})
                continue
            read = read_document(doc, retriever=None)
            facts = {k: [] for k in KINDS}
            for f in read.facts.all():
                if f.kind in facts:
                    d = f.model_dump(exclude={"clause"})
                    d["quote"] = _quote(d)
                    d.pop("evidence", None)
                    facts[f.kind].append(d)
            provider, client = party_names(read.source)
            rows.append({"file": key, "facts": facts, "parties": {"provider": provider, "client": client}})
        out[kind] = {"rows": rows, "seconds": round(time.perf_counter() - started, 2)}
    return out


# -- normalising the lawyers' values --------------------------------------------------------------------------
_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirty": 30, "sixty": 60, "ninety": 90}
_UNIT = {"day": 1 / 30, "days": 1 / 30, "week": 7 / 30, "weeks": 7 / 30, "month": 1, "months": 1, "year": 12,
         "years": 12}


def months(answer: str) -> float | None:
    """'successive 1 year' -> 12, '30 days' -> 1, '6 months' -> 6; None when no single duration is written."""
    m = re.search(r"(\d+(?:\.\d+)?|" + "|".join(_NUM) + r")\s*(?:\(\d+\)\s*)?(days?|weeks?|months?|years?)\b",
                  answer.lower())
    if not m:
        return None
    n = float(_NUM.get(m.group(1), 0) or m.group(1))
    return round(n * _UNIT[m.group(2)], 2)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z ]", " ", s).split())


_PLACE_NOISE = re.compile(r"\b(the|state|commonwealth|republic|of|usa|us|u s|united states|america|province|laws?)\b")


def place_key(name: str) -> str:
    """A place as compared: folded, without 'State of', 'Republic of', 'USA'…"""
    return " ".join(_PLACE_NOISE.sub(" ", _fold(name)).split())


def places(answer: str) -> set[str]:
    """'England; Wales' -> {england, wales}; 'Nova Scotia, Canada' -> {nova scotia, canada}."""
    return {place_key(p) for p in re.split(r"[;,]|\band\b", answer) if place_key(p)}


def defined_names(answer: str) -> list[str]:
    """The parties' defined names: the quoted words in brackets ('Aduro Biotech, Inc ("Aduro")' -> aduro)."""
    out = []
    for m in re.finditer(r"[\"“]([^\"”]{2,40})[\"”]", answer):
        n = _fold(m.group(1))
        n = re.sub(r"^(the|a|an|aka|a k a)\s+", "", n)
        if n and n not in ("party", "parties") and not n.startswith("each "):
            out.append(n)
    return out


# -- the product's side ---------------------------------------------------------------------------------------------
def _tacit(facts: dict) -> list[dict]:
    return [f for f in facts["renewal"] if f.get("tacit")]


def product(fact: str, facts: dict) -> tuple[bool, object, str]:
    """(present, value, quote) of one compared fact in the product's facts."""
    if fact == "renewal":  # CUAD's renewal term counts a renewal one party may choose as well as a tacit one
        r = [f for f in facts["renewal"] if f.get("tacit") or f.get("option")]
        val = next((f.get("renewal_months") for f in r if f.get("renewal_months")), None)
        return bool(r), val, r[0]["quote"] if r else ""
    if fact == "renewal_notice":
        r = [f for f in _tacit(facts) if f.get("notice_months")]
        return bool(r), r[0]["notice_months"] if r else None, r[0]["quote"] if r else ""
    if fact == "governing_law":
        g = facts["governing_law"]
        vals = [f.get("place") or f.get("name") or "" for f in g]
        return bool(g), vals, g[0]["quote"] if g else ""
    if fact == "convenience":
        t = [f for f in facts["termination"] if f.get("for_convenience")]
        return bool(t), None, t[0]["quote"] if t else ""
    if fact == "cap":
        c = facts["liability_cap"]
        return bool(c), None, c[0]["quote"] if c else ""
    if fact == "uncapped":
        # imported here: the reading half of this module also runs inside a baseline checkout that may not have it
        from assistant.legal.review.facts.model import OBLIGATION_CARVE_OUTS

        # CUAD's lawyers call uncapped a liability without a cap or a category of obligations carved out of it
        # (indemnities, confidentiality, infringement, a named section), not the faults the law keeps outside any cap
        u = facts["liability_unlimited"] + [f for f in facts["carve_outs"] if f.get("excluded_from_limit", True)
                                            and set(f.get("items") or []) & OBLIGATION_CARVE_OUTS]
        return bool(u), None, u[0]["quote"] if u else ""
    if fact == "anti_assignment":
        a = [f for f in facts["assignment"] if f.get("what", "assign") == "assign"
             and f.get("consent") in ("required", "notice_only")]
        return bool(a), None, a[0]["quote"] if a else ""
    if fact == "perpetual":  # no end date: "perpetual" in CUAD's expiration column
        t = [f for f in facts.get("contract_term", []) if f.get("indefinite", True)]
        return bool(t), None, t[0]["quote"] if t else ""
    raise KeyError(fact)


# -- scoring -------------------------------------------------------------------------------------------------------
@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    valued: int = 0   # documents with a lawyers' value that normalises
    right: int = 0    # ... whose product value matches
    missed: list = field(default_factory=list)  # (file, lawyers, product, quote, excerpt) of disagreements

    def p(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    def r(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def acc(self):
        return self.right / self.valued if self.valued else None


FACTS = ["renewal", "renewal_notice", "perpetual", "governing_law", "convenience", "cap", "uncapped", "anti_assignment",
         "parties"]
VALUED = {"renewal", "renewal_notice", "governing_law", "parties"}


def _truth(fact: str, answer: str) -> bool:
    if fact in ("convenience", "cap", "uncapped", "anti_assignment"):
        return answer.lower().startswith("yes")
    if fact == "perpetual":
        return answer.strip().lower() == "perpetual"
    return bool(answer.strip())


def _same_months(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= max(0.05, 0.03 * max(a, b))


def score(kind_result: dict, labels: dict, which: set[str]) -> dict[str, Tally]:
    out = {f: Tally() for f in FACTS}
    for row in kind_result["rows"]:
        if "error" in row or row["file"] not in which:
            continue
        lab = labels[row["file"]]
        for fact in FACTS:
            t = out[fact]
            answer = lab[fact]
            if fact == "parties":
                names = [_fold(n) for n in row["parties"]["provider"] + row["parties"]["client"]]
                want = defined_names(answer)
                if not want:
                    continue
                t.valued += len(want)
                found = [w for w in want if any(w == n or w in n.split(" or ") for n in names)]
                t.right += len(found)
                said = [n for n in names if n]
                t.tp += sum(1 for n in said if n in _fold(answer))
                t.fp += sum(1 for n in said if n not in _fold(answer))
                if len(found) < len(want):
                    t.missed.append((row["file"], "; ".join(want), "; ".join(said) or "—", "", answer[:200]))
                continue
            truth = _truth(fact, answer)
            said, val, quote = product(fact, row["facts"])
            t.tp += truth and said
            t.fp += said and not truth
            t.fn += truth and not said
            t.tn += not truth and not said
            ok_value = True
            if fact in VALUED and truth:
                if fact == "governing_law":
                    want = places(answer)
                    got = {p for v in val or [] for p in places(v)}
                    if want:
                        t.valued += 1
                        ok_value = bool(got & want)
                        t.right += ok_value
                else:
                    want_m = months(answer)
                    if want_m is not None:
                        t.valued += 1
                        ok_value = _same_months(want_m, val)
                        t.right += ok_value
            if truth != said or not ok_value:
                shown = f"{val}" if val not in (None, []) else ("yes" if said else "no")
                t.missed.append((row["file"], answer or "—", shown, quote, lab[fact + ":excerpt"]))
    return out


# -- report ----------------------------------------------------------------------------------------------------------
def _f(v) -> str:
    return "—" if v is None else f"{v:.3f}"


NAMES = {"renewal": "renewal (tacit or option) · period in months", "renewal_notice": "notice to stop a renewal · months",
         "governing_law": "governing law · place", "convenience": "termination for convenience",
         "cap": "liability cap", "uncapped": "uncapped liability (carve-outs, no cap)",
         "anti_assignment": "assignment needs consent or notice", "parties": "parties' defined names",
         "perpetual": "no end date (CUAD expiration \"perpetual\")"}


def markdown(results: dict, meta: dict) -> str:
    """results: engine -> form -> half -> {fact: Tally}."""
    from evaluations.common import stamp

    engines = list(results)
    forms = [k for k in ("pdf", "txt") if any(k in results[e] for e in engines)]
    out = ["## CUAD service contracts: typed facts against the lawyers' values", "", stamp(), "",
           f"`{meta['command']}`. Data: {meta['contracts']} (labels {meta['labels']}), read in place. Engines: "
           + "; ".join(f"**{e}** = {meta['engines'][e]}" for e in engines) + ".", "",
           "Presence: precision / recall of the product holding the fact where the lawyers found it (tp/fp/fn). "
           "Value: share of the documents with a lawyers' value (a period, a place) whose product value matches "
           "(no value counts as wrong). Parties: value = share of the lawyers' defined names found; precision = "
           "names found that the lawyers' answer holds. Halves by position of the sorted file names: TUNE (odd) "
           "was studied, CHECK (even) only measured.", ""]
    for form in forms:
        for half in ("tune", "check", "all"):
            out += [f"### {form.upper()}, {half} half" if half != "all" else f"### {form.upper()}, all contracts", "",
                    "| fact | " + " | ".join(f"{e} P | {e} R | {e} value | {e} tp/fp/fn" for e in engines) + " |",
                    "|---|" + "---|---|---|---|" * len(engines)]
            for fact in FACTS:
                cells = []
                for e in engines:
                    t = results[e].get(form, {}).get(half, {}).get(fact)
                    if t is None:
                        cells += ["—"] * 4
                        continue
                    val = f"{_f(t.acc())} ({t.right}/{t.valued})" if fact in VALUED else "—"
                    cells += [_f(t.p()), "—" if fact == "parties" else _f(t.r()), val, f"{t.tp}/{t.fp}/{t.fn}"]
                out.append(f"| {NAMES[fact]} | " + " | ".join(cells) + " |")
            out.append("")
    out += ["Not held as typed facts yet (not measured): " + ", ".join(NOT_HELD) + ".", ""]
    if meta.get("notes"):
        out += [f"- {n}" for n in meta["notes"]] + [""]
    return "\n".join(out)


def examples(results: dict, n: int) -> str:
    """Disagreements of the TUNE half (current engine): lawyers' value, product's value and quoted evidence."""
    lines = []
    for form, halves_ in results.items():
        for fact, t in halves_["tune"].items():
            for file, want, got, quote, excerpt in t.missed[:n]:
                lines.append(f"[{form} {fact}] {file[:60]}\n    lawyers: {want}\n    product: {got}\n"
                             f"    product quote: {quote[:240] or '—'}\n    lawyers' excerpt: {excerpt[:240] or '—'}")
    return "\n".join(lines)


# -- entry points ---------------------------------------------------------------------------------------------------
def _baseline(tree: Path, args) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree), OMP_WAIT_POLICY="PASSIVE")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--dump", "--contracts", str(Path(args.contracts).resolve()),
           "--labels", str(Path(args.labels).resolve())]
    cmd += ["--limit", str(args.limit)] if args.limit else []
    cmd += ["--only", args.only] if args.only else []
    proc = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"baseline run failed in {tree}: {proc.stderr.strip().splitlines()[-3:]}")
    return json.loads(proc.stdout)


def run(args) -> tuple[dict, dict, dict]:
    """(raw per engine, scores per engine/form/half, meta)."""
    labels = read_labels(Path(args.labels))
    files = _select(find_files(Path(args.contracts), labels), args)
    split = halves(labels)
    which = {"tune": {f for f, h in split.items() if h == "tune"}, "check": {f for f, h in split.items() if h == "check"},
             "all": set(split)}
    here = Path(__file__).resolve().parents[1]
    raw, meta = {}, {"contracts": args.contracts, "labels": args.labels, "engines": {}, "notes": []}
    if args.baseline:
        tree = Path(args.baseline).resolve()
        raw["baseline"] = _baseline(tree, args)
        meta["engines"]["baseline"] = f"commit {_git_head(tree)} ({tree})"
    raw["new"] = read_files(files)
    meta["engines"]["new"] = f"commit {_git_head(here)} + working tree"
    scores = {e: {form: {h: score(v, labels, which[h]) for h in which} for form, v in r.items() if v["rows"]}
              for e, r in raw.items()}
    for e, r in raw.items():
        for form, v in r.items():
            n = sum(1 for row in v["rows"] if "error" not in row)
            meta["notes"].append(f"{e} {form.upper()}: {n} contracts read in {v['seconds']} s")
            meta["notes"] += [f"{e} {form}: {row['error']}" for row in v["rows"] if "error" in row]
    return raw, scores, meta


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m evaluations.cuad_facts", description=__doc__.split("\n")[0])
    p.add_argument("--contracts", required=True, help="folder with pdf/ and/or txt/ (or the files)")
    p.add_argument("--labels", required=True, help="CUAD-format labels CSV")
    p.add_argument("--baseline", metavar="TREE", help="checkout of the engine to compare with")
    p.add_argument("--out", help="write the Markdown here (under evaluations/results/: a section of RESULTS.md)")
    p.add_argument("--limit", type=int, default=0, help="first N files of each form (smoke runs)")
    p.add_argument("--only", choices=["pdf", "txt"], help="one form only")
    p.add_argument("--examples", type=int, default=0, help="print N disagreements per fact (TUNE half only)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.dump:
        labels = read_labels(Path(args.labels))
        json.dump(read_files(_select(find_files(Path(args.contracts), labels), args)), sys.stdout)
        return 0
    if not Path(args.contracts).is_dir() or not Path(args.labels).is_file():
        print(f"error: {args.contracts} or {args.labels}: not found", file=sys.stderr)
        return 2
    _raw, scores, meta = run(args)
    meta["command"] = "python -m evaluations.cuad_facts " + " ".join(sys.argv[1:] if argv is None else argv)
    text = markdown(scores, meta)
    if args.examples:
        print(examples(scores["new"], args.examples), file=sys.stderr)
    if args.json:
        print(json.dumps({e: {form: {h: {fact: {"p": t.p(), "r": t.r(), "value": t.acc(), "tp": t.tp, "fp": t.fp,
                                                "fn": t.fn, "valued": t.valued, "right": t.right}
                                         for fact, t in hs.items()} for h, hs in fs.items()}
                              for form, fs in es.items()} for e, es in scores.items()}, indent=1))
    if args.out:
        from evaluations.common import SECTIONS, write_section

        out = Path(args.out)
        if out.resolve().parent == SECTIONS.resolve():
            write_section(out.stem, text)
        else:
            out.write_text(text, encoding="utf-8")
    elif not args.json:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
