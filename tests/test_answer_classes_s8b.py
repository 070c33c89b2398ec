"""Issue 15, eighth session (second pass): the legal issues a situation raises that had no rule or no typed issue.

New classes (assistant/chat/issues.py), each answered by one cited rule of the knowledge base:
a cost rise called force majeure (art. 1218 vs hardship 1195, no unilateral price change 1193); paying less for a
service only partly performed (price reduction, art. 1223); a clause résolutoire (art. 1225: named obligations,
formal notice referring to it); an auditor who is a competitor (GDPR 28(3)(h)); the processor's record (30(2))
next to the controller's own (30(1)); the deadline to answer a data subject's request (12(3), the controller's);
an oral breach alert proved by any means between traders (33(2), C. com. L110-3); falsified reports setting the
cap aside (art. 1231-3). Every sentence is our own paraphrase, FR and EN, plus near-misses that must not fire.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from assistant.chat.issues import ISSUES, facet_statement, raised
from evaluations.answer_scoring import fold, uncited_sentences

RAISES = [
    ("hardship_not_force_majeure", [
        "notre infogéreur appelle force majeure la hausse de ses coûts d'électricité et augmente la redevance",
        "le fournisseur dit que l'envolée du prix des licences est un cas de force majeure, c'est sérieux ?",
        "our provider invokes force majeure because its software costs rose sharply, and bumps our fees",
        "is a vendor price increase really force majeure, or just hardship?"]),
    ("price_reduction", [
        "la hotline ne répond plus que le matin alors que le contrat dit toute la journée, on peut réduire la facture ?",
        "il manque la moitié des rapports mensuels prévus, peut-on payer moins ce mois-ci ?",
        "they only deliver half of the monitoring we pay for; can we cut the invoice accordingly?",
        "the service is partial since march, are we allowed to pay less than the full fee?"]),
    ("resolutory_clause", [
        "notre contrat a une clause résolutoire, comment le client peut-il s'en servir contre nous ?",
        "le prestataire menace de faire jouer la clause résolutoire, c'est automatique ?",
        "what does a resolutory clause in a french contract actually do?",
        "the supplier says it will invoke the termination clause over late payment, how does that work?"]),
    ("auditor_conflict", [
        "le client veut nous faire auditer par un cabinet qui appartient à un concurrent direct, on peut refuser ?",
        "l'auditeur choisi par le client est en conflit d'intérêts avec nous, que faire ?",
        "the audit would be run by a consultant who works for a rival MSP, can we object?",
        "can a processor turn down an auditor who is a competitor?"]),
    ("processor_record", [
        "notre prestataire nous montre son registre de sous-traitant, ça nous dispense du nôtre ?",
        "le registre tenu par l'infogéreur suffit-il pour nous ?",
        "our MSP says its record of processing as a processor covers us too, true?",
        "does the provider's own GDPR record replace the one we keep?"]),
    ("access_request_deadline", [
        "un ancien salarié a fait une demande d'accès à ses données, on a quel délai pour répondre ?",
        "droit d'accès d'un client final : c'est quoi le délai légal et qui doit répondre ?",
        "we received a subject access request via our client, what is the deadline?",
        "a DSAR came in last week; how long do we have?"]),
    ("oral_alert_proof", [
        "on a signalé la fuite de données au client par téléphone, comment prouver cet appel ?",
        "après le ransomware on les a prévenus à l'oral, il faut une preuve écrite ?",
        "we told the client about the breach in a phone call, how do we prove it later?",
        "our engineer called their IT lead about the phishing incident; what proof counts?"]),
    ("falsified_reports", [
        "les rapports de sauvegarde étaient maquillés depuis des mois, le plafond de responsabilité joue encore ?",
        "le prestataire a falsifié les comptes rendus de supervision, sa limite de responsabilité tient ?",
        "the MSP faked its backup reports for months, can it still hide behind the liability cap?",
        "their monthly reports were copy-pasted and false; does the cap on liability still apply?"]),
]

NEAR_MISSES = [
    ("hardship_not_force_majeure", "une cyberattaque, c'est de la force majeure ?"),
    ("hardship_not_force_majeure", "is a flood at the datacentre force majeure?"),
    ("price_reduction", "on peut payer par virement plutôt que par prélèvement ?"),
    ("price_reduction", "the price is too high at renewal, can we reduce the price?"),
    ("resolutory_clause", "c'est quoi une clause de résiliation pour convenance ?"),
    ("resolutory_clause", "what should our termination for convenience clause say?"),
    ("auditor_conflict", "que doit prévoir la clause d'audit du DPA ?"),
    ("auditor_conflict", "who pays for the audit?"),
    ("processor_record", "combien de temps garder les journaux de connexion ?"),
    ("processor_record", "what is a record of the SLA incidents?"),
    ("access_request_deadline", "quel délai pour notifier une violation à la CNIL ?"),
    ("access_request_deadline", "what is the deadline to terminate before renewal?"),
    ("oral_alert_proof", "who has to prove the backup failed?"),
    ("oral_alert_proof", "on l'a appelé pour la facture, c'est à lui de prouver le paiement ?"),
    ("falsified_reports", "what do monthly SLA reports usually contain?"),
    ("falsified_reports", "peut-on plafonner la responsabilité à 6 mois de redevances ?"),
]


def _ids(text: str) -> list[str]:
    return [r.issue.id for r in raised(text)]


@pytest.mark.parametrize("issue,text", [(i, t) for i, ts in RAISES for t in ts])
def test_each_new_class_is_raised(issue, text):
    got = [r for r in raised(text) if r.issue.id == issue]
    assert got, f"{issue} not raised by {text!r}: {_ids(text)}"
    assert got[0].words and got[0].words in fold(text)


@pytest.mark.parametrize("issue,text", NEAR_MISSES)
def test_near_misses_raise_nothing_of_that_class(issue, text):
    assert issue not in _ids(text)


def test_every_issue_class_is_tested_somewhere():
    spec = importlib.util.spec_from_file_location("s8_classes", Path(__file__).with_name("test_answer_classes_s8.py"))
    s8 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(s8)
    spec9 = importlib.util.spec_from_file_location("s9_classes", Path(__file__).with_name("test_answer_classes_s9.py"))
    s9 = importlib.util.module_from_spec(spec9)
    spec9.loader.exec_module(s9)
    spec9b = importlib.util.spec_from_file_location("s9b_classes", Path(__file__).with_name("test_answer_classes_s9b.py"))
    s9b = importlib.util.module_from_spec(spec9b)
    spec9b.loader.exec_module(s9b)
    tested = {i for i, _ts in s8.RAISES + RAISES + s9.RAISES + s9b.RAISES}
    assert tested == {i.id for i in ISSUES}
    for _i, ts in RAISES:
        assert len(ts) >= 4  # two paraphrases per language


@pytest.fixture(scope="module")
def entries():
    from assistant.knowledge.entries import load_entries
    from assistant.knowledge.taxonomy import KB_DIR

    return {e.id: e for e in load_entries(KB_DIR)}


RULE_WORDS = {  # what the rule answering each new class must say (folded), in both languages
    "hardship_not_force_majeure": (r"1218", r"1195", r"1193"),
    "price_reduction": (r"1223", r"proportion"),
    "resolutory_clause": (r"1225", r"mise en demeure|formal notice", r"juge|court"),
    "auditor_conflict": (r"28\(3\)\(h\)", r"concurrent|competitor"),
    "processor_record": (r"30\(2\)", r"30\(1\)"),
    "access_request_deadline": (r"12\(3\)", r"responsable|controller"),
    "oral_alert_proof": (r"33\(2\)", r"l110-3", r"tout moyen|any means"),
    "falsified_reports": (r"1231-3", r"dolosive|wilful"),
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


def test_gross_negligence_is_judged_case_by_case(entries):
    issue = next(i for i in ISSUES if i.id == "gross_negligence")
    fr = fold(facet_statement(issue, entries[f"{issue.entry}.fr"]).text)
    en = fold(facet_statement(issue, entries[f"{issue.entry}.en"]).text)
    assert "cas par cas" in fr and "juge" in fr
    assert "case by case" in en and "court" in en


# -- the real assistant, offline ---------------------------------------------------------------------
FACETS = [
    ("notre infogéreur annonce +15 % sur la redevance en invoquant la force majeure : ses fournisseurs de licences "
     "ont augmenté leurs prix. il a le droit ?", "client", (r"1218", r"1195")),
    ("the provider says rising licence costs are force majeure and puts our monthly fee up. can it do that?",
     "client", (r"1218", r"1195")),
    ("le contrat dit que l'astreinte couvre 7 jours sur 7 mais ils ne font plus que la semaine. si on règle moins "
     "la prochaine facture, que se passe-t-il ?", "client", (r"1223",)),
    # (was an xfail thought to be a state leak: the answer always had 1223; the scorer split "€90 excl. VAT" after
    # "excl." and counted the first half as an uncited sentence; it now knows the abbreviation, like the project's splitter)
    ("we pay for daily monitoring but they now only check twice a week. what if we pay less this quarter?",
     "client", (r"1223",)),
]


@pytest.mark.parametrize("question,role,articles", FACETS)
def test_a_situation_gets_the_rule_of_the_new_issue(app, question, role, articles):
    ans = app.ask(question, role=role)
    for art in articles:
        assert re.search(art, ans.answer), (art, ans.answer[:400])
    assert uncited_sentences(ans.answer) == []
