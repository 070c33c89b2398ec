"""Cue families of situations a question tells, thirty-third session, answer side (helper s33-kb, issue 15, stage (a)):
the subject each s33 card (`knowledge_base/cards/*_s33.yaml`) turns on, told in any words (folded text; read as ask cues
by `premises.ASK_CUES` and as told situations by `told_situations.SITUATIONS`).

- US authorities reaching data a provider under US law holds, wherever stored (the CLOUD Act; GDPR 48, 44);
- a foreign authority or court asking the provider (or its foreign parent) itself for a client's data (GDPR 48,
  28(3)(a); loi n° 68-678 du 26 juillet 1968, art. 1 bis);
- two businesses in France invoicing or paying in a foreign currency (C. civ. 1343-3);
- a price in euros tied to an exchange rate (C. mon. fin. L112-2);
- connection logs kept by a business that offers Wi-Fi or internet access to the public (C. postes et comm. électr.
  L34-1);
- that public access used to download protected works (C. propr. intell. L336-3, R335-5).
"""

from __future__ import annotations

import re

# -- data the question is about (hosted, stored, backed up, a mailbox) ------------------------------------------------------
_DATA = (r"(donnees|data|fichiers?|files?|sauvegardes?|backups?|mails?|emails?|e-mails?|messageries?|mailbox\w*|"
         r"serveurs?|servers?|bases?|databases?|documents?|dossiers?|records?|logs?|journaux|comptes?|accounts?|cloud|"
         r"heberg\w*|host\w*|stock\w*|stor\w*|datacent\w*|data cent\w*|aws|azure|gcp|google cloud|microsoft 365|office 365|m365|"
         r"onedrive|sharepoint|dropbox|salesforce|hyperscalers?|tenants?)")

# "us" the adjective, never the pronoun ("they sent us a requisition", "a court told us"): the verbs and prepositions that
# take the pronoun are ruled out before it (not "from" or "by": "a request from US authorities"), and the adjective is read
# only before a noun it qualifies
_NOT_PRONOUN = "".join(rf"(?<!{w} )" for w in (
    "sent", "send", "sends", "served", "serve", "serves", "gave", "give", "gives", "told", "tell", "tells", "asks", "asked",
    "ask", "for", "to", "with", "let", "help", "helps", "against", "ordered", "orders", "order", "wants", "want", "wanted",
    "requires", "required", "require", "hit", "cost", "costs", "charged", "charge", "charges", "bill", "bills", "billed",
    "pay", "pays", "paid", "owe", "owes", "owed", "call", "called", "email", "emailed", "contact", "contacted", "sue",
    "sued", "sues"))
_US = rf"{_NOT_PRONOUN}us"
_US_NOUN = (r"(courts?|judges?|authorit\w*|government|agenc\w*|parent|company|companies|headquarters|hq|federal|law\w*|"
            r"attorney\w*|prosecutor\w*|police|tax|warrants?|subpoena\w*|grand jury|discovery|entity|group|firm|justice|"
            r"intelligence|officials|law enforcement|state|administration|provider\w*|host\w*|cloud\w*|hyperscaler\w*)")

# -- US authorities reaching data a US provider holds ------------------------------------------------------------------
_US_LAWS = r"(cloud act|patriot act|fisa|section 702|(loi|droit|law) (extraterritorial\w*|americaine?s?)|extraterritorial\w*)"
_US_STATE = (r"(autorites? (americaines?|us|des etats-unis|etats-uniennes?)|gouvernement (americain|us|des etats-unis)|"
             r"justice (americaine|us)|administration (americaine|us)|etat americain|services (de renseignement )?americains|"
             rf"(american|{_US}|u\.s\.|united states) (authorit\w*|government|agenc\w*|law enforcement|courts?|justice|"
             r"prosecutors?|intelligence|spies|officials)|fbi|nsa|\bcia\b|\bdoj\b|department of justice|the feds|feds|"
             r"american (snoop\w*|spy\w*|spies|surveillance|eyes|agencies)|uncle sam|l'oncle sam|washington|les americains|the americans|les us|the us government)")
