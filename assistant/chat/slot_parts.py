"""People counted in parts, one part a place (thirtieth session): "12 postes au siège et 8 en agence" is 20 users on 2
sites, "10 users in London plus 5 remote" is 15 users, "8 people in Paris, 4 in Nantes and 2 in Lille" is 14 users on 3
sites. Each part after the first is a bare count (or a count of the same kind of seats or people) followed by where
those people work; a part said to be inside the whole ("20 postes dont 5 portables", "25 users, 10 of them remote",
"including 3 in the warehouse") is never added, and a count of things that are no people ("2 serveurs au local") ends
the parts. Read on the message with its case kept (a town is told by its capital letter), accents removed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.chat.slot_figure_cues import _PEOPLE
from assistant.chat.slot_relative import _is_place
from assistant.text import unaccent

# where the people of a part work, when that is no place of the client's: at home, on the road
_REMOTE = (r"(?:remote(?:ly)?(?: workers?| staff| users?)?|fully remote|(?:working |who work )?(?:from|at) home|wfh|home-?based|"
           r"on the road|in the field|en teletravail|teletravailleurs?|a distance|a domicile|en deplacement|nomades?|"
           r"itinerants?|sur la route|sur le terrain)")
# the article or determiner between the preposition and the place noun
_DET = r"(?:(?:l'|(?:le|la|les|nos|notre|leur|leurs|ses|the|our|their|its|a|an|une?|each|chaque)\s+))?"
# a place named by its noun ("au siège", "en agence", "at head office", "in the warehouse", "dans nos 3 agences")
_PLACE_PHRASE = re.compile(
    r"\s*(?:,\s*)?(?:(?:basee?s?|based|located|situee?s?|installee?s?|working|who work|qui travaillent)\s+)?"
    r"(?P<prep>au|aux|a la|a l'|a|en|dans|sur|chez|at|in|on|across|over|inside)\s+" + _DET +
    r"(?:(?P<n>\d{1,3})\s+)?(?P<noun>[A-Za-z][A-Za-z'-]{1,24}(?:\s+(?:office|offices|branch|branches|site|sites|store|stores|shop|"
    r"shops|depot|depots|warehouse|plant|clinic|agence|agences|bureau|bureaux))?)",
    re.IGNORECASE)
_REMOTE_PHRASE = re.compile(r"\s*(?:,\s*)?(?:(?:are|sont|work|travaillent|qui sont|who are)\s+)?" + _REMOTE + r"\b",
                            re.IGNORECASE)
# words after "à", "in", "at" that are no place ("à temps partiel", "in total", "at least", "en plus")
_NO_PLACE = re.compile(r"(?:temps|plein|partiel|total|tout|all|least|most|plus|moins|more|less|gros|general|moyenne|average|"
                       r"interne|house|charge|place|fait|effet|fact|mind|principe|principle|cours|course|addition|attendant|"
                       r"mi-temps|part-time|full-time|peu pres|peu|environ|about|around|roughly|permanence)$", re.IGNORECASE)
# the joiner between two parts, with "another"/"autres" ("and another 12", "plus 8 autres")
_JOIN = re.compile(r"\s*(?:,\s*(?:and|et|plus)?|;|\+|\band\b|\bet\b|\bplus\b|\bainsi que\b|\bas well as\b|\bwith\b|\bavec\b|"
                   r"\balong with\b|\bthen\b|\bpuis\b)\s*(?:(?:encore|also|aussi|then|puis|another|an other|autres?|"
                   r"un autre|une autre)\s+)?", re.IGNORECASE)
# a part said to be inside the whole
_INSIDE = re.compile(r"\b(?:dont|parmi (?:eux|elles|lesquels|lesquelles|ceux-ci)|y compris|including|incl\.?|of which|of whom|"
                     r"among (?:them|whom|those|these)|inclus|comprenant|sur lesquels|out of which)\b", re.IGNORECASE)
_OF_THEM = re.compile(r"\s*(?:of (?:them|those|these|whom|which)|d'entre (?:eux|elles)|parmi (?:eux|elles))\b", re.IGNORECASE)
_COUNT = re.compile(r"(?<![\w.,])(\d{1,5})(?![\w.,]\d|\s*(?:%|€|\$|£|h\b|k\b))")


@dataclass(frozen=True)
class Parts:
    users: int
    places: int   # places of the client named (remote parts not counted); 0 when none can be counted
    parts: int


def _place_at(text: str, start: int):
    """(end, n_places or None for a remote part) of where a part's people work, read from `start`; None when no place."""
    m = _REMOTE_PHRASE.match(text, start)
    if m:
        return m.end(), None
    m = _PLACE_PHRASE.match(text, start)
    if m is None:
        return None
    noun = m.group("noun")
    first = noun.split()[0]
    if _NO_PLACE.match(first):
        return None
    low = unaccent(first).lower()
    last = unaccent(noun.split()[-1]).lower()
    if any(_is_place(" " + w, (1, len(w) + 1)) for w in {low, last}) or re.fullmatch(r"head|main", low) or (m.group("prep").lower() in ("en",) and
                                               re.fullmatch(r"agence|boutique|magasin|usine|atelier|entrepot|clinique|"
                                                            r"succursale|province|region", low)):
        return m.end(), int(m.group("n")) if m.group("n") else 1
    # a town or a named place: a capitalised word after a bare preposition ("à Lyon", "in Leeds"), not a sentence's start
    if m.group("prep").lower() in ("a", "in", "at", "on", "sur") and first[:1].isupper() and not m.group("n") and \
            not re.match(r"(?:le|la|les|l'|the|our|their|nos|notre)\b", text[m.start("prep") + len(m.group("prep")):].strip(),
                         re.IGNORECASE):
        return m.end(), 1
    return None


