"""The structure of a request (issue 14, fourteenth session): which verb heads the message and what it governs.

The act of a message is decided first by its structure, the same way in French and English: a message that opens on an
order ("rédige…", "lower it to 25 %", "can you draft…", "il me faut…") does what its verb says to its object, whatever
evaluative word the object carries ("a fairer clause" is still a clause to write); a message with no order that sets a
subject equal to a value ("the fee is 3,600 EUR a month") states a fact; a question whose predicate is the law's
judgement ("is that enforceable?", "un juge pourrait la réduire ?") asks about validity. `read_directive` finds the head
verb after the lead-ins ("ok", "and", "now", "bon", "alors"…) and the polite wrappers ("can you", "tu peux", "could we",
"je voudrais que tu", "please"…) and returns its family and the words it governs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text import find_quantities

# what opens a message without being its verb: discourse markers, then the ways of asking politely or of proposing
_LEAD = re.compile(r"^(?:(?:ok|okay|ok so|and|et|so|alors|bon|now|maintenant|then|puis|ensuite|right|fine|non|no|"
                   r"actually|en fait|finalement|in the end|au final|hmm+|euh|ah|oh|well|ben|bah|also|aussi|mais|but|"
                   r"please|pls|stp|svp|sinon|otherwise)\b[\s,.;:!-]*)+")
_WRAP = re.compile(r"^(?:(?:can|could|would|will) (?:you|u)(?: please| just| maybe)?|(?:tu peux|tu pourrais|vous pouvez|"
                   r"vous pourriez|peux-tu|pouvez-vous|pourrais-tu|pourriez-vous|tu veux bien|vous voulez bien)"
                   r"(?: stp| svp| juste)?|(?:can|could|shall) (?:we|i)|let'?s|let us|on (?:peut|pourrait|va)|"
                   r"peut-on|pourrait-on|(?:i'?d|we'?d) like (?:you )?to|i want you to|je (?:voudrais|veux|souhaite) que (?:tu|vous)|"
                   r"merci de|please|stp|svp|go ahead and|just|(?:can|could|may) (?:i|we) (?:get|have)|"
                   r"(?:je peux|on peut|puis-je|pourrais-je) avoir)\b[\s,]*")
_OBJ_PRONOUN = r"(?:[- ]?(?:le|la|les|l'|moi|nous|m'|lui|leur|it|that|this|them|me|us)\b)?"

# verb families (imperative, infinitive after a wrapper, or the polite second person); each entry is a folded stem
_FAMILIES: dict[str, str] = {
    # a figure moved or fixed
    "change": (r"lower|raise|increase|decrease|reduce|cut|drop|bump|trim|halve|double|shorten|lengthen|extend|"
               r"stretch|tighten|loosen|relax|change|set|move|adjust|update|revise|cap|limit|make|put|push|bring|"
               r"knock|take|go|harden|toughen|strengthen|soften|ease|"
               r"baisse[rz]?|monte[rz]?|remonte[rz]?|augmente[rz]?|diminue[rz]?|redui[st]|reduire|reduisez|ramene[rz]?|"
               r"descend[sz]?|descendre|passe[rz]?|mets|mettez|mettre|fixe[rz]?|change[rz]?|modifie[rz]?|resserre[rz]?|"
               r"durci[rs]?|durcissez|assoupli[rs]?|assouplissez|allonge[rz]?|raccourci[rs]?|raccourcissez|porte[rz]?|"
               r"renforce[rz]?|adouci[rs]?|allege[rz]?|plafonne[rz]?|limite[rz]?|ajuste[rz]?|double[rz]?|divise[rz]?|corrige[rz]?|remplace[rz]?|va|aller|allez"),
    # a text written
    "draft": (r"draft|redraft|write|rewrite|prepare|draw up|put together|give|get|propose|suggest|create|generate|"
              r"build|do|make|"
              r"redige[rz]?|rediger|ecri[st]|ecrire|ecrivez|reecri[st]|reecrire|prepare[rz]?|propose[rz]?|"
              r"fai[st]|faire|faites|donne[rz]?|genere[rz]?|etabli[rs]?|etablissez|sors|sortez"),
}
_HEAD = {name: re.compile(r"^(?:" + verbs + r")" + _OBJ_PRONOUN) for name, verbs in _FAMILIES.items()}
# "I need an MSA…", "il me faut un contrat…", "we're after a…": a document wanted, named by a noun
_NEED = re.compile(r"^(?:(?:i|we) (?:really |just |also )?(?:need|want|require|would like|'d like)|(?:i|we)'?d need|"
                   r"(?:i'?m|we'?re|i am|we are) (?:looking for|after)|looking for|need|"
                   r"(?:il )?(?:me|nous) (?:faut|faudrait)|j'ai besoin d[e']|on a besoin d[e']|nous avons besoin d[e']|"
                   r"je (?:cherche|veux|voudrais|souhaite)|on (?:cherche|veut|voudrait)|nous (?:cherchons|voulons|voudrions))\b\s*")
# the target of a change: "to 25 %", "à 36 h", "at 12 months", "down to", "jusqu'à", or the figure right after the object
_TARGET = re.compile(r"\b(?:to|at|a|au|aux|en|jusqu'a|=|:|->|vers)\s+(?:only |just |seulement |juste |plus que |about |environ )?"
                     r"[\d(]|\b(?:to|a)\s+(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|"
                     r"quarante|cinquante|soixante|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
                     r"thirty|forty|fifty|sixty|ninety)\b|"
                     # "mets un préavis de 15 jours", "set a cap of 10 %", "mettez un délai d'opposition de 30 jours":
                     # the object named, its value after "de" / "of"
                     r"^(?:un|une|le|la|l'|les|a|an|the|our|their|notre|leur|nos|leurs)\s*(?:[a-z'-]+\s+){0,4}?(?:de|d'|of)\s*"
                     r"(?:only |just |seulement |juste |about |environ )?\d")


@dataclass(frozen=True)
class Directive:
    """The order a message opens on: the verb family, the verb as written, the words it governs, and how it was asked
    (polite: through "can you", "tu peux"…; need: "I need…", "il me faut…" followed by the thing wanted)."""
    family: str
    verb: str
    rest: str
    polite: bool = False
    need: bool = False


def head_of(low: str) -> tuple[str, bool]:
    """The folded message without its lead-ins and polite wrappers, and whether a wrapper was there."""
    text = low.strip()
    polite = False
    for _ in range(3):
        before = text
        text = _LEAD.sub("", text).strip()
        wrapped = _WRAP.sub("", text).strip()
        polite = polite or wrapped != text
        if wrapped != text:  # "tu peux me raccourcir…", "pouvez-vous nous rédiger…": the clitic before the verb
            wrapped = re.sub(r"^(?:(?:me|nous|lui|leur|le|la|les)\s+|m'|l')(?=[a-z])", "", wrapped)
        text = wrapped
        if text == before:
            break
    return text, polite


def read_directive(low: str) -> Directive | None:
    """The order heading the (folded) message, or None when it opens on anything else (a statement, a question word)."""
    text, polite = head_of(low)
    need = _NEED.match(text)
    if need:
        return Directive("need", need.group(0).strip(), text[need.end():].strip(), polite, need=True)
    for family, head in _HEAD.items():
        m = head.match(text)
        if m and (m.end() == len(text) or not text[m.end()].isalnum() or m.group(0).endswith("'")):
            return Directive(family, m.group(0).strip(" -"), text[m.end():].strip(" -,"), polite)
    return None


def figure_ordered(low: str) -> bool:
    """An order that moves a figure to a value: a change verb heads the message and a value follows it as its target
    ("lower it to 25 %", "tighten P1 response to 1 hour", "resserre la GTR à 2 h", "passe le préavis à 2 mois",
    "mettez 36"). A judgement ("is 3 hours too tight?") or a question about the value has no such head."""
    d = read_directive(low)
    if d is None or d.family != "change":
        return False
    rest = d.rest
    if not find_quantities(rest) and not re.search(r"\d", rest):
        return False
    if re.match(r"(?:[\w'-]+ ){0,1}\d", rest) or re.match(r"(?:plutot |rather |instead )?\d", rest):
        return True  # "mettez 36", "make it 12 months", "passe 2 mois"
    return bool(_TARGET.search(rest))


# the law's judgement asked: validity words, a court or the law as the subject that allows, enforces, reduces or voids
_LAW_JUDGES = re.compile(
    r"\b(valable|valables|valide|valides|legal|legale|legaux|illegal\w*|licite|illicite|opposable|enforceable|"
    r"unenforceable|enforce\w*|lawful|unlawful|legally|legalement|juridiquement|valid|invalid|void|nulle?|abusi\w*|binding|allowed|permitted|"
    r"autorise\w*|permise?|interdit\w*|prohib\w*)\b|"
    r"\b(ont|a|avons|as|ai)[- ]?(t-)?(ils?|elles?|on|nous|tu|je)? ?le droit\b|\ba-t-on le droit\b|\b(le droit|the right) (de|d'|to)\b|"
    r"\b(hold|stand) up\b|\b(ca|cela) (tient|passe)( devant| en)\b|"
    r"\b(allows?|permits?|juge|judge|court|courts|tribunal|tribunaux)\b")


def law_judgement_asked(low: str) -> bool:
    """A question whose predicate is the law's judgement on what is said ("is it legal to word it like that?", "would a
    court enforce that fee?", "un juge pourrait réduire ce montant ?", "a-t-on le droit de la formuler comme ça ?")."""
    if "?" not in low and not re.match(r"(est-ce|is|are|would|could|can|does|do|will|peut|pourrait|a-t-on|ai-je)\b", low):
        return False
    asked = [p for p in re.split(r"(?<=[.!])\s+", low.strip()) if p.strip()][-1]
    d = read_directive(asked)
    if d is not None and not d.polite:
        return False  # an order comes first ("rédige… c'est légal ?" is read by its order)
    if d is not None and d.polite and d.family in ("draft", "change"):
        return False  # "can you make it legal?", "tu peux la rendre valable ?": a change asked
    return bool(_LAW_JUDGES.search(asked))


