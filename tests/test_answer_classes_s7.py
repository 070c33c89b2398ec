"""Issue 15, seventh session (answers_v6 as development material): classes of question that reached the wrong act
or no card. Every question here is our own wording, FR and EN, written for these tests (none comes from an
evaluation set, nor repeats a card's own phrasings); near-misses keep their act.

Classes: 'draft' as a noun (the other side's draft) is no drafting request; a wish whose validity is asked
("on voudrait mettre…, c'est légal ?") is a question of law; "what do we write / je la formule comment" is a
question even with a drafting verb or a figure; command words inside quoted contract text (export, delete) are the
contract's, not the user's; "X or Y, which is better?" compares, it does not ask for a definition; an off-topic
ask in a message that mentions the contract only as the occasion is out of scope; and the cards added or given
new phrasings (per-claim vs aggregate cap, hidden defects, one-sided standard terms, a sub-processor's failure, an
exit clause reduced to an export, old unpaid invoices, a client leaving a fixed term, a DPO asking for proof, a
manager's order to copy staff files)."""

from __future__ import annotations

import re

import pytest

from assistant.chat.cards import subject_labels
from evaluations.answer_scoring import fold, verdict_text

ACTS = [
    # 'draft' as a noun: the other side's draft, described
    ("the vendor's draft limits their liability to 40k for each claim and we want a single yearly ceiling. "
     "what's the difference for us?", "client", "question"),
    ("our DPA draft has the provider notifying breaches within a week, what's the usual difference with 48 hours?",
     "client", "question"),
    # near-misses: a draft asked for
    ("can you draft a liability clause that protects us?", "client", "draft_clause"),
    ("draft me a managed services contract for 20 users", "client", "draft_contract"),
    # a wish whose validity is asked
    ("en fin de contrat des clients gardent nos bornes wifi pendant des mois, on voudrait leur compter 30 euros par "
     "jour de retard, c'est licite ?", "msp", "question"),
    ("we would like to bill 60 euros per day when a customer hangs on to our loan switches after termination, "
     "would that be lawful?", "msp", "question"),
    # near-misses: a drafting request, even with 'valable' in it
    ("peux-tu me rédiger un contrat d'infogérance juridiquement valable ?", "msp", "draft_contract"),
    ("on voudrait une clause de pénalités pour la restitution tardive du matériel", "msp", "draft_clause"),
    # what to write, asked with a drafting verb or around a figure
    ("tous nos clients veulent auditer notre infra, je tourne comment la clause d'audit pour rester dans les clous ?",
     "msp", "question"),
    ("je veux 3 % de pénalité par heure de dépassement de GTR et garder le droit de réclamer mes pertes réelles, "
     "j'écris quoi ?", "client", "question"),
    ("we're a five-person MSP with 400k of cover per claim. what do we write in our terms so one outage can't "
     "bankrupt us?", "msp", "question"),
    # near-misses: a clause asked for
    ("rédige-moi une clause d'audit côté prestataire", "msp", "draft_clause"),
    ("write me an audit clause for the provider", "msp", "draft_clause"),
    # command words inside quoted contract text
    ("the exit clause reads: 'on expiry, Provider exports Client mailboxes in Provider's own format; any exit help "
     "billed at Provider's day rates of the time'. is that okay for a 25-person firm?", "client", "question"),
    # near-miss: an export asked for
    ("exporte le contrat en docx", "msp", "export"),
    # X or Y, which is better: a comparison, not a definition
    ("DPA fait maison ou clauses contractuelles types de la Commission de 2021 pour nos clients, c'est quoi le mieux "
     "pour nous ?", "msp", "question"),
    # near-miss: a definition
    ("c'est quoi un DPA ?", "client", "explain_term"),
    # an off-topic ask, the contract being only the occasion
    ("on a signé le contrat d'infogérance ce matin !! tu nous conseilles quel champagne pour ce soir ?", "msp",
     "out_of_scope"),
    ("contract signed with the MSP today, team drinks tonight. which wine goes with cheese?", "client", "out_of_scope"),
    # near-miss: the ask is on the contract
    ("on a négocié le contrat au restaurant hier soir. la clause de non-sollicitation est-elle valable ?", "client",
     "question"),
]


@pytest.mark.parametrize("question,role,act", ACTS)
def test_act_of_each_class(app, question, role, act):
    assert app.ask(question, role=role).intent == act


