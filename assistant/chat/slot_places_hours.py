"""Where and when, as the user says it: systems kept on the premises, working hours said as a
clock range, shifts or round the clock (`read_hours_said`: days and times), sites counted with their extras, and
where the data must stay (`read_data_location`)."""

from __future__ import annotations

import re

from assistant.chat.slot_figure_cues import _PEOPLE, _SITES
from assistant.chat.slot_scope import denied


# the client's systems kept at the client's premises: "our servers stay on-prem", "les serveurs sont chez nous, dans
# notre baie", told by the client; "their servers are in their own comms room", told by the provider
_SYSTEMS = r"(?:(?:nos|leurs|les|our|their|the|all (?:our|their|the)|tous (?:nos|leurs|les)) )?(?:serveurs?|servers?|infra\w*|machines|baies?|systems?|systemes?)"
_ON_PREM_ANY = re.compile(r"\bon-?prem(?:ise|ises)?\b|\b(?:en|sur) local\b|\bin (?:a|the|our|their) (?:own )?(?:comms?|server|it|technical) "
                          r"(?:room|cupboard|closet)\b|\bdans (?:le|notre|leur) (?:local|salle|placard) (?:technique|serveurs?|informatique)\b")
_ON_PREM_OURS = re.compile(_SYSTEMS + r" (?:stay|stays|are|remain|sont|restent|reste|sit|live|se trouvent) (?:\w+ )?(?:chez nous|in-house|"
                           r"in house|at our (?:place|premises|office|site)|dans nos locaux|in our (?:own )?(?:office|premises|building))\b|"
                           r"\b(?:on|nous|we) (?:garde|gardons|keep|host|heberge|hebergeons) (?:\w+ )?" + _SYSTEMS +
                           r" (?:chez nous|in-house|in house|ourselves|nous-memes|dans nos locaux|at our (?:place|premises|office))\b")
_ON_PREM_THEIRS = re.compile(_SYSTEMS + r" (?:stay|stays|are|remain|sont|restent|reste|sit|live|se trouvent) (?:\w+ )?(?:chez eux|chez le client|"
                             r"in-house|in house|at their (?:place|premises|office|site)|dans leurs locaux|in their (?:own )?(?:office|"
                             r"premises|building))\b|\b(?:ils|elles|the client|le client|they) (?:garde\w*|keeps?|hosts?|heberge\w*) "
                             r"(?:\w+ )?" + _SYSTEMS + r" (?:chez eux|in-house|in house|themselves|eux-memes|dans leurs locaux|"
                             r"at their (?:place|premises|office))\b")


def _on_premises(folded: str, speaker: str | None) -> bool:
    """The systems are kept at the client's premises (so the provider hosts nothing), said by either side."""
    if _ON_PREM_ANY.search(folded) and re.search(r"\b(?:serveurs?|servers?|infra\w*|tout|everything|it all|machines|baies?)\b", folded):
        return True
    if speaker == "msp":
        return bool(_ON_PREM_THEIRS.search(folded))
    return bool(_ON_PREM_OURS.search(folded) or (speaker is None and _ON_PREM_THEIRS.search(folded)))


_CLOCK = r"(\d{1,2})(?:\s*[:h.]\s*(\d{2}))?(?:\s*(am|pm|a\.m\.|p\.m\.|h\b|heures?\b|o'clock))?"  # "7.30am", "18h30"
_TIME_RANGE = re.compile(r"(?<![\w.,/])" + _CLOCK + r"\s*(?:-|–|to|till|until|a|au|jusqu'a|and|et)\s*(?:(midnight|minuit|midday|midi)|"
                         + _CLOCK + r")(?![\d%/])")
_SHIFTS = re.compile(r"\b(?:(two|2|deux|three|3|trois) (?:shifts|equipes|postes de travail|rotations)|(2|3) ?x ?8\b|"
                     r"(?:en |on )?(deux|trois|two|three)[- ]huit\b|(?:night|nuit) shifts?|equipes? de nuit|travail de nuit)")
_EXCEPT_DAY = re.compile(r"(?:24\s*/\s*7|24h/24|24 ?h ?/ ?24|7j/7|7 ?j ?/ ?7|round the clock|around the clock|non-stop|every day|tous les jours)"
                         r"[^.;]{0,20}\b(?:except|but not|apart from|other than|sauf|hors|excepte|hormis)( on| le| les)? "
                         r"(?:sundays?|saturdays?|dimanches?|samedis?|week-?ends?|nights?|la nuit|nuits?|public holidays|jours feries)")


