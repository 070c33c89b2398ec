"""`clausier` command line: parses, calls the core, prints text or JSON. No logic of its own.

Heavy libraries (chromadb, langchain, gradio) are imported only by the commands that use
them, so `clausier --help` stays instant.
"""

from __future__ import annotations

import argparse
import sys

from assistant.cli.common import (  # noqa: F401 - re-exported: tests and older callers use these names
    _CONTROL, EXIT_USAGE, CliError, _app, _one_line, _Parser, _print_json, _read_batch, _run_batch, _SafeText,
    _tolerant_output)


# -- commands ------------------------------------------------------------------------------
def cmd_search(args) -> int:
    app = _app(preload=True)

    def one(query: str, k: int) -> dict:
        results = app.search(query, k=k, kind=args.kind, lang=args.lang, label=args.label)
        return {"results": [r.to_json() for r in results]}

    if args.batch:
        return _run_batch(args.batch, lambda o: one(str(o.get("query", "")), int(o.get("k", args.k))))
    if not args.query:
        raise CliError("a query is required (or --batch FILE.jsonl)")
    out = one(" ".join(args.query), args.k)
    if args.json:
        _print_json(out)
    else:
        if not out["results"]:
            print("no result")
        for i, r in enumerate(out["results"], 1):
            print(f"{i}. [{r['score']:.3f}] {r['title']}  ({r['id']}; {', '.join(r['labels'][:3])})")
    return 0


def cmd_index(args) -> int:
    app = _app()
    if args.stats:
        stats = app.stats()
        if args.json:
            _print_json(stats)
        else:
            print(f"collection {stats['collection']} ({stats['embedder']}): {stats['entries']} entries, "
                  f"{stats['records']} records")
            for key in ("by_kind", "by_lang", "by_kind_lang", "by_source"):
                print(f"{key}: " + ", ".join(f"{k}={v}" for k, v in sorted(stats[key].items())))
            print("by_label:")
            for label, n in stats["by_label"].items():
                print(f"  {label}: {n}")
        return 0
    report = app.reindex(full=args.rebuild)
    if args.json:
        _print_json({"added": report.added, "updated": report.updated, "deleted": report.deleted,
                     "unchanged": report.unchanged, "embedded": report.embedded,
                     "rebuilt": report.rebuilt, "seconds": round(report.seconds, 3)})
    else:
        print(report.summary())
    return 0


def cmd_ask(args) -> int:
    app = _app(preload=True)

    def one(obj: dict) -> dict:
        return app.ask(str(obj.get("question", "")), role=obj.get("role", args.role),
                       lang=obj.get("lang", args.lang), conversation_id=obj.get("conversation")).to_json()

    if args.batch:
        return _run_batch(args.batch, one)
    if not args.question:
        raise CliError("a question is required (or --batch FILE.jsonl)")
    answer = app.ask(" ".join(args.question), role=args.role, lang=args.lang)
    if args.json:
        _print_json(answer.to_json())
    else:
        print(answer.answer)
        if answer.citations:
            print()
            for c in answer.citations:
                print(f"[{c.ref}] {c.title} ({c.id})")
        print(f"\n(mode: {answer.mode}, intent: {answer.intent})")
    return 0


def cmd_explain(args) -> int:
    app = _app(preload=True)
    out = app.explain(" ".join(args.term), lang=args.lang)
    if args.json:
        _print_json(out.to_json())
    else:
        print(out.explanation)
        for c in out.citations:
            print(f"[{c.ref}] {c.title} ({c.id})")
    return 0


def cmd_obligations(args) -> int:
    from assistant.factory import build_light_app
    from assistant.legal.obligations import type_name

    report = build_light_app().obligations(args.scope, lang=args.lang or "fr")
    if args.json:
        _print_json(report.to_json())
    else:
        lang = args.lang or "fr"
        print(f"overall: {type_name(report.overall, lang)}")
        for c in report.commitments:
            print(f"- {c.id}: {type_name(c.type, lang)} — {c.rationale}")
        print()
        print(report.explanation)
    return 0


