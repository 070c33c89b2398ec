"""The figures a message sets (`read_figures`): numbers read with their cue and unit, the fee and
its period, a figure the other side wants, a value taken back or replacing another, a bare figure with the one
slot it can be, times counted after a term's end masked; the liability figures (a cap as a share or months of
fees, a separate data-loss cap)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.chat.figure_measures import measures_other, sum_of_another
from assistant.chat.slot_figure_cues import (_PEOPLE, _SITES, BARE_CREDITS, TOPIC_FIGURES, _convert, _cue_after, _cue_before,
                                             figure_topic)
from assistant.chat.slot_scope import _clause_span
from assistant.chat.slot_topics import _FEE_PERIOD_BEFORE
from assistant.text.numbers import Quantity


_FEE_CUE = re.compile(r"redevance|forfait|mensuel\w*|par mois|/ ?mois|per month|a month|/ ?month|monthly|fees?\b|"
                      r"prix|price|facture|coute|costs?|paie|payons|pay\b|abonnement|subscription")
# "40 euros per late invoice", "150 € par intervention": a sum per event, not the monthly fee
_PER_EVENT = re.compile(r"\s*(?:ht |hors taxes? |ttc )?(?:per|par|for each|pour chaque|a|an|each|chaque|de|le|every) (?:late |unpaid )?"
                        # s35: "180 euros le week-end", "350 euros per weekend": a sum per period of cover, no fee
                        r"(?:week-?ends?|samedis?|dimanches?|saturdays?|sundays?|nuits?|nights?|"
                        r"facture\w*|invoice\w*|retard\w*|incident\w*|intervention\w*|ticket\w*|deplacement\w*|"
                        r"visit\w*|call[- ]?outs?|hour|heure|jour|day|manquement|breach\w*|penalt\w*|penalit\w*|"
                        r"indemnit\w*|user|utilisateur|poste|seat|device|appareil|licen[cs]e)")
_YEARLY = re.compile(r"par an\b|/ ?an\b|annuel\w*|per year|a year|yearly|annual\w*")



# days or hours of opening told with the place ("open 7 days", "ouvert 6 jours sur 7", "7 days a week", "du lundi au samedi")
_OPENING = re.compile(r"\b(open|opens|opened|opening|ouvert\w*|ouverture)\b\W+(\w+\W+){0,3}?\d+\s?(days?|jours?|j|h|hours?|heures?)\b|"
                      r"\d+\s?(days?|jours?|j)\s?(a|per|par|/|sur)\s?(week|semaine|7)\b")

def _priority(folded: str, q: Quantity) -> str:
    # named right after the figure: "deux heures en P1 et huit heures en P2"
    after = re.match(r"\s*(?:en |pour |for |in |on |sur )?(?:la |le |the )?(?:p([1-4])\b|priorite ([1-4])|priority ([1-4]))",
                     folded[q.span[1]:q.span[1] + 20])
    if after:
        return next(g for g in after.groups() if g)
    found = list(re.finditer(r"\bp([1-4])\b|priorite ([1-4])|priority ([1-4])", folded[max(0, q.span[0] - 30): q.span[0]]))
    return next(g for g in found[-1].groups() if g) if found else "1"  # the nearest: "P1 4h, P2 8h"


_SUFFIX_UNIT = (("_hours", "hour"), ("_months", "month"), ("_days", "day"), ("_years", "year"), ("_percent", "percent"),
                ("_eur", "eur"))


def read_figures(text: str, folded: str, quantities: list[Quantity], topic: str | None,
                 topic_hint: str | None = None, figure_hint: str | None = None,
                 said: dict | None = None) -> tuple[dict, float | None]:
    """Clause figures set by the message, and a monthly fee when one is stated; `said` receives the figures given
    in a unit other than their slot's ("60 days' notice", "an RTO of one business day"), to be written as said."""
    out: dict = {}
    fee = None
    floor = 0
    template: str | None = None  # the last per-priority figure read ("restoration_time_p{p}_hours")
    bare_only = bool(quantities) and all(q.unit is None for q in quantities)  # "le client en veut 15, on lui accorde 10"
    quantities = _percent_like(folded, _bare_figure(folded, quantities, topic or topic_hint))
    quantities = [q for q in _replaced(folded, quantities) if not _COVERAGE.match(folded, q.span[1])]
    # "le client en voudra 15 %, on peut monter à 10 %": the other side's figure is not the one set
    # (s25: only when a figure of the same kind answers it; "they want a 24 month term and 100% of the remaining fees"
    # describes two terms of theirs, neither answered, and both are read)
    counted = [q for q in quantities if q.unit not in (None, "users", "sites", "workstations")]
    theirs = [q for q in counted if _wished_by_them(folded, q)]
    answered = {_KIND.get(q.unit, q.unit) for q in counted if q not in theirs}
    if theirs and len(theirs) < len(counted):
        quantities = [q for q in quantities if q not in theirs or _KIND.get(q.unit, q.unit) not in answered]
    for q in quantities:
        if q.unit is None or q.unit in ("users", "sites", "workstations"):
            floor = q.span[1]
            continue
        if q.unit in ("day", "hour") and any(m.start() <= q.span[0] - max(0, q.span[0] - 25) < m.end() for m in
                                             _OPENING.finditer(folded[max(0, q.span[0] - 25):q.span[1] + 14])):
            floor = q.span[1]  # s29: "open 7 days 9am-7pm", "ouvert 6 jours sur 7": the opening days or hours (the hours
            continue           # reader's), no figure of a clause
        if q.unit == "eur" and (_FEE_CUE.search(folded[max(0, q.span[0] - 50): q.span[1] + 25])) and not re.search(
                r"assurance|insurance|taux horaire|tarif horaire|hourly|de l'heure|per hour|plafond|cap\b|astreinte|on-?call|"
                r"stand-?by", folded[max(0, q.span[0] - 40): q.span[0]]) and not _PER_EVENT.match(folded, q.span[1]) and not \
                _hiring_sum(folded, q.span):
            if sum_of_another(folded, q):
                continue  # s31: "le loyer du local c'est 1200 € par mois", "450 € par mois à l'éditeur": no fee of the deal
            fee = q.value / 12 if _YEARLY.search(folded[q.span[1]: q.span[1] + 20]) else q.value
            if fee < 100 and re.match(r"\s?k\b", folded[q.span[1]:q.span[1] + 3]):
                fee *= 1000  # "€2.4k a month"
            floor = q.span[1]
            continue
        if q.unit == "eur" and _hiring_sum(folded, q.span):  # "15k EUR if they hire one of our techs"
            out.setdefault("non_solicitation_indemnity_eur", int(q.value) if float(q.value).is_integer() else q.value)
            floor = q.span[1]
            continue
        own = _OWN_NOTICE.get(topic or topic_hint or "") if q.unit in ("day", "business_day", "week") and not re.search(
            r"resili|terminat", folded) else None

        def mine(sl: str | None) -> str | None:
            return own if own and sl == "notice_months" else sl
        if q.unit in ("month", "year") and (topic or topic_hint) not in ("penalties", "price_revision") and \
                _FEE_PERIOD_BEFORE.search(folded[max(0, q.span[0] - 90):q.span[0]]) and re.search(
                    r"plafon\w*|\bcap\w*|limit\w*|responsab\w*|liab\w*|ceiling|maximum", folded):
            out.setdefault("liability_cap_months", int(_convert(q, "liability_cap_months") or q.value))
            floor = q.span[1]
            continue
        slot = mine(_cue_after(folded, q.span[1]))
        named_after = slot is not None  # the figure's own role word right after it ("3 mois de préavis")
        if slot is not None and _convert(q, slot.replace("{p}", "1")) is None:
            slot = None
        if slot is None:
            slot = next((mine(sl) for _end, sl in _cue_before(folded, q.span[0], floor)
                        if _convert(q, mine(sl).replace("{p}", "1")) is not None), None)
        if slot is None and q.unit in ("month", "year") and _TERM_NOUN_AFTER.match(folded, q.span[1]):
            slot, named_after = "initial_term_months", True  # s36: "a 36-month plan", "our 24-month contract": the term
        if slot is None and template and (re.search(r"\b(p[1-4]|priorite [1-4]|priority [1-4])\W{0,3}$",
                                                    folded[max(0, q.span[0] - 14):q.span[0]]) or re.match(
                r"\s*(?:en |pour |for |in |on |sur )?(?:la |le |the )?(?:p[1-4]\b|priorite [1-4]|priority [1-4])",
                folded[q.span[1]:q.span[1] + 20])):
            slot = template  # "GTR P1 4h, P2 8h": the next priority of the same figure
        if slot is None and figure_hint and len(_BOUND_AFTER.sub("", folded).split()) <= (
                10 if bare_only else 8):
            # "make it 1 month" after "and the notice?": the figure just named (s22: bare values only, a few words more:
            # "le client en veut 15, on lui accorde 10")
            unit = q.unit or next((u for suffix, u in _SUFFIX_UNIT if figure_hint.endswith(suffix)), None)
            if _convert(replace(q, unit=unit), figure_hint) is not None:
                q, slot = replace(q, unit=unit), figure_hint
        if slot == "penalty_rate_percent" and (re.search(r"\b(plafon\w*|capped|cap|limite\w*|limit|limited|in total|au total|"
                                                          r"total|cumul\w*|overall|altogether|depass\w*|exceed\w*|en tout|in all|"
                                                          r"no more than|pas plus de|au maximum|maximum|max)\b",
                                                          folded[max(floor, q.span[0] - 70):q.span[0]]) or
                                                _WHOLE_AFTER.match(folded, q.span[1])):
            slot = "penalty_cap_percent"  # "plafonne les pénalités à 10 %": the verb sets the cap
        if slot == "initial_term_months" and topic_hint not in (None, "duration_renewal") and not re.search(
                r"contrat|contract|initial|engagement|commitment", _AFTER_END.sub(" ", folded)):
            table = TOPIC_FIGURES.get(topic_hint, {})
            slot = table.get(q.unit or "") or table.get("month" if q.unit == "year" else "") or slot
        for t in (topic, topic_hint):
            if slot is None and t in TOPIC_FIGURES:
                table = TOPIC_FIGURES[t]
                base = "month" if q.unit == "year" else ("hour" if q.unit in ("business_hour", "minute") else q.unit)
                slot = table.get(q.unit or "") or table.get(base or "")
                if slot == "availability_percent" and q.value < 80:
                    # "credits up to 15 %" on a service-level clause: no availability is that low; a credit's rate
                    # or cap when credits or penalties are named, else nothing
                    slot = "penalty_rate_percent" if re.search(r"penalit|penalt|\bcredits?\b", folded) else None
            if slot == "monthly_fee_eur" and _PER_EVENT.match(folded, q.span[1]):
                slot = None  # "40 € per late invoice" is no fee
                break
            if slot == "monthly_fee_eur":
                fee, floor = q.value, q.span[1]
                continue
        if slot is None and q.unit == "percent" and not (topic or topic_hint) and BARE_CREDITS.search(
                folded[max(floor, q.span[0] - 70):q.span[0]]):
            slot = "penalty_rate_percent"  # s32: "limit the total credits to 4 %", "credits of 3 % per hour" (the cap
            # words below make it the cap), with no clause on the table to read them
        if slot is None:
            continue
        if slot == "penalty_rate_percent" and (re.search(r"\b(plafon\w*|capped|cap|limite\w*|limit|limited|in total|au total|"
                                                          r"total|cumul\w*|overall|altogether|depass\w*|exceed\w*|up to|en tout|"
                                                          r"in all|jusqu'a|no more than|pas plus de|au maximum|maximum|max)\b",
                                                          folded[max(floor, q.span[0] - 70):q.span[0]]) or
                                                _WHOLE_AFTER.match(folded, q.span[1])):
            slot = "penalty_cap_percent"  # "credits can't exceed 25 %", read from the clause on the table
        where = topic or topic_hint
        if slot == "penalty_cap_percent" and where not in (None, "penalties", "sla") and not re.search(
                r"penalit|penalt|\bcredits?\b", folded):
            # "a price revision clause capped at 3 %": the cap of that clause's own figure
            slot = TOPIC_FIGURES.get(where, {}).get(q.unit or "")
            if slot is None or figure_topic(slot) != where:
                continue
        if slot == "liability_cap_months" and where == "penalties":
            continue
        if slot == "notice_months" and q.unit in ("day", "business_day") and re.search(
                r"\b(manquement\w*|breach\w*|faute\w*|default\w*|inexecution|defaillance\w*)", folded):
            slot = "cure_days"  # "résiliation pour manquement, préavis de trente jours": the time to cure
        if "{p}" in slot:
            template = slot
            p = _priority(folded, q)
            if slot.startswith(("intervention", "restoration")) and p not in ("1", "2"):
                continue
            slot = slot.format(p=p)
        if not named_after and measures_other(folded, q, slot):
            continue  # s31: "3 jours de travail", "la migration prendra 4 mois", "le serveur a 6 ans": not this figure
        value = _convert(q, slot)
        if value is None:
            continue
        value = int(value) if float(value).is_integer() else round(value, 2)
        words = unit_words(q)
        if said is not None and slot not in out and ((q.unit, slot.rsplit("_", 1)[-1]) in _OTHER_UNIT or (
                words and q.unit == "day" and slot.endswith("_days"))):
            # s32: with the words the user counted them in ("one working day", "45 jours calendaires", "2 jours
            # ouvrables"): the clause says them back, not an equivalent of its own
            said[slot] = [q.value, q.unit] + ([words] if words else [])
        out.setdefault(slot, value)
        floor = q.span[1]
    return out, fee


