"""Issue 15, twenty-ninth session (helper s29-casc): situations whose law the knowledge base held or could hold but the
answers did not reach, by FAMILY. The questions are our own (other trades, sums and facts than the evaluation's, FR and
EN, casual, some with typos); each family has questions that must reach its card and near misses on a neighbouring
subject that must not:

- going to court over a small sum: the prior amicable attempt (C. proc. civ. 750-1), the order for payment left open;
- a client that stopped paying and a contract to end with no resolutory clause: formal notice, notification at one's own
  risk (C. civ. 1224, 1226), suspension meanwhile (1219, 1220);
- the provider blamed for a warning it gave only by word of mouth or an offer the client declined: the professional
  proves it warned (C. civ. 1353, 1112-1), proof is free between traders (C. com. L110-3);
- a person whose data leaked claiming against the processor itself (GDPR art. 82): an existing card, reached by the
  situation told.
"""

from __future__ import annotations

import pytest

from assistant.chat import situation_cues_s29 as s29
from assistant.chat.premises import ASK_CUES, ASK_EXCLUDED
from assistant.chat.told_situations import told_situations
from assistant.text import fold
from tests.answer_helpers import ask as _ask, assert_card_states, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids, first_cited as _first


@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


# -- fast tier: what the cards say ----------------------------------------------------------------------------------------

