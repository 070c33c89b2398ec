"""Issue 15, thirty-seventh session (helper s37-kb): questions SMEs and MSPs ask that no card answered. Each subject has a
reviewed card pair (`knowledge_base/cards/*_s37.yaml`), gated by a cue of `chat/situation_cues_s37kb.py` (an ask cue of
`premises.ASK_CUES` and a told situation of `told_situations.SITUATIONS`):

- time billed by started increment, each half-hour or hour begun due in full (C. civ. 1165, 1190; C. com. L441-1, L442-1);
- a security incident the provider finds on a client's system (GDPR 33(2), 33(1), 33(5), 28(3)(f); C. assur. L12-10-1);
- a non-solicitation clause stretched to the provider's subcontractors and freelancers (Cass. com. 27 May 2021; 1199, 1231-5);
- one of the provider's employees hired by the client with no clause (C. civ. 1240; C. trav. L1237-3);
- second-hand software licences (CPI L122-6, 3°; CJEU 3 July 2012, C-128/11 UsedSoft; L335-3);
- a provider taking over from another one, asked about the predecessor's defects (C. civ. 1199, 1216, 1231-1, 1353);
- a payment sent to a fraudster's account after fake bank details (C. civ. 1342-2, 1342-3; C. mon. fin. L133-21).

The questions below are our own and none is one of the cards' phrasings (checked): casual, typos, no accents, the subject
told indirectly, FR and EN; each family has a near miss that must not reach its card.
"""

from __future__ import annotations

import pytest

from assistant.chat import situation_cues_s37kb as s37
from assistant.chat.premises import ASK_CUES, ASK_EXCLUDED
from assistant.text import fold
from tests.answer_helpers import ask as _ask, assert_card_states, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids


@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


# -- fast tier: what the cards say ----------------------------------------------------------------------------------------

