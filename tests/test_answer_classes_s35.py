"""Issue 15, thirty-fifth session (helper s35-ans): the card is chosen on the FINAL question — who acts in it and what
kind of answer it asks — rather than on a noun of the story.

Step-1 count (tuned halves of answers_v20 … v34 and the dev set of answers.yaml, base 30ff1a4): 37 tuned/dev items lost at
stage (b) or (c), by mechanism (before -> after this branch) — no card on the subject at all, a neighbour chosen on shared
words 12 -> 12; the right card, a fact missing from it 5 -> 5; the other side's claim answered by its words 5 -> 5; a card
on a noun of the story or on the ask's bare frame words rather than on the final question 4 -> 2; the acting party or body
misread 3 -> 1; a card of another kind than the frame asked (a what-to-write card for "can we…?", a who-proves card for
"do we do it?") 3 -> 2; a verdict opening the pattern does not read 2 -> 3 (the CNIL's inspection now on its card, whose
"it can inspect you" gives no yes to "must we let them?"); the intent misread 1 -> 1; drafted clauses uncited 2 -> 2.
The four fixed here are general readings of the final question, `assistant/chat/ask_frame.py`:

1. WHO ACTS. A card whose own situation has a body acting (the data protection authority inspecting, a bank or insurer
   imposing DORA terms, the police requiring data) is no answer when the question tells a contract party acting ("le
   client veut nous auditer…", "our customer insists on surprise audits") and never names that body; and when the
   question tells that body acting ("la CNIL débarque demain", "the authority is coming to inspect"), the close card on
   that body's act answers before a card that shares only the ask's frame words.
2. THE FRAME'S KIND. A yes/no asked ("can we…?", "on a le droit de… ?", "is it legal to…?") is answered by a card written
   to give a verdict on the subject, not by the card on the same subject written to say what to put in the clause, even
   when that card's phrasings repeat more of the words.
3. WHOSE STATE. A card whose title tells one party insolvent ("our client is in insolvency") is no candidate when the
   question tells the other ("our provider went into receivership").
4. A REFUSAL ONLY WHEN NOTHING FITS. Where the rules find no card, the close candidate on a narrow subject the FINAL
   question names (not one the story names in passing), found by retrieval too, answers.

Questions are our own (FR and EN, casual, no accents), none taken from an evaluation set.
"""

from __future__ import annotations

import re

import pytest

from assistant.chat.ask_frame import acting_bodies, card_bodies, party_acts
from tests.answer_helpers import ask as _ask, cards_by_id
from tests.answer_helpers import first_cited

# -- 1. who acts --------------------------------------------------------------------------------------------------------

PARTY_AUDITS = [
    "Notre client exige de pouvoir venir inspecter nos locaux quand il veut, sans nous prevenir. C'est obligatoire de dire oui ?",
    "mon client veut faire des audits surprise chez nous. on peut dire non ?",
    "le client demande un droit d'audit sur site sans preavis, on est obliges d'accepter ?",
    "EN: A customer insists on surprise on-site audits of our datacentre at any time. Can we say no?",
    "EN: Our client wants the right to audit us on site with no notice whenever it likes. Are we allowed to refuse?",
    "EN: the customer demands unannounced audits of our premises. do we have to agree?",
]

BODY_ACTS = [
    ("la CNIL nous annonce un controle sur place la semaine prochaine (on heberge les donnees d'un client). on doit ouvrir "
     "les portes ?", "card.cnil_inspection_powers.fr"),
    ("la cnil vient controler chez nous jeudi pour un client dont on gere le crm. on peut refuser ?",
     "card.cnil_inspection_powers.fr"),
    ("EN: The data protection authority is coming to inspect our servers next week for one of our customers. Do we have to "
     "let them in?", "card.cnil_inspection_powers.en"),
    ("EN: The CNIL turns up tomorrow to check a client's processing we host. Can we refuse?", "card.cnil_inspection_powers.en"),
]

ELSEWHERE = ("card.cnil_inspection_powers.", "card.dora_binding_on_provider.", "card.dora_ict_contract.")


