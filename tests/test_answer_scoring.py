"""The answer-evaluation scoring on hand-made answers: per-sentence citation, verdict in
the opening, "fully correct", the case-file loader and the v2 question set itself.
Fast: no index, no assistant."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from evaluations import answers as ev
from evaluations.answer_scoring import (answer_sentences, every_sentence_cited, matches, uncited_sentences,
                                        verdict_ok, verdict_text)

V2 = Path(ev.__file__).resolve().parent / "answers_v2.yaml"
NOTICE_FR = "ℹ️ Information générale, pas un conseil juridique : faites relire le contrat final par un avocat."
NOTICE_EN = "ℹ️ General information, not legal advice: have the final contract reviewed by a lawyer."

GOOD_FR = f"""**Réponse**
Pas forcément : une indemnité de 100 % des mois restants peut être réduite par le juge [1]. \
Le juge peut réduire une pénalité manifestement excessive (art. 1231-5) [1].

Côté client :
- Négociez une indemnité dégressive, par exemple 50 % des redevances restantes. [2]

{NOTICE_FR}"""


@dataclass
class Cit:
    ref: int
    id: str
    labels: list[str] = field(default_factory=list)


@dataclass
class Ans:
    answer: str
    citations: list[Cit]
    intent: str = "question"
    language: str = "fr"


class FullSupport:
    """Every cited entry vouches for every sentence: citation precision is not under test here."""

    def support(self, sentence: str, entry_id: str) -> float:
        return 1.0


def case(**kw) -> dict:
    c = {"q": "y a une clause 100 % des mois restants, normal ?", "lang": "fr", "role": "client",
         "intent": "question", "kind": "answerable", "labels": ["term:penalty_clause"],
         "verdict": ["pas forcément|ça dépend"], "must": [["1231-5"], ["dégressi|50 ?%"]],
         "must_not": ["non-sollicitation"], "must_not_in_context": [], "qtype": "is_it_normal", "split": "untuned"}
    c.update(kw)
    return c


def cits(*labels: str) -> list[Cit]:
    return [Cit(1, "term.penalty_clause.fr", list(labels) or ["term:penalty_clause"]),
            Cit(2, "clause.termination.client.fr", ["topic:termination"])]


# ---------------------------------------------------------------- sentences and citations
def test_notice_headings_and_labels_are_not_sentences():
    sents = answer_sentences(GOOD_FR)
    assert len(sents) == 3
    assert not any("conseil juridique" in s or s.startswith("**Réponse") or s.startswith("Côté client")
                   for s in sents)
    assert sents[0].startswith("Pas forcément")


def test_marker_after_the_full_stop_belongs_to_its_sentence():
    sents = answer_sentences("Le juge peut réduire la pénalité. [1] Le contrat peut aussi la plafonner. [2]")
    assert sents == ["Le juge peut réduire la pénalité [1].", "Le contrat peut aussi la plafonner [2]."]
    assert not uncited_sentences("Le juge peut réduire la pénalité. [1] Le contrat peut aussi la plafonner. [2]")


def test_paragraph_with_one_final_marker_leaves_its_first_sentence_uncited():
    text = ("La GTR porte sur le rétablissement du service. Elle vaut en principe obligation de résultat. [1]\n\n"
            + NOTICE_FR)
    assert uncited_sentences(text) == ["La GTR porte sur le rétablissement du service."]
    assert not every_sentence_cited(text)


def test_fully_cited_answer_and_short_sentences():
    assert every_sentence_cited(GOOD_FR)
    # "Non." needs no citation (fewer than three words) but counts in the verdict
    text = "Non. Le client doit d'abord adresser une mise en demeure (art. 1225) [1].\n\n" + NOTICE_FR
    assert every_sentence_cited(text)
    assert verdict_text(text).startswith("non.")


def test_answer_with_only_the_notice_is_not_cited():
    assert not every_sentence_cited(NOTICE_EN)
    assert not every_sentence_cited("")


def test_label_line_with_markers_counts_as_cited():
    text = "Related clauses: Service levels [2], Penalties [3]\n\n" + NOTICE_EN
    assert answer_sentences(text) == ["Related clauses: Service levels [2], Penalties [3]"]
    assert every_sentence_cited(text)


def test_refusal_sentence_needs_no_citation():
    text = "Je ne trouve rien sur ce point dans ma base de connaissances, reformulez votre question.\n\n" + NOTICE_FR
    assert uncited_sentences(text) == []
    assert not every_sentence_cited(text)  # nothing cited at all: not a cited answer


# ---------------------------------------------------------------- verdict
def test_verdict_reads_only_the_first_two_sentences():
    late = ("Une clause de sortie règle le préavis et l'indemnité [1]. Le préavis est souvent de 3 mois [1]. "
            "Ce n'est donc pas forcément normal [1].")
    assert not verdict_ok(["pas forcément"], late)
    assert verdict_ok(["pas forcément"], GOOD_FR)


def test_verdict_is_accent_and_case_insensitive():
    assert verdict_ok(["ça dépend"], "CA DEPEND de qui contrôle les serveurs [1]. Autre phrase [1].")
    assert verdict_ok(["\\byes\\b"], "**Short answer**\nYes: between businesses it is valid (art. 1215) [1].")


def test_verdict_ignores_the_heading_and_markers():
    text = "## Réponse\n**Règle**\nOui [1]. Entre professionnels la clause est valable [2]."
    assert verdict_text(text) == "oui. entre professionnels la clause est valable."


# ---------------------------------------------------------------- fully correct
def test_fully_correct_needs_every_condition():
    c = case()
    good = ev.score_answer(c, Ans(GOOD_FR, cits()), FullSupport())
    assert good["fully"] and good["verdict_ok"] and good["all_cited"] and good["all"] and not good["errors"]

    no_verdict = GOOD_FR.replace("Pas forcément : une", "Une")
    s = ev.score_answer(c, Ans(no_verdict, cits()), FullSupport())
    assert s["verdict_ok"] is False and not s["fully"] and s["all"]
    assert "no verdict in the opening" in ev.why_not_fully(c, s)
    assert "no verdict in the opening" not in ev.failures(c, s)  # the older failure list is unchanged

    off_topic = GOOD_FR.replace("[2]\n", "[2]\n- La clause de non-sollicitation reste due [2].\n")
    s = ev.score_answer(c, Ans(off_topic, cits()), FullSupport())
    assert s["errors"] and not s["fully"]

    uncited = GOOD_FR.replace("restantes. [2]", "restantes.")
    s = ev.score_answer(c, Ans(uncited, cits()), FullSupport())
    assert not s["all_cited"] and not s["fully"] and s["uncited_list"]
    assert any("uncited" in w for w in ev.why_not_fully(c, s))

    missing = GOOD_FR.replace("(art. 1231-5)", "")
    s = ev.score_answer(c, Ans(missing, cits()), FullSupport())
    assert not s["all"] and not s["fully"]


def test_case_without_verdict_is_judged_on_the_rest():
    c = case(verdict=[])
    s = ev.score_answer(c, Ans(GOOD_FR.replace("Pas forcément : une", "Une"), cits()), FullSupport())
    assert s["verdict_ok"] is None and s["fully"]


def test_out_of_scope_refusal_is_fully_correct_without_citations():
    c = case(kind="out_of_scope", intent="out_of_scope", verdict=[], must=[["sort de ce champ"]],
             must_not=["canberra"], labels=[])
    text = "Cette question sort de ce champ : je suis spécialisé dans les contrats informatiques.\n\n" + NOTICE_FR
    s = ev.score_answer(c, Ans(text, [], intent="out_of_scope"), FullSupport())
    assert s["refusal_ok"] and s["fully"]


def test_report_groups_by_split_and_question_type():
    rows = []
    for split, qtype, text in [("tuned", "is_it_normal", GOOD_FR), ("untuned", "is_it_normal", GOOD_FR),
                               ("untuned", "compare", GOOD_FR.replace("Pas forcément : une", "Une"))]:
        c = case(split=split, qtype=qtype)
        rows.append((c, ev.score_answer(c, Ans(text, cits()), FullSupport())))
    md = ev.fully_correct_report(rows)
    assert re.search(r"\| all \| 3 \| 0\.667 \(2\) \|", md)
    assert re.search(r"\| split: untuned \| 2 \| 0\.500 \(1\) \|", md)
    assert re.search(r"\| compare \| 1 \| 0\.000 \(0\) \| 0\.000 \|", md)
    assert "is_it_normal / tuned" in md


# ---------------------------------------------------------------- case files and CLI edge
def test_loader_rejects_unknown_qtype_and_bad_regex(tmp_path):
    bad_type = tmp_path / "bad.yaml"
    bad_type.write_text('- {q: "x", lang: fr, role: null, intent: question, qtype: nope, must: []}\n', "utf-8")
    with pytest.raises(ValueError, match="qtype"):
        ev.load_cases(bad_type)
    bad_re = tmp_path / "bad_re.yaml"
    bad_re.write_text('- {q: "x", lang: fr, role: null, intent: question, verdict: ["(oui"], must: []}\n', "utf-8")
    with pytest.raises(re.error):
        ev.load_cases(bad_re)
    assert ev.main(["--cases", str(bad_re), "--no-write"]) == 2
    assert ev.main(["--cases", str(tmp_path / "missing.yaml"), "--no-write"]) == 2
    assert ev.main(["--cases"]) == 2


def test_section_names():
    assert ev.section_name(ev.CASES) == "answers"
    assert ev.section_name(V2) == "answers_v2"
    assert ev.section_name(Path("/tmp/hidden.yaml")) == "answers_hidden"


def test_v2_question_set_is_complete_and_balanced():
    cases = ev.load_cases(V2)  # every pattern compiles
    assert len(cases) >= 64
    per_type = Counter(c["qtype"] for c in cases)
    assert set(per_type) == set(ev.QTYPES) and min(per_type.values()) >= 6
    splits = Counter(c["split"] for c in cases)
    assert abs(splits["tuned"] - splits["untuned"]) <= len(cases) // 10
    for q in ev.QTYPES:  # each type has untuned questions, in both languages overall
        assert any(c["qtype"] == q and c["split"] == "untuned" for c in cases), q
    assert {c["lang"] for c in cases if c["split"] == "untuned"} == {"fr", "en"}
    fr = sum(c["lang"] == "fr" for c in cases) / len(cases)
    assert 0.5 <= fr <= 0.7
    assert all(c["verdict"] and c["must"] for c in cases)
    assert len({c["q"] for c in cases}) == len(cases)
    issue = ["100 % des mois restants", "sans me mettre en danger", "le client peut partir immédiatement",
             "servers it hosts and runs alone", "99.5 % uptime on the servers:", "aux USA",
             "dommages et intérêts pour inexécution", "tacit renewal clause enforceable",
             "décide lui-même de l'usage de nos données", "fuite de données chez notre infogéreur"]
    for text in issue:
        hit = [c for c in cases if text in c["q"]]
        assert len(hit) == 1 and hit[0]["split"] == "tuned", text


def _case(cases, text):
    return next(c for c in cases if text in c["q"])


def errs(c: dict) -> list[str]:
    return c["must_not"] + c["must_not_in_context"]


def test_v2_error_patterns_catch_errors_and_spare_correct_wording():
    cases = ev.load_cases(V2)
    hosted = _case(cases, "servers it hosts and runs alone")
    best = next(p for p in hosted["must_not"] if "best" in p)
    assert matches(best, "The MSP owes an obligation of means (best efforts).")
    assert not matches(best, "It is an obligation of means (reasonable care and skill), never 'best efforts'.")
    breach = _case(cases, "fuite de données chez notre infogéreur")
    assert any(matches(p, "Le prestataire dispose de 72 heures pour vous prévenir.") for p in errs(breach))
    assert any(matches(p, "La loi impose au prestataire un délai de 48 h.") for p in errs(breach))
    assert not any(matches(p, "Les 72 heures sont le délai du client envers la CNIL (art. 33(1)).")
                   for p in errs(breach))
    assert not any(matches(p, "Un délai de 48 h est un choix contractuel, pas une exigence légale.")
                   for p in errs(breach))
    controller = _case(cases, "décide lui-même")
    assert any(matches(p, "Il reste un simple sous-traitant.") for p in errs(controller))
    assert not any(matches(p, "Il devient responsable du traitement et ne reste pas sous-traitant pour ce traitement.")
                   for p in errs(controller))
    renewal = _case(cases, "tacit renewal clause enforceable")
    assert any(matches(p, "The Chatel rule (L215-1) protects your business too.") for p in errs(renewal))
    assert not any(matches(p, "L215-1 only protects consumers, not a business.") for p in errs(renewal))


def test_v2_patterns_for_wrong_addressee_positions_and_invented_scope():
    cases = ev.load_cases(V2)
    cnil = _case(cases, "combien de temps le client a pour notifier la CNIL")
    assert cnil["role"] == "msp"
    assert any(matches(p, "Vous notifiez la CNIL dans les meilleurs délais [1].") for p in errs(cnil))
    assert not any(matches(p, "Votre client notifie la CNIL dans les 72 heures (art. 33(1)) [1].")
                   for p in errs(cnil))
    leave = _case(cases, "le client peut partir immédiatement")
    assert any(matches(p, "Défaillance répétée : si les SLA sont manqués, le client peut partir immédiatement [2].")
               for p in errs(leave))
    assert not any(matches(p, "Le client peut partir immédiatement si le contrat le prévoit expressément (art. 1225).")
                   for p in errs(leave))
    cap = _case(cases, "limitation de responsabilité pour qu")
    assert any(matches(p, "Clause « Responsabilité » — version prestataire, pour 25 utilisateurs [1]")
               for p in errs(cap))
    proof = _case(cases, "conseillé de changer le pare-feu")
    assert any(matches(p, "Si quelque chose tourne mal, c'est à vous, client, de prouver sa faute [2].")
               for p in errs(proof))
    assert not any(matches(p, "C'est au prestataire de prouver qu'il vous a conseillé (art. 1112-1) [1].")
                   for p in errs(proof))


def test_v2_verdicts_reject_definitions_that_do_not_answer():
    cases = ev.load_cases(V2)
    gross = _case(cases, "à qui de prouver la faute lourde")
    definition = ("Le plafond de responsabilité fixe le montant maximal que le prestataire devra payer si sa faute "
                  "cause un dommage au client [1]. Il est souvent de 12 mois de redevances [1].")
    assert not verdict_ok(gross["verdict"], definition)
    assert verdict_ok(gross["verdict"], "C'est au client de prouver la faute lourde, qu'il invoque [1]. Suite [1].")
    gti = _case(cases, "GTI et GTR")
    assert not verdict_ok(gti["verdict"], "La GTI est le délai avant que le technicien commence [1]. Exemple : 4 h [1].")
    assert verdict_ok(gti["verdict"], "La GTI garantit que le travail commence ; la GTR, que le service est rétabli [1].")


def test_v2_best_efforts_pattern_reads_the_whole_sentence():
    hosted = _case(ev.load_cases(V2), "servers it hosts and runs alone")
    best = next(p for p in hosted["must_not"] if "best" in p)
    assert not matches(best, "Avoid 'best efforts' here, which a common-law reader takes as the strictest standard.")
    assert not matches(best, "Do not write best efforts: an English judge reads it as stricter than French means.")
    assert matches(best, "Resolving incidents is handled on a best-efforts basis [2].")


@dataclass
class Entry:
    id: str
    body: str
    title: str = "t"
    wording: str = ""
    example: str = ""
    legal_basis: str = ""
    negotiation_notes: list[str] = field(default_factory=list)


def test_context_errors_count_as_errors_but_are_not_checked_against_the_kb():
    c = case(must_not=["toujours valable"], must_not_in_context=["non-sollicitation"])
    s = ev.score_answer(c, Ans(GOOD_FR.replace("restantes. [2]", "restantes ; non-sollicitation 6 mois. [2]"),
                               cits()), FullSupport())
    assert s["errors"] == ["non-sollicitation"] and not s["fully"]
    kb = [Entry("clause.non_solicitation.fr", "La clause de non-sollicitation est toujours valable entre sociétés.")]
    alarms, _ = ev.kb_checks(kb, [c])
    assert len(alarms) == 1 and "toujours valable" in alarms[0]


def test_stage_counts_sort_points_lost_per_split_without_listing_questions():
    """The stage table (counts only) puts each answer that is not fully correct at the stage that lost it: a fact no
    entry states (a), a fact some entry states but the answer lacks (b), every fact in but the shape short (c), a legal
    error (d); fully correct answers and refusal cases are not counted."""
    from evaluations.answer_stages import stage_counts

    def case(must, split, kind="answerable"):
        return {"must": [[m] for m in must], "lang": "fr", "kind": kind, "split": split}

    def score(fully, errors=()):
        return {"fully": fully, "errors": list(errors)}

    rows = [
        (case([r"zzqx\w*vvk"], "untuned"), score(False), "Réponse sans rapport."),
        (case([r"1231-5"], "untuned"), score(False), "Le juge peut tout faire."),
        (case([r"1231-5"], "tuned"), score(False), "Non : l'article 1231-5 permet au juge de la réduire."),
        (case([r"1231-5"], "tuned"), score(False, ["x"]), "texte"),
        (case([r"1231-5"], "tuned"), score(True), "Oui, article 1231-5."),
        (case([r"1231-5"], "tuned", kind="out_of_scope"), score(False), "hors sujet"),
    ]
    got = {r[0]: r[1:] for r in stage_counts(rows, ev.split_of)}
    assert got["untuned"] == [2, 1, 1, 0, 0]
    assert got["tuned"] == [2, 0, 0, 1, 1]
