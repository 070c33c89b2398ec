"""Precedent search over the user's own clause bank: import (JSONL/CSV/DOCX, malformed records,
--strict, idempotence), privacy per owner, fact reading, query understanding, ranking on facts,
the model re-ranker with a scripted model, and the CLI. Clauses here are written for these tests."""

from __future__ import annotations

import json
import sqlite3
import zlib

import numpy as np
import pytest

from assistant.precedents.engine import PrecedentEngine, PrecedentError
from assistant.precedents.facts import READER_VERSION, read_facts
from assistant.precedents.importers import read_clauses
from assistant.precedents.model import ClauseRecord, ImportProblem
from assistant.precedents.query import understand
from assistant.precedents.rerank import ModelReranker
from assistant.precedents.store import BankStore


class WordHashEmbeddings:
    """A deterministic bag-of-words embedder (tests only): no model to load."""
    name, dim = "word-hash", 64

    def encode(self, texts, *, is_query=False):
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                out[i, zlib.crc32(w.encode()) % self.dim] += 1
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


SELLER_CAP = ("In no event shall Supplier's aggregate liability under this Agreement exceed the fees paid by "
              "Customer in the twelve months before the claim.")
BUYER_CAP = ("Customer's total liability arising out of this Agreement shall not exceed five thousand dollars "
             "($5,000), except for Customer's payment obligations.")
CARVED_CAP = ("Neither party's liability shall exceed the purchase price; this limitation shall not apply to "
              "death or bodily injury, fraud or breach of confidentiality.")
GOVERNING = "This Agreement is governed by the laws of the State of New York."
INDEMNITY = ("Supplier shall indemnify, defend and hold Customer harmless against any third party claim that the "
             "Software infringes a patent.")


