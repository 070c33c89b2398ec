"""Cue families of situations a question tells, thirty-fifth session, answer side (helper s35-kb, issue 15, stage (a)):
the subject each s35 card (`knowledge_base/cards/*_s35.yaml`) turns on, told in any words (folded text; read as ask cues
by `premises.ASK_CUES` and as told situations by `told_situations.SITUATIONS`).

- a salaried technician working on 1 May (C. trav. L3133-4 to L3133-6);
- how long camera footage may be kept, and the MSP asked to keep it longer (C. sécu. int. L252-5; GDPR 5(1)(e), 28(3));
- a client's name or logo shown as a reference (CPI L713-2, L122-4);
- a provider depending on one client that demands a price cut (C. com. L420-2, L442-1; C. civ. 1193, 1143);
- a clause forbidding negative reviews, and disparagement (C. com. L442-1 I 2°; C. civ. 1171, 1240; C. consom. L212-1);
- staff expected to stay reachable in the evening without an on-call rota, the right to disconnect (C. trav. L3121-9,
  L2242-17);
- a most-favoured-customer clause (C. civ. 1102; C. com. L442-1 I 2°, L420-1);
- remote-control sessions recorded by the provider of its own accord (GDPR 28(3)(a), 28(10)).
"""

from __future__ import annotations

import re

# -- 1 May -----------------------------------------------------------------------------------------------------------------
_MAY_DAY = (r"((1er|premier|1) mai|(1|1st) may|fete du travail|fete des travailleurs|(1st|first) (of )?may|may (1|1st|first)|may ?day|"
            r"labou?r day)")
_WORK = (r"(travail\w*|bosse\w*|bosser|interven\w*|techni\w*|techs?|salaries?|employes?|equipes?|ouvert\w*|ferie\w*|"
         r"chome\w*|majoration|majore\w*|paye\w*|payer|work\w*|staff|employees?|team|open|holiday|day off|pay|paid|"
         r"double|overtime|migration|astreinte|on-?call|shift|jobs?|schedul\w*|planifi\w*|on-?site|sur site)")
MAY_DAY_WORK = re.compile(rf"(?s)^(?=.*\b{_MAY_DAY}\b)(?=.*\b{_WORK}\b)")

# -- camera footage and how long it is kept --------------------------------------------------------------------------------
_CAMERA = (r"(cameras?|cams?|videosurveillance|video[- ]?surveillance|videoprotection|video[- ]?protection|cctv|nvr|dvr|"
           r"enregistreurs? (video|numeriques?)|video ?recorders?|security footage|camera footage|footage|"
           r"images (des|de la|de) (cameras?|video\w*))")
_KEEP = (r"(gard\w*|conserv\w*|stock\w*|archiv\w*|retention|retenir|retain\w*|keep\w*|kept|stor\w*|duree|combien de temps|"
         r"how long|mois|months?|semaines?|weeks?|jours|days|ans?|years?|effac\w*|delet\w*|ecras\w*|overwrit\w*|purg\w*)")
CCTV_RETENTION = re.compile(rf"(?s)^(?=.*\b{_CAMERA}\b)(?=.*\b{_KEEP}\b)")

# -- a client's name or logo as a reference ----------------------------------------------------------------------------
_LOGO = r"(logos?)"
_SHOWN = (r"((notre|nos|our) (\w+ )?(sites?|site web|website|web ?pages?|pages?|plaquettes?|brochures?|references?|"
          r"linkedin|slides?|presentations?|supports?|decks?|marketing|communication|publicit\w*|advert\w*|stands?)|"
          r"afficher|affiche\w*|mettre|mis|put|show\w*|display\w*|utilis\w*|use|using|publi\w*|showcase|vitrine)")
_REFERENCE = (r"(references? (clients?|commerciales?)|clients? references?|(customer|client) references?|"
              r"ils nous font confiance|they trust us|trusted by|nos clients nous font confiance|clause de reference|"
              r"reference clause|etudes? de cas|case stud(y|ies)|(citer|nommer|mentionner|name|cite|list|mention)\w* "
              r"(\w+ ){0,3}(comme|en|as (a|our))( \w+)? references?|(client|customer)'?s? (name|brand) on our|"
              r"(nom|marque) (d'un|de nos|du|de notre) clients? (sur|dans) (notre|nos))")
_NAMED_SHOWN = (r"(plaquettes?|brochures?|site web|website|notre site|our site|page|salon|trade fair|linkedin|"
                r"references?|marketing|publicit\w*|advert\w*)")
