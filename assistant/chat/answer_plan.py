"""The shape of an offline answer (issue 15): the answer to the question asked first, then the
rule with its article, then the conditions and what to negotiate, each negotiation point
marked with the side it serves; every sentence cited.

- `question_type` reads what is asked (is it normal, enforceable, what is, how long, who must
  prove, what to write, compare, what happens if);
- `PLANS` gives, per question type, the order of the parts after the verdict;
- `card_parts` fills the plan from a reviewed answer card (its verdict is a knowledge-base
  statement, cited like any other);
- `order_statements` fills it from typed knowledge-base statements when no card answers:
  the best non-position statement opens, rules follow, then practice, and a negotiating
  position is always shown as the clause of one side, never as the law.
The same plan is handed to the model's prompt (`plan_for_prompt`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from assistant.chat.claims import need_claim_refuted
from assistant.chat.composed import cite
from assistant.chat.polar import polar_opening, question_ask
from assistant.chat.statements import narration
from assistant.chat.verdict import ASKS_LIABILITY, lead, opening_index, with_lead, words_for, write_words
from assistant.knowledge.entries import Entry, Statement
from assistant.text import fold

QTYPES = ("is_it_normal", "enforceable", "what_is", "how_long", "who_proves", "what_to_write", "compare",
          "what_happens_if")

# checked in this order: the first that matches wins
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("compare", re.compile(r"\b(vs\.?|versus|difference|diff|differences|compar\w*|distingu\w*|c'est pareil|"
                           r"meme chose|same thing|(the )?same as|identique\w*|pareil|ou bien|or a|which one|(on|je|nous) (prend|prends|"
                           r"prenons|choisit|choisis|choisissons|part sur) quoi|lequel (choisir|prendre)|laquelle (choisir|prendre)|"
                           r"which (should|do) (we|i) (pick|choose|go (with|for))|pick between|choose between|"
                           # s12: "de moyens ou de résultat ce truc ?", "means or result?": which of the two the clause is
                           r"(de )?moyens? ou (de )?resultat|means or (of )?results?)\b|\bou\b[^?]{0,60}\?.*c'est pareil|"
                           # s31: a difference asked in lay words ("is that actually different legally?", "or just wording?",
                           # "c'est juste une question de mots ?")
                           r"\b(is|are|isn.t|aren.t) (it|that|this|they|those|these)( \w+){0,2} (really |actually |any )?"
                           r"(different|differen\w+)\b|\bjust (wording|words|semantics|a (name|label|word))\b|"
                           r"\b(juste|seulement|simplement) (une question de )?(vocabulaire|mots|formulation|semantique|nom)\b|"
                           # s18: one thing offered instead of another, then "what does it change?" ("moyens renforcés au lieu
                           # d'un résultat, ça change quoi ?", "reinforced means rather than a result: what difference?")
                           r"\b(au lieu d\w*|plutot qu\w*|a la place d\w*|instead of|rather than|in place of)\b.{0,160}"
                           r"\b((ca|cela) (nous |me )?change (quoi|vraiment quoi)|qu.est-ce que (ca|cela) (nous |me )?change|"
                           r"quelles? differences?|what('s| is)? (the )?difference|what (does|would) (it|that|this) change|"
                           r"what changes)\b")),
    # "peut-on écrire dans nos CG que…", "can we put in the contract that…": is such a term valid, not what to write
    ("enforceable", re.compile(r"\b(peut-on|on peut|pouvons-nous|puis-je|je peux|a-t-on le droit de|can (we|i)|may (we|i)|"
                               r"are (we|i) allowed to|is it (ok|okay|legal|lawful) to) (mettre|ecrire|prevoir|inserer|stipuler|"
                               r"imposer|put|write|include|insert|add|stipulate|say)\b[^?]{0,80}\b(que|qu'|that)\b")),
    ("what_is", re.compile(r"\bwhat (does|do) (that|this|it|they|[a-z' ]{1,40}) (actually |really |concretely |exactly )?mean\b|"
                           r"\b(ca|cela|ce terme|ce mot) (veut|voudrait) (dire|dire quoi)\b|\bveut dire quoi\b|\bque (signifie|veut dire)\b")),
    ("who_proves", re.compile(r"\b(prouv\w*|preuve|prove\w*|proof|burden|qui doit demontrer|demontrer|"
                            r"(need|have|has) to show|must show|qui doit justifier|"
                            # s12: "faudra qu'on montre qu'on l'avait vérifié ?": showing it falls on us
                            r"(faut|faudra|faudrait)(-t)?(-il)? (qu'on|que nous|que l'on) (montre|montrions|justifie|justifiions)|"
                            r"(devra|devrons|devons|doit|devrait)(-t)?([- ](on|nous))? (montrer|justifier))\b")),
    ("how_long", re.compile(r"\b(combien de temps|quel(s|le|les)? delais?|dans quel delai|sous quel delai|en combien de "
                            r"temps|how long|how many (hours|days|months|years)|combien d'(heures|jours|mois|annees)|"
                            r"duree|how fast|how quickly|how soon|what deadline|what(?:'s| is) (?:the |our |their |my )?(?:(?!an? )\w+ )?(?:deadline|time limit)|quel est le delai|jusqu'a quand|until when|by when|"
                            r"d'ici quand|trop tard|too late|(attendre|attend|attends|attendons|wait|waiting|hold(ing)? (off|back))\b[^?.]{0,40}\b(d'etre (sur\w*|certain\w*)|"
                            r"to be (sure|certain)|until we (know|(are|re) (sure|certain))|until we'?re (sure|certain))|"
                            r"avant de (le |la |les |lui )?(prevenir|notifier|informer|alerter)|before (we )?(tell|notify|warn|inform)\w*|time-barred|prescrit\w*|how much (downtime|time)|combien d'heures)\b")),
    ("what_to_write", re.compile(r"\b("
                                 # s23: the same asked in hindsight ("qu'aurait-il fallu mettre dans le contrat ?", "what should we
                                 # have put in the contract?")
                                 r"qu'?(aurait-il|aurait-on|aurions-nous|aurait il|il aurait) fallu (mettre|prevoir|ecrire|inscrire|"
                                 r"stipuler)|(aurait|aurions|aurais) (du|fallu) (mettre|prevoir|ecrire|inscrire|stipuler)|"
                                 r"what (should|could|would) (we|i) have (put|written|included|added|asked for|negotiated)|"
                                 r"je mets quoi|on met quoi|quoi mettre|que mettre|que dois-je (mettre|ecrire|"
                                 r"ajouter|prevoir)|qu'est-ce que je dois (mettre|ecrire|ajouter|prevoir)|ajouter dans|"
                                 r"rediger|ecrire|proposer|prevoir dans|what (should|must|do) (we|i) (put|write|"
                                 r"include|add|offer|propose)|what to (put|write|include)|put in the|write in|"
                                 r"how (do|should) (we|i) (word|draft|write)|commitments do we have to put|redige\w*|"
                                 r"qu'est[- ]ce qu'il faut (mettre |prevoir |ecrire )?dans|il faut quoi dans|"
                                 r"what should (our|the|my|this|a|an|your) [a-z -]{0,50}(say|contain|include|require|cover|provide)|"
                                 # "what else does a processor contract have to contain?": its required content
                                 r"what (else )?(does|do|must|should) (a|an|the|our|my|this|your) [a-z -]{0,50}?(have to |need to |"
                                 r"got to )?(contain|include)\b|que (doit|doivent) (encore |aussi )?contenir|"
                                 r"(dois|doit|devons|doivent|faut) (mettre|ecrire|prevoir|inscrire) quoi|(on|je|j'|nous) ?(ecri[st]|ecrivons|"
                                 r"redige|redigeons) quoi|how (do|should|can) (we|i) (word|phrase|draft|write)|how to (word|phrase)|"
                                 r"comment (je |on |nous )?(redige|rediger|formule|formuler|ecri[st]|ecrire|tourne|prevoi[st]|prevoir|prevoyons|stipuler)|"
                                 r"que doit (dire|prevoir|contenir) (la|notre|ma|cette) clause|(doit|doivent|devrait) dire|should (it |they )?say|"
                                 r"what [a-z -]{0,30} should (we|i) ask for|qu'est-ce que (je|j'|on|nous) (mets|met|mettons|ecris|ecrit|ajoute|prevois)|"
                                 r"(je|on|nous) (mets|met|mettons|ecris|prevois|prevoit) quoi|what do (we|i) (put|write|include|add)|"
                                 r"what (are|am) (we|i) (supposed|meant|expected) to (ask (them|him|her|the \w+) to )?(write|put|include|say|add)|"
                                 r"what should (we|i)( \([^)]{1,30}\))? (insist|demand|ask|push) (on|for|sits?|is|be|stays?|remains?)\b|"
                                 r"quel(le)?s? [^?]{0,40}(je peux|puis-je|on peut|peut-on|nous pouvons|pouvons-nous) (mettre|prevoir|"
                                 r"ajouter|ecrire|inscrire|proposer)\b|"
                                 # the steps to put in place before starting something: "on doit faire quoi avant ?"
                                 r"(on|je|nous) (doit|dois|devons) faire quoi( [\w']+){0,3} avant|que (doit-on|devons-nous|faut-il) faire avant|"
                                 r"what do (we|i) (need|have) to ((sort out|settle|put in place|set up) (first|before)|do before)|"
                                 # s14: the safeguards to set up for a plan the other side announces ("what do we need to put in
                                 # place?", "qu'est-ce qu'on doit mettre en place ?", "il faut prévoir quoi ?")
                                 r"what (do|should|must) (we|i) (need to |have to )?(put in place|set up|require|ask for|get in writing)|"
                                 r"what (needs|has) to be (put in place|in place|set up|signed|agreed)|"
                                 r"(mettre|met|mettons|mets) en place quoi|que (doit-on|devons-nous|faut-il) (mettre en place|prevoir|exiger|faire signer)|"
                                 r"qu'est-ce qu'(on|il) (doit|faut|devrait) (mettre en place|prevoir|exiger|faire signer)|"
                                 r"(faut|faudra|faudrait)(-il)? (prevoir|mettre en place|exiger|faire signer) quoi)\b")),
    ("what_happens_if", re.compile(r"\b(que se passe|qu'est-ce qui se passe|il se passe quoi|ca se passe comment|qu'est-ce qui arrive|que devien\w*|"
                                   r"que deviendr\w*|what becomes|what would happen|what happens|what if|et si|que risque|"
                                   r"what do (we|i) risk|tombe aussi|consequences?|(on|je|nous) risque(ons)? quoi|risque(ons)?[- ](t-)?(on|je|nous) quoi|"
                                   # s25: "on risque quelque chose ?", "risque-t-on gros ?", "are we at risk?", "do we risk anything?"
                                   r"(on|je|nous) risque(ons)? (quelque chose|gros|rien|pas mal)|risque(ons)?[- ](t-)?(on|je|nous)\b|"
                                   r"(do|would|could) (we|i) risk (anything|something|much)|(are|would) (we|i) (be )?at risk|any risk (for|to) (us|me)|"
                                   r"what (are|am) (we|i) risking|what (is|are) (our|my) (risk|exposure)|quels? (sont (nos|mes) )?recours|"
                                   r"(on|nous) a (quels|quel) recours|what (can|could) (we|i) do|what are (our|my) (options|remedies)|"
                                   r"what remed(y|ies)|"
                                   # s17: liability or cover asked of a story (verdict.ASKS_LIABILITY)
                                   + ASKS_LIABILITY + "|"
                                   # s12: compensation asked after an incident: "can we make the msp pay for that?"
                                   r"(can|could) (we|i) (make|get) (them|him|her|it|the (msp|provider|supplier|vendor|contractor|"
                                   r"outsourcer)) (to )?(pay|compensate|reimburse)|(on peut|peut-on|pouvons-nous) (lui |leur |le |les )?"
                                   r"faire (payer|rembourser))\b")),
    ("enforceable", re.compile(r"\b(valable|valide|licite|illicite|legal\w*|enforceable|valid|lawful|unlawful|"
                               r"allowed|autorise\w*|interdit\w*|tient juridiquement|a le droit|a-t-il le droit|"
                               r"peut-(il|elle|on)|puis-je|je peux|can (it|he|they|we|i|the|our|my|a)|may (it|we|i|"
                               r"the)|do we have to|dois-je|doit-il|sommes-nous obliges|must (we|i|it)|(il|elle|on|ils|elles) (peut|peuvent)|"
                               r"bind(s|ing)? (us|me|the client|the customer)|(are|is) (we|i|they|it|the client) (really |still |actually )?bound|"
                               r"bound by (it|that|this|the clause)|(sommes|sont)[- ](nous|ils) tenus|(on|je) (est|suis) (tenu|oblige)s?|"
                               r"(is|are) (it|that|this|they) binding|opposable\w*|(nous|me) lie|nous engage|"
                               r"(is|that'?s) (that |it )?(really )?how it works|c'est (vraiment )?comme ca que ca marche|ca marche (vraiment )?comme ca|"
                               r"ca passe|ca tient|obligatoire\w*|"
                               # s18: a clause quoted, then "does that hold (up)?", "would that stand?", "is that even legal"
                               r"(does|would|will|can|could) (that|this|it|such a|the)( (clause|term|exclusion|cap|limitation))? "
                               r"(really |actually |even |still )?(hold|stand|stick|survive)( up)?(?= ?[?!.]|$| in (court|france|law|front)| legally)|"
                               r"(does|would|will|can|could) (the|that|this|such a|their|our) (liability )?(cap|limitation|exclusion|clause|"
                               r"limit|waiver)s? (really |actually |even |still )?(apply|work|count)\b|"
                               r"required by law|by law|mandatory|le droit|impose(e|es|s)?(?= ?\?)|"
                               r"exige(e|es|s)? par la loi|a legal requirement|legally required|"
                               # "something a contract clause can remove?", "une clause peut-elle l'écarter ?": can a term set a rule aside
                               r"(clause|term|contract|contrat|stipulation)s? (can|could|may|peut|pourrait|peuvent)(-elle|-il)? "
                               r"(\w+ )?(remove|exclude|waive|override|rule out|set aside|switch off|supprimer|ecarter|exclure|neutraliser|ecarte\w*)|"
                               # s12: "il a raison ou il joue la montre ?": whether the other side's claim holds
                               r"(il|elle|ils|elles) (a|ont) (bien |vraiment |pas )?(raison|tort)|qui a raison|"
                               # s15: the same asked in English, and whether a practice is in order ("c'est régulier ?",
                               # "is that compliant?", "are they allowed?"): a yes/no on the law, not a request
                               r"(is|are) (he|she|they|it|that|this|the \w+) (really |actually |even )?(right|correct|wrong)(?! or\b)|"
                               r"(is|are) (he|she|they) (really |actually )?(telling the truth|correct about)|"
                               r"(c'est|est-ce|est-ce que c'est|c'etait|ce serait) (bien |vraiment |tout a fait )?(regulier|irregulier|"
                               r"conforme|en regle|dans les regles)|(is|was) (that|it|this) (even |really |actually )?"
                               r"(compliant|in order|above board|permitted|legit)|"
                               # s15b: whether something may be done at all ("c'est possible niveau rgpd ?", "est-ce
                               # faisable légalement ?", "is that even possible under GDPR?", "is this doable?")
                               r"(c'est|est-ce|est-ce que c'est|ce serait|ca serait|ca reste) (bien |vraiment |seulement |juridiquement |"
                               r"legalement )?(possible|faisable|jouable|permis)|(is|would) (that|it|this) (be )?(even |really |legally )?"
                               r"(possible|doable|feasible|permissible|an option)\b(?! (to|for|that)\b)|"
                               # s15b: whether the user is held to a term ("on est coincés avec ça ?", "on doit l'accepter ?",
                               # "are we stuck with it?", "do we have to live with that?", "can they hold us to it?") and whether
                               # a situation is a legal problem ("ça pose problème ?", "is that a problem?")
                               r"(on est|sommes-nous|nous sommes|je suis|suis-je) (vraiment |donc )?(coince|coinces|bloque|bloques|pieges?) (avec|par) "
                               r"(ca|cela|cette clause|ce plafond|cette limite|ce texte)|"
                               r"(on|je|nous) (doit|dois|devons) (vraiment |forcement )?(l'|les |le |la )?(accepter|subir)|"
                               r"(are|am) (we|i) (really |just )?(stuck|locked in|trapped) (with|by) (it|that|this|them|the (clause|cap|term|limit))|(do|must) (we|i) (really |just )?(have to )?"
                               r"(accept|live with|swallow|put up with) (it|that|this|them)|(can|could) (they|he|she|it|the \w+) (really )?hold "
                               r"(us|me) to (it|that|this)|(ca|cela|est-ce que ca) (pose|posera|poserait) (un )?(probleme|souci)|"
                               r"(c'est|est-ce) (un )?(probleme|souci)(?= ?\?)|(is|would) (that|it|this) (be )?(a )?(problem|issue)(?= ?\?))\b")),
    # s12: "standard (contractual) clauses", "standard terms" name an instrument, they do not ask whether it is usual
    ("is_it_normal", re.compile(r"\b(normal|courant|habituel|usuel|standard(?! (contractual |data protection )?(clauses?|terms|"
                                r"form|conditions))|classique|raisonnable|acceptable|"
                                r"usual|common|typical|reasonable|market practice|ca se fait|c'est ok|is that ok|"
                                # s14: whether a term is fair to the user: "fair?", "c'est équitable ?", "un peu abusif non ?"
                                r"(is|was) (that|it|this) (really |even )?fair|fair(?= ?\?)|unfair|one-sided|lopsided|equitable|inequitable|"
                                r"(c'est|est-ce) (bien |vraiment )?juste(?= ?\?)|abusi\w*|desequilibre\w*|"
                                # s15b: the casual "is this clause alright?" ("ca va ?", "ca vous parait bien ?", "is that
                                # alright/fine?", "are we good with that?"): whether a term is acceptable as written
                                r"(ca|cela|ca nous|c'est) (va|ira|te va|vous va|vous parait (bien|correct|ok)|te parait (bien|correct|ok))"
                                r"(?= ?\?)|c'est (bon|correct|ok|acceptable)(?= ?\?)|(is|does) (that|it|this) (look |sound )?"
                                r"(alright|all right|fine|ok|okay|good)(?= ?\?)|are we (good|fine|ok|okay)( with (that|this|it))?(?= ?\?))\b")),
    ("what_is", re.compile(r"\b(c'est quoi|c koi|qu'est-ce|quel article|quels articles|que (dit|prevoit)|"
                           r"what is|what's|what are|which article|define|definition|designe|veut dire|means?|"
                           r"reste-t-(il|elle)|is (that|it) (a|an)|ou pas(?= ?\?))\b")),
]


def question_type(question: str) -> str | None:
    """The question type (see QTYPES) its words show, or None. A question told as a story is read by its own
    sentence first ("… on nous a comparé deux offres. on peut résilier ?" asks whether it may, not a comparison),
    the whole message when that sentence shows no kind."""
    if _TERM_MAXIMUM_ASKED.search(fold(question)) and _type_of(question) in (None, "enforceable", "what_is", "how_long"):
        # s30: a payment term told in days and its legal maximum asked ("paie à 90 jours… c'est quoi le délai maximum ?",
        # "pays at 90 days. what's the legal maximum?"): a duration asked, answered by the ceiling in days
        return "how_long"
    story = narration(question)
    if story is not None:
        own = _type_of(story.ask)
        if own == "what_to_write" and _judged_first(story.parts, story.ask):
            # s20: "… c'est normal ? on peut proposer autre chose ?": the judgement asked first leads, what to offer follows
            return _judged_first(story.parts, story.ask)
        if own is not None:
            return own
    found = _type_of(question)
    if found == "what_to_write" and _WHOSE_DUTY.search(fold(question)):
        # s19: "la clinique nous demande de rédiger l'AIPD, c'est vraiment à nous ?": the writing is what the other side asks
        # of us; the user asks whose duty it is, not what to write
        return None
    return found


def _judged_first(parts, ask: str) -> str | None:
    """The kind of judgement ("normal ?", "c'est légal ?", "is that allowed?") a question asked just before the last ask
    calls for, when that question is a short one of its own; None otherwise."""
    parts = [p.strip() for p in parts]
    try:
        i = max(k for k, p in enumerate(parts) if p and p in ask)
    except ValueError:
        return None
    first = next((k for k, p in enumerate(parts) if p and p in ask), i)
    if first == 0:
        return None
    before = parts[first - 1]
    if not before.endswith("?") or len(before.split()) > 8:
        return None
    kind = _type_of(before)
    return kind if kind in ("is_it_normal", "enforceable") else None


# s30: a payment term in days told or named, and its maximum asked
_TERM_MAXIMUM_ASKED = re.compile(
    r"(?s)^(?=.*\b(\d+ ?(jours|days|j)\b|delais? de (paiement|reglement)|payment (term|terms|period|deadline)s?))"
    r"(?=.*\b(pa(y|ie|ye|yer|ier|ys|id)|regl\w*|settl\w*|factur\w*|invoices?|paiements?|payments?)\b)"
    r"(?=.*\b(c'?est quoi|quel(le)? est|what'?s|what is|combien)\b[^?.]{0,30}\b(maximum|max|plafond|limite|"
    r"legal\w* (max\w*|limit\w*|cap|ceiling)|cap|ceiling|limit))")


# whose duty something is, asked ("c'est à nous de le faire ?", "is that on us?", "is it our job?")
_WHOSE_DUTY = re.compile(r"\b(c'?est (vraiment |bien |forcement )?(a nous|a moi|a lui|a eux|au (client|prestataire|presta|msp|"
                         r"sous-traitant))( de (le |la |les )?(faire|realiser|rediger|ecrire|signer|porter))?|"
                         r"(is|isn't) (that|it|this) (really )?(on us|on me|our (job|duty|responsibility|role)|up to us)|"
                         r"(are|must) we (really )?the ones (to|who))\b")


def _type_of(text: str) -> str | None:
    low = fold(text)
    for qtype, pattern in _PATTERNS:
        if pattern.search(low):
            return qtype
    return None


# the parts after the verdict, per question type
PLANS: dict[str, tuple[str, ...]] = {
    "is_it_normal": ("rule", "conditions", "negotiation"),
    "enforceable": ("rule", "conditions", "negotiation"),
    "what_is": ("rule", "conditions", "negotiation"),
    "how_long": ("rule", "conditions", "negotiation"),
    "who_proves": ("rule", "conditions", "negotiation"),
    "what_to_write": ("negotiation", "rule", "conditions"),
    "compare": ("rule", "conditions", "negotiation"),
    "what_happens_if": ("rule", "conditions", "negotiation"),
}
DEFAULT_PLAN = ("rule", "conditions", "negotiation")

SIDE_LABEL = {
    "fr": {"client": "Côté client", "msp": "Côté prestataire", "balanced": "Position équilibrée"},
    "en": {"client": "Client side", "msp": "Provider side", "balanced": "Balanced position"},
}
CLAUSE_LABEL = {
    "fr": {"client": "Une clause côté client peut prévoir", "msp": "Une clause côté prestataire peut prévoir",
           "balanced": "Une clause équilibrée peut prévoir"},
    "en": {"client": "A client-side clause may say", "msp": "A provider-side clause may say",
           "balanced": "A balanced clause may say"},
}
# a sentence that already says whose view it is ("Côté client, …", "Provider side: …")
_NAMES_SIDE = re.compile(r"\b(cote (client|prestataire|msp)|(client|provider|msp)[- ]side|position (client|prestataire|"
                         r"equilibree)|balanced position|(une|la) clause (cote|equilibree)|(a|the) (client|provider)-side "
                         r"clause)\b")


def labelled(label: str, text: str, lang: str) -> str:
    sep = " : " if lang == "fr" else ": "
    body = text.strip()
    if fold(body).startswith(fold(label)):
        return body
    return f"{label}{sep}{body[:1].lower() + body[1:] if body[:2] != body[:2].upper() else body}"


def side_order(side: str | None) -> list[str]:
    """The user's side first, then the balanced position, then the other side."""
    if side == "msp":
        return ["msp", "balanced", "client"]
    if side == "client":
        return ["client", "balanced", "msp"]
    return ["balanced", "client", "msp"]


