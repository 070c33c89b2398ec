"""Issue 15, fifteenth session: answers that answer the question asked.

Classes (every sentence below is our own paraphrase, FR and EN, on several subjects; near-misses keep their reading):
- a subject named in everyday words reaches the cards on it (`cards.subject_labels`): the other side's staff hired
  ("un client a embauché un de nos techniciens") is non-solicitation; a renewal told by its rhythm ("un an
  reconductible tacitement", "renewed every year since") is tacit renewal; a deletion in a clause's active voice ("le
  Prestataire détruit l'ensemble des données") is the Art. 28(3)(g) return-or-delete duty; "pénalités de retard" on an
  unpaid invoice are late-payment interest, not the service-level penalties topic;
- "c'est régulier ?", "is he right?", "is that compliant?" ask a yes/no on the law (`answer_plan.question_type`);
- the other side's claim that something is or is not needed, asked "is he right?", is answered "no" when the card's
  verdict says the reverse (`claims.need_claim_refuted`);
- "do we have to … ourselves?" answered by a rule naming the other party as the one who acts opens "No, not you"
  (`verdict.other_party_duty`);
- a card's market-practice head ("Common in providers' terms, but…: …") asked "can we still…?" gives way to "it
  depends" when the rest carries a limit (`answer_plan.practice_head_dropped`);
- a quoted clause followed by a question: the answer (its verdict) opens, the review's points follow (`router.plan`);
- new card: a public contract renewed tacitly with no end (Code de la commande publique, L5, L2112-5, R2112-4).
"""

from __future__ import annotations

import re

import pytest

from assistant.chat.answer_plan import card_opening, practice_head_dropped, question_type
from assistant.chat.cards import subject_labels
from assistant.chat.claims import need_claim_refuted
from assistant.chat.verdict import lead, other_party_duty
from assistant.knowledge.entries import Statement
from evaluations.answer_scoring import fold, verdict_text

# -- subjects named in everyday words ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "notre ancien ingénieur réseau a été recruté par le client six mois après son départ, on peut leur demander l'indemnité ?",
    "le client vient d'engager deux de nos consultants, le contrat l'interdisait pourtant",
    "our customer has just hired one of our engineers who resigned last spring, can we invoice the fee?",
    "the client took on two of our technicians straight after the project ended",
])
def test_staff_hired_names_non_solicitation(text):
    assert "topic:non_solicitation" in subject_labels(text)


@pytest.mark.parametrize("text", [
    "le client a embauché un stagiaire pour son accueil",  # its own hire, not the other side's staff
    "we hired a new DPO last month, what should the contract say about breaches?",
])
def test_a_hire_of_ones_own_is_no_non_solicitation(text):
    assert "topic:non_solicitation" not in subject_labels(text)


@pytest.mark.parametrize("text", [
    "contrat d'hébergement conclu pour deux ans renouvelable tacitement, on veut en sortir",
    "le contrat se reconduit tous les ans depuis 2018",
    "our support agreement was signed for one year and has been renewed automatically every year since",
    "it's an evergreen contract with the reseller",
])
def test_a_renewal_told_by_its_rhythm_is_tacit_renewal(text):
    assert "term:tacit_renewal" in subject_labels(text)


@pytest.mark.parametrize("text", [
    "l'annexe dit que le sous-traitant efface toutes les données du client trente jours après la fin",
    "clause 12: the Supplier will destroy all of the Customer's backups at the end of the term",
    "on expiry the host shall purge any customer data it holds",
])
def test_a_deletion_in_the_active_voice_names_return_or_deletion(text):
    assert "art28:art28_3g_return_deletion" in subject_labels(text)


def test_late_payment_penalties_are_not_the_service_level_topic():
    unpaid = "nos factures sont payables à 30 jours, le client règle à 75, et rien sur les pénalités de retard dans le contrat"
    assert "term:late_payment" in subject_labels(unpaid)
    assert "topic:penalties" not in subject_labels(unpaid)
    # near-miss: penalties for a late repair stay the service-level penalties
    sla = "le contrat prévoit des pénalités en cas de dépassement de la GTR, le prestataire a dépassé de 6 heures"
    assert "term:late_payment" not in subject_labels(sla)


