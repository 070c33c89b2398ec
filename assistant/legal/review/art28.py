"""GDPR Article 28 check, element by element, with the quoted evidence found.

First decide whether Art. 28 applies at all: it does when the provider processes personal
data on the client's behalf - it says so, or it hosts the client's data and workloads or
administers the systems where such data lives (a PaaS, an MSP with remote access). It does
not when the only personal data the contract mentions is the provider's own (it is controller
of its reporting or staff files), nor when the contract says no personal data is accessed.
Then each element counts only when a clause states it as an obligation (facts of kind
"obligation", `review.facts.data`): who must do what, not which words appear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from assistant.knowledge.language import detect_language
from assistant.knowledge.taxonomy import load_taxonomy
from assistant.legal.review.segmentation import Clause
from assistant.legal.textutil import flat, fold, negated, sentence_bounds, snippet

# The elements themselves are read as obligations by `review.facts.data` (ELEMENTS); only the subject-matter
# facets (three of five across the text) are counted here.
SUBJECT_FACETS = [
    r"objet du traitement|subject[- ]matter|objet de la sous-traitance",
    r"duree du traitement|duration of (the )?processing",
    r"nature (et|and) (la )?(finalite|purpose)|nature of (the )?processing|finalites? du traitement|"
    r"purposes? of (the )?processing",
    r"(types?|categories) (de|of) (donnees|personal data)|donnees traitees",
    r"categories (de|of) (personnes concernees|data subjects)",
]
_FACET_RE = [re.compile(p) for p in SUBJECT_FACETS]

EXPLICIT = re.compile(
    r"donnees (a caractere )?personnel|personal data|\brgpd\b|\bgdpr\b|2016/679|sous-traitant au sens|"
    r"\bprocessor\b|data subjects?|personnes concernees|responsable (du|de) traitement|data processing (agreement|"
    r"addendum)|accord de (sous-traitance|traitement) des donnees")
IMPLICIT = re.compile(
    r"heberg\w* (des|les|de|vos|ses) donnees|hosting (of )?(the )?(customer|client)?'?s? ?data|hosts? (the )?"
    r"(customer|client)'?s? data|sauvegardes? (journaliere |quotidienne )?(des|de) donnees|back(s|ing)? up .{0,20}data|"
    r"bases? de donnees|databases?|messagerie|e-?mail (accounts|server)|postes de travail|workstations|"
    r"comptes utilisateurs|user accounts|active directory|annuaire|assistance aux utilisateurs|user support|"
    r"acces a distance|remote access|helpdesk|service desk")
DENIAL = re.compile(
    r"(n'accede|n'a acces|ne traite|ne traitera|n'heberge|n'aura acces)\w* (a )?aucune donnee|"
    r"(does|will|shall) not (access|process|host|store) (any )?personal data|no personal data (is|will be|shall be)")


# Territorial scope (GDPR, Art. 3): a contract between two parties established in the United States that names no link
# to the Union (no EU law, no EEA data subjects, no establishment there) is outside the Regulation, whatever data the
# provider handles. Each party is placed by its own description in the preamble: "a Pennsylvania corporation", an address
# ending "Dunmore, PA 18512" or "Austin, Texas 78701".
_US_STATES = (r"alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|"
              r"illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|"
              r"missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|"
              r"ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|"
              r"virginia|washington|west virginia|wisconsin|wyoming|district of columbia")
_US_CODES = (r"AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|"
             r"OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC")
US_PARTY = re.compile(rf"\b(a|an)\s+({_US_STATES})\s+(limited liability company|corporation|limited partnership|"
                      rf"general partnership|partnership|professional corporation|nonprofit corporation|llc|company)\b|"
                      rf"\b(incorporated|organi[sz]ed|formed) (in|under the laws of) the state of ({_US_STATES})\b", re.I)
US_ADDRESS = re.compile(rf",\s+(({_US_CODES})|{_US_STATES})\s+\d{{5}}(-\d{{4}})?\b", re.I)
UNION_LINK = re.compile(
    r"\bgdpr\b|\brgpd\b|2016/679|general data protection regulation|\beu\b|\beea\b|european|\beurope\b|member states?|"
    r"union europeenne|united kingdom|\buk\b|switzerland|swiss|standard contractual clauses|data protection act|"
    r"\b(france|germany|ireland|netherlands|belgium|spain|italy|portugal|luxembourg|austria|poland|sweden|denmark|"
    r"finland|norway|iceland|liechtenstein|czech|slovakia|hungary|romania|bulgaria|greece|croatia|slovenia|estonia|"
    r"latvia|lithuania|malta|cyprus)\b")
_DEFINED = re.compile(r"\((?:hereinafter )?(?:referred to as )?(?:the )?[\"“]([^\"”]{2,40})[\"”]\)")


# the Union named only to deny a link: "does not hold personal data of individuals located in the European Economic
# Area", "no personal data of EU residents will be processed", "aucune donnée de personnes situées dans l'Union"
_DENIED_BEFORE = re.compile(r"\b(not|no|none|never|neither|nor|without|aucune?s?|jamais|ni|pas)\b")
_OUTSIDE = re.compile(r"\b(outside|out of|beyond|hors|en dehors|transfer\w*|export\w*)\b[^.;]{0,30}$")


def union_link(text: str) -> re.Match | None:
    """The first mention of the Union (its law, its territory, a member state) that is not denied in its own sentence
    ("the Customer represents that no data of EEA individuals is held"); being kept or sent "outside the EEA" is a
    link (the data is there)."""
    folded = fold(text)
    for m in UNION_LINK.finditer(folded):
        start = max(folded.rfind(".", 0, m.start()), folded.rfind(";", 0, m.start()), folded.rfind("\n", 0, m.start()))
        before = folded[start + 1:m.start()]
        if _DENIED_BEFORE.search(before) and not _OUTSIDE.search(before):
            continue
        return m
    return None


def us_parties_only(text: str) -> str | None:
    """The first party description that places both parties in the United States, when the document names no link
    to the Union at all (a mention that denies one is none); None otherwise."""
    if union_link(text):
        return None
    head = " ".join(text[:6000].split())
    blocks, pos = [], 0
    for d in _DEFINED.finditer(head):
        block = head[pos:d.start()]
        pos = d.end()
        if re.search(r"agreement|contract|date|term|services?|order|schedule|exhibit|\bsow\b|\bmsa\b|part(y|ies)", d.group(1),
                     re.I):
            continue  # a defined term of the deal, not a party
        if re.search(r"\b(inc|llc|ltd|corp|corporation|company|partnership|l\.l\.c)\b|\d{5}", block, re.I):
            blocks.append(block)  # a party's description (a defined term such as "Effective Date" has none)
        if len(blocks) == 2:
            break
    if len(blocks) < 2:
        return None
    found = [US_PARTY.search(b) or US_ADDRESS.search(b) for b in blocks]
    return found[0].group(0).strip(" ,") if all(found) else None


@dataclass
class Art28Check:
    applies: bool
    reason: str
    elements: dict[str, dict] = field(default_factory=dict)

    @property
    def present(self) -> list[str]:
        return [k for k, v in self.elements.items() if v["present"]]

    @property
    def absent(self) -> list[str]:
        return [k for k, v in self.elements.items() if not v["present"]]

    def to_json(self) -> dict:
        return {"applies": self.applies, "reason": self.reason, "elements": self.elements}


DEFINITION = re.compile(r"^\W{0,3}\"[^\"]{1,60}\"( \([^)]*\))? (means|designe|signifie|shall mean)\b")


def _units(clauses: Iterable[Clause]) -> list[tuple[str, str, str]]:
    """(heading, flat body text, folded body text) for each clause: evidence is quoted from bodies."""
    out = []
    for c in clauses:
        text = flat(c.text)
        out.append((c.heading, text, fold(text)))
    return out


def _first(patterns: list[re.Pattern], units, *, guard: bool = True) -> tuple[str, str] | None:
    """First pattern, in order of preference, that matches inside one non-negated sentence."""
    for rx in patterns:
        for heading, text, folded in units:
            for m in rx.finditer(folded):
                s, e = sentence_bounds(text, m.start(), m.start() + 1)
                if m.end() > e + 1 or DEFINITION.match(folded[s:e]):
                    continue
                if guard and negated(folded[s:e]):
                    continue
                return heading, snippet(text, m.start(), m.end())
    return None


def _facet_hits(clauses: list[Clause], text: str | None = None) -> dict[int, tuple[str | None, str, list[int]]]:
    """Facets of Art. 28(3), first subparagraph, stated somewhere in the clauses (facet -> heading, quote, span in
    `text`, the document): read sentence by sentence as stated content (`facts.art28_facets.subject_facets`), not as the
    facets' names."""
    from assistant.legal.review.facts.art28_facets import labelled_facets, subject_facets
    from assistant.text import fold_keep_offsets
    from assistant.legal.review.facts.extract import body_start
    from assistant.legal.review.facts.reading import sentences

    hits: dict[int, tuple[str | None, str, list[int]]] = {}
    for c in clauses:
        base = body_start(text, c) if text is not None else c.start
        for s in sentences(c.text, max(base, 0), 0):
            for i in subject_facets(s.folded):
                if i not in hits:
                    ev = s.evidence()
                    hits[i] = (c.heading or None, ev.quote, [ev.start, ev.end])
    # the description laid out as labelled rows (a table, "Label : content" items, a questionnaire's answers)
    doc = text if text is not None else "\n".join(c.text for c in clauses)
    for i, (start, end) in labelled_facets(fold_keep_offsets(doc)).items():
        if i not in hits:
            owner = next((c for c in reversed(clauses) if c.start <= start), None) if text is not None else None
            hits[i] = ((owner.heading if owner else None) or None, doc[start:end].strip(), [start, end])
    return hits