# a subject set equal to a value: "<noun phrase> is / will be / est / sera (de) <value>", "<noun>: <value>", "<noun> = <value>"
_COPULA = re.compile(r"^(?:(?:the|our|their|my|le|la|les|l'|notre|nos|leur|leurs|mon|ma|mes)\s+)?[a-z][\w'-]*(?: [\w'-]+){0,3}?\s*"
                     r"(?:\b(?:is|are|will be|would be|comes to|est|sont|sera|seront|serait|fait|fera|s'eleve a|"
                     r"tourne autour de)\b(?:\s+(?:de|d'|of|about|around|environ|roughly|approx\w*))?|:|=)\s*"
                     r"(?:[$€£]\s*)?\d")


def stated_value(low: str) -> bool:
    """A statement that sets a subject equal to a value, with no order and no question ("fee is 3,600 EUR per month",
    "la redevance sera de 2 100 € HT", "budget : 4 000 € par mois")."""
    text, polite = head_of(low)
    m = _COPULA.match(text)
    # "penalties clause: 4 % per breach…": a clause or a contract named as the subject is the thing asked for
    return not polite and "?" not in text and bool(m) and not re.search(
        r"\b(clauses?|articles?|contrat|contract|agreement|msa|version|draft|projet)\b", m.group(0))


