"""Art. 28 elements, fifteenth session's classes (issue 13): an element's words that serve another act are not the
duty (`facts/art28_aims.py`). Sentences written for this test in FR and EN, in other words than any DPA read (no
sentence of any data set), each class with the duty itself as a near-miss that must still count:

- a limit on changing the measures ("will not lower the overall protection", "sans diminuer le niveau de sécurité")
  governs their updates; it does not bind the processor to take the measures (point (c), Art. 32);
- the aim of keeping records ("keeps logs… to support audits", "conserve les journaux afin de faciliter les
  contrôles") is record keeping (Art. 5(2), 30), not information made available nor an audit allowed (point (h)),
  unless the sentence hands something over or lets someone in;
- sub-processors bound to the law alone ("must follow the privacy laws that apply to them") do not carry the
  processing contract's own obligations (Art. 28(4));
- the sub-processors as the ones paid ("interest on sums owed to its subcontractors") are not whom the processor
  answers for (Art. 28(4)); an audit of money ("financial audit of invoices", "audit comptable") is not the audit of
  point (h); equipment handed back at the end ("restitue le matériel", "return the badges") is not the personal
  data of point (g), while files handed back are;
- "on" read as a word, not as the end of another ("the submission of instructions" is how the controller sends
  them, not processing on its instructions: point (a)).
"""

from __future__ import annotations

import pytest

from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.segmentation import Clause

SEC = "art28_3c_security"
AUDIT = "art28_3h_audits_information"
INSTR = "art28_3a_documented_instructions"
RET = "art28_3g_return_deletion"
FLOW = "art28_4_flow_down"


def elements(text: str) -> set[str]:
    clauses = [Clause(heading="", text=text, start=0)]
    return {f.element for f in extract_facts(clauses, text).all("obligation") if f.modal != "need_not"}


READ = [
    # the security duty itself, also next to a limit on its changes
    ("The Supplier shall put in place and keep up to date appropriate technical and organisational measures to "
     "protect the personal data.", SEC),
    ("The Supplier maintains the security measures listed in Schedule 2 and shall not lower their overall level "
     "during the term.", SEC),
    ("Le prestataire met en œuvre les mesures de sécurité décrites en annexe et s'interdit d'en diminuer le niveau.",
     SEC),
    # information handed over or an audit allowed, also when records are kept for them
    ("The Vendor keeps records of its processing and shall make available to the Client all information necessary to "
     "demonstrate its compliance with this addendum.", AUDIT),
    ("The Vendor shall allow the Client, or an auditor it appoints, to carry out audits of the processing once a "
     "year.", AUDIT),
    ("Le prestataire conserve les journaux d'accès et met à la disposition du client toutes les informations "
     "nécessaires pour démontrer le respect de ses obligations.", AUDIT),
    # the contract's own obligations imposed on sub-processors, with or without the law beside them
    ("The Vendor shall bind each sub-processor by a written contract to the same data protection obligations as "
     "those in this addendum.", FLOW),
    ("The Vendor shall require its sub-processors to comply with applicable privacy laws and with obligations "
     "equivalent to its own under this addendum.", FLOW),
    ("Le prestataire impose à ses sous-traitants ultérieurs, par contrat écrit, les mêmes obligations que celles du "
     "présent accord.", FLOW),
    # the processor answering for its sub-processors, audits of compliance, data handed back at the end
    ("The Supplier stays fully answerable to the Client for how its subcontractors perform their data protection "
     "obligations.", FLOW),
    ("The Supplier shall cooperate with the auditors the Client appoints to check compliance with this addendum.",
     AUDIT),
    ("Once the contract ends, the Supplier will hand back the Client's files and then erase its own copies.", RET),
    ("À la fin du contrat, le prestataire restitue au client ses données et en supprime toute copie.", RET),
    # processing on the controller's instructions (point (a))
    ("The Supplier handles the personal data solely on the Customer's written instructions.", INSTR),
]

NOT_READ = [
    # a limit on changing the measures, nothing more
    ("Any change the Supplier makes to its safeguards will not materially lower the overall protection offered "
     "to the Client.", SEC),
    ("The Vendor may revise its controls from time to time, without degrading the level of security described "
     "here.", SEC),
    ("Les évolutions apportées par le prestataire ne doivent pas réduire le niveau de sécurité prévu au contrat.",
     SEC),
    # record keeping and its aim
    ("The Vendor shall retain system logs for twelve months in order to support future audits and "
     "investigations.", AUDIT),
    ("Le prestataire conserve une trace écrite de ses procédures afin de faciliter les contrôles.", AUDIT),
    # sub-processors bound to the law alone
    ("All of our subcontractors must follow the privacy laws that apply to them.", FLOW),
    ("Les sous-traitants ultérieurs du prestataire sont tenus de respecter la réglementation applicable en matière de "
     "protection des données.", FLOW),
    # the sub-processors paid, an audit of money, equipment handed back
    ("The Supplier remains liable for any late payment interest on sums owed to its subcontractors.", FLOW),
    ("Le prestataire reste redevable des pénalités de retard sur les sommes dues à ses sous-traitants.", FLOW),
    ("The Supplier shall cooperate with the Client's auditors during the yearly financial audit of invoices.", AUDIT),
    ("Le prestataire se prête à l'audit comptable annuel des factures à la demande du client.", AUDIT),
    ("À l'échéance du contrat, le prestataire restitue au client le matériel et les badges mis à sa disposition.", RET),
    ("On termination, the Supplier shall return the laptops and access cards lent by the Client.", RET),
    # the controller's channel for its instructions
    ("The Customer's IT manager is in charge of the coordination and submission of instructions to the Supplier.",
     INSTR),
]


@pytest.mark.parametrize("text,element", READ)
def test_the_duty_itself_is_read(text, element):
    assert element in elements(text)


@pytest.mark.parametrize("text,element", NOT_READ)
def test_words_serving_another_act_are_not_the_duty(text, element):
    assert element not in elements(text)
