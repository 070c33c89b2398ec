"""The answering tools of the `Toolbox`: a question answered (with the figures judged against the
library's ranges, the processor question, who answers for an incident), a term explained and obligations analysed."""

from __future__ import annotations

import re
from typing import Any

from assistant.chat.answer_plan import question_type
from assistant.chat.composed import cite
from assistant.chat.figure_roles import clause_figures
from assistant.chat.state import ConversationState
from assistant.chat.tool_args import (AnalyseObligations, AnswerQuestion, ExplainTerm, ToolError, ToolOutput, combine,
                                      strip_notice, unbracket)
from assistant.chat.wording import stated_short, figure_value, join, label, say
from assistant.legal.drafting.clause import citations_for
from assistant.legal.drafting.slots import POSITIONS, values_from_scope
from assistant.legal.obligations import analyse, commitment, type_name
from assistant.text import fold
from assistant.types import Citation, ScopeProfile


class AnswerTools:
    """Tools that answer: a question, a term explained, obligations analysed (means or result)."""

    # -- questions -------------------------------------------------------------------------------------
    def _answer_question(self, a: AnswerQuestion, state: ConversationState, *, owner: str = "") -> ToolOutput:
        lang = state.lang
        if not a.focus and not a.compare and not a.on_clause and not a.figures and not a.terms and not a.lead:
            from assistant.chat.term_answer import definition_answer

            defined = definition_answer(self, a.question, state, card_only=True)
            if defined is not None:  # "c'est quoi l'anatocisme ?" read as a question: the card that treats the word
                return ToolOutput("answer_question", defined.text, defined.citations, extra={"question": a.question})
        parts: list[tuple[str, list[Citation]]] = []
        topic = a.topic if a.topic in self.topics else None
        if a.judge and a.terms:  # s26: a term the user stated or quoted, judged for their side (chat.term_verdict)
            judged_terms = self._terms_for_side(a.terms, state)
            if judged_terms[0]:
                return ToolOutput("answer_question", judged_terms[0], judged_terms[1], topic=a.topic,
                                  extra={"question": a.question})
        if a.judge:  # "c'est bien pour nous ?": the judgement for the user's side first (chat.side_verdict)
            parts.append(self._for_side({} if a.on_clause else dict(a.figures), topic, state))
            if a.on_clause and parts[0][0]:
                return ToolOutput("answer_question", parts[0][0], parts[0][1], topic=topic, extra={"question": a.question})
        query = a.question
        if (a.compare or a.on_clause) and topic:  # "how's that different from returning the data?", "ça compte ?": that clause
            query = f"{a.question} {self.topic_name(topic, lang)}"
        why = self._why_processor(a.focus or a.question, state)
        if why is not None:  # "do we even need the processor terms?" after the user said whose data it is
            parts.append(why)
            query = f"{query} {say(lang, 'query.personal_data_contract')}"
        # s22: a card whose declared situation the question does not state is dropped from the answer (composer.answer):
        # as many of the next finds as were dropped are shown to the card cascade after the first six (a card on refunds
        # found for "le contrat exclut le remboursement de notre perte…" must not push the entry on indirect loss out of
        # the finds that let the card on lost business answer); the first six stay those of a search for six (a larger
        # search ranks its first six differently) and the answer's own sentences keep to them
        results = self.retriever.search(query, k=6, prefer_lang=lang, owner=owner) if self.retriever else []
        also: list = []
        dropped = len(results) - len(self.composer.stated_finds(results, query))
        if dropped and self.retriever:
            seen = {r.id for r in results}
            more = [r for r in self.retriever.search(query, k=6 + 3, prefer_lang=lang, owner=owner) if r.id not in seen]
            also = self.composer.stated_finds(more, query)[:dropped]
        # a follow-up asked of the clause just drafted is answered as its question, not by the sentence nearest its few words
        composed = self.composer.answer(query, results, lang=lang, side=state.side,
                                        focus=a.focus if a.focus and a.focus != query and not a.on_clause else None,
                                        also=also)
        # a figure is read against a clause's range only when the question says what it is (s16b: "nous doit 2 mois de
        # redevance" is a debt, not a cap)
        figures = clause_figures(a.figures, a.question, state.clause.topic if state.clause else None)
        judged = self._figure_verdict(figures, topic, state, a.focus or a.question) if figures else None
        # s26: a clause quoted and judged ("« … » je signe ?", "'…' thoughts?"): its terms judged for the user's side
        # (chat.term_verdict) follow the answer's verdict, or stand in for an answer the knowledge base does not give
        for_side = self._terms_for_side(a.terms, state) if a.terms and not a.judge else ("", [])
        if for_side[0] and not figures and not self.composer.relevant(results):
            parts.append(for_side)
        elif not (figures and not self.composer.relevant(results)):
            text, cites = strip_notice(composed.text), list(composed.citations)
            if for_side[0]:
                head, _, rest = text.partition("\n\n")
                parts += [(head, cites), for_side] + ([(rest, cites)] if rest.strip() else [])
            elif judged is not None:
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
            from assistant.chat.slot_figure_cues import NORMAL_ASKED

            if usual is not None and NORMAL_ASKED.search(fold(a.question or "")):
                # s30: the usual figure is the answer asked ("what would a normal cap be?"): it opens, the rule and its
                # conditions follow
                nothing = strip_notice(self.composer.plain("nothing", lang).text).strip()
                parts = [usual] + [p for p in parts if strip_notice(p[0]).strip() != nothing]
            elif usual is not None:  # "how many days do we get to object?": the rule answers, the range follows
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
        if a.lead:  # s27: the verdict the message settles, first (chat.answer_leads)
            from assistant.chat.answer_leads import lead_part

            nothing = strip_notice(self.composer.plain("nothing", lang).text).strip()
            parts = [lead_part(self.entries, self._by_id, a.lead, lang, **a.lead_words)] + [
                p for p in parts if strip_notice(p[0]).strip() != nothing]  # no "nothing found" after a verdict
        text, cites = combine(parts)
        return ToolOutput("answer_question", text, cites, topic=topic, extra={"question": a.question})

    def _for_side(self, figures: dict, topic: str | None, state: ConversationState) -> tuple[str, list[Citation]]:
        """The judgement for the user's side, each line cited to the user's version of the clause judged."""
        from assistant.chat.side_verdict import judgement

        text = judgement(figures, state)
        entry = self._by_id.get(f"clause.{topic}.{state.side}.{state.lang}") if topic else None
        if not text or entry is None:
            return "", []
        head, *lines = text.splitlines()
        return "\n".join([head + " [1]"] + [cite(line, 1) for line in lines]), citations_for(self.entries, [entry.id])

    def _terms_for_side(self, words: str, state: ConversationState) -> tuple[str, list[Citation]]:
        """Each point the review's rules read in the user's words, said for whom it is good or bad, cited to the entry it
        was read against (the flag's own, else the balanced clause of its topic); ("", []) when no rule reads one."""
        from assistant.chat.term_verdict import lines, points

        if state.side not in ("msp", "client"):
            return "", []
        found = points(words, state.side, state.lang)
        ids: list[str] = []
        out = []
        for p, line in zip(found[:3], lines(found[:3], state.side, state.lang)):
            entry = p.entry if p.entry in self._by_id else f"clause.{p.topic}.balanced.{state.lang}"
            if entry in self._by_id:
                if entry not in ids:
                    ids.append(entry)
                line = cite(line, ids.index(entry) + 1)
            out.append(line)
        return "\n\n".join(out), citations_for(self.entries, ids) if ids else []

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
        from assistant.chat.slot_figure_cues import figure_topic

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
            from assistant.chat.slot_figure_cues import figure_topic

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
        from assistant.chat.slot_figure_cues import figure_topic

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
        # s30: the conditions of that value — the balanced clause's negotiation notes that name a value in the same unit
        # ("an acceptable fallback is 6 months of fees for a small contract")
        same_unit = _UNIT_VALUE.get(unit)
        notes = [n for n in entry.negotiation_notes if same_unit and re.search(same_unit, fold(n))][:2]
        tail = [say(lang, "notes_head")] + [f"- {cite(unbracket(n), 1)}" for n in notes] if notes else []
        return "\n".join([say(lang, "usual_head") + " [1]", *lines, *tail]), citations_for(self.entries, [entry.id])

    def _explain_term(self, a: ExplainTerm, state: ConversationState, **_) -> ToolOutput:
        from assistant.chat.intent import find_term

        from assistant.chat.term_answer import definition_answer, unknown_words

        if a.question and a.term not in self.tax.term_ids and unknown_words(a.question) is not None:
            # s25-ans3: words the glossary does not hold ("c'est quoi l'anatocisme ?"): the card that treats them, or
            # "nothing on X", never the term the rest of the sentence names in passing
            out = definition_answer(self, a.question, state)
            if out is not None:
                return out
            return self._answer_question(AnswerQuestion(question=a.question), state)
        from assistant.chat.act_opening import _two_terms_compared
        from assistant.chat.likened import likens_notions

        low = fold(a.question or "")
        if a.question and likens_notions(low) and not _two_terms_compared(low, low.split(), _NoFigures()):
            # s37: "la réversibilité c'est pareil que la restitution des données ?": one glossary term likened to another
            # notion — answered with what sets them apart (the question's answer), not the term's definition alone
            out = self._answer_question(AnswerQuestion(question=a.question), state)
            return ToolOutput("explain_term", out.text, out.citations, ok=out.ok)
        term = a.term if a.term in self.tax.term_ids else find_term(a.term)
        if term is None and a.question and self.retriever is not None:
            # a word the glossary does not hold ("what does 'time is of the essence' mean?"): the question answered
            # from the knowledge base, as any other question, rather than nothing
            out = self._answer_question(AnswerQuestion(question=a.question), state)
            return ToolOutput("explain_term", out.text, out.citations, ok=out.ok)
        if term is None:
            raise ToolError(f"unknown term {a.term}")
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


