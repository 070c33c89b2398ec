"""Three classes of misses seen on a blind pair (issue 13), each tested on short texts written for
these tests in French and English: inline bold Markdown headings and numbered paragraphs that open
with a sentence; a data-loss exclusion written in capitals or as a list ("loss, corruption or
unavailability of … data, including any failed backup") while backups are sold; the exit organised
under a transition heading without the word "reversibility", and the exit refused."""

from __future__ import annotations

from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.report import review_text
from assistant.legal.review.segmentation import segment


def _facts(text: str, kind: str):
    return extract_facts(segment(text), text).all(kind)


def _rules(text: str) -> set[str]:
    return {f.rule for f in review_text(text, name="contract.md").flags}


# -- segmentation ---------------------------------------------------------------------------------
BOLD_US = """# HOSTING AGREEMENT

## ARTICLE IV – SERVICES

**Section 4.01 Hosting.** Vendor shall host the Client's shop on its own servers.

**Section 4.02 Hosting Backups.** Vendor shall copy the hosted databases every night and keep each copy for
two weeks.

## Exhibit B – Privacy Terms

**B.1 Roles.** Client is the controller and Vendor the processor of the personal data in the shop.

**B.2 Deletion.** Vendor shall delete the personal data when the Client asks for it.
"""

BOLD_FR = """# CONTRAT D'INFOGÉRANCE

## Article 2 – Durée

**2.1 Durée initiale.** Le contrat prend effet à sa signature pour une durée de deux ans.

**2.2 Renouvellement.** Il se renouvelle ensuite d'année en année.

**Article 7 – Responsabilité**

La responsabilité du Prestataire est limitée aux sommes payées pendant l'année écoulée.
"""


def test_inline_bold_heading_gives_number_heading_and_body():
    by = {c.number: c for c in segment(BOLD_US)}
    c = by["Section 4.02"]
    assert c.heading == "Section 4.02 – Hosting Backups"
    assert c.text.startswith("Vendor shall copy the hosted databases")
    assert "**" not in c.heading and "**" not in c.text
    assert c.parent.endswith("ARTICLE IV – SERVICES")
    assert by["Section 4.01"].parent.endswith("ARTICLE IV – SERVICES")
    # an exhibit's paragraphs numbered by its letter stay under it
    assert by["B.2"].heading == "B.2 Deletion"
    assert by["B.2"].parent.endswith("Exhibit B – Privacy Terms")
    assert by["B.2"].text.startswith("Vendor shall delete")


def test_inline_bold_heading_in_french_and_bold_article_line():
    by = {c.number: c for c in segment(BOLD_FR)}
    assert by["2.1"].heading == "2.1 Durée initiale"
    assert by["2.1"].text.startswith("Le contrat prend effet")
    assert by["2.2"].parent.endswith("Article 2 – Durée")  # every sub-clause, not only the first, sits under its article
    assert by["Article 7"].heading == "Article 7 – Responsabilité"
    assert by["Article 7"].text.startswith("La responsabilité du Prestataire")


def test_unnumbered_bold_lead_in_is_a_heading_but_bold_emphasis_is_not():
    text = ("**Confidentiality.** Each party keeps the other's information secret.\n\n"
            "**Important:** the customer must read the price list before ordering.\n")
    clauses = segment(text)
    first = next(c for c in clauses if c.heading == "Confidentiality")
    assert first.text.startswith("Each party keeps")
    assert not any(c.heading.startswith("Important") for c in clauses)


def test_numbered_paragraph_opening_with_a_sentence_keeps_it_in_the_body():
    text = ("ARTICLE 3 – PÉNALITÉS\n\n3.1 Les pénalités sont plafonnées à cinq pour cent de la redevance. Elles "
            "sont déduites de la facture du mois suivant.\n\n3.2 Le présent contrat est régi par le droit français.\n\n"
            "3.3 Facturation. Les factures sont payables à trente jours.\n")
    by = {c.number: c for c in segment(text)}
    assert by["3.1"].text.startswith("Les pénalités sont plafonnées")  # the first sentence is no title
    assert by["3.2"].text == "Le présent contrat est régi par le droit français."  # a one-sentence clause
    assert by["3.3"].heading == "3.3 Facturation"  # a real inline title is still one
    assert by["3.3"].text.startswith("Les factures")
    # the cap sentence is read as a fact of its clause
    caps = _facts(text, "penalty")
    assert any(p.capped and p.cap_percent == 5 for p in caps)


