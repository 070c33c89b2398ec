"""Session 34, lead: the review reads the text in force (issue 13), classes from the blind34 documents, tested with own
wordings, FR and EN:

- a redline written as text (deleted / inserted passages, comment bubbles, in the usual conventions) is read as the
  version it proposes, and a DOCX with Word tracked changes as well (python-docx reads neither insertions nor the
  accepted text by itself);
- paragraphs numbered by a part's letter glued to the number ("A1.", "B7.", "P7.1") are clauses;
- a part whose heading says it binds nobody ("PART A – INDICATIVE TERMS (NOT BINDING)", "conditions indicatives, non
  contraignantes") states no term in force: no flag from it, while the binding part still raises its own;
- a stipulation that derogates from a numbered article ("Par dérogation à l'article 6.3", "Notwithstanding Section 9.1")
  displaces that article's fact of the same kind, and only that one;
- a row of special conditions numbered "CP-10" is no contents line of the general conditions' "Article 10" after it;
- a flat-rate compensation listed with other adjectives ("forfaitaire, exclusive et définitive") is a sole remedy;
- a prepaid credit of hours defined "sans rapport avec les crédits de service" is no service credit;
- a cap restated under the liability heading ("le plafond est porté à douze mois") is a cap.
"""

from __future__ import annotations

import io

import pytest

from assistant.legal.review.documents import ParsedDocument, parse_bytes
from assistant.legal.review.facts.binding import nonbinding_clauses
from assistant.legal.review.facts.extract import extract_facts
from assistant.legal.review.report import review_document
from assistant.legal.review.revision_marks import accept_marks, has_marks
from assistant.legal.review.segmentation import segment


def _review(text: str, name: str = "contrat.md"):
    return review_document(ParsedDocument(name=name, text=text, pages=1, format="md"), retriever=None, role="client")


def _flags(text: str, name: str = "contrat.md") -> set[str]:
    return {f.rule for f in _review(text, name).flags}


def _kinds(text: str) -> list[tuple[str | None, str]]:
    return [(cf.number, f.kind) for cf in extract_facts(segment(text), text).clauses for f in cf.facts]


# --- revision marks ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("marked, kept, gone", [
    ("Le prix est [-librement modifiable-] [+révisé selon l'indice Syntec+].", "révisé selon l'indice Syntec",
     "librement"),
    ("5.2 [-SUPPR : Le Prestataire peut changer ses prix.-] [+AJOUT : Les prix sont fermes.+]", "Les prix sont fermes",
     "changer ses prix"),
    ("Fees are {--variable at our discretion--}{++fixed for the term++}.", "fixed for the term", "discretion"),
    ("Notice period: {~~three months~>one month~~}.", "one month", "three months"),
    ("The cap is <del>one month</del><ins>twelve months</ins> of fees.", "twelve months", "one month"),
    ("The cap is ~~one month~~ twelve months of fees.", "twelve months", "one month"),
    ("Durée : 12 mois. [Commentaire JP (Client) : on voulait 24 mois [cf. mail]]", "Durée : 12 mois", "on voulait"),
    ("Term: one year. [Comment AB: legal to check] {>>why not two?<<}", "Term: one year", "legal to check"),
    ("Délai : [SUPPRIMÉ : huit jours] [AJOUTÉ : quarante-huit heures].", "quarante-huit heures", "huit jours"),
    ("Scope: [DELETED: hosting and] backup [INSERTED: of the two servers].", "of the two servers", "hosting"),
])
def test_revision_marks_read_as_accepted(marked, kept, gone):
    out = accept_marks(marked)
    assert kept in out and gone not in out
    assert "[+" not in out and "{++" not in out and "<ins>" not in out


@pytest.mark.parametrize("plain", [
    "Voir l'article 3 [1] et la clause [à compléter].",
    "Response times - see below - are measured in hours; a value of ~4 h is usual.",
    "The fee [EUR 1,200] is payable monthly. [Note: excluding VAT]",
    "Sites : Lyon - Vienne - Givors (3 sites).",
])
def test_plain_text_has_no_revision_marks(plain):
    assert not has_marks(plain) and accept_marks(plain) is plain


