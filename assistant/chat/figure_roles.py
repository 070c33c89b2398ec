"""What a figure of the question IS (issue 15: never state a fact the user did not give).

The slot readers give a figure a slot from its unit and the nearest cue ("2 mois de redevance" is read as months of fees,
the unit of a liability cap). A figure is compared with a clause's usual range only when the question says what it is:
the noun or verb of its role (a cap, a notice, a term, a penalty…) in the part of the sentence that carries the figure.
A debt ("nous doit 2 mois de redevance", "three months in arrears"), a sum paid or a deposit ("on a payé 12 mois
d'avance", "2 months of fees as a deposit"), a delay suffered or a headcount are not clause figures. Figures of slots
with no role family here keep their reading (a percentage of availability, a restoration time in hours say their role
by their unit); so does a figure given while the clause of its topic is on the table ("et 3 mois ?"). s31: the payment
term, the times of the service levels and the availability have their role words too ("3 jours de travail" is no
payment term, "4 h de route" no restoration time, "99 % of their staff" no availability).
"""

from __future__ import annotations

import re

from assistant.text import fold

# the words that say which clause figure a number is, FR and EN, by the slot's prefix
ROLE_WORDS: dict[str, re.Pattern] = {p: re.compile(r"\b(" + words + r")\b") for p, words in {
    "liability": r"plafon\w*|caps?|capped|capping|ceiling|limit\w*|responsabilit\w*|responsables?|liab\w*|indemni\w*|"
                 r"dommages?|damages|reparation|maximum|au plus|at most|no more than|pas plus de|exposure|rembours\w*|refund\w*|"
                 r"reimburs\w*|compens\w*|payout|pay out",
    "notice": r"preavis|notice|prevenir|previent|avertir|warn\w*|resili\w*|terminat\w*|denonc\w*|sortir|quitter|leave|"
              r"exit|cancel\w*|non[- ]renouvel\w*|notif\w*|partir|quit\w*|avant (l'|la |le )?(echeance|terme|"
              r"date|fin|anniversaire)|before (the )?(end|renewal|expiry|anniversary|term)",
    "initial_term": r"duree|terms?|engagements?|engag\w*|commit\w*|lock\w*[- ]?in|ferme|minimum|duration|length|long|"
                    r"contrats? (de|sur|pour)|contracts? (of|for|over)|deal|signe\w* pour|sign\w* (for|up)|initial\w*|"
                    r"reconduct\w*|reconduction|renouvel\w*|renew\w*|periode|period|agreement|accord|abonnement|subscription",
    "renewal": r"reconduct\w*|reconduction|renouvel\w*|renew\w*|rollover|roll\w* over|periode|period|duree|terms?",
    "non_solicitation": r"sollicit\w*|solicit\w*|debauch\w*|embauch\w*|recrut\w*|hir\w*|poach\w*|salaire|salary|salaries",
    "confidentiality": r"confidential\w*|secret\w*|nda",
    "reversibility": r"reversib\w*|exit|sortie|restitu\w*|return\w*|migration|transition|transfert|handover|assistance",
    "data_return": r"restitu\w*|return\w*|rend\w*|export\w*|donnees|data|suppression|delet\w*|effac\w*",
    "penalty": r"penalit\w*|penalt\w*|credits?|malus|reduction|rabais|avoirs?",
    "revision": r"revis\w*|index\w*|hausse|augment\w*|increase\w*|rais\w*|rise|prix|price|tarifs?",
    "insurance": r"assur\w*|insur\w*|police|policy|couverture|cover\w*",
    "audit": r"audit\w*|inspect\w*|controle\w*",
    # s31: the payment term, the service levels' times and the availability have a usual range too; "3 jours de
    # travail", "the install takes 2 days", "4 h de route", "99% of their staff" name none of them
    "payment": r"paiement|pay\w*|paie\w*|paye\w*|reglement|regle\w*|regl\w*|factur\w*|invoic\w*|net|echeance|due|"
               r"encaiss\w*|fin de mois|end of (the )?month|eom|terme|term|credit|delai de paiement",
    "restoration": r"gtr|retabli\w*|restor\w*|restaur\w*|resolution|resolu\w*|repar\w*|repair\w*|fix\w*|remet\w*|remise en "
                   r"(service|etat|route)|back (up|online)|sla|niveau\w* de service|service levels?|panne\w*|incident\w*|"
                   r"outages?|down|p[1-4]|priorit\w*|critique|critical|bloqu\w*",
    "intervention": r"gti|interv\w*|on-?site|sur (site|place)|deplac\w*|sla|niveau\w* de service|service levels?|"
                    r"panne\w*|incident\w*|p[1-4]|priorit\w*",
    "response": r"prise en charge|pris en charge|reponse|repond\w*|response|respond\w*|reaction|react\w*|rappel\w*|"
                r"call ?back|ticket\w*|helpdesk|support|hotline|sla|niveau\w* de service|service levels?|p[1-4]|priorit\w*|"
                r"incident\w*|panne\w*",
    "availability": r"disponib\w*|dispo|availab\w*|uptime|sla|niveau\w* de service|service levels?|garanti\w*|"
                    r"guarantee\w*|taux|rate|indisponib\w*|downtime|accessib\w*|en ligne|online|operation\w*|"
                    r"fonctionne\w*|serveurs?|servers?|reseau|network|plateforme|platform|application|logiciel|service",
}.items()}

