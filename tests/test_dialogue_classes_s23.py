"""Classes of turns the chat got wrong on the dev half of the dialogue sets and on the answer sets (issue 14,
twenty-third session), each written as a generalisation batch BEFORE the fixes (first run recorded in the session's
report):

- A. a fact told right after a question, with no question of its own ("ils ont loupé 5 interventions sur 8"): the
  question on the table asked again in light of that fact, not a search on the fact's own words; a new question, a
  scope fact for a contract in progress or a fact told after a clause stays what it is;
- B. a short follow-up after an answer ("et s'ils le font quand même ?"): the previous question carried with it;
- C. a count corrected ("make it 14 machines"), two single places joined by "+" ("1 atelier + 1 boutique" = 2 sites),
  a figure of the contract set with "au lieu de" ("mets 2 visites par mois au lieu d'une"), customers' phone numbers or
  recorded calls held by the provider (personal data), a clause asked "en ma faveur", a first message that prepares an
  offer for a customer (a contract), a question about the other party's role (a question, not objections);
- D. a legal question the act routes sent astray: a settlement offered with an amount (not a figure of the disputes
  clause), a "transaction" proposed (not the disputes clause), what to put in a notice to the CNIL after an intrusion
  (not off topic), a restore time promised then missed, asked whether we owe (not the obligations engine's means or
  result), the former provider refusing to hand over to the new one (not objections), an acceptance report signed
  with defects (not off topic).

Every message is our own (FR and EN, casual, typos, figures in words, both speaker sides), written for this batch
before the fixes. Each case is a short conversation run through the offline engine (no index), or the slot reader."""

from __future__ import annotations

import re

import pytest

from assistant.chat.slots import read_slots
from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


def _run(tmp_path, entries, turns, side, lang):  # noqa: F811
    """The last turn's result, its public view and the conversation's state after it."""
    return run_turns(tmp_path, entries, turns, side, lang)


def _asked(out) -> str:
    """The question the turn's answering tool was given (empty when no question was answered)."""
    return next((str(o.extra.get("question") or "") for o in out.outputs if o.tool == "answer_question" and o.ok), "")


def _fold(text: str) -> str:
    from assistant.text import fold

    return fold(text)


# -- A. a fact told right after a question --------------------------------------------------------------------------
# (case, the question, the fact told next, side, lang, a word of the question the next search must still carry)
FACT_AFTER_QUESTION = [
    ("A1", "notre infogéreur est vraiment mauvais, on a un contrat de 3 ans, on peut s'en aller avant ?",
     "ils ont loupé 5 interventions sur 8 en mars alors que le contrat dit 4h", "client", "fr", r"aller|avant"),
    ("A2", "our MSP keeps letting us down, can we get out of the contract early?",
     "they missed the fix time on 6 of the last 9 P1 tickets", "client", "en", r"early|get out"),
    ("A3", "le client menace de ne pas payer la facture de mars, il a le droit ?",
     "on a eu deux jours de panne de messagerie ce mois-là", "msp", "fr", r"payer|facture"),
    ("A4", "can the customer hold back our invoice?",
     "we had a 2 day outage on their email last month", "msp", "en", r"invoice|hold back"),
    ("A5", "le presta nous reclame des frais de sortie, c'est normal ?",
     "c'est 3 mois de redevance, et rien n'est écrit dans le contrat la dessus", "client", "fr", r"frais|sortie"),
    ("A6", "they want to charge us for handing back our data at the end, is that allowed?",
     "nothing in the contract about it, and they quoted twelve grand", "client", "en", r"handing back|data"),
    ("A7", "qu'est-ce qu'on risque si on arrete le contrat maintenant ?",
     "il reste 20 mois et la redevance est de 1500 euros", "client", "fr", r"risque|arrete"),
]


@pytest.mark.parametrize("case, question, fact, side, lang, carried", FACT_AFTER_QUESTION,
                         ids=[c[0] for c in FACT_AFTER_QUESTION])
