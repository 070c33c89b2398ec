"""Precedent search over the user's own clause banks: import, list, remove, search.

`PrecedentEngine` is built by the composition root (`assistant/factory.py`) with the bank store,
the embeddings and, when a chat model is configured, a pointwise model re-ranker. A bank is
loaded once per version into memory (keyword postings, vectors, fact arrays), and kept on disk
beside the store so the next process starts from the cache instead of re-reading every clause.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

from assistant.precedents import ranking
from assistant.precedents.facts import READER_VERSION, ClauseFacts, read_facts
from assistant.precedents.importers import ImportFailed, read_clauses
from assistant.precedents.model import (BankInfo, ClauseRecord, ImportProblem, ImportReport, Precedent,
                                        PrecedentResults)
from assistant.precedents.query import understand
from assistant.precedents.store import BankStore, content_hash, dumps_facts, pack, unpack
from assistant.precedents.trees import TreeModel, load_model

Progress = Callable[[float, str], None]
DEFAULT_BANK = "default"
_BANK_NAME = re.compile(r"^[\w.-]{1,64}$")
CACHE_VERSION = "5"  # 2: hyphen-split keyword tokens, clause-type topics; 3: BM25 b=0.5; 4: heading index;
# 5: first-party claims topic (one more fact column)
BATCH = 256


class PrecedentError(ValueError):
    """Bad input or an unknown bank: the message says what to do (CLI exit 2, UI banner)."""


@dataclass
class LoadedBank:
    version: int
    ids: list[str]
    meta: list[tuple[str, str, str, str]]  # text, title, source, side
    facts: list[dict]
    index: ranking.BankIndex


def check_bank(name: str | None) -> str:
    name = (name or DEFAULT_BANK).strip()
    if not _BANK_NAME.match(name):
        raise PrecedentError(f"bad bank name {name!r}: use letters, digits, '.', '_' or '-' (64 at most)")
    return name


class PrecedentEngine:
    def __init__(self, store: BankStore, embeddings=None, *, cache_dir: Path | None = None, reranker=None,
                 weights: dict[str, float] | None = None, ranker: TreeModel | None | bool = True,
                 max_bytes: int = 50 * 1024 * 1024,
                 max_pages: int = 500) -> None:
        self.store, self.embeddings, self.reranker = store, embeddings, reranker
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.weights = weights or ranking.load_weights()
        # the learned tree re-ranker shipped with the package (True), another one, or none (False/None)
        self.ranker = load_model() if ranker is True else (ranker or None)
        self.max_bytes, self.max_pages = max_bytes, max_pages
        self._loaded: dict[tuple[str, str], LoadedBank] = {}
        self._lock = threading.Lock()

    # -- banks -----------------------------------------------------------------------------
    def banks(self, *, owner: str = "") -> list[BankInfo]:
        return self.store.banks(owner)

    def remove(self, bank: str, *, owner: str = "", ids: list[str] | None = None) -> int:
        bank = check_bank(bank)
        if self.store.version(owner, bank) is None:
            raise PrecedentError(f"no clause bank named {bank!r}")
        n = self.store.remove(owner, bank, ids)
        self._loaded.pop((owner, bank), None)
        return n

    # -- import ------------------------------------------------------------------------------
    def add(self, paths: Iterable[str | Path], *, bank: str | None = None, owner: str = "", strict: bool = False,
            on_progress: Progress | None = None) -> ImportReport:
        """Read every file first; then embed and write new or changed clauses in one transaction.
        Malformed records are skipped and reported (or, `strict`, stop the import before any write)."""
        start = time.perf_counter()
        bank = check_bank(bank)
        progress = on_progress or (lambda f, m: None)
        report = ImportReport(bank=bank)
        records: dict[str, ClauseRecord] = {}
        for path in paths:
            report.files.append(str(path))
            try:
                for item in read_clauses(path, max_bytes=self.max_bytes, max_pages=self.max_pages):
                    if isinstance(item, ImportProblem):
                        report.problems.append(item)
                    else:
                        records[item.id] = item  # a repeated id: the later record wins
            except ImportFailed as exc:
                raise PrecedentError(str(exc)) from exc
            except OSError as exc:
                raise PrecedentError(f"{path}: cannot read ({exc.strerror or exc})") from exc
        if strict and report.problems:
            raise PrecedentError(f"{report.problems[0]} ({len(report.problems)} malformed record(s); "
                                 "nothing was imported)")
        if not records:
            if report.problems:
                raise PrecedentError(f"no clause could be read ({len(report.problems)} malformed record(s), "
                                     f"first: {report.problems[0]})")
            raise PrecedentError("no clause found in the given files")
        known = self.store.hashes(owner, bank)
        todo = []
        for rec in records.values():
            h = content_hash(rec.text)
            if known.get(rec.id) == h:
                report.unchanged += 1
            else:
                todo.append((rec, h))
                report.updated += rec.id in known
                report.added += rec.id not in known
        vectors = self.store.vectors_by_hash(owner, [h for _, h in todo]) if todo else {}
        rows = []
        for i in range(0, len(todo), BATCH):
            part = todo[i:i + BATCH]
            missing = [(j, rec.text) for j, (rec, h) in enumerate(part) if h not in vectors]
            if missing and self.embeddings is not None:
                enc = self.embeddings.encode([t for _, t in missing])
                for (j, _), v in zip(missing, enc):
                    vectors[part[j][1]] = pack(v)
            for rec, h in part:
                facts = read_facts(rec.text)
                rows.append((rec.id, h, rec.text, rec.title, rec.source, rec.side,
                             dumps_facts(facts, READER_VERSION),
                             vectors.get(h)))
            progress(min(len(rows) / max(len(todo), 1), 1.0) * 0.95, f"{len(rows)}/{len(todo)} clauses read")
        if rows:
            self.store.write(owner, bank, rows)
            self._loaded.pop((owner, bank), None)
        progress(1.0, f"{len(rows)} clause(s) written to bank {bank!r}")
        report.total = next((b.clauses for b in self.store.banks(owner) if b.name == bank), 0)
        report.seconds = time.perf_counter() - start
        return report

    # -- loading -----------------------------------------------------------------------------
    def _cache_path(self, owner: str, bank: str, version: int) -> Path | None:
        if self.cache_dir is None:
            return None
        key = hashlib.sha256(f"{owner}\x00{bank}".encode()).hexdigest()[:16]
        return self.cache_dir / f"precedents-{key}-v{version}-c{CACHE_VERSION}.pkl"

    def load(self, bank: str, *, owner: str = "") -> LoadedBank:
        bank = check_bank(bank)
        version = self.store.version(owner, bank)
        if version is None:
            raise PrecedentError(f"no clause bank named {bank!r}: add one with `clausier library add FILE --name {bank}`")
        with self._lock:
            got = self._loaded.get((owner, bank))
            if got is not None and got.version == version:
                return got
            path = self._cache_path(owner, bank, version)
            if path is not None and path.exists():
                try:
                    with path.open("rb") as fh:
                        got = pickle.load(fh)
                except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
                    got = None
            if got is None:
                got = self._build(owner, bank, version)
                if path is not None:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    for old in path.parent.glob(path.name.split("-v")[0] + "-v*.pkl"):
                        old.unlink(missing_ok=True)
                    tmp = path.with_suffix(".tmp")
                    with tmp.open("wb") as fh:
                        pickle.dump(got, fh, protocol=pickle.HIGHEST_PROTOCOL)
                    tmp.replace(path)
            self._loaded[(owner, bank)] = got
            return got

    def _build(self, owner: str, bank: str, version: int) -> LoadedBank:
        ids, meta, facts, blobs, reread = [], [], [], [], []
        for cid, text, title, source, side, facts_json, vector in self.store.rows(owner, bank):
            ids.append(cid)
            meta.append((text, title or "", source or "", side or ""))
            data = json.loads(facts_json) if facts_json else {}
            if data.pop("reader", None) != READER_VERSION:  # read by an older reader: read it again
                fresh = read_facts(text)
                data = fresh.to_json()
                reread.append((cid, dumps_facts(fresh, READER_VERSION)))
            facts.append(data)
            blobs.append(vector)
        if reread:
            self.store.refresh_facts(owner, bank, reread)
        vectors = None
        if blobs and all(b is not None for b in blobs):
            vectors = unpack(blobs, getattr(self.embeddings, "dim", 0))
        index = ranking.BankIndex.build([m[0] for m in meta], [ClauseFacts.from_json(f) for f in facts], vectors)
        return LoadedBank(version=version, ids=ids, meta=meta, facts=facts, index=index)

    # -- search ------------------------------------------------------------------------------
    def search(self, query: str, *, bank: str | None = None, owner: str = "", k: int = 5,
               rerank: bool | None = None) -> PrecedentResults:
        loaded = self.load(check_bank(bank), owner=owner)
        intent = understand(query)
        qvec = None
        if loaded.index.vectors is not None and self.embeddings is not None:
            qvec = self.embeddings.encode([query], is_query=True)[0]
        scores = ranking.score(intent, loaded.index, qvec, self.weights, self.ranker)
        use_model = self.reranker is not None and (rerank if rerank is not None else True)
        n = min(len(scores), max(k, self.reranker.depth if use_model else k))
        top = np.argpartition(-scores, n - 1)[:n] if n < len(scores) else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        hits = [self._hit(loaded, int(i), float(scores[i])) for i in top]
        if use_model:
            hits = self.reranker.rerank(query, hits)
        return PrecedentResults(query=query, bank=loaded_name(bank), hits=hits[:k], understood=intent.to_json(),
                                lang=intent.lang, reranked=use_model)

    @staticmethod
    def _hit(loaded: LoadedBank, i: int, score: float) -> Precedent:
        text, title, source, side = loaded.meta[i]
        return Precedent(id=loaded.ids[i], score=score, text=text, title=title, source=source, side=side,
                         facts=loaded.facts[i])


def loaded_name(bank: str | None) -> str:
    return check_bank(bank)
