"""Liability facts: a cap (its basis, amount or months of fees, who it binds), liability said unlimited for a
head of damage or a party, an indemnity that escapes the cap. Exclusions and carve-outs are read by `exclusions`."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.cues import CAP, LIAB, NO_COMPENSATION, PENALTY
from assistant.legal.review.facts.exclusions import _carve_outs, _exclusion
from assistant.legal.review.facts.reading import EITHER, months_of, Sent, subject
from assistant.legal.review.facts.where import Where
from assistant.text import find_durations, find_money, find_quantities, fold


# -- liability ------------------------------------------------------------------------------------
# (one month is also named by its place rather than a numeral: "au titre du dernier mois de mission", "pour le mois de
# prestation précédant la réclamation"; "des douze derniers mois" has its numeral)
LOW_FEE = r"(derniere|dernier) facture|last (monthly )?invoice|\b(une|one|a|a single|une seule) (\(1\) )?(facture|invoice) " \
          r"(mensuelle|monthly|du mois)|\b(one|a|a single) (\(1\) )?monthly invoice|one month'?s? (fees|charges)|(au titre|pour le|du|au cours) " \
          r"(du |de )?(dernier )?mois (civil )?(preced\w*|ecoule|en cours)|(fees|charges|amounts) (paid |payable |invoiced |billed )?(for|in) " \
          r"the (preceding|previous|last) (calendar )?month|" \
          r"(au titre|pour|au cours) du dernier mois\b|(au titre|pour le|du|au cours) (du |de )?mois (de |d')\w+ (preced\w*|" \
          r"ecoule)|" \
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
            r"limits?|sums?) (covered|insured|paid) by (its |the |any )?insur\w*|" \
            r"\bnothing (contained |stated |set out )?(herein|in (this|the) (agreement|contract|clause|section|article)\w*)\b[^.;]{0,40}\b" \
            r"(limits?|restrict\w*|reduc\w*|caps?)\b " \
            r"(\w+ ){0,2}?the (amount|sum|quantum)s? (of (damages|compensation|loss\w*) )?(recoverable|payable|that may be " \
            r"recovered)|\bno (cap|limit|ceiling) (on|of|to) (the )?(damages|liabilit\w*|amounts? recoverable)\b (\w+ ){0,2}?(shall|" \
            r"will|is to) (be )?(implied|apply|applies)|" \
            r"\b(ecart\w*|exclu\w*|renonc\w* a) (expressement )?(toute?s? |les )?(clauses?|stipulations?)\b[^.;]{0,40}?\b" \
            r"(limiter|plafonner|reduire) (le montant|l'etendue|la responsabilite|l'indemnisation|la reparation)"


GLOBAL_SUM = r"(penalit\w*|penalt\w*|credits?)\W+([\w'-]+\W+){0,3}?(et|and|ou|or|,)\W+([\w'-]+\W+){0,3}?(dommages|damages|" \
             r"indemnit\w*|remboursements?|refunds?|amounts|sommes)|(dommages|damages|indemnit\w*|amounts|sommes)\W+" \
             r"([\w'-]+\W+){0,3}?(et|and|ou|or|,)\W+([\w'-]+\W+){0,3}?(penalit|penalt|credits?)|toutes causes confondues|" \
             r"quelque cause que ce soit|de toute nature|for any (cause|reason)|all claims"


# heads of loss for which liability is commonly left unlimited: "liability for death or personal injury is unlimited" is
# a carve-out from the cap, not the absence of one
# full compensation promised for every loss ("répondra de l'intégralité des préjudices subis par le Client", "indemnise la
# totalité des dommages", "shall be liable for the full amount of any loss"): no limit, when the sentence sets none
FULL_REPAIR = r"(?<!demander )(?<!reclamer )(?<!obtenir )(?<!claim )(?<!seek )(?<!recover )\b(repond\w*|responsable|" \
              r"indemnis(e|era|ent|eront)|repare(ra|ront|nt)?|prend\w* en charge|liable|compensates?|indemnif(y|ies)|" \
              r"reimburses?)\b " \
              r"(\w+ ){0,4}?(de |d'|for |of )?(l'integralite|la totalite|the (full|entire|whole) (amount|extent)|the entirety) " \
              r"(des|du|de|of) (\w+ ){0,1}?(prejudices?|dommages?|pertes?|loss\w*|damages?|harm)\b"


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


# the words that make the amount after them a floor of the cap, not the cap
FLOOR = r"\b((no|not|never) less than|at least|(with|subject to) a (minimum|floor) of|a minimum of|minimum of|floor of|au (moins|" \
        r"minimum)|(un |une )?(minimum|plancher) de|(ne|n') ?(\w+ ){0,3}?(etre )?inferieure?s? a|sans (pouvoir )?(etre )?" \
        r"inferieure?s? a)\W*(\w+\W+){0,2}?$"


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


# s26: the liability said without limit after its noun phrase ("la responsabilité du Prestataire est illimitée", "the
# Supplier's liability is uncapped", "makes our liability uncapped"): the adjective, read with the noun before it
_UNLIMITED_WORD = re.compile(r"\b(illimitee?s?|uncapped|non plafonnee?s?)\b")


def _said_unlimited(s: Sent) -> re.Match | None:
    f = s.folded
    for word in _UNLIMITED_WORD.finditer(f):
        before = f[max(0, word.start() - 70):word.start()]
        if re.search(r"\b(responsabilite|liabilit\w*)\b[^.;:]*$", before) and not s.negated(word) and \
                not re.search(r"\b(pas|not|non|jamais|never|ni)\s+(\w+\s+)?$", before):
            return word
    return None


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
        if who == "client" and re.search(r"\b(acknowledg|accept|agree|recogni[sz]|reconna[iî]t|admet)\w*\b",
                                         f[:elsewhere.start()]):
            who = "unknown"  # "Customer acknowledges the limitation of liability set forth in…": not the client's cap
        out.append(m.LiabilityCap(evidence=s.evidence(elsewhere), clause=w.index, basis="other",
                                  party="provider" if who == "unknown" else who))
    unl = re.search(UNLIMITED, f) or _said_unlimited(s)
    full = re.search(FULL_REPAIR, f)
    if not unl and full and not s.negated(full) and not re.search(CAP + "|" + CAP_ELSEWHERE + "|" + LIMITED_HEADS, f):
        unl = full  # "répondra de l'intégralité des préjudices subis", "liable for the full amount of any loss": no cap
    # "Unlimited liability is excluded", "la responsabilité illimitée est exclue": the words name what is ruled out
    if unl and re.match(r"\s*(is|are|shall be|will be|est|sont|sera|seront)\s+(hereby\s+|expressement\s+|expressly\s+)?"
                        r"(excluded|exclue?s?|ecartee?s?|not (permitted|available|granted))\b", f[unl.end():]):
        unl = None
    # "les pénalités se cumulent… sans limitation de montant", "credits accrue without any limit on their amount": the
    # penalties' or credits' own ceiling denied (the penalties reader's uncapped_penalties), no word on liability
    if unl and re.search(PENALTY, f[:unl.start()]) and not re.search(LIAB + r"|\bdommage|\brepar", f):
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
    # (also a cap restated under the liability heading: "le plafond est porté à douze mois", "the cap is raised to")
    if cap and not liab and re.search(r"(shall|will|may) not exceed|not (be )?(greater|more) than|limited to|\bmaximum\b|"
                                      r"\bceiling\b|plafonn|ne (peut|pourra|saurait) (pas )?(exceder|depasser)|\ble plafond "
                                      r"(\w+ )?(est|sera|reste) (porte|fixe|ramene|eleve|releve|augmente|de)\b|\bthe cap "
                                      r"(is|shall be|will be) (raised|increased|set|fixed|reduced)\b", f) and \
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
        # an amount said as the least the cap may be ("and in any case to no less than GBP 5,000", "sans pouvoir être
        # inférieur à 5 000 €", "with a minimum of", "au minimum"): a floor that raises the cap, not the cap
        money = [q for q in find_money(s.text) if q.value >= 1 and not re.search(FLOOR, f[max(0, q.span[0] - 40):q.span[0]])]
        # "quinze (15) jours de redevances", "thirty days' fees": a period of fees counted in days or weeks
        fee_days = [months_of(q) for q in find_durations(s.text) if q.unit in ("day", "week") and re.match(
            r"\W*('s?|s')?\s*(de |d')?(redevances?|facturation|prix|abonnement|fees|charges|service fees)", f[q.span[1]:q.span[1] + 30])]
        durs += [d for d in fee_days if d]
        # the fees of one month named with no figure ("the Charges paid for the single calendar month in which the event
        # occurred", "les redevances du mois au cours duquel")
        if not durs and re.search(r"\b(the|a|one|single|that|le|du|un|d'un|ce|seul) (single |seul |only )?(calendar |civil )?"
                                  r"(month|mois)( civil)? (in which|during which|when|au cours duquel|pendant lequel|"
                                  r"ou|preceding|precedant)\b", fold(plain).lower()):
            durs = [1.0]
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
                                  # the amount the cap names, not a fee the sentence quotes after it ("limitée à CHF
                                  # 1'500.–, la rémunération annuelle s'élevant à CHF 480'000.–")
                                  amount=next((q.value for q in money if q.span[0] >= cap.start()),
                                              max((q.value for q in money), default=None)),
                                  currency=money[0].unit if money else None))
    out += _exclusion(s, w)
    carve = _carve_outs(s, w)
    if carve:
        out.append(carve)
    return out