@dataclass
class PlannedAnswer:
    """The parts of one answer, in order, each a cited line."""

    qtype: str | None
    verdict: list[str] = field(default_factory=list)
    parts: dict[str, list[str]] = field(default_factory=dict)

    def lines(self) -> list[str]:
        order = PLANS.get(self.qtype or "", DEFAULT_PLAN)
        out = list(self.verdict)
        for name in order:
            out += self.parts.get(name, [])
        for name, lines in self.parts.items():
            if name not in order:
                out += lines
        return out


# a question asking "who / what / how long / how much…" rather than "is it…? / can we…?"
_WH = re.compile(r"\b(qui|quoi|koi|combien|quel|quelle|quels|quelles|comment|pourquoi|what|who|whom|whose|how|which|"
                 r"why|where)\b")
_YES_NO_START = re.compile(r"^\W*(is|are|can|could|does|do|did|may|might|must|should|shall|will|would|est-ce qu|"
                           r"peut|puis|dois|doit|faut-il|ai-je|a-t-il|a-t-on|"
                           r"(on|il|elle|ils|elles|je|nous|vous) (peut|peux|peuvent|pouvons|pouvez|doit|dois|doivent|"
                           r"devons|devez|a le droit|ont le droit)|"
                           # s36: "on est obligés de…", "il est tenu de…", "je suis en droit de…"
                           r"(on|il|elle|ils|elles|je|nous|vous) (est|sont|suis|sommes|etes) (obliges?|obligees?|tenus?|tenues?|"
                           r"contraints?|en droit|autorises?))\b")
