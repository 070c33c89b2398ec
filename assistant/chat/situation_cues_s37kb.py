"""Cue families of situations a question tells, thirty-seventh session, knowledge side (helper s37-kb, issue 15): the
subject each s37 card (`knowledge_base/cards/*_s37.yaml`) turns on, told in any words (folded text; read as ask cues by
`premises.ASK_CUES` and as told situations by `told_situations.SITUATIONS`).

- time billed by started increment, each half-hour or hour begun due in full (C. civ. 1165, 1190; C. com. L441-1);
- a security incident the provider finds on a client's system (GDPR 33(1), 33(2), 28(3)(f));
- a non-solicitation clause stretched to the provider's subcontractors and freelancers (Cass. com. 27 May 2021; 1199);
- one of the provider's employees hired by the client with no clause in the contract (C. civ. 1240; C. trav. L1237-3);
- second-hand software licences bought or resold (CPI L122-6, 3°; CJEU C-128/11, UsedSoft);
- a provider taking over a client's IT from another one, asked about the predecessor's defects (C. civ. 1199, 1231-1);
- a payment sent to a fraudster's account after fake bank details (C. civ. 1342-2, 1342-3; C. mon. fin. L133-21).
"""

from __future__ import annotations

import re

# -- time billed by started increment ------------------------------------------------------------------------------------
_UNIT = r"(heures?|h|demi-?heures?|demi heures?|quarts? d'heure|tranches?|minutes?|min|mn)"
_EN_UNIT = r"(hours?|half[- ]hours?|half an hour|quarter[- ]hours?|quarter of an hour|increments?|blocks?|slots?)"
_STARTED = (rf"({_UNIT} (\S+ ){{0,2}}(entamee?s?|commencee?s?|debutee?s?)|(entamee?s?|commencee?s?) ({_UNIT})|"
            rf"tranches? (de |d')?(\d+|quinze|trente) ?(min|minutes|mn)|"
            rf"arrondi\w* (a l'|a la |au )(heure|demi-heure|quart d'heure|tranche)|"
            rf"(started|begun|commenced|part|partial) {_EN_UNIT}|{_EN_UNIT} (started|begun|commenced)|"
            rf"(\d+|fifteen|thirty)[- ]?min(ute)?s? (increments?|blocks?|slots?)|"
            rf"round(ed|ing|s)? up (to |per )(the )?(next |nearest )?(full )?(hour|half[- ]hour|quarter)|"
            rf"(\d+|une|un|1) ?(h|heure|min\w*|hour) (\S+ ){{0,2}}pour (\d+|cinq|deux|dix|trois|quelques) ?(min|minutes|mn)|"
            rf"(an|one|1|half an|30|thirty) ?-?(hour|min\w*) for (\d+|five|two|ten|three|a few) ?-?(min|minutes)|"
            rf"(\d+|five|ten)-minute (\w+ ){{1,3}}(costs?|billed|charged) (as )?(\d+|thirty|an hour))")
_BILLED = (r"(factur\w*|bill\w*|charg\w*|compt\w*|decompt\w*|tarif\w*|invoic\w*|pric\w*|costs?|pay\w*|dues?|paye\w*|"
           r"rates?|devis|quotes?|cgv|counted|count|arrondi\w*|round(s|ed|ing)? up)")
# penalties or credits counted per started hour of downtime or delay are the service-level cards'
_PENALTY_CLOCK = (r"\b(penalit\w*|penalt\w*|indisponib\w*|downtime|outage|credits? de service|service credits?|retard|"
                  r"delay|astreinte|on-call)\b")
STARTED_INCREMENT = re.compile(rf"(?s)^(?!.*{_PENALTY_CLOCK})(?=.*\b{_STARTED})(?=.*\b{_BILLED}\b)")

# -- a security incident the provider finds on a client's system -------------------------------------------------------
_FOUND = (r"(trouv\w*|decouv\w*|detect\w*|repere\w*|constat\w*|remarqu\w*|tomb\w* sur|identifi\w*|tourne\w*|installe\w*|"
          r"found|finds?|discover\w*|spott\w*|spots?|notic\w*|came across|come across|uncover\w*|running|runs|installed)")
_THREAT = (r"(malwares?|logiciels? malveillants?|virus|ransomware|rancongiciel\w*|cheval de troie|trojans?|backdoors?|"
           r"portes? derobees?|webshells?|intrusions?|intrus|compromis\w*|compromised?|pirate\w*|hacke[dr]\w*|hacks?|"
           r"mineurs?( de)?( crypto\w*| bitcoins?| monero)?|crypto-?mineurs?|crypto ?miners?|bitcoin miners?|miners?|minage|"
           r"cryptomining|keyloggers?|botnets?|rootkits?|acces non autorises?|unauthori[sz]ed (access|logins?)|attaquants?|"
           r"attackers?|incidents? de securite|security incidents?|exfiltr\w*)")
