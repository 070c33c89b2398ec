"""One tool layer over the legal engines, shared by the offline router and the model's tool
calls. Each tool has a typed input (a pydantic model, also the schema the model sees), reads
the conversation state and is the only place that changes it."""

from __future__ import annotations

import math
import re
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Literal

from pydantic import BaseModel, Field

from assistant.chat.answer_plan import question_type
from assistant.chat.citations import NOTICE
from assistant.chat.composed import cite
from assistant.chat.state import ADDED_PASSAGE, LIMIT_EXCEPTION, ClauseOnTable, ContractInProgress, ConversationState
from assistant.chat.figure_roles import clause_figures
from assistant.chat.wording import (counted, describe_scope, stated_short, fact_text, figure_value, figures_text, join, label,
                                    say)
from assistant.knowledge.taxonomy import load_taxonomy
from assistant.legal.drafting.clause import DraftingError, citations_for, draft_clause
from assistant.legal.drafting.contract import ContractDraft, build_contract, topics_for
from assistant.legal.drafting.slots import POSITIONS, values_from_scope
from assistant.legal.obligations import analyse, commitment, type_name
from assistant.precedents.chat import FindPrecedents, search_precedents
from assistant.text import fold, split_sentences
from assistant.types import ASSETS, SERVICES, Citation, ScopeProfile

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


# French past participles agree with the item: "la sauvegarde retirée", "les imprimantes ajoutées"
_FEMININE_PLURALS = ("les imprimantes", "les applications")


def _agreement(names: list[str], lang: str) -> str:
    if lang == "en":
        return ""
    fem = [n.startswith("la ") or n.startswith(_FEMININE_PLURALS) for n in names]
    if len(names) > 1:
        return "_f" if all(fem) else ""
    if names[0].startswith("les "):
        return "_fpl" if fem[0] else "_pl"
    return "_f" if fem[0] else ""


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
    hours_said: HoursSaid | None = Field(default=None, description="the service hours exactly as the user gave them, when "
                                                                   "they named both the days and the times")
    personal_data_of: list[Literal["staff", "customers", "patients", "pupils", "images"]] = Field(
        default_factory=list, description="whose personal data the user said the provider handles (staff mailboxes, "
                                          "customer database, patient files, pupils' records, CCTV footage)")


# a change asked of a figure on the table, its unit unsaid: "et si on descend à 99,5 ?", "passe à 18", "go down to 99.5"
# the monthly fee named as the object of a change ("la redevance", "le forfait mensuel", "the monthly fee", "le prix")
_FEE_NAMED = re.compile(r"\b(?:redevance|forfait(?: mensuel)?|abonnement|(?:monthly )?fees?|prix(?: mensuel)?|price|"
                        r"tarif(?! horaire)|subscription|mensualite)\b")
_ASKED = re.compile(r"\?|^(?:(?:et|and|so|alors|mais|but)\W+)?(?:est-ce|peut-on|puis-je|pourrait-on|on peut|on pourrait|"
                    r"can|could|should|shall|may|might|is|are|would|do|does|what if|et si|si on|if we)\b")
_BARE_CHANGE = re.compile(r"\b(descend\w*|monte\w*|baiss\w*|augment\w*|redui\w*|passe\w*|mets|mettons|met|mettez|"
                          r"go (down|up)|drop|lower|raise|bump|move|make it|set it|plutot|instead|rather|more like|"
                          r"make that|let'?s say|disons|et si|what if|"
                          r"i meant|je voulais dire|je voulais|correction|rectif\w*|oops|oups|pardon|sorry)\b")


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
    on_clause: bool = Field(default=False, description="a follow-up asked of the clause just drafted (topic) without "
                                                       "naming it ('do power cuts count?'): the search looks for that clause")
    usual: Literal["percent", "months", "days", "hours", "eur"] | None = Field(
        default=None, description="the question asks the usual value of the topic's figures in this unit, none given "
                                  "('what % is normal?', 'combien de mois d'habitude ?'): the library's range is added")


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


class Rephrase(BaseModel):
    """Rephrase the last clause or answer in plainer, shorter words."""

    style: Literal["simpler", "shorter"] = "simpler"


class DraftContract(BaseModel):
    """Draft the whole contract from the stated scope (it becomes the contract in progress)."""

    position: Position | None = None


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


class AskUser(BaseModel):
    """Ask the user one short question back when the message is unclear."""

    question: str = Field(max_length=300)


