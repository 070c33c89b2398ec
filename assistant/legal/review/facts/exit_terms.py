"""The exit at the end of the contract: reversibility (the data handed back, transition assistance,
migration to a successor) or its refusal, and deletion without any return.

A sentence is read with its clause's heading: under "Transition Assistance", "Réversibilité" or
"Exit", "(b) return all Customer Data to Customer or to a successor provider" or "Le Prestataire les
lui remet dans un délai de quinze jours" organise the exit even though the sentence never says
"reversibility". A refusal ("ne comprennent pas d'obligation de réversibilité", "no transition
assistance is provided", "the Services do not include migration") is a fact too: reversibility
not provided.
"""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.where import Where
from assistant.legal.review.facts.reading import Sent, modal, spaced, subject
from assistant.text import find_durations

_DATA = r"(?:donnees|data|contenus?|content|fichiers|files|backups|sauvegardes)"
# the data handed back, however the owner is named ("return all Customer Data", "restitue l'intégralité des
# Données du Client", "export of the data")
RETURN_DATA = (r"(?<![\w'])(?:return|restitu|retriev|deliver|hand\w* (?:over|back))\w*\b,? (?:all |the |its |any )*(?:(?:customer|"
               r"client)(?:'?s)? )?personal data\b|"  # the personal data given back (not "transfers of personal data to X")
               r"(?<![\w'])(?:restitu|recuper|export|return|retriev|remet|remis|rend|transfer|transfert|hand\w* over|deliver|"
               r"migrat|hand\w* back|giv\w* back)\w*\b,? (?:(?:de |des |les |of |the |all |its |their |your |our |ses |leurs |"
               r"vos |nos |votre |notre |toutes? (?:les )?|"
               r"l'integralite (?:de |des )?|l'ensemble (?:de |des )?)(?:les |the )?)?(?:(?:customer|client)(?:'?s)? |"
               r"du client )?" + _DATA + r"\b|" + _DATA + r"\b.{0,60}(?<![\w'])(?:available for export|export\w*|retriev\w*|"
               r"recuper\w*|restitu\w*|download\w*|telecharg\w*|disponibles? (?:a l'|au |pour (?:l')?)(?:export|telechargement|"
               r"recuperation)|available (?:for|to) (?:collection|pick-?up|the (?:customer|"
               r"client))|a (?:la )?disposition du client)|"
               # the end of the contract opens a window in which the client takes its data back, whatever the data are
               # called ("for thirty days after termination … keep the backups available so that Customer may export
               # them", "when the Services end, Customer may download an export of its records", "après la résiliation,
               # le Client peut récupérer ses sauvegardes pendant un mois")
               r"(?:\b(?:after|following|upon|on|apres|suivant|des|a compter de|au terme de|a l'issue de) (?:the |la |le |l'|"
               r"sa |its )?(?:date of |date de |date d'effet de (?:la |l')?)?(?:termination|expiry|expiration|end|fin|resiliation|"
               r"cessation)\b|\b(?:when|once|after) (?:the|this) (?:services?|agreement|contract|subscription) (?:ends?|expires?|"
               r"terminates?|(?:is|are) terminated)\b).{0,160}?(?<![\w'])(?:export|download|retriev|recuper|telecharg|"
               r"hand\w* back)\w*")
EXIT_TERMS = (r"reversibilit\w*|exit (?:plan|assistance|management|services?)|plan de (?:sortie|reversibilite)|"
              r"transition (?:assistance|services?|period|plan)|(?:termination|migration) assistance|"
              r"assistance (?:a la |de |a )?(?:reversibilite|transition|migration|sortie)|transfert de (?:competences|"
              r"connaissances)|knowledge transfer|successor (?:provider|supplier|vendor|contractor)|(?:prestataire|"
              r"fournisseur) (?:successeur|entrant|repreneur)|nouveau prestataire|(?:prestataire|tiers) designe par|"
              # the move to another provider the client is helped with ("we will help you move to a new provider")
              r"(?:move|migrat\w*|switch\w*|transfer\w*) to (?:a |another |the |your )?(?:new |replacement |next )?(?:provider|"
              r"supplier|vendor|msp|host)")
