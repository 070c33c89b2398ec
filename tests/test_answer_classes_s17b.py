"""Issue 15, seventeenth session, second round: legal points several independent sets asked for, reached by the situation.

Classes (every question below is our own paraphrase, FR and EN, casual and narrated, on several subjects; near-misses keep
their reading):
- a provider suspending, or threatening to suspend, its service over unpaid or disputed invoices: the exception for
  non-performance (Code civil, arts 1219-1220) - sealed16, sealed17;
- a provider that sells backup and excludes all liability for data loss, often with a small cap: art. 1170 (Chronopost,
  Faurecia) - review sets and answer sets;
- a financial lease tied to a service or maintenance contract whose provider disappears: arts 1186-1187, ch. mixte 2013;
- a public buyer whose contract holder subcontracts part of the services: acceptance of the subcontractor and approval of
  its payment terms (Code de la commande publique, L2193-4), direct payment (R2193-10);
- routing: "what must the contract contain" goes to the essential clauses, "draft the data subcontracting clause" to the
  processor terms of GDPR Art. 28(2)/(4), a comparison of reinforced means and result is answered as a comparison.
"""

from __future__ import annotations

import re

import pytest

from evaluations.answer_scoring import fold
from tests.answer_helpers import ask as _ask


def OPEN(reason: str):
    """A question of this batch still answered wrongly after the fix (strict: it fails the suite once it passes)."""
    return pytest.mark.xfail(strict=True, reason=reason)


SUSPENSION = [
    ("notre hébergeur nous écrit qu'il coupera l'accès à nos serveurs vendredi si on ne règle pas deux factures qu'on "
     "conteste depuis un mois. il peut vraiment faire ça ?", "client"),
    # (s24: it still gets the card on data held until paid, and now also the rule on the exception for non-performance,
    # art. 1219, from the glossary entry on its subject: subject_rules.py)
    ("le MSP a bloqué nos comptes VPN hier parce qu'une facture de 900 € est en retard de dix jours, c'est permis ?",
     "client"),
    ("je gère une petite boîte d'infogérance, un client refuse de payer trois mois en invoquant des bugs. je peux geler "
     "le support le temps qu'il paie ?", "msp"),
    pytest.param("our hosting company says it will switch off our VMs next week unless we pay invoices we dispute. can "
                 "it?", "client", marks=OPEN("EN phrasings that reached it took 'stop paying until they fix it' from the "
                                             "card on withholding payment; removed")),
    ("the provider suspended our email service because one invoice was 2 weeks late. were they allowed to?", "client"),
    pytest.param("I run an MSP and a customer has not paid since March, saying our work is poor. may I put the tickets "
                 "on hold?", "msp", marks=OPEN("goes to the card on provider staff misconduct")),
]

DATA_LOSS = [
    ("on paie un prestataire pour la sauvegarde de nos serveurs, et ses CGV disent qu'il n'est jamais responsable en cas "
     "de perte de données, plafond à un mois d'abonnement. ça tient ?", "client"),
    ("leur contrat de backup exclut toute indemnisation si les données disparaissent, et le reste est limité "
     "à 150 €. on peut contester ?", "client"),
    ("we pay a firm to back up our files, and its terms say it is never liable for lost data, with everything else "
     "capped at one month's fee. would that hold in France?", "client"),
    ("the backup vendor's contract says data loss is never its problem. isn't that what we pay them for?", "client"),
]

LEASE = [
    ("on loue nos copieurs et serveurs via une société de leasing, la maintenance était faite par l'installateur qui a "
     "disparu. le loueur exige les loyers jusqu'en 2028, on est coincés ?", "client"),
    ("le contrat de location dit qu'il est indépendant du contrat de services, mais le prestataire a fermé boutique. on "
     "doit continuer à payer le bailleur ?", "client"),
    ("our equipment is on a finance lease and the service company that came with it went bust. the lessor still wants "
     "the monthly rent. do we have to keep paying?", "client"),
    ("the lease says it stands alone from the support contract, but the support firm shut down. is that clause binding?",
     "client"),
]

