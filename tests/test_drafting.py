"""Clause drafting balanced to scope, and the whole contract's consistency report and revisions.
Pure legal engines over the real knowledge base: no model, no index."""

from __future__ import annotations

import re

import pytest

from assistant.knowledge.entries import SLOT_RE, Entry, load_entries
from assistant.knowledge.taxonomy import load_taxonomy
from assistant.legal.drafting.balance import RANK
from assistant.legal.drafting.consistency import check_consistency
from assistant.legal.drafting.contract import build_contract, renumber, revise, topics_for
from assistant.legal.drafting.clause import DraftingError, clause_topics, draft_clause
from assistant.legal.drafting.slots import values_from_scope
from assistant.types import ScopeProfile

E = load_entries()
ESSENTIAL = load_taxonomy().essential_topics
SHARED = {"control": "shared", "services": ["monitoring", "maintenance", "backup", "security", "patching"]}
EXCLUSIVE_HOSTED = {"control": "exclusive", "services": ["hosting", "monitoring", "backup", "security", "patching",
                                                         "maintenance"], "assets": ["servers", "network"]}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("position", ["msp", "balanced", "client"])
@pytest.mark.parametrize("topic", ESSENTIAL)
def test_every_essential_topic_drafts_with_no_unfilled_slot(topic, position, lang):
    clause = draft_clause(topic=topic, scope={"users": 40}, position=position, lang=lang, entries=E)
    assert "{" not in clause.text and "}" not in clause.text
    assert not SLOT_RE.search(clause.text)
    out = clause.to_json()
    assert set(out) >= {"topic", "position", "obligation", "text", "negotiation_notes", "citations"}
    assert out["topic"] == topic and out["position"] == position
    assert out["obligation"]["type"] in ("means", "reinforced_means", "result", "none")
    assert len(out["obligation"]["rationale"]) > 20
    assert len(out["negotiation_notes"]) >= 2
    assert out["citations"][0]["id"] == f"clause.{topic}.{position}.{lang}"
    assert set(out["citations"][0]) == {"ref", "id", "kind", "title", "labels", "excerpt"}


def test_slot_values_follow_the_scope():
    v = draft_clause(topic="scope", scope={"users": 40, "sites": 3, "assets": ["servers", "printers"]},
                     position="balanced", lang="fr", entries=E)
    assert "40 utilisateurs" in v.text and "3 sites" in v.text and "(s)" not in v.text
    assert "les serveurs et les imprimantes" in v.text
    en = draft_clause(topic="support_hours", scope={"hours": "24x7"}, position="balanced", lang="en", entries=E)
    assert "24 hours a day, 7 days a week" in en.text


def test_service_times_ordered_and_tilted_by_position():
    for crit in ("low", "medium", "high"):
        for hours in ("business", "extended", "24x7"):
            per = {p: values_from_scope(ScopeProfile(criticality=crit, hours=hours), "fr", p)
                   for p in ("msp", "balanced", "client")}
            for v in per.values():
                for p in (1, 2):
                    assert v[f"response_time_p{p}_hours"] <= v[f"intervention_time_p{p}_hours"] \
                        <= v[f"restoration_time_p{p}_hours"]
            for slot in ("restoration_time_p1_hours", "response_time_p1_hours"):
                assert per["msp"][slot] >= per["balanced"][slot] >= per["client"][slot]
            assert per["msp"]["liability_cap_months"] <= per["balanced"]["liability_cap_months"] \
                <= per["client"]["liability_cap_months"]
            assert per["client"]["penalty_rate_percent"] > per["msp"]["penalty_rate_percent"]
            assert per["client"]["notice_months"] < per["msp"]["notice_months"]
            assert per["client"]["initial_term_months"] < per["msp"]["initial_term_months"]


def test_fee_only_when_stated_never_estimated():
    assert values_from_scope(ScopeProfile(monthly_fee_eur=4321), "fr")["monthly_fee_eur"] == 4321
    assert values_from_scope(ScopeProfile(users=100), "fr")["monthly_fee_eur"] is None
    text = draft_clause(topic="penalties", scope={"users": 40}, position="client", lang="fr", entries=E).text
    assert "redevance mensuelle" in text and "[à compléter] € HT" in text
    assert not re.search(r"\d[\d\u202f ]* € HT\)", text)  # no amount nobody stated


# -- balancing rules ----------------------------------------------------------------------------
def _types(clause):
    return {c.id: c.type for c in clause.commitments}


