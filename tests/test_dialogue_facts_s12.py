"""Facts a user states in conversation, read as typed slots (issue 14, twelfth session): who holds the keys said
casually ("on a aucun compte admin", "their own sysadmin keeps root"), a scope with an exception that says nothing
of control ("on gère tout sauf…"), personal data named by what it is (policy files, card numbers, health
questionnaires), places counted as clubs or gyms, an application kept by its vendor, an on-site audit that is no
on-site service, handover days as the exit period, a figure met halfway (no position), a figure moved by a verb of
direction, a cap as a multiple of the annual fees, "X is out", the place where denied data would be, and short
French typed without accents. Every sentence is our own; FR and EN, with near-misses that keep their old reading."""

from __future__ import annotations

import pytest

from assistant.chat.obligations_answer import named_commitments
from assistant.chat.slots import read_slots
from assistant.text.language import detect_language


# -- 1. who holds the keys, said casually -------------------------------------------------------------------
@pytest.mark.parametrize("text, side, control", [
    ("pour info nous on a pas de compte administrateur, tout passe par eux", "client", "exclusive"),
    ("chez nous on a aucun acces admin sur les serveurs", "client", "exclusive"),
    ("honestly we've got zero admin logins on those machines", "client", "exclusive"),
    ("we have no admin accounts at all, they run it", "client", "exclusive"),
    ("le client a son propre informaticien en interne qui garde les droits admin", "msp", "shared"),
    ("ils ont un technicien maison qui a aussi les mots de passe", "msp", "shared"),
    ("they've got an in-house IT guy who still has the domain admin password", "msp", "shared"),
    ("their own sysadmin keeps root access to the file server", "msp", "shared"),
])
def test_who_holds_the_keys_said_casually(text, side, control):
    s = read_slots(text, side_hint=side)
    assert s.facts.get("control") == control


def test_keys_held_by_the_client_admin_are_no_asset_added():
    s = read_slots("ils ont un admin interne qui garde aussi les droits root sur les serveurs", side_hint="msp")
    assert s.facts.get("control") == "shared"
    assert "servers" not in s.add_assets


@pytest.mark.parametrize("text, removed", [
    ("on s'occupe de tout sauf les imprimantes", "printers"),
    ("on gere tout sauf le standard telephonique", "telephony"),
    ("we manage everything except their printers", "printers"),
])
def test_a_scope_with_an_exception_says_nothing_of_control(text, removed):
    s = read_slots(text, side_hint="msp")
    assert "control" not in s.facts
    assert removed in s.remove_assets


def test_near_miss_exclusive_said_outright_stays_exclusive():
    assert read_slots("on gère tout en exclusivité, sauf leur ERP", side_hint="msp").facts.get("control") == "exclusive"
    assert read_slots("only their engineers hold the admin passwords", side_hint="client").facts.get("control") == \
        "exclusive"


# -- 2. personal data named by what it is ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "the insured's claim files live on the server we manage",
    "payment card numbers go through their till system",
    "members' health forms are kept in the booking tool",
    "policy holders' details sit in the CRM we host",
    "les dossiers des assurés passent par le logiciel qu'on administre",
    "les coordonnées bancaires des adhérents sont dans le logiciel",
    "les questionnaires de santé des abonnés sont stockés chez nous",
])
def test_personal_data_named_by_what_it_is(text):
    assert read_slots(text).facts.get("personal_data") is True


def test_near_miss_denied_data_stays_denied_and_its_place_is_not():
    s = read_slots("no personal data on the servers, only product drawings")
    assert s.facts.get("personal_data") is False
    assert "servers" not in s.remove_assets
    s = read_slots("pas de données perso dans le cloud, que des stats")
    assert s.facts.get("personal_data") is False
    assert "cloud" not in s.remove_assets
    # a service denied on an asset still takes the asset out
    assert "printers" in read_slots("pas de support sur les imprimantes").remove_assets


# -- 3. places counted by what they are -----------------------------------------------------------------------
@pytest.mark.parametrize("text, sites, users", [
    ("contrat pour une chaîne de 5 salles de sport, 30 salariés", 5, 30),
    ("MSP agreement for 4 gyms and 25 staff", 4, 25),
    ("a network of 6 fitness clubs, 40 employees", 6, 40),
    ("on est 3 studios de danse, 12 personnes", 3, 12),
])
def test_sites_counted_as_clubs_gyms_studios(text, sites, users):
    s = read_slots(text)
    assert s.facts.get("sites") == sites
    assert s.facts.get("users") == users