class _ProgressBar:
    """A one-line text bar on stderr (no dependency): `[#####-----]  50%  indexing x.pdf`."""

    def __init__(self, width: int = 30) -> None:
        self.width = width
        self.last = ""

    def __call__(self, fraction: float, message: str) -> None:
        fraction = min(max(fraction, 0.0), 1.0)
        filled = int(round(fraction * self.width))
        line = f"[{'#' * filled}{'-' * (self.width - filled)}] {fraction:4.0%}  {message}"[:100]
        sys.stderr.write("\r" + line.ljust(len(self.last)))
        sys.stderr.flush()
        self.last = line
        if fraction >= 1.0:
            sys.stderr.write("\n")
            sys.stderr.flush()


def cmd_ingest(args) -> int:
    app = _app(preload=True)
    show = args.progress or (not args.no_progress and sys.stderr.isatty())
    report = app.ingest(args.paths, on_progress=_ProgressBar() if show else None)
    for line in report.skipped:  # e.g. a link out of the folder (issue 18)
        print(f"warning: {_one_line(line)}", file=sys.stderr)
    if args.json:
        _print_json(report.to_json())
    else:
        for d in report.documents:
            again = f", replaced {d.replaced} earlier chunks" if d.replaced else ""
            print(f"{d.name}: {d.pages} pages, {d.chunks} chunks ({d.language}){again}; "
                  f"topics: {', '.join(d.topics) or '-'}")
        print(report.summary())
    return 0


def _scope_arg(value: str):
    from assistant.core import UserError
    from assistant.legal.scope import ScopeError, parse_scope

    try:
        return parse_scope(value)
    except ScopeError as exc:
        raise UserError(str(exc)) from exc


def cmd_draft(args) -> int:
    from assistant.factory import build_light_app
    from assistant.legal.obligations import type_name

    from assistant.legal.drafting.clause import clause_topics

    app = build_light_app()
    topics = clause_topics(app.kb_entries())
    if args.topic not in topics:  # the list is longer than one error line: printed on its own
        print(f"error: unknown topic {_one_line(args.topic, limit=60)!r}", file=sys.stderr)
        print("valid topics: " + ", ".join(topics), file=sys.stderr)
        return EXIT_USAGE
    clause = app.draft(args.topic, scope=_scope_arg(args.scope), position=args.position, lang=args.lang or "fr")
    out = clause.to_json()
    if args.json:
        _print_json(out)
        return 0
    lang = args.lang or "fr"
    print(clause.text.rstrip())
    print(f"\n{type_name(clause.obligation_type, lang)}: {clause.rationale}")
    for note in clause.negotiation_notes:
        print(f"- {note}")
    for c in clause.citations:
        print(f"[{c.ref}] {c.title} ({c.id})")
    return 0


def cmd_contract(args) -> int:
    from assistant.factory import build_light_app
    from assistant.legal.drafting.export import to_markdown

    if args.against or args.redline:  # the counter-draft (assistant/cli/redline.py)
        from assistant.cli.redline import counter_draft

        out = counter_draft(build_light_app(), args, _scope_arg(args.scope))
        if args.json:
            _print_json(out)
        return 0
    draft = build_light_app().contract(scope=_scope_arg(args.scope), position=args.position, lang=args.lang or "fr",
                                       out=args.out)
    if args.json:
        _print_json(draft.to_json())
    elif args.out:
        warn = len(draft.warnings)
        print(f"{draft.path}: {len(draft.sections)} articles, {len(draft.annexes)} annexes; "
              f"consistency: {len(draft.consistency) - warn} ok, {warn} warning(s)")
        for c in draft.warnings:
            print(f"  warning: {c.message}")
    else:
        sys.stdout.write(to_markdown(draft))
    return 0


