"""What a message says, as slots (`Slots`, `read_slots`): scope facts (with negation), services, assets and
clauses to add or remove, figures for the clause or contract, a position, a topic, a term, an export format;
passages dropped, events excepted and carve-outs; whether a subject is named and the frame of a question.

The readers are in `chat.slot_scope` (scope and negation), `chat.slot_topics` (topic and position),
`chat.slot_figure_cues`, `chat.slot_figures` and `chat.slot_relative` (figures), `chat.slot_parties`,
`chat.slot_places_hours` and `chat.slot_facts` (facts). Numbers come from the text toolkit (`assistant.text`:
digits and words, money, percentages, durations); negation too."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.chat.intent import find_term, subject_spans
from assistant.chat.slot_facts import _CONTROL_OVER, _UNABLE_EXAMPLE, read_facts
from assistant.chat.slot_figure_cues import _PEOPLE, named_figure
from assistant.chat.slot_figures import (_FEE_CUE, _FRACTION_OF_FEE, _FRACTIONS, _PER_EVENT, _YEARLY, _hiring_sum,
                                         _liability_figures, _relative_time_masked, read_figures)
from assistant.chat.slot_parties import _names, read_side, speaker_control
from assistant.chat.slot_places_hours import _hours_said, _on_premises, read_data_location, read_hours_said
from assistant.chat.slot_count_change import SUPPOSED_CHANGE, read_count_changes
from assistant.chat.slot_updates import control_from_own_side, more_count_changes, total_after_an_addition
from assistant.chat.slot_relative import _relative_match, _relative_target
from assistant.chat.slot_scope import (kept_at_provider, _REMOVE, _TOPIC_ADD, _TOPIC_REMOVE, ASSET_PATTERNS, CLAUSE_WORD,
                                       SERVICE_PATTERNS, _mentions, _word_pattern)
from assistant.chat.provider_access import provider_access
from assistant.chat.relative_balance import asks_more_balanced
from assistant.chat.said_conditions import conditional_changes
from assistant.chat.slot_topics import (_COMPLAINT, _FORBIDS_HIRING, _SPLIT_FIGURE, clause_topic, names_only_data_loss,
                                       read_position)
from assistant.chat.typos import mend_typos
from assistant.text import find_quantities, fold_keep_offsets
from assistant.text.numbers import Quantity


@dataclass
class Slots:
    facts: dict = field(default_factory=dict)          # ScopeProfile fields stated
    negated_facts: set = field(default_factory=set)    # facts stated in the negative (for answers)
    add_services: list = field(default_factory=list)
    remove_services: list = field(default_factory=list)
    add_assets: list = field(default_factory=list)
    remove_assets: list = field(default_factory=list)
    add_topics: list = field(default_factory=list)
    remove_topics: list = field(default_factory=list)
    figures: dict = field(default_factory=dict)         # clause slot name -> value
    position: str | None = None                         # msp | balanced | client | mine | theirs
    topic: str | None = None
    term: str | None = None
    export_format: str | None = None
    side: str | None = None
    quantities: list = field(default_factory=list)
    figure_named: str | None = None                     # a figure named without a value ("and the notice?")
    said: dict = field(default_factory=dict)            # figure -> [value, unit] when said in another unit ("60 days")
    remove_parts: list = field(default_factory=list)    # a part of the clause taken out ("the indirect damages part")
    inferred: list = field(default_factory=list)        # facts read from the client's trade, not said (to confirm)
    access: str | None = None    # s27: the provider's access to the client's systems told ("remote", "admin"): provider_access
    data_kinds: list = field(default_factory=list)      # whose personal data the message names (staff, pupils, ...)
    carve_out: str | None = None                        # an exception put into the clause ("planned maintenance if …")
    carve_limit: bool = False                           # the exception is to a limit the message sets ("un audit par an
    #                                                     au maximum sauf incident"): the limit does not apply then
    hours_said: dict | None = None                      # the service hours as said: {"days": [first, last], "start", "end"}
    data_location: list = field(default_factory=list)   # where the data must stay: "france", "eu", "eea"
    pasted: bool = False                                # a contract clause pasted in the message (its subject is the topic)
    kept: list = field(default_factory=list)            # heads of loss said not excluded ("data loss from failed backups
    #                                                     not excluded"), in the user's words
    relative: tuple | None = None                       # a change relative to the figure on the table: ("mul", 0.5),
    #                                                     ("add", 1.0, "month"); `relative_figure` resolves it
    relative_also: tuple | None = None                  # the other count changed beside it ("une antenne avec 2
    #                                                     postes de plus": one site and two people more)
    conditions: list = field(default_factory=list)     # s24: a raise of the fee said only under a condition ("+10 % si
    #                                                     on ajoute l'astreinte le dimanche"), as said: not applied
    count_changes: list = field(default_factory=list)  # s28: `slot_count_change.CountChange`s left to apply to the
    #                                                     state's counts (`Toolbox.relative_figures`)
    more_balanced: bool = False                         # s25: "plus équilibrée", "fairer": relative to a reference
    #                                                     (`chat.relative_balance` reads which version it means)

    def has_scope_change(self) -> bool:
        return bool(self.facts or self.add_services or self.remove_services or self.add_assets or self.remove_assets)


# "propose une version plus protectrice : Le Client s'interdit d'embaucher…", "rewrite this for us: The Client shall not
# hire…": contract text pasted after a colon (or quoted), a party and what it shall, may or must do
_PASTED = re.compile(r"(?:«|“|\"|:\s*)(?=(?:le|la|les|l'|the|each|either|chaque|aucune?|tout|toute|any|no)\b[^.]{0,100}?\b(?:client|"
                     r"customer|prestataire|provider|supplier|msp|partie|party|parties|fournisseur|infogereur)\b[^.]{0,120}?\b"
                     r"(?:shall|may|must|will|agrees?|undertakes?|warrants?|is not|s'interdit|s'engage|peut|pourra|doit|devra|"
                     r"garantit|renonce|n'est pas|ne saurait|ne pourra)\b)")


# s24: a value taken back and the new one said after it ("non pas 12 mois de reconduction, 6", "pas 3 mois de préavis mais
# 2", "not 12 months for the cap, make it 6"): the new value in the old one's place and unit, on the figure the old one named
_TAKEN_BACK_BEFORE = re.compile(r"\b(?:non,? )?(?:pas|not|plutot que|rather than|instead of|au lieu de)\s+$")
_THEN_NEW = re.compile(r"[^.;!?\d]{0,50}?(?:,|:|;|\bmais\b|\bbut\b|->|=>|\bmake it\b|\bmets\b|\bplutot\b|\bdisons\b)\s*"
                       r"(?:(?:make it|mets|mettons|mettez|disons|plutot|say|more like|put|juste|just|only|seulement|plutot)\s+)*$")


def _value_taken_back(text: str, folded: str, quantities: list[Quantity]) -> tuple[str, str, list[Quantity]]:
    """The text (its negation word blanked) and the quantities with a value taken back replaced by the one said after it;
    unchanged when the message takes no value back."""
    for old, new in zip(quantities, quantities[1:]):
        neg = _TAKEN_BACK_BEFORE.search(folded, max(0, old.span[0] - 20), old.span[0])
        if neg is None or old.unit is None or new.unit not in (None, old.unit) or \
                not _THEN_NEW.fullmatch(folded, old.span[1], new.span[0]):
            continue
        blank = " " * (neg.end() - neg.start())
        text = text[:neg.start()] + blank + text[neg.end():]
        folded = folded[:neg.start()] + blank + folded[neg.end():]
        kept = [replace(q, value=new.value) if q is old else q for q in quantities if q is not new]
        return text, folded, kept
    return text, folded, quantities


# s24: a raise of the fee under a condition, after the fee ("…, et augmente-la de 10 % si on ajoute l'astreinte", "…, plus
# 10% if they want weekend on-call", "…, majoré de 20 % si on passe en 24/7")
_CONDITIONAL_RAISE = re.compile(
    r"(?:,\s*|\s+)(?:(?:et|and|puis|then|but|mais)\s+)?(?:\+\s*|plus\s+|(?:majore\w*|augmente\w*|increase\w*|raise\w*|"
    r"bump\w*|uplift\w*|hausse\w*|add|ajoute\w*|rajoute\w*)(?:-(?:la|le|les))?(?:\s+(?:it|that|the fee|them|la redevance|"
    r"le forfait))?\s+(?:de\s+|by\s+|of\s+)?)\d+(?:[.,]\d+)?\s?(?:%|pour ?cent|percent)[^.;!?\d]{0,25}?"
    r"\b(?:si|if|when|quand|lorsqu\w*|des qu\w*|en cas d\w*|in case|whenever|once|should|provided)\b[^.;!?]*")


# a raise tied to an index is the price revision clause's own figure ("+3 % max si l'indice Syntec augmente")
_INDEXED = re.compile(r"\b(?:indices?|index\w*|syntec|insee|inflation|cpi|rpi|cout de la vie|cost of living)\b")


# s28: one place named as where something happens ("at one site", "sur un des sites", "dans une agence")
_AT_ONE_PLACE = re.compile(r"\b(?:at|in|on|a|dans|sur|from|de|chez|for|pour) (?:one|un|une|1|l'un|l'une)\b(?: (?:des|de nos|de leurs|of "
                           r"(?:the|our|their)))? (?:site|bureau|agence|office|shop|store|boutique|magasin|clinique|clinic|"
                           r"depot|entrepot|warehouse|branch|location|antenne)s?\b")


# s28: a count said as the one a change starts from ("des 4 boutiques, on en ferme une", "of our 6 car washes", "on a 3 gîtes
# et on en rachète un autre", "sur nos 20 postes, on en retire 3")
# (a count said after "we have" and a change told apart from it stays the total: "we have 40 staff, 5 new starters")
_BASE_BEFORE = re.compile(r"\b(?:des|de nos|de leurs|sur (?:les|nos|leurs)|parmi (?:les|nos|leurs)|of (?:our|their|the|its|those)|"
                          r"out of (?:our|their|the))\s+$")


_TAKES_UP = re.compile(r"^(?:on|ils|elles|nous|je|j'|vous|il|elle) en |\bof them$|\bmore$")


def _said_as_base(folded: str, quantities: list[Quantity], said: int, c) -> bool:
    """The count `said` is the one the change `c` starts from: said before the change, after a word that makes it the
    whole the change is taken from or added to."""
    taken_up = bool(_TAKES_UP.search(c.evidence))  # "20 postes, on en ajoute 2": the pronoun takes up the count said
    return any(int(q.value) == said and q.span[1] <= c.span[0] and (taken_up or _BASE_BEFORE.search(
        folded, max(0, q.span[0] - 25), q.span[0])) for q in quantities if float(q.value).is_integer())


def _counts_read(s: Slots, counts: list, quantities: list[Quantity], folded: str) -> list:
    """The count changes a message makes, squared with the counts its facts read: a new total said as a move is the
    count stated; a number read as a count inside a change is the change's, not a total ("ajoute 2 postes": two more,
    not two in all; "enlève deux… non, trois"); a number of sites said beside a change of sites is the total the
    change only explains ("en fait 3 sites : deux dépôts en plus"). Returns the changes left to apply to the state."""
    kept = []
    if s.facts.get("sites") == 1 and any(c.unit == "users" and c.kind != "set" for c in counts) and _AT_ONE_PLACE.search(folded):
        # "closing reception at one site", "deux postes en moins sur un des sites": the place where the change happens,
        # not the number of places
        s.facts.pop("sites", None)
    for c in counts:
        said = s.facts.get(c.unit)
        inside = {int(q.value) for q in quantities if c.span[0] <= q.span[0] < c.span[1] and float(q.value).is_integer()}
        if c.kind == "set":
            s.facts[c.unit] = int(c.amount)
        elif said is not None and _said_as_base(folded, quantities, said, c):
            # "des 4 boutiques, on en ferme une", "of our 6 car washes we're closing one": the count the change starts from
            after = c.apply(said)
            if after is None:
                s.facts.pop(c.unit, None)
            else:
                s.facts[c.unit] = after
        elif said is not None and (said == abs(c.amount) or said in inside):
            s.facts.pop(c.unit, None)
            kept.append(c)
        elif said is not None and c.unit == "sites":
            continue
        else:
            kept.append(c)
    return kept


def _paste_start(folded: str) -> int | None:
    m = _PASTED.search(folded)
    if m is None or len(folded[m.end():].split()) < 8:
        return None
    return m.start()


# s36: the provider speaking of its own size ("we're 2 people", "we are only 3 techs", "on n'est que deux", "nous sommes 4
# dans la boîte")
_OWN_SIZE = re.compile(r"\b(?:we'?re|we are|on est|on n'est que|nous sommes|nous ne sommes que) (?:(?P<only>only|just|juste|"
                       r"seulement|que|a team of|une equipe de) )?(?P<n>\d{1,3}|deux|trois|quatre|cinq|six|two|three|four|five|six)"
                       r"(?: (?P<own>people|persons|techs?|technicians?|engineers?|employees|staff|personnes|techniciens?|salaries|"
                       r"ingenieurs?|dans la boite|in the company|in the team|a la boite))?\b(?! (?:users?|utilisateurs?|postes?|"
                       r"sites?|clients?|customers?|%|€))")


def _number_said(word: str) -> int | None:
    from assistant.chat.slot_relative import _number

    n = _number(word)
    return int(n) if n and float(n).is_integer() else None


def read_slots(text: str, *, topic_hint: str | None = None, side_hint: str | None = None,
               figure_hint: str | None = None) -> Slots:
    """Every slot a message fills; `topic_hint` is the clause on the table (for bare figures). A contract clause pasted
    into the message is the text to work on: its figures and facts are not the user's; its subject is the topic.
    One-letter typos in the key words are mended first ("sauvgarde", "disponibilté")."""
    text = mend_typos(text)
    start = _paste_start(fold_keep_offsets(text))
    if start is not None and start > 0:
        from assistant.legal.review.classify import cue_scores

        pasted = text[start:]
        s = read_slots(text[:start], topic_hint=topic_hint, side_hint=side_hint, figure_hint=figure_hint)
        scores = cue_scores("", pasted)
        if _FORBIDS_HIRING.search(fold_keep_offsets(pasted)):  # what the clause forbids says what it is
            scores["non_solicitation"] = scores.get("non_solicitation", 0.0) + 3.0
        named = max(scores, key=lambda t: scores[t]) if scores else clause_topic(pasted)
        if named:
            s.topic = named
        s.pasted = True
        return s
    return _read_slots(text, topic_hint=topic_hint, side_hint=side_hint, figure_hint=figure_hint)


def _read_slots(text: str, *, topic_hint: str | None = None, side_hint: str | None = None,
                figure_hint: str | None = None) -> Slots:
    # "security-wise", "backup-related": the word itself (same length, offsets kept)
    folded = re.sub(r"(?<=\w)-(?=(wise|side|related|level)\b)", " ", fold_keep_offsets(text))
    quantities = find_quantities(text)
    conditions = []
    cond = _CONDITIONAL_RAISE.search(folded)
    if cond and _FEE_CUE.search(folded[:cond.start()]) and not _INDEXED.search(cond.group(0)) and any(
            q.unit in (None, "eur") and q.value >= 50 and q.span[1] <= cond.start() for q in quantities):
        # s24: "redevance 3 150 € HT/mois, et +10 % si on ajoute l'astreinte": the fee is set; the raise, its figure and
        # what its condition names (a service, hours) are kept as said, neither applied nor read as facts
        a, b = cond.span()
        conditions.append(text[a:b].strip(" ,.;"))
        text, folded = text[:a] + " " * (b - a) + text[b:], folded[:a] + " " * (b - a) + folded[b:]
        quantities = [q for q in quantities if not a <= q.span[0] < b]
    for a, b in conditional_changes(folded):  # s25: "the cap doubles if we add hosting": kept as said, not applied
        conditions.append(text[a:b].strip(" ,.;"))
        text, folded = text[:a] + " " * (b - a) + text[b:], folded[:a] + " " * (b - a) + folded[b:]
        quantities = [q for q in quantities if not a <= q.span[0] < b]
    # "make it a year", "down to a month": one unit said with an article, after a verb that sets it
    m = re.search(r"\b(?:make it|set it (?:to|at)|reduce it to|cut it to|bring it (?:down |up )?to|down to|up to|just|only|"
                  r"go (?:for|with)) (?:a|an) (year|month|week|day)\b", folded)
    if m and not any(q.unit for q in quantities):
        quantities = sorted(quantities + [Quantity(1.0, m.group(1), m.span(1), text[m.start(1):m.end(1)])],  # type: ignore[arg-type]
                            key=lambda q: q.span)
    # "a year is plenty", "P1 two hours, P2 a day", "within a day": one unit said with an article where a figure goes
    if len(folded.split()) <= 14:
        for m in re.finditer(r"(?:^\W*(?:(?:ok|okay|hmm|and|then|so|well|nah|no)\W+)*|\b(?:p[1-4]|priority [1-4]|within|under|"
                             r"max(?:imum)?|at most|up to|no more than|for)\W+)an? (year|month|week|day|hour)\b(?!'s| of work)",
                             folded):
            if not any(q.span[0] <= m.start(1) < q.span[1] for q in quantities):
                quantities = sorted(quantities + [Quantity(1.0, m.group(1), m.span(1), text[m.start(1):m.end(1)])],  # type: ignore[arg-type]
                                    key=lambda q: q.span)
    # "cap liability at the annual fees", "plafond = la redevance annuelle": a cap of one year of fees
    m = re.search(r"\b(?:the |an? |one |un |une |1 )?(?:annual|yearly|year'?s?(?: worth of)?|annee|an) (?:of )?(?:the )?"
                  r"(?:fees?|redevances?|charges|billing|contract value)\b|\b(?:la |les |le )?(?:redevances?|montant|prix|"
                  r"facturation|valeur) annuel(?:le)?s?\b(?: du contrat)?|"
                  r"\b(?:un|une|1) an(?:nee)? de (?:redevance|facturation|factures)\b", folded)
    if m and re.search(r"plafon\w*|\bcap\w*|limit\w*|responsab\w*|liabil\w*", folded[:m.start()]):
        # "twice the annual fees", "1,5 fois la redevance annuelle", "2x annual fees": that many years of fees
        times = re.search(r"(?:\b(twice|double)|(?<![\w.,])(\d+(?:[.,]\d+)?|deux|trois|two|three)\s*(?:x|fois|times))\s*"
                          r"(?:(?:the|le|la|les|l') ?)?(?:montant )?$", folded[max(0, m.start() - 25):m.start()])
        n = 1.0
        if times:
            word = times.group(1) or times.group(2)
            n = {"twice": 2.0, "double": 2.0, "deux": 2.0, "two": 2.0, "trois": 3.0, "three": 3.0}.get(
                word, None) or float(word.replace(",", "."))
        # the multiplier's own digit is no figure of its own
        quantities = [q for q in quantities if not (times and q.unit is None and
                                                    max(0, m.start() - 25) + times.start() <= q.span[0] < m.start())]
        if not any(q.unit in ("month", "year") for q in quantities):
            quantities = sorted(quantities + [Quantity(n, "year", m.span(), text[m.start():m.end()])],  # type: ignore[arg-type]
                                key=lambda q: q.span)
    # "four nines", "trois neuf": an availability said by its count of nines
    for m in re.finditer(r"\b(two|three|four|five|deux|trois|quatre|cinq|[2-5]) ?(?:nines|neufs?|9s)\b", folded):
        n = {"two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4, "five": 5, "cinq": 5}.get(m.group(1)) or int(m.group(1))
        if not any(q.span[0] < m.end() and m.start() < q.span[1] and q.unit for q in quantities):
            value = round(100 - 10 ** (2 - n), n - 2)
            quantities = sorted([q for q in quantities if not (q.span[0] < m.end() and m.start() < q.span[1])] +
                                [Quantity(value, "percent", m.span(), text[m.start():m.end()])],  # type: ignore[arg-type]
                                key=lambda q: q.span)
    # "plafonné à un dixième de la redevance", "capped at a fifth of the monthly fee": a share of the fee, as a percentage
    for m in _FRACTION_OF_FEE.finditer(folded):
        if not any(q.span[0] < m.end(1) and m.start(1) < q.span[1] for q in quantities):
            quantities = sorted(quantities + [Quantity(_FRACTIONS[m.group(2)], "percent", m.span(1),  # type: ignore[arg-type]
                                                       text[m.start(1):m.end(1)])], key=lambda q: q.span)
    # "les 12 derniers mois", "the 6 previous months": the unit after an adjective of time
    quantities = [replace(q, unit=("month" if um.group(1).startswith(("moi", "mon")) else "year"),
                          span=(q.span[0], q.span[1] + um.end()))
                  if q.unit is None and (um := re.match(r"\s+(?:derniers?|dernieres?|precedents?|precedentes?|last|previous|"
                                                         r"preceding|past|prior)\s+(mois|months?|ans|annees|years?)\b",
                                                         folded[q.span[1]:])) else q for q in quantities]
    # "a year after the end of the agreement", "un an après la fin du contrat": one unit with an article, before a term end
    for m in re.finditer(r"\b(?:an?|one|un|une) (year|month|an|mois)\b(?= (?:after|following|from|post|apres|a compter|suivant)\b)",
                         folded):
        if not any(q.span[0] <= m.start(1) < q.span[1] for q in quantities):
            unit = "year" if m.group(1) in ("year", "an") else "month"
            quantities = sorted(quantities + [Quantity(1.0, unit, m.span(), text[m.start():m.end()])],  # type: ignore[arg-type]
                                key=lambda q: q.span)
    s = Slots(quantities=quantities, conditions=conditions)
    s.topic = clause_topic(text)
    if s.topic == "backup_recovery" and topic_hint not in (None, "backup_recovery") and names_only_data_loss(text):
        s.topic = None  # s25: "they'll want data loss carved out" about the clause on the table, or the last answer's topic
    if s.topic in ("termination", "duration_renewal", None) and topic_hint:
        # "deux ans à compter de la résiliation", "18 months following termination": the end of the contract as the
        # start of a period of the clause on the table, not the termination clause
        masked = _relative_time_masked(text, folded, quantities)
        if masked != text:
            s.topic = clause_topic(masked)
    if s.topic and len(text) == len(folded) and _EVENT_EXCEPTED.search(folded):
        # "one audit a year, except after a security incident": the event excepted names no clause
        masked = text
        for m in _EVENT_EXCEPTED.finditer(folded):
            a, b = m.span("event")
            masked = masked[:a] + " " * (b - a) + masked[b:]
        s.topic = clause_topic(masked)
    s.term = find_term(text)
    s.side = read_side(_COMPLAINT.sub(" ", folded))  # "trop côté prestataire" says nothing of the user's side
    s.facts, s.negated_facts = read_facts(text, folded, quantities)
    own = _OWN_SIZE.search(folded) if (s.side or side_hint) == "msp" and "users" in s.facts else None
    if own and (own.group("only") or own.group("own")) and (_number_said(own.group("n")) or 0) == s.facts["users"]:
        s.facts.pop("users")  # s36: "we're 2 people lol", "on n'est que 3": the provider's own size, no user of the client's
    heard = speaker_control(folded, s.side or side_hint)
    if heard is None:  # s30: "none of us has an admin login" (a client), "none of them has" (the provider)
        heard = control_from_own_side(folded, s.side or side_hint)
    if heard is not None:  # "only we have admin", "we have no access" from the provider, "we both have the passwords"
        s.facts["control"] = heard
    s.data_kinds = s.facts.pop("_data_kinds", [])
    s.inferred = s.facts.pop("_inferred", [])
    s.access = provider_access(folded, s.side or side_hint)  # s27: what it reaches is recorded when it is told as a fact
    if s.facts.get("hours") in ("business", "extended"):
        s.hours_said = read_hours_said(folded)
    s.facts.update(_names(text, s.side or side_hint))
    relative = _relative_match(folded)
    if relative and len(relative[0]) == 3 and relative[0][2] in ("users", "sites") and \
            SUPPOSED_CHANGE.search(folded[:relative[1][0]]):
        relative = None  # s34: "et si une agence ferme ?": a count changed in a case supposed, not in the deal
    counts = read_count_changes(folded)  # s28: the counts the message changes, typed, each read once
    counts += more_count_changes(folded, counts)  # s30: people with a workstation too, a total after a part struck out
    counts = total_after_an_addition(folded, counts)  # s33: "add their two laptops, so 9": the total said is the count
    if counts and not (relative and relative[0][0] in ("mul", "mid") and len(relative[0]) == 2 and not any(
            c.span[0] <= relative[1][0] < c.span[1] for c in counts)):
        # a count changed is the message's change ("double the seats" doubles no figure of the clause); a figure
        # multiplied elsewhere in the message keeps its own reading
        moved = [c for c in counts if c.kind != "set"]
        relative = (moved[0].as_relative(), moved[0].span) if moved else None
    else:
        counts = []
    rel = relative[0] if relative else None
    # "divise le plafond par deux": the "deux" of the change is no figure of its own
    fig_quantities = [q for q in quantities if not (rel and rel[0] == "mul" and relative[1][0] <= q.span[0] < relative[1][1])]
    clock = _hours_said(folded)
    if clock is not None and s.facts.get("hours") == clock[0]:
        # "support 8h-18h": the clock times of the service hours are no figure of a clause
        fig_quantities = [q for q in fig_quantities if not clock[1][0] <= q.span[0] < clock[1][1]]
    f_text, f_folded, fig_quantities = _value_taken_back(text, folded, fig_quantities)
    figures, fee = read_figures(f_text, f_folded, fig_quantities, s.topic, topic_hint, figure_hint, said=s.said)
    _liability_figures(f_folded, fig_quantities, s.topic, topic_hint, figures)
    s.figure_named = named_figure(folded, quantities, figure_hint) if not figures else None
    if rel is not None and not (figures and rel[0] in ("mul", "mid")):
        s.relative = rel
        if counts:
            figures = {}
            s.said.clear()
            s.count_changes = _counts_read(s, counts, quantities, folded)
            rel = s.relative = s.count_changes[0].as_relative() if s.count_changes else None
            s.relative_also = s.count_changes[1].as_relative() if len(s.count_changes) > 1 else None
        elif rel[0] == "add":  # "un mois de plus": the month is the change, not the figure's new value
            figures = {}
            s.said.clear()
        s.figure_named = _relative_target(folded) or s.figure_named
    elif counts:  # a new total said as a move ("le nombre de postes passe de 30 à 26"): the count stated
        _counts_read(s, counts, quantities, folded)
    s.figures = figures
    if s.topic == "duration_renewal" and topic_hint and topic_hint != s.topic and figures and not any(
            k in ("initial_term_months", "renewal_term_months", "notice_months") for k in figures):
        s.topic = topic_hint  # "la durée" of the clause on the table
    if fee is None:  # "il nous facture 3500 par mois": a sum with no currency sign, billed monthly
        q = next((q for q in quantities if q.unit is None and 100 <= q.value <= 1_000_000 and (
            re.match(r"\s*(?:€|euros?|eur)?\s*(?:ht |hors taxes? |ttc )?(?:par mois|/ ?mois|/ ?(?:month|mo|mth)\b|a month|per month|monthly|mensuel)",
                     folded[q.span[1]:q.span[1] + 25]))), None)
        if q is not None and re.search(r"factur\w*|pa(ie|ye|yons|yez|y|ys|ying)\b|redevance|forfait|fees?\b|abonnement|"
                                       r"subscription|charg\w*|coute|costs?|prix|price|pricing|tarif\w*", folded):  # s22: "the pricing clause, 650 a month"
            fee = q.value
    if fee is None:  # "we pay 3k a month", "2,5k par mois": thousands with no currency sign
        m = re.search(r"(?<![\w.,])(\d{1,4}(?:[.,]\d{1,2})?)\s?k\b(?!\s?(?:€|eur|\$|usd|£))", folded)
        if m and _FEE_CUE.search(folded[max(0, m.start() - 50): m.end() + 25]) and not _PER_EVENT.match(folded, m.end()) \
                and not _hiring_sum(folded, m.span()):
            fee = float(m.group(1).replace(",", ".")) * 1000
            if _YEARLY.search(folded[m.end(): m.end() + 20]):
                fee /= 12
    if fee is None:  # "monte la redevance à 2900", "fee goes to 2900": a sum named by the fee's own word
        q = next((q for q in quantities if q.unit in (None, "eur") and 100 <= q.value <= 1_000_000 and re.search(
            r"\b(redevance|forfait|abonnement|mensualite|monthly fee|fee|subscription)( mensuelle| mensuel| monthly)?('s)?"
            # the copula family, spoken too: "la redevance c'est 3 800", "the fee's now 4,100", "le forfait revient à"
            r"(,? (passe|passera|montera|goes|will go|is|est|sera|c'est|c est|ce sera|it's|it is|'s|ca fait|fait|"
            r"comes to|revient|s'eleve|amounts to|would be|serait|devient|becomes|now|maintenant|en fait|actually|"
            r"plutot|really|vraiment|finalement|in fact|donc|so|du coup)){0,3} ?(a|to|de|at|=|:|of)?\s*$",
            folded[max(0, q.span[0] - 45):q.span[0]]) and not _PER_EVENT.match(folded, q.span[1]) and not
            _YEARLY.search(folded[q.span[1]:q.span[1] + 20]) and not
            _hiring_sum(folded, q.span)), None)
        if q is not None:
            fee = q.value
    if fee is not None and 0 < fee <= 10_000_000:
        s.facts["monthly_fee_eur"] = float(fee)
    s.position = read_position(folded)
    s.more_balanced = bool(s.position in ("balanced", "mine")) and asks_more_balanced(folded)
    split = _SPLIT_FIGURE.search(folded) if s.position == "balanced" else None
    if split and any(q.unit not in ("users", "sites", "workstations") and not split.start() <= q.span[0] < split.end()
                     for q in quantities) and not re.search(r"\b(equilibr\w*|balanced|neutre|neutral|fair(er)?|win-?win|"
                                                          r"gagnant-gagnant|for both|pour les deux|re-?equilibr\w*)\b", folded):
        s.position = None  # "meet them halfway, make it 14": a figure between the two asked, not the clause rebalanced
    speaker = s.side or side_hint
    m_text, m_folded = text, folded
    if "control" in s.facts:  # "we can't even add a printer ourselves": the provider's hold, told by an example
        for m in list(_UNABLE_EXAMPLE.finditer(folded)) + list(_CONTROL_OVER.finditer(folded)):
            blank = " " * (m.end() - m.start())
            m_text = m_text[:m.start()] + blank + m_text[m.end():]
            m_folded = m_folded[:m.start()] + blank + m_folded[m.end():]
    for m in _EVENT_EXCEPTED.finditer(m_folded):  # "sauf incident de sécurité": an event excepted, no service removed
        a, b = m.span("event")
        m_text, m_folded = m_text[:a] + " " * (b - a) + m_text[b:], m_folded[:a] + " " * (b - a) + m_folded[b:]
    svc_pos, svc_neg = _mentions(SERVICE_PATTERNS, m_text, m_folded, speaker)
    asset_pos, asset_neg = _mentions(ASSET_PATTERNS, m_text, m_folded, speaker)
    if "security" in svc_pos and re.search(r"clause de securite|security clause", folded):
        svc_pos.remove("security")
    if re.search(r"\b(tous les services|all (the )?services|everything(?!(?:'s| is| will be| gets| goes)? (?:done |handled )?"
                 r"remote)(?!'s| is| will be| goes| gets| lives| sits)|tout le catalogue|toute l'offre|services? complets?|full service)\b", m_folded) \
            and not re.search(r"\b(return|delete|destroy|erase|wipe|hand back|give back|send back|restitue\w*|supprime\w*|"
                              r"detrui\w*|efface\w*)( it| them| us)? (back )?everything\b", folded):  # the data, at the end
        svc_pos = list(dict.fromkeys(svc_pos + [x for x in ("monitoring", "maintenance", "user_support", "backup",
                                                             "security", "patching") if x not in svc_neg]))
    if "hosting" not in svc_pos + svc_neg and kept_at_provider(folded, speaker):
        svc_pos = svc_pos + ["hosting"]  # s36: "sur un serveur chez le presta", "on the IT firm's servers": hosted by it
    if "hosting" not in svc_pos + svc_neg and _on_premises(folded, speaker):
        svc_neg = svc_neg + ["hosting"]  # "our servers stay on-prem": nothing hosted by the provider
    s.add_services, s.remove_services = svc_pos, svc_neg
    s.add_assets, s.remove_assets = asset_pos, asset_neg
    if s.facts.get("users") and not svc_pos and asset_pos and set(asset_pos) <= {"workstations", "mobile"} and \
            total_after_an_addition(folded, []):
        s.add_assets = []  # s33: "add their two laptops, so 9": the machines named are the seats counted, no asset ordered
    # "scrap the non-solicitation bit", "vire le passage sur la non-sollicitation": a part of the text, taken out
    part_removed = bool(_REMOVE.search(folded) and re.search(
        r"(?<!\ba )(?<!\bd'une )\b(bits?|parts?|passages?|paragraph\w*|wording|provisions?|partie|morceau|bout|stuff|thing)\b",
        folded)) and not (
        svc_neg or asset_neg)  # "we don't need the security part": the service, not a clause
    if (CLAUSE_WORD.search(folded) or part_removed) and s.topic:
        rm = _REMOVE.search(folded)
        if rm and all(re.fullmatch(r"sans|without|hors|sauf|pas d[e']|pas du|pas des|aucune?|zero|no", x.group(0))
                      for x in _REMOVE.finditer(folded)) and clause_topic(folded[:rm.start()]) == s.topic:
            rm = None  # "une clause SLA sans pénalités": what the clause goes without, not the clause taken out
        removing = bool(rm or _TOPIC_REMOVE.search(folded) or re.search(
            r"\b(take|leave|cut|strip|drop|rip)\b[\w' -]{1,30}\b(out|off)\b", folded)) and not _TOPIC_ADD.search(folded)
        (s.remove_topics if removing else s.add_topics).append(s.topic)
    elif s.topic and not (svc_pos or svc_neg or asset_pos or asset_neg or figures) and len(folded.split()) <= 16 and \
            not re.search(r"\b(plafon\w*|caps?|limit\w*|montant|amount|taux|rate)\b", folded):
        # "on laisse tomber la non-sollicitation", "you forgot the reversibility part", "throw in confidentiality":
        # the topic itself, taken out or put in, said without the word "clause"
        if _TOPIC_ADD.search(folded):
            s.add_topics.append(s.topic)
        elif _TOPIC_REMOVE.search(folded):
            s.remove_topics.append(s.topic)
    for m in _PART_DROPPED.finditer(folded):
        what = (m.group("named") or m.group("about") or "").strip()
        if not (clause_topic(what) or _mentions(SERVICE_PATTERNS, what, what)[0] or _mentions(ASSET_PATTERNS, what, what)[0]):
            s.remove_parts.append(what)
    m = _CARVE_OUT.search(folded)
    if m and (m.group("cond") or not (svc_neg or asset_neg)) and not s.remove_topics:
        s.carve_out = text[m.start("what"):m.end()].strip(" .,;!?")
        s.carve_limit = bool(_LIMIT_BEFORE.search(folded[:m.start()]))
    s.kept = read_kept(text, folded)
    s.data_location = read_data_location(folded)
    if re.search(r"\b(markdown|\.md|md)\b", folded):
        s.export_format = "md"
    elif re.search(r"\b(docx|word|\.doc)\b", folded):
        s.export_format = "docx"
    elif re.search(r"\bpdf\b", folded):
        s.export_format = "pdf"
    return s


# "drop the indirect damages part", "remove the bit about audits on site", "retire le passage sur les dommages
# indirects": one passage of the clause on the table, named by what it says
_DROP_VERB = (r"(drop|remove|delete|strike( out)?|cut|take out|get rid of|scrap|lose|retire[rz]?|enleve[rz]?|supprime[rz]?|"
              r"vire[rz]?|ote[rz]?|sors)")
_PART = r"(?:part|bit|paragraph|sentence|wording|passage|provision|line|partie|passage|paragraphe|phrase|mention|alinea|bout)s?"
_PART_DROPPED = re.compile(
    r"\b" + _DROP_VERB + r"\s+(?:the|that|this)\s+(?!" + _PART + r"\b)(?P<named>[\w' -]{3,40}?)\s+" + _PART + r"\b|"
    r"\b" + _DROP_VERB + r"\s+(?:the|that|this|le|la|ce|cette|les)\s+" + _PART + r"\s+(?:about|on|regarding|covering|"
    r"with|sur|concernant|relatif a|relative a|des|du|de la|de l')\s*(?:the |les |la |le |l')?(?P<about>[\w' -]{3,40}?)"
    r"(?=\s*[,.;:!?]|\s*$|\s+(?:and|but|et|mais|please|stp|svp)\b)")


# "exclude planned maintenance if we announce it 48 h ahead", "exclus les gens qui répondent d'eux-mêmes à une annonce":
# an exception written into the clause on the table (with a condition, or about people or events, not a service)
# s17b: an event named inside an exception phrase ("sauf incident de sécurité", "except after a security incident",
# "unless there is a backup failure", "hors perte de sauvegarde"): the service word qualifies the event — the
# exception says when a rule does not apply, it takes no service out of the scope
_EVENT_NOUN = (r"(?:incidents?|breach(?:es)?|violations?|failles?|failures?|pertes?|loss|pannes?|outages?|defaillances?|"
               r"attaques?|attacks?|fuites?|leaks?|compromissions?|sinistres?|problemes?|issues?|events?|evenements?)")
_SERVICE_WORD = (r"(?:securite(?: informatique)?|security|cyber\w*|sauvegardes?|backups?|donnees|data|reseau|network|"
                 r"supervision|monitoring|hebergement|hosting|serveurs?|servers?|messagerie|e-?mail)")
_EVENT_EXCEPTED = re.compile(
    r"\b(?:sauf|hors|excepte\w*|except|unless|other than|apart from|save for|en dehors d\w*|a l'exception d\w*)\b"
    r"[^.;!?]{0,30}?(?P<event>\b(?:" + _SERVICE_WORD + r"\s+" + _EVENT_NOUN + r"|" + _EVENT_NOUN +
    r"\s+(?:de |d'|du |des |of |on |in |with )(?:la |le |les |l'|the |a |their |our |leurs? |nos )?" + _SERVICE_WORD + r")\b)")
# s17b: a limit set before an exception ("un audit par an au maximum sauf incident", "no more than one audit per year
# unless…", "twice a year at most, except…"): the exception is to that limit
_LIMIT_BEFORE = re.compile(r"\b(?:au maximum|au plus|maximum|max|at most|at the most|no more than|not more than|pas plus d[e']|"
                           r"limite\w* a|limited to|plafonn\w* a|capped at|(?:une?|one|deux|two|trois|three|quatre|four|\d+|single|"
                           r"seul) (?:[\w']+ ){0,2}?(?:par|per|a|each|every) (?:an|annee|year|semestre|trimestre|quarter|mois|month)|"
                           r"annuel\w*|annual(?:ly)?|once|twice|une fois|deux fois)\b")
_CARVE_OUT = re.compile(
    r"\b(?:exclu(?!si)\w*|carve[- ]?out|leave out|except|excepte\w*|sauf|hors|unless|other than|don'?t count|do not count|ne (?:compte|decompte)"
    r"\w* pas|neutralis\w*|disregard|not count)\s+(?:les |la |le |l'|des |the |any |all )?(?P<what>[\w' -]{3,60}?)"
    r"(?P<cond>\s+(?:if|when|provided|as long as|so long as|unless|who|that|which|announced|notified|si|quand|lorsqu\w*|des lors|"
    r"pourvu|qui|annonce\w*|notifie\w*|prevenu\w*)\b[^.;!?]{3,120})?(?=[.;!?]|$)")


def names_subject(s: Slots) -> bool:
    """The message names what it is about (a topic, a term, a service or an asset)."""
    return bool(s.topic or s.term or s.add_services or s.remove_services or s.add_assets or s.remove_assets)


def question_frame(text: str) -> str:
    """A question without its subject: 'notre infogéreur s'engage sur 99,5 % de disponibilité, c'est
    correct ?' → 'notre infogéreur s'engage sur de , c'est correct ?'. A follow-up that names another
    subject ('et pour les sauvegardes ?') asks the same thing of it."""
    folded = fold_keep_offsets(text)
    spans = subject_spans(folded)
    for pats in (SERVICE_PATTERNS, ASSET_PATTERNS):
        for pat in pats.values():
            spans += [m.span() for m in _word_pattern(pat).finditer(folded)]
    spans += [q.span for q in find_quantities(text) if q.unit not in (None, "users", "sites", "workstations")]
    keep = [True] * len(text)
    for a, b in spans:
        for i in range(a, min(b, len(text))):
            keep[i] = False
    # the facts stated on the way ("on est une PME de 60 personnes") are in the state already: not the question
    for m in re.finditer(r"[^,;.!?]+", folded):
        part = m.group(0)
        if re.search(r"\b(on est|nous sommes|we are|we're|i am|i'm|je suis)\b", part) or any(
                q.unit in ("users", "sites", "workstations") or _PEOPLE.match(part, q.span[1] - m.start())
                for q in find_quantities(text[m.start():m.end()])):
            for i in range(m.start(), m.end() + 1 if m.end() < len(text) else m.end()):
                keep[i] = False
    frame = " ".join("".join(ch for ch, k in zip(text, keep) if k).split())
    dangling = re.compile(r"(?i)(?:^|\s+)(?:de|du|des|d'|une?|la|le|les|l'|sur|of|the|an?|on|for|pour|en|by|par|is|est)"
                          r"(?=\s*(?:[,.;?!]|$))")
    while dangling.search(frame):
        frame = dangling.sub("", frame)
    return frame.strip(" ,;")


# a head of loss said to stay within the liability: "data loss from failed backups not excluded", "ransomware losses must
# not be excluded", "les pertes de données … ne sont pas exclues", "sans exclure les frais de notification"
_KEPT_AFTER = re.compile(r"(?:^|[,;:.!?]|\b(?:and|but|et|mais|with|avec)\b)\s*(?:the |les? |la |l')?(?P<what>[^,;:.!?]{3,90}?)\s+"
                         r"(?:(?:is|are|must|should|shall|stays?|remains?|be|n'est|ne sont|ne soi(?:en)?t|ne doi(?:ven)?t|"
                         r"etre|may)\s+)*(?:not|never|pas|jamais|non)\s+(?:be\s+|etre\s+)?exclu(?:e|s|es|ded)?\b")
_KEPT_BEFORE = re.compile(r"\b(?:sans exclure|without excluding|no exclusion (?:of|for)|pas d'exclusion (?:de|pour|des|du))\s+"
                          r"(?:the |les? |la |l')?(?P<what>[^,;:.!?]{3,90})")


def read_kept(text: str, folded: str) -> list[str]:
    """The heads of loss a message says are not excluded (its own words, in order)."""
    found = []
    for rx in (_KEPT_AFTER, _KEPT_BEFORE):
        for m in rx.finditer(folded):
            what = text[m.start("what"):m.end("what")].strip(" .,;!?")
            what = re.sub(r"^(?i:and|et|but|mais)\s+", "", what)
            if what and what not in found:
                found.append(what)
    return found
