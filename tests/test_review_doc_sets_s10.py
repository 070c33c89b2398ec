"""A part of a contract reviewed alone or with the rest (issue 13, point 6; tenth session).

A DPA, an SLA annex or an order form reviewed ALONE gets one grouped finding of low severity
(`terms_elsewhere`) naming the essential topics of the whole contract it does not contain, which the main
agreement must settle — and no absence risk flag (no reversibility, no cap…) for them. Reviewed in a SET
with the main agreement, the set is one contract: a topic written in any document is not missing and the
grouped finding disappears. A full contract silent on an essential topic still lists it as missing.
The documents below are short ones written for these tests, FR and EN."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.knowledge.taxonomy import load_taxonomy
from assistant.legal.review.docset import review_set
from assistant.legal.review.documents import ParsedDocument
from assistant.legal.review.report import review_document, review_to_markdown

ROOT = Path(__file__).resolve().parents[1]

FR_DPA = """# Annexe 3 – Accord de traitement des données (article 28 du RGPD)

Entre la société Orvane Systèmes, ci-après « le Sous-traitant », et la société Ferlac Distribution, ci-après « le Responsable de traitement ».

## Article 1 – Traitement confié
Le Sous-traitant traite les données à caractère personnel des salariés du Responsable de traitement (noms, adresses électroniques) pour administrer leurs postes de travail, pendant la durée du contrat de services.

## Article 2 – Instructions
Le Sous-traitant ne traite les données que sur instruction documentée du Responsable de traitement, y compris pour les transferts hors de l'Union.

## Article 3 – Confidentialité
Le Sous-traitant veille à ce que les personnes autorisées à traiter les données s'engagent à en respecter la confidentialité.

## Article 4 – Sécurité
Le Sous-traitant met en œuvre les mesures techniques et organisationnelles prévues à l'article 32 du RGPD, notamment le chiffrement des sauvegardes.

## Article 5 – Sous-traitants ultérieurs
Le Sous-traitant ne recrute aucun autre sous-traitant sans l'autorisation écrite préalable et spécifique du Responsable de traitement.

## Article 6 – Violations de données
Le Sous-traitant notifie au Responsable de traitement toute violation de données personnelles dans les 24 heures après en avoir pris connaissance.

## Article 7 – Sort des données
Au terme des prestations, le Sous-traitant restitue au choix du Responsable de traitement toutes les données puis détruit les copies existantes.
"""

EN_DPA = """# Schedule 4 – Data Processing Addendum

This Data Processing Addendum is entered into between Quillon Networks Ltd ("Processor") and Harbury Goods Ltd ("Controller").

## 1. Processing
The Processor processes personal data of the Controller's staff (names, e-mail addresses) in order to manage their laptops for the term of the services agreement.

## 2. Instructions
The Processor shall process the personal data only on documented instructions from the Controller.

## 3. Confidentiality of staff
The Processor shall ensure that persons authorised to process the personal data have committed themselves to confidentiality.

## 4. Security
The Processor shall implement the technical and organisational measures required by Article 32 GDPR.

## 5. Sub-processors
The Processor shall not engage another processor without the prior specific written authorisation of the Controller.

## 6. Personal data breaches
The Processor shall notify the Controller of any personal data breach within 24 hours of becoming aware of it.

## 7. Return and deletion
At the end of the services, the Processor shall, at the Controller's choice, return or delete all personal data.
"""

FR_SLA = """# Annexe 2 – Convention de niveaux de service

## 1. Objet de l'annexe
La présente annexe fixe les niveaux de service de la supervision du parc de la société Ferlac Distribution par la société Orvane Systèmes.

## 2. Disponibilité
Le Prestataire garantit une disponibilité mensuelle de 99,7 % de la plateforme de messagerie, mesurée par une sonde accessible au Client.

## 3. Délais d'intervention
Un incident bloquant est pris en charge en moins d'une heure et résolu en moins de quatre heures.

## 4. Heures de service
Le support est joignable du lundi au vendredi de 8 h à 19 h, hors jours fériés.

## 5. Pénalités
Chaque point de disponibilité manquant donne lieu à une pénalité de 3 % de la redevance mensuelle, dans la limite de 15 % de cette redevance.
"""

EN_SLA = """# Exhibit B – Service Level Agreement

## 1. Purpose of this exhibit
This exhibit sets the service levels for the monitoring of Harbury Goods Ltd's systems by Quillon Networks Ltd.

