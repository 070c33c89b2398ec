"""Issue 13 misreading classes, written in our own clauses for the thirteenth session (FR and EN, formal and casual,
each with near misses), run through the whole review on a small document.

1. Negation and limits: a ceiling worded around an aside ("will not, in aggregate, exceed", "ne pourra, en aucun cas,
   excéder") or added after the rate (", up to 15 % of that fee", ", dans la limite de …") is a cap; "sans pénalité"
   in a termination right is no penalty.
2. Words with several senses: a contract breach is no data breach, an audit sold or an audit log no audit right,
   staff assigned no assignment, late-payment interest no service penalty; a warranty that the systems "will not
   suffer any intrusion" is a security result promised.
3. Headings that mislead: the clause's words count, under "Divers", "Miscellaneous", "Nature du contrat".
4. Wording variants: "without the Customer's prior approval" (name before "prior"), the provider's "then-prevailing
   rate card" at renewal, termination "forthwith" for an unpaid invoice, a court named by the provider's city.
5. Facts across clauses: data loss excluded while backups are sold; the exit sold apart ("not included in the monthly
   fee and will be charged at the daily rates") is provided, not refused; "Nothing in this Agreement obliges the
   Supplier to hand over data" refuses it.
6. Document type: a French DPA titled in one long sentence-case line ("Annexe 2 – Accord de sous-traitance … (article
   28 du RGPD)") is a DPA, so no services-contract absences are listed for it.
7. Findings point at their own clause (number and heading of the clause holding the evidence).
8. Art. 28 applicability: the provider stating it is controller of its own staff list ("en qualité de responsable de
   traitement", no "données personnelles" in the sentence), or having "no access to any server, application or personal
   data", is outside Art. 28; payroll software hosted "sur ses serveurs" is inside.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.docset import review_many
from assistant.legal.review.documents import ParsedDocument
from assistant.legal.review.report import review_text
from tests.review_docs import backed_up, document, en_dpa, fr_dpa, managed

C: list[tuple[int, str, bool, str]] = []


def D(lang: str, text: str) -> str:
    return document(lang, text)


FRP = ("Entre la commune de Villefranche, 1 place de la Mairie, 69400 Villefranche, ci-après « l'acheteur », et la société "
       "Sigma Réseaux, 5 rue Neuve, 69002 Lyon, ci-après « le Titulaire ».\nArticle 1 – Objet\nLe Titulaire assure la maintenance "
       "des commutateurs réseau et des onduleurs de l'acheteur.\n")
ENP = ("This Agreement is made between Orion Networks Ltd, 10 King Street, Leeds LS1 2HL, England (\"Provider\"), and Castor "
       "Retail plc, 5 Queen Street, Bristol BS1 4DJ, England (\"Customer\").\n1. Services\nThe Provider maintains the "
       "Customer's network switches and uninterruptible power supplies.\n")


def P8(lang: str, text: str) -> str:
    """Parties and a network-maintenance object (no personal data), then the clause under test."""
    return (FRP if lang == "fr" else ENP) + text + "\n"

def add(cls, rule, fires, doc):
    C.append((cls, rule, fires, doc))

# 1 negation and limits
add(1, "uncapped_penalties", False, D("fr", "Article 9 – Résiliation\nLe Client pourra mettre fin au contrat à tout moment, sans pénalité ni indemnité, sous réserve d'un préavis de trois mois."))
add(1, "uncapped_penalties", False, D("en", "9. Termination\nEither party may end this Agreement for convenience on ninety days' written notice, without penalty or liability of any kind."))
add(1, "uncapped_penalties", False, D("fr", "Article 7 – Pénalités\nEn cas de dépassement du délai d'intervention, le Prestataire verse une pénalité de 1 % de la redevance mensuelle par heure de retard. Le montant cumulé des pénalités ne pourra excéder 8 % de la redevance trimestrielle."))
add(1, "uncapped_penalties", False, D("en", "7. Service credits\nFor each hour of downtime beyond the target the Provider credits 2% of the monthly charge. Service credits in any month will not, in aggregate, exceed 12% of that month's charges."))
add(1, "uncapped_penalties", True, D("en", "7. Service credits\nFor each hour of downtime beyond the target the Provider credits 2% of the monthly charge. There is no ceiling on the service credits payable."))
add(1, "uncapped_penalties", True, D("fr", "Article 7 – Pénalités\nTout retard d'intervention donne lieu à une pénalité de 150 euros par heure, sans plafond."))
add(1, "penalties_sole_remedy", True, D("fr", "Article 7 – Pénalités\nUne pénalité de 1 % de la redevance est due par heure d'indisponibilité, dans la limite d'un mois de redevance. Ces pénalités constituent la seule indemnisation à laquelle le Client peut prétendre au titre des niveaux de service."))
add(1, "uncapped_liability", False, D("fr", "Article 7 – Pénalités\nUne pénalité de 1 % de la redevance est due par heure d'indisponibilité, dans la limite d'un mois de redevance. Ces pénalités constituent la seule indemnisation à laquelle le Client peut prétendre au titre des niveaux de service."))
add(1, "penalties_sole_remedy", True, D("en", "7. Service credits\nCredits of 5% per missed target apply. Such credits are the Customer's only and exclusive remedy for any failure to meet the Service Levels."))
add(1, "penalties_sole_remedy", False, D("en", "7. Service credits\nCredits of 5% per missed target apply. Credits are without prejudice to any other right or remedy the Customer may have."))
add(1, "penalties_sole_remedy", False, D("fr", "Article 7 – Pénalités\nUne pénalité de 2 % par jour de retard est due. Les pénalités ne sont pas libératoires : le Client conserve le droit d'obtenir réparation de l'intégralité de son préjudice."))
add(1, "uncapped_liability", True, D("fr", "Article 11 – Responsabilité\nLa responsabilité du Prestataire n'est pas plafonnée."))
add(1, "derisory_liability_cap", True, D("en", "11. Liability\nIn no event shall the Supplier's total liability exceed the fees paid in the three months preceding the claim."))
add(1, "derisory_liability_cap", False, D("en", "11. Liability\nThe Supplier's aggregate liability shall not exceed an amount equal to twice the annual fees."))
add(1, "uncapped_liability", False, D("en", "11. Liability\nThe Supplier's aggregate liability shall not exceed an amount equal to twice the annual fees. Nothing in this Agreement limits either party's liability for death or personal injury caused by its negligence, or for fraud."))
add(1, "derisory_liability_cap", True, D("fr", "Article 11 – Responsabilité\nToutes causes confondues, la responsabilité du Prestataire est limitée au montant de la dernière facture mensuelle."))
add(1, "gross_negligence_exclusion", False, D("fr", "Article 11 – Responsabilité\nLa responsabilité du Prestataire est limitée à douze mois de redevance. Ce plafond ne s'applique pas en cas de faute lourde ou de faute dolosive."))
add(1, "gross_negligence_exclusion", True, D("en", "11. Liability\nThe Supplier's liability is limited to twelve months of fees, and this limit applies even where the loss is caused by the Supplier's gross negligence."))
add(1, "early_termination_all_fees", False, D("en", "9. Termination\nThe Customer may terminate on 60 days' notice. No fee shall be payable for the remaining months of the term."))
add(1, "early_termination_all_fees", True, D("fr", "Article 9 – Résiliation anticipée\nEn cas de résiliation anticipée par le Client, l'intégralité des redevances restant à courir jusqu'au terme du contrat devient immédiatement exigible."))

# 2 words with several senses
add(2, "breach_notification_late", False, D("en", "14. Breach\nA party that becomes aware of a material breach of this Agreement by the other party shall notify it within thirty days, and the defaulting party shall have thirty days to cure it."))
add(2, "breach_notification_late", False, D("fr", "Article 14 – Manquements\nToute violation par l'une des parties de ses obligations contractuelles est notifiée à l'autre partie dans un délai de quinze jours par lettre recommandée."))
add(2, "audit_restricted", False, D("fr", "Article 5 – Audit de sécurité\nÀ la demande du Client, le Prestataire réalise un audit technique de son système d'information, facturé au tarif journalier en vigueur, une fois par an au plus."))
add(2, "audit_restricted", False, D("en", "5. Logging\nThe Provider keeps an audit trail of all administrator actions for twelve months; audit logs are available to the Customer once a year on request."))
add(2, "non_solicitation_heavy", False, D("en", "6. Personnel\nThe Provider carries out background checks on all engineers assigned to the Customer for the whole duration of the contract and for 24 months after they leave."))
add(2, "sla_measured_by_provider", False, D("en", "16. Disputes\nAny question as to the meaning of this Agreement shall be determined solely by the arbitrator appointed under clause 17."))
add(2, "uncapped_penalties", False, D("fr", "Article 6 – Paiement\nLes factures sont payables à 30 jours. Tout retard de paiement entraîne des pénalités de retard au taux d'intérêt légal majoré de dix points et l'indemnité forfaitaire de 40 euros (article L. 441-10 du code de commerce)."))
add(2, "uncapped_penalties", False, D("en", "6. Payment\nInvoices are due within 30 days. Late payments bear interest at 4% above the base rate until paid in full."))
add(2, "free_subcontracting_assignment", False, D("en", "6. Staff\nThe Provider shall assign a named service delivery manager and two engineers to the Customer's account."))
add(2, "free_subcontracting_assignment", False, D("fr", "Article 13 – Propriété intellectuelle\nLe Prestataire cède au Client, sans autre formalité, l'ensemble des droits patrimoniaux sur les scripts et livrables développés pour lui."))
add(2, "suspension_without_notice", False, D("fr", "Article 8 – Suspension\nLe Client peut suspendre à tout moment et sans préavis l'exécution d'une prestation dont il constate qu'elle met en danger la sécurité de son système."))
add(2, "security_result_obligation", False, D("fr", "Article 4 – Garantie\nLe Prestataire garantit que les prestations seront conformes aux spécifications décrites en annexe."))
add(2, "security_result_obligation", True, D("en", "4. Security\nThe Provider warrants that the Customer's systems will not suffer any intrusion or data loss while under its management."))
add(2, "personal_data_without_dpa", False, P8("en", "4. Training\nThe Provider will run security awareness training sessions for the Customer's staff twice a year."))

# 3 headings that mislead
add(3, "free_subcontracting_assignment", True, D("fr", "Article 15 – Divers\nLe Prestataire peut céder le présent contrat à toute société de son choix sans l'accord du Client."))
add(3, "free_subcontracting_assignment", True, D("en", "15. Miscellaneous\nVendor may subcontract all or any part of the Services without Customer's prior approval."))
add(3, "tacit_renewal_long", True, D("fr", "Article 2 – Nature du contrat\nLe contrat est renouvelé tacitement par périodes successives de cinq ans, sauf dénonciation six mois avant l'échéance."))
add(3, "uncapped_penalties", False, D("fr", "Article 7 – Pénalités\nAucune pénalité n'est applicable au titre du présent contrat."))
add(3, "derisory_liability_cap", True, D("en", "10. Responsibilities of the parties\nThe Supplier's maximum aggregate liability under this Agreement is limited to the charges paid in the previous month."))
add(3, "one_sided_jurisdiction", True, D("en", "18. General\nThe courts of Leeds shall have exclusive jurisdiction over any dispute arising out of this Agreement."))

# 4 wording variants
add(4, "free_subcontracting_assignment", True, D("en", "15. Transfer\nThe Provider is free to novate or transfer its rights and obligations hereunder to any third party without the Customer's agreement."))
add(4, "free_subcontracting_assignment", True, D("fr", "Article 15 – Transfert\nLe Prestataire pourra librement transférer le présent contrat à tout tiers de son choix."))
add(4, "free_subcontracting_assignment", False, D("fr", "Article 15 – Cession\nAucune des parties ne peut céder le contrat sans l'accord écrit préalable de l'autre."))
add(4, "unilateral_price_change", True, D("en", "3. Renewal\nOn each renewal the Charges will be those set out in the Provider's then-prevailing rate card."))
add(4, "unilateral_price_change", True, D("fr", "Article 3 – Prix\nÀ chaque reconduction, le tarif applicable est celui du catalogue du Prestataire en vigueur à cette date."))
add(4, "unilateral_price_change", True, D("en", "3. Prices\nWe can change our prices whenever we want; we'll let you know by email."))
add(4, "unilateral_price_change", False, D("fr", "Article 3 – Prix\nLes prix sont révisés chaque année au 1er janvier selon l'indice Syntec, dans la limite de 3 % par an."))
add(4, "unilateral_price_change", True, D("fr", "Article 3 – Prix\nLe Prestataire se réserve la faculté de faire évoluer ses tarifs en cours de contrat, le Client en étant informé un mois à l'avance."))
add(4, "suspension_without_notice", True, D("en", "9. Termination\nThe Provider may terminate this Agreement forthwith if any invoice remains unpaid on its due date."))
add(4, "suspension_without_notice", True, D("fr", "Article 9 – Résiliation\nEn cas de défaut de paiement, le Prestataire pourra résilier le contrat de plein droit et sans délai."))
add(4, "suspension_without_notice", False, D("fr", "Article 9 – Résiliation\nEn cas de défaut de paiement persistant trente jours après une mise en demeure restée sans effet, le Prestataire pourra résilier le contrat."))
add(4, "one_sided_jurisdiction", True, D("fr", "Article 18 – Litiges\nCompétence exclusive est attribuée aux juridictions de Lyon, nonobstant pluralité de défendeurs."))
add(4, "one_sided_jurisdiction", False, D("en", "18. Law\nThis Agreement is governed by English law and the courts of England and Wales have jurisdiction."))
add(4, "tacit_renewal_long", True, D("en", "2. Term\nThis Agreement renews automatically for further periods of four years unless either party gives notice at least nine months before expiry."))
add(4, "tacit_renewal_long", False, D("en", "2. Term\nThis Agreement renews automatically for successive one-year periods unless either party gives notice at least two months before expiry."))
add(4, "free_subprocessors", True, en_dpa("5. Sub-processors", "The Supplier may appoint or replace sub-processors at its discretion and will keep an up-to-date list on its website."))
add(4, "free_subprocessors", False, en_dpa("5. Sub-processors", "The Supplier shall inform the Customer of any intended addition or replacement of a sub-processor at least 30 days in advance, and the Customer may object on reasonable grounds."))
add(4, "breach_notification_late", True, fr_dpa("Article 6 – Incidents", "Le Prestataire informe le Client de toute violation de données personnelles dans un délai de sept jours ouvrés."))
add(4, "breach_notification_late", False, fr_dpa("Article 6 – Incidents", "Le Prestataire informe le Client de toute violation de données personnelles dans les meilleurs délais et au plus tard 24 heures après en avoir eu connaissance."))
add(4, "audit_restricted", True, en_dpa("7. Audits", "The Customer's audit rights are satisfied by the Supplier providing its latest ISO 27001 certificate; no on-site audit will be allowed."))
add(4, "audit_restricted", False, en_dpa("7. Audits", "The Supplier shall allow for and contribute to audits, including inspections, conducted by the Customer or an auditor it mandates, on 30 days' notice."))
add(4, "non_solicitation_heavy", True, D("fr", "Article 12 – Non-sollicitation\nLe Client s'interdit d'embaucher tout salarié du Prestataire pendant la durée du contrat et trois ans après, sous peine d'une indemnité égale à deux années de salaire brut."))
add(4, "force_majeure_broad", True, D("en", "17. Force majeure\nThe Provider is excused from performance for events beyond its reasonable control, including staff shortages, supplier failures, cyber-attacks and power cuts."))
add(4, "asymmetric_termination", True, D("en", "9. Termination\nThe Provider may terminate this Agreement at any time by giving 30 days' notice. The Customer may terminate only for material breach."))

# 5 facts across clauses
add(5, "data_loss_exclusion_with_backup", True, backed_up("fr", "Article 11 – Responsabilité", "Le Prestataire ne saurait être tenu responsable de la perte ou de l'altération des données du Client, sauvegardes comprises."))
add(5, "data_loss_exclusion_with_backup", True, backed_up("en", "11. Liability", "The Supplier will have no liability whatsoever for any loss or corruption of data."))
add(5, "data_loss_exclusion_with_backup", False, backed_up("en", "11. Liability", "The Supplier is not liable for lost data except where the loss results from its failure to perform the backups described in clause 2."))
add(5, "data_loss_exclusion_with_backup", False, D("en", "11. Liability\nThe Supplier will have no liability for any loss or corruption of data; the Customer remains responsible for backing up its own data."))
add(5, "no_reversibility", True, managed("fr", "Article 12 – Fin du contrat", "À la fin du contrat, le Prestataire détruit l'ensemble des données du Client, y compris les sauvegardes, dans les huit jours."))
add(5, "no_reversibility", False, managed("en", "12. Exit", "On expiry the Supplier will return all Customer Data in a standard format within 30 days and will then delete all copies."))
add(5, "no_reversibility", True, managed("fr", "Article 12 – Fin du contrat", "Les prestations n'incluent aucune assistance à la réversibilité."))
add(5, "no_reversibility", False, managed("en", "12. Exit", "Exit assistance is not included in the monthly fee and will be charged at the daily rates in the price schedule."))
add(5, "no_reversibility", True, managed("en", "12. Exit", "Nothing in this Agreement obliges the Supplier to hand over data or assist in migration to another provider."))

# 8 Art 28 applicability
add(8, "personal_data_without_dpa", False, P8("fr", "Article 10 – Données personnelles\nLe Titulaire transmet chaque mois à l'acheteur la liste nominative de ses propres intervenants ; il agit pour ce traitement en qualité de responsable de traitement."))
add(8, "personal_data_without_dpa", False, P8("en", "10. Data protection\nEach party processes the business contact details of the other party's staff as an independent controller, for the sole purpose of managing this Agreement."))
add(8, "personal_data_without_dpa", True, P8("en", "4. Administration\nThe Provider also administers the Customer's servers remotely over SSH, including the server hosting the Customer's HR database."))
add(8, "personal_data_without_dpa", True, P8("en", "4. Platform\nThe Provider also runs the platform on which the Customer deploys its own applications and databases, including those holding the personal data of the Customer's clients."))
add(8, "personal_data_without_dpa", False, P8("en", "4. Scope\nThe Provider works only on the network equipment; it has no access to any server, application or personal data of the Customer."))
add(8, "personal_data_without_dpa", True, P8("fr", "Article 4 – Hébergement\nLe Titulaire héberge en outre sur ses serveurs le logiciel de paie de l'acheteur et les données des agents qu'il contient."))
add(8, "personal_data_without_dpa", False, P8("fr", "Article 4 – Données\nLe Titulaire n'a accès à aucune donnée à caractère personnel de l'acheteur ; ses interventions portent uniquement sur le matériel réseau."))
add(8, "personal_data_without_dpa", True, P8("fr", "Article 4 – Messagerie\nLe Titulaire gère également la messagerie électronique des agents de l'acheteur et en assure la sauvegarde."))


# -- a second and third batch, written after the first fixes (other subjects, casual drafting) ---------------
# 1 negation / limits
add(1, "uncapped_liability", False, D("en", "11. Liability\nExcept for its indemnity obligations, neither party's liability shall exceed the total fees paid in the twelve months before the claim."))
add(1, "uncapped_liability", True, D("en", "11. Liability\nNo limitation of liability applies to the Supplier under this Agreement."))
add(1, "uncapped_liability", True, D("fr", "Article 11 – Responsabilité\nAucune limitation de responsabilité ne bénéficie au Prestataire."))
add(1, "derisory_liability_cap", False, D("fr", "Article 11 – Responsabilité\nLa responsabilité du Prestataire ne pourra, en tout état de cause, excéder le montant total des sommes versées au cours des vingt-quatre derniers mois."))
add(1, "derisory_liability_cap", True, D("fr", "Article 11 – Responsabilité\nLa responsabilité du Prestataire ne pourra, en tout état de cause, excéder le montant de la redevance d'un mois."))
add(1, "derisory_liability_cap", True, D("en", "11. Liability\nOur total liability to you won't be more than what you paid us in the last month."))
add(1, "uncapped_penalties", False, D("fr", "Article 7 – Pénalités\nChaque jour de retard donne lieu à une pénalité de 0,5 % du prix de la prestation concernée, sans que le total puisse dépasser 10 % de ce prix."))
add(1, "uncapped_penalties", False, D("en", "7. Service credits\nA credit of 3% of the monthly fee is due per missed ticket target; total credits for a month are capped at 20% of the fee for that month."))
add(1, "penalties_sole_remedy", True, D("en", "7. Service credits\nCredits of 3% per missed target are due. Customer's sole recourse for any service level failure is the credits described here."))
add(1, "penalties_sole_remedy", True, D("fr", "Article 7 – Pénalités\nLes pénalités de 2 % par heure de retard ont un caractère forfaitaire et libératoire."))
add(1, "asymmetric_termination", False, D("en", "9. Termination\nEither of us can end this agreement at any time with 60 days' written notice."))
add(1, "asymmetric_termination", True, D("fr", "Article 9 – Résiliation\nLe Prestataire peut résilier le contrat à tout moment moyennant un préavis d'un mois. Le Client ne peut résilier le contrat qu'en cas de manquement grave du Prestataire."))
add(1, "suspension_without_notice", False, D("en", "8. Suspension\nThe Provider may suspend the Services for non-payment only after giving the Customer 15 days' written notice."))
add(1, "suspension_without_notice", True, D("en", "8. Suspension\nThe Provider may suspend the Services immediately and without notice if any invoice is overdue."))
add(1, "suspension_without_notice", True, D("fr", "Article 8 – Suspension\nEn cas de retard de paiement, le Prestataire peut suspendre les services sans préavis."))
add(1, "suspension_without_notice", False, D("fr", "Article 8 – Suspension\nLe Prestataire ne peut suspendre les services qu'après une mise en demeure restée sans effet pendant quinze jours."))
add(1, "tacit_renewal_long", False, D("fr", "Article 2 – Durée\nLe contrat est conclu pour trois ans. Il n'est pas renouvelable tacitement."))
add(1, "early_termination_all_fees", False, D("fr", "Article 9 – Résiliation\nEn cas de résiliation anticipée, le Client n'est redevable d'aucune somme au titre des mois restant à courir."))
# 2 several senses
add(2, "free_subprocessors", False, D("en", "10. Personnel\nThe Provider may replace any of its engineers working on the Customer's account at its discretion."))
add(2, "force_majeure_broad", False, D("en", "17. Force majeure\nNeither party is liable for delay caused by events beyond its reasonable control; cyber-attacks, strikes of a party's own staff and failures of its subcontractors are not force majeure events."))
add(2, "non_solicitation_heavy", False, D("fr", "Article 12 – Personnel\nLe Prestataire s'engage à ne faire intervenir que du personnel salarié, qualifié et soumis à une vérification d'antécédents pendant toute la durée du contrat et trois ans après."))
add(2, "one_sided_jurisdiction", False, D("en", "18. Escalation\nOperational issues are escalated to the Provider's service manager in Leeds and then to the Customer's IT director."))
add(2, "breach_notification_late", False, D("en", "14. Breach of contract\nIf either party commits a material breach, the other may give notice and terminate if the breach is not remedied within 45 days."))
add(2, "audit_restricted", False, D("fr", "Article 5 – Prestation d'audit\nLe Prestataire réalise, une fois par an au plus, un audit de configuration des pare-feu du Client, livré sous forme de rapport."))
add(2, "uncapped_penalties", False, D("en", "6. Payment\nOverdue amounts bear a late payment penalty of 1.5% per month until paid."))
# 3 headings
add(3, "free_subcontracting_assignment", True, D("en", "5.0 Security\nProvider may freely subcontract any portion of the hosting services to third parties of its choosing."))
add(3, "unilateral_price_change", True, D("fr", "Article 14 – Dispositions diverses\nLe Prestataire peut modifier unilatéralement ses prix en cours d'exécution du contrat."))
add(3, "one_sided_jurisdiction", True, D("fr", "Article 16 – Divers\nTout différend relèvera de la compétence exclusive du tribunal de commerce de Lyon."))
add(3, "non_solicitation_heavy", True, D("en", "19. General\nThe Customer shall not hire any employee of the Provider during the term and for three years after, failing which it shall pay a sum equal to two years' salary of that employee."))
# 4 wording variants
add(4, "free_subcontracting_assignment", True, D("en", "15. Assignment\nThe Provider can hand this contract over to another company without asking you."))
add(4, "free_subcontracting_assignment", True, D("fr", "Article 15 – Cession\nLe Prestataire se réserve le droit de transférer le présent contrat à toute entité de son choix, ce que le Client accepte d'ores et déjà."))
add(4, "free_subcontracting_assignment", False, D("en", "15. Assignment\nThe Provider may assign this Agreement only with the Customer's prior written consent, which shall not be unreasonably withheld."))
add(4, "unilateral_price_change", True, D("en", "3. Charges\nThe Provider may increase the Charges at any time on thirty days' notice."))
add(4, "unilateral_price_change", False, D("en", "3. Charges\nThe Charges are fixed for the Initial Term and may only change by written amendment signed by both parties."))
add(4, "unilateral_price_change", True, D("fr", "Article 3 – Prix\nLes tarifs du Prestataire sont susceptibles d'évolution à tout moment, sur simple information du Client."))
add(4, "tacit_renewal_long", True, D("fr", "Article 2 – Durée\nÀ défaut de dénonciation par lettre recommandée au moins neuf mois avant son terme, le contrat se prolonge pour une nouvelle période de trois ans."))
add(4, "tacit_renewal_long", True, D("en", "2. Term\nThis Agreement will automatically extend for successive 36-month terms unless cancelled in writing 180 days before the end of the current term."))
add(4, "one_sided_jurisdiction", True, D("en", "18. Disputes\nAll disputes shall be brought exclusively before the courts sitting in Leeds, England."))
add(4, "one_sided_jurisdiction", False, D("fr", "Article 18 – Litiges\nTout litige sera porté devant le tribunal compétent selon les règles de droit commun."))
add(4, "sla_measured_by_provider", True, D("en", "6. Service levels\nAvailability shall be calculated exclusively from the Provider's own monitoring data, which shall be conclusive."))
add(4, "sla_measured_by_provider", True, D("fr", "Article 6 – Niveaux de service\nLa disponibilité est mesurée par les seuls outils de supervision du Prestataire, dont les relevés font foi."))
add(4, "sla_measured_by_provider", False, D("fr", "Article 6 – Niveaux de service\nLa disponibilité est mesurée par un outil tiers indépendant dont les relevés sont accessibles au Client."))
add(4, "force_majeure_broad", True, D("fr", "Article 17 – Force majeure\nSont notamment considérés comme des cas de force majeure les grèves du personnel du Prestataire, les pannes de ses serveurs et les attaques informatiques."))
add(4, "force_majeure_broad", False, D("fr", "Article 17 – Force majeure\nLa force majeure s'entend au sens de l'article 1218 du code civil."))
add(4, "breach_notification_late", True, en_dpa("6. Personal data breaches", "The Supplier shall notify the Customer of a personal data breach within 10 business days of discovering it."))
add(4, "breach_notification_late", True, en_dpa("6. Incidents", "The Supplier will tell the Customer about any data breach once it has finished its internal investigation."))
add(4, "breach_notification_late", False, en_dpa("6. Incidents", "The Supplier shall notify the Customer without undue delay, and in any event within 36 hours, after becoming aware of a personal data breach."))
add(4, "audit_restricted", True, fr_dpa("Article 7 – Audits", "Le droit d'audit du Client s'exerce exclusivement au moyen d'un questionnaire écrit, à l'exclusion de toute vérification sur place."))
add(4, "audit_restricted", False, fr_dpa("Article 7 – Audits", "Le Prestataire permet la réalisation d'audits, y compris d'inspections sur site, par le Client ou un auditeur mandaté par lui, moyennant un préavis de quinze jours."))
add(4, "free_subprocessors", True, fr_dpa("Article 5 – Sous-traitants ultérieurs", "Le Prestataire peut faire appel à tout sous-traitant ultérieur de son choix sans en informer le Client."))
add(4, "free_subprocessors", False, fr_dpa("Article 5 – Sous-traitants ultérieurs", "Le Prestataire informe le Client de tout changement de sous-traitant ultérieur un mois à l'avance ; le Client peut s'y opposer pour un motif légitime."))
add(4, "gross_negligence_exclusion", True, D("fr", "Article 11 – Responsabilité\nLe plafond ci-dessus s'applique quelle que soit la nature de la faute, y compris lourde."))
add(4, "gross_negligence_exclusion", False, D("en", "11. Liability\nThe cap in this clause does not apply to losses caused by gross negligence or wilful misconduct."))
add(4, "security_result_obligation", True, D("fr", "Article 4 – Sécurité\nLe Prestataire s'engage à ce qu'aucune intrusion ne puisse affecter le système d'information du Client."))
add(4, "security_result_obligation", False, D("fr", "Article 4 – Sécurité\nLe Prestataire met en œuvre les moyens raisonnables pour protéger le système du Client contre les intrusions, dans le cadre d'une obligation de moyens."))
# 5 facts across clauses
add(5, "data_loss_exclusion_with_backup", True, backed_up("en", "11. Liability", "In no event will the Supplier be responsible for lost, deleted or corrupted files, even where backups were part of the Services."))
add(5, "data_loss_exclusion_with_backup", True, backed_up("fr", "Article 11 – Responsabilité", "Le Client renonce à tout recours contre le Prestataire en cas de perte de ses données."))
add(5, "data_loss_exclusion_with_backup", False, backed_up("fr", "Article 11 – Responsabilité", "Le Prestataire répond de la perte des données résultant d'un manquement à ses obligations de sauvegarde."))
add(5, "no_reversibility", True, managed("en", "12. End of contract", "When the contract ends we delete all your data and backups straight away."))
add(5, "no_reversibility", False, managed("fr", "Article 12 – Fin du contrat", "À la fin du contrat, le Prestataire met à la disposition du Client, pendant soixante jours, un export complet de ses données dans un format standard, puis les supprime."))
add(5, "no_reversibility", False, managed("fr", "Article 12 – Réversibilité", "La réversibilité fait l'objet d'une prestation distincte, chiffrée sur devis à la demande du Client."))
add(5, "no_reversibility", True, managed("fr", "Article 12 – Fin du contrat", "Rien dans le présent contrat n'oblige le Prestataire à restituer les données ou à accompagner une migration."))

# 2 several senses
add(2, "uncapped_penalties", False, D("fr", "Article 20 – Crédits\nLes photographies du site du Client sont publiées avec les crédits de leurs auteurs."))
add(2, "penalties_sole_remedy", False, D("en", "20. Credits\nSoftware credits purchased by the Customer are non-refundable and are the only means to pay for additional licences."))
add(2, "security_result_obligation", False, D("en", "4. Availability\nThe Provider guarantees 99.9% availability of the hosted platform, measured monthly."))
add(2, "breach_notification_late", False, fr_dpa("Article 9 – Manquements", "En cas de violation par le Client de l'une de ses obligations, le Prestataire le met en demeure d'y remédier sous trente jours."))
add(2, "audit_restricted", False, D("en", "5. Records\nThe Customer may audit the Provider's invoices and time sheets once a year."))
add(2, "free_subcontracting_assignment", False, D("fr", "Article 13 – Licences\nLe Prestataire transfère au Client les licences des logiciels acquis pour son compte à la fin du contrat."))
add(2, "gross_negligence_exclusion", False, D("en", "11. Liability\nThe Supplier's liability is capped at the annual fees, save in the case of gross negligence, for which liability is unlimited."))
add(2, "one_sided_jurisdiction", False, D("en", "18. Exclusivity\nThe Customer appoints the Provider as its exclusive supplier of managed print services in Leeds."))
# 3 headings
add(3, "penalties_sole_remedy", True, D("en", "13. Miscellaneous\nService credits under Schedule 2 are the Customer's exclusive remedy for any failure to meet service levels."))
add(3, "tacit_renewal_long", True, D("en", "1. Definitions and interpretation\n\"Term\" means an initial term of five years, renewing automatically for further five-year periods unless terminated on twelve months' notice."))
add(3, "suspension_without_notice", True, D("en", "8. Restrictions and Responsibilities\nProvider may suspend Customer's access to the Services at any time and without prior notice if payment is late."))
add(3, "uncapped_penalties", False, D("en", "7. Service credits\nService credits do not apply under this Agreement."))
# 4 wording, casual and formal
add(4, "asymmetric_termination", True, D("en", "9. Ending this agreement\nWe can end the agreement whenever we like with a month's notice. You can only end it at the end of the three-year term."))
add(4, "asymmetric_termination", False, D("fr", "Article 9 – Résiliation\nChacune des parties peut résilier le contrat pour convenance moyennant un préavis de trois mois."))
add(4, "early_termination_all_fees", True, D("en", "9. Early termination\nIf you cancel before the end of the term, you must pay all the monthly fees that would have been due until the end of the term."))
add(4, "early_termination_all_fees", False, D("en", "9. Early termination\nIf the Customer terminates early, it shall pay a fee equal to two months of charges."))
add(4, "tacit_renewal_long", True, D("fr", "Article 2 – Durée\nLe contrat se renouvelle automatiquement pour des périodes de quatre ans, sauf résiliation adressée au moins six mois avant l'échéance."))
add(4, "free_subprocessors", True, en_dpa("5. Sub-processors", "The Customer gives the Supplier a general authorisation to engage sub-processors; the Supplier need not inform the Customer of any changes."))
add(4, "free_subprocessors", True, en_dpa("5. Other processors", "We may use other companies to help process your data, and we do not have to tell you who they are."))
add(4, "audit_restricted", True, en_dpa("7. Audits", "Audits are limited to reviewing the Supplier's SOC 2 report; the Customer waives any right to inspect the Supplier's premises."))
add(4, "breach_notification_late", True, fr_dpa("Article 6 – Violations", "Le Prestataire notifie au Client toute violation de données dans un délai de 96 heures."))
add(4, "non_solicitation_heavy", False, D("en", "12. Non-solicitation\nDuring the term and for six months after, neither party shall solicit the other's employees without consent."))
add(4, "non_solicitation_heavy", True, D("en", "12. Non-solicitation\nFor 36 months after the end of this Agreement, the Customer shall not employ or engage any person who worked on the Services."))
add(4, "force_majeure_broad", True, D("en", "17. Force majeure\nThe Provider shall not be liable for failures caused by its own suppliers, hardware breakdowns or malicious software."))
add(4, "sla_measured_by_provider", True, D("en", "6. Service levels\nResponse times are determined on the basis of the Provider's ticketing system timestamps only."))
add(4, "unilateral_price_change", True, D("fr", "Article 3 – Prix\nLe Prestataire pourra réviser ses prix chaque année selon un pourcentage qu'il fixe librement."))
add(4, "unilateral_price_change", False, D("fr", "Article 3 – Prix\nToute modification des prix fait l'objet d'un avenant signé par les deux parties."))
add(4, "one_sided_jurisdiction", True, D("fr", "Article 18 – Litiges\nLes litiges seront soumis aux tribunaux du siège social du Prestataire."))
add(4, "one_sided_jurisdiction", True, D("en", "18. Venue\nAny action shall be brought only in the courts where the Provider has its registered office."))
add(4, "one_sided_jurisdiction", False, D("en", "18. Venue\nAny action shall be brought in the courts where the defendant has its registered office."))
# 5 across clauses
add(5, "data_loss_exclusion_with_backup", True, backed_up("en", "11. Liability", "Provider is not responsible for the restoration of lost data, including data that was covered by the backup service."))
add(5, "data_loss_exclusion_with_backup", True, backed_up("fr", "Article 11 – Responsabilité", "La perte de données ne saurait engager la responsabilité du Prestataire, quelle qu'en soit la cause."))
add(5, "no_reversibility", True, managed("en", "12. Termination", "Upon termination all Customer accounts are closed and their contents permanently erased."))
add(5, "no_reversibility", False, managed("en", "12. Termination", "Upon termination, and at the Customer's choice, the Supplier returns the Customer's data or deletes it, and certifies the deletion."))
add(5, "no_reversibility", True, managed("fr", "Article 12 – Fin du contrat", "Le Prestataire n'assure aucune prestation de réversibilité."))
add(5, "no_reversibility", False, managed("fr", "Article 12 – Fin du contrat", "À l'expiration du contrat, le Prestataire remet au Client l'ensemble de ses données dans un délai de trente jours."))

# -- a fourth batch: denials and modals (a limit denied, consent not needed, a negation inside an "if" clause, a forum
# expressly not chosen), casual renewals ("rolls over … ahead") --------------------------------------------------
add(1, "free_subcontracting_assignment", False, D("en", "15. Assignment\nThe Provider shall not assign, transfer or subcontract any of its obligations without the Customer's prior written approval."))
add(1, "free_subcontracting_assignment", False, D("fr", "Article 15 – Sous-traitance\nLe Prestataire ne pourra, sans l'accord préalable et écrit du Client, sous-traiter tout ou partie des prestations."))
add(1, "free_subcontracting_assignment", True, D("fr", "Article 15 – Sous-traitance\nLe Prestataire n'a pas besoin de l'accord du Client pour sous-traiter tout ou partie des prestations."))
add(1, "free_subcontracting_assignment", True, D("en", "15. Subcontracting\nNo consent of the Customer is needed for the Provider to subcontract the Services."))
add(1, "unilateral_price_change", False, D("en", "3. Charges\nThe Provider may not increase the Charges during the Initial Term."))
add(1, "unilateral_price_change", False, D("fr", "Article 3 – Prix\nLes prix sont fermes et non révisables pendant toute la durée du contrat."))
add(1, "security_result_obligation", False, D("en", "4. Security\nThe Provider does not warrant that the Services will be free from intrusion or attack."))
add(1, "security_result_obligation", False, D("fr", "Article 4 – Sécurité\nLe Prestataire ne garantit pas l'absence de toute intrusion dans le système du Client."))
add(1, "derisory_liability_cap", False, D("en", "11. Liability\nThe Supplier's liability is not limited to the fees paid in the previous month; it extends to all direct losses."))
add(1, "penalties_sole_remedy", False, D("fr", "Article 7 – Pénalités\nLes pénalités ne constituent pas l'unique réparation due au Client."))
add(1, "tacit_renewal_long", False, D("en", "2. Term\nThis Agreement does not renew automatically; any renewal for a further five years requires a written amendment."))
add(1, "one_sided_jurisdiction", False, D("fr", "Article 18 – Litiges\nLes parties ne confèrent aucune compétence exclusive aux tribunaux de Lyon ; le droit commun s'applique."))
add(4, "tacit_renewal_long", True, D("en", "2. Term\nAfter the first term the contract rolls over for another 5 years each time, unless one of us cancels at least 6 months ahead."))
add(4, "early_termination_all_fees", True, D("fr", "Article 9 – Résiliation\nToute résiliation avant l'échéance rend exigible le solde des redevances jusqu'au terme de la période en cours."))
add(4, "suspension_without_notice", True, D("en", "8. Suspension\nWe may cut off your service straight away if you don't pay on time."))
add(4, "free_subprocessors", True, en_dpa("5. Sub-processors", "Customer generally authorises Supplier to engage sub-processors. Supplier may add or replace them at any time without notice and Customer has no right to object."))
add(4, "breach_notification_late", True, en_dpa("6. Breaches", "The Supplier shall report any personal data breach to the Customer within one month."))
add(4, "audit_restricted", True, fr_dpa("Article 7 – Audits", "Le Client ne peut procéder à aucun audit sur site ; seul le rapport annuel de certification du Prestataire lui est communiqué."))


def _id(case) -> str:
    cls, rule, fires, doc = case
    return f"c{cls}-{rule}-{'fires' if fires else 'quiet'}-{doc.splitlines()[-1][:30]}"


@pytest.mark.parametrize("case", C, ids=_id)
def test_class(case):
    _cls, rule, fires, doc = case
    flags = review_text(doc, role="client").flags
    found = {f.rule for f in flags}
    assert (rule in found) is fires, f"{rule} {'missed' if fires else 'raised'}: {doc!r} -> {sorted(found)}"
    for f in flags:  # a flag proven by a fact quotes that fact's own words of the document
        if f.rule == rule and f.span is not None and f.facts:
            assert doc[f.span[0]:f.span[1]] == f.facts[0]["evidence"]["quote"]


# -- 6. document type, 7. the clause cited --------------------------------------------------------------------------
DPA_FR = """Annexe 2 – Accord de sous-traitance de données personnelles (article 28 du RGPD)

