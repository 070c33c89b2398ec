"""Issue 15, thirty-seventh session (helper s37-ans): answers that answer, on classes that carry to new wordings. Written
before the fixes; the questions are our own (FR and EN, casual, typos, other nouns and verbs than any evaluation item),
each asserting that the verdict opens the answer and the rule it needs is there, with near-misses that keep their answer.

1. THE CLIENT SITS ON OUR REQUESTS. The provider waits on the client's passwords, access or approvals and misses its
   service levels: the client's duty to cooperate, written into the contract (C. civ. 1104) — a password named as
   something asked of the client is no password policy (the s36 password card took it: s12en regression).
2. BACKUPS THAT CANNOT BE RESTORED. The provider lost the key of the backups it encrypted, or its backups fail or are
   unreadable, and the client asks what the provider risks: the answer opens with the consequence, not with the GDPR
   art. 32 duty to test restores (s17 regression).
3. STAFF TESTED WITH FAKE E-MAILS. A phishing simulation on a client's staff, with the names of who clicked: the employee
   monitoring card (C. trav. L1222-4, staff told beforehand), never the card on employees' own devices nor the website
   cookies card (answers_v32 tuned loss).
4. ONLY ONE SIDE MAY LEAVE. A term contract where the provider may terminate at will on short notice while the client is
   locked in: an imbalance (C. civ. 1171, C. com. L442-1), "not necessarily" valid — not the card on ending an established
   relationship without notice, which is about the notice one gives.
5. PENALTIES WITH NO CAP (written with its fix). Penalties or service credits demanded "sans plafond", "illimitées",
   "uncapped", whatever is asked of them: the card on high or uncapped penalties (C. civ. 1231-5), not the cards on
   deducting penalties or on negotiations; a liability with no cap stays the liability cards'.
"""

from __future__ import annotations

import re

import pytest

from evaluations.answer_scoring import fold, verdict_text
from tests.answer_helpers import ask as _ask, cited_ids

# -- 1. the client's duty to cooperate ----------------------------------------------------------------------------------------

