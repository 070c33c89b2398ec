"""The second family of the regular act reader (`chat.act_rules`): texts and documents — the clause just discussed
ordered ("rédige-la"), a counter-proposal, a clause pasted or quoted (rewritten, asked about or reviewed), a
document to review, precedents to find, a document to write or to export."""

from __future__ import annotations

import re

from assistant.chat.act_catalogue import Understood
from assistant.chat.act_context import ActContext, _has_table
from assistant.chat.act_pasted import (_CONTRACT_SENTENCE, _ONE_CLAUSE_WORDS, _one_clause_asked, _rewrite_pasted,
                                       _unquoted, asks_about, clause_brought, pasted_alone, quoted)
from assistant.chat.act_questions import _ASSESS
from assistant.chat.act_requests import (_CONTRACT, _DRAFT_IT, _EXPORT, _FILE_ASKED, _FINAL_DOCUMENT,
                                         _MAKE_ME_A, _NEW_DOCUMENT, _PRECEDENTS, _PRIORITY, _REVIEW, _WHOLE_CONTRACT,
                                         past_deals_searched, examples_in_use_asked)
from assistant.chat.answer_plan import question_type
from assistant.chat.counter_cues import COUNTER_ORDERED
from assistant.chat.directive import yes_no_judgement
from assistant.chat.slot_topics import READER_TAIL, clause_topic
from assistant.chat.state import ConversationState
from assistant.text import fold


# data said to be exported, saved or copied somewhere, in the passive
_DATA_MOVED = re.compile(r"\b(?:sont|est|seront|sera|etaient|are|is|get|gets|were|was|will be)\s+(?:\w+\s+)?(?:export\w*|"
                         r"enregistr\w*|sauvegard\w*|stocke\w*|copie\w*|saved|stored|copied|downloaded|telecharge\w*)\b")

# s34: "do" as an order, not the opening of a question ("ok do the full contract now", "now do me the whole agreement")
_DO_IMPERATIVE = re.compile(r"^(?:(?:ok|okay|right|now|so|then|alright|great)\W+)*do (?:the|me|us|it|a|an|our|my)\b(?!.*\?)")


def _final_document_asked(low: str, asks: bool, state: ConversationState) -> bool:
    """The finished document asked for, with something made to hand over and no question asked about it."""
    return _has_table(state) and not asks and bool(_FINAL_DOCUMENT.search(low)) and not re.search(
        r"\b(combien|quel\w*|comment|pourquoi|est-ce|how|what|which|why|whether|si)\b", low)