# "reste-t-il…?", "peut-on…?": a French yes/no question even with a relative "qui" in it
_INVERSION = re.compile(r"\w-(t-)?(il|elle|on|ils|elles)\b")
# a verdict that opens with a bare "yes" ("Oui, si…", "Souvent, oui, …", "Yes:")
_YES_LEAD = re.compile(r"^\s*((en general|souvent|en principe|generally|often|in principle),?\s+)?(oui|yes)\b\s*[,:;]?\s*",
                       re.I)
_TIME_FIGURE = re.compile(r"\d+ ?(h\b|heures?|hours?|jours?|days?|mois|months?|ans?\b|years?|semaines?|weeks?)")


# the question asks where the law says it: "quel article du Code civil…", "which article lets…", "what is the legal basis",
# "sur quel fondement", "quel texte impose…" (a governing-law question, "quelle loi s'applique ?", is another one)
_ASKS_ARTICLE = re.compile(r"\b(quel(le)?s? (articles?|textes?|dispositions?|fondements?( (legal|juridique)s?)?|bases? (legale|juridique)s?)|"
                           r"(which|what) (articles?|provisions?|sections?|statutes?|legal (basis|ground|provision)s?)|"
                           r"sur quel(le)? (fondement|base|texte)|on what (legal )?(basis|grounds?)|"
                           r"(what|where) (is|'s) the legal basis|(which|what) (part|article) of the (gdpr|code|law)|"
                           r"(c'est|c.est) (ecrit|prevu) (ou|dans quel)|where (in the law|does the law say|is (it|that) written))\b")


