"""The client's own duties for the service, however the client is named (issue 13, point 3).

The cue labeller finds the client's obligations by their usual words ("le Client s'engage à", "Customer shall provide")
and under their usual headings. A contract that calls its client "la Mutuelle", "l'Office", "the Practice", or lists the
duties after a colon ("The Customer shall: (a) give access…; (b) name two contacts"), or puts them under "Délais
d'intervention" or "Miscellaneous", states them all the same: the client, named as the document names it, bound (a
duty or the plain present of French drafting) to designate, give access, supply, inform, keep, refrain. A right ("may"),
a payment (the price's clause), being informed (a passive) or an acknowledgement is none.
"""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.reading import _PASSIVE_BEFORE, Sent, actor, modal, nearest_party
from assistant.legal.review.facts.where import Where

DUTY = re.compile(r"\b(designe(ra|nt)?|nomme(ra|nt)?|donne(ra|nt)?|fourni(t|ra|ssent|ront)|met(tra|tent|tront)? a (la )?"
                  r"disposition|informe(ra|nt)?|previen(t|dra|nent)|avertit|s'abstien(t|dra|nent)|veille(ra|nt)?|"
                  r"assure(ra|nt)?|communique(ra|nt)?|s'engage(ra|nt)? a|s'oblige(ra|nt)? a|facilite(ra|nt)?|"
                  r"tien(t|dra|nent) a jour|transmet(tra|tent)?|signale(ra|nt)?|"
                  r"designates?|designating|appoints?|appointing|names?|naming|provides?|providing|supplies|supply|supplying|"
                  r"gives?|giving|grants?|granting|informs?|informing|notif(y|ies|ying)|tells?|ensures?|ensuring|keeps?|"
                  r"keeping|maintains?|maintaining|co-?operates?|co-?operating|makes? available|refrains?|reports?|"
                  r"holds?|obtains?|procures?)\b")
# what the price clause settles, a right, an acknowledgement: no duty for the service
_PAYS = re.compile(r"\b(paie\w*|paye\w*|regle\w*|verse\w*|pay\w*|factur\w*|invoic\w*|redevances?|prix|price|fees?|charges)\b")
_NOT_DUTY = re.compile(r"\b(reconnai\w*|acknowledg\w*|accept\w*|agrees? that|declare\w*|represents?|warrants?|"
                       r"is entitled|a le droit|dispose du droit|peut|pourra|may|can|"
                       r"wish\w*|souhait\w*|desir\w*|intend\w*|envisag\w*|seeks?|cherche\w*)\b")
# recitals tell why the parties contract, they bind no one ("Customer … wishes to obtain managed services")
_RECITALS = re.compile(r"\b(recitals?|preambule|preamble|whereas|expose|considerant|background|contexte)\b")
_CUT = re.compile(r"[;]|,\s+(and|et|but|mais|or|ou)\b|\.\s")


def client_duty(s: Sent, w: Where) -> list:
    f = s.folded
    if _RECITALS.search(w.heading):
        return []
    # an item of a list under the client's lead-in ("The Customer shall: (a) give access…; (b) name two contacts")
    lead = re.search(rf"{w.names.client}\W+(\w+\W+){{0,2}}?(shall|must|will|agrees to|undertakes to|s'engage\w* a|"
                     rf"s'oblige\w* a|doit|devra)\W*(\w+\W+){{0,3}}?:\W*$", w.heading)
    for v in DUTY.finditer(f):
        if lead and not _PAYS.search(f[v.start():v.end() + 60]) and actor(f, w.names, v.span()) in ("client", "unknown") \
                and not re.search(r"\b(not|ne|n')\b", f[max(0, v.start() - 12):v.start()]):
            return [m.ClientDuty(evidence=s.evidence(v), clause=w.index)]
        if _PASSIVE_BEFORE.search(f[max(0, v.start() - 30):v.start()]):
            continue
        lo = max([x.end() for x in _CUT.finditer(f, 0, v.start())], default=0)
        head = f[:v.start()]
        if _NOT_DUTY.search(head[max(lo, len(head) - 60):]) or modal(f[:v.end()]) not in ("must", "states"):
            continue
        if actor(f, w.names, v.span()) != "client" or nearest_party(f, w.names, v.start()) != "client":
            continue
        if _PAYS.search(f[v.start():v.end() + 60]):
            continue
        return [m.ClientDuty(evidence=s.evidence(v), clause=w.index)]
    return []


EXTRACTORS = [client_duty]
