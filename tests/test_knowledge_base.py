"""The knowledge base is valid, complete and original."""

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
