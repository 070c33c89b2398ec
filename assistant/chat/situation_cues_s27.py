"""Cue families of the situations a story tells, twenty-seventh session (issue 15): the facts that put a question under
a body of law the answers had not reached, by family (folded text; `told_situations.SITUATIONS` joins them into
situations, `premises` gates the cards on them).

- a price that was never agreed before the work (C. civ. 1165);
- public contracts seen from the holder: a renewal the holder wants to refuse (CCP R2112-4), a service order received
  (CCAG), a court or an arbitrator named for a dispute (CCP L6);
- the provider's staff at the client: an injury there (CSS L411-1, L454-1), the host firm's safety duties (C. trav.
  R4511-5, R4512-6);
- money handed over to buy something for the payer and never used so (C. pén. 314-1);
- an employer making its own employee pay for a mistake (C. trav. L1331-2);
- data protection by design named (GDPR art. 25);
- force majeure named with its proof asked (C. civ. 1218, 1353);
- private individuals as customers (C. consom. L215-1, L221-18).
"""

from __future__ import annotations

import re

# -- a price never agreed before the work ---------------------------------------------------------------------------------
# s28: one cue family for the premise and the ask (s27-casc and s27-ans had each written one, under one name, and the
# cascade read only the second): a price, a rate, a quote absent or never agreed, set or given; a price revision, an
# increase or an indexation clause that the contract lacks is another subject (the price clause's)
# a word of the gap that makes the absent thing a revision or a clause ("pas de clause de révision des prix")
# or says the price was given but not signed ("n'a jamais signé le devis": a quote given, its acceptance asked, arts 1113-1120)
_NOT_REVISION = r"(?!(revis|indexation|index|hausse|augment|clause|increase|rise|review|adjust|sign|accept|valid|retourn|approuv))"
_PRICE_WORD = r"(prix|tarifs?|taux|estimations?|chiffrages?|grilles? tarifaires?|montants?)"
PRICE_NOT_AGREED = re.compile(
    r"\b("
    # French: a price absent ("sans devis", "aucun tarif n'avait été convenu", "sans qu'on ait convenu d'un tarif")
    rf"(aucun|aucune|pas de|pas d'|sans|jamais( eu)? de|jamais|ni)( {_NOT_REVISION}[\w']+){{0,4}} {_PRICE_WORD}\b"
    r"(?! (de (la )?revision|d'indexation|revis\w*|augment\w*|hausses?))|(sans|pas de|aucun|jamais( eu)? de|ni) devis|"
    r"rien (n'est |n'a ete |n'etait |de )?(prevu |convenu |fixe |dit |signe )?(au contrat |dans le contrat )?(sur|pour|concernant|"
    r"quant au|du|de) (le |les |la )?(prix|tarifs?|taux|cout|montant)|"
    # ... or never agreed ("le tarif n'avait jamais été discuté")
    r"(prix|tarifs?|taux|montant)s?( \w+){0,3} (n.a|n.avait|n.ont|n.avaient)? ?(jamais|pas|non) (ete )?(convenu|fixe|defini|prevu|"
    r"discute|annonce|donne|accepte|negocie|valide)\w*|"
    r"sans (parler|discuter) (d.argent|de prix|du prix|de tarif|du tarif)|"
    # s28: ... or no one agreed on it ("sans qu'on se soit mis d'accord sur un montant", "personne n'a parlé de prix")
    r"(sans|jamais|pas|personne)( [\w']+){0,4} (d'accord|convenu|entendu|parle|discute)\w* (sur|de|d'|du|le|la|un|une)( \w+){0,2} ?"
    r"(prix|tarifs?|montants?|couts?)|"
    r"(sans|jamais) (\w+ ){0,3}(donn|annonc|indiqu|communiqu)\w* (de |le |un |aucun )?(prix|tarif|devis)|"
    # ... or set by one side afterwards
    r"fix\w* (le|notre|son|leur) (prix|tarif) (nous-memes|nous memes|lui-meme|elle-meme|eux-memes|seul\w*|apres coup|a posteriori)|"
    # English: no price, quote or rate ("no quote at all", "no rate was ever agreed"), not a price revision missing
    r"no (quote|price|estimate|rate|rate card|tariff)s?\b(?! (increase|rise|revision|review|change|indexation|adjustment|clause))|"
    r"(no|never|without( a| any)?|not)( [\w']+){0,4} (price|rate|fee|rate card|amount|tariff)s?( \w+){0,3} (agreed|set|fixed|"
    r"stated|discussed|specified|quoted|given|mentioned)|"
    r"without (a |any )?(quote|price|estimate)|(price|rate|amount) (was |had been )?(never|not) (agreed|discussed|given|quoted|set|"
    r"mentioned)|never (gave|quoted|told) (us |them |him )?(a |the |any )?(price|rate|quote)|"
    r"without (talking|discussing|agreeing( on)?) (money|price|the price|a price|rates?)|"
    r"(nobody|no one|noone|never) (\w+ ){0,2}(mentioned|gave|quoted|agreed|discussed|talked about|said) (on )?(a |the |any )?"
    r"(price|rate|quote|cost|figure)s?|"
    r"without (\w+ ){0,2}(giving|quoting|telling|stating)( us| them| him)? (a |the |any )?(price|quote|rate)|"
    r"says nothing (about|on) (the )?(price|rates?|cost|fees?)|(never|not) agreed (on )?(a |an |any |the )?(price|rate|hourly rate|fee)|"
    r"(set|pick|choose|fix)\w* (the |our |his |its |their )?(own )?price (ourselves|himself|itself|themselves|afterwards|"
    r"after the fact|like that)"
    r")")

