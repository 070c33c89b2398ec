"""s25-fixA: the provider handing work abroad is its sub-processor's situation; support abroad told without the "data
stays here" argument is not the situation of the card answering that argument (own wording, FR and EN)."""
from __future__ import annotations

import pytest

from assistant.chat.told_situations import told_situations


def _names(q: str) -> list[str]:
    return [s.name for s in told_situations(q)]


@pytest.mark.parametrize("q", [
    "nous sommes prestataire, on voudrait externaliser la hotline à une société en Tunisie qui se connectera aux postes de nos clients",
    "we're an MSP and plan to hand our weekend on-call to a partner in Manila who will log into our clients' servers",
])
def test_the_provider_handing_work_abroad_is_its_sub_processor_situation(q):
    assert _names(q)[0] == "provider_hands_work_abroad"


@pytest.mark.parametrize("q", [
    "notre prestataire confie l'astreinte à une équipe au Maroc qui se connecte à notre ERP, c'est permis ?",
    "our provider's helpdesk in India can remote into our laptops, is that lawful?",
])
def test_a_client_telling_support_abroad_is_no_provider_situation(q):
    names = _names(q)
    assert "provider_hands_work_abroad" not in names and names[0] == "support_from_outside_the_eu"


def test_support_abroad_without_the_argument_never_takes_the_argument_card():
    from assistant.chat.told_situations import SITUATIONS  # noqa: PLC0415

    general = next(s for s in SITUATIONS if s.name == "support_from_outside_the_eu")
    assert "card.remote_access_is_transfer" not in general.cards
