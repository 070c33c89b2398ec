"""A count of seats or places changed by a message, read once as a typed fact (`CountChange`: the unit, the kind of
change, the amount and the words read) and applied once to the count the state holds (`CountChange.apply`).

The kinds: "add" (so many more or fewer: "un site de plus", "two fewer laptops", "a fifth shop opens", "on en ferme
une"), "mul" (the count itself doubled or halved: "double the seats", "divise le nombre de sites par deux") and "set"
(a new total said as a move: "le nombre de postes passe de 30 à 26", "headcount goes from 12 to 15 users"). A change
taken back in the same message ("enlève deux postes… non en fait enlève-en trois", "add 2 users, no wait, make it 5")
is read as the last one said, never as both. The readers of the words are `slot_relative`'s (one place for the
vocabulary of counts and places); this module decides what the message changes and how."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.chat.slot_relative import _COUNT, _N, _antecedent, _count_change, _is_place, _number, _unit

UNITS = ("users", "sites")


@dataclass(frozen=True)
class CountChange:
    unit: str          # "users" (seats, people served) or "sites"
    kind: str          # "add" (a delta), "mul" (a factor) or "set" (the new total)
    amount: float      # the delta (signed), the factor or the total
    evidence: str      # the folded words the change was read from
    span: tuple = (0, 0)
    ordinal: int | None = None   # "a fourth garage": the place's rank, the count when none was stated before

    def apply(self, current: int | float | None) -> int | None:
        """The count after this change, from the `current` one (None when there is no count to change, or when the
        change would leave none: a count stays a whole number of one or more). With no count stated, a place named by
        its rank gives the count ("ils ont un deuxième site": two)."""
        if self.kind == "set":
            new = self.amount
        elif current is None:
            return self.ordinal if self.ordinal and self.ordinal >= 2 else None
        elif self.kind == "mul":
            new = round(current * self.amount)
        else:
            new = current + self.amount
            if self.ordinal and self.amount == 1:  # s30: "a fifth shop joins": five, whatever count was held
                new = max(new, self.ordinal)
        return int(new) if new >= 1 else None

    def as_relative(self) -> tuple:
        """The change in the shape of `Slots.relative`: ("add", ±n, unit) or ("mul", factor, unit)."""
        return (self.kind, self.amount, self.unit)


# -- a change taken back in the same message ------------------------------------------------------------------------------
# "non en fait", "non attends", "no wait", "pardon", "sorry", "I mean", "actually no", "scratch that", "make it",
# "plutôt": what follows replaces the change said before it
_TAKE_BACK = re.compile(r"(?:\.\.\.|…|,|;|-|\s)\s*(?:(?:ah|oh|euh|hmm|mmh)\W+)?(?:non\W+(?:en fait|attends?|plutot|pardon|finalement)|"
                        r"no\W+(?:wait|actually|sorry|make (?:it|that))|wait\W+no|actually\W+no|pardon|sorry|oops|my bad|"
                        r"je veux dire|i mean|scratch that|en fait non|non\b)\W+")
# what the correction says: a number alone, with the same verb ("enlève-en trois"), or "make it 5"
_NUMBER_AFTER = re.compile(r"^(?:(?:en fait|plutot|finalement|make (?:it|that)|mets|disons|say|actually|rather|"
                           r"(?:enleve|retire|ote|supprime|ajoute|rajoute|add|remove|take off|drop)\w*(?:-en)?|"
                           r"en|it's|c'est)\W+)*" + _N + r"\b(?:\s+" + _COUNT + r"\b)?")


def _taken_back(folded: str, first: CountChange) -> CountChange | None:
    """The change said after a correction cue that follows the first change: the same unit and direction, the new
    amount (or a whole new change of the same unit)."""
    for cue in _TAKE_BACK.finditer(folded, first.span[1]):
        tail = folded[cue.end():]
        again = _count_change(tail)
        if again is not None and again[0][2] == first.unit:
            (_, n, unit), span = again
            span = (first.span[0], cue.end() + span[1])
            return CountChange(unit, "add", n, folded[span[0]:span[1]], span)
        m = _NUMBER_AFTER.match(tail)
        if m:
            n = _number(m.group(1))
            said_unit = _unit(m.group(2)) if m.group(2) else first.unit
            if n and float(n).is_integer() and said_unit == first.unit and first.kind == "add":
                sign = -1 if first.amount < 0 else 1
                # the words read run from the change taken back to the one that holds
                span = (first.span[0], cue.end() + m.end())
                return CountChange(first.unit, "add", sign * n, folded[span[0]:span[1]], span)
    return None


# -- a place opened, named by its ordinal ("une 4e clinique ouvre", "a fourth garage is opening", "un troisième quai") --
_ORDINAL = (r"(?:2e|2eme|deuxieme|second|seconde|2nd|3e|3eme|troisieme|third|3rd|4e|4eme|quatrieme|fourth|4th|5e|5eme|"
            r"cinquieme|fifth|5th|6e|6eme|sixieme|sixth|6th|\d{1,2}(?:e|eme|th))")
_OPENED_BEFORE = re.compile(r"\b(?:ouvr\w*|ont ouvert|open(?:s|ed|ing)?|ajoute\w*|rajoute\w*|add(?:s|ed|ing)?|repren\w*|repris|"
                            r"rachet\w*|achet\w*|buy(?:s|ing)?|bought|take on|taking on|acquir\w*|gagne\w*|ont|have|has|"
                            r"got|avec|with)\s+(?:aussi |also |bientot |soon |encore )?$")
_OPENED_AFTER = re.compile(r"\s+(?:qui |that |which |is |will |va |vont |should |devrait )?(?:be |etre )?"
                           r"(?:ouvr\w*|open(?:s|ed|ing)?|arriv\w*|demarr\w*|start\w*|comes? (?:on ?line|in)|s'ajoute|"
                           r"joins?|is joining|en plus|de plus|on top|"
                           # s30: a place joining a group ("une 5e officine rejoint le groupement", "intègre le réseau")
                           r"(?:nous )?rejoin\w*|integre\w*|entre\w* dans|(?:is )?coming on board|comes on board)\b")
_ORDINAL_PLACE = re.compile(r"\b(?:un|une|a|an|the|le|la|leur|their|notre|our)\s+(?P<rank>" + _ORDINAL + r")\s+"
                            r"(?P<noun>[a-z][a-z'-]{2,24})")
_RANK = {"deuxi": 2, "second": 2, "seconde": 2, "troisi": 3, "third": 3, "quatri": 4, "fourth": 4, "cinqui": 5,
         "fifth": 5, "sixi": 6, "sixth": 6}
_NOT_A_PLACE_OPENING = re.compile(r"\s+(?:n'a|n'ont|has no|have no|doesn't|does not|ne |closes?|ferme\w*|shuts?)\b")
_EXTRA_PLACE_NOUNS = re.compile(r"quais?|docks?|quays?")  # a haulier's loading docks, counted as its places


def _ordinal_place(folded: str) -> CountChange | None:
    for m in _ORDINAL_PLACE.finditer(folded):
        noun_span, end = m.span("noun"), m.end()
        # s30: a place's name in two words ("a fifth garden centre", "a sixth optician's shop"): read after both
        two = re.match(r"\s+([a-z][a-z'-]{2,24})", folded[end:])
        if not (_is_place(folded, noun_span) or _EXTRA_PLACE_NOUNS.fullmatch(m.group("noun"))):
            if not (two and _is_place(folded, (end + two.start(1), end + two.end(1)))):
                continue
            end += two.end()
        elif two and not _OPENED_AFTER.match(folded, end) and _OPENED_AFTER.match(folded, end + two.end()):
            end += two.end()
        if _NOT_A_PLACE_OPENING.match(folded, end):
            continue
        if _OPENED_BEFORE.search(folded, max(0, m.start() - 40), m.start()) or _OPENED_AFTER.match(folded, end) or \
                re.match(r"[^.;!?]{0,30}\b(?:ajoute|rajoute|add)\w*(?:-le|-la| it)?\b", folded[end:]):
            word = m.group("rank")
            stem = re.sub(r"(?:eme|e|th|nd|rd)$", "", word)
            rank = _RANK.get(word) or _RANK.get(stem) or _number(stem)
            return CountChange("sites", "add", 1.0, folded[m.start():m.end()], m.span(),
                               int(rank) if rank and float(rank).is_integer() else None)
    return None


# -- the count itself multiplied ("double the seats", "ils doublent le nombre de postes", "halving the users") --------
_COUNT_OBJECT = (r"(?:(?:le |the )?(?:nombre|number) (?:de |d'|of )(?:leurs |nos |their |our )?|(?:les|the|our|their|nos|leurs|ses|its) )"
                 r"(?:" + _COUNT + r"|effectifs?|headcount)\b|\b(?:effectifs?|headcount)\b")
_MUL_VERB = {2.0: r"doubl\w*|multipli\w* par (?:deux|2)", 3.0: r"tripl\w*|multipli\w* par (?:trois|3)",
             0.5: r"halv\w*|divis\w* par (?:deux|2)|cut (?:\w+ ){0,3}in half|reduis\w* de moitie"}
_MUL = [(f, re.compile(r"\b(?:" + verb + r")\s+(?P<obj>" + _COUNT_OBJECT + r")")) for f, verb in _MUL_VERB.items()]
_DIVIDE_AFTER = re.compile(r"\b(?:divis\w*|cut)\s+(?P<obj>" + _COUNT_OBJECT + r")\s+(?:par (?:deux|2)|in half|by (?:two|2))\b")


def _count_unit(words: str) -> str | None:
    if re.search(r"effectif|headcount", words):
        return "users"
    m = re.search(_COUNT, words)
    return _unit(m.group(1)) if m else None


def _multiplied(folded: str) -> CountChange | None:
    for factor, rx in _MUL:
        m = rx.search(folded)
        if m and _count_unit(m.group("obj")) in UNITS:
            return CountChange(_count_unit(m.group("obj")), "mul", factor, m.group(0), m.span())
    m = _DIVIDE_AFTER.search(folded)
    if m and _count_unit(m.group("obj")) in UNITS:
        return CountChange(_count_unit(m.group("obj")), "mul", 0.5, m.group(0), m.span())
    return None


# -- a new total said as a move ("le nombre de postes passe de 30 à 26", "headcount goes from 12 to 15 users") ----------
_MOVE = re.compile(r"\b(?P<obj>(?:le |the )?(?:nombre|number) (?:de |d'|of )" + _COUNT + r"|" + _COUNT + r"|effectifs?|headcount)"
                   r"\s+(?:\w+\s+){0,2}?(?:passe\w*|pass\w*|monte\w*|descend\w*|go(?:es)?|goes up|goes down|went|gone|move\w*|"
                   r"jump\w*|drop\w*|grow\w*|grew|rise\w*|rose|fall\w*|fell)\s+(?:up |down )?(?:de|from)\s+" + _N +
                   r"\s+(?:a|to|->)\s+" + _N + r"\b")


def _moved_to(folded: str) -> CountChange | None:
    m = _MOVE.search(folded)
    if not m:
        return None
    unit, new = _count_unit(m.group("obj")), _number(m.groups()[-1])
    if unit in UNITS and new and float(new).is_integer():
        return CountChange(unit, "set", new, m.group(0), m.span())
    return None


# -- seats taken up by a pronoun ("20 postes, on en retire 3", "12 users and we're adding 3 more", "losing 2 of them") --
_SEATS_TAKEN_UP = re.compile(
    r"\b(?:on|ils|elles|nous|je|j'|vous|il|elle) en (?:(?P<down>retir\w*|enlev\w*|supprim\w*|perd\w*|ote\w*)|"
    r"(?P<up>ajout\w*|rajout\w*|gagn\w*|embauch\w*|recrut\w*|prend\w*)) (?:encore )?(?P<n>" + _N[1:-1] + r")\b|"
    r"\b(?:(?P<up2>add(?:s|ed|ing)?|hir(?:e|es|ed|ing)|onboard\w*|tak(?:e|es|ing) on)|(?P<down2>los(?:e|es|ing)|remov\w*|"
    r"drop\w*|cut\w*)) (?P<n2>" + _N[1:-1] + r")(?: more\b(?! \w)| of them\b)")


def _seats_taken_up(folded: str) -> CountChange | None:
    for m in _SEATS_TAKEN_UP.finditer(folded):
        if _antecedent(folded[:m.start()]) is not False:
            continue  # a place named last, or nothing counted before: not seats
        n = _number(m.group("n") or m.group("n2"))
        if not n or not float(n).is_integer():
            continue
        down = bool(m.group("down") or m.group("down2"))
        return CountChange("users", "add", -n if down else n, m.group(0), m.span())
    return None


# s34: a change said as a supposition ("et si une agence ferme, on peut résilier ?", "what if a shop closes?", "en cas de
# fermeture d'un site", "suppose we add 3 users"): a case asked about, nothing changed
SUPPOSED_CHANGE = re.compile(r"\b(?:si|s'ils?|s'elles?|if|what if|suppose|supposing|imagine|imaginons|admettons|en cas de|in case|"
                       r"au cas ou|in the event|whether|even if|meme si|lorsqu'|quand|when(?:ever)?)\b[^.;!?]*$")


def read_count_changes(folded: str) -> list[CountChange]:
    """Every count a message changes, at most one per unit (users, sites), each read once: a new total said as a move,
    the count multiplied, so many more or fewer (a change taken back in the same message: the last one said), a place
    opened named by its ordinal; none said as a supposition ("et si une agence ferme ?")."""
    return [c for c in _read_count_changes(folded) if not SUPPOSED_CHANGE.search(folded[:c.span[0]])]


def _read_count_changes(folded: str) -> list[CountChange]:
    out: list[CountChange] = []
    moved = _moved_to(folded)
    if moved is not None:
        out.append(moved)
    multiplied = _multiplied(folded)
    if multiplied is not None and multiplied.unit not in {c.unit for c in out}:
        out.append(multiplied)
    first = _count_change(folded)
    if first is not None and first[0][2] not in {c.unit for c in out}:
        (_, n, unit), span = first
        change = CountChange(unit, "add", n, folded[span[0]:span[1]], span)
        change = _taken_back(folded, change) or change
        out.append(change)
        rest = folded[:span[0]] + " " * (span[1] - span[0]) + folded[span[1]:]
        also = _count_change(rest)
        if also is not None and also[0][2] in UNITS and also[0][2] not in {c.unit for c in out}:
            (_, n2, unit2), span2 = also
            out.append(CountChange(unit2, "add", n2, folded[span2[0]:span2[1]], span2))
    if "users" not in {c.unit for c in out}:
        seats = _seats_taken_up(folded)
        if seats is not None:
            out.append(seats)
    if "sites" not in {c.unit for c in out}:
        ordinal = _ordinal_place(folded)
        if ordinal is not None:
            out.append(ordinal)
    return out