Entre la société Pivert Hébergement, ci-après « le Sous-traitant », et la société Tilleul Assurances, ci-après « le \
Responsable de traitement ».

Article 1 – Objet du traitement
Le Sous-traitant héberge et sauvegarde, pour le compte du Responsable de traitement, les dossiers des assurés pendant la \
durée du contrat principal.

Article 2 – Instructions
Le Sous-traitant ne traite les données que sur instruction documentée du Responsable de traitement.

Article 3 – Violations
Le Sous-traitant notifie toute violation de données personnelles au Responsable de traitement dans les 48 heures.

Article 4 – Fin du traitement
Au terme du contrat principal, le Sous-traitant restitue les données au Responsable de traitement puis supprime les copies.
"""
SLA_EN = """Schedule 2 – Service Level Agreement

This Schedule forms part of the Managed Services Agreement between Heron Cloud Ltd ("Provider") and Wren Logistics Ltd \
("Customer").

1. Availability
The Provider shall make the hosted platform available 99.8% of each calendar month.

2. Measurement
Availability is measured by an independent monitoring service whose reports both parties may consult.

3. Service credits
For each 0.1% below target the Customer receives a credit of 2% of the monthly fee, up to 15% of that fee.
"""
CONTRACT_EN = """This Agreement is made between Heron Cloud Ltd, 4 Bridge Street, Leeds LS2 7HY, England ("Provider"), and \
Wren Logistics Ltd, 8 Canal Way, Bristol BS2 0JR, England ("Customer").

