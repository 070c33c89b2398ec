"""Session 31, lead (issue 13): review classes found by the sealed31 documents, in the project's own wordings.

1. Late-payment interest called "pénalités" (a rate of interest, the 40 EUR recovery indemnity) is what the client owes
   for paying late, not a service penalty that could run uncapped.
2. The processing instructions "including for transfers" name transfers of personal data (Art. 28(3)(a)), not the
   contract transferred to someone else.
3. Data loss excluded only for data the provider never holds (on the client's own machines, outside the hosted scope)
   does not touch the backups it sells.
4. Subcontracting confined to the subcontractors listed in an annex, or allowed only on the conditions an annex sets,
   is no free hand.
5. Text extracted by OCR reads "l'" as "I'" ("I'annexe", "sans I'accord"): mended before reading.
6. A minimum commitment ("Minimum Monthly Commitment", "minimum de facturation") remaining to the end of the term and
   made due on an early exit is all remaining fees.
7. A letter of engagement names its parties by their letterhead (SIREN, sole trader): the parties are identified.
"""

from __future__ import annotations

import pytest


def _review(text: str, name: str = "c.txt", role: str = "client") -> dict:
    from assistant.legal.review.report import review_text
    return review_text(text, name=name, role=role).to_json()


def _rules(report: dict) -> set[str]:
    return {f["rule"] for f in report["flags"]}


FR_HEAD = """CONTRAT D'ASSISTANCE INFORMATIQUE

Entre la société Ostreor SARL (ci-après « le Client ») et la société Pixelune SAS (ci-après « le Prestataire »).

Article 1 – Objet
Le Prestataire administre les quinze postes et le serveur du Client et en sauvegarde les données chaque nuit.

"""

EN_HEAD = """IT SUPPORT AGREEMENT

Between Harrowgate Dental Ltd (the "Customer") and Brightfold IT Ltd (the "Provider").

1. Services
The Provider administers the Customer's twenty workstations and its server and backs up its data every night.

"""


# -- 1. late-payment interest is no service penalty --------------------------------------------------------------------
@pytest.mark.parametrize("head,clause", [
    (FR_HEAD, "Article 5 – Facturation\nLes factures sont payables à trente jours. Tout retard de règlement entraîne des "
              "pénalités au taux d'intérêt légal majoré de cinq points, ainsi que l'indemnité forfaitaire de 40 € pour "
              "frais de recouvrement."),
    (FR_HEAD, "Article 5 – Paiement\nLes sommes impayées à l'échéance portent de plein droit des pénalités calculées au "
              "taux de refinancement de la BCE majoré de dix points."),
    (EN_HEAD, "5. Invoices\nInvoices are payable within thirty days. Any sum paid late bears penalties at the statutory "
              "interest rate plus eight points, together with the fixed compensation of EUR 40 for recovery costs."),
])
def test_late_payment_interest_called_penalties_is_no_uncapped_service_penalty(head, clause):
    assert "uncapped_penalties" not in _rules(_review(head + clause))


@pytest.mark.parametrize("head,clause", [
    (FR_HEAD, "Article 5 – Pénalités\nTout retard d'intervention au-delà de quatre heures entraîne une pénalité de 3 % de "
              "la redevance mensuelle par heure de retard, sans limite de montant."),
    (EN_HEAD, "5. Service credits\nEach hour of delay beyond the four-hour response time gives rise to a penalty of 3 % of "
              "the monthly fee, without any limit on their total."),
])
def test_near_miss_service_penalties_without_limit_stay_uncapped(head, clause):
    assert "uncapped_penalties" in _rules(_review(head + clause))


# -- 2. the instructions cover transfers of data -----------------------------------------------------------------------
@pytest.mark.parametrize("head,clause", [
    (EN_HEAD, "7. Personal data\nThe Provider processes personal data only on the Customer's documented instructions, "
              "including for transfers, and informs the Customer if an instruction seems to breach the GDPR."),
    (FR_HEAD, "Article 7 – Données personnelles\nLe Prestataire ne traite les données personnelles que sur instruction "
              "documentée du Client, y compris pour les transferts, et l'avertit de toute instruction qui lui paraît "
              "contraire au RGPD."),
])
def test_instructions_including_transfers_are_no_assignment(head, clause):
    assert "free_subcontracting_assignment" not in _rules(_review(head + clause))


