"""Issue 15, thirtieth session (helper s30-ans): tuned failures of answers_v29 by CLASS, tested on questions of our own
(other trades, sums and facts than the evaluation's, FR and EN, casual, some with typos). Each family has questions that
must reach its card with the verdict first, and near misses on a neighbouring subject that must not:

- (a) knowledge absent: a first-demand (independent) guarantee asked what it is and what it exposes one to (C. civ. 2321,
  manifest abuse or fraud the only defence); a non-waiver clause (a waiver is not presumed, tolerance is no waiver);
- (b) stated by an entry, not reaching the answer: a company that says the provider had to remind it before the tacit
  renewal (C. conso. L215-1 and L215-3 protect consumers and non-professionals; between businesses the contract governs,
  C. civ. 1103); a US tool or vendor that would process the clients' data (a sub-processor: prior specific or general
  written authorisation, with the right to object under a general one, GDPR 28(2), the same obligations flowing down,
  28(4), and a Chapter V tool, the Data Privacy Framework or the standard clauses); a client's instruction on someone's
  data the provider doubts, asked before acting (28(3)(a), 28(3) last subparagraph);
- (c) facts in, wording short: the processor sued by a data subject answers for its own obligations or for acting
  outside or contrary to lawful instructions (GDPR 82(2)), said so in the card's verdict.
"""

from __future__ import annotations

import importlib
import re

import pytest

from assistant.chat.premises import ASK_CUES
from assistant.chat.told_situations import told_situations
from assistant.text import fold
from tests.answer_helpers import ask as _ask, assert_card_states, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids, first_cited as _first


@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


def _cues():
    return importlib.import_module("assistant.chat.situation_cues_s30a")


# -- fast tier: what the cards say ----------------------------------------------------------------------------------------

