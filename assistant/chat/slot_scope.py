"""Scope facts in a message, with negation: the services and assets it names (`SERVICE_PATTERNS`,
`ASSET_PATTERNS`), the verbs that add or remove them or a clause, and whether a thing named is denied — negated
in the toolkit's way or in the spoken French forms it does not read ("pas d'hébergement" without "ne", "plus
besoin de", "retire …"), hosted by another, taken up by a negated pronoun, done already by another vendor."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import is_negated
from assistant.text.negation import NEW_CLAUSE


# -- vocabularies (folded text) ------------------------------------------------------------------
_CHAIN = (r"(?:(?:micro|mini|multi|maxi|super|hyper|poly)-?)?(?:agences?|agencies|boutiques?|magasins?|cliniques?|clinics?|pharmacies?|pharmacy|auto-?ecoles?|ecoles?|schools?|"
          r"franchises?|franchisees?|points? de vente|cabinets?|centres?|centers?|hotels?|restaurants?|boulangeries?|bakeries|"
          r"concessions?|dealerships?|garages?|laboratoires?|labos?|ehpad|creches?|salons?|opticiens?|entrepots?|clubs?|"
          r"offices?|bureaux|stores?|shops?|branches?|practices?|outlets?|sites?|antennes?|etablissements?|care homes?|"
          r"nurseries|gyms?|salles?)\b")
SERVICE_PATTERNS = {
    "hosting": r"heberg\w*|host\w*|datacenter|data center|cloud prive|private cloud",
    "backup": r"sauvegardes?|backups?|back-ups?|backing up|back up (?:the|our|their|all|every\w*|data|files)\b",
    "security": r"securite informatique|cybersecurite|cyber\w*|edr|antivirus|soc\b|security services?|securite|secu|security",
    "patching": r"correctifs?|patch\w*|mises? a jour",
    "user_support": r"support (?:aux |des )?utilisateurs?|support utilisateurs?|helpdesk|help desk|hotline|"
                    r"(?<=le )support(?! (?:de|du|des|d')\b)|(?<=du )support(?! (?:de|du|des|d')\b)|tech support|"
                    r"support technique|support desk|"
                    r"service desk|user support|assistance (?:aux )?utilisateurs",
    "monitoring": r"supervision|monitoring|rmm",
    "maintenance": r"maintenance",
    "licensing": r"licences?|licenses?|licensing",
    "consulting": r"conseil|consulting|advisory",
}
ASSET_PATTERNS = {
    "workstations": r"postes? de travail|workstations?|ordinateurs?|laptops?|pc\b",
    "servers": r"serveurs?|servers?",
    # "un réseau d'auto-écoles", "a network of 12 clinics": a chain of places, not the IT network
    "network": r"reseaux?(?! (?:de |d')(?:\d+ |[a-z-]+ )?" + _CHAIN + r")|network(?!s? of (?:\d+ |[a-z-]+ )?" + _CHAIN + r")\w*|"
               r"wi-?fi|switch\w*|pare-feu|firewalls?",
    "printers": r"imprimantes?|printers?|copieurs?|photocopieurs?",
    "mobile": r"mobiles?|smartphones?|tablettes?|tablets?|telephones? (portables?|mobiles?)|"
              r"(?:mobile |cell |smart)?phones?(?! (?:system|lines?|switch|exchange)s?\b)(?<!desk phone)(?<!desk phones)(?<!deskphone)(?<!deskphones)|"
              r"iphones?|ipads?|flotte mobile",
    "cloud": r"cloud\b|microsoft 365|office 365|m365|o365|azure|aws|saas|google workspace|g ?suite|google cloud|gcp",
    "business_apps": r"applications? metiers?|logiciels? metiers?|erp|crm|business app\w*",
    "telephony": r"telephonie|telephony|voip|ipbx|pbx|standard telephonique|(?:phone|telephone) (?:system|lines?|switch|exchange)s?|"
                 r"desk ?phones?|lignes? (?:fixes|telephoniques)",
}
CLAUSE_WORD = re.compile(r"\b(clauses?|articles?|section)\b")
# removal / addition verbs: what follows them in the clause is taken out / put in
_REMOVE = re.compile(r"\b(retir\w*|enlev\w*|supprim\w*|sors|sortir|oter|ote|exclu(?!si)\w*|remove\w*|drop\w*|take out|"
                     r"vire[rz]?|virez|laisse[rz]? tomber|scrap\w*|ditch\w*|bin|kill|"
                     r"delete|get rid of|strike|pas besoin d[e']|plus besoin d[e']|no need for|don'?t need|"
                     r"do not need|n'avons pas besoin d[e']|n'ai pas besoin d[e']|without|sans|hors|sauf|"
                     r"pas d[e']|pas du|pas des|plus d[e']|no more|aucune?|zero)\b")
_ADD = re.compile(r"\b(ajout\w*|rajout\w*|inclu\w*|integr\w*|add\w*|include\w*|avec|with|plus|aussi|also|"
                  r"on a|nous avons|we have|we need|il faut|on veut|we want)\b")
# a clause topic taken out or put in by name, without the word "clause" (the addition is read first: "tu as oublié
# la réversibilité" asks for it, "on oublie la non-sollicitation" drops it)
_TOPIC_REMOVE = re.compile(r"\b(retir\w*|enlev\w*|supprim\w*|vire[rz]?|virez|laisse[rz]? tomber|scrap\w*|ditch\w*|nix|"
                           r"bin|kill|remove|delete|get rid of|strike( out)?|forget( about)?|oublie[rz]?|on oublie|s'en passe\w*|do without)\b"
                           r"(?! (pas|to|de|d'|that)\b)")
_TOPIC_ADD = re.compile(r"\b(throw in|put in|add|ajoute[rz]?|rajoute[rz]?|il manque|manque|is missing|missing|"
                        r"(you|u|we) (forgot|left out|missed)|(tu as|t'as|vous avez|on a) (oublie|zappe)|"
                        r"n'oublie(z)? pas|oublie(z)? pas|don'?t forget|"
                        r"(need|want|have|add) (something|a (bit|section|paragraph|part|clause|line)) (on|about|for|covering)|"
                        r"un (truc|paragraphe|passage|article|bout|mot) (sur|pour)|something (on|about))\b")
_CLAUSE_BREAK = re.compile(r"[,;:.!?]\s|\s(?:mais|but|et|and)\s|" + NEW_CLAUSE)  # s26: "pas de serveur tout est en cloud"


def _clause_span(folded: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _CLAUSE_BREAK.finditer(folded, 0, start):
        left = m.end()
    m = _CLAUSE_BREAK.search(folded, end)
    return left, (m.start() if m else len(folded))


_CHAT_SENTENCE = re.compile(r"(?<!\bart)[.!?;]+\s+")


# who hosts, read after a hosting participle ("hébergé par l'éditeur", "hosted at Microsoft", "hébergée chez OVH"): the
# provider (named, or the speaker's "we" when the provider speaks, "you" when the client does) sells the hosting; a
# third party or the client does not
_HOSTED_BY = re.compile(r"(?:heberge\w*|hosted)(?: (?:\w+ ){0,2}?)?\s*(?:par|chez|by|at|with|aupres (?:de|du|des|d'))\s+"
                        r"(?P<who>[\w'-]+(?: [\w'-]+)?)")
_HOST_PROVIDER = re.compile(r"(?:le |la |l'|the |notre |our |votre |your )?(?:prestataire|presta|infogerant|msp|"
                            r"provider|managed service provider|service provider)\b(?! (?:tiers|third|externe|exterieur))")
_FIRST_PERSON = re.compile(r"(?:nous|us|ourselves|moi|me|notre|nos|our|mes|my)\b")
_SECOND_PERSON = re.compile(r"(?:vous|you|yourselves|votre|vos|your|toi|ton|ta|tes)\b")
_THIRD_PERSON = re.compile(r"(?:eux|elles?|lui|them|leurs?|their|themselves)\b")


def _hosted_by_another(folded: str, span: tuple[int, int], side: str | None) -> bool:
    """A hosting word said with who hosts, that host being neither the provider nor the speaker's provider: "l'ENT est
    hébergé par l'éditeur", "their EHR is hosted by the vendor", "les données sont hébergées chez OVH"."""
    m = _HOSTED_BY.match(folded, span[0])
    if not m or m.start("who") - span[1] > 30:
        return False
    who = m.group("who")
    if _HOST_PROVIDER.match(who):
        return False
    if _FIRST_PERSON.match(who):
        return side == "client"
    if _SECOND_PERSON.match(who):
        return side == "msp"
    if _THIRD_PERSON.match(who):  # "chez eux": the provider when the client speaks, the client when the provider does
        return side == "msp"
    return True


