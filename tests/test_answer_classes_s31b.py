"""Issue 15, thirty-first session (helper s31-ans2): families of questions the knowledge base had no card for, or had a
card the cascade passed over, by FAMILY. The questions are our own (other trades, sums and facts, FR and EN, casual);
each family has questions that must reach its card and near misses that must not:

- a judicial requisition for a client's data: no client consent needed, the client told unless the law forbids it
  (C. proc. pén. 60-1, 77-1-1, 99-3; GDPR 28(3)(a));
- the client's insurer subrogated after paying, the contract's cap opposed to it (C. assur. L121-12; C. civ. 1346-5);
- a contract dated before its signature: an effective date, never a false date (C. civ. 1377; C. pén. 441-1);
- an arbitration clause and the state court: it declines if asked in time (C. proc. civ. 1448, 1449; C. civ. 2061);
- the provider in liquidation holding the client's data: the liquidator, 28(3)(g) (C. com. L641-11-1);
- the promisor withdrawing its own option: the contract is formed if the option is taken up in time (C. civ. 1124);
- two language versions that differ (C. civ. 1188, 1190);
- support calls recorded (GDPR 13, 21; C. trav. L1222-4);
- mandatory invoice mentions left off (C. com. L441-9);
- told situations sending a story to an older card: force majeure for the provider's own supplier (1218), a suspension
  for unpaid invoices (1219, 1220), the clients' data used for the provider's own ends (GDPR 28(10)).
"""

from __future__ import annotations

import pytest