def _people(text: str, end: int):
    """The end of a people or seat noun right after a count, or None."""
    m = _PEOPLE.match(text.lower(), end)
    return m.end() if m else None


def parts_summed(text: str) -> Parts | None:
    """The people counted in two parts or more, each with where it works; None when no such parts are told."""
    plain = unaccent(text)
    for first in _COUNT.finditer(plain):
        end = _people(plain, first.end())
        if end is None:
            continue
        where = _place_at(plain, end)
        if where is None:
            continue
        total, places, parts, pos = int(first.group(1)), (where[1] or 0), 1, where[0]
        remote_only = where[1] is None
        while True:
            join = _JOIN.match(plain, pos)
            if join is None or join.end() == pos:
                break
            nxt = _COUNT.match(plain, join.end())
            if nxt is None:
                break
            after = nxt.end()
            noun = _people(plain, after)
            if noun is None and re.match(r"\s+[A-Za-z]", plain[after:]) and not _place_at(plain, after):
                break  # "et 2 serveurs au local": a count of things, not of people
            after = noun or after
            if _OF_THEM.match(plain, nxt.end()) or _INSIDE.search(plain[pos:nxt.start()]):
                break
            at = _place_at(plain, after)
            if at is None:
                break
            total += int(nxt.group(1))
            parts += 1
            places += at[1] or 0
            remote_only = remote_only and at[1] is None
            pos = at[0]
        if parts >= 2 and not remote_only:
            return Parts(users=total, places=places, parts=parts)
    return None


# s30: tills counted ("14 caisses", "9 tills", "3 terminaux de caisse"): seats the provider looks after, like "postes"; a
# count of other seats joined to them ("14 caisses et 6 pc") adds to them. Folded text.
_TILLS = re.compile(r"\s*(?:caisses?(?: enregistreuses?)?|terminaux de caisse|terminaux de paiement|tpe|points? d'encaissement|"
                    r"tills?|cash registers?|pos(?: terminals?)?|point[- ]of[- ]sale (?:terminals?|stations?)|checkouts?)\b")
_SEATS = re.compile(r"\s*(?:postes?|pcs?|ordinateurs?|computers?|workstations?|laptops?|portables?|desktops?|macs?)\b")
_SEAT_JOIN = re.compile(r"\s*(?:\+|et|and|plus|,)\s*$")


