"""Issue 15, thirty-first session (helper s31-ans): cards that exist but are not reached by wordings nobody here wrote.

A robustness probe (evaluations/answers_probe_s31.yaml: thirty cards drawn at random, two new lay questions each) showed
that the most frequent reason a card is missed is its GATE: a card that declares a situation or an ask (`premise:`, read
by `premises.PREMISE_CUES` / `ASK_CUES` / `NAMED_CUES`) is no candidate unless the question says it in the words of the
cue's lexicon; a user who tells the story without the legal term ("our bank must pay them on simple request, no questions
asked" for a first-demand guarantee, "building privacy into the design" for privacy by design) or across two sentences
("we never applied the penalties. now they say we gave that up") fails the gate, though the card scorer puts that very card first. Classes fixed here:

1. the cue lexicons read the lay words of their situation: inflected and adjectival forms of the emotions an AI reads
   ("stressed", "angry", "énervés"), the host firm's safety told plainly ("their safety", "leur sécurité"), money wired and
   nothing received, a village council or a mayor, privacy "built into the design", a bank paying "as soon as they ask",
   a right left unused told over two sentences. (Tried and dropped: letting a card both readings put first and far ahead
   answer past its gate — it took the deliberate near misses of six earlier test files, and with the lexicons widened it
   added nothing on the probe, 37/60 reached either way.)
2. a message the act reader reads as outside the field, in none of the field's words ("a retail chain wants a tool telling
   its managers which cashiers look grumpy"), is a question when a card answers it by both readings
   (`Conversation._a_card_answers`); questions on pizza or rugby stay outside;
3. "c'est quoi ce truc ?" points back at the story: no definition is asked of the filler noun (`term_asked.asked_words`);
4. a difference asked in lay words ("is that actually different legally or just wording?", "juste une question de
   vocabulaire ?") is a comparison (`answer_plan` compare pattern);
5. a story ending on a short yes/no ask in everyday words ("ça se tente ?", "on est coincés ?", "should we sign?") is a
   question to answer, not an order to draft a clause or a contract (`acts._story_then_question`).

Near misses keep their own card or none. The questions are our own (FR and EN, casual, typos, no accents), none taken from
an evaluation set or the probe.
"""

from __future__ import annotations

import pytest

from assistant.chat import situation_cues_s27 as s27
from assistant.chat import situation_cues_s28 as s28
from assistant.chat import situation_cues_s30a as s30a
from assistant.chat.public_buyer import public_buyer_named
from assistant.text import fold
from tests.answer_helpers import ask as _ask, assert_reaches_card
from tests.answer_helpers import cited_ids as _ids, first_cited as _first


# -- fast tier: the cue lexicons read lay words ----------------------------------------------------------------------------

CUES = [
    (s28.AI_EMOTION_AT_WORK, "EN: a tool that flags when our cashiers look angry or upset on camera, ok to deploy?", True),
    (s28.AI_EMOTION_AT_WORK, "EN: software scoring whether the support agents sound stressed or annoyed on calls", True),
    (s28.AI_EMOTION_AT_WORK, "un logiciel qui repere si nos vendeurs sont enerves ou fatigues via la webcam", True),
    (s28.AI_EMOTION_AT_WORK, "EN: a tool that measures how busy the servers are during the day", False),
    (s27.SAFETY_DUTIES, "EN: their techs will be in our plant for a week, is their safety on us or on their employer?", True),
    (s27.SAFETY_DUTIES, "le presta vient avec 4 techniciens dans notre entrepot, c'est a nous de veiller a leur securite ?",
     True),
    (s27.SAFETY_DUTIES, "EN: is the security of our data on us or on the provider?", False),
    (s27.FUNDS_FOR_PURCHASE, "on lui a vire 3000 euros pour les licences antivirus, on a jamais rien recu", True),
    (s27.FUNDS_FOR_PURCHASE, "EN: we paid him up front for two firewalls and nothing has arrived after 10 weeks", True),
    (s27.FUNDS_FOR_PURCHASE, "EN: we paid the invoice and the service works fine", False),
    (s27.BY_DESIGN, "EN: the vendor says building privacy into the design of the app is our job, not theirs", True),
    (s27.BY_DESIGN, "l'editeur dit que la protection des donnees dans la conception de son logiciel c'est pas son probleme",
     True),
    (s27.BY_DESIGN, "EN: the vendor redesigned the login page without telling us", False),
    (s30a.FIRST_DEMAND, "EN: the customer wants our bank to pay them 20k as soon as they ask, no questions asked", True),
    (s30a.FIRST_DEMAND, "le client exige que notre banque lui verse 15 000 euros a sa simple demande, sans discuter", True),
    (s30a.FIRST_DEMAND, "EN: the customer asks us to pay the invoice as soon as possible", False),
    (s30a.NON_WAIVER, "on a laisse passer les retards du presta pendant un an. maintenant il dit qu'on a renonce aux "
                      "penalites", True),
    (s30a.NON_WAIVER, "EN: we never charged the client the late fees. now he claims we gave them up for good", True),
    (s30a.NON_WAIVER, "EN: we never charged the client for the extra work. can we invoice it now?", False),
]


