"""Issue 15, thirtieth session (helper s30-reg): the four known regressions of the s29 merge and the act misreadings, fixed
as classes. Every question is our own wording (FR and EN), none copied from an evaluation set or a card's phrasings.

- The provider blamed for not warning, the ask being who proves it, no warning told as given: the duty-to-advise proof
  card (C. civ. 1353 al. 2, Cass. 1re civ. 25 Feb. 1997), not s29's card on a warning given by word of mouth. A word of
  the blame ("on ne l'a jamais prévenu", "we never warned them") or the fact to prove ("prouver qu'on l'a averti",
  "prove that we warned them") is no warning told; s29's card keeps a story where the warning was given (by phone, in
  person) or an offer declined.
- A processor asking whether it must notify the authority itself, or whose duty it is (it or its client): the rule opens
  — the controller notifies (GDPR 33(1)), the processor alerts the controller without undue delay (33(2)) — never the
  bare "yes" the card gives to "may the provider notify for us?" (a yes to "must we notify ourselves?" would be wrong);
  the mandate follows.
"""

from __future__ import annotations

import re

import pytest

from assistant.chat import situation_cues_s29 as s29
from assistant.chat.answer_plan import duty_between_parties_asked
from assistant.chat.told_situations import told_situations
from assistant.text import fold
from evaluations.answer_scoring import verdict_text
from tests.answer_helpers import ask as _ask, cited_ids as _ids, first_cited as _first

# -- the provider blamed, who proves asked, no warning told -----------------------------------------------------------
PROOF_ASKED = [
    ("le client dit qu'on ne l'a jamais averti que sa licence expirait, c'est à nous de prouver le contraire ?", "msp"),
    ("la clinique prétend qu'on ne lui a jamais signalé que ses disques étaient en fin de vie ; la preuve de l'alerte, "
     "elle pèse sur qui ?", "msp"),
    ("le garage nous reproche de ne pas l'avoir mis en garde sur ses sauvegardes, qui doit prouver qu'on l'a prévenu ?",
     "msp"),
    ("EN: the client claims we never told them their backup was failing. who has to prove that we warned them?", "msp"),
    ("EN: a customer says we failed to advise them on end-of-life hardware; is the burden of proof on us or on them?",
     "msp"),
    ("EN: our client accuses us of never flagging the expired certificate. do we have to prove we flagged it?", "msp"),
]
# the warning told as given, or an offer declined: s29's card keeps them
WARNING_TOLD = [
    ("le client nous reproche de ne pas l'avoir prévenu, pourtant on lui avait dit au téléphone que son disque "
     "faiblissait, on risque quoi ?", "msp"),
    ("le cabinet nous accuse de ne pas l'avoir alerté, alors qu'il avait refusé notre offre de sauvegarde externe, on est "
     "fautifs ?", "msp"),
    ("EN: the customer blames us for not warning them, but we did warn them on a call last month; are we liable?", "msp"),
    ("EN: the dentist says we never advised an upgrade, yet they turned down our quote for a new firewall. what do we "
     "risk?", "msp"),
]


# a refusal told in the past is a fact of the story, not the other side's objection foreseen (act_work._PAST_REFUSAL)
PAST_REFUSAL = [
    "le client a refusé notre devis de pare-feu l'an dernier, il s'est fait pirater et nous reproche de ne pas l'avoir "
    "prévenu, on risque quoi ?",
    "la pharmacie avait refusé la mise à jour qu'on proposait, maintenant elle nous reproche la panne, on est responsables ?",
    "le cabinet nous accuse de ne pas l'avoir alerté, alors qu'il avait refusé notre offre de sauvegarde externe, on est "
    "fautifs ?",
]


@pytest.mark.parametrize("text", PAST_REFUSAL)
def test_a_refusal_told_in_the_past_is_no_objection(text):
    assert _act(text) == "question"


def test_a_refusal_foreseen_stays_an_objection():
    assert _act("le client va refuser la clause de sauvegarde, il va contester quoi ?") == "objections"


