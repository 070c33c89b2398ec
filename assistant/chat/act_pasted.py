"""Text the user brings in their own words: a clause quoted or pasted alone, what is asked about it
(rewrite it, judge it), and the passage a message asks to add to the clause on the table."""

from __future__ import annotations

import re

from assistant.chat.act_requests import _REVIEW
from assistant.text import fold


# s12: inside a '…' quote, an apostrophe followed by a space or a stop closes it unless it ends a plural possessive
# ("the clients' data"): "we're the 'processor' for everything … our clients' staff" quotes one word, not the sentence
_QUOTED = re.compile(r"«([^»]{30,})»|“([^”]{30,})”|\"([^\"]{30,})\"|(?:^|(?<=[\s:(]))'((?:(?!\s')(?:[^']|'(?![\s.,;!?)]|$)|(?<=s)'(?=\s\w))){30,})'"
                     r"(?=[\s.,;!?)]|$)")


# "je te colle l'article 7 : Le prestataire s'engage…", "is this clause fair to us: the provider may…": contract
# text pasted after a colon, without quotation marks; a sentence with a party and what it may, shall or must do
_PASTE_CUE = re.compile(r"(?i)\b(je (te |vous )?(colle|copie|mets|recopie)|voici|voila|here'?s|here is|below|ci-dessous|"
                        r"extrait|excerpt|article \d+|clause \d+|(this|cette|la|the) clause|(our|my|their|the) (contract|"
                        r"agreement|msa|terms) (has|says|reads|states)|(mon|notre|leur|le) contrat (dit|prevoit|indique|stipule)|"
                        r"fair to us|ok pour nous|check (this|it|that)( out)?|look at this|take a look|jette\w* un (oeil|coup d'oeil))"
                        r"\b[^:\n]{0,60}:\s*")
_CONTRACT_SENTENCE = re.compile(r"(?i)\b(le prestataire|la prestataire|le client|le fournisseur|les parties|chaque partie|"
                                r"l'une des parties|l'infogereur|the provider|the supplier|the client|the customer|"
                                r"either party|each party|the parties|the msp|the contractor)\b[^.]{0,80}?\b(may|shall|will|"
                                r"must|agrees?|undertakes?|warrants?|reserves?|is not|has no|peut|pourra|doit|devra|"
                                r"s'engage|ne saurait|renonce|n'est pas|se reserve|garantit|n'a aucune)\b")


# "Le Prestataire s'engage à rétablir… sauf…", "The Provider shall use commercially reasonable efforts…": a clause pasted
# alone (a party named as a defined term, capitalised, and what it shall or may do), nothing asked around it
_CLAUSE_ALONE = re.compile(r"^\s*(?:(?:article|art\.|clause)\s*[\dIVX.]*\s*[-–:.]?\s*)?(?:Le|La|Les|L'|The|Each|Either|Chaque|"
                           r"Aucune?|En aucun cas,? le|In no event shall the)\s+(?:Prestataire|Client|Fournisseur|Infogéreur|"
                           r"Parties|Partie|Provider|Supplier|Customer|Client|Party|Parties|MSP|Contractor|Vendor)\b")


def pasted_alone(text: str) -> bool:
    """The whole message is contract text (a clause pasted with nothing around it)."""
    return bool(_CLAUSE_ALONE.match(text)) and "?" not in text and len(text.split()) >= 12 and \
        bool(_CONTRACT_SENTENCE.search(fold(text)))


def quoted(text: str) -> str | None:
    """The contract text a message quotes («…», "…", '…'), when it quotes one, or pastes after a colon."""
    m = _QUOTED.search(text)
    if m:
        return next(g for g in m.groups() if g)
    folded = fold(text)  # same length as the text for the colon's place (accents folded one for one)
    cue = _PASTE_CUE.search(folded)
    if cue and len(folded) == len(text):
        rest = text[cue.end():].strip()
        if len(rest.split()) >= 8 and _CONTRACT_SENTENCE.search(fold(rest)):
            return rest
    return None


def _unquoted(text: str, low: str) -> str:
    """The folded message without the contract text it quotes ("'…in Provider's native export format…'. fine?")."""
    q = quoted(text)
    return fold(text.replace(q, " ")).strip() if q else low


