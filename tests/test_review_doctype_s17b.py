"""What is "missing" depends on the kind of document (issue 13, point 6), and a cap on service credits is read
whatever its wording (s17b).

1. A DPA / processor annex is checked against what a processor agreement must carry (the Art. 28(3) terms:
   the processing described, confidentiality, security), an SLA annex against service levels and credits, an
   order form against parties, what is ordered, price and term; a contract, master agreement or T&Cs against
   the full list. A part reviewed alone reports no service topic as missing (nor in its grouped note); a set
   is read as one contract, the union of its documents deciding.
2. "not to exceed 30 % of that month's fee" and its family cap the credits: no "uncapped penalties".
   Near-misses stated without a cap keep the flag.

Short documents written for these tests (FR/EN), not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from assistant.legal.review.docset import review_set
from assistant.legal.review.documents import ParsedDocument
from assistant.legal.review.report import review_text

SERVICE_TOPICS = {"scope", "service_delivery", "support_hours", "sla", "penalties", "pricing_payment", "governance",
                  "client_obligations", "duration_renewal", "termination", "reversibility", "liability", "disputes"}


def _missing(report) -> set[str]:
    """What the review reports missing: its own gaps and the grouped note's topics (as the evaluation counts)."""
    left = report.terms_elsewhere
    return set(report.missing_essential) | set(left.topics if left is not None else ())


# -- processor agreements ----------------------------------------------------------------------------------
FR_DPA = """# Annexe 5 – Accord relatif au traitement des données personnelles

Le présent accord est conclu entre la société Brévane Informatique (« le Sous-traitant ») et la Mutuelle du Val
(« le Responsable de traitement »).

## 1. Description du traitement
Le Sous-traitant héberge et sauvegarde les dossiers des adhérents (identité, coordonnées, prestations versées)
pour la durée du contrat de services, dans le seul but d'exploiter la plateforme de gestion.

## 2. Instructions documentées
Le Sous-traitant ne traite les données que sur instruction écrite du Responsable de traitement.

## 3. Confidentialité
Les personnes autorisées à traiter les données sont soumises à une obligation de confidentialité.

## 4. Sécurité
Le Sous-traitant applique les mesures techniques et organisationnelles de l'article 32 du RGPD : chiffrement,
contrôle des accès, journalisation.

## 5. Sous-traitants ultérieurs
Aucun autre sous-traitant n'est recruté sans autorisation écrite préalable du Responsable de traitement.

## 6. Violation de données
Toute violation de données personnelles est notifiée au Responsable de traitement dans les 24 heures.

## 7. Fin du traitement
À la fin des services, le Sous-traitant restitue les données au choix du Responsable de traitement puis les efface.
"""

EN_DPA = """# Exhibit D - Data Processing Terms

These Data Processing Terms are made between Calloway Hosting Inc. ("Processor") and Meriden Clinics BV
("Controller").

## 1. Details of processing
Processor hosts the patient scheduling database of Controller (names, phone numbers, appointment dates) for the
term of the Agreement, for the sole purpose of running the scheduling service.

## 2. Instructions
Processor processes personal data only on Controller's documented instructions.

## 3. Personnel
Processor ensures that its staff authorised to process personal data are bound by confidentiality.

## 4. Security measures
Processor implements the technical and organisational measures of Article 32 GDPR, including encryption at rest.

## 5. Sub-processors
Processor shall not engage another processor without Controller's prior written authorisation.

## 6. Breach notification
Processor notifies Controller of any personal data breach without undue delay and within 24 hours.

## 7. Deletion or return
On termination, Processor returns or deletes all personal data at Controller's choice.
"""


def _without(text: str, heading: str) -> str:
    """The document without the section whose heading starts with `heading`."""
    parts = text.split("\n## ")
    return "\n## ".join(p for p in parts if not p.startswith(heading))


@pytest.mark.parametrize("name,text", [("fr_dpa.md", FR_DPA), ("en_dpa.md", EN_DPA)])
def test_dpa_alone_lacks_no_service_topic(name, text):
    report = review_text(text, name=name)
    assert report.doc_type.kind == "dpa"
    assert not _missing(report) & SERVICE_TOPICS, _missing(report)


@pytest.mark.parametrize("name,text,heading,topic", [
    ("fr_dpa.md", FR_DPA, "4. Sécurité", "security"),
    ("en_dpa.md", EN_DPA, "4. Security", "security"),
    ("fr_dpa.md", FR_DPA, "3. Confidentialité", "confidentiality"),
    ("en_dpa.md", EN_DPA, "3. Personnel", "confidentiality"),
])
def test_dpa_missing_an_art28_term_says_so(name, text, heading, topic):
    report = review_text(_without(text, heading), name=name)
    assert report.doc_type.kind == "dpa"
    assert topic in report.missing_essential
    assert not _missing(report) & SERVICE_TOPICS