_FAKE = r"\b(fausses?|faux|fake|false|bogus|invent\w*|made-up) (\w+ )?references?"
CLIENT_REFERENCE_LOGO = re.compile(rf"(?s)^(?!.*{_FAKE})(?:.*\b{_REFERENCE}|(?=.*\b{_LOGO}\b)(?=.*\b(clients?|customers?|references?|msps?|"
                                   rf"prestataires?|presta|providers?|esn|fournisseurs?|suppliers?|vendors?)\b)"
                                   rf"(?=.*\b{_SHOWN}\b)|(?=.*\b(nom|name)\b.{{0,30}}\b(clients?|customers?)\b)"
                                   rf"(?=.*\b{_NAMED_SHOWN}\b)|(?=.*\b(clients?|customers?)'?s? (nom|name)\b)(?=.*\b{_NAMED_SHOWN}\b))")

# -- depending on one client that demands a price cut -------------------------------------------------------------------
_DEPENDENCE = (r"(dependance economique|economic(al|ally)? dependen\w*|dependent on (one|a single|this|that|our|the) "
               r"(client|customer)|depend\w* (economiquement|economically|entierement|totalement|fully|entirely)|"
               r"(on|nous) depend\w* (de|d') (ce|cet|un|notre) (seul |gros |principal )?client|dont (on|nous) depend\w*|"
               r"(clients?|customers?) (that |which |whom )?we (depend|rely) (heavily |entirely |completely )?(on|upon)|"
               r"we depend (heavily |entirely |completely )?on|on which we (depend|rely))")
_SHARE = (r"(\d{2} ?%|la moitie|half|majorite|most|l'essentiel|the bulk|trois quarts|three quarters) (de |of )?(notre |nos |"
          r"our |du |the )?(ca|c\.a\.|chiffre|revenue|turnover|business|sales|activit\w*|income)")
_CUT = (r"(baiss\w*|remise|rabais|reduc\w*|ristourne|diminu\w*|cut|discount|lower\w*|reduc\w*|slash\w*|decrease)")
_THREAT = (r"(sinon|ou (il|elle|ils) (part|partent|resilie\w*|arrete\w*|s'en va)|menac\w*|threat\w*|otherwise|or (else|it|he|"
           r"they) (leaves|walks|goes|will (leave|go|terminate|walk))|unless)")
_MID_CONTRACT = (r"(en cours de contrat|en plein contrat|pendant le contrat|en cours d'execution|mid-?contract|"
                 r"during the contract|in the middle of the contract|before the (contract|term) ends)")
_BIG_CLIENT = (r"((gros|principal|plus gros|premier|seul|unique|grand) client|(big|biggest|main|largest|major|key|"
               r"only|single|top) (client|customer))")
ECONOMIC_DEPENDENCE = re.compile(rf"(?s)\b{_DEPENDENCE}|^(?=.*\b{_BIG_CLIENT}\b)(?=.*\b{_CUT}\b)(?=.*\b{_THREAT})|^(?=.*\b{_SHARE}\b)(?=.*\b({_CUT}|{_THREAT})\b)|"
                                 rf"^(?=.*\b(clients?|customers?)\b)(?=.*\b{_CUT}\b)(?=.*\b{_MID_CONTRACT})"
                                 rf"(?=.*\b(prix|tarifs?|prices?|rates?|fees?|\d+ ?%)\b)")
# the party depended on is the provider (the client's side of duress at signature or renewal: another card, C. civ. 1143)
PROVIDER_DOMINANT = re.compile(r"\b(par|de|du|d'un|from|by|on|of) (notre |our |the |un |le |a |this |ce )?(msp|prestataire|"
                               r"provider|fournisseur|supplier|vendor|infogereur|esn|editeur|publisher|hebergeur|host)\b")

# -- a clause forbidding negative reviews, disparagement -----------------------------------------------------------------
_REVIEW = r"(avis|reviews?|commentaires?|comments?|notes?|ratings?|posts?|temoignages?|feedback)"
_NEGATIVE = (r"(negatifs?|negatives?|defavorables?|mauvais|mauvaises?|critiques?|bad|poor|negative|hostiles?|"
             r"1 etoile|une etoile|one-?star|1-?star)")
NEGATIVE_REVIEW = re.compile(
    rf"\b{_REVIEW}( \w+){{0,2}} {_NEGATIVE}\b|\b{_NEGATIVE}( \w+)? {_REVIEW}\b|\bdenigr\w*|\bdisparag\w*|\bbad-?mouth\w*|"
    rf"\b(critiqu\w*|criticis\w*|criticiz\w*|dire du mal|say anything bad|speak ill) (\w+ ){{0,3}}(en ligne|online|"
    rf"publiquement|publicly|sur (internet|google|les reseaux)|on (google|social media|the internet|linkedin))")

