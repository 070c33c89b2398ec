"""LLM mode, end to end over the real index and store: a scripted langchain chat model at the
seam, and the real ChatOpenAI/openai client path against a local OpenAI-compatible server
(tests/fake_openai.py) that answers, streams, stalls, rate-limits, fails and cuts streams.
Token budget and prompt files: tests/test_llm_budget.py."""

from __future__ import annotations

import itertools

import pytest

from fake_openai import CutStream, Delay, FakeOpenAI, Malformed, Reply, Status, rate_limited
from llm_helpers import (GOOD, MODEL, Q_EN, Q_FR, assert_fallback, assert_persisted, build_llm_app, prompt_titles,
                         scripted, stored)

from assistant.chat.citations import NOTICE
from assistant.chat.conversation import TurnResult, UNCITED


@pytest.fixture(scope="module")
def server():
    with FakeOpenAI(models=(MODEL,)) as fake:
        yield fake


@pytest.fixture
def fake(server):
    server.reset()
    yield server
    assert server.pending == 0, "the test scripted answers the client never asked for"


@pytest.fixture
def openai_app(app, fake, tmp_path):
    """The assistant with the factory's real ChatOpenAI pointed at the local server; retries
    record their waits instead of sleeping."""
    def make(*, model=MODEL, timeout=5.0, retries=2, **settings):
        a = build_llm_app(app, tmp_path / f"d{next(n)}", openai_base_url=fake.base_url, model=model,
                          llm_timeout=timeout, llm_retries=retries, **settings)
        assert a.chat.llm is not None and a.chat.mode_label == f"llm ({model})"
        a.chat.llm.sleep = waits.append
        return a

    waits: list[float] = []
    n = itertools.count()
    make.waits = waits
    return make


# -- (a) scripted model through build_app(chat_model=…) -------------------------------------------
def test_valid_citations_are_verified_renumbered_and_unknown_dropped(app, tmp_path):
    model = scripted("Le sous-traitant alerte le client sans délai injustifié [2]. "
                     "Un délai fixe de 24 h se négocie [9]. Le responsable notifie l'autorité en 72 h [1].")
    a = build_llm_app(app, tmp_path, chat_model=model, model="scripted")
    r = a.chat.turn(Q_FR)
    ans = r.answer
    assert ans.mode == "llm" and ans.language == "fr" and ans.notice is None
    assert "[9]" not in ans.answer and "24 h se négocie." in ans.answer
    assert [c.ref for c in ans.citations] == [1, 2]
    titles = prompt_titles(model.seen[0][-1][1])
    assert ans.citations[0].title == titles[2] and ans.citations[1].title == titles[1]  # renumbered in order of use
    assert "injustifié [1]" in ans.answer and "72 h [2]" in ans.answer
    assert ans.answer.rstrip().endswith(NOTICE["fr"])
    assert len(model.seen) == 1
    assert_persisted(a, r, Q_FR)
    meta = a.chat.store.load(r.conversation_id).messages[1].meta
    assert meta["mode"] == "llm" and [c["ref"] for c in meta["citations"]] == [1, 2]


def test_answer_without_valid_citation_is_retried_once_then_offline(app, tmp_path):
    # [97]: a number past any prompt's source list (the prompt now also lists the rules on the subject, s24: [7] can exist)
    model = scripted("Le délai est de 72 heures.", "Toujours 72 heures [97].")
    a = build_llm_app(app, tmp_path, chat_model=model, model="scripted")
    r = a.chat.turn(Q_FR)
    assert len(model.seen) == 2
    assert "rejected because it cited no valid source" in model.seen[1][-1][1]
    assert [role for role, _ in model.seen[1]] == ["system", "human"]  # roles still alternate
    assert_fallback(r, UNCITED["fr"])
    assert_persisted(a, r, Q_FR)


def test_retry_that_cites_is_accepted(app, tmp_path):
    model = scripted("Sans source.", "Le sous-traitant alerte sans délai injustifié [1].")
    a = build_llm_app(app, tmp_path, chat_model=model, model="scripted")
    r = a.chat.turn(Q_FR)
    assert r.answer.mode == "llm" and len(r.answer.citations) == 1


def test_follow_up_sends_history_as_quoted_context(app, tmp_path):
    model = scripted(GOOD, "En 24/7, prévoyez une astreinte [1].")
    a = build_llm_app(app, tmp_path, chat_model=model, model="scripted")
    first = a.chat.turn(Q_FR)
    a.chat.turn("Et si le client est en 24/7 ?", conversation_id=first.conversation_id)
    second = model.seen[1]
    assert [role for role, _ in second] == ["system", "human", "ai", "human"]
    assert "Earlier question" in second[1][1] and Q_FR in second[1][1]
    earlier_answer = second[2][1]
    assert "sans délai injustifié" in earlier_answer
    assert "[1]" not in earlier_answer and NOTICE["fr"] not in earlier_answer  # old numbers and notices stripped
    assert len(stored(a, first.conversation_id)) == 4


# -- (b) the real openai client against the local endpoint -----------------------------------------
def test_streaming_through_openai_client(openai_app, fake):
    a = openai_app()
    fake.push(Reply(GOOD, pieces=8))
    items = list(a.chat.stream(Q_FR))
    fragments, result = items[:-1], items[-1]
    assert isinstance(result, TurnResult) and all(isinstance(f, str) for f in fragments)
    assert len(fragments) >= 4 and "".join(fragments).strip() == GOOD
    assert result.answer.mode == "llm" and [c.ref for c in result.answer.citations] == [1, 2]
    (req,) = fake.chat_requests()
    assert req.body["model"] == MODEL and req.body["stream"] is True
    roles = [m["role"] for m in req.messages]
    assert roles == ["system", "user"]
    system, user = req.content("system")[0], req.content("user")[0]
    assert "Answer only from the numbered sources" in system and "French" in system
    assert prompt_titles(user) and Q_FR in user
    assert_persisted(a, result, Q_FR)