# s25c: "24h/24", "24 h sur 24", "24 hours a day", "7j/7": the hours covered (a scope fact), never a time to respond or
# restore ("support 24h/24, GTR 4h" sets the GTR at 4 hours, not 24)
_COVERAGE = re.compile(r"\s?(?:/|sur|out of)\s?(?:24|7)\b|\s(?:a|per|par) (?:day|jour)\b")


# a figure said in a unit its slot does not count in: written back in the user's unit
def unit_words(q) -> str | None:
    """The kind of day or hour in the user's own words, when the unit has more than one name: "working" or "business"
    days and hours, "ouvré" or "ouvrable", "calendar" / "calendaire" / "franc" / "civil" days (s32)."""
    from assistant.text import fold

    said = fold(q.text or "")
    if q.unit in ("business_day", "business_hour"):
        # (the clause's own names, "business" and "ouvré", need no note: the unit writes them)
        for word in ("working", "ouvrable"):
            if re.search(r"\b" + word, said):
                return word
        return None
    if q.unit == "day":
        m = re.search(r"\b(calendar|calendaire|franc|civil|plein)", said)
        return m.group(1) if m else None
    return None


# s32: a word of the whole right after a credit's figure ("5 % au maximum", "8 % in total", "10 % cumulés"): its cap
_WHOLE_AFTER = re.compile(r"\s*(?:de la redevance |of the (?:monthly )?fee )?(?:au maximum|maximum|max|au plus|at most|au total|"
                          r"en tout|in total|in all|overall|altogether|cumul\w*|all told|tops)\b")


