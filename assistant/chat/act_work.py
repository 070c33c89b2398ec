"""The fourth family of the regular act reader (`chat.act_rules`): work asked — a contract to write, priorities, a
clause removed or the next one drafted, the keys held, a figure set as a compromise, the other side's objections,
a rewording, a new clause named with its side or figures, the side turned."""

from __future__ import annotations

import re

from assistant.chat.act_catalogue import Understood
from assistant.chat.act_context import ActContext, _MAY_ASKED, _has_table
from assistant.chat.act_pasted import asks_about, quoted
from assistant.chat.act_questions import (_ASSESS, _DEFINE, _LAW_INVOKED, _LIKELY, _REPORTED_TERM, _RIGHTS, _SELF_STUCK,
                                          _reaction_of_other_party, may_party)
from assistant.chat.act_requests import (NEED_ASKED, _ADD_REMOVE, _ASKED_WHAT, _CHANGE, _CONSIDERING, _CONTRACT, _CONTRACT_TIME,
                                         _DRAFT, _EXISTING_CONTRACT, _NEW_DEAL, _NEXT_CLAUSE, _OBJECTIONS, _OWN_TERM,
                                         _PRIORITY, _PRIORITY_STATED, _PURPOSE, _REPHRASE, _SAYS, _SET_FIRST,
                                         _THEIR_DOCUMENT_TOLD, _THEY_HOLD_ACCESS, _THEY_SUBCONTRACT, _THEY_WILL_CHANGE,
                                         _TICKET_PRIORITY, _TOO_HARSH)
from assistant.chat.directive import head_of, orders_new_text, read_directive, requests_document, stated_value
from assistant.chat.intent import _COMPARE
from assistant.chat.slot_figure_cues import figure_topic
from assistant.chat.slot_topics import _COMPLAINT, READER_TAIL, clause_topic
from assistant.chat.slots import Slots
from assistant.chat.their_objection import objects_to_ours


# "no on-site visits", "données de santé chez nous": a fact stated in the words of a topic, not a clause asked for
_PLAIN_FACTS = {"on_site", "personal_data", "hours", "criticality", "control"}


# s16: the reason given after a request ("…, sinon ça va coincer", "…, otherwise they won't sign", "…, car ils refusent")
_REASON_AFTER = re.compile(r"[,;.!]\s*(sinon|autrement|otherwise|or else|else|car|because|parce que|puisque|since|vu que)\b")


# an order to write a new text (not to rework one): "rédige-moi", "écris", "fais-moi une clause", "draft", "write me"
_NEW_TEXT_ORDER = re.compile(r"\b(?:redige\w*|ecri[st]\w*|draft|write|fais[- ](?:moi|nous)|prepare[- ](?:moi|nous)|propose[- ](?:moi|nous)|"
                             r"genere\w*|"
                             # s22: "propose une clause…", "suggest a liability clause…", "give me a penalties clause…"
                             r"propose[rz]?(?= (?:une?|a|an|one|la|le|the) )|suggest(?= (?:an?|one|the) )|"
                             r"(?:give|get) (?:me|us)|donne[- ](?:moi|nous)|sors[- ](?:moi|nous))\b|"
                             # "une clause d'audit côté client stp": a clause named with an indefinite article, opening the
                             # message — a new one asked for
                             r"^(?:(?:et|and|now|maintenant|alors|ok|bon|so)\W+)*(?:une|a|an|another|une autre) clause\b")


# "le délai pour faire opposition, passez-le à 45 jours", "the audit notice: make it 20 days": the figure named first as
# a noun phrase (no verb heads it), then the order that sets it
_NOUN_FIRST = re.compile(r"(?:(?:ok|okay|bon|alors|et|and|pour|for|quant a|as for)\W+)*(?:le|la|les|l'|the|our|their|notre|leur|ce|cette)\b")


