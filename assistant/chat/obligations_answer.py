"""The offline answer to a means-vs-result question: the obligations engine applied to the
user's scope, framed by cited statements of the knowledge base.

Layout (issue 15, verdict first): the verdict on the commitments the question names (their
type under the stated scope, or "it depends on who controls…" with both readings when control
is not stated) [n]; the rule with its articles (the answer card's when one matches, else the
guide's rules) [n]; the conditions when the verdict depends on facts [n]; every other commitment
of the scope with its type and reason [n]; then who proves what, in the guide's own words [n].
Engine lines are cited to the guide `guide.means_vs_result`, whose text states the same rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.chat.answer_plan import question_type
from assistant.chat.composed import cite, cite_list
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
    "availability": r"disponibilit|\bdispo\b|availability|uptime",
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
    "fr": {"intro": "Pour votre périmètre", "stated": "Cela dépend aussi des faits de votre périmètre (périmètre, "
                                                     "heures, maîtrise des systèmes) ; précisés : {facts}.",
           "per": "Engagement par engagement :", "named": "Ce que vous demandez",
           "proof": "Qui prouve quoi :",
           "depends": "Cela dépend de qui maîtrise les systèmes, que vous n'avez pas précisé : {name} est une {ex} si le "
                      "prestataire héberge et exploite seul l'infrastructure, une {sh} si la maîtrise est partagée avec "
                      "vous ou des tiers.",
           "is": "{Name} : {kind} — {why}",
           "scope_depends": "maîtrise des systèmes non précisée",
           "regime": "obligation de moyens le client prouve la faute, moyens renforcée faute présumée, résultat "
                     "cause étrangère force majeure, dommages et intérêts article 1231-1",
           "hours": {"business": "heures ouvrées", "extended": "horaires étendus", "24x7": "service 24/7"},
           "control": {"exclusive": "maîtrise exclusive du prestataire", "shared": "maîtrise partagée avec vous"},
           "users": "{n} utilisateurs", "data": "données personnelles"},
    "en": {"intro": "For your scope", "stated": "It depends also on the facts of your scope (scope, hours, control "
                                                "of the systems); given: {facts}.",
           "per": "Commitment by commitment:", "named": "What you asked about",
           "proof": "Who proves what:",
           "depends": "It depends on who controls the systems, which you have not said: {name} is an {ex} if the "
                      "provider hosts and runs the infrastructure alone, a {sh} if control is shared with you or third "
                      "parties.",
           "is": "{Name}: {kind} — {why}",
           "scope_depends": "control of the systems not stated",
           "regime": "obligation of means the client proves fault, reinforced means fault presumed, result "
                     "external cause force majeure, damages article 1231-1",
           "hours": {"business": "business hours", "extended": "extended hours", "24x7": "24/7 service"},
           "control": {"exclusive": "exclusive control by the provider", "shared": "control shared with you"},
           "users": "{n} users", "data": "personal data"},
}


def named_commitments(question: str) -> list[str]:
    low = fold(question)
    return [cid for cid, cue in _CUES.items() if re.search(cue, low)]


REGIME_TERMS = {"term:obligation_of_means", "term:reinforced_obligation_of_means", "term:obligation_of_result"}


def asks_regimes(question: str, card) -> bool:
    """Does the question ask what the regimes are or how they differ (compare, what is), and is the card written to
    answer that kind of question on them? (s18: such a card's verdict opens the answer, the engine's types follow.)"""
    return question_type(question) in ("compare", "what_is") and card.question_type in ("compare", "what_is") and \
        bool(REGIME_TERMS & set(card.labels[:3]))


def describe_scope(scope: ScopeProfile, lang: str) -> str:
    t = TEXT[lang]
    control = t["control"][scope.control] if scope.control else t["scope_depends"]
    parts = [t["hours"][scope.hours], control, t["users"].format(n=scope.users)]
    if scope.personal_data:
        parts.append(t["data"])
    return ", ".join(parts)


def _name(cid: str, lang: str) -> str:
    return NAMES.get(cid, (cid, cid))[0 if lang == "fr" else 1]


EXAMPLE_MIN = 0.6  # how close a guide example must be to the engine's reason to be quoted beside the type


def guide_example(composer, guide, c) -> str | None:
    """The guide's own example for a commitment (an item of its example list close to the engine's
    reason), quoted instead of the engine's wording so that the cited source supports the line."""
    if guide is None or not getattr(c, "rationale", ""):
        return None
    from assistant.chat.statements import list_blocks

    items = [i for b in list_blocks(guide.body) for i in b.items]
    if not items:
        return None
    rv = composer._text_vectors(c.rationale)
    best, best_sim = None, EXAMPLE_MIN
    for item in items:
        if not _same_type(item, c.type):  # an example of another regime would contradict the verdict
            continue
        sim = float(composer._text_vectors(item) @ rv)
        if sim > best_sim:
            best, best_sim = item, sim
    return best.rstrip(" ;.") if best else None


_TYPE_WORDS = {"result": r"resultat|result\b", "reinforced_means": r"renforce|reinforced",
               "means": r"moyens|means"}


def _same_type(item: str, ctype: str) -> bool:
    """The regime an example item states (after its last colon) is the commitment's, and only it."""
    tail = fold(item.split(":")[-1])
    has = {k for k, w in _TYPE_WORDS.items() if re.search(w, tail)}
    if ctype == "reinforced_means":
        return has == {"reinforced_means", "means"} or has == {"reinforced_means"}
    return has == {ctype}


