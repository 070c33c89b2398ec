"""Paraphrase stress test of the risk flags, in our own sentences.

For each risk rule of the catalogue, several ways a drafter might write the risky clause (passive voice,
negation elsewhere in the sentence, the fact split over two sentences, figures in words, defined terms,
US/UK and French registers) must raise the flag, and near-miss sentences (mutual versions, sound
carve-outs, caps on credits only, "sans pénalité" inside a termination right, an audit sold as a
service, "violation" meaning a breach of contract…) must not. Every case runs the whole review
(segmentation, facts, rules) on a small document and asserts the rule's presence or absence.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.report import review_text

# -- small documents ---------------------------------------------------------------------------------------
FR_PARTIES = ("Entre la société Alpha Infogérance, 12 rue des Tanneurs, 69003 Lyon, ci-après « le Prestataire », et "
              "la société Beta Conseil, 3 place Royale, 44000 Nantes, ci-après « le Client ».\n")
EN_PARTIES = ("This Agreement is made between Orion Managed Services Ltd, 10 King Street, Leeds LS1 2HL, England "
              "(\"Provider\"), and Castor Retail plc, 5 Queen Street, Bristol BS1 4DJ, England (\"Customer\").\n")
FR_SERVICES = ("Article 1 – Objet\nLe Prestataire assure l'exploitation et la supervision des serveurs du Client et "
               "le support aux utilisateurs.\n"
               "Article 2 – Prix\nLa redevance mensuelle est de 4 000 euros hors taxes, payable à trente jours.\n"
               "Article 3 – Niveaux de service\nLes délais d'intervention sont de quatre heures ouvrées, mesurés à "
               "partir de l'horodatage du ticket.\n")
EN_SERVICES = ("1. Services\nProvider shall operate and monitor Customer's servers and provide user support.\n"
               "2. Fees\nCustomer shall pay a monthly fee of 4,000 pounds within thirty days of invoice.\n"
               "3. Service Levels\nResponse times are measured from the timestamp of the ticket in the service desk "
               "tool.\n")
FR_DATA = ("Article 2 – Données personnelles\nLe Prestataire traite des données à caractère personnel pour le compte du "
           "Client, responsable du traitement, au sens de l'article 28 du RGPD ; il héberge les données de ses "
           "salariés et de ses clients.\n")
EN_DATA = ("2. Personal Data\nProvider processes personal data on behalf of Customer, the controller, within the "
           "meaning of Article 28 of the GDPR, and hosts the records of Customer's employees and customers.\n")
FR_BACKUP = "Article 4 – Sauvegardes\nLe Prestataire réalise chaque nuit une sauvegarde complète des données du Client.\n"
EN_BACKUP = "4. Backups\nProvider performs a full backup of Customer Data every night.\n"


def fr(heading: str, *sentences: str, pre: str = "") -> str:
    return f"{pre}Article 9 – {heading}\n" + " ".join(sentences)


def en(heading: str, *sentences: str, pre: str = "") -> str:
    return f"{pre}9. {heading}\n" + " ".join(sentences)


# (rule, fires, document): `fires` is the verdict a careful reader gives the clause
CASES: list[tuple[str, bool, str]] = [
    # -- unilateral_price_change --------------------------------------------------------------------------
    ("unilateral_price_change", True, fr("Prix", "Les tarifs pourront être révisés par le Prestataire à tout moment, "
                                         "sur simple notification adressée au Client.")),
    ("unilateral_price_change", True, fr("Conditions financières", "La Redevance peut être modifiée unilatéralement par "
                                         "le Fournisseur moyennant un préavis de trente jours.")),
    ("unilateral_price_change", True, fr("Prix", "Le Prestataire se réserve la faculté de faire évoluer la Redevance "
                                         "chaque année selon sa propre grille tarifaire.")),
    ("unilateral_price_change", True, en("Fees", "Provider reserves the right to increase the Fees at any time upon "
                                         "thirty (30) days' notice.")),
    ("unilateral_price_change", True, en("Fees", "The Fees may be changed by Vendor from time to time in its sole "
                                         "discretion.")),
    ("unilateral_price_change", True, en("Charges", "Supplier may, at its discretion, revise the Charges on written "
                                         "notice to the Customer.")),
    ("unilateral_price_change", True, en("Pricing", "All Fees are subject to change by Provider upon notice to "
                                         "Customer.")),
    ("unilateral_price_change", True, en("Term", "Each renewal term is invoiced at Provider's then current list "
                                         "prices.")),
    ("unilateral_price_change", False, fr("Prix", "Les prix sont révisés chaque 1er janvier selon l'indice Syntec, dans "
                                          "la limite de 3 %.")),
    ("unilateral_price_change", False, fr("Prix", "Le Prestataire ne peut modifier ses tarifs qu'avec l'accord écrit du "
                                          "Client.")),
    ("unilateral_price_change", False, en("Fees", "Any change to the Fees requires a written amendment signed by both "
                                          "parties.")),
    ("unilateral_price_change", False, en("Fees", "Prices are fixed for the Initial Term and may not be increased by "
                                          "Provider during it.")),
    ("unilateral_price_change", False, en("Fees", "Customer may change the number of users at any time, and the Fees "
                                          "shall then be adjusted on the unit prices of Schedule 1.")),
    # -- tacit_renewal_long -------------------------------------------------------------------------------
    ("tacit_renewal_long", True, fr("Durée", "À l'issue de la période initiale, le Contrat est reconduit de plein droit "
                                    "pour des périodes successives de trois ans, sauf dénonciation six mois avant son "
                                    "terme.")),
    ("tacit_renewal_long", True, en("Term", "This Agreement shall automatically renew for successive three (3) year "
                                    "periods unless either party gives notice of non-renewal at least one hundred "
                                    "eighty (180) days prior to the end of the then-current term.")),
    ("tacit_renewal_long", True, fr("Durée", "Sauf dénonciation par l'une des parties adressée au moins six (6) mois "
                                    "avant l'échéance, le contrat se renouvelle par périodes annuelles.")),
    ("tacit_renewal_long", True, en("Term", "The initial term is twelve months.", "Unless either party gives notice of "
                                    "non-renewal at least nine months before its expiry, the term is renewed for "
                                    "another twelve months.")),
    ("tacit_renewal_long", True, en("Term", "Thereafter the Agreement is extended automatically by further periods of "
                                    "forty-eight months each, unless terminated by written notice.")),
    ("tacit_renewal_long", False, fr("Durée", "Le contrat est conclu pour une durée ferme de 36 mois.", "Il n'est pas "
                                     "reconduit tacitement.")),
    ("tacit_renewal_long", False, en("Term", "This Agreement renews automatically for successive one-year terms unless "
                                     "either party gives sixty days' notice.")),
    ("tacit_renewal_long", False, en("Term", "This Agreement shall not renew automatically; any renewal for a further "
                                     "three years requires a written amendment.")),
    # -- early_termination_all_fees -----------------------------------------------------------------------
    ("early_termination_all_fees", True, fr("Résiliation", "En cas de résiliation anticipée à l'initiative du Client, "
                                            "quelle qu'en soit la cause, celui-ci reste redevable de l'intégralité des "
                                            "redevances jusqu'au terme de la période en cours.")),
    ("early_termination_all_fees", True, en("Termination", "If Customer terminates before the end of the Initial Term, "
                                            "all Fees for the remainder of the Initial Term shall become immediately "
                                            "due and payable.")),
    ("early_termination_all_fees", True, en("Termination", "Upon any early termination, Customer shall pay Provider an "
                                            "amount equal to the monthly fee multiplied by the number of months "
                                            "remaining in the term.")),
    ("early_termination_all_fees", True, fr("Résiliation", "Toute résiliation avant l'échéance rend exigibles les "
                                            "mensualités restant à courir jusqu'à la fin de la durée minimale.")),
    ("early_termination_all_fees", True, fr("Résiliation", "Le Client versera alors une indemnité égale au montant des "
                                            "redevances qui auraient été facturées jusqu'au terme du contrat.")),
    ("early_termination_all_fees", True, en("Termination", "Customer will remain liable for the Charges that would "
                                            "have been payable for the rest of the Minimum Term.")),
    ("early_termination_all_fees", False, fr("Résiliation", "En cas de résiliation anticipée, le Client paie les "
                                             "redevances dues jusqu'à la date d'effet de la résiliation.")),
    ("early_termination_all_fees", False, en("Termination", "Upon termination, Customer shall pay all fees accrued up "
                                             "to the effective date of termination.")),
    ("early_termination_all_fees", False, fr("Résiliation", "En cas de résiliation anticipée, le Client versera une "
                                             "indemnité égale à 25 % des redevances restant à courir jusqu'au terme.")),
    ("early_termination_all_fees", False, en("Termination", "If Customer terminates for Provider's breach, no fees for "
                                             "the remainder of the term shall be due.")),
    # -- asymmetric_termination ----------------------------------------------------------------------------
    ("asymmetric_termination", True, fr("Résiliation", "Le Prestataire pourra mettre fin au Contrat à tout moment, sans "
                                        "avoir à justifier d'un motif, moyennant un préavis de 30 jours.")),
    ("asymmetric_termination", True, en("Termination", "Vendor may terminate this Agreement for any reason or no "
                                        "reason upon thirty days' written notice.")),
    ("asymmetric_termination", True, en("Termination", "This Agreement may be terminated by Provider for convenience "
                                        "on sixty (60) days' notice.")),
    ("asymmetric_termination", True, fr("Résiliation", "Le contrat peut être résilié par le Prestataire à tout moment "
                                        "et sans motif.")),
    ("asymmetric_termination", True, fr("Résiliation", "Le Prestataire se réserve le droit de résilier le présent "
                                        "contrat sans motif, à tout moment, par lettre recommandée.")),
    ("asymmetric_termination", False, fr("Résiliation", "Chacune des parties peut résilier le contrat à tout moment "
                                         "moyennant un préavis de trois mois.")),
    ("asymmetric_termination", False, en("Termination", "Either Party may terminate this Agreement for convenience "
                                         "upon ninety (90) days' notice.")),
    ("asymmetric_termination", False, en("Termination", "Provider may terminate this Agreement at any time if Customer "
                                         "fails to pay an undisputed invoice within thirty days of a reminder.")),
    ("asymmetric_termination", False, fr("Résiliation", "Le Prestataire et le Client peuvent, l'un comme l'autre, "
                                         "résilier le contrat à tout moment sous préavis de trois mois.")),
    ("asymmetric_termination", False, en("Termination", "Provider may terminate this Agreement for convenience on "
                                         "ninety days' notice.", "Customer shall have the same right on the same "
                                         "notice.")),
    ("asymmetric_termination", False, fr("Résiliation", "Le Client peut résilier le contrat sans pénalité si le "
                                         "Prestataire manque aux niveaux de service trois mois consécutifs.")),
    # -- derisory_liability_cap ----------------------------------------------------------------------------
    ("derisory_liability_cap", True, fr("Responsabilité", "En tout état de cause, le montant total des dommages et "
                                        "intérêts mis à la charge du Prestataire ne pourra excéder le montant hors "
                                        "taxes de la dernière facture mensuelle.")),
    ("derisory_liability_cap", True, en("Liability", "Provider's aggregate liability under this Agreement shall in no "
                                        "event exceed the fees paid by Customer in the one (1) month preceding the "
                                        "event giving rise to the claim.")),
    ("derisory_liability_cap", True, fr("Responsabilité", "La responsabilité du Prestataire, toutes causes confondues, "
                                        "est limitée à la somme de cinq mille euros (5 000 €).")),
    ("derisory_liability_cap", True, en("Liability", "Supplier's total liability shall be limited to one thousand "
                                        "dollars ($1,000).")),
    ("derisory_liability_cap", True, fr("Responsabilité", "La responsabilité du Prestataire est limitée comme suit.",
                                        "Le montant de l'indemnisation ne pourra dépasser une mensualité de la "
                                        "Redevance.")),
    ("derisory_liability_cap", True, en("Liability", "Liability of Vendor is capped at three (3) months of Fees.")),
    ("derisory_liability_cap", True, en("Limitation of Liability", "In no event will Company be liable for more than "
                                        "the amount paid for the affected Service during the month in which the "
                                        "claim arose.")),
    ("derisory_liability_cap", False, fr("Responsabilité", "La responsabilité du Prestataire est plafonnée au montant "
                                         "des sommes payées par le Client au cours des douze (12) mois précédant le "
                                         "fait générateur.")),
    ("derisory_liability_cap", False, en("Liability", "Provider's aggregate liability shall not exceed the total Fees "
                                         "paid in the twelve months preceding the claim.")),
    ("derisory_liability_cap", False, en("Service Credits", "Service credits shall not exceed one month of fees in "
                                         "aggregate.")),
    ("derisory_liability_cap", False, en("Liability", "Supplier's liability shall not exceed two times the annual "
                                         "Fees.")),
    # -- data_loss_exclusion_with_backup --------------------------------------------------------------------
    ("data_loss_exclusion_with_backup", True, fr("Responsabilité", "Le Prestataire ne saurait être tenu responsable de "
                                                 "la perte ou de l'altération des données du Client, quelle qu'en soit "
                                                 "la cause.", pre=FR_BACKUP)),
    ("data_loss_exclusion_with_backup", True, en("Liability", "Provider shall have no liability whatsoever for any "
                                                 "loss or corruption of Customer Data.", pre=EN_BACKUP)),
    ("data_loss_exclusion_with_backup", True, en("Liability", "Any loss of data is excluded from Vendor's liability.",
                                                 pre=EN_BACKUP)),
    ("data_loss_exclusion_with_backup", True, fr("Responsabilité", "Sont exclus de la responsabilité du Prestataire "
                                                 "les dommages résultant de la perte de fichiers.", pre=FR_BACKUP)),
    ("data_loss_exclusion_with_backup", False, fr("Responsabilité", "Le Prestataire n'est pas responsable des pertes de "
                                                  "données résultant d'une manipulation du Client.", pre=FR_BACKUP)),
    ("data_loss_exclusion_with_backup", False, en("Liability", "Provider is not liable for loss of data that Customer "
                                                  "chose not to include in the backup plan.", pre=EN_BACKUP)),
    ("data_loss_exclusion_with_backup", False, en("Liability", "Provider shall be liable for any loss of Customer Data "
                                                  "caused by a failure of the backups.", pre=EN_BACKUP)),
    ("data_loss_exclusion_with_backup", False, en("Liability", "The Contractor shall not be liable for loss of data "
                                                  "stored on the equipment it repairs.", "The Customer shall back up "
                                                  "its own data before each intervention.")),
    # -- security_result_obligation ------------------------------------------------------------------------
    ("security_result_obligation", True, fr("Sécurité", "Le Prestataire garantit que le système d'information du Client "
                                            "ne fera l'objet d'aucune intrusion.")),
    ("security_result_obligation", True, en("Security", "Provider warrants that the Services will be free from any "
                                            "security breach or unauthorised access.")),
    ("security_result_obligation", True, en("Security", "Supplier guarantees that no virus or malware will affect the "
                                            "Customer's systems.")),
    ("security_result_obligation", True, fr("Sécurité", "Le Prestataire s'engage à protéger le Client contre toute "
                                            "cyberattaque.")),
    ("security_result_obligation", False, fr("Sécurité", "Le Prestataire ne garantit pas l'absence totale d'intrusion, "
                                             "aucun système n'étant invulnérable.")),
    ("security_result_obligation", False, en("Security", "Provider shall use industry-standard measures to protect "
                                             "against unauthorised access.")),
    ("security_result_obligation", False, en("Warranties", "Supplier does not warrant that the Services will be free of "
                                             "viruses or uninterrupted.")),
    ("security_result_obligation", False, fr("Sécurité", "Le Prestataire met en œuvre des moyens raisonnables pour "
                                             "prévenir les intrusions.")),
    # -- uncapped_penalties ----------------------------------------------------------------------------------
    ("uncapped_penalties", True, fr("Pénalités", "Tout dépassement du délai d'intervention donne lieu à une pénalité "
                                    "de 2 % de la redevance mensuelle par heure de retard.")),
    ("uncapped_penalties", True, en("Service Credits", "For each hour of unavailability below the target, Supplier "
                                    "shall credit Customer five per cent of the monthly fee, without limitation.")),
    ("uncapped_penalties", True, en("Service Credits", "Service credits are not subject to any cap.")),
    ("uncapped_penalties", False, fr("Résiliation", "Le Client peut résilier le Contrat sans pénalité si le Prestataire "
                                     "manque à ses obligations.")),
    ("uncapped_penalties", False, en("Termination", "Either party may terminate without penalty upon thirty days' "
                                     "notice.")),
    ("uncapped_penalties", False, en("Service Credits", "Service credits are capped at fifteen per cent of the monthly "
                                     "fee.")),
    ("uncapped_penalties", False, fr("Pénalités", "Le montant cumulé des pénalités ne peut excéder dix pour cent "
                                     "(10 %) du montant mensuel.")),
    ("uncapped_penalties", False, en("Payment", "Late payment penalties accrue at three times the legal interest "
                                     "rate.")),
    ("uncapped_penalties", False, en("Service Credits", "Credits: 5% of the monthly fee per hour of downtime.", "The "
                                     "total of credits in any month shall not exceed 25% of that month's fee.")),
    ("uncapped_penalties", False, fr("Pénalités", "La totalité des pénalités dues au titre d'un mois ne saurait "
                                     "dépasser 20 % de la redevance de ce mois.")),
    # -- uncapped_liability ----------------------------------------------------------------------------------
    ("uncapped_liability", True, fr("Responsabilité", "La responsabilité du Prestataire n'est pas plafonnée.",
                                    pre=FR_SERVICES)),
    ("uncapped_liability", True, en("Liability", "Provider's liability under this Agreement shall not be limited in "
                                    "amount.", pre=EN_SERVICES)),
    ("uncapped_liability", True, fr("Divers", "Les parties conviennent que le Client pourra être indemnisé de "
                                    "l'intégralité de ses préjudices.", pre=FR_SERVICES)),
    ("uncapped_liability", False, en("Liability", "The maximum aggregate amount Provider may be required to pay under "
                                     "this Agreement is the total of the Fees paid in the previous twelve months.",
                                     pre=EN_SERVICES)),
    ("uncapped_liability", False, fr("Responsabilité", "La responsabilité du Prestataire ne pourra être engagée "
                                     "au-delà du montant des sommes perçues au titre de l'année en cours.",
                                     pre=FR_SERVICES)),
    ("uncapped_liability", False, fr("Responsabilité", "Le Prestataire répond des dommages directs dans la limite de "
                                     "deux fois le montant annuel du contrat.", pre=FR_SERVICES)),
    ("uncapped_liability", False, en("Liability", "Each party's liability for death or personal injury caused by its "
                                     "negligence is unlimited.", "In all other cases Provider's total liability is "
                                     "limited to the Fees paid in the previous twelve months.", pre=EN_SERVICES)),
    # -- penalties_sole_remedy -----------------------------------------------------------------------------
    ("penalties_sole_remedy", True, fr("Pénalités", "Le versement des pénalités constitue l'unique compensation à "
                                       "laquelle le Client peut prétendre en cas de non-respect des niveaux de "
                                       "service.")),
    ("penalties_sole_remedy", True, en("Service Credits", "The service credits set out above represent Customer's sole "
                                       "and exclusive remedy for any failure to meet the Service Levels.")),
    ("penalties_sole_remedy", True, en("Service Levels", "Customer's exclusive remedy for any breach of the SLA shall "
                                       "be the receipt of Service Credits.")),
    ("penalties_sole_remedy", True, fr("Pénalités", "Le paiement des pénalités libère le Prestataire de toute autre "
                                       "responsabilité au titre du non-respect des niveaux de service.")),
    ("penalties_sole_remedy", False, fr("Pénalités", "Les pénalités ne sont pas libératoires et le Client conserve le "
                                        "droit de demander réparation de son entier préjudice.")),
    ("penalties_sole_remedy", False, en("Service Credits", "Service credits are without prejudice to any other rights "
                                        "or remedies of the Customer.")),
    ("penalties_sole_remedy", False, en("Service Credits", "Service credits shall not be Customer's sole remedy for a "
                                        "missed service level.")),
    ("penalties_sole_remedy", False, en("Warranty", "Customer's exclusive remedy for a breach of the warranty in this "
                                        "Section is the re-performance of the Services.")),
    # -- no_reversibility ----------------------------------------------------------------------------------
    ("no_reversibility", True, fr("Fin du contrat", "Le Prestataire n'assurera aucune prestation de réversibilité.",
                                  pre=FR_SERVICES)),
    ("no_reversibility", True, en("Termination", "No transition assistance will be provided upon termination.",
                                  pre=EN_SERVICES)),
    ("no_reversibility", True, fr("Fin du contrat", "À la fin du contrat, l'ensemble des données du Client, y compris "
                                  "les sauvegardes, sont définitivement supprimées.", pre=FR_SERVICES)),
    ("no_reversibility", True, en("Effect of Termination", "Upon expiry, all Customer Data will be permanently deleted "
                                  "by Provider within ten days.", pre=EN_SERVICES)),
    ("no_reversibility", True, fr("Fin du contrat", "Les Services n'incluent ni la restitution des données ni "
                                  "l'assistance à la migration.", pre=FR_SERVICES)),
    ("no_reversibility", False, fr("Fin du contrat", "À la fin du contrat, le Prestataire restitue au Client "
                                   "l'intégralité de ses données dans un format standard, puis les supprime.",
                                   pre=FR_SERVICES)),
    ("no_reversibility", False, en("Effect of Termination", "Upon termination, Customer may export all Customer Data "
                                   "for thirty (30) days, after which Provider will delete it.", pre=EN_SERVICES)),
    ("no_reversibility", False, fr("Résiliation", "La résiliation n'affecte pas l'obligation de réversibilité prévue "
                                   "à l'article 14.", pre=FR_SERVICES)),
    # -- free_subprocessors --------------------------------------------------------------------------------
    ("free_subprocessors", True, fr("Sous-traitance", "Le Prestataire peut faire appel à tout sous-traitant ultérieur "
                                    "de son choix sans autorisation préalable du Client.", pre=FR_DATA)),
    ("free_subprocessors", True, en("Sub-processing", "Processor may engage Sub-processors without Controller's prior "
                                    "authorisation.", pre=EN_DATA)),
    ("free_subprocessors", True, en("Sub-processing", "Vendor may appoint third-party subprocessors at its sole "
                                    "discretion.", pre=EN_DATA)),
    ("free_subprocessors", True, en("Sub-processing", "Sub-processors may be engaged by Provider without notice to "
                                    "Customer.", pre=EN_DATA)),
    ("free_subprocessors", False, fr("Sous-traitance", "Le Prestataire ne peut recourir à un sous-traitant ultérieur "
                                     "sans l'autorisation écrite préalable du Client.", pre=FR_DATA)),
    ("free_subprocessors", False, en("Sub-processing", "Processor shall inform Controller of any intended addition of "
                                     "sub-processors, giving Controller the opportunity to object.", pre=EN_DATA)),
    ("free_subprocessors", False, en("Sub-processing", "Customer grants a general authorisation for the sub-processors "
                                     "listed in Annex 3; Provider will give thirty days' notice of any change and "
                                     "Customer may object to it.", pre=EN_DATA)),
    # -- free_subcontracting_assignment -------------------------------------------------------------------
    ("free_subcontracting_assignment", True, fr("Cession", "Le Prestataire pourra librement céder le Contrat à toute "
                                                "société de son groupe.")),
    ("free_subcontracting_assignment", True, fr("Cession", "Le Contrat peut être cédé par le Prestataire sans l'accord "
                                                "du Client.")),
    ("free_subcontracting_assignment", True, en("Assignment", "Company may transfer and assign this Agreement without "
                                                "consent.")),
    ("free_subcontracting_assignment", True, en("Assignment", "Provider may assign its rights and obligations under "
                                                "this Agreement to any third party upon notice to Customer.")),
    ("free_subcontracting_assignment", True, en("Subcontracting", "Supplier may subcontract any part of the Services "
                                                "without Customer's approval.")),
    ("free_subcontracting_assignment", True, fr("Sous-traitance", "Le Prestataire est autorisé à sous-traiter tout ou "
                                                "partie des prestations.")),
    ("free_subcontracting_assignment", False, fr("Cession", "Aucune des parties ne peut céder le contrat sans l'accord "
                                                 "préalable écrit de l'autre.")),
    ("free_subcontracting_assignment", False, en("Assignment", "Neither party may assign this Agreement without the "
                                                 "prior written consent of the other party, which shall not be "
                                                 "unreasonably withheld.")),
    ("free_subcontracting_assignment", False, en("Subcontracting", "Provider may not subcontract the Services without "
                                                 "Customer's prior written consent.")),
    ("free_subcontracting_assignment", False, en("Assignment", "Either party may assign this Agreement without consent "
                                                 "to a successor in a merger.")),
    ("free_subcontracting_assignment", False, fr("Sous-traitance", "Le recours par le Prestataire à des sous-traitants "
                                                 "est soumis à l'accord écrit du Client.")),
    # -- non_solicitation_heavy -----------------------------------------------------------------------------
    ("non_solicitation_heavy", True, fr("Non-sollicitation", "Le Client s'interdit de solliciter ou d'embaucher tout "
                                        "collaborateur du Prestataire pendant la durée du contrat et trois ans après sa "
                                        "fin.")),
    ("non_solicitation_heavy", True, en("Non-solicitation", "For a period of twenty-four (24) months following "
                                        "termination, Customer shall not solicit or hire any employee of Provider.")),
    ("non_solicitation_heavy", True, fr("Non-sollicitation", "Le Client s'interdit de débaucher les salariés du "
                                        "Prestataire.", "En cas de manquement, il versera une indemnité égale à douze "
                                        "mois du dernier salaire brut du salarié concerné.")),
    ("non_solicitation_heavy", True, en("Non-solicitation", "Customer shall not hire any of Provider's staff during "
                                        "the term.", "Should it do so, Customer shall pay Provider a fee equal to two "
                                        "times the employee's annual salary.")),
    ("non_solicitation_heavy", False, fr("Non-sollicitation", "Chaque partie s'interdit de solliciter les salariés de "
                                         "l'autre ayant participé au contrat pendant douze mois après sa fin.")),
    ("non_solicitation_heavy", False, en("Non-solicitation", "Nothing prevents either party from hiring a person who "
                                         "responds to a general job advertisement.")),
    # -- one_sided_jurisdiction ----------------------------------------------------------------------------
    ("one_sided_jurisdiction", True, fr("Litiges", "Tout litige sera soumis aux tribunaux de Lyon.", pre=FR_PARTIES)),
    ("one_sided_jurisdiction", True, en("Disputes", "Any dispute shall be brought exclusively before the courts of "
                                        "Provider's registered office.", pre=EN_PARTIES)),
    ("one_sided_jurisdiction", True, fr("Litiges", "Le Prestataire pourra, à son choix, saisir le tribunal du siège du "
                                        "Client ou celui de son propre siège.", pre=FR_PARTIES)),
    ("one_sided_jurisdiction", True, en("Disputes", "The courts of Leeds shall have exclusive jurisdiction over any "
                                        "dispute.", pre=EN_PARTIES)),
    ("one_sided_jurisdiction", False, fr("Litiges", "Compétence est attribuée au tribunal du domicile du défendeur.",
                                         pre=FR_PARTIES)),
    ("one_sided_jurisdiction", False, fr("Litiges", "Tout litige sera soumis au tribunal de commerce de Paris.",
                                         pre=FR_PARTIES)),
    ("one_sided_jurisdiction", False, en("Disputes", "The courts of London shall have exclusive jurisdiction.",
                                         pre=EN_PARTIES)),
    # -- no_sla_measurement ---------------------------------------------------------------------------------
    ("no_sla_measurement", True, fr("Niveaux de service", "Le Prestataire s'engage à une disponibilité de 99,5 % et à "
                                    "intervenir sous quatre heures.")),
    ("no_sla_measurement", True, en("Service Levels", "Provider shall ensure 99.9% availability of the platform and "
                                    "respond to critical incidents within one hour.")),
    ("no_sla_measurement", False, fr("Niveaux de service", "Le Prestataire s'engage à une disponibilité de 99,5 %.",
                                     "La disponibilité est calculée chaque mois à partir des relevés de l'outil de "
                                     "supervision, accessibles au Client.")),
    ("no_sla_measurement", False, en("Service Levels", "Provider shall ensure 99.9% availability.", "Uptime is "
                                     "computed each calendar month as the ratio of minutes available to total minutes, "
                                     "as recorded by the third-party monitoring service.")),
    ("no_sla_measurement", False, fr("Niveaux de service", "Le Prestataire intervient sous quatre heures.", "Les délais "
                                     "courent à compter de l'heure d'enregistrement de la demande dans l'outil de "
                                     "gestion des demandes.")),
    # -- sla_measured_by_provider ---------------------------------------------------------------------------
    ("sla_measured_by_provider", True, en("Service Levels", "Availability shall be determined by Provider based on its "
                                          "internal monitoring systems.")),
    ("sla_measured_by_provider", True, fr("Niveaux de service", "Le taux de disponibilité est établi par le Prestataire "
                                          "sur la base de ses propres outils, dont les relevés font foi.")),
    ("sla_measured_by_provider", True, en("Service Levels", "Provider's records shall be conclusive as to whether a "
                                          "service level was met.")),
    ("sla_measured_by_provider", False, en("Service Levels", "Availability is measured by an independent monitoring "
                                           "tool to which Customer has access.")),
    ("sla_measured_by_provider", False, en("Governing Law", "Any question as to the applicable law shall be determined "
                                           "solely by the arbitrator.")),
    # -- force_majeure_broad ---------------------------------------------------------------------------------
    ("force_majeure_broad", True, fr("Force majeure", "Sont considérés comme cas de force majeure les grèves du "
                                     "personnel du Prestataire, les pannes de réseau et les attaques informatiques.")),
    ("force_majeure_broad", True, en("Force Majeure", "Force Majeure includes strikes or labour disputes involving "
                                     "Supplier's own workforce, and any cyber-attack.")),
    ("force_majeure_broad", True, en("Force Majeure", "Events of force majeure shall include any increase in the cost "
                                     "of performance.")),
    ("force_majeure_broad", False, en("Force Majeure", "Force majeure does not include strikes of a party's own staff "
                                      "or failures of its subcontractors.")),
    ("force_majeure_broad", False, fr("Force majeure", "Est un cas de force majeure tout événement échappant au contrôle "
                                      "du débiteur, qui ne pouvait être raisonnablement prévu lors de la conclusion du "
                                      "contrat (article 1218 du Code civil).")),
    # -- breach_notification_late ----------------------------------------------------------------------------
    ("breach_notification_late", True, fr("Violations de données", "Le Sous-traitant notifie au Responsable du "
                                          "traitement toute violation de données à caractère personnel dans un délai "
                                          "de cinq (5) jours ouvrés.", pre=FR_DATA)),
    ("breach_notification_late", True, en("Personal Data Breach", "Processor shall notify Controller of a Personal Data "
                                          "Breach within seventy-two (72) hours of becoming aware of it.",
                                          pre=EN_DATA)),
    ("breach_notification_late", True, en("Security Incidents", "Vendor will report any security incident affecting "
                                          "Customer Data no later than one week after its discovery.", pre=EN_DATA)),
    ("breach_notification_late", False, en("Personal Data Breach", "Processor shall notify Controller without undue "
                                           "delay and in any event within 24 hours after becoming aware of a Personal "
                                           "Data Breach.", pre=EN_DATA)),
    ("breach_notification_late", False, fr("Résiliation", "En cas de violation du contrat, la partie défaillante "
                                           "dispose de trente jours pour y remédier.", pre=FR_DATA)),
    ("breach_notification_late", False, en("Termination", "If either party is in material breach of this Agreement and "
                                           "fails to cure such breach within thirty (30) days of notice, the other "
                                           "party may terminate.", pre=EN_DATA)),
    # -- audit_restricted ------------------------------------------------------------------------------------
    ("audit_restricted", True, fr("Audit", "Les audits sont limités à la communication par le Prestataire de ses "
                                  "certifications et rapports d'audit existants.", pre=FR_DATA)),
    ("audit_restricted", True, en("Audit", "Customer's audit rights are limited to reviewing Provider's most recent "
                                  "SOC 2 report; no on-site inspection will be permitted.", pre=EN_DATA)),
    ("audit_restricted", True, fr("Audit", "Aucun audit sur site n'est autorisé.", pre=FR_DATA)),
    ("audit_restricted", False, fr("Audit", "Le Client peut réaliser, à ses frais, un audit sur site une fois par an "
                                   "moyennant un préavis de trente jours.", pre=FR_DATA)),
    ("audit_restricted", False, en("Optional Services", "Provider offers a technical audit of Customer's "
                                   "infrastructure as an optional service at the rates in Schedule 2.", pre=EN_DATA)),
    ("audit_restricted", False, en("Security", "Provider maintains an audit trail of administrator access.",
                                   pre=EN_DATA)),
    ("audit_restricted", False, en("Audit", "Provider will first provide its third-party audit reports; if these are "
                                   "not sufficient, Customer may conduct an on-site audit on thirty days' notice.",
                                   pre=EN_DATA)),
    # -- gross_negligence_exclusion ------------------------------------------------------------------------
    ("gross_negligence_exclusion", True, fr("Responsabilité", "Les limitations de responsabilité prévues au présent "
                                            "article s'appliquent y compris en cas de faute lourde.")),
    ("gross_negligence_exclusion", True, en("Liability", "These limitations of liability apply regardless of the form "
                                            "of action and even in the event of gross negligence.")),
    ("gross_negligence_exclusion", True, en("Liability", "The exclusions of liability above apply whether or not the "
                                            "loss results from Provider's gross negligence.")),
    ("gross_negligence_exclusion", False, fr("Responsabilité", "Ces limitations de responsabilité ne s'appliquent pas "
                                             "en cas de faute lourde ou dolosive, ni aux dommages corporels.")),
    ("gross_negligence_exclusion", False, en("Liability", "Nothing in this Agreement limits or excludes liability for "
                                             "fraud, gross negligence or wilful misconduct.")),
    ("gross_negligence_exclusion", False, en("Liability", "Save in the case of gross negligence or wilful misconduct, "
                                             "Supplier's liability is capped at the fees paid in the preceding twelve "
                                             "months.")),
    ("gross_negligence_exclusion", False, fr("Responsabilité", "À l'exclusion de la faute lourde ou dolosive, la "
                                             "responsabilité du Prestataire est plafonnée au montant annuel du "
                                             "contrat.")),
    # -- suspension_without_notice -----------------------------------------------------------------------------
    ("suspension_without_notice", True, fr("Paiement", "En cas de défaut de paiement à son échéance, le Prestataire "
                                           "pourra suspendre immédiatement l'accès aux Services.")),
    ("suspension_without_notice", True, en("Payment", "Provider may suspend the Services without notice if any amount "
                                           "is overdue.")),
    ("suspension_without_notice", True, fr("Paiement", "Tout retard de paiement autorise le Prestataire à interrompre "
                                           "les Services de plein droit.")),
    ("suspension_without_notice", True, en("Termination", "Provider may terminate this Agreement immediately upon "
                                           "Customer's failure to pay any amount when due.")),
    ("suspension_without_notice", False, fr("Paiement", "En cas de retard de paiement, le Prestataire pourra suspendre "
                                            "les Services quinze jours après une mise en demeure restée sans effet.")),
    ("suspension_without_notice", False, en("Payment", "Provider may suspend the Services for non-payment upon ten "
                                            "(10) days' prior written notice.")),
    ("suspension_without_notice", False, en("Security", "Provider may suspend the Services immediately in the event of "
                                            "a security threat to its infrastructure.")),
    ("suspension_without_notice", False, fr("Paiement", "Le Prestataire ne peut suspendre les Services en cas de retard "
                                            "de paiement sans mise en demeure préalable de quinze jours.")),
]

# Classes seen on the fifth blind pair, in our own sentences: a global cap that counts penalties and damages together (and
# a liability article that points to it), the renewal price replaced by the provider's published scale, the provider's
# own records as the only admissible proof, a general authorisation with no way to object (even beside a breach notice
# in the same annex), an exit fee as a percentage of the remaining charges, a warranty that attackers will be kept out,
# a credit cap whose noun is followed by a phrase, penalties said (by pronoun) to have no limit, and a convenience exit
# given to the client alone but paid for.
CASES += [
    ("derisory_liability_cap", True, fr("Conditions financières", "Le total des pénalités et des dommages-intérêts que le "
                                        "Prestataire pourrait devoir au Client, pour quelque cause que ce soit, ne pourra "
                                        "dépasser chaque année un mois de redevance.")),
    ("derisory_liability_cap", True, en("Fees", "The aggregate of all service credits, damages and other amounts payable "
                                        "by Supplier under this Agreement shall not exceed, in any contract year, an "
                                        "amount equal to one month's fees.")),
    ("derisory_liability_cap", True, "Article 5 – Prix\n5.1 La redevance mensuelle est payable à trente jours.\n5.2 Le "
                                     "montant cumulé des pénalités et indemnités de toute nature dues par le Prestataire "
                                     "est limité, par année, à une redevance mensuelle.\nArticle 9 – Responsabilité\nLa "
                                     "responsabilité du Prestataire est limitée dans les conditions de l'article 5.2."),
    ("uncapped_liability", False, fr("Responsabilité", "La responsabilité du Prestataire est limitée dans les conditions "
                                     "prévues à l'article 5.2.", pre=FR_SERVICES)),
    ("unilateral_price_change", True, fr("Prix", "À chaque renouvellement, les prix de l'annexe financière sont remplacés "
                                         "par ceux du barème du Prestataire alors applicable, publié sur son site.")),
    ("unilateral_price_change", True, en("Fees", "Upon each renewal, the Fees shall be replaced by the rates of "
                                         "Supplier's standard rate card then in force, as posted on its website.")),
    ("unilateral_price_change", False, en("Fees", "Upon renewal, the Fees are adjusted by the change in the Syntec index, "
                                          "capped at three per cent.")),
    ("sla_measured_by_provider", True, fr("Suivi", "Seuls les journaux de l'outil de supervision du Prestataire font "
                                          "preuve de la disponibilité, à l'exclusion de tout autre moyen.")),
    ("sla_measured_by_provider", True, en("Reporting", "The time stamps recorded in Supplier's ticketing system shall be "
                                          "the sole admissible evidence of response times.")),
    ("sla_measured_by_provider", False, en("Reporting", "Response times are computed from the time stamps of the shared "
                                           "ticketing tool, which Customer may consult and dispute within ten days.")),
    ("tacit_renewal_long", True, fr("Durée", "Au terme de cette première période, le contrat est reconduit tacitement par "
                                    "périodes successives de quarante-huit (48) mois, sauf dénonciation notifiée par "
                                    "lettre recommandée au moins quatre (4) mois avant l'échéance en cours.")),
    ("free_subprocessors", True, fr("Sous-traitance ultérieure", "Le Client donne au Prestataire une autorisation générale "
                                    "de recourir aux sous-traitants ultérieurs qu'il choisit.", "La liste à jour figure "
                                    "sur le portail du Prestataire et toute mise à jour y vaut information du Client.",
                                    pre=FR_DATA)),
    ("free_subprocessors", True, en("Data Processing Terms", "Customer generally authorises Provider to engage the "
                                    "sub-processors of its choice.", "Provider keeps the current list on its website, and "
                                    "any update posted there is deemed notified to Customer.", "Provider shall notify "
                                    "Customer of any personal data breach and of any change to its security measures "
                                    "within 24 hours.", pre=EN_DATA)),
    ("security_result_obligation", True, en("Security Warranty", "Supplier represents and warrants to the Customer that "
                                            "the intrusion detection and response services described in Schedule 4 will "
                                            "keep the Customer's systems free from unauthorised intrusion.")),
    ("personal_data_without_dpa", False, en("Data", "Customer represents that Customer Data does not include personal "
                                            "data of individuals in the European Union; should this change, the parties "
                                            "shall first sign a data processing agreement under Article 28 of the GDPR.",
                                            pre=EN_SERVICES)),
    ("personal_data_without_dpa", False, fr("Données", "Le Client déclare que les fichiers confiés au Prestataire ne "
                                            "comportent aucune donnée à caractère personnelle au sens du RGPD.",
                                            pre=FR_SERVICES)),
    ("personal_data_without_dpa", True, en("Data", "Provider hosts Customer's customer database and processes the "
                                           "personal data in it on Customer's behalf.", pre=EN_SERVICES)),
    ("free_subprocessors", True, fr("Sous-traitance ultérieure", "Le Client autorise le Prestataire à recourir aux "
                                    "sous-traitants ultérieurs de son choix.", "Leur liste figure sur le portail ; toute "
                                    "mise à jour est opposable au Client dès sa publication.", pre=FR_DATA)),
    ("free_subprocessors", False, fr("Sous-traitance ultérieure", "Le Client autorise le Prestataire à recourir à des "
                                     "sous-traitants ultérieurs.", "Tout ajout est annoncé au Client un mois à l'avance.",
                                     "Le Client peut s'y opposer pour un motif légitime pendant ce délai.", pre=FR_DATA)),
    ("free_subprocessors", False, en("Sub-processing", "Customer generally authorises Provider to engage sub-processors.",
                                     "Provider shall notify Customer of any new sub-processor thirty days in advance, and "
                                     "Customer may object on reasonable grounds.", pre=EN_DATA)),
    ("early_termination_all_fees", True, en("Termination", "If Customer ends an Order early, it shall pay an exit fee equal "
                                            "to 100% of the recurring charges that would otherwise have been invoiced "
                                            "until the end of the Order term.")),
    ("early_termination_all_fees", True, fr("Résiliation", "En cas de sortie anticipée, le Client règle une indemnité "
                                            "égale à cent pour cent (100 %) des mensualités qui auraient été dues jusqu'à "
                                            "l'échéance.")),
    ("early_termination_all_fees", False, en("Termination", "If Customer ends an Order early, it shall pay an exit fee "
                                             "equal to 30% of the recurring charges that would otherwise have been "
                                             "invoiced until the end of the Order term.")),
    ("security_result_obligation", True, en("Security Warranty", "Supplier warrants that its managed firewall service "
                                            "will keep Customer's network free from hacking and unauthorised access for "
                                            "the whole term.")),
    ("security_result_obligation", True, fr("Sécurité", "Le Prestataire garantit que le réseau du Client restera à l'abri "
                                            "de toute intrusion pendant la durée du contrat.")),
    ("security_result_obligation", False, en("Warranties", "Supplier warrants that the software it delivers will be free "
                                             "from viruses when delivered.")),
    ("security_result_obligation", False, fr("Sécurité", "Le Prestataire n'a pas à garantir que le réseau restera exempt de "
                                             "toute intrusion ; il applique les mesures de l'annexe 2.")),
    ("security_result_obligation", False, en("No Security Guarantee", "SUPPLIER DOES NOT REPRESENT OR WARRANT THAT THE "
                                             "NETWORK WILL BE FREE FROM HACKING OR UNAUTHORISED ACCESS.")),
    ("uncapped_penalties", False, en("Service Credits", "Customer receives a credit of five percent (5%) of the monthly "
                                     "fee for each hour of shortfall.", "Total credits in any month shall not exceed "
                                     "fifteen percent (15%) of the monthly fee.")),
    ("uncapped_penalties", False, "1. Order of Precedence\nExhibit C shall prevail over any other document as to Service "
                                  "Levels and Service Credits.\n9. Service Credits\nCustomer receives a credit of five "
                                  "percent (5%) of the monthly fee for each hour of shortfall. Total credits in any month "
                                  "shall not exceed fifteen percent (15%) of the monthly fee."),
    ("uncapped_penalties", True, fr("Pénalités", "Les pénalités s'appliquent dès le premier dépassement.", "Elles "
                                    "s'ajoutent les unes aux autres et ne connaissent aucun plafond.")),
    ("uncapped_penalties", True, en("Service Credits", "Service credits accrue for every missed target.", "Their total "
                                    "is not limited in any way and is not counted towards the liability cap.")),
    ("uncapped_penalties", True, fr("Pénalités", "Chaque pénalité est plafonnée à 5 % de la redevance mensuelle.", "Leur "
                                    "montant cumulé n'est toutefois soumis à aucune limite, mensuelle ou annuelle.")),
    ("uncapped_penalties", False, en("Service Credits", "Service credits accrue for every missed target.", "Their total "
                                     "in any month may not exceed twenty per cent of the monthly fee.")),
    ("asymmetric_termination", False, "9. Termination\n9.1 Customer may terminate this Agreement for convenience on sixty "
                                      "days' notice, subject to Section 9.2.\n9.2 On a termination under Section 9.1, "
                                      "Customer shall pay an early termination fee equal to three months of fees."),
    ("asymmetric_termination", True, en("Termination", "Customer may terminate this Agreement at any time for convenience "
                                        "on thirty days' notice.")),
]

# Second batch, written after the first fixes and run before any further change (its first-run rate is reported): other
# registers and constructions for the same rules.
CASES += [
    ("unilateral_price_change", True, en("Pricing", "Vendor may from time to time amend its pricing by giving Customer "
                                         "sixty (60) days' written notice.")),
    ("unilateral_price_change", True, fr("Tarifs", "Les tarifs sont susceptibles d'évoluer à l'initiative du Prestataire, "
                                         "qui en informe le Client un mois à l'avance.")),
    ("unilateral_price_change", True, en("Fees", "We may increase our fees at any time; the new fees apply from the next "
                                         "billing period.")),
    ("unilateral_price_change", False, en("Fees", "Neither party may change the Fees during the Term except by a written "
                                          "amendment signed by both.")),
    ("unilateral_price_change", False, fr("Prix", "Le Client peut modifier à tout moment le nombre de licences commandées.")),
    ("tacit_renewal_long", True, en("Duration", "Upon expiry of the Initial Term, this Agreement shall be extended for "
                                    "consecutive renewal periods of five (5) years unless terminated by either party on "
                                    "twelve months' prior written notice.")),
    ("tacit_renewal_long", True, fr("Durée", "Le contrat se prolonge ensuite automatiquement par périodes de quatre ans, "
                                    "faute de résiliation notifiée au moins neuf mois avant son terme.")),
    ("tacit_renewal_long", False, fr("Durée", "Le contrat est renouvelé par tacite reconduction pour des durées d'un an, "
                                     "sauf dénonciation deux mois avant l'échéance.")),
    ("early_termination_all_fees", True, en("Early Termination", "Should the Customer cancel the Services before the end "
                                            "of the Minimum Term, the balance of the Charges for the Minimum Term becomes "
                                            "payable at once.")),
    ("early_termination_all_fees", True, fr("Résiliation anticipée", "La résiliation anticipée, pour quelque motif que ce "
                                            "soit, oblige le Client au paiement immédiat du solde des redevances dues "
                                            "jusqu'au terme de la période d'engagement.")),
    ("early_termination_all_fees", False, en("Early Termination", "If Customer terminates early, it shall pay only for the "
                                             "Services actually delivered up to the termination date.")),
    ("asymmetric_termination", True, en("Termination", "Provider shall be entitled to terminate this Agreement without "
                                        "cause by giving thirty (30) days' written notice to Customer.")),
    ("asymmetric_termination", True, fr("Résiliation", "Il est convenu que le Prestataire a la faculté de résilier le "
                                        "Contrat sans motif, moyennant un préavis d'un mois.")),
    ("asymmetric_termination", False, en("Termination", "Each of Provider and Customer may terminate this Agreement "
                                         "without cause on ninety days' notice.")),
    ("derisory_liability_cap", True, en("Liability", "Supplier's entire liability arising out of or in connection with "
                                        "this Agreement is limited to the charges paid for the Services in the month "
                                        "preceding the claim.")),
    ("derisory_liability_cap", True, fr("Responsabilité", "Le Prestataire ne pourra être tenu de réparer un préjudice "
                                        "au-delà du montant de la facture du mois au cours duquel le dommage est "
                                        "survenu.")),
    ("derisory_liability_cap", False, fr("Responsabilité", "Le montant total de la réparation due par le Prestataire ne "
                                         "pourra excéder le montant payé par le Client au titre des douze derniers "
                                         "mois.")),
    ("data_loss_exclusion_with_backup", True, en("Limitation", "In no event shall Provider be responsible for lost, "
                                                 "damaged or corrupted files, however caused.", pre=EN_BACKUP)),
    ("data_loss_exclusion_with_backup", True, fr("Limitation", "La perte de données du Client, quelle qu'en soit la "
                                                 "cause, n'engage pas la responsabilité du Prestataire.", pre=FR_BACKUP)),
    ("data_loss_exclusion_with_backup", False, en("Limitation", "Provider is liable for the loss of Customer Data caused "
                                                  "by its failure to perform the agreed backups, within the cap.",
                                                  pre=EN_BACKUP)),
    ("security_result_obligation", True, fr("Sécurité", "Le Prestataire s'oblige à un résultat : aucune donnée du Client "
                                            "ne pourra être dérobée par un tiers.")),
    ("security_result_obligation", False, en("Security", "Provider will take appropriate technical and organisational "
                                             "measures against unauthorised access, without guaranteeing any result.")),
    ("uncapped_penalties", True, fr("Pénalités", "Le Prestataire versera au Client une pénalité de cinq cents euros par "
                                    "jour ouvré de retard dans la résolution d'un incident critique.")),
    ("uncapped_penalties", False, fr("Pénalités", "Le Prestataire versera au Client une pénalité de cinq cents euros par "
                                     "jour ouvré de retard, le total des pénalités d'un mois étant limité à 15 % de la "
                                     "redevance de ce mois.")),
    ("penalties_sole_remedy", True, en("Service Credits", "The Service Credits are the sole financial remedy available to "
                                       "Customer in respect of any failure to meet a Service Level.")),
    ("penalties_sole_remedy", True, fr("Pénalités", "Les pénalités versées réparent intégralement et définitivement le "
                                       "préjudice du Client né du non-respect des niveaux de service.")),
    ("penalties_sole_remedy", False, fr("Pénalités", "Le versement des pénalités ne prive pas le Client de son droit à "
                                        "réparation du préjudice excédant leur montant.")),
    ("no_reversibility", True, en("End of Services", "On termination, Provider will delete all Customer Data from its "
                                  "systems, and no copy will be returned.", pre=EN_SERVICES)),
    ("no_reversibility", True, fr("Fin du contrat", "Aucune assistance à la réversibilité n'est due par le Prestataire.",
                                  pre=FR_SERVICES)),
    ("no_reversibility", False, en("Exit", "For sixty days after termination, Provider shall make Customer Data available "
                                   "for download in a standard format and shall assist the successor provider.",
                                   pre=EN_SERVICES)),
    ("free_subprocessors", True, en("Sub-processing", "Provider may use any third-party sub-processor it selects, and "
                                    "need not inform Customer.", pre=EN_DATA)),
    ("free_subprocessors", False, fr("Sous-traitance", "Aucun sous-traitant ultérieur ne peut être engagé sans "
                                     "l'autorisation écrite spécifique et préalable du Client.", pre=FR_DATA)),
    ("free_subcontracting_assignment", True, en("Assignment", "This Agreement may be assigned by Provider to any of its "
                                                "affiliates without the need for Customer's consent.")),
    ("free_subcontracting_assignment", True, fr("Sous-traitance", "Le Prestataire peut confier l'exécution de tout ou "
                                                "partie des Services à des sous-traitants de son choix, sans en informer "
                                                "le Client.")),
    ("free_subcontracting_assignment", False, en("Assignment", "Provider shall not assign or subcontract any of its "
                                                 "obligations without first obtaining Customer's written consent.")),
    ("non_solicitation_heavy", True, en("Non-solicitation", "During the term and for thirty-six months thereafter, "
                                        "Customer shall not directly or indirectly employ any person who worked on the "
                                        "Services.")),
    ("non_solicitation_heavy", False, en("Non-solicitation", "For twelve months after the end of this Agreement, neither "
                                         "party shall solicit the other's staff assigned to the Services.")),
    ("one_sided_jurisdiction", True, fr("Attribution de juridiction", "Tout différend sera porté devant le tribunal de "
                                        "commerce dans le ressort duquel le Prestataire a son siège social.",
                                        pre=FR_PARTIES)),
    ("one_sided_jurisdiction", False, en("Disputes", "Each party submits to the courts of the place where the defendant "
                                         "has its registered office.", pre=EN_PARTIES)),
    ("sla_measured_by_provider", True, en("Service Levels", "Uptime shall be calculated by Provider using its own "
                                          "monitoring tools, whose results are final and binding.")),
    ("sla_measured_by_provider", False, en("Service Levels", "Uptime is calculated from the reports of an independent "
                                           "monitoring service chosen jointly by the parties.")),
    ("no_sla_measurement", False, en("Service Levels", "Provider shall restore critical incidents within four hours.",
                                     "Restoration time runs from the moment the incident is logged in the ticketing "
                                     "system until the ticket is closed.")),
    ("force_majeure_broad", True, fr("Force majeure", "Constituent notamment des cas de force majeure les virus "
                                     "informatiques et l'indisponibilité des réseaux de télécommunication.")),
    ("force_majeure_broad", False, en("Force Majeure", "Strikes of a party's own personnel, cyber-attacks that "
                                      "reasonable security would have prevented and price increases are not force "
                                      "majeure events.")),
    ("breach_notification_late", True, en("Incidents", "Supplier shall inform Customer of any Personal Data Breach "
                                          "within ten (10) business days.", pre=EN_DATA)),
    ("breach_notification_late", False, fr("Violations", "Le Prestataire notifie toute violation de données "
                                           "personnelles au Client dans les vingt-quatre heures suivant sa découverte.",
                                           pre=FR_DATA)),
    ("audit_restricted", True, en("Audits", "Customer hereby waives any right to conduct on-site audits and shall rely "
                                  "solely on Provider's ISO 27001 certificate.", pre=EN_DATA)),
    ("audit_restricted", False, en("Audits", "Provider shall allow for and contribute to audits, including on-site "
                                   "inspections, conducted by Customer or an auditor it mandates.", pre=EN_DATA)),
    ("gross_negligence_exclusion", True, fr("Responsabilité", "Le plafond ci-dessus s'applique quelle que soit la gravité "
                                            "de la faute commise par le Prestataire.")),
    ("gross_negligence_exclusion", False, en("Liability", "The limitations in this Section shall not apply in the case of "
                                             "fraud, gross negligence or wilful misconduct.")),
    ("suspension_without_notice", True, en("Payment", "If any invoice remains unpaid after its due date, Supplier shall "
                                           "be entitled to suspend performance forthwith.")),
    ("suspension_without_notice", False, en("Payment", "If any invoice remains unpaid thirty days after a written "
                                            "reminder, Supplier may suspend performance on a further ten days' notice.")),
]

# Third batch, mostly near misses (the trigger words in an innocent sentence), written after batch 2's fixes and run
# before any further change (its first-run rate is reported).
CASES += [
    ("unilateral_price_change", False, en("Fees", "The Fees may be increased only with Customer's prior written "
                                          "consent.")),
    ("unilateral_price_change", False, fr("Prix", "Les prix peuvent être révisés d'un commun accord entre les Parties.")),
    ("unilateral_price_change", False, en("Change Control", "Customer may request changes to the Services; any resulting "
                                          "change to the Fees shall be agreed in a signed change order.")),
    ("unilateral_price_change", True, en("Fees", "Prices are those of Provider's price list in force on the invoice "
                                         "date.")),
    ("tacit_renewal_long", False, en("Term", "Customer may extend this Agreement for further periods of two years by "
                                     "giving written notice before expiry.")),
    ("tacit_renewal_long", False, fr("Durée", "Le contrat prend fin à son terme sans tacite reconduction ; il peut être "
                                     "renouvelé par avenant pour une durée de trois ans.")),
    ("early_termination_all_fees", False, fr("Résiliation", "En cas de résiliation, les redevances restent dues jusqu'au "
                                             "terme du préavis.")),
    ("early_termination_all_fees", False, en("Termination", "Upon termination for any reason, Customer shall pay all "
                                             "outstanding invoices for Services rendered until the end of the notice "
                                             "period.")),
    ("asymmetric_termination", False, fr("Résiliation", "Le Prestataire peut résilier le contrat à tout moment en cas de "
                                         "manquement grave du Client non réparé dans un délai de trente jours.")),
    ("derisory_liability_cap", False, en("Service Credits", "Service credits for any month are limited to the fees for "
                                         "that month.")),
    ("derisory_liability_cap", False, fr("Pénalités", "Chaque pénalité est limitée à 5 % de la redevance mensuelle.")),
    ("data_loss_exclusion_with_backup", False, en("Liability", "Provider is not liable for any loss of data caused by "
                                                  "Customer's failure to follow the backup procedure.", pre=EN_BACKUP)),
    ("security_result_obligation", False, fr("Sécurité", "Le Prestataire s'engage à informer le Client de toute intrusion "
                                             "détectée sur son réseau.")),
    ("security_result_obligation", False, en("Security", "Provider shall ensure that no personal data is transferred "
                                             "outside the European Union.")),
    ("security_result_obligation", False, en("Representations", "Provider warrants that no security incident has "
                                             "affected its platform in the twelve months before the Effective Date.")),
    ("uncapped_penalties", False, fr("Paiement", "Les pénalités de retard prévues à l'article L441-10 du Code de commerce "
                                     "sont dues de plein droit.")),
    ("uncapped_penalties", False, en("Service Levels", "No penalty shall apply where the failure results from Customer's "
                                     "own acts.")),
    ("uncapped_penalties", False, en("Service Credits", "The penalties set out in Annex 2 are capped as provided in "
                                     "Article 12.")),
    ("penalties_sole_remedy", False, en("Termination", "Termination is without prejudice to Customer's right to claim "
                                        "damages.")),
    ("no_reversibility", False, en("Exit", "Upon termination, Provider shall return all Customer Data and then delete "
                                   "the copies it holds.", pre=EN_SERVICES)),
    ("no_reversibility", False, fr("Fin du contrat", "À la fin du contrat, les sauvegardes sont détruites après "
                                   "restitution des données au Client.", pre=FR_SERVICES)),
    ("no_reversibility", True, fr("Fin du contrat", "Le Client reconnaît que le Prestataire n'est tenu à aucune "
                                  "réversibilité.", pre=FR_SERVICES)),
    ("free_subprocessors", False, en("Sub-processing", "The Processor shall not engage another processor without prior "
                                     "specific or general written authorisation of the Controller; in the case of general "
                                     "written authorisation, the Processor shall inform the Controller of any intended "
                                     "changes, giving the Controller the opportunity to object.", pre=EN_DATA)),
    ("free_subprocessors", False, fr("Sous-traitance", "Les sous-traitants ultérieurs autorisés figurent en annexe 4 ; le "
                                     "Client sera informé de tout changement et pourra s'y opposer.", pre=FR_DATA)),
    ("free_subprocessors", True, en("Sub-processing", "Provider may at any time replace the sub-processors listed in "
                                    "Annex 3 by informing Customer, who shall have no right to object.", pre=EN_DATA)),
    ("free_subprocessors", True, fr("Sous-traitance", "Tout sous-traitant ultérieur choisi par le Prestataire est réputé "
                                    "accepté par le Client.", pre=FR_DATA)),
    ("free_subcontracting_assignment", False, en("Assignment", "Either party may assign this Agreement to an affiliate "
                                                 "with prior notice to the other party.")),
    ("free_subcontracting_assignment", False, fr("Cession", "Le Client ne peut céder le contrat sans l'accord du "
                                                 "Prestataire.")),
    ("free_subcontracting_assignment", False, en("Subcontracting", "Provider may use subcontractors, provided that it "
                                                 "obtains Customer's prior written consent and remains liable for them.")),
    ("free_subcontracting_assignment", False, fr("Sous-traitance", "Le Prestataire pourra faire appel à des "
                                                 "sous-traitants, sous réserve de l'accord préalable écrit du Client.")),
    ("non_solicitation_heavy", False, fr("Non-sollicitation", "Le Prestataire s'interdit de recruter le personnel du "
                                         "Client pendant un an.")),
    ("one_sided_jurisdiction", False, fr("Litiges", "Le tribunal compétent sera celui du lieu d'exécution de la "
                                         "prestation.", pre=FR_PARTIES)),
    ("sla_measured_by_provider", False, fr("Niveaux de service", "Les niveaux de service sont mesurés par le Prestataire "
                                           "et communiqués au Client, qui peut les contester sous quinze jours.")),
    ("sla_measured_by_provider", False, en("Service Levels", "Provider will send a monthly report of the service levels "
                                           "measured by the monitoring tool; Customer may contest it within fifteen "
                                           "days.")),
    ("force_majeure_broad", False, en("Force Majeure", "Neither party is liable for delays caused by events beyond its "
                                      "reasonable control, including fire, flood and governmental action.")),
    ("breach_notification_late", False, en("Breach of Contract", "The Customer shall notify the Provider of any breach "
                                           "of this Agreement within five days.", pre=EN_DATA)),
    ("breach_notification_late", False, en("Personal Data Breach", "The Processor shall notify the Controller of a "
                                           "personal data breach without undue delay and in any case within 48 hours; "
                                           "the Controller shall notify the authority within 72 hours.", pre=EN_DATA)),
    ("breach_notification_late", False, fr("Violations", "Le Prestataire notifie au Client toute violation de données "
                                           "sans délai injustifié ; le Client en informe ensuite la CNIL dans les 72 "
                                           "heures.", pre=FR_DATA)),
    ("audit_restricted", False, fr("Traçabilité", "Le Prestataire tient un journal d'audit des accès aux serveurs.",
                                   pre=FR_DATA)),
    ("audit_restricted", False, en("Audit", "Customer may audit Provider's compliance once a year, including by on-site "
                                   "inspection on thirty days' notice; other audits are limited to documentation.",
                                   pre=EN_DATA)),
    ("gross_negligence_exclusion", False, fr("Responsabilité", "Rien dans le présent contrat ne limite la responsabilité "
                                             "d'une partie en cas de faute lourde ou dolosive.")),
    ("gross_negligence_exclusion", False, en("Liability", "The limitations apply to all claims, except those arising from "
                                             "gross negligence or wilful misconduct.")),
    ("suspension_without_notice", False, en("Security", "Provider may suspend access immediately where Customer's use "
                                            "threatens the security of the platform, and shall notify Customer without "
                                            "delay.")),
    ("suspension_without_notice", False, fr("Paiement", "Le Prestataire peut suspendre immédiatement les Services en cas "
                                            "de retard de paiement persistant trente jours après une mise en demeure.")),
]

# Fourth batch: US register (capitals, "sole discretion", hyphenated terms), a provider named by its trade name and "we",
# commitments in a miscellaneous clause, T&Cs changed "including prices"; written after batch 3's fixes and run before any
# further change (its first-run rate is reported).
US_PARTIES = ("This Terms of Service agreement is between Skyforge Hosting LLC (\"Skyforge\", \"we\", \"us\") and the "
              "customer accepting it (\"you\").\n")
CASES += [
    ("free_subcontracting_assignment", True, en("Miscellaneous", "Skyforge may assign this Agreement without notice to "
                                                "you.", pre=US_PARTIES)),
    ("free_subcontracting_assignment", False, en("Miscellaneous", "You may not assign this Agreement without our prior "
                                                 "written consent.", pre=US_PARTIES)),
    ("unilateral_price_change", True, en("Miscellaneous", "We may revise our rates at any time by posting them on our "
                                         "website.", pre=US_PARTIES)),
    ("unilateral_price_change", True, en("Renewal", "Vendor may, upon notice, modify the Service Fees effective at the "
                                         "start of any Renewal Term.")),
    ("unilateral_price_change", True, fr("Modification", "Les présentes conditions générales peuvent être modifiées à "
                                         "tout moment par le Prestataire, y compris ses tarifs.")),
    ("unilateral_price_change", False, fr("Prix", "La redevance annuelle est indexée chaque année sur l'indice Syntec.")),
    ("derisory_liability_cap", True, en("Limitation of Liability", "THE AGGREGATE LIABILITY OF PROVIDER SHALL NOT EXCEED "
                                        "THE AMOUNTS PAID BY CUSTOMER DURING THE ONE (1) MONTH PERIOD IMMEDIATELY "
                                        "PRECEDING THE CLAIM.")),
    ("data_loss_exclusion_with_backup", True, en("Limitation of Liability", "PROVIDER SHALL HAVE NO LIABILITY FOR ANY LOSS "
                                                 "OF OR DAMAGE TO DATA.", pre=EN_BACKUP)),
    ("data_loss_exclusion_with_backup", True, fr("Responsabilité", "L'Hébergeur n'est pas responsable de la perte des "
                                                 "contenus hébergés, y compris des sauvegardes.")),
    ("early_termination_all_fees", True, en("Termination", "Customer shall pay an early termination charge equal to all "
                                            "remaining payments due through the end of the Term.")),
    ("tacit_renewal_long", True, en("Term", "This Agreement will automatically renew for additional 3-year terms unless "
                                    "Customer provides notice of non-renewal at least 120 days prior to expiry.")),
    ("sla_measured_by_provider", True, en("Service Levels", "Service Level measurements shall be made by Provider, and "
                                          "Provider's determination shall be final.")),
    ("penalties_sole_remedy", True, en("Service Levels", "Service Credits shall be Customer's sole and exclusive remedy, "
                                       "and Provider's sole and exclusive liability, for any failure to meet the SLA.")),
    ("penalties_sole_remedy", True, fr("Pénalités", "Le Client reconnaît que les pénalités constituent une indemnisation "
                                       "forfaitaire et définitive de son préjudice.")),
    ("suspension_without_notice", True, en("Payment", "If Customer fails to pay any amount when due, Provider may "
                                           "immediately suspend Customer's access without notice.")),
    ("suspension_without_notice", True, fr("Résiliation", "Le Prestataire pourra résilier de plein droit le contrat, sans "
                                           "préavis, en cas de non-paiement d'une seule facture à son échéance.")),
    ("free_subcontracting_assignment", True, en("Subcontractors", "Provider may engage subcontractors to perform the "
                                                "Services in its sole discretion.")),
    ("non_solicitation_heavy", True, en("Non-Hire", "Customer agrees not to hire any employee of Vendor for one year after "
                                        "termination; if Customer does, it shall pay a placement fee equal to 100% of the "
                                        "employee's first-year compensation.")),
    ("audit_restricted", True, fr("Audit", "Le Client ne pourra procéder à un audit que sur la base des rapports de "
                                  "certification du Prestataire.", pre=FR_DATA)),
    ("breach_notification_late", True, en("Security Breach", "Provider will notify Customer of any Security Breach "
                                          "involving personal data within five (5) days.", pre=EN_DATA)),
    ("force_majeure_broad", True, fr("Force majeure", "Les défaillances des opérateurs de télécommunication ainsi que les "
                                     "actes de piratage sont assimilés à des cas de force majeure.")),
    ("asymmetric_termination", True, en("Termination", "We may terminate your account at any time, for any reason or for "
                                        "no reason.", pre=US_PARTIES)),
    ("asymmetric_termination", False, en("Termination", "You may cancel at any time, and we may terminate your account "
                                         "at any time on thirty days' notice.", pre=US_PARTIES)),
    ("one_sided_jurisdiction", True, en("Governing Law", "Any claim shall be brought exclusively in the state or federal "
                                        "courts located in the county of Provider's principal place of business.")),
]

# Fifth batch: public procurement register (titulaire, pouvoir adjudicateur, pénalités de retard owed by the contractor),
# other verbs (prorogé, purged, disable), deemed acceptance, exclusivity worded "exclusives de tout autre", an audit the
# provider may refuse; written after batch 4's fixes and run before any further change (first-run rate reported).
CASES += [
    ("uncapped_penalties", True, fr("Pénalités", "Par dérogation au CCAG, les pénalités de retard encourues par le "
                                    "titulaire ne sont pas plafonnées.")),
    ("uncapped_penalties", False, fr("Pénalités", "Le montant des pénalités de retard appliquées au titulaire est "
                                     "plafonné à 10 % du montant du bon de commande.")),
    ("uncapped_penalties", False, fr("Paiement", "Les sommes dues par le Client portent intérêts de retard et donnent lieu "
                                     "à l'indemnité forfaitaire pour frais de recouvrement.")),
    ("asymmetric_termination", False, fr("Résiliation", "Le pouvoir adjudicateur peut résilier le marché pour motif "
                                         "d'intérêt général, dans les conditions du CCAG.")),
    ("no_reversibility", True, en("Effect of Termination", "Upon termination Customer's access ends, and Provider has no "
                                  "obligation to retain or provide any Customer Data.", pre=EN_SERVICES)),
    ("no_reversibility", True, en("Effect of Termination", "After the Term, all Customer Data will be irretrievably "
                                  "purged from Provider's systems.", pre=EN_SERVICES)),
    ("no_reversibility", False, fr("Réversibilité", "La réversibilité n'est pas incluse dans le forfait et fait l'objet "
                                   "d'un devis établi à la demande du Client.", pre=FR_SERVICES)),
    ("unilateral_price_change", True, en("Fees", "Provider reserves the right to pass on to Customer any increase in its "
                                         "own costs.")),
    ("tacit_renewal_long", True, fr("Durée", "La durée de l'abonnement est prorogée automatiquement de trente-six mois à "
                                    "chaque échéance.")),
    ("tacit_renewal_long", False, en("Subscription", "The Subscription renews each year for a further year unless "
                                     "cancelled at least ninety days before.")),
    ("early_termination_all_fees", True, fr("Résiliation", "En cas de résiliation avant le terme, les loyers restant à "
                                            "échoir deviennent immédiatement exigibles.")),
    ("derisory_liability_cap", True, fr("Responsabilité", "La responsabilité du Prestataire est limitée au montant hors "
                                        "taxes des sommes facturées au titre du mois précédant le sinistre.")),
    ("derisory_liability_cap", False, en("Liability", "Provider's liability shall in no case exceed the total price of the "
                                         "order concerned.")),
    ("penalties_sole_remedy", True, fr("Pénalités", "Les pénalités sont exclusives de tout autre dommage-intérêt au titre "
                                       "des niveaux de service.")),
    ("security_result_obligation", True, fr("Sécurité", "Le Prestataire garantit une sécurité totale des données "
                                            "hébergées.")),
    ("force_majeure_broad", True, fr("Force majeure", "Les parties conviennent que les pannes du matériel du Prestataire "
                                     "constituent un cas de force majeure.")),
    ("audit_restricted", True, fr("Audit", "Tout audit est soumis à l'accord préalable du Prestataire, qui peut le "
                                  "refuser.", pre=FR_DATA)),
    ("breach_notification_late", True, fr("Incidents", "Le Prestataire informera le Client de tout incident de sécurité "
                                          "affectant ses données dans un délai de 96 heures.", pre=FR_DATA)),
    ("free_subprocessors", True, fr("Sous-traitance", "Le Prestataire informe le Client de l'ajout de tout nouveau "
                                    "sous-traitant ultérieur ; cette information vaut acceptation.", pre=FR_DATA)),
    ("non_solicitation_heavy", True, fr("Non-sollicitation", "Pendant la durée du contrat et les vingt-quatre mois "
                                        "suivant sa cessation, le Client s'abstiendra d'engager tout salarié du "
                                        "Prestataire.")),
    ("one_sided_jurisdiction", True, fr("Compétence", "Les tribunaux de Lyon seront seuls compétents.", pre=FR_PARTIES)),
    ("suspension_without_notice", True, en("Payment", "Provider may disable the Services if payment is more than five "
                                           "days late, without prior notice.")),
    ("gross_negligence_exclusion", True, en("Liability", "These exclusions apply to the fullest extent permitted by law, "
                                            "including in cases of gross negligence.")),
]

# Sixth batch: facts carried by a pronoun or split over sentences, substitution and delegation, hiring by other means,
# "sans formalité"; written after batch 5's fixes and run before any further change (first-run rate reported).
CASES += [
    ("tacit_renewal_long", True, fr("Durée", "Le contrat est conclu pour trois ans.", "Il est ensuite reconduit pour une "
                                    "durée identique, sauf dénonciation trois mois avant son terme.")),
    ("tacit_renewal_long", False, en("Term", "This Agreement has an initial term of 36 months.", "Thereafter it renews "
                                     "for successive 12-month periods unless terminated with 90 days' notice.")),
    ("unilateral_price_change", True, fr("Prix", "Les tarifs figurent à l'annexe 2.", "Le Prestataire peut les actualiser "
                                         "chaque année à sa discrétion.")),
    ("unilateral_price_change", True, en("Fees", "Fees are set out in the Order Form.", "Provider may change them on thirty "
                                         "days' notice.")),
    ("uncapped_penalties", False, "Article 7 – Pénalités\nChaque heure de dépassement donne lieu à une pénalité de 2 % de "
                                  "la redevance mensuelle.\nArticle 12 – Responsabilité\nLe montant total des pénalités "
                                  "ne pourra excéder 10 % de la redevance annuelle."),
    ("penalties_sole_remedy", True, fr("Pénalités", "Les pénalités sont calculées selon le barème ci-dessous.", "Elles "
                                       "constituent la seule réparation due au Client pour le non-respect des niveaux de "
                                       "service.")),
    ("suspension_without_notice", True, fr("Paiement", "Le Prestataire se réserve le droit de couper l'accès aux services "
                                           "en cas d'impayé, sans formalité préalable.")),
    ("suspension_without_notice", True, fr("Paiement", "À défaut de paiement à l'échéance, le contrat sera résilié de plein "
                                           "droit, sans qu'il soit besoin d'une mise en demeure.")),
    ("free_subcontracting_assignment", True, fr("Substitution", "Le Prestataire pourra se substituer toute société de son "
                                                "groupe pour l'exécution du contrat.")),
    ("free_subcontracting_assignment", True, en("Delegation", "Provider may delegate the performance of any of its "
                                                "obligations to a third party.")),
    ("free_subprocessors", True, en("Sub-processors", "Provider uses the sub-processors listed on its website, which it "
                                    "may update from time to time.", pre=EN_DATA)),
    ("audit_restricted", True, en("Audit", "Any audit shall be limited to one per year, conducted remotely, on the basis "
                                  "of documents only.", pre=EN_DATA)),
    ("breach_notification_late", True, fr("Violations", "Le Prestataire notifiera la violation de données au Client dans "
                                          "les meilleurs délais et au plus tard sous cinq jours ouvrés.", pre=FR_DATA)),
    ("non_solicitation_heavy", True, fr("Non-sollicitation", "Le Client s'interdit, pendant deux ans après la fin du "
                                        "contrat, de faire travailler directement ou indirectement un collaborateur du "
                                        "Prestataire.")),
    ("force_majeure_broad", True, fr("Force majeure", "La force majeure s'entend notamment de toute grève, y compris "
                                     "interne au Prestataire, et de toute défaillance de ses fournisseurs.")),
    ("one_sided_jurisdiction", True, fr("Litiges", "Compétence exclusive est attribuée aux juridictions du ressort de la "
                                        "cour d'appel de Lyon.", pre=FR_PARTIES)),
    ("gross_negligence_exclusion", False, fr("Responsabilité", "La limitation ne s'applique ni en cas de faute lourde ou "
                                             "dolosive, ni en cas de dommage corporel.")),
    ("security_result_obligation", False, fr("Disponibilité", "Le Prestataire garantit la disponibilité du service à "
                                             "99,9 %.")),
    ("uncapped_penalties", False, fr("Mise en service", "Aucune pénalité ne sera due pendant la période de mise en "
                                     "service.")),
]

# Seventh batch, mostly US register; written after batch 6's fixes and run before any further change (first-run rate
# reported).
CASES += [
    ("penalties_sole_remedy", True, en("Uptime", "Customer's sole and exclusive remedy for Provider's failure to meet the "
                                       "Uptime Commitment is the credit described in this Schedule.")),
    ("derisory_liability_cap", True, en("Limitation of Liability", "Provider's total cumulative liability shall not "
                                        "exceed the fees paid or payable for the three (3) months immediately preceding "
                                        "the event giving rise to liability.")),
    ("derisory_liability_cap", True, en("Limitation of Liability", "IN NO EVENT SHALL EITHER PARTY'S AGGREGATE LIABILITY "
                                        "EXCEED ONE HUNDRED DOLLARS ($100).")),
    ("unilateral_price_change", True, en("Pricing", "Pricing is subject to change without notice.")),
    ("unilateral_price_change", True, fr("Prix", "Les prix pourront être ajustés par le Prestataire en cas d'évolution de "
                                         "ses coûts d'hébergement.")),
    ("unilateral_price_change", False, fr("Prix", "Les prix sont fermes et non révisables pendant la durée initiale.")),
    ("tacit_renewal_long", True, en("Term", "The Term shall automatically be extended for an additional period equal to "
                                    "the Initial Term of thirty-six months unless either party objects in writing.")),
    ("asymmetric_termination", True, en("Termination", "Customer may not terminate this Agreement before the end of the "
                                        "Term.", "Provider may terminate this Agreement upon 30 days' notice for any "
                                        "reason.")),
    ("asymmetric_termination", False, fr("Résiliation", "Le Client pourra résilier à tout moment sous réserve du paiement "
                                         "d'une indemnité égale à six mois de redevance.")),
    ("early_termination_all_fees", True, en("Termination", "Upon termination by Customer for any reason other than "
                                            "Provider's breach, Customer shall immediately pay all Fees that would have "
                                            "become due during the remainder of the Term.")),
    ("early_termination_all_fees", False, en("Termination", "Either party may terminate for convenience on 60 days' "
                                             "notice; Customer shall then pay for Services rendered to the termination "
                                             "date.")),
    ("suspension_without_notice", True, en("Suspension", "Provider may suspend Customer's access to the Services "
                                           "immediately, without liability, if Customer's account is past due.")),
    ("data_loss_exclusion_with_backup", False, en("Data", "Customer acknowledges that Provider does not back up Customer "
                                                  "Data, and Provider shall not be liable for any loss of Customer "
                                                  "Data.")),
    ("data_loss_exclusion_with_backup", True, fr("Responsabilité", "Le Prestataire n'assume aucune responsabilité en cas "
                                                 "de perte de données, même imputable à une défaillance de ses "
                                                 "sauvegardes.", pre=FR_BACKUP)),
    ("security_result_obligation", True, en("Security", "Provider guarantees that its platform is hacker-proof.")),
    ("security_result_obligation", False, en("Security", "Provider will use commercially reasonable efforts to maintain "
                                             "the security of Customer Data.")),
    ("breach_notification_late", True, en("Security Incidents", "Provider shall notify Customer of any Security Incident "
                                          "affecting Customer personal data within thirty (30) days.", pre=EN_DATA)),
    ("free_subcontracting_assignment", True, en("Subcontracting", "Provider may engage subcontractors without Customer's "
                                                "approval; Provider remains responsible for their performance.")),
    ("non_solicitation_heavy", True, en("Non-Solicitation", "Customer shall not, during the Term and for three (3) years "
                                        "thereafter, employ or engage any Provider personnel.")),
    ("one_sided_jurisdiction", True, en("Disputes", "All disputes shall be resolved by binding arbitration in Provider's "
                                        "home county.")),
    ("force_majeure_broad", True, en("Force Majeure", "Force Majeure Events include, without limitation, denial of "
                                     "service attacks and outages of Provider's hosting providers.")),
    ("penalties_sole_remedy", True, fr("Pénalités", "Le Client renonce à tout recours contre le Prestataire au-delà des "
                                       "pénalités prévues pour les niveaux de service.")),
]

# Eighth batch: French hosting T&Cs register (l'Hébergeur, l'Abonné, « le Service », impersonal constructions); written
# after batch 7's fixes and run before any further change (first-run rate reported).
FR_HOST = ("Entre la société Nuvola Hébergement, ci-après « l'Hébergeur », et l'Abonné, ci-après « l'Abonné ».\n")
CASES += [
    ("unilateral_price_change", True, fr("Tarifs", "L'Hébergeur se réserve la possibilité de faire évoluer sa grille "
                                         "tarifaire ; la nouvelle grille s'applique dès sa mise en ligne.", pre=FR_HOST)),
    ("tacit_renewal_long", True, fr("Durée", "L'abonnement se renouvelle de plein droit pour une période de trois ans, à "
                                    "défaut de résiliation par l'Abonné.", pre=FR_HOST)),
    ("suspension_without_notice", True, fr("Paiement", "Tout incident de paiement entraîne la suspension immédiate du "
                                           "Service, sans que l'Hébergeur ait à en avertir l'Abonné.", pre=FR_HOST)),
    ("derisory_liability_cap", True, fr("Responsabilité", "Si la responsabilité de l'Hébergeur était retenue, "
                                        "l'indemnisation ne pourrait excéder le montant mensuel de l'abonnement.",
                                        pre=FR_HOST)),
    ("data_loss_exclusion_with_backup", True, fr("Responsabilité", "Il appartient à l'Abonné de conserver une copie de ses "
                                                 "contenus : l'Hébergeur décline toute responsabilité en cas de perte des "
                                                 "contenus hébergés.", pre=FR_HOST)),
    ("no_reversibility", True, fr("Fin de l'abonnement", "À l'expiration de l'abonnement, l'ensemble des contenus de "
                                  "l'Abonné est effacé sans possibilité de récupération.",
                                  pre=FR_HOST + FR_SERVICES)),
    ("free_subcontracting_assignment", True, fr("Cession", "L'Hébergeur est libre de transférer le contrat à tout tiers de "
                                                "son choix.", pre=FR_HOST)),
    ("asymmetric_termination", True, fr("Résiliation", "L'Hébergeur peut mettre un terme à l'abonnement à tout moment, "
                                        "sans avoir à motiver sa décision.", pre=FR_HOST)),
    ("asymmetric_termination", False, fr("Résiliation", "L'Abonné comme l'Hébergeur peuvent mettre un terme à l'abonnement "
                                         "à tout moment avec un préavis d'un mois.", pre=FR_HOST)),
    ("one_sided_jurisdiction", True, fr("Litiges", "En cas de litige, compétence exclusive est attribuée au tribunal dans "
                                        "le ressort duquel se trouve le siège de l'Hébergeur.", pre=FR_HOST)),
    ("force_majeure_broad", True, fr("Force majeure", "Sont notamment considérées comme des cas de force majeure les "
                                     "attaques par déni de service visant l'infrastructure de l'Hébergeur.", pre=FR_HOST)),
    ("security_result_obligation", False, fr("Sécurité", "L'Hébergeur met en œuvre des mesures de protection contre les "
                                             "attaques par déni de service, sans garantie de résultat.", pre=FR_HOST)),
    ("uncapped_penalties", False, fr("Pénalités", "En cas d'indisponibilité, l'Abonné reçoit un avoir de 5 % par heure, "
                                     "dans la limite de 30 % de l'abonnement mensuel.", pre=FR_HOST)),
    ("penalties_sole_remedy", True, fr("Garantie de disponibilité", "L'avoir accordé au titre de l'indisponibilité "
                                       "constitue l'indemnisation exclusive de l'Abonné.", pre=FR_HOST)),
]


# blind6 classes, in our own words: a notice WAIVED ("sans mise en demeure préalable") is no notice given
CASES += [
    ("suspension_without_notice", True, fr("Paiement", "Si une facture reste impayée, même en partie, le Prestataire "
                                           "peut interrompre le support et les sauvegardes, sans mise en demeure "
                                           "préalable, jusqu'à régularisation.")),
    ("suspension_without_notice", True, fr("Facturation", "Le Prestataire aura la faculté de suspendre les Services en "
                                           "cas de retard de paiement, sans qu'il soit besoin d'une mise en demeure "
                                           "préalable.")),
    ("suspension_without_notice", True, en("Payment", "Where an invoice is overdue, Provider may suspend the Services "
                                           "without the need for prior written notice.")),
    ("suspension_without_notice", False, fr("Paiement", "En cas de retard de paiement, le Prestataire pourra suspendre "
                                            "les Services huit jours après une mise en demeure préalable restée "
                                            "infructueuse.")),
    ("suspension_without_notice", False, en("Payment", "Provider may suspend the Services for late payment, but only "
                                            "after a prior written notice of fourteen days.")),
]

# blind6 classes: the provider's outside workers (partners, independent technicians, any contractor it picks), with
# no consent and no notice "required" / "sans avoir à en informer"; near misses need consent or are its own staff
CASES += [
    ("free_subcontracting_assignment", True, fr("Exécution", "Le Prestataire pourra faire appel à des intervenants "
                                                "extérieurs qu'il estime compétents, sans avoir à en prévenir le Client.")),
    ("free_subcontracting_assignment", True, fr("Exécution", "Pour les déplacements lointains, le Prestataire peut faire "
                                                "intervenir des techniciens indépendants, sans avoir à en aviser le "
                                                "Client au préalable.")),
    ("free_subcontracting_assignment", True, fr("Moyens", "Le Prestataire peut recourir à des partenaires de son choix "
                                                "pour tout ou partie des interventions.")),
    ("free_subcontracting_assignment", True, en("Delivery", "Provider may use outside contractors of its choosing to "
                                                "perform the Services and need not inform Customer.")),
    ("free_subcontracting_assignment", True, en("Delivery", "Provider may perform any part of the Services through a "
                                                "subcontractor, and shall not be obliged to seek Customer's approval of, "
                                                "or give notice of, any such subcontractor.")),
    ("free_subcontracting_assignment", False, fr("Exécution", "Le Prestataire ne peut faire appel à des intervenants "
                                                 "extérieurs qu'avec l'accord écrit préalable du Client.")),
    ("free_subcontracting_assignment", False, fr("Exécution", "Le Prestataire fait appel à ses propres techniciens pour "
                                                 "toutes les interventions sur site.")),
    ("free_subcontracting_assignment", False, en("Delivery", "Provider shall not use any subcontractor without first "
                                                 "notifying Customer and obtaining its written consent.")),
    ("free_subcontracting_assignment", False, en("Relationship", "The parties are independent contractors and nothing "
                                                 "in this Agreement creates a partnership.")),
    ("free_subcontracting_assignment", False, fr("Obligations du Client", "Le Client s'engage à ne pas faire intervenir "
                                                 "un tiers sur le matériel couvert sans l'accord écrit du Prestataire.")),
    ("free_subcontracting_assignment", False, en("Customer Obligations", "Customer shall not allow any outside contractor "
                                                 "to work on the covered equipment without Provider's consent.")),
    ("free_subprocessors", True, fr("Exécution", "Le Prestataire peut faire intervenir des techniciens externes de son "
                                    "choix, sans avoir à en informer le Client ; ils accèdent aux serveurs comme son "
                                    "propre personnel.", pre=FR_DATA)),
    ("free_subprocessors", True, en("Delivery", "Provider may use outside contractors it selects, with the same access "
                                    "to Customer's systems as its own staff, and is not required to notify Customer.",
                                    pre=EN_DATA)),
    ("free_subprocessors", False, fr("Exécution", "Le Prestataire ne peut faire intervenir des techniciens externes "
                                     "qu'avec l'autorisation écrite préalable du Client.", pre=FR_DATA)),
]

# a sub-clause whose first sentence stands on its number's line (read as the clause heading) is still a term: the
# general authorisation with notice and objection there keeps a free subcontracting clause off free_subprocessors
_EN_SUBPROC_REGIME = (EN_SERVICES + EN_DATA.replace("2. Personal", "4. Personal") + "5. Sub-processors\n5.1 Customer "
                      "hereby gives Provider a general written authorisation to engage sub-processors. Provider shall "
                      "give Customer thirty days' notice of any new sub-processor, and Customer may object to it on "
                      "reasonable grounds.\n5.2 Provider remains liable for its sub-processors.\n6. Delivery\n6.1 Provider "
                      "may deliver the Services through any subcontractor it chooses and is not required to notify "
                      "Customer.\n6.2 Provider remains responsible for its subcontractors.\n")
CASES += [
    ("free_subprocessors", False, _EN_SUBPROC_REGIME),
    ("free_subcontracting_assignment", True, _EN_SUBPROC_REGIME),
]

# blind6 classes: a breach notice with no deadline, put off until the processor's own investigation; an audit right
# exercised only by paperwork (a questionnaire, certificates)
CASES += [
    ("breach_notification_late", True, fr("Violations de données", "Le Prestataire informe le Client de toute violation "
                                          "de données à caractère personnel une fois qu'il en a déterminé l'origine et "
                                          "les conséquences.", pre=FR_DATA)),
    ("breach_notification_late", True, fr("Violations de données", "Toute violation de données à caractère personnel est "
                                          "signalée au Client dans un délai compatible avec les besoins de son "
                                          "analyse interne.", pre=FR_DATA)),
    ("breach_notification_late", True, en("Data Breaches", "Provider will notify Customer of a personal data breach once "
                                          "it has completed its investigation and determined the root cause.",
                                          pre=EN_DATA)),
    ("breach_notification_late", False, fr("Violations de données", "Le Prestataire notifie au Client toute violation de "
                                           "données à caractère personnel au plus tard 24 heures après en avoir pris "
                                           "connaissance, puis complète l'information après en avoir établi la cause.",
                                           pre=FR_DATA)),
    ("breach_notification_late", False, en("Data Breaches", "Provider shall notify Customer of a personal data breach "
                                           "without undue delay, and shall share its findings once it has completed its "
                                           "investigation.", pre=EN_DATA)),
    ("audit_restricted", True, fr("Audit", "Le contrôle du respect du présent article s'effectue par l'envoi au "
                                  "Prestataire d'un questionnaire annuel, auquel il joint ses certifications.",
                                  pre=FR_DATA)),
    ("audit_restricted", True, en("Audit", "Customer's audit right is exercised by means of a written questionnaire "
                                  "once a year, answered with Provider's current certificates.", pre=EN_DATA)),
    ("audit_restricted", False, fr("Audit", "Le Client peut faire réaliser un audit, y compris des inspections sur "
                                   "place, une fois par an avec un préavis de trente jours.", pre=FR_DATA)),
    ("audit_restricted", False, en("Audit", "Customer may audit Provider's compliance, including inspections on site, "
                                   "once a year on thirty days' notice.", pre=EN_DATA)),
]

# a country's courts are no party's home town, even when only the provider's registration names that country
_EN_ONE_ADDRESS = ("These terms apply between Orion Managed Services Ltd, registered in England and Wales, whose office "
                   "is at 10 King Street, Leeds LS1 2HL (\"Provider\"), and the customer named in the order "
                   "(\"Customer\").\n")
CASES += [
    ("one_sided_jurisdiction", False, en("Governing Law", "This Agreement is governed by the laws of England and Wales, "
                                         "whose courts shall have exclusive jurisdiction over any dispute.",
                                         pre=_EN_ONE_ADDRESS)),
    ("one_sided_jurisdiction", True, en("Governing Law", "Any dispute shall be brought exclusively before the courts "
                                        "sitting in Leeds.", pre=_EN_ONE_ADDRESS)),
    ("one_sided_jurisdiction", True, en("Governing Law", "This Agreement is governed by the laws of England, whose courts "
                                        "shall have exclusive jurisdiction.",
                                        pre=("This Agreement is made between Orion Managed Services Ltd, registered in "
                                             "England, 10 King Street, Leeds (\"Provider\"), and Castor Retail SARL, 4 rue "
                                             "Basse, 59000 Lille (\"Customer\").\n"))),
]

def _id(case: tuple[str, bool, str]) -> str:
    rule, fires, text = case
    return f"{rule}-{'fires' if fires else 'quiet'}-{text.splitlines()[-1][:40]}"


@pytest.mark.parametrize("rule, fires, text", CASES, ids=[_id(c) for c in CASES])
def test_paraphrase(rule, fires, text):
    flags = review_text(text, role="client").flags
    found = {f.rule for f in flags}
    assert (rule in found) is fires, f"{rule} {'missed' if fires else 'raised'}: {text!r} -> {sorted(found)}"
    for f in flags:  # a flag proven by a fact points at that fact's own words in the document
        if f.rule == rule and f.span is not None and f.facts:
            assert text[f.span[0]:f.span[1]] == f.facts[0]["evidence"]["quote"]


def test_every_rule_of_the_catalogue_has_both_kinds_of_case():
    from assistant.legal.review.risk.catalogue import RULE_IDS
    covered = {(rule, fires) for rule, fires, _ in CASES}
    for rule in RULE_IDS:
        if rule == "personal_data_without_dpa":  # Art. 28 applicability is tested in test_review_art28*
            continue
        assert (rule, True) in covered and (rule, False) in covered, rule


@pytest.mark.parametrize("law, msp_severity", [
    ("Le présent contrat est soumis au droit français.", "medium"),
    ("This Agreement is governed by the laws of the State of New York.", "low"),
])
def test_a_derisory_cap_is_a_risk_for_the_provider_too_where_article_1170_applies(law, msp_severity):
    text = ("Article 9 – Responsabilité\nLa responsabilité du Prestataire est limitée au montant de la dernière facture "
            f"mensuelle.\nArticle 20 – Droit applicable\n{law}")
    flags = {f.rule: f.severity for f in review_text(text, role="msp").flags}
    assert flags.get("derisory_liability_cap") == msp_severity
    assert {f.rule: f.severity for f in review_text(text, role="client").flags}["derisory_liability_cap"] == "high"
