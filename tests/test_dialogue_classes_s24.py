"""Classes of turns the act and slot readers still missed on the dev material of the dialogue sets (issue 14,
twenty-fourth session), each written as a generalisation batch BEFORE the fixes (first run recorded in the session's
report):

- A. a clause named with a typo ("resilitation", "confidentialitée", "liablity", "terminaton"): the clause asked is
  drafted, not the contract revised or the position changed; near-misses whose word is another word ("résilience",
  "révision") keep their own reading;
- B. a provider's first message that only describes the deal (the client, its people and places, what it wants or not
  from us) with nothing in progress: the contract is drafted; facts told to set up a question (who hosts, who holds the
  keys, personal data), a client describing itself, a question or a story stay what they are;
- C. "and the other one" with nothing to point at: one short question back, never a guess; a clause or side named after
  "other" is read;
- D. on-site trips or visits counted ("3 déplacements par mois", "two site visits a month"): a figure of the contract
  on the table, never a count of sites;
- E. legal questions the act routes sent astray: our duties under a law asked (not means or result), how to word a
  commitment so it is one of result, whether the provider must hand something over (no change of position), a story of
  an attack asking what to notify (no fact stated), a settlement offered with an amount (no figure to write); the
  near-misses keep the obligations engine, a figure set or a position changed.

Every message is our own (FR and EN, casual, typos, figures in words, both speaker sides), written for this batch
before the fixes. Each case is a short conversation run through the offline engine (no index, no learned reader), or
the slot reader."""

from __future__ import annotations

import re

import pytest

from assistant.chat.slots import read_slots
from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


def _run(tmp_path, entries, turns, side, lang):  # noqa: F811
    """The last turn's result, its public view and the conversation's state after it."""
    return run_turns(tmp_path, entries, turns, side, lang)


def _fold(text: str) -> str:
    from assistant.text import fold

    return fold(text)


_CONTRACT_FR = "contrat d'infogérance pour un cabinet de géomètres, 14 postes, 2 bureaux, heures ouvrées"
_CONTRACT_EN = "managed services contract for a dance school, 9 users, one studio, business hours"


# -- A. a clause named with a typo ------------------------------------------------------------------------------------
TYPO_CLAUSES = [
    # (case, setup, message, side, lang, topic, position)
    ("A1", [_CONTRACT_FR], "fais moi la clause de resilitation coté presta, préavis deux mois", "msp", "fr", "termination",
     "msp"),
    ("A2", [], "tu peux m'écrire une clause de résilitaion pour nous (le client) ?", "client", "fr", "termination",
     "client"),
    ("A3", [_CONTRACT_FR], "redige la clause de confidentialitée version presta", "msp", "fr", "confidentiality", "msp"),
    ("A4", [], "une clause de reversibilitée équilibrée stp", "client", "fr", "reversibility", "balanced"),
    ("A5", [], "j'ai besoin d'une clause de responsabiltié plafonnée à 12 mois de redevance, coté prestataire", "msp", "fr",
     "liability", "msp"),
    ("A6", [_CONTRACT_EN], "draft the terminaton clause for us as the provider, 60 days notice", "msp", "en", "termination",
     "msp"),
    ("A7", [], "can you write the liablity cap clause for the msp, twelve months of fees", "msp", "en", "liability", "msp"),
    # (with a contract on the table, a verbless "X clause from the customer's point of view" revises that contract's
    # article to the client's side, a reading kept: the case asks the clause alone)
    ("A8", [], "reversibilty clause from the customer's point of view please", "client", "en", "reversibility",
     "client"),
    ("A9", [], "write me a confidentialty clause, client side", "client", "en", "confidentiality", "client"),
]


@pytest.mark.parametrize("case, setup, message, side, lang, topic, position", TYPO_CLAUSES,
                         ids=[c[0] for c in TYPO_CLAUSES])
def test_a_clause_named_with_a_typo_is_drafted(tmp_path, entries, case, setup, message, side, lang, topic,  # noqa: F811
                                               position):
    out, pub, _state = _run(tmp_path, entries, [*setup, message], side, lang)
    assert out.act == "draft_clause", f"{case}: read as {out.act}"
    assert pub["draft"] and pub["draft"]["topic"] == topic, f"{case}: {pub['draft'] and pub['draft']['topic']}"
    assert pub["draft"]["position"] == position, f"{case}: {pub['draft']['position']}"


