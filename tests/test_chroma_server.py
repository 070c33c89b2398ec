"""The client/server path: the same sync and retrieval against Chroma's own server on loopback."""

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import VENV_BIN

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    exe = VENV_BIN / "chroma"
    if not exe.exists():
        exe = Path(shutil.which("chroma") or "")
    port = _free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen([str(exe), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("chroma server did not start")
    yield port
    proc.terminate()
    proc.wait(timeout=10)


def test_same_retrieval_through_the_server(chroma_server, settings, app, tmp_path):
    from assistant.factory import build_app

    s = settings.model_copy(update={"chroma_host": "127.0.0.1", "chroma_port": chroma_server, "data_dir": tmp_path})
    remote = build_app(s, chat_model=False, embeddings=app.index.embeddings)
    first = remote.reindex()
    assert first.added == app.index.count()
    assert remote.reindex().embedded == 0
    local = [r.id for r in app.search("c'est quoi une GTR dans un contrat ?", k=5)]
    served = [r.id for r in remote.search("c'est quoi une GTR dans un contrat ?", k=5)]
    assert served[:3] == local[:3]
    assert any("term:gtr" in r.labels for r in remote.search("c'est quoi une GTR ?", k=3))


def test_unreachable_server_is_a_clear_error(settings):
    from assistant.factory import SetupError, build_chroma_client

    s = settings.model_copy(update={"chroma_host": "127.0.0.1", "chroma_port": _free_port()})
    with pytest.raises(SetupError, match="cannot reach"):
        build_chroma_client(s)