def till_seats(folded: str, quantities) -> tuple[int, int] | None:
    """(tills, other seats joined to them) when tills are counted; None otherwise."""
    for i, q in enumerate(quantities):
        if q.unit is not None or not float(q.value).is_integer() or not (1 <= q.value <= 100_000):
            continue
        if not _TILLS.match(folded, q.span[1]):
            continue
        if _INSIDE.search(folded[max(0, q.span[0] - 12):q.span[0]]):
            return None  # "20 postes dont 5 caisses": inside the seats counted
        joined = 0
        for other in (quantities[i + 1] if i + 1 < len(quantities) else None, quantities[i - 1] if i else None):
            if other is None or other.unit not in (None, "workstations", "users") or not float(other.value).is_integer():
                continue
            a, b = sorted((q, other), key=lambda x: x.span[0])
            noun = _TILLS.match(folded, a.span[1]) or _SEATS.match(folded, a.span[1])
            end_a = noun.end() if noun else a.span[1] if a.unit else None  # "6 postes" may be read with its noun
            if end_a is not None and _SEAT_JOIN.match(folded[end_a:b.span[0]]) and (
                    other.unit == "workstations" or _SEATS.match(folded, other.span[1])):
                joined = int(other.value)
                break
        return int(q.value), joined
    return None


# s31: seats or people counted in parts by their kind, not their place ("30 postes élèves et 18 postes administratifs",
# "22 postes agents + 40 postes publics", "30 student PCs and 18 staff PCs", "8 office PCs and 12 shop-floor terminals"):
# the parts of one kind of noun (seats or people) summed; a part inside the whole ("dont"), a count of another kind of
# noun ("20 utilisateurs et 25 postes": people and their devices) or a total said after the parts ("donc 20 postes") is
# not summed. Folded text.
_SEAT_NOUN = (r"postes?(?: de travail)?|pcs?|ordinateurs?|ordis?|computers?|laptops?|portables?|desktops?|workstations?|"
              r"terminals?|terminaux|macs?|machines")
_PERSON_NOUN = r"utilisateurs?|users?|personnes?|people|salaries|employees|agents|collaborateurs?|comptes?|accounts?"
_NOT_KIND = {"de", "du", "des", "d", "au", "aux", "a", "en", "dans", "sur", "pour", "chez", "et", "and", "plus", "dont", "in",
             "at", "on", "for", "of", "with", "avec", "total", "tout", "more", "extra", "supplementaires", "new", "nouveaux",
             "the", "les", "la", "le", "qui", "that", "which", "are", "sont", "ont", "have", "environ", "about", "around"}
_QUALIFIED = re.compile(r"(?<![\w.,])(\d{1,5})\s+(?:(?P<fn>" + _SEAT_NOUN + r"|" + _PERSON_NOUN + r")\s+(?P<fq>[a-z][a-z'-]{2,20})"
                        r"|(?P<eq>[a-z][a-z'-]{2,20}(?:[ -][a-z][a-z'-]{2,20})?)\s+(?P<en>" + _SEAT_NOUN + r"|" + _PERSON_NOUN +
                        r"))\b")
_KIND_JOIN = re.compile(r"\s*(?:,\s*(?:et|and|plus)?|\+|\bet\b|\band\b|\bplus\b|\bainsi que\b|\bas well as\b)\s*$")
_TOTAL_AFTER = re.compile(r"\s*(?:,|\(|;|-)?\s*(?:donc|soit|so|that'?s|=|ce qui fait|which makes|making|en tout|au total|in total|"
                          r"total)\b")


def _kind(m) -> tuple[str, str] | None:
    noun, qual = (m.group("fn"), m.group("fq")) if m.group("fn") else (m.group("en"), m.group("eq"))
    if qual.split()[0].split("-")[0] in _NOT_KIND:
        return None
    return ("seat" if re.fullmatch(_SEAT_NOUN, noun) else "person"), qual


def kinds_summed(folded: str) -> int | None:
    """The seats or people counted in two parts or more by their kind, summed; None when no such parts are told."""
    found = list(_QUALIFIED.finditer(folded))
    for i, first in enumerate(found):
        k = _kind(first)
        if k is None:
            continue
        total, parts, last = int(first.group(1)), 1, first
        for nxt in found[i + 1:]:
            k2 = _kind(nxt)
            between = folded[last.end():nxt.start()]
            if k2 is None or k2[0] != k[0] or not _KIND_JOIN.fullmatch(between) or _INSIDE.search(between):
                break
            total += int(nxt.group(1))
            parts += 1
            last = nxt
        if parts >= 2 and not _TOTAL_AFTER.match(folded, last.end()) and not _INSIDE.search(folded[max(0, first.start() - 12):
                                                                                                     first.start()]):
            return total
    return None