@pytest.mark.parametrize("position", ["msp", "balanced", "client"])
def test_availability_result_only_with_exclusive_control_and_hosting(position):
    shared = draft_clause(topic="sla", scope=SHARED, position=position, lang="fr", entries=E)
    assert _types(shared)["availability"] == "reinforced_means"
    assert "availability_not_result" in shared.adjustments
    assert any("Disponibilité ramenée" in n for n in shared.negotiation_notes)
    hosted = draft_clause(topic="sla", scope=EXCLUSIVE_HOSTED, position=position, lang="fr", entries=E)
    assert _types(hosted)["availability"] == "result"
    assert "availability_not_result" not in hosted.adjustments


def test_availability_rewrite_replaces_the_result_sentence_in_the_balanced_clause():
    fr = draft_clause(topic="sla", scope=SHARED, position="balanced", lang="fr", entries=E)
    assert "la GTI et la disponibilité sont des obligations de résultat" not in fr.text
    assert "La disponibilité relève d'une obligation de moyens renforcée" in fr.text
    en = draft_clause(topic="sla", scope=SHARED, position="balanced", lang="en", entries=E)
    assert "Availability is a reinforced obligation of means" in en.text


def test_client_restoration_result_needs_exclusive_control_without_third_parties():
    shared = draft_clause(topic="sla", scope=SHARED, position="client", lang="en", entries=E)
    assert _types(shared)["restoration_time"] == "reinforced_means"
    assert "restoration_not_result" in shared.adjustments
    assert "restoration is a reinforced obligation of means" in shared.text
    own = draft_clause(topic="sla", scope=EXCLUSIVE_HOSTED, position="client", lang="en", entries=E)
    assert _types(own)["restoration_time"] == "result"
    cloud = draft_clause(topic="sla", scope={**EXCLUSIVE_HOSTED, "assets": ["servers", "cloud"]}, position="client",
                         lang="en", entries=E)
    assert _types(cloud)["restoration_time"] == "reinforced_means"


@pytest.mark.parametrize("scope", [SHARED, EXCLUSIVE_HOSTED, {}])
@pytest.mark.parametrize("position", ["msp", "balanced", "client"])
def test_security_is_never_a_result(scope, position):
    clause = draft_clause(topic="security", scope=scope, position=position, lang="fr", entries=E)
    assert _types(clause)["security"] != "result"
    assert clause.obligation_type != "result"


def test_security_under_shared_control_does_not_claim_sole_administration():
    clause = draft_clause(topic="security", scope=SHARED, position="client", lang="fr", entries=E)
    assert "qui administre seul" not in clause.text
    assert "security_shared_control" in clause.adjustments
    # issue 15: critical patches within the agreed deadline are a result whoever controls the systems,
    # so the client's result on patching stays and no rule lowers it; security itself is only means
    assert "patching_not_result" not in clause.adjustments
    assert _types(clause) == {"security": "means", "patching": "result"}
    assert {c.id: c.engine for c in clause.commitments}["patching"] == "result"
    exclusive = draft_clause(topic="security", scope=EXCLUSIVE_HOSTED, position="client", lang="fr", entries=E)
    assert "qui administre seul" in exclusive.text and _types(exclusive)["patching"] == "result"
    assert "security_shared_control" not in exclusive.adjustments
    assert _types(exclusive)["security"] == "reinforced_means"


def test_no_commitment_is_a_result_beyond_the_engine_anywhere():
    scopes = [SHARED, EXCLUSIVE_HOSTED, {"assets": ["cloud", "business_apps"], "control": "exclusive"}]
    for scope in scopes:
        for topic in clause_topics(E):
            for position in ("msp", "balanced", "client"):
                clause = draft_clause(topic=topic, scope=scope, position=position, lang="en", entries=E)
                for c in clause.commitments:
                    assert not (c.type == "result" and c.engine != "result"), (topic, position, c)


def _with_wording(entry_id: str, wording: str) -> tuple[Entry, ...]:
    return tuple(e.model_copy(update={"wording": wording}) if e.id == entry_id else e for e in E)


