"""The clause a message is about and the side it wants: the clause topic from its words
(`clause_topic`, with the cues the intent reader lacks: penalties named, fees measured, exit fees, leaving, staff
hiring), the position asked (`read_position`: protective of the provider, balanced, of the client, rebalanced) and
a complaint that the text leans too far one way."""

from __future__ import annotations

import re

from assistant.chat.intent import _TOPIC_CUES, find_topic
from assistant.text import fold_keep_offsets


POSITION_PATTERNS = [
    ("client", r"\b(for|pour) (us|me|nous|moi),? (as|en tant que|comme) (the |le |la )?(client|customer|cliente)\b|"
               r"trop (dur|dure|severe|stricte?|exigeante?|favorable)\w* (pour|envers|on|for) (le |the )?client|"
               r"(client|customer)('?s)?[- ]version|(plus|more|bien plus|encore plus|a bit more|un peu plus) (dur|dure|severe|stricte?|exigeante?|contraignante?|tough|tougher|harsh|harsher|strict|stricter|demanding)\w* (pour|on|for|envers|with|avec) (le |la |the )?(prestataire|presta|provider|msp|"
               r"supplier|fournisseur)|(tougher|harder|stricter) on (the )?(provider|msp|supplier)|"
               r"(plus|more|tres|very) (protect\w*|favorable|favourable|friendly)\w* (pour|du|au|for|of|to) "
               r"(le |la |the )?client|(cote|version|position|point de vue) (du |for the |of the )?client|client[- ](side|friendly)|"
               r"favorable au client|pro[- ]client|moins (protect\w*|favorable)\w* (pour|au|du) (le )?prestataire|"
               r"(en faveur|in favou?r|a l'avantage|to the advantage) (du|de la|of the|of) (client|customer|cliente)|"
               r"from the (client|customer)'?s? (point of view|perspective|side|standpoint)|"
               r"(du )?point de vue (du )?client|(to|on|onto) the (client|customer)'?s? side|pro-?(customer|client)\b"),
    ("msp", r"\b(for|pour) (us|me|nous|moi),? (as|en tant que|comme) (the |le )?(provider|msp|prestataire|presta|supplier)\b|"
            r"trop (dur|dure|severe|stricte?|exigeante?)\w* (pour|envers|on|for) (le |la |the )?(prestataire|presta|"
            r"provider|msp|supplier)|(provider|msp|supplier|prestataire|presta)('?s)?[- ]version|version (du |de la |of the |for the )?(prestataire|presta|msp|provider|fournisseur)\b|(plus|more|bien plus|encore plus|a bit more|un peu plus) (dur|dure|severe|stricte?|exigeante?|contraignante?|tough|tougher|harsh|harsher|strict|stricter|demanding)\w* (pour|on|for|envers|with|avec) (le |la |the )?client|(tougher|harder|stricter) on "
            r"(the )?client|(plus|more|tres|very) (protect\w*|favorable|favourable|friendly)\w* (pour|du|au|for|of|to) "
            r"(le |la |the )?(prestataire|presta|msp|provider|fournisseur|infogereur)|(cote|version|position|point de vue) "
            r"(prestataire|presta|msp|provider|fournisseur)|(provider|msp|supplier)[- ](side|friendly)|"
            r"favorable au prestataire|moins (protect\w*|favorable)\w* (pour|au|du) (le )?client|"
            r"(en faveur|in favou?r|a l'avantage|to the advantage) (du|de l'|of the|of) ?(prestataire|presta|msp|provider|"
            r"infogereur|supplier|fournisseur)|from the (provider|msp|supplier)'?s? (point of view|perspective|side|"
            r"standpoint)|(du )?point de vue (du )?(prestataire|presta|msp)|(to|on|onto) the (provider|msp|supplier)'?s? side"),
    ("theirs", r"\b(flip|switch|turn) (it|this|that|the clause) (round |around |over )?(to|onto) (their|the other) side\b|"
               r"\b(their|the other (side|party)'?s?) (side'?s? )?version\b|\bversion (de l'autre (partie|cote)|d'en face|adverse)\b|"
               r"\bleur version\b|\b(go|be) (a bit |a little )?(easier|softer|gentler|nicer|lighter) on (them|the other)\b|"
               r"\b(lache[rz]?|lacher) (un peu )?(de )?lest\b|\bmoins (gourmand|gourmande|greedy)\b|\bless greedy\b|"
               r"\b(?<!pas )(?<!not )(?<!sans etre )(?<!without being )(?<!ni )(?<!nor )(trop|too|way too|beaucoup trop|bien trop|un peu trop|a bit too) (strict\w*|dure?|severe|harsh|tough|demanding|"
               r"exigeante?|contraignante?|lourde?|heavy|onerous|agressi\w*|aggressive) (pour|for|on|envers|with|avec|to) (eux|them|"
               r"l'autre partie|the other (side|party))\b|"
               r"\b(?<!pas )(?<!not )(?<!sans etre )(?<!without being )(?<!ni )(?<!nor )(trop|too|way too|beaucoup trop|bien trop|un peu trop|a bit too) (agressi\w*|aggressive|harsh|dur|dure|"
               r"severe|brutal\w*|raide|one-sided|desequilibre\w*|gourmand\w*|greedy)\b(?! (pour|on|for|envers|with|avec|to) )|"
               r"\b(adouci\w*|assoupli\w*|soften\w*|loosen\w*|tone (it )?down|moins dure?|(plus |more |version )soft|"
               r"moins (severe|strict|stricte|exigeante?|contraignante?|agressi\w*|rude)|less (harsh|strict|severe|"
               r"demanding|aggressive|tough)|softer|gentler|plus (souple|doux|douce|leger|legere))\b|moins (dur|severe|strict|exigeant|protect)\w* (pour|avec|envers) (eux|l'autre|them)|(plus|more) "
               r"(souple|soft|lenient|gentle|accommodant)\w* (pour|for|with|on|avec|envers) (eux|them|the other)|(plus|more) (favorable|favourable|protect\w*|friendly)\w* (pour|a|to|for) (l'autre partie|eux|them|"
               r"the other (side|party))|moins (protect\w*|favorable)\w* (pour|a) (moi|nous)"),
    ("mine", r"\b(durci\w*|harden\w*|tighten\w*|toughen\w*|muscle\w*|tighter|firmer)\b|"
             # "rends-la plus dure pour eux", "make it tougher on them": harder on the other side is the user's side
             r"\b(plus|more|bien plus|encore plus|a bit more|un peu plus|a little more) (dure?|severe|stricte?|exigeante?|contraignante?|"
             r"tough|harsh|strict|demanding|stringent)\w* (pour|on|for|envers|with|avec|a) (eux|them|l'autre partie|the other "
             r"(side|party)|la partie adverse|en face)\b|\b(tougher|harder|stricter|harsher|stiffer) (on|for|with) (them|the other "
             r"(side|party))\b|"
             # "make it tougher", "rends-la plus stricte": stricter, with nobody named, is stricter for the user's side
             r"\b(make|making|get|go) (it|this|that|the clause|the wording) (a (bit|little|lot) |much |even |way )?(tougher|stricter|"
             r"harder|stronger|firmer|tighter|more (demanding|stringent|robust))\b(?! (on|for|to|with) )|"
             r"\b(rend|rends|rendez|fais|faites|fai[st]-la|fai[st]-le)[- ](la|le|l'|ca|cela)? ?(un peu |encore |bien |beaucoup )?plus "
             r"(dure?|stricte?|severe|ferme|exigeante?|contraignante?|musclee?|costaude?|solide|blindee?)\b(?! (pour|envers|avec|a) )|"
             r"\b(tougher|stronger|stricter|harder|plus (ferme|serree?|costaud|blinde\w*)) (for|pour|on our side|de notre cote) ?(us|me|nous|moi)?\b|"
             # "write us a fairer liability clause", "draft me a more reasonable one", "rédige-nous une clause plus
             # équitable": a fairer text asked for oneself, against the other side's terms, is one's own side
             r"\b(write|draft|make|give|get|do|prepare|find|redo)[- ](us|me) (a|an|some) (much |far |bit |little )?(fairer|more "
             r"(reasonable|balanced|equitable|even-handed)|less one-sided)\b|"
             r"\b(redige|ecris|fais|prepare|propose|donne|trouve|refais)[- ](nous|moi) (une?|la|le) (\w+ ){0,2}?(plus (juste|"
             r"equitable|raisonnable)|moins desequilibree?)\b|"
             r"(plus|more|bien plus|un peu plus|a bit more) (raisonnable|acceptable|reasonable|juste|fair|vivable|livable)\w* "
             r"(pour|for|to) (moi|nous|me|us)\b|\b(fairer|kinder|friendlier|safer|better|gentler) (to|for|on) (me|us)\b|"
             r"(moins|less) (favorable|favourable|protect\w*|genereu\w*|generous|avantageu\w*|friendly)\w* "
             r"(pour|a|to|for|envers|towards?) (eux|them|l'autre partie|the other (side|party))|"
             r"\b(safer|more secure|better|stronger|more comfortable|more favou?rable|plus sure?s?|plus solides?|"
             r"plus confortables?|mieux|plus rassurante?s?|plus avantageu\w*) (pour|for|to) (moi|nous|me|us|mon cote|"
             r"notre cote|my side|our side)\b|(cover|protect)s? (me|us) (better|more)|nous couvre (mieux|plus)|"
             r"\b(swing|tilt|lean|pull|push|move|shift|bring)\w* (it |this |that )?(more )?(our|my) way|"
             r"\b(lean|tilt|swing|shift|move|push)\w* (it |this |that )?(more )?towards? (us|me)\b|"
             r"\bpench\w* (plus |davantage )?(de|vers|du) (notre|mon|nous|moi)( cote)?\b|"
             r"\b(une |la |a )?version (pour|for) (nous|moi|us|me)\b|"
             # s25: "propose une version à nous", "give us our own version", "draft ours", "une contre-version de notre
             # côté": the user's own version of the clause discussed
             r"\bversion (a|de) (nous|moi)\b|\b(notre|our|ma|my|nos|la notre|la mienne) (own |propre |propres )?(version|contre-"
             r"proposition|counter-?proposal|wording|redaction)\b|\b(draft|write|do|give|make|prepare)( us| me)? ours\b|"
             r"\b(la notre|la mienne)\b|\b(contre-?version|contre-?proposition|version) (de|du) (notre|mon) cote\b|"
             r"(in|towards?) (our|my) direction|(vers|de) (nous|moi)\b(?! autres)(?! (?:\w+(?:er|ir|re|oir)|en|y|le|la|les|l')\b)|(plus|more|tres|very|bien plus|davantage) (protect\w*|favorable|favourable|friendly|avantageu\w*|"
             r"securisante?)\w*( (pour|a|to|for) (moi|nous|me|us|mon cote|my side|notre cote|our side))?|"
             r"(pour|for) (moi|me|nous|us) (plus|more)|(de|on) mon cote|(in )?my favou?r|en ma faveur|"
             r"(a|en) notre (faveur|avantage)|tilt\w* [\w ]{0,20}(our|my) favou?r|(in|to) (our|my) (favou?r|advantage)|"
             r"(a|en) mon avantage|(a|en) ma faveur|protects? (me|us) (more|better)|(me|nous) proteg\w* (plus|mieux|davantage)|"
             r"protege[rz]?[- ]moi (plus|mieux)|mieux proteg\w*|"
             r"\b(plus de|more) (garanties|guarantees|safeguards)\b|"
             r"\b(plus |davantage )?(du )?cote (nous|moi)\b|(plus|davantage) (de |du )?(notre|mon) cote\b|"
             r"\bmore (on |to )?(our|my) side\b|\b(protect\w*|favou?rable|friendly|safe) (for|to|pour|a) (us|me|nous|moi)\b"),
    ("balanced", r"re-?equilibr\w*|rebalanc\w*|trop (favorable|protect\w*)|too (favou?rable|one-sided|protective)|"
                 r"(for|pour) (both|les deux)( parties| sides)?|equilibr\w*|balanced|neutre|neutral|middle ground|compromis|compromise|fair(er)?\b|"
                 r"plus juste|more even|equitable\w*|even-?handed|impartial\w*|(somewhere )?in the middle|au milieu|entre les deux|(meet|meeting) (them |each other )?"
                 r"(half-?way|in the middle)|a mi-chemin|split the difference|couper la poire en deux|coupe la poire|"
                 r"(less|moins) (one-?sided|lopsided|unbalanced|desequilibre\w*|partial\w*)|win-?win|gagnant-gagnant|"
                 # s34: a text asked "not too harsh" ("pas trop dure", "sans être trop sévère", "not too aggressive"):
                 # a limit on both ways, the middle ground, not the other side's version
                 r"\b(pas|not|sans etre|without being|jamais) (trop|too|overly|excessivement) (dure?s?|severes?|harsh|strict\w*|tough|"
                 r"aggressive|agressi\w*|brutal\w*|one-sided|desequilibre\w*|exigeante?s?|demanding)\b"),
]


