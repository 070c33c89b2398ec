"""Balance a library clause to the scope: never a result on what the provider does not control,
never a blanket exclusion of what it does control, caps proportionate to the fee.

Each rule is explicit and testable: it rewrites the wording (or adds a derogation paragraph when
the sentence it targets is not found) and explains itself in one short negotiation note.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Callable

from assistant.legal.obligations import Commitment, commitment
from assistant.text import split_sentences
from assistant.types import ScopeProfile

RANK = {"none": -1, "means": 0, "reinforced_means": 1, "result": 2}
_POS = {"msp": 0, "balanced": 1, "client": 2}
M, RM, R = "means", "reinforced_means", "result"

# commitments each topic involves, the principal one first (it gives the clause its type)
TOPIC_COMMITMENTS: dict[str, tuple[str, ...]] = {
    "sla": ("response_time", "intervention_time", "restoration_time", "availability"),
    "support_hours": ("response_time",), "service_delivery": ("intervention_time",),
    "backup_recovery": ("backup_execution", "backup_restore"), "security": ("security", "patching"),
    "hardware": ("hardware_replacement",), "assistance_training": ("user_support",),
    "evolution": ("advice",), "governance": ("reporting",), "reversibility": ("reversibility",),
}
# what the library wording of each position stipulates (msp, balanced, client), read from the KB
STIPULATED: dict[str, dict[str, tuple[str, str, str]]] = {
    "sla": {"response_time": (R, R, R), "intervention_time": (M, R, R), "restoration_time": (M, RM, R),
            "availability": (R, R, R)},
    "support_hours": {"response_time": (M, R, R)}, "service_delivery": {"intervention_time": (M, M, R)},
    "backup_recovery": {"backup_execution": (R, R, R), "backup_restore": (M, RM, RM)},
    "security": {"security": (M, M, RM), "patching": (RM, R, R)},
    "hardware": {"hardware_replacement": (M, RM, R)}, "assistance_training": {"user_support": (M, M, M)},
    "evolution": {"advice": (M, M, RM)}, "governance": {"reporting": (M, R, R)},
    "reversibility": {"reversibility": (M, RM, RM)},
}
LIABILITY_FLOOR_EUR = 15_000


@dataclass
class Context:
    topic: str
    position: str
    lang: str
    scope: ScopeProfile
    values: dict
    ceilings: dict[str, Commitment] = field(default_factory=dict)  # engine verdict per commitment
    overrides: dict = field(default_factory=dict)  # figures the user set (they win over a scope default)

    @property
    def ceilings_sla(self) -> set[str]:
        """SLA commitments the scope does not allow as results (the penalty clause follows them)."""
        return {cid for cid in TOPIC_COMMITMENTS["sla"] if commitment(cid, self.scope).type != R}

    def stipulated(self, cid: str) -> str:
        return STIPULATED.get(self.topic, {}).get(cid, (M, M, M))[_POS[self.position]]

    def exceeds(self, cid: str) -> bool:
        """The wording promises a result the scope does not put in the provider's hands."""
        ceiling = self.ceilings.get(cid)
        return ceiling is not None and self.stipulated(cid) == R and ceiling.type != R


@dataclass
class Adjusted:
    text: str
    applied: list[str] = field(default_factory=list)  # rule ids
    notes: list[str] = field(default_factory=list)
    lowered: dict[str, str] = field(default_factory=dict)  # commitment → type after the rewrite


def ceilings_for(topic: str, scope: ScopeProfile, lang: str) -> dict[str, Commitment]:
    return {cid: commitment(cid, scope, lang=lang) for cid in TOPIC_COMMITMENTS.get(topic, ())}


# -- text helpers -------------------------------------------------------------------------------
_SUB = re.compile(r"^(X|\d+)\.(\d+)\b", re.M)


def append_paragraph(text: str, sentence: str) -> str:
    """Add a numbered paragraph after the last one ("X.6" → "X.7"), or a plain one."""
    subs = _SUB.findall(text)
    label = f"{subs[-1][0]}.{int(subs[-1][1]) + 1} " if subs else ""
    return text.rstrip("\n") + "\n" + label + sentence + "\n"


def _replace_or_append(text: str, pattern: str, replacement: str, fallback: str) -> str:
    new, n = re.subn(pattern, replacement, text, count=1)
    return new if n else append_paragraph(text, fallback)


