"""The tools' typed inputs (pydantic models, also the schemas the model sees: `TOOLS`, `tool_schemas`), a call
(`ToolCall`), a tool's output (`ToolOutput`, `ToolError`) and the helpers that join outputs (`combine`) or clean
their text (`unbracket`, `strip_notice`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.chat.citations import NOTICE
from assistant.precedents.chat import FindPrecedents
from assistant.types import ASSETS, SERVICES, Citation


Position = Literal["msp", "balanced", "client"]
Service = Literal[SERVICES]  # type: ignore[valid-type]
Asset = Literal[ASSETS]  # type: ignore[valid-type]


# -- typed tool inputs (the model sees these schemas) ------------------------------------------------
class ScopeFacts(BaseModel):
    """Facts the user stated about the deal; leave out anything not stated."""

    users: int | None = Field(default=None, ge=1, le=1_000_000)
    sites: int | None = Field(default=None, ge=1, le=10_000)
    hours: Literal["business", "extended", "24x7"] | None = None
    control: Literal["exclusive", "shared"] | None = None
    on_site: bool | None = None
    personal_data: bool | None = None
    criticality: Literal["low", "medium", "high"] | None = None
    client_name: str | None = Field(default=None, max_length=200)
    provider_name: str | None = Field(default=None, max_length=200)
    monthly_fee_eur: float | None = Field(default=None, gt=0, le=10_000_000)


Day = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


class HoursSaid(BaseModel):
    """Service hours as said ("du lundi au samedi 7h-19h"): first and last day, start and end hour (0-24)."""

    days: tuple[Day, Day]
    start: float = Field(ge=0, le=24)
    end: float = Field(ge=0, le=24)


class UpdateScope(BaseModel):
    """Record facts the user stated (numbers of users and sites, hours, on-site work, personal data, price,
    party names, their side) and services or assets added to or removed from the scope."""

    facts: ScopeFacts = Field(default_factory=ScopeFacts)
    add_services: list[Service] = Field(default_factory=list)
    remove_services: list[Service] = Field(default_factory=list)
    add_assets: list[Asset] = Field(default_factory=list)
    remove_assets: list[Asset] = Field(default_factory=list)
    side: Literal["msp", "client"] | None = None
    deal_figures: dict[str, float] = Field(default_factory=dict, description="figures of the deal the user reported from "
                                           "a document while asking (their quote, their draft), not set on any clause")
    hours_said: HoursSaid | None = Field(default=None, description="the service hours exactly as the user gave them, when "
                                                                   "they named both the days and the times")
    conditions: list[str] = Field(default_factory=list, description="figures the user gave only under a condition, as "
                                                                    "said ('+10 % if we exceed 50 seats'): kept and written "
                                                                    "with their condition, never applied")
    exclusions: list[str] = Field(default_factory=list, description="things the user keeps out of the provider's hands, "
                                                                    "in their words ('the parking cameras'), when no "
                                                                    "service or asset of the lists names them")
    inferred: list[Literal["personal_data", "criticality"]] = Field(
        default_factory=list, description="facts read from the client's trade only (a law firm, a clinic, a factory), not "
                                          "said: kept as inferences to confirm")
    inferred_from: Literal["trade", "access"] = Field(default="trade", description="what the inferred facts were read "
                                                      "from: the client's trade, or the provider's access to its machines")
    personal_data_of: list[Literal["staff", "customers", "patients", "pupils", "images"]] = Field(
        default_factory=list, description="whose personal data the user said the provider handles (staff mailboxes, "
                                          "customer database, patient files, pupils' records, CCTV footage)")


class AnswerQuestion(BaseModel):
    """Answer a question about law, a clause, a practice or figures, from the knowledge base."""

    question: str = Field(max_length=4000)
    topic: str | None = Field(default=None, description="clause topic id when the question is about one clause")
    figures: dict[str, float] = Field(default_factory=dict,
                                      description="figures the user asks about (slot name -> value)")
    focus: str | None = Field(default=None, max_length=4000,
                              description="for a follow-up, the user's own words (the question adds context)")
    compare: bool = Field(default=False, description="the question compares the clause on the table (topic) with "
                                                     "something else: the search looks for that clause")
    judge: bool = Field(default=False, description="whether it is good for the user's side is asked: the figures (or, with "
                                                   "on_clause, the clause on the table) judged against the library's versions")
    terms: str | None = Field(default=None, max_length=4000,
                              description="with judge: the words of a term the user stated or quoted ('uncapped liability "
                                          "for the provider'), read by the review's rules and judged for the user's side")
    on_clause: bool = Field(default=False, description="a follow-up asked of the clause just drafted (topic) without "
                                                       "naming it ('do power cuts count?'): the search looks for that clause")
    usual: Literal["percent", "months", "days", "hours", "eur"] | None = Field(
        default=None, description="the question asks the usual value of the topic's figures in this unit, none given "
                                  "('what % is normal?', 'combien de mois d'habitude ?'): the library's range is added")
    lead: Literal["access_msp", "access_client", "claim_means", "claim_means_fact", "claim_fines",
                  "claim_fines_fact"] | None = Field(
        default=None, description="the verdict the message itself settles, said first (chat.answer_leads): the provider's "
                                  "access to the client's machines (a processor), a claim of the other side checked")
    lead_words: dict[str, str] = Field(default_factory=dict, description="the words the lead quotes (the access held, the "
                                                                        "task the follow-up says was not done)")


class ExplainTerm(BaseModel):
    """Define a contract or IT term (GTR, SLA, réversibilité, sous-traitant ultérieur...)."""

    term: str = Field(max_length=200)
    question: str = Field(default="", max_length=4000, description="the user's question, when it asks more than the definition")


class AnalyseObligations(BaseModel):
    """Say which commitments are obligations of means, reinforced means or result for the stated scope."""

    question: str = Field(max_length=4000)


class DraftClause(BaseModel):
    """Draft one clause (it becomes the clause on the table)."""

    topic: str = Field(description="clause topic id, e.g. sla, liability, penalties, reversibility")
    position: Position | None = None
    figures: dict[str, float] = Field(default_factory=dict, description="slot name -> value, e.g. penalty_cap_percent")
    said: dict[str, list] = Field(default_factory=dict, description="slot name -> [value, unit] for a figure the user "
                                  "gave in another unit (day, business_day), written in the clause as given")
    said_figures: list[dict] = Field(default_factory=list, description="figures of the message no slot name holds, "
                                     "matched to the clause's own figures by unit and role: {value, unit, per, old, "
                                     "words, text}")
    add: list[str] = Field(default_factory=list, description="passages to write into the clause, in the user's words, "
                           "that no figure or version of it writes (e.g. a head of loss the liability does not exclude)")


class ReviseClause(BaseModel):
    """Change the clause on the table (or that article of the contract in progress): another position
    and/or figures."""

    topic: str | None = None
    position: Position | None = None
    figures: dict[str, float] = Field(default_factory=dict)
    said: dict[str, list] = Field(default_factory=dict, description="as in draft_clause")
    said_figures: list[dict] = Field(default_factory=list, description="figures of the message no slot name holds, "
                                     "matched to the clause's own figures by unit and role: {value, unit, per, old, "
                                     "words, text}")
    drop: list[str] = Field(default_factory=list, description="passages to take out, named by what they say, e.g. "
                            "'indirect damages'")
    exclude: list[str] = Field(default_factory=list, description="exceptions to write into the clause, in the user's "
                               "words, e.g. 'planned maintenance announced 48 hours ahead'")
    locate: list[str] = Field(default_factory=list, description="where the data must stay, written into the clause: "
                              "'france', 'eu', 'eea'")
    add: list[str] = Field(default_factory=list, description="an obligation or condition to add, in the user's words, "
                           "written as a new numbered passage when no figure or version of the clause already writes it")


class Objections(BaseModel):
    """What the other side will contest in a clause (its negotiation notes)."""

    topic: str | None = None
    fallback: bool = Field(default=False, description="the other side refuses: the same notes given as the fallbacks and "
                                                      "what to trade")


class Rephrase(BaseModel):
    """Rephrase the last clause or answer in plainer, shorter words."""

    style: Literal["simpler", "shorter"] = "simpler"
    lang: Literal["fr", "en"] | None = None  # s29: the clause on the table given in that language ("en anglais pour le DG")


class DraftContract(BaseModel):
    """Draft the whole contract from the stated scope (it becomes the contract in progress)."""

    position: Position | None = None


class ShowArticle(BaseModel):
    """Show what one article of the contract in progress says, and put it on the table (to revise it next)."""

    topic: str


class ReviseContract(BaseModel):
    """Change the contract in progress: one article's position, figures, articles added or removed."""

    topic: str | None = None
    position: Position | None = None
    figures: dict[str, float] = Field(default_factory=dict)
    add_clauses: list[str] = Field(default_factory=list)
    remove_clauses: list[str] = Field(default_factory=list)
    said_figures: list[dict] = Field(default_factory=list, description="as in revise_clause")


