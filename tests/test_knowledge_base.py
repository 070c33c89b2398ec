"""The knowledge base is valid, complete and original."""

import re
import subprocess
import sys

import pytest
import yaml

from assistant.knowledge.entries import load_entries, load_slot_names, validate
from assistant.knowledge.taxonomy import KB_DIR, load_taxonomy
from tests.conftest import SHARED, need


@pytest.fixture(scope="module")
def entries():
    return load_entries()


def test_schema_valid(entries):
    problems = validate(list(entries), load_taxonomy(), load_slot_names())
    assert problems == []


def test_every_topic_has_three_positions_in_two_languages(entries):
    have = {(e.topic, e.position, e.lang) for e in entries if e.kind == "clause"}
    missing = [(t, p, l) for t in load_taxonomy().topic_ids for p in ("msp", "balanced", "client")
               for l in ("fr", "en") if (t, p, l) not in have]
    assert missing == []


def test_every_term_in_two_languages(entries):
    have = {(e.term, e.lang) for e in entries if e.kind == "term"}
    missing = [(t, l) for t in load_taxonomy().term_ids for l in ("fr", "en") if (t, l) not in have]
    assert missing == []


def test_every_art28_element_is_covered(entries):
    covered = {lab for e in entries if e.kind == "gdpr" for lab in e.labels}
    missing = [i for i in load_taxonomy().art28_ids if f"art28:{i}" not in covered]
    assert missing == []


def test_guides_present(entries):
    guides = {e.pair_key for e in entries if e.kind == "guide"}
    for g in ("guide.essential_clauses", "guide.means_vs_result", "guide.sla_penalties",
              "guide.liability_caps", "guide.reversibility_plan"):
        assert g in guides


def test_clause_positions_really_differ(entries):
    by = {(e.topic, e.position, e.lang): e for e in entries if e.kind == "clause"}
    for (topic, pos, lang), e in by.items():
        if pos == "balanced":
            assert e.wording != by[(topic, "msp", lang)].wording
            assert e.wording != by[(topic, "client", lang)].wording


def test_fr_en_pairs_share_labels_and_slots(entries):
    by = {e.id: e for e in entries}
    for e in entries:
        if e.lang == "fr" and e.kind == "clause":
            en = by[e.pair_key + ".en"]
            assert e.slots == en.slots, e.id
            assert e.labels[0] == en.labels[0], e.id


def test_taxonomy_copy_matches_shared():
    shared = need(SHARED / "taxonomy.yaml", "shared taxonomy")
    ours, theirs = yaml.safe_load((KB_DIR / "taxonomy.yaml").read_text()), yaml.safe_load(shared.read_text())
    for key in ("clause_topics", "gdpr_art28_elements", "terms"):
        assert {x["id"] for x in theirs[key]} <= {x["id"] for x in ours[key]}


def test_no_copied_wording():
    tool = need(SHARED / "tools" / "copycheck.py", "copycheck")
    out = subprocess.run([sys.executable, str(tool), str(KB_DIR.parent)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-3000:]


def test_gdpr_breach_facts_are_right(entries):
    """Processor alerts the controller without undue delay; 72 h is the controller's deadline."""
    text = " ".join(e.body + (e.law_quote or "") for e in entries if "art33" in e.id or "breach" in e.id)
    assert "33(2)" in text or "33, paragraphe 2" in text or "33(2)" in text.replace(" ", "")
    low = text.lower()
    assert "undue delay" in low or "meilleurs délais" in low or "retard injustifié" in low


def _by_id(entries):
    return {e.id: e for e in entries}


def test_balanced_penalties_and_liability_state_one_regime(entries):
    """Penalties settle the delay they cover and are deducted from damages for other harm of
    the same breach: the balanced penalties and liability clauses must say the same thing."""
    by = _by_id(entries)
    for lang, no_more, deducted in (("fr", "aucun autre dommage-intérêt n'est dû", "s'imputent sur les dommages-intérêts"),
                                    ("en", "no other damages are owed", "deducted from the damages")):
        pen = by[f"clause.penalties.balanced.{lang}"].wording
        lia = by[f"clause.liability.balanced.{lang}"].wording
        for text in (pen, lia):
            assert no_more in text and deducted in text, lang
        assert "forfaitairement" in pen if lang == "fr" else "lump-sum" in pen


def test_no_best_efforts_in_english_content(entries):
    """'obligation de moyens' is rendered as obligation of means (reasonable care and skill);
    only users' own phrasings (questions) may say 'best efforts', and a text may name the words in quotation marks to set
    them apart (s18: card.means_not_best_efforts explains why they are not the French obligation of means)."""
    quoted = re.compile(r"[\"“«]\s?best[- ]efforts?\s?[\"”»]", re.I)
    for e in entries:
        if e.lang != "en":
            continue
        texts = [e.title, e.body, e.wording or "", e.when_to_use or "", e.legal_basis or "", e.example or "",
                 *(e.negotiation_notes), *(s.text for s in e.typed_statements),
                 e.obligation.rationale if e.obligation else ""]
        assert not any(re.search(r"best[- ]efforts?|do (?:its|their) best", quoted.sub(" ", t), re.I) for t in texts), e.id
    assert "reasonable care and skill" in _by_id(entries)["term.obligation_of_means.en"].title


def test_duty_to_advise_is_proved_by_the_provider(entries):
    by = _by_id(entries)
    for eid in ("term.obligation_of_means", "guide.means_vs_result"):
        for lang in ("fr", "en"):
            e = by[f"{eid}.{lang}"]
            text = e.body + (e.legal_basis or "")
            assert "1353" in text and "94-19.685" in text and "1112-1" in text, e.id


def test_availability_depends_on_control(entries):
    by = _by_id(entries)
    fr = by["term.availability.fr"].body
    assert "dépend" in fr and "moyens renforcée" in fr
    en = by["guide.means_vs_result.en"].body
    assert "it depends" in en and "critical security patches" in en


def test_issue_corrections_are_in_place(entries):
    by = _by_id(entries)
    assert "18-23.261" in by["term.non_solicitation.fr"].legal_basis
    assert "mandat exprès" in by["guide.dpa_for_msp.fr"].body and "express written mandate" in by["guide.dpa_for_msp.en"].body
    assert "obligatoire (RGPD, art. 28(3)(h))" in by["guide.essential_clauses.fr"].body
    rev = by["guide.reversibility_plan.en"].body
    assert "personal data only" not in rev and "Art. 28(3)(g) only requires" in rev and "Art. 1104" in rev and "Art. 25" in rev
    x3 = by["clause.backup_recovery.msp.fr"].wording.split("X.3", 1)[1].split("X.4", 1)[0]
    assert "RPO" in x3 and "garantie dans les mêmes termes" in x3
    for key in ("term.imprevision", "term.interdependent_contracts", "term.limitation_period",
                "gdpr.processor_becomes_controller", "gdpr.transfers_msp_tools"):
        assert {f"{key}.fr", f"{key}.en"} <= set(by), key
    assert "2254" in by["term.limitation_period.fr"].legal_basis and "2224" in by["term.limitation_period.en"].legal_basis
