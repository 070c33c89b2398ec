"""The act of a message (CHAT_SPEC): what the user wants, decided from the message (wording first), the slots
and what is on the table (a clause, a contract, a pending question). `classify` runs the regular reader
(`chat.act_rules`) and then the checks that override it (a law question on what is on the table, a story that ends
on a question); `read_act` adds the learned reader's gate (`chat.act_model`) where the regular reader fell back to a
weak act."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.chat.act_catalogue import _ANSWERING_ACTS, _WORK_ACTS, Understood
from assistant.chat.act_pasted import _PASTED_MAX_WORDS, quoted
from assistant.chat.act_questions import _DIFFERENT_FROM
from assistant.chat.act_rules import _classify, _has_table
from assistant.chat.answer_plan import asks_yes_no, question_type
from assistant.chat.directive import law_judgement_asked
from assistant.chat.intent import GENERIC_TERMS, detect_intent, find_term, find_terms
from assistant.chat.likened import likens_notions
from assistant.chat.count_revised import count_revised
from assistant.chat.meaning_for_case import meaning_for_case
from assistant.chat.new_term import drafts_new_term
from assistant.chat.polar import question_ask
from assistant.chat.slots import Slots
from assistant.chat.slot_topics import clause_topic
from assistant.chat.state import ConversationState
from assistant.chat.term_asked import asked_words
from assistant.chat.typos import mend_typos
from assistant.text import fold


def classify(text: str, slots: Slots, state: ConversationState) -> Understood:
    # s24: the act is read on the words the slots were read on — a clause named with a typo ("clause de resilitation",
    # "terminaton clause") is that clause for the act's rules too, not an unknown word beside a contract on the table
    text = mend_typos(text)
    understood = _classify(text, slots, state)
    understood = _their_side(text, understood, slots, state)
    if understood.act in ("set_figure", "question", "follow_up") and "?" not in text:
        # s37: "mets une GTI de deux heures sur la caisse", "add a price review tied to syntec, capped at 2.5%": a new term
        # brought in with its figure while no clause of that subject is in focus — that clause written with the figure
        # (chat.new_term; the definite "mets la GTI à 2 h" sets the figure of what is there)
        # (a service or an asset added with its figure, read as such, stays a change of the scope)
        topic = drafts_new_term(fold(text), slots.figures or slots.quantities, state.clause.topic if state.clause else None)
        if topic:
            slots.topic = topic
            return replace(understood, act="draft_clause", topic=topic, firm=True)
    if understood.act in ("explain_term", "add_remove") and meaning_for_case(fold(text)) and (
            understood.act == "explain_term" or "?" in text and not slots.has_scope_change()):
        # s37: "la GTR de 8h, ça veut dire que si ça plante le vendredi on attend lundi ?", "what's the point of a
        # reversibility plan if we host nothing": a term's meaning weighed against the user's case — a question on that
        # case, not a definition (chat.meaning_for_case)
        return replace(understood, act="question", topic=understood.topic or slots.topic, firm=True)
    if understood.act in ("question", "follow_up") and not understood.firm and likens_notions(fold(text), bool(slots.figures)):
        # s37: "la réversibilité c'est pareil que la restitution des données ?", "is a sub-processor the same as a
        # subcontractor?": two notions likened or told apart — the glossary term named explained against the other
        # (chat.likened; the explain tool answers with what sets them apart)
        named = [t for t in find_terms(text) if t not in GENERIC_TERMS]
        if named:
            return replace(understood, act="explain_term", term=named[0], firm=True)
    if understood.act == "state_fact" and "?" not in text and count_revised(slots, state):
        # s37: "ajoute deux ébénistes", "they closed one of the depots" with a clause or a contract made: a count changed by
        # so many — a figure of what was made set (chat.count_revised); told again whole, or with nothing made, a fact
        return replace(understood, act="set_figure", topic=understood.topic or (state.clause.topic if state.clause else None)
                       or state.last.topic, firm=True)
    if understood.act == "set_figure" and state.contract is None and slots.figures and \
            _CONTRACT_ORDERED.search(fold(text)):
        # s35: "mets la durée à trente-six mois et génère le contrat", "set the term to 24 months and generate the
        # contract": a figure and the whole contract ordered in one message, no contract made yet — the contract written
        # with that figure (the router revises it with the message's figures), not only the figure's clause
        return replace(understood, act="draft_contract", firm=True)
    if understood.act == "set_figure" and not _has_table(state) and state.contract is None and \
            text.rstrip().endswith("?") and question_ask(text) in ("must", "may"):
        # s36: "notre forfait est indexé sur un indice qui a reculé de 1,5 %, on est obligés de réduire le tarif ?", "our fee
        # went up 4 % this year, do we have to accept it?": a figure told of the world inside a question on what one must
        # or may do, with nothing on the table — a question, no figure to set (tests/test_answer_classes_s36.py)
        return replace(understood, act="question", firm=True)
    if understood.act in ("question", "follow_up", "priorities", "rephrase", "out_of_scope") \
            and state.last.act not in ("", "out_of_scope") and _CHOICE.match(fold(text)):
        # "laquelle est la plus importante pour nous ?", "which one matters more for us?": one of the things the last
        # answer named is picked — a follow-up on that answer, not the user's negotiating priorities
        act = "question" if understood.act == "question" else "follow_up"
        return replace(understood, act=act, topic=understood.topic or state.last.topic, firm=True)
    if understood.act in ("follow_up", "state_fact", "out_of_scope") and _DATA_KIND_ASKED.search(fold(text)) and \
            ("?" in text or _ASKED_FIRST.match(fold(text))) and not slots.figures:
        # s36: "c'est des données de santé les allergies ?", "are members' fingerprints biometric data?", "does that count as
        # sensitive data?": whether a kind of data falls in a category the law sets apart (GDPR Art. 4, 9) — a question of
        # law of its own, not the last answer asked again nor a fact told (the kind named is still noted as a fact)
        return replace(understood, act="question", topic=understood.topic or "data_protection", firm=True)
    if understood.act == "follow_up" and _EXTRA_CHARGE.search(fold(text)) and _USUAL_ASKED.search(fold(text)):
        # s32: "they say restore tests are extra. is that normal?", "ils facturent les déplacements en sus, c'est
        # courant ?": whether a service is normally included in the fee — a question on the market's practice and the
        # contract's scope, not a follow-up on the last answer's wording
        topic = understood.topic or (state.clause.topic if state.clause else None) or state.last.topic
        return replace(understood, act="question", topic=topic, firm=True)
    if understood.act == "obligations" and _LAW_DUTIES_OWED.search(fold(text)) and not _MEANS_OR_RESULT.search(fold(text)):
        # s32: "as the processor, what do we actually owe them under the gdpr?", "qu'est-ce qu'on leur doit côté rgpd ?":
        # the duties the law sets for a role, asked in everyday words — the law's list (a question), not the kinds of
        # obligation (means or result) of the service commitments
        return replace(understood, act="question", firm=True)
    if understood.act == "objections" and not slots.topic and slots.figures:
        # s32: "et un engagement de quatre ans ferme, ils vont accepter ?" with the penalties on the table: the other side's
        # reaction to the figure named, in that figure's clause (not the one last shown)
        from assistant.chat.slot_figure_cues import figure_topic

        named = {figure_topic(k) for k in slots.figures} - {None}
        if len(named) == 1 and understood.topic not in named:
            slots.topic = next(iter(named))  # (the clause the plan's objections are read in)
            return replace(understood, topic=slots.topic)
    if understood.act == "question" and _has_table(state) and understood.topic == "disputes" and \
            law_judgement_asked(fold(text)) and not clause_topic(_COURT.sub(" ", fold(text))):
        # "un tribunal la jugerait abusive ?" on a penalty clause: the court is the judge asked, the clause is the subject
        table_topic = state.clause.topic if state.clause else state.last.topic
        if table_topic and table_topic != "disputes":
            return replace(understood, topic=table_topic, firm=True)
    if understood.act == "follow_up" and _has_table(state) and law_judgement_asked(fold(text)) and _NEW_CASE.match(fold(text)):
        # s35: "et si je résilie avant la fin ils demandent toutes les mensualités restantes, c'est valable ?": a new case
        # supposed, whose own subject is not the clause on the table's, and the law's judgement asked on it — a question on
        # that case (the exit's price), not a follow-up on the clause on the table
        table_topic = state.clause.topic if state.clause else state.last.topic
        if slots.topic and slots.topic != table_topic or not slots.topic and _THEIR_DEMAND.search(fold(text)):
            # (with no subject named, the other side's demand in the case is its subject: "… ils exigent qu'on paie tous
            # les mois restants, c'est légal ?")
            return replace(understood, act="question", topic=slots.topic, firm=True)
    if understood.act in ("question", "follow_up") and _has_table(state) and law_judgement_asked(fold(text)):
        return replace(understood, firm=True)  # a law question read as one: the learned reader does not reword it
    if understood.act not in _ANSWERING_ACTS and _has_table(state) and law_judgement_asked(fold(text)) and \
            not _DIFFERENT_FROM.search(fold(text)):
        # "is it legal to word it like that?", "would a court enforce that fee?", "on a le droit de l'écrire ainsi ?":
        # the law's judgement on what is on the table — a question, never a rewording, a new version or off topic (a
        # court named is the judge asked, not the disputes clause; a clause named by its name is the one asked about)
        low = fold(text)
        table_topic = state.clause.topic if state.clause else state.last.topic
        named = slots.topic if slots.topic and re.search(r"\b(clauses?|article|articles)\b", low) else None
        return Understood(act="question", slots=slots, topic=named or table_topic or slots.topic, term=slots.term,
                          assess=bool(slots.figures), firm=True)
    if understood.act in _WORK_ACTS or understood.act in ("obligations", "draft_contract"):
        low = fold(text).strip()
        asked = _story_then_question(text, low, state)
        if asked is not None and (understood.act != "obligations" or asked == "who_proves"):
            # a situation told in several sentences, then a legal question on it ("… il a le droit de nous tenir comme
            # ça ?", "… what happens if we go ahead?"): the question is answered; the story is no clause to draft, no
            # objection to prepare, no position to change and, unless a long text is pasted, no document to review
            # (the obligations engine keeps "means or result?" and gives up only "who has to prove it?")
            base = detect_intent(text, has_draft=_has_table(state))
            if asked == "what_is" and base.name == "explain_term" and base.term:
                # s12: "… notre avocat parle de 'fin de non-recevoir'… c'est quoi concrètement ?": the term the story names,
                # explained
                return Understood(act="explain_term", slots=understood.slots, topic=understood.topic, term=base.term)
            return Understood(act="question", slots=understood.slots, topic=understood.topic, term=understood.term)
    return understood


# s36: a category of data the GDPR sets apart, named as what something is ("c'est de la donnée de santé", "is it biometric
# data", "does that count as sensitive data", "au sens du rgpd c'est sensible")
_DATA_KIND_ASKED = re.compile(
    r"\b(?:c'?est|ce sont|est-ce|sont|serait|seraient|is|are|was|would|count\w* as|qualif\w*|consider\w* (?:as )?|rentre\w* dans|"
    r"considere\w* comme|relev\w* (?:de|des))\b[^.?!]{0,40}\b(?:(?:des |de la |de |a |an |the )?(?:donnees?|data)\s+(?:de sante|"
    r"sensibles?|biometriques?|medicales?|genetiques?|personnelles?|a caractere personnel|health|sensitive|biometric|medical|genetic|"
    r"personal)|(?:health|sensitive|biometric|medical|genetic|personal) (?:data|information|info)|categories? particulieres?|"
    r"special categor\w*|sensibles?|biometriques?)\b")
_ASKED_FIRST = re.compile(r"^\W*(?:is|are|does|do|would|could|est-ce|c'?est|sont)\b")


# s36: the user's own question on the other side's demand ("… je peux refuser ?", "can we say no?", "do we have to accept?",
# "on est obligés ?"): a question of law of its own, answered, not the negotiation notes
_OWN_RIGHT_ASKED = re.compile(r"\b(?:je|on|nous|we|i)\b[^.?!]{0,12}\b(?:peu[xt]|pouvons|can|could|may|must|have to|dois|doit|"
                              r"devons|oblige\w*|forced|required|allowed|droit)\b[^.?!]{0,30}\?|"
                              r"\b(?:do|must|should|can|may) (?:we|i)\b[^.?!]{0,40}\?|\b(?:peut-on|doit-on|dois-je|puis-je)\b")


# s35: acts that would write the message's figures or facts into the user's own contract or scope
_WRITING_ACTS = ("set_figure", "state_fact", "change_position", "add_remove")


def _their_side(text: str, understood: Understood, slots: Slots, state: ConversationState) -> Understood:
    """s35 (`chat.their_terms`): the other side's terms reported ("le fournisseur veut une durée ferme de quatre ans",
    "they wrote that they may raise prices any time") are a question on those terms — their figures are no figure of the
    user's contract, their exclusions take no service out of the user's scope, "fair?" asks no change of side; how to
    answer the other side's argument ("they'll say the index is standard, what do I answer?") is that clause's objections."""
    from assistant.chat.their_terms import asks_how_to_answer, asks_leave, relays_their_question, reported_terms

    low = fold(text)
    if understood.act == "out_of_scope" and _has_table(state) and relays_their_question(low):
        # s36: "leur directrice veut savoir comment on les prévient en cas de fuite, on lui dit quoi ?" with a clause on the
        # table: the other side's question in the negotiation, answered (its words may miss the field's vocabulary)
        return replace(understood, act="question", firm=True)
    if understood.act in ("follow_up", "question", "objections") and relays_their_question(low):
        # "they ask how availability is measured. what should we say?": their question answered, firm (not the clause's
        # objections)
        return replace(understood, act="question" if understood.act == "objections" else understood.act, firm=True)
    if understood.act in ("follow_up", "question") and asks_leave(low) and (_has_table(state) or slots.topic) and \
            not _OWN_RIGHT_ASKED.search(low):
        # s36: "they ask if they can audit us", "ils demandent s'ils peuvent venir nous auditer": a right they ask for — the
        # objections of the clause it belongs to (named, on the table, or the last answer's)
        topic = slots.topic or understood.topic or (state.clause.topic if state.clause else None) or state.last.topic
        if topic:
            slots.topic = topic
            return replace(understood, act="objections", topic=topic, firm=True)
    if understood.act in ("follow_up", "question", "state_fact", "set_figure", "add_remove") and asks_how_to_answer(low):
        topic = slots.topic or understood.topic or (state.clause.topic if state.clause else None) or state.last.topic
        if topic:
            return replace(understood, act="objections", topic=topic, firm=True)
    if understood.act in _WRITING_ACTS and slots.figures and _CORRECTION.search(low) and _their_text_last(state):
        # s36: "non pardon c'est 24 mois et 3 mois de préavis, j'avais mal lu", "sorry, I misread: it's 3 months" right after
        # the other side's terms were quoted or reported: their text corrected — a question on the corrected terms (the
        # figures read against the library's ranges), never a figure of the user's own contract
        from assistant.chat.directive import read_directive

        if read_directive(re.sub(r"^\W*(?:non|no|nope|ah non|oh|oops|pardon|sorry|my bad|erreur|correction)\b\W*", "", low)) is None:
            quiet = replace(slots, facts={}, relative=None, relative_also=None, count_changes=[], position=None, side=None,
                            figures=_as_their_figures(slots, state))
            topic = slots.topic or state.last.topic or understood.topic
            return Understood(act="question", slots=quiet, topic=topic, term=slots.term, assess=True, firm=True)
    if understood.act in _WRITING_ACTS and reported_terms(low, state.side):
        from assistant.chat.slot_figure_cues import figure_topic

        named = [figure_topic(k) for k in slots.figures if figure_topic(k)]
        topic = slots.topic or clause_topic(low) or (named[0] if named else None) or understood.topic
        # what the message told is the other side's text: nothing of it goes to the user's scope, counts or side
        quiet = replace(slots, facts={}, add_services=[], remove_services=[], add_assets=[], remove_assets=[],
                        add_topics=[], remove_topics=[], count_changes=[], relative=None, relative_also=None,
                        position=None, side=None, more_balanced=False)
        return Understood(act="question", slots=quiet, topic=topic, term=slots.term, assess=bool(slots.figures), firm=True)
    return understood


