"""Wording classes met in the blind9 paraphrase batch, in our own sentences (FR and EN, firing and near-miss).

1. A cut of the service without notice for a breach the provider alone judges ("where it deems the Customer's use
   unlawful", "en cas de manquement du Client à ses obligations"), not only for late payment; and the cut worded as
   withholding the services or ceasing to provide them ("withhold performance of", "cease to provide", "cesser de
   fournir"), the notice waived as "without prior notification" or "without being required to give a reminder".
2. All the remaining fees on an early exit, however worded: the fees "not yet invoiced" staying due ("les redevances
   non encore facturées restent dues"), the fees "for the full / entire Term" still payable, and the balance "made
   payable" with the verb first ("rend exigible le solde des sommes").
3. Penalties as the only remedy, the penalties named as a price reduction ("réfactions de prix", "reduction of the
   monthly fees") or as sums that are "a genuine pre-estimate of the loss", and the exclusivity stated as full
   compensation of the harm ("indemnisent intégralement le préjudice") or as "no other claim".
4. A restricted audit: the audit right "deemed satisfied" by a certificate or report, the audit named first, and an
   audit that may never reach the provider's premises ("hors de tout accès aux locaux", "under no circumstances
   … access to the premises"). Art. 28(3)(h) requires the processor to allow for and contribute to inspections.
5. A data-loss exclusion next to backups sold, worded otherwise: an item of a list whose lead-in excludes liability
   ("Sont exclus de la responsabilité du Prestataire : … (b) l'effacement de fichiers"), the client waiving any claim
   for the loss of its data ("renonce à toute réclamation en cas de disparition de ses données"), data "irretrievable"
   or "information" lost, and the backups named in the same sentence as services "provided under this Agreement".
6. Processor terms read where they are: a sub-processor engaged "only with" the client's written authorisation ("n'engage
   un sous-traitant ultérieur qu'avec l'autorisation écrite du Client") is a consent to each one, not a free choice;
   processing "in accordance with the data processing agreement" of a schedule puts those terms in force; a provider
   "sans accès aux données" / "without access to … data" processes none.

Each case runs the whole review on a small document (parties, one article, the clause under test)."""

from __future__ import annotations

import pytest

from tests.review_docs import EN_PARTIES, FR_PARTIES, backed_up, case_id, check_rule, en, en_dpa, fr, fr_dpa


