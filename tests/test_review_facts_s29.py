"""Typed facts, session 29 (issue 13): a carve-out from the cap for a category of obligations (indemnities,
confidentiality, infringement, a named section) is the contract's choice, unlike the faults and injuries the law keeps
outside any cap; words that only name a death, or an indemnity made subject to the limits, carve nothing out.
Our own wordings, EN and FR, written before the fixes."""

from __future__ import annotations

import pytest

from assistant.legal.review.facts import extract_facts
from assistant.legal.review.facts.model import OBLIGATION_CARVE_OUTS
from assistant.legal.review.segmentation import segment
from evaluations import cuad_facts as cf


def facts(text: str, kind: str):
    doc = extract_facts(segment(text), text)
    found = doc.all(kind)
    for f in found:
        assert text[f.evidence.start:f.evidence.end] == f.evidence.quote
    return found


def carved(sentence: str, heading: str = "12. Limitation of liability") -> set[str]:
    got = facts(f"{heading}\n{sentence}\n", "carve_outs")
    return {i for c in got if c.excluded_from_limit for i in c.items}


# -- carve-outs by obligation: outside the cap --------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Save for claims arising under the confidentiality undertakings of Section 11, neither party shall be liable to the "
     "other for any lost revenue or indirect loss.", "confidentiality"),
    ("Except with respect to a party's indemnification obligations, the aggregate liability of each party shall not "
     "exceed the fees paid in the six months before the claim.", "indemnities"),
    ("Other than liability for a breach of clause 12, the Contractor's maximum liability shall be limited to the charges "
     "paid under the relevant order.", "referenced_clause"),
    ("Excluding claims for infringement of a third party's intellectual property, no party will be liable for loss of "
     "business or goodwill.", "ip_infringement"),
    ("Hors les cas de violation de l'obligation de confidentialité, aucune des parties ne sera responsable des dommages "
     "indirects subis par l'autre.", "confidentiality"),
    ("Sauf au titre de l'article 9, la responsabilité totale du Prestataire est limitée aux sommes versées au cours des "
     "douze derniers mois.", "referenced_clause"),
])
def test_a_category_of_obligations_is_carved_out(sentence, expected):
    got = carved(sentence)
    assert expected in got and got & OBLIGATION_CARVE_OUTS


@pytest.mark.parametrize("sentence, fault, obligation", [
    ("The limits above shall not apply to losses caused by gross negligence, wilful misconduct or a breach of the "
     "Supplier's obligations under Section 4.", "gross_negligence", "referenced_clause"),
    ("Les limitations qui précèdent ne s'appliquent pas en cas de faute lourde ou de manquement aux obligations prévues à "
     "l'article 6.", "gross_negligence", "referenced_clause"),
])
def test_faults_and_obligations_named_together_are_both_read(sentence, fault, obligation):
    got = carved(sentence)
    assert {fault, obligation} <= got


@pytest.mark.parametrize("sentence", [
    "Nothing in this Agreement limits either party's liability for death or personal injury caused by its negligence, or "
    "for fraud.",
    "The caps in this clause do not apply to damage caused by a party's gross negligence or wilful default.",
    "Les plafonds ci-dessus ne s'appliquent pas en cas de faute lourde ou de dol.",
    "Rien dans le présent contrat ne limite la responsabilité d'une partie en cas de dommages corporels.",
])
def test_faults_the_law_keeps_outside_are_no_obligation_carve_out(sentence):
    got = carved(sentence)
    assert got and not got & OBLIGATION_CARVE_OUTS


# -- no carve-out at all -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("heading, sentence", [
    ("6. Termination", "If the Company ends the engagement without Cause (other than upon the Consultant's death or "
                       "Disability), it shall pay the fees earned to that date and the expenses approved, limited to the "
                       "budget."),
    ("6. Résiliation", "Si le Client résilie la mission pour une autre cause que le décès du consultant, il verse les "
                       "honoraires acquis, dans la limite du budget convenu."),
    ("9. Indemnities", "Subject to the limitations of Section 10, the Supplier shall indemnify and hold harmless the "
                       "Customer against all losses resulting from the Supplier's breach, except to the extent caused by "
                       "the indemnified party."),
    ("9. Indemnification", "Subject to the limitations set out in clause 14, each party shall defend and indemnify the "
                           "other against losses from its material breach, except where the Indemnified Party caused them."),
])
def test_a_death_named_or_an_indemnity_subject_to_the_limits_carves_nothing(heading, sentence):
    assert carved(sentence, heading) == set()


