"""Edits the tools make to a library clause's text so that it says what the user said: figures in the
unit said, numbered passages dropped, a passage added in the third person, exceptions, working hours, data
location, liability figures and a fixed non-solicitation sum; plain sentences for a rephrasing."""

from __future__ import annotations

import re

from assistant.chat.state import ADDED_PASSAGE, LIMIT_EXCEPTION, ConversationState
from assistant.text import drop_asides, split_sentences


def _side_position(state: ConversationState) -> str:
    return state.side if state.side in ("msp", "client") else "balanced"


_SAID_UNITS = {"fr": {"day": ("jour", "jours"), "business_day": ("jour ouvré", "jours ouvrés"), "week": ("semaine", "semaines"),
                      "year": ("an", "ans"), "business_hour": ("heure ouvrée", "heures ouvrées")},
               "en": {"day": ("day", "days"), "business_day": ("business day", "business days"), "week": ("week", "weeks"),
                      "year": ("year", "years"), "business_hour": ("business hour", "business hours")}}
# s32: the same unit in the user's own words ("one working day", "2 jours ouvrables", "45 jours calendaires"): the kind
# of day or hour said back as said, whatever the clause's own name for it
_SAID_WORDS = {"fr": {("business_day", "ouvrable"): ("jour ouvrable", "jours ouvrables"),
                      ("business_day", "working"): ("jour ouvré", "jours ouvrés"),
                      ("business_hour", "ouvrable"): ("heure ouvrable", "heures ouvrables"),
                      ("day", "calendaire"): ("jour calendaire", "jours calendaires"),
                      ("day", "calendar"): ("jour calendaire", "jours calendaires"),
                      ("day", "franc"): ("jour franc", "jours francs"), ("day", "civil"): ("jour civil", "jours civils"),
                      ("day", "plein"): ("jour plein", "jours pleins")},
               "en": {("business_day", "working"): ("working day", "working days"),
                      ("business_hour", "working"): ("working hour", "working hours"),
                      ("day", "calendar"): ("calendar day", "calendar days"),
                      ("day", "calendaire"): ("calendar day", "calendar days")}}


def _written_as_said(clause, said: dict, lang: str):
    """The clause with each figure the user gave in another unit written in that unit ("60 days' notice", not
    "2 months' notice"; "an RTO of 1 business day", not "24 hours"): the slot and its unit word in the wording."""
    from assistant.legal.drafting.slots import format_value

    raw = getattr(clause, "raw", "") or ""
    changed = raw
    for slot, (value, unit, *words) in said.items():
        if unit == "eur":  # "equal to 3 months of the gross monthly salary of the employee concerned" -> "equal to EUR 15,000"
            amount = format_value(int(value) if float(value).is_integer() else value, lang)
            phrase = f"{amount} €" if lang == "fr" else f"EUR {amount}"
            changed = re.sub(r"\{" + re.escape(slot) + r"\}[ \u202f\u00a0]*(?:mois|months)\b[^,;.]*?(?:salaire brut mensuel|"
                             r"gross monthly salary)(?: perçu par le salarié à son départ| du salarié concerné| of the employee "
                             r"concerned| the employee received on leaving)?", lambda _m: phrase, changed)
            continue
        forms = _SAID_WORDS["en" if lang == "en" else "fr"].get((unit, words[0] if words else None)) or \
            _SAID_UNITS["en" if lang == "en" else "fr"].get(unit)
        if not forms:
            continue
        many = value >= 2 if lang == "fr" else value != 1
        phrase = f"{format_value(int(value) if float(value).is_integer() else value, lang)} {forms[1] if many else forms[0]}"
        changed = re.sub(r"\{" + re.escape(slot) + r"\}[ \u202f\u00a0]*(?:months?|mois|hours?|heures?|h|days?|jours?)\b",
                         lambda _m: phrase, changed)
    if changed == raw:
        return clause
    from dataclasses import replace as _replace

    from assistant.legal.drafting.clause import render
    return _replace(clause, text=render(changed, lang, clause.values), raw=changed)


_NUMBERED = re.compile(r"^([A-Z0-9]+)\.(\d+)(\s)")


