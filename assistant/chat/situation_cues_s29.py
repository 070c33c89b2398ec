"""Cue families of the situations a question tells, twenty-ninth session (issue 15): the meaning that puts a question under
a body of law the answers had not reached, by family (folded text). `premises.ASK_CUES` gates the s29 cards on them, so a
card answers only a question that tells its situation, and `told_situations.SITUATIONS` joins them so the card keeps its
place against a card on a subject the story names in passing.

- going to court over a sum, with an amicable attempt (conciliation, mediation) named: the prior attempt required for
  claims of 5 000 EUR or less (C. proc. civ. 750-1);
- a client that no longer pays, and the provider asking to end the contract (not merely to suspend the service): formal
  notice then notification at one's own risk (C. civ. 1224, 1226), suspension meanwhile (1219, 1220);
- the provider blamed for not warning or advising, or for a refused offer, with the warning given: who proves it and what
  is at stake (C. civ. 1353, 1112-1);
- a person whose data leaked (a patient, a customer, an employee of the client) claiming against the processor itself
  (GDPR art. 82).
"""

from __future__ import annotations

import re

# -- an amicable attempt before court ---------------------------------------------------------------------------------------
_AMICABLE = (r"(mediat\w*|concilia\w*|amiable\w*|amicabl\w*|a l'amiable|750-1|procedure participative|participative procedure|"
             r"(settle|settling|resolve) (it |this |things |the matter )?(out of court|informally|first)|"
             r"(try|attempt\w*|tenter|tentative)( \w+){0,3} (to settle|de (regler|trouver un accord|s'arranger))|"
             r"before (suing|going to court|any (lawsuit|action|claim))|avant (le|d'aller au|de saisir le|toute action|d'assigner|"
             r"d'attaquer|tout proces)( \w+){0,2})")
_COURT = (r"(tribuna\w*|juges?|litiges?|disputes?|justice|assign\w*|proces|poursuiv\w*|attaquer|saisir|action en justice|contentieux|recouvr\w*|"
          r"courts?|judges?|sue|suing|lawsuit|litigat\w*|legal action|claims?|small claims|debt collection)")
AMICABLE_FIRST = re.compile(rf"(?s)^(?=.*\b{_AMICABLE})(?=.*\b{_COURT}\b)")

# -- a client that no longer pays, the contract ended for it --------------------------------------------------------------
_UNPAID = (r"(paie plus|paye plus|regle plus|ne paie pas|ne paye pas|ne regle pas|(a )?cesse de (payer|regler)|arrete de (payer|"
           r"regler)|impayes?|impayees?|non payees?|pas (ete )?payees?|nous doit|retards? de paiement|doit \d|"
           r"(stopped|stops|stop|quit|not|never|isn'?t|hasn'?t|haven'?t|doesn'?t|don'?t|won'?t) (paying|pay|paid|settled?)|"
           r"unpaid|owes? (us )?(\d|eur|€|\$)|owes? us|owing|overdue|late (payments?|payer)|paying late|arrears|outstanding (invoices?|bills?|fees?))")
_ENDING = (r"(couper le contrat|rompre|rupture|resili\w*|resoudre|resolution|mettre (un )?terme|mettre fin|arreter (le|notre|ce) "
           r"(contrat|marche|partenariat|accord)|sortir (du|de ce|de notre) contrat|en sortir|denonc\w*|"
           r"terminat\w*|end (the|our|this) (contract|agreement|deal|relationship)|end it|walk away|get out|cancel (the|our|this) "
           r"(contract|agreement|deal)|stop the (contract|agreement)|pull the plug on the (contract|agreement|deal))")
UNPAID_ENDING = re.compile(rf"(?s)^(?=.*\b{_UNPAID})(?=.*\b{_ENDING})")

# -- the provider blamed for not warning -------------------------------------------------------------------------------------
_BLAMED = (r"(reproch\w*|accus\w*|nous en veut|en veut|tient (pour )?responsables?|nous (tient|rend) responsables?|pretend\w* "
           r"qu'on (ne|n')|dit qu'on (ne|n')|faute de (conseil|mise en garde)|defaut de (conseil|mise en garde)|"
           r"blam\w*|accus\w*|holds? us (responsible|liable)|says? we (never|didn'?t|did not|failed)|claims? we (never|didn'?t|did "
           r"not|failed)|failure to (advise|warn)|failed to (advise|warn))")
_WARNED = (r"(alert\w*|prevenu\w*|prevenir|averti\w*|mis en garde|mise en garde|conseil\w*|recommand\w*|signale\w*|dit a "
           r"l'oral|a l'oral|oralement|de vive voix|au telephone|propos\w*|offre|warn\w*|advis\w*|advice|flag\w*|recommend\w*|"
           r"insist\w*|n'a pas voulu|n'ont pas voulu|did not want|didn'?t want|push\w*|told (them|him|her|it)|verbally|orally|in person|over the phone|offer\w*|proposal|declin\w*|turned down)")
WARNING_BLAMED = re.compile(rf"(?s)^(?=.*\b{_BLAMED})(?=.*\b{_WARNED})")

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
