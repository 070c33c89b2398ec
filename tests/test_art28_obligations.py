"""Each Art. 28 element is read as an obligation stated - who must do what - not as its vocabulary: words of an
element that serve another duty, describe, refer or follow up do not make it present. Sentences written for this
test, French and English (no sentence of any data set)."""

from __future__ import annotations

import pytest

from assistant.legal.review.art28 import check_art28, subject_facets_of
from assistant.legal.review.facts.data import INFRINGING_INSTRUCTION
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
