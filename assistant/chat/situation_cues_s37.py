"""Cue families of the thirty-seventh session's answer classes (helper s37-ans, issue 15), read on folded text as a
told situation (`told_situations.SITUATIONS`): the words of a situation, never of one evaluation question.

- an exit reserved to one side: the other party may terminate at will or on short notice while the asker is bound for the
  whole term, or only one side may terminate early — an imbalance (C. civ. 1171; C. com. L442-1, I, 2°), the card on
  one-sided standard terms, not the card on ending an established relationship, which turns on the notice given;
- backups that failed or can no longer be restored, the provider's exposure asked: the failed-backup card;
- penalties or service credits with no cap, whatever is asked of them: the card on high or uncapped penalties.
"""

from __future__ import annotations

import re

# the other party (the provider, "lui", "they") given a right to end the contract
_OTHER = (r"(presta\w*|prestataire|msp|infogerant|fournisseur|editeur|hebergeur|client|lui|il|elle|ils|provider|supplier|"
          r"vendor|outsourcer|host|customer|they|it|he)")
_MAY = (r"(peut|peuvent|pourra|a le droit de|ont le droit de|s'est (garde|reserve) le droit de|se reserve le droit de|"
        r"s'est (garde|reserve) la (faculte|possibilite) de|can|may|could|is (allowed|free|entitled) to|has (a|the) right to|"
        r"kept (a|the) right to|reserves? (itself |themselves )?the right to|gets to)")
_END = (r"(resili\w*|sortir|partir|arreter (le contrat|la prestation|tout)|mettre fin|rompre|terminat\w*|walk away|leave|"
        r"exit|end (the|our|this) (contract|deal|agreement)|pull out|cancel\w*)")
_OTHER_MAY_END = (rf"\b({_OTHER}( \w+){{0,3}} {_MAY}( \w+){{0,2}}|(lets?|allows?|permet) (the |our |au |a l'|a )?{_OTHER}( \w+)?"
                  rf"( to| de)?|(s'est|se) reserve\w* (a lui )?seule?s? (le droit|la faculte) de) {_END}\b")
# ... while the asker stays bound, or the right is the other side's alone
_WE_BOUND = (r"\b((nous|on)( ne)? (peut|peux|pouvons|pourra|pourrons|a|avons) (pas|aucun|jamais)( le droit de| moyen de)? "
             r"(sortir|partir|resilier|arreter)|(nous|et nous|mais nous|pas nous),? non\b|(on est|on reste|nous sommes|nous restons|"
             r"on serait|nous serions) (bloques?|engages?|coinces?|lies?|tenus?|pieges?|enfermes?)|(bloques?|coinces?|engages?) "
             r"((pour|sur|pendant) )?(\d+|un|une|deux|trois|quatre|cinq) (ans?|annees?|mois)|we('re| are| remain| stay) (stuck|locked|"
             r"bound|committed|tied)|we (can'?t|cannot|can not|may not|have no (right|way) to) (leave|terminate|exit|get out|"
             r"end it|cancel)|(but|while) we (can'?t|cannot)|not us\b|(seul|seule|seuls) (le |la |l')?(presta\w*|prestataire|"
             r"msp|infogerant|fournisseur|client|editeur)\b[^.?!]{0,30}\b(peut|peuvent|a le droit)|only (the )?(supplier|"
             r"provider|msp|vendor|customer|client|they|it)\b[^.?!]{0,30}\b(can|may|has (a|the) right|gets to)|"
             r"(for (itself|themselves|himself)|pour (lui|eux)(-meme)?) (only|alone|seul\w*)|seule?s? (le droit|la faculte) de "
             r"(sortir|resilier|partir|mettre fin))")
ONE_SIDED_EXIT = re.compile(rf"(?s)^(?=.*({_OTHER_MAY_END}|\b(seul|seule|only)\b))(?=.*{_WE_BOUND})")

