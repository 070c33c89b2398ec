"""The data directory (index, conversations, library, exports): created private to its owner."""

from __future__ import annotations

import os
from pathlib import Path

from assistant.errors import SetupError


def ensure_data_dir(path: Path) -> Path:
    """Create `path` (mode 0700) and prove it is writable; a clear SetupError otherwise."""
    path = Path(path)
    os.umask(0o077)  # what this process writes (SQLite, index, library, exports) is its owner's only
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.stat().st_uid == os.getuid():
            path.chmod(0o700)
            _tighten(path)
        probe = path / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise SetupError(f"data directory {path} is not usable: {exc.strerror or exc}") from exc
    return path


def _tighten(path: Path) -> None:
    """Files left world-readable by an earlier version (SQLite 0644, library 0755) become
    0600 / 0700; links are not followed."""
    for root, dirs, files in os.walk(path):
        for name in dirs + files:
            p = os.path.join(root, name)
            try:
                st = os.lstat(p)
                if st.st_uid != os.getuid() or os.path.islink(p) or not st.st_mode & 0o077:
                    continue
                os.chmod(p, 0o700 if name in dirs else 0o600)
            except OSError:
                continue
