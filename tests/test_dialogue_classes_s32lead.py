"""Session 32, lead, dialogue side (issue 14): a fee changed by a share whose base the same message states ("augmente
la redevance de 10 %, elle était à 950", "raise the fee by 10%, it was 950"): the contract gets the new sum, not the
blank it had. Own wordings, FR and EN; a question about such a change sets nothing. Offline engine, no index."""

from __future__ import annotations

import re

import pytest

from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)
from tests.test_dialogue_classes_s17b import _talk, _text

_FR = "contrat d'infogérance pour une pépinière, 9 postes, un site, sauvegarde et helpdesk"
_EN = "managed IT contract for a bakery chain, 14 users, 2 shops, helpdesk and patching"


@pytest.mark.parametrize("setup, message, side, lang, has", [
    (_FR, "augmente la redevance de 10 %, elle était à 950", "msp", "fr", r"1[ .\u202f]?045"),
    (_FR, "baisse le forfait mensuel de 20 %, il est actuellement de 1 500 €", "client", "fr", r"1[ .\u202f]?200"),
    (_EN, "raise the monthly fee by 10%, it was 950", "msp", "en", r"1,?045"),
    (_EN, "cut the fee by 25 percent, it's currently 2,000 EUR", "client", "en", r"1,?500"),
])
def test_share_of_a_base_stated_in_the_message(tmp_path, entries, setup, message, side, lang, has):  # noqa: F811
    out, pub = _talk(tmp_path, entries, [setup, message], side, lang)[-1]
    assert out.act in ("set_figure", "state_fact"), out.act
    assert re.search(has, _text(pub)), out.answer.answer[:300]


@pytest.mark.parametrize("setup, message, side, lang, lacks", [
    (_FR, "on peut augmenter la redevance de 10 %, elle était à 950 ?", "msp", "fr", r"1[ .\u202f]?045"),
    (_EN, "could we raise the fee by 10%? it was 950", "msp", "en", r"1,?045"),
])
def test_a_change_asked_about_sets_nothing(tmp_path, entries, setup, message, side, lang, lacks):  # noqa: F811
    _out, pub = _talk(tmp_path, entries, [setup, message], side, lang)[-1]
    assert not re.search(lacks, _text(pub))