def test_on_token_callback_and_english(openai_app, fake):
    a = openai_app()
    fake.push(Reply("The provider must hand back data and documentation [1].", pieces=4))
    tokens: list[str] = []
    r = a.chat.turn(Q_EN, on_token=tokens.append)
    assert "".join(tokens).startswith("The provider") and r.answer.mode == "llm"
    assert "English" in fake.chat_requests()[0].content("system")[0]
    assert r.answer.answer.rstrip().endswith(NOTICE["en"])


def test_timeout_is_retried_then_offline(openai_app, fake):
    a = openai_app(timeout=0.3, retries=2)
    fake.push(Delay(3), Delay(3), Delay(3))
    r = a.chat.turn(Q_FR)
    assert len(fake.chat_requests()) == 3
    assert openai_app.waits == [0.5, 1.0]  # exponential backoff between attempts
    assert_fallback(r, "timed out")
    assert_persisted(a, r, Q_FR)


def test_rate_limit_honours_retry_after(openai_app, fake):
    a = openai_app()
    fake.push(rate_limited("1"), Reply(GOOD))
    r = a.chat.turn(Q_FR)
    assert openai_app.waits == [1.0]
    assert r.answer.mode == "llm" and len(fake.chat_requests()) == 2
    assert_persisted(a, r, Q_FR)


@pytest.mark.slow
def test_rate_limit_waits_for_real_between_requests(app, fake, tmp_path):
    """The real sleep: the server sees the second request at least Retry-After later."""
    a = build_llm_app(app, tmp_path, openai_base_url=fake.base_url, model=MODEL)
    fake.push(rate_limited("1"), Reply(GOOD))
    assert a.chat.turn(Q_FR).answer.mode == "llm"
    first, second = fake.chat_requests()
    assert second.at - first.at >= 0.95


def test_retry_after_too_long_gives_up_at_once(openai_app, fake):
    a = openai_app()
    fake.push(rate_limited("600"))
    r = a.chat.turn(Q_FR)
    assert len(fake.chat_requests()) == 1 and openai_app.waits == []
    assert_fallback(r, "rate limited")


def test_server_errors_bounded_retries_then_offline(openai_app, fake):
    a = openai_app(retries=2)
    fake.push(Status(500), Status(503), Status(500))
    r = a.chat.turn(Q_FR)
    assert len(fake.chat_requests()) == 3 and openai_app.waits == [0.5, 1.0]
    assert_fallback(r, "server error")
    assert_persisted(a, r, Q_FR)


def test_server_error_then_success(openai_app, fake):
    a = openai_app()
    fake.push(Status(502), Reply(GOOD))
    assert a.chat.turn(Q_FR).answer.mode == "llm"


@pytest.mark.parametrize("behaviour, why, calls", [
    (Malformed(), "malformed", 1),
    (CutStream(), "connection", 3),
    (CutStream(clean=True), "cut off", 3),
])
def test_malformed_or_cut_stream_falls_back(openai_app, fake, behaviour, why, calls):
    a = openai_app()
    fake.push(*[behaviour] * calls)
    tokens: list[str] = []
    r = a.chat.turn(Q_FR, on_token=tokens.append)
    assert len(fake.chat_requests()) == calls
    assert_fallback(r, why)
    assert_persisted(a, r, Q_FR)


def test_cut_stream_then_success_streams_no_duplicate(openai_app, fake):
    a = openai_app()
    fake.push(CutStream(keep=2), Reply(GOOD))
    items = list(a.chat.stream(Q_FR))
    fragments, result = items[:-1], items[-1]
    streamed = "".join(fragments)
    assert result.answer.mode == "llm"
    assert streamed.count("Le prestataire") == 1  # the failed attempt's words are not repeated
    assert "sans délai injustifié [1]" in result.answer.answer


def test_unknown_model_is_not_retried(openai_app, fake):
    a = openai_app(model="no-such-model")
    r = a.chat.turn(Q_FR)
    (req,) = fake.chat_requests()
    assert req.body["model"] == "no-such-model" and openai_app.waits == []
    assert_fallback(r, "model not found")
    assert_persisted(a, r, Q_FR)


def test_content_filter_is_not_retried(openai_app, fake):
    a = openai_app()
    fake.push(Reply("Réponse retenue [1].", finish_reason="content_filter"))
    r = a.chat.turn(Q_FR)
    assert len(fake.chat_requests()) == 1 and openai_app.waits == []
    assert_fallback(r, "content filter")


def test_models_endpoint_lists_the_model(fake):
    import openai

    client = openai.OpenAI(base_url=fake.base_url, api_key="not-needed", max_retries=0)
    assert [m.id for m in client.models.list()] == [MODEL]


def test_conversation_continues_after_a_failure(openai_app, fake):
    a = openai_app(retries=0)
    fake.push(Status(500), Reply(GOOD))
    first = a.chat.turn(Q_FR)
    assert first.answer.mode == "offline"
    second = a.chat.turn("Et si le client est en 24/7 ?", conversation_id=first.conversation_id)
    assert second.answer.mode == "llm"
    assert [r for r, _ in stored(a, first.conversation_id)] == ["user", "assistant", "user", "assistant"]
    history = fake.chat_requests()[1].messages
    assert [m["role"] for m in history] == ["system", "user", "assistant", "user"]
    assert "⚠️" not in history[2]["content"]  # the fallback notice is not fed back to the model
