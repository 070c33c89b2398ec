"""Reviewed answer cards: complete, bilingual, cited, indexable, and the schema rejects bad ones."""

import re
from typing import get_args

import pytest
from pydantic import ValidationError

from assistant.knowledge.entries import Entry, QuestionType, load_entries, validate
from assistant.knowledge.index import records_from_entries
from assistant.knowledge.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def entries():
    return load_entries()


@pytest.fixture(scope="module")
def cards(entries):
    return [e for e in entries if e.kind == "card"]


def _card(**over) -> dict:
    raw = dict(id="card.sample.fr", kind="card", lang="fr", title="Une question fréquente ?",
               question_type="enforceable", labels=["topic:penalties"], related=["term.penalty_clause"],
               questions=["q1 ?", "q2 ?", "q3 ?", "q4 ?", "q5 ?"],
               verdict="Oui, sous conditions : le juge peut réduire une pénalité excessive.",
               rule={"text": "Le juge peut modérer une pénalité manifestement excessive (art. 1231-5).",
                     "cites": ["Code civil, art. 1231-5"]},
               conditions=["Le montant au regard du préjudice prévisible."],
               negotiation=[{"side": "client", "text": "Demander un plafond mensuel des pénalités."}],
               sources=["Code civil, art. 1231-5"])
    raw.update(over)
    return raw


def test_thirty_bilingual_cards_covering_every_question_type(cards):
    keys = {c.pair_key for c in cards}
    assert len(keys) >= 30
    for key in keys:
        assert {c.lang for c in cards if c.pair_key == key} == {"fr", "en"}, key
    assert {c.question_type for c in cards} == set(get_args(QuestionType))


def test_cards_are_complete_and_cited(cards, entries):
    ids = {e.id for e in entries}
    for c in cards:
        assert c.verdict and len(c.verdict) <= 420, c.id
        assert c.rule.type == "rule" and c.rule.cites, c.id
        assert set(c.rule.cites) <= set(c.sources), c.id
        assert re.search(r"\bart\.|\bArts?\.|n°|No\.", c.rule.text), c.id
        assert len(c.questions) >= 5 and c.conditions and c.negotiation, c.id
        assert all(n.type == "position" and n.side in {"msp", "client", "balanced"} for n in c.negotiation), c.id
        assert c.related and set(c.related_ids) <= ids, c.id
        assert c.verdict in c.body and c.rule.text in c.body, c.id


def test_required_questions_have_the_right_law(cards):
    by = {c.id: c for c in cards}

    def cites(cid):
        return " ".join(by[cid].rule.cites)

    assert "1231-5" in cites("card.early_termination_remaining_fees.fr")
    assert "L442-1 I 2°" in cites("card.early_termination_remaining_fees.en")
    assert {"1224", "1225", "1226"} <= set(re.findall(r"12\d\d", cites("card.termination_without_formal_notice.fr")))
    assert "33(2)" in cites("card.breach_notification_deadline.fr") and "33(1)" in cites("card.breach_notification_deadline.en")
    assert "1170" in cites("card.liability_cap_enforceable.fr")
    assert "18-23.261" in cites("card.non_solicitation_enforceable.fr")
    assert "L215-1" in cites("card.tacit_renewal_b2b.en")
    assert "2023/1795" in cites("card.transfer_to_usa.fr")
    assert "28(10)" in cites("card.processor_decides_purposes.en")
    assert "1353" in cites("card.duty_to_advise_proof.fr") and "94-19.685" in cites("card.duty_to_advise_proof.fr")
    assert "1231-1" in cites("card.damages_article.fr")
    assert "1195" in cites("card.imprevision_price_surge.fr")
    assert "2224" in cites("card.limitation_period.fr") and "2254" in cites("card.limitation_period.fr")
    assert "28(3)(h)" in cites("card.audit_right_refusal.en")
    assert "28(2)" in cites("card.subprocessor_change.fr")
    assert "28(3)(g)" in cites("card.return_or_delete_data.fr")
    assert "1186" in cites("card.interdependent_lease.fr") and "11-22.768" in cites("card.interdependent_lease.fr")
    assert "L112-2" in cites("card.syntec_indexation.fr") and "1167" in cites("card.syntec_indexation.fr")
    assert "1216" in cites("card.assignment_without_consent.fr")
    # verdicts answer the question first
    assert by["card.tacit_renewal_b2b.en"].verdict.startswith("Yes")
    assert by["card.processor_decides_purposes.fr"].verdict.startswith("Non")
    assert by["card.availability_result_or_means.en"].verdict.startswith("It depends")


def test_card_twins_agree(cards):
    by = {c.id: c for c in cards}
    for c in cards:
        if c.lang == "fr":
            en = by[c.pair_key + ".en"]
            assert (c.question_type, c.related, c.labels) == (en.question_type, en.related, en.labels)
            assert [n.side for n in c.negotiation] == [n.side for n in en.negotiation]


def test_card_schema_rejects_bad_cards():
    tax = load_taxonomy()
    with pytest.raises(ValidationError):
        Entry.model_validate(_card(question_type="opinion"))
    with pytest.raises(ValidationError):
        Entry.model_validate(_card(negotiation=[{"text": "Un point de négociation sans côté."}]))
    with pytest.raises(ValidationError):
        Entry.model_validate(_card(rule={"text": "Une règle sans aucun article cité."}))
    base = load_entries()
    bad = [Entry.model_validate(_card(verdict=None, related=["term.nowhere"]))]
    problems = validate(list(base) + bad, tax, set())
    assert any("card.sample.fr: card needs verdict" in p for p in problems)
    assert any("related entries not found" in p for p in problems)
    guide = Entry.model_validate(dict(id="guide.x.fr", kind="guide", lang="fr", title="Guide", labels=["topic:sla"],
                                      body="Un guide avec un verdict égaré dedans.", verdict="Oui."))
    assert any("card fields on a guide" in p for p in validate([guide], tax, set()))


def test_cards_are_indexed_as_their_own_kind(cards):
    records = records_from_entries(cards[:2])
    assert {r.kind for r in records} == {"card"}
    assert {r.part for r in records} >= {"body", "question"}
    body = next(r for r in records if r.part == "body")
    assert cards[0].verdict in body.text