# a heading that announces the exit: its sentences need not repeat it
EXIT_HEADING = r"reversibilit|transition|\bexit\b|sortie|restitution|end of (?:the )?(?:agreement|services|term)|" \
               r"fin (?:du contrat|des prestations|de la relation)|effects? of (?:termination|expiry)|" \
               r"fin (?:de l'|du |de la )(?:option|service|abonnement|prestation|hebergement|marche|mission)\b|" \
               r"end of (?:the )?(?:option|subscription|plan|hosting|service|engagement)\b|" \
               r"consequences? de la (?:fin|resiliation|cessation)|handover|hand-over|migration|" \
               r"fin des relations|fin (?:de la |d'une |de (?:la |votre |notre )?)?commande|" \
               r"(?:si|quand|lorsque|le jour ou) (?:nous|vous|on|le client) (?:partons|partez|part|quittons|quittez|quitte|" \
               r"changeons de prestataire|changez de prestataire)|(?:if|when|once) (?:we|you|the customer) (?:leave|leaves|" \
               r"switch|switches|move|moves) (?:away|on|provider)?|what do (?:we|you) get back|" \
               r"(?:que|qu'est-ce que) (?:nous |vous |on )?(?:recuper|rend|restitu|remet)\w*"
# in such a clause, what hands something back: the data, the documentation, the credentials, the service itself
HANDOVER = r"(?<![\w'])(?:restitu|recuper|export|return|retriev|remet|remis|rend|transf[e]r|hand\w* (?:over|back)|" \
           r"giv\w* back|deliver|migrat|" \
           r"(?:une |a |the |one )(?:full |complete |entire )?cop(?:y|ie)(?! (?:of )?(?:this|the) (?:agreement|contract))|" \
           r"(?:l'|un |an |the )export|" \
           r"make available|met\w* a (?:la )?disposition|communiqu|fourni(?!sseur)|provide(?!r)|continue to provide|poursui)\w*\b"
HANDED = r"donnees|data|contenus?|content|fichiers|files|documentation|credentials|identifiants|mots de passe|" \
         r"passwords|configurations?|run ?books|diagrams?|schemas|dumps?|exports?|formats?|services?|prestations|" \
         r"\bles lui\b|\bthem\b|\bit\b|" \
         r"disques?|supports?|equipements?|materiels?|serveurs?|hardware|equipment|servers?|drives?|disks?|media|" \
         r"historiques?|history|journaux|logs|dossiers|codes? d'acces|access codes|sauvegardes?|backups?|copies"
# outside an exit clause: a verb that hands back, and what holds the client's data
HAND_BACK = r"(?<![\w'])(?:restitu|remet|remis|return|deliver|hand\w* (?:over|back)|export|transf[e]r)\w*\b"
HANDED_DATA = r"\b(?:donnees|data|fichiers|files|cop(?:ie|y|ies)|exports?|dumps?|bases? de donnees|databases?|sauvegardes|" \
              r"backups?|mailboxes|boites|documentation)\b"
# the end of the contract named in the sentence
CONTRACT_END = r"\b(a la |au |a l'|des la |apres la )?(fin|terme|expiration|resiliation|cessation|issue) (du|de la|des|de l') ?" \
               r"(contrat|prestations|services?|relation|option|abonnement|prestation|hebergement|marche|mission)\b|" \
               r"\b(termination|expiry|expiration|end) of (this|the) (agreement|contract|services?|subscription|plan|option|" \
               r"hosting)\b|\bwhen (this|the) (agreement|contract|services?) (ends?|expires?|terminates?|(is|are) " \
               r"terminated)\b|\bon (termination|expiry)\b"
# in such a clause, the client taking back its own equipment and media (a colocation's exit: "le Client dispose de
# trente jours pour retirer ses serveurs", "the Customer may remove its equipment within twenty days")
RETRIEVE_OWN = r"(?<![\w'])(?:retir|recuper|enlev|demont|remov|collect|retriev|take back|reprend)\w*\b (?:\w+ ){0,2}?" \
               r"(?:ses|leurs|its|their|the customer'?s?|the client'?s?|du client) (?:propres? |own )?(?:equipements?|" \
               r"materiels?|serveurs?|baies|disques?|supports?|equipment|hardware|servers?|drives?|disks?|media|racks?)\b|" \
               r"(?<![\w'])(?:telecharg|export|download|extract|extrai|recuper|retriev)\w*\b (?:\w+ ){0,2}?(?:ses|leurs|its|" \
               r"their|the customer'?s?|the client'?s?|du client|your|vos) (?:propres? |own )?(?:\w+ )?(?:fichiers|donnees|data|" \
               r"files|contenus?|content|records|dossiers|documents|bases?)\b"
