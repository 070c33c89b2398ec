"""The facts a message states about the client (`read_facts`): headcount and sites (with the people
counted inside, other firms' sizes and one-of-a-kind items left out, exceptions after a denial, places named
instead of counted), on-site checks, stops of the whole operation, an in-house IT speaker, a business never
closed, support hours, counts changed from one value to another; what the user cannot do on the systems and what
someone holds admin rights over (facts of control, not scope)."""

from __future__ import annotations

import re

from assistant.chat.slot_parts import kinds_summed, parts_summed, till_seats
from assistant.chat.slot_seats import seats_beside_staff
from assistant.chat.place_nouns import one_place_holding
from assistant.chat.slot_counts import (ROUND_COUNTS, added_people, bare_places_joined, chain_members, counted_places,
                                        people_at_place_plus,
                                       places_added, two_places_named)
from assistant.chat.slot_figure_cues import _PEOPLE, _ROLES, _SITES
from assistant.chat.slot_parties import (_ANY_PERSONAL, _EXCLUSIVE, _HIRED, _NO_ACCESS, _PERSONAL_DATA, _SHARED,
                                         _SPLIT_ADMIN, _anonymised, _businesses, _data_kinds)
from assistant.chat.slot_places_hours import _ONE_SITE, _extra_site, _hours_said
from assistant.chat.slot_relative import _is_place
from assistant.chat.slot_scope import denied
from assistant.text import unaccent
from assistant.text.numbers import Quantity


# the client's trade alone, read by _PERSONAL_DATA as handling personal data (no data named): an inference
_TRADE_ONLY = re.compile(r"cabinet d'avocats|law firm|avocats|lawyers|notaires?|pharmac\w+|clini\w+|dental|dentaire|"
                         r"medical|medic\w+")


# s31: words of control read in another sense, blanked before the loose words of shared control are read: data kept for a
# time ("on garde les mails 10 ans", "we keep the invoices for 6 years"), things shared ("boîtes mail partagées", "a shared
# drive"), working together ("ça fait 5 ans qu'on bosse ensemble", "we've worked together for years")
_KEPT_FOR_A_TIME = re.compile(r"\b(?:on garde|nous gardons|le client garde|ils gardent|we keep|they keep|keeps?)\b(?=[^.;!?]{0,40}?"
                              r"(?:\b\d+\s*(?:ans?|annees?|mois|jours?|semaines?|years?|months?|days?|weeks?)\b|\bpendant\b|"
                              r"\bfor (?:\d+|a|one|two|three|several|many|years|months)\b))")
_THINGS_SHARED = re.compile(r"\b(?:boites?(?: mail| aux lettres)?|mailbox\w*|dossiers?|fichiers?|documents?|drives?|disques?|"
                            r"calendriers?|agendas?|imprimantes?|ecrans?|bureaux|espaces?|comptes? (?:mail|email|de messagerie)|"
                            r"repertoires?|lecteurs? reseau)\s+partag\w*|\bshared (?:mailbox\w*|inbox\w*|drives?|folders?|"
                            r"calendars?|printers?|offices?|desks?|spaces?|files?|documents?|accounts?)\b")
_TOGETHER = re.compile(r"\b(?:ensemble|together|jointly)\b")
_RUNNING = re.compile(r"\b(?:ger\w*|administr\w*|pilot\w*|control\w*|acces|access|admin\w*|manag\w*|run|runs|handle\w*|"
                      r"exploit\w*|supervis\w*|maintien\w*|maintain\w*|operat\w*|mots? de passe|passwords?|droits|rights|"
                      r"serveurs?|servers?|reseau|network|systemes?|systems?|infra\w*|parc)\b")


def _loose_masked(folded: str) -> str:
    """The text with the loose words of shared control blanked where they say something else (see above)."""
    out = folded
    for rx in (_KEPT_FOR_A_TIME, _THINGS_SHARED):
        for m in rx.finditer(folded):
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    for m in _TOGETHER.finditer(folded):
        left = max(folded.rfind(c, 0, m.start()) for c in ".;!?,")
        ends = [i for i in (folded.find(c, m.end()) for c in ".;!?,") if i >= 0]
        clause = folded[left + 1:min(ends) if ends else len(folded)]
        if not _RUNNING.search(clause):
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


# "keep" and "manage" are also verbs of aspect and effort: "if they keep missing the SLA" (go on missing it), "we keep
# getting outages", "if they manage to restore in time" (succeed): no one holding or running anything
_KEEP = r"keep(?! (?:on|up|\w+ing)\b)"
_MANAGE = r"manage(?! to\b)"
# "un audit sur place une fois par an", "on-site inspections", "visite de contrôle sur site": the client's check on the
# provider's premises, a clause of audit, not the provider's technicians coming on site
_CHECK_ON_SITE = re.compile(r"\b(?:audits?|auditer|inspect\w*|controles?|controler|verifications?|verifier|visites? de controle)"
                            r"(?: [\w']+){0,3}\s*$")