# -- rules --------------------------------------------------------------------------------------
T = {
    "availability": {
        "fr": ("La prise en charge et la GTI sont des obligations de résultat. La disponibilité relève d'une "
               "obligation "
               "de moyens renforcée : le Prestataire ne maîtrisant pas seul l'infrastructure concernée, un manquement "
               "fait présumer sa faute, qu'il peut écarter en prouvant sa diligence.",
               "Par dérogation à ce qui précède, l'engagement de disponibilité relève d'une obligation de moyens "
               "renforcée : le Prestataire ne maîtrise pas seul l'infrastructure concernée ; un manquement fait "
               "présumer sa faute, qu'il peut écarter en prouvant sa diligence.",
               "Disponibilité ramenée à une obligation de moyens renforcée : un résultat n'est justifié que si le "
               "Prestataire héberge et contrôle seul l'infrastructure (contrôle exclusif + hébergement)."),
        "en": ("Response and start of intervention are obligations of result. Availability is a reinforced obligation "
               "of means: as the Provider does not control the infrastructure concerned alone, a shortfall raises a "
               "presumption of fault that it may rebut by proving its diligence.",
               "Notwithstanding the above, the availability commitment is a reinforced obligation of means: the "
               "Provider does not control the infrastructure concerned alone; a shortfall raises a presumption of "
               "fault that it may rebut by proving its diligence.",
               "Availability lowered to a reinforced obligation of means: a result is justified only when the "
               "Provider hosts and controls the infrastructure alone (exclusive control + hosting)."),
    },
    "restoration": {
        "fr": ("Par dérogation à ce qui précède, le rétablissement relève d'une obligation de moyens renforcée, car il "
               "dépend aussi de Tiers (éditeurs, constructeurs, opérateurs) ou d'éléments administrés par le Client : "
               "tout dépassement fait présumer la faute du Prestataire, qui peut prouver sa diligence.",
               "GTR ramenée à une obligation de moyens renforcée : le rétablissement dépend de Tiers ou d'éléments que "
               "le Client administre (contrôle partagé ou services tiers dans le périmètre)."),
        "en": ("Notwithstanding the above, restoration is a reinforced obligation of means, since it also depends on "
               "Third Parties (publishers, manufacturers, carriers) or on elements the Client administers: any overrun "
               "raises a presumption of fault on the Provider, which may prove its diligence.",
               "Restoration time lowered to a reinforced obligation of means: restoring depends on Third Parties or "
               "on elements the Client administers (shared control or third-party services in scope)."),
    },
    "security": {
        "fr": (r"Le Prestataire, qui administre seul le périmètre couvert \(\{assets_list\}\), est tenu d'une "
               r"obligation "
               r"de moyens renforcée",
               "Le Prestataire, qui administre le périmètre couvert ({assets_list}) avec le Client, est tenu d'une "
               "obligation de moyens renforcée pour les éléments qu'il administre seul, et d'une obligation de moyens "
               "pour les autres,",
               "Le Client conservant une part de l'administration du périmètre, l'obligation de moyens renforcée ne "
               "vaut que pour les éléments que le Prestataire administre seul ; pour les autres, elle est de moyens.",
               "Sécurité : le contrôle est partagé, la clause ne peut affirmer que le Prestataire administre seul le "
               "périmètre ; moyens renforcés sur ce qu'il administre seul, moyens ailleurs, jamais de résultat."),
        "en": (r"The Provider, which alone administers the covered scope \(\{assets_list\}\), owes a reinforced "
               r"obligation of means",
               "The Provider, which administers the covered scope ({assets_list}) together with the Client, owes a "
               "reinforced obligation of means for the elements it administers alone, and an obligation of means for "
               "the others,",
               "As the Client keeps part of the administration of the scope, the reinforced obligation of means "
               "applies only to the elements the Provider administers alone; for the others it is of means.",
               "Security: control is shared, so the clause cannot state that the Provider alone administers the "
               "scope; reinforced means on what it administers alone, means elsewhere, never a result."),
    },
    "hardware": {
        "fr": ("Lorsque le rétablissement dépend d'une pièce ou d'une intervention que seul le fabricant peut fournir, "
               "l'engagement de délai ci-dessus devient une obligation de moyens renforcée ; le matériel de prêt reste "
               "dû dans ce délai.",
               "Matériels : le délai reste de résultat pour le prêt, mais devient de moyens renforcés quand seul le "
               "fabricant peut réparer (contrôle partagé)."),
        "en": ("Where restoring depends on a part or intervention only the manufacturer can supply, the time "
               "commitment "
               "above becomes a reinforced obligation of means; the loan hardware remains due within that time.",
               "Hardware: the time stays a result for the loan unit, but becomes reinforced means when only the "
               "manufacturer can repair (shared control)."),
    },
    "penalties": {
        "fr": (r"\(prise en charge, début d'intervention, disponibilité\), ainsi que chaque dépassement de la GTR",
               "(prise en charge, début d'intervention), ainsi que chaque manquement à l'engagement de disponibilité "
               "et chaque dépassement de la GTR",
               "Pénalités alignées sur le SLA : la disponibilité n'y étant pas de résultat, elle suit le régime de la "
               "GTR (pénalité sauf diligence prouvée)."),
        "en": (r"\(response, start of intervention, availability\), and each overrun of the restoration time",
               "(response, start of intervention), and each shortfall on the availability commitment or overrun of "
               "the restoration time",
               "Penalties aligned with the SLA: availability is not a result there, so it follows the restoration-time "
               "regime (penalty unless diligence is proven)."),
    },
    "no_hosting": {
        "fr": ("Disponibilité. Le Prestataire n'hébergeant aucune plateforme pour le Client, il ne prend aucun "
               "engagement de disponibilité ; le rapport mensuel indique, à titre d'information, la disponibilité "
               "mesurée des équipements supervisés.",
               "Hébergement hors périmètre : l'engagement de disponibilité sur des plateformes hébergées par le "
               "Prestataire est retiré, faute de plateforme hébergée."),
        "en": ("Availability. As the Provider hosts no platform for the Client, it makes no availability commitment; "
               "the monthly report states, for information, the measured availability of the monitored equipment.",
               "Hosting out of scope: the availability commitment on platforms hosted by the Provider is removed, as "
               "no platform is hosted."),
    },
    "no_hosting_figure": {
        "fr": ("Disponibilité. Le Prestataire n'hébergeant aucune plateforme pour le Client, il s'engage "
               "à maintenir les équipements qu'il supervise disponibles "
               "{availability_percent} % du temps sur chaque mois civil, selon son outil de supervision.",
               "Hébergement hors périmètre : la disponibilité demandée porte sur les équipements supervisés, "
               "faute de plateforme hébergée par le Prestataire."),
        "en": ("Availability. As the Provider hosts no platform for the Client, it undertakes "
               "to keep the equipment it monitors available {availability_percent} % of the time in each "
               "calendar month, as measured by its monitoring tool.",
               "Hosting out of scope: the availability asked for applies to the monitored equipment, "
               "as no platform is hosted by the Provider."),
    },
    "data_loss": {
        "fr": ("Le Prestataire ne répond pas de la perte de données absentes du plan de sauvegarde ; la perte de "
               "Données Sauvegardées imputable à son manquement est réparée comme un dommage direct.",
               "Exclusion de la perte de données réécrite : la sauvegarde est dans le périmètre, le Prestataire la "
               "maîtrise ; l'exclure en bloc viderait l'obligation essentielle de sa substance (C. civ., art. 1170)."),
        "en": ("The Provider is not liable for the loss of data absent from the backup plan; loss of Backed-up Data "
               "attributable to its breach is compensated as direct damage.",
               "Data-loss exclusion rewritten: backup is in scope and in the Provider's hands; a blanket exclusion "
               "would empty the essential obligation of its substance (French Civil Code, art. 1170)."),
    },
    "liability_data": {
        "fr": ("Le Prestataire ayant la charge des sauvegardes, les frais de reconstitution des Données Sauvegardées "
               "perdues du fait de son manquement constituent un dommage direct, réparable dans la limite du plafond.",
               "Sauvegarde dans le périmètre : la perte de Données Sauvegardées reste un dommage direct réparable, "
               "ce que le Client exigera de toute façon (C. civ., art. 1170)."),
        "en": ("As the Provider is in charge of backups, the cost of reconstituting Backed-up Data lost through its "
               "breach is direct damage, recoverable up to the cap.",
               "Backup in scope: loss of Backed-up Data stays recoverable direct damage, which the Client will insist "
               "on anyway (French Civil Code, art. 1170)."),
    },
}
_EXCLUDES = {
    "fr": re.compile(r"ne r[ée]pond pas|n'est pas responsable|d[ée]cline toute responsabilit[ée]|aucune "
                     r"responsabilit[ée]|exclu", re.I),
    "en": re.compile(r"not (be )?liable|no liability|not responsible|disclaim|exclud", re.I),
}
_LOSS = {
    "fr": re.compile(r"(perte|destruction|alt[ée]ration|corruption)s? (de |des |d')(toute |tous |les )?(donn[ée]es|"
                     r"fichiers)", re.I),
    "en": re.compile(r"(loss|destruction|corruption|alteration) of (any )?(data|files)", re.I),
}
_LIMITED = re.compile(r"absentes? du plan|non inscrites?|hors (du )?plan|n'a pas [ée]t[ée] confi[ée]e|post[ée]rieures? "
                      r"[àa] la derni[èe]re sauvegarde|absent from the plan|not (listed|included) in the plan|"
                      r"outside the plan|not entrusted|after the last valid backup", re.I)


