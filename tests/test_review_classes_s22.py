"""Twenty-second session, review classes (issue 13), written BEFORE the readers were changed (first run in the commit
message). Clauses and short documents in our own words, FR and EN, in several kinds of document (order forms / bons de
commande with the parties in a table, a managed network agreement, a host's general terms, an SLA schedule alone, a DPA
alone, a main agreement pointing to a schedule not supplied), firing cases and near misses, for the classes behind the
blind21 errors and issue 13's classes 1, 2, 4 and 5:

- parties named in the table of an order form ("| Raison sociale | Orme Services SAS | ... |" under the columns
  "Prestataire" / "Client"): the company's name then acts for that side in the clauses ("Orme décline toute
  responsabilité…" is the provider's exclusion);
- an adverb of manner is no negation of what follows it: "règle sans délai la totalité des redevances restant dues",
  "pays without delay all the charges remaining" still makes the remaining fees due ("sans aucune pénalité" still
  denies the penalty);
- sub-processors brought in under any heading (here "Sécurité") by an ordinary wording: "faire appel à tout prestataire
  de son choix, y compris lorsqu'il accède aux Contenus", "use any vendor it selects, including vendors with access to
  Customer Content";
- a defined "Security Incident" (a network event) told within an hour does not answer the personal data breach told ten
  business days after an internal investigation: the notice of the personal data breach is the one Art. 33 looks at;
- an SLA schedule reviewed alone does not fall under Art. 28 because its preamble names the master agreement;
- "applique les mesures de l'article 32 du RGPD décrites en annexe" is the 28(3)(c) term; a records clause citing
  article 32 is not;
- a main agreement that leaves a subject to a schedule or annex not supplied is not flagged for that subject's absence
  (no "no SLA measurement"), and the report says it depends on the part not supplied;
- issue 13: negation and limits, several senses of a word, ordinary wording variants, facts across clauses.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.report import review_text
from assistant.legal.review.facts.reading import negated
from assistant.text import fold
from tests.review_docs import check_rule

# -- documents of several kinds --------------------------------------------------------------------------------------
ORDER_FR = ("# BON DE COMMANDE N° 2026-118\n\n"
            "| | Prestataire | Client |\n|---|---|---|\n"
            "| Raison sociale | Orme Services SAS | Tilleul Bois SARL |\n"
            "| Siège | 3 rue des Halles, 60200 Compiègne | 14 route de Paris, 02100 Saint-Quentin |\n\n"
            "## 1. Documents\n\nLe présent bon est régi par les conditions générales de services d'Orme Services.\n\n"
            "## 2. Prestations\n\n| Réf. | Désignation | Prix mensuel HT |\n|---|---|---|\n"
            "| INF-SRV | Infogérance des deux serveurs du Client (supervision, correctifs) | 300,00 € |\n"
            "| SAV-J | Sauvegarde externalisée quotidienne des serveurs, rétention 30 jours | 110,00 € |\n\n")
ORDER_EN = ("# ORDER FORM OF-5521\n\n"
            "| | Provider | Customer |\n|---|---|---|\n"
            "| Company name | Hazelby IT Ltd | Rowanfield Legal LLP |\n"
            "| Address | 4 Mill Street, Leeds | 9 Quay Road, Hull |\n\n"
            "## 1. Terms\n\nThis Order Form is governed by Hazelby's Managed Services Terms.\n\n"
            "## 2. Services\n\n| Ref | Service | Monthly fee |\n|---|---|---|\n"
            "| MS-SRV | Management of the Customer's file server | GBP 350 |\n"
            "| BK-D | Daily off-site backup of the file server, 30-day retention | GBP 120 |\n\n")
HOST_FR = ("CONDITIONS GÉNÉRALES D'HÉBERGEMENT\n\nLes présentes conditions sont conclues entre la société Cormier "
           "Datacenter, SAS immatriculée au RCS d'Amiens, ci-après « l'Hébergeur », et le client souscripteur, ci-après "
           "« le Client ».\n\n"
           "Article 2 – Services\nL'Hébergeur met à disposition du Client des serveurs dédiés sur lesquels le Client "
           "installe ses applications et ses données (les « Contenus »), dont les fichiers de ses salariés et de ses "
           "clients, et les sauvegarde chaque nuit.\n\n"
           "Article 11 – Données personnelles\nPour les données personnelles des Contenus, l'Hébergeur agit en qualité "
           "de sous-traitant et ne les traite que sur instruction documentée du Client.\n\n")
HOST_EN = ("HOSTING TERMS\n\nThese terms are made between Sorrel Hosting Ltd, a company registered in England "
           "(\"Provider\"), and the customer named in the order (\"Customer\").\n\n"
           "2. Services\nProvider supplies dedicated servers on which the Customer runs its applications and data "
           "(\"Customer Content\"), including records of its staff and clients, and backs them up every night.\n\n"
           "11. Personal data\nFor personal data in the Customer Content, Provider acts as processor and processes it "
           "only on the Customer's documented instructions.\n\n")
NETWORK_EN = ("MANAGED NETWORK SERVICES AGREEMENT\n\nThis Agreement is made between Brackwater Networks SARL, registered "
              "in Rennes (\"Brackwater\"), and Oakhill Clinics SAS, registered in Tours (the \"Customer\").\n\n"
              "1. DEFINITIONS\n1.1 \"Security Incident\" means any intrusion attempt, malware activity or denial of "
              "service detected on the managed network, whether or not personal data is affected.\n"
              "1.2 \"Personal Data Breach\" has the meaning of Article 4(12) GDPR.\n\n"
              "2. SERVICES\n2.1 Brackwater operates the routers, firewalls and Wi-Fi of the Customer's clinics and runs "
              "the patients' guest Wi-Fi portal, which records names, e-mail addresses and device identifiers on behalf "
              "of the Customer.\n\n"
              "6. SECURITY\n6.2 Brackwater shall inform the Customer of any high-severity Security Incident within one "
              "hour of its detection.\n\n")
NETWORK_FR = ("CONTRAT DE SERVICES RÉSEAU MANAGÉS\n\nEntre la société Pontlevé Réseaux, SAS immatriculée au RCS de "
              "Rennes, ci-après « le Prestataire », et la société Cliniques du Cher, SAS immatriculée au RCS de Tours, "
              "ci-après « le Client ».\n\n"
              "Article 2 – Services\nLe Prestataire exploite les routeurs, pare-feu et bornes Wi-Fi des cliniques et le "
              "portail Wi-Fi invités, qui enregistre pour le compte du Client les noms, adresses électroniques et "
              "identifiants des appareils des patients.\n\n")
SLA_EN = ("SCHEDULE 3 - SERVICE LEVELS\n\nThis Schedule forms part of the Managed Services Agreement between Maple "
          "Systems Ltd (\"Supplier\") and Juniper Foods Ltd (\"Customer\") under which Supplier hosts and administers "
          "the Customer's ERP.\n\n"
          "1. Availability\n1.1 Supplier shall keep the hosted ERP available 99.8% of each month, measured by an "
          "external probe whose readings the Customer can consult.\n\n"
          "2. Service credits\n2.1 Each 0.1% below the target gives a credit of 2% of the monthly fee, up to 15% of "
          "that fee.\n")
SLA_FR = ("ANNEXE 3 – NIVEAUX DE SERVICE\n\nLa présente annexe fait partie du contrat d'infogérance conclu entre la "
          "société Érable Systèmes, ci-après « le Prestataire », et la société Genévrier Distribution, ci-après « le "
          "Client », par lequel le Prestataire héberge et administre l'ERP du Client.\n\n"
          "Article 1 – Disponibilité\nLe Prestataire garantit une disponibilité mensuelle de 99,8 % de l'ERP, mesurée "
          "par une sonde externe dont le Client consulte les relevés.\n\n"
          "Article 2 – Pénalités\nChaque tranche de 0,1 % sous l'objectif donne lieu à une pénalité de 2 % de la "
          "redevance mensuelle, dans la limite de 15 % de celle-ci.\n")
DPA_FR = ("ACCORD DE TRAITEMENT DES DONNÉES\n\nLe présent accord complète le contrat de maintenance conclu entre la "
          "société Aulne Maintenance, ci-après « le Sous-traitant », et la société Bouleau Conseil, ci-après « le "
          "Responsable de traitement ».\n\n"
          "Article 1 – Objet\nLe Sous-traitant administre les serveurs du Responsable de traitement, qui contiennent les "
          "dossiers de ses clients, et ne traite ces données que sur ses instructions documentées.\n\n")
DPA_EN = ("DATA PROCESSING TERMS\n\nThese terms supplement the maintenance agreement between Alder Maintenance Ltd "
          "(\"Processor\") and Birch Advisory Ltd (\"Controller\").\n\n"
          "1. Subject\n1.1 Processor administers the Controller's servers, which hold its clients' files, and processes "
          "that data only on the Controller's documented instructions.\n\n")
MSA_EN = ("MANAGED SERVICES AGREEMENT\n\nThis Agreement is made between Cedarline Ops Ltd, 4 Mill Road, Leeds "
          "(\"Supplier\"), and Poplar Retail plc, 7 Bank Street, York (\"Customer\").\n\n"
          "1. Services\nSupplier operates and monitors the Customer's servers in its own data centre and backs them up "
          "every night.\n\n"
          "2. Fees\nThe Customer pays a monthly fee of EUR 6,000.\n\n")
MSA_FR = ("CONTRAT D'INFOGÉRANCE\n\nEntre la société Noyer Informatique, SAS immatriculée au RCS de Dijon, ci-après « le "
          "Prestataire », et la société Charme Textile, SAS immatriculée au RCS de Troyes, ci-après « le Client ».\n\n"
          "Article 1 – Objet\nLe Prestataire exploite et supervise les serveurs du Client dans son centre de données et "
          "les sauvegarde chaque nuit.\n\n"
          "Article 2 – Prix\nLe Client verse une redevance mensuelle de 5 400 € HT.\n\n")


def doc(head: str, heading: str, *sentences: str) -> str:
    return head + f"{heading}\n" + " ".join(sentences) + "\n"


# -- 1. parties named in an order form's table; the exclusion of the side named by its company name ----------------
TABLE_PARTIES: list[tuple[str, str, bool, str]] = [
    ("fr-bon-tableau-exclusion-perte-donnees", "data_loss_exclusion_with_backup", True,
     doc(ORDER_FR, "## 6. Conditions particulières\n\n**6.5 Données.**", "Le Client reste seul responsable de ses "
         "données : Orme décline toute responsabilité en cas de perte ou de destruction de données, quelle qu'en soit "
         "la cause.")),
    ("en-order-table-data-loss-disclaimer", "data_loss_exclusion_with_backup", True,
     doc(ORDER_EN, "## 6. Special terms\n\n**6.4 Data.**", "Hazelby shall not be liable for any loss or corruption of "
         "data, however caused.")),
    # near misses: the data outside the backup sold, or the client's own exclusion
    ("fr-bon-tableau-donnees-hors-sauvegarde", "data_loss_exclusion_with_backup", False,
     doc(ORDER_FR, "## 6. Conditions particulières\n\n**6.5 Données.**", "Orme décline toute responsabilité en cas de "
         "perte de données conservées sur les postes de travail, hors du périmètre de la sauvegarde.")),
    ("en-order-table-customer-disclaims", "data_loss_exclusion_with_backup", False,
     doc(ORDER_EN, "## 6. Special terms\n\n**6.4 Data.**", "Rowanfield shall not be liable to Hazelby for any loss of "
         "data that Hazelby stores on its own systems for its internal accounting.")),
]

# -- 2. an adverb of manner ("sans délai", "without delay") is no negation of the fees that follow ----------------
NO_DELAY: list[tuple[str, str, bool, str]] = [
    ("fr-bon-resiliation-regle-sans-delai-totalite", "early_termination_all_fees", True,
     doc(ORDER_FR, "## 6. Conditions particulières\n\n**6.2 Remise de fidélité.**", "En cas de résiliation avant le "
         "terme de la période en cours, pour quelque cause que ce soit, le Client règle sans délai la totalité des "
         "redevances mensuelles restant dues jusqu'à ce terme.")),
    ("en-order-pays-without-delay-all-remaining", "early_termination_all_fees", True,
     doc(ORDER_EN, "## 6. Special terms\n\n**6.2 Commitment.**", "If this Order Form ends before the end of its term "
         "for any reason, the Customer shall pay without delay all the monthly fees remaining until the end of the "
         "term.")),
    ("fr-resiliation-verse-sans-retard-solde", "early_termination_all_fees", True,
     doc(MSA_FR, "Article 12 – Résiliation anticipée", "Toute résiliation anticipée oblige le Client à verser sans "
         "retard l'intégralité des redevances restant à courir jusqu'à l'échéance.")),
    # near misses: no fee for the rest of the term
    ("fr-aucune-redevance-restant-a-courir", "early_termination_all_fees", False,
     doc(MSA_FR, "Article 12 – Résiliation anticipée", "En cas de résiliation anticipée, le Client règle sans délai les "
         "redevances échues à la date de résiliation, sans aucune des redevances restant à courir jusqu'au terme.")),
    ("en-no-remaining-charges", "early_termination_all_fees", False,
     doc(MSA_EN, "12. Early termination", "On early termination the Customer pays without delay the fees accrued up to "
         "the termination date; no fees remaining until the end of the term shall be due.")),
]

# -- 3. sub-processors brought in by ordinary words, under a security heading --------------------------------------
FREE_SUBPROCESSORS: list[tuple[str, str, bool, str]] = [
    ("fr-securite-tout-prestataire-de-son-choix-contenus", "free_subprocessors", True,
     doc(HOST_FR, "Article 9 – Sécurité", "9.3 Pour assurer ses services, l'Hébergeur peut faire appel à tout "
         "prestataire de son choix, y compris lorsque ce prestataire accède aux Contenus, sans information préalable "
         "du Client.")),
    ("en-security-any-vendor-it-selects-content", "free_subprocessors", True,
     doc(HOST_EN, "5.0 Security", "5.3 Provider may use any vendor it selects, including vendors with access to "
         "Customer Content, without notifying the Customer.")),
    ("fr-securite-entreprises-exterieures-consultent-donnees", "free_subprocessors", True,
     doc(HOST_FR, "Article 9 – Sécurité", "L'Hébergeur peut recourir librement à des entreprises extérieures, "
         "lesquelles peuvent consulter les données du Client pour la maintenance des serveurs.")),
    # near misses: no access to the data, or notice with a right to object
    ("fr-securite-prestataire-climatisation-sans-acces", "free_subprocessors", False,
     doc(HOST_FR, "Article 9 – Sécurité", "9.3 L'Hébergeur peut faire appel à tout prestataire de son choix pour "
         "l'entretien de la climatisation et des onduleurs de ses salles.")),
    ("en-security-vendors-with-notice-and-objection", "free_subprocessors", False,
     doc(HOST_EN, "5.0 Security", "5.3 Provider may use vendors with access to Customer Content after informing the "
         "Customer thirty days in advance; the Customer may object to any new vendor and, failing agreement, terminate "
         "without charge.")),
]

# -- 4. a network "Security Incident" told at once does not answer the personal data breach told late ------------
BREACH: list[tuple[str, str, bool, str]] = [
    ("en-network-incident-1h-breach-10-business-days", "breach_notification_late", True,
     doc(NETWORK_EN, "7. DATA PROTECTION", "7.4 Brackwater shall notify the Customer of a Personal Data Breach within "
         "ten (10) Business Days after completing its internal investigation of the event.")),
    ("fr-incident-reseau-1h-violation-10-jours", "breach_notification_late", True,
     doc(NETWORK_FR, "Article 6 – Sécurité et données", "Le Prestataire signale au Client tout incident de sécurité "
         "réseau dans l'heure de sa détection. Il notifie au Client toute violation de données personnelles dans un "
         "délai de dix jours ouvrés.")),
    # near misses: both told quickly; a breach told within 24 hours
    ("en-network-incident-1h-breach-24h", "breach_notification_late", False,
     doc(NETWORK_EN, "7. DATA PROTECTION", "7.4 Brackwater shall notify the Customer of a Personal Data Breach without "
         "undue delay and at the latest within 24 hours of becoming aware of it.")),
    ("fr-incident-reseau-1h-violation-24h", "breach_notification_late", False,
     doc(NETWORK_FR, "Article 6 – Sécurité et données", "Le Prestataire signale au Client tout incident de sécurité "
         "réseau dans l'heure de sa détection. Il notifie au Client toute violation de données personnelles dans les "
         "24 heures après en avoir pris connaissance.")),
]

# -- 5. issue 13 classes 1, 2, 4, 5 -------------------------------------------------------------------------------
OTHERS: list[tuple[str, str, bool, str]] = [
    # negation and limits
    ("fr-resilier-sans-penalite", "uncapped_penalties", False,
     doc(MSA_FR, "Article 9 – Résiliation", "Si la disponibilité reste sous 99 % trois mois de suite, le Client pourra "
         "résilier le contrat sans pénalité.")),
    ("en-credits-not-cumulative-beyond-total", "uncapped_penalties", False,
     doc(MSA_EN, "4. Service credits", "A credit of 3% of the monthly fee applies per hour of downtime; credits are not "
         "cumulative beyond a total of 20% of the monthly fee.")),
    # several senses of a word
    ("fr-journal-d-audit-pas-un-audit", "audit_restricted", False,
     doc(HOST_FR, "Article 12 – Traçabilité", "Les journaux d'audit (« audit trail ») des accès administrateurs sont "
         "conservés un an et communiqués au Client sur demande. Le Client peut faire auditer une fois par an, y compris "
         "sur site, le respect des présentes par un auditeur indépendant.")),
    ("en-credit-limit-is-no-price-change", "unilateral_price_change", False,
     doc(MSA_EN, "3. Credit terms", "Supplier may set a credit limit for the Customer's account and require a deposit "
         "for orders above it.")),
    # ordinary wording variants
    ("en-transfer-and-assign-without-consent", "free_subcontracting_assignment", True,
     doc(MSA_EN, "13. General", "Supplier may transfer and assign this Agreement, in whole or in part, to any third "
         "party without the Customer's consent.")),
    ("en-renewal-then-current-list-price", "unilateral_price_change", True,
     doc(MSA_EN, "10. Renewal", "This Agreement renews for successive twelve-month terms at Supplier's then current "
         "list price.")),
    # facts across clauses
    ("en-not-liable-for-data-next-to-backups", "data_loss_exclusion_with_backup", True,
     doc(MSA_EN, "8. Liability", "Supplier shall not be liable for any loss of or damage to the Customer's data.")),
    ("fr-pas-d-obligation-de-reversibilite", "no_reversibility", True,
     doc(MSA_FR, "Article 14 – Fin du contrat", "Les prestations ne comprennent pas d'obligation de réversibilité ni "
         "d'assistance à la migration.")),
]

CASES = TABLE_PARTIES + NO_DELAY + FREE_SUBPROCESSORS + BREACH + OTHERS


@pytest.mark.parametrize("name,rule,fires,text", CASES, ids=[c[0] for c in CASES])
def test_class(name: str, rule: str, fires: bool, text: str) -> None:
    check_rule(rule, fires, text)


# -- negation: an exclusion word reaches its own noun phrase, not the next one ---------------------------------------
@pytest.mark.parametrize("sentence,words,denied", [
    ("le client regle sans delai la totalite des redevances restant dues", "la totalite", False),
    ("customer shall pay without delay all the fees remaining", "all the fees", False),
    ("le client peut resilier sans aucune penalite", "penalite", True),
    ("le client peut resilier sans frais ni penalite", "penalite", True),
    ("the customer may terminate without any termination fee", "termination fee", True),
])
def test_exclusion_word_reaches_its_own_noun_phrase(sentence: str, words: str, denied: bool) -> None:
    f = fold(sentence)
    at = f.index(words)
    assert negated(f, (at, at + len(words))) is denied


# -- an SLA schedule alone is not processor terms because its preamble names the master agreement -----------------
@pytest.mark.parametrize("text", [SLA_EN, SLA_FR], ids=["en", "fr"])
def test_sla_schedule_alone_no_dpa_flag(text: str) -> None:
    rep = review_text(text, name="schedule_sla.md")
    assert "personal_data_without_dpa" not in {f.rule for f in rep.flags}
    assert "free_subprocessors" not in {f.rule for f in rep.flags}


def test_sla_schedule_that_itself_processes_personal_data_is_within_art28() -> None:
    text = SLA_EN + ("3. Payroll service desk\n3.1 Supplier answers the Customer's employees' payroll questions and, for "
                     "that purpose, processes their names, salaries and bank details on the Customer's behalf.\n")
    assert review_text(text, name="schedule_sla.md").gdpr_art28.applies


# -- "applique les mesures de l'article 32 … décrites en annexe" is the 28(3)(c) term ----------------------------
@pytest.mark.parametrize("text,present", [
    (doc(DPA_FR, "Article 2 – Sécurité", "Le Sous-traitant applique les mesures de l'article 32 du RGPD décrites en "
         "annexe 2."), True),
    (doc(DPA_EN, "2. Security", "2.1 Processor applies the Article 32 GDPR measures described in Annex 2."), True),
    (doc(DPA_FR, "Article 2 – Sécurité", "Le Sous-traitant met en œuvre les mesures techniques et organisationnelles "
         "prévues à l'article 32 du RGPD, détaillées à l'annexe 2."), True),
    # near misses: a records clause that cites article 32; the controller's own measures
    (doc(DPA_FR, "Article 2 – Registre", "Le Sous-traitant tient le registre prévu à l'article 30, qui comporte une "
         "description générale des mesures de sécurité visées à l'article 32, paragraphe 1."), False),
    (doc(DPA_EN, "2. Controller's systems", "2.1 The Controller applies the Article 32 GDPR measures to its own "
         "systems, described in its security policy."), False),
], ids=["fr-applique-mesures-annexe", "en-applies-measures-annex", "fr-met-en-oeuvre-detaillees",
        "fr-registre-article-32", "en-controller-own-measures"])
def test_article_32_measures_applied_is_security_term(text: str, present: bool) -> None:
    rep = review_text(text, name="dpa.md")
    assert rep.gdpr_art28.elements["art28_3c_security"]["present"] is present


# -- a main agreement that leaves a subject to a part not supplied --------------------------------------------------
POINTS_ELSEWHERE = [
    doc(MSA_EN, "4. Service levels", "Supplier shall meet the service levels of Schedule 3 - Service Level Agreement, "
        "which also sets out how they are measured and the service credits."),
    doc(MSA_FR, "Article 4 – Niveaux de service", "Le Prestataire respecte les niveaux de service de l'annexe 3 « "
        "Convention de services », qui fixe aussi leur mode de mesure et les pénalités."),
]


@pytest.mark.parametrize("text", POINTS_ELSEWHERE, ids=["en", "fr"])
def test_main_agreement_pointing_to_sla_schedule(text: str) -> None:
    rep = review_text(text, name="contract.md")
    assert "no_sla_measurement" not in {f.rule for f in rep.flags}
    # the report says the subject depends on the part not supplied (first written against `terms_elsewhere`, the
    # note of a part reviewed alone; a main agreement is no part, its referrals are their own list: `depends_on`)
    assert any("sla" in r.topics for r in rep.depends_on), rep.depends_on
    assert any("3" in r.part for r in rep.depends_on)
    assert rep.to_json()["depends_on"]


def test_schedule_printed_in_the_same_file_is_supplied() -> None:
    """(added with the reader) the schedule pointed to is in the same file: its clauses are read, nothing depends on a
    part not supplied."""
    text = POINTS_ELSEWHERE[0] + ("\nSCHEDULE 3 - SERVICE LEVEL AGREEMENT\n1. Availability of 99.5% each month, measured "
                                  "by an external probe the Customer can consult.\n")
    assert not review_text(text, name="contract.md").depends_on


@pytest.mark.parametrize("text", [
    doc(MSA_EN, "4. Service levels", "Supplier shall keep the servers available 99.5% of each month and restore any "
        "critical incident within four hours."),
    doc(MSA_FR, "Article 4 – Niveaux de service", "Le Prestataire garantit une disponibilité mensuelle des serveurs de "
        "99,5 % et le rétablissement de tout incident critique en quatre heures."),
], ids=["en", "fr"])
def test_main_agreement_with_its_own_levels_and_no_method_is_flagged(text: str) -> None:
    assert "no_sla_measurement" in {f.rule for f in review_text(text, name="contract.md").flags}


# -- (added after the first run, same class) a part that names the agreement it belongs to ---------------------------
PART_NAMING_MAIN = [
    ("SCHEDULE 2 - SERVICE LEVELS\n\nThis Schedule forms part of the Managed Services Agreement between Maple Systems "
     "Ltd (\"Supplier\") and Juniper Foods Ltd (\"Customer\").\n\n1. Availability\n1.1 Supplier shall keep the network "
     "available 99.5% of each month, measured by an external probe.\n"),
    ("ANNEXE 2\n\nLa présente annexe fait partie du contrat d'infogérance conclu entre la société Érable Systèmes, "
     "ci-après « le Prestataire », et la société Genévrier Distribution, ci-après « le Client ».\n\n"
     "Article 1 – Disponibilité\nLe Prestataire garantit une disponibilité mensuelle du réseau de 99,5 %, mesurée par "
     "une sonde externe. Chaque tranche de 0,1 % sous l'objectif donne lieu à une pénalité de 1 % de la redevance "
     "mensuelle, dans la limite de 10 %.\n"),
]


@pytest.mark.parametrize("text", PART_NAMING_MAIN, ids=["en-schedule-titled", "fr-annexe-untitled"])
def test_part_naming_its_main_agreement_is_that_part(text: str) -> None:
    """Naming the agreement a part belongs to ("the Managed Services Agreement", "le contrat d'infogérance") neither
    makes it that agreement nor says the provider processes anything: an SLA part, out of Art. 28 on its own words."""
    rep = review_text(text, name="document.md")
    assert rep.doc_type.kind == "sla"
    assert not rep.gdpr_art28.applies
    assert not {"personal_data_without_dpa", "uncapped_liability", "no_reversibility"} & {f.rule for f in rep.flags}


def test_main_agreement_that_administers_servers_is_within_art28() -> None:
    text = doc(MSA_EN, "3. Administration", "Supplier administers the Customer's servers and user accounts, which hold "
               "the records of its staff and clients.")
    assert review_text(text, name="msa.md").gdpr_art28.applies
