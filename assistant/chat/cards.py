"""Reviewed answer cards (knowledge_base/cards/): finding the card that answers a question.

A card is chosen when the question is close to one of its phrasings (sentence embeddings)
and repeats its words (idf-weighted overlap with the card's title, phrasings, verdict, rule
and conditions). A middling match is accepted only when the card is about what retrieval
found (it shares a label with the best entry that is not a card), so that a question
on non-solicitation never gets the card on reversibility duration because both ask "how long".

The subject the user named counts too (issue 15, question understanding): when the question
names a clause topic or a term ("non-solicitation", "audit", "reversibility"), a card labelled
with it is preferred to a slightly closer card on another subject, and a middling match on
the named subject is accepted even when retrieval found something else first. A card written
for the same kind of question (what to write, what happens if…) gets a small bonus.

Retrieval's agreement counts as well: a middling match on the card the hybrid retrieval itself
found among its first results is accepted, unless another card as close was found there too
(two readings of the question, phrasings and whole-base search, pointing to the same card).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from assistant.chat.answer_plan import asks_yes_no, question_type
from assistant.chat.card_asked import asked_in_words
from assistant.chat.card_features import CANDIDATES, Candidate, load_selector
from assistant.chat.card_reading import agreed_situation, declares_situation, party_at_odds, situation_close
from assistant.chat.intent import GENERIC_TERMS, find_terms, find_topic
from assistant.chat.ask_frame import at_odds, body_first, frame_fit, on_asked_subject, state_at_odds
from assistant.chat.lay_terms import LAY_BONUS, lay_hits, uses_lay_terms
from assistant.chat.premises import ASK_CUES, ASK_EXCLUDED, NAMED_CUES, PREMISE_CUES
from assistant.chat.public_buyer import public_buyer_named
from assistant.chat.statements import narration, question_sentences, question_words
from assistant.chat.subject_cues import PAID_LATE, SERVICE_LEVEL
from assistant.chat.told_situations import on_told_situation
from assistant.knowledge.entries import Entry
from assistant.text import fold
from assistant.types import SearchResult

# the one-score selector fitted on the card-selection evaluation (card_features.py), consulted where the cascade finds no
# card, only when its best card scores SELECTOR_MARGIN above "no card". Not in use (s17): at 1.0 it kept every question
# no card answers of the selection set unanswered and found the card for 11 more held-out phrasings, and the tune halves
# kept their figures, but it overrides the cascade's deliberate refusals (two close cards both found, a middling card
# retrieval did not find, a close rival on another subject) that earlier sessions' tests hold, and gave one story of the
# s17 batch a wrong card; used alone it lost long stories the cascade's story rules answer (tune halves 66 -> 63/90).
# s18: gated by `refused_for_lack` (consulted only where the cascade refused for lack of a candidate: 14 of its 402
# refusals on the selection set), 5-fold on the selection set gave held-out phrasings 967 -> 974/2051 at margin 0 (969 at
# 1.0) and own questions unchanged (42/57, every "no card" kept, 11/15); still not in use: the gain is 0.3 point, and the
# gate lets it take a middling card retrieval did not find among its first results, a refusal tests/test_answer_classes_s15b
# holds as deliberate
SELECTOR_IN_USE = False
SELECTOR_MARGIN = 1.0
SURE = 1.0        # accepted on its own
LIKELY = 0.78     # accepted when retrieval agrees on the subject
OVERLAP_WEIGHT = 0.5
QTYPE_BONUS = 0.05  # the card answers the same kind of question
QTYPE_PENALTY = 0.08  # a comparison card for another kind of question, or the reverse
_COMPARING = ("compare", "what_is")
SUBJECT_MARGIN = 0.25  # a card on the named subject wins over a closer card this far ahead at most
# a card written for another kind of question answers these only when it is a sure match: "same thing?"
# is not answered by a card on changing sub-processors, "what do I write?" by a verdict on validity
ONLY_OWN_TYPE = {"compare": ("compare", "what_is"), "what_to_write": ("what_to_write",)}
KIND_FIRST = ("who_proves",)  # kinds of question whose card is not displaced by one on a broad subject named
ON_SUBJECT = 0.72  # accepted when on the named subject and written for the same kind of question


MAX_VIEWS = 5  # situation sentences read one by one with the ask (the last ones: the story ends near its subject)


def story_views(question: str) -> list[str]:
    """The texts a question is matched on: the whole message and, for a story, each sentence of the situation followed
    by the question's own sentence ("le bailleur dit qu'on doit continuer à payer les loyers. on est coincé ?")."""
    story = narration(question)
    if story is None:
        return [question]
    parts = [p for p in question_sentences(story.situation) if len(p.split()) >= 4][-MAX_VIEWS:]
    return [question, *(f"{p} {story.ask}" for p in parts)]


@dataclass(frozen=True)
class CardMatch:
    card: Entry
    score: float
    similarity: float
    overlap: float


def card_text(card: Entry) -> str:
    rule = card.rule.text if card.rule else ""
    return " ".join([card.title, *card.questions, card.verdict or "", rule, *card.conditions])


