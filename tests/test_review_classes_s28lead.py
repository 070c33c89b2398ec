"""Twenty-eighth session, the lead's review classes (issue 13, point 6: a document set), written BEFORE the reader was
changed, from the first run of the blind28 set. Our own wording, other trades, FR and EN; firing cases and near misses.

A contract whose list of parts names its processor agreement ("Les annexes font partie du contrat : … Annexe 2 « Accord
de traitement des données personnelles »", "The Schedules form part of this Agreement: … Schedule 2 (Data Processing
Agreement)") has its Art. 28 terms in that part, even when the part is not supplied: no "personal data without processor
terms" on the contract reviewed alone. A list that names no processor agreement, or a processor agreement still to be
signed, leaves the finding in place.
"""

from __future__ import annotations

import pytest

from tests.review_docs import check_rule

FR_HEAD = ("CONTRAT DE SERVICES DE GESTION DES TEMPS\n\nEntre la société Horodata, SAS, 4 rue Paradis, 13001 Marseille, "
           "ci-après « le Prestataire », et la société Transports Mistral, SAS, 2 avenue du Prado, 13008 Marseille, "
           "ci-après « le Client ».\n\n")
FR_BODY = ("Article 2 – Services\nLe Prestataire héberge sur ses serveurs le logiciel de gestion des temps du Client et "
           "les fiches de pointage de ses salariés (noms, horaires, absences), qu'il sauvegarde chaque nuit.\n\n"
           "Article 3 – Durée\nLe contrat est conclu pour vingt-quatre mois.\n")
EN_HEAD = ("TIMEKEEPING SERVICES AGREEMENT\n\nThis Agreement is made between Clockwise Cloud Ltd, 3 Quay Street, "
           "Cork, Ireland (\"Supplier\") and Harbour Freight Ltd, 8 Dock Road, Cork, Ireland (\"Customer\").\n\n")
EN_BODY = ("2. Services\nThe Supplier hosts the Customer's timekeeping software and the clock-in records of its "
           "employees (names, hours, absences) on its own servers and backs them up every night.\n\n"
           "3. Term\nThis Agreement runs for twenty-four months.\n")

FR_LISTS = [
    "Article 1 – Documents contractuels\nLes annexes font partie du contrat : Annexe 1 « Tarifs » ; Annexe 2 « Accord de "
    "traitement des données personnelles ». L'Annexe 2 prévaut sur le présent document pour les données personnelles.\n\n",
    "Article 1 – Pièces du contrat\nLe contrat est formé des présentes et des annexes suivantes, qui en font partie "
    "intégrante : Annexe A – Périmètre ; Annexe B – Accord de sous-traitance au sens de l'article 28 du RGPD.\n\n",
]
EN_LISTS = [
    "1. Contract documents\nThe Schedules form part of this Agreement: Schedule 1 (Charges); Schedule 2 (Data Processing "
    "Agreement). Schedule 2 prevails over this Agreement as regards personal data.\n\n",
    "1. Structure\nThis Agreement consists of these terms and the following appendices, which form part of it: Appendix A "
    "- Service Description; Appendix B - Data Processing Addendum.\n\n",
]


@pytest.mark.parametrize("text", [FR_HEAD + x + FR_BODY for x in FR_LISTS] + [EN_HEAD + x + EN_BODY for x in EN_LISTS],
                         ids=["fr-font-partie", "fr-forme-des", "en-form-part", "en-consists-of"])
def test_a_processor_agreement_named_in_the_list_of_parts_holds_the_art28_terms(text):
    check_rule("personal_data_without_dpa", False, text)


NEAR_MISSES = [
    # the list names no processor agreement: the hosted staff data has no terms
    FR_HEAD + "Article 1 – Documents contractuels\nLes annexes font partie du contrat : Annexe 1 « Tarifs » ; Annexe 2 "
    "« Plan d'assurance qualité ».\n\n" + FR_BODY,
    EN_HEAD + "1. Contract documents\nThe Schedules form part of this Agreement: Schedule 1 (Charges); Schedule 2 "
    "(Service Levels).\n\n" + EN_BODY,
    # a processor agreement still to be signed is not in force
    EN_HEAD + "1. Data\nThe parties shall negotiate a data processing agreement at a later date, which will then form part "
    "of this Agreement.\n\n" + EN_BODY,
    FR_HEAD + "Article 1 – Données\nLes parties s'engagent à conclure ultérieurement un accord de sous-traitance, qui "
    "fera alors partie du contrat.\n\n" + FR_BODY,
]


@pytest.mark.parametrize("text", NEAR_MISSES, ids=["fr-no-dpa-listed", "en-no-dpa-listed", "en-not-yet", "fr-not-yet"])
def test_a_list_without_a_processor_agreement_or_one_to_come_keeps_the_finding(text):
    check_rule("personal_data_without_dpa", True, text)