_NAMES_ARTICLE = re.compile(r"\b(art(icle)?s?\.?\s*[LRD]?\.?\s?\d)", re.I)


def asks_article(question: str | None) -> bool:
    """Does the question ask which article (text, provision, legal basis) says something? The rule with its article answers."""
    if not question:
        return False
    story = narration(question)
    return bool(_ASKS_ARTICLE.search(fold(story.ask if story else question)))


def asks_yes_no(question: str) -> bool:
    """Is the question answered by yes or no ("c'est valable ?", "can we…?") rather than by a who,
    a what or a how long ("qui paie l'audit ?", "how long should it last?")?"""
    low = fold(question)
    if _WH.search(" ".join(low.split()[:2])):
        return False  # "combien de temps peut-on…", "who pays…"
    # s29: a story then a short yes/no ask ("a member of the club whose data we host is suing us. can they?"): the ask
    # decides, whatever relative "whose" or "where" the story holds
    asks = [s.strip() for s in re.split(r"[.!?;]+", low) if s.strip()]
    if len(asks) > 1 and _YES_NO_START.search(asks[-1]) and not _WH.search(asks[-1]):
        return True
    # s33: the ask followed by a remark ("… c'est legit ? on la connait meme pas", "legit? never heard of them"): the last
    # sentence put as a question decides, a short one with no who / what / how in it being a yes/no one
    asked_q = [s.strip() for s in re.findall(r"[^.!?;]+\?", low) if s.strip()]
    if asked_q and asks and asked_q[-1].rstrip(" ?") != asks[-1] and \
            len(asked_q[-1].split()) <= 8 and not _WH.search(asked_q[-1]):
        return True
    # s33: the same after a comma ("le client envoie un auditeur qui bosse chez un concurrent, on peut refuser ?")
    clause = asks[-1].rsplit(",", 1)[-1].strip() if asks else ""
    if clause and clause != (asks[-1] if asks else "") and _YES_NO_START.search(clause) and not _WH.search(clause):
        return True
    return not _WH.search(low) or bool(_YES_NO_START.search(low) or _INVERSION.search(low))


