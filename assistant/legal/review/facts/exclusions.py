"""Liability exclusions and carve-outs: heads of damage excluded (data loss, backups, hosted content, read
with what limits the exclusion), and the gross-fault heads kept out of (or inside) the limits."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.cues import LIAB
from assistant.legal.review.facts.reading import nearest_party, NEED_NOT, Sent, spaced
from assistant.legal.review.facts.where import Where


DENIAL = r"(ne (saurait|sauraient|pourra|pourront|peut|peuvent) (\w+ )?voir (sa|leur) responsabilite (\w+ )?(engagee|recherchee|mise en cause)|" \
         r"en aucun cas|aucune responsabilite|ne (saurait|pourra|sera|peut)( en aucun cas)? (etre )?(tenue?|recherchee?|" \
         r"engagee?)|(n'est|ne sera|n'etant) pas responsable|ne (repond|repondra) (pas|en aucun cas|d'aucune?|de rien)|exclut toute|" \
         r"decline toute|n'est (pas|nullement|en aucun cas) tenue? (d'indemniser|de reparer|a (reparation|indemnisation))|" \
         r"(shall|will) not (be )?(obliged|required|bound) to (compensate|indemnify|reimburse)|renon\w* (\w+ ){0,2}?a (tout|" \
         r"toute|tous|toutes) (recours|actions?|reclamations?|demandes?)|waives? (any|all) (claims?|recourse|rights? of action)|" \
         r"(shall|will|may|can|could|would) (in no (event|case) |under no circumstances? |not )(be )?(held )?" \
         r"(liable|responsible)|(is|are|will be) not (liable|responsible)|in no event.{0,60}(liable|liability|responsib\w*)|" \
         r"n'engage\w* (pas|en aucun cas|nullement) (la )?responsabilite|ne (saurait|peut|pourra) engager (la )?responsabilite|under no circumstances.{0,60}(liable|liability)|\bneither\b" \
         r"[^.]{0,300}\b(liable|liability)\b|neither party (shall|will|is|has)|no " \
         r"party (shall|will)|(shall|will) (have|bear) no liability|no liability|disclaims?|excluded|exclu\w*|waives?|" \
         r"(accepts?|assumes?|takes?|has|have|bears?|incurs?|undertakes?) no (\w+ )?(responsibilit\w*|liabilit\w*)|" \
         r"(is|are|shall be|will be) not (held )?(answerable|accountable)|(ne sont|n'est|ne seront|ne sera) pas couverte?s? par " \
         r"(la |sa )?responsabilite)"
# (also responsibility refused by a verb of taking it on: "accepts no responsibility", "assumes no liability", "has no
# responsibility for"; the party "not answerable"; the loss put outside its liability: "ne sont pas couvertes par la
# responsabilité de l'Hébergeur")


# A loss of data, however listed: "perte de données", "loss, corruption or unavailability of Customer Data",
# "lost or corrupted data", "perte ou altération des fichiers du Client", "la perte des sauvegardes".
_LOSS = r"(?:pertes?|disparitions?|destructions?|alterations?|corruption|loss(?:es)?|lost|corrupt\w*|effacement|" \
        r"endommagement|impossibilite de (?:restaurer|recuperer)|inability to (?:restore|recover)|degradations?|" \
        r"indisponibilite|unavailability|inaccessibility|deletion|erasure|damage to|deleted|destroyed|damaged|erased|" \
        r"irretrievable|irrecoverable|unrecoverable|irrecuperables?)"


_OF = r"(?: (?:of|to|de|des|du|d'|de la))?"


_DATA = r"(?:donnees|data|fichiers|files|contenus?|content|sauvegardes?|backups?|back-ups?|bases? de donnees|databases?|" \
        r"information|documents? (?:numerises|scannes|electroniques)|(?:scanned|electronic|digiti[sz]ed) documents?|" \
        r"enregistrements?(?: d'appels)?|(?:call )?recordings?|archives? (?:numeriques?|electroniques?)|electronic archives?|" \
        r"records|e-?mails?|mailbox(?:es)?|boites? (?:aux lettres|mail)|courriels?|messageries?)"


DATA_LOSS = rf"{_LOSS}{_OF}(?:(?:,| or| and| and/or| ou| et| et/ou|/) ?(?:de |d')?(?:la |le |l'|the |any )?{_LOSS}{_OF}){{0,3}} ?" \
            r"(?:toute |toutes |tous |any |the |all |its |your |their |leurs? |ses |vos |nos |les |des |la |le |l')?" \
            r"(?:(?:customer|client|user|hosted|stored|personal)(?:'?s)? )?" + _DATA + r"\b|" \
            r"(?:donnees|data|fichiers|files|contenus?|content) (?:(?:that|which|qui) (?:is|are|was|were|has been|have been|" \
            r"est|sont|a ete|ont ete|serait|seraient) )?(?:perdu|detruit|altere|corrompu|lost|destroyed|corrupted|deleted)\w*"


# Backups named inside the exclusion ("including any failure of a backup", "y compris la perte de sauvegardes")
BACKUPS_TOO = r"\b(?:y compris|including|incluant|notamment|meme|ainsi que|as well as|and|et|or|ou|whether)\W+" \
              r"(?:[\w'-]+\W+){0,6}?(?:sauvegardes?|backups?|back-ups?|restaurations?|restores?)\b|" \
              r"(?:y compris|including|meme|even) (?:lorsqu|lorsque|quand|si|where|when|if)\b[^.;]{0,140}?\b(?:sauvegardes?|" \
              r"backups?|back-ups?)\b|" \
              r"(?:sauvegardes?|backups?|back-ups?) (?:comprises?|incluses?|included|inclus)\b"


# The exclusion does not reach the data loss: it is carved back ("… except loss of data caused by…",
# "cette exclusion ne s'applique pas aux pertes de données…")
CARVED_BACK = r"\b(?:except(?:ing)?|other than|save for|sauf|hors|a l'exception|excluding)\b|(?:shall|does|will) not apply|" \
              r"ne s'applique (?:pas|ni)|n'est pas applicable|ne (?:vise|concerne) pas"


OWN_FAULT = (r"(result|resultant|resulter|du fait|imputable|manipulations?|caused by|attributable|due to|actions? faites"
             r" par)\w*.{0,80}(client|customer|utilisateurs?|users?)|sauf (en cas de )?(faute|manquement)|"
             r"except (where|to the extent|if|when|in (the )?cases?)|unless|save (where|to the extent|if|when)|other than where|"
             # the exception in every French form, elided or not ("sauf lorsqu'elles résultent", "hormis le cas où",
             # "excepté si", "à moins qu'elles ne proviennent")
             r"(sauf|hormis|excepte|a l'exception du cas) (si|s'|lorsqu|quand|dans (le|les) cas|au cas|a ce que|le cas|"
             r"les cas)|a moins (qu|que)\b|"
             # the losses a cause of its own brings back ("sauf celles résultant d'un manquement à son obligation de
             # sauvegarde", "hormis les pertes dues à…", "except losses caused by its failure to…")
             r"(sauf|hormis|excepte|a l'exception d\w*) (de )?(celles?|ceux|les? (pertes?|dommages?|cas)|la perte)? ?(qui )?"
             r"(resultent|resultant|causee?s?|dues?|provenant|proviennent|imputables?)\b|"
             r"except(ing)? (for )?(any |such )?(loss(es)?|those|that|data loss|damage)? ?(which |that )?(results?|"
             r"resulting|caused|arising|arises|due|attributable)\b")


# the data qualified by where it lies ("stored on devices outside the scope of the backup service",
# "conservées sur des postes hors du périmètre de la sauvegarde", "kept locally and not covered by…")
# the client's own machines, which the provider neither hosts nor backs up ("sur ses propres postes ou serveurs locaux",
# "on its own laptops", "on local drives")
OWN_MACHINES = r"(sur |on |dans |in )?(ses|leurs|son|sa|its|their) (propres? |own )(\w+ ){0,2}?(postes|serveurs|ordinateurs|" \
               r"portables|equipements|machines|materiels|terminaux|disques|devices|computers|laptops|servers|workstations|" \
               r"equipment|machines|drives|phones|smartphones)|(postes|serveurs|disques) locaux|local (drives?|disks?|" \
               r"machines|workstations|devices|computers)"
OUTSIDE_PLAN = r"(sauvegardees )?(absent\w*|hors (du |de )?(plan|perimetre|sauvegarde)|non (sauvegard|couvert|inclu|" \
               r"prevu|liste)\w*|ne figurant pas|qui ne (figurent|sont) pas|not (backed up|included|covered|listed)|" \
               r"outside|excluded from|missing from|left out of|that (are|were) not (backed up|included|in)|" \
               r"(that|which|qui|que|dont)\b[^.;]{0,80}\b(excluded from|outside|hors|exclue?s? (du|de|des))\b|" \
               r"(that|which|qui|que|dont)\b[^.;]{0,60}\b(not|pas|never|jamais|no longer|plus)\b[^.;]{0,25}(includ|inclu|" \
               r"back|sauvegard|cover|couvr|list|prevu|select|design|identif|declar)|" \
               r"(stored|held|kept|located|residing|saved|hosted|situated|stockee?s?|conservee?s?|hebergee?s?|situee?s?|" \
               r"presentes?|enregistree?s?)\b[^.;]{0,70}?\b(outside|beyond|hors|en dehors|not covered|non couverte?s?|" \
               r"excluded from|exclue?s? (du|de|des)|(qui|which|that) ne (font|fait) pas partie|(do|does) not (form )?part|" \
               r"not part of|" + OWN_MACHINES + r"))"


# The duty to rebuild lost data denied ("n'est pas tenu de reconstituer les données", "no obligation to recreate any
# data"), and a loss named by a pronoun after its data ("des données … leur perte", "the data … their loss")
REBUILD = r"\b(?:reconstitu\w*|recre\w*|reconstrui\w*|reconstruct\w*|rebuild\w*|re-?creat\w*|re-?constitut\w*) " \
          r"(?:\w+ ){0,2}?(?:donnees|data|fichiers|files|contenus?|content|bases? de donnees|databases?)\b"


LOSS_PRONOUN = r"\b(?:leur|leurs|their|its|sa|son) (?:pertes?|loss|alterations?|destructions?|corruption|disparitions?|" \
               r"effacement)\b"


def _data_loss(f: str, den: re.Match) -> re.Match | None:
    loss = re.search(DATA_LOSS, f)
    if loss:
        return loss
    for x in [*re.finditer(REBUILD, f), *re.finditer(LOSS_PRONOUN, f)]:
        if x.start() >= den.start() and (x.re.pattern == REBUILD or re.search(_DATA, f[max(0, x.start() - 120):x.start()])):
            return x
    return None


# backups named after the data lost only to say they are not part of the services ("…, backup and restoration being
# outside the Services", "les sauvegardes ne faisant pas partie des prestations", "…, which are the Customer's
# responsibility"): the reason of the exclusion, not a head of loss excluded
OUTSIDE_SERVICES = r"(\W+\w+){0,3}?\W+(being|etant|ne faisant|falling|which (are|is)|qui (sont|est|ne|restent|incomb\w*)|" \
                   r"remaining|restant|demeurant|incombant|relevant)\b[^.;]{0,40}?(outside|hors|exclu|not (part|included|" \
                   r"covered|provided)|pas partie|a la charge|au seul|incomb|responsibility|du seul)|" \
                   r"\W+(incombent|incombe|relevent|releve|restent|demeurent|remain|remains|are|is)\b[^.;]{0,30}?\b(hebergeur|" \
                   r"hosting provider|(autre|other|another) (\w+ )?(prestataire|provider|supplier|fournisseur))"
# (also the backups that fall to another provider of the client: "…, dont les sauvegardes incombent à l'hébergeur du
# Client", "backups of it remain with the Customer's hosting provider")



# (a hard-wrapped text export keeps its indentation inside the folded sentence, "any loss, deletion or corruption\n    of
# Customer data": the exclusion's words match across a run of spaces)
DENIAL, DATA_LOSS, BACKUPS_TOO, CARVED_BACK, OWN_FAULT = (spaced(x) for x in (DENIAL, DATA_LOSS, BACKUPS_TOO, CARVED_BACK,
                                                                               OWN_FAULT))
OUTSIDE_PLAN, REBUILD, LOSS_PRONOUN, OUTSIDE_SERVICES = (spaced(x) for x in (OUTSIDE_PLAN, REBUILD, LOSS_PRONOUN,
                                                                              OUTSIDE_SERVICES))

_ITEM = re.compile(r"^\s*(\(?[ivx]{1,4}\)|\(?[a-h]\)|[-–•*]|\d{1,2}[.)])\s")


def _exclusion(s: Sent, w: Where) -> list:
    f = s.folded
    # no duty to rebuild the data ("n'est pas tenu de reconstituer les fichiers", "shall not be obliged to recreate any data")
    den = re.search(DENIAL, f) or next((x for x in re.finditer(NEED_NOT, f) if re.match(
        r"\W*(\w+\W+){0,3}?" + REBUILD, f[x.end():])), None)
    if not den and _ITEM.match(f) and re.search(DENIAL, w.heading) and re.search(LIAB, w.heading):
        # an item of a list whose lead-in excludes liability ("Sont exclus de la responsabilité du Titulaire : … (ii)
        # l'effacement de fichiers"): the item is excluded
        den = re.match(r"", f)
    if not den:
        return []
    damages = []
    loss = _data_loss(f, den)
    if loss and den.end() <= loss.start() and re.search(CARVED_BACK, f[den.end():loss.start()]):
        loss = None  # "… shall not apply to loss of data": the data loss is carved back, not excluded
    if loss:
        damages.append("data_loss")
        too = re.search(BACKUPS_TOO, f[loss.start():])
        if too and re.match(OUTSIDE_SERVICES, f[loss.start() + too.end():]):
            too = None  # the backups named as the reason of the exclusion, outside the services: not a head of loss
        if re.search(r"sauvegarde|backup|back-up", loss.group(0)) or too:
            damages.append("backups")
        if re.search(r"contenus? (heberge|stocke)|hosted (content|data)|donnees (hebergees|stockees)", f):
            damages.append("hosted_content")
    if re.search(r"indirect|consequential|immateriel", f):
        damages.append("indirect")
    if re.search(r"manque a gagner|perte de (chiffre|profit|benefice|clientele)|lost profits?|loss of (profit|revenue|"
                 r"business)", f):
        damages.append("lost_profit")
    if not damages and re.search(r"\bany (act|omission|loss|losses|damages?|claims?|liability)\b|toute? (perte|dommage|"
                                 r"responsabilite)|quelque (dommage|cause)", f) and re.search(LIAB, f):
        damages.append("any")
    if not damages:
        return []
    after = f[loss.end():] if loss else ""
    who = nearest_party(f, w.names, den.end())
    if re.search(r"renon|waive", den.group(0)):
        # the client giving up its claims protects the party they were against ("renonce à tout recours contre le
        # Titulaire", "waives any claim against Supplier")
        against = re.search(r"\b(contre|against|envers|towards)\b\W+(\w+\W+){0,1}?(" + w.names.provider + "|" +
                            w.names.client + ")", f[den.start():])
        who = "client" if against and re.match(w.names.client, against.group(3)) else "provider"
    owner = re.match(r"\s*(du|de la|de l'|des|of( the)?)\s*(?=(" + w.names.provider + "|" + w.names.client + "))",
                     f[den.end():den.end() + 40]) if re.search(r"responsab\w*$|liabilit\w*$", den.group(0)) else None
    if owner:  # "n'engage pas la responsabilité du Prestataire": the party named after the denial
        who = "client" if re.match(w.names.client, f[den.end() + owner.end():]) else "provider"
    return [m.LiabilityExclusion(
        evidence=s.evidence(loss or den), clause=w.index, damages=damages,
        party="client" if who == "client" else "either" if who == "either" else "provider",
        limited_to_client_fault=bool(re.search(OWN_FAULT, f)),
        limited_to_unplanned_data=bool(loss and (re.match(r"\s*" + OUTSIDE_PLAN, after) or _pronoun_outside_backup(f, loss))))]


# the thing said outside the backup, then its loss named by a pronoun ("Les fichiers du bureau ne font pas partie de la
# sauvegarde ; le Prestataire ne répond pas de leur perte", "Files kept on local drives are not backed up and we are not
# liable for their loss")
NOT_IN_BACKUP = r"\b(ne (font|fait) pas partie (de la|des) sauvegardes?|ne sont pas (sauvegard|inclus dans la sauvegarde|couverts? " \
                r"par la sauvegarde)\w*|non sauvegarde\w*|(exclue?s?|exclus) (de la|des) sauvegardes?|hors (du perimetre de )?(la )?" \
                r"sauvegarde|(are|is) not (backed up|part of the backups?|included in the backups?|covered by the backups?)|" \
                r"(excluded|left out) (from|of) the backups?|outside the backup)"


def _pronoun_outside_backup(f: str, loss) -> bool:
    return bool(re.search(r"\b(leur|leurs|their|its|sa|son|ses|such)\s+$", f[max(0, loss.start() - 12):loss.start()]) or
                re.match(r"(leur|leurs|their|its|sa|son|ses|such)\b", loss.group(0))) and \
        bool(re.search(NOT_IN_BACKUP, f[:loss.start()]))


GRAVE = r"faute lourde|faute dolosive|\bdol\b|faute intentionnelle|negligence grave|gross(ly)? neglig\w*|wil+ful " \
        r"(misconduct|default)|deliberate (default|misconduct|breach|act)|intentional (misconduct|default|breach|act)|" \
        r"recklessness|manquements? (\w+ ){0,2}(d'une )?(exceptionnelle|extreme|particuliere) gravite|manquements? " \
        r"(\w+ ){0,3}?deliberes?|faute (d'une )?(exceptionnelle|extreme) gravite"


# a death counts as a head of loss with an injury or a person ("death or personal injury", "death of any person"), not as
# an event of the contract ("other than upon the Consultant's death or Disability", "le décès du consultant")
DEATH = r"death (or|and|and/or) (\w+ )?(injur\w*|illness)|(injur\w*|illness) (or|and|and/or) death|death (of|to) (a |any )?" \
        r"(person|individual|natural person|employee)|\bdeath claims?|deces (ou|et) (de |des )?(blessures?|dommages? " \
        r"corporels?|atteintes? corporelles?)|(blessures?|dommages? corporels?) (ou|et) (le |au |de )?deces|deces d'une personne"
CARVE = GRAVE + "|" + r"faute lourde|faute dolosive|\bdol\b|faute intentionnelle|negligence grave|gross(ly)? neglig\w*|wil+ful " \
        r"misconduct|fraud\w*|dommages? corporels?|bodily injury|personal injury|" + DEATH


ANY_FAULT = r"(quel(le)?s? que soi(en)?t|regardless of|whatever|irrespective of) (la |le |the )?((degre|niveau|degree|level) " \
            r"(de |d'|of )(la |the )?)?(gravite|nature|degree|seriousness|severity|type|importance) (de la |des |du |of (the |" \
            r"any )?|of )?(faute|fault|negligence|manquement|breach)|(quel(le)?s? que soi(en)?t|regardless of|whatever|irrespective " \
            r"of) (la |le |the )?(degre|niveau|degree|level) (de |d'|of )(la |the |any )?(faute|fault|negligence|manquement|breach)|" \
            r"(quel(le)?s? que soi(en)?t|regardless of|whatever|irrespective of) (la |le |the )?(gravite|nature|degree|seriousness|" \
            r"severity|type|importance|degre|niveau) (ou|or|et|and) (la |le |the )?(gravite|nature|degree|seriousness|severity|type|" \
            r"importance|degre|niveau) " \
            r"(de la |des |du |of (the |any )?|of )?(faute|fault|negligence|manquement|breach)|" \
            r"\bfut-(elle|il) (\w+ ){0,2}?(qualifiee?|consideree?|jugee?|reputee?)? ?(de |comme )?(lourde|grave|dolosive|intentionnelle)|" \
            r"\beven (if|where|when) (such|the|that|it) (\w+ )?(is|was|were|be) (\w+ )?(characteri[sz]ed|qualified|found|held|deemed) " \
            r"(as|to be) (gross|wil+ful)|" \
            r"(however|no matter how) (serious|grave|gross|severe) " \
            r"(the |its |any |a )?([\w-]+'s? )?(fault|negligence|breach|default)|(aussi|si) graves? (que )?soi(en)?t (la |le |les )?(faute|" \
            r"manquement)"


# a concessive or inclusive phrase ahead of a fault ("even in the event of the Supplier's gross negligence", "y compris dans
# l'hypothèse d'une faute lourde commise par le Prestataire", "irrespective of whether … gross negligence") keeps the
# limits for it; an exception or a denial nearer the fault ("except in the event of", "shall not apply in the event of",
# "sauf dans le cas d'une") takes it out
CONCEDE = r"\b(even|including|y compris|meme|irrespective|regardless|whether or not|notwithstanding|nonobstant|malgre|en " \
          r"depit)\b"
EXCEPT = r"\b(except\w*|save|other than|unless|excluding|sauf|hors|hormis|a l'exception|excepte|a moins)\b"
NOT_APPLIED = r"\b(not apply|ne s'appliqu\w* (pas|ni)|n'est pas applicable|ne (sont|seront|sera) pas applicables?|sont " \
              r"exclue?s|(is|are|shall be) excluded|ne (vise|concerne)\w* pas|(do|does|shall|will) not (cover|extend to))\b"


def _conceded(f: str) -> re.Match | None:
    """The fault named after a concessive phrase of the same sentence part, with no exception nearer to it."""
    for g in re.finditer(GRAVE, f):
        start = max(f.rfind(x, 0, g.start()) for x in (";", ":", "(", ")"))
        piece = f[max(start + 1, g.start() - 90):g.start()]
        last = max((x.start(), kind) for kind, rx in (("concede", CONCEDE), ("except", EXCEPT))
                   for x in re.finditer(rx, piece)) if re.search(CONCEDE + "|" + EXCEPT, piece) else None
        if last and last[1] == "concede" and not re.search(NOT_APPLIED, piece):
            return g
    return None


# the act of a sentence that names faults or injuries without limiting anything: an indemnity or an insurance cover
# ("shall indemnify … against claims for death or bodily injury", "insurance with a combined single limit for bodily
# injury")
COVER_ACT = r"indemnif\w*|\bindemnit(y|ies)\b|hold (\w+ )?harmless|\bdefend\b|insurance|assurance|garanti\w* (\w+ ){0,3}?(contre|de toute)|relever indemne"
# the words of a limit of liability, stronger than "limit" alone
LIMIT_SAID = r"limitations?|limits? (of|on) (its |their |the |any )?liabilit|\bexceed|exced|depass|in no event|en aucun cas|" \
             r"not be (held )?liable|no liability|ne (sera|pourra) (pas |en aucun cas )?(etre )?(tenue? )?responsable|" \
             r"not apply|ne s'appliqu|plafon|\bcaps?\b|capped|aggregate|exclusions? (of|de) (liabilit|responsabilit)|" \
             r"\b(neither|no) party (shall|will|may) (\w+ )?be (held )?liable|\blimited to\b|\bmaximum (\w+ )?liabilit|" \
             r"(est|sont|sera|seront) (limitee?s?|plafonnee?s?)\b"
# an indemnity made subject to the limits elsewhere: the limit is not this sentence's act
SUBJECT_TO_LIMITS = r"\b(subject to|sous reserve d\w*)\s+(\w+\s+){0,2}?(limitations?|limits?|caps?|plafonds?|limites?)\b" \
                    r"(\s+(\w+\s+){0,3}?(section|clause|article|paragraph)\s*[\d.]+)?"
# a carve-out named by what it covers rather than by a fault: "except for claims under Section 9", "except with respect
# to the indemnification obligations or a breach of confidentiality", "sauf en cas d'atteinte à la confidentialité"
REFERENCED_WHAT = r"(?P<what>indemnif\w*(?! part)|confidential\w*|infring\w*|intellectual property|propriete intellectuelle|" \
                  r"contrefacon|data protection|donnees (a caractere )?personnel\w*|(section|article|clause|paragraph|" \
                  r"paragraphe) \d)"
REFERENCED = r"\b(except\w*|other than|save (for|in respect of)|excluding|sauf|hors|a l'exception|excepte)\b[^.;:]{0,70}?" \
             r"\b" + REFERENCED_WHAT + "|" + \
             r"\b(not apply|ne s'appliqu\w* pas)\b[^.;:]{0,100}?\b(breach\w*|manquements?|violations?|obligations?)\b[^.;:]{0,60}?" \
             r"\b" + REFERENCED_WHAT.replace("?P<what>", "?P<what2>")
REFERENCED_ITEM = {"indemnif": "indemnities", "confiden": "confidentiality", "infring": "ip_infringement",
                   "intellectual": "ip_infringement", "propriete": "ip_infringement", "contrefacon": "ip_infringement",
                   "data": "data_protection", "donnees": "data_protection"}


def _referenced_items(f: str) -> tuple[set, re.Match | None]:
    """The obligations or clauses named as left out of the sentence's limit, and the first such mention."""
    items, first = set(), None
    for x in re.finditer(REFERENCED, f):
        word = x.group("what") or x.group("what2")
        items.add(next((v for k, v in REFERENCED_ITEM.items() if word.startswith(k)), "referenced_clause"))
        first = first or x
    return items, first


