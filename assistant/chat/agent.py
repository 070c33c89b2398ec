"""The model route: the configured chat model sees the tools (LangChain `bind_tools`), chooses
them, and writes the reply from their results; the state changes only through the tools. A
model that cannot call tools keeps the grounded-answer path for questions, and the offline
router handles actions."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

import yaml
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage

from assistant.chat.citations import NOTICE, Sources, verify
from assistant.chat.intent import Intent
from assistant.chat.llm import LLMUnavailable, to_messages
from assistant.chat.prompting import PromptTooLarge, build_answer_prompt, leaks_prompt
from assistant.chat.tool_args import ToolCall, ToolOutput, combine, tool_schemas
from assistant.paths import PROMPTS_DIR

if TYPE_CHECKING:
    from assistant.chat.state import ConversationState

log = logging.getLogger("clausier.chat")
ANSWER_ACTS = ("question", "explain_term", "follow_up", "obligations", "out_of_scope", "clarify")
MAX_ROUNDS = 3
LANG_NAME = {"fr": "French", "en": "English"}
UNCITED = {"fr": "⚠️ La réponse du modèle ne s'appuyait pas sur les résultats des outils : voici ces résultats.",
           "en": "⚠️ The model's reply did not rest on the tools' results: here are those results."}


@lru_cache(maxsize=1)
def _prompt() -> dict:
    return yaml.safe_load((PROMPTS_DIR / "agent.yaml").read_text(encoding="utf-8"))


class Agent:
    def __init__(self, engine) -> None:
        self.engine = engine
        self._tools_ok: bool | None = None

    @property
    def llm(self):
        return self.engine.llm

    def can_call_tools(self) -> bool:
        if self._tools_ok is None:
            try:
                self.llm.model.bind_tools(tool_schemas()[:1])
                self._tools_ok = True
            except (NotImplementedError, AttributeError, TypeError):
                self._tools_ok = False
        return self._tools_ok

    # -- one turn ----------------------------------------------------------------------------
    def turn(self, text: str, state: "ConversationState", understood, *, history, on_token, owner: str = ""):
        """(answer, tool outputs, act); answer None hands the turn to the offline router."""
        act = understood.act
        if act in ("out_of_scope", "clarify"):
            return None, [], act
        asks = act in ANSWER_ACTS and not (act == "follow_up" and state.last.tool not in ("answer_question", ""))
        if not self.can_call_tools():
            if not asks or act in ("obligations", "explain_term"):
                return None, [], act
            return self._grounded(text, state, understood, history=history, on_token=on_token, owner=owner)
        engine = self.engine
        lang = state.lang
        results = engine._retrieve(text, Intent("question", term=understood.term), lang=lang, owner=owner)
        relevant = engine.composer.relevant(results)
        relevant = relevant + engine.composer.subject_sources(text, relevant, lang=lang)  # s24: same rules as offline
        try:
            built = build_answer_prompt(question=text, results=relevant, history=history[-12:], lang=lang,
                                        side=state.side, budget=engine.budget, model=engine.model_name)
        except PromptTooLarge:
            return None, [], act
        messages = to_messages(built.messages)
        messages[0] = SystemMessage(content=f"{messages[0].content}\n\n{_prompt()['tools']}")
        block = _prompt()["state"].format(state=json.dumps(
            {**_state_view(state), "message": text, "memory": state.model_dump(mode="json")}, ensure_ascii=False))
        messages[-1] = HumanMessage(content=f"{messages[-1].content}\n\n{block}")
        _stop_on_leak = self.engine.stop_on_leak
        try:
            reply = self.llm.complete_message(messages, tools=tool_schemas(),
                                              on_token=_stop_on_leak(on_token, built) if on_token else None)
        except LLMUnavailable as exc:
            log.warning("model unavailable (%s): offline route", exc)
            if not asks or not relevant:
                return None, [], act
            return self._fallback(text, state, understood, results, str(exc))
        if not reply.tool_calls:
            if not asks:  # an action answered in words would change nothing: the tools do it offline
                return None, [], act
            return self._grounded(text, state, understood, history=history, on_token=None, owner=owner,
                                  built=built, raw=str(reply.content or ""))
        return self._with_tools(messages, reply, state, act, owner=owner, understood=understood, message=text)

    def _with_tools(self, messages, reply: AIMessage, state, act: str, *, owner: str, understood=None,
                    message: str = ""):
        from assistant.chat.router import complete_calls

        outputs: list[ToolOutput] = []
        for _round in range(MAX_ROUNDS):
            calls = [ToolCall(tc["name"], dict(tc.get("args") or {})) for tc in reply.tool_calls][:4]
            if understood is not None and _round == 0:  # what the message said that the model's calls leave out
                complete_calls(calls, understood, state, message)  # the user's own message, not the prompt
            done = self.engine.run_calls(calls, state, owner=owner)
            outputs += done
            text, cites = combine([(o.text, o.citations) for o in outputs])
            messages = messages + [reply] + [ToolMessage(content=o.text, tool_call_id=tc.get("id") or f"call{i}")
                                             for i, (o, tc) in enumerate(zip(done, reply.tool_calls))]
            if any(c.name == "ask_user" for c in calls):
                break
            follow = messages + [HumanMessage(content=_prompt()["after_tools"].format(
                language_name=LANG_NAME[state.lang]) + "\n\nTool results, numbered as one list:\n<<<\n" + text
                + "\n>>>")]
            try:
                reply = self.llm.complete_message(follow, tools=tool_schemas() if _round < MAX_ROUNDS - 1 else None)
            except LLMUnavailable as exc:
                return self.engine.answer_from(outputs, state, act, "offline", notice=None), outputs, act
            if not reply.tool_calls:
                break
        act = _act_of(outputs, act)
        text, cites = combine([(o.text, o.citations) for o in outputs])
        raw = str(reply.content or "").strip() if not reply.tool_calls else ""
        if not raw:
            return self.engine.answer_from(outputs, state, act, "offline"), outputs, act
        # the reply is checked against what the tools returned (the material the model was given)
        given = Sources(items=[replace(c, excerpt=text) for c in cites])
        checked = verify(raw, given)
        if cites and not checked.ok:
            return self.engine.answer_from(outputs, state, act, "offline", notice=UNCITED[state.lang]), outputs, act
        by_id = {c.id: c for c in cites}
        kept = [replace(by_id[c.id], ref=c.ref) for c in checked.citations if c.id in by_id]
        answer = self.engine._reply(checked.text if cites else raw, kept if cites else [], state.lang, act, "llm")
        return answer, outputs, act

    def _grounded(self, text, state, understood, *, history, on_token, owner: str, built=None, raw=None):
        """A question answered by the model from retrieved sources, verified (the path models without tools keep)."""
        engine = self.engine
        lang = state.lang
        intent = Intent("question", term=understood.term, topic=understood.topic)
        query = text
        if understood.act == "follow_up" and state.last.question:
            query = f"{state.last.question} {text}"
        results = engine._retrieve(query, intent, lang=lang, owner=owner)
        if not engine.composer.relevant(results):
            return None, [], understood.act

        def offline():
            return engine.composer.answer(query, results, lang=lang, side=state.side,
                                          focus=text if query != text else None)

        answer, _ = engine._ask_model(text, results, history, lang=lang, side=state.side, offline=offline,
                                      on_token=on_token, intent=intent, built=built, raw=raw)
        answer.intent = understood.act
        marker = ToolOutput("answer_question", answer.answer, list(answer.citations), topic=understood.topic)
        return answer, [marker], understood.act


    def _fallback(self, text, state, understood, results, why: str):
        """The model failed: the offline answer, with a notice saying why (as the grounded path does)."""
        engine = self.engine
        intent = Intent("question", term=understood.term, topic=understood.topic)

        def offline():
            return engine.composer.answer(text, results, lang=state.lang, side=state.side)

        answer, _ = engine._fallback(offline, engine.fallback_notice(state.lang, why), state.lang, intent)
        answer.intent = understood.act
        marker = ToolOutput("answer_question", answer.answer, list(answer.citations), topic=understood.topic)
        return answer, [marker], understood.act


def _state_view(state) -> dict:
    view = state.public()
    view["clause_on_table"] = state.clause.model_dump() if state.clause else None
    view["contract_in_progress"] = ({"position": state.contract.position, "articles": state.contract.sections,
                                     "figures": state.contract.overrides} if state.contract else None)
    view["last_topic"] = state.last.topic
    return view


_TOOL_ACT = {"draft_contract": "draft_contract", "draft_clause": "draft_clause", "export_document": "export",
             "priorities": "priorities", "objections": "objections", "rephrase": "rephrase",
             "review_text": "review", "explain_term": "explain_term", "analyse_obligations": "obligations",
             "ask_user": "clarify", "update_scope": "state_fact"}


def _act_of(outputs: list[ToolOutput], act: str) -> str:
    """The understood act, unless the model chose a tool that belongs to another act."""
    compatible = {"follow_up", "change_position", "set_figure", "add_remove", "question"}
    main = next((o.tool for o in reversed(outputs) if o.tool != "update_scope"), outputs[-1].tool if outputs else "")
    if act in compatible or _TOOL_ACT.get(main) in (None, act):
        return act
    return _TOOL_ACT.get(main, act)
