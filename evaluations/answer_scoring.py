"""Scoring helpers for the answer evaluation: accent-free matching of fact patterns,
sentence-by-sentence citation attribution, and the support test of a cited source.

Kept apart from `answers.py` so the rules are easy to read and to check: they decide
what "correct", "covered" and "precise" mean in RESULTS.md.

Two readings of citations coexist:
- `attribute` (citation coverage and precision, the figures of answers.yaml since the
  start): a [n] marker covers the sentences of its paragraph written since the previous
  marker;
- `answer_sentences` / `uncited_sentences` (the "every sentence cited" condition of a fully
  correct answer, issue 15): each sentence must itself carry a marker. Precisely: the
  answer is cut into lines, then into sentences (`split_sentences`); a marker written
  right after a sentence's final stop ("… here. [2]") belongs to that sentence. Left out
  are: lines carrying the not-legal-advice or a fallback notice (`NOTICE_CUES`);
  headings (a line starting with `#`, or a line that is wholly bold or underlined, an
  optional final `:` or `.` aside); pure labels (a line or list item, bullet removed,
  that ends with `:`, has at most 8 words and no marker, such as "Côté client :").
  A remaining sentence needs a marker when it has at least 3 words of 2+ letters and is
  not a refusal sentence (`REFUSAL`); it is cited when it contains a `[n]` marker.
- `verdict_text`: the opening of the answer, i.e. its first two sentences after the
  same exclusions (no minimum length, so a bare "Non." counts as a sentence), folded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.knowledge.bm25 import tokenize
from assistant.text import fold as _fold
from assistant.text import unaccent

# refusal and "nothing found" sentences: not counted in citation coverage
# (the assistant's own refusal wordings: prompts/chat.yaml `out_of_scope`, composer TEXT; "has nothing" /
# "ne dit rien" only about the knowledge base or the document, not "a processor has nothing to do with…")
REFUSAL = re.compile(
    r"sort de ce champ|outside that field|ne trouve rien|find nothing|nothing in my knowledge base|"
    r"prefere ne pas improviser|rather not guess|reformulez|rephrase|je suis specialise|i specialise|"
    r"je ne traite que|ne traite que des|i only deal with|only deal with|i only handle|"
    r"(base|knowledge base|document|texte|text|contrat|contract)[^.\n]{0,30}(ne contient rien|ne dit rien|says nothing|"
    r"has nothing|does not cover|ne couvre pas)", re.I)
NOTICE_CUES = ("pas un conseil juridique", "not legal advice", "le modele de langage n'a pas pu",
               "the language model could not", "ne citait aucune source", "cited no verifiable source")
LABEL_PREFIX = re.compile(r"^\s*(exemple|example|base legale|legal basis|cote client|client side|cote prestataire|"
                          r"provider side|clauses liees|related clauses|a noter|note)\s*:\s*", re.I)
# (abbreviated months too: "25 févr. 1997" in a case citation is not the end of a sentence; nor is "€90 excl. VAT", as
# for the project's own sentence splitter, assistant/text/sentences.py)
_ABBREV = re.compile(r"\b(art|arts|al|n°|no|nos|cf|ex|e\.g|i\.e|cass|com|civ|soc|c|consom|p|pp|ch|min|env|etc|"
                     r"dir|reg|para|approx|vs|mr|mrs|dr|st|excl|incl|janv|f[ée]vr|avr|juil|sept|oct|nov|d[ée]c|"
                     r"jan|feb|mar|apr|jun|jul|aug|sep)\.\s", re.I)
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ«\"*(\d_])")
MARKERS = re.compile(r"((?:\s*\[\d{1,3}\])+)")


def fold(text: str) -> str:
    """Lower case, accents and typographic quotes removed, spaces normalised (€, °, % kept): the
    project's one fold (assistant/text)."""
    return _fold(text or "")


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str) -> re.Pattern:
    """Accents are stripped from the pattern too (not lower-cased: that would change \\S, \\W…)."""
    return re.compile(unaccent(pattern), re.I)


def matches(pattern: str, text: str) -> bool:
    return bool(compile_pattern(pattern).search(fold(text)))


def fact_found(alternatives: list[str], text: str) -> bool:
    return any(matches(p, text) for p in alternatives)


def split_sentences(text: str) -> list[str]:
    protected = _ABBREV.sub(lambda m: m.group(0).replace(". ", ".\x00"), text)
    out = []
    for line in protected.split("\n"):
        for s in _SPLIT.split(line):
            s = s.replace("\x00", " ").strip()
            if s:
                out.append(s)
    return out


def clean_sentence(s: str) -> str:
    s = re.sub(r"^\s*(?:[-*•>#]+|\d{1,2}[.)])\s+", "", s)
    s = re.sub(r"\*\*|__|`|[«»\"“”]", "", s).strip()
    return LABEL_PREFIX.sub("", s).strip()


@dataclass(frozen=True)
class Sentence:
    text: str
    refs: tuple[int, ...]  # the [n] markers that cover it (empty: uncited)


def attribute(answer: str) -> list[Sentence]:
    """Every countable sentence of an answer with the [n] markers covering it.

    Convention: a marker covers the sentences of its paragraph (or list item) written
    since the previous marker; sentences after a paragraph's last marker are uncited.
    The not-legal-advice notice, fallback notices and refusal sentences are left out."""
    out: list[Sentence] = []
    for block in re.split(r"\n\s*\n|\n(?=\s*(?:[-*•]|\d{1,2}[.)])\s)", answer):
        if not block.strip() or any(cue in fold(block) for cue in NOTICE_CUES):
            continue
        pieces = MARKERS.split(block)
        for i in range(0, len(pieces), 2):
            refs = tuple(int(n) for n in re.findall(r"\d+", pieces[i + 1])) if i + 1 < len(pieces) else ()
            for s in split_sentences(pieces[i]):
                s = clean_sentence(s)
                if len(re.findall(r"[^\W\d_]{2,}", s)) < 3 or REFUSAL.search(fold(s)):
                    continue
                out.append(Sentence(s, refs))
    return out


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9€%]+", fold(text)))


