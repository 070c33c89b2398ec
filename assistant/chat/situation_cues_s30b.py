"""Cue families of situations a question tells, thirtieth session, answer side (helper s30-ans2, issue 15): the subject
each s30b card (`knowledge_base/cards/*_s30b.yaml`) turns on, told in any words (folded text; read as ask cues by
`premises.ASK_CUES` and as told situations by `told_situations.SITUATIONS`).

- a security incident being analysed and the clients' information put off until the full picture is known (GDPR 33(2),
  33(4));
- a personal gift, trip or commission for a person at the client (or a prospect) to win or keep a contract (C. pén.
  445-1, 445-2);
- an entire agreement clause named ("clause d'intégralité", "whole agreement", "merger clause");
- the provider's own price set too low (a miscalculation, work at a loss) and an exit or annulment asked (C. civ. 1136,
  1195);
- GPS tracking of staff vehicles (C. trav. L1222-4, L2312-38, L1121-1);
- a signed order, quote or contract cancelled by the other side (C. civ. 1103, 1193, 1231-1);
- equipment the provider supplied that caught fire, exploded or was faulty and caused damage (C. civ. 1245, 1245-6);
- the provider changing its host, datacenter or backup provider and asking whether each client must agree (GDPR 28(2));
- work done on an oral request that the client now says it never ordered (C. civ. 1353, 1303; C. com. L110-3).
"""

from __future__ import annotations

import re

# -- a breach being analysed, the clients told only once all is known ----------------------------------------------------
_INCIDENT = (r"(intrusion\w*|incident\w*|pirat\w*|hack\w*|compromi\w*|ran[cs]ongiciel\w*|ransomware|cyber-?attaqu\w*|"
             r"attaqu\w*|attack\w*|fuite\w*|leak\w*|violation\w*|breach\w*|chiffre\w* par|encrypted|intru\w*|malware|"
             r"phishing|hameconnage)")
_WAIT = (r"(attend\w*|attendre|patient\w*|wait\w*|hold(ing)? off|holding back|delay\w*|retard\w*|diff[eé]r\w*|"
         r"put(ting)? off|tarder)")
_BEFORE_TELLING = (r"(avant de (les |leur |le |la |nous )?(prevenir|informer|avertir|alerter|dire|notifier|contacter|"
                   r"signaler|communiquer)|(bilan|analyse|diagnostic|enquete|investigation|audit|tableau) (complet|"
                   r"complete|definitif|finale?|termine\w*)|d'en savoir plus|de savoir (qui|quels|combien|ce qui)|"
                   r"before (we |you )?(tell\w*|inform\w*|notify\w*|warn\w*|alert\w*|report\w*|contact\w*)|until (we|you) "
                   r"(know|have|understand|finish|are sure)|until (forensics|the (investigation|analysis|forensics|audit))|"
                   r"full (picture|assessment|analysis|report)|(forensics|investigation) (is )?(done|finished|complete))")
BREACH_WAIT = re.compile(rf"(?s)^(?=.*\b{_INCIDENT})(?=.*\b{_WAIT})(?=.*\b{_BEFORE_TELLING})")

# -- a personal advantage to a person at the client to win a contract ------------------------------------------------------
_ADVANTAGE = (r"(cadeaux?|offrir|offert\w*|offre (un|une|a)|payer (un|une|le|la|a)|voyages?|week-?ends?|sejours?|vacances|"
              r"invitations?|enveloppes?|commissions? (perso|personnelle|occulte)|retro-?commissions?|pots?-de-vin|dessous de "
              r"table|bakchich|gifts?|gift cards?|trips?|holidays?|vacations?|weekends?|ski|kickbacks?|bribe\w*|"
              r"backhanders?|perks?|(personal|secret|private|hidden) (commissions?|payments?|cut)|cash|especes|(pay|paying|treat|treating|offer|offering|give|giving)( \w+){0,3} (for|to) (the|their|"
              r"our|a) (client|customer|buyer|it|cio|cto|manager|purchas\w*|procurement))")
_PERSON_AT_CLIENT = (r"(responsables? (informatique|it|achats?|technique|du client)|dsi|directeur (informatique|des achats|"
                     r"technique)|acheteurs?|decideurs?|it manager|cio|cto|buyer|purchasing (manager|officer)|procurement "
                     r"(manager|officer|lead)|decision[- ]makers?|(client|customer|prospect)'?s? (it|purchasing|procurement)"
                     r"( \w+)?|(du|d'un|chez le|chez un) (client|prospect)|(employees?|staff|managers?|persons?|people|someone|"
                     r"anyone) (of|at|working for) (the|a|our) (client|customer|prospect))")
_PERSONAL_OR_WIN = (r"(a titre (perso|personnel)|perso\b|personnel\w*|personal\w*|personally|pour (qu'il|qu'elle|decrocher|"
                    r"obtenir|gagner|remporter|garder|conserver|nous choisir|signer)|renouvel\w*|prolongation|to (win|get|"
                    r"secure|keep|land|close)|so (he|she|they) (picks?|chooses?|signs?|renews?)|renewal|the deal)")
