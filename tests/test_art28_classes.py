"""Art. 28 duties read by who must do what, whatever the sentence's shape: the party after an opening
condition or time phrase, the party of a list's lead-in for the items that follow it, a passive duty whose
agent is named ("must be taken by the Customer"), words of one duty serving another (security measures kept
confidential), a controller acting on its own data (self-service deletion), a word broken across a line
("sub- processor"), and the subject-matter facets stated without their usual names. Sentences written for
this test, FR and EN (classes found on real DPAs; no sentence of any data set)."""

from __future__ import annotations

import pytest

from assistant.legal.review.art28 import subject_facets_of
from assistant.legal.review.facts.art28_duties import LEGAL_REQUIREMENT_NOTICE
from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.segmentation import Clause


def elements(text: str) -> set[str]:
    clauses = [Clause(heading="", text=text, start=0)]
    return {f.element for f in extract_facts(clauses, text).all("obligation") if f.modal != "need_not"}


STATED = [
    # the duty's party comes after an opening time phrase or condition that names the other party
    ("Before it hands any personal data to a sub-processor, the Processor shall bind that sub-processor by contract "
     "to the same data protection obligations as those set out in this DPA.", "art28_4_flow_down"),
    ("Avant de confier des données du Client à un sous-traitant ultérieur, le Prestataire lui impose par contrat les "
     "mêmes obligations de protection des données que celles du présent accord.", "art28_4_flow_down"),
    # list items take the party of their lead-in
    ("The Processor shall ensure that everyone who handles the personal data: (i) knows that the data are "
     "confidential; and (ii) is bound by contract to keep them secret.", "art28_3b_confidentiality"),
    ("Le Sous-traitant veille à ce que les personnes qui accèdent aux données : a) soient tenues au secret par un "
     "engagement écrit ; b) reçoivent une formation adaptée.", "art28_3b_confidentiality"),
    # a confidentiality undertaking is a person's commitment even when the list item names no one
    ("(b) are bound by written confidentiality undertakings or by an appropriate statutory obligation of "
     "confidentiality;", "art28_3b_confidentiality"),
    ("b) sont soumis à un engagement de confidentialité écrit ou à une obligation légale appropriée de "
     "confidentialité ;", "art28_3b_confidentiality"),
    # a word broken across a line in a PDF
    ("The Processor remains fully liable to the Controller for the performance of each sub- processor's obligations.",
     "art28_4_flow_down"),
    ("Le Prestataire demeure pleinement responsable envers le Client de l'exécution par chaque sous- traitant "
     "ultérieur de ses obligations.", "art28_4_flow_down"),
    # a lead-in's colon after a duty already stated with its content
    ("The Processor shall take appropriate technical and organisational measures against unauthorised processing and "
     "accidental loss of the personal data, taking into account the nature of the processing as described in:",
     "art28_3c_security"),
    # a request passed on with a verb of sending
    ("If the Processor receives a request for access to the personal data from a data subject, it shall send that "
     "request to the Customer without delay.", "art28_3e_data_subject_rights"),
    ("Si le Prestataire reçoit une demande d'une personne concernée, il l'adresse sans délai au Client.",
     "art28_3e_data_subject_rights"),
    # the warning when the law requires a processing, worded around the law: read as the notice of a legal
    # requirement, a fact of its own (alone it does not state the duty to process only on instructions)
    ("If any applicable law requires it to process the personal data otherwise than on instructions, the Processor "
     "shall notify the Customer before processing, unless that law prohibits such notice.",
     LEGAL_REQUIREMENT_NOTICE),
    ("Si le droit d'un État membre impose au Prestataire un autre traitement, il informe le Client de cette "
     "obligation avant tout traitement, sauf si ce droit l'interdit.", LEGAL_REQUIREMENT_NOTICE),
    # an aside about the processor's staff does not turn the processor's own duty into theirs
    ("The Processor shall (and shall ensure that each person acting under its authority shall) process the personal "
     "data only on the Customer's documented instructions.", "art28_3a_documented_instructions"),
    ("(c) are bound by confidentiality undertakings given to the Processor;", "art28_3b_confidentiality"),
    # a condition, then the duty that follows it
    ("If the law of a Member State requires it to process the data other than on instructions, the Processor shall "
     "inform the Customer of that legal requirement before processing.", LEGAL_REQUIREMENT_NOTICE),
    # items cut right after the lead-in's modal verb, the processor named in the lead-in, "processor" after "which"
    ("If a legal requirement prevents it from following the instructions, the Processor will (i) notify the Customer "
     "of that legal requirement before processing; and (ii) stop the processing until the Customer gives instructions "
     "with which the Processor can comply.", LEGAL_REQUIREMENT_NOTICE),
    ("Where the Processor engages a sub-processor, it shall first obtain the Customer's specific written "
     "authorisation.", "art28_2_subprocessor_authorisation"),
    # instructions named with "under", the duty in a list item cut after the modal verb
    ("The Processor shall (i) handle the personal data only under the Customer's instruction and (ii) take no "
     "instruction from anyone else.", "art28_3a_documented_instructions"),
    ("Le Prestataire s'engage à : a) traiter les données uniquement sur instruction du Client ; b) ne recevoir "
     "d'instruction de personne d'autre.", "art28_3a_documented_instructions"),
    ("The Processor shall handle the personal data only under the Customer's documented instructions.",
     "art28_3a_documented_instructions"),
]