def _clock(hour: str, minutes: str | None, mark: str | None) -> float | None:
    h = int(hour)
    if mark and mark.startswith("p") and h < 12:
        h += 12
    if mark and mark.startswith("a") and h == 12:
        h = 0
    value = h + (int(minutes) / 60 if minutes else 0)
    return value if 0 <= value <= 24 else None


def _hours_said(folded: str) -> tuple[str, tuple[int, int]] | None:
    """The service hours a time range, shifts or "every day but Sunday" say: 24x7, extended or business (9-18 on
    weekdays stays business), with the span that says it."""
    m = _EXCEPT_DAY.search(folded)
    if m:
        return "extended", m.span()
    m = _SHIFTS.search(folded)
    if m:
        three = re.search(r"three|3|trois|night|nuit", m.group(0))
        return ("24x7" if three else "extended"), m.span()
    for m in _TIME_RANGE.finditer(folded):
        h1, m1, k1, word, h2, m2, k2 = m.groups()
        if not (k1 or k2 or m1 or m2 or word or re.search(r"\b(?:de|from|between|entre)\s*$", folded[max(0, m.start() - 9):m.start()])):
            continue  # "2 to 3 users": no clock
        if re.match(r"\s*(?:%|users?|utilisateurs?|postes?|sites?|jours?|days?|mois|months?|years?|ans|eur|€)", folded[m.end():]) \
                or _PEOPLE.match(folded, m.end()) or _SITES.match(folded, m.end()):
            continue  # "from 12 to 18 staff": a count, not a clock
        start = _clock(h1, m1, k1 or (k2 if k2 and k2[0] in "ap" and int(h1) <= int(h2 or 0) else None))
        end = 24.0 if word in ("midnight", "minuit") else 12.0 if word in ("midday", "midi") else _clock(h2, m2, k2)
        if start is None or end is None:
            continue
        span = (end - start) % 24 or 24
        if span < 4 and end > start:
            continue  # "the call is from 2 to 3pm": a slot in the day, not service hours
        if span >= 23.5:
            return "24x7", m.span()
        # a working day runs up to about eleven hours (8-18, 9-19); earlier, later or longer is extended
        if end <= start or start < 7.5 or end > 19.5 or span > 11:
            return "extended", m.span()
        weekend = re.search(r"\b(week-?ends?|samedis?|saturdays?|sat|sam|dimanches?|sundays?|sun|dim|7 ?j|7 ?jours|7 days|"
                            r"7 ?/ ?7|sept jours|seven days|six days|6 days|6 ?j|6 ?jours)\b", folded)
        return ("extended" if weekend and not denied(folded, folded, weekend.span()) else "business"), m.span()
    return None


_DAY_NAMES = {"mon": ("lundi", "monday", "mon", "lun"), "tue": ("mardi", "tuesday", "tue", "tues", "mar"),
              "wed": ("mercredi", "wednesday", "wed", "mer"), "thu": ("jeudi", "thursday", "thu", "thur", "thurs", "jeu"),
              "fri": ("vendredi", "friday", "fri", "ven"), "sat": ("samedi", "saturday", "sat", "sam"),
              "sun": ("dimanche", "sunday", "sun", "dim")}
_DAY_WORD = "|".join(sorted({w for ws in _DAY_NAMES.values() for w in ws}, key=len, reverse=True))
_DAY_RANGE = re.compile(r"\b(?:du |from |de )?(" + _DAY_WORD + r")s?\.?\s*(?:-|–|au|a|to|through|thru|till|until|jusqu'au)\s*("
                        + _DAY_WORD + r")s?\b")


