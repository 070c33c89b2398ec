"""The first family of the regular act reader (`chat.act_rules`): how a message opens the turn — nothing said yet
(asked back), off topic, a figure split halfway, the answer to a question pending, an approval or a doubt about the
last answer, two terms compared."""

from __future__ import annotations

import re

from assistant.chat.act_catalogue import Understood
from assistant.chat.act_context import ActContext, _has_table
from assistant.chat.act_pasted import quoted
from assistant.chat.act_questions import (commitment_demanded, _APPROVAL, _CHALLENGE, _DOMAIN_HINT, _DOMAIN_STRONG, _ELABORATE, _EVALUATIVE,
                                          _GREETING, _OFFTOPIC, _VAGUE_JOB, PRICE_INDEXED)
from assistant.chat.act_requests import _ANNOUNCED_ON, _BACK_REFERENCE, _BARE_OPENER, _OPENER, _OTHER_ONE, target_language
from assistant.chat.intent import _COMPARE, GENERIC_TERMS, find_terms
from assistant.chat.slot_relative import SPLIT_DIFFERENCE, split_asked
from assistant.chat.slots import Slots
from assistant.text.ellipsis import expand_ellipsis


# s22: a service story ("le serveur est resté en panne", "nobody answered our tickets", "their tech was on holiday"): a
# holiday or a restaurant named in it is part of the story told, not the subject asked
_SERVICE_STORY = re.compile(r"\b(tickets?|en panne|panne|outage|down(time)?|incidents?|serveurs?|servers?|techniciens?|technicians?|"
                            r"helpdesk|hotline|support|sauvegardes?|backups?|restaur\w*|restore\w*|interventions?|astreinte|"
                            r"on-call|breach\w*|manquement|presta|infogerant|gtr|gti|p1|cnil|dpo|pirat\w*|hack\w*|attaqu\w*|"
                            r"attack\w*|ransomware|rancongiciel|phishing|fuite de donnees|data leak|violation de donnees)\b")


# "in plain words", "en gros": how to explain, no judgement asked
_PLAINLY = re.compile(r"\b(in (normal|plain|simple|layman'?s?|everyday)( \w+)? (words|english|terms|language)|en (gros|clair|bref|"
                      r"deux mots|termes simples|mots simples)|simplement|pour les nuls|for dummies|eli5)\b")


# "which one matters more", "laquelle est la plus courte": a choice between the two, not their meaning
_CHOICE = re.compile(r"\b(which|lequel|laquelle|lesquel\w*|quel(le)? est (le|la) (plus|moins|mieux)|prefer\w*|priorit\w*|"
                     r"plus important\w*|more important|should|devrai\w*|doit|doivent|choisir|choose|pick|our|notre|nos|leur|"
                     r"their|ce contrat|this contract|the contract|le contrat)\b")


# a document said to be in a language ("notre contrat est rédigé en anglais", "the DPA is in French"): a fact told
_LANGUAGE_TOLD = re.compile(r"\b(?:est|sont|etait|etaient|is|are|was|were|redige\w*|ecrit\w*|written|drafted|signe\w*|signed)"
                            r"(?: \w+){0,2} (?:en|in) (?:anglais|francais|english|french)\b")


# a meaning asked, then set against another thing ("c'est quoi le CCAP, par rapport au CCTP ?", "what's an RTO again,
# compared to an RPO?", "what does X even mean vs Y")
_MEANING_AGAINST = re.compile(
    r"^\W*(?:(?:au fait|ok|okay|bon|et|and|so|btw|alors|du coup|sinon)\W+)*(?:c'?\s?est quoi|c koi|qu'?\s?est[- ]ce que?|"
    r"que veut dire|ca veut dire quoi|what(?:'s| is| are| does)|whats)\s+(?P<x>[^?!.;]{1,40}?)\s*"
    r"(?:\b(?:deja|again|even|exactly|exactement|encore|meme)\b\s*)?(?:\bmean\b\s*)?,?\s*"
    r"\b(?:par rapport (?:a|au|aux)|compare(?:d)? (?:to|with|a|au)|vs\.?|versus|as opposed to|contrairement (?:a|au|aux)|"
    r"a la difference d[eu']|unlike)\s+(?P<y>[^?!.;]{1,40})")


