"""Wording classes met in the blind7 documents (evaluations/review/blind7_*.md), in our own sentences (FR and EN,
firing and near-miss): each case runs the whole review on a small document and asserts the flag's presence or
absence. None of these sentences comes from the documents; a fix that only fits their wording fails here."""

from __future__ import annotations

import pytest

from assistant.legal.review.report import review_text

FR_PARTIES = ("Entre la société Omega Hébergement, 5 rue de la Barre, 69002 Lyon, ci-après « le Prestataire », et la "
              "société Sigma Textiles, 3 place Royale, 44000 Nantes, ci-après « le Client ».\n"
              "Article 1 – Objet\nLe Prestataire héberge et administre les serveurs du Client.\n")
EN_PARTIES = ("This Agreement is made between Orbit Hosting Ltd, 4 Quay Street, Bristol BS1 4DB, England (\"Supplier\"), "
              "and Pine Retail Ltd, 7 Market Row, Leeds LS1 6DT, England (\"Customer\").\n"
              "1. Services\nThe Supplier shall host and administer the Customer's servers.\n")


def fr(*blocks: tuple[str, ...]) -> str:
    return FR_PARTIES + "".join(f"{b[0]}\n" + " ".join(b[1:]) + "\n" for b in blocks)


def en(*blocks: tuple[str, ...]) -> str:
    return EN_PARTIES + "".join(f"{b[0]}\n" + " ".join(b[1:]) + "\n" for b in blocks)


FR_SLA = ("Article 4 – Niveaux de service", "Le Prestataire rétablit le service en quatre heures pour un incident critique.")
EN_SLA = ("3. Service Levels", "The Supplier shall restore the service within four hours for a critical incident.")