def decide(c: ActContext) -> Understood | None:
    """The act this family reads in the message, or None to let the next family read it."""
    text, slots, state, low = c.text, c.slots, c.state, c.low
    asks, drafting, last_topic, u = c.asks, c.drafting, c.last_topic, c.u
    if _DRAFT_IT.search(low) and drafting and not slots.topic and last_topic and not asks_about(low) and (
            state.clause is None or state.clause.topic != last_topic) and not _PRIORITY.search(low):
        # (s33: "fais-moi la liste de ce qu'il faut renégocier": the points to negotiate, no clause to write)
        # "rédige-la", "draft that clause", "write me one": the clause the last answer was about; after a review of a clause
        # brought (it may treat several subjects), the subject of the figures the message asks to write, the first named
        # when they belong to several ("réécris-la : intervention en 2h, crédits jusqu'à 12 %": the service levels)
        from assistant.chat.slot_figure_cues import figure_topic

        named = [figure_topic(k) for k in slots.figures if figure_topic(k)]
        topic = named[0] if state.last.act == "review" and named and named[0] != last_topic else last_topic
        return u("draft_clause", topic=topic, relative=slots.position in ("mine", "theirs"))
    if COUNTER_ORDERED.search(low) and last_topic and not slots.topic and not asks_about(low):
        # "fais-moi une contre-proposition", "suggest an alternative": the user's own version of that clause
        return u("draft_clause", topic=last_topic)
    if state.pending and state.pending.get("kind") == "contract" and not asks and (
            slots.facts or slots.add_services or slots.add_assets):
        return u("draft_contract")  # the details of the contract asked for a turn ago
    if (quoted(text) or slots.pasted) and slots.topic and _rewrite_pasted(text):
        # "réécris cette clause en notre faveur : <clause>", "redraft this so it protects us: …": the pasted clause is
        # the clause to work on, redrafted (toward the side named), not a text to review
        if slots.position is None and re.search(r"\b(protect\w* (us|me)|(nous|me) proteg\w*|pour (nous|moi)|for (us|me)|on our side|"
                                                r"de notre cote|in my favou?r|a mon avantage|en ma faveur)\b", fold(text.split(":", 1)[0])):
            slots.position = "mine"
        return u("draft_clause", topic=slots.topic, relative=slots.position in ("mine", "theirs"))
    if clause_brought(text) and not (state.pending and state.pending.get("kind") == "figure"):
        # s26: "leur clause : « Le Client règle les factures à 15 jours. »", "clause 7: The Customer waives…": a short clause
        # brought alone, nothing asked around it — reviewed for the user's side (not a figure set, a clause to draft or a
        # question)
        # the clause's subject is what its first sentence provides (a second one often limits or sanctions it)
        lead = re.split(r"(?<=[.;!?])\s+", clause_brought(text).strip())[0]
        return u("review", topic=clause_topic(lead) or slots.topic)
    # a clause quoted to ask who must prove or what to write in its place: the question is answered, the clause is no
    # document to review ("le contrat dit '…', c'est à nous de prouver ?", "it just says '…': what do we write instead?")
    if quoted(text) and 6 <= len(quoted(text).split()) <= _ONE_CLAUSE_WORDS and not _REVIEW.search(_unquoted(text, low)) and \
            yes_no_judgement(_unquoted(text, low)):
        # "is this ok? '<one clause>'", "« … » c'est acceptable pour nous ?": one clause quoted and a yes-or-no judgement
        # asked of it — a question on that clause (answered with the clause read), not a whole document to review
        return u("question", topic=slots.topic or clause_topic(quoted(text)), assess=True, firm=True)
    if quoted(text) and _one_clause_asked(text, low):
        # "voici l'article 11.3 : « … » qu'en pensez-vous ?", "they want this in: '…' thoughts?": one clause (one or two
        # sentences) on the table and a question asked of it outside the quote — answered on that clause, not reviewed
        # as a document (several clauses pasted, or a review asked in words, stay a review); the clause's subject is
        # what its first sentence provides (a second one often limits it: "…ne saurait être tenu responsable…")
        lead = re.split(r"(?<=[.;!?])\s+", quoted(text).strip())[0]
        return u("question", topic=clause_topic(lead) or slots.topic or clause_topic(quoted(text)), assess=True, firm=True)
    if quoted(text) and len(quoted(text).split()) >= 6 and (_REVIEW.search(low) or re.search(r"voici|here'?s|here is|notre contrat|our contract|"
                                                          r"dit :|says|je colle|they sent|added this|conditions|"
                                                          r"clause de mon|my contract|t'en penses|thoughts|je signe|"
                                                          r"can i (accept|sign)|conforme|ok\?|acceptable", low) or
                                                          _CONTRACT_SENTENCE.search(fold(quoted(text) or ""))) and not (
            len(quoted(text).split()) <= 40 and question_type(text) in ("who_proves", "what_to_write")):
        return u("review")
    if pasted_alone(text):
        return u("review", topic=slots.topic or clause_topic(text))  # a clause pasted alone: reviewed
    if _PRECEDENTS.search(low) and re.search(r"\b(trouve|cherche|retrouve|donne|montre|find|search|look|show|"
                                             r"get|pull)\w*", low) or past_deals_searched(low) or examples_in_use_asked(low):
        return u("precedents")
    # "je relis le contrat signé : reconduction par 3 ans, c'est normal ?": terms retold and judged, no text to review
    retold = len(text) < 400 and "\n" not in text and not quoted(text) and asks and _ASSESS.search(low)
    # s28: "rends-la plus équilibrée, leur avocat va la relire": the other side's reading told as a reason, no review asked
    reader_told = bool(READER_TAIL.search(low)) and not _REVIEW.search(READER_TAIL.sub("", low)) and _has_table(state)
    if _REVIEW.search(low) and not retold and not reader_told or (len(text) > 600 and len(re.findall(r"(?im)^\s*(article|art\.|\d+\.)\s", text)) >= 2) or (
            len(text) > 150 and len(re.findall(r"(?:^|\s)(?:article|art\.)\s*\d+\s*[-–:.]", low)) >= 2 and
            re.search(r"\b(le prestataire|the provider|le client|the client|les parties|the parties)\b", low)):
        # "Article 1 - Objet. Le Prestataire… Article 2 - …": a contract pasted on one line
        return u("review")
    if state.contract is None and (not asks or _DO_IMPERATIVE.match(low)) and _WHOLE_CONTRACT.search(_unquoted(text, low)) and not _FILE_ASKED.search(
            _unquoted(text, low)) and not asks_about(low) and not quoted(text):
        # s26: "fais-moi le contrat complet", "now the whole agreement please" with a clause on the table (or nothing): no
        # contract is made yet, so the whole one is to be written — an export asks for the file
        return u("draft_contract")
    if state.contract is None and state.clause is None and _MAKE_ME_A.search(_unquoted(text, low)) and \
            not re.search(r"\bclauses?\b", low) and not asks_about(low):
        # "… tu me sors un contrat ?", "can you get me a contract as a word file?": a new document asked for, nothing
        # made yet — written, whatever verb brings it (an export needs something made)
        return u("draft_contract")
    if (_EXPORT.search(_unquoted(text, low)) or _final_document_asked(_unquoted(text, low), asks, state) or re.fullmatch(r"(en |in |as |au format |format )?(pdf|docx|word|markdown)( possible| dispo\w*|"
                                            r" stp| svp| please| pls| ok)?\W*", low)) and (
            state.contract is not None or state.clause is not None or _CONTRACT.search(low)) and not (
            # s25: "les bilans des patients sont exportés en pdf sur les postes", "client files are exported as pdf onto the
            # laptops": where the client's personal data goes, said in the passive — a fact stated, no document asked
            slots.facts.get("personal_data") is True and _DATA_MOVED.search(low)):
        if state.contract is None and state.clause is None and _CONTRACT.search(low) and \
                not re.search(r"\bclauses?\b", low) and (slots.facts or _NEW_DOCUMENT.search(_unquoted(text, low))):
            # "48 users on 2 sites, no on-site… tu peux me sortir un contrat ?": nothing made yet to export — a
            # document with its facts, or one asked with an indefinite article, is a contract to write
            return u("draft_contract")
        if slots.position and state.contract is not None and not _FILE_ASKED.search(_unquoted(text, low)):
            # s37: "refais-moi le contrat complet côté presta", "the full agreement, client-friendly this time": the whole
            # contract asked toward a side, no file named — written again for that side, not exported
            return u("draft_contract")
        return u("export")
    return None
