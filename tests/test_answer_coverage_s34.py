"""Issue 15, thirty-fourth session (helper s34-kb), stage (a): knowledge no card held. The tuned halves of answers_v24 …
answers_v33 lost points on subjects the knowledge base said nothing about; each subject the field's users plausibly ask
now has a reviewed card pair (`knowledge_base/cards/*_s34.yaml`), gated by a cue of `chat/situation_cues_s34.py` (an ask
cue of `premises.ASK_CUES` and a told situation of `told_situations.SITUATIONS`):

- VAT on a service bought from a provider in another EU state: reverse charge (CGI 259, 283-2; directive 2006/112, 44, 196);
- VAT on a service a French provider sells to a business client in another EU state (same articles, and 226 for the
  invoice);
- a client's cheque that bounced (C. mon. fin. L131-73, L131-75; an offence only in the cases of L163-2);
- a declaration to the CNIL (none since 25 May 2018; the record of GDPR 30 instead);
- old IT equipment to get rid of (C. env. L541-2, R543-195 ff.; disks wiped, GDPR 32);
- a clause binding the buyer to buy its equipment only from one supplier (C. com. L330-1: ten years at most).

The questions are our own (other trades, casual, no accents, the subject named indirectly), none taken from an evaluation
set; each family has questions that must reach its card and near misses that must not.
"""

from __future__ import annotations

import pytest

from assistant.chat.premises import ASK_CUES
from assistant.text import fold
from tests.answer_helpers import ask as _ask, assert_card_states, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids


@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


def _s34():
    from assistant.chat import situation_cues_s34 as s34  # noqa: PLC0415

    return s34


# -- fast tier: what the cards say ----------------------------------------------------------------------------------------