class CardIndex:
    """The cards of one knowledge base, with their phrasings embedded once."""

    def __init__(self, entries: Sequence[Entry], embeddings) -> None:
        self.cards = [e for e in entries if e.kind == "card"]
        self.embeddings = embeddings
        self._vectors: np.ndarray | None = None
        self._owners: list[int] = []
        self._last_candidates: tuple | None = None  # (question, lang, overlap id), its candidates: one question, one ranking

    def _matrix(self) -> np.ndarray:
        if self._vectors is None:
            texts = []
            for i, c in enumerate(self.cards):
                for q in (c.title, *c.questions):
                    texts.append(q)
                    self._owners.append(i)
            self._vectors = (self.embeddings.encode(texts) if texts
                             else np.zeros((0, 1), dtype=np.float32))
        return self._vectors

    def _lexical(self, views: Sequence[str], overlap) -> np.ndarray:
        """The stand-in for the phrasings' similarity when there are no embeddings: for each phrasing (rows, in the order
        of `_matrix`) and each view (columns), the idf-weighted share of the view's words the phrasing repeats."""
        if not self._owners:
            for i, c in enumerate(self.cards):
                self._owners.extend(i for _ in (c.title, *c.questions))
        phrasings = [q for c in self.cards for q in (c.title, *c.questions)]
        words = [question_words(v) for v in views]
        return np.array([[overlap(w, q) for w in words] for q in phrasings], dtype=np.float32).reshape(len(phrasings),
                                                                                                      len(views))

    def ranked(self, question: str, lang: str, overlap) -> list[CardMatch]:
        """Cards of the question's language, best first. `overlap(words, text)` is the composer's
        idf-weighted word overlap."""
        if not self.cards:
            return []
        views = story_views(question)
        if self.embeddings is None:
            sims = self._lexical(views, overlap)  # no embeddings (offline tests, a model that failed to load): words only
        else:
            qvs = self.embeddings.encode(views, is_query=True)
            sims = self._matrix() @ qvs.T  # one column per view: the whole message, then each situation sentence + the ask
        best: dict[int, np.ndarray] = {}
        for owner, row in zip(self._owners, sims):
            if self.cards[owner].lang == lang:
                best[owner] = np.maximum(best[owner], row) if owner in best else row
        words = [question_words(question)]
        qtype = question_type(question)
        out = []
        for i, row in best.items():
            card = self.cards[i]
            text = card_text(card)
            # a story is matched sentence by sentence too: each sentence of the situation with the ask, against the card's
            # short phrasings, the whole message diluting neither; the view that fits best speaks for the card
            # (the words counted over the whole message: a short view repeats a larger share of anyone's words)
            sim, ov = float(row.max()), overlap(words[0], text)
            bonus = QTYPE_BONUS if qtype and card.question_type == qtype else 0.0
            if qtype and (card.question_type == "compare") != (qtype in _COMPARING) and \
                    not (card.question_type in _COMPARING and qtype in _COMPARING):
                bonus -= QTYPE_PENALTY
            if qtype and card.question_type == "who_proves" != qtype:
                bonus -= QTYPE_PENALTY  # s10: who has to prove is no answer to "what becomes of our data?"
            if uses_lay_terms(card, question):
                bonus += LAY_BONUS  # s32: the subject told in the card's own everyday words (chat.lay_terms)
            out.append(CardMatch(card, sim + OVERLAP_WEIGHT * ov + bonus, sim, ov))
        out.sort(key=lambda m: -m.score)
        return out

    def match(self, question: str, lang: str, results: Sequence[SearchResult], overlap) -> CardMatch | None:
        """The card that answers the question, or None: the cascade's choice (`cascade`); where it finds none for lack of
        a candidate (`refused_for_lack`, never where it refuses deliberately) and the fitted selector is in use
        (SELECTOR_IN_USE), that selector's when it is confident (SELECTOR_MARGIN)."""
        picked = self.cascade(question, lang, results, overlap)
        selector = load_selector() if SELECTOR_IN_USE else None
        if picked is not None or selector is None:
            return picked
        ranked = [m for m in self.ranked(question, lang, overlap) if premise_named(m.card, question)]
        if not refused_for_lack(question, ranked):
            return None
        return selector.pick(candidates(question, ranked, list(results)), margin=SELECTOR_MARGIN)

    def cascade(self, question: str, lang: str, results: Sequence[SearchResult], overlap) -> CardMatch | None:
        """The hand-made rules (`_cascade`), then the final question's frame (s35, chat.ask_frame): of close cards, the one
        on the act of the body the question tells acting, and for a yes/no asked, the verdict card on the picked card's
        subject rather than the card saying what to write."""
        picked = self._cascade(question, lang, results, overlap)
        ranked = self._candidates(question, lang, overlap)
        picked = on_asked_subject(question, ranked, list(results), body_first(question, ranked, picked),
                                  on_subject=on_subject, specific=specific, subject_labels=subject_labels)
        return frame_fit(question, ranked, picked)

    def _candidates(self, question: str, lang: str, overlap) -> list[CardMatch]:
        """The ranked cards whose situation the question states: premises named (cards.premise_named), no other party's
        act (s27, card_reading), no body acting that the question never names while a contract party acts and no other party
        insolvent than the one the question tells (s35, chat.ask_frame)."""
        key = (question, lang, id(overlap))
        last = getattr(self, "_last_candidates", None)  # a subclass may skip __init__ (tests' fixed rankings)
        if last is not None and last[0] == key:
            return last[1]
        out = [m for m in self.ranked(question, lang, overlap) if premise_named(m.card, question) and
               not party_at_odds(m.card, question) and not at_odds(m.card, question) and
               not state_at_odds(m.card, question)]
        self._last_candidates = (key, out)
        return out

    def _cascade(self, question: str, lang: str, results: Sequence[SearchResult], overlap) -> CardMatch | None:
        """The hand-made rules: the card that answers the question, or None."""
        results = list(results)
        ranked = self._candidates(question, lang, overlap)
        agreed = first_found(results, [m.card for m in ranked])
        if not ranked:
            return None
        named = subject_labels(question)
        top = _rests_on_what_was_found(ranked, results, question_type(question), specific(named))
        told = on_told_situation(question, ranked, question_type(question))  # s25: a story stating a body of law's facts
        if public_buyer_named(question):
            if told is not None and for_public_buyer(told.card):
                return told  # s26: a public buyer's situation told (invoices sent to it) picks its card among the public ones
            if told is not None and set(getattr(told.card, "premise", ()) or ()) & PUBLIC_BODY_SUBJECTS:
                return told  # s36: a subject whose law binds the public body as such (its website's accessibility)
            # a town's contract renewed for years: of close cards, the one on the public procurement rules
            # s18: and of those, the one on the subject named ("le titulaire veut confier l'astreinte à une petite société":
            # the card on subcontracting a public contract, not the one on small purchases); for a public buyer, work handed
            # by the holder to another firm is the subcontracting the procurement code governs, whatever words name it
            wanted = named | (_SUBCONTRACTING if "term:sub_processor" in named else set())
            publics = [m for m in ranked if for_public_buyer(m.card) and m.score >= top.score - SUBJECT_MARGIN and
                       m.score >= ON_SPECIFIC]
            on = [m for m in publics if on_subject(m.card, wanted)]
            if on:
                return on[0]
            # s22: of close cards on those rules, one whose ask cue the question states, when the first declares none ("la
            # commune ne paie plus, on peut arrêter d'intervenir ?" names the unpaid debt the card on an unpaid public buyer
            # turns on, not only the payment period's card; "paie à 90 jours, c'est autorisé ?" names none and keeps it)
            if publics and not cued(publics[0].card):
                own = next((m for m in publics if cued(m.card) and m.score >= publics[0].score - CLOSE), None)
                if own is not None:
                    return own
            if publics and not for_public_buyer(top.card):
                return publics[0]
            if on_public_procurement(top.card) and results and results[0].id == top.card.id and top.score >= FOUND_CLEAR and \
                    not any(m is not top and m.score >= top.score - CLOSE for m in publics):
                # s19: the best card already rests on the procurement code, its situation (a public buyer) is stated,
                # retrieval found it first too and no other card on those rules comes close ("le syndicat intercommunal
                # met fin au contrat pour motif d'intérêt général"); two close ones are two readings ("confier la
                # maintenance à une PME locale": a small purchase or subcontracting), left to the rules below
                return top
        about = on_named_article(question, ranked, results) or on_named_act(question, ranked, results)
        if about is not None:
            return about  # "can we pay less under article 1220, what does that rule say?": the card on that article
        if told is not None:
            return told
        asked = question_type(question)
        lay = told_in_lay_words(question, ranked, asked)
        if lay is not None:
            return lay  # s32: the scorer's best, the one card whose own everyday words the question uses (chat.lay_terms)
        # a card on who proves what keeps its place against a card of another kind when the question asks who has to
        # prove and names only broad subjects (the SLA, liability), or retrieval found it too: the burden turns on the
        # obligation, not on the topic
        # unless a card of that kind on the narrow subject named is as close ("fera de son mieux… on doit démontrer
        # quoi ?" goes to the card on an obligation of means, not to one on proving a contract of adhesion)
        keeps = asked in KIND_FIRST and top.card.question_type == asked and (
            not specific(named) or top.card.id in {r.id for r in agreed}) and not (
            not on_subject(top.card, specific(named)) and any(
                m is not top and m.card.question_type == asked and on_subject(m.card, specific(named)) and
                m.score >= top.score - CLOSE for m in ranked))
        # s23: a sure card both readings put first (the scorer's best, retrieval's very first find) keeps its place against a
        # subject the question names in passing ("une loi nous oblige à chiffrer les sauvegardes ?": encryption, not backups)
        asked_kind = question_type(question)
        agreed_sure = top is ranked[0] and top.score >= SURE and bool(results) and results[0].id == top.card.id
        # s27: ... as does the best card, found by retrieval among its first results, whose declared situation the question
        # states ("payer d'avance deux ans de sauvegarde": the prepaid commitment, not the backups named in passing)
        agreed_sure = agreed_sure or top is ranked[0] and declares_situation(top.card) and top.card.id in {r.id for r in agreed}
        situated = situation_close(ranked, top, {r.id for r in agreed}, lambda m: same_kind(m.card.question_type, asked_kind),
                                   CLOSE)
        if situated is not None:
            top = situated  # s27: a close card whose declared situation the question states, found by retrieval (card_reading)
        if named and not on_subject(top.card, named) and not keeps and not cued(top.card) and not agreed_sure:
            # s22: a card that answers only a question saying what it turns on (an ask cue), the question saying it, keeps
            # its place against a card on a subject the story names in passing ("we settled with our ex-MSP; now a problem
            # with their backups": the settlement's card, not one on backups)
            top = next((m for m in ranked if on_subject(m.card, named) and m.score >= top.score - SUBJECT_MARGIN),
                       top)
        duties = {lab for lab in named if lab.startswith("art28:")}
        if duties and not keeps and not duties & set(top.card.labels[:3]):
            # s15: an Art. 28 duty named, the narrowest subject there is ("le Prestataire détruit l'ensemble des données…
            # on veut les récupérer": return or deletion), picks the close card that carries it over a card on the
            # broader topic ("is the exit clause enough?")
            duty_card = next((m for m in ranked if duties & set(m.card.labels[:3]) and
                              m.score >= max(top.score - SUBJECT_MARGIN, ON_SPECIFIC)), None)
            if duty_card is not None:
                return duty_card
        if len(named) > 1 and not keeps:
            # of close cards, the one whose main subjects cover more of what the question names: "tacit renewal
            # with 6 months' notice" goes to the card on tacit renewal, not to one on notice alone; on a tie, the
            # card written for the kind of question asked ("trop tard pour réclamer ?" on a failed backup)
            # a card whose main subjects cover everything named competes from further behind (COVER_ALL)
            base, first = top.score, top
            # s15b: a card carrying the Art. 28 duty named keeps it against one on a broader subject the story names in
            # passing ("supprime toutes les données, sauvegardes comprises": deletion at the end, not backup testing)
            carried = duties & set(first.card.labels[:3])
            # s19: ... only when it covers more of the narrow subjects named too: a card that adds a broad topic ("the
            # frame agreement removes any late fee": payment) to the narrow subject the best card carries does not come
            # from that far; and on a tie, a card retrieval found over one it did not find at all ("we pay every remaining fee
            # if we terminate early, can a court cut it down?": the early-exit card, not the price-reduction one)
            narrow = specific(named)
            seen = {r.id for r in results}
            top = max((m for m in ranked if (m.score >= base - CLOSE or m.score >= base - COVER_ALL and
                       coverage(m.card, named) == len(named) > coverage(first.card, named) and
                       coverage(m.card, narrow) > coverage(first.card, narrow)) and
                       carried <= set(m.card.labels[:3])), key=lambda m: (
                coverage(m.card, named), same_kind(m.card.question_type, asked), m.card.id in seen, m is first,
                m.score))
        if asked == "how_long" and _USUAL.search(fold(question)) and not _TIMED.search(fold(top.card.verdict or "")):
            # "how long is usual?": what the market does, in figures; of close cards of that kind, the one whose verdict
            # gives a duration, not one on whether the duty exists at all
            top = next((m for m in ranked if m.score >= top.score - CLOSE and same_kind(m.card.question_type, asked) and
                        _TIMED.search(fold(m.card.verdict or ""))), top)
        if asked in ("is_it_normal", "enforceable") and top.score < SURE and (
                top.card.question_type == "what_to_write" or
                top.card.question_type == "what_is" and asks_yes_no(question)):
            # s15b: a yes/no on the law ("c'est possible niveau RGPD ? on doit faire quoi ?") opens with a verdict: of close
            # cards on the subject, the one written for that kind of question answers before one written to say what to write
            # s18: ... or to explain a notion ("a customer owes two months and went silent, can we stop the service?" goes to
            # the card on suspending for non-payment, not to the one explaining anticipatory suspension), when the question
            # is answered by yes or no: "what can we charge them on top?" keeps the card explaining late-payment fees
            top = next((m for m in ranked if same_kind(m.card.question_type, asked) and m.score >= top.score - CLOSE and
                        (on_subject(m.card, named) or not named and top.card.question_type == "what_to_write")), top)
        if top.score >= SURE:
            return top
        if asked == "what_to_write" and getattr(top.card, "negotiation", ()) and specific(named) & set(top.card.labels[:3]) and \
                top.score >= ON_SPECIFIC:
            # "how do we word a force majeure clause on cyber-attacks?": the card's points, as what to write; of two
            # close cards on the subject named, the one retrieval found among its first results
            found = {r.id for r in agreed}
            if top.card.id not in found:
                top = next((m for m in ranked if m.card.id in found and m.score >= max(top.score - CLOSE, ON_SPECIFIC) and
                            getattr(m.card, "negotiation", ()) and specific(named) & set(m.card.labels[:3]) and
                            (top.card.question_type != asked or m.card.question_type == asked)), top)
            return top
        if asked in ONLY_OWN_TYPE and top.card.question_type not in ONLY_OWN_TYPE[asked]:
            return None
        if on_subject(top.card, named) and (top.score >= LIKELY or top.score >= ON_SUBJECT
                                             and same_kind(top.card.question_type, asked)):
            return top  # on the subject the user named, retrieval's first find aside
        if specific(named) & set(top.card.labels[:3]) and same_kind(top.card.question_type, asked) and \
                top.score >= ON_SPECIFIC:
            return top  # "non-sollicitation de 4 ans, ça passe ?": a narrow subject named, the same kind of question
        if asked == "how_long" and specific(named) & set(top.card.labels[:3]) and top.score >= ON_SPECIFIC and \
                any(_TIMED.search(fold(c)) for c in top.card.conditions):
            return top  # "how long do we have to object?": the card on the narrow subject named, its timed condition first
        if asked is None and specific(named) & set(top.card.labels[:3]) and top.score >= ON_SUBJECT:
            return top  # a narrow subject named, asked in words that show no kind of question ("qui règle la facture…")
        narrow_on = [m for m in ranked if m.score >= top.score - CLOSE and specific(named) & set(m.card.labels[:3]) and
                     m.card.question_type != "what_to_write"]
        if asked is None and len(narrow_on) == 1 and narrow_on[0].score >= FOUND_SPECIFIC and \
                narrow_on[0].card.id in {r.id for r in results}:
            # s19: ... or told as a story whose kind of question is not read ("la clinique veut qu'on fasse l'AIPD, c'est à
            # nous ?"): the one card on the narrow subject, as close as the best, that retrieval found too; a card written
            # to say what to put in a clause is no rival (nothing asks for wording) and gives way to it
            return narrow_on[0]
        found = {r.id for r in agreed}
        # a close card resting on the same entries (two or more shared) is the same reading of the question, not a rival
        # nor is a card of wording to write when a verdict is asked ("can a clause remove good faith?"): it answers
        # another kind of question
        # s22: nor, against a card whose ask cue the question states (it names what that card turns on), a card that
        # declares none ("rejected as abnormally low without being asked": the card on low bids, not the one on challenging
        # an award in general)
        rivals = [m for m in ranked if m.card.id != top.card.id and m.score >= top.score - CLOSE and m.card.id in found and
                  len(set(m.card.related_ids) & set(top.card.related_ids)) < 2 and
                  not (asked and asked != "what_to_write" and m.card.question_type == "what_to_write") and
                  not (cued(top.card) and not cued(m.card))]
        if results and results[0].id == top.card.id and on_subject(top.card, named) and not rivals and (
                same_kind(top.card.question_type, asked) or specific(named) & set(top.card.labels[:3])) and \
                top.score >= ON_SPECIFIC:
            # a long, narrated question: retrieval's very first find is this card, on the subject named and written
            # for the kind of question asked ("page 14 of their T&Cs says Lyon… does that bind us?")
            return top
        if specific(named) & set(top.card.labels[:3]) and same_kind(top.card.question_type, asked) and \
                top.score >= FOUND_SPECIFIC and top.card.id in {r.id for r in results} and not any(
                m is not top and m.score >= top.score - CLOSE and specific(named) & set(m.card.labels[:3]) and
                same_kind(m.card.question_type, asked) for m in ranked):
            # a narrated incident ("connexions bizarres… on attend d'être sûrs ?"): the card on the narrow subject named,
            # written for the kind of question asked, that retrieval found among its results, with no rival of that kind
            return top
        if top.score >= FOUND_MIN and top.card.id in found and not rivals:
            return top  # retrieval (words and meaning over the whole base) found this very card, and no close rival
        if top.score >= FOUND_CLEAR and top.card.id in found and not any(
                m is not top and m.score >= top.score - CLEAR_MARGIN for m in ranked):
            # s15b: both readings agree and nothing else comes near: the card scorer's best, found by retrieval among its
            # first results, stands far ahead of every other card ("the datacenter's power bill doubled, can we raise our
            # fixed prices?" → the card on a cost surge, whatever kind of question it was written for)
            return top
        if top.score >= NEAR_SURE and top.card.id in {r.id for r in results} and not any(
                m is not top and m.score >= top.score - LEAD_GAP for m in ranked):
            # s20: the scorer's best is nearly sure, no other card comes within LEAD_GAP of it and retrieval found it among
            # its results, if not among the first three ("il nous a affirmé par écrit être certifié… c'était faux : on peut
            # faire annuler ?": the card on fraud at signature, though retrieval ranks clause texts on certification first)
            return top
        same_kind_rivals = [m for m in rivals if same_kind(m.card.question_type, asked)]
        if top.card.id in found and same_kind(top.card.question_type, asked) and not same_kind_rivals and (
                top.score >= FOUND_SAME_KIND or specific(named) & set(top.card.labels[:3]) and top.score >= FOUND_SPECIFIC):
            # retrieval found this card among its first results, it is written for the kind of question asked
            # ("who has to prove what?", "too late to sue?") and no card of that kind is as close: a long narrated
            # question whose words stray from the card's phrasings
            return top
        if both_first(question, ranked, results, named, asked):
            return ranked[0]  # the scorer's own best, which retrieval found first, whatever entry it rests on
        told = told_as_story(question, ranked, top, results)
        if told is not None:
            return told  # a story: the card retrieval found first for the whole of it, level with the scorer's best
        said = asked_in_words(top, ranked, results)
        if said is not None:
            return said  # s25: the consequence asked in so many words (card_asked)
        same = agreed_situation(ranked, question, found, ON_SPECIFIC, CLOSE)
        if same is not None:
            return same  # s27: the situation the question tells (the same party refusing), found by retrieval (card_reading)
        if top.score < LIKELY:
            return None
        # a middling match counts when what retrieval found first (cards aside) is on the card's subject
        plain = [r for r in results if r.kind != "card"][:1]
        labels = {lab for r in plain for lab in r.labels[:3]}
        if labels & set(top.card.labels[:3]):
            return top
        return None