def _nearest_topic(fragment: str, *, first: bool) -> str | None:
    """The topic named closest to the word clause: "clause de pénalités pour retard de GTR" is about
    penalties (the first named after it), "GTR penalties clause" too (the last named before it)."""
    low = fold_keep_offsets(fragment)
    found = [(m.start(), m.end(), topic) for topic, pat in (*_TOPIC_CUES.items(), *_MORE_TOPIC_CUES.items())
             for m in [re.search(pat, low)] if m]
    if not found:
        return None
    return (min(found, key=lambda f: f[0]) if first else max(found, key=lambda f: f[1]))[2]


# "penalties on our SLA", "des pénalités sur la GTR", "SLA credits": the penalties are the clause, the service level
# what they sanction ("an SLA clause without penalties" stays the SLA)
_PENALTY_NAMED = re.compile(r"(?<!\bsans )(?<!\bwithout )(?<!\bno )(?<!\bpas de )(?<!\baucune )"
                            r"\b(penalites?|penalties|penalty|service credits?|credits? de service)\b")
# a service level given its value in the same phrase ("1 hour response for P1", "GTI 1h en P1", "dispo 99,5 %",
# "respond to Severity 1 tickets within eight (8) hours"): the levels are the clause's subject, credits named alongside
# are one of its terms
_LEVEL_SET = re.compile(r"\b(?:gti|gtr|response|respond\w*|intervention|interven\w*|restor\w*|retabli\w*|resolution|"
                        r"dispo\w*|availability|uptime)\b[^,;:.?!]{0,30}?\d|\d+(?: ?\(\d+\))? ?(?:h|hours?|heures?)\b"
                        r"[^,;:.?!\d]{0,15}\b(?:response|intervention|restor\w*|retablissement|resolution)\b")