@pytest.mark.index
@pytest.mark.parametrize("question", PARTY_AUDITS, ids=[f"party{i}" for i in range(len(PARTY_AUDITS))])
def test_a_party_acting_is_not_answered_by_a_card_on_a_body_never_named(app, question):
    ans, _ = _ask(app, question, role="msp")
    first = first_cited(ans)
    assert first.startswith("card.audit"), (question, first)
    assert not first.startswith(ELSEWHERE)


@pytest.mark.index
@pytest.mark.parametrize("question,card", BODY_ACTS, ids=[f"body{i}" for i in range(len(BODY_ACTS))])
def test_a_body_acting_picks_the_card_on_that_bodys_act(app, question, card):
    ans, _ = _ask(app, question, role="msp")
    assert first_cited(ans) == card, (question, [c.id for c in ans.citations])


def test_who_acts_is_read_in_the_question():
    assert party_acts("le client veut pouvoir nous auditer sans prevenir. on peut refuser ?")
    assert party_acts("Our customer insists on surprise audits. Can we say no?")
    assert party_acts("notre presta exige un avenant, on doit signer ?")
    assert not party_acts("la CNIL vient controler jeudi, on doit ouvrir ?")
    assert acting_bodies("la CNIL vient controler jeudi, on doit ouvrir ?") == {"authority"}
    assert acting_bodies("The data protection authority is coming to inspect us. Must we let them in?") == {"authority"}
    assert acting_bodies("our bank client sent a DORA addendum, can we refuse?") == {"financial_entity"}
    # a body named in passing is no actor ("déclarer à la CNIL" is what WE do)
    assert acting_bodies("faut-il declarer a la CNIL la fuite chez notre client ?") == set()


def test_the_cards_acting_body_is_read_from_its_title():
    cards = cards_by_id()
    assert card_bodies(cards["card.cnil_inspection_powers.fr"]) == {"authority"}
    assert card_bodies(cards["card.dora_binding_on_provider.en"]) == {"financial_entity"}
    assert card_bodies(cards["card.audit_right_refusal.fr"]) == set()


# -- 2. the frame's kind ------------------------------------------------------------------------------------------------

