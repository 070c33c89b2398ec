"""One-letter typos in the words that carry a scope fact or a clause figure ("sauvgarde", "telephonnie",
"disponibilté", "suport"), mended before the slots are read.

A word is mended only when it is unknown to the knowledge base's own vocabulary (both languages), is one edit
(a letter missing, added, changed or two letters swapped) away from exactly one of the key words below, and starts
with the same letter. A real word ("sécurisé", "posting", "servir") is known and stays as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.paths import KB_DIR
from assistant.text import fold

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


@lru_cache(maxsize=2048)
def _mend_word(word: str) -> str | None:
    if len(word) < _MIN or word in _known():
        return None
    found = {k for k in KEYWORDS if k[0] == word[0] and _one_edit(word, k)}
    return found.pop() if len(found) == 1 else None


# s23: a compound written without its hyphen ("sous traitance", "soustraitant", "sous traiter"): the hyphen put back
_COMPOUND = re.compile(r"\b(sous) ?(trait(?:ance|ances|ant|ants|ante|antes|er|e|es|ee|ees|ent)\b)", re.IGNORECASE)


def mend_typos(text: str) -> str:
    """The text with each mistyped key word replaced by the key word (other words untouched)."""
    text = _COMPOUND.sub(r"\1-\2", text)
    out, last = [], 0
    for m in re.finditer(r"[^\W\d_]+", text):
        good = _mend_word(fold(m.group(0)))
        if good is not None:
            out.append(text[last:m.start()] + good)
            last = m.end()
    return "".join(out) + text[last:] if out else text
