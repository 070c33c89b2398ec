"""Cue families of situations a question tells, thirty-first session, answer side (helper s31-ans2, issue 15): the subject
each s31b card (`knowledge_base/cards/*_s31b.yaml`) turns on, told in any words (folded text; read as ask cues by
`premises.ASK_CUES` and as told situations by `told_situations.SITUATIONS`), and three situations that send a story to an
older card the cascade passed over.

- a judicial requisition (police, gendarmerie, a magistrate) for a client's data, and whether the client must agree
  (C. proc. pén. 60-1, 77-1-1, 99-3; GDPR 28(3)(a));
- an insurer that paid the client and turns against the provider, the contract's cap asked (C. assur. L121-12; C. civ.
  1346-5);
- a contract dated earlier than its signature (C. civ. 1377; C. pén. 441-1);
- an arbitration clause and a state court seized instead (C. proc. civ. 1448, 1449; C. civ. 2061);
- the provider put into liquidation while it holds the client's data (C. com. L641-11-1; GDPR 28(3)(g));
- the party that gave an option (unilateral promise) withdrawing it before the deadline (C. civ. 1124);
- two language versions of one contract that say different things (C. civ. 1188, 1189, 1190);
- support or hotline calls recorded (GDPR 13, 21; C. trav. L1222-4, L2312-38);
- mandatory mentions left off invoices (C. com. L441-9);
- older cards: force majeure claimed for a failure of the provider's own supplier or cloud (`card.force_majeure_claimed`,
  C. civ. 1218); a service suspended for unpaid invoices (`card.suspension_for_non_payment`, 1219, 1220); a processor
  using the clients' data for its own ends, such as training an AI model (`card.processor_decides_purposes`, GDPR 28(10)).
"""

from __future__ import annotations

import re

# -- a judicial requisition for a client's data -------------------------------------------------------------------------
_REQUISITION = (r"(requisitions?|requisitionn\w*|soit-transmis|officier de police judiciaire|\bopj\b|juge d'instruction|"
                r"procureur\w*|parquet|gendarm\w*|polic\w*|enqueteurs?|brigade|judicial requisition|"
                r"(police|law enforcement|prosecutor'?s?|investigating judge'?s?) (request|order|demand|requisition|"
                r"warrant)s?|investigators?|the (police|cops|gendarmerie|prosecutor))")
_HAND_OVER = (r"(logs?|journaux|donnees|data|fichiers?|files?|emails?|mails?|adresses? ip|ip address\w*|historiques?|"
              r"records?|informations?|traces?|connexions?|details)")
REQUISITION = re.compile(rf"(?s)^(?=.*\b{_REQUISITION})(?=.*\b{_HAND_OVER})")

# -- an insurer that paid the client turns against the provider ---------------------------------------------------------
_INSURER = r"(assureurs?|assurances?|insurers?|insurance (company|carrier)|underwriters?)"
_RECOURSE = (r"(se retourn\w*|claim\w*( \w+){0,4} from us|(sue|sues|suing|sued) us|against us|recours|subrog\w*|reclam\w*|poursui\w*|nous (attaque|assigne|demande)|agi\w* contre|"
             r"comes? after|coming after|turns? (against|on)|suing|sues?|claims? (against|from)|recover\w*|seek\w* "
             r"(to recover|reimbursement)|subrogat\w*)")
_PAID_CLIENT = (r"(indemnis\w*|rembours\w*|paye le client|a paye|pai\w* (le|au) client|paid (out|the client|our client|"
                r"the customer)|compensated|indemnified|covered (the|their|our) (loss|client|customer))")
INSURER_RECOURSE = re.compile(rf"(?s)^(?=.*\b{_INSURER})(?=.*\b{_RECOURSE})(?=.*\b({_PAID_CLIENT}|subrog\w*))")