# -- staff expected to stay reachable in the evening, the right to disconnect --------------------------------------------
_REACHABLE = (r"(joignables?|injoignables?|reachable|unreachable|contactables?|disponibles?|dispos?|available|repond\w*|"
              r"answer\w*|decroch\w*|pick(ed|s)? up|telephones? allumes?|portables? allumes?|phones? (on|switched on)|"
              r"keep (their|his|her) phones?|garder (leur|son) (telephone|portable))")
_EVENING = (r"(soirs?|soirees?|evenings?|nuits?|nights?|apres (les |ses |leurs )?(heures|horaires|journee)|after (work|hours|"
            r"(their |his |her )?(working )?hours)|hors (des |de leurs |de ses )?(heures|horaires)|outside (of )?(their |his |"
            r"her )?(working |office |business )?hours|out of hours|week-?ends?|le dimanche|on sundays|en conges|on leave)")
_STAFF = (r"(techni\w*|techs?|salaries?|employes?|equipes?|ingenieurs?|collaborateurs?|staff|employees?|team|engineers?|"
          r"workers?|people|gars)")
REACHABLE_AFTER_HOURS = re.compile(
    rf"(?s)\b(droit a la deconnexion|right to disconnect|charte (de |du droit a la )?deconnexion|disconnection (charter|"
    rf"policy|right))|^(?=.*\b{_REACHABLE}\b)(?=.*\b{_EVENING}\b)(?=.*\b{_STAFF}\b)")
# the on-call duty named as what the staff do, not as what is missing ("sans astreinte", "without a formal on-call rota")
# nor as what the question asks the situation to be ("est-ce une astreinte ?"), the right to disconnect not named: the
# card on on-call pay answers it (C. trav. L3121-9)
_ON_CALL = r"(astreintes?|on-?call|on call)"
_ON_CALL_ABSENT = (rf"\b(sans|pas d'|pas de|aucune?|hors|without|no|not on|not an?|never|isn'?t|informal\w*|formal)\W+(\w+\W+){{0,2}}"
                   rf"{_ON_CALL}")
_ON_CALL_ASKED = (rf"\b(est-ce|c'est|is (that|it|this)|counts? as|compte comme|vaut|qualifi\w*|amounts? to)( \w+){{0,2}} "
                  rf"(une |an? )?{_ON_CALL}")
ON_CALL_DUTY_TOLD = re.compile(rf"(?s)^(?=.*\b{_ON_CALL}\b)(?!.*{_ON_CALL_ABSENT})(?!.*{_ON_CALL_ASKED})"
                               rf"(?!.*\b(droit a la deconnexion|right to disconnect|deconnexion|disconnect))")

# -- a most-favoured-customer clause -------------------------------------------------------------------------------------
MOST_FAVOURED = re.compile(
    r"\b(clients? (le )?plus favoris\w*|nation (la )?plus favoris\w*|most[- ]favou?red[- ](customer|client|nation)s?|"
    r"mfn|meilleurs? (prix|tarifs?) garantis?|garanti\w* (\w+ ){0,3}(notre |nos |le |les )?meilleurs? (prix|tarifs?|conditions)|"
    r"best[- ]price (guarantee|clause)|guarantee (\w+ ){0,3}(our |the )?(best|lowest) (price|rates?|terms)|price parity|"
    r"parite (tarifaire|de prix)|(memes|meilleurs?|meilleures) (tarifs|prix|conditions|remises) que (nos|les|tous nos) "
    r"autres clients|(same|best|better|lowest) (rates|prices|terms|price|discounts?) (as|than) (\w+ ){0,2}other (clients|"
    r"customers)|au moins (aussi (favorables|bas)|les memes (tarifs|prix|conditions)))\b")

# -- remote-control sessions recorded ------------------------------------------------------------------------------------
_RECORD = (r"(video\w*|film\w*|enregistr\w*|record\w*|screen ?captur\w*|captur\w* (d')?ecran|screen ?record\w*)")
_SESSION = (r"(sessions?|prises? en main|prises? de main|telemaintenance|teleassistance|tele-assistance|remote[- ]control\w*|"
            r"remote (support|access|sessions?|interventions?|assistance)|interventions? a distance|depannages? a distance|"
            r"acces a distance|controle a distance|assistance a distance|teamviewer|anydesk|splashtop|screenconnect|"
            r"bomgar|rustdesk)")
