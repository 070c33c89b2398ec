"""Fourteenth session, issue 13: what a clause does, for the flags the blind13 review set got wrong — written BEFORE
any fix, in our own words (FR and EN, formal and casual), about half that must fire and half near misses that must not.

- personal_data_without_dpa: the processing terms said to be set in a named annex or addendum that is part of the
  contract are processor terms (a DPA exists, the contract merely points at it); an annex about something else
  (security measures, prices) is not.
- sla_measured_by_provider: the provider's tool measures, but the client gets the report or the logs and may contest
  the figures (in the next sentence too): not the provider alone; a conflict "determined solely by" the provider is
  no measurement at all.
- tacit_renewal_long: the notice that counts is the notice of non-renewal, not a convenience or breach notice stated
  in another sentence of the same article; the length counted is each renewed period, not the first term.
- free_subprocessors: the provider "entrusting" part of the work to another company of its choice on mere notice
  hands it the data (Art. 28(2)), whatever the verb (confier, déléguer, entrust, hand over); its own staff, the
  client's own choices and a consent or objection regime are not that.
- one_sided_jurisdiction: the project's reading (the provider's home court as exclusive forum; ordinary rules or a
  court neutral to both is no flag).

FR_PARTIES: provider in Lyon, client in Nantes. EN_PARTIES: provider in York, client in Hull.
"""

from __future__ import annotations

import pytest

from tests.review_docs import check_rule, en, fr

PD_FR = "Le Prestataire traite pour le compte du Client les données personnelles des salariés du Client."
PD_EN = "The Supplier processes the personal data of the Customer's employees on the Customer's behalf."

