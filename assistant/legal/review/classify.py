"""Label clauses with taxonomy topics: French/English cue patterns plus the clause library.

Cues are cheap, explainable and work without an index; the retriever (searching the
clause library, `kind="clause"`) adds the topic of the closest library clauses, which
catches wordings no cue anticipated. Several topics per clause are allowed: real
clauses mix subjects (an SLA article often carries the penalties and the hours).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Iterable

from assistant.knowledge.taxonomy import load_taxonomy
from assistant.legal.review.cue_exit import END_HEADING, POST_END
from assistant.legal.review.segmentation import Clause
from assistant.legal.textutil import fold
from assistant.text.gate import may_match
from assistant.types import Retriever

# Topics whose bare word has other senses are read from the shape of the commitment. Insurance: an
# obligation to be insured, not an insurer named as a party or an "Insurance Act". Audit: a right to
# audit or inspect, not an "audit trail" or "audited financial statements". Non-solicitation: hiring
# or soliciting the other side's people, not soliciting customers or screening one's own staff.
INSURED = (r"\b(?:(maintain|carry|procure|obtain|keep)\w*\b[^.;]{0,80}\binsurance\b|"
           r"(?<!health )(?<!medical )(?<!life )(?<!national )insurance (coverage|cover|certificates?|carriers?|"
           r"requirements)|(commercial general|general|professional|errors (and|&) omissions|workers'? compensation|"
           r"umbrella|cyber|fidelity|automobile|excess) (liability )?insurance|\bnamed as (an )?additional insured|"
           r"\badditional insureds?\b|\b(be|are|is|jointly|fully|adequately) insured\b|\b(agrees?|shall|will|must) (to )?insure\b|"
           r"certificates? of insurance|\bpolic(y|ies) (of insurance|shall not be cancel)|souscri\w*[^.;]{0,60}assurance|police d'assurance|attestation d'assurance|"
           r"\bassure(e)? aupres|assurance (de )?responsabilite|responsabilite civile professionnelle|\brc pro\b|"
           r"\bassureur)")
AUDIT_RIGHT = (r"\b(?:(right|entitled|permit\w*|allow\w*|authori[sz]\w*|may|shall have access|upon request)\b[^.;]{0,80}"
               r"\b(audit|inspect|examine)\w*\b(?! (adjustments?|trails?|committees?|fees?|opinions?|firms?|standards?|"
               r"logs?)\b)|\baudit rights?\b|\bright to audit\b|droit d'audit|\bauditer\b|"
               r"\b(audit(s|ing)?|inspect(s|ing|ion|ions)?)\b[^.;]{0,60}\b(books|records|accounts|premises|facilities|compliance|"
               r"locaux|conformite|registres)\b|controle sur place|verifier (le respect|la conformite)|"
               r"faire (verifier|controler)\b[^.;]{0,60}\b(le respect|la conformite|l'execution|les engagements)|"
               r"\b(diligente\w*|faire proceder)\b (\w+ ){0,4}?(un |une |des )?(controles?|audits?|inspections?|verifications?)\b|"
               r"\bcontroles? sur (pieces|place)\b|verifications? de (la )?conformite (du|de la|de l.) ?(prestataire|titulaire|sous-traitant|fournisseur|infogereur)|"
               r"\baudits? (annuel|sur site|on-?site|de (securite|conformite))|\bprocede\w* a (un|des) audits?|"
               r"\bsubject to (an? )?(audit|inspection)|\b(review|examine|inspect|audit|copy)\w*\b[^.;]{0,40}\b(books|"
               r"records)\b|\b(books|records)\b[^.;]{0,80}\b(available|open) (for|to) (examination|inspection|audit|review)|"
               r"\baudit (reports?|teams?)\b|independent auditors?\b[^.;]{0,80}\b(review|examin|audit)|\bfull,? (free )?"
               r"(and safe )?access to\b[^.;]{0,60}\b(facilities|premises|records)\b)")
NO_POACHING = (r"\b(?:non-?sollicitation|non-?solicitation|\bno[- ]hire\b|debauch\w*|\bpoach\w*|"
               r"\bsolicit\w*\b[^.;]{0,30}\b(for|to) (employ|hire)|\bentic\w* away\b[^.;]{0,60}\b(employees?|personnel|"
               r"staff|employed)|(solicit|entic|induc|encourag|persuad)\w*\b[^.;]{0,200}\b(to (leave|terminate|resign|quit)) (\w+ )?"
               r"(employ|engagement|contracting relationship|position)|(solicit|\bhire\b(?! date)|recruit|induc(e|es|ing)\b|entice|employ or engage)\w*\b[^.;]{0,120}\b(employees?|personnel|staff|"
               r"consultants?)\b[^.;]{0,30}\b(of|employed by|engaged by|from) (the other|either|any other|such other|"
               r"[a-z]+'?s?)\b|(solicit|\bhire\b(?! date)|recruit|induc(e|es|ing)\b|entice)\w*\b[^.;]{0,60}\b(other party|[a-z]+)'s "
               r"(employees?|personnel|staff)|(solliciter|embaucher|recruter|engager|employer|faire travailler)\b[^.;]{0,80}\b("
               r"salarie\w*|collaborat\w*|personnel|employe\w*|intervenant\w*|technicien\w*|ingenieur\w*|consultant\w*)\b"
               r"[^.;]{0,30}\b(de l'autre|du (client|prestataire)|de la societe|de son cocontractant|de l'autre partie))")

# Patterns are matched on folded text: lower case, no accents, straight apostrophes.
# the price of each renewed period left to the provider's list of the day ("Fees for each Renewal Term shall be Provider's
# then-current list prices", "au tarif en vigueur lors du renouvellement"): a price revision at each renewal
RENEWAL_PRICE = r"(renewal|renouvel\w*|reconduction|reconduit\w*)\b[^.;]{0,80}\b(then[- ](current|prevailing|applicable)|" \
                r"tarifs? (alors )?(en vigueur|applicables?)|bareme (alors )?(en vigueur|applicable))|(then[- ](current|" \
                r"prevailing)|tarifs? (alors )?en vigueur)\b[^.;]{0,60}\b(renewal|renouvel\w*|reconduction)"
# the client however a contract calls it: a public buyer, a subscriber, a licensee (folded)
CLIENT_FR = r"client|pouvoir adjudicateur|acheteur|maitre d'ouvrage|beneficiaire|souscripteur|abonne|utilisateur final"
CLIENT_EN = r"customer|client|purchaser|buyer|subscriber|licensee"
CUES: dict[str, str] = {
    "parties": r"entre les soussignes|ci-?apres (denomme|designe|appele)|hereinafter|by and between|siege social|"
               r"\brcs\b|\bsiren\b|\bsiret\b|entrepreneur individuel|au capital de|registered office|company (number|registered)|"
               r"represente(e)? par|represented by|"
               r"\bdefinitions?\b|\bdesigne\b|on entend par|\"[^\"]{2,40}\" means|documents contractuels|"
               r"contract(ual)? documents|order of precedence|ordre de priorite|entire agreement|integralite|"
               r"\bavenant\b|amendments?",
    "scope": r"objet du contrat|a pour objet|\bperimetre\b|\bscope\b|purpose of (the|this) (agreement|contract)|"
             r"services couverts|equipements (informatiques )?couverts|covered (services|equipment|assets)|"
             r"hors (du )?perimetre|out of scope|exclu(e|s)? du (champ|perimetre)|prestations (suivantes|decrites)|"
             r"services (described|listed)|description des (services|prestations)",
    "technologies": r"systeme de (surveillance|supervision)|monitoring (system|tools?)|\brmm\b|\bpsa\b|"
                    r"outils? de (supervision|ticketing|telemaintenance|prise en main)|"
                    r"remote monitoring|ticketing (tool|system)|agents? (logiciel|installe|deploye)|software agent|"
                    r"logiciels? libres?|open source|solutions? tierces?|third-party (tools?|software|solutions?)|"
                    r"\blinux\b|\bapache\b|\bmysql\b|postgresql|technolog",
    "service_delivery": r"(delivered|performed|provided|realisees?|executees?) (principalement |mainly )?"
                        r"(remotely|on[- ]?site|a distance|sur site|par prise)|a distance|sur site|on[- ]?site|"
                        r"\bremote(ly)?\b|telemaintenance|teleassistance|deplacements?|"
                        r"delegation de personnel|staff secondment|intervention|dispatch|visite|visit|"
                        r"\bdelivery (model|locations?|cent(er|re)s?)\b|global delivery|offshore|nearshore|"
                        r"modalites d'(intervention|execution)|lieux? d'(execution|intervention)|centres? de services",
    "support_hours": r"heures ouvre(es|s)|jours ouvr(es|ables)|heures ouvrables|business (hours|days)|working (hours|days)|"
                     r"du lundi au vendredi|monday (to|through) friday|24 ?h ?/ ?24|24 ?x ?7|24/7|7 ?j ?/ ?7|"
                     r"astreinte|on-?call|hors (heures|horaires)|out[- ]of[- ]hours|\bhoraires\b|service hours|"
                     # the service open all the time, in words ("available 24 hours a day, 7 days a week", "24 heures
                     # sur 24, 7 jours sur 7", "tous les jours de l'année")
                     r"\b24 (hours|heures) (a|per|par|sur) (day|jour|24)\b|\b(7|seven|sept) (days|jours) (a|per|par|sur) "
                     r"(week|semaine|7)\b|\b365 (days|jours)\b|tous les jours de l'annee|"
                     r"de \d{1,2} ?(h|heures)? a \d{1,2} ?(h|heures)|\d{1,2}[:h]\d{2} ?(a|to|-) ?\d{1,2}[:h]\d{2}|"
                     # any span of weekdays and any span of clock hours ("Monday to Saturday", "du lundi au samedi",
                     # "6:00 a.m. to 8:00 p.m.", "8am-6pm")
                     r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s? (to|through|thru|until|-|–) (monday|"
                     r"tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bdu (lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                     r"dimanche) au (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|\b\d{1,2}(:\d{2})? ?[ap]\.?m\.?"
                     r" ?(to|through|until|-|–) ?\d{1,2}(:\d{2})? ?[ap]\.?m\b",
    "sla": r"niveaux? de service|service levels?|\bsla\b|\bgti\b|\bgtr\b|garantie de temps|\brto\b|\brpo\b|\bdmia\b|\bpdma\b|"
           r"recovery (time |point )?objectives?|objectifs? de (reprise|restauration|recuperation)|"
           r"temps de (retablissement|reponse|prise en charge|intervention)|delais? (de|d') ?(prise en charge|"
           r"retablissement|resolution|reponse|intervention)|response time|resolution time|restoration time|"
           r"\bdisponibilite\b|\bavailability\b|uptime|engagements? de (service|niveau)|retabli\w* le service|"
           r"restore (the )?service|\bp[1-4]\b|priorit(e|y) ?[1-4]|criticit",
    "penalties": r"penalit\w*\b(?! de retard)|service credits?|\bcredits?\b|credits? de service|avoir sur facture|clause penale|"
                 r"liquidated|(early )?(termination|cancellation) (fee|payment|charge)s?|indemnite de resiliation|"
                 r"liquidated damages|penalty|penalties",
    "pricing_payment": r"\bprix\b|tarif|redevance|factur|paiement|payment|\bfees?\b|invoice|\bprice|prelevement|"
                       r"hors taxes|\bht\b|per month|par mois|\beur\b|\beuros?\b|late payment|interets de retard|"
                       r"indemnite forfaitaire|penalites de retard|bon de commande|purchase order|\bdevis\b|\bquote\b",
    "price_revision": r"revision (du|des) prix|indexation|indice syntec|\bsyntec\b|revalorisation|"
                      r"price (review|increase|adjustment|revision|change)|\bindex(ed|ation)?\b|"
                      r"modifier (ses|les) (tarifs|prix|conditions financieres)|(change|increase|modify) (the|its) "
                      r"(fees|prices|charges|rates)|augmentation (des|de) (prix|tarifs?)|" + RENEWAL_PRICE,
    "hardware": r"materiels?\b|hardware|equipements? informatiques?|remplacement (du|des|de) (materiel|equipement|"
                r"pieces?)|pieces detachees|spare parts|replacement (of )?(hardware|equipment|parts|devices)|"
                r"garantie constructeur|manufacturer'?s? warranty|defaillances? materielles?|devices?",
    "assistance_training": r"\bformations?\b|training|assistance (aux|des) utilisateurs|helpdesk|help desk|"
                           r"service desk|hotline|support (aux )?utilisateurs|user support|end[- ]users? support|"
                           r"assistance utilisateurs?",
    "evolution": r"evolutions?|\bconseil\b|\badvice\b|advisory|revue (annuelle|periodique)|periodic review|"
                 r"roadmap|feuille de route|recommandations?|services complementaires|additional services|"
                 r"change requests?|demandes? de changement|verifications periodiques|accessoires",
    "governance": r"gouvernance|governance|comite de (pilotage|suivi)|\bcopil\b|steering committee|reporting|"
                  r"rapports? (mensuel|trimestriel|d'activite)|tableau de bord|dashboard|monthly report|"
                  r"(quarterly|service) (business )?review|\bqbr\b|escalade|escalation|interlocuteur|"
                  r"point of contact|account manager|responsable de compte|\bkpis?\b|indicateurs",
    "client_obligations": r"obligations (du |de l'|de la )(" + CLIENT_FR + r")\b|le client (s'engage|doit|devra|s'oblige|rendra|fournira|"
                          r"met(tra)? a disposition|designe)|(customer|client) (shall|must|will|agrees to) "
                          r"(provide|ensure|give|grant|cooperate|designate|make available|maintain|notify|comply)|"
                          r"obligations of the (client|customer)|(client|customer)'?s? (obligations|responsibilities)|"
                          r"devoir de (collaboration|cooperation)|\bcooperat|collaboration|(customer|client) duties|"
                          r"(customer|client) is responsible for|le client est (seul )?responsable",
    "confidentiality": r"confidentiel|confidentialit|confidential|\bsecret\b|non-?disclosure|\bnda\b|discretion",
    "data_protection": r"donnees (a caractere )?personnel|personal data|\brgpd\b|\bgdpr\b|2016/679|"
                       r"responsable (du|de) traitement|sous-traitant (au sens|ulterieur)|\bcontroller\b|"
                       r"\bprocessor\b|data subjects?|personnes? concernees?|\bdpa\b|data processing|"
                       r"traitement de donnees|\bcnil\b|\bdpo\b|delegue a la protection|sub-?processors?|personal information|"
                       r"data protection laws?|protection des donnees",
    "security": r"securit|security|cyber|firewall|pare-feu|antivirus|\bedr\b|chiffrement|encrypt|intrusion|"
                r"malware|rancongiciel|ransomware|vulnerabilit|correctifs?|\bpatch|mots? de passe|password|"
                r"\bmfa\b|authentification|authentication",
    "backup_recovery": r"sauvegarde|backups?|restaur|restore|\bpca\b|\bpra\b|plan de (continuite|reprise)|"
                       r"business continuity|disaster recovery|\brto\b|\brpo\b|redondance|redundan|bascule|"
                       r"failover|replication",
    "liability": r"responsabilit|\bliabilit|\bliable\b|dommages?(-| et )interets|dommages? (directs|indirects|"
                 r"immateriels)|(in)?direct (damages|loss)|consequential|plafon|\bcap(ped)?\b|limited to|"
                 r"limitee? a|obligation de (moyens|resultat)|best efforts|faute lourde|gross negligence|"
                 r"indemnif|ne saurait etre tenu|shall not be (held )?(liable|responsible)|"
                 r"sole (and exclusive )?remed|exclusive remed|seul(e)? (recours|indemnisation)|"
                 r"(action|claim)s?[^.;]{0,80}\b(must be (brought|commenced)|more than [^.;]{0,20}(years?|months?) "
                 r"after)|prescription",
    "insurance": INSURED,
    "non_solicitation": NO_POACHING,
    "duration_renewal": r"\bduree\b|\bterm\b|entree en vigueur|prend(ra)? effet|effective date|renouvel|"
                        r"tacite reconduction|\brenew|reconduction|periode initiale|initial (term|period)|"
                        r"date anniversaire|anniversary",
    "termination": r"resiliation|resilier|resilie|terminat|mettre fin|denonc|preavis|notice period|"
                   r"mise en demeure|for convenience|pour convenance|\bexpir",
    "reversibility": r"\b(?:reversibilit|restitution (des|de) (donnees|l'ensemble)|transfert de competences|"
                     r"knowledge transfer|exit (plan|assistance|management|period)|\btransition\b|"
                     r"termination assistance|wind[- ]?down|disengagement|post-termination|"
                     r"(after|following|upon|survive) (the )?(termination|expiration|expiry)\b.{0,120}\b(continue to "
                     r"(provide|perform|supply)|transition|assist)|"
                     r"(upon|on|after|following) (the )?(termination|expiration|expiry)( or (termination|expiration|"
                     r"expiry))? of this agreement[^.;]{0,80}\b(shall|will|must) (promptly )?(return|deliver|continue|"
                     r"provide|destroy)|(for|during) (a period of )?[^.;]{0,30}(after|following) (the )?(termination|"
                     r"expiration|expiry)|surviv\w* (the )?(termination|expiration|expiry)|"
                     r"successeur|successor|nouveau prestataire|new (service )?provider|\breturn\w*\b.{0,30}\bdata\b|"
                     r"restitu\w*\b.{0,30}\bdonnees\b|data return|handover|hand-over|plan de sortie)|" + POST_END,
    "subcontracting_assignment": r"sous-?trait(ance|er)|sous-?traitants?\b(?! (au sens|ulterieur))|subcontract|"
                                 r"confier .{0,40}a (des|un) (partenaires?|tiers)|\bcession\b|\bceder\b|"
                                 r"assign(ment|s|ed|able|ee)?\b|transferer (tout ou partie|le present "
                                 r"contrat)|transfer (this|the) (agreement|contract)|circulation du contrat|"
                                 r"changement de controle|change of control|intuitu personae|consideration de la "
                                 r"personne",
    "intellectual_property": r"propriete intellectuelle|intellectual property|droits? d'auteur|copyright|"
                             r"livrables|deliverables|\bscripts?\b|code source|source code|savoir-faire|know-how|"
                             r"titulaire des droits|ownership|licen[cs]e (d'utilisation|to use)|"
                             r"\blicen[cs](e|es|ed|ing)\b|\bpatents?\b|trademarks?|works? (made )?for hire|"
                             r"(right|title),? (and|&) interest|proprietary rights|hereby assigns?\b",
    "force_majeure": r"force majeure|cas fortuit|act of god|beyond (its|their|the) (reasonable )?control|"
                     r"art(icle)?\.? 1218",
    "audit": AUDIT_RIGHT,
    "disputes": r"droit applicable|governing law|loi applicable|juridiction|jurisdiction|tribunal|tribunaux|"
                r"governed by|construed (in accordance with|under)|laws of the (state|commonwealth|province)|"
                r"\bvenue\b|regi par le droit|soumis au droit|"
                r"\bcourts?\b|litiges?|disputes?|differends?|mediation|conciliation|arbitrage|arbitration|"
                r"reglement amiable|amicabl|competence",
}
# Distinctive phrases: one occurrence is enough to label a clause (they count double).
STRONG: dict[str, str] = {
    # a company named and given its defined name, also the French way ("la société X SAS, … ci-après le « Sous-traitant »",
    # "(le « Prestataire »)")
    "parties": r"ci-?apres (denomme|designe|appele)|hereinafter|entre les soussignes|(ltd|llc|inc|sas|sarl|sa|gmbh|plc|"
               r"limited|company|societe)\b.{0,150}(\((the |le |la |l'|les )?\"[^\"]{2,30}\"\)|ci-?apres,? (le |la |l'|les )?"
               r"\"[^\"]{2,30}\")",
    "liability": r"ne saurait etre tenue? (pour )?responsable|limitation (de|of) (responsabilite|liability)|"
                 r"sole (and exclusive |and entire )?(remed(y|ies)|obligation|liability)|(exclusive|only) remed(y|ies)|"
                 r"entire liability|\b(in no event|under no circumstances)\b[^.;]{0,120}\b(liable|responsible|liability|"
                 r"exceed)|\bliability\b[^.;]{0,120}\b(shall|will) not exceed|(action|claim|lawsuit|suit|proceeding)s?\b"
                 r"[^.;]{0,120}\b(must be (brought|commenced|filed|initiated)|may be brought[^.;]{0,120}\bafter|more than "
                 r"[^.;]{0,30}(years?|months?) after)|"
                 # a fixed sum that is all the damages owed: an exclusive remedy, the ceiling of what is paid
                 r"\b(full|sole|exclusive|entire|only)\b[^.;]{0,30}\bliquidated damages\b|liquidated damages\b[^.;]{0,60}"
                 r"\b(sole|exclusive|only) (remed(y|ies)|compensation)|\b(seule?|unique) (indemnisation|reparation)\b|"
                 r"\b(indemnite|indemnisation) forfaitaire et (definitive|liberatoire)|a titre forfaitaire et (definitif|liberatoire)|"
                 r"plafond de responsabilite|shall not be liable|(total|aggregate) liability|responsabilite "
                 r"(totale|globale|cumulee)|obligation de (moyens|resultat)|obligation of (means|result)",
    "client_obligations": r"obligations du client|le client s'engage a|(customer|client) shall (provide|ensure|"
                          r"cooperate|give|grant|designate|make)|(customer|client)'?s? (obligations|"
                          r"responsibilities)|devoir de collaboration|le client rendra possible|"
                          # the client bound to do something for the service, however the client is called (a public
                          # buyer, a subscriber): "Le Client désigne un interlocuteur, met à disposition un accès VPN",
                          # "le pouvoir adjudicateur s'engage à", "Customer shall keep its passwords safe, supply…".
                          # Paying is the price's clause; a right ("may") binds nobody.
                          r"obligations (du |de l'|de la )(" + CLIENT_FR + r")\b|\b(le |la |l')(" + CLIENT_FR + r") "
                          r"(s'engage a|s'oblige a|doit|devra|designe|designera|fournit|fournira|met(tra)? a (la )?disposition|"
                          r"donne|donnera|garantit|informe|informera|veille|assure|communique|permet|prend en charge|"
                          r"reste (seul )?responsable (de|des|du))\b|\b(the )?(" + CLIENT_EN + r") (shall|must|will|agrees to|undertakes to|"
                          r"is (solely )?responsible for)( not)?(,? and (shall|will) not (permit|allow) (any|a) (third party|person|users?) to)?,? (promptly |timely |also |reasonably |at all times )?"
                          r"(provid(e|ing)|giv(e|ing)|ensur(e|ing)|designat(e|ing)|appoint(ing)?|maintain(ing)?|inform(ing)?|"
                          r"notify(ing)?|grant(ing)?|mak(e|ing)|keep(ing)?|supply(ing)?|co-?operat(e|ing)|permit(ting)?|"
                          r"comply(ing)?|procur(e|ing)|obtain(ing)?|allow(ing)?|back(ing)? up|us(e|ing)|resell(ing)?|"
                          r"attempt(ing)?|install(ing)?)\b",
    # a share of the fee taken off when a level is missed ("une réduction de 5 % de la redevance mensuelle", "a reduction
    # of 10% of the monthly charge")
    "penalties": r"\b(reductions?|abattements?|rebates?|refunds?|remboursements?|minorations?)\b (de |of |egale? a |equal to )?"
                 r"\d+([.,]\d+)? ?%[^.;]{0,30}\b(redevance|monthly|mensuel\w*|charges?|fees?|prix|price|factur\w*|invoice\w*|"
                 r"abonnement|subscription)|"
                 r"penalit\w*\b(?! de retard)|service credits?|credits? de service|\bcredit of \d|liquidated damages|"
                 # credits paid as credit notes ("un avoir égal à 2 % de la redevance", "le cumul des avoirs")
                 r"\bavoirs? (egal|egaux|de \d|d'un montant|equivalent|correspondant|calcule)\w*|(total|cumul|montant|plafond) "
                 r"(\w+ )?des avoirs\b|sous forme d'avoirs?|"
                 r"(early )?(termination|cancellation|break|exit) (fees?|payments?|charges?|penalty|penalties)\b|indemnite de resiliation|"
                 r"clause penale|\bdedit\b|(in (case|the event) of (any )?(a )?(breach|violation)|for each (breach|"
                 r"violation|day of delay))\b[^.;]{0,80}\b(shall|will|must) pay\b",
    "confidentiality": r"confidentialit|confidential information|informations confidentielles|"
                       # the information kept secret, in the verb's words ("garde confidentielles les informations de
                       # l'autre", "keeps the other's information confidential")
                       r"\b(gard\w*|tien\w*|conserv\w*|keeps?|hold\w*|treats?|maintains?) ([\w']+ ){0,5}?confidenti\w*|"
                       # the duty itself: not to disclose what the other side shared ("s'interdit de divulguer à des tiers
                       # les informations de l'autre partie", "hold in trust and not reveal any non-public information")
                       r"\b(s'interdit|s'interdisent|s'engage\w* a ne (pas|jamais)|ne (doit|peut|pourra)|shall not|may not|will not|"
                       r"agrees? not to|not to|and not)\b[^.;]{0,40}\b(divulg\w*|disclos\w*|reveal\w*|communiquer a (des|un) tiers)",
    # how the services reach the client, said once ("Services are delivered remotely from…", "24x7 remote monitoring")
    "service_delivery": r"(delivered|performed|provided|rendered|realisees?|executees?|fournies?|assurees?) (principalement |"
                        r"mainly |primarily |exclusively |exclusivement )?(remotely|on[- ]?site|a distance|sur site|"
                        r"depuis (nos|ses|les) (locaux|centres?))|\bremote (monitoring|administration|management|support)\b|"
                        r"telemaintenance|teleassistance|prise en main a distance|supervision a distance|"
                        # where the service is run: remote or on-site work named with its act ("remote helpdesk support",
                        # "interviennent sur site"; remote access given by the client is its duty), and the provider's
                        # data centres placed somewhere ("exploite des
                        # centres de données en Bretagne", "data centres in Lyon and Marseille", "hébergées exclusivement
                        # dans ses centres situés en France")
                        r"\b(remote|on-?site|sur site|sur place|a distance)( \w+)? (helpdesk|help desk|support|work|"
                        r"assistance|interventions?|maintenance)\b|\b(intervien\w*|intervention\w*|dispatch\w*|"
                        r"perform\w*|deliver\w*|realis\w*|assur\w*)\b( \w+){0,3} (remotely|a distance|on-?site|sur site|sur place)\b|"
                        r"\b(data ?cent(er|re)s?|centres? de (donnees|calcul|traitement)|datacenters?)\b( \w+){0,3} ("
                        r"(located|situated|based|situes?|implantes?|localises?) )?(in|en|a) [a-z]|"
                        # the access the provider works through: administrative access delegated or granted by the
                        # client, its work done over a VPN or an administration bastion (not "privileged access through a
                        # bastion" in a list of security measures), its operations centre ("with administrative access
                        # delegated by Customer", "over a site-to-site VPN from its network operations centre", "via un
                        # bastion d'administration", "au moyen d'un accès d'administration délégué par le Client")
                        r"\b(administrative|admin|delegated|privileged|remote) access (\w+ ){0,2}?(delegated|granted|"
                        r"given|provided) by\b|\bacces (d'administration |administrateur |a distance |privilegie )?"
                        r"(delegue|accorde|fourni|ouvert|donne)e?s? par\b|\b(administ\w*|interv\w*|operat\w*|manag\w*|support\w*|"
                        r"work\w*|connect\w*|exploit\w*|maint\w*|perform\w*|realis\w*|assur\w*|run\w*)\b( [\w'-]+){0,6}? "
                        r"(over|through|via|par|au moyen d'un|using) (an? |un |le |the |its |son )?([\w-]+ ){0,2}?(vpn|"
                        r"bastion|jump ?(host|server)|ssh)\b|\b(from|depuis) (its|the|"
                        r"provider'?s?|son|ses|le) ([\w-]+ ){0,3}?(operations? cent(er|re)|noc|soc|centre (de services|"
                        r"d'exploitation|de supervision|operationnel))\b",
    "data_protection": r"donnees (a caractere )?personnel|personal data|\brgpd\b|\bgdpr\b",
    # a committee or a periodic review meeting of the service, and the escalation of what it cannot settle ("un comité
    # de suivi réunit les référents chaque trimestre", "a service review every quarter… may escalate an issue")
    "governance": r"comite de pilotage|steering committee|\bcopil\b|escalade|escalation|reporting|comite (de suivi|"
                  r"operationnel|strategique|de gouvernance|de service)|(quarterly|monthly|annual|periodic|service) "
                  r"(business |performance )?review (meeting|with)|\bescalat(e|es|ed)\b|"
                  # the follow-up of the service as an act: a report handed over at a set rhythm ("un rapport
                  # trimestriel", "a monthly service report", "reported to Customer by the 10th working day"), a
                  # periodic meeting, a manager named by the provider to answer for the contract. A contact the client
                  # names to approve changes or to receive tickets is the client's duty, not a follow-up of the service.
                  r"\b(rapports?|comptes?[- ]rendus?|bilans?)( \w+){0,2} (mensuel|trimestriel|hebdomadaire|semestriel|annuel|"
                  r"periodique|d'activite|de suivi)\w*|\breunions? (\w+ )?(mensuel|trimestriel|hebdomadaire|semestriel|"
                  r"periodique|de suivi|de service|de pilotage)\w*|\b(monthly|quarterly|weekly|semi-annual|annual|yearly|"
                  r"periodic)\b( \w+){0,3} (reports?|meetings?)\b|\breport(ed|s)? (in writing )?to (the )?(customer|"
                  r"client)\b[^.;]{0,40}\b(monthly|quarterly|weekly|each|every|by the|within)\b|\b(service delivery|account|"
                  r"engagement|relationship|contract) manager\b|\b(responsable|directeur) (de compte|du contrat|de la "
                  r"relation)|\bchef de projet\b",
    "reversibility": r"reversibilit|exit (plan|assistance)|plan de sortie|" + POST_END,
    "non_solicitation": NO_POACHING,
    "insurance": INSURED,
    "force_majeure": r"force majeure",
    "audit": AUDIT_RIGHT,
    # a party's right to stop the service altogether ("may at any time cease providing the Services", "se réserve le
    # droit de cesser de fournir le service"): an end of the contract's performance at that party's will
    # ending the contract in other words ("mettre un terme au contrat", "end this Agreement", "cancel any Order Form")
    "termination": r"mettre un terme (au|a la|a l'|aux) (contrat|present|presente|marche|abonnement|convention|commande)|"
                   r"\b(end|cancel)\b (this|the|any|an|such) (agreement|contract|order( form)?|subscription|statement of work)\b|"
                   r"resiliation|terminat|\b(may|can|reserves? the right to|is entitled to)\b[^.;]{0,40}\b(cease|discontinue|"
                   r"stop|withdraw)\w*\b[^.;]{0,20}\b(provid|offer|supply|perform|render)\w*|\b(peut|pourra|se reserve le droit "
                   r"de)\b[^.;]{0,40}\b(cesser|arreter|interrompre definitivement)\b[^.;]{0,30}\b(fourni\w*|prestations?|"
                   r"services?)\b",
    "duration_renewal": r"tacite reconduction|renouvel|automatic(ally)? renew",
    # the law chosen, however the sentence orders it ("construed, enforced and in all respects governed by and in
    # accordance with the laws in the State of X", "the laws of Y shall govern", "le contrat est régi par le droit français")
    "disputes": r"tribunal|juridiction|governing law|droit applicable|jurisdiction|governed by (and construed "
                r"in accordance with )?the laws? of|\b(governed|construed|interpreted|enforced)\b[^.;]{0,80}\b(in accordance "
                r"with|under|by) the (internal |substantive )?laws? (of|in)\b|\blaws? of [^.;]{0,60}\b(shall|will|do|does) "
                r"(govern|apply|control)|\b(regie?s?|soumise?s?|interpretee?s?)\b[^.;]{0,30}\b(par le|au|selon le) droit\b|"
                r"\bloi (francaise|belge|suisse|luxembourgeoise|anglaise)\b[^.;]{0,30}\b(s'applique|est applicable|regit)",
    # a level promised as a share of time ("la plateforme soit accessible 99,8 % du temps", "make the Services accessible
    # at least 99.9% of each calendar month")
    "sla": r"\b(accessibles?|available|disponibles?|operationnel\w*|operational|en service|up and running|reachable|joignables?)"
           r"\b[^.;]{0,60}\b\d{2}([.,]\d+)? ?%|"
           r"\bgtr\b|\bgti\b|niveaux? de service|service levels?|\bsla\b|"
           # a time promised to take up or fix what the client reports ("an engineer is assigned within one business
           # day", "toute demande est prise en charge sous quatre heures ouvrées"): a service level, however unnamed
           r"\b(incidents?|tickets?|requests?|calls?|faults?|pannes?|demandes?|appels?|signalements?|anomalies?)\b[^.;]{0,100}?"
           r"\b(engineers?|techniciens?|respond\w*|responses?|repond\w*|intervien\w*|interventions?|assigned|affectee?s?|"
           r"pris\w* en charge|acknowledg\w*|resolved|resolue?s?|restored|retablie?s?|corrigee?s?|fixed)\b[^.;]{0,40}?\b(within|sous|"
           r"dans un delai (maximum |maximal )?de|in less than|en moins de|no later than|au plus tard) (\w+ |\(\d+\) ){0,2}?"
           r"(business |working |ouvrees? |ouvrables? )?(hours?|days?|minutes?|heures?|jours?)\b|"
           # a figure of availability promised ("target an availability of 99.9%", "disponibilité de 99,5 %")
           r"\b(availability|uptime|disponibilite)\b\W+(\w+\W+){0,3}?9\d(?:[.,]\d+)? ?%",
    "support_hours": r"heures ouvr|jours ouvr|business hours|astreinte|on-?call|du lundi au vendredi|"
                     r"monday (to|through) friday|24/7|24 ?h ?/ ?24|7 ?j ?/ ?7",
    "backup_recovery": r"sauvegarde|backup|"
                       # a copy of the data taken at a set rhythm ("chaque nuit une copie intégrale des bases", "a full copy
                       # of the databases every night")
                       r"\bcop(ie|ies|y)\b[^.;]{0,15}\b(integrale|complete|full|quotidienne|daily|nightly|hebdomadaire|weekly)|"
                       r"\b(chaque (nuit|jour|semaine)|every (night|day|week)|nightly|daily|quotidiennement)\b[^.;]{0,40}"
                       r"\bcop(ie|ies|y)\b",
    "price_revision": r"indexation|syntec|revision (du|des) prix|(modifier|augmenter|reviser) (ses|les) (tarifs|prix)|"
                      r"(change|increase|modify|revise) (the|its) (fees|prices|charges|rates)|" + RENEWAL_PRICE,
    "subcontracting_assignment": r"sous-traitance|subcontract|cession du contrat|assignment|"
                                 r"(may not|shall not|cannot|will not|neither party (may|shall))[^.;]{0,60}\b(assign|"
                                 r"transfer|sublet)\w*|\bassign\w*\b[^.;]{0,40}\b(this agreement|its rights|rights "
                                 r"(and|or) obligations)|\b(not|non)[- ]?assignable|\bsublet\b|"
                                 r"(ne peut|ne pourra|ne saurait)[^.;]{0,40}\b(ceder|transferer)",
    "pricing_payment": r"bon de commande|purchase order|factur|invoice",
    "intellectual_property": r"(right|title),? (and|&) interest|hereby (irrevocably )?assigns?\b|assigns? and will assign|"
                             r"deemed (to be )?assigned|(assume|retain|own)\w* (all )?ownership|intellectual property rights?|"
                             r"propriete intellectuelle|\bgrants?\b[^.;]{0,80}\b(licen[cs]e|right to use)|(right|licen[cs]e) to "
                             r"use\b|droits? d'(auteur|utilisation)|cede\w*[^.;]{0,60}droits? (patrimoniaux|d'exploitation)",
}
# Words that name a topic only when they stand in a heading ("Les parties" is everywhere in bodies).
HEADING_ONLY: dict[str, str] = {
    "parties": r"\bparties\b|designation|identification",
    "insurance": r"\binsurances?\b(?! (company|co\b|corporation|group|inc|claims?|products?|business|agents?|agency|"
                 r"brokers?|brokerage|administration|services|policyholders?))|(?<!further )(?<!supply )(?<!quality )\bassurances?\b(?! (de )?(la )?qualite)",
    "audit": r"\baudits?\b|\binspections?\b|books and records|\brecords\b",
    "non_solicitation": r"solicitation|sollicitation|\bno[- ]hire\b|debauchage|\bhiring\b",
    "scope": r"\bobjet\b|purpose|services?\b",
    "security": r"surete",
    "reversibility": END_HEADING,
}
_CUE_RE = {t: re.compile(p) for t, p in CUES.items()}
# In a French DPA "le Sous-traitant" is the GDPR processor, not a commercial subcontractor.
_PROCESSOR_SENSE = re.compile(r"sous-traitant au sens|agissant (comme|en qualite de) sous-traitant|en (sa )?qualite de "
                              r"sous-traitant|denommee? \"(le )?sous-traitant\"")
_SUBCONTRACT_STRICT = re.compile(CUES["subcontracting_assignment"].replace(
    r"sous-?traitants?\b(?! (au sens|ulterieur))|", ""))
_HEAD_RE = {t: re.compile(p) for t, p in HEADING_ONLY.items()}
_STRONG_RE = {t: re.compile(p) for t, p in STRONG.items()}

# "Effets de la fin du contrat" over a body that only stops the work or closes the accesses (and lists the clauses that
# survive) hands nothing over: no exit terms. A bare "Effect of Termination" over other content keeps the topic.
_WORK_STOPS = re.compile(r"\b(cess\w*|arret\w*|stops?|stopped|ceases?|halts?)\b|\b(ferm\w*|closed?|revoked?|desactiv\w*|"
                         r"deactivat\w*|disabled?)\b")
_HANDS_OVER = re.compile(r"restitu|retour|return|remet|remis|rend(re|ra|u)|deliver|livr|transf|hand|migrat|"
                         r"continu|assist|export|cop(ie|y)|disposition|available|documentation|successeur|successor|"
                         r"reprise|recuper|detrui|destr|delet|supprim|efface|eras|transition|purchase|rachat|"
                         r"achat|\bsell|\bvend|licen|\buse\b|\butilis|\bwind|records|materials|materiel|property|biens")
# A heading's word stands for a topic only when the body says something of it: "Insurance and Third Party
# Obligations" over a sentence about insurers and indemnities states no duty to be insured.
HEADING_NEEDS_BODY: dict[str, re.Pattern] = {
    "insurance": re.compile(INSURED + r"|\binsurances?\b|\bpolic(y|ies)\b|\bcoverage\b|\binsured\b|\bassurances?\b|"
                            r"\bpremiums?\b|"
                            # a cover kept with insurers ("shall keep in force, with reputable insurers, cover for…",
                            # "souscrit auprès d'assureurs notoirement solvables"); an insurer merely named is not one
                            r"\b(maintain|carry|procure|obtain|keep|effect)\w*\b[^.;]{0,120}\b(insurers?|underwriters?|cover)\b|"
                            r"\b(souscri|maint|conserv)\w*\b[^.;]{0,80}\baupres (d'|de |des )(\w+ )?assureurs?\b"),
}
# "Records" or "Books and Records" heads an audit right only over a body that lets someone check them ("make them
# available to the Customer's auditors", "may inspect"); records merely kept or handed back at the end are no audit.
_CHECK_WORD = re.compile(r"\b(audit\w*|inspect\w*|controle\w*|verif\w*)")
_RECORDS_CHECKED = re.compile(r"\b(audit\w*|inspect\w*|examin\w*|verif\w*|check\w*|review\w*|controle\w*|cop(y|ies)|"
                              r"access\w*)\b|\b(available|open) (to|for)\b")
# A hiring or soliciting verb is a non-solicitation only under a restriction ("shall not solicit", "neither
# party may hire", "s'interdit de débaucher"): an undertaking to offer employment is the opposite.
RESTRICTION = re.compile(r"\b(not|neither|nor|no|refrain\w*|prohibit\w*|restrict\w*|without (the )?(prior )?(written )?"
                         r"consent|ne|s'interdi\w*|interdi\w*|renonce\w*)\b|\bn'")
_LABEL_WORD = re.compile(r"non-?soll?icitation|no[- ]hire|debauch|poach")
# Topics whose distinctive phrase labels a clause whatever its length (a liability cap or an audit right
# is not diluted by the three pages of the article it sits in).
FLOOR_TOPICS = {"liability", "penalties", "reversibility", "audit", "insurance", "non_solicitation",
                "intellectual_property", "subcontracting_assignment"}

HEADING_WEIGHT = 3.0
MIN_SCORE = 2.0
RELATIVE = 0.3   # keep topics scoring at least this share of the best one
MAX_TOPICS = 5
MAX_TOPICS_LONG = 8  # a clause longer than 2 × CHUNK characters may carry more subjects
CHUNK = 1500
RETRIEVAL_K = 3
CONFIDENT = 4.0      # cue score above which the clause library is not consulted
SUPPORT_SIM = 0.35   # a library match at least this similar supports a topic the cues already saw
SUPPORT_BONUS = 1.0
FALLBACK_SIM = 0.50  # with no usable cue, the closest library clause labels the clause on its own


@dataclass(frozen=True)
class Labelled:
    clause: Clause
    topics: tuple[str, ...]
    scores: dict

    @property
    def topic(self) -> str | None:
        return self.topics[0] if self.topics else None


def _restricted(text: str, m: re.Match) -> bool:
    """The sentence around the match carries a restriction (or the match is the clause's own label word)."""
    if _LABEL_WORD.match(m.group(0)):
        return True
    left = max(text.rfind(". ", 0, m.start()), text.rfind(";", 0, m.start()))
    right = text.find(". ", m.end())
    if RESTRICTION.search(text, left + 1, right if right >= 0 else len(text)):
        return True
    # An item of a list ("(d) solicit or entice away…;") takes its restriction from the lead-in before the colon
    # ("…you will not during the Restricted Period:").
    colon = text.rfind(":", max(0, m.start() - 2500), m.start())
    if colon < 0:
        return False
    lead = max(text.rfind(". ", 0, colon), 0)
    return bool(RESTRICTION.search(text, lead, colon))


# The people authorised to process the personal data bound to confidentiality (Art. 28(3)(b)): a duty of the processor
# towards its staff, not the parties' confidentiality clause ("les personnes autorisées à traiter les données sont
# soumises à la confidentialité", "staff authorised to process the data are bound by confidentiality")
STAFF_DUTY = re.compile(r"\b(autorise\w*|authori[sz]ed|habilite\w*|permitted|allowed)\b[^.;]{0,12}\b(a|to)\b[^.;]{0,12}"
                        r"\b(traiter|process|acceder|access)\w*\b[^.;]{0,40}\b(donnees|data)\b|"
                        # ...or a third person the clause brings in, held to secrecy on the way ("through an independent
                        # auditor bound by confidentiality", "un expert tenu au secret professionnel"): the clause is
                        # about the audit or the expert, not the parties' own confidentiality
                        r"\b(auditors?|auditeurs?|experts?|tiers|third part(y|ies)|consultants?|cabinet)\b[^.;]{0,40}\b(bound by|"
                        r"subject to|tenus?|soumis|astreints?)\b[^.;]{0,30}\b(confidentialit\w*|confidential\w*|secret)")


def _sentence(text: str, m: re.Match) -> str:
    left = max(text.rfind(". ", 0, m.start()), text.rfind(";", 0, m.start()), text.rfind("\n", 0, m.start()))
    right = min((x for x in (text.find(". ", m.end()), text.find(";", m.end()), text.find("\n", m.end())) if x >= 0),
                default=len(text))
    return text[left + 1:right]


# The fee named as the base of a penalty or a service credit ("3 % de la redevance mensuelle", "a credit of 5% of
# the monthly fee", "les pénalités sont déduites de la facture") sets no price: the sentence is the penalty scheme.
# Late-payment penalties and interest are payment terms and keep the topic.
PENALTY_BASE = re.compile(r"\b(penalit\w*|penalt\w*|(service )?credits?|abattements?)\b")
# An extra service "facturée séparément", "sur devis", "au tarif journalier prévu au contrat", "charged separately at the
# rates in the Agreement": the price is set by another document or a later quote, not by this sentence.
PRICE_ELSEWHERE = re.compile(r"\bfactur\w* (separement|sur devis|en sus|en supplement|au tarif (journalier |horaire )?"
                             r"(prevu|fixe|convenu|en vigueur|du contrat)|selon le bordereau)|\b(charged|invoiced|billed|"
                             r"chargeable) (separately|on a quotation|at the (then[- ]current )?(daily |hourly )?rates? "
                             r"(set out|specified|agreed|stated) in)")
LATE_PAYMENT = re.compile(r"\b(retard|late|overdue|interest|interets?|impaye\w*|unpaid|recouvrement)\b")

# A part of a contract saying what it does NOT settle ("la présente annexe ne règle ni la durée ni le prix, qui relèvent
# du Contrat", "this schedule does not cover fees or liability"): the topics it names are left to another document.
NOT_SETTLED_HERE = re.compile(
    r"\b(la presente (annexe|convention|section)|le present (document|accord|avenant|bon de commande)|cette annexe|"
    r"this (exhibit|schedule|annex|addendum|appendix|document|order form|sla|dpa))\b[^.;]{0,40}?"
    r"\b(ne (regle|traite|couvre|fixe|regit|organise|prevoit|aborde)\w* (ni|pas|aucun\w*)|n'(aborde|organise)\w* (ni|pas)|"
    r"does not (address|cover|govern|deal with|set|regulate|organi[sz]e|provide for)|"
    r"neither (addresses|covers|governs|sets|deals with))\b|"
    # ...or that the topic is organised by an article or annex OF THE contract it is attached to ("la réversibilité
    # organisée par l'article 18 du Contrat", "breach notices follow Annex 5 of the Agreement")
    r"\b(organise\w*|prevu\w*|regie?s?|fixee?s?|definie?s?|obeit|obeissent|soumise?s?|relev\w*|governed|set out|provided "
    r"for|described|defined|follows?)\b( aux regles| conformement)?( (de|a|par|dans|in|by|under))?( l'| la | le | the | )"
    r"(article|section|clause|annexe|annex|schedule|exhibit|appendix) [\w.]+ (du|of the) (contrat|agreement|"
    r"master agreement)\b")


# Business days counted as a time limit ("dans un délai de cinq (5) jours ouvrés", "within 10 business days") set a
# deadline, not the hours the service is open; "du lundi au vendredi, jours ouvrés, de 8 h à 18 h" still does.
DAY_UNIT = re.compile(r"jours ouvr|business days?|working days?")
COUNTED = re.compile(r"\b(\d+|\(\d+\)|une?|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|vingt|trente|one|two|three|four|"
                     r"five|seven|eight|ten|fifteen|twenty|thirty)\s*(\(\d+\)\s*)?$")
# Remote or on-site work named for an audit ("an on-site inspection of its premises", "audit limité à une revue à
# distance des documents") is how the client checks the provider, not how the services are delivered.
AUDIT_SENTENCE = re.compile(r"\b(audits?|auditeurs?|auditors?|inspections?|inspecter|inspect|controles? (de conformite|"
                            r"du respect)|verifications?)\b")


# A security measure kept running all the time ("security monitoring of the platform 24 hours a day", "surveillance
# de sécurité 24 h/24") is a technical measure, not the hours in which the service or its support answers.
SECURITY_WATCH = re.compile(r"\b(security|securite|intrusion|soc)\b[^.;]{0,20}\b(monitoring|surveillance|supervision|"
                            r"watch|veille)|\b(monitoring|surveillance|supervision|veille)\b[^.;]{0,20}\b(de (la )?securite|of "
                            r"security|securitaire)")


# Where the data sit or who reaches them ("personal data is stored in data centres located in Ireland", "copie hors
# site dans un second centre de données situé en France", "remote access to personal data by sub-processors") is a
# data-location or backup term, not how the services are delivered.
DATA_PLACE = re.compile(r"\b(personal data|donnees (a caractere )?personnel\w*|sous-traitants? ulterieurs?|sub-?processors?|"
                        r"transfers? (of|de|des)|(copie|copy|copies|backups?|sauvegardes?)\b[^.;]{0,80}\b(stored|kept|hosted|"
                        r"located|replicat\w*|heberg\w*|stock\w*|conserv\w*|situe\w*))\b")


# "Audit" naming a log, not a right to check the other party: "an audit trail of every access to the records",
# "audit logs are kept for a year", "la piste d'audit des accès".
LOG_SENSE = re.compile(r"audit(ing)?[ -](trails?|logs?|logging|journals?|events?|records? of)\b|audit[ -]trail")


# "Crédit" naming an allowance the plan includes and the customer uses up, not a sum owed for a missed level: "Crédits de
# communication", "un crédit de 2 000 minutes", "crédit d'heures", "Marketplace Credits", "call credits".
ALLOWANCE_SENSE = re.compile(r"credits?[ -](de |d')?(communications?|appels?|minutes?|heures?|jetons?|consommation|impression|"
                             r"pages?|prepayes?)\b|credits? (de|of) [\d\s.,\u00a0\u202f]*(minutes?|heures?|hours?|pages?|sms|"
                             r"jetons?|tokens?|units?|unites?)\b|(call|calling|communication|marketplace|promotional|prepaid|"
                             r"cloud|usage|minute|hour|print|printing) credits?\b")


# A sentence that only points elsewhere ("For termination rights, see Section 12.", "Voir l'article 14
# (Responsabilité).", "cf. annexe 3") settles nothing: the topic is the clause pointed at, not this one.
POINTER = re.compile(r"^\W*([\w,']+ ){0,4}?\b(see|voir|cf\b\.?|refer to|se reporter (a|au))\b (also |aussi )?(l'|the |a l'|au |aux )?"
                     r"(articles?|sections?|clauses?|annexes?|annex|schedules?|exhibits?|paragraphs?|paragraphes?|"
                     r"points?) [\w.]+\W*(\([^)]{0,60}\))?\W*$")


# A definition names a term, it binds nobody ("« Données Personnelles » désigne toute information…", "\"Service Level\"
# means the standard set out in Schedule 2"): the defined term's own words carry no topic (what the definition says of
# it still may: "the remote monitoring software used to deliver the Services").
DEFINES = re.compile(r"(^|\n)\W*([«\"“]\s?)([^«»\"“”\n]{1,60})(\s?[»\"”])\s*(\([^)]{0,40}\)\s*)?(means|shall mean|has the meaning|"
                     r"designe|designent|s'entend|s'entendent|signifie)\b")


def _allowance(text: str, m: re.Match) -> bool:
    """The cue word is the "credit" of an allowance ("call credits", "crédit de 2 000 minutes")."""
    return any(a.start() <= m.start() < a.end() for a in ALLOWANCE_SENSE.finditer(text, max(0, m.start() - 30), m.end() + 40))


@lru_cache(maxsize=256)
def _guards(text: str) -> tuple[bool, tuple[tuple[int, int], ...], bool]:
    """What `_hits` checks of a whole text, read once per text rather than once per topic: a sentence that settles
    nothing here, the defined terms' spans, a pointer word."""
    return (NOT_SETTLED_HERE.search(text) is not None,
            tuple(d.span(3) for d in DEFINES.finditer(text)),
            "see" in text or "voir" in text or "cf" in text or "refer" in text or "reporter" in text)


def _hits(topic: str, rx: re.Pattern, text: str, limit: int):
    if not may_match(rx, text):
        return 0  # none of the words every match needs is in the text
    found = rx.finditer(text)
    unsettled, terms, pointer = _guards(text)
    if unsettled:
        found = (m for m in found if not NOT_SETTLED_HERE.search(_sentence(text, m)))
    if topic != "parties" and terms:
        found = (m for m in found if not any(a <= m.start() < b for a, b in terms))
    if pointer:
        found = (m for m in found if not POINTER.search(_sentence(text, m).strip()))
    if topic == "support_hours":
        found = (m for m in found if not (DAY_UNIT.match(m.group(0)) and COUNTED.search(text[max(0, m.start() - 40):m.start()]))
                 and not SECURITY_WATCH.search(_sentence(text, m)))
    elif topic == "service_delivery":
        found = (m for m in found if not AUDIT_SENTENCE.search(sent := _sentence(text, m)) and not DATA_PLACE.search(sent))
    elif topic == "pricing_payment":
        found = (m for m in found if not ((PENALTY_BASE.search(s := _sentence(text, m)) and not LATE_PAYMENT.search(s))
                                          or PRICE_ELSEWHERE.search(s)))
    elif topic == "non_solicitation":
        found = (m for m in found if _restricted(text, m))
    elif topic == "confidentiality":
        found = (m for m in found if not STAFF_DUTY.search(_sentence(text, m)))
    elif topic == "audit":
        found = (m for m in found if not LOG_SENSE.match(text, m.start()))
    elif topic == "penalties":
        found = (m for m in found if not _allowance(text, m))
    return sum(1 for _ in islice(found, limit))


# The layout of a text export: words spread by runs of spaces ("shall accommodate one             employee"), lines
# broken inside a sentence, a lead-in ending with a colon and its items on the lines below ("shall, at the client's
# option:\n\n   (i) return…"). The cues read words one space apart.
_LAYOUT_GAP = re.compile(r"[ \t\u00a0]{2,}|(?<=[\w,;)\"'%])[ \t]*\n[ \t]*(?=[a-z])|(?<=:)[ \t]*\n\s*(?=\S)")


def flat(folded: str) -> str:
    """Folded text with the layout's gaps read as one space (sentence and paragraph breaks kept)."""
    return _LAYOUT_GAP.sub(" ", folded)


def cue_scores(heading: str, body: str, *, processor_sense: bool = False) -> dict[str, float]:
    """Heading hits weigh more; body hits are counted, capped and scaled by clause length."""
    h, b = flat(fold(heading)), flat(fold(body))
    scale = max(1.0, len(b) / 1500.0)
    scores: dict[str, float] = {}
    for topic, rx in _CUE_RE.items():
        if processor_sense and topic == "subcontracting_assignment":
            rx = _SUBCONTRACT_STRICT
        head_rx = _HEAD_RE.get(topic)
        s = HEADING_WEIGHT if h and ((may_match(rx, h) and rx.search(h)) or (head_rx and head_rx.search(h))) else 0.0
        if s and topic in HEADING_NEEDS_BODY and not HEADING_NEEDS_BODY[topic].search(b):
            s = 0.0
        if s and topic == "audit" and LOG_SENSE.search(h) and not _hits(topic, rx, h, 1):
            s = 0.0  # "Audit Trail", "Journal d'audit": a log kept, no right to check
        if s and topic == "audit" and not _CHECK_WORD.search(h) and not _RECORDS_CHECKED.search(b):
            s = 0.0  # "Records" over records kept or handed back: nobody checks them
        if s and topic == "penalties" and ALLOWANCE_SENSE.search(h) and not _hits(topic, rx, h, 1):
            s = 0.0  # "Crédits de communication", "Marketplace Credits": an allowance, no service credit
        if s and topic == "reversibility" and _WORK_STOPS.search(b) and not _HANDS_OVER.search(b):
            s = 0.0
        n = _hits(topic, rx, b, 6)  # the score is capped at 6: stop counting there
        strong = _STRONG_RE.get(topic)
        n_strong = _hits(topic, strong, b, 3) if strong is not None and n < 6 else 0
        n += 2 * n_strong
        s += min(n, 6) / scale
        if n_strong and topic in FLOOR_TOPICS:
            s = max(s, MIN_SCORE)
        if s:
            scores[topic] = s
    return scores


def _library_topic(result) -> str | None:
    m = re.match(r"clause\.([a-z_]+)\.", result.id)
    if m:
        return m.group(1)
    return next((lab.split(":", 1)[1] for lab in result.labels if lab.startswith("topic:")), None)


def _library_query(clause: Clause) -> str:
    return " ".join(f"{clause.heading}\n{clause.text[:700]}".split())


def retrieval_hits(clause: Clause, retriever: Retriever, *, vector=None) -> list[tuple[str, float]]:
    """(topic, similarity) of the closest clause-library entries, best first; `vector`: the query already encoded."""
    query = _library_query(clause)
    if len(query) < 20:
        return []
    try:
        results = retriever.search(query, k=RETRIEVAL_K, kind="clause", **({} if vector is None else {"vector": vector}))
    except Exception:  # noqa: BLE001 - a failing index must not stop a review
        return []
    return [(t, float(getattr(r, "similarity", 0.0) or 0.0)) for r in results if (t := _library_topic(r))]


def _parts(text: str, size: int = CHUNK) -> list[str]:
    """Consecutive pieces of about `size` characters, cut after a sentence end."""
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(text.rfind(". ", start + size // 2, end), text.rfind("\n", start + size // 2, end))
            end = cut + 1 if cut > 0 else end
        out.append(text[start:end])
        start = end
    return out


# topics a neighbour in the clause library cannot give on its own: each has its own plain vocabulary (an insurance
# policy, hiring the other side's staff, an audit or inspection), so a clause that uses none of it is about something else
# ("personnel assigned to the services", "records of the work performed" sit close to those library clauses)
CUE_ONLY = frozenset({"insurance", "non_solicitation", "audit"})


def _cue_part(clause: Clause, processor_sense: bool) -> tuple[dict[str, float], bool]:
    """The cue scores of a clause (a long clause read part by part) and whether it is long."""
    own = "" if clause.heading.endswith("…") else clause.heading  # a cut sentence is body, not a title
    heading = " ".join(x for x in (clause.parent or "", own) if x)
    scores = cue_scores(heading, clause.text, processor_sense=processor_sense)
    long_clause = len(clause.text) > 2 * CHUNK
    if long_clause:
        # A long clause ("Miscellaneous", a whole article read as one block) is read part by part: a
        # commitment written in one paragraph is not diluted by the length of the others.
        for part in _parts(clause.text):
            for topic, value in cue_scores("", part, processor_sense=processor_sense).items():
                scores[topic] = max(scores.get(topic, 0.0), value)
    return scores, long_clause


def _unsure(scores: dict[str, float]) -> bool:
    """The cues are not sure enough: the clause library is asked (it costs a search)."""
    return max(scores.values(), default=0.0) < CONFIDENT


def _labelled(clause: Clause, scores: dict[str, float], long_clause: bool,
              hits: list[tuple[str, float]]) -> Labelled:
    best = max(scores.values(), default=0.0)
    for rank, (topic, sim) in enumerate(hits):
        if topic in scores and sim >= SUPPORT_SIM:
            scores[topic] += SUPPORT_BONUS / (1 + rank)
        elif rank == 0 and best < MIN_SCORE and sim >= FALLBACK_SIM and topic not in CUE_ONLY:
            scores[topic] = MIN_SCORE
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best = ranked[0][1] if ranked else 0.0
    folded = flat(fold(clause.text))  # once, not once per pattern
    strong = {t for t, rx in _STRONG_RE.items() if _hits(t, rx, folded, 1)}
    topics = tuple(t for t, s in ranked
                   if s >= MIN_SCORE and (s >= RELATIVE * best or t in strong))[:MAX_TOPICS_LONG if long_clause
                                                                                   else MAX_TOPICS]
    return Labelled(clause=clause, topics=topics, scores={t: round(s, 2) for t, s in ranked[:6]})


def label_clause(clause: Clause, *, retriever: Retriever | None = None, processor_sense: bool = False) -> Labelled:
    """Cues first; the clause library is asked only when the cues are unsure (it costs a search)."""
    scores, long_clause = _cue_part(clause, processor_sense)
    hits = retrieval_hits(clause, retriever) if retriever is not None and _unsure(scores) else []
    return _labelled(clause, scores, long_clause, hits)


def label_clauses(clauses: Iterable[Clause], *, retriever: Retriever | None = None) -> list[Labelled]:
    """`label_clause` for each clause, the library queries of the unsure ones encoded in one batch."""
    clauses = list(clauses)
    sense = bool(_PROCESSOR_SENSE.search(fold(" ".join(c.full_text for c in clauses[:3]))))
    cues = [_cue_part(c, sense) for c in clauses]
    asked = [i for i, (scores, _) in enumerate(cues)
             if retriever is not None and _unsure(scores) and len(_library_query(clauses[i])) >= 20]
    vectors: dict[int, object] = {}
    encode = getattr(retriever, "encode_queries", None)
    if asked and encode is not None:
        try:
            rows = encode([_library_query(clauses[i]) for i in asked])
            vectors = {i: rows[j] for j, i in enumerate(asked)}
        except Exception:  # noqa: BLE001 - a failing encoder must not stop a review; each search tries again
            vectors = {}
    out = []
    for i, (clause, (scores, long_clause)) in enumerate(zip(clauses, cues)):
        hits = retrieval_hits(clause, retriever, vector=vectors.get(i)) if i in asked else []
        out.append(_labelled(clause, scores, long_clause, hits))
    return out


def missing_essential(labelled: Iterable[Labelled], *, excluded: Iterable[str] = ()) -> list[str]:
    """Essential taxonomy topics that no clause carries, in taxonomy order; `excluded`: topics the clauses carry
    only to exclude them (counted as missing)."""
    found = {t for item in labelled for t in item.topics} - set(excluded)
    return [t for t in load_taxonomy().essential_topics if t not in found]
