"""Issue 15, thirty-second session (helper s32-ans): cards that exist, reached by questions worded in ways nobody here wrote.

A second robustness probe (evaluations/answers_probe_s32.yaml: thirty other cards drawn at random, two lay questions each)
showed the same two causes as the first for a card that exists and is not reached: the GATE (a card that declares its
situation is no candidate unless the question says it in the cue lexicon's words: "the company went bust and a court
administrator wrote to us", "went belly up", "billed twice", a typo such as "force majeur") and the
SCORER (the story's other words pull a neighbouring card ahead: "a keylogger on the sales team's PCs", "a single key
cloned onto 25 laptops", "the customer never answers our change requests"). Class fixed here, at the card: each card may
list the everyday words of its subject (`lay_terms`, `chat/lay_terms.py`), vocabulary of the subject in the card's
language, never a copy of a question. The scorer adds `LAY_BONUS` to a card whose lay words the question uses, and a
situation the card alone asks for (its ask or named cue) is stated by its own lay words; a situation several cards assume
(insolvency proceedings, a liability exclusion: `premises.PREMISE_CUES`) is read by its shared lexicon, which now reads
the lay words of a company that failed ("goes bust", "went belly up", "went under", "court-appointed"), and a situation
read from what the card rests on (a public buyer, an old contract, a transfer outside the EU) never by lay words.

The questions are our own (FR and EN, casual, typos, no accents), none taken from an evaluation set or either probe.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from assistant.text import fold
from tests.answer_helpers import ask as _ask, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids


def _cards():
    return cards_by_id()


# -- fast tier: the field parses, twins agree, the matcher reads words -------------------------------------------------------

def test_every_cards_lay_terms_are_well_formed():
    from assistant.chat.lay_terms import well_formed

    bad = [(cid, t) for cid, c in _cards().items() for t in c.lay_terms if not well_formed(t)]
    assert not bad, bad


def test_lay_terms_twins_agree():
    """FR and EN twins both list lay words or neither, at least three each, and no term twice in one card."""
    by_pair = defaultdict(dict)
    for cid, c in _cards().items():
        by_pair[c.pair_key][c.lang] = c
    problems = []
    for key, twins in by_pair.items():
        have = {lang: len(c.lay_terms) for lang, c in twins.items()}
        if any(have.values()) and (len(twins) == 2 and not all(have.values()) or min(have.values()) < 3):
            problems.append((key, have))
        for c in twins.values():
            folded = [fold(t) for t in c.lay_terms]
            if len(folded) != len(set(folded)):
                problems.append((c.id, "duplicate term"))
    assert not problems, problems
    assert sum(1 for c in _cards().values() if c.lay_terms) >= 40  # the field is in use, not a stub


def test_a_lay_term_names_one_subject():
    """A term shared by more than two card pairs of one language names no subject (it would lift any card)."""
    owners = defaultdict(set)
    for c in _cards().values():
        for t in c.lay_terms:
            owners[(c.lang, fold(t))].add(c.pair_key)
    shared = {k: v for k, v in owners.items() if len(v) > 2}
    assert not shared, shared


def test_only_cards_carry_lay_terms():
    from assistant.knowledge.entries import load_entries

    assert not [e.id for e in load_entries() if e.kind != "card" and e.lay_terms]


@pytest.mark.parametrize("terms,text,expected", [
    (("went bust",), "EN: The dentist we look after Went  Bust in May", ["went bust"]),
    (("demission*",), "le technicien a démissionné en mars", ["demission*"]),
    (("sous-traite",), "il a sous traite le support", ["sous-traite"]),
    (("bust",), "EN: a robust backup plan", []),
    (("keylogger",), "EN: keyloggers everywhere", []),
    (("keylogger*",), "EN: keyloggers everywhere", ["keylogger*"]),
    (("l'avait prevenu",), "on l’avait prévenu deux fois", ["l'avait prevenu"]),
])
def test_lay_terms_are_matched_as_folded_whole_words(terms, text, expected):
    from assistant.chat.lay_terms import lay_hits

    text = text[3:].strip() if text.startswith("EN:") else text
    assert lay_hits(terms, text) == expected


@pytest.mark.parametrize("term", ["a.*b", "(x|y)", "x+", " padded", "no", "[abc]"])
def test_pattern_syntax_is_no_lay_term(term):
    from assistant.chat.lay_terms import well_formed

    assert not well_formed(term)


# the gate: a situation the card declares, stated in its own lay words; near misses state none
GATE = [
    ("card.insolvency_claim_filing.en", "the dental clinic we look after went bust, a court administrator wrote to us. "
                                        "how long to claim the 2,100 EUR they owe?", True),
    ("card.insolvency_claim_filing.en", "a customer owes us two invoices and stopped answering the phone, how long do we "
                                        "have to claim?", False),
    ("card.provider_liquidation_data_s31b.en", "the reseller hosting our VMs went belly up, a court-appointed person runs "
                                               "it now. how do we get our data back?", True),
    ("card.provider_liquidation_data_s31b.en", "the reseller hosting our VMs is late with its invoices", False),
    ("card.overpayment_refund_s22.en", "turns out our provider billed us twice for the firewall every month since january",
     True),
    ("card.overpayment_refund_s22.en", "we paid our provider's invoice on time, can they still charge late fees?", False),
    ("card.force_majeure_proof_s27.en", "our host says the fire next door was an act of god, who has to prove what?",
     True),
    ("card.force_majeure_proof_s27.fr", "l'hebergeur parle d'un cas de force majeur pour l'incendie, qui doit prouver ?",
     True),
    ("card.force_majeure_proof_s27.en", "our host had a 4 day outage, who has to prove the cause?", False),
    # a situation several cards assume (a liability exclusion: premises.PREMISE_CUES) is read by its shared lexicon
    # alone, never by one card's lay words
    ("card.cap_vs_indirect_exclusion.en", "we lost profits during their outage, how do the cap and the rest differ?",
     False),
    # a situation read from what the card rests on (a public buyer) is never stated by lay words
    ("card.public_termination_general_interest.en", "our biggest customer wants to end the deal early for reasons of "
                                                    "general interest, can it?", False),
]


@pytest.mark.parametrize("card,text,expected", GATE, ids=[f"gate{i}" for i in range(len(GATE))])
def test_a_cards_own_lay_words_state_its_situation(card, text, expected):
    from assistant.chat.cards import premise_named

    assert premise_named(_cards()[card], text) is expected


@pytest.mark.parametrize("text,expected", [
    ("EN: the company hosting our CRM went under, how do we get our customer records out before the phone line dies?",
     False),
    ("EN: do we have to tell callers that the support line records their calls?", True),
    ("EN: our helpdesk is recording every phone call for training, fine?", True),
    ("on enregistre les appels de la hotline, on doit prevenir ?", True),
])
def test_records_kept_are_no_calls_recorded(text, expected):
    """s32: "customer records" and a phone line named in one story are no recording of calls (situation_cues_s31b)."""
    from assistant.chat.situation_cues_s31b import CALL_RECORDING

    text = text[3:].strip() if text.startswith("EN:") else text
    assert bool(CALL_RECORDING.search(fold(text))) is expected


def test_the_scorer_adds_the_lay_bonus():
    """Two cards equal in every other way: the one whose lay words the question uses is ahead by LAY_BONUS."""
    from assistant.chat.cards import CardIndex
    from assistant.chat.lay_terms import LAY_BONUS
    from assistant.knowledge.entries import Entry

    def card(i, lay):
        return Entry.model_validate({"id": f"card.t{i}.en", "kind": "card", "lang": "en", "title": "A test card title",
                                     "labels": ["topic:liability"], "questions": ["question one?", "question two?"],
                                     "verdict": "Yes, it is fine.", "rule": {"text": "A rule of law for the test.",
                                                                              "cites": ["French Civil Code, Art. 1103"]},
                                     "lay_terms": lay})

    idx = CardIndex([card(1, []), card(2, ["keylogger"])], None)
    ranked = idx.ranked("can we put a keylogger on their laptops?", "en", lambda words, text: 0.0)
    scores = {m.card.id: m.score for m in ranked}
    assert ranked[0].card.id == "card.t2.en"
    assert scores["card.t2.en"] - scores["card.t1.en"] == pytest.approx(LAY_BONUS)


# -- index tier: the answers reach the cards ----------------------------------------------------------------------------

# (question, role, card name, article pattern in the answer, verdict pattern of the first two sentences)
REACH = [
    ("EN: bad news, the dental clinic we look after went bust and a court administrator wrote to us. they still owe 3 "
     "months of support, about 2,100 EUR. how long do we have to claim it?", "msp", "insolvency_claim_filing",
     r"l622-24|r622-24", r"two months|2 months"),
    ("la pizzeria qu'on maintient a depose le bilan, on a recu une lettre du mandataire. elle nous doit 900 balles, on a "
     "jusqu'a quand pour les reclamer ?", "msp", "insolvency_claim_filing", r"l622-24|r622-24", r"deux mois|2 mois"),
    ("EN: the small cloud company hosting our CRM went under, a liquidator has taken over and their phone line is dead. "
     "how do we get our customer records out?", "client", "provider_liquidation_data_s31b", r"l641-11-1|28\(3\)\(g\)",
     r"liquidator"),
    ("notre DG voudrait un logiciel espion sur les postes de l'equipe compta pour verifier qu'ils bossent vraiment, sans "
     "les prevenir. le presta peut nous l'installer ?", "client", "employee_monitoring_tools", r"l1222-4|l2312-38",
     r"\bnon\b"),
    ("EN: a client wants spyware on its warehouse staff's tablets so it can see every app they open, with no "
     "announcement. can we roll it out for them?", "msp", "employee_monitoring_tools", r"l1222-4|l2312-38", r"\bno\b"),
    ("EN: the software vendor's audit found 30 unlicensed copies of their CAD tool on workstations our MSP set up. they "
     "want 45k. who pays?", "client", "licence_compliance", r"l122-6|l335-3", r"infring|publisher|both|install"),
    ("EN: turns out our provider billed us twice for the firewall subscription every month since january. we paid "
     "without checking. can we claim it back?", "client", "overpayment_refund_s22", r"1302|2224", r"\byes\b|return"),
    ("EN: we host the booking site of a hotel chain. it was down on a saturday and one of their travel agents, who never "
     "signed anything with us, says we owe them 8k in commissions. can they sue us?", "msp",
     "third_party_harmed_by_breach", r"1240|05-13\.255|17-19\.963", r"\byes\b|possible"),
    ("EN: our hosting company says the fire in the building next door was an act of god so they owe us nothing for the "
     "4 days offline. is it on us to prove otherwise?", "client", "force_majeure_proof_s27", r"1353|1218",
     r"invok|provider"),
    ("notre expert comptable nous dit que le modele de facture qu'on utilise depuis 3 ans oublie l'indemnite de 40 "
     "euros et la date d'echeance. on risque une amende ?", "msp", "invoice_mentions_s31b", r"l441-9",
     r"\boui\b|sanction|amende"),
    ("EN: a sysadmin who resigned from our MSP last spring just applied for a job with us. our contract bans us from "
     "poaching their people. are we allowed to hire her?", "client", "non_solicitation_former_employee_s10en",
     r"1231-5|18-23\.261", r"depends|wording|worded"),
    ("EN: we told the client over and over in person that their old server would die, never put it in writing. it "
     "died, they lost a week of orders and now say we never warned them. what's our exposure?", "msp",
     "warning_given_blamed_s29", r"1353|94-19\.685|1112-1", r"risk|prove"),
    ("on est debordes et on voudrait refiler une partie des tickets de nos clients a un freelance qui aurait acces a "
     "leurs serveurs. nos contrats ne disent rien, on peut le faire sans les prevenir ?", "msp",
     "undisclosed_subcontractor_s12en", r"28\(2\)|28\(4\)", r"pas pour|\bnon\b"),
    ("EN: a hospital tender asks us to put a penalty schedule in our bid. how much can we offer without it becoming "
     "dangerous for us?", "msp", "safe_penalties_to_offer", r"1231-5|1170", r"modest|capped|scale"),
    ("le patron veut faire poser un mouchard sur les pc des commerciaux par notre presta, sans que personne soit au "
     "courant. on a le droit ?", "client", "employee_monitoring_tools", r"l1222-4|l2312-38", r"\bnon\b"),
    ("le client nous a vire deux fois la meme facture de 3400 euros en 2023, il s'en rend compte maintenant. on doit "
     "rendre ?", "msp", "overpayment_refund_s22", r"1302|2224", r"\boui\b|restitu"),
    ("EN: the reseller hosting our VMs went belly up and now some court-appointed person runs it. they hold all our "
     "backups. what now?", "client", "provider_liquidation_data_s31b", r"l641-11-1|28\(3\)\(g\)", r"liquidator"),
    ("on a pris chez nous un ancien tech du presta qui avait demissionne 6 mois avant, le presta nous reclame 20000 "
     "euros au titre du contrat. il peut ?", "client", "non_solicitation_former_employee_s10en", r"1231-5|18-23\.261",
     r"depend|redaction|clause"),
    ("EN: we kept telling the dentist face to face that his backup drive was dying, never emailed it. now the drive is "
     "dead and he says we never said a word. are we in trouble?", "msp", "warning_given_blamed_s29",
     r"1353|94-19\.685|1112-1", r"risk|prove"),
    ("EN: our hosting guy says the power cut was force majeur and owes us nothing. do we have to prove it wasn't?",
     "client", "force_majeure_proof_s27", r"1353|1218", r"invok|provider"),
    ("grosse boite qui veut qu'on mette un bareme de penalites dans notre offre, on met combien pour pas couler au "
     "premier mois rate ?", "msp", "safe_penalties_to_offer", r"1231-5|1170", r"modeste|plafonn|bareme"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", REACH, ids=[f"reach{i}" for i in range(len(REACH))])
def test_lay_wordings_reach_the_card(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)


# near misses: the card's neighbourhood told without its situation, never that card
NEAR = [
    ("EN: a customer owes us two invoices and stopped answering the phone, how long do we have to sue?", "msp",
     "insolvency_claim_filing"),
    ("EN: our MSP wants to install a new antivirus on all our laptops next week, do we need to sign anything?", "client",
     "employee_monitoring_tools"),
    ("EN: the reseller hosting our VMs is late with its own invoices to us, can we stop paying them?", "client",
     "provider_liquidation_data_s31b"),
    ("EN: we paid our provider's invoice on time, can they still charge us late fees?", "client", "overpayment_refund_s22"),
    ("EN: our provider had a 2 day outage with no explanation, what can we claim?", "client", "force_majeure_proof_s27"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR, ids=[f"near{i}" for i in range(len(NEAR))])
def test_near_misses_keep_another_card_or_none(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not any(re.match(rf"card\.{card}\.(fr|en)$", i) for i in _ids(ans)[:1]), _ids(ans)