@pytest.mark.parametrize("pattern,text,expected", CUES, ids=[f"cue{i}" for i in range(len(CUES))])
def test_cues_read_lay_wordings(pattern, text, expected):
    text = text[3:].strip() if text.startswith("EN:") else text
    assert bool(pattern.search(fold(text))) is expected, text


@pytest.mark.parametrize("text,expected", [
    ("EN: i do the admin for a small village council, we need someone for our four computers", True),
    ("le maire de notre village veut nous confier les ordinateurs de l'ecole", True),
    ("EN: the mayor wants us to look after the town's laptops", True),
    ("EN: the village bakery wants us to look after its tills", False),
])
def test_a_village_council_is_a_public_buyer(text, expected):
    text = text[3:].strip() if text.startswith("EN:") else text
    assert public_buyer_named(text) is expected, text


@pytest.mark.parametrize("text", ["le client veut une caution de notre banque. c'est quoi ce truc et on risque quoi ?",
                                  "EN: they want us to sign a comfort letter. what's that thing?",
                                  "c'est quoi ce machin ?"])
def test_a_filler_noun_pointing_back_at_the_story_asks_no_definition(text):
    from assistant.chat.term_asked import asked_words

    assert asked_words(text[3:].strip() if text.startswith("EN:") else text) is None


@pytest.mark.parametrize("text,expected", [
    ("EN: the MSP calls them 'uptime credits', our template says penalties. are they really different or just a name?",
     True),
    ("avoir sur facture ou penalite, c'est juste une question de vocabulaire ?", True),
    ("EN: is there a different rule for public buyers?", False),
    ("EN: can we switch to a different provider before the end of the term?", False),
])
def test_a_difference_asked_in_lay_words_is_a_comparison(text, expected):
    from assistant.chat.answer_plan import question_type

    text = text[3:].strip() if text.startswith("EN:") else text
    assert (question_type(text) == "compare") is expected, question_type(text)


@pytest.mark.parametrize("text,act", [
    ("on a signe un contrat d'infogerance il y a 2 ans avec une clause de resiliation a 6 mois de preavis et le presta "
     "nous repond plus depuis janvier. on voudrait partir demain sans payer le preavis, on est coinces ?", "question"),
    ("EN: we got a draft clause from the provider capping its liability at 3 months of fees for our 50 users and the ERP "
     "hosting. should we sign?", "question"),
    ("on lance une offre de supervision pour 40 clients PME avec astreinte le weekend et des sauvegardes quotidiennes. "
     "tu peux nous preparer le contrat complet ?", "draft_contract"),
])
def test_a_story_ending_on_a_lay_yes_no_ask_is_a_question(text, act):
    from assistant.chat.acts import classify
    from assistant.chat.slots import read_slots
    from assistant.chat.state import ConversationState

    text = text[3:].strip() if text.startswith("EN:") else text
    assert classify(text, read_slots(text), ConversationState.load(None, lang="fr")).act == act