# -- a contract dated earlier than its signature ------------------------------------------------------------------------
BACKDATING = re.compile(
    r"(?s)\b(antidat\w*|dat(er|e|ee|es) (le |l')?(contrat|avenant|bon de commande|commande|devis|accord) (du |au |d'|de )"
    r"(\d|1er|premier|debut|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|"
    r"(contrat|avenant|bon de commande|commande|accord|devis)( \w+){0,4} datee? (du |au |d'|de )(\d|1er|premier|debut|"
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|back-?dat\w*|date (anterieure|retroactive)|dater (le contrat |l'avenant )?(du|au|"
    r"avec effet au) \d|(want|wants|like|ask\w*|put|make|have) (it|the contract|the agreement|the amendment|them) "
    r"(to be )?dated|(dated|date it|date the contract|date the agreement) (as of |from |on |back to )?(\d|1st|the first|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|last)|(mettre|indiquer|ecrire)"
    r" (une|la) date (anterieure|d'il y a|du \d|au \d)|(retroactive|effet retroactif|retroactivement|retroactively))")

# -- an arbitration clause and a state court ----------------------------------------------------------------------------
_ARBITRATION = (r"(arbitra\w*|clause compromissoire|compromis d'arbitrage|tribunal arbitral|arbitral tribunal|"
                r"arbitrator\w*|arbitre\w*)")
# a state court or judge seized, sued before or asked for a measure, despite the clause
_STATE_COURT = (r"(tribunal|tribunaux|juge\w*|refere|assign\w*|saisir|court\w*|judge\w*|sue|sues|suing|sued|lawsuit|"
                r"litigat\w*|summary proceedings|injunction)")
# the two ways compared before a contract is signed ("arbitrage plutôt que le tribunal, quelle différence") are the
# comparison card's (card.arbitration_vs_court)
_COMPARED = (r"(difference|differences|plutot que|rather than|instead of (going to )?(a |the )?court|compar\w*|versus|"
             r"\bvs\b|lequel choisir|laquelle choisir|which (one )?to choose|which is better|avantages|pros and cons|"
             r"propos\w* (de regler|d'aller|un arbitrage)|suggests? (settling|arbitration|going))")
ARBITRATION = re.compile(rf"(?s)^(?=.*\b{_ARBITRATION})(?=.*\b{_STATE_COURT})(?!.*\b{_COMPARED})")

# -- the provider in liquidation while it holds the client's data --------------------------------------------------------
_LIQUIDATION = (r"(liquidation|liquidateur|redressement judiciaire|depos\w* (le |son )?bilan|faillite|en cessation|"
                r"administrateur judiciaire|mandataire judiciaire|receivership|receivers?|administrat(ion|or)|insolven\w*|"
                r"bankrupt\w*|went bust|goes bust|gone bust|chapter (7|11)|wound up|winding up|liquidator)")
_PROVIDER = (r"(infogereur|infogerant|prestataire|presta\b|msp|fournisseur|hebergeur|provider|vendor|host|hosting company|"
             r"supplier|it company|integrat\w*)")
_OUR_DATA = (r"(nos donnees|toutes nos donnees|nos fichiers|nos sauvegardes|nos serveurs|nos mails|nos bases?|nos vm|"
             r"(nos|les) donnees (sont|restent|hebergees)|our (data|files|backups|servers|emails|databases?|vms?)|all our "
             r"(data|files)|(recuper\w*|rapatri\w*|get (back|out)|retriev\w*|recover\w*|export\w*) (nos|our|the|les) "
             r"(donnees|data|fichiers|files))")
PROVIDER_LIQUIDATION_DATA = re.compile(rf"(?s)^(?=.*\b{_LIQUIDATION})(?=.*\b{_PROVIDER})(?=.*\b{_OUR_DATA})")

# -- the party that gave an option withdrawing it ------------------------------------------------------------------------
_PROMISE = (r"(promesse unilaterale|promesse (de|d')\w+|options?|option (d'achat|de souscription)|unilateral promise|"
            r"(option|promise) (to|of) (buy|renew|extend|order|subscribe|sign|host|manage|lease|rent))")
_WE_WITHDRAW = (r"((peut-on|pouvons-nous|on peut|peut-on la|peut-on l') ?(la |l'|le )?(retirer|revoquer|annuler|"
                r"reprendre)|(like|want|wish|plan|need) to (withdraw|revoke|cancel|retract|take back)|revenir sur (notre|la|cette|nos) (promesse|option|offre)|on (la |le |les )?(retire|revoque|annule|reprend)|(nous|on) (voulons|veut|voudrait|aimerait|souhaite) "
                r"(la |le )?(retirer|revoquer|annuler|reprendre)|(retirer|revoquer|annuler|reprendre) (notre|la|cette) "
                r"(promesse|option|offre)|we (withdraw|revoke|cancel|retract|pull)|(can|may|could) we (withdraw|revoke|"
                r"cancel|retract|pull|take back)|(withdraw|revoke|cancel|retract|pull|take back) (our|the|that|this) "
                r"(promise|option|offer))")
OWN_PROMISE_WITHDRAWN = re.compile(rf"(?s)^(?=.*\b{_PROMISE})(?=.*\b{_WE_WITHDRAW})")

# -- two language versions that differ ------------------------------------------------------------------------------------
_TWO_VERSIONS = (r"(deux versions|versions linguistiques|(language|linguistic) versions?|versions? (francaise|anglaise|en francais|en anglais|traduite)|version (fr|en|uk|us)\b|"
                 r"traduction|traduit|bilingue|en francais et en anglais|en anglais et en francais|two versions|"
                 r"(french|english|german|spanish) (and|&) (french|english|german|spanish)|(french|english|translated) "
                 r"versions?|translation|bilingual|in (french|english) and (french|english))")
_DIFFER = (r"(differ\w*|contradi\w*|contredi\w*|pas (la )?meme|pas le meme|ne disent pas|divergen\w*|incoheren\w*|conflict\w*|"
           r"inconsisten\w*|do not match|don'?t match|mismatch\w*|not the same|say different|give different|"
           r"laquelle|lequel|which (one|version|text)|prevail\w*|prime|l'emporte)")
LANGUAGE_VERSIONS_DIFFER = re.compile(rf"(?s)^(?=.*\b{_TWO_VERSIONS})(?=.*\b{_DIFFER})")

# -- calls recorded ---------------------------------------------------------------------------------------------------
# s32: records kept (a CRM's "customer records") are no recording: the verb, "recording(s)", "recorded", "records the..."
_RECORD = r"(enregistr\w*|record\b|recording\w*|recorded|records (the|our|their|every|all|each)\b|ecoute\w*|listen\w* (in|to))"
_CALLS = (r"(appels?|communications? telephoniques?|conversations?|hotline|standard|support telephonique|centre "
          r"d'appels?|calls?|phone|telephon\w*|call cent(er|re)|helpdesk|help desk|service desk)")
CALL_RECORDING = re.compile(rf"(?s)^(?=.*\b{_RECORD})(?=.*\b{_CALLS})")

# -- mandatory mentions left off invoices --------------------------------------------------------------------------------
_INVOICE = r"(factures?|facturation|invoices?|invoicing)"
_MENTIONS = (r"(mention\w*|n'indiqu\w*|indiqu\w*|taux des penalites|indemnite forfaitaire|indemnite de 40|40 ?(eur|euros|€)|"
             r"conditions d'escompte|date d'echeance|do(es)? not (show|state|mention|include)|missing|omit\w*|"
             r"(late[- ]payment|penalty) (rate|interest)|(fixed |flat )?(recovery|collection) (fee|charge|indemnity)|"
             r"mandatory (details|information|mentions|particulars))")
_LEFT_OFF = (r"(ne \w+ pas|n'\w+ pas|ni |pas de |aucune?|n'indiqu\w*|n'y figur\w*|manqu\w*|oubli\w*|absen\w*|sans |neither|nor|no |not |"
             r"without|missing|omit\w*|left (off|out))")
INVOICE_MENTIONS = re.compile(rf"(?s)^(?=.*\b{_INVOICE})(?=.*\b{_MENTIONS})(?=.*\b{_LEFT_OFF})"
                              r"(?=.*\b(penalit\w*|indemnite|escompte|echeance|40 ?(eur|euros|€)|late[- ]payment|"
                              r"recovery|collection|interest|penalt\w*|due date|discount))")

# -- older cards: force majeure for the provider's own supplier, suspension for non-payment, data for its own ends ----
_FORCE_MAJEURE = r"(force majeure|cas de force|act of god|beyond (its|their) control)"
_OWN_SUPPLIER = (r"(son (propre )?(fournisseur|hebergeur|cloud|datacenter|sous-traitant|operateur|prestataire)|leur "
                 r"(fournisseur|hebergeur|cloud|datacenter|sous-traitant|operateur)|(its|their) (own )?(cloud|hosting|"
                 r"host|datacenter|data cent(er|re)|supplier|subcontractor|provider|vendor|carrier|telco|isp)|"
                 r"(cloud|hosting|datacenter|aws|azure|ovh|google cloud)( provider)? (went down|failed|crashed|was down|"
                 r"outage|tombe|en panne)|panne (de|chez) (son|leur|l')(hebergeur|cloud|fournisseur|operateur))")
# the force majeure is claimed for an event that happened (an outage, a failure), not a clause's list read before any event
_CLAIMED = (r"(invoqu\w*|se prevau\w*|pretend\w*|affirm\w*|parle de|dit que|explique que|claim\w*|invok\w*|plead\w*|"
            r"says? (it|that|this|the)|calls? (it|this|the outage)|hid(e|es|ing) behind|blam\w*|relies? on|relying on)")
_EVENT = (r"(panne|coupure|indisponib\w*|interruption|tombe\w*|plante\w*|arret|incident|outage|went down|was down|"
          r"down for|crash\w*|failed|failure|failing|disruption|downtime)")
FORCE_MAJEURE_OWN_SUPPLIER = re.compile(rf"(?s)^(?=.*\b{_FORCE_MAJEURE})(?=.*\b{_OWN_SUPPLIER})(?=.*\b{_CLAIMED})"
                                        rf"(?=.*\b{_EVENT})")

_UNPAID = (r"(impaye\w*|ne (paie|paye|regle) (plus|pas|rien)|pas (paye|regle)|(n'a|n'ont|n'avons) (pas|jamais|toujours pas) (paye|regle)|non (payee?s?|"
           r"reglee?s?)|retards? de paiement|unpaid|has(n'?t| not) paid|have(n'?t| not) paid|(didn'?t|did not|doesn'?t|"
           r"does not|won'?t|stopped) pa(y|ying)|overdue|outstanding invoices?|owes? us)")
_SUSPEND = (r"(suspend\w*|couper|coupe[rz]?|bloquer|desactiv\w*|cut (off|the service|their|his|her)|switch off|turn off|"
            r"disabl\w*|block\w*|shut (off|down)|lock (them|him|her|the))")
SUSPEND_FOR_UNPAID = re.compile(rf"(?s)^(?=.*\b{_UNPAID})(?=.*\b{_SUSPEND})")

_CLIENT_DATA = (r"((donnees|tickets?|mails?|emails?|fichiers|logs?|telemetr\w*|data|files|records|conversations?)"
                r"( \w+){0,3} (de |des |du |of )?(nos|notre|leurs?|our|their|the)? ?(clients?|customers?|utilisateurs|users)|"
                r"(our|their|the) (clients?|customers?|users?)'?s?( \w+){0,2} (data|tickets?|e?mails?|files|logs?|records|"
                r"conversations?|telemetry))")
_OWN_ENDS = (r"(entrain\w*|train\w*|model(e|es)? d'ia|ai model|machine learning|llm|\bia\b|\bai\b|statistiques|statistics|"
             r"revend\w*|resell\w*|sell (it|them)|benchmark\w*|nos propres (fins|produits|besoins)|our own (purposes|"
             r"product|needs|tools?)|pour nous|for ourselves|profil\w*|marketing|prospect\w*)")
PROCESSOR_OWN_USE = re.compile(rf"(?s)^(?=.*\b{_CLIENT_DATA})(?=.*\b{_OWN_ENDS})")

# -- a late-payment rate named: the "taux" of a penalty or of interest is no price ("ni le taux des pénalités de retard",
# "no late-payment interest rate"), so a story naming it is not the price-never-agreed situation
LATE_RATE_NAMED = re.compile(r"\b(taux (des |de |d')?(penalites?|interets?)( de retard)?|(late[- ]payment|penalty|default) "
                             r"(interest )?rates?|(interest|penalty) rates? (for|on) late|rate of (late[- ]payment )?"
                             r"(interest|penalt\w*))")

# -- the provider (processor) setting the purposes of the processing itself ("s'arroge le droit de fixer les finalités",
# "the MSP decides what our data is used for"): the processor-decides-purposes card (GDPR 28(10))
_PROVIDER_ANY = (r"(prestataire|presta\b|msp|infogere\w*|infogerant|sous-traitant|fournisseur|editeur|hebergeur|provider|"
                 r"vendor|processor|supplier|host)")
_SETS_PURPOSES = (r"((fix\w*|determin\w*|decid\w*|choisi\w*|chois\w*|defini\w*|set|sets|setting|define\w*|choos\w*)"
                  r"( [\w'-]+){0,3} (les |des |the |its own |ses propres |leurs propres )?(finalites|purposes)|"
                  r"(decid\w*|choos\w*|determin\w*) (itself |lui-meme )?(what|how) (our|the|their) (data|donnees) (is|are) "
                  r"used)")
PROCESSOR_SETS_PURPOSES = re.compile(rf"(?s)^(?=.*\b{_PROVIDER_ANY})(?=.*\b{_SETS_PURPOSES})")
