"""Who is who when the parties are defined by their own names ("Nimbus", "Beta") rather than by a
role word ("le Prestataire", "Customer")."""

from __future__ import annotations

import pytest

from assistant.legal.review.facts.parties import party_names


@pytest.mark.parametrize("text, provider, client", [
    # the acts in the text: who hosts / supports, who pays
    ('THIS AGREEMENT is made BETWEEN (1) Nimbus Hosting Ltd ("Nimbus"); and (2) Calder Retail SAS ("Calder"). '
     "Calder shall pay the fees within 30 days. Nimbus shall host and support the shop.", ["nimbus"], ["calder"]),
    # the role said beside the definition, for the second party only
    ("Entre la société Alpha Conseil, ci-après dénommée « Alpha », et la société Beta SA, agissant en qualité "
     "de client, ci-après dénommée « Beta ».", ["alpha"], ["beta"]),
    # a role said for the first party does not leak onto the second
    ("Entre la société Alpha Conseil, ci-après dénommée « Alpha », agissant en qualité de prestataire, et la "
     "société Beta SA, ci-après dénommée « Beta ». Beta règle les factures.", ["alpha"], ["beta"]),
    # passive forms
    ('between Acme Corp ("Acme") and Zeta LLC ("Zeta"). Fees payable by Zeta are due monthly; the Services '
     "are provided by Acme.", ["acme"], ["zeta"]),
    # one name with a role word: the other takes the other side
    ('This Agreement is between DeployHub Inc. ("DeployHub") and you ("Customer").', ["deployhub"], ["customer"]),
    ('This Agreement is between Orion SAS ("Provider") and Vega SA ("Vega").', ["provider"], ["vega"]),
])
def test_defined_names_take_the_side_the_text_shows(text, provider, client):
    assert party_names(text) == (provider, client)


def test_defined_terms_are_not_parties():
    text = ('This Agreement is entered into as of May 4, 2026 (the "Effective Date") by and between Orion Systems, '
            'Inc., a Delaware corporation ("Orion"), and Vega Retail SA ("Customer"). The fees (the "Fees") are due '
            'monthly. Orion shall provide the Services.')
    assert party_names(text) == (["orion"], ["customer"])


def test_a_role_phrase_in_the_description_names_the_side():
    text = ("Entre la Mutuelle des Tilleuls, responsable du traitement, ci-après dénommée « le Mandant », et la "
            "société Norda SAS, ci-après dénommée « Norda ».")
    assert party_names(text) == (["norda"], ["mandant"])


def test_towns_in_us_addresses():
    from assistant.legal.review.facts.parties import party_towns

    towns = party_towns('between Orion Systems, Inc., 200 Elm Street, Suite 4, Austin, Texas 78701 ("Orion") and '
                        'Vega Retail SA, 3 rue Nationale, 59000 Lille ("Customer")')
    assert "austin" in towns["provider"] and "lille" in towns["client"]
