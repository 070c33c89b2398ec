"""Art. 28 elements count only when a sentence states the duty: a definition, a heading, a list's
lead-in, a question, what the law says, a recital or a sentence about audits that grants no audit
does not count, whatever its words (sentences written for this test, FR and EN)."""

from __future__ import annotations

import pytest

from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.segmentation import Clause


def elements(sentence: str) -> set[str]:
    clauses = [Clause(heading="", text=sentence, start=0)]
    return {f.element for f in extract_facts(clauses, sentence).all("obligation")}


NOT_STATED = [
    ("'Security measures' means the technical and organisational measures that protect personal data against "
     "unauthorised access.", "art28_3c_security"),
    ("(c) \"Sub-processor\" means any other processor engaged by the Processor with the Controller's authorisation.",
     "art28_2_subprocessor_authorisation"),
    ("The Processor shall put in place the following technical and organisational security measures:",
     "art28_3c_security"),
    ("Which technical and organisational measures protect the personal data against unauthorised access?",
     "art28_3c_security"),
    ("Data Protection Impact Assessment and Prior Consultation", "art28_3f_assist_32_36"),
    ("Article 28(3) of the GDPR requires that the processor acts only on documented instructions of the controller.",
     "art28_3a_documented_instructions"),
    ("The Controller acknowledges that the Processor is required by the GDPR to keep records of processing and to "
     "apply security measures.", "art28_3c_security"),
    ("Whereas the Processor applies technical and organisational measures to protect the personal data.",
     "art28_3c_security"),
    ("The costs of any audit shall be borne by the Controller, who shall give thirty days' notice of the audit.",
     "art28_3h_audits_information"),
    ("The Processor shall tell the Controller at once if an instruction is in breach of the GDPR.",
     "art28_3f_assist_32_36"),
    ("Annex 2: the security measures the Processor has put in place for the hosting platform",
     "art28_3c_security"),
    ("The Processor's duty to report a personal data breach shall not be construed as an admission of fault.",
     "art28_3f_assist_32_36"),
    ("When it carries out an audit, the Customer will take every reasonable step to limit the disruption caused.",
     "art28_3h_audits_information"),
    ("After termination the Customer shall remain bound to pay every invoice issued before the end of the agreement.",
     "art28_3g_return_deletion"),
    ("The duty to delete the data at the end of the services shall not apply to the backup copies kept for thirty days.",
     "art28_3g_return_deletion"),
]


@pytest.mark.parametrize("sentence,element", NOT_STATED)
def test_non_statements_do_not_count(sentence, element):
    assert element not in elements(sentence)


STATED = [
    ("The Processor shall implement technical and organisational measures to ensure a level of security appropriate "
     "to the risk, as required by Article 32 of the GDPR.", "art28_3c_security"),
    ("The Processor shall allow for and contribute to audits, including inspections, conducted by the Controller or "
     "an auditor it mandates.", "art28_3h_audits_information"),
    ("The Controller may audit the Processor's compliance with this agreement once a year.",
     "art28_3h_audits_information"),
    ("On request, the Processor shall make available to the Customer a copy of its latest third-party audit report "
     "or certification.", "art28_3h_audits_information"),
    ("Le sous-traitant permet la réalisation d'audits, y compris des inspections, par le responsable de traitement "
     "ou un auditeur qu'il a mandaté.", "art28_3h_audits_information"),
    ("Le sous-traitant met à la disposition du responsable de traitement les informations nécessaires pour démontrer "
     "le respect de ses obligations.", "art28_3h_audits_information"),
    ("If a request from a data subject reaches the Processor, the Processor shall pass it on to the Controller "
     "without delay.", "art28_3e_data_subject_rights"),
    ("The Processor shall notify the Controller of any personal data breach within 48 hours.",
     "art28_3f_assist_32_36"),
    # Art. 28(3), second subparagraph: a duty of its own, not point (a)
    ("The Processor shall tell the Controller at once if an instruction is in breach of the GDPR.",
     "art28_3_infringing_instruction"),
    ("At the end of the services, the Controller shall choose whether the Processor returns or deletes the data.",
     "art28_3g_return_deletion"),
    ("At the end of the services the Processor shall return all personal data to the Controller and then delete "
     "the copies, unless Union law requires their storage.", "art28_3g_return_deletion"),
    ("Le sous-traitant s'engage à mettre en œuvre les mesures techniques et organisationnelles appropriées pour "
     "garantir la sécurité des données.", "art28_3c_security"),
]


@pytest.mark.parametrize("sentence,element", STATED)
def test_stated_duties_count(sentence, element):
    assert element in elements(sentence)
