"""Index sync by content hash, build-aside rebuild, and hybrid retrieval on the real knowledge base."""

import pytest

from assistant.knowledge.index import IndexRecord, VectorIndex, records_from_entries
from assistant.knowledge.retrieval import HybridRetriever


def test_second_sync_reembeds_nothing(app):
    report = app.reindex()
    assert report.embedded == 0 and report.deleted == 0
    assert report.unchanged == app.index.count()


def test_changed_record_is_reembedded_alone(settings, app, tmp_path):
    from assistant.factory import build_index

    idx = build_index(settings.model_copy(update={"data_dir": tmp_path}), embeddings=app.index.embeddings)
    recs = records_from_entries(list(app.kb_entries())[:5])
    first = idx.sync(recs)
    assert first.added == len(recs)
    changed = [IndexRecord(**{**r.__dict__, "text": r.text + " (modifié)"}) if i == 0 else r
               for i, r in enumerate(recs)]
    second = idx.sync(changed[:-1])
    assert (second.updated, second.added, second.deleted) == (1, 0, 1)


def test_rebuild_is_built_aside_and_swapped(settings, app, tmp_path):
    from assistant.factory import build_index

    idx = build_index(settings.model_copy(update={"data_dir": tmp_path}), embeddings=app.index.embeddings)
    recs = records_from_entries(list(app.kb_entries())[:4])
    idx.sync(recs)
    report = idx.rebuild(recs)
    assert report.rebuilt and idx.count() == len(recs)
    names = {c if isinstance(c, str) else c.name for c in idx.client.list_collections()}
    assert idx.name in names and idx.name + "__new" not in names


def test_interrupted_swap_is_recovered(settings, app, tmp_path):
    """Simulate a crash after the old collection was deleted but before the rename."""
    from assistant.factory import build_index

    s = settings.model_copy(update={"data_dir": tmp_path})
    idx = build_index(s, embeddings=app.index.embeddings)
    recs = records_from_entries(list(app.kb_entries())[:3])
    aside = idx.client.get_or_create_collection(idx.name + "__new", embedding_function=None,
                                                metadata={"hnsw:space": "cosine", "complete": True})
    aside.upsert(ids=[r.id for r in recs], documents=[r.text for r in recs],
                 embeddings=idx.embeddings.encode([r.text for r in recs]),
                 metadatas=[r.metadata(idx.embeddings.name) for r in recs])
    fresh = VectorIndex(client=idx.client, name=s.collection, embeddings=app.index.embeddings)
    assert fresh.count() == len(recs)


def test_stats_counts(app):
    stats = app.stats()
    assert stats["by_kind"].get("clause", 0) > 0 and stats["by_lang"]["fr"] > 0 and stats["by_lang"]["en"] > 0
    assert stats["by_label"]["topic:sla"] >= 1


def test_gtr_question_finds_the_term(retriever):
    results = retriever.search("c'est quoi une GTR dans un contrat ?", k=3)
    assert any("term:gtr" in r.labels for r in results)
    assert results[0].lang == "fr"


def test_english_question_prefers_english(retriever):
    results = retriever.search("what does guaranteed restoration time mean", k=3)
    assert results[0].lang == "en"


def test_one_result_per_entry_and_typed(retriever):
    results = retriever.search("clause de réversibilité", k=10)
    ids = [r.id for r in results]
    assert len(ids) == len(set(ids)) and all(r.labels for r in results)
    pairs = [i.rsplit(".", 1)[0] for i in ids]
    assert len(pairs) == len(set(pairs))


@pytest.mark.parametrize("kw", [{"kind": "term"}, {"lang": "en"}, {"label": "topic:liability"}])
def test_filters(retriever, kw):
    results = retriever.search("responsabilité plafond", k=5, **kw)
    assert results
    for r in results:
        if "kind" in kw:
            assert r.kind == kw["kind"]
        if "lang" in kw:
            assert r.lang == kw["lang"]
        if "label" in kw:
            assert kw["label"] in r.labels


def test_bm25_rescues_exact_terms(app):
    sparse = HybridRetriever(app.index, dense_weight=0.0, bm25_weight=1.0)
    assert any("term:price_indexation" in r.labels or "topic:price_revision" in r.labels
               for r in sparse.search("Syntec", k=3))
