"""tiktoken, offline: its BPE files are seeded from the `bpe-openai` package (MIT) into
TIKTOKEN_CACHE_DIR under the names tiktoken expects, so `get_encoding` never downloads."""

from __future__ import annotations

import gzip
import hashlib
import os
import threading
from functools import lru_cache
from pathlib import Path

ENCODINGS = ("o200k_base", "cl100k_base")
_lock = threading.Lock()


class _Captured(Exception):
    def __init__(self, blobpath: str) -> None:
        self.blobpath = blobpath


def _blobpath(name: str) -> str:
    """Ask tiktoken itself which file it would fetch, without fetching it."""
    import tiktoken.load
    from tiktoken_ext import openai_public

    def capture(blobpath, *args, **kwargs):
        raise _Captured(blobpath)

    saved = tiktoken.load.read_file_cached
    tiktoken.load.read_file_cached = capture
    try:
        openai_public.ENCODING_CONSTRUCTORS[name]()
    except _Captured as c:
        return c.blobpath
    finally:
        tiktoken.load.read_file_cached = saved
    raise RuntimeError(f"could not resolve the BPE file of {name}")


def cache_dir() -> Path:
    default = Path(os.environ.get("CLAUSIER_DATA_DIR", "data")) / "tiktoken"
    path = Path(os.environ.setdefault("TIKTOKEN_CACHE_DIR", str(default.resolve())))
    path.mkdir(parents=True, exist_ok=True)
    return path


def seed() -> Path:
    """Copy the bundled BPE files into the cache (idempotent)."""
    import bpe_openai

    data = Path(bpe_openai.__file__).parent / "data"
    target = cache_dir()
    with _lock:
        for name in ENCODINGS:
            dest = target / hashlib.sha1(_blobpath(name).encode()).hexdigest()
            if not dest.exists():
                tmp = dest.with_suffix(".tmp")
                tmp.write_bytes(gzip.decompress((data / f"{name}.tiktoken.gz").read_bytes()))
                tmp.replace(dest)
    return target


@lru_cache(maxsize=4)
def encoding(name: str = "o200k_base"):
    import tiktoken

    seed()
    return tiktoken.get_encoding(name)


def encoding_for_model(model: str):
    """o200k for current OpenAI models, cl100k for the older ones; o200k for unknown servers."""
    old = ("gpt-3.5", "gpt-4-", "gpt-4 ", "text-embedding")
    return encoding("cl100k_base" if model.startswith(old) or model == "gpt-4" else "o200k_base")


def count_tokens(text: str, *, model: str = "gpt-4o-mini") -> int:
    return len(encoding_for_model(model).encode(text, disallowed_special=()))


def truncate_tokens(text: str, limit: int, *, model: str = "gpt-4o-mini") -> str:
    enc = encoding_for_model(model)
    ids = enc.encode(text, disallowed_special=())
    return text if len(ids) <= limit else enc.decode(ids[:limit])
