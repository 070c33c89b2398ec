"""The contract tools of the `Toolbox`: the contract in progress built from the state, drafted,
summarised with its checks, revised clause by clause; the user's priorities."""

from __future__ import annotations

from assistant.chat.clause_edits import (_FIXED_SUM, figures_before, _KEPT_FIGURES, _LIABILITY_SAID, _clean_figures,
                                         _fixed_sum_in_contract, _liability_as_said, _side_position, hours_text)
from assistant.chat.deal_figures import kept_for
from assistant.chat.state import ClauseOnTable, ContractInProgress, ConversationState
from assistant.chat.tool_args import (DraftContract, Priorities, ReviseContract, ShowArticle, ToolError, ToolOutput,
                                     unbracket)
from assistant.chat.wording import counted, describe_scope, figures_text, join, say
from assistant.legal.drafting.clause import DraftingError, citations_for
from assistant.legal.drafting.contract import ContractDraft, build_contract, topics_for
from assistant.types import Citation


class ContractTools:
    """The contract in progress: built from the state, drafted, summarised and checked, revised; priorities."""

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
                          state.hours_said, c.text_figures, state.conditions, state.side], sort_keys=True,
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
            if state.conditions:  # s25: figures given under a condition, written with it in their article
                from assistant.chat.said_conditions import with_conditions

                for section in built.sections:
                    section.text = with_conditions(section.text, state.conditions, section.topic, state.lang, state.side)
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
        # the figures the user set on the clause on the table (its overrides) carry into the contract built after it
        carried = {**kept_for(position, None, state), **(_clean_figures(state.clause.overrides) if state.clause is not None else {}),
                   **(old.overrides if old else {})}
        state.contract = ContractInProgress(position=position, overrides=carried,
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
            from assistant.chat.slot_figure_cues import figure_topic

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
                from assistant.chat.slot_figure_cues import figure_topic

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
        if topic and built.section(topic) is not None and (figures or a.position or changes):
            _article_on_table(state, topic)  # "plus protectrice", "reformule" next work on the article revised
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
        return ToolOutput("revise_contract", "\n".join(lines), cites, topic=topic,
                          extra={"contract": built, "before": figures_before(prior, figures)})

    def _show_article(self, a: ShowArticle, state: ConversationState, **_) -> ToolOutput:
        """What one article of the contract in progress says, quoted; the article is then on the table (s26)."""
        lang = state.lang
        if state.contract is None:
            raise ToolError("no contract in progress")
        topic = self._check_topic(a.topic)
        built = self.build(state)
        section = built.section(topic)
        if section is None:
            return ToolOutput("show_article", say(lang, "no_such_section", title=self.topic_name(topic, lang)), [],
                              topic=topic)
        _article_on_table(state, topic)
        lines = [say(lang, "article_shown", num=section.number, title=section.title), ""]
        lines += ["> " + line if line.strip() else ">" for line in section.text.splitlines()]
        cites = [x for x in built.citations if section.clause is not None and x.id == section.clause.entry_id][:1]
        if cites:
            cites = [Citation(ref=1, id=cites[0].id, kind=cites[0].kind, title=cites[0].title, labels=cites[0].labels,
                              excerpt=cites[0].excerpt)]
            lines[0] += " [1]"
        return ToolOutput("show_article", "\n".join(lines), cites, topic=topic)

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
        # s33: the subjects of the terms the user brought come first, then the usual order
        raised = [t for t in state.raised if t in self.topics]
        for topic in list(dict.fromkeys(raised + list(order)))[:5]:
            entry = self._by_id.get(f"clause.{topic}.{position}.{lang}")
            if (entry is None or not entry.negotiation_notes) and topic in raised:
                entry = self._by_id.get(f"clause.{topic}.balanced.{lang}")
            if entry is None or not entry.negotiation_notes:
                continue
            ids.append(entry.id)
            lines.append(f"- **{self.topic_name(topic, lang)}** : {unbracket(entry.negotiation_notes[0])} [{len(ids)}]" if lang ==
                         "fr" else f"- **{self.topic_name(topic, lang)}**: {unbracket(entry.negotiation_notes[0])} "
                         f"[{len(ids)}]")
        if side is None:
            lines.append(say(lang, "priorities_default_note"))
        return ToolOutput("priorities", "\n".join(lines), citations_for(self.entries, ids))


def _article_on_table(state: ConversationState, topic: str) -> None:
    """The contract's article just revised becomes the clause on the table, with the contract's position for it and its
    figures, so a follow-up on "it" (a side, simpler words, another figure) works on that article."""
    c = state.contract
    state.clause = ClauseOnTable(topic=topic, position=c.positions.get(topic, c.position), overrides=_clean_figures(c.overrides),
                                 text_figures=[dict(t) for t in c.text_figures if t.get("topic") == topic])
