"""Issue 13, points 2, 3 and 6: a clause's topic is what the clause does (its verb, who is bound), not its heading or
its words. Own batch, written before the seventeenth session's fixes (FR and EN): commitments on essential topics
worded without the topic's usual keyword and/or placed under a heading that says nothing ("Nature du contrat",
"Miscellaneous", "Restrictions and Responsibilities") or something else ("5.0 Security"), and near-misses where the
keyword is there but the clause does something else (a service sold, a fee, a deposit, a definition, a table of
contents line, a cross-reference). Each item is one short contract: a neutral first article, then the clause."""

from __future__ import annotations

import pytest

from assistant.legal.review.documents import parse_bytes
from assistant.legal.review.report import review_document

FR_HEAD = "# CONTRAT DE PRESTATIONS\n\n## 1. Objet\n\nLe présent contrat fixe les conditions des prestations.\n\n"
EN_HEAD = "# SERVICES AGREEMENT\n\n## 1. Purpose\n\nThis Agreement sets out the terms of the Services.\n\n"

# (lang, heading, body, topic): the clause carries the topic
PRESENT = [
    ("fr", "2. Nature du contrat", "Le montant total des sommes que le Prestataire pourra être amené à verser au Client "
     "au titre de tout dommage est plafonné aux redevances perçues au cours des douze derniers mois.", "liability"),
    ("en", "14. Miscellaneous", "In no event shall Provider's aggregate exposure arising out of this Agreement exceed "
     "the fees paid by Customer in the twelve (12) months preceding the claim.", "liability"),
    ("en", "9. General", "Neither party shall be answerable to the other for any indirect or consequential loss, "
     "including loss of profit or revenue.", "liability"),
    ("en", "4. Restrictions and Responsibilities", "Provider shall not be responsible for any loss or corruption of "
     "Customer content, however caused.", "liability"),
    ("fr", "8. Dispositions diverses", "À l'expiration du contrat, pour quelque cause que ce soit, le Prestataire remet "
     "au Client, dans un délai de trente jours, l'intégralité de ses données dans un format standard et ouvert, et "
     "l'assiste dans leur reprise par le nouveau prestataire.", "reversibility"),
    ("en", "4. Restrictions and Responsibilities", "Upon expiry of this Agreement, Supplier will hand back all Customer "
     "Data in a commonly used machine-readable format within 30 days and provide reasonable assistance to any "
     "incoming supplier.", "reversibility"),
    ("fr", "11. Fin des prestations", "Au terme du contrat, le Prestataire transfère au repreneur désigné par le Client "
     "les configurations, la documentation et les données, et accompagne la bascule pendant deux mois.",
     "reversibility"),
    ("en", "12. Data", "When the Services end, Customer may download an export of all of its records through the "
     "portal for sixty days, after which Provider erases them.", "reversibility"),
    ("fr", "2. Nature du contrat", "Chacune des parties peut mettre un terme au présent contrat par lettre "
     "recommandée avec un préavis de trois mois.", "termination"),
    ("en", "14. Miscellaneous", "Either party may end this Agreement for convenience on ninety (90) days' written "
     "notice to the other.", "termination"),
    ("en", "14. Miscellaneous", "Customer may cancel any Order Form at once if Provider fails to remedy a material "
     "breach within thirty days of being told of it.", "termination"),
    ("fr", "4. Engagements", "Le Prestataire s'engage à ce que la plateforme soit accessible 99,8 % du temps, mesuré "
     "sur le mois calendaire.", "sla"),
    ("en", "4. Restrictions and Responsibilities", "Provider will use commercially reasonable efforts to make the "
     "Services accessible at least 99.9% of each calendar month, excluding scheduled maintenance.", "sla"),
    ("fr", "5.0 Sécurité", "Le Prestataire traite les informations relatives aux salariés du Client uniquement sur "
     "instruction documentée de ce dernier et pour les seules finalités de la prestation.", "data_protection"),
    ("en", "14. Miscellaneous", "Vendor shall process any information relating to an identified or identifiable "
     "natural person only on Customer's documented instructions.", "data_protection"),
    ("fr", "5.0 Sécurité", "Le Prestataire ne peut confier l'exécution de tout ou partie des prestations à un tiers "
     "sans l'accord préalable écrit du Client.", "subcontracting_assignment"),
    ("en", "5.0 Security", "Provider may engage third-party processors to host Customer Data, provided it informs "
     "Customer thirty days in advance and Customer may object on reasonable grounds.", "subcontracting_assignment"),
    ("en", "9. General", "Company may transfer this Agreement to any of its affiliates without the consent of the "
     "Customer.", "subcontracting_assignment"),
    ("fr", "2. Nature du contrat", "En contrepartie, le Client verse au Prestataire une somme forfaitaire mensuelle de "
     "2 400 euros hors taxes, payable à trente jours.", "pricing_payment"),
    ("en", "14. Miscellaneous", "Provider may raise its charges once a year by giving sixty days' notice.",
     "price_revision"),
    ("fr", "6. Conditions financières", "Les montants fixés à l'article 5 évoluent chaque 1er janvier selon la "
     "variation de l'indice des prix à la consommation.", "price_revision"),
    ("fr", "2. Nature du contrat", "Le contrat est conclu pour une période initiale de trente-six mois à compter de sa "
     "signature, puis se prolonge par périodes successives d'un an sauf dénonciation.", "duration_renewal"),
    ("en", "14. Miscellaneous", "This Agreement commences on the Effective Date and continues for an initial period of "
     "two years, after which it rolls over for successive one-year periods unless either party opts out.",
     "duration_renewal"),
    ("fr", "8. Divers", "Chaque partie s'interdit de divulguer à des tiers les informations de l'autre partie dont elle "
     "a eu connaissance à l'occasion du contrat.", "confidentiality"),
    ("en", "4. Restrictions and Responsibilities", "Each party shall hold in trust and not reveal to anyone outside its "
     "organisation any non-public information received from the other party.", "confidentiality"),
    ("fr", "2. Nature du contrat", "Le Prestataire met en œuvre le chiffrement des flux, l'authentification forte des "
     "administrateurs et la journalisation des accès.", "security"),
    ("en", "14. Miscellaneous", "Supplier shall apply vendor patches to all managed servers within fourteen days and "
     "enforce multi-factor authentication for privileged accounts.", "security"),
    ("fr", "7. Facturation", "Tout dépassement du délai de rétablissement donne lieu à une réduction de 5 % de la "
     "redevance mensuelle, déduite de la facture suivante.", "penalties"),
    ("en", "7. Invoicing", "If the availability target is missed, Customer is entitled to a reduction of 10% of the "
     "monthly charge for the affected month.", "penalties"),
    ("fr", "8. Divers", "Le Client peut, une fois par an et moyennant un préavis de quinze jours, faire vérifier par un "
     "tiers indépendant le respect par le Prestataire de ses engagements.", "audit"),
    ("en", "10. Records", "Customer or its appointed auditor may, on reasonable notice, inspect Supplier's facilities "
     "and records to verify compliance with this Agreement.", "audit"),
    ("fr", "3. Exploitation", "Le Prestataire réalise chaque nuit une copie intégrale des bases du Client, conservée "
     "trente jours sur un site distant.", "backup_recovery"),
    ("en", "14. Miscellaneous", "Any dispute arising out of this Agreement shall be submitted exclusively to the courts "
     "of Paris.", "disputes"),
    ("fr", "2. Nature du contrat", "Le présent contrat est régi par le droit français ; tout différend relève de la "
     "compétence exclusive du tribunal de commerce de Lyon.", "disputes"),
    ("fr", "4. Engagements", "Le Client désigne un interlocuteur unique, met à disposition un accès VPN et informe le "
     "Prestataire de toute modification de son infrastructure.", "client_obligations"),
    ("en", "4. Restrictions and Responsibilities", "Customer shall keep its own passwords safe, supply accurate "
     "information and ensure that its users comply with the acceptable use policy.", "client_obligations"),
]

