"""Who an Art. 28 sentence binds, read from its shape (used by `art28_duties.obligations` and `art28_facets`).

The parties' names (the processor, the controller, the sub-processors), a definition, a verb that binds; the party of
the main clause after "X agrees that", an opening condition or a time phrase; the agent of a passive duty ("must be
taken by the Customer"); a party named as owner of what the duty is about ("Customer data") as no subject; a list
item read with its lead-in in the same clause; the sub-processors of the sentence before standing behind a pronoun;
words broken across a line ("sub- processor") mended. Moved out of `art28_duties.py` unchanged.
"""

from __future__ import annotations

import re

SUBPROC = r"(sous-traitants? ulterieurs?|sub[- ]?processors?|sub[- ]?processing|sub-?contractors?|sous-traitants? de second rang|" \
          r"autres? sous-traitants?|another processor|other processors?|third[- ]party (sub-?)?processors?|" \
          r"sous-traitance ulterieure)"
DEFINITION = re.compile(r"^\W{0,3}(\(?[a-z0-9]{1,4}[.)]\s*)?(\"[^\"]{1,60}\"|'[^']{1,60}'|[a-z][\w -]{1,64})( \([^)]*\))? "
                        r"(means?|designe|signifie|shall mean|has the meaning|refers to|est defini)\b|"
                        # a quoted term whose opening quote was lost ("the data exporter' means")
                        r"^\W{0,3}(\(?[a-z0-9]{1,4}[.)]\s*)?(the |le |la |l')?[\w -]{1,40}['\"\u201d\u2019\u00bb] ?(\([^)]*\) )?"
                        r"(means|designe|signifie|shall mean)\b|"
                        # a quoted term "deemed" something ('"Subcontractors" are deemed third parties with whom…',
                        # '« Sous-traitants » s'entend des tiers…')
                        r"^\W{0,3}(\(?[a-z0-9]{1,4}[.)]\s*)?(\"[^\"]{1,60}\"|'[^']{1,60}')( \([^)]*\))? ((is|are|shall be) "
                        r"deemed|s'entend(ent)?)\b")


# a verb that binds anyone (a heading or a list of kinds of people has none)
BINDING = re.compile(r"\b(shall|will|must|may|agrees?|undertakes?|s'engage\w*|doit|doivent|devra|peut|pourra)\b")


PROC = r"(?<![\w-])(?:(data )?processor|sous-traitant|data importer|vendor|supplier|provider|prestataire|service provider|we|" \
       r"nous|hebergeur|company|us)\b(?! ulterieur)"
CTRL = r"(?<![\w-])(?:(data )?controller|responsable (du|de) traitement|customer|client|you|data exporter)\b"
# the processor's own sub-processors (or other third parties) as the ones bound: their duties are what the processor
# must impose on them (Art. 28(4)), not the processor's own terms
SUB = r"(?<![\w-])(?:sub-?processors?|subprocessors?|sub-?contractors?|sous-traitants? ulterieurs?|third[- ]part(y|ies)|" \
      r"other processors?|autres? sous-traitants?)\b"


_OBJECT = re.compile(r"\b(du|de|des|d'|au|aux|a|of|to|from|for|by|with|without|sans|except|than|on|upon|at|after|sur|par|"
                     r"pour|avec|facilitat\w*|provid\w*|gives?|grants?|enables?|allows?|permits?|"
                     r"envers|towards|"
                     r"aupres du|informe|notifie|inform|notify|assist|aide|"
                     # a party right after a verb of help or notice is its object ("it helps the Client answer…")
                     r"helps?|assists|supports?|informs|notifies|warns?|alerts?|assiste|previent|alerte|accompagne)"
                     r"\s+(the |le |la |l'|its |son |sa )?$")


# "the controller agrees that the processor will assist…": the duty binds the party named after "that"
AGREES_THAT = re.compile(r"^.{0,80}?\b(agrees?|acknowledges?|accepts?|understands?|reconnai\w*|accepte\w*|convien\w*|"
                         r"conviennent) (and (agrees?|acknowledges?) )?(that|que|qu')\b")


# a party's name used as a modifier of what it owns ("Customer data", "controller personal data", "client's
# systems"): not the subject of the duty
_ADJUNCT = re.compile(r"(['\u2019]s|s['\u2019])?\s+(personal\s+)?(data|content|information|systems?|accounts?|records|"
                      r"files|environment|premises|instructions?|obligations?|duty|duties)\b")


