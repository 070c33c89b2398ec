"""Wording classes met in the blind9 review documents, in our own sentences (FR and EN, firing and near-miss).

1. Penalties made the only remedy from the liability article: "la seule et complète indemnisation", "sole and entire
   remedy", or the client giving up any further damages for the same misses ("renonce à demander toute autre
   indemnisation pour ces retards", "waives any right to claim further damages for those failures").
2. A forum where both parties have their seat is no one's home court.
3. An on-site inspection allowed only when an authority (or the law) demands it is a restricted audit, and so is the
   client agreeing that a certificate or a report stands for its audit right.
4. A class of sub-processors (group companies) engaged at any time and put outside the article's notice-and-objection
   procedure, and a list on a portal whose changes are deemed accepted once posted: free sub-processing (Art. 28(2)).
5. A data-loss exclusion limited to data lying outside the backup service is no exclusion of the backups sold.
6. A client's exit for convenience paid for by a charge or a sum is no imbalance in the provider's favour.
   A reciprocal exit for cause that the client may use only with the provider's consent is one-sided, and so are
   grounds for cause far apart (the provider leaves within days of an unpaid invoice, the client only after a cure
   period of months).
7. Missing essential clauses: staff bound to confidentiality on the data they process (Art. 28(3)(b)) is not the
   parties' confidentiality clause; a follow-up committee, a periodic service review or an escalation is governance
   under whatever heading.

Each case runs the whole review on a small document (parties, one or two articles, the clause under test)."""

from __future__ import annotations

import pytest

from tests.review_docs import EN_PARTIES, FR_PARTIES, backed_up, bare, case_id, check_rule, en, en_dpa, fr, fr_dpa


FR_CAP = "La responsabilité du Prestataire est limitée aux sommes versées au cours des douze derniers mois."
EN_CAP = "The Supplier's total liability is limited to the charges paid in the previous twelve months."