_WHOSE = (r"(clients?|customers?|client's|customer's|presta\w*|msp|infogerant\w*|providers?|provider's|technicien\w*|"
          r"technicians?|techs?)")
# how long to alert, waiting for the full picture, a mandate to notify in the client's place, a ransom to pay: other cards'
_INCIDENT_ELSEWHERE = (r"\b(combien de temps|quel delai|dans quel delai|how long|how quickly|how fast|how soon|within how|"
                       r"attendre (le|la|d'avoir|que|les)|wait (for|until)|a (sa|leur|notre) place|on (its|their|our|his|her) "
                       r"behalf|mandat\w*|mandate\w*|(payer|verser|pay|paying) (la |the )?(rancon|ransom)|assureur|insurer|"
                       r"insurance|assurance|pour (reperer|surveiller|espionner|controler|pister)|(surveiller|espionner|"
                       r"controler|pister) (les|ses|leurs|nos) (salaries|employes|equipes)|ceux qui ne (bossent|travaillent)|"
                       r"(monitor|spy on|watch|track) (the |its |their |our )?(staff|employees|workers|team))\b")
# what the card answers: who tells whom, who notifies, what must be done; a story of an incident asking about liability,
# penalties or the backups is another card's
_WHO_TELLS = (r"(prevenir|previen\w*|avertir|alerter|inform\w*|dire|dit|signal\w*|notifi\w*|declar\w*|tell|report\w*|notify|"
              r"warn|alert|cnil|que faire|quoi faire|on fait quoi|(on )?doit faire|devons-nous faire|what (do|should|must) we do|"
              r"what to do|(legal )?(duties|obligations)|legalement|legally)")
INCIDENT_FOUND = re.compile(rf"(?s)^(?!.*{_INCIDENT_ELSEWHERE})(?=.*\b{_FOUND}\b)(?=.*\b{_THREAT})(?=.*\b{_WHOSE}\b)"
                            rf"(?=.*\b{_WHO_TELLS}\b)")

# -- a non-solicitation clause stretched to subcontractors and freelancers ---------------------------------------------
_THIRD_WORKERS = (r"(freelances?|freelancers?|free-lances?|independants?|independent contractors?|contractors?|"
                  r"sous-traitants?|sous traitants?|subcontractors?|sub-contractors?|auto-?entrepreneurs?|portage|"
                  r"consultants? (externes?|independants?)|external consultants?)")
_RESTRAINT = (r"(non[- ]?sollicitation|non[- ]?debauchage|no[- ]?poach\w*|no[- ]hire|non[- ]?solicit\w*|debauch\w*|poach\w*|"
              r"(prendre|bosser|travailler|embaucher|recruter|contracter|engager|faire travailler|work\w*|hir\w*|engag\w*|"
              r"contract\w*|tak\w* on|us\w*)( \S+){0,4} (en direct|directement|directly)|directly (hir\w*|engag\w*|"
              r"contract\w*|work\w*)|(interdi\w*|forbid\w*|barr?\w*|prevent\w*|may not|cannot|can't|ne (peut|pourra|puisse) "
              r"pas)( \S+){0,6} (contracter|travailler|embaucher|recruter|faire appel|hir\w*|contract|work|engag\w*|us\w*))")
# a subcontractor asking to be paid directly is the 1975 law's; a freelancer reclassified as an employee its own card's
_THIRD_ELSEWHERE = (r"\b(pa(y|ie|yer|yes|yez|id)\w* (\w+ ){0,2}(en direct|directement|directly)|paiement direct|direct "
                    r"(payment|action)|action directe|requalif\w*|reclassif\w*|salari\w* deguise\w*|disguised employ\w*)\b")
NON_SOLICITATION_THIRD_PARTIES = re.compile(rf"(?s)^(?!.*{_THIRD_ELSEWHERE})(?=.*\b{_THIRD_WORKERS}\b)(?=.*\b{_RESTRAINT})")

# -- an employee hired by the client with no clause in the contract ----------------------------------------------------
_NO_CLAUSE = (r"((pas (\w+ )?de|pas (\w+ )?d'|aucune?|sans|no|without|there is no|there's no|we have no|we had no|had no|n'avons pas de|"
              r"n'avait pas de|n'y a pas de|n'y avait pas de)( \S+){0,2} (clauses?|non[- ]?sollicitation|non[- ]?debauchage|"
              r"no[- ]?poach\w*|no[- ]hire|non[- ]?solicit\w*)|(rien|nothing|aucune mention)( \S+){0,4} (contrat|contract)|"
              r"contrat (ne prevoit rien|est muet|ne dit rien)|contract (says nothing|is silent|said nothing))")
