"""Cues several commercial readers share: liability and cap words, penalties and service credits, a
price taken from the provider's scale at the time, an exit or a change "without compensation"."""

from __future__ import annotations

import re

from assistant.legal.review.facts.reading import Sent


# the provider's own scale as it stands when the time comes: "then-current list price", "then-prevailing rate card",
# "standard rates in effect at that time", "tarifs en vigueur", "barème alors applicable"
LIST_THEN = r"then[- ]?(current|prevailing|applicable|standard|in (force|effect))\W+(\w+\W+){0,1}?(price|rate|fee|charge|" \
            r"tarif|pricing)|prevailing (list |standard )?(prices?|rates?|rate card|price list|tariffs?|charges|fees)|(current|published) " \
            r"(list price|rate card|price list|tariff)|" \
            r"(list price|rate card|price list|standard rates) (then )?(in (force|effect)|applicable) (at that time|on the " \
            r"renewal date|at (the time of )?renewal)"


# "au tarif du Prestataire en vigueur à la date du renouvellement": the owner's name between the noun and "en vigueur"
LIST_PRICE_THEN = LIST_THEN + r"|(tarifs?|prix|bareme|grille tarifaire) ((du|de la|de l') ?\w+ )?(public |catalogue |standard )?" \
                              r"(alors )?en vigueur|" \
                              r"(tarifs?|prix|bareme|grille tarifaire) (public |catalogue |standard )?alors applicable"


LIAB = r"responsabilit|\bliabilit|\bliable\b|dommages|damages|indemni|held to (respond|answer)|\banswer(s|able)? for|\brespond(s)? for|mises? a la charge (du|de la|de l')"


# a figure written in words where a ceiling is stated ("up to fifteen percent (15%)", "jusqu'à dix pour cent")
NUMBER_WORD = r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|" \
              r"fifty|hundred|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|vingt-cinq|trente|" \
              r"quarante|cinquante|cent)\b"
CAP = r"\b(in no (case|event)|under no circumstances|en aucun cas)\b[^.;]{0,90}?\b(amounts?|sums?|montants?|sommes?) (exceeding|" \
      r"in excess of|superieure?s? a|excedant|depassant)\b|\b(montant|sommes?|total)\b[^.;]{0,120}?\b(est|sont|sera|seront) " \
      r"(arrete|fixe|plafonne|borne|limite)e?s? (a|au|aux) (la |un |l')?(valeur|somme|montant|equivalent|total|maximum)\b|plafon|ne (pourra|pourront|pourrait|pourraient|peut|peuvent|sauraient?|saurait|doit|doivent|devra|devront) (pas |en aucun cas |jamais )?(exceder|depasser)|dans la limite(?! (du|de son|" \
      r"de ses|des|de leurs?) (perimetre|responsabilit|attributions?|competences?|possible|disponibilit|stocks?|missions?))|" \
      r"limited to|sans que (le |leur |son |la |les )?(\w+ ){0,4}?(puisse|puissent) (\w+ )?(exceder|depasser)|" \
      r"[,;] (and )?(in (total|aggregate) )?(up to|to a maximum of|jusqu'a (concurrence de )?|a concurrence de|dans la " \
      r"limite de) (un (total|maximum) de |a (total|maximum) of )?(\d|" + NUMBER_WORD + r")|(shall|will|may|must|do|does) not(,( [^,.;]{1,30}),)? (\w+ ){0,3}?exceed|ne (pourra|pourront|pourrait|pourraient|peut|peuvent|saurait|sauraient|doit|doivent|devra|devront)( pas)?,( [^,.;]{1,30}),( pas)? (exceder|depasser)|(up to|subject to) (a |an )?((overall|aggregate|total|global|combined|cumulative|monthly|annual|yearly|" \
      r"quarterly) )?(maximum|ceiling|cap|limit) (of|de)|\bceiling\b|" \
      r"\b(up to|jusqu'a) (an?|un|une) (aggregate|overall|total|cumulative|combined|maximum|plafond|cumul)( maximum| aggregate| " \
      r"cumule| global)? (of|de)\b|" \
      r"limitee?s? (a|au|aux)\b|limit(e|ee|es|ees|ed)\b,( [^,.;]{0,30},| [^.;]{0,70},)? (a|au|aux|to)\b|capped|shall not exceed|not exceed|in no event exceed|\bmaximum\b(?! extent)|\bcap\b|" \
      r"aggregate liability|total liability|not (be )?cumulative beyond|(not|cannot|can't|never) (\w+ ){0,2}?(cumulative|accumulate|accrue|" \
      r"cumulated|aggregated?|add up|be added) (beyond|above|in excess of|over)\b|\b(in no event|under no circumstances)\b.{0,120}" \
      r"\bexceed|(liability|responsabilite)\b.{0,100}\b(exceed|exceder|depasser)\b|au-dela (de|d'un total)|au-dela (du|des|de la) (montant|somme|plafond|total|" \
      r"valeur|prix)|ne (peut|pourra) " \
      r"(pas )?(depasser|exceder)|n'excede\w*|\bliable\b.{0,40}\b(for|in|to pay) (any amount |an amount |sums? )?(more|greater|" \
      r"in excess) (than|of)"