def _passage_of(text: str, what: str) -> int | None:
    """The line of a numbered passage that says `what` (every word of it, by its stem), else None."""
    from assistant.text import fold

    stems = [w[:6] for w in re.findall(r"[a-z]{4,}", fold(what))]
    if not stems:
        return None
    for i, line in enumerate(text.splitlines()):
        if _NUMBERED.match(line) and all(st in fold(line) for st in stems):
            return i
    return None


def _without_passages(clause, dropped: list):
    """The clause without the numbered passages the user took out, the others numbered again."""
    text = clause.text
    for what in dropped:
        i = _passage_of(text, what)
        if i is not None:
            lines = text.splitlines()
            text = "\n".join(lines[:i] + lines[i + 1:])
    if text == clause.text:
        return clause
    n = 0

    def renumber(m: re.Match) -> str:
        nonlocal n
        n += 1
        return f"{m.group(1)}.{n}{m.group(3)}"

    text = "\n".join(_NUMBERED.sub(renumber, line) for line in text.splitlines())
    from dataclasses import replace as _replace
    return _replace(clause, text=text)


_SAME = ((r"planned|scheduled|programm\w*|planifi\w*|prevue?s?", "planned"), (r"announc\w*|annonc\w*|notifi\w*|prevenu\w*|previen\w*|"
          r"notice", "announced"), (r"job (ads?|offers?)|offres? d'emploi|annonces?|advert\w*|public \w+ offer", "jobad"),
         (r"spontan\w*|own initiative|propre initiative|d'eux-memes|on their own|of their own accord", "ownaccord"),
         (r"(\d+) ?(h|hours?|heures?)\b", r"\1h"))
_STOP = {"that", "this", "with", "from", "they", "their", "them", "have", "will", "which", "when", "where", "more", "than",
         "dans", "pour", "avec", "sont", "leur", "leurs", "cette", "celui", "ceux", "gens", "people", "ahead", "avant",
         "exclude", "exclus", "exclure", "also", "aussi", "announce", "anounce"}


def _norm_words(text: str) -> set[str]:
    from assistant.text import fold

    low = fold(text)
    for pat, rep in _SAME:
        low = re.sub(pat, rep, low)
    return {w[:6] for w in re.findall(r"[a-z0-9]{4,}|\d+h", low) if w not in _STOP}


def _covered(text: str, what: str) -> bool:
    """The clause already says it: most of the exception's words (synonyms folded) are in one of its passages — and,
    when it carries figures, that passage carries them too ("répond à ses questions pendant la transition" does not say
    "sous 48 heures")."""
    want = _norm_words(what) - _WEAK
    if not want:
        return False
    numbers = _numbers(what)
    need = max(2 if len(want) < 4 else 3, round(0.6 * len(want)))  # four words or more: two shared nouns are not enough
    return any(len(want & _norm_words(line)) >= need and numbers <= _numbers(line)
               for line in text.splitlines())


# the units and quantifiers of a figure say nothing of what a passage does (its figure is checked apart)
_WEAK = {"jours", "heures", "days", "hours", "mois", "months", "semain", "weeks", "annees", "years", "minute", "tout",
         "toute", "tous", "toutes", "every"}


def _numbers(text: str) -> set[float]:
    from assistant.text.numbers import find_quantities

    return {q.value for q in find_quantities(text) if q.unit not in ("users", "sites", "workstations")}


# words one role is said with in a condition and in a clause ("prévenir 30 jours avant" / "notifié 30 jours à l'avance")
_ROLE_SAME = {"preve": "notif", "previ": "notif", "avert": "notif", "warn": "notif", "annon": "notif", "infor": "notif",
              "notic": "notif", "objec": "oppos", "oppos": "oppos", "refus": "oppos", "conte": "oppos"}
_PARTY_STEMS = frozenset({"clien", "prest", "provi", "custo", "fourn", "parti", "nous", "their", "vous", "doit", "must",
                          "shall", "peut", "could", "would", "should", "will", "dispo", "avoir", "have"})


def _role_stems(text: str) -> set[str]:
    from assistant.legal.drafting.figures import stems

    return {_ROLE_SAME.get(w, w) for w in stems(text)} - _PARTY_STEMS


