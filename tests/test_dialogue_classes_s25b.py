"""Classes of turns the act and slot readers still missed on the dev half of dev_fresh_36 (issue 14, twenty-fifth
session, helper s25-dia2), each written as a generalisation batch BEFORE the fixes, every message our own (other
sectors, FR and EN, both sides, casual wording and missing accents):

- A. a provider's first message that describes a new client's deal, what it leaves out and a service "also" wanted:
  the contract is drafted (nothing is on the table to add to or remove from);
- B. places counted as groups joined with "+" where a place carries its complement ("un atelier de torréfaction + 3
  cafés" = 4) or no count at all ("entrepôt + magasin" = 2); a place opened in words after them adds one;
- C. hosting the client keeps ("l'hébergement on le garde, nos serveurs sont chez nous") is out of the services; a
  service withdrawn with a short name ("la sécu") and the reason leaves the services;
- D. "mets une clause de X côté presta" with a contract in progress: that clause is drafted, not a position change;
- E. data said to be exported or saved on the devices ("les radios sont exportées en jpeg sur les postes"): a fact
  (personal data), never an export of the contract;
- F. "qu'est-ce qu'il va me répondre si je demande …": the other side's objections;
- G. a document asked right after an unclear word: the export.

Each case is a short conversation run through the offline engine (no index, no learned reader)."""

from __future__ import annotations

import pytest

from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


def _run(tmp_path, entries, turns, side, lang):  # noqa: F811
    return run_turns(tmp_path, entries, turns, side, lang)


# -- A. a new client's deal described, with a service "also" wanted --------------------------------------------------
DEALS = [
    ("A1", "msp", "fr", "salut, nouveau client : un torréfacteur, 12 utilisateurs sur 2 sites. on gère tout sauf l'impression "
     "et la vidéosurveillance (un autre presta s'en charge). faut aussi superviser les capteurs des fours, c'est critique"),
    ("A2", "msp", "fr", "hello, nouveau client, une brasserie, 11 postes, 3 sites. on fait tout sauf la telephonie et les "
     "caisses. il faut aussi surveiller les sondes des cuves"),
    ("A3", "msp", "en", "hey, new client: a cider maker, 10 users over 2 sites. we do everything except the phones and the "
     "tills (the till vendor handles those). we also need to monitor the cellar sensors, it's critical"),
]


@pytest.mark.parametrize("case, side, lang, message", DEALS, ids=[c[0] for c in DEALS])
def test_a_deal_described_with_an_also_is_a_contract(tmp_path, entries, case, side, lang, message):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, [message], side, lang)
    assert out.act == "draft_contract", f"{case}: read as {out.act}"
    assert pub["contract"], case


def test_a_also_with_a_contract_in_progress_still_adds(tmp_path, entries):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, ["contrat d'infogérance pour une imprimerie, 9 postes, 1 site, heures ouvrées, "
                                                "sans sauvegarde", "finalement ils veulent aussi la sauvegarde"], "msp", "fr")
    assert out.act == "add_remove", out.act
    assert "backup" in pub["state"]["scope"]["services"]


# -- B. places counted ------------------------------------------------------------------------------------------------
PLACES = [
    ("B1", "msp", "fr", "contrat d'infogérance pour un torréfacteur, un atelier de torréfaction + 3 cafés, 12 utilisateurs", 4),
    ("B2", "client", "fr", "contrat d'infogérance côté client : on est un grossiste, entrepot + magasin, 22 postes", 2),
    ("B3", "msp", "en", "managed services contract for a cider maker, a pressing shed + 2 shops, 10 users", 3),
    ("B4", "client", "en", "draft an msp contract for us: we're a printer, warehouse + showroom, 35 staff", 2),
    ("B5", "msp", "fr", "contrat pour une chocolaterie : un laboratoire de production + 2 boutiques, 15 postes", 3),
]


@pytest.mark.parametrize("case, side, lang, message, sites", PLACES, ids=[c[0] for c in PLACES])
def test_b_places_joined_are_counted(tmp_path, entries, case, side, lang, message, sites):  # noqa: F811
    _out, pub, _state = _run(tmp_path, entries, [message], side, lang)
    assert pub["state"]["scope"]["sites"] == sites, f"{case}: {pub['state']['scope']['sites']}"
    assert "sites" in pub["state"]["stated"], case


@pytest.mark.parametrize("message, sites", [
    ("les 4 agents + 2 commerciaux", None),          # people, not places
    ("2 serveurs + 1 NAS, 8 postes", None),          # devices, not places
])
def test_b_people_and_devices_joined_are_no_places(message, sites):
    from assistant.chat.slots import read_slots

    assert read_slots(message).facts.get("sites") == sites


def test_b_a_place_opened_in_words_adds_one(tmp_path, entries):  # noqa: F811
    _out, pub, _state = _run(tmp_path, entries, ["contrat d'infogérance pour un torréfacteur, un atelier de torréfaction + 3 "
                                                 "cafés, 12 utilisateurs", "ils ouvrent un quatrième café en juin, ajoute un site"],
                             "msp", "fr")
    assert pub["state"]["scope"]["sites"] == 5, pub["state"]["scope"]["sites"]


# -- C. hosting kept by the client; a service withdrawn ---------------------------------------------------------------
KEPT = [
    ("C1", "client", "fr", "entreprise de nettoyage, 30 postes. le prestataire propose de gérer le parc. l'hébergement on le "
     "garde, nos serveurs sont dans notre local technique. fais moi un contrat côté client"),
    ("C2", "client", "fr", "cabinet d'expertise, 18 postes, l'hebergement on le conserve en interne. prepare un contrat "
     "d'infogerance de notre cote"),
    ("C3", "client", "en", "haulage firm, 45 PCs. hosting we keep ourselves, the servers are in our building. draft the managed "
     "services contract on our side"),
]