def read_hours_said(folded: str) -> dict | None:
    """The service hours as said, when a message gives both the days and the times ("du lundi au samedi 7h-19h",
    "Monday to Saturday, 8am to 8pm"): {"days": [first, last], "start": hour, "end": hour}, else None."""
    d = _DAY_RANGE.search(folded)
    ranged = _hours_said(folded)
    if d is None or ranged is None or ranged[0] == "24x7":
        return None
    day = {w: k for k, ws in _DAY_NAMES.items() for w in ws}
    first, last = day[d.group(1)], day[d.group(2)]
    m = _TIME_RANGE.search(folded, ranged[1][0])
    if m is None:
        return None
    h1, m1, k1, word, h2, m2, k2 = m.groups()
    start = _clock(h1, m1, k1 or (k2 if k2 and k2[0] in "ap" and int(h1) <= int(h2 or 0) else None))
    end = 24.0 if word in ("midnight", "minuit") else 12.0 if word in ("midday", "midi") else _clock(h2, m2, k2)
    if start is None or end is None or end <= start:
        return None
    return {"days": [first, last], "start": start, "end": end}


# "6 boulangeries et un labo central", "four shops plus the head office": one more place named after the count
_ONE_SITE = (r"(?:un|une|le|la|l'|a|an|one|the|our|their|notre|leur)\s*"
             r"(?:(?:gros|grand|big|main|central|centrale|principal|small|petit|seul|single)\s+)?"
             r"(labo(?:ratoire)?|lab(?:oratory)?|siege(?: social)?|head office|headquarters|hq|bureau|office|"
             r"entrepot|warehouse|atelier|workshop|cuisine|kitchen|depot|fournil|plateforme logistique|"
             r"unite de production|production site|usine|factory|plant|back[- ]office|datacenter|data centre|"
             r"data center)\b")
_EXTRA_SITE = re.compile(r"[^.;:!?\d]{0,30}?(?:\+|\bplus|\bet|\band|\bainsi que|\bas well as|\balong with|\bavec|\bwith)\s+"
                         r"(?:aussi |also |en plus |encore )?" + _ONE_SITE +
                         r"(?!\s*(?:manager|assistant|365|suite|equipment|materiel|staff|du |d'|des |de ))")
# "un siège et 2 dépôts", "a head office plus 3 branches": the one place named before the count
_SITE_BEFORE = re.compile(r"(?<![\w'])" + _ONE_SITE + r"(?: social| central)?\s*(?:\+|,|\bplus\b|\bet\b|\band\b)\s*$")


def _extra_site(folded: str, end: int, start: int | None = None) -> int:
    m = _SITES.match(folded, end)
    after = m.end() if m else end
    # s34: the places counted, listed in brackets ("2 sites (l'écloserie et le bureau)"): those places, none more
    listed = re.match(r"\s*\((?![^)]*\b(?:plus|en plus|as well as|ainsi que)\b)[^)]*\)", folded[after:])
    if not listed and _EXTRA_SITE.match(folded, after):
        return 1
    return 1 if start is not None and _SITE_BEFORE.search(folded[max(0, start - 40):start]) else 0


# "les données restent en France ou dans l'UE", "data must be hosted within the EU": where the data may be kept
_WHERE_DATA = re.compile(r"\b(?:donnees|data|hebergement|hosting|serveurs?|servers?|sauvegardes?|backups?|fichiers|files|"
                         r"stockage|storage)\b[^.;?!]{0,60}?\b(?:rest\w*|stay\w*|remain\w*|kept|keep|stock\w*|stored?|"
                         r"heberg\w*|hosted|host|localis\w*|located|situe\w*|sit\w*|held|hold|live|reside\w*|"
                         r"ne (?:sort\w*|quitt\w*) pas|never leaves?|(?:doesn'?t|does not|don'?t|do not|must not|can'?t|cannot) "
                         r"leave|traite\w*|processed|se f\w+|a lieu|takes place|happens|is done|sont|est|is|are|be)\b[^.;?!]{0,40}?\b(?:en|in|within|dans|au sein de|inside|on|sur le "
                         r"territoire d[eu]|(?:l')?(?:union europeenne|europe))\b[^.;?!]{0,50}")
_REGIONS = (("france", r"\bfrance\b|\bfrench\b|territoire (?:national|francais)"),
            ("eu", r"\b(?:ue|eu)\b|union europeenne|european union|\beurope\b"),
            ("eea", r"\b(?:eee|eea)\b|espace economique europeen|european economic area"))


def read_data_location(folded: str) -> list[str]:
    """Where the message wants the data kept ("en France ou dans l'UE" -> ["france", "eu"]); none when a place is only
    asked about or denied."""
    m = _WHERE_DATA.search(folded)
    if not m:
        return []
    return [name for name, pat in _REGIONS if re.search(pat, m.group(0))]
