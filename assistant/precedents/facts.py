"""A light reader of the facts precedent search matches on, from one clause's text (EN/FR).

The review's typed facts (`assistant.legal.review.facts`) read whole French/English contracts
whose parties are known; a bank clause comes alone, its parties named by defined terms
("Kallo", "BLI"). This reader keeps to what one clause shows: its topics, the exceptions it
makes to a cap or to a waiver of damages, the cap's basis and amount, and whose side it favours
(the party it protects, named by role: seller/provider vs buyer/customer, or mutual).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from assistant.precedents import lexicon as lx
from assistant.text import find_money, fold

_PROTECT = re.compile(r"(?:(?P<who1>[a-z][a-z -]{1,40}?)(?:'s|s')? (?:total |aggregate |entire |maximum |cumulative )*"
                      r"liability|liability of (?:the )?(?P<who2>[a-z][a-z -]{1,40}?)\b|"
                      r"(?P<who3>[a-z][a-z -]{1,40}?) (?:shall|will|does|do|may) not be (?:held )?liable|"
                      r"(?P<who4>[a-z][a-z -]{1,40}?) (?:makes?|gives?) no (?:other )?(?:express or implied )?"
                      r"(?:representations?|warrant)|(?P<who5>[a-z][a-z -]{1,40}?) (?:hereby )?(?:expressly )?disclaims|"
                      r"(?:in no event|under no circumstances) (?:shall|will) (?P<who6>[a-z][a-z -]{1,60}?) "
                      r"(?:be liable|have (?:any )?liability)|"
                      r"(?P<who7>[a-z][a-z -]{1,40}?) (?:shall|will) (?:not )?have no (?:\w+ )?liability)")
_LEAD = re.compile(r"^.*\b(?:in no event|under no circumstances)(?: shall| will)?\s*")
_WITHOUT_LIABILITY_TO = re.compile(r"without (?:any )?liability (?:to|towards) (?:the )?(?P<who>[a-z][a-z -]{1,30})")
_INDEMNITOR = re.compile(r"(?P<who>[a-z][a-z -]{1,40}?) (?:shall|will|agrees to|hereby agrees to|undertakes to) "
                         r"(?:\w+ ){0,3}?(?:indemnify|defend|hold)")


# The fact reader's version, stored with the facts of every clause. Bump it whenever read_facts reads a
# clause differently: a bank's clauses whose facts an older reader stored are read again when the bank
# loads (once; the new facts are written back), so an upgrade reaches banks imported before it.
READER_VERSION = 2

@dataclass(frozen=True)
class ClauseFacts:
    topics: tuple[str, ...] = ()
    carve_outs: tuple[str, ...] = ()
    has_carve_out: bool = False
    cap_basis: str | None = None  # purchase_price | fixed_amount | insurance
    cap_amount: float | None = None
    currency: str | None = None
    favours: str | None = None  # seller | buyer | mutual
    evidence: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        data = asdict(self)
        data["topics"], data["carve_outs"] = list(self.topics), list(self.carve_outs)
        return {k: v for k, v in data.items() if v not in (None, [], {}, False)}

    @classmethod
    def from_json(cls, data: dict) -> "ClauseFacts":
        data = dict(data or {})
        data["topics"] = tuple(data.get("topics", ()))
        data["carve_outs"] = tuple(data.get("carve_outs", ()))
        return cls(**data)


def _quote(text: str, m: re.Match, width: int = 90) -> str:
    a, b = max(0, m.start() - 30), min(len(text), m.end() + width - 30)
    return " ".join(text[a:b].split())


def _role(who: str, low: str = "") -> str | None:
    """The role of the party named by `who`: by its role word, else (a defined name such as "Kallo")
    the opposite of the only role the clause names for someone else."""
    who = _LEAD.sub("", who.strip())
    if lx.MUTUAL_CLAUSE.search(who) or re.search(r"\b(?:neither|either|each|both|no|any|a) part(?:y|ies)\b", who):
        return "mutual"
    seller, buyer = lx.SELLER_CLAUSE.search(who), lx.BUYER_CLAUSE.search(who)
    if seller and not buyer:
        return "seller"
    if buyer and not seller:
        return "buyer"
    if low and not seller and not buyer and re.search(r"[a-z]", who):
        others_seller, others_buyer = lx.SELLER_CLAUSE.search(low), lx.BUYER_CLAUSE.search(low)
        if others_buyer and not others_seller:
            return "seller"
        if others_seller and not others_buyer:
            return "buyer"
    return None


def _favours(low: str, topics: set[str]) -> str | None:
    protected = set()
    for m in _PROTECT.finditer(low):
        who = next(g for g in m.groups() if g)
        role = _role(who.split(" and ")[-1][-30:], low)
        if role:
            protected.add(role)
    for m in _WITHOUT_LIABILITY_TO.finditer(low):
        role = _role(m.group("who"))
        if role in ("seller", "buyer"):
            protected.add("buyer" if role == "seller" else "seller")
    if "indemnification" in topics and not protected:
        for m in _INDEMNITOR.finditer(low):  # the one who indemnifies bears the risk: the other is favoured
            role = _role(m.group("who")[-30:], low)
            if role == "seller":
                protected.add("buyer")
            elif role == "buyer":
                protected.add("seller")
            elif role == "mutual":
                protected.add("mutual")
    if not protected and "warranty_disclaimer" in topics:
        return "seller"  # whoever disclaims warranties is the one who supplies
    if "mutual" in protected or protected == {"seller", "buyer"}:
        return "mutual"
    return next(iter(protected)) if len(protected) == 1 else None


def read_facts(text: str) -> ClauseFacts:
    low = fold(text or "")
    topics, evidence = [], {}
    for concept in lx.ALL_TOPICS:
        m = concept.clause.search(low)
        if m:
            topics.append(concept.name)
            evidence.setdefault(concept.name, _quote(low, m))
    carve_outs: list[str] = []
    has_carve = False
    for m in lx.CARVE_CLAUSE.finditer(low):
        window = low[m.start(): m.start() + 400]
        has_carve = True
        for concept in lx.CARVE_OUTS:
            if concept.name not in carve_outs and concept.clause.search(window):
                carve_outs.append(concept.name)
    basis = amount = currency = None
    if "liability_cap" in topics:
        if lx.PRICE_CLAUSE.search(low):
            basis = "purchase_price"
        money = [q for q in find_money(text) if q.value and q.value >= 100]
        if money:
            basis = basis or "fixed_amount"
            amount, currency = money[0].value, money[0].unit
        elif lx.INSURANCE_CLAUSE.search(low) and basis is None:
            basis = "insurance"
    return ClauseFacts(topics=tuple(topics), carve_outs=tuple(carve_outs), has_carve_out=has_carve,
                       cap_basis=basis, cap_amount=amount, currency=currency,
                       favours=_favours(low, set(topics)), evidence=evidence)