def _actor(f: str, at: int) -> str:
    """Who the duty binds: the first party named as a subject before the duty's words (not "…of the controller")."""
    head = f[:at]

    def subjects(rx: str) -> list[int]:
        return [x.start() for x in re.finditer(rx, head) if not _OBJECT.search(head[max(0, x.start() - 16):x.start()])
                and not _ADJUNCT.match(f, x.end())]

    p, c, s = subjects(PROC), subjects(CTRL), subjects(SUB)
    # the sub-processors as the first words of the sentence, or of its main clause after an opening phrase ("Once the
    # Customer has approved them, sub-processors shall…")
    opening = re.match(r"\W{0,3}(\(?[\w.]{1,4}[.)]?\s*)?" + OPENING.pattern[OPENING.pattern.index("(if|"):] +
                       r"[^,;]{0,120},\s*", head)
    start = opening.end() if opening and any(x >= opening.end() for x in s) else 0
    s_main = [x for x in s if x >= start]
    if s_main and min(s_main) < min([x for x in p + c if x >= start], default=len(head)) and re.match(
            r"\W{0,3}(\(?[\w.]{1,4}[.)]?\s*)?(any |all |each |such |the |its |les |le |la |tout |tous |chaque |ses |"
            r"processor'?s? |prestataire'?s? )*$", head[start:min(s_main)]):
        return "subprocessor"
    if p and (not c or min(p) < min(c)):
        return "processor"
    if c:
        return "controller"
    return "unknown"


# a word broken at the end of a line and joined with a space ("sub- processor", "Con- troller", "sous- traitant")
_BROKEN = re.compile(r"(?<=[a-z])- (?=[a-z])")


def _mend(f: str) -> tuple[str, list[int]]:
    """`f` with its line-broken words joined, and for each position of the result its position in `f` (one more
    entry for the end)."""
    out, back, last = [], [], 0
    for x in _BROKEN.finditer(f):
        out.append(f[last:x.start() + 1])
        back.extend(range(last, x.start() + 1))
        last = x.end()
    out.append(f[last:])
    back.extend(range(last, len(f) + 1))
    return "".join(out), back


# a list item: its marker or a lower-case start right after a lead-in that ends with a colon; the lead-in names the
# party the item binds and often the persons or data it is about
_ITEM = re.compile(r"^\W{0,3}(\(?([a-z]{1,2}|[ivx]{1,5}|\d{1,2})[.)]|[-\u2022*\u2013])\s")
_SENTENCE_END = re.compile(r"[.!?](?<!\b[a-z]\.)\s+(?!\(?([a-z]{1,2}|[ivx]{1,5}|\d{1,2})[.)]\s)")


# a lead-in cut right after its modal verb, the items carrying the duties
_OPEN_MODAL = re.compile(r"\b(shall|will|must|agrees? to|undertakes? to|doit|devra|s'engage a)\s*$")


def _lead_in(f: str, clause: str) -> str:
    """The lead-in (up to its colon) of the list whose item `f` is, within the same clause; "" when none."""
    at = clause.find(f) if f and clause else -1
    if at <= 0:
        return ""
    before = clause[:at]
    if _ITEM.match(f) and _OPEN_MODAL.search(before):  # "…, the Processor will (i) notify…; and (ii) cease…"
        starts = [x.end() for x in _SENTENCE_END.finditer(before)]
        lead = before[starts[-1] if starts else 0:].strip()
        return lead if 0 < len(lead) <= 800 else ""
    colon = before.rfind(":")
    if colon < 0 or _SENTENCE_END.search(before, colon) or (
            not before.rstrip().endswith(":") and not _ITEM.match(f) and not re.search(r"[;,]\s*((and|or|et|ou)\s*)?$",
                                                                                       before)):
        return ""
    starts = [x.end() for x in _SENTENCE_END.finditer(before, 0, colon)]
    lead = before[starts[-1] if starts else 0:colon + 1].strip()
    return lead if 0 < len(lead) <= 800 else ""


# a pronoun standing for the sub-processors named in the sentence before ("Il leur impose les mêmes obligations", "It
# shall bind them by the same terms", "Such subcontractors are bound…")
_PRONOUN = re.compile(r"^\W*(\w+\W+){0,4}?((il|elle|celui-ci) (en|leur|les)\b|\b(them|they|their)\b|ceux-ci|celles-ci|"
                      r"\bsuch (sub-?processors?|sub-?contractors?|entities|third parties|persons)\b)|"
                      # further on, the change or the objection that concerns them ("It shall inform the Customer of any
                      # intended change to them", "Il informe le client de tout changement envisagé les concernant")
                      r"\b(chang\w*|addition|replac\w*|ajout|remplacement|modification)s? (\w+ ){0,2}?(to|of|concerning|"
                      r"affecting|regarding) (them|these|those)\b|\b(les|leur) (concernant|affectant)\b|"
                      r"\b(object|s'opposer|opposition)\w* (to|a) (them|any of them|l'un d'eux|l'un d'entre eux)\b")


