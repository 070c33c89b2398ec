"""Classes of turns the conversation misread (issue 14, thirty-third session, helper s33-dia), written with wordings of
our own (other trades, both languages, both sides), not the evaluation's.

1. a count given as an addition with the total it makes ("add the 3 tablets of the shop, so 14", "rajoute les 2 portables
   du commercial, ça fait 20 postes"): the total said is the count stated — not a service or an asset added, nor the
   addition applied on top of the total;
2. a refusal of a service written without its apostrophe ("we dont host anything", "they dont need backups") is a
   negation in English; the French relative "dont" ("30 salariés dont 12 comptables") is none;
3. a fair or balanced clause asked "for us" ("a fair termination clause for us", "une clause équilibrée mais pour nous")
   is the user's own side's version, one asked "for both of us" stays the balanced one;
4. a request for the points to negotiate in order or as a list ("what should we push back on first?", "on conteste quoi
   en premier ?", "fais-moi la liste de ce qu'il faut renégocier") is the priorities, not objections nor a draft;
5. a clause quoted whose subject the message names outside the quotes ("leur clause de force majeure dit « … »") is
   reviewed as a clause of that subject, and the review names the rule of that subject (its article);
6. with a contract in progress, a clause of another subject ordered with a side ("propose une limitation de
   responsabilité côté nous", "write us an indemnity clause from our side") is a clause drafted, not a change of side.
"""

from __future__ import annotations

import re

import pytest

from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


# -- 1. a count said as an addition with its total ------------------------------------------------------------------------
@pytest.mark.parametrize("turns, side, lang, users", [
    (["contract for a florist, 11 users, helpdesk and backup, draft it", "plus the 3 tablets in the shop, that makes 14"],
     "msp", "en", 14),
    (["draft a managed services contract for a joinery, 5 staff, helpdesk only",
      "add the two laptops of their apprentices, so 7"], "msp", "en", 7),
    (["contrat d'infogerance pour une librairie, 18 postes, support et sauvegarde",
      "ajoute les deux portables des vendeurs, ca fait 20 postes"], "msp", "fr", 20),
    (["contrat d'infogerance pour un cabinet de geometres, 10 postes, support",
      "rajoute les 4 pc de l'atelier donc 15 en tout"], "msp", "fr", 15),
    (["draft a managed IT contract for a dental lab, 10 seats, monitoring and patching",
      "include the two reception pcs too, so 12 seats in total"], "msp", "en", 12),
    (["contrat d'infogerance pour une cave cooperative, 20 postes, supervision",
      "oups non en fait 23 utilisateurs, j'avais zappe les 3 portables du bureau"], "msp", "fr", 23),
    (["managed IT contract for a printing shop, 27 users, helpdesk",
      "sorry, it's 31 users actually, forgot the 4 laptops in the van"], "msp", "en", 31),
])
def test_a_total_said_after_an_addition_is_the_count(tmp_path, entries, turns, side, lang, users):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert state.scope().users == users, (pub.get("act"), state.scope().users)
    assert pub.get("act") in ("set_figure", "state_fact"), pub.get("act")


def test_the_total_read_from_the_message_alone():
    from assistant.chat.slots import read_slots

    s = read_slots("add their three laptops of the drivers, so 12")
    assert s.facts.get("users") == 12
    assert not [c for c in s.count_changes if c.kind == "add"], s.count_changes
    s = read_slots("rajoute les 2 tablettes de l'entrepot, ca nous fait 9 postes")
    assert s.facts.get("users") == 9
    assert not [c for c in s.count_changes if c.kind == "add"], s.count_changes


# -- 2. "dont" without its apostrophe ----------------------------------------------------------------------------------
@pytest.mark.parametrize("message, lacks, has", [
    ("need a contract for a brewery, 12 users, we patch their pcs but dont host anything", "hosting", "patching"),
    ("managed it for a surf school, 6 users, helpdesk yes, they dont want backups from us", "backup", "user_support"),
    ("contract for a vet practice, 9 users, we monitor the network, we dont do any hosting", "hosting", "monitoring"),
    ("contract for a bike shop, 4 users, helpdesk, no backup or hosting", "hosting", "user_support"),
    ("contrat pour une creperie, 5 postes, support, pas de sauvegarde ni d'hebergement", "hosting", "user_support"),
])
def test_a_service_refused_without_apostrophe_stays_out(tmp_path, entries, message, lacks, has):  # noqa: F811
    lang = "fr" if "contrat" in message else "en"
    out, pub, state = run_turns(tmp_path, entries, [message], "msp", lang)
    services = list(state.scope().services)
    assert lacks not in services, services
    assert has in services, services