_REACH = (r"(acced\w*|acces|recuper\w*|saisi\w*|exig\w*|reclam\w*|obten\w*|obtien\w*|mettre la main|lire|consult\w*|demand\w*|"
          r"requisitionn\w*|espionn\w*|fouill\w*|expos\w*|forcer|obliger|contraindre|remettre|livrer|get|gets|getting|access\w*|seiz\w*|"
          r"obtain\w*|compel\w*|force|forced|order|read|look at|hand (it |them )?over|reach\w*|spy\w*|snoop\w*|"
          r"subpoena\w*|request\w*|touch)")
# a demand already received by the provider is the foreign-request card's, not the risk card's
US_AUTHORITY_ACCESS = re.compile(rf"(?s)\b{_US_LAWS}\b|^(?=.*\b{_US_STATE}\b)(?=.*\b{_REACH}\b)(?=.*\b{_DATA}\b)")

# -- a foreign authority or court asking the provider itself for a client's data ----------------------------------------
_FOREIGN = (rf"(etrangers?|etrangeres?|americains?|americaines?|{_US}|des etats-unis|britanniques?|anglais\w*|chinois\w*|"
            r"indiens?|indiennes?|suisses?|russes?|bresilien\w*|canadien\w*|texan\w*|new-yorkais\w*|de new york|"
            r"foreign|american|u\.s\.|uk|british|chinese|indian|swiss|russian|brazilian|canadian|non-eu|texas|"
            r"new york|california|californian|delaware)")
_AUTHORITY = (r"(tribunal|tribunaux|juges?|cour|court|courts|autorites?|authorit\w*|administration|procureurs?|"
              r"prosecutors?|polices?|fisc|tax (authorit\w*|office)|agence|agency|regulat\w*|government|gouvernement|"
              r"grand jury|judge)")
_FOREIGN_AUTH = (rf"({_AUTHORITY}( [\w'-]+)? {_FOREIGN}|{_FOREIGN} ({_AUTHORITY}|federal (court|agency|judge))|subpoena\w*|"
                 rf"fbi|\bdoj\b|department of justice|grand jury|({_US}|american|foreign) (discovery|warrant|search warrant)|"
                 rf"discovery (request|order)|injonction (us|americaine|etrangere))")
_RECEIVED = (r"(on a recu|nous avons recu|(a|avons|ont|j'ai|on a) recu|recu (une|un)|nous (demande|reclame|ordonne|somme|"
             r"enjoint|requiert)|exige de nous|(asks|asked|ordered|orders|requires|required|wants|told|served) us|"
             r"sent us|served (with|a|an)|(emailed|e-mailed|wrote to|contacted|called|phoned|approached) us|asking (us )?(for|to)|"
             r"on (envoie|repond|transmet)|(we|they|it) (got|received|have received|has received|were served|was served)|"
             r"received (a|an)|demands? (that we|us to)|maison mere|societe mere|parent company|our parent|"
             r"(our|notre) (american|us|americaine?) (parent|headquarters|hq|siege|group|groupe)|"
             r"doit-on (transmettre|communiquer|repondre|obeir)|must we (comply|send|hand|answer|obey)|"
             r"(do|should) we (comply|send|hand|answer|obey|just)|on (obeit|transmet|repond))")
# a legal demand (a warrant, an injunction, a court order) in a story that names a foreign country's side
_DEMAND = (r"(warrants?|search warrants?|court orders?|injonctions?|mandats? de perquisition|ordonnances? (du|d'un|de la) "
           r"(juge|tribunal|cour)|requisitions?|subpoena\w*|summons|discovery)")
_FOREIGN_SIDE = (rf"(american|americain\w*|{_US} {_US_NOUN}|u\.s\.|etranger\w*|etrangere\w*|foreign|non-eu|hors ue|outside the eu)")
FOREIGN_REQUEST = re.compile(rf"(?s)^(?=.*\b{_RECEIVED})(?=.*\b{_DATA}\b)(?:(?=.*\b{_FOREIGN_AUTH}\b)|"
                             rf"(?=.*\b{_FOREIGN_SIDE}\b)(?=.*\b{_DEMAND}\b))")

# -- invoicing or paying in a foreign currency ---------------------------------------------------------------------------
_CURRENCY = (r"(dollars?|usd|us dollars?|\$|devises?|monnaies? etrangeres?|autre monnaie|livres? sterling|livres|"
             r"sterling|gbp|pounds?|francs suisses|swiss francs|chf|yens?|yuans?|renminbi|foreign currenc\w*|another currency|"
             r"other currenc\w*|non-euro currenc\w*|a currency other than)")
