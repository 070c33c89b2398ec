"""Which figure a number is: the cue words of each figure slot before or after a number
(`FIGURE_CUES`), the figures of each topic, the topic of a figure (`figure_topic`), the figure a message names
without a number (`named_figure`), a value converted into the slot's unit (`convert_said`), and the words for
people, roles and sites counted."""

from __future__ import annotations

import re

from assistant.chat.place_nouns import SALLES_AS_ROOMS, TRADE_PLACES
from assistant.text.numbers import Quantity


# figures: slot -> (cue regex on the folded text, accepted units)
H, M, D, Y, P, E = ("hour", "business_hour", "minute"), ("month", "year"), ("day", "business_day"), \
    ("year", "month"), ("percent",), ("eur",)
FIGURE_CUES: list[tuple[str, str, tuple]] = [
    ("restoration_time_p{p}_hours", r"gtr|retablissement|restoration|restore time|resolution|time to restore|"
                                    r"restor(?:e|ed)\b(?! tests?)", H),
    ("intervention_time_p{p}_hours", r"gti|intervention|on-?site time", H),
    ("response_time_p{p}_hours", r"prise en charge|response|reponse|temps de reaction|reaction", H),
    ("availability_percent", r"disponibilite|availability|uptime|dispo", P),
    ("penalty_cap_percent", r"plafon\w*|cap(ped|s)?\b|maximum|max\b|limite\w*|limited", P),
    ("penalty_rate_percent", r"penalit\w*|penalt\w*|service credits?|credits? de service|taux", P),
    ("revision_cap_percent", r"revision|indexation|hausse|augmentation|increase|index\w*", P),
    ("liability_cap_months", r"responsabilite|liability|plafon\w*|cap\b", ("month", "year")),
    ("non_solicitation_indemnity_months", r"indemnit\w*|compensation|salaire|salary|dedommagement|penalite|"
                                          r"pay\b(?!\s+(?:within|in|by|on|at|the|invoices?|us|them|for|it))|wages?", M),
    ("non_solicitation_months", r"non[- ]?sollicitation|non[- ]?solicitation|debauch\w*|poach\w*|recrut\w*|"
                                r"embauch\w*|hire|hiring", M),
    ("notice_months", r"preavis|notice", M),
    ("renewal_term_months", r"renouvellement|renewal|reconduction|renew\w*", M),
    ("initial_term_months", r"duree|term\b|engagement|periode initiale|initial (?:period|term)|commitment|contrat de|"
                            r"contract of|pour une duree|"
                            # s25: "a 24 month minimum term", "36 mois ferme", "the MSA runs 60 months"
                            r"(?:minimum|fixed|firm) (?:term|period|commitment)|ferme\b|runs(?: for)?\b|lasts(?: for)?\b", M),
    ("reversibility_months", r"reversibilite|reversibility|exit|transition|sortie|hand-?over|passation|"
                             r"accompagnement (?:a la |de )sortie|assistance (?:a la |de )(?:sortie|reversibilite)", M),
    ("payment_days", r"paiement|payment|reglement|factures?|invoices?|payer|pay\b", D),
    ("breach_notification_hours", r"violation|breach|fuite|notifi\w*|alerte|alert", ("hour", "day")),
    ("rpo_hours", r"rpo|perte de donnees maximale", ("hour", "minute", "day")),
    ("rto_hours", r"rto", ("hour", "minute", "day")),
    ("backup_retention_days", r"retention|conservation|conserv\w*|retain\w*|keep", ("day", "month", "week", "year")),
    ("restore_test_months", r"test\w* de restauration|restore tests?|tests? (?:of the |the |a )?restores?|restauration", ("month",)),
    ("confidentiality_years", r"confidentialite|confidentiality|secret", ("year", "month")),
    # "a fixed fee of 15k EUR if they hire one of our techs": the non-solicitation indemnity as a sum (written into the
    # clause in place of the months of salary)
    ("non_solicitation_indemnity_eur", r"non[- ]?sollicitation|non[- ]?solicitation|no[- ]?poach\w*|debauch\w*|poach\w*|"
                                       r"hire[sd]?|hiring|recrut\w*|recruit\w*|embauch\w*", E),
    ("insurance_amount_eur", r"assurance|insurance|assure", E),
    # s35: the price of on-call cover ("l'astreinte est facturée deux cent dix euros par samedi", "on-call costs four hundred
    # and twenty euros a weekend"): no fee of the contract, a figure of the service hours clause, written as said
    ("on_call_fee_eur", r"astreintes?|on-?call|stand-?by|permanences? (?:du|le|de) (?:week-?end|samedi|dimanche|soir|nuit)", E),
    ("hourly_rate_eur", r"tarif horaire|taux horaire|hourly rate|de l'heure|par heure|per hour|an hour|/h\b|regie", E),
    ("cure_days", r"mise en demeure|cure|remedier|remedy", D),
    ("audit_notice_days", r"audit\w*", D),
    ("force_majeure_days", r"force majeure", D),
    ("patch_critical_days", r"correctifs?|patch\w*", D),
    ("hardware_replacement_days", r"materiel|hardware|remplacement|replacement|pret|loan", D),
    ("data_return_days", r"restitu\w*|return|rendre les donnees|delete|deletion|destroy|destruction|erase|hand(?:ing)? back|"
                         r"give back|suppression|supprimer|detruire|effacer|wipe", D),
    ("subprocessor_notice_days", r"sous-traitants? ulterieurs?|sub-?processors?|(?:nouveaux?|tout|chaque|tous les) "
                                 r"sous-traitants?|any new (?:sub-?)?processor|nouvelle sous-traitance|"
                                 # s32: the time to object to a new one ("vingt jours pour s'y opposer", "droit
                                 # d'opposition sous 15 jours", "20 days to raise an objection", "an objection window")
                                 r"(?:s'y |s'en |s')?oppos(?:er|ition)\b|objections?\b|object\b|objecting|raise (?:an|objections?)\b", D),
]
# s32: credits named alone ("the total credits", "les crédits cumulés", "credits of 3 %"), no cue of their own (a clause on
# the table reads them, see read_figures): a service credit's figure when no clause does
BARE_CREDITS = re.compile(r"\bcredits?\b(?![ -](?:cards?|bail|d'impots?|notes?|scores?|limits?|lines?|ratings?|immobiliers?|"
                          r"a la consommation))")
