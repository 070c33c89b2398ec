"""The question's subject read as typed facts and matched against each card (issue 15, s27: answers that read the
question's subject).

The card cascade (`cards.CardIndex.cascade`) weighs absolute scores: a phrasing's similarity plus an idf-weighted word
overlap. Both move when cards are added (idf shifts), and two cards that share a word with the question ("refuse",
"licences", "indirect") score alike though they answer different situations. The readings here do not depend on those
levels:

- **The party the situation is about.** A card's title states who does the act it answers ("Le MSP peut-il refuser un
  audit ?": the provider refuses; "the client refuses the updates": the client does). When the question names another
  party doing that act ("mon client refuse la MFA que je recommande"), the card answers another situation: it is no
  candidate, as a card whose premise the question does not state is none (`cards.premise_named`). Only the third-person
  names of the parties are read ("le client", "the MSP"); "je", "we" depend on who is asking and are left unread.
- **The same situation.** Where the cascade's rules find no card because the best one falls under an absolute threshold
  (LIKELY, tied to the idf of the words), a card whose title tells the same party doing the act the question tells is
  accepted when retrieval found it among its first results and no other such card comes close (`agreed_situation`). A
  relative margin between the best card and the runner-up was tried first: the deliberate refusal of
  tests/test_answer_classes_s15b.py (0.74 against a rival at 0.66) and the refusal question (0.766 against 0.682 once
  the other party's card is out) differ by 0.004 of lead, so no margin tells them apart; the typed reading does.
- **A declared situation stated.** A card declaring the situation its verdict assumes (`premise:`), which the question
  states, is read as the question's subject: it keeps its place against a subject named in passing ("régler d'avance deux
  ans de sauvegarde": the prepaid commitment, not backups), and is preferred to a best card within CLOSE that declares
  none, when retrieval found it and it is written for the kind of question asked (`situation_close`).
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from assistant.chat.premises import PREMISE_CUES
from assistant.text import fold

# the parties named in the third person, folded
_CLIENT = r"(clients?|clientes?|customers?|donneur d'ordre)"
_PROVIDER = r"(prestataires?|prestas?|msps?|infogere\w*|infogerant\w*|fournisseurs?|hebergeurs?|providers?|vendors?|suppliers?|" \
            r"outsourcers?|sous-traitants?|processors?)"
# a refusal or an objection: the act most often told of one party or the other
_REFUSES = r"(refus\w*|ne (veut|veulent|voudrait|voudraient) pas|n'(accepte|acceptent|autorise|autorisent) pas|s'oppos\w*|" \
           r"dit non|disent non|rejett?\w*|won'?t (let|allow|accept|agree|approve|enable)|will not (let|allow|accept|agree)|" \
           r"(does|do|did)(n'?t| not) (want|let|allow|accept|agree)|declin\w*|reject\w*|object\w*|say no|says no|said no|" \
           r"turn\w* down)"
_GAP = r"( [\w'-]+){0,3}? "
_ACTS = {"client": re.compile(rf"\b{_CLIENT}{_GAP}{_REFUSES}\b"),
         "provider": re.compile(rf"\b{_PROVIDER}{_GAP}{_REFUSES}\b")}


def refusing_party(text: str) -> str | None:
    """The party the text tells refusing or objecting ("client" or "provider"), named in the third person; None when it
    names none, or both."""
    low = fold(text)
    found = {party for party, pat in _ACTS.items() if pat.search(low)}
    return found.pop() if len(found) == 1 else None


def party_at_odds(card, question: str) -> bool:
    """Does the card's title tell one party refusing and the question another? ("Le MSP peut-il refuser un audit ?"
    against "mon client refuse la double authentification": another situation)."""
    theirs = refusing_party(getattr(card, "title", "") or "")
    if theirs is None:
        return False
    ours = refusing_party(question)
    return ours is not None and ours != theirs


def party_agrees(card, question: str) -> bool:
    """Do the card's title and the question tell the same party refusing or objecting? ("Le client refuse les mises à
    jour ou les recommandations du prestataire" and "mon client refuse la MFA que je recommande": one situation, whatever
    is refused.)"""
    theirs = refusing_party(getattr(card, "title", "") or "")
    return theirs is not None and refusing_party(question) == theirs


def agreed_situation(ranked: Sequence, question: str, found_first: set[str], floor: float, close: float):
    """The best card whose title tells the situation the question tells (the same party refusing), when retrieval found
    it among its first results, it scores at least `floor` and no other card telling that situation comes within `close`
    of it: the typed reading agrees where the scores, which move as cards are added, stand under a threshold. None
    otherwise."""
    agreeing = [m for m in ranked if party_agrees(m.card, question)]
    if not agreeing:
        return None
    best = agreeing[0]
    if best.card.id not in found_first or best.score < floor:
        return None
    return None if any(m.score >= best.score - close for m in agreeing[1:]) else best


_SITUATIONS = {*PREMISE_CUES, "public_buyer"}  # not the ask cues nor the named cues: what a question must say, no situation


def declares_situation(card) -> bool:
    """Does the card declare a situation its verdict assumes (`premise:` among premises.PREMISE_CUES or a public buyer;
    an ask cue or a named cue says what a question must say, not a situation)? Among the ranked cards, whose premises the
    question states, such a card is one whose situation the question tells."""
    return bool(set(getattr(card, "premise", ()) or ()) & _SITUATIONS)


def situation_close(ranked: Sequence, top, found_first: set[str], fits_kind: Callable[[object], bool], close: float):
    """Of the cards within `close` of the best one, the first whose declared situation the question states, that
    retrieval found among its first results and that `fits_kind` (written for the kind of question asked), when the best card declares none: the question tells that card's situation ("no rate was ever agreed… can
    they set the price?"), while the best one only shares its words. None otherwise."""
    if declares_situation(top.card):
        return None
    return next((m for m in ranked if m is not top and m.score >= top.score - close and declares_situation(m.card) and
                 m.card.id in found_first and fits_kind(m)), None)