# s30: whose duty it is, asked between the asker and the other party — "c'est à nous ou au client de … ?", "on est obligés de
# … nous-mêmes ?", "elle est pour nous ou pour notre client ?", "do we have to … ourselves, or is that the client's job?",
# "is it on us or on our customer to …?": a duty asked, not a permission ("may the provider do it for us?")
_PARTY = (r"(client|cliente|responsable( du traitement)?|prestataire|presta|msp|infogereu?r|infogerant|sous-traitant|hebergeur|"
          r"customer|controller|provider|processor|vendor|supplier)")
_DUTY_BETWEEN = re.compile(
    r"\b((c'est|est-ce|c.est) a (nous|moi|eux|lui)\b[^?]{0,80}\bou (a|au|aux|pour) |"
    r"(pour|a) (nous|moi) ou (pour |a |au )(le |la |notre |nos |leur |mon |ma )?" + _PARTY + r"|"
    r"(on est|sommes-nous|est-on|nous sommes|suis-je|je suis) (obliges?|tenus?|contraints?)( \w+){0,2} (de|d')[^?]{0,60}"
    r"\b(nous-memes|moi-meme|nous memes|directement|a (sa|leur) place)|"
    r"(doit-on|devons-nous|faut-il|on doit|nous devons)\b[^?]{0,60}\b(nous-memes|nous memes|moi-meme)|"
    r"on (us|me) or (on )?(the |our |my |them|their )" + _PARTY + r"?|"
    r"(do|must|should) (we|i) (have to|need to|really have to)?[^?]{0,80}\b(ourselves|myself)\b|"
    r"(are|am) (we|i) (required|obliged|bound|supposed) to[^?]{0,80}\b(ourselves|myself)\b|"
    r"\b(ourselves|myself),? or (is|it'?s|is it) (that |this |it )?(the |our |my )" + _PARTY + r"|"
    r"(the |our |my )" + _PARTY + r"'?s? (job|duty|responsibility) or (ours|mine)|"
    r"(us|we) or (the |our |my )" + _PARTY + r" (who|that) (has to|must|should|needs to))")


def duty_between_parties_asked(question: str) -> bool:
    """Does the question ask whose duty something is, the asker's or the other party's ("must we notify ourselves, or
    is it the client's?") — a duty asked, answered by the rule that says who is bound, never by a card's "yes" to
    "may it be done for us"?"""
    return bool(_DUTY_BETWEEN.search(fold(question)))


