"""What an ask is about, read the same way in a question and in a typed rule of law (issue 15, s26).

The rules on one subject answer different asks: on a penalty clause, the judge's power to reduce a manifestly excessive
amount (C. civ. 1231-5) and the formal notice that makes it due (art. 1344). Sentence similarity ranks the rule closest
to the story's words ("applied the penalty clause for our late delivery" is closest to the formal-notice rule), not the
one on what is asked ("surely a court won't make us pay all of that?"). A focus family is read in the question and in
each rule by the same cues, so nothing here names an article or an entry:

- `court`: a court or judge acts ("un juge peut baisser ça ?", "the court may reduce…");
- `disproportion`: an amount out of proportion — said in words (excessive, derisory, huge), as a multiple of another
  sum ("four times our annual fee", "dix fois ce qu'on facture"), or as two sums of money the user gives, one at least
  `RATIO` times the other (read through the one text toolkit, `assistant.text.find_money`);
- `proof`: who has to prove, the burden of proof.

`focus(text)` gives the families a text carries; `subject_rules` ranks a rule sharing the question's families first.
"""

from __future__ import annotations

import re

from assistant.text import NUMBER_WORDS_PATTERN, find_money, fold

RATIO = 3.0  # two sums the user gives, one this many times the other: out of proportion

_COURT = re.compile(r"\b(juges?|tribunal|tribunaux|prud'?hom\w*|judges?|courts?)\b(?!\s*(?:-|of appeal)?\s*(?:date|hearing))")
_DISPROPORTION_WORDS = re.compile(
    r"\b(excessi\w*|disproportion\w*|derisoire\w*|derisory|exorbitant\w*|enormes?|huge|outrageous|astronomi\w*|"
    r"out of (all )?proportion|hors de proportion)\b")
# a multiple of another sum: "4x the monthly fee", "ten times bigger than", "3 fois le prix annuel" (not "3 fois par an",
# "three times a year": a frequency)
_MULTIPLE = re.compile(
    r"\b(\d+(?:[.,]\d+)?|" + NUMBER_WORDS_PATTERN + r")\s*(?:x|fois|times)\s+"
    r"(?:the|our|their|its|what|bigger|more|higher|larger|greater|as|le|la|les|l'|ce|ceux|plus|notre|nos|son|sa|ses|leur|"
    r"leurs|du|de|des)\b")
_THOUSANDS = re.compile(r"\b(\d+(?:[.,]\d+)?)\s?k\b")  # "80k": the way people write sums of money in a chat
_PROOF = re.compile(r"\b(prouv\w*|preuves?|demontr\w*|prove[sdn]?|proving|proof|burden)\b")


def _sums(text: str) -> list[float]:
    """The sums of money a text gives, "80k" included."""
    sums = [q.value for q in find_money(text)]
    folded = fold(text)
    sums += [float(m.group(1).replace(",", ".")) * 1000 for m in _THOUSANDS.finditer(folded)]
    return [s for s in sums if s > 0]


def focus(text: str) -> set[str]:
    """The focus families a question or a rule carries."""
    low = fold(text)
    out = set()
    if _COURT.search(low):
        out.add("court")
    sums = _sums(text)
    if _DISPROPORTION_WORDS.search(low) or _MULTIPLE.search(low) or \
            len(sums) >= 2 and max(sums) >= RATIO * min(sums):
        out.add("disproportion")
    if _PROOF.search(low):
        out.add("proof")
    return out