def subject_facets_of(text: str) -> set[int]:
    """Facets (0 subject matter, 1 duration, 2 nature and purpose, 3 types of data, 4 categories of data subjects)
    that `text` states; three or more across a document make the element present."""
    return set(_facet_hits([Clause(heading="", text=text, start=0)]))


REASONS = {
    "fr": {"denial": "le contrat précise que le prestataire ne traite pas de données personnelles ({})",
           "explicit": "termes relatifs aux données personnelles relevés : {}",
           "implicit": "le prestataire héberge des systèmes contenant des données personnelles ou y accède : {}",
           "none": "aucun indice que le prestataire héberge des données personnelles ou y accède",
           "territory": "les deux parties sont établies aux États-Unis ({}) et le contrat ne prévoit aucun lien avec "
                        "l'Union européenne : le RGPD ne s'applique pas (art. 3)"},
    "en": {"denial": "the contract states that the provider does not process personal data ({})",
           "explicit": "personal-data wording found: {}",
           "implicit": "the provider hosts or accesses systems that hold personal data: {}",
           "none": "no sign that the provider hosts or accesses personal data",
           "territory": "both parties are established in the United States ({}) and the contract names no link to the "
                        "European Union: the GDPR does not apply (Art. 3)"},
}
QUOTES = {"fr": ("« ", " »"), "en": ("“", "”")}
_WORD_TAIL = re.compile(r"\w*")


