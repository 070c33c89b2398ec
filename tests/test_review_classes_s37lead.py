"""Review classes of the thirty-seventh session (lead), each in our own wordings, French and English, with near-misses
that must keep their reading: a fixed-width table whose cell wraps onto the next lines (the wrapped words run on from
the row above)."""

from __future__ import annotations

import pytest

from assistant.legal.review.layout import mend_wrapped_rows
from assistant.legal.review.report import review_text


def rules(text: str) -> set[str]:
    return {f.rule for f in review_text(text).flags}


# -- a fixed-width table cell wrapped onto the next lines -------------------------------------------------------------

def _matrix(rows: list[tuple[str, str, list[str]]], lang: str) -> str:
    """A compliance matrix in fixed width: id | requirement | answer, the answer wrapped over several lines."""
    head = ("Réf. | Exigence                                   | Réponse du titulaire" if lang == "fr" else
            "Ref. | Requirement                                | Response")
    out = ["", head, "-----+--------------------------------------------+---------------------------"]
    for ref, need, answer in rows:
        out.append(f"{ref:<4} | {need:<42} | {answer[0]}")
        out += [f"{'':<4} | {'':<42} | {more}" for more in answer[1:]]
    return "\n".join(out) + "\n"


def _doc(lang: str, credits: list[str]) -> str:
    if lang == "fr":
        top = ("CONTRAT DE SERVICES INFORMATIQUES\n\nArticle 1 – Objet\nLe Titulaire assure l'exploitation du réseau et "
               "des serveurs de la Société cliente, aux conditions de la matrice ci-dessous, qui fait partie du contrat.\n\n"
               "Article 2 – Matrice de conformité\n")
        rows = [("E-1", "Support du lundi au vendredi", ["Assuré de 8 h à 18 h, hors jours fériés."]),
                ("E-2", "Pénalités en cas de retard d'intervention", credits),
                ("E-3", "Prix ferme la première année", ["Prix ferme douze mois, puis révision", "selon l'indice Syntec."])]
    else:
        top = ("IT SERVICES AGREEMENT\n\n1. Scope\nThe Supplier runs the Customer's network and servers on the terms of the "
               "matrix below, which forms part of this agreement.\n\n2. Compliance matrix\n")
        rows = [("Q-1", "Support on business days", ["Provided 8 am to 6 pm, public holidays excepted."]),
                ("Q-2", "Service credits for late response", credits),
                ("Q-3", "Fixed charges in year one", ["Fixed for twelve months, then indexed", "on the CPI."])]
    return top + _matrix(rows, lang)


CAPPED = [
    ("en", ["3% of the monthly fee for each late P1 response,", "up to 15% of that month's fee."]),
    ("en", ["A credit of 2% of the monthly charge per hour", "of delay; total credits in any month shall", "not exceed "
            "ten per cent of the monthly charge."]),
    ("en", ["4% of the monthly charge per missed target,", "capped at 25% of the monthly charge."]),
    ("fr", ["Pénalité de 2 % de la redevance mensuelle par", "heure de retard, plafonnée à 10 % de la", "redevance du mois."]),
    ("fr", ["1 % de la redevance par jour de retard, dans la", "limite de 15 % de la redevance mensuelle."]),
    ("fr", ["Pénalités de 5 % par incident non traité ; leur", "montant cumulé ne peut excéder 20 % du", "montant annuel."]),
]


@pytest.mark.parametrize("lang,credits", CAPPED)
def test_a_cap_on_the_wrapped_lines_of_a_table_cell_is_read(lang, credits):
    assert "uncapped_penalties" not in rules(_doc(lang, credits))


UNCAPPED = [
    ("en", ["3% of the monthly fee for each late P1 response,", "for as long as the delay lasts."]),
    ("fr", ["Pénalité de 2 % de la redevance mensuelle par", "heure de retard, sans plafond."]),
]


@pytest.mark.parametrize("lang,credits", UNCAPPED)
def test_near_miss_wrapped_penalties_with_no_cap_keep_their_flag(lang, credits):
    assert "uncapped_penalties" in rules(_doc(lang, credits))


def test_the_wrapped_line_loses_its_pipes_and_keeps_its_length():
    text = "A-1 | Backups       | Nightly, kept thirty days,\n    |               | tested each quarter.\n"
    mended = mend_wrapped_rows(text)
    assert len(mended) == len(text)
    assert mended.split("\n")[0] == text.split("\n")[0]  # the row itself keeps its cells
    assert "|" not in mended.split("\n")[1] and "tested each quarter." in mended.split("\n")[1]


@pytest.mark.parametrize("line", [
    "    |  kept offsite  | tested each quarter.",  # words in two cells: two runs, left as they are
    "  |        | tested each quarter.",  # pipes not under the row's pipes: not its continuation
])
def test_near_miss_lines_that_are_not_one_wrapped_cell_keep_their_pipes(line):
    text = "A-1 | Backups       | Nightly, kept thirty days,\n" + line + "\n"
    assert mend_wrapped_rows(text) == text


def test_a_markdown_table_row_is_not_a_wrapped_line():
    text = "| Ref | Answer |\n|---|---|\n| A-1 | Nightly backups |\n| A-2 | Restore tests |\n"
    assert mend_wrapped_rows(text) == text
