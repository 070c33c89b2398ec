"""The chat's door to precedent search: a typed tool argument model and one function that the
conversation's toolbox can call ("trouve-moi dans ma base une clause de plafond favorable au
prestataire"). It returns the typed results and a short text in the user's language, each clause
cited by the user's own id, with the not-legal-advice notice."""

from __future__ import annotations

from pydantic import BaseModel, Field

from assistant.precedents.engine import PrecedentEngine
from assistant.precedents.model import PrecedentResults

_HEAD = {"fr": "Clauses de votre base « {bank} » les plus proches de la demande :",
         "en": "Clauses of your bank '{bank}' closest to the request:"}
_NONE = {"fr": "Aucune clause de votre base « {bank} » ne correspond.", "en": "No clause of your bank '{bank}' matches."}
_FAVOURS = {"fr": {"seller": "favorable au prestataire/vendeur", "buyer": "favorable au client/acheteur",
                   "mutual": "réciproque"},
            "en": {"seller": "favours the seller/provider", "buyer": "favours the buyer/customer", "mutual": "mutual"}}


class FindPrecedents(BaseModel):
    """Find clauses in the user's own clause bank (precedents) matching a drafting request."""
    query: str = Field(description="the request in the user's words, e.g. 'plafond favorable au prestataire'")
    bank: str | None = Field(None, description="bank name; the default bank when not given")
    k: int = Field(5, ge=1, le=20, description="how many clauses")


def search_precedents(engine: PrecedentEngine, args: FindPrecedents, *, owner: str = "",
                      lang: str | None = None) -> tuple[PrecedentResults, str]:
    """(typed results, text for the chat). Raises PrecedentError for an unknown bank."""
    results = engine.search(args.query, bank=args.bank, owner=owner, k=args.k)
    lang = lang if lang in ("fr", "en") else results.lang
    bank = results.bank
    if not results.hits:
        return results, f"{_NONE[lang].format(bank=bank)}\n\n{results.notice}"
    lines = [_HEAD[lang].format(bank=bank)]
    for n, h in enumerate(results.hits, 1):
        flat = " ".join(h.text.split())
        side = _FAVOURS[lang].get((h.facts or {}).get("favours", ""), "")
        lines.append(f"{n}. [{h.id}]{' (' + side + ')' if side else ''} {flat[:300]}{'…' if len(flat) > 300 else ''}")
    return results, "\n".join(lines) + f"\n\n{results.notice}"