CASES: list[tuple[str, bool, str]] = [
    # a cap counted over a contract year (the window) but measured in one invoice or one month (the amount)
    ("derisory_liability_cap", True, fr(("Article 8 – Responsabilité", "Sur une même année contractuelle, la "
                                         "responsabilité totale du Prestataire ne peut excéder le montant de la dernière "
                                         "facture mensuelle."))),
    ("derisory_liability_cap", True, en(("8. Liability", "In any one contract year, the Supplier's total liability shall "
                                         "not exceed the amount of the last monthly invoice."))),
    ("derisory_liability_cap", True, en(("8. Liability", "The Supplier's aggregate liability for each year of the term "
                                         "shall not exceed one month's charges."))),
    ("derisory_liability_cap", True, fr(("Article 8 – Responsabilité", "Le total des indemnités dues par le Prestataire "
                                         "au titre d'une année contractuelle est limité au montant d'une facture "
                                         "mensuelle."))),
    ("derisory_liability_cap", True, en(("8. Liability", "During any twelve-month period, the Supplier's liability shall "
                                         "not exceed the amount of the last monthly invoice."))),
    ("derisory_liability_cap", False, en(("8. Liability", "In any contract year, the Supplier's total liability shall not "
                                          "exceed the fees paid in the twelve months before the claim."))),
    ("derisory_liability_cap", False, fr(("Article 8 – Responsabilité", "Par année contractuelle, la responsabilité du "
                                          "Prestataire ne peut dépasser les sommes versées au cours des douze mois "
                                          "précédant le sinistre."))),
    # credits capped, with a title word before the cap or damages kept beyond them: not "uncapped"
    ("uncapped_penalties", False, en(EN_SLA, ("4. Service Credits", "Cap on credits: the service credits payable in any "
                                              "month shall not exceed fifteen percent (15%) of that month's charges."))),
    ("uncapped_penalties", False, fr(FR_SLA, ("Article 5 – Pénalités", "Les pénalités sont plafonnées à dix pour cent de la "
                                              "redevance mensuelle.", "Elles n'empêchent pas le Client de demander "
                                              "réparation du préjudice subi au-delà de leur montant."))),
    ("uncapped_penalties", True, fr(FR_SLA, ("Article 5 – Pénalités", "Les pénalités ne sont soumises à aucun plafond."))),
    ("uncapped_penalties", True, en(EN_SLA, ("4. Service Credits", "Service credits are not capped and accrue for every "
                                             "hour of delay."))),
    # the provider's measurements binding because the client's own may not be set against them
    ("sla_measured_by_provider", True, fr(FR_SLA, ("Article 5 – Mesure", "Les temps de rétablissement sont relevés par "
                                                   "l'outil de supervision.", "Le Client ne peut contester ces relevés au "
                                                   "moyen de ses propres enregistrements."))),
    ("sla_measured_by_provider", True, fr(FR_SLA, ("Article 5 – Mesure", "Les relevés effectués par le Client ne sont pas "
                                                   "pris en compte pour le calcul des pénalités."))),
    ("sla_measured_by_provider", True, en(EN_SLA, ("4. Measurement", "The Customer may not rely on its own monitoring "
                                                   "records to dispute the availability figures."))),
    ("sla_measured_by_provider", True, en(EN_SLA, ("4. Measurement", "Measurements taken by the Customer shall not be "
                                                   "taken into account for service credits."))),
    ("sla_measured_by_provider", False, fr(FR_SLA, ("Article 5 – Mesure", "Le Client peut produire ses propres relevés "
                                                    "pour contester les mesures de disponibilité."))),
    ("sla_measured_by_provider", False, en(EN_SLA, ("4. Measurement", "The Customer may use its own records to challenge "
                                                    "any availability figure in the monthly report."))),
    # no measurement method: a penalty's base or a tool merely named is not one
    ("no_sla_measurement", True, fr(FR_SLA, ("Article 5 – Pénalités", "Les pénalités sont calculées sur la redevance "
                                             "mensuelle et plafonnées à 10 %."))),
    ("no_sla_measurement", True, en(EN_SLA, ("4. Service Credits", "Service credits are calculated as a percentage of the "
                                             "monthly fee, up to 10%."))),
    ("no_sla_measurement", True, fr(FR_SLA, ("Article 5 – Pénalités", "Aucune pénalité n'est due pour une demande absente "
                                             "de l'outil de suivi.", "Les pénalités sont plafonnées à 10 %."))),
    ("no_sla_measurement", False, fr(FR_SLA, ("Article 5 – Mesure", "Les délais sont calculés à partir de l'horodatage de "
                                              "l'ouverture du ticket dans l'outil de suivi."))),
    ("no_sla_measurement", False, en(EN_SLA, ("4. Measurement", "Restoration time is measured from the time stamp of the "
                                              "ticket in the service desk tool."))),
    # a new price list that binds the services already running
    ("unilateral_price_change", True, fr(("Article 6 – Prix", "Les nouveaux tarifs publiés par le Prestataire deviennent "
                                          "applicables aux contrats en cours le mois suivant."))),
    ("unilateral_price_change", True, en(("6. Charges", "Any revised price list shall apply to all existing orders from "
                                          "the first day of the following month."))),
    ("unilateral_price_change", False, en(("6. Charges", "Any new price list applies only to orders placed after its "
                                           "publication."))),
    ("unilateral_price_change", False, fr(("Article 6 – Prix", "Une nouvelle grille tarifaire ne s'applique aux Services "
                                           "en cours qu'avec l'accord écrit du Client."))),
    # the cap kept for gross negligence, said through "including where" or "irrespective of the degree of fault"
    ("gross_negligence_exclusion", True, en(("8. Liability", "The Supplier's liability shall not exceed the annual fees.",
                                             "These limitations apply whatever the cause, including where the damage "
                                             "results from the Supplier's gross negligence."))),
    ("gross_negligence_exclusion", True, fr(("Article 8 – Responsabilité", "La responsabilité du Prestataire est limitée "
                                             "au montant annuel du contrat.", "Ces limitations s'appliquent y compris "
                                             "lorsque le dommage résulte d'une faute lourde du Prestataire."))),
    ("gross_negligence_exclusion", True, en(("8. Liability", "The Supplier's liability shall not exceed the annual fees.",
                                             "This cap applies irrespective of the degree of fault, gross negligence "
                                             "included."))),
    ("gross_negligence_exclusion", False, en(("8. Liability", "The Supplier's liability shall not exceed the annual fees.",
                                              "These limitations do not apply where the damage results from the "
                                              "Supplier's gross negligence."))),
    ("gross_negligence_exclusion", False, fr(("Article 8 – Responsabilité", "La responsabilité du Prestataire est limitée "
                                              "au montant annuel du contrat.", "Ces limitations ne s'appliquent pas "
                                              "lorsque le dommage résulte d'une faute lourde."))),
    # a security outcome promised: no exploitable flaw, no data leak
    ("security_result_obligation", True, fr(("Article 7 – Sécurité", "Le Prestataire garantit que le site qu'il héberge "
                                             "pour le Client ne comportera aucune faille de sécurité pendant toute la "
                                             "durée du contrat."))),
    ("security_result_obligation", True, en(("7. Security", "The Supplier warrants that the application it maintains "
                                             "for the Customer will contain no exploitable vulnerability during the "
                                             "term."))),
    ("security_result_obligation", False, fr(("Article 7 – Sécurité", "Le Prestataire corrige toute faille de sécurité "
                                              "signalée dans un délai de cinq jours ouvrés."))),
    ("security_result_obligation", False, en(("7. Security", "The Supplier does not warrant that the application will be "
                                              "free of exploitable vulnerabilities."))),
    # events listed under a lead-in that keeps them OUT of force majeure
    ("force_majeure_broad", False, en(("9. Force Majeure", "Neither party is liable for events beyond its reasonable "
                                       "control. Force majeure shall not include (a) strikes by the Supplier's own "
                                       "staff, (b) the failure of the Supplier's subcontractors, or (c) a cyberattack "
                                       "that the agreed safeguards would have stopped."))),
    ("force_majeure_broad", False, fr(("Article 9 – Force majeure", "Aucune partie ne répond d'un cas de force majeure. "
                                       "La force majeure ne comprend pas (i) les grèves du personnel du Prestataire, "
                                       "(ii) la défaillance de ses propres sous-traitants."))),
    ("force_majeure_broad", True, en(("9. Force Majeure", "Force majeure includes strikes by its own employees and "
                                      "failures of the Supplier's subcontractors."))),
    ("force_majeure_broad", True, fr(("Article 9 – Force majeure", "Sont assimilées à la force majeure les grèves du "
                                      "personnel du Prestataire et les attaques informatiques."))),
    # the client's convenience exit paid for by a charge defined in another clause: no imbalance for the provider
    ("asymmetric_termination", False, en(("10. Termination for Convenience", "The Customer may terminate for convenience "
                                          "on sixty (60) days' notice, subject to clause 11."),
                                         ("11. Early Exit Charge", "On any early termination, all monthly fees remaining "
                                          "until the end of the term become due at once."))),
    ("asymmetric_termination", False, fr(("Article 10 – Résiliation pour convenance", "Le Client peut résilier pour "
                                          "convenance moyennant un préavis de trois mois, sous réserve de l'article 11."),
                                         ("Article 11 – Indemnité de sortie", "En cas de résiliation anticipée, les "
                                          "redevances restant à courir jusqu'au terme de la période en cours sont "
                                          "immédiatement exigibles."))),
    ("asymmetric_termination", True, fr(FR_SLA, ("Article 10 – Résiliation", "Le Client peut résilier le contrat à tout "
                                                 "moment, sans motif, moyennant un préavis d'un mois."))),
    ("asymmetric_termination", True, en(EN_SLA, ("4. Termination", "The Customer may terminate this Agreement at any "
                                                 "time without cause on thirty (30) days' notice."))),
]

