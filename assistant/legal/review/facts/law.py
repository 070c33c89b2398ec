"""The governing law of the contract, a fact other rules weigh: the French Code civil's protections (art. 1170,
art. 1171, art. 1231-5) bind a contract governed by French law, not one governed by the law of Texas or England.

The fact holds the place whose law it is, as written ("New York", "England and Wales", "France"), read in any of
the usual orders: "governed by the laws of the State of X", "construed according to and governed by the substantive
laws of X", "construed in accordance with English law", "the laws of X shall govern", "régi par le droit français",
"soumis à la loi de l'État de X", and "the laws of that State" pointing back at a State named in the sentence."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.where import Where
from assistant.legal.review.facts.reading import Sent

# the sentence says which law governs: a governing verb, or the applicable law named as such
GOVERNS = re.compile(r"\b(?:govern\w*|constru\w*|interpret\w*|regi\w*|soumis\w*|relev\w*|subject to (?:the )?laws?|"
                     r"applicable law (?:is|shall be|will be)|droit applicable|loi applicable|law applicable)\b")
# the conflict-of-laws proviso is said only of the governing law ("…, without regard to its conflict of laws rules"),
# whatever line the verb fell on
PROVISO = re.compile(r"\b(?:regard|reference|effect) to (?:its |the |any )?(?:principles of )?(?:conflicts? of laws?|"
                     r"choice of laws?)|\bconflits? de lois\b")
# "the (internal | substantive) laws of (the) …", "le droit de (l'État de) …", "la loi du …"
LAW_OF = re.compile(r"\b(?:(?:internal|substantive|domestic|local|federal)\s+)?(?:laws?|droit|loi|lois|legislation)\s*"
                    # an aside between the law and its place ("the laws, other than choice of law rules, of …")
                    r"(?:,\s*(?:other than|excluding|except|without|hors|a l'exclusion)[^,]{0,60},\s*)?\s"
                    r"(?:(?:in force |en vigueur )?(?:of|in|de|du|des)\s+(?:the\s+|la\s+|l')?|(?=(?:that|such|said|this)\s+state\b))")
ADJECTIVES = {"french": "France", "francais": "France", "english": "England", "anglais": "England",
              "belgian": "Belgium", "belge": "Belgium", "swiss": "Switzerland", "suisse": "Switzerland",
              "german": "Germany", "allemand": "Germany", "irish": "Ireland", "irlandais": "Ireland",
              "luxembourg": "Luxembourg", "luxembourgeois": "Luxembourg", "dutch": "Netherlands",
              "neerlandais": "Netherlands", "spanish": "Spain", "espagnol": "Spain", "italian": "Italy",
              "italien": "Italy", "scottish": "Scotland", "ecossais": "Scotland", "american": "United States",
              "americain": "United States", "quebecois": "Quebec", "canadian": "Canada", "canadien": "Canada"}
_ADJ = "|".join(sorted(ADJECTIVES, key=len, reverse=True))
ADJ_LAW = re.compile(rf"\b(?P<a>{_ADJ})\w*\s+laws?\b|\b(?:droit|loi|legislation)\s+(?P<b>{_ADJ})\w*")
# a place written before the word law ("New York law", "Delaware law"): capitalised words right after by/with/under
PLACE_LAW = re.compile(r"\b(?:by|with|under)\s+(?:the\s+)?(?P<p>(?:[A-Z][\w.'’-]*\s+){1,3})law\b")
# the place itself, in the original text: an optional "State of", then capitalised words
PLACE = re.compile(r"(?:(?:State|STATE|Commonwealth|COMMONWEALTH|Republic|REPUBLIC|Province|PROVINCE|Kingdom|KINGDOM|"
                   r"Canton|Territory|District|Grand[- ]Duchy|[ÉE]tat|ETAT|R[ée]publique|Royaume)\s+(?:of|OF|de|du|d[’'])\s*"
                   r"(?:the\s+|THE\s+|l[’'])?)?(?P<p>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:(?:of|and|de|du|et|OF|AND)\s+)?(?:d['’])?[A-ZÀ-Þ][\w'’.-]*){0,4})")
STOP = {"without", "excluding", "exclusive", "applicable", "as", "other", "that", "which", "notwithstanding", "in", "for",
        "with", "save", "except", "regardless", "including", "shall", "will", "hereby", "its", "their", "all", "any",
        "sans", "hors", "a", "en", "to", "the", "and", "et", "of", "de", "du", "governing", "this", "agreement",
        "principles", "rules", "conflict", "conflicts", "choice", "law", "laws", "state", "federal", "un", "une", "le",
        "la", "les", "provided", "where", "insofar", "such", "des", "no", "by", "or", "ou", "general", "obligations"}
BACK_STATE = re.compile(r"\b(?:State|STATE|Commonwealth|COMMONWEALTH)\s+(?:of|OF)\s+(?P<p>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)")
FRENCH = r"^(france|la france|republique francaise)$|^francais|^french$"


def _name(words: str) -> str | None:
    """The capitalised run cut at its first word that is not part of a name; a shouted name put in title case."""
    out: list[str] = []
    for w in words.split():
        low = w.lower().strip(".,'’")
        if low in STOP and low not in ("of", "and", "de", "du", "et") or not (w[:1].isupper() or re.match(r"d['’][A-ZÀ-Þ]", w)) and low not in (
                "of", "and", "de", "du", "et"):
            break
        out.append(w.strip(",;:"))
    while out and out[-1].lower() in ("of", "and", "de", "du", "et"):
        out.pop()
    name = " ".join(out).strip(" .,'’")
    if not name or name.lower() in STOP:
        return None
    return name.title() if name.isupper() else name


def places_of(text: str, folded: str) -> list[tuple[str, int]]:
    """The places whose law the sentence names, with the offset where each is written."""
    found: list[tuple[str, int]] = []
    for lm in LAW_OF.finditer(folded):
        rest = folded[lm.end():lm.end() + 12]
        if re.match(r"(that|such|said|this) state\b", rest):   # "the laws of that State": the State named earlier
            back = next(iter(BACK_STATE.finditer(text)), None)
            if back and (n := _name(back.group("p"))):
                found.append((n, back.start("p")))
            continue
        pm = PLACE.match(text, lm.end())
        if pm and (n := _name(pm.group("p"))):
            found.append((n, pm.start("p")))
            # "… of the United States of America and of the Commonwealth of Pennsylvania": a second place joined on
            more = re.match(r"\s*,?\s*(?:and|et)\s+(?:of|de|du)\s+(?:the\s+|la\s+|l')?", folded[pm.end():])
            if more and (pm2 := PLACE.match(text, pm.end() + more.end())) and (n2 := _name(pm2.group("p"))):
                found.append((n2, pm2.start("p")))
    for am in ADJ_LAW.finditer(folded):
        found.append((ADJECTIVES[am.group("a") or am.group("b")], am.start()))
    for pm in PLACE_LAW.finditer(text):
        if (n := _name(pm.group("p"))) and not re.match(rf"(?:{_ADJ})", folded[pm.start("p"):pm.end("p")]):
            found.append((n, pm.start("p")))
    seen, out = set(), []
    for n, at in sorted(found, key=lambda x: x[1]):
        if n.lower() not in seen:
            seen.add(n.lower())
            out.append((n, at))
    return out


def governing_law(s: Sent, w: Where) -> list:
    f = s.folded
    g = GOVERNS.search(f)
    if g and s.negated(g):
        return []
    g = g or PROVISO.search(f)
    if not g:
        return []
    found = places_of(s.text, f)
    if not found:
        return []
    # federal law beside a State's: the State is the place the contract names ("laws of the United States of America
    # and of the Commonwealth of Pennsylvania")
    names = [n for n, _ in found]
    if len(names) > 1:
        names = [n for n in names if not re.match(r"(?i)(the )?united states( of america)?$|usa?$", n)] or names
    at = found[0][1]
    name = names[0].lower()
    law = "french" if re.search(FRENCH, name) or name == "france" else "other"
    span = (min(g.start(), at), max(g.end(), at + len(names[0])))
    return [m.GoverningLaw(evidence=s.evidence(span), clause=w.index, law=law,
                           name=" ".join(re.sub(r"[^a-z0-9 ]", " ", s_.lower()).split()) if (s_ := names[0]) else None,
                           place="; ".join(names))]


EXTRACTORS = [governing_law]