# (or its own data, downloaded or exported by itself: "le Client peut télécharger ses fichiers pendant trente jours",
# "the Customer may export its data within 30 days")
ASSIST = r"assist|accompagn|transfert de (?:competences|connaissances)|knowledge transfer|successor|successeur|" \
         r"prestataire designe|nouveau prestataire|hand\w* over|credentials|identifiants|mots de passe|run ?books|" \
         r"documentation|continue to provide|poursui\w* (?:l'execution|les prestations)|migration|questions"
# the exit refused: no obligation, not included, none
_EXIT_NOUN = r"(?:reversibilit|exit|restitution|return|transition|migration|sortie)"
# the exit refused: not included, not provided, no obligation, none
REFUSED = (r"(?:ne (?:comprend|comprennent|prevoit|prevoient|inclut|incluent|assure|fournit|propose|offre)\w* pas|"
           r"n'(?:assure|offre|inclut|est|a) pas|n'(?:inclu|comprend|prevoi|assure|fourni|offre|propose)\w* (?:ni|aucune?|"
           r"nullement)|(?:do|does|shall|will) not (?:include|provide|offer|cover) (?:either|any)|does not (?:include|provide|offer|cover)|do not (?:include|provide|"
           r"cover|offer)|(?:shall|will) not (?:provide|offer|include)|(?:has|have|shall have|is under) no (?:obligation|"
           r"duty) to (?:provide|assist|offer)|not (?:required|obliged|obligated) to (?:provide|assist|offer)|exclu\w*|"
           r"n'(?:est|sera) (?:pas|nullement|aucunement) tenue? (?:d'|de )(?:assurer|fournir|proposer|offrir|"
           r"organiser|preter|accompagner|assister|aider)|n'a (?:pas|aucune) (?:l')?obligation (?:d'|de )(?:assurer|fournir|proposer|"
           r"offrir|accompagner|assister|aider))"
           r"[ ']+(?:[\w-]+[ ']+){0,4}?(?:d'|de |of |any |for )?(?:obligation de |d'obligation de )?" + _EXIT_NOUN +
           r"|(?:\bno|\baucune?|\bsans|\bpas d'|\bpas de|\bhors) (?:(?:obligation|assistance|prestation|service|duty|"
           r"right)s? (?:de |d'|of |to |a la |a l'|au |a |with )?)?(?:any |la |de |d')?" + _EXIT_NOUN +
           r"|(?:has|have|shall have|is under|n'a|n'aura) (?:no|aucune) (?:obligation|duty) (?:to|de|d') ?(?:(?:\w+,? )+(?:or|ou|"
           r"and|et) )?"
           r"(?:retain|keep|provide|return|deliver|export|make available|hand\w* back|hand\w* over|give back|conserver|fournir|restituer|"
           r"remettre|exporter|rendre)\w* "
           r"(?:any |the |all |les |des |aucune )?(?:(?:customer|client)(?:'?s)? )?(?:data|donnees|content|contenus)"
           # the exit named first, then put out of scope: "le transfert vers un nouveau prestataire n'entre pas dans le
           # périmètre", "toute migration… est exclue du périmètre", "transition services are outside the scope"
           # (not the contract itself transferred, an assignment: "transférer le présent contrat … y compris hors de son
           # groupe", whose "compris hors" is no "is … hors" either)
           r"|(?:" + _EXIT_NOUN + r"|transfert|transfer|migrat|nouveau prestataire|successor)\w*\b(?! (?:du |de |le |la |l'|the |"
           r"this |that )?(?:present |presente |said )?(?:contrat|marche|agreement|contract)\b)[^.;]{0,90}?(?:n'entre\w* "
           r"(?:pas|nullement) dans|\b(?:est|sont|is|are) (?:\w+ )?(?:exclue?s?|excluded|hors)\b|outside (?:the )?scope|"
           r"(?:is|are) not (?:part of|within|included in))"
           # no exit agreed, only a promise to talk about one: "examiner l'opportunité d'une éventuelle réversibilité…
           # à laquelle l'Infogéreur n'est pas tenu de consentir", "negotiate in good faith the terms of any exit"
           r"|(?:l'opportunite d'une |l'opportunite de la )(?:eventuelle )?" + _EXIT_NOUN + r"|" + _EXIT_NOUN +
           r"\w*\b[^.;]{0,120}(?:n'est pas tenue? de (?:consentir|l'accepter|y consentir|l'organiser)|(?:is|shall be) not "
           r"(?:obliged|required|bound) to (?:agree|consent))"
           # no exit agreed, its terms left to a later agreement with nothing due meanwhile ("the scope, timetable and
           # charges of any transition assistance shall be agreed at the relevant time, failing which the Provider shall
           # have no obligation", "les modalités de la réversibilité seront convenues le moment venu")
           r"|" + _EXIT_NOUN + r"\w*\b[^.;]{0,120}?\b(?:agreed|settled|determined|negotiated|convenue?s?|definie?s?|fixee?s?|"
           r"arretee?s?|negociee?s?|discutee?s?)\b[^.;]{0,50}?\b(?:at the (?:relevant|appropriate) time|at a later (?:date|stage)|"
           r"when the time comes|in due course|le moment venu|ulterieurement|en temps utile|au moment (?:de la|du) (?:fin|"
           r"terme|sortie))"
           # an exit only possibly talked about later: "une éventuelle réversibilité pourra être discutée", "any exit
           # assistance may be discussed", or left to the provider: "exit assistance shall be at the Supplier's sole
           # discretion", "no obligation to assist the Customer or any replacement provider in the transfer"
           r"|(?:eventuelle|possible|any)\s+(?:\w+\s+)?" + _EXIT_NOUN + r"\w*\b[^.;]{0,60}\b(?:pourr\w+|may|could|might) "
           r"(?:etre |be )?(?:discut|negoci|discuss|negotiat|examin|envisag|consider)\w*"
           r"|" + _EXIT_NOUN + r"\w*\b(?: \w+)?[^.;]{0,40}\b(?:at|in) (?:the )?(?:\w+'s |its )?(?:sole|absolute|own) discretion"
           r"|" + _EXIT_NOUN + r"\w*\b(?: \w+)?[^.;]{0,40}\ba (?:la |sa )?(?:seule|libre|entiere) (?:discretion|appreciation)"
           r"|(?:(?:has|have|shall have|is under|n'a|n'aura) (?:no|aucune) (?:obligation|duty) (?:to|de|d') ?|"
           # "n'est pas tenu d'accompagner le Client lors de la migration", "is not required to help with the transfer"
           r"n'(?:est|sera) (?:pas|nullement|aucunement) tenue? (?:d'|de )|(?:is|shall be|will be) not (?:required|obliged|"
           r"obligated|bound) to )(?:assist|help|aider|assister|accompagner)\w*\b[^.;]{0,80}\b(?:transfer|transfert|transition|"
           r"migrat|exit|sortie|reversib)"
           # the handover refused item by item: "aucune documentation…, aucun mot de passe… ni aucun transfert de
           # compétences n'est dû", "no documentation or credentials will be provided"
           r"|\baucune?\s+(?:documentation|mot de passe|identifiant|transfert de (?:competences|connaissances)|assistance)"
           r"[^.;]{0,120}\bn'(?:est|sont|sera|seront) (?:du|dus|due|dues|fourni\w*|remis\w*|prevu\w*|assure\w*)\b"
           r"|\bno (?:documentation|credentials|passwords?|knowledge transfer|transition assistance|exit assistance)\b[^.;]{0,120}"
           r"\b(?:shall|will|is|are) (?:be )?(?:provided|delivered|handed over|due|given|owed)\b"
           # the return denied as a duty in a participle phrase next to the deletion: "efface les données… sans être
           # tenu de les restituer", "deletes the data without being required to return it", "without any obligation
           # to hand them back"
           r"|\b(?:sans (?:etre|qu'il soit) (?:aucunement |nullement )?(?:tenue?|obligee?|astreinte?) (?:de |d')|without (?:being "
           r"(?:required|obliged|obligated|bound)|any (?:obligation|duty)) to )(?:\w+ ){0,2}?(?:restitu|return|remettre|rendre|"
           r"hand\w* back|give back|deliver|export)\w*"
           # the data held back until the client pays: "may withhold all Customer Data … until full payment"
           r"|(?:withhold|retain|retenir|conserver)\w* (?:all |any |the |les |toutes? les )?(?:customer |client |du client )?"
           r"(?:data|donnees)\b[^.;]{0,80}\b(?:until |jusqu'(?:au|a) )(?:full |complete |complet )?(?:payment|paiement)")