LAY_MIN = 0.55  # the least score of a card accepted on its own lay words (ON_SPECIFIC)
LAY_LEVEL = 0.05  # s37: a card told in its lay words this close to a best that names none of its own is level with it


def told_in_lay_words(question: str, ranked: Sequence[CardMatch], asked: str | None) -> CardMatch | None:
    """s32: the scorer's best card, when the question uses its own everyday words (`lay_terms`, which name the card's
    subject as a narrow subject named would) and no other card within CLOSE of it does: a lay word of the subject is the
    subject named ("un mouchard sur les pc des commerciaux", "one licence key imaged onto 40 machines"). The card must be
    written for the kind of question asked, or be a likely match (ON_SUBJECT when the kind is unread, LIKELY when another
    kind is read); a comparison or a wording asked keeps its own kind (ONLY_OWN_TYPE)."""
    if not ranked:
        return None
    top = ranked[0]
    if not uses_lay_terms(top.card, question):
        # s37: ... or the one card level with the best (within LAY_LEVEL) that the question names in its everyday words, the
        # best naming nothing of its own and not sure on its own ("send fake phishing emails to its employees… is that ok?":
        # the staff-monitoring card, not the card on an unlawful instruction the words "asked us to" bring close; a card
        # further behind, whose lay words name a thing the story mentions in passing — "our MSP's security schedule
        # says…" — stays behind, and a sure best keeps its place: "combien de temps garder les logs ?" is the log card's)
        if top.score >= SURE:
            return None
        # (its lay words must name what the best card's own text never says: "sous-traitant" in "il reste sous-traitant ?"
        # is the processor card's word too, and tells no other subject)
        told = [m for m in ranked[1:] if m.score >= top.score - LAY_LEVEL and uses_lay_terms(m.card, question)]
        best_text = fold(card_text(top.card)) if told else ""
        told = [m for m in told if not lay_hits(lay_hits(getattr(m.card, "lay_terms", ()) or (), question), best_text)]
        if len(told) != 1:
            return None
        top = told[0]
    if top.score < LAY_MIN:
        return None
    if asked in ONLY_OWN_TYPE and top.card.question_type not in ONLY_OWN_TYPE[asked]:
        return None
    if not (same_kind(top.card.question_type, asked) or top.score >= (ON_SUBJECT if asked is None else LIKELY)):
        return None
    if any(m is not top and m.score >= top.score - CLOSE and uses_lay_terms(m.card, question) for m in ranked):
        return None  # two cards told in their own words: two readings, left to the rules below
    return top


def both_first(question: str, ranked: Sequence[CardMatch], results: Sequence[SearchResult], named: set[str],
               asked: str | None) -> bool:
    """s18b, narrowed in s19: a question naming no subject, where both readings put the same card first (the scorer's best is
    retrieval's very first find over the whole base) and no other card is near it in either reading: a told situation
    whose words stray from every phrasing ("leur DRH dit que les contrats de travail passent chez nous"). The s18b rule
    took any such card and took wrong ones where a rival card was close behind in the scorer or retrieval found other
    cards level with it; here the best card must lead the scorer by BOTH_MARGIN and the next card retrieval found by
    BOTH_FOUND_MARGIN of similarity."""
    if named or not ranked or not results or public_buyer_named(question):
        return False  # a public buyer's question is left to the procurement rule above, which weighs its close cards
    if asked is None and narration(question) is None:
        return False  # one short sentence showing no kind of question: too little for two readings to agree on
    first = ranked[0]
    if results[0].id != first.card.id or first.score < FOUND_CLEAR:
        return False
    if asked in ONLY_OWN_TYPE and first.card.question_type not in ONLY_OWN_TYPE[asked]:
        return False
    if any(m is not first and m.score >= first.score - BOTH_MARGIN for m in ranked):
        return False
    lead = results[0].similarity
    return not any(r.kind == "card" and r.similarity >= lead - BOTH_FOUND_MARGIN
                   for r in list(results)[1:FOUND_TOP] if r.id not in first.card.related_ids)


BOTH_MARGIN = 0.04
BOTH_FOUND_MARGIN = 0.02


def refused_for_lack(question: str, ranked: Sequence[CardMatch]) -> bool:
    """Did the cascade find no card for want of a candidate, rather than refuse one deliberately? (s18: where the fitted
    selector may speak.) Deliberate refusals: the best card is a likely match the cascade turned down (retrieval found
    another subject), it is written for another kind of question a comparison or a wording asks for, it lies off the
    subject the question names, or another card comes as close (two readings of the question). Left: the best card is a
    weak match with no close rival, on no other subject than the one named."""
    if not ranked:
        return True
    top = ranked[0]
    asked = question_type(question)
    named = subject_labels(question)
    if top.score >= LIKELY:
        return False
    if asked in ONLY_OWN_TYPE and top.card.question_type not in ONLY_OWN_TYPE[asked]:
        return False
    if named and not on_subject(top.card, named):
        return False
    return not any(m is not top and m.score >= top.score - CLOSE for m in ranked)


_SUBCONTRACTING = {"term:subcontracting", "topic:subcontracting_assignment"}


def first_found(results: Sequence[SearchResult], cards: Sequence[Entry]) -> list[SearchResult]:
    """Retrieval's first FOUND_TOP finds, counted by reading: a card that names an earlier card as related (or is named
    by it) restates that card's subject and takes no place of its own, so two cards on one subject cannot push a third
    subject's card out of the places where retrieval's agreement counts."""
    by_id = {c.id: c for c in cards}
    kept: list[str] = []
    out: list[SearchResult] = []
    for r in results:
        card = by_id.get(r.id)
        twin = card is not None and any(k in card.related_ids or r.id in by_id[k].related_ids for k in kept if k in by_id)
        out.append(r)
        if not twin:
            kept.append(r.id)
            if len(kept) == FOUND_TOP:
                break
    return out


STORY_FOUND_SIM = 0.5  # how close retrieval's own find must be to a story for its agreement to count
STORY_MIN = 0.6  # the least card score accepted on that agreement
STORY_FOUND_TOP = 3  # retrieval's first results looked at for a story's card