def _quoted(matches: Iterable[re.Match], text: str, lang: str, limit: int = 5) -> str:
    """The document's own words for each distinct match (accents kept), in the document's quotation marks."""
    seen: dict[str, str] = {}
    for m in matches:
        end = _WORD_TAIL.match(text, m.end()).end()  # "personnel" → "personnelles"
        words = text[m.start():end].strip()
        seen.setdefault(fold(words).rstrip("s"), words)  # "Data Subject" and "data subjects" once
    left, right = QUOTES[lang]
    return ", ".join(f"{left}{w}{right}" for _k, w in sorted(seen.items())[:limit])


def applicability(units, *, lang: str = "en") -> tuple[bool, str]:
    """Whether Art. 28 applies, with the reason in the document's language (fr or en)."""
    lang = lang if lang in REASONS else "en"
    say = REASONS[lang]
    whole = " ".join(u[2] for u in units)
    text = " ".join(u[1] for u in units)  # same offsets as `whole` (folding keeps lengths)
    denial = DENIAL.search(whole)
    explicit = list(EXPLICIT.finditer(whole))
    implicit = list(IMPLICIT.finditer(whole))
    if denial and len({m.group(0) for m in explicit}) <= 1:
        return False, say["denial"].format(_quoted([denial], text, lang))
    if explicit:
        return True, say["explicit"].format(_quoted(explicit, text, lang))
    if len({m.group(0) for m in implicit}) >= 2:
        return True, say["implicit"].format(_quoted(implicit, text, lang))
    return False, say["none"]