def test_a_fact_told_after_a_question_asks_it_again(tmp_path, entries, case, question, fact, side, lang,  # noqa: F811
                                                    carried):
    out, pub, state = _run(tmp_path, entries, [question, fact], side, lang)
    assert out.act in ("follow_up", "question", "state_fact"), f"{case}: read as {out.act}"
    assert state.last.tool == "answer_question", f"{case}: the last tool was {state.last.tool}"
    assert re.search(carried, _fold(_asked(out))), f"{case}: the question asked was {_asked(out)!r}"
    assert pub["answer"].strip()


@pytest.mark.parametrize("turns, side, lang, act, fresh", [
    # near-misses: a new question of its own (its own words searched), a scope fact for the contract in progress,
    # a fact told after a clause was drafted (the clause's reading), a greeting-like acknowledgement
    (["on peut partir avant la fin du contrat ?", "et la clause de confidentialité, elle dure combien de temps ?"],
     "client", "fr", ("question", "follow_up"), r"confidentialit"),
    (["contrat d'infogérance pour un garage, 6 postes, 1 site", "en fait on est 9 postes"], "msp", "fr",
     ("state_fact", "set_figure"), None),
    (["draft a liability clause for the customer, cap 12 months of fees", "we're 40 users by the way"], "client", "en",
     ("state_fact", "set_figure", "follow_up"), None),
])
def test_a_new_question_or_a_fact_for_the_table_stays_itself(tmp_path, entries, turns, side, lang, act,  # noqa: F811
                                                             fresh):
    out, _pub, state = _run(tmp_path, entries, turns, side, lang)
    assert out.act in act, out.act
    if fresh:
        assert re.search(fresh, _fold(_asked(out))), _asked(out)
        assert not _fold(_asked(out)).startswith(_fold(turns[0])), _asked(out)  # its own words asked first


# -- B. a short follow-up after an answer -----------------------------------------------------------------------------
FOLLOW_UPS = [
    ("B1", "notre prestataire veut héberger nos sauvegardes au Canada, on peut s'y opposer ?",
     "et s'il le fait quand meme sans rien dire ?", "client", "fr", r"canada|sauvegard|oppos"),
    ("B2", "can our MSP move our backups to a US cloud without asking us?", "and if they do it anyway?", "client", "en",
     r"backup|us cloud|without asking"),
    ("B3", "le client veut nous imposer des pénalités sans plafond, on doit accepter ?", "et si on refuse ?", "msp", "fr",
     r"penalit|plafond"),
    ("B4", "is a 36 month minimum term normal for a managed services deal?", "and what if we leave after a year?",
     "client", "en", r"36|term"),
]


@pytest.mark.parametrize("case, question, follow, side, lang, carried", FOLLOW_UPS, ids=[c[0] for c in FOLLOW_UPS])
def test_a_short_follow_up_carries_the_question(tmp_path, entries, case, question, follow, side, lang,  # noqa: F811
                                                carried):
    out, _pub, state = _run(tmp_path, entries, [question, follow], side, lang)
    assert out.act in ("follow_up", "question"), f"{case}: read as {out.act}"
    assert re.search(carried, _fold(_asked(out))), f"{case}: the question asked was {_asked(out)!r}"


# -- C. counts corrected, places joined, a figure set "instead of", personal data told, a clause in my favour ----------
_CONTRACT_EN = ("managed services contract for a climbing gym, 2 halls, 10 staff PCs plus the front desk kiosks, "
                "support 9am to 10pm every day")
_CONTRACT_FR = "contrat d'infogérance pour une salle d'escalade, 2 salles, 10 postes, support 9h-22h tous les jours"

CORRECTIONS = [
    ("C1", [_CONTRACT_EN], "actually make it 13 machines, I forgot the three in the back office", "msp", "en",
     {"users": 13}),
    ("C2", [_CONTRACT_EN], "sorry it's twelve PCs not ten", "msp", "en", {"users": 12}),
    ("C3", [_CONTRACT_FR], "finalement mets 14 postes, j'avais oublié ceux de l'accueil", "msp", "fr", {"users": 14}),
    ("C4", [_CONTRACT_FR], "non c'est 11 postes en fait", "client", "fr", {"users": 11}),
]


