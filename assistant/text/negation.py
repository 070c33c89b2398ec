"""Is a term negated or excluded where it stands? French and English.

Scope is the clause: the sentence holding the span (see `sentences`), cut at ",", ";", ":"
and at "mais / toutefois / cependant / but / however / whereas". Two kinds of cue:

* verbal negation - "ne … pas / plus / jamais / aucun / rien / nullement", "n'est pas tenu",
  "not", "no longer", "never", "shall not", "is not liable", "cannot", "n't", "exclu(e)(s)",
  "excluded", "non inclus / non compris / non couvert" - negates the whole clause, whether
  the term comes before the cue ("les déplacements ne sont pas inclus") or after it ("the
  provider is not liable for data loss");
* exclusion and absence - "sans", "hors", "sauf", "excepté", "à l'exclusion de", "aucun(e)",
  "nul(le)", "ni", "mais pas", "without", "except", "excluding", "other than", "save for", "no", "neither",
  "nor" - reaches only what follows it in the clause ("la maintenance sauf les logiciels tiers":
  the software is excluded, the maintenance is not).

Spoken French drops the "ne": "on héberge rien pour eux", "on fait jamais de nuit", "ils gèrent pas
le réseau" - "rien / jamais" and a subject's verb followed by "pas" negate the clause as "ne … pas" does
("pas de / pas d'" stays a forward cue, "pas mal" is no negation).

A negated exclusion is an inclusion: "data loss not excluded", "la perte de données n'est pas exclue",
"non exclu" - those cues cancel each other. Any other double negation ("ne … pas sans") is not resolved:
the span counts as negated.
"""

from __future__ import annotations

import re
from typing import Iterable

from assistant.text.fold import fold_keep_offsets
from assistant.text.sentences import sentence_bounds

__all__ = ["NEW_CLAUSE", "is_negated", "negated_terms", "negation_cues"]

# casual text runs clauses together with no comma: "pas de serveur chez eux tout est en cloud", "no servers on site
# everything is in Microsoft 365" — a subject and its verb opening a new clause end the negation before it
NEW_CLAUSE = (r"\s(?=(?:tout est|tout se trouve|tout tourne|tout passe|(?:c'est|ce sont)(?! (?:pas|plus|jamais|non|hors|exclu\w*|inutile|"
               r"superflu\w*|nous|moi|eux|le client|la cliente|a (?:sortir|retirer|enlever)|deja)\b)|on a |on utilise|on bosse|ils ont |"
               r"ils utilisent|elles ont |nous avons |nous utilisons|everything(?:'s| is| runs| sits| lives)|it'?s all|"
               r"they use|they have |they run|they'?re on|we use|we have |we run|we'?re on)\b)")
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s(?:mais|toutefois|cependant|neanmoins|but|however|whereas|although|"
                           r"tandis que|alors que)\b|" + NEW_CLAUSE)
# English contractions typed without their apostrophe ("we dont host anything", "they doesnt need it"): "dont" is also
# the French relative pronoun ("30 salariés dont 12 comptables"), so it negates only after an English subject or a
# conjunction, or before an English verb; the other forms are no French words
_NO_APOSTROPHE = (r"\b(?:doesnt|didnt|isnt|arent|wasnt|werent|wouldnt|shouldnt|couldnt|havent|hasnt|hadnt|mustnt|aint)\b|"
                  r"\b(?:i|we|they|you|u|he|she|it|who|which|but|and|so|just|still|really|also|please|pls)\s+(?:dont|wont|cant)\b|"
                  r"\bdont\s+(?:host|need|want|do|have|use|run|manage|touch|provide|offer|handle|include|cover|back|"
                  r"support|sell|store|keep|care|own|take|give|get|make|go|let|pay|charge|bill|maintain|monitor|patch|"
                  r"think|know|see|look|like|worry|supply|deal|include)\b")