# -- index tier: the answers reach the cards ----------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the first two sentences)
REACH = [
    ("EN: a retail chain asks us to hook its store cameras to a tool that tells managers which cashiers look grumpy or "
     "tired. can we set that up for them?", "msp", "ai_emotion_recognition_work_s28", r"5\(1\)\(f\)|2024/1689",
     r"\bno\b|prohibited"),
    ("notre client veut qu'on lui installe un logiciel qui analyse la voix de ses teleconseillers pour savoir s'ils sont "
     "stresses ou enerves, on peut le faire ?", "msp", "ai_emotion_recognition_work_s28", r"5\(1\)\(f\)|2024/1689",
     r"\bnon\b|interdit"),
    ("EN: our provider sends 2 engineers to rewire our factory floor for 10 days, near the presses. is their safety our "
     "job or their employer's?", "client", "host_company_safety_s27", r"r451[12]", r"\byes\b|coordinat|both"),
    ("l'infogereur envoie 2 techniciens dans notre atelier pendant 3 semaines pour le cablage, c'est a nous de nous "
     "occuper de leur securite ?", "client", "host_company_safety_s27", r"r451[12]", r"\boui\b|coordonn|les deux"),
    ("EN: we wired our reseller 6,000 EUR in march to buy 30 antivirus licences. we never received anything and he "
     "won't pick up. is that a crime or just a dispute?", "client", "funds_diverted_criminal_s27", r"314-1",
     r"depends|breach of trust"),
    ("on a vire 4 500 euros a l'integrateur pour commander 3 serveurs, on n'a jamais rien recu depuis 4 mois et il "
     "repond plus. on peut porter plainte ?", "client", "funds_diverted_criminal_s27", r"314-1",
     r"depend|abus de confiance"),
    ("EN: the maker of the booking software we run on our own servers says building privacy into the design of their "
     "product is our job since they never see the data. are they right?", "client", "privacy_by_design_vendor_s27",
     r"\b25\b", r"largely yes|\byes\b"),
    ("l'editeur du logiciel de planning qu'on heberge nous meme dit que la protection des donnees dans la conception "
     "du produit c'est a nous de la gerer, il a raison ?", "client", "privacy_by_design_vendor_s27", r"\b25\b",
     r"largement oui|\boui\b"),
    ("EN: a county hospital wants our bank to commit to pay them 40k as soon as they ask, no questions asked, before "
     "they sign. what is that and what do we risk?", "msp", "first_demand_guarantee_s30", r"2321",
     r"undertaking|bank|guarantee"),
    ("un gros client exige que notre banque s'engage a lui payer 25 000 euros a sa simple demande, sans discuter, avant "
     "la signature. c'est quoi et on risque quoi ?", "msp", "first_demand_guarantee_s30", r"2321",
     r"engagement|banque|garantie"),
    ("EN: i do the books for a tiny village council, we'd like the local IT shop to look after our 3 laptops for "
     "about 1,800 EUR a year. can we just sign with them, no tender?", "client", "public_contract_small_purchase", r"r2122-8",
     r"\byes\b|threshold"),
]


# s31: a story ending on a lay yes/no ask was read as an order to draft
REACH += [
    pytest.param("on a resilie le contrat de notre infogereur pour faute grave en fevrier apres 6 mois de pannes a "
                 "repetition. on voudrait qu'il nous rende les 24 000 euros verses depuis 2 ans, ca se tente ?", "client",
                 "termination_restitution", r"1229", r"\bnon\b|en principe",
                 marks=pytest.mark.xfail(strict=True, reason="read as a question now (no draft), but the cascade puts the "
                                                             "card on termination for cause or convenience first (the "
                                                             "restitution card second): card choice, left open")),
]

# s31: a story told in none of the field's words is read as outside it by the act reader, though a card answers it
REACH += [
    ("une chaine de boulangeries veut qu'on branche ses cameras sur un outil qui dit aux gerants quelles vendeuses "
     "sont de mauvaise humeur, on a le droit de lui installer ?", "msp", "ai_emotion_recognition_work_s28",
     r"5\(1\)\(f\)|2024/1689", r"\bnon\b|interdit"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", REACH)
def test_lay_wordings_reach_the_gated_card(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


# near misses: a neighbouring subject, another card or none, never the gated card
NEAR = [
    ("EN: we paid our provider's invoice for the firewall it installed last month; it works but we think the price was "
     "too high. can we get some money back?", "client", "funds_diverted_criminal_s27"),
    ("EN: the provider wants a bank guarantee from us in case we stop paying, is that normal?", "client",
     "first_demand_guarantee_s30"),
    ("EN: can our MSP install monitoring software on our staff's laptops to track the apps they use?", "client",
     "ai_emotion_recognition_work_s28"),
    ("le prestataire doit-il chiffrer nos sauvegardes ?", "client", "privacy_by_design_vendor_s27"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_near_misses_keep_another_card_or_none(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not _first(ans).startswith(f"card.{card}."), _ids(ans)


@pytest.mark.index
@pytest.mark.parametrize("question", ["EN: what's the best pizza place near the Lyon train station?",
                                      "qui a gagne la coupe du monde de rugby en 2023 ?"])
def test_questions_outside_the_field_stay_outside(app, question):
    ans, _ = _ask(app, question, "client")
    assert ans.intent == "out_of_scope" and not ans.citations, (ans.intent, _ids(ans))