# -- the CUAD comparison: what the lawyers call uncapped -----------------------------------------------------------
def _said(carve_items):
    f = {k: [] for k in cf.KINDS}
    f["carve_outs"] = [{"items": carve_items, "excluded_from_limit": True, "quote": "q"}]
    return cf.product("uncapped", f)[0]


def test_uncapped_in_cuad_terms_is_a_category_carved_out_not_a_fault():
    assert _said(["indemnities"]) and _said(["gross_negligence", "referenced_clause"])
    assert not _said(["gross_negligence", "wilful_misconduct"]) and not _said(["bodily_injury", "fraud"])


# -- assignment: the contract's transfer read past "successors and assigns", a duty to assign, rights of authorship ----
def assigned(sentence: str, heading: str = "15. Assignment"):
    return [a for a in facts(f"{heading}\n{sentence}\n", "assignment") if a.what == "assign"]


@pytest.mark.parametrize("sentence", [
    "This Agreement binds the parties and their successors and permitted assigns, but neither party may assign it without "
    "the other's prior written consent.",
    "The Contract inures to the benefit of the parties' heirs, successors and assigns; no party shall transfer the "
    "Contract without the written approval of the other.",
    "Save where a party sells its business to a purchaser (in which event it shall assign this Agreement to that "
    "purchaser), neither party may assign its rights hereunder without the other's written consent, not to be "
    "unreasonably withheld.",
    "Sauf cession de son fonds de commerce, auquel cas elle devra transférer le contrat à l'acquéreur, aucune partie ne "
    "peut céder le contrat sans l'accord écrit préalable de l'autre.",
])
def test_the_contract_assigned_with_consent_past_other_assignment_words(sentence):
    got = assigned(sentence)
    assert got and any(a.consent == "required" for a in got)


@pytest.mark.parametrize("sentence", [
    "The Consultant waives any moral rights in the deliverables which cannot be assigned under clause 14.",
    "Les droits moraux de l'auteur sur les livrables ne peuvent être cédés.",
])
def test_rights_of_authorship_not_assignable_are_no_contract_assignment(sentence):
    assert assigned(sentence, "14. Intellectual property") == []


# -- a document named in a list of the contract's documents grants no subcontracting ------------------------------
@pytest.mark.parametrize("heading, sentence", [
    ("2. Documents contractuels", "Les documents contractuels sont, par ordre de priorité : les conditions particulières ; "
                                  "l'accord de sous-traitance des données figurant en annexe 4 ; les présentes conditions "
                                  "générales."),
    ("2. Pièces du contrat", "Le contrat se compose des pièces suivantes :\n- le bon de commande ;\n- la convention de "
                             "sous-traitance ultérieure ;\n- le plan d'assurance qualité."),
    ("2. Contract documents", "The contract documents are, in order of precedence: (a) the Order Form; (b) the "
                              "Subcontracting Agreement in Schedule 3; (c) these Terms."),
    ("2. Order of precedence", "In case of conflict, the Data Processing and Subcontracting Addendum prevails over the "
                               "Master Terms."),
])
def test_a_document_named_in_the_documents_list_is_no_subcontracting(heading, sentence):
    got = facts(f"{heading}\n{sentence}\n", "assignment")
    assert [a for a in got if a.what == "subcontract"] == []


@pytest.mark.parametrize("sentence", [
    "Le Prestataire peut recourir à la sous-traitance pour tout ou partie des prestations sans l'accord du Client.",
    "The Provider may subcontract any part of the Services without the Customer's consent.",
])
def test_subcontracting_granted_is_still_read(sentence):
    got = facts(f"8. Sous-traitance\n{sentence}\n", "assignment")
    assert any(a.what == "subcontract" and a.consent == "not_required" for a in got)