# -- 4. an application kept by its vendor is out of the scope ----------------------------------------------------
@pytest.mark.parametrize("text, asset", [
    ("l'ERP reste maintenu par l'éditeur", "business_apps"),
    ("le logiciel métier reste suivi par son éditeur, pas par vous", "business_apps"),
    ("the CRM stays supported by the software vendor, not by you", "business_apps"),
    ("the ERP stays with the vendor, you just do the laptops", "business_apps"),
    ("la téléphonie reste gérée par leur opérateur", "telephony"),
])
def test_an_application_kept_by_its_vendor_is_out(text, asset):
    s = read_slots(text, side_hint="client")
    assert asset in s.remove_assets
    assert asset not in s.add_assets


def test_near_miss_kept_by_the_provider_is_in():
    s = read_slots("le logiciel métier reste géré par vous", side_hint="client")
    assert "business_apps" not in s.remove_assets


# -- 5. an on-site audit is no on-site service --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "on veut pouvoir auditer sur place le prestataire",
    "nous voulons un contrôle sur site chaque année",
    "we want the right to inspect their datacentre on-site",
    "an on-site audit once a year, please",
])
def test_an_audit_on_site_is_no_on_site_service(text):
    assert "on_site" not in read_slots(text, side_hint="client").facts


@pytest.mark.parametrize("text, value", [
    ("on veut une intervention sur site en 4h", True),
    ("technicians must come on-site for P1", True),
    ("everything remote, no site visits", False),
])
def test_near_miss_on_site_service_still_read(text, value):
    assert read_slots(text, side_hint="client").facts.get("on_site") is value


# -- 6. figures: handover, halfway, direction, multiples ------------------------------------------------------------
@pytest.mark.parametrize("text, months", [
    ("exit clause with 90 days of handover help", 3),
    ("clause de réversibilité avec 60 jours de passation", 2),
    ("reversibility clause, handover over 4 months", 4),
])
def test_handover_period_is_the_exit_period(text, months):
    assert read_slots(text).figures.get("reversibility_months") == months


@pytest.mark.parametrize("text, hint, slot, value", [
    ("meet them halfway, make it 9", "non_solicitation", "non_solicitation_months", 9),
    ("on coupe la poire en deux : 15 %", "penalties", "penalty_rate_percent", 15),
])
def test_a_figure_met_halfway_is_no_position(text, hint, slot, value):
    s = read_slots(text, topic_hint=hint)
    assert s.position is None
    assert s.figures.get(slot) == value


@pytest.mark.parametrize("text", ["ok on coupe la poire en deux", "let's meet them halfway on this one"])
def test_near_miss_halfway_without_a_figure_is_balanced(text):
    assert read_slots(text).position == "balanced"


@pytest.mark.parametrize("text, hint, slot, value", [
    ("et si on descend à 99,7 ?", "sla", "availability_percent", 99.7),
    ("what if we go down to 99.8?", "sla", "availability_percent", 99.8),
    ("on redescend à 8 ?", "penalties", "penalty_rate_percent", 8),
    ("ok come down to 9 then", "non_solicitation", "non_solicitation_months", 9),
])
def test_a_figure_moved_by_a_verb_of_direction(text, hint, slot, value):
    assert read_slots(text, topic_hint=hint).figures.get(slot) == value


@pytest.mark.parametrize("text, months", [
    ("cap liability at twice the annual fees", 24),
    ("plafond de responsabilité = deux fois le montant annuel du contrat", 24),
    ("liability capped at 3x annual fees", 36),
    ("plafond de responsabilité à 1,5 fois la redevance annuelle", 18),
    ("plafond de responsabilité égal à la redevance annuelle", 12),   # near miss: one year
])
def test_a_cap_as_a_multiple_of_the_annual_fees(text, months):
    assert read_slots(text, topic_hint="liability").figures.get("liability_cap_months") == months


# -- 7. "X is out" -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kind, name", [
    ("hosting is out, they have their own datacentre", "services", "hosting"),
    ("the printers are out of the contract", "assets", "printers"),
    ("backups are off the table, they do them", "services", "backup"),
])
def test_something_said_to_be_out_is_taken_out(text, kind, name):
    s = read_slots(text, side_hint="msp")
    assert name in (s.remove_services if kind == "services" else s.remove_assets)
    assert name not in (s.add_services if kind == "services" else s.add_assets)


def test_near_miss_out_of_hours_is_no_removal():
    s = read_slots("support is out of hours too", side_hint="client")
    assert "user_support" not in s.remove_services


# -- 8. short French typed without accents ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("passe a 24 mois", "fr"),
    ("mets 6 mois stp", "fr"),
    ("plafond a 15 alors", "fr"),
    ("bump it to 60 days", "en"),
    ("make it 9 months", "en"),
])
def test_short_messages_keep_their_language(text, lang):
    other = "en" if lang == "fr" else "fr"
    assert detect_language(text, default=other) == lang