def _row(c, lang: str, ref: int | None = None, example: str | None = None) -> str:
    """One commitment and its type; beside it only the guide's own example (what the cited guide
    supports), never the engine's unsourced reason."""
    sep = " : " if lang == "fr" else ": "
    mark = f" [{ref}]" if ref else ""
    if c.type == "depends":
        kinds = " / ".join(f"{type_name(r.type, lang)} ({'maîtrise exclusive' if lang == 'fr' and r.when == 'exclusive' else 'maîtrise partagée' if lang == 'fr' else r.when + ' control'})"
                           for r in c.readings)
        return f"- {_name(c.id, lang)} ({c.id}){sep}{kinds}{mark}"
    why = f" ({example})" if example else ""
    return f"- {_name(c.id, lang)} ({c.id}){sep}{type_name(c.type, lang)}{why}{mark}"


def verdict_line(c, lang: str, example: str | None = None) -> str:
    """The answer for one commitment the question names (beside its type, the guide's example only)."""
    t = TEXT[lang]
    if c.type == "depends":
        by = {r.when: r.type for r in c.readings}
        return t["depends"].format(name=_name(c.id, lang), ex=type_name(by.get("exclusive", "result"), lang),
                                   sh=type_name(by.get("shared", "reinforced_means"), lang))
    name = _name(c.id, lang)
    line = t["is"].format(Name=name[:1].upper() + name[1:], kind=type_name(c.type, lang), why=example or "")
    return line.rstrip(" —") + ("" if line.rstrip().endswith(".") else ".")


def compose(composer, report: ObligationReport, *, lang: str, question: str,
            scope: ScopeProfile | None, sources, as_result, card=None, card_leads: bool = False) -> str:
    t = TEXT[lang]
    parts: list[str] = []
    guide = composer.entries.get(f"guide.means_vs_result.{lang}")
    gref = sources.add(as_result(guide), guide.body) if guide else None
    cref = sources.add(as_result(card), card.body) if card is not None else None
    named = named_commitments(question)
    asked = [c for c in report.commitments if c.id in named]
    if not asked and scope is not None:  # named but not in this scope: classified all the same
        from assistant.legal.obligations import analyse_one
        asked = [analyse_one(cid, scope, lang=lang) for cid in named[:2]]
    mark = f" [{gref}]" if gref else ""
    rules_shown = False
    if card_leads and card is not None and card.verdict:  # the regimes asked: the card's verdict first
        parts.append(cite(card.verdict, cref))
    if asked:
        for c in asked:
            parts.append(verdict_line(c, lang, guide_example(composer, guide, c)) + mark)
    elif card is not None and card.verdict and not card_leads:  # a reviewed card answers the question itself
        parts.append(cite(card.verdict, cref))
    elif guide and question_type(question) == "who_proves":  # "who must prove what?": the rule on proof
        parts.append(cite(guide.rules[0].text, gref))
        rules_shown = True
    elif not card_leads:
        where = f" ({describe_scope(scope, lang)})" if scope is not None else ""
        parts.append(f"{t['intro']}{where} : {type_name(report.overall, lang)}.{mark}" if lang == "fr"
                     else f"{t['intro']}{where}: {type_name(report.overall, lang)}.{mark}")
    # the rule: the card's when one answers the question, else the guide's first rules
    if card is not None and card.rule:
        parts.append(cite(card.rule.text, cref))
    elif guide:
        for st in guide.rules[1 if rules_shown else 0:2]:
            parts.append(cite(st.text, gref))
    if card_leads and scope is not None:
        # s19: after the card's comparison of the regimes, the facts of scope the types turn on, as the user stated them
        # (the tool puts what the user stated in place of the profile: "aucun fait précisé" when nothing was), so that a
        # follow-up ("et si le client est en 24/7 ?") reads as adding to them; no type is read from defaults
        parts.append(t["stated"].format(facts=describe_scope(scope, lang)) + mark)
    if any(c.type == "depends" for c in asked):
        if card is not None and card.conditions:
            parts.append("\n".join(f"- {c} [{cref}]" for c in card.conditions))
        elif guide:
            for st in guide.statements_of("practice")[:1]:
                parts.append(f"{st.text} [{gref}]")
    # the other commitments of the scope only when the question names none (none on another topic)
    general = not asked and not rules_shown and not card_leads  # a question on the whole scope: every commitment it calls for
    rows = [_row(c, lang, gref, guide_example(composer, guide, c)) for c in report.commitments] if general else []
    if rows:  # the heading names the scope the types were read under; cited like every sentence
        where = f" ({describe_scope(scope, lang)})" if scope is not None else ""
        # the control the types were read under, named apart (callers may restate the profile itself)
        read = f", {t['control'][scope.control]}" if scope is not None and scope.control else ""
        parts.append("\n".join([f"{t['intro']}{where}{read}, {t['per'][:1].lower() + t['per'][1:]}{mark}", *rows]))
    block = composer.best_list(t["regime"], [as_result(guide)], floor=0.0) if guide else None
    if block:
        _r, lead, items = block
        parts.append(f"{t['proof']}\n{cite_list('', items, gref)}")
    return "\n\n".join(parts)
