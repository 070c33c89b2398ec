"""Several documents reviewed as one contract: a services agreement and its DPA, CGV and an SLA
annex, a CCAP and its CCTP.

Each document is read on its own first (clauses, topics, facts, type), then judged knowing the
others: a silence one document has and another fills is no finding (the CGV's "personal data
without a DPA" when the DPA is in the set, the DPA's "no reversibility" when the CGV organises
the exit). The set gets one verdict on GDPR Art. 28 (each element with the document and the
quote that show it) and on reversibility.

When files form a set: `--set` says so; `--separate` says not; otherwise 2 to MAX_AUTO files
form a set when one names another (its title or its file name), or when one of them is a partial
document (DPA, SLA / service description, order form, CCTP) and all name the same party. Any
other batch (a folder of unrelated contracts, a DPA of another customer) is reviewed file by file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.knowledge.taxonomy import load_taxonomy
from assistant.legal.review.doctype import elsewhere_wording
from assistant.legal.review.documents import ParsedDocument
from assistant.legal.review.report import (ReadDocument, ReviewReport, TermsElsewhere, judge, read_document,
                                           settled_topics, terms_elsewhere)
from assistant.legal.review.facts.reading import Names
from assistant.legal.review.risk.model import party_names
from assistant.text import fold
from assistant.types import Retriever

MAX_AUTO = 5
MIN_TITLE = 12  # a title shorter than this is too common to count as a reference
MIN_PART = 20   # a part of a title ("conditions générales de services") shorter than this is too common


@dataclass
class SetVerdict:
    """One answer for the whole contract on an element, with where it is written."""

    present: bool
    document: str | None = None
    evidence: str | None = None

    def to_json(self) -> dict:
        return {"present": self.present, "document": self.document, "evidence": self.evidence}


@dataclass
class SetReport:
    documents: list[ReviewReport]
    art28_applies: bool
    art28_reason: str
    art28: dict[str, SetVerdict]
    reversibility: SetVerdict
    missing_essential: list[str]
    notes: list[str] = field(default_factory=list)
    terms_elsewhere: TermsElsewhere | None = None  # every document is a part: what the missing main agreement settles

    def to_json(self) -> dict:
        return {"set": [r.document for r in self.documents],
                "types": {r.document: r.doc_type.kind if r.doc_type else None for r in self.documents},
                "gdpr_art28": {"applies": self.art28_applies, "reason": self.art28_reason,
                               "elements": {k: v.to_json() for k, v in self.art28.items()}},
                "reversibility": self.reversibility.to_json(),
                "missing_essential": self.missing_essential,
                "terms_elsewhere": self.terms_elsewhere.to_json() if self.terms_elsewhere else None,
                "notes": self.notes,
                "documents": [r.to_json() for r in self.documents]}


def _titles(read: ReadDocument) -> list[str]:
    """The document's title without Markdown marks, numbers or a parenthesis ("Accord de traitement des
    données (article 28 RGPD)" is cited as "l'accord de traitement des données")."""
    out = []
    for e in read.doc_type.evidence:
        if e.where != "title":
            continue
        title = re.sub(r"\([^)]*\)|^[#\s\d.]+|[\s:;,.–-]+$", "", fold(e.quote)).strip()
        if len(title) >= MIN_TITLE:
            out.append(title)
    return out


def _title_parts(read: ReadDocument) -> list[str]:
    """For a title in parts ("Conditions générales de services – Hébergement géré", "Schedule 2: Service
    Level Agreement"), each part long enough to be specific: a document cites another by one part of its title."""
    out = []
    for title in _titles(read):
        out += [p.strip() for p in re.split(r"\s[–—:-]\s|:\s", title) if len(p.strip()) >= MIN_PART]
    return out


def references(a: ReadDocument, b: ReadDocument) -> bool:
    """Does `a` name `b` (b's title, a specific part of it, or b's file name without its extension)? A part of b's
    title is looked for outside a's own title lines (two documents titled alike do not cite each other by that)."""
    text = " ".join(fold(a.source).split())
    stem = fold(Path(b.doc.name).stem.replace("_", " "))
    if any(t in text for t in _titles(b)) or (len(stem) >= MIN_TITLE and stem in text):
        return True
    body = a.source
    for e in a.doc_type.evidence:
        if e.where == "title" and 0 <= e.start < e.end:
            body = body[:e.start] + " " * (e.end - e.start) + body[e.end:]
    body = " ".join(fold(body).split())
    own = _titles(a)
    return any(p in body and not any(p in t for t in own) for p in _title_parts(b))


def form_set(reads: list[ReadDocument], *, mode: str = "auto") -> bool:
    """Should these documents be reviewed as one contract? (`mode`: auto, set, separate)"""
    if mode == "set":
        return len(reads) >= 2
    if mode == "separate" or not 2 <= len(reads) <= MAX_AUTO:
        return False
    if any(references(a, b) for a in reads for b in reads if a is not b):
        return True
    return any(r.doc_type.partial for r in reads) and bool(_shared_names(reads))


_GENERIC = {"client", "customer", "provider", "prestataire", "fournisseur", "supplier", "vendor", "agreement",
            "contrat", "contract", "accord", "parties", "party", "partie", "services", "service", "company", "societe",
            "dpa", "sous-traitant", "processor", "controller", "responsable de traitement", "titulaire", "acheteur"}


