"""The data directory (index, conversations, library, exports): created private to its owner."""

from __future__ import annotations

import os
from pathlib import Path

from assistant.errors import SetupError


def ensure_data_dir(path: Path) -> Path:
    """Create `path` (mode 0700) and prove it is writable; a clear SetupError otherwise."""
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.stat().st_uid == os.getuid():
            path.chmod(0o700)
        probe = path / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise SetupError(f"data directory {path} is not usable: {exc.strerror or exc}") from exc
    return path
