"""Issue 15, twenty-fifth session (helper s25-ans3b): the classes behind main's red index-tier answer tests, in our own
wording (other sectors, FR and EN), written before the fixes were checked against them.

- C1 a definition request put after the words asked ("la GTI, ça veut dire quoi ?"): the words are those before the
  request, after who used them, never what is left of the request ("quoi", "au juste", "that") (`chat/term_asked.py`);
- C2 the legal consequence asked (the criminal law, what the provider risks beyond damages) outweighs the situation's
  nouns (a host, patches, stolen files): the card on criminal exposure declares that ask (`premises.ASK_CUES`) and, asked
  in so many words, answers (`chat/card_asked.py`);
- C3 the kind of record asked: the company's own record as controller (its size told, "pour nous", "our own record") or
  the provider's record as processor (the provider's side and a record named), each card's ask excluding the other's when
  only one is asked.
"""

from __future__ import annotations

import pytest

from assistant.chat.cards import premise_named
from assistant.chat.term_asked import asked_words
from tests.answer_helpers import ask as _ask, cards_by_id, cited_ids as _ids, first_cited as _first

# -- C1, fast tier ----------------------------------------------------------------------------------------------------------

AFTER = [
    ("la novation ça veut dire quoi ?", "novation"),
    ("bon, la GTI ça veut dire quoi ?", "gti"),
    ("le forfait jour, ça signifie quoi exactement ?", "forfait jour"),
    ("l'astreinte ça veut dire quoi au juste ?", "astreinte"),
    ("notre avocat parle de novation, ça veut dire quoi ?", "novation"),
    ("the escrow agreement, what is that?", "escrow agreement"),
    ("our lawyer mentioned escrow, what is that?", "escrow"),
    ("RPO, what is that exactly?", "rpo"),
]


@pytest.mark.parametrize("message,words", AFTER)
def test_words_before_a_request_put_last_are_the_words_asked(message, words):
    assert asked_words(message) == words


@pytest.mark.parametrize("message", ["c'est quoi ?", "ça veut dire quoi ?", "what is that?", "what is it exactly?"])
def test_a_request_with_no_words_asks_none(message):
    assert asked_words(message) is None


# -- C2 and C3, fast tier: the ask each card declares, read in new wordings ------------------------------------------------

@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


ASKS = [
    # (card, question, stated)
    ("security_failure_criminal_s25", "fr", "le datacenter n'avait pas de pare-feu à jour, les fiches patients ont fuité : "
     "est-ce un délit pour eux ?", True),
    ("security_failure_criminal_s25", "fr", "notre infogérant a laissé un port ouvert, on peut déposer plainte ?", True),
    ("security_failure_criminal_s25", "en", "our cloud vendor left the admin console open; is that a criminal offence?", True),
    ("security_failure_criminal_s25", "en", "beyond a civil claim, what does the host risk after leaking our payroll?", True),
    ("security_failure_criminal_s25", "fr", "les pénalités de retard du SLA sont-elles plafonnées ?", False),
    ("security_failure_criminal_s25", "en", "what fines can the CNIL impose on a processor?", False),
    ("security_failure_criminal_s25", "fr", "le contrat s'est poursuivi après son terme, il est toujours valable ?", False),
    ("controller_record_small_company_s25", "fr", "la boulangerie a 8 salariés, on doit vraiment tenir un registre ?", True),
    ("controller_record_small_company_s25", "fr", "on n'est que 6 au cabinet, le registre RGPD c'est pour nous aussi ?", True),
    ("controller_record_small_company_s25", "en", "our 15-person architecture practice: do we need a GDPR record?", True),
    ("controller_record_small_company_s25", "fr", "on est une boîte d'infogérance de 12 personnes, il nous faut un registre "
     "de sous-traitant ?", False),
    ("controller_record_small_company_s25", "en", "as an MSP, what goes in our processor record?", False),
    ("processor_record", "fr", "on est une boîte d'infogérance de 12 personnes, il nous faut un registre de sous-traitant ?",
     True),
    ("processor_record", "en", "our hosting provider keeps a record for us, so are we exempt from ours?", False),
    ("processor_record", "fr", "la boulangerie a 8 salariés, on doit vraiment tenir un registre ?", False),
]


@pytest.mark.parametrize("name,lang,question,stated", ASKS)
def test_the_ask_a_card_declares_is_read_in_new_wordings(cards, name, lang, question, stated):
    assert premise_named(cards[f"card.{name}.{lang}"], question) is stated


# -- index tier: the answers ------------------------------------------------------------------------------------------------

REACHED = [
    ("la novation ça veut dire quoi ?", "client", None),  # no card treats it: not the card of another word
    ("notre infogérant a laissé un port ouvert et des dossiers patients ont fuité, on peut déposer plainte contre lui ?",
     "client", "security_failure_criminal_s25"),
    ("le datacenter n'avait pas de pare-feu à jour et les fiches patients ont fuité : est-ce pénalement répréhensible "
     "pour eux ?", "client", "security_failure_criminal_s25"),
    ("EN: our hosting company ignored security updates for two years and payroll files were stolen. is that a criminal "
     "offence for them?", "client", "security_failure_criminal_s25"),
    ("la boulangerie a 8 salariés, on doit vraiment tenir un registre des traitements ?", "client",
     "controller_record_small_company_s25"),
    ("EN: our 15-person architecture practice: do we really have to keep a GDPR record ourselves?", "client",
     "controller_record_small_company_s25"),
    ("on est une petite boîte d'infogérance de 12 personnes, on doit tenir un registre de sous-traitant ?", "msp",
     "processor_record"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", REACHED)
def test_the_card_of_the_ask_answers(app, question, role, card):
    ans, _ = _ask(app, question, role)
    if card is None:
        assert not _first(ans).startswith("card."), _ids(ans)
    else:
        assert _first(ans).startswith(f"card.{card}."), _ids(ans)


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", [
    ("EN: what fines can the CNIL impose on a processor?", "msp", "security_failure_criminal_s25"),
    ("les pénalités de retard prévues au SLA, on peut les plafonner ?", "client", "security_failure_criminal_s25"),
    ("EN: as an MSP, what must our processor record contain for each client?", "msp",
     "controller_record_small_company_s25"),
])
def test_near_misses_do_not_reach_the_card(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not _first(ans).startswith(f"card.{card}."), _ids(ans)