CASES: list[tuple[str, bool, str]] = [
    # 1. penalties as the sole remedy, stated in the liability article
    ("penalties_sole_remedy", True, fr("Article 7 – Responsabilité", FR_CAP,
                                       "Les pénalités prévues à l'article 5 forment la seule et complète indemnisation du "
                                       "Client pour les retards d'intervention.")),
    ("penalties_sole_remedy", True, fr("Article 7 – Responsabilité", FR_CAP,
                                       "En cas de dépassement des délais de rétablissement, le Client perçoit les pénalités "
                                       "de l'article 5 et renonce à demander toute autre indemnisation pour ces retards.")),
    ("penalties_sole_remedy", True, en("7. Liability", EN_CAP,
                                       "The service credits described in clause 5 shall be the Customer's sole and entire "
                                       "remedy for any failure to meet the service levels.")),
    ("penalties_sole_remedy", True, en("7. Liability", EN_CAP,
                                       "Where service levels are missed the Customer receives the credits of clause 5 and "
                                       "waives any right to claim further damages for those failures.")),
    ("penalties_sole_remedy", False, fr("Article 7 – Responsabilité", FR_CAP,
                                        "Les pénalités de l'article 5 ne constituent pas la seule et entière réparation du "
                                        "Client, qui conserve le droit de demander réparation de son entier préjudice.")),
    ("penalties_sole_remedy", False, en("7. Liability", EN_CAP,
                                        "Service credits are without prejudice to the Customer's other rights; they are not "
                                        "its sole and entire remedy for missed service levels.")),
    ("penalties_sole_remedy", False, en("7. Sub-processors",
                                        "Termination of the affected services is the Customer's sole and entire remedy for "
                                        "an objection to a new sub-processor that the parties cannot resolve.")),
    ("penalties_sole_remedy", False, fr("Article 7 – Résiliation",
                                        "En cas de résiliation pour convenance, le Client renonce à réclamer toute autre "
                                        "somme au titre des frais de mise en place.")),
    # 2. the court of the place where both parties are seated
    ("one_sided_jurisdiction", False, fr("Article 9 – Litiges",
                                         "Faute d'accord amiable, tout litige sera soumis aux tribunaux de Lyon, ville où "
                                         "les deux Parties ont leur siège social.")),
    ("one_sided_jurisdiction", False, en("9. Disputes",
                                         "Any dispute shall be brought before the courts of York, where each of the parties "
                                         "has its registered office.")),
    ("one_sided_jurisdiction", True, fr("Article 9 – Litiges", "Tout différend relève du tribunal de commerce de Lyon.")),
    ("one_sided_jurisdiction", True, en("9. Disputes",
                                        "The courts of the place where the Supplier has its registered office shall have "
                                        "exclusive jurisdiction over any dispute.")),
    # 3. on-site inspection only on an authority's demand
    ("audit_restricted", True, fr_dpa("Article 6 – Audits",
                                      "Un audit sur site n'est possible que sur demande écrite d'une autorité de contrôle.")),
    ("audit_restricted", True, fr_dpa("Article 6 – Audits",
                                      "Le Client peut contrôler le respect du présent article ; une inspection sur place "
                                      "n'a lieu que lorsque la CNIL l'exige.")),
    ("audit_restricted", True, en_dpa("6. Audits",
                                      "On-site inspections of the Supplier's premises will be allowed solely if a data "
                                      "protection authority orders one.")),
    ("audit_restricted", True, en_dpa("6. Audits",
                                      "The Customer may audit the Supplier's compliance, but an on-site audit shall take "
                                      "place only where the law requires it.")),
    ("audit_restricted", False, fr_dpa("Article 6 – Audits",
                                       "Le Client peut faire réaliser une fois par an un audit sur site, et une inspection "
                                       "supplémentaire lorsque la CNIL l'exige.")),
    ("audit_restricted", False, en_dpa("6. Audits",
                                       "The Customer may carry out on-site inspections once a year, and additionally where "
                                       "a supervisory authority so requires.")),
    # 3b. the client agreeing that documents stand for its audit right
    ("audit_restricted", True, en_dpa("6. Audits",
                                      "The Customer agrees that the Supplier's yearly ISO 27001 certificate satisfies its "
                                      "audit right under Article 28(3)(h).")),
    ("audit_restricted", True, fr_dpa("Article 6 – Audits",
                                      "Le Client reconnaît que la communication annuelle du rapport SOC 2 du Prestataire "
                                      "vaut exercice de son droit d'audit.")),
    ("audit_restricted", False, en_dpa("6. Audits",
                                       "The Customer may audit the Supplier once a year, including by on-site inspection; "
                                       "the Customer agrees that a certificate does not satisfy this right.")),
    ("audit_restricted", False, fr_dpa("Article 6 – Audits",
                                       "Le Client peut réaliser un audit sur site une fois par an ; les Parties conviennent "
                                       "que le rapport SOC 2 peut en préparer le périmètre.")),
    # 4. sub-processors outside the notice and objection procedure
    ("free_subprocessors", True, fr_dpa("Article 6 – Sous-traitants ultérieurs",
                                        "6.1 Le Prestataire informe le Client de tout nouveau sous-traitant ultérieur un "
                                        "mois à l'avance ; le Client peut s'y opposer pour un motif légitime.",
                                        "6.2 Les filiales du Prestataire peuvent être désignées comme sous-traitants "
                                        "ultérieurs à tout moment ; l'article 6.1 ne leur est pas applicable.")),
    ("free_subprocessors", True, en_dpa("6. Sub-processors",
                                        "6.1 The Supplier shall notify the Customer 30 days before adding a sub-processor, "
                                        "and the Customer may object on reasonable grounds.",
                                        "6.2 Companies of the Supplier's group may be used as sub-processors or swapped at "
                                        "any time. Clause 6.1 does not apply to them.")),
    ("free_subprocessors", True, fr_dpa("Article 6 – Sous-traitants ultérieurs",
                                        "Le Client autorise de façon générale le recours à des sous-traitants ultérieurs. "
                                        "Leur liste est tenue à jour sur l'extranet du Prestataire et toute modification "
                                        "est réputée acceptée par le Client dès sa publication.")),
    ("free_subprocessors", True, en_dpa("6. Sub-processors",
                                        "The Customer gives a general authorisation to engage sub-processors. The current "
                                        "list is kept on the Supplier's portal and any change to it is deemed approved by "
                                        "the Customer once published there.")),
    ("free_subprocessors", False, fr_dpa("Article 6 – Sous-traitants ultérieurs",
                                         "6.1 Le Prestataire informe le Client de tout nouveau sous-traitant ultérieur un "
                                         "mois à l'avance ; le Client peut s'y opposer pour un motif légitime.",
                                         "6.2 Les filiales du Prestataire peuvent aussi être désignées comme sous-traitants "
                                         "ultérieurs, selon la procédure de l'article 6.1.")),
    ("free_subprocessors", False, en_dpa("6. Sub-processors",
                                         "6.1 The Supplier shall notify the Customer 30 days before adding a sub-processor, "
                                         "and the Customer may object on reasonable grounds.",
                                         "6.2 Companies of the Supplier's group may also be used as sub-processors, subject "
                                         "to the notice and objection procedure of clause 6.1.")),
    # 5. data lost outside the backup service
    ("data_loss_exclusion_with_backup", False, backed_up("en", "7. Liability",
                                                       "The Supplier is not liable for the loss of data kept on laptops or "
                                                       "servers outside the scope of the backup service.")),
    ("data_loss_exclusion_with_backup", False, backed_up("fr", "Article 7 – Responsabilité",
                                                       "Le Prestataire ne répond pas de la perte des données stockées sur "
                                                       "des postes situés hors du périmètre de la sauvegarde.")),
    ("data_loss_exclusion_with_backup", True, backed_up("en", "7. Liability",
                                                      "The Supplier is not liable for any loss of data, whatever its "
                                                      "cause.")),
    ("data_loss_exclusion_with_backup", True, backed_up("fr", "Article 7 – Responsabilité",
                                                      "Le Prestataire ne répond d'aucune perte de données, quelle qu'en "
                                                      "soit la cause.")),
    # 6. a client's exit paid for
    ("asymmetric_termination", False, en("8. Termination",
                                         "The Customer may terminate this Agreement for convenience on 60 days' notice, on "
                                         "payment of an early exit charge equal to three months of fees.")),
    ("asymmetric_termination", False, fr("Article 8 – Résiliation",
                                         "Le Client peut résilier le contrat à tout moment avec un préavis de deux mois, "
                                         "contre le versement d'une somme égale à trois mois de redevance.")),
    ("asymmetric_termination", True, en("8. Termination",
                                        "The Supplier may terminate this Agreement for convenience on 60 days' notice.")),
    # 6b. (blind8 batch, ast-fr-05) a reciprocal right for cause emptied on the client's side by the provider's consent
    ("asymmetric_termination", True, fr("Article 8 – Résiliation",
                                        "Chaque Partie peut résilier le contrat pour manquement grave de l'autre non corrigé "
                                        "sous quinze jours ; la résiliation prononcée par le Client ne prend effet qu'après "
                                        "accord écrit du Prestataire.")),
    ("asymmetric_termination", True, en("8. Termination",
                                        "Either party may terminate for a material breach not cured within 30 days, but a "
                                        "termination notice from the Customer is subject to the prior written approval of "
                                        "the Supplier.")),
    ("asymmetric_termination", False, en("8. Termination",
                                         "Either party may terminate for a material breach not cured within 30 days. The "
                                         "Customer may terminate without the Supplier's consent.")),
    ("asymmetric_termination", False, fr("Article 8 – Résiliation",
                                         "Les Parties peuvent résilier le contrat d'un commun accord, par écrit.")),
    # 6c. (blind8 batch, ast-en-04) no exit for convenience, but grounds for cause far apart
    ("asymmetric_termination", True, en("8. Termination",
                                        "The Supplier may terminate with immediate effect if an invoice is still unpaid ten "
                                        "days after its due date.",
                                        "The Customer may terminate for a material breach by the Supplier only where the "
                                        "breach has not been remedied within 120 days of its notice.")),
    ("asymmetric_termination", True, fr("Article 8 – Résiliation",
                                        "Le Prestataire peut résilier de plein droit si une facture reste impayée huit jours "
                                        "après son échéance.",
                                        "Le Client ne peut résilier pour manquement du Prestataire qu'après une mise en "
                                        "demeure restée sans effet pendant quatre-vingt-dix jours.")),
    ("asymmetric_termination", False, en("8. Termination",
                                         "Either party may terminate for a material breach not remedied within thirty days.",
                                         "The Supplier may terminate immediately if an invoice is unpaid for ten days.")),
    ("asymmetric_termination", False, fr("Article 8 – Résiliation",
                                         "Chaque Partie peut résilier pour manquement non réparé dans les trente jours d'une "
                                         "mise en demeure.",
                                         "Le Prestataire peut résilier de plein droit si une facture reste impayée huit jours "
                                         "après son échéance.")),
    ("asymmetric_termination", False, en("8. Termination",
                                         "The Supplier may terminate if an invoice is unpaid for 90 days.",
                                         "The Customer may terminate for a material breach not remedied within 90 days.")),
    # 8. (blind8 batch, nsm-en-06) a time promised to take up what the client reports is a service level, whatever the
    # heading (or none): with no record or report of it, nothing measures it
    ("no_sla_measurement", True, bare("en", "4.2 Where a fault is logged, a technician will usually respond within four "
                                            "working hours. This target is indicative and no report of performance is "
                                            "produced.")),
    ("no_sla_measurement", True, bare("fr", "4.2 Toute demande signalée par le Client est prise en charge sous quatre "
                                            "heures ouvrées, à titre indicatif ; aucun relevé n'en est tenu.")),
    ("no_sla_measurement", False, bare("en", "4.2 Where a fault is logged, a technician will respond within four working "
                                             "hours; the Supplier reports its response times to the Customer every "
                                             "month.")),
    ("no_sla_measurement", False, bare("fr", "4.2 Toute demande du Client est prise en charge sous quatre heures ouvrées ; "
                                             "le Prestataire adresse chaque mois au Client un rapport des délais "
                                             "constatés.")),
    ("no_sla_measurement", False, bare("en", "4.2 The Supplier shall notify the Customer of any security incident within "
                                             "24 hours.")),
    ("no_sla_measurement", False, bare("fr", "4.2 Le Client règle chaque facture dans un délai de trente jours.")),
    ("asymmetric_termination", False, fr("Article 8 – Résiliation",
                                         "Chaque Partie peut résilier le contrat pour manquement de l'autre non corrigé sous "
                                         "trente jours ; la résiliation par le Client prend effet à la date fixée dans sa "
                                         "lettre.")),
    ("asymmetric_termination", True, fr("Article 8 – Résiliation",
                                        "Le Prestataire peut résilier le contrat à tout moment moyennant un préavis de deux "
                                        "mois.")),
]