# -- data-loss exclusion while backups are sold -------------------------------------------------------
EN_BACKUP_CONTRACT = """MANAGED HOSTING AGREEMENT between Harbor Cloud Inc. ("Vendor") and Pine Street Clinic ("Client").

1. Services. Vendor shall host the Client's patient scheduling application and its database on Vendor's servers,
monitor them at all times and administer the operating systems.

2. Backups. Vendor shall back up the hosted database every night and keep each copy for thirty days.

3. Fees. Client shall pay the monthly fee within thirty days of each invoice.

4. Service Levels. The application shall be available 99.5% of each month, measured by an external monitoring tool.

7. LIABILITY. {exclusion} VENDOR'S TOTAL LIABILITY SHALL NOT EXCEED THE FEES PAID IN THE TWELVE MONTHS BEFORE THE CLAIM.
"""


def test_data_loss_exclusion_in_capitals_with_backups_sold_is_flagged():
    caps = ("VENDOR SHALL HAVE NO LIABILITY FOR ANY LOSS, CORRUPTION OR UNAVAILABILITY OF CLIENT DATA, HOWEVER CAUSED, "
            "INCLUDING ANY FAILED BACKUP OR RESTORATION.")
    text = EN_BACKUP_CONTRACT.format(exclusion=caps)
    excl = [f for f in _facts(text, "liability_exclusion") if "data_loss" in f.damages]
    assert excl and "backups" in excl[0].damages
    assert "data_loss_exclusion_with_backup" in _rules(text)


def test_data_loss_carved_back_or_kept_is_not_an_exclusion():
    carved = ("IN NO EVENT SHALL VENDOR BE LIABLE FOR INDIRECT DAMAGES. THIS EXCLUSION SHALL NOT APPLY TO LOSS OF "
              "DATA CAUSED BY VENDOR'S FAILURE TO RUN THE BACKUPS.")
    text = EN_BACKUP_CONTRACT.format(exclusion=carved)
    assert not [f for f in _facts(text, "liability_exclusion") if "data_loss" in f.damages]
    assert "data_loss_exclusion_with_backup" not in _rules(text)


def test_french_exclusion_of_hosted_content_including_backups():
    text = ("Article 6 – Responsabilité\nL'Hébergeur ne saurait être tenu responsable de la perte des contenus "
            "stockés par le Client, y compris la perte de sauvegardes.\n")
    excl = [f for f in _facts(text, "liability_exclusion") if "data_loss" in f.damages]
    assert excl and "backups" in excl[0].damages


def test_french_list_of_losses_and_client_fault_limit():
    text = ("Article 6 – Responsabilité\n6.1 Le Prestataire n'est pas responsable de la perte ou de l'altération des "
            "fichiers du Client.\n\n6.2 Le Prestataire n'est pas responsable des pertes de données résultant d'une "
            "erreur de manipulation d'un salarié du Client.\n")
    excl = [f for f in _facts(text, "liability_exclusion") if "data_loss" in f.damages]
    assert len(excl) == 2
    assert not excl[0].limited_to_client_fault and excl[1].limited_to_client_fault


# -- reversibility under a transition heading, and refused ---------------------------------------------
EN_EXIT = """ARTICLE 9 – END OF THE AGREEMENT

Section 9.04 Exit Support. When this Agreement ends for any reason, Supplier shall, for up to sixty (60) days:
(a) keep running the Services at the current fees; (b) return all Client Data to Client or to a successor supplier
chosen by Client, in standard formats; and (c) hand over passwords and operating manuals.
"""


def test_transition_section_is_reversibility_with_window_and_assistance():
    rev = [f for f in _facts(EN_EXIT, "reversibility") if f.provided]
    assert rev
    assert any(f.return_window_days == 60 and f.assistance for f in rev)


def test_french_exit_article_without_the_word_reversibility():
    text = ("Article 12 – Sortie\n\n12.1 Le Client peut demander à tout moment la restitution de ses données. Le "
            "Prestataire les lui remet dans un délai de dix (10) jours, dans un format ouvert.\n")
    rev = _facts(text, "reversibility")
    assert rev and all(f.provided for f in rev)
    assert any(f.return_window_days == 10 for f in rev)


def test_exit_refused_in_french_and_english():
    fr = ("Article 9 – Fin du contrat\n\n9.1 Les prestations ne comprennent pas d'obligation de réversibilité. Le "
          "contrat prend fin à son terme.\n")
    en = "9. Termination. 9.3 No transition assistance is provided by Vendor after the end of the Agreement.\n"
    en2 = "9. Termination. 9.3 The Services do not include migration of the Customer data to another provider.\n"
    for text in (fr, en, en2):
        rev = _facts(text, "reversibility")
        assert rev and not any(f.provided for f in rev), text


def test_a_negation_after_the_return_does_not_deny_it():
    text = "7. Exit. 7.3 Provider shall return all customer data and shall not keep any copy of it.\n"
    rev = _facts(text, "reversibility")
    assert rev and rev[0].provided


