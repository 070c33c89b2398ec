"""Issue 15: a question asking which clauses a whole contract needs ("quelles clauses sont indispensables
dans un contrat d'infogérance ?") is answered by the checklist of the essential clauses, whatever card or
clause entry ranks first on words such as 'essential' or 'indispensable'; a question on what ONE clause
or a DPA must contain keeps its own answer. Questions written for this test, not taken from an evaluation set."""

from __future__ import annotations

import pytest

from assistant.chat.statements import answer_kind
from evaluations.answer_scoring import fold

WHOLE = [
    ("quelles clauses sont indispensables dans un contrat d'infogérance ?", "fr"),
    ("quels points faut-il prévoir dans un contrat de maintenance ?", "fr"),
    ("on doit mettre quelles clauses dans notre contrat d'infogérance, au minimum ?", "fr"),
    ("what clauses are essential in a managed services agreement?", "en"),
    ("which clauses should an MSP contract include?", "en"),
    ("what terms must a managed IT services contract have?", "en"),
]


@pytest.mark.parametrize("question,lang", WHOLE)
def test_the_whole_contract_list_answers(app, question, lang):
    assert answer_kind(question) == "list"
    answer = app.ask(question, role="client")
    assert [c.id for c in answer.citations][:1] == [f"guide.essential_clauses.{lang}"], answer.answer
    text = fold(answer.answer)
    for subject in (("reversibilite", "responsabilite", "niveaux de service") if lang == "fr" else
                    ("reversibility", "liability", "service levels")):
        assert subject in text, (subject, answer.answer)


@pytest.mark.parametrize("question,first", [
    ("que doit contenir la clause de réversibilité ?", "card."),
    ("what must be in a DPA?", "card.dpa_mandatory_terms.en"),
])
def test_one_clause_keeps_its_own_answer(app, question, first):
    answer = app.ask(question, role="client")
    cited = [c.id for c in answer.citations]
    assert cited and cited[0] != "guide.essential_clauses.fr" and cited[0] != "guide.essential_clauses.en"
    assert cited[0].startswith(first), cited
