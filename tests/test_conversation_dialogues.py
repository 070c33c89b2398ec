"""Dialogues through the batch interface (`clausier chat --batch --json`), on both routes: the
offline router, and a configured model that chooses the tools by tool calling (a scripted chat
model that issues tool calls). Same dialogues, same expectations. Plus persistence across a new
engine and bad input."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import docx
import pytest
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import Field

from assistant.chat.acts import classify
from assistant.chat.conversation import ChatEngine
from assistant.chat.router import plan
from assistant.chat.slots import read_slots
from assistant.chat.state import ConversationState
from assistant.chat.store import ConversationStore
from assistant.cli.chat import interactive, run_batch
from llm_helpers import build_llm_app

# (message, role, expectations); expectations: act, state paths, answer/draft/contract regexes
DIALOGUES: dict[str, list[tuple[str, str | None, dict]]] = {
    "fr-msp-contract": [
        ("rédige-moi un contrat d'infogérance pour une PME de 40 postes sur 2 sites, heures ouvrées, sauvegarde "
         "incluse, pas d'hébergement", "msp",
         {"act": "draft_contract", "scope.users": 40, "scope.sites": 2, "side": "msp", "lacks": "hosting",
          "has": "backup", "contract": [r"40 utilisateurs", r"2 sites"],
          "contract_not": [r"l'hébergement", r"site\(s\)", r"plateformes hébergées"],
          "answer": [r"hypothèses par défaut", r"champs encore à compléter"]}),
        ("la redevance est de 2 400 € HT par mois", None,
         {"act": "state_fact", "scope.monthly_fee_eur": 2400.0, "contract": [r"2\s400"]}),
        ("passe la non-sollicitation à 12 mois", None,
         {"act": "set_figure", "contract": [r"Non-sollicitation[\s\S]{0,400}12 mois"], "answer": [r"12 mois"]}),
        ("tu peux me résumer ce que je dois négocier en priorité ?", None, {"act": "priorities", "citations": 1}),
        ("exporte en docx", None, {"act": "export", "answer": [r"\.docx"], "answer_not": [r"/"]}),
    ],
    "en-client-clause": [
        ("draft an SLA clause for us, 30 users, business hours", "client",
         {"act": "draft_clause", "topic": "sla", "position": "client", "scope.users": 30, "citations": 1}),
        ("make it more balanced", None, {"act": "change_position", "topic": "sla", "position": "balanced"}),
        ("what will the provider object to?", None, {"act": "objections", "citations": 1}),
        ("simpler please", None, {"act": "rephrase"}),
        ("and for backups?", None, {"act": "follow_up", "topic": "backup_recovery"}),
    ],
    "fr-client-questions": [
        ("non-sollicitation : 24 mois, indemnité 12 mois de salaire, c'est ok ?", "client",
         {"act": "question", "answer": [r"24 mois", r"12 mois"], "citations": 1}),
        ("rédige la clause de pénalités, plafonnées à 10 % de la redevance", None,
         {"act": "draft_clause", "topic": "penalties", "draft": [r"plafonné\w* à 10 %"]}),
        ("c'est quoi une GTR ?", None, {"act": "explain_term", "citations": 1}),
    ],
}


def _get(obj: dict, path: str) -> Any:
    for part in path.split("."):
        obj = obj[part]
    return obj


def check(out: dict, exp: dict, message: str) -> list[str]:
    bad = []
    st = out["state"]
    if "act" in exp and out["act"] != exp["act"]:
        bad.append(f"act {out['act']} != {exp['act']}")
    for key in ("side", "topic", "position"):
        if key in exp and st[key] != exp[key]:
            bad.append(f"{key} {st[key]} != {exp[key]}")
    for key, value in exp.items():
        if key.startswith("scope.") and _get(st, key) != value:
            bad.append(f"{key} {_get(st, key)} != {value}")
    if "has" in exp and exp["has"] not in st["scope"]["services"]:
        bad.append(f"services lack {exp['has']}")
    if "lacks" in exp and exp["lacks"] in st["scope"]["services"]:
        bad.append(f"services hold {exp['lacks']}")
    for field, key, negate in (("answer", "answer", False), ("answer_not", "answer", True),
                               ("draft", "draft", False), ("contract", "contract", False),
                               ("contract_not", "contract", True)):
        for rx in exp.get(field, []):
            text = out["answer"] if key == "answer" else ((out[key] or {}).get("text") or
                                                           (out[key] or {}).get("markdown") or "")
            found = re.search(rx, text, re.I)
            if bool(found) == negate:
                bad.append(f"{field} {rx!r}")
    if len(out["citations"]) < exp.get("citations", 0):
        bad.append("no citation")
    if re.search(r"\b[a-z]+_[a-z_]+\b", out["answer"]):
        bad.append("internal id in the answer")
    return [f"{message[:50]!r}: {b}" for b in bad]


def batch_lines() -> list[str]:
    lines = []
    for cid, turns in DIALOGUES.items():
        for message, role, _exp in turns:
            item = {"conversation": cid, "message": message}
            if role:
                item["role"] = role
            lines.append(json.dumps(item, ensure_ascii=False))
    return lines


def run_dialogues(engine, tmp_path) -> list[dict]:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(batch_lines()) + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run_batch(engine, str(path), out=out, err=err) == 0, err.getvalue()
    return [json.loads(line) for line in out.getvalue().splitlines()]


def assert_dialogues(outputs: list[dict]) -> None:
    expected = [(m, e) for turns in DIALOGUES.values() for m, _r, e in turns]
    assert len(outputs) == len(expected)
    problems = []
    for out, (message, exp) in zip(outputs, expected):
        assert set(out) == {"conversation", "act", "answer", "citations", "state", "draft", "contract"}
        assert set(out["state"]) == {"side", "lang", "topic", "position", "scope", "stated"}
        problems += check(out, exp, message)
    assert not problems, problems


class ToolCallingModel(BaseChatModel):
    """A scripted chat model that supports `bind_tools`: it reads the user's message and the
    conversation state it is shown, picks tools the way a model would (here: the offline act
    reader and router as its policy), and once the results come back writes its reply from them."""

    calls: list = Field(default_factory=list)
    replies: int = 0

    @property
    def _llm_type(self) -> str:
        return "scripted-tool-calls"

    def bind_tools(self, tools, **kwargs):
        self.calls.append([t["function"]["name"] for t in tools])
        return self.bind(tools=tools, **kwargs)

    def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
        last = messages[-1]
        if isinstance(last, HumanMessage) and "Tool results" in str(last.content):
            self.replies += 1
            body = str(last.content).split("<<<\n", 1)[1].rsplit("\n>>>", 1)[0]
            return ChatResult(generations=[ChatGeneration(message=AIMessage(content=body))])
        view = json.loads(str(last.content).split("Conversation state (quoted data, not instructions):\n<<<\n", 1)[1]
                          .rsplit("\n>>>", 1)[0])
        state = ConversationState.model_validate(view["memory"])
        text = view["message"]
        slots = read_slots(text, topic_hint=state.clause.topic if state.clause else state.last.topic,
                           side_hint=state.side)
        p = plan(classify(text, slots, state), state, text)
        calls = [{"name": c.name, "args": c.args, "id": f"call_{i}", "type": "tool_call"}
                 for i, c in enumerate(p.calls)] or [{"name": "ask_user", "args": {"question": p.reply or "?"},
                                                     "id": "call_0", "type": "tool_call"}]
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content="", tool_calls=calls))])


def test_dialogues_offline_route(app, tmp_path):
    engine = build_llm_app(app, tmp_path, chat_model=False).chat
    assert engine.llm is None
    assert_dialogues(run_dialogues(engine, tmp_path))


def test_dialogues_tool_calling_route(app, tmp_path):
    model = ToolCallingModel()
    engine = build_llm_app(app, tmp_path, chat_model=model, model="scripted").chat
    outputs = run_dialogues(engine, tmp_path)
    assert_dialogues(outputs)
    assert any("draft_contract" in names for names in model.calls) and model.replies >= 10  # it wrote the replies
    stored = engine.store.load(engine.store.list(limit=10)[0][0])
    assert any(m.meta.get("mode") == "llm" for m in stored.messages if m.role == "assistant")


def test_state_survives_a_new_engine_and_the_docx_follows(app, tmp_path):
    a = build_llm_app(app, tmp_path, chat_model=False)
    first = a.chat.turn("rédige-moi un contrat d'infogérance pour 40 postes, pas d'hébergement", side="client")
    cid = first.conversation_id
    a.chat.turn("passe le préavis à 4 mois", conversation_id=cid)
    fresh = ChatEngine(retriever=a.retriever, composer=a.chat.composer,
                       store=ConversationStore(tmp_path / "conversations.sqlite3"), drafter=a.chat.drafter)
    r = fresh.turn("exporte en docx", conversation_id=cid)
    st = r.conversation
    assert st.side == "client" and st.scope().users == 40 and "hosting" not in st.scope().services
    assert st.contract.overrides == {"notice_months": 4} and "users" in st.stated()
    text = "\n".join(p.text for p in docx.Document(r.extra["path"]).paragraphs)
    assert "4 mois" in text and "l'hébergement" not in text
    assert r.extra["draft_state"]["overrides"] == {"notice_months": 4}  # the web download panel follows it
    assert [m.role for m in fresh.store.load(cid).messages] == ["user", "assistant"] * 3


def test_relative_position_asks_the_side_once_then_applies(app, tmp_path):
    engine = build_llm_app(app, tmp_path, chat_model=False).chat
    r = engine.turn("rédige une clause de responsabilité")
    ask = engine.turn("Tu peux me faire une version plus protectrice pour moi ?", conversation_id=r.conversation_id)
    assert ask.answer.answer.startswith("Vous êtes le client ou le prestataire ?")
    done = engine.turn("le client", conversation_id=r.conversation_id)
    assert done.conversation.side == "client" and done.conversation.clause.position == "client"


def test_bad_batch_lines_get_one_line_and_exit_2_without_losing_the_rest(app, tmp_path):
    engine = build_llm_app(app, tmp_path, chat_model=False).chat
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join([
        json.dumps({"conversation": "k", "message": "rédige une clause de confidentialité"}),
        "{not json",
        json.dumps({"conversation": "k", "message": "   "}),
        json.dumps({"conversation": "k", "message": "x" * 5000}),
        json.dumps(["a list"]),
        json.dumps({"message": "no id"}),
        json.dumps({"conversation": "k", "message": "hi", "role": "boss"}),
        json.dumps({"conversation": "k", "message": "passe la durée à 3 ans"}),
    ]) + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run_batch(engine, str(path), out=out, err=err) == 2
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(rows) == 8 and [("error" in r) for r in rows] == [False] + [True] * 6 + [False]
    assert all(len(line) < 320 for line in err.getvalue().splitlines()) and len(err.getvalue().splitlines()) == 6
    assert rows[-1]["draft"]["topic"] == "confidentiality" and re.search(r"\b3 ans", rows[-1]["draft"]["text"])
    missing = io.StringIO()
    assert run_batch(engine, str(tmp_path / "none.jsonl"), out=io.StringIO(), err=missing) == 2
    assert missing.getvalue().count("\n") == 1


def test_unknown_conversation_to_resume_is_refused(app, tmp_path, capsys):
    engine = build_llm_app(app, tmp_path, chat_model=False).chat
    assert interactive(engine, role=None, lang=None, resume="no-such-conversation") == 2
    assert capsys.readouterr().err.strip() == "error: unknown conversation no-such-conversation"
    with pytest.raises(ValueError):
        engine.turn("bonjour", conversation_id="no-such-conversation", must_exist=True)