def test_markdown_redline_loaded_as_the_text_in_force():
    data = ("# Contrat\n\n1. Prix. [-Le Prestataire peut modifier ses tarifs à tout moment.-] [+Les prix sont "
            "fermes pendant toute la durée du contrat.+]\n").encode()
    doc = parse_bytes(data, "v3.md")
    assert doc.revisions_accepted and "fermes" in doc.text and "à tout moment" not in doc.text
    assert not parse_bytes(b"# Contrat\n\n1. Prix. Les prix sont fermes.\n", "v1.md").revisions_accepted


def _tracked_docx() -> bytes:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.add_paragraph("Article 1 - Prix")
    p = d.add_paragraph("Le prix est ")
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r>'
                          '<w:delText>modifiable à tout moment par le Prestataire</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r>'
                          '<w:t>ferme pendant trois ans</w:t></w:r></w:ins>'))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_tracked_changes_read_as_accepted():
    doc = parse_bytes(_tracked_docx(), "contrat.docx")
    assert "ferme pendant trois ans" in doc.text and "à tout moment" not in doc.text
    assert doc.revisions_accepted


_REDLINE_FR = ("# Contrat d'infogérance — version révisée (modifications acceptées)\n\n"
               "Entre Atlantic Réseaux (le « Prestataire ») et la Biscuiterie Morvan (le « Client »).\n\n"
               "### Article 4 – Prix\n"
               "4.1 Redevance mensuelle : 1 900 € HT.\n"
               "4.2 [-Le Prestataire peut modifier ses tarifs à tout moment sur simple information du Client.-] "
               "[+Le prix est révisé chaque 1er janvier selon l'indice Syntec, dans la limite de 2 % par an.+]\n\n"
               "### Article 5 – Pénalités\n"
               "5.1 Chaque heure de retard de rétablissement donne lieu à une pénalité de 2 % de la redevance "
               "mensuelle, dans la limite de 10 % de celle-ci.\n"
               "5.2 [-Les pénalités ne privent pas le Client de son droit à réparation.-] [+Les pénalités constituent "
               "la réparation forfaitaire, exclusive et définitive du Client pour tout retard.+]\n"
               "[Commentaire MB (Prestataire) : conforme à notre modèle]\n")


def test_redline_review_flags_the_inserted_text_not_the_deleted():
    doc = parse_bytes(_REDLINE_FR.encode(), "contrat_v4.md")
    flags = {f.rule for f in review_document(doc, retriever=None, role="client").flags}
    assert "unilateral_price_change" not in flags
    assert "penalties_sole_remedy" in flags


# --- letter-number paragraphs -----------------------------------------------------------------------------------------

_HOT = ("HEADS OF TERMS\nManaged IT services for Brook Veterinary Group\n\n"
        "HOW TO READ THIS DOCUMENT\nPart A records the terms the parties intend to agree. Part B binds from "
        "signature.\n\n"
        "PART A - INDICATIVE TERMS (NOT BINDING)\n\n"
        "A1. Term envisaged\n    An initial term of 48 months, renewing automatically for further periods of 24 "
        "months unless notice is given 9 months before expiry.\n\n"
        "A2. Charges envisaged\n    EUR 4,300 per month. The Provider may revise the Charges at any time at its "
        "discretion.\n\n"
        "PART B - BINDING TERMS\n\n"
        "B1. Confidentiality\n    Each party keeps the other's information confidential for two years.\n\n"
        "B2. Assignment\n    The Provider may assign its rights and obligations under Part B to any third party "
        "without the Clinic's consent. The Clinic may not assign.\n\n"
        "SCHEDULE 1 - TRIAL (forms part of Part B)\n\n"
        "T1. Trial fee\n    EUR 2,000 for the whole trial.\n"
        "T2. Liability\n    T2.1 The Provider's total aggregate liability arising out of the trial shall not exceed "
        "EUR 300.\n    T2.2 The limit in T2.1 does not apply to fraud.\n")


def test_letter_numbered_paragraphs_are_clauses():
    numbers = [c.number for c in segment(_HOT)]
    for n in ("A1", "A2", "B1", "B2", "T1", "T2.1", "T2.2"):
        assert n in numbers, (n, numbers)