@pytest.mark.parametrize("question,role", PROOF_ASKED)
def test_a_blame_with_no_warning_told_is_not_the_warning_given_situation(question, role):
    q = question.removeprefix("EN: ")
    assert not s29.WARNING_BLAMED.search(fold(q)), q
    assert "warning_given_blamed" not in {s.name for s in told_situations(q)}
    assert "advice_proof_asked" in {s.name for s in told_situations(q)}


@pytest.mark.parametrize("question,role", WARNING_TOLD)
def test_a_warning_told_as_given_is_still_the_situation(question, role):
    q = question.removeprefix("EN: ")
    assert "warning_given_blamed" in {s.name for s in told_situations(q)}, q


@pytest.mark.index
@pytest.mark.parametrize("question,role", PROOF_ASKED)
def test_who_proves_the_advice_gets_the_proof_card(app, question, role):
    ans, text = _ask(app, question, role)
    assert _first(ans).startswith("card.duty_to_advise_proof."), _ids(ans)
    assert re.search(r"\b1353\b", text)
    # the card's verdict, or the rule on a competent client's narrower duty the issues reader puts first: the professional
    # proves the warning either way
    assert re.search(r"prestataire professionnel de prouver|professionnel doit toujours prouver|provider, as the professional, "
                     r"must prove|professional must still prove", fold(verdict_text(ans.answer, n=2))), verdict_text(ans.answer)


@pytest.mark.index
@pytest.mark.parametrize("question,role", WARNING_TOLD)
def test_a_warning_given_keeps_its_card(app, question, role):
    ans, _ = _ask(app, question, role)
    assert _first(ans).startswith("card.warning_given_blamed_s29."), _ids(ans)


# -- must the processor notify the authority itself? ------------------------------------------------------------------
DUTY_ASKED = [
    ("c'est à nous, le prestataire, de déclarer la fuite à la CNIL, ou au client ?", "msp"),
    ("en tant que sous-traitant, on est obligés de notifier nous-mêmes la violation à la CNIL ?", "msp"),
    ("la notification à la CNIL après la fuite, elle est pour nous ou pour notre client ?", "msp"),
    ("EN: do we as the processor have to report the breach to the regulator ourselves, or is that the client's job?",
     "msp"),
    ("EN: is it on us or on our customer to notify the supervisory authority after the leak?", "msp"),
    ("EN: as the MSP, are we required to file the breach notification with the data protection authority ourselves?",
     "msp"),
]
# "may the provider do it for us?": the card's yes answers (s29's paraphrases hold more)
MAY_ASKED = [
    "le presta peut-il déclarer la fuite à la CNIL à notre place ?",
    "can our provider notify the regulator for us after the breach?",
    "un sous-traitant a-t-il le droit de notifier la CNIL pour son client ?",
]


@pytest.mark.parametrize("question,role", DUTY_ASKED)
def test_a_duty_between_the_parties_is_read(question, role):
    assert duty_between_parties_asked(question.removeprefix("EN: "))


@pytest.mark.parametrize("question", MAY_ASKED)
def test_may_they_is_no_duty_asked(question):
    assert not duty_between_parties_asked(question)


_CONTROLLER_FIRST = (r"^\W*(le responsable (du traitement )?notifie|c'est au client|la notification .{0,30}(est|reste) l'obligation "
                     r"du client|the controller notifies|it is the client|notification .{0,40}(is|remains) the client's duty)")


@pytest.mark.index
@pytest.mark.parametrize("question,role", DUTY_ASKED)
def test_must_we_notify_opens_on_the_controllers_duty(app, question, role):
    ans, text = _ask(app, question, role)
    assert _first(ans).startswith("card.msp_notifies_authority."), _ids(ans)
    opening = fold(verdict_text(ans.answer))
    assert re.search(_CONTROLLER_FIRST, opening), opening
    assert not re.match(r"\W*(oui|yes)\b", opening), opening  # a yes to "must we notify ourselves?" is wrong
    assert re.search(r"33\(1\)", text) and re.search(r"33\(2\)", text)
    assert re.search(r"mandat", text)  # the mandate is said after the rule


