"""How the fact extractors read a clause: sentences with document offsets, who is the subject,
what modal verb binds it, and whether a term is denied where it stands.

Built on the text toolkit (`assistant.text`): `fold_keep_offsets` keeps one folded character
per source character, so a match in the folded sentence is the same span of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from assistant.legal.review.facts.model import Evidence
from assistant.text import fold_keep_offsets, split_sentences

PROVIDER_WORDS = ["prestataire", "provider", "supplier", "fournisseur", "msp", "vendor", "contractor", "titulaire",
                  "service provider", "infogerant", "infogereur", "mainteneur", "hebergeur", "processor", "sous-traitant", "company", "licensor",
                  "we", "nous", "consultant"]
CLIENT_WORDS = ["client", "customer", "beneficiaire", "buyer", "acheteur", "souscripteur", "controller", "commanditaire",
                "responsable du traitement", "responsable de traitement", "you", "vous", "pouvoir adjudicateur",
                "acheteur public", "licensee", "subscriber", "user", "abonne"]
EITHER = r"chaque partie|l'une ou l'autre (des )?parties?|l'une des parties|either party|each party|les parties|" \
         r"the parties|any party|une partie|a party|toute partie"


@dataclass
class Names:
    """Regex alternations for the provider and the client (generic words plus the defined names)."""
    provider: str = "(?:" + "|".join(PROVIDER_WORDS) + ")"
    client: str = "(?:" + "|".join(CLIENT_WORDS) + ")"
    provider_names: list[str] = field(default_factory=list)
    client_names: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, provider_names: list[str], client_names: list[str]) -> "Names":
        prov = [re.escape(n) for n in provider_names if n not in CLIENT_WORDS]
        cli = [re.escape(n) for n in client_names]
        return cls(provider=r"(?:\b(?:" + "|".join(PROVIDER_WORDS + prov) + r")\b)",
                   client=r"(?:\b(?:" + "|".join(CLIENT_WORDS + cli) + r")\b)",
                   provider_names=provider_names, client_names=client_names)


@dataclass
class Sent:
    """One sentence of a clause: original text, folded text (same length) and document offset."""
    text: str
    folded: str
    start: int  # offset of the sentence in the document
    clause: int

    def evidence(self, m: re.Match | tuple[int, int] | None = None, *, limit: int = 320) -> Evidence:
        """The sentence (or a window of it around the match) as evidence with document offsets."""
        s, e = 0, len(self.text)
        if m is not None and e > limit:
            a, b = (m.start(), m.end()) if isinstance(m, re.Match) else m
            pad = max(0, (limit - (b - a)) // 2)
            s = max(0, a - pad)
            e = min(len(self.text), s + limit)
            s = max(0, e - limit)
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return Evidence(quote=self.text[s:e], start=self.start + s, end=self.start + e)

    def excluded(self, m: re.Match | tuple[int, int]) -> bool:
        """Only an exclusion word right before it ("sans pénalité", "without penalty", "no credit")."""
        start = m.start() if isinstance(m, re.Match) else m[0]
        window = re.split(r"[,;:()]", self.folded[max(0, start - 40):start])[-1]
        return _excluded_by_word(window, self.folded[start:start + 20]) or bool(_FREE_OF.search(window))

    def negated(self, m: re.Match | tuple[int, int]) -> bool:
        span = (m.start(), m.end()) if isinstance(m, re.Match) else m
        return negated(self.folded, span)


_WS = re.compile(r"\s")
# a subordinate condition is a clause of its own: "may cut off the service if you don't pay" denies the payment, not the cut
_BREAK = re.compile(r"[,;:()]|\s(mais|toutefois|cependant|neanmoins|but|however|whereas|although|unless|sauf si|except "
                    r"(where|that|if)|provided that|a condition que|if|in the event that|should|si|s'il|s'ils|lorsque|lorsqu'|"
                    # a clause of time or cause: "may close your account whenever we decide the service is no longer a fit"
                    r"whenever|because|since|quand|parce que|parce qu'|puisque|puisqu')\b")
_VERBAL = re.compile(r"\b(ne|n')\s*([a-z'-]+\s+){0,4}?(pas|plus|jamais|nullement|aucunement|point)\b|\bn'[a-z-]+\s+(pas|"
                     r"plus|jamais)\b|\b(not|never|cannot|no longer)\b|n't\b|\bne\s+\w+\s+(aucune?|rien|ni)\b|"
                     # the literary negation with no "pas" ("ne peut suspendre…", "ne saurait"), not the restrictive
                     # "ne … que" (only)
                     r"\bne (peut|peuvent|pourra|pourront|saurait|sauraient|doit|doivent|devra|devront)\b(?![^.;]{0,80}\bqu)|"
                     # a subject denied: "no copy will be returned", "aucune copie ne sera rendue"
                     r"\bno \w+( \w+)? (will|shall|is|are|may|can|would) (be|ever)\b|\baucune? [\w']+( [\w']+)? (ne|n')")
_FORWARD = re.compile(r"\b(sans|hors|sauf|excepte|a l'exclusion d\w*|en dehors d\w*|aucune?|nulle?|ni|without|except|"
                      r"excluding|other than|save for|no|neither|nor|non)\s*$")


# an exclusion said in several words: "free of any penalty", "exempt from charges", "exonéré de toute pénalité",
# "dispensé d'indemnité", "libre de tout frais"
_FREE_OF = re.compile(r"\b(free (of|from)|exempt(ed)? from|exonere\w* (de|d')|dispense\w* (de|d')|libre (de|d'))\s*"
                      r"((any|all|aucune?|toute?s?|tous)\s+)?$")


_BOUND = re.compile(r"\b(not|no) (less|more|later|earlier|fewer|sooner) than\b|\bne\s+\w+\s+pas (moins|plus) (de|d'|que)\b|"
                    r"\bpas (moins|plus) (de|d'|que)\b")


def negated(folded: str, span: tuple[int, int]) -> bool:
    """Is folded[span] denied where it stands? A verbal negation in its own clause (cut at punctuation and
    at "mais", "but", "unless"…) denies it; an exclusion word ("sans", "without", "no", "aucun") reaches
    only the next three words ("sans pénalité", not "sans manquement du Prestataire … un préavis")."""
    start, end = span
    # bounds on a quantity are no negation: "not less than 90 days' notice", "no later than", "ne … pas moins de"
    folded = _BOUND.sub(lambda m: " " * len(m.group(0)), folded)
    left = max([0] + [x.end() for x in _BREAK.finditer(folded, 0, start)])
    nxt = _BREAK.search(folded, end)
    right = nxt.start() if nxt else len(folded)
    for v in _VERBAL.finditer(folded, left, right):
        if not (start <= v.start() < end):
            return True
    return _excluded_by_word(folded[max(left, start - 40):start], folded[start:end])


# a determiner that opens a new noun phrase: an exclusion word whose own noun came before it does not reach past it
# ("règle sans délai la totalité des redevances", "pays without delay all the fees": the delay is excluded, not the fees)
_NEW_PHRASE = re.compile(r"^(la|le|les|l'\w*|un|une|des|du|the|a|an|all|each|every|its|their|his|her|ses|sa|son|leurs?|"
                         r"cette|ce|ces|this|these|that|those)$")
_QUANTIFIER = re.compile(r"^(aucune?|nulle?|toute?s?|tous|any|all|the|la|le|les|l'\w*|de|d'\w*|du|des|a|an|un|une|single|"
                         r"moindre|further|other|autre|additional|such|tel\w*|of)$")


def _excluded_by_word(before: str, at: str = "") -> bool:
    """An exclusion word among the last three words before a span reaches it, unless a noun of its own stands between
    them and a new noun phrase opens ("sans délai la totalité", not "sans aucune pénalité" nor "sans la moindre")."""
    words = before.split()[-3:]
    first = at.split()[:1]
    for i, w in enumerate(words):
        if not _FORWARD.search(w):
            continue
        between = words[i + 1:] + first
        closed = any(_NEW_PHRASE.match(b) and any(not _QUANTIFIER.match(x) and not _FORWARD.search(x)
                                                  for x in between[:j]) for j, b in enumerate(between))
        if not closed:
            return True
    return False


def denied_before(folded: str, span: tuple[int, int]) -> bool:
    """Is folded[span] denied by a negation standing before it in its own clause ("shall not be Customer's sole
    remedy", "ne constituent pas la seule réparation")? A negation after it ("… sole remedy and Customer shall not
    claim damages") is about something else."""
    start, _ = span
    folded = _BOUND.sub(lambda m: " " * len(m.group(0)), folded)
    left = max([0] + [x.end() for x in _BREAK.finditer(folded, 0, start)])
    if _VERBAL.search(folded, left, start):
        return True
    return _excluded_by_word(folded[max(left, start - 40):start], folded[start:start + 20])


def spaced(rx: str) -> str:
    """The pattern with each literal space (outside a character class) standing for a run of spaces: the folded sentence
    keeps the indentation of a hard-wrapped text export ("shall not in\\n     aggregate exceed" folds to "not in
    aggregate" with six spaces), and a reader's words must match across it."""
    out, in_class, esc, behind = [], False, False, False  # (a look-behind keeps its fixed width)
    for i, ch in enumerate(rx):
        if esc:
            out.append(ch)
            esc = False
            continue
        if ch == "\\":
            esc = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        elif ch == "(" and not in_class and rx.startswith("(?<", i) and not rx.startswith("(?<P", i):
            behind = True
        elif ch == ")" and not in_class:
            behind = False
        out.append(" +" if ch == " " and not (in_class or behind) else ch)
    return "".join(out)


def folded(text: str) -> str:
    """Folded text, same length, every white-space character a plain space."""
    return _WS.sub(" ", fold_keep_offsets(text))


def sentences(body: str, base: int, clause: int, fb: str | None = None) -> Iterator[Sent]:
    """`fb`: `folded(body)` when the caller has it already."""
    fb = folded(body) if fb is None else fb
    for s in split_sentences(body):
        yield Sent(text=s.text, folded=fb[s.start:s.end], start=base + s.start, clause=clause)


# -- modal verbs -------------------------------------------------------------------------------
NEED_NOT = re.compile(r"n'(est|sera|etant) (pas|nullement|aucunement|en aucun cas) (tenue?s?|oblige|contraint)|"
                      r"n'a (pas|aucune) (l')?obligation|aucune obligation|ne (sera|saurait etre) (pas )?tenue?|"
                      r"(is|are|shall be|will be) (not|under no) (required|obliged|obligated|bound)|"
                      r"(has|have|shall have|will have) no (obligation|duty)|under no obligation|"
                      r"not (be )?(required|obliged|obligated) to|need not|is not responsible for (providing|assisting)")
MUST_NOT = re.compile(r"\b(shall|must|will|may) not\b|\bcannot\b|\bs'interdit\b|\bis prohibited\b|"
                      r"\bne (doit|devra|peut|pourra|saurait|sauraient|peuvent|pourront)\b[^.;]{0,40}?\b(pas|jamais|"
                      r"en aucun cas|aucun)\b|\bne (peut|pourra|saurait)\b|\bn'est pas autorise|\bis not (permitted|allowed|"
                      r"authori[sz]ed)|\bnot (be )?permitted\b|\b(shall|will) in no (event|case)\b|\bnever\b|"
                      # the subject denied, opening the sentence: "Neither party shall assign…", "No Party shall have the
                      # right to…"
                      r"^\W*(\(?[a-z0-9]{1,3}[.)]\s*)?(neither|no) (party|parties|of the parties|signatory)\b[^.;]{0,30}?\b(shall|"
                      r"will|may|must|can|is|are|has|have)\b")
MAY = re.compile(r"\b(will|shall) be (able|free|entitled) to\b|\bmay\b|\bmight\b|\bpeut\b|\bpeuvent\b|\bpourr(a|ait|aient|ont)\b|\bcan\b|\bis entitled\b|"
                 r"\bshall be entitled\b|\bis free to\b|\bse reserve\b|\breserves? the right\b|\ba la faculte\b|"
                 r"\bhas the right\b|\ba le droit\b|\b(est|sont|is|are|shall be|will be|sera|seront) (expressement |expressly "
                 r"|hereby )?(autorise|authori[sz]ed|permitted|allowed|habilite)\w*\b|\bat (its|their) (sole )?(discretion|option)\b|\blibrement\b|\bfreely\b")
MUST = re.compile(r"\bshall\b|\bmust\b|\bwill\b|\bagrees? to\b|\bundertakes?\b|\bcovenants?\b|\bis (required|obliged|"
                  r"obligated|responsible for)\b|\bs'engage\w*\b|\bs'oblige\b|\bdoit\b|\bdoivent\b|\bdevra(ient|nt)?\b|"
                  r"\best tenue?\b|\bsera tenue?\b|\bveille\w*\b|\bgaranti\w*\b|\bensures?\b|\bcommits?\b|"
                  r"\bis bound\b|\bhas to\b|\bagrees that\b")


# a verb of purpose ("Afin de garantir la disponibilité, le Prestataire pourra…", "in order to ensure continuity, the
# Supplier may…"): the aim of the sentence, not its modal
PURPOSE_VERB = re.compile(r"\b(afin (de|d')|pour|dans le but de|en vue de|in order to|so as to|with a view to)\s+(\w+\s+){0,1}?"
                          r"(garanti\w*|assur\w*|veill\w*|ensur\w*|guarantee\w*|secur\w*|permettre|allow|enable)\b")


def modal(sentence: str) -> str:
    """"need_not", "must_not", "may", "must" or "states" (a plain present tense: a duty in French drafting)."""
    sentence = PURPOSE_VERB.sub(lambda x: " " * len(x.group(0)), sentence)
    if NEED_NOT.search(sentence):
        return "need_not"
    if MUST_NOT.search(sentence):
        return "must_not"
    must, may = MUST.search(sentence), MAY.search(sentence)
    if must and (not may or must.start() < may.start()):
        return "must"
    if may:
        return "may"
    return "states"


# A sentence that opens with its condition ("If Customer fails to pay, Vendor may terminate…", "En cas de retard du
# Client, le Prestataire peut…"): the party of the main clause comes after it.
CONDITION = re.compile(r"^\W*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:if|should|where|when|whenever|in the event|in case|upon|"
                       r"si|s'il|en cas|lorsque|lorsqu'|des lors|a defaut|faute|except (?:for|as|in respect of|with "
                       r"respect to)|save (?:for|as)|other than|sauf|a l'exception d\w*|hormis|excepte)\b[^,;:]{0,200}?,\s")


# the doer of an infinitive named just before it: "no consent is needed for the Provider to subcontract", "il suffit pour
# le Prestataire de céder…"
_INFINITIVE_AGENT = r"\b(?:for|pour)\s+(?:the\s+|le\s+|la\s+|l')?(?P<who>[\w' -]{2,40}?)\s+(?:to|de|d')\s*(?:\w+\s+)?$"


def subject(sentence: str, names: Names, before: int | None = None) -> str:
    """The party the sentence is about: the first party named (before `before`, when given), after the
    sentence's opening condition when it has one."""
    head = sentence[:before] if before is not None else sentence
    cond = CONDITION.match(head)
    if cond and cond.end() < len(head):
        main = _first_party(head[cond.end():], names)
        if main != "unknown":
            return main
    return _first_party(head, names)


# A participle in the passive voice ("peut être résilié", "may be terminated", "are subject to change"): the
# subject named before it is what is acted upon; the actor, when named, follows "par" / "by".
_PASSIVE_BEFORE = re.compile(r"\b(etre|ete|est|sont|sera|seront|serait|be|been|is|are|was|were|being|subject to)\s+"
                             r"(\w+ly\s+|\w+ment\s+|ainsi\s+|also\s+|then\s+|ensuite\s+)?$")
_AGENT = re.compile(r"\W*(?:[\w'-]+\W+){0,6}?(?:par|by)\s+(?:l'|le |la |les |the |its |ses |son |sa )?")


def actor(sentence: str, names: Names, span: tuple[int, int]) -> str:
    """Who does the verb at `span`: the agent of a passive ("may be terminated by Provider", "peut être cédé par le
    Prestataire", "subject to change by Vendor"), "unknown" for a passive with no agent, else the subject named
    before the verb (after the sentence's opening condition)."""
    a, b = span
    if _PASSIVE_BEFORE.search(sentence[max(0, a - 40):a]):
        tail = sentence[b:b + 120]
        stop = re.search(r"[;:.]", tail)
        tail = tail[:stop.start()] if stop else tail
        for m in _AGENT.finditer(tail):
            who = _first_party(tail[m.end():m.end() + 40], names)
            if who != "unknown" and re.match(r"\W*(l'|le |la |les |the )?" + f"(?:{EITHER}|{names.provider}|{names.client})",
                                              tail[m.end():]):
                return who
        return "unknown"
    inf = re.search(_INFINITIVE_AGENT, sentence[max(0, a - 60):a])
    if inf:
        who = _first_party(inf.group("who"), names)
        if who in ("provider", "client"):
            return who
    return subject(sentence, names, a)


def nearest_party(sentence: str, names: Names, end: int) -> str:
    """The party named last before `end`: the subject of a verb phrase ending there ("Le Client reconnaît que le
    Prestataire n'est pas responsable…" → provider)."""
    head = sentence[:end]
    found = [(m.start(), who) for rx, who in ((EITHER, "either"), (names.provider, "provider"), (names.client, "client"))
             for m in re.finditer(rx, head)]
    return max(found)[1] if found else "unknown"


def _first_party(head: str, names: Names) -> str:
    either = re.search(EITHER, head)
    p = re.search(names.provider, head)
    c = re.search(names.client, head)
    found = sorted((m.start(), who) for m, who in ((either, "either"), (p, "provider"), (c, "client")) if m)
    return found[0][1] if found else "unknown"


def months_of(q) -> float | None:
    days = q.in_days() if q is not None else None
    return None if days is None else round(days / 30.0, 2) if q.unit != "year" else q.value * 12