_CALLS_OR_LOGS = r"\b(appels?|calls?|telephon\w*|phone|hotline|logs?|journaux|journalisation|traces?)\b"
# keystrokes or periodic screenshots of staff are employee monitoring (C. trav. L1222-4, L1121-1): another card's
_STAFF_MONITORING = (r"\b(frappes?|keystrokes?|keylog\w*|captures? d'ecran|screenshots?|surveill\w*|monitor\w*|espionn\w*|"
                     r"spy\w*)\b")
SESSION_RECORDING = re.compile(rf"(?s)^(?!.*{_STAFF_MONITORING})(?=.*\b{_RECORD})(?=.*\b{_SESSION}\b)"
                               rf"(?!.*{_CALLS_OR_LOGS}(?!.*\b(video|film)))")


# -- survey (subjects no evaluation asked yet) -----------------------------------------------------------------------------
_STAFF_MEMBER = (r"(techni\w*|techs?|salaries?|employes?|ingenieurs?|collaborateurs?|itinerants?|cadres?|staff|employees?|"
                 r"engineers?|workers?|recrues?|embauch\w*|recrut\w*|hire[sd]?|hiring|cdi|cdd|contrat de travail|"
                 r"employment contract|manager)")
# the time a salaried technician spends travelling to client sites (C. trav. L3121-4)
_TRAVEL = (r"(temps de (trajet|deplacement|route|transport)|trajets?|deplacements?|heures de route|de route|sur la route|on the road|travel\w*|"
           r"commut\w*|journeys?|drive|driving|drives)")
_TRAVEL_PAY = (r"(temps de travail|travail effectif|working time|work(ing)? hours|paye\w*|payer|paie\w*|paid|pay|compt\w*|count\w*|"
               r"heures|hours|contrepartie|compensat\w*|droit a|entitled|remuner\w*|rembours\w*)")
_TRAVEL_BILLING = (r"\b(frais (de )?(deplacement|kilometriques?)|indemnites? kilometriques?|travel (expenses|costs)|mileage|"
                   r"factur\w* (les |le |des )?(deplacements?|trajets?)|bill\w* (for |the )?travel|gti|gtr|sla|delais? "
                   r"d'intervention|intervention times?|response times?)\b")
_CLIENT_SITE = (r"(sites? (du |d'un |des |de nos )?clients?|chez (le |un |les |nos |des )?clients?|entre deux (clients|sites)|"
                r"(client|customer)'?s? (site|premises)|between (two )?(clients|customers|sites)|domicile|home|usual commute|"
                r"trajet habituel)")
TRAVEL_TIME = re.compile(rf"(?s)^(?!.*{_TRAVEL_BILLING})(?=.*\b{_TRAVEL}\b)(?=.*\b({_STAFF_MEMBER}|{_CLIENT_SITE})\b)"
                         rf"(?=.*\b{_TRAVEL_PAY}\b)")

# the trial period of a newly hired employee (C. trav. L1221-19 ff.)
_PROBATION = r"(periodes? d'essai|periodes? d essai|fin (de la |d')?(periode d')?essai|probation\w*|trial periods?)"
_SOFTWARE_TRIAL = (r"\b(logiciels?|software|saas|licen[cs]\w*|abonnements?|subscriptions?|free trial|version d'essai|"
                   r"essai gratuit|pilote?s?|poc|proof of concept|infogerance|prestataires?|providers?|msps?|outsourcing|"
                   r"managed services?|the service|le service|offre)\b")
PROBATION = re.compile(rf"(?s)^(?=.*\b{_PROBATION}\b)(?=.*\b{_STAFF_MEMBER}\b)|^(?!.*{_SOFTWARE_TRIAL})(?=.*\b{_PROBATION}\b)")

# overtime of salaried staff (C. trav. L3121-27 ff.)
_OVERTIME = (r"(heures? sup\w*|heures? supplementaires?|overtime|extra hours|au-?dela (de|des) 35 ?h\w*|beyond 35 hours|"
             r"over 35 hours|plus de 35 ?h\w*|\d{2} ?h(eures)? (par|a la|/) semaine|\d{2} hours a week)")
# overtime as a head of loss or as extra work the provider bills is another card's (damages, unordered work)
_OVERTIME_ELSEWHERE = (r"\b(dommages?|prejudices?|loss|losses|damages?|pertes?|perdues?|lost|factur\w*|invoic\w*|devis|"
                       r"quotes?|bill\w*|ressaisi\w*|re-?enter\w*)\b")
OVERTIME = re.compile(rf"(?s)^(?!.*{_OVERTIME_ELSEWHERE})(?=.*\b{_OVERTIME})")