def test_near_miss_a_contract_transferred_freely_is_still_flagged():
    text = EN_HEAD + "9. Transfer\nThe Provider may transfer this Agreement to any company of its choice by simple notice."
    assert "free_subcontracting_assignment" in _rules(_review(text))


# -- 3. data the provider never holds ------------------------------------------------------------------------------------
@pytest.mark.parametrize("head,clause", [
    (FR_HEAD, "Article 6 – Responsabilité\nLe Prestataire ne répond pas des pertes de données stockées par le Client sur "
              "ses propres ordinateurs portables, qui ne font pas partie du périmètre sauvegardé."),
    (EN_HEAD, "6. Liability\nThe Provider is not liable for the loss of data kept by the Customer on its own laptops, "
              "which do not form part of the backed-up scope."),
])
def test_data_loss_excluded_for_data_the_provider_never_holds_is_no_exclusion_of_its_backups(head, clause):
    assert "data_loss_exclusion_with_backup" not in _rules(_review(head + clause))


@pytest.mark.parametrize("head,clause", [
    (FR_HEAD, "Article 6 – Responsabilité\nLe Prestataire ne répond en aucun cas des pertes de données, quelle qu'en soit "
              "la cause."),
    (EN_HEAD, "6. Liability\nThe Provider shall in no event be liable for any loss of data, whatever its cause."),
])
def test_near_miss_any_data_loss_excluded_next_to_sold_backups_is_flagged(head, clause):
    assert "data_loss_exclusion_with_backup" in _rules(_review(head + clause))


# -- 4. subcontractors listed in an annex, or conditions set by an annex ------------------------------------------------
@pytest.mark.parametrize("head,clause", [
    (FR_HEAD, "Article 9 – Sous-traitance\nLe Prestataire peut confier la supervision à un sous-traitant figurant à "
              "l'annexe 4."),
    (FR_HEAD, "Article 9 – Sous-traitance\nLe Prestataire peut confier l'hébergement à un tiers dans les conditions "
              "prévues à l'annexe 2."),
    (EN_HEAD, "9. Subcontracting\nThe Provider may entrust the monitoring to a subcontractor listed in Schedule 4."),
    (EN_HEAD, "9. Subcontracting\nThe Provider may subcontract the hosting on the conditions set out in Annex 2."),
])
def test_subcontracting_to_listed_firms_or_on_an_annexs_conditions_is_no_free_hand(head, clause):
    assert "free_subcontracting_assignment" not in _rules(_review(head + clause))


@pytest.mark.parametrize("head,clause", [
    (FR_HEAD, "Article 9 – Sous-traitance\nLe Prestataire peut librement confier tout ou partie des prestations au "
              "sous-traitant de son choix."),
    (EN_HEAD, "9. Subcontracting\nThe Provider may subcontract any part of the services to subcontractors of its choice "
              "without the Customer's consent."),
])
def test_near_miss_subcontracting_at_will_is_flagged(head, clause):
    assert "free_subcontracting_assignment" in _rules(_review(head + clause))


# -- 5. OCR elisions -----------------------------------------------------------------------------------------------------
def test_ocr_elisions_are_mended_in_french_and_english_contractions_kept():
    from assistant.legal.review.pdftext import mend_ocr_elisions
    assert mend_ocr_elisions("figurant à I'annexe 3, sans I'accord écrit, à I'issue du délai") == \
        "figurant à l'annexe 3, sans l'accord écrit, à l'issue du délai"
    assert mend_ocr_elisions("I'm sure I'd say I've read it and I'll sign.") == "I'm sure I'd say I've read it and I'll sign."


