"""Review classes of the thirty-sixth session (lead), each in our own wordings, French and English, with near-misses
that must keep their reading: two versions side by side, losses carved back for the backup duty, a duty stated after
a freedom in one sentence, audits met by a certificate, charges for the remainder of "that" term, a breach deadline
counted from the provider's own confirmation, a provider named only by its trade name, partners of its choice, and a
footnote that takes a promise back."""

from __future__ import annotations

import pytest

from assistant.legal.review.report import review_text
from assistant.legal.review.versions import other_version_spans, prevailing_version


def rules(text: str) -> set[str]:
    return {f.rule for f in review_text(text).flags}


def elements(text: str) -> set[str]:
    return {k for k, v in review_text(text).gdpr_art28.elements.items() if v["present"]}


# -- two versions side by side -----------------------------------------------------------------------------------------

def _bilingual(fr_price: str, en_price: str, prevails: str) -> str:
    rows = [
        ("1.1 Le Prestataire assure la maintenance des vingt postes et du serveur de fichiers du Client.",
         "1.1 The Provider maintains the Customer's twenty workstations and its file server."),
        ("2.1 Le contrat est conclu pour une durée de deux ans à compter de sa signature par les deux parties.",
         "2.1 This agreement is made for two years from its signature by both parties."),
        (f"3.1 {fr_price}", f"3.1 {en_price}"),
        ("4.1 Le support est assuré du lundi au vendredi de neuf heures à dix-sept heures, hors jours fériés.",
         "4.1 Support is provided Monday to Friday from nine to five, excluding public holidays."),
        (f"5.1 {prevails}", f"5.1 {prevails}"),
    ]
    lines = ["# CONTRAT DE MAINTENANCE / MAINTENANCE AGREEMENT", "", "| Version française | English version |", "|---|---|"]
    lines += [f"| {a} | {b} |" for a, b in rows]
    return "\n".join(lines) + "\n"


FR_FREE_PRICE = ("Les tarifs des interventions hors forfait peuvent être modifiés à tout moment par le Prestataire, les "
                 "nouveaux tarifs s'appliquant dès leur notification au Client.")
EN_AGREED_PRICE = ("The rates for work outside the fixed fee may be reviewed once a year by written agreement of both "
                   "parties.")
EN_FREE_PRICE = ("The rates for work outside the fixed fee may be changed by the Provider at any time, the new rates "
                 "applying as soon as they are notified to the Customer.")
FR_AGREED_PRICE = ("Les tarifs des interventions hors forfait peuvent être révisés une fois par an d'un commun accord "
                   "écrit des parties.")


@pytest.mark.parametrize("clause", [
    "En cas de divergence entre les deux versions, la version française prévaut.",
    "Seule la version française fait foi entre les parties.",
    "In case of conflict, the French version shall prevail.",
])
def test_the_prevailing_french_column_is_the_one_read(clause):
    text = _bilingual(FR_FREE_PRICE, EN_AGREED_PRICE, clause + " / " + clause)
    assert prevailing_version(text).lang == "fr"
    assert "unilateral_price_change" in rules(text)


@pytest.mark.parametrize("clause", [
    "The English text shall govern in case of any discrepancy.",
    "En cas de contradiction, la version anglaise prévaudra.",
])
def test_the_prevailing_english_column_is_the_one_read(clause):
    assert "unilateral_price_change" not in rules(_bilingual(FR_FREE_PRICE, EN_AGREED_PRICE, clause))
    assert "unilateral_price_change" in rules(_bilingual(FR_AGREED_PRICE, EN_FREE_PRICE, clause))


def test_the_review_says_which_column_it_left_unread():
    text = _bilingual(FR_FREE_PRICE, EN_AGREED_PRICE, "En cas de divergence, la version française prévaut.")
    notes = " ".join(review_text(text).notes)
    assert "prévaut" in notes and "anglaise" in notes


def test_no_prevailing_version_named_reads_both_columns():
    # near-miss: nothing says which version wins, so neither column is set aside
    text = _bilingual(FR_FREE_PRICE, EN_AGREED_PRICE, "Le présent contrat est établi en deux exemplaires originaux.")
    assert other_version_spans(text).spans == []
    assert not any("prévaut" in n for n in review_text(text).notes)


def test_governing_law_named_in_english_is_no_prevailing_version():
    # near-miss: "English law governs" names a law, not a version of the text
    assert prevailing_version("This agreement is governed by English law. English law governs any dispute.") is None


def test_a_monolingual_table_is_left_as_written():
    text = ("| Article | Stipulation |\n|---|---|\n"
            "| 1 | Le Prestataire assure la maintenance des postes et du serveur du Client chaque jour ouvré. |\n"
            "| 2 | Le Client règle la redevance mensuelle à trente jours fin de mois par virement bancaire. |\n"
            "| 3 | La version française prévaut sur toute traduction remise au Client pour information. |\n")
    assert other_version_spans(text).spans == []


# -- a data-loss exclusion that carves back the backup duty ------------------------------------------------------------

