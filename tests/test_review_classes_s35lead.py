"""Session 35, lead: review classes from the blind35 documents (a renewal notice letter with a table of amended
stipulations, a security schedule to an absent master agreement, a translation with translator's notes), tested with
own wordings, FR and EN (issue 13):

- a table of stipulations whose second cell names the article it amends ("| N-4 | Art. 9.3 | Prix | … |") is a table
  of clauses, one clause per row;
- a processor's duties listed in one sentence: acting on documented instructions is its own item even when another item
  returns or deletes the data; helping the controller answer the requests of persons is point (e);
- penalties of another scheme declared foreign to the clause ("sont étrangères au présent article") are no sanction;
- a letter between the parties: the letterhead's town is its sender's, the writer's voice says which party that is, and
  a court in that town is the sender's home court;
- backups performed by the customer's other supplier are no backup service of the provider;
- "no assignment by either party without the other's consent" requires consent;
- audit rights "satisfied in full by" documents are restricted;
- "Provider commits that no ransomware will encrypt…" is a security result;
- a provider "se réserve toutefois le droit d'agir" in its own courts: one-sided forum;
- the client downloading its own files for a period after the end is a (thin) exit, not none.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.documents import ParsedDocument
from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.facts.parties import letter_towns
from assistant.legal.review.report import review_document
from assistant.legal.review.segmentation import segment


def _review(text: str, name: str = "contrat.md"):
    return review_document(ParsedDocument(name=name, text=text, pages=1, format="md"), retriever=None, role="client")


def _flags(text: str, name: str = "contrat.md") -> set[str]:
    return {f.rule for f in _review(text, name).flags}


def _facts(text: str, kind: str) -> list:
    return [f for cf in extract_facts(segment(text), text).clauses for f in cf.facts if f.kind == kind]


def _elements(text: str) -> set[str]:
    return {f.element for f in _facts(text, "obligation")}


# --- a table of amended stipulations ----------------------------------------------------------------------------------

AMENDED_TABLE = """# Avenant de renouvellement

| Réf. | Article | Objet | Nouvelle rédaction |
|---|---|---|---|
| R-1 | Art. 4 | Horaires | Le support est joignable du lundi au vendredi de neuf heures à dix-sept heures, hors jours fériés. |
| R-2 | Art. 8.2 | Tarifs | Le Prestataire peut réviser ses tarifs à tout moment par simple publication sur son site internet. |
| R-3 | Art. 12 | Durée | Le contrat est reconduit tacitement pour des périodes successives de quarante-huit mois chacune. |
| R-4 | Article 15 | Confidentialité | Chaque partie garde secrètes les informations de l'autre pendant trois ans après la fin. |
"""

AMENDED_TABLE_EN = """# Renewal schedule of changes

| No. | Clause | Heading | New wording |
|---|---|---|---|
| C1 | Clause 3 | Support hours | Support is available Monday to Friday from nine in the morning to five in the afternoon. |
| C2 | Clause 7.1 | Fees | The Supplier may change its fees at any time by posting a new price list on its website. |
| C3 | Section 11 | Term | The agreement renews automatically for successive periods of forty-eight months each. |
"""


@pytest.mark.parametrize("text, titles", [
    (AMENDED_TABLE, ["Horaires", "Tarifs", "Durée", "Confidentialité"]),
    (AMENDED_TABLE_EN, ["Support hours", "Fees", "Term"]),
])
def test_rows_of_a_table_of_amended_stipulations_are_clauses(text, titles):
    headings = [c.heading or "" for c in segment(text)]
    for t in titles:
        assert any(h.endswith(t) for h in headings), (t, headings)


def test_a_row_of_amended_stipulations_raises_its_own_flag():
    flags = _flags(AMENDED_TABLE)
    assert {"unilateral_price_change", "tacit_renewal_long"} <= flags


# --- a processor's duties listed in one sentence ----------------------------------------------------------------------

DUTIES_FR = ("## Article 9 – Données personnelles\n\nLe Prestataire traite pour le compte du Client, en qualité de "
             "sous-traitant, les données de ses adhérents. Il agit sur instruction documentée du Client, astreint ses "
             "techniciens au secret, aide le Client à répondre aux demandes des personnes, et restitue puis efface les "
             "données au choix du Client à la fin du contrat.\n")
DUTIES_EN = ("## 9. Personal data\n\nThe Supplier processes personal data of the Customer's members on its behalf as a "
             "processor. It acts only on the Customer's documented instructions, binds its engineers to confidentiality, "
             "helps the Customer respond to requests from individuals, and returns or deletes the data at the end of "
             "the services at the Customer's choice.\n")


@pytest.mark.parametrize("text", [DUTIES_FR, DUTIES_EN])
def test_instructions_item_is_read_next_to_a_return_item(text):
    found = _elements(text)
    assert "art28_3a_documented_instructions" in found, found
    assert "art28_3g_return_deletion" in found, found


@pytest.mark.parametrize("text", [DUTIES_FR, DUTIES_EN])
def test_helping_answer_the_requests_of_persons_is_point_e(text):
    assert "art28_3e_data_subject_rights" in _elements(text)


def test_instructions_as_the_manner_of_the_return_stay_with_the_return():
    text = ("## 9. Data\n\nOn the Customer's documented instructions, the Supplier shall return or delete the personal "
            "data at the end of the services.\n")
    assert "art28_3a_documented_instructions" not in _elements(text)


# --- penalties of another scheme --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Les « pénalités de qualité » appliquées par la laiterie à ses producteurs sont étrangères au présent article.",
    "Les pénalités de retard prévues par le règlement intérieur de l'association ne relèvent pas du présent contrat.",
    "The 'quality penalties' shown on the members' statements fall outside this clause.",
])
def test_penalties_declared_foreign_are_no_sanction(sentence):
    text = f"## 6. Pénalités / Penalties\n\n{sentence}\n"
    assert not _facts(text, "penalty")


def test_penalties_of_the_contract_are_still_read():
    text = "## 6. Pénalités\n\nTout retard de rétablissement donne lieu à une pénalité de 2 % de la redevance par heure.\n"
    assert _facts(text, "penalty")


# --- a letter between the parties -------------------------------------------------------------------------------------

LETTER_FR = """**ARDENNES INFOGÉRANCE** — SARL — RCS Charleville-Mézières 123 456 789
3, rue du Moulin — 08000 Charleville-Mézières

