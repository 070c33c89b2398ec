"""The situations a reviewed card may presuppose (issue 15: never state a fact the user did not give).

A card declares, in its `premise:` list, the situation its verdict assumes ("our client is in insolvency proceedings",
"the provider hosts health data"); the card answers a question only when the question states that situation, in any
of the ways people say it. The cue families of the premises read here; three more premises are read in
`chat.cards` with the cues that already served them (a public buyer, a contract made before the 2016 reform or renewed
since, a transfer outside the EU).
"""

from __future__ import annotations

import re

from assistant.chat import situation_cues as s26
from assistant.chat import situation_cues_s27 as s27
from assistant.chat import situation_cues_s28 as s28
from assistant.chat import situation_cues_s29 as s29
from assistant.chat import situation_cues_s30a as s30a
from assistant.chat import situation_cues_s30b as s30b
from assistant.chat import situation_cues_s31b as s31b
from assistant.chat import situation_cues_s33 as s33
from assistant.chat import situation_cues_s33lead as s33lead
from assistant.chat import situation_cues_s34 as s34
from assistant.chat import situation_cues_s35 as s35
from assistant.chat import situation_cues_s36 as s36
from assistant.chat import situation_cues_s36ans as s36a
from assistant.chat import situation_cues_s37kb as s37kb
from assistant.chat.situation_cues import HELD_UNTIL_SIGNED

PREMISE_CUES: dict[str, re.Pattern] = {
    # s18: a clause excluding liability, or calling a loss indirect to the same end: a card on such a clause answers a
    # story of lost data only when the story tells of that clause ("the host lost our backups, who answers?" is no question
    # on an exclusion)
    "liability_excluded": re.compile(
        r"\b(exclu\w*|ecart\w*|limit\w*)( [\w']+){0,3} (de |d'|la |sa |leur |toute |any |all |its |their )?(responsabilite|liabilit\w*)|"
        r"aucune responsabilite|(jamais|en aucun cas|pas|nullement) (tenue? )?responsable|ne (repond|repondra) (jamais|pas|en rien)|"
        r"(not|never|in no event|under no circumstances)( \w+){0,2} (be )?(held )?(liable|responsible)|no liability|"
        r"exclu\w* (la |les |toute |any |all |the )?(data )?(perte|pertes|loss|losses)|clauses? limitatives?|limitation (clause|of liability)|"
        r"(excluded|exclusion of) (certain |some )?(heads of loss|consequential loss)|heads of loss|consequential loss|"
        r"exclusion de (certains )?prejudices|prejudices? exclus|"
        r"exclu\w* (toute |tout |any |all )?(indemnisation|indemnite|compensation|remboursement|reparation|claims?)|"
        r"(never|not) (its|their|our) (problem|fault|responsibility)|(jamais|pas) (son|leur) (probleme|affaire)|"
        r"(dommages?|prejudices?) indirects?|indirect (damage|loss)\w*|"
        # s26: giving up every claim is an exclusion by another name ("renonce à tout recours", "waive all claims",
        # "ne pourra jamais nous attaquer", "s'exonère de toute responsabilité")
        r"renonc\w* a (tout|tous|toute|toutes|aucun) (les )?(recours|reclamations?|actions?|poursuites?)|renonciation (a|aux) (tout )?recours|"
        r"waiv\w* (any|all|every) (claims?|recourse|rights? (of action|to sue))|(gives?|giving) up (any|all|every) claims?|"
        r"(ne pourra|ne pourront|ne puisse|ne peut) (jamais|plus|pas) (nous |le |les |l')?(attaquer|poursuivre)|"
        r"can never sue|never (be able to )?sue|exoner\w* de (toute|sa|leur) responsabilite|"
        r"excludes? all liability|exclu\w* (toute|tout) (sa |leur )?responsabilite"),
    # court proceedings opened against a party: safeguard, receivership, liquidation, bankruptcy (the French names and
    # the English ones, formal and casual); a client who merely stopped paying is not one
    "insolvency": re.compile(
        r"\b(redressement( judiciaire)?|liquidation( judiciaire)?|(procedure|plan) de sauvegarde|sauvegarde (judiciaire|"
        r"acceleree|ouverte)|procedures? collectives?|en sauvegarde|mandataire judiciaire|administrateur judiciaire|"
        r"liquidateur|juge[- ]commissaire|depot de bilan|depose (le|son) bilan|deposer le bilan|cessation des paiements|"
        r"faillite|failli|receivership|receiver|insolven\w*|bankrupt\w*|administration (proceedings|order)|"
        r"(went|gone|going|goes|placed|entered|put|puts) (them |it )?(into )?administration|administrators?|chapter (7|11)|"
        # s32: lay words of a company that failed ("goes bust", "went belly up", "went under", a court-appointed person)
        r"(gone|went|going|goes|go) (bust|under|belly[- ]up)|belly[- ]up|court[- ]appointed|"
        r"wound up|winding[- ]up|safeguard (proceedings?|procedures?|plan)|liquidat\w*|bodacc|en (rj|lj))\b"),
    # health data: patients' records, a practice of care, the HDS certification
    "health_data": re.compile(
        r"\b(donnees de sante|donnees (medicales|patients?)|dossiers? (medica\w*|patients?|de sante|de soins)|patients?|"
        r"health( data| records?| information)?|medical|medica\w*|clinic\w*|clinique|cabinet (medical|dentaire|de kine\w*|"
        r"de radiologie)|hopita\w*|hospital\w*|hds|medecins?|doctors?|pharmac\w*|laboratoires? d'analyses|ehpad|"
        r"dentist\w*|dentaire|kine\w*|radiolog\w*|soins|care home|nursing home|praticiens?|sante|healthcare|"
        r"infirmi\w*|nurses?|therapist\w*|psycholog\w*|veterinar\w*)\b"),
    # s26: the card on a clause shortening the time to sue answers a question that names a time or a period; "le client
    # renonce à tout recours en cas de cyberattaque" gives up the claim itself, with no time in it (an exclusion)
    "time_limit_named": re.compile(
        r"\b(delais?|prescri\w*|forclo\w*|time[- ]?bar\w*|time to (sue|bring|claim|act)|time limits?|limitation periods?|deadlines?|statute of limitations|"
        r"au bout d[e']|dans (les |l'|un |une |le )?(\d+|un|une|deux|trois|six|douze|quelques)|passe (ce|le) delai|"
        r"within|after (a|an|one|two|three|six|twelve|a few|\d+)|"
        r"(\d+|un|une|deux|trois|quatre|six|douze|quelques|one|two|three|four|six|twelve|a few|a|an) "
        r"(ans?|annees?|mois|semaines?|jours?|years?|months?|weeks?|days?)|l'annee|a year|cinq ans|five years)\b"),
    # s27: money paid before the service is given ("régler d'avance deux ans", "prepay 36 months", "upfront"): the card on a
    # prepaid multi-year commitment answers only that; a question on software licences alone is the licence cards'
    "paid_in_advance": re.compile(
        r"\b(prepaie\w*|prepaye\w*|prepaiement\w*|pre-?pa(id|y|ying|yment)s?|advance payments?|(paiement|reglement|versement)s? "
        r"(anticipe|d'avance|a l'avance)|(pay\w*|pai\w*|paye\w*|regl\w*|vers\w*|factur\w*|bill\w*|charg\w*|invoic\w*|settl\w*)\b"
        r"[^.?!;]{0,40}(d'avance|a l'avance|par avance|\bup[- ]?front|\bin advance|\ben une (seule )?fois|\bin one go|"
        r"\bin a single payment|\bas a lump sum)|(upfront|up-front|up front)( \w+){0,2} (paiement|payment|fee|cost|price)s?)\b"),
    # s27: a given opportunity lost through the failure (a tender, a deal, a prospective customer, a deadline that mattered):
    # the card on a loss of a chance answers that story; "is lost turnover direct or indirect?" names none
    "opportunity_missed": re.compile(
        r"\b((manqu\w*|rate\w*|rater|perd\w*|loup\w*|pas pu (signer|repondre|deposer)|miss\w*|lost|lose|losing|cost us|"
        r"could not (sign|bid|submit)|couldn'?t (sign|bid|submit))\b[^.?!;]{0,40}\b(marches?|appels? d'offres?|(?<!chiffre d')affaires?|"
        r"contrats?|clients?|prospects?|echeances?|(date de )?depot|tenders?|bids?|deals?|contracts?|customers?|business|"
        r"deadlines?)|pertes? d'(un|une) (contrat|marche|affaire|client)|(affaires?|business|deals?|contrats?|contracts?)( \w+)? "
        r"(qu'on|que nous|we|that we)( [\w']+){0,3} (pas pu|could not|couldn'?t|did not|didn'?t) (signer|sign|win|remporter|conclure)|"
        r"clients? potentiels?|echeances? importantes?|opportunit\w*|pertes? de chance|prospective (customers?|clients?)|"
        r"important deadlines?|loss of (a )?chance|(customer|client|big|large|major|important|key) orders?\b[^.?!;]{0,60}\b(lost|missed|"
        r"cancel\w*)|(lost|missed) (a|an|the|our|one|that)( \w+){0,2} orders?|commandes? (importante|client)\w*[^.?!;]{0,60}"
        r"(perdu|annul|rate)|(perdu|rate|manque) (une|la|notre)( \w+){0,2} commande)\b"),
    # s27: a service given with no price agreed beforehand ("sans qu'on ait convenu d'un tarif", "no rate was ever agreed",
    # "rien sur le prix"): the rule for a price set by the provider of a service (C. civ. 1165), not a price clause's;
    # s28: one cue family with the ask cue of the same name (situation_cues_s27.PRICE_NOT_AGREED)
    "price_not_agreed": s27.PRICE_NOT_AGREED,
}


