"""Slot classes of the twenty-fourth session (issue 14), read from the dev half of `dev_fresh_35.yaml` and written as a
generalisation batch BEFORE the fixes (first run recorded in the session's report). Every message is our own (FR and EN,
casual, typos, figures in words, both speaker sides):

- S. places removed or added in words, the count moved from the stated one: a place closing or opening named by any
  place noun ("retire une boulangerie, celle de Tours ferme"), one of them ("ils ferment une des agences"), an implied
  one ("add another clinic"), so many more ("three more branches"); near-misses: people or devices added, a place that
  lacks something, a place's opening hours;
- P. data that is personal said in everyday words: loyalty-card holders, people booked or registered, members' birth
  dates and emergency contacts, tenants' files, pupils' reports; near-misses: stock, prices, invoices to businesses,
  anonymous counters. Decision on business contacts: a business's own records (invoices to trade customers, stock, supplier
  prices) are no personal data here; a list of people to reach (names, e-mails, phone numbers of customers or contacts)
  stays personal data, as the rule already says for "customer contacts" — a person at a company is still a person
  (GDPR art. 4(1));
- C. a figure corrected by taking the old value back ("non pas 12 mois de reconduction, 6", "not 3 months, make it 2"):
  the new value on the figure named, never the value taken back;
- F. a monthly fee stated with a conditional increase ("+10 % si on ajoute l'astreinte le dimanche"): the fee set, the
  increase neither applied nor a figure of its own, no service or hours fact taken from the condition;
- E. sites in a deal description: people counted at one place plus another place ("12 postes au bureau + 1 dépôt") are
  two sites; a device or a person joined that way is no place."""

from __future__ import annotations

import re

import pytest

from assistant.chat.slots import read_slots
from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


def _run(tmp_path, entries, turns, side, lang):  # noqa: F811
    """The last turn's result and its public view."""
    return run_turns(tmp_path, entries, turns, side, lang)[:2]


# -- S. places removed or added in words -------------------------------------------------------------------------------
# (case, message, the change read: ("add", ±n, "sites"))
SITES_CHANGED = [
    ("S1", "retire une boulangerie, celle de Tours ferme en juin", -1),
    ("S2", "ils ferment une des agences le mois prochain", -1),
    ("S3", "on perd deux magasins, ceux de Lille et Douai", -2),
    ("S4", "ajoute une crèche, elle ouvre en septembre", 1),
    ("S5", "deux agences de plus a partir de janvier", 2),
    ("S6", "un cabinet en moins, celui de Brest a fermé", -1),
    ("S7", "add another clinic, it opens in May", 1),
    ("S8", "they're closing one of the stores", -1),
    ("S9", "three more branches next year", 3),
    ("S10", "drop one salon, the Leeds one shut down", -1),
    ("S11", "plus one bakery, opening next month", 1),
    ("S12", "scratch one warehouse, the hull one is closing", -1),
]


@pytest.mark.parametrize("case, message, delta", SITES_CHANGED, ids=[c[0] for c in SITES_CHANGED])
def test_a_place_removed_or_added_moves_the_count(case, message, delta):
    s = read_slots(message, side_hint="msp")
    assert s.relative == ("add", float(delta), "sites") or s.relative == ("add", delta, "sites"), \
        f"{case}: relative {s.relative}"
    assert "sites" not in s.facts, f"{case}: a count of sites read as the total: {s.facts}"


SITES_NOT_CHANGED = [
    ("SN1", "on a ajouté 1 utilisateur", ("add", 1.0, "users")),
    ("SN2", "un des sites n'a pas de serveur", None),
    ("SN3", "one of the stores has no wifi", None),
    ("SN4", "ajoute la sauvegarde pour le dépôt", None),
    ("SN5", "the shop closes at 6pm on saturdays", None),
    ("SN6", "add one more user at the Leeds office", ("add", 1.0, "users")),
    ("SN7", "enlève 1 imprimante, elle part à la casse", None),
    ("SN8", "une des boutiques ferme le lundi", None),
]


@pytest.mark.parametrize("case, message, relative", SITES_NOT_CHANGED, ids=[c[0] for c in SITES_NOT_CHANGED])
def test_people_devices_and_hours_move_no_site(case, message, relative):
    s = read_slots(message, side_hint="msp")
    assert s.relative == relative, f"{case}: relative {s.relative}"
    assert "sites" not in s.facts, f"{case}: sites {s.facts.get('sites')}"


_GYMS = "managed services contract for 3 climbing gyms, 20 users, business hours"
_CRECHES = "contrat d'infogérance pour 5 crèches, 30 postes, heures ouvrées"