# s36: a correction said as such ("non pardon", "sorry, I misread", "j'avais mal lu", "my bad", "erreur")
_CORRECTION = re.compile(r"^\W*(?:(?:ah|oh|euh)\W+)?(?:non\b|no\b|nope\b|oops|pardon|sorry|my bad|erreur|correction|en fait non)|"
                         r"\b(?:mal lu|mal recopie|misread|mis-read|i misread|j'ai mal lu|j'avais mal lu|typo|je me suis trompe\w*|"
                         r"i was wrong|my mistake)\b")


def _their_text_last(state: ConversationState) -> bool:
    """Whether the last message quoted or reported the other side's terms (a clause in quotes, "le presta propose…",
    "their terms say…")."""
    from assistant.chat.their_terms import reported_terms

    last = state.last.question or ""
    return bool(last) and state.last.act in ("question", "review", "follow_up") and bool(
        quoted(last) or reported_terms(fold(last), state.side))


def _as_their_figures(slots: Slots, state: ConversationState) -> dict:
    """The corrected values put in the place of the figures the other side's text named last, in order, unit for unit
    ("'reconduction par périodes de 36 mois, préavis six mois'" then "c'est 24 mois et 3 mois de préavis": the renewal
    period is 24 months, the notice 3); when the values said do not pair with them, the message's own figures."""
    from assistant.chat.slots import read_slots

    theirs = read_slots(state.last.question or "", side_hint=state.side).figures
    unit_of = {"month": "months", "year": "years", "day": "days", "hour": "hours", "percent": "percent", "eur": "eur"}
    said: dict[str, list] = {}
    for q in slots.quantities:
        if q.unit in unit_of:
            said.setdefault(unit_of[q.unit], []).append(q.value)
    out = {}
    for unit, values in said.items():
        keys = [k for k in theirs if k.endswith("_" + unit)]
        if len(keys) != len(values):
            return slots.figures
        out.update({k: int(v) if float(v).is_integer() else v for k, v in zip(keys, values)})
    return out or slots.figures