# s37 (situation_cues_s37kb.py): the ask cues of the s37 cards, each also excluded where its cue does not read the question
S37KB_CUES: dict[str, re.Pattern] = {
    "started_increment_named": s37kb.STARTED_INCREMENT,
    "incident_found_told": s37kb.INCIDENT_FOUND,
    "non_solicitation_third_parties": s37kb.NON_SOLICITATION_THIRD_PARTIES,
    "hired_without_clause": s37kb.NO_CLAUSE_HIRE,
    "used_licences_named": s37kb.USED_LICENCES,
    "predecessor_takeover_told": s37kb.PREDECESSOR_TAKEOVER,
    "bank_details_fraud_told": s37kb.BANK_DETAILS_FRAUD,
}


# s19: what a question must say for a card on the means of an act to be its answer (not situations the verdict assumes,
# hence not in the audit of undeclared premises): the card on ending the contract oneself by a letter answers a question
# that names the letter, the notification, the judge left out or the party acting alone ("le client peut-il mettre fin au
# contrat tout de suite ?" asks about formal notice and timing, another card's); the card on the language of a contract
# answers a question that names a language; the card on retention of title, one that names ownership, taking goods back
# or goods still unpaid ("our client went into receivership owing us fees" is no question on title)
ASK_CUES: dict[str, re.Pattern] = {
    "own_notification": re.compile(
        r"\b(lettres?|courriers?|recommandee?s?|e?-?mails?|notifi\w*|notify\w*|letters?|write to|writing|written|ecrire|"
        r"par ecrit|juges?|judges?|tribuna\w*|courts?|justice|de (notre|mon|son|leur) propre chef|on (our|my|its|their) "
        r"own|ourselves|myself|nous-memes?|moi-meme|tout seuls?|unilateral\w*)\b"),
    "language_named": re.compile(
        r"\b(langues?|languages?|anglais|english|francais|french|traduction\w*|translat\w*|toubon|94-665|bilingu\w*)\b"
        r"(?<!\bfrench)(?<!\bfrancais)|\b(en|in) (francais|french|anglais|english)\b|\b(version|texte|text) (francaise|"
        r"anglaise|french|english)\b|\bfrench (version|text|translation)\b"),
    "title_retained": re.compile(
        r"\b(reserve de propriete|retention[- ]of[- ]title|title|propriet\w*|property|owner\w*|owns?|appartien\w*|"
        r"belong\w*|reprendre|recuperer|revendiqu\w*|take (it |them |\w+ )?back|get (it |them |the \w+ )?back|recover\w*|"
        r"reclaim\w*|repossess\w*|impaye\w*|unpaid|pas encore (paye|regle)\w*|not yet paid|tant qu'on ne l'a pas paye|"
        r"until (it is |we )?(fully )?paid|until (we|they|the client) pay\w*|jusqu'au paiement|jusqu'a ce qu'(on|nous|il|le client) "
        r"(paie|paye|regle|ait paye)|haven'?t (yet )?paid|have not (yet )?paid|not paid (for )?yet)\b"),
    # s19 (index tier after the breadth cards): the card on fraud at signature answers a story that tells a lie, a false
    # claim or a fact hidden on purpose; a provider that merely kept quiet on something it knew is the pre-contractual
    # duty to inform (art. 1112-1), another card's
    "deceit_told": re.compile(
        r"\b(menti\w*|ment(ait|aient)?|mensong\w*|faux|fausses?|pretend\w*|trompe\w*|tromper\w*|dol|dolosi\w*|"
        r"manoeuvres?|volontairement|sciemment|intentionnellement|fraud\w*|lied|lies|lying|liar|false\w*|"
        r"misrepresent\w*|misled|mislead\w*|deceiv\w*|deceit\w*|swore|sworn|on purpose|deliberately|knowingly|"
        r"fake\w*|bogus|"
        # s20: a claim made that was untrue and known to be ("the report never existed and their CEO knew it", "il le savait")
        r"(they|he|she|it|the \w+) knew( it| that| all along)?|(le|la) savai(t|ent)|savai(t|ent) (que|tres bien)|"
        r"never existed|did not exist|didn'?t exist|n'(a|avait) jamais existe|n'existai(t|ent) pas|"
        # ... or asks to undo the contract for what was hidden ("…ne l'a pas dit, le contrat est-il valable ?")
        r"annul\w*|nullit\w*|faire tomber|undo|void\w*|rescind\w*|rescission|valable|valid|vices? du consentement|"
        r"vices? of consent)\b"),
    # the card on who owns what staff or a freelancer wrote answers a question that names who wrote it
    "authors_named": re.compile(
        r"\b(salarie\w*|employe\w*|employee\w*|staff|freelance\w*|free-lance\w*|independant\w*|contractors?|"
        r"sous-traitants?|subcontractors?|stagiaires?|interns?|alternants?|auto-?entrepreneur\w*|"
        r"micro-?entrepreneur\w*|consultants?|developpeurs?|developers?|nos techniciens|our (techs?|technicians|"
        r"engineers))\b"),
    # the card on staff data and consent answers a question on consent or the legal basis
    "basis_asked": re.compile(
        r"\b(consent\w*|base (legale|juridique)|legal basis|lawful basis|fondement|(article|art\.?) ?6\b|"
        r"interet legitime|legitimate interest|autoris\w*|accord (des|de nos|de leurs) (salaries|employes)|"
        r"s'y opposer|s'opposer|oppos\w*|objects?|objection|refus\w*)"),
    # s20: the card on a controller sued for its processor's failure answers a question that puts the blame on the provider
    # or tells the user being the one sued ("on peut pas juste dire que c'est la faute du presta ?", "a customer is suing
    # US"); "can the victims sue the processor directly?" is the card on a claim against the processor
    "blame_on_provider": re.compile(
        r"\b(faute (du|de notre|de l'|de leur|de mon) ?(presta\w*|hebergeur|infogerant|msp|sous-traitant|outsourc\w*)|"
        r"(se|nous) (degager|dedouaner|exonerer|laver les mains)|renvoyer (la victime|le client|vers|sur)|rejeter la (faute|"
        r"responsabilite)|(nous|notre (entreprise|societe)) (assigne|attaque|poursuit|reclame)|nous (assignent|attaquent|poursuivent)|"
        r"(provider|msp|outsourcer|processor|host|hosting provider|vendor|it provider)'?s? fault|blam\w*|push\w* (it|this|the "
        r"whole thing|everything) onto|get (out of it|off the hook)|escape|redirect\w*|(is|are) suing (us|our company)|"
        r"sues? us|claim\w* (against|from) us|go after the (provider|msp|outsourcer|host)|s'exonerer|s'en (laver|degager)|"
        r"poursuivie?s?|fautif|erreur (de|du) (son|notre|leur|l')? ?(presta\w*|sous-traitant|hebergeur|infogerant|msp)|"
        r"a notre (entreprise|societe)|(provider|outsourcer|msp|processor|host\w*|vendor) caused|"
        r"(compensation|damages) from (us|our company))\b"),
    # s20: the card on a third party harmed by a contract's breach answers a question that tells the claimant is outside
    # the contract ("on n'a aucun contrat avec lui", "our client's own customer"); a data subject's claim is another card's
    "third_party_told": re.compile(
        r"\b((aucun|pas de|sans|jamais (eu|signe) de) contrat avec|no contract with|never signed (anything|a contract|the contract)( with)?|n'a jamais signe|n'a pas signe|"
        r"not (a )?part(y|ies) to|tiers|third[- ]part\w*|client (de notre|du) client|clients? de (notre client|l'entreprise|la "
        r"societe|nos clients)|fournisseurs? de notre client|(client|customer)'?s (own )?(customers?|clients?|suppliers?)|"
        r"(customers?|clients?|suppliers?) of (our client|the (business|company|firm)|our customer))\b"),
    # s20: the card on a firm's own records answers a question on keeping, archiving or getting rid of them ("invoices paid
    # at 90 days" is the payment-term card)
    "records_kept": re.compile(
        r"\b(gard\w*|conserv\w*|archiv\w*|jet\w*|detrui\w*|scann?\w*|numeris\w*|dematerialis\w*|combien de temps|duree|"
        r"keep\w*|kept|retain\w*|retention|archiv\w*|throw\w* (away|out)|shred\w*|bin |destroy\w*|scan\w*|digiti[sz]\w*|"
        r"how long|how many years|original\w*)\b"),
    # s21: the card on a waiver of good faith answers a question that tells a clause giving it up or excluding it ("les parties
    # renoncent à se prévaloir de la bonne foi", "neither party may rely on good faith", "exclude any duty of fair dealing");
    # "what does good faith mean?" is the card explaining it
    "waiver_named": re.compile(
        r"\b(renon\w*|ecart\w*|exclu\w*|supprim\w*|waiv\w*|exclud\w*|exclusion|disclaim\w*|contract(ing)? out|set aside|"
        r"give up|gives up|(ne|n') pourra (pas )?(se prevaloir|invoquer|opposer)|ne (peut|peuvent) (pas )?(se prevaloir|invoquer|"
        r"opposer)|(may|can|shall) not (rely|invoke|claim)|(neither|no) (party|side) (may|can|shall) (rely|invoke|claim)|"
        r"seule? (la lettre|le texte)|only the (written )?(terms|text|letter)|(the )?text alone)\b"),
    # s21: the card on an employee's non-compete answers a question that names an employment contract or the firm's own
    # staff ("nos techniciens", "our engineers", "notre ingénieur"); a non-compete between two companies is another card's
    # ... and names the non-compete itself: a client hiring one of our technicians is the non-solicitation card's
    "employment_named": re.compile(
        r"^(?=.*\b(non[- ]?concurren\w*|non[- ]?compet\w*|clauses? de concurrence|concurren(ts?|ce|t)|competitors?|compete)\b)"
        r"(?=.*\b(contrats? de travail|employment contracts?|contract of employment|salarie\w*|employe\w*|employees?|staff|"
        r"nos (techniciens|techs?|ingenieurs|admins?|developpeurs|consultants|equipes)|notre (technicien|ingenieur|admin\w*|"
        r"developpeur|consultant)|our (technicians|techs?|engineers?|admins?|sysadmins?|developers?|consultants|people|team)|"
        r"(un|une) de nos|one of our|(his|her|their) (employment )?contract|sa clause|(demission\w*|resign\w*|quitte\w* "
        r"(la boite|l'entreprise|nous)|leav\w* (us|the company|the firm)))\b)", re.S),
    # s21: the card on a contract never put in writing answers a story that says nothing was signed or written ("on n'a
    # jamais signé de contrat", "pas de contrat écrit", "we never signed anything", "no written agreement")
    "no_writing_told": re.compile(
        r"\b((jamais|pas|rien|aucun\w*) (eu de |de |d'|un )?(contrat|ecrit|bon de commande|devis)? ?(signe|ecrit)\w*|"
        r"(jamais|rien) signe|pas de contrat( ecrit| signe)?|aucun contrat( ecrit| signe)?|sans contrat( ecrit| signe)?|"
        r"contrat (non|jamais) signe|faute de contrat|pas d'ecrit|sans ecrit|"
        r"never signed|nothing (was )?(ever )?signed|not signed|unsigned|no (written|signed) (contract|agreement)|"
        r"no contract|without a (written |signed )?(contract|agreement)|never (put|had) (it|anything) in writing|nothing in writing)"),
    # the cards on hardware delivered not as ordered or damaged on the way answer a story of a delivery
    "delivery_told": re.compile(
        r"\b(livr\w*|deliver\w*|recu\w*|received|arrive\w*|arrived|showed up|shipped|shipping|expedi\w*|colis|"
        r"parcels?|transporteur|courier|carrier|commande\w*|ordered|order|deball\w*|unpack\w*|reception|devis|"
        r"quotes?|transport\w*|conformes?|conformit\w*|not what)\b"),
    # s22: the cards of the twenty-second session each answer a question that says what they turn on. Damages claimed
    # (not penalties alone, not ending the contract): "dommages et intérêts", "indemnisation", "our losses", "compensation"
    "damages_named": re.compile(
        r"\b(dommages?[- ]et[- ]interets?|dommages?[- ]interets?|d ?& ?i|indemnis\w*|indemnite\w*|reparation\w*|prejudices?|"
        r"pertes?|manque a gagner|reclamer (le|notre|nos|un) (prejudice|cout|couts|pertes?)|damages|compensat\w*|"
        r"(our|the|its|their) loss(es)?|losses|lost (sales|revenue|business|profits?)|indemnif\w*|reimburse\w*|make good)\b"),
    # a debt left unpaid (a public buyer's card: the buyer is read from the public-procurement premise)
    "unpaid_told": re.compile(
        r"\b(impaye\w*|(paie|paye|paient|payent|regle|reglent|verse) (plus|pas|rien|jamais)|(paie|paye|paient|payent|regle|reglent) (avec (du|des \w+ de) retard|en retard)|(pas|plus|jamais|rien) (ete )?(paye|regle)\w*|"
        r"ne nous (paie|paye|regle) pas|retards? de paiement|en retard (de|sur|dans) (ses |leurs |le |les )?(paiements?|factures?|"
        r"reglements?)|factures? (en souffrance|non reglees?|non payees?|impayees?)|(nous )?doi(t|vent) \d+|nous doi(t|vent)|"
        r"unpaid|(not|never|hasn'?t|haven'?t|has not|have not|didn'?t|did not|doesn'?t|does not|don'?t|do not|stopped) "
        r"(been )?pa(id|ying|ys|y)|owes? us|owing|behind (on|with) (its |their |our )?(payments?|invoices?|bills?)|late (payments?|payer)|"
        # s27: "keeps paying late", "never pays our invoices"
        r"pa(ys?|ying) (us )?(late|months late)|arrears|overdue)\b"),
    # more paid than owed, found afterwards: overbilling, double billing, a refund of what was paid
    "overpaid_told": re.compile(
        r"\b(trop[- ]?(paye|percu|factur\w*)|surfactur\w*|factur\w* (deux fois|en double|a tort|trop)|double factur\w*|"
        r"paye \w* (pour|sur) \d+ \w+ alors qu|alors qu'on (en )?(a|n'en a) (que )?\d+|(rembours|restitu|recuper)\w* (le trop|ce qu'on a "
        r"(trop )?paye|les sommes)|repetition de l'indu|paiement (de l')?indu|indument|"
        r"(n'etai(en)?t|ne sont|n'est) pas du(e|es|s)?|factures? (trop elevee|gonflee)s?|overpa(id|y\w*)|inflated|over-?bill\w*|over-?charg\w*|(billed|charged|invoiced) (us )?(twice|double|for \d+)|double[- ]bill\w*|"
        r"(when|but) (we )?(only )?(ever )?(had|have|has|used) (only )?\d+|refund\w*|money back|claw ?back|not owed|paid too much)\b"),
    # a settlement named: "transaction", "protocole (transactionnel|d'accord)", "pour solde de tout compte", "settlement"
    "settlement_named": re.compile(
        r"\b(transaction\w*|transig\w*|protocole\w*|solde de tout compte|accord amiable|reglement amiable|accord transactionnel|"
        r"settle\w*|full and final|release of (all )?claims|waiv\w* (all|any) claims?|walk-?away (deal|agreement))\b"),
    # the card on a waiver of the pre-contractual duty to inform answers a clause said to waive, exclude or limit it, or an
    # acknowledgement of having been told everything ("le client reconnaît avoir reçu toutes les informations", "we
    # acknowledge having been fully informed"); "what is the duty to inform?" is the card explaining it
    "info_waiver_named": re.compile(
        r"^(?=.*\b(inform\w*|renseign\w*|disclos\w*|tout dit|dit avant|told (us|them)|precontract\w*|pre-contract\w*|"
        r"avant (la )?sign\w*|before sign\w*|(ne|n') (nous |leur )?(a|avait) (pas|rien) dit|what (it|they|the \w+) (did not|didn'?t) "
        r"(tell|say))\b)"
        r"(?=.*\b(renon\w*|ecart\w*|exclu\w*|limit\w*|supprim\w*|reconnai\w*|reconnu|declare\w*|atteste\w*|tout dit|"
        r"pleinement informe\w*|waiv\w*|exclud\w*|disclaim\w*|acknowledg\w*|declar\w*|confirm\w*|"
        r"told (us|them) everything|fully informed|(any|all) claims?|tout recours)\b)", re.S),
    # the card on a bid found abnormally low answers a question that says the price was low or judged too low ("offre
    # anormalement basse", "30 % under the others", "cheaper than everyone"); a bid lost on its scoring is the award card's
    "low_bid_named": re.compile(
        r"\b(anormalement bass?\w*|(offre|prix|tarif)s? (trop |tres |plus )?bas\w*|trop bas\w*|sous-evalu\w*|moins chers?|"
        r"\d+ ?% (moins cher|en dessous|sous|inferieur)|abnormally low|too (low|cheap)|low (price|bid|offer|tender)|"
        r"underpric\w*|under-?valu\w*|cheaper|cheapest|lowest|\d+ ?% (under|below|cheaper|less)|dumping)"),
    # the card on set-off answers a question that sets one debt against another ("compenser nos factures avec une créance",
    # "déduit de notre facture un dédommagement", "set off", "offset", "netting")
    "setoff_named": re.compile(
        r"\b(compens\w*|dedui\w*|dedu\w* (de|sur) (notre|nos|sa|ses|la|les|leur|leurs) (facture|avoir)\w*|retien\w* sur|"
        r"imput\w* sur|set[- ]?(s )?off|offset\w*|netting|net(s|ted)? (it )?(off|against)|deduct\w*|knock\w* off|"
        r"counter-?claim\w*)\b"),
    # pressure told: a threat, a cut-off held over the user, blackmail, dependence abused
    "pressure_told": re.compile(
        r"\b(menac\w*|chantage|pression|sous la contrainte|contrain\w*|force\w* a signer|impos\w*|sinon (on|ils|il) (coupe|bloque)|"
        r"ou (on|ils|il) (coupe|bloque)|otage|dependan\w*|dependen\w*|abus\w* de (position|dependance)|violence|extorqu\w*|"
        r"threat\w*|blackmail\w*|(under|by) (duress|pressure)|pressur\w*|coerc\w*|forced (us|to sign)|or (else|we cut|they cut|"
        r"they('?d| would) (cut|shut|lock))|hostage|depend(ent|ence|ency|ed) on|duress|strong-?arm\w*|extort\w*)\b"
        # s26: or the service held back until the user signs ("on relance seulement si vous signez")
        + "|" + HELD_UNTIL_SIGNED.pattern),
    # s26 (situation_cues.py): the subject a card turns on, stated, so that its card answers no neighbouring question ("a
    # small contract without a tender" is no framework agreement; "suspend the support" no system disabled)
    "framework_named": s26.FRAMEWORK,
    "disabled_told": s26.REMOTE_LOCK,
    "guarantee_named": s26.GUARANTEE,
    "hours_told": s26.LONG_HOURS,
    "mistake_told": s26.MISTAKE,
    "right_named": s26.RIGHT_NAMED,
    "compliance_answered": s26.COMPLIANCE_ANSWERED,
    "auditor_named": s26.AUDITOR_NAMED,
    # s27 (situation_cues_s27.py): a price never agreed, a service order, an injury, the host firm's safety duties, money
    # handed to buy something and never used so, an employee made to pay, design duties named, private customers
    "price_not_agreed": s27.PRICE_NOT_AGREED,
    "service_order_named": s27.SERVICE_ORDER,
    "injury_told": s27.INJURY,
    "outside_workers_safety": s27.SAFETY_DUTIES,
    "funds_for_purchase_told": s27.FUNDS_FOR_PURCHASE,
    "own_employee_charged": s27.EMPLOYEE_CHARGED,
    "by_design_named": s27.BY_DESIGN,
    "consumer_named": s27.CONSUMER,
    "equipment_damaged_told": s27.EQUIPMENT_DAMAGED,
    # decompiling or reverse engineering named, or interoperability
    "decompile_named": re.compile(
        r"\b(decompil\w*|de-?compil\w*|retro-?ingenierie|reverse[- ]engineer\w*|desassembl\w*|disassembl\w*|"
        r"interoperab\w*|interoperat\w*)\b"),
    # two parties deciding together: partners, a group's companies, "both of us decide", "à deux", "ensemble"
    "jointly_decided": re.compile(
        r"\b(ensemble|a deux|tous (les )?deux|conjoint\w*|co-?responsab\w*|commun\w*|partag\w*|partenaires?|"
        r"together|jointly|joint|both (of us|companies|parties|decide)|co-?(run|own|manage|controll?\w*)|shared|partners?)\b"),
    # urgency named: a summary judge, "en urgence", an emergency order
    "urgency_named": re.compile(
        r"\b(urgen\w*|en urgence|refere\w*|rapidement|vite|au plus vite|d'heure a heure|emergency|urgent\w*|injunction\w*|"
        r"interim (order|relief)|summary (proceedings?|judge|order)|quickly|fast|asap|hostage|otage)\b"),
    # s23: the cards of the twenty-third session each answer a question that says what they turn on. A contract performed
    # on after its term: "le presta a continué à venir", "on paie toujours", "we kept paying", "carried on", "still invoicing"
    "ran_on_told": re.compile(
        r"\b(continu\w*|toujours|encore|laisse (courir|filer)|comme (avant|si de rien)|kept (on )?(paying|coming|working|"
        r"invoicing|billing|using|going|performing)|keep (paying|invoicing|billing|working)|carr(ied|y|ies) on|continu\w*|"
        r"still (paying|invoic\w*|billing|working|coming|running|comes|pay|invoices?|bills?)|let it run|as if nothing|"
        r"(goes|going|went|carries|carrying) on|se poursui\w*|poursuivi\w*)\b"),
    # the pay of the provider's own staff for on-call duty: pay, compensation, labour law, the staff named
    # (s28: the pay AND the staff both named — "on doit payer toutes les mensualités" names no staff, "ce salarié devient le
    # nôtre" no pay; either alone let this card's ask outrank the early-exit and staff-transfer cards once idf moved)
    "staff_pay_named": re.compile(
        r"(?s)^(?=.*\b(pa(y|ie|yer|yes|ye|id|ying)|payer|remuner\w*|compens\w*|contrepartie\w*|primes?|indemni\w*|repos|"
        r"working time|temps de travail|owe (them|our))\b)"
        r"(?=.*\b(astreinte\w*|on[- ]call|code du travail|droit du travail|labou?r (law|code)|working time|temps de travail|"
        r"salari\w*|employe\w*|employees?|staff|techniciens?|technicians?|techs?|ingenieurs?|engineers?|equipes?|team)\b)"),
    # the level of an electronic signature: simple, advanced, qualified, handwritten, eIDAS, a click or a link
    "signature_level_named": re.compile(
        r"\b(simples?|basi(c|que)|avancee?s?|advanced|qualifi\w*|manuscrite?s?|handwritten|wet[- ]ink|eidas|910/2014|"
        r"(un |one |a )?(simple )?(clic|click)|click-to-sign|lien (par|de) (mail|signature)|email link|niveaux?|levels?)\b"),
    # a law chosen or imposed by the contract: "soumis au droit anglais", "governed by the laws of New York", "choisir"
    "law_choice_named": re.compile(
        r"\b(chois\w*|choice|choos\w*|chose|pick\w*|mettre|put|stipul\w*|soumis|soumettre|regi|governed by|governing law|"
        r"(droit|loi) (anglais|americain|suisse|belge|allemand|luxembourgeois|irlandais|etranger|etrangere|de l'etat|de new york|"
        r"du delaware)|(english|swiss|german|belgian|irish|us|american|foreign|new york|delaware) (law|laws)|laws of|"
        r"(loi|droit) applicable etrang\w*|foreign governing[- ]law)\b"),
    # logs named: "logs", "journaux", "traces", "journalisation"
    "logs_named": re.compile(
        r"\b(logs?|journa(ux|l) (de |d')?(connexion|evenements?|securite|acces|pare-feu|firewall|audit|systeme)|journaux|"
        r"journalisation|traces? (d'acces|de connexion|des acces)|logging|audit trails?|event logs?|siem|"
        r"(access|connection|login|admin\w*) (traces?|records?|trails?))\b"),
    # fines or sanctions shifted onto the processor by the contract: every fine, reimburse, bear, indemnify
    "fines_shifted": re.compile(
        r"^(?=.*\b(amendes?|sanctions?|fines?|penalt(y|ies) (of|from|by) the (cnil|authority|regulator)|regulatory penalt\w*)\b)"
        r"(?=.*\b(toutes?|tout|quelle qu'en soit|rembours\w*|garanti\w*|a (la|sa|notre) charge|supporter|payer|prendre en "
        r"charge|indemni\w*|any|all|every|whatever|reimburs\w*|bear|borne|cover|indemnif\w*|pass\w* on|hold harmless|"
        r"paie|paient|pays?|paid|(le )?contrat (peut|pourrait)|(the )?contract (can|could|may) (change|shift)|"
        r"make (us|the processor|the provider) pay)\b)", re.S),
    # the content of a breach notification asked: what to put in it, what information, complete it later
    "notification_content_asked": re.compile(
        r"^(?=.*\b(notif\w*|declar\w*|signal\w*|report\w*)\b)(?=.*\b(mettre|met|indiquer|contenu|contenir|contient|"
        r"informations?|infos?|elements?|mentions?|completer|complete[rd]?|en plusieurs (fois|etapes)|plus tard|ecrire|"
        r"rediger|write|word|"
        r"put|include|state|contents?|contain\w*|information|details|later|in phases|(what|quoi) (goes|do we (write|say)|"
        r"dire|ecrire))\b)", re.S),
    # documentation named: "doc technique", "schémas", "procédures", "runbooks", "diagrams", admin accounts
    "documentation_named": re.compile(
        r"\b(doc|docs|documentation\w*|schemas?|plans? (du |de )?reseau|procedures?|mots de passe|comptes? (d'admin\w*|"
        r"administrateur)|runbooks?|diagrams?|passwords?|admin (accounts?|credentials)|credentials|inventaire|inventory|cmdb|"
        r"dossier d'exploitation|configurations?)\b"),
    # s25: the legal consequence asked outweighs the situation's nouns: the card on a provider's criminal exposure answers a
    # question asking about the criminal law ("c'est pénalement répréhensible ?", "can they face criminal charges?", "porter
    # plainte") or about what the provider risks beyond the civil claim ("au-delà des dommages et intérêts", "not just a
    # civil claim"); "what fines can the CNIL impose?" asks about the regulator's sanctions, another card's
    "criminal_asked": re.compile(
        r"\b(penal|penale|penales|penaux|penalement|(poursuites?|poursuivi\w*|poursuivre) (penal\w*|en justice)|plaintes?|prison|emprisonnement|delits?|infractions?|226-1\d|criminal\w*|crimes?|"
        r"prosecut\w*|charges? (against|filed)|press(ing)? charges|jail|offen[cs]es?|police|gendarmerie|"
        r"(a part|au-?dela|en plus) des dommages|(besides|beyond|on top of|not just|other than|apart from) (the )?"
        r"(damages|a civil (claim|suit|action)|civil liability))\b"),
    # s25: the kind of record asked. The card on a company's own record as controller (Art. 30(1) and (5)) answers a
    # question that tells the company's size or asks about its own record ("on est 20 dans la boîte", "pour nous", "our own
    # record", "a 40-person firm"); the card on the provider's record (Art. 30(2)) needs the processor's side in the story
    # and its record asked; the record the company keeps as controller, asked beside the provider's ("our MSP keeps a processor
    # record, do we need our own?"), is the other card's (ASK_EXCLUDED)
    "processor_record_asked": re.compile(
        r"^(?=.*\b(sous-traitan\w*|processors?|msps?|presta|prestataires?|infogere\w*|infogerant\w*|providers?|hebergeurs?)\b)"
        r"(?=.*\b(registres?|records?)\b)", re.S),
    "own_record_asked": re.compile(
        r"\b(on est|nous sommes|we are|we're|we have|on a|nous avons) (que |only |just )?\d+\b|\b\d+[- ](salaries|personnes|"
        r"employes|people|person|persons|staff|employees|heads?)\b|\b(moins|fewer|less|under)[- ](de |than )?\d+|"
        r"\b(pme|tpe|sme|smes|petites? (entreprises?|structures?|societes?|boites?)|small (compan\w*|business\w*|firms?)|"
        r"dans la boite|pour nous|(notre|mon) (propre )?registre|du notre|le notre|our (own )?record|ours)\b"),
    # s27: the court asked for (which one, a clause choosing one, arbitration) and force majeure named: many cards name
    # force majeure, so these are asks, not situations the audit would require every such card to declare
    "court_named": s27.WHICH_COURT,
    "force_majeure_named": s27.FORCE_MAJEURE,
    "holder_ends_told": s27.HOLDER_ENDS,
    "own_duties_asked": s27.OWN_DUTIES,
    # s28 (situation_cues_s28.py): the subject each s28 card turns on, named — staff representatives, a right of first
    # refusal, a promise or an option, an art. 26 arrangement put to the party that runs the system, equipment kept until
    # paid, penalties with the loss or its proof, the courts of another EU country (and a clause choosing them), AI reading
    # workers' emotions or deciding on staff, punitive damages, the vigilance law, anti-corruption
    "works_council_named": s28.WORKS_COUNCIL,
    "preference_pact_named": s28.PREFERENCE_PACT,
    "promise_named": s28.PROMISE,
    "dedit_named": s28.DEDIT,
    "joint_control_to_provider": s28.JOINT_CONTROL_TO_PROVIDER,
    "hardware_held_told": s28.HARDWARE_HELD,
    "penalty_loss_asked": s28.PENALTY_LOSS_ASKED,
    "eu_courts_named": s28.EU_COURTS,
    "eu_court_clause_named": s28.EU_COURT_CLAUSE,
    "ai_emotion_at_work": s28.AI_EMOTION_AT_WORK,
    "ai_hr_decision": s28.AI_HR_DECISION,
    "punitive_named": s28.PUNITIVE,
    "nis2_supply_chain_told": s28.NIS2_SUPPLY_CHAIN,
    "vigilance_law_named": s28.VIGILANCE_LAW,
    "anti_corruption_named": s28.ANTI_CORRUPTION,
    "social_filings_named": s28.SOCIAL_FILINGS,
    # s29 (situation_cues_s29.py): the situation each s29 card turns on, told in any words — an amicable attempt named
    # with going to court, a client that stopped paying and the contract's end asked, the provider blamed for a warning
    # it says it gave
    "amicable_first_asked": s29.AMICABLE_FIRST,
    "unpaid_ending_asked": s29.UNPAID_ENDING,
    "warning_blamed_told": s29.WARNING_BLAMED,
    # s30 (situation_cues_s30a.py): a first-demand guarantee named, a non-waiver clause or a right left unused, a company
    # saying it should have been reminded before a tacit renewal, the client's covert instruction on a person's data
    "first_demand_named": s30a.FIRST_DEMAND,
    "non_waiver_named": s30a.NON_WAIVER,
    "renewal_reminder_by_company": s30a.RENEWAL_REMINDER,
    "doubtful_instruction_asked": s30a.DOUBTFUL_INSTRUCTION,
    # s30b (situation_cues_s30b.py): the subject each s30b card turns on, told in any words — the clients' information put
    # off until a breach is fully analysed, a personal gift to a person at the client, an entire agreement clause, the
    # provider's own price set too low, staff vehicles tracked, a signed order cancelled, equipment supplied that caused
    # damage, a host change and each client's consent, work on an oral request the client denies
    "breach_wait_asked": s30b.BREACH_WAIT,
    "personal_gift_told": s30b.PERSONAL_GIFT,
    "entire_agreement_named": s30b.ENTIRE_AGREEMENT,
    "own_price_too_low": s30b.OWN_PRICE_TOO_LOW,
    "staff_geolocation_named": s30b.STAFF_GEOLOCATION,
    "signed_order_cancelled": s30b.SIGNED_ORDER_CANCELLED,
    "supplied_product_damage": s30b.SUPPLIED_PRODUCT_DAMAGE,
    "host_change_consent_asked": s30b.HOST_CHANGE_CONSENT,
    "oral_work_denied": s30b.ORAL_WORK_DENIED,
    # s31b (situation_cues_s31b.py): the subject each s31b card turns on, told in any words — a judicial requisition for a
    # client's data, an insurer that paid the client turning against the provider, a contract dated before its signature,
    # an arbitration clause, the provider in liquidation holding the client's data, the promisor withdrawing its own
    # option, two language versions that differ, calls recorded, mandatory mentions left off invoices
    "requisition_told": s31b.REQUISITION,
    "insurer_recourse_told": s31b.INSURER_RECOURSE,
    "backdating_asked": s31b.BACKDATING,
    "arbitration_named": s31b.ARBITRATION,
    "provider_liquidation_data": s31b.PROVIDER_LIQUIDATION_DATA,
    "own_promise_withdrawn": s31b.OWN_PROMISE_WITHDRAWN,
    "language_versions_differ": s31b.LANGUAGE_VERSIONS_DIFFER,
    "call_recording_named": s31b.CALL_RECORDING,
    "invoice_mentions_missing": s31b.INVOICE_MENTIONS,
    # s33 (situation_cues_s33.py, helper s33-kb): the subject each s33 card turns on, told in any words — US authorities
    # reaching data a US provider holds, a foreign authority's demand received, a foreign currency for payment, a price
    # tied to an exchange rate, Wi-Fi offered to the public and its logs, that Wi-Fi used to download protected works
    "us_authority_access": s33.US_AUTHORITY_ACCESS,
    "foreign_request_told": s33.FOREIGN_REQUEST,
    "currency_payment_asked": s33.CURRENCY_DOMESTIC,
    "currency_foreign_party": s33.CURRENCY_FOREIGN_PARTY,
    "currency_indexation_asked": s33.CURRENCY_INDEXATION,
    "public_wifi_logs": s33.PUBLIC_WIFI_LOGS,
    "wifi_download_told": s33.WIFI_DOWNLOAD,
    # s33lead (situation_cues_s33lead.py): the provider's staff putting client data into a generative-AI tool
    "public_ai_tool_fed": s33lead.PUBLIC_AI_TOOL_FED,
    # s34 (situation_cues_s34.py, helper s34-kb): the subject each s34 card turns on, told in any words — a service bought
    # from a provider in another EU state without VAT (reverse charge), a service sold to a business client there, a client's
    # cheque that bounced, a declaration to the CNIL, old IT equipment to get rid of, an exclusive purchase clause
    "eu_provider_vat": s34.EU_PROVIDER_VAT,
    "eu_client_vat": s34.EU_CLIENT_VAT,
    "bounced_cheque": s34.BOUNCED_CHEQUE,
    "cnil_declaration_asked": s34.CNIL_DECLARATION,
    "old_equipment_disposal": s34.OLD_EQUIPMENT_DISPOSAL,
    "exclusive_purchase_named": s34.EXCLUSIVE_PURCHASE,
    # s35 (situation_cues_s35.py, helper s35-kb): the subject each s35 card turns on, told in any words — a technician working
    # on 1 May, how long camera footage is kept, a client's name or logo shown as a reference, a provider depending on one
    # client that demands a price cut, a ban on negative reviews, staff expected to stay reachable in the evening, a
    # most-favoured-customer clause, remote-control sessions recorded
    "may_day_work": s35.MAY_DAY_WORK,
    "cctv_retention": s35.CCTV_RETENTION,
    "client_reference_logo": s35.CLIENT_REFERENCE_LOGO,
    "economic_dependence": s35.ECONOMIC_DEPENDENCE,
    "negative_review_ban": s35.NEGATIVE_REVIEW,
    "reachable_after_hours": s35.REACHABLE_AFTER_HOURS,
    "most_favoured_customer": s35.MOST_FAVOURED,
    "session_recording": s35.SESSION_RECORDING,
    # (survey) a technician's travel time, a trial period, overtime
    "travel_time_asked": s35.TRAVEL_TIME,
    "probation_asked": s35.PROBATION,
    "overtime_asked": s35.OVERTIME,
    # s36 (situation_cues_s36.py, helper s36-kb): cookies on a client's website, its legal notices, employees' own devices,
    # telework equipment, a password policy, an AI system's provider or deployer, AI literacy, the Cyber Resilience Act,
    # digital accessibility, telephone lines resold
    "website_cookies": s36.WEBSITE_COOKIES,
    "legal_notice_named": s36.LEGAL_NOTICE,
    "own_devices_named": s36.BYOD,
    "telework_named": s36.TELEWORK,
    "password_policy_named": s36.PASSWORD_POLICY,
    "ai_role_asked": s36.AI_ROLE,
    "ai_literacy_asked": s36.AI_LITERACY,
    "cyber_resilience_named": s36.CYBER_RESILIENCE,
    "accessibility_named": s36.DIGITAL_ACCESSIBILITY,
    "telecom_resale_named": s36.TELECOM_RESALE,
    # s36 (situation_cues_s36a.py, helper s36-ans): a party held to a contract across a chain it never signed (C. civ. 1199),
    # an index that fell with the price's fall asked, an outcome promised in absolute words with the promiser's exposure asked
    "no_contract_with_us": s36a.NO_CONTRACT_WITH_US,
    "index_fell": s36a.INDEX_FELL,
    "outcome_promised": s36a.OUTCOME_PROMISED,
    # several clients' data or backups on one shared device
    "clients_pooled_storage": s36a.CLIENTS_POOLED_STORAGE,
    # an intern, apprentice, temp or new hire given administrator access at the clients
    "newcomer_admin_access": s36a.NEWCOMER_ADMIN_ACCESS,
    # s37 (situation_cues_s37kb.py, helper s37-kb): time billed by started increment, a security incident the provider finds
    # on a client's system, a non-solicitation clause stretched to subcontractors and freelancers, an employee hired with no
    # clause, second-hand software licences, a takeover from another provider, a payment sent to fake bank details
    **S37KB_CUES,
}


