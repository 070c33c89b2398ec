"""Commercial facts: liability, penalties, service levels, renewal, termination, suspension,
assignment and price. Each extractor reads one sentence (`Sent`) in its clause (`Where`) and
returns typed facts; a cue that is denied where it stands ("sans pénalité", "ne peut céder")
gives no fact, or the opposite one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.reading import (EITHER, MAY, NEED_NOT, Names, Sent, actor, denied_before, modal, months_of, nearest_party,
                                                  negated, subject)
from assistant.text import find_durations, find_money, find_percentages, find_quantities, fold


@dataclass
class Where:
    """The clause a sentence belongs to, as extractors need it."""
    index: int
    heading: str  # folded heading (with parents)
    article: str  # folded text of the whole article (sub-clauses joined)
    names: Names
    clause: str = ""  # folded text of the clause itself


# the provider's own scale as it stands when the time comes: "then-current list price", "then-prevailing rate card",
# "standard rates in effect at that time", "tarifs en vigueur", "barème alors applicable"
LIST_THEN = r"then[- ]?(current|prevailing|applicable|standard|in (force|effect))\W+(\w+\W+){0,1}?(price|rate|fee|charge|" \
            r"tarif|pricing)|prevailing (list |standard )?(prices?|rates?|rate card|price list|tariffs?|charges|fees)|(current|published) " \
            r"(list price|rate card|price list|tariff)|" \
            r"(list price|rate card|price list|standard rates) (then )?(in (force|effect)|applicable) (at that time|on the " \
            r"renewal date|at (the time of )?renewal)"
LIST_PRICE_THEN = LIST_THEN + r"|(tarifs?|prix|bareme|grille tarifaire) (public |catalogue |standard )?(alors )?en vigueur|" \
                              r"(tarifs?|prix|bareme|grille tarifaire) (public |catalogue |standard )?alors applicable"

LIAB = r"responsabilit|\bliabilit|\bliable\b|dommages|damages|indemni"
CAP = r"plafon|ne (pourra|pourront|pourrait|pourraient|peut|peuvent|sauraient?|saurait|doit|doivent|devra|devront) (pas |en aucun cas |jamais )?(exceder|depasser)|dans la limite(?! (du|de son|" \
      r"de ses|des|de leurs?) (perimetre|responsabilit|attributions?|competences?|possible|disponibilit|stocks?|missions?))|" \
      r"limited to|sans que (le |leur |son |la |les )?(\w+ ){0,4}?(puisse|puissent) (\w+ )?(exceder|depasser)|" \
      r"[,;] (and )?(in (total|aggregate) )?(up to|to a maximum of|jusqu'a (concurrence de )?|a concurrence de|dans la " \
      r"limite de) (un (total|maximum) de |a (total|maximum) of )?\d|(shall|will|may|must|do|does) not(,( [^,.;]{1,30}),)? (\w+ ){0,3}?exceed|ne (pourra|pourront|pourrait|pourraient|peut|peuvent|saurait|sauraient|doit|doivent|devra|devront)( pas)?,( [^,.;]{1,30}),( pas)? (exceder|depasser)|(up to|subject to) (a |an )?(maximum|ceiling|cap|" \
      r"limit) (of|de)|\bceiling\b|" \
      r"limitee?s? (a|au|aux)\b|limit(e|ee|es|ees|ed)\b,( [^,.;]{0,30},| [^.;]{0,70},)? (a|au|aux|to)\b|capped|shall not exceed|not exceed|in no event exceed|\bmaximum\b(?! extent)|\bcap\b|" \
      r"aggregate liability|total liability|not (be )?cumulative beyond|(not|cannot|can't|never) (\w+ ){0,2}?(cumulative|accumulate|accrue|" \
      r"cumulated|aggregated?|add up|be added) (beyond|above|in excess of|over)\b|\b(in no event|under no circumstances)\b.{0,120}" \
      r"\bexceed|(liability|responsabilite)\b.{0,100}\b(exceed|exceder|depasser)\b|au-dela (de|d'un total)|au-dela (du|des|de la) (montant|somme|plafond|total|" \
      r"valeur|prix)|ne (peut|pourra) " \
      r"(pas )?(depasser|exceder)|n'excede\w*|\bliable\b.{0,40}\b(for|in|to pay) (any amount |an amount |sums? )?(more|greater|" \
      r"in excess) (than|of)"
PENALTY = r"penalit\w*\b|(?<!late )(?<!late-)(?<!late payment )(?<!late-payment )\bpenalt(?:y|ies)\b" \
          r"(?! (?:interest|for late))|service credits?|credits? de service|(total|montant|cumul|somme|plafond) (\w+ )?(des|de ces) avoirs\b|\bcredits?\b(?= (?:shall|will|are|is|may|" \
          r"equal|of|sont|seront|est|accumulate|accrue|accrues|se cumulent|(?:cannot|can not|may not|shall not|will not|never) (?:be )?(?:cumul|accumul|aggregat|add|exceed)\w*|in aggregate))|liquidated damages|avoirs? sur (la )?facture|sous forme d'avoirs?|" \
          r"\b(shall|will|must|agrees to) (\w+ )?credit\b|\bcredited (to|against|on)\b|" \
          r"\b(total|aggregate|maximum|cumulative|sum|montant) (\w+ )?(of )?(all |the )?(service )?credits?\b|" \
          r"\b(for|per) (each |every )?(commenced |started |begun |part(ial)? |full )?(calendar |business |working )?(day|week|hour) " \
          r"of delay\b|par (jour|semaine|heure) (calendaire |ouvre |ouvrable )?(entamee? |commencee? )?de retard|delay damages|damages for delay|" \
          r"\bcredits? (in|for|per|during) (any|a|each|the|one) (\w+ )?(month|period|year|quarter)|" \
          r"\b(genuine )?pre-?estimate of (the )?(\w+'?s? )?(loss|losses|damage)|\brefactions?\b|\bdelay payments?\b"
NO_COMPENSATION = r"sans (aucune )?(indemnit|compensation|frais|penalit)\w*|without (any )?(compensation|indemnity|fee|" \
                  r"penalty|charge)|no (compensation|indemnity|termination fee)|no (early )?(termination|exit|break|cancellation) (fees?|" \
                  r"charges?|payments?)|" \
                  r"(sans|without|free of|exempt from|dispense\w* de)(?! prejudice)( [\w'-]+){0,5}? (d')?(indemnit\w*|compensation|(termination|" \
                  r"exit|break|cancellation|early termination) (fees?|charges?|payments?)|frais|penalit\w*|penalt\w*)" \
                  r"( (or|ou|nor|ni|and|et) (any |d'|de |aucune? )?(\w+ )?(indemnit\w*|compensation|fees?|frais|penalt\w*|" \
                  r"penalit\w*|charges?))?"


def _neg_cue(s: Sent, rx: str) -> bool:
    """Every match of rx in the sentence is denied or excluded ("sans pénalité")."""
    found = list(re.finditer(rx, s.folded))
    return bool(found) and all(s.negated(x) for x in found)


# -- liability ------------------------------------------------------------------------------------
LOW_FEE = r"(derniere|dernier) facture|last (monthly )?invoice|\b(une|one|a|a single|une seule) (\(1\) )?(facture|invoice) " \
          r"(mensuelle|monthly|du mois)|\b(one|a|a single) (\(1\) )?monthly invoice|one month'?s? (fees|charges)|(au titre|pour le|du|au cours) " \
          r"(du |de )?(dernier )?mois (civil )?(preced\w*|ecoule|en cours)|(fees|charges|amounts) (paid |payable )?(for|in) " \
          r"the (preceding|previous|last) (calendar )?month|" \
          r"(redevance|fees?|charges) (mensuelle|monthly|du mois|for the month|of one month)|" \
          r"prix de (l'|la )(intervention|prestation) (concernee|en cause)|price (paid )?for the " \
          r"(affected |relevant |specific |particular |individual |single )?(intervention |support |service )?(intervention|" \
          r"service|ticket|request)|" \
          r"(cost|price) of (re-?running|re-?performing|re-?doing|repeating|re-?executing)\b|(cout|prix) de (la )?(reexecution|" \
          r"nouvelle execution)|" \
          r"\b(une|one|1|a single|une seule) (\(1\) )?(mensualite|monthly (fee|charge|instal+ment|payment|subscription))|" \
          r"montant mensuel (de l'abonnement|de la redevance|du contrat|des prestations|des services)|(abonnement|" \
          r"subscription) (mensuel|monthly)|monthly (subscription|amount)|" \
          r"\b(un|one|1) (\(1\) )?mois de (redevance|facturation|prestations?|abonnement)|" \
          r"(during|in|for|over) the (calendar |single )?month (in which|during which|when|of the (claim|event|incident)|" \
          r"preceding|before|prior to)|(du|le|au cours du) mois (precedant|qui precede|anterieur)|(facture|invoice) (du|of " \
          r"the|for the) (mois|month)\b|" \
          r"(au cours|pendant|au titre|lors) du mois (au cours duquel|pendant lequel|durant lequel|de (la )?survenance|ou)|" \
          r"(fees|charges|amounts|sums)\b[^.;]{0,50}?\b(for|in|in respect of|relating to|during) the (calendar )?month " \
          r"(immediately )?(preceding|before|prior to)|(for|in|in respect of) the (immediately )?(preceding|previous|last) " \
          r"(calendar )?month\b|" \
          r"(fees?|prices?|charges?|amounts?)\s+(charged |paid |invoiced |billed )?(for|under|of|in respect of) the (affected |" \
          r"relevant |individual |single )?(ticket|intervention|incident|service request|call)\b|(rate|price|fee|charge) for " \
          r"(one|a single) (\(1\) )?hour\b|" \
          r"montant (facture|paye|regle|verse)\w* (au titre de|pour) (l'|la |le )(intervention|prestation|ticket|demande)\b"
TIMES_FEE = r"(\d{1,2}|[a-z]+(-[a-z]+)?) (fois|times|x) (le |la |the )?(montant |amount )?(de la |du |of the |of )?" \
            r"(redevance|fees?|charges|prix)"
UNLIMITED = r"responsabilite (illimitee|sans limit)|unlimited liability|liability\b.{0,60}(is|shall be|will be) " \
            r"unlimited|sans (aucune )?limit\w* (de|du) (montant|responsabilite)|not (be )?(subject to|limited by) " \
            r"any (cap|limit)|(n'est|ne sera) (pas|nullement) (limitee|plafonnee)|" \
            r"(n'est|ne sera|ne peut etre|n'etant) (limitee|plafonnee) ni\b|(is|shall be|will be) (limited|capped) neither\b|" \
            r"(is|are|shall|will) not (be )?(limited|capped) (either )?(in|as to|by) (its |their )?(amount|value|quantum|type|kind|" \
            r"nature)\b|" \
            r"\bnothing in (this|the) (agreement|contract|clause|section|article)\w*\b[^.;]{0,40}\b(limits?|exclud\w*|restrict\w*)" \
            r"\b[^.;]{0,20}\b(\w+'s liabilit\w*|the liabilit\w* of (the |either |any )?\w+)[^.;]{0,60}\b(for any (loss|damage|claim)|in any way|whatsoever|arising (out of|" \
            r"under|from))|(\baucune?|\bsans|\bno|\bwithout any|not subject to any) (plafond|cap|limit\w*|ceiling)\w* " \
            r"(\w+ ){0,2}?(de |of |on |to )?(la |the )?(responsabilite|liabilit)|aucun plafond (n'est|n'etant|ne (sera|s'applique|" \
            r"saurait))|\bno (cap|limit|ceiling) (shall |will )?(apply|applies)|(ecart\w*|exclu\w*|renonc\w* a) (toute?s? |les )?" \
            r"(clauses?|stipulations?) (limitatives?|d'exclusion|de limitation) de responsabilite|(responsabilite|liability)\b" \
            r"[^.;]{0,60}(n'est soumise a aucun|is not subject to any|ne connait aucun|without any|sans aucun) (plafond|cap|" \
            r"limit\w*|ceiling)|(responsabilite|liability)((?! (qui|that|which|et|and)\b)( [\w']+)){0,3} (ne fera|ne fait|ne pourra faire|" \
            r"n'est|ne sera)\b[^.;]{0,20}" \
            r"\b(aucun|aucune)\s+(plafon\w*|limit\w*)|\bno (financial |monetary |overall |aggregate |upper )?(cap|limit|ceiling) " \
            r"(shall |will |is to |does )?(apply|applies)\b[^.;]{0,20}\b(to )?(such|this|that|the|its)\b[^.;]{0,20}\bliabilit|" \
            r"(liable|responsable)\w* " \
            r"(\w+ ){0,2}?(without|sans) (any |aucune )?limit\w*(?! (de|of) (duree|time))|" \
            r"(\ben repond\w*|\brepond\w*|answerable) (\w+ ){0,3}?(sans|without) (aucune |any )?limit\w*(?! (de|of) (duree|time))|" \
            r"(y compris|including|even) au-dela (des|du) (montants?|plafonds?|sommes?|limites?) (couverts?|garantis?|assures?|" \
            r"pris en charge)\w* par (l'|son |sa |ses |leurs? )?assur\w*|(including|even) (beyond|in excess of) (the )?(amounts?|" \
            r"limits?|sums?) (covered|insured|paid) by (its |the |any )?insur\w*"


GLOBAL_SUM = r"(penalit\w*|penalt\w*|credits?)\W+([\w'-]+\W+){0,3}?(et|and|ou|or|,)\W+([\w'-]+\W+){0,3}?(dommages|damages|" \
             r"indemnit\w*|remboursements?|refunds?|amounts|sommes)|(dommages|damages|indemnit\w*|amounts|sommes)\W+" \
             r"([\w'-]+\W+){0,3}?(et|and|ou|or|,)\W+([\w'-]+\W+){0,3}?(penalit|penalt|credits?)|toutes causes confondues|" \
             r"quelque cause que ce soit|de toute nature|for any (cause|reason)|all claims"


# heads of loss for which liability is commonly left unlimited: "liability for death or personal injury is unlimited" is
# a carve-out from the cap, not the absence of one
LIMITED_HEADS = r"faute lourde|faute dolosive|\bdol\b|faute intentionnelle|negligence grave|gross(ly)? neglig\w*|wil+ful " \
                r"misconduct|fraud\w*|dommages? corporels?|bodily injury|personal injury|death|deces|confidentialit|" \
                r"confidential\w*|donnees personnelles|personal data|data protection|intellectual property|propriete " \
                r"intellectuelle|contrefacon|infringement|indemnification obligations?"


# A limitation of liability stated in another document or section ("the limitation of liability set forth in
# the Declaration of Trust", "subject to the limitations of Section 9"): a limit exists, its terms are there.
CAP_ELSEWHERE = r"(limitee?|plafonnee?|limited|capped)\s+(\w+\s+){0,3}?(dans les (conditions|limites)|selon les (modalites|" \
                r"conditions)|conformement|as (set out|provided|specified|stated)|in accordance with|pursuant to|subject " \
                r"to|under)\s+(\w+\s+){0,3}?(de l'|a l'|of |in )?(article|section|clause|annexe|annex|schedule|exhibit)\b|" \
                r"limitations? (of|on) (its |their |the [a-z]+'s )?liability (set forth|set out|contained|provided|stated|" \
                r"described) (in|under)|subject to the (limitations?|cap) (of|on) liability|(limitation|plafond) de " \
                r"responsabilite (prevue?|stipulee?|fixee?) (a|au|aux|dans|par)"
# The cap sentence often leaves the word "liability" to the sentence before ("Company's liability is limited as
# follows. The total amount shall not exceed…"): a clause titled as a limitation supplies it.
LIAB_HEADING = r"liabilit|responsabilit|limitation|remed|damages|dommages"
# the period a cap is counted over, right before the duration: "au titre d'une (même) année", "par année
# contractuelle", "in any (one) contract year", "per calendar year", "for each year", "sur une même année"
PER_PERIOD = r"(\bau titre d'|\bau titre de (chaque|la meme|toute)|\bpar|\bper|\bin (any|each|a|one|any one)|\bfor " \
             r"(any|each|every)|\bduring (any|each)|\bpour (chaque|toute)|\bpour|\bsur( une| toute| chaque)?|\bchaque|\beach|" \
             r"\bwithin (any|each)|\bau cours d')\s*((une|un|meme|single|one|any)\s+)?$"


# An indemnity that empties the cap: the provider holds the client harmless from any loss caused by any breach of the
# contract, and that indemnity is put outside the limitation article ("the limitations of Article 9 do not apply to this
# indemnity", "nonobstant l'article 9"). An indemnity kept outside the cap for third-party claims (infringement…) is a
# usual carve-out, not the absence of a cap.
INDEMNITY = r"\b(indemnif\w*|indemnis\w*|hold\w* (\w+ ){0,4}?harmless|garanti\w* (\w+ ){0,3}?contre|(tenir|tiendra|tient|" \
            r"relever|relevera|releve) (\w+ ){0,3}?indemnes?|make\w* good)\b"
ANY_BREACH = r"\b(any|all|every|each)\b (\w+ ){0,2}?(breach|failure|default|non-?performance|non-?compliance)\w*\b[^.;]{0,60}?" \
             r"\b(this agreement|the agreement|this contract|the contract|its obligations|obligations under)|" \
             r"\b(tout|toute|tous|toutes)\b (\w+ ){0,2}?(manquements?|inexecutions?|violations?|defaillances?)\b[^.;]{0,60}?" \
             r"\b(contrat|obligations)|\b(manquement|inexecution|violation|defaillance)\w* (\w+ ){0,1}?quelconques?\b" \
             r"[^.;]{0,40}?\b(contrat|obligations)|\b(manquement|inexecution|violation|defaillance|breach|failure|default)\w*\b" \
             r"[^.;]{0,40}?\b(a l'une quelconque|a l'une|l'une quelconque|any|any one) (de ses|des|of its|of the) obligations"
THIRD_PARTY_CLAIM = r"third[- ]part(y|ies)'?s?\W+(\w+\W+){0,2}?(claims?|actions?|suits?|proceedings)|(claims?|actions?|suits?|" \
                    r"proceedings)\W+(\w+\W+){0,3}?(by|of|from) (a |any )?third[- ]part|(actions?|reclamations?|demandes?|" \
                    r"recours|poursuites?) (\w+ ){0,3}?(d'un|des|de|emanant d'un|d'une) (tiers|personne tierce)"
# the limitation article set aside for the indemnity: "Clause 9 shall not apply to the Supplier's obligations under this
# clause", "les limitations de l'article 9 ne s'appliquent pas à cette garantie"
CAP_SET_ASIDE = r"\b(limitations?|exclusions?|caps?|plafonds?|limites?|clause|article|section|paragraph)\b[^.;]{0,80}?" \
                r"\b((do|does|shall|will) not apply|ne s'appliqu\w* (pas|nullement|en aucun cas)|ne (sont|est|seront|sera) " \
                r"(pas|nullement) (applicables?|opposables?))\b[^.;]{0,30}?\b(to|a|aux|au)\b"
INDEMNITY_OBJECT = r"^\W*(\w+\W+){0,6}?(indemnit\w*|indemnif\w*|indemnis\w*|garanties?|hold harmless|obligations? (under|au " \
                   r"titre|prevues?|of)|(this|the present|la presente|cette|ce|du present|au present|le present) (clause|section|" \
                   r"article|paragraph|stipulation))"
CAP_OVERRIDDEN = r"\b(notwithstanding|nonobstant|par derogation (a|aux|au)|without regard to|irrespective of)\b (\w+ ){0,3}?" \
                 r"(clause|article|section|limitations?|cap|plafonds?|exclusions?|limits?|limites?)\b|" \
                 r"\bsans que (\w+ ){0,2}?(plafonds?|limitations?|limites?|exclusions?)\b[^.;]{0,40}?\b(soi(t|ent) (opposables?|" \
                 r"applicables?)|s'applique\w*)"
# the indemnity itself said to be outside the cap ("The indemnity in Clause 20.1 … shall not be subject to … any limitation")
CAP_NOT_SUBJECT = r"(indemnit\w*|indemnif\w*|indemnis\w*|garantie|obligations? (under|au titre)\b[^.;]{0,30}?|(this|the present|cette|" \
                 r"la presente|du present|au present) (clause|section|article)|(sommes|sums|amounts|montants) (dues?|payable)\w* " \
                 r"(au titre|en vertu|under|pursuant))(?:[^.;]|(?<=\d)\.(?=\d)){0,120}?\b(((is|are|shall be|will be) not|(shall|will) not be) " \
                 r"(subject to|limited by|restricted by|counted towards)|(n'est|ne sont|ne sera|ne seront) (pas|nullement) " \
                 r"(soumise?s?|limitee?s?|plafonnee?s?) (a|aux|au|par))\b[^.;]{0,40}?\b(the |any |les |la |le |l')?(cap|" \
                 r"limitations?|limits?|plafonds?|limites?|clause|article|section)\b"


def _indemnity_uncapped(s: Sent, w: Where) -> m.LiabilityUnlimited | None:
    """The sentence sets the cap aside for an indemnity (in the sentence or its article) that covers any loss from any
    breach of the contract: the liability of the party who gives it has no cap."""
    f = s.folded
    esc = re.search(CAP_SET_ASIDE, f)
    if esc and (not re.match(INDEMNITY_OBJECT, f[esc.end():]) or re.search(
            LIMITED_HEADS.replace("|indemnification obligations?", ""), f[esc.end():esc.end() + 80])):
        esc = None  # "do not apply to liability for gross negligence": the usual carve-outs
    esc = esc or re.search(CAP_NOT_SUBJECT, f)
    texts = (f, w.article)
    if not esc:
        # "notwithstanding clause 9", "par dérogation à l'article 15": only when the indemnity is the same sentence's (the
        # penalties of an SLA annex set outside the contract's cap are no indemnity)
        esc, texts = re.search(CAP_OVERRIDDEN, f), (f,)
    if not esc:
        return None
    for text in texts:
        for iv in re.finditer(INDEMNITY, text):
            broad = re.search(ANY_BREACH, text[iv.end():iv.end() + 400])
            if not broad or re.search(THIRD_PARTY_CLAIM, text[iv.end():iv.end() + broad.end()]):
                continue
            who = subject(text[max(0, text.rfind(".", 0, iv.start()) + 1):iv.start() + 1], w.names)
            if who not in ("provider", "unknown"):
                return None  # the client's own indemnity is no cap lifted on the provider
            return m.LiabilityUnlimited(evidence=s.evidence(esc), clause=w.index, party="provider")
    return None


# a head of liability said in words to have no limit, after a relative pronoun or as its own predicate: "the Supplier's
# indemnity under clause 9, which shall be unlimited", "la garantie due par le Prestataire, qui est illimitée", "répond sans
# limitation de montant de …"
UNLIMITED_HEAD = r"\b(which|that|qui|laquelle|lequel|lesquelles|lesquels|it|elle|they|elles)\s+(shall|will|is|are|est|sont|sera|" \
                 r"seront|demeure\w*|reste\w*|remain\w*)\s+(be\s+|alors\s+|then\s+)?(unlimited|illimitee?s?|uncapped|" \
                 r"non plafonnee?s?)\b|\b(repond|repondra|is liable|shall be liable|will be liable|remains liable)\w*\b[^.;]{0,20}?" \
                 r"\b(sans (aucune )?limitation de montant|without (any )?(financial )?limit(ation)?)\b"
# the heads the law itself keeps outside any cap (art. 1231-3 C. civ., gross negligence, fraud, bodily injury): saying they
# are unlimited is the ordinary carve-out; other heads (confidentiality, data, an indemnity) are the contract's choice
LAW_HEADS = r"faute lourde|faute dolosive|\bdol\b|faute intentionnelle|negligence grave|gross(ly)? neglig\w*|wil+ful " \
            r"misconduct|fraud\w*|dommages? corporels?|bodily injury|personal injury|death|deces"


def _owner_before(f: str, at: int, names) -> str:
    """The party whose head of liability is named just before `at`, by the noun phrase that names it: "la garantie due
    par le Client", "the Supplier's indemnity", "la responsabilité du Prestataire", "obligations of the Customer"
    ("unknown" when the head names no party: a party named as the object of a verb does not own it)."""
    start = max(f.rfind(x, 0, at) for x in (".", ";", ":"))
    piece = f[start + 1:at][-140:]
    found = []
    for pat, who in ((EITHER, "either"), (names.provider, "provider"), (names.client, "client")):
        owned = rf"\b(due|dues|du|owed|given|donnee|consentie|souscrite|of|de|d')\s+(par\s+|by\s+)?(l'|le |la |the )?({pat})\b|" \
                rf"\b({pat})\s*'s?\s+(\w+\s+){{0,1}}?(indemnit\w*|liabilit\w*|obligations?|warrant\w*|guarantee\w*)"
        found += [(x.start(), who) for x in re.finditer(owned, piece)]
    return max(found)[1] if found else "unknown"


def _unlimited_head(s: Sent, w: Where) -> m.LiabilityUnlimited | None:
    """A head of liability that the contract itself says has no limit (not one of the heads the law keeps outside any
    cap): the liability of the party who owes it is uncapped for it."""
    f = s.folded
    unl = re.search(UNLIMITED_HEAD, f)
    if not unl or s.negated(unl) or re.search(LAW_HEADS, f[max(0, unl.start() - 160):unl.end() + 80]) and not \
            re.search(r"confidential|donnees|data|indemn|garantie|article \d|section \d|clause \d", f[:unl.end() + 80]):
        return None
    who = _owner_before(f, unl.start(), w.names)
    if who == "unknown" and unl.group(5):  # "répond sans limitation de montant": its subject owes it
        who = subject(f, w.names, unl.start())
    return m.LiabilityUnlimited(evidence=s.evidence(unl), clause=w.index, party=who)


def liability(s: Sent, w: Where) -> list:
    f = s.folded
    out: list = []
    lifted = _indemnity_uncapped(s, w) or _unlimited_head(s, w)
    if lifted:
        return [lifted]
    elsewhere = re.search(CAP_ELSEWHERE, f)
    if elsewhere and not s.negated(elsewhere):
        who = subject(f, w.names, elsewhere.start())
        out.append(m.LiabilityCap(evidence=s.evidence(elsewhere), clause=w.index, basis="other",
                                  party="provider" if who == "unknown" else who))
    unl = re.search(UNLIMITED, f)
    # "Unlimited liability is excluded", "la responsabilité illimitée est exclue": the words name what is ruled out
    if unl and re.match(r"\s*(is|are|shall be|will be|est|sont|sera|seront)\s+(hereby\s+|expressement\s+|expressly\s+)?"
                        r"(excluded|exclue?s?|ecartee?s?|not (permitted|available|granted))\b", f[unl.end():]):
        unl = None
    # "sans limitation de durée" is a limit in time, not in amount ("ni en montant, ni en durée" names both)
    in_time = re.search(r"duree|time|temps", f) and not re.search(r"montant|amount|financ|monetar|pecuniar|valeur|value", f)
    if unl and not in_time and not re.search(LIMITED_HEADS, f):
        owner = _owner_before(f, unl.start(), w.names)
        out.append(m.LiabilityUnlimited(evidence=s.evidence(unl), clause=w.index,
                                        party="provider" if owner in ("unknown", "provider") else owner))
        return out
    liab = re.search(LIAB + r"|\bdommage\b|\bdedommag\w*|\brepar(er|ation)\b|(?<!sans )(?<!without )\bprejudices?\b",
                     re.sub(NO_COMPENSATION, " ", f))
    cap = re.search(CAP, f)
    if cap and s.excluded(cap):
        cap = None  # "aucun plafond de responsabilité", "without any cap": no cap
    if cap and re.match(r"limit|plafon", cap.group(0)) and re.search(
            r"\b(is|are|shall|will|be)\s+(not|in no way)\s+(be\s+)?(\w+ly\s+)?$|\b(n'est pas|ne sera pas|ne sont pas|ne seront pas|"
            r"n'est nullement|n'est en rien|n'est aucunement)\s+(\w+\s+)?$", f[max(0, cap.start() - 40):cap.start()]) and not re.search(
            r"\bbut\s+(is\s+|are\s+)?not\s+(be\s+)?$|\bmais\s+(sans\s+)?(s'y\s+)?$", f[max(0, cap.start() - 40):cap.start()]):
        cap = None  # "is not limited to the fees of the last month", "n'est pas limitée au montant…": that limit denied
    if cap and not liab and re.search(r"(shall|will|may) not exceed|not (be )?(greater|more) than|limited to|\bmaximum\b|"
                                      r"\bceiling\b|plafonn|ne (peut|pourra|saurait) (pas )?(exceder|depasser)", f) and \
            re.search(LIAB_HEADING, w.heading):
        liab = cap
    penal = re.search(PENALTY, f) or re.search(r"plafond (des penalites )?(est|a ete|serait|sera) atteint|cap (is|has "
                                               r"been) (reached|hit)", f)
    # a global cap counting penalties or credits together with damages ("le montant cumulé des pénalités, dommages et
    # intérêts et indemnités…", "the aggregate of all service credits, damages and other amounts") limits liability too
    global_sum = penal and re.search(GLOBAL_SUM, f)
    if cap and liab and (not penal or global_sum):
        months = None
        basis = "other"
        low = re.search(LOW_FEE, f)
        # "au cours des douze derniers mois": the period without its adjective
        plain = re.sub(r"(?i)\s(derni[eè]re?s?|pr[ée]c[ée]dente?s?|[ée]coul[ée]e?s?)(?=\s)", "", s.text)
        # the window the cap counts over ("au titre d'une année contractuelle", "in any contract year", "per year") is
        # not the fees it is measured in: "in any contract year, the amount of last month's invoice" is one invoice
        durs = [months_of(q) for q in find_durations(plain) if q.unit in ("month", "year")
                and not re.search(PER_PERIOD, fold(plain[max(0, q.span[0] - 30):q.span[0]]).lower())]
        durs = [d for d in durs if d]
        times = [q.value for q in find_quantities(s.text) if q.unit is None and re.match(
            r"\s*(\(\d+\)\s*)?(fois|times|x)\b", f[q.span[1]:q.span[1] + 12])]
        money = [q for q in find_money(s.text) if q.value >= 1]
        # "quinze (15) jours de redevances", "thirty days' fees": a period of fees counted in days or weeks
        fee_days = [months_of(q) for q in find_durations(s.text) if q.unit in ("day", "week") and re.match(
            r"\W*('s?|s')?\s*(de |d')?(redevances?|facturation|prix|abonnement|fees|charges|service fees)", f[q.span[1]:q.span[1] + 30])]
        durs += [d for d in fee_days if d]
        if durs:
            months, basis = (min(fee_days) if any(fee_days) else min(durs)), "fees_paid_period"
        if times:
            # "two times the fees paid in the twelve months preceding": the multiple of that period
            months, basis = (12 * min(times) if re.search(r"annuel|annual|yearly", f) else min(times) * (max(durs) if durs
                                                                                                     else 1)), "fees_months"
        if low and (months is None or months < 6):
            months, basis = 1.0, ("invoice" if re.search(r"facture|invoice", low.group(0)) else "fees_months")
        if money and months is None:
            basis = "fixed_amount"
        if re.search(r"assurance|insurance", f) and months is None and not money:
            basis = "insurance"
        if re.search(r"montant (total )?du contrat|contract value|total (price|value) of (the|this)", f) and months is None:
            basis = "contract_value"
        if basis == "other" and re.search(r"(amounts?|fees|sums|charges) (actually )?(paid|payable|received)", f):
            basis = "fees_paid_period"
        who = subject(f, w.names, cap.start())
        # whose liability it is, when the sentence says so ("the MSP's total liability", "la responsabilité totale du
        # Prestataire"), even after an opening phrase that names the client ("In respect of any loss of Customer data,")
        owner = [x for x in re.finditer(rf"({w.names.provider}|{w.names.client})'?s? (\w+ )?liabilit|(liabilit\w*|"
                                        rf"responsabilite)( \w+)? (of|du|de la|de l') (the )?({w.names.provider}|{w.names.client})|"
                                        # the one who pays it: "l'indemnisation due par la Société", "damages payable by
                                        # the Supplier"
                                        rf"(indemnisation|dedommagement|reparation|indemnite|interets|compensation|damages|"
                                        rf"amounts?|sommes?) (due|dues|dus|du|payable|owed|versee?s?|recoverable from) (par |by "
                                        rf"|from )?(le |la |l'|"
                                        rf"the )?({w.names.provider}|{w.names.client})",
                                        f[:cap.end()])]
        if owner:
            who = "client" if re.search(w.names.client, owner[-1].group(0)) else "provider"
        if who == "client" and re.search(r"(indemnisation|reparation|dommages( et |-)interets|dommages|compensation|indemnite|"
                                         r"recovery|damages|remboursement)\w*\b[^.;]{0,60}\b" + w.names.client + r"\b[^.;]{0,30}"
                                         r"(pretendre|reclamer|obtenir|percevoir|recover|claim|receive|be entitled)", f):
            who = "provider"  # "l'indemnisation à laquelle le Client pourra prétendre ne saurait excéder…"
        out.append(m.LiabilityCap(evidence=s.evidence(cap), clause=w.index, basis=basis, months=months,
                                  party="provider" if who in ("provider", "unknown") else who,
                                  amount=max((q.value for q in money), default=None),
                                  currency=money[0].unit if money else None))
    out += _exclusion(s, w)
    carve = _carve_outs(s, w)
    if carve:
        out.append(carve)
    return out


DENIAL = r"(en aucun cas|aucune responsabilite|ne (saurait|pourra|sera|peut)( en aucun cas)? (etre )?(tenue?|recherchee?|" \
         r"engagee?)|(n'est|ne sera|n'etant) pas responsable|ne (repond|repondra) (pas|en aucun cas|d'aucune?|de rien)|exclut toute|" \
         r"decline toute|n'est (pas|nullement|en aucun cas) tenue? (d'indemniser|de reparer|a (reparation|indemnisation))|" \
         r"(shall|will) not (be )?(obliged|required|bound) to (compensate|indemnify|reimburse)|renon\w* (\w+ ){0,2}?a (tout|" \
         r"toute|tous|toutes) (recours|actions?|reclamations?|demandes?)|waives? (any|all) (claims?|recourse|rights? of action)|" \
         r"(shall|will|may|can|could|would) (in no (event|case) |under no circumstances? |not )(be )?(held )?" \
         r"(liable|responsible)|(is|are|will be) not (liable|responsible)|in no event.{0,60}(liable|liability|responsib\w*)|" \
         r"n'engage\w* (pas|en aucun cas|nullement) (la )?responsabilite|ne (saurait|peut|pourra) engager (la )?responsabilite|under no circumstances.{0,60}(liable|liability)|\bneither\b" \
         r"[^.]{0,300}\b(liable|liability)\b|neither party (shall|will|is|has)|no " \
         r"party (shall|will)|(shall|will) (have|bear) no liability|no liability|disclaims?|excluded|exclu\w*|waives?)"
# A loss of data, however listed: "perte de données", "loss, corruption or unavailability of Customer Data",
# "lost or corrupted data", "perte ou altération des fichiers du Client", "la perte des sauvegardes".
_LOSS = r"(?:pertes?|disparitions?|destructions?|alterations?|corruption|loss(?:es)?|lost|corrupt\w*|effacement|" \
        r"endommagement|impossibilite de (?:restaurer|recuperer)|inability to (?:restore|recover)|degradations?|" \
        r"indisponibilite|unavailability|inaccessibility|deletion|erasure|damage to|deleted|destroyed|damaged|erased|" \
        r"irretrievable|irrecoverable|unrecoverable|irrecuperables?)"
_OF = r"(?: (?:of|to|de|des|du|d'|de la))?"
_DATA = r"(?:donnees|data|fichiers|files|contenus?|content|sauvegardes?|backups?|back-ups?|bases? de donnees|databases?|" \
        r"information)"
DATA_LOSS = rf"{_LOSS}{_OF}(?:(?:,| or| and| and/or| ou| et| et/ou|/) ?(?:de |d')?(?:la |le |l'|the |any )?{_LOSS}{_OF}){{0,3}} ?" \
            r"(?:toute |toutes |tous |any |the |all |its |your |their |leurs? |ses |vos |nos |les |des |la |le |l')?" \
            r"(?:(?:customer|client|user|hosted|stored|personal)(?:'?s)? )?" + _DATA + r"\b|" \
            r"(?:donnees|data|fichiers|files|contenus?|content) (?:perdu|detruit|altere|corrompu|lost|destroyed|" \
            r"corrupted|deleted)\w*"
# Backups named inside the exclusion ("including any failure of a backup", "y compris la perte de sauvegardes")
BACKUPS_TOO = r"(?:y compris|including|incluant|notamment|meme|ainsi que|as well as|and|et|or|ou|whether)\W+" \
              r"(?:[\w'-]+\W+){0,6}?(?:sauvegardes?|backups?|back-ups?|restaurations?|restores?)\b|" \
              r"(?:y compris|including|meme|even) (?:lorsqu|lorsque|quand|si|where|when|if)\b[^.;]{0,140}?\b(?:sauvegardes?|" \
              r"backups?|back-ups?)\b|" \
              r"(?:sauvegardes?|backups?|back-ups?) (?:comprises?|incluses?|included|inclus)\b"
# The exclusion does not reach the data loss: it is carved back ("… except loss of data caused by…",
# "cette exclusion ne s'applique pas aux pertes de données…")
CARVED_BACK = r"\b(?:except(?:ing)?|other than|save for|sauf|hors|a l'exception|excluding)\b|(?:shall|does|will) not apply|" \
              r"ne s'applique (?:pas|ni)|n'est pas applicable|ne (?:vise|concerne) pas"
OWN_FAULT = (r"(result|resultant|resulter|du fait|imputable|manipulations?|caused by|attributable|due to|actions? faites"
             r" par)\w*.{0,80}(client|customer|utilisateurs?|users?)|sauf (en cas de )?(faute|manquement)|"
             r"except (where|to the extent|if|when|in (the )?cases?)|unless|save (where|to the extent|if|when)|other than where|"
             # the exception in every French form, elided or not ("sauf lorsqu'elles résultent", "hormis le cas où",
             # "excepté si", "à moins qu'elles ne proviennent")
             r"(sauf|hormis|excepte|a l'exception du cas) (si|s'|lorsqu|quand|dans (le|les) cas|au cas|a ce que|le cas|"
             r"les cas)|a moins (qu|que)\b")
# the data qualified by where it lies ("stored on devices outside the scope of the backup service",
# "conservées sur des postes hors du périmètre de la sauvegarde", "kept locally and not covered by…")
OUTSIDE_PLAN = r"(sauvegardees )?(absent\w*|hors (du |de )?(plan|perimetre|sauvegarde)|non (sauvegard|couvert|inclu|" \
               r"prevu|liste)\w*|ne figurant pas|qui ne (figurent|sont) pas|not (backed up|included|covered|listed)|" \
               r"outside|excluded from|missing from|left out of|that (are|were) not (backed up|included|in)|" \
               r"(that|which|qui|que|dont)\b[^.;]{0,80}\b(excluded from|outside|hors|exclue?s? (du|de|des))\b|" \
               r"(that|which|qui|que|dont)\b[^.;]{0,60}\b(not|pas|never|jamais|no longer|plus)\b[^.;]{0,25}(includ|inclu|" \
               r"back|sauvegard|cover|couvr|list|prevu|select|design|identif|declar)|" \
               r"(stored|held|kept|located|residing|saved|hosted|situated|stockee?s?|conservee?s?|hebergee?s?|situee?s?|" \
               r"presentes?|enregistree?s?)\b[^.;]{0,70}?\b(outside|beyond|hors|en dehors|not covered|non couverte?s?|" \
               r"excluded from|exclue?s? (du|de|des)))"


# The duty to rebuild lost data denied ("n'est pas tenu de reconstituer les données", "no obligation to recreate any
# data"), and a loss named by a pronoun after its data ("des données … leur perte", "the data … their loss")
REBUILD = r"\b(?:reconstitu\w*|recre\w*|reconstrui\w*|reconstruct\w*|rebuild\w*|re-?creat\w*|re-?constitut\w*) " \
          r"(?:\w+ ){0,2}?(?:donnees|data|fichiers|files|contenus?|content|bases? de donnees|databases?)\b"
LOSS_PRONOUN = r"\b(?:leur|leurs|their|its|sa|son) (?:pertes?|loss|alterations?|destructions?|corruption|disparitions?|" \
               r"effacement)\b"


def _data_loss(f: str, den: re.Match) -> re.Match | None:
    loss = re.search(DATA_LOSS, f)
    if loss:
        return loss
    for x in [*re.finditer(REBUILD, f), *re.finditer(LOSS_PRONOUN, f)]:
        if x.start() >= den.start() and (x.re.pattern == REBUILD or re.search(_DATA, f[max(0, x.start() - 120):x.start()])):
            return x
    return None


_ITEM = re.compile(r"^\s*(\(?[ivx]{1,4}\)|\(?[a-h]\)|[-–•*]|\d{1,2}[.)])\s")


def _exclusion(s: Sent, w: Where) -> list:
    f = s.folded
    # no duty to rebuild the data ("n'est pas tenu de reconstituer les fichiers", "shall not be obliged to recreate any data")
    den = re.search(DENIAL, f) or next((x for x in re.finditer(NEED_NOT, f) if re.match(
        r"\W*(\w+\W+){0,3}?" + REBUILD, f[x.end():])), None)
    if not den and _ITEM.match(f) and re.search(DENIAL, w.heading) and re.search(LIAB, w.heading):
        # an item of a list whose lead-in excludes liability ("Sont exclus de la responsabilité du Titulaire : … (ii)
        # l'effacement de fichiers"): the item is excluded
        den = re.match(r"", f)
    if not den:
        return []
    damages = []
    loss = _data_loss(f, den)
    if loss and den.end() <= loss.start() and re.search(CARVED_BACK, f[den.end():loss.start()]):
        loss = None  # "… shall not apply to loss of data": the data loss is carved back, not excluded
    if loss:
        damages.append("data_loss")
        if re.search(r"sauvegarde|backup|back-up", loss.group(0)) or re.search(BACKUPS_TOO, f[loss.start():]):
            damages.append("backups")
        if re.search(r"contenus? (heberge|stocke)|hosted (content|data)|donnees (hebergees|stockees)", f):
            damages.append("hosted_content")
    if re.search(r"indirect|consequential|immateriel", f):
        damages.append("indirect")
    if re.search(r"manque a gagner|perte de (chiffre|profit|benefice|clientele)|lost profits?|loss of (profit|revenue|"
                 r"business)", f):
        damages.append("lost_profit")
    if not damages and re.search(r"\bany (act|omission|loss|losses|damages?|claims?|liability)\b|toute? (perte|dommage|"
                                 r"responsabilite)|quelque (dommage|cause)", f) and re.search(LIAB, f):
        damages.append("any")
    if not damages:
        return []
    after = f[loss.end():] if loss else ""
    who = nearest_party(f, w.names, den.end())
    if re.search(r"renon|waive", den.group(0)):
        # the client giving up its claims protects the party they were against ("renonce à tout recours contre le
        # Titulaire", "waives any claim against Supplier")
        against = re.search(r"\b(contre|against|envers|towards)\b\W+(\w+\W+){0,1}?(" + w.names.provider + "|" +
                            w.names.client + ")", f[den.start():])
        who = "client" if against and re.match(w.names.client, against.group(3)) else "provider"
    owner = re.match(r"\s*(du|de la|de l'|des|of( the)?)\s*(?=(" + w.names.provider + "|" + w.names.client + "))",
                     f[den.end():den.end() + 40]) if re.search(r"responsab\w*$|liabilit\w*$", den.group(0)) else None
    if owner:  # "n'engage pas la responsabilité du Prestataire": the party named after the denial
        who = "client" if re.match(w.names.client, f[den.end() + owner.end():]) else "provider"
    return [m.LiabilityExclusion(
        evidence=s.evidence(loss or den), clause=w.index, damages=damages,
        party="client" if who == "client" else "either" if who == "either" else "provider",
        limited_to_client_fault=bool(re.search(OWN_FAULT, f)),
        limited_to_unplanned_data=bool(loss and re.match(r"\s*" + OUTSIDE_PLAN, after)))]


GRAVE = r"faute lourde|faute dolosive|\bdol\b|faute intentionnelle|negligence grave|gross(ly)? neglig\w*|wil+ful " \
        r"(misconduct|default)|deliberate (default|misconduct|breach|act)|intentional (misconduct|default|breach|act)|" \
        r"recklessness|manquements? (\w+ ){0,2}(d'une )?(exceptionnelle|extreme|particuliere) gravite|manquements? " \
        r"(\w+ ){0,3}?deliberes?|faute (d'une )?(exceptionnelle|extreme) gravite"
CARVE = GRAVE + "|" + r"faute lourde|faute dolosive|\bdol\b|faute intentionnelle|negligence grave|gross(ly)? neglig\w*|wil+ful " \
        r"misconduct|fraud\w*|dommages? corporels?|bodily injury|personal injury|death"


ANY_FAULT = r"(quel(le)?s? que soi(en)?t|regardless of|whatever|irrespective of) (la |le |the )?((degre|niveau|degree|level) " \
            r"(de |d'|of )(la |the )?)?(gravite|nature|degree|seriousness|severity|type|importance) (de la |des |du |of (the |" \
            r"any )?|of )?(faute|fault|negligence|manquement|breach)|(quel(le)?s? que soi(en)?t|regardless of|whatever|irrespective " \
            r"of) (la |le |the )?(degre|niveau|degree|level) (de |d'|of )(la |the |any )?(faute|fault|negligence|manquement|breach)|" \
            r"(however|no matter how) (serious|grave|gross|severe) " \
            r"(the |its |any |a )?([\w-]+'s? )?(fault|negligence|breach|default)|(aussi|si) graves? (que )?soi(en)?t (la |le |les )?(faute|" \
            r"manquement)"


def _carve_outs(s: Sent, w: Where):
    f = s.folded
    c = re.search(CARVE, f)
    anyfault = re.search(ANY_FAULT, f)
    # "ne pourra en aucun cas être tenue pour responsable …, quelle que soit la gravité de la faute": a denial of
    # liability counts as the limit too
    if not c and anyfault and re.search(LIAB + r"|exclu|limit|plafon|\bcap\b|\bresponsable\b|\bresponsible\b", f):
        # the cap kept "whatever the seriousness of the fault": gross negligence included
        return m.CarveOuts(evidence=s.evidence(anyfault), clause=w.index, items=["gross_negligence"],
                           excluded_from_limit=False)
    back = re.match(r"\W*(il en (va|est) (ainsi|de meme)|this (also )?applies|the same applies)", f) and re.search(
        LIAB + r"|limit|plafon|\bcap\b", w.clause)  # "Il en va ainsi même en cas de faute lourde": the sentence before
    if not c or not (back or re.search(LIAB + r"|exclu|limit|plafon|\bcap\b|\bdommage\b|au-dela|recherche|waive|renonc", f)):
        return None
    items = set()
    for x in re.finditer(CARVE, f):
        t = x.group(0)
        items.add("gross_negligence" if re.search(r"lourde|grave|gross|gravite|reckless", t) else "wilful_misconduct"
                  if re.search(r"dol|intention|wil+ful", t) else "fraud" if "fraud" in t else "bodily_injury")
    included = re.search(r"(y compris|meme) (en cas de |pour |la |le )?(faute lourde|dol|faute intentionnelle|negligence "
                         r"grave)|(faute lourde|faute intentionnelle|negligence grave|\bdol)( \w+)? (comprise?s?|incluse?s?)\b|"
                         r"(including|even (for|in (the )?(case|event) of)|regardless of) (its |any )?(gross negligence|"
                         r"wil+ful misconduct)|"
                         r"(including|even in (the )?(case|event) of) (its )?(gross negligence|wilful misconduct|"
                         r"willful misconduct|fraud)|(whether or not|regardless of whether|even (if|where|when)|meme "
                         r"(si|lorsque)|que .{0,40} ou non)\b.{0,60}(gross negligence|wil+ful misconduct|faute lourde|"
                         r"\bdol\b|faute intentionnelle)|(including|y compris|even|meme)\W+(\w+\W+){0,3}?(gross negligence|"
                         r"faute lourde|wil+ful misconduct|faute dolosive|faute intentionnelle)|"
                         r"(quel(le)?s? que soi(en)?t|regardless of|irrespective of|whatever) (la |the )?"
                         r"(gravite|nature|degree|seriousness|type) (de la |of (the )?)?(faute|fault|negligence)|" + ANY_FAULT + "|"
                         r"(notwithstanding|nonobstant|en depit d\w*|malgre)\W+(\w+\W+){0,3}?(" + GRAVE + r")|"
                         r"(including|y compris|even|meme|whether)\W+(\w+\W+){0,5}?(" + GRAVE + r")|"
                         # "including where the loss arises from Provider's gross negligence", "y compris lorsque le
                         # dommage résulte d'une faute lourde du Prestataire"
                         r"(including|y compris|even|meme) (where|when|if|lorsque|si|quand|dans le cas ou)\b[^.;]{0,70}?(" +
                         GRAVE + r")|"
                         r"(il en (est|va) (ainsi|de meme)|this (also )?applies|the same applies|(s'applique|applies|"
                         r"opposable)\w* (\w+ ){0,2}(en toutes circonstances|in all circumstances))[^.;]{0,60}(" + GRAVE + r")|"
                         # "the waiver … is not affected by any finding that the Supplier acted with gross negligence"
                         r"((is|are|shall|will) not (be )?(affected|impaired|diminished|limited)|n'(est|sera) pas (affecte|"
                         r"remis en cause|limite)e?)\b[^.;]{0,30}\b(by|par)\b[^.;]{0,60}(" + GRAVE + r")|"
                         r"(opposable|s'applique\w*|appl(y|ies)) (\w+ ){0,3}(en toutes circonstances|in all circumstances|"
                         r"quelle qu'en soit la cause)", f)
    return m.CarveOuts(evidence=s.evidence(c), clause=w.index, items=sorted(items), excluded_from_limit=not included)


# the client barred from claiming any other damages for the same failures ("renonce, pour ces manquements, à réclamer
# toute autre indemnité", "s'interdit de demander d'autres dommages-intérêts", "waives the right to seek any further damages")
CLAIMS_BARRED = r"(renon\w*|s'interdit|s'engage a ne pas|waives?|agrees? not to|shall not be entitled to)\b[^.;]{0,50}?\b(reclamer|" \
                r"demander|solliciter|rechercher|obtenir|pretendre a|claim|seek|recover)\b[\w' ]{0,20}?\b(autres?|supplementaires?|" \
                r"other|further|additional) (dommages?|indemni\w*|reparations?|" \
                r"compensation|prejudices?|damages|sums?|amounts?)"

SOLE = r"(seule?|unique|exclusive) (et (unique|exclusive|seule?|entiere|complete|integrale|totale|definitive) )?(reparation|" \
       r"indemnisation|sanction|compensation|remede|recours|obligation d'indemnisation)|forfaitaires? et liberatoires?|sole " \
       r"(and (exclusive|entire|complete|only|full) )?(remedy|compensation|liability)|exclusive remedy|(only|sole) (financial )?(" \
       r"compensation|remedy|recourse)|(exclusive|only|entire|complete) and (sole|exclusive|only) (remedy|compensation|" \
       r"recourse)|" + CLAIMS_BARRED + "|" \
       r"in full (and final )?(satisfaction|settlement)|pour solde de tout compte|(aucune?|nulle?) autres? (indemnisation|" \
       r"reparation|indemnite|compensation|sanction|dommages)|\bno (other|further|additional) (compensation|remedy|remedies|" \
       r"damages|indemnity|claims?)\b|eteign\w* (toute|tout|toutes|les) (autres? )?(pretentions?|reclamations?|actions?|droits?|" \
       r"demandes?)|" \
       r"(extinguish|discharge|settle)\w* (all|any) (claims?|rights?)|reparation forfaitaire et definitive|" \
       r"(indemnisation|reparation|compensation|remede|recours) (forfaitaire )?(et )?(exclusive|unique)|" \
       r"eteint (toute|tout|toutes|les) (autres? )?(pretentions?|reclamations?|actions?|droits?|demandes?)|" \
       r"(indemnisation|reparation|compensation|indemnite) forfaitaire et (definitive|liberatoire|globale)|" \
       r"renon\w* (\w+ ){0,2}?a (tout|toute|tous|toutes) (autres? )?(recours|reclamations?|actions?|indemnisation|demandes?)|" \
       r"(caractere|sont|est|seront|sera|ont|ayant) (\w+ )?liberatoires?\b|(vaut|valent|constitue\w*) (\w+ )?(reglement|" \
       r"quittance|solde)|reglement (complet|integral|total) et definitif|full and final (settlement|satisfaction|discharge)|" \
       r"a l'exclusion de (tous|toute|tout|toutes) (autres? )?(dommages|indemni\w*|reparation|recours|autre)|ne (peut|peuvent|" \
       r"pourra|pourront|saurait) pretendre qu'(a|aux|au)\b|(is|are|shall be|will be) (entitled|eligible) only to|only " \
       r"(be )?entitled to|waives? " \
       r"(any|all) (other |further )?(claims?|remedies|rights? of recovery|recovery|recourse)|" \
       r"exclusi(ve|ves|f|fs) de (toute?|tous) (autres? )?(indemnisation|reparation|dommages?[- ]interets?|indemnites?|" \
       r"recours|sanctions?)|" \
       r"indemnis\w* (integralement|entierement|definitivement|forfaitairement) (de son |du |de tout |le |son )?prejudice|" \
       r"repar\w* (integralement|definitivement|forfaitairement)( et (integralement|definitivement|forfaitairement))? " \
       r"(le |tout |l'ensemble du )?prejudice|(fully and finally|finally and fully|fully) (compensate|compensates|settle|" \
       r"settles|discharge|discharges)\b|" \
       r"(libere\w*|exonere\w*|degage\w*|releases?|discharges?|relieves?|acquitte\w*)\b[^.;]{0,40}\b(de toute|de tout|" \
       r"from (any|all)) (autres? |further |other |additional )(responsabilite|obligation|indemni\w*|reparation|" \
       r"liability|liabilities|obligations?|claims?)"
NOT_SOLE = r"\b(not|never|n'est pas|ne sont pas|ne constitu\w* pas|ne (sont|est) en aucun cas|non|sans prejudice|" \
           r"without prejudice)\b (\w+ ){0,2}?(in full|forfaitaires? et liberatoires?|liberatoires?|(la |le |the |an? )?" \
           r"(seule?|sole|only|exclusive|unique))"

# a credit of time bought in advance: "crédit de vingt heures", "prepaid credit of 40 hours", "hours used beyond the credit"
TIME_CREDIT = r"credit (d'|de |of )(\w+ ){0,2}(heures?|hours?|jours?|days?|jetons|tokens|unites|units)|(heures?|hours?|jours?|" \
              r"days?|jetons|tokens)\W+(\w+\W+){0,4}(au-dela|beyond|over|en sus|outside) (du |the |of the )?credit|" \
              r"(prepaid|prepay\w*|prepaye\w*|forfait\w*) (\w+ ){0,2}credit|credit (\w+ ){0,2}(prepaid|prepaye)"
SLA_WORDS = r"\bsla\b|service levels?|niveaux? de service|disponibilit|availability|uptime|penalit|penalt|" \
            r"(delai|temps) de (retablissement|resolution|reponse)|response time|resolution time"


# A lump sum for the harm of the delay alone ("aucun autre dommage-intérêt n'est dû pour ce préjudice"), every other
# harm of the same failure still compensated: a penalty clause (art. 1231-5), not a sole remedy. Credits that are "the
# only compensation for the breach" stay a sole remedy even when other heads of harm are kept.
OTHER_HARM_KEPT = r"(?<!aucun )(?<!aucune )(?<!no )(autres? prejudices?|autres? dommages?|other (losses|harm|damages?|loss)|" \
                  r"any other (loss|harm|damage))\b[^.;]{0,80}(restent|reste|relevent|releve|demeurent|remains?|(are|is) " \
                  r"(governed|recoverable|compensated)|compensable|recoverable|reparables?|indemnisables?|falls? under|" \
                  r"sont (regis|indemnis|repar))"


HARM_ONLY = r"(pour|de|au titre de) ce (meme )?prejudice|for (that|this|the same) (harm|loss|damage)"


def _sole_denied(f: str, sole: re.Match) -> bool:
    """A sole-remedy wording denied before it ("shall not be Customer's sole remedy"); one that is itself a negation
    ("ne peut prétendre à aucune autre indemnisation", "no other remedy") keeps its sense under "ne … aucun"."""
    if re.match(r"aucune?|nulle?|no\b|eteign|eteint|extinguish", sole.group(0)):
        return False
    return denied_before(f, sole.span())


# penalties stated to have no cap ("sans plafond", "not subject to any cap", "aucune limite", "ne connaissent aucun plafond")
NO_LIMIT = r"sans plafond|non plafonn|not (be )?capped|uncapped|without (any )?((monthly|annual|yearly|quarterly|overall|aggregate|" \
           r"total|global|financial|upper|or|and|nor)\W+){0,4}(cap|ceiling|maximum)|sans (aucun )?(plafond|" \
           r"maximum)|(?<!including )(?<!including, )" \
           r"(?<!notamment )without (any )?limit|(?<!notamment )(?<!notamment, )sans limit|\baucune? (limite|plafond|" \
           r"maximum)\b|\bno ((monthly|annual|yearly|quarterly|overall|aggregate|total|global|financial|upper|or|and|nor)\W+){0,4}" \
           r"(cap|limit|ceiling|maximum)\b|not (be )?(subject to|limited by) (any|a) (cap|limit|ceiling)|" \
           r"not limited in any way|n'est (pas|nullement) (plafonne|limite)\w*|(ne sont|ne sera|ne seront) (pas|nullement|aucunement) " \
           r"(plafonne|limite)\w*(?! (a|au|aux|par)\b)"


# A ceiling said as the amount the credits may reach, not as a verb the sentence governs: an infinitive or a
# participle ("not to exceed 30 %", "not exceeding", "sans pouvoir excéder", "n'excédant pas", "ne dépassant pas"),
# a comparison ("no more than", "no greater than") or a bound ("at most", "au plus", "au maximum"). Its negation is
# the limit's own wording, never a denial that there is one.
LIMIT_WORDS = r"not to (\w+ ){0,2}?exceed|not exceeding|no (more|greater|higher) than|\bat (the )?most\b|" \
              r"sans (pouvoir |jamais )?(exceder|depasser)|n'exced\w*|ne depassant pas|\bau (plus|maximum)\b"
PENALTY_CAP = CAP + "|" + LIMIT_WORDS
BEYOND = r"au-dela|beyond|in excess|(\w+ ){0,3}?(exceed|exceder|depasser)|not (be )?cumulative beyond|n'excede|" + LIMIT_WORDS


def penalties(s: Sent, w: Where) -> list:
    f = s.folded
    out: list = []
    pen = re.search(PENALTY, f)
    if pen and re.match(r"credit", pen.group(0)) and re.search(TIME_CREDIT, f) and not re.search(SLA_WORDS, f):
        pen = None  # a credit of support hours (prepaid time), not a service credit
    if not pen and re.search(r"penalit|penalt|credit", w.heading) and not re.search(r"late payment|retard de paiement",
                                                                                   w.heading):
        # in a penalties clause the amount is often a pronoun's ("Leur montant cumulé n'est soumis à aucune limite",
        # "Their total may not exceed 20 %"): the cap or its absence is still about the penalties
        pen = re.search(r"\b(leur|leurs|elles|ils|their|they|such (credits|penalties|amounts)|(ces|les) (penalites|montants|credits|avoirs)|"
                        r"celles-ci)\b", f) if re.search(PENALTY_CAP + "|" + NO_LIMIT, f) else None
    live = [x for x in re.finditer(PENALTY, f) if not s.excluded(x)] if pen else []  # "without penalty" is no penalty
    sla_ctx = live or re.search(r"\bsla\b|service levels?|niveaux? de service", f) or (
        re.search(r"\bavoirs?\b|\bcredits?\b", f) and re.search(SLA_WORDS, w.heading)) or (
        re.search(r"uptime|availability|disponibilit|response time|delais? d'intervention", f) and
        re.search(r"credit|penalit|penalt|avoir|refund|rembours|refaction|(reduction|abattement)s? (of|de|du|des|sur)", f))
    sole = re.search(SOLE, f)
    if sole and not sla_ctx and (re.search(r"penalit|penalt|service credit|credits? de service", w.heading) or re.search(
            PENALTY, w.clause)) and re.match(r"\W*(leur|leurs|their|such|ces|ce|cette|this|these|those|celles?-ci|ceux-ci|"
                                             r"ils|elles|they|its|son|sa|ses|le (versement|paiement|reglement)|the payment)\b",
                                             f):
        # the penalties of the sentence before, named by a pronoun ("Leur versement vaut réparation forfaitaire…",
        # "Their payment settles…")
        sla_ctx = sole
    # the remedy's object, when named ("sole remedy for the objection", "seul recours au titre de la garantie")
    obj = re.match(r"\W*(for|pour|au titre|in respect|with respect|en cas)\b[^.;]{0,60}", f[sole.end():]) if sole else None
    if obj and not re.search(SLA_CONTEXT, obj.group(0)):
        sla_ctx = None
    if sole and sla_ctx:
        out.append(m.ExclusiveRemedy(evidence=s.evidence(sole), clause=w.index,
                                     subject="credits" if re.search(r"credit", f) else "penalties",
                                     exclusive=not (re.search(NOT_SOLE, f) or _sole_denied(f, sole) or (
                                         re.search(HARM_ONLY, f) and re.search(OTHER_HARM_KEPT, w.article)))))
    elif sole and re.search(r"remed|recours|reparation|liabilit|responsab", f):
        out.append(m.ExclusiveRemedy(evidence=s.evidence(sole), clause=w.index, subject="other",
                                     exclusive=not (re.search(NOT_SOLE, f) or _sole_denied(f, sole))))
    named = list(re.finditer(PENALTY, f))
    if not pen or (named and all(s.excluded(x) for x in named)) or re.search(r"\bsans (aucune )?penalit|without (any )?penalt", f):
        return out
    if re.search(NOT_APPLIED, f[pen.end():pen.end() + 60]) and not find_percentages(s.text):
        return out  # "Service credits do not apply under this Agreement", "les pénalités ne sont pas applicables"
    if re.search(r"\bpenalites? de retard\b|late payment|interets? de retard", f) and not re.search(
            r"service|sla|disponibilit|availability|delai d'intervention|gti|gtr|titulaire|encouru\w*|execution|livraison|"
            r"delivery|intervention", f):
        return out  # late-payment penalties owed by the client, not service penalties
    pct = find_percentages(s.text)
    # the operative limit, not a title word before it ("Cap on Credits. The aggregate credits shall not exceed 20 %")
    caps = list(re.finditer(PENALTY_CAP, f))
    # a limit worded as what may not be passed ("ne sont pas cumulables au-delà de 20 %", "shall not accrue in excess of")
    # needs the negation: denied, it is the cap itself, not its absence
    denied = lambda c: s.negated(c) and not re.search(BEYOND, c.group(0))  # noqa: E731
    cap = next((c for c in caps if not denied(c)), caps[0] if caps else None)
    if cap and re.match(r"au-dela|beyond|in excess", cap.group(0)) and re.search(
            r"reparation|prejudice|dommages|indemnisation|damages|compensation|loss", f[cap.end():] + f[:cap.start()]):
        cap = None  # "ne privent pas le Client de demander réparation au-delà de leur montant": damages beyond the
        # penalties are kept (a remedy question), nothing is said of a ceiling on the penalties
    uncapped = re.search(NO_LIMIT, f) or (cap and denied(cap) and not re.search(r"plafond de responsabilit|liability "
                                                                             r"cap|cap on liability", cap.group(0) + f[cap.end():cap.end() + 20]))
    capped = bool(cap) and not uncapped
    cap_pct = None
    if capped and pct:
        after = [q.value for q in pct if q.span[0] >= cap.start()]
        cap_pct = (after or [max(q.value for q in pct)])[0]
    if not capped and not uncapped and re.search(r"sous forme d'avoirs?|avoirs? sur (la )?facture|credit(ed)? "
                                                 r"(against|on) the (monthly )?invoice", w.article) and \
            all(q.value <= 100 for q in find_percentages(w.article)) and find_percentages(w.article):
        capped, cap_pct = True, max(q.value for q in find_percentages(w.article))
    after_cue = [q.value for q in pct if q.span[0] >= pen.start()]  # "below 99.5 %, credits of 5 %": the 5 %
    out.append(m.Penalty(evidence=s.evidence(pen), clause=w.index,
                         rate_percent=(after_cue or [q.value for q in pct] or [None])[0],
                         capped=capped, cap_percent=cap_pct))
    if uncapped:
        out[-1].capped = False
        out[-1].cap_percent = -1.0  # stated as uncapped
    return out


# a remedy said not to apply at all (no rate given): no penalty scheme
NOT_APPLIED = r"^\W*(\w+\W+){0,3}?((do|does|shall|will) not apply|(are|is|shall be|will be) not (applicable|payable|due|available)|" \
              r"ne s'appliqu\w* pas|(ne|n') ?(sont|est|seront|sera) (pas|nullement|en aucun cas) (applicables?|dus|dues?|exigibles?))"
SLA_CONTEXT = r"\bsla\b|service levels?|niveaux? de service|qualite de service|(quality of|level of) service|disponibilit|availability|uptime|delai|response time|" \
              r"resolution time|temps de (reponse|retablissement|resolution|prise en charge)|\bgt[ir]\b|incidents?|" \
              r"tickets?|penalit|credits?|interruption|indisponibilit|downtime|intervention|retards?|delays?|depassements?|" \
              r"(ces|those|these|such|lesdits|the same) (manquements|ecarts|failures|breaches|shortfalls|misses)"
BY_PROVIDER = r"(constate|mesure|releve|determine|calcule|etabli)\w* (et (mesure|constate)\w* )?(exclusivement |" \
              r"uniquement |seul(ement)? )?par (le |la |l')?{p}|(measured|determined|calculated|recorded|assessed) " \
              r"(solely |exclusively |only )?by (the )?{p}|(au seul|selon le seul) (constat|releve|outil|systeme)\w* " \
              r"(du |de )?{p}|{p}'?s? (own |sole )?(records|logs|monitoring tools?|measurements?) (shall be|are|" \
              r"will be) (conclusive|final|binding|authoritative)|(releves|mesures|outils)\w* du {p}.{{0,40}}font foi|" \
              r"(releves|mesures|outils?|donnees|journaux|enregistrements)\w* (du seul|exclusifs? du) {p}|" \
              r"(solely|only|exclusively) (on|from) (the )?{p}'?s? (records|logs|data|measurements|tools?)|" \
              r"(calcul|mesure|releve|constat|measurement|calculation)\w*\b[^.;]{0,60}\b(effectue|realise|etabli|assure|made|" \
              r"performed|carried out|done)\w* (exclusivement |uniquement |solely |only )?(par|by) (le |la |l'|the )?{p}( seul)?|" \
              r"(mesure|constate|releve|determine|calcule|etabli)\w* (exclusivement |uniquement |seulement )?(par|au moyen " \
              r"d\w*|a partir d\w*) (les |des |ses )?(propres )?(outils|systemes|sondes|releves)\w* (\w+ ){0,4}(du |de la )?" \
              r"{p}|{p}\W+(\w+\W+){0,3}font (seuls? )?foi|(measured|recorded|determined) (solely |exclusively |only )?" \
              r"(by|with|using) (the )?{p}'?s? (own |internal )?(tools?|systems?|monitoring)|" \
              r"\b(seul|only|solely) (le |la |l'|the )?{p} (etablit|calcule|mesure|determine|redige|prepares?|calculates?|" \
              r"measures?|determines?|compiles?)|(mesure|calcule|constate|releve|etabli)\w* (exclusivement |uniquement )?(par|au " \
              r"moyen d\w*|a partir d\w*) (la |le |les |l')?(plateformes?|outils?|systemes?|sondes?|logiciels?) (\w+ ){0,5}(du |de " \
              r"la |de l'|d')?{p}"
MEASURE = r"\bmesure(e|es|s)? (par|a partir|depuis|selon|au moyen|dans|sur)|mode de (mesure|calcul)|methode de " \
          r"(mesure|calcul)|calcul\w* (sur|a partir|selon|par)|horodat|ticket|outil de (supervision|suivi|gestion)|" \
          r"decompt|constate\w* (par|au moyen|dans)|measured|measurement|calculated|timestamp|ticketing|monitoring " \
          r"(tool|system)|logged|tableau de bord|rapport (mensuel|de service|d'activite)|(monthly|service) report|" \
          r"\bcomput(ed|es)\b|\b(as )?recorded (by|in|on)|monitoring (service|platform|probes?)|(outil|service|plateforme|" \
          r"sondes?) de (supervision|monitoring|mesure)|enregistre\w* dans (l'|le |la )?(outil|systeme|portail)|" \
          r"(courent|court|run|runs|start|starts) (a compter|a partir|from)|" \
          r"(rapport|releve|etat|compte rendu|report|statement) (\w+ ){0,2}?(des |de ses |of (the |its )?)(delais|temps|niveaux|" \
          r"response times?|resolution times?|service levels?)|reports? (its |the )?(response|resolution) times"


# the provider's own records as the only proof ("seuls les journaux de l'outil du Prestataire font preuve", "the time
# stamps of Supplier's ticketing system shall be the sole admissible evidence")
RECORDS = r"(journaux|releves|enregistrements|horodatages?|donnees|mesures|outils?|systemes?|records?|logs?|time ?stamps?|" \
          r"data|measurements?|tools?|systems?|reports?|rapports?)"
PROOF = r"(seul\w*|unique|exclusi\w*|sole|only)\b[^.;]{0,60}\b(preuve|proof|evidence|foi|reference)|(font|fait|fera|feront|" \
        r"faire|faisant) (seuls? )?(foi|preuve)|\bconclusive\b|mode de preuve|(are|is|shall be|will be|sont|est|seront) (final|" \
        r"binding|definiti\w*)\b|(sole|only|exclusive) (admissible )?(evidence|" \
        r"proof)"
CONTESTABLE = r"sauf preuve contraire|unless (the )?\w+ (proves|shows|demonstrates)|(may|can|peut|pourra) (\w+ ){0,3}(dispute|" \
              r"contest|challenge|contester|remettre en cause)"


def _records_as_proof(f: str, p: str) -> re.Match | None:
    own = re.search(rf"{RECORDS}\b[^.;]{{0,60}}?\b(du|de la|de l'|of|in|by)\s+(the\s+)?{p}|{p}'?s?\s+(\w+\s+){{0,3}}?{RECORDS}",
                    f)
    if own and re.search(PROOF, f) and not _contestable(f):
        return own
    # the levels worked out from the provider's records and nothing else: "on the basis of the Provider's ticketing
    # timestamps only", "sur la seule base des journaux du Prestataire", "exclusively from Provider's logs"
    if own and re.search(r"\b(only|solely|exclusively|uniquement|exclusivement)\b|\b(seule?s?) (base|source)\b|\bsur (la )?seule\b|"
                         r"\b(du|des) seuls?\b", f) and re.search(r"\b(determin|calcul|measur|mesur|assess|establish|etabli|"
                                                                 r"evalu|based|base|fond|comput)\w*", f) \
            and not _contestable(f) and not denied_before(f, own.span()):
        return own
    final = re.search(rf"{p}'?s? (own |sole )?(determination|decision|assessment|calculation|measurement|appreciation|" \
                      rf"constat|evaluation)\w* (shall be|is|will be|sera|est|seront|sont)\W+(\w+\W+){{0,2}}?(final|binding|" \
                      rf"conclusive|definiti\w*|sans appel|irrevocable)|(measurements?|mesures?|releves?|calculs?)\w* (shall be |" \
                      rf"are |will be |sont |seront )?(made|performed|carried out|effectue\w*|realise\w*|etabli\w*) (solely |" \
                      rf"exclusively |uniquement )?(by|par) (the |le |la |l')?{p}", f)
    return final if final and not _contestable(f) else None


NO_CLIENT_VIEW = r"{c} (n'a|n'aura|ne dispose|has|shall have|will have|does not have|is not given)\W+(\w+\W+){0,2}?(pas|aucun|no|" \
                 r"not)\W+(\w+\W+){0,2}?(acces|access)|(donnees brutes|raw data|underlying data|logs|journaux|releves)\W+" \
                 r"(\w+\W+){0,8}?(ne sont pas|n'est pas|ne seront pas|are not|is not|will not be|shall not be) (\w+ )?" \
                 r"(communique|transmis|accessible|fourni|provided|disclosed|available|shared|made available)"


TIMING = r"mesur|calcul|decompt|compt(e|es|ent|ee)\b|a compter|a partir|des (l'|la )?(ouverture|creation)|measur|" \
         r"calculat|count|from the (time|moment|opening|creation)|starts? (when|at)|timestamp|horodat"
FEE_BASE = r"\s*((on|as a percentage of|by reference to|based on|on the basis of|sur|selon|par rapport a|a partir d\w*)\s+)?" \
           r"(la |le |les |l'|the |each |chaque )?(base (de |d'|of )?)?(la |le |l'|the )?(total |totalite de la )?(monthly |" \
           r"mensuel\w* )?(redevances?|montants?|prix|factures?|remuneration|forfaits?|fees?|charges?|invoices?|price)"


def _is_method(f: str, x: re.Match) -> bool:
    """A measurement method, not a tool merely named ("une Anomalie ne figurant pas dans l'outil de suivi", "tickets
    raised by the Customer": how requests arrive) nor the base of a penalty ("calculées sur la redevance mensuelle",
    "calculated on the monthly fee": what the penalty is a percentage of)."""
    g = x.group(0)
    if re.fullmatch(r"tickets?|ticketing|outil de (supervision|suivi|gestion)", g) and not re.search(TIMING, f):
        return False
    if re.match(r"calcul", g) and re.match(FEE_BASE, f[x.end():]):
        return False
    return True


# the client's own measurements may not be relied on against the provider's ("le Client ne peut leur opposer ses propres
# mesures", "Customer's own logs shall not be taken into account", "measurements made by the Customer are disregarded")
CLIENT_OWN_EXCLUDED = r"{c}\b[^.;]{0,80}\b(ne peut|ne pourra|ne saurait|ne peuvent|may not|cannot|shall not|will not|is not " \
    r"entitled to|n'est pas (fonde|autorise|admis) a)\b[^.;]{0,40}\b(opposer|invoquer|se prevaloir|produire|faire valoir|" \
    r"rely|invoke|submit|use|produce|put forward|challenge|contest)\w*\b[^.;]{0,40}\b(ses |its |his |their )?(propres|own) " \
    r"(\w+ )?(mesures|releves|enregistrements|records|measurements|logs|data|donnees|statistiques|statistics|outils|tools|" \
    r"journaux|horodatages?)|(mesures|releves|enregistrements|records|measurements|logs|journaux)\w* (propres )?(du|de la|of " \
    r"the|by the|(made|taken|carried out|kept) by the|effectue\w* par le|realise\w* par le|tenu\w* par le) {c}\b[^.;]{0,60}\b(ne sont pas|ne seront pas|n'est pas|" \
    r"are not|will not be|shall not be|is not) (\w+ )?(pris\w* en (compte|consideration)|opposables?|retenu\w*|admis\w*|" \
    r"taken into (account|consideration)|considered|admissible|accepted|relevant)|{c}'?s? own (records|measurements|logs|" \
    r"data|tools)\b[^.;]{0,60}\b(are not|will not be|shall not be|is not|have no) (\w+ )?(taken into (account|" \
    r"consideration)|considered|admissible|accepted|relevant|effect|weight|bearing)"


# the client's proof held to the provider's own records, or the figure retained being the one the provider reports ("Sauf
# preuve contraire que le Client ne peut rapporter que par les journaux du Titulaire, le taux retenu est celui que le
# Titulaire communique", "the availability applied shall be that reported by the Supplier")
PROVIDER_FIGURE = r"{c}\b[^.;]{0,60}\b(ne peut|ne pourra|ne peuvent)\b[^.;]{0,40}\bqu(e |')(par|au moyen d\w*|sur la base d\w*|a " \
    r"partir d\w*)\b[^.;]{0,30}\b(journaux|releves|donnees|logs|outils|mesures|rapports?|enregistrements)\w* (du|de la|de l') " \
    r"{p}|{c}\b[^.;]{0,40}\b(may|can) (only )?(prove|establish|show|rebut|contest|challenge)\w*\b[^.;]{0,60}\b(only )?(by|" \
    r"through|with|from) (the )?{p}'?s? (own )?(logs|records|data|tools|reports?|measurements)|(taux|niveau|valeur|chiffre)s? " \
    r"(de \w+ )?(retenue?s?|applicables?|pris en compte) (est|sont|sera|seront) (celui|celle|ceux|celles) (que|qu'|" \
    r"communique\w* par|indique\w* par|calcule\w* par) (le |la |l')?{p}|(figure|rate|level|percentage|availability)\w* " \
    r"(used|retained|applied|taken into account) (is|shall be|will be) (the one|that) (reported|calculated|stated|notified) " \
    r"by (the )?{p}"


# what a measurement is of: a level, a time, a rate, a credit ("the order of intervention shall be determined solely by
# Provider" is a priority the provider sets, not a service level it measures)
MEASURED_THING = r"disponibilit|availability|uptime|niveaux? de service|service levels?|\bsla\b|\bdelais?\b|\btimes?\b|" \
                 r"\btemps\b|\btaux\b|\brates?\b|percentage|pourcentage|\bdurees?\b|duration|downtime|indisponibilit|" \
                 r"credits?|penalit|penalt|performance|complian|respect|conformit|mesures?|measure\w*|releves?|levels?|" \
                 r"niveaux?|objecti\w*|targets?|kpi|indicat\w*|statisti\w*|metrics?|results?|resultats?|chiffres?|figures?"
# the client may contest the figures, not "may not contest" ("who may contest any measurement within thirty days", "le
# Client peut en contester les chiffres")
_NO_CONTEST = r"\b(not|no|never|ne|n'|cannot|aucun\w*|nullement|jamais)\b|n'"


def _contestable(text: str) -> bool:
    return any(not re.search(_NO_CONTEST, text[max(0, c.start() - 12):c.end()]) for c in re.finditer(CONTESTABLE, text))


def _measures_a_level(f: str, by: re.Match) -> bool:
    """A "determined/decided by the provider" is a measurement when what is determined is a level, a time or a credit."""
    if not re.match(r"(determin|decid|decide)", by.group(0)):
        return True
    start = max(f.rfind(x, 0, by.start()) for x in (",", ";", ":", " where ", " lorsque ", " si "))
    return bool(re.search(MEASURED_THING, f[start + 1:by.start()]))


def sla_measure(s: Sent, w: Where) -> list:
    f = s.folded
    own = re.search(CLIENT_OWN_EXCLUDED.replace("{c}", w.names.client), f)
    if own and re.search(SLA_CONTEXT, " ".join((f, w.heading, w.article))):
        # the client's own measurements may not be set against the provider's: the provider alone measures
        return [m.SlaMeasure(evidence=s.evidence(own), clause=w.index, measured_by="provider_alone")]
    if not (re.search(SLA_CONTEXT, f) or re.search(SLA_CONTEXT, w.heading)):
        return []
    rx = BY_PROVIDER.replace("{p}", w.names.provider).replace("{{0,40}}", "{0,40}")
    by = re.search(rx, f) or _records_as_proof(f, w.names.provider)
    if by and not _measures_a_level(f, by):
        return []  # a priority or a choice the provider makes, not a measurement of the service
    if by and (_contestable(f) or _contestable(w.clause)):
        # measured by the provider, but the client may dispute it (in this sentence or another of the clause): not the
        # provider alone
        by = None
    if by:
        return [m.SlaMeasure(evidence=s.evidence(by), clause=w.index, measured_by="provider_alone")]
    own = re.search(PROVIDER_FIGURE.replace("{c}", w.names.client).replace("{p}", w.names.provider), f)
    if own:  # the figure retained is the provider's own: the provider alone measures
        return [m.SlaMeasure(evidence=s.evidence(own), clause=w.index, measured_by="provider_alone")]
    meas = next((x for x in re.finditer(MEASURE, f) if _is_method(f, x)), None)
    if meas and re.search(w.names.provider, f) and re.search(NO_CLIENT_VIEW.replace("{c}", w.names.client), w.clause):
        # the provider's own tool, which the client cannot see ("à laquelle le Client n'a pas accès", "raw data not
        # shared"): the provider alone measures
        return [m.SlaMeasure(evidence=s.evidence(meas), clause=w.index, measured_by="provider_alone")]
    if meas:
        return [m.SlaMeasure(evidence=s.evidence(meas), clause=w.index, measured_by="tool_or_report")]
    return []


# -- renewal, termination, suspension --------------------------------------------------------------
RENEW = r"tacite(ment)? reconduction|reconduit\w* tacitement|reconduction (automatique|tacite)|renouvel\w* " \
        r"(\w+ )?(automatiquement|tacitement|de plein droit|par periodes?|pour (une|des) (nouvelles? )?periodes?)|" \
        r"automatic(ally)? renew|renew\w* automatically|auto-?renew|\brolls? over\b|\brolled over\b|\brollover\b|(se )?poursui\w* .{0,30}par periodes|" \
        r"prolong\w* (automatiquement|tacitement|de plein droit|par periodes)|(continues?|extended|renews?|renewed) " \
        r"(automatically )?for (successive|further|additional|subsequent) (periods|terms|renewal terms|\w+ (months?|" \
        r"years?|periods))|renewal terms?|" \
        r"(term|duree)\b[^.;]{0,60}?\b(shall|will|is|sera|est) (automatically |automatiquement )?(be )?(extended|prolonge\w*|" \
        r"proroge\w*)\b[^.;]{0,40}?\b(expire|expirer|prendre fin|end|run)\w* ([\w()-]+ ){0,4}?(months?|years?|mois|ans?) (after|apres|" \
        r"a compter|from)"
NOTICE_NEAR = r"preavis|notice|denonc\w*|resili\w*|avant (l'|la |le )?(echeance|terme|date|expiration)|prior to|before (the )?(end|expiry|" \
              r"renewal|expiration)"


# a sentence about the renewal or the end of a term (where the notice that stops a renewal is given)
RENEWISH = RENEW + r"|renouvel\w*|reconduc\w*|reconduit\w*|renew\w*|non-?renewal|non-?reconduction|denonc\w*|echeance|expir\w*|anniversa\w*|" \
    r"\b(end|fin|terme|expiry) (of|du|de|d') ?(the |la |l'|le |cette |chaque |each |any )?(then[- ]current |current |initial |" \
    r"renewal |renewed |en cours )?(term|periode|period|contrat|agreement|duree)\b|\bterme\b"


def _is_notice(text: str, span: tuple[int, int]) -> bool:
    """Is the duration at span a notice period ("préavis de 3 mois", "90 days' notice", "six mois avant")?"""
    before, after = text[max(0, span[0] - 50):span[0]], text[span[1]:span[1] + 40]
    return bool(re.search(rf"({NOTICE_NEAR})\W+(\w+\W+){{0,4}}$", before) or re.match(
        r"\W{0,3}((au moins|at least|minimum|au minimum|au plus tard|at the latest)\W+)?(de preavis|d'avance|in advance|"
        r"'?s? (prior )?(written )?notice|notice|before|prior|avant|ahead|beforehand|a l'avance)", after))


# A renewal in any words: a renewing verb and, in the same sentence, what makes it happen without a new agreement
# (automatically, "de plein droit", "unless notice is given", "for another period"…).
RENEW_VERB = r"(?<!non-)(?<!non )\b(reconduc\w*|reconduit\w*|reconduir\w*|renouvel\w*|renew\w*|prolong\w*|extend\w*|prorog\w*|" \
             r"repart\w*|roll\w* over|" \
             r"extension|poursui\w*|continu\w*)"
RENEW_AUTO = r"tacite\w*|automatique\w*|automatic\w*|de plein droit|par periodes|d'annee en annee|from year to year|" \
             r"year[- ]to[- ]year|(for|by|pour) (\w+ )?(successive|further|additional|subsequent|another|nouvelles?|" \
             r"successives?)\b|sauf (denonciation|resiliation|preavis|opposition|notification)|faute de (conge|denonciation|" \
             r"preavis|resiliation)|unless (cancel+ed|terminated|ended)|a defaut de (denonciation|" \
             r"resiliation|notification)|unless (\w+ ){0,3}(gives?|serves?|provides?|sends?|delivers?) (\w+ ){0,2}notice|" \
             r"unless (otherwise )?terminated|unless (\w+ ){0,2}notice|sans (autre )?formalite"


def renewal(s: Sent, w: Where) -> list:
    f = s.folded
    r = re.search(RENEW, f)
    if not r:
        # the renewing verb, not a renewal named as a time ("lors de chaque reconduction, les prix…")
        verb = next((v for v in re.finditer(RENEW_VERB, f) if not re.search(
            r"\b(lors d[eu']|a chaque|a l'occasion d[eu']|upon|at|on|for|pour|before|avant|after|apres) (each |any |the |la |le "
            r"|chaque |toute )?$", f[max(0, v.start() - 30):v.start()])), None)
        auto = next((a for a in re.finditer(RENEW_AUTO, f) if verb and (a.end() <= verb.start() or
                                                                       a.start() - verb.end() <= 60) and not (
            # "continues for forty-eight months unless terminated earlier", "se poursuit jusqu'à son terme sauf résiliation
            # anticipée": the first term running to its end, not a renewal
            re.match(r"continu|poursui", verb.group(0)) and re.match(
                r"[^.;]{0,30}?\b(earlier|sooner|early|anticipee?|prematur\w*|in accordance with|under (clause|section)|"
                r"conformement|pursuant)", f[a.start():]))), None)
        if not (verb and auto) or re.search(r"\b(validit|warrant|garanti|offer|offre|obligations?|confidential|survi)", f):
            return []
        r = verb
    if s.negated(r) or re.search(r"\bpas (de )?(tacite )?reconduction|no (automatic|tacit) renewal|not (be )?"
                                 r"(automatically )?renewed|without (any )?(automatic )?renewal|sans (tacite )?reconduction|"
                                 r"expire\w* (automatically|de plein droit|automatiquement)|prend\w* fin (automatiquement|de "
                                 r"plein droit) (a|au) (son )?(terme|echeance)", f):
        return [m.Renewal(evidence=s.evidence(r), clause=w.index, tacit=False)]
    art = w.article or f
    qs = [q for q in find_durations(art) if q.unit in ("month", "year", "day", "week")]
    term, notice, other_notice = [], [], []
    # the notice that stops a renewal is said where the renewal, the term's end or the non-renewal is: a notice to end
    # the contract for convenience or for breach, in another sentence of the article, is not it
    about_renewal = [(m_.start(), m_.end()) for m_ in re.finditer(r"[^.;]+[.;]?", art) if re.search(RENEWISH, m_.group(0))]
    for q in qs:
        mo = months_of(q)
        if mo is None:
            continue
        if not _is_notice(art, q.span):
            term.append(mo)
        elif any(a <= q.span[0] < b for a, b in about_renewal):
            notice.append(mo)
        else:
            other_notice.append(mo)
    notice = notice or other_notice  # no notice said with the renewal: the article's notice is the only one there is
    # the notice due in the year before the renewal date ("reçue entre le 1er et le 15 mars de l'année précédant la date
    # anniversaire", "received during January of the year preceding the renewal date"): a year's notice in effect
    if any(re.search(r"denonc|resili|preavis|notice|terminat|non-renewal", x) and re.search(
            r"(l'annee|the (calendar )?year) (qui )?(precedant|precede|preceding|before|prior to) (la |l'|le |the )?(date "
            r"anniversaire|echeance|terme|date de (renouvellement|reconduction)|renewal date|anniversary( date)?|expiry date|end "
            r"of the (\w+ )?term)", x) for x in re.split(r"(?<=[.;])\s", art)):
        notice.append(12.0)
    # the price of the renewed term: said of the renewal, not of other services of the article (transition help
    # "at its then-current rates" is no renewal price)
    renewing = " ".join(x for x in re.split(r"(?<=[.;])\s", art) if re.search(RENEW + r"|renouvel|reconduc|renew", x))
    price = "list_price" if re.search(LIST_PRICE_THEN, renewing) else None
    # the length of each renewed period, read in the renewal sentence itself ("par périodes de 24 mois")
    per = re.search(r"(periodes?|periods?|terms?|durees?)\b", f)
    renew_len = []
    for q in find_durations(f):
        mo = months_of(q) if q.unit in ("month", "year", "week") else None
        if mo and not _is_notice(f, q.span):
            renew_len.append(mo)
    return [m.Renewal(evidence=s.evidence(r), clause=w.index, tacit=True,
                      term_months=max(term, default=None), notice_months=max(notice, default=None),
                      renewal_months=min(renew_len) if renew_len and per else None,
                      price_at_renewal=price)]


TERMINATE = r"resili\w*|mettre fin|met fin|mettre un terme|met un terme|put an end|terminat\w*|rompre|\bend (this|the) " \
            r"(agreement|contract)|cancel\w*(?= (this|the|your) (agreement|contract|" \
            r"subscription|account|services?)\b| at any time)"
CONVENIENCE = r"a tout moment|sans (avoir a )?(motif|justifi|raison|motiv)|pour convenance|at any time|for convenience|" \
              r"without cause|for any (or no )?reason|without (giving )?(a |any )?reason|ad nutum|de plein droit et sans motif|" \
              r"discretionna\w*|a (sa|leur) (seule |libre )?discretion|at (its|their) (sole |absolute )?discretion|" \
              r"with or without cause|sans (aucun )?motif|whenever (it|they|we|he|she) (wishes|wish|chooses|choose|likes|like|wants?|" \
              r"sees? fit)|at will\b|quand (il|elle|ils|elles|nous) le (souhaite|veut|souhaitent|veulent|souhaitons|voulons)|" \
              r"(quand|comme|lorsque) bon (lui|leur|nous) semble|a (sa|leur|notre) (convenance|guise)"
NON_PAYMENT = r"paiement|impaye|retard de paiement|defaut de (paiement|reglement)|non[- ]payment|failure to pay|" \
              r"overdue|late payment|unpaid|fails? to pay|sommes dues|amounts? due|factures?"
IMMEDIATE = r"immediat\w*|de plein droit|sans (preavis|mise en demeure|delai)|without (prior )?notice|forthwith|" \
            r"with immediate effect|effective immediately"
MUTUAL = r"chaque partie|chacune des parties|l'une ou l'autre|l'un(e)? comme l'autre|either party|each party|either of the " \
         r"parties|each of the parties|both parties|les (deux )?parties (peuvent|pourront)|the parties may|faire de meme|" \
         r"do the same|likewise|same right|meme (droit|faculte|possibilite)|reciproque\w*|reciprocal\w*|mutual"
# the other party given the same right in another sentence of the article ("Customer shall have the same right")
SAME_RIGHT = r"same right|same (option|faculty|entitlement)|meme (droit|faculte|possibilite)|faire de meme|do the same|" \
             r"likewise|reciproquement|reciprocally|la reciproque"
# a ground stated right after "at any time": "at any time if Customer fails to pay" is no exit for convenience
_GROUND_AFTER = r"^\W*(\w+\W+){0,3}?(if|in the event|in case|should|where|upon|en cas|si|s'il|lorsque|des lors|des que|" \
                r"for (breach|cause|non-payment|failure|default)|pour (faute|manquement|defaut|non[- ]paiement))\b"


# a ground or an end date named in the sentence: an exit on notice there is no exit for convenience
NO_GROUND_STATED = r"\ben cas\b|manquement|\bfaute|defaut|defaillance|breach|default|insolv|liquidation|redressement|" \
                   r"non-?paiement|non-?payment|\bif\b|\bsi\b|\bs'il|lorsque|\bwhere\b|\bwhen\b|\bshould\b|\bunless\b|" \
                   r"\bsauf\b|motif|\bcause\b|\bfor (any|no)\b|force majeure|\bterme\b|echeance|expir|\bend of\b|renouvel|" \
                   r"reconduc|renew|\bafter\b|\bapres\b|a l'issue|a compter|from the|first|premiere?|initial"
ON_NOTICE = r"^[^.;]{0,60}?\b(moyennant|avec|sous|on|upon|by giving|with) (un |une |a |the )?(\w+ ){0,3}?(preavis|\w+'? ?" \
            r"(\(\d+\) )?(days?|months?)'? (\w+ ){0,2}?notice)"


def _both_named(f: str, names: Names, end: int) -> bool:
    """The provider and the client joined as the subject ("Le Prestataire et le Client peuvent…")."""
    head = f[max(0, end - 120):end]
    both = r"(et|and|ou|or|comme|ainsi que|as well as|de meme que|aussi bien que)"
    return bool(re.search(rf"{names.provider}\W+(\w+\W+){{0,2}}{both}\W+(\w+\W+){{0,1}}{names.client}|"
                          rf"{names.client}\W+(\w+\W+){{0,2}}{both}\W+(\w+\W+){{0,1}}{names.provider}", head))


def _convenience(s: Sent, w: Where, lo: int, hi: int) -> list:
    """An exit for convenience read in one clause of the sentence (f[lo:hi]): who may leave, and whether it is paid for."""
    f = s.folded[lo:hi]
    t = re.search(TERMINATE, f)
    if not t:
        return []
    mod = modal(f)
    who = "either" if re.search(MUTUAL, f) or re.search(SAME_RIGHT, w.article) or _both_named(f, w.names, t.start()) \
        else actor(f, w.names, (t.start(), t.end()))
    conv = next((c for c in re.finditer(CONVENIENCE, f) if not (
        re.match(r"a tout moment|at any time", c.group(0)) and re.match(_GROUND_AFTER, f[c.end():]))), None)
    if conv is None and not re.search(NO_GROUND_STATED, f):
        # an exit on notice with no ground at all ("La Société peut mettre fin au Contrat sans indemnité moyennant un préavis
        # de soixante jours", "may terminate this Agreement on ninety days' notice"): for convenience
        conv = re.search(ON_NOTICE, f[t.end():])
    right = mod == "may" or re.search(r"a le droit|is entitled|has the right|right to terminate|droit de resili|loisible|"
                                      r"est libre de|is free to|faculte (de resiliation|de resilier|de mettre fin|d'y mettre "
                                      r"fin)|dispose d'une faculte|(conserve|garde|detient|retains?|keeps?) (\w+ ){0,3}(le |the )?"
                                      r"(droit|right|option)|has the option|option to terminate|droit d'y mettre fin|droit de "
                                      r"mettre (fin|un terme)", f)
    conditional = re.search(r"(\bif\b|\bsi\b|\ben cas de\b|\bwhere\b|\bwhen\b|\blorsque\b)[^,;]{0,40}$", f[:t.start()])
    if conv and right and not conditional and not s.negated((lo + t.start(), lo + t.end())):
        text = re.sub(NO_COMPENSATION, " ", w.article)  # the price of the exit is often the next sentence
        if who == "either":
            # the same right with a notice of its own for each side ("thirty days where given by the Supplier and twelve
            # months where given by the Customer"): read as two exits, each with its notice
            own = {}
            for q in find_durations(s.text[lo:hi]):
                by = re.match(rf"\W*(\w+\W+){{0,3}}?(where given by|when given by|if given by|given by|for|pour|par|de la part d[eu]|"
                              rf"from) (the |le |la |l')?({w.names.provider}|{w.names.client})", f[q.span[1]:])
                if by and q.in_days():
                    own.setdefault("client" if re.search(w.names.client, by.group(0)) else "provider", q.in_days())
            if len(own) == 2:
                return [m.Termination(evidence=s.evidence((lo + t.start(), lo + t.end())), clause=w.index, party=side,
                                      for_convenience=True, ground="convenience", notice_days=days)
                        for side, days in own.items()]
        return [m.Termination(evidence=s.evidence((lo + t.start(), lo + t.end())), clause=w.index, party=who,
                              for_convenience=True, ground="convenience", compensated=bool(re.search(
                                  r"indemnit|compensation|(termination|exit|break|cancellation) (fee|charge|payment|sum|"
                                  r"amount)|(fee|charge|payment|sum|amount) (equal|equivalent|of \d)|dedit|frais de "
                                  r"(resiliation|sortie)|(moyennant|contre) (le (versement|paiement|reglement)|paiement) (d'une|"
                                  r"de la|du|des) (somme|montant|forfait)|(on|upon|subject to|against) pay(ing|ment of) (an? |the )?"
                                  r"(\w+ ){0,2}(charge|fee|sum|amount)|"
                                  # the set-up or transition cost not yet recovered ("the unamortised transition-in charge",
                                  # "la part non amortie des frais de mise en service")
                                  r"unamorti[sz]ed|unrecovered (portion|part|balance)|non[- ]amorti\w*|non encore amorti\w*|"
                                  r"restant a amortir", text)), no_commitment=bool(re.search(NO_COMMITMENT, w.clause or f)),
                              after_commitment=bool(re.search(AFTER_COMMITMENT, f)))]
    return []


# the exit ends a plan that binds for a month at a time or has no minimum term ("abonnement conclu pour un mois
# renouvelable", "sans engagement de durée", "month-to-month"): leaving it costs the provider no committed revenue
NO_COMMITMENT = r"(conclue?|souscrite?|consentie?)s? pour (une (duree|periode) (d'|de )|une duree de )?(un|1) mois|" \
                r"(de|par) mois en mois|(reconduit|renouvel)\w* (tacitement |automatiquement )?(chaque mois|mensuellement|" \
                r"de mois en mois|par periodes? d'un mois)|" \
                r"sans (duree minimale|periode minimale|duree d'engagement|engagement (de duree|minimum|minimal))\b|" \
                r"month[- ]to[- ]month|(for|with) (an initial |a )?(term|period) of one (\(1\) )?month|renews? " \
                r"(automatically )?(each|every) month|(no|without (any )?)minimum (term|commitment|period)"

# an exit that opens only once a committed first period has run ("after the first twelve months of the term", "following
# the first anniversary", "once the minimum term has expired", "à l'issue d'une période ferme de vingt-quatre mois",
# "après les douze premiers mois", "à compter de la deuxième année")
_FIRST = r"(first|initial|minimum|firm|committed|fixed|non-cancellable|premiere?s?|initiale?|minimale?|ferme|irrevocable|" \
         r"incompressible|d'engagement)"
AFTER_COMMITMENT = r"\b(after|following|from( the end of)?|at the end of|on or after|once|upon (the )?(expiry|expiration|end) " \
                   r"of)( the| an| a)? " + _FIRST + r" (\w+ ){0,2}?(months?|years?|term|period)\b|" \
                   r"\b(after|following|from|on or after) the (first|second|third|1st|2nd|3rd) anniversary|" \
                   r"\bfrom the (second|third|2nd|3rd) (contract )?year|" \
                   r"\b(once|after|when) the (minimum|initial|firm|committed|fixed) (term|period) (has )?(expired|ended|elapsed|run)|" \
                   r"\b(a l'issue|a l'expiration|au terme|a la fin|apres l'expiration|apres l'echeance|a l'echeance) (de la|d'une|de " \
                   r"sa|du|de son) (premiere )?(periode|duree|engagement)( \w+){0,2}? " + _FIRST + r"|" \
                   r"\bapres (les|la|une periode de|un delai de) (\w+ ){0,2}?premi\w+ (mois|annees?)|" \
                   r"\b(a compter|a partir|au-dela|au dela) de la (deuxieme|seconde|troisieme|2e|3e|premiere) annee"


def termination(s: Sent, w: Where) -> list:
    f = s.folded
    t = re.search(TERMINATE, f)
    if not t:
        return []
    out: list = []
    who = "either" if re.search(MUTUAL, f) or re.search(SAME_RIGHT, w.article) or _both_named(f, w.names, t.start()) \
        else actor(f, w.names, (t.start(), t.end()))
    # coordinated clauses each with their own exit ("You may cancel at any time, and we may terminate…") are read apart
    cuts = [0] + [x.end() for x in re.finditer(_CLAUSE_CUT, f)] + [len(f)]
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:]) if re.search(TERMINATE, f[a:b])]
    if len(pieces) < 2:
        pieces = [(0, len(f))]
    for a, b in pieces:
        out += _convenience(s, w, a, b)
    # the client's exit made to depend on the provider's consent: a right to leave the provider can refuse
    for side, other in (("client", w.names.provider), ("provider", w.names.client)):
        own = w.names.client if side == "client" else w.names.provider
        gate = re.search(rf"((resiliation|terminat\w*|notice of termination|exit)\W+(\w+\W+){{0,4}}?(par|by|from|du|de la|de l'|of)"
                         rf" (le |la |l'|the )?{own}|{own}\W+(\w+\W+){{0,6}}?({TERMINATE}))[^.;]{{0,120}}?("
                         rf"(n'est|ne sera|n'a d'effet|ne prend effet|ne produit (d')?effet)\w*[^.;]{{0,30}}\bqu'(avec|apres|sous reserve"
                         rf"|moyennant)\b[^.;]{{0,20}}\b(accord|consentement|agrement|autorisation|approbation)|"
                         rf"(subject to|only with|requires?|conditional (up)?on|shall not take effect without)\b[^.;]{{0,25}}\b"
                         rf"(consent|approval|agreement|authori[sz]ation)|(soumise?|subordonnee?) (a|au) (l')?(accord|consentement|"
                         rf"agrement|autorisation|approbation))\b[^.;]{{0,40}}?{other}", f)
        if gate and not re.search(
                r"commun accord|mutual (written )?(consent|agreement)|accord des (deux )?parties|both parties|(is|are) not "
                r"(required|needed)|n'est pas (requis|necessaire)", f):
            out.append(m.Termination(evidence=s.evidence(gate), clause=w.index, party=side, ground="other",
                                     needs_consent=True))
    # an exit for cause and the time the failure must last first ("only after a cure period of ninety days", "unpaid for
    # seven days", "non réparé dans un délai de trente jours"): grounds compared between the parties
    cause = re.search(r"\b(breach|default|manquement|faute|defaillance|inexecution|unpaid|impaye|non[- ]?paiement|"
                      r"non[- ]?payment|fails? to pay|overdue)\w*", f)
    # ("ne peut résilier … qu'après …" grants the exit under a condition: a restriction, not a ban)
    if cause and not re.search(CONVENIENCE, f) and (modal(f) == "may" or re.search(
            r"\b(ne|n')\s?(peut|peuvent|pourra|pourront)\b[^.;]{0,60}\bqu'", f)):
        cure = None
        for q in find_durations(s.text):
            days = q.in_days()
            near = f[max(0, q.span[0] - 60):q.span[1] + 40]
            if days is not None and re.search(r"cure|remed|repar|corrig|remedi|unpaid|impaye|overdue|outstanding|"
                                              r"sans effet|restee? infructueuse|elapsed|ecoul", near):
                cure = days if cure is None else min(cure, days)
        if cure is None and re.search(IMMEDIATE, f):
            cure = 0.0
        if cure is not None:
            out.append(m.Termination(evidence=s.evidence(cause), clause=w.index, party=who,
                                     ground="non_payment" if re.search(NON_PAYMENT, f) else "breach", cure_days=cure))
    only = re.search(r"seul (le )?" + w.names.provider + r".{0,40}(peut|pourra) resilier|only (the )?" + w.names.provider
                     + r" (may|shall be entitled to) terminate", f)
    if only:
        out.append(m.Termination(evidence=s.evidence(only), clause=w.index, party="provider", for_convenience=True))
    imm = next((x for x in re.finditer(IMMEDIATE, f) if not (  # "paiement immédiat", "payable immediately": the payment
        re.search(r"(paiement|payment|payable|exigibles?|dues?|paid|pay|versement|reglement)\W+(\w+\W+){0,1}$", f[:x.start()])
        or re.match(r"\W*(dues?|payable|exigibles?)\b", f[x.end():]))), None)
    if imm and re.search(NON_PAYMENT, f) and not s.negated(imm) and not re.search(
            r"mise en demeure (prealable|restee|demeuree)|after (a |prior )?(written )?notice|apres (une )?mise en "
            r"demeure|(\d+|quinze|trente|huit) jours (apres|suivant)", f):
        out.append(m.Termination(evidence=s.evidence(imm), clause=w.index, party=who, immediate=True,
                                 ground="non_payment"))
    return out


ALL_FEES = r"\ball (of )?the (monthly |recurring |periodic )?(charges|fees|payments|amounts)\b.{0,100}(to|until|through) " \
           r"the (end|expiry) of the (initial |minimum |then[- ]current )?(term|period)|" \
           r"(totalite|ensemble|integralite|toutes les|la somme) (des |de la )?(redevances|sommes|mensualites|echeances|" \
           r"loyers|montants?)\w*.{0,100}(restant(es|s)? (a courir|dues?)|jusqu'(au|a la) (terme|fin|echeance))|" \
           r"(all|the) (remaining|outstanding|unpaid) (fees|charges|payments|amounts|monthly fees).{0,100}(until|" \
           r"through|to|for) the (end|remainder|expiry)|(remainder|balance) of the (initial |then[- ]current )?term|" \
           r"(redevances|mensualites|echeances|loyers|fees|charges|payments)\w* (restant(es|s)? a (echoir|courir)|" \
           r"remaining( due| payable| to be (paid|invoiced))?)\b.{0,60}(jusqu'(au|a la|a ce|a cette) (terme|fin|" \
           r"echeance)|until the (end|expiry)|to the end|for the remainder)"


_FEES = r"(redevances|sommes|mensualites|echeances|loyers|montants?|fees|charges|payments|amounts|subscriptions?|" \
        r"abonnements?|prix|\bmrc\b|recurring charges?|monthly recurring)"
_TO_END = r"(jusqu'(au|a la|a l') ?(terme|fin|echeance|expiration)|until the (end|expiry|expiration)|through the (end|" \
          r"expiry)|to the (end|expiry)|for the (rest|remainder|balance|remaining( part)?) of|restant(e|es|s)? a (courir|" \
          r"echoir)|(remaining|left|restant\w*) (in|of|on|until|jusqu'|a courir|du|de la)\b)"
# The fees the client would have paid to the end, however counted: "the Charges that would have been payable for the rest of
# the term", "les redevances qui auraient été facturées jusqu'au terme", "the monthly fee multiplied by the number of
# months remaining".
ALL_FEES_TOO = _FEES + r"\w* restant(e|es|s)? (dues? )?a (echoir|courir)|" + \
    r"\b(every|each|all) (\w+ )?(fee|charge|payment|instal+ment|subscription)s? (left|remaining|outstanding|still due) (in|for|" \
    r"until|under|of)\b|" + \
    _FEES + r"\w* (non (encore )?(echu|facture)\w*|pas encore (echu|facture)\w*|a echoir|not yet (due|invoiced|billed|" \
            r"fallen due))|" + \
    _FEES + r"\w*\b[^.;]{0,30}\b(for|over|pour|sur) (the (full|entire|whole)|toute la|la totalite de la) (\w+ ){0,2}(term|" \
            r"period|periode|duree)\b|" + \
    _FEES + r"\w*\b[^.;]{0,30}\b(a|de|pour|for|over) (l'ensemble|la totalite|toute la duree|the whole|the entire|all) (de |of )?" \
            r"(cette|la|the|that) (periode|duree|term|period|engagement|minimum term|initial term)|" + \
    r"(solde|reliquat|balance|remainder|totalite|integralite) (of|de|des|du|de la) (the |la |les )?(\w+ )?" + \
    _FEES + r"\w*\b[^.;]{0,50}\b(term|period|duree|engagement|terme|echeance)|" + \
    _FEES + r"\w* (dues? |payable )?(jusqu'(au|a l') ?(terme|echeance|expiration)|until the (end|expiry) of the (\w+ )?" \
            r"(term|period))|" + \
    _FEES + r"\w*\b[^.;]{0,40}\b(auraient|aurait|would (\w+ )?have)\b[^.;]{0,50}" + _TO_END + "|" + \
    r"(multipl\w*|times|fois)\W+(\w+\W+){0,3}(number|nombre)\W+(of|de)\W+(\w+\W+){0,2}(months|mois|periods|periodes|" \
    r"echeances|installments|instalments)\W+(\w+\W+){0,2}(remaining|restant\w*|left|a courir)|" + \
    _FEES + r"\w*\b[^.;]{0,60}\bfor the (rest|remainder|balance) of the (\w+ ){0,2}(term|period|duree)"


# the balance of the term due when the contract ends early ("le solde devenant alors exigible", "the balance becomes
# immediately payable"), the early end named in the sentence
BALANCE_DUE = r"\b(le |du |the )?(solde|balance)\b[^.;]{0,30}\b(exigible|due|payable)|\b(rend\w*|rendr\w*|make\w*|render\w*) " \
              r"(immediatement |immediately |de plein droit |automatically )*(exigible|due|payable)\b[^.;]{0,30}\b(le |du |the )?" \
              r"(solde|balance)\b"
EARLY_END = r"anticipe\w*|avant (le |son |l'|la )?(terme|echeance|fin)|before (the )?(end|expiry)|early termination|prior to " \
            r"the (end|expiry)|terminat\w* early|(ends?|ended|ending|comes to an end|is terminated) (\w+ )?(early|prematurely)|" \
            r"prematur\w*"
# "ne le dispense pas de régler", "shall not relieve Customer of its obligation to pay": the payment stays due; "fees
# not yet invoiced" are fees still to pay
NOT_RELEASED = r"ne (le |la |les |l')?(dispense|libere|exonere|decharge)\w* (pas|nullement|aucunement)|(does|shall|will) not " \
               r"(release|relieve|discharge|exempt)|\b(not|pas|non) (yet|encore) (due|invoiced|billed|fallen due|echu|facture)\w*"


def termination_fees(s: Sent, w: Where) -> list:
    f = s.folded
    a = re.search(ALL_FEES, f) or re.search(ALL_FEES_TOO, f)
    if not a:
        a = re.search(BALANCE_DUE, f) if re.search(EARLY_END, f) else None
    kept = re.sub(NOT_RELEASED, lambda x: " " * len(x.group(0)), f)  # "ne le dispense pas de régler": still owed
    if not a or negated(kept, a.span()):
        return []
    fee = [x for x in re.finditer(_FEES, f[:a.end()]) if x.start() >= a.start() - 80]
    if fee and (s.excluded(fee[-1]) or negated(kept, fee[-1].span())):
        return []  # "no fees for the remainder of the term shall be due"
    if not re.search(r"exigib|due|payable|acquitt|payer|paiement|regler|regle\w*|reglement|factur|invoic|vers(e|er|ent|era)\b|pay\b|owe|"
                     r"redevable|immediately|"
                     r"indemnit|compensation", f):
        return []
    share = re.search(r"(\d+(?:[.,]\d+)?) ?%\)? (des |de la |du |of the |of )", f)
    if re.search(r"(moitie|half|tiers|one third|quart|quarter) (des |de la |of the |of )", f) or (
            share and float(share.group(1).replace(",", ".")) < 100):  # a share of the rest, not all of it
        return [m.TerminationFees(evidence=s.evidence(a), clause=w.index, all_remaining=False)]
    return [m.TerminationFees(evidence=s.evidence(a), clause=w.index, all_remaining=True)]


# a notice waived before it is named: "sans mise en demeure préalable", "sans qu'il soit besoin d'une mise en demeure",
# "dispensé de toute relance", "without the need for prior notice"
_NOTICE_WAIVED = re.compile(r"(\bsans|\bwithout|\bdispense\w*|\bno need|\bnul besoin)\b[^,;:.]{0,45}$")


def suspension(s: Sent, w: Where) -> list:
    f = s.folded
    sp = re.search(r"suspendre|suspension|suspend|interrompre|interruption|couper|coupure|cut-?off|disconnect\w*|disabl\w*|deactivat\w*|desactiv\w*|bloquer|block "
                   r"(access|the)|cut off|restrict access|restreindre l'acces|withh?old\w* (the )?(performance|provision|supply) of|" \
                   r"(cease|stop|discontinue)\w* (to )?(provid|perform|suppl)\w*|cesser (de fournir|d'executer|la fourniture)", f)
    # whole words: "plateforme" holds "late" and "allowed" holds "owed", neither is a payment ground
    unpaid = r"paiement|impaye|retard|payment|overdue|past[- ]due|\blate\b|unpaid|arrears|\bowed\b|factur|invoice|fails? to pay|" \
             r"(do|does|did) not pay|(don't|doesn't|didn't) pay|not (been )?paid|ne (paie|paye|regle)\w* pas|" \
             r"failure to pay|non-?payment|when due|amounts? due|sommes dues|reglement"
    # the same cut named again in the next sentence ("Cette interruption peut intervenir sans mise en demeure", "Such
    # suspension may take place without notice"): its ground is in the sentence before
    again = re.search(r"\b(cette|ladite|such|this|that|the|la|une telle) (suspension|interruption|coupure|cut-?off)\b", f)
    # or a breach the provider alone judges ("where it considers the Customer in breach", "utilisation jugée non
    # conforme", "fails to comply with its obligations"): the same cut at its discretion
    breach = r"\bin breach\b|\bbreach(es)? (of|by)\b|fails? to comply|failure to comply|manquement|non[- ]conforme|" \
             r"non-respect|violation (de|des|du)|misuse|utilisation abusive|usage abusif"
    if not sp or not (re.search(unpaid, f) or re.search(breach, f) or (again and re.search(unpaid, w.clause))):
        return []
    no_notice = re.search(r"sans (preavis|mise en demeure|delai|notification|information|(autre )?formalite)|immediatement|"
                          r"de plein droit|without (any )?(further )?formalit|immediat\w*|sans que [^.;]{0,40}(avertir|"
                          r"prevenir|informer|aviser|notifier)|"
                          r"without (prior |any |advance )?(notice|warning|notification)|without (being|having) (required|obliged|bound) to " \
                          r"(serve|give|send|issue) (a |any )?(prior )?(written )?(reminder|notice|formal notice|warning)|immediately|forthwith|at once|sur-le-champ|without delay|"
                          r"straight away|right away|sans attendre|tout de suite|sans avertissement|"
                          r"sans qu'il (soit|ne soit) (besoin|necessaire) d'(une |un |aucune )?(mise en demeure|preavis|relance)|"
                          r"without (the |any )?need (for|of) (a |any )?(prior )?(written )?(notice|reminder)", f)
    if no_notice and any(not _NOTICE_WAIVED.search(f[max(0, g.start() - 60):g.start()]) for g in re.finditer(
            r"mise en demeure (prealable|restee|demeuree)|apres (une |la )?(mise en demeure|relance|"
            r"notification)|after (a |the |prior )?(written )?(notice|reminder|formal notice)|(days|jours) "
            r"(apres|after|suivant|following) (une |la |a |the )?(mise en demeure|relance|reminder|notice)", f)):
        no_notice = None  # "immédiatement" once a formal notice has gone unanswered: the notice is there
    if no_notice and not s.negated(sp):
        return [m.Suspension(evidence=s.evidence(sp), clause=w.index, without_notice=True)]
    return [m.Suspension(evidence=s.evidence(sp), clause=w.index, without_notice=False)]


# -- assignment, price --------------------------------------------------------------------------------
# the provider's outside workers, not its own staff: partners, outside or independent technicians, third parties
OUTSIDE_WORKERS = r"(tiers|partenaires?|intervenants? (exterieurs?|externes?|tiers|independants?)|techniciens? (exterieurs?|" \
                  r"externes?|independants?|tiers|de (son|ses|leur) (reseau|partenaires?)|partenaires?)|prestataires? (tiers|" \
                  r"exterieurs?|externes?)|independants|free-?lances?|(entreprises?|societes?) (tierces?|exterieures?))\b"
# the work handed to another firm, whatever the verb ("peut confier la supervision à la société X ou à toute autre société de
# son choix", "may entrust monitoring to any other company it selects", "déléguer l'exploitation à des prestataires",
# "hand over the service desk to third parties"): a subcontracting; to its own staff or members it is not
OTHER_FIRM = r"(societes?|entreprises?|compagnies?|company|companies|firms?|third[- ]part\w*|tiers|prestataires?|partenaires?|" \
             r"providers?|suppliers?|vendors?|contractors?|organi[sz]ations?|sous-traitants?|subcontractors?|specialists?|" \
             r"specialistes?)\b"
ENTRUST = r"\b(confi(e|er|era|eront|ent|ee|ees)|entrust\w*|delegu\w*|hand(s|ed|ing)? over|outsourc\w*|externalis\w*)\b[^.;]{0,80}?" \
          r"\b(a|au|aux|to) (la |le |l'|une |un |des |d'|toute |tout |tous |any |an |a |the |one or more |another |other |" \
          r"autres? |d'autres |its |ses )*" + OTHER_FIRM
ASSIGN = r"\b(hand|pass)\w* (this|the|our|your) (contract|agreement) (over|on)\b|\b(hand|pass)\w* (over|on) (this|the|our|" \
         r"your) (contract|agreement)\b|\bced(er|e|ee|es|ees|era|eront|ant)\b|\bcession|se substitu\w*|substitut\w* (for itself|any|a|an)\b|transferer|transfert du contrat|\bassign(s|ed|ing|ment|able)?\b|\b(librement )?cessible\b|\btransfer\w*|sous-trait(er|e|era|" \
         r"eront|ent|ance)\b|(recours|recourir|faire appel) a (des|un|d'autres) sous-traitants?|subcontract\w*|" \
         r"(faire|fait|fera) (executer|realiser|assurer) [^.;]{0,60}\bpar (des|un|d'autres|tout) (sous-traitants?|tiers|" \
         r"prestataires?|partenaires?)|" \
         r"delegat\w*|confier .{0,80}a (un|des|d'autres) (tiers|partenaires?|sous-traitants?|prestataires?)|" \
         r"" + ENTRUST + "|" \
         r"(recours|recourir|faire appel|fait appel|fera appel|faire intervenir|fait intervenir|fera intervenir) (a |aux? |" \
         r"des |d'|d'autres |a des |a d'autres |a un |a une |a tout |a toute |un |une |tout |toute )?" + OUTSIDE_WORKERS + "|" \
         r"\b(through|use|using|engage|engaging|retain|retaining|rely on|appoint|via) (a |an |any |one or more |other |its )?" \
         r"(third[- ]party|outside|independent|external) (contractors?|technicians?|engineers?|service providers?)\b"
FREE = r"sans (l'|son |leur |avoir a (obtenir|recueillir) l')?(accord|consentement|autorisation|agrement)|without (the )?" \
       r"(prior )?(written )?(\w+'?s? )?(prior )?(written |express )?(consent|approval|authori[sz]ation|agreement)|without notice|librement|freely|at (its|their) " \
       r"(sole )?discretion|without (any |the )?(need|requirement) (for|of|to obtain) (the )?(\w+'?s? )?(prior )?(written )?" \
       r"(consent|approval|authori[sz]ation|agreement)|sans qu'il (soit|ne soit) (besoin|necessaire) d'obtenir|de son (seul )?" \
       r"choix|sans (en )?(informer|aviser|prevenir)|without (informing|notifying|notice to|asking|checking with|consulting)|" \
       r"sans (vous |lui |leur )?(demander|consulter)|at (its|their) " \
       r"(sole )?discretion|a tout moment|at any time|est libre|is free to|" \
       r"sans avoir a (en |l'en |le |les |leur )?(informer|aviser|prevenir|avertir|notifier|obtenir|solliciter|recueillir|" \
       r"demander)|(is|are|shall|will) (be )?not (be )?(required|obliged|obligated|bound) to (\w+ ){0,2}(notify|inform|obtain|" \
       r"seek|request|give notice)|need not (\w+ ){0,2}(notify|inform|obtain|seek|request)|n'(est|sera) pas tenue? (de |d')" \
       r"(\w+ ){0,2}(informer|obtenir|aviser|prevenir|solliciter|recueillir)|de son choix|of its (choosing|choice)|" \
       r"(it|qu'il) (selects|chooses|choisit|juge\w* (qualifie|competent)\w*|estime\w* (qualifie|competent)\w*)|" \
       r"sans (avoir a )?(les |le |la |l')?faire (agreer|accepter|approuver|valider)|without (having )?(them|it) " \
       r"(approved|accepted)|(accepte|accepts?|consents?|agrees?) (d'ores et deja|in advance|hereby|par avance)|" \
       r"(d'ores et deja|in advance|par avance) (accepter|accepte|consent\w*|agree\w*)|freely (transferable|assignable)|" \
       r"librement (cessible|transferable)|(n'a|n'aura|n'ont) (pas|nullement) besoin (de l'|d'|du )(\w+ )?(accord|consentement|" \
       r"autorisation|agrement)|\bno (prior )?(written )?(consent|approval|authori[sz]ation|agreement)\b[^.;]{0,40}\b(is|shall be|will be) " \
       r"(required|needed|necessary)|(does|do|shall|will) not (need|require) (the |any )?(\w+'?s? )?(prior )?(written )?(consent|" \
       r"approval|authori[sz]ation|agreement)|ne (requiert|necessite) (pas|aucun\w*) (l')?(accord|consentement|autorisation)|" \
       r"(consent|accord|agrement|approval)\w* (\w+ ){0,3}(n'est|ne sera|shall not be|is not|" \
       r"will not be) (pas )?(requise?|necessaire|required|needed)"
CONSENT = r"accord (\w+ (et )?){0,2}?(prealable|ecrit|expres)|consent|autorisation|approv|agrement (de|du|des|par)|" \
          r"acceptation (ecrite|prealable|expresse)|(has|have) accepted|accepted (by|in writing)|agreement of the"


# the hand-over at the end of the contract ("conditions de transfert" in a reversibility plan, "transfer to the successor
# provider"): the services move to the client or its new provider; that is the exit, not an assignment of the contract
HANDOVER = r"reversibilit|plan de (transition|sortie)|(nouveau|futur) (prestataire|titulaire)|(successor|replacement|new) " \
           r"(provider|supplier|vendor|contractor)|exit (plan|assistance)|transition (plan|assistance|services|period)|" \
           r"migration|repreneur|fin (du|des) (contrat|marche|services|prestations)"
STAFF = r"\b(employees|staff|personnel|technicians|engineers|consultants|individuals)\b"
CONTRACT_OBJECT = r"\W+(\w+\W+){0,3}?(contrat|marche|agreement|contract|droits|obligations|rights)\b"


def _assign_cue(f: str, w: Where) -> re.Match | None:
    """The first assignment or subcontracting cue of the sentence, not counting a bare "transfert" of the hand-over."""
    for a in re.finditer(ASSIGN, f):
        if a.group(0).startswith("transfer") and re.search(HANDOVER, f + " " + w.heading) and not re.match(
                CONTRACT_OBJECT, f[a.end():a.end() + 50]):
            continue
        if a.group(0).startswith("assign") and (re.match(r"\W*(\w+\W+){0,2}?for the benefit of (its |his |their )?creditors",
                                                          f[a.end():]) or (re.search(STAFF, f) and not re.search(
                                                              CONTRACT_OBJECT.replace(r"\W+", r"\W*", 1), f))):
            continue  # an insolvency event, or people put on the engagement (staffing), not the contract assigned
        return a
    return None


def assignment(s: Sent, w: Where) -> list:
    f = s.folded
    a = _assign_cue(f, w)
    if not a or re.search(r"sous-traitants? ulterieurs?|sub-?processors?|sous-traitant au sens|data processor", f):
        return []
    if re.search(r"transfer\w* (of |de )?(personal )?(data|donnees)|(data|donnees) .{0,30}transfer|hors (de l'|"
                 r"l')?(union|ue|eee)|outside the (eu|eea|european)|pays tiers|third countr|transfert de (competences|"
                 r"connaissances)|knowledge transfer|transfer of (knowledge|skills|ownership|title|risk)", f):
        return []
    who = actor(f, w.names, a.span())
    if who == "unknown" and re.search(r"\b(we|nous)\b", f[:a.start()]):
        who = "provider"
    if who != "provider" and re.match(ENTRUST, f[a.start():]) and re.search(
            rf"\b{w.names.provider}\W+(\w+\W+){{0,3}}$", f[max(0, a.start() - 60):a.start()]):
        who = "provider"  # the verb's own subject ("Le Client accepte que la Société confie…")
    pv = re.search(PROVISO, f)
    if who in ("either", "unknown") and pv and pv.start() > a.start():
        # "Neither party may assign…; provided, however, that the MSP may assign… by simple notice": the proviso names
        # one party and gives it its own rule, which is the one that counts for that party
        k = pv.end()
        tail = Sent(text=s.text[k:], folded=f[k:], start=s.start + k, clause=s.clause)
        a2 = re.search(ASSIGN, tail.folded)
        if a2 and actor(tail.folded, w.names, a2.span()) in ("provider", "client"):
            return assignment(tail, w)
    if re.search(r"appel|recour|intervenir|contractor|technician|engineer|service provider", a.group(0)) and not re.search(
            r"sous-trait|subcontract", a.group(0)) and (who != "provider" or denied_before(f, a.span())):
        return []  # outside workers named, but not the provider's freedom ("ne pas faire intervenir un tiers")
    what = "subcontract" if re.search(r"sous-trait|subcontract|delegat|delegu|confi|entrust|hand\w* over|outsourc|externalis|"
                                      r"appel|recour|intervenir|contractor|"
                                      r"technician|engineer|service provider", a.group(0)) else "assign"
    if re.match(r"confi|entrust", a.group(0)) and (who != "provider" or re.search(
            r"souhait\w*|envisag\w*|wish\w*|intend\w*|desire\w*", f[:a.start()])):
        return []  # the client entrusting the work to a provider, or a wish in the recitals: no subcontracting right
    free = re.search(FREE, f)
    # the verb's modal: up to the next clause of the sentence, the freedom itself ("… it selects, and is not required
    # to notify") read as no denial
    window = re.sub(FREE, lambda x: " " * len(x.group(0)), f)[:a.end() + 40]
    cut = re.compile(r"[;:]|,\s+(and|et|but|mais|or|ou)\b").search(window, a.end())
    window = window[:cut.start()] if cut else window
    mod = modal(window)
    if free and not s.negated(free) and mod in ("may", "states", "must") and not re.search(
            r"sans (l'|son )?(accord|consentement|autorisation).{0,60}(ne|pas)|\bne\b.{0,60}sans", f):
        consent = "not_required"
    elif re.search(CONSENT, f):
        consent = "required"
    elif re.search(r"inform|notif|notice|aviser|prevenir", f) and mod in ("may", "states"):
        consent = "notice_only"
    elif mod == "must_not":
        consent = "required"
    elif mod == "may":
        consent = "not_required"
    else:
        consent = "unknown"
    if who == "either" and consent == "not_required":
        who = "either"
    # the client may leave at no cost when the assignment is notified ("in that event the Customer may terminate without
    # charge", "le Client peut alors résilier sans frais"): the notice gives it a real choice
    exit_free = consent in ("notice_only", "not_required") and bool(re.search(
        rf"{w.names.client}\W+(\w+\W+){{0,3}}?(may|pourra|peut|is entitled to|shall be entitled to|a la faculte de)\W+"
        rf"(\w+\W+){{0,2}}?(terminate|resilier|end)\b[^.;]{{0,80}}?(without (any )?(charge|penalty|cost|fee|liability|"
        rf"termination fee)|sans (frais|indemnit|penalit))", w.clause or f))
    scope = w.clause or f
    # the client's say over the subcontractor: a right to object once told, or each one presented for its acceptance -
    # in the clause, or in the article when the sentence itself does not exclude it ("X.1 may entrust part of the services
    # to qualified firms. X.2 each subcontractor is presented to the Client for acceptance")
    say = scope if free else (w.article or scope)
    objection = consent in ("notice_only", "not_required") and (any(not re.search(
        r"\b(ne|not|cannot|no|aucun\w*|sans)\b|n'", o.group(0)) for o in re.finditer(
            OBJECT_RIGHT.replace("{c}", w.names.client), say)) or bool(re.search(ACCEPTANCE, say)))
    return [m.Assignment(evidence=s.evidence(a), clause=w.index, party=who if who != "unknown" else "provider",
                         what=what, consent=consent, client_exit=exit_free, objection=objection,
                         data_terms_elsewhere=what == "subcontract" and bool(re.search(DATA_TERMS_ELSEWHERE, scope)))]


# the client, told of the change, may refuse it ("le Client peut, dans ce délai, s'y opposer", "the Customer may object
# within that period")
OBJECT_RIGHT = r"{c}\b[^.;]{0,50}?\b(peut|pourra|peuvent|may|can|is entitled to|shall be entitled to|a le droit de|dispose " \
               r"d'un droit d')\W+(\w+\W+){0,5}?(s'y oppos\w*|s'oppos\w*|opposition|object\w*|refus\w*|reject\w*|veto)"
ACCEPTANCE = r"\b(present\w*|submit\w*|soumet\w*|soumis\w*|propos\w*)\b[^.;]{0,60}?\b(pour|for) (son |sa |its |their |the \w+'s )?" \
             r"(acceptation|agrement|approval|acceptance|accord|consent)\b"
# the personal data a subcontractor would handle left to the processor terms ("sous réserve, lorsque ce sous-traitant
# traite des données personnelles, des stipulations de l'Annexe 3", "sub-processors are governed exclusively by clause
# 10.6", "any subcontractor processing personal data is subject to Schedule 4"): the sub-processor question is there
DATA_TERMS_ELSEWHERE = r"(donnees (a caractere )?personnel\w*|personal data|sous-traitants? ulterieurs?|sub-?processors?|" \
                       r"sous-traitants? au sens (du rgpd|de l'article 28))\b[^.;]{0,120}?\b(annexe|annex|schedule|exhibit|" \
                       r"appendix|article|clause|section|\bdpa\b|accord de traitement|data processing (agreement|addendum))\b"


# a proviso that gives one party its own rule after a general one ("; provided, however, that", "; toutefois,")
PROVISO = r"[;,]\s*(provided,? (however,? )?that|provided always that|always provided that|toutefois,?|however,?|" \
          r"cependant,?|etant entendu (toutefois )?que|a ceci pres que|except that|save that)\s"


PRICE_FORMULA = r"syntec|indice|index|accord (ecrit )?des parties|mutual|agreed in writing|avenant|cpi\b|insee"
PASS_THROUGH = r"(in line with|comme (ceux|celles?)|selon|suivant|reflect\w*|en fonction|as charged by|a l'identique)\W+" \
               r"(\w+\W+){0,4}(publishers?|editeurs?|manufacturers?|fabricants?|vendors?|suppliers?|fournisseurs?)"
PRICES = r"prix|tarifs?|redevances?|conditions financieres|fees|prices|charges|rates|price list|rate card|grille"


# A price moved by someone: the verb ("modifier", "faire évoluer", "increase", "revise", "subject to change"…) with a
# price as its object (after it, or before it in the passive) inside one clause of the sentence.
PRICE_NOUN = r"\b(prix|tarifs?|tarification|redevances?|abonnements?|conditions financieres|fees?|prices?|pricing|honoraires|" \
             r"charges|rates?|price list|rate card|grille tarifaire|grilles? de prix|subscription (fees|charges)|(any|each|the) " \
             r"charge)\b"
PRICE_VERB = r"\b(modif\w*|chang\w*|augment\w*|revis\w*|ajust\w*|reajust\w*|reevalu\w*|relev(er|era|eront|e|es)\b|" \
             r"actualis\w*|(faire )?evolu\w*|increas\w*|amend\w*|adjust\w*|rais(e|es|ed|ing)\b|updat\w*|" \
             r"mettre a jour|mis a jour|subject to change|var(y|ies|ied|ying)\b|varier|variation|alter(s|ed|ing)?\b|fixe(r|ra)?\b|" \
             r"determine(r|ra)?\b|subject to (revision|adjustment|modification)|sujets? a (revision|modification))"
# one clause of a sentence: cut at ";" and ":" and where a comma opens a new clause ("…, and the Fees shall…")
_CLAUSE_CUT = r"[;:]|,\s+(and|et|but|mais|or|ou|while|tandis que|whereas|alors que)\b"
PERMISSION = r"unilateral\w*|subject to change|from time to time|de temps (a|en) autre|at (the )?\w+'?s? (sole |absolute )?" \
             r"discretion|a la (seule |libre )?discretion (du|de la|de l')|susceptibles? d'|a l'initiative d|at the initiative of|a (sa|leur) (seule )?discretion|at (its|their) (sole |own )?discretion|" \
             r"librement|freely|se reserve|reserves? the right|sans (l'|son |leur )?(accord|consentement)|without " \
             r"(the )?(\w+'?s? )?(consent|agreement|approval)|" \
             r"(modalites|conditions|formules?|montants?|taux|proportions?|methodes?)\b[^.;]{0,20}?\b(que|qu')\s?(celui-ci|celle-ci|" \
             r"il|elle|ce dernier|le \w+|la \w+)\b[^.;]{0,20}?\b(determine|fixe|arrete|definit|choisit|decide|etablit)\w*|" \
             r"\b(as|in such (manner|proportion|amount)|on such terms|by such (method|amount)) as (the \w+|it) (alone )?(may )?" \
             r"(determines?|decides?|sets?|fixes|chooses|considers appropriate)\b"
# the change needs the other party's consent: no unilateral change ("only with Customer's prior written consent", "d'un
# commun accord")
CONSENTED = r"(prior )?(written )?(consent|approval|agreement|accord)\b( ecrit| expres| prealable)* (of|du|de|by|des parties)|" \
            r"with (the )?(\w+'?s? )?(prior )?(written )?(consent|approval|agreement)|d'un commun accord|by mutual|mutually " \
            r"agreed|agreed (in writing )?by (both|the) parties|conjointement|avec l'accord|qu'avec|only with|signed by (both|the) " \
            r"parties|signe\w* par les (deux )?parties|(written |ecrit )?(amendment|avenant)\b[^.;]{0,40}(signed|signe)"


# the provider's own price list, whatever it is called ("barème général du Prestataire", "Supplier's standard rate card")
LIST_NOUN = r"bareme|grille tarifaire|grille de prix|tarif (general|public|catalogue)|tarifs? (standard|publics?)|catalogue|" \
            r"rate card|price list|list prices?|standard (rates|prices|fees|pricing)"
FORMULA_PRICE = r"(on|according to|selon|sur la base|d'apres|au vu) (des |du |the |of the )?(prix unitaires|unit (prices|" \
                r"rates)|bordereau de prix)|according to the (formula|index)|selon la formule"


# a new price list that applies to the services already running ("toute nouvelle grille s'applique à l'ensemble des
# Services en cours", "any updated rate card shall apply to all existing subscriptions")
NEW_LIST_RUNNING = r"\b(nouve(lle|au|aux|lles)|new|updated|revised|amended|modifi\w*|mise?s? a jour) (grilles?|baremes?|price " \
                   r"lists?|rate cards?|tarifs?|tarification|prices|pricing|catalogues?|list prices)\b[^.;]{0,120}?\b" \
                   r"(s'applique\w*|sera(ont)? applicables?|est applicable|sont applicables|devien\w* applicables?|apply|applies|" \
                   r"shall apply|will apply|becomes? applicable|take effect|prend effet)\b[^.;]{0,60}?\b(en cours|existing|current|ongoing|" \
                   r"in progress|running|already (ordered|subscribed)|(all|every) (of the )?(services|subscriptions|orders|" \
                   r"contracts)|ensemble des (services|contrats|abonnements|commandes|prestations)|services souscrits|deja " \
                   r"(souscrit|commande)\w*)"


def price_move(s: Sent, w: Where) -> tuple[re.Match, str] | None:
    """(the verb, who moves the price) when a price may be changed at someone's will, else None."""
    f = s.folded
    for v in re.finditer(PRICE_VERB, f):
        cuts = [x.end() for x in re.finditer(_CLAUSE_CUT, f[:v.start()])]
        lo = max(cuts, default=0)
        nxt = re.search(_CLAUSE_CUT, f[v.end():])
        hi = v.end() + nxt.start() if nxt else len(f)
        before, after = f[max(lo, v.start() - 90):v.start()], f[v.end():min(hi, v.end() + 50)]
        passive = re.search(r"\b(etre|be|been|are|is|sont|est|seront|sera|subject to)\s+(\w+\s+)?$", before) or \
            v.group(0) == "subject to change"
        # the price named before the verb in a relative clause ("la grille …, que ce dernier peut mettre à jour"), or
        # a pronoun standing for the prices of the clause ("Le Prestataire peut les modifier", "may change them")
        relative = re.search(PRICE_NOUN + r"[^.;]{0,80}\b(que|qu'|which|that)\b[^.;]{0,40}$", before)
        pronoun = (re.search(r"\b(les|la|l')\s*$", before) or re.match(r"\s+(them|it|these|those|such (prices|rates|fees|"
                                                                       r"charges))\b", f[v.end():])) and \
            re.search(PRICE_NOUN, w.clause or f)
        # the price as the subject of a verb of change under a modal ("les tarifs sont susceptibles d'évoluer", "prices may
        # change")
        subject_price = re.search(PRICE_NOUN + r"[^.;]{0,40}\b(may|can|might|peut|peuvent|pourr\w+|susceptibles? d'|liable to|"
                                               r"subject to)\s*$", before)
        piece = f[lo:hi]
        # the provider's catalogue or scale that the clause makes the price ("les redevances sont celles du catalogue de
        # l'Infogéreur… il peut modifier son catalogue")
        scale = re.match(r"\W+(\w+\W+){0,2}?(catalogue|bareme|grille)\b", f[v.end():]) and (re.search(
            PRICE_NOUN + r"[^.;]{0,60}\b(catalogue|bareme|grille)", w.article or w.clause or f) or re.search(
                r"\bprix\b|tarif|\bfees?\b|pricing|\bprices?\b|redevance|financ|\bcharges\b|\brates\b", w.heading))
        # the terms changed "including the prices" ("les conditions générales peuvent être modifiées…, y compris ses tarifs")
        terms_too = passive and re.search(r"conditions|terms|contrat|agreement|\bcgv\b|\bcgu\b", before) and re.search(
            r"(y compris|including|notamment|en ce compris|dont)\W+(\w+\W+){0,2}" + PRICE_NOUN, piece)
        if not (re.search(PRICE_NOUN, after) and not passive or re.search(PRICE_NOUN, before) and passive or relative
                or pronoun or subject_price or terms_too or scale):
            continue
        if not (re.search(MAY.pattern + "|" + PERMISSION, f[lo:v.end()]) or re.search(PERMISSION, piece)):
            continue
        if s.negated(v) or modal(f[lo:v.end()]) in ("must_not", "need_not"):
            continue
        if relative:  # the subject of the relative clause: "ce dernier", "the latter", or a party named there
            return v, nearest_party(f, w.names, v.start())
        init = re.search(rf"(a l'initiative|au gre|sur decision|at the (initiative|discretion|election)|on the decision) "
                         rf"(du |de la |de l'|of )?(the )?({w.names.provider}|{w.names.client})", f)
        if init:
            return v, "client" if re.search(w.names.client, init.group(0)) else "provider"
        return v, actor(f, w.names, (v.start(), v.end()))
    return None


