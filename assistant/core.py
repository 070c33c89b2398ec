"""The Python API everything else sits on: the CLI, the UI and notebooks call these methods."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.knowledge.entries import kb_fingerprint, load_entries
from assistant.knowledge.index import SyncReport, VectorIndex, records_from_entries
from assistant.knowledge.taxonomy import load_taxonomy
from assistant.settings import Settings
from assistant.types import Answer, SearchResult


class UserError(Exception):
    """Bad input from the user: shown as a clear message (CLI exit 2, UI error banner)."""


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
            report = self.index.sync(records_from_entries(self.kb_entries()))
            self.index.set_fingerprint(fingerprint)
        self._ready = True
        return report

    def reindex(self, *, full: bool = False) -> SyncReport:
        records = records_from_entries(self.kb_entries())
        report = self.index.rebuild(records) if full else self.index.sync(records)
        self.index.set_fingerprint(kb_fingerprint(self.settings.kb_dir))
        self._ready = True
        return report

    def stats(self) -> dict:
        self.ensure_index()
        return self.index.stats()

    # -- search ----------------------------------------------------------------------
    def search(self, query: str, *, k: int = 5, kind: str | None = None, lang: str | None = None,
               label: str | None = None) -> list[SearchResult]:
        if not query or not query.strip():
            raise UserError("the query is empty")
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
                                drafter=self.extras.get("drafter_factory", lambda app: None)(self))
            self.extras["chat"] = engine
        return engine

    def ask(self, question: str, *, role: str | None = None, lang: str | None = None,
            conversation_id: str | None = None, owner: str = "") -> Answer:
        if not question or not question.strip():
            raise UserError("the question is empty")
        try:
            return self.chat.turn(question, conversation_id=conversation_id, side=role, lang=lang,
                                  owner=owner).answer
        except ValueError as exc:
            raise UserError(str(exc)) from exc

    def explain(self, term: str, *, lang: str | None = None) -> dict:
        from assistant.chat.intent import find_term
        from assistant.knowledge.language import detect_language

        term = (term or "").strip()
        if not term:
            raise UserError("the term is empty")
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

    def obligations(self, scope, *, lang: str = "fr") -> dict:
        from assistant.legal.obligations import analyse
        from assistant.legal.scope import ScopeError, parse_scope

        try:
            profile = parse_scope(scope)
        except ScopeError as exc:
            raise UserError(str(exc)) from exc
        return analyse(profile, lang=lang).to_json()
