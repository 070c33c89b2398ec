"""A literal gate for regular expressions: the words a match cannot do without, checked before the pattern is run.

Python's `re` scans a pattern such as ``\\bsecret\\b|non-?disclosure`` at every position of the text (a leading word
boundary defeats its own first-character shortcut), so a reader that runs sixty topic patterns over every clause spends
most of its time proving that a clause does not mention a topic. Every match of ``\\bsecret\\b|non-?disclosure``
contains "secret" or "disclosure"; when the text contains neither, there is no match and the scan can be skipped.
`may_match` reads these required words from the pattern's own parse tree, so it stays exact: it answers False only when
the pattern cannot match anywhere in the text, and True (run the pattern) whenever it cannot tell.
"""
from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - older interpreters
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

MIN_LEN = 3          # a shorter required word ("de", "a") is in almost every text: no gate
MAX_WORDS = 40       # more alternatives than this: checking them costs about what the scan does

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())

Need = frozenset  # any one of these words must occur in the text


def _best(candidates: list[Need]) -> Need | None:
    """The most selective of several needs that all hold: fewest words, then longest shortest word."""
    good = [n for n in candidates if n and len(n) <= MAX_WORDS]
    if not good:
        return None
    return min(good, key=lambda n: (len(n), -min(map(len, n))))


def _need_seq(items) -> Need | None:
    """What a sequence of items cannot match without: a run of plain characters, or what a required part needs."""
    candidates: list[Need] = []
    run: list[str] = []

    def close() -> None:
        if len(run) >= MIN_LEN:
            candidates.append(Need({"".join(run)}))
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue  # a boundary or a look-around consumes nothing: the characters on both sides stay adjacent
        close()
        if op is _c.SUBPATTERN:
            _group, add_flags, _del, sub = av
            if not add_flags & _c.SRE_FLAG_IGNORECASE:
                need = _need_seq(sub)
                if need:
                    candidates.append(need)
        elif op is _c.BRANCH:
            need = _need_branch(av[1])
            if need:
                candidates.append(need)
        elif op in _REPEATS and av[0] >= 1:
            need = _need_seq(av[2])
            if need:
                candidates.append(need)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            need = _need_seq(av)
            if need:
                candidates.append(need)
    close()
    return _best(candidates)


def _need_branch(alternatives) -> Need | None:
    """Each alternative must need a word, and the need is any of them."""
    words: set[str] = set()
    for alt in alternatives:
        need = _need_seq(alt)
        if need is None:
            return None
        words |= need
        if len(words) > MAX_WORDS:
            return None
    return Need(words)


@lru_cache(maxsize=4096)
def required_words(rx: re.Pattern) -> Need | None:
    """Words of which every match of `rx` contains at least one; None when the pattern gives no such guarantee."""
    if rx.flags & re.IGNORECASE or not isinstance(rx.pattern, str):
        return None
    try:
        parsed = _parser.parse(rx.pattern, rx.flags)
    except Exception:  # noqa: BLE001 - a pattern the parser reads differently: no gate, the scan runs
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _need_seq(list(parsed))


# Read once per pattern object, found by identity: hashing a compiled pattern hashes its whole program each time.
_BY_ID: dict[int, tuple[re.Pattern, tuple[str, ...] | None]] = {}


def may_match(rx: re.Pattern, text: str) -> bool:
    """False only when `rx` cannot match anywhere in `text`."""
    known = _BY_ID.get(id(rx))
    if known is None or known[0] is not rx:
        if len(_BY_ID) > 20000:  # patterns made on the fly, not the readers' own: start afresh
            _BY_ID.clear()
        words = required_words(rx)
        known = _BY_ID[id(rx)] = (rx, None if words is None else tuple(sorted(words, key=len, reverse=True)))
    words = known[1]
    if words is None:
        return True
    for w in words:
        if w in text:
            return True
    return False
