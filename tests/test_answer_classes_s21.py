"""Issue 15, twenty-first session: answer classes sorted from the tuned misses of three answer sets by the stage that lost
them (evaluations/answer_stages.py), written before the fixes in our own words (FR and EN, casual, typos, a story told then
a question), each with near-misses that must get another card or none.

- K1 (knowledge absent) a clause by which the parties waive good faith: without effect, good faith being a rule of public
  policy (Code civil, art. 1104 al. 2); a clause setting aside a rule the law leaves to the parties (hardship, art. 1195)
  is no such waiver;
- K2 (knowledge absent) a non-compete in an employee's contract: valid only if it protects a legitimate interest, is
  limited in time and place and gives the employee a financial consideration (Cass. soc., 10 July 2002); a non-compete or
  non-solicitation between two companies is another card's;
- F1 (facts missing) a bid rejected as abnormally low without a request for justification: the way to challenge it
  (pre-contractual summary proceedings, Code de justice administrative, art. L551-1) is in the answer;
- F2 (facts missing) software installed beyond the licences at the client's request: the provider who installs is exposed
  too (counterfeiting, CPI arts L122-6 and L335-3), not only the client;
- C1 (not chosen) the other side invokes its resolutory clause without the formal notice the clause or the law requires:
  the answer is the resolutory clause's (art. 1225), not the card on ending a contract oneself by a letter, whose own
  situation is a party acting without such a clause;
- O1 (not opened with) a card whose verdict opens "only if…" answering a yes/no question opens with "not necessarily";
- O2 (not opened with) a result promised, missed because the client itself blocked the work, and penalties claimed: the
  answer opens on the consequence (not for the delay the client caused: its own act is an external cause), not on the
  table of means and result.
"""

from __future__ import annotations

import re

import pytest

from evaluations.answer_scoring import fold, verdict_text
from tests.answer_helpers import ask as _ask, cited_ids as _ids, first_cited as _first


@pytest.fixture(scope="module")
def cards():
    from assistant.knowledge.entries import load_entries  # noqa: PLC0415

    return {e.id: e for e in load_entries() if e.kind == "card"}


# -- fast tier: what the cards say ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_k1_the_good_faith_waiver_card_says_no_public_policy(cards, lang):
    card = cards[f"card.good_faith_waiver_s21.{lang}"]
    verdict = fold(card.verdict)
    assert re.match(r"\W*(non|no)\b", verdict)
    assert re.search(r"ordre public|public policy", verdict)
    assert "1104" in {c.split()[-1] for c in card.rule.cites}
    assert card.question_type == "enforceable"
    # the rules the parties may set aside are told apart (hardship, art. 1195)
    assert any("1195" in c for c in card.conditions)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_k2_the_employee_non_compete_card_needs_pay_interest_and_limits(cards, lang):
    card = cards[f"card.employee_non_compete_s21.{lang}"]
    text = fold(" ".join([card.verdict, card.rule.text]))
    assert re.match(r"\W*(non|no)\b", fold(card.verdict))
    assert re.search(r"contrepartie financiere|financial (consideration|compensation)", text)
    assert re.search(r"interets? legitimes?|legitimate interest", text)
    assert re.search(r"(limitee?s? dans le temps|limited in time)", text)
    assert any(re.search(r"10 (juillet|July) 2002", c) for c in card.rule.cites)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_f1_the_abnormally_low_bid_card_names_the_challenge_and_its_article(cards, lang):
    card = cards[f"card.public_abnormally_low_bid.{lang}"]
    text = fold(" ".join([card.verdict, *card.conditions]))
    assert re.search(r"l551-1", text)
    assert re.search(r"refere precontractuel|pre-contractual summary", fold(card.verdict))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_f2_the_licence_card_puts_the_installer_at_risk_in_its_verdict(cards, lang):
    verdict = fold(cards[f"card.licence_compliance.{lang}"].verdict)
    assert re.search(r"(vous|you)[^.;]{0,60}(contrefa|infring|expose)", verdict)


