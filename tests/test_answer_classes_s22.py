"""Issue 15, twenty-second session: answer classes sorted from the tuned misses of answers_v20/v21 by the stage that lost
them (evaluations/answer_stages.py), written before the fixes in our own words (FR and EN, casual, typos, a story told
then a question), each with near-misses that must get another card or none. Whole areas of law users ask about, not the
one wording seen:

- K1 (knowledge absent) damages claimed without a formal notice first: due only after a formal notice to perform within
  a reasonable time, unless the failure is final (Code civil, arts 1231, 1344, 1344-1); penalties and ending the contract
  have their own cards;
- K2 (knowledge absent) a public buyer that does not pay: its contractor may not stop the service on its own (an
  administrative contract, CCP art. L6; no plea of non-performance against the administration unless the contract allows
  it, CE 8 Oct. 2014, n° 370644); late-payment interest and the 40-euro indemnity run by law (CCP L2192-13); the payment
  period of a public buyer and a private client's unpaid invoices keep their cards;
- K3 (knowledge absent) money paid but not owed (overbilling found later): recoverable (arts 1302, 1302-1), paying
  without protest is no waiver, within five years (art. 2224, C. com. L110-4); a client refusing to pay is no refund;
- K4 (knowledge absent) a settlement agreement (transaction): it bars a new action on the same dispute (art. 2052) and
  covers only the dispute it settles (arts 2048, 2049); a clause on prior conciliation is another card's;
- K5 (knowledge absent) economic duress: a contract obtained by abusing the other's dependence for a manifestly excessive
  advantage may be annulled (arts 1143, 1131, 1144); a plain price rise at renewal is another card's;
- K6 (knowledge absent, opened with) a clause by which the client waives the pre-contractual duty to inform: without
  effect (art. 1112-1 al. 5); "what is the duty?" keeps the card explaining it;
- K7 (facts missing) decompiling for interoperability: a licence may not forbid it (CPI L122-6-1 IV) under its
  conditions (information not readily available, only the parts needed); patching the code keeps the card on fixing
  third-party software;
- K8 (not chosen) two businesses deciding the purposes of a processing together: joint controllers, who need an
  arrangement between them (GDPR art. 26); a provider that only hosts is the card on controller or processor;
- K9 (breadth) an urgent court order to get one's data or access back from a provider that holds them (CPC arts 835, 873);
- K10 (breadth) a sum the other side claims set off against an invoice: not without a certain, liquidated and due debt
  (arts 1347, 1347-1), a judge setting off connected debts (arts 1348, 1348-1); agreed SLA credits keep their card;
- O1 (not opened with) a public bid rejected as abnormally low without a request: the EN answer opens on the card's
  verdict (the challenge named);
- O2 (not opened with) the law of a contract with a foreign provider that chose none, asked as "what happens": the
  answer opens on the law that applies (Rome I art. 4).
"""

from __future__ import annotations

import re

import pytest

from evaluations.answer_scoring import fold, verdict_text
from tests.answer_helpers import ask as _ask, assert_card_states, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids, first_cited as _first


@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


# -- fast tier: what the cards say ----------------------------------------------------------------------------------------

