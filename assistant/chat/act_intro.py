"""An introduction that asks leave to ask (s27, issue 14): "bonjour, on est un cabinet de 18 personnes sur 2 bureaux,
notre prestataire nous envoie son contrat, je peux vous poser quelques questions ?", "Hi, I run a small MSP, the client
sent back our agreement, can I ask you a few things?".

The only thing asked is leave to ask ("je peux vous poser des questions ?", "puis-je vous demander votre avis ?", "can I
ask you a few things?", "mind if I ask some questions?"); the rest introduces the user — facts of the deal (staff,
sites), their side, or the document they hold. That is a fact stated (`state_fact`, read on purpose): the facts noted,
then an invitation to ask or to paste the clause — never an answer on a subject nobody asked (a search on the
introduction's own words finds unrelated law). The invitation's wording is in prompts/chat_moves.yaml (intro.*)."""

from __future__ import annotations

import re

from assistant.chat.act_catalogue import Understood
from assistant.chat.act_context import ActContext

# leave to ask, asked: the object is questions, advice or help in general, never a subject
_LEAVE = re.compile(
    r"(?:^|[,.;:!?]\s*|\b(?:et|and|so|alors|donc)\s+)(?:est-ce que |est ce que )?"
    r"(?:je peux|j'peux|puis-je|on peut|peut-on|pourrais-je|je pourrais|est-ce qu'on peut|(?:can|could|may) (?:i|we)|"
    r"(?:would you )?mind if (?:i|we)|is it ok if (?:i|we)|ok if (?:i|we))\s+"
    r"(?:vous |te )?(?:poser|demander|ask|run|put)(?: (?:you|vous|te))?\s+"
    r"(?:(?:quelques|des|plusieurs|une ou deux|deux ou trois|2-3|2 ou 3|1 ou 2|a few|some|several|one or two|a couple of|"
    r"a couple|few|votre avis sur quelques|ton avis sur quelques|votre avis sur|ton avis sur|your (?:advice|opinion) on)\s+)?"
    r"(?:(?:petites |courtes |rapides |quick |short |small )?(?:questions?|things?|points?|conseils?|avis|q'?s)|"
    r"(?:votre|ton) avis|your (?:advice|opinion|view))"
    r"(?:\s+(?:about|on|regarding|sur|a ce sujet|a propos|dessus|about it|about that|on it|la-dessus|concernant))?"
    r"(?:\s+(?:it|this|that|ca|le contrat|this contract|the contract|celui-ci|them))?\s*[?!.]*\s*$|"
    r"(?:^|[,.;:!?]\s*)(?:j'aurais|j'ai|on aurait|on a|nous aurions|i(?:'d| would)? have|we(?:'d| would)? have|i'?ve got|"
    r"we'?ve got)\s+(?:quelques|des|plusieurs|a few|some|several|a couple of)\s+(?:petites |quick )?questions?"
    r"(?:\s+(?:a (?:vous |te )?poser|for you|to ask(?: you)?))?\s*[?!.]*\s*$|"
    r"(?:^|[,.;:!?]\s*)(?:(?:vous pouvez|pouvez-vous|tu peux|peux-tu|can you|could you)\s+(?:m'|nous |me |us )?(?:aider|help)"
    r"(?:\s+(?:me|us))?(?:\s+(?:with it|with this|with that|dessus|la-dessus|a y voir clair))?)\s*[?!.]*\s*$")
# what the user holds: a document received or to sign
_DOCUMENT = re.compile(r"\b(?:contrat|contract|agreement|msa|dpa|annexe|annex|sla|proposition|offre|devis|proposal|quote|"
                       r"conditions generales|terms)\b")
# anything else asked in the introduction (a question of its own) keeps its own reading
_OTHER_ASK = re.compile(r"\?|\b(?:est-ce que|est-ce qu|c'est (?:normal|grave|legal|ok)|is (?:it|that|this) (?:normal|ok|legal)|"
                        r"should (?:we|i)|faut-il|dois-je|doit-on)\b")


def asks_leave(low: str) -> bool:
    """True when the folded message ends by asking leave to ask (questions, advice, help), and asks nothing else."""
    m = _LEAVE.search(low)
    if m is None:
        return False
    return not _OTHER_ASK.search(low[:m.start()])


def decide(c: ActContext) -> Understood | None:
    """An introduction that asks leave to ask: a fact stated, read on purpose, with the invitation to ask (`invite`);
    None when the message asks anything else, or introduces nothing (no fact, no side, no document held)."""
    slots = c.slots
    if not asks_leave(c.low) or len(c.words) > 80 or c.state.awaiting():
        return None
    if not (slots.facts or slots.side or _DOCUMENT.search(c.low) or slots.has_scope_change()):
        return None
    slots.add_services, slots.add_assets, slots.remove_services, slots.remove_assets = [], [], [], []
    return c.u("state_fact", topic=None, firm=True, invite=True)


def holds_document(low: str) -> bool:
    """The introduction names a document the user holds (a contract, a DPA, an offer)."""
    return bool(_DOCUMENT.search(low))


_KINDS = (("dpa", re.compile(r"\b(?:dpa|annexe rgpd|annexe de sous-traitance|data processing (?:agreement|addendum)|"
                             r"accord de sous-traitance)\b")),
          ("sla", re.compile(r"\b(?:sla|niveaux? de service|service levels?)\b")),
          ("offer", re.compile(r"\b(?:proposition|offre|devis|proposal|quote)\b")),
          ("contract", _DOCUMENT))


def invitation(text: str, lang: str) -> str:
    """The reply to an introduction after its facts are noted: the document held, then an invitation to ask."""
    from assistant.chat.wording import say_move
    from assistant.text import fold

    low = fold(text)
    kind = next((k for k, rx in _KINDS if rx.search(low)), None)
    parts = [say_move(lang, "intro.document", document=say_move(lang, f"intro.documents.{kind}"))] if kind else []
    parts.append(say_move(lang, "intro.invite"))
    return " ".join(parts)
