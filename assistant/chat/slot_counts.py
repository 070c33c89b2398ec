"""Counts of places and people told as groups joined in one phrase (twenty-second session): a count of places of any
kind followed by one more place ("7 animaleries + le siège" = 8 sites), two single places named and the second
located ("the brewhouse plus a taproom across the road" = 2 sites), a second group of people added to the first ("30
permanents et une dizaine d'intérimaires" = 40, "20 staff plus about ten temps" = 30). A part said to be inside the
whole ("dont", "including", "avec les deux stagiaires") is never added."""

from __future__ import annotations

import re

from assistant.chat.place_nouns import counts_rooms
from assistant.chat.slot_figure_cues import _PEOPLE, _ROLES, _SITES
from assistant.chat.slot_places_hours import _ONE_SITE
from assistant.chat.slot_relative import _is_place
from assistant.text.numbers import Quantity

# things counted that are no places, whatever place is named after them ("3 serveurs et le siège")
_NOT_PLACES = re.compile(r"\s*(?:serveurs?|servers?|pcs?|postes?|ordinateurs?|laptops?|portables?|imprimantes?|printers?|"
                         r"copieurs?|switch\w*|routeurs?|routers?|bornes?|tablettes?|tablets?|telephones?|phones?|cameras?|"
                         r"caisses?|tills?|nas|vms?|machines?|licences?|licenses?|comptes?|accounts?|ans?|years?|mois|months?|"
                         r"jours?|days?|heures?|hours?|semaines?|weeks?|fois|times?|euros?|eur|%)\b")


# one more place joined after a count of places ("+ le siège", "et l'entrepôt", "plus un atelier de découpe"); a person
# or a thing named by a place word ("office manager", "Office 365") is none
_PLACE_WORD_THINGS = r"\s*(?:manager|assistant|365|suite|equipment|materiel|staff|team|equipe)\b"
_PLACE_WORD_THING = re.compile(_PLACE_WORD_THINGS)
_ONE_MORE = re.compile(r"[^.;:!?\d]{0,30}?(?:\+|\bplus|\bet|\band|\bainsi que|\bas well as|\balong with)\s+"
                       r"(?:aussi |also |en plus |encore )?" + _ONE_SITE +
                       r"(?!" + _PLACE_WORD_THINGS + ")")


def counted_places(folded: str, quantities: list[Quantity]) -> int | None:
    """A count of places named by any noun, then one more place joined to it ("7 animaleries + le siège", "4 librairies
    et l'entrepôt", "three bakeries plus a central kitchen"): the count and the one more; None when none is told."""
    for q in quantities:
        if q.unit is not None or not (1 <= q.value <= 10_000) or not float(q.value).is_integer():
            continue
        noun = re.match(r"\s+([a-z][a-z'-]{2,24})\b", folded[q.span[1]:])
        if noun is None or _NOT_PLACES.match(folded, q.span[1]) or _PEOPLE.match(folded, q.span[1]) or \
                _ROLES.match(folded, q.span[1]) or _SITES.match(folded, q.span[1]):
            continue
        if _ONE_MORE.match(folded, q.span[1] + noun.end()):
            return int(q.value) + 1
    return None


# "the brewhouse plus a taproom across the road", "la boutique et un atelier en face": two places, the second located
_PLACE_WORDS = r"[a-z][a-z'-]{2,20}(?: [a-z][a-z'-]{2,14})?"
_TWO_PLACES = re.compile(
    r"\b(?:the|our|their|le|la|l'|notre|leur)\s*(?P<a>" + _PLACE_WORDS + r")\s+(?:\+|plus|and|et|ainsi que|as well as)\s+"
    r"(?:a|an|one|the|un|une|le|la|l')\s*(?P<b>" + _PLACE_WORDS + r")\s+"
    r"(?:across (?:the )?(?:road|street|town|yard|square|car park|courtyard|way)|down the (?:road|lane|street|hill)|"
    r"up the (?:road|lane|street|hill)|round the corner|around the corner|next door|over the road|"
    r"in (?:the )?(?:village|town|next (?:town|village|street)|city cent(?:re|er))|on the other side|"
    r"\d+ ?(?:km|miles?|minutes?) away|a few (?:miles|streets|doors|minutes) away|"
    r"en face|juste a cote|a cote|de l'autre cote|dans le village|au village|en ville|au centre-ville|"
    r"dans la rue d'a cote|au bout de la rue|a \d+ ?(?:km|minutes?))\b")
_NO_PLACE = re.compile(r"\b(?:manager|assistant|director|boss|owner|person|guy|team|staff|accountant|who|qui|"
                       r"responsable|directeur|directrice|gerant|patron|equipe|comptable)\b")


def two_places_named(folded: str) -> int | None:
    """Two single places named and joined, the second located ("across the road", "en face"): two sites."""
    m = _TWO_PLACES.search(folded)
    if m is None or _NO_PLACE.search(m.group("a")) or _NO_PLACE.search(m.group("b")):
        return None
    return 2