def test_c1_a_resolutory_clause_invoked_is_no_situation_of_a_letter_sent_alone(cards):
    from assistant.chat.cards import premise_named  # noqa: PLC0415

    card = cards["card.termination_by_notification_s19.fr"]
    for q in ("le client nous a notifié par mail la résiliation de plein droit en invoquant la clause résolutoire, sans "
              "mise en demeure. il peut ?",
              "EN: the customer emailed us that the agreement is terminated under its resolutory clause, no cure notice "
              "was ever sent. valid?"):
        assert not premise_named(card, q.removeprefix("EN: ")), q
    for q in ("pas de clause résolutoire dans notre contrat, je peux quand même le rompre par lettre recommandée ?",
              "EN: there is no resolutory clause in our contract, can we still end it by letter?",
              "on peut envoyer un courrier au presta pour arrêter le contrat sans passer par le juge ?"):
        assert premise_named(card, q.removeprefix("EN: ")), q


@pytest.mark.parametrize("card_id,question", [
    ("card.deduct_penalties_from_invoice.fr", "on peut retenir les pénalités sur sa prochaine facture ?"),
    ("card.deduct_penalties_from_invoice.en", "can we knock the penalties off their next invoice?"),
    ("card.force_majeure_effects.en", "is the flood at their datacentre an excuse for them?"),
])
def test_o1_an_only_if_verdict_asked_yes_or_no_opens_not_necessarily(cards, card_id, question):
    from assistant.chat.answer_plan import card_opening  # noqa: PLC0415

    card = cards[card_id]
    opening = fold(card_opening(card, question, "enforceable", card.lang)[0])
    assert re.match(r"\W*(pas forcement|not necessarily)\b", opening), opening
    assert re.search(r"seulement si|only if", opening)  # the condition is kept


def test_o1_near_miss_an_only_if_verdict_asked_how_keeps_its_words(cards):
    from assistant.chat.answer_plan import card_opening  # noqa: PLC0415

    card = cards["card.deduct_penalties_from_invoice.en"]
    opening = fold(card_opening(card, "how does deducting penalties from an invoice work?", "what_is", "en")[0])
    assert not re.match(r"\W*not necessarily", opening)


# -- index tier: the answers reach them -----------------------------------------------------------------------------------


