"""Session 33, lead: the review reads what a clause does (issue 13), classes from the blind33 documents, tested with own
wordings, FR and EN:

- numbered inline titles in sentence case ("3. Response times. Priority 1 …", "4. Niveaux de service. Le Prestataire …")
  are clause headings, as Title Case ones were;
- data handed back ("we hand back all your data", "give back") is an exit provided, not a deletion without return;
- events a force-majeure clause says "don't count" / "ne comptent pas" are kept out of it;
- an audit denied as the last item of a list ("and neither is any audit of us", "ni aucun audit") is an audit refused;
- a price change that comes "in addition to" the index ("en complément de l'indexation") is not bounded by the index;
- work performed by outside firms in the passive ("assurée par … tout partenaire de son choix") or handed over to a firm
  named before the verb ("tout partenaire auquel le Prestataire pourra confier…") is subcontracting;
- minutes whose signature makes them an amendment ("Signatures valant avenant") are an amendment;
- an annex named for data protection said to stay in force ("l'annexe 5 reste applicable") holds the processor terms.
"""

from __future__ import annotations

import pytest

from assistant.legal.review.documents import ParsedDocument
from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.report import review_document
from assistant.legal.review.segmentation import segment


def _review(text: str, name: str = "contrat.md"):
    return review_document(ParsedDocument(name=name, text=text, pages=1, format="md"), retriever=None, role="client")


def _flags(text: str, name: str = "contrat.md") -> set[str]:
    return {f.rule for f in _review(text, name).flags}


def _facts(text: str):
    return extract_facts(segment(text), text)


# --- sentence-case inline titles -----------------------------------------------------------------------------------

_EMAIL_EN = ("From: Paul Marsh\nSubject: Re: our terms\n\nHi Anna, as agreed on the phone, here is the summary.\n\n"
             "1. Parties. Quayside IT Ltd (we) and Harbour Florists Ltd (you).\n\n"
             "2. Services. We look after your six PCs and your file server, remotely and on site.\n\n"
             "3. Call handling. Urgent calls get an answer within one business hour, others the next business day, "
             "measured from the ticket time.\n\n"
             "4. Late payment. Interest at three times the legal rate plus the forty euro recovery indemnity for each "
             "invoice paid late.\n\n"
             "5. End of the agreement. Whatever the reason, we give back all your files and passwords within ten days "
             "in open formats, then delete our copies.\n\n"
             "Best, Paul\n")
_FR = ("# Contrat de maintenance\n\nEntre Octet Services (le « Prestataire ») et la Fromagerie Vial (le « Client »).\n\n"
       "1. Objet. Le Prestataire maintient les douze postes et le serveur du Client.\n\n"
       "2. Niveaux de service. Le Prestataire prend en compte chaque demande dans les quatre heures ouvrées suivant "
       "son enregistrement.\n\n"
       "3. Conditions de paiement. Les factures sont payables à trente jours à compter de leur date d'émission.\n\n")


@pytest.mark.parametrize("text, headings", [
    (_EMAIL_EN, ["3. Call handling", "4. Late payment", "5. End of the agreement"]),
    (_FR, ["2. Niveaux de service", "3. Conditions de paiement"]),
])
def test_sentence_case_inline_titles_are_headings(text, headings):
    found = [c.heading for c in segment(text)]
    for h in headings:
        assert h in found, found


@pytest.mark.parametrize("text", [
    # a sentence that opens with a pronoun or a determiner is no title
    "1. We agree. The fees below apply from the first month of the services and are paid monthly.\n\n"
    "2. Our prices. They stay the same for the whole first year of the agreement and then follow the index.\n",
    "1. Le prix convenu. Il reste le même pendant la première année du contrat puis suit l'indice Syntec.\n",
])
def test_sentence_openings_are_not_titles(text):
    for c in segment(text):
        assert c.heading not in ("We agree", "Our prices", "Le prix convenu"), c.heading


# --- data handed back -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    _EMAIL_EN,
    "# Terms\n\n7. Exit. When the agreement ends, we hand back all your data and the admin passwords within fifteen days "
    "and then delete our copies.\n",
])
def test_data_handed_back_is_an_exit_provided(text):
    rev = [f for f in _facts(text).all("reversibility")]
    assert rev and all(f.provided and not f.deletion_without_return for f in rev), rev
    assert "no_reversibility" not in _flags(text)


# --- force majeure: events said not to count -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "# Terms\n\n9. Force majeure. Only events that meet article 1218 of the Civil Code. Strikes of our own staff, "
    "failures of our suppliers and attacks on our own tools don't count.\n",
    "# Conditions\n\n9. Force majeure. Seuls les événements répondant à l'article 1218 du Code civil. Les grèves de notre "
    "personnel, les pannes de nos fournisseurs et les attaques visant nos outils ne comptent pas.\n",
])
def test_events_said_not_to_count_are_no_broad_force_majeure(text):
    assert "force_majeure_broad" not in _flags(text)


# --- audit denied as the last item of a list -----------------------------------------------------------------------

_DATA_EN = ("# Our IT support offer\n\nBetween Quayside IT Ltd (we) and Harbour Clinic Ltd (you). We administer your "
            "server holding patients' names, appointments and phone numbers, and back that personal data up nightly.\n\n")


@pytest.mark.parametrize("text", [
    _DATA_EN + "## 6. What is not included\nPrinter repairs are not part of our services, and neither is any audit of "
    "us or of our premises.\n",
    _DATA_EN.replace("# Our IT support offer", "# Notre offre") + "## 6. Ce qui n'est pas compris\nLa réparation des "
    "imprimantes n'est pas comprise, ni aucun audit de nos locaux ou de nos outils.\n",
])
def test_audit_denied_as_the_last_item_of_a_list(text):
    audits = _facts(text).all("audit")
    assert audits and any(a.restricted for a in audits), audits


