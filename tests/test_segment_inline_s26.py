"""Headings that run inline in plain text without layout (a text export that kept no line breaks between clauses):
"2. Charges 2.1 The Client shall…", "Article II. Fees   The Client…", "Article 4 – Prix Le prix…", "Section 4.2 Fees. …".
The clause numbering must come out; cross-references, amounts, dates and list items inside the same long lines must
not split a clause. Texts written for these tests (several sectors, both languages)."""

from __future__ import annotations

from assistant.legal.review.segmentation import segment


def _heads(text: str) -> list[str]:
    return [c.heading for c in segment(text)]


def _numbers(text: str) -> list[str | None]:
    return [c.number for c in segment(text) if c.number]


# "N. Title N.1 Body": the title is closed by the clause's own first sub-number, not by a full stop
RUN_IN_SUBNUMBER = (
    "THIS FACILITIES AGREEMENT is made between Harbour Logistics Ltd and Kestrel Cleaning Services Ltd. "
    "1. Scope of Work 1.1 The Contractor shall clean the warehouses listed in the Schedule every working day and "
    "shall keep a log of each visit. 1.2 The Contractor shall supply its own equipment and consumables at its own cost. "
    "2. Charges 2.1 The Client shall pay the monthly charge stated in the Schedule within thirty days of invoice. "
    "2.2 Late payments bear interest at two per cent above the base rate. "
    "3. Insurance 3.1 The Contractor shall hold public liability insurance of not less than five million pounds "
    "for the whole term and shall show the certificate on request. "
    "4. Termination 4.1 Either party may end this agreement on three months' written notice to the other.")


def test_run_in_title_closed_by_its_first_subnumber():
    heads = _heads(RUN_IN_SUBNUMBER)
    for title in ("Scope of Work", "Charges", "Insurance", "Termination"):
        assert any(title in h for h in heads), (title, heads)
    insurance = next(c for c in segment(RUN_IN_SUBNUMBER) if "Insurance" in c.heading)
    assert "public liability insurance" in insurance.text
    assert "three months" not in insurance.text


# "N. Title Sentence…": a Title Case title run into the sentence that opens the clause
RUN_IN_SENTENCE = (
    "CONSULTING AGREEMENT between Orchard Analytics Inc. and the Municipal Water Board. "
    "1. Engagement The Consultant shall review the Board's metering data and deliver a written report each quarter. "
    "The Board shall give the Consultant read access to its billing system. "
    "2. Fees and Expenses The Board shall pay the Consultant an hourly rate of one hundred and twenty dollars and "
    "reimburse reasonable travel expenses approved in advance. "
    "3. Confidentiality Each party shall keep the other's confidential information secret during the term and for "
    "three years after it ends. "
    "4. Non-Solicitation Neither party shall hire any employee of the other during the term.")


def test_run_in_title_followed_by_the_opening_sentence():
    heads = _heads(RUN_IN_SENTENCE)
    for title in ("Engagement", "Fees and Expenses", "Confidentiality", "Non-Solicitation"):
        assert any(h.endswith(title) for h in heads), (title, heads)
    conf = next(c for c in segment(RUN_IN_SENTENCE) if c.heading.endswith("Confidentiality"))
    assert conf.text.startswith("Each party shall keep")


# Roman-numbered articles separated by the wide gaps a text export leaves, with no full stop before them
GAPPED_ARTICLES = (
    "Landscaping Services Contract between the Green Valley Golf Club (Party A) and Fernhill Gardens Co. (Party B):   "
    "Article I. Subject Matter   Maintenance of the course, its greens and the club house gardens   "
    "Article II. Contract Sum   Party A shall pay Party B a lump sum of NTD 2 million in four instalments, "
    "each due at the end of a quarter   Article III. Duration   This contract runs for two years from signature and "
    "may be renewed by written agreement   Article IV. Liability   Party B shall compensate Party A for any damage its "
    "staff cause to the course during the works.")


def test_articles_separated_by_layout_gaps():
    numbers = _numbers(GAPPED_ARTICLES)
    assert numbers[:4] == ["Article I", "Article II", "Article III", "Article IV"], numbers
    heads = _heads(GAPPED_ARTICLES)
    assert any(h.endswith("Contract Sum") for h in heads), heads
    duration = next(c for c in segment(GAPPED_ARTICLES) if c.number == "Article III")
    assert "two years" in duration.text and "NTD 2 million" not in duration.text


# French: "Article N – Titre Le …" and "N. Titre N.1 Le …" inside flat text
FRENCH_FLAT = (
    "CONTRAT DE MAINTENANCE entre la société Boréal Imprimerie et la société Trèfle Informatique. "
    "Article 1 – Objet Le présent contrat a pour objet la maintenance du parc de copieurs du Client sur ses trois "
    "sites. Article 2 – Durée Le contrat est conclu pour une durée de trois ans à compter de sa signature. "
    "Article 3 – Prix Le prix forfaitaire annuel est fixé à douze mille euros hors taxes, payable par trimestre. "
    "Article 4 – Résiliation Chaque partie peut résilier le contrat par lettre recommandée avec un préavis de trois "
    "mois.")