# -- public contracts, from the holder's side -----------------------------------------------------------------------------
RENEWAL = re.compile(r"\b(reconduction\w*|reconduit\w*|reconduire|renouvel\w*|repartir pour|renew\w*|roll\w* over|extension)\b")
# the holder declining it: "refuser la reconduction de notre côté", "ne pas repartir pour une année", "decline the renewal"
HOLDER_DECLINES = re.compile(
    r"\b(refus\w*|s.y opposer|s.opposer|ne pas (la |le )?(reconduire|renouveler|repartir)|ne plus (continuer|poursuivre)|"
    r"sortir|arreter|en rester la|decline\w*|refuse\w*|not (to )?(renew|continue|go on)|opt out|stop (there|after)|walk away|"
    r"get out|object to)\b")
ENDLESS = re.compile(r"\b(sans (fin|limite)|depuis \d+ ans|indefinitely|endless\w*|for (years|\d+ years) now|since \d{4})\b")
SERVICE_ORDER = re.compile(r"\b(ordres? de service|service orders?)\b")
COURT = re.compile(
    r"\b(tribunal|tribunaux|juges?|juridictions?|competen\w*|arbitr\w*|assign\w*|saisi\w*|proces|contentieux|courts?|judges?|"
    r"jurisdiction\w*|sue|suing|take (them|it|him) to)\b")
# challenging the award of a tender is the award card's (référé précontractuel)
# the court asked for: which one, a clause choosing one, arbitration
WHICH_COURT = re.compile(
    r"\b(quels? (tribunal|juges?|juridictions?)|devant (qui|quel\w*)|(on|nous) saisi\w* qui|competen\w*|clauses? (attributive|de "
    r"juridiction|d.arbitrage|compromissoire)|arbitr\w*|tribunal (de commerce|administratif|judiciaire)|which (court|judge)|"
    r"(what|which) jurisdiction|jurisdiction|commercial court|administrative court|where (do|can|should) we (sue|go)|who do we "
    r"(bring|take)|take (them|it|him) to)\b")
AWARD_CHALLENGED = re.compile(
    r"\b(attribution|attribue\w*|evince\w*|candidat\w*|offre (rejetee|ecartee|perdue)|refere precontractuel|award\w*|"
    r"(lost|losing) (the |a )?(tender|bid)|rejected (bid|offer|tender)|unsuccessful (bid|bidder|tender))\b")

