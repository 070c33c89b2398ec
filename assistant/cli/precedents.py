"""`clausier precedents "QUERY" [--library BANK] [--k N] [--json]` and `--batch FILE.jsonl`
({"query": …, "k"?: …, "library"?: …} per line): ranked clauses of your own bank, with their facts."""

from __future__ import annotations

import sys
import textwrap


def add_parser(sub) -> None:
    s = sub.add_parser("precedents", help="find precedent clauses in your own bank (FR/EN queries)")
    s.add_argument("query", nargs="?", help='e.g. "seller-favorable cap on liability"')
    s.add_argument("--library", default=None, metavar="BANK", help="bank name (default: 'default')")
    s.add_argument("--k", type=int, default=5)
    s.add_argument("--json", action="store_true")
    s.add_argument("--batch", metavar="FILE.jsonl", help='one {"query": …, "k"?: …} per line ("-" for stdin)')
    s.add_argument("--no-rerank", action="store_true", help="skip the model re-ranker even when a model is configured")
    s.set_defaults(func=cmd_precedents)


def _show(results) -> None:
    print(results.notice)
    for n, hit in enumerate(results.hits, 1):
        facts = hit.facts or {}
        tags = ", ".join(x for x in [*facts.get("topics", []), *("carve-out: " + c for c in facts.get("carve_outs", [])),
                                     f"favours {facts['favours']}" if facts.get("favours") else ""] if x)
        print(f"\n{n}. [{hit.id}] score {hit.score:.3f}" + (f" · {hit.source}" if hit.source else ""))
        if tags:
            print(f"   facts: {tags}")
        flat = " ".join(hit.text.split())
        print(textwrap.indent(textwrap.fill(flat[:600] + ("…" if len(flat) > 600 else ""), 100), "   "))


def cmd_precedents(args) -> int:
    from assistant.cli.common import CliError, _print_json, _run_batch
    from assistant.factory import build_light_app

    if bool(args.query) == bool(args.batch):
        raise CliError("give either a QUERY or --batch FILE.jsonl")
    from assistant.factory import build_chat_model
    from assistant.settings import Settings

    settings = Settings()
    app = build_light_app(settings)
    if not args.no_rerank:
        app.chat_model = build_chat_model(settings, streaming=False)  # the model re-ranker, when configured
    rerank = False if args.no_rerank else None
    if args.batch:
        def one(obj: dict) -> dict:
            if not isinstance(obj.get("query"), str):
                raise ValueError("each line needs a 'query' string")
            k = obj.get("k", args.k)
            if not isinstance(k, int) or isinstance(k, bool):
                raise ValueError("'k' must be an integer")
            return app.search_precedents(obj["query"], bank=obj.get("library", args.library), k=k,
                                         rerank=rerank).to_json()
        return _run_batch(args.batch, one)
    results = app.search_precedents(args.query, bank=args.library, k=args.k, rerank=rerank)
    if args.json:
        _print_json(results.to_json())
    else:
        _show(results)
    return 0
