"""Wording classes met in the blind10 review documents, in our own sentences (FR and EN, firing and near-miss).

The English blind10 agreement is written on the customer's paper: its risks are the provider's.

1. A liability cap emptied by an indemnity: the provider holds the client harmless from any loss caused by any breach
   of the contract, and that indemnity is put outside the limitation article ("the limitations of clause 9 do not apply
   to this indemnity", "nonobstant l'article 9"). In substance the provider's liability has no cap. Near misses: an
   indemnity for third-party infringement claims kept outside the cap (a usual carve-out), the usual carve-outs of a cap
   (fraud, gross negligence, bodily injury), a broad indemnity kept "subject to" the cap, the client's own indemnity.
2. A security outcome warranted: an item of a list of warranties ("represents and warrants that: … (e) the systems will
   remain free of ransomware"), the verb standing in the lead-in; and "no unauthorised person will gain access to the
   data". Near misses: best efforts by the state of the art, warranty lists whose items promise no outcome.
3. Service credits stated to have no ceiling with the ceiling qualified ("no monthly or annual maximum", "ni plafond
   mensuel ni plafond annuel"). Near misses: a monthly credit cap.
4. An asymmetric forum clause worded as a freedom left to the client: only the provider submits to the chosen courts and
   "nothing prevents the Customer from suing in any other court" ("rien n'empêche le Client de saisir toute autre
   juridiction"). Near misses: interim relief in any court for either party, a symmetric freedom.
5. A client's exit for convenience paid for by the unamortised set-up or transition charge (la part non amortie des frais
   de mise en service) is no imbalance in the provider's favour; an exit paying only the fees up to the end date still is.

Each case runs the whole review on a small document (parties, one or two articles, the clause under test)."""

from __future__ import annotations

import pytest

from tests.review_docs import EN_PARTIES, FR_PARTIES, case_id, check_rule, en, en_dpa, fr, fr_dpa


def fr_two(first: tuple[str, ...], second: tuple[str, ...]) -> str:
    """Parties, then two articles (heading, sentences…)."""
    return FR_PARTIES + "".join(f"{h}\n" + " ".join(s) + "\n" for h, *s in (first, second))


def en_two(first: tuple[str, ...], second: tuple[str, ...]) -> str:
    return EN_PARTIES + "".join(f"{h}\n" + " ".join(s) + "\n" for h, *s in (first, second))


def listed(head: str, heading: str, lead: str, *items: str) -> str:
    """Parties, then an article whose lead-in sentence opens a list of items, one a line."""
    return head + f"{heading}\n{lead}\n" + "\n".join(items) + "\n"


FR_CAP = ("Article 9 – Responsabilité", "La responsabilité totale de chaque partie est limitée aux sommes payées au "
                                        "cours des douze derniers mois.")
EN_CAP = ("9. Liability", "Each party's total liability in any contract year is limited to the charges paid in that "
                          "year.")

