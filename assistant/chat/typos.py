"""One-letter typos in the words that carry a scope fact or a clause figure ("sauvgarde", "telephonnie",
"disponibilté", "suport"), mended before the slots are read.

A word is mended only when it is unknown to the knowledge base's own vocabulary (both languages), is one edit
(a letter missing, added, changed or two letters swapped) away from exactly one of the key words below, and starts
with the same letter. A real word ("sécurisé", "posting", "servir") is known and stays as written. A long key word
(ten letters or more: the clause names) also takes a word two edits away that starts with its first three letters
("resilitaton", "confidentialiter"), when no other key word is as close.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.paths import KB_DIR
from assistant.text import fold
from assistant.text.numbers import write_spoken_decimals

KEYWORDS = (
    # services and assets
    "hebergement", "sauvegarde", "sauvegardes", "supervision", "maintenance", "telephonie", "imprimantes", "imprimante",
    "serveurs", "serveur", "utilisateurs", "utilisateur", "correctifs", "messagerie", "securite", "hosting", "backups",
    "monitoring", "support", "security", "patching", "printers", "servers", "telephony", "workstations", "helpdesk",
    # clause figures and topics
    "disponibilite", "penalites", "responsabilite", "reversibilite", "confidentialite", "preavis", "resiliation",
    "sollicitation", "plafond", "plafonne", "plafonnees", "redevance", "indemnite", "renouvellement", "reconduction",
    "availability", "penalties", "liability", "reversibility", "confidentiality", "termination", "solicitation",
    "renewal", "uptime",
    # s24: more clause names ("propriété intelectuelle", "gouvernace", "indexaton", "jurisdicton")
    "intellectuelle", "intellectual", "juridiction", "jurisdiction", "gouvernance", "governance", "indexation",
    "assurance", "insurance", "subcontracting", "restitution",
)
_MIN = 5  # shorter words are mended too often into something else


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    words: set[str] = set()
    for path in KB_DIR.rglob("*.yaml"):
        try:
            words.update(re.findall(r"[a-z]+", fold(path.read_text(encoding="utf-8"))))
        except OSError:
            continue
    return frozenset(words) | frozenset(KEYWORDS)


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter added, removed or changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


_LONG = 10  # a key word this long takes two edits (its first three letters kept)


def _edits(a: str, b: str, limit: int = 2) -> int:
    """The optimal string alignment distance of a and b (letters added, removed, changed, neighbours swapped), or
    limit + 1 when it is larger than limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1] if prev[-1] <= limit else limit + 1


@lru_cache(maxsize=2048)
def _mend_word(word: str) -> str | None:
    if len(word) < _MIN or word in _known():
        return None
    found = {k for k in KEYWORDS if k[0] == word[0] and _one_edit(word, k)}
    if found:
        return found.pop() if len(found) == 1 else None
    far = {k for k in KEYWORDS if len(k) >= _LONG and len(word) >= _LONG - 1 and word[:3] == k[:3] and _edits(word, k) == 2}
    return far.pop() if len(far) == 1 else None


# s23: a compound written without its hyphen ("sous traitance", "soustraitant", "sous traiter"): the hyphen put back
_COMPOUND = re.compile(r"\b(sous) ?(trait(?:ance|ances|ant|ants|ante|antes|er|e|es|ee|ees|ent)\b)", re.IGNORECASE)


def mend_typos(text: str) -> str:
    """The text with each mistyped key word replaced by the key word (other words untouched), and a decimal said
    between digits written with its mark ("99 virgule 8" -> "99,8": `text.numbers.write_spoken_decimals`)."""
    text = write_spoken_decimals(_COMPOUND.sub(r"\1-\2", text))
    out, last = [], 0
    for m in re.finditer(r"[^\W\d_]+", text):
        good = _mend_word(fold(m.group(0)))
        if good is not None:
            out.append(text[last:m.start()] + good)
            last = m.end()
    return "".join(out) + text[last:] if out else text
