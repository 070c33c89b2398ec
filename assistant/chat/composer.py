"""Offline grounded answers: built only from knowledge-base sentences, each one cited.

No model is needed: the composer picks the statements of the best sources closest to the
question (sentence embeddings + word overlap), so every sentence it writes has a source.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

import numpy as np

from assistant.chat import clock, downtime, obligations_answer, renewal
from assistant.chat.answer_plan import asks_article, card_parts, order_statements, question_type
from assistant.chat.verdict import RULE_FIRST, consent_refused, with_lead, without_consent, words_for
from assistant.chat.cards import CLOSE as CARD_CLOSE, LIKELY as CARD_LIKELY, SURE as CARD_SURE, CardIndex, CardMatch, on_subject, specific, \
    subject_labels, premise_named
from assistant.chat.citations import NOTICE, Sources, excerpt
from assistant.chat.composed import Composed, cite, cite_list  # noqa: F401 - re-exported
from assistant.chat.intent import GENERIC_TERMS, find_terms
from assistant.chat.claims import silence_lead
from assistant.chat.issues import add_facets, card_verdict, covered_verdict, facets, issue_answers
from assistant.chat.subject_rules import subject_rules
from assistant.chat.statements import (announces_contents, answer_kind, concepts, fits, leans_back, list_blocks,
                                       present, question_words, same_figures, short_item, statements, story_detail,
                                       unknown_anchors, usable, vocabulary, MIN_STORY_WORDS)
from assistant.knowledge.bm25 import tokenize
from assistant.knowledge.entries import Entry
from assistant.knowledge.taxonomy import load_taxonomy
from assistant.legal.review.injection import addresses_assistant
from assistant.legal.obligations import ObligationReport
from assistant.text import fold
from assistant.types import Citation, ScopeProfile, SearchResult


OTHER_SIDE_PENALTY = 0.15  # a list from the other side's clause answers "what do we write?" only when far better
RULE_FLOOR = 0.35  # a rule of the first entries found is added to an answer that has none when this close
RULE_FLOOR_LEGAL = 0.25  # the same for a legal question (valid? who proves? what happens if?), which needs its rule
LEAD_MARGIN = 0.38  # how much better a card's condition must fit the question to open the answer
CONFIDENT = 0.45  # retrieval similarity from which a find is close to the question (a story's subject is covered)
MAX_NAMED_TERMS = 2  # glossary entries of terms the question names, added to what retrieval found
SUBJECT_RULE_FLOOR = 0.22  # how well a rule on the question's subject must fit it to be added (subject_rules.py)

TEXT = {
    "fr": {"nothing": "Je ne trouve rien dans ma base de connaissances qui réponde à cette question ; je préfère "
                      "ne pas improviser. Reformulez-la ou précisez le point du contrat concerné (SLA, "
                      "responsabilité, RGPD, réversibilité…).",
           "out": "Je suis spécialisé dans les contrats d'infogérance, de maintenance informatique et de services "
                  "managés (clauses, SLA, RGPD article 28). Cette question sort de ce champ.",
           "example": "Exemple", "basis": "Base légale", "related": "Clauses liées",
           "side_client": "Côté client", "side_msp": "Côté prestataire",
           "obl_intro": "Pour votre périmètre", "per": "Engagement par engagement :",
           "partial": "Je ne trouve rien dans ma base de connaissances sur {names} : je ne peux pas répondre sur ce "
                      "point précis.", "closest": "Voici seulement ce qu'elle dit de plus proche :"},
    "en": {"nothing": "I find nothing in my knowledge base that answers this question, and I would rather not "
                      "guess. Rephrase it or name the part of the contract (SLA, liability, GDPR, exit…).",
           "out": "I specialise in IT outsourcing, IT maintenance and managed-services contracts (clauses, SLAs, "
                  "GDPR Article 28). This question is outside that field.",
           "example": "Example", "basis": "Legal basis", "related": "Related clauses",
           "side_client": "Client side", "side_msp": "Provider side",
           "obl_intro": "For your scope", "per": "Commitment by commitment:",
           "partial": "I find nothing in my knowledge base about {names}, so I cannot answer that specific point.",
           "closest": "Here is only what it says that comes closest:"},
}


def split_sentences(text: str) -> list[str]:
    """Statements of an entry body (see `statements`): sentences and list items."""
    return statements(text)


class _NoEmbeddings:
    """Stands in for the sentence embeddings when there are none: every similarity is 0, so each score keeps only its
    word-overlap part (the cards have their own lexical stand-in, `CardIndex._lexical`)."""

    @staticmethod
    def encode(texts, is_query: bool = False) -> np.ndarray:
        return np.zeros((len(texts), 1), dtype=np.float32)


_OPENS_WITH_VERDICT = re.compile(r"\W*(oui|non|yes|no|cela depend|it depends|pas forcement|not necessarily|en principe|"
                                 r"in principle)\b")


def _verdict_first(lines: list[str], word: str | None, lang: str) -> list[str]:
    """The answer's lines with the yes/no of the issue asked (`word`) before the first one, unless it opens on a verdict."""
    if not word or not lines or _OPENS_WITH_VERDICT.match(fold(lines[0])):
        return lines
    return [with_lead(word, lines[0], lang), *lines[1:]]


