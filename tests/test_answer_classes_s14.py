"""Issue 15, fourteenth session: questions told as a story reach the answer written for them.

A user tells the situation in three or four sentences, then asks a short question ("… le bailleur réclame les loyers.
on est coincé ?"). Classes (every sentence below is our own paraphrase, FR and EN, on several subjects; near-misses
keep their reading):
- the message is read as a situation and an ask (`statements.narration`), lower case and abbreviations allowed;
- the kind of question comes from the ask first (`answer_plan.question_type`): a comparison word in the story does not
  make a question about termination a comparison; "fair?" / "équitable ?" asks whether a term is acceptable, "what do we
  need to put in place?" / "qu'est-ce qu'on doit mettre en place ?" what to write;
- the card scorer reads each sentence of the situation with the ask (`cards.story_views`), and a card the hybrid search
  finds first for the story, level with the scorer's best and of the kind asked, answers (`cards.told_as_story`);
- a name the knowledge base does not know, told only in the situation, does not turn the answer into "je ne trouve
  rien sur…" (`statements.story_detail`); named in the ask itself, it still does;
- "are we exempt?" answered by a card whose verdict is a plain "yes, the duty applies" opens "No"
  (`answer_plan.asks_exemption`, `answer_plan.duty_holds`).
"""

from __future__ import annotations

import re

import pytest

from assistant.chat.answer_plan import asks_exemption, duty_holds, question_type
from assistant.chat.cards import story_views
from assistant.chat.statements import narration, question_sentences, story_detail
from evaluations.answer_scoring import REFUSAL, fold, verdict_text

# -- reading a story -------------------------------------------------------------------------------------------------


def test_a_lower_case_story_is_cut_into_situation_and_ask():
    text = ("on gère le parc d'une clinique vétérinaire depuis 2021. le contrat fixe une GTR de 4 h, art. 6.2 de l'annexe. "
            "la clinique nous réclame 99.5 % de disponibilité alors qu'on n'héberge rien. on doit accepter ?")
    story = narration(text)
    assert story is not None
    # a short ask ("on doit accepter ?") is read with the sentence it points back at
    assert story.ask == "la clinique nous réclame 99.5 % de disponibilité alors qu'on n'héberge rien. on doit accepter ?"
    assert "art. 6.2" in story.situation and "99.5 %" not in story.situation
    assert len(story.parts) == 4  # neither "art." nor "99.5" cut a sentence


def test_a_bare_ask_leans_on_the_sentence_before_it():
    text = ("our provider runs the firewall and the mail relay for us. the renewal letter says they'll now bill every "
            "ticket above twenty per month. they call it standard. fair?")
    story = narration(text)
    assert story.ask.startswith("they call it standard") and story.ask.endswith("fair?")


@pytest.mark.parametrize("text", [
    "Le prestataire peut-il résilier le contrat sans préavis ?",  # one sentence
    "SLA de 99,9 %. Normal ?",  # too short to be a story
    "what is an obligation of means?",
])
def test_a_plain_question_is_no_story(text):
    assert narration(text) is None
    assert story_views(text) == [text]


def test_a_story_is_matched_sentence_by_sentence():
    text = ("we're a dental practice with eight chairs. our x-ray server is leased through our IT firm, which also "
            "maintains it. the IT firm closed down in June. the leasing company still wants the monthly payments. "
            "are we stuck?")
    views = story_views(text)
    assert views[0] == text and len(views) >= 3
    assert all(v.endswith("are we stuck?") for v in views[1:])


def test_sentences_keep_brackets_whole():
    parts = question_sentences("le msp (qui gère aussi la téléphonie. et le wifi) a tout coupé. on fait quoi ?")
    assert parts == ["le msp (qui gère aussi la téléphonie. et le wifi) a tout coupé.", "on fait quoi ?"]


# -- the kind of question comes from the ask -------------------------------------------------------------------------
@pytest.mark.parametrize("text,kind", [
    # a comparison word in the story, a question of right in the ask
    ("on avait comparé deux offres et pris la moins chère, un forfait contre de la régie. depuis, le prestataire ne "
     "respecte aucun délai d'intervention et on perd des journées entières. on peut résilier ?", "enforceable"),
    ("we compared a fixed fee versus time and materials last year and picked the flat fee. since then the MSP has "
     "missed every response time in the annex and our staff lose days. can we terminate?", "enforceable"),
    # "fair?" and its family: is such a term acceptable
    ("the draft says only the provider's dashboards count for the uptime figures. we have no access to the raw data. "
     "is that fair?", "is_it_normal"),
    ("le projet de contrat prévoit que seuls les tableaux de bord du prestataire comptent pour la disponibilité. on n'a "
     "aucun accès aux données brutes. c'est équitable ?", "is_it_normal"),
    ("une clause nous interdit de contester les rapports mensuels du prestataire au-delà de huit jours. ça me paraît "
     "abusif, non ?", "is_it_normal"),
    # what to put in place for a plan the other side announces
    ("the provider plans to have its helpdesk in Manila take over our weekend tickets. those agents would see our "
     "patients' files. what do we need to put in place?", "what_to_write"),
    ("l'infogérant veut confier l'astreinte du week-end à son équipe de Dakar. ils auraient accès à nos bases clients. "
     "qu'est-ce qu'on doit mettre en place ?", "what_to_write"),
])
def test_the_ask_gives_the_kind_of_question(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text", [
    "c'est juste une question de curiosité : combien de temps dure la réversibilité en général ?",
    "to be fair, what does reversibility cover?",
])
def test_near_misses_of_fair_are_not_read_as_is_it_normal(text):
    assert question_type(text) != "is_it_normal"