# -- yes/no questions on the law ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "notre hébergeur a déplacé nos sauvegardes chez un confrère sans prévenir. c'est régulier ?",
    "l'éditeur garde nos journaux cinq ans, c'est conforme ?",
    "The vendor's account manager says we need no audit clause. Is he right?",
    "they log our staff's keystrokes for billing. is that even compliant?",
])
def test_is_it_in_order_is_a_yes_no_law_question(text):
    assert question_type(text) in ("enforceable", "is_it_normal")


# -- the other side's claim on what is needed --------------------------------------------------------------------------
_NEEDED_EN = "Yes, it is required: whoever processes personal data for you needs a written contract with the Article 28 terms."
_NEEDED_FR = "Oui : dès que le prestataire traite des données personnelles pour vous, un contrat écrit est obligatoire."


@pytest.mark.parametrize("question,verdict", [
    ("the reseller only looks at our mail server remotely. their account manager reckons no processor contract is needed. "
     "is that correct?", _NEEDED_EN),
    ("notre prestataire de télémaintenance ne garde aucune copie. son commercial nous dit qu'il n'y a pas besoin de contrat "
     "RGPD. il a raison ?", _NEEDED_FR),
])
def test_a_claim_that_nothing_is_needed_is_answered_no(question, verdict):
    assert need_claim_refuted(question, verdict)
    opening = card_opening(_card(verdict, "is_it_normal"), question, question_type(question), _lang(question))[0]
    assert re.match(r"\W*(non|no)\b", fold(opening))
    assert not re.match(r"\W*(non|no)\W+(oui|yes)\b", fold(opening))  # the card's own yes is gone


@pytest.mark.parametrize("question,verdict", [
    # the claim agrees with the verdict: no reversal
    ("their account manager says a processor contract is required. is he right?", _NEEDED_EN),
    # no claim reported: the card's own yes stands
    ("the reseller only looks at our mail server remotely. do we need a processor contract?", _NEEDED_EN),
    # a claim, but the ask is not whether it holds
    ("son commercial nous dit qu'il n'y a pas besoin de contrat RGPD. qu'est-ce qu'on doit mettre dans le contrat ?",
     _NEEDED_FR),
])
def test_near_misses_of_a_refuted_need_claim(question, verdict):
    assert not need_claim_refuted(question, verdict)


# -- a duty that belongs to the other party ----------------------------------------------------------------------------


def _statement(text: str) -> Statement:
    return Statement(text=text, type="rule", side=None, cites=("GDPR, Art. 33",))


@pytest.mark.parametrize("question,text,side,lang", [
    ("an intrusion on the client's NAS we look after, do we have to report it to the regulator ourselves?",
     "The client, as controller, notifies the supervisory authority within 72 hours where feasible (Art. 33(1)).",
     "msp", "en"),
    ("fuite sur le serveur que nous infogérons : devons-nous prévenir nous-mêmes les personnes concernées ?",
     "Le client, responsable du traitement, informe les personnes concernées lorsque le risque est élevé (art. 34).",
     "msp", "fr"),
])
def test_a_duty_of_the_other_party_is_answered_not_you(question, text, side, lang):
    st = _statement(text)
    assert other_party_duty(question, st, side)
    words = lead("enforceable", question, st, lang=lang, yes_no=True, side=side)
    assert re.match(r"(non|no)\b", fold(words or ""))


@pytest.mark.parametrize("question,text,side", [
    # the user's own duty: no reversal
    ("do we have to tell the client about the intrusion?",
     "The provider notifies the client of any breach without undue delay (Art. 33(2)).", "msp"),
    # no side known: nothing to compare
    ("do we have to report it to the regulator ourselves?",
     "The client, as controller, notifies the supervisory authority within 72 hours (Art. 33(1)).", None),
    # not a duty asked
    ("what does the client tell the regulator?",
     "The client, as controller, notifies the supervisory authority within 72 hours (Art. 33(1)).", "msp"),
])
def test_near_misses_of_a_duty_of_the_other_party(question, text, side):
    assert not other_party_duty(question, _statement(text), side)


