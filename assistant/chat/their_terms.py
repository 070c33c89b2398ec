"""The other side's terms reported by the user (s35, issue 14): "le fournisseur veut une durée ferme de quatre ans",
"dans son contrat il met que sa responsabilité est limitée…", "leur proposition prévoit un préavis de neuf mois", "They
wrote that they may raise prices any time", "the vendor's terms say the cap is one month of fees".

What the other side's text says or what it wants written is a term to judge for the user's side — a question on those
terms — never a figure set in the user's contract, a fact of the user's scope, a service taken out ("il dit qu'il n'est
pas responsable des pertes de sauvegarde" takes no backup out of the scope) nor a change of side. The figures stay the
other side's (`chat.deal_figures` keeps them as the deal's, never written into a version that they would weaken).

Three frames are read:
- the other side's document as the subject: "leur proposition prévoit…", "in their proposal…", "their terms say…",
  "dans son contrat il met…";
- the other party named, then a verb of writing or proposing: "le prestataire a mis / prévoit / propose…", "the vendor
  wrote / proposes / puts…"; with a verb of wanting ("veut", "wants", "demands") only for the provider's wishes told by its
  client, and only when what is wanted is a contract term (duration, notice, liability, price, penalties…) — what a client
  wants, told by its provider ("le client veut un plafond de 3 %", "they want weekend on-call"), is a demand to write into
  the provider's own text or a need of the deal;
- a pronoun for the other side with a verb of writing ("ils ont mis que…", "they wrote that…", "il dit que…" after a
  conversation on their contract is read by the second frame only with a term named).

`asks_how_to_answer`: how to answer the other side's argument or insistence ("they'll say Syntec is standard, what do I
answer?", "ils insistent… on leur répond quoi ?") — that clause's objections (negotiation notes)."""

from __future__ import annotations

import re

# the provider and the client, as the user names them
_PROVIDER = (r"(?:prestataire|presta|fournisseur|editeur|infogerant|infogereur|ssii|esn|hebergeur|integrateur|msp|"
             r"provider|supplier|vendor|contractor|it (?:firm|company|provider|supplier|guys?)|outsourcer|societe informatique|"
             r"boite informatique|(?:[a-z]+ )?(?:team|service|equipe|direction) (?:achats?|juridique|purchasing|procurement|legal))")
_CLIENT = r"(?:client|cliente|customer|(?:[a-z]+ )?(?:team|service|equipe|direction) (?:achats?|juridique|purchasing|procurement|legal))"
_DET = r"(?:le|la|l'|les|leur|leurs|notre|nos|mon|ce|cette|the|our|my|their|this|that|its|his|her)\s*"

# verbs of writing, setting or proposing a term (present, past, perfect)
_WRITE_FR = (r"(?:a mis|ont mis|met|mettent|a ecrit|ont ecrit|ecrit|ecrivent|a prevu|ont prevu|prevoit|prevoient|propose|"
             r"proposent|a propose|ont propose|impose|imposent|indique|indiquent|stipule|stipulent|fixe|fixent|dit|disent|"
             r"contient|mentionne|mentionnent|a glisse|ont glisse|glisse)")
_WRITE_EN = (r"(?:wrote|writes?|has written|have written|put|puts|has put|have put|propose[sd]?|has proposed|say|says|said|"
             r"states?|stated|provides?|sets?|specif(?:y|ies|ied)|includes?|included|has|have|offers?|offered|slipped in|"
             r"added|adds|insert(?:s|ed)?)")
_WANT_FR = r"(?:veut|veulent|voudrait|voudraient|demande|demandent|exige|exigent|souhaite|souhaitent|tient a|tiennent a)"
_WANT_EN = (r"(?:wants?|wanted|would like|asks? for|asked for|demands?|demanded|insists? on|requires?|required|is pushing for|"
            r"are pushing for|pushes for)")
# the other side's document
_THEIR_DOC = (r"(?:son|sa|ses|leur|leurs|their|his|her|its|the (?:provider|supplier|vendor|msp|client|customer)'?s?|"
              r"(?:le|la|les|the) (?:[a-z]+ )?(?:du|de la|des|of the) (?:prestataire|presta|fournisseur|client|provider|"
              r"supplier|vendor|customer))\s+(?:(?:own|standard|draft|new|nouveau|nouvelle|propre)\s+)?"
              r"(?:contrats?|propositions?|offres?|projets?|devis|cgv|cgu|conditions(?: generales)?|versions?|modeles?|"
              r"drafts?|contracts?|proposals?|offers?|terms(?: and conditions)?|t&cs?|quotes?|quotations?|paperwork|"
              r"templates?|agreements?|clauses?|sla)")