# nothing in the contract binds the provider to the exit: "Nothing in this Agreement obliges the Supplier to hand over
# data", "nothing herein requires Provider to assist with a migration", "rien dans le contrat n'oblige le Prestataire à
# restituer", "aucune stipulation n'impose au Prestataire d'assister le Client"
NOTHING_BINDS = r"(?:\bnothing\b|\brien\b|\baucune? (?:stipulation|disposition|clause|article)\b)[^.;]{0,60}?\b(?:oblig|requir|" \
                r"compel|bind|imposes?|n'oblig|n'impos|ne contraint)\w*\b[^.;]{0,160}?(?:" + _EXIT_NOUN + r"|" + \
                r"(?:restitu|return|remet|rendre|hand\w* (?:over|back)|deliver|export|migrat|transf[e]r|assist|aider|accompagn)\w*)"
# the exit sold apart rather than refused: "Exit assistance is not included in the monthly fee and will be charged at the
# daily rates", "la réversibilité n'est pas comprise dans la redevance ; elle est facturée sur devis"
PAID_APART = r"\b(?:charged|invoiced|billed|chargeable|quoted|priced separately|payable separately|time[- ]and[- ]materials)\b|" \
             r"\b(?:sera|seront|est|sont|fera|feront)\s+(?:\w+\s+)?(?:factur|chiffr|devis)\w*|\bfacturables?\b|\bsur devis\b|" \
             r"\ben sus\b|\bseparately\b|\bpayante?s?\b|\b(?:daily|hourly|day) rates?\b|\btaux journalier|\btarif (?:journalier|" \
             r"horaire)|\bprix (?:journalier|unitaire)"
