"""Issue 15, ninth session: answers that answer the situation told.

Classes (every sentence below is our own paraphrase, FR and EN, with near-misses that must not fire):
- a situation told in several sentences, then a legal question on it, is a question to answer, not a clause to draft,
  an objection to prepare, a position to change or a document to review (`acts._story_then_question`);
- the dates of a tacitly renewed contract worked out from the user's own figures (`chat.renewal`);
- new issues (`chat.issues`), each answered by one cited rule: the client's data or admin access held back until
  invoices are paid (28(3)(g), 1219, 1104, référé 873 CPC); backups that cannot be deleted before they expire
  (28(3)(g), 32); proving that work billed outside the fixed fee was ordered (1353, L110-3); what a breach
  notification contains (33(3)); late-payment penalties owed when the terms say nothing (L441-10, D441-5);
- a plural of a known name ("DPAs") is no unknown name; a name the knowledge base never mentions does not stop the
  answer when the situation raises an issue it answers;
- a definition asked inside a situation also gets the rules of the other issues it raises.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from assistant.chat.acts import classify
from assistant.chat.issues import ISSUES, facet_statement, raised
from assistant.chat.renewal import deadline_sentence, read
from assistant.chat.slots import read_slots
from assistant.chat.state import ConversationState
from assistant.chat.statements import unknown_anchors
from evaluations.answer_scoring import fold, uncited_sentences

# -- a story, then a question --------------------------------------------------------------------------------------
STORIES = [
    ("fr", "client", "notre infogéreur nous a facturé une migration que nous n'avons jamais signée. il dit que c'était "
                     "convenu au téléphone avec notre ancien DAF, parti depuis. on n'a aucun devis. c'est à lui de prouver "
                     "qu'on l'a commandée ?"),
    ("fr", "client", "on résilie à la fin du trimestre. le prestataire refuse de nous rendre les accès du pare-feu et "
                     "les sauvegardes tant qu'on n'a pas payé une facture qu'on conteste. il a le droit de faire ça ?"),
    ("en", "msp", "we invoiced a client for 20 hours of out-of-scope work on their mail migration. they now say they "
                  "never asked for it and that it was included in the monthly fee. all we have are tickets. do we have "
                  "to prove they ordered it?"),
    ("en", "client", "we are leaving our provider next month. two invoices are in dispute because the work was never "
                     "done. they told us the domain admin credentials stay with them until everything is paid. can they "
                     "legally do that?"),
    ("en", "msp", "our standard terms were written years ago and never mention late fees. one client always pays two "
                  "months late even though the invoice says 30 days. can we still charge the statutory penalties?"),
]
# near-misses: a drafting order, a short question, a pasted contract, a story with no question
NOT_STORIES = [
    ("fr", "client", "on a un contrat de 3 ans avec notre prestataire et on veut une clause de réversibilité solide. "
                     "rédige-moi une clause côté client avec un délai de 6 mois et une assistance gratuite ?"),
    ("en", "msp", "draft me a liability clause capped at 12 months of fees"),
    ("en", "client", "our provider keeps missing the response time. we have had enough of it and we plan to push "
                     "for stronger penalties at the next committee meeting, with a cap at 15 percent of the monthly fee."),
]


def _act(text: str, lang: str, role: str) -> str:
    state = ConversationState.load(None, side=role, lang=lang)
    slots = read_slots(text, topic_hint=None, side_hint=state.side, figure_hint=None)
    return classify(text, slots, state).act


@pytest.mark.parametrize("lang,role,text", STORIES)
def test_a_story_then_a_question_is_a_question(lang, role, text):
    assert _act(text, lang, role) == "question"


@pytest.mark.parametrize("lang,role,text", NOT_STORIES)
def test_a_drafting_order_or_a_story_without_question_is_not_forced_to_a_question(lang, role, text):
    assert _act(text, lang, role) != "question"


def test_the_guard_never_applies_with_a_clause_on_the_table():
    from assistant.chat.state import ClauseOnTable

    state = ConversationState.load(None, side="client", lang="en")
    state.clause = ClauseOnTable(topic="sla", position="client")
    text = ("they came back on the draft and said the response time is too tight for nights. they would accept 2 hours "
            "at night and 1 hour in business hours. make it 2 hours at night?")
    slots = read_slots(text, topic_hint="sla", side_hint="client", figure_hint=None)
    assert classify(text, slots, state).act != "question"


# -- tacit renewal dates ----------------------------------------------------------------------------------------------
RENEWALS = [
    # (question, today given, next term, last day for the letter)
    ("Notre contrat d'hébergement a été signé le 1er octobre 2023 pour 24 mois, reconduit ensuite par périodes de 12 "
     "mois, préavis de 6 mois. Nous sommes le 20 janvier 2025 : jusqu'à quand pour le dénoncer ?",
     date(2025, 1, 20), date(2025, 10, 1), date(2025, 4, 1)),
    ("contrat de supervision conclu le 10 juin 2022, durée initiale de 12 mois, renouvelable par périodes successives "
     "de 12 mois sauf dénonciation au moins 2 mois avant l'échéance. on est mi-mai 2025, c'est trop tard ?",
     date(2025, 5, 15), date(2026, 6, 10), date(2026, 4, 10)),
    ("Our helpdesk agreement started on 1 February 2024 with a 12-month term and renews for successive periods of "
     "12 months unless terminated at least 3 months before the term. We are in early October 2025: by when must we "
     "send notice?", date(2025, 10, 1), date(2026, 2, 1), date(2025, 11, 1)),
    ("The MSA was signed on 5 April 2023, initial term of 36 months, then renews for further periods of 12 months, "
     "60 days notice. It's mid-January 2026, until when can we terminate?", date(2026, 1, 15), date(2026, 4, 5),
     date(2026, 2, 4)),
]


@pytest.mark.parametrize("question,today,term,limit", RENEWALS)
def test_renewal_dates_are_read_from_the_users_figures(question, today, term, limit):
    r = read(question)
    assert r is not None and r.today == today
    lang = "en" if re.match(r"(our|the)\b", question.lower()) else "fr"
    sentence = deadline_sentence(question, lang)
    assert sentence is not None
    from assistant.chat.renewal import say

    assert say(term, lang) in sentence and say(limit, lang) in sentence


def test_a_term_whose_notice_has_passed_is_said_too_late():
    q = ("contrat signé le 1er mars 2024 pour 12 mois, reconduction par périodes de 12 mois, préavis de 3 mois. on est "
         "le 15 janvier 2025 : on a jusqu'à quand ?")
    s = deadline_sentence(q, "fr")
    assert s is not None and "trop tard" in s and "1er mars 2025" in s and "1er décembre 2025" in s


def test_without_today_the_terms_are_listed_not_guessed():
    q = ("Our contract was signed on 12 May 2024 for 12 months with automatic renewal for periods of 12 months, "
         "3 months' notice. When do we have to send the letter?")
    s = deadline_sentence(q, "en")
    assert s is not None and "12 May 2025" in s and "12 February 2025" in s and "next" not in s


@pytest.mark.parametrize("question", [
    "c'est quoi la tacite reconduction ?",  # no dates
    "notre contrat a été signé le 3 mars 2024 pour 12 mois, on peut le résilier quand ?",  # no renewal, no notice
    "is a 3-month notice period before renewal normal?",
    "le contrat est reconduit par périodes de 12 mois avec 3 mois de préavis, c'est normal ?",  # no start, not 'when'
])
def test_no_date_sum_without_the_users_dates(question):
    assert deadline_sentence(question, "fr") is None


# -- new issues --------------------------------------------------------------------------------------------------------
RAISES = [
    ("data_held_for_payment", [
        "le prestataire garde nos identifiants d'administration tant que nous n'avons pas réglé ses factures, il peut ?",
        "ils ne nous rendront l'export de la base que contre le paiement de toutes les factures en retard",
        "the provider is keeping our admin credentials until we pay the disputed invoices, is that allowed?",
        "they will only hand over the backups once we settle the outstanding invoices"]),
    ("backups_not_deletable", [
        "nos sauvegardes sont immuables pendant 90 jours, comment promettre la suppression en fin de contrat ?",
        "les copies de sauvegarde ne peuvent pas être effacées avant leur échéance, que dire au client ?",
        "our backups sit on immutable storage for a year; what do we tell clients about deletion?",
        "the backup copies cannot be deleted before they expire, how do we word the DPA?"]),
    ("proof_of_order", [
        "le client conteste les heures de régie facturées, c'est à nous de prouver qu'il les a commandées ?",
        "il dit n'avoir jamais commandé ces travaux supplémentaires, qui doit prouver la commande ?",
        "the client disputes the extra hours we billed; do we have to prove they ordered the work?",
        "they say they never asked for the out-of-scope job on the invoice, who has to show it was requested?"]),
    ("breach_notice_contents", [
        "quelles rubriques mettre dans le formulaire de notification de violation du prestataire ?",
        "que doit contenir l'alerte d'incident que le sous-traitant nous envoie pour la CNIL ?",
        "what fields should the processor's breach notification form include?",
        "we are writing a template for incident alerts to our clients, what goes in it for the authority?"]),
    ("late_fees_without_clause", [
        "nos CGV ne prévoient rien sur les pénalités de retard, peut-on quand même les réclamer ?",
        "l'indemnité de 40 euros n'est pas écrite sur nos factures, elle est due quand même ?",
        "our terms say nothing about late payment interest; can we still claim it?",
        "we never put the recovery fee in our contracts, is it still owed?"]),
    ("staff_absence_not_force_majeure", [
        "leur unique administrateur système a démissionné et ils parlent de force majeure pour les retards, c'est valable ?",
        "le technicien est en congé maternité, le prestataire invoque la force majeure pour ne pas intervenir",
        "the MSP claims force majeure because its only engineer is off sick for a month, does that hold?",
        "our provider says staff on leave over the summer is force majeure, is that right?"]),
    ("warning_proof", [
        "le client dit qu'on aurait dû le prévenir du risque, on l'avait dit en réunion : c'est à nous de prouver qu'on l'a averti ?",
        "on doit prouver qu'on les a mis en garde sur le serveur obsolète ?",
        "they say we should have warned them about the single point of failure; do we have to prove we warned them?",
        "who has to prove that we advised the client to change its backup design?"]),
    ("result_blame_on_client", [
        "le contrat garantit une remise en service en 2 heures, le prestataire dit que c'est la faute du client et qu'on doit prouver le contraire",
        "obligation de résultat sur la GTR, ils rejettent la faute sur notre changement de configuration : c'est à nous de prouver ?",
        "the contract guarantees a 2-hour restore; they blame our own network change and say we would have to prove otherwise",
        "obligation of result on uptime, but the provider says the outage was our staff's mistake, do we have to disprove it?"]),
    ("subprocessor_liability_waived", [
        "dans le DPA : 'le prestataire n'est pas responsable des manquements de ses sous-traitants ultérieurs'. c'est normal ?",
        "l'article 12 dit que le fournisseur décline toute responsabilité pour ses sous-traitants, on signe ?",
        "their DPA says the processor shall not be liable for its sub-processors' failures; is that standard?",
        "the terms exclude any liability for subcontractors the MSP picked, fair?"]),
    ("transfers_in_dpa", [
        "notre RMM est hébergé aux États-Unis : qu'est-ce qu'on écrit dans le DPA pour les données qui sortent de l'UE ?",
        "le support de nuit est en Tunisie, que mettre dans la clause sur les transferts hors UE ?",
        "our helpdesk works from India overnight; what do we put in the DPA about data leaving the EU?",
        "how do we word the DPA clause on transfers outside the EEA for a US backup vendor?"]),
]

NEAR_MISSES = [
    ("data_held_for_payment", "le prestataire peut-il suspendre le service si le client ne paie plus ?"),
    ("data_held_for_payment", "what happens to our data when the contract ends?"),
    ("backups_not_deletable", "combien de temps garder les sauvegardes ?"),
    ("backups_not_deletable", "should the backups be deleted at the end of the contract?"),
    ("proof_of_order", "qui doit prouver que la sauvegarde a échoué ?"),
    ("proof_of_order", "how do we prove the client paid the invoice?"),
    ("breach_notice_contents", "quel délai pour notifier une violation à la CNIL ?"),
    ("breach_notice_contents", "who notifies the authority after a breach?"),
    ("late_fees_without_clause", "quel taux de pénalités de retard mettre dans nos CGV ?"),
    ("late_fees_without_clause", "from when does late-payment interest run?"),
    ("staff_absence_not_force_majeure", "une cyberattaque est-elle un cas de force majeure ?"),
    ("staff_absence_not_force_majeure", "the datacentre flooded, is that force majeure?"),
    ("warning_proof", "qui doit prouver que la sauvegarde a été faite ?"),
    ("warning_proof", "do we have to prove the client paid?"),
    ("result_blame_on_client", "c'est quoi une obligation de résultat ?"),
    ("result_blame_on_client", "is a guaranteed 4-hour restore a result obligation?"),
    ("subprocessor_liability_waived", "le prestataire reste-t-il responsable de ses sous-traitants ?"),
    ("subprocessor_liability_waived", "who is liable if the host loses our data?"),
    ("transfers_in_dpa", "le transfert de données vers le Canada est-il libre ?"),
    ("transfers_in_dpa", "is a transfer to Switzerland allowed?"),
]


def _ids(text: str) -> list[str]:
    return [r.issue.id for r in raised(text)]


@pytest.mark.parametrize("issue,text", [(i, t) for i, ts in RAISES for t in ts])
def test_each_new_class_is_raised(issue, text):
    assert issue in _ids(text), (issue, text, _ids(text))


@pytest.mark.parametrize("issue,text", NEAR_MISSES)
def test_near_misses_raise_nothing_of_that_class(issue, text):
    assert issue not in _ids(text)


def test_a_question_pointing_back_at_the_story_asks_its_issue():
    text = ("on part chez un autre prestataire. l'actuel garde les mots de passe du domaine jusqu'au paiement de ses "
            "factures. il peut faire ça ?")
    got = [r for r in raised(text) if r.issue.id == "data_held_for_payment"]
    assert got and got[0].asked


@pytest.fixture(scope="module")
def entries():
    from assistant.knowledge.entries import load_entries
    from assistant.knowledge.taxonomy import KB_DIR

    return {e.id: e for e in load_entries(KB_DIR)}


RULE_WORDS = {
    "data_held_for_payment": (r"28\(3\)\(g\)", r"1219", r"1104", r"873", r"proportion"),
    "backups_not_deletable": (r"28\(3\)\(g\)", r"immuable|immutable", r"restaur|restor"),
    "proof_of_order": (r"1353", r"l110-3", r"tout moyen|any means"),
    "breach_notice_contents": (r"33\(3\)", r"nature", r"categories", r"consequences", r"mesures|measures",
                               r"delegue|data protection officer"),
    "late_fees_without_clause": (r"l441-10", r"40", r"plein droit|by operation of law|automatically"),
    "staff_absence_not_force_majeure": (r"1218", r"remplacant|stand-in", r"sous-traitant|subcontractor"),
    "warning_proof": (r"1353", r"competent", r"prouver|prove"),
    "result_blame_on_client": (r"1231-1", r"1218", r"1353", r"prouver|prove"),
    "subprocessor_liability_waived": (r"28\(4\)", r"pleinement responsable|fully liable", r"supprimer|strike"),
    "transfers_in_dpa": (r"28\(3\)\(a\)", r"\b44\b", r"\b46\b", r"pays|country", r"distance|remote",
                         r"accord ecrit|written consent"),
}


@pytest.mark.parametrize("issue_id", sorted(RULE_WORDS))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_new_issue_has_its_rule_in_both_languages(entries, issue_id, lang):
    issue = next(i for i in ISSUES if i.id == issue_id)
    st = facet_statement(issue, entries[f"{issue.entry}.{lang}"])
    assert st is not None and st.type == "rule" and st.cites
    low = fold(st.text)
    for words in RULE_WORDS[issue_id]:
        assert re.search(words, low), (issue_id, lang, words)


# -- unknown names -----------------------------------------------------------------------------------------------------
def test_a_plural_of_a_known_name_is_known(entries):
    from assistant.chat.statements import vocabulary

    vocab = vocabulary(e.body for e in entries.values())
    assert unknown_anchors("our DPAs and SLAs say nothing about it", vocab) == []
    assert unknown_anchors("ce que disent nos DPAs", vocab) == []
    assert unknown_anchors("what about ZORBLAXs?", vocab)  # an unknown name stays unknown, plural or not


# -- the real assistant, offline ---------------------------------------------------------------------------------------
ASKED = [
    ("nous changeons d'infogéreur. il refuse de nous transmettre les mots de passe du serveur de messagerie tant que "
     "deux factures contestées ne sont pas payées. il a le droit de faire ça ?", "client",
     (r"28\(3\)\(g\)", r"1219"), r"^(en principe, non|non)"),
    ("We are switching MSPs. The old one will only hand over the firewall admin accounts and the export of our CRM "
     "once we pay two invoices we dispute. Can they do that?", "client", (r"28\(3\)\(g\)", r"1219"),
     r"^(in principle, no|no)"),
    ("contrat de télésurveillance informatique signé le 1er avril 2024 pour 12 mois, reconduction tacite par périodes "
     "de 12 mois, dénonciation 2 mois avant l'échéance. nous sommes fin janvier 2026 : jusqu'à quand pour envoyer la "
     "lettre ?", "client", (r"1er avril 2026", r"1er fevrier 2026"), r"dans les temps"),
    ("our backup provider keeps copies on immutable storage for 120 days and cannot delete them early, while the DPA "
     "says all data is erased 15 days after the end. what should the DPA say instead?", "msp",
     (r"28\(3\)\(g\)", r"no further use"), None),
    ("le client conteste 10 heures d'intervention hors forfait : il dit ne les avoir jamais demandées. on a des tickets "
     "et des mails. c'est à nous de prouver la commande ?", "msp", (r"1353", r"tout moyen"), None),
    ("what does a resolutory clause mean? the client says it will use it against us after our outages", "msp",
     (r"1225",), None),
]


@pytest.mark.parametrize("question,role,facts,opening", ASKED)
def test_the_situation_gets_its_rule_and_answer(app, question, role, facts, opening):
    ans = app.ask(question, role=role)
    low = fold(ans.answer)
    for f in facts:
        assert re.search(f, low), (f, ans.answer[:600])
    if opening:
        assert re.search(opening, low), ans.answer[:300]
    assert uncited_sentences(ans.answer) == []


# -- "what must the contract contain?" with the personal data stated: the contents, not "yes, you need one" ------------
CONTENTS_WITH_DATA = [
    ("our provider is going to host the payroll files of our staff, what should the contract include for GDPR?", "client"),
    ("le prestataire va héberger les dossiers du personnel, que doit contenir le contrat côté RGPD ?", "client"),
]


@pytest.mark.parametrize("question,role", CONTENTS_WITH_DATA)
def test_contents_asked_get_the_contents_card_first(app, question, role):
    ans = app.ask(question, role=role)
    assert ans.citations and not ans.citations[0].id.startswith("card.no_dpa_in_contract"), [c.id for c in ans.citations]
    assert re.search(r"28\(3\)", ans.answer)


def test_whether_terms_are_needed_still_gets_the_reason():
    from assistant.chat.tool_answers import _ASKS_IF_NEEDED

    assert _ASKS_IF_NEEDED.search(fold("they will host our HR files, do we even need a DPA?"))
    assert _ASKS_IF_NEEDED.search(fold("ils hébergent nos fiches de paie : faut-il une annexe RGPD ?"))
    assert not _ASKS_IF_NEEDED.search(fold("what must the DPA contain?"))


# -- the scorer reads "excl. VAT" as one sentence, like the project's splitter ----------------------------------------
def test_an_abbreviation_is_no_sentence_end_for_the_scorer():
    text = "Time and materials: a rate of €90 excl. VAT per hour applies, billed monthly. [1]\n\nThe fee is €1,000 incl. VAT. [2]"
    assert uncited_sentences(text) == []


# -- availability rates converted into the downtime they allow ----------------------------------------------------------
from assistant.chat.downtime import downtime_sentence  # noqa: E402

DOWNTIME = [
    ("on hésite entre 99,5 % de disponibilité par mois et 99,5 % par an, c'est équivalent ?", "fr",
     (r"3 h 36", r"43 h 48|1,8 jours|43 h"), r"pas la meme"),
    ("is 99.95% availability measured yearly really the same as 99.95% monthly?", "en",
     (r"22 minutes", r"4 h 23"), r"not the same"),
    ("notre hébergeur promet 99,9 % de disponibilité, ça fait combien d'heures d'arrêt ?", "fr",
     (r"43 minutes", r"8 h 46"), None),
    ("our SLA says 99.8% availability per month: how much downtime is that in practice?", "en",
     (r"1 h 26|86 minutes",), None),
]


@pytest.mark.parametrize("question,lang,facts,head", DOWNTIME)
def test_downtime_from_the_users_rates(question, lang, facts, head):
    s = downtime_sentence(question, lang)
    assert s is not None
    low = fold(s)
    for f in facts:
        assert re.search(f, low), (f, s)
    if head:
        assert re.search(head, low)


@pytest.mark.parametrize("question,lang", [
    ("Our MSP commits to 99.5 % uptime on servers it hosts: is that a result obligation?", "en"),  # no time asked
    ("le contrat prévoit 99,9 % de sauvegardes réussies, c'est normal ?", "fr"),  # not an availability rate
    ("la pénalité est de 5 % de la redevance, c'est pareil qu'un avoir ?", "fr"),
])
def test_no_downtime_sum_when_not_asked(question, lang):
    assert downtime_sentence(question, lang) is None


# -- the 72 hours counted from the day and time the user gives --------------------------------------------------------
from assistant.chat.clock import deadline_sentence as clock_sentence  # noqa: E402

CLOCKS = [
    ("le prestataire nous a confirmé la violation mercredi à 16h30 ; les 72 heures pour la CNIL, ça tombe quand ?", "fr",
     r"samedi a 16 h 30"),
    ("on a appris la fuite samedi 9h, est-ce que les 72 h attendent lundi ?", "fr", r"mardi a 9 h 00"),
    ("we learnt of the breach on Thursday at 11pm; when do the 72 hours to notify the authority end?", "en",
     r"sunday at 11:00 pm"),
    ("breach confirmed sunday 7:15 am, do the 72 hours only start on the first working day?", "en", r"wednesday at 7:15 am"),
]


@pytest.mark.parametrize("question,lang,end", CLOCKS)
def test_the_72_hours_end_from_the_users_time(question, lang, end):
    s = clock_sentence(question, lang)
    assert s is not None and re.search(end, fold(s)), s


@pytest.mark.parametrize("question", [
    "does the 72-hour deadline include weekends?",  # no day and time given
    "on a une réunion vendredi à 14h pour parler du SLA de 72 heures",  # no breach
])
def test_no_clock_without_the_users_day_and_time(question):
    assert clock_sentence(question, "en") is None