# s36: the client's systems or data said to sit on a machine or in a room at the provider's ("dossiers patients sur un
# serveur chez le presta", "notre compta tourne sur une machine chez le prestataire", "patient files kept on a server at
# the provider's datacentre", "the ERP runs on the IT firm's servers"): the provider hosts them, whatever the word
# "hosting" — the provider named by its role, the client speaking; a server of the client's own that the provider
# manages ("le serveur est dans notre local, le presta le supervise") is no hosting
_PROVIDER_ROLE = (r"(?:(?:le |la |l'|the |notre |our |leur |their |un |an? )?(?:prestataire|presta|infogereur|infogerant|"
                  r"msp|provider|service provider|it firm|it company|it provider|it supplier|it guys|societe informatique|"
                  r"boite informatique)(?:'s)?)")
_MACHINES = (r"(?:serveurs?|servers?|machines?|datacenters?|data ?cent(?:er|re)s?|baies?|racks?|salles? (?:serveur|machine)s?|"
             r"cloud|infra\w*|premises|locaux)")
_MACHINE_ROOM = r"(?:(?:un |une |des |le |la |les |leurs? |nos |our |their |a |the )?" + _MACHINES + r")"
_AT_PROVIDER = re.compile(r"\b(?:sur|dans|on|in|at)\s+" + _MACHINE_ROOM + r"\s+(?:chez|du|de|d'|of|at|with)\s*" + _PROVIDER_ROLE +
                          r"|\b(?:sur|dans|on|in|at)\s+" + _PROVIDER_ROLE + r"\s+" + _MACHINES +
                          r"|\b(?:chez|at)\s+" + _PROVIDER_ROLE + r"\s+(?:sur|dans|on|in)\s+(?:ses|leurs|its|their)\s+"
                          r"(?:serveurs?|servers?|machines?|datacenters?)")