PUBLIC_SUBCONTRACTING = [
    ("je suis à la mairie, le titulaire de notre marché de maintenance informatique veut confier les interventions sur "
     "site à une autre entreprise. qu'est-ce qu'on doit faire ?", "client"),
    ("notre communauté de communes apprend que le prestataire du marché public fait intervenir un sous-traitant qu'on "
     "n'a jamais accepté. c'est régulier ?", "client"),
    ("I work for a county council; the holder of our IT support contract wants to subcontract the helpdesk. what do we "
     "have to do as the buyer?", "client"),
    ("public hospital here: our network contractor brought in a subcontractor we never approved. is that allowed, and "
     "who pays the subcontractor?", "client"),
]

NEAR_MISSES = [
    # the client, not the provider, withholds payment: the card on withholding payment
    ("le prestataire ne respecte pas ses délais d'intervention, on peut arrêter de le payer ?", "client",
     "card.withhold_payment.fr"),
    pytest.param("the MSP keeps missing its response times, can we stop paying invoices?", "client",
                 "card.withhold_payment.en", marks=OPEN("answered by the payment clause (unchanged from before)")),
]


@pytest.mark.parametrize("question,role", SUSPENSION)
def test_a_suspension_over_invoices_is_answered_by_the_exception_for_non_performance(app, question, role):
    ans, text = _ask(app, question, role)
    assert "1219" in text
    assert re.search(r"grave|serious|proportion", text)


@pytest.mark.parametrize("question,role", DATA_LOSS)
def test_a_backup_seller_excluding_data_loss_meets_article_1170(app, question, role):
    ans, text = _ask(app, question, role)
    assert "1170" in text
    assert re.search(r"essentiel|essential", text)


@pytest.mark.parametrize("question,role", LEASE)
def test_a_lease_whose_service_provider_disappears_meets_interdependence(app, question, role):
    ans, text = _ask(app, question, role)
    assert "1186" in text
    assert re.search(r"caduc|lapse|interdepend", text)


@pytest.mark.parametrize("question,role", PUBLIC_SUBCONTRACTING)
def test_a_public_buyer_whose_holder_subcontracts_gets_acceptance_and_direct_payment(app, question, role):
    ans, text = _ask(app, question, role)
    assert "l2193" in text
    assert re.search(r"accept|agre|approv", text)
    assert re.search(r"paiement direct|payes? directement|direct payment|paid directly", text)


# (strict xfail until s31, read as out of scope; passes once a message a card answers by both readings is a question,
# Conversation._a_card_answers)
def test_near_miss_a_private_subcontracting_question_keeps_the_1975_law(app):
    ans, text = _ask(app, "notre intégrateur confie une partie du projet à une autre société sans nous la présenter, "
                          "il a le droit ?", "client")
    assert "l2193" not in text
    assert "75-1334" in text


@pytest.mark.parametrize("question,role,card", NEAR_MISSES)
def test_near_miss_a_client_withholding_payment_keeps_its_card(app, question, role, card):
    ans = app.ask(question, role=role)
    assert ans.citations and ans.citations[0].id == card


# -- routing -----------------------------------------------------------------------------------------------------------

ESSENTIALS = [
    ("on est une société de 40 personnes, on signe notre premier contrat d'infogérance. il faut absolument y mettre "
     "quoi ?", "client"),
    ("petite PME de 12 salariés, on va confier notre informatique à un prestataire, quelles clauses sont "
     "indispensables ?", "client"),
    ("we're a 30-person company signing our first managed IT contract. what absolutely has to be in it?", "client"),
    ("small firm, first outsourcing deal: which clauses must the contract contain at a minimum?", "client"),
]


@pytest.mark.parametrize("question,role", ESSENTIALS)
def test_what_the_contract_must_contain_is_the_essential_clauses(app, question, role):
    ans, text = _ask(app, question, role)
    hits = sum(bool(re.search(p, text)) for p in (r"\bsla\b|niveaux? de service|service level", r"reversibilit",
                                                  r"responsabilit|liabilit", r"donnees personnelles|personal data|rgpd|gdpr",
                                                  r"resiliation|termination|duree|term\b"))
    assert hits >= 3
    assert not re.search(r"\d+ ?(€|eur)\W*(/|par|per) ?mois|per month", text)


