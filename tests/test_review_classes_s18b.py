"""Eighteenth session, second round on the blind18 documents (issue 13): the classes behind their first-run misses and
false flags, written BEFORE the fixes in our own words (FR and EN), never the documents' sentences. Each class has
cases that must fire and near misses that must stay quiet.

1. The fees still to run named by another noun ("forfaits mensuels", "monthly retainers", "abonnements trimestriels"),
   an adjective between the noun and "restant à courir": all of them due on the client's early exit.
2. A security outcome promised with "no" on the protected thing ("aucun poste ne sera chiffré par un logiciel
   rançonneur", "no server will be infected by ransomware"): an obligation of result on what attackers do.
3. The client's objection to a subcontractor given as a time to object ("dispose de quinze jours pour s'y opposer",
   "has ten days in which to object"): the client has its say, the subcontracting is not free.
4. The contract itself assigned or transferred ("céder ou transférer le contrat … y compris hors de son groupe") is no
   exit put out of scope: "compris hors" holds no "is … hors", the transfer of the contract no data handed back.
5. The exit's own scope narrowed ("la réversibilité ne comprend pas la reprise des licences", "exit assistance does not
   include the hardware") next to an exit the contract organises: a limit of the exit, not the exit refused.

`side` as in `tests/test_review_classes_s18.py`: the client counts any flag, the provider only high or medium.
"""

from __future__ import annotations

import pytest

from tests.test_review_classes_s18 import contract, flagged, with_data