def kept_at_provider(folded: str, side: str | None) -> bool:
    """The client's systems or data said, by the client, to sit at the provider's (see `_AT_PROVIDER`); the provider
    speaking says it with its own hosting words ("on héberge… chez nous", read by `SERVICE_PATTERNS`)."""
    return side != "msp" and bool(_AT_PROVIDER.search(folded))


# a failure or an outage of the thing said not to happen (or said to happen no more): "ne tombe jamais", "ne plante pas",
# "never goes down", "doesn't fail", "won't be down"
_EVENT_DENIED = re.compile(
    r"(?:\s+(?:ne|n')\s*(?:(?:se|s')\s*)?(?:nous |leur |lui )?(?:tomb|plant|lach|crash|arret|bug|coup|fonctionn|march|perd|saut|"
    r"ram|bloqu|redemarr|repond)\w*|"
    r"\s+(?:will |would |must |should |can )?(?:never|not|doesn'?t|does not|don'?t|do not|won'?t|will not|wouldn'?t|can'?t|"
    r"cannot|isn'?t|aren'?t|is not|are not|ever)\s+(?:ever\s+)?(?:go(?:es)? (?:down|offline)|goes|fails?|crash(?:es)?|breaks?|"
    r"stops?|works?|drops?|cuts? out|runs?|gets? (?:lost|hacked|breached)|be (?:down|lost|hacked|breached|offline)))\b")


# a count that forgot a thing, said with a negated verb of counting or naming ("j'avais pas compté", "on n'avait pas inclus",
# "I didn't count", "we hadn't included", "forgot (to count)"): the thing is in, only the count was wrong
_FORGOTTEN = re.compile(r"\b(?:(?:n'?)?(?:avais|avait|avions|aviez|avaient|ai|a|avons|ont)?\s*(?:pas|oublie de)\s+(?:compte|comptes|"
                        r"compter|inclus|inclure|mentionne|mentionner|cite|citer|pris en compte|integre)|"
                        r"(?:didn'?t|did not|hadn'?t|had not|haven'?t|have not|forgot to)\s+(?:count|include|mention|add)(?:ed)?|"
                        r"forgot(?: about)?|oublie|oubliee?s?)\s+(?:les |la |le |l'|des |nos |leurs |the |our |their |those |"
                        r"these )?(?:\w+\s+){0,2}$")