_OTHER_UNIT = {("day", "months"), ("business_day", "months"), ("week", "months"), ("day", "hours"),
               ("business_day", "hours"), ("year", "days"),  # "keep the backups for 2 years": not "730 days"
               # "sous 10 jours ouvrés", "within 4 business hours": working days and hours are not calendar ones
               ("business_day", "days"), ("business_hour", "hours")}


# "a fixed fee of 15k EUR if they hire one of our techs", "5 000 € par salarié débauché": a sum owed for hiring
# staff away (the non-solicitation indemnity), not the monthly fee
_HIRING_SUM = re.compile(r"\b(hir(e|es|ed|ing)|poach\w*|recruit\w*|solicit\w*|no-?poach|debauch\w*|embauch\w*|recrut\w*|"
                         r"sollicit\w*)\b")


def _hiring_sum(folded: str, span: tuple[int, int]) -> bool:
    left, right = _clause_span(folded, *span)
    return bool(_HIRING_SUM.search(folded[left:right]))


# "12 mois après la fin du contrat", "for a year after the contract ends": a post-term period, not the term
_AFTER_END = re.compile(r"\b(?:apres|after|suivant|following|a compter de|from|post)(?: la| the)? (?:fin|end|terme|expiry|expiration|"
                        r"termination|cessation|rupture)?(?: du| de| of)?(?: la| the)? ?(?:contrat|contract|agreement)(?: ends?)?\b|"
                        r"\bpost-?(?:contract\w*|contractuel\w*)")