@pytest.mark.parametrize("case, setup, message, side, lang, scope", CORRECTIONS, ids=[c[0] for c in CORRECTIONS])
def test_a_count_corrected_is_the_new_count(tmp_path, entries, case, setup, message, side, lang, scope):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, [*setup, message], side, lang)
    assert out.act in ("set_figure", "state_fact"), f"{case}: read as {out.act}"
    for key, value in scope.items():
        assert pub["state"]["scope"][key] == value, f"{case}: {key} = {pub['state']['scope'][key]}"


PLACES = [
    ("P1", "contrat pour une boulangerie, 8 postes, 1 fournil + 1 boutique", {"sites": 2, "users": 8}),
    ("P2", "1 atelier + 1 showroom, 12 postes", {"sites": 2, "users": 12}),
    ("P3", "a bakery: one kitchen + one shop, 7 users", {"sites": 2, "users": 7}),
    ("P4", "1 entrepôt + 2 agences, 20 salariés", {"sites": 3, "users": 20}),
    # near-misses: one place counted with a room inside it; a person added, no place
    ("PN1", "1 site avec 1 salle serveur, 15 postes", {"sites": 1, "users": 15}),
    ("PN2", "1 bureau + 1 commercial itinérant, 6 postes", {"sites": 1, "users": 6}),
]


@pytest.mark.parametrize("case, text, facts", PLACES, ids=[c[0] for c in PLACES])
def test_single_places_joined_are_counted(case, text, facts):
    read = read_slots(text, side_hint="msp").facts
    for key, value in facts.items():
        assert read.get(key) == value, f"{case}: {key} read {read.get(key)}"


@pytest.mark.parametrize("setup, message, side, lang, act", [
    # a figure of the contract set "au lieu de" / "instead of": a figure set, not a fact stated
    (["contrat d'infogérance pour un cabinet d'archives, 20 postes, 1 site, 1 visite sur site par mois"],
     "mets 3 visites sur site par mois au lieu d'une", "msp", "fr", "set_figure"),
    (["managed services contract for a law firm, 15 users, one office, one on-site visit a month"],
     "make it two on-site visits a month instead of one", "msp", "en", "set_figure"),
    (["contrat d'infogérance pour un cabinet d'archives, 20 postes, 1 site, 1 visite sur site par mois"],
     "passe a deux visites par mois plutot qu'une", "msp", "fr", "set_figure"),
])
def test_a_contract_figure_set_instead_of_another(tmp_path, entries, setup, message, side, lang, act):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, [*setup, message], side, lang)
    assert out.act == act, out.act


@pytest.mark.parametrize("text, personal", [
    ("les appels enregistrés passent par leurs serveurs, avec les numéros des clients", True),
    ("call recordings with our customers' phone numbers sit on their servers", True),
    ("ils stockent les enregistrements des appels de nos clients", True),
    ("le fichier clients avec les numeros de telephone est chez eux", True),
    # near-misses: numbers that are no one's, a server with no data about people named
    ("les numéros de série des serveurs sont dans leur outil", None),
    ("they keep the ticket numbers on their servers", None),
])
def test_customers_phone_numbers_and_calls_are_personal_data(text, personal):
    assert read_slots(text, side_hint="client").facts.get("personal_data") is personal, text


@pytest.mark.parametrize("setup, message, side, lang, topic, position", [
    (["le presta veut sous-traiter a qui il veut, je peux refuser ?"], "fais moi une clause de sous traitance en ma faveur",
     "client", "fr", "subcontracting_assignment", "client"),
    ([], "write me a subcontracting clause in my favour", "client", "en", "subcontracting_assignment", "client"),
    ([], "redige une clause de confidentialite en ma faveur", "msp", "fr", "confidentiality", "msp"),
    ([], "a liability clause that favours us please", "msp", "en", "liability", "msp"),
])
def test_a_clause_in_my_favour_is_drafted(tmp_path, entries, setup, message, side, lang, topic,  # noqa: F811
                                          position):
    out, pub, _state = _run(tmp_path, entries, [*setup, message], side, lang)
    assert out.act == "draft_clause", out.act
    assert pub["draft"] and pub["draft"]["topic"] == topic, pub["draft"] and pub["draft"]["topic"]
    assert pub["draft"]["position"] == position


