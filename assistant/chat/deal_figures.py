"""Figures of the deal the user reports while asking about it ("the MSP quote says 'availability 99.9%' — how is that
measured?", "notre AMO a écrit dans le CCAP : « plafonnées à 5 % »"): no clause is asked for, but they are the deal's
figures, kept in the state (`ConversationState.deal_figures`, through `update_scope`). A clause or contract drafted later
starts from one of them only where it does not weaken the version drafted: at least as protective of the drafted side as
the library's version for that side (balanced: between the two sides' versions) — the other side's weak figure, quoted to
be judged, never slips into the user's version. Hypotheses ("et si la dispo passe à 98 % ?") and figures merely asked
about ("99.5 %, c'est normal ?") are no report."""

from __future__ import annotations

import re

from assistant.chat.act_pasted import quoted
from assistant.chat.tool_args import ToolCall
from assistant.text import fold

# "the quote says", "leur devis prévoit", "their draft has", "le CCAP indique", "our contract sets", "ils proposent"
_REPORTED = re.compile(
    r"\b(?:quote|quotation|proposal|offer|draft|contract|agreement|terms|devis|offre|proposition|contrat|projet|ccap|cctp|"
    r"cgv?|conditions generales|sla)\b[^.;?!]{0,25}\b(?:says?|said|states?|has|have|sets?|provides?|promises?|offers?|"
    r"mentions?|dit|disait|prevoit|indique|stipule|fixe|mentionne|promet|annonce|propose|affiche|a ecrit|ecrit)\b|"
    r"\b(?:they|il|ils|le prestataire|le presta|the (?:msp|provider|supplier|vendor))\b[^.;?!]{0,15}\b(?:offer|promise|propose|"
    r"quote|proposent|promettent|annoncent|garantissent|guarantee)\w*\b")
_HYPOTHESIS = re.compile(r"^\W*(?:et |and |mais |but )?(?:si|s'il|s'ils|if|what if|suppose|imagine|meme si|even if)\b")
_ASKING_ACTS = ("question", "explain_term", "review", "follow_up", "state_fact")


def reported_figures(text: str, act: str, figures: dict) -> dict:
    """The figures a message reports from the deal's documents (none when it sets, drafts, or only supposes them)."""
    low = fold(text)
    if not figures or act not in _ASKING_ACTS or _HYPOTHESIS.match(low):
        return {}
    if _REPORTED.search(low) or quoted(text):
        return {k: v for k, v in figures.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    return {}


def note_reported(calls: list[ToolCall], act: str, figures: dict, text: str) -> None:
    """The reported figures added to the turn's `update_scope` call (one made when there is none)."""
    found = reported_figures(text, act, figures)
    if not found:
        return
    scope = next((c for c in calls if c.name == "update_scope" and isinstance(c.args, dict)), None)
    if scope is None:
        calls.insert(0, ToolCall("update_scope", {"deal_figures": found}))
    else:
        scope.args["deal_figures"] = {**(scope.args.get("deal_figures") or {}), **found}


def kept_for(position: str, topic: str | None, state) -> dict:
    """The deal's figures a version drafted at `position` starts from (of `topic` only when one is given): those at least
    as protective of that side as the library's version for it (balanced: between the two sides' versions)."""
    from assistant.chat.slot_figure_cues import figure_topic
    from assistant.legal.drafting.slots import values_from_scope

    if not state.deal_figures:
        return {}
    values = {p: values_from_scope(state.scope(), state.lang, p) for p in ("msp", "balanced", "client")}
    out = {}
    for slot, value in state.deal_figures.items():
        if topic is not None and figure_topic(slot) != topic:
            continue
        m, c = values["msp"].get(slot), values["client"].get(slot)
        if any(isinstance(v, (str, bool)) or v is None for v in (m, c)) or m == c:
            continue
        if position == "balanced":
            keep = min(m, c) <= value <= max(m, c)
        else:
            mine, theirs = (m, c) if position == "msp" else (c, m)
            keep = (value - theirs) / (mine - theirs) >= 1
        if keep:
            out[slot] = value
    return out