# the exit itself the subject, one item taken out of it ("la réversibilité ne comprend pas la restitution des licences",
# "exit assistance does not include the return of the paper archives"): the exit's scope, not the exit refused
SCOPE_NARROWED = r"(?:reversibilite|exit (?:assistance|services?|plan)|transition (?:assistance|services?)|plan de (?:sortie|" \
                 r"reversibilite)|(?:prestations?|assistance) de (?:reversibilite|sortie))\s+(?:\w+\s+){0,2}?(?:ne (?:comprend|" \
                 r"comprennent|inclut|incluent|couvre|couvrent) pas|n'(?:inclut|incluent) pas|(?:does|do|shall|will) not (?:include|" \
                 r"cover|extend to))\s+(?:la |le |les |l'|the |any )(?:\w+\s+){0,1}?(?:restitution|return|transfer|transfert|" \
                 r"migration|remise|reprise)\b"


# (a hard-wrapped text export keeps its indentation inside the folded sentence, "shall have no obligation to\n     provide
# any transition assistance": the refusals and the exit's words match across a run of spaces)
EXIT_TERMS, RETURN_DATA, REFUSED, NOTHING_BINDS = (spaced(x) for x in (EXIT_TERMS, RETURN_DATA, REFUSED, NOTHING_BINDS))
PAID_APART, SCOPE_NARROWED = spaced(PAID_APART), spaced(SCOPE_NARROWED)


# the refusal kept until a new contract: "no obligation to provide any transition assistance … except under a separate
# order at the Daily Rates", "n'est pas tenu de fournir une assistance à la réversibilité, sauf nouvelle commande": the
# provider may decline that order, so a price named for it organises nothing (unlike an exit "charged at the daily rates")
NEW_ORDER = spaced(r"\b(?:except|unless|save|other than|sauf|hormis|a moins)\b[^.;]{0,40}?\b(?:separate|new|further|additional|"
                   r"distinct\w*|nouve\w*|specifique|autre)\s+(?:purchase )?(?:order|agreement|contract|statement of work|sow|"
                   r"commande|bon de commande|contrat|avenant|convention)\b|\b(?:unless|sauf si|a moins que)\b[^.;]{0,40}?\b(?:places?|"
                   r"passe\w*|signs?|signe\w*|conclu\w*|agree\w*) (?:a |une |un )?(?:new |nouvelle |nouvel |separate |further )?"
                   r"(?:order|commande|agreement|contrat|avenant)\b")
