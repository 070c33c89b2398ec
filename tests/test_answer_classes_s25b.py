"""Issue 15, twenty-fifth session (helper s25-ans2): answer classes sorted from the tuned misses of answers_v25 by the
stage that lost them (evaluations/answer_stages.py). Written before the fixes, in our own words (FR and EN, casual,
typos, a story told then a question), whole areas of law rather than the wording seen:

- A1 (knowledge absent) an agreement between a company (SARL) and its own manager or partner, directly or through
  another firm he runs: a regulated agreement, reported to and voted on by the partners; not void if not approved, the
  manager answers for its harmful effects; day-to-day deals on normal terms are left out (C. com., arts L223-19,
  L223-20);
- A2 (knowledge absent) a provider that left systems unpatched and leaked data: criminal exposure besides damages, the
  offence of processing without the security measures required (C. pén., art. 226-17; GDPR art. 32), the CNIL's fines
  (GDPR art. 83);
- A3 (not chosen) a provider's subcontractor asking the client to pay it directly: the direct action of the 1975 law
  (loi n° 75-1334, arts 3, 12, 13) needs the subcontractor accepted and its terms of payment approved, and is limited
  to what the client still owes the main provider;
- A4 (knowledge absent) payment left to the client's sole judgement: a purely potestative condition is void
  (C. civ., art. 1304-2); objective acceptance with a deadline instead;
- A5 (knowledge absent) compound interest ("capitalisation des intérêts", anatocisme): interest due for at least a
  whole year bears interest, when the contract or a court decision provides it (C. civ., art. 1343-2);
- A6 (not chosen) electronic registered mail instead of a registered letter with acknowledgment: equivalent when it
  meets the qualified service's requirements (CPCE, art. L100; eIDAS art. 44);
- A7 (not chosen) a domain name the former provider registered in its own name: the provider acted for the client
  (mandate, C. civ. arts 1984, 1993), the client claims the transfer of the holder's name; AFNIC's Syreli/PARL
  procedures or the courts; unpaid invoices do not justify keeping the client's asset;
- A8 (not chosen, explain a term) a trade secret: information not generally known or easily accessible, of commercial
  value because secret, under reasonable protection measures (C. com., art. L151-1);
- A9 (not opened with: the processor's record card answered) a small business's own record of processing: the
  exemption under 250 staff does not cover regular processing (GDPR art. 30(5)); the provider's record as processor
  keeps its card.
"""

from __future__ import annotations

import pytest

from tests.answer_helpers import ask as _ask, assert_card_states, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids, first_cited as _first


@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


# -- fast tier: what the cards say ----------------------------------------------------------------------------------------