def _referent(f: str, clause: str) -> str:
    """The sub-processors named by the previous sentence of the clause, when `f` speaks of them by a pronoun."""
    at = clause.find(f) if f and clause else -1
    if at <= 0 or not _PRONOUN.search(f):
        return ""
    named = list(re.finditer(SUBPROC, clause[max(0, at - 400):at]))  # the sentence before or the one before it
    return named[-1].group(0) + " :" if named else ""


# a sentence (or main clause) opened by a condition or a time phrase: "Before handing data to a sub-processor, the
# Processor shall…", "À la demande du Prestataire, le Client…" - the duty binds the party named after it
OPENING = re.compile(
    r"^\W{0,3}(\d{1,2}(\.\d{1,2})+\.?\s+|\(?\w{1,4}[.)]\s*)?(if|should|where|when|whenever|in the event|in case|upon|on|at|"
    r"before|after|prior to|"
    r"following|once|until|up to|during|within|for (a period of )?\S+ (days|months|weeks)|pendant|durant|unless|subject to|without prejudice to|notwithstanding|to the extent|insofar as|in order to|"
    r"for the purposes? of|si|s'il|lorsque|lorsqu'|en cas|des lors|avant|apres|a la demande|sur (simple )?demande|a compter"
    r"|sous reserve|sans prejudice|dans le cas|dans la mesure|afin|pour|jusqu'a|des que|au terme|a l'issue)\b")
# the end of the services or of the contract, named first in some return-or-delete duties
END_WORDS = re.compile(r"(fin|terme|expiration|echeance|resiliation|termination|terminat\w*|end|expir\w*|cessation|"
                       r"conclusion|completion|ends|prend fin|cesse)\b")
# a passive duty whose agent is named: "must be taken by the Customer", "doivent être prises par le Client"
PASSIVE_AGENT = re.compile(r"(?<!which )(?<!that )(?<!\bas )(?<!\bqui )\b(must|shall|will|should|doit|doivent|devra|devront)\s+"
                           r"((also|aussi|egalement)\s+)?(be|etre)\s+(\w+\s+){0,2}?\w+\s+(\w+\s+){0,3}?(by|par)\s+"
                           r"(the |le |la |l')?")


def _main_clause(f: str) -> int:
    """Where the main clause starts when the sentence opens with a condition or a time phrase: after the first comma
    that a party's name follows ("If the Customer ends the service, by closing its account, the Processor shall…");
    0 when it does not open so, or no party begins a clause after it."""
    if not OPENING.match(f):
        return 0
    for x in re.finditer(r",\s", f[:260]):
        if re.match(r"(then |alors )?(the |le |la |l'|its |son |sa )?(" + PROC + "|" + CTRL + r")(\s+[\w-]+){0,2}?\s+"
                    r"(shall|will|must|may|can|should|agrees?|undertakes?|is|are|has|have|doit|doivent|devra|peut|peuvent|"
                    r"pourra|est|sont|s'engage|\w+s)\b", f[x.end():]):
            return x.end()
    return 0


_CONDITION = re.compile(r"^\W{0,3}(\d{1,2}(\.\d{1,2})+\.?\s+|\(?\w{1,4}[.)]\s*)?(if|where|when|whenever|once|in case|in the event|should|provided "
                        r"that|si|s'il|lorsque|lorsqu'|des lors que|dans le cas|en cas|une fois)\b")


def _condition_end(f: str) -> int:
    """End of the opening condition ("When processing…, the parties acknowledge…"): the first comma that a clause with
    its own verb follows; 0 when the sentence does not open with a condition."""
    if not _CONDITION.match(f):
        return 0
    for x in re.finditer(r",\s", f[:260]):
        if re.match(r"(then |alors )?([\w'-]+ ){0,3}?(shall|will|must|may|can|agrees?|acknowledges?|undertakes?|is|are|"
                    r"doit|doivent|peut|peuvent|s'engage\w*|reconnai\w*|conviennent|est|sont)\b", f[x.end():]):
            return x.start()
    return 0


def _actor_of(f: str, at: int) -> str:
    """Who the duty at `at` binds: the party of the main clause (after "X agrees that", after an opening condition or
    time phrase), else the agent of a passive duty ("must be taken by the Customer")."""
    lead = AGREES_THAT.match(f)
    if lead and lead.end() < at:
        return _actor(f[lead.end():], at - lead.end())
    main = _main_clause(f)
    if main:  # the duty's words after the opening phrase, or the opening's own time words ("Until the end, the
        # Customer may itself delete…"): the main clause's party
        rest = f[main:]
        who = _actor(rest, at - main if at > main else min(len(rest), 80))
        if who != "unknown":
            return who
    who = _actor(f, at)
    if who == "unknown":
        for x in PASSIVE_AGENT.finditer(f):
            rest = f[x.end():]
            if re.match(CTRL, rest):
                return "controller"
            if re.match(PROC, rest):
                return "processor"
    return who
