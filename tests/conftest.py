"""Shared fixtures: one real assistant (real embeddings, real embedded Chroma) per test session."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "CLAUSIER_CHROMA_HOST", "CLAUSIER_AUTH"):
    os.environ.pop(var, None)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CONTRACTS = SHARED / "reference" / "contracts"
VENV_BIN = Path(sys.executable).parent
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
SEED = int(os.environ.get("CLAUSIER_TEST_SEED") or random.SystemRandom().randrange(1, 2**31))
random.seed(SEED)

# Fixtures that build or open the real index (about 30 s the first time): the tests using them are
# marked `index` so `make test-fast` can leave them out.
INDEX_FIXTURES = {"app", "retriever", "settings", "data_dir"}


def need(path: Path, what: str = "") -> Path:
    """A file from ../shared/ (real contracts, data sets, tools): missing is a skip on a laptop
    without shared/, a failure in CI (CI=true), where shared/ is always laid beside the clone."""
    if not Path(path).exists():
        message = f"{what or Path(path).name} not available at {path}"
        if IN_CI:
            pytest.fail(message + " (CI=true: shared/ must be beside the clone)")
        pytest.skip(message)
    return Path(path)


def pytest_report_header(config):
    return [f"random seed: {SEED} (set CLAUSIER_TEST_SEED={SEED} to replay; hypothesis prints its own on failure)"]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if INDEX_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.index)
        reason = S18_REGRESSIONS.get(item.nodeid)
        if reason:
            item.add_marker(pytest.mark.xfail(strict=True, reason="regression, known: " + reason))


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("clausier-data")
    os.environ["TIKTOKEN_CACHE_DIR"] = str(path / "tiktoken")
    return path


@pytest.fixture(scope="session")
def settings(data_dir):
    from assistant.settings import Settings

    return Settings(data_dir=data_dir)


@pytest.fixture(scope="session")
def app(settings):
    """The real assistant in offline mode (no chat model)."""
    from assistant.factory import build_app

    a = build_app(settings, chat_model=False)
    a.ensure_index()
    return a


@pytest.fixture(scope="session")
def retriever(app):
    return app.retriever


def run_cli(*args: str, data_dir: Path, input: str | None = None, timeout: int = 120, env_extra=None):
    """Run the installed console script as a user would."""
    import subprocess

    env = {**os.environ, "CLAUSIER_DATA_DIR": str(data_dir)}
    env.update(env_extra or {})
    exe = VENV_BIN / "clausier"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "assistant"]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, env=env, input=input,
                          timeout=timeout, cwd=ROOT)


# Regressions found by the index tier and not fixed in their session, as strict xfails (each turns red the day it passes
# again): node id -> reason. The eighteenth session's seven were fixed in the nineteenth (cards.py: the both-readings rule
# narrowed, the coverage rule and the public-procurement rule; obligations_answer.py: the stated facts after the card).
S18_REGRESSIONS: dict[str, str] = {
    # (s19's entry on test_answer_card_classes question2 — a same-kind card found sixth by retrieval counted as a rival —
    # passes again with the s22 cards and rules in)
    # (s20's entry on the advance card, q21 of tests/test_answer_coverage_s19.py, passes again with the s21 cards indexed)
    # (the s27 merge's entry on the purposes question, test_answer_card_classes question17, passes again once the two price
    # cards were folded into one, c18af56)
    # (s23's entry on the story of a breach told late, and s26's two on the who-proves card and the audit-content card, pass
    # again with the s27 cascade readings: card_reading.py, the kind asked kept against retrieval's first entry, the narrow
    # subject named before a broad one)
    # (s27-ans's entry on the criminal-exposure question, test_answer_classes_s25b question3, and the s27 merge's four price
    # rows of test_answer_classes_s27, pass again with s28-casc's readings: one cue family for a price never agreed, the
    # card whose ask is stated taken as the scorer's first without retrieval's find)
    # s28-ans: with the sixteen s28 card pairs indexed (idf moved; none of the s28 cues or told situations reads either
    # question, checked), a story of an outsourcing taken over whose lawyer says the client's IT employee becomes ours gets the
    # admin-access card instead of the staff-transfer card (L1224-1), and "leaving before the end, we must pay every monthly
    # instalment up to the term, is that legal?" gets the card on waived late-payment charges instead of the early-exit card
    # (1231-5); both pass on main (d0d8b4b). Open: a told situation for each (the cascade's known weakness)
    # (both pass again with s29-ans's told situations, situation_cues_s29.py: an early exit with every remaining instalment
    # claimed, an activity taken over whose staff is said to move to us)
    # (s30-reg: card.ip_in_developments.fr:5 of test_answer_cards_s9 passes again — bisected to c5bcc7c, whose new cards moved
    # retrieval's sixth find between two IP clause texts the cascade's tie-break rests on; the open-source card now needs open
    # source named and a told situation reads a thing the provider built whose owner is asked, situation_cues_s30)
    # (s30-reg: the CNIL row of test_answer_classes_s27 — the processor asking whether it must notify the authority itself —
    # passes with its expectation set on the rule opening the provider-notifying card (answer_plan.duty_between_parties_asked;
    # the test's comment gives why); own_s23 half-A question17 and the opening test's question13 are one question, the
    # duty-to-advise proof ('le client dit qu'on ne l'a jamais prévenu… c'est à qui de prouver ?'; the recorded reason naming
    # the decompilation question was wrong): s29-casc's warning-given situation took it on the blame's own words; the
    # situation now needs the warning told as given, and who proves it asked goes to the proof card, situation_cues_s29)
}

