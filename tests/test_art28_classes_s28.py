"""Art. 28 elements read as duties, twenty-eighth session's classes (issue 13). An element is present when a sentence
STATES the duty - a party bound (shall, will, s'engage) to the duty's act - not when its words appear. Sorted from the
sentences that still show an element once its labelled sentences are removed (DPA element-removal test, tune half,
`evaluations/dpa.py --examples`); every sentence here is written for this test, in FR and EN, in other sectors and other
words than any DPA read (no sentence of any data set), each class with a near-miss on the other side:

- a reference to where a duty is stated is not the duty: a numbered part of the document describing its own content
  ("Clause 10 governs the return…", "L'article 6 fixe les obligations de sécurité…"), the duty named as the topic of
  "is set out in / is governed by / figure à / est décrite à", a pointer ("For the return of the data, see clause 14",
  "Pour … voir l'article 14"); the duty itself with a reference after it ("shall delete …, as set out in clause 14")
  still binds;
- the price of an assistance owed elsewhere ("Assistance with data subject requests is invoiced at the rates of
  Annex 4") is a term of that duty, not the duty (Art. 28(3)(e)-(f)); "shall assist … at the Client's cost" binds;
- a lead-in that announces a facet's list ("… concern the following categories of data subjects:") states the facet
  with the list that follows it (Art. 28(3), first subparagraph); read on its own it still counts - reading it only
  with a list after it in its clause was measured and not adopted (strict xfail below: the DPA test reads each
  labelled row as a clause of its own, so the lead-in loses its list in the whole text too: subject matter found in
  the whole 0.85 -> 0.63, tune strict 0.702 -> 0.692);
- a defined term ('"Subcontractors" are deemed third parties with whom …') is a definition, whatever its words
  (Art. 28(4) asks the processor to bind its sub-processors);
- the controller's own duties - its own security measures, answering the data subjects itself, notifying the
  authority, its own staff's confidentiality (Arts 12, 32, 33 GDPR) - are not the processor's duties of Art. 28(3);
- headings that name an element state nothing;
- an element's words in another act (seen in the review's keyed documents): a right to audit denied ("gives neither
  party any right to audit", "ne confère au client aucun droit de contrôle") grants none (point (h)); a breach of a
  policy, a charter or a section ("the users' breach of the acceptable use policy", "violation de la charte
  informatique") is no personal data breach (Art. 33, point (f)); deletion refused while the data stays the
  controller's ("shall not delete any data held in the tenant") is not the end-of-services return or deletion
  (point (g)).
"""

from __future__ import annotations

import pytest

from assistant.legal.review.art28 import check_art28, subject_facets_of
from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.segmentation import Clause

AUTH = "art28_2_subprocessor_authorisation"
CONF = "art28_3b_confidentiality"
SEC = "art28_3c_security"
DSR = "art28_3e_data_subject_rights"
ASSIST = "art28_3f_assist_32_36"
END = "art28_3g_return_deletion"
AUDIT = "art28_3h_audits_information"
FLOW = "art28_4_flow_down"
SUBJECT = "art28_3_subject_matter"
DATA_TYPES, SUBJECTS = 3, 4


def elements(text: str) -> set[str]:
    clauses = [Clause(heading="", text=text, start=0)]
    return {f.element for f in extract_facts(clauses, text).all("obligation") if f.modal != "need_not"}


# -- references: where the duty is stated, not the duty -------------------------------------------------------------

REFERENCES = [
    ("Clause 10 governs the return and erasure of the Customer's personal data once the maintenance services end.",
     END),
    ("L'article 10 régit la restitution et l'effacement des données du client à la fin de la maintenance.", END),
    ("Section 5 sets out the Supplier's obligations to notify the Customer of personal data breaches.", ASSIST),
    ("L'article 5 fixe les obligations du prestataire en matière de notification au client des violations de "
     "données personnelles.", ASSIST),
    ("Clause 8 deals with the Customer's right to audit the Supplier's processing.", AUDIT),
    ("Article 12 regulates how the Customer may audit the hosting provider's data centres.", AUDIT),
    ("The Supplier's duty to help the Customer answer data subjects' access requests is set out in clause 7.", DSR),
    ("The Supplier's obligation to return or erase the Customer's personal data when the contract ends is governed "
     "by clause 14.", END),
    ("The Supplier's duty to keep its engineers bound by confidentiality is described in clause 4.", CONF),
    ("L'engagement de confidentialité des techniciens du prestataire est décrit à l'article 4.", CONF),
    ("Les obligations du prestataire relatives à la restitution des données du client en fin de contrat figurent à "
     "l'article 14.", END),
    ("For the return or erasure of the Customer's personal data when the services end, see clause 14.", END),
    ("Pour la restitution ou la suppression des données personnelles du client à la fin des prestations, voir "
     "l'article 14.", END),
    ("Details of the assistance the Supplier gives the Customer with data subjects' requests to exercise their rights "
     "are in Schedule 3.", DSR),
    ("Clause 11 contains the Supplier's undertaking to assist the Customer with its data protection impact "
     "assessments.", ASSIST),
    ("L'article 11 contient l'engagement du prestataire d'assister le client dans ses analyses d'impact.", ASSIST),
]

