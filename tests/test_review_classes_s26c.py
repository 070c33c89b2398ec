"""Twenty-sixth session (issue 13, US service contracts): what a clause does, read for three topics whose words have
other senses. Written before the fixes, in our own words (other sectors, both languages), about half that must carry
the topic and half near misses that must not.

- reversibility: what the provider must still do once the contract ends (keep running the service for a while, hand
  back the files, sell the equipment that ran the service), however the end is worded ("the date of termination",
  "la résiliation prévue à l'article 12.3", a section number with a dot in the sentence). An obligation that merely
  outlives the contract (an insurance tail, a non-compete, a severance payment) is not an exit term.
- audit: a right to check the other party (books, premises, compliance), not information received "by inspection",
  audited accounts handed over, an audit log kept, or a "Records" heading over records merely kept or handed back.
- non_solicitation: hiring or soliciting the other party's staff, not screening one's own staff or soliciting
  customers.
"""

from __future__ import annotations

import pytest

from tests.review_docs import en, fr


def _topics(text: str) -> set[str]:
    """Topics of the last clause of the document (the clause under test)."""
    from assistant.legal.review.report import review_text

    clauses = review_text(text, role="client").to_json()["clauses"]
    return set(clauses[-1]["topics"])


CASES: list[tuple[str, str, bool, str]] = [
    # -- reversibility ------------------------------------------------------------------------------------------------
    ("rev-en-buy-equipment-dotted-ref", "reversibility", True,
     en("9. Equipment", "If this Agreement ends under Section 4.2 above, the Customer shall have the option, exercisable "
        "within sixty days after such termination, to buy from the Supplier at net book value the servers and network "
        "equipment used to run the Services.")),
    ("rev-en-keep-running", "reversibility", True,
     en("12. Wind-Down", "For ninety days after the effective date of termination the Supplier shall keep processing the "
        "Customer's payroll runs at the rates then in force.")),
    ("rev-en-continue-after-expiry", "reversibility", True,
     en("13. Continued Service", "Following expiry of the Term, the Supplier will, at the Customer's request, go on "
        "hosting the application for up to six months on a month-to-month basis.")),
    ("rev-en-hand-back-within", "reversibility", True,
     en("14. Records", "Within thirty days of termination under Section 15.1, the Supplier shall hand back to the "
        "Customer every patient file it holds, as a CSV export.")),
    ("rev-fr-continue-after-resiliation", "reversibility", True,
     fr("Article 9 – Fin du contrat", "Pendant les trois mois qui suivent la résiliation prévue à l'article 12.3, le "
        "Prestataire continue d'assurer l'exploitation des serveurs aux mêmes conditions.")),
    ("rev-fr-remet-fichiers", "reversibility", True,
     fr("Article 10 – Expiration", "À l'expiration du contrat, quelle qu'en soit la cause, le Prestataire remet au Client, "
        "dans un délai de quinze jours, l'ensemble des fichiers et des paramétrages de l'application.")),
    ("rev-en-insurance-tail", "reversibility", False,
     en("10. Insurance", "The Supplier shall keep its professional liability insurance in force for three years after the "
        "end of the Term and shall show the certificate on request.")),
    ("rev-en-non-compete", "reversibility", False,
     en("11. Non-Competition", "For twelve months after termination of this Agreement, the Consultant shall not provide "
        "similar services to any competitor of the Customer.")),
    ("rev-en-severance", "reversibility", False,
     en("11. Severance", "If the Consultant's engagement ends for any reason other than gross misconduct, the Customer "
        "shall pay the fees earned up to the date of termination and a lump sum equal to one month's fees.")),
    # -- audit --------------------------------------------------------------------------------------------------------
    ("audit-en-info-by-inspection", "audit", False,
     en("6. Confidential Information", "Each party will receive information from the other, whether orally, in writing "
        "or by inspection, and shall keep that information confidential.")),
    ("audit-en-learned-by-observation-inspection", "audit", False,
     en("6. Confidentiality", "The Consultant will have access to and may be entrusted with information about the "
        "Customer's suppliers (whether oral, written or by inspection) and shall not disclose it.")),
    ("audit-en-audited-accounts", "audit", False,
     en("7. Financial Statements", "The Customer shall deliver to the Supplier a copy of its audited annual accounts within "
        "one hundred and twenty days after its financial year end.")),
    ("audit-en-audit-log", "audit", False,
     en("8. Logs", "The Supplier keeps an audit log of every administrator login and retains it for twelve months.")),
    ("audit-en-inspect-books", "audit", True,
     en("8. Records", "The Customer may inspect the Supplier's books and records relating to the charges once a year on "
        "fifteen days' notice.")),
    ("audit-fr-audit-locaux", "audit", True,
     fr("Article 8 – Contrôle", "Le Client peut faire procéder, à ses frais, à un audit des locaux du Prestataire une fois "
        "par an, après un préavis de quinze jours.")),
    ("audit-en-inspection-right-with-info-words", "audit", True,
     en("8. Inspection", "The Customer may inspect, on reasonable notice, the premises where the Supplier keeps the "
        "information it receives orally or in writing.")),
    ("audit-en-records-heading-kept-only", "audit", False,
     en("8. Records", "The Supplier shall keep a written record of every support call for two years.")),
    ("audit-en-records-heading-files-back", "audit", False,
     en("14. Records", "Within thirty days of termination the Supplier shall hand back to the Customer every patient "
        "file it holds, as a CSV export.")),
    ("audit-en-records-open-to-auditors", "audit", True,
     en("8. Books and Records", "The Supplier shall keep complete books of account for the Services and make them "
        "available to the Customer's auditors on request.")),
    # -- non_solicitation ---------------------------------------------------------------------------------------------
    ("nonsol-en-background-check", "non_solicitation", False,
     en("5. Personnel", "The Supplier shall carry out a background check on every employee it assigns to the Customer's "
        "premises and shall remove anyone who fails it.")),
    ("nonsol-en-solicit-customers", "non_solicitation", False,
     en("5. Customers", "Neither party shall solicit the other party's customers for competing products during the "
        "Term.")),
    ("nonsol-en-recruit-staff", "non_solicitation", True,
     en("5. Staff", "During the Term and for six months after it, neither party shall recruit any member of the other's "
        "staff who worked on the Services.")),
    ("nonsol-fr-embauche", "non_solicitation", True,
     fr("Article 5 – Personnel", "Le Client s'interdit d'embaucher tout salarié du Prestataire ayant participé aux "
        "prestations, pendant la durée du contrat et douze mois après son terme.")),
]


@pytest.mark.parametrize("name,topic,carried,text", CASES, ids=[c[0] for c in CASES])
def test_clause_topic(name: str, topic: str, carried: bool, text: str) -> None:
    found = _topics(text)
    assert (topic in found) is carried, f"{name}: {topic} {'missed' if carried else 'read'} -> {sorted(found)}"


def test_batch_is_balanced() -> None:
    assert sum(c[2] for c in CASES) >= 8 and sum(not c[2] for c in CASES) >= 8
