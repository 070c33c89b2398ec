"""Service credits and their ceilings in ordinary wording (issue 13 classes 1 and 4), written before the reader was
changed (first run in the commit message): a credit named in the singular with its amount ("un crédit égal à 5 %",
"an amount credited equal to", "un avoir de 3 %") is the credit scheme, so the ceiling its sentence sets belongs to
it and a later sentence about how credits are applied ("Les crédits sont imputés sur la facture suivante") does not
stand for an uncapped scheme; a ceiling named with its kind ("subject to an overall limit of 5 %", "subject to an
aggregate maximum of", "sous réserve d'un plafond mensuel de") is a ceiling. Near misses: a credit scheme said to
have no ceiling, prepaid support hours ("un crédit de 10 heures"), a credit of tax."""

from __future__ import annotations

import pytest

from tests.review_docs import check_rule

HEAD_FR = ("CONDITIONS PARTICULIÈRES D'HÉBERGEMENT\n\nEntre la société Orme Hébergement, ci-après « le Prestataire », et "
           "la société Tilleul Conseil, ci-après « le Client ».\n\n"
           "Article 1 – Objet\nLe Prestataire met à disposition du Client deux serveurs dédiés et en assure "
           "l'exploitation.\n\n"
           "Article 2 – Disponibilité\nLe Prestataire s'engage sur une disponibilité mensuelle de 99,9 % de chaque "
           "serveur, mesurée par une sonde externe dont le Client consulte les relevés.\n\n")
HEAD_EN = ("MANAGED HOSTING AGREEMENT\n\nBetween Alder Hosting Ltd (\"Provider\") and Yew Retail Ltd (\"Customer\").\n\n"
           "1. Services\n1.1 Provider hosts and operates the Customer's web shop on dedicated servers.\n\n"
           "2. Service Levels\n2.1 Provider shall keep the web shop available 99.9% of each calendar month, measured "
           "by an external probe whose readings the Customer can consult.\n\n")


def doc(head: str, heading: str, *paragraphs: str) -> str:
    return head + f"{heading}\n" + "\n\n".join(paragraphs) + "\n"


CASES: list[tuple[str, bool, str]] = [
    # a credit in the singular with its amount, the ceiling in the same sentence, how credits are applied after it
    ("fr-credit-egal-dans-la-limite", False,
     doc(HEAD_FR, "Article 3 – Crédits de service",
         "3.1 Lorsque l'engagement de disponibilité n'est pas tenu, le Client bénéficie d'un crédit égal à 5 % de la "
         "redevance mensuelle du serveur concerné par heure d'indisponibilité, dans la limite de 25 % de cette "
         "redevance par mois.",
         "3.2 Les crédits sont imputés sur la facture suivante, sur demande du Client présentée dans le mois.")),
    ("fr-avoir-de-plafonne", False,
     doc(HEAD_FR, "Article 3 – Avoirs",
         "3.1 Chaque heure d'indisponibilité au-delà de l'engagement ouvre droit à un avoir de 4 % de la redevance "
         "mensuelle, plafonné à 20 % de celle-ci.",
         "3.2 Les avoirs sont déduits de la facture du mois suivant.")),
    ("fr-credit-correspondant-sous-reserve-plafond", False,
     doc(HEAD_FR, "Article 3 – Compensation",
         "3.1 En cas de dépassement du délai de rétablissement, le Client reçoit un crédit correspondant à 2 % de la "
         "redevance mensuelle par heure de retard, sous réserve d'un plafond mensuel de 15 % de la redevance.",
         "3.2 Les crédits sont portés sur la facture suivante.")),
    ("en-credit-subject-to-overall-limit", False,
     doc(HEAD_EN, "3. Service Credits",
         "3.1 If a Service Level is missed in a month, the Customer shall be entitled to a Service Credit equal to 2% "
         "of the Monthly Charges per failure, subject to an overall limit of 5% of the Monthly Charges for that month.",
         "3.2 Service Credits are applied to the next invoice.")),
    ("en-credit-subject-to-aggregate-maximum", False,
     doc(HEAD_EN, "3. Service Credits",
         "3.1 For each full hour of unavailability below the commitment, Provider shall grant a credit equal to 3% of "
         "the monthly fee, subject to an aggregate maximum of 12% of that fee in any month.",
         "3.2 Credits are deducted from the following invoice.")),
    ("en-credit-subject-to-monthly-cap", False,
     doc(HEAD_EN, "3. Service Credits",
         "3.1 A missed response time gives the Customer a Service Credit of 1% of the monthly fee per incident, "
         "subject to a monthly cap of 10% of that fee.",
         "3.2 Credits carry no interest and are applied to the next invoice.")),
    # near misses: a credit scheme with no ceiling, said or silent, is still uncapped
    ("fr-credit-egal-sans-plafond", True,
     doc(HEAD_FR, "Article 3 – Crédits de service",
         "3.1 Lorsque l'engagement de disponibilité n'est pas tenu, le Client bénéficie d'un crédit égal à 5 % de la "
         "redevance mensuelle par heure d'indisponibilité, sans plafond.",
         "3.2 Les crédits sont imputés sur la facture suivante.")),
    ("fr-credit-egal-silencieux", True,
     doc(HEAD_FR, "Article 3 – Crédits de service",
         "3.1 Lorsque l'engagement de disponibilité n'est pas tenu, le Client bénéficie d'un crédit égal à 5 % de la "
         "redevance mensuelle par heure d'indisponibilité.",
         "3.2 Les crédits sont imputés sur la facture suivante.")),
    ("en-credit-not-subject-to-overall-limit", True,
     doc(HEAD_EN, "3. Service Credits",
         "3.1 If a Service Level is missed, the Customer shall be entitled to a Service Credit equal to 2% of the "
         "Monthly Charges per failure.",
         "3.2 Service Credits are not subject to any overall limit and are applied to the next invoice.")),
    ("en-credit-equal-silent", True,
     doc(HEAD_EN, "3. Service Credits",
         "3.1 For each hour of unavailability the Customer shall receive a credit equal to 5% of the monthly fee.",
         "3.2 Credits are deducted from the following invoice.")),
    # near misses: prepaid hours and a tax credit are no service credits at all
    ("fr-credit-heures-prepayees", False,
     doc(HEAD_FR, "Article 3 – Crédit d'heures",
         "3.1 Le Client achète un crédit de 10 heures d'intervention sur site, valable douze mois, décompté par "
         "demi-heure.",
         "3.2 Les heures non consommées à la fin de la période sont perdues.")),
    ("fr-credit-impot", False,
     doc(HEAD_FR, "Article 3 – Prix",
         "3.1 Le prix ne tient pas compte du crédit d'impôt dont le Client pourrait bénéficier au titre de ses "
         "dépenses de recherche.",
         "3.2 Il est payable à trente jours fin de mois.")),
]


@pytest.mark.parametrize("name,fires,text", CASES, ids=[c[0] for c in CASES])
def test_credit_cap(name: str, fires: bool, text: str) -> None:
    check_rule("uncapped_penalties", fires, text)