def test_a_typo_clause_then_a_figure_changes_that_clause(tmp_path, entries):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, [_CONTRACT_FR, "redige la clause de resilitation coté presta, préavis 2 mois",
                                                "passe le préavis à 4 mois"], "msp", "fr")
    assert out.act == "set_figure", out.act
    assert pub["draft"] and pub["draft"]["topic"] == "termination"
    assert re.search(r"\b(4|quatre)\b( \((4|quatre)\))? mois", _fold(pub["draft"]["text"])), pub["draft"]["text"][:400]


@pytest.mark.parametrize("setup, message, side, lang, not_topic", [
    # near-misses: another real word close to a clause's name is not that clause
    ([], "rédige une clause sur la résilience du système d'information, coté client", "client", "fr", "termination"),
    ([], "write a clause on the resilience of the network for us, the client", "client", "en", "termination"),
    ([], "clause de révision des prix côté presta, indexée sur le Syntec", "msp", "fr", "reversibility"),
])
def test_a_neighbouring_word_is_not_the_clause(tmp_path, entries, setup, message, side, lang, not_topic):  # noqa: F811
    _out, pub, _state = _run(tmp_path, entries, [*setup, message], side, lang)
    assert not (pub["draft"] and pub["draft"]["topic"] == not_topic), pub["draft"] and pub["draft"]["topic"]


# -- B. a provider's first message that describes the deal -----------------------------------------------------------
DEAL_DESCRIBED = [
    ("B1", "client = cabinet d'archi, 14 personnes, 2 agences, ils veulent tout sauf l'hébergement", "fr",
     {"users": 14, "sites": 2}),
    ("B2", "nouveau client : une fromagerie, 30 salariés dont 12 sur poste, un seul site. pas de sauvegarde chez nous, ils ont "
     "déjà un NAS", "fr", {"sites": 1}),
    ("B3", "prospect = réseau de 4 pharmacies, douze postes, ils veulent tout sauf la téléphonie", "fr",
     {"users": 12, "sites": 4}),
    ("B4", "new customer: dental practice, 9 staff, one site, they want everything except the printers", "en",
     {"users": 9, "sites": 1}),
    ("B5", "landscaping firm, 18 people but only 11 on laptops, 2 yards. remote only, no backups from us", "en",
     {"sites": 2}),
    ("B6", "accountants, forty users over 3 offices, they want the lot except phones", "en", {"users": 40, "sites": 3}),
    ("B7", "le client c'est une école de musique, 8 postes, 1 site, tout sauf les imprimantes, heures ouvrées", "fr",
     {"users": 8, "sites": 1}),
    # added after the sealed24 first run (lead, dev half): a new client announced even when it says who runs what, and
    # the service hours told with what the deal leaves out
    ("B8", "new client: a chain of 2 bakeries, 9 people on PCs, we do helpdesk and updates, they run their own NAS", "en",
     {"users": 9, "sites": 2}),
    ("B9", "nouveau client, un garage auto, 6 postes, on fait le support et les mises à jour, ils gèrent eux-mêmes leur "
     "sauvegarde", "fr", {"users": 6}),
    ("B10", "cabinet de géomètres, 11 postes sur 2 agences, heures ouvrées, sans la téléphonie ni les imprimantes", "fr",
     {"users": 11, "sites": 2}),
    ("B11", "vet clinic, 7 staff on computers, one site, business hours, no hosting and no phones", "en",
     {"users": 7, "sites": 1}),
]


@pytest.mark.parametrize("case, message, lang, scope", DEAL_DESCRIBED, ids=[c[0] for c in DEAL_DESCRIBED])
def test_a_deal_described_first_is_a_contract_to_draft(tmp_path, entries, case, message, lang, scope):  # noqa: F811
    out, pub, state = _run(tmp_path, entries, [message], "msp", lang)
    assert out.act == "draft_contract", f"{case}: read as {out.act}"
    assert pub["contract"] and pub["contract"]["markdown"], case
    for name, value in scope.items():
        assert pub["state"]["scope"][name] == value, f"{case}: {name} = {pub['state']['scope'][name]}"