@pytest.mark.parametrize("text,element", STATED)
def test_duty_read_whatever_the_shape(text, element):
    assert element in elements(text)


NOT_THE_PROCESSORS_DUTY = [
    # the main clause's party is the controller: the processor is only named in the opening phrase
    ("At the Processor's request, the Customer shall take appropriate technical and organisational measures to "
     "protect its own log-in credentials.", "art28_3c_security"),
    ("À la demande du Prestataire, le Client met en œuvre des mesures de sécurité appropriées sur ses propres postes "
     "de travail.", "art28_3c_security"),
    # list items whose lead-in names the controller
    ("The Customer alone is responsible for its use of the service, including: (a) configuring the access controls to "
     "ensure a level of security appropriate to the risk for its own accounts.", "art28_3c_security"),
    ("Le Client reste seul responsable de l'usage du service, notamment : a) paramétrer les mesures de sécurité de "
     "ses propres comptes.", "art28_3c_security"),
    # a passive duty whose agent is the controller
    ("Appropriate technical and organisational measures must be taken by the Customer to secure its own workstations.",
     "art28_3c_security"),
    ("Des mesures de sécurité appropriées doivent être prises par le Client sur ses propres équipements.",
     "art28_3c_security"),
    # security measures as what is kept confidential
    ("Each party shall keep confidential whatever it learns of the other party's trade secrets and security "
     "measures.", "art28_3c_security"),
    ("Chaque partie garde confidentiel tout ce qu'elle apprend des secrets d'affaires et des mesures de sécurité de "
     "l'autre partie.", "art28_3c_security"),
    # an annex described, its measures named in passing
    ("Appendix B contains the Customer's instructions, the minimum security measures to be implemented by the "
     "Processor and the audit procedure.", "art28_3c_security"),
    ("L'annexe 3 contient les instructions du Client et les mesures de sécurité minimales à mettre en œuvre par le "
     "Prestataire.", "art28_3c_security"),
    # the instructions named only in an opening condition; the main clause states something else
    ("When it processes data on the Customer's documented instructions, the parties agree that the Processor is a "
     "processor within the meaning of the GDPR.", "art28_3a_documented_instructions"),
    ("Lorsqu'il traite les données sur instructions documentées du Client, les parties conviennent que le Prestataire "
     "est sous-traitant au sens du RGPD.", "art28_3a_documented_instructions"),
    # a section describing itself, the aim of a control in an annex of measures
    ("This section 9 sets forth how personal data processed on the Customer's documented instructions may be "
     "transferred outside the EEA.", "art28_3a_documented_instructions"),
    ("Job control (the processing must follow the Customer's instructions)", "art28_3a_documented_instructions"),
    ("The Processor may suspend performance of such instructions until the Customer confirms or changes them.",
     "art28_3a_documented_instructions"),
    # a caption with no verb and no stop, in sentence case
    ("Assistance with the controller's compliance and data subject rights", "art28_3e_data_subject_rights"),
    ("Assistance au responsable pour les demandes des personnes concernées", "art28_3e_data_subject_rights"),
    # "request" as the controller's verb, not a data subject's request
    ("The Processor shall describe the breach and give any other details the Customer may request concerning the "
     "affected data subjects.", "art28_3e_data_subject_rights"),
    # a place, a drafting note, an authorisation named only in the opening condition
    ("At the Processor's own premises or at the premises of approved sub-processors listed in Annex 4.",
     "art28_2_subprocessor_authorisation"),
    ("(Note: other grounds for refusing consent to new sub-processors may be set out in the Agreement.)",
     "art28_2_subprocessor_authorisation"),
    ("Once the Customer has approved them, sub-processors shall process the data only on the Processor's "
     "instructions.", "art28_2_subprocessor_authorisation"),
    # measures that serve another duty, measures as what was breached, an account of the measures handed over
    ("The Processor shall put in place technical and organisational measures for the fulfilment of the Customer's "
     "obligation to respond to requests from data subjects.", "art28_3c_security"),
    ("(b) any suspicion that the security measures have been breached;", "art28_3c_security"),
    ("On request, the Processor shall give the Customer a written description of the technical and organisational "
     "measures it employs.", "art28_3c_security"),
    ("Sur demande, le Prestataire remet au Client l'avis de l'expert indépendant sur la qualité des mesures de "
     "sécurité mises en œuvre, avec ses constats.", "art28_3c_security"),
    # the controller deleting or exporting its own data itself
    ("Until the end date, the Customer can itself export or delete its data at any time through the console.",
     "art28_3g_return_deletion"),
    ("Jusqu'à la fin du contrat, le Client peut lui-même exporter ou supprimer ses données depuis la console.",
     "art28_3g_return_deletion"),
    ("For sixty days after the end date, the Customer may itself download or erase any data left in its account.",
     "art28_3g_return_deletion"),
    # the duration of the processing ("until every copy is deleted") is a facet of 28(3), not the duty of point (g)
    ("Duration of the processing: the term of the Agreement and the period after its expiry until all the data have "
     "been deleted.", "art28_3g_return_deletion"),
    # deletion among the corrections asked during the term
    ("(k) act promptly on any request of the Customer to correct, block or delete personal data.",
     "art28_3g_return_deletion"),
]