@pytest.mark.parametrize("setup, message, side, lang, sites", [
    ([_GYMS], "add another gym, it opens in april", "msp", "en", 4),
    ([_GYMS], "they're shutting one of the gyms", "msp", "en", 2),
    ([_CRECHES], "retire une crèche, celle de Blois ferme", "msp", "fr", 4),
    ([_CRECHES], "deux crèches de plus à la rentrée", "client", "fr", 7),
    # near-miss: a person added moves the users, not the sites
    ([_CRECHES], "on a ajouté 1 utilisateur", "msp", "fr", 5),
])
def test_the_state_follows_the_place_count(tmp_path, entries, setup, message, side, lang, sites):  # noqa: F811
    _out, pub = _run(tmp_path, entries, [*setup, message], side, lang)
    assert pub["state"]["scope"]["sites"] == sites, pub["state"]["scope"]["sites"]


# -- P. personal data in everyday words --------------------------------------------------------------------------------
PERSONAL = [
    ("P1", "le programme de fidélité avec les coordonnées des clients tourne sur leur serveur", True),
    ("P2", "the loyalty scheme database sits on the server we look after", True),
    ("P3", "le logiciel de caisse enregistre les clients de la carte fidelite", True),
    ("P4", "the tills store the loyalty card holders", True),
    ("P5", "on gère l'appli de réservation avec les dates de naissance des adhérents", True),
    ("P6", "the gym app keeps members' birth dates and emergency contacts", True),
    ("P7", "patients' appointments are in the booking tool we run", True),
    ("P8", "les dossiers des locataires sont sur le NAS", True),
    ("P9", "pupils' school reports sit on their server", True),
    ("P10", "leur outil de resa garde le nom et le tel de chaque client", True),
]
NOT_PERSONAL = [
    ("PN1", "le serveur ne contient que le stock et les tarifs", None),
    ("PN2", "only stock levels and supplier price lists on it", None),
    ("PN3", "les compteurs de passage en caisse sont anonymes", None),
    ("PN4", "the tills only keep anonymous sales totals", None),
    ("PN5", "on stocke les factures de nos clients professionnels, que des entreprises", None),
    ("PN6", "invoices to our trade customers, all of them companies", None),
]


@pytest.mark.parametrize("case, message, personal", PERSONAL + NOT_PERSONAL, ids=[c[0] for c in PERSONAL + NOT_PERSONAL])
def test_personal_data_in_everyday_words(case, message, personal):
    assert read_slots(message, side_hint="msp").facts.get("personal_data") is personal, case


# -- C. a figure corrected by taking the old value back ------------------------------------------------------------------
CORRECTED = [
    ("C1", "duration_renewal", "non pas 12 mois de reconduction, 6", "renewal_term_months", 6),
    ("C2", "duration_renewal", "pas 3 mois de preavis mais 2", "notice_months", 2),
    ("C3", "duration_renewal", "le préavis : pas trois mois, deux", "notice_months", 2),
    ("C4", "liability", "not 12 months for the cap, make it 6", "liability_cap_months", 6),
    ("C5", "duration_renewal", "renewal: not twelve months, six", "renewal_term_months", 6),
    ("C6", "duration_renewal", "notice of 2 months, not 3", "notice_months", 2),
    ("C7", "duration_renewal", "6 mois de reconduction et non 12", "renewal_term_months", 6),
]


@pytest.mark.parametrize("case, hint, message, figure, value", CORRECTED, ids=[c[0] for c in CORRECTED])
def test_a_figure_corrected_takes_the_new_value(case, hint, message, figure, value):
    s = read_slots(message, topic_hint=hint, side_hint="client")
    assert s.figures.get(figure) == value, f"{case}: figures {s.figures}"


def test_a_correction_reaches_the_draft(tmp_path, entries):  # noqa: F811
    turns = ["rédige une clause de durée pour nous, 24 mois ferme et reconduction de 12 mois", "non pas 12 mois de reconduction, 6"]
    _out, pub = _run(tmp_path, entries, turns, "client", "fr")
    assert pub["draft"] and re.search(r"\b6 mois|six mois", pub["draft"]["text"]), "the draft lacks 6 months"


# -- F. a fee with a conditional increase --------------------------------------------------------------------------------
FEE_CONDITIONAL = [
    ("F1", "redevance 2 400 € HT par mois, +15 % si on rajoute l'astreinte du week-end", 2400),
    ("F2", "fee is 1,900 a month, plus 10% if they want weekend on-call", 1900),
    ("F3", "forfait 1 200 €/mois, majoré de 20 % si on passe en 24/7", 1200),
    ("F4", "the fee's 2,750 per month, and bump it 5% if we add saturday cover", 2750),
    ("F5", "redevance de 980 euros par mois, augmentée de 10 pour cent si on ajoute la supervision", 980),
]


