"""Issue 15, tenth session (French answer classes): frequent questions no reviewed card answered, or answered with
the card of another subject: a clause shortening the time to sue to one year (C. civ. 2254), forcing a late service
or having it done by someone else at the provider's cost (1217, 1221, 1222), individual confidentiality undertakings
of the provider's staff (GDPR 28(3)(b)), extending a contract vs renewing it (1213 vs 1214), the processor telling the
data subjects itself (34, 28(3)(a)), the maximum length of a contract (1210, 1212), a discount with no counterpart
(C. com. L442-1 I 1°), what to write when the MSP notifies the CNIL for the client (33, 28(3)(f)), what to write on
DPIA help (28(3)(f), 35), the pre-contractual duty to inform (1112-1), who proves deletion at the end (28(3)(g),
28(3)(h)), withholding payment vs reducing the price (1219 vs 1223).

Every question is our own paraphrase, casual, written for these tests (none comes from an evaluation set and none
repeats a phrasing of its card); each asserts the card that answers, the opening the user reads first and the article
that must be there. The near-misses sit next to a new card's subject and must not get it."""

from __future__ import annotations

import re

import pytest

from evaluations.answer_scoring import fold, uncited_sentences, verdict_text

CASES = [
    # a clause shortening the limitation period
    ("l'article 12 de leurs CGV dit qu'on a douze mois pour toute réclamation contre eux, passé ce délai c'est fini. "
     "c'est valable ça ?", "client", "card.limitation_shortened.fr", r"^\W*oui", r"2254"),
    ("on voudrait mettre dans nos conditions que le client a un an pour agir contre nous au lieu de cinq, on a le droit ?",
     "msp", "card.limitation_shortened.fr", r"au moins un an", r"2254"),
    ("our MSP's terms bar any claim against them after one year instead of the usual five, is that allowed?", "client",
     "card.limitation_shortened.en", r"^\W*yes", r"2254"),
    # a late service: compel it or have it done by another at the provider's cost
    ("le presta devait nous installer le nouveau VPN avant l'été, toujours rien, il repousse. on peut le forcer à le "
     "faire ou prendre une autre boîte à ses frais ?", "client", "card.late_performance_remedies.fr", r"^\W*oui",
     r"1222"),
    pytest.param("la bascule de la téléphonie prévue au contrat traîne depuis 4 mois, comment contraindre l'infogéreur à "
                 "la terminer ?", "client", "card.late_performance_remedies.fr", r"mise en demeure", r"1221",
                 marks=pytest.mark.xfail(strict=True, reason="a 'how do we compel' question shows no question type and "
                                         "its words stay far from the card's phrasings (below the named-subject bar)")),
    ("l'infogéreur n'a toujours pas fait la mise à jour des serveurs promise pour le printemps, on peut exiger qu'il "
     "la fasse à ses frais ou la confier à un autre ?", "client", "card.late_performance_remedies.fr", r"mise en demeure",
     r"1221"),
    ("the MSP was supposed to move our file server in March and still hasn't, can we make them do it?", "client",
     "card.late_performance_remedies.en", r"^\W*yes", r"1222"),
    # individual confidentiality undertakings of the provider's staff
    ("le client veut que chacun de nos admins signe un NDA à son nom, nos contrats de travail ont déjà une clause de "
     "confidentialité, c'est vraiment exigé ?", "msp", "card.staff_confidentiality.fr", r"pas forcement", r"28\(3\)\(b\)"),
    ("notre infogéreur dit que la clause de confidentialité de ses salariés suffit et refuse un engagement par "
     "technicien, c'est normal ?", "client", "card.staff_confidentiality.fr", r"contrat de travail", r"28\(3\)\(b\)"),
    # extending vs renewing
    ("on arrive au terme du contrat d'hébergement, le presta parle de proroger de 3 mois ou de reconduire, c'est pareil ?",
     "client", "card.extension_vs_renewal.fr", r"^\W*non", r"1213"),
    ("quelle différence entre prolonger notre contrat par avenant avant la fin et le renouveler ?", "client",
     "card.extension_vs_renewal.fr", r"meme contrat", r"1214"),
    # the processor telling the data subjects itself
    ("suite au vol de données chez notre infogéreur, il veut prévenir lui-même nos abonnés par SMS ce soir, on n'a "
     "rien validé. il peut ?", "client", "card.processor_informs_people.fr", r"^\W*non", r"\b34\b"),
    ("notre MSP a écrit de lui-même à tous nos salariés pour leur dire que leurs données avaient fuité, il avait le "
     "droit ?", "client", "card.processor_informs_people.fr", r"responsable du traitement", r"28\(3\)\(a\)"),
    # the maximum length of a contract
    ("le prestataire nous propose un engagement de 8 ans, mon DAF pense qu'au-delà de 5 ans c'est interdit, il existe "
     "une durée maximale ?", "client", "card.contract_max_duration.fr", r"^\W*non", r"1210"),
    ("jusqu'à combien d'années peut-on signer un contrat d'infogérance ferme ?", "client",
     "card.contract_max_duration.fr", r"perpetuel", r"1212"),
    # a discount with no counterpart
    ("un de nos plus gros clients exige 3 % de ristourne de fin d'année sans s'engager sur rien, sinon il change de "
     "fournisseur. c'est permis ?", "msp", "card.advantage_without_counterpart.fr", r"refuser", r"L442-1"),
    ("la centrale d'achat du client nous réclame une 'participation commerciale' de 4 % sans aucune contrepartie, "
     "on peut dire non ?", "msp", "card.advantage_without_counterpart.fr", r"contrepartie", r"L442-1"),
    # what to write when the MSP notifies the CNIL for the client
    ("un client nous demande de prendre en charge la déclaration CNIL à sa place en cas de violation, on rédige "
     "comment la clause pour être couverts ?", "msp", "card.notification_mandate_clause.fr", r"mandat", r"\b33"),
    ("notre infogéreur va faire les notifications de violation à la CNIL pour nous, que doit dire le DPA ?", "client",
     "card.notification_mandate_clause.fr", r"72 heures", r"33\(1\)"),
    # what to write on DPIA help
    ("le client nous demande d'écrire qu'on l'aidera sur toutes ses AIPD sans limite, comment on formule ça sans se "
     "ruiner ?", "msp", "card.dpia_assistance_clause.fr", r"nature du traitement", r"28\(3\)\(f\)"),
    pytest.param("qu'est-ce qu'on met dans le contrat sur l'aide du prestataire à nos analyses d'impact ?", "client",
                 "card.dpia_assistance_clause.fr", r"devis", r"\b35\b",
                 marks=pytest.mark.xfail(strict=True, reason="the act reader takes 'qu'est-ce qu'on met… analyses d'impact' "
                                         "for a definition of the DPIA (explain_term); left to the act reader")),
    ("on doit écrire quoi dans le DPA pour encadrer le temps que le MSP passera sur nos AIPD ?", "client",
     "card.dpia_assistance_clause.fr", r"devis", r"\b35\b"),
    # the pre-contractual duty to inform
    ("le presta savait avant la signature que son outil de tickets serait arrêté et ne nous a rien dit, il avait le "
     "droit de se taire ?", "client", "card.precontract_information.fr", r"determinante", r"1112-1"),
    ("l'obligation d'information précontractuelle, ça couvre quoi pour un MSP ?", "client",
     "card.precontract_information.fr", r"avant la signature", r"1112-1"),
    # who proves deletion at the end
    ("on a quitté notre infogéreur, il jure que nos données sont détruites mais ne montre rien, qui doit prouver "
     "quoi ?", "client", "card.deletion_proof.fr", r"au prestataire", r"28\(3\)\(h\)"),
    ("à la fin du contrat le presta nous a juste dit que tout était effacé, à nous de prouver qu'il a gardé des "
     "copies ?", "client", "card.deletion_proof.fr", r"demontrer", r"28\(3\)\(g\)"),
    # withholding vs reducing the price
    ("le MSP ne fait plus les sauvegardes hebdo ni les comptes rendus, on suspend les factures ou on paie une partie "
     "seulement, c'est quoi la différence ?", "client", "card.withhold_vs_price_reduction.fr", r"differents", r"1219"),
    ("retenir nos paiements ou diminuer le prix payé au prestataire qui n'exécute qu'à moitié, lequel choisir ?",
     "client", "card.withhold_vs_price_reduction.fr", r"1223", r"suffisamment grave"),
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
    # the limitation period asked as a duration, not a clause shortening it
    ("combien de temps a-t-on pour poursuivre notre ancien prestataire après une panne ?", "client",
     "card.contract_max_duration.fr"),
    # the length of a non-solicitation clause, not of the contract
    ("une clause de non-sollicitation de 3 ans, ça passe ?", "client", "card.contract_max_duration.fr"),
    # the provider late, but the question is whether a penalty applies
    ("le MSP a deux semaines de retard sur le déploiement, les pénalités de retard s'appliquent sans mise en demeure ?",
     "client", "card.late_performance_remedies.fr"),
    # the provider notifying the authority (not the people) for the client
    ("notre MSP peut-il notifier la CNIL à notre place ?", "client", "card.processor_informs_people.fr"),
    # withholding payment alone, asked as is it allowed
    ("on arrête de payer le presta tant qu'il ne respecte pas ses délais d'intervention, on a le droit ?", "client",
     "card.withhold_vs_price_reduction.fr"),
    # a customer asking a discount in exchange for a three-year commitment: not the class of no counterpart
    ("le client s'engage sur 3 ans et demande 5 % de remise, c'est courant ?", "msp",
     "card.advantage_without_counterpart.fr"),
]