1. Services
The Provider hosts and operates the Customer's logistics application.

2. Fees
The monthly fee is GBP 4,000.

3. Service credits
Credits of 5% of the monthly fee apply for each missed target.

4. Assignment
The Provider may assign this Agreement to any affiliate without the Customer's consent.

5. Governing law
This Agreement is governed by English law.
"""


def test_long_sentence_case_dpa_title_is_a_dpa():
    report = review_text(DPA_FR, role="client")
    assert report.doc_type.kind == "dpa"
    assert not {"reversibility", "liability", "sla", "termination"} & set(report.missing_essential)
    assert not {"no_reversibility", "uncapped_liability", "no_sla_measurement"} & {f.rule for f in report.flags}


def test_sla_credit_capped_after_the_rate():
    report = review_text(SLA_EN, role="client")
    assert report.doc_type.kind == "sla"
    assert "uncapped_penalties" not in {f.rule for f in report.flags}


def test_findings_cite_their_own_clause():
    report = review_text(CONTRACT_EN, role="client")
    by_rule = {f.rule: f for f in report.flags}
    assert by_rule["free_subcontracting_assignment"].number.rstrip(".") == "4"
    assert by_rule["free_subcontracting_assignment"].heading == "4. Assignment"
    assert by_rule["uncapped_penalties"].number.rstrip(".") == "3"
    span = by_rule["free_subcontracting_assignment"].span
    assert "assign this Agreement" in CONTRACT_EN[span[0]:span[1]]


# -- 6. a set named by a part of a title: the CGV cites "l'accord de traitement des données", the DPA cites "les
# conditions générales de services" of the CGV titled "Conditions générales de services – Hébergement géré" ----------
SET_CGV = """Conditions générales de services – Hébergement géré