CASES: list[tuple[str, str, bool, str]] = [
    # -- personal_data_without_dpa ------------------------------------------------------------------------------------
    ("dpa-fr-none", "personal_data_without_dpa", True,
     fr("Article 4 – Données personnelles", PD_FR, "Il s'engage à respecter la réglementation applicable.")),
    ("dpa-en-none", "personal_data_without_dpa", True,
     en("4. Data protection", "The Supplier will handle the personal data of the Customer's staff on the Customer's "
        "behalf and shall comply with all applicable data protection laws.")),
    ("dpa-fr-security-annex", "personal_data_without_dpa", True,
     fr("Article 4 – Données personnelles", "Le Prestataire héberge pour le compte du Client les données personnelles "
        "des patients du Client.", "Les mesures techniques de protection sont décrites à l'Annexe 2.")),
    ("dpa-en-price-schedule", "personal_data_without_dpa", True,
     en("4. Data", "The Supplier processes the personal data of the Customer's clients on its behalf.",
        "The charges for this processing are set out in Schedule 2.")),
    ("dpa-fr-annex-terms", "personal_data_without_dpa", False,
     fr("Article 4 – Données personnelles", PD_FR, "Les conditions de ce traitement sont définies à l'Annexe 4, qui fait "
        "partie intégrante du contrat.")),
    ("dpa-fr-annex-casual", "personal_data_without_dpa", False,
     fr("Article 4 – Protection des données", "Le traitement des données personnelles des clients du Client, confié au "
        "Prestataire, est encadré par l'annexe « Protection des données », partie intégrante du présent contrat.")),
    ("dpa-en-schedule-terms", "personal_data_without_dpa", False,
     en("4. Data protection", PD_EN, "The terms governing that processing are set out in Schedule 3, which forms part "
        "of this Agreement.")),
    ("dpa-en-addendum", "personal_data_without_dpa", False,
     en("4. Data protection", "Any processing of personal data by the Supplier on the Customer's behalf is subject to "
        "the data processing addendum signed by the parties on the same date.")),
    ("dpa-fr-separate-prevails", "personal_data_without_dpa", False,
     fr("Article 4 – Données personnelles", PD_FR, "Les stipulations relatives à ce traitement figurent dans un document "
        "distinct, l'Annexe 3, qui prévaut sur le contrat en cas de contradiction.")),
    # -- sla_measured_by_provider --------------------------------------------------------------------------------------
    ("sla-en-final", "sla_measured_by_provider", True,
     en("5. Service levels", "Availability is measured solely by the Supplier's monitoring platform, whose readings "
        "are final and binding.")),
    ("sla-fr-foi", "sla_measured_by_provider", True,
     fr("Article 5 – Niveaux de service", "Les niveaux de service sont mesurés par l'outil de supervision du "
        "Prestataire, dont les relevés font foi entre les parties.")),
    ("sla-en-sole-evidence", "sla_measured_by_provider", True,
     en("5. Service levels", "The Supplier's ticketing timestamps are the sole evidence of response times.",
        "The Customer may not rely on its own records.")),
    ("sla-fr-own-logs", "sla_measured_by_provider", True,
     fr("Article 5 – Niveaux de service", "La disponibilité est calculée par le Prestataire à partir de ses seuls "
        "journaux.", "Le Client ne peut opposer ses propres mesures.")),
    ("sla-en-contest-next", "sla_measured_by_provider", False,
     en("5. Service levels", "Availability is measured by the Supplier's monitoring platform.", "The Supplier shall "
        "send the Customer a monthly report and, on request, the raw logs, and the Customer may dispute any figure "
        "within twenty days.")),
    ("sla-fr-contest-next", "sla_measured_by_provider", False,
     fr("Article 5 – Niveaux de service", "La disponibilité est mesurée par l'outil de supervision du Prestataire.",
        "Le Client reçoit chaque mois le rapport détaillé et peut en contester les chiffres dans un délai de quinze "
        "jours.")),
    ("sla-fr-foi-contestable", "sla_measured_by_provider", False,
     fr("Article 5 – Niveaux de service", "Les relevés de l'outil du Prestataire font foi.", "Le Client peut toutefois "
        "en contester les résultats en produisant ses propres mesures dans les trente jours.")),
    ("sla-en-joint", "sla_measured_by_provider", False,
     en("5. Service levels", "The parties measure availability together from a shared dashboard that both can "
        "consult at any time.")),
    ("sla-en-conflict-not-sla", "sla_measured_by_provider", False,
     en("14. Conflicts of interest", "Where the Supplier's duties to two customers conflict, the order in which the "
        "Supplier intervenes shall be determined solely by the Supplier.")),
    # -- tacit_renewal_long --------------------------------------------------------------------------------------------
    ("renew-en-3y-periods", "tacit_renewal_long", True,
     en("8. Term", "This Agreement runs for twelve months and then renews automatically for successive periods of "
        "three years unless either party gives at least three months' notice.")),
    ("renew-fr-6m-notice", "tacit_renewal_long", True,
     fr("Article 8 – Durée", "Le contrat court sur une première année.", "Il est ensuite reconduit tacitement par "
        "périodes d'un an, sauf dénonciation par lettre recommandée adressée au moins six mois avant l'échéance.")),
    ("renew-en-9m-notice", "tacit_renewal_long", True,
     en("8. Term", "After the initial term of one year the Agreement rolls over for further twelve-month periods.",
        "Either party may stop the renewal by giving notice no later than nine months before the renewal date.")),
    ("renew-fr-48m-periods", "tacit_renewal_long", True,
     fr("Article 8 – Durée", "À l'issue de la période initiale, le contrat se renouvelle automatiquement pour des "
        "périodes successives de quarante-huit mois, faute de dénonciation trois mois avant son terme.", "Le Client "
        "peut résilier pour convenance moyennant un préavis d'un mois.")),
    ("renew-en-convenience-notice-apart", "tacit_renewal_long", False,
     en("8. Term", "This Agreement has an initial term of thirty-six months and then renews automatically for "
        "successive periods of one year unless either party gives notice of non-renewal at least sixty days before the "
        "end of the current term.", "The Customer may terminate for convenience on six months' written notice.")),
    ("renew-fr-breach-notice-apart", "tacit_renewal_long", False,
     fr("Article 8 – Durée", "Le contrat est conclu pour quarante-huit mois puis reconduit tacitement par périodes "
        "d'un an, sauf dénonciation deux mois avant l'échéance.", "Chaque partie peut par ailleurs résilier le contrat "
        "pour manquement grave moyennant un préavis de six mois.")),
    ("renew-en-exit-any-time", "tacit_renewal_long", False,
     en("8. Term", "The Agreement renews each year for a further year unless terminated by either party on ninety "
        "days' notice.", "Either party may also end it at any time on four months' notice with no fee.")),
    ("renew-fr-not-tacit", "tacit_renewal_long", False,
     fr("Article 8 – Durée", "Le contrat prend effet à sa signature pour une durée de trois ans.", "Il n'est pas "
        "renouvelé tacitement : toute prolongation fait l'objet d'un avenant.")),
    ("renew-en-no-renewal", "tacit_renewal_long", False,
     en("8. Term", "This Agreement starts on the Effective Date and continues for sixty months.", "Termination for "
        "convenience requires twelve months' prior written notice.")),
    ("renew-fr-24m-short-notice", "tacit_renewal_long", False,
     fr("Article 8 – Durée", "Le contrat est reconduit tacitement par périodes de vingt-quatre mois, sauf préavis de "
        "trois mois avant l'échéance.", "Les pénalités de l'article 6 restent dues pendant un délai de six mois.")),
    # -- free_subprocessors --------------------------------------------------------------------------------------------
    ("sub-fr-confier-choice", "free_subprocessors", True,
     fr("Article 6 – Supervision", PD_FR, "Il peut confier l'astreinte de nuit à la société Veille Ouest ou à toute "
        "autre entreprise qu'il choisit, en prévenant le Client par courriel.")),
    ("sub-en-entrust-choice", "free_subprocessors", True,
     en("6. Operations", PD_EN, "The Supplier may entrust out-of-hours monitoring to NightWatch Ltd or to any other "
        "company it selects, informing the Customer by email.")),
    ("sub-en-hand-over", "free_subprocessors", True,
     en("6. Operations", PD_EN, "The Supplier may hand over all or part of the service desk to third parties of its "
        "choosing without having to inform the Customer.")),
    ("sub-fr-deleguer", "free_subprocessors", True,
     fr("Article 6 – Exploitation", "Le Prestataire héberge les données personnelles des adhérents du Client pour son "
        "compte.", "Il peut déléguer tout ou partie de l'exploitation à des prestataires de son choix, sans l'accord "
        "préalable du Client.")),
    ("sub-fr-consent", "free_subprocessors", False,
     fr("Article 6 – Supervision", PD_FR, "Il ne peut confier tout ou partie de l'astreinte à un tiers qu'avec "
        "l'accord écrit préalable du Client.")),
    ("sub-en-objection", "free_subprocessors", False,
     en("6. Operations", PD_EN, "It may entrust night monitoring to another company only after giving the Customer "
        "thirty days' notice, during which the Customer may object; the Supplier remains fully liable for that "
        "company.")),
    ("sub-en-client-chooses", "free_subprocessors", False,
     en("6. Operations", PD_EN, "The Customer may entrust the maintenance of its printers to any company of its "
        "choice.")),
    ("sub-fr-own-staff", "free_subprocessors", False,
     fr("Article 6 – Personnel", PD_FR, "Il confie l'exécution des prestations à des membres de son personnel qu'il "
        "choisit librement, formés et tenus à la confidentialité.")),
    # -- one_sided_jurisdiction ----------------------------------------------------------------------------------------
    ("court-fr-provider-city", "one_sided_jurisdiction", True,
     fr("Article 12 – Litiges", "Tout différend sera porté devant le tribunal de commerce de Lyon, seul compétent.")),
    ("court-en-provider-city", "one_sided_jurisdiction", True,
     en("12. Disputes", "The courts of York shall have exclusive jurisdiction over any dispute.")),
    ("court-fr-ordinary", "one_sided_jurisdiction", False,
     fr("Article 12 – Litiges", "À défaut d'accord amiable, le litige sera porté devant la juridiction compétente "
        "selon les règles de droit commun.")),
    ("court-en-national", "one_sided_jurisdiction", False,
     en("12. Disputes", "The courts of England and Wales shall have exclusive jurisdiction.")),
    ("court-fr-defendant", "one_sided_jurisdiction", False,
     fr("Article 12 – Litiges", "Le tribunal compétent sera celui du siège du défendeur.")),
]

