"""Issue 15: answers open with a verdict, law kept apart from negotiating positions, no unstated facts.

Unit tests (question types, typed ordering, the obligations engine without stated control, the
penalties/liability regime check, the prompt's plan) and the acceptance tests of the issue through
the CLI (`clausier ask … --json`, `clausier contract` on a planted conflict).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.chat.answer_plan import (PLANS, order_statements, plan_for_prompt, question_type, typed_source)
from assistant.knowledge.entries import Statement
from assistant.legal.drafting.consistency import regime_conflict
from assistant.legal.obligations import analyse, analyse_one
from assistant.types import ScopeProfile
from evaluations.answer_scoring import REFUSAL, fold, uncited_sentences, verdict_text
from tests.conftest import ROOT, run_cli

EARLY_EXIT = "y a une clause qui dit que si on part avant la fin on paie 100% des mois restants. normal ?"
UPTIME_ALONE = "Our MSP commits to 99.5 % uptime on servers it hosts and runs alone: is that a result obligation?"
UPTIME_BARE = "Our MSP commits to 99.5 % uptime on the servers: is that an obligation of result?"


# -- question types ------------------------------------------------------------------------------
@pytest.mark.parametrize("question,qtype", [
    ("une indemnité de sortie de 12 mois, c'est courant ?", "is_it_normal"),
    ("is a 30-day payment term usual for MSPs?", "is_it_normal"),
    ("cette clause d'exclusivité est-elle valable ?", "enforceable"),
    ("can the provider suspend the service for late payment?", "enforceable"),
    ("c'est quoi une clause résolutoire ?", "what_is"),
    ("combien de temps dure la garantie ?", "how_long"),
    ("how long must the processor keep the logs?", "how_long"),
    ("qui doit prouver la faute si le serveur tombe ?", "who_proves"),
    ("who bears the burden of proof for a missed SLA?", "who_proves"),
    ("je mets quoi dans la clause d'audit ?", "what_to_write"),
    ("what should we put in the exit plan?", "what_to_write"),
    ("astreinte vs heures ouvrées, quelle différence ?", "compare"),
    ("que se passe-t-il si le client ne paie pas ?", "what_happens_if"),
    ("what happens if the MSP goes bankrupt?", "what_happens_if"),
])
def test_question_types(question, qtype):
    assert question_type(question) == qtype
    assert PLANS[qtype][0] in ("rule", "negotiation")


def _st(type_, side=None):
    return Statement.model_construct(type=type_, side=side, text="x" * 20, cites=())


def test_positions_never_open_and_are_shown_as_one_sides_clause():
    items = [("r1", "Le client peut partir immédiatement.", 0.9, _st("position", "client")),
             ("r2", "Le juge peut réduire une pénalité manifestement excessive (art. 1231-5).", 0.7, _st("rule")),
             ("r3", "Trois mois de préavis sont courants.", 0.8, _st("practice"))]
    out = order_statements(items, "fr")
    assert out[0][0] == "r3"  # the best statement that is not a position opens
    assert out[1][0] == "r2"  # then the rule
    assert out[2][1].startswith("Une clause côté client peut prévoir : ")  # never stated as law
    en = order_statements([("r", "The client may leave at once.", 1.0, _st("position", "msp"))], "en")
    assert en[0][1].startswith("A provider-side clause may say: ")


# -- obligations engine -----------------------------------------------------------------------------
def test_control_not_stated_is_representable_and_gives_both_readings():
    scope = ScopeProfile(services=["hosting", "monitoring"])
    assert scope.control is None
    c = analyse_one("availability", scope, lang="en")
    assert c.type == "depends" and c.depends_on == "control"
    assert {(r.when, r.type) for r in c.readings} == {("exclusive", "result"), ("shared", "reinforced_means")}
    assert analyse_one("availability", scope.model_copy(update={"control": "exclusive"})).type == "result"
    assert analyse_one("availability", scope.model_copy(update={"control": "shared"})).type == "reinforced_means"
    report = analyse(scope, lang="fr")
    # nothing that turns on control is silently read as "shared"
    assert {c.id: c.type for c in report.commitments}["availability"] == "depends"
    assert report.by_id()["restoration_time"].type == "depends"
    assert "deux lectures" in report.explanation


def test_commitments_follow_the_scope():
    consulting = analyse(ScopeProfile(services=["consulting"], personal_data=False, on_site=False))
    ids = [c.id for c in consulting.commitments]
    assert "response_time" not in ids and "intervention_time" not in ids and "availability" not in ids
    # administering systems with personal data carries the security duty even when security is not sold
    admin = analyse(ScopeProfile(services=["maintenance", "monitoring"], personal_data=True), lang="en")
    security = admin.by_id()["security"]
    assert "28(3)(c)" in (security.rationale + " ".join(r.rationale for r in security.readings))
    no_data = analyse(ScopeProfile(services=["maintenance"], personal_data=False))
    assert "security" not in no_data.by_id()
    # critical patches within the agreed deadline are a result whoever controls the rest
    for control in (None, "shared", "exclusive"):
        assert analyse_one("patching", ScopeProfile(services=["patching"], control=control)).type == "result"


# -- penalties / liability regime ---------------------------------------------------------------------
def test_regime_conflict_found_in_planted_text_and_not_in_a_coherent_pair():
    pen = ("Les pénalités réparent forfaitairement le préjudice de retard qu'elles visent ; aucun autre "
           "dommage-intérêt n'est dû pour ce préjudice.")
    clash = regime_conflict(pen, "Les pénalités versées s'imputent sur les dommages-intérêts dus pour ces retards.")
    assert clash is not None and "forfaitairement" in clash[0] and "s'imputent" in clash[1]
    coherent = ("Lorsque le même manquement cause un autre dommage, les pénalités appliquées s'imputent sur les "
                "dommages-intérêts dus.")
    assert regime_conflict(pen, coherent) is None
    en = regime_conflict("Penalties are not liberatory: the Client may claim its full loss, less penalties.",
                         "Service credits and penalties are the sole and exclusive remedy for service-level failures.")
    assert en is not None


def test_clausier_contract_reports_a_planted_penalties_liability_conflict(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(ROOT / "knowledge_base", kb)
    path = kb / "clauses" / "liability.yaml"
    text = path.read_text(encoding="utf-8")
    coherent = ("Lorsque le même manquement cause un autre dommage réparable au titre du présent article, les "
                "pénalités appliquées pour ce manquement s'imputent sur les dommages-intérêts dus.")
    assert coherent in text
    path.write_text(text.replace(coherent, "Les pénalités versées s'imputent sur les dommages-intérêts dus au "
                                           "Client pour les retards qu'elles visent."), encoding="utf-8")
    planted = run_cli("contract", "--json", data_dir=tmp_path / "data", env_extra={"CLAUSIER_KB_DIR": str(kb)})
    assert planted.returncode == 0, planted.stderr
    check = {c["id"]: c for c in json.loads(planted.stdout)["consistency"]}["penalties_liability_regime"]
    assert check["status"] == "warning" and "s'imputent sur les dommages-intérêts dus au Client" in check["message"]
    clean = run_cli("contract", "--json", data_dir=tmp_path / "data")
    assert clean.returncode == 0, clean.stderr
    check = {c["id"]: c for c in json.loads(clean.stdout)["consistency"]}["penalties_liability_regime"]
    assert check["status"] == "ok"


# -- prompt --------------------------------------------------------------------------------------------
def test_prompt_plan_and_typed_sources():
    plan = plan_for_prompt("clause pénale ou dédit, quelle différence ?")
    assert plan["order"][0] == "verdict" and plan["qtype"] == "compare"
    stance, typed = typed_source("clause.termination.client.fr")
    assert stance.startswith("negotiating position, client side") and typed == []
    _, typed = typed_source("card.early_termination_remaining_fees.fr")
    labels = [t["label"] for t in typed]
    assert labels[0] == "reviewed verdict" and "rule of law" in labels
    assert any(lab.startswith("negotiating position") for lab in labels)
    assert typed_source("user.some-document") == ("", [])


def test_refusal_pattern_reads_the_current_out_of_scope_reply():
    assert REFUSAL.search(fold("Je ne traite que des contrats d'infogérance, de maintenance informatique…"))
    assert REFUSAL.search(fold("I only deal with IT outsourcing, IT maintenance and managed-services contracts"))
    assert not REFUSAL.search(fold("A GDPR processor has nothing to do with commercial subcontracting."))


# -- acceptance (issue 15), through the CLI -----------------------------------------------------------------
def _ask(question: str, data_dir: Path) -> dict:
    proc = run_cli("ask", question, "--json", data_dir=data_dir, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_early_termination_fee_opens_with_a_verdict_and_cites_1231_5(data_dir, app):
    out = _ask(EARLY_EXIT, data_dir)
    text = out["answer"]
    opening = verdict_text(text)
    assert any(w in opening for w in ("contestable", "reduire", "excessive", "depend"))
    assert "1231-5" in text and out["citations"]
    assert "sollicit" not in fold(text) and "debauch" not in fold(text)
    assert uncited_sentences(text) == []
    assert "côté client" in text.lower()  # what to negotiate, marked with the side it serves


def test_uptime_on_servers_run_alone_is_a_result_with_its_source(data_dir, app):
    out = _ask(UPTIME_ALONE, data_dir)
    opening = verdict_text(out["answer"])
    assert "obligation of result" in opening and "means" not in opening
    assert any(c["id"].startswith(("guide.means_vs_result", "card.availability")) for c in out["citations"])
    assert "1231-1" in out["answer"] and uncited_sentences(out["answer"]) == []
    assert "shared" not in opening


def test_uptime_without_the_facts_says_what_it_depends_on(data_dir, app):
    out = _ask(UPTIME_BARE, data_dir)
    opening = verdict_text(out["answer"])
    assert "depend" in opening and "result" in opening and "means" in opening
    assert "25 users" not in out["answer"] and "control shared with you" not in out["answer"]
    assert uncited_sentences(out["answer"]) == []


def test_a_card_on_another_subject_asked_the_same_way_is_not_taken(app):
    ans = app.ask("for how many months may a non-solicitation clause run once the contract is over?", role=None)
    assert not any(c.id.startswith("card.reversibility_duration") for c in ans.citations)


# -- cards told apart by what retrieval found; the obligations table quotes only its source -------
def test_close_cards_are_told_apart_by_the_entry_retrieval_found():
    from types import SimpleNamespace

    from assistant.chat.cards import CardMatch, _rests_on_what_was_found

    def card(cid, related):
        return SimpleNamespace(id=cid, related_ids=tuple(f"{r}.en" for r in related))

    a = CardMatch(card("card.reversibility_duration.en", ["term.reversibility"]), 0.90, 0.7, 0.4)
    b = CardMatch(card("card.non_solicitation_enforceable.en", ["term.non_solicitation"]), 0.84, 0.6, 0.4)
    far = CardMatch(card("card.non_solicitation_enforceable.en", ["term.non_solicitation"]), 0.70, 0.5, 0.4)
    found = [SimpleNamespace(id="term.non_solicitation.en", kind="term")]
    assert _rests_on_what_was_found([a, b], found) is b
    assert _rests_on_what_was_found([a, far], found) is a  # too far behind: the best card stays
    assert _rests_on_what_was_found([b, a], found) is b  # the best already rests on it
    assert _rests_on_what_was_found([a, b], []) is a


def test_a_guide_example_is_quoted_only_when_it_states_the_same_regime():
    from assistant.chat.obligations_answer import _same_type

    assert _same_type("prendre en charge un ticket P1 en 1 heure ouvrée : résultat ;", "result")
    assert not _same_type("prendre en charge un ticket P1 en 1 heure ouvrée : résultat ;", "means")
    assert _same_type("résoudre tout incident, arrêter toute cyberattaque : moyens ;", "means")
    both = "rétablir le service dans la GTR : résultat si le contrat la garantit ; sinon, souvent en moyens renforcée"
    assert not _same_type(both, "result") and not _same_type(both, "reinforced_means")


def test_the_obligations_table_never_cites_the_engines_own_reasons(app):
    from assistant.legal.obligations import analyse

    scope = ScopeProfile(hours="24x7", control="exclusive", users=40, personal_data=True)
    report = analyse(scope, lang="en")
    ans = app.ask("We run the whole estate alone, 24/7: which of our commitments are obligations of result?", role=None)
    text = ans.answer
    assert uncited_sentences(text) == []
    for c in report.commitments:
        if c.rationale and len(c.rationale) > 40:
            assert c.rationale not in text  # the engine's wording is not presented as the guide's
