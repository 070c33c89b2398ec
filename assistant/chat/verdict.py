"""The verdict of an answer built without a reviewed card (issue 15, the generic path).

When no answer card matches, the answer is assembled from typed knowledge-base statements.
This module decides which statement opens it for the kind of question asked, and the few
words that turn that statement into an answer to the question ("Non : aucune loi
n'impose…", "Cela dépend : une clause… n'est licite que si…", "Il faut prévoir dans le
contrat : …"). The lead words are read from the statement itself, never guessed:

- a statement that makes the answer conditional ("only if", "à condition", "sauf si") →
  "it depends", and the statement says on what;
- a rule saying no law requires a thing, asked "is it mandatory?" → "no";
- a rule that strikes a kind of clause down (deemed unwritten, void, prohibited, may be
  reduced by the court), asked "is it valid / can they?" → "not necessarily";
- a rule saying a kind of clause is valid or allowed, asked "is it valid?", with no condition
  and no exception → "yes, in principle";
- market practice asked "is it normal?" → "it is common" only when the statement itself says
  so (often, usually, common…), else "it depends on the negotiation";
- "what should we write?" → the position of the user's side (else the balanced one) opens,
  introduced as what to write into the contract.

Nothing is said when the statement gives no such sign: the statement opens as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

import yaml

from assistant.chat.statements import narration
from assistant.knowledge.entries import Statement
from assistant.paths import PROMPTS_DIR
from assistant.text import fold

@lru_cache(maxsize=1)
def _words() -> dict:
    """The lead words, per language (prompts/verdict.yaml)."""
    return yaml.safe_load((PROMPTS_DIR / "verdict.yaml").read_text(encoding="utf-8"))


# a statement that already answers yes / no / it depends
_SAYS_VERDICT = re.compile(r"^\W*((oui|yes|non|no)\s*[,:;.!]|(cela depend|ca depend|tout depend|pas forcement|pas necessairement|"
                           r"en principe|it depends|not necessarily|in principle|generally)\b)")
_EXAMPLE = re.compile(r"^\W*(exemple|example|par exemple|for example|for instance|formule courante|exemple courant)\b")
# the statement makes the answer conditional
_CONDITIONAL = re.compile(r"\b(que si|qu'a condition|a condition|seulement si|uniquement si|sauf si|sauf (clause|stipulation|accord)|"
                          r"a moins que|lorsque|only if|only where|provided that|provided|unless|on condition|subject to|"
                          r"where the|if the|if it|si (le|la|les|elle|il|l')|depend\w*)\b")
# a rule saying no law requires it
_NOT_REQUIRED = re.compile(r"\b(aucune (loi|disposition|regle|texte)|aucun texte|n'impose (pas|aucun)|n'est pas (obligatoire|impose)|"
                           r"rien n'oblige|pas d'obligation legale|no (law|statute|rule|provision|text)|does not (require|impose)|"
                           r"is not (mandatory|required|compulsory)|nothing requires|no legal (obligation|requirement))\b")
# a rule that strikes a kind of clause down, or lets the court cut it
_STRUCK = re.compile(r"\b(reputee? non ecrite?|reputees? non ecrites?|nulle?s?|interdite?s?|illicite|prohibee?|"
                     r"ne peut (pas )?(etre|exclure|limiter|ecarter|supprimer|priver)|ne peuvent (pas )?(etre|exclure)|"
                     r"peut (la |le |les )?(reduire|moderer|ecarter)|engage la responsabilite|"
                     r"deemed unwritten|void|null|prohibited|unlawful|cannot (be|exclude|limit|deprive)|may not|"
                     r"may (reduce|moderate|set aside)|makes (its|the) author liable)\b")
_VALID = re.compile(r"\b(valable|valables|licite|licites|valide|autorisee?s?|libre|est possible|sont possibles|"
                    r"valid|lawful|enforceable|allowed|permitted|free to|is possible|are possible)\b")
_NEGATED = re.compile(r"\b(ne|n'|pas|jamais|not|never|no)\b")
_COMMON = re.compile(r"\b(souvent|frequent\w*|courant\w*|usuel\w*|habituel\w*|en general|le plus souvent|classique\w*|"
                     r"often|common\w*|usual\w*|typical\w*|generally|most (contracts|msps|providers)|standard)\b")

# what the question asks
_ASKS_REQUIRED = re.compile(r"\b(obligatoire\w*|oblige\w*|impose\w*|faut-il|doit-on|dois-je|devons-nous|doit-il|"
                            r"mandatory|required|compulsory|by law|must (we|i|they|he|it)|do (we|i) have to|"
                            r"does (it|he|the \w+) have to|have to|obliged)\b")
# the question asks whether it is void, abusive, or may be cut: a rule that strikes it down answers "yes" to that
_ASKS_INVALID = re.compile(r"\b(abusi\w*|illegal\w*|illicite\w*|nulle?s?|non ecrite?|invalid\w*|unenforceable|unlawful|"
                           r"unfair|void|reduire|reduit\w*|moderer|annuler|ecarter|reduce\w*|set aside|strike|struck|"
                           r"cut (it|down))\b")
# a rule that is valid only within bounds it names ("vers un pays reconnu adéquat", "only certified companies")
_QUALIFIED = re.compile(r"\b(seul\w*|uniquement|only|sauf|except\w*|unless|reconnu\w*|certifi\w*|dans la mesure|"
                        r"to the extent|lorsqu\w*|when|where|si|if|provided|a condition|pourvu)\b")
_ASKS_VALID = re.compile(r"\b(valable|valide|licite|legal\w*|illegal|enforceable|valid|lawful|ca passe|ca tient|"
                         r"autorise\w*|allowed|a le droit|a-t-il le droit|ont le droit|peu(t|vent)-(il|elle|ils|elles|on)|"
                         r"il peut|ils peuvent|elle peut|can (they|he|it|the|our|my|a|an)|may (they|the)|"
                         r"is that ok|c'est ok|ok \?)\b")


# s17: liability or cover asked of a story ("on est responsables ?", "are we covered?", "can they sue us?"): the consequence
# of what happened (a what-happens-if question); "responsable du traitement" is the controller, not liability
ASKS_LIABILITY = (
    r"(on est|on serait|sommes-nous|serions-nous|est-on|nous sommes|je suis|suis-je) (vraiment |donc )?"
    r"(responsables?|couverts?|en tort|fautifs?|fautives?)(?! (du|de|des) )|(est|sont|serait|seraient)[- ]"
    r"(il|elle|ils|elles|ce) (responsables?|couverts?|en tort|fautifs?)(?! (du|de|des) )|"
    r"(are|am|is|would|will) (we|i|they|he|she|it|the \w+) (be )?(really |still |then )?(liable|covered|at fault|"
    r"on the hook|responsible(?= ?(\?|$)| for (it|that|this|the (damage|loss|outage|breach|leak))))|"
    r"who (is liable|bears the (loss|cost|risk))|(can|could|will) (they|he|she|the \w+) (sue|come after) (us|me)|"
    r"(peut|peuvent|pourrait|pourraient)[- ](il|elle|ils|elles|on)? ?(nous|me) (poursuivre|attaquer|assigner)"
)
_ASKS_LIABILITY = re.compile(rf"\b({ASKS_LIABILITY})")


# s15: the user asks whether a duty is theirs ("do we have to notify the CNIL ourselves?", "c'est à nous de…?", "devons-nous…?")
_ASKS_OWN_DUTY = re.compile(r"\b((do|must|should) (we|i) (really |actually |also )?(have to|need to)?|must (we|i)|(are|am) (we|i) "
                            r"(required|obliged|supposed|bound) to|is it (up to|on) (us|me)|(devons|dois|devrons)[- ](nous|je)|"
                            r"doit-on|faut-il (qu.on|que nous|que je)|(est-ce|c.est) (a nous|a moi)|(sommes|suis)[- ](nous|je) (tenus?|obliges?)|"
                            r"(on|nous|je) (doit|dois|devons|est tenus?|sommes tenus|est obliges?|sommes obliges))\b")
# ... and the rule that opens the answer gives that duty to the other party, named as its subject
_OTHER_PARTY = {
    "msp": re.compile(r"^\W*(the |le |la |l'|votre |your )?(client|customer|controller|responsable( du| de)? traitement)\b"),
    "client": re.compile(r"^\W*(the |le |la |l'|votre |your )?(msp|provider|processor|prestataire|sous-traitant|infogerant|"
                         r"fournisseur|supplier)\b"),
}


def other_party_duty(question: str, opening: Statement, side: str | None) -> bool:
    """The user asks whether they must do something, and the opening rule names the other party as the one who does it
    ("do we have to notify the CNIL ourselves?" asked by the MSP, "Le client notifie la CNIL…"): the answer is no."""
    pat = _OTHER_PARTY.get(side or "")
    return bool(pat and _ASKS_OWN_DUTY.search(fold(question)) and pat.search(_text(opening))
                and not _NEGATED.search(_text(opening).split(",")[0][:40]))


def _text(st: Statement) -> str:
    return fold(st.text)


def lead(qtype: str | None, question: str, opening: Statement, *, lang: str, yes_no: bool,
         side: str | None = None) -> str | None:
    """The words that turn the opening statement into the answer to the question, or None."""
    words = _words()["en" if lang == "en" else "fr"]
    q, s = fold(question), _text(opening)
    if _SAYS_VERDICT.match(s) or _EXAMPLE.match(s):
        return None  # the statement already opens with its verdict ("Cela dépend de…"), or only illustrates
    if qtype == "what_to_write":
        if opening.type == "position":
            return words["write_side"].get(opening.side or "balanced", words["write"])
        return words["write"] if opening.type == "practice" else None
    if qtype == "what_happens_if" and _ASKS_LIABILITY.search(q):
        # s17: "are we liable / covered?": a rule that makes liability turn on a condition answers "it depends", and that
        # condition follows; whether a rule striking a clause down or one that makes its author liable means yes or no
        # turns on who the rule names, which is not guessed here
        return words["depends"] if opening.type == "rule" and _CONDITIONAL.search(s) else None
    if qtype in ("enforceable", "is_it_normal", "what_happens_if", "who_proves", "how_long") and yes_no:
        if _ASKS_REQUIRED.search(q) and _NOT_REQUIRED.search(s):
            return words["not_required"]
        if other_party_duty(question, opening, side):
            return words["not_yours"]
        if _CONDITIONAL.search(s):
            return words["depends"]
        # "is it void?" or "can the court cut it?" asked of a rule that voids or cuts: the polarity is the
        # question's, not ours to guess
        reversed_ = bool(_ASKS_INVALID.search(q))
        if opening.type == "rule" and not reversed_ and (_ASKS_VALID.search(q) or qtype in (
                "enforceable", "what_happens_if", "is_it_normal")):
            if _STRUCK.search(s):
                return words["not_necessarily"]
            if _VALID.search(s) and not _NEGATED.search(s) and not _QUALIFIED.search(s):
                return words["yes"]
            if _VALID.search(s) and _QUALIFIED.search(s):
                return words["depends"]
        if qtype == "is_it_normal" and opening.type in ("practice", "position"):
            return words["common"] if _COMMON.search(s) else words["negotiated"]
    return None


# s16 (issue 15): the story says the user's side never agreed, was never asked or told ("sans nous demander", "on n'a jamais
# validé", "ils ne nous ont rien dit", "we never agreed", "nobody asked us", "without telling us", "behind our back")
_CONSENT_DENIED = re.compile(
    r"\b(sans (nous |me |m'|l'|en )?(demander|prevenir|informer|consulter|avertir|le dire|rien dire)|"
    r"sans (notre|mon) (accord|autorisation|consentement|avis|aval|feu vert)|a notre insu|dans notre dos|"
    r"(on|nous|je|j') ?(n'a|n'avons|n'ai|a|avons|ai) (jamais|pas|rien) (donne|signe|accepte|autorise|valide|approuve|dit oui|"
    r"ete (prevenus?|informes?|consultes?|avertis?))|(qu'on|que nous|que je) (n'a|n'avons|n'ai) (jamais|pas) "
    r"(valide|accepte|autorise|approuve|signe)|(ne )?(nous|m') ?(l')?(a|ont) (jamais|pas|rien) (dit|demande|informe|prevenu|"
    r"fait signer|consulte|averti)|personne ne (nous|m') ?(a|l'a) (rien )?(dit|demande|prevenu|informe)|"
    r"(we|i) (never|did not|didn.t|have not|haven.t|had not|hadn.t) (agree|agreed|approve|approved|consent|consented|"
    r"authori[sz]e|authori[sz]ed|sign|signed|say yes|said yes|sign off|signed off|accept|accepted|okay|okayed|ok.d)|"
    r"(never|not) (been )?(asked|told|informed|notified|consulted) (us|me)?|(they|he|she|it) (never|did not|didn.t) (ask|tell|"
    r"inform|notify|consult) (us|me)|without (asking|telling|informing|notifying|consulting|warning) (us|me)|without (our|my) "
    r"(consent|approval|agreement|authori[sz]ation|knowledge|say-so|ok)|nobody (told|asked|informed|warned) (us|me)|"
    r"no one (told|asked|informed) (us|me)|behind our back)\b")
# ... the ask is whether the other side may do it, or whether what it did holds
_ASKS_PERMISSION = re.compile(
    r"\b((ont|a)[- ](t-)?(ils?|elles?) le droit|(il|elle|ils|elles|on) (a|ont|avait|avaient) (le droit|droit)|"
    r"(il|elle|ils|elles) (peut|peuvent|pouvait|pouvaient)|peu(t|vent)-(il|elle|ils|elles)|c'est (bien |vraiment )?"
    r"(regulier|legal|permis|autorise|valable|licite|conforme|normal|possible)|est-ce (bien )?(regulier|legal|permis|valable|"
    r"licite|conforme)|(ca|cela) (tient|est valable)|(is|was) (that|this|it) (even |really )?(allowed|legal|lawful|valid|ok|okay|"
    r"legit|compliant|permitted|binding)|(are|were) (they|he|she) (even |really )?(allowed|entitled|permitted)|"
    r"(can|could|may) (they|he|she|it|the \w+) (really |even |just )?(do|legally|lawfully)|(is|are) (it|that|this|we) binding|"
    r"does (it|that|this) (bind|hold)|(do|does) (it|that|this) (still )?(bind|hold)|(nous|me) (lie|engage|est opposable))\b")
# ... and the opening statement conditions the act on that consent (authorisation, instructions, agreement, information)
_ON_CONSENT = re.compile(
    r"\b(accord|autorisation|consentement|instructions?|approbation|agrement|autoris\w*|informer? (le client|le responsable|"
    r"a l'avance|prealablement)|consent\w*|authori[sz]\w*|approv\w*|agreement|instructions?|inform (the client|the controller|"
    r"you) (in advance|beforehand))\b")
_NEGATIVE_HEAD = re.compile(r"^\W*(non|no|pas|not|never|jamais|aucun\w*|none)\b")


def consent_refused(question: str, opening: str) -> bool:
    """The story says the user's side never agreed or was never asked, the user asks whether the other side may do what it
    did, and the answer's opening makes that act depend on the user's consent (authorisation, instructions, agreement):
    the answer to the question as asked is "no, not without your consent" (unless the opening already says no)."""
    low = fold(question)
    story = narration(question)
    ask = fold(story.ask) if story else low
    return bool(_CONSENT_DENIED.search(low) and _ASKS_PERMISSION.search(ask) and _conditions_on_consent(fold(opening))
                and not _NEGATIVE_HEAD.match(fold(opening)))


# s33: "peut être cédée sans l'accord du débiteur", "may be assigned without the debtor's consent": the rule says NO consent
# is needed ("ne peut … sans", "not without" still make the act depend on it)
_WITHOUT_BEFORE = re.compile(r"\b(sans|without)\b(\s+[\w']+){0,3}\s*$")
_NEGATION = re.compile(r"\b(ne|n'|pas|not|cannot|can't|never|jamais|nor|ni)\b")


def _conditions_on_consent(low: str) -> bool:
    """The folded opening makes the act depend on a consent, an authorisation or instructions (one the act needs, not one
    it does without: "sans l'accord du débiteur")."""
    for m in _ON_CONSENT.finditer(low):
        before = low[max(0, m.start() - 40):m.start()]
        w = _WITHOUT_BEFORE.search(before)
        if not w:
            return True
        clause = re.split(r"[,;:.]", low[:m.start() - len(before) + w.start()])[-1]
        if _NEGATION.search(clause[-60:]):
            return True  # "ne peut être collectée … sans", "not without"
    return False


_YES_BUT = re.compile(r"^\W*((oui|yes)\b\s*[,:;.]?\s*((mais|but)\b\s*)?)")


def without_consent(opening: str, lang: str) -> str:
    """The opening led by "no, not without your consent", its own bare yes (and "but") dropped."""
    m = _YES_BUT.match(fold(opening))
    body = opening[m.end():] if m and len(opening) - m.end() >= 20 else opening
    return with_lead(words_for("not_without_consent", lang), body, lang)


def words_for(key: str, lang: str) -> str:
    """One of the lead words of prompts/verdict.yaml ("not_necessarily" → "Pas forcément")."""
    return _words()["en" if lang == "en" else "fr"][key]


def write_words(side: str, lang: str) -> str:
    """"Côté client, il faut prévoir dans le contrat" / "Write into the contract" for a side's point."""
    words = _words()["en" if lang == "en" else "fr"]
    return words["write_side"].get(side, words["write"])