## 2. Availability
The Supplier commits to a monthly availability of 99.7% of the e-mail platform, measured by a probe the Customer can read.

## 3. Response times
A critical incident is acknowledged within one hour and restored within four hours.

## 4. Service hours
The service desk is open Monday to Friday from 8 am to 7 pm, public holidays excepted.

## 5. Service credits
Each missed point of availability gives a credit of 3% of the monthly fee, up to 15% of that fee.
"""

FR_MAIN = """# Contrat de services d'infogérance

Entre la société Orvane Systèmes, ci-après « le Prestataire », et la société Ferlac Distribution, ci-après « le Client ». L'accord de traitement des données et la convention de niveaux de service sont annexés au présent contrat.

## Article 1 – Objet et périmètre
Le Prestataire assure l'infogérance des 80 postes de travail et des 4 serveurs du Client, à l'exclusion des imprimantes.

## Article 2 – Modalités d'intervention
Les interventions ont lieu à distance ; un technicien se déplace sur site lorsque l'incident l'exige.

## Article 3 – Obligations du Client
Le Client donne au Prestataire l'accès à ses locaux et à ses systèmes et désigne un interlocuteur.

## Article 4 – Prix et paiement
La redevance mensuelle est de 3 200 euros hors taxes, payable à 30 jours date de facture.

## Article 5 – Gouvernance
Un comité de pilotage réunit les parties chaque trimestre ; le Prestataire remet un rapport mensuel d'activité.

## Article 6 – Confidentialité
Chaque partie garde confidentielles les informations de l'autre pendant le contrat et cinq ans après.

## Article 7 – Responsabilité
La responsabilité du Prestataire est plafonnée aux sommes payées par le Client au cours des douze derniers mois, sauf faute lourde ou dolosive.

## Article 8 – Durée
Le contrat est conclu pour trois ans à compter de sa signature.

## Article 9 – Résiliation
Chaque partie peut résilier le contrat en cas de manquement grave non réparé trente jours après une mise en demeure.

## Article 10 – Réversibilité
À la fin du contrat, le Prestataire restitue les données et assiste le Client pendant trois mois pour transférer le service au nouveau prestataire.

## Article 11 – Droit applicable et litiges
Le contrat est soumis au droit français ; à défaut d'accord amiable, le tribunal de commerce de Paris est compétent.
"""

EN_MAIN = """# Managed Services Agreement

This Managed Services Agreement is made between Quillon Networks Ltd ("Supplier") and Harbury Goods Ltd ("Customer"). The Data Processing Addendum and the Service Level Agreement are attached to this Agreement.

## 1. Scope of services
The Supplier manages the Customer's 80 laptops and 4 servers; printers are excluded.

## 2. Delivery model
Services are delivered remotely; an engineer attends on site where an incident requires it.

## 3. Customer obligations
The Customer shall give the Supplier access to its premises and systems and appoint a contact person.

## 4. Fees and payment
The monthly fee is GBP 3,200 excluding VAT, payable within 30 days of invoice.

## 5. Governance
A steering committee meets every quarter and the Supplier delivers a monthly service report.

## 6. Confidentiality
Each party shall keep the other's information confidential during the Agreement and for five years after.

## 7. Liability
The Supplier's total liability is limited to the fees paid by the Customer in the twelve months before the claim, except for fraud or wilful misconduct.

## 8. Term
This Agreement runs for three years from its signature.

## 9. Termination
Either party may terminate this Agreement for a material breach not remedied within thirty days of notice.

## 10. Exit and reversibility
On expiry, the Supplier returns the Customer's data and assists the Customer for three months to transfer the services to a new supplier.