# "…after the end of the agreement", "à compter de la résiliation", "following termination": a term end, as the start of
# a period that follows a figure
_TERM_END_AFTER = re.compile(r"\s*(?:(?:of |d'|de )?(?:time |temps )?)?(?:after|following|from|post|apres|a compter de|a partir de|suivant|"
                             r"des)\s+(?:la |le |l'|the |its |their |leur |sa |son )?(?:(?:end|expiry|expiration|termination|fin|terme|"
                             r"resiliation|cessation|rupture)\b(?:\s+(?:du|de la|de l'|de ce|of the|of this|of our|of)\s*"
                             r"(?:contrat|contract|agreement|relation\w*|mission))?|(?:contrat|contract|agreement)\s+(?:ends?|expires?|"
                             r"is (?:over|terminated)|terminates|prend fin))")


def _relative_time_masked(text: str, folded: str, quantities: list) -> str:
    """The text with each term end that follows a period ("two years after termination") blanked out."""
    out = text
    for q in quantities:
        if q.unit not in ("month", "year", "week", "day"):
            continue
        m = _TERM_END_AFTER.match(folded, q.span[1])
        if m and len(folded) == len(text):
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


# the notice a clause on the table has of its own ("30 days notice" for an audit): not the termination notice
_OWN_NOTICE = {"audit": "audit_notice_days", "data_protection": "subprocessor_notice_days"}


