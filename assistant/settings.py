"""One configuration object, read from CLAUSIER_* variables plus OPENAI_API_KEY / OPENAI_BASE_URL."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import SetupError
from assistant.knowledge.taxonomy import KB_DIR


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CLAUSIER_", extra="ignore", populate_by_name=True)

    data_dir: Path = Field(default=Path("data"), description="index, conversations, user documents")
    kb_dir: Path = KB_DIR
    embeddings: Literal["use", "use+e5", "e5", "openai"] = "use"
    embedding_model: str = "text-embedding-3-small"
    collection: str = "clausier"
    chroma_host: str | None = None
    chroma_port: int = 8000

    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "CLAUSIER_OPENAI_API_KEY"))
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "CLAUSIER_OPENAI_BASE_URL"))
    model: str = "gpt-4o-mini"
    llm_timeout: float = 30.0
    llm_retries: int = 2
    context_window: int = 16_000
    answer_tokens: int = 900

    bm25_weight: float = 1.0  # equal to dense: measured best on both question sets (RESULTS.md)
    min_similarity: float = 0.30
    # the learned act reader beside the regular one (assistant/chat/act_model.py); off: the regular reader alone
    act_model: Literal["on", "off"] = "on"
    act_model_file: Path | None = None  # another examples file (a model trained without a set, for an honest run)

    host: str = "127.0.0.1"
    port: int = 7860
    auth: SecretStr | None = None
    max_upload_mb: int = 20
    max_pages: int = 300

    @field_validator("data_dir")
    @classmethod
    def _expand(cls, v: Path) -> Path:
        return Path(v).expanduser()

    @property
    def llm_configured(self) -> bool:
        return bool(self.openai_api_key or self.openai_base_url)

    def auth_pairs(self) -> list[tuple[str, str]]:
        """`user:pw,user2:pw2` → [(user, pw), …]; a malformed value raises `AuthConfigError`
        (the server refuses to start: a typo must never turn login off)."""
        return parse_auth(self.auth.get_secret_value() if self.auth else None)


class AuthConfigError(SetupError):
    """CLAUSIER_AUTH cannot be read: the server refuses to start rather than run without login."""


def parse_auth(value: str | None) -> list[tuple[str, str]]:
    """`user:password,user2:password2` → pairs. Any malformed item is an error (never skipped):
    a typo must not turn login off or lock a user out silently."""
    if value is None or not value.strip():
        return []
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    for n, item in enumerate(value.split(","), 1):
        user, sep, pw = item.strip().partition(":")
        user = user.strip()
        if not item.strip():
            raise AuthConfigError(f"CLAUSIER_AUTH: item {n} is empty (expected user:password,user2:password2)")
        if not sep or not user or not pw:
            raise AuthConfigError(f"CLAUSIER_AUTH: item {n} is not user:password "
                                  "(expected user:password,user2:password2; ';' does not separate users)")
        if any(ch.isspace() or ord(ch) < 32 for ch in user) or len(user) > 64:
            raise AuthConfigError(f"CLAUSIER_AUTH: item {n}: a user name has no spaces or control characters "
                                  "and at most 64 characters")
        if user in seen:
            raise AuthConfigError(f"CLAUSIER_AUTH: user {user!r} is given twice")
        seen.add(user)
        pairs.append((user, pw))
    return pairs
