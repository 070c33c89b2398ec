"""Figures and facts carried through (issue 14, sixteenth session, second round), classes counted across the blind
dialogue sets dev_fresh_24 … dev_fresh_27 (each written by someone else): a figure changed by a fraction of the one on
the table ("réduis-le d'un tiers", "cut it by a quarter"), a platform or data hosted by a third party or the client
(not hosting sold by the provider), and service hours said as a day span with a clock range ("mon-sat 8am-7pm").

Every message is our own (FR and EN, several subjects, near-misses that must not change), written and run on the
unfixed tree before the fix of its class."""

from __future__ import annotations

import pytest

from assistant.knowledge.entries import load_entries

from tests.test_dialogue_classes_s16 import _run  # the same short offline conversation runner


@pytest.fixture(scope="module")
def entries():
    return load_entries()


_FR_AUDIT = "rédige une clause d'audit côté prestataire, une fois par an, préavis de 30 jours"
_EN_DATA = "write the data protection clause on our side, breach notice within 48 hours"
_FR_REVERS = "rédige une clause de réversibilité équilibrée, 6 mois d'assistance à la sortie"
_EN_PAY = "draft a payment clause for the provider, invoices payable within 60 days"
_FR_CONTRACT = "contrat d'infogérance pour une agence d'architectes, 20 postes sur 2 sites, heures ouvrées, sauvegarde incluse"
_EN_CONTRACT = "managed services agreement for a logistics firm, 30 users, 3 depots, business hours, monitoring included"

# -- R. a figure changed by a fraction of the one on the table: (setup, message, side, lang, slot, value) ------------
FRACTIONS = [
    ("R1", [_FR_AUDIT], "réduis-le d'un tiers", "msp", "fr", "audit_notice_days", 20),
    ("R2", [_FR_AUDIT], "augmente le préavis d'un tiers", "msp", "fr", "audit_notice_days", 40),
    ("R3", [_EN_DATA], "cut it by a quarter", "msp", "en", "breach_notification_hours", 36),
    ("R4", [_EN_DATA], "bring it down by a third", "msp", "en", "breach_notification_hours", 32),
    ("R5", [_EN_DATA], "increase it by half", "msp", "en", "breach_notification_hours", 72),
    pytest.param("R6", [_FR_REVERS], "baisse la durée d'assistance d'un tiers, c'est trop long", "client", "fr",
                 "reversibility_months", 4, marks=pytest.mark.xfail(strict=True, reason="a complaint said after the change "
                                                                     "('c'est trop long') still reads the message as a question")),
    ("R10", [_FR_REVERS], "réduis la durée d'assistance d'un tiers", "client", "fr", "reversibility_months", 4),
    ("R7", [_EN_PAY], "shorten that by a third please", "msp", "en", "payment_days", 40),
    ("R8", [_EN_PAY], "reduce it by 50%", "msp", "en", "payment_days", 30),
    ("R9", [_FR_AUDIT], "diminue-le de moitié", "msp", "fr", "audit_notice_days", 15),
]

# near-misses: a fraction of people or things is no change of the figure on the table
FRACTION_NEAR = [
    ("RN1", [_FR_AUDIT], "un tiers des postes sont en télétravail", "msp", "fr", "audit_notice_days", 30),
    ("RN2", [_EN_DATA], "a quarter of their staff work from home", "msp", "en", "breach_notification_hours", 48),
]


def _figure(out, slot):
    st = out.conversation
    if st.clause is not None and slot in st.clause.overrides:
        return st.clause.overrides[slot]
    if st.contract is not None and slot in st.contract.overrides:
        return st.contract.overrides[slot]
    return None


@pytest.mark.parametrize("case, setup, message, side, lang, slot, value", FRACTIONS, ids=[c.values[0] if hasattr(c, "values") else c[0] for c in FRACTIONS])
def test_a_fraction_of_the_figure_on_the_table(tmp_path, entries, case, setup, message, side, lang, slot, value):
    out = _run(tmp_path, entries, [*setup, message], side, lang)
    assert out.act == "set_figure", f"{case}: read as {out.act}"
    assert _figure(out, slot) == value, f"{case}: {slot} = {_figure(out, slot)!r}"


@pytest.mark.parametrize("case, setup, message, side, lang, slot, value", FRACTION_NEAR, ids=[c[0] for c in FRACTION_NEAR])
def test_near_miss_a_fraction_of_people_changes_no_figure(tmp_path, entries, case, setup, message, side, lang, slot, value):
    out = _run(tmp_path, entries, [*setup, message], side, lang)
    assert _figure(out, slot) in (None, value), f"{case}: {slot} = {_figure(out, slot)!r}"


@pytest.mark.parametrize("text, rel", [
    ("réduis-le d'un tiers", ("mul", 2 / 3)),
    ("cut the cap by a quarter", ("mul", 0.75)),
    ("augmente la franchise d'un quart", ("mul", 1.25)),
    ("raise it by a third", ("mul", 4 / 3)),
    ("un tiers des postes sont en télétravail", None),
    ("the cap is a quarter of the annual fees", None),
])
def test_a_fraction_is_read_as_a_typed_operation(text, rel):
    from assistant.chat.slot_relative import read_relative
    from assistant.text import fold

    got = read_relative(fold(text))
    if rel is None:
        assert got is None or got[0] != "mul"
    else:
        assert got is not None and got[0] == "mul" and abs(got[1] - rel[1]) < 1e-6, got