TOOLS: dict[str, type[BaseModel]] = {
    "update_scope": UpdateScope, "answer_question": AnswerQuestion, "explain_term": ExplainTerm,
    "analyse_obligations": AnalyseObligations, "draft_clause": DraftClause, "revise_clause": ReviseClause,
    "objections": Objections, "rephrase": Rephrase, "draft_contract": DraftContract,
    "revise_contract": ReviseContract, "priorities": Priorities, "export_document": ExportDocument,
    "review_text": ReviewText, "ask_user": AskUser, "find_precedents": FindPrecedents,
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


# -- the toolbox ----------------------------------------------------------------------------------
class Toolbox:
    def __init__(self, *, entries, retriever, composer, export_dir: Path | str, kb_dir: Path | None = None,
                 precedents: Callable[[], Any] | None = None) -> None:
        self.precedents = precedents  # the user's clause banks (built on first use), None without them
        self.entries = tuple(entries)
        self.retriever = retriever
        self.composer = composer
        self.export_dir = Path(export_dir)
        self.kb_dir = kb_dir
        self.tax = load_taxonomy()
        self._by_id = {e.id: e for e in self.entries}
        self.topics = [t for t in self.tax.topic_ids if any(e.id.startswith(f"clause.{t}.") for e in self.entries)]

    # -- dispatch ----------------------------------------------------------------------------------
    def run(self, call: ToolCall, state: ConversationState, *, owner: str = "") -> ToolOutput:
        model = TOOLS.get(call.name)
        if model is None:
            raise ToolError(f"unknown tool {call.name}")
        args = model.model_validate(call.args or {})
        fn: Callable[..., ToolOutput] = getattr(self, f"_{call.name}")
        return fn(args, state, owner=owner)

    def topic_name(self, topic: str, lang: str) -> str:
        try:
            return self.tax.topic(topic).name(lang)
        except (KeyError, ValueError, AttributeError):
            return topic.replace("_", " ")

    def _check_topic(self, topic: str | None) -> str | None:
        if topic is None:
            return None
        if topic not in self.topics:
            raise ToolError(f"unknown clause topic {topic}")
        return topic

    # -- facts --------------------------------------------------------------------------------------
    def _update_scope(self, a: UpdateScope, state: ConversationState, **_) -> ToolOutput:
        lang = state.lang
        said: list[str] = []
        if a.side and a.side != state.side:
            state.side = a.side
            said.append(say(lang, "side_set", side=say(lang, f"side_names.{a.side}")))
        for name, value in a.facts.model_dump(exclude_none=True).items():
            state.set_fact(name, value)
            if name == "hours" and a.hours_said and a.hours_said.end > a.hours_said.start:  # the hours as given
                days, times = hours_text(a.hours_said.model_dump(mode="json"), lang).split(", ")[:2] if lang == "en" \
                    else (hours_text(a.hours_said.model_dump(mode="json"), lang).split(",")[0], "")
                said.append(f"horaires {days}" if lang == "fr" else f"hours {days} {times}")
            else:
                said.append(fact_text(name, value, lang))
        if a.facts.hours is not None:  # the hours restated: as said this time, or the usual ones of that kind
            state.hours_said = a.hours_said.model_dump(mode="json") if a.hours_said and a.hours_said.end > \
                a.hours_said.start else None
        if a.personal_data_of:
            state.data_kinds = list(dict.fromkeys(state.data_kinds + list(a.personal_data_of)))
            if a.facts.personal_data is None:
                state.set_fact("personal_data", True)
        scope = state.scope()
        services = list(scope.services)
        added = [s for s in a.add_services if s not in services]
        removed = list(dict.fromkeys(a.remove_services))
        if a.add_services or a.remove_services:
            services = [s for s in services if s not in a.remove_services] + added
            if not services:
                raise ToolError("the scope would have no service left")
            state.set_fact("services", services)
        assets = list(scope.assets)
        a_added = [x for x in a.add_assets if x not in assets]
        a_removed = [x for x in a.remove_assets if x in assets]
        if a.add_assets or a.remove_assets:
            assets = [x for x in assets if x not in a.remove_assets] + a_added
            if assets:
                state.set_fact("assets", assets)
        for group, items, verb in (("services", added, "added"), ("assets", a_added, "added"),
                                   ("services", removed, "removed"), ("assets", a_removed, "removed")):
            if items:
                names = [label(lang, group, i) for i in items]
                key = (f"{verb}_one" if len(items) == 1 else f"{verb}_many") + _agreement(names, lang)
                said.append(say(lang, key, item=names[0], items=join(names, lang)))
        restated = not said and a.side is not None and not a.facts.model_dump(exclude_none=True) and not (
            a.add_services or a.remove_services or a.add_assets or a.remove_assets)
        text = say(lang, "facts_head", facts=join(said, lang)) if said else ("" if restated else say(lang, "facts_none"))
        out = ToolOutput("update_scope", text[:1].upper() + text[1:] if text else "")
        if state.contract is not None and said:
            built = self.build(state)
            out.text += " " + say(lang, "contract_updated", n_articles=counted(len(built.sections), "article", lang),
                                  n_annexes=counted(len(built.annexes), "annex", lang))
            if "hosting" in a.remove_services:
                out.text += " " + say(lang, "hosting_out")
            out.extra["contract"] = built
        return out

    # -- questions -------------------------------------------------------------------------------------
    def _answer_question(self, a: AnswerQuestion, state: ConversationState, *, owner: str = "") -> ToolOutput:
        lang = state.lang
        parts: list[tuple[str, list[Citation]]] = []
        topic = a.topic if a.topic in self.topics else None
        query = a.question
        if (a.compare or a.on_clause) and topic:  # "how's that different from returning the data?", "ça compte ?": that clause
            query = f"{a.question} {self.topic_name(topic, lang)}"
        why = self._why_processor(a.focus or a.question, state)
        if why is not None:  # "do we even need the processor terms?" after the user said whose data it is
            parts.append(why)
            query = f"{query} {say(lang, 'query.personal_data_contract')}"
        results = self.retriever.search(query, k=6, prefer_lang=lang, owner=owner) if self.retriever else []
        # a follow-up asked of the clause just drafted is answered as its question, not by the sentence nearest its few words
        composed = self.composer.answer(query, results, lang=lang, side=state.side,
                                        focus=a.focus if a.focus and a.focus != query and not a.on_clause else None)
        # a figure is read against a clause's range only when the question says what it is (s16b: "nous doit 2 mois de
        # redevance" is a debt, not a cap)
        figures = clause_figures(a.figures, a.question, state.clause.topic if state.clause else None)
        judged = self._figure_verdict(figures, topic, state, a.focus or a.question) if figures else None
        if not (figures and not self.composer.relevant(results)):
            text, cites = strip_notice(composed.text), list(composed.citations)
            if judged is not None:
                # "un plafond d'un mois, c'est normal ?": the answer's verdict, then the figure against the usual range,
                # both in its opening; the rule and the conditions follow
                head, _, rest = text.partition("\n\n")
                parts += [(head, cites), judged, (rest, cites)]
            else:
                parts.append((text, cites))
        elif judged is not None:
            parts.append(judged)
        if figures:  # the answer first (issue 15), then the figures against the clause library
            parts.append(self._assess(figures, topic, state))
        elif a.usual and topic:  # "what % is normal?": the library's range for that clause's figures in that unit
            usual = self._usual(topic, a.usual, state)
            if usual is not None:
                parts.append(usual)
        if "control" not in state.stated() and _ASKS_FAULT.search(fold(a.question)) and \
                _INCIDENT.search(fold(a.question)) and question_type(a.question) != "who_proves":
            # "if ransomware hits us, is the MSP liable?": the answer turns on who runs the systems, never given (who has to
            # prove is another question: the burden follows the obligation the contract wrote)
            depends = self._depends_on_control(state.scope(), lang)
            guide = f"guide.means_vs_result.{lang}"
            if depends and guide in self._by_id:
                parts.append((re.sub(r"(?<=[.;:])\s+(?=[A-Z])", " [1] ", depends.rstrip(), count=1) + " [1]",
                              citations_for(self.entries, [guide])))
        text, cites = combine(parts)
        return ToolOutput("answer_question", text, cites, topic=topic, extra={"question": a.question})

    def _why_processor(self, question: str, state: ConversationState) -> tuple[str, list[Citation]] | None:
        """The reason the processor terms are needed, from the personal data the user said the provider handles."""
        from assistant.text import fold

        if state.fact("personal_data") is not True or "personal_data" not in state.stated() or not _ASKS_PROCESSOR.search(
                fold(question)):
            return None
        from assistant.chat.statements import answer_kind

        if answer_kind(question) == "list" and not _ASKS_IF_NEEDED.search(fold(question)):
            return None  # "what must the contract contain?": the contents are asked, not whether processor terms are needed
        entry = self._by_id.get(f"card.no_dpa_in_contract.{state.lang}")
        if entry is None:
            return None
        from assistant.chat.issues import issue_answers

        if issue_answers(question, entry.body, entry.id):
            return None  # "…within 48 hours, is that compliant with GDPR?": the issue asked answers, not whether terms are needed
        kinds = [say(state.lang, f"data_kinds.{k}") for k in state.data_kinds[:2]] or [say(state.lang, "data_kinds.any")]
        return say(state.lang, "why_processor", what=join(kinds, state.lang)) + " [1]", citations_for(self.entries, [entry.id])

    def _ranges(self, figures: dict, state: ConversationState) -> list[tuple[str, Any, str, Any, Any, Any]]:
        """(slot, value, verdict key, low, high, balanced) of each figure the library has a numeric range for."""
        by_pos = {p: values_from_scope(state.scope(), state.lang, p) for p in POSITIONS}
        out = []
        for slot, value in figures.items():
            vals = [by_pos[p].get(slot) for p in POSITIONS]
            if any(v is None or isinstance(v, (str, bool)) for v in vals) or isinstance(value, (str, bool)):
                continue
            low, high = min(vals), max(vals)
            verdict = "assess_within" if low <= value <= high else ("assess_above" if value > high else "assess_below")
            out.append((slot, value, verdict, low, high, by_pos["balanced"][slot]))
        return out

    def _figure_verdict(self, figures: dict, topic: str | None, state: ConversationState,
                        question: str) -> tuple[str, list[Citation]] | None:
        """s16 (issue 15): asked whether a figure is normal ("un plafond à 1 mois de redevance, c'est normal ?", "6 months'
        notice, standard?", "10 % par heure, on doit accepter ?"), the answer opens with that figure against the library's
        usual range, cited to the clause it was read against; the rule and the conditions follow. One figure only: with
        several, which one is asked is not ours to guess."""
        from assistant.chat.slots import figure_topic

        if not _ASKS_USUAL_FIGURE.search(fold(question)) and question_type(question) != "is_it_normal":
            return None
        ranged = self._ranges(figures, state)
        if len(ranged) != 1:
            return None
        slot, value, verdict, low, high, mid = ranged[0]
        lang, mine = state.lang, state.side or "balanced"
        entry = self._by_id.get(f"clause.{figure_topic(slot) or topic}.{mine}.{lang}")
        if entry is None:
            return None
        line = say(lang, "assess_verdict", lead=say(lang, "assess_lead_within" if verdict == "assess_within" else
                                                    "assess_lead_outside"),
                   label=label(lang, "figures", slot), value=figure_value(slot, value, lang), verdict=say(lang, verdict),
                   low=figure_value(slot, low, lang), high=figure_value(slot, high, lang), mid=figure_value(slot, mid, lang))
        return cite(line, 1), citations_for(self.entries, [entry.id])

    def _assess(self, figures: dict, topic: str | None, state: ConversationState) -> tuple[str, list[Citation]]:
        """Figures against the library's range across the three positions (stated scope only)."""
        lang = state.lang
        mine = state.side or "balanced"
        lines = [say(lang, "assess_head", pos=say(lang, f"pos.{mine}"))]
        topics = []
        for slot, value, verdict, low, high, mid in self._ranges(figures, state):
            lines.append("- " + say(lang, "assess_line", label=label(lang, "figures", slot)[:1].upper()
                                    + label(lang, "figures", slot)[1:], value=figure_value(slot, value, lang),
                                    verdict=say(lang, verdict), low=figure_value(slot, low, lang),
                                    high=figure_value(slot, high, lang), mid=figure_value(slot, mid, lang)))
            from assistant.chat.slots import figure_topic

            topics.append(figure_topic(slot) or topic)
        topic = topic or next((t for t in topics if t), None)
        cites: list[Citation] = []
        if topic:
            entry = self._by_id.get(f"clause.{topic}.{mine}.{lang}")
            if entry is not None:
                cites = citations_for(self.entries, [entry.id])
                lines = [lines[0]] + [f"{line} [1]" for line in lines[1:]]  # each figure read against that clause
                lines[0] += " [1]"
                notes = list(entry.negotiation_notes)[:3]
                if notes:
                    lines.append(say(lang, "notes_head"))
                    lines += [f"- {cite(unbracket(n), 1)}" for n in notes]  # every sentence of a note cited
        return "\n".join(lines), cites

    def _usual(self, topic: str, unit: str, state: ConversationState) -> tuple[str, list[Citation]] | None:
        """The library's range, across the three positions, of the clause's figures in one unit (stated scope only)."""
        from assistant.chat.slots import figure_topic

        lang = state.lang
        by_pos = {p: values_from_scope(state.scope(), lang, p) for p in POSITIONS}
        lines = []
        for slot in by_pos["balanced"]:
            vals = [by_pos[p].get(slot) for p in POSITIONS]
            if not slot.endswith(f"_{unit}") or figure_topic(slot) != topic or \
                    any(v is None or isinstance(v, (str, bool)) for v in vals):
                continue
            name = label(lang, "figures", slot)
            lines.append("- " + say(lang, "usual_line", label=name[:1].upper() + name[1:],
                                    low=figure_value(slot, min(vals), lang), high=figure_value(slot, max(vals), lang),
                                    mid=figure_value(slot, by_pos["balanced"][slot], lang)) + " [1]")
        entry = self._by_id.get(f"clause.{topic}.balanced.{lang}")
        if not lines or entry is None:
            return None
        return "\n".join([say(lang, "usual_head") + " [1]", *lines]), citations_for(self.entries, [entry.id])

    def _explain_term(self, a: ExplainTerm, state: ConversationState, **_) -> ToolOutput:
        from assistant.chat.intent import find_term

        term = a.term if a.term in self.tax.term_ids else find_term(a.term)
        if term is None and a.question and self.retriever is not None:
            # a word the glossary does not hold ("what does 'time is of the essence' mean?"): the question answered
            # from the knowledge base, as any other question, rather than nothing
            out = self._answer_question(AnswerQuestion(question=a.question), state)
            return ToolOutput("explain_term", out.text, out.citations, ok=out.ok)
        if term is None:
            raise ToolError(f"unknown term {a.term}")
        from assistant.chat.act_rules import _two_terms_compared

        low = fold(a.question)
        pair = _two_terms_compared(low, low.split(), _NoFigures()) if a.question else None
        if pair and term in pair:  # "RPO vs RTO in plain words": both terms, side by side
            results = self.retriever.search(a.question, k=6, prefer_lang=state.lang) if self.retriever else []
            if results and self.composer.match_card(a.question, results, lang=state.lang) is not None:
                # a reviewed answer sets the two side by side: that answer, the difference first
                out = self._answer_question(AnswerQuestion(question=a.question), state)
                return ToolOutput("explain_term", out.text, out.citations)
            parts = []  # else each definition, one after the other
            for t in [term] + [x for x in pair if x != term]:
                composed = self.composer.explain(t, lang=state.lang)
                parts.append((strip_notice(composed.text), list(composed.citations)))
            text, cites = combine(parts)
            return ToolOutput("explain_term", text, cites)
        composed = self.composer.explain(term, lang=state.lang, question=a.question)
        return ToolOutput("explain_term", strip_notice(composed.text), list(composed.citations))

    def _analyse_obligations(self, a: AnalyseObligations, state: ConversationState, *, owner: str = "") -> ToolOutput:
        from assistant.chat.obligations_answer import describe_scope as their_scope

        lang = state.lang
        scope = state.scope()
        report = analyse(scope, lang=lang)
        results = self.retriever.search(a.question, k=4, prefer_lang=lang, owner=owner) if self.retriever else []
        composed = self.composer.obligations(report, lang=lang, question=a.question, results=results, scope=scope)
        text = strip_notice(composed.text)
        # the composer describes the whole profile: keep only what the user stated, and name the defaults
        text = text.replace(their_scope(scope, lang), stated_short(state, lang))
        # who administers the estate never stated: the answer says what it depends on, unless it already does (a
        # focused answer on one commitment — "la sauvegarde en moyens, c'est normal ?" — says nothing of it)
        if "control" not in state.stated() and not _SAYS_DEPENDS.search(text):
            depends = self._depends_on_control(scope, lang)
            guide = next((c.ref for c in composed.citations if c.id == f"guide.means_vs_result.{lang}"), None)
            if depends:  # the guide the answer already cites says what each commitment becomes: each sentence cites it
                text += "\n\n" + (depends if guide is None else
                                   re.sub(r"(?<=[.;:])\s+(?=[A-Z])", f" [{guide}] ", depends.rstrip(), count=1) + f" [{guide}]")
        from assistant.chat.obligations_answer import named_commitments
        from assistant.text import fold

        if composed.citations and re.search(r"\b(supervision|monitoring|monitore\w*|rmm)\b", fold(a.question)) and \
                not named_commitments(a.question):
            # monitoring is no commitment of its own: say which ones measure it, rather than answer beside the point
            text = say(lang, "obligations_monitoring") + " [1]\n\n" + text
        return ToolOutput("analyse_obligations", text, list(composed.citations), extra={"question": a.question})

    def _depends_on_control(self, scope: ScopeProfile, lang: str) -> str:
        ex = scope.model_copy(update={"control": "exclusive"})
        sh = scope.model_copy(update={"control": "shared"})
        diff = [(cid, commitment(cid, ex, lang=lang).type, commitment(cid, sh, lang=lang).type)
                for cid in ("availability", "restoration_time", "security", "patching", "hardware_replacement")]
        diff = [d for d in diff if d[1] != d[2]]
        if not diff:
            return ""

        def items(i: int) -> str:
            return join([say(lang, "depends_item", label=label(lang, "commitments", cid), kind=type_name(d[i], lang),
                             art="an" if type_name(d[i], lang)[:1].lower() in "aeiou" else "a")
                         for d in diff for cid in [d[0]]], lang)

        return say(lang, "depends_control", exclusive=items(1), shared=items(2))

    # -- clauses -------------------------------------------------------------------------------------
    def _draft_clause(self, a: DraftClause, state: ConversationState, **_) -> ToolOutput:
        topic = self._check_topic(a.topic)
        position = a.position or _side_position(state)
        overrides = {k: v for k, v in (a.figures or {}).items()}
        said = {k: v for k, v in (a.said or {}).items() if k in overrides}
        clause = self._clause(topic, position, overrides, state, said, text_figures=[])
        text_figures: list[dict] = []
        res = None
        if a.said_figures:  # figures of the request no slot name holds: matched to the draft's own figures
            from assistant.chat.figure_match import resolve

            res = resolve(clause, a.said_figures, state.lang, overrides, said, text_figures, drafting=True)
            if res.changes:
                clause = self._clause(topic, position, overrides, state, said, text_figures=text_figures)
        state.clause = ClauseOnTable(topic=topic, position=position, overrides=overrides, said=said,
                                     text_figures=text_figures)
        state.last.tool = "draft_clause"
        out = self._clause_output("draft_clause", clause, state)
        if res is not None:
            lines = []
            if res.changes:
                lines.append(say(state.lang, "figures_applied", what=join(
                    [say(state.lang, "what_figure", old=o, new=n) for o, n in res.changes], state.lang)))
            if res.absent:
                lines.append(say(state.lang, "figure_not_in_draft", title=clause.title, figure=", ".join(res.absent)))
            if lines:
                out.text = "\n".join(lines) + "\n\n" + out.text
        return out

    def _clause(self, topic: str, position: str, overrides: dict, state: ConversationState, said: dict | None = None,
                dropped: list | None = None, excluded: list | None = None, located: list | None = None,
                text_figures: list | None = None):
        try:
            clause = draft_clause(topic=topic, scope=state.scope(), position=position, lang=state.lang,
                                  entries=self.entries, overrides=_clean_figures(overrides))
        except DraftingError as exc:
            raise ToolError(str(exc)) from exc
        from assistant.chat.figure_passage import with_stated_figures  # a figure set that the wording lacks

        clause = with_stated_figures(clause, self.entries, _clean_figures(overrides), state.lang)
        sum_ = overrides.get("non_solicitation_indemnity_eur")
        if sum_ is not None and "non_solicitation_indemnity_months" in clause.slots:  # a fixed sum, not months of salary
            said = {**(said or {}), "non_solicitation_indemnity_months": [sum_, "eur"]}
            clause.slots["non_solicitation_indemnity_eur"] = sum_
        clause = _without_passages(_written_as_said(clause, said or {}, state.lang), dropped or [])
        if topic == "liability" and any(k in overrides for k in _LIABILITY_SAID):
            from dataclasses import replace as _replace

            text = _liability_as_said(clause.text, overrides, state.lang)
            clause = _replace(clause, text=text)
            clause.slots.update({k: overrides[k] for k in _LIABILITY_SAID if k in overrides})
        clause = _with_location(_with_exceptions(clause, excluded or [], state), located or [], state)
        usual = (clause.values or {}).get("hours_label")
        if state.hours_said and "hours" in state.stated() and usual and usual in clause.text:
            from dataclasses import replace as _replace  # the hours the user gave, in place of the usual ones

            clause = _replace(clause, text=clause.text.replace(usual, hours_text(state.hours_said, state.lang)))
        clause = _with_hours(clause, state) if topic == "sla" else clause
        if text_figures is None:  # the figures of the text the user changed, on the clause on the table
            text_figures = state.clause.text_figures if state.clause is not None and state.clause.topic == topic else []
        from assistant.chat.figure_match import apply_text_figures

        return apply_text_figures(clause, text_figures, state.lang)

    def _clause_output(self, tool: str, clause, state: ConversationState, head: str | None = None) -> ToolOutput:
        lang = state.lang
        out = [head or say(lang, "clause_head", title=clause.title, pos=say(lang, f"pos.{clause.position}")), ""]
        out += ["> " + line if line.strip() else ">" for line in clause.text.strip().splitlines()]
        out += ["", say(lang, "obligation", kind=type_name(clause.obligation_type, lang),
                        rationale=clause.rationale.split(" (")[0] if clause.commitments else clause.rationale)]
        if len(clause.commitments) > 1:
            out.append(say(lang, "commitments_head"))
            out += [f"- {label(lang, 'commitments', c.id)} : {type_name(c.type, lang)}" if lang == "fr" else
                    f"- {label(lang, 'commitments', c.id)}: {type_name(c.type, lang)}" for c in clause.commitments]
        scope_line = describe_scope(state, lang)
        if scope_line:
            out += ["", scope_line]
        return ToolOutput(tool, "\n".join(out), list(clause.citations), topic=clause.topic,
                          extra={"clause": clause})

    def _revise_clause(self, a: ReviseClause, state: ConversationState, **kw) -> ToolOutput:
        topic = self._check_topic(a.topic)
        on_table = state.clause
        if on_table is not None and topic and topic != on_table.topic and a.figures and state.contract is None:
            # "préavis de résiliation d'un mois" on a term-and-renewal clause: the clause on the table holds that
            # figure itself, so it is the one revised
            current = self._clause(on_table.topic, on_table.position, on_table.overrides, state)
            if all(k in current.slots for k in a.figures):
                topic = on_table.topic
        if state.contract is not None and (on_table is None or (topic and topic != on_table.topic)
                                           or state.last.tool in ("draft_contract", "revise_contract", "export_document")):
            if topic is None or topic in self.contract_topics(state):
                return self._revise_contract(ReviseContract(topic=topic, position=a.position, figures=a.figures,
                                                            said_figures=a.said_figures), state, **kw)
        if on_table is None or (topic and topic != on_table.topic):
            if topic is None:
                raise ToolError("nothing on the table")
            return self._draft_clause(DraftClause(topic=topic, position=a.position, figures=a.figures), state)
        position = a.position or on_table.position
        overrides = {**on_table.overrides, **(a.figures or {})}
        if "non_solicitation_indemnity_months" in (a.figures or {}):  # months of salary again: the fixed sum goes
            overrides.pop("non_solicitation_indemnity_eur", None)
        said = {**{k: v for k, v in on_table.said.items() if k not in (a.figures or {})},
                **{k: v for k, v in (a.said or {}).items() if k in (a.figures or {})}}
        dropped = list(dict.fromkeys(on_table.dropped + list(a.drop or [])))
        text_figures = [dict(t) for t in on_table.text_figures]
        prior = self._clause(on_table.topic, on_table.position, on_table.overrides, state, on_table.said).slots \
            if a.figures else {}
        changes, asked = self._figures_said(a, on_table, position, overrides, said, text_figures, state)
        if asked and not changes and not a.figures and not a.position:  # two figures could be meant: ask, change nothing
            return ToolOutput("revise_clause", asked, [], topic=on_table.topic)
        before = self._clause(on_table.topic, position, overrides, state, said, dropped, on_table.excluded,
                              text_figures=text_figures)
        present = [x for x in (a.exclude or []) if _covered(before.text, x.removeprefix(LIMIT_EXCEPTION))]  # not written twice
        excluded = list(dict.fromkeys(on_table.excluded + [x for x in (a.exclude or []) if x not in present]))
        located = list(dict.fromkeys(on_table.located + [x for x in (a.locate or []) if x in _REGION_NAMES]))
        clause = self._clause(on_table.topic, position, overrides, state, said, dropped, excluded, located,
                              text_figures=text_figures)
        now = self._clause(on_table.topic, on_table.position, on_table.overrides, state, on_table.said, on_table.dropped,
                           on_table.excluded, on_table.located, text_figures=[dict(t) for t in on_table.text_figures]).text
        added = []
        if a.add and clause.text == now:
            # s17b: "ajoute qu'il doit nous prévenir 30 jours avant…" that no figure or version writes: the passage itself
            added = [x for x in a.add if x.strip() and not _covered(clause.text, x)]
            if added:
                excluded = list(dict.fromkeys(excluded + [ADDED_PASSAGE + x for x in added]))
                clause = self._clause(on_table.topic, position, overrides, state, said, dropped, excluded, located,
                                      text_figures=text_figures)
        gone = [d for d in (a.drop or []) if _passage_of(self._clause(on_table.topic, position, overrides, state, said,
                                                                      text_figures=text_figures).text, d) is None]
        if gone:  # nothing in the clause says that: no change, and the user is told
            raise ToolError(say(state.lang, "no_passage", what=", ".join(gone)))
        missing = [k for k in (a.figures or {}) if k not in clause.slots and k not in changes]
        state.clause = ClauseOnTable(topic=on_table.topic, position=position, overrides=overrides, said=said,
                                     dropped=dropped, excluded=excluded, located=located, text_figures=text_figures)
        state.last.tool = "revise_clause"
        what = []
        if a.position:
            what.append(say(state.lang, "what_position", pos=say(state.lang, f"pos.{position}")))
        if a.figures:
            what.append(figures_text({k: v for k, v in a.figures.items() if k not in missing and k not in changes},
                                     state.lang, said={k: v for k, v in said.items() if k in a.figures},
                                     before={k: v for k, v in prior.items() if k not in on_table.said}))
        if changes.get("_said"):
            what.append(join([say(state.lang, "what_figure", old=o, new=n) for o, n in changes["_said"]], state.lang))
        if a.drop:
            what.append(say(state.lang, "what_dropped", what=", ".join(a.drop)))
        if a.locate and located:
            what.append(("données hébergées " if state.lang == "fr" else "data kept ") + _location_text(located, state.lang))
        if a.exclude:
            what.append(say(state.lang, "what_excluded_present" if present and len(present) == len(a.exclude) else
                            "what_excluded", what=", ".join(x.removeprefix(LIMIT_EXCEPTION) for x in a.exclude)))
        if added:
            what = [w for w in what if w and w != say(state.lang, "what_position", pos=say(state.lang, f"pos.{position}"))]
            what.append(say(state.lang, "what_added", what="; ".join(added)))
        what = [w for w in what if w]
        head = say(state.lang, "revised_clause", title=clause.title, what="; ".join(what)) + " [1]" if what else None
        if clause.text == now and not changes and not present:
            # nothing in the text changed: never said revised (s17b); what the clause already says, told so
            said_already = [x for x in (a.add or []) if _covered(clause.text, x)]
            head = (say(state.lang, "revision_covered", title=clause.title, what="; ".join(said_already)) if said_already
                    else say(state.lang, "revision_unchanged", title=clause.title)) + " [1]"
        out = self._clause_output("revise_clause", clause, state, head=head)
        if changes.get("_kept"):  # a figure said again at its value: the one a later "halve it" changes
            out.extra["figure"] = changes["_kept"][-1]
        if missing:
            out.text = say(state.lang, "figure_not_in_clause", title=clause.title,
                           figure=figures_text({k: a.figures[k] for k in missing}, state.lang)) + "\n\n" + out.text
        return out

    def _figures_said(self, a: ReviseClause, on_table, position: str, overrides: dict, said: dict,
                      text_figures: list, state: ConversationState) -> tuple[dict, str | None]:
        """The figures of the message matched to the clause's own figures (issue 14): those no slot name holds, and a
        slot figure the clause does not have. Returns the changes ({slot or "_said": [(from, to)]}) and a question
        back when two figures of the clause could be meant."""
        from assistant.chat.figure_match import resolve, slot_of

        requests = list(a.said_figures or [])
        current = self._clause(on_table.topic, position, overrides, state, said, on_table.dropped, on_table.excluded,
                               on_table.located, text_figures=text_figures)
        for k, v in (a.figures or {}).items():  # a slot figure the clause has not: the clause figure of its kind
            if k not in current.slots and isinstance(v, (int, float)):
                unit = next((u for suffix, u in _SLOT_UNITS.items() if k.endswith(suffix)), None)
                value, unit = (said[k][0], said[k][1]) if isinstance(said.get(k), (list, tuple)) else (v, unit)
                if unit:
                    requests.append({"value": value, "unit": unit, "text": figures_text({k: v}, state.lang),
                                     "slot": k})
        if not requests:
            return {}, None
        guessed = {r["guess"]: overrides.pop(r["guess"], None) for r in requests if r.get("guess")}
        for k in guessed:  # the value now on the table, while the guess is checked
            if k in on_table.overrides:
                overrides[k] = on_table.overrides[k]
        res = resolve(current, requests, state.lang, overrides, said, text_figures, drafting=False)
        for k, v in guessed.items():
            if k in res.dropped:
                (a.figures or {}).pop(k, None)
            elif v is not None:
                overrides[k] = v
        if res.pending is not None:
            state.pending = res.pending  # "which one?": the answer names the figure (router.plan)
        kept = [k for k in (slot_of(f, current, said) for f in res.kept) if k]
        if not res.changes:
            return ({"_kept": kept} if kept else {}), res.question
        out: dict = {"_said": res.changes, **({"_kept": kept} if kept else {})}
        out.update({r["slot"]: True for r in requests if r.get("slot")})
        return out, res.question

    def _objections(self, a: Objections, state: ConversationState, **_) -> ToolOutput:
        lang = state.lang
        topic = self._check_topic(a.topic) or (state.clause.topic if state.clause else None) or state.last.topic
        if topic is None:
            raise ToolError("no clause to discuss")
        position = state.clause.position if state.clause and state.clause.topic == topic else (
            state.contract.positions.get(topic, state.contract.position) if state.contract else _side_position(state))
        entry = self._by_id.get(f"clause.{topic}.{position}.{lang}")
        if entry is None:
            raise ToolError(f"no clause wording for {topic}")
        other = state.side or ("client" if position == "msp" else "msp" if position == "client" else "none")
        head = say(lang, "objections_head", other=say(lang, f"objections_other.{other}"),
                   title=self.topic_name(topic, lang))
        notes = [f"- {unbracket(n)} [1]" for n in entry.negotiation_notes]
        return ToolOutput("objections", "\n".join([head] + notes), citations_for(self.entries, [entry.id]), topic=topic)

    def _rephrase(self, a: Rephrase, state: ConversationState, **_) -> ToolOutput:
        lang = state.lang
        if state.clause is not None and state.last.tool in ("draft_clause", "revise_clause", "rephrase", "objections"):
            c = state.clause
            clause = self._clause(c.topic, c.position, c.overrides, state, c.said, c.dropped, c.excluded, c.located)
            sentences = plain_sentences(clause.text, limit=3 if a.style == "shorter" else 6)
            from assistant.chat.figure_match import user_set
            from assistant.legal.drafting.figures import sentence_of

            for f in user_set(clause, c.overrides, c.said, c.text_figures, lang):  # the user's figures stay in
                if not any(f.text in s for s in sentences):
                    extra = sentence_of(clause.text, f)
                    extra = extra[:1].upper() + extra[1:] + ("" if extra[-1:] in ".!?" else ".")
                    if extra not in sentences:
                        sentences.append(extra)
            lines = [say(lang, "rephrase_head", title=clause.title) + " [1]"] + [f"- {s}" for s in sentences]
            lines.append(say(lang, "rephrase_kind", kind=type_name(clause.obligation_type, lang)))
            return ToolOutput("rephrase", "\n".join(lines), list(clause.citations)[:1], topic=c.topic)
        if not state.last.text:
            raise ToolError("nothing to rephrase")
        body = re.sub(r"\s*\[\d+\]", "", state.last.text)
        sentences = plain_sentences(body, limit=2 if a.style == "shorter" else 4)
        cites = citations_for(self.entries, state.last.sources[:2])
        refs = "".join(f"[{c.ref}]" for c in cites)
        lines = [say(lang, "rephrase_answer_head")] + [f"- {s}" for s in sentences]
        if refs:
            lines[-1] += f" {refs}"
        return ToolOutput("rephrase", "\n".join(lines), cites, topic=state.last.topic)

    # -- the contract ----------------------------------------------------------------------------------
    def figures_on_table(self, state: ConversationState) -> dict:
        """The figures of what a change applies to now: the clause on the table, or the contract in progress when it
        is what the conversation last worked on (the rule `_revise_clause` follows), defaults included."""
        use_contract = state.contract is not None and (
            state.clause is None or state.last.tool in ("draft_contract", "revise_contract", "export_document"))
        out: dict = {}
        try:
            if use_contract:
                from assistant.chat.slots import figure_topic

                for section in self.build(state).sections:
                    if section.clause is not None:  # a figure two articles share: the value of the article it revises
                        out.update({k: v for k, v in (section.clause.slots or {}).items()
                                    if k not in out or figure_topic(k) == section.topic})
                out.update({k: v for k, v in _clean_figures(state.contract.overrides).items()})
            elif state.clause is not None:
                c = state.clause
                out.update(self._clause(c.topic, c.position, c.overrides, state, c.said).slots or {})
                out.update(_clean_figures(c.overrides))
        except ToolError:
            return {}
        return {k: v for k, v in out.items() if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0}

    def relative_figures(self, slots, state: ConversationState, text: str) -> None:
        """A change relative to a figure ("halve that", "divise le plafond par deux", "un mois de plus", "ajoute 2
        postes") becomes the figure's new value in `slots`, computed on the value now on the table: the figure the
        message names, else the one last set or named; nothing when no such figure is on the table."""
        from assistant.chat.slots import apply_relative, figure_topic, relative_candidates

        rel = slots.relative
        if self._corrected_fact(slots, state, text):
            return
        self._in_said_unit(slots, state)
        if rel is None and not slots.figures and (state.clause is not None or state.contract is not None):
            self._bare_figure(slots, state, text)
            return
        if rel is None or slots.figures:
            return
        if rel[0] == "add" and rel[2] in ("users", "sites"):
            if rel[2] in state.stated() and isinstance(state.fact(rel[2]), int) and rel[2] not in slots.facts:
                new = state.fact(rel[2]) + int(rel[1])
                if new > 0:
                    slots.facts[rel[2]] = new
            return
        low = fold(text)
        if self._relative_fee(slots, state, rel, low):
            return
        current = self.figures_on_table(state)
        if not current:
            return
        named = [c for c in relative_candidates(low) if c in current]
        # "baisse le plafond de responsabilité d'un tiers": of the figures a shared noun ("plafond", "cap") names, the
        # one of the clause the message names
        of_topic = [c for c in named if slots.topic and figure_topic(c) == slots.topic]
        named = of_topic or named
        last = state.last.figure
        if named:
            target = last if last in named else named[0]
        elif last in current and (re.search(r"\b(it|that|this|ca|cela|celui-ci|celle-ci|-le|-la)\b|-(le|la)\b", low)
                                  or len(low.split()) <= 6):
            target = last
        else:
            target = self._first_fitting(rel, current, state) if len(low.split()) <= 6 else None
            if target is None:
                return
        said_now = state.clause.said.get(target) if state.clause is not None and not (
            state.contract is not None and state.last.tool in ("draft_contract", "revise_contract")) else None
        from assistant.chat.figure_match import in_unit

        delta = in_unit(abs(rel[1]), rel[2], said_now[1]) if rel[0] == "add" and said_now else None
        if delta is not None and said_now[0] + (delta if rel[1] > 0 else -delta) > 0:
            # "60 days' notice" and "15 days more" (or "two weeks less"): counted and written in the unit it was said in
            v = said_now[0] + (delta if rel[1] > 0 else -delta)
            v = int(v) if float(v).is_integer() else v
            from assistant.chat.slots import convert_said

            converted = convert_said(v, said_now[1], target)
            slots.figures[target] = converted if converted is not None else current[target]
            slots.said[target] = [v, said_now[1]]
            slots.figure_named = None
            return
        new = apply_relative(rel, target, float(current[target]))
        if new is None:
            return
        slots.figures[target] = new
        slots.figure_named = None
        said = state.clause.said.get(target) if state.clause is not None and not (
            state.contract is not None and state.last.tool in ("draft_contract", "revise_contract")) else None
        if said and rel[0] == "mul":  # "4 business hours", doubled: 8 business hours, still as said
            v = said[0] * rel[1]
            slots.said[target] = [int(v) if float(v).is_integer() else v, said[1]]
        elif said and rel[0] == "add" and rel[2] == said[1] and said[0] + rel[1] > 0:
            v = said[0] + rel[1]  # "10 jours ouvrés" and "5 jours ouvrés de plus": 15 working days, still as said
            slots.said[target] = [int(v) if float(v).is_integer() else v, said[1]]

    def _first_fitting(self, rel: tuple, current: dict, state: ConversationState) -> str | None:
        """"one year less", "deux mois de plus" said right after a clause is drafted (no figure named or set yet): the
        clause's figure that change fits (a time added to a time), the one its text writes first when several do."""
        from assistant.chat.slots import apply_relative, figure_topic

        c = state.clause
        if rel[0] != "add" or rel[2] in ("users", "sites", "percent") or c is None or state.last.tool not in (
                "draft_clause", "revise_clause"):
            return None
        fits = [k for k, v in current.items() if figure_topic(k) == c.topic and apply_relative(rel, k, float(v)) is not None]
        if len(fits) <= 1:
            return fits[0] if fits else None
        try:
            text = fold(self._clause(c.topic, c.position, c.overrides, state, c.said, c.dropped, c.excluded, c.located).text)
        except ToolError:
            return None
        where = {}
        for k in fits:
            v = current[k]
            m = re.search(r"(?<![\d,.])" + re.escape(str(int(v)) if float(v).is_integer() else str(v)) + r"(?![\d,])", text)
            if m:
                where[k] = m.start()
        return min(where, key=where.get) if where else None

    @staticmethod
    def _relative_fee(slots, state: ConversationState, rel: tuple, low: str) -> bool:
        """"augmente la redevance de 10 %", "cut the fee by a third": the monthly fee the user stated, changed by that
        share (a fact of the deal, not a figure of a clause); False when the message names no fee or none was stated."""
        fee = state.fact("monthly_fee_eur")
        if ("monthly_fee_eur" not in state.stated() or not isinstance(fee, (int, float)) or "monthly_fee_eur" in slots.facts
                or not _FEE_NAMED.search(low) or _ASKED.search(low)):
            return False  # "on peut augmenter la redevance de 10 % ?": a change asked about, not ordered
        if rel[0] == "mul":
            new = fee * rel[1]
        elif rel[2] == "percent":
            new = fee * (1 + rel[1] / 100)
        else:
            return False
        if new <= 0:
            return False
        new = round(new, 2)
        slots.facts["monthly_fee_eur"] = int(new) if float(new).is_integer() else new
        return True

    @staticmethod
    def _in_said_unit(slots, state: ConversationState) -> None:
        """"90 days' notice" then "disons plutôt 30": a bare value read as the figure just named is in the unit the
        user gave that figure in (thirty days), not the figure's own unit (thirty months)."""
        from assistant.chat.slots import convert_said

        if state.clause is None or not slots.figures or (
                state.contract is not None and state.last.tool in ("draft_contract", "revise_contract", "export_document")):
            return
        bare = [q for q in slots.quantities if q.unit is None]
        for k, v in list(slots.figures.items()):
            said = state.clause.said.get(k)
            if not (isinstance(said, (list, tuple)) and len(said) == 2) or len(bare) != 1 or bare[0].value != v:
                continue
            now, new = convert_said(said[0], said[1], k), convert_said(v, said[1], k)
            # the reading nearer the figure now: 30 after "90 days" is a month, not thirty months
            if now and new and v > 0 and abs(math.log(new / now)) < abs(math.log(v / now)):
                slots.figures[k] = int(new) if float(new).is_integer() else new
                slots.said[k] = [int(v) if float(v).is_integer() else v, said[1]]

    @staticmethod
    def _corrected_fact(slots, state: ConversationState, text: str) -> bool:
        """"ah non pardon c'est 1 750", "sorry, I meant 19": a short correction of the count or sum the user stated
        last (users, sites, the monthly fee) gives it the new value; False when the message is no such correction."""
        from assistant.chat.slots import CORRECTABLE_FACTS, correction_value
        from assistant.text import fold

        name = state.last.fact
        if (slots.relative is not None or slots.figures or name not in CORRECTABLE_FACTS or name not in state.stated()
                or any(k in slots.facts for k in CORRECTABLE_FACTS)):
            return False
        value = correction_value(fold(text), slots.quantities)
        old = state.fact(name)
        if value is None or not isinstance(old, (int, float)) or value == old:
            return False
        if name in ("users", "sites"):
            if not float(value).is_integer() or value < 1:
                return False
            slots.facts[name] = int(value)
        elif not old / 3 <= value <= old * 3:  # a sum corrected is of the same order as the one taken back
            return False
        else:
            slots.facts[name] = int(value) if float(value).is_integer() else value
        return True

    def _bare_figure(self, slots, state: ConversationState, text: str) -> None:
        """"et si on descend à 99,5 ?", "what if we went to 99.5?": a value without its unit, asked as a change of the
        clause on the table, is the one figure of that clause it can be (within a factor of two of the figure's value
        now); nothing when several can be."""
        from assistant.text import fold

        bare = [q for q in slots.quantities if q.unit is None]
        low = fold(text)
        if not bare or len(bare) != len(slots.quantities) or len(low.split()) > 10 or not _BARE_CHANGE.search(low):
            return
        if state.clause is None and state.last.figure is None:
            return  # the contract's many figures: only the one just set or named is meant
        current = {k: v for k, v in self.figures_on_table(state).items()
                   if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 and k != "monthly_fee_eur"}
        if len(bare) == 2 and re.search(r"\b(not|pas|au lieu de|instead of|rather than|plutot que)\s+(de\s+)?"
                                        + re.escape(fold(bare[1].text)) + r"\b", low):
            # "oops I meant 99.9 not 99.5": the figure now at the value taken back gets the other one
            fits = [k for k, v in current.items() if v == bare[1].value]
        elif len(bare) == 1:
            fits = [k for k, v in current.items() if v / 2 <= bare[0].value <= v * 2]
        else:
            return
        value = bare[0].value
        on_clause = state.clause is not None and not (
            state.contract is not None and state.last.tool in ("draft_contract", "revise_contract", "export_document"))
        said = {k: v for k, v in (state.clause.said if on_clause else {}).items()
                if k in current and isinstance(v, (list, tuple)) and len(v) == 2}
        if said:  # "60 days notice" then "hmm, rather 90": ninety days, in the unit the figure was given in
            from assistant.chat.slots import convert_said

            taken_back = bare[1].value if len(bare) == 2 else None
            matches = [k for k, (v, _unit) in said.items()
                       if (v == taken_back if taken_back is not None else v / 2 <= value <= v * 2)]
            if state.last.figure in matches:
                matches = [state.last.figure]
            if len(matches) == 1:
                k = matches[0]
                new = convert_said(value, said[k][1], k)
                if new is not None and new != current[k]:
                    slots.figures[k] = int(new) if float(new).is_integer() else new
                    slots.said[k] = [int(value) if float(value).is_integer() else value, said[k][1]]
                    return
        last = state.last.figure
        if last in current and last not in fits and last.endswith("_months") and current[last] % 12 == 0 and \
                current[last] / 2 <= value * 12 <= current[last] * 2 and float(value).is_integer():
            # "initial term 3 years" then "no, make it 2": two years, the unit the figure was counted in
            fits, value = [last], value * 12
        if state.last.figure in fits:
            fits = [state.last.figure]
        elif state.clause is None:  # the contract's many figures: only the one just set or named is meant
            return
        if len(fits) == 1 and value != current[fits[0]]:
            slots.figures[fits[0]] = int(value) if float(value).is_integer() else value

    def contract_topics(self, state: ConversationState) -> list[str]:
        c = state.contract or ContractInProgress()
        base = topics_for(state.scope())
        wanted = [t for t in base if t not in c.removed] + [t for t in c.added if t not in base]
        order = [t for t in self.tax.topic_ids]
        return sorted(dict.fromkeys(wanted), key=lambda t: order.index(t) if t in order else 99)

    def build(self, state: ConversationState) -> ContractDraft:
        """The contract in progress, rebuilt from the state (the last few builds are kept: a turn that
        does not change the contract — priorities, export, the batch view — does not rebuild it)."""
        import json

        from assistant.legal.drafting.contract import ORDER

        c = state.contract or ContractInProgress()
        topics = [t for t in ORDER if t in self.contract_topics(state)]
        scope = state.scope()
        key = json.dumps([scope.model_dump(mode="json"), c.position, state.lang, c.positions,
                          _clean_figures(c.overrides), [c.overrides.get(k) for k in _KEPT_FIGURES], topics,
                          state.hours_said, c.text_figures], sort_keys=True,
                         default=str)
        cache = self.__dict__.setdefault("_built", {})
        built = cache.get(key)
        if built is None:
            try:
                built = build_contract(scope=scope, position=c.position, lang=state.lang, entries=self.entries,
                                       positions=c.positions, overrides=_clean_figures(c.overrides), topics=topics)
            except DraftingError as exc:
                raise ToolError(str(exc)) from exc
            if c.overrides.get(_FIXED_SUM) is not None:  # the fixed sum the user set, in place of months of salary
                _fixed_sum_in_contract(built, c.overrides[_FIXED_SUM], state.lang)
            if any(c.overrides.get(k) is not None for k in _LIABILITY_SAID):
                for section in built.sections:
                    if section.topic == "liability":
                        section.text = _liability_as_said(section.text, c.overrides, state.lang)
            if state.hours_said and "hours" in state.stated():  # the hours the user gave, in place of the usual ones
                from assistant.legal.drafting.slots import values_from_scope

                usual = values_from_scope(scope, state.lang)["hours_label"]
                given = hours_text(state.hours_said, state.lang)
                for part in (*built.sections, *built.annexes):
                    part.text = part.text.replace(usual, given)
            if c.text_figures:  # the figures of an article the user changed that no slot holds
                from assistant.chat.figure_match import apply_to_text

                for section in built.sections:
                    mine = [t for t in c.text_figures if t.get("topic") == section.topic]
                    if mine:
                        section.text = apply_to_text(section.text, mine, state.lang)
            cache[key] = built
            while len(cache) > 8:
                cache.pop(next(iter(cache)))
        if state.contract is not None:
            state.contract.sections = [s.topic for s in built.sections]
        return built

    def _draft_contract(self, a: DraftContract, state: ConversationState, **_) -> ToolOutput:
        lang = state.lang
        position = a.position or _side_position(state)
        old = state.contract
        state.contract = ContractInProgress(position=position, overrides=dict(old.overrides) if old else {},
                                            added=list(old.added) if old else [],
                                            removed=list(old.removed) if old else [])
        built = self.build(state)
        state.last.tool = "draft_contract"
        state.last.topic = None
        return ToolOutput("draft_contract", self.contract_summary(built, state), list(built.citations),
                          extra={"contract": built})

    def contract_summary(self, built: ContractDraft, state: ConversationState) -> str:
        lang = state.lang
        out = [say(lang, "contract_head", pos=say(lang, f"pos.{built.position}"),
                   n_articles=counted(len(built.sections), "article", lang),
                   n_annexes=counted(len(built.annexes), "annex", lang)), "", describe_scope(state, lang)]
        if "hosting" not in built.scope.services:
            out.append(say(lang, "hosting_out"))
        out += ["", say(lang, "articles_head")]
        out += [f"{s.number}. {s.title}" + (f" ({say(lang, 'pos.' + s.position)})" if s.position != built.position
                                            else "") for s in built.sections]
        out += ["", say(lang, "annexes_head")] + [f"- {x.title}" for x in built.annexes]
        out += [""] + self.check_lines(built, lang)
        out += ["", say(lang, "next_contract")]
        return "\n".join(out)

    @staticmethod
    def check_lines(built: ContractDraft, lang: str) -> list[str]:
        from assistant.legal.drafting.consistency import blank_counts, blanks

        ok = sum(1 for c in built.consistency if c.status == "ok")
        lines = [say(lang, "check_ok", ok=ok, total=len(built.consistency))]
        lines += [say(lang, "check_warn", message=c.message) for c in built.warnings]
        ok_total = len([c for c in built.consistency if c.status != "todo"])
        lines[0] = say(lang, "check_ok", ok=ok, total=ok_total)
        todo = blanks(built)
        total = sum(blank_counts(built).values())  # the fields, not the sections holding them
        lines.append(say(lang, "to_complete", n=total, fields=join(todo, lang)) if todo else
                     say(lang, "to_complete_none"))
        return lines

    def _revise_contract(self, a: ReviseContract, state: ConversationState, **_) -> ToolOutput:
        lang = state.lang
        if state.contract is None:
            raise ToolError("no contract in progress")
        c = state.contract
        topic = self._check_topic(a.topic)
        said: list[str] = []
        for t in a.add_clauses:
            t = self._check_topic(t)
            if t in c.sections and t not in c.removed:  # "you forgot the confidentiality part": it is there
                said.append(say(lang, "clause_present", title=self.topic_name(t, lang), n=c.sections.index(t) + 1))
                continue
            if t in c.removed:
                c.removed.remove(t)
            elif t not in c.added:
                c.added.append(t)
            said.append(say(lang, "clause_added", title=self.topic_name(t, lang)))
        for t in a.remove_clauses:
            t = self._check_topic(t)
            if t in c.added:
                c.added.remove(t)
            if t not in c.removed:
                c.removed.append(t)
            key = "clause_essential" if t in self.tax.essential_topics else "clause_removed"
            said.append(say(lang, key, title=self.topic_name(t, lang)))
        figures = _clean_figures(a.figures)
        prior: dict = {}
        if figures:  # the values before the change, to say it ("préavis : 3 mois → 2 mois")
            from assistant.chat.slots import figure_topic

            for s_ in self.build(state).sections:
                if s_.clause is not None:
                    prior.update({k: v for k, v in (s_.clause.slots or {}).items()
                                  if k not in prior or figure_topic(k) == s_.topic})
        for k in _KEPT_FIGURES:  # a fixed non-solicitation indemnity, a cap in a share of the fees: kept, survive revisions
            if k in (a.figures or {}):
                figures[k] = a.figures[k]
        if "non_solicitation_indemnity_months" in figures:  # months of salary again: the fixed sum goes
            c.overrides.pop(_FIXED_SUM, None)
        if figures:
            c.overrides.update(figures)
            if topic is None:
                from assistant.chat.slots import figure_topic

                topic = next((figure_topic(k) for k in figures if figure_topic(k)), None)
        if a.position:
            if topic is None:
                c.position = a.position
                c.positions = {}
            else:
                c.positions[topic] = a.position
        changes, asked = [], None
        if a.said_figures:  # figures no slot name holds: matched to the articles' own figures
            from assistant.chat.figure_match import resolve_in_contract

            changes, asked, topic_changed = resolve_in_contract(self.build(state), a.said_figures, lang, c, topic)
            topic = topic or topic_changed
            if asked and not changes and not figures and not a.position:
                return ToolOutput("revise_contract", asked, [], topic=topic)
        built = self.build(state)
        state.last.tool = "revise_contract"
        what = []
        if changes:
            what.append(join([say(lang, "what_figure", old=o, new=n) for o, n in changes], lang))
        if a.position:
            what.append(say(lang, "what_position", pos=say(lang, f"pos.{a.position}")))
        if figures:
            what.append(figures_text(figures, lang, before=prior))
        lines = list(said)
        section = built.section(topic) if topic else None
        if topic and section is None and (figures or a.position or changes):
            lines.append(say(lang, "no_such_section", title=self.topic_name(topic, lang)))
        if section is not None and (figures or a.position or changes):
            lines += [say(lang, "revised_contract", num=section.number, title=section.title, what="; ".join(what)), ""]
            lines += ["> " + line if line.strip() else ">" for line in section.text.splitlines()]
        elif what and not section:
            lines.append(say(lang, "revised_clauses_list", what="; ".join(what)))
        lines += [""] + self.check_lines(built, lang)
        cites = [x for x in built.citations if section is not None and section.clause is not None
                 and x.id == section.clause.entry_id]
        if cites:
            cites = [Citation(ref=1, id=cites[0].id, kind=cites[0].kind, title=cites[0].title, labels=cites[0].labels,
                              excerpt=cites[0].excerpt)]
            lines[0] += " [1]" if not said else ""
            if said:
                lines[len(said)] += " [1]"
        return ToolOutput("revise_contract", "\n".join(lines), cites, topic=topic, extra={"contract": built})

    def _priorities(self, a: Priorities, state: ConversationState, **_) -> ToolOutput:
        lang = state.lang
        side = state.side
        order = {"client": ("liability", "sla", "penalties", "reversibility", "data_protection", "duration_renewal",
                            "price_revision"),
                 "msp": ("liability", "sla", "penalties", "pricing_payment", "duration_renewal", "client_obligations",
                         "non_solicitation")}.get(side or "", ("liability", "sla", "penalties", "reversibility",
                                                               "data_protection", "duration_renewal"))
        lines = [say(lang, "priorities_head", for_side=say(lang, f"priorities_for.{side or 'none'}"))]
        if state.contract is not None:
            built = self.build(state)
            lines += [f"- {say(lang, 'priorities_warn', message=w.message)}" for w in built.warnings[:2]]
        ids: list[str] = []
        position = _side_position(state)
        for topic in order[:5]:
            entry = self._by_id.get(f"clause.{topic}.{position}.{lang}")
            if entry is None or not entry.negotiation_notes:
                continue
            ids.append(entry.id)
            lines.append(f"- **{self.topic_name(topic, lang)}** : {unbracket(entry.negotiation_notes[0])} [{len(ids)}]" if lang ==
                         "fr" else f"- **{self.topic_name(topic, lang)}**: {unbracket(entry.negotiation_notes[0])} "
                         f"[{len(ids)}]")
        if side is None:
            lines.append(say(lang, "priorities_default_note"))
        return ToolOutput("priorities", "\n".join(lines), citations_for(self.entries, ids))

    def _export_document(self, a: ExportDocument, state: ConversationState, **_) -> ToolOutput:
        from assistant.legal.drafting.export import save

        lang = state.lang
        ext = ".md" if a.format == "md" else ".docx"
        self.export_dir.mkdir(parents=True, exist_ok=True)
        prefix = "" if a.format != "pdf" else say(lang, "export_pdf") + "\n\n"
        if state.contract is not None:
            built = self.build(state)
            name = f"contrat-{uuid.uuid4().hex[:8]}{ext}" if lang == "fr" else f"agreement-{uuid.uuid4().hex[:8]}{ext}"
            path = save(built, self.export_dir / name)
            state.contract.export = name
            text = prefix + say(lang, "exported", n_articles=counted(len(built.sections), "article", lang),
                                n_annexes=counted(len(built.annexes), "annex", lang), name=name)
            return ToolOutput("export_document", text, [], extra={"contract": built, "path": str(path)})
        if state.clause is not None:
            c = state.clause
            clause = self._clause(c.topic, c.position, c.overrides, state, c.said, c.dropped, c.excluded, c.located)
            name = f"clause-{c.topic.replace('_', '-')}-{uuid.uuid4().hex[:6]}{ext}"
            path = self.export_dir / name
            md = f"# {clause.title}\n\n{clause.text}\n\n> {strip_notice(NOTICE[lang])}\n"
            if ext == ".md":
                path.write_text(md, encoding="utf-8")
            else:
                _clause_docx(clause.title, clause.text, NOTICE[lang], path)
            text = prefix + say(lang, "exported_clause", title=clause.title, name=name)
            return ToolOutput("export_document", text, [], extra={"path": str(path)})
        raise ToolError("nothing to export")

    def _review_text(self, a: ReviewText, state: ConversationState, **_) -> ToolOutput:
        from assistant.legal.review.documents import load_document
        from assistant.legal.review.report import review_document

        lang = state.lang
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "texte-colle.txt"
            path.write_text(a.text, encoding="utf-8")
            doc = load_document(path)
            report = review_document(doc, retriever=self.retriever, role=state.side or "client",
                                     kb_dir=self.kb_dir)
        role = say(lang, f"side_names.{state.side or 'client'}")
        head = "review_head_one" if len(report.clauses) == 1 else "review_head"
        lines = [say(lang, head, role=role, n_clauses=counted(len(report.clauses), "clause", lang),
                     n_flags=counted(len(report.flags), "flag", lang))]
        # a clause or two pasted in the chat is no contract: the clauses it lacks are not missing from anything
        if report.missing_essential and (len(report.clauses) > 2 or len(a.text) > 1500):
            lines.append(say(lang, "review_missing", topics=join([self.topic_name(t, lang)
                                                                  for t in report.missing_essential], lang)))
        if report.terms_elsewhere is not None and (len(report.clauses) > 2 or len(a.text) > 1500):
            lines.append(report.terms_elsewhere.issue)  # a DPA or SLA annex pasted alone: what the main agreement settles
        ids = []
        for f in report.flags[:5]:
            # s16 (issue 15): every sentence of a point carries the reference of the library entry it was read against (the
            # flag's own entry, else the balanced clause of its topic); a point with neither is shown uncited, as before
            entry = f.entry if f.entry and f.entry in self._by_id else f"clause.{f.topic}.balanced.{lang}"
            line = say(lang, "review_flag", severity=label(lang, "severity", f.severity),
                       title=self.topic_name(f.topic, lang), issue=f.issue, ask=f.ask)
            if entry in self._by_id:
                if entry not in ids:
                    ids.append(entry)
                line = cite(line, ids.index(entry) + 1)
            lines.append("- " + line)
        art = report.gdpr_art28.to_json() if report.gdpr_art28 else {}
        elements = art.get("elements") if isinstance(art, dict) else None
        if isinstance(elements, list) and elements and all(isinstance(e, dict) for e in elements) and \
                ("data" in a.text.lower() or "donn" in a.text.lower()):
            present = sum(1 for e in elements if e.get("present") or e.get("status") in ("present", "found", "ok"))
            lines.append(say(lang, "review_art28", present=present, total=len(elements)))
        topic = next((f.topic for f in report.flags if f.topic in self.topics), None) or next(
            (t for t in report.topics if t in self.topics and t not in ("parties", "scope")), None)
        return ToolOutput("review_text", "\n".join(lines), citations_for(self.entries, ids), topic=topic)

    def _find_precedents(self, a: FindPrecedents, state: ConversationState, *, owner: str = "") -> ToolOutput:
        """Clauses of the user's own bank closest to the request (facts matched, not only words)."""
        from assistant.precedents.engine import PrecedentError

        if self.precedents is None:
            raise ToolError("no clause bank is available here")
        engine = self.precedents()
        if a.bank is None:  # the user's only bank, or the one named "default" when there are several
            names = [b.name for b in engine.banks(owner=owner)]
            if not names:
                raise ToolError("vous n'avez pas encore de base de clauses : ajoutez-en une avec `clausier library "
                                "add FICHIER`" if state.lang == "fr" else
                                "you have no clause bank yet: add one with `clausier library add FILE`")
            if len(names) == 1 or "default" not in names:
                a = a.model_copy(update={"bank": names[0]})
        try:
            _results, text = search_precedents(engine, a, owner=owner, lang=state.lang)
        except PrecedentError as exc:
            raise ToolError(str(exc)) from exc
        return ToolOutput("find_precedents", strip_notice(text))

    def _ask_user(self, a: AskUser, state: ConversationState, **_) -> ToolOutput:
        return ToolOutput("ask_user", a.question.strip())


# -- helpers ---------------------------------------------------------------------------------------
# "do we even need the GDPR processor terms?", "faut-il une annexe RGPD ?", "anything special to put in the contract?"
_ASKS_PROCESSOR = re.compile(
    r"^(?=.*\b(gdpr|rgpd|processor|sous-traitan\w*|art(icle)?\.? ?28|dpa|data processing (agreement|addendum|terms)|"
    r"accord de (sous-)?traitement|annexe (rgpd|donnees)|clauses? (rgpd|donnees)|data protection (terms|clauses?|annex))\b)"
    r"(?=.*\b(need\w*|necessary|required|requirement|mandatory|compulsory|have to|must|obligatoire|necessaire|faut|besoin|"
    r"oblige\w*|indispensable|vraiment|really|still)\b)|"
    r"\b(anything|something|quelque chose|rien) (special|specific|particular|de special|de particulier|a prevoir|to add)\b")


# the question asks whether processor terms are needed at all ("do we even need…", "faut-il…", "est-ce obligatoire")
_ASKS_IF_NEEDED = re.compile(r"\b(do (we|i|they) (even |really |still |actually )?need|(is|are) (it|they|one|a dpa|that|this|the \w+) "
                             r"(even |really |still )?(needed|necessary|required|mandatory|compulsory)|faut-il|(a-t-on|avons-nous|"
                             r"on a) (vraiment |encore )?besoin|est-ce (vraiment |encore )?(obligatoire|necessaire|indispensable)|"
                             r"(sommes|sont)[- ](nous|ils) obliges?)\b")


_SLOT_UNITS = {"_hours": "hour", "_days": "day", "_months": "month", "_years": "year", "_percent": "percent",
               "_eur": "eur"}


class _NoFigures:
    figures: dict = {}


# (the list's shorthand "(maîtrise exclusive) / (maîtrise partagée)" is no sentence: the line in words is added)
_SAYS_DEPENDS = re.compile(r"(?i)\bd[ée]pend|\bselon (que|qui)\b|\bsinon\b|\bwhether\b|\botherwise\b|\bit depends\b|"
                           r"\bif (you|the provider) (administer|run|manage|operate)")


def _side_position(state: ConversationState) -> str:
    return state.side if state.side in ("msp", "client") else "balanced"


_SAID_UNITS = {"fr": {"day": ("jour", "jours"), "business_day": ("jour ouvré", "jours ouvrés"), "week": ("semaine", "semaines"),
                      "year": ("an", "ans"), "business_hour": ("heure ouvrée", "heures ouvrées")},
               "en": {"day": ("day", "days"), "business_day": ("business day", "business days"), "week": ("week", "weeks"),
                      "year": ("year", "years"), "business_hour": ("business hour", "business hours")}}


def _written_as_said(clause, said: dict, lang: str):
    """The clause with each figure the user gave in another unit written in that unit ("60 days' notice", not
    "2 months' notice"; "an RTO of 1 business day", not "24 hours"): the slot and its unit word in the wording."""
    from assistant.legal.drafting.slots import format_value

    raw = getattr(clause, "raw", "") or ""
    changed = raw
    for slot, (value, unit) in said.items():
        if unit == "eur":  # "equal to 3 months of the gross monthly salary of the employee concerned" -> "equal to EUR 15,000"
            amount = format_value(int(value) if float(value).is_integer() else value, lang)
            phrase = f"{amount} €" if lang == "fr" else f"EUR {amount}"
            changed = re.sub(r"\{" + re.escape(slot) + r"\}[ \u202f\u00a0]*(?:mois|months)\b[^,;.]*?(?:salaire brut mensuel|"
                             r"gross monthly salary)(?: perçu par le salarié à son départ| du salarié concerné| of the employee "
                             r"concerned| the employee received on leaving)?", lambda _m: phrase, changed)
            continue
        forms = _SAID_UNITS["en" if lang == "en" else "fr"].get(unit)
        if not forms:
            continue
        many = value >= 2 if lang == "fr" else value != 1
        phrase = f"{format_value(int(value) if float(value).is_integer() else value, lang)} {forms[1] if many else forms[0]}"
        changed = re.sub(r"\{" + re.escape(slot) + r"\}[ \u202f\u00a0]*(?:months?|mois|hours?|heures?|h|days?|jours?)\b",
                         lambda _m: phrase, changed)
    if changed == raw:
        return clause
    from dataclasses import replace as _replace

    from assistant.legal.drafting.clause import render
    return _replace(clause, text=render(changed, lang, clause.values), raw=changed)


_NUMBERED = re.compile(r"^([A-Z0-9]+)\.(\d+)(\s)")


def _passage_of(text: str, what: str) -> int | None:
    """The line of a numbered passage that says `what` (every word of it, by its stem), else None."""
    from assistant.text import fold

    stems = [w[:6] for w in re.findall(r"[a-z]{4,}", fold(what))]
    if not stems:
        return None
    for i, line in enumerate(text.splitlines()):
        if _NUMBERED.match(line) and all(st in fold(line) for st in stems):
            return i
    return None


def _without_passages(clause, dropped: list):
    """The clause without the numbered passages the user took out, the others numbered again."""
    text = clause.text
    for what in dropped:
        i = _passage_of(text, what)
        if i is not None:
            lines = text.splitlines()
            text = "\n".join(lines[:i] + lines[i + 1:])
    if text == clause.text:
        return clause
    n = 0

    def renumber(m: re.Match) -> str:
        nonlocal n
        n += 1
        return f"{m.group(1)}.{n}{m.group(3)}"

    text = "\n".join(_NUMBERED.sub(renumber, line) for line in text.splitlines())
    from dataclasses import replace as _replace
    return _replace(clause, text=text)


_SAME = ((r"planned|scheduled|programm\w*|planifi\w*|prevue?s?", "planned"), (r"announc\w*|annonc\w*|notifi\w*|prevenu\w*|previen\w*|"
          r"notice", "announced"), (r"job (ads?|offers?)|offres? d'emploi|annonces?|advert\w*|public \w+ offer", "jobad"),
         (r"spontan\w*|own initiative|propre initiative|d'eux-memes|on their own|of their own accord", "ownaccord"),
         (r"(\d+) ?(h|hours?|heures?)\b", r"\1h"))
_STOP = {"that", "this", "with", "from", "they", "their", "them", "have", "will", "which", "when", "where", "more", "than",
         "dans", "pour", "avec", "sont", "leur", "leurs", "cette", "celui", "ceux", "gens", "people", "ahead", "avant",
         "exclude", "exclus", "exclure", "also", "aussi", "announce", "anounce"}


def _norm_words(text: str) -> set[str]:
    from assistant.text import fold

    low = fold(text)
    for pat, rep in _SAME:
        low = re.sub(pat, rep, low)
    return {w[:6] for w in re.findall(r"[a-z0-9]{4,}|\d+h", low) if w not in _STOP}


def _covered(text: str, what: str) -> bool:
    """The clause already says it: most of the exception's words (synonyms folded) are in one of its passages."""
    want = _norm_words(what)
    if not want:
        return False
    return any(len(want & _norm_words(line)) >= max(2, round(0.6 * len(want))) for line in text.splitlines())


# "we announce it", "we have given notice", "nous l'annonçons": the user's first person made the party's name, the verb
# in the third person with it
_EN_SAME = {"can", "could", "will", "would", "shall", "should", "must", "may", "might", "did", "had"}
_EN_IRREGULAR = {"are": "is", "have": "has", "do": "does", "go": "goes", "were": "was", "'re": " is", "'ve": " has"}
_FR_IRREGULAR = {"sommes": "est", "avons": "a", "faisons": "fait", "prevenons": "prévient", "prévenons": "prévient",
                 "pouvons": "peut", "devons": "doit", "voulons": "veut", "disons": "dit", "envoyons": "envoie",
                 "allons": "va", "tenons": "tient", "venons": "vient", "mettons": "met", "prenons": "prend",
                 "informons": "informe"}


def _en_third(verb: str) -> str:
    low = verb.lower()
    if low in _EN_SAME or not low.isalpha() or low.endswith(("ed", "ing")):
        return verb
    if low in _EN_IRREGULAR:
        return _EN_IRREGULAR[low]
    if re.search(r"(s|sh|ch|x|z|o)$", low):
        return verb + "es"
    if re.search(r"[^aeiou]y$", low):
        return verb[:-1] + "ies"
    return verb + "s"


def _fr_third(verb: str) -> str:
    low = verb.lower()
    if low in _FR_IRREGULAR:
        return _FR_IRREGULAR[low]
    if low.endswith("çons"):
        return verb[:-4] + "ce"     # annonçons -> annonce
    if low.endswith("geons"):
        return verb[:-4] + "e"      # changeons -> change
    if low.endswith("issons"):
        return verb[:-6] + "it"     # fournissons -> fournit
    if low.endswith("ons"):
        return verb[:-3] + "e"      # notifions -> notifie, donnons -> donne
    return verb


_EN_WE = re.compile(r"\b(?:we|We)(?![\w-])(?:('re|'ve)|\s+((?:(?:also|always|first|duly|then|still|just|only|already) )?)([A-Za-z]+))?")
_FR_NOUS = re.compile(r"\b(?:nous|Nous)\s+((?:(?:l'|le |la |les |lui |leur |en |y )?))([A-Za-zÀ-ÿ]+ons)\b")


def _third_person(x: str, party: str, lang: str) -> str:
    """An exception in the user's words with "we"/"nous"/"on" made the party, the verb agreeing ("if we announce it" ->
    "if the Provider announces it", "si nous l'annonçons" -> "si le Prestataire l'annonce")."""
    if lang == "en":
        def we(m: re.Match) -> str:
            if m.group(1):
                return party + _EN_IRREGULAR[m.group(1)]
            if m.group(3) is None:
                return party
            return f"{party} {m.group(2) or ''}{_en_third(m.group(3))}"
        x = _EN_WE.sub(we, x)
        x = re.sub(r"\bourselves\b", "itself", x)
        x = re.sub(r"\b(?:us)\b", party, x)
        x = re.sub(r"\b(?:ours)\b", party + "'s", x)
        return re.sub(r"\b(?:our|Our)\b", party + "'s", x)
    x = _FR_NOUS.sub(lambda m: f"{party} {m.group(1)}{_fr_third(m.group(2))}", x)
    x = re.sub(r"\b(?:on|On)\b(?= )", party, x)  # "si on l'annonce": already in the third person
    x = re.sub(r"\bnous-memes\b|\bnous-mêmes\b", "lui-même", x)
    x = re.sub(r"\b(?:nous|Nous)\b", party, x)
    return x


_OTHER_SUBJECT = {"fr": re.compile(r"^(?:il|ils|elle|elles|le presta|l'infogerant|l'infogérant)\b", re.I),
                  "en": re.compile(r"^(?:he|she|they|it)\b", re.I)}


def _added_passage(x: str, state: ConversationState) -> str:
    """A passage the user asked to add, in their words and the third person: "il doit nous prévenir 30 jours avant tout
    nouveau sous-traitant" (said by the client) -> "Le Prestataire doit prévenir le Client 30 jours avant tout nouveau
    sous-traitant."; "they must warn us…" -> "The Provider must warn the Client…"."""
    lang = state.lang if state.lang in ("fr", "en") else "fr"
    names = {"msp": ("the Provider", "le Prestataire"), "client": ("the Client", "le Client")}
    me = names.get(state.side or "")
    other = names.get({"msp": "client", "client": "msp"}.get(state.side or "", ""))
    x = x.strip().rstrip(".")
    if other:
        x = _OTHER_SUBJECT[lang].sub(other[0] if lang == "en" else other[1], x)
    if me:
        party = me[0] if lang == "en" else me[1]
        if lang == "fr":  # "doit nous prévenir": the object pronoun before an infinitive, put after it
            x = re.sub(r"\bnous ([a-zéèêàç]+(?:er|ir|re))\b", lambda m: f"{m.group(1)} {party}", x)
        x = _third_person(x, party, lang)
    return x[:1].upper() + x[1:] + "."


def _with_exceptions(clause, excluded: list, state: ConversationState):
    """The clause with the exceptions the user put in, as a last numbered passage in their words (first person made the
    party's name)."""
    if not excluded:
        return clause
    from dataclasses import replace as _replace

    lang = state.lang
    party = {"msp": ("the Provider", "le Prestataire"), "client": ("the Client", "le Client")}.get(state.side or "")
    items, cases, added = [], [], []
    for x in excluded:
        if x.startswith(ADDED_PASSAGE):
            added.append(_added_passage(x.removeprefix(ADDED_PASSAGE), state))
            continue
        limit = x.startswith(LIMIT_EXCEPTION)
        x = x.removeprefix(LIMIT_EXCEPTION).strip().rstrip(".")
        if party:
            x = _third_person(x, party[0] if lang == "en" else party[1], lang)
        (cases if limit else items).append(x)
    lines = clause.text.rstrip().splitlines()
    for x in added:
        nums = [m for m in (_NUMBERED.match(line) for line in lines) if m]
        lines.append((f"{nums[-1].group(1)}.{int(nums[-1].group(2)) + 1} " if nums else "") + x)
    for group, fr, en in ((items, "Par exception, ne sont pas visés : ", "By way of exception, this clause does not apply to: "),
                          (cases, "Par exception, la limite prévue ci-dessus ne s'applique pas dans le cas suivant : ",
                           "By way of exception, the limit above does not apply in the following case: ")):
        if not group:
            continue
        nums = [m for m in (_NUMBERED.match(line) for line in lines) if m]
        head = f"{nums[-1].group(1)}.{int(nums[-1].group(2)) + 1} " if nums else ""
        lines.append(head + (fr if lang == "fr" else en) + "; ".join(group) + ".")
    return _replace(clause, text="\n".join(lines))


_REGION_NAMES = {"france": ("France", "France"), "eu": ("l'Union européenne", "the European Union"),
                 "eea": ("l'Espace économique européen", "the European Economic Area")}


def _location_text(located: list, lang: str) -> str:
    """'France ou l'Union européenne' / 'France or the European Union': the places the data may stay, joined."""
    names = [_REGION_NAMES[x][0 if lang == "fr" else 1] for x in located if x in _REGION_NAMES]
    if lang == "fr":
        names = [("en " + n) if n == "France" else ("dans " + n) for n in names]
        return " ou ".join(names)
    return " or ".join(("in " + n) if n == "France" else ("within " + n) for n in names)


_DAYS = {"fr": {"mon": "lundi", "tue": "mardi", "wed": "mercredi", "thu": "jeudi", "fri": "vendredi", "sat": "samedi",
                "sun": "dimanche"},
         "en": {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday", "sat": "Saturday",
                "sun": "Sunday"}}


def hours_text(said: dict, lang: str) -> str:
    """Service hours as the user gave them, in the contract's words: "du lundi au samedi de 7 h à 19 h, hors jours
    fériés", "Monday to Saturday, 7:00 to 19:00, excluding public holidays"."""
    first, last = (_DAYS[lang][d] for d in said["days"])

    def clock(v: float) -> str:
        h, m = int(v), round((v - int(v)) * 60)
        if lang == "fr":
            return f"{h} h {m:02d}" if m else f"{h} h"
        return f"{h}:{m:02d}"

    if lang == "fr":
        return f"du {first} au {last} de {clock(said['start'])} à {clock(said['end'])}, hors jours fériés"
    return f"{first} to {last}, {clock(said['start'])} to {clock(said['end'])}, excluding public holidays"


def _with_hours(clause, state: ConversationState):
    """An SLA clause counted in business hours, with the hours the user stated ("on est ouverts le samedi"): what those
    hours are, written as a last numbered passage (the library wording names them without saying them)."""
    hours = hours_text(state.hours_said, state.lang) if state.hours_said else (clause.values or {}).get("hours_label")
    if "hours" not in state.stated() or not hours or hours in clause.text or not re.search(
            r"Heures ouvrées|Business Hours", clause.text):
        return clause
    from dataclasses import replace as _replace

    lines = clause.text.rstrip().splitlines()
    nums = [m for m in (_NUMBERED.match(line) for line in lines) if m]
    head = f"{nums[-1].group(1)}.{int(nums[-1].group(2)) + 1} " if nums else ""
    body = (f"Les Heures ouvrées s'entendent {hours}." if state.lang == "fr" else f"Business Hours means {hours}.")
    return _replace(clause, text="\n".join(lines + [head + body]))


def _with_location(clause, located: list, state: ConversationState):
    """The clause with where the data must stay written as a last numbered passage (the user asked for it): hosting,
    processing and backups there only, and access from elsewhere only with the client's prior written consent."""
    if not located:
        return clause
    from dataclasses import replace as _replace

    where = _location_text(located, state.lang)
    lines = clause.text.rstrip().splitlines()
    nums = [m for m in (_NUMBERED.match(line) for line in lines) if m]
    head = f"{nums[-1].group(1)}.{int(nums[-1].group(2)) + 1} " if nums else ""
    if state.lang == "fr":
        body = (f"Localisation des données : les données du Client, sauvegardes comprises, sont hébergées et traitées "
                f"exclusivement {where} ; tout accès ou transfert depuis un autre pays requiert l'accord écrit préalable "
                f"du Client.")
    else:
        body = (f"Data location: the Client's data, backups included, is hosted and processed only {where}; any access "
                f"or transfer from another country requires the Client's prior written consent.")
    return _replace(clause, text="\n".join(lines + [head + body]))


_FIXED_SUM = "non_solicitation_indemnity_eur"
# the liability cap as a share of the fees, and a separate cap for data loss: no slot of the library wording, written
# into the cap's sentence of the clause (and of the contract's liability article)
_LIABILITY_SAID = ("liability_cap_percent", "data_loss_cap_eur")
_KEPT_FIGURES = (_FIXED_SUM,) + _LIABILITY_SAID


# who answers for an incident, asked: the answer depends on who administers the systems
_ASKS_FAULT = re.compile(r"\b(responsab\w*|liable|liability|at fault|fault|faute|blame\w*|a qui la faute|qui paie|qui paye|"
                         r"who pays|pay for|indemnis\w*|dedommag\w*|compensat\w*|se retourner contre|come after|sue|attaquer)\b")
_INCIDENT = re.compile(r"\b(ransomware|rancongiciel\w*|chiffr\w*|encrypted|cyber\w*|attaque\w*|attack\w*|hack\w*|pirat\w*|"
                       r"virus|malware|intrusion|breach\w*|violation|fuite|leak\w*|panne\w*|outage|perte de donnees|data loss|"
                       r"lost (our |the )?data|incident|crash\w*)\b")


def _liability_as_said(text: str, figures: dict, lang: str) -> str:
    from assistant.legal.drafting.slots import format_value

    pct = figures.get("liability_cap_percent")
    if pct is not None:
        p = format_value(int(pct) if float(pct).is_integer() else pct, lang)
        if lang == "fr":
            text = re.sub(r"\bau montant hors taxes\b", f"à {p} % du montant hors taxes", text, count=1)
            text = re.sub(r"(?<!% des )\bles sommes hors taxes dues\b", f"{p} % des sommes hors taxes dues", text, count=1)
        else:
            text = re.sub(r"\bat the amount excluding VAT\b", f"at {p}% of the amount excluding VAT", text, count=1)
            text = re.sub(r"(?<!% of )\bthe sums excluding VAT payable\b", f"{p}% of the sums excluding VAT payable", text, count=1)
    amount = figures.get("data_loss_cap_eur")
    if amount is not None:
        v = format_value(int(amount) if float(amount).is_integer() else amount, lang)
        extra = (f" Par exception, la responsabilité du Prestataire au titre de la perte, de l'altération ou de la destruction "
                 f"de données est soumise à un plafond distinct de {v} € par année contractuelle." if lang == "fr" else
                 f" By way of exception, the Provider's liability for loss, corruption or destruction of data is subject to a "
                 f"separate cap of EUR {v} per contract year.")
        lines = text.splitlines()
        i = next((i for i, line in enumerate(lines) if re.search(r"plafonnée|is capped|liability is capped", line)), None)
        if i is None:
            lines.append(extra.strip())
        elif extra.strip() not in lines[i]:
            lines[i] = lines[i].rstrip() + extra
        text = "\n".join(lines)
    return text
_SALARY_MONTHS = re.compile(r"\S+(?: \([^)]*\))?[ \u202f\u00a0](?:mois|months) (?:du|of the) (?:dernier |last )?(?:salaire brut mensuel|"
                            r"gross monthly salary)(?: perçu par le salarié à son départ| du salarié concerné| of the employee "
                            r"concerned| the employee received on leaving)?")


def _fixed_sum_in_contract(built, amount, lang: str) -> None:
    """The contract's non-solicitation article with the fixed indemnity the user set written in place of months of salary."""
    from assistant.legal.drafting.slots import format_value

    value = format_value(int(amount) if float(amount).is_integer() else amount, lang)
    phrase = f"{value} €" if lang == "fr" else f"EUR {value}"
    for section in built.sections:
        if section.topic == "non_solicitation":
            section.text = _SALARY_MONTHS.sub(lambda _m: phrase, section.text)


def _clean_figures(figures: dict | None) -> dict:
    from assistant.legal.drafting.slots import slot_specs

    specs = slot_specs()
    out = {}
    for k, v in (figures or {}).items():
        if k in specs and k != "monthly_fee_eur":
            out[k] = int(v) if isinstance(v, float) and v.is_integer() else v
    return out


_REF = re.compile(r"\[(\d+)\]")


# whether a figure is acceptable as it stands: "c'est normal ?", "standard?", "on doit accepter ?", "should we sign that?"
_ASKS_USUAL_FIGURE = re.compile(r"\b((on|je|nous) (doit|dois|devons) (l'|les |le |la )?(accepter|signer)|(do|must|should) (we|i) "
                                r"(accept|sign|agree to)|(trop|too) (long|longue|court|courte|short|high|eleve|elevee|bas|basse|low|much|"
                                r"little|peu)|excessi\w*|abusi\w*|(is|isn.t|that.s) (that|it|this) (a lot|too much|excessive|steep))\b")


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


_PLAIN_DROP = re.compile(r"^(par dérogation à ce qui précède,?\s*|notwithstanding the above,?\s*)", re.I)


def plain_sentences(text: str, *, limit: int) -> list[str]:
    """The first sentence of each paragraph, without numbering, asides in parentheses or cross-references."""
    out = []
    for para in text.split("\n"):
        if re.match(r"^\s*>?\s*(Article|Art\.)\s+(X|\d+)\s*[–-]", para):
            continue
        para = re.sub(r"^\s*(\d+\.\d+|[A-Z]\.\d+|[A-Z]?\d+\.|[-*>–])\s*", "", para.strip())
        if len(para) < 25:
            continue
        parts = split_sentences(para, items=False) if para.strip() else []
        if len(parts) > 1 and len(parts[0].text.split()) <= 4:  # "Transition. À compter de…": the heading is no sentence
            parts = parts[1:]
        first = parts[0].text if parts else para
        first = re.sub(r"\s*\([^)]{0,160}\)", "", first)
        first = _PLAIN_DROP.sub("", first).strip().rstrip(";:")
        if first and first[-1] not in ".!?":
            first += "."
        first = first[:1].upper() + first[1:]
        if 20 <= len(first) <= 400 and first not in out:
            out.append(first)
        if len(out) >= limit:
            break
    return out


def _clause_docx(title: str, text: str, notice: str, path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    for para in text.split("\n"):
        if para.strip():
            d.add_paragraph(para.strip())
    d.add_paragraph(notice)
    d.save(str(path))


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
