"""Typed records shared by every wing, and the Retriever protocol they depend on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

Lang = Literal["fr", "en"]
Side = Literal["msp", "client"]
PositionName = Literal["msp", "balanced", "client"]

ASSETS = ("workstations", "servers", "network", "printers", "mobile", "cloud", "business_apps", "telephony")
SERVICES = ("monitoring", "maintenance", "user_support", "backup", "security", "patching",
            "licensing", "consulting", "hosting")


@dataclass(frozen=True)
class SearchResult:
    """One knowledge-base entry found for a query (one result per entry)."""

    id: str
    kind: str
    lang: str
    title: str
    labels: tuple[str, ...]
    score: float
    text: str
    similarity: float = 0.0

    @property
    def primary_label(self) -> str:
        return self.labels[0] if self.labels else ""

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "lang": self.lang, "title": self.title,
                "labels": list(self.labels), "score": round(self.score, 4), "text": self.text}


class Retriever(Protocol):
    def search(self, query: str, *, k: int = 5, kind: str | None = None, lang: str | None = None,
               label: str | None = None) -> list[SearchResult]: ...


class ScopeProfile(BaseModel):
    """What the contract covers; every field optional with a default a small MSP deal would have."""

    model_config = ConfigDict(extra="forbid")

    assets: list[Literal[ASSETS]] = Field(default_factory=lambda: ["workstations", "servers", "network"])  # type: ignore[valid-type]
    services: list[Literal[SERVICES]] = Field(  # type: ignore[valid-type]
        default_factory=lambda: ["monitoring", "maintenance", "user_support", "backup", "security", "patching"])
    # who controls the systems: None = not stated (the obligations engine then gives both readings)
    control: Literal["exclusive", "shared"] | None = None
    on_site: bool = True
    hours: Literal["business", "extended", "24x7"] = "business"
    criticality: Literal["low", "medium", "high"] = "medium"
    users: int = Field(default=25, ge=1, le=1_000_000)
    sites: int = Field(default=1, ge=1, le=10_000)
    personal_data: bool = True
    # optional commercial facts; drafting derives them from the above when absent
    client_name: str | None = Field(default=None, max_length=200)
    provider_name: str | None = Field(default=None, max_length=200)
    monthly_fee_eur: float | None = Field(default=None, gt=0, le=10_000_000, allow_inf_nan=False)


@dataclass(frozen=True)
class Citation:
    ref: int
    id: str
    kind: str
    title: str
    labels: tuple[str, ...]
    excerpt: str

    def to_json(self) -> dict:
        return {"ref": self.ref, "id": self.id, "kind": self.kind, "title": self.title,
                "labels": list(self.labels), "excerpt": self.excerpt}


@dataclass
class Answer:
    answer: str
    mode: Literal["offline", "llm"]
    language: str
    intent: str
    citations: list[Citation] = field(default_factory=list)
    notice: str | None = None

    def to_json(self) -> dict:
        out = {"answer": self.answer, "mode": self.mode, "language": self.language,
               "intent": self.intent, "citations": [c.to_json() for c in self.citations]}
        if self.notice:
            out["notice"] = self.notice
        return out


@dataclass
class Explanation:
    """A term explained in plain language (`term` is None when no term was recognised)."""

    term: str | None
    explanation: str
    citations: list[Citation] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"term": self.term, "explanation": self.explanation, "citations": [c.to_json() for c in self.citations]}