def with_lead(words: str | None, sentence: str, lang: str) -> str:
    """`Lead : sentence` (the sentence's first letter lowered unless it starts a name or an acronym)."""
    if not words:
        return sentence
    body = sentence.strip()
    if body[:1].isupper() and not (body[1:2].isupper() or re.match(r"^(RGPD|GDPR|MSP|SLA|DPA|CNIL|EU|UE|Code|Article|Art\.)\b",
                                                                      body)):
        body = body[:1].lower() + body[1:]
    return f"{words} : {body}" if lang == "fr" else f"{words}: {body}"


# opening choice --------------------------------------------------------------------------------
RULE_FIRST = ("enforceable", "who_proves", "what_happens_if", "how_long")
RULE_MARGIN = 0.85  # a rule opens a yes/no legal question when its score is this close to the best statement's


ARTICLE_MARGIN = 0.6  # asked "which article?", a rule with its article opens when its score is this close to the best


def opening_index(qtype: str | None, items: Sequence[tuple[object, str, float, Statement]], *,
                  side: str | None, article: bool = False) -> int | None:
    """Which of the (result, sentence, score, statement) items opens the answer for this kind of
    question: asked which article says something, the best rule that cites one; for a legal question
    the best rule when it is nearly as close as the best statement; for "what should we write?" the
    best position of the user's side (else the balanced one, else any), when one is close enough.
    None: the plan's default."""
    if not items:
        return None
    best = max(t[2] for t in items)
    ranked = sorted(range(len(items)), key=lambda i: -items[i][2])
    if article:
        for i in ranked:
            st = items[i][3]
            if st.type == "rule" and st.cites and items[i][2] >= ARTICLE_MARGIN * best:
                return i
    if qtype in RULE_FIRST:
        for i in ranked:
            if items[i][3].type == "rule" and items[i][2] >= RULE_MARGIN * best:
                return i
    if qtype == "what_to_write":
        for want in ([side] if side in ("client", "msp") else []) + ["balanced"]:
            for i in ranked:
                st = items[i][3]
                if st.type == "position" and st.side == want and items[i][2] >= 0.8 * best:
                    return i
    return None