# -- who owns what the provider wrote, open source never named --------------------------------------------------------
OWNERSHIP_ASKED = [
    ("on a payé le presta pour nous coder une appli de planning, les sources nous appartiennent ?", "client"),
    ("l'outil de reporting que l'infogéreur a développé pour nous et qu'on a financé, il est à qui ?", "client"),
    ("notre prestataire nous a fait un petit logiciel sur mesure, sans contrat écrit, on en est propriétaires ?", "client"),
    ("EN: we funded a small tool our MSP developed for us, is the code ours?", "client"),
    ("EN: the provider wrote a custom app for us and we paid for it, who owns the source code?", "client"),
    ("EN: our MSP built us a bespoke reporting dashboard, do we own it without any IP clause?", "client"),
]
OPEN_SOURCE_NAMED = [
    ("le script que le presta nous a livré contient du code GPL, c'est un problème ?", "client"),
    ("EN: the tool the MSP built for us includes open-source components under a copyleft licence, is that an issue?",
     "client"),
]


def test_the_open_source_card_needs_open_source_named():
    from assistant.chat.cards import premise_named
    from tests.answer_helpers import cards_by_id
    cards = cards_by_id()
    for q, _ in OWNERSHIP_ASKED:
        lang = "en" if q.startswith("EN: ") else "fr"
        assert not premise_named(cards[f"card.open_source_deliverables.{lang}"], q.removeprefix("EN: ")), q
    for q, _ in OPEN_SOURCE_NAMED:
        lang = "en" if q.startswith("EN: ") else "fr"
        assert premise_named(cards[f"card.open_source_deliverables.{lang}"], q.removeprefix("EN: ")), q


@pytest.mark.index
@pytest.mark.parametrize("question,role", OWNERSHIP_ASKED)
def test_who_owns_a_development_gets_the_ip_card(app, question, role):
    ans, text = _ask(app, question, role)
    assert _first(ans).startswith("card.ip_in_developments."), _ids(ans)
    assert re.search(r"l ?131-3|l ?111-1", text)


@pytest.mark.index
@pytest.mark.parametrize("question,role", OPEN_SOURCE_NAMED)
def test_open_source_named_keeps_its_card(app, question, role):
    ans, _ = _ask(app, question, role)
    assert _first(ans).startswith("card.open_source_deliverables."), _ids(ans)


# -- B. act reading: a legal question that carries a figure, an indexation, a payment term asked ------------------------
from assistant.chat.acts import classify  # noqa: E402
from assistant.chat.slots import read_slots  # noqa: E402
from assistant.chat.state import ConversationState  # noqa: E402


def _act(text: str, side: str = "msp") -> str:
    state = ConversationState.load(None, side=side, lang=None)
    slots = read_slots(text, topic_hint=None, side_hint=state.side, figure_hint=None)
    return classify(text, slots, state).act


# a term of the user's contract reported with its figure ("notre contrat plafonne … à 12 mois"), then a question of law on
# it: the contract's verb is no order to set the figure
CAP_REPORTED_ASKED = [
    "notre contrat plafonne notre responsabilité à 12 mois de redevances ; un technicien a effacé exprès la base du "
    "client, on est protégés par ce plafond ?",
    "leur contrat plafonne les pénalités à 10 % de la redevance mensuelle, ça tient si la panne vient d'une faute lourde ?",
    "le contrat limite notre responsabilité à 3 mois de facturation, un admin a saboté le serveur du client exprès, ça "
    "nous couvre ?",
    "EN: our contract caps our liability at 6 months of fees. a technician deliberately deleted a client's backups, does "
    "the cap still protect us?",
    "EN: our agreement caps damages at three months of charges, does that hold if our employee acted in bad faith?",
    "EN: the contract limits our liability to 12 months of fees; one of our admins sabotaged the client's server on "
    "purpose. are we still covered by it?",
]
# an order with nothing reported keeps its act (a clause to draft or a figure to set)
CAP_ORDERED = ["plafonne la responsabilité à 6 mois de redevance", "cap liability at 12 months of fees"]

