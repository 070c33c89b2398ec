"""evaluations/eval_review.py: documents keyed as one contract (`set:`) are grouped to be reviewed together too."""

from evaluations.eval_review import key_sets


def test_documents_keyed_with_the_same_set_form_one_group_and_a_lone_set_is_none():
    cases = [{"file": "a.md", "set": "x"}, {"file": "b.md"}, {"file": "c.md", "set": "x"}, {"file": "d.md", "set": "y"},
             {"file": "e.md", "set": "z"}, {"file": "f.md", "set": "z"}]
    assert key_sets(cases) == [[0, 2], [4, 5]]
    assert [c["_index"] for c in cases] == list(range(6))


def test_the_keys_in_the_repository_hold_sets_of_two_or_more():
    from evaluations.eval_review import load_cases

    groups = key_sets(load_cases())
    assert groups and all(len(g) >= 2 for g in groups)
