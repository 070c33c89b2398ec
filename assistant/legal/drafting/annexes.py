"""Annexes of a drafted contract, written from the scope and the contract's own figures:
scope and inventory, price grid, tools and security measures, service levels and, when
personal data is processed, the GDPR Art. 28 processing agreement (points (a) to (h))."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.legal.drafting.slots import asset_label, default_values, format_value
from assistant.types import ScopeProfile


@dataclass
class Annex:
    key: str
    title: str
    text: str
    sources: tuple[str, ...] = ()  # knowledge-base entries it rests on

    def to_json(self) -> dict:
        return {"title": self.title, "text": self.text}


TITLES = {
    "scope": ("Annexe 1 – Périmètre, inventaire et canaux de support", "Schedule 1 – Scope, inventory and support "
                                                                       "channels"),
    "price": ("Annexe 2 – Prix et grille d'ajustement", "Schedule 2 – Price and adjustment grid"),
    "security": ("Annexe 3 – Outils, accès à distance et mesures de sécurité",
                 "Schedule 3 – Tools, remote access and security measures"),
    "sla": ("Annexe 4 – Niveaux de service", "Schedule 4 – Service levels"),
    "dpa": ("Annexe 5 – Accord de sous-traitance des données (RGPD, article 28)",
            "Schedule 5 – Data processing agreement (GDPR Article 28)"),
}
GDPR_IDS = ("gdpr.art28_3", "gdpr.art28_3a", "gdpr.art28_3b", "gdpr.art28_3c", "gdpr.art28_3d", "gdpr.art28_3e",
            "gdpr.art28_3f", "gdpr.art28_3g", "gdpr.art28_3h", "gdpr.art28_2", "gdpr.art28_4", "gdpr.art32_security",
            "gdpr.art33_breach")


def _v(values: dict, name: str, lang: str) -> str:
    """A slot's value, else its library default ("l'indice Syntec"): an annex never shows a bare "?"."""
    if name in values and values[name] is None:  # a figure nobody gave (the fee): a visible blank
        return "[à compléter]" if lang == "fr" else "[to be completed]"
    return format_value(values[name] if name in values else default_values(lang).get(name, "?"), lang)


def scope_annex(scope: ScopeProfile, values: dict, lang: str) -> Annex:
    v = lambda n: _v(values, n, lang)  # noqa: E731
    if lang == "fr":
        lines = [f"Services : {v('services_list')}.", f"Équipements couverts : {v('assets_list')}.",
                 f"Utilisateurs : {v('users')} ; sites : {v('sites')}.", f"Heures de service : {v('hours_label')}.",
                 "Canaux de support : portail de tickets, courriel et numéro d'assistance [à compléter].", "",
                 "| Catégorie | Désignation | Site | Quantité |", "|---|---|---|---|"]
        lines += [f"| {asset_label(a, lang)} | [à compléter] | [à compléter] | [à compléter] |" for a in scope.assets]
        lines += ["", "Tiers en relation avec le Prestataire pour le compte du Client : [opérateur, éditeurs…]."]
    else:
        lines = [f"Services: {v('services_list')}.", f"Covered assets: {v('assets_list')}.",
                 f"Users: {v('users')}; sites: {v('sites')}.", f"Service hours: {v('hours_label')}.",
                 "Support channels: ticketing portal, e-mail and support number [to be completed].", "",
                 "| Category | Item | Site | Quantity |", "|---|---|---|---|"]
        blank = "[to be completed]"
        lines += [f"| {asset_label(a, lang)} | {blank} | {blank} | {blank} |" for a in scope.assets]
        lines += ["", "Third Parties the Provider deals with on the Client's behalf: [carrier, publishers…]."]
    return Annex("scope", TITLES["scope"][lang == "en"], "\n".join(lines))