# the request before a pasted clause: write it again (toward a side, in other words), not judge it
_REWRITE_PASTED = re.compile(r"\b(reecri\w*|rewrite|re-?writ\w*|redraft\w*|re-?draft\w*|re-?word\w*|reformul\w*|retravaill\w*|"
                             r"rework|amend|ameliore[rz]?|improve|corrige[rz]?|adapte[rz]?|modifie[rz]?|remanie[rz]?|refai[st]|"
                             r"refaire|redige[rz]?[- ](la|le)\b|tourne[rz]?[- ](la|le)\b|propose[rz]?[- ]moi une (version|redaction)|"
                             r"(give|draft|write) me (a|our|my) (version|redraft))\b")
_LAW_ASKED = re.compile(r"\b(pourquoi|why|est-ce|is (it|this|that)|should (i|we)|dois-je|faut-il|c'est (ok|normal|legal|valable)|"
                        r"valable|legal|enforceable|abusi\w*|fair)\b")


def _rewrite_pasted(text: str) -> bool:
    """The words before a pasted or quoted clause ask to rewrite it (not whether it is fair)."""
    q = quoted(text)
    if q and q in text:
        head = text[:text.index(q)]
    else:
        head = text.split(":", 1)[0] if ":" in text else ""
    head = fold(head)
    return bool(head) and len(head.split()) <= 25 and bool(_REWRITE_PASTED.search(head)) and not _LAW_ASKED.search(head)


_OPINION_ASKED = re.compile(r"\?|\b(thoughts|views?|opinion|avis|qu'en (penses|pensez|dis|dites)|t'en penses|vous en pensez|"
                            r"what do (you|u) (think|make of|reckon)|your take)\b")


def _one_clause_asked(text: str, low: str) -> bool:
    """One clause quoted (at most two sentences, the one-clause length) and, outside the quote, a question asked of it
    with no review ordered in words ("relis", "review this", "check this clause")."""
    q = quoted(text)
    if not q or not 6 <= len(q.split()) <= _ONE_CLAUSE_WORDS:
        return False
    sentences = [p for p in re.split(r"(?<=[.;!?])\s+", q.strip()) if len(p.split()) >= 3]
    rest = _unquoted(text, low)
    return len(sentences) <= 2 and bool(_OPINION_ASKED.search(rest)) and not _REVIEW.search(rest) and \
        not re.search(r"\b(check|verifie\w*|look (at|over|through)|(have|take) a (quick )?look|glance|eyeball|go over|"
                      r"regarde\w*|jet\w* un (oeil|coup d'oeil)|coup d'oeil|passe\w* en revue|relis\w*|relire|"
                      r"review\w*|analy[sz]e\w*|audit\w*|examine\w*|decortique\w*|epluche\w*)\b", rest)


def asks_about(low: str) -> bool:
    """'Que doit contenir un contrat d'infogérance ?' is a question, not a drafting request."""
    if re.match(r"(do (we|i)|does (it|this|my|our)|faut-il|est-ce qu|is it|are we|must (we|i)|dois-je|doit-on|"
                r"is (a|an|the|this|that)|are (the|these|those)) ", low):
        return True
    return bool(re.search(r"\b(parle[rz]?[- ]moi|parle[rz]?[- ]nous|tell me about|talk me through|dis[- ]moi|"
                          r"que prevoit|what does (this|the|my|our)|que dit|what says|"
                          r"que doit|quoi mettre|what should|what must|doit contenir|must contain|should include|"
                          r"c'est quoi|qu'est-ce|what is|combien|how long|how much|quelle est|pourquoi|why|"
                          # s12: "… quelle différence concrètement ?": two things compared, nothing to draft
                          r"quelles? (est la |sont les )?differences?|what(?:'s| is| are) the differences?|"
                          r"(qu'?\s?est[- ]ce qu'?|quest[- ]ce qu'?)il faut|(je|on|j') ?(redige|ecri[st]) quoi|"
                          r"(qu'est-ce que|que) (je|j'|on|nous) ?(dois|doit|devons|peux|peut|pouvons) (ajouter|mettre|"
                          r"prevoir|ecrire|proposer|demander)|quel(le)?s? [^?]{0,40}(je peux|puis-je|on peut|peut-on|"
                          r"dois-je) (proposer|mettre|ajouter|prevoir|offrir|accepter)|je mets quoi|on met quoi|"
                          r"what (can|should|could) (we|i) (offer|propose|put|add|write)|comment (rediger|ecrire|formuler)|"
                          r"how (do|should|can) (we|i) (word|draft|write|phrase)|"
                          # "comment je rédige…", "je rédige comment…", "on devrait faire écrire quoi", "on doit faire quoi ?"
                          r"comment (je|j'|on|nous) ?(redige|ecri[st]|formule|tourne)|(je|on|nous) (redige\w*|ecri[st]|ecrivons|formule\w*) comment|"
                          r"(on|je|j'|nous) ?(doit|dois|devons|devrait|devrais|devrions|faut) (leur |lui )?(faire )?(ecrire|mettre|prevoir|"
                          r"demander|exiger|faire) quoi|what do (we|i) (write|put|include|add|ask for)|"
                          # "what do we write in our contracts?", "on la formule comment ?": what to write, asked
                          r"what (do|would|shall) (we|i) (write|put|say|include|add)|"
                          r"(je|on|j') ?(la |le |les |l')?(redige|ecri[st]|formule|tourne|mets|met) comment|"
                          r"what (are|am) (we|i) (supposed|meant|expected) to (ask (them|him|her|the \w+) to )?(write|put|include|say|add))\b", low))