_CUE_BEFORE = [re.compile(r"(?<![\w])(?:" + cue + r")") for _slot, cue, _units in FIGURE_CUES]
_CUE_AFTER = [re.compile(r"(?:" + cue + r")") for _slot, cue, _units in FIGURE_CUES]
# a figure with no cue word is read through the topic on the table
TOPIC_FIGURES = {
    "penalties": {"percent": "penalty_rate_percent"}, "liability": {"month": "liability_cap_months"},
    "non_solicitation": {"month": "non_solicitation_months", "eur": "non_solicitation_indemnity_eur"},
    "termination": {"month": "notice_months"},
    "duration_renewal": {"month": "initial_term_months"}, "reversibility": {"month": "reversibility_months",
                                                                                      "day": "reversibility_months",
                                                                                      "week": "reversibility_months"},
    "sla": {"percent": "availability_percent", "hour": "restoration_time_p1_hours"},
    "data_protection": {"hour": "breach_notification_hours"}, "backup_recovery": {"day": "backup_retention_days"},
    # s36: the security clause's only time in hours is the incident notice, its time in days the critical patches
    "security": {"hour": "breach_notification_hours", "day": "patch_critical_days"},
    "pricing_payment": {"day": "payment_days", "eur": "monthly_fee_eur"},
    "price_revision": {"percent": "revision_cap_percent"}, "confidentiality": {"year": "confidentiality_years",
                                                                                "month": "confidentiality_years"},
    "insurance": {"eur": "insurance_amount_eur"}, "audit": {"day": "audit_notice_days"},
    "force_majeure": {"day": "force_majeure_days"}, "hardware": {"day": "hardware_replacement_days"},
}
FIGURE_TOPIC = {"restoration": "sla", "intervention": "sla", "response": "sla", "availability": "sla",
                "penalty": "penalties", "liability": "liability", "non_solicitation": "non_solicitation",
                "notice": "termination", "renewal": "duration_renewal", "initial_term": "duration_renewal",
                "reversibility": "reversibility", "payment": "pricing_payment", "breach": "data_protection",
                "rpo": "backup_recovery", "rto": "backup_recovery", "backup_retention": "backup_recovery",
                "restore_test": "backup_recovery", "confidentiality": "confidentiality", "insurance": "insurance",
                "hourly_rate": "pricing_payment", "cure": "termination", "audit": "audit",
                "force_majeure": "force_majeure", "patch": "security", "hardware": "hardware",
                "data_return": "reversibility", "subprocessor": "data_protection", "revision": "price_revision",
                "monthly_fee": "pricing_payment", "data_loss": "liability", "on_call_fee": "support_hours"}

