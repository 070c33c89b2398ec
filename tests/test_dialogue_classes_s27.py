"""Classes of turns a new user's conversation misread (issue 14, twenty-seventh session, helper s27-dia), written BEFORE
the fixes with wording of our own (other trades, both languages, both sides):

1. an opening that introduces the user (who they are, sites, staff, the document they hold) and asks whether they may
   ask questions: the facts noted and an invitation to ask or paste the clause — no legal answer on a subject never
   asked;
2. a fact about the provider's means of access to the client's systems ("we have remote access to all their PCs",
   "nos techs ont les mots de passe admin"): read as a fact (the access held, the personal data it reaches; who runs
   the systems is left to the control readers) and
   its consequence for the question just answered (the processor terms needed, Art. 28);
3. "make it shorter": asides in parentheses dropped whole, nested ones included; citations of the law kept; unbalanced
   parentheses left as written (the text toolkit);
4. a claim of the other side to check ("il dit que l'obligation de moyens le couvre pour tout, vrai ?", "the MSP says
   processors can't be fined"): a verdict on the claim first, with why and the article; a follow-up adding a fact
   ("même s'il n'a pas fait les sauvegardes prévues ?") re-judges the claim with it, never the same answer again;
5. a client describing a term in figures and asking whether to push back: the judgement of that term for their side;
   then "what would you counter with?" (a counter-proposal on that term for the user's side) and "and if they refuse?"
   (the fallbacks of that clause's negotiation notes)."""

from __future__ import annotations

import re

import pytest

from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


def _fold(text: str) -> str:
    from assistant.text import fold

    return fold(text)


def _all_turns(tmp_path, entries, turns, side, lang):  # noqa: F811
    """Every turn's public view."""
    from types import SimpleNamespace

    from assistant.chat.composer import OfflineComposer
    from assistant.chat.conversation import ChatEngine
    from assistant.chat.store import ConversationStore

    engine = ChatEngine(retriever=None, composer=OfflineComposer(entries=entries, embeddings=None),
                        store=ConversationStore(tmp_path / "chat.db"),
                        drafter=SimpleNamespace(entries=entries, export_dir=tmp_path / "exports"))
    cid, outs = None, []
    for text in turns:
        out = engine.turn(text, conversation_id=cid, side=side, lang=lang)
        cid = out.conversation_id
        outs.append(engine.public(out))
    return outs


# -- 1. an introduction that asks leave to ask --------------------------------------------------------------------------
INTRO = [
    ("I1", "bonjour, nous sommes un cabinet d'expertise comptable, 2 bureaux et 18 collaborateurs, on vient de recevoir le "
           "contrat de maintenance de notre prestataire, je peux vous poser quelques questions ?", "client", "fr", 18, 2),
    ("I2", "Hi, I run a small MSP, we look after a chain of 4 bakeries with about 30 staff. They've sent back our managed "
           "services agreement with their comments, can I ask you a few things?", "msp", "en", 30, 4),
    ("I3", "Bonsoir, je suis DAF d'une PME de transport, 60 salariés répartis sur 5 dépôts. Notre infogérant nous a "
           "transmis son projet de contrat. Est-ce que je peux vous demander votre avis sur quelques points ?", "client",
     "fr", 60, 5),
    ("I4", "hello! we're a dental lab, 12 people on 3 sites, and our IT provider just emailed us their contract, mind if I "
           "ask you some questions about it?", "client", "en", 12, 3),
]


@pytest.mark.parametrize("case, message, side, lang, users, sites", INTRO, ids=[c[0] for c in INTRO])
def test_an_introduction_is_noted_and_invited(tmp_path, entries, case, message, side, lang, users, sites):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, [message], side, lang)
    assert pub["act"] == "state_fact", f"{case}: {pub['act']}"
    assert pub["state"]["scope"]["users"] == users and pub["state"]["scope"]["sites"] == sites, f"{case}: {pub['state']}"
    assert {"users", "sites"} <= set(pub["state"]["stated"]), f"{case}: {pub['state']['stated']}"
    answer = _fold(pub["answer"])
    assert str(users) in answer and str(sites) in answer, f"{case}: {pub['answer']}"
    # the document they hold noted, and the user invited to ask or to paste the clause
    assert re.search(r"contrat|contract|agreement", answer), f"{case}: {pub['answer']}"
    assert re.search(r"\b(posez|demandez|collez|copiez|ask|paste|send me)\b", answer), f"{case}: {pub['answer']}"
    # no legal answer on a subject never asked
    assert not re.search(r"\b(art\.|article \d|l1224|1156|mandat apparent|apparent authority)", answer), \
        f"{case}: {pub['answer']}"
    assert not pub["citations"], f"{case}: {pub['citations']}"