CARD_FACTS = [
    ("first_demand_guarantee_s30", r"(c.est un engagement|it is an undertaking)", ("2321",),
     r"(abus ou (de )?fraude manifeste|manifest abuse or fraud)"),
    ("non_waiver_clause_s30", r"(elle precise|it states)", ("1103",), r"(ne se presume pas|not presumed)"),
    ("renewal_reminder_company_s30", r"(en principe non|as a rule, no)", ("L215-1", "L215-3", "1103"),
     r"(le contrat (fixe|regle)|the contract (sets|governs))"),
    ("doubtful_instruction_s30", r"(pas (sans|aveuglement)|not (blindly|without))", ("28(3)",),
     r"(informe[rz]? immediatement|immediately (inform|tell))"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name,opening,articles,body", CARD_FACTS)
def test_each_new_card_opens_on_its_verdict_and_names_its_articles(cards, name, opening, articles, body, lang):
    assert_card_states(cards[f"card.{name}.{lang}"], opening, articles, body)


@pytest.mark.parametrize("name,cue", [("first_demand_guarantee_s30", "first_demand_named"),
                                      ("non_waiver_clause_s30", "non_waiver_named"),
                                      ("renewal_reminder_company_s30", "renewal_reminder_by_company"),
                                      ("doubtful_instruction_s30", "doubtful_instruction_asked")])
def test_the_new_cards_are_gated_on_their_situation(cards, name, cue):
    for lang in ("fr", "en"):
        card = cards[f"card.{name}.{lang}"]
        assert cue in card.premise and cue in ASK_CUES
        for q in card.questions:  # each of the card's own phrasings tells the situation it is gated on
            assert ASK_CUES[cue].search(fold(q)), q


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_data_subject_card_says_what_the_processor_answers_for_in_the_words_of_82_2(cards, lang):
    card = cards[f"card.data_subject_claim_against_processor.{lang}"]
    verdict = fold(card.verdict)
    assert re.search(r"(ses propres obligations|its own obligations)", verdict), card.verdict
    assert re.search(r"(hors des instructions licites|en dehors|contrairement|outside or contrary to)", verdict), card.verdict


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_us_transfer_card_states_the_authorisation_the_objection_and_the_flow_down(cards, lang):
    card = cards[f"card.transfer_to_usa.{lang}"]
    whole = fold(" ".join([card.verdict, card.rule.text, *card.conditions]))
    assert re.search(r"(specifique ou generale|specific or general)", whole)
    assert re.search(r"(s.y opposer|opposer|object)", whole)
    assert "28(4)" in " ".join([*card.conditions, *card.sources])


# -- fast tier: the cues read the situation in other words ---------------------------------------------------------------

CUES = [
    ("FIRST_DEMAND", "la mairie veut une garantie bancaire a premiere demande de 5 % du marche, ca engage a quoi ?", True),
    ("FIRST_DEMAND", "EN: the hospital asks for an independent guarantee from our bank, what happens if they call it?", True),
    ("FIRST_DEMAND", "EN: what is an on-demand bond from our bank and can the customer cash it whenever it likes?", True),
    ("FIRST_DEMAND", "le gerant doit-il se porter caution des factures de sa societe ?", False),
    ("FIRST_DEMAND", "EN: is a 4-hour restoration guarantee an obligation of result?", False),
    ("NON_WAIVER", "a quoi sert la clause de non renonciation dans nos conditions generales ?", True),
    ("NON_WAIVER", "EN: we let the client pay late for a year without penalties, does that mean we gave up the right?", True),
    ("NON_WAIVER", "EN: the partner wants a no-waiver clause, should we accept it", True),
    ("NON_WAIVER", "EN: can the client waive its right to sue us for data loss?", False),
    ("NON_WAIVER", "une clause de renonciation a recours contre l'assureur, c'est valable ?", False),
    ("US_VENDOR", "EN: can we run our clients' tickets through an american helpdesk SaaS?", True),
    ("US_VENDOR", "on veut passer la sauvegarde de nos clients chez un editeur americain, il faut leur accord ?", True),
    ("US_VENDOR", "EN: can we host the backups in the EU?", False),
    ("US_VENDOR", "EN: let us know which SLA you need", False),
    ("RENEWAL_REMINDER", "notre client, une SARL, dit qu'on devait l'avertir avant le renouvellement automatique", True),
    ("RENEWAL_REMINDER", "EN: a company customer says we should have reminded it before the contract auto-renewed, "
                         "is that right?", True),
    ("RENEWAL_REMINDER", "la loi chatel oblige-t-elle notre prestataire a nous prevenir avant la reconduction ?", True),
    ("RENEWAL_REMINDER", "EN: how long is the notice period to stop the auto-renewal?", False),
    ("DOUBTFUL_INSTRUCTION", "le client veut qu'on lui transfere en douce les mails d'une salariee qu'il va licencier, on "
                             "s'execute ?", True),
    ("DOUBTFUL_INSTRUCTION", "EN: the customer tells us to secretly forward a staff member's inbox to the boss, should we "
                             "comply?", True),
    ("DOUBTFUL_INSTRUCTION", "EN: the client asks us to reset a user's password, ok?", False),
    ("DOUBTFUL_INSTRUCTION", "le client nous demande un export de ses factures", False),
]


@pytest.mark.parametrize("name,text,expected", CUES)
def test_cues_read_the_situation_in_other_words(name, text, expected):
    text = text[3:].strip() if text.startswith("EN:") else text
    assert bool(getattr(_cues(), name).search(fold(text))) is expected, text


def test_the_told_situations_name_the_cards():
    names = {s.name for s in told_situations("EN: we plan to use a US-based patch management tool for every customer, "
                                             "do we need their ok?")}
    assert "us_vendor_processes_data" in names
    names = {s.name for s in told_situations("un client PME estime qu'on devait le prevenir avant la tacite "
                                             "reconduction, a-t-il raison ?")}
    assert "renewal_reminder_claimed_by_company" in names


# -- index tier: the answers reach them -----------------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the first two sentences)
FIRE = [
    ("la chaine de cliniques nous demande une garantie autonome de notre banque pour le contrat de maintenance, concretement ca "
     "marche comment et on risque quoi ?", "msp", "first_demand_guarantee_s30", r"2321", r"engagement"),
    ("EN: a retail chain wants a first-demand bank guarantee from us before signing; what is it and what's our risk?",
     "msp", "first_demand_guarantee_s30", r"2321", r"undertaking"),
    ("c'est quoi une clause de non-renonciation dans un contrat de prestation ?", "msp", "non_waiver_clause_s30",
     r"1103|renonciation", r"precise|renonciation"),
    ("EN: our client insists on a no-waiver clause, what does it actually do under french law?", "msp",
     "non_waiver_clause_s30", r"waive", r"waive|states"),
    ("notre client, une SARL de transport, dit qu'on devait lui envoyer un rappel avant la reconduction tacite, il a "
     "raison ?", "msp", "renewal_reminder_company_s30", r"l215-1", r"en principe non"),
    ("EN: a small company client says french consumer law obliged us to remind it before the automatic renewal, is it "
     "right?", "msp", "renewal_reminder_company_s30", r"l215-1", r"as a rule, no"),
    ("EN: we'd like to move all our customers' backups to an american SaaS vendor, do we need each customer's ok?",
     "msp", "transfer_to_usa", r"28\(2\)", r"yes"),
    ("on aimerait utiliser un logiciel americain de prise en main a distance pour tous nos clients, il faut leur accord a "
     "chacun ?", "msp", "transfer_to_usa", r"28\(2\)", r"oui"),
    ("EN: the customer wants us to quietly forward a sacked manager's mailbox to its lawyer, do we just do it since it's "
     "the controller?", "msp", "doubtful_instruction_s30", r"28\(3\)", r"not"),
    ("le client nous demande de copier discretement la messagerie d'une salariee avec qui il est en conflit, on obeit "
     "puisqu'il est responsable du traitement ?", "msp", "doubtful_instruction_s30", r"28\(3\)", r"pas"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_each_family_reaches_its_card_and_opens_on_the_verdict(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


@pytest.mark.index
@pytest.mark.parametrize("question,role", [
    ("EN: a user of the booking app we host for a dentist sues us after the leak; can they come after us and not only the "
     "dentist?", "msp"),
    ("un patient du cabinet dont on gere le serveur nous poursuit directement apres la fuite, il peut ?", "msp"),
])
def test_the_processor_sued_by_a_person_reads_what_it_answers_for(app, question, role):
    ans, text = _ask(app, question, role)
    assert _first(ans).startswith("card.data_subject_claim_against_processor."), _ids(ans)
    assert re.search(r"(ses propres obligations|its own obligations)", text)


# near misses: a neighbouring subject, another card or none, never the new card
NEAR = [
    ("le dirigeant de notre client doit-il signer une caution personnelle pour nos factures ?", "msp",
     "first_demand_guarantee_s30"),
    ("EN: can a client waive its right to compensation for a data leak in advance?", "client", "non_waiver_clause_s30"),
    ("EN: how many months' notice do we have to give to stop the automatic renewal?", "client",
     "renewal_reminder_company_s30"),
    ("un particulier client de notre boutique doit-il etre prevenu avant le renouvellement de son abonnement ?", "msp",
     "renewal_reminder_company_s30"),
    ("EN: the client asks us to add a new user mailbox, is that in scope?", "msp", "doubtful_instruction_s30"),
    # a definition asked of words a gated card's phrasings hold ("ajouter au contrat"), its situation untold
    ("l'infogereur passe son support en Tunisie, qu'est-ce qu'on fait ajouter au contrat ?", "client",
     "non_waiver_clause_s30"),
    ("EN: our provider moves its helpdesk to Tunisia, what do we get added to the contract?", "client",
     "non_waiver_clause_s30"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_get_another_card_or_none(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not _first(ans).startswith(f"card.{card}."), _ids(ans)


# -- fast tier: the situations read the user's words, not the words added for the search ----------------------------------

@pytest.mark.parametrize("lang,q", [
    ("en", "can we use an american remote support tool for all our clients' servers?"),
    ("fr", "peut-on utiliser un outil americain de prise en main a distance pour tous nos clients ?"),
])
def test_the_told_situations_read_the_users_words_not_the_words_added_for_the_search(lang, q):
    """The router appends search words to some questions (catalogue `query.*`: "... transfer outside the EU third country
    ..." to a question on a tool in the US); a situation the user never told (support from outside the EU, whose card is on
    adequacy in general) must not be read in them, while the one told (a US vendor) still is."""
    from assistant.chat.wording import say

    added = f"{q} {say(lang, 'query.subprocessing_abroad')}"
    names = [s.name for s in told_situations(added)]
    assert names == [s.name for s in told_situations(q)]
    assert "us_vendor_processes_data" in names and "support_from_outside_the_eu" not in names


# -- fast tier: a reminder of a deadline is no warning of a risk -------------------------------------------------------------

@pytest.mark.parametrize("question,raised_expected", [
    ("la SARL cliente dit qu'on aurait du la prevenir avant le renouvellement automatique, elle a raison ?", False),
    ("EN: the company says we should have warned them before the contract renewed, are they right?", False),
    ("le client dit qu'on aurait du le prevenir que son pare-feu etait obsolete, on risque quoi ?", True),
    ("EN: the client says we should have warned them their NAS was failing, do we risk anything?", True),
])
def test_a_reminder_before_a_renewal_raises_no_issue_of_proving_a_warning(question, raised_expected):
    from assistant.chat.issues import raised

    q = question[3:].strip() if question.startswith("EN:") else question
    assert any(r.issue.id == "warning_proof" for r in raised(q)) is raised_expected