@pytest.mark.parametrize("text,element", NOT_THE_PROCESSORS_DUTY)
def test_other_partys_duty_does_not_count(text, element):
    assert element not in elements(text)


def test_a_defined_provider_name_with_the_customers_data_as_object():
    # "Customer data" names what is deleted, not who deletes it
    assert "art28_3g_return_deletion" in elements(
        "Upon termination, Hostaro will keep Customer data available for export for thirty days and then delete it.")


def test_the_processors_deletion_after_an_opening_time_phrase_still_counts():
    assert "art28_3g_return_deletion" in elements(
        "Upon termination of the Agreement, the Processor shall delete all personal data and certify it in writing.")
    assert "art28_3g_return_deletion" in elements(
        "À la fin du contrat, le Prestataire restitue toutes les données au Client puis détruit ses copies.")


def test_controller_choice_over_the_processors_deletion_still_counts():
    assert "art28_3g_return_deletion" in elements(
        "At the end of the services, the Customer shall choose whether the Processor returns or deletes all the "
        "personal data.")
    assert "art28_3g_return_deletion" in elements(
        "Au terme du contrat, le Client indique au Prestataire s'il doit restituer ou détruire les données.")


FACETS = [
    ("The term of this processing agreement is the same as that of the Services Agreement.", 1),
    ("La durée du présent accord de traitement est celle du contrat de services.", 1),
    ("Categories of data: surname, first name, professional e-mail address.", 3),
    ("Catégories de données : nom, prénom, adresse électronique professionnelle.", 3),
    ("The personal data will undergo the following processing operations: storage, backup and consultation.", 2),
    ("Les données personnelles feront l'objet des opérations de traitement suivantes : stockage, sauvegarde.", 2),
    # the content stated, then a reference for the details
    ("The nature of the processing is the hosting and daily backup of the Customer's payroll files, as further "
     "described in the Order Form.", 2),
    ("La finalité du traitement est la gestion de la paie des salariés du Client, comme précisé dans le bon de "
     "commande.", 2),
    ("The personal data processed concern the following categories of health data: treatment history, allergies.", 3),
    # the services that consist of processing, stated as the processor's duty
    ("The Processor shall provide the following data processing services on behalf of the Customer: hosting of the "
     "mailboxes.", 0),
    ("Le Prestataire s'engage à fournir les prestations de traitement suivantes pour le compte du Client : "
     "hébergement des messageries.", 0),
]