# s25: a clause put in, with an indefinite article ("mets une clause de …", "ajoute une clause …", "put a … clause in")
# s33: a clause ordered by a drafting verb and an indefinite article ("propose une limitation de responsabilité", "write us
# a confidentiality clause"): a new text, not another version of the one on the table ("propose une version…")
_NEW_CLAUSE_ORDERED = re.compile(r"^(?:(?:ok|okay|bon|now|alors|maintenant|et|and|then|puis|please|stp|svp|du coup)\W+)*"
                                 r"(?:tu peux |peux-tu |can you |could you )?(?:propose\w*|redige\w*|ecri[st]\w*|fais|fait|"
                                 r"prepare\w*|draft|write|give|donne)(?:[- ](?:moi|nous|me|us))?\s+(?:now\s+|maintenant\s+)?"
                                 r"(?:une?|a|an)\s+(?!(?:autre |other |new |nouvelle )?(?:version|contre|counter|variante)\w*)")
_CLAUSE_PUT_IN = re.compile(r"^(?:(?:tu peux |peux-tu |can you |could you |please |stp |svp )?)(?:mets?|mettez|ajoute\w*|rajoute\w*|"
                            r"insere\w*|prevois|put|add|insert|include|throw)\s+(?:(?:moi|nous|in|us|me)\s+)?(?:une|a|an)\s+"
                            r"(?:[a-z'-]+\s+)?(?:clause|article|paragraphe)\b|"
                            # s29: a verb that adds, with the definite article and the clause's subject ("add the clause on
                            # sub-processors", "ajoute la clause sur la réversibilité"): a new clause, not the one on the table
                            r"^(?:(?:tu peux |peux-tu |can you |could you |please |stp |svp )?)(?:ajoute\w*|rajoute\w*|insere\w*|"
                            r"add|insert|include)\s+(?:(?:moi|nous|in|us|me)\s+)?(?:la|le|l'|the)\s*(?:clause|article|"
                            r"paragraphe)\s+(?:on|about|for|covering|sur|de|du|des|relative)\b")

# the clause ordered by a pronoun: "rédige-m'en une", "fais-nous-en une", "draft me one", "write one for us"
_ONE_OF_IT = re.compile(r"\b(?:m'en|nous[- ]en|-en|t'en)\b|\b(?:draft|write|make|do|prepare|give|get)(?: (?:me|us))?"
                        r"(?: (?:a|an) (?:\w+ )?)?one\b|\b(?:draft|write|make|prepare)(?: (?:me|us))? (?:a|an) (?:\w+ )?one\b")


_PAST_REFUSAL = re.compile(r"\b(avait|avaient|a|ont|avons|avions|aurait|auraient|l'a|l'avait|les a|les avait|nous a|nous avait|"
                           r"leur a|leur avait)( (deja|pourtant|bien|toujours|clairement|carrement|poliment|net))? "
                           r"(refuse|refusee|refuses|refusees|decline|declinee|declines|rejete|rejetee|rejetes)\b")

def _ordered_figure(low: str, slots: Slots) -> bool:
    """"give the client 40 days to raise an objection", "laisse-leur 30 jours pour s'opposer": an order carrying a
    figure with its unit — a term of the clause set, whatever the words of its purpose (objecting is the term's
    subject here, not what the other side will say)."""
    d = read_directive(low)
    return d is not None and d.family in ("change", "draft") and "?" not in low and any(
        q.unit and q.unit not in ("users", "sites", "workstations") for q in slots.quantities)


_GRANT = re.compile(r"(?:give|grant|allow|leave|donne[rz]?|accorde[rz]?|laisse[rz]?)(?:[- ](?:nous|leur|lui|moi))?\s+"
                    r"(?:(?:the |our |their |au |a |aux )?(?:client|customer|provider|prestataire|msp|us|them|him|her)\s+)?"
                    r"(?:only |just |seulement |juste )?\d")


def _granted_figure(low: str, slots: Slots) -> bool:
    """"give the client 40 days to raise an objection", "laissez-leur 30 jours pour s'opposer": a time or share granted
    to a party is a term of the clause set."""
    text, _polite = head_of(low)
    return bool(_GRANT.match(text)) and "?" not in low and any(
        q.unit and q.unit not in ("users", "sites", "workstations") for q in slots.quantities)


