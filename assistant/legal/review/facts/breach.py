"""Breach notice facts: the delay within which the provider tells the client of a personal-data breach, or a
notice put off until its own inquiry or assessment is done (Art. 33(2))."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.reading import Sent, subject
from assistant.legal.review.facts.where import Where
from assistant.text import find_durations


# a breach named, or described ("any loss of, or unauthorised access to, Client personal data")
BREACH = r"(violations? de(s)? donnees|personal data breach|data breach|security (incidents?|breach\w*)|incidents? de securite|" \
         r"personal data incident|violation de securite|violations? de donnees a caractere personnel|" \
         r"(loss|perte|destruction|alteration|disclosure|divulgation|unauthori[sz]ed (access|disclosure)|acces non autorise)" \
         r"\w*( of| to| de| a| des)?,?[^.;]{0,40}\b(personal data|donnees (a caractere )?personnel\w*)|" \
         r"violations?\b[^.;]{0,60}\b(personnes concernees|data subjects)|" \
         r"incidents?\b[^.;]{0,30}?\b(affecting|involving|concerning|impacting|touching|touchant|affectant|concernant|" \
         r"portant sur|impliquant) (the |any |such |les |des |de |d')?(customer'?s? |client'?s? )?(personal data|donnees (a " \
         r"caractere )?personnel\w*))"


# the breach of personal data named as such (Art. 4(12), Art. 33), as against a "security incident" that a network or
# hosting contract may define as any intrusion attempt or malware activity, personal data or not
PERSONAL_BREACH = r"personal data breach|data breach|violations? de (securite des )?donnees|(breach|violation|incident|loss|perte|" \
                  r"disclosure|divulgation|unauthori[sz]ed access|acces non autorise)\w*\b[^.;]{0,60}\b(personal data|donnees (a " \
                  r"caractere )?personnel\w*|data subjects|personnes concernees)"


NOTICE_AROUND = r"(preavis|notice)( de| of)?\s*$"
# a deadline counted from the processor's knowledge of the breach ("après en avoir pris connaissance", "of becoming aware")
_FROM_AWARENESS = re.compile(r"\W*(apres|after|from|a compter|a partir|des|of|suivant|following|upon|on)\W+(\w+\W+){0,2}?"
                             r"(pris connaissance|prise de connaissance|connaissance|becoming aware|aware\w*|discover\w*|"
                             r"detect\w*|learn\w*|la decouverte|sa decouverte|identification|constat)")


# a breach notice put off until the processor has looked into it: "après en avoir établi la cause", "compatible avec son
# enquête", "once it has completed its investigation", "after determining the root cause"; or its time counted from the
# breach confirmed, not from awareness ("within 24 hours of confirming the breach", "à compter de la confirmation de la
# violation")
DEFERRED_NOTICE = r"(apres (en )?(avoir|qu'il)|une fois (qu'il|que|(son|l') (enquete|analyse|" \
                  r"investigation))|des qu'il (a|aura)|lorsqu'il (a|aura)|after (it has |having |determining|establishing|" \
                  r"completing|concluding)|once (it has )?|when it has|until (it has )?)\s*([\w']+ ){0,4}?(etabli|determine|" \
                  r"identifie|analyse|termine|acheve|conclu|cerne|confirme|verifie|established|determined|identified|completed|concluded|" \
                  r"confirmed|investigated|ascertained|determining|establishing|completing|concluding|finish|wrapp\w* up|closed|closing)\w*[^.;]{0,40}(cause|" \
                  r"origine|etendue|ampleur|perimetre|consequences|scope|extent|impact|investigation|enquete|analyse)|" \
                  r"compatibles? avec ([\w']+ ){0,4}(son|sa|ses|l'|leur) (propre )?(enquete|investigation|analyse)|" \
                  r"(subject to|consistent with|compatible with) ([\w ]+ )?(its|the) (own )?(internal )?(investigation|" \
                  r"enquiry|inquiry|analysis)|(a l'issue|au terme) de (son|l'|sa|ses) (propres? )?(enquetes?|investigations?|analyses?)|(upon|on|" \
                  r"after|following) (the )?(completion|conclusion) of (its|the|our|their) (own )?(internal |forensic |technical )?(investigation|" \
                  r"enquiry|inquiry|analysis)|" \
                  r"\b(of|from|after|upon|following) (confirming|confirmation of|having confirmed) (the |a |any |such )?" \
                  r"(personal data )?(breach|incident)|\b(a compter de|des|apres) (la )?confirmation (de la |d'une |de l')?" \
                  r"(violation|incident)|" \
                  r"des que (celle-ci|celui-ci|l'enquete|l'analyse|son enquete|son analyse|elle|il) (est|sera|a ete) (achevee?|" \
                  r"terminee?|close|conclue?)|once (the|its|such) (investigation|analysis|enquiry) (is|has been) (complete|" \
                  r"completed|concluded|closed)|\b(apres|after|following) (une |l'|son |sa |its |an? |the )?(analyse|analysis|" \
                  r"investigation|enquete)( technique| interne| internal| technical)?\b[^.;]{0,120}\b(delai raisonnable|" \
                  r"reasonable (time|period|delay))"


# the notice put off until the provider has weighed the breach ("après en avoir mesuré les conséquences", "après que le
# Prestataire en a évalué l'impact", "once it has assessed the consequences", "after evaluating its impact"): the
# assessment has no end the controller can count on either
DEFERRED_BY_ASSESSMENT = r"\b(apres|une fois|des qu|lorsqu|after|once|when|until|following)\W+([\w']+ ){0,5}?(mesur|evalu|" \
                         r"apprec|quantifi|examin|jaug|assess|evaluat|measur|gaug|apprais|quantif)\w*\s+([\w']+ ){0,2}?" \
                         r"(l'|les |la |le |its |the |their |son |sa |ses |leurs? )?(\w+ )?(consequences|impacts?|portee|" \
                         r"gravite|ampleur|etendue|effets?|risques?|severity|scope|extent|effects?|risks?|seriousness)\b"


# the same, in any order of words: a time connector, the provider's own inquiry and its end ("once its own investigation
# of the breach is complete", "une fois terminé l'examen interne de l'incident", "after the end of its review")
INQUIRY = r"(investigation|enquiry|inquiry|analys[ie]s|review|root[- ]cause|enquete|analyse|examen|diagnostic|assessment|" \
          r"evaluation|verification|examination)"


INQUIRY_DONE = r"(complet\w*|conclu\w*|finish\w*|closed|over|done|ended|achev\w*|termin\w*|clos\w*|fini\w*|menee?s? a (son )?terme)"


DEFERRED_BY_INQUIRY = r"\b(once|after|when|until|upon|following|une fois|apres|des que|lorsque|jusqu'a ce que|a l'issue de|" \
                      r"au terme de)\b[^.;]{0,50}?(\b" + INQUIRY + r"\b[^.;]{0,50}?\b" + INQUIRY_DONE + r"|\b" + \
                      INQUIRY_DONE + r"\b[^.;]{0,30}?\b" + INQUIRY + r"|\b(completion|conclusion|end|close|fin|cloture|" \
                      r"achevement)\b[^.;]{0,20}?\b" + INQUIRY + r")\b"


# a list of actions in one sentence: its pieces
ACTION_CUT = r"[;:,]|\s(et|and|puis|then)\s"


NOTIFY_VERB = r"\b(notif\w*|inform\w*|alert\w*|aler\w*|avert\w*|previen\w*|prevenir|signal\w*|report\w*|tell\w*|" \
              r"communiqu\w*|advise\w*|avis\w*)\b"


def _deadline_of_other_action(f: str, span: tuple[int, int]) -> bool:
    """The deadline belongs to an earlier action of a list, not to the notice ("applique les correctifs dans un délai de
    cinq jours ouvrés, maintient un antivirus et informe le Client sans délai de tout incident"): neither the notice nor
    the breach is in the deadline's own piece, they come only after it, past a list boundary, and the piece holds words
    of its own before the deadline (not a fronted "Dans un délai de 48 heures, …")."""
    start = max([0] + [x.end() for x in re.finditer(ACTION_CUT, f[:span[0]])])
    nxt = re.search(ACTION_CUT, f[span[1]:])
    end = span[1] + nxt.start() if nxt else len(f)
    about_notice = BREACH + "|" + NOTIFY_VERB
    if re.search(about_notice, f[start:end]) or not re.search(about_notice, f[end:]):
        return False
    before = re.sub(DEADLINE_BEFORE, "", f[start:span[0]]).split()
    return len(before) >= 3


# a breach told only in a periodic report ("summarised in the Provider's monthly service report"): hours of that period
PERIODIC_REPORT = r"\b(?P<period>weekly|monthly|quarterly|annual|yearly|hebdomadaire|mensuel|trimestriel|annuel)\w* (\w+ ){0,2}?" \
                  r"(reports?|rapports?|reviews?|revues?|comites?|committee)|\b(rapports?|comptes? rendus?|revues?|comites?)" \
                  r"( \w+)? (?P<periode>hebdomadaire|mensuel|trimestriel|annuel)\w*"


PERIOD_HOURS = {"week": 168, "hebdo": 168, "month": 720, "mensu": 720, "quart": 2160, "trime": 2160, "annu": 8760,
                "year": 8760}


DEADLINE_BEFORE = r"(within|no later than|not later than|at the latest|at most|up to|under|sous|dans (un delai (maximum " \
                  r"|maximal )?(de |d')?|les )|au plus tard( dans| sous)?|en moins de|d'au plus|delai (maximum |maximal )?" \
                  r"(de |d')|period of|maximum( de)?)\s*$"


def breach_notice(s: Sent, w: Where) -> list:
    f = s.folded
    b = re.search(BREACH, f)
    if not b and re.search(BREACH, w.clause):
        # the notice named again in the next sentence ("Cet avis intervient au plus tard dans les sept jours", "Such
        # notice shall be given within five days"): its deadline is the breach notice's
        b = re.match(r"\W*(cet|cette|ce|such|this|that|the|ledit|ladite|la|le) (avis|notification|information|notice|report|"
                     r"alerte|signalement)\b|\W*(il|elle|it|they|ils)\b[^.;]{0,20}?\b(en )?(communique|informe|notifie|avise|"
                     r"signale|transmet|reports?|notif\w*|inform\w*|communicat\w*)", f)
    if not b:
        return []
    personal = bool(re.search(PERSONAL_BREACH, f))
    best = None
    for q in find_durations(s.text):
        before, after = f[max(0, q.span[0] - 40):q.span[0]], f[q.span[1]:q.span[1] + 20]
        if re.match(r"\s*('?s?\s*)?(a|per|par|sur|/)\s*(week|semaine|day|jour|month|mois|7|24|sept)\b|\s*/\s*\d", after):
            continue
        if re.search(NOTICE_AROUND, before) or re.match(r"\s*('|'s)?\s*(notice|de preavis)", after):
            continue
        if re.search(r"audit|inspection", f[max(0, q.span[0] - 120):q.span[0]]):
            continue
        if _deadline_of_other_action(f, q.span):
            continue
        cut = max([0] + [x.end() for x in re.finditer(r"[;:]|,\s+(and|et|puis|then)\b", f[:q.span[0]])])
        piece = f[cut:q.span[0]]
        if re.search(r"\b(cnil|supervisory authority|autorite de controle|the authority|l'autorite|data protection "
                     r"authority|autorite competente|competent authority)\b", piece) or (
                cut and subject(piece, w.names) == "client"):
            continue  # the controller's own deadline towards the authority, not the processor's
        if re.search(DEADLINE_BEFORE, before) or re.match(r"\s*(after|apres|suivant|following|from|a compter|a partir|"
                                                           r"of (becoming|discover|detect|learning))", after):
            hours = q.in_days() * 24 if q.unit != "business_day" else q.value * 24
            if best is None or hours < best[0]:
                best = (hours, q)
    periodic = re.search(PERIODIC_REPORT, f)
    if best is None and periodic and re.search(r"summar|report|rapport|inclu|record|consign|mention|resum|recens|list", f):
        period = periodic.group("period") or periodic.group("periode")
        hours = next(h for k, h in PERIOD_HOURS.items() if period.startswith(k))
        return [m.BreachNotice(evidence=s.evidence(periodic), clause=w.index, hours=hours, personal=personal)]
    if best is None:
        wait = re.search(DEFERRED_NOTICE, f) or re.search(DEFERRED_BY_INQUIRY, f) or re.search(DEFERRED_BY_ASSESSMENT, f)
        # (a prompt notice named before the wait answers it, unless the wait is what it runs from: "without undue
        # delay after the Processor has completed its internal assessment")
        prompt = re.search(r"sans (retard|delai) (injustifie|excessif|indu)|without undue delay|immediat\w*|promptly", f[:wait.start()]) \
            if wait else None
        if prompt and re.fullmatch(r"\W*(after|once|following|upon|apres|une fois|des que)?\W*", f[prompt.end():wait.start()]):
            prompt = None
        if wait and re.search(r"notif|inform|aler|avert|avis|previen|prevenir|signal|notice|report|tell|communiqu", f) and not prompt:
            return [m.BreachNotice(evidence=s.evidence(wait.span()), clause=w.index, deferred=True, personal=personal)]
        return []
    # the deadline counted from the processor's own confirmation or investigation, not from awareness ("within 24 hours
    # of confirming the breach, on completion of our investigation")
    # (read up to the next step of the notice: "…within 24 hours of becoming aware, then completes it once the cause is
    # established" counts from awareness)
    tail = re.split(r";|\b(puis|ensuite|then|thereafter|followed by)\b|\bet (complete|precise|actualise)|\band "
                    r"(supplement|complete|update)", f[best[1].span[1]:best[1].span[1] + 300])[0]
    counted = None if _FROM_AWARENESS.match(tail) else re.search(DEFERRED_NOTICE, tail)
    return [m.BreachNotice(evidence=s.evidence(best[1].span), clause=w.index, hours=round(best[0], 1), personal=personal,
                           deferred=bool(counted))]