# sub-processors engaged under the data clause with the client told afterwards, next to a subcontracting clause that
# requires consent for the services: free sub-processors, not free subcontracting
FR_SUBPROC = fr(("Article 5 – Données personnelles", "Le Prestataire agit en qualité de sous-traitant au sens du RGPD "
                 "pour les données personnelles hébergées.", "Le Prestataire peut faire appel à d'autres sous-traitants "
                 "pour héberger ses outils ; il en remet la liste au Client lors du comité qui suit leur arrivée."),
                ("Article 6 – Sous-traitance", "Le Prestataire ne peut sous-traiter tout ou partie de ses missions "
                 "qu'avec l'accord préalable et écrit du Client."))
EN_SUBPROC = en(("2. Data Protection", "The Supplier acts as processor of the personal data it hosts for the Customer.",
                 "The Supplier may appoint other sub-processors to host its ticketing tool and shall list them at the "
                 "next quarterly review after they start."),
                ("3. Subcontracting", "The Supplier shall not engage any subcontractors for the Services "
                 "without the Customer's prior written consent."))
EN_SUBPROC_OK = en(("2. Data Protection", "The Supplier acts as processor of the personal data it hosts for the Customer.",
                    "The Supplier shall inform the Customer thirty days in advance of any new sub-processor, and the "
                    "Customer may object to it on reasonable grounds."),
                   ("3. Subcontracting", "The Supplier shall not subcontract the Services without the Customer's prior "
                    "written consent."))
CASES += [
    ("free_subprocessors", True, FR_SUBPROC),
    ("free_subprocessors", True, EN_SUBPROC),
    ("free_subcontracting_assignment", False, FR_SUBPROC),
    ("free_subcontracting_assignment", False, EN_SUBPROC),
    ("free_subprocessors", False, EN_SUBPROC_OK),
]


@pytest.mark.parametrize("rule,fires,text", CASES, ids=[f"{r}-{'fires' if f else 'quiet'}-{i}"
                                                        for i, (r, f, _) in enumerate(CASES)])
def test_class(rule: str, fires: bool, text: str) -> None:
    report = review_text(text, role="client")
    got = {f.rule for f in report.flags} | {f.rule for f in review_text(text, role="msp").flags}
    assert (rule in got) == fires, f"{rule} {'missing' if fires else 'raised'}; flags: {sorted(got)}"