# -- SLA annexes -------------------------------------------------------------------------------------------
FR_SLA = """# Annexe 2 – Convention de niveaux de service

## 1. Niveaux de service
Le Prestataire garantit une disponibilité mensuelle de la messagerie de 99,7 %, hors maintenances planifiées
annoncées cinq jours ouvrés à l'avance. Le délai de prise en charge d'un incident bloquant est d'une heure.

## 2. Mesure
La disponibilité est mesurée par une sonde externe dont le Client reçoit les relevés chaque mois.

## 3. Pénalités
Si la disponibilité mensuelle est inférieure à l'engagement, le Client bénéficie d'un avoir de 5 % de la redevance
mensuelle par tranche de 0,1 % manquante.
"""

EN_SLA = """# Schedule 3 - Service Level Agreement

## 1. Service levels
Provider shall keep the hosted ERP available 99.5% of each calendar month, scheduled maintenance excluded.
Priority 1 incidents are acknowledged within 30 minutes.

## 2. Measurement
Availability is measured by an independent monitoring service whose monthly reports are shared with Customer.

## 3. Service credits
If monthly availability falls below 99.5%, Customer receives a service credit of 4% of the monthly fee for each
half point below target.
"""


@pytest.mark.parametrize("name,text", [("fr_sla_annexe.md", FR_SLA), ("en_sla_schedule.md", EN_SLA)])
def test_sla_annex_alone_is_checked_as_an_sla(name, text):
    report = review_text(text, name=name)
    assert report.doc_type.kind == "sla"
    missing = _missing(report)
    assert not missing & {"pricing_payment", "reversibility", "liability", "duration_renewal", "disputes",
                          "confidentiality", "data_protection", "termination"}, missing


@pytest.mark.parametrize("name,text,heading", [("fr_sla_annexe.md", FR_SLA, "3. Pénalités"),
                                               ("en_sla_schedule.md", EN_SLA, "3. Service credits")])
def test_sla_annex_without_credits_misses_credits(name, text, heading):
    report = review_text(_without(text, heading), name=name)
    assert report.doc_type.kind == "sla"
    assert "penalties" in report.missing_essential
    assert "pricing_payment" not in _missing(report)


# -- order forms -------------------------------------------------------------------------------------------
FR_ORDER = """# Bon de commande n° 2026-114

Client : Cabinet Aubray, 4 rue des Tanneurs, 21000 Dijon. Prestataire : Norlys Services.

## Services commandés
Supervision de 12 postes et de 2 serveurs, sauvegarde quotidienne des serveurs.

## Prix
Redevance mensuelle de 890 euros HT, payable à 30 jours fin de mois.

## Durée
La commande est conclue pour 24 mois à compter de la mise en service, aux conditions générales de Norlys Services.
"""

EN_ORDER = """# Order Form No. 7781

Customer: Pelham Dental LLP. Supplier: Brightwell Managed IT Ltd.

## Services ordered
Monitoring and patching of 20 workstations and one file server; cloud backup of the file server.

## Fees
Monthly fee of GBP 1,150 excluding VAT, invoiced monthly in advance and payable within 30 days.

## Term
This Order Form runs for 12 months from the start date under Supplier's standard terms.
"""


@pytest.mark.parametrize("name,text", [("bon_de_commande.md", FR_ORDER), ("order_form.md", EN_ORDER)])
def test_order_form_alone_lacks_no_contract_term(name, text):
    report = review_text(text, name=name)
    assert report.doc_type.kind == "order_form"
    assert not _missing(report) & {"reversibility", "liability", "sla", "penalties", "termination", "disputes",
                                   "governance", "confidentiality", "data_protection", "security"}, _missing(report)


# -- full contracts keep the full list (near-misses) --------------------------------------------------------
FR_CONTRACT = """# Contrat d'infogérance

Entre la société Maelis Conseil (« le Client ») et la société Orbitel Services (« le Prestataire »).

## Article 1 – Objet
Le Prestataire assure l'exploitation et la supervision des serveurs du Client.

## Article 2 – Niveaux de service
Le Prestataire garantit une disponibilité de 99,5 % et une prise en charge des incidents en deux heures ouvrées.

## Article 3 – Prix
La redevance mensuelle est de 2 400 euros HT, payable à 30 jours.

## Article 4 – Responsabilité
La responsabilité du Prestataire est limitée aux sommes versées au cours des douze derniers mois.

## Article 5 – Durée
Le contrat est conclu pour trois ans.
"""

