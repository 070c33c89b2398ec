"""Issue 15, twenty-ninth session (helper s29-ans): knowledge we hold reaching a question asked in other words.

A paraphrase test of a card: a different user asks the same thing in words that share little with the card's own
phrasings and gets that card. Families (our own wordings, FR and EN, casual, typos), each read as a told situation
(`told_situations.py`, cues in `situation_cues_s29.py`) rather than by the card's phrasing cues:

- leaving a fixed-term contract early with every remaining instalment claimed: a penalty clause the court may reduce
  (C. civ. 1231-5), card `early_termination_remaining_fees`; not when the fees were prepaid (the prepaid commitment card);
- an activity taken over (an outsourcing, a contract won from another provider) and the staff who worked on it said to
  move to the new provider: only when an autonomous economic entity passes (C. trav. L1224-1), card
  `staff_transfer_outsourcing`; not a non-solicitation story (an employee of ours hired by the client);
- the provider notifying a breach to the authority itself, in the client's place: yes under an express mandate, the
  client remaining the one bound (GDPR 33(1), 28(3)(f)), card `msp_notifies_authority`, and what to write for it, card
  `notification_mandate_clause`; not a deadline asked.
"""

from __future__ import annotations

import re

import pytest

from assistant.chat import situation_cues_s29 as s29
from assistant.chat.told_situations import told_situations
from assistant.text import fold
from tests.answer_helpers import ask as _ask, assert_reaches_card, cited_ids as _ids, first_cited as _first

EARLY_EXIT = [
    ("le contrat dit qu'en cas de sortie anticipee on regle tout le reste du contrat jusqu'a l'echeance. c'est permis ca ?",
     "client"),
    ("on souhaite partir 10 mois avant le terme, l'infogereur nous facture l'integralite des redevances qui restent. "
     "il a le droit ?", "client"),
    ("si on resilie en avance faut payer tous les mois restant jusqu'a la fin, c'est legal ca ??", "client"),
    ("EN: we want out 18 months before the term and the provider wants the full balance of the fees. can they enforce "
     "that?", "client"),
    ("EN: the MSA says terminating early means paying every outstanding monthly charge up to the end date. is that ok "
     "under french law?", "client"),
    ("EN: if we quit the deal early we're on the hook for all the remaining months. can a court cut that down?", "client"),
]

STAFF_TAKEN_OVER = [
    ("on reprend le support informatique d'une clinique qui employait sa propre technicienne. elle passe "
     "automatiquement chez nous ?", "msp"),
    ("un client nous confie toute son informatique, il avait deux admins en interne ; son DRH dit qu'on doit les "
     "reprendre. obligatoire ?", "msp"),
    ("en reprenant le contrat d'un autre infogerant, est-ce qu'on recupere aussi ses techniciens affectes a ce client ?",
     "msp"),
    ("EN: we're taking over a hotel chain's IT, they had an in-house sysadmin. does she automatically become our "
     "employee?", "msp"),
    ("EN: we won a contract from another MSP; their engineers dedicated to that client claim they now work for us. "
     "true?", "msp"),
    ("EN: a school group is outsourcing its IT to us and says its 2 technicians have to be transfered to us. is that "
     "the law?", "msp"),
]

PROVIDER_NOTIFIES = [
    ("le DPA de notre client nous demande de declarer nous-memes les violations de donnees a la CNIL. un sous-traitant a "
     "le droit de faire ca ?", "msp"),
    ("notre presta propose de s'occuper de la notif a la cnil a notre place en cas de fuite, c'est possible legalement ?",
     "client"),
    ("est ce que l'infogereur peut notifier directement la CNIL pour nous quand il y a une faille ?", "client"),
    ("EN: our customer wants us, as processor, to report any data breach to the regulator ourselves. is that allowed?",
     "msp"),
    ("EN: can the provider notify the supervisory authority directly on our behalf after an incident?", "client"),
    ("EN: the client asks us to handle the CNIL filing for them whenever there's a leak, can a processor even do that?",
     "msp"),
]
MANDATE_WORDING = [
    ("le client veut qu'on notifie la CNIL a sa place en cas d'incident. on met quoi dans le contrat pour se couvrir ?",
     "msp"),
    ("EN: we'll notify the regulator on the client's behalf after a breach; what should the DPA say?", "msp"),
]

