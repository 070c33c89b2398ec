"""Scope facts stated in conversation ("40 postes", "24/7", "accès exclusif") and follow-up cues."""

from __future__ import annotations

import re

from assistant.chat.intent import fold

_FOLLOW = re.compile(r"^(et si|et pour|et en|et avec|et quand|et le|et la|et les|et s'il|and if|and what|what about|"
                     r"how about|same (for|with)|et\b|and\b|also\b|aussi\b|dans ce cas|in that case|si oui|if so)")


def is_follow_up(text: str) -> bool:
    return bool(_FOLLOW.match(fold(text).strip()))


def scope_hints(text: str) -> dict:
    """Scope-profile fields a sentence states; empty when it states none."""
    low = fold(text)
    out: dict = {}
    if re.search(r"24\s*/\s*7|24h/24|24 ?x ?7|round the clock|7j/7", low):
        out["hours"] = "24x7"
    elif re.search(r"heures (ouvrees|de bureau)|business hours|office hours|heures ouvrables", low):
        out["hours"] = "business"
    elif re.search(r"horaires? etendu|extended hours|8h-20h|7h-20h", low):
        out["hours"] = "extended"
    m = re.search(r"(\d{1,6})\s*(postes|utilisateurs|users|seats|salaries|employees|endpoints|collaborateurs)", low)
    if m:
        out["users"] = int(m.group(1))
    m = re.search(r"(\d{1,4})\s*(sites|agences|offices|locations)", low)
    if m:
        out["sites"] = int(m.group(1))
    if re.search(r"(acces|controle|maitrise|gestion) (exclusi\w*|total\w*)|exclusive (control|access)|en exclusivite|"
                 r"exclusivement|exclusively (manage|run|operate)|(whole|entire) (perimeter|estate)|"
                 r"seul (a|administrateur)|full control|tout le perimetre", low):
        out["control"] = "exclusive"
    elif re.search(r"(controle|acces|gestion) partage|shared (control|access)|co-?gestion|le client garde", low):
        out["control"] = "shared"
    if re.search(r"criti(que|cal)|production 24|hopital|clinique|hospital|usine", low):
        out["criticality"] = "high"
    if re.search(r"(donnees personnelles|personal data|rgpd|gdpr|donnees de sante|patients|health data)", low):
        out["personal_data"] = True
    if re.search(r"(pas de|aucune|no) (donnees personnelles|personal data)", low):
        out["personal_data"] = False
    services = []
    for svc, pat in {"hosting": r"heberg|hosting|datacenter", "backup": r"sauvegard|backup",
                     "security": r"securite|security|edr|soc\b", "patching": r"correctif|patch",
                     "user_support": r"support utilisateur|helpdesk|hotline|user support",
                     "monitoring": r"supervision|monitoring", "maintenance": r"maintenance"}.items():
        if re.search(pat, low):
            services.append(svc)
    if services:
        out["add_services"] = services
    if re.search(r"sur site|on[- ]site|deplacement", low):
        out["on_site"] = True
    return out


def merge_scope(scope: dict, hints: dict) -> dict:
    merged = dict(scope)
    add = hints.get("add_services", [])
    for k, v in hints.items():
        if k != "add_services":
            merged[k] = v
    if add:
        base = list(merged.get("services") or ["monitoring", "maintenance", "user_support", "backup", "security",
                                                "patching"])
        merged["services"] = base + [s for s in add if s not in base]
    return merged