# work never asked for is the card on unordered work's subject (C. civ. 1353), not the price's
NOT_ORDERED = re.compile(
    r"\b((jamais|pas|rien) (ete )?(commande|demande|sollicite)\w*|never (asked|ordered|requested|approved)|(didn.t|did not|"
    r"never) (ask|order|request)|not (ordered|requested|asked for))\b")

# -- the provider's staff at the client -----------------------------------------------------------------------------------
INJURY = re.compile(
    r"\b(bless\w*|accidents? du travail|accident de travail|(eu|fait) un accident|(a|an|had an|work) accident|fait une chute|"
    r"chute (d.une|d.un|de l.|de la|du|dans)|tombe\w* (d.une|d.un|de l.|de la|du|par terre|dans (l.|les) escaliers?)|glisse\w*|"
    r"electrocut\w*|(s.est|se) (coupe|casse|brule|ouvert|fait mal)\w*|casse (le|la|un|une|son|sa) (poignet|bras|jambe|cheville|"
    r"main|pied|dos)|(got|was|were|been|is) hurt|hurt (him|her|them)sel(f|ves)|injur\w*|fell (off|from|down|over|in|on)|falls? "
    r"(off|from)|slipped|cut (him|her|them)sel(f|ves)|broke (his|her|their) (wrist|arm|leg|ankle|hand|foot|back)|"
    r"burn(ed|t) (him|her)self|accident at work)\b")
SAFETY_DUTIES = re.compile(
    r"\b(plans? de prevention|prevention plans?|inspection commune|joint (site )?inspection|(obligations?|devoirs?) de "
    r"securite|securite (de|des) (ses|leurs|nos|intervenants|techniciens|salaries)|safety (duties|duty|obligations?|rules|"
    r"measures)|(keep|keeping) (\w+ ){0,2}(technicians|workers|staff|people|engineers) safe|consignes de securite|"
    r"health and safety|entreprises? exterieures?|outside (firm|company|contractor)s?'? (workers|staff|people)|"
    # s31: told plainly — "leur sécurité" (not that of data or of the network), "their safety", "keep them safe"
    r"(leur|sa) securite\b(?! (informatique|des donnees|du reseau|du systeme|des systemes|it|logique|numerique))|"
    r"their (physical )?safety|(keep|keeping) (them|him|her) safe)\b")

# the holder itself ending the contract (not the buyer terminating it, not a renewal declined)
HOLDER_ENDS = re.compile(
    r"\b((on|nous) (peut|peuvent|pouvons|pourrait|pourrions|voudrait|voudrions|veut|souhait\w*|a le droit de|avons le droit de)"
    r"( \w+){0,2} (resilier|mettre fin|sortir|rompre)|(resilier|mettre fin|sortir|rompre)( \w+){0,4} "
    r"(nous-memes|de notre cote|de notre propre chef|nous-meme)|(titulaire|prestataire)( \S+){0,4} (peut|peut-il|peuvent)( \S+){0,2} "
    r"(resilier|rompre|se degager|sortir)|se degager d.un marche|(can|could|may) we (\w+ ){0,2}(terminate|end|exit|get out|walk "
    r"away|quit)|(terminate|end) (it|the contract|the public contract) (ourselves|on our (side|own))|(can|may) the (provider|"
    r"contractor|holder) (\S+ ){0,5}(terminate|walk away|end|get out)|(contractor|holder) (get|walk) (out|away))\b")

# -- equipment damaged by the provider's staff during a job ------------------------------------------------------------------
EQUIPMENT_DAMAGED = re.compile(
    r"\b(endommag\w*|abim\w*|fait tomber|casse (notre|nos|le|la|les|un|une|l.)|degats? (cause\w*|sur|au)|detrui\w* (notre|nos|le|la|"
    r"un|une)|damag\w*|broke (our|the|a|their|his|its)|dropped (a|the|our|their)|smashed|destroyed (our|the|a))\b")

# work handed to a subcontractor is the subcontractor card's subject (the provider answers for it, C. civ. 1231-1)
SUBCONTRACTED = re.compile(r"\b(sous-trait\w*|subcontract\w*|sub-contract\w*)\b")