def _review_summary(report) -> str:
    """Readable text for one reviewed document."""
    j = report.to_json()
    art = j["gdpr_art28"]
    kind = (j.get("document_type") or {}).get("type", "unknown")
    lines = [f"== {j['document']} ({j['language']}, read from the {j['role']} side): {len(j['clauses'])} clauses; "
             f"document type: {kind}"]
    for c in j["clauses"]:
        lines.append(f"  {c['start']:>7}  {(c['heading'] or '(untitled)')[:60]:60}  {', '.join(c['topics']) or '-'}")
    lines.append("missing essential topics: " + (", ".join(j["missing_essential"]) or "none"))
    if j.get("terms_elsewhere"):  # a part of a contract reviewed alone: one grouped low finding
        left = j["terms_elsewhere"]
        lines.append(f"  {left['severity'].upper():6} {left['kind']} ({', '.join(left['topics'])}): {left['issue']}")
        lines.append(f"         ask for: {left['ask']}")
    present = [k for k, v in art["elements"].items() if v["present"]]
    lines.append(f"GDPR Art. 28 applies: {'yes' if art['applies'] else 'no'} ({art['reason']}); "
                 f"{len(present)}/{len(art['elements'])} elements found")
    for element, v in art["elements"].items():
        mark = "x" if v["present"] else " "
        lines.append(f"  [{mark}] {element}" + (f": \"{v['evidence'][:110]}\"" if v["evidence"] else ""))
    lines.append(f"flags ({len(j['flags'])}):")
    for f in j["flags"]:
        where = f" [{f['clause']}]" if f.get("clause") else ""
        if f.get("span"):
            where += f" @{f['span'][0]}-{f['span'][1]}"
        lines.append(f"  {f['severity'].upper():6} {f['rule']}{where}: {f['issue']}")
        lines.append(f"         ask for: {f['ask']}")
    return "\n".join(lines)


def _set_summary(report) -> str:
    """Readable text for documents reviewed as one contract."""
    j = report.to_json()
    art = j["gdpr_art28"]
    present = [k for k, v in art["elements"].items() if v["present"]]
    lines = [f"== set of {len(j['set'])} documents read as one contract: "
             + ", ".join(f"{name} ({kind})" for name, kind in j["types"].items()),
             f"GDPR Art. 28 applies: {'yes' if art['applies'] else 'no'} ({art['reason']}); "
             f"{len(present)}/{len(art['elements'])} elements found in the set"]
    for element, v in art["elements"].items():
        where = f" [{v['document']}]" if v["document"] else ""
        lines.append(f"  [{'x' if v['present'] else ' '}] {element}{where}")
    rev = j["reversibility"]
    lines.append("reversibility: " + (f"provided [{rev['document']}]" if rev["present"] else "not found in the set"))
    lines.append("missing essential topics (whole set): " + (", ".join(j["missing_essential"]) or "none"))
    if j.get("terms_elsewhere"):  # only parts in the set: what the main agreement must settle
        left = j["terms_elsewhere"]
        lines.append(f"  {left['severity'].upper():6} {left['kind']} ({', '.join(left['topics'])}): {left['issue']}")
    lines += [f"note: {n}" for n in j["notes"]]
    return "\n".join(lines) + "\n\n" + "\n\n".join(_review_summary(r) for r in report.documents)


