"""Clause segmentation: French and English heading styles, and the two real contracts
(French text inside PHP/HTML, a pypdf extraction of the 37signals DPA)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import need

from assistant.legal.review.segmentation import segment

CONTRACTS = Path(__file__).resolve().parents[2] / "shared" / "reference" / "contracts"

FRENCH = """CONTRAT DE PRESTATIONS INFORMATIQUES

ENTRE LES SOUSSIGNÉS :
La société Alpha, ci-après dénommée « le Prestataire », d'une part,
ET
La société Beta, ci-après nommée « le Client », d'autre part.

PRÉAMBULE
Le Client souhaite confier la gestion de son parc à un prestataire.

Article premier – Définitions
Les termes suivants ont le sens indiqué ci-dessous.

ARTICLE II - DURÉE
Le contrat dure un an. L'article 1170 du Code civil
Article 1170 du Code civil s'applique aux clauses limitatives.

Art. 3. Prix
Le prix est fixé en annexe.
1. le prix comprend la supervision ;
2. le prix exclut les déplacements.

3.2 Révision du prix
Le prix est révisé chaque année.

3.2.1 Indice de référence
L'indice Syntec est retenu pour la révision.

Article 4 – Sécurité. Le Prestataire applique les correctifs publiés par les éditeurs.

Annexe 1 – Plan de réversibilité
Le plan décrit la restitution des données.
"""

ENGLISH = """MANAGED SERVICES AGREEMENT

1. DEFINITIONS
"Services" means the services in Schedule 1.

Section 2. Fees
The Customer pays the fees monthly, in line with clause 9 (read with
Section 11.4 or 11.5 below) which applies together with this clause.

Clause 3 – Liability
Each party's liability is capped at twelve months of fees.

SERVICE LEVELS AND CREDITS
Response times are measured from the ticket timestamp.

2
Schedule 2 – Exit Plan
The Provider returns the Customer's data at the end.

## 4.1 Governing law
French law applies.
"""


def headings(text: str) -> list[str]:
    return [c.heading for c in segment(text)]


def test_french_heading_styles():
    clauses = segment(FRENCH)
    heads = [c.heading for c in clauses]
    assert heads[:2] == ["CONTRAT DE PRESTATIONS INFORMATIQUES", "ENTRE LES SOUSSIGNÉS"] or \
        heads[0] == "ENTRE LES SOUSSIGNÉS"
    for expected in ["PRÉAMBULE", "Article premier – Définitions", "ARTICLE II – DURÉE", "Art. 3 – Prix",
                     "3.2 Révision du prix", "3.2.1 Indice de référence", "Article 4 – Sécurité",
                     "Annexe 1 – Plan de réversibilité"]:
        assert expected in heads, (expected, heads)
    # body lines are not headings: a law citation at a line start, a numbered list inside an article
    assert not any(h.startswith("Article 1170") for h in heads)
    assert not any(h.startswith(("1.", "2.")) for h in heads)
    assert not any(h in ("ET", "D'UNE PART") for h in heads)
    art4 = next(c for c in clauses if c.heading == "Article 4 – Sécurité")
    assert art4.text.startswith("Le Prestataire applique")  # heading and body on one line
    sub = next(c for c in clauses if c.heading == "3.2.1 Indice de référence")
    assert sub.level == 3 and "Syntec" in sub.text


def test_english_heading_styles():
    clauses = segment(ENGLISH)
    heads = [c.heading for c in clauses]
    for expected in ["1. DEFINITIONS", "Section 2 – Fees", "Clause 3 – Liability", "SERVICE LEVELS AND CREDITS",
                     "Schedule 2 – Exit Plan", "4.1 Governing law"]:
        assert expected in heads, (expected, heads)
    assert not any("11.4" in h for h in heads)  # a wrapped cross-reference is not a section
    fees = next(c for c in clauses if c.heading == "Section 2 – Fees")
    assert "applies together" in fees.text


def test_offsets_point_at_headings():
    for text in (FRENCH, ENGLISH):
        clauses = segment(text)
        starts = [c.start for c in clauses]
        assert starts == sorted(starts)
        for c in clauses:
            if c.heading and not c.heading.endswith("…"):
                first_word = c.heading.split()[0].rstrip(".")
                assert text[c.start:c.start + 80].lstrip("#* ").startswith(first_word), (c.heading, text[c.start:][:40])


def test_no_headings_gives_one_block():
    clauses = segment("Le prestataire assure la maintenance des postes. Le client paie chaque mois.")
    assert len(clauses) == 1 and clauses[0].heading == "" and clauses[0].start == 0
    assert segment("") == []


@pytest.fixture(scope="module")
def isvtec() -> str:
    path = CONTRACTS / "isvtec_contrat_infogerance_fr.txt"
    need(path)
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def basecamp() -> str:
    path = CONTRACTS / "basecamp_37signals_dpa_en.txt"
    need(path)
    return path.read_text(encoding="utf-8")


def test_isvtec_contract_in_php_html(isvtec):
    clauses = segment(isvtec)
    heads = [c.heading for c in clauses]
    articles = [h for h in heads if h.startswith("Article ")]
    assert len(articles) == 24
    assert articles[0].startswith("Article 1 – ") and articles[-1].startswith("Article 24 – ")
    assert "ENTRE" in heads and any(h.startswith("PRÉAMBULE") for h in heads)
    assert not any(h.startswith(("SOURCE", "LICENSE")) for h in heads)
    assert all("SOURCE:" not in c.text for c in clauses)  # provenance header is not contract text
    gtr = next(c for c in clauses if c.heading.startswith("Article 8 "))
    assert "GTR + 4 h" in gtr.text and "Article 9" not in gtr.text
    # the upper-case sentence inside Article 24 stays in its clause
    assert "TRIBUNAL DE PARIS" in clauses[-1].text


def test_basecamp_dpa_from_pdf_extraction(basecamp):
    clauses = segment(basecamp)
    heads = [c.heading for c in clauses]
    for expected in ["1. DEFINITIONS", "3. DATA SUBJECT REQUESTS", "4.1 Confidentiality",
                     "5.3 Objection Right for New Subprocessors", "7. PERSONAL DATA INCIDENT MANAGEMENT AND NOTIFICATION",
                     "8. RETURN AND DELETION OF PERSONAL DATA", "10. LIMITATION OF LIABILITY", "A. LIST OF PARTIES"]:
        assert expected in heads, expected
    assert not any(h.startswith(("Section 11.4", "Section 7")) for h in heads)
    annex2 = next(h for h in heads if h.startswith("ANNEX II"))
    assert annex2.endswith("SECURITY OF THE DATA")  # a heading wrapped over two lines is joined
    sub = next(c for c in clauses if c.heading == "5.1 Appointment of Subprocessors")
    assert sub.parent == "5. SUBPROCESSORS" and sub.text.startswith("Customer acknowledges")
    assert 40 <= len(clauses) <= 70
