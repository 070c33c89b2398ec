"""Assignment and subcontracting facts: who may assign the contract or entrust the work to other firms, with
the other's consent, on notice or freely, and whether the client may object or leave."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.reading import actor, denied_before, modal, Sent
from assistant.legal.review.facts.where import Where


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


ENTRUST = r"\b(confi(e|er|era|eront|ent|ee|ees)|entrust\w*|delegu\w*|hand(s|ed|ing)?( over)?|outsourc\w*|externalis\w*)\b[^.;]{0,80}?" \
          r"\b(a|au|aux|to) (la |le |l'|une |un |des |d'|toute |tout |tous |any |an |a |the |one or more |another |other |" \
          r"autres? |d'autres |its |ses )*" + OTHER_FIRM


# s33: the work performed by outside firms, said in the passive (a thing supplied by third parties is no work handed over) ("la permanence est assurée par le Prestataire ou par tout
# partenaire de son choix", "monitoring is carried out by the Supplier or by any partner it selects") or with the firm
# named before the verb that hands it the work ("tout partenaire …, auquel le Prestataire pourra confier la supervision",
# "any partner to whom the Supplier may entrust the night watch")
PERFORMED_BY = r"\b(assure|realise|execute|effectue|pris en charge|performed|carried out|handled)\w* (par|by) ((le |la |l'|the )?\w+ (ou|or) (par |by )?)?(un |une |des |tout |toute |d'autres |" \
               r"ses |tout autre |toute autre |any |an |a |other |its |one or more )(\w+ )?(partenaires?|tiers|prestataires? " \
               r"(tiers|exterieurs?|externes?)|sous-traitants?|partners?|third[- ]part\w*|subcontractors?|contractors?)\b"
ENTRUSTED_TO_WHOM = OTHER_FIRM + r"[^.;]{0,40}?\b(auquel|auxquels|auxquelles|a laquelle|a qui|to whom|to which)\b[^.;]{0,60}?" \
                    r"\b(confi\w*|entrust\w*|delegu\w*|delegat\w*|hand\w*|outsourc\w*)"


ASSIGN = r"\b(hand|pass)\w* (this|the|our|your) (contract|agreement) (over|on)\b|\b(hand|pass)\w* (over|on) (this|the|our|" \
         r"your) (contract|agreement)\b|\bced(er|e|ee|es|ees|era|eront|ant)\b|\bcession|se substitu\w*|substitut\w* (for itself|any|a|an)\b|transferer|transfert du contrat|\bassign(s|ed|ing|ment|able)?\b|\b(librement )?cessible\b|\btransfer\w*|sous-trait(er|e|era|" \
         r"eront|ent|ance)\b|(recours|recourir|faire appel) a (des|un|d'autres) sous-traitants?|subcontract\w*|" \
         r"(faire|fait|fera) (executer|realiser|assurer) [^.;]{0,60}\bpar (des|un|d'autres|tout) (sous-traitants?|tiers|" \
         r"prestataires?|partenaires?)|" \
         r"(faire|fait|fera) (executer|realiser|assurer) [^.;]{0,60}\bpar (une|la|le|l'|toute|tout) ?(autre )?" + OTHER_FIRM + "|" \
         r"\b(perform\w*|provid\w*|deliver\w*|carr(y|ies|ied|ying) out|execut\w*|render\w*)\b[^.;]{0,80}?\bthrough\b[^;]{0,60}?\b" \
         r"(affiliates?|contractors?|subcontractors?|third[- ]part\w*|compan(y|ies)|firms?|vendors?)\b|" \
         r"delegat\w*|confier .{0,80}a (un|des|d'autres) (tiers|partenaires?|sous-traitants?|prestataires?)|" \
         r"" + ENTRUST + "|" + PERFORMED_BY + "|" + ENTRUSTED_TO_WHOM + "|" \
         r"(recours|recourir|faire appel|fait appel|fera appel|faire intervenir|fait intervenir|fera intervenir) (a |aux? |" \
         r"des |d'|d'autres |a des |a d'autres |a un |a une |a tout |a toute |un |une |tout |toute )?" + OUTSIDE_WORKERS + "|" \
         r"\b(through|use|using|engage|engaging|retain|retaining|rely on|appoint|via) (a |an |any |one or more |other |its )?" \
         r"(third[- ]party|outside|independent|external) (contractors?|technicians?|engineers?|service providers?)\b"


FREE = r"sans (l'|son |leur |votre |notre |avoir a (obtenir|recueillir) l')?(accord|consentement|autorisation|agrement)|without (the )?" \
       r"(prior )?(written )?(\w+'?s? )?(prior )?(written |express )?(consent|approval|authori[sz]ation|agreement)|without notice|librement|freely|at (its|their) " \
       r"(sole )?discretion|without (any |the )?(need|requirement) (for|of|to obtain) (the )?(\w+'?s? )?(prior )?(written )?" \
       r"(consent|approval|authori[sz]ation|agreement)|sans qu'il (soit|ne soit) (besoin|necessaire) d'obtenir|de son (seul )?" \
       r"choix|sans (en )?(informer|aviser|prevenir)|without (informing|notifying|notice to|asking|checking with|consulting)|" \
       r"sans (vous |lui |leur )?(demander|consulter)|at (its|their) " \
       r"(sole )?discretion|a tout moment|at any time|est libre|is free to|" \
       r"sans avoir a (en |l'en |le |les |leur )?(informer|aviser|prevenir|avertir|notifier|obtenir|solliciter|recueillir|" \
       r"demander)|(is|are|shall|will) (be )?not (be )?(required|obliged|obligated|bound) to (\w+ ){0,2}(notify|inform|obtain|" \
       r"seek|request|give notice)|need not (\w+ ){0,2}(notify|inform|obtain|seek|request)|n'(est|sera) pas tenue? (de |d')" \
       r"(\w+ ){0,2}(informer|obtenir|aviser|prevenir|solliciter|recueillir)|de (son|notre|leur) (seul |propre )?choix|" \
       r"of (its|our|their) (own )?(choosing|choice)|" \
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
           r"migration|repreneur|successeur|\bsuccessor\b|fin (du |des |de )(contrat|marche|services|prestations)"


# (also one person put on the account: "assign a named Service Delivery Manager", "a dedicated account manager")
STAFF = r"\b(employees|staff|personnel|technicians|engineers|consultants|individuals)\b|\bassign\w* (a |an |one |its )?" \
        r"(named |dedicated |qualified |senior |single )*(\w+ ){0,2}?(manager|engineer|technician|consultant|representative|" \
        r"contact|lead|coordinator)\b"


CONTRACT_OBJECT = r"\W+(\w+\W+){0,3}?(contrat|marche|agreement|contract|droits|obligations|rights)\b"


# "assigns" as a noun: the parties' successors ("binding on … successors and permitted assigns", "heirs and assigns")
ASSIGNS_NOUN = r"\b(successors?|heirs?|ayants? droit|ayants? cause)\b[^.;:]{0,40}?\b(and|&|or|et)\s+(its |their |his |her )?" \
               r"(respective |permitted |authori[sz]ed )*$"


# subcontracting as the name of a document ("l'accord de sous-traitance des données", "the Subcontracting Agreement",
# "Data Processing and Subcontracting Addendum"), as a list of the contract's documents names it: no right granted
DOC_BEFORE = r"\b(accord|contrat|convention|avenant|annexe|protocole|conditions|clauses)\s+(\w+\s+)?(de|d'|relati\w+ a la)\s*$"
DOC_AFTER = r"^\s*(\w+\s+)?(agreement|addendum|contract|schedule|annex|exhibit|terms|policy|plan)\b"


def _names_document(f: str, a: re.Match) -> bool:
    word = a.group(0)
    if re.fullmatch(r"sous-traitance", word):
        return bool(re.search(DOC_BEFORE, f[max(0, a.start() - 40):a.start()]))
    return bool(re.fullmatch(r"subcontract(ing)?", word) and re.match(DOC_AFTER, f[a.end():a.end() + 30])
                and not re.search(r"\b(may|shall|will|must|can|to|not)\s+(\w+\s+)?$", f[max(0, a.start() - 25):a.start()]))


def _aside(f: str, at: int) -> bool:
    """The position lies inside a parenthesis still open ("(in which event it shall assign this Agreement to …)")."""
    return f.count("(", 0, at) > f.count(")", 0, at)


# rights in a work or an invention, the object of an IP assignment rather than the contract
IP_OBJECT = r"\b(moral rights?|droits? moraux|copyrights?|droits? (patrimoniaux|d'auteur)|intellectual property|propriete " \
            r"intellectuelle|patents?|brevets?|inventions?)\b"
MONEY_OBJECT = r"\b(cash|funds|monies|money|sums?|amounts?|shares|securities|stock|sommes|fonds recus|montants?|actions|" \
               r"titres|paiements?|payments?)\b"
CONTRACT_NAMED = r"\b(this|the|that|such|le|ce|du|au|le present|du present|au present)\s+(agreement|contract|contrat|marche|" \
                 r"accord)\b|\b(rights|droits) (and|or|et|ou) (obligations|duties)\b|\bobligations (hereunder|under)\b|\bhereunder\b"


# a sentence about processing personal data on instructions, whose "transfers" are transfers of that data
DATA_INSTRUCTIONS = r"(personal data|donnees (a caractere )?personnel\w*)[^.;]{0,120}\binstructions?\b|\binstructions?\b[^.;]{0,120}" \
                    r"(personal data|donnees (a caractere )?personnel\w*)"
# the subcontractors the provider may use are those an annex lists, or it may use them only on the conditions an annex
# or another article sets ("à un sous-traitant figurant à l'annexe 3", "a subcontractor listed in Schedule 4", "dans les
# conditions prévues à l'annexe 2", "on the conditions set out in Annex 2"): the client's say is in that list or those
# conditions, not a free hand
LISTED_OR_ANNEXED = r"\b(figurant|mentionne\w*|enumere\w*|designe\w*|nomme\w*|vise\w*|repris|inscrit\w*|liste\w*) (a|dans|sur|en) " \
                    r"(l'|la |le )?(annexe|liste|appendice|article)|\bdont la liste figure|" \
                    r"\b(listed|named|identified|set out|specified|approved) (in|on) (the )?(annex|schedule|appendix|exhibit|list)|" \
                    r"\b(dans les|aux|selon les) conditions (de|prevues (a|par)|fixees (a|par)|definies (a|par)|stipulees (a|par)|" \
                    r"de l'|du) ?(l'|la |le )?(annexe|article|appendice|clause|accord)|" \
                    r"\b(on|under|in accordance with) the (terms and )?conditions (of|set out in|laid down in|stated in|in) (the )?" \
                    r"(annex|schedule|appendix|exhibit|clause|section|article)"


def _assign_cue(f: str, w: Where) -> re.Match | None:
    """The first assignment or subcontracting cue of the sentence, not counting a bare "transfert" of the hand-over,
    "assigns" as the successors' noun, or a cue in an aside when one follows outside it."""
    cues = list(re.finditer(ASSIGN, f))
    later = [c for c in cues if not _aside(f, c.start())]
    for a in cues:
        if a.group(0) == "assigns" and re.search(ASSIGNS_NOUN, f[max(0, a.start() - 80):a.start()]) or _names_document(f, a):
            continue
        if _aside(f, a.start()) and any(c.start() > a.start() for c in later):
            continue
        if re.match(r"transfer|assign|ced|cession", a.group(0)) and not re.match(CONTRACT_OBJECT, f[a.end():a.end() + 50]) \
                and any(c.start() > a.start() and not _aside(f, c.start()) and re.match(CONTRACT_OBJECT, f[c.end():c.end() + 50])
                        for c in cues):
            continue  # "where a party transfers its business (…), neither party shall assign this Agreement…": the event
            # named first, the contract's own transfer after it
        if a.group(0).startswith("transfer") and re.search(HANDOVER, f + " " + w.heading) and not re.match(
                CONTRACT_OBJECT, f[a.end():a.end() + 50]):
            continue
        if re.fullmatch(r"transfere(e|es|s)?|transferred", a.group(0)) and not re.search(
                r"(contrat|marche|agreement|contract|droits|obligations|rights)\W+(\w+\W+){0,4}$", f[max(0, a.start() - 60):a.start()]) \
                and not re.match(CONTRACT_OBJECT, f[a.end():a.end() + 50]) and not re.match(r"\W*(to|a|au|aux)\b", f[a.end():]):
            continue  # a participle naming a thing moved ("l'état du système transféré", "the transferred data")
        if re.fullmatch(r"transfers|transferts", a.group(0)) and not re.match(CONTRACT_OBJECT, f[a.end():a.end() + 50]) \
                and re.search(DATA_INSTRUCTIONS, f):
            continue  # "processes personal data only on documented instructions, including for transfers": transfers of
            # the data (Art. 28(3)(a)), not the contract transferred
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
    if re.search(IP_OBJECT, f) and not re.search(CONTRACT_NAMED, f):
        return []  # rights of authorship or inventions assigned or not, no word on the contract itself
    if re.match(r"transf", a.group(0)) and re.search(MONEY_OBJECT, f) and not re.search(CONTRACT_NAMED, f):
        return []  # cash, sums or shares handed over: a payment, not the contract transferred
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
    what = "subcontract" if re.search(r"sous-trait|subcontract|delegat|delegu|confi|entrust|hand\w*\b(?! (this|the|its|ce|le) (agreement|contract|contrat))|outsourc|externalis|"
                                      r"appel|recour|intervenir|contractor|"
                                      r"technician|engineer|service provider|\bthrough\b|\bpar (une|la|le|l'|toute|tout)\b", a.group(0)) else "assign"
    if re.match(r"confi|entrust", a.group(0)) and (who != "provider" or re.search(
            r"souhait\w*|envisag\w*|wish\w*|intend\w*|desire\w*", f[:a.start()])):
        return []  # the client entrusting the work to a provider, or a wish in the recitals: no subcontracting right
    free = re.search(FREE, f)
    # the verb's modal: up to the next clause of the sentence, the freedom itself ("… it selects, and is not required
    # to notify") read as no denial
    window = re.sub(FREE, lambda x: " " * len(x.group(0)), f)[:a.end() + 40]
    cut = re.compile(r"[;:]|,\s+(and|et|but|mais|or|ou)\b").search(window, a.end())
    window = window[:cut.start()] if cut else window
    # ... and from the clause the verb stands in ("binding on successors and assigns, but neither party may assign…")
    # when an earlier cue was passed over (successors' "assigns", an aside, a document's name)
    passed = re.search(ASSIGN, f[:a.start()])
    opened = [x.end() for x in re.finditer(r";|,\s+(but|mais|whereas|alors que)\b|\),", window[:a.start()])] if passed else []
    window = window[opened[-1]:] if opened else window
    mod = modal(window)
    if free and not s.negated(free) and mod in ("may", "states", "must") and not re.search(
            r"sans (l'|son )?(accord|consentement|autorisation).{0,60}(ne|pas)|\bne\b.{0,60}sans|"
            # "no assignment by either party without the other's written consent", "neither party may assign… without"
            r"\b(no|neither|nor|not|cannot|never)\b[^.;]{0,60}\bwithout (the )?(\w+'?s? )?(prior )?(written |express )?"
            r"(consent|approval|authori[sz]ation|agreement)", f):
        consent = "not_required"
    elif re.search(CONSENT, f):
        consent = "required"
    elif what == "subcontract" and re.search(LISTED_OR_ANNEXED, f[a.end():]):
        consent = "unknown"  # the list or the conditions of an annex decide who may step in, not the provider alone
    elif re.search(r"inform|notif|notice|aviser|prevenir", f) and mod in ("may", "states"):
        consent = "notice_only"
    elif mod == "must_not":
        consent = "required"
    elif mod == "may" and _confined_and_answered(f, a):
        consent = "unknown"  # a named part of the work, the provider answering for it: no free hand over the services
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