def test_dont_is_a_negation_in_english_only():
    from assistant.text import is_negated

    text = "we back up the files but dont host anything"
    assert is_negated(text, (text.index("host"), text.index("host") + 4))
    text = "they doesnt need backups"
    assert is_negated(text, (text.index("backups"), text.index("backups") + 7))
    text = "30 salaries dont 12 comptables, on assure la sauvegarde"
    assert not is_negated(text, (text.index("sauvegarde"), text.index("sauvegarde") + 10))
    text = "les serveurs dont nous assurons la sauvegarde"
    assert not is_negated(text, (text.index("sauvegarde"), text.index("sauvegarde") + 10))


# -- 3. "fair … for us" ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("message, want", [
    ("draft a fair termination clause for us", "mine"),
    ("write a reasonable reversibility clause for our side", "mine"),
    ("redige une clause de resiliation equilibree mais pour nous", "mine"),
    ("fais une clause de penalites juste pour nous", "mine"),
    ("draft a fair liability clause for both of us", "balanced"),
    ("une clause de confidentialite equilibree pour les deux parties", "balanced"),
    ("redige une clause equilibree pour nous deux", "balanced"),
    ("what's a reasonable notice period for us here?", None),
    ("quel serait un preavis raisonnable pour nous ?", None),
])
def test_fair_for_us_names_the_users_side(message, want):
    from assistant.chat.slot_topics import read_position
    from assistant.text import fold

    assert read_position(fold(message)) == want


@pytest.mark.parametrize("turns, side, lang, position", [
    (["their contract lets them cut every service the day an invoice is late, even a disputed one. is that allowed?",
      "draft a fair suspension clause for us"], "client", "en", "client"),
    (["leur contrat leur permet de suspendre tous les services sans preavis des le premier retard de paiement, meme si "
      "on conteste la facture ?", "redige une clause de suspension equilibree mais pour nous"], "client", "fr", "client"),
    (["the client wants to terminate at any time without notice", "write a fair termination clause for us"],
     "msp", "en", "msp"),
])
def test_a_fair_clause_for_us_is_drafted_for_the_users_side(tmp_path, entries, turns, side, lang, position):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    assert (pub.get("draft") or {}).get("position") == position, (pub.get("act"), pub.get("draft"))


# -- 4. the points to negotiate, in order or as a list --------------------------------------------------------------------
_THEIR_TERMS = {
    "en": "their contract renews for 5 years unless we give 12 months notice, and the liability cap is one month of fees",
    "fr": "leur contrat se renouvelle 5 ans sauf preavis de 12 mois, et la responsabilite est plafonnee a un mois",
}


@pytest.mark.parametrize("ask, lang", [
    ("what should we push back on first?", "en"),
    ("so what do we contest first?", "en"),
    ("ok list what we need to renegotiate", "en"),
    ("on conteste quoi en premier a ton avis ?", "fr"),
    ("c'est quoi la premiere chose a attaquer", "fr"),
    ("fais-moi la liste de ce qu'il faut renegocier", "fr"),
    ("donne moi la liste des trucs a revoir avec eux", "fr"),
])
def test_points_to_negotiate_first_are_the_priorities(tmp_path, entries, ask, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, [_THEIR_TERMS[lang], ask], "client", lang)
    assert pub.get("act") == "priorities", pub.get("act")


# -- 5. a quoted clause whose subject is named outside the quotes ---------------------------------------------------------
@pytest.mark.parametrize("turns, lang, rule, point", [
    (["leur clause de force majeure couvre « les coupures du fournisseur d'acces et les greves du personnel du Prestataire »"],
     "fr", r"1218", r"greve|personnel|maitrise|anticiper"),
    (["their force majeure clause lists \"strikes by the Provider's own staff and failures of its subcontractors\""],
     "en", r"1218", r"strike|staff|control"),
])
def test_a_quoted_clause_is_read_under_the_subject_named(tmp_path, entries, turns, lang, rule, point):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "client", lang)
    answer = pub.get("answer") or ""
    assert re.search(rule, answer), answer[:1500]
    assert re.search(point, answer, re.I), answer[:1500]


