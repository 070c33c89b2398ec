"""The provider's side of the review follows one severity policy (`prompts/review_severity.yaml`): for each rule,
whether its hit is a risk for the provider, when (always, under French law only, by the clause's direction, never)
and why in law. The client's side keeps the catalogue's severity."""

from __future__ import annotations

from functools import lru_cache

import yaml

from assistant.paths import PROMPTS_DIR
from assistant.legal.review.risk.model import Context

POLICY_FILE = PROMPTS_DIR / "review_severity.yaml"
WHEN = ("always", "french_law", "direction", "never")


@lru_cache(maxsize=1)
def provider_policy() -> dict[str, dict]:
    policy = yaml.safe_load(POLICY_FILE.read_text(encoding="utf-8"))["provider"]
    for rule, row in policy.items():
        if row.get("when") not in WHEN:
            raise ValueError(f"{POLICY_FILE.name}: {rule}: when must be one of {WHEN}")
        if row["when"] in ("always", "french_law") and row.get("risk") not in ("high", "medium"):
            raise ValueError(f"{POLICY_FILE.name}: {rule}: a risk (high or medium) is needed when it applies")
    return policy


def provider_severity(rule: str, ctx: Context, checked: str) -> str:
    """The provider's severity of a hit of `rule`; `checked` is what the rule's check (or the catalogue) gave."""
    from assistant.legal.review.risk.rules_data import foreign_law

    row = provider_policy().get(rule)
    if row is None or row["when"] == "direction":
        return checked
    if row["when"] == "never":
        return "low"
    if row["when"] == "french_law" and foreign_law(ctx):
        return "low"
    return row["risk"]