Entre la société Nuage Clair, 4 rue de la Gare, 35000 Rennes, ci-après « le Prestataire », et le Client identifié au bon de commande.

Article 1 – Objet
Le Prestataire héberge et administre les serveurs virtuels du Client, y compris les bases de données clients de celui-ci.

Article 2 – Prix
La redevance mensuelle figure au bon de commande.

Article 3 – Données personnelles
Le traitement des données personnelles confié au Prestataire est régi par l'accord de traitement des données (annexe RGPD) signé entre les parties.

Article 4 – Responsabilité
La responsabilité du Prestataire est limitée aux sommes versées au cours des douze derniers mois.

Article 5 – Durée
Le contrat est conclu pour un an.
"""
SET_DPA = """Annexe RGPD – Accord de traitement des données personnelles

Le présent accord complète les conditions générales de services de Nuage Clair (le Prestataire, sous-traitant) conclues avec le Client (responsable de traitement).

Article 1 – Objet et durée
Le Prestataire héberge, pour le compte du Client et pendant la durée des conditions générales, les bases de données clients du Client (noms, adresses, historiques de commande) aux fins de l'exploitation de sa boutique en ligne.

Article 2 – Instructions
Le Prestataire ne traite les données que sur instruction documentée du Client.

Article 3 – Confidentialité
Les personnes autorisées à traiter les données sont soumises à une obligation de confidentialité.