# a contract term named (what the other side wants written): not a service or a need of the deal
_TERM_WORD = re.compile(
    r"\b(?:duree|engagement|ferme|preavis|reconduction|reconduit\w*|renouvel\w*|resiliation|resilier|responsabilite|"
    r"responsable|plafon\w*|penalite\w*|indemnit\w*|prix|tarifs?|hausse|augment\w*|indexation|indice|revision|"
    r"exclusivite|non-sollicitation|non sollicitation|clause|article|mois d'abonnement|mensualites|pourcentage|%|"
    r"term|minimum term|notice|renew\w*|terminat\w*|liabilit\w*|liable|cap|capped|penalt\w*|fees?|prices?|increase|"
    r"index\w*|exclusiv\w*|non-solicitation|unlimited|illimitee?s?|pertes?|losses?|lost|repond(?:re)? (?:pas )?des?|"
    r"garanti\w*|warrant\w*)\b|%")


def _other_names(side: str | None) -> str:
    if side == "client":
        return _PROVIDER
    if side == "msp":
        return _CLIENT
    return f"(?:{_PROVIDER}|{_CLIENT})"


def reported_terms(low: str, side: str | None) -> bool:
    """True when the folded message reports what the other side's text says or what the other side wants written."""
    if _OWN_VOICE.search(low) or _HYPOTHESIS.match(low):
        return False
    other = _other_names(side)
    # "leur proposition prévoit…", "in their proposal the notice is…", "dans son contrat il met…", "their terms say…"
    doc = re.search(r"\b" + _THEIR_DOC + r"\b", low)
    if doc:
        after = low[doc.end():]
        if re.match(r"[^.;?!]{0,40}?\b(?:" + _WRITE_FR + "|" + _WRITE_EN + r"|is|are|est|sont|c'est|prevoit)\b", after) and \
                _TERM_WORD.search(low):
            return True
    # "le prestataire a mis / veut…", "the vendor wrote / wants…", "their purchasing team wrote…"
    # (a demand of the client relayed by the provider — "le client veut que la hausse soit plafonnée à 3 %" — is what the
    # provider is asked to write into its own clause: only the client's own text reported is read, not its wishes)
    wants = "|" + _WANT_FR + "|" + _WANT_EN if side != "msp" else ""
    named = re.search(r"\b" + _DET + other + r"\b(?:\s+\w+)?\s+(?:(?:nous|me|m'|us|me)\s+)?(?P<verb>" + _WRITE_FR + "|" +
                      _WRITE_EN + wants + r")\b", low)
    if named and _TERM_WORD.search(low[named.end():]):
        return True
    # "ils ont mis que…", "they wrote that…", "il a écrit une reconduction…"
    said = re.search(r"\b(?:ils|il|elle|elles|they|he|she)\s+(?:(?:nous|me|us)\s+)?(?:ont mis|a mis|ont ecrit|a ecrit|ont prevu|"
                     r"a prevu|ont glisse|a glisse|wrote|have written|has written|have put|put in|slipped in|wrote in|"
                     r"(?:dit|disent|ecrit|ecrivent|met|mettent) (?:que|qu')|(?:say|says|said|write|writes|state|states) (?:that )?"
                     r"(?:they|he|she|it|their|his|its)\b)", low)
    return bool(said and _TERM_WORD.search(low[said.end():]))


# the user's own voice or wish ("nous voulons…", "we want…", "on veut…"), an order, or a case supposed
_OWN_VOICE = re.compile(r"^\W*(?:(?:et|and|ok|bon|alors|so)\W+)?(?:nous|on|je|j'|we|i)\s+(?:voulons|veut|veux|voudrions|"
                        r"voudrait|souhaitons|souhaite|want|would like|need|avons besoin)\b|"
                        r"^\W*(?:mets|mettez|ajoute|ajoutez|passe|passez|redige|redigez|ecris|ecrivez|put|set|make|add|draft|"
                        r"write|change)\b")
_HYPOTHESIS = re.compile(r"^\W*(?:et |and |mais |but )?(?:si|if|what if|suppose|imagine|meme si|even if)\b(?! (?:il|ils|they)"
                         r" (?:perd|perdent|lose)\b)")


# how to answer what the other side says or insists on
_HOW_TO_ANSWER = re.compile(
    r"\b(?:what|how) (?:do|should|shall|can|could|would|must) (?:i|we) (?:(?:best|then) )?(?:answer|reply|respond|say back|"
    r"counter|come back|push back|argue|tell (?:them|him|her))\b|"
    r"\bwhat(?:'s| is) (?:my|our|a good|the best|the right) (?:answer|reply|response|comeback|counter)\b|"
    r"\bhow to (?:answer|reply|respond|counter)\b|"
    r"\b(?:je|on|nous) (?:leur |lui )?(?:reponds|repond|repondons|dis|dit|disons|oppose|opposons) quoi\b|"
    r"\b(?:qu'est[- ]ce qu(?:e |')(?:je|on|nous) (?:leur |lui )?(?:reponds|repond|repondons|dis|dit|oppose))\b|"
    r"\b(?:que|quoi) (?:leur |lui )?(?:repondre|retorquer|opposer|dire)\b|"
    r"\bcomment (?:leur |lui )?(?:repondre|retorquer|contrer|argumenter)\b|"
    r"\b(?:quelle|que) (?:reponse|contre-argument|argument) (?:leur |lui )?(?:faire|donner|opposer)\b")
