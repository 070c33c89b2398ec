"""The literal gate (assistant/text/gate.py) may skip a pattern only when the pattern cannot match: checked on
hand-made patterns, on generated ones, and on every pattern the review's topic and fact readers gate, over the
sentences of the keyed review documents."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.legal.review import classify
from assistant.legal.review.facts import art28_duties, art28_facets, extract
from assistant.legal.textutil import fold
from assistant.text.gate import may_match, required_words

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("pattern, words", [
    (r"\bsecret\b|non-?disclosure", {"secret", "disclosure"}),
    (r"(?:x|y)?abc", {"abc"}),
    (r"(foo|bar)+baz", {"baz"}),
    (r"penalit\w*\b(?! de retard)|service credits?", {"penalit", "service credit"}),
    (r"\b(shall|must) (not )?disclose", {"disclose"}),
])
def test_required_words_read_from_the_pattern(pattern, words):
    assert required_words(re.compile(pattern)) == frozenset(words)


@pytest.mark.parametrize("pattern", [
    r"\d+ ?%",              # no plain word at all
    r"(?i)secret",          # case-blind: a word check would be case-sensitive
    r"\bht\b|redevance",     # one alternative needs only a two-letter word
    r"(abc)?\d",            # the only word is optional
    r"(abc){0,2}x",         # a repeat that may be absent
])
def test_no_gate_when_a_match_needs_no_word(pattern):
    assert required_words(re.compile(pattern)) is None
    assert may_match(re.compile(pattern), "anything at all")


def test_case_blind_flag_given_at_compile_time():
    assert required_words(re.compile("secret", re.IGNORECASE)) is None


def test_skips_only_texts_without_the_words():
    rx = re.compile(r"\bsecret\b|non-?disclosure")
    assert not may_match(rx, "the parties keep the price private")
    assert may_match(rx, "a non disclosure undertaking")
    assert may_match(rx, "secretary")  # holds the word: the pattern runs (and finds no match)


_ATOMS = ["ab", "abc", "cab", "b", "\\b", "\\w", "\\d", "(?!ab)", "(?<=a)", "[abc]", ".", " "]


@st.composite
def _patterns(draw):
    def seq(depth):
        parts = []
        for _ in range(draw(st.integers(1, 4))):
            kind = draw(st.integers(0, 5 if depth < 2 else 2))
            if kind <= 2:
                parts.append(draw(st.sampled_from(_ATOMS)))
            elif kind == 3:
                parts.append("(" + "|".join(seq(depth + 1) for _ in range(draw(st.integers(1, 3)))) + ")")
            elif kind == 4:
                parts.append("(?:" + seq(depth + 1) + ")" + draw(st.sampled_from(["?", "*", "+", "{1,2}", "{0,2}"])))
            else:
                parts.append(draw(st.sampled_from(["abc", "bca", "cabab"])))
        return "".join(parts)
    return "|".join(seq(0) for _ in range(draw(st.integers(1, 3))))


@settings(max_examples=400, deadline=None)
@given(_patterns(), st.text(alphabet="abc d", max_size=30))
def test_generated_patterns_never_skipped_when_they_match(pattern, text):
    rx = re.compile(pattern)
    if rx.search(text):
        assert may_match(rx, text), (pattern, text)


def _review_patterns() -> list[re.Pattern]:
    out = list(classify._CUE_RE.values()) + list(classify._STRONG_RE.values()) + list(classify._HEAD_RE.values())
    out += [rx for rxs in art28_duties._RX.values() for rx in rxs]
    out += list(art28_facets._FACETS) + [rx for rx in art28_facets._FACET_CONTENT if rx is not None]
    out += list(extract.GATES.values())
    return out


def test_every_gated_review_pattern_agrees_with_its_scan_on_the_keyed_documents():
    docs = sorted((ROOT / "evaluations" / "review").glob("*.md")) + sorted((ROOT / "evaluations" / "review").glob("*.txt"))
    assert len(docs) > 40
    texts = [classify.flat(fold(p.read_text(encoding="utf-8"))) for p in docs]
    pieces = [piece for t in texts for piece in re.split(r"(?<=[.;:])\s+|\n{2,}", t) if piece.strip()]
    patterns = _review_patterns()
    gated = [rx for rx in patterns if required_words(rx) is not None]
    assert len(gated) > len(patterns) // 2  # the gate does apply to most of them
    skipped = 0
    for rx in gated:
        for piece in pieces:
            if not may_match(rx, piece):
                skipped += 1
                assert rx.search(piece) is None, (rx.pattern[:80], piece[:120])
    assert skipped > 0
