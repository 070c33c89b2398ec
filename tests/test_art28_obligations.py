"""Each Art. 28 element is read as an obligation stated - who must do what - not as its vocabulary: words of an
element that serve another duty, describe, refer or follow up do not make it present. Sentences written for this
test, French and English (no sentence of any data set)."""

from __future__ import annotations

import pytest

from assistant.legal.review.art28 import check_art28, subject_facets_of
from assistant.legal.review.facts.art28_duties import INFRINGING_INSTRUCTION
from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.segmentation import Clause


def elements(sentence: str) -> set[str]:
    clauses = [Clause(heading="", text=sentence, start=0)]
    return {f.element for f in extract_facts(clauses, sentence).all("obligation")}


STATED = [
    ("Le sous-traitant s'engage à ne traiter les données que sur instruction documentée du responsable du traitement.",
     "art28_3a_documented_instructions"),
    ("Le responsable du traitement autorise le sous-traitant à recourir aux sous-traitants ultérieurs énumérés à "
     "l'annexe 3.", "art28_2_subprocessor_authorisation"),
    ("Le sous-traitant s'engage à garantir la sécurité des données par des mesures techniques et organisationnelles "
     "adaptées au risque.", "art28_3c_security"),
    ("Au terme des prestations, le sous-traitant s'engage à restituer ou à détruire les données, au choix du "
     "responsable du traitement.", "art28_3g_return_deletion"),
    ("À l'échéance du contrat, le prestataire détruit toutes les données du client dans un délai de trente jours.",
     "art28_3g_return_deletion"),
    ("Le sous-traitant notifie au responsable du traitement toute violation de données à caractère personnel dans "
     "les 48 heures.", "art28_3f_assist_32_36"),
    ("The controller agrees that the processor will assist it with data protection impact assessments.",
     "art28_3f_assist_32_36"),
    ("When this agreement expires or terminates, the processor shall return or delete the personal data, as the "
     "controller chooses.", "art28_3g_return_deletion"),
    ("The processor shall process the personal data in compliance with the controller's written instructions.",
     "art28_3a_documented_instructions"),
    ("The processor shall facilitate and participate in audits carried out by the controller or its auditor.",
     "art28_3h_audits_information"),
    ("On request, the processor shall give the controller access to the information needed to verify that these "
     "terms are complied with.", "art28_3h_audits_information"),
    ("The processor shall take all measures required under Article 32 of the GDPR.", "art28_3c_security"),
    # a prohibition "without consent" requires the authorisation; "sub processor" and "subcontractor" spellings
    ("The processor will not engage a sub processor without the prior written authorisation of the controller.",
     "art28_2_subprocessor_authorisation"),
    ("The processor shall not use any subcontractor without the controller's prior written consent.",
     "art28_2_subprocessor_authorisation"),
    ("The processor shall not appoint a sub-processor without the customer's written authorisation and shall impose "
     "the same data protection obligations on it.", "art28_2_subprocessor_authorisation"),
    ("When an affected person contacts the processor directly, the processor shall forward the request to the "
     "controller at once.", "art28_3e_data_subject_rights"),
    ("Au terme du contrat, le prestataire restitue sans frais les données au client puis les supprime.",
     "art28_3g_return_deletion"),
    ("Le sous-traitant impose à chaque sous-traitant ultérieur, par contrat écrit, les mêmes obligations de "
     "protection des données que celles du présent accord.", "art28_4_flow_down"),
    ("The processor shall ensure that its staff authorised to process the personal data are bound by a duty of "
     "confidentiality.", "art28_3b_confidentiality"),
    # Art. 28(3), second subparagraph: its own duty, in both languages
    ("Le sous-traitant informe immédiatement le responsable du traitement si une instruction lui paraît enfreindre "
     "le RGPD.", INFRINGING_INSTRUCTION),
    ("The processor shall tell the controller at once if, in its view, an instruction infringes the GDPR.",
     INFRINGING_INSTRUCTION),
    # flow-down in its other wordings: liability for the sub-processor's acts, obligations imposed or required
    ("The supplier shall answer to the customer for anything its sub-processors do or fail to do as if it had done "
     "it itself, and is fully liable for their acts and omissions.", "art28_4_flow_down"),
    ("The processor bears full responsibility towards the controller for the work of its sub-processors.",
     "art28_4_flow_down"),
    ("The processor shall require every sub-processor it appoints to comply with data protection obligations no "
     "less protective than these terms.", "art28_4_flow_down"),
    ("The processor shall impose its own data protection obligations under this addendum on any subcontractor.",
     "art28_4_flow_down"),
    ("Each sub-processor agreement shall be back-to-back with this addendum.", "art28_4_flow_down"),
    # confidentiality worded as secrecy, or of "people" processing the data
    ("The processor only lets people handle the personal data once they have committed to keep it secret.",
     "art28_3b_confidentiality"),
    # the party named in an opening "at the controller's request" is not the one bound
    ("At the customer's written request, the supplier will give the customer reasonable help with its data "
     "protection impact assessments.", "art28_3f_assist_32_36"),
    # a breach described by what it is rather than named, and "notice of" a breach
    ("The processor shall notify the controller within 48 hours of any unauthorised access to or accidental loss of "
     "personal data it holds.", "art28_3f_assist_32_36"),
    ("The supplier shall give the customer prompt notice of any personal data breach it becomes aware of.",
     "art28_3f_assist_32_36"),
    # verification of compliance by the controller or its auditor, without the word "audit"
    ("The processor shall allow the controller or an auditor it appoints to verify the processor's compliance with "
     "this addendum.", "art28_3h_audits_information"),
    # return then deletion, an adverb between the two verbs, a hand-over at the end
    ("The processor shall return the customer data to the customer and then delete any remaining copies.",
     "art28_3g_return_deletion"),
    ("The processor shall, as the controller decides, either securely delete or securely return all personal data.",
     "art28_3g_return_deletion"),
    ("Upon termination of the agreement, the contractor shall hand over to the customer all data and documents "
     "received.", "art28_3g_return_deletion"),
    ("The processor acts only according to the controller's documented instructions.",
     "art28_3a_documented_instructions"),
    # the authorisation required for a sub-contract, or far from the sub-processor's name
    ("The supplier shall not sub-contract any part of the processing without the customer's prior written consent.",
     "art28_2_subprocessor_authorisation"),
    ("The processor may not engage or replace a sub-processor for any part of the processing of personal data under "
     "this addendum without first obtaining a written approval from the controller.",
     "art28_2_subprocessor_authorisation"),
    # a duty stated in a list's lead-in is still a duty
    ("The processor shall, at the controller's choice, delete or return all personal data after the earlier of:",
     "art28_3g_return_deletion"),
]


