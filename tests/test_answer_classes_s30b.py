"""Issue 15, thirtieth session (helper s30-ans2): families of questions the knowledge base had no card for, or had a card
written for the other side or another question, by FAMILY. The questions are our own (other trades, sums and facts, FR
and EN, casual, some with typos); each family has questions that must reach its card and near misses that must not:

- a security incident still being analysed, and waiting for the full picture before telling the clients: no, without
  undue delay, then in phases (GDPR 33(2), 33(4));
- a personal gift or trip to the client's employee to win or keep a contract: private bribery (C. pén. 445-1, 445-2);
- what an entire agreement clause ("clause d'intégralité") does: prior documents out, fraud and the duty to inform kept
  (C. civ. 1137, 1112-1);
- the provider that priced its own fixed fee too low: a mistake on value is no ground of nullity (C. civ. 1136), hardship
  is for unforeseeable change (1195), the price is renegotiated at the term;
- GPS trackers in staff vehicles and the hours checked with them (C. trav. L1222-4, L2312-38, L1121-1, Cass. soc. 2018);
- a signed order cancelled by the client before the start (C. civ. 1103, 1193, 1231-1);
- a piece of equipment the provider supplied that was defective and caused damage (C. civ. 1245, 1245-6);
- the provider changing its host or backup provider and asking whether each client must agree in writing (GDPR 28(2));
- work done on an oral request that the client says it never ordered, asked by the provider (C. civ. 1353, 1303; C. com.
  L110-3).
"""

from __future__ import annotations

import pytest

from assistant.chat import situation_cues_s30b as s30
from assistant.chat.premises import ASK_CUES
from assistant.chat.told_situations import told_situations
from assistant.text import fold
from tests.answer_helpers import ask as _ask, assert_card_states, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids, first_cited as _first


@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


# -- fast tier: what the cards say ----------------------------------------------------------------------------------------