def _availability(ctx: Context, text: str) -> str:
    new, appended, _note = T["availability"][ctx.lang]
    pat = (r"La prise en charge, la GTI et la disponibilité sont des obligations de résultat\." if ctx.lang == "fr"
           else r"Response, start of intervention and availability are obligations of result\.")
    return _replace_or_append(text, pat, new, appended)


_HOSTED = re.compile(r"^((?:X|\d+)\.\d+ )?[^\n]*(h[ée]berg[ée]es? et exploit|hosted and operated|plateformes h[ée]berg|"
                     r"hosted platforms|platforms hosted)[^\n]*$", re.M | re.I)


def _no_hosting(ctx: Context, text: str) -> str:
    new = T["no_hosting"][ctx.lang][0]
    return _HOSTED.sub(lambda m: (m.group(1) or "") + new, text)


def _no_hosting_figure(ctx: Context, text: str) -> str:
    new = T["no_hosting_figure"][ctx.lang][0]
    return _HOSTED.sub(lambda m: (m.group(1) or "") + new, text)


def _security(ctx: Context, text: str) -> str:
    pat, new, fallback, _note = T["security"][ctx.lang]
    return _replace_or_append(text, pat, new, fallback)


_NO_EXCLUSION = re.compile(r"(aucune|sans) exclusion|not subject to any exclusion|no exclusion|without exclusion", re.I)


