"""Issue 15, the generic path: an answer no reviewed card matches still opens with a verdict read
from the typed statement that opens it (verdict.py), the statement chosen for the kind of
question asked; cards that did not match never fill an answer on another subject.

The questions here are our own paraphrases, written for these tests (none comes from an
evaluation set)."""

from __future__ import annotations

import pytest

from assistant.chat.answer_plan import asks_yes_no, order_statements, question_type
from assistant.chat.verdict import lead, opening_index, with_lead
from assistant.knowledge.entries import Statement
from evaluations.answer_scoring import fold


def _st(type_, text, side=None):
    return Statement.model_construct(type=type_, side=side, text=text, cites=())


NO_LAW = _st("rule", "Aucune loi n'impose à un prestataire informatique de s'assurer : l'obligation vient du contrat "
                     "(Code civil, art. 1103).")
ONLY_IF = _st("rule", "A clause of this kind is lawful only if it is limited in time and in the staff it covers "
                      "(Cass. com., 27 May 2021).")
STRUCK = _st("rule", "Une clause qui vide de sa substance l'obligation essentielle du débiteur est réputée non écrite "
                     "(Code civil, art. 1170).")
VALID = _st("rule", "Tacit renewal is valid between businesses (French Civil Code, art. 1215).")
BOUNDED = _st("rule", "A jurisdiction clause between traders is valid when it stands out clearly (French Code of Civil "
                      "Procedure, art. 48).")
PRACTICE = _st("practice", "Les contrats d'infogérance prévoient souvent un préavis de trois mois.")


@pytest.mark.parametrize("question,statement,lang,want", [
    ("on doit vraiment avoir une assurance, c'est imposé ?", NO_LAW, "fr", "non, ce n'est pas une obligation legale"),
    ("our supplier wants a 4-year no-hire clause, is that enforceable?", ONLY_IF, "en", "it depends"),
    ("le prestataire peut-il s'exonérer de tout, même de sa mission principale ?", STRUCK, "fr", "pas forcement"),
    ("is an auto-renewal clause valid in a contract between two companies?", VALID, "en", "yes, in principle"),
    ("is a clause sending every dispute to our home court valid?", BOUNDED, "en", "it depends"),
    ("trois mois de préavis pour partir, c'est habituel ?", PRACTICE, "fr", "c'est courant"),
])
def test_the_opening_statement_gives_the_verdict_it_carries(question, statement, lang, want):
    words = lead(question_type(question), question, statement, lang=lang, yes_no=asks_yes_no(question))
    assert words is not None and fold(words) == want


def test_a_question_asking_whether_it_is_void_gets_no_guessed_polarity():
    # "the judge may cut it" answers "yes" to "can the judge cut it?": no "not necessarily" then
    cut = _st("rule", "Le juge peut réduire une pénalité manifestement excessive (Code civil, art. 1231-5).")
    assert lead("enforceable", "le juge peut-il réduire une pénalité énorme ?", cut, lang="fr", yes_no=True) is None
    assert lead("enforceable", "is this exclusion clause abusive?", STRUCK, lang="en", yes_no=True) is None


def test_no_verdict_is_invented_when_the_statement_gives_no_sign():
    plain = _st("rule", "Le contrat tient lieu de loi à ceux qui l'ont fait (Code civil, art. 1103).")
    assert lead("enforceable", "le presta peut-il facturer ses trajets en plus ?", plain, lang="fr", yes_no=True) is None
    # a statement that already opens with its verdict keeps it, without a second one
    said = _st("practice", "It depends on who runs the servers and who chose the hardware.")
    assert lead("is_it_normal", "is that usual?", said, lang="en", yes_no=True) is None


def test_what_to_write_opens_with_the_users_side_and_says_so():
    items = [("rule", "Between traders a jurisdiction clause must stand out (art. 48).", 0.9,
              _st("rule", "Between traders a jurisdiction clause must stand out (art. 48).")),
             ("theirs", "The court is the one of the client's seat.", 0.88,
              _st("position", "The court is the one of the client's seat.", side="client")),
             ("ours", "Provider side: the court is the one of the provider's seat.", 0.8,
              _st("position", "Provider side: the court is the one of the provider's seat.", side="msp"))]
    question = "what do we put in the disputes clause so cases are heard near our office?"
    assert question_type(question) == "what_to_write"
    assert opening_index("what_to_write", items, side="msp") == 2
    out = order_statements(items, "en", question=question, side="msp")
    assert out[0][0] == "ours"
    assert out[0][1].startswith("On the provider side, write into the contract: the court is the one of the provider")
    # the other side's clause is never what the user is told to write
    assert opening_index("what_to_write", items[:2], side="msp") is None


def test_a_legal_question_opens_with_the_rule_when_it_is_nearly_as_close():
    items = [("def", "Professional liability insurance pays the damage the provider causes.", 1.0,
              _st("practice", "Professional liability insurance pays the damage the provider causes.")),
             ("law", "No law requires an IT provider to be insured: the duty comes from the contract (art. 1103).", 0.9,
              _st("rule", "No law requires an IT provider to be insured: the duty comes from the contract (art. 1103)."))]
    question = "do we have to carry 5 million of cover by law?"
    out = order_statements(items, "en", question=question)
    assert out[0][0] == "law" and out[0][1].startswith("No, it is not a legal requirement: no law requires")


@pytest.mark.parametrize("question,qtype", [
    ("qu'est-ce que je mets dans l'article sur les sauvegardes pour être couvert ?", "what_to_write"),
    ("what do I put in the exit section so we get the admin accounts back?", "what_to_write"),
    ("si l'infogéreur dépose le bilan, qu'est-ce qui arrive à nos serveurs ?", "what_happens_if"),
    ("que deviennent nos données si le contrat est résilié ?", "what_happens_if"),
])
def test_question_types_of_paraphrases(question, qtype):
    assert question_type(question) == qtype


def test_lead_keeps_acronyms_and_lowers_a_plain_first_letter():
    assert with_lead("Non", "Aucune loi n'impose cela.", "fr") == "Non : aucune loi n'impose cela."
    assert with_lead("It depends", "GDPR Art. 28 applies first.", "en") == "It depends: GDPR Art. 28 applies first."


def test_an_example_never_opens_nor_takes_a_verdict():
    items = [("ex", "Exemple : un plafond d'un mois pour un MSP qui fait toutes les sauvegardes est très exposé.", 1.0,
              _st("practice", "Exemple : un plafond d'un mois pour un MSP qui fait toutes les sauvegardes est très exposé.")),
             ("p", "Douze mois de redevances sont le plafond le plus souvent retenu.", 0.9,
              _st("practice", "Douze mois de redevances sont le plafond le plus souvent retenu."))]
    out = order_statements(items, "fr", question="un plafond à 2 mois de redevances, c'est habituel ?")
    assert out[0][0] == "p" and out[0][1].startswith("C'est courant : douze mois")
    assert lead("is_it_normal", "c'est habituel ?", items[0][3], lang="fr", yes_no=True) is None


def test_normal_and_valid_are_one_kind_of_question_for_a_card():
    from assistant.chat.cards import same_kind
    assert same_kind("enforceable", "is_it_normal") and same_kind("is_it_normal", "is_it_normal")
    assert not same_kind("how_long", "enforceable") and not same_kind("enforceable", None)


def test_an_either_or_question_on_a_status_is_a_what_is_question():
    assert question_type("notre infogéreur, il compte comme sous-traitant RGPD ou pas ?") == "what_is"
