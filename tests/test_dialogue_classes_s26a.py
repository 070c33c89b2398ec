"""Classes of turns still misread after the twenty-fifth session (issue 14, twenty-sixth session, helper s26-dia0), each
written as a generalisation batch BEFORE its fix, every message our own (other sectors and wordings than the sets, FR and
EN, both sides, casual wording):

- A. the whole contract asked for while a clause is on the table ("fais-moi le contrat complet", "now the whole
  agreement") is a contract to write; an export asks for the file (Word, docx, pdf, download, télécharger, envoyer le
  fichier);
- B. a judgement asked on a term the user states ("responsabilité illimitée… c'est bien pour nous ?", "uncapped for them,
  is that OK for us?"): the answer says for whom it is good or bad and why;
- C. a short clause brought alone (one or two sentences, in quotes or after a colon, with at most a short lead-in and
  nothing asked): reviewed for the user's side, not read as a figure to set, a clause to draft or a question.

Each case is a short conversation run through the offline engine (no index, no learned reader)."""

from __future__ import annotations

import re

import pytest

from assistant.text import fold
from tests.dialogue_helpers import run_turns
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


def _run(tmp_path, entries, turns, side, lang):  # noqa: F811
    return run_turns(tmp_path, entries, turns, side, lang)


# -- A. the whole contract, with a clause on the table ----------------------------------------------------------------
WHOLE = [
    ("A1", "msp", "fr", "rédige la clause de confidentialité côté presta", "fais-moi le contrat complet maintenant"),
    ("A2", "client", "en", "draft the data protection clause on our side, we're the customer", "now the whole agreement please"),
    ("A3", "client", "fr", "rédige la clause de pénalités côté client", "ok maintenant le contrat en entier stp"),
    ("A4", "msp", "en", "write the exit clause for us, the provider", "ok now the complete contract"),
    ("A5", "msp", "fr", "rédige la clause d'audit côté presta", "et le contrat entier, tu peux ?"),
    ("A6", "client", "en", "draft a termination clause for the customer side", "next: the full agreement, same side"),
    ("A7", "msp", "fr", "écris la clause de révision de prix côté prestataire", "génère l'ensemble du contrat"),
]


@pytest.mark.parametrize("case, side, lang, setup, message", WHOLE, ids=[c[0] for c in WHOLE])
def test_a_the_whole_contract_is_drafted_not_exported(tmp_path, entries, case, side, lang, setup, message):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, [setup, message], side, lang)
    assert out.act == "draft_contract", f"{case}: read as {out.act}"
    assert pub["contract"] is not None and pub["contract"]["markdown"], case


FILE_ASKED = [
    ("A8", "msp", "fr", "rédige la clause d'audit côté presta", "télécharger le contrat complet"),
    ("A9", "msp", "en", "draft the exit clause for us, the provider", "download the full contract as a word file"),
    ("A10", "client", "fr", "rédige la clause de pénalités côté client", "envoie-moi le fichier word"),
    ("A11", "client", "en", "managed services contract for our bakery chain, 14 users, 3 shops", "export the complete agreement to docx"),
]


@pytest.mark.parametrize("case, side, lang, setup, message", FILE_ASKED, ids=[c[0] for c in FILE_ASKED])
def test_a_the_file_asked_is_an_export(tmp_path, entries, case, side, lang, setup, message):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, [setup, message], side, lang)
    assert out.act == "export", f"{case}: read as {out.act}"


def test_a_with_a_contract_made_the_final_version_is_still_an_export(tmp_path, entries):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, ["contrat d'infogérance pour un cabinet de kinés, 6 postes, 1 site",
                                                 "génère-moi la version finale"], "msp", "fr")
    assert out.act == "export", out.act


# -- B. a stated term judged for the user's side ---------------------------------------------------------------------
# the answer says for whom (the user's side named) and whether it is good or bad for it
_FOR_WHOM = {"msp": r"prestataire|provider", "client": r"client|customer"}
_BAD = r"defavorable|pas favorable|risque|expose|unfavourable|not favourable|against you|risk|expos"
_GOOD = r"(?<!de)(?<!pas )favorable|(?<!un)favourable|in your favou?r|protects? you|vous protege"

TERMS = [
    # a provider told its liability would be unlimited: bad for it
    ("B1", "msp", "fr", ["le client veut une responsabilité illimitée pour nous… c'est bien pour nous ?"], _BAD),
    ("B2", "msp", "en", ["their draft makes our liability uncapped, is that OK for us?"], _BAD),
    # a client told the provider's liability is unlimited: good for it
    ("B3", "client", "fr", ["responsabilité illimitée du prestataire, c'est bien pour nous ça ?"], _GOOD),
    ("B4", "client", "en", ["the provider's liability is uncapped in their terms. is that good for us?"], _GOOD),
    # penalties as the sole remedy: bad for a client, good for a provider
    ("B5", "client", "fr", ["les pénalités sont libératoires dans leur contrat, c'est bon pour nous ?"], _BAD),
    ("B6", "msp", "en", ["service credits would be the customer's sole remedy. is that good for us?"], _GOOD),
]