CARD_FACTS = [
    # (card name, pattern the verdict opens with, articles the rule or sources must name, pattern of the whole card)
    ("damages_formal_notice_s22", r"(en principe )?(oui|yes|in principle)", ("1231", "1344"),
     r"definiti\w*|final"),
    ("public_buyer_unpaid_s22", r"(non|no)\b", ("L6", "L2192-13", "370644"),
     r"interets moratoires|late-payment interest"),
    ("overpayment_refund_s22", r"(oui|yes)\b", ("1302", "1302-1", "2224", "L110-4"),
     r"renonc\w*|waive\w*|waiver"),
    ("settlement_agreement_s22", r"(non|no)\b", ("2044", "2048", "2052"),
     r"meme (objet|differend)|same (dispute|subject)"),
    ("economic_duress_s22", r"(peut-etre|possibly|oui|yes|si |if )", ("1143", "1131", "1144"),
     r"manifestement excessif|manifestly excessive"),
    ("precontract_info_waiver_s22", r"(non|no)\b", ("1112-1",),
     r"ni limiter,? ni exclure|neither limit(ed)? nor exclude"),
    ("decompilation_interoperability_s22", r"(non|no)\b", ("L122-6-1",),
     r"facilement|readily|necessaires?|necessary"),
    ("joint_controllers_s22", r"(oui|yes)\b", ("26",),
     r"accord|arrangement"),
    ("urgent_court_order_s22", r"(oui|yes)\b", ("835", "873"),
     r"trouble manifestement illicite|manifestly unlawful"),
    ("set_off_claimed_debt_s22", r"(pas|not)\b", ("1347", "1347-1", "1348-1"),
     r"certaines?, liquides? et exigibles?|certain, liquidated and due"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name,opening,articles,body", CARD_FACTS)
def test_each_new_card_opens_on_its_verdict_and_names_its_articles(cards, name, opening, articles, body, lang):
    assert_card_states(cards[f"card.{name}.{lang}"], opening, articles, body)


# -- index tier: the answers reach them -----------------------------------------------------------------------------------


# (question, role, card name, article pattern in the answer, verdict pattern of the first two sentences)
FIRE = [
    # -- K1 damages and formal notice ------------------------------------------------------------------------------------
    ("le presta devait livrer notre nouvel intranet fin mars, on est en juin et rien. je peux lui envoyer direct une "
     "demande d'indemnisation ou il faut le mettre en demeure avant ?", "client", "damages_formal_notice_s22",
     r"\b1231\b", r"oui|en principe|mise en demeure"),
    ("EN: our outsourcer is 6 weeks late on the server migration and it cost us sales. can we just invoice them for the "
     "losses, or do we need to send a formal notice first?", "client", "damages_formal_notice_s22", r"\b1231\b",
     r"yes|in principle|formal notice"),
    ("faut il obligatoirement une mise en demeure avant de réclamer des dommages et intérets au prestataire ?", "client",
     "damages_formal_notice_s22", r"\b1231\b", r"oui|en principe|mise en demeure"),
    ("EN: is a letter of formal notice mandatory before claiming damages from the IT provider?", "client",
     "damages_formal_notice_s22", r"\b1231\b", r"yes|in principle|formal notice"),
    # -- K2 a public buyer that does not pay -----------------------------------------------------------------------------
    ("la communauté de communes nous doit 5 mois de maintenance, on peut arreter d'intervenir tant qu'elle paie pas ?",
     "msp", "public_buyer_unpaid_s22", r"l2192-13|l6\b|370644", r"non|pas"),
    ("EN: we run the IT of a public hospital under a public contract and they haven't paid in 3 months. can we suspend "
     "the service until they pay?", "msp", "public_buyer_unpaid_s22", r"l2192-13|l6\b|370644", r"no|not"),
    ("EN: the county council is months behind on our invoices for the helpdesk contract, what can we do, can we stop "
     "work?", "msp", "public_buyer_unpaid_s22", r"l2192-13|l6\b|370644", r"no|not"),
    # -- K3 money paid but not owed --------------------------------------------------------------------------------------
    ("on s'apercoit que l'infogéreur nous facture 60 utilisateurs depuis 3 ans alors qu'on n'en a que 40. on peut se "
     "faire rembourser le trop-perçu ?", "client", "overpayment_refund_s22", r"\b1302", r"oui"),
    ("EN: turns out we've been billed for 25 servers since 2021 but only ever had 18. we paid without complaining. can "
     "we get the overpayment back?", "client", "overpayment_refund_s22", r"\b1302", r"yes"),
    ("EN: the MSP charged us twice for the same licences over two years, is it too late to claim a refund?", "client",
     "overpayment_refund_s22", r"\b1302|2224", r"yes|no|not"),
    # -- K4 settlement agreement -----------------------------------------------------------------------------------------
    # (a strict xfail until s24: what the other side proposes is no order to draft, `act_rules` strips it)
    ("notre ex-prestataire propose de clore le litige avec un protocole transactionnel et 8000 euros. si on "
     "signe, on pourra encore l'attaquer plus tard sur la même panne ?", "client", "settlement_agreement_s22",
     r"\b2052\b", r"non|pas"),
    ("l'ancien infogéreur nous propose une transaction pour solder le litige sur la panne de mars. une fois signée, on "
     "pourra encore le poursuivre pour cette panne ?", "client", "settlement_agreement_s22", r"\b2052\b", r"non|pas"),
    ("on a signé un protocole transactionnel avec l'ancien presta sur la panne de mars. on découvre d'autres conséquences "
     "de cette même panne, on peut encore l'attaquer ?", "client", "settlement_agreement_s22", r"\b2052\b", r"non|pas"),
    ("EN: the old provider offers a settlement agreement with a lump sum in full and final settlement. if we sign, can "
     "we still sue them later about the same outage?", "client", "settlement_agreement_s22", r"\b2052\b", r"no|not"),
    ("EN: we signed a settlement with our ex-MSP last year; now we discover a totally different problem with their "
     "backups. are we barred from suing?", "client", "settlement_agreement_s22", r"\b204[89]\b|\b2052\b",
     r"no|not"),
    # -- K5 economic duress ----------------------------------------------------------------------------------------------
    ("le msp avait tous nos accès admin et nous a dit : vous signez 3 ans de plus à +50% ou on coupe tout lundi. on a "
     "signé. on peut faire annuler ?", "client", "economic_duress_s22", r"\b1143\b", r"oui|peut-etre|si "),
    ("EN: our provider held our domain and every password and threatened to shut us down unless we signed a new "
     "5-year deal at double the price. we signed under pressure. can we undo it?", "client", "economic_duress_s22",
     r"\b1143\b", r"yes|possibly|if "),
    # -- K6 a waiver of the pre-contractual duty to inform ---------------------------------------------------------------
    ("dans les CGV du presta il y a 'le client renonce à toute action fondée sur un manque d'information avant la "
     "signature'. ca tient ?", "client", "precontract_info_waiver_s22", r"1112-1", r"non"),
    ("EN: the vendor's contract says we acknowledge having received all relevant information and waive any claim for "
     "lack of pre-contract disclosure. does that stop us from suing?", "client", "precontract_info_waiver_s22",
     r"1112-1", r"no"),
    # -- K7 decompiling for interoperability -----------------------------------------------------------------------------
    ("la licence de l'outil de supervision interdit toute décompilation, mais on en a besoin pour le faire communiquer "
     "avec notre nouvel ITSM. on a le droit ?", "client", "decompilation_interoperability_s22", r"l122-6-1",
     r"non|oui|pas"),
    ("EN: can a software licence validly ban reverse engineering when we only need it to make the product interoperate "
     "with our own system?", "client", "decompilation_interoperability_s22", r"l122-6-1", r"no|not"),
    # -- K8 joint controllers --------------------------------------------------------------------------------------------
    ("EN: we run a shared loyalty programme with a partner retailer, we both decide what data we collect and what for. "
     "our MSP hosts it. do we need a contract between us and the partner?", "client", "joint_controllers_s22",
     r"\b26\b", r"yes|joint"),
    ("avec une asso partenaire on gère ensemble une plateforme d'inscriptions, on décide à deux des données collectées "
     "et pourquoi. il faut signer quoi entre nous ?", "client", "joint_controllers_s22", r"\b26\b",
     r"oui|conjoint"),
    # -- K9 an urgent court order ----------------------------------------------------------------------------------------
    ("le presta refuse de nous rendre nos accès admin et nos données depuis la résiliation, on peut saisir le "
     "juge en urgence ?", "client", "urgent_court_order_s22", r"\b8(35|73)\b", r"oui"),
    ("notre ancien hébergeur garde nos sauvegardes en otage depuis la fin du contrat. un référé pour les récupérer vite, "
     "c'est jouable ?", "client", "urgent_court_order_s22", r"\b8(35|73)\b", r"oui"),
    ("EN: our former MSP is holding our data hostage after termination. can we get an emergency court order to force "
     "them to hand it over?", "client", "urgent_court_order_s22", r"\b8(35|73)\b", r"yes"),
    # -- K10 set-off against a disputed claim (breadth) -------------------------------------------------------------------
    ("le client a payé notre facture moins 4 000 € qu'il dit qu'on lui doit pour une migration ratée, on conteste. il "
     "peut compenser comme ça ?", "msp", "set_off_claimed_debt_s22", r"\b1347", r"pas|non"),
    ("EN: the customer paid our invoice minus 3k it says we owe for a botched migration, which we dispute. can it just "
     "offset that?", "msp", "set_off_claimed_debt_s22", r"\b1347", r"not|no"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_each_class_reaches_its_card_and_opens_on_the_verdict(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


# near-misses: another card, or none, but not the new card
NEAR = [
    ("les pénalités de retard prévues au contrat s'appliquent-elles sans mise en demeure ?", "client",
     "damages_formal_notice_s22"),
    ("EN: can we terminate the contract straight away without sending a formal notice?", "client",
     "damages_formal_notice_s22"),
    ("quel est le délai de paiement maximal d'une commune pour nos factures de maintenance ?", "msp",
     "public_buyer_unpaid_s22"),
    ("EN: a private customer hasn't paid us for 3 months, can we suspend the managed service?", "msp",
     "public_buyer_unpaid_s22"),
    ("le client refuse de payer notre dernière facture, on fait quoi ?", "msp", "overpayment_refund_s22"),
    ("notre contrat prévoit une conciliation obligatoire avant d'aller au tribunal, c'est valable ?", "client",
     "settlement_agreement_s22"),
    ("EN: at renewal the provider raised its prices by 8 % as the indexation clause allows, can we refuse?", "client",
     "economic_duress_s22"),
    ("c'est quoi exactement l'obligation d'information précontractuelle ?", "client", "precontract_info_waiver_s22"),
    ("EN: our ERP vendor stopped support, can our provider patch the bugs in the code itself?", "client",
     "decompilation_interoperability_s22"),
    ("EN: our MSP hosts our CRM, are we the controller and them the processor?", "client", "joint_controllers_s22"),
    ("le presta ne nous a pas encore rendu nos données, quel délai de réversibilité prévoir dans le contrat ?", "client",
     "urgent_court_order_s22"),
    ("EN: can we take the agreed SLA credits off the provider's next invoice?", "client", "set_off_claimed_debt_s22"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_get_another_card_or_none(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not _first(ans).startswith(f"card.{card}."), _ids(ans)


# -- O1, O2: a card already there, opened with its verdict ----------------------------------------------------------------

@pytest.mark.index
@pytest.mark.parametrize("question,role,verdict", [
    ("EN: the procurement office threw out our IT support bid as 'abnormally low' and never asked us to explain our "
     "costs. can they?", "msp", r"l551-1|pre-contractual|irregular|may not"),
    ("la mairie a écarté notre offre pour offre anormalement basse sans nous demander de justification, elle peut ?",
     "msp", r"l551-1|refere precontractuel|irreguli|ne peut pas"),
    ("EN: our price came in 25 % below the other bidders thanks to automation, and the regional council just rejected us "
     "as too cheap without a single question. is that lawful?", "msp", r"l551-1|pre-contractual|irregular|may not"),
])
def test_o1_a_low_bid_rejected_without_a_request_opens_on_the_card_verdict(app, question, role, verdict):
    ans, _ = _ask(app, question, role)
    assert any(i.startswith("card.public_abnormally_low_bid.") for i in _ids(ans)), _ids(ans)
    assert re.search(verdict, fold(verdict_text(ans.answer))), verdict_text(ans.answer)


@pytest.mark.index
@pytest.mark.parametrize("question,role", [
    ("EN: our hosting provider is Dutch and our contract never says which law applies. if there's a dispute, what law "
     "governs?", "client"),
    ("notre infogérant est belge, rien dans le contrat sur la loi applicable. en cas de litige, quel droit s'applique ?",
     "client"),
])
def test_o2_the_law_of_a_contract_without_a_choice_opens_on_the_providers_law(app, question, role):
    ans, text = _ask(app, question, role)
    assert _first(ans).startswith("card.governing_law_foreign_provider."), _ids(ans)
    opening = fold(verdict_text(ans.answer))
    assert re.search(r"en principe|in principle|provider's law|loi du pays du prestataire", opening), opening
    assert re.search(r"593/2008|rome i", text)
