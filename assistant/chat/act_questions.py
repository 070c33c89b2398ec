"""Cues of the regular act reader (`chat.act_rules`) for messages that ask or react: off-topic and
domain words, question words and indirect questions, small talk, approval, challenges, requests for help, terms
asked to be defined, rights and permissions asked ("may the client refuse…?"), likelihoods and the law invoked."""

from __future__ import annotations

import re

from assistant.chat.act_requests import _DRAFT, _OTHER_PARTY, _REACTION


_OFFTOPIC = re.compile(r"\b(meteo|il fait beau|beau temps|quel temps|weather|"
                       # s26: "pour la recette", "PV de recette", "recette fonctionnelle" is IT acceptance testing
                       r"(?<!pour la )(?<!de )(?<!en )(?<!avant la )(?<!apres la )recette(?! (technique|fonctionnelle|utilisateur|"
                       r"provisoire|definitive|usine|du (logiciel|site|projet|lot|module|livrable)))|recipe|cuisine|cooking|football|"
                       r"vins?|wines?|fromages?|cheeses?|champagne|aperitif|apero|cocktails?|bieres?|beers?|"
                       r"match de|film|movie|musique|music|blague|joke|vacances|(?<!bank )(?<!public )(?<!national )holidays?|restaurants?|restos?|restau|brasserie|bistrot|pizza|"
                       r"hotels?|cinema|netflix|series? tv|tv shows?|birthday|anniversaire|cadeau|gift ideas?|"
                       r"vlan|cisco|configur\w* (un|une|le|la|a|an|the|my|mon) (switch|routeur|router|imprimante|printer)|"
                       r"licencier un salarie|dismiss an employee|fire an employee|"
                       r"(for|pour) (my|mon|ma) (son|daughter|wife|husband|kids?|fils|fille|femme|mari|enfants?)|"
                       r"securite sociale|urssaf|smic|impots? sur le revenu|declar\w* (de |ma |la |notre )?tva|"
                       r"income tax|vat return|social security|"
                       r"(recommend|suggest|conseille|recommande)\w* (me |moi )?(a good |un bon |une bonne )?(laptop|phone|tv|car|"
                       r"book|ordinateur portable|telephone|voiture|livre|tele)|"
                       r"horoscope|poeme|poem|chanson|song|marathon|semi-marathon|jogging|(mon|ma|my) (proprio|proprietaire|"
                       r"landlord|bailleur)|(mon|my) (loyer|rent)\b)\b")
# s30: a price made to follow an index ("indexer nos redevances sur le SMIC", "fees pegged to the minimum wage", "tarifs
# revalorisés selon le smic") is a contract's price clause (C. monét. fin. L112-1, L112-2), whatever off-field word names
# the index — the SMIC asked for itself ("c'est combien le SMIC ?") stays outside
PRICE_INDEXED = re.compile(
    r"(?s)^(?=.*\b(index\w*|reindex\w*|revalori\w*|revis\w*|evolu\w*|augment\w*|pegg\w*|escalat\w*|linked to|tied to|"
    r"follow\w*|suiv\w*|suit|selon|en fonction d\w*|based on|in line with)\b)"
    r"(?=.*\b(prix|tarifs?|redevances?|abonnements?|forfaits?|factur\w*|honoraires|mensualites|fees?|prices?|rates?|"
    r"charges?|subscriptions?|invoices?|pricing)\b)")
# s30: a value of the law asked ("c'est quoi le délai maximum", "c'est quoi la limite légale", "what's the legal maximum",
# "what's the maximum allowed"): a question on the rule, not the definition of a term the message names
VALUE_ASKED = re.compile(
    r"\b(c'?est quoi|c'?est combien|quel(le)? est|what'?s|what is|what are|how much is) (donc |then |exactly )?"
    r"(le |la |l'|les |the )?([\w'-]+ ){0,2}(maximum|minimum|max|plafond|limite|legal\w*|autoris\w*|allowed|permitted|"
    r"cap|ceiling|limit)\b")
_DOMAIN_STRONG = re.compile(r"contrat|contract|agreement|\bmsa\b|clause|prestataire|provider|msp|infog|sla|rgpd|gdpr|liabil|responsab")
_ASKING_ME = re.compile(r"^(je peux|puis-je|peut-on|on peut|est-ce que je peux|ai-je le droit|can i|can we|may i|"
                        r"is it|est-ce|c'est|je voulais savoir|je me demande|i wonder|i was wondering|would it be|"
                        r"is a|is an|are)\b")
_QUESTION_WORDS = re.compile(r"\?|^(est-ce|est ce|c'est|qu'est|que |quel|quelle|quels|quelles|comment|pourquoi|combien|"
                             r"quand|ou |qui |peut-on|puis-je|dois-je|faut-il|a-t-on|is |are |can |could |should |"
                             r"do |does |what|how|why|when|who|which|would )")
