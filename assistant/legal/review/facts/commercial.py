"""The commercial readers, in their reading order: liability, penalties, service levels, renewal, termination,
termination fees, suspension, assignment and price. Each extractor reads one sentence (`Sent`) in its clause
(`Where`) and returns typed facts; a cue that is denied where it stands ("sans pénalité", "ne peut céder") gives no
fact, or the opposite one. The readers live in their own modules (`liability`, `exclusions`, `penalties`,
`service_levels`, `renewal`, `termination`, `assignment`, `price`; shared cues in `cues`)."""

from __future__ import annotations

from assistant.legal.review.facts.assignment import assignment
from assistant.legal.review.facts.liability import liability
from assistant.legal.review.facts.penalties import penalties
from assistant.legal.review.facts.price import price
from assistant.legal.review.facts.renewal import contract_term, renewal
from assistant.legal.review.facts.service_levels import sla_measure
from assistant.legal.review.facts.termination import suspension, termination, termination_fees
from assistant.legal.review.facts.where import Where  # noqa: F401 - art28_duties reads it from here

EXTRACTORS = [liability, penalties, sla_measure, renewal, contract_term, termination, termination_fees, suspension,
              assignment, price]
