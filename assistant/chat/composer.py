"""Offline grounded answers: built only from knowledge-base sentences, each one cited.

No model is needed: the composer picks the statements of the best sources closest to the
question (sentence embeddings + word overlap), so every sentence it writes has a source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

import numpy as np

from assistant.chat.citations import NOTICE, Sources, excerpt
from assistant.knowledge.bm25 import tokenize
from assistant.knowledge.entries import Entry
from assistant.knowledge.taxonomy import load_taxonomy
from assistant.legal.obligations import ObligationReport, type_name
from assistant.types import Citation, SearchResult

_SENT = re.compile(r"(?<=[.!?;])\s+(?=[A-ZÀ-ÖØ-Þ«\"(\d])|\n+")

TEXT = {
    "fr": {"nothing": "Je ne trouve rien dans ma base de connaissances qui réponde à cette question ; je préfère "
                      "ne pas improviser. Reformulez-la ou précisez le point du contrat concerné (SLA, "
                      "responsabilité, RGPD, réversibilité…).",
           "out": "Je suis spécialisé dans les contrats d'infogérance, de maintenance informatique et de services "
                  "managés (clauses, SLA, RGPD article 28). Cette question sort de ce champ.",
           "example": "Exemple", "basis": "Base légale", "related": "Clauses liées",
           "side_client": "Côté client", "side_msp": "Côté prestataire",
           "obl_intro": "Pour votre périmètre", "per": "Engagement par engagement :"},
    "en": {"nothing": "I find nothing in my knowledge base that answers this question, and I would rather not "
                      "guess. Rephrase it or name the part of the contract (SLA, liability, GDPR, exit…).",
           "out": "I specialise in IT outsourcing, IT maintenance and managed-services contracts (clauses, SLAs, "
                  "GDPR Article 28). This question is outside that field.",
           "example": "Example", "basis": "Legal basis", "related": "Related clauses",
           "side_client": "Client side", "side_msp": "Provider side",
           "obl_intro": "For your scope", "per": "Commitment by commitment:"},
}


@dataclass
class Composed:
    text: str
    citations: list[Citation] = field(default_factory=list)
    grounded: bool = True


def _clean(sentence: str) -> str:
    s = re.sub(r"^\s*(?:[-*•>#]+|\d{1,2}[.)])\s+", "", sentence).strip()
    s = re.sub(r"\*\*|__|`", "", s)
    return s


_ABBREV = re.compile(r"\b(art|arts|al|n°|no|p|pp|cf|ex|e\.g|i\.e|Cass|com|civ|soc|ch|réf|vol|min|max|env|approx|"
                     r"M|Mme|Dr|St|etc|resp|spéc|préc|Ord|Dir|Reg|Règl|sect|para|§)\.\s", re.I)


def split_sentences(text: str) -> list[str]:
    """Sentences and bullet items, not cut after legal abbreviations ("art. 28", "Cass. com.")."""
    protected = _ABBREV.sub(lambda m: m.group(0).replace(". ", ".\x00"), text)
    out = []
    for raw in _SENT.split(protected):
        raw = raw.replace("\x00", " ")
        s = _clean(raw)
        if len(s) >= 25 and not s.endswith(":"):
            out.append(s)
    return out


class OfflineComposer:
    def __init__(self, *, entries: Sequence[Entry], embeddings, min_similarity: float = 0.30) -> None:
        self.entries = {e.id: e for e in entries}
        self.embeddings = embeddings
        self.min_similarity = min_similarity
        self._sentence_vectors = lru_cache(maxsize=2048)(self._vectors)

    def _vectors(self, entry_id: str, text: str) -> tuple[tuple[str, ...], np.ndarray]:
        sents = tuple(split_sentences(text))
        vecs = self.embeddings.encode(list(sents)) if sents else np.zeros((0, 1), dtype=np.float32)
        return sents, vecs

    @staticmethod
    def finish(text: str, lang: str) -> str:
        return f"{text.rstrip()}\n\n{NOTICE[lang]}"

    def relevant(self, results: list[SearchResult]) -> list[SearchResult]:
        return [r for r in results if r.similarity >= self.min_similarity or r.kind == "user" and r.score > 0]

    # -- questions ---------------------------------------------------------------------
    def best_sentences(self, question: str, results: list[SearchResult], *, limit: int = 4,
                       per_source: int = 2) -> list[tuple[SearchResult, str, float]]:
        """The statements closest to the question, weighted by how relevant their source is,
        returned grouped by source in reading order so the answer reads as prose."""
        qv = self.embeddings.encode([question], is_query=True)[0]
        qtok = set(tokenize(question))
        top = max((r.similarity for r in results), default=0.0)
        scored = []
        for rank, r in enumerate(results):
            body = self.entries[r.id].body if r.id in self.entries else r.text
            sents, vecs = self._sentence_vectors(r.id, body)
            if not sents:
                continue
            source = max(r.similarity, top if rank == 0 else 0.0)
            for pos, (s, sim) in enumerate(zip(sents, vecs @ qv)):
                overlap = len(qtok & set(tokenize(s))) / (len(qtok) or 1)
                scored.append((0.55 * float(sim) + 0.35 * source + 0.3 * overlap, rank, pos, r, s))
        scored.sort(key=lambda t: -t[0])
        picked, per = [], {}
        for score, rank, pos, r, s in scored:
            if per.get(r.id, 0) >= per_source or any(s == p[4] for p in picked):
                continue
            if picked and score < 0.75 * picked[0][0]:
                break
            picked.append((score, rank, pos, r, s))
            per[r.id] = per.get(r.id, 0) + 1
            if len(picked) >= limit:
                break
        picked.sort(key=lambda t: (t[1], t[2]))
        return [(r, s, score) for score, _rank, _pos, r, s in picked]

    def answer(self, question: str, results: list[SearchResult], *, lang: str, side: str | None = None) -> Composed:
        results = self.relevant(results)
        if not results:
            return Composed(self.finish(TEXT[lang]["nothing"], lang), grounded=False)
        sources = Sources()
        lines = []
        for r, sentence, _score in self.best_sentences(question, results[:4]):
            ref = sources.add(r, sentence)
            lines.append(f"{sentence} [{ref}]")
        tip = self._side_tip(results, side=side, lang=lang, sources=sources)
        if tip:
            lines.append(tip)
        return Composed(self.finish("\n\n".join(lines), lang), sources.items)

    def _side_tip(self, results, *, side, lang, sources: Sources) -> str | None:
        if side not in ("client", "msp"):
            return None
        for r in results[:3]:
            e = self.entries.get(r.id)
            if e and e.kind == "clause":
                pos = self.entries.get(f"clause.{e.topic}.{side}.{lang}")
                if pos and pos.negotiation_notes:
                    res = SearchResult(id=pos.id, kind=pos.kind, lang=pos.lang, title=pos.title,
                                       labels=pos.labels, score=0.0, text=pos.body)
                    ref = sources.add(res, pos.negotiation_notes[0])
                    label = TEXT[lang]["side_client" if side == "client" else "side_msp"]
                    return f"{label} : {pos.negotiation_notes[0]} [{ref}]" if lang == "fr" else \
                        f"{label}: {pos.negotiation_notes[0]} [{ref}]"
        return None

    # -- terms -------------------------------------------------------------------------
    def term_entry(self, term_id: str, lang: str) -> Entry | None:
        return self.entries.get(f"term.{term_id}.{lang}") or self.entries.get(
            f"term.{term_id}.{'en' if lang == 'fr' else 'fr'}")

    def explain(self, term_id: str, *, lang: str, extra: list[SearchResult] = ()) -> Composed:
        e = self.term_entry(term_id, lang)
        if e is None:
            return Composed(self.finish(TEXT[lang]["nothing"], lang), grounded=False)
        t = TEXT[lang]
        sources = Sources()
        ref = sources.add(_as_result(e), e.body)
        parts = [f"**{e.title}** — {e.body.strip()} [{ref}]"]
        if e.example:
            parts.append(f"{t['example']} : {e.example.strip()} [{ref}]" if lang == "fr"
                         else f"{t['example']}: {e.example.strip()} [{ref}]")
        if e.legal_basis:
            parts.append(f"{t['basis']} : {e.legal_basis.strip()} [{ref}]" if lang == "fr"
                         else f"{t['basis']}: {e.legal_basis.strip()} [{ref}]")
        related = []
        tax = load_taxonomy()
        for topic in e.related_topics[:4]:
            clause = self.entries.get(f"clause.{topic}.balanced.{lang}")
            if clause:
                cref = sources.add(_as_result(clause), clause.body)
                related.append(f"{tax.topic(topic).name(lang)} [{cref}]")
        if related:
            parts.append(f"{t['related']} : " + ", ".join(related) if lang == "fr"
                         else f"{t['related']}: " + ", ".join(related))
        return Composed(self.finish("\n\n".join(parts), lang), sources.items)

    # -- means vs result ------------------------------------------------------------------
    def obligations(self, report: ObligationReport, *, lang: str, question: str,
                    results: list[SearchResult]) -> Composed:
        t = TEXT[lang]
        sources = Sources()
        guide = self.entries.get(f"guide.means_vs_result.{lang}")
        lead = []
        if guide:
            ref = sources.add(_as_result(guide), guide.body)
            picked = self.best_sentences(question, [_as_result(guide)], limit=2, per_source=2)
            lead = [f"{s} [{ref}]" for _r, s, _ in picked]
        refs = [sources.add(_as_result(e), e.body) for term in
                ("obligation_of_means", "reinforced_obligation_of_means", "obligation_of_result")
                if (e := self.term_entry(term, lang))]
        sep = " : " if lang == "fr" else ": "
        rows = [f"- {c.id} → {type_name(c.type, lang)}{sep}{c.rationale}" for c in report.commitments]
        body = "\n".join([f"{t['obl_intro']} — {type_name(report.overall, lang)}. {t['per']}", *rows])
        cite = "".join(f"[{r}]" for r in refs)
        text = "\n\n".join([*lead, body, f"{report.explanation} {cite}".strip()])
        return Composed(self.finish(text, lang), sources.items)

    def plain(self, key: str, lang: str) -> Composed:
        return Composed(self.finish(TEXT[lang][key], lang), grounded=False)


def _as_result(e: Entry) -> SearchResult:
    return SearchResult(id=e.id, kind=e.kind, lang=e.lang, title=e.title, labels=e.labels, score=1.0,
                        text=excerpt(e.body, 600), similarity=1.0)
