"""Cue families of situations a question tells, twenty-ninth session (issue 15): facts that put a story under a card we
hold whatever words it is asked in (folded text; read by `told_situations.SITUATIONS`).

- a fixed-term contract left early and every remaining instalment claimed: a penalty clause the court may reduce
  (C. civ. 1231-5), unless the fees were paid in advance (the prepaid commitment's card);
- an activity taken over (an outsourcing, a contract won from another provider) and the staff who worked on it said to
  move to the new provider (C. trav. L1224-1);
- the provider notifying a personal data breach to the authority itself, in the client's place (GDPR 33(1): the
  controller's duty, which the processor may carry out under an express mandate; 28(3)(f)), a deadline asked aside;
- going to court over a sum, with an amicable attempt (conciliation, mediation) named: the prior attempt required for
  claims of 5 000 EUR or less (C. proc. civ. 750-1);
- a client that no longer pays, and the provider asking to end the contract (not merely to suspend the service): formal
  notice then notification at one's own risk (C. civ. 1224, 1226), suspension meanwhile (1219, 1220);
- the provider blamed for not warning or advising, or for a refused offer, with the warning given: who proves it and what
  is at stake (C. civ. 1353, 1112-1);
- a person whose data leaked (a patient, a customer, an employee of the client) claiming against the processor itself
  (GDPR art. 82).

The first three families were written by one helper (told situations), the last four by another (cards gated in
`premises.ASK_CUES`); both are joined in `told_situations.SITUATIONS`.
"""

from __future__ import annotations

import re

# -- leaving early, every remaining instalment claimed --------------------------------------------------------------------
EARLY_EXIT = re.compile(
    r"\b((sortie|resiliation|rupture|fin) anticipee|(resili\w*|partir|part|partons|quitter|quitte|arreter|arrete|sortir|"
    r"sort)( [\w']+){0,5} (en avance|avant (la fin|le terme|l.echeance|son terme|terme))|avant (la fin|le terme|l.echeance)"
    r"|early (exit|termination)|(terminat\w*|leav\w*|quit\w*|exit\w*|walk\w* (out|away)|get out|pull\w* out|want out)"
    r"( [\w']+){0,4} (early|before (the )?(term|end|expiry))|before the (term|end date|expiry)|ahead of (the )?term)\b")
REMAINING_FEES = re.compile(
    r"\b((mensualites|redevances|echeances|loyers|mois|factures|abonnements?)( qui)? (restant\w*|restent|a courir|a echoir)|"
    r"reste du contrat|(toutes? les|tous les|l.integralite des|100 ?%( des)?) (mensualites|redevances|echeances|loyers|mois)|"
    r"jusqu.(au terme|a l.echeance|a la fin du contrat)|"
    r"(remaining|outstanding|rest of the|all the|every|each)( \w+){0,2} (fees?|months?|instal+ments?|payments?|charges?|"
    r"invoices?)|(fees?|months?|payments?|charges?) (left|remaining|outstanding)|full balance|balance of the (fees|contract|"
    r"term)|rest of the (term|contract)|(until|up to|to) the end( date| of the term)?)\b")
PREPAID = re.compile(
    r"\b((paye|payes|payee|regle|verse)\w*( [\w']+){0,3} (d.avance|a l.avance)|pre-?paid|pre-?payment|paid( \w+)? "
    r"(up ?front|in advance)|advance payment)\b")

# -- an activity taken over and its staff said to move --------------------------------------------------------------------
TAKEN_OVER = re.compile(
    r"\b((reprend\w*|repren\w*|reprise|recuper\w*)( [\w']+){0,4} (l.infogerance|le support|la maintenance|l.informatique|le contrat|"
    r"le marche|l.activite|le parc|la gestion|l.exploitation)|(nous )?confie\w*( [\w']+){0,3} (son|sa|leur|toute son|"
    r"toute leur) (informatique|support|infogerance|parc|it)|externalis\w*|"
    r"(tak\w*|took) over|outsourc\w*|(won|win|winning|inherit\w*) (a |the |an )?(contract|account|client|deal)( \w+){0,3} "
    r"from|replac\w* (another|the previous|their old|the old) (msp|provider|vendor))\b")
STAFF = re.compile(
    r"\b(salarie\w*|techniciens?|technicienne\w*|informaticien\w*|admins?|administrateurs?|employe\w*|personnel|dsi|"
    r"en interne|in-?house|staff|employees?|engineers?|technicians?|sysadmins?|it (people|team|guys?)|workers?)\b")