def read_act(text: str, slots: Slots, state: ConversationState, reader=None, known=None) -> Understood:
    """The act of a message: the regular reader above, then, when a learned reader is given
    (`chat.act_model.ActReader`), its gate where the regular reader fell back to a weak act. `known(words)` tells
    whether the knowledge base holds any of the words a definition asks about (see `_definition_reread`)."""
    understood = classify(text, slots, state)
    understood = reader.gate(mend_typos(text), understood, state) if reader is not None else understood
    if understood.act == "obligations" and _LAW_DUTIES_OWED.search(fold(text)) and not _MEANS_OR_RESULT.search(fold(text)):
        # (the same after the learned reader's gate: the law's list of duties is a question, see `classify`)
        understood = replace(understood, act="question", firm=True)
    return _definition_reread(text, understood, known)


def _definition_reread(text: str, understood: Understood, known=None) -> Understood:
    """s25-ans3: a definition asked of words the glossary does not hold ("ça veut dire quoi 'secret des affaires' dans un
    NDA ?", "what's a step-in right?") is a definition all the same, never the look-alike term the rest of the sentence
    names (the NDA) nor a refusal: the tool reads the words and answers from what treats them (`term_answer`)."""
    if understood.act in ("follow_up", "question") and not understood.firm:
        return _term_after_work(text, understood, known)
    if understood.act not in ("explain_term", "out_of_scope", "clarify"):
        return understood
    words = asked_words(mend_typos(text))
    if words is None:
        return understood
    if understood.act == "out_of_scope" and known is not None and not known(words):
        return understood  # "what's the weather in Lyon tomorrow?": words the knowledge base never uses stay outside
    own = find_term(words)
    if understood.act == "explain_term" and own == understood.term:
        return understood
    return Understood(act="explain_term", slots=understood.slots, topic=understood.topic, term=own, firm=True)