_BACKUP_SOLD = ("Article 2 - Sauvegarde\n2.1 Le Prestataire sauvegarde chaque nuit les serveurs du Client dans son centre de "
                "données et réalise un test de restauration par trimestre.\nArticle 3 - Responsabilité\n3.1 ")


@pytest.mark.parametrize("exclusion", [
    "Le Prestataire ne répond pas des pertes de données, sauf celles résultant d'un manquement à son obligation de "
    "sauvegarde définie à l'article 2.",
    "Le Prestataire n'est pas responsable de la perte de données, hormis les pertes dues à une défaillance de sa part "
    "dans l'exécution des sauvegardes.",
    "The Provider is not liable for any loss of data, except losses caused by its failure to perform the backups of "
    "clause 2.",
])
def test_a_loss_of_data_carved_back_for_the_backup_duty_is_no_exclusion(exclusion):
    assert "data_loss_exclusion_with_backup" not in rules(_BACKUP_SOLD + exclusion)


def test_a_loss_of_data_excluded_whatever_its_cause_is_still_flagged():
    text = _BACKUP_SOLD + "Le Prestataire ne répond pas des pertes de données, quelle qu'en soit la cause."
    assert "data_loss_exclusion_with_backup" in rules(text)


# -- a duty stated after a freedom, in the same sentence ----------------------------------------------------------------

_DATA = ("Article 9 - Données personnelles\n9.1 Le Prestataire traite, en qualité de sous-traitant du Client, les données "
         "personnelles des salariés du Client.\n9.2 ")


@pytest.mark.parametrize("sentence", [
    "Le Prestataire peut faire appel à tout sous-traitant ultérieur de son choix ; il impose à chacun les mêmes "
    "obligations que celles du présent article.",
    "Le Prestataire peut recourir aux sous-traitants ultérieurs qu'il désigne ; il leur impose les mêmes obligations "
    "en matière de protection des données.",
    "The Provider may engage any sub-processor it chooses; it shall impose on each of them the same obligations as "
    "those of this clause.",
])
def test_the_same_obligations_imposed_after_a_freedom_are_the_flow_down(sentence):
    assert "art28_4_flow_down" in elements(_DATA + sentence)


def test_a_freedom_alone_flows_nothing_down():
    assert "art28_4_flow_down" not in elements(_DATA + "Le Prestataire peut faire appel à tout sous-traitant ultérieur "
                                                       "de son choix ; il en informe le Client.")


# -- audits met by a certificate, on-site inspection not offered --------------------------------------------------------

_PROCESSOR = ("1. Data protection\n1.1 The Supplier processes personal data of the Customer's staff as processor on "
              "the Customer's documented instructions.\n2. Audit\n2.1 ")


@pytest.mark.parametrize("audit", [
    "The Customer's audit and information rights, including those under the data processing terms, are satisfied in "
    "full by the Supplier supplying its current ISO 27001 certificate once a year.",
    "The Customer may review the Supplier's yearly SOC 2 report. No on-site inspection of the Supplier's premises or "
    "systems is offered.",
    "Les droits d'audit et d'information du Client sont satisfaits par la remise annuelle du certificat ISO 27001 du "
    "Prestataire.",
])
def test_audits_replaced_by_a_certificate_are_restricted(audit):
    assert "audit_restricted" in rules(_PROCESSOR + audit)


def test_an_onsite_audit_offered_on_notice_is_not_restricted():
    text = _PROCESSOR + ("The Customer may audit the Supplier once a year, on documents and on site, on thirty days' "
                         "notice, by itself or through an auditor bound by confidentiality.")
    assert "audit_restricted" not in rules(text)


# -- charges for the remainder of "that" term ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Where it does so before the end of the initial term, all Monthly Charges for the remainder of that term fall due "
    "on the termination date.",
    "If the Customer ends the agreement early, the charges for the rest of this term become payable at once.",
])
def test_all_charges_for_the_remainder_of_that_term(sentence):
    text = ("1. Term\n1.1 The agreement runs for an initial term of 36 months.\n2. Termination\n2.1 The Customer may "
            "terminate for convenience on 90 days' notice. " + sentence)
    assert "early_termination_all_fees" in rules(text)


# -- a breach deadline counted from the provider's own confirmation -----------------------------------------------------

_BREACH = ("1. Données\n1.1 Le Prestataire héberge, en qualité de sous-traitant, les données personnelles des clients du "
           "Client.\n2. Violations\n2.1 ")


@pytest.mark.parametrize("sentence", [
    "We will notify personal data breaches within 24 hours of confirming the breach.",
    "The Provider notifies any personal data breach within 24 hours, on completion of its forensic investigation.",
    "Le Prestataire notifie toute violation de données personnelles sous 24 heures à compter de la confirmation de la "
    "violation.",
])
def test_a_deadline_counted_from_confirmation_is_late(sentence):
    report = review_text(_BREACH + sentence)
    flag = next((f for f in report.flags if f.rule == "breach_notification_late"), None)
    assert flag is not None
    assert "confirm" in (flag.issue or "").lower()


