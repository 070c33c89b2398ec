"""Classes of turns still missed on the dev half of dev_fresh_36 after s25-dia2 (issue 14, twenty-fifth session, helper
s25-dia3), each written as a generalisation batch BEFORE the fixes, every message our own (other sectors, FR and EN,
both sides, casual wording and missing accents):

- A. what the other side will answer, reply or say back if the user asks for something: that clause's objections;
- B. "is that good for us?" after an answer on a quoted clause or after a clause: a judgement for the user's side;
- C. a rewrite asked with a purpose ("so we can check the figures") after a quoted clause on measured service levels:
  the service-level clause, on the user's side (not the clause of the tools that measure);
- D. a figure the user set on the clause on the table carries into the contract drafted later;
- E. a figure set on the contract in progress with no clause on the table: the revised article is the clause on the
  table, so a follow-up works on it.

Each case is a short conversation run through the offline engine (no index, no learned reader)."""

from __future__ import annotations

import re

import pytest

from assistant.text import fold
from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


def _run(tmp_path, entries, turns, side, lang):  # noqa: F811
    return run_turns(tmp_path, entries, turns, side, lang)


# -- A. the other side's answer to a demand ---------------------------------------------------------------------------
REPLIES = [
    ("A1", "client", "fr", "rédige la clause de pénalités côté client",
     "ils vont me répondre quoi si je demande des pénalités doublées en cas de récidive ?"),
    ("A2", "msp", "fr", "fais la clause de préavis de résiliation côté presta",
     "qu'est ce que le client va me retorquer si je demande un preavis de 6 mois ?"),
    ("A3", "client", "en", "draft the data protection clause on our side, we're the customer",
     "what will the provider reply if we ask to approve every sub-processor in writing?"),
    ("A4", "msp", "en", "write the liability clause for us, the provider",
     "what is the client going to say back if I ask for a cap at 3 months of fees?"),
]


@pytest.mark.parametrize("case, side, lang, setup, message", REPLIES, ids=[c[0] for c in REPLIES])
def test_a_the_other_sides_answer_to_a_demand_is_objections(tmp_path, entries, case, side, lang, setup, message):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, [setup, message], side, lang)
    assert out.act == "objections", f"{case}: read as {out.act}"


def test_a_a_duty_to_answer_is_no_objection(tmp_path, entries):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, ["rédige la clause de niveaux de service côté client",
                                                 "le prestataire doit répondre en combien de temps si je signale une panne ?"],
                             "client", "fr")
    assert out.act != "objections", out.act


# -- B. is that good for us ---------------------------------------------------------------------------------------------
_JUDGED = re.compile(r"defavorable|pas (favorable|protect|dans votre interet)|limite|plafon|risque|prejudice|dommages|"
                     r"unfavourable|not (in your favour|protective)|limits?|cap|risk|damage|protect")


@pytest.mark.parametrize("case, side, lang, turns", [
    ("B1", "client", "fr", ["on est une clinique vétérinaire, 10 postes. dans leur contrat : « Les pénalités de retard sont "
                            "plafonnées à 3 % de la redevance annuelle et sont libératoires. » libératoire ça veut dire quoi ?",
                            "et c'est favorable pour nous ça ?"]),
    ("B2", "client", "en", ["we're a dental practice, 8 users. their draft: 'Service credits are capped at 4% of the annual "
                            "fees and are the Customer's sole remedy.' what does sole remedy mean?", "is that good for us or not?"]),
    # s26 (s26-dia0): a term with no figure is judged by the review's rules read on the quoted clause (chat.term_verdict)
    ("B3", "msp", "fr", ["le client nous envoie : « La responsabilité du Prestataire est illimitée. » ça veut dire "
                         "quoi illimitée exactement ?", "c'est bien pour nous ou pas ?"]),
])
def test_b_good_for_us_after_a_quoted_clause_is_a_judgement(tmp_path, entries, case, side, lang, turns):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, turns, side, lang)
    assert out.act in ("follow_up", "question", "review"), f"{case}: read as {out.act}"
    low = fold(pub["answer"])
    assert _JUDGED.search(low), f"{case}: {pub['answer'][:300]}"
    assert "attestation de vigilance" not in low and "nothing in my knowledge base" not in low, case


