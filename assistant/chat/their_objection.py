"""s36: the other side objecting now to a term of the user's own ("their owner objects to our cap of 3 months", "leur DAF
conteste notre préavis de 6 mois", "the client's finance lead pushes back on our 24 month term", "leur commercial dit que
notre préavis d'un mois c'est trop court"). Read by meaning, not by who the objector is: a verb of objecting (or a
judgement reported with "says"/"dit que") whose subject is not the user ("je", "on", "nous", "we", "I") and whose object
is a term of the user's ("our …", "notre …", "nos …"). That is the clause's objections (the negotiation notes); the
figure named describes the term objected to and is never set. An order in the same message ("make the cap 6 months, they
object to 3") keeps the change: the objection is its reason (`chat.act_work` reads orders first)."""

from __future__ import annotations

import re

from assistant.chat.public_buyer import public_buyer_named

# a verb of objecting said of someone, present or future ("objects to", "pushes back on", "n'est pas d'accord avec")
_OBJECTING = (r"(?:objects?|objecting|objected) to|push(?:es|ing)? back (?:on|against)|pushback on|reject(?:s|ing)?|"
              r"refus(?:es|ing)|disput(?:es|ing)|contest(?:s|ing)|challeng(?:es|ing)|disagre(?:es|eing) (?:with|on|about)|"
              r"(?:is|are)n'?t (?:happy|ok|okay|fine) with|(?:is|are) not (?:happy|ok|okay|fine) with|balks? at|"
              r"(?:doesn'?t|don'?t|won'?t|does not|do not|will not) (?:accept|like|want|agree to|sign)|complains? about|"
              r"conteste\w*|refuse\w*|rejette\w*|s'oppose\w* a|(?:n'est|ne sont) pas d'accord (?:avec|sur)|"
              r"(?:n'accepte|n'acceptent|ne veut pas de|ne veulent pas de|n'aime pas|n'aiment pas|ne signera pas)|"
              r"tique\w* sur|ral\w* sur|critique\w*|bloque\w* sur")
# a judgement of the other side reported ("says it's far too long", "dit que c'est trop court", "trouve … excessif")
_SAYS = r"(?:says?|said|thinks?|feels?|finds?|claims?|dit|disent|trouve\w*|estime\w*|juge\w*|pense\w*)"
_JUDGED = re.compile(r"\b(?:trop|too|way (?:too|more|less)|far too|ridiculous\w*|ridicule\w*|excessi\w*|abusi\w*|derisoire|"
                     r"unacceptable|inacceptable|unfair|injuste|not enough|pas assez|insuffisant\w*|hors marche|"
                     r"off[- ]market|out of line|worth (?:way |much |far )?more|vaut (?:bien )?plus|deal[- ]?breaker)\b")
_OURS = r"(?:our|notre|nos)\s+(?!(?:side|cote|client|customer|clients|customers)\b)[a-z0-9]"
_OBJECTS_TO_OURS = re.compile(r"\b(?P<verb>" + _OBJECTING + r")\s+(?:(?:\w+\s+){0,3}?)" + _OURS)
_SAYS_OURS = re.compile(r"\b" + _SAYS + r"\b(?:\s+(?:que|qu'|that))?\s+(?:(?:\w+\s+){0,3}?)" + _OURS)
# the user as the subject ("we reject their cap", "on refuse leur pénalité", "je trouve notre plafond trop bas")
_FIRST_PERSON = re.compile(r"(?:^|[.;!?,]\s*|\b(?:et|and|mais|but|donc|so)\s+)(?:je|j'|on|nous|we|i|moi|me)\b[^.;!?,]*$")


# a refusal told in the past is a fact of the story ("le client a refusé notre devis", "they had rejected our offer"): the
# auxiliary before the verb (folded, "a refusé" reads "a refuse")
_PAST_AUX = re.compile(r"\b(?:a|avait|ont|avaient|aurait|auraient|had|has|have|already)\s+(?:\w+\s+){0,2}?$")
# the other side invoking a law or a text against our term ("invokes the Data Act to refuse our exit fee", "invoque le RGPD
# pour refuser nos frais"): a question of law, answered as such
_INVOKES_LAW = re.compile(r"\b(?:invok\w*|invoqu\w*|relies on|relying on|s'appui\w* sur|cites?|citing|se prevau\w* d\w*|"
                          r"on the basis of|sur le fondement d\w*|au nom d\w*|en vertu d\w*|under)\s+(?:the |le |la |l'|les |"
                          r"du |de la |des )?(?:\w+\s+){0,2}?(?:law|act|regulation|article|art\.|code|directive|rgpd|gdpr|loi|"
                          r"reglement|decret|ordonnance|clause|jurisprudence)\b")


# the verb governing an act to do ("refuse de nous rendre", "refuses to return"): a refusal to perform
_TO_DO = re.compile(r"\s+(?:de |d'|to )")



# what they could or would do, supposed or asked ("could they refuse…", "peuvent-ils refuser…", "if they reject…")
_SUPPOSED = re.compile(r"\b(?:could|can|may|might|would|if|whether|peu\w*|pourr\w*|si|s'ils?|droit de|right to)\b[^.;!?,]*$")


def objects_to_ours(low: str) -> bool:
    """Whether someone other than the user objects now to a term of the user's own (see the module's docstring)."""
    if _INVOKES_LAW.search(low):
        return False
    for rx in (_OBJECTS_TO_OURS, _SAYS_OURS):
        for m in rx.finditer(low):
            before = low[max(0, m.start() - 60):m.start()]
            if _FIRST_PERSON.search(before) or not re.search(r"[a-z]", before):
                continue  # the user objecting, or no subject at all ("refuse notre …" is an order to the assistant)
            if rx is _OBJECTS_TO_OURS and _TO_DO.match(low, m.end("verb")):
                continue  # "le presta refuse de nous rendre nos accès": a refusal to perform, not an objection to a term
            if public_buyer_named(low):
                continue  # a public buyer's judgement of an offer ("l'hôpital public trouve notre prix trop bas") is a
                # procedure of the procurement code, a question of law
            if rx is _OBJECTS_TO_OURS and _PAST_AUX.search(before):
                continue  # "le client a refusé notre devis l'an dernier": a refusal told in the past, a fact of the story
            if _SUPPOSED.search(before[-30:]):
                continue  # "could they refuse to hand back our data?": an objection supposed, asked about — a question
            if rx is _SAYS_OURS and not _JUDGED.search(low, m.end()):
                continue  # "their lawyer says our clause is fine": nothing objected
            return True
    return False