_THEY_WANT = re.compile(r"\b(le client|la cliente|le prestataire|le presta|l'infogereur|le fournisseur|ils|elles|en face|"
                        r"l'autre partie|they|(?:the |their )?(client|customer|provider|msp|supplier|other side)|their (lawyer|side))\b"
                        r"[^,;.]{0,25}?\b(en )?(veu\w*|voudr\w*|voul\w*|demand\w*|exig\w*|propos\w*|attend\w*|reclam\w*|"
                        r"want\w*|ask\w*|expect\w*|insist\w*|push\w* for|will (want|ask|demand|push))")


# s20: the other side's wish said as a bare value ("le client veut 15", "client wants 12", "ils en demandent 20"): the
# one figure of the clause on the table that value's unit fits
_THEIR_BARE_WISH = re.compile(r"^\W*(?:(?:ok|bon|alors|hmm+|euh|so|well|and|et|mais|but)\W+)*" + _THEY_WANT.pattern +
                              r"(?: (?:en|it|that|us|nous|plutot|rather|more like))? \d+(?:[.,]\d+)?(?: (?:stp|svp|please|"
                              r"now|maintenant|en fait|actually|apparemment|apparently))?\W*$")


# the kinds of figure one may answer with another ("they want 12 months, we can do 6", "15 % … 10 %")
_KIND = {"year": "month", "week": "day", "business_day": "day", "business_hour": "hour", "minute": "hour"}


# a duration said as the adjective of the contract itself ("a 36-month plan", "our 24-month contract", "a two-year
# subscription"): the term of the contract, never a notice
_TERM_NOUN_AFTER = re.compile(r"(?:-|\s)?\s?(?:minimum |initial |fixed |firm |rolling )?(?:plan|contract|subscription|"
                              r"agreement|deal|msa|commitment|term|lease|package)s?\b")