## 11. Governing law and disputes
This Agreement is governed by the laws of England and Wales and the courts of London have jurisdiction.
"""

# the main agreement without its article on the exit: a full contract silent on an essential topic
FR_MAIN_NO_EXIT = FR_MAIN.replace("""## Article 10 – Réversibilité
À la fin du contrat, le Prestataire restitue les données et assiste le Client pendant trois mois pour transférer le service au nouveau prestataire.
""", "")
EN_MAIN_NO_EXIT = EN_MAIN.replace("""## 10. Exit and reversibility
On expiry, the Supplier returns the Customer's data and assists the Customer for three months to transfer the services to a new supplier.
""", "")

# absence flags a part of a contract must never carry: its silence on them is expected
ABSENCE_RULES = {"no_reversibility", "uncapped_liability", "no_sla_measurement", "no_termination_notice",
                 "no_liability_cap", "personal_data_without_dpa"}

DOCS = {"fr_dpa": FR_DPA, "en_dpa": EN_DPA, "fr_sla": FR_SLA, "en_sla": EN_SLA, "fr_main": FR_MAIN, "en_main": EN_MAIN}


def _doc(name: str, text: str) -> ParsedDocument:
    return ParsedDocument(name=f"{name}.md", text=text, pages=1, format="md")


def _alone(name: str):
    return review_document(_doc(name, DOCS[name]), retriever=None, role="client")


@pytest.mark.parametrize("name,kind,expected", [
    ("fr_dpa", "dpa", {"scope", "sla", "penalties", "pricing_payment", "governance", "liability", "disputes"}),
    ("en_dpa", "dpa", {"scope", "sla", "penalties", "pricing_payment", "governance", "liability", "disputes"}),
    ("fr_sla", "sla", {"pricing_payment", "liability", "termination", "reversibility", "disputes", "confidentiality"}),
    ("en_sla", "sla", {"pricing_payment", "liability", "termination", "reversibility", "disputes", "confidentiality"}),
])
def test_part_alone_gets_one_grouped_low_finding(name, kind, expected):
    report = _alone(name)
    assert report.doc_type.kind == kind
    left = report.terms_elsewhere
    assert left is not None and left.severity == "low" and left.where == "main_agreement"
    # s17b (issue 13, point 6): a part is checked against its own type; what the main agreement settles is neither
    # found nor missing here, so the note lists no topic as lacking and none is a missing essential
    assert left.topics == ()
    assert not expected & set(report.missing_essential), sorted(expected & set(report.missing_essential))
    # one finding, not a flag per topic, and no absence risk flag for what the main agreement settles
    assert not {f.rule for f in report.flags} & ABSENCE_RULES
    assert all(f.evidence for f in report.flags)
    # the wording is in the document's language and names the main agreement
    issue = left.issue.lower()
    assert ("contrat principal" in issue) if name.startswith("fr") else ("main agreement" in issue)


@pytest.mark.parametrize("name", ["fr_dpa", "en_sla"])
def test_grouped_finding_in_json_and_markdown(name):
    report = _alone(name)
    j = report.to_json()
    assert j["terms_elsewhere"]["kind"] == "terms_elsewhere"
    assert j["terms_elsewhere"]["severity"] == "low"
    assert j["terms_elsewhere"]["topics"] == list(report.terms_elsewhere.topics)
    assert isinstance(j["missing_essential"], list)  # the SPEC field keeps its shape
    assert all(f["rule"] != "terms_elsewhere" for f in j["flags"])
    md = review_to_markdown(report)
    assert report.terms_elsewhere.issue.split(":")[0] in md


@pytest.mark.parametrize("name", ["fr_main", "en_main"])
def test_full_contract_has_no_grouped_finding(name):
    report = _alone(name)
    assert report.doc_type.kind in ("services_agreement", "master_agreement")
    assert report.terms_elsewhere is None
    assert report.to_json()["terms_elsewhere"] is None


@pytest.mark.parametrize("lang,text", [("fr", FR_MAIN_NO_EXIT), ("en", EN_MAIN_NO_EXIT)])
def test_full_contract_missing_a_topic_still_lists_it(lang, text):
    report = review_document(_doc(f"{lang}_main_no_exit", text), retriever=None)
    assert "reversibility" in report.missing_essential
    assert report.terms_elsewhere is None
    full = review_document(_doc(f"{lang}_main", FR_MAIN if lang == "fr" else EN_MAIN), retriever=None)
    assert "reversibility" not in full.missing_essential


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_set_with_main_agreement_reads_one_contract(lang):
    parts = [f"{lang}_main", f"{lang}_dpa", f"{lang}_sla"]
    result = review_set([_doc(n, DOCS[n]) for n in parts], retriever=None)
    assert result.terms_elsewhere is None
    assert all(r.terms_elsewhere is None for r in result.documents)
    # what the DPA alone left to the main agreement is written in the main agreement: not missing in the set
    dpa_alone = _alone(f"{lang}_dpa")
    alone = set(load_taxonomy().essential_topics) - {t for c in dpa_alone.clauses for t in c.topics}
    main_topics = {t for c in _alone(f"{lang}_main").clauses for t in c.topics}
    assert alone & main_topics
    assert not (alone & main_topics) & set(result.missing_essential)
    for r in result.documents:
        assert not {f.rule for f in r.flags} & {"no_reversibility", "uncapped_liability", "personal_data_without_dpa"}
    assert result.to_json()["terms_elsewhere"] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_set_without_main_agreement_has_one_set_finding(lang):
    result = review_set([_doc(f"{lang}_dpa", DOCS[f"{lang}_dpa"]), _doc(f"{lang}_sla", DOCS[f"{lang}_sla"])],
                        retriever=None)
    left = result.terms_elsewhere
    assert left is not None and left.where == "set" and left.severity == "low"
    assert {"liability", "pricing_payment", "disputes"} <= set(left.topics)
    written = {t for r in result.documents for c in r.clauses for t in c.topics}
    assert not set(left.topics) & written  # the SLA's service levels and the DPA's data terms are not in it
    assert all(r.terms_elsewhere is None for r in result.documents)  # one finding for the set, not one per part
    assert result.to_json()["terms_elsewhere"]["topics"] == list(left.topics)


def test_cli_json_carries_the_grouped_finding(tmp_path):
    """`python -m assistant review` of this checkout (not the installed entry point)."""
    dpa, main = tmp_path / "annexe_rgpd.md", tmp_path / "contrat_infogerance.md"
    dpa.write_text(FR_DPA, encoding="utf-8")
    main.write_text(FR_MAIN, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), CLAUSIER_OFFLINE="1", PYTHONWARNINGS="ignore")
    run = lambda *files: subprocess.run([sys.executable, "-m", "assistant", "review", *map(str, files), "--json"],  # noqa: E731
                                        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    alone = run(dpa)
    assert alone.returncode == 0, alone.stderr
    j = json.loads(alone.stdout.strip().splitlines()[-1])
    assert j["terms_elsewhere"]["severity"] == "low" and j["terms_elsewhere"]["topics"] == []
    assert "liability" not in j["missing_essential"]  # a DPA owes no liability clause of its own (s17b)
    both = run(main, dpa, "--set")
    assert both.returncode == 0, both.stderr
    s = json.loads(both.stdout.strip().splitlines()[-1])
    assert s["terms_elsewhere"] is None
    assert all(d["terms_elsewhere"] is None for d in s["documents"])
    assert "liability" not in s["missing_essential"]


# -- the classes met on the keyed parts: what a part names only to say it does not settle it, and the fee named as a
# penalty's base. Own sentences, two paraphrases each per language, and near-misses that keep the topic.
def _topics_of(heading: str, body: str) -> set[str]:
    from assistant.legal.review.classify import label_clause
    from assistant.legal.review.segmentation import segment

    clause = next(c for c in segment(f"# Annexe\n\n## {heading}\n{body}\n") if c.heading.endswith(heading))
    return set(label_clause(clause).topics)


@pytest.mark.parametrize("body,topic", [
    ("Cette annexe ne traite ni du prix des prestations ni des conditions de paiement, fixés par le contrat.",
     "pricing_payment"),
    ("La présente annexe ne règle pas la durée du contrat ni son renouvellement, prévus au contrat principal.",
     "duration_renewal"),
    ("This schedule does not cover the fees, invoicing or payment terms, which the Agreement sets.", "pricing_payment"),
    ("This exhibit does not address the term or the renewal of the Agreement.", "duration_renewal"),
])
def test_topic_named_only_as_not_settled_here(body, topic):
    assert topic not in _topics_of("Articulation", body)


@pytest.mark.parametrize("body,topic", [  # near-misses: the part does settle the topic
    ("La présente annexe fixe le prix mensuel de la supervision à 900 euros, payable à réception de facture.",
     "pricing_payment"),
    ("This exhibit sets the monthly fee at GBP 900, payable within 30 days of invoice.", "pricing_payment"),
])
def test_topic_settled_by_the_part_is_kept(body, topic):
    assert topic in _topics_of("Prix", body)


@pytest.mark.parametrize("body", [
    "Chaque heure d'indisponibilité au-delà de la cible donne lieu à une pénalité égale à 2 % de la redevance mensuelle.",
    "Les pénalités dues sont imputées sur la facture du mois suivant, dans la limite de 10 % du montant facturé.",
    "Each hour of downtime beyond the target earns a service credit of 2% of the monthly fee.",
    "Service credits are deducted from the next invoice and may not exceed 10% of the fees for that month.",
])
def test_fee_as_penalty_base_is_no_price_clause(body):
    topics = _topics_of("Pénalités" if "é" in body else "Service credits", body)
    assert "pricing_payment" not in topics
    assert "penalties" in topics


@pytest.mark.parametrize("body", [  # near-misses: late-payment penalties and interest are payment terms
    "Toute facture impayée à l'échéance porte des pénalités de retard égales à trois fois le taux d'intérêt légal.",
    "Late payment of any invoice bears interest at 4% above the base rate until paid.",
])
def test_late_payment_penalties_stay_payment_terms(body):
    assert "pricing_payment" in _topics_of("Paiement" if "é" in body else "Payment", body)


@pytest.mark.parametrize("body", [
    "Le Sous-traitant transmet son rapport d'analyse dans un délai de cinq (5) jours ouvrés après la clôture de "
    "l'incident. Il répond aux demandes des personnes concernées sous 10 jours ouvrés.",
    "Le Client prévient le Sous-traitant au moins dix jours ouvrables avant tout audit ; le rapport est remis "
    "quinze jours ouvrables plus tard.",
    "The Processor shall answer any request of the Controller within ten (10) business days. A breach report "
    "follows within 3 business days.",
    "The Customer gives at least 15 working days' notice of an audit, and the report is due 20 working days later.",
])
def test_business_days_as_a_deadline_are_no_service_hours(body):
    assert "support_hours" not in _topics_of("Délais" if "é" in body else "Time limits", body)


@pytest.mark.parametrize("body", [  # near-misses: the days and hours the service is open
    "Le support est assuré les jours ouvrés, du lundi au vendredi, de 8 h 30 à 18 h.",
    "The service desk is staffed on business days from 8 am to 6 pm UK time.",
])
def test_service_open_on_business_days_keeps_service_hours(body):
    assert "support_hours" in _topics_of("Horaires" if "é" in body else "Service hours", body)


@pytest.mark.parametrize("body", [
    "Le Prestataire accepte une inspection sur site de ses locaux une fois par an, sur préavis de trente jours. Tout "
    "autre audit se limite à une revue à distance des documents transmis par le Prestataire.",
    "Un audit sur site peut être mené par un auditeur indépendant ; à défaut, le contrôle de conformité se fait à "
    "distance, sur pièces.",
    "The Supplier shall allow an on-site inspection of its data centre once a year on 30 days' notice. Any further "
    "audit is limited to a remote review of the documents the Supplier provides.",
    "An independent auditor may carry out an on-site audit; otherwise audits are performed remotely on documents.",
])
def test_remote_or_on_site_audit_is_no_delivery_model(body):
    assert "service_delivery" not in _topics_of("Contrôle" if "é" in body else "Inspections", body)


@pytest.mark.parametrize("body", [  # near-misses: how the services are performed
    "Les prestations sont réalisées à distance ; un technicien se déplace sur site pour les pannes matérielles.",
    "The services are delivered remotely and an engineer attends on site for hardware faults.",
])
def test_remote_and_on_site_work_keeps_delivery_model(body):
    assert "service_delivery" in _topics_of("Modalités" if "é" in body else "Delivery", body)


@pytest.mark.parametrize("body", [
    "Au-delà de deux jours par an, cette assistance est facturée au tarif journalier prévu au contrat.",
    "Cet audit optionnel est facturé sur devis et ne relève pas du présent accord.",
    "Any assistance beyond two days a year is charged at the daily rates set out in the Agreement.",
    "This optional review is charged separately and is not part of this Addendum.",
])
def test_extra_service_billed_elsewhere_sets_no_price(body):
    assert "pricing_payment" not in _topics_of("Assistance", body)


@pytest.mark.parametrize("body", [
    "The processing is subject to the laws of the European Union and of the European Economic Area.",
    "Les données restent hébergées dans l'Espace économique européen, conformément au droit européen.",
])
def test_european_is_no_euro_amount(body):
    assert "pricing_payment" not in _topics_of("Applicable law" if "The" in body else "Localisation", body)


@pytest.mark.parametrize("body", [  # near-misses: amounts in euros are prices
    "La redevance annuelle s'élève à douze mille euros, payable d'avance.",
    "The annual charge is twelve thousand euros, payable in advance.",
])
def test_euro_amount_keeps_price(body):
    from assistant.legal.review.classify import cue_scores

    assert cue_scores("", body).get("pricing_payment", 0) > 0


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dpa_scope_article_is_the_processing_scope(lang):
    """A DPA's "subject-matter and scope" article describes the processing (Art. 28(3)), not the services: the
    services' scope stays in the grouped finding, and a set with a main agreement silent on scope still misses it."""
    head = "## Article 1 – Objet et périmètre du traitement\nLa présente annexe s'applique aux services d'infogérance " \
           "et décrit le traitement des données des utilisateurs du Client.\n" if lang == "fr" else \
        "## 1. Scope of this Addendum\nThis Addendum applies to the managed services and describes the processing " \
        "of the Customer's users' data.\n"
    dpa = DOCS[f"{lang}_dpa"].replace("## Article 1" if lang == "fr" else "## 1. Processing", head + "\n## Article 1a"
                                      if lang == "fr" else head + "\n## 1a. Processing", 1)
    report = review_document(_doc(f"{lang}_dpa_scope", dpa), retriever=None)
    assert report.doc_type.kind == "dpa"
    assert "scope" not in report.missing_essential and not report.terms_elsewhere.topics  # not a DPA's own term
    main = (FR_MAIN if lang == "fr" else EN_MAIN).split("## Article 2" if lang == "fr" else "## 2.", 1)
    no_scope = main[0].rsplit("## ", 1)[0] + ("## Article 2" if lang == "fr" else "## 2.") + main[1]
    # a title naming "services" labels the preamble as the scope (a heading-only cue): a neutral title here
    no_scope = no_scope.replace("# Contrat de services d'infogérance", "# Contrat d'infogérance").replace(
        "# Managed Services Agreement", "# Managed IT Agreement")
    result = review_set([_doc(f"{lang}_main_no_scope", no_scope), _doc(f"{lang}_dpa_scope", dpa)], retriever=None)
    assert "scope" in result.missing_essential
    # a full contract's own scope article is the contract's scope
    assert "scope" not in review_document(_doc(f"{lang}_main", FR_MAIN if lang == "fr" else EN_MAIN),
                                          retriever=None).missing_essential


