"""A claim of the other side that it is shielded, checked (s27, issue 14): "mon prestataire soutient que l'obligation de
moyens le met à l'abri de tout, il a raison ?", "the MSP says GDPR fines can't touch them as a processor, true?" — then a
fact added on a follow-up: "même s'il n'a jamais fait les sauvegardes prévues ?", "even if they skipped the patching the
contract lists?".

The claim is read as a situation: the other party's words reported ("il dit que", "soutient que", "the MSP says",
"keeps saying"), a shield claimed in them — an obligation of means that covers everything, a processor out of reach of
fines — and a closing question that only asks whether it holds ("il a raison ?", "c'est vrai ?", "right?", "true?"). The
answer opens with the verdict on the claim (no, with why and the article: `chat.answer_leads`), the answer found for the
question after it. A follow-up that adds a fact to the claim ("même si…", "even if…": a task the contract set, not done)
re-judges the claim with that fact — a missed agreed task is a fault even under an obligation of means (C. civ. 1231-1),
one of the processor's own breaches (GDPR 28, 32, 83) — never the same answer again. Other claims keep their readings
(`chat.claims`: the contract's silence)."""

from __future__ import annotations

import re

from assistant.chat.claims import _HOLDS, _REPORTED, _asked
from assistant.text import fold

# the other side's words reported: claims' connectives, and "keeps saying", "me dit que", "prétend qu'"
_SAID = re.compile(_REPORTED.pattern + r"|\b(?:keeps? (?:saying|telling us|insisting)|(?:me|nous) (?:dit|disent|repete\w*|assure\w*)|"
                   r"(?:dit|disent|pretend\w*|soutien\w*|affirme\w*|assure\w*|explique\w*) qu|(?:says?|said|claims?|told us|"
                   r"insists?|argues?|maintains?) (?:that )?)")
# the shield of an obligation of means: it covers everything, no liability ever
_MEANS = re.compile(r"\b(?:obligations? de moyens?|best[- ]efforts?|obligations? of means|means obligations?|reasonable efforts?|"
                    r"only (?:owes?|has) (?:a |an )?(?:duty|obligation) of (?:means|care))\b")
_SHIELD = re.compile(r"\b(?:(?:a l'abri|protege\w*|couvre\w*|exonere\w*|dispense\w*|libere\w*|decharge\w*)\b[^.?!]{0,30}?\b(?:de )?"
                     r"(?:tout|toute|tous|rien|quoi que ce soit|responsabilit\w*)|(?:jamais|aucunement|pas) (?:etre )?"
                     r"(?:tenu|responsable|condamne\w*|poursuivi\w*)|(?:n'est|ne sera|ne peut (?:pas |jamais )?etre) (?:jamais |tenu |"
                     r"pas )*(?:responsable|tenu|condamne)|aucune responsabilit\w*|irresponsable|"
                     r"(?:never|not|can'?t|cannot|can never|won'?t) (?:ever )?(?:be )?(?:held )?(?:liable|responsible|sued|blamed)|"
                     r"(?:covers?|protects?|shields?) (?:it|them|him|us)? ?(?:from|against)? ?(?:everything|anything|all|any (?:claim|"
                     r"liability))|no liability|off the hook|nothing to fear)\b")
# the shield of a processor: no fine, no sanction can reach it
_FINES = re.compile(r"\b(?:amendes?|sanction\w*|cnil|fines?|fined|penalt(?:y|ies)|regulators?|supervisory authority|ico)\b")
_IMMUNE = re.compile(r"\b(?:can'?t|cannot|can not|won'?t|will not|could not|couldn'?t|never|no)\b[^.?!]{0,25}?\b(?:touch|reach|apply|"
                     r"hit|fine|be fined|sanction|fines?)\b|\b(?:ne (?:risque|risquons|risquent|risquez)|ne peu\w* (?:pas|jamais) "
                     r"(?:etre |nous |les |le |lui )?(?:sanctionn|condamn|vis|touch|infliger)\w*|(?:aucune?|pas d'|pas de|jamais d')"
                     r"(?: \w+)? ?(?:amendes?|sanctions?|risques?)|(?:immune|exempt\w*|a l'abri|protege\w*)\b)|"
                     r"\b(?:only|seul) (?:the )?(?:controller|responsable)\b")