# "the whole warehouse stops if the network is down", "sans le serveur tout s'arrête": the business depends on it
_STOPS = re.compile(r"(?<!\w)(?:(?:whole|entire) (?:operation|business|company|activity|production|warehouse|site|shop|"
                    r"factory)s? (?:stops?|halts?|grinds? to a halt|is down|goes down|shuts? down)|everything (?:stops|grinds to a "
                    r"halt)|(?:we|they) (?:can'?t|cannot) work without|tout s'arrete|(?:toute )?l'activite s'arrete|"
                    r"(?:toute )?(?:la production|l'usine|la chaine|l'entrepot|la boutique|le magasin|les ventes|la caisse) "
                    r"(?:s'arrete|est a l'arret|est bloquee?|tombe)|production (?:stops|halts|is down|grinds to a halt)|"
                    r"on est (?:a l'arret|bloques?)|plus rien ne (?:marche|fonctionne)|"
                    r"(?:on|ils|nous) ne (?:peut|peuvent|pouvons) (?:pas |plus )?travailler sans)(?!\w)")


# "resp info d'une usine…", "I'm the IT manager of a…": the one writing runs the client's IT, so control is shared
_IT_ROLE = (r"(?:le |la |l'|the |an? |their |our )?(?:resp(?:onsable)?\.? info(?:rmatique)?|responsable (?:it|si|du si|des "
            r"systemes d'information|systemes)|dsi|rsi|it manager|head of it|it director|it lead|in-house it person|"
            r"sysadmin|system administrator|administrateur (?:systemes?|reseaux?)|admin sys)\b")
_IN_HOUSE_SPEAKER = re.compile(r"^\W*(?:(?:bonjour|hello|hi|hey|salut|slt)\W+)?(?:je suis |moi c'est |i'?m |i am )?" + _IT_ROLE +
                               r"(?! (?:du|of the|chez le|at the) (?:prestataire|msp|provider|infogereur))|"
                               r"\b(?:je suis|i'?m|i am) " + _IT_ROLE + r"(?! (?:du|of the|chez le|at the) (?:prestataire|msp|"
                               r"provider|infogereur))")


# a place that never closes: a negation that says round-the-clock hours ("ne ferment jamais", "n'est jamais fermé",
# "never shuts", "doesn't ever close"), not one that denies what the sentence names
_NEVER_CLOSED = re.compile(r"\b(?:ne |n')(?:ferme\w*|s'arrete\w*|dor\w*) (?:jamais|pas)\b|\b(?:ne |n')(?:est|sont) jamais "
                           r"fermee?s?\b|\bjamais fermee?s?\b|\bnever (?:clos\w*|shut\w*|stops?|sleeps?)\b|\b(?:don'?t|doesn'?t|"
                           r"do not|does not) (?:ever )?(?:close|shut)\b")


# "we can't even add a printer ourselves", "on ne peut même pas installer un logiciel nous-mêmes": what the user cannot
# do on the systems, told to say who holds them (a fact of control), not a service or an asset taken out of the scope
_UNABLE_EXAMPLE = re.compile(
    r"\b(?:we|i|on|nous|je|j')\b ?(?:can'?t|cannot|can not|couldn'?t|could not|(?:are|am)(?: not|n'?t) (?:even )?(?:able|allowed) to|"
    r"(?:ne |n')(?:peut|peux|pouvons|pourrait|pourrions|sait|savons|a|avons)(?: meme)? (?:pas|plus|meme pas|aucun\w*)(?: le droit)?(?: de| d')?)"
    r"(?: meme| even)? ?(?:\w+ ){0,1}?(?:add|install|set up|change|reset|create|plug in|touch|ajouter|installer|brancher|configurer|"
    r"changer|creer|toucher|mettre|rajouter)\b[^,;.!?]*")

# "our office manager has admin rights on everything", "il a les droits admin sur les serveurs": the things someone holds
# the keys to are the object of a control fact, not services or assets put into the scope
_CONTROL_OVER = re.compile(
    r"\b(?:admin(?:istrat\w*|istrator)?|root|full|superuser) (?:rights|access|privileges|accounts?|passwords?|keys|control)"
    r"(?: \w+){0,2}? (?:on|over|to|for|across|of)\b[^,;.!?]*|"
    r"\b(?:droits?|acces|comptes?|mots de passe|cles|codes) (?:d'|de )?(?:admin\w*|root|super-?admin\w*)(?: \w+){0,2}? "
    r"(?:sur|a|aux|au|de|des|du)\b[^,;.!?]*|"
    r"\b(?:aucun\w* |pas d'|no |zero )(?:acces|access|droits?|rights)(?: \w+){0,1}? (?:to|a|aux|au|sur|on|over)\b[^,;.!?]*")


_SUPPORT_HOURS = re.compile(
    r"\b(?:only|just) (?:need|want|require)s? (?:the |your |you(?:r)? |us |them )?(?:support|cover|coverage|help|service|helpdesk|"
    r"to (?:be )?(?:cover|support|available)\w*)(?: \w+){0,2}? (?:in|during|for|within) (?:(?P<ext>extended)|office|business|working) "
    r"hours\b|\b(?:support|couverture|assistance|service|helpdesk|hotline|intervention)s? (?:uniquement|seulement|que) (?:en|aux|pendant les) "
    r"(?:heures|horaires) (?:(?P<ext2>etendu\w*)|ouvr\w+|de bureau)\b|\b(?:besoin|veut|voulons|voudrait)(?: \w+){0,4} (?:qu'|que )"
    r"(?:en|aux|pendant les) (?:heures|horaires) (?:ouvr\w+|de bureau)\b")


# "on est passés de 20 à 28 utilisateurs", "we went from 12 to 18 staff": a count that changed, the new one holds
_CHANGED_FROM = re.compile(r"\b(?:passe\w*|monte\w*|grandi\w*|augmente\w*|descendu\w*|baisse\w*|tombe\w*|evolue\w*|"
                           r"went|gone|grown|grew|increased|decreased|moved|jumped|dropped|fell|fallen|expanded|shrunk|"
                           r"changed|going)\s+(?:up |down )?(?:de|from)\s*$")