def test_the_clients_own_export_duty_is_no_reversibility():
    text = "5. Term. 5.4 Before the end of the term the Customer shall export its data from the platform.\n"
    assert not [f for f in _facts(text, "reversibility") if f.provided]


def test_contract_with_transition_section_gets_no_reversibility_flag():
    text = EN_BACKUP_CONTRACT.format(exclusion="") + "\n" + EN_EXIT.replace("ARTICLE 9", "ARTICLE 8").replace(
        "Section 9.04", "Section 8.04")
    assert "no_reversibility" not in _rules(text)
    refused = EN_BACKUP_CONTRACT.format(exclusion="") + "\n8. Exit. 8.1 No transition assistance is provided and " \
                                                         "the Client Data is deleted when the Agreement ends.\n"
    assert "no_reversibility" in _rules(refused)


# -- a Word file's numbered "#" headings, its table of contents without page numbers, lists inside clauses -----
WORD_LIKE = """# Convention de service Stockage

# 1. TABLE DES MATIÈRES
1. TABLE DES MATIÈRES
2. Objet
3. Engagements
3.1. Disponibilité
3.2. Sauvegarde
4. Signatures

# 2. Objet
La présente convention décrit le service de stockage fourni au Client. Elle complète les documents suivants :
1. Conditions générales
2. Bon de commande
9. Accord de traitement des données

# 3. Engagements
## 3.1. Disponibilité
Le Prestataire s'engage à une disponibilité mensuelle de 99,9 % du service de stockage.
## 3.2. Sauvegarde
Le Prestataire copie chaque nuit les volumes du Client sur un second site.

# 4. Signatures
Fait à Lyon, en deux exemplaires.
"""


def test_word_headings_survive_a_table_of_contents_and_numbered_lists():
    clauses = segment(WORD_LIKE)
    numbers = [c.number for c in clauses if c.number]
    assert numbers == ["2.", "3.1", "3.2", "4."]
    by = {c.number: c for c in clauses}
    assert by["3.2"].parent == "3. Engagements"
    assert "Accord de traitement des données" in by["2."].text  # a list item, not a heading
    assert not any("TABLE DES MATIÈRES" in (c.heading + (c.parent or "")) for c in clauses)


# -- further classes found on the real conventions and probes -------------------------------------------------
def test_party_of_the_main_clause_after_an_opening_condition():
    en = "9. Payment. If Customer fails to pay any invoice, Vendor may terminate this Agreement immediately.\n"
    fr = ("Article 4 – Paiement\nEn cas de retard de paiement du Client, le Prestataire pourra résilier le contrat de "
          "plein droit et sans préavis.\n")
    for text in (en, fr):
        ends = [f for f in _facts(text, "termination") if f.immediate and f.ground == "non_payment"]
        assert ends and ends[0].party == "provider", text


def test_scope_limit_is_no_liability_cap_and_backups_named_after():
    scope = ("Article 9 – Responsabilité\nLe Prestataire s'engage à conseiller le Client dans la limite de ses "
             "responsabilités et du périmètre du service.\n")
    assert not _facts(scope, "liability_cap")
    after = ("Article 9 – Responsabilité\nLe Prestataire n'est en aucun cas responsable des pertes ou altérations de "
             "données, quelle qu'en soit la cause, sauvegardes comprises.\n")
    excl = [f for f in _facts(after, "liability_exclusion") if "data_loss" in f.damages]
    assert excl and "backups" in excl[0].damages


def test_a_glossary_entry_is_no_return_of_data_and_the_sponsor_is_the_client():
    glossary = ("Article 2 – Glossaire\nDonnées de service : comprend l'ensemble des données produites par la "
                "plateforme pour ses propres besoins.\n")
    assert not _facts(glossary, "reversibility")
    duty = ("Article 10 – Réversibilité\n10.1 Le COMMANDITAIRE doit organiser lui-même la migration de ses machines "
            "vers un autre prestataire.\n")
    assert not [f for f in _facts(duty, "reversibility") if f.provided]


def test_title_then_a_sentence_in_capitals_on_one_line_keeps_the_sentence():
    text = "9. Liability. IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR LOSS OF DATA.\n"
    clauses = segment(text)
    assert clauses and clauses[0].heading == "9. Liability"
    assert clauses[0].text.startswith("IN NO EVENT")
    excl = _facts(text, "liability_exclusion")
    assert excl and excl[0].party == "either" and "data_loss" in excl[0].damages


