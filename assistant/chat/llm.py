"""Chat-model access: streaming, bounded retries with backoff (honouring Retry-After), and a
single `LLMUnavailable` signal the conversation turns into the offline answer plus a notice."""

from __future__ import annotations

import logging
import time
from typing import Callable, Iterable

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

log = logging.getLogger("clausier.llm")


class LLMUnavailable(Exception):
    """The model could not produce an answer (after retries, or for a reason retrying can't fix)."""


def to_messages(pairs: Iterable[tuple[str, str]]) -> list[BaseMessage]:
    kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    return [kinds[role](content=content) for role, content in pairs]


def _retry_after(exc: Exception) -> float | None:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None) or {}
    value = headers.get("retry-after") if hasattr(headers, "get") else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _retryable(exc: Exception) -> bool:
    try:
        import openai
    except ImportError:  # pragma: no cover - openai is a dependency
        return False
    if isinstance(exc, (openai.NotFoundError, openai.AuthenticationError, openai.PermissionDeniedError,
                        openai.BadRequestError)):
        return False
    return isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError,
                            openai.InternalServerError, openai.APIStatusError, TimeoutError, ConnectionError))


def _describe(exc: Exception) -> str:
    status = getattr(exc, "status_code", None)
    name = type(exc).__name__
    return f"{name} (HTTP {status})" if status else name


class LLMClient:
    def __init__(self, model: BaseChatModel, *, retries: int = 2, backoff: float = 0.5, max_wait: float = 8.0,
                 name: str = "llm", sleep: Callable[[float], None] = time.sleep) -> None:
        self.model = model
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.name = name
        self._sleep = sleep

    def complete(self, messages: list[tuple[str, str]], *, on_token: Callable[[str], None] | None = None,
                 stream: bool = True) -> str:
        """The whole answer; tokens are passed to `on_token` as they arrive."""
        lc_messages = to_messages(messages)
        last: Exception | None = None
        for attempt in range(self.retries + 1):
            parts: list[str] = []
            try:
                if stream:
                    for chunk in self.model.stream(lc_messages):
                        text = chunk.content if isinstance(chunk.content, str) else ""
                        if text:
                            parts.append(text)
                            if on_token:
                                on_token(text)
                else:
                    parts.append(str(self.model.invoke(lc_messages).content))
                answer = "".join(parts).strip()
                if not answer:
                    raise LLMUnavailable("the model returned an empty answer")
                return answer
            except LLMUnavailable as exc:
                last = exc
            except Exception as exc:  # noqa: BLE001 - every client failure ends in a clean signal
                last = exc
                if not _retryable(exc):
                    log.warning("model call failed, not retrying: %s", _describe(exc))
                    raise LLMUnavailable(_describe(exc)) from exc
            if attempt < self.retries:
                wait = _retry_after(last) or self.backoff * (2 ** attempt)
                wait = min(wait, self.max_wait)
                log.info("model call failed (%s), retry %d in %.1fs", _describe(last), attempt + 1, wait)
                self._sleep(wait)
        raise LLMUnavailable(_describe(last) if last else "unknown failure")