CASES: list[tuple[str, bool, str]] = [
    # 1. a broad indemnity put outside the cap
    ("uncapped_liability", True, fr_two(FR_CAP, ("Article 10 – Garantie",
                                                 "Le Prestataire indemnisera le Client de l'intégralité des préjudices "
                                                 "résultant de tout manquement à ses obligations au titre du Contrat.",
                                                 "Les limitations de l'article 9 ne s'appliquent pas à cette garantie."))),
    ("uncapped_liability", True, fr_two(FR_CAP, ("Article 10 – Garantie",
                                                 "Nonobstant les limitations de l'article 9, le Prestataire garantit le "
                                                 "Client contre toute perte née d'une inexécution quelconque du Contrat."))),
    ("uncapped_liability", True, en_two(EN_CAP, ("10. Indemnity",
                                                 "The Supplier shall indemnify and keep indemnified the Customer against "
                                                 "all losses, costs and expenses arising from any breach of this Agreement "
                                                 "by the Supplier.",
                                                 "Clause 9 shall not apply to the Supplier's obligations under this "
                                                 "clause 10."))),
    ("uncapped_liability", True, en_two(EN_CAP, ("10. Indemnity",
                                                 "Notwithstanding clause 9, the Supplier will hold the Customer harmless "
                                                 "from every loss it suffers as a result of any failure by the Supplier to "
                                                 "perform its obligations under this Agreement."))),
    ("uncapped_liability", True, en_two(EN_CAP, ("10. Indemnity",
                                                 "The Supplier shall indemnify the Customer from and against all loss "
                                                 "caused by any breach by the Supplier of its obligations.",
                                                 "The Supplier's obligations under this clause 10 are not subject to the "
                                                 "cap in clause 9."))),
    ("uncapped_liability", True, fr_two(FR_CAP, ("Article 10 – Garantie",
                                                 "Le Prestataire tiendra le Client indemne de tout dommage causé par un "
                                                 "manquement quelconque à ses obligations, sans que le plafond de "
                                                 "l'article 9 lui soit opposable."))),
    # near misses: third-party infringement claims outside the cap, the usual carve-outs, an indemnity within the cap
    ("uncapped_liability", False, en_two(EN_CAP, ("10. Service credits",
                                                  "Service credits are not subject to the cap in clause 9."))),
    ("uncapped_liability", False, en_two(EN_CAP, ("10. Indemnity",
                                                  "The Supplier shall indemnify the Customer against any claim by a third "
                                                  "party that the Services infringe its intellectual property rights.",
                                                  "The cap in clause 9 does not apply to this indemnity."))),
    ("uncapped_liability", False, fr_two(FR_CAP, ("Article 10 – Garantie d'éviction",
                                                  "Le Prestataire garantit le Client contre toute action d'un tiers "
                                                  "fondée sur une contrefaçon de ses droits par les livrables.",
                                                  "Les limitations de l'article 9 ne s'appliquent pas à cette garantie."))),
    ("uncapped_liability", False, en_two(EN_CAP, ("10. Exceptions",
                                                  "Nothing in this Agreement limits either party's liability for fraud, "
                                                  "gross negligence, or death or personal injury caused by negligence."))),
    ("uncapped_liability", False, fr_two(FR_CAP, ("Article 10 – Exceptions",
                                                  "Les limitations de l'article 9 ne s'appliquent ni en cas de faute "
                                                  "lourde ou dolosive, ni aux dommages corporels."))),
    ("uncapped_liability", False, en_two(EN_CAP, ("10. Indemnity",
                                                  "The Supplier shall indemnify the Customer against all losses arising "
                                                  "from any breach of this Agreement by the Supplier, subject to the "
                                                  "limitations in clause 9."))),
    ("uncapped_liability", False, en_two(EN_CAP, ("10. Indemnity",
                                                  "The Customer shall indemnify the Supplier against all losses arising "
                                                  "from any breach of this Agreement by the Customer.",
                                                  "Clause 9 shall not apply to this indemnity."))),
    # 2. a security outcome warranted, in a list of warranties or in plain words
    ("security_result_obligation", True, listed(EN_PARTIES, "6. Warranties", "The Supplier represents and warrants that:",
                                                "(a) it holds ISO/IEC 27001 certification;",
                                                "(b) for the whole Term the Customer's systems will stay free of "
                                                "ransomware.")),
    ("security_result_obligation", True, en("6. Security",
                                            "The Supplier warrants that no unauthorised person will obtain access to the "
                                            "Customer's data during the Term.")),
    ("security_result_obligation", True, listed(FR_PARTIES, "Article 6 – Garanties", "Le Prestataire déclare et garantit "
                                                "que :", "(a) il dispose des compétences requises ;",
                                                "(b) pendant toute la durée du Contrat, le système d'information du "
                                                "Client restera exempt de tout rançongiciel.")),
    ("security_result_obligation", True, fr("Article 6 – Sécurité",
                                            "Le Prestataire garantit qu'aucune personne non autorisée n'accédera aux "
                                            "données du Client.")),
    ("security_result_obligation", True, listed(EN_PARTIES, "6. Warranties", "The Supplier warrants to the Customer that:",
                                                "(a) the Services will be performed with reasonable skill;",
                                                "(b) the Customer's network will not be infected by malware during the "
                                                "Term.")),
    ("security_result_obligation", True, listed(EN_PARTIES, "6. Representations", "The Supplier represents that:",
                                                "(i) no unauthorised third party will access the Customer Data;",
                                                "(ii) it is duly incorporated.")),
    # near misses: best efforts and the state of the art, warranty items that promise no security outcome, a lead-in
    # that denies the warranty
    ("security_result_obligation", False, listed(EN_PARTIES, "6. Disclaimer", "The Supplier does not represent or "
                                                 "warrant that:", "(a) the Customer's network will stay free of "
                                                 "malware.")),
    ("security_result_obligation", False, en("6. Security",
                                             "The Supplier shall use its best efforts, in line with the state of the art, "
                                             "to protect the Customer's systems against ransomware.")),
    ("security_result_obligation", False, fr("Article 6 – Sécurité",
                                             "Le Prestataire met en œuvre des mesures conformes à l'état de l'art pour "
                                             "protéger le système d'information du Client contre les rançongiciels.")),
    ("security_result_obligation", False, listed(EN_PARTIES, "6. Warranties", "The Supplier represents and warrants that:",
                                                 "(a) it holds ISO/IEC 27001 certification;",
                                                 "(b) its staff follow yearly training on ransomware and phishing.")),
    ("security_result_obligation", False, listed(FR_PARTIES, "Article 6 – Garanties", "Le Prestataire garantit que :",
                                                 "(a) ses équipes suivent chaque année une formation à la sécurité ;",
                                                 "(b) les services sont conformes à l'annexe 1.")),
    # 3. credits with no ceiling, the ceiling qualified
    ("uncapped_penalties", True, en("5. Service credits",
                                    "A service credit of 5 % of the monthly fee is due for each hour of delay.",
                                    "There is no monthly or annual maximum on the service credits that may fall due.")),
    ("uncapped_penalties", True, en("5. Service credits",
                                    "Service credits of 3 % of the monthly fee accrue for each missed target.",
                                    "No overall ceiling applies to the service credits.")),
    ("uncapped_penalties", True, fr("Article 5 – Pénalités",
                                    "Une pénalité de 2 % de la redevance mensuelle est due par heure de retard.",
                                    "Les pénalités ne connaissent ni plafond mensuel ni plafond annuel.")),
    ("uncapped_penalties", True, fr("Article 5 – Pénalités",
                                    "Chaque jour de retard donne lieu à une pénalité de 1 % de la redevance mensuelle.",
                                    "Il n'y a pas de plafond mensuel ou annuel des pénalités.")),
    # near misses: a credit cap
    ("uncapped_penalties", False, en("5. Service credits",
                                     "A service credit of 5 % of the monthly fee is due for each hour of delay.",
                                     "Service credits in any month shall not exceed 20 % of that month's fee.")),
    ("uncapped_penalties", False, fr("Article 5 – Pénalités",
                                     "Une pénalité de 2 % de la redevance mensuelle est due par heure de retard.",
                                     "Le montant mensuel des pénalités est plafonné à 15 % de la redevance du mois.")),
    # 4. a forum clause binding the provider alone
    ("one_sided_jurisdiction", True, en("12. Jurisdiction",
                                        "The Supplier submits to the exclusive jurisdiction of the courts of England.",
                                        "Nothing in this clause prevents the Customer from suing the Supplier in any "
                                        "other competent court.")),
    ("one_sided_jurisdiction", True, en("12. Jurisdiction",
                                        "Any dispute shall be brought before the courts of England.",
                                        "This clause does not stop the Customer from bringing proceedings in any other "
                                        "jurisdiction.")),
    ("one_sided_jurisdiction", True, fr("Article 12 – Litiges",
                                        "Le Prestataire se soumet à la compétence exclusive du tribunal de commerce de "
                                        "Paris.", "Rien n'empêche le Client de saisir toute autre juridiction compétente.")),
    ("one_sided_jurisdiction", True, fr("Article 12 – Litiges",
                                        "Les litiges relèvent du tribunal de commerce de Paris.",
                                        "La présente clause ne fait pas obstacle à ce que le Client saisisse tout autre "
                                        "tribunal compétent.")),
    ("one_sided_jurisdiction", True, fr("Article 12 – Litiges",
                                        "Le tribunal de commerce de Paris est seul compétent.",
                                        "Le Client conserve toutefois la faculté d'assigner le Prestataire devant toute "
                                        "autre juridiction compétente.")),
    ("one_sided_jurisdiction", True, en("12. Jurisdiction",
                                        "The courts of England have exclusive jurisdiction over any dispute.",
                                        "Nothing in this clause prevents the Supplier from bringing proceedings against "
                                        "the Customer in any other court.")),
    # near misses: interim relief anywhere, a freedom left to both parties
    ("one_sided_jurisdiction", False, en("12. Jurisdiction",
                                         "Any dispute shall be brought before the courts of England.",
                                         "Nothing in this clause prevents either party from seeking urgent interim "
                                         "relief in any court.")),
    ("one_sided_jurisdiction", False, fr("Article 12 – Litiges",
                                         "Les litiges relèvent du tribunal de commerce de Paris.",
                                         "Rien n'empêche les parties de recourir à une médiation avant de saisir ce "
                                         "tribunal.")),
    # 5. a client's convenience exit paid by the unamortised set-up charge
    ("asymmetric_termination", False, en("11. Termination for convenience",
                                         "After the first year the Customer may terminate this Agreement for convenience "
                                         "on ninety days' notice.",
                                         "The Customer shall then pay the fees up to the termination date and the "
                                         "unamortised set-up charge.")),
    ("asymmetric_termination", False, fr("Article 11 – Résiliation pour convenance",
                                         "Le Client peut résilier le Contrat pour convenance moyennant un préavis de trois "
                                         "mois.", "Il règle alors les redevances échues et la part non amortie des frais "
                                         "de mise en service.")),
    # (no committed first period here: an exit that opens only after one leaves the provider that period's revenue,
    # tests/test_review_classes_s16.py)
    ("asymmetric_termination", True, en("11. Termination for convenience",
                                        "The Customer may terminate this Agreement for convenience at any time "
                                        "on ninety days' notice.",
                                        "The Customer shall then pay only the fees up to the termination date.")),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_class(case):
    check_rule(*case, spans=True)


def test_uncapped_through_indemnity_is_the_providers_only():
    """The flag proven by the indemnity is the provider's burden: high for the provider, low for the client."""
    from assistant.legal.review.report import review_text

    text = en_two(EN_CAP, ("10. Indemnity", "The Supplier shall indemnify the Customer against all losses arising from "
                                            "any breach of this Agreement.",
                           "The limitations of clause 9 do not apply to this indemnity."))
    for role, severity in (("msp", "high"), ("client", "low")):
        flag = next(f for f in review_text(text, role=role).flags if f.rule == "uncapped_liability")
        assert flag.severity == severity
        assert flag.span is not None and "do not apply" in text[flag.span[0]:flag.span[1]]


# -- the classes of the blind paraphrase batch 10 (tests/test_review_paraphrases_blind10.py), in our own sentences -------
#
# A. Liability with no cap in other words: "ne fait l'objet d'aucun plafond, ni en valeur ni dans le temps", "no monetary
#    limit applies to that liability"; an indemnity for a breach of "l'une quelconque de ses obligations" whose sums are
#    "not subject to the cap", or that "shall not be counted towards" it. Near miss: a limit in time only.
# B. A security outcome: no data lost "whatever the cause, including ransomware", a "zero intrusion" commitment, any
#    successful attack constituting a breach in itself. Near misses: an incident to report, an ordinary breach clause, a
#    target of zero unresolved incidents.
# C. Delay payments (UK liquidated damages) are penalties: with no ceiling, uncapped.
# D. A venue in the district where the provider keeps its head office; a party's town written after its street address.
# E. A notice of non-renewal due in the year before the renewal date: a year's notice in effect.
# F. A cap equal to the charges of one ticket, of one intervention or of the month before the claim.
# G. Processing "entrusted" or "delegated" to group companies or partners freely: free sub-processing.
# H. A price revision by a formula the provider alone sets.
def with_preamble(preamble: str, *articles: tuple[str, ...]) -> str:
    return preamble + "".join(f"{h}\n" + " ".join(s) + "\n" for h, *s in articles)


US_PARTIES = ("This Agreement is made between Pike Data Inc., a Colorado corporation with its principal office at 12 Elm "
              "Street, Denver, Colorado (\"Provider\"), and Rowan Stores LLC, with offices in Omaha (\"Customer\").\n"
              "1. Services\nThe Provider shall run the Customer's servers.\n")

CASES_B10: list[tuple[str, bool, str]] = [
    # A. no cap, other words
    ("uncapped_liability", True, fr("Article 9 – Responsabilité",
                                    "La responsabilité du Prestataire ne fait l'objet d'aucun plafond, ni en valeur ni "
                                    "dans le temps.")),
    ("uncapped_liability", True, en("9. Liability",
                                    "The Supplier is liable for any direct loss caused by its breach of this Agreement.",
                                    "No monetary limit applies to that liability of the Supplier.")),
    ("uncapped_liability", True, fr_two(FR_CAP, ("Article 10 – Indemnisation",
                                                 "Le Prestataire indemnisera le Client de tous frais et pertes causés par un "
                                                 "manquement à l'une quelconque de ses obligations.",
                                                 "Les sommes dues au titre du présent article ne sont pas soumises au "
                                                 "plafond de l'article 9."))),
    ("uncapped_liability", True, en_two(EN_CAP, ("10. Indemnity",
                                                 "10.1 The Supplier shall indemnify the Customer against all losses arising "
                                                 "from any breach of this Agreement by the Supplier.",
                                                 "10.2 The indemnity under clause 10.1 stands apart from the other remedies "
                                                 "of the Customer and shall not be counted towards the cap in clause 9."))),
    ("uncapped_liability", False, fr_two(FR_CAP, ("Article 10 – Garantie d'éviction",
                                                  "La responsabilité du Prestataire au titre de la garantie d'éviction "
                                                  "n'est soumise à aucune limite de durée."))),
    # near miss: penalties kept outside the liability cap are no liability without a cap ("par dérogation" to the cap)
    ("uncapped_liability", False, fr_two(FR_CAP, ("Article 10 – Pénalités",
                                                  "Une pénalité de 1 % de la redevance est due par jour de retard.",
                                                  "Par dérogation à l'article 9, les pénalités ne s'imputent pas sur le "
                                                  "plafond de responsabilité qui y figure et ne sont soumises à aucune "
                                                  "limite."))),
    # B. a security outcome
    ("security_result_obligation", True, en("6. Data", "The Supplier warrants that none of the Customer's files will be "
                                            "lost or corrupted, whatever the cause, including ransomware.")),
    ("security_result_obligation", True, fr("Article 6 – Données", "Le Prestataire garantit qu'aucune donnée du Client ne "
                                            "sera perdue, quelle que soit la cause, y compris une cyberattaque.")),
    ("security_result_obligation", True, fr("Article 6 – Sécurité", "Le Prestataire s'engage sur un objectif « zéro "
                                            "intrusion » sur le réseau du Client.")),
    ("security_result_obligation", True, en("6. Security", "Any successful cyber-attack on the supervised servers shall in "
                                            "itself constitute a breach by the Supplier.")),
    ("security_result_obligation", False, en("6. Security", "Any security incident shall be reported to the Customer "
                                             "within 24 hours.")),
    ("security_result_obligation", False, en("6. Breach", "Any breach of clause 5 constitutes a material breach.")),
    ("security_result_obligation", False, fr("Article 6 – Qualité", "Le Prestataire s'engage sur un objectif de zéro "
                                             "incident majeur non résolu sous quatre heures.")),
    ("security_result_obligation", False, en("6. Migration", "The Supplier warrants that no data will be lost during the "
                                             "migration, save where a cyber-attack occurs.")),
    # C. delay payments
    ("uncapped_penalties", True, en("7. Delay payments", "The Contractor shall pay delay payments of £800 for each week of "
                                    "late delivery of the migration.")),
    ("uncapped_penalties", False, en("7. Delay payments", "The Contractor shall pay delay payments of £800 for each week "
                                     "of late delivery.", "Delay payments shall not exceed 10 % of the migration price.")),
    # D. the provider's district; the town after a street address
    ("one_sided_jurisdiction", True, en("12. Venue", "Proceedings shall be filed only in the courts of the district where "
                                        "the Supplier keeps its head office.")),
    ("one_sided_jurisdiction", False, en("12. Venue", "Proceedings shall be filed only in the courts of the district where "
                                         "the defendant has its registered office.")),
    ("one_sided_jurisdiction", True, with_preamble(US_PARTIES, ("9. Forum", "The courts sitting in Denver, Colorado shall "
                                                                "have exclusive jurisdiction over any dispute."))),
    ("one_sided_jurisdiction", False, with_preamble(US_PARTIES, ("9. Forum", "The courts sitting in Chicago, Illinois "
                                                                 "shall have exclusive jurisdiction over any dispute."))),
    # E. a notice due the year before the renewal date
    ("tacit_renewal_long", True, fr("Article 3 – Durée", "Le contrat se renouvelle tacitement chaque année.",
                                    "Le Client qui souhaite y mettre fin adresse sa dénonciation au cours du mois de "
                                    "janvier de l'année précédant l'échéance.")),
    ("tacit_renewal_long", True, en("3. Term", "This Agreement renews automatically each year.",
                                    "Notice of non-renewal must be received in February of the year preceding the renewal "
                                    "date.")),
    ("tacit_renewal_long", False, fr("Article 3 – Durée", "Le contrat se renouvelle tacitement chaque année, sauf "
                                     "dénonciation trois mois avant l'échéance.")),
    # F. a cap of one ticket, one intervention, the month before the claim
    ("derisory_liability_cap", True, en("9. Liability", "The Supplier's liability shall be limited to the charges invoiced "
                                        "for the ticket concerned.")),
    ("derisory_liability_cap", True, en("9. Liability", "The Supplier's total liability shall be limited to the fees paid "
                                        "in respect of the calendar month immediately preceding the claim.")),
    ("derisory_liability_cap", True, fr("Article 9 – Responsabilité", "La réparation due par le Prestataire ne pourra "
                                        "excéder le montant payé pour l'intervention en cause.")),
    ("derisory_liability_cap", False, en("9. Liability", "The Supplier's total liability shall be limited to the charges "
                                         "paid in the twelve months preceding the claim.")),
    # G. processing entrusted to the group freely
    ("free_subprocessors", True, fr_dpa("Article 9 – Sous-traitance ultérieure",
                                        "Le Prestataire peut librement déléguer les traitements de données personnelles à "
                                        "des filiales de son groupe.")),
    ("free_subprocessors", True, en_dpa("9. Onward processing",
                                        "The Supplier may freely entrust the processing of the personal data to companies "
                                        "of its group and to its hosting partners.")),
    ("free_subprocessors", False, fr_dpa("Article 9 – Sous-traitance ultérieure",
                                         "Le Prestataire ne peut confier les traitements de données personnelles à ses "
                                         "filiales qu'avec l'autorisation écrite préalable du Client.")),
    # H. a revision formula the provider alone sets
    ("unilateral_price_change", True, fr("Article 4 – Prix", "Les redevances sont réévaluées chaque année selon une "
                                         "formule que le Prestataire arrête seul.")),
    ("unilateral_price_change", True, en("4. Fees", "The fees are revised each January in such manner as the Supplier "
                                         "determines.")),
    ("unilateral_price_change", False, fr("Article 4 – Prix", "Les redevances sont révisées chaque année selon des "
                                          "modalités que les parties fixent d'un commun accord.")),
]


@pytest.mark.parametrize("case", CASES_B10, ids=case_id)
def test_class_batch10(case):
    check_rule(*case, spans=True)
