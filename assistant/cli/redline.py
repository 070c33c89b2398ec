"""The redline options of `clausier review` and `clausier contract` (they call only `Clausier`).

`clausier review FILE… --redline OUT [--position balanced]`: one reviewed document → OUT is the
.docx to write (or a folder, which gets `<name>.redline.docx`); several documents (a contract
and its DPA reviewed together, or a batch) → OUT must be a folder and each document gets its
own `<name>.redline.docx` there. The input is never written over.

`clausier contract --scope … --against THEIRS --redline OUT.docx`: the counter-draft.
"""

from __future__ import annotations

import sys


def add_review_options(s) -> None:
    s.add_argument("--redline", metavar="OUT.docx|FOLDER",
                   help="write the review as Word tracked changes with comments: a .docx for one document, a "
                        "folder (one <name>.redline.docx per document) for several; PDF/TXT/MD inputs give a "
                        "clean DOCX of their text")
    s.add_argument("--position", choices=["msp", "balanced", "client"], default="balanced",
                   help="position of the proposed wording in the redline (default: balanced)")


def add_contract_options(s) -> None:
    s.add_argument("--against", metavar="THEIRS", help="the other side's contract (DOCX, PDF, TXT, MD): "
                                                       "counter-draft it (needs --redline)")
    s.add_argument("--redline", metavar="OUT.docx", help="with --against: their text changed into Clausier's "
                                                          "draft as tracked changes with comments")


def precheck(app, paths: list[str]) -> list[str]:
    """Files that must not be redlined (encrypted, corrupt, macro-enabled): their error lines."""
    from assistant.core import UserError

    errors = []
    for path in paths:
        try:
            app.check_redline_source(path)
        except UserError as exc:
            errors.append(str(exc))
    return errors


def write_review_redlines(app, args, docs: list, results: list) -> tuple[dict, bool]:
    """One redline per reviewed document; returns (document name → its redline JSON, whether one failed)."""
    from pathlib import Path

    from assistant.core import UserError

    reports = [r for res in results for r in (res.documents if hasattr(res, "documents") else [res])]
    by_name = {r.document: r for r in reports}
    paths = list(args.files)
    source = {d.name: next((p for p in paths if Path(p).name == d.name), d.name) for d in docs}
    out, failed = {}, False
    try:
        targets = app.redline_targets(args.redline, [d.name for d in docs])
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return {}, True
    for doc, target in zip(docs, targets):
        try:
            result = app.redline(source[doc.name], target, role=args.role, position=args.position, doc=doc,
                                 report=by_name.get(doc.name), inputs=paths)
        except UserError as exc:
            failed = True
            print(f"error: {exc}", file=sys.stderr)
            continue
        out[doc.name] = result.to_json()
        if not args.json:
            located = sum(1 for c in result.changes if c.located)
            print(f"redline: {result.path} ({len(result.changes)} change(s), {located} on their passage)")
            for note in result.notes:
                print(f"  note: {note}")
    return out, failed


def counter_draft(app, args, scope) -> dict:
    from assistant.core import UserError

    if not args.redline:
        raise UserError("--against needs --redline OUT.docx (the counter-draft is written as tracked changes)")
    result = app.counter_draft(args.against, args.redline, scope=scope, position=args.position, lang=args.lang)
    if not args.json:
        kinds = {}
        for c in result.changes:
            kinds[c.action] = kinds.get(c.action, 0) + 1
        print(f"counter-draft: {result.path} (" + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) + ")")
        for note in result.notes:
            print(f"  note: {note}")
    return result.to_json()


def attach(report_json: dict, made: dict) -> dict:
    """The review JSON with each document's redline (path and changes) under "redline"."""
    if not made:
        return report_json
    if "documents" in report_json:
        for doc in report_json["documents"]:
            if doc.get("document") in made:
                doc["redline"] = made[doc["document"]]
    elif report_json.get("document") in made:
        report_json["redline"] = made[report_json["document"]]
    return report_json