# the words that give a total of what was just counted ("donc 20 postes", "soit 20 postes", "so 20 seats in all")
_SUM_BEFORE = re.compile(r"\b(donc|soit|au total|en tout|total|so|that'?s|that is|in total|in all|making|ce qui fait|"
                         r"ca fait|ca nous fait|which makes)\W*(\w+\W+)?$")

def _changed_counts(folded: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities without the old value of a count said to have changed ("from 12 to 18 staff")."""
    out = list(quantities)
    for old, new in zip(quantities, quantities[1:]):
        if re.fullmatch(r"\s*(?:a|to|->|=>|→)\s*", folded[old.span[1]:new.span[0]]) and \
                _CHANGED_FROM.search(folded[max(0, old.span[0] - 40):old.span[0]]) and old in out:
            out.remove(old)
    return out


# "a 6 person msp", "une ESN de 10 personnes" is said below; "un presta de 6 personnes": the size of the provider (or of
# another firm), not the number of users of the services
_OTHER_FIRMS_SIZE = re.compile(r"[- ]?(?:personnes?|person|people|man|men|staff|employees?|salaries?)?[- ]?(?:strong )?"
                               r"(?:msp|esn|ssii|presta(?:taire)?|provider|supplier|vendor|infogerant|infogereur|integrateur|"
                               r"integrator|it (?:firm|company|shop|outfit|provider)|tech (?:firm|company|outfit)|outfit)s?\b")


_OTHER_FIRM_BEFORE = re.compile(r"\b(?:msp|esn|ssii|presta(?:taire)?|provider|supplier|vendor|infogerant|infogereur|"
                                r"integrateur|integrator)s? (?:de|of|with|avec|d'environ|of about|of around) (?:only |seulement |juste )?$")


# "on est 16", "we're actually 80": a headcount said with the verb "to be"
_HEADCOUNT = re.compile(r"\b(?:we'?re|we are|on est|nous sommes|on sera|we'll be|now|ils sont|elles sont|ils seront|they'?re|"
                        r"they are|they'll be) (?:actually |plutot |en fait |maintenant |now |desormais |really )?"
                        r"(\d{1,6})\b(?![.,]\d)(?! \d{3}\b)(?!\s*(?:%|€|eur|\$|£|k\b|h\b|mois|months?|jours?|days?|ans|years?))")
# a count of people said to be inside the total: "avec les deux stagiaires", "including the 3 interns", "y compris"
_COUNTED_IN = re.compile(r"\b(?:avec|with|y compris|including|incl\.?|inclus|counting|en comptant|comptant|compris)\s+"
                         r"(?:les |the |nos |our |mes |my |leurs |their |ses |its )?$")


# an exception right after a denial, in its clause: "no personal data except payroll", "tout à distance sauf urgence"
_EXCEPTION_AFTER = re.compile(r"[^.;!?]{0,40}?\b(?:sauf|hormis|excepte|a part|a l'exception d\w*|except|excepting|"
                              r"apart from|other than|but for|save for|besides)\b")


# "une GTR pour un poste en panne", "the cost of a user", "for a user who is locked out": one item of a kind, the
# subject of a rule or a rate — the article is no headcount ("on a un site", "one user only" still count)
_RATE_BEFORE = re.compile(r"\b(?:par|per|chaque|each|every|le prix d'|the price of|le cout d'|the cost of)\s*$")
_ITEM_STATE_AFTER = re.compile(r"\s+(?:en panne|hs|bloquee?s?|plante\w*|down|broken|stuck|locked|qui|who|that|which|dont|"
                               r"whose|affecte\w*|impacte\w*|concerne\w*|touche\w*|isole\w*|perdu\w*)\b")


def _one_of_a_kind(folded: str, q: Quantity) -> bool:
    """A count said with a bare article ("un poste", "a user", "une agence"), introduced as the object of a rate or a
    rule ("pour un poste", "per user") or followed by what befalls it ("un poste en panne", "a user who…")."""
    if q.value != 1 or not re.match(r"(?:un|une|a|an|one)\b", q.text or ""):
        return False
    return bool(_RATE_BEFORE.search(folded, max(0, q.span[0] - 12), q.span[0]) or
                _ITEM_STATE_AFTER.match(folded, q.span[1]))


# two or more capitalised place names joined by "et"/"and", right after a word that spreads people or offices over places
_NAME = r"[A-ZÀ-Ý][\w'-]+(?:[- ][A-ZÀ-Ý][\w'-]+)*"
_NAMED_PLACES = re.compile(r"\b(?:r[ée]partis?|r[ée]parties|split|spread|based|situ[ée]e?s|install[ée]e?s|implant[ée]e?s|"
                           r"offices?|sites?|agences?|bureaux|locaux|antennes|branches|stores|magasins|cliniques|cabinets|"
                           r"practices|clinics|shops) (?:entre|between|in|à|a|sur|at|on) (?:les villes de )?"
                           r"(?P<names>" + _NAME + r"(?:, " + _NAME + r")*,? (?:et|and|&) " + _NAME + r")\b"
                           r"(?!\s+(?:teams?|departments?|divisions?|units?|[ée]quipes?|services|p[ôo]les?|people|staff))")

# s34: the same with any place noun in the plural ("des boutiques à Lyon, Grenoble et Annecy", "parks in Kent and Essex",
# "nos dépôts de Tours et Blois"): the noun is checked as a place by `_is_place`
_ANY_PLACES_NAMED = re.compile(r"\b(?P<noun>[a-zà-ÿ][a-zà-ÿ'-]{2,24}[sx]) (?:entre|between|in|à|a|sur|at|on|de|d'|du|of)\s?"
                               r"(?:les villes de )?(?P<names>" + _NAME + r"(?:, " + _NAME + r")*,? (?:et|and|&) " + _NAME + r")\b"
                               r"(?!\s+(?:teams?|departments?|divisions?|units?|[ée]quipes?|services|p[ôo]les?|people|staff))")


def _places_named(text: str) -> int | None:
    """How many places a plural place noun spreads over, counted by their names ("magasins à Lyon, Dijon et Metz": 3)."""
    m = _NAMED_PLACES.search(text)
    if m is None:
        for m2 in _ANY_PLACES_NAMED.finditer(text):
            noun = unaccent(m2.group("noun").lower())
            if _is_place(noun, (0, len(noun))):
                m = m2
                break
    if m is None:
        return None
    return len(re.findall(r"[A-ZÀ-Ý][\w'-]+(?:[- ][A-ZÀ-Ý][\w'-]+)*", m.group("names")))


# a count said with the word "site" itself ("donc quatre sites", "on 2 sites", "3 implantations")
_SAID_SITES = re.compile(r"\s*(?:sites?|implantations?)\b(?![ -](?:visits?|trips?|call-?outs?|inspections?|surveys?|days?)\b)")


_KIND_OF_PLACE = re.compile(r"hopital|clinique|hospital|usine|factory")


def _first_said(matches) -> re.Match | None:
    """The first cue of criticality that says it, else the first kind of place that suggests it (or None)."""
    matches = list(matches)
    return next((m for m in matches if not _KIND_OF_PLACE.fullmatch(m.group(0))), matches[0] if matches else None)


def read_facts(text: str, folded: str, quantities: list[Quantity]) -> tuple[dict, set]:
    facts: dict = {}
    negated: set = set()
    quantities = [q for q in _changed_counts(folded, quantities) if not _OTHER_FIRMS_SIZE.match(folded, q.span[1])
                  and not _OTHER_FIRM_BEFORE.search(folded[max(0, q.span[0] - 40):q.span[0]])
                  and not _one_of_a_kind(folded, q)]
    members = chain_members(folded, quantities)
    if members is not None:  # s29: "un réseau de 9 opticiens", "a chain of 6 launderettes": the group's outlets
        facts["sites"] = int(members.value) + _extra_site(folded, members.span[1], members.span[0])
    for q in quantities:
        if q is members:
            continue
        if q.unit in ("users", "workstations") or (q.unit is None and _PEOPLE.match(folded, q.span[1])):
            if 1 <= q.value <= 1_000_000 and float(q.value).is_integer():
                if "users" in facts and q.value > facts["users"] and _SUM_BEFORE.search(folded[max(0, q.span[0] - 22):q.span[0]]):
                    facts["users"] = int(q.value)  # s29: "14 caisses et 6 pc au siège, donc 20 postes": the total said
                facts.setdefault("users", int(q.value))
        elif q.unit == "sites" or (q.unit is None and _SITES.match(folded, q.span[1])):
            if 1 <= q.value <= 10_000 and float(q.value).is_integer() and ("sites" not in facts or (
                    (q.unit == "sites" or _SAID_SITES.match(folded, q.span[1])) and q.value > facts["sites"])):
                # s26: a larger count said with the word "site" is the total of the places counted before it ("la
                # fromagerie, deux caves et la boutique, donc quatre sites")
                facts["sites"] = int(q.value) + _extra_site(folded, q.span[1], q.span[0])
    seats = seats_beside_staff(folded, quantities)
    if seats is not None:  # s28: "60 salariés mais 25 postes informatiques": the users are the seats
        facts["users"] = seats
    added = places_added(folded, quantities)  # s23: "1 cuisine centrale + 1 bureau", "1 entrepôt + 2 agences"
    if added and added > facts.get("sites", 0):
        facts["sites"] = added
    at_plus = people_at_place_plus(folded, quantities)  # s24: "12 postes au bureau + 1 dépôt" = 2 sites
    if at_plus and at_plus > facts.get("sites", 0):
        facts["sites"] = at_plus
    if "users" not in facts:  # "15 graphistes", "8 developers and 4 designers": people counted by their job
        roles = [q for q in quantities if q.unit is None and 1 <= q.value <= 100_000 and float(q.value).is_integer()
                 and _ROLES.match(folded, q.span[1]) and not _SITES.match(folded, q.span[1]) and q is not members]
        if roles:
            # "30 salariés dont 12 comptables" is read above; "10 devs including 3 testers": the first count holds them
            among = re.search(r"\b(dont|parmi (eux|lesquels)|including|of whom|among them)\b", folded)
            head = _HEADCOUNT.search(folded, 0, roles[0].span[0])
            if head and _COUNTED_IN.search(folded, max(0, roles[0].span[0] - 30), roles[0].span[0]):
                # "on est 16 avec les deux stagiaires", "we're 40 including the 3 interns": the headcount holds them
                facts["users"] = int(head.group(1))
            else:
                facts["users"] = int(roles[0].value) if among else int(sum(q.value for q in roles))
    if "users" not in facts:  # "5 of us", "five of us", "dix d'entre nous"
        q = next((q for q in quantities if q.unit is None and re.match(r"\s*(?:of us|d'entre nous)\b", folded[q.span[1]:])),
                 None)
        if q is not None and 1 <= q.value <= 1_000_000 and float(q.value).is_integer():
            facts["users"] = int(q.value)
    if "users" not in facts:
        m = _HEADCOUNT.search(folded)
        if m:
            facts["users"] = int(m.group(1))
    if "sites" not in facts:  # "répartis entre Nantes et Angers", "offices in Leeds and York": the places named, counted
        named = _places_named(text)
        if named:
            facts["sites"] = named
    if "sites" not in facts or members is not None:  # s22: "7 animaleries + le siège", "the brewhouse plus a taproom…"
        joined = counted_places(folded, quantities) or two_places_named(folded) or bare_places_joined(folded)
        if joined and joined > facts.get("sites", 0):  # (s29: "une chaîne de 7 animaleries + le siège" is 8)
            facts["sites"] = joined
    if "users" not in facts:  # "une cinquantaine de salariés", "a dozen staff": the round figure
        m = re.search(r"\b(dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|"
                      r"dozen|couple of dozen)s? (?:de |d'|of )?(?:\w+ ){0,2}?(personnes|salaries|employes|postes|utilisateurs|"
                      r"collaborateurs|people|staff|employees|users|seats|pcs?|ordinateurs)\b", folded)
        m = m or re.search(r"\b(?:on est|nous sommes|we'?re|we are|on sera|ils sont|elles sont|they'?re|they are) "
                           r"(?:une? |a )?(dizaine|douzaine|quinzaine|"
                           r"vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|dozen)\b()", folded)
        if m and not re.search(r"\b(few|several|plusieurs|quelques)\s*$", folded[:m.start()]):
            facts["users"] = {**ROUND_COUNTS, "couple of dozen": 24}[m.group(1)]
    if "sites" not in facts:  # s26: "un bowling de 12 pistes", "a hostel with 40 beds": one place with its parts
        facts.update({"sites": 1} if one_place_holding(folded, _is_place) else {})
    if "sites" not in facts and re.search(r"\b(?:a couple of|couple of|deux ou trois|two or three) (?:sites|offices|locations|"
                                          r"branches|shops|stores|bureaux|agences|magasins)\b", folded):
        facts["sites"] = 2  # "a couple of sites": two (the lower count, never an invented one above it)
    if "sites" not in facts and re.search(r"\b(un (seul|unique) (site|bureau|local|locaux|lieu|endroit|batiment|etablissement|"
                                          r"emplacement|adresse)|a single (site|office|location|building|place|premises|address)|"
                                          r"(?:just|only) one (site|office|location|building|place)|tout (est )?au meme endroit|"
                                          r"(?:all|everyone|everybody)(?: is)? (?:in|under) one roof|"
                                          r"one (site|office|location)|mono-?site|single-site|single office)\b", folded):
        facts["sites"] = 1
    if "sites" not in facts:
        # s16: one place said with "only one" and any place noun ("un seul dépôt", "une seule clinique", "a single
        # warehouse", "just one store"): one site
        for m in re.finditer(r"\b(?:un seul|une seule|un unique|une unique|a single|just one|only one|one single|"
                             r"(?<![\d.,])1 (?:seule?|unique|single)|(?:just|only) 1)\b", folded):  # s28: "1 seul bureau", "only 1 office"
            noun = re.match(r"\s+([a-z'-]{3,20})", folded[m.end():])
            # the place nouns are listed in their plural where it differs: "une seule clinique" as "cliniques"
            plural = noun and (noun.group(1)[:-1] + "ies" if noun.group(1).endswith("y") else
                               noun.group(1) + "x" if noun.group(1).endswith("eau") else noun.group(1) + "s")
            if _SITES.match(folded, m.end()) or plural and _SITES.fullmatch(" " + plural):
                facts["sites"] = 1
                break
    if "sites" not in facts:
        # s18b: one place said with a bare "one"/"un"/"une" among the facts of a list ("22 users, one workshop, 9 to
        # 5", "8 postes, une boutique, heures ouvrées"): one site; a noun that goes on ("one office manager") is not
        for m in re.finditer(r"(?:^|[,;(:]\s*|\b(?:and|et|with|avec|on|sur) )(?:one|un|une|1) ", folded):
            noun = re.match(r"([a-z'-]{3,20})(?=\s*(?:[,;.)+]|$|\b(?:and|et|with|avec)\b))", folded[m.end():])
            plural = noun and (noun.group(1)[:-1] + "ies" if noun.group(1).endswith("y") else noun.group(1) + "s")
            if noun and (_SITES.fullmatch(" " + noun.group(1)) or _SITES.fullmatch(" " + plural) or
                         m.group(0).endswith("1 ") and re.fullmatch(_ONE_SITE, "un " + noun.group(1))):
                facts["sites"] = 1
                break
    if "users" not in facts:  # "petite boîte de 8", "a team of 15", "une structure de 30": the company's headcount
        m = re.search(r"\b(?:boite|entreprise|societe|pme|tpe|structure|equipe|team|company|firm|business|outfit|agence|cabinet|"
                      r"startup|start-up|association|asso|charity) (?:de|of) (\d{1,5})\b(?!\s*(?:%|€|eur|k\b|h\b|mois|months?|jours?|"
                      r"days?|ans|years?|semaines?|weeks?|sites?|agences?|bureaux|magasins?|offices?|boutiques?|[.,]\d))", folded)
        if m and 1 <= int(m.group(1)) <= 100_000 and not _SITES.match(folded, m.end(1)):
            facts["users"] = int(m.group(1))
    if "users" not in facts:
        m = re.search(r"(?<![\w.,])(\d{1,6})\s*(?:-\s*)?(?:personnes?|person|people|salaries|employees|users)\b", folded)
        if m and not _OTHER_FIRMS_SIZE.match(folded, m.end(1)) and not _OTHER_FIRM_BEFORE.search(
                folded[max(0, m.start() - 40):m.start()]):
            facts["users"] = int(m.group(1))
    parts = parts_summed(text)
    if parts is not None and parts.users > facts.get("users", 0):
        # s30: "12 postes au siège et 8 en agence", "10 users in London plus 5 remote": the parts, each where it works, summed
        facts["users"] = parts.users
    elif (kinds := kinds_summed(folded)) is not None and kinds > facts.get("users", 0):
        # s31: "30 postes élèves et 18 postes administratifs", "30 student PCs and 18 staff PCs": the kinds summed
        facts["users"] = kinds
    elif "users" in facts:  # s22: "30 permanents et une dizaine d'intérimaires", "12 salariés + 3 stagiaires": both groups
        facts["users"] += added_people(folded, quantities, facts["users"])
    tills = till_seats(folded, quantities)
    if tills is not None and parts is None:
        # s30: "3 boutiques, 14 caisses": the tills are the seats; "14 caisses et 6 pc": both kinds of seats
        if "users" not in facts or (tills[1] and facts["users"] == tills[1]):
            facts["users"] = tills[0] + tills[1]
    if parts is not None and parts.places >= 2 and parts.places > facts.get("sites", 0):
        facts["sites"] = parts.places  # the places the parts work at ("au siège" and "en agence": 2 sites)
    # hours: a time range or shifts read first ("two shifts 6am to 10pm", "de 7h à 21h", "24/7 sauf le dimanche")
    ranged = _hours_said(folded)
    if ranged is not None and not denied(text, folded, ranged[1]):
        facts["hours"] = ranged[0]
    # "la réception ne ferme jamais", "the front desk never shuts": a negation that says the hours, masked where the
    # hours and the facts of the same sentence are read
    open_text, open_folded = text, folded
    for c in _NEVER_CLOSED.finditer(folded):
        blank = " " * (c.end() - c.start())
        open_text = open_text[:c.start()] + blank + open_text[c.end():]
        open_folded = open_folded[:c.start()] + blank + open_folded[c.end():]
    # "the reception is open 24/7 but we only need support in office hours": the cover asked for, not the premises' hours
    m = _SUPPORT_HOURS.search(folded)
    if m and "hours" not in facts:
        facts["hours"] = "extended" if m.group("ext") else "business"
    for pat, value in () if "hours" in facts else ((r"24\s*/\s*7|24h/24|24 ?h ?/ ?24|24 ?x ?7|7j/7|7 ?j ?/ ?7|round the clock|around the clock|"
                        r"jour et nuit|day and night|nuit et jour|en continu|non-stop|"
                        # "reception staffed 24 hours a day", "l'accueil ne ferme jamais", "a 24-hour front desk"
                        r"24 hours a day|24 ?h(?:eures)? sur 24|24-hour (?:front desks?|receptions?|service|operations?|"
                        r"support|coverage|opening)|\bnever (?:closes?|shuts?)\b(?! (?:a |the |any |without|until))|(?:ne|n') ?(?:est|sont) jamais fermee?s?\b|\bne s'arrete\w* jamais\b|\b(?:don'?t|doesn'?t|do not|does not) ever (?:close|shut)\b|ne ferme(?:nt)? jamais\b(?! (?:un|une|le|la|les|l'|de|d'|des|sans|avant))|jamais ferme\w*|open all night|"
                        r"ouverte?s? toute la nuit|always open|toujours ouverte?s?|"
                        r"(?:receptions?|front desks?|accueil) (?:staffed |ouverte? |open )?24 ?h\b", "24x7"),
                       (r"horaires? etendu\w*|extended hours|heures? etendues?|8h-20h|7h-20h|8 h - 20 h|lundi au samedi|"
                        r"monday to saturday|mon(?:day)?[- ]sat(?:urday)?|6 ?j ?/ ?7|six days a week|6 days a week|"
                        r"le samedi|saturdays?|en soiree|evenings?|(7|seven) days a week|(open|ouverts?|ouvertes?) (7|seven|sept) "
                        r"(days|jours)|weekends? (too|aussi|included|compris)|le week-end aussi", "extended"),
                       (r"heures? ouvr\w*|heures de bureau|business hours|office hours|working hours|9h-18h|9 h - 18 h|"
                        r"horaires de bureau|(?<!\d )(?<!\d)jours ouvres|9-to-5|9 to 5|weekdays?|week days|monday to friday|"
                        r"mon(day)?[- ]fri(day)?|du lundi au vendredi|lundi-vendredi|en semaine|jours de semaine", "business")):
        m = re.search(pat, folded)
        if m:
            if denied(open_text, open_folded, m.span()) and not (value == "24x7" and _NEVER_CLOSED.search(m.group(0))):
                negated.add("hours")
                continue
            facts["hours"] = value
            break
    # on site
    m = re.search(r"a distance uniquement|uniquement a distance|que a distance|qu'a distance|100 ?% a distance|"
                  r"tout a distance|remote only|remotely|everything remote|all remote|remote support only|"
                  r"no site visits?|pas de deplacements?|sans deplacements?|remote only|only remote\w*|fully remote|100 ?% remote|remotely only|"
                  r"tout (?:se fait|est fait|est|se passe|en|se fera|sera fait|sera|se passera|se fera en) (?:a distance|en remote|remote)|"
                  r"(?:veut|veulent|voulons|voulez|souhaite\w*) pas (?:qu'on|que nous|que vous|qu'il|qu'ils) (?:se deplace\w*|vienne\w*|passe\w*)|"
                  r"pas besoin (?:de (?:se |nous |vous )?deplacer|de venir|qu'on (?:se deplace|vienne))|"
                  r"(?:don'?t|do not|won'?t|doesn'?t) (?:want|need) (?:us|you|anyone|anybody|the tech\w*) (?:to come |coming |to be )?"
                  r"(?:on[- ]?site|in person|over|to visit)|que du remote|full remote|"
                  r"(?:everything|all|it)(?:'s| is| will be| gets| goes)? (?:done |handled )?remote(?:ly)?\b", folded)
    if m and _EXCEPTION_AFTER.match(folded, m.end()):
        facts["on_site"] = True  # "tout à distance sauf les remplacements de matériel": some work on site all the same
    elif m:
        facts["on_site"] = False
    else:
        m = next((m for m in re.finditer(r"sur site|(?<![a-z])on[- ]site|sur place|deplacements?|interventions? physiques?|in person|"
                                         r"onsite|site visits?", folded) if not _CHECK_ON_SITE.search(folded[:m.start()])
                  and not re.match(r"\s*(?:audits?|inspections?|checks?|controles?)\b", folded[m.end():])), None)
        if m:
            if denied(text, folded, m.span()) and not _EXCEPTION_AFTER.match(folded, m.end()):
                facts["on_site"] = False
                negated.add("on_site")
            else:  # "aucune intervention sur place sauf urgence": on site for the exception
                facts["on_site"] = True
    # personal data: named as such, or read from what the data is (staff mailboxes, payroll, pupils' records, patient
    # files, a customer database, CCTV footage); one mention stated in the positive is enough ("no customer data,
    # only our staff's e-mails"); anonymised data is none
    found = [m for m in re.finditer(_PERSONAL_DATA, folded) if not (
        re.search(r"rgpd|gdpr", m.group(0)) and not re.search(r"donnees|data|patients", folded))]
    if found:
        # "nos cliniques ne ferment jamais", "our clinics never shut": the negation is the opening hours', not the data's
        kept = [m for m in found if not denied(open_text, open_folded, m.span(), taken_up=False)
                and not _anonymised(folded, m.span()) and not _businesses(folded, m.span())]
        said = re.compile(r"\b(donnees|data|dossiers?|records?|files?|fichiers?|informations?|infos?)\b")
        place = re.compile(r"clini|hopit|hospi|pharmac|cabinet|ehpad|ecole|school|college|lycee|mairie|hotel|practice|surgery")
        if kept and all(place.search(m.group(0)) and not said.search(m.group(0)) for m in kept) and any(
                said.search(m.group(0)) and denied(open_text, open_folded, m.span(), taken_up=False) for m in found):
            kept = []  # "our clinics never close, and we hold no patient data": the data denied outright, not guessed
        if kept:
            facts["personal_data"] = True
            if all(_TRADE_ONLY.fullmatch(m.group(0)) for m in kept):
                # s26: "un cabinet d'avocats", "a dental practice": the client's trade, no data named — an inference to
                # confirm, not a fact stated (the contract still carries the processor terms)
                facts["_inferred"] = ["personal_data"]
            kinds = list(dict.fromkeys(k for m in kept for k in _data_kinds(m.group(0))))
            if kinds:
                facts["_data_kinds"] = kinds
        elif any(_EXCEPTION_AFTER.match(folded, m.end()) and _ANY_PERSONAL.search(m.group(0)) for m in found):
            facts["personal_data"] = True  # "pas de données perso sauf la paie", "no personal data except payroll"
        elif any(denied(open_text, open_folded, m.span(), taken_up=False) and _ANY_PERSONAL.search(m.group(0))
                 for m in found):
            # "no personal data at all" denies it; "pas de données de santé" denies one kind only, not the rest
            facts["personal_data"] = False
            negated.add("personal_data")
    # control
    # (s21: hosting one application — "we host their booking app", "on héberge leur logiciel de caisse" — says nothing of
    # who holds the keys; hosting their servers or everything, or hosting and running alone, does)
    if re.search(r"(?<!n')\bon (?:les |l')?heberge (?:tout|l'ensemble|tous|toutes|leurs? (?:serveurs?|infrastructure|si\b|systeme "
                 r"d'information|parc))|(?<!n')\bon les heberge\b|\bwe host (?:everything|it all|all (?:of )?(?:it|their)|"
                 r"their (?:servers?|infrastructure|whole))\b|(acces|controle|maitrise|gestion|administration|la main) (exclusi\w*|total\w*|complete?)|"
                 r"(sole|exclusive|full) (charge|hands-on control|say)|(seuls|seul) (aux commandes|maitres?)|exclusive (control|"
                 r"access)|en exclusivite|exclusivement|exclusively|(whole|entire) (perimeter|estate)|"
                 r"seul (a|administrateur)|full control|tout le perimetre|gere[zs]? tout(?! (?:sauf|hormis|excepte|a part|hors|nous-memes|"
                 r"en interne|seuls?)\b)|"
                 r"manage everything(?! (?:but|except|apart|other than|bar)\b)|"
                 r"run everything(?! (?:but|except|apart|other than|bar)\b)|runs everything|hosts? and runs? everything|no admin\w*|aucun acces admin\w*|"
                 r"pas d'acces admin\w*|pas les droits|pas d'informaticien|pas de service informatique|no (in-house|internal) it|"
                 r"aucun informaticien|vous seul|you alone|only you|le prestataire seul|the provider alone|"
                 r"seul le prestataire|only the provider|"
                 r"(hosts?|runs?|operates?|manages?|administers?)( and (runs?|operates?|hosts?|manages?))?( (it|them))? "
                 r"(alone|on its own|by itself)|(heberge|exploite|administre|gere)\w*( et (exploite|heberge|administre|gere)\w*)?"
                 r"( (les|le|la))? seule?s?\b", folded) or _EXCLUSIVE.search(folded) or _NO_ACCESS.search(folded):
        facts["control"] = "exclusive"
    elif _SHARED.search(folded) or _IN_HOUSE_SPEAKER.search(folded) or _SPLIT_ADMIN.search(folded) or re.search(r"(controle|acces|gestion|administration) partage\w*|shared (control|access|admin\w*)|co-?gestion|"
                   r"le client garde|nous gardons|on garde|we " + _KEEP + r"|notre informaticien|notre equipe (it|informatique)|"
                   r"our it (team|staff|guy)|they (" + _KEEP + r"|" + _MANAGE + r"|handle|administer)|le client (gere|garde|administre)|"
                   r"their (own )?it (team|staff|guy|person)|(also|aussi) (has|have|a|ont) (admin|access|acces)|"
                   r"they (also )?manage\w* (it|them|themselves)|(also )?manage\w* themselves|gerent eux-memes|"
                   r"administr\w* (aussi|egalement)|our it (team|staff|guy)|in-house it|informaticien (en )?interne|equipe interne|internal it|"
                   r"droits? (d')?admin\w*|admin rights|ensemble|together|jointly|partag\w*", _loose_masked(_HIRED.sub(" ", folded))):
        facts["control"] = "shared"
    # criticality
    m = re.search(r"(?<!\w)peu critique|pas (tres )?critique|non critique|not (very )?critical|low criticality|"
                  r"criticite faible|faible criticite|pas vital|"
                  # "si le réseau tombe c'est pas grave, ils bossent sur papier", "downtime isn't a big deal for them"
                  r"\b(si|if|when|quand)\b[^.;]{0,40}\b(tombe\w*|down|panne|plante\w*|coupe\w*|stops?|arrete\w*)\b[^.;]{0,15}"
                  r"\b(c'est )?(pas (si |tres )?grave|pas dramatique|no big deal|not a big deal|not a problem|not critical)|"
                  r"\b(downtime|outages?|pannes?|coupures?)( \w+)? (isn'?t|is not|aren'?t|are not|n'est pas|c'est pas|est pas) "
                  r"(a big deal|that bad|grave|dramatique|critical|critique)|"
                  r"\b(bossent|travaillent|work|can work|peuvent (bosser|travailler)) (sur|on) (papier|paper)\b|"
                  r"\b(downtime|outages?|pannes?|coupures?|breakdowns?)( \w+)? (is|are|'s) no (big )?(deal|drama|disaster|problem)\b|"
                  r"\b(we|they|on|ils|elles|nous) (can|could|peut|peuvent|pouvons|pourrait|pourraient)( \w+)? (work|bosser|"
                  r"travailler|carry on|continuer) (offline|hors ligne|sans (le |l'|d')?(reseau|internet|informatique|ordinateurs?))\b",
                  folded)
    if m:
        facts["criticality"] = "low"
    else:
        stops = _STOPS.search(folded)
        m = stops or _first_said(re.finditer(r"(?<!\w)(?:criticite (haute|elevee|forte)|(haute|forte) criticite|high criticality|criticality high|"
                      r"critique|critical|vital\w*|hopital|clinique|hospital|usine|factory|production 24|"
                      r"bloquant|mission-critical|tres sensible|haute disponibilite|high availability|"
                      # "si ça tombe ils peuvent plus bosser", "if the server goes down it's a disaster"
                      r"(?:ils|elles|on|they|we|nobody|personne)( \w+)? (?:peu\w+|can'?t|cannot|can no longer|could not|couldn'?t) "
                      r"(?:plus |pas |no longer )?(?:bosser|travailler|rien faire|work|do anything|operate)|"
                      r"(?:it'?s|it is|that'?s|c'est|ce serait|it would be|that would be) (?:a |la )?(?:disaster|catastrophe|cata|"
                      r"catastrophique|nightmare|dramatique))(?!\w)", folded))
        if m and (m is stops or not denied(text, folded, m.span())):
            facts["criticality"] = "high"
            if m is not stops and _KIND_OF_PLACE.fullmatch(m.group(0)):
                # s28: "une 4e clinique", "l'usine de traitement": the client's kind of place, no criticality said — an
                # inference to confirm, not a fact stated
                facts["_inferred"] = [*facts.get("_inferred", []), "criticality"]
        elif re.search(r"criticite moyenne|moyennement critique|medium criticality|moderately critical", folded):
            facts["criticality"] = "medium"
    return facts, negated