@pytest.mark.parametrize("message, side, lang, act", [
    ("je prépare une offre pour une école de danse : 12 postes, 1 site, heures ouvrées, support et supervision sans la "
     "téléphonie", "msp", "fr", "draft_contract"),
    ("preparing a proposal for a music school: 20 teacher PCs, one site, business hours, support and monitoring, no "
     "printers", "msp", "en", "draft_contract"),
    ("on monte une proposition pour une médiathèque, 15 postes, 2 sites, on fait la sauvegarde et le support",
     "msp", "fr", "draft_contract"),
    # near-misses: a clause asked for the offer, a question about an offer
    ("je prépare une offre, rédige juste la clause de réversibilité côté presta", "msp", "fr", "draft_clause"),
    ("dans une offre d'infogérance, on doit mettre un plafond de responsabilité ?", "msp", "fr", "question"),
])
def test_an_offer_prepared_is_a_contract_request(tmp_path, entries, message, side, lang, act):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, [message], side, lang)
    assert out.act == act, out.act


@pytest.mark.parametrize("turns, side, lang", [
    (["les documents qu'on numérise sont des dossiers RH de leurs clients", "on est sous-traitant rgpd du coup ?",
      "et eux ils sont quoi vis-à-vis de leurs propres clients ?"], "msp", "fr"),
    (["we scan HR files for our customer's own clients", "are we a processor then?",
      "and what are they towards their own clients?"], "msp", "en"),
])
def test_the_other_partys_role_asked_is_a_question(tmp_path, entries, turns, side, lang):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, turns, side, lang)
    assert out.act in ("question", "follow_up"), out.act


# -- D. legal questions the act routes sent astray ----------------------------------------------------------------------
ASTRAY = [
    ("D1", [], "l'ancien presta nous propose 8 000 euros pour solder le litige, on accepte ou pas ?", "client", "fr"),
    ("D2", [], "our old MSP offers us 5k to settle and drop the claim, should we take it?", "client", "en"),
    ("D3", [], "l'ancien infogéreur nous propose une transaction, c'est quoi les risques ?", "client", "fr"),
    ("D4", [], "the former provider suggests a settlement agreement, what should we watch for?", "client", "en"),
    ("D5", ["notre messagerie a été piratée hier, des mails clients sont partis"],
     "on doit mettre quoi dans la notification a la cnil ?", "client", "fr"),
    ("D6", ["someone got into our mailbox and read customer emails"], "what goes in the notice to the regulator?",
     "client", "en"),
    ("D7", [], "we guarantee a 4h restore and it took us 2 days last week, do we owe them something?", "msp", "en"),
    ("D8", [], "on garantit une restauration en 4h, ça a pris 30h, on leur doit quoi ?", "msp", "fr"),
    ("D9", [], "l'ancien presta refuse de former le nouveau, on fait comment ?", "client", "fr"),
    ("D10", [], "the outgoing MSP won't do any handover to the new one, what can we do?", "client", "en"),
    ("D11", [], "on a signé le PV de recette avec des réserves, le presta peut facturer quand même ?", "msp", "fr"),
    ("D12", [], "we signed the acceptance report with a list of defects, can they invoice the project now?", "client",
     "en"),
]


@pytest.mark.parametrize("case, setup, message, side, lang", ASTRAY, ids=[c[0] for c in ASTRAY])
def test_legal_questions_are_not_sent_astray(tmp_path, entries, case, setup, message, side, lang):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, [*setup, message], side, lang)
    assert out.act in ("question", "follow_up"), f"{case}: read as {out.act}"
    assert pub["answer"].strip()


@pytest.mark.parametrize("setup, message, side, lang, act", [
    # near-misses: the disputes clause asked, the obligation's kind asked, objections asked, an aside off topic
    ([], "rédige une clause de règlement des litiges avec médiation préalable", "msp", "fr", "draft_clause"),
    ([], "is a 4h restore an obligation of means or of result?", "msp", "en", "obligations"),
    (["rédige la clause de réversibilité côté presta"], "qu'est-ce que le client va contester ?", "msp", "fr",
     "objections"),
    ([], "tu connais un bon resto pour un pot de départ ?", "client", "fr", "out_of_scope"),
])
def test_near_misses_keep_their_act(tmp_path, entries, setup, message, side, lang, act):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, [*setup, message], side, lang)
    assert out.act == act, out.act