PERSONAL_GIFT = re.compile(rf"(?s)^(?=.*\b{_ADVANTAGE})(?=.*\b{_PERSON_AT_CLIENT})(?=.*\b{_PERSONAL_OR_WIN})")

# -- an entire agreement clause named ---------------------------------------------------------------------------------------
ENTIRE_AGREEMENT = re.compile(
    r"\b(clauses? d'integralite|integralite (de l'accord|des accords|du contrat|des engagements)|entire[- ]agreement|"
    r"whole agreement|merger clauses?|integration clauses?|accord (complet|entier) (entre|des) (les )?parties|"
    r"(is|constitutes|contains|represents) the (entire|whole|complete) agreement)\b")

# -- the provider's own price set too low ----------------------------------------------------------------------------------
_PRICED_LOW = (r"(plant\w* (dans|sur) (nos|notre|les|le|mes) (calculs?|chiffrage|prix|devis)|mal (chiffre|calcule|evalue|"
               r"estime)\w*|sous-?(evalu|estim|cot|chiffr)\w*|erreur (de|dans|sur) (le |la |notre |nos )?(prix|calculs?|"
               r"chiffrage|valeur|devis|tarif)|prix (trop bas|sous-evalue)|(travaill\w*|vend\w*|on est) a perte|perd\w* de "
               r"l'argent|underpric\w*|under-?quot\w*|under-?bid\w*|mispric\w*|miscalculat\w*|(priced|quoted|bid)( \w+){0,3} too "
               r"low|los(e|es|ing) money|at a loss|got (our|the|my) (numbers|pricing|maths?|calculations?|quote) wrong|"
               r"(mistake|error) (in|on) (our|the) (pricing|price|quote|calculation\w*)|pricing (error|mistake)|"
               r"(price|fee|rate) (is|was) too low|underestimat\w*|sous-estim\w*)")
_EXIT_OR_ANNUL = (r"(annul\w*|nullite|erreur|sortir|sortie|resili\w*|renegoci\w*|revoir le prix|augmenter|rompre|arreter|"
                  r"annul\w*|void|mistake|get out|exit|terminat\w*|renegotiat\w*|raise|increase|rescind\w*|cancel\w*|"
                  r"walk away|back out|revoir (le |la |notre )?(prix|tarif)|review (the |our )?(fee|price))")
OWN_PRICE_TOO_LOW = re.compile(rf"(?s)^(?=.*\b{_PRICED_LOW})(?=.*\b{_EXIT_OR_ANNUL})")

# -- GPS tracking of staff vehicles ---------------------------------------------------------------------------------------
_TRACKING = (r"(gps|geoloc\w*|geo-?loc\w*|balises?|traceurs?|trackers?|tracking|telematics?|telematique|localis\w*|"
             r"geofenc\w*)")
_VEHICLE_OR_STAFF = (r"(vehicules?|voitures?|camionnettes?|utilitaires?|camions?|fourgons?|flottes?|vans?|cars?|trucks?|"
                     r"fleet|techs?|techniciens?|salaries|employes|itinerants?|engineers?|technicians?|drivers?|field "
                     r"(staff|workers?|engineers?|techs?))")
_NOT_TRANSFER = r"(transfer\w*|hors (de l')?ue|outside the (eu|union)|in the us|aux etats-unis|cloud act)"
STAFF_GEOLOCATION = re.compile(rf"(?s)^(?=.*\b{_TRACKING})(?=.*\b{_VEHICLE_OR_STAFF})(?!.*\b{_NOT_TRANSFER})")

# -- a signed order cancelled --------------------------------------------------------------------------------------------
_SIGNED = (r"(sign\w*|accept\w*|valid\w*|bon de commande|purchase order|commande ferme|order form|bon pour accord|"
           r"countersign\w*)")
_CANCELLED = (r"(annul\w*|retract\w*|revien\w* sur|desist\w*|renonc\w*|ne veut plus|n'en veut plus|cancel\w*|back(ed|s|ing)? "
              r"out|pull(ed|s|ing)? out|withdr(aw|ew|awn|awing)|changed (his|her|their|its) mind|chang\w* d'avis|"
              r"no longer wants?|(go|goes|went|going) back on)")
_THEN = (r"(apres|plus tard|ensuite|puis|avant (le )?(demarrage|debut|lancement|kick-?off)|later|after|afterwards|then|"
         r"before (the )?(start|kick-?off|launch|work (began|started)|we started)|before (the )?(project|work|service|job) "
         r"(start\w*|began|begins))")
SIGNED_ORDER_CANCELLED = re.compile(rf"(?s)^(?=.*\b{_SIGNED})(?=.*\b{_CANCELLED})(?=.*\b{_THEN})")