# s25c: a service level and how it is measured or reported ("la disponibilité est calculée par les outils du
# Prestataire", "response times are measured with…", "uptime as reported by their monitoring"): the service levels
_LEVEL_MEASURED = re.compile(r"\b(?:dispo\w*|availability|uptime|taux de service|temps de (?:reponse|retablissement|"
                             r"resolution)|delais? (?:de |d')(?:reponse|intervention|retablissement|resolution)|response "
                             r"times?|resolution times?|gti|gtr|sla|niveaux? de service|service levels?)\b[^.;?!]{0,40}?\b"
                             r"(?:mesur\w*|measur\w*|calcul\w*|constat\w*|report\w*|monitor\w*|relev\w*|suivi\w*|tracked)\b")
_PENALTY_CLAUSE = re.compile(r"\bclauses? (?:de |des |of |on |sur les )?(?:penalit\w*|service credits?|credits? de service)|"
                             r"\b(?:penalt\w*|service credits?) clauses?\b")
# "twelve months of fees", "6 mois de redevance", "two years' worth of charges": a sum measured in fees (a cap), not
# the payment terms
_FEE_MEASURE = re.compile(r"\b[\w-]+ (?:months?|mois|years?|ans|annees)(?:'s?)? (?:worth )?(?:of |de |d')(?:the |la |les |"
                          r"leurs? |our |their |nos |vos |your )?(?:fees?|redevances?|charges|billing|facturation|factures|"
                          r"invoic\w+|sums? paid|sommes (?:versees|payees))\b")


