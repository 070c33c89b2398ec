"""The rules of law the knowledge base states on the subject asked (issue 15, s24).

An answer is built around one card or a few entries; the fact that decides the question is often stated elsewhere in the
knowledge base, as a typed `rule` (with its article) of the glossary, GDPR or guide entry on the very subject asked: the
closest index replacing one that disappeared (C. civ. 1167) after a card on price increases, the controller's recourse
against its processor (GDPR 82(5)) after a card on who proves a fault. This module chooses, for any answer plan, the
rules to add after the verdict:

- the entries on the question's subject: the glossary and GDPR entries of a narrow subject the question names (a term,
  an Art. 28 duty, a clause topic other than the broad ones), the entries the card rests on (`related`), and retrieval's
  first finds; kept to the narrow subject named, else to the card's subjects, else to the subjects named; never a card
  (a card is a whole answer to another question), a clause (one side's position, not the law) nor a guide (an overview
  of several subjects);
- their typed rules, each fitted to the question (`fit`, given by the composer: sentence similarity and word overlap);
  a rule that opens on a condition ("Si l'indice disparaît…", "Where the processor…") needs its condition to fit the
  question too: the user's facts must not leave it aside;
- none whose articles the answer already cites, none repeating another, none far below the best rule on the subject
  (whether the answer states that one already or not); at most `MAX_RULES` when a narrow subject is named, one else;
- s26: a rule sharing what the ask is about (a court's power, an amount out of proportion, who proves: rule_focus.py)
  fits it by FOCUS_WEIGHT more per family shared, read on both sides by the same cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from assistant.chat.cards import specific, subject_labels
from assistant.chat.rule_focus import focus
from assistant.chat.subject_cues import PAID_LATE, SERVICE_LEVEL
from assistant.knowledge.entries import Entry, Statement
from assistant.text import fold
from assistant.types import SearchResult

MAX_RULES = 2  # rules added to one answer
KINDS = ("term", "gdpr")  # entries whose typed rules state the law on their one subject
FOUND_TOP = 3  # retrieval's first finds whose entries are on the subject
FOUND_CARDS = 1  # with no card answering, the entries the card retrieval found first rests on are on the subject too
FOUND_CARD_SIM = 0.45  # ... when retrieval found them this close
NEXT_MARGIN = 0.08  # a second rule is added only when it fits nearly as well as the first
BEST_MARGIN = 0.15  # a rule fitting the question this much less than the best rule on its subject is another point
CONDITION_FLOOR = 0.23  # how well the condition a rule opens on must fit the question: the user's facts state the case
FOCUS_WEIGHT = 0.15  # s26: per focus family (rule_focus.py) the rule shares with the question: what is asked, not the story


@dataclass(frozen=True)
class SubjectRule:
    entry: Entry
    statement: Statement
    fit: float


# a rule opening on its condition: "Si …,", "Lorsque …,", "En cas de …,", "If …,", "Where …,", "When …," (an exception,
# "Sauf …", "Unless …", is no condition of the rule)
_CONDITION = re.compile(r"^\W*(si|s'il|s'ils|lorsqu\w*|quand|en cas d\w*|if|where|when|in case of)\b(?P<cond>[^,;:]{8,160})[,;:]")
# article numbers a text names: "art. 1231-5", "article 28(3)(g)", "Art. 82(5)", "L441-10"
_ARTICLE = re.compile(r"\b(?:art(?:icle)?s?\.?\s*)([lrd]?\.?\s?\d[\d\-]*(?:\s?\(\d+\))?(?:\s?\([a-z]\))?)", re.I)


def articles(text: str) -> set[str]:
    """The article numbers a text names, folded ("art. 28(3)(g)" → "28(3)(g)")."""
    return {re.sub(r"[\s.]", "", m.lower()) for m in _ARTICLE.findall(text)}


def _cited_articles(statement: Statement) -> set[str]:
    out = set()
    for c in statement.cites:
        out |= articles(c)
    return out


def condition(statement: Statement) -> str | None:
    """The condition a rule opens on, or None."""
    m = _CONDITION.match(fold(statement.text))
    return m["cond"].strip() if m else None


def narrow_subjects(question: str) -> set[str]:
    """The narrow subjects the question names; "pénalités de retard" of a service level are late service, not late
    payment."""
    narrow = specific(subject_labels(question))
    low = fold(question)
    if SERVICE_LEVEL.search(low) and not PAID_LATE.search(low):
        narrow.discard("term:late_payment")
    return narrow


def on_subject(question: str, *, lang: str, entries: dict[str, Entry], card: Entry | None,
               results: Sequence[SearchResult], focused: bool = False) -> list[Entry]:
    """The glossary and GDPR entries on the subject of the question: the narrow subjects it names, the entries the card
    rests on, retrieval's first finds; kept to the narrow subject named, else to the card's, else to those named."""
    narrow = narrow_subjects(question)
    subject = narrow or (set(card.labels[:3]) if card is not None else subject_labels(question))
    out: dict[str, Entry] = {}

    def keep(e: Entry | None) -> None:
        if e is not None and e.lang == lang and e.kind in KINDS and e.rules and (not subject or set(e.labels[:3]) & subject):
            out.setdefault(e.id, e)

    for e in entries.values():
        if e.lang == lang and e.kind in KINDS and e.labels and e.labels[0] in narrow:
            keep(e)
    if focused:
        # s26: the ask has a focus (rule_focus.py): the glossary and GDPR entries of a clause topic named are on the subject
        # too ("40 000 € de pénalités pour deux jours de retard… tout payer ?": the penalty clause's entry, under the
        # penalties named); `subject_rules` takes only their rules that share the focus
        topics = {lab for lab in narrow if lab.startswith("topic:")}
        for e in entries.values():
            if e.lang == lang and e.kind in KINDS and set(e.labels[:3]) & topics:
                keep(e)
    rests_on = [card] if card is not None else \
        [c for r in results[:FOUND_CARDS] if r.kind == "card" and r.similarity >= FOUND_CARD_SIM and
         (c := entries.get(r.id)) is not None]
    for c in rests_on:
        for rid in c.related_ids:
            keep(entries.get(rid))
    for r in [r for r in results if r.kind not in ("card", "clause", "user")][:FOUND_TOP]:
        keep(entries.get(r.id))
    return list(out.values())


def subject_rules(question: str, *, lang: str, entries: dict[str, Entry], have: str, card: Entry | None,
                  results: Sequence[SearchResult], fit: Callable[[str], float], floor: float,
                  cap: int = MAX_RULES) -> list[SubjectRule]:
    """The rules to add to an answer whose text so far is `have`: on the question's subject, fitting it from `floor`,
    with a condition that fits too, citing an article the answer does not cite yet; best first, at most `cap`."""
    if not narrow_subjects(question):
        cap = min(cap, 1)  # a broad subject: the one rule closest to the question
    if cap <= 0:
        return []
    cited = articles(have)
    low_have = fold(have)
    asked = focus(question)
    scored: list[SubjectRule] = []
    best = float("-inf")
    found = on_subject(question, lang=lang, entries=entries, card=card, results=results)
    plain = {e.id for e in found}
    for e in on_subject(question, lang=lang, entries=entries, card=card, results=results, focused=True) if asked else found:
        for st in e.rules:
            arts = _cited_articles(st)
            if not arts:
                continue
            shared = asked & focus(st.text) if asked else set()
            if e.id not in plain and not shared:
                continue  # an entry of the topic named, kept for the ask's focus only
            # s26: a rule on what is asked ("a court won't make us pay all that?": the judge's power to reduce) before the
            # rule closest to the story's words (the formal notice the penalty needs)
            score = fit(st.text) + FOCUS_WEIGHT * len(shared)
            cond = condition(st)
            if cond is not None:
                # "Si l'indice choisi disparaît…": the user's facts must state the case; when they do, the rule is the one
                # on that case
                cond_fit = fit(cond)
                if cond_fit < CONDITION_FLOOR:
                    continue
                score += cond_fit
            best = max(best, score)  # the best rule on the subject, whether the answer states it already or not
            if score < floor or arts <= cited or fold(st.text)[:80] in low_have:
                continue
            scored.append(SubjectRule(e, st, score))
    scored.sort(key=lambda s: -s.fit)
    out: list[SubjectRule] = []
    for s in scored:
        if s.fit < best - BEST_MARGIN or out and s.fit < out[0].fit - NEXT_MARGIN:
            break
        arts = _cited_articles(s.statement)
        if any(arts <= _cited_articles(o.statement) or s.statement.text == o.statement.text for o in out):
            continue
        out.append(s)
        if len(out) >= cap:
            break
    return out