def without_yes(verdict: str, lang: str) -> str:
    """The verdict without a leading bare "yes" (kept when nothing follows it)."""
    low = fold(verdict)
    m = _YES_LEAD.match(low)
    if not m or len(verdict) - m.end() < 20 or re.match(r"(mais|but)\b", low[m.end():]):
        return verdict  # "Oui, mais seulement…" reads wrong without its "oui"
    rest = verdict[m.end():].lstrip()
    return rest[:1].upper() + rest[1:]


# the question doubts what the other side does or claims: "can they really…?", "il peut vraiment… ?", "on doit quand même… ?"
_DOUBT = re.compile(r"\b(vraiment|reellement|really|actually|seriously|truly|quand meme|even so|anyway|all the same)\b")
# a verdict that says yes only under a condition: "Oui, si…", "Yes, under conditions:", "Oui, à condition que…"
_CONDITIONAL_YES = re.compile(r"^\s*(oui|yes)\s*,?\s*(?=(si|if|sous (certaines )?conditions?|under (certain )?conditions?|a condition|"
                              r"provided|only if|seulement si|uniquement si)\b)", re.I)


def doubts(question: str) -> bool:
    """The question asked (its last sentence) doubts that something holds ("can they really cut us off?")."""
    low = fold(question).rstrip()
    end = low.rfind("?")
    body = low[:end] if end >= 0 else low
    cut = max(body.rfind(". "), body.rfind("? "), body.rfind("! "), body.rfind("\n"))
    return bool(_DOUBT.search(body[cut + 1:]))


def only_under_conditions(verdict: str, lang: str) -> str:
    """A conditional yes turned into the answer to a doubting question: "Yes, if X" → "Not necessarily: only if X"
    (prompts/verdict.yaml). Any other verdict is kept."""
    m = _CONDITIONAL_YES.match(fold(verdict))
    if not m or re.search(r"\b(non|no) (si|s.il|s.ils|if|when|where)\b", fold(verdict)):
        return verdict  # "oui si…, non si…": both branches are there, the user's facts decide
    rest = verdict[m.end():].lstrip()
    only = "seulement" if lang == "fr" else "only"
    return with_lead(words_for("not_necessarily", lang), f"{only} {rest[:1].lower()}{rest[1:]}", lang)


# the ask is whether the user escapes a duty: "on est dispensés non ?", "are we exempt?", "we don't have to, right?"
_EXEMPTION = re.compile(r"\b(dispense\w*|exempt\w*|exonere\w*|affranchi\w*|(pas|plus) (obliges?|tenus?|concernes?|soumis)|"
                        r"echappe\w* a|not (required|obliged|bound|concerned|subject)|(don.t|do not|doesn.t|does not) (have|need) to|"
                        r"off the hook|excused from|(sommes|serions|est|etes)[- ](nous|on|vous)? ?(hors|en dehors) (du )?champ)\b")


def asks_exemption(question: str) -> bool:
    """Does the question's own sentence ask whether the user is exempt from a duty?"""
    story = narration(question)
    # s33: the same asked in casual words ("on est tranquilles ?", "we're in the clear, right?"): polar.question_ask
    return bool(_EXEMPTION.search(fold(story.ask if story else question))) or question_ask(question) == "exempt"


def duty_holds(verdict: str, lang: str) -> str:
    """A card's plain "yes, the duty applies" turned into the answer to "are we exempt?": "Non : …" (the yes of a
    condition, "Oui, si…", is kept: the user's facts decide)."""
    low = fold(verdict)
    m = _YES_LEAD.match(low)
    if not m or _CONDITIONAL_YES.match(low) or len(verdict) - m.end() < 20:
        return verdict
    return with_lead(words_for("no_exemption", lang), verdict[m.end():].lstrip(), lang)


# the other side claims the proof is on the user: "il dit que c'est à nous de prouver…", "they say we have to show…"
_BURDEN_ON_US = re.compile(r"\b(dit|disent|pretend\w*|soutien\w*|affirme\w*|explique\w*|repond\w*|ecrit|says?|said|claims?|"
                           r"insists?|argues?|tells? us|told us|reckons?)\b[^.?!]{0,40}\b(c.est a (nous|moi)|a nous de|(on|nous) "
                           r"(doit|devons|devrait|devrions|devra|devrons)|we (have|need|must|would have|.d have) to|(it.s|it is) (on|for|up "
                           r"to) us|the burden is on us|la charge (de la preuve )?(est|serait|repose) (sur nous|pour nous))\b[^.?!]{0,40}"
                           r"\b(prouv\w*|preuve|demontr\w*|justifi\w*|prove\w*|proof|show\w*|demonstrat\w*|evidence)")
# ... and asks whether that holds
_HOLDS = re.compile(r"\b(c.est vrai|vrai|il a raison|ils ont raison|elle a raison|c.est exact|vraiment|is (that|it|he|she|this) "
                    r"(true|right|correct|so)|are they right|is he right|really|true)\b")
# a card's verdict putting the proof on the professional: "C'est au prestataire de prouver…", "The provider must prove…"
_ON_THE_PROVIDER = re.compile(r"^\W*(c.est (au|a l.) ?(prestataire|professionnel|msp|infogerant|fournisseur|sous-traitant)|"
                              r"il (appartient|incombe|revient) (au|a l.) ?(prestataire|professionnel|msp|infogerant)|"
                              r"(it is|it.s) (for|up to|on) the (provider|professional|msp|supplier|vendor|processor)|"
                              r"the (provider|professional|msp|supplier|vendor|processor)\b[^.;:]{0,30}\b(must|has to|bears)\b[^.;:]{0,30}"
                              r"\b(prove|proof|show|evidence))")


# s15: a verdict whose head judges the market ("C'est fréquent…, mais pas anodin : …", "Common in providers' terms, but…:")
# answers "is it normal?"; asked "can we still claim…?", the head is no answer, and the rest decides: a limit or a condition
# in it makes the answer "it depends"
_PRACTICE_HEAD = re.compile(r"^\W*(c.est |it is |it.s )?(tres |assez |very |quite |fairly )?(frequent\w*|courant\w*|usuel\w*|"
                            r"habituel\w*|classique\w*|common\w*|usual\w*|typical\w*|standard|repandu\w*|widespread)\b")