def _subject_of(entry_id: str) -> str:
    """An entry id without its language, and a clause's id without its side: "clause.price_revision.msp.fr" →
    "clause.price_revision" (the three versions of a clause are one subject)."""
    parts = entry_id.split(".")
    return ".".join(parts[:2]) if parts[0] == "clause" else ".".join(parts[:-1])


def rests_on(card: Entry, entry_id: str) -> bool:
    """Is the entry one the card rests on (one of its related entries, any side of a related clause)?"""
    return _subject_of(entry_id) in {_subject_of(r) for r in card.related_ids}


def told_as_story(question: str, ranked: Sequence[CardMatch], top: CardMatch,
                  results: Sequence[SearchResult]) -> CardMatch | None:
    """For a question told as a story, the card the hybrid search found among its first results that is, or rests on,
    the entry it found first, when the card scorer puts it level with its best and it is written for the kind of question
    asked: the search reads the whole story over the whole base, where the card scorer compares it with short phrasings;
    the two agreeing is the answer ("… le bailleur dit qu'on doit continuer à payer les loyers. on est coincé ?" → the
    card on interdependent contracts, which rests on the glossary entry found first)."""
    if narration(question) is None or not results:
        return None
    by_id = {m.card.id: m for m in ranked}
    asked = question_type(question)
    lead = results[0].id
    found = [r.id for r in results[:STORY_FOUND_TOP]]
    for r in results[:STORY_FOUND_TOP]:
        m = by_id.get(r.id)
        if r.kind != "card" or m is None or r.similarity < STORY_FOUND_SIM:
            continue
        if r.id != lead and not rests_on(m.card, lead):
            continue  # the card must rest on what retrieval found first (a story of a breach is no exit question)
        if m.score < max(STORY_MIN, top.score - CLOSE):
            continue
        if asked is not None and not same_kind(m.card.question_type, asked):
            continue  # written for another kind of question: "what do we put in place?" is not answered by "how long"
        if m is not top and top.card.id in found:
            return None  # the scorer's best is among retrieval's first finds too: the two readings disagree
        return m
    return None


_USUAL = re.compile(r"\b(usual\w*|typical\w*|normal\w*|common\w*|standard|generally|in practice|d.habitude|habituel\w*|"
                    r"en general|generalement|courant\w*|classique\w*|en pratique|la norme|le plus souvent)\b")


# s12: an article the user names ("art 1220", "article 1195", "1231-5") is the subject asked: the best card, when its headline
# (title or verdict) names it and retrieval found it, answers, whatever the story names besides
_ARTICLE_NAMED = re.compile(r"\b(?:art\.?|article)\s?(?:l\.?\s?)?(\d{3,4}(?:-\d{1,2})?)\b")


def on_named_article(question: str, ranked: Sequence[CardMatch], results: Sequence[SearchResult]) -> CardMatch | None:
    """The card on the article the question names, or None."""
    arts = set(_ARTICLE_NAMED.findall(fold(question)))
    if not arts or not ranked:
        return None
    m = ranked[0]  # the best card keeps its place against a subject the story names besides; it never promotes another
    headline = f"{m.card.title} {m.card.verdict or ''}"
    if m.score >= ON_SPECIFIC and m.card.id in {r.id for r in results} and \
            any(re.search(rf"(?<![\d-]){re.escape(a)}(?![\d-])", headline) for a in arts):
        return m
    return None


# s19: a law named by its short name ("NIS2", "DORA", "la loi Toubon") is the subject asked, as an article is: the card whose
# headline names it answers, when retrieval found it and it is close to the best (a story's other words aside)
_ACTS = {
    "nis2": r"\bnis ?-?2\b|\bnis ?ii\b|2022/2555",
    "dora": r"\bdora\b|2022/2554",
    "toubon": r"\btoubon\b|94-665",
    "data_act": r"\bdata act\b|2023/2854",
    "ai_act": r"\b(ai act|reglement (europeen )?(sur l'|sur l.)?ia)\b|2024/1689",
    # s20: a legal instrument named by its own name is the subject asked as a law is ("mon comptable parle d'une attestation
    # de vigilance", "un référé précontractuel, c'est encore possible ?", "la retenue de garantie de 10 %")
    "vigilance": r"\b(attestations? de vigilance|vigilance certificates?|certificates? of vigilance|attestation urssaf|"
                 r"urssaf (certificate|attestation))\b",
    "precontractual_referral": r"\b(refere precontractuel|pre-?contractual (summary )?(referral|proceedings?|application)|"
                               r"standstill (period|letter))\b",
    "retention_money": r"\b(retenues? de garantie|retention money|retentions? on (each |every )?(payment|invoice)s?)\b",
}


def named_acts(text: str) -> set[str]:
    """The laws a text names by their short name or number (folded text)."""
    low = fold(text)
    return {name for name, pat in _ACTS.items() if re.search(pat, low)}


def on_named_act(question: str, ranked: Sequence[CardMatch], results: Sequence[SearchResult]) -> CardMatch | None:
    """The card on the law the question names by its short name, or None."""
    acts = named_acts(question)
    if not acts or not ranked:
        return None
    found = {r.id for r in results}
    best = ranked[0].score
    return next((m for m in ranked if m.score >= max(ON_SPECIFIC, best - SUBJECT_MARGIN) and m.card.id in found and
                 acts & named_acts(f"{m.card.title} {m.card.verdict or ''}")), None)


_TIMED = re.compile(r"\d+ ?(h\b|heures?|hours?|jours?|days?|mois|months?|ans?\b|years?|semaines?|weeks?)")


# how users name a subject in words the clause-topic cues do not know ("mettre fin au contrat",
# "walk away", "no-poach"): folded, matched as whole words
_MORE_CUES = {
    # s19: retention of title told in everyday words: the goods sold stay the seller's until paid
    "hardware": r"\b(reserve de propriete|retention[- ]of[- ]title|title (only )?(passes|transfers|remains|stays)|"
                r"(reste|restent|demeure|demeurent) (notre|sa|leur|la) propriete|remain(s)? (our|its|their|the seller's) "
                r"property|romalpa)\b",
    "termination": r"\b(mettre fin|arreter le contrat|sortir du contrat|quitter (le|notre|mon) (contrat|prestataire|msp)|"
                   r"rompre le contrat|walk (away|out)|get out of the contract|end the contract|leave the contract|"
                   r"partir (avant|tout de suite|immediatement))\b",
    "non_solicitation": r"\b(no[- ]poach\w*|poach\w*|debauch\w*|non[- ]?sollicitation|no[- ]solicitation)\b|"
                        # s15: the other side's staff hired, told in everyday words ("interdit au client d'embaucher un de nos
                        # techs", "a client just hired one of our engineers", "they took on two of our people")
                        r"\b(embauch\w*|recrut\w*|engag(e|er|ent|eons|ez|eait)|(re)?pris chez (eux|lui|elle)|hire[sd]?|hiring|recruit\w*|"
                        r"took on|take on|taking on|employ(s|ed|ing)?)\b( \w+){0,3} (un|une|l'un|deux|trois|des|nos|leurs|ses|l'un de nos|un de "
                        r"nos|une de nos|one of (our|their|its)|two of (our|their)|some of (our|their)|our|their|its|the (msp|provider|"
                        r"client|customer)'s)( \w+){0,2} (techs?|techniciens?|technicien\w*|salaries?|ingenieurs?|consultants?|collaborat\w*|"
                        r"employes?|admins?|administrateurs?|developpeurs?|staff|engineers?|employees?|people|technicians?|consultants?|"
                        r"admins?|developers?|team members?)\b|"
                        # ... and in the passive ("notre ancien ingénieur a été recruté par le client", "two of our techs were
                        # hired by the customer")
                        r"\b(techs?|techniciens?|salaries?|ingenieurs?|consultants?|collaborat\w*|employes?|admins?|administrateurs?|"
                        r"developpeurs?|staff|engineers?|employees?|technicians?|developers?)( \w+){0,3} (a|ont|was|were|has|have|had|got)"
                        r"( ete| been)? (recrute\w*|embauche\w*|engage\w*|debauche\w*|hired|recruited|taken on|poached|employed) "
                        r"(par|by|chez)\b|"
                        # s12: a non-compete told in words ("we won't provide IT services to any other pharma company")
                        r"\b(non[- ]?compete|non[- ]?concurrence|(won.t|will not|not to|never|ne (pas|plus)|interdi\w* de) "
                        r"(provide|offer|sell|work (for|with)|serve|supply|travailler (pour|avec)|servir|fournir|proposer)\b[^.?!]{0,50}"
                        r"\b(any (other|competitor|rival)|other \w+ (compan\w*|firms?|clients?|customers?)|competitors?|rivals?|"
                        r"concurrents?|autres? (societes?|entreprises?|clients?|laboratoires?|acteurs?))|"
                        r"(stay|staying|keep|keeping) (away|clear) (from|of) (every|all|any)( other)? \w+)",
    "audit": r"\b(audite[rz]?|auditing|auditer)\b",
    # leaving the provider with one's data and systems: reversibility, even unnamed
    "reversibility": r"\b(changer de (presta\w*|msp|fournisseur|infogereur)|tout (efface|supprime|detruit)|"
                     r"(efface|supprime|detruit)\w* (toutes? )?(nos|les) donnees|(rendre|rend|restituer|restitue|renvoyer|renvoie|retourner) (l'export|nos donnees|"
                     r"notre base|la base)|(deleted|wiped|destroyed) (all )?(our|the) data|(return|give back|send back) (our|the) "
                     r"(data|export|database)|quand (on|nous) (partira|partirons|changera)|"
                     r"(en|comme) otage|hostage|held to ransom|switch(ing)? (providers?|msps?|suppliers?)|"
                     r"(move|moving) to (a|another) (new )?(provider|msp|supplier)|when we (leave|switch|move)|"
                     r"recuperer (nos|toutes nos|mes) (donnees|acces|mots de passe)|get (all )?our (data|passwords|admin "
                     r"access) back)\b",
    # a warning the provider owed or gave: its duty to advise and inform
    "evolution": r"\b(warn(ed|ing|s)?|mis(e)? en garde|averti[rs]?|never (told|advised)|jamais (dit|averti|conseille)|"
                 r"devoir d'information|duty to (inform|warn)|recommandations? (ecrites?|non suivies?))\b",
    "duration_renewal": r"\b(reconduit\w* tacitement|reconduction|auto-?renew\w*|renews? automatically|rolls? over|"
                        r"renouvel\w* automatiquement|renouvelle tout seul|se renouvelle|(re)?part\w* pour (un|une|\d+|deux|trois) "
                        r"(ans?|annees?|mois)|in for another|another (\d+|one|two|three|twelve) (months?|years?)|"
                        r"(cancellation|notice|termination) (window|deadline|date)|date limite pour (resilier|denoncer)|"
                        r"(loupe|rate|zappe|oublie|laisse passer|manque) (la date|le delai|l'echeance|le preavis))\b",
    # the service levels named by what they measure ("délais de rétablissement", "availability target")
    "sla": r"\b(delais? de (retablissement|prise en charge|resolution|reparation|intervention)|temps de (retablissement|"
           r"reponse|resolution)|response times?|resolution times?|fix times?|(availability|uptime) (targets?|commitments?|"
           r"figures?)|taux de disponibilite|objectifs? de disponibilite)\b",
    # personal data held in, or reached from, a country outside the EU: a transfer (GDPR chapter V), whatever the service
    "data_protection": r"\b(servers?|serveurs?|data ?cent(er|re)s?|hosted|heberge\w*|stored|stocke\w*|based|base[es]?|situe\w*|"
                       r"installe\w*|located)\b[^.?!]{0,25}\b(in|en|au|aux|a) (singapo\w*|inde|india|chine|china|philippines|vietnam|"
                       r"maroc|morocco|tunisie|tunisia|algerie|algeria|madagascar|maurice|mauritius|senegal|egypte|egypt|ukraine|"
                       r"turquie|turkey|bresil|brazil|mexique|mexico|russie|russia|(les )?(etats-unis|usa|us)|the (us|usa|uk)|"
                       r"royaume-uni|canada|australi\w*|japon|japan|coree|korea|israel|dubai|emirats|asie|asia|afrique|africa)\b",
    # an attack on the systems named in everyday words ("so a hack is covered", "une attaque informatique")
    "security": r"\b(hack|hacks|hacked|hacking|hackers?|cyber-?attaques?|cyber-?attacks?|attaques? (informatiques?|par rancongiciel)|"
                r"rancongiciels?|ransomware|malware|logiciels? malveillants?)\b",
    # s16: a price raised during the contract, told by the figure or the verb ("l'éditeur a triplé ses prix", "nous facturer
    # 4 200 au lieu de 3 000", "pass the licence increase on", "they put their rates up"): the question of price revision
    "price_revision": r"\b((augment\w*|hausse\w*|releve\w*|relever|double\w*|triple\w*|explose\w*|grimpe\w*|flambe\w*|"
                      r"envole\w*|modifi\w*|ajust\w*|revis\w*|changer)( \w+){0,3} (les |ses |leurs |nos |des |du |de (la |l.)?)?(prix|tarifs?|redevances?|forfaits?|"
                      r"mensualites?|abonnements?|licences?|couts?|factures?)|(prix|tarifs?|redevances?|forfaits?|mensualites?|"
                      r"couts?|licences?)( \w+){0,3} (augment\w*|double\w*|triple\w*|explose\w*|grimpe\w*|flambe\w*)|"
                      r"repercut\w*|(rais\w*|increas\w*|hik\w*|doubl\w*|tripl\w*|put up|putting up|bump\w* up|jack\w* up|adjust\w*|chang\w*|revis\w*|modif\w*)"
                      r"( \w+){0,2} (its|their|the|our|his|her)? ?(prices?|rates?|fees?|tariffs?|charges?|licen[cs]es?|costs?)|"
                      r"(prices?|rates?|fees?|licen[cs]es?|costs?)( \w+){0,3} (went up|gone up|go up|rose|risen|rise|increased|"
                      r"doubled|tripled|soared|exploded)|price (increases?|rises?|hikes?)|pass\w* (it|the (increase|rise|hike|cost)s?) "
                      r"on|pass\w* on (the )?(increase|rise|hike|cost)s?)\b",
    "liability": r"\b(plafond de responsabilite|liability cap|capped liability|caps? (its|their) liability|"
                 # s18: liability excluded, told in the clause's own words ("n'est en aucun cas responsable des pertes",
                 # "shall in no event be liable for loss of data", "aucune responsabilité en cas de")
                 r"(n'est|ne sera|n'est jamais|n'etre) (en aucun cas |jamais |pas |nullement )?(tenue? )?responsable|"
                 r"aucune responsabilite|exclu\w* (toute |sa |leur )?responsabilite|"
                 r"(not|never|in no event|under no circumstances)( \w+){0,2} (be )?(held )?liable|no liability|"
                 r"exclud\w* (any |all |its |their )?liability|"
                 r"plafonn\w* (sa |la |leur |notre |son )?(resp|responsabilite)\b|limit\w* (its|their) liability|"
                 r"(le|un|du|son|notre|leur) plafond(?! (des|de|du) (penalit|credit|hausse))|the cap(?! on (penalt|service|price)))\b",
}