_PEOPLE = re.compile(r"\s*(?:-\s*)?(personnes?|person|people|ppl|salaries?|employes?|employees?|staff|collaborateurs?|collabs?|"
                     r"fte|ftes|etp|"
                     r"agents?|utilisateurs?|users?|postes?|pcs?|seats?|endpoints?|workstations?|ordinateurs?|computers?|"
                     # s35: seats named by the device ("3 laptops", "9 macs", "12 desktops", "8 ordis")
                     r"laptops?|desktops?|notebooks?|macs|ordis|"
                     # s23: "make it 14 machines" (the seats); virtual machines and machine tools are no seats
                     r"machines(?!\s+(?:virtu\w*|outils?|a \w+|de (?:production|chantier|\w+age)|d'\w+))|"
                     r"personnels?|comptes?|accounts?|praticiens?|medecins?|docteurs?|avocats?|notaires?|associes?|"
                     r"consultants?|ingenieurs?|techniciens?|commerciaux|doctors?|lawyers?|partners?|engineers?|"
                     r"team members?|staff members?|caregivers?|soignants?|infirmi\w+|nurses?)\b")
# "15 graphistes", "12 comptables", "8 developers", "30 registered nurses": people counted by their job are the users
# when no other user count is given (read after the plain counts); a count of clients, patients, pupils, devices or
# years is no job
_ROLES = re.compile(
    r"\s*(?:-\s*)?(?:(?:full-time|part-time|temps plein|a temps plein|temps partiel|software|web|graphic|sales|"
    r"registered|senior|junior|field|salaried|permanent|itinerants?|sedentaires?|experts?)[- ])?"
    r"(graphistes?|comptables?|experts?-comptables|developpeu(?:r|se)s?|devs?|designers?|architectes?|vendeu(?:r|se)s?|"
    r"secretaires?|assistante?s?|juristes?|auditeu(?:r|se)s?|formateu(?:r|se)s?|formatrices?|enseignante?s?|professeurs?|profs?|"
    r"educat(?:eur|rice)s?|chauffeurs?|conducteu(?:r|rice)s?|livreu(?:r|se)s?|magasiniers?|caristes?|operat(?:eur|rice)s?|"
    r"ouvrie(?:r|re)s?|pharmaciens?|kines?|kinesitherapeutes?|dentistes?|veterinaires?|coiffeu(?:r|se)s?|cuisinie(?:r|re)s?|"
    r"conseille(?:r|re)s?|gestionnaires?|charge(?:e)?s (?:de|d')\w+|chefs? de projets?|redact(?:eur|rice)s?|journalistes?|"
    r"traduct(?:eur|rice)s?|chercheu(?:r|se)s?|analystes?|actuaires?|courtiers?|negociat(?:eur|rice)s?|recruteu(?:r|se)s?|"
    r"administratifs?|cadres?|managers?|stagiaires?|apprentis|interimaires|moniteu(?:r|rice)s?|animat(?:eur|rice)s?|"
    r"puericultrices?|auxiliaires?|aides?-soignante?s?|sages-femmes|radiologues?|biologistes?|preparat(?:eur|rice)s?|"
    r"mecaniciens?|electriciens?|plombiers?|menuisiers?|geometres?|paysagistes?|photographes?|monteu(?:r|se)s?|"
    r"illustrat(?:eur|rice)s?|dessinat(?:eur|rice)s?|programmeu(?:r|se)s?|receptionnistes?|standardistes?|teleconseille(?:r|re)s?|"
    r"agents? (?:immobiliers?|commerciaux|de \w+)|"
    r"developers?|accountants?|bookkeepers?|clerks?|paralegals?|solicitors?|attorneys?|barristers?|architects?|"
    r"surveyors?|teachers?|tutors?|lecturers?|drivers?|couriers?|technicians?|mechanics?|electricians?|plumbers?|"
    r"carers?|care workers?|pharmacists?|dentists?|hygienists?|vets?|veterinarians?|therapists?|physios?|receptionists?|"
    r"advis[eo]rs?|brokers?|analysts?|researchers?|scientists?|writers?|editors?|journalists?|translators?|recruiters?|"
    r"salespeople|sales ?reps?|reps|salesmen|account managers?|managers?|assistants?|secretaries|interns?|volunteers?|"
    r"trainees?|chefs?|cooks?|waiters?|waitresses?|cashiers?|stylists?|hairdressers?|photographers?|marketers?|"
    r"copywriters?|programmers?|coders?|testers?|planners?|buyers?|estimators?|operatives?|labou?rers?|builders?|"
    r"carpenters?|joiners?|guards?|cleaners?|caretakers?|dispatchers?|agents|consultants?|bankers?|"
    # s22: people counted by how they are employed ("30 permanents", "5 contractors", "ten temps", "4 saisonniers")
    r"permanents?|saisonnie(?:r|re)s?|vacataires?|interimaires?|interims?|interns?|contractors?|freelancers?|freelances?|"
    r"temps|seasonal (?:workers|staff)|part-timers?|"
    r"(?:admin|administrative|office|support|back-office|sales|field|warehouse|shop-floor) (?:staff|people|team members)|"
    r"(?!(?:check|play|black|white|short|wish|hit))[a-z]{3,}istes?|(?!(?:check|play|black|white|short|wish|hit))[a-z]{3,}ists|"
    r"[a-z]{3,}(?:trices|euses)|[a-z]{3,}icians)\b")
