"""Issue 15, twentieth session: answer classes behind the tuned misses of answers_v17..v19, in new wordings.

Written before the fixes, in our own words (FR and EN, casual, typos, stories told then asked), one group per class:
- a public buyer named by what it is in everyday words (a region, its schools, a tender procedure by its kind) reaches the
  public-procurement card on the subject (`cards._PUBLIC_BUYER`);
- a legal instrument named by its own name (an "attestation de vigilance", a "référé précontractuel", a "retenue de
  garantie") picks the card whose headline names it, as a law's short name does (`cards._ACTS`);
- a card nearly sure and clear of every other that retrieval found in its results, below its first three, answers
  (`cards.NEAR_SURE`, `cards.LEAD_GAP`);
- a judgement asked first and what to offer asked after ("c'est normal ? on peut proposer autre chose ?") opens on the
  verdict (`answer_plan._judged_first`);
- knowledge that was absent, new card pairs: the controller sued for its processor's failure (GDPR Art. 82(2)-(5)), a
  third party to the contract harmed by its breach (C. civ. art. 1240 and the plenary rulings of 2006 and 2020), a
  company's own records and their digital copies (C. com. L123-22, LPF L102 B, C. civ. 1379); and a warranty run out
  does not close the hidden-defect claim (art. 1641, 1648); staff monitoring told by what the tool records (keystrokes,
  screenshots) reaches the card on monitoring tools, which now says such recording is in principle disproportionate
  (C. trav. L1121-1, GDPR 5(1)(c)) and that the processor warns of an instruction it finds unlawful (GDPR 28(3)).
Near-misses on neighbouring subjects must get another card or none.
"""

from __future__ import annotations

import re

import pytest


def _opening(text: str) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    return " ".join(sentences[:2])


def _cards(ans) -> list[str]:
    return [c.id.rsplit(".", 1)[0] for c in ans.citations if c.id.startswith("card.")]


# (question, role, card expected among the citations, article in the answer, verdict word in the first two sentences)
CASES = [
    # -- a public buyer in everyday words: the public-procurement card on the subject ---------------------------------
    ("on a perdu l'appel d'offres de la région pour la maintenance des lycées, le mail de rejet dit rien sur les raisons "
     "et la signature est prévue la semaine prochaine. on peut encore bloquer ?", "msp", "card.public_award_challenge",
     r"L\.? ?551-1|R\.? ?2182-1", r"oui|r[ée]f[ée]r[ée]|avant"),
    ("procédure formalisée pour l'infogérance d'un département, notre offre est écartée sans explication, un recours "
     "avant la signature c'est possible ?", "msp", "card.public_award_challenge", r"L\.? ?551-1|R\.? ?2182-1",
     r"oui|r[ée]f[ée]r[ée]|avant"),
    # -- a legal instrument named by its own name ---------------------------------------------------------------------
    ("mon expert comptable me parle d'attestation de vigilance pour le freelance qu'on fait bosser sur un client, 20k€ "
     "sur l'année. obligatoire ou pas ?", "msp", "card.vigilance_social_filings", r"L\.? ?8222-1",
     r"oui|obligatoire|doit|d[èe]s"),
    ("do we really need a vigilance certificate from the small subcontractor doing our night on-call, around 15k a year?",
     "msp", "card.vigilance_social_filings", r"L\.? ?8222-1", r"yes|must|once|as soon"),
    ("un référé précontractuel contre une commune qui a retenu un concurrent, on a combien de temps ?", "msp",
     "card.public_award_challenge", r"L\.? ?551-1|R\.? ?2182-1", r"oui|avant|11|onze|r[ée]f[ée]r[ée]"),
    # -- a judgement asked first, then what to offer: the verdict opens ------------------------------------------------
    ("l'université nous impose une retenue de garantie de 8% sur tout le marché de support. c'est légal ? on peut "
     "proposer quoi à la place ?", "msp", "card.public_retention_money", r"R\.? ?2191-3[36]",
     r"seulement|5 ?%|non|limite"),
    ("a public hospital wants to hold back 10% of every invoice as retention money on our maintenance contract. is "
     "that allowed? what could we offer instead?", "msp", "card.public_retention_money", r"R\.? ?2191-3[36]",
     r"only|5 ?%|no\b|not"),
    # -- the controller sued for its processor's failure -------------------------------------------------------------
    ("notre hébergeur a laissé un bucket ouvert et les fichiers de nos clients ont fuité. un client nous assigne nous. "
     "on peut pas juste dire que c'est la faute du presta ?", "client", "card.controller_sued_blames_processor",
     r"\b82\b", r"non|pas (simplement|si simple)|restez"),
    ("we're the data controller, our outsourcer got the firewall wrong and patient files leaked. a patient is claiming "
     "damages from us. can we push the whole thing onto the outsourcer?", "client",
     "card.controller_sued_blames_processor", r"\b82\b", r"\bno\b|not simply|remain"),
    # -- a third party to the contract harmed by its breach ----------------------------------------------------------
    ("on infogère l'appli de réservation d'un camping. pendant 2 jours de panne, un tour-opérateur client du camping a "
     "perdu des réservations et veut nous poursuivre NOUS. on a aucun contrat avec lui, il peut ?", "msp",
     "card.third_party_harmed_by_breach", r"\b1240\b", r"oui|possible|peut"),
    ("our hosting outage made our client's own customer miss a deadline; that customer says it'll sue us though we never "
     "signed anything with them. can they do that?", "msp", "card.third_party_harmed_by_breach", r"\b1240\b",
     r"yes|possible|can"),
    # -- a company's own records and their digital copies ------------------------------------------------------------
    ("combien de temps on doit garder nos factures et contrats clients ? les cartons d'archives envahissent le bureau",
     "msp", "card.business_records_retention", r"L\.? ?123-22", r"dix ans|10 ans"),
    ("can we scan our old paper invoices and contracts and bin the originals? how many years do we have to keep them?",
     "msp", "card.business_records_retention", r"L\.? ?123-22|1379|L\.? ?102 B", r"ten years|10 years|reliable|yes"),
    # -- a nearly sure card, clear of every other, that retrieval found below its first three ------------------------
    ("dans sa réponse à notre consultation, l'ESN affirmait avoir 15 ingénieurs certifiés VMware. en fait ils sont deux et "
     "la direction le savait depuis le début. le contrat peut-il être annulé ?", "client", "card.fraud_at_signature",
     r"\b113[07]\b|\b1178\b", r"oui|dol|si |possible"),
    ("the MSP's sales deck claimed a SOC 2 report; it never existed and their CEO knew it when we signed. can we get the "
     "contract cancelled?", "client", "card.fraud_at_signature", r"\b113[07]\b|\b1178\b", r"yes|fraud|if |possible"),
    # -- staff monitoring told by what the tool records (keystrokes, screenshots), asked "should we?" ----------------
    ("le client (une PME de transport, 60 salariés) veut qu'on active sur notre outil de télémaintenance le module qui "
     "enregistre les frappes clavier et fait des captures d'écran toutes les 10 min, sans prévenir ses employés. on doit "
     "le faire ?", "msp", "card.employee_monitoring_tools", r"L\.? ?1222-4|L\.? ?1121-1", r"\bnon\b|pas"),
    ("customer wants our RMM to log every keystroke on staff laptops and snap the screen every few minutes, and says "
     "not to tell the employees. should we go ahead?", "msp", "card.employee_monitoring_tools",
     r"L\.? ?1222-4|L\.? ?1121-1", r"\bno\b|not"),
    # -- a warranty run out does not close the hidden-defect claim ----------------------------------------------------
    ("le switch coeur de réseau vendu par notre presta il y a 18 mois tombe en panne en boucle, le fabricant reconnait "
     "un défaut de série. la garantie d'un an est finie, on a encore un recours ?", "client",
     "card.hidden_defect_hardware", r"\b1641\b", r"oui|possible|encore"),
]