# whether to accept what is demanded, asked ("je peux signer ça ?", "should we accept?", "on accepte ?")
_MAY_WE_SIGN = re.compile(r"\b(?:can|could|should|may|do) (?:we|i) (?:really |even |just )?(?:sign|accept|agree)|"
                          r"\b(?:on peut|peut-on|je peux|puis-je|est-ce qu'on peut|on doit|faut-il) (?:vraiment |quand meme )?"
                          r"(?:signer|accepter|dire oui)\b")
# a guarantee given by a bank or a parent, or a surety ("garantie bancaire à première demande", "first-demand bank
# guarantee", "caution"): a financial instrument asked about, not a performance promised (its own cards answer it)
_FINANCIAL_GUARANTEE = re.compile(r"\bgaranties? (?:bancaires?|a premiere demande|autonomes?|financieres?|de paiement|de la "
                                  r"maison mere)|\bcaution\w*|\bfirst[- ]demand|\bbank guarantee|\bparent(?:al)? (?:company )?"
                                  r"guarantee|\bletters? of credit|\bperformance bond|\bon[- ]demand (?:bond|guarantee)|"
                                  # the promise asked of a bank ("wants our bank to commit to pay", "que notre banque s'engage")
                                  r"\b(?:bank|banque)\b[^.?!]{0,20}\b(?:commit|s'engag|guarant|garanti)")
# an outcome of the systems nobody controls alone ("zéro panne", "aucune intrusion", "never hacked", "100 % uptime"): the
# kind of obligation (means or result) is what decides whether it can be promised
_OUTCOME = re.compile(r"\b(?:intrusions?|pannes?|downtime|attaques?|attacks?|cyber\w*|hack\w*|pirat\w*|virus|ransom\w*|"
                      r"rancon\w*|interruptions?|coupures?|outages?|failures?|defaillances?|perte de donnees|data loss|"
                      r"disponibilite|availability|uptime|zero|jamais|never|100 ?%|fuites?|leaks?|breach\w*|violations?)\b")
_SIGN_ASKED = re.compile(r"\b(?:signe[rz]?|sign|accept\w*|dire oui|say yes|agree to|s'engager|commit to|on y va|go for it)\b")


def _two_terms_compared(low: str, words: list, slots: Slots) -> list[str] | None:
    """Two terms named and compared, nothing else asked: their two definitions."""
    if not (_COMPARE.search(low) or re.search(r"\bdiffer(s|ent|ence)?\b", low)) or len(words) > 16 or slots.figures or _CHOICE.search(low) or \
            _EVALUATIVE.search(_PLAINLY.sub(" ", low)):
        return None
    # s28: "an obligation of means and one of result": the noun taken up by "one" written out, each term read
    terms = [t for t in find_terms(expand_ellipsis(low)) if t not in GENERIC_TERMS]
    return terms if len(terms) == 2 else None