# "je voulais savoir si…", "I was wondering whether…": a question without a question mark
_INDIRECT = re.compile(r"\b(je (voulais|voudrais|veux|souhaite|souhaiterais|aimerais) (savoir|comprendre|verifier)|"
                       r"je me demande|je me demandais|on se demande|on se demandait|nous nous demandons|"
                       r"nous nous demandions|dis[- ]moi si|dites[- ]moi si|savoir si|(we|i)( are|'re|'m| am)? (just )?wondering|"
                       r"i (was|am|'m) wondering|i wonder|i'?d like to know|i want to know|tell me (if|whether)|"
                       r"wondering (if|whether)|not sure (if|whether)|"
                       # s30: a question someone else asks, reported ("la gérante demande si…", "le DAF veut savoir si…",
                       # "the owner asks whether…", "she wants to know if…")
                       r"(?:demande|demandent|demandait|demandaient|a demande|ont demande|me demande|nous demande|m'a demande|"
                       r"nous a demande|(?:veut|veulent|voulait|voudrait|aimerait|souhaite|cherche a) savoir) (?:si|s'(?=il|ils))|"
                       r"(?:asks?|asked|asking|wants? to know|wanted to know|would like to know|needs? to know|wonders?|"
                       r"wondered|queried|is querying) (?:us |me |you )?(?:if|whether))\b")
# a question asked in the last sentence without a question mark ("… concrètement ça veut dire quoi pour nous",
# "normal ou pas", "who has to prove what"): the message still asks
# s25: the user's opinion asked at the end of a message that describes terms ("…, préavis 9 mois. vous en pensez quoi",
# "…, ça vous paraît correct", "… thoughts", "…, fair", "what do you make of it"): a question on what was described
_OPINION_ASKED = (r"\b(?:(?:vous|tu|t') ?en (?:pensez|penses|penser|pense|dites|dis) quoi|qu'en (?:pensez|penses)\b|"
                  r"(?:ca|cela) (?:vous|te) (?:parait|semble|va)\b|ton avis|votre avis|"
                  r"what do (?:you|u) (?:think|reckon|make of)|thoughts|(?:your|ur) (?:take|view|opinion))\b|"
                  r",\s*(?:fair|reasonable|normal|acceptable|standard|ok for us|okay for us|any good|correct|raisonnable|"
                  r"acceptable|jouable)\s*$")


_TAIL_QUESTION = re.compile(r"\b(c'?\s?est quoi|c quoi|ca veut dire quoi|veut dire quoi|qu'?\s?est[- ]ce|quest[- ]ce|"
                            r"(je|on|nous|j') ?(redige|ecri[st]|mets|met|mettons|ajoute|prevois) quoi|"
                            r"(normal|legal|valable|ok|bon|jouable|possible|autorise) ou pas|ou pas|oui ou non|"
                            r"qui (doit|va|peut) \w+|on risque quoi|il se passe quoi|"
                            r"(who|what|which|how|why|whose) (has|have|is|are|does|do|did|should|must|can|would|happens|"
                            r"one|bears)\b|is (that|this|it) (allowed|legal|enforceable|normal|ok|okay|binding)|"
                            r"yes or no|or not)\b|"
                            # s16: a question put after a topic named first ("et nos fichiers, ils en font quoi à la fin",
                            # "and our passwords, do they keep them"): a verb then "quoi", or an inverted auxiliary after
                            # the comma
                            r"\b(font|fait|faites|deviennent|devient|donne|donnent|devient|gardent|garde|prevoit|prevoient|"
                            r"dit|disent|risque|risquent|deviendront|feront|fera) quoi\b|"
                            r"[,;:] (and |so |but )?(do|does|did|will|would|is|are|was|were|has|have) (they|it|we|you|he|she|"
                            r"those|these|the \w+)\b|" + _OPINION_ASKED)


def _asks_at_end(low: str) -> bool:
    """The last sentence of a message without a question mark asks something."""
    if "?" in low:
        return False
    last = re.split(r"[.!;:]\s+|\s[-–]\s", low.strip())[-1]
    if _TAIL_QUESTION.search(last) and not _DRAFT.match(last):
        return True
    # s24: "what information do we have to give the authority, we're still investigating": a clause of the last sentence
    # that opens on a question word with the subject after its verb asks, whatever follows it
    # s36: a sentence that opens on "who" with its verb ("who pays if a guest drops one in the pond", "qui paie si le
    # routeur tombe à l'eau"): who bears it, asked
    return any(_WH_INVERTED.match(part.strip()) or _WHO_DOES.match(part.strip()) for part in re.split(r",\s+", last))


_WHO_DOES = re.compile(r"(?:and |so |but |then |et |alors |donc |mais |ok )?(?:who|qui)\s+(?!(?:we|i|you|nous|je|vous|on|the|a|an|our|their|its|le|la|les|l|un|une|des|ce|cette|nos|leurs?)\b)"
                       r"[a-z'-]+\b(?![^,]{0,60}\b(?:said|told|wrote|dit|ecrit)\b)")


_WH_INVERTED = re.compile(r"(?:and |so |but |then |et |alors |donc |mais )?(?:what|which|when|how|who|where|why|whom)\b[^,]{0,40}?"
                          r"\b(?:do|does|did|should|must|can|could|will|would|shall|are|is|have|has)(?: (?:we|i|you|they|he|she|it|"
                          r"the (?:msp|provider|client|customer|supplier))) \w+|"
                          r"(?:que|quoi|quel\w*|comment|quand|combien|pourquoi|ou)\b[^,]{0,40}?\b(?:doit-on|faut-il|peut-on|"
                          r"dois-je|devons-nous|pouvons-nous|puis-je|doivent-ils|peuvent-ils|doit-il|peut-il)\b")


