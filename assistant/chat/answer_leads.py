"""The first words of an answer when the message itself settles its verdict (s27, issue 14): a fact that changes the
answer to the question on the table (the provider's access to the client's machines: a processor, `chat.provider_access`)
or a claim of the other side checked (`chat.claim_check`), with or without a fact added on a follow-up. Each lead is a
line of prompts/chat_moves.yaml, cited to the knowledge-base entries that state its rule; the answer found for the
question follows it."""

from __future__ import annotations

from assistant.chat.composed import cite
from assistant.chat.wording import say_move
from assistant.legal.drafting.clause import citations_for
from assistant.types import Citation

# lead -> (catalogue key, the entries its rule rests on, without their language)
LEADS = {
    "access_msp": ("access.consequence_msp", ("gdpr.roles", "gdpr.art28_3")),
    "access_client": ("access.consequence_client", ("gdpr.roles", "gdpr.art28_3")),
    "claim_means": ("claim.verdict_means", ("card.means_obligation_who_proves", "card.means_vs_result_difference")),
    "claim_means_fact": ("claim.verdict_means_fact", ("card.means_obligation_who_proves", "card.late_performance_remedies")),
    "claim_fines": ("claim.verdict_fines", ("gdpr.art83_fines", "gdpr.art82_liability")),
    "claim_fines_fact": ("claim.verdict_fines_fact", ("gdpr.art83_fines", "gdpr.art82_liability")),
}


def lead_part(entries, by_id: dict, lead: str, lang: str, **kw) -> tuple[str, list[Citation]]:
    """The lead's line, cited to the entries of its rule found in the knowledge base; ("", []) for an unknown lead."""
    if lead not in LEADS:
        return "", []
    key, bases = LEADS[lead]
    ids = [f"{b}.{lang}" for b in bases if f"{b}.{lang}" in by_id]
    opening = kw.pop("opening", "")
    text = say_move(lang, key, **kw)
    if opening:  # "Oui, dans ce cas : avec un accès…"
        text = f"{opening} {text[:1].lower()}{text[1:]}"
    return (cite(text, 1) if ids else text), (citations_for(entries, ids[:1]) if ids else [])
