"""Classes of revision and question the chat got wrong on the blind dialogue sets dev_fresh_22 … dev_fresh_28 and on the
lead's own probes (issue 14, seventeenth session, second round):

- R. a change RELATIVE to a figure the draft (or the contract) itself wrote, not one the user gave: "augmente la
  redevance de 10 %", "cut the liability cap by a third", "un mois de plus pour la réversibilité": the figure now in
  the text, changed by that much, written back (dev_fresh_28, dev_fresh_27);
- V. a revision said to be done only when the text changed: an added obligation the offline drafter has no parameter
  for is written in as a numbered passage, in the user's words, or the answer says it was not applied;
- X. a figure with an exception attached ("un audit par an au maximum sauf incident", "one audit a year at most,
  except after a security incident"): the figure set, the exception kept in words, and a word inside the exception
  phrase removes nothing from the scope;
- Q. a question whether a party may refuse or do something ("le client peut-il refuser …", "can they refuse …") is a
  question, not a request for the other side's objections.

Every message is our own (FR and EN, several clauses, formal and casual), written for this batch before the fixes;
near-misses keep their reading. Each case is a short conversation run through the offline engine (no index).
Scores (all 37 items, run in the same session): 15/37 on the unfixed tree a5909c5, 37/37 after the fixes."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from assistant.text import fold
from tests.test_dialogue_classes_s16 import entries  # noqa: F401  (fixture)


def _engine(tmp_path, entries):  # noqa: F811
    from assistant.chat.composer import OfflineComposer
    from assistant.chat.conversation import ChatEngine
    from assistant.chat.store import ConversationStore

    return ChatEngine(retriever=None, composer=OfflineComposer(entries=entries, embeddings=None),
                      store=ConversationStore(tmp_path / "chat.db"),
                      drafter=SimpleNamespace(entries=entries, export_dir=tmp_path / "exports"))


def _talk(tmp_path, entries, turns, side, lang):  # noqa: F811
    """The public objects of each turn (the batch interface's), the last one last."""
    engine = _engine(tmp_path, entries)
    cid, outs = None, []
    for text in turns:
        out = engine.turn(text, conversation_id=cid, side=side, lang=lang)
        cid = out.conversation_id
        outs.append((out, engine.public(out)))
    return outs


def _text(pub) -> str:
    if pub["contract"] is not None:
        return fold(pub["contract"]["markdown"])
    return fold((pub["draft"] or {}).get("text") or "")


_FR_CONTRACT = "contrat d'infogérance pour un cabinet de géomètres, 18 postes sur 2 sites, heures ouvrées"
_EN_CONTRACT = "managed services agreement for a veterinary group, 22 users, 3 clinics, business hours"
_FR_FEE = _FR_CONTRACT + ", redevance de 2 000 € HT par mois"
_EN_FEE = _EN_CONTRACT + ", monthly fee of 1,800 EUR excl. VAT"

# (case, setup, message, side, lang, acceptable acts, the text must match, the text must not match, answer must not)
CASES = [
    # -- R. a figure of the draft changed by an amount or a share --------------------------------------------------------
    ("R1", [_FR_FEE], "augmente la redevance de 10 %", "msp", "fr", ["set_figure", "state_fact"],
     [r"2[ .\u202f]?200"], [r"2[ .\u202f]?000 (€|eur)"], []),
    ("R2", [_EN_FEE], "raise the monthly fee by 5%", "msp", "en", ["set_figure", "state_fact"],
     [r"1,?890"], [r"1,?800\b"], []),
    ("R3", ["contrat d'infogérance pour une agence de voyages, 12 postes, un site, la redevance mensuelle est de 2 500 € HT"],
     "baisse le prix mensuel de 20 %", "client", "fr", ["set_figure", "state_fact"], [r"2[ .\u202f]?000"],
     [r"2[ .\u202f]?500"], []),
    ("R4", [_EN_FEE], "ok knock the fee down by a third", "client", "en", ["set_figure", "state_fact"], [r"1,?200"],
     [r"1,?800\b"], []),
    ("R5", [_FR_CONTRACT], "baisse le plafond de responsabilité d'un tiers", "msp", "fr", ["set_figure"], [], [],
     [r"^[^\n]*(?:penalit|credits? de service)"]),
    ("R6", [_EN_CONTRACT], "cut the liability cap by a third", "client", "en", ["set_figure"], [], [],
     [r"^[^\n]*(?:penalt|service credit)"]),
    ("R7", ["rédige une clause de résiliation côté client"], "rajoute un mois au préavis", "client", "fr",
     ["set_figure"], [r"preavis de (2|deux) mois"], [r"preavis de (1|un) mois"], []),
    ("R8", [_EN_CONTRACT], "add two months to the notice", "msp", "en", ["set_figure"], [r"\b(5|five) months"], [], []),
    ("R9", [_FR_CONTRACT], "un mois de plus pour la réversibilité", "msp", "fr", ["set_figure"], [r"\b(4|quatre) mois"],
     [], []),
    ("R10", ["draft a non-solicitation clause for the provider"], "one year less", "msp", "en", ["set_figure"],
     [r"\b(12|twelve)( \(12\))? months after"], [r"\b24 months after"], [r"^I cannot|not understood"]),
    ("R11", ["rédige une clause de confidentialité équilibrée"], "une année de moins pour la confidentialité après la fin",
     "client", "fr", ["set_figure"], [r"\b(4|quatre)( \(4\))? ans"], [r"\b(5|cinq)( \(5\))? ans"], [r"^Je ne peux pas"]),
    ("R14", ["rédige une clause de réversibilité côté client"], "deux mois de plus", "client", "fr", ["set_figure"],
     [], [], [r"^Je ne peux pas"]),
    # near-misses: the amount asked about, not ordered
    ("R12", [_FR_FEE], "on peut augmenter la redevance de 10 % chaque année ?", "msp", "fr",
     ["question", "follow_up"], [r"2[ .\u202f]?000"], [r"2[ .\u202f]?200"], []),
    ("R13", [_EN_FEE], "is a 5% yearly increase of the fee usual?", "msp", "en", ["question", "follow_up"],
     [r"1,?800"], [r"1,?890"], []),

    # -- X. a figure with an exception attached ------------------------------------------------------------------------
    ("X1", ["rédige une clause d'audit côté prestataire"], "un audit par an au maximum sauf incident", "msp", "fr",
     ["set_figure", "add_remove"], [r"(une|1) fois par an|un audit par an|annuel", r"incident"],
     [r"ne sont pas vises ?: incident"], []),
    ("X2", ["draft an audit clause for the provider"], "one audit a year at most, except after a security incident",
     "msp", "en", ["set_figure", "add_remove"], [r"once (a|per)( contract)? year|one audit (a|per) year|annual", r"incident"], [],
     [r"removed from the scope"]),
    ("X3", ["rédige une clause d'audit côté client"], "pas plus de deux audits par an, hors contrôle demandé par la CNIL",
     "client", "fr", ["set_figure", "add_remove"], [r"(deux|2) fois par an|(deux|2) audits par an", r"cnil"], [], []),
    ("X4", ["draft an audit clause for the client"], "no more than one audit per year unless there is a data breach",
     "client", "en", ["set_figure", "add_remove"], [r"once (a|per)( contract)? year|one audit (a|per) year|annual", r"breach"], [],
     [r"removed from the scope"]),
    ("X5", ["rédige une clause d'audit équilibrée"], "un seul audit annuel, sauf en cas de violation de données",
     "msp", "fr", ["set_figure", "add_remove"], [r"(une|1) fois par an|un audit par an|annuel", r"violation"], [], []),

    # -- Q. may a party refuse / do something: a question ---------------------------------------------------------------
    ("Q1", ["rédige une clause de révision de prix côté prestataire, indexation Syntec"],
     "le client peut-il refuser l'indexation si elle est prévue au contrat ?", "msp", "fr", ["question", "follow_up"],
     [], [], []),
    ("Q2", ["draft a price revision clause for the provider, Syntec index"],
     "can they refuse the indexation if it's in the contract?", "msp", "en", ["question", "follow_up"], [], [], []),
    ("Q3", ["rédige la clause données personnelles côté prestataire"],
     "est-ce que le client peut refuser un nouveau sous-traitant ?", "msp", "fr", ["question", "follow_up"], [], [], []),
    ("Q4", ["draft an audit clause for the provider"], "can the client refuse to pay for the audit?", "msp", "en",
     ["question", "follow_up"], [], [], []),
    ("Q5", ["rédige une clause de responsabilité côté client"], "le presta peut il refuser de payer au-delà du plafond",
     "client", "fr", ["question", "follow_up"], [], [], []),
    ("Q6", ["draft a termination clause for the client"], "could they refuse to hand back our data if we owe them money?",
     "client", "en", ["question", "follow_up"], [], [], []),
    ("Q7", ["rédige une clause de réversibilité côté client"], "ont-ils le droit de refuser la réversibilité ?",
     "client", "fr", ["question", "follow_up"], [], [], []),
    # near-misses: what the other side will refuse / object to stays the objections
    ("Q8", ["rédige une clause de révision de prix côté prestataire, indexation Syntec"],
     "qu'est-ce que le client va refuser dans cette clause ?", "msp", "fr", ["objections"], [], [], []),
    ("Q9", ["draft an audit clause for the provider"], "what will they push back on?", "msp", "en", ["objections"],
     [], [], []),
]


@pytest.mark.parametrize("case, setup, message, side, lang, acts, has, lacks, answer_not", CASES,
                         ids=[c[0] for c in CASES])
def test_class(tmp_path, entries, case, setup, message, side, lang, acts, has, lacks, answer_not):  # noqa: F811
    out, pub = _talk(tmp_path, entries, [*setup, message], side, lang)[-1]
    assert out.act in acts, f"{case}: read as {out.act}: {out.answer.answer[:200]}"
    text = _text(pub)
    for rx in has:
        assert re.search(rx, text), f"{case}: /{rx}/ not in the text"
    for rx in lacks:
        assert not re.search(rx, text), f"{case}: /{rx}/ still in the text"
    for rx in answer_not:
        assert not re.search(rx, fold(out.answer.answer)), f"{case}: /{rx}/ in the answer: {out.answer.answer[:200]}"


# -- X (continued). a word inside an exception phrase removes nothing from the scope ------------------------------------
@pytest.mark.parametrize("case, setup, message, side, lang, service", [
    ("X6", [_EN_CONTRACT + ", security monitoring included"], "one audit a year at most, except after a security incident",
     "msp", "en", "security"),
    ("X7", [_FR_CONTRACT + ", sauvegarde incluse"], "un audit par an maximum, sauf perte de sauvegarde", "msp", "fr",
     "backup"),
], ids=["X6", "X7"])
def test_a_word_in_an_exception_removes_nothing(tmp_path, entries, case, setup, message, side, lang, service):  # noqa: F811
    before, _ = _talk(tmp_path, entries, setup, side, lang)[-1]
    assert service in before.conversation.scope().services, f"{case}: setup lacks {service}"
    out, _ = _talk(tmp_path / "b", entries, [*setup, message], side, lang)[-1]
    assert service in out.conversation.scope().services, f"{case}: {service} removed (read as {out.act})"


# near-miss: a service removed in words is removed
def test_a_service_removed_in_words_is_removed(tmp_path, entries):  # noqa: F811
    out, _ = _talk(tmp_path, entries, [_EN_CONTRACT + ", backup included", "remove backup from the scope"], "msp",
                   "en")[-1]
    assert "backup" not in out.conversation.scope().services


# -- V. a revision reported as done only when the text changed -------------------------------------------------------------
REVISIONS = [
    ("V1", "rédige la clause données personnelles côté client",
     "ajoute qu'il doit nous prévenir 30 jours avant tout nouveau sous-traitant", "client", "fr"),
    ("V2", "draft the data protection clause for the client",
     "add that they must warn us 30 days before any new sub-processor", "client", "en"),
    ("V3", "rédige une clause d'audit côté client", "ajoute que l'auditeur doit être indépendant du prestataire",
     "client", "fr"),
    ("V4", "draft a liability clause for the client", "add that the provider keeps professional liability insurance",
     "client", "en"),
    ("V5", "rédige une clause de réversibilité côté client",
     "précise que le prestataire remet un plan de réversibilité mis à jour chaque année", "client", "fr"),
    ("V6", "draft an exit clause for the client", "also say the provider must keep the runbooks up to date",
     "client", "en"),
]


@pytest.mark.parametrize("case, setup, message, side, lang", REVISIONS, ids=[c[0] for c in REVISIONS])
def test_a_revision_said_done_changed_the_text(tmp_path, entries, case, setup, message, side, lang):  # noqa: F811
    turns = _talk(tmp_path, entries, [setup, message], side, lang)
    (_, before), (out, after) = turns
    head = re.sub(r"\([^)]*\)", "", fold(out.answer.answer).split("\n")[0])  # the user's own words quoted aside
    said_done = re.search(r"\b(revise\w*|modifie\w*|updated|mis a jour)\b", head)
    changed = _text(before) != _text(after)
    assert changed or not said_done, f"{case}: said revised, text unchanged: {out.answer.answer[:200]}"
    assert changed or re.search(r"\b(deja|already)\b", fold(out.answer.answer)), \
        f"{case}: the addition was not written in, nor said to be there: {out.answer.answer[:200]}"