@pytest.mark.parametrize("case, side, lang, message", KEPT, ids=[c[0] for c in KEPT])
def test_c_hosting_kept_by_the_client_is_out(tmp_path, entries, case, side, lang, message):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, [message], side, lang)
    assert out.act == "draft_contract", f"{case}: read as {out.act}"
    assert "hosting" not in pub["state"]["scope"]["services"], case


@pytest.mark.parametrize("case, side, lang, message", [
    ("C4", "msp", "fr", "retire la sécu finalement, ils ont déjà un SOC"),
    ("C5", "msp", "fr", "enleve la secu, ils bossent deja avec un prestataire cyber"),
    ("C6", "client", "en", "take security out after all, we already pay for a SOC"),
])
def test_c_a_service_withdrawn_leaves_the_scope(tmp_path, entries, case, side, lang, message):  # noqa: F811
    setup = ("contrat d'infogérance pour une agence immobilière, 12 postes, 1 site, heures ouvrées, avec sécurité et sauvegarde"
             if lang == "fr" else "managed services contract for a vet clinic, 10 users, one site, business hours, backup and "
             "security included")
    out, pub, _state = _run(tmp_path, entries, [setup, message], side, lang)
    assert out.act == "add_remove", f"{case}: read as {out.act}"
    assert "security" not in pub["state"]["scope"]["services"], case
    assert "backup" in pub["state"]["scope"]["services"], case


# -- D. a clause put in with a contract in progress -------------------------------------------------------------------
@pytest.mark.parametrize("case, side, lang, message, topic, position", [
    ("D1", "msp", "fr", "mets une clause de confidentialité côté presta", "confidentiality", "msp"),
    ("D2", "msp", "fr", "met une clause de reversibilite coté prestataire stp", "reversibility", "msp"),
    ("D3", "client", "en", "put a termination clause in, customer side", "termination", "client"),
])
def test_d_a_clause_put_in_is_drafted(tmp_path, entries, case, side, lang, message, topic, position):  # noqa: F811
    setup = ("contrat d'infogérance pour une agence immobilière, 12 postes, 1 site, heures ouvrées" if lang == "fr" else
             "managed services contract for a vet clinic, 10 users, one site, business hours")
    out, pub, _state = _run(tmp_path, entries, [setup, message], side, lang)
    assert out.act == "draft_clause", f"{case}: read as {out.act}"
    assert pub["draft"] and pub["draft"]["topic"] == topic and pub["draft"]["position"] == position, (case, pub["draft"])


def test_d_the_clause_moved_to_a_side_is_still_a_position_change(tmp_path, entries):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, ["rédige la clause de responsabilité côté client",
                                                 "passe la clause côté presta"], "msp", "fr")
    assert out.act == "change_position", out.act


# -- E. data said to be exported to the devices -----------------------------------------------------------------------
@pytest.mark.parametrize("case, side, lang, message", [
    ("E1", "msp", "fr", "les radios des patients sont exportées en jpeg sur les postes aussi"),
    ("E2", "client", "en", "client files are exported as pdf onto the laptops too"),
    ("E3", "msp", "fr", "les fiches des adhérents sont exportees en excel sur les pc de l'accueil"),
])
def test_e_data_exported_to_devices_is_a_fact(tmp_path, entries, case, side, lang, message):  # noqa: F811
    setup = ("contrat d'infogérance pour un cabinet dentaire, 8 postes, 1 site, heures ouvrées" if lang == "fr" else
             "managed services contract for our law firm, 20 users, two offices")
    out, pub, _state = _run(tmp_path, entries, [setup, message], side, lang)
    assert out.act in ("state_fact", "follow_up"), f"{case}: read as {out.act}"
    assert pub["state"]["scope"]["personal_data"] is True and "personal_data" in pub["state"]["stated"], case


@pytest.mark.parametrize("message", ["exporte le contrat en pdf", "export it as a word file please"])
def test_e_an_export_asked_stays_an_export(tmp_path, entries, message):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, ["contrat d'infogérance pour un cabinet dentaire, 8 postes, 1 site", message],
                             "msp", "fr")
    assert out.act == "export", out.act


# -- F. what the other side will answer to a demand -------------------------------------------------------------------
@pytest.mark.parametrize("case, side, lang, setup, message", [
    ("F1", "client", "fr", "rédige la clause de sous-traitance côté client",
     "qu'est-ce qu'il va me répondre si j'exige son accord écrit pour chaque sous-traitant ?"),
    ("F2", "msp", "fr", "fais la clause de responsabilité côté presta",
     "qu'est ce que le client va me repondre si je demande un plafond à 6 mois ?"),
    ("F3", "client", "en", "draft the reversibility clause for us, the customer",
     "what will the provider answer if I ask for free exit assistance?"),
])
def test_f_the_other_sides_answer_is_objections(tmp_path, entries, case, side, lang, setup, message):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, [setup, message], side, lang)
    assert out.act == "objections", f"{case}: read as {out.act}"


# -- G. a document asked after an unclear word ------------------------------------------------------------------------
@pytest.mark.parametrize("case, side, lang, turns", [
    ("G1", "msp", "fr", ["contrat d'infogérance pour une librairie, 6 postes, 1 boutique", "bof", "genere le docx"]),
    ("G2", "client", "en", ["managed services contract for our bakery, 7 users, two shops", "hm", "generate the docx"]),
])
def test_g_a_document_after_an_unclear_word_is_exported(tmp_path, entries, case, side, lang, turns):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, turns, side, lang)
    assert out.act == "export", f"{case}: read as {out.act}"