_ASSESS = re.compile(r"(ca |cela )?(me |m')?(semble|parait|paraissent|semblent)( \w+)? (long|court|beaucoup|peu|cher|eleve|"
                     r"excessi\w*|abusi\w*|exagere\w*|bien|ok|raisonnable|normal|correct|juste|leger|legere|bas|haut|trop)\b|"
                     r"\b(seems?|sounds?|looks?|feels?)( \w+)? (long|short|high|low|steep|expensive|excessive|harsh|a lot|"
                     r"much|too|ok|okay|fine|reasonable|normal|fair|unfair|abusive|risky|generous)\b|"
                     r"\b(not sure|pas sur|pas certain|unsure)\b|\b(j'ai |i have )(un |a )?(doute|doubts?)\b|\bje doute\b|"
                     r"\b(realiste|realistic|tenable|defendable|jouable)\b|"
                     r"c'est (ok|bon|correct|normal|raisonnable|acceptable|standard|trop|beaucoup|peu|jouable|"
                     r"legal|valable|long|court|cher|eleve|excessif|abusif|genant|risque)\b(?!-etre| etre)|"
                     r"(is|are) (that|this|it|these) (long|short|expensive|high|low|excessive|a lot|much)\b|est-ce (ok|normal|raisonnable|acceptable|legal|trop|valable)|"
                     r"(is|are) (that|this|it|these) (ok|okay|fine|normal|reasonable|standard|acceptable|too|legal|"
                     r"enforceable)|ca (te |vous )?(va|parait|semble)|does (that|this|it) (look|seem|sound)|"
                     r"raisonnable \?|reasonable\?|ok \?|ok\?|normal \?|normal\?|\bc normal|normal ca\b|"
                     r"\b(ca|cela) (passe|tient)( la route)?( ou pas| \?|\?)|(normal|legal|valable|ok) ou pas\b")
# a service or asset named after "and for…", "what about…" with no verb: a follow-up question, not a scope change
_ABOUT_NEXT = re.compile(r"^(?:et|and|ok|bon|alors|so)?\W*(?:et pour|et concernant|et cote|et au niveau d[eu]s?|et pour ce qui est d[eu]s?|"
                         r"and for|and regarding|and concerning|and on|what about|how about|and what about|and as for|as for|"
                         r"et s'agissant d[eu]s?|et quid d[eu]s?|quid d[eu]s?)\b(?![^?]*\b(?:ajout\w*|add\w*|retir\w*|remove\w*|"
                         r"enleve\w*|inclu\w*|include\w*|also do|fait aussi|s'occupe\w*|prend\w*|take)\b)")
_FOLLOW = re.compile(r"^(meme question|same question|pareil pour|idem pour|et si|et pour|et en|et avec|et quand|et le|et la|et les|et l'|et s'il|et du|et des|et au|"
                     r"et aux|et cote|et niveau|et concernant|et sur|and if|and for|and what|and the|and with|"
                     r"and on|what about|how about|same (for|with|question)|(the )?same (thing|again|goes|here)|do the same|"
                     r"likewise|ditto|(la )?meme chose|la meme (pour|avec|sur)|pareil|idem|et\b|and\b|"
                     r"also\b|aussi\b|dans ce cas|in that case|si oui|if so|sinon|otherwise|du coup|so\b|alors\b|donc\b|"
                     r"mais si|but if|but what|mais pour|mais dans)")
# s16: a case supposed after an answer ("what if their line goes down", "si jamais le serveur brûle"): a follow-up when
# something was said before (a first message so worded is a question of its own)
_SUPPOSED = re.compile(r"^(what if|and what if|what happens (if|when)|suppose|supposing|imagine|si jamais|supposons|imaginons|"
                       r"admettons)\b")
_SMALLTALK = re.compile(r"^(merci|thanks?|thank you|ok|okay|d'accord|dac|parfait|super|top|great|cool|nickel|"
                        r"bonjour|salut|hello|hi|hey|bonsoir|coucou|yes|oui|non|no|bien|good|tres bien|"
                        r"ca marche|entendu|noted|got it|compris)\b[ !.?]*$")
# "c'est exactement ça", "ça me va, merci", "that's spot on", "looks good": the last answer approved, nothing asked
_APPROVED = (r"((c'?\s?est|c) (exactement|tout a fait|bien|parfait|top|nickel|super|genial|impeccable|clair|"
             r"tres clair|ce qu'il (me|nous) fallait|ce que je voulais|bon|ok)( ca| comme ca| ce qu'il (me|nous) fallait| "
             r"ce que je (voulais|cherchais))?|ca (me|nous) (va|convient|plait)( tres bien| parfaitement)?|"
             r"(exactly|just) what i (needed|wanted|was looking for)|that'?s (perfect|great|exactly it|it|spot on|"
             r"what i needed|clear|very clear|helpful|very helpful|fine)|(that|this|it) (works|looks (good|great|fine)|is "
             r"perfect|helps)|looks (good|great|fine|perfect)|spot on|bien vu|impeccable|parfait|nickel|super|top|genial|"
             r"perfect|great|excellent|c'est top|tres clair|(tres|super|vraiment) (utile|clair)|(very|super|really) (useful|"
             r"helpful|clear)|merci( beaucoup| bien)?|thanks?( a lot| so much)?|thank you( so much| very much)?)")