CARD_FACTS = [
    ("prior_amicable_attempt_s29", r"(oui, en principe|yes, in principle)", ("750-1",), r"(injonction de payer|order for payment)"),
    ("termination_for_non_payment_s29", r"(pas du jour au lendemain|not overnight)", ("1224", "1226", "1219"),
     r"(risques et perils|own risk)"),
    ("warning_given_blamed_s29", r"(le risque est reel|the risk is real)", ("1353", "1112-1"), r"(perte de chance|lost chance)"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name,opening,articles,body", CARD_FACTS)
def test_each_new_card_opens_on_its_verdict_and_names_its_articles(cards, name, opening, articles, body, lang):
    assert_card_states(cards[f"card.{name}.{lang}"], opening, articles, body)


def test_the_new_cards_are_gated_on_their_situation(cards):
    for name, cue in (("prior_amicable_attempt_s29", "amicable_first_asked"),
                      ("termination_for_non_payment_s29", "unpaid_ending_asked"),
                      ("warning_given_blamed_s29", "warning_blamed_told")):
        for lang in ("fr", "en"):
            card = cards[f"card.{name}.{lang}"]
            assert cue in card.premise and cue in ASK_CUES
            # each of the card's own phrasings tells the situation it is gated on
            for q in card.questions:
                assert ASK_CUES[cue].search(fold(q)), q


# -- fast tier: the cues read the situation in other words ---------------------------------------------------------------

CUES = [
    # an amicable attempt before court
    (s29.AMICABLE_FIRST, "faut il vraiment passer devant un conciliateur avant d'assigner la pharmacie pour 2 100 € ?", True),
    (s29.AMICABLE_FIRST, "EN: is it true we must try mediation before we can sue a shop that owes us 900 euros?", True),
    (s29.AMICABLE_FIRST, "EN: hw do we settle this out of court before any lawsuit over the 3k invoice", True),
    (s29.AMICABLE_FIRST, "le juge va rejeter notre demande si on n'a pas tenté l'amiable avant ?", True),
    (s29.AMICABLE_FIRST, "quelle clause de médiation mettre dans nos CGV ?", False),
    (s29.AMICABLE_FIRST, "EN: which court hears a dispute between two companies?", False),
    # a client that stopped paying, the contract ended
    (s29.UNPAID_ENDING, "la boulangerie a cessé de régler nos factures, on peut résilier le contrat ?", True),
    (s29.UNPAID_ENDING, "EN: the dental practice stopped paying in march, can we terminate right away?", True),
    (s29.UNPAID_ENDING, "EN: customer owes us 9k since spring, can we just walk away from the contract", True),
    (s29.UNPAID_ENDING, "impayés depuis 4 mois, on veut mettre fin au contrat, on a le droit ?", True),
    (s29.UNPAID_ENDING, "le client ne paie pas, on peut couper le service ?", False),
    (s29.UNPAID_ENDING, "EN: can the client terminate if we miss the SLA three months in a row?", False),
    # the provider blamed for a warning it gave
    (s29.WARNING_BLAMED, "le cabinet d'architectes nous reproche de ne pas l'avoir alerté sur ses licences expirées, on "
                         "l'avait dit au téléphone", True),
    (s29.WARNING_BLAMED, "EN: the client blames us for the outage though we told them in person their NAS was dying", True),
    (s29.WARNING_BLAMED, "EN: they say we never flagged the risk, but they turned down our offer of a firewall upgrade", True),
    (s29.WARNING_BLAMED, "le client nous accuse d'un défaut de conseil alors qu'il avait décliné notre proposition", True),
    (s29.WARNING_BLAMED, "doit-on conseiller le client sur le choix de son antivirus ?", False),
    (s29.WARNING_BLAMED, "EN: what should our advice to the client include before signing?", False),
    # a person claiming against the processor
    (s29.DATA_SUBJECT_VS_PROCESSOR, "EN: a customer of the gym we host is suing us directly after the breach of its "
                                    "member database", True),
    (s29.DATA_SUBJECT_VS_PROCESSOR, "un salarie de notre client nous attaque directement pour la fuite de ses fiches de "
                                    "paie", True),
    (s29.DATA_SUBJECT_VS_PROCESSOR, "EN: who notifies the CNIL after a data breach?", False),
    (s29.DATA_SUBJECT_VS_PROCESSOR, "EN: our client is suing us for the downtime last week", False),
]


@pytest.mark.parametrize("pattern,text,expected", CUES)
def test_cues_read_the_situation_in_other_words(pattern, text, expected):
    text = text[3:].strip() if text.startswith("EN:") else text
    assert bool(pattern.search(fold(text))) is expected, text


def test_a_resolutory_clause_invoked_or_insolvency_keeps_the_non_payment_card_away():
    excluded = ASK_EXCLUDED["unpaid_ending_asked"]
    assert excluded(fold("le client ne paie plus, on applique la clause resolutoire pour resilier ?"))
    assert excluded(fold("the client stopped paying and is in receivership, can we terminate?"))
    assert not excluded(fold("le client ne paie plus, pas de clause resolutoire, on peut resilier ?"))


def test_the_told_situations_name_the_new_cards():
    names = {s.name for s in told_situations("EN: our client stopped paying two months ago, can we end the contract?")}
    assert "unpaid_contract_ended" in names
    names = {s.name for s in told_situations("doit-on tenter une mediation avant d'assigner pour 1 200 € ?")}
    assert "amicable_attempt_before_court" in names


# -- index tier: the answers reach them -----------------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the first two sentences)
FIRE = [
    # an amicable attempt before court
    ("une auto-ecole nous doit 1 900 € de licences, faut-il vraiment un conciliateur avant de saisir le juge ?", "msp",
     "prior_amicable_attempt_s29", r"750-1", r"oui|en principe"),
    ("notre comptable dit qu'on doit tenter une mediation avant d'attaquer le revendeur pour 2 500 €, c'est obligatoire ?",
     "client", "prior_amicable_attempt_s29", r"750-1", r"oui|en principe"),
    ("EN: a bakery owes us 1,400 EUR for support; do we have to go through mediation before suing it in France?", "msp",
     "prior_amicable_attempt_s29", r"750-1", r"yes|in principle"),
    pytest.param("EN: for a 4k unpaid bill, will a french judge throw out our claim if we didnt try to settle amicably "
                 "first?", "msp", "prior_amicable_attempt_s29", r"750-1", r"yes|in principle",
                 marks=pytest.mark.xfail(strict=True, reason="the act reading sends this message to the clause drafts "
                                         "(the liability, SLA and payment clauses are returned) before any card is sought; "
                                         "chat/act_*.py, another helper's files this session")),
    # a client that stopped paying, the contract ended
    ("le cabinet de kine ne regle plus nos factures depuis fevrier (4 300 €), on peut resilier le contrat direct ? rien "
     "de prevu dans le contrat pour ca", "msp", "termination_for_non_payment_s29", r"1226", r"pas du jour au lendemain"),
    ("EN: our client, a small hotel, stopped paying four months ago; there is no termination clause. can we end the "
     "contract tomorrow?", "msp", "termination_for_non_payment_s29", r"1226", r"not overnight"),
    ("impayes qui s'accumulent chez un client transporteur, on veut mettre fin au contrat, comment faire sans clause ?",
     "msp", "termination_for_non_payment_s29", r"1226", r"pas du jour au lendemain"),
    ("EN: customer owes us 11k in overdue invoices, can we terminate the managed services agreement right now?", "msp",
     "termination_for_non_payment_s29", r"1226", r"not overnight"),
    # the provider blamed for a warning it gave
    ("le notaire nous reproche de ne pas l'avoir mis en garde sur son pare-feu obsolete, on lui avait dit de vive voix. "
     "on risque quoi ?", "msp", "warning_given_blamed_s29", r"1353|1112-1", r"risque"),
    # (s36: passes since "what's our exposure?" asks a consequence, intent._CONSEQUENCE_ASKED; its xfail removed)
    ("EN: a client blames us for a ransomware hit and says we never warned it; we had told them by phone and "
     "they turned down our backup offer. what's our exposure?", "msp", "warning_given_blamed_s29", r"1353|1112-1", r"risk"),
    ("un client nous accuse d'un defaut de conseil apres la panne de son serveur, alors qu'il avait refuse notre devis de "
     "remplacement, on est fautifs ?", "msp", "warning_given_blamed_s29", r"1353|1112-1", r"risque"),
    ("EN: the shop says we failed to advise them about their old firewall, we recommended a new one verbally last year. "
     "do we risk anything?", "msp", "warning_given_blamed_s29", r"1353|1112-1", r"risk"),
    # a person claiming against the processor
    ("EN: a member of the sports club whose database we host is suing us directly after the leak. can they?", "msp",
     "data_subject_claim_against_processor", r"\b82\b", r"yes"),
    ("un adherent de la mutuelle dont on gere le SI nous poursuit directement apres la fuite de donnees, c'est possible ?",
     "msp", "data_subject_claim_against_processor", r"\b82\b", r"oui"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_each_family_reaches_its_card_and_opens_on_the_verdict(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


# near misses: a neighbouring subject, another card or none, never the new card
NEAR = [
    ("quelle clause de mediation prevoir dans notre contrat d'infogerance ?", "client", "prior_amicable_attempt_s29"),
    ("EN: is a jurisdiction clause naming the Lyon commercial court valid between two companies?", "client",
     "prior_amicable_attempt_s29"),
    ("le client ne paie plus, on peut suspendre le support en attendant ?", "msp", "termination_for_non_payment_s29"),
    ("EN: the provider keeps missing its SLA, can we terminate the contract ourselves by letter?", "client",
     "termination_for_non_payment_s29"),
    ("EN: what does our duty to advise the client cover before signing?", "msp", "warning_given_blamed_s29"),
    ("qui doit prouver que le prestataire ne nous a pas conseilles ?", "client", "warning_given_blamed_s29"),
    ("EN: who has to notify the supervisory authority after a breach at our MSP?", "client",
     "data_subject_claim_against_processor"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_get_another_card_or_none(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not _first(ans).startswith(f"card.{card}."), _ids(ans)
