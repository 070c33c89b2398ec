"""The cues of a counter-proposal, in one place (s27: the two families of the act reader that read one share them): a
counter-proposal ordered or a better version asked for ("draft a better one", "fais-moi une contre-proposition",
"propose something fairer": `COUNTER_ORDERED`, read by `chat.act_texts` after an answer on a subject) and a
counter-proposal asked as a question on the clause or the term on the table ("tu proposerais quoi en face ?", "what would
you counter with?": `COUNTER_ASKED`, read by `chat.act_counter`)."""

from __future__ import annotations

import re

__all__ = ["COUNTER_ORDERED", "COUNTER_ASKED"]

# "draft me a better one", "fais-moi une contre-proposition", "une meilleure formulation", "propose an alternative"
COUNTER_ORDERED = re.compile(r"\b(draft|write|give|suggest|propose|fais|redige|ecris|make)[- ]?(me |us |moi |nous |m')?(a |an |une |un )?"
                             r"(better|fairer|safer|stronger|meilleure?|plus juste|plus equilibree?|plus sure?) ?(one|version|clause|"
                             r"wording|redaction|formulation|text|texte)?\b|\b(contre-?propos\w*|counter-?(proposal|offer|draft)s?|propose (something|une alternative|an "
                             r"alternative)|une alternative|an alternative (wording|clause|version)|propose[- ]moi (mieux|autre chose|"
                             r"une (meilleure|autre) (version|clause|formulation|redaction))|fais (mieux|autre chose)|une meilleure "
                             r"(version|clause|formulation|redaction)|(suggest|propose|give me|write|draft) (something|one|a version) "
                             r"(better|fairer|safer)|(something|a) better (wording|clause|version))\b")
# "tu proposerais quoi en face ?", "on leur répond quoi ?", "what would you counter with?", "what do we come back with?"
COUNTER_ASKED = re.compile(
    r"\b(?:(?:tu|vous) (?:proposerai[st]|proposeriez|leur proposerai[st]|leur proposeriez|contre-?proposerai[st]|"
    r"repondrai[st]|repondriez|opposerai[st]|opposeriez|mettrai[st] en face|mettriez en face)|"
    r"(?:^|[,;]\s*|\b(?:et|alors|donc|du coup|bon|ok)\s+)(?:on|nous) (?:leur |lui )?(?:repond\w*|oppose\w*|contre-?propose\w*|propose\w* en face|met\w* en face|"
    r"renvoi\w*)|(?:qu'est-ce qu'on|qu'est ce qu'on|que) (?:leur |lui )?(?:repond|oppose|contre-?propose|propose en face)|"
    r"what (?:would|should|could|do|can) (?:you|we|i) (?:counter|come back|reply|respond|answer|say back|offer (?:them )?"
    r"instead|put (?:forward|on the table) instead|counter-?propose)|"
    r"(?:what(?:'s| is| would be)|any) (?:a |our |the |your )?(?:good )?counter-?(?:proposal|offer)|"
    r"(?:quelle|une) contre-?proposition (?:tu|vous|on) (?:ferai[st]|feriez|propose\w*|fai\w*))")