# "the fees invoiced over the previous nine months", "les sommes versées au cours des 12 derniers mois": a cap measured by
# what was paid over a past period (a liability cap), not the payment terms
_PERCENT_OF_FEE = re.compile(r"(?:%|\bper ?cent|\bpour ?cent|\bpourcents?)\s+(?:of|de|d'|du|des)\s*(?:the |la |le |les |leur |our |"
                             r"their |notre |votre |your |ses |its |his )?(?:monthly |mensuel\w* |remaining |outstanding |restant\w* )?(?:fees?|redevances?|"
                             r"forfaits?|factures?|invoices?|invoiced amounts?|montants? factures?)"
                             r"(?: mensuel\w*| monthly| du mois| of the month| of that month| concernee| concerned)?\b")
_FEE_PERIOD_HEAD = (r"\b(?:fees?|charges|amounts?|sums?|monies|redevances?|sommes|montants|prix|billing|facturation|factures|"
                    r"invoices?)\b[\w' ]{0,30}?\b(?:over|in|during|for|across|within|sur|au cours d(?:es|u|e)|pendant|durant)\s+"
                    r"(?:the |les |des |la |le )?(?:(?:previous|last|preceding|past|prior)\s+)?")
_FEE_PERIOD = re.compile(_FEE_PERIOD_HEAD + r"[\w-]+\s+(?:(?:derniers?|precedents?)\s+)?(?:months?|mois|years?|ans|annees)\b")
_FEE_PERIOD_BEFORE = re.compile(_FEE_PERIOD_HEAD + r"$")