_APPROVAL = re.compile(r"^" + _APPROVED + r"([ ,!.]+" + _APPROVED + r")*[ !.]*$")
# "tu peux développer ?", "give me an example", "c'est-à-dire ?", "tell me more": more of the last answer
_ELABORATE = re.compile(r"^((ok|okay|d'accord|merci|thanks|et|and|so|alors|hmm)[ ,.!]+)*((tu peux|vous pouvez|peux-tu|pouvez-vous|"
                        r"can you|could you|would you)( please| stp| svp)? )?(developpe[rz]?|detaille[rz]?|precise[rz]?|"
                        r"elaborate( on (that|this|it))?|expand( on (that|this|it))?|explique[rz]? (mieux|davantage|plus)|"
                        r"explain (more|further|that (better|more))|en dire plus|m'en dire plus|dis-m'en plus|dites-m'en plus|"
                        r"tell me more|say more|go (on|deeper)|"
                        r"(donne|donnez|give)[- ](moi|me|nous|us) (un|des|an|some) (exemples?|examples?|cas)( concrets?| concrete| precis| "
                        r"pratiques?| real| real-world| practical)?|"
                        r"(un|an) (exemple|example)( concret| concrete)?|(par exemple|for (example|instance)|such as|like what|"
                        r"c'est-a-dire|c'est a dire|cad|meaning|which means|en quoi|how so|in what way|comment ca))[ ?!.]*$")
# "tu es sûr ?", "vraiment ?", "are you sure about that?", "source ?": the last answer questioned, asked again
_CHALLENGE = re.compile(r"^((tu es|t'es|vous etes|are you|you) (bien |vraiment |really |quite |absolutely )?(sur|sure|certain\w*|"
                        r"positive)( de (ca|cela|toi|vous))?( (about|of) (that|this|it))?|(vraiment|really|seriously|serieux|"
                        r"serieusement|sur|sure|certain)|(c'?\s?est|is (that|it)|that'?s) (vraiment |really |bien )?(vrai|sur|"
                        r"certain|true|right|correct|exact)( (ca|that))?|(ta|votre|your|the|une|a) sources?|sources?|"
                        r"d'ou (tu tiens|vous tenez|vient) (ca|cela|cette info\w*)|(where|how) do (you|u) know( that| this)?)"
                        r"[ ?!.]*$")
_HELP = re.compile(r"^(bonjour |hello |hi |salut )?((tu peux|vous pouvez|pouvez-vous|peux-tu|can you|could you|would you) "
                   r"(m'|me |nous |us )?(aider|help)( me| us)?( (svp|stp|please))?|(j'ai|i have|i'?ve got|we have) (une|a) "
                   r"(petite |quick |small )?question|(aide|help|besoin d'aide|need (some )?help)( (svp|stp|please))?)\W*$")
# "je sais pas trop par où commencer", "I'm not sure what I need": the user asks to be guided (one question back)
_LOST = re.compile(r"\b(par ou commencer|where (do i|should i|to) (start|begin)|(not sure|no idea|pas sur|aucune idee) "
                   r"(what|ce (qu'il|dont)|de ce (qu'il|dont)) (i|we|me|nous|il me|j'ai) ?(need|faut|besoin)|"
                   r"je (ne )?sais pas (trop |vraiment )?(quoi demander|par ou|ce qu'il me faut|de quoi j'ai besoin)|"
                   r"don'?t know (what i need|where to start|what to ask))\b")
_DOMAIN_HINT = re.compile(r"contrat|contract|clause|prestataire|provider|msp|infog|maintenance|sla|gtr|gti|rgpd|"
                          r"\bpa(y|ie|ye|yer|ier)\b|\bpaid\b|quarterly|trimestri|mensuel|monthly|annuel|yearly|"
                          r"enforceab|licite|valable|valid|lawful|non-?solicit|non-?sollicit|poach|debauch|"
                          r"gdpr|donnees|data|responsab|liabil|resili|terminat|penal|sauvegard|backup|securit|"
                          r"security|reversib|sous-trait|processor|prix|price|factur|invoice|client|support|"
                          r"incident|astreinte|heures|hours|assurance|insurance|audit|confidential|juridiction|"
                          r"syntec|obligation|paiement|payment|delai|disponibilit|availab|renouvel|renewal|preavis|"
                          r"reconduction|reconduit|tacite|denonc|echeance|roll(s|ed)? over|auto-?renew|"
                          r"notice|redevance|fee|cnil|subcontract|heberg|hosting|poste|serveur|server|\bit\b|"
                          r"informati|negoci|negotiat|signer|sign|engagement|commit|garantie|warranty|penalty|"
                          r"cap\b|plafond|dpa|nda|licen|logiciel|software|cloud|patch|correctif|antivirus|edr|"
                          r"ticket|helpdesk|panne|outage|downtime|forfait|tarif|devis|quote|credit|breach|juge|"
                          r"judge|court|tribunal|\blaw\b|\bloi\b|legal|avocat|lawyer|sign|msa|dpa|%|\bhds\b|"
                          r"hebergeur de (donnees de )?sante|certifi|iso ?27001|secnumcloud|soc ?2|nis ?2|dora\b|"
                          r"transf[ea]r|\b(ue|eu|eee|eea)\b|etats-unis|united states|\busa\b|pays tiers|third countr|"
                          r"autoris|authori[sz]|consent|accord (ecrit|prealable)|written (approval|agreement)|sous-traitant|"
                          r"sub-?processor|\badmin\b|droits? d'acces|access rights|infos? perso|personal info|"
                          # s28: the law's words of a claim ("who has to prove a fault?", "were they negligent?")
                          r"\bfault|\bfaute|\bprove\b|\bproof|\bpreuve|\bprouv|negligen|damages|dommages|\bliable|indemni")


