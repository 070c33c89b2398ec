"""Prompt files → chat messages, with numbered sources and history fitted to the token budget.

Prompts live in `prompts/*.yaml`; variables are strict (a missing one is an error, not an
empty string), like smolagents' YAML prompts with StrictUndefined. Everything that does not
come from us — source texts and titles, the question, earlier questions — goes through the
`data` filter and sits between `<<<` and `>>>`, so it can neither close its block nor pass
for a chat-template control token.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from jinja2 import Environment, StrictUndefined

from assistant.chat.citations import REF, Sources
from assistant.chat.tokens import count_tokens, truncate_tokens
from assistant.types import SearchResult

from assistant.paths import PROMPTS_DIR  # noqa: E402,F401 - prompts ship with the package

LANGUAGE_NAMES = {"fr": "French", "en": "English"}
SIDES = {"msp": "a managed-service provider's sales or account team",
         "client": "a client (an SME manager, IT lead or buyer)",
         None: "both providers and clients"}

PER_MESSAGE = 4  # role and separators the chat template adds around each message
MIN_SOURCE = 40  # below this many tokens an excerpt is not worth sending


class PromptTooLarge(ValueError):
    """The model's context window cannot hold even the rules and the question."""


_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_CONTROL_TOKEN = re.compile(r"<(/?)\|?\s*(s|bos|eos|im_start|im_end|start_of_turn|end_of_turn|system|user|assistant|"
                            r"start_header_id|end_header_id|eot_id|endoftext)\s*\|?>", re.I)


def as_data(value: object) -> str:
    """Quoted material made inert: no block delimiters, no chat-template control tokens."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", str(value)))
    text = re.sub(r"<{3,}", lambda m: "‹" * len(m.group(0)), text)
    text = re.sub(r">{3,}", lambda m: "›" * len(m.group(0)), text)
    text = _CONTROL_TOKEN.sub(lambda m: f"‹{m.group(1)}{m.group(2)}›", text)
    text = re.sub(r"<\||\|>", lambda m: m.group(0).replace("|", "¦"), text)
    return re.sub(r"\[(/?)INST\]", r"[\1 INST ]", text, flags=re.I)


_env = Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)
_env.filters["data"] = as_data


@lru_cache(maxsize=16)
def load_prompt(name: str) -> dict[str, str]:
    return yaml.safe_load((PROMPTS_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def _compiled(template: str):
    return _env.from_string(template)


def render(template: str, **variables) -> str:
    # compiling costs ~10 ms and the answer prompt renders a dozen times while it is fitted
    return _compiled(template).render(**variables)


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
    retry_text: str = ""

    @property
    def system(self) -> str:
        return self.messages[0][1]

    def with_retry(self) -> list[tuple[str, str]]:
        """The same conversation with the retry request added to the last user message (roles
        keep alternating, which some local servers' chat templates insist on)."""
        role, content = self.messages[-1]
        return [*self.messages[:-1], (role, f"{content.rstrip()}\n\n{self.retry_text.strip()}")]


def defused(text: str) -> str:
    """Source text without the passages addressed to a model (legal/review/injection.py)."""
    from assistant.legal.review.injection import set_aside

    kept, _removed = set_aside(text or "")
    return kept if kept.strip() else "(passage set aside: written to a model, not about the contract)"


def clean_history_answer(text: str) -> str:
    """An earlier answer as context: without its notices and without its old [n] numbers,
    which point at another turn's sources."""
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith(("ℹ️", "⚠️"))]
    text = REF.sub("", as_data("\n".join(lines)))
    return re.sub(r"[ \t]+([.,;:])", r"\1", re.sub(r"[ \t]{2,}", " ", text)).strip()


