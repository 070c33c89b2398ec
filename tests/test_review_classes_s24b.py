"""Twenty-fourth session, review classes (issue 13), second batch, written BEFORE the readers were changed (first run in
the commit message). Clauses and short documents in our own words, FR and EN, from a managed SOC/EDR service, an
application-maintenance (TMA) agreement whose client keeps its own hosting provider, order forms issued under master
terms with a DPA incorporated by reference, a managed backup service and a hosting offer. Four rules, firing cases and
near misses:

- free_subprocessors: any subcontractor "de son choix", with a long insertion between the verb and its object and under
  a heading that says nothing of data (fires); sub-processors that are the DPA's (listed in its annex, no change without
  the notice it organises), or the services subcontracted in a contract with no processor terms at all (quiet);
- data_loss_exclusion_with_backup: every loss of the client's data excluded by a provider that sells the backups, also
  in a hard-wrapped text export (fires); a maintenance provider that hosts nothing and whose data sentence is about the
  backups another provider of the client keeps, or a SOC whose contract puts the backups outside the services (quiet);
- no_reversibility: an exit clause that refuses any assistance "except under a separate order" (fires, wrapped or
  not); an exit provided at a price or left to the master terms by an order form (quiet);
- uncapped_penalties: a service credit with no ceiling (fires); an onboarding or goodwill credit that is a commercial
  gesture, credits capped in a schedule of the same document or in the other document of the set (quiet).

First run (debf008, before any reader change): see the commit message.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.report import review_text
from tests.review_docs import check_rule

# -- heads of documents ------------------------------------------------------------------------------------------------
SOC_FR = ("CONTRAT DE SERVICES DE DÉTECTION ET DE RÉPONSE MANAGÉS\n\nEntre la société Vigie Numérique, SAS immatriculée "
          "au RCS de Grenoble, ci-après « le Prestataire », et la société Coutellerie du Forez, SAS immatriculée au RCS "
          "de Saint-Étienne, ci-après « le Client ».\n\n"
          "Article 2 – Objet\nLe Prestataire surveille les postes et serveurs du Client par un agent EDR et collecte sur "
          "sa propre plateforme les journaux d'événements du Client, qui contiennent les identifiants et adresses IP des "
          "salariés du Client.\n\n"
          "Article 3 – Données personnelles\n3.1 Pour ces journaux, le Prestataire agit en qualité de sous-traitant au sens "
          "de l'article 28 du RGPD et ne les traite que sur instruction documentée du Client. 3.2 Le personnel du "
          "Prestataire est soumis à une obligation de confidentialité. 3.3 Le Prestataire met en œuvre les mesures de "
          "sécurité de l'annexe 2. 3.4 Le Prestataire aide le Client à répondre aux demandes des personnes concernées et "
          "à respecter ses obligations des articles 32 à 36 du RGPD. 3.5 À la fin du contrat, le Prestataire restitue ou "
          "supprime les journaux au choix du Client. 3.6 Le Client peut auditer le Prestataire une fois par an.\n\n")
SOC_EN = ("MANAGED DETECTION AND RESPONSE AGREEMENT\n\nThis Agreement is made between Watchpost Security Ltd, 4 Canal "
          "Street, Leeds (\"Provider\"), and Harbour Freight Ltd, 10 Quay Road, Hull (\"Customer\").\n\n"
          "2. Services\n2.1 Provider monitors the Customer's workstations and servers through an EDR agent and collects "
          "the Customer's event logs, which hold the user names and IP addresses of the Customer's staff, on its own "
          "platform.\n\n"
          "3. Personal data\n3.1 For those logs Provider acts as processor under Article 28 GDPR and processes them only "
          "on the Customer's documented instructions. 3.2 Provider binds its staff to confidentiality. 3.3 Provider "
          "applies the security measures of Schedule 2. 3.4 Provider assists the Customer with data subject requests and "
          "with its obligations under Articles 32 to 36 GDPR. 3.5 At the end of the Agreement Provider returns or "
          "deletes the logs at the Customer's choice. 3.6 The Customer may audit Provider once a year.\n\n")
TMA_EN = ("APPLICATION MAINTENANCE AGREEMENT\n\nThis Agreement is made between Codewright Services Ltd, 5 Mill Yard, "
          "Bristol (\"Supplier\"), and Westmoor Ferries Ltd, 2 Harbour Parade, Plymouth (\"Customer\").\n\n"
          "2. Scope\n2.1 The Supplier provides corrective and adaptive maintenance of the Customer's booking "
          "application. For that purpose its engineers hold administrator accounts on the Customer's production "
          "environment, with read and write access to the passenger database (names, dates of birth, contact "
          "details).\n\n")
TMA_FR = ("CONTRAT DE TIERCE MAINTENANCE APPLICATIVE\n\nEntre la société Atelier Logiciel du Rhône, SAS immatriculée au "
          "RCS de Lyon, ci-après « le Prestataire », et la société Transports Bréval, SAS immatriculée au RCS de "
          "Valence, ci-après « le Client ».\n\n"
          "Article 2 – Objet\nLe Prestataire assure la maintenance corrective et évolutive de l'application de gestion "
          "des chauffeurs du Client. Ses ingénieurs disposent à cette fin de comptes d'administration sur l'environnement "
          "de production du Client, avec accès en lecture et en écriture aux dossiers des chauffeurs (noms, adresses, "
          "numéros de permis), et traite ces données pour le compte du Client.\n\n")
ORDER_EN = ("ORDER FORM No. 2026-118\nManaged Backup Services\n\nIssued under the Master Services Terms of Copperline "
            "Data SAS, Lille (\"Provider\"), to Moulin Textiles SAS, Roubaix (\"Customer\").\n\n"
            "1. Contract documents\n1.1 This Order Form is governed by the Master Terms and by the Provider's Data "
            "Processing Addendum (the \"DPA\"), each of which forms part of this Order.\n\n"
            "2. Services ordered\n2.1 Daily backup of the Customer's Microsoft 365 mailboxes and of its two file "
            "servers, with a copy kept in a second data centre for thirty days, and a quarterly restore test.\n\n")
ORDER_FR = ("BON DE COMMANDE n° 2026-342\nSauvegarde managée\n\nÉmis en application des Conditions Générales de "
            "Services de la société Archipel Sauvegarde, SAS immatriculée au RCS de Rennes, ci-après « le Prestataire », "
            "au profit de la société Cidrerie Le Goff, SAS immatriculée au RCS de Quimper, ci-après « le Client ».\n\n"
            "Article 1 – Documents contractuels\nLe présent bon de commande est régi par les Conditions Générales et par "
            "l'accord de traitement des données du Prestataire (l'« Accord de traitement »), qui en font partie.\n\n"
            "Article 2 – Services commandés\nSauvegarde quotidienne des serveurs et de la messagerie du Client, copie "
            "conservée trente jours dans un second centre de données et test de restauration trimestriel.\n\n")
BACKUP_FR = ("CONDITIONS PARTICULIÈRES – SAUVEGARDE EXTERNALISÉE\n\nEntre la société Coffre Numérique, SAS immatriculée au "
             "RCS de Nancy, ci-après « le Prestataire », et la société Fromagerie des Vosges, SAS immatriculée au RCS "
             "d'Épinal, ci-après « le Client ».\n\n"
             "Article 2 – Services\nLe Prestataire sauvegarde chaque nuit les serveurs du Client dans son centre de "
             "données et conserve les sauvegardes trente jours.\n\n")
HOSTING_EN = ("MANAGED HOSTING TERMS\n\nThese terms are made between Stackfield Hosting Ltd, 7 Dock Lane, Cardiff "
              "(\"Provider\"), and the business customer named in the order (\"Customer\").\n\n"
              "2. Services\n2.1 Provider hosts the Customer's web applications and their databases, which hold the "
              "personal data of the Customer's clients, on its own servers, and takes a snapshot backup every night.\n\n")


def doc(head: str, heading: str, *sentences: str) -> str:
    return head + f"{heading}\n" + " ".join(sentences) + "\n"


# -- sub-processors ---------------------------------------------------------------------------------------------------
SUBPROCESSORS: list[tuple[str, str, bool, str]] = [
    # any subcontractor of its choice, the verb far from its object, under a heading that says nothing of data
    ("fr-soc-recourir-insertion-tout-sous-traitant-de-son-choix", "free_subprocessors", True,
     doc(SOC_FR, "Article 5 – Organisation et personnel", "5.2 Le Prestataire peut librement recourir, pour tout ou "
         "partie des Services, et en particulier pour l'analyse des alertes et l'hébergement de la plateforme, à tout "
         "sous-traitant de son choix, y compris établi hors de l'Union européenne, sans en informer le Client.")),
    ("en-soc-engage-insertion-any-subcontractor-of-its-choice", "free_subprocessors", True,
     doc(SOC_EN, "5. Organisation and staff", "5.2 Provider may engage, for all or part of the Services and in "
         "particular for alert triage and for hosting the platform, any subcontractor of its choice, including outside "
         "the European Union, without informing the Customer.")),
    ("en-hosting-appoint-insertion-any-subcontractor-it-sees-fit", "free_subprocessors", True,
     doc(HOSTING_EN, "8. Operations", "8.3 Provider may appoint, for the operation of its data centres and for the "
         "storage of backups, such subcontractors as it sees fit, wherever located, without notice to the Customer.")),
    ("fr-soc-confier-hebergement-plateforme-a-tout-tiers", "free_subprocessors", True,
     doc(SOC_FR, "Article 5 – Organisation et personnel", "5.2 Le Prestataire peut confier l'hébergement de la "
         "plateforme et l'analyse des journaux à tout sous-traitant qu'il choisit, sans accord préalable du Client.")),
    # near misses: sub-processors that are the DPA's, named by the order form under it
    ("en-order-subprocessors-as-listed-in-dpa-no-change-without-notice", "free_subprocessors", False,
     doc(ORDER_EN, "3. Data location", "Backup data location: Provider's data centres in Lille and Roubaix (France). "
         "Sub-processors: as listed in Annex 3 of the DPA; no change without prior notice to the Customer as provided in "
         "the DPA.")),
    ("fr-order-sous-traitants-annexe-accord-information-prealable", "free_subprocessors", False,
     doc(ORDER_FR, "Article 3 – Localisation", "Lieu des sauvegardes : centres de données de Rennes et de Nantes. "
         "Sous-traitants ultérieurs : ceux listés à l'annexe 3 de l'Accord de traitement ; aucun changement sans "
         "information préalable du Client, selon les modalités de cet accord.")),
    ("en-soc-listed-notice-objection-after-insertion", "free_subprocessors", False,
     doc(SOC_EN, "5. Organisation and staff", "5.2 Provider may engage, for hosting the platform, the sub-processors "
         "listed in Schedule 4; it informs the Customer thirty days before any change and the Customer may object on "
         "reasonable grounds.")),
    ("fr-soc-recourir-insertion-avec-accord-ecrit", "free_subprocessors", False,
     doc(SOC_FR, "Article 5 – Organisation et personnel", "5.2 Le Prestataire peut recourir, pour l'hébergement de la "
         "plateforme, à un sous-traitant ultérieur, avec l'autorisation écrite préalable du Client.")),
    # near misses: the services subcontracted, nothing on data, in a contract with no processor terms at all (the
    # missing terms are personal_data_without_dpa's finding)
    ("en-tma-may-use-subcontractors-remains-responsible-no-terms", "free_subprocessors", False,
     doc(TMA_EN, "13. Staff", "13.2 The Supplier may use subcontractors for the Services and remains responsible for "
         "their performance.")),
    ("en-tma-may-use-subcontractors-no-terms-is-missing-terms", "personal_data_without_dpa", True,
     doc(TMA_EN, "13. Staff", "13.2 The Supplier may use subcontractors for the Services and remains responsible for "
         "their performance.")),
    ("fr-tma-recourir-sous-traitants-demeure-responsable-sans-clause", "free_subprocessors", False,
     doc(TMA_FR, "Article 13 – Personnel", "Le Prestataire peut recourir à des sous-traitants pour l'exécution des "
         "prestations et demeure responsable de leur travail.")),
]

# -- data-loss exclusions ----------------------------------------------------------------------------------------------
DATA_LOSS: list[tuple[str, str, bool, str]] = [
    # the backup provider excludes every loss of the data it backs up, in a hard-wrapped export and on one line
    ("en-order-any-loss-deletion-corruption-wrapped", "data_loss_exclusion_with_backup", True,
     doc(ORDER_EN, "7. Special terms", "7.2 Data. The Provider shall not be liable for any loss, deletion or corruption"
         "\n    of Customer data, whatever its cause, the Customer being responsible for\n    verifying that its data can "
         "be restored.")),
    ("en-order-any-loss-deletion-corruption-one-line", "data_loss_exclusion_with_backup", True,
     doc(ORDER_EN, "7. Special terms", "7.2 Data. The Provider shall not be liable for any loss, deletion or corruption "
         "of Customer data, whatever its cause.")),
    ("fr-sauvegarde-perte-effacement-alteration-wrapped", "data_loss_exclusion_with_backup", True,
     doc(BACKUP_FR, "Article 9 – Responsabilité", "Le Prestataire ne saurait être tenu responsable de la perte, de "
         "l'effacement ou de l'altération\n   des données du Client, quelle qu'en soit la cause.")),
    ("en-hosting-not-liable-any-loss-of-data-backups-included", "data_loss_exclusion_with_backup", True,
     doc(HOSTING_EN, "11. Liability", "11.3 Provider shall not be liable for any loss of Customer data, including loss "
         "of\n      the snapshot backups.")),
    # near misses: a maintenance provider that hosts nothing; its data sentence is about another provider's backups
    ("en-tma-hosting-backup-outside-scope-other-provider", "data_loss_exclusion_with_backup", False,
     doc(TMA_EN, "2A. Hosting", "2.2 Hosting, backup and operation of the production environment are outside the "
         "scope of this Agreement and remain with the Customer's hosting provider. The Supplier shall not be liable for "
         "any loss of data stored in the production environment, backups of that environment being the responsibility "
         "of the Customer's hosting provider.")),
    ("fr-tma-hebergement-sauvegarde-hors-perimetre-hebergeur-du-client", "data_loss_exclusion_with_backup", False,
     doc(TMA_FR, "Article 3 – Hébergement", "L'hébergement, la sauvegarde et l'exploitation de l'environnement de "
         "production sont hors du périmètre du contrat et relèvent de l'hébergeur du Client. Le Prestataire n'est pas "
         "responsable des pertes de données de cet environnement, dont les sauvegardes incombent à l'hébergeur du "
         "Client.")),
    ("fr-soc-sauvegarde-exclue-des-services-autre-prestataire", "data_loss_exclusion_with_backup", False,
     doc(SOC_FR, "Article 13 – Responsabilité", "13.3 La sauvegarde des données du Client est exclue des Services et "
         "assurée par un autre prestataire du Client ; le Prestataire n'est donc pas responsable de la perte de données "
         "du Client.")),
    ("en-soc-backups-not-part-of-services-other-provider", "data_loss_exclusion_with_backup", False,
     doc(SOC_EN, "13. Liability", "13.3 Backups of the Customer's systems are not part of the Services and are kept by "
         "the Customer's other IT provider. Provider shall not be liable for any loss of Customer data.")),
]

# -- exit refused or provided ------------------------------------------------------------------------------------------
EXIT: list[tuple[str, str, bool, str]] = [
    ("en-tma-no-obligation-transition-except-separate-order-wrapped", "no_reversibility", True,
     doc(TMA_EN, "12. Term and termination", "12.4 Upon expiry or termination, the Supplier shall have no obligation to"
         "\n     provide any transition assistance, knowledge transfer or handover of\n     documentation, runbooks or "
         "access credentials to the Customer or to any\n     successor provider, except under a separate order at the "
         "Daily Rates.")),
    ("en-tma-no-obligation-transition-except-separate-order-one-line", "no_reversibility", True,
     doc(TMA_EN, "12. Term and termination", "12.4 Upon expiry or termination, the Supplier shall have no obligation to "
         "provide any transition assistance or knowledge transfer to the Customer or to a successor provider, except "
         "under a separate order at the Daily Rates.")),
    ("fr-tma-pas-tenu-reversibilite-sauf-commande-distincte", "no_reversibility", True,
     doc(TMA_FR, "Article 12 – Fin du contrat", "À l'expiration du contrat, le Prestataire n'est pas tenu de fournir une "
         "assistance à la réversibilité ni un transfert de compétences, sauf nouvelle commande au tarif journalier.")),
    ("en-hosting-not-required-exit-unless-new-order", "no_reversibility", True,
     doc(HOSTING_EN, "14. End of the terms", "14.2 On termination Provider is not required to provide any exit "
         "assistance unless the Customer places a new order for it and Provider accepts it.")),
    # near misses: the exit organised at a price, or left to the master terms by an order form
    ("en-hosting-exit-not-in-fee-charged-daily-rates", "no_reversibility", False,
     doc(HOSTING_EN, "14. Exit", "14.2 Exit assistance is not included in the monthly fee; Provider shall provide it on "
         "request for up to three months and it will be charged at the daily rates of the price schedule.")),
    ("fr-tma-reversibilite-facturee-tarif-journalier", "no_reversibility", False,
     doc(TMA_FR, "Article 12 – Réversibilité", "La réversibilité n'est pas comprise dans la redevance ; le Prestataire "
         "l'assure à la demande du Client pendant trois mois et la facture au tarif journalier.")),
    ("en-tma-transition-three-months-at-daily-rates", "no_reversibility", False,
     doc(TMA_EN, "12. Exit", "12.4 Upon expiry or termination, the Supplier shall provide transition assistance and "
         "knowledge transfer to the Customer or its successor provider for up to three months, at the Daily Rates.")),
    ("en-order-exit-left-to-master-terms-and-dpa", "no_reversibility", False,
     doc(ORDER_EN, "4. Term", "4.1 The Order runs for thirty-six months. 4.2 The exit and data return arrangements are "
         "those of Article 19 of the Master Terms and Article 11 of the DPA.")),
]

# -- penalties and credits ---------------------------------------------------------------------------------------------
CREDITS: list[tuple[str, str, bool, str]] = [
    ("en-soc-credit-per-hour-no-ceiling", "uncapped_penalties", True,
     doc(SOC_EN, "7. Service credits", "7.1 For each hour by which a critical alert is escalated late, the Customer "
         "receives a service credit of 5% of the monthly fee.")),
    ("fr-sauvegarde-avoir-par-jour-sans-plafond", "uncapped_penalties", True,
     doc(BACKUP_FR, "Article 7 – Pénalités", "Chaque jour sans sauvegarde réussie donne lieu à une pénalité de 10 % de la "
         "redevance mensuelle, sans plafond.")),
    # near misses: a credit that is a commercial gesture, not a service credit
    ("en-order-onboarding-credit-commercial-gesture", "uncapped_penalties", False,
     doc(ORDER_EN, "7. Special terms", "7.10 Credit. The onboarding credit in line 9 is a one-off commercial gesture "
         "deducted from the first invoice; it is not a service credit and does not affect the remedies available under "
         "the Service Description.")),
    ("en-hosting-goodwill-credit-first-invoice", "uncapped_penalties", False,
     doc(HOSTING_EN, "6. Price", "6.4 A goodwill credit of EUR 200 is applied to the Customer's first invoice in "
         "consideration of the migration of its sites.")),
    ("fr-order-avoir-de-bienvenue-geste-commercial", "uncapped_penalties", False,
     doc(ORDER_FR, "Article 7 – Conditions particulières", "7.4 Avoir de bienvenue. Un avoir de 300 euros HT, consenti à "
         "titre de geste commercial, est imputé sur la première facture ; il ne constitue pas une pénalité.")),
    # near misses: the credits capped in a schedule of the same document
    ("en-tma-credits-capped-in-schedule", "uncapped_penalties", False,
     TMA_EN + "4. Service levels\n4.2 Where a service level is missed, the Supplier shall credit the Customer 3% of the "
     "monthly fee for each commenced day of delay.\n\nSCHEDULE B - SERVICE LEVELS\nThe total Service Credits in any month "
     "shall not exceed 15% of the monthly fee.\n"),
]

# -- written after the first measurement (an English subcontracting clause is now read for sub-processors, as a French
# one was): the obligations subcontracted freely, the clause sending any subcontracting of personal data to the processor
# terms - the sub-processors are those terms', the subcontracting stays free_subcontracting_assignment's -----------------
POINTED: list[tuple[str, str, bool, str]] = [
    ("en-soc-subcontract-freely-personal-data-subject-to-schedule", "free_subprocessors", False,
     doc(SOC_EN, "13. Subcontracting and assignment", "13.1 Provider may subcontract any or all of its obligations to any "
         "person without the Customer's consent. Any subcontracting that involves personal data is subject to section 3 "
         "and Schedule 2.")),
    ("en-soc-subcontract-freely-is-still-free-subcontracting", "free_subcontracting_assignment", True,
     doc(SOC_EN, "13. Subcontracting and assignment", "13.1 Provider may subcontract any or all of its obligations to any "
         "person without the Customer's consent. Any subcontracting that involves personal data is subject to section 3 "
         "and Schedule 2.")),
    ("fr-soc-sous-traiter-librement-donnees-soumises-article-3", "free_subprocessors", False,
     doc(SOC_FR, "Article 13 – Sous-traitance et cession", "13.1 Le Prestataire peut sous-traiter tout ou partie de ses "
         "obligations sans l'accord du Client. Toute sous-traitance impliquant des données personnelles est soumise à "
         "l'article 3 et à l'annexe 2.")),
]

CASES = SUBPROCESSORS + DATA_LOSS + EXIT + CREDITS + POINTED


@pytest.mark.parametrize("name,rule,fires,text", CASES, ids=[c[0] for c in CASES])
def test_class(name: str, rule: str, fires: bool, text: str) -> None:
    check_rule(rule, fires, text)


def test_maintenance_provider_backups_left_to_client_host() -> None:
    """The backups named only as another provider's are no backup service of this one."""
    rep = review_text(doc(TMA_EN, "2A. Hosting", "2.2 Hosting, backup and operation of the production environment are "
                          "outside the scope of this Agreement and remain with the Customer's hosting provider."))
    backups = [f for c in rep.clauses for f in c.facts if f["kind"] == "backups"]
    assert backups and not any(f["provided"] for f in backups), backups


