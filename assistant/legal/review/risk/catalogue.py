"""The catalogue of risk rules: id, topic, severity per side, reason (FR/EN), legal basis and
what to ask for. The checks are in `risk_rules.py`. The provider's severity is settled by one policy,
`prompts/review_severity.yaml` (`risk.severity`), which the engine applies over the values below."""

from __future__ import annotations

from assistant.legal.review.risk import rules as r
from assistant.legal.review.risk.rules import CLIENT_HIGH, CLIENT_MEDIUM, MSP_HIGH, Rule


def _rule(id, topic, severity, check, *, fr, en, basis, ask_fr, ask_en) -> Rule:
    return Rule(id=id, topic=topic, severity=severity, check=check, issue={"fr": fr, "en": en}, basis=basis,
                ask={"fr": ask_fr, "en": ask_en})


# how the breach rule words the provider's delay
BREACH_DELAY = {"deferred": {"fr": "sans délai fixé, une fois sa propre enquête faite",
                             "en": "with no deadline, once its own investigation is done"},
                "hours": {"fr": "sous {hours} heures", "en": "within {hours} hours"},
                "counted": {"fr": "sous {hours} heures, mais comptées à partir de sa propre confirmation, pas de sa "
                                  "connaissance de la violation",
                            "en": "within {hours} hours, but counted from its own confirmation, not from its awareness "
                                  "of the breach"}}


def _breach_late(ctx):
    hit = r.breach_notification_late(ctx)
    if hit is not None:
        words = BREACH_DELAY["deferred" if hit.detail.get("deferred") else
                             "counted" if hit.detail.get("counted") else "hours"]
        hit.detail.update(delay_fr=words["fr"].format(**hit.detail), delay_en=words["en"].format(**hit.detail))
    return hit