# ... to an argument or insistence of theirs told in the message
_THEIR_ARGUMENT = re.compile(
    r"\b(?:they(?:'ll| will| would| might|'re going to| are going to)? (?:say|tell|argue|claim|answer|reply|insist|object|"
    r"push back|come back)|they (?:came|come) back|they pushed back|they insist\w*|they (?:object|objected|refuse\w*|reject\w*)|"
    r"(?:the )?(?:client|customer|provider|vendor|supplier) (?:says?|said|insists?|objects?|refuses?|rejects?|pushed back|came "
    r"back|will say|argues?)|"
    r"ils (?:vont|risquent de|pourraient) (?:me |nous )?(?:dire|repondre|objecter|opposer|pretendre|argumenter)|"
    r"ils (?:insistent|refusent|contestent|objectent|disent|repondent|pretendent|reviennent|ont repondu|ont refuse)|"
    r"(?:il|elle) (?:insiste|refuse|conteste|objecte|dit|repond|pretend)|"
    r"(?:le |la |l')?(?:client|cliente|prestataire|presta|fournisseur) (?:insiste|refuse|conteste|objecte|dit|repond|pretend)|"
    r"me dire que|nous dire que|tell me that|tell us that)\b")


def asks_how_to_answer(low: str) -> bool:
    """True when the folded message asks how to answer an argument or a demand of the other side told in it."""
    return bool(_HOW_TO_ANSWER.search(low)) and bool(_THEIR_ARGUMENT.search(low))


# the other side's own question relayed ("they ask how availability is measured. what should we say?", "le client demande
# comment on mesure la dispo, on lui dit quoi ?"): the answer to that question is asked, not a reply to an argument
# (s36: someone of theirs named by a role — "their office manager", "the client's bookkeeper", "leur directrice" — asks too)
_THEIR_PERSON = (r"(?:their|the (?:client|customer|provider|vendor|supplier)'s) [a-z]+(?: [a-z]+)?|"
                 r"(?:leur|leurs) [a-z]+(?: [a-z]+)?")
_THEY_ASK = re.compile(r"\b(?:they|he|she|the (?:client|customer|provider|vendor|supplier)|" + _THEIR_PERSON + r") (?:ask|asks|asked|want to know|wants to "
                       r"know|wonder|wonders|are asking|is asking) (?:us |me )?(?:how|what|why|whether|if|when|where|which|who)\b|"
                       r"\b(?:ils|il|elle|elles|le client|la cliente|le prestataire|le presta|(?:leur|leurs) [a-z]+) (?:nous |me |m')?(?:demandent|demande|"
                       r"veulent savoir|veut savoir|se demandent|se demande) (?:comment|pourquoi|si|s'|quand|ou|quel\w*|qui|ce que|"
                       r"ce qu')")
_WHAT_TO_SAY = re.compile(r"\b(?:what|how) (?:do|should|shall|can|could|would) (?:i|we) (?:say|tell|answer|reply|respond)\b|"
                          r"\b(?:on|je) (?:leur |lui )?(?:dit|dis|repond|reponds) quoi\b|\bque (?:leur |lui )?(?:dire|repondre)\b")


def relays_their_question(low: str) -> bool:
    """True when the folded message relays a question of the other side and asks what to tell them."""
    return bool(_THEY_ASK.search(low)) and bool(_WHAT_TO_SAY.search(low))


# s36: a right the other side asks for ("they ask if they can audit us", "the client asked whether they could inspect our
# premises", "ils demandent s'ils peuvent venir nous auditer", "leur DPO demande s'ils ont le droit de…"): whether they may
# do something is a demand of theirs in the negotiation — the clause's objections (what they will want, what to concede),
# not a question of information relayed (how something works, `relays_their_question`)
_THEY_ASK_LEAVE = re.compile(
    r"\b(?:they|he|she|the (?:client|customer|provider|vendor|supplier)|" + _THEIR_PERSON + r") (?:ask|asks|asked|are asking|"
    r"is asking|want to know|wants to know|wonder|wonders) (?:us |me )?(?:if|whether) (?:they|he|she|it|the \w+)(?:'d)? "
    r"(?:can|could|may|might|would be allowed to|are allowed to|have the right to)\b|"
    r"\b(?:ils|il|elle|elles|le client|la cliente|le prestataire|le presta|(?:leur|leurs) [a-z]+) (?:nous |me |m')?(?:demandent|"
    r"demande|ont demande|a demande|veulent savoir|veut savoir) (?:si|s')(?: ?(?:ils|il|elle|elles|on))? ?(?:peu\w*|pourr\w*|"
    r"ont le droit|a le droit|auront le droit|aura le droit)\b")


def asks_leave(low: str) -> bool:
    """True when the folded message tells that the other side asks whether it may do something (see `_THEY_ASK_LEAVE`)."""
    return bool(_THEY_ASK_LEAVE.search(low))