MOVE_TO_US = re.compile(
    r"\b(devien\w* (le |la |les )?notres?|passe\w* (automatiquement |d.office |de plein droit )?chez nous|"
    r"(on|nous) (doit|devons|doit-on|devrait|devrions)( \w+){0,2} (les |la |le |l.)?(reprendre|embaucher|garder|recruter)|"
    r"recuper\w*( \w+){0,2} (aussi |egalement )?(ses|leurs|les|son|sa) (techniciens?|technicienne|salaries?|informaticiens?|"
    r"admins?|employes?|personnel)|transfer\w*( \w+){0,3} (chez nous|a nous|vers nous)|transfert (des|du) (salaries|"
    r"personnel|contrats de travail)|contrats? de travail|"
    r"becom\w* (our|my) (employees?|staff)|work for us|(move|moves|moving|pass|passes|go|goes|come|comes|transfer\w*)"
    r"( \w+){0,3} (to|over to) us|(must|have to|has to|need to|should) (hire|employ|take( \w+)? on|keep) (them|her|him)|"
    r"employment contracts?|on our payroll|tupe)\b")

# -- the provider notifying the authority itself --------------------------------------------------------------------------
NOTIFY_AUTHORITY = re.compile(
    r"\b((notifi\w*|notif|notify\w*|declar\w*|signal\w*|prevenir|previen\w*|avertir|informer|report\w*|fil(e|es|ing)|tell\w*|alert\w*)"
    r"( [\w'-]+){0,6} (a |aupres de |with |to )?(la |l.|the |une |an )?(cnil|autorite|regulat\w*|supervisory authority|"
    r"data protection authority|authority|dpa authority)|(notification|declaration|filing|notice)( [\w'-]+){0,3} (a |to |"
    r"with )?(la |l.|the )?(cnil|autorite|regulator|supervisory authority|authority)|(cnil|regulator|authority) (filings?|"
    r"notifications?|reports?))\b")
BY_PROVIDER = re.compile(
    r"\b(nous[- ]memes?|ourselves|itself|lui-meme|elle-meme|themselves|directement|directly|a (sa|leur|notre|votre|ma) place|"
    r"instead of|in place of|on (its|their|our|your|the client.s|the customer.s|behalf)|behalf|pour (son|leur|notre|votre) "
    r"compte|en (son|leur|notre|votre) nom|in (its|their|our|your) name|mandat\w*|delegu\w*|delegat\w*|"
    r"(s.occuper|s.en charg\w*|take care|handle|handling|gerer)( \w+){0,3} (de la |of the |the )?(notif\w*|declaration|filing|cnil))\b")
DEADLINE_ASKED = re.compile(r"\b(combien de temps|quel delai|sous quel delai|dans quel delai|how long|how many (hours|days)|"
                            r"what deadline|by when)\b")

# -- an amicable attempt before court ---------------------------------------------------------------------------------------
_AMICABLE = (r"(mediat\w*|concilia\w*|amiable\w*|amicabl\w*|a l'amiable|750-1|procedure participative|participative procedure|"
             r"(settle|settling|resolve) (it |this |things |the matter )?(out of court|informally|first)|"
             r"(try|attempt\w*|tenter|tentative)( \w+){0,3} (to settle|de (regler|trouver un accord|s'arranger))|"
             r"before (suing|going to court|any (lawsuit|action|claim))|avant (le|d'aller au|de saisir le|toute action|d'assigner|"
             r"d'attaquer|tout proces)( \w+){0,2})")
_COURT = (r"(tribuna\w*|juges?|litiges?|disputes?|justice|assign\w*|proces|poursuiv\w*|attaquer|saisir|action en justice|contentieux|recouvr\w*|"
          r"courts?|judges?|sue|suing|lawsuit|litigat\w*|legal action|claims?|small claims|debt collection)")
# (the attempt a contract's clause imposes — "le contrat impose une conciliation", "our contract requires mediation" — is
# that clause's question, C. civ. and Ch. mixte 2003: the prior conciliation clause's card, not art. 750-1's)
_BY_CONTRACT = (r"(contrat|clause|cgv|conditions generales|accord|contract|agreement|terms)\b[^.?!]{0,40}\b(impos\w*|prevo\w*|"
                r"prevu\w*|exig\w*|oblig\w*|stipul\w*|requir\w*|provid\w*|says?|dit|contains?|contient|has|a une)\b|"
                r"\bclauses? (de |d')?(conciliation|mediation|mediat\w*|concilia\w*|amiable)|"
                r"(conciliation|mediation) clause")
AMICABLE_FIRST = re.compile(rf"(?s)^(?=.*\b{_AMICABLE})(?=.*\b{_COURT}\b)(?!.*\b(?:{_BY_CONTRACT}))")

