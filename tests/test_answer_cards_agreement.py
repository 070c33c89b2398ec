"""Issue 15, third round (generalisation): how a question is read and which card answers it.

- question types read the casual forms users type ("ça passe ?", "il peut ?", "c'est obligatoire ?",
  "by when…", "do we need to show…", "what should our clause say…");
- a middling card match is accepted when hybrid retrieval itself found that card among its first
  results, unless another card about as close was found there too;
- a card condition that answers the question asked far better than the card's verdict opens the
  answer (the verdict follows);
- the new reviewed cards answer their questions with the article and a verdict first.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.chat.answer_plan import card_parts, question_type
from assistant.chat.cards import CardIndex, CardMatch
from evaluations.answer_scoring import uncited_sentences, verdict_text


@pytest.mark.parametrize("question,qtype", [
    ("notre msp veut une non-sollicitation de 5 ans, ça passe ?", "enforceable"),
    ("notre msp refuse de nous donner la liste, il peut ?", "enforceable"),
    ("une RC pro de 5 millions, c'est obligatoire ?", "enforceable"),
    ("do we have to encrypt backups by law?", "enforceable"),
    ("by when do we have to tell the authority?", "how_long"),
    ("on a découvert la faille il y a deux ans, c'est trop tard pour agir ?", "how_long"),
    ("how much downtime does 99.9% allow per month?", "how_long"),
    ("do we need to show they were negligent?", "who_proves"),
    ("what should our dispute clause say to keep cases in our city?", "what_to_write"),
    ("je suis msp, comment je rédige l'indexation ?", "what_to_write"),
    ("what notice period should we ask for as the provider?", "what_to_write"),
])
def test_casual_question_forms_get_their_type(question, qtype):
    assert question_type(question) == qtype


# -- retrieval's agreement (no embeddings: a fake index with fixed scores) ------------------------------
def _card(cid, labels, qtype):
    return SimpleNamespace(id=cid, labels=tuple(labels), question_type=qtype, related_ids=())


class _Fixed(CardIndex):
    def __init__(self, ranked):
        self._ranked = ranked

    def ranked(self, question, lang, overlap):
        return list(self._ranked)


def _found(*ids):
    return [SimpleNamespace(id=i, kind="card" if i.startswith("card.") else "term", labels=()) for i in ids]


def test_a_middling_card_retrieval_found_first_is_accepted():
    advice = CardMatch(_card("card.advice_proof.en", ["topic:evolution"], "who_proves"), 0.80, 0.46, 0.5)
    other = CardMatch(_card("card.encryption.en", ["topic:security"], "enforceable"), 0.61, 0.55, 0.1)
    index = _Fixed([advice, other])
    q = "the client says it was never said to them. who has to prove it?"
    assert index.match(q, "en", _found("card.advice_proof.en", "term.pca_pra.en"), None) is advice
    # retrieval did not find it, and the first entry it found is on another subject: no card
    assert index.match(q, "en", _found("term.pca_pra.en"), None) is None


def test_two_close_cards_both_found_by_retrieval_are_not_settled_by_that_agreement():
    assign = CardMatch(_card("card.assignment.en", ["term:assignment"], "enforceable"), 0.97, 0.6, 0.5)
    subproc = CardMatch(_card("card.subprocessor.en", ["term:sub_processor"], "enforceable"), 0.95, 0.6, 0.5)
    index = _Fixed([assign, subproc])
    found = _found("card.assignment.en", "term.dpa.en", "card.subprocessor.en")
    assert index.match("can our MSP switch backup provider without asking us?", "en", found, None) is None


# -- a condition that answers the question opens the card's answer -------------------------------------
def test_a_lead_condition_opens_before_the_verdict():
    card = SimpleNamespace(verdict="Not unilaterally.", rule=None, question_type="what_happens_if",
                           conditions=["The contract may rule Article 1195 out.", "It applies since 2016."],
                           negotiation=[])
    plan = card_parts(card, 1, lang="en", side=None, qtype="enforceable", question="can the contract exclude 1195?",
                      lead="The contract may rule Article 1195 out.")
    lines = plan.lines()
    assert lines[0].startswith("The contract may rule Article 1195 out.") and lines[1].startswith("Not unilaterally.")
    assert sum("1195 out" in line for line in lines) == 1  # not repeated among the conditions


def test_excluding_1195_is_answered_by_the_condition_on_excluding_it(app):
    ans = app.ask("le contrat du msp écarte l'article 1195, il a le droit ?", role="client")
    assert ans.citations[0].id == "card.imprevision_price_surge.fr"
    assert "ecarter l'article 1195" in verdict_text(ans.answer)
    assert uncited_sentences(ans.answer) == []


# -- the new cards, through the real knowledge base and engine -----------------------------------------
@pytest.mark.parametrize("question,card,opening,article", [
    ("on peut imposer le tribunal de notre ville à un client qui est une association ?",
     "card.jurisdiction_clause.fr", "seulement entre commercants", "art. 48"),
    ("if force majeure lasts for months, what happens to the contract?", "card.force_majeure_effects.en",
     "only if", "Art. 1218"),
    ("does a 30 minute response time mean the incident is fixed in 30 minutes?",
     "card.response_vs_resolution_time.en", "no", "1231-1"),
    ("le contrat dit que le prestataire n'a aucun devoir de conseil, c'est valable ?",
     "card.advice_duty_exclusion.fr", "non, pas pour l'essentiel", "1112-1"),
])
def test_new_cards_open_with_a_verdict_and_cite_the_article(app, question, card, opening, article):
    ans = app.ask(question, role="client")
    assert ans.citations[0].id == card
    assert verdict_text(ans.answer).startswith(opening)
    assert article in ans.answer
    assert uncited_sentences(ans.answer) == []


# -- a "what do we write?" list comes from the user's side or the balanced clause first --------------
def test_the_other_sides_clause_is_marked_for_a_list_answer():
    from assistant.chat.composer import _other_side

    def clause(position):
        return SimpleNamespace(kind="clause", position=position)

    assert _other_side(clause("client"), "msp") and _other_side(clause("msp"), "client")
    assert not _other_side(clause("balanced"), "msp") and not _other_side(clause("msp"), "msp")
    assert not _other_side(clause("client"), None)  # no side known: every list stays in play
    assert not _other_side(SimpleNamespace(kind="guide", position=None), "msp")