def denied(text: str, folded: str, span: tuple[int, int], side: str | None = None, *, taken_up: bool = True) -> bool:
    """Negated or taken out where it stands: the toolkit's reading plus spoken forms. `side` is the
    speaker's: a client who does something "ourselves" keeps it out of the provider's scope; a provider
    saying the same keeps it in."""
    if _FORGOTTEN.search(folded[max(0, span[0] - 60):span[0]]):
        # s32: "j'avais pas compté les 3 portables", "I didn't count the 2 laptops", "on a oublié les tablettes": a thing
        # left out of a count by mistake, now counted — not a thing taken out of the scope
        return False
    if _EVENT_DENIED.match(folded, span[1]):
        # s30: "garantir que le wifi ne tombe jamais", "the network never goes down", "la sauvegarde ne marche pas": an
        # event of the thing denied (a failure, an outage), the thing itself kept where it was
        return False
    # the toolkit reads sentences from capitals; chat is often lower case: "hosting: no. backup: yes."
    lo = max((m.end() for m in _CHAT_SENTENCE.finditer(folded, 0, span[0])), default=0)
    hi = next((m.start() for m in _CHAT_SENTENCE.finditer(folded, span[1])), len(folded))
    left, right = _clause_span(folded, *span)
    if _PLACE_OF_DENIED.search(folded[left:span[0]]):
        # "no personal data on the servers", "pas de données de santé dans le cloud": the place where the denied
        # thing would be is not itself denied
        return False
    if is_negated(text[lo:hi], (span[0] - lo, span[1] - lo)):
        return True
    if _hosted_by_another(folded, span, side):
        return True
    before = folded[left:span[0]]
    # "everything but hosting and security", "tout sauf l'hébergement": what follows the exception is out
    if re.search(r"\b(?:everything|anything|all(?: the)?(?: services)?|the lot|tout(?: le reste)?|tous les services) "
                 r"(?:else )?(?:but|except|apart from|other than|sauf|hormis|excepte)\b[^.;:!?]*$",
                 folded[max(0, span[0] - 80):span[0]]):
        return True
    # a split particle verb: "take the patching out", "leave backups off", "cut the hosting out of it"
    if re.search(r"\b(take|takes|taking|leave|leaving|cut|strip|keep|drop|rip|count|sors|laisse)\b[\w' -]{0,25}$", before) and \
            re.match(r"[\w' -]{0,12}?\b(out|off|de cote|dehors)\b", folded[span[1]:right]):
        return True
    after = folded[span[1]:right]
    # said after the word: "l'hébergement non", "hosting: not needed", "hosting stays with us", "la sauvegarde est
    # déjà gérée par un autre prestataire", "on s'en occupe nous-mêmes"
    if _DENIED_AFTER.match(after) and not re.match(r"[\w' -]{0,40}\b(par|by) (vous|you|le prestataire|the provider|"
                                                    r"the msp|votre equipe|your team)\b", after) and not (
            side == "msp" and re.search(r"\b(nous|us|ourselves|in-house|en interne|notre|our)\b", after)):
        return True
    wide = folded[span[1]:span[1] + 60]  # the next clause when it only completes this one
    # the next clause takes it back with a pronoun and a negated verb: "les copieurs sont loués chez Xerox, on n'y touche
    # pas", "the phones are leased, we don't manage them", "le standard, vous n'y touchez jamais"
    # (what is in scope only: "patient files on their server, we don't host them" still holds personal data)
    back = _TAKEN_UP_NEGATED.match(folded, span[1], min(len(folded), span[1] + 110)) if taken_up else None
    if back and re.search(r"\b(?:heberg\w*|host\w*)\s+(?:them|it|those|that|pas|jamais|rien|plus)\b", back.group(0)):
        back = None  # "leur serveur, on ne l'héberge pas": the hosting denied, not the work on the thing
    if back and (back.group("who") in _PROVIDER_WORDS or side in ("msp", None)):
        return True
    if re.match(r"\s*(?:[:\-–]\s*(?:non|no|pas|not|not needed|not required|pas besoin|pas necessaire|exclu(?!si)\w*|excluded)\b)",
                wide):
        return True
    if side != "msp" and re.match(r"\s*,?\s*" + _ANOTHER_VENDOR, wide):
        return True
    if side != "msp" and re.match(r"\s*(?:,?\s*(?:on|nous) (?:la |le |les |l')?(?:garde|gardons|conserve|conservons|"
                                  r"fait|faisons|gere|gerons)\w* (?:en interne|nous-memes|chez nous|de notre cote)\b|"
                                  r",\s*(?:on|nous) (?:s'en|le|la|les) (?:occupe|occupons|charge|chargeons|gere|gerons|fait|faisons)\b|"
                r",\s*we (?:do|handle|manage|run|host) (?:it|that|this|them) (?:ourselves|in-house|internally)\b)", wide):
        return True
    # s25: taken up by a pronoun and kept, where it stays said next ("l'hébergement on le garde, nos serveurs sont chez
    # nous", "hosting we keep ourselves"): the client speaking keeps it, out of the provider's work; kept with nothing
    # saying where ("la sauvegarde on la garde") may keep it in the contract, left as it was read
    if side != "msp" and re.match(r"\s*,?\s*(?:(?:on|nous) (?:la |le |les |l')(?:garde|gardons|conserve|conservons|gardera|"
                                  r"garderons)|we(?:'ll| will)? (?:keep|retain) (?:it |that |this |them )?(?:ourselves|in-house|"
                                  r"internally|on our side)?)\s*(?:[,.;:!)]|$)", wide) and \
            _AT_OURS.search(folded, span[1], min(len(folded), span[1] + 120)):
        return True
    # "ils gardent leur antivirus", "they're keeping their own firewall": the client keeps its own, out of the scope
    if re.search(r"\b(they'?re keeping|they'?ll keep|(ils|elles|le client|la cliente|they|the client|the customer)( \w+)? (gardent|garde|conservent|conserve|"
                 r"keep|keeps|retain|retains|are keeping|is keeping|will keep))\b[\w' -]{0,12}"
                 r"\b(leur|leurs|son|sa|ses|their|its)( own| propre)?\b[\w' -]{0,12}$", before):
        return True
    # kept by the client, told by the provider: "they keep telephony in house", "le client garde la téléphonie en interne"
    if re.search(r"\b(they|the client|the customer|ils|elles|le client|la cliente)( \w+)? (keep|keeps|retain|retains|are keeping|"
                 r"is keeping|will keep|'ll keep|run|runs|operate|operates|manage|manages|handle|handles|host|hosts|"
                 r"gardent|garde|conservent|conserve|gardera|garderont|gerent|gere|hebergent|heberge)\b[\w' -]{0,20}$",
                 before) and re.match(r"[\w' -]{0,25}?\b(en interne|chez eux|in-house|in house|internally|themselves|"
                                      r"eux-memes|de leur cote|on their side)\b", after):
        return True
    # kept by the client: "on garde l'hébergement en interne", "we keep hosting in-house"
    if side != "msp" and re.search(r"\b(on garde|nous gardons|on conserve|nous conservons|we keep|we'?ll keep|we retain|"
                                   r"keep|we (?:handle|manage|do|run|look after)|on (?:gere|fait|s'occupe)|nous (?:gerons|faisons|"
                                   r"nous occupons))\b[\w' -]{0,20}$", before) and re.match(r"[\w' -]{0,25}?\b(en interne|chez nous|nous-memes|in-house|in house|ourselves|"
                                      r"internally|de notre cote|on our side)\b", after):
        return True
    # control kept of it: "on garde la main sur le réseau", "we keep control of the firewall", "le client garde la gestion
    # de la téléphonie": whoever keeps it, it stays out of the provider's work (said by the client of itself, or of the
    # client by anyone)
    keep = (r"(?:gard\w*|conserv\w*|keep\w*|retain\w*|(?:is|are|'re|'s) keeping) (?:la main (?:sur|on)|le controle (?:de|du|des|d')|"
            r"la gestion (?:de|du|des|d')|l'administration (?:de|du|des|d')|la maitrise (?:de|du|des|d')|(?:full |total )?"
            r"control (?:of|over)|hold of|ownership of|charge of)\s*(?:le |la |les |l'|the |our |their |notre |nos |leur |leurs )?"
            r"(?:own |propre )?$")
    if re.search(r"\b(?:ils|elles|le client|la cliente|they|the client|the customer)( \w+)? " + keep, before) or (
            side != "msp" and re.search(r"\b(?:on|nous|we|we'?ll|we will|i|je)( \w+)? " + keep, before)):
        return True
    # "besoin de" alone is a need ("on a besoin de la sauvegarde"); only "pas / plus besoin de" takes out
    return bool(re.search(r"(?<![\w'])(?:pas d'|plus d'|(?:pas|plus) besoin d'|pas l'|(?:pas de|pas du|pas des|plus de|"
                          r"(?:pas|plus) besoin de|pas (?:les|la|le|nos|mes|vos|leurs?|notre|votre)|not (?:the|our|any)|"
                          r"vir\w*|laisse tomber|laissez tomber|on laisse tomber|scrap\w*|ditch\w*|bin|kill|"
                          r"(?:pas|plus) besoin que|no need (?:for (?:you )?)?to|don'?t (?:want|need) (?:you )?to|"
                          r"no need for|nothing|rien|zero|aucune?|sans|hors|sauf|retir\w*|enlev\w*|supprim\w*|"
                          r"remove\w*|drop\w*|take out|without|except(?!ion)\w*|exclu(?!si)\w*|no)(?!\w))", before))