# -- equipment supplied that caused damage -------------------------------------------------------------------------------
_DEVICE = (r"(onduleurs?|ups|batteries?|battery|alimentations?|power suppl\w*|chargeurs?|chargers?|serveurs?|servers?|"
           r"switch(es)?|routeurs?|routers?|nas|baies?|equipements?|equipment|materiel|appareils?|devices?|hardware|"
           r"produits?|products?|ecrans?|screens?|imprimantes?|printers?|climatiseurs?|air[- ]con\w*|pcs?|laptops?|"
           r"portables?)")
_HARMED = (r"(pris feu|prend feu|incendie\w*|feu|brul\w*|explos\w*|court-?circuit\w*|fondu|surchauff\w*|defectu\w*|"
           r"vice\w*|caught fire|catch\w* fire|on fire|fire|burn\w*|burnt|explod\w*|short[- ]circuit\w*|melt\w*|"
           r"overheat\w*|faulty|defective|defect\w*)")
_DAMAGE_OR_WHO = (r"(abim\w*|endommag\w*|detrui\w*|degat\w*|dommages?|sinistre|damag\w*|destroy\w*|ruin\w*|qui paie|qui "
                  r"paye|qui est responsable|responsables?|fabricant|constructeur|producteur|who pays|who is (liable|"
                  r"responsible)|liable|manufacturer|maker|producer|indemnis\w*|grill\w*|fried|compensat\w*)")
_SUPPLIED = (r"(fourni\w*|livre\w*|vendu\w*|install\w*|pose\w*|supplied|sold|delivered|installed|provided|we (sell|supply))")
SUPPLIED_PRODUCT_DAMAGE = re.compile(
    rf"(?s)^(?=.*\b{_DEVICE}\b)(?=.*\b{_HARMED})(?=.*\b{_DAMAGE_OR_WHO})(?=.*\b{_SUPPLIED})")

# -- the provider changing its host or backup provider, each client's consent asked ----------------------------------------
_CHANGE = (r"(chang\w*|remplac\w*|migr\w*|passe\w*|bascul\w*|demenag\w*|nouvel? |nouveau|nouvelle|autre |switch\w*|mov\w*|replac\w*|new "
           r"|another |utilis\w*|ajout\w*|recour\w*|adopt\w*|use|using|start using|add|adding|bring\w* in|onboard\w*)")
_HOST = (r"(hebergeurs?|hebergement|datacenters?|data ?centers?|data ?centres?|centres? de donnees|cloud|hosting|hosts?|"
         r"prestataires? de sauvegarde|sauvegardes?|backups?|backup (provider|vendor)|sous-traitants? ulterieurs?|"
         r"sub-?processors?|fournisseurs? (cloud|d'hebergement)|outils?|tools?|saas|rmm|logiciels?|software|plateformes?|"
         r"platforms?)")
_EACH_CLIENT_AGREES = (r"((accord|consentement|autorisation|approbation|feu vert|validation|signature)( \w+){0,2} (de |d'|a )?"
                       r"(chaque client|(tous (nos|les)|nos|l'ensemble de nos) clients)|(chaque|tous (nos|les)|nos) clients?( \w+){0,3} "
                       r"(doi\w*|doiv\w*)(-\w+)? (accepter|signer|donner|valider|approuver)|(demander|obtenir)( \w+){0,2} "
                       r"(l'accord|l'autorisation|le consentement)( \w+){0,2} (a |de )?(chaque client|(tous (nos|les)|nos) clients)|"
                       r"(every|each|all (of )?(our|the)|our) (clients?|customers?)'?s?( \w+){0,2} (written )?(consent|"
                       r"approval|authori[sz]ation|permission|sign-?off|agreement|ok)|(each|every|all (our|the)|our) "
                       r"(clients?|customers?)( \w+){0,2} (sign\w*|approve|agree\w*|consent)|(approval|consent|permission) "
                       r"(of|from) (each|every|all|our) (clients?|customers?))")
HOST_CHANGE_CONSENT = re.compile(rf"(?s)^(?=.*\b{_CHANGE})(?=.*\b{_HOST})(?=.*{_EACH_CLIENT_AGREES})")

# -- work done on an oral request, the order denied ------------------------------------------------------------------------
_ORAL = (r"(verbal\w*|oral (request|order)|demande orale|par telephone|au telephone|au tel|oralement|a l'oral|de vive voix|verbalement|sans ecrit|sans bon de commande|"
         r"sans devis|by phone|over the phone|on the phone|phoned|verbally|orally|by word of mouth|on a call|in person|"
         r"nothing in writing)")
_DENIED = (r"(jamais (rien )?commande|pas commande|rien commande|personne (n'a|ne l'a) commande|contest\w*"
           r"|nie\w*|refuse\w* de (payer|regler)|ne veut pas (payer|regler)|never ordered|didn'?t order|did not order|nobody "
           r"ordered|no one ordered|denies|denied|deny|disput\w*|won'?t pay|refus\w* to pay|not paying)")
ORAL_WORK_DENIED = re.compile(rf"(?s)^(?=.*{_ORAL})(?=.*\b{_DENIED})")
