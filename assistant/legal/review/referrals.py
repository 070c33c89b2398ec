"""Subjects a document leaves to another part of the contract that was not supplied.

"Supplier shall meet the service levels of Schedule 3, which also sets out how they are measured", "Les plafonds de
responsabilité sont ceux de l'article 11 des CG", "La réversibilité est organisée conformément à l'article 14 des CG":
the subject is settled, but in a document this review has not read. Such a document is not flagged for the absence of
that subject (no "no SLA measurement" when the schedule that measures is elsewhere); the report says instead that the
subject depends on the part not supplied (`Referral`). A part that is in the same file (a schedule printed after the
clauses) is supplied: its own clauses are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from assistant.text import fold_keep_offsets as fold

# the other part, named: a schedule or annex by its number or letter, a provider's general terms, the master agreement,
# the processor terms, the SLA, a security policy
_PART = r"(?P<part>(schedule|exhibit|annex|appendix|attachment|annexe|appendice)\s+(n[o°]\s*)?[0-9a-z]{1,3}\b" \
        r"(\s+(des|du|of the|to the)\s+(cg[vs]?|conditions generales|general terms|terms|master agreement|contrat))?|" \
        r"conditions generales( de (services?|vente))?|general terms( and conditions)?|terms and conditions|\bcg[vs]?\b|" \
        r"master (services )?agreement|contrat (principal|cadre)|accord-cadre|\bdpa\b|\batd\b|data processing " \
        r"(agreement|addendum|terms)|accord de traitement( des donnees)?|service level agreement|convention de services|" \
        r"politique de securite|security policy)"
# the words that leave the subject to it
_LEAVES = r"\b(set out|set forth|described|defined|specified|laid down|governed|provided for|listed|stated|contained|" \
          r"detailed|fixe\w*|prevu\w*|defini\w*|decrit\w*|precise\w*|regi\w*|organise\w*|figur\w*|relev\w*|" \
          r"conformement|in accordance with|as per|pursuant to|according to|selon|(sont|est) (ceux|celles|celui|celle)|" \
          r"(are|is) (those|that)|of|de|du|des|under|apply|applies|s'appliqu\w*|sets out|sets forth|fixe|organise)\b"
REFERRAL = re.compile(_LEAVES + r"\W+((l'|la |le |les |the |its |a |au |aux |dans |en |in |by |par |with |to )){0,3}" +
                      r"(article \d+[\w.]*\s+(des|du|of the)\s+)?" + _PART)
# the document settling the subject itself, against the other part ("par dérogation à l'article 17 des CG, aucune
# réversibilité n'est due", "notwithstanding Schedule 2"): no referral
_OWN_TERMS = re.compile(r"\b(derog\w*|nonobstant|notwithstanding|by way of exception|par exception|in derogation|"
                        r"instead of|au lieu de|en lieu et place|replac\w*|remplac\w*)\b")
# this very document ("la présente annexe", "this Schedule")
_SELF = re.compile(r"\b(la presente|le present|les presentes|cette|ce|this|these|the present)\s+$")

# what each referable subject is called in the referring sentence
SUBJECTS: dict[str, str] = {
    "sla": r"service levels?|niveaux? de service|\bsla\b|disponibilite|availability|delais? (d'intervention|de "
           r"retablissement)|response times?|indicateurs",
    "penalties": r"service credits?|credits? de service|penalit\w*|penalt\w*",
    "liability": r"liabilit\w*|responsabilit\w*|plafonds?",
    "reversibility": r"reversibilit\w*|exit (assistance|plan)|plan de sortie|transition|fin de contrat|migration",
    "disputes": r"juridiction|jurisdiction|tribunal|courts?|litiges?|disputes?",
}
_SUBJECT_RX = {k: re.compile(v) for k, v in SUBJECTS.items()}
# the flags that only say a subject is absent, per subject: not raised when the subject is left to a part not supplied
ABSENCE_RULES: dict[str, frozenset[str]] = {
    "sla": frozenset({"no_sla_measurement"}),
    "reversibility": frozenset({"no_reversibility"}),
    "liability": frozenset({"uncapped_liability"}),
}


@dataclass(frozen=True)
class Referral:
    """A subject left to another part of the contract: the sentence that says so and the part it names."""
    topics: tuple[str, ...]
    part: str          # the part named, as written ("Schedule 3", "article 11 des CG")
    quote: str
    start: int
    end: int
    number: str | None = None

    def to_json(self) -> dict:
        return {"topics": list(self.topics), "part": self.part, "quote": self.quote, "start": self.start,
                "end": self.end, "number": self.number}


_SENT = re.compile(r"[^.;\n]+(?:[.;]|$)", re.M)  # (a line with no stop is a sentence too: without re.M a long one cost time squared)
_HEAD_NUM = re.compile(r"^(schedule|exhibit|annex|appendix|attachment|annexe|appendice)\s+(n[o°]\s*)?([0-9a-z]{1,3})\b")


def _supplied(part: str, headings: set[str]) -> bool:
    """The part is in the document itself (a heading "SCHEDULE 3 …", "Annexe 1 – …")."""
    m = _HEAD_NUM.match(part)
    if not m or re.search(r"\b(des|du|of the|to the)\s+\S", part[m.end():]):
        return False  # a schedule of another document ("annexe 1 des CG"), or no number: never in this file
    return any(h.startswith(m.group(1)[:5]) and re.match(rf"^{m.group(1)}\s+(n[o°]\s*)?{re.escape(m.group(3))}\b", h)
               for h in headings)


def referrals(clauses: Iterable, text: str) -> list[Referral]:
    """The referring sentences of the document's clauses (segmentation clauses: heading, number, text, start)."""
    clauses = list(clauses)
    headings = {fold(" ".join(x for x in (c.heading or "", c.number or "") if x)).strip() for c in clauses}
    headings |= {fold(line).strip(" #*") for line in text.split("\n") if _HEAD_NUM.match(fold(line).strip(" #*"))}
    out: list[Referral] = []
    for c in clauses:
        body = c.text or ""
        folded = fold(body)
        at = text.find(body, c.start) if body else -1
        for s in _SENT.finditer(folded):
            sent = s.group(0)
            if _OWN_TERMS.search(sent):
                continue
            named = [r for r in REFERRAL.finditer(sent) if not _SELF.search(sent[:r.start("part")])]
            if any(_supplied(r.group("part"), headings) for r in named):
                continue  # the subject is in a part of this very file, whose own clauses are read
            for r in named:
                topics = tuple(k for k, rx in _SUBJECT_RX.items() if rx.search(sent))
                if not topics:
                    continue
                a, b = s.start(), s.end()
                quote = body[a:b].strip()
                start = at + a if at >= 0 else -1
                out.append(Referral(topics=topics, part=body[s.start() + r.start("part"):s.start() + r.end("part")],
                                    quote=quote, start=start, end=start + len(body[a:b]) if start >= 0 else -1,
                                    number=c.number))
                break
    return out


def left_to_parts(found: list[Referral], settled_elsewhere: set[str]) -> list[Referral]:
    """The referrals whose subject no other document of the set settles."""
    kept = []
    for r in found:
        topics = tuple(t for t in r.topics if t not in settled_elsewhere)
        if topics:
            kept.append(Referral(topics=topics, part=r.part, quote=r.quote, start=r.start, end=r.end, number=r.number))
    return kept


def silenced(rule: str, proven: bool, found: list[Referral]) -> bool:
    """An absence flag (no quote proves it) on a subject the document leaves to a part not supplied."""
    return not proven and any(rule in ABSENCE_RULES.get(t, ()) for r in found for t in r.topics)