@pytest.mark.parametrize("case, side, lang, turns", [
    ("B4", "client", "en", ["draft the liability clause, provider-friendly version", "is this good for us?"]),
    ("B5", "msp", "fr", ["rédige la clause de réversibilité version client", "c'est bon pour nous ça ?"]),
])
def test_b_good_for_us_after_a_clause_judges_it_for_our_side(tmp_path, entries, case, side, lang, turns):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, turns, side, lang)
    low = fold(pub["answer"])
    assert "nothing in my knowledge base" not in low and "je ne trouve rien" not in low, f"{case}: {pub['answer'][:200]}"
    other = {"msp": "client", "client": "msp"}[side]
    # the clause on the table was written for the other side: the answer says so and offers the user's version
    assert re.search(r"\b(" + ("provider|prestataire" if other == "msp" else "client|customer") + r")", low), case
    assert pub["draft"] is not None, case


# -- C. a rewrite with a purpose, after a quoted service-level clause ---------------------------------------------------
@pytest.mark.parametrize("case, side, lang, turns", [
    ("C1", "client", "en", ["we run 2 hotels, 30 users. their draft: 'Availability is measured by the Provider's monitoring "
                            "tools; the Provider's figures are final.' fair?", "rewrite it so we can verify the numbers"]),
    ("C2", "client", "fr", ["on est une mutuelle, 25 postes. leur texte : « La disponibilité est calculée par les outils du "
                            "Prestataire ; ses rapports font foi. » ça va ?", "réécris-la pour qu'on puisse vérifier les chiffres"]),
    ("C3", "msp", "en", ["client's draft: 'Response times are measured with the Customer's own ticket tool and its logs are "
                         "binding.' ok for us?", "rewrite it so we can contest their numbers"]),
])
def test_c_a_rewrite_with_a_purpose_keeps_the_service_levels(tmp_path, entries, case, side, lang, turns):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, turns, side, lang)
    assert pub["draft"] is not None, case
    assert pub["draft"]["topic"] == "sla", f"{case}: {pub['draft']['topic']}"
    assert pub["draft"]["position"] == side, f"{case}: {pub['draft']['position']}"


# -- D. a figure set on a clause carries into the contract ----------------------------------------------------------
@pytest.mark.parametrize("case, side, lang, turns, figure", [
    ("D1", "client", "en", ["draft the service levels clause on our side", "make availability 99.7%",
                            "now draft the whole contract for us, 20 users, one site"], r"99[.,]7"),
    ("D2", "msp", "fr", ["rédige la clause de résiliation côté presta", "mets le préavis à 4 mois",
                         "ok rédige-moi tout le contrat, 15 postes, 2 sites"], r"\b4 mois|quatre \(4\) mois|quatre mois"),
])
def test_d_a_figure_set_on_a_clause_reaches_the_contract(tmp_path, entries, case, side, lang, turns, figure):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, turns, side, lang)
    assert out.act == "draft_contract", f"{case}: read as {out.act}"
    assert re.search(figure, pub["contract"]["markdown"]), case


# -- E. a figure set on the contract: its article on the table ------------------------------------------------------
@pytest.mark.parametrize("case, side, lang, turns, figure", [
    ("E1", "msp", "fr", ["contrat d'infogérance pour une imprimerie, 9 postes, 1 site, heures ouvrées",
                         "mets une GTR de 6h ouvrées pour les incidents critiques"], r"\b6 ?h|\b6 heures|six heures"),
    ("E2", "client", "en", ["managed services contract for our garden centre, 12 users, 2 shops, business hours",
                            "set the notice period to 2 months"], r"\b2 months|two \(2\) months|two months"),
])
def test_e_a_figure_set_on_the_contract_puts_its_article_on_the_table(tmp_path, entries, case, side, lang, turns,
                                                                        figure):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, turns, side, lang)
    assert pub["draft"] is not None, f"{case}: no draft ({out.act})"
    assert re.search(figure, pub["draft"]["text"]), f"{case}: {pub['draft']['text'][:300]}"


