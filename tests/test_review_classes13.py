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

from tests.review_docs import EN_PARTIES, FR_PARTIES, case_id, check_rule, en, fr


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
    ("asymmetric_termination", True, en("11. Termination for convenience",
                                        "After the first year the Customer may terminate this Agreement for convenience "
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
