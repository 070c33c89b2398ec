"""Cue families of situations a question tells, thirty-fourth session, answer side (helper s34-kb, issue 15, stage (a)):
the subject each s34 card (`knowledge_base/cards/*_s34.yaml`) turns on, told in any words (folded text; read as ask cues
by `premises.ASK_CUES` and as told situations by `told_situations.SITUATIONS`).

- VAT on a service bought from a provider established in another EU state: reverse charge (CGI 259, 283-2; directive
  2006/112, 44 and 196);
- VAT on a service a French provider sells to a business client in another EU state (CGI 259; directive 2006/112, 44,
  196, 226);
- a cheque a client gave that bounced (C. mon. fin. L131-73, L131-75, L163-2);
- a declaration or other prior formality with the CNIL (GDPR 30, 99; loi n° 78-17 as amended in 2018);
- old IT equipment to get rid of: waste of electrical and electronic equipment (C. env. L541-2, R543-195 ff.; GDPR 32);
- a clause binding a buyer to buy its equipment only from one supplier, and its length (C. com. L330-1).
"""

from __future__ import annotations

import re

# -- another EU member state, named or described --------------------------------------------------------------------------
_EU_PLACE = (r"(allemagne|germany|berlin|munich|francfort|frankfurt|hambourg|hamburg|espagne|spain|madrid|barcelone|"
             r"barcelona|italie|italy|milan|rome|belgique|belgium|bruxelles|brussels|liege|anvers|antwerp|luxembourg|"
             r"pays-bas|netherlands|holland|hollande|amsterdam|rotterdam|irlande|ireland|dublin|portugal|lisbonne|lisbon|porto|"
             r"autriche|austria|vienne|vienna|pologne|poland|varsovie|warsaw|cracovie|krakow|suede|sweden|stockholm|"
             r"danemark|denmark|copenhague|copenhagen|finlande|finland|helsinki|estonie|estonia|tallinn|lettonie|latvia|"
             r"lituanie|lithuania|tchequie|republique tcheque|czech\w*|prague|slovaquie|slovakia|hongrie|hungary|budapest|"
             r"roumanie|romania|bucarest|bucharest|bulgarie|bulgaria|sofia|grece|greece|athenes|athens|chypre|cyprus|"
             r"malte|malta|croatie|croatia|slovenie|slovenia)")
_EU_NATION = (r"(allemand\w*|german|espagnol\w*|spanish|italien\w*|italian|belges?|belgian|luxembourgeois\w*|"
              r"neerlandais\w*|hollandais\w*|dutch|irlandais\w*|irish|portugais\w*|portuguese|autrichien\w*|austrian|"
              r"polonais\w*|polish|suedois\w*|swedish|danois\w*|danish|finlandais\w*|finnish|estonien\w*|estonian|"
              r"letton\w*|latvian|lituanien\w*|lithuanian|tcheques?|czech|slovaques?|slovak|hongrois\w*|hungarian|"
              r"roumain\w*|romanian|bulgares?|bulgarian|grecs?|grecques?|greek|chypriotes?|cypriot|maltais\w*|maltese|"
              r"croates?|croatian|slovenes?|slovenian|europeen\w*|european|intra-?(ue|eu|communautaires?|community)|"
              r"intracommunautaires?)")
_EU_SIDE = (rf"({_EU_PLACE}|{_EU_NATION}|(dans |d'|from |in )?(un |une |another |an )?(autre )?(pays|etat|state|member state|country) "
            r"(membre |de l'ue|de l'union|europeen|of the eu|in the eu|eu)|another eu (country|state|member state)|"
            r"elsewhere in the eu|ailleurs (en europe|dans l'ue))")

_VAT = r"(tva|vat|t\.v\.a\.?|hors taxes?|ht|net of tax)"
_REVERSE = (r"(auto-?liquid\w*|reverse[- ]charg\w*|self-?assess\w*|self-?account\w*|numeros? (de )?tva intracom\w*|"
            r"tva intracom\w*|intra-?community vat|vat (id|number) of the (client|customer)|article 283|art\.? 283|"
            r"article 196|art\.? 196)")
_NO_VAT = (r"(sans (la )?tva|pas de tva|aucune tva|ni tva|zero tva|tva (a )?(0|zero|nulle)|0 ?% de tva|hors tva|"
           r"no vat|without vat|without any vat|zero vat|0 ?% vat|vat[- ]free|vat at (0|zero)|(not|doesn'?t|does not|didn'?t|"
           r"never) (charge|include|show|add|put|apply)\w* (any )?vat|(facture|factures|invoice|invoices) (est |sont |is |are )?"
           r"(ht|hors taxes?|net of vat|ex(cl\w*)? vat))")
_PROVIDER = (r"(presta\w*|fournisseurs?|suppliers?|vendors?|msps?|infogere\w*|providers?|societe|company|firm|editeur\w*|"
             r"hebergeur\w*|hosts?|sous-traitants?|subcontractors?|freelances?|consultants?|agence|agency|dev\w*|"
             r"(on|we|nous) (achet\w*|buy|bought|pay|paid|use|utilis\w*|fait appel))")
