"""Twenty-fifth session, second review batch (issue 13), written BEFORE the readers were changed (first run in the commit
message). Clauses in our own words, FR and EN, from other kinds of document than the ones that showed the classes (a
laboratory's instrument-support agreement, a payroll software annex, a call-centre SaaS, a fleet-telematics contract):

1. a numeral written twice across a hard line wrap ("one\\n(1) month", "trois\\n(3) mois"): one sentence, so the cap
   counted in months of fees is read with its months; a true list item after a colon still starts a sentence;
2. limits kept for the heaviest faults by a concessive phrase whose fault is a party's own ("even in the event of the
   Supplier's gross negligence", "y compris dans l'hypothèse d'une faute lourde commise par le Prestataire"), with the
   near misses kept quiet ("except in the event of …", "shall not apply in the event of …");
3. personal data processed through the work done, not named: the provider's staff query, repair or copy the client's
   database whose records the document describes as being about people, whatever its "no personal data" disclaimer
   (Art. 4(2) consultation, alteration, copying; Art. 28 by what the provider does); a database of machines only, or
   work the provider may not do, leaves Art. 28 out;
4. an annex that names the provider only by the role noun the main terms defined ("l'Éditeur", "the Publisher", "the
   Operator"): the service levels measured by that party alone are read as such.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.report import review_text
from assistant.text.sentences import split_sentences
from tests.review_docs import check_rule
from tests.test_review_classes_s25 import doc

LAB_EN = ("INSTRUMENT SOFTWARE SUPPORT AGREEMENT\n\nThis agreement is made between Helix Analytics Inc., 40 Market Street, "
          "Boston, MA 02110 (\"Supplier\"), and Laboratoires du Forez SAS, 12 rue Balay, 42000 Saint-Étienne, France "
          "(\"Customer\").\n\n1. Services\n1.1 Supplier shall support the chromatography software installed on "
          "Customer's own servers.\n\n")
PAIE_FR = ("CONTRAT D'ASSISTANCE LOGICIELLE\n\nEntre la société Paielogic, SAS, 5 rue Nationale, 37000 Tours, ci-après « le "
           "Prestataire », et la société Menuiseries du Cher, SARL, 18100 Vierzon, ci-après « le Client ».\n\nArticle 1 – "
           "Objet\nLe Prestataire assure l'assistance du logiciel de paie installé sur le serveur du Client.\n\n")


def wrapped(head: str, heading: str, *lines: str) -> str:
    """The clause hard-wrapped as a plain-text agreement prints it (one line per string)."""
    return head + f"{heading}\n" + "\n".join(lines) + "\n"


# -- 1. a numeral written twice across a line wrap --------------------------------------------------------------------
def test_numeral_echo_across_wrap_is_one_sentence() -> None:
    for text in ("The fees paid for the one\n(1) month before the claim are the limit.",
                 "Les redevances des trois\n(3) derniers mois constituent le plafond.",
                 "Notice of at least thirty\n(30) days is required."):
        assert len(split_sentences(text)) == 1, text


def test_list_item_after_colon_still_splits() -> None:
    parts = split_sentences("The Supplier shall provide the following:\n(1) a monthly report;\n(2) a yearly review.")
    assert len(parts) == 3


def test_other_number_after_wrap_still_splits() -> None:
    # "(2)" does not repeat "one": an item, not the figure of the word before
    parts = split_sentences("The Customer shall pay for one\n(2) second item listed here.")
    assert len(parts) == 2


CAPS: list[tuple[str, bool, str]] = [
    ("en-one-month-wrapped", True,
     wrapped(LAB_EN, "8. Liability", "8.1 Supplier's total liability under this Agreement shall not exceed the fees",
             "paid by Customer for the one", "(1) month before the event giving rise to the claim.")),
    ("en-two-months-wrapped", True,
     wrapped(LAB_EN, "8. Liability", "8.1 In no event shall Supplier's aggregate liability exceed the charges invoiced",
             "for the two", "(2) months preceding the claim.")),
    ("fr-un-mois-coupe", True,
     wrapped(PAIE_FR, "Article 8 – Responsabilité", "La responsabilité totale du Prestataire est limitée aux sommes",
             "versées par le Client au cours du un", "(1) mois précédant le fait générateur.")),
    ("en-twelve-months-wrapped-not-derisory", False,
     wrapped(LAB_EN, "8. Liability", "8.1 Supplier's total liability under this Agreement shall not exceed the fees",
             "paid by Customer for the twelve", "(12) months before the event giving rise to the claim.")),
]


@pytest.mark.parametrize("name,fires,text", CAPS, ids=[c[0] for c in CAPS])
def test_cap_months_across_wrap(name: str, fires: bool, text: str) -> None:
    check_rule("derisory_liability_cap", fires, text)


# -- 2. the limits kept for a party's own gross negligence ----------------------------------------------------------
GN = "gross_negligence_exclusion"
CAP_EN = "8.1 Supplier's total liability shall not exceed the fees paid in the twelve months before the claim."
CAP_FR = "La responsabilité totale du Prestataire est limitée aux sommes versées au cours des douze mois précédents."
GROSS: list[tuple[str, bool, str]] = [
    ("en-even-in-event-of-suppliers-gross-negligence", True,
     doc(LAB_EN, "8. Liability", CAP_EN, "8.2 The limitations in this clause apply in every case, even in the event of "
         "the Supplier's gross negligence.")),
    ("en-even-in-case-of-contractors-wilful-misconduct", True,
     doc(LAB_EN, "8. Liability", CAP_EN, "8.2 These exclusions and limits shall remain in force even in case of "
         "Supplier's gross negligence or wilful misconduct.")),
    ("en-irrespective-of-whether-gross-negligence", True,
     doc(LAB_EN, "8. Liability", CAP_EN, "8.2 The cap above applies irrespective of whether the loss results from the "
         "gross negligence of the Supplier.")),
    ("fr-y-compris-dans-l-hypothese-faute-lourde-commise", True,
     doc(PAIE_FR, "Article 8 – Responsabilité", CAP_FR, "Ces limitations s'appliquent y compris dans l'hypothèse d'une "
         "faute lourde commise par les préposés du Prestataire.")),
    ("fr-meme-en-presence-faute-lourde-du-prestataire", True,
     doc(PAIE_FR, "Article 8 – Responsabilité", CAP_FR, "Ce plafond demeure applicable même en présence d'une faute "
         "lourde du Prestataire ou de ses sous-traitants.")),
    # near misses: the heaviest faults put outside the limits
    ("en-except-in-event-of-suppliers-gross-negligence", False,
     doc(LAB_EN, "8. Liability", CAP_EN, "8.2 The limitations in this clause apply in every case, except in the event "
         "of the Supplier's gross negligence or wilful misconduct.")),
    ("en-shall-not-apply-in-event-of-gross-negligence", False,
     doc(LAB_EN, "8. Liability", CAP_EN, "8.2 The limitations in this clause shall not apply in the event of the "
         "Supplier's gross negligence or wilful misconduct.")),
    ("fr-sauf-faute-lourde-du-prestataire", False,
     doc(PAIE_FR, "Article 8 – Responsabilité", CAP_FR, "Ces limitations s'appliquent en toute hypothèse, sauf dans le "
         "cas d'une faute lourde commise par les préposés du Prestataire.")),
]


@pytest.mark.parametrize("name,fires,text", GROSS, ids=[c[0] for c in GROSS])
def test_limits_kept_for_gross_negligence(name: str, fires: bool, text: str) -> None:
    check_rule(GN, fires, text)


# -- 3. personal data reached through the work done -----------------------------------------------------------------
DEF_EN = ("2. Definitions\n2.1 \"Customer Data\" means the data held in the software database, including analyst "
          "accounts, patient sample identifiers and the names of the physicians who ordered the tests.\n\n")
DEF_EN_MACHINES = ("2. Definitions\n2.1 \"Customer Data\" means the data held in the software database, namely "
                   "instrument calibration curves, column lot numbers and run temperatures.\n\n")
DEF_FR = ("Article 2 – Définitions\n« Données du Client » : les informations de la base du logiciel, notamment les fiches "
          "des salariés, leurs rémunérations et leurs coordonnées bancaires.\n\n")
DISCLAIM_EN = ("7. Data\n7.1 The parties agree that Supplier does not process personal data on Customer's behalf under "
               "this Agreement.\n")
DISCLAIM_FR = ("Article 7 – Données\nLes parties conviennent que le Prestataire ne traite aucune donnée personnelle pour "
               "le compte du Client.\n")
WORK: list[tuple[str, bool, str]] = [
    ("en-queries-and-copies-extracts", True,
     LAB_EN + DEF_EN + "3. Remote Support\n3.1 During remote sessions Supplier's engineers may run queries against the "
     "software database and copy extracts of its tables to Supplier's support servers in Ohio to reproduce a fault.\n\n"
     + DISCLAIM_EN),
    ("en-repairs-tables-over-vpn", True,
     LAB_EN + DEF_EN + "3. Remote Support\n3.1 Supplier's support staff connect through Customer's VPN to repair "
     "corrupted tables of the software database and rebuild its indexes.\n\n" + DISCLAIM_EN),
    ("fr-extrait-et-corrige-la-base", True,
     PAIE_FR + DEF_FR + "Article 3 – Télémaintenance\nLors des sessions de télémaintenance, les techniciens du "
     "Prestataire peuvent interroger la base du logiciel, en corriger les tables et en extraire des copies vers leurs "
     "propres serveurs pour reproduire une anomalie.\n\n" + DISCLAIM_FR),
    # near misses: a database of machines only; work on the database the provider may not do
    ("en-machine-data-only", False,
     LAB_EN + DEF_EN_MACHINES + "3. Remote Support\n3.1 During remote sessions Supplier's engineers may run queries "
     "against the software database and copy extracts of its tables to Supplier's support servers in Ohio.\n\n"
     + DISCLAIM_EN),
    ("en-unauthorised-access-defined", False,
     LAB_EN + DEF_EN + "3. Security\n3.1 \"Security Incident\" means any unauthorised access to, or loss of, Customer "
     "Data in the software database, whoever causes it.\n\n" + DISCLAIM_EN),
    ("en-may-not-copy-or-query", False,
     LAB_EN + DEF_EN + "3. Remote Support\n3.1 Supplier's engineers may not run queries against the software database "
     "nor copy any of its tables; they work only on the application logs sent by Customer.\n\n" + DISCLAIM_EN),
]


@pytest.mark.parametrize("name,fires,text", WORK, ids=[c[0] for c in WORK])
def test_processing_read_from_the_work_done(name: str, fires: bool, text: str) -> None:
    rep = review_text(text, role="client", name="support.txt")
    assert rep.gdpr_art28.applies is fires, (name, rep.gdpr_art28.reason)
    check_rule("personal_data_without_dpa", fires, text)


# -- 4. an annex naming the provider by the role noun of its main terms ---------------------------------------------
def annex(lang: str, noun: str, measured: str) -> str:
    if lang == "fr":
        return ("# Annexe 2 – Niveaux de service\n\nLes termes en majuscules ont le sens que leur donnent les conditions "
                "générales.\n\n## 1. Disponibilité\n\n1.1. " + f"{noun} garantit une disponibilité mensuelle de la "
                "Plateforme de 99,5 %.\n\n1.2. " + measured + "\n\n## 2. Crédits\n\n2.1. Chaque point de disponibilité "
                "manquant ouvre droit à un crédit de 3 % de la redevance mensuelle, dans la limite de 15 %.\n")
    return ("# Schedule 2 - Service Levels\n\nCapitalised terms have the meaning given in the Terms of Service.\n\n"
            "## 1. Availability\n\n1.1 " + f"{noun} guarantees a monthly availability of the Platform of 99.5%.\n\n1.2 "
            + measured + "\n\n## 2. Credits\n\n2.1 Each missing point of availability gives a credit of 3% of the monthly "
            "fee, up to 15%.\n")


ANNEX: list[tuple[str, bool, str]] = [
    ("fr-outil-de-l-editeur-fait-seul-foi", True,
     annex("fr", "L'Éditeur", "La disponibilité est calculée exclusivement par la sonde de supervision de l'Éditeur, "
           "dont les relevés font seuls foi.")),
    ("fr-integrateur-seules-ses-mesures", True,
     annex("fr", "L'Intégrateur", "Le taux de disponibilité est établi à partir des seuls relevés de l'Intégrateur ; "
           "aucune autre mesure ne peut leur être opposée.")),
    ("en-publisher-tool-conclusive", True,
     annex("en", "The Publisher", "Availability is measured solely by the Publisher's monitoring tool, whose records "
           "are conclusive.")),
    ("en-operator-own-probes", True,
     annex("en", "The Operator", "Availability is recorded exclusively with the Operator's own monitoring probes, and "
           "no other evidence may be relied on.")),
    # near miss: the client may contest the figures
    ("fr-editeur-contestable", False,
     annex("fr", "L'Éditeur", "La disponibilité est calculée par la sonde de supervision de l'Éditeur ; le Client peut "
           "contester les relevés dans les trente jours.")),
]


@pytest.mark.parametrize("name,fires,text", ANNEX, ids=[c[0] for c in ANNEX])
def test_annex_provider_by_role_noun(name: str, fires: bool, text: str) -> None:
    check_rule("sla_measured_by_provider", fires, text)


def test_cap_denied_for_losses_including_gross_negligence() -> None:
    # the limits said not to apply to a class of losses that includes gross negligence: no limit kept for it
    check_rule(GN, False, doc(LAB_EN, "8. Liability", CAP_EN, "8.2 The cap shall not apply to losses of any kind, "
                              "including those caused by the Supplier's gross negligence."))


def test_services_handed_on_freely_without_processor_terms() -> None:
    # processing read from the work done, no processor terms at all: the services subcontracted freely (no word on the
    # data) and the staff of subcontractors named in a force majeure clause are the subcontracting and missing-terms
    # findings, not a sub-processor term found flawed ("personnel" in English are staff, not personal data)
    text = (LAB_EN + DEF_EN + "3. Remote Support\n3.1 During remote sessions Supplier's engineers may run queries "
            "against the software database and copy extracts of its tables to Supplier's support servers in Ohio.\n\n"
            + DISCLAIM_EN + "\n9. Force Majeure\n9.1 Failures of a party's own personnel or of its subcontractors are "
            "not force majeure.\n\n10. Miscellaneous\n10.1 Supplier may assign this Agreement and may subcontract any of "
            "the services, without notice to Customer.\n")
    rules = {f.rule for f in review_text(text, role="client", name="support.txt").flags}
    assert {"personal_data_without_dpa", "free_subcontracting_assignment"} <= rules, sorted(rules)
    assert "free_subprocessors" not in rules, sorted(rules)