# (lang, heading, body, topic): the topic's word is there, the clause does something else
ABSENT = [
    ("en", "6. Optional Services", "Provider offers a security audit service at the rates in its price list.", "audit"),
    ("fr", "6. Prestations optionnelles", "L'audit technique de l'infrastructure est une prestation optionnelle "
     "facturée au tarif journalier.", "audit"),
    ("en", "8. Logging", "Vendor shall keep an audit trail of all administrator logins for one year.", "audit"),
    ("fr", "7. Frais", "Le Client ne supporte aucun frais de réversibilité.", "reversibility"),
    ("en", "7. Service Credits", "This Section is not a limitation of liability; it only sets out the credits "
                                 "available when a target is missed.", "liability"),
    ("en", "5. Deposit", "Customer shall pay a security deposit equal to one month's fees before go-live.", "security"),
    ("fr", "5. Dépôt de garantie", "Le Client verse un dépôt de garantie de 3 000 euros, remboursé en fin de contrat.",
     "security"),
    ("fr", "2. Définitions", "« Données Personnelles » désigne toute information se rapportant à une personne physique "
     "identifiée ou identifiable.", "data_protection"),
    ("en", "2. Definitions", "\"Service Level\" means the performance standard set out in Schedule 2.", "sla"),
    ("en", "Table of contents", "12. Limitation of Liability .......... 14", "liability"),
    ("fr", "Sommaire", "Article 9 – Réversibilité .......... 12", "reversibility"),
    ("fr", "9. Renvoi", "Voir l'article 14 (Responsabilité).", "liability"),
    ("en", "9. Cross-references", "For termination rights, see Section 12.", "termination"),
    ("fr", "9. Manquements", "Toute violation du présent contrat par le Client autorise le Prestataire à suspendre le "
     "service après mise en demeure restée sans effet.", "data_protection"),
    ("en", "6. Personnel", "Background checks are carried out on all staff assigned to Customer.", "non_solicitation"),
    ("fr", "6. Formation", "Les crédits de formation non consommés sont perdus en fin d'année civile.", "penalties"),
]


