"""A definition asked of words the glossary may not hold (issue 15, s25-ans3): "c'est quoi l'anatocisme ?", "ça veut
dire quoi juridiquement 'secret des affaires' dans un accord de confidentialité ?", "what's a step-in right?".

The words asked about are read apart from the rest of the sentence: a context named after them ("dans un accord de
confidentialité", "in our NDA") is where the user met them, not what is asked, so a glossary term named only there is a
look-alike and never the answer. What treats the words is decided by their meaning in the knowledge base's own text:
an entry treats them when every content word asked (its stem, so "anatocism" meets "anatocisme") is in that entry's
subject (a card's title and phrasings, another entry's title and body), never by a list of terms."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assistant.text import fold

# the request for a definition, then the words asked; or the words, then the request ("l'anatocisme, c'est quoi ?")
_BEFORE = re.compile(
    r"\b(?:c'?\s?est quoi|c koi|c quoi|qu'?\s?est[- ]ce que c'?est que|qu'?\s?est[- ]ce qu(?:e |')|que veut dire|"
    r"que signifie|ca veut dire quoi|ca veut dire|ca signifie quoi|definition d[eu']|definis?|what(?:'s| is| are)(?: meant by)?|"
    # s35: "rappelle-moi ce que c'est, la GTR", "remind me what a DPA is"
    r"(?:rappelle[- ]moi |redis[- ]moi |dis[- ]moi )?ce qu(?:e |')(?:c'?\s?est|veut dire|signifie)\s*,?|remind me what(?:'s| is| are)?|"
    r"what does|meaning of|define|explain)\s*(?P<words>[^?!.]{2,80})")
_AFTER = re.compile(r"(?:^|[,;:]\s*)(?P<words>[^?!.,;:]{2,60}?)\s*,?\s*(?:c'?\s?est quoi|ca veut dire quoi|ca veut dire|"
                    r"ca signifie quoi|what is that|what's that|meaning)\b")
# what follows the words asked and is no part of them: where they were met, the rest of the question
_CONTEXT = re.compile(r"\s+(?:dans|d'apres|selon|en droit|au sens|pour|sur|chez|quand|si|in|under|for|on|when|if|as used|"
                      r"mean|means|stand for|refers? to|signif(?:y|ies)|exactly|concretement|exactement|juridiquement|legally|en gros|"
                      r"concretely|in practice|en pratique|au juste|again|deja|is|are|"
                      r"notre|nos|our|ton|votre|your)\b.*$")
# "what does X …?" asks what X means only when its verb says so ("what does RPO stand for?"); any other verb asks what the
# thing does, covers or requires, a question on it
_DOES = re.compile(r"\bwhat does\b")
_MEANS = re.compile(r"\b(?:mean|means|meant|stand for|stands for|refer to|refers to|signify|signifies)\b")
_LEAD = re.compile(r"^(?:juridiquement|legalement|concretement|exactement|exactly|legally|en droit|vraiment)(?:\s+|$)")
# what is left of a request put after the words asked ("ça veut dire quoi", "what is that"): no words asked
_REQUEST_REST = frozenset({"quoi", "koi", "that", "this", "it", "ca", "cela", "exactement", "exactly", "donc", "alors",
                           "svp", "please", "precisement", "juste"})
# who used the words, told before them ("notre avocat parle de novation, ça veut dire quoi ?"): where they were met
_MET = re.compile(r"^.*\b(?:parle\w* d[e']|parlait d[e']|mentionne\w*|evoque\w*|utilise\w*|emploie\w*|mentions?|mentioned|"
                  r"talks? about|talked about|says|said|uses?|used)\s+(?:(?:le mot|le terme|the word|the term)\s+)?")
_ARTICLE = re.compile(r"^(?:(?:le|la|les|un|une|des|du|de|a|an|the|this|that|ce|cette|cet)\s+|l'\s*|d'\s*)+")
# words that frame the thing asked without naming it
_FRAME = frozenset({"clause", "clauses", "notion", "terme", "term", "mot", "word", "expression", "principe", "principle",
                    "concept", "mecanisme", "mechanism", "regle", "rule", "de", "des", "du", "d", "la", "le", "les", "l",
                    "et", "ou", "of", "and", "or", "the", "a", "an", "en", "au", "aux", "to", "un", "une", "in", "on"})
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # a hyphenated name ("step-in", "non-sollicitation") is one word
MAX_WORDS = 5  # more than this is a question on a situation, not words to define


def asked_words(text: str) -> str | None:
    """The words a definition request asks about (folded), or None when the message asks none. The request may come
    before the words ("c'est quoi l'anatocisme ?") or after them ("l'anatocisme ça veut dire quoi ?"): what follows a
    request put last is only the rest of the request ("quoi", "exactement", "that"), never words asked."""
    low = fold(text).strip()
    words = None
    for pattern in (_BEFORE, _AFTER):
        m = pattern.search(low)
        if m and pattern is _BEFORE and _DOES.match(m.group(0)) and not _MEANS.search(m.group("words")):
            m = None  # "what does that actually cover?", "what does the GDPR require?": what a thing does, no word's meaning
        words = _cleaned(m.group("words")) if m else None
        if words:
            break
    if not words:
        return None
    if re.match(r"(it|that|this|them|those|these|ca|cela|ceci)\b", words) or \
            re.match(r"(le|la|les)\b( \w+ly| simplement| plus simplement)?$", words) \
            or re.match(r"(our|your|my|their|nos|notre|vos|votre|mes|mon|ma|leurs?)\b", words):
        return None  # "explain it simply", "what are our GDPR must-haves?": no words to define, a request on their own case
    if re.match(r"(trucs?|machins?|bidules?|choses?|things?|stuff)\b", words):
        return None  # s31: "c'est quoi ce truc ?", "what's that thing?": the thing the story told, no word to define
    if re.search(r"\blike\b", words):
        return None  # "what's the weather like?": how a thing is, not what a word means
    if re.match(r"(diff\w*|meilleur\w*|best|better)\b", words) or re.search(r"\b(entre|between|vs|versus|ou|or)\b", words):
        return None  # a comparison or a choice, not a definition
    if len(words.split()) > MAX_WORDS:
        return None
    return words


def _cleaned(words: str) -> str | None:
    """The words asked, their quotes, lead adverb, context and article taken off; None when nothing of substance is left
    (the rest of the request itself)."""
    quoted = re.search(r"[«\"'‘“]\s*([^«»\"'’”]{2,60}?)\s*[»\"'’”]", words)
    if quoted and len(quoted.group(1).split()) <= MAX_WORDS:
        words = quoted.group(1)
    words = _LEAD.sub("", _MET.sub("", words.strip()))
    # s35: "la GTR, le client me demande", "gross negligence, concretely": what follows a comma is no part of the words
    words = re.split(r"\s*,\s*", words)[0] if re.search(r"\w", re.split(r"\s*,\s*", words)[0]) else words
    words = _CONTEXT.sub("", words).strip(" ,;:'\"«»")
    words = _ARTICLE.sub("", words).strip()
    return words if [w for w in content_words(words) if w not in _REQUEST_REST] else None


def content_words(words: str) -> list[str]:
    return [w for w in _WORD.findall(fold(words)) if w not in _FRAME and len(w) > 1]


def _stem(word: str) -> str:
    return word[:6] if len(word) > 6 else (word[:-1] if len(word) > 3 and word.endswith("s") else word)


def holds(words: str, text: str) -> bool:
    """Does `text` name every content word asked (by its stem)?"""
    asked = content_words(words)
    if not asked:
        return False
    have = set(_WORD.findall(fold(text)))
    return all(any(h.startswith(_stem(w)) for h in have) for w in asked)


def names_phrase(words: str, text: str) -> bool:
    """Does `text` name the words asked as one phrase (their stems in a row, frame words aside)? A long body that uses
    each word somewhere ("step", "in", "right" in a text on escalation) does not."""
    asked = [_stem(w) for w in content_words(words)]
    have = [w for w in _WORD.findall(fold(text)) if w not in _FRAME]
    n = len(asked)
    return bool(asked) and any(all(have[i + k].startswith(asked[k]) for k in range(n)) for i in range(len(have) - n + 1))


def card_subject(card) -> str:
    return " ".join([card.title, *card.questions])


def treating_cards(words: str, cards: Iterable, lang: str) -> list:
    """The reviewed cards of `lang` whose subject (title and phrasings) names the words asked, in the given order."""
    return [c for c in cards if c.lang == lang and holds(words, card_subject(c))]


def treating_entries(words: str, entries: Sequence, lang: str) -> list:
    """Other entries of `lang` whose title or body names the words asked."""
    return [e for e in entries if e.lang == lang and e.kind != "card" and names_phrase(words, f"{e.title} {e.body}")]


def known_anywhere(words: str, vocab: frozenset[str]) -> bool:
    """Is at least one content word asked a word of the knowledge base (by its stem)? Else the words lie outside the
    product's field altogether."""
    named = [w for w in _WORD.findall(fold(words)) if len(w) > 3]  # a frame word ("clause") is the field's too
    return any(w in vocab or any(v.startswith(_stem(w)) for v in vocab) for part in named for w in part.split("-"))