# -- the processor's own duties asked ------------------------------------------------------------------------------------
OWN_DUTIES_WORDS = (
    r"\b((bound|tenu\w*|soumis\w*|appl(y|ies|ique)\w*|impos\w*|put|oblig\w*)\S*( \S+){0,5} (directement|directly)|(directement|"
    r"directly) (tenu\w*|soumis\w*|bound|liable|applicable|subject|responsable)|en propre|obligations propres|propres "
    r"obligations|own (duties|obligations)|(duties|obligations) of (its|their) own|"
    r"independamment|regardless of|hors (du |de tout )?contrat|outside (the|any) contract|only through|(seulement|que) (via|par) "
    r"(le|notre|un) contrat|sans (contrat|dpa)( de sous-traitance| signe)?|with no (dpa|data processing agreement|contract)|"
    r"(only|solely) (our|the controller.s) (responsibility|problem)|(n.est|c.est) que (notre|la) responsabilite)\b")
# ... of the data protection law ("deal with that company directly" is no question on the GDPR)
GDPR_NAMED = (r"\b(rgpd|gdpr|cnil|donnees|data protection|personal data|processors?|sous-traitants?|dpa|responsables? (de|du) "
              r"traitement|controllers?)\b")
OWN_DUTIES = re.compile(rf"^(?=.*{GDPR_NAMED})(?=.*{OWN_DUTIES_WORDS})", re.S)

# -- money handed over to buy something and never used so -----------------------------------------------------------------
FUNDS_PAID = re.compile(
    r"\b(paye\w* d.avance|pay\w* d.avance|verse\w*|encaiss\w*|argent|somme|acompte|avance|prepa(id|y\w*)|paid|money|deposit|"
    r"funds|advance|"
    # s31: wired, transferred, paid up front, a sum in euros
    r"vire\w*|virement|wired|transferred|up ?front|\d[\d ,.]*\s?(euros?|eur|k)|eur ?\d)\b")
NOT_USED_AS_AGREED = re.compile(
    r"\b((jamais|rien|pas) (\w+ ){0,2}(achete\w*|commande\w*|souscri\w*|active\w*|livre\w*)|n.a rien commande|sans les acheter|"
    r"garde (l.argent|la somme|les fonds)|detourn\w*|never (\w+ ){0,2}(bought|ordered|activated|purchased|placed|taken out|"
    r"delivered)|were never (bought|activated|ordered|delivered)|(ordered|bought) nothing|kept the (money|funds|cash)|misus\w*|"
    r"divert\w*|pocket\w*|without buying|(ne l.a|ne les a|n.en a rien) (pas|jamais)? ?fait|never did|did not do it|didn.t do it|"
    # s31: nothing received — "on n'a jamais rien reçu", "toujours rien", "nothing has arrived"
    r"(jamais|rien) (\w+ ){0,2}recu\w*|toujours rien|nothing (has |have |ever )?(arrived|come|came|shown up|been delivered|"
    r"turned up)|never (arrived|came|turned up|showed up|received (anything|them|it))|received nothing|still nothing)\b")
# money kept says both at once ("a gardé l'argent des abonnements", "kept the money for the subscriptions")
MONEY_KEPT = r"\b(garde (l.argent|la somme|les fonds|l.acompte)|kept (the|our) (money|funds|cash|deposit))\b"
FUNDS_FOR_PURCHASE = re.compile(f"(?:{FUNDS_PAID.pattern}).*(?:{NOT_USED_AS_AGREED.pattern})|"
                                f"(?:{NOT_USED_AS_AGREED.pattern}).*(?:{FUNDS_PAID.pattern})|{MONEY_KEPT}")