def content_words(text: str) -> list[set[str]]:
    """One stem set per content word (stop words and 1-letter words dropped)."""
    return [stems for w in re.findall(r"[\w'-]+", fold(text)) if (stems := set(tokenize(w)))]


class SupportIndex:
    """The text each knowledge-base entry can vouch for: all its written fields, plus the
    names of its labels (a cited topic name is supported by an entry of that topic)."""

    def __init__(self, entries, taxonomy) -> None:
        self.text: dict[str, str] = {}
        self.stems: dict[str, set[str]] = {}
        names = {}
        for t in taxonomy.topics:
            names[f"topic:{t.id}"] = f"{t.fr} {t.en}"
        for t in taxonomy.terms:
            names[f"term:{t.id}"] = f"{t.fr} {t.en}"
        for e in entries:
            parts = [e.title, e.body, e.wording or "", e.example or "", e.legal_basis or "", e.when_to_use or "",
                     e.law_quote or "", *e.negotiation_notes, e.obligation.rationale if e.obligation else "",
                     # typed statements and a card's verdict, rule and negotiation points are KB text too
                     *(st.text for st in getattr(e, "typed_statements", ())), getattr(e, "verdict", None) or "",
                     *(names.get(lab, "") for lab in e.labels)]
            full = "\n".join(p for p in parts if p)
            self.text[e.id] = _norm(full)
            self.stems[e.id] = set(tokenize(full))

    def support(self, sentence: str, entry_id: str) -> float:
        """1.0 when the sentence is contained in the entry, else the share of its content words
        (stemmed) that the entry contains."""
        if entry_id not in self.text:
            return 0.0
        norm = _norm(sentence)
        if norm and norm in self.text[entry_id]:
            return 1.0
        words = content_words(sentence)
        if not words:
            return 1.0
        have = self.stems[entry_id]
        return sum(1 for w in words if w & have) / len(words)


def kb_sentences(entries) -> list[tuple[str, str]]:
    """(entry id, sentence) for every sentence the knowledge base states."""
    out = []
    for e in entries:
        for field in (e.body, e.wording, e.example, e.legal_basis, *e.negotiation_notes):
            for s in split_sentences(field or ""):
                out.append((e.id, s))
    return out


# ---------------------------------------------------------------- per-sentence citation and verdict (issue 15)
HEADING = re.compile(r"^\s*(?:#{1,6}\s.*|(\*\*|__)[^*_\n]{1,160}\1\s*[:.]?)\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•>]+|\d{1,2}[.)])\s+")
_STOP_THEN_MARKERS = re.compile(r"([.!?…])((?:\s*\[\d{1,3}\])+)")
LABEL_MAX_WORDS = 8


def _markers_before_stop(line: str) -> str:
    """'… here. [2] Next' → '… here [2]. Next': the marker stays with its sentence."""
    return _STOP_THEN_MARKERS.sub(lambda m: " " + " ".join(re.findall(r"\[\d{1,3}\]", m.group(2))) + m.group(1),
                                  line)


def _is_label(line: str) -> bool:
    body = _BULLET.sub("", line).strip()
    if MARKERS.search(body) or not body.endswith(":"):
        return False
    return len(re.findall(r"[^\W_]+", body)) <= LABEL_MAX_WORDS


def answer_sentences(answer: str) -> list[str]:
    """The sentences of an answer in order, markers kept; notice lines, headings and
    pure-label lines left out (see the module docstring)."""
    out: list[str] = []
    for line in (answer or "").split("\n"):
        if not line.strip() or any(cue in fold(line) for cue in NOTICE_CUES):
            continue
        if HEADING.match(line) or _is_label(line):
            continue
        for s in split_sentences(_markers_before_stop(_BULLET.sub("", line))):
            if re.search(r"[^\W\d_]", s):  # a lone marker or number is not a sentence
                out.append(s)
    return out


def needs_citation(sentence: str) -> bool:
    text = MARKERS.sub(" ", clean_sentence(sentence))
    return len(re.findall(r"[^\W\d_]{2,}", text)) >= 3 and not REFUSAL.search(fold(text))


def is_cited(sentence: str) -> bool:
    return bool(MARKERS.search(sentence))


def uncited_sentences(answer: str) -> list[str]:
    """Sentences that need a citation and carry none."""
    return [s for s in answer_sentences(answer) if needs_citation(s) and not is_cited(s)]


def every_sentence_cited(answer: str) -> bool:
    """True when the answer has at least one sentence needing a citation and all carry one."""
    need = [s for s in answer_sentences(answer) if needs_citation(s)]
    return bool(need) and all(is_cited(s) for s in need)


def verdict_text(answer: str, n: int = 2) -> str:
    """The opening of the answer: its first `n` sentences, markers removed, folded."""
    return fold(" ".join(MARKERS.sub("", clean_sentence(s)) for s in answer_sentences(answer)[:n]))


def verdict_ok(alternatives: list[str], answer: str) -> bool:
    """One of the verdict patterns matches the opening of the answer."""
    opening = verdict_text(answer)
    return any(compile_pattern(p).search(opening) for p in alternatives)
