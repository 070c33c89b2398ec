"""Misreading classes met in the blind11 review documents, in our own sentences (FR and EN, firing and near-miss).

1. Negation and limits read backwards. A liability "limited neither in amount nor in kind" ("n'est limitée ni dans son
   montant ni…", "shall not be limited in amount") has no cap; credits that "may not accumulate beyond 15 %" ("ne sont
   pas additionnables au-delà de 15 %") are capped — the negation belongs to the limit itself. Near misses: a cap
   "limitée à", credits stated "not capped".
2. Words with several legal senses. The "transfert" of an exit plan (the hand-over to the client or its next provider) is
   no assignment of the contract; staff "assignment" (people put on the engagement) and an "assignment for the benefit
   of creditors" (insolvency) are not either. Near misses: the contract itself transferred or assigned freely.
3. Facts across clauses. The client's exit at any time from a plan bound a month at a time ("reconduite de mois en
   mois", "month-to-month") ends no commitment: no asymmetric termination for the provider; the same exit from a
   36-month term still is one.
4. Art. 28 applicability (GDPR, Art. 3): two parties established in the United States, with no link to the Union named,
   are outside the Regulation even when the provider runs the service desk and the workstations; one party in the Union,
   or the GDPR named, keeps it in.
5. A court named only by its city: exclusive jurisdiction of the courts "located in" the provider's home city is a
   one-sided forum; the customer's city is not (for the client).

Each case runs the whole review on a small document (parties, one or two articles, the clause under test)."""

from __future__ import annotations

import pytest

from assistant.legal.review.report import review_text
from tests.review_docs import case_id, check_rule, en, fr, managed


def flags_for(text: str, role: str) -> dict[str, str]:
    return {f.rule: f.severity for f in review_text(text, role=role).flags}