@pytest.mark.parametrize("rule, fires, text", CASES, ids=[case_id(c) for c in CASES])
def test_class(rule, fires, text):
    check_rule(rule, fires, text, spans=True)


# 7. Missing essential clauses: a passing duty is not the clause, a committee under a heading that does not say so is.
# (a) staff bound to confidentiality on the personal data they process (Art. 28(3)(b)) is no confidentiality clause
STAFF_ONLY = [
    ("fr", "Article 5 – Données personnelles", "Le Prestataire traite les données des patients pour le compte du Client et "
                                              "veille à ce que les personnes autorisées à traiter ces données soient tenues "
                                              "au secret par écrit."),
    ("en", "5. Data protection", "The Supplier processes the patients' data on the Customer's behalf and ensures that "
                                 "everyone authorised to process that data has committed in writing to confidentiality."),
]
CONFIDENTIALITY_CLAUSE = [
    ("fr", "Article 5 – Données personnelles", "Chaque Partie garde secrètes les informations confidentielles, "
                                              "techniques ou commerciales, reçues de l'autre pendant toute la durée du "
                                              "contrat."),
    ("en", "5. Data protection", "Each party shall keep the other party's confidential information secret during the term "
                                 "and for two years after it."),
]


@pytest.mark.parametrize("lang, heading, sentence", STAFF_ONLY)
def test_staff_confidentiality_is_not_the_confidentiality_clause(lang, heading, sentence):
    from assistant.legal.review.report import review_text

    text = (fr if lang == "fr" else en)(heading, sentence)
    assert "confidentiality" in review_text(text).missing_essential