# terms users name in words the taxonomy's term names do not use ("fera de son mieux", "reasonable efforts")
_MORE_TERM_CUES = {
    # s18: the service excluded is the very one paid for ("la sauvegarde c'est justement ce qu'on paie", "backup is what we
    # pay them for"): the essential obligation a clause may not empty
    "essential_obligation": r"\b(c'?est (justement |precisement |exactement |pourtant )?(ce (qu'on|que nous|pour quoi on|pour quoi nous) "
                            r"(paie|payons|achete|achetons)|(pour ca|pour cela) qu'on (paie|le paie))|"
                            r"(is |that'?s |it'?s )?(exactly |literally |precisely |the very thing |just )?what we (are )?pay(ing)? "
                            r"(them |it |him |her )?for|the (whole )?(thing|service) we pay for)\b",
    "tacit_renewal": r"\b(se renouvelle (tout seul|automatiquement|tacitement|d'annee en annee)|renouvelle tout seul|"
                     # s15: the renewal told by its adjective or its rhythm ("un an reconductible tacitement", "il se reconduit
                     # chaque année", "renewed every year since", "evergreen")
                     r"(reconductible|renouvelable|reconduit\w*|renouvele\w*|renewable|renewed|renews?) (tacitement|automatiquement|"
                     r"d'office|chaque annee|tous les ans|d'annee en annee|tacitly|automatically|every year|each year|annually|"
                     r"year after year|year on year)|se reconduit|tacitly renew\w*|evergreen|"
                     r"reconduit\w* (tout seul|automatiquement|d'office)|renews? (itself|on its own)|auto-?renew\w*|rolls? over)\b",
    "personal_data_breach": r"\b(acces (suspects?|anormaux|non autorises?)|connexions? (bizarres?|suspectes?|anormales?)|intrusions?|"
                            r"piratage|pirate\w*|fuites? de donnees|exfiltr\w*|(suspicious|strange|odd|weird|unusual) (admin )?(logins?|access|connections?|activity)|"
                            r"unauthori[sz]ed access|data (leak|exfiltration)|hacked|break-?in)\b",
    "limitation_period": r"\b((relances?|mises? en demeure|(courriers?|lettres?) recommandee?s?|recommandes|lrar|reminders?|formal notices?|"
                         r"registered letters?)\b[^?!]{0,80}\b(garder|conserver|preserver|sauvegarder|bloqu\w*|arret\w*|interromp\w*|"
                         r"suspend\w*|keep\w*|preserv\w*|stop\w*|interrupt\w*|paus\w*) (nos |notre |our |the |le |la |les )?(droits?|delai|"
                         r"prescription|compteur|rights?|clock|claims?|time limit|limitation)|renonce\w* a (toute |tout )?(action|recours|reclamation)s?|(agir|reclamer|action|recours) (apres|passe|au-dela "
                         r"de) (un )?(delai de )?\d+ (mois|jours|ans?)|waive\w* (any|all) (claims?|actions?|right to sue)|"
                         r"no (claim|action) (may|can) be brought after|(claims?|actions?) (after|later than|beyond) \d+ (months?|days?|years?)|"
                         # s16: the time left to act asked in everyday words ("trop tard pour réclamer ?", "how long do we
                         # have to sue?", "can we still claim after four years?")
                         r"trop tard pour (agir|reclamer|attaquer|poursuivre|contester|demander|se retourner)|"
                         r"(delai|combien de temps)( \w+){0,3} pour (agir|attaquer|poursuivre|reclamer|saisir|assigner|se retourner)|"
                         r"(peut|peux|pouvons|pourrait|pourrions)( \w+){0,2} encore (agir|reclamer|attaquer|poursuivre|se retourner)|"
                         r"how long( \w+){1,4} to (sue|claim|act|bring (a |an )?(claim|action|case)|take (legal )?action|go to court)|"
                         r"too late to (sue|claim|act|do anything|bring)|(can|could) (we|i|they) still (sue|claim|bring|go after)|"
                         r"time limit (to|for) (sue|suing|claim\w*|bring\w*|act\w*))\b",
    "fixed_fee_vs_time": r"\b(forfait|fixed[- ](fee|price)|flat (fee|rate|monthly|price)|abonnement)\b.{0,80}\b(regie|temps passe|"
                         r"a l'heure|time[- ]and[- ]materials?|per hour|by the hour|hourly|au ticket|per ticket)\b|"
                         r"\b(regie|temps passe|time[- ]and[- ]materials?|per hour|hourly)\b.{0,80}\b(forfait|fixed[- ](fee|price)|"
                         r"flat (fee|rate|monthly|price)|abonnement)\b",
    # the provider's own supplier named in everyday words ("le datacenter partenaire", "the cloud company our MSP uses")
    "sub_processor": r"\b((datacenter|data ?center|hebergeur|fournisseur cloud|prestataire cloud)( \w+)? (partenaire|auquel|"
                     r"choisi|de (notre|son|leur|du) (presta\w*|msp|infogereur))|(son|leur) (hebergeur|partenaire "
                     r"d'hebergement|fournisseur (cloud|d'hebergement))|(its|their) (hosting |cloud |backup )?(partner|supplier|"
                     r"host)|(cloud|hosting|backup) (company|partner|supplier|provider) (our|the|their) "
                     r"(msp|provider) (uses|picked|chose|relies on)|(msp|provider)'s (hosting |cloud |backup )?(partner|supplier|"
                     r"host|data ?cent(er|re)))\b|"
                     # s15b: part of the service handed by the provider to a third party ("faire faire le support par un centre
                     # en Inde", "confier la supervision à une société partenaire", "outsource level 1 to a team in Manila",
                     # "have the helpdesk run by another company")
                     r"\b((faire|fait|fais|font|fera|feront) faire|confier|confie|sous-trait\w*|deleguer|delegue\w*|externalis\w*)"
                     r"( [\w']+){0,6} (par|a|au|aux) "
                     r"(un|une|des|leur|son|sa|ses|l'un de ses|un autre|une autre) ([\w'-]+ ){0,2}(centre|center|societe|"
                     r"prestataire|equipe|partenaire|fournisseur|entreprise|sous-traitant|freelance|cabinet|boite)|"
                     r"\b(outsourc\w*|subcontract\w*|offshor\w*|(hand|pass)\w*( over| off| on)?(?! (our|the|this|its|their) (whole )?(contract|agreement)\b)|"
                     r"farm\w* out)( [\w'-]+){0,5} to (a|an|another|"
                     r"their|its|some) ([\w'-]+ ){0,2}(centre|center|company|firm|team|partner|vendor|supplier|contractor|freelancer)|"
                     r"\bhave (the|our|its|their) [\w -]{1,30} (done|run|handled|provided) by (a|an|another|their|its) ",
    # s15b: service credits in the words of invoices and casual talk ("les avoirs de service", "un avoir sur la facture",
    # "a credit on the bill", "money off the invoice for the outage")
    "service_credits": r"\b(avoirs?( de service| sur (la |les |nos )?factures?| pour (la |l')?(panne|indisponibilite|coupure))?|"
                       r"remises? (sur (la |les )?factures?|pour (la |l')?(panne|indisponibilite|coupure))|credits? (on|off) (the|our) "
                       r"(bill|invoice)s?|(money|discount) off (the|our) (bill|invoice)s?|sla credits?|uptime credits?)\b",
    # late-payment charges named by what they are ("late fee", "the 40 euros", "indemnité de recouvrement")
    "late_payment": r"\b(late (fees?|charges?|interest)|(recovery|collection) (fee|indemnity|costs?)|interets? de retard|"
                    r"indemnite (forfaitaire )?(de|pour frais de) recouvrement|40 ?(eur|euros?|€))\b",
    # hardship named by its article or its test ("excessivement onéreux", "excessively onerous")
    "imprevision": r"\b(1195|hardship|imprevision|excessive(ly)? (onerous|burdensome)|excessivement onereu\w*|"
                   r"changement (imprevisible )?de circonstances|"
                   # s16: the provider's own costs outgrowing a fixed price ("le forfait ne couvre plus nos coûts", "we now work
                   # at a loss", "our costs doubled")
                   r"ne couvre plus|(travaill\w*|produi\w*|execut\w*) a perte|no longer covers?|(work\w*|operat\w*|run\w*) at a loss|"
                   r"(nos|leurs|ses|mes) couts( \w+){0,3} (ont |a )?(double|triple|explose|flambe)|"
                   r"(our|their|its) costs( \w+){0,3} (have |has )?(doubled|tripled|soared|exploded))\b",
    # s10: a service the contract promised, late or not done, and the client asking to compel it or to have someone else
    # do it at the provider's cost (arts 1221-1222): the situation and the remedy asked, both said
    "specific_performance": r"(?s)^(?=.*\b(en retard|retard\w*|toujours pas|pas (encore |toujours )?(fait|faite|faits|livre\w*|realise\w*|"
                            r"termine\w*)|rien n.est fait|repouss\w*|report\w*|l.an prochain|plus tard|pas le temps|devai(t|ent)|"
                            r"aurai(t|ent) du|prevu\w* (au|dans le|par le) contrat|late|delay\w*|overdue|still (not|hasn.t|haven.t)|"
                            r"keeps? (postponing|saying|pushing|delaying)|was supposed to|were supposed to|should have|promised|"
                            r"(not|never) (done|delivered|finished|carried out))\b)"
                            r".*\b((obliger|forcer|contraindre)\b[^?.!]{0,30}\ba (le |la |les |l.)?(faire|realiser|executer|terminer|finir|"
                            r"livrer|tenir)|a (ses|leurs) (propres )?frais|aux frais (du|de l.) ?(presta\w*|msp|infogereur|defaillant)|"
                            r"(lui|leur) (envoyer|refacturer|facturer|faire payer|presenter|adresser) (la note|la facture|le cout|les frais)|"
                            r"(make|force|compel|get) (them|him|it|the (msp|provider|vendor|supplier)) (to )?(actually )?(do|finish|complete|"
                            r"carry out|deliver|perform)|at (their|its|the (provider|msp).s) (own )?(cost|expense)|(send|pass|charge|bill) "
                            r"(them|it|the (msp|provider)) (the|for the) (bill|cost|invoice|costs))\b",
    # s10: something known before signing and kept quiet (art. 1112-1), the duty unnamed
    "precontractual_information": r"(?s)^(?=.*\b(avant (de signer|la signature|la conclusion|de conclure|qu.on signe|que nous signions)|"
                                  r"au moment de (signer|la signature)|before (signing|we signed|the signing|we signed up)|"
                                  r"when (we|they) signed|at (the time of )?signing)\b)"
                                  r".*\b(savai(t|ent)|connaissai(t|ent)|etai(t|ent) au courant|cach\w*|tu|taire|rien dit|pas dit|"
                                  r"ne (nous )?a (rien|pas) dit|knew|aware|hid|hidden|conceal\w*|said nothing|kept quiet|didn.t tell|"
                                  r"did not tell|never told)\b",
    # s12: the provider bought or sold ("notre infogéreur pourrait être vendu", "if our MSP is acquired"): who the counterparty
    # is, a question of assignment and change of control
    "assignment": r"\b((presta\w*|msp|infogereur|fournisseur|provider|supplier|vendor)\b[^?.!]{0,40}\b(etre |soit |est |se fai\w* |"
                  r"gets? |being |is |was )?(rachet\w*|vendu\w*|revendu\w*|cede\w*|acquired|bought|sold|taken over)|"
                  r"changements? de controle|change of control|prise de controle|takeover|"
                  # s16: the contract itself handed to another company ("le contrat passe à la nouvelle société", "they're
                  # transferring our contract to another firm")
                  r"(contrat|marche)( \w+){0,2} (passe|passera|est transfere|sera transfere|est cede|sera cede|est repris|sera repris)"
                  r" (a|au|chez|par) (la|une|un|le|leur|sa|son) |"
                  r"(ceder|transferer|transmettre|cede|transfere|transmet) (notre|le|son|leur) (contrat|marche)|"
                  r"(hand\w*|transfer\w*|mov\w*|pass\w*|assign\w*)( over)? (our|the|this|its|their) (contract|agreement)( over)? "
                  r"to (another|a new|a different|the new|its new|their new|an?) )\b",
    # s16: a cap or an exclusion told in the clause's words ("sa responsabilité est limitée au montant d'un mois", "liability
    # is limited to the fees paid", "excludes all liability") or the fault that sets it aside (gross negligence)
    "liability_cap": r"\b(responsabilite( \w+){0,3} (est |sera |reste )?(limitee|plafonnee|exclue)|"
                     r"(limite|plafonne|exclut|exclue?) (sa|leur|toute|la) responsabilite|liability( \w+){0,3} (is |shall be |will be )?"
                     r"(limited|capped|excluded)|(limits?|caps?|excludes?|exclusion of) (its|their|all|any) liability|"
                     r"faute (lourde|grave|dolosive)|negligence (grossiere|grave)|gross(ly)? neglig\w*|wilful (misconduct|default))\b",
    # s16: a business relationship of several years ended by one side ("on travaille avec eux depuis neuf ans, il arrête tout
    # dans un mois", "after twelve years our provider won't renew"): the notice its length calls for (C. com. L442-1 II)
    "notice_period": r"(?s)^(?=.*\b(depuis (\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|plus de \d+|des) ans|"
                     r"depuis (19|20)\d\d|(pendant|durant) (\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze) ans|"
                     r"historique|de longue date|for (\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                     r"many|several) years|since (19|20)\d\d|after (\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"fifteen|twenty|many|several) years|long-?standing|long-?time)\b)"
                     r".*\b(arret\w*|met fin|mettre fin|rompt|rompre|rupture|resili\w*|quitt\w*|lache\w*|ne (renouvel|reconduit)\w* pas|"
                     r"plus (renouvel|reconduir)\w*|stop\w*|ends?|ending|terminat\w*|won.t renew|not (to )?renew\w*|drop\w*|walk\w* away|"
                     r"pull\w* out|cut\w* (us|them) off)\b",
    # s16: the other side's repeated failures and the wish to end the contract for them ("il rate ses délais depuis trois
    # mois, on veut résilier", "the provider keeps missing its deadlines, can we just end it?"): termination for breach
    "termination_for_cause": r"(?s)^(?=.*\b(keeps? (missing|failing|breaking|breaching|ignoring)|miss(es|ed|ing)? (its|their|the|all|every) "
                             r"(deadlines?|targets?|slas?|dates?|commitments?)|repeated(ly)? (fail|breach|miss)\w*|"
                             r"(rate|manque|depasse) (ses|leurs|les|tous les|toutes les) (delais|engagements|objectifs|echeances|dates)|"
                             r"ne (respecte|tient) (pas|jamais|plus) (ses|leurs|le|les|sa|son)|manquements? (repetes?|graves?|a repetition)|"
                             r"serious breach|material breach|in breach)\b)"
                             r".*\b(resili\w*|mettre fin|rompre|arreter le contrat|end (the|our|this) (contract|agreement)|end it|"
                             r"terminat\w*|cancel\w*|get out|walk away|pull out|sortir)\b",
    "obligation_of_means": r"\b(de (son|leur) mieux|tout mettre en (oeuvre|œuvre)|(fera|feront|faire) (son|leur) possible|"
                           r"(best|reasonable|commercially reasonable)[- ](efforts?|endeavou?rs?)|do (its|their) best)\b",
    # s15b: the strict reading named in everyday words ("a firm one?", "un engagement ferme ?", "guaranteed, or just
    # an aim?"): the obligation of result, whatever subject the clause is on
    "obligation_of_result": r"\b((firm|strict|hard|binding|absolute) (one|duty|obligation|commitment|promise|undertaking)|"
                            r"guaranteed (result|outcome)|(engagement|obligation|promesse) (ferme|stricte|absolue)|"
                            r"(resultat|delai) garanti|obligation de resultat|obligation of result)\b",
}