def condition_own_figures(clause, figures: dict, passages: list, said: dict, lang: str) -> list[str]:
    """s19: the figures of a condition added to the clause on the table that are the condition's own, not the clause's:
    "ajoute que le rapport d'audit nous est remis sous 10 jours" on an audit clause with a 30-day notice, "add that the
    monthly report reaches us within 5 working days". A figure goes to the clause's figure of its kind only when the
    condition repeats a word of that figure's role (the sentence that writes it, the clause's own subject and the parties
    left aside: "le préavis passe à 15 jours", "we get 15 days to object" where the notice is the one to object in);
    otherwise it stays in the condition, written as said."""
    from assistant.chat.figure_match import slot_of
    from assistant.legal.drafting.figures import read_figures

    said_words = _role_stems(" ".join(passages)) - _role_stems(getattr(clause, "title", "") or "")
    if not said_words:
        return []
    own = []
    text_figures = read_figures(getattr(clause, "text", "") or "", lang)
    for key in figures:
        sentences = [f for f in text_figures if slot_of(f, clause, said) == key]
        if not sentences:
            continue
        role = set()
        for f in sentences:
            role |= {_ROLE_SAME.get(w, w) for w in f.context}
        if not (said_words & role):
            own.append(key)
    return own


# "we announce it", "we have given notice", "nous l'annonçons": the user's first person made the party's name, the verb
# in the third person with it
_EN_SAME = {"can", "could", "will", "would", "shall", "should", "must", "may", "might", "did", "had"}
_EN_IRREGULAR = {"are": "is", "have": "has", "do": "does", "go": "goes", "were": "was", "'re": " is", "'ve": " has"}
_FR_IRREGULAR = {"sommes": "est", "avons": "a", "faisons": "fait", "prevenons": "prévient", "prévenons": "prévient",
                 "pouvons": "peut", "devons": "doit", "voulons": "veut", "disons": "dit", "envoyons": "envoie",
                 "allons": "va", "tenons": "tient", "venons": "vient", "mettons": "met", "prenons": "prend",
                 "informons": "informe"}


def _en_third(verb: str) -> str:
    low = verb.lower()
    if low in _EN_SAME or not low.isalpha() or low.endswith(("ed", "ing")):
        return verb
    if low in _EN_IRREGULAR:
        return _EN_IRREGULAR[low]
    if re.search(r"(s|sh|ch|x|z|o)$", low):
        return verb + "es"
    if re.search(r"[^aeiou]y$", low):
        return verb[:-1] + "ies"
    return verb + "s"


def _fr_third(verb: str) -> str:
    low = verb.lower()
    if low in _FR_IRREGULAR:
        return _FR_IRREGULAR[low]
    if low.endswith("çons"):
        return verb[:-4] + "ce"     # annonçons -> annonce
    if low.endswith("geons"):
        return verb[:-4] + "e"      # changeons -> change
    if low.endswith("issons"):
        return verb[:-6] + "it"     # fournissons -> fournit
    if low.endswith("ons"):
        return verb[:-3] + "e"      # notifions -> notifie, donnons -> donne
    return verb


_EN_WE = re.compile(r"\b(?:we|We)(?![\w-])(?:('re|'ve)|\s+((?:(?:also|always|first|duly|then|still|just|only|already) )?)([A-Za-z]+))?")
_FR_NOUS = re.compile(r"\b(?:nous|Nous)\s+((?:(?:l'|le |la |les |lui |leur |en |y )?))([A-Za-zÀ-ÿ]+ons)\b")


def _third_person(x: str, party: str, lang: str) -> str:
    """An exception in the user's words with "we"/"nous"/"on" made the party, the verb agreeing ("if we announce it" ->
    "if the Provider announces it", "si nous l'annonçons" -> "si le Prestataire l'annonce")."""
    if lang == "en":
        def we(m: re.Match) -> str:
            if m.group(1):
                return party + _EN_IRREGULAR[m.group(1)]
            if m.group(3) is None:
                return party
            return f"{party} {m.group(2) or ''}{_en_third(m.group(3))}"
        x = _EN_WE.sub(we, x)
        x = re.sub(r"\bourselves\b", "itself", x)
        x = re.sub(r"\b(?:us)\b", party, x)
        x = re.sub(r"\b(?:ours)\b", party + "'s", x)
        return re.sub(r"\b(?:our|Our)\b", party + "'s", x)
    x = _FR_NOUS.sub(lambda m: f"{party} {m.group(1)}{_fr_third(m.group(2))}", x)
    x = re.sub(r"\b(?:on|On)\b(?= )", party, x)  # "si on l'annonce": already in the third person
    x = re.sub(r"\bnous-memes\b|\bnous-mêmes\b", "lui-même", x)
    x = re.sub(r"\b(?:nous|Nous)\b", party, x)
    return x


