"""Art. 28 elements read by what the sentence does, not by the words it shares with the element: sub-processors
named as already authorised, the controller's own arrangements to receive notices, "upon request" as the manner of
another duty, the controller accepting the measures as adequate, an account of measures, the aim of a redaction, a
transfer mechanism, a caption with no verb, headings and references that only name the subject-matter facets, "any
term of this agreement" (a provision, not a duration), a record of processing, staff rules. Sentences written for
this test in FR and EN (classes met on real DPAs; no sentence of any data set), each with near-misses that must
still count."""

from __future__ import annotations

import pytest

from assistant.legal.review.art28 import subject_facets_of
from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.segmentation import Clause

AUTH = "art28_2_subprocessor_authorisation"
SEC = "art28_3c_security"
DSR = "art28_3e_data_subject_rights"


def elements(text: str) -> set[str]:
    clauses = [Clause(heading="", text=text, start=0)]
    return {f.element for f in extract_facts(clauses, text).all("obligation") if f.modal != "need_not"}


NOT_READ = [
    # sub-processors qualified as authorised: who is meant, not an authorisation given or required
    ("Authorised sub-processors may reach the data only from the data centres listed in Annex 2.", AUTH),
    ("The register of subcontractors which are approved for the hosting service shows each one's country.", AUTH),
    ("Les sous-traitants ultérieurs autorisés hébergent les sauvegardes dans l'Union européenne.", AUTH),
    # the controller's own arrangements to receive the notice of changes
    ("The Customer may sign up on the support portal to receive notice of new sub-processors.", AUTH),
    ("To be told of any change in our sub-processors, please register a contact address in your account.", AUTH),
    ("Pour être informé des changements de sous-traitants ultérieurs, le Client s'inscrit sur la page dédiée.", AUTH),
    # a sentence whose clause number precedes its opening condition: the main clause binds the sub-processors
    ("7.3 Once approved by the Customer, sub-processors shall act only on the Processor's instructions.", AUTH),
    # "upon request" is how another duty is performed, not a data subject's request
    ("On request, the Processor shall send the data subjects a copy of this addendum, with commercial terms removed.",
     DSR),
    ("The Processor will, upon written request, hand the data subjects concerned a summary of this addendum.", DSR),
    # the controller's own acceptance that the measures are adequate
    ("The Customer acknowledges that the security measures in Annex 2 offer a level of protection suited to the risks "
     "of its processing.", SEC),
    ("Le Client reconnaît que les mesures de sécurité de l'annexe 2 offrent un niveau de protection adapté aux risques "
     "de son traitement.", SEC),
    # an account of the measures, not a duty to take them
    ("The security measures described below follow the Processor's internal hardening standard.", SEC),
    ("Les mesures de sécurité décrites ci-dessous suivent la politique interne de durcissement du Prestataire.", SEC),
    # security as the aim of withholding details
    ("Some details of the controls are withheld to protect the security of the data.", SEC),
    ("Le Prestataire occulte certains détails de ses contrôles afin de protéger la sécurité des données.", SEC),
    # a transfer mechanism is no security measure
    ("The security of the data sent to the United States is protected by appropriate safeguards under Article 46 "
     "GDPR.", SEC),
    # a caption followed by a description, with no verb at all
    ("Measures to protect stored data against accidental loss, unlawful destruction or unauthorised access.", SEC),
]


@pytest.mark.parametrize("text,element", NOT_READ)
def test_words_that_only_look_like_the_element_do_not_state_it(text, element):
    assert element not in elements(text)


STILL_READ = [
    ("The Processor shall engage only approved sub-processors.", AUTH),
    ("Le Prestataire ne recourt qu'à des sous-traitants ultérieurs autorisés par écrit par le Client.", AUTH),
    ("The Customer hereby authorises the Processor to engage the sub-processors listed in Annex 3.", AUTH),
    ("The Processor shall notify every customer who has subscribed of any new sub-processor at least 30 days in "
     "advance.", AUTH),
    ("Le Prestataire s'engage à informer le Client inscrit à la liste de diffusion de tout nouveau sous-traitant "
     "ultérieur.", AUTH),
    ("Upon request of a data subject to exercise his rights, the Processor shall forward it to the Customer.", DSR),
    ("The Customer agrees that the Processor shall implement the security measures of Annex 2 and keep them up to "
     "date.", SEC),
    ("The Processor shall implement the security measures described below.", SEC),
    ("Implementation of appropriate technical and organisational measures to protect the data against unauthorised "
     "access;", SEC),
    ("Le Prestataire met en œuvre les mesures de sécurité décrites ci-dessous.", SEC),
]


