"""Issue 15, eighteenth session, second round: classes of answers the tuned half of a blind answer set missed, by the
stage that lost them (evaluations/answer_stages.py), and a robustness bug.

Every question is our own (FR and EN, casual and told as a story), written before the fixes; near-misses must get
another card or none.
- K1 (knowledge absent) a public buyer ends the contract for a reason of general interest, the holder at no fault: the
  buyer may, and compensates the loss (Code de la commande publique, art. L6 and L2195-3); a card resting on that code
  answers only a question naming a public buyer;
- K2 (knowledge absent) the other side holds the logs: evidence is preserved before any trial by a measure of inquiry
  a judge orders, an expert or a commissaire de justice's report (Code de procédure civile, art. 145);
- C2 (not chosen) a story naming no subject whose scorer's best card is also retrieval's very first find: that card
  answers, even when written for a neighbouring kind of question (staff taken over with an outsourcing contract);
- C1 (not chosen: only a comparison card held it) the client keeps the contract and pays less for a service performed
  badly: a price reduction it may decide itself, after formal notice and before paying (Code civil, art. 1223);
- E (robustness) with no embeddings (`OfflineComposer(embeddings=None)`), the card match degrades to words alone
  instead of raising, and the engine answers.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from evaluations.answer_scoring import fold
from tests.answer_helpers import ask as _ask, first_cited as _first


@pytest.fixture(scope="module")
def entries():
    from assistant.knowledge.entries import load_entries  # noqa: PLC0415

    return load_entries()


# -- fast tier: what the cards say ------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_general_interest_card_says_yes_with_compensation(entries, lang):
    card = next(e for e in entries if e.id == f"card.public_termination_general_interest.{lang}")
    verdict = fold(card.verdict)
    assert re.match(r"(oui|yes)\b", verdict)
    assert re.search(r"interet general|general interest", verdict)
    assert re.search(r"indemni|compensat", verdict)
    assert {"L6", "L2195-3"} <= {c.split()[-1] for c in card.rule.cites}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_evidence_card_names_the_measures_of_inquiry(entries, lang):
    card = next(e for e in entries if e.id == f"card.evidence_before_trial.{lang}")
    verdict = fold(card.verdict)
    assert "145" in verdict
    assert re.search(r"expert", verdict) and "commissaire de justice" in verdict
    assert re.search(r"avant tout proces|before any trial", verdict)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_price_reduction_card_puts_notice_before_the_cut(entries, lang):
    card = next(e for e in entries if e.id == f"card.price_reduction_own_decision.{lang}")
    verdict = fold(card.verdict)
    assert "1223" in verdict
    assert re.search(r"mise en demeure|formal notice", verdict)
    assert re.search(r"proportion", verdict)
    assert re.search(r"pas encore paye|not yet paid", verdict)


# -- E: no embeddings ---------------------------------------------------------------------------------------------------

def test_cards_are_ranked_on_words_alone_without_embeddings(entries):
    from assistant.chat.composer import OfflineComposer  # noqa: PLC0415

    composer = OfflineComposer(entries=entries, embeddings=None)
    ranked = composer.cards.ranked("qui doit réaliser l'analyse d'impact AIPD, le client ou l'hébergeur sous-traitant ?",
                                   "fr", composer.overlap)
    assert ranked and all(m.card.lang == "fr" for m in ranked)
    assert ranked[0].card.id.startswith("card.dpia_")
    assert ranked[0].similarity > ranked[-1].similarity


def _engine(tmp_path, entries):
    from assistant.chat.composer import OfflineComposer  # noqa: PLC0415
    from assistant.chat.conversation import ChatEngine  # noqa: PLC0415
    from assistant.chat.store import ConversationStore  # noqa: PLC0415

    return ChatEngine(retriever=None, composer=OfflineComposer(entries=entries, embeddings=None),
                      store=ConversationStore(tmp_path / "chat.db"),
                      drafter=SimpleNamespace(entries=entries, export_dir=tmp_path / "exports"))


@pytest.mark.parametrize("question,lang,cited", [
    ("le prestataire doit-il faire l'AIPD à notre place ?", "fr", "card.dpia_"),
    ("the service is poor, can we cut the provider's invoice ourselves without going to court?", "en",
     "card.price_reduction_own_decision."),
])
def test_the_engine_answers_without_embeddings(tmp_path, entries, question, lang, cited):
    engine = _engine(tmp_path, entries)
    out = engine.turn(question, conversation_id=None, side="client", lang=lang)
    text = out.answer.answer
    assert "AttributeError" not in text and not re.search(r"je ne peux pas faire cela|i cannot do that", fold(text))
    assert [c.id for c in out.answer.citations][:1] and out.answer.citations[0].id.startswith(cited), \
        [c.id for c in out.answer.citations]


def test_near_miss_without_embeddings_an_unrelated_question_gets_no_card(tmp_path, entries):
    engine = _engine(tmp_path, entries)
    out = engine.turn("what's a good recipe for a lemon tart?", conversation_id=None, side="client", lang="en")
    assert not any(c.id.startswith("card.") for c in out.answer.citations)


# -- index tier: the answers reach them ---------------------------------------------------------------------------------


GENERAL_INTEREST = [
    ("le syndicat intercommunal nous écrit qu'il met fin à notre contrat d'hébergement pour un motif d'intérêt général, "
     "il restait deux ans. on n'a rien à se reprocher. ils peuvent ? on a droit à quoi ?", "msp"),
    ("EN: a regional hospital trust told us it is terminating our public IT support contract in the general interest, "
     "halfway through. we did nothing wrong. can they, and do we get paid anything?", "msp"),
]


@pytest.mark.parametrize("question,role", GENERAL_INTEREST)
def test_a_public_buyer_ending_for_general_interest_compensates(app, question, role):
    ans, text = _ask(app, question, role)
    assert _first(ans).startswith("card.public_termination_general_interest."), _first(ans)
    assert re.search(r"interet general|general interest", text)
    assert re.search(r"indemni|compensat", text)
    assert "2195-3" in text


def test_near_miss_a_private_client_ending_for_convenience_gets_no_public_card(app):
    ans, _ = _ask(app, "EN: our private client wants to end our contract early for convenience, no fault on our side. "
                       "can it?", "msp")
    assert not _first(ans).startswith("card.public_termination_general_interest.")


EVIDENCE = [
    ("notre infogérant a fait une mise à jour qui a cassé la compta, il dit que le bug venait d'avant. c'est lui qui a les "
     "journaux et les accès admin. comment on garde des preuves avant qu'il nettoie tout ?", "client"),
    ("EN: the provider botched our mail migration and blames our old setup. it holds every log and admin account. how do "
     "we secure the evidence before it gets wiped?", "client"),
]


@pytest.mark.parametrize("question,role", EVIDENCE)
def test_evidence_held_by_the_other_side_is_preserved_before_trial(app, question, role):
    ans, text = _ask(app, question, role)
    assert "145" in text
    assert re.search(r"expert|commissaire de justice", text)


def test_near_miss_who_must_prove_an_sla_breach_is_no_measure_of_inquiry(app):
    ans, _ = _ask(app, "EN: under an obligation of means, who has to prove the provider was at fault?", "client")
    assert not _first(ans).startswith("card.evidence_before_trial.")


REDUCTION = [
    ("le mainteneur met une semaine à intervenir au lieu de 8h comme prévu, et ça dure depuis le printemps. on garde le "
     "contrat mais on voudrait régler moins la prochaine facture, on a le droit de le décider seuls ?", "client"),
    ("EN: our MSP only does half of the monthly patching it promised, for months now. we don't want to terminate, just "
     "pay less on the next invoice we haven't paid yet. can we just decide that ourselves?", "client"),
]


@pytest.mark.parametrize("question,role", REDUCTION)
def test_paying_less_for_a_poor_service_is_a_price_reduction(app, question, role):
    ans, text = _ask(app, question, role)
    assert "1223" in text
    assert re.search(r"mise en demeure|formal notice", text)


def test_near_miss_the_provider_raising_its_price_is_no_price_reduction(app):
    ans, _ = _ask(app, "EN: our MSP announced a 9% price increase mid-contract. can it do that on its own?", "client")
    assert not _first(ans).startswith("card.price_reduction_own_decision.")


# -- C2 (not chosen): nothing named, both readings put the same card first --------------------------------------------

AGREED = [
    # (strict xfail until s23: passes with the s23 cards and cues in, cause not traced, kept as a plain case)
    ("on récupère l'infogérance d'un cabinet d'architectes qui avait un informaticien salarié. leur avocat dit "
     "que ce salarié devient le nôtre d'office. c'est vrai ?", "msp", "card.staff_transfer_outsourcing."),
    ("EN: we are taking over the IT outsourcing of a company that had two in-house technicians. their HR says the "
     "employment contracts move to us by law. is that right?", "msp", "card.staff_transfer_outsourcing."),
]


@pytest.mark.parametrize("question,role,card", AGREED)
def test_a_story_both_readings_agree_on_gets_that_card(app, question, role, card):
    ans, text = _ask(app, question, role)
    assert _first(ans).startswith(card), _first(ans)
    assert "1224-1" in text