_OTHER_SUBJECT = {"fr": re.compile(r"^(?:il|ils|elle|elles|le presta|l'infogerant|l'infogérant)\b", re.I),
                  "en": re.compile(r"^(?:he|she|they|it)\b", re.I)}


def _added_passage(x: str, state: ConversationState) -> str:
    """A passage the user asked to add, in their words and the third person: "il doit nous prévenir 30 jours avant tout
    nouveau sous-traitant" (said by the client) -> "Le Prestataire doit prévenir le Client 30 jours avant tout nouveau
    sous-traitant."; "they must warn us…" -> "The Provider must warn the Client…"."""
    lang = state.lang if state.lang in ("fr", "en") else "fr"
    names = {"msp": ("the Provider", "le Prestataire"), "client": ("the Client", "le Client")}
    me = names.get(state.side or "")
    other = names.get({"msp": "client", "client": "msp"}.get(state.side or "", ""))
    x = x.strip().rstrip(".")
    if other:
        x = _OTHER_SUBJECT[lang].sub(other[0] if lang == "en" else other[1], x)
    if me:
        party = me[0] if lang == "en" else me[1]
        if lang == "fr":  # "doit nous prévenir": the object pronoun before an infinitive, put after it
            x = re.sub(r"\bnous ([a-zéèêàç]+(?:er|ir|re))\b", lambda m: f"{m.group(1)} {party}", x)
        x = _third_person(x, party, lang)
    return x[:1].upper() + x[1:] + "."


def _with_exceptions(clause, excluded: list, state: ConversationState):
    """The clause with the exceptions the user put in, as a last numbered passage in their words (first person made the
    party's name)."""
    if not excluded:
        return clause
    from dataclasses import replace as _replace

    lang = state.lang
    party = {"msp": ("the Provider", "le Prestataire"), "client": ("the Client", "le Client")}.get(state.side or "")
    items, cases, added = [], [], []
    for x in excluded:
        if x.startswith(ADDED_PASSAGE):
            added.append(_added_passage(x.removeprefix(ADDED_PASSAGE), state))
            continue
        limit = x.startswith(LIMIT_EXCEPTION)
        x = x.removeprefix(LIMIT_EXCEPTION).strip().rstrip(".")
        if party:
            x = _third_person(x, party[0] if lang == "en" else party[1], lang)
        (cases if limit else items).append(x)
    lines = clause.text.rstrip().splitlines()
    for x in added:
        nums = [m for m in (_NUMBERED.match(line) for line in lines) if m]
        lines.append((f"{nums[-1].group(1)}.{int(nums[-1].group(2)) + 1} " if nums else "") + x)
    for group, fr, en in ((items, "Par exception, ne sont pas visés : ", "By way of exception, this clause does not apply to: "),
                          (cases, "Par exception, la limite prévue ci-dessus ne s'applique pas dans le cas suivant : ",
                           "By way of exception, the limit above does not apply in the following case: ")):
        if not group:
            continue
        nums = [m for m in (_NUMBERED.match(line) for line in lines) if m]
        head = f"{nums[-1].group(1)}.{int(nums[-1].group(2)) + 1} " if nums else ""
        lines.append(head + (fr if lang == "fr" else en) + "; ".join(group) + ".")
    return _replace(clause, text="\n".join(lines))


_REGION_NAMES = {"france": ("France", "France"), "eu": ("l'Union européenne", "the European Union"),
                 "eea": ("l'Espace économique européen", "the European Economic Area")}


def _location_text(located: list, lang: str) -> str:
    """'France ou l'Union européenne' / 'France or the European Union': the places the data may stay, joined."""
    names = [_REGION_NAMES[x][0 if lang == "fr" else 1] for x in located if x in _REGION_NAMES]
    if lang == "fr":
        names = [("en " + n) if n == "France" else ("dans " + n) for n in names]
        return " ou ".join(names)
    return " or ".join(("in " + n) if n == "France" else ("within " + n) for n in names)