# where the client's own systems sit: "chez nous", "dans nos locaux", "in our building", "ourselves"
_AT_OURS = re.compile(r"\b(?:chez nous|dans nos (?:locaux|murs|bureaux)|dans notre (?:local|salle|baie|batiment)|en interne|"
                      r"nous-memes|sur site chez nous|in our (?:own )?(?:building|offices?|premises|server room|rack)|"
                      r"on our (?:own )?premises|on-prem\w*|ourselves|in-house|in house|internally)\b")
_PROVIDER_WORDS = ("vous", "you", "le prestataire", "the provider", "the msp", "l'infogerant")
_TAKEN_UP_NEGATED = re.compile(
    r"[^.;!?,]{0,50},\s*(?:(?:mais|but|et|and|du coup|donc|so)\s+)?(?P<who>on|nous|we|je|i|vous|you|le prestataire|the provider|"
    r"the msp|l'infogerant)\s+(?:(?:n'|ne\s+)?(?:y|les|la|le|l'|en|s'en)\s*[a-z]+\s+(?:pas|jamais|rien|plus)\b|"
    r"(?:don'?t|do not|never|won'?t|will not|can'?t|cannot)\s+(?:\w+\s+){0,2}?(?:them|it|those|that)\b)")


# "backups we already handle with another vendor", "la sauvegarde, on l'a déjà avec un autre presta"
_ANOTHER_VENDOR = (r"(?:we|on|nous) (?:already |deja )?(?:handle|do|manage|run|have|get|use|l'a|les a|la fait|le fait|fait|gere|"
                   r"gerons|avons)(?: (?:it|them|that|deja))? (?:with|through|via|from|avec|chez|par) (?:another|a different|"
                   r"an other|a separate|a third|un autre|une autre|un tiers|a third-party|our other|our current|notre) (?:vendor|"
                   r"provider|supplier|company|firm|party|prestataire|presta|fournisseur|societe|boite|partenaire|partner|msp)\b")