@pytest.mark.parametrize("sentence,element", STATED)
def test_stated_obligations_count(sentence, element):
    assert element in elements(sentence)


NOT_STATED = [
    # security words serving another duty, describing or referring
    ("The processor shall assist the controller by appropriate technical and organisational measures to answer "
     "data subject requests.", "art28_3c_security"),
    ("The processor shall inform the controller of the technical and organisational measures it applies.",
     "art28_3c_security"),
    ("This annex describes the technical and organisational security measures of the hosting platform.",
     "art28_3c_security"),
    ("The processor reserves the right to update the security measures, provided the overall level of protection "
     "is not reduced.", "art28_3c_security"),
    ("The processor shall require each sub-processor to implement security measures equivalent to its own.",
     "art28_3c_security"),
    # a breach of the contract, an internal procedure, cooperation with the authority: no 28(3)(f) duty
    ("If the processor is in breach of its obligations under this agreement, the controller may terminate it.",
     "art28_3f_assist_32_36"),
    ("En cas de violation du contrat par l'une des parties, l'autre partie pourra le résilier après mise en "
     "demeure.", "art28_3f_assist_32_36"),
    ("The processor's incident response team reviews every security incident within one business day.",
     "art28_3f_assist_32_36"),
    ("The parties shall cooperate with the supervisory authority in the performance of its tasks.",
     "art28_3f_assist_32_36"),
    # the terms of an audit granted elsewhere
    ("To request an audit, the controller shall send an audit plan thirty days in advance.",
     "art28_3h_audits_information"),
    ("The controller may use the audit reports only to check its own regulatory compliance.",
     "art28_3h_audits_information"),
    ("Audit reports provided under this section are subject to the confidentiality obligations of the agreement.",
     "art28_3h_audits_information"),
    ("A recent certification can be used as an element to demonstrate compliance.", "art28_3h_audits_information"),
    # what follows an objection, where the list is: not the authorisation
    ("If the controller objects to a new sub-processor, the parties shall discuss the objection in good faith.",
     "art28_2_subprocessor_authorisation"),
    ("A list of the approved sub-processors is available on the processor's website.",
     "art28_2_subprocessor_authorisation"),
    ("Sub-processors engaged by the processor and authorised by the controller on the date of signature",
     "art28_2_subprocessor_authorisation"),
    ("Neither party may assign or subcontract this agreement without the prior written consent of the other.",
     "art28_2_subprocessor_authorisation"),
    # the processor's own measures "at least as protective", a transfer to a sub-processor: not 28(4)
    ("The processor shall maintain security controls at least as protective as those described in Annex 2.",
     "art28_4_flow_down"),
    ("Transfers of personal data to sub-processors outside the EEA are subject to the same obligations as the "
     "processor's own transfers.", "art28_4_flow_down"),
    # the company's own secrets are not the staff's duty of confidentiality over the personal data
    ("All employees of the processor shall protect the trade secrets and confidential know-how of the processor.",
     "art28_3b_confidentiality"),
    # the duty of persons under the processor's authority (Art. 29 GDPR), instructions as the manner of a return
    ("Any person acting under the authority of the processor shall process the data only on instructions from the "
     "processor.", "art28_3a_documented_instructions"),
    ("At the end of the services the processor shall, on the controller's instructions, return or delete the "
     "personal data.", "art28_3a_documented_instructions"),
    # who pays for the return, how long the DPA lasts: not the duty to return or delete
    ("Les frais de restitution des données en fin de contrat sont à la charge du client.",
     "art28_3g_return_deletion"),
    ("This addendum remains in effect until the processor has deleted all personal data after the end of the "
     "services.", "art28_3g_return_deletion"),
    # the infringing-instruction warning is not point (a)
    ("The processor shall tell the controller at once if, in its view, an instruction infringes the GDPR.",
     "art28_3a_documented_instructions"),
    # what the instructions are, how new ones are agreed, who is liable for following them: not the duty itself
    ("The main agreement and this addendum constitute the customer's complete documented instructions.",
     "art28_3a_documented_instructions"),
    ("Any further instructions beyond those in this addendum require a written amendment agreed by both parties.",
     "art28_3a_documented_instructions"),
    ("The supplier shall have no liability for processing carried out in line with the customer's written "
     "instructions.", "art28_3a_documented_instructions"),
    # the duty of the sub-processors themselves is what the processor flows down (28(4)), not its own 28(3)(a)
    ("Sub-processors shall process the personal data only on the written instructions of the processor.",
     "art28_3a_documented_instructions"),
    # a ban on disclosure to third parties is confidentiality, not a sub-processor authorisation nor a flow-down
    ("The processor shall not disclose the personal data to any third party, including its subcontractors, without "
     "the controller's written consent.", "art28_2_subprocessor_authorisation"),
    ("The processor shall not disclose the personal data to any third party, including its subcontractors, without "
     "the controller's written consent.", "art28_4_flow_down"),
    ("The processor shall not be liable for losses that arise from the controller's own instructions to "
     "sub-processors.", "art28_4_flow_down"),
    # the processor's own checks, and a freedom to keep evidence: no audit granted to the controller
    ("The processor's chief security officer may carry out internal audits of its systems at any time.",
     "art28_3h_audits_information"),
    ("The processor may keep, after the end of the contract, the records needed to demonstrate its compliance.",
     "art28_3h_audits_information"),
    # survival of the staff's duty, training on confidentiality: not the duty itself
    ("The processor shall ensure that these confidentiality obligations survive the end of each employee's "
     "engagement.", "art28_3b_confidentiality"),
    ("Employees attend yearly training sessions on the confidentiality of personal data.",
     "art28_3b_confidentiality"),
    # a quotation of the law, a standard's control, a glossary entry, a placeholder
    ("\u201cThe processor shall take all appropriate technical and organisational measures against unlawful "
     "processing.\u201d", "art28_3c_security"),
    ("A.12.4 Controls of the cloud processor: the processor implements security measures for its data centres.",
     "art28_3c_security"),
    ("Breach Notice Duty: the duty of a processor to tell the controller about personal data breaches.",
     "art28_3f_assist_32_36"),
    ("(d) [apply the security measures listed in Annex 4] [Not Used]", "art28_3c_security"),
    ("Recital 81 and Article 28 of the GDPR require a controller to use only processors that implement security "
     "measures.", "art28_3c_security"),
    # the terms of an audit granted elsewhere, when audit rights arise, what does not breach them
    ("Such audit may be carried out by the customer or by an independent auditor bound by confidentiality.",
     "art28_3h_audits_information"),
    ("Before any audit, the supplier shall send the customer its latest certification report.",
     "art28_3h_audits_information"),
    ("The customer's information and audit rights only arise where the main agreement grants none.",
     "art28_3h_audits_information"),
    # a plan or a measure described, "processor" read as a party and not as the verb "process"
    ("The incident plan covers escalation, the notification of breaches to the controller and recovery.",
     "art28_3f_assist_32_36"),
    ("Measures that ensure that data processed for the customer can only be processed according to its "
     "instructions.", "art28_3a_documented_instructions"),
    ("The customer wishes to use the processor's services, which the processor will provide according to the "
     "instructions in this agreement.", "art28_3a_documented_instructions"),
    # "unauthorised" persons are no authorisation
    ("The processor and its sub-processors shall prevent unauthorised persons from using the processing systems.",
     "art28_2_subprocessor_authorisation"),
    # a lead-in to a list of measures or of factors: the list states them
    ("The level of security shall take into account:", "art28_3c_security"),
    ("The processor shall implement the following technical measures regarding encryption:", "art28_3c_security"),
]