# s21: what makes a card on the means of an act the wrong answer even though its ask cue is there. The card on ending the
# contract oneself by a letter answers a party acting without a resolutory clause; a story where one side invokes its
# resolutory clause ("résilié de plein droit en vertu de la clause résolutoire", "terminated under its resolutory clause")
# asks whether that clause was applied as it and art. 1225 require, the resolutory clause's card. A clause said absent
# ("pas de clause résolutoire", "there is no resolutory clause") excludes nothing.
_RESOLUTORY = re.compile(r"\b(clauses? resolutoires?|resolutory clauses?|(automatic|express) termination clauses?|"
                         r"resilie\w* de plein droit|resolu\w* de plein droit|de plein droit (resilie|resolu)\w*|"
                         r"terminat\w* automatically|automatically terminat\w*)")
_ABSENT = re.compile(r"\b(pas de|pas d'|aucune?|sans|ni|no|without|not|never|n'y a|n'a|n'avons|n'ont|isn'?t|there is no|lacks?)"
                     r"(?:\s+\S+){0,3}\s*$")


def _invoked(pattern: re.Pattern):
    def test(low: str) -> bool:
        return any(not _ABSENT.search(low[max(0, m.start() - 40):m.start()]) for m in pattern.finditer(low))
    return test


# s25: the record asked is the processor's ("un registre de sous-traitant", "our processor record") unless the question
# asks about the company's own one too ("our MSP keeps a processor record; do we need our own?")
_PROCESSOR_RECORD = re.compile(r"\bregistres? (de |du |d'un |d'une |des )?(sous-traitan\w*|presta\w*|msps?|infogere\w*|"
                               r"infogerant\w*|hebergeurs?)\b|\b(processor|msp|provider)(-side|'s|s')? (gdpr )?records?\b")