def test_priority_codes_are_not_headings():
    text = ("3. Niveaux de service\nP1 Critique : prise en charge en une heure ouvrée.\nP2 Majeur : quatre heures "
            "ouvrées.\nP3 Mineur : deux jours ouvrés.\n\n4. Prix\nLa redevance est de 900 € HT par mois.\n")
    numbers = [c.number for c in segment(text)]
    assert not any(n and n.startswith("P") for n in numbers), numbers


# --- parts that bind nobody -------------------------------------------------------------------------------------------

def test_indicative_part_raises_no_flag_binding_part_does():
    flags = _flags(_HOT, "hot.txt")
    assert not flags & {"tacit_renewal_long", "unilateral_price_change"}
    assert {"free_subcontracting_assignment", "derisory_liability_cap"} <= flags


_LOI_FR = ("# Lettre d'intention\n\nEntre Numérix (le « Prestataire ») et la Coopérative des Vignerons (le « Client »)."
           "\n\n## PARTIE 1 – CONDITIONS INDICATIVES (NON CONTRAIGNANTES)\n\n"
           "1.1 Durée envisagée. Le contrat serait conclu pour 60 mois, renouvelable tacitement par périodes de 36 "
           "mois.\n\n"
           "1.2 Prix envisagé. Le Prestataire pourrait modifier ses tarifs à tout moment.\n\n"
           "## PARTIE 2 – ENGAGEMENTS FERMES\n\n"
           "2.1 Confidentialité. Chaque partie garde confidentielles les informations reçues pendant trois ans.\n\n"
           "2.2 Cession. Le Prestataire peut céder ses droits à tout tiers de son choix sans l'accord du Client.\n")


def test_french_letter_of_intent_indicative_part():
    clauses = segment(_LOI_FR)
    nb = nonbinding_clauses(clauses)
    headings = {c.heading: i in nb for i, c in enumerate(clauses)}
    assert any(h.startswith("1.1") and v for h, v in headings.items())
    assert any(h.startswith("2.2") and not v for h, v in headings.items())
    flags = _flags(_LOI_FR)
    assert not flags & {"tacit_renewal_long", "unilateral_price_change"}
    assert "free_subcontracting_assignment" in flags


def test_an_ordinary_contract_has_no_nonbinding_part():
    text = ("# Contrat\n\n## Article 1 – Objet\nLe Prestataire maintient le parc.\n\n## Article 2 – Prix\nLe "
            "Prestataire peut modifier ses tarifs à tout moment.\n\n## Annexe 1 – Tarifs\nTaux horaire : 80 € HT.\n")
    assert nonbinding_clauses(segment(text)) == set()
    assert "unilateral_price_change" in _flags(text)


# --- derogations ------------------------------------------------------------------------------------------------------

_CP_CG = ("# Contrat de services\n\n## CONDITIONS PARTICULIÈRES\n\n"
          "| Réf. | Objet | Stipulation |\n|---|---|---|\n"
          "| CP-1 | Parties | Prestataire : Armor Infogérance ; Client : Laiterie du Trieux, à Pontrieux. |\n"
          "| CP-2 | Prix | Par dérogation à l'article 6.2 des CG, les prix sont fermes pendant la première année puis "
          "révisés selon l'indice Syntec dans la limite de 2 % par an. |\n"
          "| CP-3 | Durée | Par dérogation à l'art. 9.1 des CG : durée initiale de 24 mois, puis reconduction tacite par "
          "périodes de 12 mois, sauf préavis de deux mois. |\n"
          "| CP-6 | Responsabilité | Par dérogation au premier alinéa de l'article 8.1 des CG, le plafond est porté à "
          "douze mois de redevances. Le second alinéa de l'article 8.1 reste applicable. |\n\n"
          "## CONDITIONS GÉNÉRALES\n\n### Article 6 – Prix\n"
          "6.1 Les redevances sont payables à trente jours.\n"
          "6.2 Le Prestataire peut modifier ses tarifs à tout moment, les nouveaux tarifs s'appliquant aux contrats en "
          "cours.\n\n### Article 8 – Responsabilité\n"
          "8.1 La responsabilité totale du Prestataire est limitée au montant d'un mois de redevance. Ces limites "
          "s'appliquent quelle que soit la faute, y compris une faute lourde.\n\n### Article 9 – Durée\n"
          "9.1 Le contrat est conclu pour 36 mois et se renouvelle tacitement par périodes de 36 mois, sauf préavis "
          "de six mois.\n")