_SENTENCE_WIDE = ("payment", "restoration", "intervention", "response", "availability")
_SEGMENTS = re.compile(r"[.;,!?\n]+|\s(?:et|and|mais|but|puis|then|alors que|whereas|while)\s")
# "2 mois de redevance, c'est normal comme plafond ?": the figure's role named in the part that asks about it
_ASKS_NORMAL = re.compile(r"\b(normal\w*|standard|usual|usuel\w*|habituel\w*|courant|ok|okay|acceptable|raisonnable|"
                          r"reasonable|correct|typi\w*|market|marche|bas|haut|low|high|court|long|short|trop|too)\b")
_NUMBER_WORDS = {1: "un|une|one|a|an", 2: "deux|two", 3: "trois|three", 4: "quatre|four", 5: "cinq|five", 6: "six",
                 7: "sept|seven", 8: "huit|eight", 9: "neuf|nine", 10: "dix|ten", 11: "onze|eleven", 12: "douze|twelve",
                 18: "dix-huit|eighteen", 24: "vingt-quatre|twenty-four", 36: "trente-six|thirty-six"}


def _role(slot: str) -> re.Pattern | None:
    return next((pat for prefix, pat in ROLE_WORDS.items() if slot.startswith(prefix)), None)


def _said_as(value) -> re.Pattern | None:
    """The ways the figure's number can be written in the question ("2", "2,5", "deux", "two")."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    num = int(value) if float(value).is_integer() else value
    forms = [re.escape(str(num)).replace(r"\.", "[.,]")]
    if isinstance(num, int) and num in _NUMBER_WORDS:
        forms.append(_NUMBER_WORDS[num])
    return re.compile(r"(?<![\w.,])(" + "|".join(forms) + r")(?![\w]|[.,]\d)")


def role_named(slot: str, value, question: str) -> bool:
    """Does the question say what this figure is, in the part of a sentence that carries it? A slot with no role
    family here keeps its reading."""
    role = _role(slot)
    if role is None:
        return True
    low = fold(question)
    said = _said_as(value)
    segments = [s for s in _SEGMENTS.split(low) if s and s.strip()]
    carrying = [s for s in segments if said is not None and said.search(s)]
    if not carrying:  # the figure written in a way not found (converted units…): the whole question speaks for it
        carrying = [low]
    if any(role.search(s) for s in carrying):
        return True
    if slot.startswith(_SENTENCE_WIDE):
        # s31: the figures whose role words the slot readers take from the whole sentence ("le délai de paiement, 60
        # jours, c'est normal ?"): the sentence that carries the figure
        sentences = [x for x in re.split(r"[.;!?\n]+", low) if said is not None and said.search(x)] or [low]
        return any(role.search(x) for x in sentences)
    return any(role.search(s) and _ASKS_NORMAL.search(s) and not re.search(r"\d", s) for s in segments)


def clause_figures(figures: dict, question: str, table_topic: str | None = None) -> dict:
    """The figures of the question that are clause figures: those whose role the question names, and any figure of the
    clause on the table's topic (a follow-up gives the figure, the conversation its role)."""
    from assistant.chat.slot_figure_cues import figure_topic

    return {slot: value for slot, value in figures.items()
            if (table_topic is not None and figure_topic(slot) == table_topic) or role_named(slot, value, question)}