_PROCESSOR = re.compile(r"\b(?:processors?|sous-traitants?|sous traitants?|msp|prestataire|presta|provider|infogerant)\b")
# the fact a follow-up adds: "même si / even if" and a task the contract set, not done
_EVEN_IF = re.compile(r"^\W*(?:(?:et|and|mais|but|ok|bon)\W+)?(?:meme s'?i?l?s?|meme si|even if|even though|what if|et si|"
                      r"and if|et s'?il|et s'?ils|si jamais)\b")
_NOT_DONE = re.compile(r"\b(?:n'a (?:jamais|pas|meme pas|rien)|n'ont (?:jamais|pas|meme pas|rien)|ne (?:fait|font|faisait|faisaient) "
                       r"(?:jamais|pas)|never (?:did|does|do|done|ran|run|applied|made)|didn'?t (?:do|run|apply|make|carry out|"
                       r"perform)|skipped|missed|failed to (?:do|run|apply|make|perform|carry out)|haven'?t (?:done|run|applied)|"
                       r"hasn'?t (?:done|run|applied)|oublie\w*|saute\w*|zappe\w*|neglige\w*|ignore\w*)"
                       r"(?: (?:fait|faites|effectue\w*|realise\w*|applique\w*|installe\w*|lance\w*))?\s+"
                       r"(?P<task>[^?.!]{3,80})")


def claim_kind(text: str) -> str | None:
    """'means' or 'fines' when the message reports the other side's claim of that shield and asks whether it holds."""
    low = fold(text)
    asked = _asked(low)
    if len(asked.split()) > 10 or not (_HOLDS.search(asked) or re.search(r"\b(?:right|true|vrai|exact|raison)\W*$", low)):
        return None
    m = _SAID.search(low)
    if m is None:
        return None
    claim = low[m.start():]
    if _MEANS.search(claim) and _SHIELD.search(claim):
        return "means"
    if _FINES.search(claim) and _IMMUNE.search(claim) and _PROCESSOR.search(low):
        return "fines"
    return None


def task_not_done(text: str) -> str | None:
    """The words of the task a follow-up says was not done ("les sauvegardes prévues au contrat"), or None."""
    low = fold(text)
    if not _EVEN_IF.match(low) or len(low.split()) > 30:
        return None
    m = _NOT_DONE.search(low)
    if m is None:
        return None
    start, end = m.span("task")
    return text[start:end].strip(" ,;:") if len(text) == len(low) else m.group("task").strip(" ,;:")


def decide(c) -> object | None:
    """The family of the act readers (`chat.act_rules`): a claim of a shield checked is a question read on purpose; a fact
    added to the claim last checked is a follow-up on it. None otherwise."""
    if c.state.awaiting() or c.drafting:
        return None
    kind = claim_kind(c.text)
    if kind is not None:
        return c.u("question", topic="liability" if kind == "means" else "data_protection", firm=True)
    last = c.state.last
    if last.question and last.act in ("question", "follow_up") and claim_kind(last.question) and task_not_done(c.text):
        return c.u("follow_up", topic=last.topic, firm=True)
    return None


def claim_calls(text: str, state) -> list | None:
    """The answering call with the claim's verdict first, or None when the message checks no claim."""
    from assistant.chat.tool_args import ToolCall
    from assistant.chat.wording import say_move

    kind = claim_kind(text)
    if kind is not None:
        return [ToolCall("answer_question", {"question": f"{text} {say_move(state.lang, f'claim.query_{kind}')}",
                                             "topic": "liability" if kind == "means" else "data_protection",
                                             "lead": f"claim_{kind}"})]
    last = state.last
    task = task_not_done(text)
    earlier = claim_kind(last.question) if last.question and task else None
    if earlier is None:
        return None
    return [ToolCall("answer_question", {"question": f"{text} {say_move(state.lang, f'claim.query_{earlier}_fact')}",
                                         "topic": last.topic,
                                         "lead": f"claim_{earlier}_fact",
                                         "lead_words": {"task": task or say_move(state.lang, "claim.task_default")}})]
