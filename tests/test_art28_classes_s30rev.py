"""Art. 28(3)(g) read by what is handed back, thirtieth session (issue 13, helper s30-rev).

Point (g) of Art. 28(3) GDPR is the fate of the personal data at the end of the services: the processor deletes or
returns them to the controller, at the controller's choice, and deletes the copies. A contract that makes the customer
hand back the kit the provider lent it (a router, a leased firewall, rented printers, SIM cards) at the end says
nothing of the data: the goods go back to their owner, the provider. Two marks of that class, whatever the goods are
called: the goods are said to be lent, leased, rented or provided by the provider ("prêté", "loué", "mis à disposition
par le Prestataire"), or they go back TO the provider or the lessor - data under point (g) go to the controller. Either
mark counts only when the sentence names no data (data, files, records, content, backups…): "return the laptops holding
Customer Data" still speaks of the data.

Every sentence is written for this test, in other words than any evaluated document; each side has its near misses.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.report import review_text
from assistant.legal.review.segmentation import Clause

END = "art28_3g_return_deletion"


def elements(text: str) -> set[str]:
    clauses = [Clause(heading="", text=text, start=0)]
    return {f.element for f in extract_facts(clauses, text).all("obligation") if f.modal != "need_not"}


GOODS_HANDED_BACK = [
    # EN
    "At the end of the Agreement, all routers, modems and SIM cards shall be returned to the Provider.",
    "At the end of the contract, the leased firewall is returned to the Provider at the Customer's expense.",
    "When the contract ends, send back the rented printers to us.",
    "On expiry, the loaned tablets and their chargers must be returned to the Supplier within ten days.",
    "Upon termination, any appliance supplied by the Vendor shall be sent back to the Vendor, carriage paid.",
    "After the term ends, the two switches lent for the project are to be given back to the lessor.",
    # FR
    "En fin de contrat, les copieurs sont restitués au loueur.",
    "À la fin de l'abonnement, les box et cartes SIM sont renvoyées au Prestataire.",
    "À l'expiration du contrat, les imprimantes louées sont retournées au Prestataire dans leur emballage d'origine.",
    "Au terme du contrat, les terminaux de paiement prêtés sont rendus au Fournisseur.",
    "À la résiliation, le pare-feu mis à disposition par le Prestataire lui est restitué sous quinze jours.",
    "En fin de marché, les téléphones fournis par le Titulaire sont restitués au Titulaire.",
]

DATA_HANDED_BACK = [
    # EN: same shapes (passive, end first), the object is the data, or the goods hold the data
    "At the end of the Agreement, all Customer Data shall be returned to the Customer and the copies deleted.",
    "When the contract ends, the personal data held for the Customer are returned to it in CSV format.",
    "Upon termination, the Provider shall return the laptops holding Customer Data to the Customer or securely "
    "wipe them, as the Customer chooses.",
    "On expiry, the Supplier shall hand over the backups of the Customer's files to the Customer, then destroy them.",
    # FR
    "En fin de contrat, les données personnelles du Client lui sont restituées, puis détruites chez le Prestataire.",
    "À l'expiration du contrat, le Prestataire restitue au Client l'ensemble des fichiers hébergés et en supprime "
    "les copies.",
    "Au terme du contrat, le Prestataire renvoie au Client les disques contenant ses données, ou les efface à son "
    "choix.",
    "À la résiliation, les sauvegardes des données du Client lui sont remises, puis effacées.",
]


@pytest.mark.parametrize("text", GOODS_HANDED_BACK)
def test_goods_lent_by_the_provider_handed_back_are_not_point_g(text):
    assert END not in elements(text)


@pytest.mark.parametrize("text", DATA_HANDED_BACK)
def test_data_handed_back_at_the_end_is_point_g(text):
    assert END in elements(text)


# the whole review: a processing contract whose only return clause is the kit's does not show point (g); the same
# contract with the data's return does
_FR = """CONTRAT D'INFOGÉRANCE

Article 1 - Objet
Le Prestataire administre les postes et serveurs du Client et traite à ce titre, pour le compte du Client, les données
à caractère personnel de ses salariés.

Article 2 - Données personnelles
Le Prestataire agit en qualité de sous-traitant au sens de l'article 28 du RGPD. Il ne traite les données que sur
instruction documentée du Client et met en œuvre des mesures de sécurité appropriées.

Article 3 - Fin du contrat
{end}
"""
_EN = """MANAGED IT AGREEMENT

1. Services
The Provider administers the Customer's workstations and servers and, in doing so, processes the personal data of the
Customer's staff on the Customer's behalf.

2. Data protection
The Provider acts as processor within the meaning of Article 28 GDPR. It processes the data only on the Customer's
documented instructions and implements appropriate security measures.