# -- 2. the provider's means of access, told as a fact ------------------------------------------------------------------
def test_access_reader_reads_the_provider_holding_access():
    from assistant.chat.provider_access import provider_access

    held = [
        ("we do have remote access to all of their PCs though", "msp"),
        ("on a quand même la main à distance sur tous leurs postes", "msp"),
        ("nos techniciens ont les mots de passe administrateur de leurs serveurs", "msp"),
        ("our engineers log in remotely to every workstation they have", "msp"),
        ("ils ont un accès à distance permanent à tous nos ordinateurs", "client"),
        ("their techs have our admin passwords", "client"),
        ("le presta se connecte à distance sur nos serveurs quand il veut", "client"),
    ]
    for text, side in held:
        assert provider_access(_fold(text), side) is not None, text
    not_held = [
        ("we have no remote access to their machines", "msp"),
        ("on n'a pas accès à leurs postes", "msp"),
        ("ils n'ont aucun accès à nos serveurs", "client"),
        ("do they need remote access to our PCs?", "client"),
        ("on a accès au portail de tickets", "client"),
        ("we have remote access to our own office network", "client"),
    ]
    for text, side in not_held:
        assert provider_access(_fold(text), side) is None, text


ACCESS = [
    ("A1", ["we look after the IT of 3 veterinary practices. Do we need a data processing agreement with them if we never "
            "open their client records software?", "we do have admin rights on all their workstations though"], "msp", "en"),
    ("A2", ["on gère l'informatique d'un cabinet de kinés, est-ce qu'il nous faut un contrat de sous-traitance RGPD si on "
            "ne touche jamais au logiciel patients ?", "bon, on a quand même la main à distance sur tous leurs postes"],
     "msp", "fr"),
    ("A3", ["notre prestataire dit qu'il n'a pas besoin de signer une annexe RGPD puisqu'il ne gère pas notre logiciel "
            "de paie, c'est vrai ?", "pourtant ses techniciens ont les mots de passe admin de tous nos PC"], "client", "fr"),
    ("A4", ["Draft the data protection clause for an insurance broker we support, 15 seats, their CRM is a SaaS we don't run.",
            "do we even need it if we never log into the CRM?", "we can take control of every laptop remotely though"],
     "msp", "en"),
]


@pytest.mark.parametrize("case, turns, side, lang", ACCESS, ids=[c[0] for c in ACCESS])
def test_access_told_is_a_fact_and_answers_the_question(tmp_path, entries, case, turns, side, lang):  # noqa: F811
    outs = _all_turns(tmp_path, entries, turns, side, lang)
    last, before = outs[-1], outs[-2]
    assert last["act"] == "state_fact", f"{case}: {last['act']}"
    answer = _fold(last["answer"])
    assert not re.search(r"no specific fact|aucun fait precis", answer), f"{case}: {last['answer']}"
    # the access noted, what it means (the provider reaches the personal data: a processor) and the question answered
    assert re.search(r"acces|access|la main|control", answer), f"{case}: {last['answer']}"
    assert re.search(r"sous-traitant|processor", answer) and re.search(r"\b28\b", answer), f"{case}: {last['answer']}"
    # the question on the table answered: "do we need it?" yes; "he says no annex is needed, is he right?" no
    verdict = r"(non|no)" if case == "A3" else r"(oui|yes)"
    assert re.search(r"^\W*(?:\w+\W+){0,25}?" + verdict + r"\b", answer, re.M), f"{case}: {last['answer']}"
    assert last["state"]["scope"]["personal_data"] is True
    assert last["answer"] != before["answer"]


# -- 3. asides in parentheses dropped whole ------------------------------------------------------------------------------
def test_toolkit_drops_nested_asides_whole():
    from assistant.text import drop_asides, paren_groups

    assert paren_groups("a (b (c) d) e (f)") == [(2, 11), (14, 17)]
    cases = [
        ("A processor acts for the controller (Arts. 4(8) and 28); if it decides the means (its own (and the purposes)), it "
         "becomes a controller.",
         "A processor acts for the controller (Arts. 4(8) and 28); if it decides the means, it becomes a controller."),
        ("Le prestataire (sauf accord (écrit) du client) agit seul (Code civil, art. 1231-1).",
         "Le prestataire agit seul (Code civil, art. 1231-1)."),
        ("Le sous-traitant aide le client (art. 28(3)(e) et (f) du RGPD) à répondre aux demandes (accès, rectification).",
         "Le sous-traitant aide le client (art. 28(3)(e) et (f) du RGPD) à répondre aux demandes."),
        ("unbalanced (opened here and never closed, so left as written", "unbalanced (opened here and never closed, so left "
                                                                          "as written"),
        ("a closing bracket alone) stays, (this one (nested) goes) and the rest", "a closing bracket alone) stays, and the rest"),
        ("ni (parenthèse) ni fin (", "ni ni fin ("),
    ]
    for text, expected in cases:
        assert drop_asides(text) == expected, text
    assert drop_asides("Voir (Code civil, art. 1170) et (ceci).", keep_citations=False) == "Voir et."