def test_exit_refused_except_new_order_is_not_provided() -> None:
    rep = review_text(doc(TMA_EN, "12. Term and termination", "12.4 Upon expiry or termination, the Supplier shall have "
                          "no obligation to provide any transition assistance, except under a separate order at the "
                          "Daily Rates."))
    rev = [f for c in rep.clauses for f in c.facts if f["kind"] == "reversibility"]
    assert rev and not any(f["provided"] for f in rev), rev


def test_credits_capped_in_the_other_document_of_the_set() -> None:
    """An order form's credits, capped by the service description reviewed with it: no uncapped penalties."""
    from assistant.legal.review.docset import review_set
    from assistant.legal.review.documents import ParsedDocument

    order = doc(ORDER_EN, "5. Service credits", "5.1 Each day without a successful backup gives the Customer a service "
                "credit of 5% of the monthly fee of the line concerned.")
    description = ("SERVICE DESCRIPTION - MANAGED BACKUP\n\nThis Service Description forms part of each Order Form "
                   "issued by Copperline Data SAS (\"Provider\") to the Customer.\n\n5. Service credits\n5.4 The total "
                   "service credits in any month shall not exceed 20% of the monthly fee of the Order Form.\n")
    reports = review_set([ParsedDocument(name="order.txt", text=order, pages=1, format="txt"),
                          ParsedDocument(name="description.txt", text=description, pages=1, format="txt")],
                         retriever=None, role="client")
    flagged = {r.document: {f.rule for f in r.flags} for r in reports.documents}
    assert not any("uncapped_penalties" in rules for rules in flagged.values()), flagged