class OfflineComposer:
    def __init__(self, *, entries: Sequence[Entry], embeddings, min_similarity: float = 0.30) -> None:
        self.entries = {e.id: e for e in entries}
        self.embeddings = embeddings if embeddings is not None else _NoEmbeddings()
        self.min_similarity = min_similarity
        self._sentence_vectors = lru_cache(maxsize=2048)(self._vectors)
        self._text_vectors = lru_cache(maxsize=4096)(lambda text: self.embeddings.encode([text])[0])
        # a question is encoded once per turn, however many scorers read it (with an embedding endpoint, one call)
        self._query_vector = lru_cache(maxsize=256)(lambda q: self.embeddings.encode([q], is_query=True)[0])
        self.vocab = vocabulary(" ".join([e.title, e.body, e.example or "", e.legal_basis or "", e.wording or "",
                                          *e.questions, *e.negotiation_notes]) for e in entries)
        df: dict[str, int] = {}
        for e in entries:
            for tok in set(tokenize(f"{e.title} {e.body}")):
                df[tok] = df.get(tok, 0) + 1
        n = max(len(entries), 1)
        self.idf = {tok: math.log(1 + n / c) for tok, c in df.items()}
        self.default_idf = math.log(1 + n)
        self.cards = CardIndex(entries, embeddings)

    def overlap(self, qwords: list[frozenset[str]], text: str) -> float:
        """Share of the question's words (see `question_words`) the text repeats, rare words
        counting more."""
        def weight(word: frozenset[str]) -> float:
            return max((self.idf.get(t, self.default_idf) for t in word if not t.startswith("~")), default=2.5)
        have = _text_words(text)
        total = sum(weight(w) for w in qwords)
        return sum(weight(w) for w in qwords if w & have) / total if total else 0.0

    def _vectors(self, entry_id: str, text: str) -> tuple[tuple[str, ...], np.ndarray]:
        sents = tuple(split_sentences(text))
        vecs = self.embeddings.encode(list(sents)) if sents else np.zeros((0, 1), dtype=np.float32)
        return sents, vecs

    @staticmethod
    def finish(text: str, lang: str) -> str:
        return f"{text.rstrip()}\n\n{NOTICE[lang]}"

    def relevant(self, results: list[SearchResult]) -> list[SearchResult]:
        return [r for r in results if r.similarity >= self.min_similarity or r.kind == "user" and r.score > 0]

    # -- questions ---------------------------------------------------------------------
    def candidates(self, r: SearchResult) -> str:
        """The text an answer may quote from a result: the body, plus a term's legal basis and the
        typed statements written apart from the body (rules stated in new words)."""
        e = self.entries.get(r.id)
        if e is None:
            return r.text
        text = f"{e.body}\n{e.legal_basis}" if e.kind == "term" and e.legal_basis else e.body
        folded = " ".join(text.split())
        extra = [st.text for st in e.statements if st.text not in folded]
        return "\n".join([text, *extra]) if extra else text

    def with_named_terms(self, results: list[SearchResult], question: str, lang: str) -> list[SearchResult]:
        """The results, with the glossary entries of the terms the question names in so many words
        ("prescription", "tacite reconduction") first when retrieval missed them: the question's own
        subject is the first place its answer is looked for, whatever its phrasing."""
        have = {r.id for r in results}
        top = max((r.similarity for r in results), default=0.0)
        named = [t for t in find_terms(question) if t not in GENERIC_TERMS][:MAX_NAMED_TERMS]
        added = []
        for t in named:
            e = self.entries.get(f"term.{t}.{lang}")
            if e is not None and e.id not in have:
                r = _as_result(e)
                added.append(SearchResult(id=r.id, kind=r.kind, lang=r.lang, title=r.title, labels=r.labels,
                                          score=r.score, text=r.text, similarity=max(top, self.min_similarity)))
        return added + list(results)

    def first(self, results: list[SearchResult], entry_id: str) -> list[SearchResult]:
        """The results with one entry first (taken from the knowledge base when retrieval missed it)."""
        top = max((r.similarity for r in results), default=0.0)
        r = _as_result(self.entries[entry_id])
        lead = SearchResult(id=r.id, kind=r.kind, lang=r.lang, title=r.title, labels=r.labels, score=r.score,
                            text=r.text, similarity=max(top, self.min_similarity))
        return [lead] + [x for x in results if x.id != entry_id]

    @staticmethod
    def on_topic(results: list[SearchResult], question: str) -> list[SearchResult]:
        """When the question names a narrow subject (a term, a topic other than the broad ones), the entries
        on that subject come first ("si le client refuse l'indexation Syntec…" is answered from indexation
        first); the others stay, after them, for what the question asks beyond its subject."""
        named = specific(subject_labels(question))
        if not named:
            return results
        on = [r for r in results if set(r.labels) & named]
        return on + [r for r in results if r not in on]

    def off_card(self, results: list[SearchResult], question: str) -> list[SearchResult]:
        """The results an answer without a card may quote: a card that did not match is a whole answer
        to another question, so its sentences are quoted only when the card is on the subject of the
        question: one the question names ("non-solicitation", "audit"…) or the subject of the first
        entry retrieval found that is not a card. A non-solicitation card never fills an answer on
        changing the SLA because both ask "is it enforceable?"."""
        subject = subject_labels(question)
        plain = next((r for r in results if r.kind != "card"), None)
        if plain is not None:
            subject |= set(plain.labels[:3])
        if not subject:
            return results
        out = []
        for r in results:
            e = self.entries.get(r.id)
            if r.kind == "card" and e is not None and not on_subject(e, subject):
                continue
            out.append(r)
        return out

    def _list_on(self, card: Entry, question: str, results: list[SearchResult], side: str | None):
        """The list (five items or more) an entry retrieval found spells out on the card's subject, for a "what
        must it contain?" question: (result, lead-in, items), or None."""
        mine = [r for r in results[:4] if r.kind != "card" and (e := self.entries.get(r.id)) is not None and
                set(e.labels[:3]) & set(card.labels[:3])]
        block = self.best_list(question, mine, side=side) if mine else None
        return block if block is not None and len(block[2]) >= 5 else None

    def stated_finds(self, results: list[SearchResult], question: str) -> list[SearchResult]:
        """Retrieval's finds without the cards whose declared situation (premise or ask cue) or public buyer the question
        does not state: the answer would drop them anyway (see `answer`)."""
        return [r for r in results if not (r.kind == "card" and r.id in self.entries and
                                           not premise_named(self.entries[r.id], question, quoted=True))]

    def match_card(self, question: str, results: list[SearchResult], *, lang: str) -> CardMatch | None:
        """The reviewed answer card that answers this question, if one does (see cards.py)."""
        return self.cards.match(question, lang, results, self.overlap)

    def typed(self, r: SearchResult, sentence: str):
        """The typed statement a quoted sentence is (rule, practice, position of a side, example)."""
        e = self.entries.get(r.id)
        if e is None:
            from assistant.knowledge.entries import Statement
            return Statement.model_construct(type="practice", side=None, text=sentence, cites=())
        return e.statement_for(sentence)

    def best_sentences(self, question: str, results: list[SearchResult], *, limit: int = 4,
                       per_source: int = 2, focus: str | None = None,
                       min_similarity: float = -1.0) -> list[tuple[SearchResult, str, float]]:
        """The statements closest to the question, weighted by how relevant their source is and
        by whether they give the kind of answer asked for (a delay, a figure), returned grouped
        by source in reading order so the answer reads as prose. `focus` (a follow-up's own
        words) decides the word overlap when the question carries the previous turn too."""
        focus = focus or question
        kind = answer_kind(focus)
        qv = self._query_vector(question)
        qtok = question_words(focus)
        top = max((r.similarity for r in results), default=0.0)
        scored = []
        for rank, r in enumerate(results):
            sents, vecs = self._sentence_vectors(r.id, self.candidates(r))
            if not sents:
                continue
            source = max(r.similarity, top if rank == 0 else 0.0)
            for pos, (s, sim) in enumerate(zip(sents, vecs @ qv)):
                if r.kind == "user" and addresses_assistant(s):
                    continue  # an instruction planted in a document is not a fact to quote
                if not usable(s) or sim < min_similarity:
                    continue
                overlap = self.overlap(qtok, s)
                bonus = (0.12 if fits(kind, s) else 0.0) + (0.15 if same_figures(focus, s) else 0.0)
                scored.append((0.55 * float(sim) + 0.35 * source + 0.3 * overlap + bonus, rank, pos, r, s))
        scored.sort(key=lambda t: -t[0])
        picked, per = [], {}
        for score, rank, pos, r, s in scored:
            if per.get(r.id, 0) >= per_source or any(s == p[4] for p in picked):
                continue
            if picked and score < 0.75 * picked[0][0]:
                break
            picked.append((score, rank, pos, r, s))
            per[r.id] = per.get(r.id, 0) + 1
            if len(picked) >= limit:
                break
        picked.sort(key=lambda t: (t[1], t[2]))
        out = []
        for score, _rank, pos, r, s in picked:
            sents = self._sentence_vectors(r.id, self.candidates(r))[0]
            if leans_back(s) and pos > 0 and sents[pos - 1] not in {p[4] for p in picked}:
                s = f"{sents[pos - 1]} {s}"  # "Elle fait tomber le plafond." needs its subject
            out.append((r, present(s), score))
        return out

    def _turns_on_unknown_name(self, asked: str, lang: str) -> bool:
        """Does the question ask about a name the knowledge base never mentions (a standard, a foreign law), rather than
        tell it as a detail of a story or raise an issue the base answers with a rule? Then no card answers it: the
        answer says it has nothing on that name and quotes only what is plainly on the question's subject."""
        if len(asked.split()) >= MIN_STORY_WORDS:
            return False  # a situation told at length: its names are details ("… copier le partage RH sur son Dropbox")
        unknown = unknown_anchors(asked, self.vocab)
        return bool(unknown) and not story_detail(unknown, asked) and \
            not facets(asked, "", lang=lang, entries=self.entries)

    def answer(self, question: str, results: list[SearchResult], *, lang: str, side: str | None = None,
               focus: str | None = None, also: list[SearchResult] | tuple = ()) -> Composed:
        """The offline answer, shaped by its question type (answer_plan.py): a reviewed card's verdict,
        rule, conditions and side-marked negotiation points when a card answers the question; else
        typed knowledge-base statements, the best non-position statement first."""
        asked = focus or question
        # a "what must it contain?" question is answered by the list an entry spells out, not by a verdict card;
        # a card written to say what to put in a clause answers it
        # "what must it contain?" right after "do we need a DPA?": the card is looked for on both together
        whole = question if focus and answer_kind(focus) == "list" else asked
        card = None
        if answer_kind(asked) == "list" and _WHOLE_CONTRACT_CLAUSES.search(fold(asked)) and \
                not specific(subject_labels(asked)) and f"guide.essential_clauses.{lang}" in self.entries:
            # "what clauses are essential in a managed services agreement?": the whole contract's list, not
            # the card or clause that happens to rank first on words such as 'essential'
            results = self.first(results, f"guide.essential_clauses.{lang}")[:1]
        else:
            card = self.match_card(whole, [*results, *also], lang=lang)  # `also`: finds past the first six (tool_answers)
        if card is not None and answer_kind(asked) == "list" and not _lists_the_clause(card, whole, results):
            # "what must be in a DPA?": a card written to say what to put in it, nearly as close, answers instead
            card = next((m for m in self.cards.ranked(whole, lang, self.overlap)
                         if m.card.question_type == "what_to_write" and m.score >= card.score - CARD_CLOSE and
                         subject_labels(whole) and _lists_the_clause(m, whole, results)), None)
        if card is not None and issue_answers(question, card.card.body, card.card.id):
            card = None  # the issue asked answers with its own verdict; a card on other words of the story must not follow
        if card is not None and self._turns_on_unknown_name(asked, lang):
            card = None  # "what does HIPAA require of an MSP?": no card mentions the name the question turns on
        if card is not None:
            return self.card_answer(card, asked, results, lang=lang, side=side)
        # s16: a card resting on the public procurement code is no answer between companies, even when retrieval finds it;
        # s16b: nor a card whose declared situation the question does not state (insolvency for a client who stopped paying)
        results = [r for r in results if not (r.kind == "card" and r.id in self.entries and
                                              not premise_named(self.entries[r.id], question, quoted=True))]
        if issue_answers(question, "", ""):
            # the issue asked answers with its own verdict: a card on other words of the story is not quoted after it
            results = [r for r in results if not (r.kind == "card" and r.id in self.entries and
                                                  issue_answers(question, self.entries[r.id].body, r.id))]
        if not (len(results) == 1 and results[0].id == f"guide.essential_clauses.{lang}"):
            found = results
            results = self.on_topic(self.off_card(self.relevant(self.with_named_terms(results, asked, lang)), asked),
                                    asked)
            if not results:
                # every entry found was a card on another subject than the one read in the words: what retrieval found
                # closely (the whole story against the whole base) is quoted rather than nothing at all
                results = [r for r in self.relevant(found) if r.similarity >= CONFIDENT][:3]
        if not results:
            # s21: the issue the situation raises answers with its own cited rule even when every entry found was a card
            # on other words of the story (a new card pushing the last non-card find out of retrieval's first results)
            sources = Sources()
            lines = self.with_facets([], asked, lang=lang, sources=sources) if issue_answers(question, "", "") else []
            if not lines:
                return Composed(self.finish(TEXT[lang]["nothing"], lang), grounded=False)
            lines = _verdict_first(lines, covered_verdict(asked, "\n".join(lines), lang), lang)
            return Composed(self.finish("\n\n".join(lines), lang), sources.items)
        sources = Sources()
        lines = []
        unknown = unknown_anchors(question, self.vocab, extra=[r.text for r in results if r.kind == "user"])
        if unknown and facets(asked, "", lang=lang, entries=self.entries):
            # the situation raises an issue the knowledge base answers with a rule ("… the admin passwords of the M365
            # tenant only after full payment"): a name it never mentions is a detail of the story, not the question
            unknown = []
        if unknown and story_detail(unknown, asked) and max((r.similarity for r in results), default=0.0) >= CONFIDENT:
            # a story whose ask names none of the unknown names ("… licences m365 incluses… on peut forcer le client à
            # renégocier ?"), and retrieval found entries close to it: the names are the story's details, the subject is
            # covered
            unknown = []
        if unknown:  # the question turns on something the knowledge base never mentions
            lines.append(TEXT[lang]["partial"].format(names=", ".join(f"« {a} »" if lang == "fr" else f'"{a}"'
                                                                      for a in unknown)))
        kind = answer_kind(asked)
        block = self.best_list(asked, results[:4], side=side) if not unknown and kind == "list" else None
        # beside a "nothing about X" only statements plainly on the question's subject are shown
        picked = self.best_sentences(question, results[:4], limit=2 if unknown or block else 4, focus=focus,
                                     min_similarity=0.35 if unknown else -1.0)
        if unknown and picked:
            lines.append(TEXT[lang]["closest"])
        typed = [(r, s, score, self.typed(r, s)) for r, s, score in picked
                 if not (block and r.id == block[0].id)]
        article = asks_article(asked)
        if typed and not unknown and (not any(t[3].type == "rule" for t in typed) or question_type(asked) in RULE_FIRST
                                      or article):
            # the plan's second part: the rule with its article, from the entries retrieval found first (asked which
            # article says it, that rule is the answer)
            legal = question_type(asked) in RULE_FIRST or article
            rule = self._best_rule(asked, results[:3], floor=RULE_FLOOR_LEGAL if legal else RULE_FLOOR)
            if rule is None and legal:
                rule = self._named_rule(asked, results)
            if rule is not None and all(rule[1].text != t[1] for t in typed):
                # scored like the picked statements, so that it may open a legal question
                r, st = rule
                sim = float(self._text_vectors(st.text) @ self._query_vector(asked))
                score = 0.55 * sim + 0.35 * r.similarity + 0.3 * self.overlap(question_words(asked), st.text)
                typed.append((r, st.text, score, st))
        ordered = order_statements(typed, lang, question=asked, side=side)
        if block:
            r, lead, items = block
            ref = sources.add(r, " ".join(items))
            listed = cite_list(lead, items, ref)
            if ordered:  # the best statement answers first, the list follows it
                r0, s0 = ordered[0]
                lines.append(cite(s0, sources.add(r0, s0)))
                ordered = ordered[1:]
            lines.append(listed)
        first = len(lines)
        for r, sentence in ordered:
            ref = sources.add(r, sentence)
            lines.append(cite(sentence, ref))  # a sentence joined to the one it leans on: each cited
        # s24: the rules on the question's subject go after the opening and the rules that follow it
        rules = {t[1] for t in typed if t[3].type == "rule"}
        at = first + 1
        while at < len(lines) and at - first < len(ordered) and ordered[at - first][1] in rules:
            at += 1
        anchor = lines[at - 1] if ordered and at - 1 < len(lines) else None
        tip = self._side_tip(question, results, side=side, lang=lang, sources=sources)
        if tip:
            lines.append(tip)
        if not unknown:
            lines = self.with_facets(lines, asked, lang=lang, sources=sources)
            if not article:  # the issue asked, whose rule the answer states: its yes/no first
                lines = _verdict_first(lines, covered_verdict(asked, "\n".join(lines), lang), lang)
            lines = _consent_answered(_claim_answered(lines, asked, lang), asked, lang)
            if ordered:  # chosen last: the facets and the opening verdict are the ones the answer's own statements give
                lines = self._with_subject_rules(lines, anchor, asked, lang=lang, card=None, results=results,
                                                 sources=sources)
        return Composed(self.finish("\n\n".join(lines), lang), sources.items)

    def with_facets(self, lines: list[str], question: str, *, lang: str, sources: Sources, after: int = 2) -> list[str]:
        """The answer's lines with one cited rule for each other legal issue the question raises and the answer
        leaves out (issues.py): a situation told in several sentences is answered on each of its points."""
        def cite_line(entry: Entry, text: str) -> str:
            return cite(text, sources.add(_as_result(entry), text))

        lines = add_facets(lines, question, lang=lang, entries=self.entries, cite_line=cite_line, after=after)
        # sums on the user's own figures answer first: the dates of a tacitly renewed contract ("until when?"), the
        # downtime an availability rate allows over the period it is measured on ("99.9 % monthly or yearly, same?")
        # and the end of the 72 hours to notify a breach from the day and time the user gives
        for computed, entry_id in ((renewal.deadline_sentence(question, lang), "term.tacit_renewal"),
                                   (downtime.downtime_sentence(question, lang), "term.availability"),
                                   (clock.deadline_sentence(question, lang), "gdpr.art33_breach")):
            entry = self.entries.get(f"{entry_id}.{lang}")
            if computed and entry is not None:
                lines = [cite_line(entry, computed)] + lines
        return lines

    def card_answer(self, match: CardMatch, question: str, results: list[SearchResult], *, lang: str,
                    side: str | None = None) -> Composed:
        """A reviewed card in the order its question type asks for, plus at most one rule of the
        entries it rests on that the card does not already state (cited to that entry)."""
        card = match.card
        sources = Sources()
        ref = sources.add(_as_result(card), card.body)
        plan = card_parts(card, ref, lang=lang, side=side, qtype=question_type(question), question=question,
                          lead=self._card_lead(card, question))
        basis = self._rule_basis(card)
        if basis is not None and plan.parts.get("rule"):  # the entry that states the same law is cited too
            bref = sources.add(_as_result(basis), " ".join(st.text for st in basis.rules))
            plan.parts["rule"][0] = plan.parts["rule"][0].replace(f" [{ref}]", f" [{ref}][{bref}]")
        if card.question_type == "what_to_write" and answer_kind(question) == "list":
            # "what must it contain?": after the verdict, the list an entry on the card's subject spells out
            block = self._list_on(card, question, results, side)
            if block is not None:
                r, lead, items = block
                plan.verdict.append(cite_list(lead, items, sources.add(r, " ".join(items))))
        extra = self._related_rule(card, question)
        if extra is not None:
            entry, statement = extra
            plan.parts.setdefault("rule", []).append(cite(statement.text, sources.add(_as_result(entry),
                                                                                      statement.text)))
        lines = self.with_facets(plan.lines(), question, lang=lang, sources=sources,
                                 after=len(plan.verdict) + len(plan.parts.get("rule", [])) if
                                 plan.lines()[:len(plan.verdict)] == plan.verdict else 2)
        word = None if asks_article(question) else card_verdict(question, card.id, lang)
        if word and lines and not re.match(r"\W*(oui|non|yes|no)\b", fold(lines[0])):
            lines[0] = f"{word}. {lines[0]}"  # the yes/no the question asks, before the card's own answer
        elif lines:
            lines[0] = _issue_polarity(lines[0], covered_verdict(question, card.body, lang), lang)
        lines = _consent_answered(_claim_answered(lines, question, lang), question, lang)
        # s24: the rules of law the knowledge base states on the subject asked that the answer does not state yet, after
        # the card's verdict and rule; chosen last, so that the facets and the opening verdict are those the card gives
        anchor = plan.verdict + plan.parts.get("rule", [])
        lines = self._with_subject_rules(lines, anchor[-1] if anchor else None, question, lang=lang, card=card,
                                         results=results, sources=sources, have=card.body)
        return Composed(self.finish("\n\n".join(lines), lang), sources.items)

    def _with_subject_rules(self, lines: list[str], anchor: str | None, question: str, *, lang: str,
                            card: Entry | None, results: list[SearchResult], sources: Sources, have: str = "") -> list[str]:
        """The answer's lines with the rules on the question's subject it lacks (subject_rules.py), each cited, placed
        after the line `anchor` (the last of the opening and its rules), else after the first line."""
        added = self.subject_rules(question, "\n".join([have, *lines]), lang=lang, card=card, results=results)
        if not added or not lines:
            return lines
        at = next((i + 1 for i, line in enumerate(lines) if anchor and (line == anchor or line.endswith(anchor))), 1)
        new = [cite(a.statement.text, sources.add(_as_result(a.entry), a.statement.text)) for a in added]
        return lines[:at] + new + lines[at:]

    def subject_rules(self, question: str, have: str, *, lang: str, card: Entry | None,
                      results: list[SearchResult]):
        """The rules of law on the question's subject the answer (`have`) does not state yet (subject_rules.py)."""
        qv = self._query_vector(question)
        qtok = question_words(question)

        def fit(text: str) -> float:
            return float(self._text_vectors(text) @ qv) + 0.5 * self.overlap(qtok, text)

        return subject_rules(question, lang=lang, entries=self.entries, have=have, card=card, results=results, fit=fit,
                             floor=SUBJECT_RULE_FLOOR)

    def subject_sources(self, question: str, results: list[SearchResult], *, lang: str) -> list[SearchResult]:
        """The entries whose rules on the question's subject the offline answer would add (subject_rules.py), as more
        sources for the model's prompt: with a model configured, the same typed rules are in front of it."""
        match = self.match_card(question, results, lang=lang)
        card = match.card if match is not None else None
        seen = {r.id for r in results}
        added = self.subject_rules(question, card.body if card is not None else "", lang=lang, card=card,
                                   results=results)
        out: list[SearchResult] = []
        for a in added:
            if a.entry.id not in seen:
                seen.add(a.entry.id)
                out.append(_as_result(a.entry))
        return out

    def _card_lead(self, card: Entry, question: str) -> str | None:
        """A condition of the card that answers the question asked far better than the card's verdict
        ("le contrat écarte l'article 1195, il a le droit ?" asked of the card on price surges, whose
        condition says the contract may rule the article out): it opens the answer, the verdict follows."""
        if not card.verdict or not card.conditions:
            return None
        named = self._named_variant(card, question)
        if named is not None:
            return named
        qv = self._query_vector(question)
        qtok = question_words(question)

        def fit(text: str) -> float:
            return float(self._text_vectors(text) @ qv) + 0.5 * self.overlap(qtok, text)

        best = max(card.conditions, key=fit)
        return best if fit(best) >= fit(card.verdict) + LEAD_MARGIN else None

    def _named_variant(self, card: Entry, question: str) -> str | None:
        """The card's condition headed by the very term the question names ("Reinforced obligation of means: …"
        asked "the contract says reinforced obligation of means, do we have to prove…?"), when the verdict does
        not already name it: the variant asked about answers first."""
        low_verdict = fold(card.verdict or "")
        for term in sorted(find_terms(question), key=len, reverse=True):
            entry = self.term_entry(term, card.lang)
            if entry is None:
                continue
            name = fold(entry.title).split(" (")[0]
            if name in low_verdict:
                continue
            for cond in card.conditions:
                head = fold(cond).split(":")[0].strip(" '")
                if head == name:
                    return cond
        return None

    def _named_rule(self, question: str, results: list[SearchResult]):
        """(result, rule) of the entry on the narrow subject the question names, whatever its similarity: a
        legal question on "prescription" gets the rule on limitation even in words the embeddings miss."""
        named = specific(subject_labels(question))
        qv = self._query_vector(question)
        qtok = question_words(question)
        best, best_score = None, -1.0
        for r in results[:3]:
            e = self.entries.get(r.id)
            if e is None or not set(e.labels[:3]) & named:
                continue
            for st in e.rules:
                score = float(self._text_vectors(st.text) @ qv) + 0.5 * self.overlap(qtok, st.text)
                if score > best_score:
                    best, best_score = (r, st), score
        return best

    def _best_rule(self, question: str, results: list[SearchResult], floor: float = 0.45):
        """(result, rule statement) of the given results closest to the question, when close enough."""
        qv = self._query_vector(question)
        best, best_sim = None, floor
        for r in results:
            e = self.entries.get(r.id)
            for st in e.rules if e else ():
                sim = float(self._text_vectors(st.text) @ qv)
                if sim > best_sim:
                    best, best_sim = (r, st), sim
        return best

    def _rule_basis(self, card: Entry) -> Entry | None:
        """The related entry whose rules name the most articles of the card's rule."""
        if card.rule is None:
            return None
        want = {_article(c) for c in card.rule.cites} - {""}
        best, best_n = None, 0
        for rid in card.related_ids:
            e = self.entries.get(rid)
            if e is None or e.kind == "card":
                continue
            n = len(want & {_article(c) for st in e.rules for c in st.cites})
            if n > best_n:
                best, best_n = e, n
        return best

    def _related_rule(self, card: Entry, question: str, floor: float = 0.5):
        """The rule statement of a related entry closest to the question whose articles the card
        does not cite, when it is close enough."""
        have = " ".join([*card.sources, card.rule.text if card.rule else "", card.verdict or "",
                         *card.conditions])
        qv = self._query_vector(question)
        best, best_sim = None, floor
        for rid in card.related_ids:
            e = self.entries.get(rid)
            for st in e.rules if e else ():
                if all(_article(c) and _article(c) in have for c in st.cites):
                    continue
                sim = float(self._text_vectors(st.text) @ qv)
                if sim > best_sim:
                    best, best_sim = (e, st), sim
        return best

    def best_list(self, question: str, results: list[SearchResult], *, floor: float = 0.30,
                  side: str | None = None):
        """The list an entry spells out that best matches a "what must it contain?" question:
        (result, lead-in line, items), or None."""
        qv = self._query_vector(question)
        qtok = question_words(question)
        best, best_score = None, floor
        for r in results:
            e = self.entries.get(r.id)
            for b in list_blocks(e.body) if e else []:
                # judged on its own words and on what it is about (entry title and lead-in);
                # a list announced as contents ("Plan type en dix rubriques") of the thing the
                # question names, and a fuller one, answer "what must it contain?" best
                named = self.overlap(qtok, f"{e.title} {b.lead}")
                about = float(self._text_vectors(f"{e.title}. {b.lead}") @ qv)
                score = (0.5 * float(self._text_vectors(b.text) @ qv) + 0.5 * about + 0.1 * r.similarity
                         + 0.3 * named + 0.01 * min(len(b.items), 12)
                         + (0.1 if announces_contents(b.lead) and named > 0.2 else 0.0)
                         - (OTHER_SIDE_PENALTY if _other_side(e, side) else 0.0))
                if score > best_score:
                    best, best_score = (r, b), score
        if best is None:
            return None
        r, b = best
        items = [short_item(i) for i in b.items] if len(b.items) > 12 else list(b.items)
        return r, b.lead, items

    def _side_tip(self, question: str, results, *, side, lang, sources: Sources) -> str | None:
        """The negotiation note of the user's side closest to the question, if one is close enough."""
        if side not in ("client", "msp"):
            return None
        qv = self._query_vector(question)
        best, best_sim = None, 0.40
        for r in results[:3]:
            e = self.entries.get(r.id)
            pos = self.entries.get(f"clause.{e.topic}.{side}.{lang}") if e and e.kind == "clause" else None
            for note in pos.negotiation_notes if pos else ():
                sim = float(self._text_vectors(note) @ qv)
                if sim > best_sim:
                    best, best_sim = (pos, note), sim
        if best is None:
            return None
        pos, note = best
        res = SearchResult(id=pos.id, kind=pos.kind, lang=pos.lang, title=pos.title, labels=pos.labels, score=0.0,
                           text=pos.body)
        ref = sources.add(res, note)
        label = TEXT[lang]["side_client" if side == "client" else "side_msp"]
        return cite(f"{label} : {note}" if lang == "fr" else f"{label}: {note}", ref)

    # -- terms -------------------------------------------------------------------------
    def term_entry(self, term_id: str, lang: str) -> Entry | None:
        return self.entries.get(f"term.{term_id}.{lang}") or self.entries.get(
            f"term.{term_id}.{'en' if lang == 'fr' else 'fr'}")

    def explain(self, term_id: str, *, lang: str, extra: list[SearchResult] = (), question: str = "") -> Composed:
        e = self.term_entry(term_id, lang)
        if e is None:
            return Composed(self.finish(TEXT[lang]["nothing"], lang), grounded=False)
        t = TEXT[lang]
        sources = Sources()
        ref = sources.add(_as_result(e), e.body)
        paragraphs = [_cite_lines(p.strip(), ref) for p in re.split(r"\n\s*\n", e.body.strip()) if p.strip()]
        parts = [f"**{e.title}** — {paragraphs[0]}", *paragraphs[1:]]
        sep = " : " if lang == "fr" else ": "
        if e.example:
            parts.append(cite(f"{t['example']}{sep}{e.example.strip()}", ref))
        if e.legal_basis:
            parts.append(cite(f"{t['basis']}{sep}{e.legal_basis.strip()}", ref))
        related = []
        tax = load_taxonomy()
        for topic in e.related_topics[:4]:
            clause = self.entries.get(f"clause.{topic}.balanced.{lang}")
            if clause:
                cref = sources.add(_as_result(clause), clause.body)
                related.append(f"{tax.topic(topic).name(lang)} [{cref}]")
        if question:
            # a definition asked inside a situation ("… they'll trigger it over our missed SLAs: what is it and how does
            # triggering it work?") also gets one cited rule per other issue the situation raises, after the definition
            parts = self.with_facets(parts, question, lang=lang, sources=sources, after=1)
        if related:
            parts.append(f"{t['related']} : " + ", ".join(related) if lang == "fr"
                         else f"{t['related']}: " + ", ".join(related))
        return Composed(self.finish("\n\n".join(parts), lang), sources.items)

    # -- means vs result ------------------------------------------------------------------
    def obligations(self, report: ObligationReport, *, lang: str, question: str,
                    results: list[SearchResult], scope: ScopeProfile | None = None) -> Composed:
        sources = Sources()
        match = self.match_card(question, results, lang=lang)
        proof_card = match is not None and question_type(question) == "who_proves" == match.card.question_type
        # s18: "what does a reinforced obligation of means change compared with a result?", "is it like best efforts?": the
        # regimes themselves are asked, and a card written to compare or explain them answers before the engine's types
        # (only when the user stated no fact of scope: "and if the client is 24/7 with exclusive access?" after "means or
        # result?" is answered on that scope by the engine)
        regimes = match is not None and obligations_answer.asks_regimes(question, match.card) and (
            scope is None or scope == ScopeProfile())
        if match is not None and not proof_card and not regimes and (match.score < CARD_SURE or not (
                obligations_answer.named_commitments(question) or question_type(question) == "who_proves")):
            match = None  # the engine answers on the user's scope; a card leads only on a named commitment or proof
            # (a card written on who proves what answers "who has to prove…?" whenever it was matched)
        text = obligations_answer.compose(self, report, lang=lang, question=question, scope=scope,
                                          sources=sources, as_result=_as_result,
                                          card=match.card if match else None, card_leads=regimes)
        return Composed(self.finish(text, lang), sources.items)

    def plain(self, key: str, lang: str) -> Composed:
        return Composed(self.finish(TEXT[lang][key], lang), grounded=False)