# -- 1. negation and limits ------------------------------------------------------------------------------------------
CASES: list[tuple[str, bool, str]] = [
    ("uncapped_liability", True, fr("Article 8 – Responsabilité", "Par exception aux conditions générales, la "
                                    "responsabilité du Prestataire n'est limitée ni dans son montant ni dans la nature "
                                    "des dommages indemnisables.")),
    ("uncapped_liability", True, en("8. Liability", "The Supplier's liability is limited neither in amount nor in the "
                                    "kind of loss that may be recovered.")),
    ("uncapped_liability", True, en("8. Liability", "The Supplier's liability under this Agreement shall not be limited "
                                    "in amount.")),
    ("uncapped_liability", False, fr("Article 8 – Responsabilité", "La responsabilité du Prestataire est limitée au "
                                     "montant des redevances versées au cours des douze mois précédant le fait générateur.")),
    ("uncapped_liability", False, en("8. Liability", "The Supplier's liability is limited to the fees paid in the twelve "
                                     "months before the claim.")),
    # -- 2. several senses of "transfer" and "assignment" --------------------------------------------------------------
    ("free_subcontracting_assignment", False, fr("Article 12 – Réversibilité", "Le Prestataire remet, dans le mois "
                                                 "suivant la notification du contrat, un plan de sortie décrivant les "
                                                 "étapes et les modalités de transfert.")),
    ("free_subcontracting_assignment", False, en("12. Exit", "The Supplier delivers, within sixty days of notification "
                                                 "of the award, an exit plan setting out the timetable and the transfer "
                                                 "arrangements.")),
    ("free_subcontracting_assignment", True, fr("Article 12 – Cession", "Le Prestataire peut transférer le contrat à une "
                                                "société de son groupe sur simple notification au Client.")),
    ("free_subcontracting_assignment", True, en("12. Exit", "The Supplier may transfer this Agreement to a successor "
                                                "provider of its group on written notice to the Customer.")),
    ("free_subcontracting_assignment", False, en("7. Staff", "The Supplier may screen the engineers it proposes before "
                                                 "their assignment, without notice to the Customer.")),
    ("free_subcontracting_assignment", False, en("12. Termination", "The Supplier may terminate on notice if the "
                                                 "Customer makes a general assignment for the benefit of its creditors.")),
    ("free_subcontracting_assignment", True, en("12. Assignment", "The Supplier may assign this Agreement to any "
                                                "purchaser of its business without the Customer's consent.")),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_class(case):
    check_rule(*case)


# credits capped by a sentence that denies accumulation beyond a ceiling: no uncapped penalties (high for the provider)
PENALTY_CASES: list[tuple[bool, str]] = [
    (False, fr("Article 7 – Crédits de service", "Chaque heure d'indisponibilité au-delà du seuil donne lieu à un crédit "
               "de 2 % de la redevance mensuelle. Les crédits ne sont pas additionnables au-delà d'un total de 15 % de la "
               "redevance du mois.")),
    (False, en("7. Service credits", "Each hour of downtime beyond the threshold gives rise to a credit of 2 % of the "
               "monthly fee. Credits for any one month shall not accumulate beyond 15 % of that month's fee.")),
    (True, fr("Article 7 – Crédits de service", "Chaque heure d'indisponibilité donne lieu à un crédit de 2 % de la "
              "redevance mensuelle. Les crédits ne sont pas plafonnés.")),
    (True, en("7. Service credits", "Each hour of downtime gives rise to a credit of 2 % of the monthly fee. Credits are "
              "not capped.")),
]


@pytest.mark.parametrize("fires,text", PENALTY_CASES, ids=lambda v: str(v)[-50:])
def test_credit_cap_worded_as_a_denial(fires, text):
    got = flags_for(text, "msp")
    assert ("uncapped_penalties" in got) is fires, got


# -- 3. the client's exit from a month-to-month plan -------------------------------------------------------------------
EXIT_CASES: list[tuple[bool, str]] = [
    (False, managed("fr", "Article 9 – Durée", "La formule mensuelle est souscrite pour une durée d'un mois, reconduite "
                    "de mois en mois. Le Client peut la résilier à tout moment, sans frais, moyennant un préavis de "
                    "quinze jours.")),
    (False, managed("en", "9. Term", "The monthly plan runs month-to-month. The Customer may terminate it at any time, "
                    "without charge, on fifteen days' notice.")),
    (True, managed("fr", "Article 9 – Durée", "Le contrat est conclu pour une durée de trente-six mois. Le Client peut le "
                   "résilier à tout moment, sans frais, moyennant un préavis de quinze jours.")),
    (True, managed("en", "9. Term", "This Agreement has an initial term of thirty-six months. The Customer may terminate "
                   "it at any time, without charge, on fifteen days' notice.")),
]


@pytest.mark.parametrize("fires,text", EXIT_CASES, ids=lambda v: str(v)[-50:])
def test_exit_from_a_plan_without_commitment(fires, text):
    got = flags_for(text, "msp")
    assert ("asymmetric_termination" in got) is fires, got


# -- 4. Art. 28 and the territory of the GDPR --------------------------------------------------------------------------
def us_msa(customer: str, extra: str = "") -> str:
    return ("MANAGED SERVICES AGREEMENT\n\nThis Managed Services Agreement (the \"Agreement\") is made on May 4, 2026 "
            "between Bluegrass Network Care, LLC, a Kentucky limited liability company with offices at 310 Main Street, "
            f"Lexington, KY 40507 (\"Provider\"), and {customer} (\"Customer\").\n\n"
            "Section 1.01 Services. Provider operates the Customer's service desk, administers its workstations and user "
            "accounts and backs up its file servers every night." + extra + "\n\n"
            "Section 2.01 Law. This Agreement is governed by the laws of the Commonwealth of Kentucky.\n")


US_CUSTOMER = "Harbor Lane Foods, Inc., a Georgia corporation with its principal office at 12 Bay Street, Savannah, GA 31401"
EU_CUSTOMER = "Brabant Koeltechniek B.V., a company registered in the Netherlands, Stationsplein 4, 5611 AB Eindhoven"
FR_CUSTOMER_TEXT = ("CONTRAT D'INFOGÉRANCE\n\nEntre la société Gamma Services, 8 quai Perrache, 69002 Lyon, ci-après « le "
                    "Prestataire », et la société Delta Négoce, 1 rue Crébillon, 44000 Nantes, ci-après « le Client ».\n"
                    "Article 1 – Objet\nLe Prestataire assure le support des utilisateurs du Client, administre ses postes "
                    "de travail et son annuaire et sauvegarde ses serveurs chaque nuit.\n")


def test_two_us_parties_are_outside_the_gdpr():
    rep = review_text(us_msa(US_CUSTOMER), role="client")
    assert rep.gdpr_art28.applies is False
    assert "Art. 3" in rep.gdpr_art28.reason and "Kentucky" in rep.gdpr_art28.reason
    assert "personal_data_without_dpa" not in {f.rule for f in rep.flags}


def test_a_customer_in_the_union_keeps_art28():
    assert review_text(us_msa(EU_CUSTOMER), role="client").gdpr_art28.applies is True


def test_the_gdpr_named_keeps_art28_between_us_parties():
    text = us_msa(US_CUSTOMER, " Where Customer data include personal data of individuals in the European Union, "
                               "Provider processes them under Regulation (EU) 2016/679.")
    assert review_text(text, role="client").gdpr_art28.applies is True


def test_french_parties_unchanged():
    assert review_text(FR_CUSTOMER_TEXT, role="client").gdpr_art28.applies is True


# -- 5. a court named only by its city -----------------------------------------------------------------------------------
def test_provider_city_court_is_one_sided():
    text = us_msa(US_CUSTOMER).replace(
        "Section 2.01 Law. This Agreement is governed by the laws of the Commonwealth of Kentucky.",
        "Section 2.01 Venue. Any suit arising out of this Agreement shall be filed only in the state or federal courts "
        "sitting in Lexington, and each party submits to their jurisdiction.")
    assert "one_sided_jurisdiction" in flags_for(text, "client")


def test_customer_city_court_is_not_the_clients_risk():
    text = us_msa(US_CUSTOMER).replace(
        "Section 2.01 Law. This Agreement is governed by the laws of the Commonwealth of Kentucky.",
        "Section 2.01 Venue. Any suit arising out of this Agreement shall be filed only in the state or federal courts "
        "sitting in Savannah, and each party submits to their jurisdiction.")
    assert flags_for(text, "client").get("one_sided_jurisdiction") in (None, "low")