# still short (kept visible, strict)
SHORT: dict[int, str] = {}
PARAMS = [pytest.param(*c, id=f"q{i:02d}", marks=[pytest.mark.xfail(strict=True, reason=SHORT[i])] if i in SHORT else [])
          for i, c in enumerate(CASES)]


@pytest.mark.parametrize("question,role,card,article,verdict", PARAMS)
def test_each_class_gets_its_card_the_rule_and_a_verdict(app, question, role, card, article, verdict):
    ans = app.ask(question, role=role)
    assert card in _cards(ans), (_cards(ans), ans.answer[:600])
    assert re.search(article, ans.answer, re.I), ans.answer[:600]
    assert re.search(verdict, _opening(ans.answer), re.I), ans.answer[:600]


NEAR_MISSES = [
    # a place in the Paris region is no public buyer
    ("notre client est une PME en région parisienne, on a perdu son appel d'offres privé, on peut contester ?", "msp",
     "public_award_challenge"),
    # a private client holding back part of an invoice: no retention money of the procurement code
    ("notre client (une PME) retient 10% de chaque facture tant que le projet n'est pas recetté, c'est normal ?", "msp",
     "public_retention_money"),
    # a data subject suing the provider directly: the card on the claim against the processor, not the controller's
    ("can a person whose data leaked sue our MSP directly instead of us?", "client", "controller_sued_blames_processor"),
    # the client itself claiming for an outage: the contract, not a third party's tort claim
    ("notre prestataire a eu une panne de deux jours, on a perdu du chiffre d'affaires, il doit nous indemniser ?",
     "client", "third_party_harmed_by_breach"),
    # backups of the client's data kept by the provider: the card on retention of processed data, not the firm's records
    ("the MSP keeps our backups for seven years after the end of the contract, may it?", "client",
     "business_records_retention"),
]


@pytest.mark.parametrize("question,role,card", NEAR_MISSES, ids=[f"n{i}" for i in range(len(NEAR_MISSES))])
def test_near_misses_do_not_get_the_card(app, question, role, card):
    ans = app.ask(question, role=role)
    assert f"card.{card}" not in _cards(ans), (card, ans.answer[:600])