_DAYS = {"fr": {"mon": "lundi", "tue": "mardi", "wed": "mercredi", "thu": "jeudi", "fri": "vendredi", "sat": "samedi",
                "sun": "dimanche"},
         "en": {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday", "sat": "Saturday",
                "sun": "Sunday"}}


def hours_text(said: dict, lang: str) -> str:
    """Service hours as the user gave them, in the contract's words: "du lundi au samedi de 7 h à 19 h, hors jours
    fériés", "Monday to Saturday, 7:00 to 19:00, excluding public holidays"."""
    first, last = (_DAYS[lang][d] for d in said["days"])

    def clock(v: float) -> str:
        h, m = int(v), round((v - int(v)) * 60)
        if lang == "fr":
            return f"{h} h {m:02d}" if m else f"{h} h"
        return f"{h}:{m:02d}"

    if lang == "fr":
        return f"du {first} au {last} de {clock(said['start'])} à {clock(said['end'])}, hors jours fériés"
    return f"{first} to {last}, {clock(said['start'])} to {clock(said['end'])}, excluding public holidays"


def _with_hours(clause, state: ConversationState):
    """An SLA clause counted in business hours, with the hours the user stated ("on est ouverts le samedi"): what those
    hours are, written as a last numbered passage (the library wording names them without saying them)."""
    hours = hours_text(state.hours_said, state.lang) if state.hours_said else (clause.values or {}).get("hours_label")
    if "hours" not in state.stated() or not hours or hours in clause.text or not re.search(
            r"Heures ouvrées|Business Hours", clause.text):
        return clause
    from dataclasses import replace as _replace

    lines = clause.text.rstrip().splitlines()
    nums = [m for m in (_NUMBERED.match(line) for line in lines) if m]
    head = f"{nums[-1].group(1)}.{int(nums[-1].group(2)) + 1} " if nums else ""
    body = (f"Les Heures ouvrées s'entendent {hours}." if state.lang == "fr" else f"Business Hours means {hours}.")
    return _replace(clause, text="\n".join(lines + [head + body]))


def _with_location(clause, located: list, state: ConversationState):
    """The clause with where the data must stay written as a last numbered passage (the user asked for it): hosting,
    processing and backups there only, and access from elsewhere only with the client's prior written consent."""
    if not located:
        return clause
    from dataclasses import replace as _replace

    where = _location_text(located, state.lang)
    lines = clause.text.rstrip().splitlines()
    nums = [m for m in (_NUMBERED.match(line) for line in lines) if m]
    head = f"{nums[-1].group(1)}.{int(nums[-1].group(2)) + 1} " if nums else ""
    if state.lang == "fr":
        body = (f"Localisation des données : les données du Client, sauvegardes comprises, sont hébergées et traitées "
                f"exclusivement {where} ; tout accès ou transfert depuis un autre pays requiert l'accord écrit préalable "
                f"du Client.")
    else:
        body = (f"Data location: the Client's data, backups included, is hosted and processed only {where}; any access "
                f"or transfer from another country requires the Client's prior written consent.")
    return _replace(clause, text="\n".join(lines + [head + body]))


_FIXED_SUM = "non_solicitation_indemnity_eur"
# the liability cap as a share of the fees, and a separate cap for data loss: no slot of the library wording, written
# into the cap's sentence of the clause (and of the contract's liability article)
_LIABILITY_SAID = ("liability_cap_percent", "data_loss_cap_eur")
_KEPT_FIGURES = (_FIXED_SUM,) + _LIABILITY_SAID


