"""The shared text toolkit (assistant/text): folding, sentences, language, numbers, negation.
Pure functions, no index."""

from __future__ import annotations

import pytest

from assistant.knowledge.bm25 import tokenize
from assistant.text import (Quantity, detect_language, find_durations, find_money, find_percentages,
                            find_quantities, fold, fold_keep_offsets, fold_mapped, is_negated, negated_terms,
                            parse_number, sentence_bounds, snippet, split_sentences, strip_item_marker,
                            words_to_number)


# -- fold ------------------------------------------------------------------------------------
@pytest.mark.parametrize("raw, folded", [
    ("Mise en Œuvre", "mise en oeuvre"),
    ("mise en œuvre", "mise en oeuvre"),
    ("l’article", "l'article"),
    ("‘quoted’ “twice” «\u00a0guillemets\u00a0»", "'quoted' \"twice\" \" guillemets \""),
    ("ex\u00e6quo Cæsar", "exaequo caesar"),
    ("2\u202f400\u00a0€", "2 400 €"),
    ("a–b—c‑d−e", "a-b-c-d-e"),
    ("Réversibilité, DÉLAI, ça", "reversibilite, delai, ca"),
    ("infogé\u00adrance", "infogerance"),
    ("ﬁn", "fin"),
    ("n° 3 § 2", "n° 3 § 2"),
])
def test_fold(raw, folded):
    assert fold(raw) == folded


def test_both_spellings_of_oe_fold_the_same():
    assert fold("mise en œuvre") == fold("mise en oeuvre") == fold("MISE EN ŒUVRE")


@pytest.mark.parametrize("raw", ["Mise en Œuvre de l’article « 28 »\u00a0: æ ß ﬁ … \u00ad\u200b x",
                                 "plain ascii", "", "İstanbul Straße"])
def test_fold_keep_offsets_keeps_length_and_offsets(raw):
    out = fold_keep_offsets(raw)
    assert len(out) == len(raw)
    for i, c in enumerate(raw):
        if c.isascii() and c.isalnum():
            assert out[i] == c.lower()


def test_fold_keep_offsets_maps_spans_back():
    text = "Le Prestataire s’engage à la réversibilité."
    i = fold_keep_offsets(text).index("reversibilite")
    assert text[i:i + len("reversibilite")] == "réversibilité"
    assert fold_keep_offsets("l’œuvre") == "l'ouvre"


def test_fold_mapped_maps_full_fold_spans_back():
    f = fold_mapped("La mise en œuvre de l’article")
    assert f.text == "la mise en oeuvre de l'article"
    i = f.text.index("oeuvre")
    s, e = f.source_span(i, i + len("oeuvre"))
    assert f.source[s:e] == "œuvre"
    s, e = f.source_span(f.text.index("l'article"), len(f.text))
    assert f.source[s:e] == "l’article"


def test_bm25_tokens_agree_on_oe_and_apostrophes():
    assert sorted(tokenize("mise en œuvre")) == sorted(tokenize("mise en oeuvre"))
    assert "oeuvr" in tokenize("mise en œuvre")
    assert sorted(tokenize("l’article 28")) == sorted(tokenize("l'article 28"))
    assert "articl" in tokenize("l’article") and "larticl" not in tokenize("l’article")


# -- sentences -------------------------------------------------------------------------------
def _texts(text, **kw):
    return [s.text for s in split_sentences(text, **kw)]


@pytest.mark.parametrize("text, expected", [
    ("Voir art. 28 du RGPD. Le Prestataire agit.", ["Voir art. 28 du RGPD.", "Le Prestataire agit."]),
    ("Selon l’art. L. 441-10 C. com. le délai court. Puis.", ["Selon l’art. L. 441-10 C. com. le délai court.",
                                                             "Puis."]),
    ("Cf. n° 12 du contrat. Fin.", ["Cf. n° 12 du contrat.", "Fin."]),
    ("Acme Inc. and Foo S.A.S. agree, e.g. on fees, i.e. the price. Next.",
     ["Acme Inc. and Foo S.A.S. agree, e.g. on fees, i.e. the price.", "Next."]),
    ("1. Le Prestataire fournit. 2. Le Client paie.", ["1. Le Prestataire fournit.", "2. Le Client paie."]),
    ("2.1. Durée. Le contrat dure 2 ans.", ["2.1. Durée.", "Le contrat dure 2 ans."]),
    ("La disponibilité est de 99,9 % par mois. La version 3.2 suit.",
     ["La disponibilité est de 99,9 % par mois.", "La version 3.2 suit."]),
    ("Il comprend : a) la maintenance ; b) le support.", ["Il comprend :", "a) la maintenance ;", "b) le support."]),
    ("The processor shall (i) notify; (ii) assist.", ["The processor shall", "(i) notify;", "(ii) assist."]),
    ("(Chronopost, 1996 ; Faurecia II, 2010) sont cités. Oui.",
     ["(Chronopost, 1996 ; Faurecia II, 2010) sont cités.", "Oui."]),
    ("Le contrat est\nconclu pour un an.\n- premier point\n- second point\n\nAutre paragraphe",
     ["Le contrat est\nconclu pour un an.", "- premier point", "- second point", "Autre paragraphe"]),
    ("Pourquoi ? Parce que. « Oui ». Fin…  Suite.", ["Pourquoi ?", "Parce que.", "« Oui ».", "Fin…", "Suite."]),
])
def test_split_sentences(text, expected):
    assert _texts(text) == expected