def test_e_a_follow_up_then_works_on_that_article(tmp_path, entries):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, ["contrat d'infogérance pour une imprimerie, 9 postes, 1 site, heures ouvrées",
                                                "mets une GTR de 6h ouvrées pour les incidents critiques",
                                                "reformule plus simplement"], "msp", "fr")
    assert out.act == "rephrase", out.act
    assert pub["draft"] is not None and pub["draft"]["topic"] == "sla", pub["draft"]


# -- C'. the hours covered are no time to respond (read alongside C: "24h/24" put a 24-hour GTR in the answer) ---------
@pytest.mark.parametrize("message, figures", [
    ("support 24h/24, GTR 4h", {"restoration_time_p1_hours": 4}),
    ("le devis dit disponibilité 99,5 %, 24h/24", {"availability_percent": 99.5}),
    ("help desk 24 hours a day, restore within 8 hours", {"restoration_time_p1_hours": 8}),
    ("intervention sous 4h, 7j/7", {"intervention_time_p1_hours": 4}),
    ("une GTR de 24h pour les P1", {"restoration_time_p1_hours": 24}),
])
def test_c_hours_covered_are_no_figure(message, figures):
    from assistant.chat.slots import read_slots

    assert read_slots(message).figures == figures


# -- D'. a figure of the deal reported while asking carries into the user's version, never a weaker one ----------------
@pytest.mark.parametrize("case, side, lang, turns, figure", [
    ("D3", "client", "en", ["we run 2 hotels, 30 users, 24/7. the MSP quote promises 'availability 99.8%' for the booking "
                            "platform they host. how is that usually measured?", "ok draft the full contract on our side"],
     r"99[.,]8"),
    ("D4", "client", "fr", ["on est une mutuelle, 25 postes, 2 agences. leur devis prévoit une disponibilité de 99,7 % pour "
                            "l'extranet qu'ils hébergent, ça se calcule comment ?", "rédige la clause de niveaux de service "
                            "de notre côté"], r"99[.,]7"),
])
def test_d_a_figure_reported_from_the_deal_is_kept(tmp_path, entries, case, side, lang, turns, figure):  # noqa: F811
    _out, pub, _state = _run(tmp_path, entries, turns, side, lang)
    text = (pub["contract"] or {}).get("markdown") or (pub["draft"] or {}).get("text") or ""
    assert re.search(figure, text), f"{case}: {text[:300]}"


@pytest.mark.parametrize("case, side, lang, turns, weak", [
    ("D5", "client", "en", ["their draft: 'Service credits are capped at 3% of the annual fees.' is that usual?",
                            "draft the penalties clause on our side"], r"\b3 ?%"),
    ("D6", "msp", "fr", ["le client a écrit dans son projet de contrat : « la responsabilité du Prestataire est plafonnée à "
                         "36 mois de redevance ». c'est courant ?", "rédige la clause de responsabilité côté presta"],
     r"\b36 mois|trente-six"),
])
def test_d_the_other_sides_weak_figure_is_not_kept(tmp_path, entries, case, side, lang, turns, weak):  # noqa: F811
    _out, pub, _state = _run(tmp_path, entries, turns, side, lang)
    assert pub["draft"] is not None, case
    assert not re.search(weak, pub["draft"]["text"]), f"{case}: {pub['draft']['text'][:300]}"


@pytest.mark.parametrize("message, act, kept", [
    ("the MSP quote says 'availability 99.9%', how is that measured?", "question", {"availability_percent": 99.9}),
    ("et si la dispo passe à 98 % dans leur offre ?", "question", {}),
    ("99,5 % de dispo c'est normal ?", "question", {}),
    ("leur devis prévoit une GTR de 8h", "set_figure", {}),
])
def test_d_which_figures_are_reported(message, act, kept):
    from assistant.chat.deal_figures import reported_figures
    from assistant.chat.slots import read_slots

    assert reported_figures(message, act, read_slots(message).figures) == kept