# subcontracting confined to a named part of the services ("for field interventions", "pour les interventions sur
# site") while the provider answers for the subcontractors as for itself ("remaining responsible for their performance as
# for its own", "dont il répond comme de lui-même"): the ordinary use of outside technicians, no free hand over the
# contract; "all or part of the Services", "any of its obligations" is no named part
CONFINED = r"\b(for|pour|de|des|les|the)\s+([\w-]+\s+){0,2}?(interventions?|deplacements?|visits?|installations?|cabling|" \
           r"cablage|travaux|works|deliver(y|ies)|livraisons?|transport|destruction|recyclage|recycling)\b"
ANSWERED = r"(remain\w*|demeur\w*|rest\w*|stays?)\s+(\w+\s+)?(responsible|liable|responsable|garant)|" \
           r"(repond|answers?|is (responsible|liable))\w*\b[^.;]{0,40}?\b(comme de (lui|soi)-meme|as (for|if they were) (its|their) own)"
OPEN_SCOPE = r"tout ou partie|all or (any )?part|any (part|of its obligations|portion)|tout(e)? (partie|obligation)|" \
             r"l'ensemble|the whole|all of the services|any (or all )?of the services"


def _confined_and_answered(f: str, a: re.Match) -> bool:
    return bool(re.search(CONFINED, f[max(0, a.start() - 80):a.end() + 80]) and re.search(ANSWERED, f)
                and not re.search(OPEN_SCOPE, f))


# the client, told of the change, may refuse it ("le Client peut, dans ce délai, s'y opposer", "the Customer may object
# within that period")
OBJECT_RIGHT = r"{c}\b[^.;]{0,50}?\b(peut|pourra|peuvent|may|can|is entitled to|shall be entitled to|a le droit de|dispose " \
               r"d'un droit d')\W+(\w+\W+){0,5}?(s'y oppos\w*|s'oppos\w*|opposition|object\w*|refus\w*|reject\w*|veto)|" \
               r"({c}|celui-ci|celle-ci|the latter)\b[^.;]{0,50}?\b(dispose\w*|a|aura|has|have|shall have|will have|is given|" \
               r"benefici\w*)\W+(\w+\W+){0,5}?(jours|days|semaines|weeks|mois|months|delai|period)\W+(\w+\W+){0,5}?(s'y oppos\w*|" \
               r"s'oppos\w*|object\w*|" \
               r"refus\w*|reject\w*|veto)"  # the objection given as a time to object: "dispose de quinze jours pour s'y opposer"


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
