"""Twenty-seventh session, the lead's review classes (issue 13), written BEFORE the readers were changed, from the
first run of the blind27 set (a colocation contract, its GDPR annex written as a questionnaire, an English-law support
agreement). Every document below is our own wording, in other trades, FR and EN; firing cases and near misses:

1. a processor annex that names itself by the law's full words ("questionnaire de sous-traitance des données à
   caractère personnel", "Article 28 of Regulation (EU) 2016/679") is a DPA, not a services agreement: its silence on
   the exit or the cap is the main agreement's business;
2. the processor's right to put an unlawful instruction on hold until the controller confirms it (Art. 28(3), last
   subparagraph) is no suspension of the service, and "immediately" that qualifies the warning is the notice itself;
3. the work handed to the staff of "any firm of its choice" ("faire réaliser … par toute société de son choix", "have
   the work carried out by any contractor it selects"), reaching the client's systems, without consent or notice, is a
   free sub-processing (Art. 28(2)) even without the word "sous-traitant";
4. a colocation exit is the client's own equipment and media taken back in a window after the end ("dispose de trente
   jours pour retirer ses serveurs", "may remove its equipment"): reversibility organised;
5. a force majeure clause that lists what is NOT force majeure ("The following are not such events: …", "ne constituent
   pas de tels événements : …") is not widened; "Nothing in this Agreement shall be read as a promise that…" is no
   promise of a security result;
6. service levels measured on the provider's own platform whose records are "conclusive evidence" / "font foi à
   titre exclusif": measured by the provider alone;
7. a sentence that only names the renewal period ("the Charges for each Renewal Term…") renews for the period the
   contract states, not for the long first term.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.doctype import detect
from tests.review_docs import check_rule, en, fr, managed

# -- 1. a DPA named by the law's full words -------------------------------------------------------------------------
ANNEX_FR = ("# ANNEXE 2 — QUESTIONNAIRE DE SOUS-TRAITANCE DES DONNÉES À CARACTÈRE PERSONNEL\n\n"
            "Contrat d'exploitation n° 2026-17 — Nuage Alpin (le Prestataire) / Fromagerie du Vercors (le Client)\n\n"
            "| N° | Question | Réponse |\n|---|---|---|\n"
            "| 1 | Quelles opérations ? | Sauvegarde et restauration des bases de paie du Client, sur instruction. |\n"
            "| 2 | Vos équipes sont-elles tenues au secret ? | Oui, par un engagement écrit. |\n"
            "| 3 | Quelle durée ? | La durée du contrat. |\n")
ANNEX_EN = ("SCHEDULE 5 - PROCESSING OF PERSONAL DATA UNDER ARTICLE 28 OF REGULATION (EU) 2016/679\n\n"
            "1. The Processor backs up the Controller's payroll databases on its documented instructions.\n"
            "2. The Processor's staff are bound by written confidentiality undertakings.\n")
ANNEX_FR_BODY = ("ANNEXE 3\n\nLe présent document, signé par les deux parties, tient lieu de contrat exigé par "
                 "l'article 28 du règlement (UE) 2016/679 pour les opérations que le Prestataire réalise pour le "
                 "compte du Client.\n\n1. Le Prestataire sauvegarde les fichiers du Client sur instruction.\n")


@pytest.mark.parametrize("text", [ANNEX_FR, ANNEX_EN], ids=["fr-title", "en-title"])
def test_an_annex_named_by_the_laws_full_words_is_a_dpa(text):
    kind = detect(text, name="annexe.md").kind
    assert kind == "dpa", kind


@pytest.mark.parametrize("text", [ANNEX_FR], ids=["fr"])
def test_a_dpa_annex_alone_is_not_flagged_for_exit_or_cap(text):
    check_rule("no_reversibility", False, text)
    check_rule("uncapped_liability", False, text)


def test_a_services_contract_naming_personal_data_is_still_a_services_contract():
    text = ("CONTRAT D'INFOGÉRANCE\n\nEntre la société Nuage Alpin, SAS, ci-après « le Prestataire », et la société "
            "Fromagerie du Vercors, SAS, ci-après « le Client ».\n\nArticle 1 – Objet\nLe Prestataire exploite les "
            "serveurs du Client.\n\nArticle 9 – Données à caractère personnel\nLe traitement des données à caractère "
            "personnel est régi par l'annexe 2.\n")
    assert detect(text, name="contrat.md").kind != "dpa"


# -- 2. an unlawful instruction put on hold ---------------------------------------------------------------------------
INSTRUCTION_HOLD = [
    ("fr", "Article 7 – Instructions", "Si une instruction du Client lui paraît contraire au RGPD, le Prestataire le "
     "prévient immédiatement par écrit et peut suspendre l'exécution de cette instruction jusqu'à ce que le Client la "
     "confirme ou la modifie."),
    ("fr", "Article 7 – Instructions", "Le Prestataire alerte sans attendre le Client lorsqu'il considère qu'une "
     "consigne reçue constituerait une violation de la réglementation sur les données, et peut en suspendre la mise "
     "en œuvre tant que le Client ne l'a pas confirmée par écrit."),
    ("en", "7. Instructions", "The Processor shall immediately inform the Controller if, in its opinion, an instruction "
     "infringes data protection law, and may suspend the execution of that instruction until the Controller confirms "
     "or amends it."),
    ("en", "7. Instructions", "Where the Processor believes that an instruction would put it in breach of the GDPR, it "
     "shall tell the Controller at once and may suspend performance of that instruction until it is confirmed in "
     "writing."),
]


@pytest.mark.parametrize("lang,heading,sentence", INSTRUCTION_HOLD, ids=["fr", "fr-violation", "en", "en-breach"])
def test_an_unlawful_instruction_put_on_hold_is_no_service_cut(lang, heading, sentence):
    check_rule("suspension_without_notice", False, (fr if lang == "fr" else en)(heading, sentence))


CUTS = [
    ("fr", "Article 8 – Impayés", "En cas de retard de paiement, le Prestataire peut suspendre immédiatement les "
     "services."),
    ("en", "8. Late payment", "If any invoice is overdue, the Supplier may suspend the Services immediately and without "
     "notice."),
]


@pytest.mark.parametrize("lang,heading,sentence", CUTS, ids=["fr", "en"])
def test_a_cut_for_late_payment_without_notice_still_fires(lang, heading, sentence):
    check_rule("suspension_without_notice", True, (fr if lang == "fr" else en)(heading, sentence))


# -- 3. the work handed to any firm of its choice ---------------------------------------------------------------------
DPA_POINTER_FR = ("Article 13 – Données personnelles\nPour ses interventions sur les serveurs, le Prestataire traite des "
                  "données à caractère personnel pour le compte du Client, dans les conditions de l'annexe 2.\n")
DPA_POINTER_EN = ("13. Personal data\nWhen it works on the servers, the Supplier processes personal data on the "
                  "Customer's behalf under the data processing terms of Schedule 2.\n")
HANDED_ON = [
    ("fr", "Article 12 – Renfort", "Pour tenir ses délais, le Prestataire peut faire exécuter tout ou partie des "
     "interventions sur les serveurs du Client, y compris les connexions d'administration, par le personnel de toute "
     "entreprise de son choix, sans l'accord du Client et sans avoir à l'en informer."),
    ("en", "12. Cover", "To meet its deadlines the Supplier may have any part of the server work, including "
     "administrator sessions on the Customer's systems, carried out by any contractor it selects, without the "
     "Customer's consent and without telling the Customer."),
]


@pytest.mark.parametrize("lang,heading,sentence", HANDED_ON, ids=["fr", "en"])
def test_work_handed_to_any_firm_of_its_choice_is_free_subprocessing(lang, heading, sentence):
    pointer = DPA_POINTER_FR if lang == "fr" else DPA_POINTER_EN
    check_rule("free_subprocessors", True, (fr if lang == "fr" else en)(heading, sentence) + pointer)


HANDED_ON_WITH_CONSENT = [
    ("fr", "Article 12 – Renfort", "Le Prestataire peut faire exécuter une partie des interventions par le personnel "
     "d'une autre entreprise, après accord écrit préalable du Client pour chacune."),
    ("en", "12. Cover", "The Supplier may have part of the work carried out by another contractor only with the "
     "Customer's prior written consent to each one."),
]


@pytest.mark.parametrize("lang,heading,sentence", HANDED_ON_WITH_CONSENT, ids=["fr", "en"])
def test_work_handed_on_with_consent_is_not_free(lang, heading, sentence):
    pointer = DPA_POINTER_FR if lang == "fr" else DPA_POINTER_EN
    check_rule("free_subprocessors", False, (fr if lang == "fr" else en)(heading, sentence) + pointer)


# -- 4. a colocation exit: the client's own equipment taken back ------------------------------------------------------
EXIT_OWN = [
    ("fr", "Article 15 – Déménagement", "Au terme du contrat, le Client dispose de quinze jours pour retirer ses "
     "serveurs et ses supports."),
    ("fr", "Article 15 – Fin du contrat", "Le Prestataire remet au Client, à la fin du contrat, les disques déposés "
     "dans son coffre et le journal de ses interventions."),
    ("en", "15. Removal", "When this agreement ends, the Customer has twenty days to remove its equipment from the "
     "hall."),
]


@pytest.mark.parametrize("lang,heading,sentence", EXIT_OWN, ids=["fr-retire", "fr-remet", "en"])
def test_a_colocation_exit_with_the_clients_equipment_taken_back_is_organised(lang, heading, sentence):
    price = ("Article 14 – Prix\nLa redevance est de 900 euros par mois.\n" if lang == "fr" else
             "14. Charges\nThe charges are EUR 900 per month.\n")
    check_rule("no_reversibility", False, managed(lang, heading, sentence) + price)


def test_a_colocation_contract_silent_on_the_end_still_lacks_an_exit():
    check_rule("no_reversibility", True, managed("fr", "Article 15 – Prix", "La redevance est de 900 euros par mois."))


# -- 5. lists of what is NOT force majeure; nothing read as a promise -------------------------------------------------
FM_NOT = [
    ("en", "16. Force majeure", "Neither party is liable for failures caused by events outside its reasonable control. "
     "The following are not such events: strikes of the Supplier's own staff, the failure of its subcontractors, and an "
     "attack its own security measures should have stopped."),
    ("fr", "Article 16 – Force majeure", "Aucune partie ne répond d'un manquement dû à un événement échappant à son "
     "contrôle. Ne constituent pas de tels événements : la grève du personnel du Prestataire, la défaillance de ses "
     "sous-traitants et une attaque que ses propres mesures de sécurité auraient dû arrêter."),
]


@pytest.mark.parametrize("lang,heading,sentence", FM_NOT, ids=["en", "fr"])
def test_a_list_of_what_is_not_force_majeure_does_not_widen_it(lang, heading, sentence):
    check_rule("force_majeure_broad", False, (fr if lang == "fr" else en)(heading, sentence))


FM_WIDE = [
    ("en", "16. Force majeure", "Force majeure includes strikes of the Supplier's own staff and the failure of its "
     "subcontractors."),
    ("fr", "Article 16 – Force majeure", "Sont considérés comme des cas de force majeure la grève du personnel du "
     "Prestataire et la défaillance de ses sous-traitants."),
]


@pytest.mark.parametrize("lang,heading,sentence", FM_WIDE, ids=["en", "fr"])
def test_a_list_of_what_is_force_majeure_still_widens_it(lang, heading, sentence):
    check_rule("force_majeure_broad", True, (fr if lang == "fr" else en)(heading, sentence))


NO_PROMISE = [
    ("en", "3. Security", "Nothing in this Agreement shall be construed as a guarantee that the Customer's network will "
     "be free from intrusion or ransomware."),
    ("fr", "Article 3 – Sécurité", "Aucune stipulation du contrat ne peut être interprétée comme une garantie que le "
     "réseau du Client sera à l'abri de toute intrusion."),
]


@pytest.mark.parametrize("lang,heading,sentence", NO_PROMISE, ids=["en", "fr"])
def test_nothing_read_as_a_promise_is_no_security_result(lang, heading, sentence):
    check_rule("security_result_obligation", False, (fr if lang == "fr" else en)(heading, sentence))


# -- 6. the provider's records as conclusive evidence -----------------------------------------------------------------
CONCLUSIVE = [
    ("en", "5. Service levels", "Availability is measured with the Supplier's monitoring tool, and its logs shall be "
     "conclusive evidence of the periods of unavailability."),
    ("fr", "Article 5 – Niveaux de service", "La disponibilité est mesurée par l'outil de supervision du Prestataire, "
     "dont les journaux font foi à titre exclusif des périodes d'indisponibilité."),
    ("en", "5. Service levels", "Response times shall be measured on the Supplier's service desk platform, and the "
     "entries of that platform shall be conclusive evidence of when each call was logged and answered."),
]


@pytest.mark.parametrize("lang,heading,sentence", CONCLUSIVE, ids=["en", "fr", "en-platform"])
def test_the_providers_records_as_conclusive_evidence_are_its_own_measurement(lang, heading, sentence):
    check_rule("sla_measured_by_provider", True, (fr if lang == "fr" else en)(heading, sentence))


REBUTTABLE = [
    ("en", "5. Service levels", "Availability is measured with the Supplier's monitoring tool; the Customer may "
     "challenge its logs with its own readings within thirty days, and the parties then check them together."),
]


@pytest.mark.parametrize("lang,heading,sentence", REBUTTABLE, ids=["en"])
def test_records_the_client_may_challenge_are_not_the_providers_alone(lang, heading, sentence):
    check_rule("sla_measured_by_provider", False, en(heading, sentence))


# -- 7. the renewal period the contract states ------------------------------------------------------------------------
RENEWAL_NAMED = [
    ("en", "2. Term", "2.1 This Agreement begins on 1 March 2027 and lasts forty-eight (48) months (the \"Initial "
     "Term\").\n2.2 It renews automatically for successive periods of one (1) year (each a \"Renewal Term\") unless "
     "either party gives thirty (30) days' notice.\n2.3 The rates for each Renewal Term are those of the Supplier's "
     "price list at its start."),
    ("fr", "Article 2 – Durée", "2.1 Le contrat prend effet le 1er mars 2027 pour quarante-huit mois (la « Période "
     "initiale »).\n2.2 Il se renouvelle ensuite tacitement par périodes d'un an (chacune une « Période de "
     "renouvellement »), sauf dénonciation un mois avant l'échéance.\n2.3 Les tarifs de chaque Période de "
     "renouvellement sont ceux de la grille du Prestataire à son début."),
]


@pytest.mark.parametrize("lang,heading,sentence", RENEWAL_NAMED, ids=["en", "fr"])
def test_a_sentence_naming_the_renewal_renews_for_the_stated_period(lang, heading, sentence):
    check_rule("tacit_renewal_long", False, (fr if lang == "fr" else en)(heading, sentence))


def test_a_long_renewed_period_still_fires():
    check_rule("tacit_renewal_long", True, en("2. Term", "This Agreement renews automatically for successive periods of "
                                              "four (4) years unless either party gives six (6) months' notice."))