# (s34: a trade named in two words before the place noun: "3 ski hire shops", "2 dry cleaning shops", "4 car rental
# branches")
_SITES = re.compile(r"\s*(?:-\s*)?(?:(?!(?:and|et|or|ou|of|de|des|du|on|sur|in|en|per|par|a|with|avec|across|over|dans|chez|at|au|"
                    r"aux|for|pour|from|to|entre|between|les|the|our|nos|their|leurs|my|mes|by|sous|under|than|que)\b)[a-z'-]{3,15}\s+){0,2}"
                    r"(campus(?:es)?|hopitaux|hospitals?|colleges?|lycees|universit(?:y|ies)|residences|ehpad|mairies|halls|"
                    r"sites?(?![ -](?:visits?|trips?|call-?outs?|inspections?|surveys?|days?|web|internet|e-?commerce|marchands?|vitrines?|"
                    r"en ligne)\b)|agences?|bureaux|offices?|locations?|etablissements?|magasins?|"
                    r"boutiques?|implantations?|antennes?|branches?|etudes|succursales?|entrepots?|usines?|"
                    r"warehouses?|stores?|shops?|plants?|factories|clinics?|cliniques|cabinets|depots?|"
                    r"points? de vente|ecoles|schools|hotels|restos|restaurants|brasseries|pharmacies|laboratoires|labos|"
                    r"garages|concessions|ateliers|franchises|outlets|branches|premises|boulangeries|bakeries|patisseries|agencies|"
                    r"garden cent(?:re|er)s|jardineries|cafes|practices|surgeries|clubs|gyms|salles" + SALLES_AS_ROOMS +
                    r"(?: de sport)?|studios|workshops|"
                    r"centres|centers|cinemas|theatres|theaters|spas|instituts|"
                    # generic places: "5 structures", "3 lieux", "4 bâtiments", "two buildings", "6 venues"
                    r"structures|lieux|locaux|batiments|buildings|venues|facilities|adresses|addresses|emplacements|"
                    r"creches|micro-creches|nurseries|ehpads|care homes|residences|"
                    # s24: other working places a trade counts ("2 yards", "3 domaines", "two marinas")
                    r"yards|farms|fermes|domaines|vineyards|marinas|campings|museums|musees|galleries|galeries|"
                    # s26: premises of any trade named by what they are ("3 bowlings", "4 hostels", "6 fromageries")
                    + TRADE_PLACES + r")\b")


def _cue_before(folded: str, start: int, floor: int) -> tuple[int, str] | None:
    """The closest figure cue before a quantity (in its sentence, after the previous figure)."""
    window_start = max(floor, start - 70)
    window = folded[window_start:start]
    cut = max(window.rfind(". "), window.rfind("? "), window.rfind("; "))
    if cut >= 0:
        window_start += cut + 2
        window = folded[window_start:start]
    found: list[tuple[int, int, str]] = []
    for i, (slot, cue, _units) in enumerate(FIGURE_CUES):
        for m in _CUE_BEFORE[i].finditer(window):
            found.append((m.end(), -i, slot))
    found.sort(reverse=True)
    return [(end, slot) for end, _i, slot in found]


