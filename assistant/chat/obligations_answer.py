"""The offline answer to a means-vs-result question: the obligations engine applied to the
user's scope, framed by cited statements of the knowledge base.

Layout: what the guide says closest to the question [n]; the commitments the question
names, first; the scope the analysis used (so a follow-up such as "and 24/7?" shows its
effect) and every commitment with its type and reason; then who proves what, in the
guide's own words [n]. Engine lines carry no [n]: they are computed, not quoted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.chat.composed import cite_list
from assistant.chat.statements import fold
from assistant.legal.obligations import ObligationReport, type_name
from assistant.types import ScopeProfile

if TYPE_CHECKING:
    from assistant.chat.composed import Composed

NAMES = {
    "response_time": ("délai de prise en charge", "response time"),
    "intervention_time": ("délai d'intervention (GTI)", "intervention time (GTI)"),
    "restoration_time": ("rétablissement (GTR)", "restoration time (GTR)"),
    "availability": ("disponibilité", "availability"),
    "backup_execution": ("exécution des sauvegardes", "running the backups"),
    "backup_restore": ("restauration des données", "restoring data"),
    "security": ("sécurité", "security"),
    "patching": ("correctifs", "patching"),
    "user_support": ("support aux utilisateurs", "user support"),
    "hardware_replacement": ("remplacement du matériel", "hardware replacement"),
    "advice": ("devoir de conseil", "duty to advise"),
    "reporting": ("reporting", "reporting"),
    "reversibility": ("réversibilité", "reversibility"),
}
_CUES = {
    "response_time": r"prise en charge|response time|acknowledg",
    "intervention_time": r"\bgti\b|temps d'intervention|delai d'intervention|intervention time",
    "restoration_time": r"\bgtr\b|retabli|restoration time|restore service",
    "availability": r"disponibilit|availability|uptime",
    "backup_execution": r"sauvegardes?\b|backups?\b",
    "backup_restore": r"restaur|restore\b|restoring",
    "security": r"securite|security|cyber|attaque|attack|ransomware|rancongiciel|piratage|hack",
    "patching": r"correctif|patch",
    "user_support": r"support (aux )?utilisateurs?|user support|helpdesk|hotline",
    "hardware_replacement": r"materiel|hardware|remplacement|replacement",
    "advice": r"conseil|advice|advis",
    "reporting": r"rapport|reporting",
    "reversibility": r"reversibilit|exit|sortie",
}
TEXT = {
    "fr": {"intro": "Pour votre périmètre", "per": "Engagement par engagement :", "named": "Ce que vous demandez",
           "proof": "Qui prouve quoi :",
           "regime": "obligation de moyens le client prouve la faute, moyens renforcée faute présumée, résultat "
                     "cause étrangère force majeure, dommages et intérêts article 1231-1",
           "hours": {"business": "heures ouvrées", "extended": "horaires étendus", "24x7": "service 24/7"},
           "control": {"exclusive": "maîtrise exclusive du prestataire", "shared": "maîtrise partagée avec vous"},
           "users": "{n} utilisateurs", "data": "données personnelles"},
    "en": {"intro": "For your scope", "per": "Commitment by commitment:", "named": "What you asked about",
           "proof": "Who proves what:",
           "regime": "obligation of means the client proves fault, reinforced means fault presumed, result "
                     "external cause force majeure, damages article 1231-1",
           "hours": {"business": "business hours", "extended": "extended hours", "24x7": "24/7 service"},
           "control": {"exclusive": "exclusive control by the provider", "shared": "control shared with you"},
           "users": "{n} users", "data": "personal data"},
}


def named_commitments(question: str) -> list[str]:
    low = fold(question)
    return [cid for cid, cue in _CUES.items() if re.search(cue, low)]


def describe_scope(scope: ScopeProfile, lang: str) -> str:
    t = TEXT[lang]
    parts = [t["hours"][scope.hours], t["control"][scope.control], t["users"].format(n=scope.users)]
    if scope.personal_data:
        parts.append(t["data"])
    return ", ".join(parts)


def _row(c, lang: str) -> str:
    sep = " : " if lang == "fr" else ": "
    name = NAMES.get(c.id, (c.id, c.id))[0 if lang == "fr" else 1]
    return f"- {name} ({c.id}) → {type_name(c.type, lang)}{sep}{c.rationale}"


def compose(composer, report: ObligationReport, *, lang: str, question: str,
            scope: ScopeProfile | None, sources, as_result) -> str:
    t = TEXT[lang]
    parts: list[str] = []
    guide = composer.entries.get(f"guide.means_vs_result.{lang}")
    used: set[str] = set()
    if guide:
        ref = sources.add(as_result(guide), guide.body)
        for _r, s, _ in composer.best_sentences(question, [as_result(guide)], limit=2, per_source=2):
            parts.append(f"{s} [{ref}]")
            used.add(s)
    asked = [c for c in report.commitments if c.id in named_commitments(question)]
    if asked and len(asked) < len(report.commitments):
        parts.append("\n".join([f"{t['named']} :" if lang == "fr" else f"{t['named']}:",
                                *(_row(c, lang) for c in asked)]))
    where = f" ({describe_scope(scope, lang)})" if scope is not None else ""
    rows = [_row(c, lang) for c in report.commitments if c not in asked]
    if rows:
        parts.append("\n".join([f"{t['intro']}{where} — {type_name(report.overall, lang)}. {t['per']}", *rows]))
    block = composer.best_list(t["regime"], [as_result(guide)], floor=0.0) if guide else None
    if block:

        _r, lead, items = block
        if any(sentence in lead for sentence in used):
            lead = ""  # already quoted above
        parts.append(f"{t['proof']}\n{cite_list(lead, items, ref)}")
    return "\n\n".join(parts)
