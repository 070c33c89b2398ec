"""Wording classes met in the blind8 review documents, in our own sentences (FR and EN, firing and near-miss).

Each case runs the whole review (segmentation, facts, rules) on a small document and asserts a flag's presence or
absence, or a fact read, or how a heading is cut. The evaluation documents themselves are measured in
`evaluations/eval_review.py`; these are other sentences of the same classes."""

from __future__ import annotations

import pytest

from assistant.legal.review.facts.parties import party_names
from assistant.legal.review.report import review_text
from assistant.legal.review.segmentation import segment

from tests.review_docs import EN_PARTIES, FR_PARTIES, case_id, check_rule, en, fr

# parties whose defined names are printed in bold (a Word file turned into Markdown)
FR_BOLD = ("Entre **ZÉPHYR INFOGÉRANCE**, SAS au capital de 50 000 €, immatriculée au RCS de Rennes, ci-après "
           "« **Zéphyr** » ou « **le Prestataire** », et **MOULINS DU LAC**, SARL au capital de 20 000 €, immatriculée au "
           "RCS de Vannes, ci-après « **le Client** ».\nArticle 1 – Objet\nZéphyr administre les serveurs du Client.\n")
EN_BOLD = ("This Agreement is made between **HALCYON SYSTEMS LIMITED**, a company registered in England under number "
           "0123456 (\"**Halcyon**\"), and **RIVERSIDE FOODS LIMITED**, a company registered in England under number "
           "0654321 (\"**the Customer**\").\n1. Services\nHalcyon shall administer the Customer's servers.\n")


def doc(parties: str, *articles: tuple[str, str]) -> str:
    return parties + "".join(f"{heading}\n{body}\n" for heading, body in articles)


FR_BACKUP = ("Article 2 – Sauvegarde", "Le Prestataire sauvegarde chaque nuit les serveurs du Client et conserve les copies "
             "trente jours.")
EN_BACKUP = ("2. Backup", "The Supplier shall back up the Customer's servers every night and keep each copy for thirty days.")