# cases the engine still reads wrongly, with the reason (strict: a fix makes them pass and the mark must go)
STILL_WRONG: dict[str, str] = {
    "dpa-fr-separate-prevails": "'relatives à ce traitement' is not read as the terms of the processing (the fix reads 'conditions de ce traitement', 'terms governing that processing')",
    "sub-fr-confier-choice": "the provider named by a pronoun ('Il peut confier') and its choice worded 'qu'il choisit' are not read as a free subcontracting",
}


@pytest.mark.parametrize("name,rule,fires,text", [
    pytest.param(*c, id=c[0], marks=[pytest.mark.xfail(strict=True, reason=STILL_WRONG[c[0]])]
                 if c[0] in STILL_WRONG else []) for c in CASES])
def test_clause_does(name: str, rule: str, fires: bool, text: str) -> None:
    check_rule(rule, fires, text)


def test_batch_is_balanced() -> None:
    fires = sum(c[2] for c in CASES)
    assert len(CASES) >= 40 and 0.4 <= fires / len(CASES) <= 0.6
    assert len({c[0] for c in CASES}) == len(CASES)


# -- written after the fixes (not part of the batch above, whose score is the check): the rest of each class's family,
# and the near misses the fixes had to keep quiet on the development documents ----------------------------------------
AFTER: list[tuple[str, str, bool, str]] = [
    ("dpa-en-schedule-named", "personal_data_without_dpa", False,
     en("4. Data protection", PD_EN, "Personal data processed under this Agreement is handled in accordance with "
        "Schedule 4 (Data Processing).")),
    ("dpa-en-terms-are-in", "personal_data_without_dpa", False,
     en("4. Data protection", PD_EN, "The data processing terms are in Exhibit C.")),
    ("dpa-en-later", "personal_data_without_dpa", True,
     en("4. Data protection", PD_EN, "The parties will negotiate a data processing agreement at a later date.")),
    ("dpa-fr-later", "personal_data_without_dpa", True,
     fr("Article 4 – Données", PD_FR, "Les parties concluront ultérieurement un accord de traitement des données.")),
    ("dpa-fr-law-only", "personal_data_without_dpa", True,
     fr("Article 4 – Données", PD_FR, "Le Prestataire respecte la réglementation sur la protection des données.")),
    ("sla-fr-may-not-contest", "sla_measured_by_provider", True,
     fr("Article 5 – Niveaux de service", "Les relevés de l'outil du Prestataire font foi.", "Le Client ne peut pas "
        "contester les résultats ainsi établis.")),
    ("sla-en-priority-not-level", "sla_measured_by_provider", False,
     en("5. Incidents", "When two incidents arise at once, which one is handled first is decided solely by the "
        "Supplier.")),
    ("renew-fr-notice-own-sentence", "tacit_renewal_long", True,
     fr("Article 8 – Durée", "Le contrat est reconduit tacitement par périodes d'un an.", "La dénonciation doit être "
        "adressée au moins huit mois avant l'échéance.", "Le Client peut résilier pour manquement sur préavis d'un mois.")),
    ("sub-fr-objection", "free_subcontracting_assignment", False,
     fr("Article 6 – Sous-traitance", "Le Prestataire peut confier une partie des prestations à des entreprises "
        "spécialisées, après en avoir averti le Client par écrit un mois à l'avance ; le Client peut, dans ce délai, "
        "s'y opposer.")),
    ("sub-en-notice-only", "free_subcontracting_assignment", True,
     en("6. Subcontracting", "The Supplier may entrust parts of the Services to other firms after notifying the "
        "Customer in writing.")),
    ("sub-fr-data-left-to-annex", "free_subprocessors", False,
     fr("Article 6 – Sous-traitance", PD_FR, "Il peut confier tout ou partie des prestations à des prestataires de son "
        "choix ; lorsque ceux-ci traitent des données personnelles du Client, l'Annexe 2 s'applique.")),
    ("sub-en-client-accepts-in-advance", "free_subcontracting_assignment", True,
     en("6. Subcontracting", "The Customer agrees in advance that the Supplier may hand over any part of the Services "
        "to third parties it alone selects.")),
]


@pytest.mark.parametrize("name,rule,fires,text", [pytest.param(*c, id=c[0]) for c in AFTER])
def test_clause_does_after_fix(name: str, rule: str, fires: bool, text: str) -> None:
    check_rule(rule, fires, text)


def test_may_not_contest_in_the_same_sentence_is_no_contest() -> None:
    check_rule("sla_measured_by_provider", True, en("5. Service levels", "Availability figures from the Supplier's "
                                                    "monitoring tool are conclusive and the Customer may not dispute them."))