@pytest.mark.parametrize("lang,lead,doc,words", [
    pytest.param("fr", "Peux-tu relire cette annexe ?", FR_DPA, "contrat principal", marks=pytest.mark.xfail(
        strict=True, reason="the chat router reviews the first quotation of 30+ characters of a pasted document "
                            "(« le Responsable de traitement », a defined name) instead of the whole document "
                            "(chat.act_pasted.quoted): a pasted contract with guillemets is read as one clause")),
    ("en", "Please review this exhibit:", EN_SLA, "main agreement"),
    ("fr", "Peux-tu relire cette annexe ?", FR_SLA, "contrat principal"),
])
def test_chat_review_of_a_pasted_part_says_what_the_main_agreement_settles(app, lang, lead, doc, words):
    turn = app.chat.turn(f"{lead}\n\n{doc}", side="client", lang=None)
    text = turn.answer.answer
    assert words in text.lower()
    assert "no_reversibility" not in text and "uncapped" not in text.lower()


@pytest.mark.parametrize("body,topic", [
    ("Pendant la phase de réversibilité organisée par l'article 14 du Contrat, les niveaux de service restent dus.",
     "reversibility"),
    ("La notification des violations de données personnelles est régie par l'annexe 4 du Contrat, et les niveaux de "
     "service de la présente annexe n'en dépendent pas.", "data_protection"),
    ("During the exit period provided for in Section 14 of the Agreement, the service levels keep applying.",
     "reversibility"),
    ("Personal data breach notices follow Schedule 4 of the Agreement; the service levels of this exhibit are not "
     "affected.", "data_protection"),
])
def test_topic_organised_by_the_main_contract_is_not_settled_by_the_part(body, topic):
    assert topic not in _topics_of("Articulation", body)


@pytest.mark.parametrize("body,topic", [  # near-misses: the part itself organises the topic
    ("À la fin du contrat, le Prestataire restitue toutes les données du Client et l'assiste pendant trois mois "
     "pour la reprise du service par un successeur.", "reversibility"),
    ("On expiry, the Supplier returns all Customer data and assists the Customer for three months to hand the "
     "services over to a successor.", "reversibility"),
])
def test_topic_organised_by_the_part_itself_is_kept(body, topic):
    assert topic in _topics_of("Réversibilité" if "À" in body else "Exit", body)