_PAY_BILL = (r"(factur\w*|invoic\w*|bill|billed|billing|bills|pay|pays|paid|paying|payment|payable|payer|paye\w*|pai\w*|"
             r"regl\w*|libell\w*|denominat\w*|settle\w*|charge|charged|charging|stated|priced|prix|price)")
_IN_EUROS_MUST = (r"((oblig\w*|forcement|impose\w*|must|have to|has to|required|mandatory|only|uniquement|seulement)"
                  r"( [\w'-]+){0,5} (en|in) euros?|(en|in) euros? (oblig\w*|only|uniquement|seulement|mandatory))")
CURRENCY_PAYMENT = re.compile(rf"(?s)(\b(switch\w*|pass\w*|chang\w*|convert\w*|bascul\w*|move) (to|en|in|vers) "
                              rf"{_CURRENCY}|\b{_PAY_BILL}( [\w'-]+){{0,5}} (en|in) (une |a |an |la |the )?([a-z-]+ )?{_CURRENCY}|\b{_CURRENCY}( [\w'-]+){{0,2}} "
                              rf"(invoic\w*|factur\w*|billing)|(?=.*\b{_PAY_BILL}\b)(?=.*\b{_IN_EUROS_MUST}))")

# -- a price in euros tied to an exchange rate -----------------------------------------------------------------------------
_FX_WORDS = (r"(dollars?|usd|devises?|monnaies? etrangeres?|livres? sterling|gbp|pounds?|chf|yens?|currenc\w*|euro[- ]dollar|"
             r"eur/usd|eurusd)")
_FX_MOVE = (r"(index\w*|taux de change|exchange[- ]rates?|cours (du|de la|de l'|des)|parite|fluctuat\w*|variations?|hausse "
            r"(du|de la|des)|baisse (de l'|du|de la|des)|risque de change|currency risk|fx|forex|follow\w*|suivre|suive|"
            r"align\w*|pegg?\w*|tied to|tie it|link\w* to|lie\w* (au|a la|aux)|repercut\w*|pass\w* on|move\w* with|"
            r"float\w*|flott\w*|track\w*|vary|varies|varier|evolu\w* (avec|selon)|varie\w* (avec|selon)|adjust\w*|ajust\w*|rates?)")
_PRICE = (r"(prix|price\w*|tarif\w*|factur\w*|invoic\w*|fees?|redevances?|abonnements?|subscriptions?|licen[cs]\w*|"
          r"forfaits?|mensualit\w*|monthly|loyers?|rent|cout\w*|costs?|clients?|customers?)")
CURRENCY_INDEXATION = re.compile(rf"(?s)^(?=.*\b{_FX_WORDS})(?=.*\b{_FX_MOVE}\b)(?=.*\b{_PRICE}\b)")

# -- Wi-Fi or internet access offered to the public ---------------------------------------------------------------------
_WIFI = (r"(wi-?fi|wireless|hotspots?|bornes? (wi-?fi|internet)|acces (a )?internet|internet access|connexion internet|"
         r"reseau (invite|visiteurs?|public|clients?)|guest (network|wi-?fi|internet|access)|portail captif|captive portal|"
         r"free internet|internet gratuit|(offr\w*|propos\w*|fourni\w*|donn\w*|met\w* a disposition|offer\w*|provid\w*|giv\w*) "
         r"(un |l'|d'|de l')?(acces (a )?)?internet)")
_PUBLIC = (r"(public|clients?|clientele|visiteurs?|vacanciers?|hotes?|guests?|customers?|patients?|voyageurs?|passagers?|"
           r"etudiants?|campeurs?|residents?|usagers?|members?|membres|adherents?|gratuit\w*|free|hotels?|campings?|"
           r"restaurants?|bars?|cafes?|campsites?|campers?|hostels?|auberges?|guesthouses?|salle d'attente|waiting room|lobby|coworking|gites?|chambres? d'hotes?|b&b|"
           r"magasins?|boutiques?|shops?|stores?|mediatheques?|librar\w*|mairie|town hall|gare|station|airbnb|"
           r"locations?|rentals?|hall d'accueil|accueil|reception|marina|port de plaisance)")
_KEEP_LOGS = (r"(logs?|journa\w*|traces?|conserv\w*|gard\w*|retention|retain\w*|keep\w*|kept|stor\w*|records?|"
              r"historiques?|history|donnees de (connexion|trafic)|connection data|adresses? (ip|mac)|ip address\w*|"
              r"identif\w*|l34-1|l\. 34-1|operateur\w*|operators?)")
