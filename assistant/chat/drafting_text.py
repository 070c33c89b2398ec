"""Wording of the drafting dialog's answers (FR/EN): questions, clause and contract summaries,
revision reports. Pure formatting of what the legal engines returned."""

from __future__ import annotations

from assistant.knowledge.taxonomy import load_taxonomy
from assistant.legal.obligations import type_name
from assistant.legal.drafting.slots import format_value

T = {
    "fr": {
        "intro": "Je prépare un premier projet de contrat d'infogérance. Il me manque quelques éléments :\n",
        "q": {"parties": "Quels sont les noms du client et du prestataire (par ex. « ACME SAS et InfoGest ») ?",
              "hours": "Quelles heures de service : heures ouvrées, horaires étendus ou 24/7 ?",
              "services": "Quels services : supervision, maintenance, support utilisateurs, sauvegarde, sécurité, "
                          "correctifs, licences, hébergement… ?",
              "personal_data": "Le prestataire aura-t-il accès à des données personnelles (oui / non) ?",
              "control": "Le prestataire aura-t-il la maîtrise exclusive du parc, ou est-elle partagée avec vous ?",
              "criticality": "Quelle criticité pour l'activité : faible, moyenne ou élevée ?",
              "position": "Pour qui rédige-t-on : version prestataire, équilibrée ou client ?"},
        "skip_hint": "Répondez librement, ou « par défaut » pour garder les valeurs usuelles "
                     "(« tout par défaut » pour générer directement).",
        "again": "Je n'ai pas compris la réponse. Pouvez-vous préciser, ou répondre « par défaut » ?",
        "which_clause": "Quelle clause voulez-vous ? Par exemple : SLA, responsabilité, réversibilité, pénalités, "
                        "protection des données, sauvegardes, résiliation…",
        "how_revise": "Dites-moi quelle clause modifier et comment : « rends la clause de réversibilité plus "
                      "protectrice pour le client », « version prestataire pour la responsabilité », ou une valeur "
                      "(« passe la GTR P1 à 4 h »).",
        "error": "Je ne peux pas faire cela :",
        "exported": "Le contrat ({n} articles, {m} annexes) est exporté : {path}",
        "clause_head": "Clause « {title} » — version {pos}, pour {users} utilisateurs ({hours}) [1]",
        "obligation": "Obligation : {kind}. {rationale}",
        "notes": "Notes de négociation :", "sources": "Sources :",
        "contract_head": "Premier projet de contrat — version {pos}, {users} utilisateurs, {n} articles et {m} annexes "
                         ":",
        "annexes": "Annexes :", "report": "Rapport de cohérence : {ok}/{total} contrôles OK.",
        "next": "Pour réviser : « rends la clause de réversibilité plus protectrice pour le client », « passe la GTR "
                "P1 à 4 h ». Pour exporter : « exporte en DOCX » ou « exporte en Markdown ».",
        "revised": "Article {num} – {title} révisé ({what}). Nouveau texte :",
        "now_pos": "version {pos}", "values": "valeurs : {values}",
        "recheck": "Cohérence revérifiée : {ok}/{total} contrôles OK.",
        "pos": {"msp": "prestataire", "balanced": "équilibrée", "client": "client"},
    },
    "en": {
        "intro": "I am preparing a first draft of the managed-services agreement. I still need a few facts:\n",
        "q": {"parties": "What are the client's and the provider's names (e.g. \"ACME Ltd and InfoGest\")?",
              "hours": "Which service hours: business hours, extended hours or 24/7?",
              "services": "Which services: monitoring, maintenance, user support, backup, security, patching, "
                          "licensing, hosting…?",
              "personal_data": "Will the provider have access to personal data (yes / no)?",
              "control": "Will the provider have exclusive control of the estate, or is control shared with you?",
              "criticality": "How critical is IT to the business: low, medium or high?",
              "position": "Who is the draft for: provider-friendly, balanced or client-friendly?"},
        "skip_hint": "Answer freely, or \"default\" to keep the usual values (\"all defaults\" to generate now).",
        "again": "I did not understand that answer. Could you rephrase, or answer \"default\"?",
        "which_clause": "Which clause would you like? For example: SLA, liability, reversibility, penalties, data "
                        "protection, backups, termination…",
        "how_revise": "Tell me which clause to change and how: \"make the reversibility clause more protective for the "
                      "client\", \"provider version of the liability clause\", or a value (\"set the P1 restoration "
                      "time to 4 h\").",
        "error": "I cannot do that:",
        "exported": "The agreement ({n} articles, {m} schedules) is exported: {path}",
        "clause_head": "\"{title}\" clause — {pos} version, for {users} users ({hours}) [1]",
        "obligation": "Obligation: {kind}. {rationale}",
        "notes": "Negotiation notes:", "sources": "Sources:",
        "contract_head": "First draft — {pos} version, {users} users, {n} articles and {m} schedules:",
        "annexes": "Schedules:", "report": "Consistency report: {ok}/{total} checks OK.",
        "next": "To revise: \"make the reversibility clause more protective for the client\", \"set the P1 restoration "
                "time to 4 h\". To export: \"export to DOCX\" or \"export to Markdown\".",
        "revised": "Article {num} – {title} revised ({what}). New text:",
        "now_pos": "{pos} version", "values": "values: {values}",
        "recheck": "Consistency re-checked: {ok}/{total} checks OK.",
        "pos": {"msp": "provider-friendly", "balanced": "balanced", "client": "client-friendly"},
    },
}
HOURS = {"fr": {"business": "heures ouvrées", "extended": "horaires étendus", "24x7": "24/7"},
         "en": {"business": "business hours", "extended": "extended hours", "24x7": "24/7"}}