# -- backups that cannot be restored, the provider's exposure asked -----------------------------------------------------------
# backups that failed, are unreadable or can no longer be restored (their key lost), and what the provider risks or owes
# asked: the card on a failed backup or restore, whose verdict says what the liability turns on (a backup not run is an
# obligation of result, a restore that fails often a reinforced obligation of means: C. civ. 1231-1, 1218, 1356), not the
# GDPR art. 32 duty to test restores; a clause excluding data loss, an absolute promise broken and a sub-processor's failure
# are their own cards' questions
_BACKUP = (r"(sauvegardes?|backups?|back-ups?|snapshots?|copies de (securite|sauvegarde)|jobs? de sauvegarde|"
           r"backup jobs?)")
_FAILED = (r"(echou\w*|ratee?s?|illisibles?|inutilisables?|inexploitables?|corrompu\w*|vides|failed|failing|fails|unreadable|"
           r"unusable|corrupt\w*|broken|(pas|plus|jamais) (ete )?(faites?|fonctionne\w*|marche\w*|restaurables?|recuperables?)|"
           r"not (been )?(run|done|working|restorable|recoverable)|never (ran|run|worked|been run)|"
           r"(perdu|efface\w*|egare\w*|lost|misplaced|deleted|wiped)( par erreur| by mistake)? (la |the |leur |its |their )?"
           r"(cle|key|mot de passe|password)|(can'?t|cannot|could not|couldn'?t) (be )?(restor|recover)\w*|"
           r"(impossible de|ne peut plus|peut plus) (rien )?(restaur|recuper)\w*|plus rien n'est (recuperable|restaurable)|"
           r"(none|nothing)( of (them|it))? (can|could) be (restored|recovered)|restauration (a )?(echoue\w*|impossible|ratee))")
_EXPOSURE = (r"(risque\w*|risk\w*|expose\w*|exposure|responsab\w*|liab\w*|reclam\w*|claim\w*|recours|dedommag\w*|"
             r"indemni\w*|damages|compensat\w*|poursuiv\w*|sue|en justice|que peut-on (faire|obtenir|demander)|"
             r"what can we (do|get|claim)|make (them|it|him) pay|lui faire payer)")
_BACKUP_ELSEWHERE = (r"\b(clauses?|exclu\w*|promis\w*|promesse|promise\w*|garanti\w* (zero|aucune?)|zero perte|"
                     r"sous-traitants?|subcontractors?|sub-?processors?)\b")
BACKUP_FAILED_EXPOSURE = re.compile(rf"(?s)^(?!.*{_BACKUP_ELSEWHERE})(?=.*\b{_BACKUP}\b)(?=.*\b{_FAILED})"
                                    rf"(?=.*\b{_EXPOSURE}\b)")

# -- penalties with no cap ------------------------------------------------------------------------------------------------------
# penalties or service credits demanded with no cap ("sans plafond", "illimitées", "uncapped"), whatever is asked of them (may
# we refuse, what to offer, is it normal): the card on high or uncapped penalties (C. civ. 1231-5: the court may reduce a
# manifestly excessive penalty), not the cards on deducting penalties from an invoice or on negotiations in general; a
# liability with no cap is the liability cards' question
_PENALTY = (r"(penalites?|penalties|penalty|pena|credits? de service|service credits?|indemnites? de retard|"
            r"liquidated damages)")
_NO_CAP = (r"(sans (aucun |aucune |de |le moindre )?(plafond|limite|cap|maximum|plafonnement)|illimitee?s?|non plafonnee?s?|"
           r"pas plafonnee?s?|jamais plafonnee?s?|uncapped|unlimited|unbounded|with no (cap|limit|ceiling|maximum)|"
           r"without (a |any )?(cap|limit|ceiling|maximum)|no (cap|ceiling|upper limit))")
UNCAPPED_PENALTIES = re.compile(rf"(?s)\b({_PENALTY}\b( [\w'-]+){{0,5}} {_NO_CAP}|{_NO_CAP}( [\w'-]+){{0,2}} {_PENALTY})\b")