_CLIENT = (r"(clients?|customers?|acheteurs?|buyers?|prospects?|filiales?|subsidiar\w*|entreprises?|societes?|company|"
           r"companies|business\w*|firms?)")
_SELL = (r"(on (le |la |les )?factur\w*|nous (le |la |les )?factur(ons|erons|ions)|nous (vendons|fournissons)|(we|i) (invoice|bill|charge|sell)\w*|facturer (a |un |une |notre |nos )|"
         r"(invoice|bill|charge)\w* (a|an|our|the|to)|on vend|we sell|notre facture|our invoice|nos factures|our invoices|"
         r"vendre a|sell to|we're invoicing|on va facturer|on doit facturer|we must invoice|we have to invoice|"
         r"(mettre|appliquer|ajouter|facturer|charger) (de )?la tva|(put|add|apply|charge|charging) (french )?vat|"
         r"(pour|for|to|a) (un|une|notre|nos|our|a|an|the) (client|customer)s?|"
         r"(nous |us )?(demande|demandent|reclame\w*|veut|veulent|asks?|asked|wants?|requests?) (us )?(for )?(une|an|a) "
         r"(facture|invoice)|(vendons|we sell|selling|sell) (\w+ ){0,3}(a|an|to) )")
# the French provider selling to a business client established in another member state (the other card)
_WE_SELL_EU = rf"(?=.*\b{_SELL})(?=.*\b{_CLIENT}( [\w'-]+){{0,3}} {_EU_SIDE}\b|.*\b{_EU_SIDE} {_CLIENT}\b|.*\b{_CLIENT} {_EU_NATION}\b)"
EU_CLIENT_VAT = re.compile(rf"(?s)^(?=.*\b{_VAT}\b){_WE_SELL_EU}")
# the client buying a service from a provider established in another member state: the reverse charge named, or an invoice
# without VAT from such a provider
EU_PROVIDER_VAT = re.compile(
    rf"(?s)^(?!{_WE_SELL_EU})(?:(?=.*\b{_REVERSE})|(?=.*\b{_EU_SIDE}\b)(?=.*\b{_NO_VAT})|"
    rf"(?=.*\b{_VAT}\b)(?=.*\b{_PROVIDER}( [\w'-]+){{0,3}} {_EU_SIDE}\b|.*\b{_EU_NATION} {_PROVIDER}\b))")

# -- a cheque that bounced ----------------------------------------------------------------------------------------------
_CHEQUE_FAIL = (r"(sans provision|en bois|impaye\w*|rejete\w*|refuse\w*|revenu\w*|retourne\w*|pas passe|n'est pas passe|"
                r"pas ete paye|non paye|non encaiss\w*|pas (ete )?encaiss\w*|provision insuffisante|pas de provision|"
                r"defaut de provision|bounc\w*|returned|rejected|dishonou?r\w*|unpaid|insufficient funds|no funds|"
                r"didn'?t clear|did not clear|failed to clear|came back|bad|rubber|dud)")
BOUNCED_CHEQUE = re.compile(
    rf"(?s)^(?=.*\bcheques?\b)(?=.*\b{_CHEQUE_FAIL}\b)|\b(bounc\w*|rubber|bad|returned|rejected|dishonou?red|unpaid|dud) "
    rf"checks?\b|\bchecks? (that )?(bounced|bounces|was returned|came back|was rejected|was dishonou?red|didn'?t clear|"
    rf"did not clear|failed to clear|has bounced)|\b(a|the|his|her|their|its|our|your|one|client's|customer's) checks? "
    rf"(\w+ ){{0,4}}(bounced|came back|come back|was returned|returned unpaid|was rejected|was refused|didn'?t clear|"
    rf"did not clear|failed to clear|was dishonou?red|unpaid|without funds|with insufficient funds)\b|\bcertifica\w* de non-paiement|\bcertificate of non-payment|\bcheque "
    rf"sans provision|\bchq\b")

# -- a declaration or other prior formality with the CNIL ---------------------------------------------------------------
_CNIL = r"(cnil|autorite de controle|supervisory authorit\w*|data protection authorit\w*|regulat\w*|regulateur)"
_FORMALITY = (r"(declar\w*|formalit\w*|enregistr\w*|autoris\w*|authori[sz]\w*|register|registered|registering|registration|"
              r"file (a|our|any)|filing|licen[cs]\w*|permis|permission|dossier a deposer|approval|approuv\w*|agrement|"
              r"notify (the )?cnil of (our|the) (processing|activit\w*)|dispense)")
_INCIDENT = (r"(violation|breach\w*|fuite|leak\w*|incident|piratage|pirat\w*|hack\w*|ransomware|rancongiciel|intrusion|"
             r"cyberattaque|cyber-?attack\w*|vol de donnees|perte de donnees|data loss|perdu|lost|stolen|vole|plainte|"
             r"complaint|controle de la cnil|cnil inspection|audit de la cnil|sanction\w*|amende|fine|dpo|dpd|delegue\w*)")
