"""General terms: force majeure (events listed, and what it does not excuse), non-solicitation (tenure,
indemnity, who is bound) and jurisdiction (whose court, read with the parties' towns)."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.places import whose_place
from assistant.legal.review.facts.reading import _PASSIVE_BEFORE, actor, modal, nearest_party, Sent, subject
from assistant.legal.review.facts.where import Where
from assistant.text import find_durations


FM_EVENTS = r"greves? (totales ou partielles|internes?|du personnel|de son personnel)|greves?,? (y compris|notamment|" \
            r"including) (celles? )?(du|de son|de ses|des) (personnel|salaries|propres)|internal strikes?|strikes? (of|by) " \
            r"(its|their) (own )?(staff|employees)|deraisonnablement onereuse|more onerous|commercially impracticable|" \
            r"economic hardship|defaillances? (de ses|des) (fournisseurs|sous-traitants)|failures? (of|caused by|by|attributable to|" \
            r"due to) .{0,30}(upstream |" \
            r"third-party )?(providers|suppliers|subcontractors)|cyber-?attaques?|cyber-?attacks?|attaques? " \
            r"informatiques?|piratage|hacking|virus|pannes? (de|du|des) (materiel|reseau|serveurs?)|(telecommunications?|" \
            r"network|internet) (failure|outage)|telecommunications|indisponibilite (du|des) (cloud|reseau)|" \
            r"(increase|rise)s? in (the )?(costs?|prices?|expenses?)( of performance)?|(cost|price) increases?|" \
            r"denial[- ]of[- ]service|\bddos\b|deni de service|(outages?|defaults?|interruptions?|defaillances?) (of|de|des|du) " \
            r".{0,30}(providers|suppliers|subcontractors|hosts|hebergeurs?|fournisseurs|sous-traitants)|" \
            r"augmentations? (des?|du) (couts?|prix|charges)|surcouts?|rencherissement|plus onereuse|(devient|devenait|" \
            r"becomes?|became) (\w+ )?(onereuse|costly|expensive|uneconomic)|defaillances? (de ses|des|de leurs) propres " \
            r"(fournisseurs|sous-traitants|prestataires)|ransomware|rancongiciels?|malware|logiciels? malveillants?|" \
            r"malicious (code|software|programs?)|hardware (breakdowns?|failures?|faults?)|codes? malveillants?|(unavailability|absence|indisponibilite|illness|maladie) (of|de|du|des) " \
            r"(its |their |ses |son |leurs? )?(own |propres? )?(staff|personnel|employees|salaries|workforce|techniciens)|" \
            r"industrial action (by|of) (the )?\w+'?s? own|mouvements? sociaux (internes|du personnel|de son personnel|" \
            r"propres)|coupures? (de|des) (liaisons?|reseaux?|connexions?|lignes?)|liaisons? (de l')?operateurs?|" \
            r"intrusions? (dans|into|in) (les|ses|the|its)|" \
            r"dysfonctionnements? (des|de ses|du|de son|de sa) (propres? )?(logiciels?|materiels?|equipements?|outils|systemes)|" \
            r"malfunctions? (of|in) (its |the |(the )?\w+'s )?(own )?(software|hardware|equipment|tools|systems)|" \
            r"decisions? (de ses|of its) (propres )?(fournisseurs|suppliers|licensors|concedants|vendors)"


# (the last two: what follows is named as NOT such events, pointing back to the excuse just stated - "The following are
# not such events: …", "Ne constituent pas de tels événements : …")
NOT_FM = r"force majeure\W+(\w+\W+){0,2}?(does not|do not|shall not|will not|cannot|n'inclu\w* (pas|ni)|ne (comprend|" \
         r"couvre|vise)\w* (pas|ni)|exclu\w*) ?(include|cover|extend|apply|encompass|comprise|les|la|le|des)?\b|" \
         r"(\bne|\bn')\s?(\w+\s){0,2}?(pas|jamais|en aucun cas)\b[^.;:]{0,60}force majeure|\b(not|never)\b[^.;:]{0,40}" \
         r"force majeure|exclu\w* (de la|du champ de la|from) force majeure|(are|is|shall be|will be) not (events?|" \
         r"circumstances?|causes?) (beyond|outside) (its|their|the affected party'?s?|a party'?s?) (reasonable )?control|" \
         r"\b(shall|does|do|will|may) not (constitute|" \
         r"be|count as|qualify as|be (deemed|considered|treated as)) (a |an |such )(an? )?(force majeure )?(event|" \
         r"circumstance|cause)|ne (constitue|constituent|sont|est|seront|sera) (pas|en aucun cas) (consider\w+ comme |" \
         r"assimil\w+ a )?(un |une |de tels |des )?(cas|evenements?) (de force majeure|de cette nature|de ce type)|" \
         r"\b(are|is|shall be|will be) not (such |those |these )(events?|circumstances?|causes?)\b|\bne (constitue|" \
         r"constituent|sont|est|seront|sera) (pas|en aucun cas) (de (tels|telles)|un tel|une telle) (evenements?|cas|" \
         r"circonstances?|causes?)\b"


# a failure of public networks or a widespread outage is outside anyone's control: not a controllable event
PUBLIC_FAILURE = r"(widespread|general|public|nationwide|generalise\w*|publics?|national\w*) (failure|outage|panne|" \
                 r"defaillance)\w* (of |de |des |du )?(public |publics? )?(power|electricit\w*|telecommunications?|" \
                 r"reseaux?|networks?|internet)|(reseaux|networks) publics?"


# an event named to be kept out of force majeure: "It expressly excludes cyber-attacks…", "strikes of a party's own
# staff and failures of its subcontractors are excluded", "Ne constituent pas des cas de force majeure les grèves…"
FM_OUT_BEFORE = r"\b(exclu\w*|excludes?|excluding|except(ing)?|other than|save|sauf|hors|a l'exclusion|ne constitu\w* (pas|" \
                r"en aucun cas)|(does|do|shall|will) not (include|constitute|cover|extend to)|not include)\b"


FM_OUT_AFTER = r"^[^.;]{0,120}?\b(are|is|shall be|will be|sont|est|seront|sera)\s+(\w+\s+)?(excluded|exclue?s?|not " \
               r"(included|covered)|pas (couverte?s?|inclus\w*))\b|" \
               r"^[^.;]{0,120}?\b(n'en|ne) (constitu\w*|sont|est|seront|sera) (pas|en aucun cas)\b|" \
               r"^[^.;]{0,120}?\b(are|is) not (a |an )?(force majeure|cas de force majeure)\b|" \
               r"^[^.;]{0,120}?\b(don't|do not|doesn't|does not|won't|will not|shall not|aren't|isn't|are not|is not) " \
               r"(count|qualify|apply|amount to|rank as|be (treated|deemed|considered) as)\b|" \
               r"^[^.;]{0,120}?\b(aren't|isn't) (a |an )?(force majeure|included|covered)\b|" \
               r"^[^.;]{0,120}?\bne (comptent|compte|valent|vaut|jouent|joue|s'appliquent|s'applique) pas\b|" \
               r"^[^.;]{0,40}?\b(shall|will|may|can) only (be )?(treated|deemed|considered|regarded|constitute|qualify|count)\b" \
               r"[^.;]{0,60}?\b(where|if|when|to the extent|provided)\b|" \
               r"^[^.;]{0,40}?\bne (constitu\w*|sera \w+|est \w+) (un |une )?(cas|evenement) de force majeure qu(e |')?(si|" \
               r"lorsque|lorsqu'|dans la mesure)"


# an excuse from performance without the words "force majeure": "est délié de ses obligations lorsque…", "shall not be
# responsible for any delay resulting from…"
EXCUSED = r"(delie|libere|exonere|dispense|decharge)\w* de (ses|leurs|toute?s?) (obligations?|responsabilit\w*)|" \
          r"ne (sera|sont|seront|est) pas tenue?s? (de|d'executer) (ses|leurs) obligations|(shall|will) not be (bound|obliged) " \
          r"(by|to perform) (its|their) obligations|(shall|will) be relieved (of|from) (its|their) obligations|" \
          r"excused from (\w+ ){0,2}(performance|its obligations|performing)|(shall|will|is) not (be )?(liable|responsible) " \
          r"for any (delay|failure)( (to perform|in performance|or failure))?\b[^.;]{0,40}\b(resulting|caused|arising|due)|" \
          r"ne (saurait|sera|pourra) (etre )?(tenue? )?responsable (d'un|des|de tout|du) (retard|manquement|inexecution)" \
          r"[^.;]{0,40}(resultant|cause|du a|imputable|consecutif)"


# a negated excuse whose list runs on with "nor" / "ni" / commas: "This Section does not excuse payment obligations, nor
# any failure of the provider's own subcontractors", "elle ne dispense pas des paiements, ni de la défaillance de…"
FM_NOT_EXCUSE = r"\b((does|do|shall|will|must) not|cannot|never) (excuse|cover|extend to|apply to|include|relieve|release|" \
                r"exempt|discharge|constitute|suspend)\b|\b(ne|n')\s?(\w+\s)?(couvre|vise|dispense|exonere|libere|" \
                r"s'applique|constitue|comprend|inclut|excuse|suspend|decharge)\w* (pas|ni|en aucun cas|jamais)\b"


def _in_negated_list(f: str, at: int) -> bool:
    """The event is an item of the list governed by a negated excuse of the same sentence, with only list words between
    (no new sentence, no "but", no "unless")."""
    piece = f[max(0, at - 200):at]
    neg = None
    for neg in re.finditer(FM_NOT_EXCUSE, piece):
        pass
    if neg is None:
        return False
    between = piece[neg.end():]
    return not re.search(r"[.;:]|\b(but|mais|however|toutefois|unless|sauf si|except|sauf|save)\b", between)


def _fm_excluded(f: str, x: re.Match) -> bool:
    cut = max([0, x.start() - 80] + [b.end() for b in re.finditer(r"[.;,()]|\b(but|mais)\b", f[:x.start()])])
    return bool(re.search(FM_OUT_BEFORE, f[cut:x.start()]) or re.match(FM_OUT_AFTER, f[x.end():])
                or _in_negated_list(f, x.start()))


def _item_of_exclusion(f: str, clause: str) -> bool:
    """An item of a list whose lead-in keeps events out of force majeure ("Force majeure does not include (a) …, (b) the
    failure of its subcontractors", "Ne constituent pas des cas de force majeure : 1) … 2) …"), cut from its lead by
    the sentence splitter."""
    if not re.match(r"\s*(\(?[a-h]\)|\(?[ivx]{1,4}\)|\d{1,2}[.)]|[-–•*])\s", f):
        return False
    at = clause.find(f.strip()[:60])
    if at <= 0:
        return False
    lead = clause[:at]
    lead = lead[max(lead.rfind(". "), 0):]
    return bool(re.search(NOT_FM, lead))


def force_majeure(s: Sent, w: Where) -> list:
    f = s.folded
    if not (re.search(r"force majeure|beyond (its|their|the party'?s?) (reasonable )?control", f)
            or "force majeure" in w.heading or re.search(EXCUSED, f) or (
                re.search(EXCUSED, w.clause) and re.match(r"\W*(il en (va|est) de meme|the same (applies|shall apply)|"
                                                          r"likewise|de meme|(this|cela) (also )?(applies|vaut))", f))):
        return []
    public = [x.span() for x in re.finditer(PUBLIC_FAILURE, f)]
    ev = [x.group(0) for x in re.finditer(FM_EVENTS, f)
          if not any(a <= x.start() < b + 40 for a, b in public) and not _fm_excluded(f, x)]
    if not ev or re.search(NOT_FM, f):
        return []
    if _item_of_exclusion(f, w.clause):
        return []
    return [m.ForceMajeure(evidence=s.evidence(re.search(FM_EVENTS, f)), clause=w.index, controllable_events=ev)]


SOLICIT = r"non[- ]?sollicitation|non[- ]?solicitation|(sollicit|debauch|embauch|recrut|engager|solicit|hire|hiring|" \
          r"faire travailler|employer|work directly with|use the services of|offer\w* (of )?employment|" \
          r"propos\w* (un )?(emploi|contrat de travail)|" \
          r"employ|recruit|engage)\w*.{0,80}(personnel|salarie\w*|employe\w*|collaborateur\w*|staff|intervenant\w*|" \
          r"persons?\b|people|individuals?|consultants?|engineers?|personnes?|techniciens?|ingenieurs?)"


def non_solicitation(s: Sent, w: Where) -> list:
    f = s.folded
    x = re.search(SOLICIT, f)
    if not x or re.search(r"background|verification|investigation|enquete|screening|antecedents|qualified|qualifie", f):
        return []
    if not (re.search(r"non[- ]?sollicit|non[- ]?solicit|non[- ]?debauchage", f + " " + w.heading) or
            modal(f) in ("must_not",) or re.search(r"s'interdit|renonce|agrees? not|shall not|\bne\b|\bn'|\bnot\b|"
                                                   r"refrain", f[:x.end()]) or re.search(r"prohib\w*|interdit\w*|forbidden", f)
            or (re.search(r"(shall|will|must) pay|devra (payer|verser)|versera|paiera|liquidated damages|indemnit\w*|"
                          r"placement fee", f) and subject(f, w.names, x.start()) == "client")):
        return []
    durs = find_durations(s.text)
    if not [q for q in durs if q.in_days()] and re.search(r"\b(cette|ladite|this|such|that|the) (interdiction|obligation|"
                                                          r"restriction|prohibition|engagement|covenant|undertaking)", w.clause):
        durs = find_durations(w.clause)  # "Cette interdiction court… quatre ans": its length in the next sentence
    salary = re.search(r"(mois|months?)'?s? (de (son |sa |la )?(salaire|remuneration)|of (the |that |his |her |its )?"
                       r"(employee'?s? )?(gross )?(salary|remuneration|pay))", f)
    sal_m = None
    tenure = []
    for q in durs:
        mo = q.in_days() / 30 if q.in_days() else None
        if mo is None:
            continue
        if salary and q.span[1] <= salary.start() + 8 and q.span[1] >= salary.start() - 8:
            sal_m = mo
        else:
            tenure.append(mo)
    if sal_m is None and not salary and w.clause and w.clause != f:  # the indemnity often has its own sentence
        for q in find_durations(w.clause):
            tail = w.clause[q.span[1]:q.span[1] + 60]
            if q.in_days() and re.match(r"\W*(\w+\W+){0,2}(de (son |sa |la |leur )?(dernier |derniere )?(salaire|remuneration)|"
                                        r"of (the |that |his |her |its )?(employee'?s? )?(gross )?(salary|remuneration|pay)|"
                                        r"(du |de son |de sa )(dernier |derniere )?(salaire|remuneration))", tail):
                sal_m = q.in_days() / 30
    yearly = r"(remuneration|salaire) (brute? )?annuel|(annual|first[- ]year|yearly|year'?s) (gross |base |total )?(salary|" \
             r"remuneration|compensation|pay)"
    annual_in = f if re.search(yearly, f) else w.clause or f
    annual = re.search(yearly, annual_in)
    mult = None
    if annual:
        mm = re.search(r"(deux|trois|two|three|\d) (fois|times)", annual_in)
        mult = {"deux": 2, "two": 2, "trois": 3, "three": 3}.get(mm.group(1), None) if mm else 1.0
        if mm and mm.group(1).isdigit():
            mult = float(mm.group(1))
    if re.search(r"sans (limitation|limite) de (duree|temps)|sans limite dans le temps|(without|with no) (any )?(time|"
                 r"temporal) limit|indefinitely|perpetu\w*|for ever|a perpetuite|sans terme", f):
        tenure.append(1200.0)  # unlimited in time
    # who may not hire: the party named last before the verb ("Compte tenu de … du Prestataire, le Client renonce à
    # engager…", "the Supplier shall not approach…", "aucune Partie ne peut recruter…"), the agent of a passive ("ne peuvent
    # être sollicités par le Client")
    bound = actor(f, w.names, x.span()) if _PASSIVE_BEFORE.search(f[max(0, x.start() - 40):x.start()]) else \
        nearest_party(f, w.names, x.start())
    return [m.NonSolicitation(evidence=s.evidence(x), clause=w.index, months=max(tenure, default=None),
                              indemnity_months=sal_m, annual_salary_multiple=mult,
                              bound=bound if bound in ("provider", "client", "either") else "unknown")]


# (Swiss drafting names the forum "le for": "Le for exclusif est à Lausanne", "for juridique")
COURT = r"tribuna(l|ux)|juridictions?|courts?\b|forum|arbitra|\bjuges?\b|\bfor (exclusif|juridique|judiciaire|competent)\b|" \
        r"\ble for (est|sera)\b"
# capitalised words of a forum clause that are not places, though a town somewhere bears the name
NOT_PLACES = {"state", "federal", "county", "court", "courts", "district", "superior", "supreme", "agreement", "contract",
              "contrat", "article", "section", "clause", "parties", "party", "tribunal", "commerce", "judiciaire",
              "arbitration", "rules", "chamber", "provider", "customer", "client", "prestataire", "supplier", "vendor",
              "services", "company", "each", "both", "neither", "either", "nothing", "notwithstanding", "subject", "unless",
              "except", "this", "these", "such", "that", "with", "without", "governing", "venue", "jurisdiction",
              "exclusive", "disputes", "dispute", "litige", "litiges", "toute", "tout", "tous", "toutes", "sous", "avec"}


# urgent or interim relief, which any party may seek anywhere: no choice of forum
INTERIM = r"injonct|injunct|interim|provisional|provisoire|conservatoire|refere|urgen|equitable relief"


COUNTRIES = {"england", "wales", "scotland", "ireland", "northern", "britain", "united", "kingdom", "france", "belgique",
             "belgium", "luxembourg", "suisse", "switzerland", "germany", "allemagne", "spain", "espagne", "italy", "italie",
             "netherlands", "monaco", "canada", "europe"}


def _chooser(party: str) -> str:
    """The party named as the one who picks the court ("au choix du Prestataire", "at Provider's option", "the Provider
    may bring…", "le Prestataire se réserve…"): a choice the other party does not have."""
    return rf"(au (seul )?choix|a la (seule )?(discretion|option)|at the (sole )?(option|election|discretion)) (du |de la |de l'|" \
           rf"of (the )?)?{party}|(the )?{party}'?s? (sole )?(option|election|discretion|choice)|{party}\W+(\w+\W+){{0,4}}?(pourra|" \
           rf"peut|may|reserves?|se reserv\w*|is entitled|shall be entitled|is free)\b[^.;]{{0,80}}\b(saisir|bring|commence|sue|" \
           rf"assigner|attraire|elect|choose|choisir|select)"


def jurisdiction(s: Sent, w: Where, cities: dict | None = None) -> list:
    f = s.folded
    c = re.search(COURT, f)
    if not c or not re.search(r"litige|differend|dispute|competen|contentieux|proceedings|action|claim|soumis|"
                              r"submit|jurisdiction|exclusive|saisi\w*|brought|bring|venue|porte\w* devant|heard", f):
        return []
    if re.search(r"\b(ne|n')\s?\w+ (aucune|pas|nullement) (de |d')?(competence|juridiction|attribution)|\bno (exclusive )?"
                 r"(jurisdiction|forum|venue) (is|shall be|will be) (conferred|granted|chosen|agreed)|(do|does|shall|will) not "
                 r"(confer|grant|attribute|submit to) (any )?(exclusive )?(jurisdiction|competence)", f):
        return []  # a forum expressly not chosen: the ordinary rules of jurisdiction apply
    p, cl = w.names.provider, w.names.client
    favours, reserved = "unknown", False
    # one party reserving a second court for itself ("Nordhost se réserve toutefois la faculté de saisir le tribunal du
    # siège du Client", "Operator reserves the right to bring proceedings before the courts of the Customer's office"):
    # that party has the wider choice, whatever seat the reserved court is at (not urgent relief, open to anyone)
    keeps = re.search(rf"\b({p}|{cl})\W+(\w+\W+){{0,3}}?(se reserv\w*|reserves?|reserving|conserv\w*|retains?|retaining|gard\w*)\W+(\w+\W+){{0,2}}?"
                      rf"(la faculte|le droit|la possibilite|the right|the option|the ability)\W+(\w+\W+){{0,2}}?(saisir|"
                      rf"bring|commence|sue|assigner|attraire|porter|take|institute|agir|poursuivre|actionner|citer|act|proceed)\b", f)
    if keeps and not re.search(INTERIM, f):
        favours, reserved = ("provider" if re.fullmatch(p, keeps.group(1)) else "client"), True
    elif re.search(rf"(ressort|siege|lieu|domicile)\w* (duquel|dont|ou) (se trouve |est situe )?(le |la |l')?{p}|{p} (a|est|"
                 rf"possede) (son|sa) (siege|domicile|etablissement)|where (the )?{p} (has its|is) (registered office|seat|"
                 rf"domiciled|headquartered|principal place|headquarters|head office)|"
                 rf"(ressort|siege|lieu|domicile)( social)? (du |de la |de l')?{p}|(the )?{p}'?s? (home (county|state|city|town|"
                 rf"jurisdiction|country)|headquarters|head office|registered office|domicile|"
                 rf"principal place|seat)|au (seul )?choix (du|de la) {p}|at the {p}'?s? (sole )?(option|election|"
                 rf"discretion)|{p}.{{0,60}}(pourra|may|reserves the right).{{0,60}}(saisir|bring|commence)|"
                 # the seat named in other words ("a établi son principal établissement", "where Vendor is incorporated")
                 rf"{p} (a|aura) (etabli|fixe|installe) (son|sa) (principal etablissement|siege|domicile|etablissement)|"
                 rf"{p}'?s? place of (incorporation|business|registration)|where (the )?{p} is (incorporated|registered|"
                 rf"established|located)|"
                 # "the courts located in the county in which the Provider maintains its principal place of business"
                 rf"(in which|where|wherein|dans (le|la)quel\w*) (the |le |la |l')?{p} (maintains|has|keeps|holds|a|possede|"
                 rf"etablit|fixe)\w*\W+(\w+\W+){{0,2}}?(principal place|registered office|headquarters|head office|seat|"
                 rf"principal office|siege|principal etablissement)|"
                 # the forum chosen by the provider alone ("Vendor shall be entitled to elect… the forum")
                 rf"{p}\W+(\w+\W+){{0,4}}(entitled|free|may|pourra|peut|se reserve)\W+(\w+\W+){{0,6}}(elect|choose|select|"
                 rf"choisir|designer|determiner)\w*\b[^.;]{{0,120}}\b(forum|court|juridiction|tribunal|arbitra)|"
                 # the provider alone going to a court of its choice ("le Titulaire peut saisir directement le juge
                 # compétent de son choix", "Provider may bring proceedings before any court of its choosing")
                 rf"{p}\W+(\w+\W+){{0,4}}?(peut|pourra|may|is free to|se reserve)\W+(\w+\W+){{0,4}}?(saisir|bring|commence|"
                 rf"sue|assigner)\b[^.;]{{0,80}}\b(de son choix|of its (own )?(choice|choosing))", f):
        favours = "provider"
        reserved = bool(re.search(_chooser(p), f))
    elif re.search(rf"(ressort|siege|lieu|domicile)( social)? (du |de la |de l')?{cl}|(the )?{cl}'?s? (registered office|"
                   rf"domicile|principal place|seat)|au (seul )?choix (du|de la) {cl}", f):
        favours = "client"
        reserved = bool(re.search(_chooser(cl), f))
    elif cities:
        named = {x.lower() for x in re.findall(r"\b[A-Z][a-zA-Zéèêàç-]{3,}\b", s.text)}
        if not cities.get("client"):
            # a country's courts ("the courts of England and Wales") with the customer's address unknown (standard
            # terms): nothing says the customer is abroad, so that country is no one's doorstep
            named -= COUNTRIES
        prov, cli = cities.get("provider", set()) & named, cities.get("client", set()) & named
        if prov and not cli:
            favours = "provider"
        elif cli and not prov:
            favours = "client"
        elif prov or cli:
            favours = "neutral"
        elif cities.get("provider") and cities.get("client"):
            # a forum named by a town the parties' descriptions do not name ("the courts sitting in Wilmington" for a
            # Delaware company and a customer registered in Lyon): placed in its state or country, it is one party's home
            # when that party's places meet it and the other's do not
            own = {x for n in (w.names.provider_names + w.names.client_names) for x in re.findall(r"[a-z]{4,}", n)}
            place = whose_place(named - own - NOT_PLACES, cities["provider"], cities["client"])
            favours = place or favours
    if not reserved and not re.search(INTERIM, f):
        # an asymmetric forum clause: the choice of court binds one party only ("stipulée au seul bénéfice du Client, qui
        # peut saisir toute autre juridiction", "for the sole benefit of the Customer, which may sue in any other court");
        # the freedom is often the clause's next sentence ("This clause does not stop the Customer from bringing
        # proceedings in any other jurisdiction")
        texts = [f] + [t for t in re.split(r"(?<=[.;])\s+", w.clause) if t and t not in f and not re.search(INTERIM, t)]
        for who, rx in (("client", cl), ("provider", p)):
            if any(re.search(rf"(au (seul )?(benefice|profit)|dans l'(unique |seul )?interet|for the (sole|exclusive|only) "
                         rf"benefit|solely for the benefit|au profit exclusif|au benefice exclusif) (du |de la |de l'|of (the )?)?"
                         rf"{rx}|{rx}\W+(\w+\W+){{0,4}}?(remains? free|reste libre|demeure libre|conserve (la faculte|le droit)|"
                         rf"retains? the right|may|peut|pourra|is free|is entitled|se reserve|(conserve|garde|se reserve)\W+(\w+\W+){{0,2}}?(la "
                         rf"faculte|le droit|la possibilite))\W+(\w+\W+){{0,4}}?(bring|saisir|"
                         rf"commence|sue|assigner|take|institute|porter)\b[^.;]{{0,80}}\b(any other|tout autre|toute autre|"
                         rf"other courts?|autres? (juridictions?|tribuna\w+)|de son choix|of its (own )?(choice|choosing)|any "
                         rf"(court|jurisdiction))|"
                         # "nothing limits the right of the Customer to take proceedings in any other court", "ne fait pas
                         # obstacle au droit du Client de saisir toute autre juridiction"
                         rf"(right|droit|faculte|liberte) (of |du |de la |de l')(the )?{rx} (to |de |d')(\w+ ){{0,2}}?(take|bring|"
                         rf"commence|institute|sue|saisir|porter|engager|assigner)\b[^.;]{{0,80}}\b(any other|tout autre|"
                         rf"toute autre|other courts?|autres? (juridictions?|tribuna\w+)|any (court|jurisdiction))|"
                         # the same right in the possessive ("nothing limits Provider's right to bring proceedings in any
                         # other court", "the Supplier's freedom to sue elsewhere", "le droit qu'a le Prestataire de saisir
                         # toute autre juridiction", "la faculté dont dispose le Client de…")
                         rf"{rx}'s? (right|freedom|liberty|ability|entitlement|option) (to |of )(\w+ ){{0,2}}?(take|bring|commence|"
                         rf"institute|sue|seek|start|initiate)\w*\b[^.;]{{0,80}}\b(any other|other courts?|other jurisdictions?|"
                         rf"elsewhere|of its (own )?(choice|choosing)|any (court|jurisdiction))|"
                         rf"(droit|faculte|liberte|possibilite) (qu'a|que possede|que conserve|dont dispose|reconnue? a|"
                         rf"appartenant a) (le |la |l')?{rx} (de |d')(\w+ ){{0,2}}?(saisir|porter|engager|assigner|attraire|"
                         rf"intenter)\b[^.;]{{0,80}}\b(tout autre|toute autre|autres? (juridictions?|tribuna\w+)|de son choix)|"
                         # "nothing in this Section prevents Customer from bringing proceedings in any other court", "rien
                         # n'empêche le Client de saisir toute autre juridiction", "ne fait pas obstacle à ce que le Client
                         # saisisse…", "proceedings by Customer in any other"
                         rf"(prevents?|preclude\w*|stops?|restricts?|bars?|empeche\w*|fait (pas )?obstacle|prive\w*)\b"
                         rf"[^.;]{{0,30}}?\b{rx}\b[^.;]{{0,30}}?\b(from |de |d'|saisisse|porte|engage|intente|assigne)"
                         rf"[^.;]{{0,80}}\b(any other|tout autre|toute autre|other courts?|other jurisdictions?|autres? "
                         rf"(juridictions?|tribuna\w+)|de son choix|of its (own )?(choice|choosing))|"
                         rf"(proceedings|actions?|claims?|suits?) (brought |taken |commenced )?by (the )?{rx} in any other", t)
                   for t in texts):
                favours, reserved = who, True
                break
    if re.search(r"(domicile|siege|ressort|lieu)\w* (social )?(du |de la )?(defendeur|partie defenderesse)|"
                 r"defendant'?s? (domicile|seat|residence|place)|where the defendant|neutral|neutre|"
                 # the court of the place where both parties are seated ("dans le ressort duquel les deux Parties ont
                 # leur siège", "where each party has its registered office"): no one's home advantage
                 r"\b(les deux|toutes les|chacune des|l'une et l'autre des|both|each of the|all the) (parties|contractants)\b"
                 r"[^.;]{0,30}\b(ont|sont|possedent|have|has|are)\b[^.;]{0,30}(sieges?|domicil\w*|etabli\w*|implante\w*|"
                 r"seats?|registered offices?|established|located|based|headquarter\w*)|(common|commun\w*) (to|aux|a) "
                 r"(both|the|les|deux)\b[^.;]{0,12}(parties|contractants)", f) and not reserved:
        favours = "neutral"
    return [m.Jurisdiction(evidence=s.evidence(c), clause=w.index, favours=favours, reserved_choice=reserved)]