CARD_FACTS = [
    ("breach_wait_full_picture_s30b", r"(non|no)\b", ("33(2)", "33(4)"), r"(par phases|in phases)"),
    ("private_bribery_gift_s30b", r"(oui|yes)\b", ("445-1", "445-2"), r"(500 000|500,000)"),
    ("entire_agreement_clause_s30b", r"(la clause d.integralite|an entire agreement clause)", ("1137", "1112-1"),
     r"(dol|fraud)"),
    ("underpriced_fixed_fee_s30b", r"(non|no)\b", ("1136", "1195"), r"(renouvellement|renewal)"),
    ("vehicle_geolocation_staff_s30b", r"(oui|yes)\b", ("L1222-4", "L2312-38"), r"(autre moyen|other means)"),
    ("order_cancelled_after_signature_s30b", r"(oui|yes)\b", ("1103", "1193", "1231-1"), r"(dedit|withdrawal fee)"),
    ("defective_product_supplier_s30b", r"(ca depend|it depends)", ("1245", "1245-6"), r"(trois mois|three months)"),
    ("subprocessor_change_consent_s30b", r"(ca depend|it depends)", ("28(2)",), r"(specifique|specific)"),
    ("oral_extra_work_invoice_s30b", r"(oui|yes)\b", ("1353", "1303", "L110-3"), r"(enrichissement|enrichment)"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name,opening,articles,body", CARD_FACTS)
def test_each_new_card_opens_on_its_verdict_and_names_its_articles(cards, name, opening, articles, body, lang):
    assert_card_states(cards[f"card.{name}.{lang}"], opening, articles, body)


GATES = [("breach_wait_full_picture_s30b", "breach_wait_asked"), ("private_bribery_gift_s30b", "personal_gift_told"),
         ("entire_agreement_clause_s30b", "entire_agreement_named"), ("underpriced_fixed_fee_s30b", "own_price_too_low"),
         ("vehicle_geolocation_staff_s30b", "staff_geolocation_named"),
         ("order_cancelled_after_signature_s30b", "signed_order_cancelled"),
         ("defective_product_supplier_s30b", "supplied_product_damage"),
         ("subprocessor_change_consent_s30b", "host_change_consent_asked"),
         ("oral_extra_work_invoice_s30b", "oral_work_denied")]


@pytest.mark.parametrize("name,cue", GATES)
def test_the_new_cards_are_gated_on_their_situation(cards, name, cue):
    for lang in ("fr", "en"):
        card = cards[f"card.{name}.{lang}"]
        assert cue in card.premise and cue in ASK_CUES
        # each of the card's own phrasings tells the situation it is gated on
        for q in card.questions:
            assert ASK_CUES[cue].search(fold(q)), q


# -- fast tier: the cues read the situation in other words (three or more wordings of our own per card) -----------------

CUES = [
    (s30.BREACH_WAIT, "un rançongiciel a touché notre RMM ce matin, on attend de savoir qui est concerné avant d'avertir "
                      "les clients ?", True),
    (s30.BREACH_WAIT, "EN: our backup portal got hacked, should we hold off telling customers until forensics is done?", True),
    (s30.BREACH_WAIT, "fuite possible sur le serveur mail, on peut attendre l'analyse complète avant d'informer ?", True),
    (s30.BREACH_WAIT, "EN: can we wait for the full picture before we report the intrusion to our clients?", True),
    (s30.BREACH_WAIT, "en combien de temps le MSP doit-il nous prévenir d'une violation ?", False),
    (s30.BREACH_WAIT, "EN: can we wait until the end of the month to pay the invoice?", False),
    (s30.PERSONAL_GIFT, "on voudrait offrir un voyage au DSI du client pour qu'il signe la prolongation, c'est risqué ?", True),
    (s30.PERSONAL_GIFT, "EN: is it ok to give the buyer at our client a personal gift card so he picks us again?", True),
    (s30.PERSONAL_GIFT, "le responsable achats d'un prospect demande une commission perso pour nous choisir", True),
    (s30.PERSONAL_GIFT, "EN: we plan to pay for a ski weekend for the client's IT manager to win the renewal", True),
    (s30.PERSONAL_GIFT, "la loi Sapin II nous oblige-t-elle à un programme anticorruption ?", False),
    (s30.PERSONAL_GIFT, "EN: can we offer the client a discount to win the renewal?", False),
    (s30.ENTIRE_AGREEMENT, "le contrat du client a une clause d'intégralité, ça change quoi pour nous ?", True),
    (s30.ENTIRE_AGREEMENT, "EN: what does an entire agreement clause do to the promises in our sales proposal?", True),
    (s30.ENTIRE_AGREEMENT, "EN: the MSA says it is the whole agreement between the parties, what does that mean?", True),
    (s30.ENTIRE_AGREEMENT, "c'est quoi une clause d'integralite dans un contrat d'infogerance", True),
    (s30.ENTIRE_AGREEMENT, "le client veut l'intégralité des sauvegardes à la fin du contrat", False),
    (s30.OWN_PRICE_TOO_LOW, "on a mal chiffré notre forfait de maintenance, on travaille à perte, on peut sortir ?", True),
    (s30.OWN_PRICE_TOO_LOW, "EN: we underpriced a 2-year managed services deal and are losing money, can we get out?", True),
    (s30.OWN_PRICE_TOO_LOW, "erreur dans notre devis, le prix est trop bas, le contrat est-il annulable ?", True),
    (s30.OWN_PRICE_TOO_LOW, "EN: we got our numbers wrong on the fixed fee, can we have the contract cancelled for mistake?",
     True),
    (s30.OWN_PRICE_TOO_LOW, "le prestataire peut-il augmenter son prix en cours de contrat ?", False),
    (s30.OWN_PRICE_TOO_LOW, "EN: the provider lied about its certifications, can we annul the contract?", False),
    (s30.STAFF_GEOLOCATION, "peut-on géolocaliser les voitures de service de nos techniciens ?", True),
    (s30.STAFF_GEOLOCATION, "EN: can we put trackers in the engineers' cars to check when they start work?", True),
    (s30.STAFF_GEOLOCATION, "EN: is fleet telematics on our field staff's vans legal in France?", True),
    (s30.STAFF_GEOLOCATION, "balise gps sur les utilitaires des salariés pour voir leurs horaires, on a le droit ?", True),
    (s30.STAFF_GEOLOCATION, "peut-on installer un EDR sur les postes des salariés ?", False),
    (s30.STAFF_GEOLOCATION, "EN: our GPS fleet-tracking vendor hosts its data in the US, is that a transfer?", False),
    (s30.SIGNED_ORDER_CANCELLED, "le client a signé le devis puis s'est rétracté par courriel une semaine après, on peut "
                                 "facturer ?", True),
    (s30.SIGNED_ORDER_CANCELLED, "EN: a customer signed our purchase order and cancelled it by email two weeks later, "
                                 "can we charge them?", True),
    (s30.SIGNED_ORDER_CANCELLED, "EN: the client backed out after signing the contract, before kickoff. any recourse?", True),
    (s30.SIGNED_ORDER_CANCELLED, "commande signée annulée par le client avant le démarrage du projet, que peut-on "
                                 "réclamer ?", True),
    (s30.SIGNED_ORDER_CANCELLED, "peut-on résilier le contrat avant son terme ?", False),
    (s30.SIGNED_ORDER_CANCELLED, "EN: the client signed the order form, when does the contract start?", False),
    (s30.SUPPLIED_PRODUCT_DAMAGE, "une batterie de l'onduleur qu'on a fourni a explosé et abîmé la baie, qui paie ?", True),
    (s30.SUPPLIED_PRODUCT_DAMAGE, "EN: a switch we sold them caught fire and burnt their office, is it us or the maker?",
     True),
    (s30.SUPPLIED_PRODUCT_DAMAGE, "EN: faulty power supply we installed damaged the client's NAS, who is liable?", True),
    (s30.SUPPLIED_PRODUCT_DAMAGE, "le serveur livré a pris feu chez le client, on est responsables ou le fabricant ?", True),
    (s30.SUPPLIED_PRODUCT_DAMAGE, "le serveur livré est en panne après la garantie, que faire ?", False),
    (s30.SUPPLIED_PRODUCT_DAMAGE, "EN: who is liable if our technician breaks the client's printer?", False),
    (s30.HOST_CHANGE_CONSENT, "on migre nos sauvegardes vers un autre datacenter, faut-il l'accord de tous nos clients ?",
     True),
    (s30.HOST_CHANGE_CONSENT, "EN: we are moving our hosting to a new cloud provider, do we need every client's written "
                              "approval?", True),
    (s30.HOST_CHANGE_CONSENT, "EN: switching backup vendor, must each customer sign off first?", True),
    (s30.HOST_CHANGE_CONSENT, "changement d'hébergeur : doit-on demander l'autorisation à chaque client ?", True),
    (s30.HOST_CHANGE_CONSENT, "on veut utiliser un outil SaaS de supervision pour tous nos clients, faut-il l'accord de "
                              "chaque client ?", True),
    (s30.HOST_CHANGE_CONSENT, "EN: we'd like to start using a cloud RMM platform for all our customers, do we need every "
                              "customer's written consent?", True),
    (s30.HOST_CHANGE_CONSENT, "le MSP peut-il changer de sous-traitant sans nous demander ?", False),
    (s30.HOST_CHANGE_CONSENT, "EN: do we need the client's consent to assign the contract?", False),
    (s30.ORAL_WORK_DENIED, "leur comptable nous a demandé au téléphone une migration, on l'a faite et ils disent n'avoir "
                           "jamais rien commandé", True),
    (s30.ORAL_WORK_DENIED, "EN: their office manager asked us verbally to set up new laptops, now they refuse to pay, saying "
                           "they never ordered it", True),
    (s30.ORAL_WORK_DENIED, "EN: work requested over the phone, the client denies asking for it. can we bill?", True),
    (s30.ORAL_WORK_DENIED, "travaux demandés oralement par le client, qui conteste la commande maintenant, on facture ?", True),
    (s30.ORAL_WORK_DENIED, "le client refuse de payer la facture de maintenance", False),
    (s30.ORAL_WORK_DENIED, "EN: can an order be given over the phone?", False),
]


@pytest.mark.parametrize("pattern,text,expected", CUES)
def test_cues_read_the_situation_in_other_words(pattern, text, expected):
    text = text[3:].strip() if text.startswith("EN:") else text
    assert bool(pattern.search(fold(text))) is expected, text


def test_the_told_situations_name_the_new_cards():
    names = {s.name for s in told_situations("EN: a UPS we installed caught fire at the client's, who pays?")}
    assert "supplied_product_damage" in names
    names = {s.name for s in told_situations("on attend le bilan complet de l'intrusion avant de prevenir les clients ?")}
    assert "breach_wait_full_picture" in names


# -- index tier: the answers reach them -----------------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the first two sentences)
FIRE = [
    ("un rançongiciel a chiffré notre serveur RMM cette nuit, on ne sait pas encore quels clients sont touchés ; on peut "
     "attendre l'analyse complète avant de les prévenir ?", "msp", "breach_wait_full_picture_s30b", r"33", r"\bnon\b"),
    ("EN: our PSA got compromised yesterday; can we wait until forensics is finished before we tell our customers?", "msp",
     "breach_wait_full_picture_s30b", r"33", r"\bno\b"),
    ("on voudrait offrir un voyage au DSI du client pour qu'il signe la prolongation, on risque quoi ?", "msp",
     "private_bribery_gift_s30b", r"445-1", r"\boui\b|risque"),
    ("EN: we plan to pay for a ski weekend for the client's IT manager to win the renewal. any legal risk?", "msp",
     "private_bribery_gift_s30b", r"445-1", r"\byes\b|risk"),
    ("le contrat du client a une clause d'intégralité, ça veut dire quoi pour nous ?", "msp",
     "entire_agreement_clause_s30b", r"1137|1112-1", r"integralite"),
    ("EN: what does an entire agreement clause in our client's contract mean for us?", "msp",
     "entire_agreement_clause_s30b", r"1137|1112-1", r"entire agreement"),
    ("on a mal chiffré notre forfait infogérance sur 4 ans, on travaille à perte ; le contrat est annulable pour erreur ?",
     "msp", "underpriced_fixed_fee_s30b", r"1136", r"\bnon\b"),
    ("EN: we underpriced a 2-year managed services deal and lose money every month, can we get it annulled for mistake?",
     "msp", "underpriced_fixed_fee_s30b", r"1136", r"\bno\b"),
    ("peut-on mettre un traceur GPS dans les voitures de service des techniciens pour contrôler leurs horaires ?", "msp",
     "vehicle_geolocation_staff_s30b", r"l1222-4|l2312-38", r"\boui\b"),
    ("EN: can we put GPS trackers in our engineers' vans to plan routes and check their hours?", "msp",
     "vehicle_geolocation_staff_s30b", r"l1222-4|l2312-38", r"\byes\b"),
    ("le client a signé notre devis de migration puis s'est rétracté par mail une semaine après, avant le démarrage ; on "
     "peut lui facturer quelque chose ?", "msp", "order_cancelled_after_signature_s30b", r"1103|1193", r"\boui\b"),
    ("EN: a customer signed our purchase order for 24 months of support and cancelled it by email two weeks later, before "
     "kickoff. can we charge them anything?", "msp", "order_cancelled_after_signature_s30b", r"1103|1193", r"\byes\b"),
    ("EN: a switch we sold and installed caught fire and burnt the client's comms room. who pays, us or the maker?", "msp",
     "defective_product_supplier_s30b", r"1245", r"depends"),
    ("la batterie d'un onduleur qu'on a fourni a pris feu chez le client et a abîmé sa baie ; qui paie, nous ou le "
     "fabricant ?", "msp", "defective_product_supplier_s30b", r"1245", r"depend"),
    ("on migre les sauvegardes de nos clients vers un autre datacenter en France, faut-il l'accord écrit de chaque client ?",
     "msp", "subprocessor_change_consent_s30b", r"28", r"depend"),
    ("EN: we are moving our backups to a new hosting provider, do we need every client's written approval?", "msp",
     "subprocessor_change_consent_s30b", r"28", r"depends"),
    ("EN: we want to add a hosted ticketing tool that stores our clients' user data, do we need each client's approval?",
     "msp", "subprocessor_change_consent_s30b", r"28", r"depends"),
    ("EN: their office manager asked us verbally to set up new laptops; done, two days of work, and now they refuse to pay "
     "saying nobody ordered it. can we invoice and who must prove what?", "msp", "oral_extra_work_invoice_s30b",
     r"1353|l110-3", r"\byes\b|if you can prove"),
    ("le gérant du client nous a demandé au téléphone de migrer sa messagerie ; c'est fait, mais il dit n'avoir jamais "
     "rien commandé et refuse de payer. on peut facturer ?", "msp", "oral_extra_work_invoice_s30b", r"1353|l110-3",
     r"\boui\b"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_each_family_reaches_its_card_and_opens_on_the_verdict(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


# near misses: a neighbouring subject, another card or none, never the new card
NEAR = [
    ("en combien de temps le MSP doit-il nous prévenir d'une violation de données ?", "client",
     "breach_wait_full_picture_s30b"),
    ("EN: does the Sapin II law require us to run an anti-corruption programme?", "msp", "private_bribery_gift_s30b"),
    ("EN: the provider lied about its certifications to win the contract, can we have it annulled?", "client",
     "underpriced_fixed_fee_s30b"),
    ("le prestataire peut-il installer un outil qui surveille les postes des salariés ?", "client",
     "vehicle_geolocation_staff_s30b"),
    ("EN: can we terminate a fixed-term contract before its end?", "client", "order_cancelled_after_signature_s30b"),
    ("EN: can the MSP change sub-processors without asking us?", "client", "subprocessor_change_consent_s30b"),
    ("le prestataire facture des travaux hors forfait qu'on n'a jamais commandés, doit-on payer ?", "client",
     "oral_extra_work_invoice_s30b"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_get_another_card_or_none(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not _first(ans).startswith(f"card.{card}."), _ids(ans)
