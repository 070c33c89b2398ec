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
