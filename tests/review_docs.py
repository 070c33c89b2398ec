"""Small review documents for the class tests: two parties, one article, then the clause under test."""

from __future__ import annotations

FR_PARTIES = ("Entre la société Gamma Services, 8 quai Perrache, 69002 Lyon, ci-après « le Prestataire », et la société "
              "Delta Négoce, 1 rue Crébillon, 44000 Nantes, ci-après « le Client ».\n"
              "Article 1 – Objet\nLe Prestataire administre le parc informatique du Client.\n")
EN_PARTIES = ("This Agreement is made between Kappa IT Ltd, 2 Mill Lane, York YO1 7HH, England (\"Supplier\"), and "
              "Lambda Foods Ltd, 9 Dock Road, Hull HU1 2AA, England (\"Customer\").\n"
              "1. Services\nThe Supplier shall administer the Customer's computers.\n")


def fr(heading: str, *sentences: str) -> str:
    return FR_PARTIES + f"{heading}\n" + " ".join(sentences) + "\n"


def en(heading: str, *sentences: str) -> str:
    return EN_PARTIES + f"{heading}\n" + " ".join(sentences) + "\n"


def bare(lang: str, text: str) -> str:
    """The clause with its number inline and no title ("5.1 The Supplier will…")."""
    return (FR_PARTIES if lang == "fr" else EN_PARTIES) + text + "\n"
