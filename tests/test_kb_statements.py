"""Typed knowledge-base statements: schema, validation and how a sentence gets its type."""

import pytest
from pydantic import ValidationError

from assistant.knowledge.entries import Entry, Statement, TYPED_KINDS, load_entries, validate
from assistant.knowledge.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def entries():
    return load_entries()


def _entry(**over) -> Entry:
    raw = dict(id="guide.sample.fr", kind="guide", lang="fr", title="Un guide",
               body="Un paragraphe de guide assez long pour le schéma.", labels=["topic:sla"],
               sources=["Code civil, art. 1231-5"], questions=["a ?", "b ?", "c ?"],
               statements=[{"type": "rule", "text": "Le juge peut réduire une pénalité excessive (art. 1231-5).",
                            "cites": ["Code civil, art. 1231-5"]}])
    raw.update(over)
    return Entry.model_validate(raw)


def test_every_term_gdpr_guide_entry_is_typed(entries):
    untyped = [e.id for e in entries if e.kind in TYPED_KINDS and not e.statements]
    assert untyped == []
    no_rule = [e.id for e in entries if e.kind in {"gdpr", "guide"} and not e.rules]
    assert no_rule == []


def test_every_rule_names_its_article_and_is_sourced(entries):
    for e in entries:
        for s in e.rules:
            assert s.cites, e.id
            assert set(s.cites) <= set(e.sources), (e.id, s.cites)


@pytest.mark.parametrize("bad, message", [
    ({"type": "opinion", "text": "Une phrase assez longue pour passer."}, "type"),
    ({"type": "rule", "text": "Une règle sans aucune référence citée."}, "cites"),
    ({"type": "rule", "text": "Une règle qui cite un simple mot.", "cites": ["bon sens"]}, "article"),
    ({"type": "position", "text": "Le client demandera un plafond plus haut."}, "side"),
    ({"type": "practice", "side": "client", "text": "Plafond de 10 % côté MSP en général."}, "side"),
    ({"type": "position", "side": "vendor", "text": "Le vendeur demandera un plafond plus bas."}, "side"),
])
def test_statement_schema_rejects(bad, message):
    with pytest.raises(ValidationError) as err:
        Statement.model_validate(bad)
    assert message in str(err.value)


def test_unknown_statement_type_fails_entry_loading():
    with pytest.raises(ValidationError):
        _entry(statements=[{"type": "opinion", "text": "Une phrase assez longue pour passer."}])


def test_validator_flags_cites_missing_from_sources_and_untyped_entries():
    tax = load_taxonomy()
    e = _entry(statements=[{"type": "rule", "text": "Le juge peut réduire une pénalité (art. 1231-5).",
                            "cites": ["Code civil, art. 1231-6"]}])
    en = _entry(id="guide.sample.en", lang="en",
                statements=[{"type": "rule", "text": "The court may reduce a penalty (art. 1231-5).",
                             "cites": ["Code civil, art. 1231-5"]}])
    problems = validate([e, en], tax, set())
    assert any("not in sources" in p and e.id in p for p in problems)
    bare = _entry(statements=[])
    assert any("need typed statements" in p for p in validate([bare], tax, set()))


def test_validator_flags_twins_typed_differently():
    tax = load_taxonomy()
    fr = _entry()
    en = _entry(id="guide.sample.en", lang="en",
                statements=[{"type": "practice", "text": "Courts often reduce excessive penalties."}])
    problems = validate([fr, en], tax, set())
    assert any("differ from the EN twin" in p for p in problems)


def test_sentence_typing_defaults_and_matches(entries):
    by = {e.id: e for e in entries}
    clause = by["clause.penalties.client.fr"]
    s = clause.statement_for("Elles sont progressives.")
    assert (s.type, s.side) == ("position", "client")
    guide = by["guide.sla_penalties.fr"]
    typed = guide.statements[0]
    assert guide.statement_for(typed.text).type == "rule"
    assert guide.statement_for("Un SLA non mesuré ne sert à rien.").type == "practice"
    law = by["gdpr.art33_breach.fr"]
    quoted = law.law_quote.split("\n")[-1][:120]
    got = law.statement_for(quoted)
    assert got.type == "rule" and got.cites
    term = by["term.penalty_clause.fr"]
    basis = term.legal_basis.split(" ; ")[0]
    typed = term.statement_for(basis)
    assert typed.type == "rule" and typed.cites == ("Code civil, art. 1231-5",)


def test_positions_carry_a_side_and_accessors_filter(entries):
    positions = [s for e in entries for s in e.statements_of("position")]
    assert positions and all(s.side in {"msp", "client", "balanced"} for s in positions)
    caps = {e.id: e for e in entries}["guide.liability_caps.en"]
    assert {s.side for s in caps.statements_of("position")} == {"msp", "client"}
    assert all(s.side == "client" for s in caps.statements_of("position", "client"))
