"""The yes or no a card's verdict gives, said to the question the user asked (issue 15, s33).

A reviewed card's verdict answers the card's own question ("may the provider monitor staff without telling them? — No:
…"). Read as typed values:

- `verdict_stance`: the stance its head takes — "yes", "no", "depends" (it depends, not necessarily, only if),
  "qualified_no" (a negated head that is no bare no: "Not freely:", "Pas l'audit lui-même, mais…", "Usually not, and…"),
  "risk" ("C'est risqué : …") or "none" (a rule, a definition, a who: no stance at all);
- `question_ask`: what the user's yes/no question asks — "may" (can they / is it legal), "must" (do we have to / are we
  bound), "exempt" (are we in the clear / exempt), "problem" (any catch / is it a problem), "contest" (can we refuse /
  challenge it: the card's question turned around), or None (not a yes/no ask);
- `card_ask`: the same read from the card's title (its own question).

`polar_opening` says the polar word both support, in the words of prompts/verdict.yaml:
- a qualified no asked yes/no opens with its explicit no ("Non, pas librement : …", "No, usually not, and …"), except
  asked "can we refuse / contest it?" when its head restricts a manner ("Not freely"), not a thing ("Not the audit itself");
- a risk head whose verdict states the conditions opens "it depends, and it is risky";
- a permission card's bare no ("may they do X? No: …") asked "is there a catch / a problem?" opens "yes, there are rules
  to follow", its rule kept; a duty card's no ("must it be in French? No") keeps its no (there is no problem).
Nothing is said for a verdict without a stance, and no stance is turned around unless both typed values say so.
"""

from __future__ import annotations

import re

from assistant.chat.verdict import with_lead, words_for
from assistant.text import fold

# ---------------------------------------------------------------- the stance of a verdict's head
_HEAD_YES = re.compile(r"^\W*((en principe|en general|souvent|largement|in principle|generally|often|largely|partly|"
                       r"partiellement|as a rule),?\s+)?(oui|yes)\b")
_HEAD_NO = re.compile(r"^\W*((en principe|en general|as a rule|in principle|generally),?\s+)?(non|no)\b")
_HEAD_DEPENDS = re.compile(r"^\W*(cela depend|ca depend|tout depend|it depends|pas forcement|pas necessairement|"
                           r"not necessarily|seulement|uniquement|only)\b")
# a negated head that is no bare "no": "Pas librement", "Not as written", "Pas l'audit lui-même, mais", "Usually not"
_HEAD_QUALIFIED_NO = re.compile(r"^\W*(pas|not|usually not|generally not|rarely|rarement|le plus souvent non)\b")
# ... but not a difference or a sameness ("Not the same thing"), nor a head that turns to yes ("Pas directement, mais en
# pratique oui")
_NOT_A_NO = re.compile(r"^\W*(pas|not) (la meme chose|le meme|the same|forcement|necessairement|necessarily)\b")
_HEAD_RISK = re.compile(r"^\W*(c.est risque|it is risky|it.s risky|risky)\b")
# the verdict states when it holds
_CONDITION = re.compile(r"\b(que si|qu.a condition|a condition|seulement si|uniquement si|sauf si|only if|provided|unless|"
                        r"on condition|if the|where the)\b")


def _head(verdict: str) -> str:
    """The verdict's head: its words before the first colon (or the first 80 characters)."""
    low = fold(verdict)
    cut = low.find(":")
    return low[:cut] if 0 <= cut <= 120 else low[:80]


def verdict_stance(verdict: str | None) -> str:
    """"yes", "no", "depends", "qualified_no", "risk" or "none" (see the module's docstring)."""
    low = fold(verdict or "")
    head = _head(verdict or "")
    if _HEAD_DEPENDS.match(low):
        return "depends"
    if _HEAD_YES.match(low):
        return "yes"
    if _HEAD_NO.match(low):
        return "no"
    if _HEAD_RISK.match(low):
        return "risk"
    if _HEAD_QUALIFIED_NO.match(low) and not _NOT_A_NO.match(low) and not re.search(r"\b(oui|yes)\b", head):
        return "qualified_no"
    return "none"