def test_a_deal_described_then_a_count_corrected_updates_the_contract(tmp_path, entries):  # noqa: F811
    out, pub, state = _run(tmp_path, entries, ["landscaping firm, 18 people but only 11 on laptops, 2 yards. remote only, "
                                               "no backups from us", "11 users on the contract"], "msp", "en")
    assert out.act in ("state_fact", "set_figure"), out.act
    assert pub["state"]["scope"]["users"] == 11
    assert re.search(r"\b11\b|eleven", pub["contract"]["markdown"])


@pytest.mark.parametrize("turns, side, lang, acts", [
    # near-misses: who hosts or holds the keys told to set up a question, a client describing itself, a fact with a
    # question, a story about a customer, a fact for the contract already in progress
    (["client = cabinet d'archi 10 personnes, on n'héberge rien, on administre leurs serveurs"], "msp", "fr",
     ("state_fact",)),
    (["we're the MSP. client has 22 users, one office, no on-site, we never touch personal data"], "msp", "en",
     ("state_fact",)),
    (["on est une agence immo, 8 postes, 1 agence, tout est chez notre presta"], "client", "fr", ("state_fact",)),
    (["we're a 20-person design studio, two floors, no servers at all"], "client", "en", ("state_fact",)),
    (["client = agence de 20 personnes, 2 sites, ils veulent tout sauf l'hébergement. on doit leur faire signer un DPA ?"],
     "msp", "fr", ("question",)),
    (["notre client, une PME de 25 personnes sur 2 sites, ne nous a pas payés depuis 3 mois, on peut suspendre ?"], "msp",
     "fr", ("question",)),
    # a new client with a question asked, and hours told with who hosts (no exclusion): still not a contract to draft
    (["new client, 15 users on 2 sites, they host everything themselves: do we need a DPA?"], "msp", "en", ("question",)),
    (["client = 30 postes, 24/7, on héberge leur ERP chez nous"], "msp", "fr", ("state_fact",)),
    ([_CONTRACT_FR, "le client c'est 16 postes en fait, et tout sauf l'impression"], "msp", "fr",
     ("state_fact", "set_figure", "add_remove")),
])
def test_facts_told_for_a_question_or_by_a_client_stay_facts(tmp_path, entries, turns, side, lang, acts):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, turns, side, lang)
    assert out.act in acts, out.act


# -- C. "and the other one" with nothing to point at -----------------------------------------------------------------
OTHER_ONE = [
    ("C1", ["draft the backup clause from our side, daily backups, 30 days retention", "make it 60 days"],
     "and the other one", "msp", "en"),
    ("C2", ["rédige la clause de sauvegarde coté presta", "passe la rétention à 60 jours"], "et l'autre ?", "msp", "fr"),
    ("C3", ["redige moi une clause de confidentialité version client"], "et l'autre aussi stp", "client", "fr"),
    ("C4", ["write a liability clause for the customer, cap at 12 months of fees"], "what about the other one", "client",
     "en"),
    ("C5", [_CONTRACT_EN], "same for the other one", "msp", "en"),
    ("C6", [], "ok et l'autre du coup", "client", "fr"),
]


@pytest.mark.parametrize("case, setup, message, side, lang", OTHER_ONE, ids=[c[0] for c in OTHER_ONE])
def test_the_other_one_with_nothing_to_point_at_is_asked_back(tmp_path, entries, case, setup, message, side,  # noqa: F811
                                                              lang):
    out, pub, _state = _run(tmp_path, entries, [*setup, message], side, lang)
    assert out.act == "clarify", f"{case}: read as {out.act}"
    assert "?" in pub["answer"] and len(pub["answer"]) < 1500, case


@pytest.mark.parametrize("setup, message, side, lang, act, topic", [
    # near-misses: the other clause named, the other side's version, the other party's right asked
    (["rédige la clause de sauvegarde coté presta"], "et l'autre clause, celle de confidentialité ?", "msp", "fr",
     ("draft_clause", "follow_up", "question"), "confidentiality"),
    (["write a liability clause for the customer, cap at 12 months of fees"], "now give me the other side's version",
     "client", "en", ("change_position",), "liability"),
    ([], "l'autre partie peut résilier sans préavis si on paie en retard ?", "client", "fr", ("question",), None),
])
def test_the_other_thing_named_is_read(tmp_path, entries, setup, message, side, lang, act, topic):  # noqa: F811
    out, pub, state = _run(tmp_path, entries, [*setup, message], side, lang)
    assert out.act in act, out.act
    if topic:
        assert topic in (pub["state"]["topic"], pub["draft"] and pub["draft"]["topic"]), (pub["state"]["topic"], pub["draft"])