CASES: list[tuple[str, str, str, bool, str]] = [
    # -- 1. all the fees still to run, named by another noun ---------------------------------------------------------
    ("fees-fr-forfaits-mensuels", "early_termination_all_fees", "client", True,
     contract("fr", "Article 11 – Durée", "Si le Client met fin au contrat avant son terme, la totalité des forfaits "
              "mensuels restant à courir jusqu'à l'échéance lui sera facturée en une fois.")),
    ("fees-fr-abonnements-trimestriels", "early_termination_all_fees", "client", True,
     contract("fr", "Article 11 – Engagement", "Toute résiliation anticipée du fait du Client rend exigible "
              "l'intégralité des abonnements trimestriels restant à échoir jusqu'au terme de la période d'engagement.")),
    ("fees-en-monthly-retainers", "early_termination_all_fees", "client", True,
     contract("en", "11. Minimum term", "If the Customer ends this Agreement early, all of the monthly retainers "
              "remaining until the end of the minimum term shall fall due at once.")),
    ("fees-en-flat-fees-rest-of-term", "early_termination_all_fees", "client", True,
     contract("en", "11. Commitment", "Should the Customer terminate before expiry, the flat fees remaining for the rest "
              "of the committed period become immediately payable.")),
    ("fees-fr-forfaits-deja-echus-near", "early_termination_all_fees", "client", False,
     contract("fr", "Article 11 – Durée", "En cas de résiliation anticipée, le Client règle les forfaits mensuels échus "
              "à la date de fin du contrat, à l'exclusion de toute somme à échoir.")),
    ("fees-fr-forfaits-moitie-near", "early_termination_all_fees", "client", False,
     contract("fr", "Article 11 – Engagement", "Si le Client résilie avant le terme, la moitié des forfaits mensuels "
              "restant à courir jusqu'à l'échéance lui sera facturée.")),
    ("fees-en-retainers-to-notice-near", "early_termination_all_fees", "client", False,
     contract("en", "11. Termination", "Either party may terminate on ninety days' notice; the monthly retainers remain "
              "payable only until the notice period ends.")),
    ("fees-en-no-retainers-due-near", "early_termination_all_fees", "client", False,
     contract("en", "11. Minimum term", "If the Customer ends this Agreement early, no flat fees remaining for the rest of "
              "the term shall be due.")),

    # -- 2. a security outcome promised with "no" on the protected thing ---------------------------------------------
    ("sec-fr-aucun-serveur-chiffre", "security_result_obligation", "msp", True,
     contract("fr", "Article 6 – Sécurité", "Le Prestataire garantit qu'aucun serveur du Client ne sera chiffré par un "
              "logiciel de rançon pendant la durée du contrat.")),
    ("sec-fr-nul-poste-infecte", "security_result_obligation", "msp", True,
     contract("fr", "Article 6 – Sécurité", "Le Prestataire s'engage à ce qu'aucun des postes administrés ne soit "
              "infecté ou paralysé par un virus ou un rançongiciel.")),
    ("sec-en-no-laptop-encrypted", "security_result_obligation", "msp", True,
     contract("en", "6. Security", "The Supplier warrants that no laptop or server it manages will be encrypted or "
              "locked by ransomware during the term.")),
    ("sec-en-none-compromised", "security_result_obligation", "msp", True,
     contract("en", "6. Security", "The Supplier guarantees that none of the Customer's servers will be compromised by "
              "an attacker.")),
    ("sec-fr-sauvegardes-chiffrees-near", "security_result_obligation", "msp", False,
     contract("fr", "Article 6 – Sécurité", "Le Prestataire garantit qu'aucune sauvegarde ne sera conservée sans être "
              "chiffrée au moyen d'une clé détenue par le Client.")),
    ("sec-fr-antivirus-installe-near", "security_result_obligation", "msp", False,
     contract("fr", "Article 6 – Sécurité", "Le Prestataire s'engage à ce qu'aucun poste ne soit mis en service sans "
              "antivirus à jour.")),
    ("sec-en-no-data-unencrypted-near", "security_result_obligation", "msp", False,
     contract("en", "6. Security", "The Supplier warrants that no backup will be stored unless it is encrypted with a key "
              "held by the Customer.")),
    ("sec-en-reasonable-efforts-near", "security_result_obligation", "msp", False,
     contract("en", "6. Security", "The Supplier shall use reasonable efforts so that the managed servers are not "
              "encrypted by ransomware, and shall restore them from backup if they are.")),

    # -- 3. the client's objection given as a time to object ----------------------------------------------------------
    ("obj-fr-quinze-jours-pour-s-opposer", "free_subcontracting_assignment", "client", False,
     contract("fr", "Article 7 – Sous-traitance", "Le Prestataire peut faire exécuter une partie des prestations par "
              "des sous-traitants après en avoir avisé le Client par écrit ; celui-ci dispose alors de dix jours pour "
              "s'y opposer pour un motif sérieux.")),
    ("obj-fr-delai-pour-refuser", "free_subprocessors", "client", False,
     with_data("fr", "Article 7 – Sous-traitance", "Le Prestataire peut confier tout ou partie des prestations à des "
               "sous-traitants après en avoir informé le Client par écrit ; le Client a alors un délai de trois semaines "
               "pour refuser le sous-traitant proposé.")),
    ("obj-en-days-in-which-to-object", "free_subcontracting_assignment", "client", False,
     contract("en", "7. Subcontracting", "The Supplier may subcontract parts of the Services after notifying the "
              "Customer in writing; the Customer then has ten days in which to object on reasonable grounds.")),
    ("obj-en-period-to-object-data", "free_subprocessors", "client", False,
     with_data("en", "7. Subcontracting", "The Supplier may entrust part of the Services to subcontractors after "
               "informing the Customer in writing, and the Customer shall have fifteen days to object to the "
               "subcontractor.")),
    ("obj-fr-informe-seulement-fires", "free_subcontracting_assignment", "client", True,
     contract("fr", "Article 7 – Sous-traitance", "Le Prestataire peut confier une partie des prestations à des "
              "sous-traitants de son choix, après en avoir informé le Client par écrit, qui dispose de dix jours pour "
              "en prendre acte.")),
    ("obj-fr-sans-pouvoir-s-opposer-fires", "free_subprocessors", "client", True,
     with_data("fr", "Article 7 – Sous-traitance", "Le Prestataire peut confier une partie des prestations à des "
               "sous-traitants après en avoir informé le Client, qui dispose de dix jours pour en prendre connaissance "
               "sans pouvoir s'y opposer.")),
    ("obj-en-days-to-review-fires", "free_subcontracting_assignment", "client", True,
     contract("en", "7. Subcontracting", "The Supplier may subcontract parts of the Services to firms of its choice "
              "after notifying the Customer, which then has ten days to update its contacts list.")),
    ("obj-en-no-time-to-object-fires", "free_subprocessors", "client", True,
     with_data("en", "7. Subcontracting", "The Supplier may entrust part of the Services to subcontractors after "
               "informing the Customer in writing; the Customer has no right to object.")),

    # -- 4. the contract assigned is no exit refused -------------------------------------------------------------------
    ("assign-fr-hors-groupe-near", "no_reversibility", "client", False,
     with_data("fr", "Article 3 – Nature du contrat", "Le Prestataire pourra transférer le présent contrat à toute "
               "société, y compris hors de son groupe, sur simple notification au Client. Au terme du contrat, le "
               "Prestataire restitue au Client l'ensemble de ses données dans un format standard.")),
    ("assign-fr-cession-compris-near", "no_reversibility", "client", False,
     with_data("fr", "Article 14 – Cession", "Le contrat peut être transféré par le Prestataire à un tiers, y compris hors "
               "du territoire français, avec l'accord du Client. Au terme du contrat, le Prestataire restitue au Client "
               "l'ensemble de ses données dans un format standard.")),
    ("assign-en-transfer-agreement-near", "no_reversibility", "client", False,
     with_data("en", "14. Assignment", "The Supplier may transfer this Agreement to any company, including outside its "
               "group, on notice to the Customer. On expiry the Supplier shall return all Customer data in a standard "
               "format.")),
    ("assign-en-transfer-to-successor-excluded-fires", "no_reversibility", "client", True,
     with_data("en", "15. End of the Agreement", "Any transfer of the Customer's data to a successor provider is "
               "excluded from the Services.")),
    ("assign-fr-migration-hors-perimetre-fires", "no_reversibility", "client", True,
     with_data("fr", "Article 15 – Fin du contrat", "Toute migration vers un nouveau prestataire est exclue du "
               "périmètre des prestations.")),
]


EXIT_FR = ("Article 16 – Réversibilité\nÀ la fin du contrat, le Prestataire remet au Client ses données et la "
           "documentation d'exploitation, et assure un transfert de compétences de dix jours.\n")