@pytest.mark.parametrize("lang, heading, sentence", CONFIDENTIALITY_CLAUSE)
def test_confidentiality_between_the_parties_is_present(lang, heading, sentence):
    from assistant.legal.review.report import review_text

    text = (fr if lang == "fr" else en)(heading, sentence)
    assert "confidentiality" not in review_text(text).missing_essential


# (b) a follow-up committee or a periodic service review with escalation, under a heading that names neither
GOVERNANCE = [
    ("fr", "Article 3 – Esprit de partenariat", "Un comité de suivi réunit chaque trimestre les interlocuteurs des deux "
                                               "Parties pour examiner les tickets et les niveaux de service."),
    ("fr", "Article 3 – Relations entre les Parties", "Les Parties tiennent un comité opérationnel tous les mois ; ce qui "
                                                     "n'y est pas réglé remonte à leurs directions."),
    ("en", "3. Working together", "The Supplier holds a quarterly review meeting with the Customer on the service "
                                  "delivered."),
    ("en", "3. Relationship", "Either party may escalate an issue its contacts cannot settle to its managing director."),
]
NO_GOVERNANCE = [
    ("fr", "Article 3 – Esprit de partenariat", "Le Prestataire assure le suivi des tickets jusqu'à leur clôture."),
    ("en", "3. Working together", "The Supplier will review the Customer's backup logs when it restores a file."),
]