# s28: a few words quoted and asked about ("what does 'for any reason' add?", "« sans préavis », ça change quoi ?"): words
# of the text in the conversation, asked back
_QUOTED_ASKED = re.compile(r"(?:^|\s)['\"«“‘]\s*(?P<words>[a-z][^'\"«»“”‘’?]{1,60}?)\s*['\"»”’](?=[\s,.;:!?]|$)")
_ABOUT_WORDS = re.compile(r"\b(?:what does|what do|what'?s|what is|how does|does|mean\w*|add\w*|change\w*|cover\w*|include\w*|"
                          r"imply|implies|in practice|concretement|en pratique|veut dire|signifie\w*|apporte\w*|ajoute\w*|"
                          r"change\w*|couvre\w*|implique\w*|c'est quoi|qu'est-ce)\b")


def quoted_words_asked(low: str) -> bool:
    """A few words quoted (eight at most) and their meaning or effect asked."""
    m = _QUOTED_ASKED.search(low)
    return bool(m and len(m.group("words").split()) <= 8 and _ABOUT_WORDS.search(low))


# "c'est quoi une GTR ?", "une clause pénale, ça sert à quoi ?", "what does RTO mean?": a definition asked
_DEFINE = re.compile(r"\b(wtf|wth|what the (hell|heck)) is\b|c'?est quoi|c'?est koi|kesako|kezako|c'?est qui\b|qu'est-ce qu(e |')(c'est|une?|la|le|l'|les)|ca (veut dire|signifie)|"
                     r"que (veut dire|signifie)|veut dire quoi|signifie quoi|(ca|ce|cela) sert a quoi|a quoi (ca )?sert|"
                     r"sert a quoi|definition|defini[rst]|^(what|whats)( i|')?s (a|an|the) |what (is|are) (an?|the) |"
                     r"what'?s (a|an|the) |what does \w+( \w+)? (mean|stand for)|what is meant by|meaning of|"
                     # s36: a term of several words, quoted or not ("what does 'reinforced obligation of means' mean")
                     r"what does (the (term|word|phrase|expression) )?['\"]?[\w-]+([ -][\w-]+){0,5}['\"]? (actually |exactly |"
                     r"really )?(mean|stand for)\b|"
                     r"what (is|are) [\w-]+\?|explain what|(is|are) what exactly|exactly\?$|what do (you|they|we) mean by|"
                     r"qu'entend(s|ez)?[- ](tu|vous|on) par|qu'est-ce que (tu entends|vous entendez|l'on entend|on entend) par|"
                     r"c'est-a-dire quoi|ca correspond a quoi|what is meant|what'?s meant by|"
                     # s16: the meaning asked indirectly ("asked what RPO means", "ce que veut dire GTR")
                     r"\bwhat [\w-]+( [\w-]+)? (means|stands for)\b|\bce que [\w-]+( [\w-]+)? (veut dire|signifie)\b")
# "…, ça veut dire quoi pour moi ?", "what does that mean for us?": the term applied to the user's case
_APPLIED = re.compile(r"\b(pour (moi|nous)|for (me|us)|(mon|ma|mes|notre|nos|my|our) (prestataire|presta|msp|provider|"
                      r"contrat|contract|client))\b")
_EVALUATIVE = re.compile(r"\b(raisonnable|normal\w*|habituel\w*|standard|usuel\w*|bon(ne)?|correct\w*|acceptable|mieux|better|"
                         r"reasonable|usual|typical|good|right|fair|best|ideal|market|marche|trop|too|enough|"
                         r"suffisant\w*|combien|how (long|much|many))\b")


_LIKELY = re.compile(r"\b(va|vont|risque\w*|pourrai\w*|devrai\w*|will|would|might|may|going to|gonna|likely|"
                     r"won'?t|wouldn'?t|can'?t|ne (va|vont) pas|"
                     r"\w+'ll|\w+era|\w+eront|\w+ira|\w+iront)\b")


