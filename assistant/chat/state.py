"""The conversation's typed state, stored with the conversation (SQLite, JSON column): the
user's side and language, the scope facts with where each came from, the clause on the table,
the contract in progress and what the last answer was about. Only tools change it."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.types import ScopeProfile

Source = Literal["stated", "default", "asked", "inferred"]  # inferred: read from the client's trade, to confirm
SCOPE_FIELDS = tuple(ScopeProfile.model_fields)
STATE_VERSION = 2


class Fact(BaseModel):
    model_config = ConfigDict(extra="ignore")

    value: Any
    source: Source = "stated"


# an item of ClauseOnTable.excluded that is an exception to a limit the user set ("un audit par an au maximum sauf
# incident": "limit: incident"), written as the case where that limit does not apply, not as something out of the clause
LIMIT_EXCEPTION = "limit: "
# an item of ClauseOnTable.excluded that is a passage the user asked to add ("ajoute qu'il doit nous prévenir 30 jours
# avant…") that no figure or version of the clause writes: a numbered passage in their words, in the third person
ADDED_PASSAGE = "add: "


class ClauseOnTable(BaseModel):
    """The clause last drafted in this conversation: what a follow-up revises."""

    model_config = ConfigDict(extra="ignore")

    topic: str
    position: Literal["msp", "balanced", "client"] = "balanced"
    overrides: dict[str, Any] = Field(default_factory=dict)  # figures the user set
    said: dict[str, Any] = Field(default_factory=dict)  # figure -> [value, unit] given in another unit ("60 days")
    dropped: list[str] = Field(default_factory=list)  # passages taken out, by what they say ("indirect damages")
    excluded: list[str] = Field(default_factory=list)  # exceptions the user put in, in their words ("planned maintenance…")
    located: list[str] = Field(default_factory=list)  # where the data must stay ("france", "eu", "eea")
    # figures of the text the user changed that no named parameter holds ("650 € HT par jour"): unit, per, role words,
    # new value (assistant.chat.figure_match); written again on every rendering, whatever the position
    text_figures: list[dict] = Field(default_factory=list)


class ContractInProgress(BaseModel):
    """What rebuilds the contract: position, per-clause positions, figures, clauses added or removed.
    The scope comes from the conversation's facts, so a fact stated later reaches the contract."""

    model_config = ConfigDict(extra="ignore")

    position: Literal["msp", "balanced", "client"] = "balanced"
    positions: dict[str, str] = Field(default_factory=dict)
    overrides: dict[str, Any] = Field(default_factory=dict)
    added: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list)  # topics, in article order (after the last build)
    export: str | None = None  # file name of the last export (never a server path)
    text_figures: list[dict] = Field(default_factory=list)  # as on the clause on the table, each with its "topic"


class LastAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    act: str = ""
    tool: str = ""
    topic: str | None = None
    term: str | None = None
    question: str = ""
    sources: list[str] = Field(default_factory=list)  # knowledge-base entry ids
    text: str = ""  # the answer body (without the notice), for "rephrase"
    figure: str | None = None  # the figure last named or set ("and the notice?" then "make it 1 month")
    fact: str | None = None  # the count or sum last stated (users, sites, monthly fee): what "sorry, 1 750" corrects
    # s20: the values the figures set by the last turn had before it ("8 % → 15 %": {penalty cap: 8}), what "on coupe
    # la poire en deux" splits with the value now on the table
    before: dict[str, float] = Field(default_factory=dict)