# the exit said to be outside the fee only ("Exit assistance is not included in the monthly fee", "la réversibilité n'est
# pas comprise dans la redevance"): a price statement, whose price the clause then gives
IN_FEE = spaced(r"\b(?:included|inclu\w*|compris\w*|covered|couvert\w*)\s+(?:in|within|by|dans|par)\s+(?:the |la |le |les |l')?"
                r"(?:\w+ )?(?:fees?|charges?|price|prix|subscription|abonnement|redevances?|forfait)\b")

DELETE_END = r"(supprim|suppression|effac|detrui|destruction|delet|destroy|eras|purg|wipe|shred)\w*"
# a return and a deletion offered as two branches of one choice ("returns or deletes", "restitue ou supprime", "delete
# or return")
RETURN_OR_DELETE = rf"(?<![\w'])(?:restitu|return|remet|rend)\w*\s+(?:ou|or)\s+(?:\w+\s+)?{DELETE_END}|" \
                   rf"{DELETE_END}\s+(?:ou|or)\s+(?:\w+\s+)?(?:restitu|return|remet|rend)\w*"
PERIOD_CUE = r"(?:for|within|during|up to|pendant|durant|dans (?:un|le) delai|period of|periode de|jusqu'a|" \
             r"delai (?:maximum |maximal )?de|au plus tard)\W+(?:\w+\W+){0,3}$"


def client_choice(client: str, provider: str) -> str:
    """The client asking for, or choosing, what the sentence does ("si l'Association le demande par écrit", "à la
    demande du Client", "where the Customer so instructs", "at the Customer's election"); a party the document does not
    define (an annex naming "l'Association" only in its title) counts as the client unless it is the provider."""
    client = rf"(?:{client}|(?!{provider})(?!(il|elle|on|it|he|she|they|ils|elles)\b)[a-z][\w-]{{2,}})"
    return spaced(rf"\b(si|lorsque|quand|des lors que|if|where|when|once)\s+(le |la |l'|les |the )?{client}\W+(\w+\W+){{0,3}}?"
                  rf"(le |en |so |it )?(demande\w*|requests?|request\w*|instructs?|choisi\w*|elects?|opts?|souhaite\w*|"
                  rf"decide\w*|asks?)\b|\b(a|sur) (la )?(simple )?(demande|instruction|choix)\s+(ecrite\s+|expresse\s+)?"
                  rf"(du |de la |de l'|des )?{client}|\bat (the )?(written )?(request|choice|election|option|instruction|"
                  rf"direction) of (the )?{client}|{client}'?s? (written )?(request|choice|election|option|instructions?)\b|"
                  rf"\bau (seul )?choix (du |de la |de l')?{client}")


def _window(text: str, folded: str, *, cued_only: bool = False) -> float | None:
    """The return window or transition period, in days: the duration after "for", "within", "pendant"…"""
    found = [q for q in find_durations(text) if q.in_days()]
    cued = [q for q in found if re.search(PERIOD_CUE, folded[max(0, q.span[0] - 40):q.span[0]])]
    pick = cued if cued_only else (cued or found)
    return pick[0].in_days() if pick else None