_LIMITED = re.compile(r"\b(seulement|uniquement|que dans|ne \w+ que|sauf|a condition|si|only|unless|provided|if|within the "
                      r"limits?|dans (les|la) limites?|subject to|depend\w*)\b")


def practice_head_dropped(verdict: str, lang: str) -> str:
    """The verdict without its market-practice head when the rest limits or conditions what it says, led by "it depends";
    any other verdict is kept."""
    low = fold(verdict)
    colon = low.find(":")
    if colon < 0 or not _PRACTICE_HEAD.match(low[:colon]):
        return verdict
    rest = verdict[colon + 1:].strip()
    if len(rest) < 20 or not _LIMITED.search(fold(rest)):
        return verdict
    return with_lead(words_for("depends", lang), rest, lang)


def _without_lead(verdict: str) -> str:
    """The verdict without its own leading bare yes or no ("Oui, …", "No: …")."""
    m = re.match(r"^\s*(oui|non|yes|no)\b\s*[,:;.]?\s*", fold(verdict))
    if not m or len(verdict) - m.end() < 20:
        return verdict
    rest = verdict[m.end():].lstrip()
    return rest[:1].upper() + rest[1:]


def burden_claim_refuted(question: str, verdict: str) -> bool:
    """The question reports the other side's claim that the user must prove something and asks whether it holds, and
    the card's verdict puts that proof on the professional: the answer to "is that true?" is no."""
    low = fold(question)
    story = narration(question)
    return bool(_BURDEN_ON_US.search(low) and _HOLDS.search(fold(story.ask if story else question))
                and _ON_THE_PROVIDER.search(fold(verdict)))


# s21: a verdict that opens on its condition alone ("Seulement si la pénalité est certaine…", "Only if the event…"): asked
# yes or no, the condition is no answer yet; "not necessarily" is, and the condition follows it
_ONLY_IF = re.compile(r"^\W*(seulement|uniquement|only) (si|s.il|s.ils|if|when|where|en cas|lorsque|quand)\b")


def only_if_answered(verdict: str, lang: str) -> str:
    """"Only if X" asked as a yes/no → "Not necessarily: only if X" (prompts/verdict.yaml); any other verdict is kept."""
    if not _ONLY_IF.match(fold(verdict)):
        return verdict
    return with_lead(words_for("not_necessarily", lang), verdict, lang)


def card_opening(card: Entry, question: str | None, qtype: str | None, lang: str, *, polar: bool = True) -> list[str]:
    """The card's answer to the question as asked: its verdict; for a who / what / how-long question
    without the bare "yes" meant for "is it…?"; and when a duration is asked of a card written for
    another kind of question, the condition giving the duration first."""
    verdict = card.verdict or ""
    if not question or not verdict:
        return [verdict] if verdict else []
    if not asks_yes_no(question):
        verdict = without_yes(verdict, lang)
    elif doubts(question):
        verdict = only_if_answered(only_under_conditions(verdict, lang), lang)
    elif asks_exemption(question):
        verdict = duty_holds(verdict, lang)
    else:
        verdict = only_if_answered(verdict, lang)
    # s33: the polar word the card's stance and the question's ask both support ("Non, pas librement : …", "It depends, and
    # it is risky: …", "Yes, there are rules to follow: …" for "any catch?" asked of a permission card's no)
    # (not when a condition of the card opens before the verdict: that condition is the answer, polar: False)
    if polar:
        verdict = polar_opening(verdict, question, getattr(card, "title", None), lang, yes_no=asks_yes_no(question))
    if qtype in ("enforceable", "what_happens_if") and card.question_type == "is_it_normal":
        verdict = practice_head_dropped(verdict, lang)
    if burden_claim_refuted(question, verdict):  # "il dit que c'est à nous de prouver… c'est vrai ?" reads as a who-question
        verdict = with_lead(words_for("no", lang), verdict, lang)
    elif need_claim_refuted(question, verdict):
        # "their sales guy says a DPA isn't needed, is he right?" answered by "Yes, it is a compliance failure: … is
        # mandatory": the card's yes answers its own question; to the claim, the answer is no
        verdict = with_lead(words_for("claim_wrong", lang), _without_lead(verdict), lang)
    out = [verdict]
    if qtype == "how_long" and card.question_type != "how_long" and not _TIME_FIGURE.search(fold(verdict)):
        timed = next((c for c in card.conditions if _TIME_FIGURE.search(fold(c))), None)
        if timed:
            out.insert(0, timed)
    return out


def card_parts(card: Entry, ref: int, *, lang: str, side: str | None, qtype: str | None,
               question: str | None = None, lead: str | None = None) -> PlannedAnswer:
    """A card's verdict, rule, conditions and side-marked negotiation points, each cited [ref]; `lead`,
    a condition of the card that answers the question asked more directly, opens before the verdict. Asked which
    article says something, the card's rule (the law with its article) is the answer and opens; the card's verdict
    follows without a bare yes or no of its own."""
    plan = PlannedAnswer(qtype or card.question_type)
    if qtype == "what_to_write" and card.question_type != "what_to_write" and card.negotiation:
        return _card_as_what_to_write(card, ref, lang=lang, side=side)
    opening = card_opening(card, question, qtype, lang, polar=not lead)
    if lead and lead not in opening:
        opening.insert(0, lead)
    # (a verdict that names its article already, "C'est l'article 1231-1…", answers as it is)
    article_first = bool(question and card.rule and card.rule.cites and asks_article(question)
                         and not _NAMES_ARTICLE.search(card.verdict or ""))
    # s30: whose duty it is asked ("must we notify the CNIL ourselves, or is it the client's?") of a card whose verdict opens
    # on a yes meant for "may it be done for us?": the rule, which says who is bound, opens; the verdict follows without
    # its yes (a yes to "must we…?" would say the opposite of the rule)
    duty_first = bool(question and card.rule and not article_first and duty_between_parties_asked(question)
                      and _YES_LEAD.match(fold(card.verdict or "")))
    if article_first or duty_first:
        opening = [card.rule.text] + [_without_lead(v) for v in opening]
    for line in opening:
        plan.verdict.append(cite(line, ref))
    if card.rule and not (article_first or duty_first):
        plan.parts["rule"] = [cite(card.rule.text, ref)]
    plan.parts["conditions"] = [cite(c, ref) for c in card.conditions if c not in opening]
    negs: list[str] = []
    for s in side_order(side):
        for n in card.negotiation:
            if n.side == s:
                negs.append(cite(labelled(SIDE_LABEL[lang][s], n.text, lang), ref))
    plan.parts["negotiation"] = negs
    return plan