def test_blanket_data_loss_exclusion_is_rewritten_when_backup_is_in_scope():
    wording = ("Article X – Sauvegardes\nX.1 Le Prestataire sauvegarde les données du Client chaque nuit.\n"
               "X.2 Le Prestataire décline toute responsabilité en cas de perte de données, "
               "quelle qu'en soit la cause.\n")
    entries = _with_wording("clause.backup_recovery.msp.fr", wording)
    drafted = draft_clause(topic="backup_recovery", scope={"services": ["backup"]}, position="msp", lang="fr",
                           entries=entries)
    assert "data_loss_exclusion" in drafted.adjustments
    assert "quelle qu'en soit la cause" not in drafted.text
    assert "X.2 Le Prestataire ne répond pas de la perte de données absentes du plan" in drafted.text
    assert any("1170" in n for n in drafted.negotiation_notes)
    untouched = draft_clause(topic="backup_recovery", scope={"services": ["monitoring"]}, position="msp", lang="fr",
                             entries=entries)
    assert "quelle qu'en soit la cause" in untouched.text
    # "not subject to any exclusion" is no exclusion at all
    client = draft_clause(topic="backup_recovery", scope={"services": ["backup"]}, position="client", lang="fr",
                          entries=E)
    assert "data_loss_exclusion" not in client.adjustments and "n'est soumise à aucune exclusion" in client.text
    # the library's own exclusion is limited to data outside the plan: left as is
    library = draft_clause(topic="backup_recovery", scope={"services": ["backup"]}, position="msp", lang="en",
                           entries=E)
    assert "data_loss_exclusion" not in library.adjustments


def test_provider_liability_keeps_backed_up_data_as_direct_damage():
    clause = draft_clause(topic="liability", scope={"services": ["backup"]}, position="msp", lang="en", entries=E)
    assert "liability_backup_direct_damage" in clause.adjustments
    assert re.search(r"^X\.8 As the Provider is in charge of backups", clause.text, re.M)
    plain = draft_clause(topic="liability", scope={"services": ["monitoring"]}, position="msp", lang="en", entries=E)
    assert "liability_backup_direct_damage" not in plain.adjustments


def test_liability_cap_raised_to_a_floor_when_the_fee_is_small():
    small = draft_clause(topic="liability", scope={"users": 5, "monthly_fee_eur": 600}, position="balanced",
                         lang="fr", entries=E)
    assert small.slots["liability_cap_months"] == 25  # 25 × 600 € ≥ 15 000 €
    assert any("Plafond de responsabilité relevé" in n for n in small.negotiation_notes)
    msp = draft_clause(topic="liability", scope={"users": 5, "monthly_fee_eur": 600}, position="msp", lang="fr",
                       entries=E)
    assert msp.slots["liability_cap_months"] == 6  # provider's draft keeps its cap, with a warning note
    assert any("plancher" in n for n in msp.negotiation_notes)


def test_provider_position_is_weaker_than_the_scope_allows_and_says_so():
    clause = draft_clause(topic="sla", scope=EXCLUSIVE_HOSTED, position="msp", lang="fr", entries=E)
    rows = {c.id: c for c in clause.commitments}
    assert RANK[rows["intervention_time"].type] < RANK[rows["intervention_time"].engine]
    assert rows["intervention_time"].rationale.startswith("Version prestataire")


def test_bad_inputs_are_clear_errors():
    with pytest.raises(DraftingError, match="valid topics: parties"):
        draft_clause(topic="nope", scope={}, position="balanced", lang="fr", entries=E)
    with pytest.raises(DraftingError, match="position"):
        draft_clause(topic="sla", scope={}, position="friendly", lang="fr", entries=E)
    with pytest.raises(DraftingError, match="unknown slot"):
        draft_clause(topic="sla", scope={}, position="balanced", lang="fr", entries=E, overrides={"gtr": 4})
    with pytest.raises(ValueError, match="invalid scope"):
        draft_clause(topic="sla", scope={"hours": "always"}, position="balanced", lang="fr", entries=E)


# -- contract ------------------------------------------------------------------------------------
def test_contract_has_every_essential_topic_numbered_and_a_dpa_annex():
    draft = build_contract(scope={"users": 40, "personal_data": True}, position="balanced", lang="fr", entries=E)
    topics = [s.topic for s in draft.sections]
    assert set(ESSENTIAL) <= set(topics)
    assert topics[0] == "parties" and topics[-1] == "disputes"
    assert [s.number for s in draft.sections] == list(range(1, len(topics) + 1))
    for s in draft.sections:
        assert not re.search(r"^(X|Article)\b", s.text, re.M)
        assert re.match(rf"{s.number}\.1 ", s.text), s.topic
    dpa = draft.annexes[-1]
    assert "article 28" in dpa.title
    for point in "abcdefgh":
        assert f"({point}) " in dpa.text
    assert "| [à compléter] |" in dpa.text  # sub-processor table to fill in
    assert any(c.id == "gdpr.art28_3a.fr" for c in draft.citations)
    assert all(c.status in ("ok", "todo") for c in draft.consistency), [c.message for c in draft.warnings]
    todo = {c.id: c.message for c in draft.todo}
    assert "fields_to_complete" in todo and "Annexe 5" in todo["fields_to_complete"]  # blanks counted and listed
    assert set(draft.to_json()) >= {"sections", "annexes", "path", "consistency"}


