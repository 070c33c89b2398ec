"""Issue 15, twenty-seventh session: answers that read the question's subject. The largest failure class of the untuned
answers was "subject read wrong": the opening answered another subject that shares words with the question (prepaid
licences answered on software licence compliance, lost turnover answered on a missed tender, a service with no agreed
price answered on a price clause in a framework contract, a client refusing MFA answered on a provider refusing an
audit). Each question below is our own wording, casual, FR and EN, in trades and words of our own; each shares a word
with another subject ("licences", "indirect", "prix/price", "transfer", "access", "backup", "audit", "refuse", "notice")
and asserts the card that answers (its subject), the opening's verdict and the key article. The cards that share the
words keep their own questions (the counter-cases)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from assistant.chat.card_reading import agreed_situation, party_agrees, party_at_odds, refusing_party
from assistant.chat.premises import PREMISE_CUES
from assistant.text import fold
from evaluations.answer_scoring import uncited_sentences, verdict_text
from tests.answer_helpers import ask as _ask, assert_card_states, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids

_ROUTED = ("the message is read as a request on the liability clause (what the other side will contest) or as out of "
           "scope before any card is looked for: the dialogue act reading (acts, act_*: s27-dia's modules), not the card "
           "cascade")

CASES = [
    # -- money paid in advance for a multi-year commitment (not licence compliance, not backups) --------------------------
    ("l'infogéreur nous demande de régler d'avance deux ans de sauvegarde cloud, c'est courant ?", "client",
     "prepaid_commitment_s27", r"1212|1229", r"pas illegal", r"restaur|logiciel libre"),
    ("on a payé 3 ans de licences d'avance au presta, si on résilie au bout d'un an on récupère quoi ?", "client",
     "prepaid_commitment_s27", r"1229", r"pas illegal|sortie anticipee", r"logiciel libre|contrefacon"),
    ("EN: we prepaid three years of antivirus licences through our MSP; if we leave after year one do we get the rest "
     "back?", "client", "prepaid_commitment_s27", r"1229", r"not unlawful|early exit", r"open source|infringement"),
    ("EN: our provider wants the whole 24-month firewall subscription paid up front, is that standard practice?", "client",
     "prepaid_commitment_s27", r"1212|1229", r"not unlawful", r"\bcap\b"),
    # s28: a name qualifying a thing the knowledge base knows ("Adobe subscription") is a detail, not the subject asked
    # (statements.qualifies_known_thing); the strict xfail set in s27 passes
    ("EN: the reseller wants us to pay upfront for a 3-year Adobe subscription, is that normal?", "client",
     "prepaid_commitment_s27", r"1212|1229", r"not unlawful", r"open source"),
    # -- direct or indirect loss: the causal link, not the kind of loss (not a missed tender, not cap vs exclusion) -------
    ("notre contrat exclut les préjudices indirects ; le chiffre d'affaires perdu pendant la panne de 3 jours, c'est "
     "direct ou indirect ?", "client", "direct_vs_indirect_loss_s27", r"1231-4", r"pas forcement indirect",
     r"appel d'offres|perte de chance|deux limites"),
    ("EN: the MSP says the overtime our staff did to re-key the lost orders is indirect loss so it's excluded. is it?",
     "client", "direct_vs_indirect_loss_s27", r"1231-4", r"not necessarily indirect", r"tender|two different limits"),
    ("la perte d'exploitation, c'est forcément un dommage indirect ?", "client", "direct_vs_indirect_loss_s27",
     r"1231-4", r"pas forcement indirect", r"deux limites"),
    ("EN: is lost profit always consequential loss under French law?", "client", "direct_vs_indirect_loss_s27",
     r"1231-2", r"not necessarily indirect", r"two different limits"),
    ("le client nous réclame ses ventes perdues pendant la coupure, on peut lui opposer que c'est un préjudice indirect ?",
     "msp", "direct_vs_indirect_loss_s27", r"1231-4", r"pas forcement indirect", r"appel d'offres"),
    # -- a service with no price agreed: art. 1165, not a price set under a framework contract (1164); two cards answer it
    # s27-casc's card on it was folded into s27-ans's card.price_fixed_after_work_s27 at the merge (same rule); s28: the rows
    # name that card (the merge's "price_" prefix, meant to accept either card, could never match: the helper adds a dot) --
    ("le presta a fait une migration en urgence sans qu'on ait convenu d'un tarif, il nous envoie une facture salée, il "
     "pouvait fixer le prix tout seul ?", "client", "price_fixed_after_work_s27", r"1165",
     r"oui, dans une certaine mesure|oui, en principe", r"contrat[- ]cadre, le prix"),
    ("EN: our MSP sent an engineer on a Sunday to restore the server, no rate was ever agreed and now the invoice is "
     "huge. can they set the price themselves?", "client", "price_fixed_after_work_s27", r"1165",
     r"yes, within limits|yes, as a rule", r"reduce the price"),
    ("rien n'est prévu au contrat sur le tarif des interventions en dehors du forfait, le prestataire peut-il fixer le "
     "prix ?", "client", "price_fixed_after_work_s27", r"1165", r"oui, dans une certaine mesure|oui, en principe",
     r"pas librement"),
    ("EN: we did an out-of-hours data recovery for a client without any price agreed beforehand; can we bill our usual "
     "emergency rate?", "msp", "price_fixed_after_work_s27", r"1165", r"yes, within limits|yes, as a rule", r"not freely"),
    # -- the cards that share those words keep their own questions ------------------------------------------------------
    ("EN: the software vendor's audit found we're under-licensed, who pays, us or the MSP who installed it?", "client",
     "licence_compliance", r"l122-6|l335-3", r"towards the publisher|both|you", r"prepaid|upfront"),
    ("on a mis une bibliothèque open source sous GPL dans le logiciel livré au client, on risque quoi ?", "msp",
     "open_source_deliverables", r"l122|1103|l131", r"pas en soi", r"d'avance"),
    ("EN: the outage made us miss the deadline for a public tender we were bidding on. can we claim the contract value "
     "from the MSP?", "client", "lost_business_from_outage_s12en", r"1231-3", r"possibly", r"not necessarily indirect"),
    ("le contrat-cadre permet au presta de fixer seul ses tarifs chaque année, c'est valable ?", "client",
     "unilateral_price_increase", r"1164", r"pas librement", r"sans prix convenu"),
    # -- "transfer": staff, the contract, personal data ----------------------------------------------------------------
    ("on reprend l'infogérance d'un concurrent, ses techniciens passent chez nous automatiquement ?", "msp",
     "staff_transfer_outsourcing", r"l1224-1", r"pas forcement", r"hors ue|chapitre v"),
    ("EN: our provider wants to transfer the contract to its new parent company, do they need our consent?", "client",
     "assignment_without_consent", r"1216", r"not without your consent", r"chapter v|outside the eu"),
    ("le presta veut céder notre contrat à une autre société du groupe, on peut refuser ?", "client",
     "assignment_without_consent", r"1216", r"pas sans votre accord", r"hors de l'union"),
    ("EN: our helpdesk will be run from Tunisia by the provider's subsidiary, is that ok under GDPR?", "client",
     "remote_access_is_transfer", r"chapter v|art\. 4[456]", r"does not hold|no\b", r"assign"),
    # -- "access": admin rights on content, access kept after the end ------------------------------------------------
    ("le presta a les droits admin sur notre messagerie, il a le droit de lire nos mails ?", "client",
     "admin_access_to_content", r"28", r"juridiquement non", r"323-1"),
    ("EN: the contract ended last month and the old provider still has VPN access to our network, what should we do?",
     "client", "access_after_contract_end", r"323-1", r"no, not without", r"read the content"),
    # -- "backup": who proves a failed restore ------------------------------------------------------------------------
    ("EN: the restore failed and the MSP says we must prove they did something wrong, is that right?", "client",
     "backup_failure_who_proves", r"1231-1|1353|1218", r"it depends", r"upfront"),
    ("ils n'ont jamais testé la restauration et la sauvegarde était vide, qui doit prouver quoi ?", "client",
     "backup_failure_who_proves", r"1231-1|1353|1218", r"cela depend", r"d'avance"),
    # -- "audit" and "refuse": who pays, who refuses -----------------------------------------------------------------
    ("le client veut nous auditer et nous faire payer l'auditeur, c'est à qui de payer ?", "msp", "audit_costs",
     r"28\(3\)\(h\)", r"dans une mesure raisonnable", r"concurrent"),
    ("EN: the customer wants an on-site audit of our SOC, can we say no?", "msp", "audit_right_refusal",
     r"28\(3\)\(h\)", r"no, not when", r"patch"),
    ("EN: if the customer turns down the backup encryption we recommended, are we still liable when something goes "
     "wrong?", "msp", "client_refuses_updates", r"1104|1170", r"write in a duty of cooperation", r"audits?"),
    pytest.param("notre client refuse le chiffrement des postes portables qu'on lui conseille, si un portable est volé on "
                 "est responsables ?", "msp", "client_refuses_updates", r"1104|1170", r"il faut prevoir", r"audit",
                 marks=pytest.mark.xfail(strict=True, reason=_ROUTED)),
    pytest.param("EN: the customer won't let us enable MFA on their mailboxes. if they get phished, is that on us?", "msp",
                 "client_refuses_updates", r"1104|1170", r"write in a duty of cooperation", r"audit",
                 marks=pytest.mark.xfail(strict=True, reason=_ROUTED)),
    # -- "notice": formal notice before termination, notifying the authority ------------------------------------------
    ("il faut forcément une mise en demeure avant de résilier pour faute ?", "client", "termination_without_formal_notice",
     r"1226", r"en principe non|en principe oui", r"preavis de \d"),
    # s30: a processor asking whether it must notify the authority itself is answered by the rule first — the controller
    # notifies (GDPR 33(1)), the processor alerts the controller (33(2)) — then the mandate under which it may act for it:
    # the card on the provider notifying the authority, its rule opening (answer_plan.duty_between_parties_asked). The
    # mandate-clause card's opening ("Écrivez un mandat exprès : le prestataire notifie…") answered a wording not asked
    # and put the processor's notification before the rule that it is the controller's duty
    ("on doit notifier la CNIL nous-mêmes ou c'est au client de le faire ?", "msp", "msp_notifies_authority",
     r"33\(1\)", r"le responsable (du traitement )?notifie la violation a l'autorite", r"mise en demeure|ecrivez"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict,elsewhere", CASES)
def test_the_opening_answers_the_subject_asked(app, question, role, card, article, verdict, elsewhere):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)
    opening = fold(verdict_text(ans.answer))
    assert not re.search(elsewhere, opening), (elsewhere, opening)  # the opening is on no other subject sharing a word
    assert uncited_sentences(ans.answer) == [], _ids(ans)


# -- the new cards state their rule (no index) -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_new_cards_open_on_their_verdict_and_cite_their_articles(cards, lang):
    assert_card_states(cards[f"card.prepaid_commitment_s27.{lang}"], r"(ce n'est pas illegal|it is not unlawful)",
                       ("1103", "1212", "1229", "1231-5"), r"sortie anticipee|early exit")
    assert_card_states(cards[f"card.direct_vs_indirect_loss_s27.{lang}"], r"(pas forcement indirect|not necessarily "
                       r"indirect)", ("1231-2", "1231-3", "1231-4", "1170"), r"causalite|causal link")
    # (the card on a price never agreed is s27-ans's card.price_fixed_after_work_s27: s27-casc's duplicate was folded into it)


# -- the typed readings (no index) --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,party", [
    ("si le client refuse les correctifs qu'on préconise", "client"),
    ("the customer won't let us enable MFA on their laptops", "client"),
    ("notre cliente ne veut pas qu'on installe l'EDR", "client"),
    ("le prestataire refuse de nous donner les mots de passe", "provider"),
    ("Le MSP peut-il refuser un audit ?", "provider"),
    ("our hosting provider declined the on-site inspection", "provider"),
    ("we refuse the audit", None),  # the first person depends on who asks: unread
    ("le client refuse l'audit et le prestataire refuse la pénalité", None),  # both named: no single reading
    ("le client veut un audit", None),
])
def test_the_refusing_party_is_read_in_the_third_person(text, party):
    assert refusing_party(text) == party


def _card(title):
    return SimpleNamespace(title=title, related_ids=(), id=title, premise=())


def test_a_card_on_the_other_partys_refusal_is_at_odds():
    audit = _card("Le MSP peut-il refuser un audit ?")
    patches = _card("Le client refuse les mises à jour ou les recommandations du prestataire")
    question = "mon client refuse la double authentification, je suis responsable ?"
    assert party_at_odds(audit, question)
    assert not party_at_odds(patches, question)
    assert not party_at_odds(audit, "on peut refuser un audit du client ?")  # no third-person refusal in the question


def _match(title, score):
    return SimpleNamespace(card=SimpleNamespace(id=title, title=title, related_ids=()), score=score)


def test_the_same_situation_told_is_accepted_under_the_absolute_threshold():
    question = "if the customer refuses the encryption we advise, are we liable?"
    ours = _match("The client refuses the provider's updates or recommendations; what to write?", 0.70)
    audit = _match("Can the MSP refuse an audit?", 0.74)  # the other party's refusal
    other = _match("How long is a reversibility period?", 0.65)
    assert party_agrees(ours.card, question) and not party_agrees(audit.card, question)
    assert agreed_situation([audit, ours, other], question, {ours.card.id}, 0.55, 0.1) is ours
    assert agreed_situation([audit, ours, other], question, {other.card.id}, 0.55, 0.1) is None  # retrieval did not find it
    assert agreed_situation([_match(ours.card.title, 0.5)], question, {ours.card.id}, 0.55, 0.1) is None  # too weak
    twin = _match("The customer refuses to let us patch; are we liable?", 0.66)
    assert agreed_situation([ours, twin], question, {ours.card.id}, 0.55, 0.1) is None  # two cards on that situation
    assert agreed_situation([ours], "what is an audit clause?", {ours.card.id}, 0.55, 0.1) is None  # no situation told


@pytest.mark.parametrize("name,text,stated", [
    ("paid_in_advance", "le fournisseur exige trois ans réglés d'avance", True),
    ("paid_in_advance", "we were asked to prepay the whole term", True),
    ("paid_in_advance", "payer la licence en une seule fois pour 36 mois", True),
    ("paid_in_advance", "un prix convenu à l'avance pour la migration", False),
    ("paid_in_advance", "nos licences Microsoft sont-elles conformes ?", False),
    ("price_not_agreed", "on n'a jamais fixé de tarif pour les astreintes", True),
    ("price_not_agreed", "the statement of work says nothing about the price of site visits", True),
    ("price_not_agreed", "no hourly rate was set for weekend work", True),
    ("price_not_agreed", "le prestataire augmente ses tarifs de 8 %", False),
    ("price_not_agreed", "there is no price revision clause", False),
    ("opportunity_missed", "la panne nous a fait rater un appel d'offres", True),
    ("opportunity_missed", "we lost a deal with a distributor because the site was down", True),
    ("opportunity_missed", "le chiffre d'affaires perdu pendant la panne", False),
    ("opportunity_missed", "is lost revenue from the outage direct loss?", False),
])
def test_the_situation_cues(name, text, stated):
    assert bool(PREMISE_CUES[name].search(fold(text))) is stated
