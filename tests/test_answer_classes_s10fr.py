"""Issue 15, tenth session (French answer classes): the situations that name a narrow subject though the user never
says its name, so that the reviewed card on it answers (assistant/chat/cards.py, `_MORE_TERM_CUES`):

- a service the contract promised, late or not done, and the client asking to compel it or to have someone else do it
  at the provider's cost: specific performance (C. civ. 1221, 1222);
- something the provider knew and kept quiet before signing: the pre-contractual duty to inform (1112-1).

Each cue needs both halves of the situation; the near-misses hold one half only. Every sentence is our own, written
for these tests. The answers these subjects lead to are held by tests/test_answer_cards_s10fr.py."""

from __future__ import annotations

import pytest

from assistant.chat.cards import subject_labels
from assistant.chat.intent import find_terms


# the situation that names a late service and asks to compel it or to have it done at the provider's cost
LATE_SERVICE = [
    "l'installation des bornes wifi devait être finie en avril, rien n'est fait : on peut l'obliger à la réaliser ?",
    "ils devaient migrer nos boîtes mail le mois dernier, on voudrait faire faire par une autre société et leur "
    "refacturer la note",
    "the provider promised the backup upgrade by June and it's overdue, can we get them to finish it?",
    "they were supposed to deploy the new firewall, we'll hire someone else at their expense",
]
NOT_LATE_SERVICE = [
    "le client veut nous obliger à faire des astreintes le week-end, c'est normal ?",  # no late service owed
    "le presta a du retard sur ses factures, on peut le relancer ?",  # late, nothing to compel
    "can the client force us to do on-site visits every week?",  # compelling, nothing late or promised
    "les frais de déplacement du technicien sont à ses frais ou aux nôtres ?",  # cost, no late service
]


@pytest.mark.parametrize("text", LATE_SERVICE)
def test_a_late_service_to_compel_names_specific_performance(text):
    assert "term:specific_performance" in subject_labels(text)


@pytest.mark.parametrize("text", NOT_LATE_SERVICE)
def test_without_both_a_late_service_and_a_remedy_asked_nothing_is_named(text):
    assert "term:specific_performance" not in subject_labels(text)


# something known and kept quiet before signing names the duty, unnamed
KEPT_QUIET = [
    "ils étaient au courant avant la signature que le support allait être sous-traité en Asie et ne nous ont rien dit",
    "the MSP knew before we signed that its only engineer was leaving and said nothing",
]
NOT_KEPT_QUIET = [
    "avant de signer, le client nous a demandé nos certifications, on doit les fournir ?",  # before signing, nothing hidden
    "le presta savait que le serveur allait lâcher et ne nous a rien dit",  # hidden, but during the contract
]


@pytest.mark.parametrize("text", KEPT_QUIET)
def test_something_kept_quiet_before_signing_names_the_precontractual_duty(text):
    assert "term:precontractual_information" in subject_labels(text)


@pytest.mark.parametrize("text", NOT_KEPT_QUIET)
def test_without_both_signing_and_silence_the_duty_is_not_named(text):
    assert "term:precontractual_information" not in subject_labels(text)


@pytest.mark.parametrize("text,term", [
    ("c'est quoi l'exécution forcée ?", "specific_performance"),
    ("specific performance of an IT contract, how does it work?", "specific_performance"),
    ("un devoir d'information précontractuel pèse-t-il sur le MSP ?", "precontractual_information"),
    ("is there a precontractual duty to inform in France?", "precontractual_information"),
])
def test_the_new_terms_are_found_by_their_names(text, term):
    assert term in find_terms(text)


@pytest.mark.parametrize("text,term", [
    ("les frais d'exécution du contrat sont à la charge de qui ?", "specific_performance"),
    ("le devoir de conseil du prestataire pendant le contrat", "precontractual_information"),
])
def test_near_names_do_not_find_the_new_terms(text, term):
    assert term not in find_terms(text)
