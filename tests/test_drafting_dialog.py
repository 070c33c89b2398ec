"""Drafting in conversation through the real chat engine (offline, real store): questions a
couple at a time, the contract assembled, revised clause by clause, persisted, exported."""

from __future__ import annotations

import re

import docx
import pytest

from assistant.chat.citations import NOTICE
from assistant.chat.conversation import ChatEngine
from assistant.chat.drafting_dialog import DraftingDialog
from assistant.chat.drafting_parse import overrides_in, parse_answer, parse_parties, position_in
from assistant.chat.store import ConversationStore
from assistant.knowledge.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def chat(app):
    return app.chat


def _turn(chat, text, cid=None, **kw):
    result = chat.turn(text, conversation_id=cid, **kw)
    assert result.answer.answer.rstrip().endswith(NOTICE[result.answer.language]), text
    return result


def test_conversation_produces_revises_and_exports_a_contract(app, chat, data_dir):
    r = _turn(chat, "rédige-moi un contrat d'infogérance pour une PME de 40 postes, heures ouvrées, "
                    "supervision, maintenance, support utilisateurs et sauvegarde")
    cid = r.conversation_id
    assert r.act == "draft_contract"
    contract = r.extra["contract"]
    topics = [s["topic"] for s in contract["sections"]]
    assert set(load_taxonomy().essential_topics) <= set(topics)
    assert "backup_recovery" in topics and "hardware" in topics
    assert "40 utilisateurs" in r.answer.answer and "Hypothèses par défaut" in r.answer.answer  # defaults named
    assert any("article 28" in a["title"] for a in contract["annexes"])
    assert not [c for c in contract["consistency"] if c["status"] == "warning"]
    assert "champs encore à compléter" in r.answer.answer.lower()  # blanks counted, never "none forgotten"

    r = _turn(chat, "le client s'appelle ACME SAS, le prestataire est InfoGest", cid)
    assert r.conversation.scope().client_name == "ACME SAS" and r.conversation.scope().provider_name == "InfoGest"

    q = _turn(chat, "c'est quoi une GTR ?", cid)  # a real question mid-contract is answered, the contract stays
    assert q.act == "explain_term" and q.conversation.contract is not None

    r = _turn(chat, "rends la clause de réversibilité plus protectrice pour le client", cid)
    assert r.act == "change_position"
    rev = next(s for s in r.extra["contract"]["sections"] if s["topic"] == "reversibility")
    assert rev["position"] == "client" and "droit de rétention" in rev["text"]

    r = _turn(chat, "passe la GTR P1 à 4 h", cid)
    sla = next(s for s in r.extra["contract"]["sections"] if s["topic"] == "sla")
    assert "P1 4 h" in sla["text"] and r.extra["contract"]["overrides"] == {"restoration_time_p1_hours": 4}

    r = _turn(chat, "passe la GTR P1 à 1 h", cid)  # shorter than the intervention time: flagged
    assert any(c["id"] == "time_ordering" and c["status"] == "warning" for c in r.extra["contract"]["consistency"])
    assert "⚠️" in r.answer.answer
    _turn(chat, "passe la GTR P1 à 4 h", cid)

    # a fresh engine on the same data dir picks the contract up where it was
    fresh = ChatEngine(retriever=app.retriever, composer=chat.composer,
                       store=ConversationStore(data_dir / "conversations.sqlite3"),
                       drafter=DraftingDialog(entries=app.kb_entries(), export_dir=data_dir / "exports"))
    r = fresh.turn("exporte le contrat en docx", conversation_id=cid)
    path = r.extra["path"]
    assert path.endswith(".docx") and path.startswith(str(data_dir))
    assert str(data_dir) not in r.answer.answer  # the file's name, never a server path
    doc = docx.Document(path)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "ACME SAS" in text and "droit de rétention" in text and "P1 4 h" in text
    md = fresh.turn("exporte-le en markdown", conversation_id=cid)
    assert md.extra["path"].endswith(".md")