# ---------------------------------------------------------------- what a question asks
# "any legal catch?", "is that a problem?", "ça pose problème ?", "c'est un souci ?", "y a un piège ?"
_ASKS_PROBLEM = re.compile(
    r"\b(any (legal |real |big |gdpr )?(catch|issue|problem|risk|gotcha|pitfall|red flag)s?|"
    r"(is|would|could) (that|this|it|there) (be )?(a |any )?(legal |real |gdpr |big )?(problem|issue|catch)|"
    r"(is|are) there (any |a )?(legal |real |gdpr )?(catch|issue|problem|risk|pitfall)s?|"
    r"(ca|cela|est-ce que ca|est-ce que cela) (pose|poserait|posera) (un )?(probleme|souci)|"
    r"(c'est|est-ce|ce serait|ca serait) (un )?(souci|probleme)|"
    r"(y a|il y a|y'a|y aurait|il y aurait)(-t-il)? (un )?(souci|probleme|piege|loup|risque)( (legal|juridique|rgpd))?(?= ?(\?|$| (legal|juridique|rgpd|niveau))))")
# "on est tranquilles ?", "are we in the clear?", "we're exempt, right?"
_ASKS_EXEMPT = re.compile(
    r"\b((on est|sommes-nous|nous sommes|je suis|suis-je|on serait) (donc |alors )?(tranquilles?|peinards?|dispenses?|exemptes?|"
    r"hors champ|en regle)|(are|am) (we|i) (then |so )?(in the clear|exempt|off the hook|fine without|safe)|"
    r"(we're|we are|i'm|i am) (then |so )?(in the clear|exempt|off the hook|fine|safe)\b[^?]{0,30}(right|then)?\s*\?)")
# "on peut refuser / contester ?", "can we challenge / push back on it?": the asker's refusal of what the other side does
_ASKS_CONTEST = re.compile(r"\b(refuser|contester|s.opposer|dire non|remettre en cause|attaquer|faire annuler|"
                           r"refuse|contest|challenge|dispute|object to|push back|reject|say no|turn (it |that |this |them )?down|"
                           r"get out of)\b")
_ASKS_MUST = re.compile(r"\b(doit-on|on doit|devons-nous|dois-je|faut-il|(on est|sommes-nous|est-on) (obliges?|tenus?)|"
                        r"must (we|i)|do (we|i) have to|(are|am) (we|i) (bound|obliged|required)|have to)\b")
_ASKS_MAY = re.compile(r"\b(peu(t|vent)-(il|elle|ils|elles|on)|(il|elle|ils|elles|on) (peu(t|vent)|a le droit|ont le droit)|"
                       r"pouvons-nous|puis-je|c'est (legal|permis|autorise|valable|licite)|"
                       r"(can|could|may) (they|he|she|it|we|i|the|a|an|our|my)|(is|was) (that|it|this) (even |really )?"
                       r"(legal|lawful|allowed|valid|permitted)|(are|were) (they|we) allowed)\b")
# "is that enough?", "would that suffice?", "c'est suffisant ?", "ça suffit ?": whether what the user has or plans is all
# that is needed (s35)
_ASKS_ENOUGH = re.compile(
    r"\b((is|was|would|will) (that|this|it|these|those) (be )?(really |alone |on its own )?(enough|sufficient|suffice)|"
    r"(does|do|would|will) (that|this|it|these|those) (alone )?suffice|(are|were) (they|these|those) (enough|sufficient)|"
    r"enough(, right)?\s*\?|sufficient\s*\?|"
    r"(c'est|est-ce|ce serait|ca serait|c'etait) (vraiment |bien )?suffisante?s?|(ca|cela|ceci) (suffit|suffira|suffirait)|"
    r"suffit-(il|elle|ce)|suffisante?s?\s*\?)")
_WH_START = re.compile(r"^\W*(what|who|which|how|why|where|when|qui|quoi|quel\w*|comment|pourquoi|ou|quand|combien)\b")


