"""Whether a term the user states or quotes is good for their side ("responsabilité illimitée du prestataire, c'est bien
pour nous ?", "credits would be the customer's sole remedy, is that good for us?", or "and is that good for us?" after a
quoted clause): the words are read by the review's typed facts and risk rules once, judged for both sides, and each
point is said for whom it is good or bad and why (the rule's issue and its legal basis), with what to ask or what the
other side will ask. The speaker's words ("notre responsabilité", "our liability", "pour nous") are put in the
contract's party names first, so that the readers know whose term it is. Used by `chat.side_verdict` (which words) and
by the answering tool (the lines); the wording is in prompts/chat.yaml (side_verdict.term_*)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.chat.wording import say
from assistant.text import fold

_PARTY = {"fr": {"msp": "Prestataire", "client": "Client"}, "en": {"msp": "Provider", "client": "Customer"}}
_RANK = {"low": 0, "medium": 1, "high": 2}
# "c'est bien pour nous ?", "is that OK for us?": the ask removed, what remains is the term stated
_ASK_TAIL = re.compile(r"[,;.…!\s-]*\b(?:et |and |but |mais |so |donc |alors )?(?:c'est|c est|ca est|est-ce|est ce|ca reste|"
                       r"is (?:that|this|it)|does (?:that|this|it)|are (?:those|these|they))\b.*$")


@dataclass(frozen=True)
class Point:
    """One point of the judgement: the review's rule, for whom it is bad, why, and the entry it was read against."""
    rule: str
    topic: str
    good: bool          # good for the user's side (the risk falls on the other side)
    issue: str
    basis: str
    ask: str
    entry: str | None


def stated_terms(text: str) -> str:
    """The words of a message that state the term judged: the message without its 'is that good for us?' ask."""
    low = fold(text)
    m = _ASK_TAIL.search(low)
    words = text[:m.start()] if m and len(low) == len(text) else text
    return words.strip(" ,;.…!?-\n")


def in_party_names(words: str, side: str, lang: str) -> str:
    """The speaker's words put in the contract's party names: 'notre responsabilité' -> 'la responsabilité du
    Prestataire' for a provider, 'their liability' -> "the Provider's liability" for a client, 'pour nous' -> 'pour le
    Client'…"""
    names = _PARTY["en" if lang == "en" else "fr"]
    mine, theirs = names[side], names["client" if side == "msp" else "msp"]
    out = words
    for who, fr_pos, en_pos, fr_obj, en_obj in ((mine, r"notre|ma|mon|nos|mes", r"our|my", r"nous|moi", r"us|me"),
                                                  (theirs, r"leur|leurs", r"their", r"eux|elles?", r"them")):
        out = re.sub(rf"(?i)\b(?:{fr_pos})\s+(\w+)", lambda m, w=who: f"la {m.group(1)} du {w}", out)
        out = re.sub(rf"(?i)\b(?:{en_pos})\s+(\w+)", lambda m, w=who: f"the {w}'s {m.group(1)}", out)
        out = re.sub(rf"(?i)\b(pour|envers|contre|sur)\s+(?:{fr_obj})\b", lambda m, w=who: f"{m.group(1)} le {w}", out)
        out = re.sub(rf"(?i)\b(for|on|against|towards)\s+(?:{en_obj})\b", lambda m, w=who: f"{m.group(1)} the {w}", out)
    return out


def _silent(fact: dict) -> bool:
    """A fact that only records a figure not said (a cap neither given nor denied): no term the user stated."""
    return fact.get("capped") is False and fact.get("cap_percent") is None


def points(words: str, side: str, lang: str) -> list[Point]:
    """The points the review's rules read in the words, judged for the user's side; [] when they read none. Only the
    rules that a fact read in the words triggers count (never a silence: a clause or two is no whole contract)."""
    from assistant.legal.review.documents import ParsedDocument
    from assistant.legal.review.report import judge, read_document

    text = in_party_names(words, side, lang)
    read = read_document(ParsedDocument(name="termes", text=text, pages=1, format="txt"), retriever=None)
    theirs = "client" if side == "msp" else "msp"
    by_side = {}
    for role in (side, theirs):
        by_side[role] = {f.rule: f for f in judge(read, role=role).flags
                         if f.facts and not all(_silent(x) for x in f.facts if isinstance(x, dict))}
    out = []
    for rule, f in by_side[side].items():
        other = by_side[theirs].get(rule)
        mine_rank, their_rank = _RANK.get(f.severity, 1), _RANK.get(other.severity, 1) if other else -1
        if mine_rank == their_rank:
            continue  # as heavy for both sides: no side's term
        good = their_rank > mine_rank
        shown = other if good and other else f
        out.append(Point(rule=rule, topic=f.topic, good=good, issue=shown.issue, basis=shown.basis, ask=shown.ask,
                         entry=shown.entry))
    for rule, other in by_side[theirs].items():
        if rule not in by_side[side]:
            out.append(Point(rule=rule, topic=other.topic, good=True, issue=other.issue, basis=other.basis,
                             ask=other.ask, entry=other.entry))
    # the heaviest point for the user first: what goes against them, then what favours them
    out.sort(key=lambda p: (p.good, -_RANK.get(by_side[side].get(p.rule).severity if p.rule in by_side[side] else "low", 0)))
    return out


def lines(found: list[Point], side: str, lang: str) -> list[str]:
    """Each point said for whom it is good or bad, and why."""
    mine, theirs = say(lang, f"side_names.{side}"), say(lang, f"side_names.{'client' if side == 'msp' else 'msp'}")
    out = []
    for p in found:
        key = "side_verdict.term_good" if p.good else "side_verdict.term_bad"
        out.append(say(lang, key, side=mine, other=theirs, issue=p.issue.rstrip(". "), basis=p.basis,
                       ask=p.ask.rstrip(". ")))
    return out