_SHORT_DEFINITION_WORDS = 12


def _term_after_work(text: str, understood: Understood, known=None) -> Understood:
    """s35: a term asked on its own after a draft or an answer ("c'est quoi une faute lourde concrètement ?", "rappelle-moi
    ce que c'est, la GTR", "what's gross negligence, concretely?"): a definition, not a follow-up on the clause on the
    table — when the message only asks what the words mean (short, no value, risk or judgement asked) and the glossary or
    the knowledge base treats them."""
    from assistant.chat.act_questions import VALUE_ASKED

    low = fold(mend_typos(text))
    words = asked_words(mend_typos(text))
    if words is None or len(low.split()) > _SHORT_DEFINITION_WORDS or VALUE_ASKED.search(low) or _RISK_OR_JUDGEMENT.search(low):
        return understood
    if _SUBJECT_FIRST.match(words):
        return understood  # "qu'est-ce que je demande à la place ?", "what do we propose?": a sentence, no term asked
    own = find_term(words)
    if own is None and (known is None or not known(words)):
        return understood
    return Understood(act="explain_term", slots=understood.slots, topic=understood.topic, term=own, firm=True)


_SUBJECT_FIRST = re.compile(r"(?:je|j'|tu|il|elle|on|nous|vous|ils|elles|i|you|he|she|we|they|it|ca|cela|c'|y a|there)\b")


