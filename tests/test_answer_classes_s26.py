"""Issue 15, twenty-sixth session (helper s26-ans2): answers on legal subjects the knowledge base did not hold, by FAMILY
(the tuned misses of answers_v26 named the families; the questions here are our own, other sectors and facts, FR and EN,
casual, written before the cards):

- labour law for a provider's staff working for a client: daily rest of 11 consecutive hours, 10 hours a day, 48 a week,
  night work exceptional (C. trav. L3131-1, L3121-18, L3121-20, L3122-1); the provider stays the employer;
- IT criminal law: software or a system disabled or degraded from a distance to force payment is hindering an automated
  data processing system (C. pén. 323-2); payment is recovered through formal notice and the courts;
- consent defects: an amendment signed while the service was held back until signature reaches the duress card
  (C. civ. 1143; the `pressure_told` premise reads the service held back "until you sign");
- public procurement for IT: a framework agreement needs a maximum (décret 2022-1683, CJEU C-23/20); invoices to a public
  buyer go electronically through Chorus Pro (CCP L2192-1);
- guarantees: a personal guarantee by an individual needs the statement of C. civ. 2297; caution, garantie autonome and
  lettre d'intention compared (2288, 2321, 2322);
- GDPR rights belong to natural persons (arts 15, 17, 20), a company gets its data back under the contract and 28(3)(g);
- accountability: the controller answers for its own compliance (arts 5(2), 24), the processor warrants its own duties;
- the auditor a client mandates under the DPA (28(3)(h)): the audit stands, the auditor's independence can be required;
- marketing: B2B e-mail prospecting (CPCE L34-5, CNIL's professional-relevance rule, GDPR 21);
- contract architecture: framework and application contracts (C. civ. 1111), promising another's act (porte-fort 1204,
  stipulation pour autrui 1205);
- language of contracts: a contract in English between companies is valid (loi 94-665).
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
    ("staff_rest_working_time_s26", r"(non|no)\b", ("L3131-1", "L3121-18", "L3121-20"),
     r"(11 heures|onze heures|11 consecutive hours|eleven consecutive hours)"),
    ("remote_lock_hindering_s26", r"(non|no)\b", ("323-2", "1219", "1405"), r"(mise en demeure|formal notice)"),
    ("public_framework_maximum_s26", r"(non|no)\b", ("C-23/20", "2022-1683"), r"(maximum)"),
    ("public_buyer_e_invoicing_s26", r"(non|no)\b", ("L2192-1",), r"chorus pro"),
    ("personal_guarantee_form_s26", r"(en principe non|as a rule, no)\b", ("2297", "2288", "2300"),
     r"(chiffres et en lettres|figures and in words)"),
    ("guarantee_kinds_s26", r"(elles n'ont pas|they do not)", ("2321", "2322", "2298"),
     r"(premiere demande|first demand)"),
    ("gdpr_rights_company_s26", r"(non|no)\b", ("20", "28(3)(g)", "4(1)"), r"(personnes physiques|natural persons)"),
    ("warrant_client_compliance_s26", r"(non, pas telle quelle|no, not as written)", ("5(2)", "24", "32"),
     r"(demontrer|demonstrate)"),
    ("auditor_choice_s26", r"(pas l'audit|not the audit)", ("28(3)(h)", "2021/915"),
     r"(independant|independent).*(secret|confidential)"),
    ("b2b_email_prospecting_s26", r"(oui|yes)\b", ("L34-5", "21(2)"), r"(metier|job|fonction|role)"),
    ("framework_application_contracts_s26", r"(le contrat-cadre|the framework agreement)", ("1111", "1164"),
     r"(modalites d'execution|how a given service is performed|terms of performance)"),
    ("promise_for_third_party_s26", r"(pas directement|not directly)", ("1199", "1204", "1205"),
     r"(porte-fort|dommages et interets|damages)"),
    ("mistake_at_signature_s26", r"(seulement|only)", ("1132", "1133", "1136"),
     r"(qualites essentielles|essential qualities)"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name,opening,articles,body", CARD_FACTS)
def test_each_new_card_opens_on_its_verdict_and_names_its_articles(cards, name, opening, articles, body, lang):
    assert_card_states(cards[f"card.{name}.{lang}"], opening, articles, body)


def test_the_language_card_says_valid_as_well_as_not_compulsory(cards):
    """'is a contract in English valid?' and 'must it be in French?' both get their answer from the opening sentence."""
    from evaluations.answer_scoring import fold  # noqa: PLC0415
    for lang, valid in (("fr", r"valable"), ("en", r"\bvalid\b")):
        verdict = fold(cards[f"card.contract_language_s19.{lang}"].verdict)
        assert verdict.startswith(("non", "no")), verdict
        assert __import__("re").search(valid, verdict.split(";")[0]), verdict


@pytest.mark.parametrize("question,held", [
    ("pendant la panne, le fournisseur a dit qu'il ne redemarrerait le serveur que si on signait la hausse", True),
    ("EN: the vendor would only unlock our accounts if we accepted the new three-year term", True),
    ("le prestataire a exigé qu'on accepte le devis complémentaire avant de rétablir la messagerie", True),
    ("on a signé l'avenant de prolongation avant de relancer le chantier, il est valable ?", False),
    ("EN: the client wants us to sign the acceptance report, is that normal?", False),
])
def test_a_service_held_back_until_signature_is_pressure(question, held):
    from assistant.chat.cards import PREMISE_TESTS  # noqa: PLC0415
    q = question[3:].strip() if question.startswith("EN:") else question
    assert PREMISE_TESTS["pressure_told"](q) is held


# -- index tier: the answers reach them -----------------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the first two sentences)
FIRE = [
    # -- labour law: rest and working time of the provider's staff -------------------------------------------------------
    ("la clinique veut que notre technicien reste jusqu'a 2h du matin pour la mise a jour du dossier patient et revienne a "
     "7h30. on peut l'imposer a notre salarie ?", "msp", "staff_rest_working_time_s26", r"l ?3131-1", r"non|repos|pas"),
    ("EN: a retail client asks our field engineer to do the overnight store migration and then the morning handover at 8. "
     "can we ask him to do both?", "msp", "staff_rest_working_time_s26", r"l ?3131-1", r"no\b|rest|not"),
    ("quel repos minimum entre deux journees pour un technicien d'infogerance qui intervient la nuit ?", "msp",
     "staff_rest_working_time_s26", r"l ?3131-1", r"11 heures|onze|repos|non"),
    ("EN: can our consultant placed at the client's site work 14-hour days during the go-live week?", "msp",
     "staff_rest_working_time_s26", r"l ?3121-18|l ?3131-1", r"no\b|not|rest"),
    # -- IT criminal law: a system hindered to force payment -----------------------------------------------------------------
    ("le developpeur de notre site e-commerce l'a mis hors ligne a distance en attendant qu'on paie sa derniere facture. "
     "il a le droit ?", "client", "remote_lock_hindering_s26", r"323-2", r"non|pas le droit|delit"),
    ("EN: our ERP vendor built a time bomb into the software that shuts it down if the annual fee is late. is that legal "
     "in France?", "client", "remote_lock_hindering_s26", r"323-2", r"no\b|offence|not"),
    ("on est editeur, un client ne paie plus, on peut desactiver le logiciel installe sur ses serveurs depuis chez nous ?",
     "msp", "remote_lock_hindering_s26", r"323-2", r"non|pas|risque"),
    # -- consent defects: signed while the service was held back ------------------------------------------------------------
    ("notre messagerie etait coupee depuis deux jours et le prestataire ne la retablissait que si on signait un contrat de 4 "
     "ans. on a signe. c'est annulable ?", "client", "economic_duress_s22", r"1143", r"peut-etre|oui|possible|nullite"),
    ("EN: during the outage the hosting company told us it would only restore our shop if we signed a 30% price rise. we "
     "signed. can we undo it?", "client", "economic_duress_s22", r"1143", r"possibly|yes|may|void"),
    # -- public procurement: framework maximum, e-invoicing ------------------------------------------------------------------
    ("EN: a French hospital trust publishes a call-off framework agreement for PC support with no maximum value. is that "
     "allowed?", "msp", "public_framework_maximum_s26", r"2022-1683|c-23/20", r"no\b|not|must"),
    ("le conseil departemental passe un accord-cadre a bons de commande sans plafond pour ses licences, c'est encore "
     "possible ?", "msp", "public_framework_maximum_s26", r"2022-1683|c-23/20", r"non|pas|doit"),
    ("on vient de gagner le marche de maintenance d'une universite, comment on lui envoie nos factures ?", "msp",
     "public_buyer_e_invoicing_s26", r"chorus|l ?2192-1", r"non|chorus|electronique"),
    ("EN: we invoice a French regional council for helpdesk services, is a PDF by email enough?", "msp",
     "public_buyer_e_invoicing_s26", r"chorus|l ?2192-1", r"no\b|chorus|electronic"),
    # -- guarantees ---------------------------------------------------------------------------------------------------------
    ("la directrice de notre client a signe 'bon pour caution' sous les conditions generales, sans rien ecrire d'autre. "
     "on peut lui reclamer les impayes ?", "msp", "personal_guarantee_form_s26", r"2297", r"en principe non|non|nul"),
    ("EN: the owner of a small client firm promised in a WhatsApp message to pay personally if his company doesn't. can "
     "we enforce that?", "msp", "personal_guarantee_form_s26", r"2297", r"no\b|as a rule|void"),
    ("garantie a premiere demande ou caution de la maison mere, laquelle est la plus solide pour nous prestataire ?",
     "msp", "guarantee_kinds_s26", r"2321", r"pas la meme|elles|la caution|garant"),
    ("EN: what is a comfort letter from a parent company actually worth compared with a bank guarantee?", "msp",
     "guarantee_kinds_s26", r"2322|2321", r"they|not|letter|guarant"),
    # -- GDPR rights claimed by a company ---------------------------------------------------------------------------------
    ("notre fournisseur de logiciel RH traine a nous rendre l'export, en tant que societe on peut exiger la portabilite "
     "de l'article 20 ?", "client", "gdpr_rights_company_s26", r"\b20\b", r"non|pas"),
    ("EN: as a company, can we use the GDPR right of access to make our former MSP tell us what it kept?", "client",
     "gdpr_rights_company_s26", r"\b15\b|\b20\b", r"no\b|not"),
    # -- accountability ---------------------------------------------------------------------------------------------------
    ("le client nous demande de garantir par contrat que son traitement de paie est conforme au RGPD, nous on ne fait "
     "que l'heberger. on signe ?", "msp", "warrant_client_compliance_s26", r"5\(2\)|\b24\b", r"mieux vaut|non|pas"),
    ("EN: who is legally responsible for GDPR compliance of the processing, the customer or the managed service "
     "provider?", "client", "warrant_client_compliance_s26", r"5\(2\)|\b24\b", r"controller|better|client|customer"),
    # -- the auditor mandated under the DPA -------------------------------------------------------------------------------
    ("le client veut faire faire l'audit RGPD prevu au DPA par un cabinet qui appartient a notre principal concurrent, on "
     "peut s'y opposer ?", "msp", "auditor_choice_s26", r"28\(3\)\(h\)|28\.3\.h", r"pas l'audit|vous pouvez|depend"),
    ("EN: can we insist that the customer's auditor signs an NDA and is independent before auditing us under the DPA?",
     "msp", "auditor_choice_s26", r"28\(3\)\(h\)", r"not the audit|you can|yes"),
    # -- marketing --------------------------------------------------------------------------------------------------------
    ("on voudrait envoyer une campagne mail sur notre offre de sauvegarde aux responsables info de cabinets comptables, "
     "sans leur accord prealable. ca passe ?", "msp", "b2b_email_prospecting_s26", r"l ?34-5", r"oui|en principe"),
    ("EN: can our sales team cold-email CFOs at prospect companies about our managed backup offer?", "msp",
     "b2b_email_prospecting_s26", r"l ?34-5|postal", r"yes|as a rule"),
    # -- contract architecture --------------------------------------------------------------------------------------------
    ("l'integrateur nous propose un contrat cadre plus des bons de commande par chantier, ca marche comment ?", "client",
     "framework_application_contracts_s26", r"1111", r"contrat-cadre|cadre"),
    ("EN: what's the difference between a master agreement and the statements of work signed under it?", "client",
     "framework_application_contracts_s26", r"1111", r"framework|master|the"),
    ("notre maison mere a signe le contrat de supervision en promettant que nos trois filiales l'appliqueraient, elles "
     "sont tenues ?", "client", "promise_for_third_party_s26", r"1199|1204", r"pas directement|non"),
    ("EN: a reseller signed our MSA and promised its end customer would accept our terms. the customer refuses. what can "
     "we do?", "msp", "promise_for_third_party_s26", r"1204", r"not directly|damages|porte"),
    # -- consent defects: a mistake about what was bought (added after the first measure, same family) ----------------------
    ("on a signe avec un hebergeur en croyant que le plan de reprise d'activite etait inclus, il ne l'est pas. on peut "
     "faire annuler ?", "client", "mistake_at_signature_s26", r"1132|1133", r"seulement|non|pas"),
    ("EN: we signed the support contract thinking it covered our two overseas offices, it only covers France. can we "
     "void it for mistake?", "client", "mistake_at_signature_s26", r"1132|1133", r"only|not|no\b|depend"),
    # -- language ----------------------------------------------------------------------------------------------------------
    ("EN: our hosting agreement with a Lyon-based provider is written only in English. does that make it invalid?",
     "client", "contract_language_s19", r"94-665|toubon", r"valid|no\b"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_each_class_reaches_its_card_and_opens_on_the_verdict(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


# near-misses: another card, or none, but not the new card
NEAR = [
    ("faut-il payer nos techniciens d'astreinte le week-end s'ils ne sont pas appeles ?", "msp",
     "staff_rest_working_time_s26"),
    ("EN: engineers of our partner in Japan would take our clients' overnight tickets by remote access, do we need SCCs?",
     "msp", "staff_rest_working_time_s26"),
    ("EN: how should we word the audit clause so the customer gives notice before each audit?", "msp",
     "auditor_choice_s26"),
    ("le prestataire peut-il suspendre le support si on ne paie pas ses factures ?", "client", "remote_lock_hindering_s26"),
    ("EN: can a French town award a small maintenance contract without a tender?", "msp", "public_framework_maximum_s26"),
    ("facturation electronique entre entreprises, qu'est-ce qui change en 2026 ?", "msp", "public_buyer_e_invoicing_s26"),
    ("EN: how do we return the personal data to the client at the end of the contract?", "msp",
     "gdpr_rights_company_s26"),
    ("le prestataire peut-il refuser un audit du client ?", "msp", "auditor_choice_s26"),
    ("EN: is our MSP a processor or a controller?", "client", "warrant_client_compliance_s26"),
    ("notre contrat peut-il etre redige en anglais avec une mairie ?", "msp", "contract_language_s19"),
    ("le commercial du presta nous a menti sur les certifications avant la signature, on peut annuler ?", "client",
     "mistake_at_signature_s26"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_get_another_card_or_none(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not _first(ans).startswith(f"card.{card}."), _ids(ans)