def _names(read: ReadDocument) -> set[str]:
    """The parties' defined names ("ci-après dénommée « ISVTEC »", '("Northwind")')."""
    provider, client = party_names(read.source)
    return {n for n in (*provider, *client) if n not in _GENERIC and len(n) >= 3}


def _shared_names(reads: list[ReadDocument]) -> set[str]:
    """Names that every document of the batch uses: the same parties."""
    names = [_names(r) for r in reads]
    return set.intersection(*names) if names else set()


def _art28(reads: list[ReadDocument], lang: str) -> tuple[bool, str, dict[str, SetVerdict]]:
    applies = [r for r in reads if r.art28.applies]
    reason = next((f"{r.doc.name}: {r.art28.reason}" for r in applies),
                  reads[0].art28.reason if reads else "")
    elements: dict[str, SetVerdict] = {}
    dpa_first = sorted(reads, key=lambda r: r.doc_type.kind != "dpa")  # the DPA is where Art. 28 terms belong
    for element in (reads[0].art28.elements if reads else {}):
        verdict = SetVerdict(present=False)
        for r in dpa_first:
            v = r.art28.elements.get(element) or {}
            if v.get("present"):
                verdict = SetVerdict(present=True, document=r.doc.name, evidence=v.get("evidence"))
                break
        elements[element] = verdict
    return bool(applies), reason, elements


def _reversibility(reads: list[ReadDocument]) -> SetVerdict:
    """Where the set organises the exit: a reversibility fact, else a reversibility clause that does
    not deny it; the main contract is looked at before the DPA (whose return of data is Art. 28(3)(g))."""
    for r in sorted(reads, key=lambda r: r.doc_type.kind == "dpa"):
        facts = r.ctx.facts_of("reversibility")
        provided = next((f for f in facts if getattr(f, "provided", False)), None)
        if provided is not None:
            return SetVerdict(present=True, document=r.doc.name, evidence=provided.evidence.quote)
        unit = next((u for u in r.ctx.units if "reversibility" in u.topics), None)
        if unit is not None and not facts:
            return SetVerdict(present=True, document=r.doc.name, evidence=unit.clause.excerpt(160))
    return SetVerdict(present=False)


def with_borrowed_names(reads: list[ReadDocument], *, retriever: Retriever | None) -> list[ReadDocument]:
    """A document of the set that defines no party names of its own (an annex: "Atelier Numérique répond…", "la
    Coopérative peut…") is read again with the names another document of the set defines, its own generic words kept:
    the set is one contract between the same parties."""
    defined = [party_names(r.source) for r in reads]
    donor = next((n for n in defined if n[0] or n[1]), None)
    if donor is None:
        return reads
    return [read_document(r.doc, retriever=retriever, names=Names.build(*donor)) if not (own[0] or own[1]) else r
            for r, own in zip(reads, defined)]


def review_set(docs: list[ParsedDocument], *, retriever: Retriever | None, role: str = "client",
               kb_dir: Path | None = None, reads: list[ReadDocument] | None = None) -> SetReport:
    """Review documents as one contract (see the module's docstring)."""
    reads = with_borrowed_names(reads or [read_document(d, retriever=retriever) for d in docs], retriever=retriever)
    reports = [judge(r, role=role, kb_dir=kb_dir, others=[o for o in reads if o is not r]) for r in reads]
    lang = reports[0].language if reports else "en"
    applies, reason, elements = _art28(reads, lang)
    found = {t for r in reads for t in settled_topics(r)}
    found |= {t for r in reads for t in r.doc_type.settled_by_art28(r.art28.present)}
    partial_only = all(r.doc_type.partial for r in reads)
    essentials = load_taxonomy().essential_topics
    # the set is one contract: the union of its documents' checklists decides what must be there (issue 13, point 6),
    # the whole list as soon as one document is meant to settle the whole contract
    wanted = {t for r in reads for t in r.doc_type.checklist(essentials)}
    missing = [t for t in essentials if t in wanted and t not in found]
    left = None
    if partial_only:  # the main agreement is not in the set: what no part settles is left to it (one finding)
        own = {t for r in reports for t in r.missing_essential} | set(missing)
        left = terms_elsewhere([t for t in essentials if t not in found and t not in own], where="set", lang=lang)
    notes = []
    if partial_only:
        notes.append(elsewhere_wording()["set_note"]["en" if lang == "en" else "fr"])
    return SetReport(documents=reports, art28_applies=applies, art28_reason=reason, art28=elements,
                     reversibility=_reversibility(reads), missing_essential=missing, notes=notes,
                     terms_elsewhere=left)


def review_many(docs: list[ParsedDocument], *, retriever: Retriever | None, role: str = "client",
                kb_dir: Path | None = None, mode: str = "auto") -> list[ReviewReport | SetReport]:
    """Reports in input order: one SetReport when the documents form a set, else one per document."""
    reads = [read_document(d, retriever=retriever) for d in docs]
    if form_set(reads, mode=mode):
        return [review_set(docs, retriever=retriever, role=role, kb_dir=kb_dir, reads=reads)]
    return [judge(r, role=role, kb_dir=kb_dir) for r in reads]