# -- a client that no longer pays, the contract ended for it --------------------------------------------------------------
_UNPAID = (r"(paie plus|paye plus|regle plus|ne paie pas|ne paye pas|ne regle pas|(a )?cesse de (payer|regler)|arrete de (payer|"
           r"regler)|impayes?|impayees?|non payees?|pas (ete )?payees?|nous doit|retards? de paiement|doit \d|"
           r"(stopped|stops|stop|quit|not|never|isn'?t|hasn'?t|haven'?t|doesn'?t|don'?t|won'?t) (paying|pay|paid|settled?)|"
           r"unpaid|owes? (us )?(\d|eur|€|\$)|owes? us|owing|overdue|late (payments?|payer)|paying late|arrears|outstanding (invoices?|bills?|fees?))")
_ENDING = (r"(couper le contrat|rompre|rupture|resili\w*|resoudre|resolution|mettre (un )?terme|mettre fin|arreter (le|notre|ce) "
           r"(contrat|marche|partenariat|accord)|sortir (du|de ce|de notre) contrat|en sortir|denonc\w*|"
           r"terminat\w*|end (the|our|this) (contract|agreement|deal|relationship)|end it|walk away|get out|cancel (the|our|this) "
           r"(contract|agreement|deal)|stop the (contract|agreement)|pull the plug on the (contract|agreement|deal))")
# (a clause asked — "what must that clause contain", "rédige la clause résolutoire" — is the resolutory clause's card)
_CLAUSE_ASKED = (r"\b(what|quoi|que|qu'est-ce qu'?) (must|should|doit|devrait|faut-il|faut il)\b[^.?!]{0,30}\b(contain|say|include|"
                 r"contenir|prevoir|dire|mettre|ecrire)|\b(redig\w*|ecri\w*|draft\w*|write|writing)\b[^.?!]{0,30}\bclauses?\b|"
                 r"\bclauses?\b[^.?!]{0,30}\b(contain|contenir|include|prevoir|stipul\w*|spell\w* out|set\w* out|cover|"
                 r"state|say|dire|mention\w*)|\b(what|quoi|que) (must|should|doit|devrait)( \w+){0,2} clauses?\b")
UNPAID_ENDING = re.compile(rf"(?s)^(?=.*\b{_UNPAID})(?=.*\b{_ENDING})(?!.*(?:{_CLAUSE_ASKED}))")

# -- the provider blamed for not warning -------------------------------------------------------------------------------------
_BLAMED = (r"(reproch\w*|accus\w*|nous en veut|en veut|tient (pour )?responsables?|nous (tient|rend) responsables?|pretend\w* "
           r"qu'on (ne|n')|dit qu'on (ne|n')|faute de (conseil|mise en garde)|defaut de (conseil|mise en garde)|"
           r"blam\w*|accus\w*|holds? us (responsible|liable)|says? we (never|didn'?t|did not|failed)|claims? we (never|didn'?t|did "
           r"not|failed)|failure to (advise|warn)|failed to (advise|warn))")
_WARNED = (r"(alert\w*|prevenu\w*|prevenir|averti\w*|mis en garde|mise en garde|conseil\w*|recommand\w*|signale\w*|dit a "
           r"l'oral|a l'oral|oralement|de vive voix|au telephone|propos\w*|offre|warn\w*|advis\w*|advice|flag\w*|recommend\w*|"
           r"insist\w*|n'a pas voulu|n'ont pas voulu|did not want|didn'?t want|push\w*|told (them|him|her|it)|verbally|orally|in person|over the phone|offer\w*|proposal|declin\w*|turned down)")
# s30: the warning must be told as given — by word of mouth, in person, by phone, "on l'avait prévenu", "we did warn them"
# — or an offer declined; a word of the blame ("on ne l'a jamais prévenu", "we never warned them") or the fact to prove
# ("prouver qu'on l'a averti", "prove that we warned them") tells no warning, and who proves it is asked of the
# duty-to-advise proof card (the s23 half-A regression of the s29 merge)
_NOT_PROVED = (r"(?<!prouver qu')(?<!prouve qu')(?<!demontrer qu')(?<!justifier qu')(?<!prove that )(?<!prove )"
               r"(?<!show that )(?<!proving that )(?<!proof that )")