CASES: list[tuple[str, bool, str]] = [
    # a defined name printed in bold is still the party: its own exit and its own records are read as the provider's
    ("asymmetric_termination", True, doc(FR_BOLD, ("Article 9 – Résiliation", "Zéphyr peut, eu égard à l'évolution de "
                                                   "ses offres, mettre fin au contrat à tout moment sans motif, moyennant "
                                                   "un préavis de deux mois."))),
    ("asymmetric_termination", True, doc(EN_BOLD, ("9. Termination", "Halcyon may, having regard to its product plans, "
                                                   "terminate this Agreement at any time and without giving a reason on "
                                                   "ninety days' notice."))),
    ("asymmetric_termination", False, doc(FR_BOLD, ("Article 9 – Résiliation", "Chacune des parties peut mettre fin au "
                                                    "contrat à tout moment moyennant un préavis de deux mois."))),
    ("sla_measured_by_provider", True, doc(FR_BOLD, ("Article 5 – Niveaux de service", "Les taux de disponibilité sont "
                                                     "établis d'après les journaux de la plateforme de supervision de "
                                                     "Zéphyr, qui font seuls foi entre les parties."))),
    ("sla_measured_by_provider", True, doc(EN_BOLD, ("5. Service Levels", "Availability is computed from the logs of "
                                                     "Halcyon's monitoring platform, which alone shall be conclusive "
                                                     "between the parties."))),
    ("sla_measured_by_provider", False, doc(FR_BOLD, ("Article 5 – Niveaux de service", "Les taux de disponibilité sont "
                                                      "établis d'après les journaux de la sonde du Client, que Zéphyr "
                                                      "peut consulter."))),
    # the cap kept whatever the degree of the fault, in other words
    ("gross_negligence_exclusion", True, fr("Article 8 – Responsabilité", "Le plafond de l'article 7 joue quel que soit le "
                                            "niveau de gravité du manquement reproché au Prestataire.")),
    ("gross_negligence_exclusion", True, en("2. Liability", "The limit in clause 7 applies however serious the "
                                            "Supplier's fault may be.")),
    ("gross_negligence_exclusion", True, fr("Article 8 – Responsabilité", "Cette limitation s'applique aussi grave que soit "
                                            "la faute commise par le Prestataire.")),
    ("gross_negligence_exclusion", True, fr("Article 8 – Responsabilité", "Le plafond s'applique quel que soit le degré de "
                                            "la faute commise.")),
    ("gross_negligence_exclusion", True, en("2. Liability", "The cap in clause 7 applies regardless of the degree of fault "
                                            "of the Supplier.")),
    ("gross_negligence_exclusion", False, fr("Article 8 – Responsabilité", "Le plafond de l'article 7 est écarté en cas "
                                             "de faute lourde ou dolosive du Prestataire.")),
    ("gross_negligence_exclusion", False, en("2. Liability", "Whatever the level of urgency, the Customer shall report "
                                             "each incident through the portal.")),
    # the duty to rebuild lost data denied, a failure of the backup sold included
    ("data_loss_exclusion_with_backup", True, doc(FR_PARTIES, FR_BACKUP, (
        "Article 3 – Limites", "Le Prestataire n'est pas tenu de reconstituer les fichiers du Client ni de répondre de "
        "leur disparition, y compris lorsque celle-ci provient d'un défaut du système de sauvegarde."))),
    ("data_loss_exclusion_with_backup", True, doc(EN_PARTIES, EN_BACKUP, (
        "3. Limits", "The Supplier shall not be obliged to recreate any data of the Customer, even where a backup run "
        "has failed."))),
    ("data_loss_exclusion_with_backup", True, doc(FR_PARTIES, FR_BACKUP, (
        "Article 3 – Limites", "Le Prestataire n'a aucune obligation de recréer les données perdues, même si la sauvegarde "
        "a échoué."))),
    ("data_loss_exclusion_with_backup", True, doc(EN_PARTIES, EN_BACKUP, (
        "3. Limits", "The Supplier has no duty to rebuild lost files, including where the backup failed."))),
    ("data_loss_exclusion_with_backup", False, doc(FR_PARTIES, FR_BACKUP, (
        "Article 3 – Restauration", "Le Prestataire reconstitue à ses frais les fichiers perdus du fait d'un défaut du "
        "système de sauvegarde."))),
    ("data_loss_exclusion_with_backup", False, doc(EN_PARTIES, EN_BACKUP, (
        "3. Restoration", "The Supplier shall recreate at its own cost any data lost through a failed backup run."))),
    # a forum clause for one party's sole benefit (an asymmetric jurisdiction clause)
    ("one_sided_jurisdiction", True, en("20. Jurisdiction", "The courts of England shall have exclusive jurisdiction.",
                                        "This clause operates for the exclusive benefit of the Customer, which remains "
                                        "free to sue the Supplier before any other competent court.")),
    ("one_sided_jurisdiction", True, fr("Article 20 – Litiges", "Les tribunaux de Lyon sont seuls compétents.",
                                        "Cette attribution de compétence est stipulée au seul profit du Prestataire, qui "
                                        "pourra saisir toute autre juridiction compétente.")),
    ("one_sided_jurisdiction", True, en("20. Jurisdiction", "The courts of England shall have exclusive jurisdiction.",
                                        "Nothing in this clause limits the right of the Customer to take proceedings "
                                        "against the Supplier in any other court of competent jurisdiction.")),
    ("one_sided_jurisdiction", True, fr("Article 20 – Litiges", "Les tribunaux de Lyon sont seuls compétents.",
                                        "Cette clause ne fait pas obstacle au droit du Client de saisir toute autre "
                                        "juridiction compétente.")),
    ("one_sided_jurisdiction", False, en("20. Jurisdiction", "The courts of England shall have exclusive jurisdiction.",
                                         "Either party may seek interim relief before any court of competent "
                                         "jurisdiction.")),
    ("one_sided_jurisdiction", False, fr("Article 20 – Litiges", "Les tribunaux de Paris sont seuls compétents.",
                                         "Le Client peut saisir le juge des référés de toute juridiction compétente en "
                                         "cas d'urgence.")),
    # a client's exit stated free of any payment in other words: the provider is the one exposed
    ("asymmetric_termination", True, en("9. Termination", "The Customer may terminate this Agreement at any time on thirty "
                                        "days' notice, without having to pay any early termination charge or "
                                        "compensation.")),
    ("asymmetric_termination", True, fr("Article 9 – Résiliation", "Le Client peut résilier le contrat à tout moment "
                                        "moyennant un préavis d'un mois, sans être redevable d'aucune indemnité.")),
    ("asymmetric_termination", False, en("9. Termination", "The Customer may terminate this Agreement at any time on "
                                         "thirty days' notice, subject to paying an early termination fee equal to three "
                                         "months of charges.")),
    ("asymmetric_termination", False, fr("Article 9 – Résiliation", "Le Client peut résilier le contrat à tout moment "
                                         "moyennant un préavis de trois mois, sans préjudice de l'indemnité de sortie "
                                         "fixée à l'article 12.")),
    # a first term that runs "unless terminated earlier" is no renewal
    ("tacit_renewal_long", False, en("3. Term", "This Agreement begins on signature and continues for sixty months "
                                     "unless terminated earlier under clause 9.")),
    ("tacit_renewal_long", False, fr("Article 3 – Durée", "Le contrat se poursuit pendant quarante-huit mois, sauf "
                                     "résiliation anticipée dans les conditions de l'article 9.")),
    ("tacit_renewal_long", True, fr("Article 3 – Durée", "Le contrat se poursuit ensuite par périodes successives de "
                                    "trente-six mois, sauf dénonciation par lettre recommandée.")),
    # the penalties of the sentence before named by a pronoun: their payment settles everything
    ("penalties_sole_remedy", True, fr("Article 6 – Pénalités", "Chaque heure de retard donne lieu à une pénalité de 1 % "
                                       "de la redevance mensuelle.", "Leur paiement vaut indemnisation forfaitaire et "
                                       "définitive du Client.")),
    ("penalties_sole_remedy", True, en("6. Service Credits", "Each hour of delay gives rise to a service credit of 1% of "
                                       "the monthly charges.", "Their payment constitutes the Customer's sole remedy.")),
    ("penalties_sole_remedy", False, en("6. Service Credits", "Each hour of delay gives rise to a service credit of 1% of "
                                        "the monthly charges.", "Their payment is not the Customer's sole remedy.")),
    ("penalties_sole_remedy", False, fr("Article 6 – Pénalités", "Chaque heure de retard donne lieu à une pénalité de 1 % "
                                        "de la redevance mensuelle.", "Leur paiement ne prive pas le Client de son droit "
                                        "à réparation du préjudice excédant leur montant.")),
    # the total of the credits ("avoirs") capped in a sentence of its own
    ("uncapped_penalties", False, fr("Article 5 – Niveaux de service", "Tout dépassement ouvre droit à des pénalités de "
                                     "3 % de la redevance par heure.", "Le cumul des avoirs d'un trimestre ne peut "
                                     "dépasser 10 % des redevances de ce trimestre.")),
    ("uncapped_penalties", False, fr("Article 5 – Niveaux de service", "Tout dépassement ouvre droit à des pénalités de "
                                     "3 % de la redevance par heure.", "Le montant total des avoirs est plafonné à 15 % de "
                                     "la redevance mensuelle.")),
    ("uncapped_penalties", True, fr("Article 5 – Niveaux de service", "Tout dépassement ouvre droit à des pénalités de "
                                    "3 % de la redevance par heure.", "Le montant total des avoirs n'est soumis à aucun "
                                    "plafond.")),
]


