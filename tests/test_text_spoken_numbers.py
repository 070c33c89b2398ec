"""Numbers as people type them in chat (text toolkit): decimals said aloud ("virgule", "point")
and units glued by a hyphen ("a three-year term", "12-month notice")."""

from __future__ import annotations

import pytest

from assistant.text import find_quantities


@pytest.mark.parametrize("text, value, unit", [
    ("quatre-vingt-dix-neuf virgule neuf pour cent", 99.9, "percent"),
    ("ninety-nine point nine percent", 99.9, "percent"),
    ("ninety nine point nine five percent", 99.95, "percent"),
    ("99 virgule 95 %", 99.95, "percent"),
    ("deux virgule cinq jours", 2.5, "day"),
    ("a three-year initial term", 3, "year"),
    ("12-month notice", 12, "month"),
    ("a 40-user firm", 40, "users"),
])
def test_spoken_decimals_and_hyphenated_units(text, value, unit):
    q = find_quantities(text)
    assert len(q) == 1 and q[0].value == pytest.approx(value) and q[0].unit == unit


def test_point_without_a_number_before_is_no_decimal():
    assert [(q.value, q.unit) for q in find_quantities("at that point nine people joined")] == [(9.0, None)]


def test_ranges_and_plain_numbers_unchanged():
    assert [(q.value, q.unit) for q in find_quantities("30 à 60 jours")] == [(30.0, "day"), (60.0, "day")]
    assert [(q.value, q.unit) for q in find_quantities("2 400 € HT")] == [(2400.0, "eur")]
