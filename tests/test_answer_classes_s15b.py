"""Issue 15, fifteenth session (b): answers that answer — the question read as asked, the card that gives its verdict.

Classes (every sentence below is our own paraphrase, FR and EN, several subjects, with near-misses):
- "c'est possible (niveau RGPD) ?", "is that even doable?" ask a yes/no on the law (enforceable); "ça va ?", "ça vous
  paraît correct ?", "is that alright?" ask whether a term is acceptable (is_it_normal) — a casual ask no longer leaves
  the question without a type, hence without a verdict (`answer_plan.question_type`);
- the strict reading of a duty named in everyday words ("a firm one?", "un engagement ferme", "best-efforts") names the
  obligation kind, whatever the clause's subject (`cards._MORE_TERM_CUES`);
- part of the service handed by the provider to a third party ("faire faire le support par un centre…", "outsource the
  helpdesk to a team…") names a sub-processor;
- card choice: a card the card scorer puts far ahead of every other, which retrieval also found among its first results, is
  accepted whatever kind of question it was written for; a yes/no question prefers a close verdict card to a card written
  to say what to write; a card carrying the Art. 28 duty named keeps it against a card on a subject named in passing
  (`cards.CardIndex.match`);
- knowledge base: deleting data at the end with no return is answered no (Art. 28(3)(g)); remote access alone is
  processing (Art. 4(2)).
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from assistant.chat.answer_plan import question_type
from assistant.chat.cards import CardIndex, CardMatch, subject_labels
from evaluations.answer_scoring import fold, verdict_text


# -- question types: the casual asks ------------------------------------------------------------------------------------
@pytest.mark.parametrize("question,qtype", [
    ("le prestataire veut héberger nos sauvegardes chez un partenaire au Maroc. c'est possible ?", "enforceable"),
    ("on voudrait couper le service au client qui ne paie pas. est-ce faisable légalement ?", "enforceable"),
    ("Our provider plans to run the night shift from Manila. Is that even possible under GDPR?", "enforceable"),
    ("They want to cap penalties at 5% of the monthly fee. Would that be doable?", "enforceable"),
    ("clause 9 : le client ne peut résilier qu'avec 6 mois de préavis. ça va ?", "is_it_normal"),
    ("article 7 prévoit un plafond de 3 mois de redevance, ça vous paraît correct ?", "is_it_normal"),
    ("The SLA excludes all outages caused by third-party software. Is that alright?", "is_it_normal"),
    ("notice is 90 days before the anniversary date. are we good with that?", "is_it_normal"),
    ("l'infogéreur dit que le plafond d'un mois s'applique même en cas de faute grave. on est coincés avec ça ?",
     "enforceable"),
    ("The contract lets them audit-bill us at their day rate. Do we have to live with that?", "enforceable"),
    ("on a signé sans mise en concurrence alors qu'on est une collectivité. ça pose problème ?", "enforceable"),
    ("We renewed the helpdesk deal without a tender. Is that a problem?", "enforceable"),
])
def test_casual_asks_get_a_type(question, qtype):
    assert question_type(question) == qtype


@pytest.mark.parametrize("question", [
    "Is it possible to get a copy of the audit report?",  # asks for something, not whether it is lawful
    "how long does the restoration usually take?",
    "what is the problem with tacit renewal?",
])
def test_near_misses_are_not_read_as_a_yes_no_on_the_law(question):
    assert question_type(question) != "enforceable"


# -- subjects named in everyday words -----------------------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "The clause says the MSP will restore service within 2 hours. Is that a firm commitment or just an aim?",
    "le contrat parle de remise en route sous 4h. c'est un engagement ferme ou pas ?",
    "Is uptime here a strict obligation or a best-efforts one?",
])
def test_the_strict_or_soft_reading_names_the_obligation_kind(question):
    named = subject_labels(question)
    assert {"term:obligation_of_result", "term:obligation_of_means"} & named, named


@pytest.mark.parametrize("question", [
    "notre infogéreur va faire faire la supervision de nuit par une société partenaire à Tunis",
    "le prestataire compte confier le helpdesk à une équipe externe basée en Roumanie",
    "our MSP wants to outsource the first-line helpdesk to a contractor in Manila",
    "they will have the backups handled by another company from next month",
])
def test_part_of_the_service_handed_to_a_third_party_names_a_sub_processor(question):
    assert "term:sub_processor" in subject_labels(question)


@pytest.mark.parametrize("question", [
    "le prestataire dit que les avoirs de service sont notre seul recours pour la panne",
    "they offered a credit on the invoice for the outage and say that is all we get",
    "l'offre prévoit une remise sur facture pour indisponibilité, c'est tout ?",
])
def test_service_credits_named_in_everyday_words(question):
    assert "term:service_credits" in subject_labels(question)


def test_near_miss_the_provider_doing_the_work_itself_names_no_sub_processor():
    assert "term:sub_processor" not in subject_labels("our MSP runs the helpdesk itself from its Lyon office")


# -- card choice (no embeddings: a fake index with fixed scores) -------------------------------------------------------
def _card(cid, labels, qtype):
    return SimpleNamespace(id=cid, labels=tuple(labels), question_type=qtype, related_ids=(), verdict="", conditions=(),
                           negotiation=())


class _Fixed(CardIndex):
    def __init__(self, ranked):
        self._ranked = ranked

    def ranked(self, question, lang, overlap):
        return list(self._ranked)


def _found(*ids):
    return [SimpleNamespace(id=i, kind="card" if i.startswith("card.") else "term", labels=(), similarity=0.55)
            for i in ids]


def test_a_card_far_ahead_that_retrieval_also_found_is_accepted():
    surge = CardMatch(_card("card.surge.en", ["topic:price_revision"], "what_happens_if"), 0.74, 0.55, 0.38)
    other = CardMatch(_card("card.other.en", ["topic:sla"], "compare"), 0.55, 0.45, 0.2)
    index = _Fixed([surge, other])
    q = "our licence costs tripled overnight. are we allowed to pass that on to clients on fixed-price deals?"
    assert index.match(q, "en", _found("term.x.en", "card.surge.en"), None) is surge
    # retrieval did not find it among its first results: not enough on its own
    assert index.match(q, "en", _found("term.x.en", "term.y.en", "term.z.en", "card.surge.en"), None) is None


def test_a_close_rival_keeps_a_middling_card_out():
    surge = CardMatch(_card("card.surge.en", ["topic:price_revision"], "what_happens_if"), 0.74, 0.55, 0.38)
    rival = CardMatch(_card("card.rival.en", ["topic:sla"], "compare"), 0.66, 0.5, 0.3)
    index = _Fixed([surge, rival])
    q = "our licence costs tripled overnight. are we allowed to pass that on to clients on fixed-price deals?"
    assert index.match(q, "en", _found("term.x.en", "card.surge.en"), None) is None


def test_a_yes_no_question_prefers_a_close_verdict_card():
    write = CardMatch(_card("card.write.fr", ["topic:data_protection", "term:sub_processor"], "what_to_write"), 0.99, 0.6, 0.4)
    verdict = CardMatch(_card("card.verdict.fr", ["topic:data_protection", "term:sub_processor"], "enforceable"), 0.95,
                        0.6, 0.4)
    index = _Fixed([write, verdict])
    q = "notre prestataire veut confier le support à une équipe partenaire hors UE. c'est possible ?"
    got = index.match(q, "fr", _found("card.write.fr", "card.verdict.fr"), None)
    assert got is verdict
    # asked what to write, the card written for that stays
    q2 = "notre prestataire veut confier le support à une équipe partenaire hors UE. on met quoi dans le contrat ?"
    assert index.match(q2, "fr", _found("card.write.fr", "card.verdict.fr"), None) is not verdict


# -- index tier: the whole answer -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("question,role", [
    ("notre contrat d'hébergement dit qu'au terme, le prestataire efface toutes nos données et leurs copies sous 5 jours. "
     "rien sur un retour des fichiers. c'est acceptable ?", "client"),
    ("Our hosting contract says that at the end the provider wipes all our data, backups included, within a week. "
     "Nothing on handing it back. Is that ok?", "client"),
])
def test_deletion_with_no_return_is_answered_no(app, question, role):
    ans = app.ask(question, role=role)
    assert re.match(r"\W*(non|no)\b", fold(verdict_text(ans.answer))), ans.answer[:300]
    assert re.search(r"28\(3\)\(g\)", ans.answer)


@pytest.mark.parametrize("question,role", [
    ("our IT contractor only logs into our PCs remotely to fix issues and keeps nothing. do we still need a processing "
     "agreement with them?", "client"),
    ("le prestataire ne fait que de la télémaintenance sur nos postes, rien n'est stocké chez lui. faut-il quand même un "
     "contrat article 28 ?", "client"),
])
def test_remote_access_alone_is_processing(app, question, role):
    ans = app.ask(question, role=role)
    assert re.search(r"4\(2\)", ans.answer), ans.answer[:400]


@pytest.mark.parametrize("question,role,card", [
    ("notre messagerie est tombée deux jours, le prestataire répond que les avoirs de service sont notre unique "
     "dédommagement selon le contrat. on est coincés avec ça ?", "client", "card.service_credits_sole_remedy.fr"),
    ("the contract says service credits are our only remedy for outages. we lost two days of sales. are we stuck "
     "with that?", "client", "card.service_credits_sole_remedy.en"),
])
def test_sole_remedy_credits_asked_casually_get_their_card(app, question, role, card):
    ans = app.ask(question, role=role)
    assert ans.citations and ans.citations[0].id == card
    assert re.search(r"1170", ans.answer)
