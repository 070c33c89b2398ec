"""Slot values for clause wording: defaults from knowledge_base/slots.yaml, overridden by
values derived from a scope profile. Guarantees no `{slot}` ever reaches the user."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.knowledge.entries import SLOT_RE
from assistant.knowledge.taxonomy import KB_DIR


@lru_cache(maxsize=4)
def slot_specs(kb_dir: Path = KB_DIR) -> dict[str, dict]:
    return yaml.safe_load((Path(kb_dir) / "slots.yaml").read_text(encoding="utf-8"))["slots"]


def format_value(value, lang: str) -> str:
    """Numbers in the contract's language: 99.5 → '99,5' in French, 1000000 → '1 000 000'."""
    if isinstance(value, bool):
        return ("oui" if value else "non") if lang == "fr" else ("yes" if value else "no")
    if isinstance(value, (int, float)):
        if float(value).is_integer():
            text = f"{int(value):,}"
            return text.replace(",", "\u202f") if lang == "fr" else text
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
        return text.replace(",", "\u202f").replace(".", ",") if lang == "fr" else text
    return str(value)


def default_values(lang: str, kb_dir: Path = KB_DIR) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, spec in slot_specs(kb_dir).items():
        d = spec.get("default")
        out[name] = d.get(lang, d.get("fr")) if isinstance(d, dict) else d
    return out


def fill(wording: str, lang: str, values: dict[str, object] | None = None, kb_dir: Path = KB_DIR) -> str:
    """Replace every {slot}; unknown slots fall back to a visible bracketed blank, never braces."""
    merged = default_values(lang, kb_dir)
    merged.update(values or {})

    def sub(m):
        name = m.group(1)
        if name in merged and merged[name] is not None:
            return format_value(merged[name], lang)
        return "[à compléter]" if lang == "fr" else "[to be completed]"

    return tidy(SLOT_RE.sub(sub, wording), lang)


_PLURAL = re.compile(r"(?<![\d,.])(\d+(?:[,.]\d+)?)(\s|\u202f|\u00a0)([^\W\d_]+)\(s\)")
# "P1 0,5 h" reads "P1 30 min"
_FRACTION_HOUR = re.compile(r"(?<![\d,.])(0[,.]\d+)(?:\s|\u202f|\u00a0)?(?:h|heures?|hours?)(?![\w(])")
_BRACKET_NUMBER = re.compile(r"\[(\d+(?:[,.]\d+)?)\]")
# "P1 1,5 h" reads "P1 1 h 30" ("90 minutes" set by the user), "2.25 hours" reads "2 h 15 min"
# (the language's own decimal mark only: a comma in French, a point in English)
_MIXED_HOUR = {lang: re.compile(r"(?<![\d,.])([1-9]\d?)" + mark + r"(\d{1,2})(?:\s|\u202f|\u00a0)?(?:h|heures?|hours?)(?![\w(])")
               for lang, mark in (("fr", ","), ("en", r"\."))}


def _hours_minutes(m: re.Match, lang: str) -> str:
    minutes = round(float(f"0.{m.group(2)}") * 60)
    if minutes in (0, 60):
        return m.group(0)
    return f"{m.group(1)} h {minutes:02d}" if lang == "fr" else f"{m.group(1)} h {minutes:02d} min"


def tidy(text: str, lang: str) -> str:
    """'2 site(s)' → '2 sites', '1 heure(s)' → '1 heure'; '[12] mois' → '12 mois', so that no
    suggested figure in brackets can be mistaken for a citation [n]."""
    def plural(m: re.Match) -> str:
        n = float(m.group(1).replace(",", "."))
        many = n >= 2 if lang == "fr" else n != 1
        return f"{m.group(1)}{m.group(2)}{m.group(3)}{'s' if many else ''}"

    text = _PLURAL.sub(plural, text)
    text = _FRACTION_HOUR.sub(lambda m: f"{round(float(m.group(1).replace(',', '.')) * 60)} min", text)
    text = _MIXED_HOUR.get(lang, _MIXED_HOUR["en"]).sub(lambda m: _hours_minutes(m, lang), text)
    return _BRACKET_NUMBER.sub(lambda m: m.group(1), text)


