"""The clause tools of the `Toolbox`: one clause drafted from the library, revised with the figures and
words the user said (passages added, dropped or excepted, hours, location, liability figures), the other side's
objections and the clause rephrased in plain words."""

from __future__ import annotations

import re

from assistant.chat.clause_edits import (_LIABILITY_SAID, figures_before, _REGION_NAMES, _clean_figures, _covered, _liability_as_said,
                                         _location_text, _passage_of, _side_position, condition_own_figures, _with_exceptions, _with_hours,
                                         _with_location, _without_passages, _written_as_said, hours_text,
                                         plain_sentences)
from assistant.chat.deal_figures import kept_for
from assistant.chat.state import ADDED_PASSAGE, LIMIT_EXCEPTION, ClauseOnTable, ConversationState
from assistant.chat.tool_args import (DraftClause, Objections, Rephrase, ReviseClause, ReviseContract, ToolError,
                                      ToolOutput, unbracket)
from assistant.chat.wording import describe_scope, figures_text, join, label, say
from assistant.legal.drafting.clause import DraftingError, citations_for, draft_clause
from assistant.legal.obligations import type_name


class ClauseTools:
    """Tools on one clause: drafted, revised with the user's figures and wording, the other side's objections, rephrased."""

    # -- clauses -------------------------------------------------------------------------------------
    def _draft_clause(self, a: DraftClause, state: ConversationState, **_) -> ToolOutput:
        topic = self._check_topic(a.topic)
        position = a.position or _side_position(state)
        # the deal's reported figures that do not weaken this version (chat.deal_figures), under the figures asked now
        overrides = {**kept_for(position, topic, state), **(a.figures or {})}
        said = {k: v for k, v in (a.said or {}).items() if k in overrides}
        # passages asked for with the clause that no figure or version writes ("data loss from failed backups not
        # excluded"), written in as numbered passages, unless the clause already says them
        excluded = [ADDED_PASSAGE + x for x in dict.fromkeys(a.add or []) if x.strip()]
        clause = self._clause(topic, position, overrides, state, said, excluded=excluded, text_figures=[])
        text_figures: list[dict] = []
        res = None
        if a.said_figures:  # figures of the request no slot name holds: matched to the draft's own figures
            from assistant.chat.figure_match import resolve

            res = resolve(clause, a.said_figures, state.lang, overrides, said, text_figures, drafting=True)
            if res.changes:
                clause = self._clause(topic, position, overrides, state, said, excluded=excluded,
                                      text_figures=text_figures)
        state.clause = ClauseOnTable(topic=topic, position=position, overrides=overrides, said=said, excluded=excluded,
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

        clause = apply_text_figures(clause, text_figures, state.lang)
        if any(c.get("topic") == topic for c in state.conditions):  # s25: a figure given under a condition, with it
            from dataclasses import replace as _replace

            from assistant.chat.said_conditions import with_conditions

            clause = _replace(clause, text=with_conditions(clause.text, state.conditions, topic, state.lang, state.side))
        return clause

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
            if topic is None and on_table is not None and state.last.tool == "revise_contract" and \
                    on_table.topic in state.contract.sections:
                topic = on_table.topic  # the article last revised is the one on the table: "plus protectrice" is for it
            if topic is None or topic in self.contract_topics(state):
                return self._revise_contract(ReviseContract(topic=topic, position=a.position, figures=a.figures,
                                                            said_figures=a.said_figures), state, **kw)
        if on_table is None or (topic and topic != on_table.topic):
            if topic is None:
                raise ToolError("nothing on the table")
            return self._draft_clause(DraftClause(topic=topic, position=a.position, figures=a.figures), state)
        position = a.position or on_table.position
        if a.add and a.figures:  # s19: a condition's own figure is written with it, the clause's figure of its kind kept
            current = self._clause(on_table.topic, on_table.position, on_table.overrides, state, on_table.said,
                                   on_table.dropped, on_table.excluded, on_table.located,
                                   text_figures=[dict(t) for t in on_table.text_figures])
            for k in condition_own_figures(current, a.figures, list(a.add), on_table.said, state.lang):
                a.figures.pop(k, None)
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
        if a.add:
            # s17b: "ajoute qu'il doit nous prévenir 30 jours avant…" that no figure or version writes: the passage itself;
            # s19: also when a figure or the version changed the text but the clause still does not say it ("on dispose
            # de 20 jours pour s'opposer…" once the notice is 20 days)
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
            # s26: "mets le plafond à 6 mois" when the clause says 6 months: told it says so already, with the figure
            same = {k: v for k, v in (a.figures or {}).items() if k in prior and prior[k] == v}
            head = (say(state.lang, "revision_covered", title=clause.title, what="; ".join(said_already)) if said_already
                    else say(state.lang, "revision_same_figure", title=clause.title,
                             figures=figures_text(same, state.lang, said=said)) if same and len(same) == len(a.figures or {})
                    else say(state.lang, "revision_unchanged", title=clause.title)) + " [1]"
        out = self._clause_output("revise_clause", clause, state, head=head)
        if changes.get("_kept"):  # a figure said again at its value: the one a later "halve it" changes
            out.extra["figure"] = changes["_kept"][-1]
        out.extra["before"] = figures_before(prior, a.figures)
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
        head = say(lang, "fallbacks_head" if a.fallback else "objections_head",
                   other=say(lang, f"objections_other.{other}"), title=self.topic_name(topic, lang))
        notes = [f"- {unbracket(n)} [1]" for n in entry.negotiation_notes]
        return ToolOutput("objections", "\n".join([head] + notes), citations_for(self.entries, [entry.id]), topic=topic)

    def _rephrase(self, a: Rephrase, state: ConversationState, **_) -> ToolOutput:
        lang = state.lang
        if a.lang and a.lang != lang and state.clause is not None:
            # s29: the clause on the table in the other language: the library's own wording of the same version, with
            # the figures set, introduced in the user's language
            c = state.clause
            other = state.model_copy(update={"lang": a.lang})
            clause = self._clause(c.topic, c.position, c.overrides, other, c.said, c.dropped, c.excluded, c.located)
            lines = [say(lang, "translated_head", title=self.topic_name(c.topic, lang),
                         language=say(lang, f"language.{a.lang}")) + " [1]", ""]
            lines += ["> " + line if line.strip() else ">" for line in clause.text.strip().splitlines()]
            return ToolOutput("rephrase", "\n".join(lines), list(clause.citations)[:1], topic=c.topic)
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


_SLOT_UNITS = {"_hours": "hour", "_days": "day", "_months": "month", "_years": "year", "_percent": "percent",
               "_eur": "eur"}