_EXIT_FEES = re.compile(r"\b(exit|early[- ]exit|leaving|sortie|depart) (fees?|charges?|penalt\w*|costs?|payments?)\b|"
                        r"\b(frais|indemnites?|penalites?|couts?) de (sortie|depart)\b")


# "can we just walk out the same day?", "on peut partir du jour au lendemain ?": leaving the contract, asked
_LEAVING = re.compile(r"\b(can|could|may|should|do) (we|i)( just| simply| actually| then)? (walk (out|away)|leave(?! (it|that|this|them|out|as|in|the (sla|clause|cap|wording|text|figure|price|fee)s?)\b)|get out|quit|"
                      r"terminate|end (it|the contract|the agreement|things)|pull out|cancel( the contract)?)\b|"
                      r"\b(peut-on|on peut|pouvons-nous|puis-je|je peux|est-ce qu'on peut|est-ce que je peux|on pourrait|"
                      r"a-t-on le droit de|on a le droit de)( \w+)? (partir|quitter|rompre|resilier|claquer la porte|mettre fin|"
                      r"sortir du contrat|arreter le contrat)\b")


def clause_topic(text: str) -> str | None:
    """The topic a clause request names next to the word clause ("clause de pénalités", "penalties
    clause", "SLA clause"), else the topic the message names."""
    folded = fold_keep_offsets(text)
    measured = _FEE_MEASURE.search(folded) or (_FEE_PERIOD.search(folded) if re.search(
        r"plafon\w*|\bcap\w*|limit\w*|responsab\w*|liab\w*|ceiling", folded) else None)
    if measured:
        folded = _FEE_PERIOD.sub(lambda m: " " * len(m.group(0)), _FEE_MEASURE.sub(lambda m: " " * len(m.group(0)), folded))
    # "20 % of the monthly fee", "10 % de la redevance mensuelle": a share of the fee measures another figure (a cap of
    # credits, a penalty), it does not name the payment terms
    folded = _PERCENT_OF_FEE.sub(lambda m: " " * len(m.group(0)), folded)
    topic = _clause_topic(folded)
    if topic == "sla" and _PENALTY_NAMED.search(folded) and not _LEVEL_SET.search(folded):
        return "penalties"  # "penalties on our SLA"; "SLA, 1 hour response for P1, credits up to 15%" stays the SLA
    if topic == "penalties" and _LEVEL_SET.search(folded) and not _PENALTY_CLAUSE.search(folded):
        return "sla"  # "respond to P1 within 4 hours… service credits capped at 5%": the levels, with their credits
    if topic == "technologies" and _LEVEL_MEASURED.search(folded):
        return "sla"  # "availability is measured by the Provider's tools": the level measured, not the tools measuring
    if topic not in (None, "termination") and _LEAVING.search(folded):
        return "termination"  # "if they keep missing the SLA, can we just walk out?": leaving is what is asked
    if topic == "reversibility" and _EXIT_FEES.search(folded) and not re.search(r"\breversib", folded):
        return "termination"  # "no exit fees", "sans frais de sortie": what leaving costs, a term of the termination
    return topic or ("liability" if measured else None)