def test_special_conditions_derogate_article_by_article():
    flags = _flags(_CP_CG)
    assert not flags & {"unilateral_price_change", "tacit_renewal_long", "derisory_liability_cap"}
    assert "gross_negligence_exclusion" in flags  # the second paragraph stays in force


def test_derogation_displaces_only_its_own_kind():
    kinds = _kinds(_CP_CG)
    assert ("8.1", "carve_outs") in kinds
    assert ("8.1", "liability_cap") not in kinds and ("6.2", "price_change") not in kinds
    assert ("CP-6", "liability_cap") in kinds


_EN_ORDER = ("ORDER FORM\n\n1. Term. Notwithstanding Section 9.1 of the Terms, the renewal term is twelve months and "
             "either party may give notice one month before renewal.\n\n"
             "MASTER TERMS\n\n9. Term and renewal\n9.1 This Agreement renews automatically for successive periods of "
             "thirty-six months unless notice is given six months before expiry.\n\n"
             "10. Assignment\n10.1 The Provider may assign this Agreement to any third party without the Customer's "
             "consent.\n")


def test_notwithstanding_section_in_english():
    flags = _flags(_EN_ORDER, "order.txt")
    assert "tacit_renewal_long" not in flags
    assert "free_subcontracting_assignment" in flags


def test_special_conditions_row_is_not_a_contents_line():
    numbers = [c.number for c in segment(_CP_CG)]
    assert "CP-6" in numbers and "8.1" in numbers


# --- wordings ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Les pénalités constituent l'indemnisation forfaitaire, exclusive et définitive du Client au titre des retards.",
    "Les pénalités valent réparation globale, forfaitaire et exclusive de tout manquement aux niveaux de service.",
])
def test_sole_remedy_with_listed_adjectives(sentence):
    text = ("# Contrat\n\n## Article 4 – Pénalités\n4.1 Tout retard de rétablissement donne lieu à une pénalité de 1 % "
            f"de la redevance mensuelle par heure, dans la limite de 10 % de celle-ci. {sentence}\n")
    assert "penalties_sole_remedy" in _flags(text)


def test_prepaid_hours_defined_apart_from_service_credits():
    text = ("# Contrat\n\n## Article 3 – Services\nLe Prestataire maintient le parc du Client.\n\n## Article 20 – "
            "Définitions\n**Crédit d'heures** : réserve d'heures d'assistance prépayées, sans rapport avec les crédits "
            "de service. **Incident** : tout dysfonctionnement.\n")
    assert not [k for k in _kinds(text) if k[1] == "penalty"]
    assert "uncapped_penalties" not in _flags(text)


def test_question_headings_with_letter_numbers_keep_the_question():
    text = ("# FAQ contractuelle\n\n**A1. Que couvre le forfait ?**\nLa supervision des postes et du serveur.\n\n"
            "**B2. Quelle est votre responsabilité ?**\nNotre responsabilité est limitée au montant d'une "
            "mensualité.\n")
    clauses = segment(text)
    heads = [c.heading for c in clauses]
    assert any("Que couvre le forfait ?" in h for h in heads), heads
    body = next(c.text for c in clauses if "responsabilité ?" in c.heading)
    assert body.startswith("Notre responsabilité")


@pytest.mark.parametrize("text", [
    ("# Annexe 2 – Données personnelles\n\nB2.5 Sous-traitants ultérieurs. La liste est jointe en annexe 3. Le "
     "Prestataire informe le Client de tout ajout ou remplacement un mois à l'avance ; le Client peut s'y opposer pour "
     "un motif légitime.\n\nB2.6 Sécurité. Le Prestataire chiffre les sauvegardes.\n"),
    ("# Schedule 2 – Data processing\n\nD4. Sub-processors. The current list is in Schedule 3. The Supplier will "
     "inform the Customer of any addition or replacement thirty days in advance, and the Customer may object on "
     "reasonable data-protection grounds.\n\nD5. Security. The Supplier encrypts backups.\n"),
])
def test_paragraph_headed_sub_processors_reads_notice_and_objection(text):
    subs = [f for cf in extract_facts(segment(text), text).clauses for f in cf.facts if f.kind == "subprocessing"]
    assert any(f.notice and f.objection for f in subs), subs


