"""`clausier chat`: an interactive conversation (readline), or `--batch FILE.jsonl --json`
(CHAT_SPEC): one output object per input line, lines with the same conversation id forming one
conversation, in order. Bad input gets one clear line and exit code 2; what was stored stays."""

from __future__ import annotations

import json
import sys

from assistant.cli.common import json_line

EXIT_USAGE = 2
MAX_MESSAGE = 4000
MAX_LINE = 64_000


class BatchError(Exception):
    """A malformed batch line: reported on one line, the run ends with exit code 2."""


def add_parser(sub) -> None:
    s = sub.add_parser("chat", help="talk with the assistant: questions, clauses, a whole contract, revisions")
    s.add_argument("--batch", metavar="FILE.jsonl",
                   help='one {"conversation": id, "message": text, "role"?, "lang"?} per line ("-" for stdin)')
    s.add_argument("--json", action="store_true", help="JSON output (one object per turn)")
    s.add_argument("--role", choices=["msp", "client"], help="your side")
    s.add_argument("--lang", choices=["fr", "en"])
    s.add_argument("--resume", metavar="ID", help="continue a stored conversation")
    s.set_defaults(func=cmd_chat)


def _engine():
    from assistant.cli.common import _app

    app = _app(preload=True)
    return app.chat


def _line_error(n: int, message: str) -> str:
    return f"line {n}: {message}"


def parse_line(n: int, raw: str) -> dict:
    if len(raw) > MAX_LINE:
        raise BatchError(_line_error(n, f"line too long (over {MAX_LINE} characters)"))
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BatchError(_line_error(n, f"invalid JSON ({exc.msg})")) from exc
    if not isinstance(obj, dict):
        raise BatchError(_line_error(n, "expected a JSON object"))
    conv = obj.get("conversation")
    msg = obj.get("message")
    if not isinstance(conv, (str, int)) or isinstance(conv, bool) or not str(conv).strip():
        raise BatchError(_line_error(n, "\"conversation\" must be a non-empty string"))
    if len(str(conv)) > 200:
        raise BatchError(_line_error(n, "\"conversation\" is too long (over 200 characters)"))
    if not isinstance(msg, str) or not msg.strip():
        raise BatchError(_line_error(n, "\"message\" must be a non-empty string"))
    if len(msg.strip()) > MAX_MESSAGE:
        raise BatchError(_line_error(n, f"\"message\" is too long (over {MAX_MESSAGE} characters)"))
    role, lang = obj.get("role"), obj.get("lang")
    if role is not None and role not in ("msp", "client"):
        raise BatchError(_line_error(n, "\"role\" must be \"msp\" or \"client\""))
    if lang is not None and lang not in ("fr", "en"):
        raise BatchError(_line_error(n, "\"lang\" must be \"fr\" or \"en\""))
    return {"conversation": str(conv), "message": msg.encode("utf-8", "replace").decode("utf-8"), "role": role,
            "lang": lang}


def run_batch(engine, path: str, *, as_json: bool = True, role: str | None = None, lang: str | None = None,
              out=None, err=None) -> int:
    """Every line in order; a malformed line gets one error line (stderr) and an error object in its
    place, the others still run; exit code 2 when any line was bad."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        handle = sys.stdin if path == "-" else open(path, encoding="utf-8", errors="strict")
    except OSError as exc:
        err.write(f"error: cannot read batch file {path}: {exc.strerror}\n")
        return EXIT_USAGE
    stored: dict[str, str] = {}  # the batch's conversation ids -> the store's
    failed = False
    with handle:
        n = 0
        while True:
            try:
                raw = handle.readline()
            except UnicodeDecodeError:
                err.write(f"error: line {n + 1}: not valid UTF-8\n")
                return EXIT_USAGE
            if not raw:
                break
            n += 1
            if not raw.strip():
                continue
            try:
                item = parse_line(n, raw)
                cid = item["conversation"]
                result = engine.turn(item["message"], conversation_id=stored.get(cid),
                                     side=item["role"] or role, lang=item["lang"] or lang)
                stored[cid] = result.conversation_id
                obj = engine.public(result)
                obj["conversation"] = cid
            except (BatchError, ValueError) as exc:
                failed = True
                err.write(f"error: {str(exc).splitlines()[0][:300]}\n")
                obj = {"conversation": None, "error": str(exc).splitlines()[0][:300]}
            if as_json:
                out.write(json_line(obj) + "\n")
            else:
                out.write(_plain(obj) + "\n")
            out.flush()
    return EXIT_USAGE if failed else 0


def _plain(obj: dict) -> str:
    if "error" in obj:
        return f"! {obj['error']}"
    lines = [f"[{obj['conversation']}] ({obj['act']})", obj["answer"]]
    for c in obj.get("citations") or []:
        lines.append(f"  [{c['ref']}] {c['title']}")
    return "\n".join(lines) + "\n"


def interactive(engine, *, role: str | None, lang: str | None, resume: str | None) -> int:
    try:
        import readline  # noqa: F401 - line editing and history for input()
    except ImportError:  # pragma: no cover - Windows
        pass
    cid = None
    if resume:
        if engine.store is None or not engine.store.exists(resume, owner=""):
            print(f"error: unknown conversation {resume[:60]}", file=sys.stderr)
            return EXIT_USAGE
        cid = resume
    print("Clausier — conversation (Ctrl-D pour quitter / to quit). Information générale, pas un conseil juridique.")
    while True:
        try:
            text = input("> ").strip()
        except EOFError:
            print()
            break
        except KeyboardInterrupt:
            print()
            break
        if not text:
            continue
        if len(text) > MAX_MESSAGE:
            print(f"error: message too long (over {MAX_MESSAGE} characters)", file=sys.stderr)
            continue
        try:
            result = engine.turn(text, conversation_id=cid, side=role, lang=lang)
        except ValueError as exc:
            print(f"error: {str(exc).splitlines()[0][:300]}", file=sys.stderr)
            continue
        cid = result.conversation_id
        print(result.answer.answer)
        for c in result.answer.citations:
            print(f"  [{c.ref}] {c.title}")
        if result.extra.get("path"):
            print(f"  → {result.extra['path']}")
        print()
    if cid:
        print(f"(conversation {cid} — reprendre / resume: clausier chat --resume {cid})")
    return 0


def cmd_chat(args) -> int:
    if args.resume and args.batch:
        print("error: --resume is for the interactive mode; a batch names its conversations", file=sys.stderr)
        return EXIT_USAGE
    if args.batch and args.batch != "-":
        import os

        if not os.path.isfile(args.batch):
            print(f"error: batch file not found: {args.batch[:200]}", file=sys.stderr)
            return EXIT_USAGE
    engine = _engine()
    if args.batch:
        return run_batch(engine, args.batch, as_json=args.json, role=args.role, lang=args.lang)
    return interactive(engine, role=args.role, lang=args.lang, resume=args.resume)