# "il peut résilier quand il veut", "they can end it whenever they want": the time they may act, not a figure they ask
_AT_WILL = re.compile(r"\b(quand|comme|si|des qu'|whenever|when|as|if) ?(il|elle|ils|elles|on|it|they|he|she) (le |l')?(en )?"
                      r"(veu\w*|voudr\w*|want\w*|wish\w*|like\w*|please\w*)$")


def _wished_by_them(folded: str, q: Quantity) -> bool:
    left, right = _clause_span(folded, *q.span)
    return any(not _AT_WILL.search(folded[left:left + m.end()]) for m in _THEY_WANT.finditer(folded[left:right]))


_BACK_TO = re.compile(r"\b(coup\w* a|tranch\w* a|on part sur|on fixe a|fixons a|on s'arrete a|settl\w* (?:on|at|for)|"
                      r"cut it at|meet (?:them |it )?(?:halfway )?at|land (?:it )?at|back to|revien\w*|revenir|repasse\w*|remet\w*|retour a|on repart sur|go back to|revert\w*|"
                      r"make it|set it|passe\w*|mets|mettez|mettre|put|monte\w*|baisse\w*|bump\w*|raise|lower|plutot|instead|"
                      r"descen\w*|redescen\w*|remonte\w*|go(?:es)? (?:down|up) to|come (?:down|up) to|drop\w* (?:it )?to|"
                      r"tomb\w* a|"
                      r"why not|pourquoi pas|go (?:for|with)|disons|let'?s say|"
                      r"finalement|actually|say|"
                      # s20: a figure conceded to the other side ("on leur laisse 12", "je lui concède dix", "we'll give them
                      # 12", "let them have 12", "we can live with 20")
                      r"laiss\w*|accord\w*|conced\w*|lach\w*|(?:on|je|nous) (?:leur |lui )?(?:donne\w*|cede\w*|offr\w*)|"
                      r"give (?:them|him|her|the client|the provider)|let (?:them|him|her) have|(?:can |could )?live with|"
                      r"grant (?:them|him|her)|concede\w*)\b")
# s20: the bound a concession ends on ("…, pas plus", "mais pas un de plus", "no more", "max"): no words of the figure
_BOUND_AFTER = re.compile(r",?\s*(?:(?:mais|but|and|et)\s+)?(?:pas (?:un |une )?(?:de )?plus|pas moins|pas au-dela|no more|no less|"
                          r"not (?:a |one )?(?:\w+ )?more|max(?:imum)?|au (?:grand )?max(?:imum)?|grand max|tops|at (?:the )?most)\W*$")


_PERCENT_CUE = re.compile(r"\b(disponibilite|dispo|availability|uptime|taux|rate)\b[\w' ]{0,15}$")


def _percent_like(folded: str, quantities: list[Quantity]) -> list[Quantity]:
    """'put uptime at 99.9', 'dispo 99,5': a figure that only a percentage fits, written without its sign."""
    out = []
    for q in quantities:
        if q.unit is None and 0 < q.value <= 100 and _PERCENT_CUE.search(folded[max(0, q.span[0] - 30):q.span[0]]) and \
                not (_PEOPLE.match(folded, q.span[1]) or _SITES.match(folded, q.span[1])):
            q = replace(q, unit="percent")
        elif q.unit is None and 90 < q.value < 100 and not float(q.value).is_integer() and (
                _MEASURED_OVER.match(folded, q.span[1]) or _AVAILABILITY_NAMED.search(folded[max(0, q.span[0] - 80):q.span[0]])):
            q = replace(q, unit="percent")  # "an uptime clause on our side, 99.8 monthly": 90 to 100 with decimals
        out.append(q)
    return out


# the period an availability rate is measured over, said after the rate ("99.8 monthly", "99,5 sur le mois")
_MEASURED_OVER = re.compile(r"\s*(?:monthly|per month|a month|each month|par mois|sur le mois|mensuel\w*|au mois|"
                            r"quarterly|per quarter|trimestriel\w*|par trimestre|yearly|per year|annuel\w*|par an)\b")
_AVAILABILITY_NAMED = re.compile(r"\b(?:disponibilite|dispo|availability|uptime)\b")