# the client told of a new price may refuse it by leaving, free, before it applies ("le Client qui le refuse peut résilier
# sans frais avant son entrée en vigueur", "if the Customer does not accept the new charges it may terminate before they
# take effect"): the change binds only a client who stays, it is no longer the provider's will alone
_REFUSAL = r"(refus\w*|n'accept\w* pas|ne (l'|les )?accept\w* pas|s'y oppos\w*|s'oppos\w*|contest\w*|(does|do|did) not (accept|" \
           r"agree)|(doesn't|don't|didn't) (accept|agree)|object\w*|reject\w*|declin\w*|disagree\w*|not (willing|prepared) to " \
           r"accept)"
_LEAVE = r"\b(resili\w*|mettre fin|met(tra)? fin|terminat\w*|cancel\w*|end (this|the|its|his|her|your|their) (agreement|" \
         r"contract|subscription|services?))"
_BEFORE_EFFECT = r"avant (son |sa |leur |cette |l')?(entree en vigueur|application|date|prise d'effet)|before (it|they|the " \
                 r"(new|increased|revised|varied|changed) \w+|the (change|increase|variation)) (takes?|comes?) (effect|into " \
                 r"(force|effect))|before (the )?(new|increased|revised|varied) \w+ (appl\w*|take effect)|before (that|such) " \
                 r"date|prior to (its|their|the) (effective date|entry into force|application)"
