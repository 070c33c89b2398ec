"""Art. 28 elements, eighth session's classes (issue 13, element-removal measure on real DPAs). Each class is held
by sentences written for this test in FR and EN, in other words than any DPA read (no sentence of any data set),
with near-misses that must not count:

- the controller's agreement that the processor may engage sub-processors ("The Customer agrees that the Supplier
  may engage sub-processors", "Le client accepte que le prestataire fasse appel à…") is a general written
  authorisation under Art. 28(2): the element is present - as is the specific kind ("shall not engage any without
  prior specific written authorisation"). Decision settled here: both are the Art. 28(2) element;
- the notice of changes worded with a verb ("notify… whenever it adds or removes a sub-processor", "before it
  replaces…");
- the persons who have access to the data processing them only on instructions are the staff's duty (Art. 29 and
  32(4)), not the processor's point (a) term;
- processing confined to the agreed purpose, any other only with the controller's prior written consent, is
  point (a) (the controller's documented word decides);
- "in accordance with" is no confidentiality agreement: staff training on the integrity and confidentiality of
  the processing is a security measure, not point (b);
- "subject to" terms flow down (28(4)) only when said of the sub-processors themselves, not of what belongs to them
  or of another act;
- a party named as the owner of an obligation ("the controller's obligation to respond…") is not who the duty
  binds;
- the data subjects as the subject of the sentence (what they may do, what they are told) state their right, not the
  processor's duty to assist (point (e));
- a data subject's request named with the person first ("If a data subject sends the Supplier a request…") or with
  the plural possessive ("data subjects' requests") is point (e) when the processor must pass it on or help;
- the security the controller reaches through its own use of the services ("making appropriate use of the
  Platform to ensure a level of security") is the controller's share, not the processor's point (c) duty;
- the controller's instructions as the manner of another act (support, destruction of copies) are that act's term,
  not point (a);
- the company's information shared with business partners under an NDA, and things declared confidential (codes,
  documents), are no persons committed to confidentiality (point (b)); the French adjective with a verb of keeping
  ("les salariés gardent confidentielles les données") is;
- return or destruction with the adverbs stacked and "and/ or" broken ("return and/ or permanently and securely
  erase") is point (g), and an exception that opens a duty ("Save where the law requires otherwise, the supplier
  shall…") is no quotation of what the law says;
- the documentation of the measures handed over to the controller for its audits is point (h);
- a freedom confined ("notifications to the authority may only be made by the processor on instructions", "ne
  peut notifier… que sur instruction") limits what the processor may do itself: no duty to assist (point (f));
- subject-matter facets (Art. 28(3), first subparagraph): the service described by what it lets the controller do
  states the purpose of the processing; the items of a communication service's data (address books, text messages,
  call logs) are types of personal data.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.art28 import check_art28, subject_facets_of
from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.segmentation import Clause

AUTH = "art28_2_subprocessor_authorisation"
INSTR = "art28_3a_documented_instructions"
CONF = "art28_3b_confidentiality"
SEC = "art28_3c_security"
DSR = "art28_3e_data_subject_rights"
ASSIST = "art28_3f_assist_32_36"
RET = "art28_3g_return_deletion"
AUDIT = "art28_3h_audits_information"
FLOW = "art28_4_flow_down"


def elements(text: str) -> set[str]:
    clauses = [Clause(heading="", text=text, start=0)]
    return {f.element for f in extract_facts(clauses, text).all("obligation") if f.modal != "need_not"}


READ = [
    # the controller's agreement that the processor may engage sub-processors: a general written authorisation
    ("The Client agrees that the Contractor may appoint sub-processors for hosting and backups.", AUTH),
    ("The Customer accepts that the Provider can rely on third-party sub-processors to host the service.", AUTH),
    ("The Client hereby agrees to the engagement of sub-processors for the hosting and the support desk.", AUTH),
    ("Le responsable autorise le sous-traitant à recourir à des sous-traitants ultérieurs pour l'hébergement.", AUTH),
    ("Le client accepte que le prestataire fasse appel à des sous-traitants ultérieurs pour la maintenance.", AUTH),
    ("Le client convient que le prestataire pourra recourir à des sous-traitants ultérieurs.", AUTH),
    # the specific kind: the processor bound to ask first
    ("The processor shall not engage any sub-processor without the prior specific written authorisation of the "
     "controller.", AUTH),
    ("Le sous-traitant ne recrute aucun sous-traitant ultérieur sans l'autorisation écrite spécifique et préalable "
     "du responsable.", AUTH),
    # the notice of changes, the change named by a verb
    ("The Supplier will notify the Customer by email whenever it adds or removes a sub-processor.", AUTH),
    ("Before it replaces a sub-processor, the Vendor shall give the Client thirty days' notice.", AUTH),
    ("Le prestataire informe le client par écrit lorsqu'il retire ou remplace un sous-traitant ultérieur.", AUTH),
    # processing confined to the agreed purpose, any other only with the controller's written consent
    ("The supplier uses the personal data solely for the support services and for no other purpose unless the "
     "customer gives its prior written approval.", INSTR),
    ("Le prestataire ne traite les données qu'aux fins du contrat ; toute autre finalité exige l'accord écrit "
     "préalable du client.", INSTR),
    # the processor's own point (a) duty, with the staff named in an aside or in another duty of the sentence
    ("The processor shall process the data only on the controller's documented instructions and shall ensure that "
     "persons who have access are bound by confidentiality.", INSTR),
    # the sub-processors themselves subject to terms
    ("All our sub-processors are subject to written terms that protect the data as this addendum does.", FLOW),
    ("Each subcontractor we use is likewise subject to the duties set out in clause 4.", FLOW),
    # a party named as owner of the obligation the processor helps with
    ("as far as it is able, to meet the client's duty to handle requests by individuals about their own data.", DSR),
    ("The vendor shall help, where it can, with the customer's duty to deal with requests by individuals about their "
     "data.", DSR),
    # a data subject's request, the person named first or in the plural possessive
    ("If a data subject sends the Supplier a request to access his data, the Supplier shall promptly forward it to "
     "the Customer.", DSR),
    ("Si une personne concernée adresse une demande au prestataire, celui-ci la transmet sans délai au client.", DSR),
    ("Data subjects' requests received by the Processor shall be forwarded to the Customer within five days.", DSR),
    ("Where a data subject contacts the provider directly, the provider shall pass the request to the customer.", DSR),
    # the processor's own security duty, the services or their users named around it
    ("The Provider shall put in place technical and organisational measures that keep the data safe in proportion "
     "to the risks.", SEC),
    ("When customers use the services, the Provider shall protect their data against unauthorised access with "
     "appropriate security measures.", SEC),
    # French staff keeping the data confidential
    ("Les salariés gardent confidentielles les données qu'ils traitent pour le client.", CONF),
    ("Le personnel du prestataire traite comme confidentielles toutes les données du client.", CONF),
    # persons bound, with other confidential things named beside them
    ("Employees must keep confidential all personal data they see, and their passwords are confidential.", CONF),
    ("Every member of staff with access to the data has signed a confidentiality agreement.", CONF),
    ("Employees shall treat all personal data as confidential.", CONF),
    # return or destruction, adverbs stacked, exception opening the sentence
    ("Save where the law requires otherwise, when this agreement ends or earlier at the customer's request, the "
     "supplier shall stop processing the personal data and return and/ or irreversibly and safely erase all such "
     "data, backups included.", RET),
    ("Except where Union law requires storage, the processor shall delete every item of personal data once the "
     "services end.", RET),
    ("À la fin du contrat, le prestataire restitue et/ ou détruit définitivement et de manière sécurisée toutes les "
     "données personnelles du client.", RET),
    # documentation handed over for the controller's audits
    ("The processor shall document the measures it has implemented and will hand out the current version of that "
     "documentation to the controller upon request (e.g., for audits).", AUDIT),
    ("Le prestataire transmet au client, à sa demande, la documentation de ses mesures pour les besoins de ses "
     "audits.", AUDIT),
    # the duty to notify the controller, with a limit on the processor's own notices beside it
    ("The Supplier shall tell the Customer of every personal data breach within one day and may only inform the "
     "authority on the Customer's instructions.", ASSIST),
    ("Le prestataire ne peut en aucun cas différer la notification d'une violation au client.", ASSIST),
]

NOT_READ = [
    # agreements about other things than engaging sub-processors
    ("The Customer agrees that the Supplier may assign its rights under this agreement to an affiliate.", AUTH),
    ("The Customer agrees that the Supplier's sub-processors may store the data within the EEA.", AUTH),
    ("Le client accepte que le prestataire modifie ses tarifs une fois par an.", AUTH),
    # a list kept, with no notice of changes and no authorisation
    ("The Vendor keeps a list of its sub-processors on its website.", AUTH),
    # the staff's duty to follow the instructions (Art. 29, 32(4)), not the processor's point (a) term
    ("The processor shall make sure that any employee who has access to the data processes it only on the "
     "controller's instructions.", INSTR),
    ("Staff members who have access to personal data shall process them solely on the documented instructions of "
     "the customer.", INSTR),
    ("Le prestataire veille à ce que tout salarié qui a accès aux données ne les traite que sur instruction du "
     "client.", INSTR),
    # the purpose alone, with no word of the controller on other uses
    ("The processor shall process the data only to provide the services and for no other purpose.", INSTR),
    # confidentiality as a property the training protects, not persons bound
    ("Staff receive regular training in keeping the integrity and confidentiality of the processing, in accordance "
     "with the security policy.", CONF),
    ("Employees attend yearly sessions, in accordance with the training plan, on the availability and "
     "confidentiality of systems.", CONF),
    # "subject to" said of what belongs to the sub-processor, or of another act
    ("Access to a sub-processor's data centre is subject to that sub-processor's agreement.", FLOW),
    ("The customer may raise an objection to an added sub-processor, subject to the termination clauses of the main "
     "agreement.", FLOW),
    # the controller's own obligations named, no duty of the processor
    ("The client's obligations towards data subjects remain its own.", DSR),
    # the data subjects' own right, with no duty of the processor
    ("Data subjects may at any time exercise their rights of access and erasure directly with the Customer.", DSR),
    ("Les personnes concernées peuvent exercer leurs droits directement auprès du responsable de traitement.", DSR),
    ("Individuals are informed of their rights and can use them with the controller at any time.", DSR),
    # the controller's own share of the security, reached through its use of the services
    ("The Client remains responsible for making appropriate use of the Platform to ensure a level of security suited "
     "to the risk.", SEC),
    ("Le client utilise la plateforme de manière à assurer un niveau de sécurité adapté aux risques de son "
     "traitement.", SEC),
    # instructions as the manner of another act than the processing
    ("The provider shall support the customer, where it can, upon the customer's instruction as agreed.", INSTR),
    ("The processor shall, on the controller's written instructions, destroy the copies kept on backup media.", INSTR),
    # the company's information shared under an NDA, things declared confidential
    ("Before sharing confidential business information with partners or consultants, employees shall have them sign "
     "a confidentiality agreement.", CONF),
    ("Staff share sensitive company information with suppliers only once the supplier has signed a confidentiality "
     "agreement.", CONF),
    ("Staff must lock their screens when away, and office alarm codes and related documents are confidential.", CONF),
    ("Personnel shall wear badges at all times; server room access codes are treated as strictly confidential.",
     CONF),
    ("Le prestataire remet au client des rapports confidentiels chaque mois.", CONF),
    # what the law says, quoted; the controller's own data during the term; an audit trail handed internally
    ("Article 28(3) GDPR requires the processor to delete or return the data at the end of the services.", RET),
    ("The controller may return or delete its own test data at any time during the term.", RET),
    ("The supplier hands over the audit trail of user log-ins to its own security team every month.", AUDIT),
    # a limit on the processor's own notices to the authority
    ("Notifications of a breach to the supervisory authority on the Customer's behalf may only be made by the "
     "Supplier on the Customer's prior instructions.", ASSIST),
    ("Le prestataire ne peut notifier une violation à l'autorité de contrôle que sur instruction écrite du client.",
     ASSIST),
]


@pytest.mark.parametrize("text,element", READ)
def test_class_read(text, element):
    assert element in elements(text), text


@pytest.mark.parametrize("text,element", NOT_READ)
def test_near_miss_not_read(text, element):
    assert element not in elements(text), text


def test_general_and_specific_authorisation_both_make_the_element_present():
    """Decision: a general written authorisation (the controller agrees that the processor may engage sub-processors)
    and the specific kind (none without prior specific written authorisation) are both the Art. 28(2) element of a
    DPA, with its evidence quoted."""
    general = check_art28([Clause(heading="Sub-processors", text="The Customer agrees that the Supplier may engage "
                                  "sub-processors to provide the hosting service.", start=0)], lang="en")
    specific = check_art28([Clause(heading="Sub-processors", text="The Supplier shall not engage any sub-processor "
                                   "without the Customer's prior specific written authorisation.", start=0)], lang="en")
    french = check_art28([Clause(heading="Sous-traitance ultérieure", text="Le responsable autorise le sous-traitant à "
                                 "recourir à des sous-traitants ultérieurs pour l'hébergement des sauvegardes.",
                                 start=0)], lang="fr")
    for res in (general, specific, french):
        el = res.elements[AUTH]
        assert el["present"] is True
        assert el["evidence"]
    assert "agrees" in general.elements[AUTH]["evidence"]
    assert "specific written authorisation" in specific.elements[AUTH]["evidence"]
    # a freedom given to the processor alone is no authorisation by the controller
    alone = check_art28([Clause(heading="", text="The Supplier may engage sub-processors.", start=0)], lang="en")
    assert alone.elements[AUTH]["present"] is False


PURPOSE, TYPES = 2, 3
FACETS = [
    ("A hosted scheduling application, provided by the Vendor, that enables the Customer to plan its technicians' "
     "rounds.", PURPOSE, True),
    ("Une plateforme en ligne qui permet au client de gérer les rendez-vous de ses patients.", PURPOSE, True),
    ("Mobile numbers, text messages sent and received and the entries of the user's address book.", TYPES, True),
    ("Numéros de téléphone, carnets d'adresses et journal des appels des utilisateurs.", TYPES, True),
    # a duty to provide a feature, a change to an address book: no facet stated
    ("The Vendor shall provide a service that enables the Customer to export its data at any time.", PURPOSE, False),
    ("The processor shall notify the customer of any change to its address book.", TYPES, False),
]


@pytest.mark.parametrize("text,facet,stated", FACETS)
def test_subject_matter_facets(text, facet, stated):
    assert (facet in subject_facets_of(text)) is stated, text