CARD_FACTS = [
    ("started_increment_billing_s37", r"(c'est licite, a condition|it is legal, provided)", ("1165", "1190", "L441-1"),
     r"(avant l'intervention|before the work).*(contester|dispute)"),
    ("incident_found_on_client_system_s37", r"(prevenir le client|tell the client)", ("33(2)", "33(1)", "28(3)(f)"),
     r"72 (heures|hours).*(mandat|mandate)"),
    ("non_solicitation_subcontractors_s37", r"(oui, entre|yes, between)", ("18-23.261", "1199", "1231-5"),
     r"(proportionnee|proportionate).*(freelance)"),
    ("staff_hired_without_clause_s37", r"(en principe non|in principle no)", ("1240", "L1237-3"),
     r"(debauchage|poaching).*(desorganise|disorganises)"),
    ("used_software_licences_s37", r"(oui pour une licence perpetuelle|yes for a perpetual licence)", ("L122-6", "C-128/11"),
     r"(inutilisable|unusable).*(abonnement|subscription)"),
    ("predecessor_work_takeover_s37", r"(non, pas des fautes|no, not for the predecessor)", ("1199", "1231-1", "1216"),
     r"(etat des lieux|inventory)"),
    ("payment_redirection_fraud_s37", r"(en principe non|in principle no)", ("1342-2", "1342-3", "L133-21"),
     r"(creancier apparent|apparent creditor)"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name,opening,articles,body", CARD_FACTS)
def test_each_new_card_opens_on_its_verdict_and_names_its_articles(cards, name, opening, articles, body, lang):
    card = cards[f"card.{name}.{lang}"]
    articles = tuple(a.replace("art.", "Art.") for a in articles) if lang == "en" else articles
    assert_card_states(card, opening, articles, body)


GATES = [("started_increment_billing_s37", "started_increment_named"),
         ("incident_found_on_client_system_s37", "incident_found_told"),
         ("non_solicitation_subcontractors_s37", "non_solicitation_third_parties"),
         ("staff_hired_without_clause_s37", "hired_without_clause"),
         ("used_software_licences_s37", "used_licences_named"),
         ("predecessor_work_takeover_s37", "predecessor_takeover_told"),
         ("payment_redirection_fraud_s37", "bank_details_fraud_told")]


@pytest.mark.parametrize("name,cue", GATES)
def test_the_new_cards_are_gated_on_their_situation(cards, name, cue):
    for lang in ("fr", "en"):
        card = cards[f"card.{name}.{lang}"]
        assert cue in card.premise and cue in ASK_CUES
        for q in (card.title, *card.questions):
            low = fold(q)
            assert ASK_CUES[cue].search(low), q
            assert not ASK_EXCLUDED[cue](low), q


NAMES = ("STARTED_INCREMENT", "INCIDENT_FOUND", "NON_SOLICITATION_THIRD_PARTIES", "NO_CLAUSE_HIRE", "USED_LICENCES",
         "PREDECESSOR_TAKEOVER", "BANK_DETAILS_FRAUD")


def test_no_new_cue_reads_another_cards_phrasings(cards):
    """The s37 cues take no question written for an older card (the keylogger wanted by a client stays the monitoring
    card's, a client's staff hired under a clause the non-solicitation card's, the old provider's kept access the exit
    cards')."""
    hits = [(cid, n, q) for cid, card in cards.items() if "_s37." not in cid for q in (card.title, *card.questions)
            for n in NAMES if getattr(s37, n).search(fold(q))]
    assert not hits, hits


# -- fast tier: the cues read the situation in other words -------------------------------------------------------------

CUES = [
    ("STARTED_INCREMENT", "le presta arrondit a l'heure superieure chaque appel, meme 3 minutes, c'est normal ?", True),
    ("STARTED_INCREMENT", "EN: they round up to the next half hour on every ticket we raise, is that ok?", True),
    ("STARTED_INCREMENT", "penalite de 100 euros par heure d'indisponibilite entamee, c'est excessif ?", False),
    ("STARTED_INCREMENT", "EN: our hourly rate went up by 10 %, can the provider do that?", False),
    ("INCIDENT_FOUND", "on a decouvert un ransomware dormant sur le nas d'un client, on doit faire quoi ?", True),
    ("INCIDENT_FOUND", "EN: our tech noticed a webshell on the customer's web server, who has to report it?", True),
    ("INCIDENT_FOUND", "EN: how long does the provider have to tell us about a data breach?", False),
    ("INCIDENT_FOUND", "le client veut un keylogger pour surveiller ses salaries, on l'installe ?", False),
    # an incident told, but liability or penalties asked: not who tells whom
    ("INCIDENT_FOUND", "EN: the msp detected ransomware on the client's servers last week, can the client claim SLA penalties?",
     False),
    ("NON_SOLICITATION_THIRD_PARTIES", "notre clause anti-debauchage protege aussi les freelances qu'on met chez le client ?", True),
    ("NON_SOLICITATION_THIRD_PARTIES", "EN: can we stop the client from hiring directly the contractors we bring in?", True),
    ("NON_SOLICITATION_THIRD_PARTIES", "notre sous-traitant veut etre paye directement par le client, il peut ?", False),
    ("NON_SOLICITATION_THIRD_PARTIES", "EN: is a 24-month no-poach clause on our employees valid?", False),
    ("NO_CLAUSE_HIRE", "aucune clause de non debauchage et le client a embauche notre meilleur tech, on peut l'attaquer ?", True),
    ("NO_CLAUSE_HIRE", "EN: the contract says nothing about hiring and the customer just recruited our engineer", True),
    ("NO_CLAUSE_HIRE", "le client a embauche notre technicien malgre la clause de non-sollicitation, combien on peut reclamer ?",
     False),
    ("NO_CLAUSE_HIRE", "EN: we want to hire a technician, must we pay overtime?", False),
    ("USED_LICENCES", "on a trouve des licences windows 10 pro d'occasion a 15 euros, on peut les installer chez les clients ?", True),
    ("USED_LICENCES", "EN: can a company sell its spare perpetual sql server licences to another firm?", True),
    ("USED_LICENCES", "l'editeur fait un audit de licences chez notre client, on risque quoi ?", False),
    ("USED_LICENCES", "EN: we resell microsoft 365 licences as a CSP partner, what contract do we need?", False),
    ("PREDECESSOR_TAKEOVER", "on vient de reprendre un client, l'ancien infogerant avait laisse des failles partout, on est responsables ?", True),
    ("PREDECESSOR_TAKEOVER", "EN: we took over from the previous MSP last month and found no working backups, are we liable?", True),
    ("PREDECESSOR_TAKEOVER", "l'ancien prestataire refuse de nous donner les mots de passe admin", False),
    ("PREDECESSOR_TAKEOVER", "EN: the former provider still logs into our tenant, what can we do?", False),
    # a takeover told, but the price of the upgrade asked: not who answers for the predecessor's defects
    ("PREDECESSOR_TAKEOVER", "on a repris un client dont l'ancien presta avait mal configure les sauvegardes, combien facturer "
     "la remise a niveau ?", False),
    ("BANK_DETAILS_FRAUD", "un escroc a modifie le rib sur notre facture et le client a paye, il doit repayer ?", True),
    ("BANK_DETAILS_FRAUD", "EN: our client got a spoofed email with new bank details and wired 20k to it, who bears the loss?", True),
    ("BANK_DETAILS_FRAUD", "le cheque du client est revenu impaye, c'est une fraude ?", False),
    ("BANK_DETAILS_FRAUD", "EN: the client pays 60 days late every time, what penalties can we charge?", False),
]


@pytest.mark.parametrize("name,text,expected", CUES)
def test_cues_read_the_situation_in_other_words(name, text, expected):
    pattern = getattr(s37, name)
    text = text[3:].strip() if text.startswith("EN:") else text
    assert bool(pattern.search(fold(text))) is expected, text


# -- index tier: the answers reach them -----------------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the opening)
FIRE = [
    # billing by started increment
    ("le msp nous facture 30 min pour un reset de mot de passe de 2 minutes, toute demi heure entamee, c'est legal ?",
     "client", "started_increment_billing_s37", r"1165|1190|l441-1", r"c'est licite"),
    # the card is the scorer's first and its situation is told, but "on voudrait … dans le contrat" is read as an order to
    # draft the contract (the act reader, not the card choice) — strict, so that the fix shows
    pytest.param("on voudrait facturer a l'heure entamee en regie, on doit l'ecrire ou dans le contrat ?", "msp",
                 "started_increment_billing_s37", r"1165|1190|l441-1", r"c'est licite",
                 marks=pytest.mark.xfail(strict=True, reason="'on voudrait … dans le contrat' read as a drafting order")),
    ("le devis dit que toute heure commencee est due, le client conteste, ca tient ?", "msp",
     "started_increment_billing_s37", r"1165|1190|l441-1", r"c'est licite"),
    ("EN: our IT guy bills every started hour, even for a five minute call. can he?", "client",
     "started_increment_billing_s37", r"1165|1190|l441-1", r"it is legal"),
    ("EN: is billing remote support in 15-minute started increments ok between businesses in france?", "msp",
     "started_increment_billing_s37", r"1165|1190|l441-1", r"it is legal"),
    # incident found on the client's system
    ("pendant une mise a jour on a trouve un cryptomineur sur le serveur de fichiers du client, on previent qui ?", "msp",
     "incident_found_on_client_system_s37", r"33 ?\(2\)|33 ?\(1\)", r"prevenir le client"),
    ("notre technicien a detecte un acces non autorise sur le serveur d'un client, c'est a nous de notifier la cnil ?",
     "msp", "incident_found_on_client_system_s37", r"33 ?\(2\)|33 ?\(1\)", r"prevenir le client"),
    ("EN: we spotted ransomware staged on a customer's file server during patching, what are our legal duties?", "msp",
     "incident_found_on_client_system_s37", r"33 ?\(2\)|33 ?\(1\)", r"tell the client"),
    ("EN: found a backdoor on our client's server, do we report it to the CNIL ourselves?", "msp",
     "incident_found_on_client_system_s37", r"33 ?\(2\)|33 ?\(1\)", r"tell the client"),
    # non-solicitation stretched to subcontractors
    ("on peut mettre dans la clause de non sollicitation nos freelances en plus des salaries ?", "msp",
     "non_solicitation_subcontractors_s37", r"18-23\.261|1199", r"\boui\b"),
    ("le client a fait travailler en direct notre sous traitant, la clause de non debauchage s'applique ?", "msp",
     "non_solicitation_subcontractors_s37", r"18-23\.261|1199", r"\boui\b"),
    ("EN: can the no-poach clause also forbid the client to hire directly our subcontractors?", "msp",
     "non_solicitation_subcontractors_s37", r"18-23\.261|1199", r"\byes\b"),
    ("EN: the provider's clause bars us from using its freelancers directly for two years, is that enforceable?",
     "client", "non_solicitation_subcontractors_s37", r"18-23\.261|1199", r"\byes\b"),
    # staff hired without a clause
    ("le client a embauche notre admin reseau, on avait pas mis de clause de non sollicitation, on peut faire quoi ?",
     "msp", "staff_hired_without_clause_s37", r"1240|l1237-3", r"en principe non"),
    ("y a rien dans le contrat sur le recrutement et le client nous a pique 2 techs, recours ?", "msp",
     "staff_hired_without_clause_s37", r"1240|l1237-3", r"en principe non"),
    ("EN: there was no non-solicitation clause and our customer hired our best engineer. anything we can do?", "msp",
     "staff_hired_without_clause_s37", r"1240|l1237-3", r"in principle no"),
    ("EN: without any no-hire clause, can we recruit the technician our MSP has been sending us?", "client",
     "staff_hired_without_clause_s37", r"1240|l1237-3", r"in principle no|no\b"),
    # second-hand licences
    ("des licences office 2021 d'occasion pour equiper nos clients, c'est legal ?", "msp", "used_software_licences_s37",
     r"l122-6|c-128/11", r"\boui\b"),
    ("on a des licences perpetuelles windows server en trop, on peut les revendre ?", "client",
     "used_software_licences_s37", r"l122-6|c-128/11", r"\boui\b"),
    ("EN: are second hand microsoft office licences legal to buy in the EU?", "msp", "used_software_licences_s37",
     r"l122-6|c-128/11", r"\byes\b"),
    ("EN: can we sell our surplus perpetual licenses to another company?", "client", "used_software_licences_s37",
     r"l122-6|c-128/11", r"\byes\b"),
    # takeover from another provider
    ("on a repris la maintenance d'un client, l'ancien presta avait mal configure le pare-feu, on est responsable ?",
     "msp", "predecessor_work_takeover_s37", r"1231-1|1199", r"\bnon\b"),
    ("reprise d'un client d'un autre infogerant : les erreurs de l'ancien presta sont pour nous ?", "msp",
     "predecessor_work_takeover_s37", r"1231-1|1199", r"\bnon\b"),
    ("EN: we inherited a messy network from the previous provider, are we liable for its mistakes?", "msp",
     "predecessor_work_takeover_s37", r"1231-1|1199", r"\bno\b"),
    ("EN: taking over from another MSP, do we answer for defects in what it installed?", "msp",
     "predecessor_work_takeover_s37", r"1231-1|1199", r"\bno\b"),
    # payment sent to fake bank details
    ("le client a vire sur un faux iban envoye depuis notre boite mail piratee, il doit encore payer ?", "msp",
     "payment_redirection_fraud_s37", r"1342-2|1342-3", r"en principe non|\bnon\b"),
    ("fraude au rib : on a paye notre fournisseur sur le compte d'un escroc, on doit repayer ?", "client",
     "payment_redirection_fraud_s37", r"1342-2|1342-3", r"en principe non|\bnon\b"),
    ("EN: a scammer changed the bank details on our invoice and the customer paid him, is the invoice settled?", "msp",
     "payment_redirection_fraud_s37", r"1342-2|1342-3", r"in principle no|\bno\b"),
    ("EN: we wired money to a fraudulent iban after a fake supplier email, who is liable?", "client",
     "payment_redirection_fraud_s37", r"1342-2|1342-3", r"in principle no|\bno\b"),
]


def test_the_fire_questions_are_not_the_cards_own_phrasings(cards):
    own = {fold(q) for card in cards.values() for q in (card.title, *card.questions)}
    for item in FIRE:
        question = (item.values if hasattr(item, "values") else item)[0]
        q = question[3:].strip() if question.startswith("EN:") else question
        assert fold(q) not in own, q


def test_each_card_has_four_own_questions_in_both_languages():
    by_card: dict[str, list[str]] = {}
    for item in FIRE:
        if hasattr(item, "marks") and item.marks:
            continue  # a known miss does not count
        question, _, card = (item.values if hasattr(item, "values") else item)[:3]
        by_card.setdefault(card, []).append("en" if question.startswith("EN:") else "fr")
    assert all(len(langs) >= 4 and set(langs) == {"fr", "en"} for langs in by_card.values()), by_card
    assert len(by_card) == len(GATES)


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_each_family_reaches_its_card_and_opens_on_the_verdict(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


NEAR = [
    ("nos penalites sont calculees par heure d'indisponibilite entamee, c'est normal ?", "client",
     "started_increment_billing_s37"),
    ("EN: how quickly must our MSP tell us about a personal data breach?", "client",
     "incident_found_on_client_system_s37"),
    ("EN: is a clause barring the client from hiring our employees for 12 months valid?", "msp",
     "non_solicitation_subcontractors_s37"),
    ("le client a embauche notre technicien malgre la clause de non-sollicitation, on reclame l'indemnite ?", "msp",
     "staff_hired_without_clause_s37"),
    ("un audit microsoft trouve des licences non payees installees par notre presta, qui paie ?", "client",
     "used_software_licences_s37"),
    ("l'ancien prestataire refuse de nous rendre la documentation et les comptes admin", "client",
     "predecessor_work_takeover_s37"),
    ("EN: a client paid us with a cheque that bounced, what can we do?", "msp", "payment_redirection_fraud_s37"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_do_not_reach_the_new_cards(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not any(i.startswith(f"card.{card}.") for i in _ids(ans)[:1]), _ids(ans)
