"""Whether what is on the table is good for the user's side ("et c'est bien pour nous ou pas ?", "is that good for us?",
"c'est favorable pour moi ?"), asked after an answer on a quoted clause or after a clause drafted: a judgement for the
user's side, read from the clause library's versions — each figure placed between the other side's version and the
user's (with the value to ask for), and the version of the clause on the table named for whom it was written.
Used by the router (which question, on what) and by the answering tool (the lines); the wording is in prompts/chat.yaml."""

from __future__ import annotations

import re

from assistant.chat.state import ConversationState
from assistant.chat.tool_args import ToolCall
from assistant.chat.wording import figure_value, label, say
from assistant.text import fold

# "c'est bien pour nous ?", "c'est bon pour moi ça ?", "est-ce favorable pour nous", "is that good for us?", "is this ok for
# me or not?", "does that work in our favour?", "c'est dans notre intérêt ?"
_GOOD_FOR_US = re.compile(
    r"\b(?:c'est|c est|ca est|est-ce|est ce|ca reste|is (?:that|this|it)|does (?:that|this|it)|are (?:those|these|they))"
    r"(?: \w+)?? (?:(?:bien|bon|ok|favorable|protecteur|protectrice|avantageux|avantageuse|acceptable|jouable|good|fine|ok|"
    r"okay|favourable|favorable|acceptable|protective|safe|bad|mauvais|dangereux|dangerous)\b(?: \w+)?? "
    r"(?:pour (?:nous|moi)|for (?:us|me))|(?:in|dans) (?:our|my|notre|mon) (?:favou?r|interet|interest)|work (?:for|in) "
    r"(?:us|me|our favou?r))\b")
_SIDES = ("msp", "client")


def asks_good_for_us(low: str) -> bool:
    """True when the folded message asks whether what is on the table is good for the user's side (s27: or whether the
    user should push back, negotiate, accept or sign, `chat.act_own_move`)."""
    from assistant.chat.act_own_move import asks_own_move

    return bool(_GOOD_FOR_US.search(low)) or asks_own_move(low)


def judgement_calls(text: str, state: ConversationState) -> list[ToolCall] | None:
    """The answering call that judges, for the user's side, the figures of the text last asked about (a quoted clause) or
    the clause on the table; None when the message asks no such thing or nothing is there to judge."""
    from assistant.chat.slots import read_slots

    if state.side not in _SIDES or not asks_good_for_us(fold(text)):
        return None
    from assistant.chat.act_pasted import quoted
    from assistant.chat.term_verdict import stated_terms

    # s26: a term stated or quoted in the message itself ("responsabilité illimitée du prestataire, c'est bien pour nous
    # ?"): those words judged for the user's side (chat.term_verdict), ahead of what is on the table
    words = quoted(text) or stated_terms(text)
    if len(words.split()) >= 3:
        return [ToolCall("answer_question", {"question": text, "judge": True, "terms": words,
                                             "topic": read_slots(words).topic})]
    if state.clause is not None and state.last.tool in ("draft_clause", "revise_clause", "rephrase", "revise_contract"):
        return [ToolCall("answer_question", {"question": text, "topic": state.clause.topic, "on_clause": True,
                                             "judge": True})]
    if state.last.question:
        earlier = read_slots(state.last.question)
        terms = quoted(state.last.question)
        if earlier.figures or terms:
            # the figures of the text last asked about judged against the library's versions; a clause quoted there with
            # no figure ("« La responsabilité du Prestataire est illimitée. »") judged by its terms
            args = {"question": state.last.question, "focus": text, "judge": True,
                    "topic": state.last.topic or earlier.topic, "figures": earlier.figures}
            if terms:
                args["terms"] = terms
            return [ToolCall("answer_question", args)]
    return None


def figure_lines(figures: dict, state: ConversationState, values: dict) -> list[str]:
    """Each figure placed between the other side's version and the user's (`values`: position -> the library's figures
    for the stated scope)."""
    lang, mine = state.lang, state.side
    theirs = "client" if mine == "msp" else "msp"
    lines = []
    for slot, value in figures.items():
        m, t = values[mine].get(slot), values[theirs].get(slot)
        if any(isinstance(v, (str, bool)) or v is None for v in (m, t, value)) or m == t:
            continue
        share = (value - t) / (m - t)  # 0 at the other side's version, 1 at the user's
        key = "side_verdict.good" if share >= 1 else "side_verdict.leans_mine" if share >= 0.5 else "side_verdict.leans_theirs" if share > 0 \
            else "side_verdict.bad"
        name = label(lang, "figures", slot)
        lines.append("- " + say(lang, key, label=name[:1].upper() + name[1:], value=figure_value(slot, value, lang),
                                mine=say(lang, f"pos.{mine}"), theirs=say(lang, f"pos.{theirs}"),
                                mine_value=figure_value(slot, m, lang), theirs_value=figure_value(slot, t, lang)))
    return lines


def judgement(figures: dict, state: ConversationState) -> str | None:
    """The judgement for the user's side: the clause on the table's version when it is judged, then its figures (or the
    figures asked about) against the library's versions; None when there is nothing to judge."""
    from assistant.legal.drafting.slots import POSITIONS, values_from_scope

    lang, mine = state.lang, state.side
    if mine not in _SIDES:
        return None
    values = {p: values_from_scope(state.scope(), lang, p) for p in POSITIONS}
    lines = [say(lang, "side_verdict.head", side=say(lang, f"side_names.{mine}"))]
    if not figures and state.clause is not None:
        pos = state.clause.position
        lines.append(say(lang, "side_verdict.version_mine" if pos == mine else "side_verdict.version_balanced" if pos == "balanced" else
                         "side_verdict.version_theirs", mine=say(lang, f"pos.{mine}"),
                         other=say(lang, f"side_names.{'client' if mine == 'msp' else 'msp'}")))
        figures = {**{k: v for k, v in values[pos].items() if k in state.clause.overrides or _figure_of(k, state.clause.topic)},
                   **state.clause.overrides}
    lines += figure_lines(figures, state, values)
    return "\n".join(lines) if len(lines) > 1 else None


def _figure_of(slot: str, topic: str) -> bool:
    from assistant.chat.slot_figure_cues import figure_topic

    return figure_topic(slot) == topic
