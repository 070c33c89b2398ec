"""Issue 15, nineteenth session: knowledge breadth — subjects of the IT-outsourcing field no card answered yet.

The subjects come from a map of the field by the structure of the law (formation, performance, hardware sale, labour,
public procurement from award to payment, GDPR beyond Art. 28, payment terms and recovery, insolvency, IP, tax
invoicing, conflict of laws), each asked to the product in our own words first; the cards are
`knowledge_base/cards/*_s19cov.yaml`. The questions below are new wordings (FR and EN, casual, told as stories), not the
cards' phrasings and not taken from any evaluation item. Each answer must name the rule's article and open on a
verdict: one of the words given for the case appears in its first two sentences. Near-misses on neighbouring subjects
must not bring the new card's rule.
"""

from __future__ import annotations

import re

import pytest

# (question, role, article pattern, verdict pattern read in the first two sentences)
FRAUD, DELIVERY, TRANSIT = r"\b113[07]\b|\b1131\b", r"\b1604\b|\b1217\b", r"\b1196\b|L\.? ?133-3"
FREELANCE, AUTHOR = r"L\.? ?8221-6", r"L\.? ?113-9|L\.? ?131-3"
AWARD, CHANGE, ADVANCE = r"L\.? ?551-1|R\.? ?2182-1", r"L\.? ?2194-1|R\.? ?2194-8", r"R\.? ?2191-3\b"
RETENTION, LOW_BID, PUB_PENALTY = r"R\.? ?2191-3[23]", r"L\.? ?2152-[56]", r"392707"
INSPECTION, STAFF_BASIS = r"\b58\b|\b31\b", r"art\.? 6\b|Art\. 6\b|6\(1\)|6, paragraphe 1|05/2020"
PAY_TERM, ASSIGN, ORDER = r"L\.? ?441-10", r"\b132[14]\b", r"\b14(05|16|22)\b"
CLAIM, EINVOICE, LAW = r"[LR]\.? ?622-2[46]", r"289 bis", r"593/2008|Rome I"
CASES = [
    # -- fraud at signature ------------------------------------------------------------------------------------------
    ("l'infogérant prétendait être certifié ISO 27001 pour nous convaincre de signer, c'était faux : le contrat peut-il "
     "être annulé ?", "client", FRAUD, r"oui|dol|si "),
    ("before we signed, the MSP swore its backups were stored in France; they were in Singapore all along. can we void "
     "the deal?", "client", FRAUD, r"yes|fraud|if "),
    ("on a découvert que l'ESN avait volontairement caché qu'elle perdait sa licence éditeur, recours sur le contrat ?",
     "client", FRAUD, r"oui|dol|si "),
    # -- hardware delivered not as ordered, or damaged on the way ----------------------------------------------------
    ("le grossiste nous a envoyé des écrans 24 pouces alors qu'on avait commandé des 27, on peut exiger l'échange ?",
     "client", DELIVERY, r"refus|exig|d[ée]livr"),
    ("the reseller delivered firewalls from a cheaper range than the ones in our order. what are our options?", "client",
     DELIVERY, r"refuse|reject|demand|deliver"),
    ("matériel reçu pas conforme au bon de commande, on l'a déjà déballé, est-il trop tard ?", "client", DELIVERY,
     r"refus|r[ée]serve|d[ée]livr"),
    ("le transporteur a livré nos deux baies de stockage avec des châssis tordus, à qui de payer la casse ?", "client",
     TRANSIT, r"contrat|risque|propri[ée]t"),
    ("our new NAS units showed up crushed by the courier. does the loss fall on us or on the seller?", "client", TRANSIT,
     r"contract|risk|owner"),
    # -- a freelancer working as an employee -------------------------------------------------------------------------
    ("on a un développeur indépendant qui travaille chez nous depuis deux ans, à nos horaires, sur nos projets "
     "uniquement : il pourrait être considéré comme salarié ?", "msp", FREELANCE, r"oui|si |subordination"),
    ("could our long-term contractor sue to be recognised as an employee? he uses our laptop and reports to our team "
     "lead.", "msp", FREELANCE, r"yes|if |subordination"),
    ("un ancien technicien freelance de notre presta dit être notre salarié de fait, quels critères le juge regarde ?",
     "client", FREELANCE, r"subordination|ordres|oui|si "),
    # -- software written by staff or by a freelancer ----------------------------------------------------------------
    ("nos techniciens salariés ont écrit un outil interne, ils peuvent revendiquer des droits dessus ?", "msp", AUTHOR,
     r"employeur|non|d[ée]pend"),
    ("the PowerShell toolkit our contractor built: can we license it to customers without a signed assignment?", "msp",
     AUTHOR, r"author|no\b|not|depends"),
    ("le logiciel développé par un freelance pour notre presta nous a été livré, qui détient les droits d'auteur ?",
     "client", AUTHOR, r"auteur|d[ée]pend|freelance"),
    # -- public procurement: award, change, advance, retention, low bid, penalties -----------------------------------
    ("la communauté d'agglomération a attribué le marché d'infogérance à un concurrent, on a combien de jours pour "
     "agir ?", "msp", AWARD, r"oui|r[ée]f[ée]r[ée]|11|onze"),
    ("a county council awarded the IT support contract to a rival whose bid broke the rules; how do we stop the "
     "signature?", "msp", AWARD, r"yes|summary|11|eleven"),
    ("marché public perdu : la lettre de rejet ne donne aucun motif, recours possible ?", "msp", AWARD,
     r"oui|r[ée]f[ée]r[ée]"),
    ("le conseil départemental veut intégrer trois nouveaux collèges à notre marché de maintenance par simple avenant, "
     "c'est régulier ?", "msp", CHANGE, r"oui|mais|seulement"),
    ("can a public hospital double the volume of our support contract through an amendment without re-tendering?",
     "msp", CHANGE, r"yes|but|only|no\b|not"),
    ("avenant de plus de 10 % sur un marché public de services informatiques, est-ce autorisé ?", "msp", CHANGE,
     r"oui|mais|seulement|10"),
    ("on vient de remporter un marché public de 200 000 € sur 3 ans avec l'université, pouvons-nous demander une "
     "avance ?", "msp", ADVANCE, r"oui|50 ?000"),
    ("does a French public body have to pay us an advance on a 150k euro, two-year IT contract?", "msp", ADVANCE,
     r"yes|50,?000"),
    ("la métropole applique une retenue de garantie de 8 % sur notre marché, peut-on la refuser ?", "msp", RETENTION,
     r"5 ?%|seulement"),
    ("the public buyer withholds retention money on every invoice of our public contract; what are the rules?", "msp",
     RETENTION, r"5 ?%|only"),
    ("l'hôpital public trouve notre prix trop bas et menace d'écarter notre offre, comment réagir ?", "msp", LOW_BID,
     r"justif|explication"),
    ("our tender to a ministry was rejected as abnormally low without any questions. can they do that?", "msp", LOW_BID,
     r"justif|explanation|no\b|not"),
    ("pénalités de retard sur notre marché public avec la préfecture : elles représentent 40 % du montant, recours ?",
     "msp", PUB_PENALTY, r"oui|mod[ée]r|imputable"),
    ("the regional council applied delay penalties on our public contract though the delay was due to them; can we "
     "fight it?", "msp", PUB_PENALTY, r"yes|attributable|reduce"),
    # -- GDPR: the authority's inspection, the legal basis for staff data --------------------------------------------
    ("la CNIL annonce un contrôle sur place chez notre hébergeur, il doit la laisser entrer ?", "client", INSPECTION,
     r"oui|contr[ôo]l|coop[ée]r"),
    ("what can the data protection authority demand from our MSP during an audit of our processing?", "client",
     INSPECTION, r"inspect|information|access|cooperat"),
    ("notre client demande de collecter le consentement de ses salariés avant qu'on migre leurs boîtes mail, est-ce la "
     "bonne base légale ?", "msp", STAFF_BASIS, r"non|rarement"),
    ("is employee consent the right legal basis for letting our provider run the HR system?", "client", STAFF_BASIS,
     r"no\b|rarely|not"),
    # -- payment terms (the ceiling comes from term.late_payment), receivables, recovery, insolvency ---------------
    ("un client veut nous régler à 120 jours, c'est autorisé en B2B ?", "msp", PAY_TERM, r"non|60|45"),
    ("our customer's purchasing terms say invoices are paid 90 days after month end. is that lawful in France?", "msp",
     PAY_TERM, r"no\b|not|60|45"),
    ("quel est le plafond légal des délais de paiement pour nos factures de services entre professionnels ?", "msp",
     PAY_TERM, r"60|45"),
    ("peut-on vendre nos factures à un affactureur si notre client n'est pas d'accord ?", "msp", ASSIGN,
     r"oui|sans (son|l')accord"),
    ("we received a letter saying our MSP's invoices were assigned to a bank; who do we pay now?", "client", ASSIGN,
     r"notif|assign|bank"),
    ("un client doit 12 000 € et ne conteste pas, quelle procédure rapide pour obtenir un titre exécutoire ?", "msp",
     ORDER, r"injonction"),
    ("how do we get a court order for an unpaid IT invoice of 5,000 euros quickly in France?", "msp", ORDER,
     r"order for payment|application"),
    ("on a reçu une injonction de payer pour une facture de maintenance contestée, que faire ?", "client", ORDER,
     r"opposition|un mois|injonction"),
    ("client en liquidation judiciaire : on a jusqu'à quand pour déclarer ce qu'il nous doit ?", "msp", CLAIM,
     r"deux mois|BODACC"),
    ("our customer entered receivership last month and owes us two invoices. what is the deadline to claim?", "msp",
     CLAIM, r"two months|BODACC"),
    ("on a oublié de déclarer notre créance au mandataire judiciaire, on peut encore faire quelque chose ?", "msp", CLAIM,
     r"relev|six mois|deux mois"),
    # -- e-invoicing, governing law ----------------------------------------------------------------------------------
    ("la facture électronique obligatoire, on doit s'y mettre quand exactement pour une TPE de services ?", "msp",
     EINVOICE, r"2027|2026|septembre"),
    ("do we still have the right to e-mail PDF invoices to our French B2B customers in 2027?", "msp", EINVOICE,
     r"2026|2027|september|no\b|not"),
    ("notre infogérant est basé au Luxembourg et le contrat ne précise pas la loi applicable, c'est le droit français "
     "qui joue ?", "client", LAW, r"non|luxembourg|prestataire|loi"),
    ("our provider is Dutch, the contract has no choice of law. which country's law governs it?", "client", LAW,
     r"law|provider|dutch|netherlands"),
]