RULES: list[Rule] = [
    _rule("personal_data_without_dpa", "data_protection", {"client": "high", "msp": "high"},
          r.personal_data_without_dpa,
          fr="Le prestataire accède à des données personnelles ou les héberge, mais les clauses de sous-traitance "
             "exigées par le RGPD manquent, sont très partielles ou écartent expressément une obligation ({n} "
             "élément(s) sur 12 trouvés). Les deux parties sont exposées : le client doit choisir un sous-traitant offrant des "
             "garanties, le prestataire doit respecter l'article 28.",
          en="The provider hosts or accesses personal data, yet the processor terms the GDPR requires are missing, "
             "very partial, or expressly take a duty away ({n} of 12 elements found). Both sides are exposed: the controller must use "
             "a processor giving guarantees, and the processor must meet Article 28.",
          basis="RGPD / GDPR art. 28(1), 28(3), 28(9); art. 83(4)(a)",
          ask_fr="Ajouter une annexe de sous-traitance RGPD couvrant les points a) à h) de l'article 28(3).",
          ask_en="Add a GDPR processor annex covering points (a) to (h) of Article 28(3)."),
    _rule("unilateral_price_change", "price_revision", CLIENT_HIGH, r.unilateral_price_change,
          fr="Le prestataire peut changer seul ses prix (ou les prix renvoient à un tarif qu'il publie et modifie "
             "librement). Le client ne sait pas ce qu'il paiera et n'a pas de garde-fou.",
          en="The provider can change its prices on its own (or prices point to a list it publishes and may change "
             "at will). The client cannot predict what it will pay and has no safeguard.",
          basis="Code civil, art. 1164 (prix fixé unilatéralement : justification, abus sanctionné) ; art. 1171 et "
                "C. com. L442-1 I 2° (déséquilibre significatif)",
          ask_fr="Prix fixés au contrat, révision annuelle selon un indice public (ex. Syntec) plafonnée, et droit de "
                 "résilier sans frais en cas de hausse hors formule.",
          ask_en="Prices fixed in the contract, yearly revision on a public index (e.g. Syntec) with a cap, and a right "
                 "to terminate at no cost if prices rise outside the formula."),
    _rule("tacit_renewal_long", "duration_renewal", CLIENT_MEDIUM, r.tacit_renewal_long,
          fr="Reconduction tacite avec une durée longue ({term} mois) ou un préavis lourd ({notice} mois) : le client "
             "risque d'être engagé pour une nouvelle période faute d'avoir dénoncé à temps.",
          en="Automatic renewal with a long term ({term} months) or a heavy notice period ({notice} months): the client "
             "may find itself bound for another period for missing the deadline.",
          basis="Code civil, art. 1214-1215 (la reconduction crée un nouveau contrat) ; art. 1210 (pas d'engagement "
                "perpétuel) ; art. 1171 / C. com. L442-1 I 2°",
          ask_fr="Durée initiale de 12 à 36 mois, reconduction annuelle, préavis de 3 mois au plus et rappel écrit du "
                 "prestataire avant l'échéance.",
          ask_en="Initial term of 12 to 36 months, yearly renewal, notice of 3 months at most, and a written reminder "
                 "from the provider before the deadline."),
    _rule("early_termination_all_fees", "termination", CLIENT_HIGH, r.early_termination_all_fees,
          fr="En cas de sortie anticipée, toutes les redevances restant jusqu'au terme deviennent exigibles : c'est une "
             "indemnité forfaitaire qui peut être manifestement excessive, a fortiori si elle joue quelle que soit la "
             "cause de la sortie.",
          en="On early termination, every fee left until the end of the term becomes due: a fixed indemnity that can "
             "be manifestly excessive, all the more so if it applies whatever the reason for leaving.",
          basis="Code civil, art. 1231-5 (clause pénale modérable par le juge) ; art. 1171",
          ask_fr="Indemnité limitée aux coûts réellement engagés non amortis (ou à quelques mois de redevance), et "
                 "aucune indemnité si la résiliation est due à une faute du prestataire.",
          ask_en="Limit the fee to unrecovered costs actually incurred (or a few months of fees), and none at all when "
                 "termination is caused by the provider's breach."),
    _rule("asymmetric_termination", "termination", CLIENT_HIGH, r.asymmetric_termination,
          fr="Une seule partie peut mettre fin au contrat à tout moment ou sans motif ; l'autre reste engagée "
             "jusqu'au terme.",
          en="Only one party may end the contract at any time or without cause; the other stays bound until the end "
             "of the term.",
          basis="Code civil, art. 1171 ; C. com. L442-1 I 2° (déséquilibre significatif)",
          ask_fr="Droits de résiliation symétriques (mêmes cas, même préavis) pour les deux parties.",
          ask_en="Symmetric termination rights (same grounds, same notice) for both parties."),
    _rule("derisory_liability_cap", "liability", CLIENT_HIGH, r.derisory_liability_cap,
          fr="Le plafond de responsabilité est dérisoire au regard des enjeux (un mois de redevance, une facture ou "
             "un petit montant fixe). Un plafond qui vide l'obligation essentielle de sa substance est réputé non "
             "écrit.",
          en="The liability cap is derisory compared with what is at stake (one month of fees, one invoice or a small "
             "fixed amount). A cap that empties the essential obligation of its substance is deemed unwritten.",
          basis="Code civil, art. 1170 (Chronopost, Cass. com. 22 oct. 1996, n° 93-18.632 ; Faurecia II, Cass. com. "
                "29 juin 2010, n° 09-11.841)",
          ask_fr="Plafond égal aux sommes payées sur 12 mois, hors dommages corporels, faute lourde ou dolosive, "
                 "violation de confidentialité et des données personnelles.",
          ask_en="A cap equal to the fees paid over 12 months, excluding bodily injury, gross negligence or wilful "
                 "misconduct, and breaches of confidentiality or personal-data duties."),
    _rule("data_loss_exclusion_with_backup", "liability", {"client": "high", "msp": "medium"}, r.data_loss_exclusion,
          fr="Le prestataire exclut toute responsabilité pour la perte de données alors que la sauvegarde fait partie "
             "de ses services : l'exclusion touche son obligation essentielle et risque d'être écartée.",
          en="The provider excludes all liability for data loss although backups are part of its services: the "
             "exclusion hits its essential obligation and is likely to be set aside.",
          basis="Code civil, art. 1170 ; art. 1231-1",
          ask_fr="Responsabilité pour les pertes dues à un manquement aux sauvegardes prévues (fréquence, tests de "
                 "restauration), dans la limite du plafond général.",
          ask_en="Liability for losses caused by a failure in the agreed backups (frequency, restore tests), within "
                 "the general cap."),
    _rule("security_result_obligation", "security", MSP_HIGH, r.security_result,
          fr="Le prestataire promet un résultat en sécurité (aucune intrusion, protection contre toute attaque) : "
             "il ne maîtrise pas les attaquants, une telle promesse l'expose à une responsabilité sans faute.",
          en="The provider promises a security outcome (no intrusion, protection against every attack): it does not "
             "control attackers, so the promise exposes it to liability without fault.",
          basis="Code civil, art. 1231-1 et 1218 ; obligation de moyens renforcée pour ce qui dépend de tiers",
          ask_fr="Obligation de moyens renforcée sur la sécurité, avec des engagements de résultat mesurables "
                 "(correctifs critiques sous N jours, EDR déployé, sauvegardes testées).",
          ask_en="A reinforced obligation of means on security, plus measurable result commitments (critical patches "
             "within N days, EDR deployed, tested backups)."),
    _rule("uncapped_penalties", "penalties", MSP_HIGH, r.uncapped_penalties,
          fr="Les pénalités ne sont pas plafonnées : leur cumul peut dépasser la valeur du contrat.",
          en="Penalties are not capped: they can add up beyond the value of the contract.",
          basis="Code civil, art. 1231-5 (pénalité manifestement excessive modérable)",
          ask_fr="Plafond mensuel des pénalités (ex. 10 à 15 % de la redevance du mois), exonérations listées.",
          ask_en="A monthly cap on credits (e.g. 10 to 15 % of the month's fee), with listed exemptions."),
    _rule("uncapped_liability", "liability", MSP_HIGH, r.uncapped_liability,
          fr="Aucun plafond de responsabilité : le prestataire répond de tout le dommage prévisible, sans limite "
             "de montant.",
          en="No liability cap: the provider answers for all foreseeable loss, with no limit on the amount.",
          basis="Code civil, art. 1231-1 à 1231-4 (réparation intégrale du dommage prévisible)",
          ask_fr="Plafond global lié aux sommes payées sur 12 mois et exclusion des dommages indirects, hors faute "
                 "lourde ou dolosive.",
          ask_en="An overall cap tied to 12 months of fees and an exclusion of indirect loss, except gross negligence "
                 "or wilful misconduct."),
    _rule("penalties_sole_remedy", "penalties", CLIENT_HIGH, r.penalties_sole_remedy,
          fr="Les pénalités sont présentées comme la seule réparation : elles jouent alors comme une limitation de "
             "responsabilité, souvent très basse.",
          en="Service credits are stated to be the sole remedy: they then work as a limitation of liability, often a "
             "very low one.",
          basis="Code civil, art. 1231-5 et 1170",
          ask_fr="Pénalités sans préjudice des dommages-intérêts au-delà, et droit de résilier en cas de manquements "
                 "répétés.",
          ask_en="Credits without prejudice to damages beyond them, and a right to terminate after repeated failures."),
    _rule("no_reversibility", "reversibility", {"client": "high", "msp": "medium"}, r.no_reversibility,
          fr="Aucune clause de réversibilité : rien ne dit comment les données, la documentation et l'exploitation "
             "seront rendues au client ou à un repreneur à la fin du contrat, ni à quel prix.",
          en="No reversibility (exit) clause: nothing says how data, documentation and operations are handed back to "
             "the client or a successor at the end, nor at what price.",
          basis="RGPD art. 28(3)(g) pour les données personnelles ; usage des contrats d'infogérance",
          ask_fr="Plan de réversibilité : restitution des données dans un format standard, documentation, transfert "
                 "de compétences, durée et prix fixés.",
          ask_en="An exit plan: data returned in a standard format, documentation, knowledge transfer, with a set "
                 "duration and price."),
    _rule("free_subprocessors", "data_protection", {"client": "high", "msp": "medium"}, r.free_subprocessors,
          fr="Le prestataire peut recourir à des sous-traitants ultérieurs sans autorisation écrite du client ni "
             "droit d'opposition, ce que le RGPD interdit.",
          en="The provider may use sub-processors without the controller's written authorisation or a right to "
             "object, which the GDPR forbids.",
          basis="RGPD / GDPR art. 28(2) et 28(4)",
          ask_fr="Autorisation générale écrite avec liste, information préalable de tout changement, droit "
                 "d'opposition et mêmes obligations imposées au sous-traitant ultérieur.",
          ask_en="General written authorisation with a list, prior notice of changes, a right to object, and the same "
                 "obligations flowed down to each sub-processor."),
    _rule("free_subcontracting_assignment", "subcontracting_assignment", CLIENT_MEDIUM, r.free_subcontracting,
          fr="Le prestataire peut céder le contrat ou confier la prestation à un tiers sans l'accord du client, alors "
             "que le client choisit son prestataire pour sa compétence.",
          en="The provider may assign the contract or hand the work to a third party without the client's consent, "
             "although the client chose it for its own skills.",
          basis="Code civil, art. 1216 (cession du contrat avec l'accord du cocontractant)",
          ask_fr="Sous-traitance et cession soumises à l'accord écrit préalable du client, le prestataire restant "
                 "responsable de ses sous-traitants.",
          ask_en="Subcontracting and assignment subject to the client's prior written consent, the provider remaining "
                 "liable for its subcontractors."),
    _rule("non_solicitation_heavy", "non_solicitation", CLIENT_MEDIUM, r.non_solicitation_heavy,
          fr="La clause de non-sollicitation est trop longue ou son indemnité trop lourde ; une telle clause doit "
             "rester proportionnée à l'intérêt à protéger.",
          en="The non-solicitation clause runs too long or its indemnity is too heavy; such a clause must stay "
             "proportionate to the interest it protects.",
          basis="Code civil, art. 1231-5 (indemnité modérable) ; art. 1171 / C. com. L442-1 I 2°",
          ask_fr="Clause réciproque, limitée aux personnes ayant travaillé sur le contrat, 12 mois après la fin, "
                 "indemnité de 6 mois de salaire brut au plus.",
          ask_en="A mutual clause, limited to staff who worked on the contract, 12 months after the end, indemnity of "
                 "at most 6 months of gross salary."),
    _rule("one_sided_jurisdiction", "disputes", CLIENT_MEDIUM, r.one_sided_jurisdiction,
          fr="La clause de juridiction favorise une seule partie (tribunal de son siège à elle seule, ou choix "
             "réservé à elle).",
          en="The jurisdiction clause favours one party (its own home court, or a choice reserved to it alone).",
          basis="Code de procédure civile, art. 48 ; Code civil, art. 1171",
          ask_fr="Règlement amiable préalable puis tribunal neutre ou celui du défendeur, le même pour les deux parties.",
          ask_en="Amicable settlement first, then a neutral court or the defendant's court, the same for both sides."),
    # for the provider a missing method is no real exposure: the client claiming credits must prove the failure (art. 1353)
    _rule("no_sla_measurement", "sla", CLIENT_MEDIUM, r.no_sla_measurement,
          fr="Des niveaux de service sont promis sans méthode de mesure (point de départ, outil, rapport) : leur "
             "respect sera impossible à prouver et les pénalités contestées.",
          en="Service levels are promised with no measurement method (start point, tool, report): compliance cannot "
             "be proven and credits will be disputed.",
          basis="Code civil, art. 1353 (charge de la preuve)",
          ask_fr="Délais mesurés depuis l'horodatage du ticket, outil désigné, rapport mensuel partagé.",
          ask_en="Times measured from the ticket timestamp, a named tool, and a shared monthly report."),
    _rule("sla_measured_by_provider", "sla", CLIENT_MEDIUM, r.sla_measured_by_provider,
          fr="Le respect des niveaux de service est constaté par le seul prestataire : le client n'a aucun moyen "
             "de contrôle.",
          en="Service-level compliance is measured by the provider alone: the client has no way to check it.",
          basis="Code civil, art. 1363 (nul ne peut se constituer de titre à soi-même) ; C. com. L110-3",
          ask_fr="Mesures accessibles au client (portail, export des tickets) et contestation possible dans un délai "
                 "fixé.",
          ask_en="Measurements the client can access (portal, ticket export) and a set period to dispute them."),
    _rule("force_majeure_broad", "force_majeure", CLIENT_MEDIUM, r.force_majeure_broad,
          fr="La force majeure est élargie à des événements que le prestataire maîtrise ou doit anticiper (grèves de "
             "son personnel, pannes de réseau, attaques informatiques, simple surcoût).",
          en="Force majeure is widened to events the provider controls or must plan for (its own staff's strikes, "
             "network failures, cyber-attacks, mere extra cost).",
          basis="Code civil, art. 1218 (événement échappant au contrôle, imprévisible, irrésistible) ; art. 1195 "
                "(imprévision : renégociation, pas exonération)",
          ask_fr="S'en tenir à l'article 1218, exclure les événements couverts par le plan de continuité et prévoir "
                 "la résiliation au-delà de 30 jours.",
          ask_en="Stick to Article 1218, exclude events the continuity plan covers, and allow termination after "
                 "30 days."),
    _rule("breach_notification_late", "data_protection", {"client": "high", "msp": "medium"}, _breach_late,
          fr="Le prestataire signale une violation de données {delay_fr} : le client, qui doit "
             "notifier l'autorité dans les 72 heures, n'aura plus le temps d'agir.",
          en="The provider reports a personal data breach {delay_en}: the controller, who must notify the "
             "authority within 72 hours, will be left with no time.",
          basis="RGPD / GDPR art. 33(2) (sans délai injustifié) et 33(1) (72 h pour le responsable)",
          ask_fr="Alerte sans délai injustifié et au plus tard sous 24 à 48 heures, avec les informations de "
                 "l'article 33(3).",
          ask_en="Notice without undue delay and within 24 to 48 hours at the latest, with the Article 33(3) details."),
    _rule("audit_restricted", "audit", {"client": "medium", "msp": "medium"}, r.audit_restricted,
          fr="Le droit d'audit est exclu ou réduit à des documents : le RGPD impose de permettre des audits, y "
             "compris des inspections.",
          en="Audit rights are excluded or reduced to paperwork: the GDPR requires allowing audits, including "
             "inspections.",
          basis="RGPD / GDPR art. 28(3)(h)",
          ask_fr="Audit documentaire annuel et inspection sur site avec préavis raisonnable, par un auditeur tenu au "
                 "secret.",
          ask_en="A yearly document audit and on-site inspection on reasonable notice, by an auditor bound by "
                 "confidentiality."),
    _rule("gross_negligence_exclusion", "liability", {"client": "high", "msp": "medium"},
          r.gross_negligence_exclusion,
          fr="La limitation ou l'exclusion de responsabilité joue même en cas de faute lourde ou dolosive : elle "
             "sera écartée par le juge et donne une fausse sécurité.",
          en="The limitation or exclusion applies even to gross negligence or wilful misconduct: a court will set it "
             "aside, so it gives false comfort.",
          basis="Code civil, art. 1231-3 (faute lourde ou dolosive) ; art. 1170",
          ask_fr="Réserver expressément la faute lourde et la faute dolosive.",
          ask_en="Expressly carve out gross negligence and wilful misconduct."),
    _rule("suspension_without_notice", "pricing_payment", CLIENT_HIGH, r.suspension_without_notice,
          fr="Le prestataire peut couper le service sans préavis au moindre retard de paiement ou pour un manquement "
             "qu'il apprécie seul : l'activité du client peut s'arrêter pour une facture ou un grief contestés.",
          en="The provider may cut the service without notice on any late payment or for a breach it alone judges: the "
             "client's business can stop over a disputed invoice or complaint.",
          basis="Code civil, art. 1219-1220 (exception d'inexécution proportionnée, notification) ; C. com. L441-10",
          ask_fr="Suspension seulement après mise en demeure restée sans effet 15 jours, hors factures contestées de "
                 "bonne foi.",
          ask_en="Suspension only after a formal notice left unanswered for 15 days, excluding invoices disputed in "
                 "good faith."),
]
RULE_IDS = [rule.id for rule in RULES]