# GDPR Art. 28 duties named by what happens to the data, not by the article ("il jure que nos données sont détruites",
# "they say our data was wiped"): deletion or return at the end of the services is Art. 28(3)(g)
_ART28_CUES = {
    # s16: the client's data put to the provider's own use ("utiliser nos tickets pour entraîner son IA", "réutilise les logs
    # pour son outil qu'il vend à tous ses clients", "analyses our mailboxes to build benchmarks it sells", "for its own
    # marketing"): processing outside the documented instructions, where the processor becomes controller (28(10))
    "art28_3a_documented_instructions": r"\b((pour|afin d.) ?(entrainer|alimenter|ameliorer|nourrir|developper|construire|"
                                        r"enrichir|faire) (son|sa|ses|leur|leurs) (propres? )?(ia|intelligence|chatbot|outils?|"
                                        r"produits?|modeles?|algorithmes?|offres?|prospection|statistiques|benchmarks?)|"
                                        r"(a|pour) (ses|leurs) propres (fins|besoins|finalites|usages|clients)|"
                                        r"(qu.il|qu.ils) (vend|vendra|vendent|revend|revendra|commercialise\w*) (a|aux) (d.autres|"
                                        r"tous ses|ses autres|autres)|to (train|feed|improve|build|develop|enrich) (its|their) "
                                        r"(own )?(ai|chatbot|tools?|products?|models?|algorithms?|offers?|benchmarks?|marketing)|"
                                        r"for (its|their) own (purposes|ends|use|marketing|business|products?|clients?|customers?)|"
                                        r"(it|they) (sells?|resells?|will sell|markets?) to (other|all (its|their)) (clients|customers))\b",
    "art28_3g_return_deletion": r"\b((nos|les|vos|leurs|toutes (nos|les)) (donnees|sauvegardes|backups?) (ont (bien )?ete |sont (bien )?|"
                                r"seront |ont (bien )?ete )?(effacees|supprimees|detruites|restituees|rendues)|(our|the|your|their|all) "
                                r"(data|backups?|copies) (has |have )?(been |was |were |is |are )?(deleted|destroyed|wiped|erased|returned)|"
                                r"(delete|destroy|erase|wipe|return) (all )?(our|the|your|their) (data|backups?|copies)|"
                                # s15: the deletion told in the active voice, as a clause says it ("le Prestataire détruit
                                # l'ensemble des données", "the Provider shall delete all Customer Data", "supprimera toutes les
                                # sauvegardes")
                                r"(detrui\w*|supprim\w*|effac\w*|destroy\w*|destruction|delet\w*|eras\w*|wip(e|es|ed|ing)|purg\w*)"
                                r"( \w+){0,2} (l'ensemble des|l'integralite des|toutes les|tous les|les|nos|vos|leurs|all( of)?( the| our| "
                                r"your| their)?|any|the|our|your|their)( [\w']+)? (donnees|data|sauvegardes|backups?|copies))\b",
}


