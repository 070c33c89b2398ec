"""Who holds the admin keys, said in the first person by the provider (issue 14, twentieth session).

The control readers were written for a client speaking ("we have admin too" = shared). When the provider says that
only it holds the keys ("only we have admin on those servers", "we alone hold the passwords", "il n'y a que nous qui
avons les accès"), the control is exclusive. The same words from a client say nothing of the provider's hold and must
not give it exclusive control; a provider that shares the keys stays shared. Messages written for this file."""

from __future__ import annotations

import pytest

from assistant.chat.slots import read_slots

MSP_ALONE = [
    "only we have admin on those servers, their staff have zero access",
    "only we hold the admin passwords, nobody at the client does",
    "we alone have the admin rights on their servers",
    "only our techs have the credentials",
    "only us have admin access btw",
    "il n'y a que nous qui avons les accès admin",
    "nous sommes les seuls à avoir les mots de passe admin",
    "on est les seuls à détenir les accès aux serveurs",
]


@pytest.mark.parametrize("text", MSP_ALONE)
def test_the_provider_alone_with_the_keys_is_exclusive_control(text):
    assert read_slots(text, side_hint="msp").facts.get("control") == "exclusive", text


@pytest.mark.parametrize("text", [
    "only we have admin on our servers, the provider gets a ticket",  # a client keeping the keys to itself
    "il n'y a que nous qui avons les accès admin, le prestataire passe par nous",
])
def test_the_same_words_from_a_client_give_the_provider_no_exclusive_control(text):
    assert read_slots(text, side_hint="client").facts.get("control") != "exclusive", text


@pytest.mark.parametrize("text", [
    "we have admin and their IT guy has admin too",
    "we both have the admin passwords",
    "nous avons les accès admin et leur informaticien aussi",
])
def test_keys_shared_are_not_read_as_held_alone(text):
    assert read_slots(text, side_hint="msp").facts.get("control") != "exclusive", text


@pytest.mark.parametrize("text", [
    "only we have access to the ticket portal",  # a portal, not the systems' keys
    "only we have the figures for the price",
])
def test_other_things_held_alone_say_nothing_of_control(text):
    assert read_slots(text, side_hint="msp").facts.get("control") != "exclusive", text
