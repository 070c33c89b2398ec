"""Art. 28 elements, eighteenth session's classes (issue 13), sorted from the failures of the DPA element-removal test
(tune half, `evaluations/dpa.py --examples`). Sentences written for this test in FR and EN, in other words than any
DPA read (no sentence of any data set), each class with a near-miss on the other side:

- the law's formula for what a controller or processor weighs - "the nature, scope, context and purposes of the
  processing" (GDPR Arts 24(1), 25(1), 32(1), 35(1)) - borrows the facets' words: it states neither the nature nor the
  purpose of this processing (Art. 28(3), first subparagraph), while a sentence that says what they are does;
- a caption that names a facet with only a relative clause after it ("Categories of data subjects to whom the personal
  data relates") is a heading: its content is elsewhere; the same words with what they are ("… are the Client's
  employees and customers") state the facet;
- sub-processors bound to what the GDPR itself imposes on processors ("comply with all requirements the GDPR places on
  processors") carry the law alone, not the processing contract's obligations (Art. 28(4)); bound to the obligations
  the addendum imposes, they do;
- the written contract named before the sub-processor it binds ("shall ensure, by a written contract, that every
  subcontractor applies the measures of this addendum") is the flow-down of Art. 28(4); a processor free to work
  through a subcontractor under a contract binds no one to anything;
- an indirect question or a mention as a list item ("Whether the authorisation … is general or specific;",
  "L'indication du caractère général ou spécifique de l'autorisation…") describes what a form or annex records: it
  neither grants nor requires an authorisation (Art. 28(2)), while a duty opened by "whether or not" still binds.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.art28 import subject_facets_of
from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.segmentation import Clause

AUTH = "art28_2_subprocessor_authorisation"
FLOW = "art28_4_flow_down"
NATURE, SUBJECTS = 2, 4


def elements(text: str) -> set[str]:
    clauses = [Clause(heading="", text=text, start=0)]
    return {f.element for f in extract_facts(clauses, text).all("obligation") if f.modal != "need_not"}


READ = [
    # the sub-processors bound to the addendum's own obligations, beside the law or alone
    ("The Vendor and each of its sub-processors shall meet every obligation this addendum imposes on the Vendor and "
     "the requirements of the GDPR.", FLOW),
    ("Chaque sous-traitant ultérieur est tenu, par contrat écrit, aux obligations que le présent accord impose au "
     "prestataire.", FLOW),
    # the written contract named first, then the sub-processors it binds
    ("The Vendor shall ensure, by a written contract, that every subcontractor it uses for the Client's data applies "
     "the security measures of this addendum.", FLOW),
    ("The Vendor shall procure under a binding agreement that any sub-processor handling the data keeps to the same "
     "confidentiality and security terms.", FLOW),
    ("Le prestataire veille, par un contrat écrit, à ce que chaque sous-traitant ultérieur applique les mesures de "
     "sécurité du présent accord.", FLOW),
    # a duty opened by "whether or not", and a notice of changes under either kind of authorisation
    ("Whether or not the Client has objected before, the Vendor shall notify it of any new sub-processor thirty days "
     "in advance.", AUTH),
    ("Le prestataire informe le client de tout nouveau sous-traitant ultérieur, que l'autorisation donnée soit "
     "générale ou spécifique.", AUTH),
]

NOT_READ = [
    # what the GDPR itself imposes on processors, and nothing of the contract
    ("The Vendor and its sub-processors shall comply with all requirements that the GDPR places on data processors.",
     FLOW),
    ("Le prestataire et ses sous-traitants ultérieurs respectent toutes les exigences que le RGPD impose aux "
     "sous-traitants.", FLOW),
    # a contract with a subcontractor, binding it to nothing of the processing
    ("The Vendor may perform the support services through a written contract with a subcontractor of its choice.",
     FLOW),
    ("Le prestataire peut exécuter la maintenance au moyen d'un contrat conclu avec un sous-traitant.", FLOW),
    # an indirect question or a mention: what a form or an annex records
    ("Whether the authorisation to engage sub-processors is general or specific;", AUTH),
    ("Whether the Client's consent to new subcontractors was given in writing;", AUTH),
    ("L'indication du caractère général ou spécifique de l'autorisation de recourir à des sous-traitants "
     "ultérieurs ;", AUTH),
]


@pytest.mark.parametrize("text,element", READ)
def test_the_duty_itself_is_read(text, element):
    assert element in elements(text)


@pytest.mark.parametrize("text,element", NOT_READ)
def test_a_sentence_that_does_not_state_the_duty_is_not_read(text, element):
    assert element not in elements(text)


FACETS_STATED = [
    ("The nature of the processing is the hosting and daily backup of the Client's mailboxes.", NATURE),
    ("La finalité du traitement est la gestion de la paie des salariés du client.", NATURE),
    ("The data subjects to whom the personal data relates are the Client's employees and its customers.", SUBJECTS),
    ("Les personnes concernées auxquelles se rapportent les données sont les salariés et les clients du client.",
     SUBJECTS),
]

FACETS_NOT_STATED = [
    # the law's formula of what is weighed (Arts 24, 25, 32, 35), also cut from its lead-in
    ("the cost of implementation and the nature, scope, context and purposes of the processing, as well as the risks "
     "for the rights of natural persons, and", NATURE),
    ("Compte tenu de l'état des connaissances et de la nature, de la portée, du contexte et des finalités du "
     "traitement, le prestataire met en œuvre des mesures appropriées.", NATURE),
    ("Having regard to the nature, scope, context and purposes of processing, the Vendor keeps its controls under "
     "review.", NATURE),
    # a caption: the facet named, a relative clause, nothing stated
    ("The categories of data subjects to whom the Client's personal data relates", SUBJECTS),
    ("Catégories de personnes concernées auxquelles se rapportent les données du client", SUBJECTS),
]


@pytest.mark.parametrize("text,facet", FACETS_STATED)
def test_a_facet_stated_is_read(text, facet):
    assert facet in subject_facets_of(text)


@pytest.mark.parametrize("text,facet", FACETS_NOT_STATED)
def test_a_facet_named_in_a_formula_or_a_caption_is_not_read(text, facet):
    assert facet not in subject_facets_of(text)