# "le client peut-il refuser la hausse ?", "can they refuse a price increase?": a question of law, not objections
_RIGHTS = re.compile(r"\b(peut-il|peut-elle|peuvent-ils|peuvent-elles|a-t-il le droit|ont-ils le droit|"
                     r"(can|could|may) (we|i) (legally )?(refuse|reject|decline|say no|turn (it|that|this) down)|"
                     r"(peut-on|pouvons-nous|puis-je|on peut|je peux|ai-je le droit de|avons-nous le droit de) "
                     r"(le |la |les |l')?(refuser|rejeter|decliner|dire non)|"
                     r"(a|ont) le droit de|est-il en droit|en a-t-il le droit|legalement|legally|"
                     r"can (they|the (client|provider|msp|customer)|he|she|it|my (client|provider|msp)) (legally )?(refuse|reject|"
                     r"object|contest|terminate|dispute)|(is|are) (they|the (client|provider|msp)) (allowed|entitled|"
                     r"within (their|its) rights)|may (they|the (client|provider|msp)) |"
                     # "il a le droit ??", "can they actually do that?", "…, on fait quoi ?": the law or what to do, asked
                     r"(il|elle|ils|elles) (a|ont) le droit|can (they|he|she|it|the (client|provider|msp)) (actually |really |"
                     r"legally |just |simply )?do (that|this|it)|on fait quoi|que (doit-on|peut-on|faire)|quels recours|"
                     r"what (do|can|should) we do|can (they|he|she|it)( actually| really| legally)? ?\?|"
                     r"(suis-je|sommes-nous|est-on|am i|are we)( \w+){0,2} (responsables?|liable|responsible))")


# s17b: whether a party may refuse or do something ("le client peut-il refuser l'indexation ?", "le presta peut il refuser
# de payer", "est-ce que le client peut refuser un nouveau sous-traitant ?", "could they refuse to hand back our data?"):
# a party, a modal of permission, then the act — a question of law, not what the other side will object to. The modal
# is inverted (a question by its form) or the message asks (a question mark, "est-ce que").
_PARTY = (r"(?:le |la |l'|les |un |une |the |our |their |my |notre |nos |leur |leurs |mon |ma |mes )?(?:client|customer|clients?|"
          r"prestataire|presta|infogerant|fournisseur|supplier|provider|vendor|msp|editeur|sous-traitant|sub-?processor|"
          r"partie|party|other side|autre partie)s?|ils|elles|il|elle|on|nous|vous|they|he|she|we|you|i|it")
_MAY_ACT = (r"(?:\w+ ){0,2}?(?:refus\w*|reject\w*|declin\w*|s'y opposer|s'opposer|opposer|object\w*|contest\w*|resili\w*|"
            r"terminat\w*|suspend\w*|bloqu\w*|block\w*|withhold\w*|reten\w*|retenir|garder|keep\w*|impos\w*|augment\w*|"
            r"rais\w*|increas\w*|chang\w*|modifi\w*|ced\w*|assign\w*|sous-trait\w*|subcontract\w*|exiger|demand\w*|"
            r"dire non|say no)")
_MAY_PARTY = re.compile(r"\b(?:" + _PARTY + r") (?:ne )?(?:peut|peuvent|pourrait|pourraient|pourra|pourront)[- ](?:t-)?"
                        r"(?:il|ils|elle|elles|on)(?: pas)? " + _MAY_ACT + r"\b|"
                        r"\b(?:peut|peuvent|pourrait|pourraient)-(?:t-)?(?:il|ils|elle|elles|on) " + _MAY_ACT + r"\b|"
                        r"\b(?:can|could|may)(?:n't| not)? (?:" + _PARTY + r")(?: \w+)? " + _MAY_ACT + r"\b")
_MAY_PARTY_ASKED = re.compile(r"\b(?:" + _PARTY + r") (?:ne )?(?:peut|peuvent|pourrait|pourraient|a le droit de|ont le droit de|"
                              r"can|could|may|is allowed to|are allowed to)(?: pas| not)?(?: \w+)? " + _MAY_ACT + r"\b")


def may_party(low: str) -> bool:
    """Whether the message asks if a party may refuse or do something (see _MAY_PARTY)."""
    return bool(_MAY_PARTY.search(low) or (("?" in low or re.match(r"(est-ce|est ce|is it|do you know)", low))
                                           and _MAY_PARTY_ASKED.search(low)))


# "on est coincés ?", "are we stuck with it?": the user's own situation, not the other side's objections
_SELF_STUCK = re.compile(r"\b(on est|on se retrouve|nous sommes|je suis|suis-je|sommes-nous|est-on|sommes nous|"
                         r"we'?re|we are|am i|are we|i'?m)( \w+){0,2}? (coinc\w*|bloqu\w*|stuck|locked in|trapped)\b")
# "obligation de moyens : qui doit prouver quoi si … ?": the effect of an obligation already named (a question of
# law), not which obligation a scope carries
_PROOF_OF_TYPE = re.compile(r"\b(qui (doit )?prouve\w*|a qui de prouver|c'est a qui de prouver|charge de la preuve|"
                            r"a (nous|moi|vous|lui|eux|toi) de (le )?prouver|(do|must) (we|i) (have to |need to )?prove|"
                            r"(up to|on) (us|me) to prove|"
                            r"who (has to |must )?proves?|burden of proof|who bears the (burden|proof))\b")


