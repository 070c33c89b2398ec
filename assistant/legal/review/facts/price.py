"""Price facts: a price the provider may change on its own (or a list it publishes), an index or formula, and
a client's exit free of charge before a change applies."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.cues import NO_COMPENSATION
from assistant.legal.review.facts.reading import actor, MAY, modal, nearest_party, Sent
from assistant.legal.review.facts.where import Where
from assistant.text import find_percentages


PRICE_FORMULA = r"syntec|indice|index|accord (ecrit )?des parties|mutual|agreed in writing|avenant|cpi\b|insee"


PASS_THROUGH = r"(in line with|comme (ceux|celles?)|selon|suivant|reflect\w*|en fonction|as charged by|a l'identique)\W+" \
               r"(\w+\W+){0,4}(publishers?|editeurs?|manufacturers?|fabricants?|vendors?|suppliers?|fournisseurs?)"


PRICES = r"prix|tarifs?|redevances?|conditions financieres|fees|prices|charges|rates|price list|rate card|grille"


# A price moved by someone: the verb ("modifier", "faire évoluer", "increase", "revise", "subject to change"…) with a
# price as its object (after it, or before it in the passive) inside one clause of the sentence.
PRICE_NOUN = r"\b(prix|tarifs?|tarification|redevances?|abonnements?|conditions financieres|fees?|prices?|pricing|honoraires|" \
             r"remunerations?|remuneration|" \
             r"charges|rates?|price list|rate card|grille tarifaire|grilles? de prix|subscription (fees|charges)|(any|each|the) " \
             r"charge)\b"


PRICE_VERB = r"\b(modif\w*|chang\w*|augment\w*|revis\w*|ajust\w*|reajust\w*|reevalu\w*|relev(er|era|eront|e|es)\b|" \
             r"actualis\w*|(faire )?evolu\w*|increas\w*|amend\w*|adjust\w*|adapt\w*|rais(e|es|ed|ing)\b|updat\w*|" \
             r"mettre a jour|mis a jour|mises? a jour|subject to change|var(y|ies|ied|ying)\b|varier|variation|alter(s|ed|ing)?\b|fixe(r|ra)?\b|" \
             r"determine(r|ra)?\b|subject to (revision|adjustment|modification)|sujets? a (revision|modification))"


# one clause of a sentence: cut at ";" and ":" and where a comma opens a new clause ("…, and the Fees shall…")
_CLAUSE_CUT = r"[;:]|,\s+(and|et|but|mais|or|ou|while|tandis que|whereas|alors que)\b"


PERMISSION = r"unilateral\w*|subject to change|from time to time|de temps (a|en) autre|at (the )?\w+'?s? (sole |absolute )?" \
             r"discretion|a la (seule |libre )?discretion (du|de la|de l')|susceptibles? d'|a l'initiative d|at the initiative of|a (sa|leur) (seule )?discretion|at (its|their) (sole |own )?discretion|" \
             r"librement|freely|se reserve|reserves? the right|sans (l'|son |leur |votre )?(accord|consentement)|" \
             r"\b(arretee?s?|fixee?s?|determinee?s?|decidee?s?|definie?s?|etablie?s?|set|determined|decided|fixed) (unilateralement |" \
             r"unilaterally |solely )?(par|by) (la direction (\w+ )?(du|de la|de l')|le |la |l'|the |its )?(\w+ )?(prestataire|fournisseur|" \
             r"titulaire|provider|supplier|vendor)\b|" \
             r"(according to|at|in|on|based on|upon) (its|their|his|her) (own|sole|reasonable|free) (assessment|judg(e)?ment|" \
             r"appreciation|evaluation|determination)|(selon|a|suivant) (sa|leur|son) (propre |seule |libre )?(appreciation|" \
             r"evaluation|estimation)|" \
             r"without " \
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
LIST_NOUN = r"bareme|grille tarifaire|grille de prix|grilles? publiques?|tarif (general|public|catalogue)|tarifs? (standard|publics?)|catalogue|" \
            r"rate card|price list|list prices?|standard (rates|prices|fees|pricing)"


FORMULA_PRICE = r"(on|according to|selon|sur la base|d'apres|au vu) (des |du |the |of the )?(prix unitaires|unit (prices|" \
                r"rates)|bordereau de prix)|according to the (formula|index)|selon la formule"


# a new price list that applies to the services already running ("toute nouvelle grille s'applique à l'ensemble des
# Services en cours", "any updated rate card shall apply to all existing subscriptions")
NEW_LIST_RUNNING = (r"\b(nouve(lle|au|aux|lles)|new|updated|revised|amended|modifi\w*|mise?s? a jour) (grilles?|baremes?|price "
                   r"lists?|rate cards?|tarifs?|tarification|prices|pricing|catalogues?|list prices)\b[^.;]{0,120}?\b"
                   r"(s'applique\w*|sera(ont)? applicables?|est applicable|sont applicables|devien\w* applicables?|apply|applies|"
                   r"shall apply|will apply|becomes? applicable|take effect|prend effet)\b[^.;]{0,60}?\b(en cours|existing|current|ongoing|"
                   r"in progress|running|already (ordered|subscribed)|(all|every) (of the )?(services|subscriptions|orders|"
                   r"contracts)|ensemble des (services|contrats|abonnements|commandes|prestations)|services souscrits|deja "
                   r"(souscrit|commande)\w*|"
                   # the client's own contract, or of right, with nothing kept for new orders or a renewal ("s'applique de
                   # plein droit à votre contrat", "applies automatically to your subscription")
                   r"(a|au|aux|to) (votre|vos|your|the|le|ce|son|leur|tout|tous les|all|each|every|chaque) (\w+ )?(contrats?|"
                   r"agreements?|contracts?|abonnements?|subscriptions?|plans?|forfaits?)\b(?! (en cours de |being )?(renouvel|renew))|"
                   r"de plein droit|automatic(ally)?|automatiquement)(?![^.;]{0,40}\b(nouvel\w* (commande|contrat|abonnement)|new "
                   r"(orders?|contracts?|subscriptions?)|renouvel\w*|renewal|prochaine periode|next (term|period)))")


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


ON_TOP_OF_FORMULA = r"\b(en (complement|plus|sus|supplement) (de|du|des|d')|outre|independamment (de|du|des|d')|au-dela (de|du|" \
                    r"des|d')|in addition to|on top of|besides|over and above|apart from|separately from)\s*(la |le |l'|les |" \
                    r"the |any |its |son |sa |ses )?(\w+ ){0,2}?(indexation|index\w*|indice\w*|revision\w*|syntec|formul\w*)" \
                    r"[^.;,]{0,60}"


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
              # the provider's rate as it stands on the day of each order ("au tarif journalier en vigueur chez le
              # Prestataire au jour de la commande", "at the daily rate in force at the Supplier on the order date")
              or re.search(rf"(tarifs?|prix|taux|rates?|prices?)( \w+){{0,2}} (en vigueur|in force|in effect|applicable)"
                           rf"( (chez|at|of) (le |la |l'|the )?{w.names.provider})? (au jour|a la date|le jour|at the date|on the "
                           rf"(date|day)|as of the date)\b", f)
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
    # s33: an index or formula named as what the change comes on top of ("En complément de l'indexation de l'article
    # 12.3, le Prestataire pourra ajuster les redevances", "in addition to the annual indexation, the Supplier may
    # adjust its fees") does not bound the change: read the formula words without it
    f_formula = re.sub(ON_TOP_OF_FORMULA, lambda x: " " * len(x.group(0)), f) if unilateral else f
    index = re.search(r"syntec|\binsee\b|\bcpi\b|consumer price index|indice [a-z]+|index", f_formula)
    bounded = re.search(r"(no more than|not more than|not to exceed|not exceeding|at most|dans la limite (de|d')|au maximum de|"
                        r"plafonnee?s? a|capped at|limited to)\W+(\w+\W+){0,3}?\d+([.,]\d+)? ?%", f)
    if unilateral:
        if bounded and move:  # an increase the contract caps ("by no more than 3 %"): not at the provider's will
            pct = find_percentages(bounded.group(0))
            return [m.PriceChange(evidence=s.evidence(unilateral), clause=w.index, unilateral=False, party=party,
                                  cap_percent=pct[0].value if pct else None)]
        if consented or re.search(PRICE_FORMULA, f_formula) or re.search(FORMULA_PRICE, f_formula) or re.search(PASS_THROUGH, f) and re.search(
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
