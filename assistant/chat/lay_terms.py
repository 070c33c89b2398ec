"""A card's subject in everyday words (issue 15, s32-ans): the card field `lay_terms`.

People tell a situation without the legal term ("ils ont déposé le bilan", "the vendor's audit caught a single key on 25
laptops", "a keylogger on the sales team's PCs"), far from every phrasing of the card that answers it, and a card that
declares its situation (`premise:`) is no candidate unless the question says it in the words of the cue's lexicon. Each
card may list the everyday words of ITS subject, in its own language: vocabulary of the subject (synonyms, slang, the
brand names of the thing, the situation told plainly), never a copy of a question. They serve twice:

- the card scorer (`cards.CardIndex.ranked`) adds LAY_BONUS to a card whose lay words the question uses, so that the
  card on the subject told in those words outranks a card that only shares the story's other words;
- the gate (`cards.premise_named`): a situation the card declares is stated when the question uses one of the card's own
  lay words (they are written to name that situation), unless the question says what makes the card the wrong answer
  (`premises.ASK_EXCLUDED`). Situations read from what the card rests on (a public buyer, an old contract, a transfer
  outside the EU) are never stated by lay words.

A lay term is plain words, matched on folded text as whole words; a word ending in `*` matches any ending
("démission*" → "démissionné", "démissionnait").
"""

from __future__ import annotations

from assistant.text.phrases import phrases_in, well_formed_phrase

LAY_BONUS = 0.1  # added to the score of a card whose lay words the question uses


def lay_hits(terms, text: str) -> list[str]:
    """The lay terms the text uses (folded, whole words: `assistant.text.phrases`)."""
    return phrases_in(terms, text)


def uses_lay_terms(card, text: str) -> bool:
    """Does the text use one of the card's lay terms?"""
    terms = getattr(card, "lay_terms", ()) or ()
    return bool(terms) and bool(phrases_in(terms, text))


def well_formed(term: str) -> bool:
    """A lay term the matcher reads as intended: plain words, a trailing `*` per word at most."""
    return well_formed_phrase(term)
