"""Review facts read by what a clause does, thirtieth session (issue 13, helper s30-rev): the notice that stops a renewal.

A tacit renewal's notice is the notice a party gives to stop the next period. When the renewal sentence names none, the
reader falls back on the notice the same article gives to end the contract - but not on every notice: a notice that
ends the contract at will (at any time, for any reason, "without penalty") is not tied to a term, and a notice given to
a party in breach (its cure period, "upon thirty days' notice … has not cured the breach", "mise en demeure restée sans
effet pendant trente jours") or on insolvency sanctions a default; neither is the notice that stops a renewal. A
notice of non-renewal said in another sentence of the article still is. Wordings of our own, FR and EN.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.segmentation import Clause


def renewal_notice(text: str):
    clauses = [Clause(heading="Term", text=text, start=0)]
    renewals = [f for f in extract_facts(clauses, text).all("renewal") if f.tacit]
    assert renewals, "the tacit renewal itself must be read"
    return renewals[0].notice_months


NOT_A_RENEWAL_NOTICE = [
    "The first term is two years. Thereafter this Agreement renews automatically for successive one-year periods. "
    "Either party may terminate this Agreement if the other materially breaches it and fails to cure the breach "
    "within thirty (30) days of written notice.",
    "This Agreement renews automatically for further periods of twelve months. A party may end it upon forty-five "
    "(45) days' written notice if the other party is in default and has not remedied the default in that time.",
    "After the initial period this Agreement continues automatically from year to year. It is terminable by the "
    "Client, without penalty, on sixty (60) days' written notice.",
    "Le contrat est conclu pour un an puis se renouvelle tacitement par périodes successives d'un an. En cas de "
    "manquement grave, l'autre partie peut le résilier trente (30) jours après une mise en demeure restée sans effet.",
    "Le contrat se renouvelle tacitement d'année en année. Il peut être résilié par le Client, sans pénalité, "
    "moyennant un préavis de deux mois.",
    "Le contrat est reconduit tacitement par périodes de douze mois. En cas de défaillance du Prestataire non réparée "
    "dans un délai de quinze jours suivant sa notification, le Client peut résilier le contrat.",
]

A_RENEWAL_NOTICE = [
    ("This Agreement renews automatically for successive one-year periods. Either party may prevent a renewal by "
     "written notice given at least three (3) months before the end of the then-current period. Either party may "
     "terminate this Agreement if the other fails to cure a material breach within thirty (30) days of notice.", 3.0),
    ("The Agreement renews automatically for one-year terms unless either party gives ninety (90) days' notice of "
     "non-renewal.", 3.0),
    ("Le contrat se renouvelle tacitement par périodes d'un an. Chaque partie peut s'opposer au renouvellement par "
     "lettre recommandée adressée au moins trois mois avant l'échéance. En cas de manquement non réparé dans les "
     "trente jours d'une mise en demeure, l'autre partie peut résilier le contrat.", 3.0),
    ("Le contrat est reconduit tacitement par périodes d'un an, sauf dénonciation par l'une des parties moyennant un "
     "préavis de six mois avant son échéance.", 6.0),
]


@pytest.mark.parametrize("text", NOT_A_RENEWAL_NOTICE)
def test_a_notice_at_will_or_for_a_default_is_not_the_notice_that_stops_a_renewal(text):
    assert renewal_notice(text) is None


@pytest.mark.parametrize("text,months", A_RENEWAL_NOTICE)
def test_the_notice_that_stops_a_renewal_is_read(text, months):
    assert renewal_notice(text) == months