from assistant.chat import situation_cues_s31b as s31
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
    ("judicial_requisition_s31b", r"(non|no)\b", ("60-1", "28(3)(a)"), r"(3 750|3,750)"),
    ("insurer_subrogation_cap_s31b", r"(en principe non|in principle no)\b", ("L121-12", "1346-5"), r"(faute lourde|gross)"),
    ("backdated_contract_s31b", r"(ca depend|it depends)", ("1377", "441-1"), r"(date d.effet|effective date)"),
    ("arbitration_clause_court_s31b", r"(non|no)\b", ("1448", "1449", "2061"), r"(avant toute defense|before any defen)"),
    ("provider_liquidation_data_s31b", r"(adressez-vous au liquidateur|go to the liquidator)", ("L641-11-1", "28(3)(g)"),
     r"(refere|summary)"),
    ("own_promise_withdrawn_s31b", r"(non|no)\b", ("1124",), r"(1195)"),
    ("language_versions_conflict_s31b", r"(ca depend|it depends)", ("1188", "1190"), r"(clause de langue|language clause)"),
    ("call_recording_s31b", r"(oui|yes)\b", ("13", "L1222-4"), r"(six mois|six months)"),
    ("invoice_mentions_s31b", r"(oui|yes)\b", ("L441-9",), r"(375 000|375,000)"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name,opening,articles,body", CARD_FACTS)
def test_each_new_card_opens_on_its_verdict_and_names_its_articles(cards, name, opening, articles, body, lang):
    assert_card_states(cards[f"card.{name}.{lang}"], opening, articles, body)


GATES = [("judicial_requisition_s31b", "requisition_told"), ("insurer_subrogation_cap_s31b", "insurer_recourse_told"),
         ("backdated_contract_s31b", "backdating_asked"), ("arbitration_clause_court_s31b", "arbitration_named"),
         ("provider_liquidation_data_s31b", "provider_liquidation_data"),
         ("own_promise_withdrawn_s31b", "own_promise_withdrawn"),
         ("language_versions_conflict_s31b", "language_versions_differ"),
         ("call_recording_s31b", "call_recording_named"), ("invoice_mentions_s31b", "invoice_mentions_missing")]


@pytest.mark.parametrize("name,cue", GATES)
def test_the_new_cards_are_gated_on_their_situation(cards, name, cue):
    for lang in ("fr", "en"):
        card = cards[f"card.{name}.{lang}"]
        assert cue in card.premise and cue in ASK_CUES
        for q in card.questions:
            assert ASK_CUES[cue].search(fold(q)), q


# -- fast tier: the cues read the situation in other words -------------------------------------------------------------

CUES = [
    (s31.REQUISITION, "la police judiciaire nous demande les adresses IP de connexion d'un client, on répond direct ?", True),
    (s31.REQUISITION, "EN: the police sent us a request for a customer's email logs, do we need the customer's OK?", True),
    (s31.REQUISITION, "réquisition d'un OPJ pour les journaux du pare-feu d'un client : faut-il son accord ?", True),
    (s31.REQUISITION, "EN: an investigating judge's order asks for a client's files we host, can we just send them?", True),
    (s31.REQUISITION, "le client nous demande les logs VPN du mois dernier", False),
    (s31.REQUISITION, "EN: can we keep the firewall logs for a year?", False),
    (s31.REQUISITION, "EN: can we get an emergency court order to make the former MSP hand our data over?", False),
    (s31.REQUISITION, "le juge des référés peut-il ordonner au prestataire de rendre nos données ?", False),
    (s31.INSURER_RECOURSE, "l'assurance du client l'a remboursé et nous réclame maintenant 90 000 €, notre plafond tient ?",
     True),
    (s31.INSURER_RECOURSE, "EN: the customer's insurer paid out for the outage and now comes after us, does our cap apply?",
     True),
    (s31.INSURER_RECOURSE, "l'assureur a indemnisé notre client et exerce un recours contre nous", True),
    (s31.INSURER_RECOURSE, "EN: the insurance company compensated the client and is suing us for the full loss", True),
    (s31.INSURER_RECOURSE, "quelle assurance RC pro doit avoir un infogérant ?", False),
    (s31.INSURER_RECOURSE, "EN: does our cyber insurance cover a ransom?", False),
    (s31.BACKDATING, "on peut antidater l'avenant signé hier au 1er du mois ?", True),
    (s31.BACKDATING, "EN: can we backdate the maintenance agreement to the start of the quarter?", True),
    (s31.BACKDATING, "EN: the client wants the contract dated 1 april although we signed in june, is that ok?", True),
    (s31.BACKDATING, "contrat signé en mai mais on voudrait le faire partir rétroactivement de janvier", True),
    (s31.BACKDATING, "à quelle date le contrat prend-il fin ?", False),
    (s31.BACKDATING, "EN: our hosting agreement predates the 2016 reform, does 1195 apply?", False),
    (s31.BACKDATING, "EN: the contract dates from 2015 and renews every year", False),
    (s31.BACKDATING, "EN: when does the renewal notice have to be sent?", False),
    (s31.ARBITRATION, "le contrat prévoit un arbitrage, on peut quand même aller au tribunal de commerce ?", True),
    (s31.ARBITRATION, "EN: there's an arbitration clause in the MSA, can we still go to court?", True),
    (s31.ARBITRATION, "clause compromissoire dans les CGV du prestataire, peut-on quand même saisir le juge ?", True),
    (s31.ARBITRATION, "clause compromissoire dans les CGV du prestataire, elle s'applique à nous ?", False),
    (s31.ARBITRATION, "quel tribunal est compétent pour un litige avec le MSP ?", False),
    (s31.ARBITRATION, "un client nous propose l'arbitrage plutôt que le tribunal de commerce, quelle différence ?", False),
    (s31.ARBITRATION, "EN: arbitration or the commercial court for our MSA, which is better?", False),
    (s31.ARBITRATION, "EN: the provider wants the arbitration clause enforced but we already sued, who wins?", True),
    (s31.PROVIDER_LIQUIDATION_DATA, "notre hébergeur est en redressement judiciaire, comment récupérer nos données ?", True),
    (s31.PROVIDER_LIQUIDATION_DATA, "EN: our hosting provider went bust and all our files are on its servers, what now?",
     True),
    (s31.PROVIDER_LIQUIDATION_DATA, "EN: the MSP is in liquidation, how do we get our backups back?", True),
    (s31.PROVIDER_LIQUIDATION_DATA, "le prestataire a déposé le bilan, nos sauvegardes sont chez lui", True),
    (s31.PROVIDER_LIQUIDATION_DATA, "un client est en liquidation, comment déclarer notre créance ?", False),
    (s31.PROVIDER_LIQUIDATION_DATA, "EN: how do we get our data back at the end of the contract?", False),
    (s31.OWN_PROMISE_WITHDRAWN, "on a consenti une option d'achat au client jusqu'en septembre, on veut la retirer", True),
    (s31.OWN_PROMISE_WITHDRAWN, "EN: we gave the client an option to renew at the old price, can we withdraw it now?", True),
    (s31.OWN_PROMISE_WITHDRAWN, "EN: can we revoke our unilateral promise before the option deadline?", True),
    (s31.OWN_PROMISE_WITHDRAWN, "promesse unilatérale de prolonger l'hébergement : on voudrait la révoquer", True),
    (s31.OWN_PROMISE_WITHDRAWN, "quelles options de sauvegarde proposer au client ?", False),
    (s31.LANGUAGE_VERSIONS_DIFFER, "la version anglaise et la version française du contrat ne disent pas la même chose sur "
                                   "le plafond", True),
    (s31.LANGUAGE_VERSIONS_DIFFER, "EN: the French and English versions of our MSA conflict on the SLA, which prevails?",
     True),
    (s31.LANGUAGE_VERSIONS_DIFFER, "EN: the translation of the contract differs from the original on payment terms", True),
    (s31.LANGUAGE_VERSIONS_DIFFER, "contrat bilingue, les deux versions se contredisent : laquelle s'applique ?", True),
    (s31.LANGUAGE_VERSIONS_DIFFER, "le contrat doit-il être rédigé en français ?", False),
    (s31.CALL_RECORDING, "on veut enregistrer les appels du support pour la formation des techniciens", True),
    (s31.CALL_RECORDING, "EN: can we record helpdesk calls to check quality?", True),
    (s31.CALL_RECORDING, "EN: recording phone conversations with the client's staff, what are the rules?", True),
    (s31.CALL_RECORDING, "écoute des conversations téléphoniques de la hotline : que faut-il faire ?", True),
    (s31.CALL_RECORDING, "EN: what should the record of processing activities contain?", False),
    (s31.INVOICE_MENTIONS, "nos factures n'ont pas la date d'échéance ni les pénalités, risque ?", True),
    (s31.INVOICE_MENTIONS, "EN: our invoices do not state the late-payment interest rate or the €40 recovery fee, is that "
                           "a problem?", True),
    (s31.INVOICE_MENTIONS, "il manque l'indemnité forfaitaire de 40 euros sur nos factures, c'est sanctionné ?", True),
    (s31.INVOICE_MENTIONS, "EN: invoices without the mandatory mentions about penalties, what is the fine?", True),
    (s31.INVOICE_MENTIONS, "combien coûte un retard de paiement entre professionnels ?", False),
    (s31.FORCE_MAJEURE_OWN_SUPPLIER, "le prestataire invoque la force majeure parce que son hébergeur est tombé", True),
    (s31.FORCE_MAJEURE_OWN_SUPPLIER, "EN: the MSP says its datacenter outage is force majeure, is it?", True),
    (s31.FORCE_MAJEURE_OWN_SUPPLIER, "EN: force majeure claimed because their telco failed for a day", True),
    (s31.FORCE_MAJEURE_OWN_SUPPLIER, "que doit contenir une clause de force majeure ?", False),
    (s31.FORCE_MAJEURE_OWN_SUPPLIER, "EN: can the MSP's standard terms treat its own subcontractors' failures as force "
                                     "majeure?", False),
    (s31.FORCE_MAJEURE_OWN_SUPPLIER, "les CGV du prestataire rangent les pannes de ses fournisseurs en force majeure, "
                                     "c'est valable ?", False),
    (s31.SUSPEND_FOR_UNPAID, "le client ne paie plus depuis deux mois, peut-on couper sa messagerie ?", True),
    (s31.SUSPEND_FOR_UNPAID, "peut-on suspendre le contrat pendant les congés ?", False),
    (s31.SUSPEND_FOR_UNPAID, "deux factures impayées, on peut suspendre le support ?", True),
    (s31.SUSPEND_FOR_UNPAID, "EN: customer hasn't paid for 3 months, can we switch off their backups?", True),
    (s31.SUSPEND_FOR_UNPAID, "EN: invoices overdue since june, may we suspend the licences we resell them?", True),
    (s31.SUSPEND_FOR_UNPAID, "EN: the provider suspended our account during a migration, is it allowed?", False),
    (s31.PROCESSOR_OWN_USE, "on voudrait réutiliser les tickets de nos clients pour entraîner un modèle d'IA", True),
    (s31.PROCESSOR_OWN_USE, "EN: can we train an AI model on our customers' support emails?", True),
    (s31.PROCESSOR_OWN_USE, "EN: we'd like to sell statistics built from our clients' logs", True),
    (s31.PROCESSOR_OWN_USE, "le client veut qu'on supprime les tickets de ses utilisateurs", False),
    (s31.PROCESSOR_SETS_PURPOSES, "l'annexe RGPD laisse le prestataire fixer lui-même les finalités du traitement", True),
    (s31.PROCESSOR_SETS_PURPOSES, "EN: the vendor's DPA lets it determine the purposes of processing, is that normal?", True),
    (s31.PROCESSOR_SETS_PURPOSES, "EN: our MSP decides itself how our data is used, is it still a processor?", True),
    (s31.PROCESSOR_SETS_PURPOSES, "le sous-traitant choisit seul les finalités et la durée de conservation, c'est normal ?",
     True),
    (s31.PROCESSOR_SETS_PURPOSES, "EN: the DPA must describe the purposes of processing, what else?", False),
]


@pytest.mark.parametrize("pattern,text,expected", CUES)
def test_cues_read_the_situation_in_other_words(pattern, text, expected):
    text = text[3:].strip() if text.startswith("EN:") else text
    assert bool(pattern.search(fold(text))) is expected, text


def test_the_told_situations_name_the_new_cards():
    names = {s.name for s in told_situations("EN: the police sent a request for a client's connection logs, do we need "
                                             "the client's consent?")}
    assert "judicial_requisition_told" in names
    names = {s.name for s in told_situations("le prestataire invoque la force majeure parce que son hébergeur est tombé")}
    assert "force_majeure_own_supplier" in names


def test_a_late_payment_rate_named_is_no_price_left_unagreed():
    for q in ("nos factures n'ont ni le taux des pénalités ni la date d'échéance, c'est un problème ?",
              "EN: our invoices lack the late-payment interest rate and the recovery fee, is that a problem?",
              "le taux d'intérêt de retard n'est pas indiqué sur nos factures, que risque-t-on ?"):
        q = q[3:].strip() if q.startswith("EN:") else q
        assert "price_never_agreed" not in {s.name for s in told_situations(q)}, q
    # a price never agreed stays one
    names = {s.name for s in told_situations("on a fait l'intervention sans jamais convenir d'un prix, le client "
                                             "conteste le montant")}
    assert "price_never_agreed" in names


# -- index tier: the answers reach them -----------------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the first two sentences)
FIRE = [
    ("la police judiciaire nous demande par réquisition les adresses IP de connexion d'un client ; faut-il son accord "
     "avant de répondre ?", "msp", "judicial_requisition_s31b", r"60-1", r"\bnon\b"),
    ("EN: an officer sent us a judicial requisition for one customer's mailbox logs. must we ask the customer first?",
     "msp", "judicial_requisition_s31b", r"60-1", r"\bno\b"),
    ("l'assurance du client l'a remboursé après la coupure et nous réclame 120 000 € ; notre contrat plafonne à 30 000 €, "
     "ce plafond lui est opposable ?", "msp", "insurer_subrogation_cap_s31b", r"l121-12", r"\bnon\b"),
    ("EN: the customer's insurer paid out after the ransomware and now comes after us for the whole loss; our MSA caps us "
     "at 50k. can it claim more?", "msp", "insurer_subrogation_cap_s31b", r"l121-12", r"\bno\b"),
    ("EN: can we backdate the support contract we signed last week to the first of the month?", "msp",
     "backdated_contract_s31b", r"1377|441-1", r"depends"),
    ("on a signé l'avenant en mai, le client veut qu'on l'antidate au 1er janvier pour son budget, c'est un problème ?",
     "msp", "backdated_contract_s31b", r"1377|441-1", r"depend"),
    ("le contrat d'infogérance prévoit un arbitrage mais le litige est petit ; on peut saisir le tribunal de commerce ?",
     "client", "arbitration_clause_court_s31b", r"1448", r"\bnon\b"),
    ("EN: there's an arbitration clause in the MSA; can we still sue the provider in the commercial court for 8k?",
     "client", "arbitration_clause_court_s31b", r"1448", r"\bno\b"),
    ("notre hébergeur est en liquidation judiciaire et toutes nos bases sont chez lui ; comment récupérer nos données ?",
     "client", "provider_liquidation_data_s31b", r"28 ?\(3\) ?\(?g", r"liquidateur"),
    ("EN: our MSP went into liquidation and all our files are on its servers. how do we get our data back?", "client",
     "provider_liquidation_data_s31b", r"28 ?\(3\) ?\(?g", r"liquidator"),
    ("on a consenti au client une option pour un 3e site au tarif actuel jusqu'en décembre ; nos prix fournisseurs ont "
     "flambé, on veut retirer la promesse, on peut ?", "msp", "own_promise_withdrawn_s31b", r"1124", r"\bnon\b"),
    ("EN: we gave a client an option to extend hosting at the current price until year end; can we withdraw our promise "
     "now that costs went up?", "msp", "own_promise_withdrawn_s31b", r"1124", r"\bno\b"),
    ("EN: the French and English versions of our MSA give different liability caps. which one applies?", "client",
     "language_versions_conflict_s31b", r"1188", r"depends"),
    ("notre contrat bilingue : la version anglaise dit 30 jours de préavis, la française 60. laquelle s'applique ?",
     "client", "language_versions_conflict_s31b", r"1188", r"depend"),
    ("EN: we'd like to record helpdesk calls to train new technicians. what do we have to do?", "msp",
     "call_recording_s31b", r"\b13\b", r"\byes\b|you can|you may|inform"),
    ("on veut enregistrer les appels de notre hotline pour former nos techniciens, que faut-il faire ?", "msp",
     "call_recording_s31b", r"\b13\b", r"\boui\b"),
    ("EN: our invoices do not state the late-payment interest rate nor the 40 euro recovery fee. is that serious?", "msp",
     "invoice_mentions_s31b", r"l441-9", r"\byes\b"),
    ("il manque le taux des pénalités de retard et l'indemnité de 40 € sur nos factures, on risque quoi ?", "msp",
     "invoice_mentions_s31b", r"l441-9", r"\boui\b|sanction|amende"),
    # older cards reached through the told situation
    ("le MSP invoque la force majeure parce que son hébergeur cloud a eu une panne de 6 heures ; ça tient ?", "client",
     "force_majeure_claimed", r"1218", r"pas forcement|\bnon\b"),
    ("EN: the provider says the outage at its hosting provider was force majeure under the standard clause. valid?",
     "client", "force_majeure_claimed", r"1218", r"not necessarily|\bno\b"),
    ("deux factures impayées et le client dit qu'il va déposer le bilan : peut-on suspendre les licences qu'on lui revend ?",
     "msp", "suspension_for_non_payment", r"1219|1220", r"\boui\b"),
    ("EN: a client has not paid four invoices and says it may file for insolvency; can we suspend the licences we resell "
     "them?", "msp", "suspension_for_non_payment", r"1219|1220", r"\byes\b"),
    ("on voudrait entraîner un modèle d'IA maison sur les tickets de nos clients, noms et mails compris ; en tant que "
     "sous-traitant, on peut sans rien demander ?", "msp", "processor_decides_purposes", r"28", r"\bnon\b"),
    ("EN: as their processor, can we train our own AI model on our customers' support emails without asking?", "msp",
     "processor_decides_purposes", r"28", r"\bno\b"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_each_family_reaches_its_card_and_opens_on_the_verdict(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


NEAR = [
    ("EN: how long may we keep the firewall logs of our clients?", "msp", "judicial_requisition_s31b"),
    ("quelle assurance responsabilité civile professionnelle doit avoir un infogérant ?", "client",
     "insurer_subrogation_cap_s31b"),
    ("EN: when does the contract start if it is signed after the service began?", "client", "arbitration_clause_court_s31b"),
    ("un client est en liquidation judiciaire, comment déclarer notre créance ?", "msp", "provider_liquidation_data_s31b"),
    ("le client nous avait consenti une option et la retire avant la fin du délai : le contrat est-il formé ?", "msp",
     "own_promise_withdrawn_s31b"),
    ("un contrat entre deux sociétés doit-il être rédigé en français ?", "client", "language_versions_conflict_s31b"),
    ("EN: what does late payment cost between businesses?", "msp", "invoice_mentions_s31b"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_do_not_reach_the_new_cards(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not any(i.startswith(f"card.{card}.") for i in _ids(ans)[:1]), _ids(ans)