FRENCH_SUBNUMBERED = (
    "CONVENTION DE SERVICES conclue entre l'Association Horizon et la société Pixel Conseil. "
    "1. Objet 1.1 Le Prestataire héberge le site internet de l'Association et en assure les mises à jour. "
    "1.2 Le Prestataire conserve une sauvegarde quotidienne du site. "
    "2. Réversibilité 2.1 À la fin du contrat, le Prestataire restitue à l'Association les fichiers du site et la "
    "base de données dans un format ouvert, dans un délai de quinze jours. "
    "3. Responsabilité 3.1 La responsabilité du Prestataire est limitée au montant payé au cours des douze derniers "
    "mois.")


def test_french_articles_run_inline():
    numbers = _numbers(FRENCH_FLAT)
    assert numbers[:4] == ["Article 1", "Article 2", "Article 3", "Article 4"], numbers
    prix = next(c for c in segment(FRENCH_FLAT) if c.number == "Article 3")
    assert prix.heading.endswith("Prix") and prix.text.startswith("Le prix forfaitaire")


def test_french_run_in_title_closed_by_subnumber():
    heads = _heads(FRENCH_SUBNUMBERED)
    for title in ("Objet", "Réversibilité", "Responsabilité"):
        assert any(h.endswith(title) for h in heads), (title, heads)


# "Section 4.2 Fees. The …" and "ARTICLE 5 - TERM The …" inside long lines (already read before this session: kept)
SECTION_STYLE = (
    "MASTER SERVICES AGREEMENT. Section 1.1 Services. The Vendor shall operate the Customer's help desk from Monday to "
    "Friday and answer calls within sixty seconds on average. Section 1.2 Reports. The Vendor shall send a monthly "
    "report of calls and resolution times. Section 2.1 Fees. The Customer shall pay the fees in Exhibit B within "
    "forty-five days. Section 2.2 Taxes. Fees exclude sales taxes, which the Customer bears.")

UPPER_ARTICLES = (
    "SUPPORT AGREEMENT between Delta Freight and Quarry Systems. ARTICLE 4 - FEES The Customer shall pay the annual "
    "support fee in advance. ARTICLE 5 - TERM The term of this agreement is one year and renews for one year unless "
    "either party gives sixty days notice. ARTICLE 6 - WARRANTY Quarry Systems warrants that the support will be "
    "performed with reasonable skill and care.")


def test_section_and_upper_article_headings_inline():
    assert _numbers(SECTION_STYLE) == ["Section 1.1", "Section 1.2", "Section 2.1", "Section 2.2"]
    assert _numbers(UPPER_ARTICLES) == ["ARTICLE 4", "ARTICLE 5", "ARTICLE 6"]


# Negatives: cross-references, amounts, dates and list items in the same long lines never open a clause
NEGATIVES = (
    "1. Services 1.1 The Supplier shall host the Customer's payroll application as described in Section 3.2 above "
    "and in the Statement of Work. The first year costs 3.5 Million Dollars including set-up. The service starts on "
    "12 January 2026. 4 Members of the Supplier's staff are assigned full time. The Supplier shall: (a) keep the "
    "servers patched; (b) keep backups for thirty days; and (c) report incidents within four hours. "
    "Article 7 of the Framework Agreement applies to any change. Section 9 Schedule A lists the sites. "
    "2. Fees 2.1 The Customer shall pay the fees monthly in arrears, subject to clause 14.3 of the Framework "
    "Agreement.")


def test_cross_references_amounts_dates_lists_do_not_split():
    clauses = segment(NEGATIVES)
    heads = [c.heading for c in clauses]
    assert len(clauses) == 2, heads
    assert heads[0].endswith("Services") and heads[1].endswith("Fees"), heads
    assert "(c) report incidents" in clauses[0].text and "Section 3.2 above" in clauses[0].text


def test_gap_before_a_referenced_section_or_a_spaced_number_does_not_split():
    # a wrapped line spread out by the export: "in this          Section 2." is a reference; "6. 2.     Duration:" is
    # one number written with spaces (6.2), not clause 2
    text = ("Article I. Appointment   The Distributor may resell the Products only as set forth in this          "
            "Section 2. Except as expressly set forth herein, the Distributor shall not advertise the Products.   "
            "Article II. Term   The term starts on signature.   6. 2.     Duration:   The licence lasts five years.   "
            "Article III. Fees   The Distributor pays a yearly fee.")
    numbers = _numbers(text)
    assert numbers == ["Article I", "Article II", "Article III"], numbers


def test_a_sentence_after_a_number_is_not_a_title():
    # "3. The Customer shall…" in flat text: a numbered paragraph, not a title called "The Customer"
    text = ("SERVICE TERMS of Nimbus Print Ltd for the Riverside Library. 1. Scope 1.1 Nimbus supplies and services "
            "six printers. 2. Fees 2.1 The Library pays a quarterly fee. 3. The Library shall not move the printers "
            "without telling Nimbus, and shall keep them in a dry room at all times during the term.")
    heads = _heads(text)
    assert not any(h.endswith("The Library") or h.endswith("The") for h in heads), heads