COOPERATION = [
    ("on rate nos delais de resolution parce que le client met une semaine a nous donner les mots de passe admin. on ecrit "
     "quoi dans le contrat ?", "msp"),
    ("les clients trainent a nous fournir les identifiants et a valider les interventions, du coup on prend des penalites. "
     "quelle clause prevoir ?", "msp"),
    ("comment se couvrir dans le contrat quand le client ne nous transmet pas ses mots de passe a temps et que le chrono du "
     "SLA tourne ?", "msp"),
    ("EN: our SLA timers keep running while we wait for the customer to send admin passwords. what do we put in the "
     "agreement?", "msp"),
    ("EN: clients drag their feet handing over credentials and signing off changes, and we eat the penalties. which clause "
     "fixes that?", "msp"),
    ("EN: customers take weeks to give us passwords and vpn access so we blow our response times, what should the contract "
     "say about their duties?", "msp"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", COOPERATION, ids=[f"coop{i}" for i in range(len(COOPERATION))])
def test_the_clients_delays_are_its_duty_to_cooperate(app, question, role):
    ans, text = _ask(app, question, role=role)
    assert cited_ids(ans)[0].startswith("card.client_cooperation_clause_s12en."), cited_ids(ans)
    assert re.search(r"(cooperat|cooperation)", fold(verdict_text(ans.answer))), verdict_text(ans.answer)
    assert re.search(r"\b1104\b", text), ans.answer[:400]


@pytest.mark.index
@pytest.mark.parametrize("question", [
    "on veut imposer des mots de passe de 12 caracteres et la MFA aux utilisateurs du client dans nos CG, c'est legitime ?",
    "EN: can our managed services terms make MFA and long passwords mandatory for the client's users?",
], ids=["policy0", "policy1"])
def test_a_password_policy_stays_on_its_card(app, question):
    ans, _ = _ask(app, question, role="msp")
    assert cited_ids(ans)[0].startswith("card.password_policy_s36."), cited_ids(ans)


# -- 2. backups that cannot be restored: the consequence first ---------------------------------------------------------------

# (a verdict that qualifies at once counts, as in tests/test_answer_selection_s17.py)
CONSEQUENCE = re.compile(r"^\W*(oui|non|cela depend|ca depend|pas forcement|pas necessairement|en principe|pas sans|"
                         r"seulement si|uniquement si|sous conditions?|peut-etre|probablement|yes|no|it depends|"
                         r"not necessarily|in principle|not without|only if|under conditions?|possibly|probably)\b")

BACKUPS_LOST = [
    ("notre infogerant a efface par erreur la cle qui chiffrait nos sauvegardes, plus rien n'est recuperable. qu'est-ce qu'il "
     "risque ?", "client"),
    ("EN: The MSP misplaced the encryption key of our backups and none of them can be restored. What is the provider "
     "exposed to?", "client"),
    ("le presta a laisse ses sauvegardes echouer pendant 3 mois sans s'en rendre compte, on a tout perdu au crash. il risque "
     "quoi ?", "client"),
    pytest.param("EN: when the server died, the provider's backups turned out to be unreadable. what's the provider's "
                 "exposure?", "client",
                 marks=pytest.mark.xfail(strict=True, reason="still short: the cascade picks the failed-backup card, but the "
                                         "turn is answered by another tool path (the subcontracting card), not by it")),
    ("les sauvegardes du prestataire etaient illisibles le jour du sinistre, que risque t il ?", "client"),
    pytest.param("EN: after the ransomware we found the msp's backup jobs had been failing for weeks. what does the msp "
                 "risk?", "client",
                 marks=pytest.mark.xfail(strict=True, reason="still short: read as a definition asked (explain_term, the "
                                         "breach chain) before any card, not as the consequence of failed backups")),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", BACKUPS_LOST, ids=[f"lost{i}" for i in range(len(BACKUPS_LOST))])
def test_backups_lost_open_with_the_consequence(app, question, role):
    ans, text = _ask(app, question, role=role)
    assert CONSEQUENCE.search(fold(verdict_text(ans.answer, n=1))), verdict_text(ans.answer)
    assert re.search(r"\b1231-1\b", text), cited_ids(ans)  # the provider's contractual liability, whatever its regime


@pytest.mark.index
@pytest.mark.xfail(strict=True, reason="still short (at base too): the failed-backup card, who proves, is picked over the "
                   "restore-testing card for a restore never tested")
def test_a_restore_test_asked_stays_on_the_restore_card(app):
    ans, _ = _ask(app, "le presta n'a jamais teste une restauration de nos sauvegardes, le rgpd l'y oblige ?")
    assert cited_ids(ans)[0].startswith("card.restore_testing."), cited_ids(ans)


# -- 3. staff tested with fake e-mails ---------------------------------------------------------------------------------------

PHISHING_TEST = [
    ("EN: our customer asked us to send fake phishing emails to its employees and report who fell for it. is that ok "
     "legally?", "msp"),
    ("le client nous demande une campagne de faux mails pieges sur son personnel avec la liste de ceux qui ont clique, c'est "
     "permis ?", "msp"),
    ("on voudrait que notre presta teste nos salaries avec des faux e-mails d'hameconnage, il faut prevenir le personnel ?",
     "client"),
    ("EN: can the MSP run a fake-email awareness test on our staff and hand us the names of those who clicked?", "client"),
    ("test de phishing sur les employes du client avec un rapport nominatif des clics, on a le droit ?", "msp"),
    ("EN: we'd like our provider to trick our staff with simulated phishing mails to see who clicks, any legal issue?",
     "client"),
]

_ELSEWHERE = ("card.byod_devices_s36.", "card.website_cookies_s36.", "card.website_legal_notice_s36.")


@pytest.mark.index
@pytest.mark.parametrize("question,role", PHISHING_TEST, ids=[f"phish{i}" for i in range(len(PHISHING_TEST))])
def test_staff_tested_with_fake_emails_is_staff_monitoring(app, question, role):
    ans, text = _ask(app, question, role=role)
    assert cited_ids(ans)[0].startswith("card.employee_monitoring_tools."), cited_ids(ans)
    assert not [c for c in cited_ids(ans) if c.startswith(_ELSEWHERE)], cited_ids(ans)
    assert CONSEQUENCE.search(fold(verdict_text(ans.answer, n=1))), verdict_text(ans.answer)
    assert re.search(r"\bl1222-4\b", text), ans.answer[:400]


@pytest.mark.index
@pytest.mark.parametrize("question", [
    "EN: the MSP wants to put its management agent on the employees' personal phones, is that allowed?",
    "le presta veut installer son outil de gestion sur les telephones perso des salaries, c'est autorise ?",
], ids=["byod0", "byod1"])
def test_own_devices_stay_on_their_card(app, question):
    ans, _ = _ask(app, question)
    assert cited_ids(ans)[0].startswith("card.byod_devices_s36."), cited_ids(ans)


# -- 4. only one side may leave -----------------------------------------------------------------------------------------------

ONE_SIDED_EXIT = [
    ("engages 4 ans chez notre infogerant alors que lui peut arreter le contrat a tout moment avec 2 mois de preavis, c'est "
     "legal ?", "client"),
    ("EN: our 3-year deal lets the provider walk away whenever it wants on 30 days' notice but we can't leave before the end. "
     "is that normal?", "client"),
    ("le msp s'est garde le droit de resilier quand il veut, nous on ne peut pas sortir avant 36 mois. ca tient ?", "client"),
    ("EN: the MSP can terminate at any time with one month's notice, we're stuck for the full five years. can they do "
     "that?", "client"),
    ("seul le prestataire peut resilier le contrat en cours de route, nous non, c'est normal ?", "client"),
    ("EN: only the supplier has a right to terminate early in our 24-month contract. is that enforceable?", "client"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", ONE_SIDED_EXIT, ids=[f"onesided{i}" for i in range(len(ONE_SIDED_EXIT))])
def test_an_exit_reserved_to_one_side_is_an_imbalance(app, question, role):
    ans, text = _ask(app, question, role=role)
    assert cited_ids(ans)[0].startswith("card.one_sided_standard_terms."), cited_ids(ans)
    assert re.search(r"^\W*(pas forcement|pas necessairement|non|not necessarily|no)\b", fold(verdict_text(ans.answer))), \
        verdict_text(ans.answer)
    assert re.search(r"\b(1171|l442-1)\b", text), ans.answer[:400]


@pytest.mark.index
@pytest.mark.parametrize("question", [
    "notre presta depuis 8 ans nous annonce qu'il ne renouvelle pas, avec un mois de preavis. il a le droit ?",
    "EN: after ten years our provider told us it won't renew, with one month's notice. can it do that?",
], ids=["nonrenew0", "nonrenew1"])
def test_a_relationship_ended_stays_on_its_card(app, question):
    ans, _ = _ask(app, question)
    assert cited_ids(ans)[0].startswith("card.non_renewal_established_relationship."), cited_ids(ans)


# -- 5. penalties with no cap (written with its fix, after classes 1-4) --------------------------------------------------------

UNCAPPED = [
    ("le client veut des penalites de retard illimitees sur nos delais d'intervention, on peut dire non ?", "msp"),
    ("EN: a prospect insists on uncapped service credits for missed response times. can we push back, and what do we "
     "offer?", "msp"),
    ("EN: our customer wants penalties with no cap for every hour of downtime, what can we counter with?", "msp"),
    ("les penalites ne sont pas plafonnees dans le contrat du presta, c'est risque pour nous ?", "client"),
    ("EN: unlimited penalties for late delivery in the client's purchase terms, is that enforceable?", "msp"),
    ("dans leur cahier des charges les penalites de disponibilite sont sans aucune limite, c'est normal ?", "msp"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", UNCAPPED, ids=[f"uncapped{i}" for i in range(len(UNCAPPED))])
def test_uncapped_penalties_are_the_penalty_card(app, question, role):
    ans, text = _ask(app, question, role=role)
    assert cited_ids(ans)[0].startswith("card.penalty_amount_excessive."), cited_ids(ans)
    assert re.search(r"^\W*(pas forcement|not necessarily|non|no|on the provider side|cote prestataire|ecrivez|write)\b",
                     fold(verdict_text(ans.answer))), verdict_text(ans.answer)
    assert re.search(r"\b1231-5\b", text), ans.answer[:400]


@pytest.mark.index
@pytest.mark.parametrize("question", [
    "notre responsabilite est illimitee dans le contrat, c'est normal ?",
    "EN: our liability is uncapped under the MSA, is that normal?",
], ids=["liability0", "liability1"])
def test_an_uncapped_liability_is_not_the_penalty_card(app, question):
    ans, _ = _ask(app, question)
    assert not [c for c in cited_ids(ans) if c.startswith("card.penalty_amount_excessive.")], cited_ids(ans)