# a yes-or-no judgement asked of a text: acceptable, valid, usual, safe to sign
_YES_NO = re.compile(r"\b(ok|okay|fine|alright|acceptable|inacceptable|unacceptable|normal|reasonable|raisonnable|correct|"
                     r"standard|usual|habituel\w*|conforme|compliant|legal|legale|valable|valid|enforceable|fair|equitable|"
                     r"abusi\w*|dangereu\w*|risqu\w*|risky|safe|bon|bonne|good enough|sain\w*)\b[^?]{0,40}\?|"
                     r"\b(je peux|on peut|peut-on|puis-je|can (i|we)|should (i|we)|dois-je|doit-on|faut-il) (la |le |l')?"
                     r"(signer|sign|accepter|accept|laisser passer|let (it|this|that) (through|pass))\b|"
                     r"\b(ca|cela|it|that|this) (passe|tient|flies|holds|works)\b[^?]{0,20}\?|\b(is|are) (that|this|it) (ok|okay|fine|normal|"
                     r"acceptable|standard|usual|legal|valid)\b|\bc'?est (ok|bon|correct|normal|acceptable|legal|valable|"
                     r"raisonnable|standard|habituel|conforme)\b")


def yes_no_judgement(low: str) -> bool:
    """The words around a quoted text ask a yes-or-no judgement of it ("is this ok?", "c'est acceptable pour nous ?",
    "can we sign that?"), not an order ("rewrite it", "review this") nor an open opinion ("thoughts?")."""
    d = read_directive(low)
    if d is not None and not d.polite and d.family != "need":
        return False
    return bool(_YES_NO.search(low))