def _clause_topic(folded: str) -> str | None:
    for m in re.finditer(r"\bclauses?\b", folded):
        right = re.match(r"\s*(?:type |standard |de |du |d'|des |sur |on |for |of |pour |about )?(?:la |le |les |l'|the |"
                         r"une? |a )?([^,:;.?!]{2,35})", folded[m.end():])
        left = re.search(r"([^,:;.?!]{2,30})$", folded[max(0, m.start() - 30): m.start()].rstrip())
        after = _nearest_topic(right.group(1), first=True) if right and not re.match(
            r"(without|sans|hors|except|no|pas de|with no|with zero|avec zero|zero|aucune?|sans aucune?)\b", right.group(1)) \
            else None  # "SLA clause without penalties", "with no service credits"
        before = _nearest_topic(left.group(1), first=False) if left else None
        if after or before:
            return after or before
    return find_topic(folded) or next((t for t, pat in _MORE_TOPIC_CUES.items() if re.search(pat, folded)), None)


# "s'interdit d'embaucher tout salarié", "shall not hire any engineer of the Provider": what a non-solicitation clause forbids
_HIRING_OF_STAFF = (r"(?:embaucher|recruter|solliciter|debaucher|hire|recruit|solicit|employ|engage)\w*,? (?:directly or indirectly "
                    r"|directement ou indirectement |ou faire travailler )?(?:tout|toute|aucun|aucune|any|an?|the|les?|des|un|une) "
                    r"(?:salarie|employe|employee|member of (?:the )?staff|staff member|collaborateur|technicien|technician|"
                    r"engineer|ingenieur|consultant)\w*")
_FORBIDS_HIRING = re.compile(r"\b" + _HIRING_OF_STAFF)


# data lost named ("perte de données", "data loss", "no file will be lost"): the backups' subject when nothing is
# discussed, but a head of damage or a carve-out of the clause on the table otherwise ("they'll want data loss out of the
# cap" about a liability clause)
DATA_LOST = (r"\b(pertes? de (donnees|fichiers|dossiers)|data loss|loss of (the |our |their )?(data|files|records)|"
             r"(donnees?|fichiers?|dossiers?|data|files?|records?)\b[^.;!?]{0,40}\b(perdu\w*|lost))\b")


def names_only_data_loss(text: str) -> bool:
    """The message names the backups' subject only by data lost (no clause word, no other cue)."""
    folded = fold_keep_offsets(text)
    if not re.search(DATA_LOST, folded):
        return False
    return clause_topic(re.sub(DATA_LOST, lambda m: " " * len(m.group(0)), folded)) is None and \
        not re.search(r"\b(sauvegard\w*|backups?|backed up|restaur\w*|restor\w*)\b", folded)