@pytest.mark.parametrize("rule, fires, text", CASES, ids=[case_id(c) for c in CASES])
def test_class(rule, fires, text):
    check_rule(rule, fires, text, spans=True)  # and a flag proven by a fact points at that fact's own words


@pytest.mark.parametrize("parties, provider, client", [
    (FR_BOLD, "zephyr", "client"),
    (EN_BOLD, "halcyon", "customer"),
])
def test_defined_names_in_bold(parties, provider, client):
    prov, cli = party_names(parties)
    assert provider in prov and client in cli and not any("*" in n for n in prov + cli)


# who is bound by a non-solicitation decides whose risk it is
@pytest.mark.parametrize("text, client_side", [
    (fr("Article 17 – Non-sollicitation", "Pendant le contrat et trente-six mois après sa fin, le Prestataire s'interdit "
        "de recruter tout salarié du Client."), False),
    (en("17. Non-Solicitation", "For twenty-four months after this Agreement ends, the Supplier shall not hire any "
        "employee of the Customer."), False),
    (fr("Article 17 – Non-sollicitation", "Eu égard à la formation donnée par le Prestataire, le Client renonce à "
        "recruter tout collaborateur du Prestataire pendant trente-six mois après la fin du contrat."), True),
    (en("17. Non-Solicitation", "For twenty-four months after this Agreement ends, the Customer shall not hire any "
        "employee of the Supplier."), True),
])
def test_non_solicitation_side(text, client_side):
    for role in ("client", "msp"):
        sev = {f.rule: f.severity for f in review_text(text, role=role).flags}.get("non_solicitation_heavy")
        assert sev is not None
        heavy_for_reader = sev in ("high", "medium")
        assert heavy_for_reader is (client_side if role == "client" else not client_side), (role, sev)