_OWN_RECORD = re.compile(r"\b((notre|mon) propre registre|du notre|le notre|our own( \w+)? record|our record|ours|ourselves)\b")

# the asker says it is the provider: "our own record" is then the processor's record (Art. 30(2))
_AS_PROVIDER = re.compile(r"\b(as (the|a|an|your) (provider|msp|processor|vendor|supplier|it provider)|en tant que "
                          r"(prestataire|presta|sous-traitant|infogerant|msp|hebergeur)|(we are|we're|nous sommes|on est) "
                          r"(the|a|an|le|un) (provider|msp|processor|prestataire|presta|sous-traitant|infogerant))\b")

ASK_EXCLUDED = {
    # s33: a foreign currency with a party established abroad is an international transaction (C. civ. 1343-3, second
    # sentence): the card on two businesses in France, even named by its lay words ("en dollars"), is not its answer
    "currency_payment_asked": lambda low: bool(s33.FOREIGN_PARTY.search(low)),
    # s28: the URSSAF certificate card answers no question on the duty of vigilance law (both say "vigilance")
    "social_filings_named": lambda low: bool(s28.VIGILANCE_LAW.search(low)),
    # s28: a clause choosing the court said absent is the card on suing with no clause; a clause told is the clause card's
    # (and the law asked, not the court, is the governing-law card's)
    "eu_court_clause_named": lambda low: bool(s28.NO_COURT_CLAUSE.search(low) or s28.LAW_ASKED.search(low)),
    "eu_courts_named": lambda low: bool(s28.LAW_ASKED.search(low)) or (bool(s28.COURT_CLAUSE.search(low)) and
                                                                        not s28.NO_COURT_CLAUSE.search(low)),
    "own_notification": _invoked(_RESOLUTORY),
    # s29: the provider's own end of the contract for non-payment answers a story with no resolutory clause invoked, and
    # never one of a client in insolvency proceedings (another card, and termination for earlier debts is barred)
    "unpaid_ending_asked": lambda low: _invoked(_RESOLUTORY)(low) or bool(PREMISE_CUES["insolvency"].search(low)),
    "own_record_asked": lambda low: bool(_AS_PROVIDER.search(low)) or
    (bool(_PROCESSOR_RECORD.search(low)) and not _OWN_RECORD.search(low)),
    "processor_record_asked": lambda low: bool(_OWN_RECORD.search(low)) and not _AS_PROVIDER.search(low),
    # s30: a private customer's renewal is the consumer's card; a guarantee of service levels or hardware is no surety
    "renewal_reminder_by_company": lambda low: bool(s30a.PRIVATE_CUSTOMER.search(low)),
    "first_demand_named": lambda low: bool(s26.NOT_A_SURETY.search(low)),
    # s34: a breach, a complaint or a CNIL inspection is no question on prior declarations, even in the card's lay words
    # ("déclarer à la CNIL" a data breach); an exclusivity over services, a sector or the time after the contract is no
    # exclusive purchase of goods (C. com. L330-1)
    "cnil_declaration_asked": lambda low: bool(s34.CNIL_INCIDENT.search(low) or s37kb.INCIDENT_FOUND.search(low)),
    "exclusive_purchase_named": lambda low: bool(s34.SERVICE_EXCLUSIVITY.search(low)),
    # s35: on-call duty named as what the staff do is the on-call pay card's (C. trav. L3121-9), not the card on staff kept
    # reachable with no rota; a client depending on its provider is the duress card's (C. civ. 1143), not the card on a
    # provider depending on one client
    "reachable_after_hours": lambda low: bool(s35.ON_CALL_DUTY_TOLD.search(low)),
    "economic_dependence": lambda low: bool(s35.PROVIDER_DOMINANT.search(low)),
    # s35: the cards' lay words alone ("caméras", "temps de trajet", "heures sup", "période d'essai", "remote session") do
    # not state these subjects: cameras with no retention asked, travel in an SLA or a bill, overtime as a loss or a bill,
    # a software trial, a remote session with nothing recorded are other cards' questions
    "cctv_retention": lambda low: not s35.CCTV_RETENTION.search(low),
    "travel_time_asked": lambda low: not s35.TRAVEL_TIME.search(low),
    "overtime_asked": lambda low: not s35.OVERTIME.search(low),
    "probation_asked": lambda low: not s35.PROBATION.search(low),
    "session_recording": lambda low: not s35.SESSION_RECORDING.search(low),
    # s36: likewise, the s36 cards' lay words ("cookies", "mfa", "télétravail", "ai act", "arcep"…) state their subject only
    # where the cue reads it: cookies cleared from a browser, a password handed back or kept by a former provider, an AI
    # tool used on the staff are other cards' questions
    **{name: (lambda pattern: lambda low: not pattern.search(low))(pattern) for name, pattern in (
        ("website_cookies", s36.WEBSITE_COOKIES), ("legal_notice_named", s36.LEGAL_NOTICE), ("own_devices_named", s36.BYOD),
        ("telework_named", s36.TELEWORK), ("password_policy_named", s36.PASSWORD_POLICY), ("ai_role_asked", s36.AI_ROLE),
        ("ai_literacy_asked", s36.AI_LITERACY), ("cyber_resilience_named", s36.CYBER_RESILIENCE),
        ("accessibility_named", s36.DIGITAL_ACCESSIBILITY), ("telecom_resale_named", s36.TELECOM_RESALE))},
    # s37: the s37 cards' words alone never state their subject where the cue does not read it
    **{name: (lambda pattern: lambda low: not pattern.search(low))(pattern) for name, pattern in S37KB_CUES.items()},
    # s36: the regimes compared in the abstract is the comparison card's, not the card on a promised outcome that failed
    "outcome_promised": lambda low: bool(s36a.REGIMES_COMPARED.search(low)),
    # s36: a subcontractor asking to be paid directly is the 1975 law's direct action, not a contract applied across a chain
    "no_contract_with_us": lambda low: bool(s36a.SUBCONTRACTOR_PAYMENT.search(low)),
}


