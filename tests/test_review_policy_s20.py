"""Two review policies brought over from the unmerged nineteenth-session branch s19-rev2 (issue 13): each rule read
by ONE written policy (`prompts/review_policy.yaml`, with the article behind it). Clauses in our own words, FR and
EN, that must fire and near misses that must not (written before the reader change on that branch; its forum
policy was not brought over: a court at one party's seat stays the catalogue's one-sided reading).

- penalties_sole_remedy: only a clause that makes the penalties or credits the ONLY compensation for the failure
  (exclusive, "forfaitaire et libératoire", "in full settlement", "no other claim") — not any penalty clause.
- personal_data_without_dpa: processor terms are MISSING when nothing binds the processor to act only on the
  controller's documented instructions (Art. 28(3)(a)), when they are silent on two or more of the duties of
  Art. 28(3)(b)-(h), or when they expressly refuse one; terms that state every duty, some badly, or all but one,
  are PRESENT BUT FLAWED (each flaw raised by its own rule).
"""

from __future__ import annotations

import pytest

from tests.review_docs import check_rule, en, fr, managed

# -- penalties_sole_remedy ---------------------------------------------------------------------------------------
PEN_FR, PEN_EN = "Article 7 – Pénalités", "7. Service credits"

SOLE_REMEDY: list[tuple[str, bool, str]] = [
    ("fr-seule-reparation", True,
     fr(PEN_FR, "Les pénalités constituent la seule et unique réparation due au Client au titre des manquements aux "
        "niveaux de service.")),
    ("fr-forfaitaire-liberatoire", True,
     fr(PEN_FR, "En cas d'indisponibilité au-delà du seuil, le Prestataire verse une pénalité de 3 % de la redevance "
        "mensuelle.", "Ces pénalités ont un caractère forfaitaire et libératoire.")),
    ("en-sole-exclusive", True,
     en(PEN_EN, "Service credits are the Customer's sole and exclusive remedy for any failure to meet the service "
        "levels.")),
    ("en-full-settlement", True,
     en(PEN_EN, "Where availability falls below 99.5 %, the Supplier grants a credit of 5 % of the monthly fee; "
        "payment of that credit is in full and final settlement of any claim for the shortfall.")),
    ("fr-eteint-autres", True,
     fr(PEN_FR, "Tout retard d'intervention donne lieu à une pénalité de 1 % de la redevance mensuelle par heure ; le "
        "versement des pénalités éteint toute autre réclamation du Client relative à ces retards.")),
    # a penalty or a credit, even capped or lump-sum, that leaves the other remedies open
    ("fr-plain-penalty", False,
     fr(PEN_FR, "En cas de dépassement du délai de rétablissement, le Prestataire verse une pénalité de 2 % de la "
        "redevance mensuelle, dans la limite de 10 % de celle-ci.")),
    ("fr-pas-liberatoires", False,
     fr(PEN_FR, "Les pénalités ne sont pas libératoires : le Client conserve le droit de demander réparation de son "
        "entier préjudice.")),
    ("en-without-prejudice", False,
     en(PEN_EN, "Service credits of 5 % of the monthly fee apply per hour of unavailability and are without "
        "prejudice to any other right or remedy of the Customer.")),
    ("en-plain-credit", False,
     en(PEN_EN, "Service credits of 5 % of the monthly fee apply for each hour of unavailability, up to 20 % in any "
        "month.")),
    ("fr-sans-prejudice-resiliation", False,
     fr(PEN_FR, "Les pénalités s'appliquent sans préjudice de tous autres droits et recours du Client, notamment de "
        "la résiliation du contrat.")),
    ("en-not-exclusive", False,
     en(PEN_EN, "Service credits are not the Customer's exclusive remedy, and the Customer may also claim damages "
        "for its loss.")),
]

# -- personal_data_without_dpa: missing vs present but flawed ----------------------------------------------------
ROLE_FR = "Le Prestataire agit en qualité de sous-traitant du Client, responsable du traitement, pour les données " \
          "personnelles des salariés du Client qu'il héberge."
ROLE_EN = "The Supplier acts as processor for the Customer, the controller, of the personal data of the Customer's " \
          "employees that it hosts."
INSTR_FR = "Il ne traite ces données que sur instruction documentée du Client."
INSTR_EN = "It processes that data only on the Customer's documented instructions."
CONF_FR = "Les membres de son personnel qui y ont accès sont tenus à la confidentialité."
CONF_EN = "Its staff with access to the data are bound by confidentiality."
SEC_FR = "Il met en œuvre les mesures techniques et organisationnelles de sécurité décrites à l'article 2."
SEC_EN = "It implements the technical and organisational security measures described in clause 2."
SUB_OK_FR = "Il ne recourt à un sous-traitant ultérieur qu'avec l'autorisation écrite préalable du Client."
SUB_OK_EN = "It engages another processor only with the Customer's prior written authorisation."
SUB_FREE_FR = "Il peut recourir aux sous-traitants ultérieurs de son choix."
SUB_FREE_EN = "It may use any sub-processors it chooses."
RIGHTS_FR = "Il aide le Client à répondre aux demandes des personnes concernées qui exercent leurs droits."
RIGHTS_EN = "It helps the Customer answer requests from data subjects exercising their rights."
BREACH_OK_FR = "Il notifie au Client toute violation de données personnelles dans les vingt-quatre heures."
BREACH_OK_EN = "It notifies the Customer of any personal data breach within 24 hours."
BREACH_LATE_FR = "Il informe le Client d'une violation de données personnelles dans un délai raisonnable."
BREACH_LATE_EN = "It tells the Customer of a personal data breach within a reasonable time."
RETURN_FR = "Au terme du contrat, il restitue les données au Client puis les supprime, au choix du Client."
RETURN_EN = "At the end of the services it returns the data to the Customer and then deletes it, as the Customer " \
            "chooses."