class _NoFigures:
    figures: dict = {}


# (the list's shorthand "(maîtrise exclusive) / (maîtrise partagée)" is no sentence: the line in words is added)
_SAYS_DEPENDS = re.compile(r"(?i)\bd[ée]pend|\bselon (que|qui)\b|\bsinon\b|\bwhether\b|\botherwise\b|\bit depends\b|"
                           r"\bif (you|the provider) (administer|run|manage|operate)")


# who answers for an incident, asked: the answer depends on who administers the systems
_ASKS_FAULT = re.compile(r"\b(responsab\w*|liable|liability|at fault|fault|faute|blame\w*|a qui la faute|qui paie|qui paye|"
                         r"who pays|pay for|indemnis\w*|dedommag\w*|compensat\w*|se retourner contre|come after|sue|attaquer)\b")
_INCIDENT = re.compile(r"\b(ransomware|rancongiciel\w*|chiffr\w*|encrypted|cyber\w*|attaque\w*|attack\w*|hack\w*|pirat\w*|"
                       r"virus|malware|intrusion|breach\w*|violation|fuite|leak\w*|panne\w*|outage|perte de donnees|data loss|"
                       r"lost (our |the )?data|incident|crash\w*)\b")


# whether a figure is acceptable as it stands: "c'est normal ?", "standard?", "on doit accepter ?", "should we sign that?"
# a value in one unit, in a negotiation note (folded text)
_UNIT_VALUE = {"months": r"\b\d+ (?:a \d+ )?(?:mois|months?)\b", "percent": r"\d ?%", "days": r"\b\d+ (?:jours?|days?)\b",
               "hours": r"\b\d+ ?(?:h|heures?|hours?)\b", "eur": r"\d ?(?:€|eur)"}
_ASKS_USUAL_FIGURE = re.compile(r"\b((on|je|nous) (doit|dois|devons) (l'|les |le |la )?(accepter|signer)|(do|must|should) (we|i) "
                                r"(accept|sign|agree to)|(trop|too) (long|longue|court|courte|short|high|eleve|elevee|bas|basse|low|much|"
                                r"little|peu)|excessi\w*|abusi\w*|(is|isn.t|that.s) (that|it|this) (a lot|too much|excessive|steep))\b")