_PAID_EXIT = r"(paying|payment of|en (payant|reglant)|moyennant (le )?(paiement|reglement|versement)|paiement (de|des)|" \
             r"subject to (paying|payment))[^.;]{0,60}\b(fees|charges|sums|amounts|redevances|sommes|montants|mensualites)|" \
             r"\b(remaining|rest of the (term|period)|restant\w* (dues?|a courir)|jusqu'au terme)"


def _client_exit_on_change(w: Where) -> bool:
    """The clause lets the client walk away, at no cost, from a price change it refuses."""
    for x in re.finditer(rf"{_REFUSAL}[^.;]{{0,80}}?{_LEAVE}|{_LEAVE}[^.;]{{0,80}}?({_BEFORE_EFFECT})", w.clause):
        leave = re.search(_LEAVE, x.group(0))
        if nearest_party(w.clause, w.names, x.start() + leave.start()) == "provider":
            continue  # the provider's own exit from a client who refuses
        rest = w.clause[x.start():]
        rest = rest[:re.search(r"[.;]|$", rest).start()]
        if re.search(_PAID_EXIT, rest) and not re.search(NO_COMPENSATION, rest):
            continue  # leaving costs the rest of the term: no real choice
        # the exit stated free ("sans frais", "without charge", "at no cost"); an exit that is merely the client's "sole
        # remedy", with the increase deemed accepted otherwise, leaves the increase at the provider's will
        if re.search(NO_COMPENSATION + r"|at no (extra |additional )?(cost|charge)|free of charge|gratuitement", rest):
            return True
    return False


