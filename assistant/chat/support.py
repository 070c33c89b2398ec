"""Does a model's answer say only what its sources say? The checks `citations.verify` runs.

- `remove_claims`: lines that claim a verification nobody made ("Sources vérifiées :",
  "✅ Réponse vérifiée par un avocat", "Reviewed by a lawyer") are removed, with the list a
  "verified sources" heading introduces. Only code may say what was verified.
- `legal_refs`: articles (`article L.1111-1`, `art. 1231-5`, `Art. 28(3)`, `L. 441-10`),
  decisions (`Cass. com., 12 mai 2023, n° 21-99.999`, `CJUE C-311/18`) and case numbers in a
  text, each reduced to a key ("1231-5", "l441-10", "21-99.999", "c-311/18").
- `remove_unsupported`: a sentence naming a legal reference whose key appears in none of the
  sources is removed (an invented article or decision is never shown); a sentence citing `[n]`
  is removed when source n does not support it (`supports`).

`supports` is lexical, like the offline composer's overlap measure: every figure of the
sentence must be in the cited source, and at least SUPPORT of its content words (cut to
their first letters, accents folded) too. It is deliberately lenient on wording (a model
paraphrases) and strict on figures and references (where invention does harm).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text.fold import fold

SUPPORT = 0.3  # share of a cited sentence's content words its source must contain
STEM = 5

_CLAIM = re.compile(
    r"^\W*(?:"
    r"(?:reponse|answer|contenu|content|analyse|analysis|information|texte|clause)s?\s+(?:\w+\s+){0,2}"
    r"(?:verifiee?s?|validee?s?|certifiee?s?|approuvee?s?|verified|validated|certified|approved|reviewed|checked)"
    r"|(?:sources?|references?|citations?)\s+(?:\w+\s+){0,2}(?:verifiee?s?|validee?s?|certifiee?s?|verified|"
    r"validated|certified|checked)"
    r"|(?:verified|validated|checked)\s+(?:sources?|references?|citations?)"
    r"|.{0,80}\b(?:verifiee?s?|validee?s?|relue?s?|approuvee?s?|certifiee?s?)\s+par\s+(?:un|une|des|notre|nos|le|la)?"
    r"\s*(?:avocat|avocats|juriste|juristes|expert|experts|conseil|cabinet|notaire|professionnel)"
    r"|.{0,80}\b(?:verified|validated|reviewed|approved|checked|certified)\s+by\s+(?:a|an|our|the)?\s*"
    r"(?:lawyer|lawyers|attorney|attorneys|counsel|legal|solicitor|expert|experts|law firm)"
    r")", re.M)
_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)]|\[\d{1,3}\])\s+\S")

# -- legal references ----------------------------------------------------------------------------
_NUM = r"\d{1,4}(?:\s?-\s?\d{1,4}){0,3}"
_ARTICLE = re.compile(
    rf"\b(?:articles?|art\.?|arts\.?)\s*([lrd])?\s?\.?\s?({_NUM})(?:\s*\(\s*\d{{1,2}}\s*\))?", re.I)
_CODE_REF = re.compile(rf"(?<![\w.])([lrd])\s?\.\s?({_NUM})\b|(?<![\w.])([lrd])({_NUM})\b(?=.)", re.I)
_CASE_NO = re.compile(r"\b(?:n\s?°|no\.?|n\.|rg|pourvoi)\s*(\d{2}\s?-\s?\d{2}[.\s]?\d{3}|\d{2}/\d{3,6}|\d{5,7})", re.I)
_CASE_BARE = re.compile(r"(?<![\w.-])(\d{2}-\d{2}\.\d{3})(?![\w.])")
_EU_CASE = re.compile(r"\b([ct])\s?-\s?(\d{1,4}/\d{2})\b", re.I)
_COURT = re.compile(r"\b(cass\.?|cour de cassation|conseil d'etat|cjue|cjeu|cedh|echr|ca [a-z]+|cour d'appel|"
                    r"tribunal|trib\.|t\. ?com\.?|tj|tgi)\b", re.I)
_DATE = re.compile(r"\b(\d{1,2})(?:er)?\s+(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
                   r"decembre|january|february|march|april|may|june|july|august|september|october|november|"
                   r"december)\s+(\d{4})\b")


def _squash(value: str) -> str:
    return re.sub(r"[\s.]", "", value.lower())


def legal_refs(text: str) -> set[str]:
    """Keys of the articles, decisions and case numbers a text names (folded, spaces removed)."""
    t = fold(text)
    keys: set[str] = set()
    for m in _ARTICLE.finditer(t):
        keys.add(_squash((m.group(1) or "") + m.group(2)))
    for m in _CODE_REF.finditer(t):
        letter, num = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if num and "-" in num:  # `L. 441-10`: a code article; a lone "L5" is not
            keys.add(_squash(letter + num))
    for m in _CASE_NO.finditer(t):
        keys.add("n" + _squash(m.group(1)).replace(" ", ""))
    for m in _CASE_BARE.finditer(t):
        keys.add("n" + _squash(m.group(1)))
    for m in _EU_CASE.finditer(t):
        keys.add(_squash(f"{m.group(1)}-{m.group(2)}"))
    if _COURT.search(t):  # a decision named by its court and date
        for m in _DATE.finditer(t):
            keys.add(f"d{m.group(1)}{m.group(2)}{m.group(3)}")
    return keys


def _known(key: str, pool: set[str], pool_text: str) -> bool:
    """A reference is supported when a source names it (or names its number: `article 28`
    is supported by a source citing `art. 28(3)`, `L. 441-10` by one citing `441-10`)."""
    if key in pool:
        return True
    probe = key[1:] if key[0] in "nd" else key.lstrip("lr")
    return bool(re.search(rf"(?<![\d]){re.escape(probe)}(?![\d])", pool_text))


# -- support of a sentence ----------------------------------------------------------------------------
_STOP = set("""
alors aussi autre autres avant avec avoir cela celle celles celui cette ceux chaque comme dans depuis doit doivent donc
dont elle elles entre etre fait faut leur leurs mais meme moins notre nous pour plus peut peuvent quand quel quelle
quelles quels sans selon sera sont sous tous tout toute toutes tres vous votre vos ainsi cependant
about above after again also among because been before being below between both could does doing during each
from further have having here into itself more most must other over same shall should some such than that their
theirs them then there these they this those through under until very were what when where which while whom
will with would your yours only just like even
""".split())
_WORD = re.compile(r"[a-z][a-z-]{3,}")  # "l'autorite" → "autorite"
_CITE = re.compile(r"\[(\d{1,3})\]")


def _words(text: str) -> set[str]:
    return {w[:STEM] for w in _WORD.findall(fold(text)) if w not in _STOP}


_UNITS = {"h": "h", "heu": "h", "hou": "h", "hrs": "h", "j": "j", "jou": "j", "day": "j", "min": "min",
          "moi": "m", "mon": "m", "sem": "w", "wee": "w", "an": "y", "ans": "y", "ann": "y", "yea": "y",
          "%": "%", "pou": "%", "per": "%", "eur": "eur", "€": "eur", "k€": "keur"}
_QUANTITY = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)?)(?:\s*(%|€|k€|[a-z]+))?")
_REF_SPAN = re.compile(r"\b(?:art(?:icles?|s?\.)?|l\.|r\.|d\.|n°|no)\s*[\d\s().,/-]*|\(\d{1,2}\)|\[\d{1,3}\]")


def _unit(word: str | None) -> str | None:
    if not word:
        return None
    return _UNITS.get(word) or _UNITS.get(word[:3])


def _quantities(text: str) -> set[tuple[str, str | None]]:
    """(number, unit) pairs of a text — "72 heures" → ("72", "h") — leaving out the numbers of
    legal references ("art. 33(2)") and citation markers."""
    t = _REF_SPAN.sub(" ", fold(text))
    t = re.sub(r"^\s*\d{1,2}[.)]\s", " ", t, flags=re.M)  # list numbering
    return {(m.group(1).replace(",", "."), _unit(m.group(2))) for m in _QUANTITY.finditer(t)}


def _figures(text: str) -> set[str]:
    return {n for n, _u in _quantities(text)}


def _figures_in(sentence: str, source: str) -> bool:
    """Every figure of the sentence is in the source — with the same unit when both give one."""
    have = _quantities(source)
    numbers = {n for n, _u in have}
    for n, unit in _quantities(_CITE.sub(" ", sentence)):
        if n not in numbers:
            return False
        if unit and not any(hn == n and (hu is None or hu == unit) for hn, hu in have):
            return False
    return True


def supports(sentence: str, source: str) -> bool:
    """Does `source` carry what `sentence` says? Figures all present, and most content words."""
    body = _CITE.sub(" ", sentence)
    if not _figures_in(body, source):
        return False
    return overlap(body, source) >= SUPPORT


def overlap(sentence: str, source: str) -> float:
    """The offline composer's measure: share of the sentence's content words (stems, with
    synonym groups: "alerter" = "informer" = "notify") that the source contains."""
    from assistant.chat.statements import concepts, question_words
    from assistant.knowledge.bm25 import tokenize

    words = [w for w in question_words(sentence) if not any(t in _STOP for t in w)]
    if not words:
        return 1.0
    have = set(tokenize(source)) | concepts(source)
    return sum(1 for w in words if w & have) / len(words)


# -- the passes --------------------------------------------------------------------------------------
def remove_claims(text: str) -> tuple[str, list[str]]:
    """Remove lines claiming a verification, and the list a 'verified sources' heading opens."""
    removed: list[str] = []
    out: list[str] = []
    skipping = False
    for line in text.split("\n"):
        folded = fold(line)
        if _CLAIM.search(folded):
            removed.append(f"claim: {line.strip()}")
            skipping = folded.rstrip().endswith(":") or bool(re.search(r"(sources?|references?)\W*$", folded))
            continue
        if skipping and (_ITEM.match(line) or not line.strip()):
            if line.strip():
                removed.append(f"claim: {line.strip()}")
            continue
        skipping = False
        out.append(line)
    return "\n".join(out), removed


def _sentences(text: str) -> list[tuple[int, int]]:
    from assistant.text.sentences import sentence_spans

    return sentence_spans(text, lines=True)


def remove_unsupported(text: str, sources) -> tuple[str, list[str]]:
    """Remove sentences with a legal reference no source names, and cited sentences their
    sources do not support. `sources` is a `citations.Sources`."""
    refs = sorted(c.ref for c in sources.items)
    texts = {n: sources.text(n) for n in refs}
    pool_text = _squash(fold("\n".join(texts.values())))
    pool: set[str] = set().union(*(legal_refs(t) for t in texts.values())) if texts else set()
    removed: list[str] = []
    cut: list[tuple[int, int]] = []
    for start, end in _sentences(text):
        sentence = text[start:end]
        if not sentence.strip():
            continue
        unknown = [k for k in legal_refs(sentence) if not _known(k, pool, pool_text)]
        if unknown:
            removed.append(f"reference in no source ({', '.join(sorted(unknown))}): {sentence.strip()}")
            cut.append((start, end))
            continue
        cited = [int(n) for n in _CITE.findall(sentence)]
        given = [n for n in cited if n in texts]
        if not given and not _figures_in(sentence, "\n".join(texts.values())):
            # uncited, or citing only numbers that were never given: its figures must be in a source
            removed.append(f"figure in no source: {sentence.strip()}")
            cut.append((start, end))
            continue
        if given and not any(supports(sentence, texts[n]) for n in given) and not supports(
                sentence, "\n".join(texts[n] for n in given)):
            removed.append(f"not supported by [{']['.join(map(str, given))}]: {sentence.strip()}")
            cut.append((start, end))
    for start, end in reversed(cut):
        text = text[:start] + text[end:]
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip(), removed


# -- echo of the rules ---------------------------------------------------------------------------------
ECHO_RUN = 9  # content words of the rules, in order, that an answer may not repeat
_ECHO_STOP = _STOP | set("""a an and are as at be by for if in is it its of on or the to not no never your you
le la les un une des de du d l et ou en au aux ce ces se sa son ses sur par pas ne que qui quoi il ils on y
est sont etre a as""".split())


def echo_words(text: str) -> list[str]:
    """Content words of a text, normalised so disguises do not count: accents, case, zero-width
    characters and underscores (`rules_you_always_follow`) folded away, small words dropped."""
    return [w for w in re.findall(r"[^\W_]+", fold(text).replace("_", " ")) if w not in _ECHO_STOP]


def _runs(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


@lru_cache(maxsize=64)
def _rule_runs(system: str, quoted: tuple[str, ...]) -> tuple[frozenset, frozenset]:
    rules = echo_words(system)
    runs = _runs(rules, ECHO_RUN) - set().union(*(_runs(echo_words(q), ECHO_RUN) for q in quoted))
    return frozenset(rules), frozenset(runs)


def echoes(answer: str, system: str, quoted: tuple[str, ...] = ()) -> bool:
    """Does the answer recite the rules? Compared on content words only, after dropping every
    answer word the rules never use (so a filler word every few words does not break the run):
    a run of ECHO_RUN rule words, in the rules' order, that the quoted material (sources,
    questions) does not contain itself."""
    vocab, runs = _rule_runs(system, quoted)
    if not runs:
        return False
    said = [w for w in echo_words(answer) if w in vocab]
    return bool(runs & _runs(said, ECHO_RUN))