# -- 9. the obligations answer names availability said as "dispo" -----------------------------------------------------
def test_dispo_names_availability():
    assert "availability" in named_commitments("ils proposent une dispo de 99 % en moyens, ça va ?")


# -- 10. a count that changed, a share of the fee said as a fraction -------------------------------------------------
@pytest.mark.parametrize("text, users", [
    ("on est passés de 20 à 28 utilisateurs", 28),
    ("we went from 12 to 18 staff", 18),
    ("l'effectif a augmenté de 30 à 34 personnes", 34),
])
def test_a_count_that_changed_keeps_the_new_value(text, users):
    s = read_slots(text)
    assert s.facts.get("users") == users
    assert "hours" not in s.facts  # "12 to 18" is no clock range here


@pytest.mark.parametrize("text, hint, slot, value", [
    ("plafonne-les à un dixième de la redevance", "penalties", "penalty_cap_percent", 10),
    ("credits capped at a fifth of the monthly fee", "penalties", "penalty_cap_percent", 20),
    ("pénalités plafonnées au quart de la redevance mensuelle", None, "penalty_cap_percent", 25),
])
def test_a_share_of_the_fee_said_as_a_fraction(text, hint, slot, value):
    assert read_slots(text, topic_hint=hint).figures.get(slot) == value


def test_near_miss_halve_stays_a_relative_change():
    s = read_slots("halve the cap", topic_hint="penalties")
    assert s.relative == ("mul", 0.5)
    assert not s.figures


# -- 11. one kind of personal data denied says nothing of the rest -----------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("pas de données de santé, seulement les noms et adresses des clients", True),
    ("no health data, just our members' names and phone numbers", True),
    ("aucune donnée de santé chez nous", None),           # one kind denied: the rest unknown
    ("no personal data whatsoever, only machine telemetry", False),
    ("on n'a aucune donnée client dans ces outils", False),
])
def test_one_kind_of_personal_data_denied(text, value):
    assert read_slots(text, side_hint="client").facts.get("personal_data") is value


# -- 12. criticality said by what an outage does -----------------------------------------------------------------------
@pytest.mark.parametrize("text, level", [
    ("si le serveur plante, toute la production s'arrête", "high"),
    ("when the network is down production grinds to a halt", "high"),
    ("a breakdown is no big deal, the team can work offline", "low"),
    ("une panne c'est pas grave, ils peuvent travailler hors ligne", "low"),
])
def test_criticality_from_what_an_outage_does(text, level):
    assert read_slots(text, side_hint="client").facts.get("criticality") == level


# -- 13. systems kept at the client's premises: nothing hosted -----------------------------------------------------------
@pytest.mark.parametrize("text, side", [
    ("our servers stay on-prem in the server room", "client"),
    ("nos serveurs restent chez nous, dans le local technique", "client"),
    ("their servers sit in their own comms cupboard, we only manage them", "msp"),
    ("tout tourne en local chez nous", "client"),
])
def test_systems_on_the_premises_mean_no_hosting(text, side):
    s = read_slots(text, side_hint=side)
    assert "hosting" in s.remove_services
    assert "hosting" not in s.add_services


@pytest.mark.parametrize("text, side", [
    ("on héberge leur messagerie dans notre datacenter", "msp"),
    ("les serveurs sont chez nous dans notre datacenter", "msp"),   # the provider's own premises: hosting in
])
def test_near_miss_hosting_by_the_provider_stays(text, side):
    s = read_slots(text, side_hint=side)
    assert "hosting" not in s.remove_services


@pytest.mark.parametrize("text, service", [
    ("backups we already do with another provider", "backup"),
    ("la supervision, on l'a déjà avec un autre prestataire", "monitoring"),
])
def test_a_service_another_vendor_already_does_is_out(text, service):
    s = read_slots(text, side_hint="client")
    assert service in s.remove_services


# -- 14. headcount said as the size of the company ----------------------------------------------------------------------
@pytest.mark.parametrize("text, users", [
    ("petite boîte de 8, un seul local", 8),
    ("we're a team of 15 in one office", 15),
    ("une structure de 40 avec deux agences", 40),
])
def test_headcount_as_the_size_of_the_company(text, users):
    assert read_slots(text).facts.get("users") == users


def test_near_miss_a_company_of_shops_counts_sites():
    s = read_slots("a company of 3 shops")
    assert s.facts.get("sites") == 3
    assert "users" not in s.facts