_PLACE_OF_DENIED = re.compile(r"(?<![\w'])(?:no|pas de|pas d'|aucune?|sans|without)\b[\w' -]{0,30}?\b(?:data|donnees?|infos?|"
                              r"informations?|dossiers?|fichiers?|files?|records?|details)\b[\w' -]{0,25}?\b(?:on|in|onto|"
                              r"inside|within|sur|dans|chez)\s+(?:the |our |their |your |its |les |le |la |l'|nos |leurs |"
                              r"vos |ses |ce |cet |cette |ces )?$")
_DENIED_AFTER = re.compile(
    r"\W*(?:(?:non|no|nope|pas|not)\W*$|(?:on|nous|we) (?:la |le |les |l')?(?:garde|gardons|prend|prenons|veut|voulons)\w* "
    r"(?:pas|plus)\b|(?:we )?(?:don'?t|do not) (?:want|need|keep|take) (?:it|that|them)\b|(?:(?:c'est|c|ce n'est|ca sera|is) )?(?:pas la peine|pas utile|inutile|pas necessaire|"
    r"superflu\w*|not necessary|unnecessary|not needed|not required|not wanted|no thanks|non merci|"
    r"(?:on|nous) (?:s'en passe|s'en passons|n'en (?:veut|voulons) pas|laisse tomber)|we'?ll pass|we can skip)\b|(?:is |are |est |sont )?(?:not|pas|non) (?:needed|required|necessary|included|"
    r"wanted|necessaire|necessaires|inclus|incluse|incluses|compris|comprise|demande|demandee|voulu|voulue|souhaite|"
    r"souhaitee)\b|(?:n'est|ne sont) pas (?:necessaire|inclus|compris|demande|souhaite|prevu)\w*|"
    r"ne (?:fait|font) pas partie|(?:is |are |est |sont )?(?:exclu(?!si)\w*|out of scope|hors (?:perimetre|contrat))\b|"
    # "hosting is out", "la téléphonie, c'est hors jeu": taken out, said with a short word after it
    r"(?:is|are|'s|'re|goes|go|stays?) (?:out|off the (?:list|table))\b(?! (?:of (?!(?:the )?(?:scope|contract|agreement|perimeter|deal))|there|for|to|at|on|in)\b)|"
    r"(?:c'est |est |sont )?(?:hors jeu|a sortir|a retirer|a enlever)\b|"
    r"c'est (?:nous|moi|notre \w+|mon \w+) qui (?:la |le |les |l')?(?:fai\w*|fais|gere\w*|assur\w*|occup\w*|m'en occupe)|"
    r"(?:we|i) (?:do|handle|manage|run) (?:it|that|this|them) (?:ourselves|myself|in-house)|(?:is|are) (?:done|handled) by "
    r"(?:us|our|me|my)\b|"
    r"(?:reste|restent|demeure|demeurent|stays?|remains?) (?:chez|en interne|a notre charge|a la charge du client|"
    r"with us|in-house|in house|internal|on our side|de notre cote)|"
    # "le logiciel métier reste géré par l'éditeur", "the ERP stays supported by the vendor": someone else keeps it
    r"(?:reste|restent|demeure|demeurent|stays?|remains?) (?:\w+ )?(?:gere\w*|administre\w*|maintenu\w*|supporte\w*|"
    r"suivi\w*|pris\w* en charge|entretenu\w*|heberge\w*|managed|handled|run|supported|maintained|looked after|hosted|"
    r"serviced|with) (?:par|by|chez|with) (?!(?:vous|you|le prestataire|the provider|the msp|l'infogereur|l'infogerant|"
    r"votre equipe|your team|your)\b)|"
    # "hosting stays with OVH", "l'hébergement reste chez Scaleway": kept by a named third party (not "with you")
    r"(?:reste|restent|demeure|demeurent|stays?|remains?) (?:with|chez) (?!(?:vous|you|your|votre|vos|le prestataire|"
    r"the provider|the msp|l'infogere\w*|l'infogeran\w*|nous|us|our|notre|nos|moi|me|eux|them|le client|the client|"
    r"the customer|the|their|its|l'|le|la|les|leur|leurs|son|sa|ses|un|une|a|an)\b)[a-z0-9][\w.-]*\b|"
    r"(?:reste|restent|demeure|demeurent|stays?|remains?) (?:with|chez) (?:the |their |its |our |l'|le |la |leur |son |sa |notre )"
    r"(?:vendor|editeur|publisher|software (?:vendor|house|company)|supplier|fournisseur|operat\w*|carrier|reseller|"
    r"integrat\w*|revendeur|prestataire actuel|current provider)\b|"
    r"(?:est|sont) (?:deja )?(?:gere|geree|geres|gerees|assure|assuree|fait|faite|pris en charge|prise en charge|"
    r"externalise\w*|confie\w*) (?:par|en interne|chez|ailleurs)|"
    r"(?:is|are) (?:already )?(?:handled|done|managed|covered|provided|run|hosted|taken care of) (?:by|in-house|"
    r"internally|elsewhere)|"
    r"(?:is|are) (?:kept|done|run) (?:in-house|internally)|" + _ANOTHER_VENDOR + ")")


@lru_cache(maxsize=256)
def _word_pattern(pat: str) -> re.Pattern:
    """A vocabulary pattern as a whole-word regex, compiled once (the module's regexes outnumber re's cache)."""
    return re.compile(r"(?<![\w-])(?:" + pat + r")(?![\w-])")


def _mentions(patterns: dict, text: str, folded: str, side: str | None = None) -> tuple[list[str], list[str]]:
    pos, neg = [], []
    for name, pat in patterns.items():
        for m in _word_pattern(pat).finditer(folded):
            if _FORGOTTEN.search(folded[max(0, m.start() - 60):m.start()]) and re.search(r"\d", folded[:m.start()]):
                continue  # s32: "12 postes, j'avais pas compté les 3 portables": a count corrected, nothing added or removed
            (neg if denied(text, folded, m.span(), side) else pos).append(name)
    neg = list(dict.fromkeys(neg))
    pos = [p for p in dict.fromkeys(pos) if p not in neg]
    return pos, neg