# s26: words of contract text: a party or thing named as a defined term (capitalised, read on the original text), or a
# contract noun with a verb of status or duty ("Les pénalités sont libératoires", "Fees may be increased…")
_DEFINED_TERM = re.compile(r"\b(Prestataire|Client|Fournisseur|Infogéreur|Provider|Supplier|Customer|Contractor|Vendor|MSP|"
                           r"Services|Contrat|Agreement|Parties|Partie|Party)\b")
_CONTRACT_NOUN = re.compile(r"\b(responsabilite|liabilit\w*|penalites?|service credits?|credits? de service|preavis|notice|"
                            r"factures?|invoices?|redevances?|fees?|prix|tarifs?|resiliation|termination|donnees|data|"
                            r"sauvegardes?|backups?|sous-trait\w*|subcontract\w*|confidentialite|confidential\w*|garanties?|"
                            r"warrant\w*|indemni\w*|disponibilite|availability|audits?|reversibilite)\b")
_STATUS_VERB = re.compile(r"\b(est|sont|sera|seront|demeure\w*|is|are|shall|will|may|must|peut|peuvent|pourra|pourront|"
                          r"doit|doivent|devra|devront)\b")
# the words around a clause brought that still ask or order something: a question, an opinion, a rewrite, a text to write
# (imperatives only: "their draft, section 4:" or "ils ont écrit :" report a text, they order nothing)
_ORDER_AROUND = re.compile(r"\b(redige[rz]?|ecris|ecrivez|(draft|write|make|give) (me|us|a|an|one|it|this|that)|ajoute[rz]?|"
                           r"rajoute[rz]?|add|mets|mettez|put|insere[rz]?|insert|supprime[rz]?|retire[rz]?|remove|delete|"
                           r"explique[rz]?|explain|c'est quoi|what is|what's|traduis|translate)\b")
# the lead-in of a clause pasted after a colon with no quotation marks: it names a text brought ("clause 7:",
# "leur projet, article 4 :", "the client wants this:", "voilà ce qu'ils proposent :")
_TEXT_LEAD = re.compile(r"\b(clause|article|art|section|paragraphe?|leur|leurs|their|they|ils|elles?|voici|voila|here|"
                        r"contrat|contract|draft|projet|terms|conditions|cgv|msa|propos\w*|want\w*|veu\w*|wrote|ecri\w*|"
                        r"says|dit|sent|envoy\w*|colle|copie|pasted|extrait|excerpt|reads)\b")


