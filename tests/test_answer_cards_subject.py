"""Issue 15, second round: which reviewed card answers a question, and how its opening answers
the question as asked.

- the subject the user names (a clause topic, a term) picks the card on that subject, even when
  a card on another subject is a little closer in wording;
- a comparison or a "what do I write?" question is not answered by a card written for another
  kind of question, unless the match is sure;
- a who / what / how-long question does not open with the bare "yes" meant for "is it…?", and a
  how-long question opens with the duration;
- the new cards (audit costs, service credits as the only remedy) answer their questions.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.chat.answer_plan import asks_yes_no, card_opening, question_type, without_yes
from assistant.chat.cards import ONLY_OWN_TYPE, CardIndex, CardMatch, on_subject, subject_labels
from evaluations.answer_scoring import split_sentences, verdict_text


# -- reading the question ------------------------------------------------------------------------
@pytest.mark.parametrize("question,yes_no", [
    ("la clause de reconduction est-elle opposable ?", True),
    ("can the provider cut the hosting for one late invoice?", True),
    ("le prestataire qui choisit lui-même les finalités reste-t-il sous-traitant ?", True),  # a relative "qui"
    ("qui supporte les frais de l'audit annuel ?", False),
    ("combien de temps peut-on garder les journaux ?", False),
    ("how many months should the exit assistance last?", False),
    ("what if the client never answers our change request?", False),
])
def test_yes_no_questions_are_told_from_wh_questions(question, yes_no):
    assert asks_yes_no(question) is yes_no


def test_a_bare_yes_is_dropped_but_a_no_and_its_reasons_are_kept():
    assert without_yes("Oui, sous réserve d'un préavis : le prestataire peut suspendre.", "fr") == \
        "Sous réserve d'un préavis : le prestataire peut suspendre."
    assert without_yes("Yes: between companies the clause holds.", "en") == "Between companies the clause holds."
    assert without_yes("Souvent, oui, dans une mesure raisonnable : chacun ses frais.", "fr").startswith("Dans une")
    kept = "Non, pas sans mise en demeure préalable."
    assert without_yes(kept, "fr") == kept
    assert without_yes("Oui.", "fr") == "Oui."  # nothing would be left


@pytest.mark.parametrize("question,labels", [
    ("for how many months may a no-solicitation clause bind us?", {"topic:non_solicitation"}),
    ("can we walk away from the contract tomorrow?", {"topic:termination"}),
    ("la clause de réversibilité doit prévoir quoi ?", {"topic:reversibility", "term:reversibility"}),
    ("our msp wants an audit fee", {"topic:audit"}),
])
def test_the_named_subject_is_read_and_passing_words_are_not(question, labels):
    named = subject_labels(question)
    assert labels <= named
    assert "term:msp" not in named


def test_a_comparison_now_reads_as_one():
    assert question_type("is a sub-processor the same as a subcontractor?") == "compare"
    assert question_type("la GTR est-elle identique à la GTI ?") == "compare"
    assert set(ONLY_OWN_TYPE) == {"compare", "what_to_write"}


# -- choosing among cards (no embeddings: a fake index with fixed scores) -------------------------------
def _card(cid, labels, qtype, related=()):
    return SimpleNamespace(id=cid, labels=tuple(labels), question_type=qtype,
                           related_ids=tuple(f"{r}.en" for r in related))


class _Fixed(CardIndex):
    """A card index whose ranking is given, to test `match` alone."""

    def __init__(self, ranked):
        self._ranked = ranked

    def ranked(self, question, lang, overlap):
        return list(self._ranked)


def test_a_card_on_the_named_subject_beats_a_closer_card_on_another():
    other = CardMatch(_card("card.exit_duration.en", ["topic:reversibility"], "how_long"), 0.95, 0.7, 0.4)
    named = CardMatch(_card("card.no_poach.en", ["topic:non_solicitation"], "enforceable"), 0.80, 0.6, 0.4)
    index = _Fixed([other, named])
    plain = [SimpleNamespace(id="clause.confidentiality.msp.en", kind="clause", labels=("topic:confidentiality",))]
    got = index.match("how long may the non-solicitation run after the end?", "en", plain, None)
    assert got is named
    # with no subject named, the closer card stays and, retrieval disagreeing, nothing is taken
    assert index.match("how long after the end is safe?", "en", plain, None) is None


def test_a_card_far_behind_is_not_pulled_up_by_its_subject():
    other = CardMatch(_card("card.exit_duration.en", ["topic:reversibility"], "how_long"), 1.2, 0.9, 0.8)
    named = CardMatch(_card("card.no_poach.en", ["topic:non_solicitation"], "enforceable"), 0.75, 0.5, 0.3)
    got = _Fixed([other, named]).match("non-solicitation or exit assistance, how long?", "en", [], None)
    assert got is other  # a sure match on its own


def test_a_middling_card_of_another_question_type_does_not_answer_a_comparison_or_a_drafting_question():
    change = CardMatch(_card("card.subprocessor_change.en", ["term:sub_processor"], "is_it_normal"), 0.85, 0.5, 0.6)
    idx = _Fixed([change])
    assert idx.match("is a sub-processor the same as a subcontractor?", "en", [], None) is None
    assert idx.match("what should we write about sub-processors?", "en", [], None) is None
    # the same middling card still answers its own kind of question on the named subject
    assert idx.match("our MSP adds sub-processors without asking, is that normal?", "en", [], None) is change


def test_a_middling_card_of_the_same_type_on_the_named_subject_is_accepted_lower():
    content = CardMatch(_card("card.exit_content.fr", ["topic:reversibility", "term:reversibility"],
                              "what_to_write"), 0.74, 0.6, 0.2)
    assert _Fixed([content]).match("je mets quoi dans la clause de réversibilité ?", "fr", [], None) is content
    unnamed = CardMatch(_card("card.exit_content.fr", ["topic:reversibility"], "what_to_write"), 0.74, 0.6, 0.2)
    assert _Fixed([unnamed]).match("je mets quoi dedans ?", "fr", [], None) is None
    assert on_subject(content.card, {"term:reversibility"})
    assert not on_subject(content.card, {"topic:audit"})


# -- with the real knowledge base and engine ------------------------------------------------------------
def _card_entry(app, cid):
    return next(e for e in app.kb_entries() if e.id == cid)


def test_a_how_long_question_to_a_validity_card_opens_with_the_duration(app):
    card = _card_entry(app, "card.non_solicitation_enforceable.fr")
    q = "pendant combien de temps la non-sollicitation peut-elle jouer après la fin ?"
    opening = card_opening(card, q, question_type(q), "fr")
    assert "12 mois" in opening[0]
    assert not opening[1].lower().startswith("oui")


def test_who_pays_the_audit_gets_the_audit_costs_card_without_a_bare_yes(app):
    ans = app.ask("chez nous, qui règle la facture quand le client fait auditer nos process ?", role="msp")
    assert ans.citations[0].id == "card.audit_costs.fr"
    opening = verdict_text(ans.answer)
    assert not opening.lower().startswith(("oui", "souvent, oui"))
    assert "28(3)(h)" in ans.answer and "frais" in ans.answer.lower()


def test_service_credits_as_the_only_remedy_read_as_a_limitation_of_liability(app):
    ans = app.ask("the SLA credits are stated to be our exclusive remedy, can they do that?", role="client")
    assert ans.citations[0].id == "card.service_credits_sole_remedy.en"
    first = split_sentences(verdict_text(ans.answer))[0]
    assert "limitation of liability" in first
    assert "1170" in ans.answer and "1224" in ans.answer
    assert "not legal advice" in ans.answer


def test_leaving_at_once_says_what_it_depends_on(app):
    ans = app.ask("le client peut-il mettre fin au contrat tout de suite ?", role="msp")
    assert ans.citations[0].id.startswith("card.termination_without_formal_notice")
    assert "depend" in verdict_text(ans.answer)  # folded: no accents
    assert "1211" in ans.answer and "1212" in ans.answer and "mise en demeure" in ans.answer


@pytest.mark.parametrize("question,card,opening", [
    ("is an ISO 27001 certificate a legal must for a GDPR processor?", "card.certification_not_required.en", "no"),
    ("sommes-nous obligés de reprendre les clauses types 2021/915 dans notre accord RGPD ?",
     "card.standard_clauses_optional.fr", "non"),
])
def test_a_question_on_the_rule_itself_is_not_answered_by_a_neighbouring_cards_verdict(app, question, card, opening):
    ans = app.ask(question, role="msp")
    assert ans.citations[0].id == card
    assert verdict_text(ans.answer).startswith(opening)
    assert "28(" in ans.answer