def test_a_facet_named_and_sent_elsewhere_still_states_nothing():
    assert 2 not in subject_facets_of("The nature and purpose of the processing are described in Annex 1.")
    assert 4 not in subject_facets_of("Les catégories de personnes concernées sont précisées dans l'annexe 2.")
    assert not subject_facets_of("Details of the categories of data and of data subjects, and the purpose and duration "
                                 "of the processing, are provided in Appendix 1.")
    # borrowed: the nature of the processing as a condition of another duty
    assert 2 not in subject_facets_of("Subject to the nature of the processing, the Processor shall assist the Customer "
                                      "in answering requests.")


@pytest.mark.parametrize("text,facet", FACETS)
def test_subject_matter_facets_stated_without_their_usual_names(text, facet):
    assert facet in subject_facets_of(text)


def test_categories_of_data_subjects_is_not_categories_of_data():
    assert 3 not in subject_facets_of("Categories of data subjects: employees and customers of the Controller.")


def test_evidence_of_a_mended_or_lead_in_sentence_is_the_documents_own_text():
    text = ("Sub-processing. The Processor remains fully liable to the Customer for the performance of each sub- "
            "processor's obligations. The Processor shall ensure that its staff: (a) are bound by written "
            "confidentiality undertakings.")
    facts = extract_facts([Clause(heading="", text=text, start=0)], text).all("obligation")
    found = {f.element: f.evidence for f in facts}
    for element in ("art28_4_flow_down", "art28_3b_confidentiality"):
        ev = found[element]
        assert text[ev.start:ev.end] == ev.quote
    assert "sub- processor" in found["art28_4_flow_down"].quote
    assert found["art28_3b_confidentiality"].quote.startswith("(a) are bound")


# Art. 28(3)(a) is the duty to process only on documented instructions. The notice of a legal requirement to process
# otherwise qualifies that duty: stated alone it is a fact of its own, not the element; so is a rule for transfers
# abroad alone. Sentences written for this test.
NOTICE_ONLY = [
    ("If a law of the Union requires the Processor to process the data for another purpose, the Processor shall tell "
     "the Customer of that requirement beforehand, unless the law forbids it."),
    ("Where national law obliges it to carry out a processing, the Processor informs the Customer of that legal "
     "requirement before processing, unless that law prohibits such information."),
    ("Si le droit national impose au Prestataire un autre traitement, il en informe le Client avant tout traitement, "
     "sauf si ce droit l'interdit."),
]


@pytest.mark.parametrize("text", NOTICE_ONLY)
def test_legal_requirement_notice_alone_is_not_the_instructions_duty(text):
    found = elements(text)
    assert "art28_3a_documented_instructions" not in found
    assert LEGAL_REQUIREMENT_NOTICE in found


@pytest.mark.parametrize("text", [
    "Any transfer of personal data to a third country by the Processor shall only take place on the Customer's "
    "documented instructions.",
    "Tout transfert de données vers un pays tiers n'a lieu que sur instruction documentée du Client.",
])
def test_a_rule_for_transfers_alone_is_not_the_instructions_duty(text):
    assert "art28_3a_documented_instructions" not in elements(text)


