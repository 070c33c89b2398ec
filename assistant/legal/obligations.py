"""Scope profile → for each commitment: obligation of means, reinforced means or result.

Rules (legal-facts §1–4): a measurable commitment fully in the provider's control is a
result; an outcome that depends on the client, third parties or attackers is means or
reinforced means; the broader and more exclusive the provider's control, the more its
duties lean to result. Damages: Code civil art. 1231-1; escape: force majeure, art. 1218.

When the scope does not say who controls the systems (`ScopeProfile.control is None`), a
commitment whose type turns on control is not decided: `analyse` gives it the type
`depends` with both readings (`readings`), never a silent "shared". Commitments are listed
only when the scope calls for them (a consulting-only mission has no ticket response time);
hosting or administering systems that hold personal data always carries the security
obligation (GDPR arts 28(3)(c) and 32), whether or not security is sold as a service.
Deploying critical patches within the agreed deadline is a result (as in clause.security).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.types import ScopeProfile

COMMITMENTS = ("response_time", "intervention_time", "restoration_time", "availability", "backup_execution",
               "backup_restore", "security", "patching", "user_support", "hardware_replacement", "advice",
               "reporting", "reversibility")

_R = {  # reason sentences, keyed by (commitment, verdict kind)
    "response_time": {
        "fr": "Prendre en charge un ticket dans un délai donné est mesurable (horodatage de l'outil de ticketing) "
              "et ne dépend que de l'organisation du prestataire : obligation de résultat.",
        "en": "Acknowledging a ticket within a set time is measurable (ticketing timestamps) and depends only on "
              "the provider's organisation: obligation of result."},
    "intervention_time": {
        "fr": "Commencer l'intervention (à distance ou sur site) dans le délai convenu (GTI) est mesurable et "
              "relève de l'organisation du prestataire, sous réserve que le client donne l'accès : obligation de résultat.",
        "en": "Starting work (remotely or on site) within the agreed time (guaranteed intervention time) is "
              "measurable and up to the provider, provided the client grants access: obligation of result."},
    "restoration_time_result": {
        "fr": "Le prestataire maîtrise seul l'infrastructure concernée (contrôle exclusif) : rétablir le service "
              "dans la GTR peut être stipulé comme une obligation de résultat, hors cause extérieure.",
        "en": "The provider alone controls the infrastructure (exclusive control): restoring service within the "
              "guaranteed restoration time can be stipulated as a result, save for an external cause."},
    "restoration_time": {
        "fr": "Le rétablissement dépend aussi d'éléments extérieurs (éditeurs, constructeurs, pièces, actions du "
              "client) : obligation de moyens renforcée, la faute du prestataire étant présumée en cas de dépassement.",
        "en": "Restoration also depends on outside factors (vendors, parts, the client's own actions): reinforced "
              "obligation of means, the provider's fault being presumed when the time is exceeded."},
    "availability_result": {
        "fr": "Le prestataire héberge et exploite seul l'infrastructure : un taux de disponibilité mesuré est un "
              "résultat qu'il maîtrise (hors maintenance programmée et force majeure).",
        "en": "The provider hosts and operates the infrastructure alone: a measured availability rate is a result "
              "it controls (excluding scheduled maintenance and force majeure)."},
    "availability": {
        "fr": "La disponibilité dépend d'éléments partagés avec le client ou des tiers (opérateur, logiciels "
              "métier) : obligation de moyens renforcée plutôt que de résultat.",
        "en": "Availability depends on elements shared with the client or third parties (carrier, business "
              "software): reinforced obligation of means rather than result."},
    "backup_execution": {
        "fr": "Exécuter les sauvegardes prévues au plan (fréquence, rétention) et en vérifier le succès est "
              "mesurable et sous le contrôle du prestataire : obligation de résultat.",
        "en": "Running the backups of the plan (frequency, retention) and checking they succeeded is measurable "
              "and under the provider's control: obligation of result."},
    "backup_restore": {
        "fr": "La réussite d'une restauration dépend aussi de l'état des données et des systèmes source : "
              "obligation de moyens renforcée (tests de restauration réguliers pour la sécuriser).",
        "en": "Whether a restore succeeds also depends on the state of the source data and systems: reinforced "
              "obligation of means (regular restore tests make it reliable)."},
    "security_reinforced": {
        "fr": "Le prestataire gère seul la sécurité du périmètre, mais empêcher toute attaque dépend d'attaquants "
              "extérieurs : obligation de moyens renforcée, jamais de résultat sur l'absence d'incident.",
        "en": "The provider runs security for the whole scope, yet preventing every attack depends on outside "
              "attackers: reinforced obligation of means, never a result on the absence of incidents."},
    "security": {
        "fr": "La sécurité dépend aussi du comportement des utilisateurs, des choix du client et d'attaquants : "
              "obligation de moyens ; seules des actions précises (déployer l'EDR, activer la MFA) peuvent être de résultat.",
        "en": "Security also depends on users, the client's choices and attackers: obligation of means; only "
              "precise actions (deploying EDR, enabling MFA) can be results."},
    "patching": {
        "fr": "Déployer les correctifs critiques dans le délai convenu est une action précise et mesurable : "
              "obligation de résultat, le délai étant suspendu quand le client refuse ou reporte la fenêtre de "
              "maintenance.",
        "en": "Deploying critical patches within the agreed deadline is a precise, measurable action: obligation "
              "of result, the deadline being suspended when the client refuses or postpones the maintenance window."},
    "security_data": {
        "fr": "Héberger ou administrer des systèmes qui contiennent des données personnelles oblige à des mesures "
              "de sécurité appropriées (RGPD, art. 28(3)(c) et 32), même si la sécurité n'est pas vendue comme un "
              "service : obligation de moyens sur le résultat, les mesures convenues étant dues.",
        "en": "Hosting or administering systems that hold personal data requires appropriate security measures "
              "(GDPR, arts 28(3)(c) and 32), even when security is not sold as a service: obligation of means on "
              "the outcome, the agreed measures being owed."},
    "user_support": {
        "fr": "Résoudre la demande d'un utilisateur dépend de sa coopération et de logiciels tiers : obligation de "
              "moyens (le délai de prise en charge, lui, est de résultat).",
        "en": "Solving a user's request depends on the user's cooperation and third-party software: obligation "
              "of means (the response time itself is a result)."},
    "hardware_replacement_result": {
        "fr": "Le prestataire fournit et stocke le matériel de remplacement : le remplacer dans le délai convenu "
              "est un résultat mesurable.",
        "en": "The provider supplies and stocks replacement hardware: replacing it within the agreed time is a "
              "measurable result."},
    "hardware_replacement": {
        "fr": "Le remplacement dépend des délais des constructeurs et distributeurs : obligation de moyens renforcée.",
        "en": "Replacement depends on manufacturers' and distributors' lead times: reinforced obligation of means."},
    "advice": {
        "fr": "Le devoir de conseil et de mise en garde est une obligation de moyens : le prestataire doit informer "
              "et recommander, le client décide.",
        "en": "The duty to advise and warn is an obligation of means: the provider must inform and recommend, "
              "the client decides."},
    "reporting": {
        "fr": "Produire le rapport périodique convenu dépend entièrement du prestataire : obligation de résultat.",
        "en": "Producing the agreed periodic report is entirely up to the provider: obligation of result."},
    "reversibility": {
        "fr": "Restituer les données et la documentation dans le format et le délai prévus est précis, mais la "
              "réussite de la reprise dépend du successeur et du client : obligation de moyens renforcée, avec des "
              "livrables de résultat.",
        "en": "Returning data and documentation in the agreed format and time is precise, but a successful "
              "takeover depends on the successor and the client: reinforced obligation of means with result deliverables."},
}


@dataclass(frozen=True)
class Reading:
    """The type of a commitment under one hypothesis on the facts (e.g. control = exclusive)."""

    when: str  # the hypothesis: "exclusive" | "shared"
    type: str
    rationale: str

    def to_json(self) -> dict:
        return {"when": self.when, "type": self.type, "rationale": self.rationale}


@dataclass(frozen=True)
class Commitment:
    id: str
    type: str  # means | reinforced_means | result | depends (a fact the type turns on is not stated)
    rationale: str
    depends_on: str | None = None  # the unstated fact ("control") when type == "depends"
    readings: tuple[Reading, ...] = ()

    def to_json(self) -> dict:
        out = {"id": self.id, "type": self.type, "rationale": self.rationale}
        if self.depends_on:
            out["depends_on"] = self.depends_on
            out["readings"] = [r.to_json() for r in self.readings]
        return out


@dataclass
class ObligationReport:
    overall: str
    commitments: list[Commitment] = field(default_factory=list)
    explanation: str = ""

    def by_id(self) -> dict[str, Commitment]:
        return {c.id: c for c in self.commitments}

    def to_json(self) -> dict:
        return {"overall": self.overall, "commitments": [c.to_json() for c in self.commitments],
                "explanation": self.explanation}


_RUNS_SYSTEMS = {"monitoring", "maintenance", "hosting", "backup", "security", "patching", "user_support"}
_TICKETS = {"monitoring", "maintenance", "user_support", "hosting", "security", "patching", "backup"}


def _relevant(scope: ScopeProfile) -> list[str]:
    """The commitments this scope calls for (a consulting-only mission has no ticket times)."""
    s, a = set(scope.services), set(scope.assets)
    physical = bool(a & {"workstations", "servers", "network", "printers", "telephony", "mobile"})
    out = []
    if s & _TICKETS:
        out.append("response_time")
    if (scope.on_site and s & _TICKETS) or "maintenance" in s:
        out.append("intervention_time")
    if s & {"maintenance", "monitoring", "hosting"}:
        out.append("restoration_time")
    if "hosting" in s or ("monitoring" in s and a & {"servers", "network", "cloud"}):
        out.append("availability")
    if "backup" in s:
        out += ["backup_execution", "backup_restore"]
    # hosting or administering systems holding personal data carries the security duty (GDPR 28(3)(c), 32)
    if "security" in s or (scope.personal_data and s & _RUNS_SYSTEMS):
        out.append("security")
    if "patching" in s:
        out.append("patching")
    if "user_support" in s:
        out.append("user_support")
    if "maintenance" in s and physical:
        out.append("hardware_replacement")
    out.append("advice")
    if s & _TICKETS:
        out.append("reporting")
    if s & (_RUNS_SYSTEMS | {"licensing"}):
        out.append("reversibility")
    return out


def classify(commitment: str, scope: ScopeProfile) -> tuple[str, str]:
    """(type, reason key) for one commitment under this scope (control not stated reads as not
    exclusive here; `analyse` and `readings` give both readings instead)."""
    exclusive = scope.control == "exclusive"
    third_party = bool(set(scope.assets) & {"cloud", "business_apps", "telephony"})
    if commitment in ("response_time", "intervention_time", "backup_execution", "reporting", "patching"):
        return "result", commitment
    if commitment == "restoration_time":
        if exclusive and not third_party:
            return "result", "restoration_time_result"
        return "reinforced_means", "restoration_time"
    if commitment == "availability":
        if exclusive and "hosting" in scope.services:
            return "result", "availability_result"
        return "reinforced_means", "availability"
    if commitment == "security":
        if exclusive:
            return "reinforced_means", "security_reinforced"
        if "security" not in scope.services and scope.personal_data:
            return "means", "security_data"
        return "means", "security"
    if commitment == "hardware_replacement":
        return ("result", "hardware_replacement_result") if exclusive else ("reinforced_means", "hardware_replacement")
    if commitment in ("backup_restore", "reversibility"):
        return "reinforced_means", commitment
    return "means", commitment  # user_support, advice


def readings(cid: str, scope: ScopeProfile, *, lang: str = "fr") -> tuple[Reading, ...]:
    """Both readings of a commitment when control is not stated and the type turns on it; () otherwise."""
    if scope.control is not None:
        return ()
    lang = "en" if lang == "en" else "fr"
    out = []
    for when in ("exclusive", "shared"):
        hyp = scope.model_copy(update={"control": when})
        if cid == "availability" and when == "exclusive" and "hosting" not in hyp.services:
            # availability turns on who hosts and runs the infrastructure (term.availability)
            hyp = hyp.model_copy(update={"services": [*hyp.services, "hosting"]})
        kind, key = classify(cid, hyp)
        out.append(Reading(when=when, type=kind, rationale=_R[key][lang]))
    return tuple(out) if out[0].type != out[1].type else ()


def commitment(cid: str, scope: ScopeProfile, *, lang: str = "fr") -> Commitment:
    """One commitment classified for this scope, even when the scope does not list it (drafting)."""
    kind, key = classify(cid, scope)
    return Commitment(id=cid, type=kind, rationale=_R[key]["en" if lang == "en" else "fr"])


def analyse_one(cid: str, scope: ScopeProfile, *, lang: str = "fr") -> Commitment:
    """One commitment as `analyse` lists it (with both readings when control is not stated)."""
    lang = "en" if lang == "en" else "fr"
    both = readings(cid, scope, lang=lang)
    if both:
        return Commitment(id=cid, type="depends", rationale=" / ".join(r.rationale for r in both),
                          depends_on="control", readings=both)
    kind, key = classify(cid, scope)
    return Commitment(id=cid, type=kind, rationale=_R[key][lang])


def analyse(scope: ScopeProfile, *, lang: str = "fr") -> ObligationReport:
    lang = "en" if lang == "en" else "fr"
    commitments = []
    for cid in _relevant(scope):
        commitments.append(analyse_one(cid, scope, lang=lang))
    counts: dict[str, int] = {}
    for c in commitments:
        counts[c.type] = counts.get(c.type, 0) + 1
    top, n = max(counts.items(), key=lambda kv: kv[1])
    overall = top if n / len(commitments) >= 0.75 else "mixed"
    return ObligationReport(overall=overall, commitments=commitments,
                            explanation=explain(scope, commitments, overall, lang=lang))


_NAMES = {
    "fr": {"means": "obligation de moyens", "reinforced_means": "obligation de moyens renforcée",
           "result": "obligation de résultat", "mixed": "un mélange d'obligations",
           "depends": "selon la maîtrise des systèmes (non précisée)",
           "none": "ni moyens ni résultat, la clause n'ajoute pas de prestation"},
    "en": {"means": "obligation of means", "reinforced_means": "reinforced obligation of means",
           "result": "obligation of result", "mixed": "a mix of obligations",
           "depends": "depends on who controls the systems (not stated)",
           "none": "neither means nor result, the clause adds no service to perform"},
}


def type_name(kind: str, lang: str) -> str:
    return _NAMES["en" if lang == "en" else "fr"].get(kind, kind)


def explain(scope: ScopeProfile, commitments: list[Commitment], overall: str, *, lang: str) -> str:
    results = [c.id for c in commitments if c.type == "result"]
    others = [c.id for c in commitments if c.type not in ("result", "depends")]
    if lang == "en":
        control = ("you give the provider exclusive control of the scope, so more of its duties lean to result"
                   if scope.control == "exclusive" else
                   "control of the scope is shared with you and third parties, so outcomes stay obligations of means"
                   if scope.control == "shared" else
                   "you have not said who controls the systems, so the commitments that turn on it are given "
                   "with both readings (exclusive control by the provider: result; shared control: means)")
        return (
            f"Overall: {type_name(overall, 'en')}. Because {control}. "
            f"Results (measurable and in the provider's hands): {', '.join(results) or 'none'}. "
            f"Means or reinforced means (outcomes that also depend on others): {', '.join(others) or 'none'}. "
            "What it changes: under an obligation of means you must prove the provider was at fault (lack of "
            "diligence); under a reinforced obligation of means its fault is presumed but it can show it acted "
            "diligently; under an obligation of result, missing the result is enough and it escapes only by "
            "proving an external cause such as force majeure (Code civil art. 1218) or your own fault. Damages "
            "for non-performance rest on art. 1231-1. A clause emptying the essential obligation of its substance "
            "is deemed unwritten (art. 1170). Courts apply what the contract clearly stipulates, so write each "
            "result as a precise, measurable commitment.")
    control = ("vous confiez au prestataire la maîtrise exclusive du périmètre : plus son contrôle est large et "
               "exclusif, plus ses obligations penchent vers le résultat"
               if scope.control == "exclusive" else
               "la maîtrise du périmètre est partagée avec vous et des tiers : les résultats finaux restent des "
               "obligations de moyens"
               if scope.control == "shared" else
               "vous n'avez pas dit qui maîtrise les systèmes : les engagements qui en dépendent sont donnés avec "
               "leurs deux lectures (maîtrise exclusive du prestataire : résultat ; maîtrise partagée : moyens)")
    return (
        f"Globalement : {type_name(overall, 'fr')}. En effet, {control}. "
        f"Résultat (mesurable et entre les mains du prestataire) : {', '.join(results) or 'aucun'}. "
        f"Moyens ou moyens renforcés (résultats qui dépendent aussi d'autres acteurs) : {', '.join(others) or 'aucun'}. "
        "Ce que cela change : avec une obligation de moyens, c'est vous qui devez prouver la faute du prestataire "
        "(manque de diligence) ; avec une obligation de moyens renforcée, sa faute est présumée mais il peut "
        "démontrer sa diligence ; avec une obligation de résultat, il suffit de constater que le résultat n'est "
        "pas atteint, et il ne s'exonère qu'en prouvant une cause extérieure comme la force majeure (Code civil, "
        "art. 1218) ou votre propre faute. Les dommages et intérêts pour inexécution reposent sur l'art. 1231-1. "
        "Une clause qui prive l'obligation essentielle de sa substance est réputée non écrite (art. 1170). Les "
        "juges appliquent ce que le contrat stipule clairement : rédigez chaque résultat comme un engagement "
        "précis et mesurable.")
