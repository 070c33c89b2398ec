"""The element-removal test's scoring (evaluations/dpa.py) on a made-up two-row DPA: an element passes when the
whole text shows it and the copy without its labelled rows does not; misread rows are listed only on request."""

from __future__ import annotations

from evaluations import dpa

SEC = "art28_3c_security"
AUD = "art28_3h_audits_information"
# two DPAs of our own words: rows with the elements their labels give
DOCS = {
    "A": [("The Processor shall secure the data.", {SEC}), ("The Processor keeps the data safe.", set())],
    "B": [("The Customer may audit the Processor.", {AUD}), ("Fees are due monthly.", set())],
}


def test_restatement_without_a_label_fails_only_the_removal_check():
    per_sentence = [({SEC}, set()), ({SEC}, set()), ({AUD}, set()), (set(), set())]
    stats = dpa.removal_test(DOCS, per_sentence)
    assert stats[SEC] == [0, 1, 1, 0]  # found in the whole DPA, still found once its labelled row is removed
    assert stats[AUD] == [1, 1, 1, 1]
    acc, passed, total = dpa.summary(stats)
    assert (passed, total) == (1, 2) and acc == 0.5


def test_three_facets_across_rows_make_the_subject_matter():
    assert "art28_3_subject_matter" in dpa.shown([(set(), {0, 1}), (set(), {3})], [True, True])
    assert "art28_3_subject_matter" not in dpa.shown([(set(), {0, 1}), (set(), {3})], [True, False])


def test_examples_name_the_rows_behind_failed_checks():
    per_sentence = [({SEC}, set()), ({SEC}, set()), (set(), set()), (set(), set())]
    text = dpa.examples(DOCS, per_sentence, 5)
    assert f"{SEC} | still shown after removal | The Processor keeps the data safe." in text
    assert f"{AUD} | labelled, not found | The Customer may audit the Processor." in text
    assert dpa.examples(DOCS, per_sentence, 0) == ""


def test_halves_split_by_dpa_id_in_natural_order():
    docs = {name: [] for name in ("Doc 10", "Doc 2", "Doc 1", "Doc 3")}
    assert dpa.halves(docs) == {"Doc 1": "tune", "Doc 2": "check", "Doc 3": "tune", "Doc 10": "check"}
    per_sentence = [({SEC}, set()), ({SEC}, set()), ({AUD}, set()), (set(), set())]
    docs2 = {"X 1": DOCS["A"], "X 2": DOCS["B"]}
    tune_docs, tune_sent = dpa.subset(docs2, per_sentence, "tune")
    assert list(tune_docs) == ["X 1"] and tune_sent == per_sentence[:2]
    check_docs, check_sent = dpa.subset(docs2, per_sentence, "check")
    assert list(check_docs) == ["X 2"] and check_sent == per_sentence[2:]
    assert dpa.subset(docs2, per_sentence, "all") == (docs2, per_sentence)
