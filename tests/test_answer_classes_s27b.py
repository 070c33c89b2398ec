"""Issue 15, twenty-seventh session (helper s27-ans): answers on legal subjects the first run of answers_v27 showed the
knowledge base did not hold or did not reach, by FAMILY (the questions here are our own, other sectors and facts, FR
and EN, casual, written before the cards):

- a price fixed after the work: with no price agreed before a service is performed, the provider may set it and must
  justify it if disputed, an abuse giving damages or termination (C. civ. 1165);
- public contracts seen from the holder: a renewal the holder cannot refuse unless the contract lets it (CCP R2112-4);
  service orders under a CCAG carried out, reservations in writing within fifteen days; a public buyer's contract is an
  administrative contract (CCP L6) whose disputes go to the administrative courts; termination in the public interest
  indemnified;
- the provider's staff at the client: an injury at work there is an accident at work (CSS L411-1), the client being a
  third party answerable under the general law (CSS L454-1, C. civ. 1240-1242); the host firm's prevention duties
  (C. trav. R4511-5, R4512-6); staff directed like the client's own is unlawful labour lending (L8241-1);
- criminal law around IT contracts: money handed for a set use and diverted (abus de confiance, C. pén. 314-1) against a
  plain breach (C. civ. 1217); access kept after the contract (323-1);
- an employee's liability to the employer: only for gross misconduct with intent to harm; fines and pay deductions as
  sanctions are banned (C. trav. L1331-2);
- GDPR duties of a software editor that is no processor: data protection by design binds the controller (art. 25,
  recital 78);
- force majeure and its proof: the party that invokes it proves it (C. civ. 1218, 1353);
- an MSP selling to private individuals: the renewal reminder (C. consom. L215-1), the 14-day withdrawal period
  (L221-18, L221-25).
"""

from __future__ import annotations

import pytest

from tests.answer_helpers import ask as _ask, assert_card_states, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids, first_cited as _first


@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


# -- fast tier: what the cards say ----------------------------------------------------------------------------------------