# s27: what a question must name for a card to be a candidate at all, with no preference given to the card when it does
# (an ask cue, ASK_CUES, also makes its card keep its place against close rivals): read in `chat.cards` with the premises
NAMED_CUES: dict[str, re.Pattern] = {
    # s30: the card on open-source code in the deliverables answers a question that names open source (free software, a
    # licence of that family, copyleft, a public repository); who owns a tool the provider wrote, asked without it, is the
    # card on rights in developments (C. propr. intell. L111-1, L131-3)
    "open_source_named": re.compile(
        r"\b(open[- ]?sources?|logiciels? libres?|code libre|(bibliotheques?|librairies?|composants?|briques?|modules?|"
        r"licences?|projets?) (libres?|open[- ]?source|tier\w*|externes?)|libres? de droits?|gpl\w*|lgpl|agpl|copyleft|mit|"
        r"apache|bsd|github|gitlab|pypi|npm|free software|foss|oss|(third[- ]party|free|public|external) (libraries|"
        r"components|code|packages|modules)|licen[cs]e (family|families)|permissive licen[cs]es?)\b"),
    # the card on a clause that only deletes the data at the end answers a question that names a deletion (erasing,
    # wiping, destroying) or data not given back; a breach told late names neither
    "deletion_named": re.compile(
        r"\b(suppr\w*|effac\w*|detrui\w*|destruct\w*|detruit\w*|destr(oy|oys|oyed|oying|uction)|delet\w*|eras\w*|wip(e|es|ed|ing)|"
        r"purg\w*|sans (restitution|retour|rendre|recuper\w*)|aucune (restitution|recuperation)|(rien|pas) sur (le retour|la "
        r"restitution)|(no|without( first)?|never) (return\w*|giving (it|them|the data) back|way to retrieve)|nothing about "
        r"giving)"),
}