def test_a_deadline_counted_from_awareness_is_not_late():
    text = _BREACH + "Le Prestataire notifie toute violation de données personnelles sous 24 heures après en avoir " \
                     "pris connaissance."
    assert "breach_notification_late" not in rules(text)


# -- a provider named only by its trade name, in its own voice ----------------------------------------------------------

_PROPOSAL = ("## ORCHIS TECH SAS\n### Offre d'infogérance pour la Menuiserie Vallet\n*ORCHIS TECH SAS — 4 rue des Lilas, "
             "69003 Lyon*\n\n## Nos engagements\n- Nos techniciens répondent aux demandes en trente minutes ouvrées ; "
             "Orchis Tech rétablit le service sous quatre heures ouvrées.\n- Orchis Tech supervise vos serveurs.\n\n"
             "## Conditions\n")


def test_a_measurement_by_the_trade_name_alone_is_the_providers():
    text = _PROPOSAL + "- Délais et disponibilité mesurés par l'outil de supervision d'Orchis Tech, seul fait foi."
    assert "sla_measured_by_provider" in rules(text)


def test_a_measurement_the_client_can_contest_is_not_the_providers_alone():
    text = _PROPOSAL + ("- Délais et disponibilité mesurés par l'outil de supervision d'Orchis Tech ; le Client peut "
                        "contester ces mesures par ses propres relevés.")
    assert "sla_measured_by_provider" not in rules(text)


# -- partners of the provider's choice for the hosting and the backups --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "- Pour vous servir, Orchis Tech s'appuie sur les partenaires techniques de son choix (hébergeur, éditeur de la "
    "sauvegarde, support de niveau 3).",
    "- Orchis Tech travaille avec les prestataires qu'il choisit pour l'hébergement et les sauvegardes.",
])
def test_partners_of_its_choice_for_hosting_or_backups_are_free_subprocessors(sentence):
    text = _PROPOSAL + ("- Nos techniciens accèdent aux données personnelles des salariés et des clients de la "
                        "Menuiserie Vallet.\n" + sentence)
    assert "free_subprocessors" in rules(text)


# -- a footnote that takes the promise back -----------------------------------------------------------------------------

_TABLE = ("## Nos engagements\n| Engagement | Niveau |\n|---|---|\n| Temps de réponse | 30 minutes |\n"
          "| Protection antivirus | Zéro virus, protection totale{call} |\n\n## Petits caractères\n\n")


@pytest.mark.parametrize("call,note", [
    ("***", "\\*\\*\\* Le Prestataire ne garantit pas l'absence d'infection et n'est tenu que d'une obligation de moyens."),
    ("**", "** Protection assurée au titre d'une obligation de moyens."),
    ("[2]", "[2] The Provider does not guarantee that every threat will be stopped."),
])
def test_a_footnote_that_takes_the_promise_back(call, note):
    text = _PROPOSAL + _TABLE.format(call=call) + note + "\n"
    assert "security_result_obligation" not in rules(text)


def test_a_promise_whose_footnote_says_something_else_stands():
    text = _PROPOSAL + _TABLE.format(call="**") + "** Hors postes personnels des salariés.\n"
    assert "security_result_obligation" in rules(text)


# -- a bid answering a call for tenders is one part of a contract --------------------------------------------------------

_BID = ("NORTHWIND IT LTD\n\nRESPONSE TO REQUEST FOR PROPOSAL HX-2026-04\n\"Managed IT Services\"\n\n"
        "SECTION 1 - OUR OFFER\n\n1.1 We will monitor and patch the Customer's forty laptops and its two servers and run "
        "the help desk from 8:00 to 18:00 on business days.\n1.2 The monthly charge is EUR 3,900 excluding VAT, invoiced "
        "monthly in advance.\n\nSECTION 2 - EXCEPTIONS\n\n2.1 Our aggregate liability is limited to the charges paid "
        "in the one month preceding the event, and in any case to EUR 2,000.\n")


@pytest.mark.parametrize("title", [
    "RESPONSE TO REQUEST FOR PROPOSAL HX-2026-04",
    "Tender submission - Managed IT Services",
    "RÉPONSE À L'APPEL D'OFFRES HX-2026-04",
])
def test_a_tender_response_is_a_part_whose_missing_terms_are_the_tenders(title):
    report = review_text(_BID.replace("RESPONSE TO REQUEST FOR PROPOSAL HX-2026-04", title))
    assert report.doc_type.kind == "tender_response"
    assert report.missing_essential == []
    assert report.terms_elsewhere is not None
    assert "derisory_liability_cap" in {f.rule for f in report.flags}  # the terms it writes itself are still read


def test_an_agreement_that_names_the_response_it_incorporates_stays_an_agreement():
    text = ("MANAGED SERVICES AGREEMENT\n\n1. Documents\n1.1 This Managed Services Agreement comprises these terms, the "
            "schedules and the Provider's response to the request for proposal, which forms part of it.\n2. Services\n"
            "2.1 The Provider manages the Customer's workstations and servers from 8:00 to 18:00 on business days.\n")
    assert review_text(text).doc_type.kind != "tender_response"