@pytest.mark.parametrize("question,role,not_card", NEAR_MISSES, ids=[f"{c[2]}:{i}" for i, c in enumerate(NEAR_MISSES)])
def test_a_near_miss_does_not_get_the_new_card(app, question, role, not_card):
    ans = app.ask(question, role=role)
    cited = [c.id for c in ans.citations]
    assert not cited or cited[0] != not_card, cited[:3]


def test_the_new_term_is_explained(app):
    exp = app.explain("exécution forcée")
    assert exp.term == "specific_performance"
    assert "1221" in exp.explanation and "1222" in exp.explanation
    assert "mise en demeure" in fold(exp.explanation)


# the pre-contractual duty named as a term: defined from its own entry (a definition asked is explained)
@pytest.mark.parametrize("question,lang", [
    ("on me parle d'information précontractuelle dans notre litige avec l'infogéreur, c'est quoi au juste ?", "fr"),
    ("what is the pre-contractual information duty our lawyer mentions?", "en"),
])
def test_the_precontractual_duty_is_explained(app, question, lang):
    ans = app.ask(question, role="client")
    assert ans.intent == "explain_term"
    assert ans.citations and ans.citations[0].id == f"term.precontractual_information.{lang}"
    assert "1112-1" in ans.answer
    assert re.search(r"ni limite ni exclu|neither limited nor excluded", fold(ans.answer))
