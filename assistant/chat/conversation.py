"""One chat turn: language and intent → retrieval → compose offline or ask the model →
verify citations → remember. The same legal engines run in both modes."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterator

from assistant.chat.citations import NOTICE, verify
from assistant.chat.composer import Composed, OfflineComposer
from assistant.chat.acts import read_act
from assistant.chat.agent import Agent
from assistant.chat.intent import GENERIC_TERMS, Intent, find_terms
from assistant.chat.router import complete_calls, plan
from assistant.chat.slot_relative import CORRECTABLE_FACTS
from assistant.chat.slot_topics import clause_topic
from assistant.chat.slots import read_slots
from assistant.chat.state import ConversationState
from assistant.chat.tool_args import ToolError, ToolOutput, combine, strip_notice
from assistant.chat.tools import Toolbox
from assistant.chat.wording import say, scrub
from assistant.chat.llm import LLMClient, LLMUnavailable
from assistant.chat.prompting import Budget, PromptTooLarge, build_answer_prompt, leaks_prompt
from assistant.chat.store import ConversationStore, Message
from assistant.knowledge.language import detect_language
from assistant.legal.drafting.clause import DraftingError
from assistant.legal.drafting.export import ExportError
from assistant.legal.review.documents import DocumentError
from assistant.legal.scope import ScopeError
from assistant.types import Answer
from pydantic import ValidationError

log = logging.getLogger("clausier.chat")
# a review's point as listed ("- [important] Sécurité : Le prestataire promet…"): the first words of its issue
_POINT_ISSUE = re.compile(r"^- \[[^\]]+\] [^:\n]+?\s?:\s(.{30})")
MAX_QUESTION = 4000

FALLBACK = {
    "fr": "⚠️ Le modèle de langage n'a pas pu répondre ({why}) : voici la réponse hors ligne, tirée de la base.",
    "en": "⚠️ The language model could not answer ({why}): here is the offline answer, from the knowledge base.",
}
UNCITED = {
    "fr": "⚠️ La réponse du modèle ne citait aucune source vérifiable : voici la réponse hors ligne.",
    "en": "⚠️ The model's answer cited no verifiable source: here is the offline answer instead.",
}
WITHHELD = {
    "fr": "⚠️ La réponse du modèle a été écartée (elle reprenait ses consignes internes) : voici la réponse "
          "hors ligne.",
    "en": "⚠️ The model's answer was withheld (it repeated its internal instructions): here is the offline "
          "answer instead.",
}


# the tools that write or rewrite the text on the table: after them, the figure in focus is the one they name
_TEXT_CHANGING = ("draft_clause", "revise_clause", "draft_contract", "revise_contract", "review_text")


@dataclass
class TurnResult:
    conversation_id: str
    answer: Answer
    state: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)  # e.g. a draft to show or download
    act: str = "question"
    conversation: Any = None  # the ConversationState after the turn
    outputs: list = field(default_factory=list)  # the tools' outputs


class ChatEngine:
    """Understands a message (act + slots), runs tools on the conversation state (offline router,
    or the model's tool calls when a model is configured), and stores the state with the turn."""

    def __init__(self, *, retriever, composer: OfflineComposer, store: ConversationStore | None,
                 llm: LLMClient | None = None, model_name: str = "", budget: Budget | None = None,
                 drafter: Any = None, kb_dir=None, precedents=None, act_reader=None) -> None:
        self.retriever = retriever
        self.composer = composer
        self.store = store
        self.llm = llm
        self.model_name = model_name
        self.budget = budget or Budget(window=16_000, answer=900)
        self.drafter = drafter  # kept for its entries and export folder
        self.act_reader = act_reader  # the learned act reader (chat.act_model), or None: the regular reader alone
        entries = getattr(drafter, "entries", None) or tuple(getattr(composer, "entries", ()) or ())
        export_dir = getattr(drafter, "export_dir", None) or "data/exports"
        self.tools = Toolbox(entries=entries, retriever=retriever, composer=composer, export_dir=export_dir,
                             kb_dir=kb_dir, precedents=precedents)
        self.agent = Agent(self) if llm is not None else None

    @property
    def mode_label(self) -> str:
        return f"llm ({self.model_name})" if self.llm else "offline"

    @staticmethod
    def fallback_notice(lang: str, why: str) -> str:
        return FALLBACK[lang].format(why=why[:120])

    @staticmethod
    def stop_on_leak(on_token, built):
        return _stop_on_leak(on_token, built)

    # -- public -------------------------------------------------------------------------
    def warm(self) -> None:
        """Load now what the first turns would otherwise load (embedding model, tokenizer, the
        catalogue, the answer cards' vectors, the obligation rules): each main tool runs once on a
        throwaway state, nothing is stored."""
        from assistant.chat.tool_args import ToolCall

        if self.retriever is not None and hasattr(self.retriever, "warm"):
            self.retriever.warm()
        if self.act_reader is not None:
            self.act_reader.model()  # the learned act reader's file, and its sentence model
        for lang, question in (("fr", "quel préavis pour résilier ?"), ("en", "what notice to terminate?")):
            state = ConversationState.load(None, lang=lang)
            self.run_calls([ToolCall("answer_question", {"question": question}),
                            ToolCall("analyse_obligations", {"question": question}),
                            ToolCall("explain_term", {"term": "GTR"})], state)

    def turn(self, text: str, *, conversation_id: str | None = None, side: str | None = None,
             lang: str | None = None, owner: str = "", on_token: Callable[[str], None] | None = None,
             must_exist: bool = False) -> TurnResult:
        text = (text or "").strip()
        if not text:
            raise ValueError("the question is empty")
        if len(text) > MAX_QUESTION:
            raise ValueError(f"the question is too long (over {MAX_QUESTION} characters)")
        conv = None
        if self.store is not None:
            if conversation_id and self.store.exists(conversation_id, owner=owner):
                conv = self.store.load(conversation_id, owner=owner)
            elif conversation_id and must_exist:
                raise ValueError(f"unknown conversation {conversation_id[:40]}")
            else:
                conversation_id = self.store.create(owner=owner, side=side, lang=lang)
                conv = self.store.load(conversation_id)
        state = ConversationState.load(conv.state if conv else None, side=side, lang=lang)
        history = [(m.role, m.content) for m in conv.messages] if conv else []
        if lang is None:
            state.lang = self._language(text, state)
        hint = state.clause.topic if state.clause else state.last.topic
        if hint is None and state.last.tool == "explain_term" and state.last.question:
            hint = clause_topic(state.last.question)  # "what's a non-solicitation clause for?" then "write me one, 12 months"
        slots = read_slots(text, topic_hint=hint, side_hint=state.side, figure_hint=state.last.figure)
        self.tools.relative_figures(slots, state, text)  # "halve that": the new value, from the figure on the table
        understood = read_act(text, slots, state, self.act_reader, known=self._known_words)
        if understood.act == "out_of_scope" and self._a_card_answers(text, state.lang, owner):
            understood = replace(understood, act="question")  # s31: the knowledge base answers it, whatever its words
        if understood.act == "review" and len(text) < 200 and not re.search(r"\n", text):
            pass
        answer, outputs, act = None, [], understood.act
        if self.agent is not None:
            answer, outputs, act = self.agent.turn(text, state, understood, history=history, on_token=on_token,
                                                   owner=owner)
        if answer is None:
            answer, outputs, act = self._offline(text, state, understood, owner=owner)
        self._remember(state, act, understood, text, answer, outputs)
        extra = self._extra(state, outputs)
        if self.store is not None:
            meta = {"citations": [c.to_json() for c in answer.citations], "mode": answer.mode, "intent": act}
            self.store.append(conversation_id, Message("user", text, {"side": side}),
                              Message("assistant", answer.answer, meta), state=state.dump())
        return TurnResult(conversation_id=conversation_id or "", answer=answer, state=state.public(),
                          extra=extra, act=act, conversation=state, outputs=outputs)

    def _a_card_answers(self, text: str, lang: str, owner: str = "") -> bool:
        """s31: is a message read as outside the field one a reviewed card answers? The act reader reads the field from its
        words ("contract", "provider", "GDPR"…); a story told in none of them ("a retail chain wants a tool telling its
        managers which cashiers look grumpy", "our bank must pay the client as soon as it asks") may still be one a card
        answers. It is, when the card cascade picks a card and retrieval, over the whole base, finds that same card first
        (both readings agree), or among its first finds a card gated on an ask the message states (premises.ASK_CUES: the
        message says what the card turns on). A question on the weather or a recipe finds no such card."""
        from assistant.chat.cards import FOUND_TOP, cued  # noqa: PLC0415 - read only for a message read as outside

        if self.retriever is None or self.composer is None:
            return False
        results = self.retriever.search(text, k=6, prefer_lang=lang, owner=owner)
        match = self.composer.match_card(text, results, lang=lang) if results else None
        if match is None:
            return False
        return match.card.id == results[0].id or cued(match.card) and match.card.id in {r.id for r in results[:FOUND_TOP]}

    def _known_words(self, words: str) -> bool:
        """Does the knowledge base use any of these words (a definition asked of them is the field's)?"""
        from assistant.chat.term_asked import known_anywhere  # noqa: PLC0415 - read only for definitions asked

        return known_anywhere(words, self.composer.vocab)

    # -- the offline route ----------------------------------------------------------------
    def _offline(self, text: str, state: ConversationState, understood, *, owner: str = ""):
        p = plan(understood, state, text)
        complete_calls(p.calls, understood, state, text)  # figures written as said, passages dropped, exceptions put in
        state.pending = p.pending
        if p.reply is not None:
            # s27: facts recorded on the way (an introduction's) are noted before the reply
            done = self.run_calls(p.calls, state, owner=owner) if p.calls else []
            noted = [o.text for o in done if o.ok and o.tool == "update_scope" and o.text.strip()]
            return self._reply("\n\n".join(noted + [p.reply]), [], state.lang, p.act, "offline"), done, p.act
        outputs = self.run_calls(p.calls, state, owner=owner)
        return self.answer_from(outputs, state, p.act, "offline"), outputs, p.act

    def run_calls(self, calls, state: ConversationState, *, owner: str = "") -> list[ToolOutput]:
        outputs = []
        for call in calls:
            if call.name == "refuse":  # outside the product's field: the composer's one refusal, no source
                outputs.append(ToolOutput("refuse", self.composer.plain("out", state.lang).text))
                continue
            try:
                outputs.append(self.tools.run(call, state, owner=owner))
            except (ToolError, ValidationError, DraftingError, ScopeError, ExportError, DocumentError) as exc:
                outputs.append(ToolOutput(call.name, self._tool_error(exc, state, call), ok=False))
            except Exception as exc:  # noqa: BLE001 - one failing tool must not lose the turn
                log.exception("tool %s failed", call.name)
                outputs.append(ToolOutput(call.name, say(state.lang, "error", error=type(exc).__name__), ok=False))
        return outputs

    def _tool_error(self, exc: Exception, state: ConversationState, call) -> str:
        msg = str(exc)
        lang = state.lang
        if "nothing on the table" in msg or "no clause to discuss" in msg:
            return say(lang, "clarify.which_clause")
        if "no contract in progress" in msg:
            return say(lang, "clarify.nothing_on_table")
        if "nothing to rephrase" in msg:
            return say(lang, "clarify.nothing_to_rephrase")
        if "nothing to export" in msg:
            return say(lang, "clarify.nothing_to_export")
        if "unknown term" in msg:
            return self.composer.plain("nothing", lang).text
        if "unknown clause topic" in msg:
            return say(lang, "clarify.which_clause")
        if isinstance(exc, ValidationError):
            return say(lang, "error", error=exc.errors()[0].get("msg", "invalid value") if exc.errors() else "")
        return say(lang, "error", error=msg.splitlines()[0][:200])

    def answer_from(self, outputs: list[ToolOutput], state: ConversationState, act: str, mode: str,
                    notice: str | None = None) -> Answer:
        shown = [o for o in outputs if o.text.strip()]
        if len(shown) > 1 and any(o.tool != "update_scope" for o in shown):
            # the scope note is folded in the answer that follows it when that answer restates the scope
            shown = [o for o in shown if not (o.tool == "update_scope" and any(
                x.tool in ("draft_contract",) for x in shown))] or shown
        if act in ("question", "obligations", "explain_term", "follow_up") and any(
                o.ok and o.tool != "update_scope" for o in shown):
            # a question gets its answer, every sentence cited (issue 15); facts stated on the way are
            # recorded in the state (and used by the answer) without an uncited "noted" line
            shown = [o for o in shown if o.tool != "update_scope"]
            if any(o.tool == "answer_question" and o.ok for o in shown):
                # s15 (issue 15): a clause quoted with the question: the answer opens with its verdict, the review's cited
                # points follow it without the review's own uncited header
                shown = [replace(o, text=o.text.partition("\n")[2]) if o.tool == "review_text" else o for o in shown]
                # s26: a point the answer already judged for the user's side (chat.term_verdict) is not listed again
                said = "\n".join(o.text for o in shown if o.tool == "answer_question")
                shown = [replace(o, text="\n".join(line for line in o.text.splitlines() if not (
                    (m := _POINT_ISSUE.match(line)) and m.group(1) in said))) if o.tool == "review_text" else o
                         for o in shown]
                shown = [o for o in shown if o.text.strip()]
        text, cites = combine([(o.text, o.citations) for o in shown])
        if notice:
            text = f"{notice}\n\n{text}"
        return self._reply(text, cites, state.lang, act, mode, notice=notice)

    @staticmethod
    def _reply(body: str, citations, lang: str, act: str, mode: str, notice: str | None = None) -> Answer:
        body = scrub(strip_notice(body), lang)
        return Answer(answer=f"{body.rstrip()}\n\n{NOTICE[lang]}", mode=mode, language=lang, intent=act,
                      citations=list(citations), notice=notice)

    @staticmethod
    def _remember(state: ConversationState, act: str, understood, text: str, answer: Answer, outputs) -> None:
        state.turns += 1
        s = understood.slots
        kept = state.last.figure if state.clause is not None and not any(o.ok and o.tool in _TEXT_CHANGING for o in outputs) \
            else None  # s29: a turn that leaves the text as it was ("ils vont tiquer sur quoi ?") keeps the figure in focus
        state.last.figure = s.figure_named or (list(s.figures)[-1] if s.figures else None) or next(
            (o.extra["figure"] for o in outputs if o.ok and isinstance(o.extra.get("figure"), str)), None) or kept
        if any(o.ok and o.tool in ("revise_clause", "revise_contract") for o in outputs) or s.figures:
            # s20: what the figures just set were before — "on coupe la poire en deux" next splits them with the new ones
            state.last.before = next((dict(o.extra["before"]) for o in outputs if o.ok and isinstance(o.extra.get("before"), dict)
                                      and o.extra["before"]), {})
        counted = [k for k in s.facts if k in CORRECTABLE_FACTS]
        if counted or s.figures:  # the figure a correction ("ah non pardon, 1 750") takes back next
            state.last.fact = counted[-1] if counted else None
        main = next((o for o in reversed(outputs) if o.ok and o.tool != "update_scope"), None)
        if main is not None and main.tool == "refuse":
            return  # an off-topic aside leaves the conversation where it was ("back to the clause, shorter?")
        if main is None:
            if act == "precedents" and (s.topic or understood.topic):
                # s29: a search of the user's own clauses that found none still sets the subject ("rédige-m'en une" next)
                state.last.act, state.last.tool, state.last.topic = act, "find_precedents", s.topic or understood.topic
                return
            if outputs and act == "state_fact":
                state.last.act = act
                # what a follow-up refers to next ("du coup ça change quoi pour la GTI ?")
                state.last.question = text[:600]
            return
        before_question = state.last.question or "\0"
        state.last.act = act
        state.last.tool = main.tool
        if main.tool == "draft_contract":
            state.last.topic = None
        elif main.tool != "explain_term":
            # a clause quoted and asked about: its subject, read from the clause itself, is what "this clause" means next
            quoted_subject = understood.firm and understood.assess and understood.topic
            # a clause pasted, reviewed and asked about: the clause's subject is on the table, not the answer's card's
            reviewed = next((o.topic for o in outputs if o.ok and o.tool == "review_text" and o.topic), None) \
                if understood.slots.pasted else None
            state.last.topic = (understood.topic if quoted_subject else None) or reviewed or main.topic or understood.topic
        elif understood.slots.topic:  # "reversibility, what does it mean?" then "draft one that protects us"
            state.last.topic = understood.slots.topic
        state.last.term = understood.term if main.tool == "explain_term" else state.last.term
        judged = [o.topic for o in outputs if o.ok and o.tool == "review_text" and o.topic]
        if act in ("review", "question", "follow_up") and main.tool in ("review_text", "answer_question"):
            # s33: the subject of the terms the user brought, judged: first in line when priorities are asked
            for topic in judged + [state.last.topic]:
                if topic and topic not in state.raised:
                    state.raised = (state.raised + [topic])[-6:]
        if act in ("question", "explain_term", "obligations") or (act == "follow_up" and main.tool in (
                "answer_question", "analyse_obligations", "explain_term")):
            state.last.question = text if act != "follow_up" else state.last.question or text
            if act == "follow_up" and (understood.slots.topic or understood.slots.term or
                                       understood.slots.has_scope_change()):
                # the follow-up moved the subject ("et pour les sauvegardes ?"): "pourquoi ?" is about that
                state.last.question = str(main.extra.get("question") or text)[:600]
            asked = str(main.extra.get("question") or "") if main.tool == "answer_question" else ""
            if asked != text and text in asked and asked.startswith(before_question):
                # s23: a fact told after a question, asked as that question in light of it: the two are what comes next
                state.last.question = asked[-600:]
        elif act == "state_fact" and main.tool == "answer_question":
            # s23: a fact told after a question, the question answered again in light of it: the fact, as when it is only
            # recorded, is what a follow-up ("so what do we need in the contract then") refers to
            state.last.question = text[:600]
        elif main.tool == "draft_clause" and act == "draft_clause":
            state.last.question = text[:600]  # "why?" after a drafted clause is about that clause, not an older question
        state.last.sources = [c.id for c in answer.citations][:8]
        state.last.text = strip_notice(answer.answer)[:4000]

    def _extra(self, state: ConversationState, outputs) -> dict:
        extra: dict = {}
        for o in outputs:
            if "clause" in o.extra:
                extra["clause"] = o.extra["clause"].to_json()
            if "contract" in o.extra:
                extra["contract"] = o.extra["contract"].to_json()
                extra["built"] = o.extra["contract"]
            if "path" in o.extra:
                extra["path"] = o.extra["path"]
        if state.contract is not None:  # the download panel follows the contract in progress
            c = state.contract
            extra["draft_state"] = {"scope": state.scope().model_dump(exclude_none=True), "position": c.position,
                                    "lang": state.lang, "positions": dict(c.positions),
                                    "overrides": dict(c.overrides), "topics": self.tools.contract_topics(state)}
        return extra

    def draft_state(self, stored: dict | None) -> dict | None:
        """What rebuilds the contract in progress of a stored conversation (the web download panel)."""
        state = ConversationState.load(stored)
        return self._extra(state, []).get("draft_state")

    def public(self, result: "TurnResult") -> dict:
        """The batch interface's object for one turn (CHAT_SPEC)."""
        from assistant.legal.drafting.export import to_markdown

        state: ConversationState = result.conversation
        draft = None
        if state.clause is not None:
            clause = next((o.extra["clause"] for o in result.outputs if "clause" in o.extra), None)
            if clause is None or clause.topic != state.clause.topic:
                try:
                    clause = self.tools._clause(state.clause.topic, state.clause.position, state.clause.overrides,
                                                state, state.clause.said, state.clause.dropped, state.clause.excluded)
                except ToolError:
                    clause = None
            if clause is not None:
                draft = {"topic": clause.topic, "position": clause.position, "text": clause.text}
        contract = None
        if state.contract is not None:
            built = result.extra.get("built") or self.tools.build(state)
            contract = {"markdown": to_markdown(built, notes=False)}
        return {"conversation": result.conversation_id, "act": result.act, "answer": result.answer.answer,
                "citations": [c.to_json() for c in result.answer.citations], "state": state.public(),
                "draft": draft, "contract": contract}

    def stream(self, text: str, **kwargs) -> Iterator[str | TurnResult]:
        """Yields text fragments as they come, then the final TurnResult. The fragments are
        provisional (a retry or a fallback may follow them): show the TurnResult's answer last."""
        import queue
        import threading

        q: queue.Queue = queue.Queue()
        box: dict = {}

        def work():
            try:
                box["result"] = self.turn(text, on_token=q.put, **kwargs)
            except Exception as exc:  # noqa: BLE001 - surfaced to the caller below
                box["error"] = exc
            finally:
                q.put(None)

        threading.Thread(target=work, daemon=True).start()
        while (item := q.get()) is not None:
            yield item
        if "error" in box:
            raise box["error"]
        yield box["result"]

    # -- internals ---------------------------------------------------------------------
    @staticmethod
    def _language(text: str, state) -> str:
        default = state.lang
        if state.turns and default == "fr":
            # typed without accents, French "à" is a bare "a", which the detector counts as English: in a conversation
            # already held in French, "passe a 18 mois" stays French
            text = re.sub(r"(?i)(?<![\w'])a(?![\w'])", " ", text)
        return detect_language(text, default=default) if len(text.split()) > 2 else default

    def _retrieve(self, query: str, intent: Intent, *, lang: str, owner: str = "", k: int = 6):
        """Hybrid search; when the question names glossary terms, their entries come first (one
        each when it compares several: "GTR et GTI, quelle différence ?")."""
        results = self.retriever.search(query, k=k, prefer_lang=lang, owner=owner)
        if not intent.term:
            return results
        terms = [intent.term, *(t for t in find_terms(query) if t != intent.term and t not in GENERIC_TERMS)][:3]
        named = []
        for term in terms:
            named += [r for r in self.retriever.search(query, k=8, label=f"term:{term}", prefer_lang=lang, owner=owner)
                      if r.primary_label == f"term:{term}"][:2 if len(terms) == 1 else 1]
        top = max((r.similarity for r in results + named), default=0.0)
        named = [replace(r, similarity=top) for r in named]  # the user named this term: fully relevant
        seen = {r.id for r in named}
        return (named + [r for r in results if r.id not in seen])[:k]

    def _ask_model(self, question, results, history, *, lang, side, offline: Composed, on_token, intent,
                   built=None, raw: str | None = None):
        """The model phrases the answer; code checks it. Streamed fragments are provisional: the
        returned answer (verified, or the offline one with a notice) is what counts. `built` and
        `raw` carry a prompt already sent and the model's reply to it (the tool-calling route)."""
        relevant = self.composer.relevant(results)
        # s24: the rules of law on the question's subject the offline answer adds go to the model too
        relevant = relevant + self.composer.subject_sources(question, relevant, lang=lang)
        try:
            if built is None:
                built = build_answer_prompt(question=question, results=relevant, history=history[-12:], lang=lang,
                                            side=side, budget=self.budget, model=self.model_name)
            if raw is None:
                raw = self.llm.complete(built.messages,
                                        on_token=_stop_on_leak(on_token, built) if on_token else None)
            checked = verify(raw, built.sources)
            if not checked.ok and not leaks_prompt(raw, built):
                checked = verify(self.llm.complete(built.with_retry(), stream=False), built.sources)
        except LLMUnavailable as exc:
            return self._fallback(offline, FALLBACK[lang].format(why=str(exc)[:120]), lang, intent)
        except PromptTooLarge as exc:
            log.warning("%s", exc)
            return self._fallback(offline, FALLBACK[lang].format(why=str(exc)[:120]), lang, intent)
        if leaks_prompt(checked.text, built):
            log.warning("model answer repeated the system prompt: withheld")
            return self._fallback(offline, WITHHELD[lang], lang, intent)
        if not checked.ok:
            return self._fallback(offline, UNCITED[lang], lang, intent)
        text = f"{checked.text.rstrip()}\n\n{NOTICE[lang]}"
        return Answer(answer=text, mode="llm", language=lang, intent=intent.name, citations=checked.citations), {}

    @staticmethod
    def _fallback(offline: Composed | Callable[[], Composed], notice: str, lang: str, intent: Intent):
        if callable(offline):
            offline = offline()
        return Answer(answer=f"{notice}\n\n{offline.text}", mode="offline", language=lang, intent=intent.name,
                      citations=offline.citations, notice=notice), {}


def _stop_on_leak(on_token: Callable[[str], None], built) -> Callable[[str], None]:
    """Forward streamed fragments until the text starts reciting the system prompt; the final
    answer (the offline one, in that case) replaces whatever was shown."""
    seen: list[str] = []
    stopped = [False]

    def forward(fragment: str) -> None:
        seen.append(fragment)
        if not stopped[0] and leaks_prompt("".join(seen), built):
            stopped[0] = True
        if not stopped[0]:
            on_token(fragment)

    return forward