def price_annex(scope: ScopeProfile, values: dict, lang: str) -> Annex:
    fee = float(values.get("monthly_fee_eur") or 0)
    unit = format_value(round(fee / max(1, scope.users), 2), lang) if fee else (
        "[à compléter]" if lang == "fr" else "[to be completed]")
    v = lambda n: _v(values, n, lang)  # noqa: E731
    if lang == "fr":
        lines = [f"Redevance mensuelle forfaitaire : {v('monthly_fee_eur')} € HT pour {v('users')} utilisateurs, "
                 f"soit {unit} € HT par utilisateur et par mois.",
                 f"Taux horaire des prestations hors forfait : {v('hourly_rate_eur')} € HT.",
                 "Forfait d'astreinte (le cas échéant) : [à compléter] € HT par mois.",
                 f"Paiement à {v('payment_days')} jours à compter de la date de facture.",
                 f"Révision annuelle selon {v('price_index')}, plafonnée à {v('revision_cap_percent')} % par an.",
                 "Ajustement : chaque utilisateur ajouté ou retiré au-delà des seuils du Contrat est facturé ou "
                 "déduit au prix unitaire ci-dessus."]
    else:
        lines = [f"Monthly fixed fee: EUR {v('monthly_fee_eur')} excl. VAT for {v('users')} users, i.e. EUR {unit} "
                 "per user per month.",
                 f"Hourly rate for out-of-scope work: EUR {v('hourly_rate_eur')} excl. VAT.",
                 "On-call fee (if any): EUR [to be completed] per month.",
                 f"Payment within {v('payment_days')} days of the invoice date.",
                 f"Yearly review according to {v('price_index')}, capped at {v('revision_cap_percent')} % a year.",
                 "Adjustment: each user added or removed beyond the Contract's thresholds is invoiced or deducted "
                 "at the unit price above."]
    return Annex("price", TITLES["price"][lang == "en"], "\n".join(lines))


def security_annex(scope: ScopeProfile, values: dict, lang: str) -> Annex:
    v = lambda n: _v(values, n, lang)  # noqa: E731
    backup = "backup" in scope.services
    if lang == "fr":
        lines = ["Outils utilisés : supervision et gestion à distance (RMM) [nom], gestion des tickets (PSA) [nom], "
                 "prise en main à distance [nom].",
                 "- Authentification multifacteur sur tous les accès d'administration et accès distants.",
                 "- Comptes d'administration nominatifs, journalisés, revus chaque trimestre ; aucun compte partagé.",
                 f"- Correctifs de sécurité critiques déployés sous {v('patch_critical_days')} jours.",
                 "- Protection des postes et serveurs par un EDR supervisé.",
                 "- Chiffrement des ordinateurs portables et des flux d'administration.",
                 f"- Alerte du Client en cas d'incident de sécurité significatif, au plus tard "
                 f"{v('breach_notification_hours')} "
                 "heures après sa détection, puis rapport écrit."]
        if backup:
            lines.append(f"- Sauvegardes chiffrées, copie hors site isolée, conservation {v('backup_retention_days')} "
                         f"jours, "
                         f"test de restauration tous les {v('restore_test_months')} mois.")
        lines.append("- Sensibilisation annuelle des intervenants du Prestataire à la sécurité et à la "
                     "confidentialité.")
    else:
        lines = ["Tools used: remote monitoring and management (RMM) [name], ticketing (PSA) [name], remote control "
                 "[name].",
                 "- Multi-factor authentication on all administrative and remote access.",
                 "- Named administrative accounts, logged and reviewed every quarter; no shared account.",
                 f"- Critical security patches deployed within {v('patch_critical_days')} days.",
                 "- Workstations and servers protected by a monitored EDR.",
                 "- Encryption of laptops and of administration traffic.",
                 f"- The Client is alerted to any significant security incident no later than "
                 f"{v('breach_notification_hours')} hours after detection, followed by a written report."]
        if backup:
            lines.append(f"- Encrypted backups, isolated off-site copy, {v('backup_retention_days')} days' retention, "
                         f"restore test every {v('restore_test_months')} months.")
        lines.append("- Yearly security and confidentiality awareness for the Provider's staff.")
    return Annex("security", TITLES["security"][lang == "en"], "\n".join(lines), ("gdpr.art32_security",))


