"""Issue 15, thirty-third session (helper s33-ans): an answer to a yes/no question opens with a yes, a no, "not necessarily"
or "it depends" that answers the question ASKED.

Step-1 count over every tuned/dev item of answers_v10 … answers_v32 and answers.yaml: of the yes/no cases that fail only
on their verdict (every fact in, no legal error, every sentence cited), the mechanisms were
 (i)  the card's verdict opens in words that are not a yes or a no ("Usually not, and…", "Not freely:", "Pas l'audit
      lui-même, mais…", "C'est risqué : …");
 (ii) the card's yes/no answers the card's own question, not the user's: "any legal catch?" or "c'est un souci ?" asked of
      a card "may the provider do X? — No: …" (there IS a catch: yes, rules to follow), "on est tranquilles ?" asked of a
      card "must the processor keep a record? — Yes: …" (no, no exemption);
 (iii) no verdict sentence at all (a who-proves or a rule opening).
Fixed by class in `assistant/chat/polar.py`: the card verdict's stance is read as a typed value (`verdict_stance`), the
question's ask as another (`question_ask`), and the opening says the polar word both support (`polar_opening`): a
negated head is made explicit ("Non, pas librement : …"), a risk head that states conditions says it depends, and a
permission card's bare "no" asked "is there a catch?" says yes, there are rules. Nothing is said when the card's verdict
carries no stance (a definition, a rule, a who): no stance is invented.

Questions are our own (FR and EN, casual, no accents, typos), none taken from an evaluation set.
"""

from __future__ import annotations

import re

import pytest

from assistant.chat.answer_plan import card_opening, question_type
from assistant.text import fold
from tests.answer_helpers import ask as _ask, cards_by_id
from tests.answer_helpers import cited_ids as _ids
from evaluations.answer_scoring import verdict_text


def _cards():
    return cards_by_id()


def _open(card_id: str, question: str) -> str:
    card = _cards()[card_id]
    return fold(" ".join(card_opening(card, question, question_type(question), card.lang)))


_POLAR = r"^\W*(oui|non|yes|no|cela depend|ca depend|it depends|pas forcement|not necessarily)\b"


# -- (i) a negated or hedged head made an explicit yes/no ------------------------------------------------------------------

NEGATED = [
    ("card.unilateral_price_increase.fr", "le presta a glisse une clause pour monter ses prix quand il veut, c valable ?",
     r"^non, pas librement\b"),
    ("card.unilateral_price_increase.en", "their terms let them bump the price any time with an email. is that even valid?",
     r"^no, not freely\b"),
    ("card.auditor_choice_s26.fr", "le client nous envoie un auditeur qui bosse chez un concurrent, on peut dire non a l'audit ?",
     r"^non, pas l'audit lui-meme\b"),
    ("card.auditor_choice_s26.en", "can we just turn the audit down, their auditor works for a rival msp?",
     r"^no, not the audit itself\b"),
    ("card.exit_clause_sufficient.fr", "la clause de sortie promet juste un export csv, ca suffit ?", r"^non, pas vraiment\b"),
    ("card.dpo_for_msp.en", "do we have to appoint a dpo just because we host client data?", r"^no, not automatically\b"),
    ("card.cyberattack_force_majeure.en", "ransomware took our provider down, can they call that force majeure?",
     r"^no, usually not\b"),
    ("card.provider_records_conclusive.fr", "leur clause dit que leurs releves font foi sans contestation possible, c'est ok ?",
     r"^non, pas telle quelle\b"),
]


@pytest.mark.parametrize("card,question,expected", NEGATED, ids=[f"neg{i}" for i in range(len(NEGATED))])
def test_a_negated_head_opens_with_an_explicit_no(card, question, expected):
    assert re.search(expected, _open(card, question)), _open(card, question)


def test_a_risk_head_with_conditions_says_it_depends():
    fr = _open("card.withhold_payment.fr", "le presta rate ses sla depuis des mois, on peut arreter de le payer ?")
    en = _open("card.withhold_payment.en", "they keep missing the SLA. can we just stop paying them?")
    assert re.match(r"cela depend, et c'est risque : suspendre", fr), fr
    assert re.match(r"it depends, and it is risky: withholding", en), en


@pytest.mark.parametrize("card,question", [
    ("card.auditor_choice_s26.fr", "qui choisit l'auditeur quand le client veut un audit ?"),
    ("card.withhold_payment.en", "how should we go about holding back payment?"),
    ("card.unilateral_price_increase.en", "what does a price change clause usually say?"),
])
def test_a_question_that_is_no_yes_no_gets_no_polar_word(card, question):
    """Asked who / what / how, the card's verdict is kept as written: no yes or no is put before it."""
    verdict = fold(_cards()[card].verdict)
    assert _open(card, question).startswith(verdict[:30]), _open(card, question)


