"""The drafting and review views of the web app, without gradio: scope form → draft with
files, upload → review tables with exports. Files are written in the caller's session
directory only, so two browser sessions never see each other's drafts or uploads."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.core import UserError
from assistant.knowledge.taxonomy import load_taxonomy
from assistant.web.session import Session, _get, label_name

Handlers = Any  # the web app's Handlers (assistant.web.handlers), passed in: no sideways import

WHOLE_CONTRACT = "__contract__"
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
MARK = {"high": "🔴", "medium": "🟠", "low": "🟡"}
SUMMARY = {
    "fr": "**{doc}** ({doctype}) — {clauses} clauses, {flags} points de vigilance ({high} élevés, {medium} moyens, {low} faibles), "
          "{missing} clause(s) essentielle(s) absente(s) ; RGPD art. 28 : {art}{reason}.",
    "en": "**{doc}** ({doctype}) — {clauses} clauses, {flags} findings ({high} high, {medium} medium, {low} low), "
          "{missing} missing essential clause(s); GDPR Art. 28: {art}{reason}.",
    "fr_art": {True: "s'applique", False: "ne s'applique pas"},
    "en_art": {True: "applies", False: "does not apply"},
}


@dataclass
class DraftView:
    preview: str
    report: str
    docx: str | None = None
    markdown: str | None = None


@dataclass
class ReviewView:
    summary: str
    findings: list[list[str]]
    missing: str
    art28: list[list[str]]
    markdown: str | None = None
    docx: str | None = None
    document: str | None = None  # the session copy of the upload, for "add to my library"
    report: Any = None


def _stamp() -> str:
    return f"{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}"


def topic_choices(lang: str = "fr") -> list[tuple[str, str]]:
    whole = "Contrat complet" if lang == "fr" else "Whole contract"
    return [(f"★ {whole}", WHOLE_CONTRACT)] + [(t.name(lang), t.id) for t in load_taxonomy().topics]


def scope_from_form(form: dict) -> dict:
    """The scope profile the form describes; empty names and a zero fee mean 'derive it'."""
    scope: dict[str, Any] = {}
    for key in ("assets", "services"):
        scope[key] = list(form.get(key) or [])
    for key in ("control", "hours", "criticality"):
        if form.get(key):
            scope[key] = form[key]
    for key in ("users", "sites"):
        value = form.get(key)
        if value in (None, ""):
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise UserError(f"{key}: a whole number is expected") from None
        if number != int(number) or number < 1:
            raise UserError(f"{key}: a whole number of at least 1 is expected, not {value}")
        scope[key] = int(number)
    for key in ("personal_data", "on_site"):
        if key in form:
            scope[key] = bool(form[key])
    for key in ("client_name", "provider_name"):
        value = (form.get(key) or "").strip()
        if value:
            scope[key] = value
    fee = form.get("monthly_fee_eur")
    if fee not in (None, "", 0, 0.0):
        scope["monthly_fee_eur"] = float(fee)
    from assistant.legal.scope import ScopeError, parse_scope

    try:
        parse_scope(scope)
    except ScopeError as exc:
        raise UserError(str(exc)) from exc
    return scope


# -- drafting ------------------------------------------------------------------------------
def _check(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise UserError(f"{what}: expected one of {', '.join(allowed)}")
    return value


def draft(h: Handlers, session: Session, form: dict, *, topic: str, position: str, lang: str) -> DraftView:
    """One clause or the whole contract, with its preview, consistency report and files."""
    scope = scope_from_form(form)
    position = _check(position, ("msp", "balanced", "client"), "position")
    lang = _check(lang, ("fr", "en"), "language")
    if topic == WHOLE_CONTRACT:
        return _contract(h, session, scope, position=position, lang=lang)
    if topic not in load_taxonomy().topic_ids:
        raise UserError("choisissez une clause / pick a clause topic")
    clause = h.app.draft(topic, scope=scope, position=position, lang=lang)
    md = clause_markdown(clause)
    folder = session.subdir("drafts")
    md_path = folder / f"clause-{topic}-{position}-{_stamp()}.md"
    md_path.write_text(md, encoding="utf-8")
    docx_path = _markdown_docx(md, md_path.with_suffix(".docx"))
    note = ("_Clause seule : le rapport de cohérence porte sur le contrat complet._" if lang == "fr"
            else "_Single clause: the consistency report covers the whole contract._")
    return DraftView(preview=md, report=note, docx=str(docx_path), markdown=str(md_path))


OBLIGATION = {"fr": {"means": "obligation de moyens", "reinforced_means": "obligation de moyens renforcée",
                     "result": "obligation de résultat", "none": "sans objet", "mixed": "mixte"},
              "en": {"means": "obligation of means", "reinforced_means": "reinforced obligation of means",
                     "result": "obligation of result", "none": "not applicable", "mixed": "mixed"}}


def clause_markdown(clause) -> str:
    """A drafted clause as Markdown: wording, obligation type with its reason, notes, sources."""
    lang = clause.lang if clause.lang in ("fr", "en") else "fr"
    L = {"fr": ("Position", "Nature de l'obligation", "Notes de négociation", "Sources", "Avis"),
         "en": ("Position", "Type of obligation", "Negotiation notes", "Sources", "Notice")}[lang]
    kind = OBLIGATION[lang].get(clause.obligation_type, clause.obligation_type)
    out = [f"## {clause.title}", "", f"*{L[0]} : {clause.position}*", "",
           *[line + "  " if line.strip() else "" for line in clause.text.strip().splitlines()], "",
           f"**{L[1]} :** {kind} — {clause.rationale}", ""]
    if clause.negotiation_notes:
        out += [f"### {L[2]}", ""] + [f"- {n}" for n in clause.negotiation_notes] + [""]
    if clause.citations:
        out += [f"### {L[3]}", ""] + [f"- [{c.ref}] {c.title}" for c in clause.citations] + [""]
    from assistant.chat.citations import NOTICE

    out += [f"> {NOTICE[lang]}"]
    return "\n".join(out).rstrip() + "\n"


def _contract(h: Handlers, session: Session, scope: dict, *, position: str, lang: str) -> DraftView:
    from assistant.legal.drafting.export import to_markdown

    base = session.subdir("drafts") / f"contrat-{position}-{_stamp()}"
    built = h.app.contract(scope=scope, position=position, lang=lang, out=base.with_suffix(".docx"))
    preview = to_markdown(built)
    base.with_suffix(".md").write_text(preview, encoding="utf-8")
    return DraftView(preview=preview, report=consistency_markdown(built.consistency, lang=lang),
                     docx=str(base.with_suffix(".docx")), markdown=str(base.with_suffix(".md")))


def consistency_markdown(checks, *, lang: str) -> str:
    title = "### Rapport de cohérence" if lang == "fr" else "### Consistency report"
    if not checks:
        return title + "\n\n" + ("_Aucun contrôle._" if lang == "fr" else "_No check._")
    warnings = sum(1 for c in checks if _get(c, "status") == "warning")
    head = (f"{len(checks)} contrôles, {warnings} alerte{'s' if warnings >= 2 else ''}" if lang == "fr"
            else f"{len(checks)} checks, {warnings} warning{'' if warnings == 1 else 's'}")
    lines = [title, "", head, ""]
    mark = {"ok": "✅", "todo": "📝"}
    lines += [f"- {mark.get(_get(c, 'status'), '⚠️')} {_get(c, 'message', '')}" for c in checks]
    return "\n".join(lines) + "\n"


def chat_draft_files(h: Handlers, session: Session, extra: dict) -> list[str]:
    """While a contract is in progress in the conversation, its current draft as DOCX and Markdown
    (every turn, so the panel stays in step; files are reused while the draft is unchanged)."""
    import hashlib
    import json

    state = extra.get("draft_state")
    if not isinstance(state, dict) or not state.get("scope"):
        return []
    from assistant.legal.drafting.contract import ORDER, build_contract
    from assistant.legal.drafting.export import save

    key = hashlib.sha256(json.dumps(state, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]
    folder = session.subdir("chat")
    cached = [folder / f"brouillon-{key}.docx", folder / f"brouillon-{key}.md"]
    if all(p.is_file() for p in cached):
        return [str(p) for p in cached]
    topics = [t for t in ORDER if t in state["topics"]] if state.get("topics") else None
    built = build_contract(scope=state["scope"], position=state.get("position", "balanced"),
                           lang=state.get("lang", "fr"), entries=h.app.kb_entries(),
                           positions=state.get("positions"), overrides=state.get("overrides"), topics=topics)
    return [str(save(built, cached[0])), str(save(built, cached[1]))]


def _markdown_docx(md: str, path: Path) -> Path:
    """A plain Word rendering of a drafted clause (headings, bullets, paragraphs)."""
    import docx

    d = docx.Document()
    for block in md.split("\n\n"):
        block = block.strip()
        if not block:
            continue
        if block.startswith("#"):
            level = len(block) - len(block.lstrip("#"))
            d.add_heading(block.lstrip("#").strip(), level=min(level, 3))
        elif all(line.startswith("- ") for line in block.splitlines()):
            for line in block.splitlines():
                d.add_paragraph(line[2:].replace("**", ""), style="List Bullet")
        else:
            text = "\n".join(line.rstrip().lstrip("> ") for line in block.splitlines())
            d.add_paragraph(text.replace("**", "").strip("*"))
    d.save(str(path))
    return path


# -- review --------------------------------------------------------------------------------
def review(h: Handlers, session: Session, upload: str | Path | None, *, role: str) -> ReviewView:
    """Review one uploaded contract from `role`'s side; exports written in the session."""
    if not upload:
        raise UserError("déposez un fichier / upload a file (PDF, DOCX, TXT or Markdown)")
    role = _check(role, ("client", "msp"), "role")
    path = h.take_upload(session, upload)
    report = h.app.review_file(path, role=role)  # unreadable files raise UserError with the reason
    data = report.to_json()
    lang = data.get("language") if data.get("language") in ("fr", "en") else "fr"
    flags = sorted(data.get("flags", []), key=lambda f: SEVERITY_ORDER.get(f.get("severity"), 3))
    findings = [[label_name(f"topic:{f.get('topic')}", lang) + _where(f),
                 f"{MARK.get(f.get('severity'), '')} {f.get('severity', '')}".strip(),
                 f.get("issue", "") + (f" ({f['basis']})" if f.get("basis") else "")
                 + (f"\n\n« {_quote(f['evidence'])} »" if f.get("evidence") else ""),
                 "\n\n".join(x for x in dict.fromkeys((f.get("ask") or "", f.get("suggestion") or "")) if x)]
                for f in flags]
    missing = data.get("missing_essential", [])
    head = "### Clauses essentielles absentes" if lang == "fr" else "### Missing essential clauses"
    none = "_aucune_" if lang == "fr" else "_none_"
    missing_md = "\n".join([head, ""] + ([f"- {label_name('topic:' + t, lang)} (`{t}`)" for t in missing] or [none]))
    left = data.get("terms_elsewhere")  # a DPA, SLA annex or order form reviewed alone: one grouped low finding
    if left:
        missing_md += f"\n\n**[{left.get('severity', 'low')}]** {left.get('issue', '')}\n\n{left.get('ask', '')}"
    art = data.get("gdpr_art28", {})
    yes, no = ("oui", "non") if lang == "fr" else ("yes", "no")
    art_rows = [[label_name(f"art28:{eid}", lang).replace(" (RGPD art. 28)", ""), yes if v.get("present") else no,
                 v.get("evidence") or "—"] for eid, v in art.get("elements", {}).items()]
    counts = {s: sum(1 for f in flags if f.get("severity") == s) for s in ("high", "medium", "low")}
    doctype = (data.get("document_type") or {}).get("name") or "—"
    summary = SUMMARY[lang].format(doc=data.get("document", path.name), doctype=doctype,
                                   clauses=len(data.get("clauses", [])),
                                   flags=len(flags), missing=len(missing), **counts,
                                   art=SUMMARY[lang + "_art"][bool(art.get("applies"))],
                                   reason=f" — {art['reason']}" if art.get("reason") else "")
    md_path, docx_path = _export_review(session, report, path.stem)
    return ReviewView(summary=summary, findings=findings, missing=missing_md, art28=art_rows,
                      markdown=md_path, docx=docx_path, document=str(path), report=report)


