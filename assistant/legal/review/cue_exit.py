"""Cues of the exit terms (topic `reversibility`), matched on folded text by `classify`: what a party must still do or
may still use once the contract ends — return or deliver things, go on providing or using the service for a period,
help the next provider, sell the equipment that ran the service — read as a duty tied to the end, not the bare word.

The span between the end and the duty may hold a reference numbered with a dot ("under Section 4.2 above"): `_S` is any
character of the sentence, a full stop included when a digit follows it. An obligation that merely outlives the
contract (an insurance kept in force, a non-compete, a severance payment) names no such duty and is no exit term.
"""

from __future__ import annotations

_S = r"(?:[^.;]|\.(?=\d))"  # a character of the same sentence ("section 4.2" does not end it)
# a duty's verb, after its modal and an aside ("will, at the Customer's request, go on hosting")
_ASIDE = r"(, [^,;.]{1,50},)?"
_DUTY = (r"(promptly |immediately |continue to |at (the )?[a-z']+ option[,:]? (\(\w+\) )?)?(return|deliver|provide|render|"
         r"continue|transition|transfer|assist|cooperate|liaise|sell|purchase|use|pay for|grant|destroy|furnish|"
         r"make available|hand (back|over)|give back|go on|keep (providing|processing|hosting|running|operating|"
         r"supporting|performing))")
_END = r"(termination|expiration|expiry|cessation)"

POST_END = (rf"\b(?:((upon|on|after|following|at the time of|in the event of|prior to) (the |any |such )?(final )?{_END}|"
            r"(when|once|if|where|after) (this|the) (agreement|contract|order)( \w+)? (ends|expires|terminates|is terminated|"
            rf"comes to an end))\b{_S}{{0,160}}\b(shall|will|must|agrees? to|may){_ASIDE} {_DUTY}|"
            # a period counted from the end ("for ninety days after the effective date of termination", "within thirty
            # days of termination under Section 15.1")
            rf"(for|during|within) (a period of |the )?{_S}{{0,40}}\b(after|following|thereafter|from|of) (the )?"
            rf"((effective )?date of )?{_END}\b{_S}{{0,120}}\b(shall|will|may|must){_ASIDE} (continue|provide|return|deliver|"
            r"sell|use|remain|hand (back|over)|give back|go on|keep \w+ing)|"
            rf"(continue|survive)\w* (after|beyond|following) (the )?{_END}|"
            rf"(terminat\w*|expir\w*|\bends)\b{_S}{{0,150}}\b(may|shall|will) continue\b|"
            # an option or a right opened by the end ("If this Agreement ends under Section 4.2, the Customer shall have
            # the option, exercisable within sixty days, to buy the equipment used to run the Services")
            rf"(terminat\w*|expir\w*|\bends\b){_S}{{0,160}}\b(shall|will) have (an|the) (option|right)\b{_S}{{0,80}}\b(purchase|"
            r"buy|acquire|continue|use|license)|"
            r"(continue|sell|sold|return|deliver|provide|assist|transition|purchase)\w*\b[^.;]{0,120}\b(period|days?|months?|"
            r"years?)\)? (next )?(following|after) (the )?(date of )?(actual )?(termination|expiration|expiry)|"
            r"successor (service )?(provider|supplier|vendor|host|contractor)|orderly (transition|transfer|assumption)|"
            r"\btransition(ed|ing)? (to|of) (the )?(services|[a-z]+ or (a|any|such) successor)|wind[- ]?(down|up) period|"
            r"sell[- ]off period|"
            # French: "à l'expiration du contrat, quelle qu'en soit la cause, le Prestataire remet…"
            rf"(apres|a) (la |l')?(fin|cessation|resiliation|expiration|echeance) du (present )?(contrat|marche){_S}{{0,120}}\b("
            r"restitu|continu|assist|transf|remettre|remettra|remet|rend|fournir))")

END_HEADING = (r"(effect|effects|consequences?|rights?|obligations?|duties|assistance) (of|upon|on|after|following) "
               r"(the )?(termination|expiration|expiry)|post-?termination|transition (services|assistance|period)|"
               r"suites? de la (resiliation|fin)|consequences de la (resiliation|fin)|fin (du contrat|des relations)")