def _card_as_what_to_write(card: Entry, ref: int, *, lang: str, side: str | None) -> PlannedAnswer:
    """A card written for another kind of question ("is a cyber-attack force majeure?") asked "what do we
    write?": the point the user's side negotiates opens, as what to write; the rule follows, then the
    card's verdict and conditions (what the clause must reckon with), then the other sides' points."""
    by_side = {n.side: n for n in card.negotiation}
    mine = next((by_side[s] for s in side_order(side) if s in by_side), card.negotiation[0])
    words = write_words(mine.side or "balanced", lang)
    plan = PlannedAnswer("what_to_write")
    plan.verdict.append(cite(with_lead(words, _without_side_label(mine.text), lang), ref))
    if card.rule:
        plan.parts["rule"] = [cite(card.rule.text, ref)]
    plan.parts["conditions"] = [cite(c, ref) for c in ([card.verdict] if card.verdict else []) + list(card.conditions)]
    plan.parts["negotiation"] = [cite(labelled(SIDE_LABEL[lang][s], by_side[s].text, lang), ref)
                                 for s in side_order(side) if s in by_side and by_side[s] is not mine]
    return plan


def position_line(statement: Statement, sentence: str, lang: str) -> str:
    """A negotiating position shown as what one side's clause says, never as the law."""
    side = statement.side or "balanced"
    if _NAMES_SIDE.search(fold(sentence)[:80]):
        return sentence
    return labelled(CLAUSE_LABEL[lang][side], sentence, lang)


def order_statements(items: Sequence[tuple[object, str, float, Statement]], lang: str, *,
                     question: str | None = None, side: str | None = None) -> list[tuple[object, str]]:
    """(result, sentence, score, typed statement) → (result, sentence to show) in plan order: the
    statement that answers the question opens (verdict.opening_index: a rule for a legal question,
    the user's side's position for "what should we write?"; else the best statement that is not a
    position), with the words that make it a verdict when the statement carries them
    (verdict.lead); then rules, practice and examples, then positions labelled with their side.
    An example never opens while a rule or practice statement is there."""
    if not items:
        return []
    qtype = question_type(question) if question else None
    ranked = sorted(items, key=lambda t: -t[2])
    chosen = opening_index(qtype, items, side=side, article=asks_article(question))
    # an example illustrates, it never answers: the opening is the best rule or practice statement
    opening = items[chosen] if chosen is not None else (
        next((t for t in ranked if t[3].type not in ("position", "example") and not _ILLUSTRATES.match(fold(t[1]))), None)
        or next((t for t in ranked if t[3].type != "position"), None))
    rest = [t for t in items if t is not opening]
    order = {"rule": 0, "practice": 1, "example": 2, "position": 3}
    rest.sort(key=lambda t: order.get(t[3].type, 1))
    out = []
    if opening is not None:
        r, s, _score, st = opening
        words = lead(qtype, question, st, lang=lang, yes_no=asks_yes_no(question), side=side) if question else None
        if words:
            s = with_lead(words, _without_side_label(s) if st.type == "position" else s, lang)
        elif st.type == "position":
            s = position_line(st, s, lang)
        out.append((r, s))
    for r, s, _score, st in rest:
        out.append((r, position_line(st, s, lang) if st.type == "position" else s))
    return out


_SIDE_LABEL_START = re.compile(r"^\s*(c[oô]t[ée] (client|prestataire|msp)|(client|provider|msp)[- ]side|on the (client|provider|msp) "
                               r"side|position (client|prestataire|[ée]quilibr[ée]e)|balanced position)\s*[:,]\s*", re.I)


# a sentence that gives an example ("Exemple : …", "For example, …"): it illustrates, it does not answer
_ILLUSTRATES = re.compile(r"^\W*(exemple|example|par exemple|for example|for instance|formule courante|exemple courant|"
                          r"common wording|typical wording)\b")


def _without_side_label(sentence: str) -> str:
    """A position sentence without its own side label ("Côté client : demander…" → "demander…")."""
    return _SIDE_LABEL_START.sub("", sentence, count=1)


def plan_for_prompt(question: str, card: Entry | None = None) -> dict:
    """What the model's prompt is told about the answer's shape (prompts/answer.yaml)."""
    qtype = question_type(question) or (card.question_type if card else None)
    order = ["verdict", *PLANS.get(qtype or "", DEFAULT_PLAN)]
    if asks_article(question):  # "which article…?": the rule with its article is the answer and opens, as offline
        order = ["rule", *[p for p in order if p != "rule"]]
    return {"qtype": (qtype or "general").replace("_", " "), "order": order}


# -- the model's prompt: the same plan and typed sources ------------------------------------------
_TYPE_LABEL = {"rule": "rule of law", "practice": "market practice", "example": "example",
               "verdict": "reviewed verdict", "condition": "condition"}
MAX_TYPED = 6


def _kb_entries() -> dict[str, Entry]:
    import os
    from pathlib import Path

    from assistant.knowledge.entries import load_entries
    from assistant.knowledge.taxonomy import KB_DIR

    kb = Path(os.environ.get("CLAUSIER_KB_DIR") or KB_DIR)
    try:
        return {e.id: e for e in load_entries(kb)}
    except Exception:  # noqa: BLE001 - a broken custom KB must not break the prompt: no typing then
        return {}


def statement_label(type_: str, side: str | None) -> str:
    if type_ == "position":
        return f"negotiating position, {side or 'balanced'} side (not law)"
    return _TYPE_LABEL.get(type_, type_)


def typed_source(source_id: str, entries: dict[str, Entry] | None = None) -> tuple[str, list[dict]]:
    """(stance, typed statements) of a knowledge-base source for the prompt: a clause is the position
    of its side as a whole; a card gives its verdict, rule, conditions and side-marked points; other
    entries their typed statements. Unknown ids (user documents) get ("", [])."""
    entries = entries if entries is not None else _kb_entries()
    e = entries.get(source_id)
    if e is None:
        return "", []
    if e.kind == "clause" and e.position:
        return statement_label("position", e.position), []
    items: list[dict] = []
    if e.kind == "card":
        if e.verdict:
            items.append({"label": statement_label("verdict", None), "text": e.verdict})
        items += [{"label": statement_label("condition", None), "text": c} for c in e.conditions[:2]]
    for st in e.typed_statements:
        items.append({"label": statement_label(st.type, st.side), "text": st.text})
    return "", items[:MAX_TYPED]
