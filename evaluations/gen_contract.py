"""Realistic generated contracts for benchmarks: a French (or English) infogérance contract
assembled from the knowledge base's own clause wordings (balanced position, slots filled),
followed by annexes (asset inventory, service descriptions, service-level grid, GDPR
processing terms), paginated to an exact page count and written as PDF, DOCX or TXT.

Everything here is the project's own text, so the files can be shipped and shared.
"""

from __future__ import annotations

import random
import re
import textwrap
from pathlib import Path

LINE_WIDTH = 95
LINES_PER_PAGE = 56

SITES = ["Lyon", "Villeurbanne", "Grenoble", "Annecy", "Saint-Étienne", "Valence", "Chambéry", "Mâcon"]
DEVICES = {"fr": ["Poste de travail", "Portable", "Serveur", "Commutateur", "Pare-feu", "Imprimante", "Borne Wi-Fi",
                  "NAS de sauvegarde", "Onduleur", "Téléphone IP"],
           "en": ["Workstation", "Laptop", "Server", "Switch", "Firewall", "Printer", "Wi-Fi access point",
                  "Backup NAS", "UPS", "IP phone"]}
HEAD = {
    "fr": ("CONTRAT D'INFOGÉRANCE ET DE MAINTENANCE INFORMATIQUE",
           "Entre les soussignés : la société Exemple Industries SAS, au capital de 250 000 euros, dont le siège "
           "social est situé à Lyon, ci-après dénommée « le Client », d'une part ; et la société Services Gérés "
           "Rhône SARL, ci-après dénommée « le Prestataire », d'autre part. Il a été convenu ce qui suit.",
           ["Annexe 1 – Inventaire du périmètre", "Annexe 2 – Description des services",
            "Annexe 3 – Grille des niveaux de service", "Annexe 4 – Accord de sous-traitance de données personnelles"]),
    "en": ("IT OUTSOURCING AND MAINTENANCE AGREEMENT",
           "By and between: Example Industries Ltd, hereinafter \"the Client\", of the one part; and Managed "
           "Services Rhône Ltd, hereinafter \"the Provider\", of the other part. It is agreed as follows.",
           ["Schedule 1 – Asset inventory", "Schedule 2 – Service descriptions", "Schedule 3 – Service level grid",
            "Schedule 4 – Personal data processing terms"]),
}


def _entries(lang: str):
    from assistant.knowledge.entries import load_entries

    return [e for e in load_entries() if e.lang == lang]


def _articles(lang: str) -> list[str]:
    """Balanced clause wordings, slots filled, renumbered 1..n in taxonomy order."""
    from assistant.knowledge.taxonomy import load_taxonomy
    from assistant.legal.drafting.slots import fill

    by_topic = {e.topic: e for e in _entries(lang) if e.kind == "clause" and e.position == "balanced"}
    out = []
    for n, topic in enumerate([t for t in load_taxonomy().topic_ids if t in by_topic], 1):
        text = fill(by_topic[topic].wording or by_topic[topic].body, lang)
        text = re.sub(r"^(Article|Art\.)\s+\d+", f"Article {n}", text.strip(), count=1)
        text = re.sub(r"(?m)^(\d+)\.(\d+)", lambda m: f"{n}.{m.group(2)}", text)
        out.append(text)
    return out


def _inventory(lang: str, rng: random.Random, rows: int) -> list[str]:
    devices = DEVICES[lang]
    lines = []
    for i in range(1, rows + 1):
        kind = rng.choice(devices)
        site = rng.choice(SITES)
        year = rng.randint(2018, 2025)
        lines.append(f"{kind[:3].upper()}-{i:04d} | {kind} | {site} | {year} | "
                     + ("sous maintenance" if lang == "fr" else "under maintenance"))
    return lines


def contract_text(*, pages: int = 30, lang: str = "fr", seed: int = 7) -> str:
    """Plain text of a contract of exactly `pages` pages, pages separated by form feeds."""
    rng = random.Random(seed)
    title, parties, annexes = HEAD[lang]
    blocks: list[str] = [title, parties, *_articles(lang)]
    entries = _entries(lang)
    blocks.append(annexes[0])
    blocks.append("\n".join(_inventory(lang, rng, 40 * max(1, pages // 10))))
    blocks.append(annexes[1])
    blocks += [f"{e.title}\n{e.body}" for e in entries if e.kind == "clause" and e.position == "balanced"]
    blocks.append(annexes[2])
    prio = ["P1", "P2", "P3", "P4"]
    blocks.append("\n".join(f"{p} | {site} | {h} h | {h * 2} h | {h * 4} h" for site in SITES
                            for p, h in zip(prio, (1, 2, 4, 8))))
    blocks.append(annexes[3])
    blocks += [f"{e.title}\n{e.body}" for e in entries if e.kind == "gdpr"]
    lines: list[str] = []
    for block in blocks:
        for para in block.split("\n"):
            lines += textwrap.wrap(para, LINE_WIDTH) or [""]
        lines.append("")
    need = pages * LINES_PER_PAGE
    filler = [f"{e.title}\n{e.body}" for e in entries if e.kind in ("guide", "term")]
    while len(lines) < need:  # more service descriptions until the page count is reached
        block = filler[len(lines) % len(filler)]
        for para in block.split("\n"):
            lines += textwrap.wrap(para, LINE_WIDTH) or [""]
        lines.append("")
    lines = lines[:need]
    return "\f".join("\n".join(lines[i:i + LINES_PER_PAGE]) for i in range(0, need, LINES_PER_PAGE))


def write_txt(text: str, path: Path) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def write_pdf(text: str, path: Path) -> Path:
    """One PDF page per form-feed page, in a TrueType font with accents (DejaVu when present)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _font()
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for page in text.split("\f"):
        t = c.beginText(40, height - 40)
        t.setFont(font, 8.5)
        t.setLeading(13.5)
        for line in page.split("\n"):
            t.textLine(line)
        c.drawText(t)
        c.showPage()
    c.save()
    return path


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                      "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"):
        if Path(candidate).exists():
            pdfmetrics.registerFont(TTFont("BenchSans", candidate))
            return "BenchSans"
    return "Helvetica"  # its WinAnsi encoding still carries French accents


def write_docx(text: str, path: Path) -> Path:
    import docx

    d = docx.Document()
    for page_no, page in enumerate(text.split("\f")):
        if page_no:
            d.add_page_break()
        for line in page.split("\n"):  # one paragraph per line, as a PDF extraction would give
            if line.strip():
                d.add_paragraph(line)
    d.save(str(path))
    return path


def generate(folder: Path, *, pages: int = 30, lang: str = "fr", formats=("pdf", "docx", "txt"),
             seed: int = 7, stem: str = "contrat-genere") -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    text = contract_text(pages=pages, lang=lang, seed=seed)
    writers = {"pdf": write_pdf, "docx": write_docx, "txt": write_txt}
    return {fmt: writers[fmt](text, folder / f"{stem}.{fmt}") for fmt in formats}