@pytest.mark.parametrize("case, side, lang, turns, verdict", TERMS, ids=[c[0] for c in TERMS])
def test_b_a_stated_term_is_judged_for_the_users_side(tmp_path, entries, case, side, lang, turns, verdict):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, turns, side, lang)
    assert out.act in ("question", "follow_up", "review"), f"{case}: read as {out.act}"
    low = fold(pub["answer"])
    head = low.split("\n\n")[0]
    assert "je ne trouve rien" not in head and "i find nothing" not in head, f"{case}: {pub['answer'][:300]}"
    assert re.search(_FOR_WHOM[side], head), f"{case}: {pub['answer'][:300]}"
    assert re.search(verdict, head), f"{case}: {pub['answer'][:300]}"


def test_b_a_term_judged_after_its_definition(tmp_path, entries):  # noqa: F811
    # the term asked about first, then whether it is good for us: the term of the last question is judged
    out, pub, _state = _run(tmp_path, entries, ["their terms say: 'The Supplier's liability under this Agreement is unlimited.' "
                                                "what does unlimited cover exactly?", "and is that good for us?"],
                            "msp", "en")
    head = fold(pub["answer"]).split("\n\n")[0]
    assert re.search(_FOR_WHOM["msp"], head) and re.search(_BAD, head), pub["answer"][:300]


# -- C. a short clause brought alone: reviewed ------------------------------------------------------------------------
ALONE = [
    ("C1", "client", "fr", "leur clause : « Le Client règle les factures à 15 jours fin de mois. »"),
    ("C2", "client", "en", "clause 7: The Customer waives any claim for indirect loss, including loss of data."),
    ("C3", "msp", "en", "the client wants this: 'The Provider's liability is unlimited for any breach of the Agreement.'"),
    ("C4", "client", "fr", "« Les pénalités sont libératoires et plafonnées à 5 % de la redevance mensuelle. »"),
    ("C5", "client", "fr", "article 9 de leur projet : « Le Prestataire peut sous-traiter tout ou partie des services sans accord du Client. »"),
    ("C6", "msp", "en", "\"The Provider shall restore any lost data within 2 hours, whatever the cause of the loss.\""),
    ("C7", "client", "en", "their draft, section 4: 'Fees may be increased by the Supplier once a year at its discretion.'"),
]


@pytest.mark.parametrize("case, side, lang, message", ALONE, ids=[c[0] for c in ALONE])
def test_c_a_short_clause_alone_is_reviewed(tmp_path, entries, case, side, lang, message):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, [message], side, lang)
    assert out.act == "review", f"{case}: read as {out.act}"
    low = fold(pub["answer"])
    assert "je ne trouve rien" not in low and "i find nothing" not in low, f"{case}: {pub['answer'][:400]}"
    assert re.search(r"relecture|review", low), f"{case}: {pub['answer'][:300]}"


NOT_ALONE = [
    # a figure set on the clause on the table, after a colon: no clause brought
    ("C8", "msp", "fr", ["rédige la clause de résiliation côté presta", "préavis : 4 mois"], ("set_figure", "follow_up")),
    # a clause quoted with a question asked of it: answered
    ("C9", "client", "en", ["'The Supplier may suspend the Services if any invoice is unpaid for 10 days.' can they do that?"],
     ("question",)),
    # a clause quoted to be rewritten: drafted
    ("C10", "client", "fr", ["réécris-la en notre faveur : « Le Prestataire peut modifier ses tarifs chaque année sans préavis. »"],
     ("draft_clause",)),
    # a fact told after a colon
    ("C11", "msp", "fr", ["le contexte : un cabinet d'architectes, 12 postes, 2 sites"], ("state_fact", "draft_contract")),
]


@pytest.mark.parametrize("case, side, lang, turns, acts", NOT_ALONE, ids=[c[0] for c in NOT_ALONE])
def test_c_near_misses_keep_their_reading(tmp_path, entries, case, side, lang, turns, acts):  # noqa: F811
    out, _pub, _state = _run(tmp_path, entries, turns, side, lang)
    assert out.act in acts, f"{case}: read as {out.act}"


# -- D. a quoted clause asked "je signe ?", "thoughts?": its terms judged for the user's side, each point said once -------
# (written with the fix of B, which it extends: the same judgement on the question route)
QUOTED_JUDGED = [
    ("D1", "msp", "fr", "la mairie nous renvoie : « Le Prestataire garantit qu'aucune attaque informatique n'affectera le "
                        "réseau du Client. » on signe ?", _BAD),
    ("D2", "msp", "en", "the hospital's lawyer added: 'The Provider's liability under this Agreement shall be unlimited.' "
                        "should we accept?", _BAD),
    ("D3", "client", "en", "the MSP's terms say: 'Service credits are the Customer's sole and exclusive remedy for any "
                           "failure.' ok for us?", _BAD),
]


@pytest.mark.parametrize("case, side, lang, message, verdict", QUOTED_JUDGED, ids=[c[0] for c in QUOTED_JUDGED])
def test_d_a_quoted_clause_judged_says_for_whom(tmp_path, entries, case, side, lang, message, verdict):  # noqa: F811
    out, pub, _state = _run(tmp_path, entries, [message], side, lang)
    assert out.act in ("question", "review"), f"{case}: read as {out.act}"
    low = fold(pub["answer"])
    assert re.search(r"(defavorable|unfavourable|favourable|favorable)[^.\n]{0,20}(votre cote|your side)", low), \
        f"{case}: {pub['answer'][:400]}"
    assert re.search(verdict, low), case
    # the point judged is not listed a second time by the review that follows
    first = re.search(r"(?:votre cote|your side) \([^)]*\) ?: (.{30})", low)
    assert first and low.count(first.group(1)) == 1, f"{case}: {pub['answer'][:600]}"