# a price indexed on the SMIC (or the minimum wage) asked: a contract question (C. monét. fin. L112-2), in scope
INDEXATION_ASKED = [
    "on voudrait indexer nos tarifs de maintenance sur le SMIC chaque année, c'est autorisé ?",
    "nos forfaits revalorisés selon le smic horaire, c'est légal ?",
    "peut-on faire évoluer nos redevances en fonction du SMIC ?",
    "EN: is indexing our managed-service rates on the SMIC lawful?",
    "EN: we want our support fees to follow the SMIC each January, is that allowed in France?",
    "EN: can our subscription prices be pegged to the French minimum wage?",
]
# the SMIC asked for itself, or payroll, stays outside the field
SMIC_OFF_FIELD = ["c'est combien le SMIC cette année ?", "EN: what is the SMIC hourly rate in 2026?"]

# a payment term told and the legal maximum asked ("what's the legal maximum", "c'est quoi le délai maximum"): a value of
# the law asked, a question — not the definition of the term the message names (late payment, recovery fee)
VALUE_ASKED = [
    "un client nous paie toujours à 90 jours, c'est quoi le délai maximum et quelles pénalités de retard on peut facturer ?",
    "le client règle à 80 jours. c'est quoi la limite légale et l'indemnité forfaitaire de recouvrement, on peut la "
    "demander ?",
    "notre client nous règle à 75 jours fin de mois, c'est quoi le maximum autorisé pour les pénalités de retard ?",
    "EN: our customer settles every invoice at 100 days. what's the legal cap, and what late payment interest can we add?",
    "EN: a client pays us at 90 days each time; what's the maximum allowed and can we charge late payment penalties?",
    "EN: they settle our invoices at 120 days. what is the legal limit, and is the recovery fee due?",
]
DEFINITION_ASKED = ["c'est quoi l'indemnité forfaitaire de 40 € ?"]


@pytest.mark.parametrize("text", CAP_REPORTED_ASKED)
def test_a_cap_reported_then_a_question_is_a_question(text):
    assert _act(text.removeprefix("EN: ")) == "question"


@pytest.mark.parametrize("text", CAP_ORDERED)
def test_a_cap_ordered_is_no_question(text):
    assert _act(text) != "question"


@pytest.mark.parametrize("text", INDEXATION_ASKED)
def test_an_indexation_on_the_smic_is_in_scope(text):
    assert _act(text.removeprefix("EN: ")) == "question"


@pytest.mark.parametrize("text", SMIC_OFF_FIELD)
def test_the_smic_for_itself_stays_off_field(text):
    assert _act(text.removeprefix("EN: ")) == "out_of_scope"


@pytest.mark.parametrize("text", VALUE_ASKED)
def test_a_legal_maximum_asked_is_a_question(text):
    assert _act(text.removeprefix("EN: ")) == "question"


@pytest.mark.parametrize("text", DEFINITION_ASKED)
def test_a_definition_asked_stays_one(text):
    assert _act(text) == "explain_term"


# -- C. a payment term's legal maximum asked: a duration, opened by the ceiling in days (C. com. L441-10) ----------------
from assistant.chat.answer_plan import question_type  # noqa: E402

TERM_MAXIMUM = [
    "un client nous paie toujours à 90 jours, c'est quoi le délai maximum et quelles pénalités de retard on peut facturer ?",
    "notre client nous règle à 75 jours fin de mois, c'est quoi le maximum autorisé pour les pénalités de retard ?",
    "EN: our customer settles every invoice at 100 days. what's the legal cap, and what late payment interest can we add?",
    "EN: a client pays us at 90 days each time; what's the maximum allowed and can we charge late payment penalties?",
]


@pytest.mark.parametrize("text", TERM_MAXIMUM)
def test_a_payment_terms_maximum_asked_is_a_duration(text):
    assert question_type(text.removeprefix("EN: ")) == "how_long"