CARD_FACTS = [
    # (card name, pattern the verdict opens with, articles the rule or sources must name, pattern of the whole card)
    ("related_party_agreement_s25", r"(oui|yes)\b", ("L223-19", "L223-20"),
     r"(assemblee|approv|vote)\w*.*|(partners|members)"),
    ("security_failure_criminal_s25", r"(oui|yes)\b", ("226-17", "32", "83"),
     r"(300 000|300,000)"),
    ("subcontractor_direct_action_s25", r"(pas forcement|not necessarily|seulement|only)", ("75-1334",),
     r"(accept\w*|agre\w*).*(encore|still)|(still).*(owe)|dans la limite|up to what"),
    ("potestative_payment_condition_s25", r"(non|no)\b", ("1304-2",),
     r"potestative"),
    ("compound_interest_s25", r"(oui|yes)\b", ("1343-2",),
     r"(annee entiere|whole year|full year)"),
    ("electronic_registered_mail_s25", r"(oui|yes)\b", ("L100",),
     r"qualifi\w*"),
    ("domain_name_held_by_provider_s25", r"(oui|yes|vous pouvez|you can)\b", ("1993",),
     r"syreli|afnic"),
    ("trade_secret_s25", r"(une information|information|un secret|a trade secret)", ("L151-1",),
     r"valeur commerciale|commercial value"),
    ("controller_record_small_company_s25", r"(non|no)\b", ("30",),
     r"occasionnel|occasional"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name,opening,articles,body", CARD_FACTS)
def test_each_new_card_opens_on_its_verdict_and_names_its_articles(cards, name, opening, articles, body, lang):
    assert_card_states(cards[f"card.{name}.{lang}"], opening, articles, body)


# -- index tier: the answers reach them -----------------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the first two sentences)
FIRE = [
    # -- A1 regulated agreements in a SARL --------------------------------------------------------------------------------
    ("je dirige une petite SARL de transport et je possede aussi une societe de maintenance info. est-ce que ma SARL "
     "peut acheter ses prestations a ma societe ?", "client", "related_party_agreement_s25", r"l ?223-19",
     r"oui|possible|convention"),
    ("EN: I'm the managing director of a French SARL and I also own the IT firm that would host its servers. can the "
     "SARL sign a hosting contract with my firm?", "client", "related_party_agreement_s25", r"l ?223-19",
     r"yes|possible|regulated"),
    ("un associe de notre SARL veut nous faire signer un contrat de maintenance avec sa propre boite, on doit passer "
     "par l'AG ?", "client", "related_party_agreement_s25", r"l ?223-19", r"oui|convention|assemblee"),
    # -- A2 criminal exposure of a provider that neglected security ------------------------------------------------------
    ("notre hebergeur n'avait jamais applique les correctifs et on s'est fait voler la base clients. au dela des "
     "dommages et interets, c'est penalement repressible ?", "client", "security_failure_criminal_s25", r"226-17",
     r"oui|possible|risque"),
    ("EN: our MSP never patched the VPN appliance and customer records leaked. can they face criminal charges in "
     "France, not just a civil claim?", "client", "security_failure_criminal_s25", r"226-17", r"yes|possible|risk"),
    # passes at main since the s25-ans2 merge (s25-ans3's first run: XPASS), a plain test
    ("on est msp, si on se fait hacker par manque de mises a jour, on risque du penal ?", "msp",
     "security_failure_criminal_s25", r"226-17", r"oui|possible|risque"),
    # -- A3 the subcontractor's direct action ----------------------------------------------------------------------------
    ("un prestataire que notre infogerant a pris en sous-traitance nous reclame directement 7 000 € que l'infogerant "
     "ne lui a pas payes. on doit payer ?", "client", "subcontractor_direct_action_s25", r"1975|75-1334|action directe",
     r"pas forcement|seulement|non|depend"),
    ("EN: a subcontractor of our IT provider sent us a letter demanding we pay it directly for work the provider never "
     "paid. are we obliged to?", "client", "subcontractor_direct_action_s25", r"1975|75-1334|direct action",
     r"not necessarily|only|no\b|depends"),
    ("on est sous-traitant d'un integrateur qui ne nous paie pas, on peut se retourner contre son client final ?",
     "msp", "subcontractor_direct_action_s25", r"1975|75-1334|action directe", r"pas forcement|seulement|oui|depend"),
    # -- A4 a purely potestative payment condition -----------------------------------------------------------------------
    ("le client veut une clause 'paiement apres validation du client, a sa discretion'. c'est legal ?", "msp",
     "potestative_payment_condition_s25", r"1304-2|potestative", r"non|nulle|risque"),
    ("EN: the customer's draft says invoices are payable only once the customer, in its sole discretion, is satisfied "
     "with the work. is that enforceable?", "msp", "potestative_payment_condition_s25", r"1304-2|potestative",
     r"no\b|void|not"),
    pytest.param(
        "on paiera le presta quand on jugera le travail satisfaisant, on peut mettre ça dans le contrat ?", "client",
     "potestative_payment_condition_s25", r"1304-2|potestative", r"non|nulle|risque",
        marks=pytest.mark.xfail(strict=True, reason="a payment condition told in the future tense without 'clause' or 'paiement' goes to the indefinite-term card: card choice for this wording not fixed in s25b")),
    # -- A5 compound interest --------------------------------------------------------------------------------------------
    ("les interets de retard sur nos factures impayees peuvent-ils eux-memes produire des interets ?", "msp",
     "compound_interest_s25", r"1343-2|anatocisme", r"oui|possible|a condition"),
    ("EN: can we ask the court for compound interest on a customer's unpaid invoices in France?", "msp",
     "compound_interest_s25", r"1343-2", r"yes|possible|provided"),
    # s25-ans3: the words asked, no glossary term, answered from the card whose subject names them (chat/term_asked.py)
    ("c'est quoi l'anatocisme ? notre avocat en parle pour une creance de 2022", "msp", "compound_interest_s25",
     r"1343-2", r"oui|capitalisation|les interets|a condition"),
    # -- A6 electronic registered mail -----------------------------------------------------------------------------------
    ("le contrat exige un recommande AR pour resilier, un recommande electronique ça marche aussi ?", "client",
     "electronic_registered_mail_s25", r"l ?100|cpce|code des postes|910/2014", r"oui|equivalent|valable"),
    ("EN: our contract requires notice by registered letter with acknowledgment of receipt. can we send it by "
     "electronic registered mail instead?", "client", "electronic_registered_mail_s25",
     r"l ?100|postal|910/2014|eidas", r"yes|equivalent|valid"),
    # -- A7 a domain name held by the former provider --------------------------------------------------------------------
    ("l'ancien prestataire web a depose le nom de domaine de notre societe a son nom et refuse de le transferer tant "
     "qu'on n'a pas paye. quels recours ?", "client", "domain_name_held_by_provider_s25", r"syreli|afnic|1993|1984",
     r"vous pouvez|oui|recuperer|transfert"),
    ("EN: our old MSP registered our company's .fr domain under its own name as the holder and won't hand it over. "
     "what can we do?", "client", "domain_name_held_by_provider_s25", r"syreli|afnic|1993|1984",
     r"you can|yes|recover|transfer"),
    # -- A8 trade secrets ------------------------------------------------------------------------------------------------
    # s25-ans3: the NDA named after the words asked is their context, not the term asked (chat/term_asked.py)
    ("ça veut dire quoi juridiquement 'secret des affaires' dans un accord de confidentialite ?", "msp",
     "trade_secret_s25", r"l ?151-1", r"information|secret"),
    ("EN: what counts as a trade secret under French law? the client wants its source code treated as one", "msp",
     "trade_secret_s25", r"l ?151-1", r"information|secret"),
    # -- A9 a small business's own record of processing -----------------------------------------------------------------
    ("on est 20 dans la boite, le registre rgpd c'est pas obligatoire pour nous si ?", "client",
     "controller_record_small_company_s25", r"\b30\b", r"non|pas"),
    ("EN: we're a 40-person firm, our MSP keeps a processor record. do we need our own record of processing or are "
     "small companies exempt?", "client", "controller_record_small_company_s25", r"\b30\b", r"no\b|not"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_each_class_reaches_its_card_and_opens_on_the_verdict(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


# near-misses: another card, or none, but not the new card
NEAR = [
    ("notre gerant peut-il signer seul un contrat d'infogerance de 3 ans ?", "client", "related_party_agreement_s25"),
    ("EN: what fines can the CNIL impose on a processor?", "msp", "security_failure_criminal_s25"),
    ("notre infogerant peut-il sous-traiter le support a une autre societe sans nous le dire ?", "client",
     "subcontractor_direct_action_s25"),
    ("le client refuse de signer le PV de recette depuis 2 mois, on fait quoi ?", "msp",
     "potestative_payment_condition_s25"),
    ("quel est le taux des penalites de retard de paiement entre professionnels ?", "msp", "compound_interest_s25"),
    ("un contrat signe par docusign, c'est valable ?", "client", "electronic_registered_mail_s25"),
    ("EN: who owns the code our MSP wrote for us?", "client", "domain_name_held_by_provider_s25"),
    ("EN: as an MSP, what must our processor record contain for each client?", "msp",
     "controller_record_small_company_s25"),
    ("combien de temps dure l'obligation de confidentialite apres la fin du contrat ?", "client", "trade_secret_s25"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_get_another_card_or_none(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not _first(ans).startswith(f"card.{card}."), _ids(ans)