def blanket_exclusion(sentence: str, lang: str) -> bool:
    """A sentence excluding liability for data loss without limiting it to data outside the backup plan."""
    return bool(_EXCLUDES[lang].search(sentence) and _LOSS[lang].search(sentence) and not _LIMITED.search(sentence)
                and not _NO_EXCLUSION.search(sentence))


def _sentences(line: str) -> list[str]:
    return [s.text for s in split_sentences(line)] or [line]


def _data_loss(ctx: Context, text: str) -> str:
    """Rewrite each sentence excluding data loss wholesale; keep exclusions limited to data outside the plan."""
    new = T["data_loss"][ctx.lang][0]
    lines = []
    for line in text.split("\n"):
        parts = []
        for sentence in _sentences(line):
            if blanket_exclusion(sentence, ctx.lang):
                lead = re.match(r"^\s*(?:(?:X|\d+)\.\d+\s+)?", sentence).group(0)
                sentence = lead + new
            parts.append(sentence)
        lines.append(" ".join(parts))
    return "\n".join(lines)


def _has_blanket_data_loss(ctx: Context, text: str) -> bool:
    return any(blanket_exclusion(s, ctx.lang) for line in text.split("\n") for s in _sentences(line))


@dataclass(frozen=True)
class Rule:
    id: str
    key: str  # text block in T
    lowers: tuple[str, ...]  # commitments brought down to the engine's type
    applies: Callable[[Context, str], bool]
    rewrite: Callable[[Context, str], str]


