"""Issue 15, thirty-third session (lead): a subject no card answered — the provider's staff putting client data into a
generative-AI tool (ChatGPT, Copilot, an online chatbot) to work faster. Questions are our own (other trades, FR and EN,
casual); the family has questions that must reach the card and near misses that must not:

- client data given to an AI tool the client never authorised: a sub-processor without written authorisation (GDPR
  28(2)), processing outside the documented instructions (28(3)(a), 32(4)), possibly a data breach (4(12), 33(2));
- a provider training its own model on its clients' data stays the card on a processor deciding purposes (28(10));
- what a provider owes its client under the data-protection law, asked in everyday words ("what do we owe them under the
  GDPR?") is the list of Art. 28(3) terms (`card.dpa_mandatory_terms`), not the cost of audits; a narrower subject named
  (a breach, an audit's cost) is that subject's.
"""

from __future__ import annotations

import pytest

from assistant.chat import situation_cues_s33lead as s33
from assistant.chat.premises import ASK_CUES
from assistant.chat.told_situations import told_situations
from assistant.text import fold
from tests.answer_helpers import ask as _ask, assert_card_states, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids

CARD = "public_ai_tool_client_data_s33lead"


@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


# -- fast tier: what the card says and when it is used --------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_card_opens_not_without_authorisation_and_names_its_articles(cards, lang):
    assert_card_states(cards[f"card.{CARD}.{lang}"], r"(pas sans|not without)\b", ("28(2)", "28(3)(a)", "32(4)"),
                       r"(violation de donnees|data breach)")


def test_the_card_is_gated_on_its_situation(cards):
    for lang in ("fr", "en"):
        card = cards[f"card.{CARD}.{lang}"]
        assert "public_ai_tool_fed" in card.premise and "public_ai_tool_fed" in ASK_CUES
        for q in card.questions:
            assert ASK_CUES["public_ai_tool_fed"].search(fold(q)), q


CUES = [
    ("le stagiaire a copié la fiche d'un patient dans une IA en ligne pour faire le compte rendu", True),
    ("EN: one of our helpdesk guys uploaded a customer's spreadsheet to chat gpt to clean it up", True),
    ("nos techs passent les logs du pare-feu du client dans copilot pour comprendre l'attaque", True),
    ("EN: is it ok if engineers feed client tickets to an AI assistant to draft the answers?", True),
    ("on a mis des extraits de contrats clients dans un chatbot gratuit pour les résumer", True),
    ("EN: a tech pasted our CRM export into Gemini, should we worry?", True),
    # near misses: no AI tool, the provider's own training, AI as a subject of the contract
    ("j ai collé les logs du client dans le ticket interne", False),
    ("j'ai envoyé les fichiers du client par mail à son comptable", False),
    ("EN: we pasted the customer's logs into our ticketing system", False),
    ("on voudrait entraîner notre propre IA sur les tickets de nos clients", False),
    ("EN: can we train our own AI model on our customers' support emails?", False),
    ("EN: should the MSA say anything about AI?", False),
    ("le prestataire propose un service d'IA pour le support, que mettre au contrat ?", False),
]


@pytest.mark.parametrize("text,expected", CUES)
def test_the_cue_reads_the_situation_in_other_words(text, expected):
    text = text[3:].strip() if text.startswith("EN:") else text
    assert bool(s33.PUBLIC_AI_TOOL_FED.search(fold(text))) is expected, text


def test_the_told_situation_names_the_card():
    names = {s.name for s in told_situations("nos techniciens collent les mails des clients dans ChatGPT pour répondre "
                                             "plus vite, c'est un souci ?")}
    assert "public_ai_tool_fed" in names
    names = {s.name for s in told_situations("on voudrait entraîner notre propre modèle d'IA sur les tickets de nos "
                                             "clients")}
    assert "public_ai_tool_fed" not in names


# -- index tier: the answers reach it -------------------------------------------------------------------------------------

FIRE = [
    ("notre support colle des bouts de tickets de nos clients (noms, mails, descriptions de panne) dans ChatGPT gratuit "
     "pour rédiger les réponses plus vite. on risque quoi ?", "msp", r"28 ?\(2\)", r"vrai probleme"),
    ("EN: one of our engineers pasted a client's firewall logs and user list into a free AI chatbot to troubleshoot. "
     "is that a problem for us?", "msp", r"28 ?\(2\)", r"real problem"),
    ("on vient d'apprendre que notre infogéreur met nos tickets et nos mails dans une IA en ligne pour les résumer, il "
     "a le droit ?", "client", r"28 ?\(2\)", r"pas sans"),
    ("EN: our MSP's techs copy our support emails into Copilot to draft replies. are they allowed to?", "client",
     r"28 ?\(2\)", r"not without"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,article,verdict", FIRE)
def test_the_situation_reaches_the_card_and_opens_on_the_verdict(app, question, role, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, CARD, article, verdict)


NEAR = [
    ("EN: can we train our own AI model on our customers' support emails without asking?", "msp"),
    ("que mettre dans le contrat sur l'usage de l'IA par le prestataire ?", "client"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role", NEAR)
def test_near_misses_do_not_take_the_card(app, question, role):
    ans, _ = _ask(app, question, role)
    assert not any(i.startswith(f"card.{CARD}.") for i in _ids(ans)[:1]), _ids(ans)


# -- what a provider owes its client under the GDPR ----------------------------------------------------------------------

OWED = [
    ("we are the msp. what do we owe them under the GDPR?", True),
    ("on est le presta, on leur doit quoi au titre du RGPD ?", True),
    ("as the provider, what are our duties to the client under data protection law?", True),
    ("on doit quoi au client niveau rgpd ?", True),
    ("what do we owe them under the GDPR if there is a breach?", False),
    ("do we owe the client anything under the gdpr for the audit costs?", False),
    ("what does the GDPR say about backups?", False),
]


@pytest.mark.parametrize("text,expected", OWED)
def test_the_cue_reads_duties_owed_under_the_gdpr(text, expected):
    assert bool(s33.GDPR_DUTIES_OWED.search(fold(text))) is expected, text


@pytest.mark.index
@pytest.mark.parametrize("question", ["we are the msp. what do we owe them under the GDPR?",
                                      "nous sommes l'infogéreur : on leur doit quoi au titre du RGPD ?"])
def test_duties_owed_under_the_gdpr_reach_the_art28_terms(app, question):
    ans, text = _ask(app, question, "msp")
    assert _ids(ans)[0].startswith("card.dpa_mandatory_terms."), _ids(ans)
    assert "28" in text
