"""Where the shipped data lives: the knowledge base and the prompt files.

In the repository they sit at the top (`knowledge_base/`, `prompts/`), where authors edit
them; a built wheel carries them inside the package as `assistant/_data/` (see setup.py),
so a plain, non-editable install finds them too. `CLAUSIER_KB_DIR` overrides the knowledge
base through `Settings`, never through these constants.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


KB_DIR = _shipped("knowledge_base")
PROMPTS_DIR = _shipped("prompts")