# -- an employer making its own employee pay ------------------------------------------------------------------------------
OWN_EMPLOYEE = re.compile(
    r"\b(nos (techs?|techniciens?|salaries|admins?|ingenieurs|employes)|(un|une) de nos|notre (tech|technicien\w*|salarie\w*|admin\w*|"
    r"ingenieur\w*|employe\w*|stagiaire|alternant)|(un|une|le|la|ce|cette) (salarie\w*|technicien\w*|tech|admin\w*|employe\w*)|"
    r"our (techs?|technicians?|engineers?|employees?|staff|admins?|sysadmins?|junior|intern)|one of our|an? (employee|technician|"
    r"engineer|admin)|the (employee|technician|engineer|admin))\b")
CHARGED = re.compile(
    r"\b(faire payer|(lui|leur) (faire )?(rembourser|payer)|rembours\w* (par|le)|retenir|retenue\w*|dedui\w*|prelev\w*|amendes?|"
    r"sanctions? pecuniaires?|(sur|de) (son|sa|leur) (salaire|paie|paye)|payer une partie|responsabilite (financiere|pecuniaire)|"
    r"pay (it |us )?back|make (him|her|them) pay|deduct\w*|take (part of )?(it|that|the \w+) (out of|from)|dock\w*|"
    r"fine (him|her|them|an employee|employees|staff)|an? fines?|out of (his|her|their) (wages|pay|salary)|from (his|her|their) "
    r"(wages|pay|salary)|(through|on) (his|her|their) (pay|wages|salary)|financially liable|pay (part|some) of)\b")
# ... or the employee named as the one made to pay or fined ("make an employee pay", "fine an employee")
STAFF_MADE_TO_PAY = (r"\b(fin(e|ing)|mak(e|ing)) (an? |the |our |one of our )?(employee|technician|engineer|admin|staff|worker|tech)s?"
                     r"\b")
EMPLOYEE_CHARGED = re.compile(f"(?:{OWN_EMPLOYEE.pattern}).*(?:{CHARGED.pattern})|(?:{CHARGED.pattern}).*(?:{OWN_EMPLOYEE.pattern})|"
                              f"{STAFF_MADE_TO_PAY}")

# -- data protection by design ------------------------------------------------------------------------------------------
BY_DESIGN = re.compile(
    r"\b(privacy by (design|default)|data protection by (design|default)|protection des donnees (des la conception|par defaut)|"
    r"privacy-by-design|(article|art\.?) ?25\b|"
    # s31: told without the term — "building privacy into the design", "la protection des données dans la conception"
    r"(privacy|data protection|protection des donnees|vie privee|confidentialite)[^.?!]{0,40}\b(into|in|dans|de|des) (the |la |"
    r"sa |son |their |its )?(design|conception)\b|(design|conception) (\w+ ){0,3}(privacy|protection des donnees|vie privee))")

# -- force majeure and its proof ------------------------------------------------------------------------------------------
FORCE_MAJEURE = re.compile(r"\b(force majeure|cas fortuit|act of god)\b")
PROOF_ASKED = re.compile(
    r"\b(prouv\w*|preuves?|demontr\w*|justifi\w*|etabli\w*|charge de la preuve|prove\w*|proof|burden|show (it|that)|"
    r"demonstrat\w*|establish\w*)\b")

# -- private individuals as customers ---------------------------------------------------------------------------------------
CONSUMER = re.compile(
    r"\b(particuliers?|consommateurs?|consumers?|private (individuals?|customers?|clients?|persons?|people)|home (users?|"
    r"customers?|clients?)|individual customers?|non-professionnels?)\b")
WITHDRAWAL = re.compile(
    r"\b(retract\w*|annul\w*|renonc\w*|changer d.avis|withdraw\w*|cancel\w*|cooling[- ]off|change (his|her|their) mind)\b")
# a clause limiting or excluding liability, or changing the price alone ("excluent toute responsabilité", "cap our
# liability", "changer le prix quand on veut"), in terms offered to private customers
LIMITED_OR_CHANGED = re.compile(
    r"\b(exclu\w*|limit\w*|plafonn\w*|cap|caps|capped|clauses? (abusives?|interdites?|limitatives?)|unfair terms?|banned "
    r"clauses?|(chang|modifi)\w* (le|les|nos|leur) (prix|tarifs?)|change (the|our) (price|prices|fees?))\b")