# s23: counts of places added one to another ("1 cuisine centrale + 1 bureau", "1 entrepôt + 2 agences", "one kitchen +
# one shop"): each count names its own place, one of them at least a place word, none a person, a role or a device
_ADDED = re.compile(r"\s*(?:\+|\bplus\b|\bet\b|\band\b)\s*$")
# s25: the first place's complement or second word before the join ("une cave d'affinage + 2 boutiques", "a pressing
# shed + 2 shops", "un laboratoire de production + 2 boutiques")
_COMPLEMENT = re.compile(r"(?:\s+(?:de|du|des|of)\s+|\s+d')?\s*[a-z][a-z'-]{2,20}(?=\s*(?:\+|\bplus\b|\bet\b|\band\b))")
_NOUN = re.compile(r"\s+([a-z][a-z'-]{2,24})(?:\s+(?:central\w*|principal\w*|main|petite?|small|big|grande?|gros))?")
_NO_PLACE_NOUN = re.compile(r"\s*(?:commercial\w*|technicien\w*|salarie\w*|personne\w*|stagiaire\w*|interim\w*|"
                            r"salesman|salesperson|rep|person|people|staff|employees?|tech\w*)\b")


def _place_count(folded: str, value: float, end: int) -> tuple[bool, int] | None:
    """(whether a place word, where the noun ends) for a count followed by a noun that may name a place; None when it
    names people, a role, a device or a duration."""
    noun = _NOUN.match(folded, end)
    if noun is None or not (1 <= value <= 1_000) or not float(value).is_integer() or _NOT_PLACES.match(folded, end) or \
            _PEOPLE.match(folded, end) or _ROLES.match(folded, end) or _DEVICES.match(folded, end) or \
            _NO_PLACE_NOUN.match(folded, end):
        return None
    if _PLACE_WORD_THING.match(folded, noun.end()):
        return None  # "an office manager", "one office 365 licence": a person or a thing named by a place word
    sites = _SITES.match(folded, end)
    known = bool(sites and sites.end() <= noun.end() + 1 or re.fullmatch(_ONE_SITE, "un " + noun.group(1)))
    return known, noun.end()


def places_added(folded: str, quantities: list[Quantity]) -> int | None:
    """The sum of counts of places added one to another, each with its own place noun ("1 fournil + 1 boutique" = 2,
    "1 entrepôt + 2 agences" = 3, "one kitchen + one shop" = 2); None when no two such counts are joined."""
    counts = sorted([(q.value, q.span) for q in quantities if q.unit is None] +
                    [(1.0, m.span()) for m in re.finditer(r"\b(?:one|un|une|an?)\b", folded)], key=lambda c: c[1][0])
    for (v1, span1), (v2, span2) in zip(counts, counts[1:]):
        a, b = _place_count(folded, v1, span1[1]), _place_count(folded, v2, span2[1])
        if a is None or b is None or not (a[0] or b[0]) or a[1] > span2[0]:
            continue
        between = folded[a[1]:span2[0]]
        more = _COMPLEMENT.match(between)
        if not _ADDED.match(between) and not (more and _ADDED.match(between[more.end():])):
            continue
        return int(v1 + v2)
    return None


# the round counts ("une dizaine", "a dozen"), also read by slot_facts for a headcount said that way
ROUND_COUNTS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
                "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "dozen": 12}
_JOINED = re.compile(r"\s*,?\s*(?:et|and|plus|\+|ainsi que|as well as|along with)\s+(?:about |around |roughly |some |"
                     r"approximately |environ |a peu pres |pres de |presque |almost |nearly )?")
_ROUND_GROUP = re.compile(r"(?:une |a |an )?(" + "|".join(ROUND_COUNTS) + r")s? (?:de |d'|of )?")
# a count of devices is the people's seats, not a group of people
_DEVICES = re.compile(r"\s*(?:-\s*)?(?:postes?|pcs?|seats?|endpoints?|workstations?|ordinateurs?|comptes?|accounts?)\b")


def added_people(folded: str, quantities: list[Quantity], users: int) -> int:
    """The people of a second group added to the first count of people ("12 salariés + 3 stagiaires", "30 permanents et
    une dizaine d'intérimaires", "25 employees and 5 contractors"): the second group's number, 0 when none is told.
    The second group is counted by how its people are employed or by their job (two counts of staff or users are the
    same people said twice); a count of devices is never the first group."""
    for i, q in enumerate(quantities):
        if q.value != users:
            continue
        first = _PEOPLE.match(folded, q.span[1]) or _ROLES.match(folded, q.span[1])
        if first is None or _DEVICES.match(folded, q.span[1]):
            continue
        joined = _JOINED.match(folded, first.end())
        if joined is None:
            continue
        at = joined.end()
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        if nxt is not None and nxt.span[0] == at and nxt.unit is None and float(nxt.value).is_integer() and \
                _ROLES.match(folded, nxt.span[1]) and not _PEOPLE.match(folded, nxt.span[1]) and \
                not _SITES.match(folded, nxt.span[1]):
            return int(nxt.value)
        rounded = _ROUND_GROUP.match(folded, at)
        if rounded and _ROLES.match(folded, rounded.end()):
            return ROUND_COUNTS[rounded.group(1)]
        return 0
    return 0