def test_single_clause_request_returns_clause_obligation_and_notes(chat):
    r = _turn(chat, "propose-moi une clause SLA pour 40 postes en heures ouvrées")
    assert r.act == "draft_clause"
    clause = r.extra["clause"]
    assert clause["topic"] == "sla" and clause["position"] == "balanced"
    assert clause["obligation"]["type"] == "result"
    assert "40 utilisateurs" in r.answer.answer and "obligation de résultat" in r.answer.answer
    assert r.answer.citations[0].id == "clause.sla.balanced.fr"
    assert "{" not in clause["text"]
    again = _turn(chat, "et plus protectrice pour le client ?", r.conversation_id)
    assert again.extra["clause"]["position"] == "client" and again.extra["clause"]["topic"] == "sla"
    notes = _turn(chat, "qu'est-ce que le prestataire va contester dans cette clause ?", r.conversation_id)
    assert notes.act == "objections" and notes.answer.citations[0].id == "clause.sla.client.fr"


def test_english_contract_with_all_defaults_and_a_value_revision(chat):
    r = _turn(chat, "draft a full contract for 25 users with 24/7 support", lang="en")
    assert r.answer.language == "en" and "Consistency check" in r.answer.answer
    assert "24 hours a day" in next(s["text"] for s in r.extra["contract"]["sections"] if s["topic"] == "support_hours")
    r = _turn(chat, "set the P1 restoration time to 6 h", r.conversation_id, lang="en")
    assert r.act == "set_figure" and r.extra["contract"]["overrides"]["restoration_time_p1_hours"] == 6


def test_offline_understanding_of_replies():
    assert parse_parties("client : ACME SAS, prestataire : InfoGest") == {"client_name": "ACME SAS",
                                                                          "provider_name": "InfoGest"}
    assert parse_parties("Dupont SA / NetServices") == {"client_name": "Dupont SA", "provider_name": "NetServices"}
    assert parse_answer("hours", "24h/24 svp") == "24x7"
    assert parse_answer("services", "supervision et sauvegarde") == ["monitoring", "backup"]
    assert parse_answer("personal_data", "non, aucune donnée personnelle") is False
    assert parse_answer("control", "on garde la main, c'est partagé") == "shared"
    assert parse_answer("criticality", "très critique, c'est une clinique") == "high"
    assert position_in("rends-la plus favorable au prestataire") == "msp"
    assert position_in("make it more protective for the client") == "client"
    assert overrides_in("passe la GTR P2 à 12 h et la disponibilité à 99,9 %") == {
        "restoration_time_p2_hours": 12, "availability_percent": 99.9}
    assert overrides_in("plafond de responsabilité à 24 mois") == {"liability_cap_months": 24}


@pytest.mark.parametrize("text, name", [
    ("rédige-moi un contrat d'infogérance pour une PME de 40 postes", "draft_contract"),
    ("prépare-moi un contrat de maintenance informatique", "draft_contract"),
    ("je voudrais un premier jet de contrat", "draft_contract"),
    ("create a contract for 20 users", "draft_contract"),
    ("propose-moi une clause SLA pour 40 postes en heures ouvrées", "draft_clause"),
    ("je voudrais une clause de confidentialité", "draft_clause"),
    ("qu'est-ce qu'un contrat complet doit contenir ?", "question"),
    ("comment préparer la réversibilité ?", "question"),
])
def test_drafting_intent_cues(text, name):
    from assistant.chat.intent import detect_intent

    assert detect_intent(text).name == name


def test_an_availability_figure_the_user_sets_stays_in_an_sla_without_hosting():
    """The provider-side SLA drops the availability commitment when nothing is hosted; a figure the
    user sets explicitly is kept, on the equipment the provider monitors (nothing hosted is invented)."""
    from assistant.knowledge.entries import load_entries
    from assistant.legal.drafting.clause import draft_clause

    entries = load_entries()
    for lang, pat in (("en", r"99\.5 %"), ("fr", r"99,5 %|99\.5 %")):
        plain = draft_clause(topic="sla", scope={"users": 20}, position="msp", lang=lang, entries=entries)
        assert not re.search(pat, plain.text)
        kept = draft_clause(topic="sla", scope={"users": 20}, position="msp", lang=lang, entries=entries,
                            overrides={"availability_percent": 99.5})
        assert re.search(pat, kept.text)
        assert not re.search(r"h[ée]berg[ée]es et exploit|hosted and operated", kept.text)