# Still read wrongly after the seventeenth session's fixes (scored 19/52 before, 48/52 after); kept as strict xfail so
# that a fix shows. Sub-processors are read as the processor terms (data protection), as the DPA keys count them; an
# index named in French ("indice des prix") is not yet a price revision; a fee or a denial naming the topic still
# carries it.
KNOWN = {("present", 16), ("present", 20), ("absent", 3), ("absent", 4)}


def _cases(rows, kind):
    return [pytest.param(*row, id=f"{i}-{'' if kind == 'present' else 'not-'}{row[3]}",
                         marks=[pytest.mark.xfail(strict=True, reason="known limit, see KNOWN")] if (kind, i) in KNOWN
                         else []) for i, row in enumerate(rows)]


def _topics(lang: str, heading: str, body: str) -> set[str]:
    text = (FR_HEAD if lang == "fr" else EN_HEAD) + f"## {heading}\n\n{body}\n"
    rep = review_document(parse_bytes(text.encode("utf-8"), "contrat.md"), retriever=None, role="client")
    return {t for c in rep.clauses[1:] for t in c.topics}


@pytest.mark.parametrize("lang,heading,body,topic", _cases(PRESENT, "present"))
def test_clause_carries_topic(lang, heading, body, topic):
    assert topic in _topics(lang, heading, body)


@pytest.mark.parametrize("lang,heading,body,topic", _cases(ABSENT, "absent"))
def test_keyword_without_the_act(lang, heading, body, topic):
    assert topic not in _topics(lang, heading, body)