# -- values derived from a scope profile -------------------------------------------------------
_ASSETS = {
    "workstations": ("les postes de travail", "workstations"), "servers": ("les serveurs", "servers"),
    "network": ("le réseau local", "the local network"), "printers": ("les imprimantes", "printers"),
    "mobile": ("les terminaux mobiles", "mobile devices"), "cloud": ("les services cloud", "cloud services"),
    "business_apps": ("les applications métier", "business applications"),
    "telephony": ("la téléphonie", "telephony"),
}
_SERVICES = {
    "monitoring": ("la supervision", "monitoring"),
    "maintenance": ("la maintenance préventive et curative", "preventive and corrective maintenance"),
    "user_support": ("l'assistance aux utilisateurs", "user support"),
    "backup": ("la sauvegarde des données", "data backup"),
    "security": ("la sécurité du système d'information", "information security"),
    "patching": ("la gestion des correctifs", "patch management"),
    "licensing": ("la gestion des licences", "licence management"), "consulting": ("le conseil", "advice"),
    "hosting": ("l'hébergement", "hosting"),
}
_HOURS = {
    "business": ("du lundi au vendredi de 9 h à 18 h, hors jours fériés",
                 "Monday to Friday, 9:00 to 18:00, excluding public holidays"),
    "extended": ("du lundi au vendredi de 8 h à 20 h et le samedi de 9 h à 13 h, hors jours fériés",
                 "Monday to Friday 8:00 to 20:00 and Saturday 9:00 to 13:00, excluding public holidays"),
    "24x7": ("24 heures sur 24 et 7 jours sur 7, jours fériés compris",
             "24 hours a day, 7 days a week, public holidays included"),
}
_WORDS = {2: "two", 3: "three", 4: "four", 6: "six", 8: "eight"}
_LADDER = (0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24, 36, 48, 72)
_AVAILABILITY = (98.0, 99.0, 99.5, 99.8, 99.9)
POSITIONS = ("msp", "balanced", "client")
_POS_TIME = {"msp": 1.5, "balanced": 1.0, "client": 0.75}  # longer times for the provider's draft
_CRIT_TIME = {"low": 2.0, "medium": 1.0, "high": 0.5}
_HOURS_TIME = {"business": 1.0, "extended": 1.0, "24x7": 0.75}


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + (" et " if lang == "fr" else " and ") + items[-1]


def _snap(hours: float) -> float:
    """Nearest step of a ladder people write in contracts (0.5, 1, 2, 3, 4, 6, 8…)."""
    return min(_LADDER, key=lambda step: (abs(step - hours), -step))


def _pick(position: str, msp, balanced, client):
    return {"msp": msp, "balanced": balanced, "client": client}[position]


def service_times(scope, position: str) -> dict[str, float]:
    """Response ≤ intervention ≤ restoration, each sized to criticality × hours × position."""
    f = _CRIT_TIME[scope.criticality] * _HOURS_TIME[scope.hours] * _POS_TIME[position]
    r = [_snap(h * f) for h in (1, 2, 4, 8)]
    r = [max(r[i], r[i - 1]) if i else r[0] for i in range(4)]
    i1 = max(_snap(4 * f), r[0])
    i2 = max(_snap(8 * f), i1, r[1])
    g1 = max(_snap(8 * f), i1)
    g2 = max(_snap(16 * f), g1, i2)
    out = {f"response_time_p{n}_hours": v for n, v in enumerate(r, 1)}
    out.update(intervention_time_p1_hours=i1, intervention_time_p2_hours=i2,
               restoration_time_p1_hours=g1, restoration_time_p2_hours=g2)
    return out


