"""Cue families of the situations a story tells, twenty-sixth session (issue 15): the facts that put a question under a
body of law the answers had not reached (`told_situations.SITUATIONS` joins them into situations; folded text).

- a system or software of the client disabled, cut off or slowed down from a distance, or a lock hidden in it, tied to
  a payment or an exit (criminal law on information systems, C. pén. 323-2);
- the service held back until the user signs (economic duress, C. civ. 1143): also a `pressure_told` premise cue;
- a person (a manager, a parent company, a bank) answering for another's debt: a personal guarantee, an independent
  guarantee, a letter of comfort (C. civ. 2288, 2297, 2321, 2322);
- invoices sent to a public buyer (CCP L2192-1, Chorus Pro);
- a framework agreement or call-off contract said to have no maximum (décret 2022-1683);
- work asked of the provider's staff at night or over long days (C. trav. L3131-1, L3121-18);
- a party that signed mistaken about what it bought (C. civ. 1132, 1133).
"""

from __future__ import annotations

import re

from assistant.chat.public_buyer import PUBLIC_BUYER as PUBLIC_BUYER_LEXICON

# -- a system disabled from a distance to force payment or an exit ----------------------------------------------------
# the act: the software or system stopped, locked, taken offline, throttled (not a service merely "suspended")
DISABLED = re.compile(
    r"\b(bloqu\w*|desactiv\w*|coup\w*|mis (hors ligne|hors service|a l.arret)|mise hors (ligne|service)|brid\w*|ralenti\w*|"
    r"verrouill\w*|verrou|arrete\w*|plant\w*|disabl\w*|shut\w* (it |them |us |our \w+ )?(down|off)|lock\w*|throttl\w*|"
    r"slow\w* (it |them |our \w+ )?down|took (it |our \w+ )?offline|taken offline|switch\w* (it |them )?off|stops?|bricked|"
    r"bombe logique|logic bomb|time bomb|kill ?switch|killswitch|block\w*|slowed|slowing)\b")
# how: from a distance, or a mechanism built in and hidden
REMOTELY = re.compile(
    r"\b(a distance|remote\w*|depuis (chez (eux|lui|nous)|leurs? bureaux?)|from (their|its|his|our) (side|office|end)|"
    r"cache\w*|hidden|secret\w*|jamais (ete )?prevenu\w*|never (told|warned)|integr\w* (dans|au|a)|built (into|in)|"
    r"bombe logique|logic bomb|time bomb|kill ?switch|killswitch|verrou|dans (le|son|leur) code|volontairement|deliberately|"
    r"on purpose|qu.il (nous )?a (code|developpe|livre|ecrit)|(it|they|he) (coded|developed|built|wrote|delivered) for us)\b")
# the premise of the card on such a lock: the act and how it was done, both stated (support suspended or an access cut
# for an unpaid invoice is the suspension card's)
REMOTE_LOCK = re.compile(rf"(?:{DISABLED.pattern}).*(?:{REMOTELY.pattern})|(?:{REMOTELY.pattern}).*(?:{DISABLED.pattern})")
# why: an invoice, a fee, an exit
PAYMENT_OR_EXIT = re.compile(
    r"\b(pai\w*|paye\w*|paie\w*|paiement|factur\w*|impaye\w*|solde|redevance|pay|paid|paying|payment|invoice\w*|unpaid|"
    r"fee|fees|balance|resili\w*|terminat\w*|renouvel\w*|renew\w*|quitt\w*|leav\w*|contest\w*|disput\w*)\b")

# -- the service held back until the user signs -----------------------------------------------------------------------
HELD_UNTIL_SIGNED = re.compile(
    r"\b(seulement|uniquement|only)\b( [\w']+){0,5} (si|if) (vous|on|nous|tu|you|we) (sign|accept)\w*|"
    r"\b(que si|unless) (vous|on|nous|tu|you|we) (sign|accept)\w*|"
    r"\b(exig|impos|requir|insist|demand)\w*( [\w']+){0,4} (sign|accept)\w*( [\w'+%-]+){0,8} (avant de|avant qu'il|before|pour)"
    r"( [\w']+){0,3} (relanc|retabli|redemarr|debloqu|restor|restart|resum|unlock)\w*")
