"""The regular act reader: the families of rules that read what a message is (a question, a term to
explain, a clause or a contract to draft, a figure to set, a scope change…) from its wording, its slots and what
is on the table. The message is read once (`chat.act_context.ActContext`), then the families decide in this order,
the first act read winning: how the message opens the turn (`chat.act_opening`), texts and documents
(`chat.act_texts`), changes to what is on the table (`chat.act_table`), work asked (`chat.act_work`), and what the
message asks or states of its content (`chat.act_content`, which always reads an act). Their cues are in
`chat.act_requests` and `chat.act_questions`, quoted and pasted text in `chat.act_pasted`; `chat.acts` wraps it."""

from __future__ import annotations

import re

from assistant.chat import act_content, act_counter, act_intro, act_opening, act_own_move, claim_check, provider_access, act_reply, act_table, act_texts, act_work, contract_article
from assistant.chat.act_catalogue import Understood
from assistant.chat.act_context import ActContext, _has_table
from assistant.chat.act_opening import _two_terms_compared
from assistant.chat.act_questions import _INDIRECT, _QUESTION_WORDS, _asks_at_end
from assistant.chat.act_requests import (NEED_ASKED, _CLEFT_FACT, _EARLIER_THING, _IT_IS, _IT_IS_FACT, _POLITE_ACTION, _POLITE_REQUEST,
                                         _WE_CAN, _draft_asked, _validity_asked)
from assistant.chat.intent import _REPORTED, detect_intent
from assistant.chat.slot_topics import clause_topic
from assistant.chat.slots import Slots
from assistant.chat.state import ConversationState
from assistant.text import fold

__all__ = ["_classify", "_has_table", "_two_terms_compared"]

# s26: a counter-proposal, a refusal or an objection asked on the clause on the table is read first (act_counter); what an
# article of the contract in progress says, asked, is read right after how the message opens; s27: an introduction that
# asks leave to ask (act_intro) before how the message opens, and the user's own move asked on terms they describe
# (act_own_move: "should we push back?"), the provider's access to the client's machines told (provider_access) and a claim
# of the other side's shield checked (claim_check) right after
_FAMILIES = (act_counter.decide, act_intro.decide, act_opening.decide, act_own_move.decide, provider_access.decide,
             claim_check.decide, contract_article.decide, act_reply.decide, act_texts.decide,
             act_table.decide, act_work.decide)


# s32: whether the user's side may offer the other something else ("on peut proposer juste un questionnaire ?", "could we
# offer a yearly report instead?"): a question on the negotiation, no text ordered — unless a text is what is offered
_MAY_WE_OFFER = re.compile(r"\b(?:on peut|on pourrait|peut-on|pourrait-on|est-ce qu'on (?:peut|pourrait)|je peux|je pourrais|"
                           r"can we|could we|may we|should we|can i|could i)\s+(?:leur |lui |them |him |her )?(?:plutot |juste |"
                           r"seulement |just |only |instead )?(?:proposer|suggerer|offrir|opposer|propose|suggest|offer|counter with)\b")
_A_TEXT = re.compile(r"\b(?:clauses?|versions?|textes?|text|redaction|wording|articles?|drafts?|contre-propositions?|"
                     r"counter-?proposals?|contrats?|contracts?|annexes?|schedules?)\b")


# s35: a contract offered to the user by a third party ("une société informatique nous propose un contrat de maintenance",
# "le presta nous a proposé son contrat"): what the other side proposes, no order to draft (the user's "tu nous proposes…?",
# "proposez-nous…" stay orders)
_OFFERED_TO_US = re.compile(r"(?<!\btu )(?<!\bvous )(?<!\btu )\bnous (?:propose|proposent|a propose|ont propose|soumet|soumettent)\b")


def _classify(text: str, slots: Slots, state: ConversationState) -> Understood:
    low = fold(text).strip()
    low = re.sub(r"^((ok|okay|merci|thanks|thank you|d'accord|dac|super|parfait|cool|great|bien|tres bien|ah|oh|"
                 r"hmm|euh|bon|alors)[ ,.!]+)+", "", low).strip() or low
    words = low.split()
    table_topic = state.clause.topic if state.clause else None
    topic = slots.topic or table_topic or state.last.topic
    if _EARLIER_THING.search(low) and len(words) <= 14 and not (slots.topic or slots.term or slots.figures or
                                                                slots.figure_named or slots.has_scope_change()):
        return Understood(act="clarify", slots=slots)  # "et le truc dont on parlait hier ?": nothing here says what it is
    asks = bool(_QUESTION_WORDS.search(low) or _INDIRECT.search(low) or _asks_at_end(low)) and not re.search(
        r"[,.;]\s*(tu peux|tu pourrais|vous pouvez|vous pourriez|can you|could you|can u|possible)( stp| svp| please| pls)?"
        r"\s*\?*\s*$", low) and not (
        (_POLITE_REQUEST.search(low) or _has_table(state) and _WE_CAN.search(low)) and _POLITE_ACTION.search(low[:60]) or
        _has_table(state) and _WE_CAN.search(low) and slots.figures and len(low.split()) <= 8) and not _IT_IS.match(low) \
        and not (slots.facts and (_IT_IS_FACT.match(low) or _CLEFT_FACT.match(low)))
    base = detect_intent(text, has_draft=_has_table(state))
    # (s24: what the other side proposes — "notre ex-prestataire propose de clore le litige avec 8000 euros" — is
    # reported, no order to draft)
    # (s27: "est-ce qu'il nous faut un contrat de sous-traitance si… ?", "do we even need a DPA?": whether one is needed)
    drafting = _draft_asked(_OFFERED_TO_US.sub(" ", _REPORTED.sub(" ", low))) and not _validity_asked(low, asks) and not (asks and NEED_ASKED.search(low)) \
        and not (asks and _MAY_WE_OFFER.search(low) and not _A_TEXT.search(low))
    # the subject of the last answer, or of the question it answered ("rédige-la", "fais-moi une contre-proposition")
    last_topic = state.last.topic or (clause_topic(state.last.question) if state.last.question else None)
    c = ActContext(text=text, slots=slots, state=state, low=low, words=words, table_topic=table_topic, topic=topic,
                   asks=asks, base=base, drafting=drafting, last_topic=last_topic)
    for decide in _FAMILIES:
        understood = decide(c)
        if understood is not None:
            return understood
    return act_content.decide(c)  # what the message asks or states of its content; a plain question at the end