def _review_files(app, args) -> bool:
    """The FILE arguments: read them all, then review them as one contract or one by one
    (docset.form_set); results and error lines come out in the order of the files."""
    from assistant.core import UserError

    if getattr(args, "redline", None):  # encrypted, corrupt or macro-enabled Word files: refused first (issue 16)
        from assistant.cli.redline import precheck

        errors = precheck(app, args.files)
        for error in errors:
            print(f"error: {_one_line(error)}", file=sys.stderr)
        if errors:
            return True
    loaded: list[tuple[str, object, str | None]] = []  # (path, document or None, error)
    for path in args.files:
        try:
            loaded.append((path, app.load_for_review(path), None))
        except UserError as exc:
            loaded.append((path, None, str(exc)))
    docs = [doc for _p, doc, _e in loaded if doc is not None]
    mode = "set" if args.set else "separate" if args.separate else "auto"
    results: list = []
    if docs:
        try:
            results = app.review_documents(docs, role=args.role, mode=mode)
        except UserError as exc:
            print(f"error: {_one_line(str(exc))}", file=sys.stderr)
            return True
    from assistant.cli.redline import attach, write_review_redlines

    made, bad = write_review_redlines(app, args, docs, results) if getattr(args, "redline", None) and results \
        else ({}, False)  # one redline per document (issue 16, assistant/cli/redline.py)
    one_set = len(results) == 1 and hasattr(results[0], "documents")
    pending = iter(results)
    printed_set = False
    for path, doc, err in loaded:
        if err is not None:
            print(f"error: {_one_line(err)}", file=sys.stderr)
            if args.json:
                _print_json({"error": err, "document": path})
            continue
        if one_set and printed_set:
            continue
        report = next(pending)
        printed_set = one_set
        if args.json:
            _print_json(attach(report.to_json(), made))
        else:
            print((_set_summary(report) if one_set else _review_summary(report)) + "\n")
    return bad or any(err is not None for _p, _d, err in loaded)


def cmd_review(args) -> int:
    """One result per file, in order; a bad file gets an error line and exit 2 at the end."""
    from assistant.core import UserError

    jobs: list[tuple[str | None, str, str | None]] = []  # (path, role, error)
    if args.batch:
        for n, obj, err in _read_batch(args.batch):
            path = obj.get("path") if obj else None
            if err is None and not isinstance(path, str):
                err = f"line {n}: expected {{\"path\": ...}}"
            role = (obj or {}).get("role", args.role)
            jobs.append((path, role if isinstance(role, str) else args.role, err))
    if not jobs and not args.files:
        raise CliError("give one or more files to review (or --batch FILE.jsonl)")
    app = _app()
    failed = False
    for path, role, err in jobs:
        if err is None:
            try:
                report = app.review_file(path, role=role)
            except UserError as exc:
                err = str(exc)
            else:
                if args.json:
                    _print_json(report.to_json())
                else:
                    print(_review_summary(report) + "\n")
                continue
        failed = True
        print(f"error: {_one_line(err)}", file=sys.stderr)
        if args.json:
            _print_json({"error": err, "document": path})
    if args.files:
        failed = _review_files(app, args) or failed
    return EXIT_USAGE if failed else 0


def cmd_serve(args) -> int:
    from assistant.web.app import serve

    serve(host=args.host, port=args.port)
    return 0


