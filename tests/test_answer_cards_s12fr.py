"""Issue 15, twelfth session (French answer classes): frequent questions no reviewed card answered, or a story whose
question the act reader took for something else. The cards: what interrupts limitation on an unpaid invoice (C. civ.
2240-2244, C. com. L110-4), who proves a contract of adhesion before art. 1171 applies (1110, 1353), a mandatory prior
conciliation clause ignored (CPC 122), the client in insolvency proceedings (C. com. L622-13), a cap on the fees paid in
the last 12 months (1170), a change of control of the provider (1216), arbitration vs a jurisdiction clause (CPC 48,
C. civ. 2061), restitution after termination (1229), clauses surviving termination (1230), a precise, stipulated delay
as a result (1231-1, 1218), restore testing (GDPR 32(1)(c)-(d)), the controller's check of the processor (28(1), 5(2),
24), force majeure and debts of money (1218), notice owed in an established relationship (L442-1 II), the acceptance
clause of a project (1103, 1104).

The routing classes (fast tests below): a message with apostrophes on both sides of a long stretch ("'standard' …
'd'adhésion'") is no quoted clause; a story whose last sentences ask a legal question is a question even when it names
"le contrat d'infogérance"; "moyens ou résultat ?" is a comparison; "il a raison ?" asks whether a claim holds; "faudra
qu'on montre… ?" asks who proves.

Every question is our own paraphrase, casual, written for these tests (none comes from an evaluation set and none
repeats a phrasing of its card); each asserts the card that answers, the opening the user reads first and the article
that must be there."""

from __future__ import annotations

import re

import pytest

from assistant.chat.acts import classify
from assistant.chat.act_pasted import quoted
from assistant.chat.answer_plan import question_type
from assistant.chat.slots import read_slots
from assistant.chat.state import ConversationState
from evaluations.answer_scoring import uncited_sentences, verdict_text

CASES = [
    ("nos relances en recommandé chaque trimestre empêchent-elles la prescription de nos factures impayées ?", "msp",
     "card.limitation_interruption.fr", r"^\W*non", r"2241"),
    pytest.param("un ex-client nous doit deux factures d'hébergement de 2021, on lui a envoyé des mises en demeure tous les "
                 "six mois. ça suffit à garder nos droits ?", "msp", "card.limitation_interruption.fr", r"^\W*non", r"2241",
                 marks=pytest.mark.xfail(strict=True, reason="no question type, prescription unnamed: the card is reached by "
                                         "its subjects but stays below the bar for a question of no known kind")),
    # a story whose formal notice is the past told, the question what termination gives back
    ("on a mis fin au contrat pour faute après une mise en demeure restée sans réponse ; notre directeur financier veut "
     "récupérer toutes les mensualités versées depuis le début. c'est possible ?", "client",
     "card.termination_restitution.fr", r"^\W*non", r"1229"),
    ("notre avocate veut faire tomber la clause de responsabilité des CGV du presta avec le 1171 ; le presta soutient que "
     "c'est à nous d'établir qu'on n'a rien pu négocier. qui doit prouver ?", "client", "card.adhesion_contract_proof.fr",
     r"a la partie qui invoque", r"1110"),
    ("le contrat prévoit une médiation obligatoire avant tout procès et l'infogéreur nous a assignés directement. "
     "qu'est-ce que ça change pour son action ?", "client", "card.prior_conciliation_clause.fr", r"irrecevable", r"\b122\b"),
    ("un client vient d'être mis en redressement et nous doit deux mois d'infogérance, on peut suspendre la supervision "
     "et résilier grâce à notre clause ?", "msp", "card.client_insolvency.fr", r"^\W*non", r"L622-13"),
    ("leur contrat plafonne leur responsabilité aux redevances encaissées dans l'année qui précède le sinistre, on démarre "
     "en janvier : c'est acceptable ?", "client", "card.cap_on_fees_paid.fr", r"courante", r"1170"),
    ("notre infogéreur pourrait être vendu à un grand groupe l'an prochain, comment prévoir au contrat une porte de "
     "sortie si ça arrive ?", "client", "card.change_of_control.fr", r"changement de controle", r"1216"),
    ("un gros client nous propose de régler nos litiges par arbitrage plutôt que devant le tribunal de commerce, "
     "quelle différence concrètement ?", "msp", "card.arbitration_vs_court.fr", r"differents", r"2061"),
    ("on a résolu le contrat d'infogérance pour manquements graves au bout d'un an, peut-on exiger qu'il nous rende "
     "toutes les redevances payées ?", "client", "card.termination_restitution.fr", r"^\W*non", r"1229"),
    ("le client a rompu le contrat et dit que la clause de non-débauchage est tombée avec, il embauche notre admin. "
     "il a raison ?", "msp", "card.clauses_surviving_termination.fr", r"^\W*non", r"1230"),
    ("notre contrat de maintenance prévoit 'échange de tout serveur en panne par un modèle équivalent sous 24 heures'. "
     "le dernier échange a pris une semaine, le prestataire accuse son grossiste. il peut parler d'obligation de moyens ?",
     "client", "card.precise_delay_result.fr", r"resultat", r"1218"),
    pytest.param("le contrat promet une intervention sur site en 4 heures ouvrées, le prestataire est venu le lendemain et "
                 "parle d'obligation de moyens. moyens ou résultat ?", "client", "card.precise_delay_result.fr", r"resultat",
                 r"1218", marks=pytest.mark.xfail(strict=True, reason="a short story asking 'moyens ou résultat ?' goes to "
                                                  "the obligations engine (its own design), not to the card")),
    ("est-ce que le RGPD nous oblige, en tant que MSP, à vérifier régulièrement qu'on sait restaurer les sauvegardes "
     "des clients ?", "msp", "card.restore_testing.fr", r"en partie", r"32\(1\)"),
    ("si l'hébergeur qu'on a choisi pour nos dossiers patients se fait pirater, la CNIL peut-elle s'en prendre à nous "
     "et faudra-t-il montrer qu'on l'avait contrôlé ?", "client", "card.processor_guarantees_check.fr", r"^\W*oui",
     r"28\(1\)"),
    ("un client victime d'une inondation dans ses locaux dit qu'il ne paiera pas nos factures ce trimestre pour force "
     "majeure. il peut ?", "msp", "card.money_debt_force_majeure.fr", r"^\W*non", r"13-20\.306"),
    ("après 9 ans de contrats annuels reconduits, un client nous quitte avec 2 mois de préavis, combien de temps "
     "aurait-il dû nous laisser ?", "msp", "card.established_relationship_notice.fr", r"depend", r"L442-1"),
    ("pour nos projets de déploiement, comment rédiger la réception des travaux pour que le client ne retarde pas "
     "indéfiniment le paiement final ?", "msp", "card.acceptance_clause.fr", r"recette", r"1103"),
]