def _where(flag: dict) -> str:
    """" — 7.2 Plafond" : the clause's own number and heading (the heading usually starts with the number)."""
    heading, number = flag.get("clause") or "", flag.get("clause_number") or ""
    if number and not heading.startswith(number):
        heading = f"{number} {heading}".strip()
    return f" — {heading}" if heading else ""


def _quote(text: str, limit: int = 300) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[:limit].rsplit(" ", 1)[0] + "…"


def _export_review(session: Session, report: Any, stem: str) -> tuple[str, str]:
    from assistant.legal.review.report import review_to_docx, review_to_markdown

    folder = session.subdir("reviews")
    md_path = folder / f"revue-{stem}-{_stamp()}.md"
    md_path.write_text(review_to_markdown(report), encoding="utf-8")
    docx_path = review_to_docx(report, md_path.with_suffix(".docx"))
    return str(md_path), str(docx_path)


def add_to_library(h: Handlers, session: Session, document: str | None) -> str:
    """Index a reviewed document in the user's own library (cited like the built-in entries)."""
    if not document or not Path(document).is_file() or session.dir not in Path(document).parents:
        raise UserError("analysez d'abord un document / review a document first")
    report = h.app.ingest([document], owner=session.owner)
    return f"✅ {Path(document).name} : ajouté à votre bibliothèque / added to your library. {report.summary()}"