_RISK_OR_JUDGEMENT = re.compile(r"\b(?:risques?|risks?|dangers?|pieges?|traps?|pitfalls?|normal|ok|acceptable|legal|valable|"
                                r"usual|usually|typical|typically|common|standard|courante?s?|habituel\w*|usuel\w*|classique|"
                                r"valid|enforceable|abusi\w*|excessi\w*|pour (?:nous|moi)|for (?:us|me)|dans (?:notre|ma|mon|la|le) "
                                r"(?:clause|contrat|projet|texte)|in (?:our|my|the|this) (?:clause|contract|draft|text)|"
                                r"difference|vs|versus|entre|between|need|needs|besoin|faut|do (?:i|we)|should|must|doit|dois|"
                                r"devons|peut|peuvent|can (?:i|we|they))\b")


# the sentence that asks: an order to draft or rewrite ("rédige-moi…", "draft it", "write me…") is no question to answer
_ORDER_TO_DRAFT = re.compile(r"\b(redige\w*|reecri\w*|reformule\w*|draft (me|us|it|one|a|an|the)|write (me|us|it|one|a|an|the)|"
                             r"rewrite|redraft|propose[- ](moi|nous)|make (me|us)|fais[- ](moi|nous)|genere\w*|prepare[- ](moi|nous)|"
                             r"(tu|vous) (peux|pouvez|pourrais|pourriez)|(can|could|would|will) (you|u)|export\w*)\b")