# "99,9 stp", "ok 12 then": a message that is only a number, with a word of politeness or hesitation
_ONLY_FIGURE = re.compile(r"^\W*((ok|okay|alors|bon|plutot|say|disons|et|and|hmm|euh|non|no|maybe|peut-etre|allez)\W+)*"
                          r"\d+(?:[.,]\d+)?\s*(\W*(stp|svp|please|pls|plz|plutot|alors|then|instead|maybe|peut-etre|"
                          r"non|no|ca ira|that'?ll do))*\W*$")


_TOO = re.compile(r"\b(trop|too|way too|bien trop|beaucoup trop|un peu trop|a bit too)( \w+)?\b|\bpas assez\b|\bnot enough\b|"
                  r"\b(semble|parait|seems?|looks?|sounds?|feels?) (un peu |a bit |bien |trop |too |way too )?(long|court|short|"
                  r"tight|high|low|eleve|bas|cher|much|steep|ambitious|ambitieux|juste|serre)\b")
_NEW_VALUE = re.compile(r"\b(mets|met|mettez|mettons|passe|passez|passons|make it|set it( to| at)?|put|go (for|with)|disons|say|"
                        r"plutot|instead|rather|prefere|prefer)\b[^\d]{0,15}$")


def _replaced(folded: str, quantities: list[Quantity]) -> list[Quantity]:
    """'4h c'est trop court, mets 6', '4 hours is too tight, make it 6': the figure judged is the old one; the one
    given after the verb replaces it (in the old one's unit when it has none)."""
    for i, old in enumerate(quantities):
        if old.unit in (None, "users", "sites", "workstations") or not _TOO.search(
                folded[old.span[1]:old.span[1] + 30] + " " + folded[max(0, old.span[0] - 30):old.span[0]]):
            continue
        for new in quantities[i + 1:]:
            if new.unit in (None, old.unit) and _NEW_VALUE.search(folded[old.span[1]:new.span[0]]):
                return [q for q in quantities if q is not old and q is not new] + [replace(new, unit=old.unit)]
    return quantities


def _bare_figure(folded: str, quantities: list[Quantity], topic: str | None) -> list[Quantity]:
    """'hmm no, back to 12' with a non-solicitation clause on the table: twelve months (the one unit
    that clause's figures take), in a short message that changes a figure."""
    table = {u: sl for u, sl in TOPIC_FIGURES.get(topic or "", {}).items() if sl != "non_solicitation_indemnity_eur"}
    # "le client en voulait 24, on coupe à 18": their figure said beside ours makes the message a few words longer
    if not table or len(_BOUND_AFTER.sub("", folded).split()) > (11 if _THEY_WANT.search(folded) else 8) or not (
            _BACK_TO.search(folded) or _ONLY_FIGURE.match(folded) or _THEIR_BARE_WISH.match(folded)):
        return quantities
    if len(set(table.values())) == 1:  # one figure read in several units (reversibility in months, weeks or days)
        table = dict([next(iter(table.items()))])
    said_units = {q.unit for q in quantities if q.unit in table}
    if len(table) != 1 and len(said_units) == 1 and _THEY_WANT.search(folded):
        # s31: "le client veut 60 jours, on accorde 45" on a clause whose figures take days or euros: the value given
        # bare answers theirs, in its unit
        table = {next(iter(said_units)): table[next(iter(said_units))]}
    if len(table) != 1:  # "mets 99,9" on an SLA: only an availability reads 90 to 100 with decimals
        if "percent" in table:
            return [replace(q, unit="percent") if q.unit is None and 90 <= q.value <= 100 and not (
                _PEOPLE.match(folded, q.span[1]) or _SITES.match(folded, q.span[1])) else q for q in quantities]
        return quantities
    unit = next(iter(table))
    out = []
    for q in quantities:
        if q.unit is None and 0 < q.value <= 1000 and not (_PEOPLE.match(folded, q.span[1]) or
                                                          _SITES.match(folded, q.span[1])):
            q = replace(q, unit=unit)
        out.append(q)
    return out