@pytest.mark.parametrize("sentence,element", NOT_STATED)
def test_words_without_the_duty_do_not_count(sentence, element):
    assert element not in elements(sentence)


@pytest.mark.parametrize("sentence", [
    "The data importer agrees to process the personal data transferred only on behalf of the data exporter.",
    "(b) the data exporter' means the controller who transfers the personal data.",
    # Clause 4(e) of the former clauses: a warranty of the data exporter (the controller), in the template's words
    "(e) that it will ensure compliance with the security measures;",
])
def test_former_transfer_clauses_and_definitions_state_no_element(sentence):
    assert elements(sentence) == set()


def test_subject_facets_are_read_as_content_not_names():
    assert subject_facets_of("The subject matter, duration, nature and purpose of the processing are set out in "
                             "Annex 1.") == set()
    assert subject_facets_of("Duration of the processing: [insert]") == set()
    assert 2 not in subject_facets_of("Taking into account the nature of the processing, the processor shall assist "
                                      "the controller.")
    assert {0, 1} <= subject_facets_of("Le traitement a pour objet l'hébergement de la messagerie du client, pour la "
                                       "durée du contrat.")
    assert 4 in subject_facets_of("Data subjects include the customer's employees, contractors and end users.")
    assert 3 in subject_facets_of("The personal data processed include names, email addresses, phone numbers and IP "
                                  "addresses.")
    assert 2 in subject_facets_of("The processor processes the data for the sole purpose of providing the hosting "
                                  "service.")