def test_report_says_what_it_did_with_marks_and_indicative_parts():
    doc = parse_bytes(_REDLINE_FR.encode(), "contrat_v4.md")
    notes = " ".join(review_document(doc, retriever=None, role="client").notes)
    assert "acceptées" in notes
    notes = " ".join(_review(_HOT, "hot.txt").notes)
    assert "not binding" in notes and "2 clause(s)" in notes


def test_model_route_reads_binding_parts_and_derogations_the_same_way():
    """With a chat model, a clause of a part declared not binding is not sent to the model (no facts), and a derogation
    displaces the facts the model found in the referred article, as offline."""
    from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
    from langchain_core.messages import AIMessage

    from assistant.legal.review.facts.llm import extract_facts_llm

    class ToolScripted(GenericFakeChatModel):
        def bind_tools(self, tools, **kwargs):
            return self

    text = ("PART A - INDICATIVE TERMS (NOT BINDING)\n\nA1. Charges envisaged\n    The Provider may revise the Charges at "
            "any time at its discretion during the term.\n\nPART B - BINDING TERMS\n\n"
            "B1. Charges\n    Notwithstanding Section 4.2, the Provider may not change the Charges during the "
            "pilot period.\n\n4. Prices\n4.2 The Provider may change its prices at any time by notice to the Customer.\n")
    clauses = segment(text)
    quote_b1 = "Notwithstanding Section 4.2, the Provider may not change the Charges during the pilot period."
    quote_42 = "The Provider may change its prices at any time by notice to the Customer."

    def call(quote, unilateral, n):
        return AIMessage(content="", tool_calls=[{"name": "ClauseFactsOut", "args": {"facts": [
            {"kind": "price_change", "party": "provider", "unilateral": unilateral, "evidence": {"quote": quote}}]},
            "id": f"c{n}", "type": "tool_call"}])

    # only two clauses reach the model: B1 and 4.2 (A1 is in the indicative part)
    model = ToolScripted(messages=iter([call(quote_b1, False, 1), call(quote_42, True, 2)]))
    got = extract_facts_llm(clauses, text, model)
    by_number = {cf.number: [f.kind for f in cf.facts] for cf in got.facts.clauses}
    assert not got.rejected and not got.failed_clauses, (got.rejected, got.failed_clauses)
    assert by_number.get("A1") == []
    assert by_number.get("B1") == ["price_change"]
    assert by_number.get("4.2") == []


@pytest.mark.parametrize("text", [
    ("# Contrat\n\nEntre Vallée Info (le « Prestataire ») et la Scierie Morel (le « Client »).\n\n## Article 6 – Sécurité\n"
     "6.1 Le Prestataire met en œuvre : double authentification des accès d'administration, correctifs de sécurité sous "
     "dix jours et sauvegardes chiffrées hors site.\n\n## Article 7 – Données personnelles\nLe Prestataire traite les "
     "données personnelles des salariés du Client pour son compte, sur ses seules instructions documentées.\n"),
    ("# Services Agreement\n\nBetween Northgate IT Ltd (the \"Provider\") and Rowan Dental LLP (the \"Customer\").\n\n"
     "5. Security\n5.1 The Provider will enforce multi-factor authentication on administrator accounts and deploy "
     "endpoint protection on every managed laptop.\n\n6. Data\n6.1 The Provider processes the Customer's patient "
     "records on the Customer's documented instructions only.\n"),
])
def test_security_measures_named_by_what_they_are(text):
    rep = _review(text)
    assert rep.gdpr_art28.to_json()["elements"]["art28_3c_security"]["present"]


def test_a_list_of_measures_that_can_be_taken_is_no_security_duty():
    text = ("# Data Processing Terms\n\n4. Security\nThe technical and organisational measures to ensure a level of "
            "security appropriate to the risk can include:\n(a) pseudonymisation and encryption of personal data;\n"
            "(b) the ability to restore access to personal data in a timely manner.\n")
    facts = [f for cf in extract_facts(segment(text), text).clauses for f in cf.facts
             if getattr(f, "element", "") == "art28_3c_security"]
    assert facts == []