# -- a market-practice head asked "can we…?" ----------------------------------------------------------------------------


def test_a_practice_head_gives_way_to_it_depends():
    v = "Usual in hosting contracts, but not harmless: a cap of that kind holds only if it does not empty the service."
    assert practice_head_dropped(v, "en").startswith("It depends: a cap of that kind holds only if")
    v = "C'est courant chez les éditeurs, mais pas sans limite : une telle exclusion ne vaut que hors faute lourde."
    assert practice_head_dropped(v, "fr").startswith("Cela dépend : une telle exclusion ne vaut que hors faute lourde")


@pytest.mark.parametrize("verdict", [
    "Common in providers' terms: most contracts set it at three months.",  # no limit in the rest
    "Yes, if the clause is proportionate: limited duration and reasonable fee.",  # no practice head
])
def test_near_misses_of_a_practice_head(verdict):
    assert practice_head_dropped(verdict, "en") == verdict


# -- helpers -----------------------------------------------------------------------------------------------------------


def _lang(text: str) -> str:
    return "fr" if re.search(r"\b(le|la|les|il|nous|notre|son|qu)\b", fold(text)) else "en"


def _card(verdict: str, qtype: str):
    from types import SimpleNamespace

    return SimpleNamespace(verdict=verdict, question_type=qtype, conditions=[])


# -- index tier: the whole answer ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("question,role,card,pattern", [
    ("je suis DGS d'une commune de 4000 habitants. le contrat de télémaintenance date de 2012, conclu pour un an "
     "et reconduit automatiquement chaque année depuis. le titulaire nous assure que c'est sans limite. c'est exact ?",
     "client", "card.public_contract_endless_renewal.fr", r"R2112-4|L2112-5"),
    ("I'm the IT lead of a small town council. our helpdesk contract dates from 2016, one year renewable tacitly, and "
     "has rolled on every year since. the supplier says that is fine for as long as we like. true?",
     "client", "card.public_contract_endless_renewal.en", r"R2112-4|L2112-5"),
])
def test_a_public_contract_renewed_without_end_is_answered_no(app, question, role, card, pattern):
    ans = app.ask(question, role=role)
    assert ans.citations and ans.citations[0].id == card
    assert re.match(r"\W*(non|no)\b", fold(verdict_text(ans.answer)))
    assert re.search(pattern, ans.answer)


def test_a_private_tacit_renewal_keeps_its_card(app):
    # near-miss: between companies, the public-procurement card is not the answer
    ans = app.ask("La tacite reconduction est-elle valable entre professionnels ?", role="client")
    assert ans.citations and ans.citations[0].id != "card.public_contract_endless_renewal.fr"


@pytest.mark.parametrize("question,role", [
    ("our IT firm only reaches our PCs through a remote tool and keeps no copies. their salesman insists no data "
     "processing agreement is needed for that. is he right?", "client"),
    ("notre infogérant ne fait que de la prise en main à distance, sans rien stocker. son commercial dit qu'aucun "
     "contrat de sous-traitance RGPD n'est nécessaire. il a raison ?", "client"),
])
def test_a_claim_that_no_processor_contract_is_needed_is_answered_no(app, question, role):
    ans = app.ask(question, role=role)
    assert re.match(r"\W*(non|no)\b", fold(verdict_text(ans.answer)))
    assert re.search(r"28", ans.answer)


def test_a_quoted_clause_question_opens_with_the_answer(app):
    ans = app.ask("fin du contrat le mois prochain. l'annexe données dit : 'au terme, le Prestataire supprime toutes les "
                  "données du Client, copies comprises, sous 10 jours'. on voudrait d'abord les récupérer, il refuse. "
                  "c'est normal ?", role="client")
    first = fold(ans.answer.strip().splitlines()[0])
    assert not first.startswith("relecture")  # the review's header does not open the answer
    assert "28(3)(g)" in ans.answer
