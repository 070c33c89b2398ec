"""Session 30, lead (issue 13): review classes found by the sealed30 documents, in the project's own wordings.

1. Clauses laid out as the rows of a table (a number, a title, the stipulation, sometimes a reference column): each
   row is a clause of its own, so that a fact is read inside its row and never across two rows; a grid of short
   cells (an SLA table of priorities) stays one clause's table.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.segmentation import segment

FR_TABLE = """\
CONTRAT DE MAINTENANCE — CONDITIONS PARTICULIÈRES

| N° | Objet | Stipulation | Renvoi |
|---|---|---|---|
| CP-1 | Objet | Le présent contrat confie au Prestataire la maintenance des quarante postes et des deux serveurs du \
Client, à distance et sur site. | CG art. 2 |
| CP-2 | Mesure | Les délais de prise en charge sont relevés par l'outil de tickets du Prestataire, dont les \
enregistrements sont les seuls à faire preuve. | — |
| CP-3 | Responsabilité | La responsabilité du Prestataire est limitée à douze mois de redevance, sauf faute lourde \
ou dolosive. | CG art. 9 |
| CP-4 | Paiement | Les factures sont payables à trente jours ; l'indemnité forfaitaire de recouvrement de 40 € \
s'applique en cas de retard. | — |
"""

EN_DOCX_ROWS = """\
MANAGED SERVICES SCHEDULE

Ref | Heading | Term
S-1 | Services | The Provider shall monitor and patch the Customer's servers and answer user calls during \
business hours.
S-2 | Backups | The Provider shall back up the Customer's file server every night and keep each copy for thirty days.
S-3 | Liability | Each party's liability is capped at the fees paid in the twelve months before the claim.
"""

SLA_GRID = """\
Article 5 – Niveaux de service

Le Prestataire respecte les délais suivants.

| P1 | Bloquant | 1 h | 4 h |
| P2 | Majeur | 4 h | 1 j |
| P3 | Mineur | 1 j | 5 j |

Article 6 – Pénalités

Chaque dépassement donne lieu à une pénalité de 1 % de la redevance mensuelle.
"""


QUESTIONNAIRE = """\
ANNEXE 3 — QUESTIONNAIRE DE SOUS-TRAITANCE

| N° | Question | Réponse du Prestataire |
|---|---|---|
| Q1 | Quelles données traitez-vous pour le Client ? | Les comptes des utilisateurs et les boîtes de messagerie, \
uniquement pour les administrer à sa demande. |
| Q2 | Faites-vous appel à des sous-traitants ultérieurs ? | Oui, à l'hébergeur nommé en annexe 4, avec l'accord \
écrit du Client et un préavis de trente jours pour tout changement. |
| Q3 | Comment signalez-vous une violation de données ? | Par courriel au Client sans délai injustifié et au plus \
tard sous vingt-quatre heures. |
"""

RECAP = """\
Tableau récapitulatif