_STORY_MIN_WORDS = 25


# a question that opens by picking one of the things just named
_CHOICE = re.compile(r"^\W*(?:(?:et|and|ok|okay|so|bon|alors|du coup|donc|mais|but|then|puis|ah)\W+)*(?:(?:et |and )?(?:parmi|among) "
                     r"(?:les deux|ces deux|the two|both|them|those|these)\W+)?(?:laquelle|lequel|lesquel(?:le)?s|which (?:one|ones|"
                     r"of (?:the two|the 2|both|them|these|those)|is (?:more|most|the most|better|best)))\b")


# s32: what a party owes under the data protection law, in everyday words ("what do we owe them under the gdpr", "on
# leur doit quoi niveau rgpd", "what are we on the hook for under gdpr")
_LAW_DUTIES_OWED = re.compile(r"\b(?:owe|owes|owed|on the hook for|liable for|responsible for|have to do|must (?:we|i) do|"
                              r"doit|doivent|devons|devez|dois|doit-on|devons-nous|est-ce qu'on doit|on doit)\b[^.?!]{0,40}"
                              r"\b(?:rgpd|gdpr|protection des donnees|data protection)\b|\b(?:rgpd|gdpr)\b[^.?!]{0,40}\b(?:owe|owes|"
                              r"doit|doivent|devons|on doit)\b")
_MEANS_OR_RESULT = re.compile(r"\b(?:moyens?|means)\b.{0,40}\b(?:resultat|result)\b|\b(?:resultat|result)\b.{0,40}\b(?:moyens?|means)\b")
# s32: a service said to be charged on top of the fee ("X is extra", "billed separately", "en sus", "hors forfait")
_EXTRA_CHARGE = re.compile(
    r"\b(?:extra|on top|separately|(?:at|for an?) (?:additional|extra) (?:cost|charge|fee)|additional (?:cost|charge|fee)s?|"
    r"not (?:included|covered|part of the (?:fee|package|price))|(?:isn'?t|aren'?t) (?:included|covered)|"
    r"(?:billed|charged|invoiced|priced|sold) (?:apart|on (?:their|its) own|as an? (?:extra|add-?on|option))|add-?ons?|"
    r"en (?:sus|supplement|plus|option)|a part\b|hors (?:forfait|redevance|contrat)|(?:pas|non) (?:inclus|compris)\w*|"
    r"supplementaires?|payante?s?|factur\w* (?:a part|separement|en plus|en sus))\b")