@pytest.mark.parametrize("card,question", [
    ("card.dora_binding_on_provider.fr", "la banque nous impose un avenant DORA, on est obliges de signer ?"),  # "pas directement, mais en pratique oui"
    ("card.force_majeure_claimed.en", "they say the outage was force majeure, is it?"),  # already "Not necessarily"
    ("card.subcontractor_direct_action_s25.fr", "le sous-traitant du presta nous demande de le payer direct, on doit ?"),
    ("card.processor_record.en", "does a processor have to keep a record of processing?"),  # a plain yes
])
def test_a_verdict_that_already_says_its_stance_is_kept(card, question):
    verdict = fold(_cards()[card].verdict)
    assert _open(card, question).startswith(verdict[:30]), _open(card, question)


def test_every_negated_card_head_gets_its_no_on_a_yes_no_question():
    """Audit over the whole card base: every card whose verdict opens on a negated or "usually not" head (and no yes of
    its own) opens with an explicit no when asked a plain yes/no question in its language."""
    from assistant.chat.polar import verdict_stance

    missing = []
    for cid, card in _cards().items():
        if card.question_type == "what_to_write" or verdict_stance(card.verdict) != "qualified_no":
            continue
        q = "on peut faire ca ?" if card.lang == "fr" else "can they do that?"
        if not re.match(r"\W*(non|no)\b", _open(cid, q)):
            missing.append(cid)
    assert not missing, missing
    assert sum(verdict_stance(c.verdict) == "qualified_no" for c in _cards().values()) >= 20


def test_no_stance_is_invented_for_a_verdict_without_one():
    """A verdict that states a rule, a definition or who does what (no yes, no no, no hedge) is kept as written, whatever
    yes/no question is asked: no polar word is made up for it."""
    from assistant.chat.polar import verdict_stance

    changed = []
    for cid, card in _cards().items():
        if card.question_type == "what_to_write" or verdict_stance(card.verdict) != "none":
            continue
        q = "c'est legal ?" if card.lang == "fr" else "is that legal?"
        if not _open(cid, q).startswith(fold(card.verdict)[:25]) and not re.match(_POLAR, _open(cid, q)):
            changed.append(cid)
        elif re.match(r"\W*(oui|non|yes|no)\b", _open(cid, q)) and not re.match(r"\W*(oui|non|yes|no)\b", fold(card.verdict)):
            changed.append(cid)
    assert not changed, changed


# -- (ii) the card's yes/no answers another question than the one asked ---------------------------------------------------

@pytest.mark.parametrize("question,expected", [
    ("any legal catch with that?", "problem"),
    ("is there a legal issue here?", "problem"),
    ("we log every keystroke of the helpdesk team, is that a problem?", "problem"),
    ("on trace les postes des techs, ca pose probleme ?", "problem"),
    ("c'est un souci niveau rgpd ?", "problem"),
    ("y a un piege juridique ?", "problem"),
    ("on est tranquilles alors ?", "exempt"),
    ("so we're in the clear on that, right?", "exempt"),
    ("can they do that?", "may"),
    ("on doit payer ?", "must"),
    ("what's the catch with escrow?", None),  # a what-question
])
def test_the_ask_of_the_question_is_typed(question, expected):
    from assistant.chat.polar import question_ask

    assert question_ask(question) == expected


def test_a_permission_cards_no_asked_is_there_a_catch_says_yes():
    """"May the provider monitor staff without telling them? No: …" asked "any legal catch?": there is one."""
    fr = _open("card.employee_monitoring_tools.fr", "on veut logger les sites visites par nos salaries, y a un souci legal ?")
    en = _open("card.employee_monitoring_tools.en", "client wants us to record which staff open phishing test mails. any legal catch?")
    assert re.match(r"oui\b", fr) and "aucune information personnelle" in fr, fr
    assert re.match(r"yes\b", en) and "no personal information about an employee" in en, en


def test_a_duty_cards_no_asked_is_there_a_problem_keeps_its_no():
    """"Must a contract between companies be in French? No" asked "only in English, is that a problem?": no problem."""
    card = next(c for c in _cards().values() if c.lang == "en" and re.match(r"no, french is not compulsory", fold(c.verdict)))
    out = _open(card.id, "our contract with the supplier is only in english, is that a problem?")
    assert re.match(r"no\b", out), out


@pytest.mark.parametrize("card,question", [
    ("card.processor_record.fr", "on est une pme de 40 personnes sans registre, on est tranquilles ?"),
    ("card.processor_record.en", "we're a 30-person shop with no record of processing. we're in the clear, right?"),
])
def test_in_the_clear_asked_of_a_duty_that_applies_says_no(card, question):
    assert re.match(r"(non|no)\b", _open(card, question)), _open(card, question)


# -- through the whole answer (index tier) ----------------------------------------------------------------------------------

