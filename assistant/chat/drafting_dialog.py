"""Drafting in conversation: a single clause on request, or a whole contract assembled after a
question or two at a time, then revised clause by clause and exported. The state lives in
`state["draft"]` (persisted by the chat engine); the legal engines do all the deciding."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Iterable

from assistant.chat.citations import NOTICE
from assistant.chat.drafting_parse import (CHANGE, EXPORT, SHOW, SKIP, SKIP_ALL, overrides_in, parse_answer,
                                           position_in, topic_of_slot)
from assistant.chat.drafting_text import T, clause_answer, contract_answer, revision_answer
from assistant.chat.intent import Intent, detect_intent, find_topic, fold
from assistant.knowledge.entries import Entry
from assistant.legal.drafting.contract import ContractDraft, build_contract, revise, topics_for
from assistant.legal.drafting.clause import DraftingError, draft_clause
from assistant.legal.drafting.export import ExportError, save
from assistant.legal.scope import ScopeError, parse_scope
from assistant.types import Answer, ScopeProfile

ROUNDS = (("parties",), ("hours", "services"), ("personal_data", "control"), ("criticality", "position"))
DEFAULT_POSITION = {"msp": "msp", "client": "client"}


class DraftingDialog:
    def __init__(self, *, entries: Iterable[Entry], export_dir: Path | str) -> None:
        self.entries = tuple(entries)
        self.export_dir = Path(export_dir)

    # -- routing -----------------------------------------------------------------------------
    def claims(self, text: str, state: dict) -> Intent | None:
        """Turns that belong to the dialog even without drafting words: answers, exports, values."""
        draft = state.get("draft") or {}
        low = fold(text)
        if draft.get("stage") == "collecting":
            if text.rstrip().endswith("?") and detect_intent(text).name in ("explain_term", "obligations", "question"):
                return None  # a real question in the middle of the dialog: let the composer answer it
            return Intent("draft_contract")
        shows = SHOW.search(low) and ("contrat" in low or "contract" in low)
        if draft.get("stage") == "ready" and (EXPORT.search(low) or shows):
            return Intent("draft_contract")
        asks = text.rstrip().endswith("?") and not CHANGE.search(low)  # "c'est quoi un préavis de 3 mois ?"
        if draft.get("stage") == "ready" and overrides_in(text) and not asks:
            return Intent("revise", topic=find_topic(text))
        if state.get("last_clause") and (overrides_in(text) or position_in(text)):
            return Intent("draft_clause", topic=find_topic(text) or state["last_clause"]["topic"])
        return None

    def handle(self, intent: Intent, text: str, *, lang: str, side: str | None, state: dict) -> tuple[Answer, dict]:
        draft = state.get("draft") or {}
        if intent.name != "draft_clause" and draft:
            lang = draft.get("lang") or lang  # a short reply must not switch the dialog's language
        try:
            if intent.name == "draft_clause":
                return self._clause(intent, text, lang=lang, side=side, state=state)
            if intent.name == "revise" and (state.get("draft") or {}).get("stage") == "ready":
                return self._revise(intent, text, lang=lang, state=state)
            return self._contract(text, lang=lang, side=side, state=state)
        except (DraftingError, ScopeError, ExportError) as exc:
            return self._answer(f"{T[lang]['error']} {exc}", lang, intent.name), {"error": str(exc)}

    # -- single clause -----------------------------------------------------------------------
    def _clause(self, intent: Intent, text: str, *, lang: str, side: str | None, state: dict):
        last = state.get("last_clause") or {}
        topic = intent.topic or find_topic(text) or last.get("topic")
        if topic is None:
            return self._answer(T[lang]["which_clause"], lang, intent.name), {}
        position = position_in(text) or last.get("position") if last.get("topic") == topic else position_in(text)
        position = position or DEFAULT_POSITION.get(side or "", "balanced")
        overrides = {**(last.get("overrides") or {} if last.get("topic") == topic else {}), **overrides_in(text)}
        scope = self._scope(state)
        clause = draft_clause(topic=topic, scope=scope, position=position, lang=lang, entries=self.entries,
                              overrides=overrides)
        state["last_clause"] = {"topic": topic, "position": position, "overrides": overrides}
        body = clause_answer(clause, scope, lang)
        return self._answer(body, lang, intent.name, clause.citations), {"clause": clause.to_json()}

    # -- whole contract ----------------------------------------------------------------------
    def _contract(self, text: str, *, lang: str, side: str | None, state: dict):
        draft = state.setdefault("draft", {"stage": "collecting", "answers": {}, "pending": [], "asked": [],
                                           "lang": lang})
        low = fold(text)
        if draft.get("stage") == "ready":
            if EXPORT.search(low):
                return self._export(text, lang=lang, state=state)
            if re.search(r"\b(nouveau|new|autre|another|recommence|restart|from scratch)\b", low):
                state["draft"] = draft = {"stage": "collecting", "answers": {}, "pending": [], "asked": [],
                                          "lang": lang}
            else:
                built = self._rebuild(draft)
                return self._answer(contract_answer(built, lang), lang, "draft_contract", built.citations), \
                    {"contract": built.to_json(), "draft_state": built.state()}
        answers = draft.setdefault("answers", {})
        overrides = overrides_in(text)
        if overrides:
            answers.setdefault("overrides", {}).update(overrides)
        pending = draft.get("pending") or []
        if SKIP_ALL.search(low):
            pending = [f for r in ROUNDS for f in r if f not in answers]
            for f in pending:
                answers[f] = None
        elif pending:
            skip = bool(SKIP.search(low))
            got = {f: (None if skip else parse_answer(f, text)) for f in pending}
            understood = skip or any(v is not None for v in got.values())
            for f, v in got.items():
                if v is not None or skip or draft.get("retried"):
                    answers[f] = v
            draft["retried"] = not understood and not draft.get("retried")
            if draft["retried"]:
                return self._answer(T[lang]["again"] + "\n\n" + self._questions(pending, lang), lang,
                                    "draft_contract"), {}
        if side and "position" not in answers:
            answers["position"] = DEFAULT_POSITION.get(side)
        todo = self._next_round(state, answers)
        if todo:
            draft["pending"] = todo
            draft["asked"] = list(dict.fromkeys((draft.get("asked") or []) + todo))
            intro = T[lang]["intro"] if not draft.get("started") else ""
            draft["started"] = True
            return self._answer(intro + self._questions(todo, lang), lang, "draft_contract"), \
                {"asking": todo}
        built = self._assemble(state, answers, lang)
        return self._answer(contract_answer(built, lang), lang, "draft_contract", built.citations), \
            {"contract": built.to_json(), "draft_state": built.state()}

    def _next_round(self, state: dict, answers: dict) -> list[str]:
        known = set(answers) | {k for k in (state.get("scope") or {}) if k in ("hours", "control", "criticality",
                                                                              "personal_data", "services")}
        for rnd in ROUNDS:
            todo = [f for f in rnd if f not in known]
            if todo:
                return todo
        return []

    @staticmethod
    def _questions(fields: list[str], lang: str) -> str:
        return "\n".join(f"- {T[lang]['q'][f]}" for f in fields) + "\n\n" + T[lang]["skip_hint"]

    def _assemble(self, state: dict, answers: dict, lang: str) -> ContractDraft:
        scope = dict(state.get("scope") or {})
        parties = answers.get("parties") or {}
        scope.update({k: v for k, v in parties.items() if v})
        for f in ("hours", "services", "personal_data", "control", "criticality"):
            if answers.get(f) is not None:
                scope[f] = answers[f]
        built = build_contract(scope=scope, position=answers.get("position") or "balanced", lang=lang,
                               entries=self.entries, overrides=answers.get("overrides"))
        state["draft"] = {"stage": "ready", "contract": built.state(), "answers": answers, "lang": lang}
        return built

    def _rebuild(self, draft: dict) -> ContractDraft:
        c = draft["contract"]
        return build_contract(scope=c["scope"], position=c["position"], lang=c["lang"], entries=self.entries,
                              positions=c.get("positions"), overrides=c.get("overrides"))

    # -- revision and export -----------------------------------------------------------------
    def _revise(self, intent: Intent, text: str, *, lang: str, state: dict):
        draft = state["draft"]
        overrides = overrides_in(text)
        position = position_in(text)
        topic = intent.topic or find_topic(text)
        if overrides and (topic is None or topic not in topics_for(parse_scope(draft["contract"]["scope"]))):
            topic = topic_of_slot(next(iter(overrides)))
        if topic is None or (position is None and not overrides):
            return self._answer(T[lang]["how_revise"], lang, "revise"), {}
        before = self._rebuild(draft)
        after = revise(draft["contract"], topic=topic, position=position, overrides=overrides, entries=self.entries)
        draft["contract"] = after.state()
        draft.pop("path", None)
        body = revision_answer(before, after, topic, position, overrides, lang)
        return self._answer(body, lang, "revise", after.citations), \
            {"contract": after.to_json(), "draft_state": after.state(), "revised": topic}

    def _export(self, text: str, *, lang: str, state: dict):
        draft = state["draft"]
        built = self._rebuild(draft)
        ext = ".md" if re.search(r"markdown|\.md\b|\bmd\b", fold(text)) else ".docx"
        self.export_dir.mkdir(parents=True, exist_ok=True)
        path = save(built, self.export_dir / f"contrat-{uuid.uuid4().hex[:10]}{ext}")
        draft["path"] = str(path)
        body = T[lang]["exported"].format(path=path, n=len(built.sections), m=len(built.annexes))
        return self._answer(body, lang, "draft_contract", built.citations), \
            {"contract": built.to_json(), "path": str(path), "draft_state": built.state()}

    # -- helpers -----------------------------------------------------------------------------
    def _scope(self, state: dict) -> ScopeProfile:
        scope = dict(state.get("scope") or {})
        answers = (state.get("draft") or {}).get("answers") or {}
        for f in ("hours", "services", "personal_data", "control", "criticality"):
            if answers.get(f) is not None:
                scope[f] = answers[f]
        return parse_scope(scope)

    @staticmethod
    def _answer(body: str, lang: str, intent: str, citations=None) -> Answer:
        return Answer(answer=f"{body.rstrip()}\n\n{NOTICE[lang]}", mode="offline", language=lang, intent=intent,
                      citations=list(citations or []))
