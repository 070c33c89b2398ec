"""Chat-model access: streaming, bounded retries with backoff (honouring Retry-After), and a
single `LLMUnavailable` signal the conversation turns into the offline answer plus a notice.

Errors are classified with langchain's provider-neutral `ModelError` family (its
`is_retryable` flag), so this module names no vendor; the HTTP status is the fallback.
"""

from __future__ import annotations

import email.utils
import logging
import time
from typing import Callable, Iterable

from langchain_core.exceptions import ModelError
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

log = logging.getLogger("clausier.llm")


class LLMUnavailable(Exception):
    """The model could not produce an answer (after retries, or for a reason retrying can't fix)."""


class Refused(Exception):
    """The server withheld the answer (content filter): asking again will not change that."""


class IncompleteAnswer(Exception):
    """The stream ended without the server saying the answer was finished (a cut connection)."""


def to_messages(pairs: Iterable[tuple[str, str]]) -> list[BaseMessage]:
    kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    return [kinds[role](content=content) for role, content in pairs]


def _retry_after(exc: Exception | None) -> float | None:
    """Seconds the server asked us to wait: `retry-after-ms`, `Retry-After` seconds or HTTP date."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not hasattr(headers, "get"):
        return None
    try:
        if (ms := headers.get("retry-after-ms")) is not None:
            return max(0.0, float(ms) / 1000)
        value = headers.get("retry-after")
        if value is None:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            when = email.utils.parsedate_to_datetime(value)
            return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, OverflowError):
        return None


def _status(exc: Exception) -> int | None:
    status = getattr(exc, "status_code", None)
    return status if isinstance(status, int) else None


def _retryable(exc: Exception) -> bool:
    if isinstance(exc, (IncompleteAnswer, TimeoutError, ConnectionError)):
        return True
    if isinstance(exc, ModelError):
        return exc.is_retryable
    status = _status(exc)
    return status is not None and (status in (408, 409, 429) or status >= 500)


REASONS = {401: "API key refused", 403: "access denied", 404: "model not found (check CLAUSIER_MODEL)",
           429: "rate limited", 400: "request refused"}


def _describe(exc: Exception | None) -> str:
    """A short reason for the user's notice: no message bodies, no secrets."""
    if exc is None:
        return "unknown failure"
    status = _status(exc)
    name = type(exc).__name__
    if status:
        reason = REASONS.get(status) or ("server error" if status >= 500 else "error")
        return f"{reason}, HTTP {status}"
    if "Timeout" in name or isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, IncompleteAnswer):
        return "answer cut off"
    if "Connection" in name or isinstance(exc, ConnectionError):
        return "connection failed"
    if isinstance(exc, LLMUnavailable | Refused):
        return str(exc)
    if isinstance(exc, ValueError):
        return "malformed response"
    return name