# --- price change on top of the index ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "# Contrat\n\nEntre Octet Services (le « Prestataire ») et la Fromagerie Vial (le « Client »).\n\n"
    "## 8. Prix\nEn plus de la révision annuelle selon l'indice Syntec, le Prestataire pourra modifier ses redevances en "
    "cours d'année selon ses coûts ; le nouveau prix s'applique dès la facture suivante.\n",
    "# Agreement\n\nBetween Octet Services Ltd (the \"Provider\") and Vial Dairy Ltd (the \"Client\").\n\n"
    "## 8. Fees\nIn addition to the annual indexation under clause 8.2, the Provider may adjust its fees during the year "
    "to reflect its costs; the new fees apply from the next invoice.\n",
])
def test_a_change_on_top_of_the_index_is_unilateral(text):
    assert "unilateral_price_change" in _flags(text)


def test_an_indexed_change_stays_bounded():
    text = ("# Contrat\n\nEntre Octet Services (le « Prestataire ») et la Fromagerie Vial (le « Client »).\n\n"
            "## 8. Prix\nLe Prestataire pourra réviser ses redevances une fois par an selon l'indice Syntec.\n")
    assert "unilateral_price_change" not in _flags(text)


# --- work performed by outside firms --------------------------------------------------------------------------------

_SERVERS_FR = ("# Contrat d'infogérance\n\nEntre Octet Services (le « Prestataire ») et la Clinique Vial (le « Client »).\n\n"
               "## 1. Objet\nLe Prestataire administre à distance le serveur du Client qui contient les dossiers des "
               "patients (noms, rendez-vous, coordonnées) et les sauvegarde chaque nuit.\n\n")
_SERVERS_EN = ("# Managed services agreement\n\nBetween Octet Services Ltd (the \"Provider\") and Vial Clinic Ltd (the "
               "\"Client\").\n\n## 1. Scope\nThe Provider remotely administers the Client's server holding patients' "
               "records (names, appointments, contact details) and backs it up nightly.\n\n")


@pytest.mark.parametrize("text", [
    _SERVERS_FR + "## 5. Nuits et week-ends\nLa surveillance de nuit est assurée par le Prestataire ou par tout partenaire "
    "de son choix ; le Client en est informé à la réunion trimestrielle.\n",
    _SERVERS_FR + "## 5. Nuits et week-ends\nLe Prestataire peut s'appuyer sur un partenaire, auquel il pourra confier les "
    "interventions à distance de nuit, y compris sur le serveur du Client.\n",
    _SERVERS_EN + "## 5. Nights\nNight monitoring is carried out by the Provider or by any partner it selects; the Client "
    "is told at the next quarterly meeting.\n",
])
def test_work_performed_by_outside_firms_is_subcontracting(text):
    assert "free_subcontracting_assignment" in _flags(text)


def test_work_performed_by_own_staff_is_no_subcontracting():
    text = _SERVERS_FR + ("## 5. Nuits et week-ends\nLa surveillance de nuit est assurée par le Prestataire ou par ses "
                          "propres techniciens d'astreinte.\n")
    assert "free_subcontracting_assignment" not in _flags(text)


# --- minutes that amend the contract; an annex said to stay in force ------------------------------------------------

_MINUTES = ("# PROCÈS-VERBAL DU COMITÉ DE SUIVI N° 3\n\n**Contrat d'infogérance du 2 mars 2025 (le « Contrat ») entre "
            "Octet Services (le « Prestataire ») et la Clinique Vial (le « Client »)**\n\n"
            "## 1. Points abordés\nLe Client rappelle que le serveur contient les dossiers des patients. Il demande que "
            "l'annexe 4 (« Protection des données personnelles ») soit relue. Le Prestataire indique que l'annexe 4 reste "
            "applicable en l'état.\n\n"
            "## 2. Décisions\nD1. La disponibilité du serveur est portée à 99,8 % par mois.\n\n"
            "D2. La redevance mensuelle est portée à 2 100 euros hors taxes à compter du 1er janvier.\n\n"
            "## 3. Signatures valant avenant pour les décisions D1 et D2\n\nPour le Client | Pour le Prestataire\n")


def test_minutes_signed_as_an_amendment_are_an_amendment():
    from assistant.legal.review.doctype import detect

    assert detect(_MINUTES).kind == "amendment"
    minutes_en = ("# MINUTES OF THE STEERING COMMITTEE No. 2\n\nManaged services agreement of 2 March 2025 between Octet "
                  "Services Ltd (the \"Provider\") and Vial Clinic Ltd (the \"Client\")\n\n## Decisions\nD1. Availability "
                  "is raised to 99.8 % per month.\n\nThese decisions, once signed by both parties, constitute an amendment "
                  "to the Agreement.\n")
    assert detect(minutes_en).kind == "amendment"


def test_a_contract_whose_committee_decisions_need_a_signature_stays_a_contract():
    from assistant.legal.review.doctype import detect

    text = ("# CONTRAT D'INFOGÉRANCE\n\nEntre Octet Services (le « Prestataire ») et la Clinique Vial (le « Client »).\n\n"
            "## 12. Gouvernance\nUn comité de pilotage se réunit chaque trimestre ; un compte rendu est établi. Ses "
            "décisions n'ont valeur d'avenant que si elles sont signées par les deux parties.\n")
    assert detect(text).kind != "amendment"


def test_an_annex_said_to_stay_in_force_holds_the_processor_terms():
    terms = _facts(_MINUTES).all("processor_terms")
    assert any(t.art28 for t in terms), terms
    assert "personal_data_without_dpa" not in _flags(_MINUTES, "pv.md")