def sla_annex(scope: ScopeProfile, values: dict, lang: str) -> Annex:
    v = lambda n: _v(values, n, lang)  # noqa: E731
    if lang == "fr":
        head = ["| Priorité | Définition | Prise en charge | Début d'intervention | Rétablissement |",
                "|---|---|---|---|---|"]
        rows = [("P1", "arrêt d'un service essentiel ou d'un site"), ("P2", "service dégradé, plusieurs utilisateurs "
                                                                            "bloqués"),
                ("P3", "un utilisateur gêné"), ("P4", "demande sans urgence")]
        na = "—"
        unit = " h"
        tail = [f"Disponibilité mensuelle visée : {v('availability_percent')} %.",
                f"Heures de service : {v('hours_label')}.",
                f"Mesure : horodatages de l'outil de tickets et supervision ; rapport {v('report_frequency')}."]
    else:
        head = ["| Priority | Definition | Response | Start of intervention | Restoration |", "|---|---|---|---|---|"]
        rows = [("P1", "essential service or site down"), ("P2", "degraded service, several users blocked"),
                ("P3", "one user inconvenienced"), ("P4", "non-urgent request")]
        na = "—"
        unit = " h"
        tail = [f"Target monthly availability: {v('availability_percent')} %.", f"Service hours: {v('hours_label')}.",
                f"Measurement: ticketing timestamps and monitoring; {v('report_frequency')} report."]
    lines = list(head)
    for n, (p, definition) in enumerate(rows, 1):
        inter = v(f"intervention_time_p{n}_hours") + unit if n <= 2 else na
        rest = v(f"restoration_time_p{n}_hours") + unit if n <= 2 else na
        lines.append(f"| {p} | {definition} | {v(f'response_time_p{n}_hours')}{unit} | {inter} | {rest} |")
    return Annex("sla", TITLES["sla"][lang == "en"], "\n".join(lines + [""] + tail), ("guide.sla_penalties",))


def _data_types(scope: ScopeProfile, lang: str) -> tuple[str, str]:
    fr = lang == "fr"
    types = ["identification et coordonnées professionnelles" if fr else "identity and work contact details",
             "identifiants et journaux de connexion" if fr else "account identifiers and connection logs",
             "contenu des messageries et fichiers hébergés sur les équipements couverts" if fr else
             "content of mailboxes and files stored on covered assets"]
    subjects = ["salariés et autres utilisateurs du Client" if fr else "the Client's employees and other users"]
    if "business_apps" in scope.assets or "cloud" in scope.assets:
        types.append("données des clients et prospects du Client contenues dans ses applications" if fr else
                     "data on the Client's customers and prospects held in its applications")
        subjects.append("clients, prospects et fournisseurs du Client" if fr else "the Client's customers, prospects "
                                                                                  "and suppliers")
    if "telephony" in scope.assets:
        types.append("journaux d'appels" if fr else "call records")
    return ", ".join(types), ", ".join(subjects)