# still short (kept visible, strict). The domain gate (chat.intent._DOMAIN, code outside this change) takes a question
# with no word of its list for out of scope: screens, a courier, software written by staff, a lost public tender, an
# advance, an abnormally low bid are refused before any card is looked at. Other questions reach a closer card on a
# neighbouring subject (card choice).
SHORT: dict[int, str] = {
    1: "a foreign place named: the data-location card is chosen", 5: "the hidden-defect card is chosen",
    7: "the hidden-defect card is chosen (past the domain gate since s19-fix)", 9: "the staff-monitoring card is chosen (employee, laptop)", 10: "the non-solicitation card is chosen "
    "(former technician)",
    11: "the admin-access-to-content card is chosen (past the domain gate since s19-fix)"}
# (s30-reg: q34, the legal ceiling of B2B payment terms asked, passes: a payment term's maximum asked is a duration
# (answer_plan._TERM_MAXIMUM_ASKED) and the late-payment card opens on its 60-day ceiling condition, C. com. L441-10)
# (s28-ans: q18, a public hospital doubling a contract's volume by an amendment, reaches the card on changing a public
# contract through the s28 told situation "public_contract_amended")
# (s22: q12, on licensing a toolkit a contractor built, passes with the s22 cards and cascade; it failed in between)
PARAMS = [pytest.param(*c, id=f"q{i:02d}", marks=[pytest.mark.xfail(strict=True, reason=SHORT[i])] if i in SHORT else [])
          for i, c in enumerate(CASES)]


