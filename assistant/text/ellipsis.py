"""A noun left out and taken up by "one", "une", "celle" in a pair of compared things ("an obligation of means and one
of result", "une obligation de moyens ou une de résultat", "le délai de réponse et celui de rétablissement"): the pair
written out in full, so that each member reads as the thing it names. Works on folded text (`fold`)."""

from __future__ import annotations

import re

# "<head> of|de <a> and|or|vs one|une|celle of|de <b>": the head said once, taken up by the pronoun
_PAIR = re.compile(r"\b(?P<head>[a-z][a-z'-]{2,30}) (?P<prep>of|de|d'|du|des) ?(?P<a>[a-z][a-z'-]{1,30}) "
                   r"(?P<conj>and|or|vs\.?|versus|et|ou|contre|compared to|par rapport a) "
                   r"(?:the |an? |la |le |l')?(?:one|ones|une|un|celle|celui|celles|ceux|other|autre)(?: (?:d'une|d'un))? "
                   r"(?P<prep2>of|de|d'|du|des) ?(?=[a-z])")


def expand_ellipsis(folded: str) -> str:
    """The text with each noun taken up by a pronoun in a compared pair written out again ("an obligation of means and
    one of result" -> "an obligation of means and obligation of result"); unchanged when there is none."""
    def full(m: re.Match) -> str:
        prep2 = m.group("prep2")
        joiner = "" if prep2.endswith("'") else " "
        return f"{m.group('head')} {m.group('prep')}{'' if m.group('prep').endswith(chr(39)) else ' '}{m.group('a')} " \
               f"{m.group('conj')} {m.group('head')} {prep2}{joiner}"
    return _PAIR.sub(full, folded)
