"""What every `clausier` command shares: errors, one-line messages, safe terminal output, the app
builder, JSON printing and batch files. The command modules import from here, never from each
other or from `main`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Callable, Iterator

EXIT_USAGE = 2


class CliError(Exception):
    pass


def _one_line(message: object, *, limit: int = 400) -> str:
    """An error message on one short line: user input echoed in it may hold newlines, terminal
    escapes or a megabyte of text, and none of that belongs on the user's terminal."""
    text = "".join(ch if ch.isprintable() or ch == " " else ascii(ch)[1:-1] for ch in str(message))
    return text if len(text) <= limit else text[:limit - 21] + f"… ({len(text)} characters)"


def _tolerant_output() -> None:
    """A file name that is not valid UTF-8 reaches Python as lone surrogates and comes back in
    the output (the review's document name): escape it instead of failing at the last step."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


_CONTROL = None


class _SafeText:
    """Standard output with a document's control characters made visible: an ESC, a C1 CSI,
    a carriage return or a bidi override from a contract (`clausier review`) is printed as
    `\x1b`, `\x9b`, `\r`, `\u202e`, never interpreted by the terminal. Newlines and tabs
    are kept. JSON output is unchanged (json already escapes C0; C1 and bidi get escaped here)."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        global _CONTROL
        if _CONTROL is None:
            import re

            _CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
        return self._stream.write(_CONTROL.sub(lambda m: ascii(m.group(0))[1:-1], text))

    def __getattr__(self, name):
        return getattr(self._stream, name)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own message, kept on one line
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {_one_line(message)}\n")


def _app(*, preload: bool = False):
    from assistant.factory import build_app, build_embeddings
    from assistant.settings import Settings

    settings = Settings()
    embeddings = build_embeddings(settings)
    if preload:  # commands that embed: the model loads while Chroma is imported and opened
        embeddings.preload()
    return build_app(settings, embeddings=embeddings)


def json_line(obj: Any) -> str:
    """One JSON object on one line. json leaves DEL, C1 and bidi controls raw with ensure_ascii=False;
    they are escaped the JSON way (\u007f) here, or _SafeText would print them as \x7f, not valid JSON."""
    import re

    return re.sub(r"[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]", lambda m: f"\\u{ord(m.group(0)):04x}",
                  json.dumps(obj, ensure_ascii=False))


def _print_json(obj: Any) -> None:
    sys.stdout.write(json_line(obj) + "\n")
    sys.stdout.flush()


def _read_batch(path: str) -> Iterator[tuple[int, dict | None, str | None]]:
    try:
        handle = sys.stdin if path == "-" else open(path, encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot read batch file {path}: {exc.strerror}") from exc
    with handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield n, None, f"line {n}: invalid JSON ({exc.msg})"
                continue
            if not isinstance(obj, dict):
                yield n, None, f"line {n}: expected a JSON object"
                continue
            yield n, obj, None


def _run_batch(path: str, handler: Callable[[dict], dict]) -> int:
    """One JSON result per input line; a bad line yields {"error": …} and exit code 2 at the end."""
    from assistant.core import UserError
    from assistant.factory import SetupError

    failed = False
    for _n, obj, err in _read_batch(path):
        if err is None:
            try:
                _print_json(handler(obj))
                continue
            except (UserError, ValueError, TypeError, KeyError) as exc:
                err = str(exc)
            except SetupError:
                raise
        failed = True
        _print_json({"error": err})
    return EXIT_USAGE if failed else 0