_WARNING_TOLD = (r"(dit a l'oral|a l'oral|oralement|de vive voix|au telephone|par telephone|en reunion|"
                 rf"{_NOT_PROVED}\b(on|nous) (l'|les |lui |leur )?(avait|avions|a bien|avons bien|a pourtant|avons pourtant|"
                 r"avait pourtant|avait bien|avions pourtant|avions bien)( \w+){0,2} (prevenu\w*|averti\w*|alerte\w*|dit|"
                 r"conseille\w*|recommande\w*|mis\w* en garde|signale\w*|propose\w*)|"
                 r"(refus\w*|declin\w*|n'a pas voulu|n'ont pas voulu|pas voulu)( \w+){0,3} (notre|nos|la|le|les|l')( \w+){0,2} "
                 r"(offre|proposition|devis|recommandation|conseil|sauvegarde|remplacement|mise a jour)|"
                 r"(on|nous) (l'|les |lui |leur )?(avait|avions) (propose|recommande|conseille)|"
                 r"verbally|orally|in person|over the phone|on (a|the) (call|phone)|by phone|face to face|"
                 rf"{_NOT_PROVED}\bwe (had |did |have |actually |already )?(told|warned|flagged|advised|recommended|raised|mentioned)"
                 r"|"
                 r"(turned down|declined|refused|rejected|said no to|didn'?t want|did not want)( \w+){0,3} (our|the) (offer|proposal|"
                 r"quote|recommendation|advice|upgrade|backup|replacement))")
# (or, with no warning told, what is at stake or how to defend asked: "comment se défendre ?", "what do we risk?")
_DEFENCE_ASKED = (r"\b(comment (se|nous) defendre|comment (on |nous )?(se |nous )?defend|que risque|on risque|risque-t-on|"
                  r"quelle exposition|on est couverts|sommes-nous couverts|how (do|can|should) we defend|what do we risk|"
                  r"do we risk|(our|what'?s our|how) expos\w*|are we covered)\b")
_GIVEN_OR_DEFENCE = (rf"(?:{_WARNING_TOLD}|{_DEFENCE_ASKED}|\b(n'a pas voulu|n'ont pas voulu|pas voulu|a refuse|avait refuse|"
                     r"ont refuse|avaient refuse|did not want|didn'?t want|refused|turned (it|them) down|said no)\b)")
WARNING_BLAMED = re.compile(rf"(?s)^(?=.*\b{_BLAMED})(?=.*\b{_WARNED})(?=.*{_GIVEN_OR_DEFENCE})")

# -- a person whose data leaked claiming against the processor ---------------------------------------------------------------
_PERSON = (r"(patients?|ancien\w* patients?|clients? (final|finaux|du client|de notre client)|salarie\w* (du|de notre) client|"
           r"personnes? (concernees?|touchees?)|victimes?|usagers?|adherents?|abonnes?|particuliers?|"
           r"former patients?|data subjects?|individuals?|customers? of (our|the) client|end customers?|"
           r"(the|our) client'?s (customers?|employees?|staff|users?|patients?)|employees? of (the|our) client|users?|"
           r"people (affected|whose data)|affected (people|persons|individuals)|members?|subscribers?)")
_CLAIMS_AGAINST_US = (r"((nous|nos|msp|presta\w*|infogeran\w*|hebergeur|sous-traitant)( \w+){0,4} (poursuit|poursuivent|assign\w*|"
                      r"attaqu\w*|reclam\w*)|(poursuit|poursuivent|assign\w*|attaqu\w*|reclam\w*)( \w+){0,5} (nous|msp|"
                      r"presta\w*|infogeran\w*|hebergeur|sous-traitant|directement)|"
                      r"(su(e|es|ed|ing)|go(ing)? after|claim\w* against|tak\w* (us|action against us)|coming after)"
                      r"( \w+){0,6} (us|the msp|the processor|the provider|their msp|our company|directly))")
_LEAK = (r"(fuite|fuite de donnees|violation|piratage|cyberattaque|divulg\w*|expos\w*|vol de donnees|donnees|"
         r"leak\w*|breach\w*|hack\w*|data|exposed|stolen)")
DATA_SUBJECT_VS_PROCESSOR = re.compile(rf"(?s)^(?=.*\b{_PERSON}\b)(?=.*{_CLAIMS_AGAINST_US})(?=.*\b{_LEAK})")

# -- s30: the provider blamed for not warning, no warning told, who proves it asked ---------------------------------------
# ("le client dit qu'on ne l'a jamais averti…, c'est à nous de prouver le contraire ?", "who has to prove that we warned
# them?"): the duty-to-advise proof card (C. civ. 1353 al. 2, Cass. 1re civ. 25 Feb. 1997), the warning being the duty
# whose performance is to be proved, not a service performed
_PROOF_ASKED = (r"\b(prouv\w*|preuve|demontr\w*|justifi\w*|prove[sd]?|proving|proof|burden|evidence|show that|establish that)\b")
ADVICE_PROOF_ASKED = re.compile(rf"(?s)^(?=.*\b{_BLAMED})(?=.*\b{_WARNED})(?=.*{_PROOF_ASKED})(?!.*{_GIVEN_OR_DEFENCE})")