# topics of a clause read from words met in blind7: "personal information" (US wording), plural "délais
# d'intervention", a delivery-location or service-centre heading
TOPIC_CASES: list[tuple[str, bool, str, str]] = [
    ("data_protection", True, "2. Employee Records", "The Supplier shall handle the personal information of the Customer's "
                                                     "staff only to run the payroll service. It shall delete that personal "
                                                     "information when the service ends."),
    ("data_protection", True, "Article 7 – Conformité", "Chaque partie respecte la réglementation relative à la "
                                                        "protection des données. Le Prestataire désigne un référent pour "
                                                        "les questions de protection des données."),
    ("data_protection", False, "2. Records", "The Supplier shall keep information about the servers it manages up to "
                                             "date in the inventory. It shall send the inventory information monthly."),
    ("sla", True, "Article 7 – Délais", "Les délais d'intervention sont de deux heures pour un incident bloquant. Les "
                                        "délais de résolution sont de deux jours ouvrés."),
    ("sla", True, "Article 7 – Engagements", "Le Prestataire respecte les délais de rétablissement fixés en annexe ; les "
                                             "délais de prise en charge figurent au même tableau."),
    ("sla", False, "Article 7 – Paiement", "Les factures sont payables dans un délai de trente jours. Tout retard donne "
                                           "lieu à des intérêts."),
    ("service_delivery", True, "2. Delivery Locations", "The Supplier may run the monitoring from its centres in Porto "
                                                        "and Leeds."),
    ("service_delivery", True, "Article 7 – Lieux d'exécution", "Les prestations sont exécutées depuis les locaux du "
                                                                "Prestataire à Rennes."),
    ("service_delivery", False, "2. Delivery of Invoices", "Invoices are sent by email on the first day of the month."),
    # an end-of-contract heading over a body that hands nothing over is no exit clause
    ("reversibility", False, "Article 7 – Conséquences de la fin du contrat", "Quelle qu'en soit la cause, le "
                                                                            "Prestataire arrête ses travaux à la date "
                                                                            "d'effet. Les clauses de confidentialité "
                                                                            "restent en vigueur."),
    ("reversibility", False, "2. Effects of Termination", "Because of termination, the Supplier stops all work and "
                                                          "sections 5 and 6 survive."),
    ("reversibility", True, "Article 7 – Conséquences de la fin du contrat", "Le Prestataire restitue au Client les "
                                                                           "codes sources et la documentation à jour "
                                                                           "dans les quinze jours."),
    ("reversibility", True, "2. Effects of Termination", "The Supplier shall return all Customer records and hand over "
                                                         "the administrator credentials within ten days."),
]


@pytest.mark.parametrize("topic,expected,heading,sentence", TOPIC_CASES,
                         ids=[f"{t}-{'yes' if e else 'no'}-{i}" for i, (t, e, _, _) in enumerate(TOPIC_CASES)])
def test_topic_class(topic: str, expected: bool, heading: str, sentence: str) -> None:
    from assistant.legal.review.classify import label_clauses
    from assistant.legal.review.segmentation import segment
    text = (FR_PARTIES if heading.startswith("Article") else EN_PARTIES) + f"{heading}\n{sentence}\n"
    labelled = label_clauses(segment(text))
    clause = next(lab for lab in labelled if lab.clause.heading and lab.clause.heading.split()[-1] in heading)
    assert (topic in clause.topics) == expected, (clause.clause.heading, clause.topics)


# Art. 28(4) flow-down said of the sub-processors by a pronoun, the sub-processors named a sentence before
ART28_CASES: list[tuple[str, bool, str]] = [
    ("art28_4_flow_down", True, fr(("Article 5 – Données personnelles", "Le Prestataire agit comme sous-traitant du "
                                    "Client au sens du RGPD.", "Il peut recourir à des sous-traitants ultérieurs pour "
                                    "la sauvegarde.", "Il leur impose par contrat des obligations identiques à celles "
                                    "du présent article."))),
    ("art28_4_flow_down", True, en(("2. Data Protection", "The Supplier acts as processor for the Customer.",
                                    "The Supplier may engage sub-processors for storage.", "It shall bind them by "
                                    "written contract to the same data protection obligations as in this clause."))),
    ("art28_4_flow_down", False, fr(("Article 5 – Données personnelles", "Le Prestataire agit comme sous-traitant du "
                                     "Client au sens du RGPD.", "Il forme son personnel chaque année.", "Il leur impose "
                                     "les mêmes obligations de confidentialité que celles du présent article."))),
    ("art28_4_flow_down", False, en(("2. Data Protection", "The Supplier acts as processor for the Customer.",
                                     "The Supplier trains its staff every year.", "It gives them the same obligations "
                                     "as in this clause."))),
]


@pytest.mark.parametrize("element,present,text", ART28_CASES,
                         ids=[f"{e}-{'yes' if p else 'no'}-{i}" for i, (e, p, _) in enumerate(ART28_CASES)])
def test_art28_pronoun(element: str, present: bool, text: str) -> None:
    report = review_text(text)
    assert (element in report.gdpr_art28.present) == present, report.gdpr_art28.present