def price(s: Sent, w: Where) -> list:
    f = s.folded
    move = price_move(s, w)
    listed = (re.search(r"(prix|tarifs?|conditions financieres|fees|prices|rates|honoraires)\b[^.;]{0,60}\b(those|celles?|ceux) "
                        r"(shown|listed|published|set out|posted|figurant|indiques?|publies?|affiches?) (in|on|dans|sur) [^.;]{0,40}"
                        r"(price list|website|site|catalogue|portal|portail|bareme)\b[^.;]{0,80}(amended|updated|modified|changed|"
                        r"modifie|mis a jour)", f)
              or re.search(r"(prix|tarifs?|conditions financieres|fees|prices|rates).{0,80}(tel(le)?s? que|as) "
                        r"(decrit|publie|affiche|indique|published|posted|displayed|listed|shown)\w*.{0,40}"
                        r"(site|website|catalogue|price list|portal|portail)", f)
              or re.search(r"(tarifs?|prix) (public |catalogue )?en vigueur (au jour|a la date)", f)
              or re.search(r"(then[- ]?(current|prevailing)|prevailing) (list )?(price|prices|rates|rate card|price list)\b", f)
              or re.search(PRICE_NOUN + r"[^.;]{0,60}\b(publie\w*|affiche\w*|mis\w* en ligne|published|posted|displayed)\b "
                           r"(\w+ )?(sur|on|in) (le |la |l'|son |sa |its |the |our |notre )?(\w+ )?(site|espace|extranet|"
                           r"portail|portal|website|web|page)", f))
    own_list = re.search(rf"({LIST_NOUN})\W+(\w+\W+){{0,3}}?(du |de |of )?(the )?{w.names.provider}|{w.names.provider}'?s?\W+"
                         rf"(\w+\W+){{0,2}}?({LIST_NOUN})", f)
    if not listed and own_list and re.search(r"alors (applicable|en vigueur)|then[- ]?(in force|current|applicable)|en "
                                             r"vigueur|publie|posted|published|in effect|in force|current", f):
        listed = own_list  # the price becomes the provider's own scale, as it stands or as published
    consented = next((x for x in re.finditer(CONSENTED, f) if not re.search(
        r"(sans|without|no need for|not require)\W+(\w+\W+){0,2}$", f[max(0, x.start() - 25):x.start()])), None)
    pass_on = re.search(r"(pass|passer|repercut\w*|reporter)( on)?\b[^.;]{0,40}\b(increases?|hausses?|augmentations?) (in|of|de|"
                        r"des|du) (its |ses |leurs? |their )?(own |propres )?(costs?|couts?|charges|prix d'achat|expenses)", f)
    if pass_on and not listed and not move:
        move = (pass_on, "provider")  # the provider's own cost increases passed on at its will
    # the increase named first, then passed on in a share the provider fixes ("toute hausse des prix de ses fournisseurs
    # sera répercutée…, dans la proportion fixée par le Titulaire", "passed on to the Customer to the extent the Supplier
    # determines")
    later = re.search(r"(hausses?|augmentations?|increases?) (des|du|de|in|of|to) (\w+ ){0,2}?(prix|couts?|tarifs?|costs?|prices?|"
                      r"charges|fees)\b[^.;]{0,80}\b(repercut\w*|passed on|passed through|refactur\w*|pass\w* on)", f)
    if later and not listed and not move and (re.search(
            rf"(proportion|mesure|montant|part|extent|amount|share|level)\w* (\w+ )?(fixee?|determinee?|decidee?|arretee?|choisie?|"
            rf"set|determined|decided|chosen)\w* (par|by) (le |la |l'|the )?{w.names.provider}|(that|which|as) (the )?"
            rf"{w.names.provider} (determines|decides|sets|chooses|deems)|(extent|proportion|amount|share|level) (that |which )?(the )?"
            rf"{w.names.provider} (determines|decides|sets|chooses|deems)", f) or re.search(PERMISSION, f)):
        move = (later, "provider")
    running = re.search(NEW_LIST_RUNNING, f)
    if running and not listed and not move and not s.negated(running) and not re.search(
            r"\b(ne|n'|not|never|jamais|pas|no)\b", running.group(0)) and not re.search(
            r"\b(only|seulement|uniquement)\b[^.;]{0,30}\b(renouvel|renewal|nouvelles? commandes|new orders)", f):
        listed = running  # a new price list of the provider's making that binds the services already running
    unilateral = listed or (move[0] if move else None)
    party = "provider" if listed or not move or move[1] in ("provider", "unknown") else move[1]
    index = re.search(r"syntec|\binsee\b|\bcpi\b|consumer price index|indice [a-z]+|index", f)
    bounded = re.search(r"(no more than|not more than|not to exceed|not exceeding|at most|dans la limite (de|d')|au maximum de|"
                        r"plafonnee?s? a|capped at|limited to)\W+(\w+\W+){0,3}?\d+([.,]\d+)? ?%", f)
    if unilateral:
        if bounded and move:  # an increase the contract caps ("by no more than 3 %"): not at the provider's will
            pct = find_percentages(bounded.group(0))
            return [m.PriceChange(evidence=s.evidence(unilateral), clause=w.index, unilateral=False, party=party,
                                  cap_percent=pct[0].value if pct else None)]
        if consented or re.search(PRICE_FORMULA, f) or re.search(FORMULA_PRICE, f) or re.search(PASS_THROUGH, f) and re.search(
                r"evidence|justificati|documented|supporting|preavis|notice", f):
            return [m.PriceChange(evidence=s.evidence(unilateral), clause=w.index, unilateral=False, party=party,
                                  index=index.group(0) if index else None, pass_through=bool(re.search(PASS_THROUGH, f)))]
        if not move and (modal(f) in ("must_not", "need_not") or s.negated(unilateral)):
            return []
        return [m.PriceChange(evidence=s.evidence(unilateral), clause=w.index, unilateral=True, party=party,
                              client_exit=_client_exit_on_change(w))]
    if index and re.search(r"revis|revalori|indexe|adjust|increase|augment", f):
        pct = find_percentages(s.text)
        return [m.PriceChange(evidence=s.evidence(index), clause=w.index, unilateral=False, index=index.group(0),
                              cap_percent=pct[0].value if pct else None)]
    return []


EXTRACTORS = [liability, penalties, sla_measure, renewal, termination, termination_fees, suspension, assignment, price]