INSTRUCTIONS_STATED = [
    # the duty with the notice in one sentence still states the duty
    "The Processor shall process the personal data only on the Customer's documented instructions, unless a law "
    "requires otherwise, in which case it shall inform the Customer of that requirement before processing.",
    # several adjectives before "instructions", several sources with the controller's instructions
    "The Processor will handle the data in line with the Customer's documented lawful instructions.",
    "The Processor shall process the personal data in accordance with this addendum, the law and the Customer's "
    "instructions.",
    "The Processor may process the data only within the scope of the order and the instructions of the Customer.",
    "The Processor shall perform the processing only on and as per the written instructions given by the Customer.",
    "Le Prestataire traite les données personnelles conformément au contrat, à la loi et aux instructions du Client.",
]


@pytest.mark.parametrize("text", INSTRUCTIONS_STATED)
def test_instructions_duty_read_in_its_wordings(text):
    assert "art28_3a_documented_instructions" in elements(text)


@pytest.mark.parametrize("text", [
    "The Customer shall: (a) give the Processor clear and documented instructions on the processing;",
    "Le Client s'engage à : a) donner au Prestataire des instructions écrites et documentées ;",
])
def test_the_controller_giving_instructions_is_not_the_processors_duty(text):
    assert "art28_3a_documented_instructions" not in elements(text)


@pytest.mark.parametrize("text", [
    # the measures of point (e), no word of security
    "The Processor shall put in place appropriate technical and organisational measures so as to help the Customer answer "
    "data subject requests.",
    "Le Prestataire met en place des mesures techniques et organisationnelles appropriées pour aider le Client à "
    "répondre aux demandes d'exercice des droits des personnes concernées.",
    # a section's heading cited in a reference, inside the controller's own undertaking
    "Without prejudice to Sections 8-9 (Security Measures and Incidents), the Processor shall ensure that its help "
    "desk answers the Customer within five working days.",
])
def test_measures_named_for_another_purpose_or_in_a_reference_are_not_the_security_duty(text):
    assert "art28_3c_security" not in elements(text)


def test_security_duty_with_the_answers_to_requests_still_counts():
    assert "art28_3c_security" in elements(
        "The Processor shall take technical and organisational measures that ensure the security of the personal data "
        "and help the Customer answer data subject requests.")


@pytest.mark.parametrize("text", [
    # the processor's own duty of confidentiality over the data, no person named as bound ("personal" is no person)
    "The Processor shall keep the personal data confidential in line with the applicable law on secrecy.",
    "The duty of confidentiality of the Processor over the personal data ends only where a law requires disclosure.",
])
def test_confidentiality_with_no_person_bound_is_not_point_b(text):
    assert "art28_3b_confidentiality" not in elements(text)


def test_staff_bound_to_confidentiality_still_counts():
    assert "art28_3b_confidentiality" in elements(
        "The Processor shall ensure that the persons allowed to handle the personal data are bound by a written "
        "confidentiality undertaking.")


@pytest.mark.parametrize("text", [
    # a country "subject to" an adequacy decision binds no sub-processor; nor does a relation "subject to" consent
    "New sub-processors are announced thirty days in advance when they sit in a country subject to an adequacy "
    "decision, and ninety days in advance otherwise.",
    # the persons' confidentiality (point (b)) even when the persons include subcontractors
    "The Processor shall ensure that everyone it lets handle the data (its staff, agents and subcontractors included) "
    "is under a suitable obligation of confidentiality.",
])
def test_words_near_sub_processors_that_impose_nothing_on_them_are_not_flow_down(text):
    assert "art28_4_flow_down" not in elements(text)


@pytest.mark.parametrize("text", [
    "Every sub-processor is subject to written terms that give the personal data the same protection as this DPA.",
    "Chaque sous-traitant ultérieur est lié par un contrat écrit qui lui impose les mêmes obligations que le présent "
    "accord.",
])
def test_sub_processors_bound_by_terms_still_count(text):
    assert "art28_4_flow_down" in elements(text)


def test_security_verbs_read_from_a_word_start():
    # "employees" and "maintenance" are no verb that takes measures
    assert "art28_3c_security" not in elements(
        "The security measures of the employees' workstations vary from one site to another.")


