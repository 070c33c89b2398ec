"""Issue 15, sixteenth session: the verdict built from what the question asks and what the story says.

Classes (every sentence below is our own paraphrase, FR and EN, on several subjects; near-misses keep their reading):
- a clause quoted with a question: the review's points that follow the answer carry their reference after every
  sentence (the flag's entry, else the balanced clause of its topic) - uncited points recurred in four answer sets;
- "which article / quel article / what is the legal basis": the rule with its article opens, on the card path and on the
  generic path (`answer_plan.asks_article`, `verdict.opening_index(article=True)`);
- a figure asked "normal? / standard? / must we accept?": the answer's verdict is followed, in its opening, by that figure
  against the library's usual range, cited to its clause (`tools.Toolbox._figure_verdict`; one figure only);
- the story says the user's side never agreed or was never asked, and the user asks whether the other side may do it:
  an opening that makes the act depend on consent is led by "no, not without your consent" (`verdict.consent_refused`).
(Tried and removed: a card verdict's one condition settled by a sentence of the story, by word overlap - it fixed its
own batch but turned one verdict of a held half wrong.)
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from assistant.chat.answer_plan import asks_article, card_parts
from assistant.chat.verdict import consent_refused, opening_index, without_consent
from assistant.knowledge.entries import Statement
from evaluations.answer_scoring import every_sentence_cited, fold, uncited_sentences, verdict_text

# -- which article -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "quel article du Code de commerce fixe les délais de paiement entre entreprises ?",
    "c'est quel texte qui oblige le sous-traitant à tenir un registre ?",
    "sur quel fondement le juge peut-il écarter un plafond dérisoire ?",
    "which article of the GDPR makes the processor help with data subject requests?",
    "what is the legal basis for terminating after a formal notice?",
    "on what basis can a court lower a penalty?",
])
def test_an_article_asked_is_read(question):
    assert asks_article(question)


@pytest.mark.parametrize("question", [
    "quelle loi s'applique à notre contrat avec un prestataire belge ?",  # governing law, not an article
    "which law governs the agreement if nothing is written?",
    "l'article 5 du contrat prévoit une GTR de 4h, c'est normal ?",  # an article of the contract named, not asked
    "can we cap liability at six months of fees?",
])
def test_near_misses_of_an_article_asked(question):
    assert not asks_article(question)


def _statement(text: str, type_: str, cites=()) -> Statement:
    return Statement.model_construct(type=type_, side=None, text=text, cites=tuple(cites))


def test_asked_which_article_the_rule_opens_the_generic_answer():
    items = [(None, "Les pénalités sont courantes dans les contrats de services.", 0.9, _statement("p", "practice")),
             (None, "Le juge peut modérer une pénalité manifestement excessive (Code civil, art. 1231-5).", 0.7,
              _statement("r", "rule", ["Code civil, art. 1231-5"]))]
    assert opening_index("what_is", items, side=None, article=True) == 1
    assert opening_index("what_is", items, side=None, article=False) is None  # near-miss: the plan's default


def _card(verdict: str, rule: str, qtype: str = "compare"):
    return SimpleNamespace(verdict=verdict, question_type=qtype, conditions=["Une condition de la fiche."],
                           negotiation=[], rule=SimpleNamespace(text=rule, cites=("Code civil, art. 1231-5",)))


def test_asked_which_article_the_card_rule_opens_without_the_cards_bare_no():
    card = _card("Non, ce sont deux choses : la pénalité sanctionne une inexécution, le dédit est le prix d'une sortie.",
                 "Le juge peut réduire une pénalité manifestement excessive (Code civil, art. 1231-5).")
    plan = card_parts(card, 1, lang="fr", side="client", qtype="what_is",
                      question="quel article permet au juge de réduire une pénalité ?")
    lines = plan.lines()
    assert "1231-5" in lines[0]
    assert not re.match(r"\W*non\b", fold(lines[1]))
    # near-miss: asked "is it the same?", the card's own verdict opens
    plan = card_parts(card, 1, lang="fr", side="client", qtype="compare", question="pénalité et dédit, c'est pareil ?")
    assert plan.lines()[0].startswith("Non")


# -- consent the story denies ------------------------------------------------------------------------------------------

_ON_CONSENT_FR = "Le prestataire ne peut confier ce traitement à un tiers qu'avec l'autorisation écrite préalable du client."
_ON_CONSENT_EN = "Yes, but only with the client's prior written authorisation and on its documented instructions."


@pytest.mark.parametrize("question,opening", [
    ("notre infogérant a confié la supervision à une autre société sans nous demander notre avis. il a le droit ?",
     _ON_CONSENT_FR),
    ("le msp a ouvert l'accès à nos dossiers RH à un éditeur de paie qu'on n'a jamais validé. c'est régulier ?",
     _ON_CONSENT_FR),
    ("we found out our provider moved the mail archive to a firm in Canada. nobody asked us. is that allowed?",
     _ON_CONSENT_EN),
    ("they switched our hosting to another company's datacenter without telling us. can they do that?", _ON_CONSENT_EN),
])
def test_consent_the_story_denies_answers_no(question, opening):
    assert consent_refused(question, opening)
    lang = "en" if opening is _ON_CONSENT_EN else "fr"
    led = without_consent(opening, lang)
    assert re.match(r"(non, pas sans votre accord|no, not without your consent)\b", fold(led))
    assert "yes, but" not in fold(led)


@pytest.mark.parametrize("question,opening", [
    # the user gave the consent
    ("on a donné notre accord écrit au msp pour sous-traiter la sauvegarde. il a le droit ?", _ON_CONSENT_FR),
    # the story denies consent but the opening is on something else
    ("they moved our backups abroad without telling us. is that allowed?",
     "Backups must be tested regularly and restores documented."),
    # the opening already says no
    ("they moved our backups abroad without telling us. is that allowed?", "No, not without a transfer tool."),
    # the user asks what to write, not whether the other side may do it
    ("they moved our backups abroad without telling us. what should the DPA say?", _ON_CONSENT_EN),
])
def test_near_misses_of_consent_denied(question, opening):
    assert not consent_refused(question, opening)


# -- index tier: the whole answer --------------------------------------------------------------------------------------


@pytest.mark.parametrize("question,role,pattern", [
    ("quel article du Code civil permet au juge de réduire une pénalité excessive ?", "client", r"1231-5"),
    ("which article of the French Civil Code deems unwritten a clause that empties the essential obligation?", "client",
     r"1170"),
])
def test_an_article_asked_opens_the_answer(app, question, role, pattern):
    ans = app.ask(question, role=role)
    assert re.search(pattern, verdict_text(ans.answer, 1))


@pytest.mark.parametrize("question,role,words", [
    ("notre contrat limite la responsabilité du prestataire à deux mois de redevance. c'est normal ?", "client",
     r"fourchette usuelle"),
    ("the draft asks for 9 months' notice before each renewal date. is that standard?", "client", r"usual range"),
])
def test_a_figure_asked_normal_opens_with_the_usual_range(app, question, role, words):
    ans = app.ask(question, role=role)
    # the answer's own verdict first, the figure against the usual range right after it
    assert re.search(words, " ".join(ans.answer.split("\n\n")[:2]))
    assert every_sentence_cited(ans.answer), uncited_sentences(ans.answer)


def test_near_miss_two_figures_keep_the_answer_first(app):
    ans = app.ask("non-sollicitation de 18 mois et indemnité de 9 mois de salaire, c'est normal ?", role="msp")
    assert "fourchette usuelle" not in " ".join(ans.answer.split("\n\n")[:2])


@pytest.mark.parametrize("question,role", [
    ("clause 9 of the hosting terms: 'Service credits are the Customer's only remedy for any missed service level.' "
     "is that acceptable for us?", "client"),
    ("article 12 des CG du prestataire : 'à la fin du contrat, le prestataire efface toutes les données, sauvegardes "
     "comprises, sous 5 jours'. c'est acceptable ?", "client"),
])
def test_a_quoted_clause_answer_cites_every_sentence(app, question, role):
    ans = app.ask(question, role=role)
    assert every_sentence_cited(ans.answer), uncited_sentences(ans.answer)


def test_the_models_plan_puts_the_rule_first_when_an_article_is_asked():
    from assistant.chat.answer_plan import plan_for_prompt

    assert plan_for_prompt("quel article du Code civil prévoit la force majeure ?")["order"][0] == "rule"
    assert plan_for_prompt("la force majeure, ça couvre une cyberattaque ?")["order"][0] == "verdict"  # near-miss