def _check(text: str):
    clauses = [Clause(heading="Données personnelles", text=text, start=0)]
    return check_art28(clauses, lang="fr").elements["art28_3_subject_matter"]


def test_subject_matter_needs_stated_facets():
    stated = ("Le traitement a pour objet la maintenance du progiciel de paie du client. Le prestataire traite les "
              "données pour la durée du contrat. Il porte sur les noms, prénoms, adresses e-mail et numéros de "
              "téléphone des salariés et des collaborateurs du client.")
    result = _check(stated)
    assert result["present"] and "pour objet" in result["evidence"]
    referred = ("L'objet, la durée, la nature et la finalité du traitement, les types de données et les catégories de "
                "personnes concernées sont précisés à l'annexe 2.")
    assert not _check(referred)["present"]


def test_free_choice_of_sub_processors_is_no_art28_2_authorisation():
    # Art. 28(2): a general authorisation obliges the processor to announce changes; a free hand does not
    assert "art28_2_subprocessor_authorisation" not in elements(
        "Le responsable du traitement autorise le sous-traitant à faire appel aux sous-traitants ultérieurs de son "
        "choix.")
    assert "art28_2_subprocessor_authorisation" not in elements(
        "The controller allows the processor to engage sub-processors of its own choosing.")
    assert "art28_2_subprocessor_authorisation" in elements(
        "The processor shall notify the controller of any new sub-processor thirty days before it is engaged.")