CARD_FACTS = [
    # (card name, pattern the verdict opens with, articles the rule or sources must name, pattern of the whole card)
    ("price_fixed_after_work_s27", r"(oui|yes)\b", ("1165", "1353"), r"(motiv|justif)"),
    ("public_service_orders_s27", r"(non|no)\b", ("R2112-2",), r"(15 jours|quinze jours|15 days|fifteen days)"),
    ("public_contract_court_s27", r"(non|no)\b", ("L6", "2060"), r"(tribunal administratif|administrative court)"),
    ("staff_injured_at_client_s27", r"(c'est un accident du travail|it is an accident at work)",
     ("L411-1", "L454-1", "1241"), r"(employeur|employer)"),
    ("host_company_safety_s27", r"(oui|yes)\b", ("R4511-5", "R4512-6"), r"(plan de prevention|prevention plan)"),
    ("funds_diverted_criminal_s27", r"(cela depend|it depends)", ("314-1", "1217"),
     r"(usage determine|set use|specific use|particular use)"),
    ("employee_liability_to_employer_s27", r"(non|no)\b", ("L1331-2",), r"(intention de nuire|intent to harm)"),
    ("privacy_by_design_vendor_s27", r"(en droit, largement|in law, largely)", ("25",), r"(considerant 78|recital 78)"),
    ("force_majeure_proof_s27", r"(celui qui l'invoque|the party invoking it)", ("1218", "1353"),
     r"(previsible|foreseeable)"),
    ("consumer_renewal_notice_s27", r"(oui|yes)\b", ("L215-1",), r"(trois mois|three months).*(un mois|one month)"),
    ("consumer_withdrawal_s27", r"(oui|yes)\b", ("L221-18", "L221-25"), r"(14 jours|14 days|quatorze|fourteen)"),
    # added after the first measure, same families: the holder ending a public contract, equipment damaged by the
    # provider's technician, the processor's own GDPR duties, terms offered to private customers
    ("public_holder_termination_s27", r"(non|no)\b", ("L6", "370644"), r"(imprevision|unforeseeable)"),
    ("damage_by_provider_staff_s27", r"(le prestataire|the provider)", ("1231-1", "1231-3"), r"(faute lourde|gross)"),
    ("processor_own_duties_s27", r"(oui|yes)\b", ("32", "30(2)", "33(2)", "82(2)"), r"(amendes|fined)"),
    ("consumer_unfair_terms_s27", r"(non|no)\b", ("R212-1", "L241-1"), r"(non-professionnels|non-professionals)"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name,opening,articles,body", CARD_FACTS)
def test_each_new_card_opens_on_its_verdict_and_names_its_articles(cards, name, opening, articles, body, lang):
    assert_card_states(cards[f"card.{name}.{lang}"], opening, articles, body)


# -- index tier: the answers reach them -----------------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the first two sentences)
FIRE = [
    # -- a price fixed after the work ---------------------------------------------------------------------------------------
    ("le cabinet d'avocats nous a demande de recuperer un disque RAID un dimanche, rien de signe sur le tarif. on a "
     "facture 1 800 €, ils trouvent ca trop cher et veulent payer 500. on est dans notre droit ?", "msp",
     "price_fixed_after_work_s27", r"1165", r"oui|en principe"),
    ("EN: our IT guy came in for an emergency fix on the tills, no quote at all, and now bills 4 hours at 250 an hour. "
     "can he just pick his price like that?", "client", "price_fixed_after_work_s27", r"1165", r"yes|in principle"),
    ("aucun prix n'avait ete convenu avant la migration de la messagerie et le presta nous envoie une facture salee, on "
     "peut la contester ?", "client", "price_fixed_after_work_s27", r"1165", r"oui|en principe"),
    ("EN: we did an extra data recovery job for a client without agreeing the price first. are we allowed to set the "
     "price ourselves afterwards?", "msp", "price_fixed_after_work_s27", r"1165", r"yes|in principle"),
    # -- public contracts, from the holder's side --------------------------------------------------------------------------
    ("on est titulaire du marche public de maintenance d'un syndicat des eaux reconduit chaque annee. on voudrait ne pas "
     "repartir pour une annee de plus, c'est possible de notre cote ?", "msp", "public_contract_renewal", r"r ?2112-4",
     r"en principe non|non|sauf"),
    ("EN: we hold a renewable helpdesk contract with a regional council and it loses us money. can we, as the "
     "contractor, decline the next renewal?", "msp", "public_contract_renewal", r"r ?2112-4",
     r"in principle no|no\b|unless"),
    ("la mairie nous a notifie un ordre de service pour demenager tout le parc dans le nouveau batiment, on n'est pas "
     "d'accord sur le prix. on peut refuser de l'executer ?", "msp", "public_service_orders_s27",
     r"15 jours|quinze jours", r"non|pas"),
    ("EN: under our public contract the university sent us a service order that we think goes beyond the contract. do we have to "
     "carry it out?", "msp", "public_service_orders_s27", r"15 days|fifteen days", r"no\b|yes|must"),
    ("marche public de telemaintenance avec le conseil departemental : nos CGV prevoient le tribunal de commerce de Lyon en cas de litige, "
     "ca tient ?", "msp", "public_contract_court_s27", r"l ?6\b|contrat administratif", r"non|pas"),
    ("EN: if the county council never pays our invoices under the public contract, which court do we sue them in?",
     "msp", "public_contract_court_s27", r"administrative", r"administrative|not"),
    ("EN: the public hospital ended our desktop support contract early in the public interest, we did nothing wrong. "
     "do we get compensated?", "msp", "public_termination_general_interest", r"interest", r"yes"),
    # -- the provider's staff at the client --------------------------------------------------------------------------------
    ("la technicienne de notre infogerant a glisse sur le sol mouille de notre salle serveur et s'est casse le poignet. "
     "on risque quoi ?", "client", "staff_injured_at_client_s27", r"l ?411-1", r"accident du travail|depend"),
    ("notre technicien s'est electrocute chez un client a cause d'une armoire electrique laissee ouverte, qui "
     "l'indemnise ?", "msp", "staff_injured_at_client_s27", r"l ?411-1", r"accident du travail|depend"),
    ("EN: an engineer from our IT contractor fell off a ladder in our warehouse while fitting wifi access points. are "
     "we liable?", "client", "staff_injured_at_client_s27", r"l ?411-1|l ?454-1", r"accident at work|depend"),
    ("des techniciens du prestataire vont recabler notre entrepot pendant trois semaines, on a des obligations de "
     "securite envers eux ?", "client", "host_company_safety_s27", r"r ?4512-6|r ?4511-5", r"oui"),
    ("EN: do we need a prevention plan when an outside IT firm sends people to work in our factory?", "client",
     "host_company_safety_s27", r"r ?4512-6|r ?4511-5", r"yes"),
    ("EN: the consultant our MSP placed with us now takes his orders from our IT manager and follows our rota. is that "
     "a problem?", "client", "onsite_staff_direction", r"l ?8241-1", r"yes|no\b|not"),
    # -- criminal law around IT contracts ----------------------------------------------------------------------------------
    ("on a verse 15 000 € a notre integrateur pour qu'il commande les switchs, il a encaisse et n'a jamais rien commande. "
     "c'est penal ou pas ?", "client", "funds_diverted_criminal_s27", r"314-1", r"cela depend|depend|peut"),
    ("EN: we prepaid our reseller for two years of firewall subscriptions that were never activated. is that a crime or "
     "just a breach of contract?", "client", "funds_diverted_criminal_s27", r"314-1", r"it depends|depend|may"),
    ("EN: our old IT provider logged into our Microsoft 365 tenant two weeks after we ended the contract. can we go to "
     "the police?", "client", "access_after_contract_end", r"323-1", r"no\b|yes|offence"),
    # -- an employee's liability to the employer ---------------------------------------------------------------------------
    ("une de nos admins a oublie de renouveler le certificat SSL du site d'un client, le client nous facture sa perte. "
     "je peux la lui faire rembourser ?", "msp", "employee_liability_to_employer_s27", r"faute lourde",
     r"non|sauf faute lourde"),
    ("EN: our junior engineer misconfigured a client's firewall and we had to pay them 10k. can we take part of it out "
     "of his wages?", "msp", "employee_liability_to_employer_s27", r"l ?1331-2|gross misconduct", r"no\b|not"),
    ("je peux mettre une amende a un technicien qui arrive systematiquement en retard chez les clients ?", "msp",
     "employee_liability_to_employer_s27", r"l ?1331-2", r"non|interdit"),
    # -- GDPR duties of an editor that is no processor ----------------------------------------------------------------------
    ("EN: the publisher of our locally installed accounting software says GDPR privacy by design is not its job since it "
     "never sees our data. true?", "client", "privacy_by_design_vendor_s27", r"\b25\b", r"largely|in law|yes"),
    ("l'editeur de notre logiciel de caisse, installe chez nous, dit que la protection des donnees des la conception "
     "c'est notre affaire, pas la sienne. il a raison ?", "client", "privacy_by_design_vendor_s27", r"\b25\b",
     r"largement|en droit|oui"),
    # -- force majeure and its proof ---------------------------------------------------------------------------------------
    ("coupure d'electricite generale chez notre hebergeur, il dit que c'est un cas de force majeure. c'est a nous de "
     "prouver que ce n'en est pas un ?", "client", "force_majeure_proof_s27", r"1218", r"non|celui qui"),
    ("EN: who bears the burden of proving force majeure under French law, the supplier or the customer?", "client",
     "force_majeure_proof_s27", r"1218", r"the party|supplier|provider"),
    # -- an MSP selling to private individuals -----------------------------------------------------------------------------
    ("on vend aussi un abonnement d'assistance informatique a des particuliers, reconduit tacitement chaque annee. on "
     "doit les prevenir avant ?", "msp", "consumer_renewal_notice_s27", r"l ?215-1", r"oui"),
    ("EN: what happens if we forgot to remind a private customer that their yearly home support plan would renew?",
     "msp", "consumer_renewal_notice_s27", r"l ?215-1", r"yes|can|terminat|any time"),
    ("un particulier a souscrit notre forfait de depannage a distance par telephone et veut annuler dix jours apres. il "
     "peut ?", "msp", "consumer_withdrawal_s27", r"l ?221-18", r"oui"),
    # -- added after the first measure, same families ------------------------------------------------------------------------
    ("notre marche public de supervision avec l'universite est devenu deficitaire, on peut y mettre fin nous-memes ?", "msp",
     "public_holder_termination_s27", r"370644", r"non|pas"),
    ("EN: the town council pays us months late. as the contractor, can we terminate the public contract ourselves?", "msp",
     "public_holder_termination_s27", r"370644", r"no\b|not"),
    ("un technicien du prestataire a fait tomber notre serveur en le deplacant, qui paie la reparation ?", "client",
     "damage_by_provider_staff_s27", r"1231-1", r"le prestataire"),
    ("EN: the MSP's engineer dropped our NAS during the office move, who pays for it?", "client",
     "damage_by_provider_staff_s27", r"1231-1", r"the provider"),
    ("EN: is our hosting provider bound by the GDPR directly, or only through the DPA we signed?", "client",
     "processor_own_duties_s27", r"\b32\b", r"yes"),
    ("sans DPA signe, notre infogerant a-t-il quand meme des obligations RGPD propres ?", "client",
     "processor_own_duties_s27", r"\b32\b", r"oui"),
    ("dans nos CGV pour les particuliers on plafonne notre responsabilite a un mois d'abonnement, ca passe ?", "msp",
     "consumer_unfair_terms_s27", r"r ?212-1", r"non"),
    ("EN: can our home support terms for consumers exclude any liability for lost family photos?", "msp",
     "consumer_unfair_terms_s27", r"r ?212-1", r"no\b"),
    ("EN: a home user signed up online for our remote support plan, we fixed his laptop on day 2 and he now cancels "
     "within 14 days. does he owe us anything?", "msp", "consumer_withdrawal_s27", r"l ?221-25|l ?221-18",
     r"yes|in part|proportion"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_each_class_reaches_its_card_and_opens_on_the_verdict(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


# near-misses: another card, or none, but not the new card
NEAR = [
    ("EN: the provider billed extra work we never asked for, do we have to pay it?", "client",
     "price_fixed_after_work_s27"),
    ("EN: our MSP wants to raise its monthly fee next year, can it do that?", "client", "price_fixed_after_work_s27"),
    ("un salarie du client a renverse son cafe sur notre serveur, qui paie la reparation ?", "msp",
     "staff_injured_at_client_s27"),
    ("EN: is our MSP a processor or a controller?", "client", "privacy_by_design_vendor_s27"),
    ("la loi Chatel s'applique-t-elle a notre contrat de maintenance entre deux societes ?", "client",
     "consumer_renewal_notice_s27"),
    ("force majeure : qu'est-ce qu'on met dans la clause du contrat d'infogerance ?", "client", "force_majeure_proof_s27"),
    ("EN: can a French town award a small maintenance contract without a tender?", "msp", "public_contract_court_s27"),
    ("le client peut-il debaucher un de nos techniciens ?", "msp", "employee_liability_to_employer_s27"),
    ("un technicien du prestataire a fait tomber notre serveur en le deplacant, qui paie la reparation ?", "client",
     "staff_injured_at_client_s27"),
    ("le departement veut resilier notre marche public d'infogerance pour motif d'interet general, on touche quoi ?", "msp",
     "public_holder_termination_s27"),
    ("EN: can a processor be fined by the CNIL?", "msp", "processor_own_duties_s27"),
    ("EN: our B2B maintenance contract caps liability at 12 months of fees, is that valid?", "client",
     "consumer_unfair_terms_s27"),
    # found by the index tier (tests/test_answer_cards_s10en.py): "deal with that company directly" asks nothing of the GDPR
    ("EN: a technician subcontracted by our MSP fried our firewall; the MSP tells us to deal with that company directly. is "
     "that right?", "client", "processor_own_duties_s27"),
    ("EN: a technician subcontracted by our MSP damaged our firewall; who pays?", "client", "damage_by_provider_staff_s27"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_get_another_card_or_none(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not _first(ans).startswith(f"card.{card}."), _ids(ans)