DATA_CLAUSE = [
    ("rédige-moi la clause sur les sous-traitants ultérieurs des données personnelles", "client"),
    pytest.param("écris la clause qui encadre la sous-traitance des données par le prestataire", "client",
                 marks=OPEN("the topic after 'clause' is read in a 35-character window (slots._clause_topic)")),
    ("draft the clause on the processor engaging other processors for our personal data", "client"),
    ("can you write the sub-processing clause for the DPA?", "msp"),
]


@pytest.mark.parametrize("question,role", DATA_CLAUSE)
def test_drafting_the_data_subcontracting_clause_gives_the_processor_terms(app, question, role):
    ans, text = _ask(app, question, role)
    assert re.search(r"28", text)
    assert re.search(r"ulterieur|sub-?processor|other processor|autorisation|authori[sz]ation", text)
    assert "75-1334" not in text


COMPARE = [
    ("concrètement ça change quoi pour nous si le contrat dit obligation de moyens renforcée plutôt que de résultat ?",
     "client"),
    ("moyens renforcée ou résultat sur la disponibilité, en pratique quelle différence pour un client ?", "client"),
    # s37: no longer answered by the SLA definition (a term weighed against the user's case is a question,
    # chat/meaning_for_case): the strict xfail removed
    ("in practice what does it change for us if the SLA is a reinforced means obligation instead of a "
     "result obligation?", "client"),
]


@pytest.mark.parametrize("question,role", COMPARE)
def test_reinforced_means_against_result_is_answered_as_a_comparison(app, question, role):
    ans, text = _ask(app, question, role)
    assert re.search(r"presum|presomption", text)
    assert re.search(r"cause etrangere|force majeure|external cause|1218", text)


# -- fast tier: the readings behind the routing ------------------------------------------------------------------------

@pytest.mark.parametrize("question,whole", [
    ("on est une PME de 25 salariés, qu'est-ce qu'on doit absolument mettre dans le contrat ?", True),
    ("nouvelle boîte, premier contrat avec un infogérant : il faut vraiment y mettre quoi ?", True),
    ("what absolutely has to be in the contract with our managed services provider?", True),
    ("first MSP agreement for us: what really must go in it?", True),
    # near-misses: a clause's content is a list, but not the whole contract's
    ("qu'est-ce qu'on doit mettre dans la clause de réversibilité ?", False),
])
def test_what_must_go_in_the_contract_is_read_as_the_whole_list(question, whole):
    from assistant.chat.composer import _WHOLE_CONTRACT_CLAUSES
    from assistant.chat.statements import answer_kind

    assert answer_kind(question) == "list"
    assert bool(_WHOLE_CONTRACT_CLAUSES.search(fold(question))) is whole


def test_near_miss_what_we_must_pay_is_no_list():
    from assistant.chat.statements import answer_kind

    assert answer_kind("on doit payer quoi au prestataire si on part ?") != "list"


@pytest.mark.parametrize("request_,topic", [
    ("rédige la clause de sous-traitance des données", "data_protection"),
    ("écris-moi la clause sur les sous-traitants ultérieurs", "data_protection"),
    ("draft the sub-processing clause", "data_protection"),
    ("write the clause on engaging another processor", "data_protection"),
    # near-misses: the commercial subcontracting clause
    ("rédige la clause de sous-traitance", "subcontracting_assignment"),
    ("draft the subcontracting and assignment clause", "subcontracting_assignment"),
])
def test_data_subcontracting_names_the_data_protection_topic(request_, topic):
    from assistant.chat.intent import find_topic

    assert find_topic(request_) == topic


def test_the_public_subcontracting_card_needs_a_public_buyer():
    from assistant.chat.cards import premise_named
    from assistant.knowledge.entries import load_entries

    cards = {e.id: e for e in load_entries() if e.kind == "card"}
    card = cards["card.public_subcontracting.fr"]
    assert premise_named(card, "la mairie découvre un sous-traitant non déclaré sur son marché, que faire ?")
    assert not premise_named(card, "notre intégrateur a confié une partie du projet à une autre société, il peut ?")
