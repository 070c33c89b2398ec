"""Offline understanding of drafting turns: answers to the dialog's questions, the position a
revision asks for, and slot values stated in plain words ("passe la GTR P1 à 4 h")."""

from __future__ import annotations

import re

from assistant.chat.hints import scope_hints
from assistant.chat.intent import fold

SKIP = re.compile(r"\b(skip|par defaut|defaut|default|defaults|peu importe|je ne sais pas|sais pas|aucune idee|"
                  r"don'?t know|no idea|whatever|next|suivant|comme tu veux|as you like)\b")
SKIP_ALL = re.compile(r"((tout|all|everything|reste|rest)\b.{0,20}\b(defaut|default)|directement|straight away|"
                      r"go ahead|vas-y|genere|generate|assemble|skip all|passe tout)")
EXPORT = re.compile(r"\b(export\w*|telecharg\w*|download\w*|docx|word|markdown|fichier \.?md|\.md)\b")
CHANGE = re.compile(r"\b(passe[rz]?|mets|mettre|fixe[rz]?|change[rz]?|modifie[rz]?|rends?|augmente[rz]?|reduis|"
                    r"baisse[rz]?|monte[rz]?|set|make|change|increase|decrease|raise|lower|bump)\b")
SHOW = re.compile(r"\b(montre|affiche|show|display|voir|see|resume|summary|recap\w*|ou en est|status)\b")

_POSITION = [
    ("client", r"(plus|more|tres|very) (protect\w*|favorable|friendly)\w* (pour|du|au|for|of|to) (le |la |the )?client|"
               r"(cote|version|position) client|client[- ](side|friendly)|favorable au client|pro[- ]client|"
               r"moins (protect\w*|favorable)\w* (pour|au|du) (le )?prestataire|less (protective|favourable|favorable) "
               r"(for|of|to) the provider"),
    ("msp", r"(plus|more|tres|very) (protect\w*|favorable|friendly)\w* (pour|du|au|for|of|to) (le |la |the )?"
            r"(prestataire|msp|provider|fournisseur)|(cote|version|position) (prestataire|msp|provider)|"
            r"(provider|msp)[- ](side|friendly)|favorable au prestataire|moins (protect\w*|favorable)\w* (pour|au|du) "
            r"(le )?client|less (protective|favourable|favorable) (for|of|to) the client"),
    ("balanced", r"equilibr\w*|balanced|neutre|neutral|middle ground|compromis|compromise"),
]

# slot cues: (slot name or template with {p}, cue regex, unit regex)
_NUM = r"(\d+(?:[.,]\d+)?)"
_H = r"\s*(?:h\b|heures?|hours?|hrs?)"
_CUES = [
    ("restoration_time_p{p}_hours", r"\b(gtr|retablissement|restoration|restore time)\b", _H),
    ("intervention_time_p{p}_hours", r"\b(gti|intervention)\b", _H),
    ("response_time_p{p}_hours", r"\b(prise en charge|response|delai de reponse)\b", _H),
    ("availability_percent", r"\b(disponibilite|availability|uptime)\b", r"\s*%"),
    ("penalty_cap_percent", r"\bplafond (des |de )?penalites|penalt(y|ies) cap|cap on penalties\b", r"\s*%"),
    ("penalty_rate_percent", r"\b(taux de penalite|penalty rate|penalites? (a|de|of)|penalt(y|ies) (of|at))\b",
     r"\s*%"),
    ("liability_cap_months", r"\b(plafond de responsabilite|plafond|liability cap|cap)\b", r"\s*(mois|months?)"),
    ("notice_months", r"\b(preavis|notice)\b", r"\s*(mois|months?)"),
    ("initial_term_months", r"\b(duree initiale|periode initiale|initial term|initial period|duree)\b",
     r"\s*(mois|months?)"),
    ("reversibility_months", r"\b(reversibilite|reversibility|transition|exit)\b", r"\s*(mois|months?)"),
    ("monthly_fee_eur", r"\b(redevance|forfait mensuel|monthly fee|fee|prix mensuel)\b", r"\s*(€|eur|euros?)"),
    ("breach_notification_hours", r"\b(violation|breach notification|notification)\b", _H),
    ("rpo_hours", r"\brpo\b", _H), ("rto_hours", r"\brto\b", _H),
    ("payment_days", r"\b(paiement|payment)\b", r"\s*(jours|days)"),
]
SLOT_TOPIC = {"restoration": "sla", "intervention": "sla", "response": "sla", "availability_percent": "sla",
              "penalty": "penalties", "liability_cap_months": "liability", "notice_months": "termination",
              "initial_term_months": "duration_renewal", "reversibility_months": "reversibility",
              "monthly_fee_eur": "pricing_payment", "breach_notification_hours": "data_protection",
              "rpo_hours": "backup_recovery", "rto_hours": "backup_recovery", "payment_days": "pricing_payment"}


def position_in(text: str) -> str | None:
    low = fold(text)
    for name, pat in _POSITION:
        if re.search(pat, low):
            return name
    return None