def _opening(text: str) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    return " ".join(sentences[:2])


@pytest.mark.parametrize("question,role,article,verdict", PARAMS)
def test_the_rule_is_named_and_the_answer_opens_on_a_verdict(app, question, role, article, verdict):
    ans = app.ask(question, role=role)
    assert re.search(article, ans.answer, re.I), ans.answer[:600]
    assert re.search(verdict, _opening(ans.answer), re.I), ans.answer[:600]


NEAR_MISSES = [
    # a termination for poor performance: no fraud at signature
    ("le presta a mal exécuté la migration, peut-on résilier le contrat ?", "client", "fraud_at_signature"),
    # a defect that shows after a year of use: the hidden-defect warranty, not a delivery mismatch or transport risk
    ("nos portables achetés il y a 14 mois ont tous une batterie qui gonfle, quelle garantie ?", "client",
     "hardware_wrong_delivery"),
    ("nos portables achetés il y a 14 mois ont tous une batterie qui gonfle, quelle garantie ?", "client",
     "hardware_damaged_in_transit"),
    # the provider's own employee taking orders on site: labour lending, not a freelancer's reclassification
    ("le technicien de notre infogérant reçoit ses consignes de notre DSI, c'est un problème ?", "client",
     "freelancer_reclassified"),
    # developments ordered from the provider: the provider's rights, not the employee rule
    ("qui est propriétaire des développements spécifiques réalisés par le prestataire pour nous ?", "client",
     "software_written_by_staff_or_freelancer"),
    # a private client paying late: no public-procurement card, no filing deadline
    ("notre client, une PME, paie nos factures avec trois mois de retard, quelles pénalités ?", "msp",
     "public_contract_penalties"),
    ("notre client, une PME, paie nos factures avec trois mois de retard, quelles pénalités ?", "msp",
     "insolvency_claim_filing"),
    # subcontracting a public contract: the subcontracting card, not a change to the contract
    ("on sous-traite une partie du marché public à un freelance, faut-il l'accord de l'acheteur ?", "msp",
     "public_contract_change"),
    # a private penalty clause: no administrative case law
    ("le contrat prévoit des pénalités de 50 % du prix mensuel par heure de retard, c'est valable ?", "client",
     "public_contract_penalties"),
    # a provider in receivership: whether to end the contract, not the creditor's filing deadline
    ("notre presta est en redressement judiciaire, peut-on résilier ?", "client", "insolvency_claim_filing"),
    # a fine for the processor's breach: the fines card, not the inspection powers
    ("la CNIL peut-elle nous infliger une amende si notre sous-traitant perd des données ?", "client",
     "cnil_inspection_powers"),
    # which court, asked of a French provider: no conflict of laws
    ("which court is competent if our French MSP sues us?", "client", "governing_law_foreign_provider"),
    # assigning the contract itself: the assignment card, not receivables
    ("can our MSP transfer our contract to another company without asking us?", "client",
     "invoice_receivables_assignment"),
    # a client that pays late and ignores reminders: late-payment costs; the order for payment may come, not e-invoicing
    ("le client ne paie plus nos factures depuis deux mois, quelles indemnités peut-on réclamer ?", "msp",
     "e_invoicing_obligation"),
]


@pytest.mark.parametrize("question,role,card", NEAR_MISSES, ids=[f"n{i}" for i in range(len(NEAR_MISSES))])
def test_near_misses_do_not_get_the_new_card(app, question, role, card):
    ans = app.ask(question, role=role)
    assert not any(c.id.startswith(f"card.{card}.") for c in ans.citations), (card, ans.answer[:600])


def test_the_cards_declare_the_situation_they_assume():
    """Public procurement cards answer only a question naming a public buyer; the filing deadline card only a client in
    insolvency proceedings (premises read by chat.cards.card_premises)."""
    from assistant.chat.cards import card_premises  # noqa: PLC0415
    from assistant.knowledge.entries import load_entries  # noqa: PLC0415

    cards = {e.id: e for e in load_entries() if e.kind == "card"}
    for name in ("public_award_challenge", "public_contract_change", "public_advance_payment",
                 "public_retention_money", "public_abnormally_low_bid", "public_contract_penalties"):
        for lang in ("fr", "en"):
            assert "public_buyer" in card_premises(cards[f"card.{name}.{lang}"]), name
    for lang in ("fr", "en"):
        assert "insolvency" in card_premises(cards[f"card.insolvency_claim_filing.{lang}"])
