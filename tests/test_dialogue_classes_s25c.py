"""Third batch of the s25 dialogue classes (branch s25-dia) (issue 14), written before the fixes of this batch, our own wording (FR and
EN, casual, both speaker sides, other sectors):

- E. a text the user brought from the other side, weighed by the last answer (reviewed, or what to negotiate or what
  they will object in it), then "une contre-proposition plus équilibrée", "more balanced wording": one step from that
  text, the balanced version; when only a question was answered or a term explained, the user's side (s25 C1/C2);
- F. "fairer to us", "plus juste pour nous", "more balanced for the client": the party named gives the direction; with
  the user's own version on the table it stays on the user's side (not one step to the middle);
- G. data lost named in a follow-up on the clause on the table ("they'll ask for data loss to sit outside the cap") is
  a carve-out of that clause, not a new backup clause; with nothing discussed it still names the backups;
- H. the other side's figures described ("they want a 36 month term and 80% of the fees left if we go early") are all
  read when none is answered by one of the user's of the same kind; "they want 12, we can do 6" keeps the user's."""

from __future__ import annotations

import pytest

from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)

# -- E. a text weighed, then "more balanced" ---------------------------------------------------------------------------
_THEIR_FR_MSP = ("la mairie nous a renvoyé sa version, je colle : « Le Prestataire garantit une disponibilité de 100 % "
                 "du service et répond de toute interruption, quelle qu'en soit la cause. » c'est jouable ?")
_THEIR_EN_CLIENT = ("our provider's paper says: 'The Customer shall pay all invoices within 7 days, failing which the "
                    "Provider may suspend all services without notice.' is that ok?")
_THEIR_EN_MSP = ("the school's lawyer sent this: 'The Contractor shall be liable without limit for any loss suffered by "
                 "the School.' thoughts?")

WEIGHED = [
    # (case, setup, message, side, lang, topic)
    ("E1", [_THEIR_FR_MSP, "je négocie quoi en priorité ?"], "propose une contre-proposition sla plus équilibrée",
     "msp", "fr", "sla"),
    ("E2", [_THEIR_EN_CLIENT], "a more balanced version please", "client", "en", "pricing_payment"),
    ("E3", [_THEIR_EN_MSP, "what will they say if we push back?"], "ok, a more even-handed liability clause then",
     "msp", "en", "liability"),
]


@pytest.mark.parametrize("case, setup, message, side, lang, topic", WEIGHED, ids=[c[0] for c in WEIGHED])
def test_e_more_balanced_than_a_text_weighed_is_the_balanced_one(tmp_path, entries, case, setup, message, side,  # noqa: F811
                                                                 lang, topic):
    out, pub, _state = run_turns(tmp_path, entries, [*setup, message], side, lang)
    assert out.act in ("change_position", "draft_clause"), f"{case}: read as {out.act}"
    assert pub["draft"] and pub["draft"]["topic"] == topic, f"{case}: {pub['draft'] and pub['draft']['topic']}"
    assert pub["draft"]["position"] == "balanced", f"{case}: {pub['draft']['position']}"


def test_e_near_miss_a_term_explained_leaves_the_users_side(tmp_path, entries):  # noqa: F811
    # a term of their text explained, then a fairer clause of the user's own: measured against their terms
    out, pub, _state = run_turns(tmp_path, entries, [
        "le contrat de notre prestataire prévoit une reconduction tacite de 36 mois, préavis 9 mois, normal ?",
        "ça veut dire quoi tacite reconduction au juste",
        "écris-nous une clause de durée plus équilibrée"], "client", "fr")
    assert pub["draft"] and pub["draft"]["topic"] == "duration_renewal"
    assert pub["draft"]["position"] == "client"


# -- F. the party named gives the direction ----------------------------------------------------------------------------
NAMED = [
    ("F1", ["write us a confidentiality clause, we're the customer"], "make it fairer to us", "client", "en",
     "confidentiality", "client"),
    ("F2", ["rédige la clause de non-sollicitation côté prestataire"], "rends-la plus juste pour nous", "msp", "fr",
     "non_solicitation", "msp"),
    ("F3", ["draft the SLA for us as the customer, 4 hour response"], "a bit fairer for us please", "client", "en",
     "sla", "client"),
]


@pytest.mark.parametrize("case, setup, message, side, lang, topic, position", NAMED, ids=[c[0] for c in NAMED])
def test_f_fairer_to_a_named_party_is_a_direction(tmp_path, entries, case, setup, message, side, lang, topic,  # noqa: F811
                                                  position):
    out, pub, _state = run_turns(tmp_path, entries, [*setup, message], side, lang)
    assert out.act in ("change_position", "draft_clause"), f"{case}: read as {out.act}"
    assert pub["draft"] and pub["draft"]["topic"] == topic, f"{case}: {pub['draft'] and pub['draft']['topic']}"
    assert pub["draft"]["position"] == position, f"{case}: {pub['draft']['position']}"


# -- G. data lost, on the clause on the table --------------------------------------------------------------------------
CARVE_OUT = [
    ("G1", ["rédige notre clause de responsabilité, plafond 6 mois de redevance"],
     "ils vont vouloir sortir les pertes de données du plafond, je leur réponds quoi ?", "msp", "fr", "liability"),
    ("G2", ["write the penalties clause for us, credits capped at 10% of the monthly fee"],
     "what if they ask for extra credits when files get lost?", "msp", "en", "penalties"),
]


@pytest.mark.parametrize("case, setup, message, side, lang, topic", CARVE_OUT, ids=[c[0] for c in CARVE_OUT])
def test_g_data_lost_stays_on_the_clause_on_the_table(tmp_path, entries, case, setup, message, side, lang,  # noqa: F811
                                                      topic):
    _out, pub, state = run_turns(tmp_path, entries, [*setup, message], side, lang)
    assert pub["state"]["topic"] == topic, f"{case}: {pub['state']['topic']}"
    assert state.clause is not None and state.clause.topic == topic


def test_g_near_miss_data_lost_with_nothing_discussed_names_the_backups(tmp_path, entries):  # noqa: F811
    _out, pub, _state = run_turns(tmp_path, entries, ["the clinic wants a promise that no patient file is ever lost, "
                                                      "can we sign that?"], "msp", "en")
    assert pub["state"]["topic"] == "backup_recovery"


# -- H. the other side's figures, none answered ------------------------------------------------------------------------
def test_h_their_figures_described_are_read():
    from assistant.chat.slots import read_slots

    s = read_slots("ils veulent un engagement de 36 mois et 80 % des redevances restantes si on part avant, "
                   "c'est raisonnable ?", side_hint="client")
    assert s.figures.get("initial_term_months") == 36
    s = read_slots("they want a 48 month commitment plus 50% of the fees left on early exit, thoughts",
                   side_hint="client")
    assert s.figures.get("initial_term_months") == 48


def test_h_near_miss_their_figure_answered_by_ours_is_dropped():
    from assistant.chat.slots import read_slots

    s = read_slots("they want 12 months notice, we can do 3 months", side_hint="msp")
    assert s.figures.get("notice_months") == 3