def overrides_in(text: str) -> dict:
    """Slot values the sentence sets: 'GTR P1 à 4 h' → {'restoration_time_p1_hours': 4}."""
    low = fold(text)
    out: dict = {}
    for slot, cue, unit in _CUES:
        for m in re.finditer(cue, low):
            window = low[m.end(): m.end() + 60]
            value = re.search(_NUM + unit, window)
            if not value:
                continue
            name = slot
            if "{p}" in slot:
                prio = re.search(r"\bp([1-4])\b", low[max(0, m.start() - 15): m.end() + 20])
                p = prio.group(1) if prio else "1"
                if slot.startswith(("intervention", "restoration")) and p not in ("1", "2"):
                    continue
                name = slot.format(p=p)
            if name not in out:
                out[name] = float(value.group(1).replace(",", "."))
                out[name] = int(out[name]) if out[name].is_integer() else out[name]
            break
    return out


def topic_of_slot(slot: str) -> str | None:
    for prefix, topic in SLOT_TOPIC.items():
        if slot.startswith(prefix):
            return topic
    return None


# -- answers to the dialog's questions -------------------------------------------------------------
_SERVICES = {"monitoring": r"supervis\w*|monitor\w*|rmm", "maintenance": r"maintenance|depannage|repair",
             "user_support": r"support|helpdesk|hotline|assistance", "backup": r"sauvegard\w*|backups?",
             "security": r"securite|security|edr|antivirus|cyber", "patching": r"correctifs?|patch\w*|mises? a jour",
             "licensing": r"licences?|licenses?|licensing", "consulting": r"conseil|consulting|advice",
             "hosting": r"heberg\w*|hosting|datacenter|cloud prive"}


def parse_parties(text: str) -> dict:
    """'ACME SAS et InfoGest' / 'client : ACME, prestataire : InfoGest' → names."""
    clean = text.strip().strip(".!")
    out: dict = {}
    for key, cue in (("client_name", r"(?:le |the )?client"),
                     ("provider_name", r"(?:le |the )?(?:prestataire|provider|msp)")):
        m = re.search(cue + r"\s*(?:est|is|:|=|s'appelle|named|called)?\s*[:=]?\s*([^,;/\n]+?)(?=\s*(?:[,;/\n]|\bet "
                            r"le\b|"
                      r"\band the\b|$))", clean, re.I)
        if m and len(m.group(1).strip()) >= 2:
            out[key] = m.group(1).strip(" \"'«»")
    if not out:
        parts = [p.strip(" \"'«».") for p in re.split(r"\s*(?:/|;|,|\bet\b|\band\b|&)\s*", clean) if p.strip()]
        if len(parts) == 2 and all(2 <= len(p) <= 120 for p in parts):
            out = {"client_name": parts[0], "provider_name": parts[1]}
    return out


def parse_answer(field: str, text: str):
    """The value a reply gives for one field, or None when it gives none."""
    low = fold(text)
    if field == "hours":
        if re.search(r"24|nuit et jour|round the clock|toujours", low):
            return "24x7"
        if re.search(r"etendu|extended|soir|samedi|saturday|8h-20h|7h-20h", low):
            return "extended"
        if re.search(r"ouvre|bureau|business|office|9h|normal", low):
            return "business"
        return scope_hints(text).get("hours")
    if field == "services":
        found = [s for s, pat in _SERVICES.items() if re.search(pat, low)]
        if re.search(r"\b(tout|tous|all|everything|complet|full)\b", low):
            found = list(dict.fromkeys(found + ["monitoring", "maintenance", "user_support", "backup", "security",
                                                 "patching"]))
        return found or None
    if field == "personal_data":
        if re.search(r"(pas de|aucune?|no|sans|without|none)\b.{0,25}(donnees|data)|^\s*(non|no|nope)\b", low):
            return False
        if re.search(r"^\s*(oui|yes|yep|bien sur|of course)\b|donnees personnelles|personal data|rgpd|gdpr|salaries|"
                     r"employees|patients|fichiers? clients?|customer data", low):
            return True
        return None
    if field == "control":
        if re.search(r"exclusi\w*|seul|totale?|full|complete|alone|tout le parc|entier", low):
            return "exclusive"
        if re.search(r"partag\w*|shared|co-?gestion|ensemble|jointly|le client garde|en interne|in-house|interne", low):
            return "shared"
        return None
    if field == "criticality":
        if re.search(r"faible|basse|low|peu critique|pas critique|not critical", low):
            return "low"
        if re.search(r"elevee|haute|high|tres critique|critique|critical|vital|bloquant", low):
            return "high"
        if re.search(r"moyenne?|medium|normale?|moderate|standard", low):
            return "medium"
        return None
    if field == "position":
        if re.search(r"prestataire|msp|provider|fournisseur|infogereur", low):
            return "msp"
        if re.search(r"equilibr|balanced|neutre|neutral|les deux|both", low):
            return "balanced"
        if re.search(r"\bclient\b", low):
            return "client"
        return None
    if field == "parties":
        return parse_parties(text) or None
    return None