# s16: a deletion told as a fault or an accident ("effacé nos sauvegardes par négligence", "wiped our backups by mistake")
_DELETED_BY_FAULT = re.compile(r"\b(par (erreur|megarde|accident|negligence|maladresse|inadvertance)|accidentel\w*|"
                               r"negligence|by (mistake|accident|error)|accidental\w*|negligen\w*|carelessly|through (a |an )?"
                               r"(error|mistake|fault)|"
                               # s30: ... or on purpose, by a person ("un tech a supprimé volontairement les sauvegardes",
                               # "an admin wiped them on purpose"): a deliberate fault, whose cap is the question
                               r"volontairement|expres|deliberement|intentionnellement|sciemment|par (vengeance|malveillance)|"
                               r"sabot\w*|malveillan\w*|on purpose|deliberately|intentionally|wilfully|willfully|maliciously|"
                               r"out of spite|in revenge|sabotag\w*|rogue (admin|employee|technician|engineer))\b")


# a card resting on the rules of transfers outside the EU (GDPR chapter V) answers a question only when the question
# names a transfer, a place outside the EU or a transfer tool: "is a clause excluding liability for its sub-processors
# valid?" is not answered by the card on support staff in an adequate country
_TRANSFER_CUE = re.compile(r"\b(transfer\w*|transfert\w*|hors (de l.|d.)?(ue|union( europeenne)?|europe|eee)|outside (the )?(eu|eea|"
                           r"union|europe\w*)|(leaves?|leaving|quitte\w*) (the |l.)?(eu|union|europe\w*)|non-eu|offshore|etranger|"
                           r"abroad|overseas|pays tiers?|third countr\w*|adequa\w*|cct|sccs?|clauses (contractuelles )?types|"
                           r"standard (contractual )?clauses|2021/91[45]|bcrs?|(art\.?|article) ?4[4-9]|delocalis\w*|offshor\w*|nearshor\w*|"
                           r"united states|etats[- ]unis|maghreb|"
                           r"singapo\w*|inde|india|chine|china|philippines|vietnam|maroc|morocco|tunisie|tunisia|algerie|algeria|"
                           r"madagascar|maurice|mauritius|senegal|egypte|egypt|ukraine|turquie|turkey|bresil|brazil|mexique|mexico|"
                           r"russie|russia|etats-unis|usa|us|uk|royaume-uni|canada|australi\w*|japon|japan|coree|korea|israel|"
                           r"dubai|emirats|asie|asia|afrique|africa|suisse|switzerland|americ\w*)\b")
_TRANSFER_ENTRIES = ("gdpr.transfers",)


# s15: a public buyer named (a town, a local authority, a public hospital…): its contracts follow the public procurement
# code, whose rules on duration and renewal are not those between companies; s28: the lexicon is read in one place
# (chat/public_buyer.py), for the cards' premise and the told situations alike
_PUBLIC_PROCUREMENT = "Code de la commande publique"


def on_public_procurement(card: Entry) -> bool:
    """Does the card rest on the public procurement code (its rule cites it)?"""
    rule = getattr(card, "rule", None)
    return bool(rule and any(c.startswith(_PUBLIC_PROCUREMENT) for c in rule.cites))


def for_public_buyer(card: Entry) -> bool:
    """s23: a card written for a public buyer: resting on the public procurement code, or declaring the public buyer as its
    situation (`premise: [public_buyer]`, a rule of another code that binds public bodies, such as the French-language
    law's art. 5 on their contracts)."""
    return on_public_procurement(card) or "public_buyer" in (getattr(card, "premise", ()) or ())


# s16: a card resting on the 2016 reform's transitional rule (Ordonnance n° 2016-131, art. 9) answers a contract told as
# old or renewed; "signed last year, no indexation clause, a 12 % rise" is not its situation
_OLD_CONTRACT = re.compile(r"\b(19\d\d|200\d|201[0-6])\b|\b(avant|before) (la |the )?(reforme|reform|octobre|october|2016)|"
                           r"ancien droit|old (law|rules)|\b(reconduit\w*|reconduction|renouvel\w*|renew\w*|rolled over|rolls over)\b")


def _on_transitional_rule(card: Entry) -> bool:
    rule = getattr(card, "rule", None)
    return bool(rule and any("2016-131" in c for c in rule.cites))


# s36: told situations whose law binds a public body as such, not through the procurement code: a town's website must be
# accessible (loi 2005-102, art. 47), so a public body named keeps the situation's card (`_cascade`)
PUBLIC_BODY_SUBJECTS = frozenset({"accessibility_named"})

_DERIVED = "derived"  # premises read from what the card rests on, not declared


def _stated_by(pattern: re.Pattern):
    return lambda question: bool(pattern.search(fold(question)))


def _asked_by(name: str, pattern: re.Pattern):
    """An ask cue stated, and nothing in the question that makes the card's means the wrong answer (premises.ASK_EXCLUDED)."""
    excluded = ASK_EXCLUDED.get(name)
    return lambda question: bool(pattern.search(fold(question))) and not (excluded and excluded(fold(question)))


PREMISE_TESTS = {"public_buyer": public_buyer_named, "old_contract": _stated_by(_OLD_CONTRACT),
                 "outside_eu": _stated_by(_TRANSFER_CUE), **{name: _stated_by(p) for name, p in PREMISE_CUES.items()},
                 **{name: _asked_by(name, p) for name, p in ASK_CUES.items()},
                 **{name: _stated_by(p) for name, p in NAMED_CUES.items()}}


def cued(card: Entry) -> bool:
    """Does the card declare an ask cue (premises.ASK_CUES: what a question must say for the card to answer it)? Among the
    ranked cards, whose premises the question states, such a card is asked about in so many words."""
    return bool(set(getattr(card, "premise", ()) or ()) & set(ASK_CUES))


def card_premises(card: Entry) -> set[str]:
    """The situations the card's answer assumes: those it declares (`premise:`), and those read from what it rests on
    (the public procurement code, the 2016 reform's transitional rule, the rules of transfers outside the EU)."""
    out = set(getattr(card, "premise", ()) or ())
    if on_public_procurement(card):
        out.add("public_buyer")
    if _on_transitional_rule(card):
        out.add("old_contract")
    if any(r.startswith(_TRANSFER_ENTRIES) for r in card.related_ids):
        out.add("outside_eu")
    return out


def premise_named(card: Entry, question: str, *, quoted: bool = False) -> bool:
    """Does the question state every situation the card rests on? (s16b: "un client nous doit 2 mois et ne répond plus"
    is not answered by the card on a client in insolvency proceedings; between companies, the public procurement rules
    are no answer). `quoted`: the card's sentences quoted in a generic answer, where only the declared premises and the
    public buyer count (an old contract or a transfer is a subject the sentences may serve without being the story)."""
    premises = card_premises(card)
    if quoted:
        premises &= {"public_buyer", *(getattr(card, "premise", ()) or ())}
    declared = set(getattr(card, "premise", ()) or ())
    lay = None  # s32: a situation the card declares, told in the card's own lay words (chat.lay_terms), read once

    def stated(p: str) -> bool:
        nonlocal lay
        if PREMISE_TESTS[p](question):
            return True
        if p not in declared or p in PREMISE_CUES:
            # a situation read from what the card rests on, or one several cards assume (insolvency proceedings, a liability
            # exclusion: premises.PREMISE_CUES, whose shared lexicon reads it), is never stated by one card's lay words;
            # they state what the card alone asks (its ask or named cue)
            return False
        excluded = ASK_EXCLUDED.get(p)
        if excluded and excluded(fold(question)):
            return False
        if lay is None:
            lay = uses_lay_terms(card, question)
        return lay

    return all(stated(p) for p in premises if p in PREMISE_TESTS)


# premises whose cues name only the situation (a renewal or the standard clauses of Decision 2021/915 are subjects as
# well as cues of an old contract or a transfer: those premises stay read from what the card rests on)
# (s26: a time or a period named is no situation a card could fail to declare — many cards are asked "how long" — so the
# limitation card's premise is left out of the audit)
AUDITED = ("public_buyer", *(name for name in PREMISE_CUES if name != "time_limit_named"))


def undeclared_premises(cards) -> list[tuple[str, str]]:
    """Audit: (card id, premise) for each card whose title and most of its phrasings state a situation it does not
    declare; such a card would answer questions that never said it."""
    out = []
    for card in cards:
        if card.kind != "card":
            continue
        have = card_premises(card)
        for name, test in PREMISE_TESTS.items():
            if name not in AUDITED:
                continue
            stated = [q for q in card.questions if test(q)]
            if name not in have and test(card.title) and len(stated) * 2 > len(card.questions):
                out.append((card.id, name))
    return out


