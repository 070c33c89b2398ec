"""Session 33, lead, dialogue side (issue 14): availability clipped to "dispo" in a clause request ("écris la clause
dispo, 99,5 %", "taux de dispo à 99,9", "dispo 99.7 % stp") names the service-levels clause, and its figure is written;
a spoken decimal said next ("non, 99 virgule 8") changes it. The everyday "je suis dispo demain" names no clause. Own
wordings; offline engine, no index."""

from __future__ import annotations

import re

import pytest

from assistant.chat.slot_topics import clause_topic
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)
from tests.test_dialogue_classes_s17b import _talk, _text

_FR = "client cave coopérative, 12 postes, on héberge leur ERP sur nos serveurs, eux n'ont aucun accès admin"


@pytest.mark.parametrize("message", ["écris la clause dispo, 99,5 %", "rédige un engagement de dispo à 99,9 %",
                                     "taux de dispo 99,7 stp, fais la clause", "dispo 99.6 % pour le serveur ERP, rédige"])
def test_availability_clipped_names_the_service_levels(message):
    assert clause_topic(message) == "sla"


@pytest.mark.parametrize("message", ["je suis dispo demain, rédige la clause de responsabilité",
                                     "le pdf est dispo ?"])
def test_the_everyday_dispo_names_no_service_level(message):
    assert clause_topic(message) != "sla"


def test_the_clipped_clause_is_drafted_with_its_figure_then_changed_by_a_spoken_decimal(tmp_path, entries):  # noqa: F811
    outs = _talk(tmp_path, entries, [_FR, "écris la clause dispo, 99,5 %", "euh non, 99 virgule 8"], "msp", "fr")
    (drafted, pub1), (changed, pub2) = outs[1], outs[2]
    assert drafted.act == "draft_clause" and re.search(r"99[,.]5", _text(pub1)), drafted.answer.answer[:200]
    assert changed.act in ("set_figure", "state_fact"), changed.act
    assert re.search(r"99[,.]8", _text(pub2)) and not re.search(r"99[,.]5", _text(pub2))


@pytest.mark.parametrize("text, written", [
    ("euh non 99 virgule 8", "euh non 99,8"), ("make it 99 point 95", "make it 99.95"),
    ("mettons 4 virgule 5 heures", "mettons 4,5 heures"),
    # no digits on both sides, or a number already written: untouched
    ("le point 4 du contrat", "le point 4 du contrat"), ("99,5 virgule", "99,5 virgule"),
])
def test_a_decimal_said_between_digits_is_written_with_its_mark(text, written):
    from assistant.text.numbers import write_spoken_decimals

    assert write_spoken_decimals(text) == written