@pytest.mark.parametrize("sentence,facet", [
    ("The term of this addendum corresponds to the term of the main services agreement.", 1),
    ("The processing carried out under this addendum shall be to enable the supplier to run the payroll service.", 2),
    ("The supplier collects, stores, consults, backs up and deletes the customer's personnel data in order to "
     "provide the payroll service.", 2),
    ("Data subjects about whom the processor holds personal data are the customer's employees and contractors.", 4),
    ("Advisers, consultants and other professional experts of the customer.", 4),
    ("The categories of data subject whose personal data the supplier handles are as follows:", 4),
    ("Unless the customer states otherwise in an order form, the data may concern the following categories of data "
     "subjects:", 4),
    ("The processing will be carried out until the subscription term stated in the order form ends.", 1),
    ("The supplier shall process the customer's data only to provide the hosted payroll service.", 2),
    ("The objective of the processing of personal data by the supplier is the running of the helpdesk.", 2),
])
def test_subject_matter_facets_in_other_wordings(sentence, facet):
    assert facet in subject_facets_of(sentence)


@pytest.mark.parametrize("sentence,facet", [
    # the time of another duty, the contract's survival
    ("For the term of the agreement, the processor will let the customer export its personal data.", 1),
    ("If any provision of this addendum is held invalid, the remaining provisions shall continue in full force.", 1),
    # people who may enter a building, passwords as a security measure, a sub-processor list row
    ("Only authorised employees, contractors and visitors are allowed to enter the data centres.", 4),
    ("Where passwords are used for login to workstations, strong password policies apply to names and e-mail "
     "accounts.", 3),
    ("CloudCo Ltd, 12 Harbour Street, Leeds - provision of hosting - names, e-mail addresses, phone numbers.", 3),
    # the purpose named as the topic of a notice, breach risks listing operations
    ("The processor shall notify the controller of any new sub-processor, including about the purpose of the "
     "processing it will carry out.", 2),
    ("The processor shall protect the data against accidental or unlawful destruction, loss, alteration, "
     "disclosure of, or access to data transmitted, stored or otherwise used.", 2),
    # a template's instruction or blank, a sub-processor's own purpose
    ("Categories of data subjects: list all categories of data subjects whose data will be processed.", 4),
    ("The personal data will be subject to the following processing activities (please specify):", 2),
    ("Sub-processors may process the data only to deliver the services they were engaged to provide.", 2),
])
def test_subject_matter_facets_not_stated(sentence, facet):
    assert facet not in subject_facets_of(sentence)