_VERBAL = re.compile(
    r"\b(?:ne|n')\s*(?:[a-z'-]+\s+){0,4}?(?:pas|plus|jamais|aucune?s?|rien|nullement|point|guere)\b|"
    r"\bn'(?:[a-z-]+\s+){0,3}?(?:pas|plus|jamais|aucune?s?|rien|nullement)\b|"
    r"\b(?:not|never|cannot|nothing)\b|n't\b|\bno longer\b|" + _NO_APOSTROPHE + r"|"
    r"\b(?:exclue?s?|excluded|is excluded|are excluded)\b|"
    r"\bnon (?:inclu(?:s|se|ses)?|compris(?:es?)?|couverte?s?|prevue?s?|garantie?s?|applicables?|soumise?s?|"
    r"factur\w+)\b|\bnot (?:included|covered)\b")
# casual French without "ne": "on heberge rien", "c'est jamais arrive", "ils gerent pas le reseau"
_SPOKEN = re.compile(
    r"(?<!\bne )(?<!\bn')(?<!\bsans )\b(?:rien|jamais)\b(?!\s+(?:que|de plus|d'autre)\b)|"
    r"(?<![\w'])(?!(?:ne|n|un|le|les|pourquoi|faux|ou|et|mais|non|si|pas|du|au|grand|petit|premier|mauvais)\b)"
    r"[a-z'-]{2,}\s+pas\b"
    r"(?!\s+(?:mal|de|d'|du|des|a pas|cher|forcement|que|trop|tres|si|seulement|only|encore)\b)")
# an exclusion itself denied: "not excluded", "n'est pas exclue", "non exclu", "never carved out"
_NEGATED_EXCLUSION = re.compile(
    r"\b(?:not|never|no longer)\s+(?:be\s+|being\s+)?(?:excluded|carved out|exempt(?:ed)?)\b|"
    r"\b(?:ne|n')\s*(?:[a-z'-]+\s+){0,2}?(?:pas|jamais|plus)\s+(?:exclue?s?|exemptee?s?)\b|"
    r"\b(?:pas|non|jamais)\s+(?:exclue?s?|exemptee?s?)\b")
_FORWARD = re.compile(
    r"\b(?:sans|hors|sauf|excepte|exceptes|exceptee|a l'exception d(?:e|u|es)|a l'exclusion d(?:e|u|es)|"
    r"en dehors d(?:e|u|es)|aucune?s?|nulle?s?|ni|without|except|excepting|excluding|other than|save for|"
    r"apart from|aside from|not including|no|neither|nor|(?:mais|et|ou|non) pas)\b|\bd'aucune?\b")


def _clause(text: str, folded: str, start: int, end: int) -> tuple[int, int]:
    s, e = sentence_bounds(text, start, end)  # on the original: capitals mark sentence starts
    left = s
    for m in _CLAUSE_BREAK.finditer(folded, s, start):
        if m.end() <= start:
            left = m.start() + 1
    m = _CLAUSE_BREAK.search(folded, end, e)
    return left, (m.start() if m else e)


def negation_cues(text: str) -> list[tuple[int, int]]:
    """Spans of every negation or exclusion cue in `text`."""
    folded = fold_keep_offsets(text)
    spans = [m.span() for rx in (_VERBAL, _SPOKEN, _FORWARD) for m in rx.finditer(folded)]
    return sorted(set(spans))


def is_negated(text: str, span: tuple[int, int]) -> bool:
    """True when text[span[0]:span[1]] is denied or excluded by its own clause."""
    start, end = span
    folded = fold_keep_offsets(text)
    left, right = _clause(text, folded, start, end)
    cancelled = [m.span() for m in _NEGATED_EXCLUSION.finditer(folded, left, right)]

    def live(m: re.Match) -> bool:
        return not any(a <= m.start() < b for a, b in cancelled)

    for rx in (_VERBAL, _SPOKEN):
        for m in rx.finditer(folded, left, right):
            if not (start <= m.start() < end) and live(m):
                return True
    for m in _FORWARD.finditer(folded, left, start):
        if m.end() <= start and live(m):
            return True
    return False


def negated_terms(text: str, terms: Iterable[str]) -> list[str]:
    """The terms (as given, in their order) that occur in `text` at least once in a negated or
    excluded clause. Matching folds accents and case and respects word boundaries."""
    folded = fold_keep_offsets(text)
    out = []
    for term in terms:
        rx = re.compile(r"(?<!\w)" + re.escape(fold_keep_offsets(term.strip())) + r"(?!\w)")
        if any(is_negated(text, m.span()) for m in rx.finditer(folded)):
            out.append(term)
    return out