# what a plan includes and the customer uses up ("un crédit de 2 000 minutes", "a credit of 500 pages", "crédit d'heures"):
# an allowance bought, not a service credit owed for a failure
CONSUMED = r"[\d\s.,\u00a0\u202f]*(minutes?|min\b|sms|go\b|gb\b|mo\b|mb\b|pages?|copies|impressions|heures?|hours?|jetons?|" \
           r"tokens?|appels?|calls?|unites?|units?|communications?)"


PENALTY = r"penalit\w*\b|(?<!late )(?<!late-)(?<!late payment )(?<!late-payment )\bpenalt(?:y|ies)\b" \
          r"(?! (?:interest|for late))|service credits?|credits? de service|(total|montant|cumul|somme|plafond) (\w+ )?(des|de ces) avoirs\b|\bcredits?\b(?= (?:shall|will|are|is|may|" \
          r"equal|egal\w*|correspondant\w*|de \d(?!" + CONSUMED + r")|of(?!" + CONSUMED + r")|sont|seront|est|accumulate|accrue|accrues|se cumulent|(?:cannot|can not|may not|shall not|will not|never) (?:be )?(?:cumul|accumul|aggregat|add|exceed)\w*|in aggregate))|liquidated damages|avoirs? sur (la )?facture|sous forme d'avoirs?|" \
          r"\b(shall|will|must|agrees to) (\w+ )?credit\b|\bcredited (to|against|on)\b|" \
          r"\b(total|aggregate|maximum|cumulative|sum|montant) (\w+ )?(of )?(all |the )?(service )?credits?\b|" \
          r"\b(for|per) (each |every )?(commenced |started |begun |part(ial)? |full )?(calendar |business |working )?(day|week|hour) " \
          r"of delay\b|par (jour|semaine|heure) (calendaire |ouvre |ouvrable )?(entamee? |commencee? )?de retard|delay damages|damages for delay|" \
          r"\bcredits? (in|for|per|during) (any|a|each|the|one) (\w+ )?(month|period|year|quarter)|" \
          r"\b(genuine )?pre-?estimate of (the )?(\w+'?s? )?(loss|losses|damage)|\brefactions?\b|\bdelay payments?\b"


# the list form first, so that "without penalty or termination fee" is taken whole and leaves no "termination fee" behind
NO_COMPENSATION = r"(sans|without|free of|exempt from|dispense\w* de)(?! prejudice)( [\w'-]+){0,5}? (d')?(indemnit\w*|compensation|(termination|" \
                  r"exit|break|cancellation|early termination) (fees?|charges?|payments?)|frais|penalit\w*|penalt\w*)" \
                  r"( (or|ou|nor|ni|and|et) (any |d'|de |aucune? )?(\w+ )?(indemnit\w*|compensation|fees?|frais|penalt\w*|" \
                  r"penalit\w*|charges?))?|" \
                  r"sans (aucune )?(indemnit|compensation|frais|penalit)\w*|without (any )?(compensation|indemnity|fee|" \
                  r"penalty|charge)|no (compensation|indemnity|termination fee)|no (early )?(termination|exit|break|cancellation) (fees?|" \
                  r"charges?|payments?)"


def _neg_cue(s: Sent, rx: str) -> bool:
    """Every match of rx in the sentence is denied or excluded ("sans pénalité")."""
    found = list(re.finditer(rx, s.folded))
    return bool(found) and all(s.negated(x) for x in found)
