"""Issue 15, twenty-eighth session (helper s28-ans): answers on legal subjects the first run of answers_v28 showed the
knowledge base did not hold or did not reach, by FAMILY (the questions here are our own, other sectors and facts than
the evaluation's, FR and EN, casual):

- staff representation and outsourcing: the works council (CSE) informed and consulted before the decision (C. trav.
  L2312-8, L2312-14), obstruction (L2317-1); the staff transfer (L1224-1);
- pre-contract rights: a right of first refusal breached (C. civ. 1123), a unilateral promise withdrawn (1124),
  negotiations broken off (1112);
- changing a public contract in progress (CCP R2194-1 to R2194-8);
- GDPR roles: an art. 26 arrangement put to a provider that only acts on instructions (arts 4(8), 26, 28);
- securities for unpaid IT work: equipment retained until paid (C. civ. 2286), retention of title (2367);
- penalty clause, dédit, earnest money: penalties owed without proof of loss (1231-5), what a dédit is;
- jurisdiction in cross-border B2B contracts: a clause naming the courts of another EU state (Reg. 1215/2012 art. 25),
  suing an EU provider with no clause (arts 4, 7(1)(b));
- EU digital rules: AI inferring workers' emotions (Reg. 2024/1689 art. 5(1)(f)), AI deciding on staff (annex III);
- damages heads: no punitive damages (C. civ. 1231-2 to 1231-4);
- CSR duties reaching suppliers: the duty of vigilance (C. com. L225-102-4), Sapin II (Law 2016-1691 art. 17).
"""

from __future__ import annotations

import re

import pytest

from assistant.chat import situation_cues_s28 as s28
from assistant.text import fold
from tests.answer_helpers import ask as _ask, assert_card_states, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids, first_cited as _first


@pytest.fixture(scope="module")
def cards():
    return cards_by_id()


# -- fast tier: what the cards say ----------------------------------------------------------------------------------------