def clause_brought(text: str) -> str | None:
    """The clause a message brings alone — one to three sentences of contract text, quoted or pasted after a colon, with at
    most a short lead-in naming it ("leur clause :", "clause 7:", "the client wants this:") and nothing asked or ordered
    around it — to be reviewed for the user's side; None otherwise."""
    q = quoted(text)
    if q is None or q not in text:
        lead, colon, q = text.partition(":")
        if not colon or not _TEXT_LEAD.search(fold(lead)) or len(lead.split()) > 10:
            return None
        q = q.strip()
        if not (_DEFINED_TERM.search(q) or _CONTRACT_SENTENCE.search(fold(q))):
            return None
        rest = fold(lead)
        told = ""
    else:
        rest = fold(text.replace(q, " "))
        told = _situation_told(text[:text.index(q)])
        if told:  # s34: the deal told first ("bus operator, 3 depots, 30 staff. their draft says '…'"): not a lead-in
            rest = fold(text[len(told):].replace(q, " "))
    clause = fold(q)
    sentences = [p for p in re.split(r"(?<=[.;!?])\s+", q.strip()) if len(p.split()) >= 3]
    if not 6 <= len(q.split()) <= _ONE_CLAUSE_WORDS or not 1 <= len(sentences) <= 3 or "?" in q:
        return None
    if not (_CONTRACT_SENTENCE.search(clause) or _DEFINED_TERM.search(q) or
            _CONTRACT_NOUN.search(clause) and _STATUS_VERB.search(clause)):
        return None
    if len(rest.split()) > 12 or "?" in rest or _OPINION_ASKED.search(rest) or _REWRITE_PASTED.search(rest) or \
            _ORDER_AROUND.search(_REPORTED_WRITING.sub(" ", rest)) or _LAW_ASKED.search(rest):
        return None
    return q


# s34: what the other side wrote, reported ("they put '…'", "il a mis « … »", "ils ont ajouté : …"): no order to the
# assistant (the imperatives "put", "mets", "ajoute" of `_ORDER_AROUND` are the user's own orders)
_REPORTED_WRITING = re.compile(r"\b(?:they|he|she|it|the (?:provider|msp|supplier|client|customer)|ils|elles|il|elle|le presta\w*|"
                               r"le client|leur (?:avocat|juriste))(?:'ve| have| has| ont| a)? (?:(?:just|also|aussi|juste|meme) )?"
                               r"(?:put|puts|added|adds|wrote|writes|mis|mettent|met|ajoute\w*|ecri\w*|inser\w*|inserted)\b")


# s34: the sentences before the one that brings the clause, when they only tell the deal (facts of the client's size,
# sites, trade, side), nothing asked or ordered: "sightseeing bus operator, 3 depots, 30 staff. their draft says '…'"
def _situation_told(before: str) -> str:
    """The leading sentences of `before` that tell the situation (ending at a sentence stop), or "" when none do."""
    parts = re.split(r"(?<=[.;!])\s+", before)
    if len(parts) < 2:
        return ""
    told = before[:len(before) - len(parts[-1])]
    low = fold(told)
    if "?" in told or _OPINION_ASKED.search(low) or _REWRITE_PASTED.search(low) or _ORDER_AROUND.search(low) or \
            _LAW_ASKED.search(low) or len(told.split()) > 60:
        return ""
    from assistant.chat.slots import read_slots

    slots = read_slots(told)
    return told if (slots.facts or slots.side) else ""


_ONE_CLAUSE_WORDS = 60  # a quote this short is one clause (two or three sentences at most)
_PASTED_MAX_WORDS = 40


# s17b: "ajoute qu'il doit nous prévenir 30 jours avant…", "add that they must warn us…", "précise que…", "also say the
# provider must…": the passage the user asks to add, in their words (what follows the verb and "que"/"that")
_ADD_THAT = re.compile(r"^(?:(?:et|and|also|aussi|ok|okay|bon|puis|then|alors|please|stp|svp)\W+)*(?:ajoute\w*|rajoute\w*|add|"
                       r"precise\w*|mentionne\w*|indique\w*|ecri[st]\w*|write|say|state|specify|stipule\w*)"
                       r"(?:-(?:moi|nous|le|la|y))?(?: (?:aussi|also|bien|en plus|encore|a la clause|to the clause|in the clause|"
                       r"in it|dans la clause|une phrase|une ligne|a line|a sentence)){0,2}"
                       r"(?: (?:que |qu'|that |saying (?:that )?|disant que |qui dit que )|(?= (?:the (?:provider|client|supplier|customer|msp)|"
                       r"le (?:prestataire|client|presta)|ils?|elles?|they|each party|chaque partie) ))"
                       r"\s*(?P<what>\S.{5,240})$")


def added_passage(text: str) -> str | None:
    """The passage a message asks to add to the clause, in the user's words; None when it asks no such thing."""
    folded = fold(text)
    m = _ADD_THAT.match(folded.strip())
    if not m or len(folded) != len(text):
        return None
    start = len(text) - len(text.lstrip()) + m.start("what")
    return text[start:start + len(m.group("what"))].strip().rstrip(" .!?")
