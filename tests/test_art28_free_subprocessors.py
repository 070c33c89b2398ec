"""Sub-processors of the processor's own choosing, with neither notice nor a right to object (Art. 28(2) GDPR: a
general authorisation obliges the processor to inform the controller of intended changes so that it can object),
read as such in French and English, and a contract that processes personal data for the client on such terms with
no Art. 28 contract terms is still one to which Art. 28 applies. Sentences written for this test."""

from __future__ import annotations

import pytest

from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.report import review_text
from assistant.legal.review.segmentation import segment

HEAD_FR = ("Article 1 – Objet\nLe Prestataire héberge les applications du Client et administre ses serveurs.\n"
           "Article 5 – Sous-traitance\n")
HEAD_EN = "1. Services\nProvider hosts Customer's applications and manages its servers.\n5. Subcontracting\n"


def subprocessing(text: str):
    return extract_facts(segment(text), text).all("subprocessing")


def rules(text: str) -> set[str]:
    return {f.rule for f in review_text(text).flags}


FREE = [
    HEAD_FR + "Le Prestataire peut recourir à des sous-traitants ultérieurs de son choix.",
    HEAD_FR + "Le Client autorise le Prestataire à faire appel, de manière générale, aux sous-traitants ultérieurs "
              "qu'il choisit.",
    HEAD_FR + "Le Prestataire pourra confier tout ou partie du traitement à des sous-traitants ultérieurs, sans en "
              "informer préalablement le Client.",
    HEAD_FR + "Le Prestataire peut sous-traiter tout ou partie des prestations à des tiers de son choix.",
    HEAD_EN + "The Customer gives the Provider a general authorisation to engage sub-processors as it sees fit, "
              "without prior notice.",
    HEAD_EN + "Provider may appoint sub-processors of its own choosing.",
]


@pytest.mark.parametrize("text", FREE)
def test_sub_processors_of_the_processors_choice_without_notice_are_free(text):
    facts = subprocessing(text)
    assert any(f.authorisation == "none_needed" and not f.notice and not f.objection for f in facts), facts
    assert "free_subprocessors" in rules(text)


REGULATED = [
    # a choice left to the processor, but each change announced and open to objection
    HEAD_FR + "Le Prestataire peut recourir à des sous-traitants ultérieurs de son choix ; il informe le Client de "
              "tout ajout ou remplacement, et le Client peut s'y opposer dans un délai de quinze jours.",
    HEAD_EN + "Provider may engage sub-processors of its choice. Provider shall notify Customer of any new "
              "sub-processor thirty days in advance and Customer may object to it.",
    # the prohibition without consent requires the authorisation: it frees nothing
    HEAD_FR + "Le Prestataire ne peut recourir à un sous-traitant ultérieur sans l'autorisation écrite préalable du "
              "Client.",
    HEAD_EN + "Provider shall not engage any sub-processor without Customer's prior written authorisation.",
]


@pytest.mark.parametrize("text", REGULATED)
def test_notice_objection_or_consent_is_no_free_hand(text):
    assert not any(f.authorisation == "none_needed" for f in subprocessing(text))
    assert "free_subprocessors" not in rules(text)


def test_without_notice_is_no_notice():
    facts = subprocessing(HEAD_EN + "Provider may use sub-processors freely, without notice to Customer and without "
                                    "any right for Customer to object.")
    assert facts and not any(f.notice or f.objection for f in facts)


@pytest.mark.parametrize("text", [
    "Article 1 – Objet\nLe Prestataire gère pour le compte du Client le fichier de ses clients et prospects.\n"
    "Article 6 – Sous-traitance\nLe Prestataire peut recourir à des sous-traitants ultérieurs de son choix.",
    "1. Services\nProvider keeps Customer's payroll records on Customer's behalf.\n2. Subcontracting\nProvider may "
    "use sub-processors of its choice.",
    "Article 1 – Objet\nLe Prestataire fournit un outil de gestion commerciale.\nArticle 6 – Sous-traitance\nLe "
    "Prestataire peut confier le traitement des données du Client à des sous-traitants ultérieurs de son choix.",
])
def test_processing_for_the_client_with_free_sub_processors_and_no_terms_is_art28(text):
    report = review_text(text)
    assert report.gdpr_art28.applies, report.gdpr_art28.reason
    found = {f.rule for f in report.flags}
    assert {"free_subprocessors", "personal_data_without_dpa"} <= found


def test_own_data_as_controller_stays_out_of_art28():
    text = ("Article 1 – Objet\nLe Prestataire assure la maintenance des imprimantes du Client.\nArticle 7 – Données\n"
            "Le Prestataire traite, en qualité de responsable du traitement, les données personnelles de ses propres "
            "techniciens pour organiser les interventions.")
    assert not review_text(text).gdpr_art28.applies