CARD_FACTS = [
    ("reverse_charge_eu_provider_s34", r"(non|no)\b", ("259", "283", "44", "196"),
     r"(autoliquid|reverse charge).*(deduc|dedui)"),
    ("eu_client_vat_s34", r"(non|no)\b", ("259", "44", "196", "226"), r"(numero|number).*(autoliquidation|reverse charge)"),
    ("bounced_cheque_s34", r"(en principe non|not in principle)", ("L131-73", "L163-2"),
     r"(certificat de non-paiement|certificate of non-payment).*(titre executoire|enforceable)"),
    ("cnil_declaration_s34", r"(non|no)\b", ("30(2)",), r"2018.*(registre|record)"),
    ("weee_disposal_s34", r"(pas a n'importe|not to just anyone)", ("L541-2", "R543-195", "32"),
     r"(deee|weee).*(effac|wip|eras)"),
    ("exclusive_purchase_term_s34", r"(pas au-dela de dix ans|not beyond ten years)", ("L330-1",), r"(dix ans|ten years)"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name,opening,articles,body", CARD_FACTS)
def test_each_new_card_opens_on_its_verdict_and_names_its_articles(cards, name, opening, articles, body, lang):
    assert_card_states(cards[f"card.{name}.{lang}"], opening, articles, body)


GATES = [("reverse_charge_eu_provider_s34", "eu_provider_vat"), ("eu_client_vat_s34", "eu_client_vat"),
         ("bounced_cheque_s34", "bounced_cheque"), ("cnil_declaration_s34", "cnil_declaration_asked"),
         ("weee_disposal_s34", "old_equipment_disposal"), ("exclusive_purchase_term_s34", "exclusive_purchase_named")]


@pytest.mark.parametrize("name,cue", GATES)
def test_the_new_cards_are_gated_on_their_situation(cards, name, cue):
    for lang in ("fr", "en"):
        card = cards[f"card.{name}.{lang}"]
        assert cue in card.premise and cue in ASK_CUES
        for q in card.questions:
            assert ASK_CUES[cue].search(fold(q)), q


# -- fast tier: the cues read the situation in other words -------------------------------------------------------------

CUES = [
    ("EU_PROVIDER_VAT", "notre hebergeur est a dublin et sa facture n'a pas de tva, on doit payer la tva nous-memes ?", True),
    ("EU_PROVIDER_VAT", "EN: a german dev shop invoices us without vat, is that right?", True),
    ("EU_PROVIDER_VAT", "c'est quoi cette mention autoliquidation sur la facture du prestataire ?", True),
    ("EU_PROVIDER_VAT", "EN: our supplier in Warsaw charges 0% VAT on the monitoring fee, do we owe anything?", True),
    ("EU_PROVIDER_VAT", "quel taux de tva sur nos contrats de maintenance ?", False),
    ("EU_PROVIDER_VAT", "EN: our client in Madrid asks whether we must add french vat to our invoice", False),
    ("EU_CLIENT_VAT", "EN: our client in Madrid asks whether we must add french vat to our invoice", True),
    ("EU_CLIENT_VAT", "on facture la supervision a un client belge, on met la tva ?", True),
    ("EU_CLIENT_VAT", "EN: we bill a dutch customer for remote support, do we charge vat?", True),
    ("EU_CLIENT_VAT", "notre hebergeur est a dublin et sa facture n'a pas de tva, on doit payer la tva nous-memes ?", False),
    ("EU_CLIENT_VAT", "on facture un client lyonnais, quel taux de tva ?", False),
    ("BOUNCED_CHEQUE", "le cheque du client est revenu impaye, on fait quoi ?", True),
    ("BOUNCED_CHEQUE", "EN: the customer's check bounced last week, what now?", True),
    ("BOUNCED_CHEQUE", "un client nous a paye avec un cheque en bois", True),
    ("BOUNCED_CHEQUE", "EN: paid with a rubber cheque, can we sue?", True),
    ("BOUNCED_CHEQUE", "EN: can you check whether unpaid invoices bear interest?", False),
    ("BOUNCED_CHEQUE", "EN: one check from the customer was returned unpaid by the bank", True),
    ("BOUNCED_CHEQUE", "le client refuse de payer la facture", False),
    ("CNIL_DECLARATION", "doit-on declarer nos fichiers clients a la cnil ?", True),
    ("CNIL_DECLARATION", "EN: do we have to register our processing with the cnil before starting?", True),
    ("CNIL_DECLARATION", "faut-il une autorisation de la cnil pour heberger des donnees de nos clients ?", True),
    ("CNIL_DECLARATION", "on a eu une fuite de donnees, faut-il la declarer a la cnil ?", False),
    ("CNIL_DECLARATION", "EN: must a breach be reported to the cnil within 72 hours?", False),
    ("CNIL_DECLARATION", "EN: what goes in a processor's record of processing?", False),
    ("OLD_EQUIPMENT_DISPOSAL", "on renouvelle les pc de la compta, on peut jeter les anciens a la decheterie ?", True),
    ("OLD_EQUIPMENT_DISPOSAL", "EN: how do we get rid of twenty dead laptops and an old server?", True),
    ("OLD_EQUIPMENT_DISPOSAL", "que faire des deee du client apres le renouvellement du parc ?", True),
    ("OLD_EQUIPMENT_DISPOSAL", "EN: can a scrap dealer take our old printers?", True),
    ("OLD_EQUIPMENT_DISPOSAL", "un switch casse au bout de deux ans, la garantie joue ?", False),
    ("OLD_EQUIPMENT_DISPOSAL", "EN: must the msp delete our data at the end of the contract?", False),
    ("EXCLUSIVE_PURCHASE", "le contrat nous oblige a acheter tout notre materiel chez le presta pendant 15 ans", True),
    ("EXCLUSIVE_PURCHASE", "EN: the reseller wants an exclusive supply clause for all our laptops, how long can it last?", True),
    ("EXCLUSIVE_PURCHASE", "clause d'exclusivite d'achat des consommables d'impression : valable ?", True),
    ("EXCLUSIVE_PURCHASE", "une exclusivite sectorielle apres la fin du contrat, jusqu'ou ?", False),
    ("EXCLUSIVE_PURCHASE", "EN: are the hardware prices exclusive of vat?", False),
    ("EXCLUSIVE_PURCHASE", "on doit acheter exclusivement nos imprimantes chez ce revendeur ?", True),
    ("EXCLUSIVE_PURCHASE", "EN: the msp wants exclusivity over all our it services for 8 years", False),
]


@pytest.mark.parametrize("name,text,expected", CUES)
def test_cues_read_the_situation_in_other_words(name, text, expected):
    pattern = getattr(_s34(), name)
    text = text[3:].strip() if text.startswith("EN:") else text
    assert bool(pattern.search(fold(text))) is expected, text


# -- index tier: the answers reach them -----------------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the first two sentences)
FIRE = [
    ("notre prestataire de sauvegarde est installe a lisbonne et facture sans tva, c'est normal ?", "client",
     "reverse_charge_eu_provider_s34", r"\b259\b|283", r"\bnon\b"),
    ("EN: an italian software agency billed us with 'reverse charge' and no VAT; did they get it wrong?", "client",
     "reverse_charge_eu_provider_s34", r"\b259\b|283|\b196\b", r"\bno\b"),
    ("la facture de notre msp belge porte la mention autoliquidation, qu'est-ce qu'on doit faire ?", "client",
     "reverse_charge_eu_provider_s34", r"\b259\b|283", r"\bnon\b|autoliquid"),
    ("on facture l'infogerance d'un client allemand, faut-il ajouter la tva francaise ?", "msp", "eu_client_vat_s34",
     r"\b259\b|\b44\b", r"\bnon\b"),
    ("EN: we invoice a customer in Vienna for helpdesk services; do we put french vat on it?", "msp", "eu_client_vat_s34",
     r"\b259\b|\b44\b", r"\bno\b"),
    ("le cheque d'un client pour notre facture est revenu sans provision, c'est penal et on peut faire quoi ?", "msp",
     "bounced_cheque_s34", r"l131-73", r"en principe non|\bnon\b"),
    ("EN: a customer's check to us came back unpaid. is it a crime, and how do we recover the money?", "msp",
     "bounced_cheque_s34", r"l131-73", r"not in principle|\bno\b"),
    ("on demarre une activite d'hebergement, il faut faire une declaration cnil ?", "msp", "cnil_declaration_s34",
     r"30", r"\bnon\b"),
    ("EN: as a small msp handling client data, do we need to file anything with the cnil first?", "msp",
     "cnil_declaration_s34", r"30", r"\bno\b"),
    ("on change tous les ordis de l'agence, on peut mettre les vieux a la benne ?", "client", "weee_disposal_s34",
     r"l541-2", r"pas a n'importe"),
    ("EN: we're replacing a client's whole fleet; can we just give the old pcs to a scrapyard?", "msp", "weee_disposal_s34",
     r"l541-2", r"not to just anyone"),
    ("le distributeur veut qu'on lui achete exclusivement nos postes de travail pendant 15 ans, c'est valable ?", "client",
     "exclusive_purchase_term_s34", r"l330-1", r"dix ans"),
    ("EN: our supplier's contract makes us buy all our hardware from them for twelve years. is that enforceable?", "client",
     "exclusive_purchase_term_s34", r"l330-1", r"ten years"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_each_family_reaches_its_card_and_opens_on_the_verdict(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


NEAR = [
    ("EN: what vat rate applies to our managed services contract?", "msp", "reverse_charge_eu_provider_s34"),
    ("le client ne paie pas nos factures depuis trois mois, que faire ?", "msp", "bounced_cheque_s34"),
    ("on a subi une fuite de donnees, faut-il la declarer a la cnil ?", "msp", "cnil_declaration_s34"),
    ("EN: must our msp delete our data when the contract ends?", "client", "weee_disposal_s34"),
    ("une exclusivite sectorielle apres la fin du contrat d'infogerance, jusqu'ou peut-elle aller ?", "client",
     "exclusive_purchase_term_s34"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_do_not_reach_the_new_cards(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not any(i.startswith(f"card.{card}.") for i in _ids(ans)[:1]), _ids(ans)