# a writing verb (the thing asked is a text), or a giving/making verb whose object is a new text ("fais-moi une clause…",
# "give me a fairer one"): not "make it…", "rends-la…" (a change of what is there)
_WRITES = re.compile(r"^(?:draft|redraft|write|rewrite|prepare|draw up|put together|propose|suggest|create|generate|"
                     r"redige\w*|rediger|ecri[st]|ecrire|ecrivez|reecri\w*|propose[rz]?|genere[rz]?|etabli\w*)\b")
_NEW_TEXT = re.compile(r"^(?:(?:me|us|moi|nous|m'|-moi|-nous)\s*)?(?:une?|a|an|another|une autre|un autre|"
                       r"(?:une |a )?(?:nouvelle|new))\b")


def orders_new_text(low: str) -> bool:
    """The message orders a text written ("draft a fairer liability clause", "écris-moi une version plus équilibrée",
    "fais-moi une clause plus juste", "give me a more balanced one"), whatever adjective its object carries."""
    d = read_directive(low)
    if d is None or d.family not in ("draft", "change"):
        return False
    if _WRITES.match(d.verb):
        return True
    return bool(re.match(r"(?:fai[st]|faire|faites|donne[rz]?|give|get|make|do|sors|sortez)\b", d.verb)) and \
        bool(_NEW_TEXT.match(d.rest) or re.match(r"(?:moi|nous|me|us)\b", d.verb.split()[-1]) and _NEW_TEXT.match(d.rest))


# the verb (up to three words, none of them a preposition), a determiner, up to three modifiers, the document
_ORDERED_DOCUMENT = re.compile(r"^((?:[\w'-]+\s+){0,3}?)(?:a|an|the|un|une|le|notre|our|my|mon|me un|me une|nous un|nous une)\s+"
                               r"(?:[\w'&-]+\s+){0,3}?(?:contrat|contract|agreement|msa|convention|contrat-cadre|accord-cadre)s?\b")
_ASKS_ABOUT = re.compile(r"^(?:what|which|how|why|when|where|who|is|are|does|do|should|must|quoi|quel\w*|comment|pourquoi|"
                         r"quand|ou|qui|est-ce|faut-il|dois-je|doit-on)\b")


def requests_document(low: str) -> bool:
    """A document asked for through a polite request, whatever its verb ("could you whip up a managed services contract
    for…", "can I get a support agreement for…", "tu peux me pondre un contrat pour…"): the wrapper, then within a few
    words a contract noun as the object; not a question about a contract ("could you tell me what an MSA must say?")."""
    text, polite = head_of(low)
    if not polite or _ASKS_ABOUT.match(text):
        return False
    m = _ORDERED_DOCUMENT.match(text)
    return bool(m) and not re.search(r"\b(tell|explain|say|dire|expliquer|explique|check|verifier|relire|review|read|lire|"
                                     r"look|regarder|summari[sz]e|resume[rz]?|translate|tradui\w*|send|envoie\w*|export\w*|sign|signe[rz]?|find|"
                                     r"cherche[rz]?|trouve[rz]?|compare[rz]?|analy[sz]e[rz]?|out|rid|away|of|from|about|on|sur|de|du|sortir|hors|into|in|dans)\b",
                                     m.group(1) or "")