class ConversationState(BaseModel):
    model_config = ConfigDict(extra="ignore")

    version: int = STATE_VERSION
    side: Literal["msp", "client"] | None = None
    lang: Literal["fr", "en"] = "fr"
    facts: dict[str, Fact] = Field(default_factory=dict)
    clause: ClauseOnTable | None = None
    contract: ContractInProgress | None = None
    last: LastAnswer = Field(default_factory=LastAnswer)
    pending: dict[str, Any] | None = None  # a question asked back, and the action waiting for its answer
    data_kinds: list[str] = Field(default_factory=list)  # whose personal data the user said the provider handles
    # figures of the deal the user reported while asking ("the quote says 99.9 %"), not set on a clause (chat.deal_figures)
    deal_figures: dict[str, float] = Field(default_factory=dict)
    hours_said: dict[str, Any] | None = None  # the stated hours as said: {"days": [first, last], "start", "end"}
    # s25: figures given only under a condition, as said, with the clause they belong to ({"said", "topic"}); written into
    # that clause wherever it is rendered (`chat.said_conditions`), never applied
    conditions: list[dict[str, Any]] = Field(default_factory=list)
    # s33: the clause topics of the terms the user brought to be judged (reviewed, asked about), in the order raised: what
    # "what do we push back on first?" weighs first
    raised: list[str] = Field(default_factory=list)
    turns: int = 0

    def awaiting(self) -> bool:
        """A question back waits for its answer (s30: an offer made in passing — the contract offered after the deal's
        facts — does not hold the next message to it)."""
        return bool(self.pending) and self.pending.get("kind") != "offer_contract"

    # -- facts -------------------------------------------------------------------------------
    def set_fact(self, name: str, value: Any, source: Source = "stated") -> bool:
        """Record a scope fact; returns True when it changed. Unknown names are refused."""
        if name not in SCOPE_FIELDS:
            raise KeyError(f"unknown scope field {name}")
        old = self.facts.get(name)
        if old is not None and old.value == value and old.source == source:
            return False
        self.facts[name] = Fact(value=value, source=source)
        return True

    def stated(self) -> list[str]:
        return [k for k in SCOPE_FIELDS if k in self.facts and self.facts[k].source in ("stated", "asked")]

    def inferred(self) -> list[str]:
        """The facts read from the client's trade, not said (to confirm)."""
        return [k for k in SCOPE_FIELDS if k in self.facts and self.facts[k].source == "inferred"]

    def fact(self, name: str, default: Any = None) -> Any:
        f = self.facts.get(name)
        return f.value if f is not None else default

    def scope(self) -> ScopeProfile:
        """The scope profile: stated facts over the defaults of a small MSP deal."""
        data = {k: f.value for k, f in self.facts.items() if f.value is not None}
        try:
            return ScopeProfile.model_validate(data)
        except ValidationError:  # a bad stored value never blocks the conversation: drop it
            good = {}
            for k, v in data.items():
                try:
                    ScopeProfile.model_validate({**good, k: v})
                    good[k] = v
                except ValidationError:
                    continue
            return ScopeProfile.model_validate(good)

    def services(self) -> list[str]:
        return list(self.scope().services)

    # -- storage -----------------------------------------------------------------------------
    def dump(self) -> dict:
        return {"conversation_state": self.model_dump(mode="json"), "lang": self.lang}

    @classmethod
    def load(cls, stored: dict | None, *, side: str | None = None, lang: str | None = None) -> "ConversationState":
        """The state kept in the store; an older or damaged record starts a fresh state (the
        messages themselves are kept by the store either way)."""
        raw = (stored or {}).get("conversation_state")
        state = None
        if isinstance(raw, dict):
            try:
                state = cls.model_validate(raw)
            except ValidationError:
                state = None
        if state is None:
            state = cls()
            legacy = (stored or {}).get("scope")
            if isinstance(legacy, dict):  # conversations kept by the previous engine: their scope hints
                for k, v in legacy.items():
                    if k in SCOPE_FIELDS:
                        state.facts[k] = Fact(value=v, source="stated")
            if (stored or {}).get("lang") in ("fr", "en"):
                state.lang = stored["lang"]
        if side in ("msp", "client"):
            state.side = side
        if lang in ("fr", "en"):
            state.lang = lang
        return state

    # -- the batch interface's view ------------------------------------------------------------
    def public(self) -> dict:
        # what the conversation is about now: the last answer's topic ("et sur la réversibilité ?" after
        # objections on the clause on the table moves it), else the clause on the table
        topic = self.last.topic or (self.clause.topic if self.clause else None)
        position = self.clause.position if self.clause else (self.contract.position if self.contract else None)
        return {"side": self.side, "lang": self.lang, "topic": topic, "position": position,
                "scope": self.scope().model_dump(mode="json"), "stated": self.stated()}