# s24: people counted at one place and another place joined ("12 postes au bureau + 1 dépôt", "8 users at the office plus
# a warehouse", "20 salariés au siège et 1 entrepôt"): the people's place and the one joined are two sites (more when the
# joined count says so); a device or a person joined that way ("+ 1 imprimante", "plus 2 laptops") is no place
_AT_PLACE = re.compile(r"\s+(?:au|a la|a l'|dans l'|dans le|dans la|sur le|at the|in the|at our|in our|at their|in their)\s*"
                       r"(?P<noun>[a-z][a-z'-]{2,24})")
_PLUS_PLACE = re.compile(r"\s*(?:\+|\bplus\b|\bet\b|\band\b|\bainsi que\b|\bas well as\b)\s*(?:(?P<n>\d{1,3})|une?|an?|one)\s+"
                         r"(?P<noun>[a-z][a-z'-]{2,24})")


def people_at_place_plus(folded: str, quantities: list[Quantity]) -> int | None:
    """Two sites or more for people counted at one place with another place joined; None when none is told."""
    for q in quantities:
        if q.unit not in (None, "users", "workstations") or not float(q.value).is_integer():
            continue
        end = q.span[1]
        if q.unit is None:
            who = _PEOPLE.match(folded, end) or _ROLES.match(folded, end)
            if who is None:
                continue
            end = who.end()
        at = _AT_PLACE.match(folded, end)
        if at is None or not _is_place(folded, at.span("noun")):
            continue
        more = _PLUS_PLACE.match(folded, at.end())
        if more is None or not _is_place(folded, more.span("noun")):
            continue
        return 1 + (int(more.group("n")) if more.group("n") else 1)
    return None


# s25: two places joined by "+" with no count ("entrepôt + magasin", "usine + showroom", "warehouse + showroom"): two
# sites when one at least is a place word and neither names people, a role or a device
_BARE_PAIR = re.compile(r"(?:^|[,;:(]\s*|\b(?:un|une|a|an|le|la|l'|the)\s*)([a-z][a-z'-]{2,20})\s*\+\s*"
                        r"(?:(?:un|une|a|an|le|la|l'|the)\s*)?([a-z][a-z'-]{2,20})\b(?!\s*(?:\+|de |d'|of ))")


def bare_places_joined(folded: str) -> int | None:
    """Two single places joined by "+" without a count: 2; None when none is told."""
    for m in _BARE_PAIR.finditer(folded):
        spans = [m.span(1), m.span(2)]
        if any(_NOT_PLACES.match(folded, a) or _DEVICES.match(folded, a) or _PEOPLE.match(folded, a) or
               _ROLES.match(folded, a) or _NO_PLACE_NOUN.match(folded, a) for a, _ in spans):
            continue
        if any(_is_place(folded, span) for span in spans):
            return 2
    return None


# s29: the members of a chain, a network or a group counted ("un réseau de 9 opticiens", "une chaîne de 5 fleuristes", "a
# chain of 6 launderettes", "un groupement de 4 librairies"): the group's outlets, places of whatever trade its noun names;
# never people, things, rooms, time or sums counted ("un réseau de 40 postes", "a chain of 3 emails")
_CHAIN = re.compile(r"\b(?:reseau|chaine|groupe(?:ment)?|enseigne|franchise|federation|ensemble|chain|network|group|"
                    r"string|family|cluster)\s+(?:de|d'|of)\s*(?:ses |leurs |nos |their |its |our )?$")
_NOT_MEMBERS = re.compile(r"\s*(?:e-?mails?|mails?|messages?|courriers?|lettres?|letters?|incidents?|tickets?|pannes?|"
                          r"outages?|events?|evenements?|commandes?|orders?|etapes?|steps?|questions?|problemes?|problems?|"
                          r"issues?|clauses?|contrats?|contracts?|documents?|fichiers?|files?|switch\w*|bornes?|"
                          r"access points?|points d'acces|liens?|links?|sous-traitants?|subcontractors?|prestataires?|"
                          r"providers?|suppliers?|fournisseurs?|clients?|customers?|entreprises?|companies|firms?)\b")


def chain_members(folded: str, quantities: list[Quantity]) -> Quantity | None:
    """The count of places told as the members of a chain, network or group (a trade's people named stand for their
    shops: "une chaîne de 5 fleuristes"); None when no such group is counted."""
    for q in quantities:
        if q.unit is not None or not (1 <= q.value <= 10_000) or not float(q.value).is_integer():
            continue
        if not _CHAIN.search(folded[max(0, q.span[0] - 40):q.span[0]]):
            continue
        end = q.span[1]
        if not re.match(r"\s+[a-z]", folded[end:]) or _PEOPLE.match(folded, end) or \
                _NOT_PLACES.match(folded, end) or _NOT_MEMBERS.match(folded, end) or counts_rooms(folded, end):
            continue
        return q
    return None
