"""Figures the user gave only under a condition (issue 14, s25): "+10 % si on dépasse 50 postes", "plus 15% if they
want weekend on-call", "the cap doubles if we add hosting". The slot reader keeps each one as said
(`Slots.conditions`) and never applies its figure; the scope tool keeps it in the state with the clause it belongs to
(`ConversationState.conditions`), and every rendering of that clause, alone or in the contract, writes it as a last
numbered passage, the condition with its figure in one sentence, in the user's words quoted."""

from __future__ import annotations

import re

from assistant.text import fold

# "…, and the cap doubles if we add hosting", "le plafond double si on ajoute l'hébergement", "…, passe à 24 mois si…":
# a figure changed by a word (doubled, tripled, halved) or to a value, under a condition said after it
CONDITIONAL_CHANGE = re.compile(
    r"(?:,\s*|\s+)(?:(?:et|and|but|mais|then|puis)\s+)?(?:(?:the|le|la|les|our|notre|that|this|it|il|elle)\s+)?"
    r"(?:(?:cap|ceiling|limit|plafond|fee|redevance|forfait|price|prix|penalt\w*|penalit\w*)\s+)?"
    r"(?:doubles?|triples?|halves|is (?:doubled|tripled|halved)|est (?:double|triple|divise)\w*|"
    r"goes up to|rises to|moves to|passe (?:a|au|de \S+ a))\b[^.;!?]{0,30}?"
    r"\b(?:si|if|when|quand|lorsqu\w*|des qu\w*|en cas d\w*|in case|whenever|once|provided)\b[^.;!?]*")

_FEE = re.compile(r"\b(?:redevance|forfait|fee|fees|price|prix|tarif\w*|factur\w*|invoice\w*)\b|\d\s?(?:€|eur)\b")
_CAP = re.compile(r"\b(?:cap|ceiling|plafon\w*|limit\w*|liabil\w*|responsab\w*)\b")


def conditional_changes(folded: str) -> list[tuple[int, int]]:
    """The spans of the figures changed under a condition in the folded message (kept as said, never applied)."""
    return [m.span() for m in CONDITIONAL_CHANGE.finditer(folded)]


def condition_topic(said: str, before: str = "") -> str | None:
    """The clause a condition belongs to: the fee's (payment terms) or the cap's (liability), read in the condition and
    in what the message said before it; None for another figure (then the clause on the table's)."""
    low, prior = re.sub(r"^\s*(?:(?:et|and|but|mais|then|puis)\s+)?", "", fold(said)), fold(before)
    if _CAP.search(low) or (not _FEE.search(low) and _CAP.search(prior[-60:])):
        return "liability"
    if _FEE.search(low) or re.search(r"^\W*(?:\+|plus|majore|augment|increase|raise|bump|uplift)", low) or _FEE.search(prior):
        return "pricing_payment"
    return None


def condition_line(said: str, lang: str, side: str | None, kind: str | None = None) -> str:
    """The condition as a sentence of the text: the user's words quoted, as said (who "on" or "we" is in them is for
    the parties to word), the figure and its condition together; a thing excluded (s29) as an exclusion from the
    Services."""
    from assistant.chat.wording import say

    what = re.sub(r"^(?:(?:et|and|but|mais|then|puis)\s+)", "", said.strip().strip(" ,.;"), flags=re.I)
    return say(lang, "said_exclusion" if kind == "excluded" else "said_condition",
               what=(f"« {what} »" if lang == "fr" else f"\u201c{what}\u201d"))


_NUMBERED = re.compile(r"^([A-Z0-9]+)\.(\d+)\s")


def with_conditions(text: str, conditions: list[dict], topic: str, lang: str, side: str | None) -> str:
    """The clause text with the conditions kept for `topic`, each as a last numbered passage (never twice)."""
    lines = text.rstrip().splitlines()
    for c in conditions:
        if c.get("topic") != topic:
            continue
        line = condition_line(c.get("said", ""), lang, side, c.get("kind"))
        if line in text:
            continue
        nums = [m for m in (_NUMBERED.match(x.lstrip("> ")) for x in lines) if m]
        quote = "> " if lines and lines[-1].startswith("> ") else ""
        head = f"{nums[-1].group(1)}.{int(nums[-1].group(2)) + 1} " if nums else ""
        lines.append(quote + head + line)
    return "\n".join(lines)