def dpa_annex(scope: ScopeProfile, values: dict, lang: str) -> Annex:
    v = lambda n: _v(values, n, lang)  # noqa: E731
    types, subjects = _data_types(scope, lang)
    if lang == "fr":
        lines = [
            "1. Description du traitement (RGPD, art. 28(3), premier alinéa)",
            f"- Objet du traitement : exécution des Services ({v('services_list')}) sur {v('assets_list')}.",
            "- Durée du traitement : celle du Contrat, prolongée de la phase de réversibilité.",
            "- Nature du traitement : administration, supervision, maintenance, assistance"
            + (", sauvegarde et restauration" if "backup" in scope.services else "")
            + (", hébergement" if "hosting" in scope.services else "") + " des systèmes qui contiennent les données.",
            "- Finalité du traitement : assurer le fonctionnement, la sécurité et la continuité du système "
            "d'information du Client.",
            f"- Types de données : {types}.", f"- Catégories de personnes concernées : {subjects}.",
            "- Le Client, responsable du traitement, fixe les instructions et conserve ses droits de contrôle.",
            "2. Engagements du Prestataire (art. 28(1) et 28(3), points a à h)",
            "Le Prestataire déclare offrir des garanties suffisantes de mise en œuvre de mesures techniques et "
            "organisationnelles appropriées, et les maintient pendant toute la durée du Contrat.",
            "(a) Il agit uniquement sur instruction documentée du Client (Contrat, présente annexe, tickets validés), "
            "y compris pour tout transfert hors de l'Union, et prévient le Client si une instruction lui paraît "
            "illicite.",
            "(b) Il veille à ce que les personnes autorisées à traiter les données (salariés, intervenants) soient "
            "tenues à la confidentialité et n'y accèdent que pour les besoins des Services.",
            "(c) Il applique les mesures de l'Annexe 3, conformes à l'article 32.",
            f"(d) Il ne recourt à un sous-traitant ultérieur qu'avec l'autorisation écrite préalable du Client : ceux "
            f"listés "
            f"ci-dessous sont autorisés ; tout ajout ou remplacement est annoncé {v('subprocessor_notice_days')} jours "
            "à l'avance et le Client peut s'y opposer ; il leur impose les mêmes obligations et répond d'eux.",
            "(e) Il aide le Client à répondre aux demandes d'exercice des droits des personnes.",
            f"(f) Il aide le Client pour la sécurité, les violations de données (alerte sous "
            f"{v('breach_notification_hours')} "
            "heures), l'analyse d'impact et la consultation préalable (articles 32 à 36).",
            f"(g) En fin de Contrat, au choix du Client, il restitue puis supprime les données dans les "
            f"{v('data_return_days')} jours, sauf obligation légale de conservation, et en remet une attestation.",
            f"(h) Il fournit les informations prouvant sa conformité et permet des audits, sur préavis de "
            f"{v('audit_notice_days')} jours.",
            "3. Sous-traitants ultérieurs autorisés (art. 28(2) et 28(4))", "",
            "| Sous-traitant ultérieur | Prestation | Localisation des données | Garanties |", "|---|---|---|---|",
            "| [à compléter] | [à compléter] | [à compléter] | [à compléter] |", "",
            "4. Mesures de sécurité : voir l'Annexe 3."]
    else:
        lines = [
            "1. Description of the processing (GDPR Art. 28(3), first subparagraph)",
            f"- Subject-matter: performance of the Services ({v('services_list')}) on {v('assets_list')}.",
            "- Duration of the processing: the term of the Contract, extended by the exit phase.",
            "- Nature of the processing: administration, monitoring, maintenance, support"
            + (", backup and restore" if "backup" in scope.services else "")
            + (", hosting" if "hosting" in scope.services else "") + " of the systems holding the data.",
            "- Purpose of the processing: keeping the Client's information system running, secure and available.",
            f"- Types of personal data: {types}.", f"- Categories of data subjects: {subjects}.",
            "- The Client, as controller, sets the instructions and keeps its rights of control.",
            "2. The Provider's commitments (Art. 28(1) and 28(3), points a to h)",
            "The Provider states that it offers sufficient guarantees of appropriate technical and organisational "
            "measures, and keeps them in place for the whole term of the Contract.",
            "(a) It acts only on the Client's documented instructions (Contract, this schedule, approved tickets), "
            "including for any transfer outside the Union, and warns the Client if an instruction seems unlawful.",
            "(b) It ensures that persons authorised to process the data (employees, contractors) are bound by "
            "confidentiality and access the data only for the Services.",
            "(c) It applies the measures of Schedule 3, in line with Article 32.",
            f"(d) It engages a sub-processor only with the Client's prior written authorisation: those listed below "
            f"are "
            f"authorised; any addition or replacement is announced {v('subprocessor_notice_days')} days in advance "
            "and the Client may object; it imposes the same obligations on them and remains liable for them.",
            "(e) It helps the Client answer requests from data subjects exercising their rights.",
            f"(f) It helps the Client with security, personal data breaches (alert within "
            f"{v('breach_notification_hours')} "
            "hours), impact assessments and prior consultation (Articles 32 to 36).",
            f"(g) At the end of the Contract, at the Client's choice, it returns then deletes the data within "
            f"{v('data_return_days')} days, unless the law requires storage, and certifies it.",
            f"(h) It provides the information showing compliance and allows audits, on {v('audit_notice_days')} days' "
            f"notice.",
            "3. Authorised sub-processors (Art. 28(2) and 28(4))", "",
            "| Sub-processor | Service | Data location | Safeguards |", "|---|---|---|---|",
            "| [to be completed] | [to be completed] | [to be completed] | [to be completed] |", "",
            "4. Security measures: see Schedule 3."]
    return Annex("dpa", TITLES["dpa"][lang == "en"], "\n".join(lines), tuple(GDPR_IDS))


def build_annexes(scope: ScopeProfile, values: dict, lang: str) -> list[Annex]:
    out = [scope_annex(scope, values, lang), price_annex(scope, values, lang), security_annex(scope, values, lang),
           sla_annex(scope, values, lang)]
    if scope.personal_data:
        out.append(dpa_annex(scope, values, lang))
    from assistant.legal.drafting.slots import tidy

    return [Annex(a.key, a.title, tidy(a.text, lang), a.sources) for a in out]