WAIVER = [
    ("notre infogéreur a glissé dans ses CGV : 'aucune partie ne pourra se prévaloir de la bonne foi, seule la lettre du "
     "contrat compte'. c'est opposable ?", "client"),
    ("EN: the provider's master agreement has a line excluding any duty of good faith between the parties. under French "
     "law can they contract out of good faith like that?", "client"),
    pytest.param("on peut écrire dans notre contrat que les parties écartent l'obligation de bonne foi de l'article 1104 ?",
                 "msp", marks=pytest.mark.xfail(strict=True, reason="still short: 'écrire dans notre contrat' is read as a "
                                                "contract to draft by the act reader before any card is matched")),
    ("EN: our supplier wants us to sign that neither side may invoke good faith against the other, the text alone "
     "governs. does such a waiver hold?", "client"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", WAIVER)
def test_k1_a_waiver_of_good_faith_is_answered_no_public_policy(app, question, role):
    ans, text = _ask(app, question, role)
    assert _first(ans).startswith("card.good_faith_waiver_s21."), _ids(ans)
    assert re.search(r"^\W*(non|no)\b", fold(verdict_text(ans.answer)))
    assert "1104" in text and re.search(r"ordre public|public policy", text)


@pytest.mark.index
@pytest.mark.parametrize("question", [
    "c'est quoi concrètement l'obligation de bonne foi dans un contrat d'infogérance ?",
    "EN: our contract says both parties waive article 1195 on hardship. is that valid?",
])
def test_k1_near_miss_good_faith_explained_or_hardship_waived_is_no_waiver_card(app, question):
    ans, _ = _ask(app, question)
    assert not _first(ans).startswith("card.good_faith_waiver_s21."), _ids(ans)


NON_COMPETE = [
    ("EN: can we add a non-compete to our engineers' employment contracts so they can't join a customer for 18 months, "
     "without paying them anything for it?", "msp"),
    ("on voudrait mettre une clause de non-concurrence dans les contrats de travail de nos techniciens, sans contrepartie "
     "financière, c'est valable ?", "msp"),
    ("un de nos admins sys démissionne pour aller chez un concurent, sa clause de non concurrence ne prévoit aucune "
     "indemnité. elle tient ?", "msp"),
    ("EN: our sysadmin's employment contract has a one-year non compete but we never planned to pay him for it. can we "
     "enforce it?", "msp"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", NON_COMPETE)
def test_k2_an_employee_non_compete_without_pay_is_answered_no(app, question, role):
    ans, text = _ask(app, question, role)
    assert _first(ans).startswith("card.employee_non_compete_s21."), _ids(ans)
    assert re.search(r"^\W*(non|no)\b", fold(verdict_text(ans.answer)))
    assert "2002" in text and re.search(r"contrepartie|consideration|compensation", text)


@pytest.mark.index
@pytest.mark.parametrize("question", [
    "EN: can our client hire the engineer we assigned to its account once the contract ends?",
    "clause de non-concurrence entre nous et le client après la fin du contrat d'infogérance, c'est limité à combien de "
    "temps ?",
])
def test_k2_near_miss_between_companies_is_no_employee_card(app, question):
    ans, _ = _ask(app, question, "msp")
    assert not _first(ans).startswith("card.employee_non_compete_s21."), _ids(ans)


LOW_BID = [
    ("notre offre pour le marché de l'hôpital a été rejetée comme anormalement basse sans qu'on nous demande la moindre "
     "justification. ils ont le droit ?", "msp"),
    ("EN: a council threw out our tender as abnormally low and never asked us to explain our price. is that allowed?",
     "msp"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", LOW_BID)
def test_f1_a_low_bid_rejected_without_asking_is_answered_with_the_challenge(app, question, role):
    ans, text = _ask(app, question, role)
    assert any(i.startswith("card.public_abnormally_low_bid.") for i in _ids(ans)), _ids(ans)
    assert re.search(r"^\W*(non|no|pas|not)\b|irreguli|irregular", fold(verdict_text(ans.answer)))
    assert re.search(r"l551-1|refere precontractuel|pre-contractual", text)


LICENCES = [
    ("EN: a customer wants us to image 20 laptops with a CAD suite they only licensed for 5. they say it's their problem. "
     "are we exposed?", "msp"),
    ("le client veut qu'on déploie son logiciel de compta sur 40 postes avec 10 licences, il dit qu'il assume. nous en tant "
     "que presta on risque quoi ?", "msp"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", LICENCES)
def test_f2_installing_beyond_the_licences_puts_the_installer_at_risk(app, question, role):
    ans, text = _ask(app, question, role)
    assert _first(ans).startswith("card.licence_compliance."), _ids(ans)
    opening = fold(verdict_text(ans.answer))
    assert re.search(r"(vous|you)[^.;]{0,60}(contrefa|infring|expose)", opening), opening


RESOLUTORY = [
    ("notre client invoque la clause résolutoire et nous jette du jour au lendemain par mail, sans nous avoir mis en "
     "demeure avant. il peut ?", "msp"),
    ("le prestataire nous a écrit que le contrat était résilié de plein droit en vertu de la clause résolutoire, alors "
     "qu'on n'a jamais reçu de mise en demeure. c'est régulier ?", "client"),
    ("EN: the customer emailed that our agreement is terminated with immediate effect under its resolutory clause. the "
     "clause says 30 days after a formal notice, which we never got. can they?", "msp"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", RESOLUTORY)
def test_c1_a_resolutory_clause_invoked_without_notice_is_answered_no(app, question, role):
    ans, text = _ask(app, question, role)
    assert not _first(ans).startswith("card.termination_by_notification_s19."), _ids(ans)
    assert re.search(r"^\W*(non|no|en principe non|in principle no|not)\b", fold(verdict_text(ans.answer)))
    assert "1225" in text and re.search(r"mise en demeure|formal notice", text)


@pytest.mark.index
def test_c1_near_miss_no_clause_and_a_letter_keeps_the_notification_card(app):
    ans, _ = _ask(app, "on n'a aucune clause résolutoire et le presta rate tout depuis 6 mois : je peux arrêter le contrat "
                       "moi-même par lettre recommandée ?")
    assert _first(ans).startswith("card.termination_by_notification_s19."), _ids(ans)


@pytest.mark.index
@pytest.mark.parametrize("question,role", [
    ("EN: can we just take the disputed SLA penalties off the provider's next invoice ourselves?", "client"),
    ("on peut déduire nous-mêmes les pénalités SLA de la facture du presta, alors qu'il les conteste ?", "client"),
])
def test_o1_deducting_disputed_penalties_opens_with_a_verdict(app, question, role):
    ans, _ = _ask(app, question, role)
    assert _first(ans).startswith("card.deduct_penalties_from_invoice."), _ids(ans)
    assert re.search(r"^\W*(pas forcement|not necessarily|non|no)\b", fold(verdict_text(ans.answer)))


OBSTRUCTED = [
    ("EN: we promised a 2-hour on-site intervention, as a result obligation. the client's security kept our engineer out "
     "of the building for 6 hours. they now claim the penalties. must we pay?", "msp"),
    pytest.param("on s'est engagés sur un rétablissement en 4h (obligation de résultat). le client nous a refusé l'accès à "
                 "sa salle serveur toute une journée et le rétablissement a pris 30h. il réclame les pénalités, on doit payer ?",
                 "msp", marks=pytest.mark.xfail(strict=True, reason="still short: the act reader reads the SLA story as "
                                                "objections to the service-level clause before any card is matched")),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", OBSTRUCTED)
def test_o2_a_result_missed_through_the_clients_own_act_opens_on_the_consequence(app, question, role):
    ans, text = _ask(app, question, role)
    assert re.search(r"^\W*(non|no|pas|not|en principe non|in principle no|cela depend|it depends)\b",
                     fold(verdict_text(ans.answer)))
    assert re.search(r"faute du client|fait du client|client's own|cause etrangere|external cause", text)


# -- added after the first run, from the second answer set's tuned misses (written before its card) ------------------------
# X1 (facts missing) no contract was ever signed, yet the work was asked by email and paid for months: who proves what —
# the provider, by any means against a trader (C. com., L110-3), no writing being needed to form the contract (C. civ.,
# art. 1172); a signed contract whose performance is disputed stays the card on proving performance.

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_x1_the_unwritten_contract_card_says_any_means_and_no_writing_needed(cards, lang):
    card = cards[f"card.contract_without_writing_s21.{lang}"]
    verdict = fold(card.verdict)
    assert re.search(r"tous moyens|any means", verdict)
    assert {"L110-3", "1172"} <= {c.split()[-1] for c in card.rule.cites}
    assert card.question_type == "who_proves"


UNWRITTEN = [
    ("EN: we never signed anything with this customer, we've done their support for 3 years off email requests and they "
     "paid every invoice. now they say no contract means they owe nothing for the last quarter. what do we have to prove?",
     "msp"),
    ("aucun contrat signé avec ce client : il nous demandait les interventions par mail et réglait nos factures depuis 2 ans. "
     "la il refuse de payer les 3 derniers mois faute de contrat écrit. on doit prouver quoi ?", "msp"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", UNWRITTEN)
def test_x1_an_unwritten_contract_paid_for_months_gets_its_card(app, question, role):
    ans, text = _ask(app, question, role)
    assert _first(ans).startswith("card.contract_without_writing_s21."), _ids(ans)
    assert "l110-3" in text and re.search(r"tous moyens|any means", text)


@pytest.mark.index
def test_x1_near_miss_a_signed_contract_with_disputed_work_is_no_unwritten_card(app):
    ans, _ = _ask(app, "EN: our signed contract says 2 site visits a month; the client claims half of them never happened. "
                       "who has to prove the visits took place?", "msp")
    assert not _first(ans).startswith("card.contract_without_writing_s21."), _ids(ans)


def test_k2_near_miss_a_client_hiring_our_technician_is_no_situation_of_the_employee_card(cards):
    """Found on a tuned set after the first fix: the employee card answered a non-solicitation story because it named a
    technician; it now needs the non-compete named as well."""
    from assistant.chat.cards import premise_named  # noqa: PLC0415

    card = cards["card.employee_non_compete_s21.fr"]
    assert not premise_named(card, "le client a débauché un de nos techniciens un an après son départ, la clause prévoit "
                                   "12 mois de salaire d'indemnité, on peut tout réclamer ?")
    assert not premise_named(card, "EN: a customer hired one of our engineers who had left us; our terms say they owe 18 "
                                   "months of his salary. can we claim it all?".removeprefix("EN: "))
    assert premise_named(card, "sa clause de non-concurrence de salarié ne prévoit aucune contrepartie, elle tient ?")