def _sources(citations, lang: str) -> list[str]:
    return [T[lang]["sources"]] + [f"[{c.ref}] {c.title} ({c.id})" for c in citations]


def _report(draft, lang: str, key: str = "report") -> list[str]:
    ok = sum(1 for c in draft.consistency if c.status == "ok")
    lines = [T[lang][key].format(ok=ok, total=len(draft.consistency))]
    lines += [f"⚠️ {c.message}" for c in draft.warnings]
    return lines


def clause_answer(clause, scope, lang: str) -> str:
    L = T[lang]
    out = [L["clause_head"].format(title=clause.title, pos=L["pos"][clause.position], users=scope.users,
                                   hours=HOURS[lang][scope.hours]), ""]
    out += ["> " + line if line.strip() else ">" for line in clause.text.strip().splitlines()]
    out += ["", L["obligation"].format(kind=type_name(clause.obligation_type, lang), rationale=clause.rationale)]
    for c in clause.commitments[1:]:
        out.append(f"- {c.id} : {type_name(c.type, lang)}" if lang == "fr" else
                   f"- {c.id}: {type_name(c.type, lang)}")
    out += ["", L["notes"]] + [f"- {n}" for n in clause.negotiation_notes]
    out += [""] + _sources(clause.citations, lang)
    return "\n".join(out)


def contract_answer(draft, lang: str) -> str:
    L = T[lang]
    out = [L["contract_head"].format(pos=L["pos"][draft.position], users=draft.scope.users, n=len(draft.sections),
                                     m=len(draft.annexes)), ""]
    out += [f"{s.number}. {s.title}" + (f" ({L['pos'][s.position]})" if s.position != draft.position else "")
            for s in draft.sections]
    out += ["", L["annexes"]] + [f"- {a.title}" for a in draft.annexes]
    out += [""] + _report(draft, lang) + ["", L["next"], ""] + _sources(draft.citations, lang)
    return "\n".join(out)


def revision_answer(before, after, topic: str, position: str | None, overrides: dict, lang: str) -> str:
    L = T[lang]
    section = after.section(topic)
    what = []
    if position:
        what.append(L["now_pos"].format(pos=L["pos"][position]))
    if overrides:
        shown = ", ".join(f"{k} = {format_value(v, lang)}" for k, v in overrides.items())
        what.append(L["values"].format(values=shown))
    title = section.title if section else load_taxonomy().topic(topic).name(lang)
    out = [L["revised"].format(num=section.number if section else "?", title=title, what="; ".join(what)), ""]
    if section:
        out += ["> " + line if line.strip() else ">" for line in section.text.splitlines()]
    out += [""] + _report(after, lang, "recheck")
    fixed = {c.id for c in before.warnings} - {c.id for c in after.warnings}
    if fixed:
        out.append(("Résolu : " if lang == "fr" else "Resolved: ") + ", ".join(sorted(fixed)))
    ref = next((c for c in after.citations if section and section.clause and c.id == section.clause.entry_id), None)
    if ref:
        out += ["", f"{L['sources']} [{ref.ref}] {ref.title} ({ref.id})"]
    return "\n".join(out)