def test_optional_topics_follow_the_scope_and_references_follow_numbering():
    lean = ScopeProfile(services=["hosting"], assets=["cloud"], personal_data=False)
    topics = topics_for(lean)
    assert "backup_recovery" not in topics and "hardware" not in topics and "technologies" not in topics
    draft = build_contract(scope=lean, position="balanced", lang="en", entries=E)
    sla, penalties = draft.section("sla"), draft.section("penalties")
    assert f"article {sla.number}" in penalties.text and "article 6" not in penalties.text
    assert not any(a.title.startswith("Schedule 5") for a in draft.annexes)
    full = topics_for(ScopeProfile(services=["backup", "maintenance", "user_support"], assets=["workstations"]))
    assert {"backup_recovery", "hardware", "assistance_training", "technologies"} <= set(full)


def test_renumber_keeps_law_articles():
    raw = "Article X – T\nX.1 Voir l'article 6 et l'article 1218 du Code civil ; X.2 s'applique.\nX.2 Fin."
    out = renumber(raw, 9, {6: 5})
    assert out.startswith("9.1 Voir l'article 5 et l'article 1218 du Code civil ; 9.2 s'applique.")


@pytest.mark.parametrize("position", ["msp", "balanced", "client"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_balanced_scopes_give_a_clean_report(position, lang):
    for scope in ({}, EXCLUSIVE_HOSTED, {"hours": "24x7", "criticality": "high", "users": 300}):
        draft = build_contract(scope=scope, position=position, lang=lang, entries=E)
        assert not draft.warnings, [c.message for c in draft.warnings]


def _warned(draft) -> set[str]:
    return {c.id for c in draft.warnings}


def test_consistency_catches_broken_states():
    base = build_contract(scope={"users": 40}, position="balanced", lang="fr", entries=E)
    assert not _warned(base)
    assert "time_ordering" in _warned(revise(base, topic="sla", overrides={"restoration_time_p1_hours": 1}, entries=E))
    assert "penalties_within_liability_cap" in _warned(
        revise(base, topic="liability", overrides={"liability_cap_months": 1, "penalty_cap_percent": 20}, entries=E))
    assert "notice_shorter_than_term" in _warned(
        revise(base, topic="termination", overrides={"notice_months": 24}, entries=E))
    assert "payment_term" in _warned(revise(base, topic="pricing_payment", overrides={"payment_days": 90}, entries=E))
    assert "breach_notification" in _warned(
        revise(base, topic="data_protection", overrides={"breach_notification_hours": 96}, entries=E))
    # client SLA (P1 clock runs continuously) with the provider's support hours (no 24/7 on-call)
    mixed = revise(revise(base, topic="sla", position="client", entries=E), topic="support_hours", position="msp",
                   entries=E)
    assert "service_levels_vs_hours" in _warned(mixed)
    # pieces removed by hand: the report notices
    base.sections = [s for s in base.sections if s.topic not in ("reversibility", "liability")]
    base.annexes = [a for a in base.annexes if a.key != "dpa"]
    assert {"reversibility_present", "essential_topics", "data_protection"} <= {
        c.id for c in check_consistency(base) if c.status == "warning"}


def test_revise_one_clause_position_and_values():
    base = build_contract(scope={"users": 40}, position="balanced", lang="fr", entries=E)
    client = revise(base.state(), topic="reversibility", position="client", entries=E)
    assert client.section("reversibility").position == "client"
    assert client.section("reversibility").clause.entry_id == "clause.reversibility.client.fr"
    assert client.section("sla").text == base.section("sla").text  # other clauses untouched
    assert "renonce à tout droit de rétention" in client.section("reversibility").text
    gtr = revise(client, topic="sla", overrides={"restoration_time_p1_hours": 4}, entries=E)
    assert "P1 4 h" in gtr.section("sla").text.replace("\u202f", " ") or "(P1) 4 h" in gtr.section("sla").text
    assert gtr.values["restoration_time_p1_hours"] == 4
    assert gtr.positions == {"reversibility": "client"}  # earlier revisions are kept
    assert "| P1 |" in next(a.text for a in gtr.annexes if a.key == "sla") and "| 4 h |" in \
        next(a.text for a in gtr.annexes if a.key == "sla")
    with pytest.raises(DraftingError):
        revise(base, topic="reversibility", position="aggressive", entries=E)
    with pytest.raises(DraftingError):
        revise(build_contract(scope={"services": ["hosting"]}, lang="fr", entries=E), topic="backup_recovery",
               position="client", entries=E)