def test_a_cap_asked_is_no_duration():
    assert question_type("la responsabilité est plafonnée à 3 mois, c'est quoi le maximum ?") != "how_long"


@pytest.mark.index
@pytest.mark.parametrize("text", TERM_MAXIMUM)
def test_a_payment_terms_maximum_opens_on_the_ceiling(app, text):
    ans, body = _ask(app, text, "msp")
    opening = fold(verdict_text(ans.answer))
    assert re.search(r"\b60 (jours|days)\b", opening), opening
    assert re.search(r"l ?441-10", body)


# -- C. data destroyed on purpose by a person is a deliberate fault (the cap asked), not the return-or-delete duty ---------
from assistant.chat.cards import subject_labels  # noqa: E402

DELIBERATE_DELETION = [
    "un de nos techniciens a effacé exprès la base du client après une dispute, notre plafond de responsabilité joue ?",
    "l'admin du presta a supprimé volontairement nos sauvegardes avant de partir, on peut réclamer au-delà du plafond ?",
    "EN: one of our engineers deliberately wiped the client's backups, does our liability cap still apply?",
    "EN: a rogue admin at our MSP deleted our data on purpose; can they still rely on the cap?",
]
END_OF_CONTRACT_DELETION = [
    "le contrat dit qu'à la fin le prestataire supprime toutes nos données sans nous les rendre, c'est permis ?",
    "EN: the MSP will delete all our data at termination without returning it first, is that allowed?",
]


@pytest.mark.parametrize("text", DELIBERATE_DELETION)
def test_a_deliberate_deletion_is_no_return_or_delete_duty(text):
    assert "art28:art28_3g_return_deletion" not in subject_labels(text.removeprefix("EN: "))


@pytest.mark.parametrize("text", END_OF_CONTRACT_DELETION)
def test_a_deletion_at_the_end_keeps_the_duty(text):
    assert "art28:art28_3g_return_deletion" in subject_labels(text.removeprefix("EN: "))


# -- C. an independent guarantee named is no person's suretyship: the card telling the kinds apart (C. civ. 2321) --------
INDEPENDENT_GUARANTEE = [
    ("le client exige une garantie bancaire à première demande avant de signer, ça nous engage à quoi ?", "msp"),
    ("notre client propose une lettre de confort de sa maison mère, ça vaut quelque chose ?", "msp"),
    ("EN: the customer wants an on-demand bank guarantee from us before signing, what does that commit us to?", "msp"),
    ("EN: the client asks for a first-demand guarantee from our bank; what is it and what's our exposure?", "msp"),
]
SURETYSHIP = [("le gérant du client a écrit qu'il se porte caution de nos factures par mail, ça le lie ?", "msp")]


@pytest.mark.parametrize("question,role", INDEPENDENT_GUARANTEE)
def test_an_independent_guarantee_is_its_own_situation(question, role):
    names = [s.name for s in told_situations(question.removeprefix("EN: "))]
    # (merged with s30-ans: a first-demand guarantee named has its own card, first_demand_guarantee_s30, also on 2321)
    assert names and names[0] in ("independent_guarantee_named", "first_demand_guarantee_asked"), names


@pytest.mark.parametrize("question,role", SURETYSHIP)
def test_a_persons_suretyship_keeps_its_situation(question, role):
    assert "independent_guarantee_named" not in {s.name for s in told_situations(question)}


@pytest.mark.index
@pytest.mark.parametrize("question,role", INDEPENDENT_GUARANTEE)
def test_an_independent_guarantee_gets_the_kinds_card(app, question, role):
    ans, text = _ask(app, question, role)
    assert _first(ans).startswith(("card.guarantee_kinds_s26.", "card.first_demand_guarantee_s30.")), _ids(ans)
    assert re.search(r"\b2321\b", text)


@pytest.mark.index
@pytest.mark.parametrize("question,role", SURETYSHIP)
def test_a_suretyship_keeps_the_form_card(app, question, role):
    ans, _ = _ask(app, question, role)
    assert _first(ans).startswith("card.personal_guarantee_form_s26."), _ids(ans)
