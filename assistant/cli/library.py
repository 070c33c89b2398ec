"""`clausier library add FILE… [--name BANK] [--strict]`, `clausier library list`,
`clausier library remove BANK [--id ID…]`: the user's own clause banks (assistant/precedents)."""

from __future__ import annotations

import sys

EXIT_USAGE = 2


def add_parser(sub) -> None:
    s = sub.add_parser("library", help="your own clause bank: add JSONL/CSV/DOCX/PDF clauses, list, remove")
    lib = s.add_subparsers(dest="library_command", metavar="ACTION")
    a = lib.add_parser("add", help="import clauses (JSONL/CSV: id, text, title?, source?, side?; DOCX/PDF: split "
                                   "into clauses); re-importing unchanged clauses costs nothing")
    a.add_argument("files", nargs="+", metavar="FILE")
    a.add_argument("--name", default=None, metavar="BANK", help="bank name (default: 'default')")
    a.add_argument("--strict", action="store_true", help="stop (exit 2, nothing imported) at the first malformed record")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_add)
    ls = lib.add_parser("list", help="your banks and their number of clauses")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    rm = lib.add_parser("remove", help="remove a bank, or some clauses of it (--id)")
    rm.add_argument("bank")
    rm.add_argument("--id", action="append", dest="ids", metavar="ID", help="remove only this clause (repeatable)")
    rm.add_argument("--json", action="store_true")
    rm.set_defaults(func=cmd_remove)
    s.set_defaults(func=lambda args: (s.print_help(), EXIT_USAGE)[1])


def _app():
    from assistant.factory import build_light_app

    return build_light_app()


def _progress():
    if not sys.stderr.isatty():
        return None
    state = {"last": -1}

    def show(fraction: float, message: str) -> None:
        pct = int(fraction * 100)
        if pct != state["last"]:
            state["last"] = pct
            sys.stderr.write(f"\r{pct:3d}% {message}   ")
            if fraction >= 1:
                sys.stderr.write("\n")
            sys.stderr.flush()

    return show


def cmd_add(args) -> int:
    from assistant.cli.common import _print_json

    report = _app().library_add(args.files, bank=args.name, strict=args.strict, on_progress=_progress())
    for problem in report.problems:
        print(f"skipped {problem}", file=sys.stderr)
    if args.json:
        _print_json(report.to_json())
    else:
        print(f"bank {report.bank!r}: {report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
              f"{report.skipped} malformed record(s) skipped; {report.total} clauses in the bank "
              f"({report.seconds:.1f} s)")
    return 0


def cmd_list(args) -> int:
    from assistant.cli.common import _print_json

    banks = _app().library_banks()
    if args.json:
        _print_json({"banks": [b.to_json() for b in banks]})
    elif not banks:
        print("no clause bank yet: clausier library add FILE… --name BANK")
    else:
        for b in banks:
            print(f"{b.name}\t{b.clauses} clauses")
    return 0


def cmd_remove(args) -> int:
    from assistant.cli.common import _print_json

    n = _app().library_remove(args.bank, ids=args.ids)
    if args.json:
        _print_json({"bank": args.bank, "removed": n})
    else:
        print(f"removed {n} clause(s) from {args.bank!r}" + ("" if args.ids else " (bank deleted)"))
    return 0