# the duty itself, with a pointer to the clause that details it
DUTIES_WITH_A_REFERENCE = [
    ("The Supplier shall erase the Customer's personal data when the services end, as set out in clause 14.", END),
    ("Le prestataire supprime les données du client à la fin de la maintenance, selon les modalités de "
     "l'article 14.", END),
    ("The Supplier shall help the Customer answer data subjects' access requests as described in clause 7.", DSR),
    ("Le prestataire aide le client à répondre aux demandes des personnes concernées, comme prévu à l'article 7.",
     DSR),
    ("In accordance with clause 12, the hosting provider shall allow the Customer to audit its data centres.", AUDIT),
    ("As provided in clause 11, the Supplier assists the Customer with its data protection impact assessments.",
     ASSIST),
]


@pytest.mark.parametrize("text,element", REFERENCES)
def test_a_reference_to_where_the_duty_is_stated_is_not_the_duty(text, element):
    assert element not in elements(text)


@pytest.mark.parametrize("text,element", DUTIES_WITH_A_REFERENCE)
def test_the_duty_with_a_reference_after_it_is_read(text, element):
    assert element in elements(text)


# -- the price of an assistance owed elsewhere ----------------------------------------------------------------------

PRICE_OF_ASSISTANCE = [
    ("Assistance with data subjects' requests to exercise their rights is invoiced at the daily rates of Annex 4.",
     DSR),
    ("Any assistance the Supplier gives the Customer for impact assessments shall be charged at its then current "
     "rates.", ASSIST),
    ("L'assistance apportée au client pour répondre aux demandes des personnes concernées est facturée au tarif de "
     "l'annexe 4.", DSR),
]
ASSISTANCE_AT_A_PRICE = [
    ("The Supplier shall help the Customer answer data subjects' access requests, at the Customer's cost.", DSR),
    ("Le prestataire assiste le client dans ses analyses d'impact, aux frais du client.", ASSIST),
]


@pytest.mark.parametrize("text,element", PRICE_OF_ASSISTANCE)
def test_the_price_of_an_assistance_is_not_the_duty(text, element):
    assert element not in elements(text)


@pytest.mark.parametrize("text,element", ASSISTANCE_AT_A_PRICE)
def test_an_assistance_owed_at_a_price_is_read(text, element):
    assert element in elements(text)


# -- a lead-in states a facet with its list ------------------------------------------------------------------------

LEAD_INS = [
    ("The personal data handled for the Hospital concern the following categories of data subjects:", SUBJECTS),
    ("Les données traitées pour l'établissement concernent les catégories de personnes concernées suivantes :",
     SUBJECTS),
    ("The personal data handled for the Hospital concern the following categories of data:", DATA_TYPES),
    ("Les données traitées relèvent des types de données suivants :", DATA_TYPES),
]


@pytest.mark.xfail(strict=True, reason="measured, not adopted (s28): a lead-in read only with a list after it in its "
                   "clause loses the facet wherever its list is segmented apart - in the DPA removal test, whose rows are "
                   "read one by one, subject matter found in the whole fell 0.85 -> 0.63 (tune strict 0.702 -> 0.692)")
@pytest.mark.parametrize("text,facet", LEAD_INS)
def test_a_lead_in_without_its_list_states_no_facet(text, facet):
    assert facet not in subject_facets_of(text)


_OTHERS_EN = ("The subject matter of the processing is the hosting of the Hospital's appointment software.\n"
              "The processing lasts for the term of the services agreement.\n")
_OTHERS_FR = ("L'objet du traitement est l'hébergement du logiciel de rendez-vous de l'établissement.\n"
              "Le traitement dure pendant toute la durée du contrat de prestations.\n")
LISTS = [
    (_OTHERS_EN, "The personal data handled for the Hospital concern the following categories of data subjects:",
     "- the Hospital's patients;\n- the Hospital's nurses and doctors."),
    (_OTHERS_FR, "Les données traitées pour l'établissement concernent les catégories de personnes suivantes :",
     "- les patients de l'établissement ;\n- ses infirmiers et médecins."),
]


