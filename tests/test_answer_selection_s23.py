"""Issue 15, twenty-third session: the card for a question worded as its cues were not written for.

Material: evaluations/card_selection/own_s23.yaml, our own questions (FR and EN) told as a story, in everyday words
instead of the legal term, reporting the other side's claim, typo'd or short and casual, each naming the card that
answers it (or null). Half A is what fixes are made from; half B is the held-out check (measured by its count only by
`python -m evaluations.card_selection --cases evaluations/card_selection/own_s23.yaml --no-phrasings`), never run here.

Classes held here, through the offline engine (the hybrid search's results, then the composer's card choice):
- half A: the card chosen is one that answers it, or none where none does (near-misses: a question outside the field
  keeps no card);
- half A, card chosen: the answer opens with the card's verdict and carries the article of the card's rule.
"""

from __future__ import annotations

import re

import pytest
import yaml

from evaluations.answer_scoring import fold, verdict_text
from tests.conftest import ROOT

CASES = yaml.safe_load((ROOT / "evaluations" / "card_selection" / "own_s23.yaml").read_text(encoding="utf-8"))
HALF_A = [(c["q"], c["lang"], frozenset(c["card"] if isinstance(c["card"], list) else [c["card"]]))
          for c in CASES if c["half"] == "A"]

# half A items the engine still does not answer with their card (first run 42/55, now 48/55; s32: the disassembly one
# is answered, the card's own lay words `désassembl*` read): strict xfail, so a fix
# shows. Keyed by the question's first 60 characters.
SHORT: set[str] = {
    "le presta dit que si jamais il plante, il nous rembourse au ",  # cap on fees paid told in words: no card near
    "ya une clause qui dit que leur responsabilité s'arrete a 50k",  # per claim or per year: three cards level
    "quel article du code civil permet de réclamer des sous quand",  # retrieval's first card, not the scorer's
    "Le presta veut pouvoir changer d'hébergeur sans nous demande",  # a comparison card for a question read as what is
    "La mairie veut mettre fin à notre marché sans qu'on ait fait",  # the renewal card of the same public rules wins
    "Ça fait 6 mois que le presta ne tient pas ses délais de réta",  # "what can we do" read as may we: withholding wins
    "le presta a changé son datacenter sans nous prévenir. il peu",  # the sub-processor failure card, same subjects, wins
}


def _marked(rows):
    return [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason="still short")) if row[0][:60] in SHORT
            else row for row in rows]


def _card_for(app, question: str, lang: str):
    results = app.retriever.search(question, k=6, prefer_lang=lang)
    m = app.chat.composer.match_card(question, results, lang=lang)
    return m.card if m is not None else None


@pytest.mark.index
@pytest.mark.parametrize("question,lang,cards", _marked(HALF_A))
def test_the_card_for_a_question_worded_otherwise(app, question, lang, cards):
    card = _card_for(app, question, lang)
    assert (card.id if card is not None else None) in cards


_ARTICLE = re.compile(r"\b(?:art\.?|article)\s*((?:l\.?\s?)?\d+(?:-\d+)*)", re.I)


def articles(text: str) -> set[str]:
    """The article numbers a text cites, without their paragraphs ("art. 28(3)(h)" -> "28", "L. 441-10" -> "l441-10"):
    an answer citing the article in its own way ("art. 28.3.h") carries it."""
    return {re.sub(r"[\s.]", "", a.lower()) for a in _ARTICLE.findall(text)}


def test_articles_read_from_citations():
    assert articles("RGPD, art. 28(3)(h) ; Code civil, art. 1103") == {"28", "1103"}
    assert articles("Code de commerce, article L. 441-10") == {"l441-10"}
    assert articles("no article here") == set()


# the card is chosen but the answer does not yet open with its verdict and its article (fresh-clone CI on 5802b99):
# strict, so a fix shows
OPENING_SHORT = {'Le presta garde nos mots de passe admin et nos fichiers tant', 'Le presta veut envoyer nos données aux États-Unis, il peut ?'}


@pytest.mark.index
@pytest.mark.parametrize("question,lang,cards", [
    pytest.param(*r, marks=pytest.mark.xfail(strict=True, reason="opening short")) if r[0][:60] in OPENING_SHORT else r
    for r in HALF_A if None not in r[2] and r[0][:60] not in SHORT])  # a card not chosen is held by the test above
def test_the_answer_opens_with_the_cards_verdict_and_its_article(app, question, lang, cards):
    card = _card_for(app, question, lang)
    assert card is not None and card.id in cards, card
    ans = app.ask(question, lang=lang).answer
    head = fold(card.verdict or "").split()[:4]
    assert verdict_text(ans, n=2).startswith(" ".join(head)[:25]) or " ".join(head) in verdict_text(ans, n=2)
    wanted = articles(" ".join([card.rule.text, *card.rule.cites])) if card.rule else set()
    assert not wanted or wanted & articles(ans)