# how people name a clause's subject in talk, besides the words the answers read ("a 36-month term", "poaching our
# techs", "which court", "uptime"): read only when no other topic word is found
_MORE_TOPIC_CUES = {
    # s34: the clause of the provider's obligations ("la clause obligations côté presta", "the provider obligations
    # clause", "clause sur nos obligations"): what it undertakes and how (means or result), the scope clause's subject;
    # the client's obligations stay theirs
    "scope": r"\b(clauses? (?:d'|des |sur (?:les |nos |ses )?|de (?:nos |ses )?)?obligations(?! (?:du|de la|des|of the) (?:client|cliente|customer))|"
             r"obligations (?:clause|du prestataire|du presta|de l'infogereur|de l'infogerant|of the (?:provider|msp|supplier))|"
             r"(?:provider|msp|supplier)(?:'s)? obligations)\b",
    "duration_renewal": r"\b(term clause|clause de duree|duree (du|de mon|de notre) contrat|contract (length|term|duration)|"
                        r"(initial|minimum|fixed) term|\d+[- ]?(month|year|mois|an)s?[- ]term|term of \d+|how long (should|must|can|"
                        r"does) (the|a|my|our) (contract|agreement)|periode d'engagement|lock-?in( period)?)\b",
    "reversibility": r"\b(data return|return of (the |our )?data|reprise des donnees|transition out|exit plan|hand-?over|hand-?back|"
                     r"changer de prestataire|switch(ing)? providers?)\b",
    "disputes": r"\b(which court|what court|quel tribunal|quelle juridiction|quel juge|droit applicable)\b",
    "non_solicitation": r"\b(" + _HIRING_OF_STAFF + r"|non-?solicit\w*|no-?poach\w*|non-?sollicit\w*|poach\w*|debauch\w*|(hire|hiring|recruit\w*|embaucher|recruter) (their|our|your|nos|leurs|vos) "
                        r"(staff|techs?|technicians?|engineers?|people|employees|techniciens|salaries|ingenieurs))\b",
    # (s33: availability clipped to "dispo" as a topic — "la clause dispo", "taux de dispo", "dispo 99,5 %" — not the
    # everyday "available" of "je suis dispo demain")
    "sla": r"\b(uptime|disponibilite|availability|temps de reponse|response times?|resolution times?|(clauses?|taux|"
           r"engagements?|garanties?|objectifs?|niveaux?|sla|la|une|de|en|sur la) dispo|dispo\W{0,3}\d+)\b",
    # a further processor brought in, or one brought in with or without telling the other side (GDPR art. 28(2)):
    # "sous-traitants ultérieurs", "subprocessors", "recourir à tout sous-traitant sans information préalable"
    # (s34: the notice of a breach named without the data, "la clause de notification de violation": art. 33)
    "data_protection": r"\b(notifications? (?:de |d'une |des |en cas de )?violations?|violations? de (?:securite|donnees)|"
                       r"sous-traitants? ulterieurs?|sub-?processors?|further processors?|(sous-traitants?|sub-?contractors?)"
                       r"\b[^.;]{0,80}\b(information prealable|sans (en )?informer|autorisation (prealable|ecrite)|s'opposer|"
                       r"opposition|prior (written )?(notice|authori[sz]ation)|without (prior )?notice|object(ion)?)|"
                       r"(information prealable|sans (en )?informer|without (prior )?notice|prior (written )?authori[sz]ation)"
                       r"\b[^.;]{0,80}\b(sous-traitants?|sub-?contractors?))\b",
    "liability": r"\b(responsables?|responsible|liable)\b(?! (de|du|des) (traitement|donnees))(?! for processing)",
    "price_revision": r"\b((augment\w*|hausse\w*|monter|passer|relever|raise|increase|hike)\w* (de |sa |la |leur |son |the |its |"
                      r"their )?(redevance|prix|tarifs?|forfait|fee|fees|price|prices)|price (hike|rise|increase)s?)\b",
    "intellectual_property": r"\b(who owns|a qui appartien\w*|ownership of|proprietaire des (scripts|developpements|livrables))\b",
    # s25: "aucune donnée ne sera jamais perdue", "no data will ever be lost": keeping the data, the backups' subject (only
    # when nothing else is discussed: `names_only_data_loss`; after liability, so
    # "il n'est jamais responsable des pertes de données" stays the liability clause's exclusion)
    "backup_recovery": DATA_LOST,
}


_REBALANCE = re.compile(r"re-?equilibr\w*|rebalanc\w*|trop (favorable|protect\w*)|too (favou?rable|one-sided|protective)|"
                        r"trop (en leur faveur|a leur avantage|pour eux)|too (much )?in their favou?r")


