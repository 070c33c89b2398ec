"""Cue families that tell what a question's penalties are about (s15, made public in s25): an invoice paid late
(`PAID_LATE`) or a service level missed (`SERVICE_LEVEL`). Read by the card cascade (chat.cards) and by the subject rules
(chat.subject_rules): "pénalités de retard" of a service level are late service, not late payment."""

from __future__ import annotations

import re

# s15: late payment of an invoice told with penalty words ("nos factures sont à 30, il paie à 90, pas de pénalités de retard
# dans le contrat", "late-payment penalties on unpaid invoices"), and the service-level words that make penalties the SLA's
PAID_LATE = re.compile(r"\b(factur\w*|invoic\w*|pai(e|ent|ement)s?|pay(s|ing|ment)?|paid|regl\w*|impaye\w*|unpaid|"
                       r"a \d+ jours|at \d+ days|\d+ days late|\d+ jours de retard)\b")
SERVICE_LEVEL = re.compile(r"\b(sla|gtr|gti|niveaux? de service|service levels?|disponibilite|availability|uptime|panne|outage|"
                           r"incidents?|delais? d'intervention|temps de retablissement|response time|fix time|ticket\w*)\b")