# -- exemption asked of a duty ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "on est une ESN de 20 personnes, un client veut voir notre registre. avec moins de 250 salariés on en est exemptés, non ?",
    "nous ne sommes pas obligés de tenir ce registre en tant que petite structure ?",
    "we're a 9-person MSP and a client asks for our record of processing. we don't have to keep one at our size, right?",
    "is a small provider exempt from keeping a processor record?",
])
def test_an_exemption_is_asked(text):
    assert asks_exemption(text)


@pytest.mark.parametrize("text", [
    "doit-on tenir un registre des traitements en tant que sous-traitant ?",
    "do we have to keep a record of processing as a processor?",
])
def test_a_duty_asked_is_no_exemption(text):
    assert not asks_exemption(text)


def test_a_plain_yes_to_a_duty_answers_no_to_the_exemption():
    assert duty_holds("Oui : le sous-traitant tient un registre distinct pour chaque client.", "fr").startswith("Non")
    assert duty_holds("Yes: the processor keeps its own record for each client.", "en").startswith("No")
    # a conditional yes is kept: the user's facts decide
    kept = "Oui, si le traitement n'est pas occasionnel : le sous-traitant tient un registre."
    assert duty_holds(kept, "fr") == kept


# -- an unknown name told only in the story --------------------------------------------------------------------------
def test_an_unknown_name_in_the_situation_is_a_detail_of_the_story():
    text = ("on est msp et on a vendu en 2022 un forfait de 4 ans à prix ferme, licences Zextra et stockage compris. "
            "avec les hausses de l'éditeur on travaille à perte depuis six mois. on peut obliger le client à revoir le prix ?")
    assert story_detail(["Zextra"], text)
    asked = ("on est msp et on gère le parc d'un client depuis 2022 sans aucun souci particulier. il veut passer sur "
             "Zextra l'an prochain. est-ce que Zextra est conforme au RGPD ?")
    assert not story_detail(["Zextra"], asked)
    assert not story_detail(["Zextra"], "Zextra est-il conforme ?")  # no story at all


# -- index tier: the story reaches its card --------------------------------------------------------------------------
STORIES = [
    # interdependent contracts: the maintainer gone, the lessor still asking for rents
    pytest.param(
     "nous sommes un cabinet d'architectes de 12 personnes. les postes et le traceur sont loués à une société de "
     "financement, et la maintenance était assurée par l'intégrateur qui avait monté le dossier. l'intégrateur a été "
     "liquidé en mars. la société de financement exige toujours ses mensualités jusqu'en 2028. on est bloqués ?",
     "client", "card.interdependent_lease.fr", r"1186",
     marks=pytest.mark.xfail(strict=True, reason="still short: every card and entry scores low on this story (best 0.48, "
                                                  "retrieval 0.43), no agreement strong enough to answer")),
    ("we're a dental practice with eight chairs. our x-ray server and PCs are on a finance lease that our IT firm set "
     "up, and the same firm maintained everything. the IT firm closed down in June and nobody maintains anything now. "
     "the leasing company still wants three more years of payments. are we stuck?",
     "client", "card.interdependent_lease.en", r"1186"),
    # the provider's duty to warn, and who proves it was met
    pytest.param(
     "notre messagerie a été compromise via un serveur dont l'éditeur ne publiait plus de correctifs depuis un an. notre "
     "infogérant surveille ce serveur depuis 2020 et ne nous a jamais alertés. maintenant il soutient que c'est à nous "
     "de démontrer qu'il ne nous a rien dit. qui doit prouver ?", "client", "card.duty_to_advise_proof.fr", r"1353|1112-1",
     marks=pytest.mark.xfail(strict=True, reason="still short: the card on proving a technician's fault ties with the card "
                                                  "on the duty to advise (0.79 each) and an older rule takes the first")),
    # a price changed at will
    # s16: passes now that a price changed by the verb names the price-revision subject (cards._MORE_CUES)
    ("on a signé un contrat d'infogérance de trois ans l'an dernier. une ligne permet au prestataire de changer ses "
     "tarifs quand il le souhaite en nous prévenant un mois avant. il vient d'annoncer une hausse de 20 % au 1er janvier. "
     "on est obligés de l'accepter ?", "client", "card.unilateral_price_increase.fr", r"1164|1171|L442-1"),
    ("we signed a three-year managed services deal last spring. one line lets the provider revise its fees whenever it "
     "likes on 60 days' notice. they have just announced a 25% rise from January. do we have to go along with it?",
     "client", "card.unilateral_price_increase.en", r"1164|1171|L442-1"),
    # cards added this session: a public contract's renewal, the provider's records made indisputable
    pytest.param(
     "je gère l'informatique d'un syndicat intercommunal. notre marché de maintenance des serveurs a été passé pour un "
     "an, reconductible deux fois. l'entreprise titulaire annonce qu'elle s'arrête après la première année parce "
     "qu'elle y perd. elle a le droit de refuser de continuer ?", "client", "card.public_contract_renewal.fr", r"R2112-4",
     marks=pytest.mark.xfail(strict=True, reason="still short: the card scorer ranks the card first by a small margin and "
                                                  "retrieval does not find it among its first results")),
    ("the provider's draft SLA says uptime is computed only from its own dashboards and that we may not dispute those "
     "figures. last quarter we had two outages their tools never recorded. is that acceptable?",
     "client", "card.provider_records_conclusive.en", r"1356"),
]