Article 4 – Sécurité
Le Prestataire met en œuvre les mesures prévues à l'article 32 du RGPD.

Article 5 – Sous-traitants ultérieurs
Le Prestataire ne recourt à un autre sous-traitant qu'avec l'autorisation écrite préalable du Client.

Article 6 – Droits des personnes
Le Prestataire aide le Client à répondre aux demandes d'exercice des droits des personnes concernées.

Article 7 – Assistance
Le Prestataire aide le Client à respecter ses obligations des articles 32 à 36 du RGPD.

Article 8 – Violations
Le Prestataire notifie au Client toute violation de données dans les 24 heures.

Article 9 – Fin des prestations
Au terme des prestations, le Prestataire restitue au Client, à son choix, l'ensemble des données dans un format ouvert, puis détruit les copies.

Article 10 – Audits
Le Prestataire met à disposition les informations nécessaires et permet des audits, y compris des inspections, par le Client ou un auditeur mandaté.
"""


def test_contract_and_dpa_citing_a_part_of_each_other_title_form_one_set():
    out = review_many([ParsedDocument(name="cgv.md", text=SET_CGV, pages=1, format="md"),
                       ParsedDocument(name="annexe.md", text=SET_DPA, pages=1, format="md")], retriever=None)
    assert len(out) == 1 and hasattr(out[0], "documents")
    cgv, dpa = out[0].documents
    assert "personal_data_without_dpa" not in {f.rule for f in cgv.flags}
    assert "no_reversibility" not in {f.rule for f in cgv.flags}
    assert out[0].reversibility.present


def test_two_unrelated_general_conditions_stay_apart():
    other = SET_CGV.replace("Le contrat est conclu pour un an.", "Les présentes conditions générales de services sont "
                            "conclues pour un an.").replace("Hébergement géré", "Maintenance de photocopieurs").replace("Nuage Clair", "Copie Nette") \
        .replace("Rennes", "Brest")
    out = review_many([ParsedDocument(name="a.md", text=SET_CGV, pages=1, format="md"),
                       ParsedDocument(name="b.md", text=other, pages=1, format="md")], retriever=None)
    assert len(out) == 2


# a list opened by "including but not limited to" inside a cap sentence is no denial of the cap (CUAD regression caught
# while denying "is not limited to the last month's fees")
@pytest.mark.parametrize("text, fires", [
    ("11. Liability\nThe Supplier's total liability, including but not limited to liability for negligence, is limited to "
     "the fees paid in the last twelve months.", False),
    ("11. Liability\nThe Supplier's liability is not limited to the fees paid in the previous month; it extends to all "
     "direct losses.", False),
    ("11. Liability\nThe Supplier's total liability for all claims, including but not limited to claims in negligence, "
     "shall be limited to the fees paid in the previous month.", True),
])
def test_cap_not_denied_by_an_including_list(text, fires):
    found = {f.rule for f in review_text(document("en", text), role="client").flags}
    assert "uncapped_liability" not in found or fires
    assert ("derisory_liability_cap" in found) is fires