# -- parser --------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="clausier",
        description="Negotiate, explain and draft IT outsourcing / managed-services contracts "
                    "(infogérance, maintenance informatique, GDPR Art. 28). Not legal advice.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("search", help="search the knowledge base")
    s.add_argument("query", nargs="*")
    s.add_argument("--k", type=int, default=5)
    s.add_argument("--kind", choices=["clause", "term", "gdpr", "guide", "card", "user"])
    s.add_argument("--lang", choices=["fr", "en"])
    s.add_argument("--label", help="topic:<id>, term:<id> or art28:<id>")
    s.add_argument("--batch", metavar="FILE.jsonl", help='one {"query": …, "k": …} per line')
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_search)

    s = sub.add_parser("index", help="build or update the index (idempotent)")
    s.add_argument("--stats", action="store_true", help="counts by kind, language and label")
    s.add_argument("--rebuild", action="store_true", help="rebuild from scratch (built aside, then swapped)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_index)

    s = sub.add_parser("ask", help="ask a question (grounded answer with citations)")
    s.add_argument("question", nargs="*")
    s.add_argument("--role", choices=["msp", "client"])
    s.add_argument("--lang", choices=["fr", "en"])
    s.add_argument("--batch", metavar="FILE.jsonl", help='one {"question": …} per line')
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_ask)

    s = sub.add_parser("explain", help="explain a term in plain language")
    s.add_argument("term", nargs="+")
    s.add_argument("--lang", choices=["fr", "en"])
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_explain)

    s = sub.add_parser("obligations", help="means / reinforced means / result for each commitment of a scope")
    s.add_argument("--scope", required=True, help="scope profile: a .json/.yaml file or inline JSON")
    s.add_argument("--lang", choices=["fr", "en"])
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_obligations)

    s = sub.add_parser("ingest", help="add your own documents (PDF, DOCX, TXT, MD or folders) to the library")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--progress", action="store_true", help="show the progress bar even when stderr is not a terminal")
    s.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("draft", help="draft one clause balanced to a scope, in a position")
    s.add_argument("topic", help="clause topic id, e.g. sla, liability, reversibility")
    s.add_argument("--scope", default=None, help="scope profile: a .json/.yaml file or inline JSON (default: usual SME)")
    s.add_argument("--position", choices=["msp", "balanced", "client"], default="balanced")
    s.add_argument("--lang", choices=["fr", "en"])
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_draft)

    s = sub.add_parser("contract", help="draft a whole contract with annexes and a consistency report")
    s.add_argument("--scope", default=None, help="scope profile: a .json/.yaml file or inline JSON (default: usual SME)")
    s.add_argument("--position", choices=["msp", "balanced", "client"], default="balanced")
    s.add_argument("--lang", choices=["fr", "en"])
    s.add_argument("--out", metavar="FILE.md|FILE.docx", help="write the contract to a Markdown or Word file")
    from assistant.cli.redline import add_contract_options, add_review_options

    add_contract_options(s)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_contract)

    s = sub.add_parser("review", help="review contracts (PDF, DOCX, TXT, MD): clauses, missing terms, GDPR "
                                      "Art. 28, risk flags")
    s.add_argument("files", nargs="*", metavar="FILE")
    s.add_argument("--role", choices=["client", "msp"], default="client",
                   help="whose side the severities are for (default: client)")
    s.add_argument("--batch", metavar="FILE.jsonl", help='one {"path": …} per line')
    group = s.add_mutually_exclusive_group()
    group.add_argument("--set", action="store_true",
                       help="the files are one contract (e.g. CGV + DPA + SLA): one set-level verdict")
    group.add_argument("--separate", action="store_true",
                       help="review each file on its own (default: 2-5 files form a set when one names "
                            "another, or a DPA/SLA/order form/CCTP names the same party)")
    add_review_options(s)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_review)

    from assistant.cli.chat import add_parser as add_chat

    add_chat(sub)

    from assistant.cli import library, precedents

    library.add_parser(sub)
    precedents.add_parser(sub)

    s = sub.add_parser("serve", help="start the web app")
    s.add_argument("--host", default=None)
    s.add_argument("--port", type=int, default=None)
    s.set_defaults(func=cmd_serve)

    return p


def main(argv: list[str] | None = None) -> int:
    _tolerant_output()
    if not isinstance(sys.stdout, _SafeText):
        sys.stdout = _SafeText(sys.stdout)  # type: ignore[assignment]
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    if getattr(args, "k", 1) is not None and hasattr(args, "k") and not (1 <= args.k <= 100):
        print("error: --k must be between 1 and 100", file=sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except CliError as exc:
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - the user gets a message, never a traceback
        from assistant.core import UserError
        from assistant.factory import SetupError

        if isinstance(exc, (UserError, SetupError)):
            print(f"error: {_one_line(exc)}", file=sys.stderr)
            return EXIT_USAGE
        from pydantic import ValidationError

        if isinstance(exc, ValidationError):
            print(f"error: invalid input: {_one_line(_short_validation(exc))}", file=sys.stderr)
            return EXIT_USAGE
        print(f"error: unexpected failure ({type(exc).__name__}: {_one_line(exc)}); please report it", file=sys.stderr)
        return 1


def _short_validation(exc) -> str:
    parts = []
    for err in exc.errors()[:5]:
        loc = ".".join(str(x) for x in err.get("loc", ())) or "value"
        parts.append(f"{loc}: {err.get('msg')}")
    return "; ".join(parts)


if __name__ == "__main__":
    sys.exit(main())
