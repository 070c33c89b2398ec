"""Issue 13, two classes, in our own sentences (FR and EN, firing and near-miss).

1. Reversibility excluded is not reversibility present (item 5): an exit article that says the provider owes no
   reversibility, no exit assistance or no help with a migration is read as a typed fact (reversibility not
   provided, with its quote); the topic then counts as a missing essential clause of a managed-services contract
   and the no-reversibility finding quotes the exclusion. Reversibility sold for a fee, given on request or limited
   in time is reversibility present.
2. Document type of French "conditions particulières": when they name both parties, are signed by both and carry
   the deal's figures they are the contract (services agreement), not a provider's standard terms; without those
   facts, or when the title names general conditions, they stay terms and conditions."""

from __future__ import annotations

import pytest

from assistant.legal.review.doctype import detect
from assistant.legal.review.report import review_text

from tests.review_docs import conditions, managed

EXCLUDED = [
    ("fr", "Article 7 – Réversibilité", "Aucune obligation de réversibilité n'incombe au Prestataire au titre du présent "
                                        "contrat."),
    ("fr", "Article 7 – Sortie", "Le Prestataire n'est pas tenu d'accompagner le Client lors de la migration de ses "
                                 "applications vers un nouveau prestataire."),
    ("fr", "Article 7 – Fin du contrat", "Les services souscrits n'incluent aucune assistance à la réversibilité."),
    ("en", "7. Exit", "The Supplier is under no obligation to provide exit assistance of any kind."),
    ("en", "7. Transition", "The Supplier shall have no duty to help the Customer transfer the services to a successor "
                            "provider."),
    ("en", "7. End of the Services", "Exit assistance is not part of the Services."),
]

PRESENT = [  # the exit given, for a fee, on request, for a limited time: present, whatever its limits
    ("fr", "Article 7 – Réversibilité", "À la demande du Client, le Prestataire l'assiste dans la réversibilité, facturée "
                                        "selon le barème en vigueur."),
    ("fr", "Article 7 – Fin du contrat", "Le Prestataire restitue les données du Client pendant un délai de trente jours "
                                         "suivant la fin du contrat, puis les détruit."),
    ("fr", "Article 7 – Réversibilité", "La réversibilité est assurée pendant deux mois au maximum, aux frais du Client."),
    ("en", "7. Exit assistance", "Exit assistance will be provided on the Customer's written request, at the Supplier's "
                                 "standard daily rates."),
    ("en", "7. End of the Services", "For 45 days after termination, the Supplier will return the Customer Data in a "
                                     "standard format."),
    ("en", "7. Transition", "The Supplier will provide transition assistance limited to ninety days, charged on a time "
                            "and materials basis."),
]


def _exit_facts(report) -> list[dict]:
    return [f for c in report.clauses for f in c.facts if f.get("kind") == "reversibility"]


@pytest.mark.parametrize("lang, heading, sentence", EXCLUDED)
def test_reversibility_excluded_counts_as_missing(lang, heading, sentence):
    text = managed(lang, heading, sentence)
    report = review_text(text)
    facts = _exit_facts(report)
    assert facts and not any(f["provided"] for f in facts)
    refused = next(f for f in facts if not f["deletion_without_return"])
    assert refused["evidence"]["quote"] and refused["evidence"]["quote"] in text  # the quoted span proves it
    assert "reversibility" in report.missing_essential
    flag = next(f for f in report.flags if f.rule == "no_reversibility")
    assert flag.evidence and flag.evidence in text


@pytest.mark.parametrize("lang, heading, sentence", PRESENT)
def test_reversibility_limited_or_paid_is_present(lang, heading, sentence):
    report = review_text(managed(lang, heading, sentence))
    assert any(f["provided"] for f in _exit_facts(report))
    assert "reversibility" not in report.missing_essential
    assert not [f for f in report.flags if f.rule == "no_reversibility"]


def test_exclusion_elsewhere_does_not_hide_a_return_of_data():
    # the provider refuses migration help, but another article hands the data back: the exit exists
    text = managed("fr", "Article 7 – Migration", "Le Prestataire n'est pas tenu d'aider le Client à migrer vers un "
                                                  "nouveau prestataire.") + \
        "Article 8 – Restitution des données\nÀ la fin du contrat, le Prestataire remet au Client l'ensemble de ses données dans " \
        "un délai de quinze jours.\n"
    report = review_text(text)
    assert any(f["provided"] for f in _exit_facts(report))
    assert "reversibility" not in report.missing_essential


@pytest.mark.parametrize("title", ["Conditions particulières de maintenance et d'hébergement",
                                   "CONDITIONS PARTICULIÈRES – Infogérance du parc"])
def test_specific_conditions_signed_by_both_are_the_contract(title):
    kind = detect(conditions(title), name="cp.md")
    assert kind.kind == "services_agreement"
    assert any(e.where == "body" and "exemplaires" in e.quote for e in kind.evidence)  # the signature shows it
    assert review_text(conditions(title)).doc_type.kind == "services_agreement"


@pytest.mark.parametrize("variant", [dict(parties=False), dict(signed_by=("Prestataire",)), dict(figures=False),
                                     dict(parties=False, signed_by=())])
def test_specific_conditions_without_those_facts_stay_terms(variant):
    assert detect(conditions("Conditions particulières de maintenance et d'hébergement", **variant)).kind \
        == "terms_conditions"


def test_general_conditions_stay_terms_even_signed():
    # a provider's standard conditions, countersigned and priced, are still its general conditions
    assert detect(conditions("Conditions générales de prestations informatiques")).kind == "terms_conditions"


def test_share_capital_is_not_a_negotiated_figure():
    text = conditions("Conditions particulières d'infogérance", figures=False).replace(
        "SAS,", "SAS au capital de 40 000 €,")
    assert detect(text).kind == "terms_conditions"


def test_a_set_whose_contract_excludes_the_exit_misses_it():
    from assistant.legal.review.docset import review_set
    from assistant.legal.review.documents import ParsedDocument

    contract = managed("en", "7. Exit", "The Supplier is under no obligation to provide exit assistance of any kind.")
    annex = ("Service Level Agreement\n\n1. Availability\nThe hosted servers are available 99.7 % of each month, "
             "measured by the Customer's monitoring probe.\n")
    docs = [ParsedDocument(name=n, text=t, pages=1, format="md") for n, t in (("msa.md", contract), ("sla.md", annex))]
    result = review_set(docs, retriever=None)
    assert "reversibility" in result.missing_essential
    assert not result.reversibility.present
