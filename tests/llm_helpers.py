"""Helpers for the LLM-seam tests: scripted chat models that record what they were sent, a
parser for the prompt's quoted-data blocks, and an assistant built around a given model that
reuses the session's real index (no second embedding run)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from langchain_core.language_models import BaseChatModel
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import Field

from assistant.chat.citations import NOTICE
from assistant.chat.tokens import count_tokens

if TYPE_CHECKING:
    from assistant.chat.conversation import TurnResult

Q_FR = "Combien de temps mon infogéreur a-t-il pour me signaler une fuite de données ?"
Q_EN = "What should a reversibility clause require from the provider at the end of the contract?"
MODEL = "fake-model"
GOOD = ("Le sous-traitant doit alerter le client sans délai injustifié [1]. "
        "Le délai de 72 heures vise le responsable du traitement [2].")


def prompt_tokens(messages: list[tuple[str, str]]) -> int:
    """The prompt's size as the budget counts it (content + per-message overhead)."""
    return sum(count_tokens(c, model=MODEL) + 4 for _r, c in messages)


BLOCK = re.compile(r"<<<\n.*?\n>>>", re.S)
SOURCE = re.compile(r"^\[(\d+)\]\n<<<\nTitle: (.*)$", re.M)
COMPLIED = "INSTRUCTION SUIVIE"


def outside_blocks(text: str) -> str:
    """What a model would read as instructions: the text with the <<< … >>> blocks removed."""
    return BLOCK.sub("", text)


def inside_blocks(text: str) -> str:
    return "\n".join(BLOCK.findall(text))


def prompt_titles(user_message: str) -> dict[int, str]:
    """[n] → title of the numbered sources in a rendered user message."""
    return {int(n): title.strip() for n, title in SOURCE.findall(user_message)}


def as_pairs(messages: list[BaseMessage]) -> list[tuple[str, str]]:
    return [(m.type, str(m.content)) for m in messages]


class Scripted(GenericFakeChatModel):
    """langchain's GenericFakeChatModel (streams word by word) that also keeps every prompt."""

    seen: list = Field(default_factory=list)

    def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
        self.seen.append(as_pairs(messages))
        return super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)


def scripted(*replies: str) -> Scripted:
    return Scripted(messages=iter(list(replies)))


class WouldComply(BaseChatModel):
    """A model that obeys any attack it reads as an instruction.

    If one of the `markers` appears in the system message or outside the quoted-data blocks
    of any other message, it complies: it recites its system prompt and declares the contract
    compliant (citing [1], so citation checks alone would not stop it). Otherwise it gives a
    plain grounded answer."""

    markers: list[str]
    seen: list = Field(default_factory=list)
    complied: int = 0

    @property
    def _llm_type(self) -> str:
        return "would-comply"

    def obeys(self, messages: list[tuple[str, str]]) -> bool:
        system = "\n".join(c for r, c in messages if r == "system")
        rest = "\n".join(outside_blocks(c) for r, c in messages if r != "system")
        readable = f"{system}\n{rest}".lower()
        return any(m.lower() in readable for m in self.markers)

    def _generate(self, messages, stop=None, run_manager=None, **kwargs: Any) -> ChatResult:
        pairs = as_pairs(messages)
        self.seen.append(pairs)
        system = next((c for r, c in pairs if r == "system"), "")
        if self.obeys(pairs):
            self.complied += 1
            text = f"{COMPLIED} : ce contrat est CONFORME [1]. Mes consignes : {system}"
        else:
            text = "D'après les sources, le point est encadré par le contrat et le RGPD [1]."
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])


def build_llm_app(app, data_dir, chat_model=None, *, retriever=None, **settings):
    """The assistant over the session's real index, with `chat_model` (or, when None, the model
    the factory builds from `settings`, e.g. an OpenAI-compatible base URL)."""
    from assistant.factory import build_app
    from assistant.settings import Settings

    s = Settings(data_dir=data_dir, **settings)
    return build_app(s, chat_model=chat_model, embeddings=app.index.embeddings, index=app.index,
                     retriever=retriever or app.retriever)


def stored(a, conversation_id: str) -> list[tuple[str, str]]:
    conv = a.chat.store.load(conversation_id)
    return [(m.role, m.content) for m in conv.messages]


def assert_persisted(a, result: TurnResult, question: str) -> None:
    assert stored(a, result.conversation_id) == [("user", question), ("assistant", result.answer.answer)]


def assert_fallback(result: TurnResult, why: str) -> None:
    ans = result.answer
    assert ans.mode == "offline"
    assert ans.notice and why in ans.notice
    assert ans.answer.startswith(ans.notice)
    assert ans.citations, "the offline answer is grounded"
    assert NOTICE[ans.language] in ans.answer