class Priorities(BaseModel):
    """Summarise what to negotiate first, for the user's side."""


class ExportDocument(BaseModel):
    """Export the contract in progress (or the clause on the table) as a file."""

    format: Literal["docx", "md", "pdf"] = "docx"


class ReviewText(BaseModel):
    """Review a contract or clause text the user pasted."""

    text: str = Field(max_length=200_000)
    subject: str | None = Field(default=None, max_length=60)  # s33: the clause topic the message names outside the text


class AskUser(BaseModel):
    """Ask the user one short question back when the message is unclear."""

    question: str = Field(max_length=300)


TOOLS: dict[str, type[BaseModel]] = {
    "update_scope": UpdateScope, "answer_question": AnswerQuestion, "explain_term": ExplainTerm,
    "analyse_obligations": AnalyseObligations, "draft_clause": DraftClause, "revise_clause": ReviseClause,
    "objections": Objections, "rephrase": Rephrase, "draft_contract": DraftContract,
    "revise_contract": ReviseContract, "priorities": Priorities, "export_document": ExportDocument,
    "review_text": ReviewText, "ask_user": AskUser, "find_precedents": FindPrecedents, "show_article": ShowArticle,
}


@dataclass
class ToolCall:
    name: str
    args: dict = field(default_factory=dict)