def _ask_sentence(question: str) -> str:
    """The question's last asked sentence, folded."""
    low = fold(question).strip()
    parts = [p.strip() for p in re.split(r"(?<=[.!?;])\s+|\n+", low) if p.strip()]
    asked = [p for p in parts if "?" in p] or parts or [low]
    return asked[-1]


def question_ask(question: str) -> str | None:
    """"enough", "problem", "exempt", "contest", "must", "may" or None (a who / what / how question, or none of these)."""
    ask = _ask_sentence(question)
    if _WH_START.match(ask):
        return None
    for kind, pattern in (("enough", _ASKS_ENOUGH), ("problem", _ASKS_PROBLEM), ("exempt", _ASKS_EXEMPT), ("contest", _ASKS_CONTEST), ("must", _ASKS_MUST),
                          ("may", _ASKS_MAY)):
        if pattern.search(ask):
            return kind
    return None


_TITLE_MUST = re.compile(r"\b(must|have to|has to|required|require|requires|mandatory|compulsory|obliged|bound|"
                         r"doit|doivent|faut-il|obligatoire|oblige|impose|tenu)\b")
_TITLE_MAY = re.compile(r"\b(may|can|could|allowed|permitted|entitled|peu(t|vent)-(il|elle|ils|elles|on)|pouvons-nous|"
                        r"a-t-(il|elle|on) le droit|permis|autorise)\b")


def card_ask(title: str | None) -> str | None:
    """"must" (the card asks whether a duty applies), "may" (whether something is allowed) or None."""
    low = fold(title or "")
    if _TITLE_MUST.search(low):
        return "must"
    if _TITLE_MAY.search(low):
        return "may"
    return None


# ---------------------------------------------------------------- the opening
# a negated head naming a thing ("Pas l'audit lui-même, mais…", "Not the audit itself"), not a manner ("Pas librement")
_NAMES_OBJECT = re.compile(r"^\W*(pas|not) (l'|le |la |les |un |une |the |a |an |this |that |ce |cette )")
_BARE_NO = re.compile(r"^\W*(non|no)\s*[:;.]\s*")


def _lowered(text: str) -> str:
    body = text.strip()
    if body[:1].isupper() and not body[1:2].isupper():
        body = body[:1].lower() + body[1:]
    return body


# ---------------------------------------------------------------- a manner the card's condition rules out (s34)
# the act asked to be done at once or unannounced: "du jour au lendemain", "sans préavis", "tout de suite", "right away",
# "without (any) notice", "no notice"
_MANNER_UNANNOUNCED = re.compile(
    r"\b(du jour au lendemain|sur le champ|sans (attendre|delai|aucun delai)|tout de suite|immediatement|illico|"
    r"sans (aucun |le moindre |de |la moindre |meme )?(preavis|prevenir|prevenance|notification|notifier|avertissement|avertir|"
    r"mise en demeure|informer|le dire|rien dire)|"
    r"overnight|right away|straight away|at once|immediately|on the spot|without (any |a |giving |prior |formal )?"
    r"(notice|warning|telling|notifying|informing|formal notice|heads-up)|with no (notice|warning)|no notice)\b")
# ... and the card's yes that makes the act depend on one, in its head or its first clause (before ";"): a notice period,
# a formal notice, telling the other party first ("Oui, avec un préavis", "…, en le notifiant ; …", "after a formal notice")
_NEEDS_NOTICE = re.compile(r"\b(preavis|notifi\w*|mise en demeure|prevenir|notice|notify\w*|notifying|warn\w*)\b")
# the notice the act does without ("sans préavis", "without notice") is no condition of it
_NOTICE_WAIVED = re.compile(r"\b(sans|without|no|aucun)( \w+){0,2} (preavis|notifi\w*|mise en demeure|notice|prevenir)\b")
_YES_HEAD = re.compile(r"^\W*((en principe|in principle|generally|as a rule),?\s+)?(oui|yes)\b\s*(,\s*(sous|under|on|avec|with) "
                       r"(certaines |some )?(conditions?|un preavis|notice)\s*)?[,:;.]?\s*")


