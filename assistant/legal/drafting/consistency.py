"""Consistency report of a drafted contract: figures that contradict each other, promises the
support hours cannot keep, obligations beyond the provider's control, missing pieces."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.knowledge.entries import SLOT_RE
from assistant.knowledge.taxonomy import load_taxonomy
from assistant.legal.drafting.slots import format_value
from assistant.legal.textutil import fold
from assistant.text import split_sentences

MSG = {
    "penalties_within_liability_cap": {
        "fr": ("Douze mois de pénalités au plafond ({pen} mois de redevance) restent sous le plafond de responsabilité "
               "({cap} mois).", "Douze mois de pénalités au plafond ({pen} mois de redevance) dépassent le plafond de "
               "responsabilité ({cap} mois) : baissez le plafond des pénalités ou relevez celui de la responsabilité."),
        "en": ("Twelve months of capped penalties ({pen} months of fees) stay under the liability cap ({cap} months).",
               "Twelve months of capped penalties ({pen} months of fees) exceed the liability cap ({cap} months): "
               "lower "
               "the penalty cap or raise the liability cap.")},
    "service_levels_vs_hours": {
        "fr": ("Les niveaux de service sont tenables avec les heures de service prévues.",
               "Le SLA fait courir des délais en continu alors que le support n'est ouvert qu'en heures de service "
               "sans astreinte 24 h/24 : ajoutez l'astreinte (clause d'horaires) ou limitez les délais aux heures "
               "ouvrées."),
        "en": ("Service levels can be kept within the agreed service hours.",
               "The SLA runs times around the clock while support only opens during service hours without 24/7 "
               "on-call: "
               "add on-call cover (service-hours clause) or count times in business hours only.")},
    "time_ordering": {
        "fr": ("Prise en charge ≤ début d'intervention ≤ rétablissement, pour P1 et P2.",
               "Délais incohérents : {detail}. Le rétablissement ne peut précéder l'intervention, ni l'intervention la "
               "prise en charge."),
        "en": ("Response ≤ start of intervention ≤ restoration, for P1 and P2.",
               "Inconsistent times: {detail}. Restoration cannot come before intervention, nor intervention before "
               "response.")},
    "data_protection": {
        "fr": ("Données personnelles : clause de protection des données et accord de sous-traitance (art. 28) "
               "présents.",
               "Données personnelles traitées mais {missing} absent(e) : l'article 28(3) du RGPD exige un contrat "
               "écrit décrivant le traitement et les points (a) à (h).", "Pas de données personnelles déclarées."),
        "en": ("Personal data: data-protection clause and processing agreement (Art. 28) present.",
               "Personal data is processed but the {missing} is missing: GDPR Art. 28(3) requires a written contract "
               "describing the processing and points (a) to (h).", "No personal data declared.")},
    "reversibility_present": {
        "fr": ("Clause de réversibilité présente.", "Aucune clause de réversibilité : la sortie du contrat n'est pas "
                                                    "organisée."),
        "en": ("Reversibility clause present.", "No reversibility clause: the exit is not organised.")},
    "notice_shorter_than_term": {
        "fr": ("Préavis ({notice} mois) plus court que les périodes du contrat.",
               "Préavis ({notice} mois) au moins égal à une période du contrat ({term} mois) : il ne pourrait jamais "
               "être respecté."),
        "en": ("Notice ({notice} months) shorter than the contract periods.",
               "Notice ({notice} months) at least as long as a contract period ({term} months): it could never be "
               "met.")},
    "essential_topics": {
        "fr": ("Toutes les clauses essentielles sont présentes.", "Clauses essentielles manquantes : {missing}."),
        "en": ("Every essential clause is present.", "Missing essential clauses: {missing}.")},
    "slots_filled": {
        "fr": ("Aucun champ à remplir oublié.", "Champs non remplis : {missing}."),
        "en": ("No unfilled field.", "Unfilled fields: {missing}.")},
    "fields_to_complete": {
        "fr": ("Aucun champ à compléter dans le document.", "{count} à compléter dans le document : {where}."),
        "en": ("No field left to complete in the document.", "{count} to complete in the document: {where}.")},
    "obligations_within_control": {
        "fr": ("Aucune obligation de résultat hors de la maîtrise du Prestataire.",
               "Obligation de résultat hors de la maîtrise du Prestataire : {detail}."),
        "en": ("No obligation of result beyond the Provider's control.",
               "Obligation of result beyond the Provider's control: {detail}.")},
    "backup_clause": {
        "fr": ("Sauvegarde dans le périmètre : clause de sauvegarde et restauration présente.",
               "La sauvegarde est dans le périmètre mais aucune clause ne l'encadre (RPO, RTO, tests).", None),
        "en": ("Backup in scope: backup and restore clause present.",
               "Backup is in scope but no clause frames it (RPO, RTO, tests).", None)},
    "payment_term": {
        "fr": ("Délai de paiement ({days} jours) dans la limite légale de 60 jours.",
               "Délai de paiement de {days} jours : au-delà de 60 jours, il dépasse le plafond de l'article L441-10 du "
               "Code de commerce."),
        "en": ("Payment term ({days} days) within the 60-day legal limit.",
               "Payment term of {days} days exceeds the 60-day limit of French Commercial Code art. L441-10.")},
    "breach_notification": {
        "fr": ("Alerte de violation sous {hours} h : le Client garde le temps de notifier la CNIL sous 72 h.",
               "Alerte de violation sous {hours} h : le Client ne pourrait plus notifier l'autorité dans les 72 h "
               "(RGPD, art. 33)."),
        "en": ("Breach alert within {hours} h: the Client keeps time to notify the authority within 72 h.",
               "Breach alert within {hours} h: the Client could no longer notify the authority within 72 h (GDPR Art. "
               "33).")},
    "penalties_liability_regime": {
        "fr": ("Pénalités et responsabilité suivent le même régime (pénalités et dommages-intérêts).",
               "Les clauses Pénalités et Responsabilité se contredisent sur le cumul pénalités / dommages-intérêts : "
               "« {pen} » contre « {lia} ». Choisissez un régime (pénalités forfaitaires pour le préjudice qu'elles "
               "visent, imputées sur les dommages-intérêts dus pour un autre préjudice) et écrivez les deux clauses "
               "selon lui."),
        "en": ("Penalties and liability follow one regime (penalties and damages).",
               "The Penalties and Liability clauses contradict each other on penalties versus damages: \"{pen}\" "
               "against \"{lia}\". Choose one regime (lump-sum penalties for the harm they cover, deducted from "
               "damages owed for other harm) and write both clauses to it.")},
    "sla_annex": {
        "fr": ("Annexe des niveaux de service présente.", "Annexe des niveaux de service absente."),
        "en": ("Service-level schedule present.", "Service-level schedule missing.")},
}
@dataclass
class Check:
    id: str
    status: str  # ok | warning | todo (fields left for the parties to complete)
    message: str

    def to_json(self) -> dict:
        return {"id": self.id, "status": self.status, "message": self.message}


_CONTINUOUS = re.compile(r"en continu|continuously|24 ?h ?/ ?24|around the clock")
_ON_CALL_24 = re.compile(r"vingt-quatre heures sur vingt-quatre|sept jours sur sept|24 heures sur 24|24 ?h ?/ ?24|"
                         r"24/7|seven days a week|24 hours a day")


def _check(cid: str, ok: bool, lang: str, **kw) -> dict:
    good, bad = MSG[cid][lang][0], MSG[cid][lang][1]
    return {"id": cid, "status": "ok" if ok else "warning", "message": (good if ok else bad).format(**kw)}


def _num(values: dict, name: str) -> float:
    try:
        return float(values.get(name) or 0)
    except (TypeError, ValueError):
        return 0.0


BLANK = re.compile(r"\[(?!\d+\])[^\]\n]{1,80}\]")


def blank_counts(draft) -> dict[str, int]:
    """Bracketed fields left for the parties to fill ("[à compléter]", "[dénomination du Client]"),
    counted per article or annex, in document order."""
    out: dict[str, int] = {}
    for s in draft.sections:
        n = len(BLANK.findall(s.text))
        if n:
            out[s.heading] = n
    for a in draft.annexes:
        n = len(BLANK.findall(a.text))
        if n:
            out[a.title] = n
    return out


def blanks(draft) -> list[str]:
    """'Article 1 – Parties (4)', … : where the fields to complete are."""
    return [f"{where} ({n})" for where, n in blank_counts(draft).items()]


# how a clause settles penalties against damages (text folded: no accents, lower case)
_P_EXCLUSIVE = re.compile(r"aucun autre dommage|no other damages|seule compensation|seule reparation|"
                          r"sole (and exclusive )?(financial )?(remedy|compensation)|(?<!non )(?<!pas )liberatoires?|"
                          r"full and final")
_P_CUMULATIVE = re.compile(r"non liberatoires?|ne sont pas liberatoires|not (in full and final settlement|liberatory)|"
                           r"integralite de son prejudice|full (amount of (its|the) )?(loss|harm)|"
                           r"in addition to (any )?(other )?damages|s'ajoutent aux dommages|cumul\w* avec (les|des) "
                           r"dommages")
_DEDUCT = re.compile(r"penalit\w*[^.]{0,120}(s'imput\w* sur (les|des) dommages|dedui\w* des dommages|en deduction "
                     r"des dommages)|penalt\w*[^.]{0,120}deducted from (the |any )?damages|sous deduction des penalites|"
                     r"less (the )?penalties")
_ONLY_OTHER_HARM = re.compile(r"autres? (prejudice|dommage)|other (harm|loss|damage)|meme manquement|same breach|"
                              r"ne couvrent pas|do not cover|not covered")


def _sentences(text: str) -> list[tuple[str, str]]:
    """(sentence as written, folded) for each sentence of a clause naming penalties."""
    out = []
    for sentence in split_sentences(text or ""):
        x = " ".join(sentence.text.split())
        low = fold(x)
        if x and ("penal" in low):
            out.append((x, low))
    return out


def regime_conflict(penalties: str, liability: str) -> tuple[str, str] | None:
    """(penalties sentence, liability sentence) when the two clauses settle penalties against
    damages differently: the penalties are the only compensation for the harm they cover while
    the liability clause deducts them from damages for that same harm or leaves full damages
    open (or the reverse: penalties said to leave full damages open while the liability clause
    makes them the only compensation)."""
    pen, lia = _sentences(penalties), _sentences(liability)

    def first(items, want, unless=None):
        return next((x for x, low in items if want.search(low) and not (unless and unless.search(low))), None)

    p_excl = first(pen, _P_EXCLUSIVE, _P_CUMULATIVE)
    p_cumul = first(pen, _P_CUMULATIVE)
    l_deduct = next((x for x, low in lia if _DEDUCT.search(low) and not _ONLY_OTHER_HARM.search(low)), None)
    l_excl = first(lia, _P_EXCLUSIVE, _P_CUMULATIVE)
    l_cumul = next((x for x, low in lia if _P_CUMULATIVE.search(low) and not _ONLY_OTHER_HARM.search(low)), None)
    if p_excl and (l_deduct or l_cumul):
        return p_excl, l_deduct or l_cumul
    if p_cumul and l_excl:
        return p_cumul, l_excl
    return None


def _short(sentence: str, n: int = 140) -> str:
    return sentence if len(sentence) <= n else sentence[: n - 1].rsplit(" ", 1)[0] + "…"


def check_consistency(draft) -> list:
    """Run every check on a ContractDraft; each yields ok or warning with a message in the draft's language."""
    lang, v, scope = draft.lang, draft.values, draft.scope
    topics = [s.topic for s in draft.sections]
    text_of = {s.topic: s.text for s in draft.sections}
    keys = {a.key for a in draft.annexes if getattr(a, "key", None)}
    out: list[dict] = []

    pen = _num(v, "penalty_cap_percent") * 12 / 100
    cap = _num(v, "liability_cap_months")
    out.append(_check("penalties_within_liability_cap", pen <= cap, lang, pen=format_value(round(pen, 2), lang),
                      cap=format_value(cap, lang)))

    sla, hours = fold(text_of.get("sla", "")), fold(text_of.get("support_hours", ""))
    continuous = bool(_CONTINUOUS.search(sla))
    covered = scope.hours == "24x7" or bool(_ON_CALL_24.search(hours))
    out.append(_check("service_levels_vs_hours", not continuous or covered, lang))

    bad = []
    for p in (1, 2):
        r, i, g = (_num(v, f"{k}_time_p{p}_hours") for k in ("response", "intervention", "restoration"))
        if not r <= i <= g:
            bad.append(f"P{p}: " + " / ".join(format_value(x, lang) for x in (r, i, g)) + " h")
    for k in ("response", "intervention", "restoration"):
        if _num(v, f"{k}_time_p1_hours") > _num(v, f"{k}_time_p2_hours"):
            bad.append(f"{k} P1 > P2")
    out.append(_check("time_ordering", not bad, lang, detail="; ".join(bad)))

    if scope.personal_data:
        missing = [name for name, present in (("clause", "data_protection" in topics), ("annex", "dpa" in keys))
                   if not present]
        names = {"fr": {"clause": "la clause de protection des données", "annex": "l'accord de sous-traitance"},
                 "en": {"clause": "data-protection clause", "annex": "processing agreement"}}[lang]
        out.append(_check("data_protection", not missing, lang,
                          missing=(" / ".join(names[m] for m in missing))))
    else:
        out.append({"id": "data_protection", "status": "ok", "message": MSG["data_protection"][lang][2]})
    out.append(_check("reversibility_present", "reversibility" in topics, lang))

    notice = _num(v, "notice_months")
    term = min(_num(v, "initial_term_months") or 1e9, _num(v, "renewal_term_months") or 1e9)
    out.append(_check("notice_shorter_than_term", notice < term, lang, notice=format_value(notice, lang),
                      term=format_value(term, lang)))

    missing = [t for t in load_taxonomy().essential_topics if t not in topics]
    out.append(_check("essential_topics", not missing, lang, missing=", ".join(missing)))

    left = sorted({m for s in draft.sections for m in SLOT_RE.findall(s.text)} |
                  {m for a in draft.annexes for m in SLOT_RE.findall(a.text)})
    out.append(_check("slots_filled", not left, lang, missing=", ".join(left)))
    todo = blank_counts(draft)
    total = sum(todo.values())
    word = ("champ" if total < 2 else "champs") if lang == "fr" else ("field" if total == 1 else "fields")
    blanks_check = _check("fields_to_complete", not total, lang, count=f"{total} {word}",
                          where="; ".join(f"{where} ({n})" for where, n in todo.items()))
    if total:
        blanks_check["status"] = "todo"  # not an inconsistency: fields the parties fill in, counted and listed
    out.append(blanks_check)

    beyond = [f"{s.topic}/{c['id']}" for s in draft.sections if s.clause is not None
              for c in s.clause.commitments if c.type == "result" and c.engine != "result"]
    out.append(_check("obligations_within_control", not beyond, lang, detail=", ".join(beyond)))

    if "backup" in scope.services:
        out.append(_check("backup_clause", "backup_recovery" in topics, lang))
    days = _num(v, "payment_days")
    out.append(_check("payment_term", days <= 60, lang, days=f"{days:g}"))
    if scope.personal_data:
        h = _num(v, "breach_notification_hours")
        out.append(_check("breach_notification", h <= 72, lang, hours=f"{h:g}"))
    if "penalties" in text_of and "liability" in text_of:
        clash = regime_conflict(text_of["penalties"], text_of["liability"])
        out.append(_check("penalties_liability_regime", clash is None, lang,
                          pen=_short(clash[0]) if clash else "", lia=_short(clash[1]) if clash else ""))
    out.append(_check("sla_annex", "sla" in keys, lang))
    return [Check(**c) for c in out]
