"""Lead dialogue classes of the twenty-ninth session (issue 14), written before the fixes, own wordings FR and EN:

1. opening days or hours told with the place ("open 7 days 9am-7pm", "ouvert 6 jours sur 7") are no clause figure
   (a backup retention read from "7 days" beside the word backup);
2. a total said after its parts ("14 caisses et 6 pc au siège, donc 20 postes", "so 17 computers in all") is the count;
3. a figure set with nothing on the table still notes the facts the same message tells (users, sites);
4. "sors-moi le contrat" is an export.
"""

from __future__ import annotations

import pytest

from assistant.chat.slots import read_slots
from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


@pytest.mark.parametrize("text", [
    "musée municipal, 40 postes, ouvert 7 jours sur 7, sauvegarde et sécurité comprises",
    "garden centre, 12 tills, open 7 days a week, backups included",
    "we're open 6 days 8am-8pm, backup of the two servers needed",
])
def test_opening_days_are_no_figure(text):
    assert "backup_retention_days" not in read_slots(text).figures


@pytest.mark.parametrize("text,days", [("on garde les sauvegardes 14 jours, on est ouverts 6 jours sur 7", 14),
                                       ("keep the backups for 30 days please", 30)])
def test_a_retention_said_is_still_read(text, days):
    assert read_slots(text).figures.get("backup_retention_days") == days


@pytest.mark.parametrize("text,users", [
    ("5 pharmacies, 10 comptoirs et 4 pc au back-office, donc 14 postes", 14),
    ("3 shops with 4 tills each and 5 office pcs, so 17 computers in all", 17),
    ("2 ateliers, 6 postes en prod et 3 au bureau, soit 9 postes", 9),
])
def test_a_total_after_its_parts_is_the_count(text, users):
    assert read_slots(text).facts.get("users") == users


@pytest.mark.parametrize("case, turns, lang, users, sites", [
    ("fr rpo", ["cabinet de géomètres, 18 postes, 3 agences, sauvegarde externalisée chez nous, RPO 12h"], "fr", 18, 3),
    ("en rpo", ["dental lab, 22 users on 2 sites, cloud backup with us, RPO 4 hours"], "en", 22, 2),
])
def test_facts_told_with_a_figure_on_an_empty_table_are_noted(tmp_path, entries, case, turns, lang, users, sites):  # noqa: F811
    out, pub, state = run_turns(tmp_path, entries, turns, "msp", lang)
    scope = pub["state"]["scope"]
    assert (scope["users"], scope["sites"]) == (users, sites), f"{case}: {pub['act']} {scope}"


@pytest.mark.parametrize("text", ["ok sors moi le contrat", "sortez-nous le document stp", "sors le contrat en word"])
def test_sors_moi_le_contrat_is_an_export(tmp_path, entries, text):  # noqa: F811
    turns = ["rédige un contrat d'infogérance pour une PME de 10 postes sur un site", text]
    out, pub, state = run_turns(tmp_path, entries, turns, "msp", "fr")
    assert pub["act"] == "export", pub["act"]


@pytest.mark.parametrize("text,lang", [("add the clause on sub-processors, balanced", "en"),
                                       ("ajoute la clause sur la réversibilité, version équilibrée", "fr")])
def test_a_clause_added_by_its_subject_to_the_contract_is_drafted(tmp_path, entries, text, lang):  # noqa: F811
    first = "draft a managed services contract for 30 users on one site" if lang == "en" else \
        "rédige un contrat d'infogérance pour 30 postes sur un site"
    out, pub, state = run_turns(tmp_path, entries, [first, text], "msp", lang)
    assert pub["act"] == "draft_clause", pub["act"]