@pytest.mark.parametrize("question,role,card,opening,article", CASES, ids=[f"{(c.values if hasattr(c, 'values') else c)[2]}:{i}" for i, c in enumerate(CASES)])
def test_each_question_gets_its_card_a_verdict_and_the_article(app, question, role, card, opening, article):
    ans = app.ask(question, role=role)
    assert ans.intent == "question"
    assert ans.citations and ans.citations[0].id == card, [c.id for c in ans.citations[:3]]
    assert re.search(opening, verdict_text(ans.answer)), ans.answer[:300]
    assert re.search(article, ans.answer)
    assert uncited_sentences(ans.answer) == []


# near-misses: a question beside a new card's subject must not get that card
NEAR_MISSES = [
    # the provider (not the client) in insolvency proceedings
    ("notre prestataire d'infogérance est en liquidation, que devient notre contrat ?", "client", "card.client_insolvency.fr"),
    # how long to sue after a failure, not what interrupts the period
    ("combien de temps a-t-on pour attaquer le prestataire après la perte de nos données ?", "client",
     "card.limitation_interruption.fr"),
    # a cap in general, not one indexed on the sums paid
    ("un plafond de responsabilité est-il valable entre professionnels ?", "client", "card.cap_on_fees_paid.fr"),
]


@pytest.mark.parametrize("question,role,not_card", NEAR_MISSES, ids=[f"{c[2]}:{i}" for i, c in enumerate(NEAR_MISSES)])
def test_a_near_miss_does_not_get_the_new_card(app, question, role, not_card):
    ans = app.ask(question, role=role)
    cited = [c.id for c in ans.citations]
    assert not cited or cited[0] != not_card, cited[:3]


# ---------------------------------------------------------------- fast: routing classes

def _act(text: str) -> str:
    return classify(text, read_slots(text), ConversationState()).act


@pytest.mark.parametrize("text", [
    "on a pris l'offre 'premium' du presta, on leur avait écrit pour changer le plafond et la durée mais ils ont refusé "
    "net, c'est leur 'modèle'. on peut quand même contester la clause ?",
    "they called it a 'standard' agreement and would not change a word of it when we asked by email last spring, then "
    "sent the 'final' version. can we still attack the cap?",
])
def test_two_short_quoted_words_are_no_quoted_clause(text):
    assert quoted(text) is None


def test_a_real_single_quoted_clause_is_still_read():
    text = "leur contrat dit 'le prestataire n'est pas responsable des pertes de données du client'. c'est valable ?"
    assert quoted(text) == "le prestataire n'est pas responsable des pertes de données du client"