CASES: list[tuple[str, bool, str]] = [
    # 1. suspension without notice: a breach as ground, withholding / ceasing as the cut
    ("suspension_without_notice", True, fr("Article 6 – Suspension",
                                           "En cas de manquement du Client à l'une de ses obligations, le Prestataire peut "
                                           "suspendre les Services sans avertissement.")),
    ("suspension_without_notice", True, fr("Article 6 – Factures",
                                           "Si une facture reste impayée à l'échéance, le Prestataire pourra cesser de "
                                           "fournir les Services immédiatement.")),
    ("suspension_without_notice", True, en("6. Suspension",
                                           "The Supplier may suspend the Customer's accounts without prior notification "
                                           "if it deems the Customer to be in breach of the acceptable use policy.")),
    ("suspension_without_notice", True, en("6. Payment",
                                           "Where an amount is overdue, the Supplier may withhold performance of the "
                                           "Services without being required to give a reminder.")),
    ("suspension_without_notice", True, en("6. Dependencies",
                                           "The Supplier may stop providing the Services with immediate effect if the "
                                           "Customer fails to comply with its obligations under clause 4.")),
    # near misses: a cut after a formal notice left unanswered, or for a security threat with information at once
    ("suspension_without_notice", False, fr("Article 6 – Suspension",
                                            "En cas de manquement du Client, le Prestataire peut suspendre les Services "
                                            "trente jours après une mise en demeure restée sans effet.")),
    ("suspension_without_notice", False, en("6. Suspension",
                                            "If the Customer fails to comply with clause 4, the Supplier may withhold "
                                            "performance of the affected Services after giving thirty days' written "
                                            "notice.")),
    # 2. all remaining fees on an early exit
    ("early_termination_all_fees", True, fr("Article 7 – Sortie anticipée",
                                            "Si le Client met fin au Contrat avant son échéance, les redevances non encore "
                                            "facturées lui seront réclamées en totalité.")),
    ("early_termination_all_fees", True, fr("Article 7 – Sortie anticipée",
                                            "La résiliation anticipée par le Client rendra immédiatement exigible le solde "
                                            "des redevances prévues au plan de facturation.")),
    ("early_termination_all_fees", True, en("7. Early exit",
                                            "If the Customer ends this Agreement early, it shall remain liable to pay the "
                                            "Charges for the entire Minimum Term.")),
    ("early_termination_all_fees", True, en("7. Early exit",
                                            "On an early termination by the Customer, any charges not yet billed for the "
                                            "remaining months become due at once.")),
    # near misses: the services used up to the end, or a fee for the full month in which the exit takes effect
    ("early_termination_all_fees", False, fr("Article 7 – Sortie anticipée",
                                             "En cas de résiliation anticipée, le Client règle les prestations exécutées "
                                             "jusqu'à la date de fin effective.")),
    ("early_termination_all_fees", False, en("7. Early exit",
                                             "On an early termination, the Customer shall pay the Charges for the "
                                             "Services performed up to the effective date of termination.")),
    # 3. penalties as the sole remedy: price reductions, pre-estimates of the loss, full compensation
    ("penalties_sole_remedy", True, fr("Article 8 – Niveaux de service",
                                       "Les réfactions appliquées sur la redevance en cas de retard d'intervention "
                                       "indemnisent entièrement le préjudice du Client, qui ne peut rien réclamer de plus.")),
    ("penalties_sole_remedy", True, fr("Article 8 – Disponibilité",
                                       "Les abattements sur la redevance mensuelle prévus en cas d'indisponibilité "
                                       "constituent la seule réparation due au Client.")),
    ("penalties_sole_remedy", True, en("8. Service levels",
                                       "A reduction of the monthly Charges for missed availability targets shall be the "
                                       "only remedy of the Customer for that unavailability.")),
    ("penalties_sole_remedy", True, en("8. Delay",
                                       "The sums listed in Schedule 2 are a fair pre-estimate of the Customer's loss from "
                                       "late resolution and the Customer shall have no further claim for those delays.")),
    # near misses: the reductions or the pre-estimate leave the other remedies open
    ("penalties_sole_remedy", False, fr("Article 8 – Disponibilité",
                                        "Les abattements sur la redevance en cas d'indisponibilité s'appliquent sans "
                                        "préjudice de tout autre recours du Client.")),
    ("penalties_sole_remedy", False, en("8. Delay",
                                        "The sums listed in Schedule 2 are a fair pre-estimate of the Customer's loss from "
                                        "late resolution; they do not limit any other remedy of the Customer.")),
    # 4. restricted audit (the processing is stated in article 2)
    ("audit_restricted", True, fr_dpa("Article 9 – Audit",
                                      "Le droit d'audit du Client est considéré comme rempli par la remise annuelle du "
                                      "rapport de contrôle établi par l'auditeur du Prestataire.")),
    ("audit_restricted", True, fr_dpa("Article 9 – Audit",
                                      "Le Client peut auditer le Prestataire une fois par an, sans jamais accéder aux "
                                      "locaux du Prestataire.")),
    ("audit_restricted", True, en_dpa("9. Audit",
                                      "The Customer's audit rights are treated as fulfilled by the Supplier sending its "
                                      "latest SOC 2 report.")),
    ("audit_restricted", True, en_dpa("9. Audit",
                                      "The Customer may audit the Supplier by questionnaire, and in no event shall its "
                                      "auditors have access to the Supplier's data centres.")),
    # near misses: the premises open to the auditor, the report offered besides the inspection
    ("audit_restricted", False, fr_dpa("Article 9 – Audit",
                                       "Le Client peut faire réaliser un audit sur place, sans préavis excessif, avec accès "
                                       "aux locaux du Prestataire.")),
    ("audit_restricted", False, en_dpa("9. Audit",
                                       "The Supplier shall send its SOC 2 report each year, and the Customer may also carry "
                                       "out on-site inspections with access to the Supplier's premises.")),
    # 5. data-loss exclusion with backups sold
    ("data_loss_exclusion_with_backup", True, backed_up("fr", "Article 9 – Exclusions",
                                                        "Sont exclus de la responsabilité du Prestataire :\n(a) les "
                                                        "pertes de chiffre d'affaires ;\n(b) l'effacement ou la "
                                                        "disparition de fichiers du Client.")),
    ("data_loss_exclusion_with_backup", True, backed_up("fr", "Article 9 – Données",
                                                        "Le Client renonce à toute réclamation contre le Prestataire en "
                                                        "cas de disparition de ses données.")),
    ("data_loss_exclusion_with_backup", True, backed_up("en", "9. Data",
                                                        "The Supplier shall not be liable for any corruption or loss of "
                                                        "information held on the Customer's servers.")),
    ("data_loss_exclusion_with_backup", True, en("9. Data",
                                                 "Under no circumstances shall the Supplier be liable for irrecoverable "
                                                 "data, the daily snapshot services provided under this Agreement being "
                                                 "supplied as they are.")),
    # near misses: the item list names no data, the waiver is about something else
    ("data_loss_exclusion_with_backup", False, backed_up("fr", "Article 9 – Exclusions",
                                                         "Sont exclus de la responsabilité du Prestataire :\n(a) les "
                                                         "pertes de chiffre d'affaires ;\n(b) l'atteinte à l'image du "
                                                         "Client.")),
    ("data_loss_exclusion_with_backup", False, backed_up("en", "9. Data",
                                                         "The Supplier shall be liable for any corruption or loss of "
                                                         "information held on the Customer's servers that a restore "
                                                         "from its backups cannot repair.")),
    # 6. processor terms: consent to each sub-processor, terms in a schedule in force, no access to data
    ("free_subprocessors", False, fr_dpa("Article 9 – Sous-traitance ultérieure",
                                         "Le Prestataire ne recourt à un sous-traitant ultérieur qu'avec l'accord écrit "
                                         "du Client.")),
    ("free_subprocessors", False, en_dpa("9. Sub-processors",
                                         "The Supplier may appoint a sub-processor only with the Customer's prior written "
                                         "consent.")),
    ("free_subprocessors", True, en_dpa("9. Sub-processors",
                                        "The Supplier may appoint any sub-processor of its choice without the Customer's "
                                        "consent.")),
    ("personal_data_without_dpa", False, en("9. Data protection",
                                            "Any personal data of the Customer's staff is processed by the Supplier in "
                                            "accordance with the data processing agreement in Schedule 4, which states "
                                            "the terms Article 28(3) GDPR requires.")),
    ("personal_data_without_dpa", False, fr("Article 9 – Données",
                                            "Les données personnelles des salariés sont traitées conformément à l'accord "
                                            "de sous-traitance de l'annexe 5, conforme à l'article 28 du RGPD.")),
    ("personal_data_without_dpa", False, fr("Article 2 – Objet",
                                            "Le Prestataire assure le support aux utilisateurs et l'administration des "
                                            "serveurs du Client, sans accès aux applications ni aux données qu'elles "
                                            "hébergent.")),
    ("personal_data_without_dpa", False, en("2. Scope",
                                            "The Supplier provides user support and administers the Customer's servers, "
                                            "without any access to the business applications or the data they hold.")),
    ("personal_data_without_dpa", True, en("2. Scope",
                                           "The Supplier provides user support and administers the Customer's servers, "
                                           "with access to the business applications and the data they hold.")),
    ("personal_data_without_dpa", True, en("9. Data protection",
                                           "The Supplier processes the personal data of the Customer's staff and will "
                                           "keep it confidential.")),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_class(case):
    check_rule(*case, spans=True)