_TYPES_COMPARED = re.compile(r"\b(moyens?|means|best efforts?|efforts?)\b.{0,30}\b(ou|or|vs\.?|versus|et|and|contre)\b"
                             r".{0,30}\b(resultat|result)\b|\b(resultat|result)\b.{0,30}\b(ou|or|vs\.?|versus|et|and|"
                             r"contre)\b.{0,30}\b(moyens?|means|best efforts?)\b")


# s12: the other side relies on a law to refuse something ("invokes the data act to refuse our fee"): what that law
# says is asked, not how they will take a clause
_LAW_INVOKED = re.compile(r"\b(invok\w*|invoqu\w*|cit(e|es|ing)|relies? on|relying on|s'appuie sur|se fonde sur|en vertu d\w*|"
                          r"au nom d\w*)\b[^.?!]{0,15}\b(data act|gdpr|rgpd|art\.?|article|law|loi|code|regulation|reglement|"
                          r"directive)\b")


def _reaction_of_other_party(low: str) -> bool:
    """The user asks how the other side will take the clause (in one sentence of a short message)."""
    if len(low.split()) > 25:
        return False
    return any(_OTHER_PARTY.search(part) and _REACTION.search(part) and _LIKELY.search(part)
               for part in re.split(r"[.;!?]\s", low))


# a job asked of the assistant whose object is only pointed at ("ça", "le truc", "the hotel thing", "that one"): with
# nothing said before, what it is must be asked back
_VAGUE_JOB = re.compile(
    r"^(?:(?:tu|vous) (?:me |nous )?(?:peux |pouvez |pourrais |pourriez )?(?:fai[st]|faites|faire|regle[rsz]?|gere[rsz]?|"
    r"occupe[rsz]?|t'occupe[rsz]?|vous occupe[rsz]?|prepare[rsz]?|boucle[rsz]?|termine[rsz]?|envoie[rsz]?)|"
    r"(?:fais|faites|regle|reglez|gere|gerez|boucle|bouclez|prepare|preparez)[- ](?:moi|nous)|"
    r"(?:can|could|would|will) (?:u|you)(?: please)? (?:sort(?: out)?|handle|do|deal with|take care of|look into|"
    r"prep(?:are)?|finish|get|whip up|knock up|put together)|(?:please |pls |plz )?(?:sort(?: out)?|handle|deal with|"
    r"take care of)|(?:(?:tu|vous) (?:peux |pouvez |pourrais |pourriez )?|peux-tu |pouvez-vous |(?:can|could|would) (?:u|you)(?: please)? )?"
    r"(?:regarde[rsz]?|jete[rsz]? un (?:oeil|coup d'oeil)|lire|lis|relire|look at|have a look at|take a look at|check(?: out)?))[ -]"
    r"(?:[\w'-]+ ){0,4}?(?:(?:le|du|au|ce) (?:truc|machin|bidule)(?= (?:que|qu'|qu'on|dont))[\w' -]{2,60}?|"
    r"the (?:thing|stuff)(?= (?:that|which|he|she|they|my|our|the) )[\w' -]{2,60}?|ca|cela|de ca|ce truc|(?:le|du) truc|(?:le|du) machin|(?:le|du) dossier(?: \w+){0,2}|(?:l'|de l')affaire(?: \w+){0,2}|celui-la|"
    r"it|that|this|that one|this one|the (?:[\w'-]+ )?(?:thing|one|stuff|job|deal|file|matter)|(?:[\w'-]+ )?thing)\b"
    r"(?: (?:vite fait|rapidement|quickly|asap|for me|pour moi|stp|svp|please|pls|plz|today|aujourd'hui|du coup))*\W*$")


_GREETING = re.compile(r"^((hi|hello|hey|bonjour|salut|coucou|bonsoir|good (morning|afternoon|evening))( there| all| team| a tous)?"
                       r"[\s,.!]+)+")


# a term of the contract the user has, reported with what it lets the provider do (or not)
_REPORTED_TERM = re.compile(
    r"\b(?:the|their|our|my|this|its|le|leur|notre|mon|son|ce|cet)(?: [\w-]+'s)? (?:dpa|contract|contrat|agreement|terms|msa|"
    r"conditions(?: generales)?|cgv|sla|draft|projet|accord de traitement|annexe rgpd)(?: [\w-]+){0,2}? (?:lets|let(?= (?:them|him|her|"
    r"the|us|it)\b)|allows?|permits?|gives|entitles|authori[sz]es|autorise\w*|permet\w*|laisse\w*|donne le droit|leur donne|"
    r"lui donne|nous donne)\b")


# what a short question about the terms on the table asks of them: paid or free, counted, covered, when, how long
_TERMS_OF_SERVICE = re.compile(r"\b(manque\w*|missing|complet\w*|complete|oubli\w*|forgot\w*|payant\w*|gratuit\w*|factur\w*|compt\w*|inclu\w*|couvert\w*|compris\w*|covered|included|"
                               r"billed|billable|charged|paid|free|cost\w*|coute\w*|feri\w*|holidays?|week-?ends?|nuits?|nights?|"
                               r"samedis?|dimanches?|saturdays?|sundays?|jours?|days?|heures?|hours?|mois|months?|semaines?|"
                               r"weeks?|delais?|format|qui (paie|paye|s'en charge|fait)|who (pays|does|handles)|"
                               r"combien de temps|how long|how often|a quelle frequence|par qui|by whom)\b")