def build_answer_prompt(*, question: str, results: list[SearchResult], history: list[tuple[str, str]],
                        lang: str, side: str | None, budget: Budget, model: str) -> BuiltPrompt:
    """Sources are kept by rank and history newest-first until the window is full; the total
    (with the answer, a margin and a possible retry request) never exceeds the window."""
    prompt = load_prompt("answer")

    def size(text: str) -> int:
        return count_tokens(text, model=model) + PER_MESSAGE

    system = render(prompt["system"], language_name=LANGUAGE_NAMES.get(lang, "French"),
                    side_description=SIDES.get(side, SIDES[None]))
    retry = render(prompt["retry"])
    # the offline composer's answer plan and typed statements (issue 15): same shape in both modes
    from assistant.chat.answer_plan import _kb_entries, plan_for_prompt, typed_source

    plan = plan_for_prompt(question)
    kb = _kb_entries() if any(r.kind != "user" for r in results) else {}
    room = budget.window - budget.answer - budget.margin - size(system) - size(retry)
    base = size(render(prompt["user"], sources=[], question=question, plan=plan))
    free = room - base
    if free <= 0:
        raise PromptTooLarge(f"the model's context window ({budget.window} tokens) is too small for this question")

    def fit(source_room: int) -> tuple[Sources, list[dict]]:
        sources, kept = Sources(), []
        for r in results:
            if any(c.id == r.id for c in sources.items):
                continue
            # a user's library text is data twice over: passages written to a model are set aside
            # (as in review and at ingestion, for documents added before that), and what is left is
            # quoted between <<< and >>>; the knowledge base is ours and goes as written
            stance, typed = typed_source(r.id, kb)
            clean = (lambda t: t) if r.kind != "user" else defused
            item = {"ref": len(kept) + 1, "title": clean(r.title),
                    "text": truncate_tokens(clean(r.text), budget.per_source, model=model),
                    "stance": stance, "statements": [{"label": t["label"], "text": defused(t["text"])} for t in typed]}
            cost = size(render(prompt["user"], sources=[*kept, item], question=question, plan=plan)) - base
            if cost > source_room and item["statements"]:  # the typed statements go first, the text stays
                item["statements"] = []
                cost = size(render(prompt["user"], sources=[*kept, item], question=question, plan=plan)) - base
            if cost > source_room:  # too big: send a shorter excerpt of this one, then stop
                spare = count_tokens(item["text"], model=model)
                for _ in range(4):  # token counts are not quite additive: shrink until it fits
                    spare -= cost - source_room + 2
                    if spare < MIN_SOURCE:
                        break
                    item["text"] = truncate_tokens(item["text"], spare, model=model)
                    cost = size(render(prompt["user"], sources=[*kept, item], question=question, plan=plan)) - base
                    if cost <= source_room:
                        kept.append(item)
                        sources.add(r, item["text"])
                        break
                break
            kept.append(item)
            sources.add(r, item["text"])
        return sources, kept

    # sources first (by rank), history gets the rest; a source always beats an old turn
    sources, kept = fit(int(free * 0.75) if history else free)
    if not kept and history:
        sources, kept = fit(free)
    user = render(prompt["user"], sources=kept, question=question, plan=plan)

    left = room - size(user)
    turns: list[tuple[str, str]] = []
    for role, content in reversed(history):
        content = render(prompt["history_user"], question=content) if role == "user" \
            else clean_history_answer(content)
        if not content.strip():
            continue
        cost = size(content)
        if cost > left:
            break
        left -= cost
        turns.append((role, content))
    turns.reverse()
    while turns and turns[0][0] != "user":  # a conversation restarts on a user turn
        turns.pop(0)

    messages = [("system", system), *turns, ("user", user)]
    total = sum(size(c) for _r, c in messages)
    if total + size(retry) + budget.answer + budget.margin > budget.window:  # pragma: no cover - by construction
        raise PromptTooLarge("the prompt does not fit the model's context window")
    return BuiltPrompt(messages=messages, sources=sources, prompt_tokens=total, retry_text=retry)


def _ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


LEAK_RUN = 12  # words


@lru_cache(maxsize=64)
def _rule_runs(system: str, quoted: tuple[str, ...]) -> frozenset:
    """Runs of the rules that appear nowhere in the quoted material (computed once per prompt)."""
    return frozenset(_ngrams(system, LEAK_RUN) - set().union(*(_ngrams(c, LEAK_RUN) for c in quoted)))


def leaks_prompt(answer: str, built: BuiltPrompt) -> bool:
    """True when the answer repeats a run of LEAK_RUN words of the rules that is not also in the
    sources or question (quoting a source is fine; reciting the system prompt is not)."""
    quoted = tuple(c for r, c in built.messages if r != "system")
    if _rule_runs(built.system, quoted) & _ngrams(answer, LEAK_RUN):
        return True
    from assistant.chat.support import echoes  # the same check on normalised text (issue 18)

    return echoes(answer, built.system, quoted)
