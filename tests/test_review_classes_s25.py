"""Twenty-fifth session, review classes (issue 13), written BEFORE the readers were changed (first run in the commit
message). Clauses in our own words, FR and EN, from kinds of document the held-out set has (French hosting terms, a
veterinary practice's hosting agreement, a port authority's processing annex, a managed cloud operations contract):

1. every way of saying "not liable" for lost data next to backups the provider sells ("accepts no responsibility",
   "has no responsibility for data that is lost", "is not answerable", records and mailboxes as the data), with the
   near misses kept quiet: an exclusion limited to the client's own faults, a provider answering for failed backups;
2. a yearly audit or verification right of the controller, however worded ("contrôle sur pièces et sur place",
   "faire vérifier par un tiers", "inspect the premises and records", "examine … on site"), read as Art. 28(3)(h); a
   right refused ("ne peut procéder à aucun contrôle", "may not inspect") is no audit granted;
3. how the services are delivered, said by the access the provider works through (administrative access delegated by
   the client, a VPN or bastion, its operations centre): the delivery model is there, not missing.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.report import review_text
from tests.review_docs import check_rule

HOST_FR = ("CONDITIONS GÉNÉRALES D'HÉBERGEMENT\n\nEntre la société Nuage Breton, SAS, 3 quai Duguay-Trouin, 35000 "
           "Rennes, ci-après « l'Hébergeur », et la société Cidrerie du Léon, SARL, 2 rue de Brest, 29200 Morlaix, "
           "ci-après « le Client ».\n\nArticle 2 – Services\nL'Hébergeur héberge le site marchand et la base clients du "
           "Client sur ses serveurs et en réalise une sauvegarde complète chaque nuit, conservée quatorze jours sur un "
           "second site.\n\n")
HOST_EN = ("HOSTING SERVICES AGREEMENT\n\nThis agreement is made between Stackhaven Ltd, 8 Dock Road, Cardiff CF10 5AB "
           "(\"Provider\"), and Millbrook Veterinary Ltd, 4 Church Lane, Bath BA1 1AA (\"Customer\").\n\n2. Services\n"
           "2.1 Provider hosts the Customer's practice management system and mailboxes and performs incremental "
           "backups every six hours and a full backup each night, kept for 30 days.\n\n")
DPA_FR = ("ANNEXE 3 – TRAITEMENT DES DONNÉES PERSONNELLES\n\nLa présente annexe est conclue entre la société Gestion "
          "Portuaire, ci-après « le Client », responsable du traitement, et la société Quai Numérique, ci-après « le "
          "Prestataire », sous-traitant au sens de l'article 28 du RGPD.\n\nArticle 1 – Instructions\nLe Prestataire "
          "traite les données personnelles uniquement sur instruction documentée du Client.\n\n")
DPA_EN = ("SCHEDULE 4 - DATA PROCESSING\n\nThis Schedule is made between Harbour Estates Ltd (\"Controller\") and "
          "Quayside IT Ltd (\"Processor\"), processor within Article 28 GDPR.\n\n1. Instructions\n1.1 The Processor "
          "processes personal data only on the documented instructions of the Controller.\n\n")


def doc(head: str, heading: str, *sentences: str) -> str:
    return head + f"{heading}\n" + " ".join(sentences) + "\n"


# -- 1. data loss excluded next to sold backups -----------------------------------------------------------------------
R = "data_loss_exclusion_with_backup"
DATA_LOSS: list[tuple[str, bool, str]] = [
    ("en-accepts-no-responsibility-loss-corruption", True,
     doc(HOST_EN, "9. Liability", "9.1 Provider accepts no responsibility for any loss or corruption of data stored "
         "on the service.")),
    ("en-has-no-responsibility-data-that-is-lost", True,
     doc(HOST_EN, "9. Liability", "9.1 Provider has no responsibility for data that is lost or corrupted.")),
    ("en-not-answerable-files-databases", True,
     doc(HOST_EN, "9. Liability", "9.1 Provider is not answerable for any loss of files or databases.")),
    ("en-no-liability-deletion-of-records", True,
     doc(HOST_EN, "9. Liability", "9.1 Provider shall have no liability for the deletion, loss or corruption of the "
         "Customer's records or mailboxes.")),
    ("en-assumes-no-liability-lost-emails", True,
     doc(HOST_EN, "9. Liability", "9.1 Provider assumes no liability whatsoever for lost e-mails or mailboxes.")),
    ("fr-pertes-de-donnees-pas-couvertes-par-la-responsabilite", True,
     doc(HOST_FR, "Article 9 – Responsabilité", "Les pertes de données ne sont pas couvertes par la responsabilité de "
         "l'Hébergeur.")),
    ("fr-n-est-pas-responsable-perte-donnees", True,
     doc(HOST_FR, "Article 9 – Responsabilité", "L'Hébergeur n'est pas responsable de la perte des données hébergées, "
         "quelle qu'en soit la cause.")),
    ("fr-ne-peut-voir-sa-responsabilite-recherchee-effacement", True,
     doc(HOST_FR, "Article 9 – Responsabilité", "L'Hébergeur ne pourra en aucun cas voir sa responsabilité recherchée "
         "pour l'effacement ou la corruption des bases de données du Client.")),
    # near misses: the exclusion limited to the client's own acts, the provider answering for failed backups
    ("fr-perte-imputable-au-client", False,
     doc(HOST_FR, "Article 9 – Responsabilité", "L'Hébergeur ne peut être tenu pour responsable de la perte de données "
         "imputable au Client ou à ses utilisateurs.")),
    ("en-loss-caused-by-customer-instructions-ignored", False,
     doc(HOST_EN, "9. Liability", "9.1 Provider shall not be liable for loss of data resulting from the Customer's "
         "failure to follow Provider's instructions.")),
    ("en-provider-responsible-for-failed-backups", False,
     doc(HOST_EN, "9. Liability", "9.1 Provider shall be responsible for any loss of data caused by its failure to "
         "perform the backups.")),
    ("fr-hebergeur-responsable-de-sa-faute", False,
     doc(HOST_FR, "Article 9 – Responsabilité", "L'Hébergeur est responsable de la perte des données hébergées qui "
         "résulte de sa faute.")),
    ("en-accepts-responsibility-for-restores", False,
     doc(HOST_EN, "9. Liability", "9.1 Provider accepts responsibility for restoring any lost data from its backups "
         "within four hours.")),
]


@pytest.mark.parametrize("name,fires,text", DATA_LOSS, ids=[c[0] for c in DATA_LOSS])
def test_data_loss_exclusion(name: str, fires: bool, text: str) -> None:
    check_rule(R, fires, text)


# -- 2. the controller's audit right, however worded (Art. 28(3)(h)) ---------------------------------------------------
AUDITS: list[tuple[str, bool, str]] = [
    ("fr-controle-sur-pieces-et-sur-place", True,
     doc(DPA_FR, "Article 6 – Contrôle", "Le Client peut procéder, une fois par an, à un contrôle sur pièces et sur "
         "place des mesures prises par le Prestataire.")),
    ("fr-faculte-de-verifier-annuellement", True,
     doc(DPA_FR, "Article 6 – Vérifications", "Le Client a la faculté de vérifier annuellement, sur pièces et sur place, "
         "que le Prestataire respecte ses obligations.")),
    ("fr-faire-verifier-par-un-tiers", True,
     doc(DPA_FR, "Article 6 – Contrôle", "Chaque année, le Client pourra faire vérifier par un tiers indépendant la "
         "conformité des traitements aux présentes.")),
    ("fr-prestataire-se-soumet-aux-verifications", True,
     doc(DPA_FR, "Article 6 – Contrôle", "Le Prestataire se soumet, une fois par an, aux vérifications que le Client "
         "diligente dans ses locaux.")),
    ("fr-audit-annuel-par-auditeur", True,
     doc(DPA_FR, "Article 6 – Contrôle", "Une fois par an, le Client peut faire réaliser un audit du respect des "
         "présentes par un auditeur de son choix, tenu au secret.")),
    ("en-independent-firm-review-compliance", True,
     doc(DPA_EN, "6. Review", "6.1 Once a year the Controller may have an independent firm review the Processor's "
         "compliance with this Schedule.")),
    ("en-inspect-premises-and-records", True,
     doc(DPA_EN, "6. Checks", "6.1 The Controller may, once in each contract year, inspect the Processor's premises "
         "and records relating to the processing.")),
    ("en-examine-by-documents-and-on-site", True,
     doc(DPA_EN, "6. Checks", "6.1 Once per year, the Controller is entitled to examine, by documents and on site, "
         "how the Processor applies these terms.")),
    # refused: no audit granted
    ("fr-aucun-controle-sur-place", False,
     doc(DPA_FR, "Article 6 – Contrôle", "Le Client ne peut procéder à aucun contrôle sur place des installations du "
         "Prestataire.")),
    ("en-controller-may-not-inspect", False,
     doc(DPA_EN, "6. Checks", "6.1 The Controller may not inspect the Processor's premises or records.")),
    # a service sold is no audit right
    ("fr-controle-technique-vendu", False,
     doc(DPA_FR, "Article 6 – Prestations", "Le Prestataire réalise chaque trimestre un contrôle de la capacité des "
         "disques, facturé selon l'annexe tarifaire.")),
]


@pytest.mark.parametrize("name,present,text", AUDITS, ids=[c[0] for c in AUDITS])
def test_audit_right_is_art28_3h(name: str, present: bool, text: str) -> None:
    rep = review_text(text, role="client", name="annexe.md")
    element = rep.gdpr_art28.elements["art28_3h_audits_information"]
    assert element["present"] is present, (name, element)


# -- 3. the delivery model said by the access the provider works through -----------------------------------------------
OPS_EN = ("MANAGED CLOUD OPERATIONS AGREEMENT\n\nThis agreement is made between Skyforge Ops Ltd, 1 Harbour Way, "
          "Plymouth PL1 2AA (\"Provider\"), and Tamar Logistics Ltd, 5 Quay Road, Truro TR1 2AB (\"Customer\").\n\n")
OPS_FR = ("CONTRAT D'EXPLOITATION CLOUD\n\nEntre la société Altitude Ops, SAS, 4 rue Thiers, 38000 Grenoble, ci-après « le "
          "Prestataire », et la société Fromagerie des Aravis, SAS, 74220 La Clusaz, ci-après « le Client ».\n\n")
DELIVERY: list[tuple[str, bool, str]] = [
    ("en-delegated-administrative-access", True,
     doc(OPS_EN, "2. Services", "2.1 Provider shall run the Customer's cloud subscription with administrative access "
         "delegated by the Customer: monitoring, patching and capacity reports.")),
    ("en-through-vpn-from-operations-centre", True,
     doc(OPS_EN, "2. Services", "2.1 Provider's engineers administer the Customer's servers over a site-to-site VPN "
         "from Provider's network operations centre in Exeter.")),
    ("fr-acces-delegue-par-le-client", True,
     doc(OPS_FR, "Article 2 – Services", "Le Prestataire administre l'abonnement cloud du Client au moyen d'un accès "
         "d'administration délégué par le Client : supervision, correctifs et rapports de capacité.")),
    ("fr-via-bastion", True,
     doc(OPS_FR, "Article 2 – Services", "Les ingénieurs du Prestataire interviennent sur les serveurs du Client via un "
         "bastion d'administration dont les sessions sont enregistrées.")),
    ("en-access-to-premises-is-customer-duty-only", False,
     doc(OPS_EN, "5. Customer duties", "5.1 The Customer shall keep its cloud subscription paid and its billing "
         "account in its own name.")),
]


@pytest.mark.parametrize("name,present,text", DELIVERY, ids=[c[0] for c in DELIVERY])
def test_delivery_model_read(name: str, present: bool, text: str) -> None:
    rep = review_text(text, role="client", name="ops.md")
    topics = {t for c in rep.clauses for t in c.topics}
    assert ("service_delivery" in topics) is present, (name, sorted(topics))