def _cue_after(folded: str, end: int) -> str | None:
    m = re.match(r"(?:'s?)?\s*(?:de |d'|of |for |to |pour )?(?:la |le |l'|the )?([\w'-]+(?: [\w'-]+)?)", folded[end:end + 40])
    if not m:
        return None
    for i, (slot, _cue, _units) in enumerate(FIGURE_CUES):
        if _CUE_AFTER[i].match(m.group(1)):
            return slot
    return None


def _convert(q: Quantity, slot: str) -> float | None:
    unit = q.unit
    v = q.value
    if slot.endswith("_hours"):  # a business day counted as a day (it is written as said, see _OTHER_UNIT)
        return {"hour": v, "business_hour": v, "minute": v / 60, "day": v * 24, "business_day": v * 24}.get(unit or "")
    if slot.endswith("_months"):
        if unit == "day" and v % 30 == 0 and v > 0:
            return v / 30  # "ninety days' notice" is three months
        if unit in ("day", "week") and slot == "reversibility_months" and 0 < v <= (730 if unit == "day" else 104):
            # "45 jours d'accompagnement": a part of a month, written back as said (`_OTHER_UNIT`)
            return round(v * (7 if unit == "week" else 1) / 30, 2)
        return {"month": v, "year": v * 12}.get(unit or "")
    if slot.endswith("_years"):
        return {"year": v, "month": v / 12}.get(unit or "")
    if slot.endswith("_days"):
        return {"day": v, "business_day": v, "week": v * 7, "month": v * 30, "year": v * 365}.get(unit or "")
    if slot.endswith("_percent"):
        return v if unit == "percent" else None
    if slot.endswith("_eur"):
        return v if unit == "eur" else None
    return None


def convert_said(value: float, unit: str, slot: str) -> float | None:
    """A value in the unit the user gave a figure in ("90" of "60 days"), in the figure's own unit."""
    return _convert(Quantity(value, unit, (0, 0), ""), slot)  # type: ignore[arg-type]


# cues too loose to name a figure on their own ("max", "taux", "keep", "test"…)
_LOOSE_CUES = {"penalty_cap_percent", "revision_cap_percent", "hardware_replacement_days", "data_return_days",
               "backup_retention_days", "restore_test_months", "cure_days", "insurance_amount_eur"}


def named_figure(folded: str, quantities: list[Quantity], figure_hint: str | None = None) -> str | None:
    """A figure named without its value ("and the notice?", "et la GTR ?", "et en P2 ?"): the one the next bare
    value is for."""
    if any(q.unit for q in quantities) or len(folded.split()) > 10:
        return None
    prio = re.search(r"\b(?:p|priorite |priority )([1-4])\b", folded)
    found = []
    for i, (slot, cue, _units) in enumerate(FIGURE_CUES):
        if slot in _LOOSE_CUES:
            continue
        m = _CUE_BEFORE[i].search(folded)
        if m and re.match(r"\W|$", folded[m.end():m.end() + 1] or " "):
            found.append((m.start(), slot))
    if found:
        slot = min(found)[1]
        return slot.replace("{p}", prio.group(1) if prio else "1")
    if prio and figure_hint and re.search(r"_p[1-4]_", figure_hint):
        return re.sub(r"_p[1-4]_", f"_p{prio.group(1)}_", figure_hint)  # "et en P2 ?" after the P1 figure
    return None


def figure_topic(slot: str) -> str | None:
    for prefix, topic in FIGURE_TOPIC.items():
        if slot.startswith(prefix):
            return topic
    return None


# the market's figure named as such ("normal", "usual", "classique"…), not only asked for ("how many days…"): the usual
# value then opens the answer (router, tool_answers)
NORMAL_ASKED = re.compile(r"\b(normal\w*|usual\w*|standard|typical\w*|common|reasonable|habituel\w*|courant\w*|usuel\w*|"
                          r"raisonnable\w*|classique\w*|d'habitude|en general|generally|typically|the market|le marche|"
                          r"market practice|(les )?usages?|la norme|the norm)\b")