Scierie des Trois Vallées
À l'attention de la gérante
12, route forestière — 08800 Monthermé

Objet : renouvellement de votre contrat de maintenance

Madame,

Votre contrat arrive à échéance. Pour accompagner nos offres, certaines stipulations changent comme suit.

## 1. Juridiction

Tout litige sera porté devant le tribunal de commerce de Charleville-Mézières.
"""

LETTER_EN = """NORTHSTAR IT LTD, registered in England, 4 Mill Lane, Leeds LS1 4AB

Harbour Rowing Club
Attn: the Treasurer
7 Quay Street, Whitby YO21 3PU

Subject: renewal of your managed IT services

Dear Treasurer,

Your agreement renews next month. Our services will change as set out below.

## 1. Jurisdiction

Any dispute shall be brought before the courts sitting in Leeds.
"""


def test_letter_towns_read_the_letterhead_as_the_providers():
    towns = letter_towns(LETTER_FR[:LETTER_FR.index("## 1.")])
    assert any("monther" in t for t in towns["client"]), towns
    assert any("charleville" in t for t in towns["provider"])


@pytest.mark.parametrize("text", [LETTER_FR, LETTER_EN])
def test_court_of_the_letter_writers_town_is_one_sided(text):
    assert "one_sided_jurisdiction" in _flags(text)


def test_a_letter_whose_voice_says_nothing_gives_no_towns():
    text = LETTER_FR.replace("Pour accompagner nos offres, certaines", "Certaines")
    assert letter_towns(text[:text.index("## 1.")]) == {"provider": set(), "client": set()}


def test_no_letter_no_letter_towns():
    assert letter_towns("Contrat entre A et B.\n\nArticle 1 – Objet\n\nLe présent contrat…") == {"provider": set(),
                                                                                              "client": set()}


# --- backups done by someone else -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "## 7. Liability\n\nThe Provider is not liable for any loss of data. The Customer's backups are performed by the "
    "Customer's hosting provider under a separate contract.\n",
    "## 7. Responsabilité\n\nLe Prestataire n'est pas responsable des pertes de données. Les sauvegardes du Client sont "
    "réalisées par le prestataire du Client chargé de l'hébergement.\n",
])
def test_backups_by_the_customers_other_supplier_are_not_the_providers(text):
    assert not any(f.provided for f in _facts(text, "backups"))
    assert "data_loss_exclusion_with_backup" not in _flags(text)


def test_backups_provided_under_the_agreement_stay_a_service():
    text = "## 7. Backups\n\nNightly backups are performed by the Provider under this Agreement.\n"
    assert any(f.provided for f in _facts(text, "backups"))


# --- assignment refused both ways -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Assignment: no assignment by either party without the other's written consent, not unreasonably withheld.",
    "Neither party may assign this agreement without the prior written consent of the other party.",
    "There shall be no transfer of this agreement by either party without the other's express approval.",
])
def test_assignment_refused_without_consent_is_not_free(sentence):
    text = f"## 12. General\n\n{sentence}\n"
    assert "free_subcontracting_assignment" not in _flags(text)
    assert all(f.consent != "not_required" for f in _facts(text, "assignment"))


def test_assignment_without_consent_still_free():
    text = "## 12. General\n\nThe Supplier may assign this agreement without the Customer's consent.\n"
    assert "free_subcontracting_assignment" in _flags(text)


# --- audits satisfied by documents ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Customer's audit rights under this Schedule are satisfied in full by the Provider supplying its ISO 27001 "
    "certificate once a year.",
    "Les droits d'audit du Client sont satisfaits dans leur intégralité par la remise annuelle du rapport SOC 2 du "
    "Prestataire.",
])
def test_audit_rights_satisfied_in_full_by_documents_are_restricted(sentence):
    text = f"## 6. Audit\n\n{sentence}\n"
    assert any(f.restricted for f in _facts(text, "audit"))


# --- a promised security outcome --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Provider commits that no ransomware will encrypt any file on the Customer's laptops during the term.",
    "The Supplier commits that no attacker will gain access to the Customer's mail tenant.",
])
def test_commits_that_no_attack_succeeds_is_a_security_result(sentence):
    text = f"## 1. Services\n\n{sentence}\n"
    assert "security_result_obligation" in _flags(text)


def test_commits_to_reasonable_efforts_is_no_result():
    text = "## 1. Services\n\nProvider commits to use reasonable efforts to detect and contain ransomware.\n"
    assert "security_result_obligation" not in _flags(text)


# --- a forum reserved to the provider ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Tout litige relève des tribunaux de Genève ; le Fournisseur se réserve toutefois le droit d'agir contre le Client "
    "devant toute juridiction compétente.",
    "Any dispute goes to the courts of Geneva; the Supplier however reserves the right to proceed against the Customer "
    "before any competent court.",
])
def test_provider_reserving_the_right_to_act_elsewhere_is_one_sided(sentence):
    text = f"## 14. Litiges / Disputes\n\n{sentence}\n"
    assert "one_sided_jurisdiction" in _flags(text)


# --- the client's own download after the end --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "À l'expiration du contrat, le Client peut télécharger ses fichiers de projets pendant soixante jours ; à l'issue "
    "de ce délai, le Fournisseur les supprime.",
    "On termination of the agreement, the Customer may export its data in CSV for thirty days, after which the "
    "Supplier deletes it.",
])
def test_the_clients_own_download_after_the_end_is_an_exit(sentence):
    text = f"## 6. Fin du contrat / End\n\n{sentence}\n"
    assert _facts(text, "reversibility")


# --- notes around the contract ----------------------------------------------------------------------------------------

TRANSLATED = """# Contrat d'abonnement (traduction)