def test_a_quoted_clause_with_nothing_to_flag_still_names_its_rule(tmp_path, entries):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, [
        "voici leur clause de force majeure : « Aucune partie n'est responsable d'un manquement du a un evenement "
        "echappant a son controle, imprevisible et irresistible. »"], "client", "fr")
    answer = pub.get("answer") or ""
    assert re.search(r"1218", answer), answer[:1500]


# -- 6. a clause of another subject ordered with a side, a contract in progress -------------------------------------------
@pytest.mark.parametrize("turns, side, lang, topic, position", [
    (["contrat d'infogerance pour une fromagerie, 8 postes, support et sauvegarde",
      "propose une limitation de responsabilite cote nous"], "msp", "fr", "liability", "msp"),
    (["draft a managed IT contract for a yoga studio, 4 users, helpdesk",
      "now write us a confidentiality clause from our side"], "msp", "en", "confidentiality", "msp"),
    (["contrat d'infogerance pour notre agence immobiliere, 14 postes, on est le client",
      "propose une clause de reversibilite de notre cote"], "client", "fr", "reversibility", "client"),
])
def test_a_new_clause_ordered_with_a_side_is_drafted(tmp_path, entries, turns, side, lang, topic, position):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, side, lang)
    draft = pub.get("draft") or {}
    assert pub.get("act") == "draft_clause", pub.get("act")
    assert (draft.get("topic"), draft.get("position")) == (topic, position)


# -- 4b. the priorities start from the terms the user brought -------------------------------------------------------------
@pytest.mark.parametrize("turns, lang, first", [
    (["leur clause de force majeure couvre « les coupures du fournisseur d'acces et les greves du personnel du Prestataire »",
      "ok, fais-moi la liste de ce qu'il faut renegocier"], "fr", r"force majeure"),
    (["their force majeure clause lists \"strikes by the Provider's own staff and failures of its subcontractors\"",
      "what should we push back on first?"], "en", r"force majeure"),
    (["leur contrat dit qu'ils ne sont pas responsables de la perte de donnees alors qu'on paie la sauvegarde, normal ?",
      "on conteste quoi en premier ?"], "fr", r"sauvegarde|responsabilit"),
])
def test_the_priorities_start_from_the_terms_brought(tmp_path, entries, turns, lang, first):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "client", lang)
    assert pub.get("act") == "priorities", pub.get("act")
    points = [line for line in (pub.get("answer") or "").splitlines() if line.startswith("- ")]
    assert points and re.search(first, points[0], re.I), points


# -- 7. (own_s33 probe) seats said as "N have a computer", places of a sea trade, the user's own refusal ------------------
@pytest.mark.parametrize("message, users", [
    ("on est 35 personnes mais seulement 22 ont un poste, les autres sont a l'entrepot", 22),
    ("we're 40 staff but only 25 have a computer, the rest drive the vans", 25),
    ("nous sommes 50 salaries, 18 ont chacun un ordinateur", 18),
])
def test_people_who_have_a_seat_are_the_users(message, users):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("users") == users


@pytest.mark.parametrize("message, sites", [
    ("for context we're 18 users across 3 ports, the boats have no it", 3),
    ("12 users over 2 harbours", 2),
    ("on gere 3 capitaineries et 9 postes", 3),
    ("on a un switch de 48 ports et 12 postes", None),
    ("switch 24 ports, 10 users", None),
])
def test_the_places_of_a_sea_trade_are_sites(message, sites):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("sites") == sites


@pytest.mark.parametrize("turns, lang", [
    (["notre prestataire augmente son forfait de 20 % sans clause de revision, c'est legal ?",
      "et s'ils coupent le support parce qu'on refuse de payer la hausse ?"], "fr"),
    (["our msp is raising the monthly fee by 20 % with no price review clause, can they?",
      "and if they stop the support because we refuse to pay the increase?"], "en"),
])
def test_the_users_own_refusal_is_no_objection(tmp_path, entries, turns, lang):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "client", lang)
    assert pub.get("act") in ("follow_up", "question"), pub.get("act")
