"""Renewal facts: tacit renewal, initial and renewed term, notice to stop it, and the price at renewal."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.cues import LIST_PRICE_THEN
from assistant.legal.review.facts.price import price
from assistant.legal.review.facts.reading import months_of, Sent
from assistant.legal.review.facts.where import Where
from assistant.text import find_durations


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
        verbs = [v for v in re.finditer(RENEW_VERB, f) if not re.search(
            r"\b(lors d[eu']|a chaque|a l'occasion d[eu']|upon|at|on|for|pour|before|avant|after|apres) (each |any |the |la |le "
            r"|chaque |toute )?$", f[max(0, v.start() - 30):v.start()]) and not re.search(TIME_LIMIT, f[max(0, v.start() - 50):v.start()])]
        verb = auto = None
        # the first renewing verb with what makes it happen near it ("continues in effect for an initial term of five
        # years and shall thereafter be renewed for successive terms…": the second verb)
        for verb in verbs:
            auto = next((a for a in re.finditer(RENEW_AUTO, f) if (a.end() <= verb.start() or
                                                                   a.start() - verb.end() <= 60) and not (
                # "continues for forty-eight months unless terminated earlier", "se poursuit jusqu'à son terme sauf
                # résiliation anticipée": the first term running to its end, not a renewal
                re.match(r"continu|poursui", verb.group(0)) and re.match(
                    r"[^.;]{0,30}?\b(earlier|sooner|early|anticipee?|prematur\w*|in accordance with|under (clause|section)|"
                    r"conformement|pursuant|as (set out|set forth|provided|stated|specified|described)|herein|hereunder|"
                    r"ci-dessous|ci-apres|prevu\w*)", f[a.start():]))), None)
            if auto:
                break
        if not (verb and auto) or re.search(r"\b(validit|warrant|garanti|offer|offre|obligations?|confidential|survi)", f):
            return []
        r = verb
    option = re.search(OPTION, f)
    if option and not re.search(TACIT_CUE, f):
        # a renewal one party may choose ("has the option to renew for another two years"): not tacit, its length said
        return [m.Renewal(evidence=s.evidence(option), clause=w.index, tacit=False, option=True,
                          renewal_months=renewed_length(f, option.start()))]
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
    sentence_spans = [(m_.start(), m_.end()) for m_ in re.finditer(r"[^.;]+[.;]?", art)]
    about_renewal = [(a, b) for a, b in sentence_spans if re.search(RENEWISH, art[a:b])]
    for q in qs:
        mo = months_of(q)
        if mo is None:
            continue
        if not _is_notice(art, q.span):
            term.append(mo)
        elif any(a <= q.span[0] < b for a, b in about_renewal):
            notice.append(mo)
        elif not re.search(AT_WILL + "|" + FOR_DEFAULT, next((art[a:b] for a, b in sentence_spans if a <= q.span[0] < b), "")):
            # a notice to end at any time, for convenience, or one given to a party in default (its cure period, a
            # formal notice left unanswered, insolvency) is no notice to stop a renewal
            other_notice.append(mo)
    # the notice said in the renewal sentence itself comes first ("renews … unless thirty days before the anniversary …")
    here = [months_of(q) for q in find_durations(f) if q.unit in ("month", "year", "day", "week") and _is_notice(f, q.span)]
    notice = [x for x in here if x] or notice
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
    length = renewed_length(f, r.start())
    same = bool(re.search(SAME_AS_FIRST, f))
    if length is None and term and same:
        length = max(term)  # "renews for periods equal to the Initial Term": the first term's length, said elsewhere
    return [m.Renewal(evidence=s.evidence(r), clause=w.index, tacit=True,
                      term_months=max(term, default=None), notice_months=max(notice, default=None),
                      renewal_months=length, price_at_renewal=price, same_as_first=same and length is None)]


SAME_AS_FIRST = r"\b(equal (in length )?to|same (duration|length|period) as|identical to|as long as|egale?s? a|de (meme|la meme) " \
                r"duree que|d'une duree (egale|identique) a|identiques? a) (that of )?(the |la |l'|celle de la )?(initial|original|" \
                r"first|initiale?|premiere) (term|period|periode|duree)|(egale?s?|identiques?) a (celle de )?(la |l')?(periode|" \
                r"duree) (initiale|premiere|d'origine)"


# a renewal one party may choose, not one that happens unless stopped
OPTION = r"\b(option|right|droit|faculte) (to|de|d') ?(renew|extend|renouvel\w*|prolong\w*|proroger)|\belects? to (renew|extend)\b|\bmay,? (at its (sole )?" \
         r"(option|discretion),? )?(elect to |choose to )?(renew|extend)\b|\bpeu(t|vent),? (a sa (seule )?(option|demande),? )?" \
         r"(decider de |choisir de |demander (a|de) )?(renouvel\w*|prolong\w*|proroger)"
TACIT_CUE = r"\bunless\b|\bsauf\b|a defaut|faute de|tacit|automati|de plein droit"
# a time limit pushed back ("that period shall be extended by the days lost"), not the contract's term
TIME_LIMIT = r"\b(such|that|any|each|said|this|ce|ledit|tout|le|the) (time (period|limit)|period|deadline|time|delai|date)s? " \
             r"(shall|will|is|are|may|sera|est|sont)? ?(automatically |automatiquement )?(be )?$"
# a notice to end at will (at any time, for convenience): not the notice that stops a renewal
AT_WILL = r"at any time|for convenience|without cause|for any reason|a tout moment|a tout instant|sans motif|" \
          r"pour convenance|sans avoir a (justifier|motiver)|without (the payment of )?(any )?(penalty|penalties|" \
          r"termination (fee|charge))|sans (aucune )?(penalite|indemnite)s?"
# a notice that sanctions a default: given to a party in breach or in default, its cure period, a formal notice
FOR_DEFAULT = r"\b(breach\w*|default\w*|cure[sd]?|curing|remed(y|ies|ied)|manquement\w*|defaillance\w*|inexecution|" \
              r"mise en demeure|insolv\w*|remedi\w*)\b"
PERIOD_WORD = {r"annual\w*|yearly|year[- ]to[- ]year|from year to year|d'annee en annee|annuel\w*|each year|every year|"
               r"chaque annee|tous les ans": 12.0,
               r"quarterly|trimestriel\w*": 3.0,
               r"monthly|month[- ]to[- ]month|from month to month|de mois en mois|mensuel\w*|each month|every month|"
               r"chaque mois|tous les mois": 1.0}


def renewed_length(f: str, after: int = 0) -> float | None:
    """The length of each renewed period, read in the renewal sentence: a duration said of the periods ("par périodes
    de 24 mois", "successive one (1) year terms"), of a further one ("for another five years"), or a period word
    ("from year to year", "successive monthly periods")."""
    per = re.search(r"(periodes?|periods?|terms?|durees?)\b", f)
    renew_len = []
    # the durations said after the renewing words (a first term said before them is not the renewed period)
    qs = find_durations(f)
    qs = [q for q in qs if q.span[0] >= after] or qs
    for q in qs:
        mo = months_of(q) if q.unit in ("month", "year", "week") else None
        if mo and not _is_notice(f, q.span) and (per or re.search(
                r"\b(another|further|additional|successive|subsequent|consecutive|nouvelles?|autres?|supplementaires?|"
                r"successives?)\W+(\w+\W+)?$", f[max(0, q.span[0] - 30):q.span[0]])):
            renew_len.append(mo)
    if renew_len:
        return min(renew_len)
    if re.search(r"\b(one|a|une?) (further|additional|more|other|supplementaire) (year|an|annee)\b|\banother year\b|"
                 r"\b(une|1) annee supplementaire\b", f):
        return 12.0
    if re.search(r"\b(one|a|un) (further|additional|more|other|supplementaire) (month|mois)\b|\banother month\b", f):
        return 1.0
    said = [v for rx, v in PERIOD_WORD.items() if re.search(rf"\b({rx})\b", f)]
    return said[0] if len(said) == 1 else None


# a contract with no end: its own duration said to be indefinite, or running until a party ends it
INDEFINITE = r"\b(for|pour) (an|une) (indefinite|unlimited|indeterminate|undetermined) (period|term|duration)|\bduree " \
             r"(indeterminee|illimitee)|sans limitation de duree|\bindefinitely\b|\bperpetu(al|ally|ity|el|elle)\b|" \
             r"a perpetuite|(continue|remain|be) (in (full )?(force|effect) )?until (it is |this agreement is |the agreement " \
             r"is )?(terminated|ended|cancel+ed)\b|(reste|demeure)\w* en vigueur jusqu'a (sa )?(resiliation|denonciation)"
_TERM_SUBJECT = r"\b(agreement|contract|term|appointment|contrat|convention|present accord|engagement)\b"


# The first term named as such, its length right after ("Initial Term ......... 36 months", "an initial term of thirty-six
# (36) months", "minimum term: 24 months", "durée initiale de 36 mois", "période ferme de trois ans", "conclu pour une durée
# de trois (3) ans"): the length a renewal "equal to the Initial Term" takes
FIRST_TERM = r"\b((initial|minimum|first|fixed|firm|committed|original) (contract |subscription |service )?(term|period)|" \
             r"(duree|periode) (initiale|ferme|minimale|irrevocable|d'engagement)|engagement (initial|minimum|ferme)|" \
             r"(conclu|consenti|souscrit|entered into)e?s? (\w+ ){0,2}?pour une (duree|periode)|(is|are) (entered into|made) for)\b"


def first_term(s: Sent, w: Where) -> list:
    """The length of the first term the sentence states (a ContractTerm with its months), none when it names a notice
    or sets no length right after the words that name the first term."""
    f = s.folded
    for c in re.finditer(FIRST_TERM, f):
        tail = f[c.end():c.end() + 60]
        q = next((q for q in find_durations(tail) if q.unit in ("month", "year")), None)
        if q is None or re.search(r";|(?<!\.)\.(?!\.)", tail[:q.span[0]]) or _is_notice(tail, q.span) or re.search(
                r"\b(renew\w*|renouvel\w*|reconduc\w*|prolong\w*)\b", tail[:q.span[0]]):
            continue
        months = months_of(q)
        if months:
            return [m.ContractTerm(evidence=s.evidence(c), clause=w.index, indefinite=False, months=months)]
    return []


def contract_term(s: Sent, w: Where) -> list:
    """A contract said to run without an end date (not a perpetual licence, not a tacit renewal), or the length of its
    first term (`first_term`)."""
    f = s.folded
    c = re.search(INDEFINITE, f)
    if not c:
        return first_term(s, w)
    # denied right before it ("n'est pas conclu pour une durée indéterminée"); a condition after it ("as long as … is not
    # terminated") denies nothing
    denied = re.search(r"\b(not|no|never|pas|jamais|ni)\b[^,;]{0,40}$", f[:c.start()])
    # "a perpetual and irrevocable, non-exclusive … licence": a licence without end, not the contract
    licence = re.match(r"perpetu\w*[^.;]{0,150}?\b(licen[cs]|right to use|droit d'(usage|utilisation))", f[c.start():])
    if not c or denied or licence or re.search(RENEW, f) or not re.search(_TERM_SUBJECT, f[max(0, c.start() - 220):c.start()]):
        return []
    return [m.ContractTerm(evidence=s.evidence(c), clause=w.index, indefinite=True)]