# the clauses of a whole contract asked for ("quelles clauses sont indispensables dans un contrat d'infogérance ?",
# "which clauses should an MSP contract include?"), not what one clause must say
_WHOLE_CONTRACT_CLAUSES = re.compile(r"\b(clauses|points|terms|provisions|sections|mentions|rubriques|elements)\b.{0,60}"
                                     r"\b(contrats?|contracts?|agreements?|msa|conditions generales)\b|"
                                     # s17b: the contract as what the list goes in ("mettre dans le contrat", "signing
                                     # our first contract… what has to be in it?")
                                     r"\b(mettre|prevoir|inclure|figurer|be|go)( \w+)? (dans|au|in|into) (le |notre |un |ce |"
                                     r"the |our |a |this )?(contrats?|contracts?|agreements?)\b|"
                                     r"\b(contrats?|contracts?|agreements?)\b.{0,80}\b(y mettre|be in it|go in it|in it)\b")


_POLAR = re.compile(r"^\W*(oui|non|yes|no)\b\s*[,:.;]?\s*", re.I)


def _issue_polarity(line: str, word: str | None, lang: str) -> str:
    """A card's opening line against the verdict of the issue the question asks, which the card's text covers: a card
    whose own yes/no answers another question ("can a clause waive late fees? No: they are owed by law") gets the
    issue's yes/no ("we never wrote them into our terms, can we still charge them? Yes: they are owed by law")."""
    if not word:
        return line
    m = _POLAR.match(fold(line))
    said = re.search(r"\b(oui|non|yes|no)\b", fold(word))
    if m is None or said is None or said.group(1) == m.group(1):
        return line  # no yes/no of its own (the issue's word is not guessed onto it), or the same one
    rest = line[m.end():]
    return with_lead(word, rest, lang)


