"""The reading policy of the rules whose line the answer keys disagreed on (`prompts/review_policy.yaml`): for each,
the law it rests on, when it fires and what does not make it fire. The readers follow it (facts.penalties for
exclusive remedies, risk.rules_data for missing processor terms); the file is the reference the tests and the answer
keys are held to."""

from __future__ import annotations

from functools import lru_cache

import yaml

from assistant.paths import PROMPTS_DIR

POLICY_FILE = PROMPTS_DIR / "review_policy.yaml"


@lru_cache(maxsize=1)
def load_policy() -> dict[str, dict]:
    policy = yaml.safe_load(POLICY_FILE.read_text(encoding="utf-8"))
    for rule, row in policy.items():
        missing = [k for k in ("law", "fires", "not") if not row.get(k)]
        if missing:
            raise ValueError(f"{POLICY_FILE.name}: {rule}: {', '.join(missing)} needed")
    return policy