class LLMClient:
    def __init__(self, model: BaseChatModel, *, retries: int = 2, backoff: float = 0.5, max_wait: float = 8.0,
                 name: str = "llm", sleep: Callable[[float], None] = time.sleep) -> None:
        self.model = model
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.name = name
        self.sleep = sleep

    def complete(self, messages: list[tuple[str, str]], *, on_token: Callable[[str], None] | None = None,
                 stream: bool = True) -> str:
        """The whole answer; tokens are passed to `on_token` as they arrive.

        Once an attempt has streamed text and then failed, later attempts stay silent, so a
        listener never sees the same words twice; the caller's final text replaces them."""
        lc_messages = to_messages(messages)
        last: Exception | None = None
        for attempt in range(self.retries + 1):
            emitted = [False]

            def emit(text: str) -> None:
                emitted[0] = True
                on_token(text)

            try:
                answer = self._once(lc_messages, on_token=emit if on_token else None, stream=stream)
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
            if emitted[0]:
                on_token = None
            if attempt < self.retries:
                asked = _retry_after(last)
                if asked is not None and asked > self.max_wait:
                    log.warning("model asks to wait %.0fs, more than %.0fs: giving up", asked, self.max_wait)
                    raise LLMUnavailable(f"{_describe(last)}, retry after {asked:.0f}s") from last
                wait = asked if asked is not None else min(self.backoff * (2 ** attempt), self.max_wait)
                log.info("model call failed (%s), retry %d in %.1fs", _describe(last), attempt + 1, wait)
                self.sleep(wait)
        raise LLMUnavailable(_describe(last)) from last

    def complete_message(self, lc_messages: list[BaseMessage], *, tools: list[dict] | None = None,
                         on_token: Callable[[str], None] | None = None, stream: bool = True):
        """The model's whole reply as a message (text and tool calls), with the same retries as
        `complete`; `tools` are bound for this call only."""
        model = self.model.bind_tools(tools) if tools else self.model
        last: Exception | None = None
        for attempt in range(self.retries + 1):
            try:
                reply = self._once_message(model, lc_messages, on_token=on_token, stream=stream)
                if not str(reply.content or "").strip() and not getattr(reply, "tool_calls", None):
                    raise LLMUnavailable("the model returned an empty answer")
                return reply
            except LLMUnavailable as exc:
                last = exc
            except Exception as exc:  # noqa: BLE001
                last = exc
                if not _retryable(exc):
                    raise LLMUnavailable(_describe(exc)) from exc
            on_token = None
            if attempt < self.retries:
                asked = _retry_after(last)
                if asked is not None and asked > self.max_wait:
                    raise LLMUnavailable(f"{_describe(last)}, retry after {asked:.0f}s") from last
                self.sleep(asked if asked is not None else min(self.backoff * (2 ** attempt), self.max_wait))
        raise LLMUnavailable(_describe(last)) from last

    def _once_message(self, model, lc_messages: list[BaseMessage], *, on_token, stream: bool):
        if not stream:
            reply = model.invoke(lc_messages)
            self._check_finish(reply.response_metadata or {}, has_metadata=bool(reply.response_metadata))
            return reply
        total = None
        meta: dict = {}
        saw_metadata = False
        for chunk in model.stream(lc_messages):
            if chunk.response_metadata:
                saw_metadata = True
                meta.update({k: v for k, v in chunk.response_metadata.items() if v is not None})
            text = chunk.content if isinstance(chunk.content, str) else ""
            if text and on_token:
                on_token(text)
            total = chunk if total is None else total + chunk
        self._check_finish(meta, has_metadata=saw_metadata)
        if total is None:
            raise LLMUnavailable("the model returned an empty answer")
        return total

    def _once(self, lc_messages: list[BaseMessage], *, on_token, stream: bool) -> str:
        if not stream:
            reply = self.model.invoke(lc_messages)
            self._check_finish(reply.response_metadata or {}, has_metadata=bool(reply.response_metadata))
            return str(reply.content).strip()
        parts: list[str] = []
        meta: dict = {}
        saw_metadata = False
        for chunk in self.model.stream(lc_messages):
            if chunk.response_metadata:
                saw_metadata = True
                meta.update({k: v for k, v in chunk.response_metadata.items() if v is not None})
            text = chunk.content if isinstance(chunk.content, str) else ""
            if text:
                parts.append(text)
                if on_token:
                    on_token(text)
        self._check_finish(meta, has_metadata=saw_metadata)
        return "".join(parts).strip()

    @staticmethod
    def _check_finish(meta: dict, *, has_metadata: bool) -> None:
        """A model that reports metadata reports why it stopped; no reason means a cut stream."""
        reason = meta.get("finish_reason")
        if reason == "content_filter":
            raise Refused("answer withheld by the server's content filter")
        if has_metadata and reason is None:
            raise IncompleteAnswer("the stream ended before the model finished")
        if reason == "length":
            log.info("the answer reached the token limit and may be cut short")