def test_a_plain_text_file_is_read_with_its_ocr_elisions_mended(tmp_path):
    from assistant.legal.review.documents import load_document
    p = tmp_path / "scan.txt"
    p.write_text("15.1 Le Prestataire peut confier l'hébergement à un sous-traitant figurant à I'annexe 3.\n",
                 encoding="utf-8")
    assert "à l'annexe 3" in load_document(p).text


# -- 6. a minimum commitment left to run -------------------------------------------------------------------------------
@pytest.mark.parametrize("head,clause", [
    (EN_HEAD, "10. Early exit\nIf the Customer ends this Agreement before the end of the Initial Term for any reason, all "
              "Minimum Monthly Commitments remaining until the end of the Initial Term become immediately due."),
    (FR_HEAD, "Article 10 – Sortie anticipée\nSi le Client met fin au contrat avant son terme, pour quelque cause que ce "
              "soit, les minimums de facturation restant à courir jusqu'au terme deviennent immédiatement exigibles."),
])
def test_minimum_commitments_left_to_run_made_due_are_all_remaining_fees(head, clause):
    assert "early_termination_all_fees" in _rules(_review(head + clause))


def test_near_miss_a_minimum_commitment_without_an_exit_charge_is_no_exit_fee():
    text = EN_HEAD + ("4. Fees\nThe Customer commits to a Minimum Monthly Commitment of EUR 900 during the Initial Term, "
                      "invoiced monthly in advance.")
    assert "early_termination_all_fees" not in _rules(_review(text))


# -- 7. a letter's parties -----------------------------------------------------------------------------------------------
LETTER = """**Inès Marchal — Infogérance de proximité**
Entrepreneur individuel — SIREN 901 223 554 — 3, place du Marché, 29200 Brest

À l'attention de Monsieur Yann Le Goff, gérant
CONSERVERIE LE GOFF — SAS au capital de 80 000 €, zone de Kergaradec, 29490 Guipavas

Brest, le 4 mars 2027

Objet : lettre de mission — maintenance du parc informatique

Monsieur,

Je vous confirme par la présente les conditions dans lesquelles j'assurerai la maintenance de vos douze postes et de
votre serveur de fichiers, à titre indépendant, pendant un an à compter du 1er avril 2027.

## CONDITIONS DE LA MISSION

### §1 — Objet
Le Prestataire assure la maintenance des postes et du serveur de la Conserverie.

### §2 — Prix
La mission est facturée 450 € HT par mois, payables à trente jours.
"""


def test_a_letter_of_engagement_identifies_its_parties_by_its_letterhead():
    report = _review(LETTER, name="lettre.md")
    assert "parties" not in report["missing_essential"]


# -- 8. a word defined by what it is not --------------------------------------------------------------------------------
@pytest.mark.parametrize("head,clause", [
    (FR_HEAD, "Lexique\n« Astreinte » : plage pendant laquelle un technicien reste joignable. Ne désigne pas une somme due "
              "par jour de retard."),
    (EN_HEAD, "Glossary\n\"On-call\": the hours during which an engineer can be reached. It does not mean a sum due for each "
              "day of delay."),
])
def test_a_glossary_saying_what_a_word_does_not_mean_sets_no_penalty(head, clause):
    assert "uncapped_penalties" not in _rules(_review(head + clause))


# -- 9. confidentiality stated under another article's title ------------------------------------------------------------
@pytest.mark.parametrize("head,clause", [
    (FR_HEAD, "ARTICLE 9 - SOUS-TRAITANCE ET CESSION\n9.1 Aucune partie ne peut céder le contrat sans l'accord écrit "
              "préalable de l'autre.\n9.2 Chaque partie garde confidentielles les informations de l'autre dont elle a "
              "connaissance, pendant le contrat et deux ans après."),
    (EN_HEAD, "9. ASSIGNMENT AND SUBCONTRACTING\n9.1 Neither party may assign this Agreement without the other's prior "
              "written consent.\n9.2 Each party keeps the other's information confidential during the Agreement and for "
              "two years after it ends."),
])
def test_confidentiality_kept_in_a_subclause_under_another_title_is_not_missing(head, clause):
    assert "confidentiality" not in _review(head + clause)["missing_essential"]
