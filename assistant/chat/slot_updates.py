"""Updates of the conversation's state a message tells in words the count readers miss (s30): read as typed count
changes (`slot_count_change.CountChange`) or as a control fact, then applied by the same code as every other change.

- people who "will have a workstation too" ("3 stagiaires qui auront un poste aussi, ajoute-les", "2 interns who'll need
  a laptop too, add them"): so many more users; the one workstation each is no count of one;
- a part struck out and the new total stated ("les postes publics on ne les compte pas… donc 22", "the kiosks don't
  count, so 14", "scrap the lab PCs, which leaves 18 users"): the users are the total stated;
- who holds the keys, told from the speaker's own side: a client saying nobody on its side has admin ("personne chez
  nous n'a de compte admin", "none of us has an admin login"), a provider saying none of the client's people has
  ("none of them has an admin password"): the provider alone (exclusive)."""

from __future__ import annotations

import re

from assistant.chat.slot_count_change import CountChange
from assistant.chat.slot_parties import _KEY_WORD
from assistant.chat.slot_figure_cues import _PEOPLE, _ROLES
from assistant.chat.slot_relative import _COUNT, _N, _is_place, _number, _unit

# -- people who will have a workstation too ------------------------------------------------------------------------------
_DEVICE = (r"(?:postes?(?: de travail)?|pcs?|ordinateurs?|ordis?|portables?|laptops?|desktops?|computers?|workstations?|"
           r"machines?|mac(?:book)?s?)")
_WILL_HAVE = (r"(?:qui|who|that)(?:'ll| will| vont| va)?\s+(?:\w+\s+)?(?:auront|aura|auraient|vont avoir|ont besoin d'|"
              r"auront besoin d'|(?:each )?(?:have|need|get|be given|require))\s*(?:chacun\s+|each\s+|aussi\s+|also\s+|"
              r"eux aussi\s+|elles aussi\s+)*(?:un|une|a|an|their own|leur propre|leur)\s+" + _DEVICE + r"\b")
_PEOPLE_WITH_DEVICE = re.compile(r"(?<![\w.,])(?P<n>" + _N[1:-1] + r")\s+(?P<who>[a-z][a-z'-]+(?:\s+[a-z'-]+){0,3}?)\s+"
                                 + _WILL_HAVE)
_TOO = re.compile(r"\b(?:aussi|egalement|en plus|too|as well|also|rajout\w*|ajout\w*|compt\w*|inclu\w*|add|count|include)\b")


def _people_with_a_device(folded: str) -> CountChange | None:
    for m in _PEOPLE_WITH_DEVICE.finditer(folded):
        who = m.group("who")
        first = re.match(r"[a-z'-]+", who)
        if _unit(first.group(0)) in ("users", "sites") or _is_place(folded, (m.start("who"), m.start("who") + first.end())):
            continue  # "3 postes qui auront…", "2 sites qui auront un poste": no people
        n = _number(m.group("n"))
        if not n or not float(n).is_integer() or n > 500:
            continue
        if not (_TOO.search(folded, m.start("who")) or _TOO.search(folded[max(0, m.start() - 30):m.start()])):
            continue  # people told with their workstation, added to nothing
        return CountChange("users", "add", float(n), m.group(0), m.span())
    return None


# -- a part struck out and the new total stated --------------------------------------------------------------------------
_STRUCK = re.compile(r"\b(?:(?:on|nous|je)\s+(?:ne\s+)?les\s+(?:compte\w*|prend\w*|sort\w*|enleve\w*|retire\w*|exclu\w*)|"
                     r"ne\s+(?:les\s+)?compt\w*\s+pas|(?:ne|n')\s*(?:sont|rentrent)\s+pas\s+(?:dans|compt\w*)|"
                     r"(?:don'?t|do not|doesn'?t|won'?t)\s+count|(?:leave|take|strike|cross)\s+(?:\w+\s+){0,3}?out|"
                     r"scrap\w*|exclude\w*|not\s+(?:counted|included|in scope))\b")
_TOTAL = re.compile(r"\b(?:donc|du coup|ca fait|cela fait|ca nous fait|cela nous fait|ce qui (?:fait|donne|nous fait)|soit|reste|"
                    r"il reste|restent|so|which leaves|that leaves|leaving|leaves|that makes|which makes|makes|"
                    r"(?:that|which) brings (?:us|it|the (?:total|count)) to|bringing (?:us|it|the (?:total|count)) to|"
                    r"for a total of|pour un total de|(?:en tout|au total|in total|in all)\s*:?)\s+(?:(?:en tout|au total|in all|in total|only|"
                    r"seulement|plus que|just|us|nous|us with)\s+)*(?P<n>\d{1,4})\b(?P<after>\s+(?:" + _COUNT[1:-1] + r"))?"
                    r"(?!\s*(?:%|€|eur|euros?|\$|£|mois|months?|jours?|days?|ans?|years?|h\b|heures?|hours?|k\b))")