@pytest.mark.parametrize("text", [
    # a story naming the managed-services contract, then a question of proof
    "on a signé le contrat d'infogérance type de notre prestataire sans rien pouvoir changer. aujourd'hui on veut "
    "contester une clause devant le juge. c'est à nous de prouver qu'on n'a rien pu négocier ?",
    # a story, then what to write about one risk, not a whole contract to draft
    "on va signer un contrat d'infogérance de quatre ans avec une petite société de services. on craint qu'elle soit "
    "revendue en cours de route à un concurrent. qu'est-ce qu'on met dans le contrat pour s'en protéger ?",
    # the other side's claim reported, then "is he right?"
    "on a retenu les pénalités SLA sur la facture de mars. le prestataire dit qu'elles ne sont pas dues faute de mise "
    "en demeure préalable. il a raison ?",
    # a clause quoted, then "means or result?"
    "notre contrat prévoit 'intervention sur site sous 4 heures ouvrées pour tout incident bloquant'. le technicien est "
    "arrivé le lendemain. c'est une obligation de moyens ou de résultat ?",
])
def test_a_story_ending_on_a_legal_question_is_a_question(text):
    assert _act(text) == "question"


def test_a_contract_order_after_a_story_is_still_a_contract_to_draft():
    text = ("nouveau client : cabinet d'expertise comptable, 30 postes sur deux sites, sauvegarde et support inclus. "
            "tu peux me rédiger le contrat d'infogérance complet ?")
    assert _act(text) == "draft_contract"


@pytest.mark.parametrize("text,qtype", [
    ("c'est de moyens ou de résultat, un délai de remplacement sous 48 h ?", "compare"),
    ("is a next-day replacement promise means or result?", "compare"),
    ("le client dit qu'on lui doit des pénalités, il a raison ?", "enforceable"),
    ("faudra-t-il qu'on montre qu'on avait audité l'hébergeur ?", "who_proves"),
    ("si la CNIL enquête, devra-t-on montrer nos vérifications ?", "who_proves"),
])
def test_question_types_read_from_casual_wording(text, qtype):
    assert question_type(text) == qtype


@pytest.mark.parametrize("text", [
    "on a reçu une assignation de notre ancien presta. notre juriste dit qu'on peut lui opposer une fin de non-recevoir "
    "parce qu'il a sauté l'étape de médiation du contrat. c'est quoi exactement ?",
    "our former MSP took us to court. our counsel says we can raise a plea of inadmissibility because they skipped the "
    "contract's prior conciliation step. what is that exactly?",
])
def test_a_story_asking_what_a_named_term_is_explains_it(text):
    u = classify(text, read_slots(text), ConversationState())
    assert (u.act, u.term) == ("explain_term", "prior_conciliation")


def test_the_prior_conciliation_term_is_explained(app):
    exp = app.explain("fin de non-recevoir")
    assert exp.term == "prior_conciliation"
    assert "122" in exp.explanation and "irrecevable" in exp.explanation


@pytest.mark.parametrize("text,present,absent", [
    # a formal notice told as done is the story's past, not the subject asked
    ("on a résilié après une mise en demeure restée sans effet, peut-on récupérer ce qu'on a payé ?", "topic:termination",
     "term:formal_notice"),
    ("we ended the deal after our formal notice went unanswered, do we get the fees back?", None, "term:formal_notice"),
    # asked, it stays the subject
    ("faut-il une mise en demeure avant d'appliquer les pénalités ?", "term:formal_notice", None),
    # reminders asked as a way to keep the right to act: limitation
    ("nos lettres recommandées annuelles suffisent-elles à bloquer le délai pour réclamer ?", "term:limitation_period", None),
    ("do our yearly registered letters keep the clock from running on the debt?", "term:limitation_period", None),
    # the provider bought: assignment (change of control)
    ("et si notre prestataire se fait racheter par un fonds, on peut partir ?", "term:assignment", None),
    ("what if our MSP gets acquired by a competitor?", "term:assignment", None),
])
def test_subjects_named_by_casual_wording(text, present, absent):
    from assistant.chat.cards import subject_labels
    got = subject_labels(text)
    assert present is None or present in got, got
    assert absent is None or absent not in got, got


@pytest.mark.parametrize("text", [
    "le client nous propose de passer à l'arbitrage pour nos litiges au lieu du tribunal, quelle différence ?",
    "the customer suggests arbitration instead of the commercial court, what's the difference?",
])
def test_a_difference_asked_after_a_proposal_is_no_clause_to_draft(text):
    assert _act(text) == "question"


def test_how_to_provide_for_it_in_the_contract_is_what_to_write():
    assert question_type("comment prévoir dans le contrat une sortie si le prestataire change de mains ?") == "what_to_write"