SIGNED = re.compile(r"\b(sign\w*|avenant|amendment|addendum|accept\w*|contrat|contract)\b")

# -- one person answering for another's debt --------------------------------------------------------------------------
GUARANTEE = re.compile(
    r"\b(caution\w*|se port\w* garant|garanti\w* (personnel\w*|perso|autonome|a premiere demande|bancaire|de "
    r"la maison mere)|lettre (d.intention|de confort)|comfort letter|letter of (comfort|intent)|(personal|parent company|"
    r"bank|independent|first[- ]demand) guarantee|guarantor|surety|stood surety|stand surety|premiere demande|first demand|"
    r"(pay|pa\w*|answer\w*|be liable|liable) personally|personally (guarantee\w*|liable|responsible)|"
    r"(payer|paie\w*|paierai\w*|pai\w*) (lui-meme|elle-meme|de sa poche|perso|personnellement)|sur ses (biens|deniers) "
    r"personnels|guarantee\w* (of|for) (the|his|her|its|our|their) (manager|director|debts?|company)|guarantees? (his|her|its|"
    r"their|our) (company.s |companies. )?debts?|(performance|independent|bank) guarantee|(quelle|what|which) (garantie|guarantee))\b")
# two kinds of guarantee set side by side ("garantie à première demande ou caution ?", "a comfort letter compared with a
# bank guarantee"): the kinds compared
_KIND = (r"(caution\w*|cautionnement|garantie\w*|guarantee\w*|surety|lettres? (d.intention|de confort)|comfort letters?|"
         r"letters? of (comfort|intent))")
KINDS_COMPARED = re.compile(_KIND + r"( [\w'-]+){0,8} (ou|vs\.?|versus|or|compared (with|to)|plutot que|rather than|"
                            r"instead of|au lieu d.une?|par rapport a)( [\w'-]+){0,6} " + _KIND)
# the guarantee of a service level, a hardware warranty or a guarantee of results is another subject
NOT_A_SURETY = re.compile(r"\b(gti|gtr|sla|garantie de (temps|retablissement|resultat|disponibilite)|constructeur|"
                          r"warranty|guaranteed (uptime|availability|response|restoration))\b")

# -- invoices to a public buyer ---------------------------------------------------------------------------------------
PUBLIC_BUYER = PUBLIC_BUYER_LEXICON  # s28: one lexicon (chat/public_buyer.py)
_INVOICE = r"\b(factur\w*|invoic\w*|bill\w*)\b"
_SENT = (r"\b(envo\w*|transmet\w*|transmis|adress\w*|depos\w*|send\w*|sent|e-?mail\w*|courriel|pdf|papier|paper|submit\w*|"
         r"upload\w*|comment|how|format)\b")
INVOICE_SENT = re.compile(f"{_INVOICE}.*{_SENT}|{_SENT}.*{_INVOICE}|\\bchorus\\b")
PAYMENT_DELAY = re.compile(r"\b(\d+ (jours|days)|delai de paiement|payment (term|deadline|period)|interets moratoires|"
                           r"late payment interest)\b")

# -- a framework agreement said to have no maximum --------------------------------------------------------------------
FRAMEWORK = re.compile(r"\b(accords?-cadres?|accords? cadres?|framework( agreement)?s?|bons? de commande|call-?off|"
                       r"purchase-?order contract)\b")
NO_MAXIMUM = re.compile(r"\b(sans (aucun |de )?(montant )?(max\w*|plafond)|pas de (montant )?(max\w*|plafond)|ni minimum ni maximum|"
                        r"aucun (montant )?(max\w*|plafond)|no (minimum (and|or) no )?(maximum|max|cap|ceiling)|uncapped|"
                        r"unlimited|illimit\w*|without (a |any )?(maximum|cap|ceiling)|(maximum|plafond) (est )?atteint|"
                        r"maximum (has been |is )?reached)\b")

# -- the provider's staff working nights or long days -----------------------------------------------------------------
STAFF = re.compile(r"\b(tech|techs|technicien\w*|ingenieur\w*|consultant\w*|salarie\w*|intervenant\w*|collaborateur\w*|"
                   r"developpeur\w*|technician\w*|engineer\w*|employee\w*|staff|team member|admin|sysadmin|"
                   r"notre (gars|personne)|our (guy|person))\b")