def _referenced(s: Sent, w: Where):
    """Carve-outs named by the obligation or the clause they concern, in a sentence that limits or excludes
    liability: left out of that limit."""
    f = s.folded
    if not re.search(LIMIT_SAID, f) or not re.search(LIAB, f):
        return None
    items, first = _referenced_items(f)
    if not first:
        return None
    return m.CarveOuts(evidence=s.evidence(first), clause=w.index, items=sorted(items), excluded_from_limit=True)


def _carve_outs(s: Sent, w: Where):
    f = s.folded
    if re.search(COVER_ACT, f) and not re.search(LIMIT_SAID, re.sub(SUBJECT_TO_LIMITS, " ", f)):
        # an indemnity or an insurance cover names injuries and faults without limiting liability, also when it is
        # itself made subject to the limits ("Subject to the limitations of Section 10, the Supplier shall indemnify…")
        return None
    c = re.search(CARVE, f)
    if not c and not re.search(ANY_FAULT, f):
        return _referenced(s, w)
    anyfault = re.search(ANY_FAULT, f)
    # "ne pourra en aucun cas être tenue pour responsable …, quelle que soit la gravité de la faute": a denial of
    # liability counts as the limit too
    if not c and anyfault and re.search(LIAB + r"|exclu|limit|plafon|\bcap\b|\bresponsable\b|\bresponsible\b", f):
        # the cap kept "whatever the seriousness of the fault": gross negligence included
        return m.CarveOuts(evidence=s.evidence(anyfault), clause=w.index, items=["gross_negligence"],
                           excluded_from_limit=False)
    back = re.match(r"\W*(il en (va|est) (ainsi|de meme)|this (also )?applies|the same applies)", f) and re.search(
        LIAB + r"|limit|plafon|\bcap\b", w.clause)  # "Il en va ainsi même en cas de faute lourde": the sentence before
    if not c or not (back or re.search(LIAB + r"|exclu|limit|plafon|\bcaps?\b|\bdommage\b|au-dela|recherche|waive|renonc", f)):
        return None
    items = _referenced_items(f)[0]  # obligations named beside the faults ("gross negligence or a breach of Section 4")
    for x in re.finditer(CARVE, f):
        t = x.group(0)
        items.add("gross_negligence" if re.search(r"lourde|grave|gross|gravite|reckless", t) else "wilful_misconduct"
                  if re.search(r"dol|intention|wil+ful", t) else "fraud" if "fraud" in t else "bodily_injury")
    included = re.search(r"(y compris|meme) (en cas de |pour |la |le )?(faute lourde|dol|faute intentionnelle|negligence "
                         r"grave)|(faute lourde|faute intentionnelle|negligence grave|\bdol)( \w+)? (comprise?s?|incluse?s?)\b|"
                         r"(including|even (for|in (the )?(case|event) of)|regardless of) (its |any )?(gross negligence|"
                         r"wil+ful misconduct)|"
                         r"(including|even in (the )?(case|event) of) (its )?(gross negligence|wilful misconduct|"
                         r"willful misconduct|fraud)|(whether or not|regardless of whether|even (if|where|when)|meme "
                         r"(si|lorsque)|que .{0,40} ou non)\b.{0,60}(gross negligence|wil+ful misconduct|faute lourde|"
                         r"\bdol\b|faute intentionnelle)|(including|y compris|even|meme)\W+(\w+\W+){0,3}?(gross negligence|"
                         r"faute lourde|wil+ful misconduct|faute dolosive|faute intentionnelle)|"
                         r"(quel(le)?s? que soi(en)?t|regardless of|irrespective of|whatever) (la |the )?"
                         r"(gravite|nature|degree|seriousness|type) (de la |of (the )?)?(faute|fault|negligence)|" + ANY_FAULT + "|"
                         r"(notwithstanding|nonobstant|en depit d\w*|malgre)\W+(\w+\W+){0,3}?(" + GRAVE + r")|"
                         r"(including|y compris|even|meme|whether)\W+(\w+\W+){0,5}?(" + GRAVE + r")|"
                         # "including where the loss arises from Provider's gross negligence", "y compris lorsque le
                         # dommage résulte d'une faute lourde du Prestataire"
                         r"(including|y compris|even|meme) (where|when|if|lorsque|si|quand|dans le cas ou)\b[^.;]{0,70}?(" +
                         GRAVE + r")|"
                         r"(il en (est|va) (ainsi|de meme)|this (also )?applies|the same applies|(s'applique|applies|"
                         r"opposable)\w* (\w+ ){0,2}(en toutes circonstances|in all circumstances))[^.;]{0,60}(" + GRAVE + r")|"
                         # "the waiver … is not affected by any finding that the Supplier acted with gross negligence"
                         r"((is|are|shall|will) not (be )?(affected|impaired|diminished|limited)|n'(est|sera) pas (affecte|"
                         r"remis en cause|limite)e?)\b[^.;]{0,30}\b(by|par)\b[^.;]{0,60}(" + GRAVE + r")|"
                         r"(opposable|s'applique\w*|appl(y|ies)) (\w+ ){0,3}(en toutes circonstances|in all circumstances|"
                         r"quelle qu'en soit la cause)", f) or _conceded(f)
    return m.CarveOuts(evidence=s.evidence(c), clause=w.index, items=sorted(items), excluded_from_limit=not included)
