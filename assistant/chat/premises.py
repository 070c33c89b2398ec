"""The situations a reviewed card may presuppose (issue 15: never state a fact the user did not give).

A card declares, in its `premise:` list, the situation its verdict assumes ("our client is in insolvency proceedings",
"the provider hosts health data"); the card answers a question only when the question states that situation, in any
of the ways people say it. The cue families of the premises read here; three more premises are read in
`chat.cards` with the cues that already served them (a public buyer, a contract made before the 2016 reform or renewed
since, a transfer outside the EU).
"""

from __future__ import annotations

import re

PREMISE_CUES: dict[str, re.Pattern] = {
    # court proceedings opened against a party: safeguard, receivership, liquidation, bankruptcy (the French names and
    # the English ones, formal and casual); a client who merely stopped paying is not one
    "insolvency": re.compile(
        r"\b(redressement( judiciaire)?|liquidation( judiciaire)?|(procedure|plan) de sauvegarde|sauvegarde (judiciaire|"
        r"acceleree|ouverte)|procedures? collectives?|en sauvegarde|mandataire judiciaire|administrateur judiciaire|"
        r"liquidateur|juge[- ]commissaire|depot de bilan|depose (le|son) bilan|deposer le bilan|cessation des paiements|"
        r"faillite|failli|receivership|receiver|insolven\w*|bankrupt\w*|administration (proceedings|order)|"
        r"(went|gone|going|placed|entered) (into )?administration|administrators?|chapter (7|11)|(gone|went|going) bust|"
        r"wound up|winding[- ]up|safeguard (proceedings?|procedures?|plan)|liquidat\w*|bodacc|en (rj|lj))\b"),
    # health data: patients' records, a practice of care, the HDS certification
    "health_data": re.compile(
        r"\b(donnees de sante|donnees (medicales|patients?)|dossiers? (medica\w*|patients?|de sante|de soins)|patients?|"
        r"health( data| records?| information)?|medical|medica\w*|clinic\w*|clinique|cabinet (medical|dentaire|de kine\w*|"
        r"de radiologie)|hopita\w*|hospital\w*|hds|medecins?|doctors?|pharmac\w*|laboratoires? d'analyses|ehpad|"
        r"dentist\w*|dentaire|kine\w*|radiolog\w*|soins|care home|nursing home|praticiens?|sante|healthcare|"
        r"infirmi\w*|nurses?|therapist\w*|psycholog\w*|veterinar\w*)\b"),
}