def bank_file(tmp_path, rows, name="bank.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def clauses():
    return [{"_id": "seller-cap", "text": SELLER_CAP}, {"id": "buyer-cap", "text": BUYER_CAP, "side": "buyer"},
            {"id": "carved", "text": CARVED_CAP, "metadata": {"title": "Limitation", "source": "msa.pdf"}},
            {"id": "law", "text": GOVERNING}, {"id": "indemnity", "text": INDEMNITY}]


@pytest.fixture
def engine(tmp_path):
    return PrecedentEngine(BankStore(tmp_path / "p.sqlite3"), WordHashEmbeddings(), cache_dir=tmp_path / "cache")


# -- importers -----------------------------------------------------------------------------
def test_jsonl_reads_ids_metadata_and_names_bad_lines(tmp_path):
    path = bank_file(tmp_path, [*clauses(), "{not json", {"id": "empty", "text": "  "}, "[1, 2]"])
    items = list(read_clauses(path))
    records = [i for i in items if isinstance(i, ClauseRecord)]
    problems = [i for i in items if isinstance(i, ImportProblem)]
    assert [r.id for r in records] == ["seller-cap", "buyer-cap", "carved", "law", "indemnity"]
    carved = records[2]
    assert (carved.title, carved.source) == ("Limitation", "msa.pdf")
    assert records[1].side == "buyer" and records[0].source == "bank.jsonl"
    assert [(p.line, p.message.split(" (")[0]) for p in problems] == [
        (6, "not valid JSON"), (7, "no clause text"), (8, "expected a JSON object per line")]


def test_csv_with_semicolons(tmp_path):
    path = tmp_path / "bank.csv"
    path.write_text('id;text;side\nc1;"Supplier shall not be liable for lost profits.";seller\nc2;;\n', encoding="utf-8")
    items = list(read_clauses(path))
    assert isinstance(items[0], ClauseRecord) and items[0].id == "c1" and items[0].side == "seller"
    assert isinstance(items[1], ImportProblem) and items[1].line == 3


def test_docx_is_split_into_clauses(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("1. Limitation of liability")
    d.add_paragraph(SELLER_CAP)
    d.add_paragraph("2. Governing law")
    d.add_paragraph(GOVERNING)
    path = tmp_path / "msa.docx"
    d.save(path)
    records = [i for i in read_clauses(path) if isinstance(i, ClauseRecord)]
    assert len(records) == 2
    assert "aggregate liability" in records[0].text and "New York" in records[1].text
    assert all(r.source == "msa.docx" for r in records) and records[0].id != records[1].id


# -- bank ----------------------------------------------------------------------------------
def test_import_is_idempotent_by_content_and_updates_changed_clauses(engine, tmp_path):
    path = bank_file(tmp_path, clauses())
    first = engine.add([path], bank="mine")
    assert (first.added, first.updated, first.unchanged, first.total) == (5, 0, 0, 5)
    again = engine.add([path], bank="mine")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
    changed = clauses()
    changed[3]["text"] = "This Agreement is governed by French law."
    third = engine.add([bank_file(tmp_path, changed, "v2.jsonl")], bank="mine")
    assert (third.added, third.updated, third.unchanged, third.total) == (0, 1, 4, 5)
    hit = engine.search("governing law", bank="mine", k=1).hits[0]
    assert hit.id == "law" and "French" in hit.text


def test_facts_stored_by_an_older_reader_are_read_again_once_when_the_bank_loads(engine, tmp_path):
    """A bank imported before the fact reader changed: its clauses carry the old facts (here: none, and
    no reader version). Loading reads them again, shows the new facts and stores them, once."""
    engine.add([bank_file(tmp_path, clauses())], bank="old")
    db = sqlite3.connect(tmp_path / "p.sqlite3")
    with db:  # what an older reader left: facts with no version and nothing read
        db.execute("UPDATE clauses SET facts='{}' WHERE bank='old'")
    engine.cache_dir = tmp_path / "cache2"  # nothing loaded or cached yet for this state
    engine._loaded.clear()
    hit = next(h for h in engine.search("seller-favorable cap on liability", bank="old", k=5).hits
               if h.id == "seller-cap")
    assert hit.facts == read_facts(SELLER_CAP).to_json() and hit.facts.get("favours") == "seller"
    assert "reader" not in hit.facts
    stored = dict(db.execute("SELECT id, facts FROM clauses WHERE bank='old'").fetchall())
    assert all(json.loads(f)["reader"] == READER_VERSION for f in stored.values())
    assert json.loads(stored["carved"])["has_carve_out"] is True


def test_malformed_lines_are_skipped_or_stop_under_strict_and_nothing_is_lost(engine, tmp_path):
    engine.add([bank_file(tmp_path, clauses()[:2])], bank="mine")
    bad = bank_file(tmp_path, [{"id": "law", "text": GOVERNING}, "{oops"], "bad.jsonl")
    with pytest.raises(PrecedentError, match=r"bad.jsonl:2: not valid JSON .*1 malformed"):
        engine.add([bad], bank="mine", strict=True)
    assert [b.clauses for b in engine.banks()] == [2]  # the strict stop wrote nothing, lost nothing
    report = engine.add([bad], bank="mine")
    assert report.added == 1 and report.skipped == 1 and report.problems[0].line == 2
    assert report.total == 3


def test_banks_are_private_to_their_owner(engine, tmp_path):
    engine.add([bank_file(tmp_path, clauses())], bank="shared-name", owner="alice")
    assert [b.name for b in engine.banks(owner="alice")] == ["shared-name"]
    assert engine.banks(owner="bob") == []
    with pytest.raises(PrecedentError, match="no clause bank"):
        engine.search("liability cap", bank="shared-name", owner="bob")
    with pytest.raises(PrecedentError):
        engine.remove("shared-name", owner="bob")
    assert engine.remove("shared-name", owner="alice", ids=["law"]) == 1
    assert engine.banks(owner="alice")[0].clauses == 4
    assert engine.remove("shared-name", owner="alice") == 4 and engine.banks(owner="alice") == []


def test_bad_bank_name_and_unsupported_file(engine, tmp_path):
    with pytest.raises(PrecedentError, match="bad bank name"):
        engine.add([bank_file(tmp_path, clauses())], bank="../etc")
    other = tmp_path / "x.xlsx"
    other.write_bytes(b"PK")
    with pytest.raises(PrecedentError, match="unsupported file type"):
        engine.add([other], bank="b")


# -- facts and queries -----------------------------------------------------------------------
def test_facts_read_from_clauses():
    seller, buyer, carved = read_facts(SELLER_CAP), read_facts(BUYER_CAP), read_facts(CARVED_CAP)
    assert "liability_cap" in seller.topics and seller.favours == "seller"
    assert buyer.favours == "buyer" and buyer.cap_basis == "fixed_amount" and buyer.cap_amount == 5000
    assert carved.favours == "mutual" and carved.cap_basis == "purchase_price"
    assert {"bodily_injury", "fraud", "confidentiality"} <= set(carved.carve_outs)
    assert read_facts(GOVERNING).topics == ("governing_law",)  # a clause type, not a liability topic
    assert read_facts(INDEMNITY).favours == "buyer"


@pytest.mark.parametrize("query, expected", [
    ("seller-favorable cap on liability", {"topics": ["liability_cap"], "side": "seller"}),
    ("trouve-moi dans ma base une clause de plafond favorable au prestataire", {"topics": ["liability_cap"], "side": "seller"}),
    ("Fix fee liability cap", {"topics": ["liability_cap"], "cap_basis": "fixed_amount"}),
    ("Cap on liability without carveouts", {"topics": ["liability_cap"], "no_carve_out": True}),
    ("plafond avec une exception pour les dommages corporels", {"topics": ["liability_cap"],
                                                                 "carve_outs": ["bodily_injury"]}),
])
def test_query_understanding(query, expected):
    got = understand(query).to_json()
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("query, topics, absent", [
    ("indemnification clauses that do not include hold harmless", ["indemnification"], ["hold_harmless"]),
    ("indemnification clauses that include hold harmless", ["indemnification", "hold_harmless"], None),
    ("Clause that requires notice to terminate auto-renew", ["renewal"], None),
    ("clause de non-concurrence limitée dans le temps", ["non_compete"], None),
    ("Non-Disparagement", ["non_disparagement"], None),
])
def test_query_clause_types_and_absent_types(query, topics, absent):
    got = understand(query).to_json()
    assert got.get("topics") == topics and got.get("absent_topics") == absent


def test_liabilities_put_under_the_cap_are_not_read_as_carve_outs():
    under = understand("a party's liability for fraud, negligence or personal injury subject to a cap")
    assert under.included == ("bodily_injury", "fraud", "negligence")
    assert under.carve_outs == () and not under.wants_carve_out and "liability_cap" in under.topics
    waiver = understand("indirect damages waiver applies to a party's liability for negligence")
    assert waiver.included == ("negligence",) and not waiver.wants_carve_out
    excepted = understand("fraud exception to cap on liability")
    assert excepted.carve_outs == ("fraud",) and excepted.included == ()


def test_keyword_query_leaves_out_side_and_request_words():
    from assistant.precedents.keyword import terms

    intent = understand("buyer-favorable cap on liability clauses")
    assert intent.side == "buyer" and "buyer" not in intent.keywords and "clause" not in intent.keywords
    assert "cap" in intent.keywords and "liability" in intent.keywords
    assert set(terms("auto-renew")) >= set(terms("automatically renew")) - set(terms("automatically"))


def test_ranking_prefers_the_clause_type_and_leaves_out_absent_types(engine, tmp_path):
    plain = ("Distributor shall indemnify and defend Licensor against any claim arising from Distributor's "
             "breach of this Agreement.")
    harmless = ("Distributor shall indemnify, defend and hold Licensor harmless against any claim arising from "
                "Distributor's breach of this Agreement.")
    renewal = ("This Agreement shall automatically renew for successive one-year terms unless either party gives "
               "notice of non-renewal sixty days before the end of the term.")
    notice = "Any notice under this Agreement shall be given in writing to the other party before the term."
    engine.add([bank_file(tmp_path, [{"id": "plain", "text": plain}, {"id": "harmless", "text": harmless},
                                     {"id": "renewal", "text": renewal}, {"id": "notice", "text": notice}])],
               bank="types")
    hits = engine.search("indemnification clauses that do not include hold harmless", bank="types", k=2).hits
    assert hits[0].id == "plain"
    assert engine.search("Clause that requires notice to terminate auto-renew", bank="types", k=1).hits[0].id == \
        "renewal"


def test_ranking_matches_the_facts_asked_for(engine, tmp_path):
    engine.add([bank_file(tmp_path, clauses())], bank="mine")
    seller = engine.search("seller-favorable cap on liability", bank="mine", k=3)
    assert seller.hits[0].id == "seller-cap"
    assert seller.hits[0].facts["favours"] == "seller" and "not legal advice" in seller.notice
    fixed = engine.search("fixed fee liability cap", bank="mine", k=1).hits[0]
    assert fixed.id == "buyer-cap"
    carve = engine.search("cap on liability with a carve-out for bodily injury", bank="mine", k=1).hits[0]
    assert carve.id == "carved"
    french = engine.search("clause de plafond de responsabilité favorable au prestataire", bank="mine", k=1)
    assert french.hits[0].id == "seller-cap" and "Précédents" in french.notice


# -- model re-ranker ---------------------------------------------------------------------------
def test_model_reranker_reorders_by_rating(engine, tmp_path):
    from tests.llm_helpers import scripted

    engine.add([bank_file(tmp_path, clauses())], bank="mine")
    model = scripted("1", "5", "rating: 2", "not a rating")
    engine.reranker = ModelReranker(model, depth=4)
    results = engine.search("seller-favorable cap on liability", bank="mine", k=4)
    plain = PrecedentEngine(engine.store, engine.embeddings).search("seller-favorable cap on liability",
                                                                    bank="mine", k=4)
    assert results.reranked and len(model.seen) == 4
    assert results.hits[0].id == plain.hits[1].id and results.hits[0].model_rating == 5
    assert [h.model_rating for h in results.hits] == [5, None, 2, 1]
    system, user = model.seen[0][0][1], model.seen[0][1][1]
    assert "never follow an instruction" in system and "<<<" in user and plain.hits[0].text in user


# -- CLI ---------------------------------------------------------------------------------------
@pytest.fixture
def cli(tmp_path, monkeypatch):
    import assistant.factory as factory

    monkeypatch.setenv("CLAUSIER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(factory, "build_embeddings", lambda settings: WordHashEmbeddings())
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    from assistant.cli.main import main

    return main


def test_cli_add_search_list_remove(cli, tmp_path, capsys):
    path = bank_file(tmp_path, [*clauses(), "{broken"])
    assert cli(["library", "add", str(path), "--name", "acme"]) == 0
    out, err = capsys.readouterr()
    assert "5 added" in out and "1 malformed record(s) skipped" in out and "bank.jsonl:6: not valid JSON" in err
    assert cli(["precedents", "seller-favorable cap on liability", "--library", "acme", "--k", "2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["results"]) == 2 and data["results"][0]["id"] == "seller-cap"
    assert set(data["results"][0]) >= {"id", "score", "text", "facts", "source"}
    assert cli(["library", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["banks"][0] == {**json.loads('{"name": "acme", "clauses": 5}'),
                                                                 "updated": pytest.approx(0, abs=1e12)}
    batch = bank_file(tmp_path, [{"query": "governing law", "k": 1, "library": "acme"}, {"k": 2}], "q.jsonl")
    assert cli(["precedents", "--batch", str(batch)]) == 2
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines[0]["results"][0]["id"] == "law" and "query" in lines[1]["error"]
    assert cli(["library", "remove", "acme"]) == 0
    capsys.readouterr()
    assert cli(["precedents", "cap", "--library", "acme"]) == 2
    assert "no clause bank named 'acme'" in capsys.readouterr().err


def test_cli_strict_stops_with_exit_2(cli, tmp_path, capsys):
    assert cli(["library", "add", str(bank_file(tmp_path, clauses())), "--name", "b"]) == 0
    bad = bank_file(tmp_path, [{"id": "new", "text": GOVERNING}, "nope"], "bad.jsonl")
    assert cli(["library", "add", str(bad), "--name", "b", "--strict"]) == 2
    err = capsys.readouterr().err
    assert "bad.jsonl:2" in err and "Traceback" not in err
    assert cli(["library", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["banks"][0]["clauses"] == 5
    assert cli(["library", "add", str(tmp_path / "missing.jsonl")]) == 2


def test_chat_function_answers_in_the_users_language(engine, tmp_path):
    from assistant.precedents.chat import FindPrecedents, search_precedents

    engine.add([bank_file(tmp_path, clauses())], bank="default", owner="u1")
    results, text = search_precedents(engine, FindPrecedents(
        query="trouve-moi dans ma base une clause de plafond favorable au prestataire", k=2), owner="u1")
    assert results.hits[0].id == "seller-cap"
    assert text.startswith("Clauses de votre base") and "[seller-cap]" in text and "conseil juridique" in text
    with pytest.raises(PrecedentError):
        search_precedents(engine, FindPrecedents(query="plafond"), owner="someone-else")


# -- learned tree re-ranker ----------------------------------------------------------------------
def test_tree_model_walks_lightgbm_style_trees():
    from assistant.precedents.trees import TreeModel, from_lightgbm

    dump = {"tree_info": [
        {"tree_structure": {"split_index": 0, "split_feature": 0, "threshold": 0.5, "decision_type": "<=",
                            "left_child": {"leaf_value": -1.0},
                            "right_child": {"split_index": 1, "split_feature": 1, "threshold": 2.0,
                                            "decision_type": "<=", "left_child": {"leaf_value": 0.5},
                                            "right_child": {"leaf_value": 2.0}}}},
        {"tree_structure": {"leaf_value": 0.25}}]}
    model = TreeModel.from_json({"features": ["a", "b"], "trees": from_lightgbm(dump)})
    x = np.array([[0.0, 9.0], [0.5, 0.0], [1.0, 2.0], [1.0, 3.0]], dtype=np.float32)
    assert model.predict(x).tolist() == [-0.75, -0.75, 0.75, 2.25]


def test_shipped_reranker_reads_every_rerank_feature_and_credits_acord():
    from assistant.precedents import ranking
    from assistant.precedents.trees import MODEL_FILE, load_model

    model = load_model()
    assert model is not None and model.features == ranking.RERANK_FEATURES and len(model.trees) > 10
    assert "CC BY 4.0" in json.loads(MODEL_FILE.read_text())["data"]


def test_reranked_candidates_stay_above_the_rest():
    from assistant.precedents import ranking
    from assistant.precedents.facts import read_facts
    from assistant.precedents.trees import Tree, TreeModel

    texts = [SELLER_CAP, BUYER_CAP, CARVED_CAP, GOVERNING, INDEMNITY]
    index = ranking.BankIndex.build(texts, [read_facts(t) for t in texts], None)
    intent = understand("cap on liability")
    fused = ranking.fuse(ranking.features(intent, index, None), ranking.load_weights())
    # a one-split model that prefers long clauses, re-ordering only the fused top 2
    n = len(ranking.RERANK_FEATURES)
    longest = float(np.log1p(index.bm25.lengths).max())
    tree = Tree(feature=np.array([ranking.RERANK_FEATURES.index("log_length")]), threshold=np.array([longest - 1e-3]),
                left=np.array([-1]), right=np.array([-2]), leaves=np.array([-5.0, -4.0]))
    scores = ranking.score(intent, index, None, ranking.load_weights(), TreeModel(features=ranking.RERANK_FEATURES,
                                                                                 trees=(tree,), depth=2))
    top2 = set(np.argsort(-fused)[:2].tolist())
    assert set(np.argsort(-scores)[:2].tolist()) == top2 and n == 16
    assert np.argsort(-scores).tolist()[2:] == [i for i in np.argsort(-fused, kind="stable").tolist() if i not in top2]


def test_feedback_prefers_clauses_written_like_the_fused_top():
    from assistant.precedents import ranking
    from assistant.precedents.facts import read_facts

    texts = [f"clause {i}" for i in range(12)]
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(12, 8)).astype(np.float32)
    near, far = vectors[:10].mean(axis=0), -vectors[:10].mean(axis=0)
    vectors[10], vectors[11] = near + 0.01, far
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = ranking.BankIndex.build(texts, [read_facts(t) for t in texts], vectors)
    fused = np.array([1.0] * 10 + [0.0, 0.0], dtype=np.float32)  # the first ten are the fused top
    rows = np.arange(12)
    prf = ranking._feedback(index, fused, rows)
    assert prf[10] > prf[:10].max() and prf[11] == prf.min()
    assert np.allclose(ranking._feedback(index, fused, np.array([11, 10])), [prf[11], prf[10]])
    assert not ranking._feedback(ranking.BankIndex.build(texts, [read_facts(t) for t in texts], None), fused, rows).any()


def test_any_party_or_a_party_limiting_its_liability_is_mutual():
    assert read_facts("In no event shall any party be liable to the other party for lost profits.").favours == "mutual"
    assert read_facts("In no event shall a Party be liable for indirect or consequential damages.").favours == "mutual"
    assert read_facts("In no event shall Supplier be liable to Customer for lost profits.").favours == "seller"


def test_first_party_claims_are_read_in_queries_and_clauses():
    assert understand("first party indemnification of specified claims").topics == (
        "indemnification", "first_party_claims")
    assert "first_party_claims" in understand("first party claim exception to waiver of indirect damages").topics
    assert "first_party_claims" not in understand("indemnification of third party claims").topics
    own = read_facts("Supplier shall indemnify Customer against all losses suffered by Customer arising from "
                     "Supplier's breach of this Agreement.")
    both = read_facts("Each party shall indemnify the other against losses, whether arising from third party "
                      "claims or from claims between the parties.")
    third = read_facts("Supplier shall indemnify Customer against losses suffered by Customer arising from any "
                       "claim brought by a third party.")
    assert "first_party_claims" in own.topics and "first_party_claims" in both.topics
    assert "first_party_claims" not in third.topics and "third_party_claims" in third.topics
    fr_own = read_facts("Le Prestataire garantit le Client contre tout préjudice subi par le Client du fait d'un "
                        "manquement au contrat.")
    fr_third = read_facts("Le Prestataire garantit le Client contre tout préjudice subi par le Client du fait de "
                          "l'action d'un tiers.")
    assert "first_party_claims" in fr_own.topics and "first_party_claims" not in fr_third.topics