@pytest.mark.parametrize("sentence", [
    "Except as provided herein or where either party sells or otherwise transfers its business to another (in which case "
    "it shall assign this Agreement to the buyer), neither party shall assign its rights or obligations under this "
    "Agreement to a third party without the express written consent of the other.",
    "Sauf lorsqu'une partie cède son fonds à un tiers, aucune partie ne peut céder ses droits et obligations au titre du "
    "contrat sans l'accord écrit de l'autre.",
])
def test_the_event_named_first_leaves_the_contract_transfer_after_it(sentence):
    got = assigned(sentence)
    assert got and got[0].consent == "required"


@pytest.mark.parametrize("sentence", [
    "The Executive may be required to transfer to the Company the cash received for the shares under clause 4.",
    "Le dirigeant devra transférer à la Société les sommes perçues au titre des actions attribuées.",
])
def test_money_or_shares_transferred_is_no_contract_assignment(sentence):
    assert assigned(sentence, "4. Remuneration") == []


# -- the parties' defined names: not a term of the contract, not a body named after the parties' block ---------------
from assistant.legal.review.facts.parties import party_names  # noqa: E402

PREAMBLE_EN = ('This Services Agreement is made on 3 May 2021 between Larkspur Analytics Inc., a Delaware corporation '
               '("Larkspur"), and Ferrow Logistics LLC, an Ohio limited liability company ("Ferrow").\n\nRECITALS\n\n')
PREAMBLE_FR = ('ENTRE LES SOUSSIGNÉS :\nLa société Brisants SAS, au capital de 10 000 euros, RCS Nantes 123 456 789 '
               '(ci-après « Brisants »),\nET\nLa société Hauturier SARL, RCS Brest 987 654 321 (ci-après « Hauturier »).\n\n'
               'IL A ÉTÉ CONVENU CE QUI SUIT :\n\n')


@pytest.mark.parametrize("body, stranger", [
    ("WHEREAS Larkspur is a subsidiary of Quillon Holdings Limited, a company organised under the laws of Jersey "
     "(\"Quillon\");\nNOW, THEREFORE, the parties agree as follows.\n1. Services. Larkspur shall provide the services.\n",
     "quillon"),
    ("1. Disputes. Any dispute shall be settled under the rules of the International Centre for Dispute Resolution "
     "(\"ICDR\"), an arbitral institution incorporated in New York.\n", "icdr"),
    ("1. Software. Larkspur licenses programs from Tamberly Systems Corporation (\"Tamberly\") and sublicenses them.\n",
     "tamberly"),
])
def test_a_company_defined_after_the_parties_block_is_no_party(body, stranger):
    provider, client = party_names(PREAMBLE_EN + body)
    names = set(provider) | set(client)
    assert stranger not in names and {"larkspur", "ferrow"} <= names


def test_a_company_defined_after_the_parties_block_is_no_party_fr():
    body = ("1. Logiciels. Brisants exploite des programmes concédés par la société Gréement Informatique SA, RCS Lorient "
            "111 222 333 (ci-après « Gréement »).\n")
    provider, client = party_names(PREAMBLE_FR + body)
    names = set(provider) | set(client)
    assert "greement" not in names and {"brisants", "hauturier"} <= names


@pytest.mark.parametrize("body, term", [
    ("4. Term. This Agreement runs for one (1) year from the Effective Date (the \"Initial Term\").\n", "initial term"),
    ("4. Duration. This Agreement continues for three (3) years (the \"Term\").\n", "term"),
    ("5. Support. Larkspur, directly or through its service provider, shall provide support to end users (the "
     "\"Customer Service\").\n", "customer service"),
    ("6. Transition. Larkspur shall also provide the hand-back services listed in Schedule 2 (the \"Return Transition "
     "Services\").\n", "return transition services"),
])
def test_a_defined_term_of_the_contract_is_no_party(body, term):
    provider, client = party_names(PREAMBLE_EN + "NOW, THEREFORE, the parties agree as follows.\n" + body)
    assert term not in set(provider) | set(client)