YES_NO_ON_A_CLAUSE = [
    ("On a le droit d'indexer nos tarifs sur l'indice Syntec ?", "card.syntec_indexation.fr", r"^\W*oui\b"),
    ("c'est permis de faire evoluer notre forfait chaque annee selon Syntec ?", "card.syntec_indexation.fr", r"^\W*oui\b"),
    ("on peut revaloriser la redevance tous les ans avec l'indice syntec ?", "card.syntec_indexation.fr", r"^\W*oui\b"),
    ("EN: May we link our annual fee increase to the Syntec index?", "card.syntec_indexation.en", r"^\W*yes\b"),
    ("EN: are we allowed to index the monthly price on Syntec every January?", "card.syntec_indexation.en", r"^\W*yes\b"),
    ("EN: Can we tie our yearly fee revision to the Syntec index?", "card.syntec_indexation.en", r"^\W*yes\b"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,card,opening", YES_NO_ON_A_CLAUSE, ids=[f"frame{i}" for i in range(len(YES_NO_ON_A_CLAUSE))])
def test_a_yes_no_on_a_clause_is_answered_by_the_verdict_card(app, question, card, opening):
    ans, low = _ask(app, question, role="msp")
    assert first_cited(ans) == card, (question, [c.id for c in ans.citations])
    assert re.search(opening, low), low[:200]


def test_the_frame_prefers_a_verdict_card_on_the_same_subject():
    from assistant.chat.ask_frame import frame_fit
    from assistant.chat.cards import CardMatch

    cards = cards_by_id()
    write = CardMatch(cards["card.price_revision_clause.en"], 1.0, 0.6, 0.7)
    verdict = CardMatch(cards["card.syntec_indexation.en"], 0.82, 0.5, 0.6)
    other = CardMatch(cards["card.unilateral_price_increase.en"], 0.9, 0.5, 0.6)
    ranked = [write, other, verdict]
    assert frame_fit("Can we tie our fees to the Syntec index?", ranked, write) is verdict
    # what to write asked: the what-to-write card stays
    assert frame_fit("How do we word an indexation clause on Syntec?", ranked, write) is write
    # a verdict card too far behind is no answer to the frame
    far = CardMatch(cards["card.syntec_indexation.en"], 0.6, 0.4, 0.4)
    assert frame_fit("Can we tie our fees to the Syntec index?", [write, other, far], write) is write


# -- 3. whose state: the party told insolvent -----------------------------------------------------------------------------

PROVIDER_INSOLVENT = [
    "notre infogerant vient de passer en redressement judiciaire, on avait regle toute l'annee d'avance. comment on "
    "recupere notre argent ?",
    "le presta est en liquidation et on lui a paye 12 mois d'avance, on peut se faire rembourser ?",
    pytest.param("notre hebergeur est en redressement, il nous doit un avoir de 5000 euros. on fait comment pour etre paye ?",
                 marks=pytest.mark.xfail(strict=True, reason="no card is chosen and the generic answer still quotes the "
                                         "client-insolvency card retrieval found (the retrieval path is not read for whose state)")),
    "EN: our IT provider went into administration and owes us a refund for the prepaid year. how do we get paid?",
    "EN: The outsourcer running our servers went bankrupt; we paid them upfront for 12 months. How do we recover that money?",
    "EN: our MSP entered receivership yesterday and still owes us service credits. what can we do to get our money?",
]


@pytest.mark.index
@pytest.mark.parametrize("question", PROVIDER_INSOLVENT, ids=[f"insolvent{i}" for i in range(len(PROVIDER_INSOLVENT))])
def test_the_provider_insolvent_is_not_answered_by_a_card_on_the_client_insolvent(app, question):
    ans, _ = _ask(app, question, role="client")
    first = first_cited(ans)
    assert not first.startswith(("card.client_insolvency.", "card.insolvency_claim_filing.")), (question, first)


def test_whose_insolvency_is_read():
    from assistant.chat.ask_frame import insolvent_party, state_at_odds

    assert insolvent_party("notre infogerant est en redressement judiciaire") == "provider"
    assert insolvent_party("our customer filed for bankruptcy") == "client"
    assert insolvent_party("EN: the MSP went bust") == "provider"
    assert insolvent_party("on est en retard sur le projet") is None
    cards = cards_by_id()
    assert state_at_odds(cards["card.client_insolvency.en"], "our provider went into receivership, can we terminate?")
    assert not state_at_odds(cards["card.provider_insolvency.en"], "our provider went into receivership, can we terminate?")
    assert not state_at_odds(cards["card.client_insolvency.fr"], "notre client est en liquidation, il nous doit 3 factures")


# -- 4. a refusal only when no card on the final question's subject fits ---------------------------------------------------

class _Found:
    def __init__(self, id_):
        self.id = id_


def test_the_close_card_on_the_asked_subject_answers_where_the_rules_found_none():
    from functools import partial

    from assistant.chat import ask_frame
    from assistant.chat.cards import CardMatch, on_subject, specific, subject_labels

    on_asked_subject = partial(ask_frame.on_asked_subject, on_subject=on_subject, specific=specific,
                               subject_labels=subject_labels)

    cards = cards_by_id()
    story_noun = CardMatch(cards["card.licence_compliance.en"], 0.70, 0.55, 0.3)
    on_price = CardMatch(cards["card.imprevision_price_surge.en"], 0.66, 0.5, 0.3)
    question = "Our vendor raised its licence fees 12%, can we pass the price increase on to our clients mid-contract?"
    found = [_Found(on_price.card.id), _Found(story_noun.card.id)]
    assert on_asked_subject(question, [story_noun, on_price], found, None) is on_price
    # a card the rules picked stays
    assert on_asked_subject(question, [story_noun, on_price], found, story_noun) is story_noun
    # retrieval must have found it too
    assert on_asked_subject(question, [story_noun, on_price], [_Found(story_noun.card.id)], None) is None
    # too far behind the best candidate: still no card
    far = CardMatch(cards["card.imprevision_price_surge.en"], 0.55, 0.45, 0.2)
    assert on_asked_subject(question, [story_noun, far], found, None) is None
    # a question naming no narrow subject keeps its refusal
    assert on_asked_subject("Can we do that?", [story_noun, on_price], found, None) is None