@pytest.mark.parametrize("case, message, fee", FEE_CONDITIONAL, ids=[c[0] for c in FEE_CONDITIONAL])
def test_a_fee_with_a_conditional_increase(case, message, fee):
    s = read_slots(message, side_hint="msp")
    assert s.facts.get("monthly_fee_eur") == fee, f"{case}: fee {s.facts.get('monthly_fee_eur')}"
    assert s.relative is None, f"{case}: the increase applied: {s.relative}"
    assert not any(k.endswith("_percent") for k in s.figures), f"{case}: figures {s.figures}"
    assert "hours" not in s.facts, f"{case}: hours read from the condition"
    assert not s.add_services, f"{case}: services {s.add_services}"


def test_a_fee_with_a_condition_asks_no_figure_back(tmp_path, entries):  # noqa: F811
    turns = ["contrat d'infogérance pour 4 fleuristes, 16 postes, heures ouvrées",
             "redevance 2 400 € HT par mois, et +15 % si on ajoute l'astreinte du dimanche"]
    _out, pub = _run(tmp_path, entries, turns, "msp", "fr")
    assert pub["state"]["scope"]["monthly_fee_eur"] == 2400
    assert "15 %" not in pub["answer"] or "remplace" not in pub["answer"], pub["answer"]


def test_an_unconditional_increase_still_applies(tmp_path, entries):  # noqa: F811
    turns = ["contrat d'infogérance pour 4 fleuristes, 16 postes, heures ouvrées",
             "redevance 2 000 € HT par mois", "augmente la redevance de 10 %"]
    _out, pub = _run(tmp_path, entries, turns, "msp", "fr")
    assert pub["state"]["scope"]["monthly_fee_eur"] == 2200


# -- E. sites in a deal description --------------------------------------------------------------------------------------
DEAL_SITES = [
    ("E1", "cabinet de géomètres, 9 postes au bureau + 1 dépôt de matériel", 2),
    ("E2", "8 users at the office plus a warehouse, business hours", 2),
    ("E3", "20 salariés au siège et 1 entrepôt", 2),
    ("E4", "15 PCs in the shop + 1 workshop out back", 2),
    ("E5", "10 postes a l'agence et un atelier", 2),
    # near-misses: a device, a person or a room joined to the people's place
    ("EN1", "12 postes au bureau + 1 imprimante", None),
    ("EN2", "12 postes au bureau + 1 commercial itinérant", None),
    ("EN3", "15 users at the office plus 2 laptops", None),
]


@pytest.mark.parametrize("case, message, sites", DEAL_SITES, ids=[c[0] for c in DEAL_SITES])
def test_people_at_a_place_plus_another_place(case, message, sites):
    got = read_slots(message, side_hint="msp").facts.get("sites")
    if sites is None:  # one place at most: the thing joined is no second place
        assert got in (None, 1), f"{case}: sites {got}"
    else:
        assert got == sites, f"{case}: sites {got}"


# -- S2 (second batch, written before its fix). seats named by the machine, added or removed in words -------------------
SEATS_CHANGED = [
    ("K1", "enlève 2 PC, ils partent au recyclage", -2),
    ("K2", "on rajoute une machine pour la nouvelle compta", 1),
    ("K3", "add two more computers for the new starters", 2),
    ("K4", "retire un ordinateur, celui de l'accueil", -1),
    ("K5", "drop 3 pcs, the warehouse ones", -3),
]
SEATS_NOT_CHANGED = [
    ("KN1", "ajoute 2 machines virtuelles sur le serveur", None),
    ("KN2", "add a VM for the accounting app", None),
]


@pytest.mark.parametrize("case, message, delta", SEATS_CHANGED + SEATS_NOT_CHANGED,
                         ids=[c[0] for c in SEATS_CHANGED + SEATS_NOT_CHANGED])
def test_seats_named_by_the_machine_move_the_users(case, message, delta):
    s = read_slots(message, side_hint="msp")
    if delta is None:
        assert s.relative is None or s.relative[2] != "users", f"{case}: relative {s.relative}"
    else:
        assert s.relative == ("add", float(delta), "users"), f"{case}: relative {s.relative}"
        assert "users" not in s.facts, f"{case}: a count of seats read as the total: {s.facts}"


def test_a_raise_tied_to_an_index_stays_the_revision_figure():
    """Near-miss of F: a raise under an index condition is the price revision's own cap, not a condition kept aside."""
    s = read_slots("redevance 2000 €/mois, hausse de 3 % max si l'indice Syntec augmente", side_hint="msp")
    assert s.facts.get("monthly_fee_eur") == 2000
    assert s.figures.get("revision_cap_percent") == 3 and not s.conditions


def test_the_condition_is_kept_as_said():
    s = read_slots("fee is 1,900 a month, plus 10% if they want weekend on-call", side_hint="msp")
    assert s.conditions and "10%" in s.conditions[0] and "on-call" in s.conditions[0]