def test_sentence_spans_point_into_the_text():
    text = "  Premier point.  Deuxième, art. 5 inclus.\n\n(a) troisième"
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text == s.text.strip()


def test_lines_mode_cuts_every_line():
    assert _texts("titre\nsuite de la ligne", lines=True) == ["titre", "suite de la ligne"]
    assert _texts("titre\nsuite de la ligne") == ["titre\nsuite de la ligne"]


def test_sentence_bounds_and_snippet():
    text = "Premier. Deuxième phrase ici. Troisième."
    i = text.index("phrase")
    s, e = sentence_bounds(text, i, i + 6)
    assert text[s:e] == "Deuxième phrase ici."
    assert snippet(text, i, i + 6) == "Deuxième phrase ici."
    long = "Début. " + "mot " * 200 + "cible " + "mot " * 200 + "fin."
    j = long.index("cible")
    short = snippet(long, j, j + 5, limit=80)
    assert "cible" in short and short.startswith("…") and short.endswith("…") and len(short) <= 82


def test_strip_item_marker():
    assert strip_item_marker("(ii) assister") == "assister"
    assert strip_item_marker("1. Le client") == "Le client"
    assert strip_item_marker("- point") == "point"


# -- language --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("c'est quoi une GTR ?", "fr"),
    ("Quelle est la durée de préavis ?", "fr"),
    ("What is the liability cap in this contract?", "en"),
    ("l’obligation de résultat", "fr"),
    ("", "fr"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang
    assert detect_language("xyz", default="en") == "en"


def test_old_language_import_path_still_works():
    from assistant.knowledge.language import detect_language as old
    assert old("What is the notice period?") == "en"


# -- numbers ---------------------------------------------------------------------------------
def _q(text, lang=None):
    return [(q.value, q.unit, q.text) for q in find_quantities(text, lang)]


@pytest.mark.parametrize("text, expected", [
    ("dans un délai de quarante (40) jours", [(40, "day", "quarante (40) jours")]),
    ("vingt-quatre mois", [(24, "month", "vingt-quatre mois")]),
    ("vingt-cinq", [(25, None, "vingt-cinq")]),
    ("soixante-dix", [(70, None, "soixante-dix")]),
    ("quatre-vingt-dix jours", [(90, "day", "quatre-vingt-dix jours")]),
    ("vingt et un jours", [(21, "day", "vingt et un jours")]),
    ("forty-five (45) days", [(45, "day", "forty-five (45) days")]),
    ("forty days", [(40, "day", "forty days")]),
    ("2 400 € HT", [(2400, "eur", "2 400 € HT")]),
    ("2\u202f400\u00a0€ HT", [(2400, "eur", "2\u202f400\u00a0€ HT")]),
    ("2.400,50 €", [(2400.5, "eur", "2.400,50 €")]),
    ("$1,000,000", [(1_000_000, "usd", "$1,000,000")]),
    ("10 %", [(10, "percent", "10 %")]),
    ("99,9 %", [(99.9, "percent", "99,9 %")]),
    ("99.9% uptime", [(99.9, "percent", "99.9%")]),
    ("4h", [(4, "hour", "4h")]),
    ("4h30", [(4.5, "hour", "4h30")]),
    ("4 heures ouvrées", [(4, "business_hour", "4 heures ouvrées")]),
    ("15 jours ouvrés", [(15, "business_day", "15 jours ouvrés")]),
    ("J+1", [(1, "day", "J+1")]),
    ("one (1) year", [(1, "year", "one (1) year")]),
    ("twelve months", [(12, "month", "twelve months")]),
    ("trois mois", [(3, "month", "trois mois")]),
    ("un délai de un mois", [(1, "month", "un mois")]),
    ("une semaine", [(1, "week", "une semaine")]),
    ("2 millions d'euros", [(2_000_000, "eur", "2 millions d'euros")]),
    ("500 utilisateurs sur 3 sites", [(500, "users", "500 utilisateurs"), (3, "sites", "3 sites")]),
    ("de 30 à 60 jours", [(30, "day", "30"), (60, "day", "60 jours")]),
    ("24 heures sur 24 et 7 jours sur 7", [(24, "hour", "24 heures"), (24, None, "24"), (7, "day", "7 jours"), (7, None, "7")]),
    ("one hundred and five days", [(105, "day", "one hundred and five days")]),
    ("du matériel neuf, un prestataire", []),
    ("article L441-10 du 12/05/2024, le 1er mars", []),
])
def test_find_quantities(text, expected):
    assert _q(text) == expected


def test_quantity_spans_point_into_the_text():
    text = "Le Prestataire intervient sous quatre (4) heures ouvrées et rembourse 2 400 € HT."
    qs = find_quantities(text)
    assert [q.unit for q in qs] == ["business_hour", "eur"]
    for q in qs:
        assert isinstance(q, Quantity)
        assert text[q.span[0]:q.span[1]] == q.text
    assert qs[1].qualifier == "ht"


def test_find_helpers_filter_by_kind():
    text = "Préavis de trois mois, pénalité de 10 % plafonnée à 5 000 € TTC, disponibilité 99,9 %."
    assert [(q.value, q.unit) for q in find_durations(text)] == [(3, "month")]
    assert [(q.value, q.qualifier) for q in find_money(text)] == [(5000, "ttc")]
    assert [q.value for q in find_percentages(text)] == [10, 99.9]
    assert find_durations("thirty (30) days' notice", lang="en")[0].in_days() == 30
    assert find_durations("un an")[0].in_days() == 365


@pytest.mark.parametrize("raw, value", [("2 400", 2400), ("2.400,50", 2400.5), ("1,000,000", 1e6), ("99,9", 99.9),
                                        ("3.2", 3.2), ("0,125", 0.125), ("1'000", 1000), ("12", 12)])
def test_parse_number(raw, value):
    assert parse_number(raw) == value


def test_words_to_number():
    assert words_to_number("quatre-vingt-dix", "fr") == 90
    assert words_to_number("forty-five", "en") == 45
    assert words_to_number("deux trois", "fr") is None


# -- negation --------------------------------------------------------------------------------
def _neg(text, term):
    i = text.index(term)
    return is_negated(text, (i, i + len(term)))


@pytest.mark.parametrize("text, term, negated", [
    ("Le Prestataire n'est pas tenu de réaliser les sauvegardes.", "sauvegardes", True),
    ("Le Prestataire n’est pas tenu de réaliser les sauvegardes.", "sauvegardes", True),
    ("Le Prestataire réalise les sauvegardes.", "sauvegardes", False),
    ("Les frais de déplacement ne sont pas inclus dans le prix.", "frais de déplacement", True),
    ("Le Prestataire ne fournira plus de rapport.", "rapport", True),
    ("Le Prestataire n'assure jamais le support.", "support", True),
    ("Aucune pénalité ne sera due.", "pénalité", True),
    ("La maintenance est incluse, sauf les logiciels tiers.", "maintenance", False),
    ("La maintenance est incluse, sauf les logiciels tiers.", "logiciels tiers", True),
    ("Le prestataire assure la sauvegarde hors week-end.", "week-end", True),
    ("Le prestataire assure la sauvegarde hors week-end.", "sauvegarde", False),
    ("Le support est fourni sans intervention sur site.", "intervention sur site", True),
    ("Toute garantie, à l'exclusion de la garantie de résultat.", "garantie de résultat", True),
    ("The provider is not liable for data loss.", "data loss", True),
    ("The provider shall not subcontract.", "subcontract", True),
    ("Support is provided without on-site visits.", "on-site visits", True),
    ("Support is provided without on-site visits.", "Support", False),
    ("All services excluding backups are covered.", "backups", True),
    ("All services other than hosting are included.", "hosting", True),
    ("No audit shall be performed.", "audit", True),
    ("The provider is liable, but not for indirect damages.", "liable", False),
    ("The provider is liable, but not for indirect damages.", "indirect damages", True),
    ("Le client peut réaliser un audit. Le prestataire ne fournit pas de rapport.", "audit", False),
])
def test_is_negated(text, term, negated):
    assert _neg(text, term) is negated


def test_negated_terms():
    text = "Le prix inclut la maintenance mais pas les licences. Les déplacements sont exclus."
    assert negated_terms(text, ["maintenance", "licences", "deplacements", "audit"]) == ["licences", "deplacements"]


def test_unaccent_keeps_case_for_patterns():
    from assistant.text import unaccent
    assert unaccent(r"Été \S+ l’œuvre – «x»") == "Ete \\S+ l'oeuvre - \"x\""


@pytest.mark.parametrize("text,value,unit", [
    ("shall not exceed EUR 3,100.00 per contract year", 3100.0, "eur"),  # the currency first, the period after
    ("a fee of USD 12,000 per annum", 12000.0, "usd"),
    ("3\u202f100\u00a0€ par an", 3100.0, "eur"),
])
def test_money_written_before_a_per_year_period(text, value, unit):
    assert [(q.value, q.unit) for q in find_money(text)] == [(value, unit)]


def test_a_word_ending_like_a_currency_is_no_currency():
    # "utilisateur 5 fois": "eur" is the end of the word, not a prefix
    assert find_money("chaque utilisateur 5 fois par semaine") == []
    assert [q.value for q in find_quantities("twice per year") if q.unit == "per_year"] == [2.0]