_DATA_LOSS = re.compile(r"\b(?:data (?:loss|losses|corruption|destruction)|loss(?:es)? (?:of|or corruption of) (?:the |client |customer )?data|"
                        r"lost (?:or corrupted )?data|pertes? (?:ou (?:alteration|corruption) )?de(?:s)? donnees|donnees perdues|"
                        r"(?:alteration|corruption|destruction) de(?:s)? donnees)\b")
_OF_FEES = re.compile(r"\s*(?:of|de|des|du|d')\s*(?:the |la |le |les |l')?(?:[\w-]+ ){0,2}?(?:fees?|redevances?|sommes|montants?|amounts?|"
                      r"charges|billing|prix|price|contract value|valeur du contrat|factur\w*|paid|payees?|versees?)\b")


def _liability_figures(folded: str, quantities: list, topic: str | None, topic_hint: str | None, figures: dict) -> None:
    """The liability cap as a share of the fees ("cap at 50% of the annual fees", "plafond à la moitié des sommes
    annuelles"), and a separate cap for data loss ("data loss under its own cap of EUR 100,000")."""
    liability = topic == "liability" or (topic_hint == "liability" and topic in (None, "liability", "pricing_payment")) or bool(
        re.search(r"\b(responsabilite|liabilit\w*)\b", folded))
    if not liability or re.search(r"\b(penalit\w*|penalt\w*|service credits?|credits? de service)\b", folded):
        return
    loss = _DATA_LOSS.search(folded)
    if loss and (re.search(r"\b(caps?|capped|plafon\w*|sous-plafond|sub-?caps?|limit\w*|max\w*)\b", folded) or topic_hint == "liability"):
        amounts = [q for q in quantities if q.unit == "eur" and q.value >= 1000]
        if not amounts:  # "cap data loss separately at 100k"
            m = re.search(r"(?<![\w.,])(\d{1,4}(?:[.,]\d{1,2})?)\s?k\b", folded)
            amounts = [Quantity(float(m.group(1).replace(",", ".")) * 1000, "eur", m.span(), m.group(0))] if m else []
        if amounts:
            q = min(amounts, key=lambda q: min(abs(q.span[0] - loss.end()), abs(loss.start() - q.span[1])))
            figures["data_loss_cap_eur"] = int(q.value) if float(q.value).is_integer() else q.value
            if figures.get("insurance_amount_eur") == figures["data_loss_cap_eur"]:
                figures.pop("insurance_amount_eur")
    for q in quantities:
        if q.unit == "percent" and 1 <= q.value <= 1000 and _OF_FEES.match(folded, q.span[1]):
            figures["liability_cap_percent"] = int(q.value) if float(q.value).is_integer() else q.value
            figures.pop("penalty_cap_percent", None)
            break
    else:
        m = re.search(r"\b(?:half|la moitie|moitie)\b(?: of)?" + _OF_FEES.pattern.replace(r"\s*(?:of|de|des|du|d')", r"(?:\s*(?:of|de|des|du|d'))?", 1),
                      folded)
        if m:
            figures["liability_cap_percent"] = 50
    if "liability_cap_percent" in figures and "liability_cap_months" not in figures and re.search(
            r"\b(annual\w*|yearly|annuel\w*|par an|per year|a year|of the year|de l'annee|sur l'annee|sur un an|over (the|a) year)\b",
            folded):
        figures["liability_cap_months"] = 12


_FRACTIONS = {"dixieme": 10.0, "tenth": 10.0, "cinquieme": 20.0, "fifth": 20.0, "quart": 25.0, "quarter": 25.0,
              "moitie": 50.0, "half": 50.0, "vingtieme": 5.0, "twentieth": 5.0}
_FRACTION_OF_FEE = re.compile(r"\b((?:un |une |a |one |la |le )?(" + "|".join(_FRACTIONS) + r"))\s+(?:of|de|du|des|d')\s*"
                              r"(?:the |la |le |les |l'|their |our |leur |notre )?(?:monthly |mensuel\w* )?"
                              r"(?:redevances?|fees?|charges?|mensualites?|factur\w*|montants?|amounts?|prix|price|billing)\b")
