"""Penalties and service credits: rate, cap (stated, a bound, or none), and whether they are the client's sole
remedy (an exclusive remedy, or not in full discharge)."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.cues import CAP, PENALTY
from assistant.legal.review.facts.reading import denied_before, Sent, spaced
from assistant.legal.review.facts.service_levels import NOT_APPLIED, SLA_CONTEXT
from assistant.legal.review.facts.where import Where
from assistant.text import find_percentages


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
       r"(indemnisation|reparation|compensation|remede|recours|indemnite)s? ((forfaitaire|definitive|globale|integrale|" \
       r"totale|complete|entiere)s?,? (et )?){1,3}(exclusive|unique|liberatoire)s?\b|" \
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


UNRELATED = r"\b(sans rapport avec|sans lien avec|n'a rien a voir avec|distincte?s? (de|des|du)|a distinguer (de|des|du|d')|" \
            r"a ne pas confondre avec|not to be confused with|unrelated to|separate from|distinct from|has nothing to do " \
            r"with)\b[^.;,]{0,50}"


SLA_WORDS = r"\bsla\b|service levels?|niveaux? de service|disponibilit|availability|uptime|penalit|penalt|service credits?|" \
            r"credits? de service|" \
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
              r"\b(in no (event|case)|under no circumstances|never|not|ne (\w+ )?(pas|jamais|en aucun cas))\b[^.;]{0,30}?\b(" \
              r"amount|total|come|add up|run|represent\w*|atteindr\w*|atteign\w*|s'elev\w*)( to| a)? (more|plus|greater) " \
              r"(than|de|d'|que)|" \
              r"sans (pouvoir |jamais )?(exceder|depasser)|n'exced\w*|ne depassant pas|\bau (plus|maximum)\b"


# (every space of these patterns stands for a run of spaces: a hard-wrapped export keeps its indentation, "shall not in
# \n     aggregate exceed", and a ceiling split over two lines is still a ceiling)
PENALTY_CAP = spaced(CAP + "|" + LIMIT_WORDS)


BEYOND = spaced(r"au-dela|beyond|in excess|(\w+ ){0,3}?(exceed|exceder|depasser)|not (be )?cumulative beyond|n'excede|"
                + LIMIT_WORDS)


NO_LIMIT = spaced(NO_LIMIT)
PENALTY = spaced(PENALTY)


# penalties or credits named only as what another document of the contract sets ("are set out in Schedule 2 - Service
# Level Agreement", "sont fixées à l'annexe 2"): a pointer, no scheme of this document (with no figure of its own)
SET_OUT_ELSEWHERE = r"\b(set out|set forth|described|specified|defined|laid down|detailed|provided for|contained|fix\w*|" \
                    r"defini\w*|decrit\w*|precise\w*|prevu\w*|detaille\w*|figur\w*|stipule\w*)\b[^.;]{0,30}?\b(in|within|" \
                    r"under|dans|a|au|en)\b[^.;]{0,20}?\b(schedules?|annex\w*|exhibits?|appendi\w*|sla|service level " \
                    r"agreement|convention de services?|documents? (separe|distinct))\b"



# a credit granted as a commercial gesture, not for a failure: "the onboarding credit … is a one-off commercial gesture
# deducted from the first invoice", "a goodwill credit of EUR 200", "un avoir de bienvenue consenti à titre de geste
# commercial" (a price reduction the provider gives, no sanction of a service level)
GESTURE = spaced(r"\b(goodwill|onboarding|welcome|signing|sign-up|loyalty|promotional|referral|introductory|bienvenue|"
                 r"fidelite|parrainage|lancement|migration) (\w+ )?(credits?|avoirs?|discounts?|remises?)\b|\b(credits?|avoirs?) "
                 r"(\w+ ){0,2}?(de bienvenue|de fidelite|de lancement|de parrainage|commerciale?s?)\b|geste commercial|"
                 r"commercial (gesture|goodwill)|(a|as a) (titre (de )?)?(gesture|geste) (of goodwill|commercial)")

# penalties counted as interest or with the recovery indemnity are what a late payer owes ("des pénalités au taux
# d'intérêt légal majoré de dix points", "au taux de refinancement de la BCE", "at the statutory interest rate", "the
# fixed compensation of EUR 40 for recovery costs"; C. com. L441-10)
LATE_INTEREST = r"taux (d'interet|legal|de refinancement|directeur)|interet legal|\bbce\b|indemnite forfaitaire (\w+ ){0,3}" \
                r"(de |pour )?(frais de )?recouvrement|frais de recouvrement|(statutory|legal|base) (interest )?rate|" \
                r"interest rate|rate of interest|\becb\b|recovery (costs|fee|compensation)"


# a definition saying what a word does not mean ("ne désigne pas", "ne s'entend pas de", "does not mean", "does not refer to")
NOT_MEANT = r"\b(ne|n')\s*(designe|signifie|vise|recouvre|s'entend|constitue|correspond)\w*\s+(pas|nullement|en aucun cas)\b|" \
            r"\b(does|do|shall) not (mean|refer to|designate|denote|cover)\b"


# penalties of another scheme the sentence declares foreign to the clause or the contract ("Les « pénalités qualité » des
# bulletins de paie sont étrangères au présent article", "ne relèvent pas du présent contrat", "fall outside this
# Agreement"): no sanction of the services
FOREIGN = r"\b(sont|est|restent|demeurent) etrangere?s? (au|a la|aux) (present|presente|presents|contrat|convention)|" \
          r"\bne (relevent|releve) pas (du|de la|des) (present|presente|contrat|convention)|" \
          r"\b(are|is|remain|fall|falls) (entirely |wholly )?(outside|foreign to|not part of|not governed by) (the scope of )?" \
          r"(this|the present) (clause|section|article|agreement|contract)"


def penalties(s: Sent, w: Where) -> list:
    f = s.folded
    out: list = []
    pen = re.search(PENALTY, f)
    if pen and re.search(FOREIGN, f):
        return out
    # what the sentence says it is not about ("sans rapport avec les crédits de service", "not to be confused with
    # service credits") names no service credit
    own = re.sub(UNRELATED, " ", f)
    if pen and re.match(r"credit", pen.group(0)) and re.search(TIME_CREDIT, own) and not re.search(SLA_WORDS, own):
        pen = None  # a credit of support hours (prepaid time), not a service credit
    if pen and re.search(GESTURE, f) and not re.search(r"\bsla\b|service levels?|niveaux? de service|disponibilit|availability|"
                                                      r"uptime|delai|retard|delay|per (hour|day)|par (heure|jour)", f):
        pen = None  # a commercial gesture ("is not a service credit"), no sanction of a failure
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
    # (s26: "sole and exclusive remedy for any failure", "seul recours pour tout manquement": every failure, the credits'
    # own included — no other object named)
    if obj and not re.search(SLA_CONTEXT, obj.group(0)) and not re.match(
            r"\W*(for|pour|en cas de|in respect of)\s+(any|all|every|tout|toute|tous|toutes)\s+(\w+\s+)?(failures?|breach\w*|defaults?|"
            r"manquements?|defaillances?|inexecutions?)\b", f[sole.end():]):
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
    if named and all(re.search(NOT_MEANT, f[:x.start()]) for x in named):
        return out  # a word defined by what it is not ("Astreinte : … Ne désigne pas une somme due par jour de retard")
    if re.search(NOT_APPLIED, f[pen.end():pen.end() + 60]) and not find_percentages(s.text):
        return out  # "Service credits do not apply under this Agreement", "les pénalités ne sont pas applicables"
    if re.search(r"\bpenalites? de retard\b|late payment|interets? de retard|" + LATE_INTEREST, f) and not re.search(
            r"service|sla|disponibilit|availability|delai d'intervention|gti|gtr|titulaire|encouru\w*|execution|livraison|"
            r"delivery|intervention", f):
        return out  # late-payment penalties owed by the client, not service penalties
    pct = find_percentages(s.text)
    if not pct and not re.search(r"\d[\d ,.]*\s*(€|eur\b|euros?\b|gbp\b|usd\b|\$|£)|(€|\$|£|\beur|\bgbp|\busd)\s*\d", f) \
            and re.search(SET_OUT_ELSEWHERE, f[pen.start():]):
        return out  # "Service credits are set out in Schedule 2": the scheme is that document's, read there
    # the operative limit, not a title word before it ("Cap on Credits. The aggregate credits shall not exceed 20 %")
    caps = list(re.finditer(PENALTY_CAP, f))
    # a limit worded as what may not be passed ("ne sont pas cumulables au-delà de 20 %", "shall not accrue in excess of")
    # needs the negation: denied, it is the cap itself, not its absence
    denied = lambda c: s.negated(c) and not re.search(BEYOND, c.group(0))  # noqa: E731
    cap = next((c for c in caps if not denied(c)), caps[0] if caps else None)
    if cap and re.match(r"au-dela|beyond|in excess", cap.group(0)) and re.search(
            r"reparation|prejudice|dommages|indemnisation|damages|compensation|\bloss", f[cap.end():] + f[:cap.start()]):
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