_HIRED = (r"(embauch\w*|recrut\w*|piqu\w*|debauch\w*|poach\w*|hire[ds]?|hiring|recruit\w*|part (chez|travailler chez)|"
          r"parti\w* (chez|travailler chez)|leav\w* for|left for|gone to|went to work for|join\w* the client)")
NO_CLAUSE_HIRE = re.compile(rf"(?s)^(?!.*\b{_THIRD_WORKERS}\b)(?=.*\b{_NO_CLAUSE})(?=.*\b{_HIRED})")

# -- second-hand software licences -------------------------------------------------------------------------------------
_LICENCE = r"(licen[cs]\w*|cles? (de licence|produit)|product keys?)"
_SECOND_HAND = (r"(d'occasion|de seconde main|seconde main|second[- ]hand|pre-?owned|used (software |windows |office |"
                r"microsoft |server |sql |perpetual )*licen[cs]\w*|licen[cs]\w* usagee?s?|usedsoft|epuisement du droit|"
                r"exhaustion)")
_RESOLD = (r"(revend\w*|revente|resell\w*|resale|re-sell\w*|rachat|rachet\w*|buy\w* back|ceder|cede\w*|cession|"
           r"transfer\w*|sell\w*|vend\w*)")
_IDLE = (r"(inutilise\w*|unused|plus besoin|no longer (needs?|uses?)|spare|surplus|excedentaire\w*|en trop|perpetu\w*|"
         r"perpetual)")
USED_LICENCES = re.compile(rf"(?s)^(?=.*\b{_LICENCE})(?:(?=.*\b{_SECOND_HAND})|(?=.*\b{_RESOLD}\b)(?=.*\b{_IDLE}))")

# -- a provider taking over from another one ---------------------------------------------------------------------------
_PREDECESSOR = (r"((ancien\w*|precedent\w*|previous|former|old|outgoing|ex-?|autre|another) (\w+ )?(presta\w*|infogerant\w*|"
                r"msps?|providers?|it providers?|it compan\w*|vendors?|it firms?|societe informatique)|predecesseur\w*|"
                r"predecessor\w*|(etat des lieux|audit (de reprise|d'entree|initial)|initial audit|entry audit|takeover audit|"
                r"onboarding audit))")
_TAKEOVER = (r"(reprend\w*|repren\w*|repris\w*|reprise|prend\w* la suite|take over|taking over|took over|takes over|onboard\w*|"
             r"inherit\w*|herit\w*|arrivee|since we (came|arrived|started|took)|depuis (qu'on|que nous) (a|avons) repris)")
# asked of it: who answers for what the predecessor left (a story of defects asking something else is another card's)
_TAKEOVER_ISSUE = (r"(responsab\w*|liable|liability|repond\w*|repondons|answer(s|able)? for|qui paie|who pays|on us|pour nous|"
                   r"a notre charge|notre faute|our fault|reproch\w*|blam\w*|etat des lieux|audit)")
# the former provider keeping access, refusing to hand over documentation, passwords or the domain is the exit cards'
_EXIT_ELSEWHERE = (r"\b(acces|access|mots? de passe|passwords?|identifiants|credentials|(re)?connect\w*|logged|log(s|ging)? in|"
                   r"refus\w*|refuse\w*|rendre|restitu\w*|hand(ed|s|ing)? over|give (us )?back|won'?t (give|hand)|"
                   r"documentation|nom de domaine|domain name)\b")
PREDECESSOR_TAKEOVER = re.compile(rf"(?s)^(?!.*{_EXIT_ELSEWHERE})(?=.*\b{_PREDECESSOR})(?=.*\b{_TAKEOVER})"
                                  rf"(?=.*\b{_TAKEOVER_ISSUE})")

# -- a payment sent to a fraudster's account ---------------------------------------------------------------------------
_FRAUD = (r"(faux|fausses?|fake|fraud\w*|frauduleu\w*|pirat\w*|hack\w*|compromi\w*|usurp\w*|arnaque\w*|scam\w*|"
          r"escroquer\w*|escroc\w*|spoof\w*|bogus)")
_BANK_DETAILS = (r"(rib|iban|coordonnees bancaires|bank (account )?details|account details|bank account|numero de compte|"
                 r"fausses? factures?|fake invoices?|invoice fraud|faux fournisseurs?|business email compromise)")
_PAID = (r"(pa(y|ie|yer|yes|id|ye)\w*|repa\w*|vire\w*|virement|wire[ds]?|wiring|transfer\w*|regle\w*|reglement|"
         r"rembours\w*|reimburs\w*|perd\w*|los(e|es|t|s)|loss)")
BANK_DETAILS_FRAUD = re.compile(rf"(?s)^(?!.*\bcheques?\b)(?=.*\b{_FRAUD})(?=.*\b{_BANK_DETAILS}\b)(?=.*\b{_PAID}\b)")
