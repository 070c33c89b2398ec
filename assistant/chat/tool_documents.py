"""The document tools of the `Toolbox`: a clause or contract exported (Markdown or Word), a pasted
text reviewed, precedents searched in the user's own clause banks, a question asked back."""

from __future__ import annotations

import re
import tempfile
import uuid
from pathlib import Path

from assistant.chat.citations import NOTICE
from assistant.chat.composed import cite
from assistant.chat.slot_topics import clause_topic
from assistant.chat.state import ConversationState
from assistant.chat.tool_args import AskUser, ExportDocument, ReviewText, ToolError, ToolOutput, strip_notice
from assistant.chat.wording import counted, join, label, say
from assistant.legal.drafting.clause import citations_for
from assistant.precedents.chat import FindPrecedents, search_precedents


def _articles(text: str) -> list[str]:
    """The article numbers a text cites ("1218", "1231-5")."""
    return re.findall(r"\b(?:art(?:icle)?s?\.?\s*)([lrd]?\d[\d-]*)", text, re.I)


class DocumentTools:
    """Documents: exported, a pasted text reviewed, precedents searched in the user's banks; a question asked back."""

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
        text = a.text
        subject = a.subject if a.subject in self.topics else None
        if subject and clause_topic(text) != subject and len(text) <= 1500:
            # s33: "leur clause de force majeure dit « … »": the subject named outside the quotes heads the text reviewed
            text = f"{self.topic_name(subject, lang)}\n{text}"
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "texte-colle.txt"
            path.write_text(text, encoding="utf-8")
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
        if len(report.clauses) <= 2 and len(a.text) <= 1500:
            # a clause pasted alone: the table holds that clause's subject (the levels of an SLA clause whose credits
            # were flagged), when the review read it among the clause's topics too — "rewrite it" then rewrites it
            said = clause_topic(a.text)
            if subject and (subject in report.topics or any(f.topic == subject for f in report.flags)):
                topic = subject  # s33: the subject the user named the clause by
            elif said in self.topics and (said in report.topics or any(f.topic == said for f in report.flags)):
                topic = said
            rule = self._subject_rule(topic, lang) if topic else None
            if rule is not None and not any(c in "\n".join(lines) for c in _articles(rule[1].text)):
                # s33: a clause reviewed alone names the rule of law its subject turns on (art. 1218 for force majeure)
                entry, statement = rule
                if entry.id not in ids:
                    ids.append(entry.id)
                lines.append(cite(say(lang, "review_rule", title=self.topic_name(topic, lang), rule=statement.text),
                                  ids.index(entry.id) + 1))
        return ToolOutput("review_text", "\n".join(lines), citations_for(self.entries, ids), topic=topic)

    def _subject_rule(self, topic: str, lang: str):
        """The glossary's rule of law on a clause topic (its term entry's first cited rule): the entry of that very term,
        else the one term entry of the topic; None when the topic has none or several."""
        terms = [e for e in self.entries if e.kind == "term" and e.lang == lang]
        ways = ([e for e in terms if e.term == topic], [e for e in terms if f"topic:{topic}" in e.labels],
                [e for e in terms if (e.term or "").startswith(topic + "_")])
        chosen = next((w for w in ways if len(w) == 1), None)
        if chosen is None:
            return None
        rule = next((st for st in chosen[0].statements if st.type == "rule" and st.cites), None)
        return (chosen[0], rule) if rule is not None else None

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


def _clause_docx(title: str, text: str, notice: str, path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    for para in text.split("\n"):
        if para.strip():
            d.add_paragraph(para.strip())
    d.add_paragraph(notice)
    d.save(str(path))
