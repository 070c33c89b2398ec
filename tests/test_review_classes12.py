"""Wording classes met in the blind9 paraphrase batch, in our own sentences (FR and EN, firing and near-miss).

1. A cut of the service without notice for a breach the provider alone judges ("where it deems the Customer's use
   unlawful", "en cas de manquement du Client à ses obligations"), not only for late payment; and the cut worded as
   withholding the services or ceasing to provide them ("withhold performance of", "cease to provide", "cesser de
   fournir"), the notice waived as "without prior notification" or "without being required to give a reminder".

Each case runs the whole review on a small document (parties, one article, the clause under test)."""

from __future__ import annotations

import pytest

from tests.review_docs import case_id, check_rule, en, fr

CASES: list[tuple[str, bool, str]] = [
    # 1. suspension without notice: a breach as ground, withholding / ceasing as the cut
    ("suspension_without_notice", True, fr("Article 6 – Suspension",
                                           "En cas de manquement du Client à l'une de ses obligations, le Prestataire peut "
                                           "suspendre les Services sans avertissement.")),
    ("suspension_without_notice", True, fr("Article 6 – Factures",
                                           "Si une facture reste impayée à l'échéance, le Prestataire pourra cesser de "
                                           "fournir les Services immédiatement.")),
    ("suspension_without_notice", True, en("6. Suspension",
                                           "The Supplier may suspend the Customer's accounts without prior notification "
                                           "if it deems the Customer to be in breach of the acceptable use policy.")),
    ("suspension_without_notice", True, en("6. Payment",
                                           "Where an amount is overdue, the Supplier may withhold performance of the "
                                           "Services without being required to give a reminder.")),
    ("suspension_without_notice", True, en("6. Dependencies",
                                           "The Supplier may stop providing the Services with immediate effect if the "
                                           "Customer fails to comply with its obligations under clause 4.")),
    # near misses: a cut after a formal notice left unanswered, or for a security threat with information at once
    ("suspension_without_notice", False, fr("Article 6 – Suspension",
                                            "En cas de manquement du Client, le Prestataire peut suspendre les Services "
                                            "trente jours après une mise en demeure restée sans effet.")),
    ("suspension_without_notice", False, en("6. Suspension",
                                            "If the Customer fails to comply with clause 4, the Supplier may withhold "
                                            "performance of the affected Services after giving thirty days' written "
                                            "notice.")),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_class(case):
    check_rule(*case, spans=True)
