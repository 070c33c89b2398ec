"""Art. 28 elements, twenty-fifth session's classes (issue 13, element-removal measure on real DPAs). Sentences
written for this test in EN and FR, in other words than any DPA read, with near-misses that must not move:

- Art. 28(4) asks that the SAME data protection obligations as the processor's bind the sub-processor by contract.
  Staff and subcontractors bound in writing only to keep the data confidential state the persons' duty of
  confidentiality (point (b)), not that flow-down: a written confidentiality undertaking is no "written contract"
  imposing the contract's obligations. Near-misses: the same sentence that also imposes the same obligations, or the
  processor remaining liable for the sub-processor, keeps 28(4);
- point (b) in its ordinary wordings: the persons hold the data "in confidence" (no form of "confidential"), or the
  French adjective ("garder les données confidentielles") after technicians, engineers or contractors. Near-misses:
  the processor's own commercial secrets and the data subjects' own confidence state no staff duty.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.segmentation import Clause

CONF = "art28_3b_confidentiality"
FLOW = "art28_4_flow_down"


def elements(text: str) -> set[str]:
    clauses = [Clause(heading="", text=text, start=0)]
    return {f.element for f in extract_facts(clauses, text).all("obligation") if f.modal != "need_not"}


# (sentence, whether it names staff: point (b) is then read; a firm alone is left to the other readers)
SECRECY_ONLY = [
    ("The Vendor shall make sure that its engineers, contractors and subcontractors handling Client data are bound by a "
     "written agreement with the Vendor to keep that data confidential.", True),
    ("Each subcontractor engaged by the Provider shall sign a written undertaking to hold the Customer's records in "
     "strict confidence.", False),
    ("Le prestataire veille à ce que ses techniciens et ses sous-traitants ayant accès aux données soient liés par un "
     "engagement écrit de garder ces données confidentielles.", True),
    ("Le prestataire s'assure que ses salariés et ses sous-traitants ultérieurs sont tenus, par contrat écrit, de "
     "préserver la confidentialité des données du client.", True),
]


@pytest.mark.parametrize("text,staff", SECRECY_ONLY)
def test_subcontractors_bound_to_secrecy_only_is_point_b_not_flow_down(text: str, staff: bool) -> None:
    found = elements(text)
    assert FLOW not in found
    assert (CONF in found) is staff


FLOW_KEPT = [
    "The Vendor shall bind each subcontractor by written contract to keep the data confidential and to comply with the "
    "same data protection obligations as those of this addendum.",
    "Le prestataire impose à chaque sous-traitant ultérieur, par contrat écrit, une obligation de garder les données "
    "confidentielles ainsi que les mêmes obligations en matière de protection des données que celles du présent accord.",
    "Where a subcontractor is bound to keep the data confidential, the Vendor remains fully liable to the Client for "
    "that subcontractor's performance of its obligations.",
]


@pytest.mark.parametrize("text", FLOW_KEPT)
def test_flow_down_with_secrecy_kept(text: str) -> None:
    assert FLOW in elements(text)


CONF_READ = [
    "All technicians of the Provider who can reach the hosted mailboxes shall hold their contents in confidence.",
    "Everyone the Supplier allows to access the personal data must have agreed in writing to treat it in strictest "
    "confidence.",
    "Les ingénieurs du prestataire intervenant sur les serveurs du client s'engagent à garder confidentielles les "
    "données auxquelles ils accèdent.",
    "Les intervenants du prestataire sont tenus de conserver ces informations personnelles confidentielles, y compris "
    "après la fin de leur mission.",
]


@pytest.mark.parametrize("text", CONF_READ)
def test_persons_bound_to_confidence(text: str) -> None:
    assert CONF in elements(text)


CONF_NOT = [
    # the data subjects' own confidence in the service, the provider's commercial secrets
    "The Provider's engineers value the confidence that patients place in the clinic's booking service.",
    "Les ingénieurs du prestataire ont conçu des méthodes confidentielles qui restent la propriété du prestataire.",
]


@pytest.mark.parametrize("text", CONF_NOT)
def test_confidence_that_binds_no_staff(text: str) -> None:
    assert CONF not in elements(text)