@pytest.mark.parametrize("text,element", STILL_READ)
def test_the_element_itself_still_counts(text, element):
    assert element in elements(text)


@pytest.mark.parametrize("text", [
    "Subject matter and duration of the processing; nature and purpose; categories of data subjects",
    "Objet et durée du traitement, catégories de personnes concernées",
    # a reference whose only colon sits in the quoted title of the annex it points to
    "The subject matter, nature and purposes of the processing are set out in Schedule 2 (\"Schedule 2: Processing "
    "details\").",
])
def test_facets_only_named_or_sent_elsewhere_state_nothing(text):
    assert subject_facets_of(text) == set()


@pytest.mark.parametrize("text,facet", [
    # "any term of this agreement" is a provision, not how long the processing lasts
    ("If a party breaches any term of this agreement and the breach is not cured within 30 days, the other party may "
     "terminate.", 1),
    # a record of processing (Art. 30) lists categories; it does not state them
    ("The Processor shall keep a record of all categories of personal data processed for the Customer.", 3),
    ("Le Prestataire tient un registre des catégories de données traitées pour le compte du Client.", 3),
    # staff bound by a rule are no data subjects
    ("All employees and contractors should sign the acceptable-use rules before their first day.", 4),
])
def test_facet_words_serving_another_thing_state_no_facet(text, facet):
    assert facet not in subject_facets_of(text)


@pytest.mark.parametrize("text,facet", [
    ("The term of this addendum is the same as the term of the Agreement.", 1),
    ("The purposes of the processing are: hosting and backing up the Customer's mailboxes.", 2),
    ("Categories of personal data: names, e-mail addresses and phone numbers of the Customer's users.", 3),
])
def test_facets_stated_still_count(text, facet):
    assert facet in subject_facets_of(text)


@pytest.mark.parametrize("text", [
    "The Processor shall make sure its staff do not reply to such a request except on the Customer's documented "
    "instructions.",
    "Le Prestataire s'abstient de répondre à une telle demande, sauf sur instruction documentée du Client.",
])
def test_instructions_as_the_manner_of_an_answer_to_a_request_are_not_point_a(text):
    assert "art28_3a_documented_instructions" not in elements(text)


def test_processing_only_on_documented_instructions_still_counts():
    assert "art28_3a_documented_instructions" in elements(
        "The Processor shall process the personal data only on the Customer's documented instructions.")
    assert "art28_3a_documented_instructions" in elements(
        "Le Prestataire ne traite les données que sur instruction documentée du Client.")


# recall: the element stated in shapes the readers missed
@pytest.mark.parametrize("text,element", [
    # a list item opening with the verb of the duty and ending with the colon of its own sub-list
    ("take suitable technical and organisational measures to secure the data against accidental loss, having regard "
     "to the risks, including where relevant:", SEC),
    ("prendre les mesures techniques et organisationnelles appropriées pour assurer la sécurité des données, compte "
     "tenu des risques, notamment :", SEC),
    # audits by the controller named in the terms of how they run
    ("Where audits by the Customer are needed, such audits shall be performed during business hours on ten days' "
     "notice.", "art28_3h_audits_information"),
    ("Lorsque des audits par le Client sont nécessaires, ils sont réalisés pendant les heures ouvrées, avec un préavis "
     "de dix jours.", "art28_3h_audits_information"),
    # the documented instructions kept in an annex, with the exception of a legal requirement
    ("(b) handle the personal data only in accordance with Annex 1, unless the law to which the Processor is subject "
     "requires otherwise;", "art28_3a_documented_instructions"),
    ("Le Prestataire ne traite les données que conformément à l'annexe 2, sauf si une loi qui s'impose à lui l'exige.",
     "art28_3a_documented_instructions"),
])
def test_the_element_read_in_shapes_it_takes(text, element):
    assert element in elements(text)


@pytest.mark.parametrize("text,element", [
    ("Audits by the Processor's certification body are carried out during business hours.",
     "art28_3h_audits_information"),
    ("The Processor handles the personal data in accordance with Annex 1.", "art28_3a_documented_instructions"),
])
def test_near_misses_of_those_shapes_do_not_count(text, element):
    assert element not in elements(text)


@pytest.mark.parametrize("text,facet", [
    ("This addendum begins on the date of the last signature and ends when the services end.", 1),
    ("Le présent avenant débute à sa signature et prend fin à l'expiration du contrat principal.", 1),
    ("The hosting activities are performed by the Processor for the duration provided in the Agreement.", 1),
    ("Processing activities: hosting, backup and restoration of the Customer's mail servers.", 2),
    ("In running the service, the Processor handles personal data when performing the following operations:", 2),
    ("The Processor processes personal data of the platform's users to: (1) route messages; (2) store them.", 2),
])
def test_facets_stated_in_other_shapes(text, facet):
    assert facet in subject_facets_of(text)