@pytest.mark.parametrize("lang, heading, sentence", GOVERNANCE)
def test_committee_under_another_heading_is_governance(lang, heading, sentence):
    from assistant.legal.review.report import review_text

    text = (fr if lang == "fr" else en)(heading, sentence)
    assert "governance" not in review_text(text).missing_essential


@pytest.mark.parametrize("lang, heading, sentence", NO_GOVERNANCE)
def test_follow_up_of_tickets_is_not_governance(lang, heading, sentence):
    from assistant.legal.review.report import review_text

    text = (fr if lang == "fr" else en)(heading, sentence)
    assert "governance" in review_text(text).missing_essential


# (c) a company given its defined name the French way, with no "dénommée" ("la société X SAS, … ci-après le
# « Sous-traitant »", "(le « Prestataire »)"): the parties are named, even in an annex with no parties block
NAMED = [
    "Le présent accord complète le contrat de services conclu entre le client désigné au contrat, responsable du "
    "traitement, et la société Brume Hébergement SAS, immatriculée à Brest, ci-après le « Sous-traitant ».",
    "Cette annexe lie le client et la société Vigie Réseaux SARL, dont le siège est à Tours (le « Prestataire »).",
    "This addendum binds the customer named in the agreement and Harbour Cloud Ltd, a company registered in Wales "
    "(the \"Processor\").",
]
UNNAMED = [
    "Le présent accord complète le contrat de services ; il s'applique aux traitements décrits ci-après.",
    "This addendum supplements the services agreement for the processing described below.",
]


def _annex(intro: str) -> str:
    return ("Annexe 2 – Traitement des données\n" + intro + "\nArticle 1 – Instructions\nLe Sous-traitant traite les "
            "données personnelles des salariés du Client sur instruction documentée de celui-ci.\n")


@pytest.mark.parametrize("intro", NAMED)
def test_french_defined_name_names_a_party(intro):
    from assistant.legal.review.report import review_text

    assert "parties" not in review_text(_annex(intro)).missing_essential


def _contract(intro: str) -> str:
    return ("Contrat de prestations de services\n" + intro + "\nArticle 1 – Objet\nLe Prestataire assure la "
            "supervision des serveurs du Client et la sauvegarde de leurs données.\n")


@pytest.mark.parametrize("intro", UNNAMED)
def test_no_company_named_leaves_parties_missing(intro):
    """A contract that names no company lacks its parties; an annex to a contract takes them from the contract
    (s17b, issue 13 point 6: a DPA is checked against the Art. 28(3) terms, not the contract's full list)."""
    from assistant.legal.review.report import review_text

    assert "parties" in review_text(_contract(intro)).missing_essential
    annex = review_text(_annex(intro))
    assert annex.doc_type.kind != "dpa" or "parties" not in annex.missing_essential
