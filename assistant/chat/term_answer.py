"""The answer to a definition asked of words the glossary does not hold (s25-ans3, issue 15): from the reviewed card
whose subject names those words, else an honest "nothing on X" with only what the knowledge base says close to it, else
(no word of theirs is the knowledge base's at all) the refusal of a question outside the product's field. The words are
read by `term_asked`; a glossary term they name is explained by the glossary as before. s26: words the question's
language never uses but the other language's cards name ("faute lourde" asked in English) are answered by those cards'
twins in the question's language."""

from __future__ import annotations

from assistant.chat.cards import CardMatch, cued, premise_named
from assistant.chat.citations import Sources
from assistant.chat.composed import cite
from assistant.chat.intent import find_term
from assistant.chat.state import ConversationState
from assistant.chat.term_asked import asked_words, content_words, known_anywhere, treating_cards, treating_entries
from assistant.chat.tool_args import ToolOutput, strip_notice

SPECIFIC = 2  # at most this many cards of a language name the words: a name of their own, not words every card uses
CLOSE_FLOOR = 0.35  # beside "nothing on X", only statements this close to the question


OTHER = {"fr": "en", "en": "fr"}


def twins(entries, pool, lang: str) -> list:
    """The entries of `pool` in `lang` that are the twins of `entries` (same id, other language suffix)."""
    by_id = {e.id: e for e in pool}
    return [t for e in entries if (t := by_id.get(f"{e.id.rsplit('.', 1)[0]}.{lang}")) is not None]


def _own_word(word: str, vocab) -> bool:
    """Is this word, whole ("step-in" is not "step"), one the knowledge base uses?"""
    return word in vocab or known_anywhere(word, vocab) and "-" not in word


def unknown_words(question: str) -> str | None:
    """The words a definition request asks about when the glossary holds no term for them, else None."""
    words = asked_words(question)
    return words if words is not None and find_term(words) is None else None


def definition_answer(tools, question: str, state: ConversationState, *, card_only: bool = False) -> ToolOutput | None:
    """The answer for the words `question` asks to define, or None when the glossary holds them or another entry names
    them (the ordinary answer, which retrieval leads to): the card of their own; else, nothing naming them, "nothing on
    X" with the close statements, or the refusal when no word of theirs is the knowledge base's. With `card_only` (a
    message read as a question, not as a definition asked), words all of the knowledge base's own get the ordinary
    answer: "what's the deadline to claim?" is a question to answer, never "nothing on 'deadline to claim'"."""
    words = unknown_words(question)
    if words is None:
        return None
    lang, composer = state.lang, tools.composer
    # s30: a card gated on a situation (an ask cue, premises.ASK_CUES) treats words a definition asks only when the question
    # tells that situation: "qu'est-ce qu'on fait ajouter au contrat ?" is no question on the non-waiver clause, whose
    # phrasings also hold "ajouter" and "contrat"
    own = [c for c in treating_cards(words, composer.cards.cards, lang) if not (cued(c) and not premise_named(c, question))]
    if not own and not treating_entries(words, tools.entries, lang):
        # s26: a term of the other language ("what's 'faute lourde' in a French contract?", "c'est quoi le 'joint
        # controller' du contrat anglais ?"): the cards of that language that name it, answered by their twins in the
        # question's language (same id, other language suffix)
        own = [c for c in twins(treating_cards(words, composer.cards.cards, OTHER[lang]), composer.cards.cards, lang)
               if not (cued(c) and not premise_named(c, question))]
    if 1 <= len(own) <= SPECIFIC:
        ranked = [m for m in composer.cards.ranked(question, lang, composer.overlap) if m.card in own]
        match = ranked[0] if ranked else CardMatch(own[0], 0.0, 0.0, 0.0)
        results = tools.retriever.search(question, k=6, prefer_lang=lang) if tools.retriever else []
        composed = composer.card_answer(match, question, results, lang=lang, side=state.side)
        return ToolOutput("explain_term", strip_notice(composed.text), list(composed.citations))
    if card_only and all(_own_word(w, composer.vocab) for w in content_words(words) if len(w) > 3):
        return None  # every word the knowledge base's own: a question on them, answered as any other
    if treating_entries(words, tools.entries, lang):
        return None  # some entry treats them: the ordinary answer, which retrieval leads to
    if not known_anywhere(words, composer.vocab):
        return ToolOutput("explain_term", strip_notice(composer.plain("out", lang).text), [])
    from assistant.chat.composer import TEXT  # noqa: PLC0415 - the composer's own wording of "nothing on X"

    name = f"« {words} »" if lang == "fr" else f'"{words}"'
    lines = [TEXT[lang]["partial"].format(names=name)]
    results = tools.retriever.search(question, k=4, prefer_lang=lang) if tools.retriever else []
    picked = composer.best_sentences(question, results, limit=2, min_similarity=CLOSE_FLOOR)
    sources = Sources()
    if picked:
        lines.append(TEXT[lang]["closest"])
        lines += [cite(s, sources.add(r, s)) for r, s, _ in picked]
    return ToolOutput("explain_term", strip_notice(composer.finish("\n\n".join(lines), lang)), sources.items)