# (question 3 was a strict xfail until s31, read as out of scope by the act reading before any card was sought; it passes
# once a message a card answers by both readings is a question, Conversation._a_card_answers)
STAFF_ASKED = STAFF_TAKEN_OVER

# near misses: the same words, another situation
NEAR = [
    # fees paid in advance for the whole term, then an exit: the prepaid commitment, not the penalty on remaining fees
    ("on a paye d'avance les 3 ans de supervision et on veut partir au bout d'un an, on recupere le reste ?",
     "early_exit_remaining_fees"),
    # one of our employees hired by the client: non-solicitation, not a staff transfer
    ("EN: our technician resigned and the client hired him directly the next month, the contract has a non-solicitation "
     "clause. what can we claim?", "staff_move_on_takeover"),
    # a deadline asked: the breach deadline's card, not whether the provider may notify
    ("EN: our MSP had a breach on our server, how long do we have to notify the regulator ourselves?",
     "provider_notifies_authority"),
]


@pytest.mark.parametrize("question,role", EARLY_EXIT)
def test_the_early_exit_situation_is_read(question, role):
    assert "early_exit_remaining_fees" in {s.name for s in told_situations(question.removeprefix("EN: "))}


@pytest.mark.parametrize("question,role", STAFF_TAKEN_OVER)
def test_the_staff_taken_over_situation_is_read(question, role):
    assert "staff_move_on_takeover" in {s.name for s in told_situations(question.removeprefix("EN: "))}


@pytest.mark.parametrize("question,role", PROVIDER_NOTIFIES + MANDATE_WORDING)
def test_the_provider_notifying_situation_is_read(question, role):
    assert "provider_notifies_authority" in {s.name for s in told_situations(question.removeprefix("EN: "))}


@pytest.mark.parametrize("question,situation", NEAR)
def test_near_misses_are_other_situations(question, situation):
    assert situation not in {s.name for s in told_situations(question.removeprefix("EN: "))}


def test_the_cue_families_read_folded_text():
    assert s29.EARLY_EXIT.search(fold("Résiliation anticipée"))
    assert s29.TAKEN_OVER.search(fold("nous reprenons l'infogérance"))
    assert not s29.REMAINING_FEES.search(fold("les frais de retard restent dus"))


@pytest.mark.index
@pytest.mark.parametrize("question,role", EARLY_EXIT)
def test_an_early_exit_asked_in_other_words_gets_the_card(app, question, role):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, "early_termination_remaining_fees", r"1231-5",
                        r"cela depend|it depends|c'est frequent mais contestable|common but open to challenge")


@pytest.mark.index
@pytest.mark.parametrize("question,role", STAFF_ASKED)
def test_staff_said_to_move_on_a_takeover_gets_the_card(app, question, role):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, "staff_transfer_outsourcing", r"l ?1224-1", r"seulement si|only if")


@pytest.mark.index
def test_a_prepaid_exit_keeps_away_from_the_remaining_fees_card(app):
    ans, _ = _ask(app, NEAR[0][0], "client")
    assert not _first(ans).startswith("card.early_termination_remaining_fees."), _ids(ans)


@pytest.mark.index
@pytest.mark.parametrize("question,role", PROVIDER_NOTIFIES)
def test_the_provider_notifying_in_other_words_gets_the_card(app, question, role):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, "msp_notifies_authority", r"\b33\b", r"oui|yes")


@pytest.mark.index
@pytest.mark.parametrize("question,role", MANDATE_WORDING)
def test_the_mandate_wording_asked_gets_its_card(app, question, role):
    ans, text = _ask(app, question, role)
    assert _first(ans).startswith("card.notification_mandate_clause."), _ids(ans)
    assert re.search(r"mandat", text)
