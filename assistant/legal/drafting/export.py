"""A drafted contract to Markdown or Word: title, parties, numbered articles, annexes, the
consistency report, sources, page numbers and the not-legal-advice notice."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.legal.drafting.slots import default_values

LABELS = {
    "fr": {"between": "Entre", "and": "Et", "client": "le « Client »", "provider": "le « Prestataire »",
           "position": "Version", "pos": {"msp": "favorable au prestataire", "balanced": "équilibrée",
                                          "client": "favorable au client"},
           "parties": "Parties", "report": "Rapport de cohérence", "sources": "Sources", "page": "Page",
           "mixed": "positions ajustées par clause", "annexes": "Annexes",
           "notes": "Notes de rédaction (à retirer avant envoi)"},
    "en": {"between": "Between", "and": "And", "client": "the \"Client\"", "provider": "the \"Provider\"",
           "position": "Version", "pos": {"msp": "provider-friendly", "balanced": "balanced",
                                          "client": "client-friendly"},
           "parties": "Parties", "report": "Consistency report", "sources": "Sources", "page": "Page",
           "mixed": "positions adjusted per clause", "annexes": "Schedules",
           "notes": "Drafting notes (remove before sending)"},
}
EXTENSIONS = (".md", ".docx")


class ExportError(ValueError):
    pass


def _topic_name(topic: str, lang: str) -> str:
    from assistant.knowledge.taxonomy import load_taxonomy

    try:
        return load_taxonomy().topic(topic).name(lang)
    except (KeyError, ValueError, AttributeError):
        return topic.replace("_", " ")


def _names(draft) -> tuple[str, str]:
    defaults = default_values(draft.lang)
    return (str(draft.values.get("client_name") or defaults["client_name"]),
            str(draft.values.get("provider_name") or defaults["provider_name"]))


def _version(draft) -> str:
    L = LABELS[draft.lang]
    text = f"{L['position']} : {L['pos'][draft.position]}" if draft.lang == "fr" else \
        f"{L['position']}: {L['pos'][draft.position]}"
    if draft.positions:
        text += f" ({L['mixed']} : " if draft.lang == "fr" else f" ({L['mixed']}: "
        text += ", ".join(f"{_topic_name(t, draft.lang)} → {L['pos'][p]}" for t, p in draft.positions.items()) + ")"
    return text


def to_markdown(draft, *, notes: bool = True) -> str:
    """The contract; `notes` appends the consistency report and sources, labelled to remove before sending."""
    L = LABELS[draft.lang]
    client, provider = _names(draft)
    out = [f"# {draft.title}", "", f"> {draft.notice}", "", f"*{_version(draft)}*", "", f"## {L['parties']}", "",
           f"- **{L['between']}** {client}, {L['client']}", f"- **{L['and']}** {provider}, {L['provider']}", ""]
    for s in draft.sections:
        out += [f"## {s.heading}", ""]
        out += [line + "  " if line.strip() else "" for line in s.text.splitlines()]
        out.append("")
    out += ["---", "", f"# {L['annexes']}", ""]
    for a in draft.annexes:
        out += [f"## {a.title}", ""]
        out += [line if not line.strip() or line.startswith(("|", "- ")) else line + "  "
                for line in a.text.splitlines()]
        out.append("")
    if notes:
        out += ["---", "", f"# {L['notes']}", "", f"## {L['report']}", ""]
        out += [f"- {'✅' if c.status == 'ok' else '⚠️'} {c.message}" for c in draft.consistency]
        out += ["", f"## {L['sources']}", ""]
        out += [f"- {c.ref}. {c.title}" for c in draft.citations]
    out += ["", f"> {draft.notice}"]
    return "\n".join(out).rstrip() + "\n"


def _page_field(paragraph, instr: str) -> None:
    """A Word field (PAGE, NUMPAGES) that the reader fills in when the document is laid out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _lines_to_docx(doc, text: str) -> None:
    rows: list[list[str]] = []

    def flush():
        if not rows:
            return
        body = [r for r in rows if not all(re.fullmatch(r"-{3,}", c.strip()) for c in r)]
        table = doc.add_table(rows=0, cols=max(len(r) for r in body))
        table.style = "Table Grid"
        for r in body:
            cells = table.add_row().cells
            for cell, value in zip(cells, r):
                cell.text = value.strip()
        rows.clear()

    for line in text.splitlines():
        if line.startswith("|"):
            rows.append(line.strip().strip("|").split("|"))
            continue
        flush()
        if not line.strip():
            continue
        if line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        else:
            doc.add_paragraph(line)
    flush()


def to_docx(draft, path: str | Path, *, notes: bool = True) -> Path:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    L = LABELS[draft.lang]
    client, provider = _names(draft)
    d = docx.Document()
    d.core_properties.title = draft.title
    d.core_properties.subject = L["pos"][draft.position]
    d.core_properties.author = "Clausier"
    d.add_heading(draft.title, level=0)
    note = d.add_paragraph()
    note.add_run(draft.notice).italic = True
    d.add_paragraph(_version(draft))
    d.add_heading(L["parties"], level=1)
    d.add_paragraph(f"{L['between']} : {client}, {L['client']}" if draft.lang == "fr"
                    else f"{L['between']}: {client}, {L['client']}")
    d.add_paragraph(f"{L['and']} : {provider}, {L['provider']}" if draft.lang == "fr"
                    else f"{L['and']}: {provider}, {L['provider']}")
    for s in draft.sections:
        d.add_heading(s.heading, level=1)
        _lines_to_docx(d, s.text)
    for a in draft.annexes:
        d.add_page_break()
        d.add_heading(a.title, level=1)
        _lines_to_docx(d, a.text)
    if notes:
        d.add_page_break()
        d.add_heading(L["notes"], level=0)
        d.add_heading(L["report"], level=1)
        for c in draft.consistency:
            d.add_paragraph(f"{'OK' if c.status == 'ok' else '⚠'} — {c.message}", style="List Bullet")
        d.add_heading(L["sources"], level=1)
        for c in draft.citations:
            d.add_paragraph(f"{c.ref}. {c.title}")
    footer = d.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(f"{draft.notice}   —   {L['page']} ").font.size = Pt(8)
    _page_field(footer, "PAGE")
    footer.add_run(" / ").font.size = Pt(8)
    _page_field(footer, "NUMPAGES")
    path = Path(path)
    d.save(str(path))
    return path


def save(draft, path: str | Path) -> Path:
    """Write .md or .docx by extension; anything else, or a place that cannot be written, is a user error."""
    path = Path(path).expanduser()
    ext = path.suffix.lower()
    if ext not in EXTENSIONS:
        raise ExportError(f"unsupported output {path.name!r}: use a .md or .docx file")
    if path.is_dir():
        raise ExportError(f"{path} is a directory: give a file name ending in .md or .docx")
    if not path.parent.exists():
        raise ExportError(f"folder {path.parent} does not exist")
    try:
        if ext == ".md":
            path.write_text(to_markdown(draft), encoding="utf-8")
        else:
            to_docx(draft, path)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    draft.path = str(path)
    return path