## 3. Données

3.1 Le Client reste propriétaire de ses données.

> NdT 2 : l'original ne dit rien des sous-traitants ultérieurs ni des instructions du Client ; le Fournisseur peut résilier à tout moment selon l'usage américain.

3.2 Le Fournisseur conserve les données pendant la durée du contrat.
"""

TRANSLATED_EN = """# Subscription agreement (annotated)

## 3. Data

3.1 The Customer owns its data.

Translator's note 4: in the original, the Vendor may change its prices at any time; this sentence explains a term only.

Drafting note: consider adding sub-processor terms here.

3.2 The Vendor keeps the data during the term.
"""


@pytest.mark.parametrize("text", [TRANSLATED, TRANSLATED_EN])
def test_translators_and_drafters_notes_state_no_facts(text):
    notes = [q for cf in extract_facts(segment(text), text).clauses for f in cf.facts
             for q in [f.evidence.quote] if "NdT" in q or "note" in q.lower() or "original" in q]
    assert notes == []
    assert "unilateral_price_change" not in _flags(text)


def test_a_note_inside_a_sentence_is_kept():
    text = "## 4. Prix\n\nLe Fournisseur peut modifier ses prix à tout moment (voir la note de bas de page).\n"
    assert "unilateral_price_change" in _flags(text)


# --- data hosted with the provider's own supplier ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Les données des patients sont hébergées dans la région Europe du fournisseur de cloud du Prestataire.",
    "Customer files are stored in the data centres of the Provider's cloud provider in Ireland.",
    "Les sauvegardes sont stockées chez notre hébergeur d'infrastructure à Roubaix.",
])
def test_data_hosted_with_the_providers_own_supplier_is_sub_processing(sentence):
    text = f"## 3. Hébergement / Hosting\n\n{sentence}\n"
    assert _facts(text, "subprocessing")


def test_a_bare_subcontracting_permission_does_not_authorise_the_hosts_named_elsewhere():
    text = ("# Contrat de support\n\n## 1. Objet\n\nLe Fournisseur assure le support du logiciel de gestion des patients et "
            "accède à leurs dossiers médicaux pour les besoins du support.\n\n## 3. Hébergement\n\nLes dossiers des "
            "patients sont hébergés dans la région Europe du fournisseur de cloud du Fournisseur.\n\n## 9. Divers\n\n"
            "Le Fournisseur peut recourir à des sous-traitants pour exécuter tout ou partie du support.\n")
    assert "free_subprocessors" in _flags(text)


# --- a notice letter that changes a running contract ------------------------------------------------------------------

@pytest.mark.parametrize("text", [LETTER_FR, LETTER_EN])
def test_a_notice_letter_that_changes_the_terms_is_read_as_an_amendment(text):
    report = _review(text)
    assert report.doc_type.kind == "amendment"
    assert report.missing_essential == []


def test_a_contract_whose_subject_line_names_no_change_is_no_amendment():
    text = ("Objet : contrat d'infogérance\n\nEntre la société Alpha, ci-après « le Prestataire », et la société Beta, "
            "ci-après « le Client ».\n\n## Article 1 – Objet\n\nLe Prestataire assure l'infogérance du parc du Client.\n")
    assert _review(text).doc_type.kind != "amendment"
