"""Cue families of situations a question tells, twenty-ninth session (issue 15): facts that put a story under a card we
hold whatever words it is asked in (folded text; read by `told_situations.SITUATIONS`).

- a fixed-term contract left early and every remaining instalment claimed: a penalty clause the court may reduce
  (C. civ. 1231-5), unless the fees were paid in advance (the prepaid commitment's card);
- an activity taken over (an outsourcing, a contract won from another provider) and the staff who worked on it said to
  move to the new provider (C. trav. L1224-1);
- the provider notifying a personal data breach to the authority itself, in the client's place (GDPR 33(1): the
  controller's duty, which the processor may carry out under an express mandate; 28(3)(f)), a deadline asked aside.
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