EN_CONTRACT = """# Managed Services Agreement

This Managed Services Agreement is made between Lyndale Freight Ltd ("Customer") and Osmond IT Ltd ("Provider").

## 1. Services
Provider shall operate and monitor Customer's servers and network.

## 2. Service levels
Provider shall keep the servers available 99.5% of each month and respond to critical incidents within one hour.

## 3. Fees
Customer shall pay a monthly fee of GBP 3,000, invoiced monthly.

## 4. Liability
Provider's total liability is limited to the fees paid in the twelve months before the claim.

## 5. Term
This Agreement runs for three years.
"""


@pytest.mark.parametrize("name,text", [("fr_contrat_infogerance.md", FR_CONTRACT),
                                       ("en_managed_services_agreement.md", EN_CONTRACT)])
def test_full_contract_keeps_the_full_list(name, text):
    report = review_text(text, name=name)
    assert report.doc_type.kind in ("services_agreement", "master_agreement")
    assert {"reversibility", "disputes", "termination"} <= set(report.missing_essential)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_set_union_decides(lang):
    contract, dpa = (FR_CONTRACT, FR_DPA) if lang == "fr" else (EN_CONTRACT, EN_DPA)
    docs = [ParsedDocument(name=f"{lang}_contrat.md", text=contract, pages=1, format="md"),
            ParsedDocument(name=f"{lang}_dpa.md", text=dpa, pages=1, format="md")]
    result = review_set(docs, retriever=None)
    assert "data_protection" not in result.missing_essential   # the DPA settles it for the set
    assert "reversibility" in result.missing_essential or "termination" in result.missing_essential
    for r in result.documents:
        if r.doc_type.kind == "dpa":
            assert not set(r.missing_essential) & SERVICE_TOPICS


# -- caps on service credits --------------------------------------------------------------------------------
def _sla_clause(sentence: str, lang: str) -> str:
    if lang == "fr":
        return ("# Contrat de services managés\n\n## Article 4 – Niveaux de service\nLe Prestataire garantit une "
                "disponibilité mensuelle de 99,8 %.\n\n## Article 5 – Pénalités\n" + sentence + "\n")
    return ("# Managed Services Agreement\n\n## 4. Service levels\nProvider shall keep the platform available 99.8% "
            "of each month.\n\n## 5. Service credits\n" + sentence + "\n")


CAPPED = [
    ("en", "If availability falls below target, Customer shall receive a credit of 5% of the monthly fee for each "
           "0.1% below target, not to exceed 30% of that month's fee."),
    ("en", "Customer is entitled to a service credit of 3% of the monthly charges per hour of downtime, in an amount "
           "not exceeding 25% of the monthly charges."),
    ("en", "A service credit of 2% of the monthly fee applies per missed hour, with total credits in any month being "
           "no more than 15% of that month's fee."),
    ("en", "Provider shall credit 4% of the monthly fee for each breach, up to a maximum of 20% of the monthly fee."),
    ("fr", "Une pénalité de 2 % de la redevance mensuelle est due par heure d'indisponibilité, sans pouvoir excéder "
           "15 % de la redevance du mois."),
    ("fr", "Le Client reçoit un avoir de 5 % de la redevance mensuelle par tranche manquante, dans la limite de 20 % "
           "de cette redevance."),
    ("fr", "Les pénalités sont de 3 % de la redevance mensuelle par incident, sans excéder 25 % de la redevance du "
           "mois concerné."),
    ("fr", "Chaque heure d'indisponibilité donne lieu à une pénalité de 1 % de la redevance mensuelle, n'excédant pas "
           "10 % de celle-ci."),
]

UNCAPPED = [
    ("en", "If availability falls below target, Customer shall receive a credit of 5% of the monthly fee for each "
           "0.1% below target, without any cap."),
    ("en", "Customer is entitled to a service credit of 3% of the monthly charges per hour of downtime, and such "
           "credits are not subject to any limit."),
    ("fr", "Une pénalité de 2 % de la redevance mensuelle est due par heure d'indisponibilité, sans plafond."),
    ("fr", "Le Client reçoit un avoir de 5 % de la redevance mensuelle par tranche manquante ; ces avoirs ne sont "
           "soumis à aucune limite."),
]


@pytest.mark.parametrize("lang,sentence", CAPPED)
def test_credit_cap_in_any_wording_is_a_cap(lang, sentence):
    report = review_text(_sla_clause(sentence, lang), name="contrat.md", role="msp")
    assert "uncapped_penalties" not in {f.rule for f in report.flags}


@pytest.mark.parametrize("lang,sentence", UNCAPPED)
def test_credits_stated_without_cap_stay_uncapped(lang, sentence):
    report = review_text(_sla_clause(sentence, lang), name="contrat.md", role="msp")
    assert "uncapped_penalties" in {f.rule for f in report.flags}