def _liability_as_said(text: str, figures: dict, lang: str) -> str:
    from assistant.legal.drafting.slots import format_value

    pct = figures.get("liability_cap_percent")
    if pct is not None:
        p = format_value(int(pct) if float(pct).is_integer() else pct, lang)
        if lang == "fr":
            text = re.sub(r"\bau montant hors taxes\b", f"à {p} % du montant hors taxes", text, count=1)
            text = re.sub(r"(?<!% des )\bles sommes hors taxes dues\b", f"{p} % des sommes hors taxes dues", text, count=1)
        else:
            text = re.sub(r"\bat the amount excluding VAT\b", f"at {p}% of the amount excluding VAT", text, count=1)
            text = re.sub(r"(?<!% of )\bthe sums excluding VAT payable\b", f"{p}% of the sums excluding VAT payable", text, count=1)
    amount = figures.get("data_loss_cap_eur")
    if amount is not None:
        v = format_value(int(amount) if float(amount).is_integer() else amount, lang)
        extra = (f" Par exception, la responsabilité du Prestataire au titre de la perte, de l'altération ou de la destruction "
                 f"de données est soumise à un plafond distinct de {v} € par année contractuelle." if lang == "fr" else
                 f" By way of exception, the Provider's liability for loss, corruption or destruction of data is subject to a "
                 f"separate cap of EUR {v} per contract year.")
        lines = text.splitlines()
        i = next((i for i, line in enumerate(lines) if re.search(r"plafonnée|is capped|liability is capped", line)), None)
        if i is None:
            lines.append(extra.strip())
        elif extra.strip() not in lines[i]:
            lines[i] = lines[i].rstrip() + extra
        text = "\n".join(lines)
    return text
_SALARY_MONTHS = re.compile(r"\S+(?: \([^)]*\))?[ \u202f\u00a0](?:mois|months) (?:du|of the) (?:dernier |last )?(?:salaire brut mensuel|"
                            r"gross monthly salary)(?: perçu par le salarié à son départ| du salarié concerné| of the employee "
                            r"concerned| the employee received on leaving)?")


def _fixed_sum_in_contract(built, amount, lang: str) -> None:
    """The contract's non-solicitation article with the fixed indemnity the user set written in place of months of salary."""
    from assistant.legal.drafting.slots import format_value

    value = format_value(int(amount) if float(amount).is_integer() else amount, lang)
    phrase = f"{value} €" if lang == "fr" else f"EUR {value}"
    for section in built.sections:
        if section.topic == "non_solicitation":
            section.text = _SALARY_MONTHS.sub(lambda _m: phrase, section.text)


def _clean_figures(figures: dict | None) -> dict:
    from assistant.legal.drafting.slots import slot_specs

    specs = slot_specs()
    out = {}
    for k, v in (figures or {}).items():
        if k in specs and k != "monthly_fee_eur":
            out[k] = int(v) if isinstance(v, float) and v.is_integer() else v
    return out


_PLAIN_DROP = re.compile(r"^(par dérogation à ce qui précède,?\s*|notwithstanding the above,?\s*)", re.I)


def plain_sentences(text: str, *, limit: int) -> list[str]:
    """The first sentence of each paragraph, without numbering, asides in parentheses (nested groups whole, citations
    of the law kept: `text.asides`) or cross-references."""
    out = []
    for para in text.split("\n"):
        if re.match(r"^\s*>?\s*(Article|Art\.)\s+(X|\d+)\s*[–-]", para):
            continue
        para = re.sub(r"^\s*(\d+\.\d+|[A-Z]\.\d+|[A-Z]?\d+\.|[-*>–])\s*", "", para.strip())
        if len(para) < 25:
            continue
        parts = split_sentences(para, items=False) if para.strip() else []
        if len(parts) > 1 and len(parts[0].text.split()) <= 4:  # "Transition. À compter de…": the heading is no sentence
            parts = parts[1:]
        first = parts[0].text if parts else para
        first = drop_asides(first)  # nested groups whole, citations of the law kept
        first = _PLAIN_DROP.sub("", first).strip().rstrip(";:")
        if first and first[-1] not in ".!?":
            first += "."
        first = first[:1].upper() + first[1:]
        if 20 <= len(first) <= 400 and first not in out:
            out.append(first)
        if len(out) >= limit:
            break
    return out


def figures_before(prior: dict, figures: dict | None) -> dict:
    """s20: the values the figures just set had before ("8 % → 15 %": {cap: 8}), what a split difference starts from."""
    return {k: prior[k] for k in (figures or {}) if isinstance(prior.get(k), (int, float)) and not isinstance(prior[k], bool)
            and isinstance(figures[k], (int, float)) and prior[k] != figures[k]}