# s23: a subject told in the everyday words of a story ("chaque visite de contrôle qu'on fait chez lui", "come and check
# their setup", "aucune annexe sur les données personnelles", "no GDPR annex"): the clause topic (first) and the term (second)
# the legal word would have named; folded, matched as whole words
_EVERYDAY_TOPIC_CUES = {
    "audit": r"\b(visites? de (controle|verification)|(venir|vient|viennent|venons|venez|aller|va|allons) (les |le |la )?"
             r"(controler|verifier|inspecter)( chez (eux|lui|elle))?|controles? (sur place|chez (eux|lui|le presta\w*))|"
             r"(come|coming|go|going) (and|to) (check|inspect|verify)|(check|inspect|verify|look at) (their|its|the provider's|"
             r"the msp's) (setup|set-up|premises|site|systems|facilities)|(site|on-?site) (inspections?|visits? to check))\b",
}
_EVERYDAY_TERM_CUES = {
    # a financed lease of the equipment the service runs on, told by its everyday names: contracts that may stand or fall
    # together (Civil Code art. 1186)
    "interdependent_contracts": r"\b(leasing|location financiere|credit-?bail|loueur financier|(contrat|contrats) de location (du|des|de) "
                                r"(materiel|photocopieurs?|serveurs?|copieurs?|equipements?)|(finance|equipment) leas\w*|"
                                r"lease (payments?|company|contract|agreement)s?|leasing company|lessor)\b",
    "dpa": r"\b(annexes? (rgpd|sur les donnees( personnelles)?|relatives? aux donnees( personnelles)?|(de )?protection des donnees)|"
           r"(gdpr|data protection|privacy|personal data) (annex|schedule|addendum|appendix|rider)e?s?)\b",
}


def subject_labels(question: str) -> set[str]:
    """The labels of the clause topics and the terms the question names ("topic:non_solicitation",
    "term:reversibility"); terms every question names in passing (MSP…) left out. Topics are read
    in every stretch of four words, so that a question naming two ("audit fee") gets both."""
    low = fold(question)
    # s15: "pénalités de retard" on an unpaid invoice are late-payment interest, not the service-level penalties topic
    words = (_LATE_PAYMENT_WORDS.sub(" ", low) if PAID_LATE.search(low) and not SERVICE_LEVEL.search(low) else low).split()
    topics = {find_topic(" ".join(words[i:i + 4])) for i in range(max(len(words) - 3, 1))} - {None}
    topics |= {t for t, pat in _MORE_CUES.items() if re.search(pat, low)}
    topics |= {t for t, pat in _EVERYDAY_TOPIC_CUES.items() if re.search(pat, low)}
    terms = {t for t in find_terms(_NO_CLAUSE.sub(" ", _NOTICE_DONE.sub(" ", low))) if t not in GENERIC_TERMS}
    terms |= {t for t, pat in _MORE_TERM_CUES.items() if re.search(pat, low)}
    terms |= {t for t, pat in _EVERYDAY_TERM_CUES.items() if re.search(pat, low)}
    duties = {d for d, pat in _ART28_CUES.items() if re.search(pat, low)}
    if _DELETED_BY_FAULT.search(low):
        # s16: data lost through the provider's fault is a question of its liability, not the return-or-delete duty
        duties.discard("art28_3g_return_deletion")
    return {f"topic:{t}" for t in topics} | {f"term:{t}" for t in terms} | {f"art28:{d}" for d in duties}


# s15: late payment told with penalty words, and the service-level words that make penalties the SLA's: chat.subject_cues
_LATE_PAYMENT_WORDS = re.compile(r"\b(penalites?|interets?|indemnites?|frais) (de|pour) retard( de paiement)?|"
                                 r"late[- ]payment (penalt\w*|interest|fees?|charges?)|late (fees?|charges?)|"
                                 r"(penalt\w*|interest|fees?|charges?) (for|on) late (payment|invoices?)\b")


# s16: a clause the contract does not have ("aucune clause d'indexation", "there's no indexation clause") names what is
# missing, not the subject asked: the answer is the rule without it, not the card on such a clause
_NO_CLAUSE = re.compile(r"\b(aucune?|pas de|pas d'|sans|ni) (clause|stipulation|mecanisme)s? (de |d'|sur (la |le |l')?)?[\w'-]+|"
                        r"\b(no|without( a| an| any)?|not (a|an|any)|never (a|an|any)) [\w-]+( [\w-]+)? (clause|provision|mechanism)s?\b")


# s12: a formal notice told as done ("mise en demeure restée sans effet", "after our formal notice went unanswered") is the
# story's past, not the subject asked: "… on peut tout récupérer ?" asks what termination gives back
_NOTICE_DONE = re.compile(r"\b(mises? en demeure|formal notices?)( \w+)? (restee?s?|demeuree?s?|envoyee?s?|adressee?s?|faite?s?|"
                          r"went|was|were|sent|served|left)( \w+)?( sans (effet|reponse|suite)| unanswered| ignored| without (effect|reply|"
                          r"response))|\b(apres|suite a) (une|la|notre|nos|plusieurs) mises? en demeure|\bafter (a|the|our|several) formal "
                          r"notices?")


# clause topics nearly every question touches: naming one does not say which card answers
BROAD_TOPICS = {"liability", "termination", "sla", "data_protection", "pricing_payment", "scope", "technologies", "parties",
                "service_delivery", "duration_renewal", "security", "governance", "client_obligations", "disputes"}
ON_SPECIFIC = 0.55  # accepted when a narrow subject is named and the card answers the same kind of question


BROAD_TERMS = {"sla", "processor", "controller", *GENERIC_TERMS}  # named by nearly every question on SLAs or the GDPR


def specific(named: set[str]) -> set[str]:
    """The narrow subjects among those the question names: terms other than the broad ones, and topics other
    than the broad ones."""
    return {lab for lab in named if lab.split(":", 1)[1] not in (BROAD_TERMS if lab.startswith("term:") else BROAD_TOPICS)}


# "c'est normal ?" and "c'est valable ?" asked of a clause are one question: is it acceptable
_SAME_KIND = ({"is_it_normal", "enforceable"},)


def same_kind(card_qtype: str | None, asked: str | None) -> bool:
    """Is a card written for `card_qtype` an answer to a question of kind `asked`?"""
    if not asked or not card_qtype:
        return False
    return card_qtype == asked or any({card_qtype, asked} <= group for group in _SAME_KIND)


def coverage(card: Entry, named: set[str]) -> int:
    """How many of the subjects the question names are among the card's main subjects (first labels)."""
    return len(named & set(card.labels[:3]))


def on_subject(card: Entry, named: set[str]) -> bool:
    """Is one of the card's main subjects (first labels) one the question names?"""
    return bool(named & set(card.labels[:3]))


FOUND_TOP = 3  # retrieval's first results: a card found there is one retrieval agrees on
FOUND_MIN = LIKELY  # a card accepted on retrieval's agreement still needs a likely match (0.70 took wrong cards)
FOUND_CLEAR = 0.7  # ... or less, when no other card comes within CLEAR_MARGIN of it
CLEAR_MARGIN = 0.15
FOUND_SAME_KIND = 0.65  # a card of the asked kind that retrieval found, with no rival of that kind
FOUND_SPECIFIC = 0.45  # ... or less, when it is also written for the kind of question asked and on the narrow subject named


COVER_ALL = 0.2  # a card covering every subject the question names is weighed against the best from this far behind
CLOSE = 0.1  # cards this close to the best are told apart by what retrieval found
NEAR_SURE = 0.9  # s20: a best card this close, found by retrieval anywhere in its results...
LEAD_GAP = 0.2  # ... with no other card within this of it, is accepted


def _rests_on_what_was_found(ranked: Sequence[CardMatch], results: Sequence[SearchResult],
                             asked: str | None = None, narrow: set[str] = frozenset()) -> CardMatch:
    """The best card, unless a card nearly as close rests on the entry retrieval found first (cards
    aside) and the best one does not: "how long may X last?" goes to the card on X, not to another
    card also asked "how long". s27: a best card written for the kind of question asked gives way only to a card of that
    kind too, or to one on a narrow subject the question names that the best card does not carry ("le contrat écarte
    l'article 1195": the card on hardship) — which entry retrieval lists first shifts as cards are added; the kind asked
    and the subject named do not."""
    top = ranked[0]
    plain = next((r for r in results if r.kind != "card"), None)
    if plain is None or plain.id in top.card.related_ids:
        return top
    own_kind = same_kind(getattr(top.card, "question_type", None), asked)
    for m in ranked[1:]:
        if m.score < top.score - CLOSE:
            break
        if plain.id in m.card.related_ids and (not own_kind or same_kind(getattr(m.card, "question_type", None), asked) or
                                               on_subject(m.card, narrow) and not on_subject(top.card, narrow)):
            return m
    return top


def candidates(question: str, ranked: Sequence, results: Sequence[SearchResult]) -> list[Candidate]:
    """The features of the first CANDIDATES cards of `ranked` (CardMatch list, best first, premises already checked)."""
    if not ranked:
        return []
    asked = question_type(question)
    named = subject_labels(question)
    narrow = specific(named)
    best_sim = max(m.similarity for m in ranked)
    order = [r.id for r in results]
    found_sim = {r.id: getattr(r, "similarity", 0.0) for r in results}
    best_score = max(m.score for m in ranked)
    plain = next((r for r in results if r.kind != "card"), None)
    out = []
    for place, m in enumerate(list(ranked)[:CANDIDATES]):
        card = m.card
        kind = card.question_type
        clash = bool(asked and ((kind == "compare") != (asked in _COMPARING)) and
                     not (kind in _COMPARING and asked in _COMPARING))
        rank = order.index(card.id) if card.id in order else None
        f = np.array([
            m.similarity,
            m.similarity - best_sim,
            m.overlap,
            1.0 if same_kind(kind, asked) else 0.0,
            1.0 if clash else 0.0,
            coverage(card, named) / len(named) if named else 0.0,
            1.0 if narrow & set(card.labels[:3]) else 0.0,
            1.0 / (1 + rank) if rank is not None else 0.0,
            1.0 if plain is not None and rests_on(card, plain.id) else 0.0,
            1.0 if order and order[0] == card.id else 0.0,
            found_sim.get(card.id, 0.0),
            m.score - best_score,
            1.0 / (1 + place),
        ], dtype=np.float64)
        out.append(Candidate(m, f))
    return out