CARD_FACTS = [
    # (card name, pattern the verdict opens with, articles the rule or sources must name, pattern of the whole card)
    ("works_council_outsourcing_s28", r"(au prealable|beforehand)", ("L2312-8", "L2312-14", "L2317-1"),
     r"(cinquante|fifty)"),
    ("right_of_first_refusal_s28", r"(en principe des dommages|in principle damages)", ("1123",),
     r"(connaissait|knew)"),
    ("unilateral_promise_s28", r"(oui|yes)\b", ("1124",), r"(nul|void)"),
    ("joint_control_for_provider_s28", r"(non|no)\b", ("26", "4(8)", "28(10)"), r"(instruction)"),
    ("repaired_equipment_retention_s28", r"(oui|yes)\b", ("2286", "2367"), r"(dessaisissement|giving the thing up|"
                                                                              r"handing the machine back)"),
    ("penalty_without_proof_of_loss_s28", r"(non|no)\b", ("1231-5", "1218"), r"(manifestement excessive|manifestly excessive)"),
    ("withdrawal_fee_what_is_s28", r"(c'est le prix|it is the agreed price)", ("1231-5", "1590"),
     r"(se retirer|withdraw)"),
    ("eu_court_clause_s28", r"(en principe non|in principle no)", ("25", "26", "35"), r"(par ecrit|in writing)"),
    ("suing_eu_provider_s28", r"(en france aussi|in france too)", ("4", "7", "39"), r"(lieu|place)"),
    ("ai_emotion_recognition_work_s28", r"(non|no)\b", ("5(1)(f)", "113", "99(3)"), r"(consentement|consent)"),
    ("ai_staff_decisions_high_risk_s28", r"(oui, mais|yes, but)", ("26", "22", "L1221-8"), r"(haut risque|high-risk)"),
    ("punitive_damages_s28", r"(non|no)\b", ("1231-2", "1231-3", "1231-4", "1231-5"),
     r"(reparation integrale|full compensation)"),
    ("duty_of_vigilance_supplier_s28", r"(non, pas directement|no, not directly)", ("L225-102-4",), r"5 000|5,000"),
    ("anti_corruption_programme_s28", r"(seulement|only)", ("17", "445-1"), r"(100 millions|100 million)"),
    ("nis2_supply_chain_clauses_s28", r"(par le contrat|through the contract)", ("21", "23"),
     r"(fournisseurs directs|direct suppliers)"),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name,opening,articles,body", CARD_FACTS)
def test_each_new_card_opens_on_its_verdict_and_names_its_articles(cards, name, opening, articles, body, lang):
    assert_card_states(cards[f"card.{name}.{lang}"], opening, articles, body)


# -- fast tier: the cues read the subject in other words ---------------------------------------------------------------------

CUES = [
    (s28.WORKS_COUNCIL, "les elus du personnel n'ont rien su du projet", True),
    (s28.WORKS_COUNCIL, "EN: the staff reps only heard about it after the signature", True),
    (s28.WORKS_COUNCIL, "on fait un comite de pilotage chaque mois", False),
    (s28.PREFERENCE_PACT, "ils devaient nous soumettre en priorite toute nouvelle commande", True),
    (s28.PREFERENCE_PACT, "EN: they were supposed to offer the work to us first", True),
    (s28.PREFERENCE_PACT, "EN: first of all, what is an SLA?", False),
    (s28.PROMISE, "on a leve l'option d'achat du materiel", True),
    (s28.HARDWARE_HELD, "on a toujours son poste en atelier et la facture est impayee, on le garde ?", True),
    (s28.HARDWARE_HELD, "le client ne paie pas, on peut couper le support ?", False),
    (s28.PENALTY_LOSS_ASKED, "EN: the penalties apply even if they suffered no real harm?", True),
    (s28.EU_COURT_CLAUSE, "EN: their MSA says the courts of Vienna have exclusive jurisdiction", True),
    (s28.EU_COURTS, "EN: our provider is in Texas, which court?", False),
    (s28.AI_EMOTION_AT_WORK, "EN: software that detects frustration in our support agents' voices", True),
    (s28.AI_EMOTION_AT_WORK, "EN: a chatbot answering our customers", False),
    (s28.AI_HR_DECISION, "une IA pour classer les candidatures", True),
    (s28.PUNITIVE, "EN: could they get triple damages?", True),
    (s28.VIGILANCE_LAW, "attestation de vigilance URSSAF", False),
    (s28.VIGILANCE_LAW, "notre client a un plan de vigilance", True),
    (s28.ANTI_CORRUPTION, "EN: an anti-bribery clause in the MSA", True),
    (s28.DEDIT, "le contrat prevoit un dedit de trois mois", True),
    (s28.DEDIT, "EN: the consumer's right of withdrawal", False),
]


@pytest.mark.parametrize("pattern,text,expected", CUES)
def test_cues_read_the_subject_in_other_words(pattern, text, expected):
    text = text[3:].strip() if text.startswith("EN:") else text
    assert bool(pattern.search(fold(text))) is expected, text


# -- index tier: the answers reach them -----------------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the first two sentences)
FIRE = [
    # -- staff representation and outsourcing ------------------------------------------------------------------------------
    ("la mutuelle (120 salaries) va confier son infra a un infogerant, la DG veut boucler le contrat avant d'en parler "
     "au CSE. on risque quoi ?", "client", "works_council_outsourcing_s28", r"l ?2317-1|l ?2312-8", r"au prealable|avant"),
    ("EN: our 400-employee logistics company will outsource its datacentre; can we sign now and consult the works "
     "council next quarter?", "client", "works_council_outsourcing_s28", r"l ?2312-14|l ?2312-8", r"beforehand|before|no\b"),
    ("on externalise le support et nos deux techniciens doivent partir chez le prestataire, leurs contrats suivent "
     "automatiquement ?", "client", "staff_transfer_outsourcing", r"l ?1224-1", r"pas forcement|seulement|oui|non"),
    # -- pre-contract rights -----------------------------------------------------------------------------------------------
    ("le reseau de pharmacies s'etait engage par un pacte de preference a nous proposer d'abord le contrat de "
     "telemaintenance des caisses, il l'a signe avec un concurrent. on peut le faire annuler ?", "msp",
     "right_of_first_refusal_s28", r"1123", r"en principe|depend|seulement|dommages"),
    ("EN: a school group granted us a right of first refusal on its next network project and quietly gave it to "
     "another integrator. what can we get?", "msp", "right_of_first_refusal_s28", r"1123", r"damages|in principle|depend"),
    ("l'editeur nous avait consenti une promesse unilaterale de cession du logiciel avec une option de trois mois ; il "
     "la retire au bout d'un mois. on peut encore lever l'option ?", "client", "unilateral_promise_s28", r"1124",
     r"oui"),
    pytest.param("EN: the integrator walked away after four months of workshops and a draft contract, can we claim our "
                 "costs?", "client", "broken_negotiations", r"1112", r"only|fault|yes|in principle",
                 marks=pytest.mark.xfail(strict=True, reason="the act reading takes 'a draft contract' in a story for an "
                                         "order to draft a contract (intent draft_contract) before any card is sought")),
    # -- changing a public contract in progress ----------------------------------------------------------------------------
    ("le syndicat intercommunal veut etendre de 30 % le nombre d'ecoles couvertes par notre marche public de "
     "maintenance par simple avenant, c'est regulier ?", "msp", "public_contract_change", r"r ?2194", r"oui, mais|seulement|non"),
    ("EN: the county council wants to add 12% more workstations to our public support contract by an amendment. "
     "allowed?", "msp", "public_contract_change", r"r ?2194|10 ?%", r"yes, but|only|no\b"),
    # -- GDPR roles --------------------------------------------------------------------------------------------------------
    ("la clinique veterinaire veut qu'on signe un accord de responsabilite conjointe article 26 pour son logiciel "
     "qu'on heberge, on ne fait qu'appliquer ses consignes. on signe ?", "msp", "joint_control_for_provider_s28",
     r"\b28\b", r"non"),
    ("EN: a travel agency we host a booking database for wants us to co-sign a joint controller agreement; we act "
     "purely on their instructions. is that the right paper?", "msp", "joint_control_for_provider_s28", r"\b28\b",
     r"no\b"),
    # -- securities for unpaid IT work ---------------------------------------------------------------------------------------
    ("une boulangerie nous a laisse sa caisse enregistreuse et son pc a reparer, la facture de 600 € est impayee. "
     "on peut garder le materiel tant qu'elle ne paie pas ?", "msp", "repaired_equipment_retention_s28", r"2286",
     r"oui"),
    ("EN: we rebuilt a law firm's file server and they won't pay the repair bill but want it back. can we hold on to "
     "it until paid?", "msp", "repaired_equipment_retention_s28", r"2286", r"yes"),
    ("EN: the switches we sold and delivered are still unpaid, do they still belong to us?", "msp",
     "retention_of_title_hardware", r"2367", r"yes|only|if"),
    # -- penalty clause vs dédit vs earnest money ------------------------------------------------------------------------------
    ("le contrat de deploiement prevoit 300 € de penalite par jour de retard, l'integrateur soutient qu'on doit "
     "d'abord justifier d'un prejudice. il a raison ?", "client", "penalty_without_proof_of_loss_s28",
     r"1231-5", r"non"),
    ("EN: we were 10 days late on the go-live and the client wants the agreed delay penalties though it suffered no "
     "loss. do we owe them?", "msp", "penalty_without_proof_of_loss_s28", r"1231-5", r"no\b|yes|owed"),
    ("c'est quoi une clause de dedit dans un contrat de licence ?", "client", "withdrawal_fee_what_is_s28",
     r"1231-5", r"c'est le prix|prix"),
    ("EN: what is a dedit clause exactly?", "client", "withdrawal_fee_what_is_s28", r"1231-5",
     r"agreed price|price"),
    # -- jurisdiction and governing law ---------------------------------------------------------------------------------------
    ("notre prestataire de sauvegarde est luxembourgeois et son contrat dit que seuls les tribunaux de Luxembourg sont "
     "competents, on peut quand meme l'attaquer a Lille ?", "client", "eu_court_clause_s28", r"\b25\b|1215/2012",
     r"en principe non|non"),
    ("EN: our Italian cloud provider's terms give the Milan courts exclusive jurisdiction; can we still sue in Paris?",
     "client", "eu_court_clause_s28", r"\b25\b|1215/2012", r"in principle no|no\b"),
    ("EN: our German support provider failed us and there is no jurisdiction clause, can we sue them in France?",
     "client", "suing_eu_provider_s28", r"1215/2012|article 4|art\. 4", r"in france too|yes"),
    ("EN: no governing law in our contract with a Dutch MSP, which law applies?", "client",
     "governing_law_foreign_provider", r"593/2008|rome i", r"provider|in principle"),
    # -- EU digital rules --------------------------------------------------------------------------------------------------------
    ("un client veut qu'on installe un outil IA qui mesure l'humeur de ses preparateurs de commandes par camera, les "
     "salaries sont d'accord. on peut ?", "msp", "ai_emotion_recognition_work_s28", r"5\(1\)\(f\)|2024/1689", r"non"),
    ("EN: a bank asks us to add emotion detection to the AI that monitors its advisers' video calls. legal under the AI "
     "Act?", "msp", "ai_emotion_recognition_work_s28", r"5\(1\)\(f\)|2024/1689", r"no\b"),
    ("EN: we want to use an AI system to rank job applicants for our technician roles, what does the AI Act require?",
     "client", "ai_staff_decisions_high_risk_s28", r"annex iii|2024/1689", r"yes, but|high-risk"),
    # -- damages heads -------------------------------------------------------------------------------------------------------
    ("EN: our US parent wants to know if the French client could get treble damages from us after a ransomware outage",
     "msp", "punitive_damages_s28", r"1231-2|full compensation", r"no\b"),
    ("le client parle d'obtenir des dommages et interets punitifs apres notre panne de trois jours, c'est possible ?",
     "msp", "punitive_damages_s28", r"1231-2|reparation integrale", r"non"),
    ("EN: which article of the French Civil Code gives damages for breach of contract?", "client", "damages_article",
     r"1231-1", r"1231-1|article"),
    # -- CSR duties reaching suppliers ----------------------------------------------------------------------------------------
    ("un groupe agroalimentaire nous demande de signer sa charte au titre du devoir de vigilance, on est une ESN de "
     "45 personnes. la loi nous vise ?", "msp", "duty_of_vigilance_supplier_s28", r"l ?225-102-4", r"non"),
    ("EN: an energy major wants our 70-person MSP to sign its duty of vigilance charter. does the law apply to us?",
     "msp", "duty_of_vigilance_supplier_s28", r"l ?225-102-4", r"no\b"),
    ("EN: a bank client sends us a Sapin II questionnaire; we employ 90 people. are we subject to Sapin II?", "msp",
     "anti_corruption_programme_s28", r"2016-1691", r"only"),
    ("notre client nous impose une clause anticorruption Sapin 2, on est 40, on est concernes par l'article 17 ?",
     "msp", "anti_corruption_programme_s28", r"2016-1691", r"seulement"),
    # -- EU digital rules reaching a supplier through its client -------------------------------------------------------------
    ("EN: a regional hospital covered by NIS 2 sends our 15-person IT shop a security schedule with audits and 24-hour "
     "incident notice. are we bound by NIS 2 ourselves?", "msp", "nis2_supply_chain_clauses_s28", r"\b21\b",
     r"through the contract|not necessarily"),
    ("une collectivite soumise a NIS 2 nous impose, comme fournisseur, des clauses de securite et des audits. la "
     "directive nous oblige directement ?", "msp", "nis2_supply_chain_clauses_s28", r"\b21\b", r"par le contrat"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_each_class_reaches_its_card_and_opens_on_the_verdict(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


# near-misses: another card, or none, but not the new card
NEAR = [
    ("EN: can we keep the client's data until they pay our invoices?", "msp", "repaired_equipment_retention_s28"),
    ("le client ne paie pas, on peut suspendre le support ?", "msp", "repaired_equipment_retention_s28"),
    ("les penalites de retard sont-elles dues sans mise en demeure ?", "client", "penalty_without_proof_of_loss_s28"),
    ("notre partenaire et nous decidons ensemble du fichier clients commun, faut-il un accord article 26 ?", "client",
     "joint_control_for_provider_s28"),
    ("EN: is a jurisdiction clause naming the Paris commercial court valid?", "client", "eu_court_clause_s28"),
    ("EN: our provider asks for our URSSAF certificate, why?", "msp", "duty_of_vigilance_supplier_s28"),
    ("faut-il verifier que nos sous-traitants paient leurs cotisations sociales ?", "client", "duty_of_vigilance_supplier_s28"),
    ("EN: our MSP deploys an EDR on our staff laptops, must we tell employees?", "client", "ai_emotion_recognition_work_s28"),
    ("clause penale ou dedit, quelle difference ?", "client", "withdrawal_fee_what_is_s28"),
    ("EN: is lost turnover a direct or an indirect loss?", "client", "punitive_damages_s28"),
    ("EN: can our client poach one of our engineers?", "msp", "works_council_outsourcing_s28"),
    ("EN: does NIS2 apply to our MSP?", "msp", "ai_staff_decisions_high_risk_s28"),
    ("EN: does NIS2 apply to our MSP?", "msp", "nis2_supply_chain_clauses_s28"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_get_another_card_or_none(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not _first(ans).startswith(f"card.{card}."), _ids(ans)


def test_the_urssaf_card_is_kept_from_the_vigilance_law():
    """Both say "vigilance": the social-filings card's ask cue is excluded where the vigilance law is named."""
    from assistant.chat.premises import ASK_EXCLUDED
    assert ASK_EXCLUDED["social_filings_named"](fold("notre client a un plan de vigilance et une charte fournisseurs"))
    assert not ASK_EXCLUDED["social_filings_named"](fold("attestation de vigilance urssaf tous les six mois"))
    assert re.search(r"l8222-1", fold(" ".join(cards_by_id()["card.vigilance_social_filings.fr"].sources)))