def _consent_answered(lines: list[str], question: str, lang: str) -> list[str]:
    """The lines, the first one led by "no, not without your consent" when the story says the user's side never agreed and
    the opening makes the act depend on that consent (verdict.consent_refused)."""
    if lines and consent_refused(question, lines[0]):
        lines = [without_consent(lines[0], lang), *lines[1:]]
    return lines


def _claim_answered(lines: list[str], question: str, lang: str) -> list[str]:
    """The lines, the first one led by "not necessarily" when the question asks whether the other side's claim that the
    contract's silence frees it holds and the answer opens with the rule of law that applies anyway (claims.py)."""
    if lines and silence_lead(question, "\n".join(lines[:2])):
        lines = [with_lead(words_for("not_necessarily", lang), lines[0], lang), *lines[1:]]
    return lines


def _lists_the_clause(match: CardMatch, question: str, results: list[SearchResult]) -> bool:
    """A card written to say what a clause or contract must contain answers a "what must it contain?" question
    on its subject: a narrow subject named, or a broad one ("SLA", "RGPD") or none at all ("il faut décrire quoi sur
    le traitement ?") with a sure match or retrieval's own first finds agreeing on the card."""
    if match.card.question_type != "what_to_write":
        return False
    named = subject_labels(question)
    if specific(named) & set(match.card.labels[:3]):
        return True
    if not named:  # nothing named: only the card retrieval itself found first
        return bool(results) and results[0].id == match.card.id
    # a likely match that retrieval found among all its results counts too: "what goes into a decent SLA?" ranks a
    # card on other contents first on the words "what goes into"
    return on_subject(match.card, named) and (match.score >= CARD_SURE or match.card.id in {r.id for r in results[:3]} or
                                              match.score >= CARD_LIKELY and match.card.id in {r.id for r in results})


