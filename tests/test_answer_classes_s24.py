"""Issue 15, twenty-fourth session: the rule of law that decides the question reaches the answer.

Most tuned points of answers_v20..v23 were lost at stage (b) (evaluations/answer_stages.py): the fact the answer needed is
stated by a typed `rule` of the knowledge base on the very subject asked, but the answer, built from one card or a few
entries, did not bring it (a disappeared price index and art. 1167 after a card on price increases; sufficient guarantees
and the recourse of art. 82(5) after a story of a careless processor). Written before the change, in our own words (FR
and EN, casual, typos, a story told then a question), each firing case asks a question whose deciding rule some entry on
its subject states, and checks that the rule's article or its notion is in the answer, in a cited sentence. The
near-misses check that no neighbouring rule is added: one on another topic, or one whose condition the user's facts
exclude (an index still published is no disappeared index).

The mechanism (`assistant/chat/subject_rules.py`): after the verdict, at most two rules of the entries on the question's
subject, closest to the question, whose articles the answer does not cite yet.
"""

from __future__ import annotations

import re

import pytest

from evaluations.answer_scoring import fold
from tests.answer_helpers import ask as _ask
from tests.answer_helpers import cited_line as _cited_line


# (question, role, pattern the answer must hold in a cited line: the deciding article or its notion)
FIRE = [
    # a price index that is no longer published: replaced by the closest one (C. civ. 1167)
    ("notre contrat de tierce maintenance est indexé sur un indice que l'insee ne publie plus depuis cette année. le "
     "presta nous annonce qu'il prend un autre indice de son choix. il a le droit ?", "client",
     r"1167|(le plus proche|rapproche le plus)"),
    ("EN: The index our support contract uses for the yearly price review has been discontinued, and the vendor says it "
     "will now apply an index it picks itself. Is that allowed?", "client", r"1167|closest"),
    # a careless processor's breach: the controller chose it (28(1)) and may turn to it for its share (82(5))
    pytest.param(
        "On est un cabinet d'avocats. Notre infogéreur n'avait aucun patch et un mot de passe admin partagé, on s'est fait "
        "chiffrer. La CNIL nous dit que nous sommes responsables nous aussi. C'est pourtant sa faute, non ?", "client",
        r"82 ?\(5\)|se retourn\w*|recours|garanties suffisantes|28 ?\(1\)",
        marks=pytest.mark.xfail(strict=True, reason="card choice (cards.py): the story gets the card on data held for "
                                "payment, whose subject is not the controller's liability; no rule on that subject is added")),
    pytest.param(
        "EN: we're a small clinic, our IT provider left RDP open with no MFA and we got hacked, the regulator says we're "
        "liable as well. isn't it all on them?", "client",
        r"82 ?\(5\)|recover|recourse|claim back|sufficient guarantees|28 ?\(1\)",
        marks=pytest.mark.xfail(strict=True, reason="subject read as the breach alone (term:personal_data_breach): the "
                                "liability between controller and processor (art. 82) is another entry's subject")),
    # a penalty out of all proportion: the judge may reduce it (C. civ. 1231-5)
    ("le client applique la clause pénale et nous reclame 90 000 euros pour nos retards de livraison, sur un contrat qui "
     "en rapporte 25 000 par an. on est obligés de payer tout ça ?", "msp", r"1231-5|manifestement excessive"),
    # s26: whatever card comes first (here the late-payment card), the ask (a court, an amount out of proportion) picks the
    # judge's power to reduce among the penalty clause's rules (chat/rule_focus.py)
    ("EN: Client invoked the penalty clause and wants four times our annual fee for late delivery. Surely a court won't "
     "make us pay all of that?", "msp", r"1231-5|manifestly excessive"),
    # a cap so low it empties the provider's essential obligation (C. civ. 1170)
    ("Le presta d'hébergement plafonne sa responsabilité à 300 € quoi qu'il arrive, alors que tout notre ERP tourne chez "
     "lui. Ca tient vraiment ?", "client", r"1170|obligation essentielle"),
    ("EN: our hosting vendor caps its total liability at 200 euros for a contract that runs our whole ERP. would that "
     "even hold up?", "client", r"1170|essential obligation"),
    # personal data at the end of the services: returned or deleted, copies too (GDPR 28(3)(g))
    ("A la fin du contrat le prestataire veut garder une copie de la base clients \"au cas où\". Il peut ?", "client",
     r"28 ?\(3\) ?\(g\)|supprim\w*[^.]{0,80}copies|restitu"),
    ("EN: Contract is over and the old MSP says it'll keep a copy of our customer database just in case. Can it?",
     "client", r"28 ?\(3\) ?\(g\)|delet\w*[^.]{0,80}cop(y|ies)|return"),
    # personal data sent outside the EU: only on documented instructions, with adequacy or appropriate safeguards
    ("notre msp veut déplacer nos sauvegardes (fichiers RH) vers un datacenter en Inde pour baisser ses couts. on doit "
     "vérifier quoi ?", "client", r"art\. 4[456]|clauses (contractuelles )?types|garanties appropriees|adequa"),
    ("EN: Our provider wants to move the backups with our staff records to a data centre in India to cut costs. What "
     "do we need to check?", "client", r"art\. 4[456]|standard (contractual )?clauses|appropriate safeguards|adequa"),
    # an instruction the processor thinks unlawful: it tells the controller at once (GDPR 28(3), last subparagraph)
    ("La RH du client demande à notre technicien de copier tous les dossiers du personnel sur sa boite gmail perso. On "
     "le fait, c'est leurs données après tout ?", "msp",
     r"(informe|alerte|previent)\w*[^.]{0,60}(immediatement|aussitot|sans delai)|immediatement[^.]{0,60}(inform|alert)|"
     r"28 ?\(3\)"),
    ("EN: The client's HR lady asked our tech to copy every staff file to her personal gmail. We just do it? their data "
     "after all", "msp", r"immediately (inform|tell|alert)|inform\w* the (controller|client)|28 ?\(3\)"),
    # ending the contract for the provider's failures: formal notice first (C. civ. 1224-1226)
    pytest.param("le presta loupe ses interventions depuis des mois, on voudrait arreter le contrat des demain, on peut ?",
                 "client", r"122[456]|mise en demeure",
                 marks=pytest.mark.xfail(strict=True, reason="the act reader (not the answer side) reads 'on voudrait "
                                         "arreter le contrat' as a contract to draft: no answer is composed")),
    ("EN: The MSP keeps missing its response times month after month. Can we just terminate tomorrow?", "client",
     r"122[456]|formal notice"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,pattern", FIRE)
def test_the_deciding_rule_reaches_the_answer_cited(app, question, role, pattern):
    ans, _ = _ask(app, question, role)
    assert _cited_line(ans.answer, pattern), ans.answer


# (question, role, pattern no line of the answer may hold: a rule on another topic, or one the facts exclude)
NEAR = [
    # the index is still published: the rule on an index that disappears (art. 1167), which opens on that case, is not
    # added on its own
    ("l'indice syntec a pris 4 % cette année et le presta applique la hausse prévue au contrat, il a le droit ?", "client",
     r"si l.indice choisi dispara"),
    ("EN: Our contract's index went up 5% this year and the provider applied the increase the indexation clause "
     "provides. Is that ok?", "client", r"if the chosen index disappears"),
    # how many hours of downtime an availability rate allows: no cap, GDPR or formal-notice rule
    ("99,9 % de disponibilité mensuelle, ça fait combien d'heures de panne autorisées ?", "client",
     r"1170|28 ?\(3\)|1344"),
    ("EN: how much downtime does 99.5% monthly availability actually allow?", "client", r"1170|28 ?\(3\)|1344"),
    # a breach to be notified: the deadline, not penalties nor caps
    ("on a eu une fuite de données chez nous hier soir, on a combien de temps pour prévenir la CNIL ?", "client",
     r"1231-5|1170|1226"),
    ("EN: We had a data breach last night. How long do we have to notify the regulator?", "client",
     r"1231-5|1170|1226"),
    # a term explained: its definition, not the GDPR's duties
    ("c'est quoi une GTR exactement ?", "client", r"28 ?\(3\)|1170"),
    ("EN: what does GTI mean in a maintenance contract?", "client", r"28 ?\(3\)|1170"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,pattern", NEAR)
def test_no_neighbouring_rule_is_added(app, question, role, pattern):
    ans, _ = _ask(app, question, role)
    assert not re.search(pattern, fold(ans.answer)), ans.answer


# -- fast tier: the choice itself, on the knowledge base's own entries ----------------------------------------------------

def _kb():
    from assistant.knowledge.entries import load_entries  # noqa: PLC0415

    return {e.id: e for e in load_entries()}


def test_articles_are_read_from_citations_and_answers():
    from assistant.chat.subject_rules import articles  # noqa: PLC0415

    assert articles("Code civil, art. 1231-5") == {"1231-5"}
    assert articles("RGPD, art. 28(3)(g)") == {"28(3)(g)"}
    assert articles("(Code civil, art. 1224) ; la clause (art. 1225) et la notification (art. 1226)") == \
        {"1224", "1225", "1226"}
    assert articles("Cass. com., 22 oct. 1996, n° 93-18.632") == set()


def test_a_rule_opening_on_its_case_carries_that_condition_an_exception_does_not():
    from assistant.chat.subject_rules import condition  # noqa: PLC0415

    kb = _kb()
    rule_1167 = next(st for st in kb["term.price_indexation.fr"].rules if "1167" in " ".join(st.cites))
    assert condition(rule_1167) and "indice" in condition(rule_1167)
    unless = next(st for st in kb["term.penalty_clause.en"].rules if st.text.startswith("Unless"))
    assert condition(unless) is None


def _choose(question: str, lang: str, *, have: str = "", card: str | None = None, fit=None, floor: float = 0.2):
    from assistant.chat.subject_rules import subject_rules  # noqa: PLC0415

    kb = _kb()
    words = set(fold(question).split())

    def by_words(text: str) -> float:  # a stand-in for the composer's fit: the share of the text's words the question has
        toks = [w for w in fold(text).split() if len(w) > 3]
        return sum(w in words for w in toks) / max(len(toks), 1) * 2

    return subject_rules(question, lang=lang, entries=kb, have=have, card=kb[card] if card else None, results=[],
                         fit=fit or by_words, floor=floor)


def test_rules_come_from_the_entries_on_the_subject_named_only():
    chosen = _choose("le juge peut-il réduire la clause pénale manifestement excessive que le client nous applique ?",
                     "fr")
    assert chosen and all("term:penalty_clause" in c.entry.labels[:3] for c in chosen)
    assert any("1231-5" in " ".join(c.statement.cites) for c in chosen)
    assert len(chosen) <= 2


def test_a_rule_whose_articles_the_answer_cites_is_not_added_again():
    q = "le juge peut-il réduire la clause pénale manifestement excessive que le client nous applique ?"
    chosen = _choose(q, "fr", have="La pénalité manifestement excessive peut être réduite (Code civil, art. 1231-5 et "
                                    "art. 1344).")
    from assistant.chat.subject_rules import articles  # noqa: PLC0415

    assert any("1231-5" in " ".join(c.statement.cites) for c in _choose(q, "fr"))  # chosen when the answer lacks it
    for ch in chosen:
        cited = set().union(*(articles(c) for c in ch.statement.cites))
        assert not cited <= {"1231-5", "1344"}, ch.statement.text


def test_a_rule_on_a_case_the_question_does_not_state_is_left_out():
    # the index went up: "if the chosen index disappears" is not the user's case; the fit of the condition decides
    q = "l'indice syntec a augmenté de 4 % et le prestataire applique la hausse prévue, c'est normal ?"
    chosen = _choose(q, "fr", fit=lambda text: 0.1 if "dispara" in fold(text) and len(text) < 80 else 0.5)
    assert chosen and not any("1167" in " ".join(c.statement.cites) for c in chosen)
    told = "l'indice de notre contrat n'est plus publié, il a disparu : le prestataire en choisit un autre, il peut ?"
    chosen = _choose(told, "fr", fit=lambda text: 0.9 if "dispara" in fold(text) else 0.3)
    assert chosen and "1167" in " ".join(chosen[0].statement.cites)


def test_no_card_rule_nor_clause_position_is_ever_added():
    chosen = _choose("le plafond de responsabilité de 300 euros vide-t-il l'obligation essentielle du prestataire ?",
                     "fr", card="card.liability_cap_enforceable.fr")
    assert all(c.entry.kind in ("term", "gdpr", "guide") and c.statement.type == "rule" for c in chosen)
