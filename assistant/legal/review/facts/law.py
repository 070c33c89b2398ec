"""The governing law of the contract, a fact other rules weigh: the French Code civil's protections (art. 1170,
art. 1171, art. 1231-5) bind a contract governed by French law, not one governed by the law of Texas or England."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.where import Where
from assistant.legal.review.facts.reading import Sent

GOVERNED = r"(?:governed by|construed (?:and enforced )?in accordance with|subject to|soumis\w* (?:a|au)|regi\w* par|" \
           r"relev\w* (?:du|de la)|applicable law (?:is|shall be)|droit applicable (?:est|au contrat est))"
LAW = r"(?:the |le |la |l')?(?:laws?|droit|loi|legislation)\s+(?:(?:of|de|du)\s+(?:the\s+)?(?:state of |commonwealth of |l'etat de )?" \
      r"(?P<of>[a-z][a-z .'-]{1,40})|(?P<adj>francais\w*|french|anglais\w*|english|belge|belgian|suisse|swiss|" \
      r"luxembourgeois\w*|allemand\w*|german|irlandais\w*|irish|americain\w*|american|espagnol\w*|italien\w*))\b"
FRENCH = r"^(france|la france|republique francaise)$|^francais|^french$"


def governing_law(s: Sent, w: Where) -> list:
    f = s.folded
    g = re.search(GOVERNED + r"\s+" + LAW, f)
    if not g or s.negated(g):
        return []
    name = (g.group("of") or g.group("adj") or "").strip(" .")
    name = re.split(r"\s+(?:without|excluding|a l'exclusion|and|et|,)\b", name)[0].strip()
    law = "french" if re.search(FRENCH, name) else "other"
    return [m.GoverningLaw(evidence=s.evidence(g), clause=w.index, law=law, name=name or None)]


EXTRACTORS = [governing_law]
