"""Termination facts: who may leave, for convenience or for cause, notice and cure periods, exits gated by
the other's consent or after a committed period; fees due on an early exit; suspension of the services."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.cues import NO_COMPENSATION
from assistant.legal.review.facts.price import _CLAUSE_CUT
from assistant.legal.review.facts.reading import actor, modal, Names, negated, Sent
from assistant.legal.review.facts.where import Where
from assistant.text import find_durations


# "résilience / resilience / resiliency" (a system's ability to recover) shares its stem with "résilier": no exit
TERMINATE = r"resili(?!enc)\w*|mettre fin|met fin|mettre un terme|met un terme|put an end|terminat\w*|rompre|\bend (this|the) " \
            r"(agreement|contract)|cancel\w*(?= (this|the|your) (agreement|contract|" \
            r"subscription|account|services?)\b| at any time)|" \
            r"\b(close|shut|deactivate|discontinue|end|cl[oô]tur\w*|ferm\w*)\w* (down )?(your|the customer'?s?|the client'?s?|its|" \
            r"votre|le|son) (account|subscription|plan|compte|abonnement)\b"


CONVENIENCE = r"a tout moment|sans (avoir a )?(motif|justifi|raison|motiv)|pour convenance|at any time|for convenience|" \
              r"at (its|their|his|her|our|your) (own |sole )?convenience|"  \
              r"without cause|for any (or no )?reason|without (giving )?(a |any )?reason|ad nutum|de plein droit et sans motif|" \
              r"discretionna\w*|a (sa|leur) (seule |libre )?discretion|at (its|their) (sole |absolute )?discretion|" \
              r"with or without cause|sans (aucun )?motif|whenever (it|they|we|he|she) (wishes|wish|chooses|choose|likes|like|wants?|" \
              r"sees? fit|decides?|thinks? fit|deems? fit)|at will\b|quand (il|elle|ils|elles|nous) le (souhaite|veut|souhaitent|veulent|souhaitons|voulons)|" \
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
# ("at any time upon ninety days' written notice": the notice is how, not why)
_GROUND_AFTER = r"^\W*(\w+\W+){0,3}?(if|in the event|in case|should|where|upon(?! (at least |not less than )?(\w+ )?(\(\d+\) )?" \
                r"(calendar |business |working )?(days?|weeks?|months?)\b)|en cas|si|s'il|lorsque|des lors|des que|" \
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


# the party who may leave named by the other's breach: "the non-breaching party", "la partie non défaillante"
BY_THE_WRONGED = r"\bnon-?(breaching|defaulting)\b|\b(innocent|injured|aggrieved) party\b|\bpartie (non[- ]defaillante|lesee|" \
                 r"victime)\b"


def _convenience(s: Sent, w: Where, lo: int, hi: int) -> list:
    """An exit for convenience read in one clause of the sentence (f[lo:hi]): who may leave, and whether it is paid for."""
    f = s.folded[lo:hi]
    t = re.search(TERMINATE, f)
    if not t:
        return []
    mod = modal(f)
    # a party named only as who is (not) paid ("without any compensation to either party", "sans indemnité pour l'une ou
    # l'autre des parties") is no subject of the exit
    subj = re.sub(r"\b(indemnit\w*|compensation|fees?|frais|penalt\w*|penalit\w*|payments?|charges?|sommes?)( [\w']+){0,2}? "
                  r"(to|for|towards|owed to|payable to|due to|envers|pour|a|au profit de) (either|each|both|l'une ou l'autre( des)?|"
                  r"chacune des|chaque) part(y|ies|ie|ies)\b", " ", f)
    who = "either" if re.search(MUTUAL, subj) or re.search(SAME_RIGHT, w.article) or _both_named(f, w.names, t.start()) \
        else actor(f, w.names, (t.start(), t.end()))
    conv = next((c for c in re.finditer(CONVENIENCE, f) if not (
        re.match(r"a tout moment|at any time", c.group(0)) and re.match(_GROUND_AFTER, f[c.end():]))), None)
    # the committed first period the exit waits for ("after the Initial Term upon three months' notice") is a time, not a
    # ground: read apart (after_commitment below)
    if conv is None and not re.search(NO_GROUND_STATED, re.sub(AFTER_COMMITMENT, lambda x: " " * len(x.group(0)), f)):
        # an exit on notice with no ground at all ("La Société peut mettre fin au Contrat sans indemnité moyennant un préavis
        # de soixante jours", "may terminate this Agreement on ninety days' notice"): for convenience
        conv = re.search(ON_NOTICE, f[t.end():])
    right = mod == "may" or re.search(r"a le droit|is entitled|has the right|right to terminate|droit de resili|loisible|"
                                      r"est libre de|is free to|faculte (de resiliation|de resilier|de mettre fin|d'y mettre "
                                      r"fin)|dispose d'une faculte|(conserve|garde|detient|retains?|keeps?) (\w+ ){0,3}(le |the )?"
                                      r"(droit|right|option)|has the option|option to terminate|droit d'y mettre fin|droit de "
                                      r"mettre (fin|un terme)", f)
    conditional = re.search(r"(\bif\b|\bsi\b|\ben cas de\b|\bwhere\b|\bwhen\b|\blorsque\b)[^,;]{0,80}$", f[:t.start()]) or \
        re.search(BY_THE_WRONGED, f)  # the party named by the other's breach leaves for cause, at whatever time
    if conv and right and not conditional and not s.negated((lo + t.start(), lo + t.end())):
        text = re.sub(NO_COMPENSATION, " ", w.article)  # the price of the exit is often the next sentence
        # ... but an exit whose own sentence says it costs nothing ("sans indemnité de part ni d'autre", "without any
        # compensation to either party") is free, whatever price another side's exit carries in the same article
        own_free = bool(re.search(NO_COMPENSATION, f)) and not re.search(
            r"indemnit\w* (egale?|equivalente?|de \d)|(fee|charge|payment|sum|amount) (equal|equivalent|of \d)", re.sub(
                NO_COMPENSATION, " ", f))
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
                              for_convenience=True, ground="convenience", compensated=not own_free and bool(re.search(
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


# "à compter du treizième mois", "from the thirteenth month": the exit opens after a committed first period
AFTER_COMMITMENT = r"\b(after|following|from( the end of)?|at the end of|on or after|once|upon (the )?(expiry|expiration|end) " \
                   r"of)( the| an| a)? " + _FIRST + r" (\w+ ){0,2}?(months?|years?|term|period)\b|" \
                   r"\b(after|following|from|on or after) the (first|second|third|1st|2nd|3rd) anniversary|" \
                   r"\bfrom the (second|third|2nd|3rd) (contract )?year|" \
                   r"\b(once|after|when) the (minimum|initial|firm|committed|fixed) (term|period) (has )?(expired|ended|elapsed|run)|" \
                   r"\b(a l'issue|a l'expiration|au terme|a la fin|apres l'expiration|apres l'echeance|a l'echeance) (de la|d'une|de " \
                   r"sa|du|de son) (premiere )?(periode|duree|engagement)( \w+){0,2}? " + _FIRST + r"|" \
                   r"\bapres (les|la|une periode de|un delai de) (\w+ ){0,2}?premi\w+ (mois|annees?)|" \
                   r"\b(a compter|a partir|au-dela|au dela) de la (deuxieme|seconde|troisieme|2e|3e|premiere) annee|" \
                   r"\b(a compter|a partir|au-dela|au dela) du [\w-]+iemes? mois|\b(a compter|a partir) du \d+e mois|" \
                   r"\b(from|after|beginning with|starting (with|from)) (the )?[\w-]+(th|nd|rd) month\b|\b(from|after) month \d+"


# the items of a list of ways to end the contract, inside the sentence ("may be terminated (a) by mutual agreement or (b)
# by either party upon ten days' notice", "by written notice (i) at any time upon six months' notice, (ii) if …")
_ITEM = re.compile(r"\((?:[ivx]{1,4}|[a-h])\)\s")


def _enumerated(s: Sent, w: Where, lead: str, who: str, after: int = 0) -> list:
    """An exit for convenience that is one item of such a list: the item names no ground, only a notice or "at any
    time"; the lead before the list grants the right ("may be terminated"). `lead`: the words before the list (in the
    sentence, or the sentence before when the list was cut from it); items are read in the sentence after `after`."""
    f = s.folded
    marks = [x for x in _ITEM.finditer(f) if x.start() >= after]
    if not marks or modal(lead) != "may":
        return []
    out = []
    for x, nxt in zip(marks, marks[1:] + [None]):
        item = f[x.end():nxt.start() if nxt else len(f)]
        item = re.sub(r"[,;]?\s*(or|and|ou|et|and/or)\s*$", "", item.strip())
        if re.search(NO_GROUND_STATED + r"|agreement|accord|consent", item):
            continue
        said = re.match(r"(at any time|a tout moment)\b", item) or re.search(ON_NOTICE, item)
        if not said:
            continue
        side = "either" if re.search(MUTUAL, item) else who
        out.append(m.Termination(evidence=s.evidence((x.start(), x.end() + len(item))), clause=w.index, party=side,
                                 for_convenience=True, ground="convenience"))
    return out


def _items_of_lead(s: Sent, w: Where) -> list:
    """A sentence that opens with a list item ("(i) at any time upon six months' notice, or (ii) if …"), cut by the
    sentence splitter from the lead that grants the exit ("This Agreement may be terminated by the Customer")."""
    f = s.folded
    if not _ITEM.match(f) or not w.clause:
        return []
    at = w.clause.find(f)
    lead = re.split(r"[.;:]\s", w.clause[max(0, at - 300):at])[-1] if at > 0 else ""
    tl = re.search(TERMINATE + r"|\b(be|being) ended\b|\bprendre fin\b", lead)
    if not tl:
        return []
    who = "either" if re.search(MUTUAL, lead) else actor(lead, w.names, tl.span())
    return _enumerated(s, w, lead, who)


def termination(s: Sent, w: Where) -> list:
    f = s.folded
    t = re.search(TERMINATE, f)
    if not t:
        return _items_of_lead(s, w)
    out: list = []
    # a party named only as who is (not) paid ("without any compensation to either party", "sans indemnité pour l'une ou
    # l'autre des parties") is no subject of the exit
    subj = re.sub(r"\b(indemnit\w*|compensation|fees?|frais|penalt\w*|penalit\w*|payments?|charges?|sommes?)( [\w']+){0,2}? "
                  r"(to|for|towards|owed to|payable to|due to|envers|pour|a|au profit de) (either|each|both|l'une ou l'autre( des)?|"
                  r"chacune des|chaque) part(y|ies|ie|ies)\b", " ", f)
    who = "either" if re.search(MUTUAL, subj) or re.search(SAME_RIGHT, w.article) or _both_named(f, w.names, t.start()) \
        else actor(f, w.names, (t.start(), t.end()))
    # coordinated clauses each with their own exit ("You may cancel at any time, and we may terminate…") are read apart
    cuts = [0] + [x.end() for x in re.finditer(_CLAUSE_CUT, f)] + [len(f)]
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:]) if re.search(TERMINATE, f[a:b])]
    if len(pieces) < 2:
        pieces = [(0, len(f))]
    for a, b in pieces:
        out += _convenience(s, w, a, b)
    first = _ITEM.search(f, t.end())
    if first and not any(x.for_convenience for x in out) and len(_ITEM.findall(f[first.start():])) >= 2:
        out += _enumerated(s, w, f[:first.start()], who, first.start())
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


ALL_FEES = r"\ball (of )?the (monthly |recurring |periodic |quarterly |annual |flat |fixed )?(charges|fees|payments|amounts|" \
           r"retainers?|instal+ments|subscriptions)\b.{0,100}(to|until|through) " \
           r"the (end|expiry) of the (initial |minimum |then[- ]current )?(term|period)|" \
           r"(totalite|ensemble|integralite|toutes les|la somme) (des |de la )?(redevances|sommes|mensualites|echeances|" \
           r"loyers|montants?|forfaits|abonnements|honoraires)\w*.{0,100}(restant(es|s)? (a courir|dues?)|jusqu'(au|a la) (terme|fin|echeance))|" \
           r"(all|the) (remaining|outstanding|unpaid) (fees|charges|payments|amounts|monthly fees).{0,100}(until|" \
           r"through|to|for) the (end|remainder|expiry)|(remainder|balance|rest) of the (initial |then[- ]current |current )?term|" \
           r"(redevances|mensualites|echeances|loyers|fees|charges|payments)\w* (restant(es|s)? a (echoir|courir)|" \
           r"remaining( due| payable| to be (paid|invoiced))?)\b.{0,60}(jusqu'(au|a la|a ce|a cette) (terme|fin|" \
           r"echeance)|until the (end|expiry)|to the end|for the remainder)"


# the recurring charge, whatever the contract calls it ("forfaits mensuels", "monthly retainers", "honoraires")
_FEES = r"(redevances|sommes|mensualites|echeances|loyers|montants?|fees|charges|payments|amounts|subscriptions?|" \
        r"abonnements?|prix|\bmrc\b|recurring charges?|monthly recurring|forfaits|honoraires|retainers|instal+ments|" \
        r"minimum (\w+ )?commitments?|minimums? (de facturation|de commande|mensuel\w*|annuel\w*|garanti\w*)|" \
        r"engagements? minim\w*( (mensuel|annuel)\w*)?)"


# the period the charge is counted in, between the noun and "restant à courir" ("les forfaits mensuels restant à courir")
_PERIODIC = r"(?: (?:mensuel|trimestriel|semestriel|annuel|monthly|quarterly|annual|periodi[cq])\w*)?"
# and what it is the charge for, between the noun and "restant à courir" ("les redevances d'hébergement restant à courir",
# "les mensualités de l'option sauvegarde restant à échoir")
_OF_WHAT = r"(?: (?:d'|de l'|de la |du |des |de )[\w-]+(?: [\w-]+){0,2}?)?"


_TO_END = r"(jusqu'(au|a la|a l') ?(terme|fin|echeance|expiration)|until the (end|expiry|expiration)|through the (end|" \
          r"expiry)|to the (end|expiry)|for the (rest|remainder|balance|remaining( part)?) of|restant(e|es|s)? a (courir|" \
          r"echoir)|(remaining|left|restant\w*) (in|of|on|until|jusqu'|a courir|du|de la)\b)"


# The fees the client would have paid to the end, however counted: "the Charges that would have been payable for the rest of
# the term", "les redevances qui auraient été facturées jusqu'au terme", "the monthly fee multiplied by the number of
# months remaining".
ALL_FEES_TOO = _FEES + r"\w*" + _PERIODIC + _OF_WHAT + r" restant(e|es|s)? (dues? )?a (echoir|courir)|" + \
    r"\ball (\w+ ){0,3}?(fees|charges|payments|instal+ments)\b[^.;]{0,40}\b(would|should) have (been |become )?(payable|due|" \
    r"invoiced|paid)\b[^.;]{0,80}\b(end|expiry|remainder|expiration) of the (\w+ )?(term|period)|" + \
    r"\b(every|each|all) (\w+ ){0,2}?(fee|charge|payment|instal+ment|subscription|commitment)s? (left|remaining|outstanding|still due) (in|for|" \
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
    _FEES + r"\w*\b[^.;]{0,60}\bfor the (rest|remainder|balance) of (the|that|this|such|its) (\w+ ){0,2}(term|period|duree)"


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
    if not re.search(r"exigib|due|payable|acquitt|payer|paiement|regler|regle\w*|reglement|factur|invoic|vers(e|er|ent|era)\b|pays?\b|owe|"
                     r"redevable|immediately|"
                     r"indemnit|compensation", f):
        return []
    # the remaining fees named as a ceiling of a smaller fee ("a fee of three months' charges or, if lower, the charges for
    # the remainder of the Term", "dans la limite des redevances restant à courir"): not every remaining fee
    if re.search(r"\b(if|si) (lower|less|smaller|inferieure?s?|moindre)\b|whichever is (the )?(lower|less|smaller)|(la|le) "
                 r"(moins eleve|plus faible|moindre)e?s?\b|dans la limite (des|du|de)|sans (pouvoir )?(exceder|depasser)|"
                 r"(capped at|limited to|not (to )?exceed\w*|no more than)\b", f[max(0, a.start() - 60):a.start()]):
        return [m.TerminationFees(evidence=s.evidence(a), clause=w.index, all_remaining=False)]
    share = re.search(r"(\d+(?:[.,]\d+)?) ?%\)? (des |de la |du |of the |of )", f)
    if re.search(r"(moitie|half|tiers|one third|quart|quarter) (des |de la |of the |of )", f) or (
            share and float(share.group(1).replace(",", ".")) < 100):  # a share of the rest, not all of it
        return [m.TerminationFees(evidence=s.evidence(a), clause=w.index, all_remaining=False)]
    return [m.TerminationFees(evidence=s.evidence(a), clause=w.index, all_remaining=True)]


# a notice waived before it is named: "sans mise en demeure préalable", "sans qu'il soit besoin d'une mise en demeure",
# "dispensé de toute relance", "without the need for prior notice"
_NOTICE_WAIVED = re.compile(r"(\bsans|\bwithout|\bdispense\w*|\bno need|\bnul besoin)\b[^,;:.]{0,45}$")


# the processor's right to hold back an instruction it considers unlawful until the controller confirms it ("peut suspendre
# l'exécution de cette instruction", "may suspend performance of that instruction"): the instruction is suspended, not
# the service, and its "violation" is what the instruction would be
_INSTRUCTION_HELD = re.compile(r"\b(instructions?|consignes?)\b[^.;]{0,160}?\b(illicite\w*|unlawful|illegal|infring\w*|"
                               r"contraire\w*|violation|violat\w*|in breach|enfrei\w*|non conforme\w*)|\b(illicite\w*|"
                               r"unlawful|illegal|infring\w*|contraire\w*|violat\w*)\b[^.;]{0,60}?\b(instructions?|"
                               r"consignes?)\b")


def suspension(s: Sent, w: Where) -> list:
    f = s.folded
    sp = re.search(r"suspendre|suspension|suspend|interrompre|interruption|interrupt\w*|couper|coupure|cut-?off|disconnect\w*|disabl\w*|deactivat\w*|desactiv\w*|bloquer|block "
                   r"(access|the)|(switch|turn|shut)(es|ed|ing|s)? (off|down) (\w+ )?(services?|access|accounts?|systems?|it|them)|"
                   r"(switch|turn|shut)(es|ed|ing|s)? (\w+ )?(services?|access|accounts?|systems?|it|them) (off|down)|"
                   r"\b(debranch|eteindr)\w*|"
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
    if re.search(_INSTRUCTION_HELD, f) and not re.search(unpaid, f):
        return []  # an instruction held unlawful put on hold (Art. 28(3), last subparagraph): no cut of the service
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
