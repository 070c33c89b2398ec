"""Which knowledge-base statements make good answer sentences.

The offline composer can only repeat what entries say, so the choice of sentences is the
whole answer. This module cuts entry bodies into statements a reader can take on their
own (no bare section labels, no questions left unanswered, no "this version…" asides),
finds the lists an entry spells out (for "what must it contain?" questions), and reads
the question for what kind of answer it wants (a time, an amount, a list) and for names
the knowledge base has never heard of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from assistant.text import fold, split_sentences

_HEADING = re.compile(r"^\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)?\*\*([^*\n]{1,90}?)\*\*\s*")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_ASIDE = re.compile(r"^(cette|this|la|a|the|une)?\s*version\b", re.I)


def _tidy(s: str) -> str:
    s = _BULLET.sub("", s).strip()
    s = re.sub(r"\*\*|__|`", "", s)
    return s.strip()


def _is_label(label: str) -> bool:
    """A section label ("Point de vigilance.") rather than a statement ("Première limite :
    l'obligation essentielle (art. 1170).")."""
    return label.endswith((".", ":")) and not re.search(r"\d| : |: ", label.rstrip(":"))


def _line(line: str) -> str:
    """A line without its leading bold section label ("**Point de vigilance.** …"); a label
    that asks a question or states something is kept; a label alone on its line is dropped."""
    m = _HEADING.match(line)
    if not m:
        return line
    label, rest = m.group(1).strip(), line[m.end():].strip()
    if not rest:
        return "" if _is_label(label) else line
    return (line[:m.start()] + " " + rest).strip() if _is_label(label) else f"{line[:m.start()]}{label} {rest}".strip()


def statements(text: str) -> list[str]:
    """Sentences and list items, not cut after legal abbreviations ("art. 28", "Cass. com.")."""
    out = []
    for line in (text or "").split("\n"):
        for sentence in split_sentences(_line(line), items=False):
            s = _tidy(sentence.text)
            if (len(s) >= 25 or len(s.split()) >= 4) and not s.endswith(":"):
                out.append(s)
    return out


_ANAPHORA = re.compile(r"^(Il|Elle|Ils|Elles|Cela|Ceci|Celle-ci|Celui-ci|It|They|This|That|These|Those)\b"
                       r"(?! (faut|y a|existe|est (possible|recommandé|conseillé|utile|prudent|important)|"
                       r"is (possible|advisable|important|worth|useful)))")


def leans_back(sentence: str) -> bool:
    """Starts with a pronoun that needs the sentence before it ("Elle fait tomber le plafond.")."""
    return bool(_ANAPHORA.match(sentence.strip()))


# a sentence about the entry itself ("Cette clause répond à…", "Why it matters: …"), not about the law or the deal
_META = re.compile(r"^(cette|la presente|this|the present) ([\w-]+ ){0,2}(clause|version|fiche|entree|entry)\b|^(ce dernier point|why it matters|"
                   r"pourquoi c'est important|pourquoi cela compte)\b")


def usable(sentence: str) -> bool:
    """A statement that can stand in an answer: not a question, not a note about the entry."""
    s = sentence.strip()
    if s.endswith("?"):
        return False
    bare = re.sub(r"^[*_«\"]+", "", s)
    return not (_ASIDE.match(bare) or _META.match(fold(bare)))


def present(sentence: str) -> str:
    """As shown in an answer: a list item ending in ';' reads as a sentence."""
    s = sentence.strip()
    if s.endswith((";", ",")):
        s = s[:-1].rstrip() + "."
    if s[:1].islower():
        s = s[0].upper() + s[1:]
    return s


# -- lists ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ListBlock:
    lead: str  # the line that introduces the list ("" when none)
    items: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join([self.lead, *self.items])


def list_blocks(text: str, *, min_items: int = 3) -> list[ListBlock]:
    """Runs of at least `min_items` bullet or numbered lines, with the line before them."""
    lines = (text or "").split("\n")
    blocks, run, lead = [], [], ""
    for i, line in enumerate(lines + [""]):
        if _BULLET.match(line):
            if not run:
                prev = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
                lead = "" if _BULLET.match(prev) else _tidy(_lead_text(prev))
            run.append(line)
            continue
        if len(run) >= min_items:
            blocks.append(ListBlock(lead, tuple(_item(x) for x in run)))
        run = []
    return blocks


def _lead_text(line: str) -> str:
    m = _HEADING.match(line)
    if m and not line[m.end():].strip():
        return m.group(1)
    return _line(line)


def _item(line: str) -> str:
    """One list item, as written (bold and bullet marks removed)."""
    return " ".join(statements(line)) or _tidy(line)


_CONTENTS = re.compile(r"\b(contient|contenu|contenir|comporte|rubriques?|plan type|check-?list|outline|contains?|"
                       r"content|includes?|sections?|elements?|etapes|steps|what it covers)\b")


def announces_contents(lead: str) -> bool:
    """Does the line introduce a list as the contents of something ("Ce qu'il contient.")?"""
    return bool(_CONTENTS.search(fold(lead)))


def short_item(item: str) -> str:
    """The title of an item written "*Title* : details" or "Title — details", else the item."""
    m = re.match(r"^\*?([^*:—\n]{3,70}?)\*?\s*(?:—| : |: )", item)
    return m.group(1).strip() if m else item


# -- the question ---------------------------------------------------------------------------
_TIME_Q = re.compile(r"\b(combien de temps|quel(s)? delais?|dans quel delai|sous quel delai|en combien de temps|"
                     r"how long|how fast|how quickly|how soon|what deadline|within how)\b")
_AMOUNT_Q = re.compile(r"\b(combien|montant|how much|how many|quel(le)?s? (est |sont )?(le |la |les )?(taux|prix|cout|"
                       r"montant|amendes?|plafond|indemnite)|what (is |are )?(the )?(amount|rate|fee|fines?|cap|"
                       r"penalt\w*)|quelles? amendes?|what fines?)\b")
_LIST_Q = re.compile(r"\b(que doit contenir|que contient|doit (contenir|prevoir|comporter|inclure|mentionner)|"
                     r"doivent (contenir|figurer)|quelles sont les (clauses|mentions|rubriques|elements|points|etapes)|"
                     r"what (must|should) [\w' -]{0,60}(contain|include|cover|say)|what goes (in|into)|"
                     r"what are the (essential|key|main|mandatory)|check-?list|liste des|"
                     r"quel(le)?s (clauses|mentions|elements|points|rubriques) (sont|seraient|faut-il|doit-on|dois-je|"
                     r"on doit|je dois|il faut|mettre|prevoir|inclure)|"
                     r"(mettre|prevoir|inclure|faut|faudrait) quel(le)?s (clauses|mentions|elements|points|rubriques)|"
                     r"(what|which) (clauses|terms|provisions|sections) (are|should|must|do|does|would|to)|"
                     r"(on|je|nous) doi(t|s|vons) (obligatoirement )?(y )?mettre quoi|doit obligatoirement (contenir|figurer)|"
                     r"mentions obligatoires|what (needs|has) to be in|what must be in|"
                     # s17b: "qu'est-ce qu'on doit absolument mettre dans le contrat ?", "il faut absolument y mettre
                     # quoi ?", "what absolutely has to be in it?": the list asked with an adverb between
                     r"(doi(t|s|vent)|devons|faut|faudrait)( absolument| imperativement| obligatoirement| vraiment)? "
                     r"(y )?(mettre|prevoir|inclure|faire figurer) (dans|au)|"
                     r"(faut|doit|doi[st])( absolument| imperativement| obligatoirement| vraiment)? y (mettre|prevoir) quoi|"
                     r"what (absolutely |really |definitely )?(needs|has|have|must|ought) (to )?(go|be) in)\b")
_LEGAL_Q = re.compile(r"\b(valable|valide|legal\w*|licite|illicite|autorise\w*|interdit\w*|a le droit|a-t-il le droit|"
                      r"peu(t|vent)-(on|il|elle|ils|elles)|est-ce permis|enforceable|valid|lawful|unlawful|allowed|legal|"
                      r"prohibited|can (we|a|an|the|our|my|it)|may (we|a|the|our))\b")
_LEGAL_S = re.compile(r"\bart(icle|s?\.)? ?[lrd]?\d|\b[lrd] ?\d{3}|\b1[12]\d\d(-\d+)?\b|\bcode\b")
_TIME_S = re.compile(r"\d+ ?(h\b|heures?|hours?|jours?|days?|mois|months?|minutes?|min\b|semaines?|weeks?)|"
                     r"meilleurs delais|undue delay|sans delai|sans retard|immediate|without delay|delai|deadline")
_AMOUNT_S = re.compile(r"\d")


def answer_kind(question: str) -> str | None:
    low = fold(question)
    if _LIST_Q.search(low):
        return "list"
    if _TIME_Q.search(low):
        return "time"
    if _AMOUNT_Q.search(low):
        return "amount"
    if _LEGAL_Q.search(low):
        return "legal"
    return None


def fits(kind: str | None, sentence: str) -> bool:
    """Does the sentence give the kind of answer asked for (a delay, a figure)?"""
    if kind == "time":
        return bool(_TIME_S.search(fold(sentence)))
    if kind == "amount":
        return bool(_AMOUNT_S.search(sentence))
    if kind == "legal":
        return bool(_LEGAL_S.search(fold(sentence)))
    return False


def same_figures(question: str, sentence: str) -> bool:
    """The sentence repeats a figure of the question ("99.9 %", "72 h", "2021/915")."""
    def figures(text: str) -> set[str]:
        return {f.replace(",", ".") for f in re.findall(r"\d+(?:[.,/]\d+)*", text) if len(f) >= 2}
    return bool(figures(question) & figures(sentence))


# words a user and the knowledge base use for the same thing (overlap counts them as one)
_SYNONYMS = [
    "infogereur prestataire msp provider fournisseur infogereurs prestataires msps providers",
    "signaler prevenir notifier alerter informer avertir signale previent notifie alerte informe notify alert tell "
    "report inform warn notifies alerts tells reports informs warns",
    "fuite fuites violation violations breach breaches leak leaks",
    "valable valide licite enforceable valid lawful legal",
    "redevance redevances forfait abonnement fee fees subscription",
    "juge juges tribunal tribunaux court courts judge judges",
    "reduire reduite reduites moderer reduce reduced moderate lower",
    "panne pannes interruption arret downtime outage outages",
    "resilier resiliation resilie terminate termination terminates",
    "amende amendes sanction sanctions fine fines",
    "plafond plafonds plafonner plafonnee cap caps capping capped",
]
_GROUP = {w: f"~{i}" for i, line in enumerate(_SYNONYMS) for w in line.split()}


_ASKING = set("""should must shall can could would may might need needs do does did what which how why when whether
doit doivent dois faut peut peuvent puis-je quel quelle quels quelles comment pourquoi combien quand est-ce
il elle on vous nous mon ma mes notre nos votre vos our we my your""".split())


def question_words(question: str) -> list[frozenset[str]]:
    """The question's content words, each as its stems plus its synonym group (so that
    "infogéreur" and "MSP" count as one word); asking and modal words left out."""
    from assistant.knowledge.bm25 import tokenize

    out: list[frozenset[str]] = []
    for w in re.findall(r"[\w'-]+", fold(question)):
        w = w.split("'")[-1]
        if w in _ASKING:
            continue
        word = frozenset(set(tokenize(w)) | concepts(w))
        if word and word not in out:
            out.append(word)
    return out


def concepts(text: str) -> set[str]:
    """Synonym-group markers for the words of a text that belong to a group."""
    return {_GROUP[w] for w in re.findall(r"[a-z-]+", fold(text)) if w in _GROUP}


_ANCHOR = re.compile(r"(?<![\w-])(?:[A-Z]{2,5}\d*|[A-Za-z]+\d+[A-Za-z\d]*|[A-Z][a-z]+[A-Z][\w]*|[A-Z]{2,}[a-z][\w]*|[A-Z][a-zà-ÿ]{3,})(?![\w-])")
_FIRST = re.compile(r"(^|[.!?:;]\s+|[\"«(]\s*)$")


# abbreviations of everyday business French and English that name no subject of their own (a company form,
# a letter, the general terms, a job): never "something the knowledge base does not know"
_EVERYDAY = frozenset("""SA SAS SASU SARL EURL SCI GIE SNC LLC LTD INC PLC GMBH CG CGV CGU CGA CGS LRAR RAR AR HT TTC
PME TPE ETI PMI SSII ESN DSI DAF DG PDG CEO CTO CIO CFO DPO RSSI CISO IT SI RH HR PC VIP PDF DOCX OK SVP FYI ASAP""".split())
# a capitalised word right after a place word ("based in Lille", "tribunal de Lyon", "support en Tunisie", "hébergé au
# Canada", "staff in the Philippines") is a place, not a subject
_PLACE_BEFORE = re.compile(r"(?:\b(?:(?:in|at|of|from|near)(?: the)?|a|à|au|aux|en|de|du|sur|pres de|près de))\s+$", re.I)


def anchors(question: str) -> list[str]:
    """Names the question turns on: acronyms (DORA), names with digits (NIS2), brand-like
    words (OVHcloud) and capitalised words inside the sentence (Copilot); everyday business
    abbreviations (SAS, CGV, LRAR) and places ("the court of Lyon") left out."""
    out = []
    for m in _ANCHOR.finditer(question):
        word = m.group(0)
        if word.upper() in _EVERYDAY:
            continue
        if word[0].isupper() and word[1:].islower() and (_FIRST.search(question[:m.start()]) or
                                                         _PLACE_BEFORE.search(question[:m.start()])):
            continue  # a capital that only starts the sentence, or a place
        if word not in out:
            out.append(word)
    return out


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """Every word (folded) the given texts use."""
    return frozenset(w for t in texts for w in re.findall(r"[a-z0-9]+", fold(t)))


def unknown_anchors(question: str, vocab: frozenset[str], extra: Iterable[str] = ()) -> list[str]:
    """The question's names that appear nowhere in `vocab` nor in the `extra` texts, and that name what is asked: s28, a
    name qualifying a thing the knowledge base knows ("le support N1", "a 3-year Adobe subscription", "nos licences
    Microsoft") is a detail of that thing (`qualifies_known_thing`), not the subject."""
    extra_words = vocabulary(extra)
    out = []
    for a in anchors(question):
        parts = re.findall(r"[a-z0-9]+", fold(a))
        # a plural of a known name ("DPAs", "SLAs") is known
        if parts and not all(p in vocab or p in extra_words or (len(p) > 3 and p.endswith("s") and p[:-1] in vocab)
                             for p in parts) and not qualifies_known_thing(a, question, vocab):
            out.append(a)
    return out


# a determiner before a noun phrase (folded), and the nouns of a rule: a name qualifying a norm, a law, a standard is the
# rule asked about ("la norme HIPAA", "the DORA regulation"), not a detail
_DET_FR = r"(le|la|les|l'|un|une|des|du|de|d'|au|aux|nos|notre|vos|votre|leur|leurs|ses|son|sa|ce|cet|cette|ces|mon|ma|mes)"
_DET_EN = r"(a|an|the|our|their|your|its|my|his|her|this|that|these|those|\d[\w-]*)"
_RULE_NOUNS = frozenset("""norme normes loi lois reglement reglements directive directives referentiel referentiels standard
standards certification certifications label labels code codes decret ordonnance article articles regime dispositif cadre
regulation regulations act acts law laws framework frameworks rules requirements scheme guidelines norm norms""".split())


def qualifies_known_thing(name: str, question: str, vocab: frozenset[str]) -> bool:
    """Does the name qualify a noun the knowledge base uses, that is no rule (a norm, a law, a standard)? French puts the
    name after the noun ("le support N1", "des licences Adobe"), English before it ("a 3-year Adobe subscription", "our
    N1 helpdesk"); the noun is read after a determiner, so that a verb is not taken for it ("que dit DORA", "does HIPAA
    require")."""
    low, key = fold(question), re.escape(fold(name))
    # s36: a course or a system named after "en" / "sous" ("un stagiaire en BTS", "un serveur sous Proxmox") qualifies the noun
    fr = re.search(rf"(?<![\w']){_DET_FR} ?([a-z][a-z-]+) (?:en |sous )?{key}(?![\w-])", low)
    en = re.search(rf"(?<![\w']){_DET_EN} (?:[\w-]+ )?{key} ([a-z][a-z-]+)(?![\w-])", low)
    return any(m is not None and m.group(2) in vocab and m.group(2) not in _RULE_NOUNS and len(m.group(2)) > 2
               for m in (fr, en))


# -- narrated questions ------------------------------------------------------------------------------------------
# A question told as a story ("on est msp, on a signé en 2023 un forfait… notre marge est négative. on peut forcer le
# client à renégocier ?") is two things: the situation (the subject, in the user's words) and the ask (the kind of
# question). Users write in lower case, so sentences are cut at a stop followed by a space, whatever comes next;
# an abbreviation ("art.", "n°", "e.g."), a figure ("99.5") or a stop inside brackets does not cut.
_STOP = re.compile(r"(?<=[.!?…])[\"'’»)]*\s+")
_ABBREV_END = re.compile(r"(?i)\b(art|arts|al|cf|ex|p|pp|n|no|nos|vs|etc|e\.g|i\.e|env|approx|st|mr|mrs|dr|m|mme|"
                         r"ch|civ|com|soc|cass|l|r|d)\.$")
MIN_STORY_WORDS = 18  # fewer words are a question, not a story with a question


@dataclass(frozen=True)
class Narration:
    """A question read as a situation followed by the ask: `ask` is the question's own sentence (with the sentence
    before it when the ask alone names nothing: "c'est vrai ?", "fair?"), `situation` the sentences before, `parts`
    every sentence in order."""
    situation: str
    ask: str
    parts: tuple[str, ...]


def question_sentences(question: str) -> list[str]:
    """The sentences of a user's message, cut at stops followed by a space (lower case allowed)."""
    text = " ".join((question or "").split())
    out, start = [], 0
    for m in _STOP.finditer(text):
        piece = text[start:m.start()].rstrip()
        if _ABBREV_END.search(piece) or piece.count("(") > piece.count(")"):
            continue
        if piece:
            out.append(piece)
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def narration(question: str) -> Narration | None:
    """The question as situation + ask, or None when it is not told as a story (one sentence, or short)."""
    parts = question_sentences(question)
    if len(parts) < 2:
        return None
    asks = [i for i, p in enumerate(parts) if p.rstrip().endswith("?")]
    last = asks[-1] if asks else len(parts) - 1
    first = last
    # a bare ask ("c'est vrai ?", "normal ?", "fair?", "can we say no?") leans on the sentence before it
    if len(re.findall(r"[a-z0-9]+", fold(parts[last]))) <= 4 and last > 1:
        first = last - 1
    ask = " ".join(parts[first:last + 1])
    # what follows the last question mark (search words a router appended, a signature) is neither the ask nor the story
    situation = " ".join(parts[:first])
    if not situation.strip() or len(situation.split()) + len(ask.split()) < MIN_STORY_WORDS:
        return None
    return Narration(situation=situation, ask=ask, parts=tuple(parts))


def story_detail(names: Iterable[str], question: str) -> bool:
    """Are all these names in the situation a story tells, none in its ask? ("… avec les licences m365 incluses. on peut
    forcer le client à renégocier ?": m365 is a detail of the story, not what is asked)."""
    story = narration(question)
    if story is None:
        return False
    ask = fold(story.ask)
    return all(not re.search(rf"(?<![a-z0-9]){re.escape(fold(n))}(?![a-z0-9])", ask) for n in names)