# what else the verdict requires beyond what the user has ("but", "only if", "first", "also", "two things")
_FURTHER = re.compile(r"\b(but|mais|only if|seulement si|uniquement si|provided|pourvu que|a condition|on condition|first|"
                      r"d'abord|also|aussi|egalement|as well|en plus|de plus|in addition|two things|deux choses|"
                      r"three things|trois choses|both|a la fois)\b")


def manner_ruled_out(verdict: str, question: str) -> bool:
    """The question asks whether an act may be done at once or unannounced ("on peut couper du jour au lendemain ?",
    "can we walk away right away, no notice?") and the card's yes makes that act depend on a notice, in its head or first
    clause: its yes answers the act, not the manner asked."""
    if verdict_stance(verdict) != "yes" or not _MANNER_UNANNOUNCED.search(_ask_sentence(question)):
        return False
    first = re.split(r"[;.]\s", fold(verdict), maxsplit=1)[0]
    return bool(_NEEDS_NOTICE.search(first)) and not _NOTICE_WAIVED.search(first)


def without_notice_refused(verdict: str, lang: str) -> str:
    """"No, not without notice: …", the verdict's own yes (and a bare "under conditions" / "with notice") dropped."""
    m = _YES_HEAD.match(fold(verdict))
    body = verdict[m.end():] if m and len(verdict) - m.end() >= 20 else verdict
    return with_lead(words_for("not_without_notice", lang), body, lang)


def polar_opening(verdict: str, question: str, card_title: str | None, lang: str, *, yes_no: bool = True) -> str:
    """The card's verdict led by the yes / no / it depends that answers the question asked (see the module's docstring);
    the verdict as it is when no stance both sides support can be said. `yes_no`: the question is answered by yes or no
    (answer_plan.asks_yes_no)."""
    ask = question_ask(question)
    if not verdict or not (yes_no or ask in ("problem", "exempt")):
        return verdict
    stance = verdict_stance(verdict)
    sep = ", "
    if ask in ("may", "must", None) and manner_ruled_out(verdict, question):
        # s34: "on peut couper du jour au lendemain ?" asked of "Oui, sous conditions : …, en le notifiant": no, not like that
        return without_notice_refused(verdict, lang)
    if ask == "problem":
        # a permission card's bare no ("may they…? No: …"): there are rules, so yes, there is a catch
        m = _BARE_NO.match(fold(verdict))
        if stance == "no" and m and card_ask(card_title) == "may" and len(verdict) - m.end() >= 20:
            return with_lead(words_for("rules_apply", lang), verdict[m.end():], lang)
        return verdict
    if ask == "exempt":
        return verdict  # answer_plan.duty_holds turns a duty's plain yes into "no, no exemption"
    if ask == "enough":
        # "is that enough?" asked of a verdict that adds what else is needed ("It can be done, but two things come first:
        # …", "Oui, mais il faut aussi…"): not on its own; a plain yes without more, or a no, is said as it is
        further = _FURTHER.search(fold(verdict)[:200])
        if further and (stance in ("none", "depends") or (stance == "yes" and further.group(0) not in ("but", "mais"))):
            m = _YES_HEAD.match(fold(verdict))
            body = verdict[m.end():] if stance == "yes" and m and len(verdict) - m.end() >= 20 else verdict
            return with_lead(words_for("not_alone", lang), body, lang)
        if stance in ("no", "qualified_no"):
            return verdict if stance == "no" else f"{words_for('no', lang)}{sep}{_lowered(verdict)}"
        return verdict
    if stance == "qualified_no":
        if ask == "contest" and not _NAMES_OBJECT.match(fold(verdict)):
            # "can we refuse the increase?" asked of "may they raise prices? Not freely": its no is not the answer to a refusal
            return verdict
        return f"{words_for('no', lang)}{sep}{_lowered(verdict)}"
    if stance == "risk":
        m = _HEAD_RISK.match(fold(verdict))
        rest = verdict[m.end():].lstrip(" :;,") if m else verdict
        if _CONDITION.search(fold(rest)):
            return with_lead(words_for("depends_risky", lang), rest, lang)
    return verdict