ROLE_REASONS = {
    "fr": {"controller_own": "les données personnelles mentionnées sont celles du prestataire, qui en est responsable "
                             "de traitement ({}) : il ne les traite pas pour le compte du client",
           "processor": "le prestataire traite des données pour le compte du client : {}"},
    "en": {"controller_own": "the personal data mentioned are the provider's own, as controller ({}): it does not "
                             "process them on the client's behalf",
           "processor": "the provider processes data on the client's behalf: {}"},
}


def _role_applicability(facts, applies: bool, reason: str, lang: str) -> tuple[bool, str]:
    """Correct the vocabulary-based decision with the processing-role facts."""
    roles = facts.all("processing_role")
    processor = [f for f in roles if f.role == "processor"]
    own = [f for f in roles if f.role == "controller_own"]
    none = [f for f in roles if f.role == "no_personal_data"]
    if none and not any(f.basis in ("stated", "access") for f in processor):
        processor = []  # "n'accède à aucune donnée personnelle" outweighs hints such as "postes de travail" (not the
        # provider's staff stated to open and correct the client's records: "hosts no data" does not deny that)
    left, right = QUOTES[lang]
    if own and not processor:
        return False, ROLE_REASONS[lang]["controller_own"].format(f"{left}{own[0].evidence.quote[:80]}{right}")
    if none and not processor:
        return False, reason if not applies else REASONS[lang]["denial"].format(
            f"{left}{none[0].evidence.quote[:80]}{right}")
    if not applies and processor:
        quotes = sorted({f.evidence.quote[:70] for f in processor})[:2]
        return True, ROLE_REASONS[lang]["processor"].format(", ".join(f"{left}{q}{right}" for q in quotes))
    return applies, reason


def check_art28(clauses: Iterable[Clause], *, lang: str | None = None, facts=None, text: str | None = None) -> Art28Check:
    """Element-by-element check over the obligation facts; `lang` ("fr"/"en") is the language of the reason,
    detected when not given; `facts` are extracted from the clauses when not given."""
    from assistant.legal.review.facts.extract import extract_facts

    clauses = list(clauses)
    units = _units(clauses)
    if lang is None:
        lang = detect_language(" ".join(u[1] for u in units)[:20000], default="fr")
    lang = lang if lang in REASONS else "en"
    if facts is None:
        facts = extract_facts(clauses, text if text is not None else "\n".join(c.text for c in clauses))
    applies, reason = applicability(units, lang=lang)
    applies, reason = _role_applicability(facts, applies, reason, lang)
    us = us_parties_only(text if text is not None else "\n".join(c.text for c in clauses)) if applies else None
    if us:
        left, right = QUOTES[lang]
        applies, reason = False, REASONS[lang]["territory"].format(f"{left}{us}{right}")
    obligations: dict[str, list] = {}
    lifted = {f.element for f in facts.all("obligation") if f.modal == "need_not"}
    for f in facts.all("obligation"):
        if f.modal != "need_not":
            obligations.setdefault(f.element, []).append(f)
    elements: dict[str, dict] = {}
    for element in load_taxonomy().art28_ids:
        if element == "art28_3_subject_matter":
            hits = _facet_hits(clauses, text if text is not None else "\n".join(c.text for c in clauses))
            first = min(hits.values(), key=lambda h: h[2][0]) if hits else None
            found = first if len(hits) >= 3 else None
        elif element in lifted:  # the processor terms take the duty away (Art. 28(3) requires it to be stipulated)
            f = next(x for x in facts.all("obligation") if x.modal == "need_not" and x.element == element)
            c = facts.clause_of(f)
            elements[element] = {"present": False, "evidence": f.evidence.quote, "clause": (c.heading if c else None)
                                 or None, "span": [f.evidence.start, f.evidence.end], "lifted": True}
            continue
        else:
            f = next(iter(obligations.get(element, [])), None)
            c = facts.clause_of(f) if f is not None else None
            found = (c.heading if c else None, f.evidence.quote, [f.evidence.start, f.evidence.end]) if f else None
        elements[element] = ({"present": True, "evidence": found[1], "clause": found[0] or None, "span": found[2]}
                             if found else {"present": False, "evidence": None})
    return Art28Check(applies=applies, reason=reason, elements=elements)