def _topic_then_set(low: str) -> bool:
    segments = re.split(r"[,;:]\s", low)
    if len(segments) > 1 and bool(_NOUN_FIRST.match(segments[0])) and read_directive(segments[0]) is None and \
            any(_SET_FIRST.match(seg.strip()) for seg in segments[1:]):
        return True
    # s23: the same with no comma ("le délai pour s'opposer à un nouveau sous-traitant mets 30 jours")
    if not _NOUN_FIRST.match(low) or read_directive(low) is not None or "?" in low:
        return False
    return any(_SET_FIRST.match(low[m.start():]) for m in re.finditer(r"\b(?:mets|mettez|mettons|passe[sz]?|make it|"
                                                                      r"set it|put it)\b", low) if m.start() > 0)


def decide(c: ActContext) -> Understood | None:
    """The act this family reads in the message, or None to let the next family read it."""
    text, slots, state, low = c.text, c.slots, c.state, c.low
    table_topic, asks, base, drafting = c.table_topic, c.asks, c.base, c.drafting
    last_topic, u = c.last_topic, c.u
    if _CONTRACT.search(low) and _CONSIDERING.search(low) and not drafting and slots.facts and not asks:
        return u("state_fact")  # "we're a 15-person firm looking at an MSP contract": who they are, no request yet
    if (_has_table(state) or slots.topic) and not drafting and read_directive(low) is None and objects_to_ours(low):
        # s36: "their owner objects to our cap of 3 months", "leur DAF conteste notre préavis de 6 mois": the other side
        # objecting now to a term of ours — that clause's objections; the figure named is the term objected to, not set
        named = {figure_topic(k) for k in slots.figures} - {None}
        topic = (next(iter(named)) if len(named) == 1 else None) or slots.topic or table_topic or last_topic
        slots.topic = topic  # (the clause the objections are read in: "our cap of 3 months' fees" is the cap, not the fees)
        return u("objections", topic=topic, firm=True)
    if not _has_table(state) and not drafting and _REPORTED_TERM.search(low):
        # "their DPA lets them bring in any subprocessor without telling us", "leur contrat les autorise à…": a term of
        # the contract reported, to be judged, whatever facts come with it
        return u("question", topic=slots.topic)
    if _SAYS.search(low) and not drafting and not _has_table(state) and (slots.figures or slots.facts):
        # "their contract says the fee is 4,100 EUR": what a contract says, reported — judged, no contract to write
        return u("question", topic=slots.topic, assess=bool(slots.figures))
    if _CONTRACT.search(_CONTRACT_TIME.sub(" ", low)) and not re.search(r"\bclauses?\b", low) and not asks_about(low) and \
            not NEED_ASKED.search(low) and (
            drafting or (slots.facts and not asks and not _THEIR_DOCUMENT_TOLD.search(low)) or (
                requests_document(low) and (slots.facts or slots.has_scope_change())) or (slots.has_scope_change() and not asks and not
                                                       _EXISTING_CONTRACT.search(low)) or re.search(r"\b(contrat|contract|agreement) "
                                                                           r"(d'infogerance|complet|full|msa|it|type)\b",
                                                                           low) and not asks) \
            and not (state.contract is not None and not drafting):
        return u("draft_contract")
    if _NEW_DEAL.search(low) and state.contract is None and not asks and (
            slots.facts or slots.add_services or slots.add_assets) and not slots.figures:
        return u("draft_contract")  # "new deal: accounting firm, 30 users, backup + helpdesk": the contract to write
    if re.fullmatch(r"(un |le |a |the )?(contrat|contract|agreement)s?[ ?!.]*", low) or \
            re.fullmatch(r"(une |la |a |the |an? )?(clause|article)s?[ ?!.]*", low):
        return u("clarify")
    if (_PRIORITY.search(_TICKET_PRIORITY.sub(" ", low)) and not ("?" not in low and _PRIORITY_STATED.search(low))) or re.search(
            r"\bmust[- ]haves?\b|\bindispensables?\b", low) and not (
            slots.topic or slots.term or re.search(r"\b(rgpd|gdpr|dpa|clause)\b", low)):
        return u("priorities")  # "our must-haves?"; "our GDPR must-haves in the contract" asks what it must contain
    if slots.remove_topics and state.contract is not None and not slots.add_topics and (
            _ADD_REMOVE.match(low) or _ADD_REMOVE.search(re.split(r"[,;.!]", low)[0])):
        return u("add_remove")  # "remove the non-solicitation clause, they won't sign it"
    if _THEY_HOLD_ACCESS.match(low) and not asks and not drafting and not slots.figures and \
            not re.search(r"\b(veu\w*|voudr\w*|want\w*|'d like|would like)\b", low):
        slots.add_services, slots.add_assets, slots.remove_services, slots.remove_assets = [], [], [], []
        return u("state_fact")  # "ils ont un admin interne qui a aussi les accès root": who holds the keys
    if _THEY_SUBCONTRACT.search(low) and not drafting and not slots.figures:
        slots.add_services, slots.add_assets = [], []
        return u("question", topic=None, firm=True)  # their plan to pass the work on (sub-processing, transfer), judged
    if _has_table(state) and slots.topic and slots.topic != table_topic and not asks and not slots.figures and \
            _NEXT_CLAUSE.match(low):
        # "now do the liability one", "fais maintenant celle sur la réversibilité": the next clause, drafted
        return u("draft_clause", topic=slots.topic, relative=slots.position in ("mine", "theirs"))
    segments = re.split(r"[,;.!]\s", low)
    if slots.figures and _has_table(state) and "?" not in low and slots.position in (None, "balanced") and len(segments) > 1 and \
            any(_SET_FIRST.match(seg.strip()) for seg in segments[1:]) and not _SET_FIRST.match(segments[0]):
        # "meet them halfway, make it 14": the figure set is the compromise; no other position asked
        slots.position = None
        return u("set_figure", topic=table_topic or slots.topic or state.last.topic)
    if (slots.figures or any(q.unit for q in slots.quantities)) and _has_table(state) and "?" not in low and \
            not slots.position and (_SET_FIRST.match(re.split(r"[,;.!]\s", low)[0]) or _SET_FIRST.match(low) or
                                    _topic_then_set(low) or _granted_figure(low, slots)):
        # "make it 3 months instead, they'll never swallow 6": the change is asked, the other side's refusal is the reason
        fig_topic = slots.topic
        if table_topic and fig_topic != table_topic and all(figure_topic(k) == table_topic for k in slots.figures):
            fig_topic = table_topic
        return u("set_figure", topic=fig_topic or table_topic or state.last.topic)
    # s16: a request said first and its reason after ("plutôt la version du client, sinon ça va bloquer", "rather 24 hours,
    # otherwise their DPO won't sign"): the other side's reaction named in the reason is no question about it
    reason = _REASON_AFTER.search(low)
    if reason and reason.start() > 0 and "?" not in low and (
            _SET_FIRST.match(low[:reason.start()]) or read_directive(low[:reason.start()]) is not None or
            re.match(r"(plutot|rather|instead|more like)\b", low)):
        low_objection = low[:reason.start()]
    elif READER_TAIL.search(low) and READER_TAIL.search(low).start() > 0 and (slots.more_balanced or slots.position):
        # s28: "make it more balanced, the client's IT lead will read it": the request first, who will read it after
        low_objection = low[:READER_TAIL.search(low).start()]
    else:
        low_objection = low
    # s30: a refusal told in the past ("il avait refusé notre offre", "le client a refusé le devis") is a fact of the story,
    # not the other side's objection foreseen
    low_objection = _PAST_REFUSAL.sub(" ", low_objection)
    if (_OBJECTIONS.search(_SELF_STUCK.sub(" ", _PURPOSE.sub(" ", low_objection))) or _reaction_of_other_party(low_objection) or (
            _THEY_WILL_CHANGE.search(low_objection) and _ASKED_WHAT.search(low_objection) and not slots.figures)) and \
            not _RIGHTS.search(low) and not may_party(low) and not (not _has_table(state) and _MAY_ASKED.search(low)) and \
            not _LAW_INVOKED.search(low) and not (
            _ASSESS.search(low) and not _LIKELY.search(low)) and not (
            _TOO_HARSH.search(low) and _has_table(state)) and not (
            _DRAFT.match(low) and (slots.topic or "clause" in low) and not _has_table(state)) and not (
            (_ordered_figure(low, slots) or _granted_figure(low, slots)) and _has_table(state)) and (
            _has_table(state) or slots.topic or "clause" in low or (
                state.last.topic and state.last.act in ("review", "question", "follow_up", "objections") and
                not re.match(r"(et |and |mais |but )?(si|s'il|s'ils|if|what if|even if|meme si)\b", low) and
                re.search(r"\b(va|vont|will|would|going to|gonna|risque\w*)\b|\w'll\b", low_objection))):
        return u("objections")
    if (_REPHRASE.search(low) and (state.last.text or _has_table(state)) and not slots.topic or
            _REPHRASE.search(low) and re.search(r"\b(la|cette|ta|the|this|that) clause\b|\b(ca|ce|it|that)\b", low)
            and state.last.text) and not (slots.figures and re.search(r"\b(trop|too|way too) (long|short|court)\b", low)) and \
            not (slots.relative is not None and slots.relative[0] == "add" and _has_table(state)) and \
            not (_DEFINE.search(low) and (slots.term or base.term) and not re.search(r"\b(la|cette|ta|the|this|that) clause\b", low)):
        # (s16: "their partner asked what RPO means, can you explain it simply" asks a term's meaning in plain words)
        # ("8h c'est trop long ?" judges the figure, not the text)
        return u("rephrase")
    if slots.remove_topics and state.contract is not None and not asks and not slots.add_topics:
        return u("add_remove")  # "on ne veut pas de clause de non-sollicitation", with a contract in progress
    if (slots.figures or slots.facts) and not _has_table(state) and not drafting and not asks and \
            read_directive(low) is None and stated_value(low) and not (
            _SAYS.search(low) or _OWN_TERM.search(low) or _REPORTED_TERM.search(low)) and not _deal_told(c):
        # "fee is 3,600 EUR per month", "le loyer sera de 900 € HT": a subject set equal to a value, no order — a fact of
        # the deal, stated (no clause asked for)
        return u("state_fact")
    named = slots.topic if slots.topic and (slots.pasted or quoted(text)) else clause_topic(text)  # a pasted clause: its own subject
    if named and (not asks or drafting) and not asks_about(low) and not _ASSESS.search(low) and not _OBJECTIONS.search(low) and not (
            asks and _RIGHTS.search(low)) and not (
            _REPHRASE.search(low)) and (re.search(r"\bclauses?\b", low) or not _has_table(state)) and not (
            state.clause is not None and state.clause.topic == named and not drafting) and (
            drafting and not _has_table(state) or re.search(r"\bclauses?\b", low) and (not (
                state.contract is not None and (slots.position or slots.figures or _CHANGE.search(low))) or
                # s21: a clause ordered anew with its side or figures while a contract is in progress ("rédige-moi la
                # clause pénalités côté presta, plafond 5 %"): that clause drafted, not the contract's side changed
                (drafting or _NEW_TEXT_ORDER.match(low)) and _NEW_TEXT_ORDER.search(low) and
                (state.clause is None or state.clause.topic != named)) or
            (slots.figures or slots.facts and not set(slots.facts) <= _PLAIN_FACTS) and
            clause_topic(" ".join(text.split()[:3])) == named and not (
                state.contract is not None and slots.figures and not drafting)) and not (
            _ADD_REMOVE.search(low) and state.contract is not None):
        return u("draft_clause", topic=named, relative=slots.position in ("mine", "theirs"))
    if slots.side and not _has_table(state) and not drafting and not asks and re.search(
            r"\b(je suis|on est|nous sommes|i'?m|we'?re|we are|i am)( [\w']+){0,3}? (du |on the )?(cote|side)\b", low):
        return u("state_fact")  # "on est côté client": who the user is
    party = re.fullmatch(r"(et |and |ok |bon )?(pour|cote|for|from|on) (le |la |the )?(prestataire|presta|provider|msp|"
                         r"fournisseur|client|customer)('?s)?( side)?( (ca donne quoi|alors|then|version|please|stp|svp|"
                         r"what does it look like|ca donnerait quoi))?\W*", low)
    if party and state.clause is not None and not slots.topic:
        slots.position = "client" if party.group(4) in ("client", "customer") else "msp"
        return u("change_position", relative=False)  # "et pour le prestataire ça donne quoi ?": that side's version
    if slots.position and (drafting and (slots.topic or "clause" in low) and not _has_table(state)) and not asks_about(low):
        return u("draft_clause", relative=slots.position in ("mine", "theirs"))
    if slots.position and orders_new_text(low) and not asks_about(low) and state.contract is None:
        # "write a more balanced one", "rédige une clause de réversibilité plus équitable": a text ordered — the adjective
        # is the version wanted, the act is the draft (of the clause named, else of the subject just discussed); on the
        # clause on the table, the same order is its new version
        wanted = slots.topic or clause_topic(text)
        if state.clause is None and (wanted or last_topic):
            return u("draft_clause", topic=wanted or last_topic, relative=slots.position in ("mine", "theirs"))
        if state.clause is not None and wanted and wanted != state.clause.topic and re.search(r"\bclauses?\b", low):
            return u("draft_clause", topic=wanted, relative=slots.position in ("mine", "theirs"))
    if state.clause is None and state.contract is None and last_topic and not slots.topic and drafting and \
            _ONE_OF_IT.search(low) and not asks_about(low) and not slots.figures:
        # s29: "rédige-m'en une", "draft me one", "write one for us then" with no draft yet: the clause of the subject just
        # discussed or searched
        return u("draft_clause", topic=last_topic, relative=slots.position in ("mine", "theirs"))
    ordered = slots.topic or clause_topic(text)
    if slots.position in ("msp", "client", "mine", "theirs") and state.contract is not None and not asks and ordered and \
            _NEW_CLAUSE_ORDERED.match(low) and (state.clause is None or ordered != state.clause.topic):
        # s33: "propose une limitation de responsabilité côté nous", "now write us a confidentiality clause from our side"
        # with a contract in progress: a clause of another subject ordered with an article, drafted on the side named
        return u("draft_clause", topic=ordered, relative=slots.position in ("mine", "theirs"))
    if slots.position in ("msp", "client", "balanced") and state.contract is not None and not asks and _CLAUSE_PUT_IN.search(low) \
            and (slots.topic or clause_topic(text)):
        # s25: "mets une clause de réversibilité côté presta", "put a termination clause in, customer side" with a contract
        # in progress: a clause ordered (an article "une"/"a", a verb that puts it in), drafted on the side named; "passe la
        # clause côté presta" (the one on the table) stays a change of position
        return u("draft_clause", topic=slots.topic or clause_topic(text), relative=False)
    if slots.position and not (_ASSESS.search(low) and not _CHANGE.search(low) and not _TOO_HARSH.search(low) and not (
            _has_table(state) and (_COMPLAINT.search(low) or re.search(r"\b(en leur faveur|in their favou?r|a leur avantage|"
                                                                       r"pour eux)\b", low)))) and \
            not asks_about(low) and not (asks and _COMPARE.search(low) and not _has_table(state)) and not (
            not _has_table(state) and not drafting and _MAY_ASKED.search(low)) and not (
            # s26: "garantie à première demande ou caution, laquelle est la plus solide pour nous ?": which of two things
            # is best for the user, asked with nothing on the table, is a question, not a version of a clause
            asks and not _has_table(state) and not drafting and re.search(r"\b(lequel|laquelle|lesquel\w*|which)\b", low)) and (
            not asks or _has_table(state) or _CHANGE.search(low) or drafting or
            re.search(r"\b(version|plus|more|moins|less|trop|too|rather|plutot)\b", low)):
        return u("change_position", relative=slots.position in ("mine", "theirs"))
    if drafting and (re.search(r"\bclauses?\b", low) or slots.topic) and not asks_about(low) and not (
            asks and _ASSESS.search(low) and slots.figures):  # "on voudrait mettre 3 ans de non-débauche, ça passe ?"
        return u("draft_clause")
    return None


def _deal_told(c) -> bool:
    """s30: the provider's first message that tells the deal ("client : 2 salles…, on fait supervision…, hors sauvegarde"):
    the contract to draft (`act_content._deal_described`), even when one of its facts reads as a value stated."""
    from assistant.chat.act_content import _deal_described

    return _deal_described(c)