WHOLE = [
    ("notre presta a mis dans ses cgv qu'il peut augmenter ses tarifs quand il le decide, avec un mail 1 mois avant. "
     "on est obliges de suivre ?", "client", "card.unilateral_price_increase.fr", r"\bnon\b"),
    ("EN: Our outsourcer's contract says it can raise its rates whenever it wants on 30 days' email notice. Do we have to "
     "go along with that?", "client", "card.unilateral_price_increase.en", r"\bno\b"),
    ("EN: A client wants its own auditor to inspect us under art 28 but the auditor also sells managed services. can we "
     "refuse the audit?", "msp", "card.auditor_choice_s26.en", r"\bno\b"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,verdict", WHOLE, ids=[f"whole{i}" for i in range(len(WHOLE))])
def test_the_whole_answer_opens_with_its_yes_or_no(app, question, role, card, verdict):
    ans, _low = _ask(app, question, role)
    assert card in _ids(ans)[:2], _ids(ans)
    assert re.search(verdict, verdict_text(ans.answer)), verdict_text(ans.answer)


# -- (iii) the yes/no ask followed by a remark: the card's yes is kept ------------------------------------------------------

@pytest.mark.parametrize("question,expected", [
    ("une boite qui dit avoir rachete les factures de notre presta nous ecrit de la payer elle. c'est legit ? on la "
     "connait meme pas", True),
    ("EN: a firm that says it bought our vendor's invoices wants us to pay them instead. legit? never heard of them", True),
    ("le presta qui gere nos postes a ete rachete. ca change quoi pour nous ? on a rien signe", False),
    ("qui doit payer l'audit ? le client dit que c'est nous", False),
])
def test_a_yes_no_ask_followed_by_a_remark_is_read_as_yes_no(question, expected):
    from assistant.chat.answer_plan import asks_yes_no

    q = question[3:].strip() if question.startswith("EN:") else question
    assert asks_yes_no(q) is expected


def test_the_cards_yes_is_kept_when_a_remark_follows_the_ask():
    fr = _open("card.invoice_receivables_assignment.fr",
               "une societe qui dit avoir rachete les factures de notre infogereur nous demande de la payer. c'est regulier ? "
               "on a jamais ete prevenus")
    assert re.match(r"oui\b", fr), fr


# -- a rule saying an act needs NO consent is no "not without your consent" ----------------------------------------------------

@pytest.mark.parametrize("question,opening,expected", [
    ("une societe d'affacturage nous ecrit de payer chez elle, on n'a jamais ete prevenus. c'est regulier ?",
     "Oui : une créance peut être cédée sans l'accord du débiteur, par un écrit.", False),
    ("EN: a factoring firm says our supplier sold them its invoices, nobody asked us. is that even allowed?",
     "Yes: a claim may be assigned without the debtor's consent, in writing.", False),
    ("le presta a change d'hebergeur sans nous demander, il a le droit ?",
     "Le sous-traitant ne recrute un autre sous-traitant qu'avec l'autorisation écrite préalable du client.", True),
])
def test_consent_refused_reads_what_the_rule_conditions_on_consent(question, opening, expected):
    from assistant.chat.verdict import consent_refused

    q = question[3:].strip() if question.startswith("EN:") else question
    assert consent_refused(q, opening) is expected


# -- a refusal or a challenge asked turns the card's question around: its adverbial "not freely" is no "no" to it -----------

@pytest.mark.parametrize("card,question", [
    ("card.unilateral_price_increase.fr", "le presta nous annonce +15% par simple mail en s'appuyant sur sa clause, on peut refuser ?"),
    ("card.unilateral_price_increase.en", "they hiked the fee 20% by email under their price clause. can we push back on that?"),
    ("card.imprevision_price_surge.fr", "l'infogereur repercute la hausse de l'energie sur notre forfait, on peut contester ?"),
    ("card.provider_records_conclusive.en", "their uptime reports are final under the contract. can we challenge them?"),
])
def test_a_refusal_asked_gets_no_no_from_an_adverbial_head(card, question):
    out = _open(card, question)
    assert not re.match(r"(non|no)\b", out), out
    assert out.startswith(fold(_cards()[card].verdict)[:20]), out


def test_a_refusal_asked_keeps_the_no_of_a_head_naming_what_is_refused():
    out = _open("card.auditor_choice_s26.en", "the client's auditor works for a competitor of ours. can we refuse the audit?")
    assert re.match(r"no, not the audit itself\b", out), out


@pytest.mark.parametrize("question", ["on peut refuser la hausse ?", "can we contest it?", "is it possible to say no to that?",
                                      "we can push back on that, right?"])
def test_a_refusal_ask_is_typed(question):
    from assistant.chat.polar import question_ask

    assert question_ask(question) == "contest"
