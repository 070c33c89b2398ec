"""The other side's claim that the contract's silence frees it (issue 15: a verdict first).

A user often reports what the other party said and asks whether it holds: "il nous a prévenus quatre jours après,
en disant que le contrat ne fixe aucun délai : il a raison ?", "the provider says the agreement sets no time limit,
so it owes nothing — is that right?". The claim rests on the contract saying nothing; the answer quotes the rule of
law that applies when the contract is silent. Its first words must say that the claim does not settle it ("Pas
forcément" / "Not necessarily"), the cited rule saying why.

Read as a situation, never from one word: a claim reported of the other party (its words: "en disant que", "il
répond que", "they say", "claims that"), whose content is the contract's silence ("le contrat ne prévoit rien",
"nothing in the contract", "the agreement sets no deadline"), and a closing question that only asks whether that
claim holds ("il a raison ?", "c'est vrai ?", "is he right?", "is that true?"). The lead is given only when the
answer opens with a rule of law (an article cited), which is what the contract's silence does not displace.
"""

from __future__ import annotations

import re

from assistant.text import fold

# who speaks: the other party, or a reported-speech connective ("en disant que", "saying that")
_SPEAKER = (r"(il|ils|elle|elles|on nous|le (presta\w*|msp|prestataire|client|fournisseur|infogerant|infogereur|editeur|hebergeur|"
            r"sous-traitant)|notre (presta\w*|msp|prestataire|client|fournisseur|infogerant|infogereur|hebergeur)|they|he|she|it|"
            r"the (msp|provider|vendor|supplier|client|customer|contractor|host)|our (msp|provider|vendor|supplier|client|customer))")
_SAYS = (r"(nous )?(dit|disent|repond\w*|pretend\w*|affirme\w*|soutien\w*|estime\w*|explique\w*|invoque\w*|argu\w*|objecte\w*|"
         r"says?|said|claims?|claimed|argues?|argued|insists?|insisted|repl(y|ies|ied)|responds?|responded|answers?|answered|"
         r"maintains?|tells? us|told us|pushes back|pushed back)")
_REPORTED = re.compile(rf"\b({_SPEAKER} {_SAYS}|(and|et|mais|but|puis|then) {_SAYS}|en (disant|expliquant|repondant|pretendant|affirmant)|au motif|sous pretexte|"
                       rf"saying|claiming|arguing|on the (grounds|basis) that)\b")
# what the claim says: the contract is silent
_DOC = r"(contrat|cgv|conditions generales|dpa|sla|convention|accord|agreement|contract|terms|msa)"
_SILENT = re.compile(
    rf"\b{_DOC}\b[^.?!]{{0,30}}\b(ne (fixe|prevoi\w*|prevo\w*|di[st]|mentionne\w*|precise\w*|impose\w*|contien\w*|parle\w*|stipule\w*)"
    rf"( \w+){{0,2}}? (aucun\w*|rien|pas|de)|(fixe|prevoit|dit|mentionne|impose|stipule) (aucun\w*|rien)|"
    rf"(doesn.t|does not|didn.t|did not|don.t|do not) (set|say|mention|specify|require|provide|impose|include|state)|"
    rf"sets? no|says? nothing|(is|are) silent|(has|have|contains?) no)\b|"
    rf"\b(rien|aucun\w*) (n.est )?(de )?(prevu|ecrit|stipule|fixe)e?s? (dans|au|par) (le |notre |leur )?{_DOC}\b|"
    rf"\b(nothing|no \w+) (is )?(in|written in|stated in|set (out )?in) (the|our|their) {_DOC}\b|"
    rf"\b(pas|nulle part|nowhere) (ecrit|prevu|mentionne|stipule)e?s? (dans|au|in) (le |the |our |notre )?{_DOC}\b")
# the closing question only asks whether the claim holds
_HOLDS = re.compile(r"\b((il|ils|elle|elles) (a|ont) (bien |vraiment )?raison|qui a raison|c.est (vrai|exact|juste)|vrai|"
                    r"(is|are) (he|she|they|it|that) (really )?(right|correct)|(is|was) (that|this|it) (really )?(true|correct|right|so)|"
                    r"(true|right|correct)|really|vraiment|(il|ils|elle) (est|sont) dans (son|leur) (bon )?droit|"
                    r"(does|would|can) (that|this|it) (really )?(hold|stand)|ca tient|dans les clous)\b")
_ARTICLE = re.compile(r"\b(art\.|article|articles|code|rgpd|gdpr|reglement|regulation)\b")
_HAS_LEAD = re.compile(r"^\W*(oui|non|yes|no|pas forcement|not necessarily|cela depend|it depends|en principe|in principle)\b")


def _asked(low: str) -> str:
    """The closing question: the words after the last sentence end before the final "?"."""
    text = low.rstrip()
    end = text.rfind("?")
    body = text[:end] if end >= 0 else text
    cut = max(body.rfind(". "), body.rfind("? "), body.rfind("! "), body.rfind("\n"), body.rfind(", "), body.rfind(": "))
    return body[cut + 1:] if cut >= 0 else body


def silence_claimed(question: str) -> bool:
    """The question reports the other side's claim that the contract's silence frees it, and asks whether it holds."""
    low = fold(question)
    asked = _asked(low)
    if len(asked.split()) > 8 or not _HOLDS.search(asked):
        return False
    story = low[: len(low) - len(asked) - 1] if asked and low.rfind(asked) > 0 else low
    for m in _REPORTED.finditer(story):
        if _SILENT.search(story[m.start(): m.end() + 160]):
            return True
    return False


def silence_lead(question: str, opening: str) -> bool:
    """Open with "not necessarily": the other side's claim rests on the contract's silence, the answer opens with the
    rule of law that applies anyway, and the opening has no verdict of its own."""
    low = fold(opening)
    return silence_claimed(question) and bool(_ARTICLE.search(low)) and not _HAS_LEAD.match(low)