@pytest.mark.parametrize("text,facet", [
    ("Between (start date of the period) and (end date of the period)", 1),
    ("What categories of personal data are involved?", 3),
    ("Quelles catégories de personnes concernées sont visées ?", 4),
])
def test_blanks_and_questions_state_no_facet(text, facet):
    assert facet not in subject_facets_of(text)


@pytest.mark.parametrize("text,element", [
    # the controller registers, but the processor's notice is stated too
    ("To hear of new sub-processors, the Customer must register on the portal, and the Processor will provide "
     "notification of each new sub-processor there.", AUTH),
    # a description of controls that are in place, with its own verb (not a caption)
    ("This host guarantees protection against unauthorised access to its server rooms.", SEC),
    ("Physical security controls at every site used by the Processor include protection of the perimeter by badge "
     "readers.",
     SEC),
])
def test_stated_duties_near_the_new_exclusions_still_count(text, element):
    assert element in elements(text)


def test_processing_activities_named_as_a_time_state_no_nature():
    assert 2 not in subject_facets_of("Ensures that the data stay accurate and complete during processing activities:")
    assert 2 not in subject_facets_of("Veille à l'exactitude des données pendant les opérations de traitement :")


@pytest.mark.parametrize("text", [
    "The Processor shall put non-disclosure clauses into the employment contracts of everyone who handles the data.",
    "Le Prestataire insère des clauses de confidentialité dans les contrats de travail de ses équipes.",
])
def test_staff_bound_through_their_employment_contracts_is_point_b(text):
    assert "art28_3b_confidentiality" in elements(text)


def test_confidentiality_clauses_in_supplier_contracts_are_not_point_b():
    assert "art28_3b_confidentiality" not in elements(
        "The Processor includes confidentiality clauses in its purchase orders.")


@pytest.mark.parametrize("text", [
    "The Processor shall have procedures so that every third party it lets reach the data will respect and keep the "
    "confidentiality and security of that data.",
    "The Processor takes reasonable steps to ensure compliance with the security measures by its staff and "
    "contractors.",
    "Le Prestataire veille à ce que tous les tiers qu'il autorise à accéder aux données respectent la confidentialité "
    "et la sécurité de celles-ci.",
])
def test_others_made_to_keep_the_security_is_not_the_processor_taking_the_measures(text):
    assert SEC not in elements(text)


@pytest.mark.parametrize("text", [
    "The Processor shall implement the security measures of Annex 2 and ensure that its staff comply with them.",
    "Le Prestataire met en œuvre les mesures de sécurité de l'annexe 2 et veille à ce que ses salariés les appliquent.",
])
def test_the_processor_taking_the_measures_with_its_staff_still_counts(text):
    assert SEC in elements(text)


@pytest.mark.parametrize("text,facet", [
    ("We use the e-mail addresses of our users to provide the newsletter service.", 2),
    ("Le Prestataire utilise les adresses électroniques des utilisateurs pour fournir le service de messagerie.", 2),
])
def test_data_used_for_the_service_states_the_purpose(text, facet):
    assert facet in subject_facets_of(text)


def test_helpers_used_for_the_service_state_no_purpose():
    assert 2 not in subject_facets_of("The Processor may use contractors and agents to perform the services.")


G = "art28_3g_return_deletion"


@pytest.mark.parametrize("text", [
    # one user removed while the service runs
    "When a user is removed from the workspace, the Processor erases all personal data of that user within 30 days.",
    "Lorsqu'un utilisateur est supprimé de l'espace, toutes ses données personnelles sont effacées sous 30 jours.",
    # copies kept before the end, not the data's fate after it
    "Backups of the data are taken before the termination or expiry of the Services and before any delete operation.",
])
def test_deletion_while_the_service_runs_is_not_point_g(text):
    assert G not in elements(text)


@pytest.mark.parametrize("text", [
    "Upon termination of the Services, the Processor shall delete all personal data and certify that it has done so.",
    "When the Customer's account is closed at the end of the subscription, the Processor deletes all Customer "
    "personal data.",
    "À la fin des prestations, le Prestataire restitue toutes les données personnelles au Client puis détruit les "
    "copies.",
])
def test_return_or_deletion_at_the_end_of_the_services_still_counts(text):
    assert G in elements(text)
