"""What a precedent query asks for beyond its words: topics, carve-outs (or none), a cap basis,
and whose side the clause should favour; plus the clause vocabulary added to the keyword query."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.precedents import lexicon as lx
from assistant.text import detect_language, fold


_INDEMNITY_TOPIC = re.compile(r"^(?:\w+[- ])*indemn\w* (?:of|clause|claims|covers|for)|indemnity of|indemnification clauses")
_FR = re.compile(r"\b(?:une|des|les|clause|plafond|favorable au|de la|du|sans|pour|avec|ma base)\b")


def _lang(low: str) -> str:
    return "fr" if len(_FR.findall(low)) >= 2 or detect_language(low) == "fr" and len(low.split()) > 6 else "en"


@dataclass(frozen=True)
class QueryIntent:
    text: str
    lang: str
    topics: tuple[str, ...] = ()
    absent_topics: tuple[str, ...] = ()
    carve_outs: tuple[str, ...] = ()
    wants_carve_out: bool = False
    no_carve_out: bool = False
    # liabilities the query wants under the cap or waiver, not excepted from it: searched for by their
    # words, never as carve-outs (ACORD train, "... subject to a cap": NDCG@5 0.377 -> 0.472; a penalty
    # on clauses that except them was measured too and lost as much on the "waiver applies to" query)
    included: tuple[str, ...] = ()
    cap_basis: str | None = None
    side: str | None = None
    expanded: str = ""
    keywords: str = ""  # the words to match as such: the query less its side phrase and words such as "clause"

    def to_json(self) -> dict:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items()
                if k not in ("text", "expanded", "keywords") and v not in (None, (), False)}


def understand(query: str) -> QueryIntent:
    low = fold(query)
    spans = list(lx.ABSENT_QUERY.finditer(low))
    absent_text = " ".join(m.group("what") for m in spans)
    rest = lx.ABSENT_QUERY.sub(" ", low)  # a type also named outside the excluded words stays wanted
    absent = tuple(c.name for c in lx.ALL_TOPICS
                   if absent_text and c.query.search(absent_text) and not c.query.search(rest))
    topics = tuple(c.name for c in lx.ALL_TOPICS if c.query.search(low) and c.name not in absent)
    no_carve = bool(lx.NO_CARVE_QUERY.search(low))
    wants_carve = not no_carve and bool(lx.CARVE_QUERY.search(low))
    carve_outs: tuple[str, ...] = ()
    if wants_carve or " for " in low or " pour " in low:
        carve_outs = tuple(c.name for c in lx.CARVE_OUTS if c.query.search(low))
        if "indemnification" in carve_outs and not _INDEMNITY_TOPIC.search(low):
            topics = tuple(t for t in topics if t not in ("indemnification", "hold_harmless"))
        wants_carve = wants_carve or bool(carve_outs)
    included: tuple[str, ...] = ()
    if lx.INCLUDED_QUERY.search(low) and not lx.CARVE_QUERY.search(low):
        included = tuple(c.name for c in lx.CARVE_OUTS if c.query.search(low))
        carve_outs, wants_carve = (), False
    side = next((s for s, pat in lx.SIDE_QUERY.items() if pat.search(low)), None)
    keywords = lx.META_QUERY.sub(" ", lx.SIDE_QUERY[side].sub(" ", low) if side else low)
    basis = "fixed_amount" if lx.FIXED_QUERY.search(low) else "purchase_price" if lx.PRICE_QUERY.search(low) else None
    if basis and "liability_cap" not in topics:
        topics = topics + ("liability_cap",)
    words = [c.expansion for c in lx.ALL_TOPICS if c.name in topics]
    words += [c.expansion for c in lx.CARVE_OUTS if c.name in carve_outs + included]
    return QueryIntent(text=query, lang=_lang(low),
                       topics=topics, absent_topics=absent, carve_outs=carve_outs, wants_carve_out=wants_carve, no_carve_out=no_carve,
                       included=included,
                       cap_basis=basis, side=side, expanded=" ".join(words),
                       keywords=" ".join(keywords.split()))
