"""Review quality on real US service contracts labelled by lawyers (CUAD format).

    python -m evaluations.cuad --contracts DIR --labels CSV [--baseline TREE] [--out FILE.md]

DIR holds `pdf/` and/or `txt/` (or the files themselves); CSV has one row per contract (`Filename`
is the PDF name; the text file has the same stem) and one column per CUAD category holding the
lawyers' excerpts (`[]` = none). Nothing is copied: files are read where they are.

Measures, PDFs and text separately:
- topic recall per mapped category, two ways: *document* (the report lists the topic) and *clause*
  (the clause holding the lawyers' excerpt carries the topic: the finding points at the right place);
- one-to-one precision and recall on insurance / non-solicitation / audit (CUAD labels every such
  clause, so a topic CUAD does not list is a false positive);
- contracts with a lawyer-found liability cap that the review flags `uncapped_liability`;
- seconds per document.

`--baseline TREE` reviews the same files with the engine of another checkout (a git worktree at
an older commit) in a subprocess, so both figures come from the same run on the same machine.
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
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

# CUAD category → taxonomy topic (../shared/datasets/README.md)
CATEGORIES: dict[str, str] = {
    "Governing Law": "disputes",
    "Termination For Convenience": "termination",
    "Anti-Assignment": "subcontracting_assignment",
    "No-Solicit Of Employees": "non_solicitation",
    "Audit Rights": "audit",
    "Cap On Liability": "liability",
    "Insurance": "insurance",
    "Post-Termination Services": "reversibility",
    "Ip Ownership Assignment": "intellectual_property",
    "License Grant": "intellectual_property",
    "Renewal Term": "duration_renewal",
    "Liquidated Damages": "penalties",
}
ONE_TO_ONE = {"insurance": "Insurance", "non_solicitation": "No-Solicit Of Employees", "audit": "Audit Rights"}
CAP = "Cap On Liability"
NO_CAP_RULE = "uncapped_liability"
ANCHOR_TOKENS = 8
GOALS = {"recall": 0.90, "precision": 0.90, "capped_flagged": 0.05}


# -- labels and files ----------------------------------------------------------------------------
def read_labels(path: Path) -> dict[str, dict[str, list[str]]]:
    """PDF file name → {category: [excerpts]} for the mapped categories."""
    csv.field_size_limit(1 << 28)
    out: dict[str, dict[str, list[str]]] = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cats = {}
            for cat in CATEGORIES:
                raw = (row.get(cat) or "").strip()
                try:
                    value = ast.literal_eval(raw) if raw else []
                except (ValueError, SyntaxError):
                    value = []
                cats[cat] = [str(x) for x in value if str(x).strip()]
            out[row["Filename"]] = cats
    return out


def find_files(root: Path, labels: dict) -> dict[str, list[tuple[str, Path]]]:
    """{"pdf": [(label key, path)], "txt": [...]}: files of DIR (or DIR/pdf, DIR/txt) that have labels."""
    stems = {Path(name).stem: name for name in labels}
    out: dict[str, list[tuple[str, Path]]] = {"pdf": [], "txt": []}
    for kind in ("pdf", "txt"):
        folder = root / kind if (root / kind).is_dir() else root
        for p in sorted(folder.glob(f"*.{kind}")):
            key = stems.get(p.stem)
            if key is not None:
                out[kind].append((key, p))
    return out


# -- locating an excerpt in the reviewed text ----------------------------------------------------
_TOKEN = re.compile(r"[a-z0-9]+")


def _tokens(text: str) -> tuple[list[str], list[int]]:
    low = text.lower()
    toks, offs = [], []
    for m in _TOKEN.finditer(low):
        toks.append(m.group(0))
        offs.append(m.start())
    return toks, offs


def locate(excerpt: str, index: dict[tuple[str, ...], list[int]], offs: list[int]) -> int | None:
    """Character offset of the excerpt in the document, anchored on a run of its words
    (PDF and text extractions differ in spaces, line breaks and hyphenation)."""
    toks, _ = _tokens(excerpt)
    if not toks:
        return None
    n = min(ANCHOR_TOKENS, len(toks))
    starts = (0, max(0, len(toks) // 2 - n // 2), max(0, len(toks) - n))
    found = [(st, index.get(tuple(toks[st:st + n])) or []) for st in starts]
    # An excerpt often opens with a stock phrase ("Without the prior written consent of the other Party") that
    # the contract used earlier: prefer the occurrence whose later anchors follow it where the excerpt puts them.
    slack = 60  # tokens: "<omitted>" gaps and extraction differences
    for st, hits in found:
        for h in hits:
            if all(not later or any(h - st + st2 - slack <= x <= h - st + st2 + len(toks) for x in later)
                   for st2, later in found if st2 > st):
                return offs[h]
    for _st, hits in found:
        if hits:
            return offs[hits[0]]
    return None


def anchor_index(text: str) -> tuple[dict[tuple[str, ...], list[int]], list[int]]:
    toks, offs = _tokens(text)
    index: dict[tuple[str, ...], list[int]] = {}
    for n in {ANCHOR_TOKENS} | set(range(1, ANCHOR_TOKENS)):
        for i in range(len(toks) - n + 1):
            index.setdefault(tuple(toks[i:i + n]), []).append(i)
    return index, offs


# -- reviewing (runs inside whichever checkout is being measured) ---------------------------------
def _retriever(use: bool):
    if not use:
        return None, 0.0
    from assistant.factory import build_app
    from assistant.settings import Settings

    t = time.perf_counter()
    app = build_app(Settings(data_dir=Path(tempfile.mkdtemp(prefix="clausier-cuad-"))))
    app.ensure_index()
    if hasattr(app.retriever, "warm"):
        app.retriever.warm()
    return app.retriever, time.perf_counter() - t


def review_files(files: dict[str, list[tuple[str, Path]]], labels: dict, *, use_retriever: bool) -> dict:
    """Per kind, per file: topics, flags, and the topics of the clause holding each excerpt."""
    from assistant.legal.review.documents import DocumentError, load_document
    from assistant.legal.review.report import review_document

    retriever, index_secs = _retriever(use_retriever)
    out: dict = {"index_seconds": round(index_secs, 2), "kinds": {}}
    for kind, items in files.items():
        rows, started = [], time.perf_counter()
        for key, path in items:
            t, cpu = time.perf_counter(), time.process_time()
            try:
                doc = load_document(path)
            except DocumentError as exc:
                rows.append({"file": key, "error": str(exc)})
                continue
            rep = review_document(doc, retriever=retriever, role="client").to_json()
            secs, cpu = time.perf_counter() - t, time.process_time() - cpu
            clauses = rep["clauses"]
            starts = [c["start"] for c in clauses]
            spans = [(c["start"], c.get("end") or (starts[i + 1] if i + 1 < len(starts) else len(doc.text)))
                     for i, c in enumerate(clauses)]
            index, offs = anchor_index(doc.text)
            excerpts = []
            for cat, found in labels[key].items():
                for ex in found:
                    at = locate(ex, index, offs)
                    topics: list[str] = []
                    if at is not None:
                        for (s, e), c in zip(spans, clauses):
                            if s <= at < e:
                                topics = list(c["topics"])
                                break
                    excerpts.append({"category": cat, "located": at is not None, "topics": topics})
            rows.append({"file": key, "seconds": round(secs, 3), "cpu": round(cpu, 3), "pages": doc.pages,
                         "clauses": len(clauses),
                         "topics": rep["topics"], "flags": sorted({f["rule"] for f in rep["flags"]}),
                         "excerpts": excerpts})
        out["kinds"][kind] = {"rows": rows, "seconds": round(time.perf_counter() - started, 2),
                              "cpu": round(sum(r.get("cpu", 0.0) for r in rows), 2)}
    return out


# -- scoring ---------------------------------------------------------------------------------------
@dataclass
class Scores:
    docs: int = 0
    errors: int = 0
    seconds: float = 0.0
    doc_recall: dict[str, list[int]] = field(default_factory=dict)     # category → [hit, total]
    clause_recall: dict[str, list[int]] = field(default_factory=dict)  # category → [hit, located]
    one_to_one: dict[str, list[int]] = field(default_factory=dict)     # topic → [tp, fp, fn]
    capped: list[int] = field(default_factory=lambda: [0, 0])          # [flagged uncapped, with a cap]
    single_block: int = 0
    cpu: float = 0.0
    thirty: tuple | None = None  # (file, pages, wall s, cpu s) of the PDF closest to 30 pages

    @staticmethod
    def ratio(a: int, b: int) -> float | None:
        return a / b if b else None

    def total(self, table: dict[str, list[int]]) -> float | None:
        hit = sum(v[0] for v in table.values())
        n = sum(v[1] for v in table.values())
        return self.ratio(hit, n)

    def precision(self, topic: str | None = None) -> float | None:
        rows = [self.one_to_one[topic]] if topic else list(self.one_to_one.values())
        tp, fp = sum(r[0] for r in rows), sum(r[1] for r in rows)
        return self.ratio(tp, tp + fp)

    def recall121(self, topic: str | None = None) -> float | None:
        rows = [self.one_to_one[topic]] if topic else list(self.one_to_one.values())
        tp, fn = sum(r[0] for r in rows), sum(r[2] for r in rows)
        return self.ratio(tp, tp + fn)


def score(kind_result: dict, labels: dict) -> Scores:
    s = Scores(seconds=kind_result["seconds"], cpu=kind_result.get("cpu", 0.0))
    paged = [r for r in kind_result["rows"] if "error" not in r and r.get("pages", 1) > 1]
    if paged:
        r = min(paged, key=lambda r: abs(r["pages"] - 30))
        s.thirty = (r["file"], r["pages"], r["seconds"], r.get("cpu"))
    for cat in CATEGORIES:
        s.doc_recall[cat], s.clause_recall[cat] = [0, 0], [0, 0]
    for topic in ONE_TO_ONE:
        s.one_to_one[topic] = [0, 0, 0]
    for row in kind_result["rows"]:
        if "error" in row:
            s.errors += 1
            continue
        s.docs += 1
        s.single_block += row["clauses"] <= 2
        cats = labels[row["file"]]
        topics = set(row["topics"])
        for cat, topic in CATEGORIES.items():
            if cats[cat]:
                s.doc_recall[cat][1] += 1
                s.doc_recall[cat][0] += topic in topics
        for ex in row["excerpts"]:
            if ex["located"]:
                s.clause_recall[ex["category"]][1] += 1
                s.clause_recall[ex["category"]][0] += CATEGORIES[ex["category"]] in ex["topics"]
        for topic, cat in ONE_TO_ONE.items():
            truth, said = bool(cats[cat]), topic in topics
            s.one_to_one[topic][0] += truth and said
            s.one_to_one[topic][1] += said and not truth
            s.one_to_one[topic][2] += truth and not said
        if cats[CAP]:
            s.capped[1] += 1
            s.capped[0] += NO_CAP_RULE in row["flags"]
    return s


# -- report ----------------------------------------------------------------------------------------
def _f(v: float | None) -> str:
    return "—" if v is None else f"{v:.3f}"


def _pct(a: int, b: int) -> str:
    return "—" if not b else f"{a}/{b} ({100 * a / b:.0f} %)"


def markdown(results: dict[str, dict[str, Scores]], meta: dict) -> str:
    """results: engine name → kind → Scores."""
    engines = list(results)
    kinds = [k for k in ("pdf", "txt") if any(k in results[e] for e in engines)]
    out = ["# CUAD service contracts: topic recall, one-to-one precision, caps read as no cap", "",
           f"Run {meta['when']} with `{meta['command']}`.",
           f"Data: {meta['contracts']} (labels {meta['labels']}), read in place. Engines: "
           + "; ".join(f"**{e}** = {meta['engines'][e]}" for e in engines) + ".",
           f"Review with the clause-library retriever: {'yes' if meta['retriever'] else 'no (cues only)'}.",
           "", "Clause recall: the clause that holds the lawyers' excerpt carries the mapped topic (excerpts located "
           "in the extracted text by a run of 8 words). Document recall: the report lists the topic anywhere. "
           "Precision is one-to-one (CUAD labels every insurance, non-solicitation and audit clause).", "",
           "## Summary", "",
           "| measure | goal | " + " | ".join(f"{e} {k.upper()}" for e in engines for k in kinds) + " |",
           "|---|---|" + "---|" * (len(engines) * len(kinds))]

    def line(name: str, goal: str, fn) -> None:
        out.append(f"| {name} | {goal} | " + " | ".join(
            fn(results[e][k]) if k in results[e] else "—" for e in engines for k in kinds) + " |")

    line("topic recall, clause level", "≥ 0.90", lambda s: _f(s.total(s.clause_recall)))
    line("topic recall, document level", "≥ 0.90", lambda s: _f(s.total(s.doc_recall)))
    line("precision insurance/non-solicitation/audit", "≥ 0.90", lambda s: _f(s.precision()))
    line("recall insurance/non-solicitation/audit (document)", "—", lambda s: _f(s.recall121()))
    line("capped contracts flagged \"no cap\"", "≤ 5 %", lambda s: _pct(*s.capped))
    line("documents read as ≤ 2 clauses", "—", lambda s: f"{s.single_block}/{s.docs}")
    line("unreadable files", "—", lambda s: str(s.errors))
    line("review seconds, whole set (wall / CPU)", "≤ 120", lambda s: f"{s.seconds:.1f} / {s.cpu:.1f}")
    line("PDF closest to 30 pages: seconds (wall / CPU)", "≤ 2",
         lambda s: f"{s.thirty[2]:.2f} / {s.thirty[3]:.2f} ({s.thirty[1]} p.)" if s.thirty else "—")
    for kind in kinds:
        out += ["", f"## {kind.upper()}: recall per category (clause level · document level)", "",
                "| category | topic | " + " | ".join(f"{e} clause | {e} doc" for e in engines) + " |",
                "|---|---|" + "---|---|" * len(engines)]
        for cat, topic in CATEGORIES.items():
            cells = []
            for e in engines:
                s = results[e].get(kind)
                if s is None:
                    cells += ["—", "—"]
                    continue
                (ch, cn), (dh, dn) = s.clause_recall[cat], s.doc_recall[cat]
                cells += [f"{_f(s.ratio(ch, cn))} ({ch}/{cn})", f"{_f(s.ratio(dh, dn))} ({dh}/{dn})"]
            out.append(f"| {cat} | {topic} | " + " | ".join(cells) + " |")
        out += ["", f"One-to-one ({kind.upper()}): precision / recall per topic", "",
                "| topic | " + " | ".join(f"{e} P | {e} R | {e} tp/fp/fn" for e in engines) + " |",
                "|---|" + "---|---|---|" * len(engines)]
        for topic in ONE_TO_ONE:
            cells = []
            for e in engines:
                s = results[e].get(kind)
                if s is None:
                    cells += ["—"] * 3
                    continue
                tp, fp, fn = s.one_to_one[topic]
                cells += [_f(s.precision(topic)), _f(s.recall121(topic)), f"{tp}/{fp}/{fn}"]
            out.append(f"| {topic} | " + " | ".join(cells) + " |")
    if meta.get("notes"):
        out += ["", "## Notes", "", *[f"- {n}" for n in meta["notes"]]]
    return "\n".join(out) + "\n"


# -- entry points ------------------------------------------------------------------------------------
def _select(files: dict, args) -> dict:
    files = {k: v for k, v in files.items() if not args.only or k == args.only}
    return {k: v[:args.limit] for k, v in files.items()} if args.limit else files


def _dump(args) -> int:
    """Subprocess side of --baseline: review with the engine importable here, print JSON."""
    labels = read_labels(Path(args.labels))
    files = _select(find_files(Path(args.contracts), labels), args)
    json.dump(review_files(files, labels, use_retriever=not args.no_retriever), sys.stdout)
    return 0


def _baseline(tree: Path, args) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree), OMP_WAIT_POLICY="PASSIVE")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--dump", "--contracts", str(Path(args.contracts).resolve()),
           "--labels", str(Path(args.labels).resolve())]
    if args.no_retriever:
        cmd.append("--no-retriever")
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    if args.only:
        cmd += ["--only", args.only]
    proc = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"baseline run failed in {tree}: {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(proc.stdout)


def _shown_args(argv: list[str]) -> list[str]:
    """The command line as the report shows it: the notes are in the report already."""
    out, skip = [], False
    for a in argv:
        if skip:
            skip = False
            continue
        if a == "--note":
            out.append("--note …")
            skip = True
        elif a.startswith("--note="):
            out.append("--note …")
        else:
            out.append(a)
    return out


def _git_head(tree: Path) -> str:
    try:
        return subprocess.run(["git", "-C", str(tree), "log", "--format=%h", "-1"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m evaluations.cuad", description=__doc__.split("\n")[0])
    p.add_argument("--contracts", required=True, help="folder with pdf/ and/or txt/ (or the files)")
    p.add_argument("--labels", required=True, help="CUAD-format labels CSV")
    p.add_argument("--baseline", metavar="TREE", help="checkout of the engine to compare with (e.g. a git worktree)")
    p.add_argument("--out", help="write the Markdown report here (default: print it)")
    p.add_argument("--no-retriever", action="store_true", help="cues only (no clause-library index)")
    p.add_argument("--limit", type=int, default=0, help="first N files of each kind (smoke runs)")
    p.add_argument("--only", choices=["pdf", "txt"], help="one form only")
    p.add_argument("--json", action="store_true", help="print the summary figures as JSON")
    p.add_argument("--note", action="append", default=[], help="a line for the report's Notes (repeatable)")
    p.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.dump:
        return _dump(args)
    contracts, labels_path = Path(args.contracts), Path(args.labels)
    if not contracts.is_dir() or not labels_path.is_file():
        print(f"error: {contracts if not contracts.is_dir() else labels_path}: not found", file=sys.stderr)
        return 2
    labels = read_labels(labels_path)
    files = _select(find_files(contracts, labels), args)
    if not any(files.values()):
        print(f"error: {contracts}: no PDF or text file named in {labels_path.name}", file=sys.stderr)
        return 2
    here = Path(__file__).resolve().parents[1]
    raw: dict[str, dict] = {}
    meta = {"when": time.strftime("%Y-%m-%d %H:%M"), "contracts": str(contracts), "labels": str(labels_path),
            "retriever": not args.no_retriever, "engines": {}, "notes": [],
            "command": "python -m evaluations.cuad " + " ".join(_shown_args(sys.argv[1:] if argv is None else argv))}
    if args.baseline:
        tree = Path(args.baseline).resolve()
        raw["baseline"] = _baseline(tree, args)
        meta["engines"]["baseline"] = f"commit {_git_head(tree)} ({tree})"
    raw["new"] = review_files(files, labels, use_retriever=not args.no_retriever)
    meta["engines"]["new"] = f"commit {_git_head(here)} + working tree ({here})"
    results = {e: {k: score(v, labels) for k, v in r["kinds"].items() if v["rows"]} for e, r in raw.items()}
    for e, r in raw.items():
        meta["notes"].append(f"{e}: index build and model warm-up {r['index_seconds']} s (not counted in review time)")
        for kind, v in r["kinds"].items():
            errs = [row["error"] for row in v["rows"] if "error" in row]
            meta["notes"] += [f"{e} {kind}: {msg}" for msg in errs]
    meta["notes"] += args.note
    text = markdown(results, meta)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    if args.json:
        print(json.dumps({e: {k: {"clause_recall": s.total(s.clause_recall), "doc_recall": s.total(s.doc_recall),
                                  "precision_121": s.precision(), "capped_flagged": s.capped,
                                  "seconds": s.seconds} for k, s in ks.items()} for e, ks in results.items()},
                         indent=1))
    elif not args.out:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