@dataclass
class ToolOutput:
    tool: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    topic: str | None = None
    extra: dict = field(default_factory=dict)
    ok: bool = True


class ToolError(ValueError):
    """A tool cannot run with these arguments (unknown topic, nothing on the table...)."""


def unbracket(text: str) -> str:
    """Knowledge-base text with a figure in brackets ("[2] heures") must not look like a source [n]."""
    return re.sub(r"\[(\d+(?:[.,]\d+)?)\]", r"\1", text)


def strip_notice(text: str) -> str:
    for n in NOTICE.values():
        text = text.replace(n, "")
    return text.strip()


_REF = re.compile(r"\[(\d+)\]")


def combine(parts: list[tuple[str, list[Citation]]]) -> tuple[str, list[Citation]]:
    """Texts with their own [n] numbering made into one text with one list of sources."""
    merged: list[Citation] = []
    texts = []
    for text, cites in parts:
        mapping = {}
        for c in cites:
            found = next((m for m in merged if m.id == c.id), None)
            if found is None:
                found = Citation(ref=len(merged) + 1, id=c.id, kind=c.kind, title=c.title, labels=c.labels,
                                 excerpt=c.excerpt)
                merged.append(found)
            mapping[c.ref] = found.ref
        texts.append(_REF.sub(lambda m: f"[{mapping[int(m.group(1))]}]" if int(m.group(1)) in mapping
                              else m.group(0), text))
    return "\n\n".join(t for t in texts if t.strip()), merged


def tool_schemas() -> list[dict]:
    """The tools as OpenAI-style function schemas (what `bind_tools` sends to the model)."""
    from langchain_core.utils.function_calling import convert_to_openai_tool

    out = []
    for name, model in TOOLS.items():
        spec = convert_to_openai_tool(model)
        spec["function"]["name"] = name
        out.append(spec)
    return out


def args_schema(name: str) -> dict[str, Any]:
    return TOOLS[name].model_json_schema()