# -- 15. figures said in other words: a restore time, a notice in working days, nines ---------------------------------------
def test_a_restore_time_named_after_its_figure():
    s = read_slots("write the SLA: 99.7% uptime, 1h response on P1, 6h restore")
    assert s.figures.get("restoration_time_p1_hours") == 6
    assert s.figures.get("response_time_p1_hours") == 1


def test_a_delay_in_working_days_says_nothing_of_the_service_hours():
    s = read_slots("droit d'audit avec un préavis de 10 jours ouvrés", topic_hint="audit")
    assert s.figures.get("audit_notice_days") == 10
    assert "hours" not in s.facts
    assert read_slots("le support seulement en jours ouvrés").facts.get("hours") == "business"  # near miss


@pytest.mark.parametrize("text, hint, value", [
    ("we want four nines", "sla", 99.99),
    ("trois neuf de disponibilité ça suffira", None, 99.9),
    ("make it 4 nines", "sla", 99.99),
])
def test_availability_said_as_nines(text, hint, value):
    assert read_slots(text, topic_hint=hint).figures.get("availability_percent") == value


def test_restore_tests_interval():
    assert read_slots("test the restores every 3 months", topic_hint="backup_recovery").figures.get(
        "restore_test_months") == 3


# -- 16. who administers what, split between the sides -----------------------------------------------------------------
@pytest.mark.parametrize("text, side, control", [
    ("le presta s'occupe des serveurs, nous on gère les portables nous-mêmes", "client", "shared"),
    ("they run the servers and we do the laptops ourselves", "client", "shared"),
    ("on administre le réseau, leur informaticien s'occupe des postes", "msp", "shared"),
    ("the customer keeps a break-glass admin account", "msp", "shared"),
    ("le client conserve un compte admin de secours", "msp", "shared"),
    ("nobody in-house touches the IT, it's all them", "client", "exclusive"),
    ("personne chez nous ne touche à l'informatique", "client", "exclusive"),
    ("the client has no access to the servers at all", "msp", "exclusive"),
    ("le client n'a aucun accès à ses serveurs", "msp", "exclusive"),
    ("on fait tout, eux ils touchent à rien", "msp", "exclusive"),
])
def test_who_administers_what(text, side, control):
    s = read_slots(text, side_hint=side)
    assert s.facts.get("control") == control


def test_no_access_to_the_servers_does_not_take_them_out():
    s = read_slots("the client has no access to the servers at all", side_hint="msp")
    assert "servers" not in s.remove_assets


def test_what_the_client_does_itself_is_out():
    s = read_slots("they run the servers and we handle the laptops ourselves", side_hint="client")
    assert "workstations" in s.remove_assets
    assert "servers" in s.add_assets


# -- 17. headcounts in shorthand; a headcount is no name ---------------------------------------------------------------
@pytest.mark.parametrize("text, users, sites", [
    ("we're 30 FTE over a couple of sites", 30, 2),
    ("on est 14 ETP", 14, None),
    ("22 collabs sur 2 agences", 22, 2),
    ("three offices, 45 ppl", 45, 3),
])
def test_headcount_in_shorthand(text, users, sites):
    s = read_slots(text, side_hint="client")
    assert s.facts.get("users") == users
    assert s.facts.get("sites") == sites
    assert "client_name" not in s.facts


def test_near_miss_a_name_after_we_are_is_kept():
    assert read_slots("nous sommes Garage Lemoine SARL", side_hint="client").facts.get("client_name") == \
        "Garage Lemoine SARL"


# -- 18. one-letter typos in the key words ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kind, name", [
    ("pas d'hébergment svp", "remove_services", "hosting"),
    ("on enlève la sauvgarde", "remove_services", "backup"),
    ("retire la téléphonnie", "remove_assets", "telephony"),
    ("no hostng please", "remove_services", "hosting"),
    ("drop the prniters", "remove_assets", "printers"),
])
def test_typos_in_scope_words(text, kind, name):
    assert name in getattr(read_slots(text, side_hint="client"), kind)


@pytest.mark.parametrize("text, hint, slot, value", [
    ("disponibilté de 99,8", "sla", "availability_percent", 99.8),
    ("avaliability 99.7%", None, "availability_percent", 99.7),
    ("préavi de 2 mois", None, "notice_months", 2),
])
def test_typos_in_figure_words(text, hint, slot, value):
    assert read_slots(text, topic_hint=hint).figures.get(slot) == value


@pytest.mark.parametrize("word", ["sécurisé", "posting", "servir", "assistante", "serves", "report"])
def test_real_words_are_not_mended(word):
    from assistant.chat.typos import mend_typos
    assert mend_typos(f"il y a {word} ici") == f"il y a {word} ici"