@pytest.mark.parametrize("lang, question, asked", [
    ("en", "do we need a data processing agreement with our MSP if it only has remote access?", "make it shorter"),
    ("fr", "faut-il un contrat de sous-traitance RGPD avec notre infogérant s'il a seulement un accès à distance ?",
     "fais plus court"),
])
def test_shorter_answer_keeps_parentheses_balanced(tmp_path, entries, lang, question, asked):  # noqa: F811
    outs = _all_turns(tmp_path, entries, [question, asked], "client", lang)
    assert outs[-1]["act"] == "rephrase"
    for line in outs[-1]["answer"].splitlines():
        depth = 0
        # (list markers "a) à h)" close nothing)
        for ch in re.sub(r"(?<![\w(])[a-z0-9]\)", "", re.sub(r"\[\d+\]", "", line)):
            depth += {"(": 1, ")": -1}.get(ch, 0)
            assert depth >= 0, line
        assert depth == 0, line


# -- 4. a claim of the other side, checked -------------------------------------------------------------------------------
CLAIMS = [
    ("C1", ["notre infogérant soutient que son obligation de moyens le met à l'abri de toute responsabilité, il a raison ?",
            "même s'il n'a jamais fait les sauvegardes prévues au contrat ?"], "client", "fr",
     r"^\W*(non|pas (vraiment|forcement|du tout))\b", r"1231-1", r"faute|fault|manquement"),
    ("C2", ["the provider keeps saying a best-efforts obligation means it can never be held liable, is that true?",
            "even if they skipped the monthly patching the contract lists?"], "client", "en",
     r"^\W*(no|not (really|quite|necessarily|at all))\b", r"1231-1", r"fault|breach"),
    ("C3", ["our MSP says GDPR fines can't touch them because they're only the processor, right?"], "client", "en",
     r"^\W*(no|not (really|quite|necessarily|at all))\b", r"\b83\b", None),
    ("C4", ["le client prétend qu'en tant que sous-traitant on ne risque aucune amende de la CNIL, c'est exact ?"], "msp",
     "fr", r"^\W*(non|pas (vraiment|forcement|du tout))\b", r"\b83\b", None),
]


@pytest.mark.parametrize("case, turns, side, lang, verdict, article, fault", CLAIMS, ids=[c[0] for c in CLAIMS])
def test_a_claim_is_judged_then_rejudged_with_a_fact(tmp_path, entries, case, turns, side, lang, verdict, article,
                                                     fault):  # noqa: F811
    outs = _all_turns(tmp_path, entries, turns, side, lang)
    first = outs[0]
    assert first["act"] in ("question", "follow_up"), f"{case}: {first['act']}"
    answer = _fold(first["answer"])
    assert re.search(verdict, answer), f"{case}: {first['answer']}"
    assert re.search(article, answer), f"{case}: {first['answer']}"
    assert not answer.startswith("pour votre perimetre"), f"{case}: {first['answer']}"
    if len(outs) > 1:
        second = outs[1]
        assert second["act"] in ("question", "follow_up"), f"{case}: {second['act']}"
        again = _fold(second["answer"])
        assert second["answer"] != first["answer"], f"{case}: repeated"
        assert re.search(fault, again) and re.search(r"1231-1", again), f"{case}: {second['answer']}"
        assert again.split("\n")[0] != answer.split("\n")[0], f"{case}: {second['answer']}"


# -- 5. a term described in figures: push back?, counter, refusal --------------------------------------------------------
TERMS = [
    ("T1", ["We're a 40-person engineering consultancy. Our MSP's draft says service credits are our sole remedy, capped "
            "at 10% of the monthly fee. Should we push back?", "what would you counter with?",
            "and if they refuse?"], "client", "en"),
    ("T2", ["On est une mutuelle de 25 personnes, le contrat de notre infogérant dit que les pénalités sont le seul "
            "recours du client et plafonnées à 5 % de la redevance mensuelle. Faut-il négocier ?", "tu proposerais quoi "
            "en face ?", "et s'ils refusent ?"], "client", "fr"),
]


@pytest.mark.parametrize("case, turns, side, lang", TERMS, ids=[c[0] for c in TERMS])
def test_a_described_term_is_judged_countered_and_fallen_back(tmp_path, entries, case, turns, side, lang):  # noqa: F811
    outs = _all_turns(tmp_path, entries, turns, side, lang)
    judged, counter, refused = (_fold(o["answer"]) for o in outs)
    assert outs[0]["act"] == "question", f"{case}: {outs[0]['act']}"
    # the user's side judged: the sole remedy works as a limit of liability (1170 / 1231-5), not the provider's objections
    assert re.search(r"limit|limitation", judged) and re.search(r"1170|1231-5", judged), f"{case}: {outs[0]['answer']}"
    assert not re.search(r"will probably contest|va probablement contester|contestera", judged), f"{case}: {judged}"
    assert outs[1]["act"] in ("change_position", "draft_clause"), f"{case}: {outs[1]['act']}"
    assert outs[1]["draft"] is not None and outs[1]["draft"]["position"] == "client", f"{case}: {outs[1]['draft']}"
    assert outs[1]["draft"]["topic"] in ("sla", "penalties"), f"{case}: {outs[1]['draft']}"
    assert outs[2]["act"] in ("follow_up", "objections"), f"{case}: {outs[2]['act']}"
    assert re.search(r"repli|fall ?back|fallback|accept|acceptable", refused), f"{case}: {outs[2]['answer']}"
    assert outs[2]["state"]["topic"] == outs[1]["draft"]["topic"], f"{case}: {outs[2]['state']}"