def _total_after_a_part_struck(folded: str) -> CountChange | None:
    struck = _STRUCK.search(folded)
    if struck is None:
        return None
    for m in _TOTAL.finditer(folded, struck.end()):
        unit = _unit(m.group("after").strip()) if m.group("after") else "users"
        if unit != "users":
            continue
        n = int(m.group("n"))
        if n >= 1:
            return CountChange("users", "set", float(n), m.group(0), m.span())
    return None


# -- a part added and the new total stated (s33) ------------------------------------------------------------------------
# "add their two laptops, so 9", "plus the 3 tablets in the shop, that makes 14", "rajoute les 2 portables, ça fait 20
# postes": the users are the total stated, not the part added on top of the count held
_ADDED = re.compile(r"\b(?:ajout\w*|rajout\w*|add(?:s|ed|ing)?|inclu\w*|include\w*|compt\w* aussi|count\w*|plus|"
                    r"oubli\w*|forgot\w*|forget|zappe\w*|missed|left out|avec|with)\b")
_COUNTED_THING = re.compile(r"\b(?:" + _COUNT[1:-1] + r"|tablettes?|tablets?|ipads?|smartphones?|telephones?|phones?|"
                            r"" + _DEVICE + r")\b")


def total_after_an_addition(folded: str, read: list) -> list[CountChange]:
    """The count changes read (`read`), the users' addition replaced by the total said after it: an addition of counted
    things followed by a total ("so 9", "ça fait 20 postes") sets the users to that total."""
    added = _ADDED.search(folded)
    if added is None:
        return read
    for m in _TOTAL.finditer(folded, added.end()):
        unit = _unit(m.group("after").strip()) if m.group("after") else None
        if unit not in (None, "users") or not (unit or _COUNTED_THING.search(folded, added.end(), m.start())):
            continue
        n = int(m.group("n"))
        if 1 <= n <= 5000:
            return [c for c in read if c.unit != "users"] + [CountChange("users", "set", float(n), m.group(0), m.span())]
    return read


# -- so many more seats said with no verb ("with 4 more tills", "3 extra laptops") -----------------------------------------
_MORE_SEATS = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}|two|three|four|five|six|ten|twelve)\s+(?:more|extra|additional)\s+"
                         r"(?P<unit>" + _COUNT[1:-1] + r")\b(?!\s+(?:than|per|a|an|each)\b)")


def _more_seats(folded: str) -> CountChange | None:
    for m in _MORE_SEATS.finditer(folded):
        n = _number(m.group("n"))
        if n and float(n).is_integer() and _unit(m.group("unit")) == "users":
            return CountChange("users", "add", float(n), m.group(0), m.span())
    return None


# s31: the people of a place just opened, said with it ("une 4e clinique, avec 5 postes", "a fourth clinic is joining,
# with 5 users", "they open a new shop with 3 users"): they come on top of the people already counted
_WITH_ITS_PEOPLE = re.compile(r"[^.;!?]{0,30}?(?:\b(?:avec|with|qui a|qui aura|which has|that has|having)|,)\s+(?:(?:ses|its|their|"
                              r"leurs|environ|about|around) )?" + _N + r"\s+" + _COUNT + r"\b(?! (?:de plus|en plus|more|extra|"
                              r"additional|supplementaires?|de moins|en moins|fewer|less|en tout|au total|in total|in all|"
                              r"altogether)\b)")


def _people_of_a_new_place(folded: str, read: list) -> CountChange | None:
    place = next((c for c in read if c.unit == "sites" and c.kind == "add" and c.amount == 1), None)
    if place is None:
        return None
    m = _WITH_ITS_PEOPLE.match(folded, place.span[1])
    if not m or _unit(m.group(2)) != "users":
        return None
    n = _number(m.group(1))
    if not n or not float(n).is_integer() or n < 2 and m.group(1) in ("un", "une", "a", "an", "one"):
        return None
    return CountChange("users", "add", float(n), folded[place.span[0]:m.end()], (place.span[1], m.end()))


def more_count_changes(folded: str, read: list) -> list[CountChange]:
    """The count changes the count readers left out (`read`: the ones they found), at most one per unit."""
    units = {c.unit for c in read}
    out = []
    if "users" not in units:
        change = _total_after_a_part_struck(folded) or _people_with_a_device(folded) or _more_seats(folded) or \
            _people_of_a_new_place(folded, read) or _people_joined(folded)
        if change is not None:
            out.append(change)
    return out


