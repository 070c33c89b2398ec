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


# s15: the other side's claim on whether something is needed at all ("their sales guy says a DPA isn't needed for that",
# "le presta dit qu'il n'y a pas besoin de contrat", "they insist we must sign their annex"): the claim's polarity on the
# need, read against the verdict's, decides whether the answer to "is he right?" is no
_DUTY = (r"(needed|required|necessary|mandatory|compulsory|obligatoire\w*|necessaire\w*|oblige\w*|requis\w*|imposee?s?|"
         r"must|have to|has to|need to|needs to|doi[st]|doivent|devez|devons|faut|besoin|applies|apply|s.applique\w*)")
_NO_NEED = re.compile(rf"\b(no need|pas (besoin|la peine|necessaire|obligatoire)|inutile\w*|unnecessary|pointless|superflu\w*|"
                      rf"need not|needn.t|(don.t|do not|doesn.t|does not|won.t|will not) (need|have to|apply)|"
                      rf"(isn.t|is not|aren.t|are not|not|never|no longer|n.est pas|ne sont pas|n.est plus|pas|plus|jamais|aucun\w*|no)"
                      rf"( [\w'-]+){{0,5}} {_DUTY}|ne (faut|s.applique|s.appliquent)\w* (pas|plus)|dispense\w*|exempt\w*)\b")
_NEED = re.compile(rf"\b{_DUTY}\b")
_SENTENCE_END = re.compile(r"[.?!;]")
# whoever speaks ("their sales guy says", "notre DSI affirme", "the vendor's rep told us"): the reporting verb is enough here,
# the claim's content being read for a need
_REPORTS = re.compile(rf"\b({_SAYS}|assure\w*|reckons?|en (disant|expliquant|repondant|pretendant|affirmant)|saying|claiming)\b")


def _need_polarity(text: str) -> str | None:
    """'no' when the text says something is not needed, 'yes' when it says it is, None when it says neither."""
    if _NO_NEED.search(text):
        return "no"
    return "yes" if _NEED.search(text) else None


def need_claim_refuted(question: str, verdict: str) -> bool:
    """The question reports the other side's claim that something is (or is not) needed and asks whether it holds; the
    verdict's first sentence says the reverse: the answer to "is he right?" is no."""
    low = fold(question)
    asked = _asked(low)
    if len(asked.split()) > 8 or not _HOLDS.search(asked):
        return False
    story = low[: len(low) - len(asked) - 1] if asked and low.rfind(asked) > 0 else low
    first = fold(verdict)
    cut = _SENTENCE_END.search(first)
    said = _need_polarity(first[: cut.start()] if cut else first)
    if said is None:
        return False
    for m in _REPORTS.finditer(story):
        rest = story[m.end():]
        end = _SENTENCE_END.search(rest)
        claimed = _need_polarity(rest[: end.start()] if end else rest)
        if claimed is not None:
            return claimed != said
    return False
