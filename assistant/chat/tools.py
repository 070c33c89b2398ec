"""One tool layer over the legal engines, shared by the offline router and the model's tool calls. Each tool has a
typed input (`chat.tool_args`), reads the conversation state and is the only place that changes it. `Toolbox` wires
the tool families together — answers (`chat.tool_answers`), one clause (`chat.tool_clauses`), the figures on the
table (`chat.tool_figures`), the contract in progress (`chat.tool_contract`), documents and reviews
(`chat.tool_documents`) — holds what they share and dispatches a call; the scope facts are updated here."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from assistant.chat.clause_edits import hours_text
from assistant.chat.state import ConversationState
from assistant.chat.tool_answers import AnswerTools
from assistant.chat.tool_args import TOOLS, ToolCall, ToolError, ToolOutput, UpdateScope
from assistant.chat.tool_clauses import ClauseTools
from assistant.chat.tool_contract import ContractTools
from assistant.chat.tool_documents import DocumentTools
from assistant.chat.tool_figures import FigureTools
from assistant.chat.wording import counted, fact_text, join, label, say, say_move
from assistant.knowledge.taxonomy import load_taxonomy


# French past participles agree with the item: "la sauvegarde retirée", "les imprimantes ajoutées"
_FEMININE_PLURALS = ("les imprimantes", "les applications")


def _agreement(names: list[str], lang: str) -> str:
    if lang == "en":
        return ""
    fem = [n.startswith("la ") or n.startswith(_FEMININE_PLURALS) for n in names]
    if len(names) > 1:
        return "_f" if all(fem) else ""
    if names[0].startswith("les "):
        return "_fpl" if fem[0] else "_pl"
    return "_f" if fem[0] else ""


# -- the toolbox ----------------------------------------------------------------------------------
class Toolbox(AnswerTools, ClauseTools, FigureTools, ContractTools, DocumentTools):
    """The tools wired together: the state they share, the dispatch of a call to its tool, the scope facts."""

    def __init__(self, *, entries, retriever, composer, export_dir: Path | str, kb_dir: Path | None = None,
                 precedents: Callable[[], Any] | None = None) -> None:
        self.precedents = precedents  # the user's clause banks (built on first use), None without them
        self.entries = tuple(entries)
        self.retriever = retriever
        self.composer = composer
        self.export_dir = Path(export_dir)
        self.kb_dir = kb_dir
        self.tax = load_taxonomy()
        self._by_id = {e.id: e for e in self.entries}
        self.topics = [t for t in self.tax.topic_ids if any(e.id.startswith(f"clause.{t}.") for e in self.entries)]

    # -- dispatch ----------------------------------------------------------------------------------
    def run(self, call: ToolCall, state: ConversationState, *, owner: str = "") -> ToolOutput:
        model = TOOLS.get(call.name)
        if model is None:
            raise ToolError(f"unknown tool {call.name}")
        args = model.model_validate(call.args or {})
        fn: Callable[..., ToolOutput] = getattr(self, f"_{call.name}")
        return fn(args, state, owner=owner)

    def topic_name(self, topic: str, lang: str) -> str:
        try:
            return self.tax.topic(topic).name(lang)
        except (KeyError, ValueError, AttributeError):
            return topic.replace("_", " ")

    def _check_topic(self, topic: str | None) -> str | None:
        if topic is None:
            return None
        if topic not in self.topics:
            raise ToolError(f"unknown clause topic {topic}")
        return topic

    # -- facts --------------------------------------------------------------------------------------
    def _update_scope(self, a: UpdateScope, state: ConversationState, **_) -> ToolOutput:
        lang = state.lang
        said: list[str] = []
        if a.side and a.side != state.side:
            state.side = a.side
            said.append(say(lang, "side_set", side=say(lang, f"side_names.{a.side}")))
        for name, value in a.facts.model_dump(exclude_none=True).items():
            if name in a.inferred:  # s26: read from the client's trade: never over a fact said, said as an inference
                # (s27: the provider's access reaching the machines outweighs an earlier denial of personal data read
                # from what it never touches: "we never open their patient software")
                if name not in state.stated() or a.inferred_from == "access" and state.fact(name) is False:
                    again = name in state.inferred() and state.fact(name) == value  # s28: said once, not at each turn
                    state.set_fact(name, value, "inferred")
                    if not again:
                        said.append(say(lang, "fact_inferred", fact=fact_text(name, value, lang))
                                    if a.inferred_from == "trade" else
                                    say_move(lang, "access.fact_inferred", fact=fact_text(name, value, lang)))
                continue
            state.set_fact(name, value)
            if name == "hours" and a.hours_said and a.hours_said.end > a.hours_said.start:  # the hours as given
                days, times = hours_text(a.hours_said.model_dump(mode="json"), lang).split(", ")[:2] if lang == "en" \
                    else (hours_text(a.hours_said.model_dump(mode="json"), lang).split(",")[0], "")
                said.append(f"horaires {days}" if lang == "fr" else f"hours {days} {times}")
            else:
                said.append(fact_text(name, value, lang))
        if a.facts.hours is not None:  # the hours restated: as said this time, or the usual ones of that kind
            state.hours_said = a.hours_said.model_dump(mode="json") if a.hours_said and a.hours_said.end > \
                a.hours_said.start else None
        for said_cond in a.conditions:  # s25: kept with the clause it belongs to, never applied
            from assistant.chat.said_conditions import condition_topic

            topic = condition_topic(said_cond) or (state.clause.topic if state.clause is not None else None)
            if topic and not any(c.get("said") == said_cond for c in state.conditions):
                state.conditions.append({"said": said_cond, "topic": topic})
        for thing in a.exclusions:  # s29: a thing kept out of the provider's hands, written in the scope clause
            if not any(c.get("said") == thing and c.get("kind") == "excluded" for c in state.conditions):
                state.conditions.append({"said": thing, "topic": "scope", "kind": "excluded"})
            said.append(say(lang, "excluded_thing", what=f"« {thing} »" if lang == "fr" else f"\u201c{thing}\u201d"))
        if a.deal_figures:
            state.deal_figures.update(a.deal_figures)
        if a.personal_data_of:
            state.data_kinds = list(dict.fromkeys(state.data_kinds + list(a.personal_data_of)))
            if a.facts.personal_data is None:
                state.set_fact("personal_data", True)
        scope = state.scope()
        services = list(scope.services)
        added = [s for s in a.add_services if s not in services]
        removed = list(dict.fromkeys(a.remove_services))
        if a.add_services or a.remove_services:
            services = [s for s in services if s not in a.remove_services] + added
            if not services:
                raise ToolError("the scope would have no service left")
            if services != list(scope.services):  # s26: services named that the defaults hold already are no scope stated
                state.set_fact("services", services)
        assets = list(scope.assets)
        a_added = [x for x in a.add_assets if x not in assets]
        a_removed = [x for x in a.remove_assets if x in assets]
        if a.add_assets or a.remove_assets:
            assets = [x for x in assets if x not in a.remove_assets] + a_added
            if assets:
                state.set_fact("assets", assets)
        for group, items, verb in (("services", added, "added"), ("assets", a_added, "added"),
                                   ("services", removed, "removed"), ("assets", a_removed, "removed")):
            if items:
                names = [label(lang, group, i) for i in items]
                key = (f"{verb}_one" if len(items) == 1 else f"{verb}_many") + _agreement(names, lang)
                said.append(say(lang, key, item=names[0], items=join(names, lang)))
        restated = not said and (a.side is not None or a.deal_figures) and not a.facts.model_dump(exclude_none=True) and not (
            a.add_services or a.remove_services or a.add_assets or a.remove_assets)
        # (s26: the deal's figures a quoted clause reports are kept silently — "no specific fact" would deny the quote)
        text = say(lang, "facts_head", facts=join(said, lang)) if said else ("" if restated else say(lang, "facts_none"))
        out = ToolOutput("update_scope", text[:1].upper() + text[1:] if text else "")
        if state.contract is not None and said:
            built = self.build(state)
            out.text += " " + say(lang, "contract_updated", n_articles=counted(len(built.sections), "article", lang),
                                  n_annexes=counted(len(built.annexes), "annex", lang))
            if "hosting" in a.remove_services:
                out.text += " " + say(lang, "hosting_out")
            out.extra["contract"] = built
        return out