AUDIT_OK_FR = "Il met à la disposition du Client les informations nécessaires et permet la réalisation d'audits, " \
              "y compris d'inspections."
AUDIT_OK_EN = "It makes available the information needed and allows for audits, including inspections, by the " \
              "Customer or its auditor."
AUDIT_PAPER_FR = "Le contrôle du Client se limite à la lecture des certificats du Prestataire, à l'exclusion de tout " \
                 "audit."
AUDIT_PAPER_EN = "The Customer's audits are limited to reading the Supplier's certificates."
DP_FR, DP_EN = "Article 9 – Données personnelles", "9. Data protection"

PROCESSOR_TERMS: list[tuple[str, str, bool, str]] = [
    # missing: no instruction duty, or silence on two duties or more, or a duty refused
    ("fr-law-only", "personal_data_without_dpa", True,
     managed("fr", DP_FR, ROLE_FR, "Chaque Partie s'engage à respecter la réglementation applicable aux données "
             "personnelles.")),
    ("en-confidential-and-secure-only", "personal_data_without_dpa", True,
     managed("en", DP_EN, ROLE_EN, CONF_EN, SEC_EN)),
    ("fr-three-duties-only", "personal_data_without_dpa", True,
     managed("fr", DP_FR, ROLE_FR, INSTR_FR, CONF_FR, SEC_FR)),
    ("en-four-duties-only", "personal_data_without_dpa", True,
     managed("en", DP_EN, ROLE_EN, INSTR_EN, CONF_EN, SEC_EN, BREACH_OK_EN)),
    ("fr-all-but-rights-refused", "personal_data_without_dpa", True,
     managed("fr", DP_FR, ROLE_FR, INSTR_FR, CONF_FR, SEC_FR, SUB_OK_FR, BREACH_OK_FR, RETURN_FR, AUDIT_OK_FR,
             "Il n'est pas tenu d'aider le Client à répondre aux demandes des personnes concernées.")),
    # present but flawed: every duty stated, some badly, or all but one
    ("fr-every-duty-some-badly", "personal_data_without_dpa", False,
     managed("fr", DP_FR, ROLE_FR, INSTR_FR, CONF_FR, SEC_FR, SUB_FREE_FR, RIGHTS_FR, BREACH_LATE_FR, RETURN_FR,
             AUDIT_PAPER_FR)),
    ("en-every-duty-some-badly", "personal_data_without_dpa", False,
     managed("en", DP_EN, ROLE_EN, INSTR_EN, CONF_EN, SEC_EN, SUB_FREE_EN, RIGHTS_EN, BREACH_LATE_EN, RETURN_EN,
             AUDIT_PAPER_EN)),
    ("fr-all-but-rights-silent", "personal_data_without_dpa", False,
     managed("fr", DP_FR, ROLE_FR, INSTR_FR, CONF_FR, SEC_FR, SUB_FREE_FR, BREACH_OK_FR, RETURN_FR, AUDIT_OK_FR)),
    ("en-all-but-return-silent", "personal_data_without_dpa", False,
     managed("en", DP_EN, ROLE_EN, INSTR_EN, CONF_EN, SEC_EN, SUB_OK_EN, RIGHTS_EN, BREACH_OK_EN, AUDIT_OK_EN)),
    ("en-all-but-rights-silent-flawed", "personal_data_without_dpa", False,
     managed("en", DP_EN, ROLE_EN, INSTR_EN, CONF_EN, SEC_EN, SUB_FREE_EN, BREACH_LATE_EN, RETURN_EN, AUDIT_OK_EN)),
    # the flaws of terms present but flawed are still raised, each by its own rule
    ("fr-flawed-subprocessors-flagged", "free_subprocessors", True,
     managed("fr", DP_FR, ROLE_FR, INSTR_FR, CONF_FR, SEC_FR, SUB_FREE_FR, RIGHTS_FR, BREACH_LATE_FR, RETURN_FR,
             AUDIT_PAPER_FR)),
    ("en-flawed-audit-flagged", "audit_restricted", True,
     managed("en", DP_EN, ROLE_EN, INSTR_EN, CONF_EN, SEC_EN, SUB_FREE_EN, RIGHTS_EN, BREACH_LATE_EN, RETURN_EN,
             AUDIT_PAPER_EN)),
]


@pytest.mark.parametrize("name,fires,text", SOLE_REMEDY, ids=[c[0] for c in SOLE_REMEDY])
def test_sole_remedy_policy(name: str, fires: bool, text: str) -> None:
    check_rule("penalties_sole_remedy", fires, text)


@pytest.mark.parametrize("name,rule,fires,text", PROCESSOR_TERMS, ids=[c[0] for c in PROCESSOR_TERMS])
def test_processor_terms_policy(name: str, rule: str, fires: bool, text: str) -> None:
    check_rule(rule, fires, text)


def test_policy_file_names_each_rule_with_its_article() -> None:
    from assistant.legal.review.risk.policy import load_policy

    policy = load_policy()
    # one_sided_jurisdiction (its kept reading: a single court at one party's seat fires for the other side) and
    # derisory_liability_cap added by the twenty-fourth session (tests/test_review_classes_s24.py holds their cases)
    assert set(policy) == {"penalties_sole_remedy", "personal_data_without_dpa", "one_sided_jurisdiction",
                           "derisory_liability_cap"}
    for rule, entry in policy.items():
        assert entry["fires"] and entry["not"], rule
        assert any(ch.isdigit() for ch in entry["law"]), rule  # the article it rests on
