"""Login for the web app, without any web framework: credentials, sessions, a CSRF token for
the login form and back-off after wrong passwords (per client address and per user name).

`web/security.py` speaks HTTP and calls these; tests drive them with a fake clock.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

from assistant.settings import AuthConfigError, parse_auth  # noqa: F401 - re-exported for the web app

FREE_ATTEMPTS = 5  # wrong passwords allowed before any wait
MAX_WAIT = 900.0  # seconds: the longest wait between attempts once backed off
SESSION_IDLE = 12 * 3600.0  # seconds without a request before a login expires
SESSION_MAX = 7 * 24 * 3600.0
CSRF_TTL = 3600.0  # a login form is valid for an hour


@dataclass
class _Failures:
    count: int = 0
    last: float = 0.0


class Backoff:
    """After FREE_ATTEMPTS failures for a key, each next attempt must wait 2, 4, 8 … seconds
    (at most MAX_WAIT) after the last failure — even with the right password. Keys are
    `ip:<address>` and `user:<name>`, so neither one address trying many names nor many
    addresses trying one name get more than a handful of guesses per minute."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, *, free: int = FREE_ATTEMPTS,
                 max_wait: float = MAX_WAIT) -> None:
        self.clock = clock
        self.free = free
        self.max_wait = max_wait
        self._fails: dict[str, _Failures] = {}
        self._lock = threading.Lock()

    def wait(self, *keys: str) -> float:
        """Seconds before an attempt on these keys is considered (0: go ahead)."""
        now = self.clock()
        with self._lock:
            waits = [self._wait(self._fails.get(k), now) for k in keys]
        return max(waits, default=0.0)

    def _wait(self, f: _Failures | None, now: float) -> float:
        if f is None or f.count < self.free:
            return 0.0
        delay = min(2.0 ** (f.count - self.free + 1), self.max_wait)
        return max(0.0, f.last + delay - now)

    def failed(self, *keys: str) -> None:
        now = self.clock()
        with self._lock:
            for k in keys:
                f = self._fails.setdefault(k, _Failures())
                f.count += 1
                f.last = now
            if len(self._fails) > 100_000:  # bounded memory under a spray of addresses
                cutoff = now - self.max_wait
                self._fails = {k: v for k, v in self._fails.items() if v.last >= cutoff}

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for k in keys:
                self._fails.pop(k, None)


@dataclass
class LoginSession:
    user: str
    created: float
    seen: float


@dataclass
class Auth:
    """Users, their sessions and the login form's tokens for one server."""

    pairs: list[tuple[str, str]]
    clock: Callable[[], float] = time.time
    backoff: Backoff = field(default=None)  # type: ignore[assignment]
    _sessions: dict[str, LoginSession] = field(default_factory=dict)
    _forms: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.users = dict(self.pairs)
        if self.backoff is None:
            self.backoff = Backoff(self.clock)

    @property
    def enabled(self) -> bool:
        return bool(self.users)

    # -- the login form --------------------------------------------------------------------
    def new_form_token(self) -> str:
        token = secrets.token_urlsafe(24)
        now = self.clock()
        with self._lock:
            self._forms = {t: at for t, at in self._forms.items() if now - at < CSRF_TTL}
            if len(self._forms) > 10_000:
                self._forms.pop(next(iter(self._forms)))
            self._forms[token] = now
        return token

    def take_form_token(self, field_value: str | None, cookie_value: str | None) -> bool:
        """The form's hidden token must equal the one in the browser's cookie (double submit,
        SameSite=Strict) and have been issued by this server, at most CSRF_TTL ago; single use."""
        if not field_value or not cookie_value or not hmac.compare_digest(field_value, cookie_value):
            return False
        with self._lock:
            issued = self._forms.pop(field_value, None)
        return issued is not None and self.clock() - issued < CSRF_TTL

    # -- credentials -----------------------------------------------------------------------
    def check(self, user: str, password: str, *, ip: str) -> tuple[str | None, float]:
        """(session token, 0) on success; (None, 0) for a wrong password; (None, seconds to wait)
        when the attempt was not even considered (backed off)."""
        keys = (f"ip:{ip}", f"user:{user}")
        wait = self.backoff.wait(*keys)
        if wait > 0:
            return None, wait
        expected = self.users.get(user)
        # compare even for an unknown user, so timing does not reveal which names exist
        ok = hmac.compare_digest(password.encode(), (expected or secrets.token_hex(16)).encode())
        if not (ok and expected is not None):
            self.backoff.failed(*keys)
            return None, 0.0  # this attempt was made and failed; a wait applies to the next ones
        self.backoff.succeeded(*keys)
        return self._open(user), 0.0

    def _open(self, user: str) -> str:
        token = secrets.token_urlsafe(32)
        now = self.clock()
        with self._lock:
            self._sessions[token] = LoginSession(user, now, now)
        return token

    def user(self, token: str | None) -> str | None:
        if not token:
            return None
        now = self.clock()
        with self._lock:
            s = self._sessions.get(token)
            if s is None:
                return None
            if now - s.seen > SESSION_IDLE or now - s.created > SESSION_MAX or s.user not in self.users:
                del self._sessions[token]
                return None
            s.seen = now
            return s.user

    def logout(self, token: str | None) -> str | None:
        with self._lock:
            s = self._sessions.pop(token or "", None)
        return s.user if s else None