# "elle penche trop côté prestataire", "too provider-friendly", "trop favorable au client": a complaint about
# where the clause stands, not the way the user wants it to go
_PARTY = r"(?:le |la |l'|the |au |du )?(prestataire|presta|msp|provider|fournisseur|supplier|infogereur|vendor|client|customer)"
_COMPLAINT = re.compile(r"(?:penche\w*|lean\w*|tilt\w*|tourne\w*)? ?(?:trop|too(?: much)?|beaucoup trop|way too) "
                        r"(?:(?:cote|vers|towards?|in favou?r of|en faveur d[ue]|du cote d[ue]|pro|"
                        r"(?:favorable|favourable|protect\w*|genereu\w*|gentle|soft|friendly)\w* (?:au|a|to|for|pour|envers|du|of)) ?"
                        + _PARTY + r"|" + _PARTY + r"[- ](?:friendly|side))")


# meeting the other side halfway on a number: the compromise is the figure given with it
_SPLIT_FIGURE = re.compile(r"\b(?:meet(?:ing)? (?:them |each other |him |her )?(?:half-?way|in the middle)|split the difference|"
                           r"(?:couper|coupe|coupons|coupez) la poire(?: en deux)?|a mi-chemin|(?:somewhere )?in the middle|"
                           r"au milieu|entre les deux|middle ground|compromis|compromise)\b")


# s25: "…, fair?", "…, reasonable?" closing a message that describes terms: the user's opinion asked, no version wanted
_OPINION_TAIL = re.compile(r",\s*(?:fair|reasonable|equitable)\s*\?*\s*$")
# s28: who will read the text, told after the request ("make it more balanced, the client's IT lead will read it",
# "rends-la plus équilibrée, leur avocat va la relire"): the reason of the request, naming no side the text leans to
READER_TAIL = re.compile(r"[,;.!]\s*(?:(?:and|et|as|since|vu que|car|because|parce que)\s+)?[^,;.!?]{0,50}?\b(?:will|'ll|va|vont|"
                         r"doit|doivent|must|is going to|are going to|gonna|is about to|going to)\s+(?:\w+\s+)?(?:read|re-?read|"
                         r"review|go through|go over|look (?:at|over)|check|see|relire|lire|regarder|examiner|verifier|passer "
                         r"dessus|eplucher|decortiquer)\b[^?]*$")


def read_position(folded: str) -> str | None:
    folded = READER_TAIL.sub("", _OPINION_TAIL.sub("", folded))
    complaint = _COMPLAINT.search(folded)
    if complaint:  # what else the message asks ("… fais-la plus favorable pour moi") leads; else rebalance
        rest = folded[:complaint.start()] + " " + folded[complaint.end():]
        return _read_position(rest) or "balanced"
    return _read_position(folded)


# s33: a fair, balanced or decent text asked "for us" ("a fair suspension clause for us", "une clause de résiliation
# équilibrée mais pour nous", "reasonable … for our side"): the party named is whom it serves — unless the fair value is
# what is asked ("what's a reasonable cap for us here?": a question, no version)
_FAIR_FOR_US = re.compile(r"\b(?:fair|balanced|equitable|even-?handed|reasonable|decent|correct|juste|equilibree?s?|equitables?|"
                          r"raisonnables?|correcte?s?|honnetes?)\b(?: [\w'-]+){0,4}? (?:(?:mais|but|yet|tout en restant|while) )?"
                          r"(?:pour|for|to|towards?|envers|de) (?:nous|moi|us|me|our side|my side|notre cote|mon cote)\b"
                          r"(?! (?:deux|both|two|tous|all|et|and|comme|as well)\b)(?! autres)")
_FAIR_ASKED = re.compile(r"\b(?:what'?s|whats|what is|what would be|what counts as|how much is|quel(?:le)?s? (?:est|serait|sont|"
                         r"seraient)|c'est quoi|qu'est-ce qu'(?:un|une)|ce serait quoi)(?: [\w'-]+){0,3}\s*$")


def _read_position(folded: str) -> str | None:
    if _REBALANCE.search(folded):
        return "balanced"
    fair = _FAIR_FOR_US.search(folded)
    if fair and not _FAIR_ASKED.search(folded[:fair.start()]):
        return "mine"
    for name, pat in POSITION_PATTERNS:
        if re.search(pat, folded):
            return name
    return None
