"""Issue 15, twenty-eighth session (s28-casc): the card is chosen because the question's typed facts match its subject and
premises, not because retrieval listed it first. Written before the fixes, in our own words (FR and EN, casual, trades of
our own), one group per class:

- a price never agreed before the work: one cue family for the premise and the ask of the same name (s27 had two, and the
  cascade read only the second, so "sans qu'on ait convenu d'un tarif" never reached the card on C. civ. 1165);
- the consequence asked in so many words (criminal exposure "au-delà des dommages et intérêts"): the card declaring that
  ask, first of the cards whose premises the question states, answers though retrieval's finds shifted;
- a public buyer named in everyday words (a département, a syndicat mixte, a university, "the contracting authority"): one
  lexicon (chat/public_buyer.py) read by the card premise and the told situations, so that the public procurement cards
  answer;
- the issues an answer adds are raised by the user's words only, never by words the router appended for the search, and
  are written as sentences: no "Transferts hors UE dans le DPA (règle de droit) :" title glued before a rule;
- a name the knowledge base does not know that qualifies a thing it knows ("licences Autodesk", "our N1 helpdesk") is a
  detail, not the subject asked; a norm or a law named by an unknown name stays unknown ("la norme HIPAA").
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from assistant.chat.card_reading import situation_close
from assistant.chat.issues import ISSUES, facet_statement, facet_text, raised
from assistant.chat.premises import ASK_CUES, PREMISE_CUES
from assistant.chat.public_buyer import public_buyer_named
from assistant.chat.statements import unknown_anchors, vocabulary
from assistant.chat.told_situations import told_situations
from assistant.chat.wording import own_words, say
from assistant.text import fold
from evaluations.answer_scoring import uncited_sentences, verdict_text
from tests.answer_helpers import ask as _ask, assert_reaches_card, cards_by_id
from tests.answer_helpers import cited_ids as _ids

# -- 1. a price never agreed: one cue family (no index) ---------------------------------------------------------------------

PRICE_TOLD = [
    # our own wording, other trades
    "le technicien de la vidéosurveillance est venu un samedi, on n'avait jamais parlé de prix, il facture 1 800 €",
    "aucun tarif n'a été fixé pour les déplacements sur site",
    "sans qu'on se soit mis d'accord sur un montant, l'intégrateur a câblé l'entrepôt",
    "the integrator put in extra Wi-Fi access points and nobody mentioned a price beforehand",
    "we never agreed a rate for on-call weekends",
    "the contract says nothing about the cost of site visits",
    # the cases each earlier definition was written for (s27-casc's premise, s27-ans's ask): both hold
    "on n'a jamais fixé de tarif pour les astreintes",
    "no hourly rate was set for weekend work",
    "rien de signe sur le tarif",
    "our IT guy came in for an emergency fix, no quote at all",
]
PRICE_NOT_TOLD = [
    "le prestataire augmente ses tarifs de 8 % au 1er janvier",
    "there is no price revision clause in our contract",
    "il n'y a pas de clause de révision des prix",
    "le contrat n'a aucune clause d'indexation des tarifs",
    "no price increase without our written consent",
    "the provider billed extra work we never asked for",
    # a quote given but never signed: its acceptance by conduct is asked (C. civ. 1113-1120), not a price never agreed
    "le client n'a jamais signé notre devis mais il nous a laissé câbler le bâtiment",
]


def test_the_price_never_agreed_is_one_cue_family():
    assert PREMISE_CUES["price_not_agreed"] is ASK_CUES["price_not_agreed"]


@pytest.mark.parametrize("text", PRICE_TOLD)
def test_a_price_never_agreed_is_read_however_it_is_told(text):
    assert PREMISE_CUES["price_not_agreed"].search(fold(text)), text


@pytest.mark.parametrize("text", PRICE_NOT_TOLD)
def test_a_price_clause_missing_or_a_rise_is_no_price_never_agreed(text):
    assert not PREMISE_CUES["price_not_agreed"].search(fold(text)), text


def test_the_price_card_states_the_premise_in_each_of_its_phrasings():
    for lang in ("fr", "en"):
        card = cards_by_id()[f"card.price_fixed_after_work_s27.{lang}"]
        assert all(PREMISE_CUES["price_not_agreed"].search(fold(q)) for q in (card.title, *card.questions))


# -- 3. a public buyer: one lexicon (no index) -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "le département du Var nous a confié la maintenance des collèges",
    "le conseil départemental relance la consultation",
    "un syndicat mixte de traitement des déchets veut externaliser son informatique",
    "le syndicat intercommunal des eaux paie à 70 jours",
    "l'université nous paie en retard",
    "on est titulaire du marché de support d'une agglomération",
    "le pouvoir adjudicateur a écarté notre offre",
    "un hôpital public veut héberger ses sauvegardes chez nous",
    "the contracting authority rejected our bid",
    "we support a local authority's schools",
    "a public body wants a 5-year helpdesk contract",
    "the county council pays 60 days after receipt",
    "a university wants us to host its student records",
])
def test_a_public_buyer_is_read_in_everyday_words(text):
    assert public_buyer_named(text), text


@pytest.mark.parametrize("text", [
    "notre département informatique gère les licences",
    "le département achats du client conteste la facture",
    "le syndicat des salariés demande l'accès aux logs",
    "on intervient dans la région lyonnaise et en région parisienne",
    "our IT department runs the helpdesk",
    "we are a private clinic with 40 staff",
])
def test_a_company_department_a_union_or_a_place_is_no_public_buyer(text):
    assert not public_buyer_named(text), text


def test_the_told_situations_read_the_same_public_buyer():
    sent = [s.name for s in told_situations("EN: how do we send our invoices to the contracting authority, is a PDF ok?")]
    assert "invoices_to_a_public_buyer" in sent
    assert "invoices_to_a_public_buyer" not in [s.name for s in told_situations(
        "notre département informatique veut recevoir nos factures en PDF par e-mail")]


# -- the declared situation told (no index) --------------------------------------------------------------------------------

def _situated(card_id, score, premise=(), qtype="what_happens_if"):
    return SimpleNamespace(card=SimpleNamespace(id=card_id, title=card_id, premise=premise, question_type=qtype,
                                                related_ids=()), score=score)


def test_a_close_card_whose_situation_is_stated_still_needs_the_kind_asked_and_retrieval():
    # s28 tried the relative margin alone (retrieval's find dropped, any kind when none is read): a story naming an
    # insolvency in passing then went to the card on filing a claim (test_answer_coverage_s18, the lease tied to the
    # maintenance); the s27 reading is kept
    best = _situated("card.interdependent_lease.fr", 0.71)
    told = _situated("card.insolvency_claim_filing.fr", 0.66, premise=("insolvency",), qtype="how_long")
    fits = lambda m: m.card.question_type == "how_long"  # noqa: E731
    assert situation_close([best, told], best, {told.card.id}, fits, 0.1) is told
    assert situation_close([best, told], best, set(), fits, 0.1) is None  # retrieval did not find it
    assert situation_close([best, told], best, {told.card.id}, lambda m: False, 0.1) is None  # no kind read, or another


# -- 4. the issues an answer adds: the user's words, written as sentences (no index) ----------------------------------------

@pytest.mark.parametrize("lang,key", [(lang, key) for lang in ("fr", "en") for key in (
    "subprocessing_abroad", "subprocessing", "personal_data_contract", "repeated_breach", "missed_commitment")])
def test_words_appended_for_the_search_raise_no_issue(lang, key):
    user = ("notre hotline de niveau 1 part chez un prestataire à Madagascar, on doit le dire à nos clients ?" if lang == "fr"
            else "our level-1 helpdesk is moving to a contractor in Madagascar; do we have to tell our customers?")
    expanded = f"{user} {say(lang, 'query.' + key)}"
    assert own_words(expanded) == user
    assert [r.issue.id for r in raised(expanded)] == [r.issue.id for r in raised(user)]


def test_the_users_own_words_still_raise_their_issue():
    q = "on veut que nos données sortent de l'UE le moins possible, qu'est-ce qu'on met dans le DPA ?"
    assert "transfers_in_dpa" in [r.issue.id for r in raised(f"{q} {say('fr', 'query.subprocessing_abroad')}")]


_GLUED = re.compile(r"\((regle de droit|rule of law|pratique de marche|market practice|exemple|example|position de negociation|"
                    r"negotiating position)\)\s?:")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_facet_is_a_sentence_with_no_title_glued_before_it(lang):
    entries = {e.id: e for e in __import__("assistant.knowledge.entries", fromlist=["load_entries"]).load_entries()}
    checked = 0
    for issue in ISSUES:
        entry = entries.get(f"{issue.entry}.{lang}")
        st = facet_statement(issue, entry) if entry is not None else None
        if st is None:
            continue
        for answers in (False, True):
            text = facet_text(issue, st, lang, answers=answers)
            name = issue.names.get(lang) or issue.names["en"]
            assert not _GLUED.search(fold(text)), text[:120]
            assert not fold(text).startswith(fold(name) + " ("), text[:120]
            assert st.text in text
        checked += 1
    assert checked >= 20


# -- 5. an unknown name qualifying a known thing is a detail (no index) -----------------------------------------------------

@pytest.fixture(scope="module")
def vocab():
    from assistant.knowledge.entries import load_entries

    return vocabulary(" ".join([e.title, e.body, *e.questions]) for e in load_entries())


@pytest.mark.parametrize("question,unknown", [
    ("le revendeur veut qu'on paie d'avance 3 ans de licences Autodesk, c'est normal ?", []),
    ("EN: our Zendesk helpdesk is run by a contractor in Tunisia, is that a transfer?", []),
    ("le prestataire gère aussi notre outil de tickets Freshdesk, il est sous-traitant ?", []),
    ("EN: what does HIPAA require of an MSP?", ["HIPAA"]),
    ("la norme HIPAA s'applique-t-elle à un infogéreur français ?", ["HIPAA"]),
    ("EN: does the ZORBX regulation apply to our hosting contract?", ["ZORBX"]),
])
def test_an_unknown_name_is_the_subject_only_when_it_is_not_a_detail(vocab, question, unknown):
    q = question[3:].strip() if question.startswith("EN:") else question
    assert unknown_anchors(q, vocab) == unknown


# -- index tier: the answers reach the card of the typed facts ----------------------------------------------------------------

# (question, role, card name, article pattern, verdict pattern of the opening)
FIRE = [
    # 1. a price never agreed
    ("le technicien de la vidéosurveillance est venu réparer les caméras un samedi, on n'avait jamais parlé de prix, il "
     "facture 1 800 €. il pouvait fixer ce montant tout seul ?", "client", "price_fixed_after_work_s27", r"1165",
     r"oui, en principe|oui, dans une certaine mesure"),
    ("EN: the integrator put in extra Wi-Fi access points in our warehouse and nobody mentioned a price beforehand. now the "
     "bill is steep, can they just name their price?", "client", "price_fixed_after_work_s27", r"1165",
     r"yes, as a rule|yes, within limits"),
    ("on a dépanné le réseau d'une pharmacie un dimanche, aucun tarif n'avait été fixé pour ce genre d'intervention. on "
     "peut facturer notre taux d'urgence ?", "msp", "price_fixed_after_work_s27", r"1165",
     r"oui, en principe|oui, dans une certaine mesure"),
    # 2. the criminal consequence asked
    ("le prestataire de notre cabinet comptable n'a jamais installé les mises à jour du pare-feu, nos fichiers clients ont "
     "fuité. en plus de l'indemnisation, il risque une sanction pénale ?", "client", "security_failure_criminal_s25",
     r"226-17", r"oui|possible"),
    ("EN: our payroll provider left a server without security updates for two years and employee payslips leaked. besides "
     "compensation, can the company face criminal prosecution?", "client", "security_failure_criminal_s25", r"226-17",
     r"yes|possible"),
    # 3. a public buyer in everyday words, paying in so many days
    ("le syndicat mixte qui nous a confié la maintenance de ses serveurs paie nos factures à 75 jours, c'est autorisé ?",
     "msp", "public_buyer_payment_deadline", r"2192-10", r"30 jours|delai|non|doit"),
    # 5. an unknown name qualifying a known thing
    ("le revendeur veut qu'on paie d'avance 3 ans de licences Autodesk, c'est normal ?", "client", "prepaid_commitment_s27",
     r"1212|1229", r"pas illegal"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card,article,verdict", FIRE)
def test_the_typed_facts_choose_the_card(app, question, role, card, article, verdict):
    ans, text = _ask(app, question, role)
    assert_reaches_card(ans, text, card, article, verdict)
    assert uncited_sentences(ans.answer) == [], _ids(ans)


# near-misses: the same words, another subject; never the card above
NEAR = [
    ("EN: our MSP announced a 6 % price rise for next year, can it do that without our consent?", "client",
     "price_fixed_after_work_s27"),
    ("notre infogérant a eu une fuite de données, qui doit prévenir la CNIL et dans quel délai ?", "client",
     "security_failure_criminal_s25"),
    ("EN: how do we send our invoices to the county council, is a PDF by e-mail enough?", "msp",
     "public_buyer_payment_deadline"),
    ("notre département informatique paie ses fournisseurs à 60 jours, c'est légal ?", "client",
     "public_buyer_payment_deadline"),
]


@pytest.mark.index
@pytest.mark.parametrize("question,role,card", NEAR)
def test_the_same_words_on_another_subject_get_another_card(app, question, role, card):
    ans, _ = _ask(app, question, role)
    assert not any(i.startswith(f"card.{card}.") for i in _ids(ans)[:1]), _ids(ans)


_UNIVERSITY = ("a French university pays our support invoices 80 days after receipt; what payment period applies to a "
               "contracting authority?")


@pytest.mark.index
def test_a_public_buyer_in_everyday_words_reaches_the_public_procurement_rules(app):
    ans, text = _ask(app, _UNIVERSITY, "msp")
    first = cards_by_id().get(_ids(ans)[0]) if _ids(ans) else None
    assert first is not None and any(c.startswith("Code de la commande publique") for c in first.rule.cites), _ids(ans)
    assert re.search(r"public procurement code", text), ans.answer[:300]


@pytest.mark.index
@pytest.mark.xfail(strict=True, reason="of the two public cards on payment the question's words stand closer to the one on "
                   "sending invoices (Chorus Pro) than to the payment period's; a told situation 'a public buyer paying in N "
                   "days' chose the period's card but cost an untuned answers_v20 answer (counted, never read), so it was left "
                   "out; 'what payment period applies' is not read as a how-long question")
def test_a_public_buyer_paying_in_so_many_days_gets_the_payment_period(app):
    ans, text = _ask(app, _UNIVERSITY, "msp")
    assert_reaches_card(ans, text, "public_buyer_payment_deadline", r"2192-10", r"30 days|within|must|period")


@pytest.mark.index
@pytest.mark.parametrize("question,role", [
    ("notre hotline de niveau 1 part chez un prestataire à Madagascar, on doit le dire à nos clients ?", "msp"),
    ("EN: we're moving our level-1 helpdesk to a contractor in Tunisia; do we have to tell our customers?", "msp"),
    ("EN: we outsource our N1 support to a firm in Morocco, must we inform our clients?", "msp"),
])
def test_no_title_is_glued_before_a_sentence_of_the_answer(app, question, role):
    ans, text = _ask(app, question, role)
    assert not _GLUED.search(text), ans.answer[:400]
    assert not re.search(r"je ne trouve rien|i find nothing", text), ans.answer[:300]  # "N1" qualifies the support
    assert re.search(r"28\(2\)|chapitre v|chapter v|art\. 4[456]", text), ans.answer[:400]
    assert uncited_sentences(ans.answer) == [], _ids(ans)


@pytest.mark.index
def test_a_norm_named_by_an_unknown_name_is_still_said_not_covered(app):
    ans, text = _ask(app, "la norme HIPAA s'applique-t-elle à un infogéreur français ?", "client")
    assert re.search(r"je ne trouve rien", text) and "hipaa" in fold(verdict_text(ans.answer)), ans.answer[:300]
