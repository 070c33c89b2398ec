"""The Python API everything else sits on: the CLI, the web app and notebooks call these methods.

`Clausier` builds nothing itself: the composition root (`assistant/factory.py`) gives it the
settings, the knowledge base, the index, the retriever, the chat model and a builder for the
chat engine. Every input is checked here (`assistant/validation.py`), once for every face.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from assistant import validation as check
from assistant.datadir import ensure_data_dir
from assistant.errors import UserError
from assistant.knowledge.base import KnowledgeBase
from assistant.settings import Settings
from assistant.types import Answer, Explanation, Lang, SearchResult, Side

if TYPE_CHECKING:  # the index pulls in langchain: imported only when used, so drafting starts fast
    from assistant.knowledge.index import SyncReport, VectorIndex

__all__ = ["Clausier", "UserError", "MAX_QUERY"]

MAX_QUERY = check.MAX_QUERY


def _text(value, what: str) -> str:
    return check.user_text(value, what)


@dataclass
class Clausier:
    settings: Settings
    index: VectorIndex | None
    retriever: Any
    chat_model: Any = None
    kb: KnowledgeBase | None = None
    chat_builder: Callable[["Clausier"], Any] | None = None
    extras: dict = field(default_factory=dict)
    _ready: bool = False

    def __post_init__(self) -> None:
        if self.kb is None:
            self.kb = KnowledgeBase(Path(self.settings.kb_dir))

    # -- index -----------------------------------------------------------------------
    def kb_entries(self):
        return self.kb.entries

    @property
    def data_dir(self) -> Path:
        return ensure_data_dir(self.settings.data_dir)

    def ensure_index(self) -> SyncReport | None:
        """Build the index on first use, and re-sync it when the knowledge-base files changed."""
        if self._ready:
            return None
        report = None
        fingerprint = self.kb.fingerprint()
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
            if self.index.fingerprint() == self.kb.fingerprint() and self.index.count():
                self._ready = True
                return SyncReport(unchanged=self.index.count_source("kb"), seconds=time.perf_counter() - start)
        records = records_from_entries(self.kb_entries())
        report = self.index.rebuild(records) if full else self.index.sync(records)
        self.index.set_fingerprint(self.kb.fingerprint())
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
        from assistant.ingest import IngestError, ingest

        if isinstance(paths, (str, bytes)) or not hasattr(paths, "__iter__"):
            paths = [paths]
        try:  # the knowledge base need not be indexed first: user records live beside it
            return ingest(self.index, list(paths), data_dir=self.data_dir, owner=owner,
                          max_bytes=self.settings.max_upload_mb * 1024 * 1024, max_pages=self.settings.max_pages,
                          on_progress=on_progress)
        except IngestError as exc:
            raise UserError(str(exc)) from exc

    # -- search ----------------------------------------------------------------------
    def search(self, query: str, *, k: int = 5, kind: str | None = None, lang: str | None = None,
               label: str | None = None) -> list[SearchResult]:
        query = _text(query, "query")
        check.k(k)
        check.lang(lang)
        if label and label not in self.kb.taxonomy.labels():
            raise UserError(f"unknown label {label!r} (expected topic:<id>, term:<id> or art28:<id>)")
        self.ensure_index()
        return self.retriever.search(query, k=k, kind=kind, lang=lang, label=label)

    # -- precedents: the user's own clause banks ------------------------------------------
    @property
    def precedents(self):
        """The precedent engine (assistant/precedents), built on first use by the composition root's builder."""
        engine = self.extras.get("precedents")
        if engine is None:
            builder = self.extras.get("precedents_builder")
            if builder is None:
                raise UserError("this assistant was built without precedent search (use build_app)")
            engine = self.extras["precedents"] = builder(self)
        return engine

    def library_add(self, paths, *, bank: str | None = None, owner: str = "", strict: bool = False,
                    on_progress=None):
        """Import clauses (JSONL/CSV records, DOCX/PDF split into clauses) into a bank (ImportReport)."""
        from assistant.precedents.engine import PrecedentError

        if isinstance(paths, (str, bytes, Path)):
            paths = [paths]
        try:
            return self.precedents.add(list(paths), bank=bank, owner=owner, strict=strict, on_progress=on_progress)
        except PrecedentError as exc:
            raise UserError(str(exc)) from exc

    def library_banks(self, *, owner: str = ""):
        return self.precedents.banks(owner=owner)

    def library_remove(self, bank: str, *, owner: str = "", ids: list[str] | None = None) -> int:
        from assistant.precedents.engine import PrecedentError

        try:
            return self.precedents.remove(bank, owner=owner, ids=ids)
        except PrecedentError as exc:
            raise UserError(str(exc)) from exc

    def search_precedents(self, query: str, *, bank: str | None = None, k: int = 5, owner: str = "",
                          rerank: bool | None = None):
        """Ranked precedent clauses of one of the owner's banks, with their facts (PrecedentResults)."""
        from assistant.precedents.engine import PrecedentError

        query = _text(query, "query")
        check.k(k)
        try:
            return self.precedents.search(query, bank=bank, owner=owner, k=k, rerank=rerank)
        except PrecedentError as exc:
            raise UserError(str(exc)) from exc

    # -- conversation ------------------------------------------------------------------
    @property
    def chat(self):
        """The chat engine, built on first use by the builder the composition root gave."""
        engine = self.extras.get("chat")
        if engine is None:
            if self.chat_builder is None:
                raise UserError("this assistant was built without a chat engine (use build_app)")
            self.ensure_index()
            engine = self.chat_builder(self)
            self.extras["chat"] = engine
        return engine

    @property
    def mode_label(self) -> str:
        return self.chat.mode_label

    def stream(self, question: str, *, role: str | None = None, lang: str | None = None,
               conversation_id: str | None = None, owner: str = ""):
        """One turn, streamed: text fragments, then the turn's result (answer, conversation id, files)."""
        question = _text(question, "question")
        role, lang = check.role(role), check.lang(lang)
        try:
            yield from self.chat.stream(question, conversation_id=conversation_id, side=role, lang=lang, owner=owner)
        except ValueError as exc:
            raise UserError(str(exc)) from exc

    def conversations(self, *, owner: str = "", limit: int = 50) -> list[tuple[str, float, str]]:
        """(id, last update, first message) of one owner's conversations, newest first."""
        store = self.chat.store
        return store.list(owner=owner, limit=limit) if store is not None else []

    def conversation(self, conversation_id: str, *, owner: str = ""):
        """One of this owner's conversations (None for an unknown id or another owner's)."""
        store = self.chat.store
        return store.load(conversation_id, owner=owner) if store is not None and conversation_id else None

    def draft_state(self, conversation_id: str, *, owner: str = "") -> dict | None:
        """The contract in progress of one of this owner's conversations, as the download panel rebuilds it."""
        conv = self.conversation(conversation_id, owner=owner)
        return self.chat.draft_state(conv.state) if conv is not None else None

    def ask(self, question: str, *, role: Side | None = None, lang: Lang | None = None,
            conversation_id: str | None = None, owner: str = "") -> Answer:
        question = _text(question, "question")
        role, lang = check.role(role), check.lang(lang)
        try:
            return self.chat.turn(question, conversation_id=conversation_id, side=role, lang=lang,
                                  owner=owner).answer
        except ValueError as exc:
            raise UserError(str(exc)) from exc

    def explain(self, term: str, *, lang: Lang | None = None) -> Explanation:
        from assistant.chat.intent import find_term
        from assistant.knowledge.language import detect_language

        term = _text(term, "term")
        lang = check.lang(lang)
        tax = self.kb.taxonomy
        lang = lang or (detect_language(term) if len(term.split()) > 2 else "fr")
        term_id = term if term in tax.term_ids else find_term(term)
        if term_id is None:
            self.ensure_index()
            hits = self.retriever.search(term, k=1, kind="term", lang=lang)
            if hits and hits[0].similarity >= 0.5:
                term_id = next((lab[5:] for lab in hits[0].labels if lab.startswith("term:")), None)
        if term_id is None:
            composed = self.chat.composer.plain("nothing", lang)
            return Explanation(term=None, explanation=composed.text)
        composed = self.chat.composer.explain(term_id, lang=lang)
        return Explanation(term=term_id, explanation=composed.text, citations=list(composed.citations))

    # -- drafting ------------------------------------------------------------------------
    def draft(self, topic: str, *, scope=None, position: str = "balanced", lang: str = "fr"):
        """One clause balanced to the scope (DraftedClause; `.to_json()` is the CLI shape)."""
        from assistant.legal.drafting.clause import DraftingError, draft_clause
        from assistant.legal.scope import ScopeError

        try:
            return draft_clause(topic=check.clean(topic).strip(), scope=scope, position=position,
                                lang=check.lang(lang) or "fr", entries=self.kb_entries())
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

    def obligations(self, scope, *, lang: Lang = "fr"):
        """Means / reinforced means / result per commitment for a scope (ObligationReport)."""
        from assistant.legal.obligations import analyse
        from assistant.legal.scope import ScopeError, parse_scope

        try:
            profile = parse_scope(scope)
        except ScopeError as exc:
            raise UserError(str(exc)) from exc
        return analyse(profile, lang=check.lang(lang) or "fr")

    # -- review --------------------------------------------------------------------------
    def review_file(self, path, *, role: str = "client"):
        """Review one contract file (ReviewReport; `.to_json()` is the CLI shape)."""
        from assistant.legal.review.documents import DocumentError
        from assistant.legal.review.isolation import load_isolated as load_document  # worker, limits (issue 18)
        from assistant.legal.review.report import review_document

        check.role(role, required=True)
        try:
            doc = load_document(path, max_bytes=self.settings.max_upload_mb * 1024 * 1024,
                                max_pages=self.settings.max_pages)
        except DocumentError as exc:
            raise UserError(str(exc)) from exc
        if self.retriever is not None:  # a light app reviews with the topic cues alone
            self.ensure_index()
        return review_document(doc, retriever=self.retriever, role=role, kb_dir=self.kb.root,
                               chat_model=self.chat_model)  # a configured model fills the facts, each checked

    def load_for_review(self, path):
        """Read one contract file for review (ParsedDocument); unreadable files raise UserError."""
        from assistant.legal.review.documents import DocumentError
        from assistant.legal.review.isolation import load_isolated as load_document  # worker, limits (issue 18)

        try:
            return load_document(path, max_bytes=self.settings.max_upload_mb * 1024 * 1024,
                                 max_pages=self.settings.max_pages)
        except DocumentError as exc:
            raise UserError(str(exc)) from exc

    def review_documents(self, docs, *, role: str = "client", mode: str = "auto") -> list:
        """Review parsed documents: one SetReport when they form one contract (a contract and its DPA,
        or `mode="set"`), else one ReviewReport each, in order (legal/review/docset.py)."""
        from assistant.legal.review.docset import review_many

        check.role(role, required=True)
        if mode not in ("auto", "set", "separate"):
            raise UserError(f"unknown mode {mode!r}: use auto, set or separate")
        if self.retriever is not None:
            self.ensure_index()
        return review_many(list(docs), retriever=self.retriever, role=role, kb_dir=self.kb.root, mode=mode)

    def review(self, paths, *, role: str = "client") -> list:
        """Review one or several files, in order; the first unreadable one raises UserError."""
        if isinstance(paths, (str, bytes)) or not hasattr(paths, "__iter__"):
            paths = [paths]
        return [self.review_file(p, role=role) for p in paths]

    # -- redlines (tracked changes and comments in the user's own document) -----------------
    def check_redline_source(self, path) -> None:
        """Refuse, before reading it, a Word file that must not be redlined (encrypted, corrupt,
        macro-enabled); other formats are checked when they are read."""
        from assistant.legal.review.docx_tracked import RedlineError, check_source

        p = Path(path)
        if p.suffix.lower() in (".docx", ".docm", ".dotm") and p.is_file():
            try:
                check_source(p.read_bytes(), p.name)
            except RedlineError as exc:
                raise UserError(str(exc)) from exc

    def redline_suggestions(self, report, text: str, *, position: str = "balanced") -> list:
        """The review's findings as proposed changes (Suggestion: passage, wording in full, reason)."""
        from assistant.legal.review.redline import suggestions

        if position not in ("msp", "balanced", "client"):
            raise UserError(f"unknown position {position!r} (expected msp, balanced or client)")
        return suggestions(report, text, position=position, kb_dir=self.kb.root)

    def redline(self, path, out, *, role: str = "client", position: str = "balanced", doc=None, report=None,
                accepted=None, inputs=None):
        """Write `path` reviewed as Word tracked changes with comments to `out` (.docx), never over
        the input. `doc`/`report`: an already read and reviewed document; `accepted`: the ids of the
        suggestions to keep (None: all). A PDF/TXT/MD input gives a clean DOCX of its text."""
        from assistant.legal.review.docx_tracked import RedlineError
        from assistant.legal.review.redline import write_redline

        path = Path(path)
        self.check_redline_source(path)
        doc = doc or self.load_for_review(path)
        if report is None:
            report = self.review_documents([doc], role=role, mode="separate")[0]
        items = self.redline_suggestions(report, doc.text, position=position)
        source = path if path.suffix.lower() == ".docx" and path.is_file() else None
        try:
            return write_redline(out, text=doc.text, report=report, items=items, source=source, name=doc.name,
                                 accepted=None if accepted is None else set(accepted),
                                 inputs=[path, *(Path(p) for p in inputs or [])])
        except RedlineError as exc:
            raise UserError(str(exc)) from exc

    def redline_targets(self, target, names: list[str]) -> list[Path]:
        """Output file of each document's redline (`--redline` naming a .docx or a folder)."""
        from assistant.legal.review.docx_tracked import RedlineError
        from assistant.legal.review.redline import redline_paths

        try:
            return redline_paths(target, list(names))
        except RedlineError as exc:
            raise UserError(str(exc)) from exc

    def counter_draft(self, against, out, *, scope=None, position: str = "balanced", lang: str | None = None,
                      role: str = "client"):
        """Clausier's draft set against the other side's contract: their text changed, clause by
        clause, into Clausier's wording for the topics both cover, missing essentials added."""
        from assistant.legal.drafting.clause import DraftingError
        from assistant.legal.drafting.contract import build_contract
        from assistant.legal.review.docx_tracked import RedlineError
        from assistant.legal.review.redline import counter_suggestions, write_redline
        from assistant.legal.scope import ScopeError

        path = Path(against)
        self.check_redline_source(path)
        doc = self.load_for_review(path)
        report = self.review_documents([doc], role=role, mode="separate")[0]
        lang = check.lang(lang) or (report.language if report.language in ("fr", "en") else "fr")
        try:
            draft = build_contract(scope=scope, position=position, lang=lang, entries=self.kb_entries())
            items = counter_suggestions(report, doc.text, draft)
            source = path if path.suffix.lower() == ".docx" else None
            return write_redline(out, text=doc.text, report=report, items=items, source=source, name=doc.name,
                                 inputs=[path])
        except (ScopeError, DraftingError, RedlineError) as exc:
            raise UserError(str(exc)) from exc