def _heads(text: str) -> list[str | None]:
    return [c.number for c in segment(text)]


def test_article_of_an_annex_is_a_heading():
    text = fr("Article 9 de l'Annexe RGPD – Violations", "Le Prestataire signale toute violation sous vingt-quatre heures.")
    assert "Article 9" in _heads(text)
    text = en("Clause 4 of Schedule 2 – Breaches", "The Supplier shall report any breach within one day.")
    assert "Clause 4" in _heads(text)
    # "Article 9 de la loi" inside a sentence is a reference, not a heading
    text = fr("Article 2 – Conformité", "Le Prestataire respecte l'article 9 de la loi du 6 janvier 1978 en toutes "
              "circonstances.")
    assert "Article 9" not in _heads(text)


def test_numbering_may_jump_to_a_titled_heading():
    assert "13." in _heads(en("13. Limitation of Liability", "The Supplier's liability is limited to the fees of a year."))
    assert "14." in _heads(en("14. DATA PROTECTION", "The Supplier processes personal data on documented instructions."))
    # a numbered sentence far ahead in the numbering stays in the body (a list item or a cross-reference)
    assert "13." not in _heads(en("2. Fees", "The fees are due monthly and include the following.\n13. The Customer "
                                  "shall pay the fees within thirty days of the invoice date."))


def test_an_article_closes_the_sub_clauses_of_the_one_before():
    text = (FR_PARTIES + "### Article 4 – Hébergement\n\n4.1 Le Prestataire héberge les serveurs du Client.\n\n"
            "4.2 Le Prestataire sauvegarde les serveurs chaque nuit.\n\n### Article 5 – Support\n\n"
            "5.1 Le Prestataire répond aux demandes des utilisateurs en heures ouvrées.\n")
    parents = {c.number: c.parent for c in segment(text)}
    assert parents["5.1"] and "Article 5" in parents["5.1"] and "Article 4" not in parents["5.1"]
    assert "Article 4" in (parents["4.2"] or "")


# how the services are delivered, said once in a sentence, is the service-delivery topic (no false "missing essential")
@pytest.mark.parametrize("text, delivery", [
    (en("3. Services", "All services are provided mainly remotely from the Supplier's operations centre in Leeds."), True),
    (fr("Article 3 – Prestations", "Les prestations sont exécutées principalement à distance depuis le centre de services "
        "du Prestataire."), True),
    (en("3. Services", "The Supplier offers 24x7 remote monitoring of the Customer's firewalls."), True),
    (en("3. Access", "The Customer shall give the Supplier remote access to its servers."), False),
])
def test_service_delivery_said_once(text, delivery):
    topics = {t for c in review_text(text).clauses for t in c.topics}
    assert ("service_delivery" in topics) is delivery


# a right to have the provider checked, in the words of French drafting ("diligenter un contrôle sur pièces")
@pytest.mark.parametrize("text, audit", [
    (fr("Article 10 – Données", "Une fois par an, le Client peut diligenter un contrôle sur pièces, confié à un auditeur "
        "tenu au secret."), True),
    (fr("Article 10 – Données", "Le Client peut faire procéder chaque année à une vérification de la conformité du "
        "Prestataire par un tiers de son choix."), True),
    (fr("Article 10 – Qualité", "Le Prestataire réalise un contrôle qualité de chacune de ses interventions."), False),
])
def test_audit_right_in_french_drafting(text, audit):
    topics = {t for c in review_text(text).clauses for t in c.topics}
    assert ("audit" in topics) is audit
