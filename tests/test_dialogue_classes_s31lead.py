"""Session 31, lead (issue 14): two classes of the sealed31 dialogues' dev half, in our own wordings.

1. The duties of a role the GDPR defines asked ("nos obligations en tant que sous-traitant", "our duties as data
   processor"): the processor's list under Art. 28(3), not the kinds of obligation (means or result) of the service
   commitments; the kinds asked stay with the obligations engine.
2. Whose duty a new case is, asked after a clause was drafted ("et les clients qui demandent leurs données, c'est à
   nous de répondre ?"): a question of its own, not the clause on the table asked again; a short "and for X?" stays a
   follow-up."""

from __future__ import annotations

import re

import pytest

from assistant.text.fold import fold

pytestmark = pytest.mark.index  # the answers are looked up in the built index


def run_turns(app, tmp_path, turns, side, lang):
    from tests.llm_helpers import build_llm_app

    engine = build_llm_app(app, tmp_path, chat_model=False).chat
    cid, out = None, None
    for text in turns:
        out = engine.turn(text, conversation_id=cid, side=side, lang=lang)
        cid = out.conversation_id
    return out, engine.public(out), None


@pytest.mark.parametrize("turns, side, lang", [
    (["contrat d'infogerance pour un cabinet d'architectes, 12 postes, on heberge leurs plans et leurs fichiers clients",
      "quelles sont nos obligations en tant que sous-traitant ?"], "msp", "fr"),
    (["we're the msp for a dental lab, 9 users, we back up their patient files",
      "what are our duties as data processor?"], "msp", "en"),
    (["on est le prestataire d'une mutuelle, 30 postes, on administre leur base adherents",
      "et nos devoirs comme sous-traitant rgpd, c'est quoi ?"], "msp", "fr"),
])
def test_the_duties_of_a_processor_asked_get_the_article_28_list(app, tmp_path, turns, side, lang):
    out, pub, state = run_turns(app, tmp_path, turns, side, lang)
    answer = fold(pub["answer"])
    assert pub["act"] in ("obligations", "question"), pub["act"]
    assert re.search(r"28 ?\(3\)|instructions? documentee|documented instructions", answer), answer[:400]
    assert not re.search(r"commitment by commitment|engagement par engagement", answer), answer[:400]


@pytest.mark.parametrize("turns, side, lang", [
    (["contrat d'infogerance pour un cabinet d'architectes, 12 postes",
      "nos obligations sur la disponibilite, c'est de moyens ou de resultat ?"], "msp", "fr"),
    (["we're the msp for a dental lab, 9 users",
      "are our obligations on the restore time means or result?"], "msp", "en"),
])
def test_near_miss_the_kind_of_obligation_asked_stays_with_the_obligations_engine(app, tmp_path, turns, side, lang):
    out, pub, state = run_turns(app, tmp_path, turns, side, lang)
    assert pub["act"] == "obligations", pub["act"]
    assert re.search(r"moyens|means", fold(pub["answer"]))


@pytest.mark.parametrize("turns, side, lang", [
    (["on est le presta d'une clinique veterinaire, 20 postes, avec leurs fichiers clients. fais moi la clause d'audit",
      "et les clients de la clinique qui demandent leurs donnees, c'est a nous de leur repondre ?"], "msp", "fr"),
    (["we are the provider for a law firm, 15 users, we host their client files. draft the audit clause",
      "and the people who ask for a copy of their data, is it up to us to answer them?"], "msp", "en"),
])
def test_whose_duty_a_new_case_is_asked_after_a_clause_is_a_question(app, tmp_path, turns, side, lang):
    out, pub, state = run_turns(app, tmp_path, turns, side, lang)
    assert pub["act"] == "question", pub["act"]
    assert re.search(r"28 ?\(3\) ?\(?e|transm|forward|pass (it|the request|them) on|aide|assist", fold(pub["answer"])), pub["answer"][:400]


@pytest.mark.parametrize("turns, side, lang", [
    (["on est le presta d'une clinique veterinaire, 20 postes. fais moi la clause d'audit",
      "et pour la frequence ?"], "msp", "fr"),
    (["we are the provider for a law firm, 15 users. draft the audit clause",
      "and the notice period?"], "msp", "en"),
])
def test_near_miss_a_short_and_for_x_stays_a_follow_up(app, tmp_path, turns, side, lang):
    out, pub, state = run_turns(app, tmp_path, turns, side, lang)
    assert pub["act"] in ("follow_up", "set_figure", "draft_clause"), pub["act"]


# -- 1b. the duties the GDPR sets on the provider, asked without naming its role ------------------------------------------
@pytest.mark.parametrize("turns, side, lang", [
    (["on est un camping, 14 postes, je suis cote client, on renegocie avec notre infogereur",
      "c'est quoi les obligations de l'infogereur en matiere de rgpd s'il voit nos fichiers de reservation ?"], "client", "fr"),
    (["we're a riding school, 6 users, on the customer side of an msp contract",
      "what duties does the provider have under the GDPR if it can see our members' records?"], "client", "en"),
])
def test_the_providers_duties_under_the_gdpr_asked_get_the_article_28_list(app, tmp_path, turns, side, lang):
    out, pub, state = run_turns(app, tmp_path, turns, side, lang)
    answer = fold(pub["answer"])
    assert re.search(r"28 ?\(3\)|instructions? documentee|documented instructions", answer), answer[:400]
    assert not re.search(r"commitment by commitment|engagement par engagement", answer), answer[:400]