CARDS = [
    # liability cap per claim or aggregate
    ("the vendor's draft limits their liability to 40k for each claim and we want a single yearly ceiling. "
     "what's the difference for us?", "client", "card.cap_per_claim_vs_aggregate.en", r"per-claim", r"1170"),
    ("leur projet prévoit un plafond de 150 k€ par sinistre ; on pourrait demander un plafond global annuel. "
     "qu'est-ce qui est le mieux pour nous, côté client ?", "client", "card.cap_per_claim_vs_aggregate.fr",
     r"par sinistre", r"1170"),
    # hidden defects in hardware sold
    ("un des serveurs que notre MSP nous a vendus a un défaut d'usine qu'on vient seulement d'identifier, on a "
     "jusqu'à quand pour se retourner contre lui ?", "client", "card.hidden_defect_hardware.fr", r"deux ans", r"1648"),
    ("a NAS bought from our provider turned out to have a manufacturing flaw we only pinned down recently. how long "
     "do we have to claim against the seller?", "client", "card.hidden_defect_hardware.en", r"two years", r"1641"),
    # one-sided standard terms
    ("les conditions générales du presta, signées sans pouvoir négocier, lui laissent résilier à tout moment et nous "
     "engagent sur 4 ans sans sortie, est-ce que ça tient ?", "client", "card.one_sided_standard_terms.fr",
     r"pas forcement", r"1171"),
    ("we had to sign the MSP's standard terms as they were: they can terminate whenever they like, we're bound for "
     "five years. can that stand?", "client", "card.one_sided_standard_terms.en", r"not necessarily", r"1171"),
    # a sub-processor's failure
    ("le datacenter auquel notre prestataire confie nos sauvegardes en a perdu une partie, et le presta nous dit de "
     "régler ça avec eux. il peut s'en laver les mains ?", "client", "card.subprocessor_failure_liability.fr",
     r"^\W*non", r"28\(4\)"),
    ("the cloud company our MSP uses lost some of our backups and the MSP says to sort it out with them directly. "
     "can they wash their hands of it?", "client", "card.subprocessor_failure_liability.en", r"^\W*no", r"28\(4\)"),
    # an exit clause reduced to an export
    ("the exit clause reads: 'on expiry, Provider exports Client mailboxes in Provider's own format; any exit help "
     "billed at Provider's day rates of the time'. is that okay for a 25-person firm?", "client", "card.exit_clause_sufficient.en",
     r"not really", r"28\(3\)\(g\)"),
    ("pour la sortie, tout tient en une ligne : 'restitution des données au format du prestataire, "
     "accompagnement facturé au tarif en vigueur'. c'est correct ?", "client", "card.exit_clause_sufficient.fr",
     r"pas vraiment", r"28\(3\)\(g\)"),
    # old unpaid invoices
    ("un ancien client ne nous a pas réglé trois factures de 2023, on a traîné, est-ce qu'on peut encore aller en "
     "justice ?", "msp", "card.limitation_period.fr", r"cinq ans", r"L110-4"),
    ("an ex-customer still owes us for support invoices from two years back and went silent. is it too late to sue?",
     "msp", "card.limitation_period.en", r"five years", r"2224"),
    # a client walking out of a fixed term
    ("un client engagé jusqu'en 2027 nous prévient par mail qu'il part le mois prochain chez un concurrent moins cher, "
     "sans aucun grief. il en a le droit ?", "msp", "card.leave_fixed_term_early.fr", r"risque", r"1212"),
    ("a customer with 18 months left on a fixed term emails that they're switching to a cheaper MSP next month, no "
     "complaint about us. can they just do that?", "msp", "card.leave_fixed_term_early.en", r"risky", r"1212"),
    # a DPO asking the processor for proof
    ("la nouvelle DPO d'un client veut qu'on lui démontre notre conformité RGPD pièces à l'appui sous un mois, c'est "
     "pas plutôt à elle de prouver qu'on ne l'est pas ?", "msp", "card.audit_right_refusal.fr", r"^\W*non", r"28\(3\)\(h\)"),
    ("our client's data protection officer is demanding evidence that we comply with the GDPR as their processor. "
     "shouldn't they be the ones proving we don't?", "msp", "card.audit_right_refusal.en", r"^\W*no", r"28\(3\)\(h\)"),
    # a manager's order to copy staff files
    ("le PDG d'un client demande à notre technicien de copier tout le partage RH sur son Dropbox personnel, si on le "
     "fait et que ça tourne mal, c'est pour nous ?", "msp", "card.unlawful_instruction.fr", r"alerter", r"82"),
    ("a client's MD told our engineer to move the payroll folder to his own Google Drive. if we do it and it goes "
     "wrong, is that on us?", "msp", "card.unlawful_instruction.en", r"warn", r"82"),
]


@pytest.mark.parametrize("question,role,card,opening,article", CARDS)
def test_each_class_gets_its_card(app, question, role, card, opening, article):
    ans = app.ask(question, role=role)
    assert ans.intent == "question"
    assert ans.citations and ans.citations[0].id == card
    assert re.search(opening, fold(verdict_text(ans.answer)))
    assert re.search(article, ans.answer)


@pytest.mark.parametrize("question,role,card", [
    # near-misses: neighbouring questions keep their own card
    ("can a liability cap be enforced between two companies in France?", "client", "card.liability_cap_enforceable.en"),
    ("how long do I have to sue my MSP?", "client", "card.limitation_period.en"),
    ("que mettre dans une clause de réversibilité ?", "client", "card.reversibility_clause_content.fr"),
    ("le prestataire veut ajouter un nouveau sous-traitant ultérieur, combien de temps pour s'y opposer ?", "client",
     "card.subprocessor_change.fr"),
])
def test_neighbouring_cards_keep_their_answer(app, question, role, card):
    ans = app.ask(question, role=role)
    assert ans.citations and ans.citations[0].id == card


@pytest.mark.parametrize("question,named", [
    # the provider's own supplier, named in everyday words, is a sub-processor
    ("le datacenter partenaire de notre infogéreur a perdu des sauvegardes", True),
    ("l'hébergeur choisi par notre prestataire a eu une fuite", True),
    ("the hosting company our provider relies on had an outage", True),
    ("our MSP's cloud supplier lost part of the mailboxes", True),
    # near-misses: the user's own supplier, or no supplier at all
    ("we want to move our own servers to a new datacenter next year", False),
    ("the provider hosts our files in its datacenter in Lyon", False),
])
def test_sub_processor_named_in_everyday_words(question, named):
    assert ("term:sub_processor" in subject_labels(question)) is named