PUBLIC_WIFI_LOGS = re.compile(rf"(?s)^(?=.*\b{_WIFI})(?=.*\b{_PUBLIC}\b)(?=.*\b{_KEEP_LOGS}\b)")

# -- that access used to download protected works ---------------------------------------------------------------------
_DOWNLOAD = (r"(telecharg\w*|download\w*|piratage|pirat\w*|hadopi|arcom|torrent\w*|bittorrent|peer-to-peer|p2p|"
             r"contrefa\w*|copyright\w*|droits? d'auteur|infring\w*|streaming illegal|illegal streaming)")
WIFI_DOWNLOAD = re.compile(rf"(?s)^(?=.*\b{_WIFI})(?=.*\b{_DOWNLOAD})")

# -- the other party established abroad: the transaction is international (C. civ. 1343-3, second sentence) ---------------
_ABROAD_PLACE = (r"(geneve|geneva|zurich|lausanne|suisse|switzerland|londres|london|royaume-uni|united kingdom|uk|"
                 r"angleterre|england|ecosse|scotland|irlande|ireland|dublin|usa|etats-unis|united states|new york|"
                 r"californi\w*|canada|montreal|quebec|toronto|japon|japan|tokyo|chine|china|shanghai|hong kong|inde|india|"
                 r"dubai|emirats|singapour|singapore|australie|australia|bresil|brazil|maroc|morocco|tunisie|tunisia|"
                 r"algerie|algeria|senegal|cote d'ivoire|belgique|belgium|bruxelles|brussels|allemagne|germany|berlin|"
                 r"espagne|spain|italie|italy|luxembourg|pays-bas|netherlands|amsterdam|norvege|norway|suede|sweden|"
                 r"danemark|denmark|pologne|poland)")
_PARTY = (r"(clients?|customers?|fournisseurs?|suppliers?|vendors?|societes?|company|companies|entreprises?|partenaires?|"
          r"partners?|filiales?|subsidiar\w*|maison mere|parent|acheteurs?|buyers?|distributeurs?|distributors?|"
          r"revendeurs?|resellers?)")
_NATIONALITY = (r"(americain\w*|american|britanniques?|british|anglais\w*|suisses?|swiss|canadien\w*|canadian|allemand\w*|"
                r"german|chinois\w*|chinese|japonais\w*|japanese|indiens?|indiennes?|indian|belges?|belgian|espagnol\w*|"
                r"spanish|italien\w*|italian|irlandais\w*|irish|marocain\w*|moroccan|tunisien\w*|tunisian|"
                r"luxembourgeois\w*|neerlandais\w*|dutch|etranger\w*|etrangere\w*|foreign)")
FOREIGN_PARTY = re.compile(
    rf"\b({_PARTY} {_NATIONALITY}\b|{_NATIONALITY} {_PARTY}\b|{_ABROAD_PLACE}-based|abroad|overseas|a l'etranger|"
    rf"hors de france|outside france|{_PARTY}( [\w'-]+){{0,3}} (etranger\w*|foreign|abroad|overseas|international\w*|hors de france|outside (france|the eu|"
    rf"europe))|{_PARTY}( [\w'-]+){{0,3}} (in|a|en|au|aux|from|located in|based in|etabli\w* (a|en|au|aux)|base\w* (a|en|au|aux)|"
    rf"situe\w* (a|en|au|aux)) (l')?{_ABROAD_PLACE}\b|{_ABROAD_PLACE} (client|customer|company|firm|supplier|vendor)s?\b|"
    rf"(a l'|at the )?export\w*|a l'international|(vente|prestation|operation|transaction)s? internationale?s?|"
    rf"international (sale|deal|transaction|contract)s?)")
# a payment in a foreign currency with a party abroad (the international card), and between two businesses in France
CURRENCY_FOREIGN_PARTY = re.compile(rf"(?s)^(?=.*(?:{CURRENCY_PAYMENT.pattern[4:]}))(?=.*{FOREIGN_PARTY.pattern})")
CURRENCY_DOMESTIC = re.compile(rf"(?s)^(?=.*(?:{CURRENCY_PAYMENT.pattern[4:]}))(?!.*{FOREIGN_PARTY.pattern})")