# -- D. on-site trips or visits counted ------------------------------------------------------------------------------
_ON_SITE_FR = "contrat d'infogérance pour une étude d'huissiers, 12 postes, 1 site, interventions sur site incluses"
_ON_SITE_EN = "managed services contract for a vet clinic, 10 users, one site, on-site visits included"


@pytest.mark.parametrize("case, message, lang, figure", [
    ("D1", "mets 3 déplacements par mois", "fr", r"\b(3|trois)\b( \((3|trois)\))? (deplacements|visites|interventions)"),
    ("D2", "on passe à quatre déplacements mensuels", "fr", r"\b(4|quatre)\b( \((4|quatre)\))? (deplacements|visites|interventions)"),
    ("D3", "make it 3 site visits a month", "en", r"\b(3|three)\b( \((3|three)\))? ((on-?site |site )?(visits|trips|call-?outs))"),
    ("D4", "we'll include one on-site trip per month, not two", "en", r"\b(1|one)\b( \((1|one)\))? ((on-?site |site )?(visits?|trips?|call-?outs?))"),
])
def test_on_site_trips_counted_set_the_contract_figure(tmp_path, entries, case, message, lang, figure):  # noqa: F811
    first = _ON_SITE_FR if lang == "fr" else _ON_SITE_EN
    out, pub, state = _run(tmp_path, entries, [first, message], "msp", lang)
    assert out.act in ("set_figure", "state_fact", "add_remove"), f"{case}: read as {out.act}"
    assert pub["state"]["scope"]["sites"] == 1, f"{case}: sites = {pub['state']['scope']['sites']}"
    assert re.search(figure, _fold(pub["contract"]["markdown"])), case


@pytest.mark.parametrize("text, sites", [
    ("make it 3 site visits a month", None),
    ("2 visites sur site par trimestre", None),
    ("three sites, two visits a month", 3),
    ("on a 2 sites et 1 déplacement par mois", 2),
])
def test_visits_are_no_count_of_sites(text, sites):
    assert read_slots(text, side_hint="msp").facts.get("sites") == sites, text


# -- E. legal questions the act routes sent astray ------------------------------------------------------------------
ASTRAY = [
    ("E1", [], "on est un petit msp, c'est quoi nos obligations pour la facturation électronique ?", "msp", "fr"),
    ("E2", [], "what are our obligations under NIS2 as a 30-person MSP?", "msp", "en"),
    ("E3", [], "comment je rédige la GTR pour qu'un juge y voie une obligation de résultat ?", "client", "fr"),
    ("E4", [], "how should I word the 4h restore time so it clearly counts as an obligation of result?", "client", "en"),
    ("E5", [], "à la fin du contrat l'infogéreur est obligé de nous donner les mots de passe admin ?", "client", "fr"),
    ("E6", [], "when we leave, is the MSP obliged to hand over the network diagrams it drew for us?", "client", "en"),
    ("E7", [], "on s'est fait chiffrer par un rançongiciel cette nuit, le serveur de fichiers est HS. qu'est-ce qu'on doit "
               "mettre dans la déclaration à la CNIL ?", "client", "fr"),
    ("E8", [], "ransomware got our NAS on friday, still investigating. what do we need to tell the regulator and when?",
     "client", "en"),
    ("E9", [], "l'ancien presta nous propose 5000 euros pour solder le litige. si on signe on pourra encore l'attaquer ?",
     "client", "fr"),
    ("E10", [], "our old MSP offers ten grand to settle the outage dispute. if we sign, can we still sue later?", "client",
     "en"),
    ("E11", [_CONTRACT_FR], "le client nous propose 3000 € pour clore le litige sur la panne, on accepte ou pas ?", "msp",
     "fr"),
]


@pytest.mark.parametrize("case, setup, message, side, lang", ASTRAY, ids=[c[0] for c in ASTRAY])
def test_legal_questions_are_answered(tmp_path, entries, case, setup, message, side, lang):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, [*setup, message], side, lang)
    assert out.act in ("question", "follow_up"), f"{case}: read as {out.act}"
    assert not (pub["draft"] and out.act == "set_figure"), case
    assert pub["answer"].strip()


