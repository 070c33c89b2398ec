"""One chat turn: language and intent → retrieval → compose offline or ask the model →
verify citations → remember. The same legal engines run in both modes."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterator

from assistant.chat.citations import NOTICE, verify
from assistant.chat.composer import Composed, OfflineComposer
from assistant.chat.hints import is_follow_up, merge_scope, scope_hints
from assistant.chat.intent import GENERIC_TERMS, Intent, detect_intent, find_terms
from assistant.chat.llm import LLMClient, LLMUnavailable
from assistant.chat.prompting import Budget, PromptTooLarge, build_answer_prompt, leaks_prompt
from assistant.chat.store import ConversationStore, Message
from assistant.knowledge.language import detect_language
from assistant.legal.obligations import analyse
from assistant.legal.scope import parse_scope
from assistant.types import Answer

log = logging.getLogger("clausier.chat")
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


@dataclass
class TurnResult:
    conversation_id: str
    answer: Answer
    state: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)  # e.g. a draft to show or download


class ChatEngine:
    def __init__(self, *, retriever, composer: OfflineComposer, store: ConversationStore | None,
                 llm: LLMClient | None = None, model_name: str = "", budget: Budget | None = None,
                 drafter: Any = None) -> None:
        self.retriever = retriever
        self.composer = composer
        self.store = store
        self.llm = llm
        self.model_name = model_name
        self.budget = budget or Budget(window=16_000, answer=900)
        self.drafter = drafter  # chat-side drafting dialog (drafts, contracts, revisions)

    @property
    def mode_label(self) -> str:
        return f"llm ({self.model_name})" if self.llm else "offline"

    # -- public -------------------------------------------------------------------------
    def turn(self, text: str, *, conversation_id: str | None = None, side: str | None = None,
             lang: str | None = None, owner: str = "", on_token: Callable[[str], None] | None = None) -> TurnResult:
        text = (text or "").strip()
        if not text:
            raise ValueError("the question is empty")
        if len(text) > MAX_QUESTION:
            raise ValueError(f"the question is too long (over {MAX_QUESTION} characters)")
        conv = None
        if self.store is not None:
            if conversation_id and self.store.exists(conversation_id, owner=owner):
                conv = self.store.load(conversation_id, owner=owner)
            else:
                conversation_id = self.store.create(owner=owner, side=side, lang=lang)
                conv = self.store.load(conversation_id)
        history = [(m.role, m.content) for m in conv.messages] if conv else []
        state = dict(conv.state) if conv else {}
        lang = lang or self._language(text, state)
        intent = detect_intent(text, has_draft=bool(state.get("draft")))
        # a follow-up ("et si le client est en 24/7 ?", "and for transfers outside the EU?") continues
        # the previous turn, even when it has no contract word of its own
        if intent.name in ("question", "out_of_scope") and is_follow_up(text) and state.get("last_intent") in (
                "obligations", "explain_term", "draft_clause", "draft_contract", "revise"):
            intent = Intent(state["last_intent"], term=state.get("last_term"), topic=state.get("last_topic"))
        elif intent.name == "out_of_scope" and is_follow_up(text) and state.get("last_intent") == "question":
            intent = Intent("question")
        if self.drafter is not None and intent.name not in ("draft_clause", "draft_contract", "revise", "review"):
            intent = self.drafter.claims(text, state) or intent  # replies to the drafting dialog's questions
        hints = scope_hints(text)
        if hints:
            state["scope"] = merge_scope(state.get("scope", {}), hints)
        query = text
        if is_follow_up(text) and state.get("last_question"):
            query = f"{state['last_question']} {text}"

        answer, extra = self._dispatch(intent, text, query, lang=lang, side=side, state=state,
                                       history=history, on_token=on_token, owner=owner)
        state.update(last_intent=intent.name, last_term=intent.term or state.get("last_term"),
                     last_topic=intent.topic or state.get("last_topic"), lang=lang)
        if not is_follow_up(text):
            state["last_question"] = text
        if self.store is not None:
            meta = {"citations": [c.to_json() for c in answer.citations], "mode": answer.mode,
                    "intent": answer.intent}
            self.store.append(conversation_id, Message("user", text, {"side": side}),
                              Message("assistant", answer.answer, meta), state=state)
        return TurnResult(conversation_id=conversation_id or "", answer=answer, state=state, extra=extra)

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
    def _language(text: str, state: dict) -> str:
        default = state.get("lang", "fr")
        return detect_language(text, default=default) if len(text.split()) > 2 else default

    def _dispatch(self, intent: Intent, text: str, query: str, *, lang: str, side: str | None, state: dict,
                  history, on_token, owner: str = "") -> tuple[Answer, dict]:
        def done(c: Composed, mode="offline", notice=None) -> tuple[Answer, dict]:
            return Answer(answer=c.text, mode=mode, language=lang, intent=intent.name, citations=c.citations,
                          notice=notice), {}

        if intent.name == "out_of_scope":
            return done(self.composer.plain("out", lang))
        if intent.name in ("draft_clause", "draft_contract", "revise") and self.drafter is not None:
            return self.drafter.handle(intent, text, lang=lang, side=side, state=state)
        if intent.name == "explain_term" and intent.term:
            return done(self.composer.explain(intent.term, lang=lang))
        if intent.name == "obligations":
            scope = parse_scope(state.get("scope") or None)
            report = analyse(scope, lang=lang)
            results = self.retriever.search(query, k=4, prefer_lang=lang, owner=owner)
            return done(self.composer.obligations(report, lang=lang, question=query, results=results, scope=scope))
        results = self._retrieve(query, intent, lang=lang, owner=owner)

        def offline() -> Composed:  # in LLM mode composed only on a fallback: no delay before the model
            return self.composer.answer(query, results, lang=lang, side=side, focus=text if query != text else None)

        if self.llm is None or not self.composer.relevant(results):
            return done(offline())
        return self._ask_model(text, results, history, lang=lang, side=side, offline=offline,
                               on_token=on_token, intent=intent)

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

    def _ask_model(self, question, results, history, *, lang, side, offline: Composed, on_token, intent):
        """The model phrases the answer; code checks it. Streamed fragments are provisional: the
        returned answer (verified, or the offline one with a notice) is what counts."""
        relevant = self.composer.relevant(results)
        try:
            built = build_answer_prompt(question=question, results=relevant, history=history[-12:], lang=lang,
                                        side=side, budget=self.budget, model=self.model_name)
            raw = self.llm.complete(built.messages, on_token=_stop_on_leak(on_token, built) if on_token else None)
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