def decide(c: ActContext) -> Understood | None:
    """The act this family reads in the message, or None to let the next family read it."""
    slots, state, low, words = c.slots, c.state, c.low, c.words
    table_topic, asks, u = c.table_topic, c.asks, c.u
    if not re.search(r"[a-z0-9]", low):
        return u("clarify")
    if SPLIT_DIFFERENCE.search(low) and _has_table(state):
        # s20: "on coupe la poire en deux", "let's split the difference": after a figure was changed, that figure set
        # halfway between its last two values (`Toolbox.relative_figures` put it in the slots); with no figure just
        # changed, a balanced version; the phrase's meaning asked is a question (no fruit, no off-topic aside)
        if not split_asked(low):
            slots.position = None
            return u("question")
        # (a figure said with it — "meet in the middle, 99.8" — is the compromise itself: the rules below set it)
        if slots.relative is not None and slots.relative[0] == "mid":
            if slots.figures:
                slots.position = None
                return u("set_figure", topic=table_topic or state.last.topic)
            if state.clause is not None:
                slots.position = "balanced"
                return u("change_position", relative=False)
    if commitment_demanded(low) and not slots.figures and len(words) >= 5 and _SIGN_ASKED.search(low) and (
            asks or _MAY_WE_SIGN.search(low)) and not _FINANCIAL_GUARANTEE.search(low):
        # (s34: asked without a question mark: "… can we sign that", "on peut accepter ca")
        # "ils veulent qu'on garantisse 'zéro intrusion'… je peux signer ça ?": the commitment demanded, judged — s34: by
        # the kind of obligation it would be (a result promised against attacks or failures nobody controls alone),
        # which is what decides whether it can be signed; the question reader answered it from unrelated rules (force
        # majeure, adhesion contracts)
        if _OUTCOME.search(low):
            return u("obligations", topic=slots.topic)
        # a guarantee of something else (the client's own compliance, a price, a deadline): judged on its subject
        return u("question", topic=slots.topic, assess=True)
    if commitment_demanded(low) and not slots.figures and not quoted(c.text) and len(words) >= 5 and not asks and \
            (state.last.act or _has_table(state)):
        # s29: "et ils exigent qu'on garantisse que leurs serveurs ne tomberont jamais", "they also want us to guarantee
        # nobody will ever break in": a commitment demanded, what the provider can promise asked — not a fact of the scope
        # (asked in words — "je peux signer ça ?" — the readers below judge it)
        return u("follow_up", topic=slots.topic or (c.topic if state.last.act else None))
    if commitment_demanded(low) and not slots.figures and not quoted(c.text) and len(words) >= 5 and not asks and \
            not state.last.act and not _has_table(state) and not c.drafting and not _FINANCIAL_GUARANTEE.search(low):
        # s34: the deal told, then a guarantee demanded by the other side ("…11 postes. le client veut qu'on lui garantisse
        # zéro panne", "the client wants us to guarantee zero downtime"): what can be promised, means or result, and what
        # it depends on — never only the facts noted
        if _OUTCOME.search(low):
            return u("obligations", topic=slots.topic)
    if target_language(low) and (_has_table(state) or state.last.text) and not _LANGUAGE_TOLD.search(low) and \
            len(words) <= 16 and not slots.figures:
        # s29: "en anglais pour le DG", "now in French for our accountant", "translate it": the text on the table (or the
        # last answer) in that language, a rephrase — never off topic
        return u("rephrase")
    if not _has_table(state) and not state.last.act and len(words) <= 16 and _VAGUE_JOB.search(_GREETING.sub("", low)) and not (
            slots.topic or slots.term or slots.figures or slots.facts or slots.has_scope_change()):
        return u("clarify")  # "tu me fais ça vite fait", "can u sort the hotel thing": a job asked, its object unsaid
    if not _has_table(state) and not state.last.act and len(words) <= 14 and _BACK_REFERENCE.search(low) and not (
            slots.topic or slots.term or slots.figures or slots.facts or slots.has_scope_change()):
        return u("clarify")  # "tu peux me refaire celle d'hier ?", "same as last time please": nothing here to refer to
    if _OTHER_ONE.match(low) and not (slots.topic or slots.term or slots.figures or slots.facts or
                                      slots.has_scope_change()) and state.last.act not in ("question", "explain_term",
                                                                                           "follow_up", "obligations"):
        # s24: "and the other one" after a clause drafted, a figure set or nothing: which other one is not said and nothing
        # on the table comes as a pair — asked back, not guessed (after an answer, "the other one" of what it named is a
        # follow-up)
        return u("clarify")
    if _OFFTOPIC.search(low) and not _DOMAIN_STRONG.search(low) and not _SERVICE_STORY.search(low) and \
            not PRICE_INDEXED.search(low) and not (
            # s24: "le client c'est une école de musique, 8 postes, 1 site, tout sauf les imprimantes": the client's trade,
            # told with its seats and its places or the scope, is a deal in the field
            "users" in slots.facts and ("sites" in slots.facts or slots.has_scope_change())):
        return u("out_of_scope")
    if _OPENER.match(low) and not (slots.topic or (slots.term and slots.term not in GENERIC_TERMS) or slots.figures or slots.facts or slots.has_scope_change()):
        return u("clarify")  # "hi, quick one about our contract": what about it, asked back
    if _BARE_OPENER.match(low) and not (slots.topic or slots.term or slots.figures or slots.facts or slots.has_scope_change()):
        return u("clarify")  # "quick one before my meeting": which question, asked back
    if _ANNOUNCED_ON.match(low) and slots.topic and not (slots.figures or slots.facts or slots.has_scope_change()):
        return u("clarify", topic=slots.topic)  # a question on that clause to come: which one, asked back
    asked_part = [p for p in re.split(r"(?<=[.!?])\s+", low) if p.strip()][-1]
    if asks and "?" in asked_part and _OFFTOPIC.search(asked_part) and not _DOMAIN_HINT.search(asked_part) and \
            not PRICE_INDEXED.search(low):
        # "on fête la signature du contrat ce soir !! quel vin avec le fromage ?": the contract is the occasion, the
        # question asked is off the field
        return u("out_of_scope")
    if state.last.act and state.last.act not in ("draft_clause", "change_position", "set_figure", "rephrase") and re.match(
            r"(meme question|same question|pareil pour|idem pour|same (thing )?for|la meme (chose )?pour|meme chose pour)\b", low):
        return u("follow_up")  # "same question for a cloud backup provider", "même question mais côté presta"
    if _APPROVAL.match(low) and "?" not in low and (state.last.act or _has_table(state)):
        return u("clarify")  # "c'est exactement ça, merci": approved; what next, asked
    if (_CHALLENGE.match(low) or _ELABORATE.match(low)) and state.last.act and state.last.act not in ("clarify", "out_of_scope"):
        return u("follow_up")  # "tu es sûr ?": the last answer, given again with its sources
    if state.pending and state.pending.get("kind") == "side" and slots.position is None:
        side = re.search(r"\b(client|prestataire|msp|provider|fournisseur|infogereur|customer)\b", low)
        if side and len(words) <= 6:
            return u("state_fact")
    if state.pending and state.pending.get("kind") == "offer_contract" and low.strip(" .!") and _YES_OFFER.match(low) and not (
            slots.topic or slots.figures or slots.has_scope_change()):
        return u("draft_contract")  # s30: "oui", "yes please", "vas-y": the contract offered after the deal's facts, drafted
    if state.pending and state.pending.get("kind") == "clause" and slots.topic and not asks:
        return u("draft_clause", topic=slots.topic, relative=slots.position in ("mine", "theirs"))  # "de force majeure"
    against = _MEANING_AGAINST.match(low)
    if against and len(words) <= 18 and not slots.figures:
        # s29: "c'est quoi un CCTP déjà, par rapport au CCAP ?", "what does X even mean vs Y": the first word's meaning, set
        # against the second — a definition (the explain tool reads the words when no glossary term is named)
        named = [t for t in find_terms(low) if t not in GENERIC_TERMS]
        return u("explain_term", term=named[0] if named else None)
    if _two_terms_compared(low, words, slots):
        # "RPO vs RTO in plain words", "c'est quoi la diff entre GTI et GTR ?": both terms explained, side by side
        return u("explain_term", term=_two_terms_compared(low, words, slots)[0])
    return None


# s30: yes to the contract offered ("oui", "oui vas-y", "go ahead", "yes please draft it")
_YES_OFFER = re.compile(r"^\W*(?:(?:oui|ouais|yes|yep|yeah|ok|okay|d'accord|dac|parfait|super|go|allez|volontiers|sure|please|stp|svp|"
                        r"merci|thanks|vas-y|vas y|allons-y|go ahead|go for it|let'?s go|do it|on y va|c'est parti|bien sur|"
                        r"of course|absolument|tout a fait)\W*){0,4}(?:(?:redige|rediges|redigez|fais|faites|draft|write|prepare)"
                        r"(?:[- ](?:le|la|it|that|moi|nous|me|us))*(?: (?:le |the )?(?:contrat|contract))?\W*)?$")
