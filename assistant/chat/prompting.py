"""Prompt files → chat messages, with numbered sources and history fitted to the token budget.

Prompts live in `prompts/*.yaml`; variables are strict (a missing one is an error, not an
empty string), like smolagents' YAML prompts with StrictUndefined.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from jinja2 import Environment, StrictUndefined

from assistant.chat.citations import Sources
from assistant.chat.tokens import count_tokens, truncate_tokens
from assistant.types import SearchResult

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "prompts"
_env = Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)

LANGUAGE_NAMES = {"fr": "French", "en": "English"}
SIDES = {"msp": "a managed-service provider's sales or account team",
         "client": "a client (an SME manager, IT lead or buyer)",
         None: "both providers and clients"}


@lru_cache(maxsize=16)
def load_prompt(name: str) -> dict[str, str]:
    return yaml.safe_load((PROMPTS_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


def render(template: str, **variables) -> str:
    return _env.from_string(template).render(**variables)


@dataclass
class Budget:
    window: int
    answer: int
    per_source: int = 700
    margin: int = 200


@dataclass
class BuiltPrompt:
    messages: list[tuple[str, str]]  # (role, content) with role in system/user/assistant
    sources: Sources
    prompt_tokens: int


def build_answer_prompt(*, question: str, results: list[SearchResult], history: list[tuple[str, str]],
                        lang: str, side: str | None, budget: Budget, model: str) -> BuiltPrompt:
    """Sources are kept by rank and history newest-first until the window is full."""
    prompt = load_prompt("answer")
    system = render(prompt["system"], language_name=LANGUAGE_NAMES.get(lang, "French"),
                    side_description=SIDES.get(side, SIDES[None]))
    free = budget.window - budget.answer - budget.margin - count_tokens(system, model=model) \
        - count_tokens(question, model=model) - 60
    if free <= 0:
        raise ValueError("the model's context window is too small for this question")
    sources = Sources()
    kept: list[dict] = []
    source_budget = int(free * 0.75)
    for r in results:
        text = truncate_tokens(r.text, budget.per_source, model=model)
        cost = count_tokens(text, model=model) + 20
        if cost > source_budget:
            break
        source_budget -= cost
        ref = sources.add(r, text)
        kept.append({"ref": ref, "title": r.title, "text": text})
    user = render(prompt["user"], sources=kept, question=question)
    used = budget.window - budget.answer - budget.margin - count_tokens(system, model=model) \
        - count_tokens(user, model=model)
    turns: list[tuple[str, str]] = []
    for role, content in reversed(history):
        cost = count_tokens(content, model=model) + 8
        if cost > used:
            break
        used -= cost
        turns.append((role, content))
    turns.reverse()
    messages = [("system", system), *turns, ("user", user)]
    total = sum(count_tokens(c, model=model) + 4 for _r, c in messages)
    assert total + budget.answer <= budget.window, "prompt exceeds the model window"
    return BuiltPrompt(messages=messages, sources=sources, prompt_tokens=total)