@pytest.mark.parametrize("question,role,card,article", STORIES)
def test_a_story_reaches_its_card(app, question, role, card, article):
    ans = app.ask(question, role=role)
    assert ans.intent == "question"
    assert ans.citations and ans.citations[0].id == card
    assert re.search(article, ans.answer)
    assert not REFUSAL.search(fold(ans.answer))


def test_an_exemption_story_opens_with_no(app):
    ans = app.ask("on est une ESN de 20 personnes et un client veut consulter notre registre de sous-traitant. comme on a "
                  "moins de 250 salariés, on en est exemptés, non ?", role="msp")
    assert ans.citations and ans.citations[0].id == "card.processor_record.fr"
    assert re.match(r"\W*non\b", fold(verdict_text(ans.answer)))


def test_an_unknown_name_in_the_story_does_not_refuse(app):
    ans = app.ask("on est msp et on a vendu en 2022 un forfait de 4 ans à prix ferme, licences Zextra et stockage "
                  "compris. avec les hausses de l'éditeur on travaille à perte depuis six mois. on peut obliger le client à "
                  "revoir le prix ?", role="msp")
    assert not REFUSAL.search(fold(ans.answer))
    assert "1195" in ans.answer


@pytest.mark.parametrize("question,role,card", [
    # near-misses: one-sentence questions keep their card
    ("qui doit prouver que le prestataire a bien donné son conseil ?", "client", "card.duty_to_advise_proof.fr"),
    ("Does the financial lease fall if the maintenance contract is terminated?", "client", "card.interdependent_lease.en"),
    ("La tacite reconduction est-elle valable entre professionnels ?", "client", "card.tacit_renewal_b2b.fr"),
])
def test_plain_questions_keep_their_card(app, question, role, card):
    ans = app.ask(question, role=role)
    assert ans.citations and ans.citations[0].id == card


# -- the other side claims the proof is on the user ------------------------------------------------------------------
_ON_PROVIDER_FR = "C'est au prestataire de prouver qu'il a donné la mise en garde ; le client établit seulement qu'elle était due."
_ON_PROVIDER_EN = "The provider must prove it gave the warning; the client only shows that it was owed."


@pytest.mark.parametrize("question,verdict", [
    ("notre NAS a été chiffré par un rançongiciel. l'infogérant savait que le firmware n'était plus suivi et ne nous a "
     "rien dit. il soutient que c'est à nous de démontrer qu'il ne nous a pas prévenus. il a raison ?", _ON_PROVIDER_FR),
    ("our backup appliance went end of life and the MSP never flagged it. after the outage they told us we have to prove "
     "they never warned us. is that true?", _ON_PROVIDER_EN),
])
def test_a_burden_claimed_on_us_is_answered_no(question, verdict):
    from assistant.chat.answer_plan import burden_claim_refuted
    assert burden_claim_refuted(question, verdict)


@pytest.mark.parametrize("question,verdict", [
    # no claim of the other side, only a question of who proves
    ("notre NAS a été chiffré et l'infogérant ne nous avait jamais alertés. qui doit prouver quoi ?", _ON_PROVIDER_FR),
    # the claim puts the proof on the provider itself
    ("the MSP admits it has to prove it warned us about the old firewall. is that true?", _ON_PROVIDER_EN),
    # the verdict puts the proof on the client: the claim holds, no "no"
    ("le prestataire dit que c'est à nous de prouver sa faute dans l'incident. c'est vrai ?",
     "Oui : c'est au client qui réclame réparation de prouver la faute du prestataire."),
])
def test_near_misses_of_a_refuted_burden_claim(question, verdict):
    from assistant.chat.answer_plan import burden_claim_refuted
    assert not burden_claim_refuted(question, verdict)