3. End of the Agreement
{end}
"""


@pytest.mark.parametrize("doc,end,present", [
    (_FR, "À la fin du contrat, les routeurs et modems prêtés au Client sont restitués au Prestataire.", False),
    (_FR, "À la fin du contrat, le Prestataire restitue au Client l'ensemble de ses données puis les supprime.", True),
    (_EN, "At the end of the Agreement, the leased firewall and the SIM cards are returned to the Provider.", False),
    (_EN, "At the end of the Agreement, the Provider shall return all Customer Data to the Customer and delete "
          "any copies.", True),
])
def test_the_review_reads_point_g_from_the_data_returned(doc, end, present):
    report = review_text(doc.format(end=end)).to_json()
    assert report["gdpr_art28"]["elements"][END]["present"] is present


# -- point (h): an audit the provider sells or a log of events is no audit of the processor ---------------------------
# Art. 28(3)(h) lets the controller audit the processor (or have it audited) and binds the processor to give the
# information that shows its compliance. An audit the provider sells as a service (an option the customer may order,
# an initial assessment of the customer's systems) and "audit records" or audit logs (the trace of events a system
# keeps) check nobody's compliance with the processing terms.
AUDIT = "art28_3h_audits_information"

NOT_AN_AUDIT_RIGHT = [
    "The Customer may download the Audit Records of its users' sign-ins from the console for ninety days.",
    "The Customer may order the optional Network Audit package: a consultant of the Provider reviews the firewall "
    "rules and issues a report.",
    "During onboarding the Provider carries out an initial security audit of the Customer's workstations and delivers "
    "its report.",
    "Le Client peut souscrire l'option « Audit de licences » : un consultant du Prestataire recense les logiciels "
    "installés et remet un rapport.",
    "Le Client peut consulter à tout moment les journaux d'audit des connexions de ses utilisateurs depuis le portail.",
    "Le Client peut commander un audit de sécurité initial de son réseau, facturé selon la grille tarifaire.",
]
AUDIT_RIGHTS = [
    "The Customer may audit the Provider's compliance with this clause once a year, on thirty days' notice.",
    "The Provider shall allow audits, including inspections, conducted by the Customer or an auditor it appoints.",
    "Le Client peut faire auditer par un tiers indépendant le respect par le Prestataire des présentes obligations.",
    "Le Prestataire permet la réalisation d'audits, y compris d'inspections, par le Client ou un auditeur mandaté.",
    # an audit ordered, of the processor itself
    "The Customer may order an audit of the Provider by an independent auditor once a year.",
    "Le Client peut commander un audit du Prestataire par un auditeur indépendant, une fois par an.",
    # "at its option" is the manner of the audit right, not an option sold
    "At its option, the Customer may audit the Provider's compliance with this clause once a year.",
    "The Customer may, at its option, audit the Provider once a year.",
    "À son option, le Client peut faire procéder à un audit du Prestataire une fois par an.",
]


@pytest.mark.parametrize("text", NOT_AN_AUDIT_RIGHT)
def test_an_audit_sold_or_a_log_is_not_point_h(text):
    assert AUDIT not in elements(text)


@pytest.mark.parametrize("text", AUDIT_RIGHTS)
def test_the_controllers_audit_of_the_processor_is_point_h(text):
    assert AUDIT in elements(text)


# -- Art. 28(1): guarantees denied, or a standard only followed --------------------------------------------------------
# A processor that "does not guarantee" anything gives no guarantee, whatever the sentence promises next; a standard the
# provider says it follows or is aligned with is no certification held (a certification under Art. 42, which Art. 28(5)
# counts towards sufficient guarantees, is a third party's attestation).
GUARANTEES = "art28_1_guarantees"

NO_GUARANTEE = [
    "The Provider does not warrant that the platform complies with any security standard; it shall use reasonable "
    "efforts to keep it patched.",
    "Le Prestataire ne garantit pas que l'infrastructure soit conforme à un référentiel particulier ; il la maintient "
    "selon les usages de la profession.",
    "The Provider runs a security programme aligned with ISO/IEC 27001, including encrypted backups and multi-factor "
    "authentication for administrators.",
    "Its operations follow practices inspired by ISO 27001 and the SOC 2 criteria.",
    "Les sauvegardes sont conduites dans le respect du référentiel HDS et des règles de l'art.",
    "La politique de sécurité du Prestataire s'inspire de la norme ISO/IEC 27001.",
]
GUARANTEE_GIVEN = [
    "The Provider holds ISO/IEC 27001 certification for the data centres used for the Services.",
    "The Provider warrants that its processing will comply with the GDPR.",
    "Le Prestataire est certifié ISO/IEC 27001 pour ses activités d'hébergement.",
    "Le Prestataire présente des garanties suffisantes quant aux mesures techniques et organisationnelles.",
]


@pytest.mark.parametrize("text", NO_GUARANTEE)
def test_a_guarantee_denied_or_a_standard_followed_is_no_guarantee(text):
    assert GUARANTEES not in elements(text)


@pytest.mark.parametrize("text", GUARANTEE_GIVEN)
def test_a_certification_held_or_a_warranty_of_compliance_is_a_guarantee(text):
    assert GUARANTEES in elements(text)


# -- a court's town in a party's French région is not that party's home court -----------------------------------------
# A US state carries its own courts and law ("the state or federal courts sitting in Wilmington" is Delaware's forum): a
# court in the provider's state is its home court. A French court's territory (ressort) is a town and its surroundings,
# not a région: the tribunal of Rennes is no more the home court of a company seated in Vannes than of one in Nantes.
@pytest.mark.parametrize("court,provider,client,who", [
    ({"rennes"}, {"nantes"}, {"vannes"}, None),
    ({"marseille"}, {"nice"}, {"lyon"}, None),
    ({"bordeaux"}, {"paris"}, {"pau"}, None),
    ({"wilmington"}, {"delaware"}, {"lyon"}, "provider"),
    ({"houston"}, {"lyon"}, {"dallas", "texas"}, "client"),
])
def test_a_french_region_is_no_venue_but_a_us_state_is(court, provider, client, who):
    from assistant.legal.review.facts.places import whose_place
    assert whose_place(court, provider, client) == who