_NIGHT = (r"(de nuit|la nuit|cette nuit|tard le soir|le soir|late at night|late (in the )?evening|night\w*|overnight|jusqu.a \d{1,2} ?h|de 2[0-3] ?h|\d{1,2} ?h du mat\w*|\d{1,2} ?(am|pm)\b|"
          r"minuit|midnight)")
_NEXT_MORNING = (r"(le lendemain|next (morning|day)|au matin|le matin|the morning|morning|a l.ouverture|at opening|"
                 r"a \d{1,2} ?h|at \d{1,2}\b|revien\w*|reprend\w*|(be )?back (at|by|for|the))")
# the hours themselves asked: rest, daily or weekly maximums, long days; or a night's work followed by the next morning
LONG_HOURS = re.compile(
    r"\b(repos|rest period|rest between|minimum rest|heures? (max|maximum)|max\w* (d.heures|hours)|working (time|hours)|"
    r"temps de travail|duree (du|de) travail|\d{2} ?h(eures)? (par jour|a day|per day)|\d{2}-hour days?|"
    r"hours? (a|per) day|heures par jour|journees? de \d{2} ?h\w*)\b|"
    rf"\b{_NIGHT}\b.*\b{_NEXT_MORNING}\b")

# the price of night work is the pricing cards' subject
NIGHT_PRICE = re.compile(r"\b(factur\w*|tarif\w*|major\w*|prix|surcout\w*|price\w*|bill\w*|rates?|cost\w*|charge\w*)\b")
# a duty paid or not while waiting at home is the on-call card's subject
ON_CALL_PAY = re.compile(r"\b(astreinte|on-?call)\b.*\b(pa(y|ie|yer|id|yes)\w*|remuner\w*|compens\w*|indemn\w*)\b|"
                         r"\b(pa(y|ie|yer|id)\w*|remuner\w*|compens\w*)\b.*\b(astreinte|on-?call)\b")

# -- a party that signed mistaken about what it bought ------------------------------------------------------------------
MISTAKE = re.compile(r"\b(tromp\w*|erreur\w*|mepris\w*|on croyait|nous croyions|croyant|en pensant|on pensait|pensions|"
                     r"mistak\w*|mistaken|we (thought|believed|assumed)|believing|thinking (it|that|the)|misunderst\w*|"
                     r"got (the|it|our|this)( \w+){0,5} wrong|wrong when signing)\b")

# -- the subject a GDPR card turns on, stated ---------------------------------------------------------------------------
# a data subject's right named (portability, access, erasure, or its article)
RIGHT_NAMED = re.compile(r"\b(portabilit\w*|droits? (d.acces|a l.effacement|a l.oubli|d.opposition|de rectification)|"
                         r"rights? (of access|to erasure|to be forgotten|of rectification|to object)|access rights?|"
                         r"articles? (15|17|20)|art\.? ?(15|17|20)|erasure|effacement)\b")
# compliance warranted or answered for by someone
_ANSWERS = (r"(garanti\w*|warrant\w*|certif\w*|guarantee\w*|assur\w*|s.engag\w*|undertak\w*|responsab\w*|responsib\w*|"
            r"repond\w*|answer\w* for|liable|accountab\w*)")
_COMPLIANCE = r"(conform\w*|complian\w*|compliant|compl(y|ies)|respect\w*|manquements?|failures?)"
COMPLIANCE_ANSWERED = re.compile(rf"\b{_ANSWERS}\b.{{0,80}}\b{_COMPLIANCE}\b|\b{_COMPLIANCE}\b.{{0,80}}\b{_ANSWERS}\b")
# the auditor named: who audits, a firm, a competitor, its independence
AUDITOR_NAMED = re.compile(r"\b(auditeurs?|auditors?|cabinets?|firms?|concurren\w*|competitor\w*|competing|rival\w*|"
                           r"independan\w*|independen\w*|qui (peut|doit) (faire|mener|realiser) l.audit|who (may|can) "
                           r"(carry out|conduct|do) the audit)\b")