@pytest.mark.parametrize("text", [
    "At the Customer's written request the Processor shall erase the personal data it names before the expiry of the "
    "Agreement, within thirty days of the request.",
    "Sur demande du Client, le Prestataire supprime pendant la durée du contrat les données personnelles désignées.",
])
def test_deletion_while_the_services_run_is_not_point_g(text):
    assert "art28_3g_return_deletion" not in elements(text)


@pytest.mark.parametrize("text", [
    "The Customer's consent to the use of sub-processors does not relieve the Processor of any of its duties under "
    "this DPA.",
    "The general authorisation given for sub-processors is without prejudice to the Processor's own obligations.",
])
def test_an_authorisation_said_to_leave_duties_whole_is_not_the_authorisation_rule(text):
    assert "art28_2_subprocessor_authorisation" not in elements(text)


def test_return_or_deletion_at_the_end_still_counts():
    assert "art28_3g_return_deletion" in elements(
        "After the end of the services, the Processor shall, at the Customer's choice, return or delete all personal "
        "data and delete existing copies.")


@pytest.mark.parametrize("text", [
    # when the DPA starts says nothing of how long the processing lasts
    "This addendum comes into force on the day both parties sign the order form.",
    "Le présent avenant entre en vigueur à la date de sa signature par les deux parties.",
    # terms that outlive the agreement, the time of another duty
    "Sections 7 and 9 shall continue to apply even after the Agreement has ended.",
    "The Processor shall tell the Customer of any new sub-processor engaged during the term of the Agreement.",
])
def test_entry_into_force_survival_or_another_duty_s_time_is_not_the_duration(text):
    assert 1 not in subject_facets_of(text)


def test_the_dpa_lasting_as_long_as_the_agreement_is_still_the_duration():
    assert 1 in subject_facets_of("This addendum comes into force on signature and lasts until the Agreement ends.")


@pytest.mark.parametrize("text,facet", [
    # a passive statement about the persons ("data subjects are informed…") names no category of them
    ("Data subjects are informed of the processing in clear and plain language by the Customer.", 4),
])
def test_a_statement_about_data_subjects_is_not_their_categories(text, facet):
    assert facet not in subject_facets_of(text)


def test_data_subjects_listed_still_count():
    assert 4 in subject_facets_of("The data subjects are the Customer's employees, temporary staff and job applicants.")
    assert 4 in subject_facets_of("The data subjects are processed as follows: employees and contractors of the Customer.")


@pytest.mark.parametrize("text", [
    "Staff records: user ID, gender, nationality, career history and bank account details.",
    "Fiches du personnel : sexe, nationalité, diplômes et RIB.",
])
def test_a_list_of_usual_data_items_states_the_types_of_data(text):
    assert 3 in subject_facets_of(text)


@pytest.mark.parametrize("text", [
    # the controller warranting its own instructions lawful
    "The Customer warrants that the instructions it gives to the Processor for the processing comply with the law.",
    "Le Client garantit que les instructions qu'il donne au Prestataire sont licites.",
    # a term flowed down to sub-processors after an opening phrase
    "Once the Customer has approved them, sub-processors will only process the personal data on the Processor's "
    "instructions.",
])
def test_the_controllers_warranty_or_a_sub_processors_term_is_not_point_a(text):
    assert "art28_3a_documented_instructions" not in elements(text)


def test_processor_complying_with_instructions_still_counts():
    assert "art28_3a_documented_instructions" in elements(
        "So that the data are handled only as the Customer directs, the Processor must comply with the instructions of "
        "the Customer concerning the processing.")


@pytest.mark.parametrize("text", [
    "Where the Customer is itself a processor, the Customer must obtain the consent of its own controller before "
    "appointing the Processor as a sub-processor.",
    "Si le Client agit en qualité de sous-traitant, il garantit que le recours au Prestataire comme sous-traitant "
    "ultérieur a été autorisé par son propre responsable de traitement.",
])
def test_the_controllers_own_authorisation_upstream_is_not_this_contracts_rule(text):
    assert "art28_2_subprocessor_authorisation" not in elements(text)


def test_personal_data_of_named_kinds_of_people_states_the_data_subjects():
    assert 4 in subject_facets_of(
        "Under this addendum the Processor handles the personal data of the Customer's patients and of its suppliers.")
