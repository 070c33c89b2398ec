"""The Python API everything else sits on: the CLI, the UI and notebooks call these methods."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.knowledge.entries import kb_fingerprint, load_entries
from assistant.knowledge.taxonomy import load_taxonomy
from assistant.settings import Settings
from assistant.types import Answer, SearchResult

if TYPE_CHECKING:  # the index pulls in langchain: imported only when used, so drafting starts fast
    from assistant.knowledge.index import SyncReport, VectorIndex


class UserError(Exception):
    """Bad input from the user: shown as a clear message (CLI exit 2, UI error banner)."""


MAX_QUERY = 4000  # characters; a longer query is a pasted document (use review) and took ~25 s to embed


def _text(value, what: str) -> str:
    """A user's text, checked once for every face: lone surrogates (undecodable bytes) are
    replaced, since the tokenizer and SQLite both reject them."""
    text = str(value or "").encode("utf-8", "replace").decode("utf-8").strip()
    if not text:
        raise UserError(f"the {what} is empty")
    if len(text) > MAX_QUERY:
        raise UserError(f"the {what} is too long (over {MAX_QUERY} characters)")
    return text


@dataclass
class Clausier:
    settings: Settings
    index: VectorIndex
    retriever: Any
    chat_model: Any = None
    extras: dict = field(default_factory=dict)
    _ready: bool = False

    # -- index -----------------------------------------------------------------------
    def kb_entries(self):
        return load_entries(self.settings.kb_dir)

    def ensure_index(self) -> SyncReport | None:
        """Build the index on first use, and re-sync it when the knowledge-base files changed."""
        if self._ready:
            return None
        report = None
        fingerprint = kb_fingerprint(self.settings.kb_dir)
        if self.index.count() == 0 or self.index.fingerprint() != fingerprint:
            from assistant.knowledge.index import records_from_entries

            report = self.index.sync(records_from_entries(self.kb_entries()))
            self.index.set_fingerprint(fingerprint)
        self._ready = True
        return report

    def reindex(self, *, full: bool = False) -> SyncReport:
        """Sync the index with the knowledge-base files (`full`: rebuild aside, then swap). When the
        files' fingerprint matches the one stored by the last sync, nothing is parsed or fetched:
        the answer comes in well under a second instead of re-reading 350 entries."""
        from assistant.knowledge.index import SyncReport, records_from_entries

        if not full:
            import time

            start = time.perf_counter()
            if self.index.fingerprint() == kb_fingerprint(self.settings.kb_dir) and self.index.count():
                self._ready = True
                return SyncReport(unchanged=self.index.count_source("kb"), seconds=time.perf_counter() - start)
        records = records_from_entries(self.kb_entries())
        report = self.index.rebuild(records) if full else self.index.sync(records)
        self.index.set_fingerprint(kb_fingerprint(self.settings.kb_dir))
        self._ready = True
        if (report.embedded or report.deleted) and hasattr(self.retriever, "prepare"):
            self.retriever.prepare()  # the search catalogue, built and cached now, not at the first question
        return report

    def stats(self) -> dict:
        self.ensure_index()
        return self.index.stats()

    # -- user documents ----------------------------------------------------------------
    def ingest(self, paths, *, owner: str = "", on_progress=None):
        """Add user documents (files or folders) to the library; re-adding one replaces it.
        `on_progress(fraction, message)` reports progress to a bar or the UI."""
        from assistant.factory import ensure_data_dir
        from assistant.ingest import IngestError, ingest

        if isinstance(paths, (str, bytes)) or not hasattr(paths, "__iter__"):
            paths = [paths]
        try:  # the knowledge base need not be indexed first: user records live beside it
            return ingest(self.index, list(paths), data_dir=ensure_data_dir(self.settings), owner=owner,
                          max_bytes=self.settings.max_upload_mb * 1024 * 1024, max_pages=self.settings.max_pages,
                          on_progress=on_progress)
        except IngestError as exc:
            raise UserError(str(exc)) from exc

    # -- search ----------------------------------------------------------------------
    def search(self, query: str, *, k: int = 5, kind: str | None = None, lang: str | None = None,
               label: str | None = None) -> list[SearchResult]:
        query = _text(query, "query")
        if k < 1 or k > 100:
            raise UserError("--k must be between 1 and 100")
        if label and label not in load_taxonomy().labels():
            raise UserError(f"unknown label {label!r} (expected topic:<id>, term:<id> or art28:<id>)")
        self.ensure_index()
        return self.retriever.search(query, k=k, kind=kind, lang=lang, label=label)

    # -- conversation ------------------------------------------------------------------
    @property
    def chat(self):
        """The chat engine, built on first use (store in the data dir, LLM when configured)."""
        engine = self.extras.get("chat")
        if engine is None:
            from assistant.chat.composer import OfflineComposer
            from assistant.chat.conversation import ChatEngine
            from assistant.chat.drafting_dialog import DraftingDialog
            from assistant.chat.llm import LLMClient
            from assistant.chat.prompting import Budget
            from assistant.chat.store import ConversationStore
            from assistant.factory import ensure_data_dir

            self.ensure_index()
            composer = OfflineComposer(entries=self.kb_entries(), embeddings=self.index.embeddings,
                                       min_similarity=self.settings.min_similarity)
            store = ConversationStore(ensure_data_dir(self.settings) / "conversations.sqlite3")
            llm = None
            if self.chat_model is not None:
                llm = LLMClient(self.chat_model, retries=self.settings.llm_retries, name=self.settings.model)
            engine = ChatEngine(retriever=self.retriever, composer=composer, store=store, llm=llm,
                                model_name=self.settings.model,
                                budget=Budget(window=self.settings.context_window, answer=self.settings.answer_tokens),
                                drafter=DraftingDialog(entries=self.kb_entries(),
                                                       export_dir=ensure_data_dir(self.settings) / "exports"))
            self.extras["chat"] = engine
        return engine

    def ask(self, question: str, *, role: str | None = None, lang: str | None = None,
            conversation_id: str | None = None, owner: str = "") -> Answer:
        question = _text(question, "question")
        try:
            return self.chat.turn(question, conversation_id=conversation_id, side=role, lang=lang,
                                  owner=owner).answer
        except ValueError as exc:
            raise UserError(str(exc)) from exc

    def explain(self, term: str, *, lang: str | None = None) -> dict:
        from assistant.chat.intent import find_term
        from assistant.knowledge.language import detect_language

        term = _text(term, "term")
        tax = load_taxonomy()
        lang = lang or (detect_language(term) if len(term.split()) > 2 else "fr")
        term_id = term if term in tax.term_ids else find_term(term)
        if term_id is None:
            self.ensure_index()
            hits = self.retriever.search(term, k=1, kind="term", lang=lang)
            if hits and hits[0].similarity >= 0.5:
                term_id = next((lab[5:] for lab in hits[0].labels if lab.startswith("term:")), None)
        if term_id is None:
            composed = self.chat.composer.plain("nothing", lang)
            return {"term": None, "explanation": composed.text, "citations": []}
        composed = self.chat.composer.explain(term_id, lang=lang)
        return {"term": term_id, "explanation": composed.text, "citations": [c.to_json() for c in composed.citations]}

    # -- drafting ------------------------------------------------------------------------
    def draft(self, topic: str, *, scope=None, position: str = "balanced", lang: str = "fr"):
        """One clause balanced to the scope (DraftedClause; `.to_json()` is the CLI shape)."""
        from assistant.legal.drafting.clause import DraftingError, draft_clause
        from assistant.legal.scope import ScopeError

        try:
            return draft_clause(topic=(topic or "").strip(), scope=scope, position=position, lang=lang,
                                entries=self.kb_entries())
        except (ScopeError, DraftingError) as exc:
            raise UserError(str(exc)) from exc

    def contract(self, *, scope=None, position: str = "balanced", lang: str = "fr", out=None):
        """A whole first draft (ContractDraft), written to `out` (.md or .docx) when given."""
        from assistant.legal.drafting.contract import build_contract
        from assistant.legal.drafting.clause import DraftingError
        from assistant.legal.drafting.export import ExportError, EXTENSIONS, save
        from assistant.legal.scope import ScopeError

        if out is not None and not str(out).lower().endswith(EXTENSIONS):
            raise UserError(f"unsupported output {out!r}: use a .md or .docx file")
        try:
            draft = build_contract(scope=scope, position=position, lang=lang, entries=self.kb_entries())
            if out is not None:
                save(draft, out)
        except (ScopeError, DraftingError, ExportError) as exc:
            raise UserError(str(exc)) from exc
        return draft

    def obligations(self, scope, *, lang: str = "fr") -> dict:
        from assistant.legal.obligations import analyse
        from assistant.legal.scope import ScopeError, parse_scope

        try:
            profile = parse_scope(scope)
        except ScopeError as exc:
            raise UserError(str(exc)) from exc
        return analyse(profile, lang=lang).to_json()

    # -- review --------------------------------------------------------------------------
    def review_file(self, path, *, role: str = "client"):
        """Review one contract file (ReviewReport; `.to_json()` is the CLI shape)."""
        from assistant.legal.review.documents import DocumentError, load_document
        from assistant.legal.review.report import review_document

        if role not in ("client", "msp"):
            raise UserError(f"unknown role {role!r}: use client or msp")
        try:
            doc = load_document(path, max_bytes=self.settings.max_upload_mb * 1024 * 1024,
                                max_pages=self.settings.max_pages)
        except DocumentError as exc:
            raise UserError(str(exc)) from exc
        self.ensure_index()
        return review_document(doc, retriever=self.retriever, role=role)

    def review(self, paths, *, role: str = "client") -> list:
        """Review one or several files, in order; the first unreadable one raises UserError."""
        if isinstance(paths, (str, bytes)) or not hasattr(paths, "__iter__"):
            paths = [paths]
        return [self.review_file(p, role=role) for p in paths]