@pytest.mark.parametrize("setup, message, side, lang, act", [
    # near-misses: the kind of obligation asked, a figure set on the clause on the table, a position changed
    ([], "la sauvegarde quotidienne c'est une obligation de moyens ou de résultat ?", "client", "fr", "obligations"),
    ([], "is a 4 hour restore time an obligation of result or of means?", "msp", "en", "obligations"),
    (["rédige une clause de règlement des litiges avec médiation préalable coté client"], "mets 45 jours de médiation",
     "client", "fr", "set_figure"),
    (["write a liability clause for the customer, cap at 12 months of fees"], "make it more protective for us", "client",
     "en", "change_position"),
    (["rédige une clause de réversibilité coté client"], "rends-la plus protectrice pour nous", "client", "fr",
     "change_position"),
])
def test_near_misses_keep_their_act(tmp_path, entries, setup, message, side, lang, act):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, [*setup, message], side, lang)
    assert out.act == act, out.act


# -- added with the fix of class A (after the first run): two edits on a long clause name ----------------------------
@pytest.mark.parametrize("text, mended", [
    ("clause de resilitaton", "resiliation"),
    ("une clause de confidentialiter", "confidentialite"),
    ("reversibiliteee", "reversibilite"),
    ("un plan de résilience", None),  # a real word, another meaning
    ("resilient systems", None),
    ("la reconduction tacite", None),  # spelled right
])
def test_a_long_clause_name_takes_two_edits(text, mended):
    from assistant.chat.typos import mend_typos

    out = _fold(mend_typos(text))
    if mended is None:
        assert out == _fold(text), out
    else:
        assert mended in out.split(), out


# -- added with the fixes of class E (after the first run) ------------------------------------------------------------
@pytest.mark.parametrize("text, position", [
    ("le presta est obligé de nous fournir les accès à la fin ?", None),  # "de nous" + a verb: no side asked
    ("il doit nous rendre les données ?", None),
    ("rends-la plus favorable pour nous", "mine"),
    ("une version qui penche de notre côté", "mine"),
])
def test_de_nous_before_a_verb_asks_no_side(text, position):
    assert read_slots(text, side_hint="client").position == position, text


@pytest.mark.parametrize("setup, message, side, lang, act", [
    # what the other side proposes, reported with an amount: a question; an order to draft after it stays one
    ([], "le client nous propose de régler le litige contre 2 000 € de geste commercial, on est encore tenus après ?",
     "msp", "fr", ("question",)),
    ([], "the customer suggests we settle for five grand, would that stop them suing us later?", "msp", "en",
     ("question",)),
    ([], "le client propose une médiation avant tout procès, rédige-moi la clause de litiges coté presta", "msp", "fr",
     ("draft_clause",)),
])
def test_what_the_other_side_proposes_is_reported(tmp_path, entries, setup, message, side, lang, act):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, [*setup, message], side, lang)
    assert out.act in act, out.act


@pytest.mark.parametrize("message, lang", [
    ("finalement on fait tout à distance, zéro déplacement sur site", "fr"),
    ("actually no site visits at all, all remote", "en"),
])
def test_no_trips_at_all_is_the_on_site_fact(tmp_path, entries, message, lang):  # noqa: F811
    first = _ON_SITE_FR if lang == "fr" else _ON_SITE_EN
    out, pub, _state = _run(tmp_path, entries, [first, message], "msp", lang)
    assert out.act in ("state_fact", "add_remove"), out.act
    assert pub["state"]["scope"]["on_site"] is False


@pytest.mark.parametrize("message, side, lang, topic", [
    # added after the first run: more clause names with a typo
    ("rédige une clause de propriété intelectuelle coté client", "client", "fr", "intellectual_property"),
    ("fais moi la clause de gouvernace version presta", "msp", "fr", "governance"),
    ("draft a jurisdicton clause for us, the provider", "msp", "en", "disputes"),
])
def test_more_clause_names_with_a_typo(tmp_path, entries, message, side, lang, topic):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, [message], side, lang)
    assert out.act == "draft_clause", out.act
    assert pub["draft"] and pub["draft"]["topic"] == topic, pub["draft"] and pub["draft"]["topic"]