# "how's that different from…", "en quoi c'est différent de…", "quelle différence avec…": a comparison with what is
# on the table
_DIFFERENT_FROM = re.compile(r"\b(how('?s| is| does| do) (that|this|it|these|those) (any |really )?differ\w*|"
                             r"(what'?s|what is) the difference (between (that|this|it)|with)|(is|isn'?t) (that|this|it) "
                             r"(just )?(the same( thing)? as|different from)|different from|differs? from|"
                             r"en quoi (c'est|ca|cela|elle|celle-ci|cette clause) (est )?differ\w*|(quelle|la) difference (avec|entre "
                             r"(ca|cela|celle-ci|cette clause))|c'est (pas )?(la meme chose|pareil) que|ca change quoi par rapport)")


# s29: a commitment asked of the provider ("qu'on garantisse qu'ils ne seront jamais piratés", "they want us to guarantee
# nobody will ever break in", "make them promise we'll never lose an order"): what can be promised is a question of the
# contract's obligations, whatever the harm named
COMMITMENT_ASKED = re.compile(r"\b(?:garanti(?:r|sse|ssent|ssiez|ssions|sse-t-il|t|ra|rait|ront|raient)|"
                              r"guarantee[sd]?|guaranteeing|promett\w*|promise[sd]?|promising|(?:s'|m'|t'|nous |vous |se )engag\w*|"
                              r"commit(?:s|ted|ting)? to|warrant(?:s|ed|ing)?|"
                              # s34: a protection promised against everything ("we protect them against any cyberattack",
                              # "qu'on les protège contre toute intrusion"): a guarantee by its object
                              r"protect(?:s|ed|ing)? (?:them|us|you|him|her|it|the (?:client|customer)|their \w+) (?:from|against) "
                              r"(?:any|all|every|each)|(?:les |nous |vous |le |la )?proteg\w* (?:contre|de) (?:toute?s?|tous|"
                              r"n'importe quel\w*)|assur(?:er|e|ent|iez) (?:que|qu')|"
                              r"ensure (?:that|we|they|nobody|no one|no|there)|make (?:them|us|him|her) (?:promise|guarantee|commit|swear))\b")
# the commitment demanded by someone ("ils exigent qu'on garantisse…", "they want us to guarantee…", "can we make them
# promise…"), not one told as given ("we guarantee 4-hour restores")
_DEMANDED = re.compile(r"\b(?:veu[tx]|veulent|voudr\w*|exig\w*|demand\w*|souhait\w*|reclam\w*|insist\w*|want\w*|ask\w*|"
                       r"require\w*|expect\w*|need\w*|faut-il|doit-on|dois-je|peut-on|on peut|can (?:we|i)|could (?:we|i)|"
                       r"should (?:we|i)|est-ce qu'on peut|faudrait-il)\b")


def commitment_demanded(low: str) -> bool:
    """A commitment asked of someone: a verb of wish or demand, then (within a few words) a verb of guarantee."""
    m = COMMITMENT_ASKED.search(low)
    before = low[max(0, m.start() - 50):m.start()] if m else ""
    # "le patron demande si on est obligé de garantir…", "they ask whether we must guarantee…": whether the duty exists is
    # asked (a question of obligations), no commitment demanded
    return bool(m) and bool(_DEMANDED.search(before)) and not _WHETHER_BOUND.search(before)


_WHETHER_BOUND = re.compile(r"\b(?:si|whether|if)\b|\b(?:oblige\w*|tenus?|bound|obliged|required to|have to|has to|must)\b")


# s30: whether a guarantee is owed at all, asked ("on est tenus de garantir que…", "doit-on garantir…", "do we have to
# guarantee…", "are we obliged to promise…"): the kind of obligation the provider owes (means or result), asked
GUARANTEE_OWED = re.compile(
    r"\b(?:(?:tenus?|tenues?|obliges?|obligees?|contraints?|contraintes?|forces?|forcees?) (?:de |d')(?:le |la |les |lui |leur )?"
    r"(?:garantir|promettre|assurer|certifier|s'engager|nous engager)|"
    r"(?:doit|doivent|devons|dois|faut|faudra|faudrait|devrait|devrions|devra|devrons)(?:-(?:on|il|nous|je|t-on|t-il))?"
    r"(?: qu'on| que nous| que l'on)? (?:vraiment |forcement |absolument |bien )?(?:le |la |les |lui |leur )?(?:garantir|garantisse\w*|"
    r"promettre|promette\w*|s'engager|nous engager|engage\w*)|"
    r"(?:have|has|need|needs|got) to (?:really |actually )?(?:guarantee|promise|warrant|commit to)|"
    r"(?:must|should|shall) (?:we |i |they |you )?(?:really |actually )?(?:guarantee|promise|warrant|commit to)|"
    r"(?:obliged|bound|required|forced|expected|supposed) to (?:guarantee|promise|warrant|commit to))\b")