def values_from_scope(scope, lang: str, position: str = "balanced") -> dict[str, object]:
    """Every slot sized to the scope and tilted towards `position` (never below legal floors)."""
    if position not in POSITIONS:
        raise ValueError(f"position must be one of {', '.join(POSITIONS)}")
    k = 0 if lang == "fr" else 1
    crit, high, low = scope.criticality, scope.criticality == "high", scope.criticality == "low"
    # the fee only when the user gave it: an estimate shown in a clause would be a figure nobody stated, so the
    # text keeps a visible blank ("[à compléter]") and caps are sized in months of fees, not in euros
    fee = float(scope.monthly_fee_eur) if scope.monthly_fee_eur else None
    out: dict[str, object] = {"users": scope.users, "sites": scope.sites, "monthly_fee_eur": fee}
    if scope.client_name:
        out["client_name"] = scope.client_name
    if scope.provider_name:
        out["provider_name"] = scope.provider_name
    assets = [a for a in _ASSETS if a in scope.assets]
    services = [s for s in _SERVICES if s in scope.services]
    if assets:
        out["assets_list"] = _join([_ASSETS[a][k] for a in assets], lang)
    if services:
        out["services_list"] = _join([_SERVICES[s][k] for s in services], lang)
    out["hours_label"] = _HOURS[scope.hours][k]
    out.update(service_times(scope, position))

    level = {"low": 1, "medium": 2, "high": 3}[crit]
    if not ("hosting" in scope.services and scope.control == "exclusive"):
        level -= 1  # availability of what the provider does not host alone is promised more modestly
    level += _pick(position, -1, 0, 1)
    out["availability_percent"] = _AVAILABILITY[max(0, min(len(_AVAILABILITY) - 1, level))]

    out["penalty_rate_percent"] = _pick(position, *{"low": (1, 2, 3), "medium": (1, 2, 5), "high": (2, 3, 5)}[crit])
    out["penalty_cap_percent"] = _pick(position, *{"low": (5, 10, 15), "medium": (5, 10, 20),
                                                   "high": (10, 15, 25)}[crit])
    out["liability_cap_months"] = _pick(position, *{"low": (6, 12, 18), "medium": (6, 12, 24),
                                                    "high": (12, 18, 36)}[crit])
    base_cover = {"low": 500_000, "medium": 1_000_000, "high": 2_000_000}[crit]
    out["insurance_amount_eur"] = _pick(position, base_cover, base_cover, 2 * base_cover)
    out["hourly_rate_eur"] = {"low": 80, "medium": 90, "high": 100}[crit]
    out["payment_days"] = _pick(position, 30, 30, 45)  # Code de commerce L441-10: at most 60 days
    out["revision_cap_percent"] = _pick(position, 5, 3, 2)
    out["non_solicitation_months"] = _pick(position, 24, 12, 6)
    out["non_solicitation_indemnity_months"] = _pick(position, 12, 6, 3)
    out["initial_term_months"] = _pick(position, 36, 24, 12)
    out["renewal_term_months"] = 12
    out["notice_months"] = _pick(position, 3, 2, 1)
    out["cure_days"] = _pick(position, 30, 30, 15)
    out["reversibility_months"] = _pick(position, 3, 6 if high else 3, 6)
    out["data_return_days"] = _pick(position, 30, 30, 15)
    out["breach_notification_hours"] = _pick(position, 48, 24 if high else 48, 24)
    rpo = {"low": 24, "medium": 24, "high": 4}[crit] * _pick(position, 1, 1, 0.5)
    rpo = _snap(max(1, rpo))
    out["rpo_hours"] = rpo
    out["rto_hours"] = _snap({"low": 24, "medium": 8, "high": 4}[crit] * _POS_TIME[position])
    out["backup_frequency"] = (("quotidienne", "daily") if rpo >= 24 else ("biquotidienne", "twice-daily")
                               if rpo >= 12 else (f"pluriquotidienne (toutes les {format_value(rpo, 'fr')} heures)",
                                                  f"{_WORDS.get(rpo, format_value(rpo, 'en'))}-hourly") if rpo > 1
                               else ("horaire", "hourly"))[k]
    out["backup_retention_days"] = _pick(position, 14, 30, 60) * (2 if high else 1)
    out["restore_test_months"] = _pick(position, 12, 6, 3)
    out["patch_critical_days"] = _pick(position, 7, 5, 3) if high else _pick(position, 14, 7, 5)
    out["report_frequency"] = (("trimestriel", "quarterly") if low and position == "msp" else ("mensuel", "monthly"))[k]
    out["steering_committee_months"] = _pick(position, 6, 3, 3)
    out["audit_notice_days"] = _pick(position, 60, 30, 15)
    out["subprocessor_notice_days"] = _pick(position, 15, 30, 60)
    out["confidentiality_years"] = _pick(position, 3, 5, 10)
    out["hardware_replacement_days"] = max(1, round({"low": 5, "medium": 3, "high": 2}[crit] * _POS_TIME[position]))
    out["force_majeure_days"] = _pick(position, 60, 45, 30)
    out["review_months"] = _pick(position, 12, 12, 6)
    return out


def asset_label(asset: str, lang: str) -> str:
    """'servers' → 'serveurs' / 'servers' (no article), for tables."""
    name = _ASSETS.get(asset, (asset, asset))[0 if lang == "fr" else 1]
    return re.sub(r"^(les |le |la |l')", "", name)
