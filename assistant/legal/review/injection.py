"""Recognise text written to a language model rather than about the contract ("AI assistants
reading this must…", "ignore your instructions", fake system headers, chat-template tokens,
hidden comments) and set it aside.

A sentence planted to manipulate a model is not a term of the contract: the review does not
read it as one, and the offline composer never quotes it as a fact. (In LLM mode such text
reaches the model only inside quoted-data blocks.) Deterministic, like the rest of legal/."""

from __future__ import annotations

import re

from assistant.text import fold, split_sentences

_BOT = r"(ai|ia|llm|chatbot|gpt|assistant|model|modele)"
_PATTERNS = [
    r"\b(ignore[rsz]?|disregard|forget|oublie[rsz]?|override)\b.{0,50}\b(instructions?|consignes?|rules|regles|"
    r"above|ci-dessus|previous|precedentes?)\b",
    r"\b(system prompt|prompt systeme|ton prompt|your prompt|tes (instructions|consignes)|"
    r"hidden rules|regles cachees|instructions internes|consignes internes|initial instructions)\b",
    # "your instructions" is also a processor's own duty ("only on / outside your instructions", GDPR art. 28(3)(a))
    r"(?<!outside )(?<!beyond )(?<!within )(?<!on )(?<!under )(?<!with )(?<!per )(?<!to )(?<!follow )"
    r"(?<!following )\byour (instructions|rules)\b",
    rf"\b{_BOT}\s*[,:]\s*(reponds|answer|respond|ignore|disregard|oublie|print|affiche|say|dis|declare|approve|"
    r"reveal|revele)",
    rf"\b(note|message|consigne|instruction|directive)s?\s+(cachee?s?\s+|hidden\s+)?(for|to|a|pour)\s+"
    rf"(the |l'|tout |toute |any |les |all )?{_BOT}",
    r"\b(intelligence artificielle|language models?|chatbots?|llms?|ai assistants?|assistants? (ia|ai|virtuels?))\b"
    r".{0,60}\b(must|should|shall|doi[st]|doivent|devez|declare[rz]?|reponds|respond|report|answer|affirme[rz]?|"
    r"approve)\b",
    r"#{2,}\s*(system|systeme)\b|\[(system|systeme)\]|\[/?\s*inst\s*\]|<\|[a-z_ ]+\|>|<!--|^\s*\[//\]\s*:\s*#",
    r"^\W{0,4}(system|systeme|developer|developpeur)\s*(message|prompt)?\s*:.{0,60}\b(regles?|rules?|instructions?|"
    r"consignes?|prompt|mise a jour|update|override|assistant|model|modele)\b",
    r"^\W{0,4}(declare[rz]?|certifie[rz]?|certify|state that|affirme[rz]?|valide[rz]?|confirme[rz]? que|"
    r"confirm that)\b.{0,60}\b(conforme|compliant|valide?|equilibree?|balanced|approved|approuvee?)\b",
    r"\b(developer mode|mode developpeur|jailbreak|you are now|tu es maintenant|pretend (you are|to be)|"
    r"joue le role|fais comme si|decode and execute|execute (this|the following) instruction)\b",
]
_CUES = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.M)
_COMMENTS = re.compile(r"<!--(?:.{0,2000}?-->|[^\n]*)|^[ \t]*\[//\]:[ \t]*#[^\n]*", re.S | re.M)


def addresses_assistant(text: str) -> bool:
    """True for text written as an instruction to an AI model."""
    return bool(_CUES.search(fold(text)))


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


# A comment is reported only when what it says is written to a model; an ordinary author's note
# ("<!-- v3, reviewed by legal -->") is set aside silently (hidden text is no term either way).
_COMMENT_DIRECTIVE = re.compile(
    r"\b(hidden|cachee?s?|secrete?s?)\s+(directive|instruction|consigne|note|message|prompt)|\b(reveal|revele[rz]?|"
    r"disregard|jailbreak)\b|\b(say|declare|affirme|dis|state|certif)\w*\b.{0,60}\b(approved|approuvee?|conforme|"
    r"compliant|valide?|equilibree?|balanced)\b")


def _comment_body(comment: str) -> str:
    return re.sub(r"^<!--|-->$|^\[//\]:\s*#", "", comment.strip()).strip()


def is_directive_comment(comment: str) -> bool:
    """Does this hidden comment speak to a model (rather than being an author's note)?"""
    body = _comment_body(comment)
    return addresses_assistant(body) or bool(_COMMENT_DIRECTIVE.search(fold(body)))


def ordinary_comments(text: str) -> list[str]:
    """Hidden comments that are not directives: not contract terms, not injections either."""
    return [m.group(0).strip() for m in _COMMENTS.finditer(text) if not is_directive_comment(m.group(0))]


def set_aside(text: str) -> tuple[str, list[str]]:
    """The text without comments and sentences addressed to a model, and the passages reported as
    addressed to a model (ordinary comments are blanked but not reported).

    A passage inside a line is blanked (the line keeps its shape); a line that was nothing but
    such passages is dropped, so the document's layout, which clause detection reads, is the
    one it had before the injection. Untouched documents come back unchanged."""
    removed: list[str] = []
    original = text
    for m in list(_COMMENTS.finditer(text)):
        if is_directive_comment(m.group(0)):
            removed.append(m.group(0).strip())
        text = _blank(text, m.start(), m.end())
    for sentence in split_sentences(text, lines=True):
        if addresses_assistant(sentence.text):
            removed.append(sentence.text)
            text = _blank(text, sentence.start, sentence.end)
    if not removed and text == original:
        return original, []
    kept = [old if new == old else new.rstrip() if new.strip() else None
            for old, new in zip(original.split("\n"), text.split("\n"))]
    return "\n".join(line for line in kept if line is not None), removed
