"""Situations a question tells that decide which body of law answers it (issue 15, s25).

Some questions are stories whose words stray from every card's phrasings ("on a encore l'accès vpn et un compte admin
chez l'ancien client, on peut s'en servir ?"), so the card scorer ranks a card on a neighbouring topic first (the
reversibility plan, the audit clause). Yet the story states, in its own words, the facts that put it under one body of
law: a contract that ended and an access kept and used (criminal law on information systems, C. pén. 323-1), a company
that invokes the consumer's unfair-terms law (C. consom., article liminaire), hardware sold and failing after the
maker's warranty (hidden defects, C. civ. 1641), support given from a country outside the Union by remote access (GDPR
Chapter V), the client's checks on a small provider's social filings (C. trav. L8222-1), work done or information given
during negotiations that came to nothing (C. civ. 1112, 1112-2).

Each situation is a conjunction of cue families, every one of which the question must state (and none of its
exclusions); it names the cards that answer it, the one written for the kind of question asked first. The card is
taken only when the scorer ranked it for the question's language at SITUATION_FLOOR at least: the situation chooses
among the cards the question is close to, it never brings a card the question's words are far from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from assistant.chat import situation_cues as s26
from assistant.chat import situation_cues_s27 as s27
from assistant.chat import situation_cues_s28 as s28
from assistant.chat import situation_cues_s29 as s29
from assistant.chat import situation_cues_s30 as s30
from assistant.chat import situation_cues_s30a as s30a
from assistant.chat import situation_cues_s30b as s30b
from assistant.chat import situation_cues_s31b as s31b
from assistant.chat import situation_cues_s33 as s33
from assistant.chat import situation_cues_s33lead as s33lead
from assistant.chat import situation_cues_s34 as s34
from assistant.chat import situation_cues_s35 as s35
from assistant.chat import situation_cues_s35lead as s35lead
from assistant.chat import situation_cues_s36 as s36
from assistant.chat import situation_cues_s37 as s37
from assistant.chat import situation_cues_s36ans as s36a
from assistant.chat import situation_cues_s37kb as s37kb
from assistant.chat.slot_parties import read_side
from assistant.chat.wording import own_words
from assistant.text import fold

SITUATION_FLOOR = 0.4  # the card's own score for the question (phrasings and words), below which the story is not its


def _cue(pattern: str) -> re.Pattern:
    return re.compile(pattern)


# -- cue families (folded text) ---------------------------------------------------------------------------------------
_ENDED = _cue(r"\b(fin (du|de notre|de leur) (contrat|mission|prestation)|contrat (est )?(fini|termine|resilie|arrete)|"
              r"apres (la )?(resiliation|fin)|resili\w*|perdu (le|ce|un) client|client perdu|a pris la main|"
              r"ancien\w* (client|prestataire|presta|infogerant|infogereur|msp)|ex-?(client|prestataire|presta|infogerant|infogereur|msp)|"
              r"(former|old|previous|ex-?) ?(client|provider|msp|vendor|it provider)|contract (has )?(ended|is over|"
              r"expired|was terminated|terminated)|after (the )?(termination|contract ended|we (fired|terminated|dropped))|"
              r"(fired|terminated|dropped) (our|the|them)|took over|engagement (ended|is over)|remplace\w* par|"
              r"(contrat|contract|mission|engagement)( [\w'’]+){0,5} (ended|is over|expired|was terminated|s.est termine\w*|"
              r"a pris fin|est fini\w*|est termine\w*))\b")
# the access is said to be kept, never handed back or used again: a mere login ("il se connecte au portail") is not one
_ACCESS_KEPT = _cue(r"\b((encore|toujours|gard\w*|conserv\w*)( [\w'’]+){0,3} (l.|un |les |des |nos |leurs? |notre )?(acces|"
                    r"compte|comptes|identifiants|mots? de passe|vpn|teamviewer|anydesk)|(jamais|pas) rendu|s.en servir|"
                    r"(s.est|se sont|il s.est|ils se sont) (re)?connecte\w*|reconnect\w*|(still|kept|keep|keeping|never (gave|handed))"
                    r"( [\w'’]+){0,4} (access|account|creds|credentials|passwords?|vpn|admin)|never (gave|handed) (it |them )?back|"
                    # s27: a login after the end told in English ("logged into our tenant two weeks after we ended it")
                    r"logged (back )?(in|into|on)|signed (back )?in(to)?|accessed (our|the|their|my))\b")
_ACCESS_REFUSED = _cue(r"\b(refuse\w* de (nous )?(rendre|donner|transmettre|restituer)|(won.t|will not|refuses? to) "
                       r"(give|hand|return))\b")
_CONSUMER_LAW = _cue(r"\b(code de la conso\w*|droit de la conso\w*|consumer (law|protection|code|rules)|consommateurs?|"
                     r"consumers?|non-professionnel\w*)\b")
_A_BUSINESS = _cue(r"\b(sarl|sas|sasu|eurl|societes?|entreprises?|tpe|pme|agence|cabinet|company|companies|business\w*|"
                   r"firm|limited|ltd|start-?up|\d+ (personnes|salaries|people|staff|employees)|\d-person)\b")
_PRIVATE_PERSON = _cue(r"\b(particuliers?|private (individuals?|persons?)|individual customers?|a titre personnel|"
                       r"consumer prices?( index)?|prix a la consommation|cpi)\b")
_HARDWARE = _cue(r"\b(nas|serveurs?|servers?|switch\w*|pare-?feu|firewalls?|routeurs?|routers?|pc|ordinateurs?|laptops?|"
                 r"portables?|onduleurs?|ups|imprimantes?|printers?|baies?|disques?|materiel|hardware|equipements?|"
                 r"equipment|appliances?)\b")
_DEFECT = _cue(r"\b(defauts?|vices?|defect\w*|fault\w*|pannes?|lache\w*|grill\w*|died|dead|broke\w*|tomb\w* en panne|"
               r"fails?|failed|failing)\b")
_SOLD_OR_WARRANTY = _cue(r"\b(vendu\w*|achete\w*|acquis|sold|bought|purchased|warrant\w*|garantie (constructeur|fabricant|"
                         r"commerciale|legale|contractuelle|materiel|d.un an|de \d+ (mois|ans?))|vices? caches?|hidden defects?|"
                         r"latent defects?)\b")
_SERVICE_LEVEL = _cue(r"\b(gtr|gti|sla|temps de (retablissement|intervention)|response time|resolution time)\b")
# hardware not as ordered is a failure to deliver what was agreed (C. civ. 1604), another card's
_WRONG_DELIVERY = _cue(r"\b(livr\w*|deliver\w*|shipped|(bon de )?commande|purchase order|ordered|devis|quotes?|"
                       r"conform\w*|not what)\b")
_ABROAD = _cue(r"\b(hors (de l.|d.)?(ue|union( europeenne)?|europe|eee)|outside (the )?(eu|eea|european union|europe)|"
               r"offshore|maroc|casablanca|rabat|tunisie|tunis|algerie|alger|madagascar|maurice|mauritius|senegal|dakar|"
               r"inde|india|philippines|manille|manila|vietnam|chine|china|ukraine|serbie|serbia|bresil|brazil|mexique|"
               r"mexico|egypte|egypt|morocco|tunisia|algeria)\b")
# reaching the data from there: a connection, remote access or viewing, not the mere word "support"
_REMOTE = _cue(r"\b(a distance|se connect\w*|connect\w*|prise en main|remote\w*|logs? in(to)?|logging in|acces (aux|a nos|a "
               r"notre|a leur)|access(es|ing)? (our|the|their)|views? (our|the|their)|viewing (our|the|their)|consult\w* (nos|"
               r"les|leurs) (donnees|fichiers|bases?)|administr\w* (nos|les|leurs) (serveurs|systemes|postes))\b")
_STAYS_HERE = _cue(r"\b((restent|reste|sont|stockees|hebergees?) (en|a|dans l.) ?(france|europe|ue|union|paris)|"
                   r"(stays?|remains?|stored|hosted|sits?) (in|within) (the )?(france|eu|europe|union|frankfurt|paris|"
                   r"germany)|pas de transfert|pas un transfert|not a transfer|no transfer|sans les copier|nothing is "
                   r"copied|only views?)\b")
# the provider hands part of its service to another team, firm or tool there (a sub-processor), not its client's staff
_HANDED = _cue(r"\b(confi\w*|sous-trait\w*|faire faire|externalis\w*|delocalis\w*|transfer\w* (le|la|notre|nos|our)|"
               r"hand\w* (over|off)?|outsourc\w*|subcontract\w*|mov\w* (our|the)|partenaire|partner|filiale|subsidiary|"
               r"societe|company|outil|tool|equipe|team)\b")
_VIGILANCE = _cue(r"\b((obligation|attestation|certificat)s? de vigilance|vigilance (duty|obligation|certificate)|"
                  r"urssaf|travail dissimule|(non|pas) declares?|undeclared|off the books|social (security|contributions?)"
                  r"( \w+){0,2} (certificate|filings?)|cotisations sociales|(devoir|obligation) de vigilance|"
                  r"entendu parler de vigilance|\bvigilance\b)")
_NOT_VIGILANCE = _cue(r"\bpoints? de vigilance\b")
_CONTRACTOR = _cue(r"\b(sous-trait\w*|presta\w*|esn|freelance\w*|independant\w*|micro-?entreprise|auto-?entrepreneur|"
                   r"petite (boite|societe|entreprise|esn)|contractors?|subcontract\w*|suppliers?|vendors?|providers?|"
                   r"fournisseurs?)\b")
_PRECONTRACT = _cue(r"\b(appels? d.offres?|consultation|pourparlers|negociation\w*|prospect\w*|avant (la )?signature|"
                    r"etude gratuite|audit\w* gratuit\w*|gratuitement|poc|pilote|devis|soumission\w*|candidats?|"
                    r"tenders?|rfp|bid(s|der|ders|ding)?|negotiat\w*|pre-?contract\w*|before signing|shortlist\w*|pitch\w*)\b")
_CONFIDENTIAL = _cue(r"\b(nda|accords? de confidentialite|confidenti\w*|secrets?)\b")
_REUSED = _cue(r"\b(reutilis\w*|se sert|utilise\w*|avec notre|en main|reus\w*|uses?|using|sales deck|presentations?)\b")
# the deal lost: the other side chose someone else or broke off the talks (not any choice, nor a pilot stopped)
_LOST_DEAL = _cue(r"\b(sign\w* avec (un |une |le |la |l.)?(concurrent|autre|autres)|(choisi|retenu|pris) (un |une |le |la |l.)?"
                  r"(autre|concurrent)|rompu|rompre|(arrete|stoppe|abandonne|coupe)\w* (les |nos |toutes les )?(negociations|"
                  r"discussions|pourparlers|echanges)|walked away|walk away|pulled out|(went|signed|go(ne|ing)?) with (a |an |"
                  r"another|someone|the other|a competitor|competitor)|chose (a |another|someone|the other|a competitor)|"
                  r"broke off|broken off|dropped (us|the deal|out|the talks))\b")


@dataclass(frozen=True)
class Situation:
    name: str
    cues: tuple[re.Pattern, ...]  # every one must match
    cards: tuple[str, ...]  # pair keys of the cards that answer it (without the language), the default first
    excluded: tuple[re.Pattern, ...] = ()  # none may match
    speaker: str | None = None  # the side the asker must be (slot_parties.read_side), when the situation is one side's


SITUATIONS: tuple[Situation, ...] = (
    # s30 (situation_cues_s30a.py): a company saying it should have been reminded before a tacit renewal (C. consom. L215-1
    # and L215-3 protect consumers and non-professionals; between businesses the contract governs, C. civ. 1103): before
    # the consumer-law situation below, whose card is on unfair terms
    Situation("renewal_reminder_claimed_by_company", (s30a.RENEWAL_REMINDER,), ("card.renewal_reminder_company_s30",),
              (s30a.PRIVATE_CUSTOMER,)),
    Situation("access_kept_after_end", (_ENDED, _ACCESS_KEPT), ("card.access_after_contract_end",), (_ACCESS_REFUSED,)),
    Situation("consumer_law_claimed_by_a_company", (_CONSUMER_LAW, _A_BUSINESS),
              ("card.consumer_unfair_terms_company",), (_PRIVATE_PERSON,)),
    Situation("remote_access_said_no_transfer", (_ABROAD, _REMOTE, _STAYS_HERE),
              ("card.remote_access_is_transfer", "card.msp_offshore_subprocessor")),
    # the provider itself handing work there: its sub-processor abroad (authorisation, 28(2), and a Chapter V tool)
    Situation("provider_hands_work_abroad", (_ABROAD, _REMOTE, _HANDED),
              ("card.msp_offshore_subprocessor", "card.transfer_clause_content", "card.transfer_outside_eu"), speaker="msp"),
    # the card on the "no transfer, the data stays here" argument answers only a question stating it (the situation above)
    Situation("support_from_outside_the_eu", (_ABROAD, _REMOTE),
              ("card.transfer_outside_eu", "card.msp_offshore_subprocessor")),
    Situation("hardware_failing_after_warranty", (_HARDWARE, _DEFECT, _SOLD_OR_WARRANTY),
              ("card.hidden_defect_hardware",), (_SERVICE_LEVEL, _WRONG_DELIVERY)),
    Situation("vigilance_on_a_provider", (_VIGILANCE, _CONTRACTOR), ("card.vigilance_social_filings",),
              (_NOT_VIGILANCE,)),
    Situation("information_reused_after_talks", (_PRECONTRACT, _CONFIDENTIAL, _REUSED),
              ("card.negotiation_confidential_info",)),
    Situation("talks_ended_without_a_deal", (_PRECONTRACT, _LOST_DEAL), ("card.broken_negotiations",)),
    # s26 (situation_cues.py): a system disabled from a distance or by a hidden lock over a payment or an exit (C. pén.
    # 323-2); the service held back until a signature (C. civ. 1143); one person answering for another's debt (C. civ.
    # 2288, 2297, 2321, 2322); invoices sent to a public buyer (CCP L2192-1); a framework agreement with no maximum;
    # the provider's staff asked to work nights or long days (C. trav. L3131-1)
    Situation("system_disabled_to_force_payment", (s26.DISABLED, s26.REMOTELY, s26.PAYMENT_OR_EXIT),
              ("card.remote_lock_hindering_s26", "card.suspension_for_non_payment")),
    Situation("service_held_until_signed", (s26.HELD_UNTIL_SIGNED, s26.SIGNED), ("card.economic_duress_s22",)),
    Situation("guarantees_compared", (s26.GUARANTEE, s26.KINDS_COMPARED), ("card.guarantee_kinds_s26",),
              (s26.NOT_A_SURETY,)),
    # s30: a first-demand (independent) guarantee named: what it is and what it exposes its giver to (C. civ. 2321)
    Situation("first_demand_guarantee_asked", (s30a.FIRST_DEMAND,), ("card.first_demand_guarantee_s30",
                                                                      "card.guarantee_kinds_s26"), (s26.NOT_A_SURETY,)),
    # s30: an independent guarantee named (first demand, a bank's, a comfort letter) is no person's suretyship: the card
    # telling the kinds apart (C. civ. 2321, 2322), read before the suretyship's form
    Situation("independent_guarantee_named", (s30.INDEPENDENT_GUARANTEE,), ("card.guarantee_kinds_s26",), (s26.NOT_A_SURETY,)),
    Situation("answering_for_another_debt", (s26.GUARANTEE,), ("card.personal_guarantee_form_s26",
                                                                "card.guarantee_kinds_s26"), (s26.NOT_A_SURETY,)),
    Situation("invoices_to_a_public_buyer", (s26.PUBLIC_BUYER, s26.INVOICE_SENT),
              ("card.public_buyer_e_invoicing_s26", "card.public_buyer_payment_deadline"), (s26.PAYMENT_DELAY,)),
    Situation("framework_without_maximum", (s26.FRAMEWORK, s26.NO_MAXIMUM), ("card.public_framework_maximum_s26",)),
    # s35 (situation_cues_s35.py): a technician's travel time to client sites (C. trav. L3121-4), before the working-time
    # situation below whose cue reads "working time" alone
    Situation("travel_time_asked", (s35.TRAVEL_TIME,), ("card.technician_travel_time_s35",)),
    Situation("staff_nights_or_long_days", (s26.STAFF, s26.LONG_HOURS), ("card.staff_rest_working_time_s26",),
              (s26.ON_CALL_PAY, s26.NIGHT_PRICE)),
    # s27 (situation_cues_s27.py): the holder of a public contract declining its renewal (CCP R2112-4), a service order
    # received, the court asked for a public contract's dispute (CCP L6); the provider's staff injured at the client (CSS
    # L411-1) or the host firm's safety duties (C. trav. R4511-5); money handed to buy something and never used so (C. pén.
    # 314-1); an employee made to pay for a mistake (C. trav. L1331-2); design duties named (GDPR 25); force majeure with
    # its proof asked (C. civ. 1353); private customers withdrawing or renewing (C. consom. L221-18, L215-1); a price never
    # agreed before the work (C. civ. 1165)
    Situation("holder_declines_public_renewal", (s27.RENEWAL, s27.HOLDER_DECLINES), ("card.public_contract_renewal",),
              (s27.ENDLESS,)),
    Situation("service_order_received", (s27.SERVICE_ORDER,), ("card.public_service_orders_s27",)),
    Situation("holder_ends_public_contract", (s27.HOLDER_ENDS,), ("card.public_holder_termination_s27",), (s27.RENEWAL,)),
    Situation("public_dispute_court", (s27.WHICH_COURT,), ("card.public_contract_court_s27",), (s27.AWARD_CHALLENGED,)),
    Situation("staff_injured_at_client", (s26.STAFF, s27.INJURY), ("card.staff_injured_at_client_s27",)),
    Situation("equipment_damaged_by_staff", (s26.STAFF, s27.EQUIPMENT_DAMAGED, _HARDWARE), ("card.damage_by_provider_staff_s27",),
              (s27.INJURY, s27.SUBCONTRACTED)),
    Situation("host_safety_duties", (s27.SAFETY_DUTIES,), ("card.host_company_safety_s27",)),
    Situation("funds_not_used_for_purchase", (s27.FUNDS_FOR_PURCHASE,), ("card.funds_diverted_criminal_s27",)),
    Situation("employee_made_to_pay", (s27.EMPLOYEE_CHARGED,), ("card.employee_liability_to_employer_s27",)),
    Situation("design_duties_named", (s27.BY_DESIGN,), ("card.privacy_by_design_vendor_s27",)),
    Situation("processor_own_duties", (s27.OWN_DUTIES,), ("card.processor_own_duties_s27",)),
    Situation("force_majeure_proof", (s27.FORCE_MAJEURE, s27.PROOF_ASKED), ("card.force_majeure_proof_s27",)),
    Situation("consumer_withdraws", (s27.CONSUMER, s27.WITHDRAWAL), ("card.consumer_withdrawal_s27",)),
    Situation("consumer_plan_renews", (s27.CONSUMER, s27.RENEWAL), ("card.consumer_renewal_notice_s27",)),
    Situation("consumer_terms_limit_liability", (s27.CONSUMER, s27.LIMITED_OR_CHANGED), ("card.consumer_unfair_terms_s27",)),
    # s31b: a late-payment rate named ("ni le taux des pénalités de retard") is no price left unagreed
    Situation("price_never_agreed", (s27.PRICE_NOT_AGREED,), ("card.price_fixed_after_work_s27",),
              (s27.NOT_ORDERED, s31b.LATE_RATE_NAMED)),
    # s28 (situation_cues_s28.py): the works council and an outsourcing (C. trav. L2312-8); a right of first refusal or a
    # promise (C. civ. 1123, 1124); an art. 26 arrangement put to the party that runs the system (GDPR 4(8), 26); equipment
    # kept until paid (C. civ. 2286); penalties and the proof of a loss (1231-5); a dédit named; the courts of another EU
    # state, with or without a clause (Reg. 1215/2012 arts 25, 4, 7); AI and workers' emotions or staff decisions (Reg.
    # 2024/1689 art. 5(1)(f), annex III); punitive damages (1231-2); the vigilance law (C. com. L225-102-4); anti-corruption
    # (Law 2016-1691 art. 17); NIS 2 reaching a supplier (art. 21)
    Situation("works_council_before_outsourcing", (s28.WORKS_COUNCIL, s28.OUTSOURCING),
              ("card.works_council_outsourcing_s28",), (s28.MONITORING,)),
    Situation("first_refusal_breached", (s28.PREFERENCE_PACT,), ("card.right_of_first_refusal_s28",)),
    # s31b: the promisor withdrawing its own option is the s31b card's (the beneficiary's side stays here)
    Situation("promise_withdrawn", (s28.PROMISE,), ("card.unilateral_promise_s28",), (s31b.OWN_PROMISE_WITHDRAWN,)),
    Situation("joint_control_put_to_provider", (s28.JOINT_CONTROL_TO_PROVIDER,),
              ("card.joint_control_for_provider_s28", "card.joint_controller_vs_processor_s10en"), (s28.TOGETHER,)),
    Situation("equipment_kept_until_paid", (s28.HARDWARE_HELD,), ("card.repaired_equipment_retention_s28",), (s28.TITLE,)),
    Situation("penalty_without_loss", (s28.PENALTY_LOSS_ASKED, s28.PROOF_OR_NO_LOSS), ("card.penalty_without_proof_of_loss_s28",)),
    Situation("dedit_named", (s28.DEDIT,), ("card.withdrawal_fee_what_is_s28", "card.penalty_vs_withdrawal_fee")),
    Situation("eu_court_clause", (s28.EU_COURT_CLAUSE,), ("card.eu_court_clause_s28",), (s28.NO_COURT_CLAUSE, s28.LAW_ASKED)),
    Situation("suing_an_eu_provider", (s28.EU_COURTS,), ("card.suing_eu_provider_s28",), (s28.LAW_ASKED,)),
    Situation("ai_reads_workers_emotions", (s28.AI_EMOTION_AT_WORK,), ("card.ai_emotion_recognition_work_s28",)),
    Situation("ai_decides_on_staff", (s28.AI_HR_DECISION,), ("card.ai_staff_decisions_high_risk_s28",)),
    Situation("punitive_damages_asked", (s28.PUNITIVE,), ("card.punitive_damages_s28",)),
    Situation("vigilance_law_named", (s28.VIGILANCE_LAW,), ("card.duty_of_vigilance_supplier_s28",)),
    Situation("anti_corruption_named", (s28.ANTI_CORRUPTION,), ("card.anti_corruption_programme_s28",)),
    Situation("nis2_through_the_client", (s28.NIS2_SUPPLY_CHAIN,), ("card.nis2_supply_chain_clauses_s28",)),
    Situation("public_contract_amended", (s28.PUBLIC_CONTRACT, s28.AMENDED), ("card.public_contract_change",)),
    # s29 (situation_cues_s29.py): a contract left early with every remaining instalment claimed (C. civ. 1231-5), fees
    # prepaid aside (the prepaid commitment's card); an activity taken over and its staff said to move to us (C. trav.
    # L1224-1): stories whose words stray from the cards' phrasings, read by the facts they state
    Situation("early_exit_remaining_fees", (s29.EARLY_EXIT, s29.REMAINING_FEES), ("card.early_termination_remaining_fees",),
              (s29.PREPAID,)),
    Situation("staff_move_on_takeover", (s29.TAKEN_OVER, s29.STAFF, s29.MOVE_TO_US), ("card.staff_transfer_outsourcing",)),
    # s37 (situation_cues_s37kb.py): a security incident the provider itself finds on a client's system, asked who tells
    # whom (GDPR 33(2), 33(1)), before the provider notifying the authority in general: the story's card answers that too
    Situation("incident_found_told", (s37kb.INCIDENT_FOUND,), ("card.incident_found_on_client_system_s37",)),
    # the provider notifying a breach to the authority itself (GDPR 33(1), 28(3)(f)): may it, and what to write for it
    Situation("provider_notifies_authority", (s29.NOTIFY_AUTHORITY, s29.BY_PROVIDER),
              ("card.msp_notifies_authority", "card.notification_mandate_clause"), (s29.DEADLINE_ASKED,)),
    # s29 (situation_cues_s29.py): going to court over a sum with an amicable attempt named (C. proc. civ. 750-1); a client
    # that stopped paying and the end of the contract asked (C. civ. 1224, 1226); the provider blamed for a warning it gave
    # (1353, 1112-1); a person whose data leaked claiming against the processor (GDPR 82)
    Situation("amicable_attempt_before_court", (s29.AMICABLE_FIRST,), ("card.prior_amicable_attempt_s29",)),
    Situation("unpaid_contract_ended", (s29.UNPAID_ENDING,), ("card.termination_for_non_payment_s29",)),
    Situation("warning_given_blamed", (s29.WARNING_BLAMED,), ("card.warning_given_blamed_s29", "card.duty_to_advise_proof")),
    # s30: blamed for a warning the story does not say was given, who proves it asked: the duty-to-advise proof card
    Situation("advice_proof_asked", (s29.ADVICE_PROOF_ASKED,), ("card.duty_to_advise_proof",)),
    # s30 (situation_cues_s30.py): a thing the provider built for the client and who owns it asked (CPI L111-1, L131-3);
    # open source named is the open-source card's, who wrote it named (staff, a freelancer) the authors' card
    Situation("provider_development_owned", (s30.DEVELOPMENT_OWNED,), ("card.ip_in_developments",),
              (_cue(r"\b(open[- ]?source|logiciels? libres?|gpl\w*|copyleft|licences? libres?)\b"),
               _cue(r"\b(salarie\w*|employe\w*|employees?|staff|freelance\w*|stagiaires?|interns?|auto-?entrepreneur\w*)\b"))),
    Situation("data_subject_sues_processor", (s29.DATA_SUBJECT_VS_PROCESSOR,),
              ("card.data_subject_claim_against_processor",)),
    # s30 (situation_cues_s30a.py): a non-waiver clause or a right left unused (a waiver is not presumed; C. civ. 1103); a US
    # vendor or tool processing the clients' data (a sub-processor, GDPR 28(2) and 28(4), and a transfer, Chapter V); the
    # client's covert instruction on a person's data, asked before acting (GDPR 28(3)(a), 28(3) last subparagraph)
    Situation("non_waiver_asked", (s30a.NON_WAIVER,), ("card.non_waiver_clause_s30",)),
    # s33 (situation_cues_s33.py): a foreign authority's demand received by the provider (GDPR 48, 28(3)(a)), then US
    # authorities reaching data a US provider holds in the EU (the CLOUD Act; GDPR 48): before the US vendor below, whose
    # card is on the transfer itself
    Situation("foreign_request_told", (s33.FOREIGN_REQUEST,), ("card.foreign_authority_request_s33",)),
    Situation("us_authority_access", (s33.US_AUTHORITY_ACCESS,), ("card.us_authority_access_s33",)),
    Situation("us_vendor_processes_data", (s30a.US_VENDOR,), ("card.transfer_to_usa",)),
    Situation("doubtful_instruction_asked", (s30a.DOUBTFUL_INSTRUCTION,), ("card.doubtful_instruction_s30",
                                                                           "card.unlawful_instruction")),
    # s30b (situation_cues_s30b.py): the clients told only once a breach is fully analysed (GDPR 33(2), 33(4)); a personal
    # gift to a person at the client (C. pén. 445-1); an entire agreement clause (C. civ. 1137, 1112-1); the provider's own
    # price too low (1136, 1195); staff vehicles tracked (C. trav. L1222-4, L2312-38); a signed order cancelled (1103,
    # 1193); equipment supplied that caused damage (1245, 1245-6); a host change and each client's consent (GDPR 28(2));
    # work on an oral request the client denies (1353, L110-3, 1303)
    Situation("breach_wait_full_picture", (s30b.BREACH_WAIT,), ("card.breach_wait_full_picture_s30b",)),
    Situation("personal_gift_to_client_staff", (s30b.PERSONAL_GIFT,), ("card.private_bribery_gift_s30b",)),
    Situation("entire_agreement_named", (s30b.ENTIRE_AGREEMENT,), ("card.entire_agreement_clause_s30b",)),
    Situation("own_price_too_low", (s30b.OWN_PRICE_TOO_LOW,), ("card.underpriced_fixed_fee_s30b",)),
    Situation("staff_vehicles_tracked", (s30b.STAFF_GEOLOCATION,), ("card.vehicle_geolocation_staff_s30b",)),
    Situation("signed_order_cancelled", (s30b.SIGNED_ORDER_CANCELLED,), ("card.order_cancelled_after_signature_s30b",)),
    Situation("supplied_product_damage", (s30b.SUPPLIED_PRODUCT_DAMAGE,), ("card.defective_product_supplier_s30b",)),
    Situation("host_change_consent_asked", (s30b.HOST_CHANGE_CONSENT,), ("card.subprocessor_change_consent_s30b",)),
    Situation("oral_work_denied", (s30b.ORAL_WORK_DENIED,), ("card.oral_extra_work_invoice_s30b", "card.unordered_extra_work"),
              (), "msp"),
    # s31b (situation_cues_s31b.py): a judicial requisition (C. proc. pén. 60-1; GDPR 28(3)(a)); the client's insurer
    # subrogated (C. assur. L121-12); a contract backdated (C. civ. 1377; C. pén. 441-1); an arbitration clause (C. proc.
    # civ. 1448); the provider in liquidation holding the data (C. com. L641-11-1; GDPR 28(3)(g)); the promisor's own
    # option withdrawn (1124); language versions that differ (1188, 1190); calls recorded (GDPR 13; C. trav. L1222-4);
    # invoice mentions left off (C. com. L441-9). Older cards the cascade passed over: force majeure claimed for the
    # provider's own supplier or host (1218), a service suspended for unpaid invoices (1219, 1220), the clients' data used
    # for the provider's own ends such as training an AI model (GDPR 28(10))
    Situation("judicial_requisition_told", (s31b.REQUISITION,), ("card.judicial_requisition_s31b",)),
    Situation("insurer_recourse_told", (s31b.INSURER_RECOURSE,), ("card.insurer_subrogation_cap_s31b",)),
    Situation("contract_backdated", (s31b.BACKDATING,), ("card.backdated_contract_s31b",)),
    Situation("arbitration_clause_named", (s31b.ARBITRATION,), ("card.arbitration_clause_court_s31b",)),
    Situation("provider_liquidation_data", (s31b.PROVIDER_LIQUIDATION_DATA,), ("card.provider_liquidation_data_s31b",)),
    Situation("own_promise_withdrawn", (s31b.OWN_PROMISE_WITHDRAWN,), ("card.own_promise_withdrawn_s31b",)),
    Situation("language_versions_differ", (s31b.LANGUAGE_VERSIONS_DIFFER,), ("card.language_versions_conflict_s31b",)),
    Situation("calls_recorded", (s31b.CALL_RECORDING,), ("card.call_recording_s31b",)),
    Situation("invoice_mentions_missing", (s31b.INVOICE_MENTIONS,), ("card.invoice_mentions_s31b",)),
    Situation("force_majeure_own_supplier", (s31b.FORCE_MAJEURE_OWN_SUPPLIER,), ("card.force_majeure_claimed",)),
    Situation("suspended_for_unpaid", (s31b.SUSPEND_FOR_UNPAID,), ("card.suspension_for_non_payment",)),
    Situation("processor_own_use", (s31b.PROCESSOR_OWN_USE,), ("card.processor_decides_purposes",)),
    Situation("processor_sets_purposes", (s31b.PROCESSOR_SETS_PURPOSES,), ("card.processor_decides_purposes",)),
    # s33 (situation_cues_s33.py): a price tied to an exchange rate (C. mon. fin. L112-2) before a payment in a foreign
    # currency, with a party abroad (C. civ. 1343-3, an international transaction) or between businesses in France; the public Wi-Fi used to download protected works (C. propr. intell. L336-3) before the
    # connection logs of a Wi-Fi offered to the public (C. postes et comm. électr. L34-1)
    Situation("currency_indexation_asked", (s33.CURRENCY_INDEXATION,), ("card.currency_indexation_s33",)),
    Situation("currency_foreign_party", (s33.CURRENCY_FOREIGN_PARTY,), ("card.foreign_client_currency_s33",)),
    Situation("currency_payment_asked", (s33.CURRENCY_DOMESTIC,), ("card.foreign_currency_invoice_s33",)),
    Situation("wifi_download_told", (s33.WIFI_DOWNLOAD,), ("card.wifi_copyright_s33",)),
    Situation("public_wifi_logs", (s33.PUBLIC_WIFI_LOGS,), ("card.public_wifi_logs_s33",)),
    # s33lead (situation_cues_s33lead.py): the provider's staff putting client data into a generative-AI tool (GDPR 28(2),
    # 28(3)(a), 32(4))
    Situation("public_ai_tool_fed", (s33lead.PUBLIC_AI_TOOL_FED,), ("card.public_ai_tool_client_data_s33lead",)),
    # the duties a provider owes its client under the data-protection law, asked in everyday words (GDPR 28(3))
    Situation("gdpr_duties_owed", (s33lead.GDPR_DUTIES_OWED,), ("card.dpa_mandatory_terms",)),
    # s34 (situation_cues_s34.py): VAT on a service sold to a business client in another EU state (CGI 259; directive
    # 2006/112, 44, 196, 226) before VAT on one bought from a provider there (reverse charge, CGI 283, 2); a client's cheque
    # that bounced (C. mon. fin. L131-73); a declaration to the CNIL (none since 2018; GDPR 30(2)); old IT equipment to get rid
    # of (C. env. L541-2, R543-195; GDPR 32); an exclusive purchase clause (C. com. L330-1)
    Situation("eu_client_vat", (s34.EU_CLIENT_VAT,), ("card.eu_client_vat_s34",)),
    Situation("eu_provider_vat", (s34.EU_PROVIDER_VAT,), ("card.reverse_charge_eu_provider_s34",)),
    Situation("bounced_cheque", (s34.BOUNCED_CHEQUE,), ("card.bounced_cheque_s34",)),
    Situation("cnil_declaration_asked", (s34.CNIL_DECLARATION,), ("card.cnil_declaration_s34",)),
    Situation("old_equipment_disposal", (s34.OLD_EQUIPMENT_DISPOSAL,), ("card.weee_disposal_s34",)),
    Situation("exclusive_purchase_named", (s34.EXCLUSIVE_PURCHASE,), ("card.exclusive_purchase_term_s34",)),
    # s35 (situation_cues_s35.py): a technician working on 1 May (C. trav. L3133-4 to L3133-6); camera footage kept (C. sécu.
    # int. L252-5; GDPR 5(1)(e), 28(3)); a client's name or logo as a reference (CPI L713-2, L122-4); a provider depending on
    # one client that demands a price cut (C. com. L420-2, L442-1); a ban on negative reviews (C. com. L442-1 I 2°; C. civ.
    # 1240); staff kept reachable in the evening (C. trav. L3121-9, L2242-17); a most-favoured-customer clause (C. civ.
    # 1102); remote sessions recorded of the provider's own accord (GDPR 28(3)(a), 28(10))
    Situation("may_day_work", (s35.MAY_DAY_WORK,), ("card.may_day_work_s35",)),
    Situation("cctv_retention", (s35.CCTV_RETENTION,), ("card.cctv_retention_s35",)),
    Situation("client_reference_logo", (s35.CLIENT_REFERENCE_LOGO,), ("card.client_reference_logo_s35",)),
    Situation("economic_dependence", (s35.ECONOMIC_DEPENDENCE,), ("card.economic_dependence_s35",),
              (s35.PROVIDER_DOMINANT,)),
    Situation("negative_review_ban", (s35.NEGATIVE_REVIEW,), ("card.negative_review_clause_s35",)),
    Situation("reachable_after_hours", (s35.REACHABLE_AFTER_HOURS,), ("card.evening_reachability_s35",),
              (s35.ON_CALL_DUTY_TOLD,)),
    Situation("most_favoured_customer", (s35.MOST_FAVOURED,), ("card.most_favoured_customer_s35",)),
    Situation("session_recording", (s35.SESSION_RECORDING,), ("card.session_recording_s35",)),
    # (survey) a trial period (C. trav. L1221-19 ff.); overtime (L3121-27 ff.); a technician's travel time is placed
    # before the s26 working-time situation
    Situation("probation_asked", (s35.PROBATION,), ("card.probation_period_s35",)),
    Situation("overtime_asked", (s35.OVERTIME,), ("card.staff_overtime_pay_s35",)),
    # s36 (situation_cues_s36.py): employees' own devices before telework (a personal laptop used from home is the device
    # question), a password policy before telework (MFA for teleworkers is the policy question)
    Situation("website_cookies", (s36.WEBSITE_COOKIES,), ("card.website_cookies_s36",)),
    Situation("legal_notice_named", (s36.LEGAL_NOTICE,), ("card.website_legal_notice_s36",)),
    Situation("own_devices_named", (s36.BYOD,), ("card.byod_devices_s36",)),
    Situation("password_policy_named", (s36.PASSWORD_POLICY,), ("card.password_policy_s36",)),
    Situation("telework_named", (s36.TELEWORK,), ("card.telework_equipment_s36",)),
    Situation("ai_literacy_asked", (s36.AI_LITERACY,), ("card.ai_literacy_s36",)),
    Situation("ai_role_asked", (s36.AI_ROLE,), ("card.ai_act_provider_deployer_s36",)),
    Situation("cyber_resilience_named", (s36.CYBER_RESILIENCE,), ("card.cyber_resilience_act_s36",)),
    Situation("accessibility_named", (s36.DIGITAL_ACCESSIBILITY,), ("card.digital_accessibility_s36",)),
    Situation("telecom_resale_named", (s36.TELECOM_RESALE,), ("card.telecom_resale_s36",)),
    # s35 lead (situation_cues_s35lead.py): the other side's proposal "deemed accepted" and silence asked as acceptance
    # (C. civ. 1120), the formation card, not the renewal or price card the story's nouns point to
    Situation("silence_as_acceptance", (s35lead.SILENCE_AS_ACCEPTANCE,), ("card.formation_by_conduct",)),
    # s36 (situation_cues_s36ans.py): a contract applied across a chain to a firm that never signed it (C. civ. 1199), an index
    # that fell with the price's fall asked (1103, not the card on an annual rise), an outcome promised in absolute words
    # with the promiser's exposure asked (1231-1, 1218)
    Situation("no_contract_with_us", (s36a.NO_CONTRACT_WITH_US,), ("card.chain_privity_s36",),
              (s36a.SUBCONTRACTOR_PAYMENT,)),
    Situation("index_fell", (s36a.INDEX_FELL,), ("card.index_fall_s36",)),
    Situation("outcome_promised", (s36a.OUTCOME_PROMISED,), ("card.outcome_promised_s36",), (s36a.REGIMES_COMPARED,)),
    Situation("clients_pooled_storage", (s36a.CLIENTS_POOLED_STORAGE,), ("card.shared_storage_clients_s36",)),
    Situation("newcomer_admin_access", (s36a.NEWCOMER_ADMIN_ACCESS,), ("card.newcomer_admin_access_s36",)),
    # s37 (situation_cues_s37.py): an exit reserved to one side, the other bound for the term (C. civ. 1171; C. com. L442-1,
    # I, 2°), not the card on ending an established relationship
    Situation("one_sided_exit", (s37.ONE_SIDED_EXIT,), ("card.one_sided_standard_terms",)),
    # ... and backups that failed or can no longer be restored, the provider's exposure asked: the failed-backup card
    # (C. civ. 1231-1, 1218, 1356), not the GDPR duty to test restores
    Situation("backup_failed_exposure", (s37.BACKUP_FAILED_EXPOSURE,), ("card.backup_failure_who_proves",)),
    # ... and penalties or service credits with no cap, whatever is asked of them (C. civ. 1231-5)
    Situation("uncapped_penalties", (s37.UNCAPPED_PENALTIES,), ("card.penalty_amount_excessive",)),
    # s37 (situation_cues_s37kb.py): time billed by started increment (C. civ. 1165, 1190; C. com. L441-1) (a security
    # incident the provider finds on a client's system is placed above), a non-solicitation clause stretched to
    # subcontractors and freelancers (Cass. com. 27 May 2021; 1199), an employee hired with no clause (1240; C. trav.
    # L1237-3), second-hand licences (CPI L122-6, 3°), a takeover from another provider (1199, 1231-1), a payment sent to
    # fake bank details (1342-2, 1342-3; C. mon. fin. L133-21)
    Situation("started_increment_named", (s37kb.STARTED_INCREMENT,), ("card.started_increment_billing_s37",)),
    Situation("non_solicitation_third_parties", (s37kb.NON_SOLICITATION_THIRD_PARTIES,),
              ("card.non_solicitation_subcontractors_s37",)),
    Situation("hired_without_clause", (s37kb.NO_CLAUSE_HIRE,), ("card.staff_hired_without_clause_s37",)),
    Situation("used_licences_named", (s37kb.USED_LICENCES,), ("card.used_software_licences_s37",)),
    Situation("predecessor_takeover_told", (s37kb.PREDECESSOR_TAKEOVER,), ("card.predecessor_work_takeover_s37",)),
    Situation("bank_details_fraud_told", (s37kb.BANK_DETAILS_FRAUD,), ("card.payment_redirection_fraud_s37",)),
)


def told_situations(question: str) -> list[Situation]:
    """The situations the question states, in the order of SITUATIONS. s30: read in the user's own words, never in those
    the router appended for the search (catalogue `query.*`: "... transfer outside the EU third country ...")."""
    low = fold(own_words(question))
    side = read_side(low)
    return [s for s in SITUATIONS if all(c.search(low) for c in s.cues) and not any(x.search(low) for x in s.excluded)
            and (s.speaker is None or s.speaker == side)]


def on_told_situation(question: str, ranked: Sequence, asked: str | None):
    """The card (a CardMatch of `ranked`) answering the first situation the question states, or None: of that situation's
    cards the scorer ranked at SITUATION_FLOOR, the one written for the kind of question asked, else the default."""
    by_key = {re.sub(r"\.(fr|en)$", "", m.card.id): m for m in ranked if m.score >= SITUATION_FLOOR}
    for s in told_situations(question):
        found = [by_key[k] for k in s.cards if k in by_key]
        if found:
            return next((m for m in found if asked and m.card.question_type == asked), found[0])
    return None