def reversibility(s: Sent, w: Where) -> list:
    f = s.folded
    out: list = []
    cues = [x for x in (re.search(EXIT_TERMS, f), re.search(RETURN_DATA, f)) if x]
    r = min(cues, key=lambda x: x.start()) if cues else (re.search(REFUSED, f) or re.search(NOTHING_BINDS, f))
    in_exit_clause = bool(re.search(EXIT_HEADING, w.heading))
    if r is None and in_exit_clause:
        hand = re.search(HANDOVER, f)
        if hand and re.search(HANDED, f[hand.end():hand.end() + 120]):
            r = hand
        else:
            r = re.search(RETRIEVE_OWN, f)
    if r is None and re.search(CONTRACT_END, f):
        # the sentence names the end itself ("au terme du contrat, … retirer ses serveurs"; "à la fin de l'option, le
        # Prestataire remet au Client … une copie complète de la base", "at the end of the subscription we deliver an
        # export of the mailboxes to you"): what is handed over then is the exit
        # (outside an exit clause, only a thing handed back that holds the data: "for twelve months after termination
        # the Consultant shall not provide similar services" hands nothing back)
        # (nor the return offered as the other branch of a deletion, "returns or deletes all personal data at
        # Controller's choice": Art. 28(3)(g)'s choice in a processor's terms, not the services' exit)
        hand = re.search(HAND_BACK, f)
        r = hand if hand and not s.negated(hand) and re.search(HANDED_DATA, f[hand.end():hand.end() + 120]) and \
            not re.search(RETURN_OR_DELETE, f) else re.search(RETRIEVE_OWN, f)
    if r:
        # refused only when the provision itself is ("the Services do not include transition assistance", "ne
        # comprennent pas d'obligation de réversibilité"), not when a negated verb keeps it ("la résiliation
        # n'affecte ni les sommes dues ni la réversibilité") or negates something else ("… and shall not keep a copy")
        denied = bool(re.search(REFUSED, f) or re.search(NOTHING_BINDS, f))
        if denied and re.search(SCOPE_NARROWED, f) and not re.search(NOTHING_BINDS, f):
            return out  # one item left out of an exit the sentence presupposes: no exit refused, nor one given here
        if denied and (re.search(PAID_APART, f) or (re.search(IN_FEE, f) and re.search(PAID_APART, w.clause or ""))) and \
                not re.search(NOTHING_BINDS, f) and not re.search(NEW_ORDER, f):
            denied = False  # not in the fee but provided at a price: the exit is organised, it is paid for apart
        verb = re.search(r"export|retriev|recuper|restitu|return|remet|remis|rend|hand", f[r.start():r.end()])
        if verb and s.excluded((r.start() + verb.start(), r.start() + verb.end())):
            if re.search(client_choice(w.names.client, w.names.provider), f):
                # "si le Client le demande, les données sont supprimées sans restitution préalable", "deleted without
                # prior return where the Customer so instructs": the controller's choice of Art. 28(3)(g), not a
                # refusal of the exit
                return out
            denied = True  # "effacé sans possibilité de récupération", "without any possibility to retrieve"
        if not denied and subject(f, w.names, r.start()) == "client" and modal(f) in ("must", "states") and not re.search(
                r"\b(peut|pourra|may|is entitled|a le droit|request|demande|dispose d\w*|(has|have|shall have) "
                r"(\w+ ){1,3}(days|weeks|months) (to|in which))\b", f):
            return out  # the client's own exit duty ("the Customer shall export its data") is no reversibility service
        out.append(m.Reversibility(evidence=s.evidence(r), clause=w.index, provided=not denied,
                                   return_window_days=None if denied else (_window(s.text, f) or (
                                       _window(w.clause, w.clause, cued_only=True) if in_exit_clause else None)),
                                   assistance=bool(re.search(ASSIST, f)) and not denied))
    d = re.search(DELETE_END, f)
    verb = re.search(r"\b(est|sont|sera|seront|is|are|will|shall|must|s'engage\w*|procede\w*|supprim(e|ent|era)|"
                     r"efface(nt|ra)?|detrui(t|sent|ra)|deletes?|destroys?|erases?|assur\w*)\b", f)
    if d and verb and re.search(r"\bfin\b|terme|expiration|resili\w*|termination|\bend(s|ed)?\b|expiry|cessation|issue du contrat|"
                                r"\bterm\b|expir\w*|"
                                r"echeance", f) and \
            re.search(r"donnees|data|contenus?|content|environnement|machines?|comptes?", f) and not r and \
            not re.search(r"au choix|at the (choice|election|option)|a la demande|upon request|on request|si le client "
                          r"(le )?demande", f) and not any(not s.negated(x) for x in re.finditer(
                              r"(?<![\w'])(recuper|export|retriev|restitu|return|remet|hand\w* (over|back)|giv\w* back)", f)):
        out.append(m.Reversibility(evidence=s.evidence(d), clause=w.index, provided=False, deletion_without_return=True,
                                   includes_backups=bool(re.search(r"sauvegard|backup", f))))
    return out


EXTRACTORS = [reversibility]