# ... and whether that is the usual practice ("is that normal?", "c'est courant ?", "standard?")
_USUAL_ASKED = re.compile(
    r"\b(?:normal|normale|usual|standard|common|typical|customary|the norm|la norme|habituel\w*|courant\w*|classique|"
    r"d'usage|l'usage|comme ca partout|everyone does|tout le monde fait)\b[^.?!]{0,20}\?|"
    r"\b(?:is (?:that|this|it)|c'est|est-ce|ca (?:se fait|arrive)|do (?:they|msps|providers) (?:usually|normally))\b[^.?!]{0,25}"
    r"\b(?:normal|usual|standard|common|typical|customary|habituel\w*|courant\w*|classique|d'usage)\b")


_CONTRACT_ORDERED = re.compile(r"\b(?:genere\w*|generate|fais|faites|redige\w*|ecris|ecrivez|draft|write|produce|produis|"
                               r"sors|sortez|prepare\w*|build|make|create|cree\w*|etabli\w*|put together|draw up)\s+"
                               r"(?:(?:moi|me|nous|us)\s+)?(?:(?:le|un|the|a|an|our|notre|tout le|the whole|the full|"
                               r"the complete|le contrat complet)\s+)?(?:(?:whole|full|complete|entire)\s+)?"
                               r"(?:contrat|contract|agreement|msa)\b(?!\s+(?:clause|article))")
_THEIR_DEMAND = re.compile(r"\b(?:ils|il|elle|elles|le client|le prestataire|le presta|le fournisseur) (?:nous )?(?:exigent|exige|"
                           r"demandent|demande|reclament|reclame|veulent|veut|facturent|facture|imposent|impose)\b|"
                           r"\b(?:they|he|she|the (?:client|customer|provider|vendor|supplier)) (?:want|wants|claim|claims|demand|"
                           r"demands|ask for|asks for|charge|charges|bill|bills|impose|imposes|require|requires)\b")
_NEW_CASE = re.compile(r"^\W*(?:(?:et|and|mais|but|ok|bon)\W+)*(?:si|s'il|s'ils|if|what if|suppose|imagine)\b")


_COURT = re.compile(r"\b(juges?|judges?|courts?|tribunal|tribunaux|magistrat\w*)\b")


def _story_then_question(text: str, low: str, state: ConversationState) -> str | None:
    """A first message that tells a situation (several sentences, 25 words or more) and ends on a question whose
    answer plan is known (is it normal, can they, who proves, what happens if, what do we write…): a question to
    answer. Not with a clause or contract on the table or a question pending (the turn then works on them), not
    when the asked sentence orders a draft, and not when a long text (more than 40 words) is pasted to review.
    Returns the question type asked (who proves, when the last two sentences ask it), else None."""
    if _has_table(state) or state.contract is not None or state.awaiting() or state.last.act:
        return None
    if len(low.split()) < _STORY_MIN_WORDS or "\n\n" in text.strip():
        return None
    parts = [p for p in re.split(r"(?<=[.!?:])\s+", low.strip()) if p.strip()]
    if len(parts) < 2 or "?" not in parts[-1]:
        return None
    asked = parts[-1]
    if _ORDER_TO_DRAFT.search(asked):
        return None
    q = quoted(text)
    if q and len(q.split()) > _PASTED_MAX_WORDS:
        return None
    types = {question_type(asked), question_type(" ".join(parts[-2:]))} - {None}
    found = "who_proves" if "who_proves" in types else question_type(asked) or question_type(" ".join(parts[-2:]))
    tail = re.split(r"[,;]\s*", asked)[-1]  # "… depuis le début, ça se tente ?": the ask after the last comma
    if found is None and len(tail.split()) <= _LAY_ASK_WORDS and asks_yes_no(tail) and not _ORDER_TO_DRAFT.search(tail):
        # s31: the story ends on a short yes/no ask in everyday words whose kind no pattern reads ("faut leur demander
        # avant ?", "ça se tente ?", "on est coincés ?", "any chance?"): a question on the situation, answered as such
        return YES_NO_ASKED
    return found


_LAY_ASK_WORDS = 8
YES_NO_ASKED = "yes_no"  # the kind of a lay yes/no ask (no question type of answer_plan.QTYPES)
