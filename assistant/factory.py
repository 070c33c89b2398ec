"""The one composition root: builds embeddings, the Chroma client, the index, the retriever
and the chat model from `Settings`. The only module that names vendors."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from assistant.core import Clausier
from assistant.datadir import ensure_data_dir as _ensure
from assistant.errors import SetupError
from assistant.knowledge.base import KnowledgeBase
from assistant.settings import Settings

__all__ = ["SetupError", "build_app", "build_light_app", "build_embeddings", "build_chat_model", "ensure_data_dir"]


def ensure_data_dir(settings: Settings) -> Path:
    return _ensure(settings.data_dir)


def build_embeddings(settings: Settings):
    from assistant.knowledge import embeddings as emb

    if settings.embeddings == "openai":
        if not settings.llm_configured:
            raise SetupError("CLAUSIER_EMBEDDINGS=openai needs OPENAI_API_KEY or OPENAI_BASE_URL")
        from langchain_openai import OpenAIEmbeddings

        inner = OpenAIEmbeddings(model=settings.embedding_model, api_key=_key(settings),
                                 base_url=settings.openai_base_url, check_embedding_ctx_length=False)
        return emb.OpenAIEmbeddingsAdapter(inner, name=settings.embedding_model)
    if settings.embeddings == "e5":
        return emb.E5Embeddings()
    if settings.embeddings == "use+e5":
        return emb.FusedEmbeddings([emb.USEEmbeddings(), emb.E5Embeddings()])
    return emb.USEEmbeddings()


def build_chroma_client(settings: Settings) -> Any:
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_host:
        try:
            client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port,
                                         settings=chroma_settings)
            client.heartbeat()
        except Exception as exc:  # noqa: BLE001 - any connection failure is a setup problem
            raise SetupError(f"cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port}: {exc}") from exc
        return client
    path = ensure_data_dir(settings) / "chroma"
    try:
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:  # noqa: BLE001
        raise SetupError(f"cannot open the index in {path}: {exc}") from exc


def build_index(settings: Settings, *, embeddings=None, client=None):
    from assistant.knowledge.index import VectorIndex

    return VectorIndex(client=client or build_chroma_client(settings), name=settings.collection,
                       embeddings=embeddings or build_embeddings(settings))


def build_retriever(settings: Settings, index):
    from assistant.knowledge.retrieval import HybridRetriever

    return HybridRetriever(index, bm25_weight=settings.bm25_weight, cache_dir=settings.data_dir / "cache")


def _key(settings: Settings) -> str:
    # local OpenAI-compatible servers accept any key; the client library insists on one
    return settings.openai_api_key.get_secret_value() if settings.openai_api_key else "not-needed"


def build_chat_model(settings: Settings, *, streaming: bool = True):
    """ChatOpenAI for OpenAI or any OpenAI-compatible server; None when nothing is configured."""
    if not settings.llm_configured:
        return None
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(model=settings.model, api_key=_key(settings), base_url=settings.openai_base_url,
                      timeout=settings.llm_timeout, max_retries=0, streaming=streaming,
                      max_tokens=settings.answer_tokens, temperature=0.1)


def build_chat_engine(app: Clausier):
    """The conversation engine: offline composer, conversation store, drafting dialog and, when a
    chat model is configured, the model client — all from the app's settings and knowledge base."""
    from assistant.chat.composer import OfflineComposer
    from assistant.chat.conversation import ChatEngine
    from assistant.chat.drafting_dialog import DraftingDialog
    from assistant.chat.llm import LLMClient
    from assistant.chat.prompting import Budget
    from assistant.chat.store import ConversationStore

    settings = app.settings
    data_dir = ensure_data_dir(settings)
    composer = OfflineComposer(entries=app.kb.entries, embeddings=app.index.embeddings,
                               min_similarity=settings.min_similarity)
    store = ConversationStore(data_dir / "conversations.sqlite3")
    llm = None
    if app.chat_model is not None:
        llm = LLMClient(app.chat_model, retries=settings.llm_retries, name=settings.model)
    return ChatEngine(retriever=app.retriever, composer=composer, store=store, llm=llm, model_name=settings.model,
                      budget=Budget(window=settings.context_window, answer=settings.answer_tokens),
                      drafter=DraftingDialog(entries=app.kb.entries, export_dir=data_dir / "exports"),
                      precedents=lambda: app.precedents,  # the user's clause banks, built on first use
                      act_reader=build_act_reader(settings, app.index.embeddings if app.index is not None else None))


_ACT_USE = None


def build_act_reader(settings: Settings, embeddings=None):
    """The learned act reader (assistant/chat/act_model.py) on the multilingual USE sentence vectors: the app's
    own USE model when it has one, else its own instance; loaded on the first message that needs it. None when
    CLAUSIER_ACT_MODEL=off."""
    if settings.act_model != "on":
        return None
    from assistant.chat.act_model import ActReader

    def encoder():
        from assistant.knowledge import embeddings as emb

        global _ACT_USE
        parts = [embeddings, *getattr(embeddings, "parts", [])]
        use = next((p for p in parts if isinstance(p, emb.USEEmbeddings)), None)
        if use is None:  # the app embeds with another model: one USE model for the acts, per process
            _ACT_USE = _ACT_USE or emb.USEEmbeddings()
            use = _ACT_USE
        return lambda texts: use.encode(list(texts))

    return ActReader(encoder, settings.act_model_file) if settings.act_model_file else ActReader(encoder)


def build_app(settings: Settings | None = None, **overrides):
    """The whole assistant, ready to serve the CLI, the UI or a notebook."""
    settings = settings or Settings()
    embeddings = overrides.pop("embeddings", None) or build_embeddings(settings)
    index = overrides.pop("index", None) or build_index(settings, embeddings=embeddings)
    retriever = overrides.pop("retriever", None) or build_retriever(settings, index)
    chat_model = overrides.pop("chat_model", None)
    if chat_model is None:
        chat_model = build_chat_model(settings)
    elif chat_model is False:  # explicitly offline
        chat_model = None
    overrides.setdefault("chat_builder", build_chat_engine)
    overrides.setdefault("extras", {}).setdefault("precedents_builder", build_precedents)
    return Clausier(settings=settings, index=index, retriever=retriever, chat_model=chat_model,
                    kb=KnowledgeBase(settings.kb_dir), **overrides)


def build_precedents(app: Clausier):
    """The precedent search engine over the user's clause banks (assistant/precedents): the banks'
    SQLite store in the data directory, the app's embeddings (or the configured ones) and, when a
    chat model is configured, the pointwise model re-ranker."""
    from assistant.precedents.engine import PrecedentEngine
    from assistant.precedents.rerank import ModelReranker
    from assistant.precedents.store import BankStore

    settings = app.settings
    data_dir = ensure_data_dir(settings)
    embeddings = app.index.embeddings if app.index is not None else build_embeddings(settings)
    reranker = ModelReranker(app.chat_model) if app.chat_model is not None else None
    return PrecedentEngine(BankStore(data_dir / "precedents.sqlite3"), embeddings, cache_dir=data_dir / "cache",
                           reranker=reranker, max_bytes=settings.max_upload_mb * 1024 * 1024,
                           max_pages=settings.max_pages)


def build_light_app(settings: Settings | None = None):
    """The assistant without embeddings or index, for commands that only read the knowledge-base
    files (draft, contract): they start in about a second instead of loading the embedding model."""
    settings = settings or Settings()
    return Clausier(settings=settings, index=None, retriever=None, chat_model=None, kb=KnowledgeBase(settings.kb_dir),
                    extras={"precedents_builder": build_precedents})
