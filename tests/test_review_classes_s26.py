"""Twenty-sixth session, review classes (issue 13), written BEFORE the readers were changed (first run in the commit
message). Short documents in our own words, FR and EN, of kinds the keyed set has little of: consulting-only missions
(an IT audit, an assistance to the project owner (AMOA), a DPO service with no access to the data, a security
assessment, an IT strategy advisory), and statements of work / order forms that take their legal terms from a
framework agreement by reference. Firing cases and near misses:

1. the service model decides what is expected (issue 15): a mission whose provider advises, audits, recommends, writes
   a roadmap or attends committees, and operates, hosts or repairs nothing, calls for no service levels, no penalties
   and no support hours: none is a missing essential and "no SLA measurement" stays quiet; the same text with a
   provider that runs the client's systems still lacks them; a sentence that says no service level is attached is no
   service-level clause;
2. a cap of one month of fees said by an adjective instead of a numeral ("le dernier mois de mission", "the last
   month of service") is one month: derisory; "the twelve last months" is not;
3. a statement of work under a framework agreement: backups listed among the exclusions ("out of scope: … backup of
   any kind") are not sold, so a data-loss exclusion there is no escape from backups; credits "up to an aggregate of
   25 %" are capped; work performed "through X or any other contractor it selects", "consent not required", is a free
   subcontracting; a manager assigned to the account is no assignment of the contract; liability by reference is no
   uncapped liability.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.report import review_text
from tests.review_docs import check_rule


def _doc(head: str, *articles: str) -> str:
    return head + "\n\n".join(articles) + "\n"


# -- 1. the service model: consulting-only missions ----------------------------------------------------------------
AUDIT_FR = ("CONTRAT DE MISSION D'AUDIT INFORMATIQUE\n\nEntre la société Vigie Conseil, SAS, 12 rue Nationale, 37000 "
            "Tours, ci-après « l'Auditeur », et la société Biscuiterie de Loire, SAS, 3 quai Paul Bert, 37100 Tours, "
            "ci-après « le Client ».\n\n")
AMOA_FR = ("CONTRAT D'ASSISTANCE À MAÎTRISE D'OUVRAGE\n\nEntre la société Cap Projets, SARL, 5 place Jaude, 63000 "
           "Clermont-Ferrand, ci-après « le Prestataire », et la Mutuelle des Artisans du Forez, 2 rue Gambetta, 42000 "
           "Saint-Étienne, ci-après « le Client ».\n\n")
DPO_FR = ("CONTRAT DE DÉLÉGUÉ À LA PROTECTION DES DONNÉES EXTERNALISÉ\n\nEntre la société Privacité, SAS, 9 cours "
          "Victor Hugo, 33000 Bordeaux, ci-après « le Prestataire », et la Clinique vétérinaire des Chartrons, SELARL, "
          "14 quai des Chartrons, 33000 Bordeaux, ci-après « le Client ».\n\n")
ASSESS_EN = ("SECURITY ASSESSMENT ENGAGEMENT LETTER\n\nThis engagement is made between Redline Assurance Ltd, 4 Castle "
             "Street, Edinburgh EH2 3AH (\"Consultant\"), and Glenmoray Distillers Ltd, 1 Mill Road, Elgin IV30 1AA "
             "(\"Client\").\n\n")
ADVISORY_EN = ("IT ADVISORY SERVICES AGREEMENT\n\nThis agreement is made between Northbeam Advisory LLP, 22 King Street, "
               "Manchester M2 4WU (\"Adviser\"), and Pennine Ceramics Ltd, 7 Kiln Lane, Stoke-on-Trent ST1 3AA "
               "(\"Client\").\n\n")

COMMON_FR = [
    "Article 4 – Prix\nLa mission est rémunérée par un forfait de 18 000 euros HT, payable à 30 jours.",
    "Article 5 – Responsabilité\nLa responsabilité du Prestataire est limitée au montant total du forfait.",
    "Article 6 – Confidentialité\nChaque partie garde confidentielles les informations reçues de l'autre.",
    "Article 7 – Durée et résiliation\nLe contrat est conclu pour six mois. Chaque partie peut le résilier pour "
    "manquement grave non réparé dans les 30 jours d'une mise en demeure.",
    "Article 8 – Litiges\nLe contrat est régi par le droit français ; les litiges relèvent du tribunal de commerce de "
    "Lyon.",
]
COMMON_EN = [
    "4. Fees\n4.1 The engagement is charged a fixed fee of GBP 16,000, payable within 30 days of invoice.",
    "5. Liability\n5.1 The Consultant's total liability is limited to the fees paid under this engagement.",
    "6. Confidentiality\n6.1 Each party keeps the other's information confidential.",
    "7. Term and termination\n7.1 This engagement lasts four months. Either party may terminate it for a material "
    "breach not remedied within 30 days of notice.",
    "8. Law\n8.1 This engagement is governed by the laws of Scotland and the courts of Edinburgh have jurisdiction.",
]

CONSULTING: list[tuple[str, str]] = [
    ("fr-audit", _doc(AUDIT_FR,
        "Article 1 – Objet\nL'Auditeur réalise un audit de la sécurité et de l'organisation informatique du Client : "
        "entretiens, revue documentaire et rapport de recommandations remis en fin de mission. La mission ne comprend "
        "aucune intervention sur les systèmes du Client, ni exploitation, ni maintenance.",
        "Article 2 – Déroulement\nL'Auditeur présente ses constats lors d'une réunion de restitution avec la direction.",
        "Article 3 – Données\nL'Auditeur n'accède à aucune donnée personnelle des salariés ou des clients du Client.",
        *[a.replace("Prestataire", "Auditeur") for a in COMMON_FR])),
    ("fr-amoa", _doc(AMOA_FR,
        "Article 1 – Objet\nLe Prestataire assiste le Client, maître d'ouvrage, dans le choix et le déploiement de son "
        "logiciel de gestion des adhérents : rédaction du cahier des charges, analyse des offres, participation aux "
        "comités de projet et recette. Il conseille le Client et formule des recommandations ; les décisions "
        "appartiennent au Client.",
        "Article 2 – Organisation\nUn comité de pilotage mensuel réunit le Client et le Prestataire.",
        "Article 3 – Données\nLe Prestataire ne traite aucune donnée personnelle pour le compte du Client.",
        *COMMON_FR)),
    ("fr-dpo-externalise", _doc(DPO_FR,
        "Article 1 – Objet\nLe Prestataire est désigné délégué à la protection des données du Client. Il informe et "
        "conseille le Client, contrôle le respect du RGPD par des entretiens et des revues de procédures, et coopère "
        "avec la CNIL. Il n'a aucun accès aux dossiers des patients ni aux logiciels du Client.",
        "Article 2 – Rapport\nLe Prestataire remet chaque année un rapport d'activité au gérant du Client.",
        "Article 3 – Indépendance\nLe Prestataire exerce ses missions en toute indépendance et ne reçoit aucune "
        "instruction sur leur exercice.",
        *COMMON_FR)),
    ("en-security-assessment", _doc(ASSESS_EN,
        "1. Scope\n1.1 The Consultant shall assess the Client's external attack surface and its security policies "
        "and deliver a written report with prioritised recommendations. The engagement does not include any "
        "remediation, monitoring, hosting or support of the Client's systems.",
        "2. Method\n2.1 The Consultant works from interviews, documents and a scan agreed in writing beforehand.",
        "3. Data\n3.1 The Consultant does not process personal data on the Client's behalf.",
        *COMMON_EN)),
    ("en-it-strategy-advisory", _doc(ADVISORY_EN,
        "1. Services\n1.1 The Adviser shall advise the Client's board on its IT strategy, review its supplier "
        "contracts, attend the quarterly steering committee and prepare a three-year roadmap. The Adviser does not "
        "operate, host or maintain any of the Client's systems.",
        "2. Deliverables\n2.1 The roadmap and the committee minutes are delivered in writing.",
        "3. Data\n3.1 The Adviser has no access to the Client's personal data.",
        *[a.replace("Consultant", "Adviser") for a in COMMON_EN])),
]

# the same kinds of document where the provider also runs the client's systems: service levels are expected there
OPERATING: list[tuple[str, str]] = [
    ("fr-audit-then-operations", _doc(AUDIT_FR.replace("MISSION D'AUDIT INFORMATIQUE", "SERVICES INFORMATIQUES"),
        "Article 1 – Objet\nL'Auditeur réalise un audit initial du parc, puis administre et supervise les serveurs du "
        "Client, applique les correctifs et assure le support des utilisateurs.",
        "Article 2 – Déroulement\nL'Auditeur présente un rapport mensuel d'exploitation.",
        *[a.replace("Prestataire", "Auditeur") for a in COMMON_FR])),
    ("en-advisory-and-managed", _doc(ADVISORY_EN.replace("IT ADVISORY SERVICES", "MANAGED IT SERVICES"),
        "1. Services\n1.1 The Adviser shall advise the Client on its IT strategy and shall also operate, patch and "
        "monitor the Client's servers and run its service desk.",
        "2. Reports\n2.1 The Adviser sends a monthly report.",
        *[a.replace("Consultant", "Adviser") for a in COMMON_EN])),
]

UNEXPECTED = {"sla", "penalties", "support_hours"}


@pytest.mark.parametrize("name,text", CONSULTING, ids=[c[0] for c in CONSULTING])
def test_consulting_mission_expects_no_service_levels(name: str, text: str) -> None:
    for role in ("client", "msp"):
        rep = review_text(text, role=role, name=f"{name}.md")
        assert not UNEXPECTED & set(rep.missing_essential), (name, role, rep.missing_essential)
        assert "no_sla_measurement" not in {f.rule for f in rep.flags}, (name, role)


@pytest.mark.parametrize("name,text", OPERATING, ids=[c[0] for c in OPERATING])
def test_operating_provider_still_expects_service_levels(name: str, text: str) -> None:
    rep = review_text(text, role="client", name=f"{name}.md")
    assert {"sla", "penalties"} <= set(rep.missing_essential), (name, rep.missing_essential)


NO_LEVELS = [
    ("fr", _doc(AMOA_FR, CONSULTING[1][1].split("\n\n", 2)[2],
                "Article 9 – Engagements\nAucun niveau de service ni délai d'intervention n'est attaché à la mission, "
                "qui ne comporte aucune exploitation.")),
    ("en", _doc(ADVISORY_EN, CONSULTING[4][1].split("\n\n", 2)[2],
                "9. Commitments\n9.1 No service level, response time or availability target applies to this "
                "engagement.")),
]


@pytest.mark.parametrize("lang,text", NO_LEVELS, ids=[c[0] for c in NO_LEVELS])
def test_no_service_level_attached_is_no_sla_clause(lang: str, text: str) -> None:
    rep = review_text(text, role="client", name="mission.md")
    assert "no_sla_measurement" not in {f.rule for f in rep.flags}
    assert not UNEXPECTED & set(rep.missing_essential), rep.missing_essential
    assert "sla" not in rep.topics, rep.topics


# a managed-services contract that says no service level applies: written about only to exclude it, still missing
def test_operations_contract_denying_service_levels_lacks_them() -> None:
    text = _doc(ADVISORY_EN.replace("IT ADVISORY SERVICES", "MANAGED IT SERVICES"),
                "1. Services\n1.1 The Adviser shall operate, patch and monitor the Client's servers and run its service "
                "desk.",
                "2. Commitments\n2.1 No service level or response time applies to the services.",
                *[a.replace("Consultant", "Adviser") for a in COMMON_EN])
    rep = review_text(text, role="client", name="managed.md")
    assert "sla" in rep.missing_essential, rep.missing_essential


# -- 2. one month of fees said without a numeral ---------------------------------------------------------------------
R_CAP = "derisory_liability_cap"
CAPS: list[tuple[str, bool, str]] = [
    ("fr-dernier-mois-de-mission", True, _doc(AMOA_FR, CONSULTING[1][1].split("\n\n", 2)[2].split("Article 5")[0],
        "Article 11 – Responsabilité\nLa responsabilité du Prestataire est limitée, pour tous dommages, aux honoraires "
        "facturés au titre du dernier mois de mission précédant le sinistre.")),
    ("fr-mois-precedant-la-reclamation", True, _doc(AUDIT_FR, CONSULTING[0][1].split("\n\n", 2)[2].split("Article 5")[0],
        "Article 11 – Responsabilité\nToutes causes confondues, l'indemnisation due par l'Auditeur ne peut excéder les "
        "sommes payées pour le mois de prestation précédant la réclamation.")),
    ("en-last-month-of-service", True, _doc(ADVISORY_EN, CONSULTING[4][1].split("\n\n", 2)[2].split("5. Liability")[0],
        "11. Liability\n11.1 The Adviser's aggregate liability shall not exceed the fees invoiced for the last month of "
        "service before the event giving rise to the claim.")),
    # near misses: twelve months of fees, a year's fees lifted for gross negligence
    ("fr-douze-derniers-mois", False, _doc(AMOA_FR, CONSULTING[1][1].split("\n\n", 2)[2].split("Article 5")[0],
        "Article 11 – Responsabilité\nLa responsabilité du Prestataire est limitée aux honoraires facturés au cours des "
        "douze derniers mois précédant le sinistre ; ce plafond ne s'applique pas en cas de faute lourde ou dolosive.")),
    ("en-fees-of-the-last-twelve-months", False, _doc(ADVISORY_EN,
        CONSULTING[4][1].split("\n\n", 2)[2].split("5. Liability")[0],
        "11. Liability\n11.1 The Adviser's aggregate liability shall not exceed the fees paid in the last twelve months "
        "before the claim, save for gross negligence or wilful misconduct, which are not capped.")),
]


@pytest.mark.parametrize("name,fires,text", CAPS, ids=[c[0] for c in CAPS])
def test_one_month_cap_without_numeral(name: str, fires: bool, text: str) -> None:
    check_rule(R_CAP, fires, text)


# -- 3. statements of work under a framework agreement ----------------------------------------------------------------
SOW_EN = ("STATEMENT OF WORK No. 7\nWarehouse Device Support\n\nissued under the Master Services Agreement dated 2 May "
          "2025 (the \"MSA\") between Corrib Managed IT Ltd, Galway (\"Supplier\") and Fabrique Lenoir SAS, Lille "
          "(\"Customer\").\n\n"
          "1. Relationship with the MSA\n1.1 Clause 9 (Limitation of Liability), clause 12 (Data Protection) and "
          "clause 15 (Exit) of the MSA apply to this SOW without change.\n\n"
          "2. Services\n2.1 Supplier shall manage Customer's handheld scanners and warehouse laptops remotely and run a "
          "service desk from 8:00 to 18:00 on business days.\n\n")
BON_FR = ("BON DE COMMANDE N° 4\nSupport des postes de l'atelier\n\némis en application du contrat-cadre de services "
          "du 3 mars 2025 entre la société Opale Services, SAS, Calais, ci-après « le Prestataire », et la société "
          "Conserverie du Portel, SAS, Boulogne-sur-Mer, ci-après « le Client ».\n\n"
          "Article 1 – Contrat-cadre\nLes articles 10 (Responsabilité), 12 (Données personnelles) et 16 (Réversibilité) "
          "du contrat-cadre s'appliquent au présent bon de commande.\n\n"
          "Article 2 – Prestations\nLe Prestataire administre à distance les postes de l'atelier et assure un support "
          "téléphonique de 8 h à 18 h les jours ouvrés.\n\n")

R_LOSS = "data_loss_exclusion_with_backup"
DATA_LOSS: list[tuple[str, bool, str]] = [
    ("en-backup-listed-out-of-scope", False, _doc(SOW_EN,
        "3. Out of Scope\n3.1 The following are out of scope: servers, the network, printers and backup of any kind.",
        "4. Special Conditions\n4.1 Notwithstanding clause 9 of the MSA, Supplier shall have no liability for loss of "
        "data stored on the devices, however caused.")),
    ("fr-sauvegarde-hors-perimetre-liste", False, _doc(BON_FR,
        "Article 3 – Exclusions\nSont exclus du présent bon de commande : les serveurs, le réseau, la téléphonie et "
        "toute forme de sauvegarde.",
        "Article 4 – Conditions particulières\nPar dérogation à l'article 10 du contrat-cadre, le Prestataire n'est pas "
        "responsable de la perte des données enregistrées sur les postes.")),
    # the SOW sells the backups itself: the exclusion empties them
    ("en-sow-sells-nightly-backup", True, _doc(SOW_EN,
        "3. Backup\n3.1 Supplier shall back up the laptops' user folders every night to its own storage.",
        "4. Special Conditions\n4.1 Notwithstanding clause 9 of the MSA, Supplier shall have no liability for loss of "
        "data stored on the devices, however caused.")),
]


@pytest.mark.parametrize("name,fires,text", DATA_LOSS, ids=[c[0] for c in DATA_LOSS])
def test_sow_data_loss_and_backups(name: str, fires: bool, text: str) -> None:
    check_rule(R_LOSS, fires, text)


R_PEN = "uncapped_penalties"
CREDITS: list[tuple[str, bool, str]] = [
    ("en-up-to-an-aggregate-of", False, _doc(SOW_EN,
        "5. Service Credits\n5.1 If fewer than 90 % of P1 tickets are resolved within target in a month, Supplier "
        "shall credit 4 % of the monthly charge for each point below 90 %, up to an aggregate of 20 % of that charge "
        "per month.")),
    ("en-credits-up-to-a-maximum-aggregate", False, _doc(SOW_EN,
        "5. Service Credits\n5.1 Supplier shall credit 3 % of the monthly charge for each hour of delay beyond the "
        "target, up to a maximum aggregate of 15 % of the monthly charge.")),
    ("fr-jusqu-a-un-total-cumule", False, _doc(BON_FR,
        "Article 5 – Pénalités\nLe Prestataire doit une pénalité de 2 % de la redevance mensuelle par heure de retard, "
        "jusqu'à un total cumulé de 10 % de cette redevance par mois.")),
    ("en-credits-with-no-ceiling", True, _doc(SOW_EN,
        "5. Service Credits\n5.1 Supplier shall credit 5 % of the monthly charge for each full point below the "
        "target.")),
]


def _any_side(text: str) -> set[str]:
    return {f.rule for role in ("client", "msp") for f in review_text(text, role=role).flags
            if f.severity in ("high", "medium")}


@pytest.mark.parametrize("name,fires,text", CREDITS, ids=[c[0] for c in CREDITS])
def test_sow_credit_ceiling(name: str, fires: bool, text: str) -> None:
    assert (R_PEN in _any_side(text)) is fires, name


R_SUB = "free_subcontracting_assignment"
SUBCONTRACT: list[tuple[str, bool, str]] = [
    ("en-through-any-contractor-it-selects", True, _doc(SOW_EN,
        "6. Personnel and Third Parties\n6.1 Supplier may perform the weekend patching through Brightdesk Sp. z o.o., "
        "Kraków, or any other affiliate or contractor it selects. Customer's consent is not required for such "
        "arrangements.")),
    ("fr-realiser-par-toute-societe-de-son-choix", True, _doc(BON_FR,
        "Article 6 – Intervenants\nLe Prestataire peut faire réaliser le support de nuit par la société Nordhelp ou "
        "par toute autre société de son choix, sans l'accord du Client.")),
    ("en-delivered-through-affiliates-consent-not-required", True, _doc(SOW_EN,
        "6. Third Parties\n6.1 Supplier may deliver the second-level support through its affiliates; no consent of "
        "Customer is required.")),
    # near misses: consent needed, a manager put on the account
    ("en-through-contractor-with-consent", False, _doc(SOW_EN,
        "6. Personnel and Third Parties\n6.1 Supplier may perform the weekend patching through a contractor only with "
        "Customer's prior written consent.")),
    ("en-assigns-a-named-manager", False, _doc(SOW_EN,
        "6. Personnel\n6.1 Supplier shall assign a named Service Delivery Manager, who attends the monthly review.")),
]


@pytest.mark.parametrize("name,fires,text", SUBCONTRACT, ids=[c[0] for c in SUBCONTRACT])
def test_sow_subcontracting(name: str, fires: bool, text: str) -> None:
    check_rule(R_SUB, fires, text)


def test_manager_assigned_is_no_assignment_fact() -> None:
    text = SUBCONTRACT[-1][2]
    rep = review_text(text, role="client")
    assigned = [f for c in rep.clauses for f in c.facts if f["kind"] == "assignment"]
    assert not assigned, assigned


# liability, data protection and exit taken from the framework agreement: no absence flag, whatever the side
@pytest.mark.parametrize("text", [SOW_EN, BON_FR], ids=["en-sow", "fr-bon-de-commande"])
def test_terms_by_reference_are_not_absent(text: str) -> None:
    found = _any_side(text)
    assert not {"uncapped_liability", "no_reversibility", "personal_data_without_dpa"} & found, found


# the processor terms incorporated by reference and set above the SOW: who may receive the data is theirs to say
def test_sow_processor_terms_by_reference_prevail() -> None:
    head = SOW_EN.replace("clause 12 (Data Protection)", "clause 12 (Data Protection) and Schedule 2 (Data Processing "
                          "Terms)").replace("without change.", "without change.\n1.2 In a conflict, clause 12 and "
                                                              "Schedule 2 of the MSA prevail over this SOW.")
    text = _doc(head, SUBCONTRACT[0][2].split("\n\n")[-1])
    found = _any_side(text)
    assert "free_subcontracting_assignment" in found and "free_subprocessors" not in found, found


# a denial of the reports is no denial of the levels
def test_no_service_level_reporting_is_not_levels_denied() -> None:
    text = _doc(SOW_EN, "5. Service Levels\n5.1 Supplier shall answer P1 calls within 30 minutes. No service level "
                "reporting is included in the charges.")
    rep = review_text(text, role="client")
    assert "sla" in rep.topics, rep.topics


# a list of services the mission leaves out is no administration by the provider, past its commas
@pytest.mark.parametrize("sentence", [
    "La mission ne comprend aucune prestation d'exploitation, d'administration de systèmes, d'hébergement ou de "
    "maintenance, qui restent confiées à l'infogérant du Client.",
    "The engagement does not include any remediation, administration of systems, hosting or support."],
    ids=["fr-ne-comprend-aucune", "en-does-not-include-any"])
def test_services_left_out_are_no_processing_role(sentence: str) -> None:
    text = _doc(AMOA_FR if sentence.startswith("La") else ADVISORY_EN, ("Article 1 – Objet\n" if sentence.startswith("La")
                                                                         else "1. Scope\n") + sentence)
    rep = review_text(text, role="client")
    roles = [f for c in rep.clauses for f in c.facts if f["kind"] == "processing_role" and f["role"] == "processor"]
    assert not roles, roles


# -- 4. a set is one contract between the same parties: an annex borrows the names the main terms define ---------------
MAIN_FR = ("CONTRAT DE SERVICES INFORMATIQUES\n\nEntre la société Atelier Numérique du Velay, SAS, 4 place du Breuil, "
           "43000 Le Puy-en-Velay, ci-après « Atelier Numérique », et la Coopérative laitière de la Loire, société "
           "coopérative agricole, 12 route de Brives, 43700 Brives-Charensac, ci-après « la Coopérative ».\n\n"
           "Article 1 – Objet\nAtelier Numérique administre les serveurs et les postes de la Coopérative. L'annexe 2 "
           "fait partie du présent contrat.\n\n"
           "Article 2 – Prix\nLa redevance est de 2 100 euros HT par mois.\n")
ANNEX_FR = ("ANNEXE 2 – CONDITIONS PARTICULIÈRES D'EXPLOITATION\n\n"
            "Article 1 – Sortie anticipée\nLa Coopérative peut mettre fin au contrat à tout moment, sans motif, moyennant "
            "un préavis d'un mois.\n\n"
            "Article 2 – Délais\nAtelier Numérique intervient dans les quatre heures ouvrées.\n")


def test_annex_borrows_the_party_names_of_its_set() -> None:
    from assistant.legal.review.docset import review_set
    from assistant.legal.review.documents import ParsedDocument

    docs = [ParsedDocument(name="contrat.md", text=MAIN_FR, pages=1, format="md"),
            ParsedDocument(name="annexe2.md", text=ANNEX_FR, pages=1, format="md")]
    report = review_set(docs, retriever=None, role="client")
    annex = report.documents[1]
    exits = [f for c in annex.clauses for f in c.facts if f["kind"] == "termination"]
    assert exits and all(f["party"] == "client" for f in exits), exits