@lru_cache(maxsize=8192)
def _text_words(text: str) -> frozenset[str]:
    """The tokens and synonym groups of a text (card and sentence texts recur on every question)."""
    return frozenset(tokenize(text)) | frozenset(concepts(text))


def _cite_lines(paragraph: str, ref: int) -> str:
    """Every sentence of a quoted paragraph carries the reference (a list item is its own statement)."""
    lines = []
    for line in paragraph.split("\n"):
        line = line.rstrip()
        if line.strip():
            m = re.match(r"^(\s*(?:[-*•]|\d{1,2}[.)])\s+)", line)
            head = m.group(1) if m else ""
            line = head + cite(line[len(head):], ref)
        lines.append(line)
    return "\n".join(lines)


def _article(cite_text: str) -> str:
    """The article number a citation names ("Code civil, art. 1231-5" → "1231-5"), or ""."""
    m = re.search(r"\b(?:art(?:icle)?s?\.?\s*)([LRD]?\d[\w()\-]*)", cite_text, re.I)
    return m.group(1) if m else ""


def _other_side(e: Entry, side: str | None) -> bool:
    """Is the entry the clause of the side the user is not on (a client-side list shown to an MSP)?"""
    return e.kind == "clause" and side in ("client", "msp") and e.position not in (None, side, "balanced")


def _as_result(e: Entry) -> SearchResult:
    return SearchResult(id=e.id, kind=e.kind, lang=e.lang, title=e.title, labels=e.labels, score=1.0,
                        text=excerpt(e.body, 600), similarity=1.0)