CNIL_INCIDENT = re.compile(rf"\b{_INCIDENT}\b")
CNIL_DECLARATION = re.compile(rf"(?s)^(?=.*\b{_CNIL})(?=.*\b{_FORMALITY})(?!.*\b{_INCIDENT})")

# -- old IT equipment to get rid of --------------------------------------------------------------------------------------
_WEEE = (r"(deee|d3e|weee|e-?waste|ewaste|dechets? (electriques?|electroniques?|d'equipements?|informatiques?|"
         r"numeriques?)|electronic waste|electrical waste|it waste|eco-?organismes?|ecologic|ecosystem)")
_GET_RID = (r"(dechets?|waste|recycl\w*|ferrailleur\w*|ferraille|scrap\w*|dechett?erie|decheterie|recyclerie|"
            r"landfill|jeter|jete\w*|jette\w*|throw\w* (them |it |these |those )?(away|out)|thrown (away|out)|bin|binned|"
            r"poubelle|benne|(get|getting|got) rid|(the|a|municipal|local|rubbish|waste) dump|tip|decharge|se debarrass\w*|debarrass\w*|dispos\w* of|disposal|dispose|mise au rebut|au rebut|"
            r"reformer|reforme\w*)")
_EQUIPMENT = (r"(pc|pcs|ordis?|ordinateurs?|computers?|laptops?|portables?|serveurs?|servers?|ecrans?|screens?|monitors?|"
              r"imprimantes?|printers?|switch\w*|routeurs?|routers?|disques?|disks?|drives?|hdds?|ssds?|materiels?|"
              r"equipment|hardware|parc|postes?|telephones?|smartphones?|onduleurs?|ups|baies?|racks?|copieurs?|"
              r"photocopieurs?|machines?|workstations?|nas|tablettes?|tablets?|firewalls?|pare-feux?|bornes?)")
# what to do with old equipment, asked without a disposal word ("que faire des anciens pc", "what do we do with the old laptops")
_WHAT_WITH_OLD = (r"((que|quoi) (faire|doit-on faire|fait-on|on fait)|on en fait quoi|what (to|do we|should we|must we|can we) do "
                  r"with)\b.{0,40}\b(anciens?|anciennes?|vieux|vieil\w*|old|used|obsolete|retired|replaced|remplace\w*|"
                  r"hors service|dead|broken)")
OLD_EQUIPMENT_DISPOSAL = re.compile(rf"(?s)\b{_WEEE}\b|^(?=.*\b({_GET_RID}|{_WHAT_WITH_OLD})\b)(?=.*\b{_EQUIPMENT}\b)")

# -- a clause binding the buyer to buy its equipment only from one supplier -----------------------------------------------
_EXCLUSIVE = (r"(exclusivit\w*|exclusif|exclusive (supply|purchas\w*|clause|agreement|deal\w*|supplier|contract|"
              r"arrangement)|exclusively from|approvisionnement exclusif|only (buy|purchase|order) from|(buy|purchase|order)\w* "
              r"only from|only from (them|him|it|the (provider|supplier|vendor|msp|reseller))|(uniquement|exclusivement|"
              r"seulement|que) (chez|aupres d)|(acheter|commander|prendre|acquerir) (tout|toute|tous)\b.{0,50}\b(chez|aupres)|"
              r"(buy|purchase|order|source|get)\w* (all|everything)\b.{0,50}\bfrom (them|him|it|the|our|its|that)|"
              r"sole (supplier|source)|fournisseur unique|single (supplier|source)|(achet\w*|command\w*|acquer\w*|"
              r"approvisionn\w*|buy\w*|purchas\w*|sourc\w*|order\w*) (\w+ ){0,2}exclusive(ment|ly)|exclusive(ment|ly) "
              r"(aupres|chez|from|with|through))")
_GOODS = (r"(materiels?|equipements?|hardware|equipment|devices?|postes?|workstations?|peripheri\w*|pc|pcs|ordinateurs?|computers?|laptops?|"
          r"serveurs?|servers?|imprimantes?|printers?|consommables?|consumables?|toners?|cartouches?|switch\w*|"
          r"telephones?|smartphones?|fournitures?|supplies|biens|goods|produits|products|achats?|acheter|buy|purchas\w*|"
          r"approvisionn\w*)")
_SERVICE_ONLY = r"(non-?concurrence|non-?compete|sectoriel\w*|sector\w*|territor\w*|apres la fin|after the (end|contract))"
SERVICE_EXCLUSIVITY = re.compile(rf"\b{_SERVICE_ONLY}")
EXCLUSIVE_PURCHASE = re.compile(rf"(?s)^(?=.*\b{_EXCLUSIVE})(?=.*\b{_GOODS}\b)(?!.*\b{_SERVICE_ONLY})")