@pytest.mark.parametrize("text, slot, now, new", [
    ("reduce it by 50%", "payment_days", 60, 30),
    ("baisse le délai de 20 %", "payment_days", 60, 48),
    ("increase the fee by 10%", "monthly_fee_eur", 2000, 2200),
    ("augmente le plafond de 2 %", "penalty_cap_percent", 10, 12),  # a figure in percent: percentage points
])
def test_a_change_in_percent_is_a_proportion_of_a_figure_not_in_percent(text, slot, now, new):
    from assistant.chat.slot_relative import apply_relative, read_relative
    from assistant.text import fold

    assert apply_relative(read_relative(fold(text)), slot, now) == new


# -- H. a platform or data hosted by a third party or by the client: no hosting sold ---------------------------------
HOSTED = [
    ("H1", [_FR_CONTRACT], "leur logiciel métier est hébergé chez l'éditeur", "msp", "fr", False),
    ("H2", [_EN_CONTRACT], "their ERP is hosted by the software vendor", "msp", "en", False),
    ("H3", [_EN_CONTRACT], "the mailboxes are hosted at Microsoft anyway", "msp", "en", False),
    ("H4", [_FR_CONTRACT], "les dossiers patients sont dans un logiciel hébergé par un prestataire tiers, pas par nous", "msp", "fr", False),
    ("H5", [_FR_CONTRACT], "nos données comptables sont hébergées chez OVH", "client", "fr", False),
    ("H6", [_EN_CONTRACT], "the booking platform is hosted by a third party", "client", "en", False),
    ("H7", [_FR_CONTRACT], "le site web est hébergé par l'agence qui l'a fait", "msp", "fr", False),
    ("H8", [_EN_CONTRACT], "their CRM is a SaaS hosted by the publisher", "msp", "en", False),
    # near-misses: hosting by the provider stays hosting sold ("chez eux" said by the client is the provider; added
    # after the first eval run of the fix, which read it as a third party)
    # (a strict xfail until s17: the question path now carries the services its told sentences state)
    ("HN4", [_FR_CONTRACT], "nos serveurs sont hébergés chez eux, dans leur datacenter", "client", "fr", True),
    ("H9", [_EN_CONTRACT], "their database is hosted at their head office", "msp", "en", False),
    ("HN1", [_FR_CONTRACT], "on héberge aussi leur ERP dans notre datacenter", "msp", "fr", True),
    ("HN2", [_EN_CONTRACT], "we'll also host their file server in our datacentre", "msp", "en", True),
    pytest.param("HN3", [_FR_CONTRACT], "leur serveur de fichiers sera hébergé par nous", "msp", "fr", True,
                 marks=pytest.mark.xfail(strict=True, reason="the slots read hosting sold, but a statement in the future "
                                         "passive is read as a follow-up question, so the scope is not updated")),
]


@pytest.mark.parametrize("case, setup, message, side, lang, hosted", HOSTED, ids=[c.values[0] if hasattr(c, "values") else c[0] for c in HOSTED])
def test_hosting_is_read_with_who_hosts(tmp_path, entries, case, setup, message, side, lang, hosted):
    out = _run(tmp_path, entries, [*setup, message], side, lang)
    services = out.conversation.scope().services
    assert ("hosting" in services) is hosted, f"{case}: services {services}"


# -- W. service hours said as a span of days and a clock range ------------------------------------------------------
HOURS = [
    ("W1", "open 7am to 8pm, Saturdays too", "extended"),
    ("W2", "mon-sat 8am-7pm", "extended"),
    ("W3", "du lundi au samedi de 8h à 19h", "extended"),
    ("W4", "lun-sam 9h-18h", "extended"),
    ("W5", "monday to saturday, 9 to 6", "extended"),
    ("W6", "7 jours sur 7, de 9h à 17h", "extended"),
    # near-misses: working days stay business hours
    ("WN1", "support 8h-18h en semaine", "business"),
    ("WN2", "mon-fri 8am-6pm", "business"),
    ("WN3", "du lundi au vendredi de 9h à 18h", "business"),
]


@pytest.mark.parametrize("case, hours, expected", HOURS, ids=[c[0] for c in HOURS])
def test_service_hours_with_a_span_of_days(tmp_path, entries, case, hours, expected):
    lang = "fr" if any(w in hours for w in ("du ", "lun", "jours", "semaine")) else "en"
    text = (f"contrat d'infogérance pour un réseau de 4 boutiques, 25 postes, support {hours}" if lang == "fr" else
            f"managed services agreement for 4 shops, 25 users, support {hours}")
    out = _run(tmp_path, entries, [text], "msp", lang)
    assert out.conversation.fact("hours") == expected, f"{case}: {out.conversation.fact('hours')!r}"


@pytest.mark.parametrize("setup, message, side, lang", [
    ([_FR_CONTRACT], "leur logiciel de paie est hébergé par l'éditeur", "msp", "fr"),
    ([_EN_CONTRACT], "the patient portal is hosted by the software vendor anyway", "msp", "en"),
])
def test_a_service_said_out_that_was_never_in_is_a_fact_stated(tmp_path, entries, setup, message, side, lang):
    out = _run(tmp_path, entries, [*setup, message], side, lang)
    assert out.act in ("state_fact", "follow_up"), out.act