# -- people of any trade added (s36) --------------------------------------------------------------------------------------
# "on embauche trois dessinateurs", "rajoute 2 ébénistes qui bossent à l'atelier", "add two pastry chefs who'll need
# laptops", "they're hiring 3 gardeners, count them in": so many more people served, whatever their trade — the noun need
# not be a known job when the sentence says they are people (a verb of hiring, a verb said of people after them: "qui
# travaillent", "who work", "qui arrivent") or talks of the seats they take ("combien de postes", "count them in"); a
# thing counted (servers, printers, licences, days, euros) or a place is no people
_JOIN = re.compile(r"\b(?:(?P<hire>embauch\w*|recrut\w*|hir(?:e|es|ed|ing)|onboard\w*|tak(?:e|es|ing) on|took on)|"
                   r"rajout\w*|ajout\w*|add(?:s|ed|ing)?|accueill\w*|welcom\w*|integr\w*)\s+(?:(?:encore|aussi|also|another|"
                   r"les|the|leurs|their|nos|our|des)\s+)?(?P<n>" + _N[1:-1] + r")\s+(?:(?:nouveaux|nouvelles|new|more|extra|"
                   r"autres|other|additional)\s+)?(?P<who>[a-z][a-z'-]{2,24})\b")
_NOT_PEOPLE = re.compile(r"(?:serveurs?|servers?|imprimantes?|printers?|copieurs?|licen[cs]es?|tablettes?|tablets?|telephones?|"
                         r"phones?|switch\w*|routeurs?|routers?|bornes?|onduleurs?|ecrans?|screens?|moniteurs?|monitors?|"
                         r"cameras?|disques?|disks?|drives?|nas|vms?|clients?|customers?|patients?|eleves?|pupils?|students?|"
                         r"adherents?|members?|visiteurs?|visitors?|mois|months?|jours?|days?|ans?|annees?|years?|heures?|hours?|"
                         r"semaines?|weeks?|minutes?|euros?|points?|clauses?|articles?|annexes?|schedules?|options?|services?|"
                         r"lignes?|lines?|boites?|mailboxes?|comptes?|accounts?|applications?|apps?|logiciels?|sondes?|"
                         r"capteurs?|sensors?|camions?|trucks?|vehicules?|vehicles?)")
_PEOPLE_VERB_AFTER = re.compile(r"\s+(?:[a-z'-]+\s+){0,2}?(?:qui|who|that)(?:'ll|'re)?\s+(?:\w+\s+)?(?:travaill\w*|bosse\w*|"
                                r"work\w*|arriv\w*|rejoign\w*|join\w*|commenc\w*|start\w*|demarr\w*|utilis\w*|use|"
                                r"auront|aura|need|will need|vont|seront|sont|are|will be)\b")
_SEATS_TALK = re.compile(r"\b(?:combien de (?:postes|users|utilisateurs|personnes)|how many (?:seats|users|people|endpoints)|"
                         r"postes?|users?|utilisateurs?|seats?|compte[sz]?[- ]les|les compter|comptes?-les|count (?:them|those)|"
                         r"headcount|effectifs?)\b")


def _people_joined(folded: str) -> CountChange | None:
    for m in _JOIN.finditer(folded):
        who = m.group("who")
        if _unit(who) in ("users", "sites") or _NOT_PEOPLE.fullmatch(who) or _is_place(folded, m.span("who")):
            continue  # counted seats and places have their own readers; things are no people
        n = _number(m.group("n"))
        if not n or not float(n).is_integer() or n > 500:
            continue
        if not (m.group("hire") or _PEOPLE_VERB_AFTER.match(folded, m.end()) or
                _SEATS_TALK.search(folded, m.end()) or _PEOPLE.match(folded, m.start("who")) or
                _ROLES.match(folded, m.start("who"))):
            continue
        return CountChange("users", "add", float(n), m.group(0), m.span())
    return None


# -- who holds the keys, told from the speaker's own side ----------------------------------------------------------------
_NOBODY_AT_OURS = re.compile(r"\b(?:personne|aucun(?:e)?(?: d'entre nous| de nous)|aucun de nos \w+)\s*(?:chez nous|de notre cote|"
                             r"ici|en interne|dans la boite)?(?: ne)? n'a\b[^.;!?]{0,24}?\b" + _KEY_WORD + r"\b|"
                             r"\b(?:none of us|nobody|no one|noone)(?: (?:here|on our side|at our end|in our team|"
                             r"in-house|in house|internally))? (?:has|holds|knows|gets?|have)\b[^.;!?]{0,24}?\b" + _KEY_WORD +
                             r"\b")
_NONE_OF_THEM = re.compile(r"\b(?:none of them|none of their (?:\w+ )?(?:staff|people|team|users|employees)|aucun d'(?:eux|elles)|"
                           r"aucun de leurs \w+)(?: ne)? (?:has|holds|knows|gets?|have|n'a)\b[^.;!?]{0,24}?\b" + _KEY_WORD + r"\b")


def control_from_own_side(folded: str, speaker: str | None) -> str | None:
    """"exclusive" when the speaker says nobody on the client's side holds the keys, from the client's own side ("none of
    us has an admin login") or from the provider's ("none of them has an admin password"); None otherwise."""
    if speaker == "client" and _NOBODY_AT_OURS.search(folded):
        return "exclusive"
    if speaker == "msp" and _NONE_OF_THEM.search(folded):
        return "exclusive"
    return None
