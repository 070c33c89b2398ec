"""Reading an uploaded document away from the server: each file is parsed in a worker process
with a time limit, a memory limit and a lower CPU priority, and only a capped amount of text
comes back. Pages are counted from that text (and a PDF's real page objects), never from a
document's metadata or its form feeds. A concurrency limit of its own keeps a few hostile
files from taking every core while other users chat.

Why a process: a PDF whose text extraction grows with the square of its length, or a DOCX
whose 357 kB zip holds 95 MB of XML, holds the interpreter for minutes; a thread cannot be
stopped, a process can (SIGKILL at the deadline). The worker is a fresh interpreter
(`python -m assistant.legal.review.isolation`, job on stdin, JSON on stdout): nothing of the
server (threads, locks, secrets in the environment) is inherited.
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

from assistant.legal.review.documents import (DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DocumentError, ParsedDocument,
                                              load_document)

TIME_LIMIT = 60.0  # seconds of wall time for one document (a 300-page contract takes a few seconds)
MEMORY_LIMIT = 2 * 1024 ** 3  # bytes of address space for a worker
CHARS_PER_PAGE = 4000  # a dense contract page; the page count is at least chars / CHARS_PER_PAGE
CONCURRENCY = max(1, min(2, (os.cpu_count() or 2) - 1))  # documents parsed at once, server-wide
QUEUE_WAIT = 120.0  # seconds a document may wait for a free worker before the user is told to retry
NICE = 10

_slots = threading.BoundedSemaphore(CONCURRENCY)
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def max_chars(max_pages: int) -> int:
    return max_pages * CHARS_PER_PAGE


def content_pages(text: str, reported: int, fmt: str) -> int:
    """Pages as the content says: a PDF's page objects, or the text's length at CHARS_PER_PAGE,
    whichever is more. A TXT's form feeds and a DOCX's <Pages> metadata are not believed."""
    by_length = max(1, math.ceil(len(text) / CHARS_PER_PAGE))
    return max(by_length, reported) if fmt == "pdf" else by_length


def _limit_self() -> None:
    try:
        os.nice(NICE)
    except OSError:
        pass
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        cpu = int(TIME_LIMIT) + 5
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    except (ImportError, ValueError, OSError):
        pass


def _read(path: str, max_bytes: int, max_pages: int) -> dict:
    """In the worker: parse, cap, count; one JSON-able result (or one error message)."""
    try:
        doc = load_document(path, max_bytes=max_bytes, max_pages=max_pages)
        cap = max_chars(max_pages)
        if len(doc.text) > cap:
            raise DocumentError(f"{doc.name}: too long ({len(doc.text):,} characters of text, about "
                                f"{math.ceil(len(doc.text) / CHARS_PER_PAGE)} pages; limit {max_pages} pages)")
        pages = content_pages(doc.text, doc.pages, doc.format)
        if pages > max_pages:
            raise DocumentError(f"{doc.name}: too many pages ({pages} counted from its text, limit {max_pages})")
        return {"name": doc.name, "text": _SURROGATES.sub("\ufffd", doc.text), "pages": pages, "format": doc.format}
    except DocumentError as exc:
        return {"error": str(exc)}
    except MemoryError:
        return {"error": f"{Path(path).name}: the document needs too much memory to read"}
    except Exception as exc:  # noqa: BLE001 - anything else: a short reason, never a traceback
        return {"error": f"{Path(path).name}: the file could not be read ({type(exc).__name__})"}


def load_isolated(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, max_pages: int = DEFAULT_MAX_PAGES,
                  time_limit: float | None = None) -> ParsedDocument:
    """`documents.load_document` in a worker process, within the limits above; raises
    DocumentError with a message a user can act on."""
    p = Path(path)
    limit = TIME_LIMIT if time_limit is None else time_limit
    if not _slots.acquire(timeout=QUEUE_WAIT):
        raise DocumentError(f"{p.name}: the server is reading other documents; try again in a minute")
    try:
        job = json.dumps({"path": str(p), "max_bytes": max_bytes, "max_pages": max_pages})
        proc = subprocess.Popen([sys.executable, "-m", "assistant.legal.review.isolation"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_worker_env())
        try:
            out, _err = proc.communicate(job.encode("utf-8"), timeout=limit)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise DocumentError(f"{p.name}: reading it took too long (over {limit:.0f} s); the file is too "
                                "large or built unusually — try a DOCX or text export") from None
    finally:
        _slots.release()
    try:
        result = json.loads(out.decode("utf-8"))
    except ValueError:  # killed by its memory or CPU limit before it could answer
        raise DocumentError(f"{p.name}: the document needs too much memory or time to read") from None
    if "error" in result:
        raise DocumentError(result["error"])
    return ParsedDocument(name=result["name"], text=result["text"], pages=result["pages"], format=result["format"])


def _worker_env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "CLAUSIER_AUTH"))}
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)  # the same code as the server
    return env


def main() -> None:  # the worker: a job on stdin, one JSON line on stdout
    _limit_self()
    job = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    sys.stdout.write(json.dumps(_read(job["path"], job["max_bytes"], job["max_pages"]), ensure_ascii=True))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