RULES: tuple[Rule, ...] = (
    Rule("no_hosting_availability_set", "no_hosting_figure", (),
         lambda c, t: "hosting" not in c.scope.services and "availability_percent" in c.overrides and bool(
             _HOSTED.search(t)), _no_hosting_figure),
    Rule("no_hosting_availability", "no_hosting", (),
         lambda c, t: "hosting" not in c.scope.services and bool(_HOSTED.search(t)), _no_hosting),
    Rule("availability_not_result", "availability", ("availability",),
         lambda c, t: c.topic == "sla" and c.exceeds("availability"), _availability),
    Rule("restoration_not_result", "restoration", ("restoration_time",),
         lambda c, t: c.topic == "sla" and c.exceeds("restoration_time"),
         lambda c, t: append_paragraph(t, T["restoration"][c.lang][0])),
    Rule("security_shared_control", "security", ("security",),
         lambda c, t: c.topic == "security" and c.scope.control != "exclusive" and c.stipulated("security") == RM,
         _security),
    Rule("hardware_not_result", "hardware", ("hardware_replacement",),
         lambda c, t: c.topic == "hardware" and c.exceeds("hardware_replacement"),
         lambda c, t: append_paragraph(t, T["hardware"][c.lang][0])),
    Rule("penalties_follow_sla", "penalties", (),
         lambda c, t: c.topic == "penalties" and "availability" in c.ceilings_sla and bool(
             re.search(T["penalties"][c.lang][0], t)),
         lambda c, t: re.sub(T["penalties"][c.lang][0], T["penalties"][c.lang][1], t, count=1)),
    Rule("data_loss_exclusion", "data_loss", (),
         lambda c, t: "backup" in c.scope.services and _has_blanket_data_loss(c, t), _data_loss),
    Rule("liability_backup_direct_damage", "liability_data", (),
         lambda c, t: c.topic == "liability" and c.position == "msp" and "backup" in c.scope.services,
         lambda c, t: append_paragraph(t, T["liability_data"][c.lang][0])),
)


def adjust(ctx: Context, wording: str) -> Adjusted:
    """Run every rule on the raw wording (slots still in braces); each one that fires leaves a note."""
    out = Adjusted(text=wording)
    for rule in RULES:
        if rule.applies(ctx, out.text):
            out.text = rule.rewrite(ctx, out.text)
            out.applied.append(rule.id)
            out.notes.append(T[rule.key][ctx.lang][-1])
            for cid in rule.lowers:
                if cid in ctx.ceilings:
                    out.lowered[cid] = ctx.ceilings[cid].type
    return out


# -- values: caps proportionate to the fee ------------------------------------------------------
VALUE_NOTES = {
    "liability_floor": {
        "fr": "Plafond de responsabilité relevé à {months} mois de redevance (≈ {amount} € HT) : en dessous d'environ "
              "15 000 €, il serait dérisoire au regard de l'obligation essentielle (C. civ., art. 1170).",
        "en": "Liability cap raised to {months} months of fees (≈ EUR {amount}): below about EUR 15,000 it would be "
              "derisory against the essential obligation (French Civil Code, art. 1170)."},
    "liability_floor_msp": {
        "fr": "Le plafond de {months} mois (≈ {amount} € HT) est bas pour ce montant de redevance : le Client "
              "demandera un plancher en euros ou un multiple plus élevé.",
        "en": "The {months}-month cap (≈ EUR {amount}) is low for this fee: the Client will ask for a floor in "
              "euros or a higher multiple."},
    "penalty_within_cap": {
        "fr": "Plafond mensuel des pénalités ramené à {cap} % pour que douze mois de pénalités restent sous le "
              "plafond de responsabilité.",
        "en": "Monthly penalty cap brought down to {cap} % so that twelve months of penalties stay under the "
              "liability cap."},
}


def proportionate(values: dict, position: str, lang: str) -> tuple[dict, dict[str, list[str]]]:
    """Caps sized to the fee; returns the values and notes keyed by the topic they concern."""
    values = dict(values)
    notes: dict[str, list[str]] = {}
    fee = float(values.get("monthly_fee_eur") or 0)
    months = int(values.get("liability_cap_months") or 0)
    if fee and months and fee * months < LIABILITY_FLOOR_EUR:
        if position == "msp":
            key = "liability_floor_msp"
        else:
            months = min(36, math.ceil(LIABILITY_FLOOR_EUR / fee))
            values["liability_cap_months"] = months
            key = "liability_floor"
        amount = f"{fee * months:,.0f}".replace(",", "\u202f" if lang == "fr" else ",")
        notes.setdefault("liability", []).append(VALUE_NOTES[key][lang].format(months=months, amount=amount))
    cap = float(values.get("penalty_cap_percent") or 0)
    if months and cap * 12 / 100 > months:
        values["penalty_cap_percent"] = math.floor(months * 100 / 12)
        notes.setdefault("penalties", []).append(
            VALUE_NOTES["penalty_within_cap"][lang].format(cap=values["penalty_cap_percent"]))
    return values, notes
