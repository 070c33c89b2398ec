"""Cue families of situations a question tells, thirty-fifth session, lead (issue 15): silence asked as acceptance.

A proposal, new terms or an amendment sent by the other side "deemed accepted unless opposed", and the user asking
whether saying nothing binds it ("si on ne répond pas on est lié ?", "if we don't reply, are we bound?"): the rule on
silence (C. civ. 1120: silence is no acceptance, save the law, usage, business dealings or particular circumstances),
the card on the formation of the contract, not the renewal or price card the story's nouns point to.
"""

from __future__ import annotations

import re

# what the other side sent: an offer, new terms, an amendment, a price list
_PROPOSED = (r"(nouvelles? (conditions|cgv|tarifs?|grilles?|clauses?)|avenant\w*|propositions?|offres?|devis|lettre|courrier|"
             r"mail|e-?mail|conditions|cgv|new (terms|conditions|prices?|rates?|price list)|amendments?|proposals?|offers?|"
             r"quotes?|letter|notice|revised terms|updated terms)")
# saying nothing, or a clause that reads silence as consent
_SILENCE = (r"(si (on|nous|je) (ne )?(repond|reponds|repondons|dit|dis|disons|fait|fais|faisons|reagit|reagis|reagissons)\w* "
            r"(pas|rien)|sans (reponse|reaction|opposition) de (notre|ma) part|faute de (reponse|reaction|opposition)|"
            r"(absence|defaut) de (reponse|reaction)|notre silence|mon silence|le silence|qui ne dit mot|"
            r"reputee?s? (acceptee?s?|accepte)|vaut (acceptation|accord)|valent (acceptation|accord)|"
            r"(considere\w*|tenue?s?) (comme|pour) acceptee?s?|"
            r"if (we|i) (don'?t|do not|never) (reply|respond|answer|react|object|say anything)|if (we|i) say nothing|"
            r"our silence|my silence|silence (as|means|equals) (acceptance|consent|agreement)|deemed (to be |to have been )?"
            r"(accepted|agreed)|unless (we|you) object|treated as (accepted|agreed|acceptance))")
SILENCE_AS_ACCEPTANCE = re.compile(rf"(?s)^(?=.*\b{_PROPOSED})(?=.*{_SILENCE})")
