"""The data-protection and security readers, in their reading order: Art. 28 obligations (who must do what, read in
`art28_duties`), sub-processing terms (`subprocessors`), the processing role and processor terms (`roles`), breach
notice (`breach`), audits (`audits`), backups and security promises (`security`); what the provider does (`service_model`); plus force majeure and
non-solicitation (`general_terms`, which also reads jurisdiction with the parties' towns, called by `extract`).
Reversibility is read by `exit_terms`."""

from __future__ import annotations

from assistant.legal.review.facts.art28_duties import obligations
from assistant.legal.review.facts.audits import audit
from assistant.legal.review.facts.breach import breach_notice
from assistant.legal.review.facts.general_terms import force_majeure, non_solicitation
from assistant.legal.review.facts.roles import processing_role, processor_terms
from assistant.legal.review.facts.security import backups, security_promise
from assistant.legal.review.facts.service_model import service_model
from assistant.legal.review.facts.subprocessors import subprocessing

EXTRACTORS = [obligations, subprocessing, processing_role, processor_terms, breach_notice, audit, backups,
              security_promise, force_majeure, non_solicitation, service_model]