def test_wording_variants_of_a_data_loss_exclusion_and_who_it_protects():
    variants = {
        "9. Liability. Provider will not be responsible for any lost, deleted or corrupted files, including files "
        "stored in backups.\n": ("provider", True),
        "9. Liability. Provider shall in no case be liable for the destruction of hosted content or its backups.\n":
            ("provider", True),
        "9. Liability. The Customer will not be liable for any loss of data caused by the Provider.\n": ("client", False),
        "9. Liability. Le Client reconnaît que le Prestataire n'est pas responsable des données perdues.\n": ("provider", False),
    }
    for text, (party, backups) in variants.items():
        excl = [f for f in _facts(text, "liability_exclusion") if "data_loss" in f.damages]
        assert excl and excl[0].party == party, text
        assert ("backups" in excl[0].damages) == backups, text
    fr = ("Article 9 – Responsabilité\nLe Prestataire ne répond pas des pertes de données, sauf si elles résultent "
          "d'un manquement à ses obligations de sauvegarde.\n")
    assert all(f.limited_to_client_fault for f in _facts(fr, "liability_exclusion"))  # an exception narrows it
    client_only = EN_BACKUP_CONTRACT.format(
        exclusion="THE CLIENT WILL NOT BE LIABLE FOR ANY LOSS OF DATA CAUSED BY THE VENDOR.")
    assert "data_loss_exclusion_with_backup" not in _rules(client_only)


def test_a_wish_to_entrust_work_to_a_provider_is_no_subcontracting_right():
    recital = ("PRÉAMBULE\nLe Client exerce une activité de conseil. Il souhaite confier à un prestataire unique "
               "l'entretien de ses serveurs, dont il sera informé régulièrement.\n")
    assert not _facts(recital, "assignment")
    right = ("Article 14 – Divers\nLe Prestataire peut confier à des sous-traitants de son choix tout ou partie des "
             "prestations, sans l'accord du Client.\n")
    got = _facts(right, "assignment")
    assert got and got[0].party == "provider" and got[0].consent == "not_required"


def test_governing_law_read_and_weighed_for_the_provider_side():
    assert _facts("Article 15 – Loi\nLe contrat est régi par la loi française.\n", "governing_law")[0].law == "french"
    texas = "12. Law. This Agreement is governed by the laws of the State of Texas, without regard to conflicts.\n"
    got = _facts(texas, "governing_law")
    assert got and got[0].law == "other" and got[0].name == "texas"
    caps = ("VENDOR SHALL HAVE NO LIABILITY FOR ANY LOSS, CORRUPTION OR UNAVAILABILITY OF CLIENT DATA, INCLUDING ANY "
            "FAILED BACKUP.")
    for law, msp in (("", "medium"), (texas.replace("12.", "13."), "low")):
        text = EN_BACKUP_CONTRACT.format(exclusion=caps) + "\n" + law
        for role, expected in (("client", "high"), ("msp", msp)):
            flags = {f.rule: f.severity for f in review_text(text, name="c.md", role=role).flags}
            assert flags.get("data_loss_exclusion_with_backup") == expected, (law, role)


def test_a_maintenance_contract_that_also_hosts_is_a_services_agreement():
    from assistant.legal.review.doctype import detect
    assert detect("# Contrat de maintenance et d'hébergement\n\nEntre les soussignés…").kind == "services_agreement"
    assert detect("SOFTWARE MAINTENANCE AND HOSTING AGREEMENT\nThis Agreement is made…").kind == "services_agreement"
    assert detect("# Contrat de maintenance\n\nLe Prestataire assure la maintenance du parc.").kind == "support_maintenance"


def test_a_credit_of_support_hours_is_no_service_credit():
    fr = ("3. Support. 3.4 Le forfait comprend un crédit de dix heures par an. Les heures consommées au-delà du crédit "
          "sont facturées au taux horaire.\n")
    en = "4. Support Hours. The prepaid credit of 40 hours is valid for one year; hours used beyond it are billed.\n"
    for text in (fr, en):
        assert not _facts(text, "penalty"), text
    sla = "7. Service Credits. If availability falls below 99.5%, credits of 5% of the monthly fee are granted.\n"
    got = _facts(sla, "penalty")
    assert got and got[0].rate_percent == 5


def test_subcontracting_on_mere_notice_under_a_general_authorisation_is_flagged():
    base = ("CONTRAT D'INFOGÉRANCE\n\nArticle 1 – Objet\nLe Prestataire héberge et administre les serveurs du Client et "
            "les données personnelles de ses patients ; il agit en qualité de sous-traitant au sens de l'article 28 du "
            "RGPD.\n\nArticle 2 – Sous-traitance\nLe Client donne une autorisation générale au recours à des "
            "sous-traitants ultérieurs. Le Prestataire peut confier l'hébergement à un tiers de son choix après en "
            "avoir informé le Client.{objection}\n")
    assert "free_subprocessors" in _rules(base.format(objection=""))
    objection = " Le Client peut s'opposer au recours à ce sous-traitant ultérieur dans un délai de quinze jours."
    assert "free_subprocessors" not in _rules(base.format(objection=objection))