@pytest.mark.parametrize("others,lead,items", LISTS)
def test_a_lead_in_states_the_facet_with_the_list_that_follows_it(others, lead, items):
    with_list = others + lead + "\n" + items
    assert check_art28([Clause(heading="", text=with_list, start=0)]).elements[SUBJECT]["present"]
    # the two other facets alone are not enough (three of five, Art. 28(3), first subparagraph)
    assert not check_art28([Clause(heading="", text=others, start=0)]).elements[SUBJECT]["present"]


@pytest.mark.parametrize("text,facet", [
    ("The personal data handled for the Hospital concern the following categories of data subjects: patients, "
     "nurses and doctors.", SUBJECTS),
    ("Les données traitées pour le client concernent les catégories de personnes concernées suivantes : les patients "
     "et les soignants du client.", SUBJECTS),
])
def test_a_lead_in_with_its_list_on_the_same_line_states_the_facet(text, facet):
    assert facet in subject_facets_of(text)


# -- definitions ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,element", [
    ('"Subcontractors" are deemed third parties with whom the Supplier has signed a written contract containing '
     'terms similar to this addendum.', FLOW),
    ("« Sous-traitants ultérieurs » s'entend des tiers avec lesquels le prestataire a signé un contrat écrit aux "
     "clauses semblables au présent avenant.", FLOW),
    ('"Audit" means an inspection of the Supplier\'s premises by the Customer or its auditor.', AUDIT),
])
def test_a_definition_is_not_the_duty(text, element):
    assert element not in elements(text)


def test_the_flow_down_stated_as_a_duty_is_read():
    assert FLOW in elements("The Supplier shall sign with each subcontractor a written contract imposing the same data "
                            "protection obligations as this addendum.")


# -- the controller's own duties -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,element", [
    ("The Customer shall put appropriate security measures in place on its own workstations.", SEC),
    ("Le client met en œuvre des mesures de sécurité appropriées sur ses propres postes de travail.", SEC),
    ("The Customer shall answer the data subjects' access requests within one month.", DSR),
    ("Le client répond aux demandes des personnes concernées dans un délai d'un mois.", DSR),
    ("The Customer shall notify the supervisory authority of any personal data breach within 72 hours.", ASSIST),
    ("Le client notifie à l'autorité de contrôle toute violation de données personnelles dans les 72 heures.", ASSIST),
    ("The Customer shall keep its own staff bound by confidentiality.", CONF),
])
def test_the_controllers_own_duty_is_not_the_processors(text, element):
    assert element not in elements(text)


# -- headings -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,element", [
    ("Return and erasure of personal data", END),
    ("Restitution et suppression des données", END),
    ("Annex 2 – Technical and organisational security measures", SEC),
    ("Annexe 2 – Mesures techniques et organisationnelles de sécurité", SEC),
    ("Sous-traitants ultérieurs : voir l'article 9 et l'annexe 3.", AUTH),
])
def test_a_heading_is_not_the_duty(text, element):
    assert element not in elements(text)


# -- an element's words in another act -------------------------------------------------------------------------------

OTHER_ACTS = [
    ("This order form gives neither party any right to audit the other party's premises.", AUDIT),
    ("The monitoring reports do not give the Customer any right to audit the Supplier's systems.", AUDIT),
    ("Les rapports de supervision ne confèrent au client aucun droit de contrôle sur les locaux du prestataire.", AUDIT),
    ("Any breach by the Customer's users of the acceptable use policy shall be notified to the Supplier.", ASSIST),
    ("The Supplier is relieved of its service levels where a failure results from the Customer's breach of Section 8, "
     "provided the Supplier has notified the Customer in writing.", ASSIST),
    ("Toute violation de la charte informatique constatée par le client est notifiée au salarié concerné.", ASSIST),
    ("The Supplier shall not delete any Customer data held in the workspace, which remains under the Customer's "
     "control until the end of the subscription.", END),
]
STATED_ACTS = [
    ("The Customer may audit the Supplier's premises once a year on thirty days' notice.", AUDIT),
    ("Le client peut faire contrôler les locaux du prestataire une fois par an par un auditeur indépendant.", AUDIT),
    ("The Supplier shall notify the Customer of any personal data breach without undue delay.", ASSIST),
    ("Le prestataire notifie au client toute violation de données personnelles dans les meilleurs délais.", ASSIST),
    ("The Supplier shall delete all Customer personal data at the end of the services.", END),
    # the data left under the controller's control, the processor's own copies deleted at the end: point (g) stated
    ("The Supplier shall not delete any Customer data held in the workspace, which remains under the Customer's "
     "control, and shall delete the copies held in its own tools at the end of the exit period.", END),
]


@pytest.mark.parametrize("text,element", OTHER_ACTS)
def test_an_elements_words_in_another_act_are_not_the_duty(text, element):
    assert element not in elements(text)


@pytest.mark.parametrize("text,element", STATED_ACTS)
def test_the_act_itself_is_read(text, element):
    assert element in elements(text)