| Article | Objet | Source |
|---|---|---|
| 2 | Nature du contrat | Contrat, complété par l'avenant n° 2 (art. 2.4) |
| 7 | Prix et révision | Contrat, inchangé ; option : avenant n° 2 art. 3 |
| 9 | Responsabilité | Contrat, complété par l'avenant n° 2 (art. 9.3) |
"""


@pytest.mark.parametrize("text", [QUESTIONNAIRE, RECAP])
def test_a_questionnaire_or_a_table_of_references_is_not_a_table_of_clauses(text):
    rows = {"Q1", "Q2", "Q3", "2", "7", "9"}
    assert not [c.number for c in segment(text) if c.number in rows], [c.number for c in segment(text)]


def _by_number(text):
    return {c.number: c for c in segment(text) if c.number}


@pytest.mark.parametrize("text, numbers", [
    (FR_TABLE, ["CP-1", "CP-2", "CP-3", "CP-4"]),
    (EN_DOCX_ROWS, ["S-1", "S-2", "S-3"]),
])
def test_each_row_of_a_table_of_stipulations_is_a_clause(text, numbers):
    clauses = _by_number(text)
    assert [n for n in numbers if n in clauses] == numbers, sorted(clauses)


def test_a_row_keeps_its_title_and_only_its_own_text():
    clauses = _by_number(FR_TABLE)
    cap = clauses["CP-3"]
    assert "Responsabilit" in cap.heading
    assert "douze mois" in cap.text
    assert "40 €" not in cap.text and "outil de tickets" not in cap.text
    assert "40 €" in clauses["CP-4"].text
    assert "Paiement" in clauses["CP-4"].heading


def test_a_grid_of_short_cells_is_not_a_table_of_clauses():
    clauses = segment(SLA_GRID)
    numbers = [c.number for c in clauses if c.number]
    assert not any(n and n.startswith("P") for n in numbers), numbers
    assert any("Pénalités" in c.heading for c in clauses)
    five = next(c for c in clauses if "Niveaux de service" in c.heading)
    assert "P2" in five.text and "Bloquant" in five.text


# -- helpers: review a small document through the engine (cues only, no index) ------------------------------------------
def _review(text: str, name: str = "c.txt", role: str = "client") -> dict:
    from assistant.legal.review.report import review_text
    return review_text(text, name=name, role=role).to_json()


def _flags(report: dict) -> dict:
    return {f["rule"]: f for f in report["flags"]}


FR_HEAD = ("CONTRAT D'INFOGÉRANCE\n\nENTRE : la société ALTAIR INFO, SAS, 4 rue Haute, 35000 Rennes, ci-après « le "
           "Prestataire »,\nET : la société BOIS DU NORD, SARL, 8 quai Sud, 59000 Lille, ci-après « le Client ».\n\n")
EN_HEAD = "MANAGED SERVICES AGREEMENT\n\nbetween ACME LLC (\"Provider\") and BETA SAS (\"Customer\").\n\n"


# -- 2. the provider's records made the only proof through a pointer to the sentence naming them ---------------------------
@pytest.mark.parametrize("head, clause", [
    (FR_HEAD, "Article 6 – Mesure des niveaux de service\nLes délais sont calculés à partir de l'outil de supervision du "
              "Prestataire. Les relevés de cet outil font seuls foi entre les parties.\n"),
    (FR_HEAD, "Article 6 – Niveaux de service\nLa disponibilité est établie chaque mois d'après les journaux du Prestataire. "
              "Ces journaux font foi entre les parties et sont joints au rapport mensuel.\n"),
    (EN_HEAD, "6. Service Level Measurement\nResponse times are taken from the Provider's ticketing system. The records of "
              "that system shall be conclusive between the parties.\n"),
    (EN_HEAD, "6. Service Levels\nAvailability is computed monthly from Provider's monitoring platform. Such data shall be "
              "final and binding on both parties.\n"),
])
def test_the_providers_records_pointed_back_to_as_sole_proof(head, clause):
    assert "sla_measured_by_provider" in _flags(_review(head + clause))


@pytest.mark.parametrize("head, clause", [
    # the client may contest: not the provider alone
    (FR_HEAD, "Article 6 – Mesure des niveaux de service\nLes délais sont calculés à partir de l'outil de supervision du "
              "Prestataire. Les relevés de cet outil font foi, sauf contestation motivée du Client dans les quinze jours.\n"),
    # the records pointed back to are a joint tool's
    (EN_HEAD, "6. Service Level Measurement\nResponse times are taken from a monitoring tool both parties can read. The "
              "records of that tool shall be conclusive between the parties.\n"),
])
def test_records_pointed_back_to_that_the_client_can_contest_or_share_are_not_the_providers_alone(head, clause):
    assert "sla_measured_by_provider" not in _flags(_review(head + clause))


@pytest.mark.parametrize("clause", [
    "10. Data Protection\n10.2 In summary: we process personal data only on the Customer's documented instructions; our "
    "staff are bound by confidentiality; our ticketing provider in Spain is a sub-processor; we report any breach without "
    "undue delay.\n",
    "10. Data\nWe process the personal data only as the Customer instructs and we use the measures of Section 9; a "
    "breach is reported without undue delay through the ticket portal.\n",
])
def test_we_process_personal_data_is_what_the_provider_does_not_its_records(clause):
    head = "MANAGED IT TERMS OF SERVICE\n\nThese terms are between Nimbus IT Ltd (\"we\", \"us\") and the customer " \
           "(\"Customer\").\n\n"
    assert "sla_measured_by_provider" not in _flags(_review(head + clause))


# -- 3. an amendment read without the contract it changes -----------------------------------------------------------------
AMENDMENTS = [
    ("avenant.md", "# AVENANT N° 3 AU CONTRAT DE MAINTENANCE INFORMATIQUE\n\n" + FR_HEAD.split("\n\n", 1)[1] +
     "Article 1 – Objet\nLe présent avenant ajoute au Contrat la supervision du réseau Wi-Fi de l'entrepôt.\n\n"
     "Article 2 – Prix\nLa supervision est facturée 240 € HT par mois en sus de la redevance du Contrat.\n\n"
     "Article 3 – Dispositions diverses\nLes autres stipulations du Contrat demeurent inchangées.\n"),
    ("amendment.txt", "SECOND AMENDMENT TO THE MANAGED SERVICES AGREEMENT\n\n" + EN_HEAD.split("\n\n", 1)[1] +
     "1. Additional Services\nThe Provider shall also monitor the Customer's firewall from its operations centre.\n\n"
     "2. Fees\nThe monthly fee is increased by USD 300 for the additional services.\n\n"
     "3. Effect\nExcept as amended by this Amendment, the Agreement remains in full force and effect.\n"),
]


@pytest.mark.parametrize("name, text", AMENDMENTS)
def test_an_amendment_is_read_as_one_and_gets_no_missing_essentials(name, text):
    report = _review(text, name=name)
    assert report["document_type"]["type"] == "amendment", report["document_type"]
    assert report["missing_essential"] == []
    flags = _flags(report)
    assert "no_reversibility" not in flags and "uncapped_liability" not in flags, sorted(flags)
    assert report["terms_elsewhere"] and report["terms_elsewhere"]["where"] == "amended_contract"
    assert "()" not in report["terms_elsewhere"]["issue"]


def test_an_amendment_that_brings_in_personal_data_without_processor_terms_is_flagged():
    text = ("# AVENANT N° 1 AU CONTRAT D'INFOGÉRANCE\n\n" + FR_HEAD.split("\n\n", 1)[1] +
            "Article 1 – Hébergement\nÀ compter du 1er mars, le Prestataire héberge dans son centre de données le "
            "logiciel de paie du Client et la base des salariés, dont il administre seul les serveurs.\n\n"
            "Article 2 – Prix\nL'hébergement est facturé 900 € HT par mois.\n")
    report = _review(text, name="avenant.md")
    assert report["document_type"]["type"] == "amendment"
    assert "personal_data_without_dpa" in _flags(report)


@pytest.mark.parametrize("name, text, kind", [
    # a contract that provides for its own amendments is no amendment
    ("c.md", "# CONTRAT D'INFOGÉRANCE\n\n" + FR_HEAD.split("\n\n", 1)[1] + "Article 12 – Modifications\nToute "
     "modification du présent contrat fait l'objet d'un avenant signé des deux parties.\n\nArticle 1 – Objet\nLe "
     "Prestataire assure l'infogérance des serveurs du Client.\n", "services_agreement"),
    # a processor addendum named as an "avenant" stays a DPA
    ("d.md", "# AVENANT RGPD AU CONTRAT DE SERVICES – SOUS-TRAITANCE DES DONNÉES PERSONNELLES\n\n" +
     FR_HEAD.split("\n\n", 1)[1] + "Article 1 – Objet\nLe Prestataire, sous-traitant au sens de l'article 28 du RGPD, "
     "traite les données personnelles pour le compte du Client, responsable du traitement.\n", "dpa"),
])
def test_documents_that_only_name_an_amendment_keep_their_type(name, text, kind):
    assert _review(text, name=name)["document_type"]["type"] == kind


# -- 4. the exit of one service at its end, and the fees of one service left to run -----------------------------------------
@pytest.mark.parametrize("clause", [
    "Article 8 – Fin de l'option Sauvegarde\nÀ la fin de l'option, le Prestataire remet au Client, sous dix jours, une "
    "copie complète des sauvegardes dans un format ouvert.\n",
    "Article 8 – Divers\nÀ la fin de l'abonnement, le Prestataire remet au Client une copie de l'ensemble de ses fichiers "
    "hébergés, avec la documentation d'exploitation.\n",
    "8. End of the Subscription\nWithin ten days the Provider delivers to the Customer a full export of the mailboxes in "
    "PST format.\n",
])
def test_the_exit_of_one_service_at_its_end_is_organised(clause):
    text = FR_HEAD if clause.startswith("Article") else EN_HEAD
    body = ("Article 2 – Hébergement\nLe Prestataire héberge dans son centre de données les fichiers et sauvegardes du "
            "Client.\n\n" if clause.startswith("Article") else
            "2. Hosting\nThe Provider hosts the Customer's mailboxes and files in its data centre.\n\n")
    report = _review(text + body + clause)
    facts = [f for c in report["clauses"] for f in c["facts"] if f["kind"] == "reversibility"]
    assert any(f["provided"] for f in facts), facts
    assert "no_reversibility" not in _flags(report)


@pytest.mark.parametrize("sentence", [
    "En cas de résiliation anticipée, pour quelque cause que ce soit, les redevances d'hébergement restant à courir "
    "jusqu'au terme deviennent immédiatement exigibles.",
    "Si le Client met fin à l'option avant son terme, les mensualités de l'option sauvegarde restant à échoir sont dues "
    "en totalité.",
    "En cas de sortie anticipée du Client, les loyers du matériel restant à courir lui sont facturés en une fois.",
])
def test_all_fees_of_one_service_left_to_run_are_all_remaining_fees(sentence):
    report = _review(FR_HEAD + "Article 2 – Services\nLe Prestataire héberge et maintient les serveurs du Client.\n\n"
                     "Article 9 – Prix\nLa redevance est de 1 200 € HT par mois. " + sentence + "\n")
    assert "early_termination_all_fees" in _flags(report)
