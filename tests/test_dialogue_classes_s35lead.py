"""Session 35, lead: seats named by the device (issue 14). "3 laptops", "9 macs", "12 desktops", "8 ordis" count the
seats served, as "postes", "PCs" and "computers" already did; a device that is a server, a tablet or a phone does not.
Own wordings, FR and EN."""

from __future__ import annotations

import pytest

from assistant.chat.slots import read_slots


@pytest.mark.parametrize("message, users", [
    ("tiny client: a choir association, 1 office, 3 laptops, we do support and backup", 3),
    ("agence de voyage, 9 macs, un seul site", 9),
    ("they have 12 desktops in the workshop and we patch them", 12),
    ("cabinet de géomètres, 8 ordis et un serveur", 8),
    ("make it 14 laptops", 14),
])
def test_seats_named_by_the_device_are_the_users(message, users):
    assert read_slots(message).facts.get("users") == users


@pytest.mark.parametrize("message", [
    "we run 2 Mac minis as servers for them",
    "ils ont 4 tablettes pour les livreurs",
    "3 téléphones portables pour les commerciaux",
])
def test_servers_tablets_and_phones_are_no_seats(message):
    assert "users" not in read_slots(message).facts