EXIT_EN = ("16. Exit\nOn expiry the Supplier shall return all Customer data and the operating documentation, and provide "
           "ten days of knowledge transfer.\n")

CASES += [
    # -- 5. the exit's scope narrowed, the exit organised ---------------------------------------------------------------
    ("scope-fr-licences-not-included", "no_reversibility", "client", False,
     with_data("fr", "Article 17 – Limites", "La réversibilité ne comprend pas la restitution des licences, qui restent "
               "au nom de l'éditeur.") + EXIT_FR),
    ("scope-fr-donnees-chez-tiers", "no_reversibility", "msp", False,
     with_data("fr", "Article 17 – Limites", "La réversibilité n'inclut pas la restitution des archives papier, conservées "
               "par le Client lui-même.") + EXIT_FR),
    ("scope-en-hardware-not-included", "no_reversibility", "client", False,
     with_data("en", "17. Limits", "Exit assistance does not include the return of the paper archives, which the "
               "Customer keeps itself.") + EXIT_EN),
    ("scope-en-transition-excludes-licences", "no_reversibility", "msp", False,
     with_data("en", "17. Limits", "Transition services do not cover the migration of third-party licences, which stay "
               "with their publisher.") + EXIT_EN),
    ("scope-fr-pas-de-reversibilite-fires", "no_reversibility", "client", True,
     with_data("fr", "Article 17 – Fin du contrat", "Les prestations ne comprennent aucune réversibilité.")),
    ("scope-en-no-exit-assistance-fires", "no_reversibility", "client", True,
     with_data("en", "17. End of the Agreement", "The Services do not include any exit assistance.")),
    ("scope-fr-reversibilite-exclue-fires", "no_reversibility", "client", True,
     with_data("fr", "Article 17 – Fin du contrat", "Toute réversibilité est exclue des prestations.")),
    ("scope-en-no-transition-fires", "no_reversibility", "client", True,
     with_data("en", "17. End of the Agreement", "No transition assistance is provided at the end of the Agreement.")),
]


@pytest.mark.parametrize("name,rule,side,fires,text", CASES, ids=[c[0] for c in CASES])
def test_class(name, rule, side, fires, text):
    hit, flags = flagged(rule, text, side)
    assert hit is fires, f"{name}: {rule} for {side} expected {fires}; flags {flags}"


# -- 6. a numbered sub-clause whose title opens in bold is its own clause (findings cite its number) -----------------
NUMBERED_BOLD = [
    ("fr", "7.1 Le contrat est conclu pour trois ans.\n\n7.2 **Engagement ferme.** En cas de résiliation anticipée par le "
           "Client, la totalité des forfaits mensuels restant à courir jusqu'au terme devient exigible.\n", "7.2",
     "early_termination_all_fees"),
    ("fr", "5.1 Le Prestataire supervise les serveurs.\n\n5.2 **Sécurité** : le Prestataire garantit qu'aucun serveur ne "
           "sera chiffré par un rançongiciel.\n", "5.2", "security_result_obligation"),
    ("en", "7.1 This Agreement runs for three years.\n\n7.2 __Minimum commitment.__ If the Customer terminates early, all "
           "the monthly fees until the end of the initial term fall due at once.\n", "7.2", "early_termination_all_fees"),
    ("en", "9.1 The Supplier hosts the Customer's data.\n\n9.2 **Data loss**: the Supplier shall not be liable for any loss "
           "of data, whatever the cause, even where its backups fail.\n", "9.2", "data_loss_exclusion_with_backup"),
]


@pytest.mark.parametrize("lang,body,number,rule", NUMBERED_BOLD, ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in NUMBERED_BOLD])
def test_numbered_bold_title_is_its_own_clause(lang, body, number, rule):
    from assistant.legal.review.report import review_text
    from assistant.legal.review.segmentation import segment
    from tests.review_docs import managed

    art = number.split(".")[0]
    text = managed(lang, f"Article {art} – Conditions" if lang == "fr" else f"{art}. Terms", "") + "\n" + body
    heads = [c.heading for c in segment(text)]
    assert any(h.startswith(number + " ") for h in heads), heads
    # the bold marks are no part of the title, the body is no part of the heading
    assert not any("**" in h or "__" in h for h in heads), heads
    hit = [f for f in review_text(text, role="client").flags + review_text(text, role="msp").flags if f.rule == rule]
    assert hit, heads
    assert all(f.number == number for f in hit if f.evidence is not None), [(f.rule, f.number) for f in hit]


@pytest.mark.parametrize("line", ["3.2 Le Prestataire **doit** informer le Client.", "4.1 The Supplier **shall** notify "
                                  "the Customer.", "2.5 **%** of the monthly fee is credited."])
def test_bold_inside_a_numbered_sentence_is_no_title(line):
    from assistant.legal.review.segmentation import segment
    from tests.review_docs import bare

    heads = [c.heading for c in segment(bare("fr", line))]
    assert not any(h.rstrip(" .:") in ("3.2 doit", "4.1 shall", "2.5 %") for h in heads), heads
