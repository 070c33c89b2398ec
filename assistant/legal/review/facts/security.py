"""Backups and security promises: backups provided by the provider or left to the client, and a security
outcome promised as a result (no intrusion, no loss) rather than the means."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.cues import LIAB
from assistant.legal.review.facts.footnotes import note_of
from assistant.legal.review.facts.reading import denied_before, modal, Sent, subject
from assistant.legal.review.facts.where import Where
from assistant.text import find_durations


# the phrasal verb split by its object too ("backs them up every night", "backing the servers up")
BACKUP = r"sauvegard\w*|back(s|ed|ing)? ?-?ups?\b|backed up|\bback(s|ed|ing)? (it|them|these|those|everything|all|" \
         r"(the|its|their|all|your|our) (\w+ ){0,2}?(data|files?|servers?|systems?|databases?|content|machines?|" \
         r"workstations?|mailboxes?)) up\b"


# the backups put outside the contract, with the client or another of its providers: "Hosting, backup and operation of
# the production environment are outside the scope of this Agreement and remain with the Customer's hosting provider",
# "la sauvegarde … est hors du périmètre du contrat et relève de l'hébergeur du Client", "backups are not part of the
# Services" (a maintenance or security provider that sells none)
OUT_OF_SCOPE = r"\b(is|are|remains?|reste\w*|demeure\w*|est|sont|sera|seront|falls?|tombe\w*) (\w+ )?(outside|hors|en dehors|" \
               r"beyond) (du |de |de la |des |of |the |of the )?(scope|perimetre|champ|services?|prestations?|objet)|\b(is|are) " \
               r"not (part of|included in|within|covered by) the (services?|agreement|contract|scope)|\bne (font|fait) (pas|" \
               r"nullement) partie (du|des|de la|de l')|\bexclue?s? (du|des|de la|de l') (perimetre|services?|prestations?|" \
               r"contrat|objet)|\bexcluded from (the )?(scope|services?|agreement)"


# the lead-in of a list of what the document does not cover, the list following its colon
LEFT_OUT = r"\b(out of (the )?scope|outside (the |its )?scope|hors (du |de )?(perimetre|champ)|not (included|covered)|" \
           r"exclu(s|es|e|ded)?|ne (comprend|comprennent|couvre|couvrent|inclut|incluent) (pas|aucune?|ni)|(do|does) not " \
           r"(include|cover))\b[^:;.]{0,60}:\s[^:;]*$"


def _others_backups(f: str, w: Where) -> bool:
    """The backups incumbent on another provider of the client ("dont les sauvegardes incombent à l'hébergeur du Client",
    "backups being the responsibility of the Customer's hosting provider", "assurée par un autre prestataire du Client",
    "Customer's backups are performed by Customer's other supplier")."""
    third = rf"(hebergeur|infogereur|prestataire|fournisseur|provider|host|supplier|vendor)s? (\w+ )?(du|de l'|de la|of the) " \
            rf"?{w.names.client}|{w.names.client}'?s? (\w+ ){{0,2}}?(hosting provider|provider|host|supplier|vendor|hebergeur)"
    return re.search(rf"(incomb\w*|relev\w*|remain\w* with|rest\w* (a la charge )?(de l'|du |de la )|responsibility of|a la charge "
                     rf"(de l'|du |de la )|kept by|held by|performed by|handled by|managed by|taken by|made by|assur\w* par|"
                     rf"realis\w* par|effectu\w* par|gere\w* par)\W+(\w+\W+){{0,3}}?({third})", f) is not None


def backups(s: Sent, w: Where) -> list:
    f = s.folded
    b = re.search(BACKUP, f)
    # backups the provider performs, named in passing in a liability sentence ("Le Prestataire, qui assure les sauvegardes
    # quotidiennes, décline toute responsabilité…"): still a backup service sold
    relative = re.search(r"\b(qui|which|who)\b (\w+ ){0,2}?(assure|realise|effectue|perform|provide|carr|run|operate)\w* (\w+ ){0,2}?"
                         r"(sauvegard|back-?up)", f)
    # or the copies named as services provided under the contract ("the nightly replication and retention services
    # provided under this Agreement", "les sauvegardes fournies au titre du Contrat")
    sold = re.search(r"\b(sauvegard\w*|back-?ups?|(nightly|daily|hourly|quotidienne?s?|nocturnes?) (\w+ )?(replication|"
                     r"snapshot|retention)\w*)\b (\w+ ){0,3}?(services? |prestations? )?(provided|performed|supplied|"
                     r"fournie?s?|assuree?s?|realisee?s?) (under|by|par|au titre)\b", f)
    if (b or sold) and (relative or sold) and not (sold and not relative and _others_backups(f[sold.start():], w)):
        return [m.Backups(evidence=s.evidence(relative or sold), clause=w.index, provided=True)]
    # the backups named in a list of what the document leaves out ("The following are out of scope: servers, printers
    # and backup of any kind", "Sont exclus du présent bon de commande : le réseau et toute forme de sauvegarde"): none
    # sold, whatever another clause excludes
    if b and not re.search(LIAB, f) and re.search(LEFT_OUT, f[:b.start()]):
        return [m.Backups(evidence=s.evidence(b), clause=w.index, provided=False)]
    if not b or re.search(LIAB + r"|\bexclu(e|es|s|t|ded|des|sions?|ding)?\b", f):  # not "à la charge exclusive"
        return []
    # a row of the table of services ordered ("| BK-D | Daily off-site backup of the file server | GBP 120 |") is a
    # service sold, whoever the row before names ("Management of the Customer's file server")
    row = s.text[s.text.rfind("\n", 0, b.start()) + 1:b.start()].lstrip().startswith("|")
    provided = not (s.negated(b) or modal(f) in ("must_not", "need_not")) and (
        row or subject(f, w.names, b.start()) != "client")
    # the backups left to the client, or none sold: "demeure à la charge exclusive du Client, le Prestataire n'assurant
    # aucune prestation de sauvegarde", "backups are the Customer's sole responsibility"
    if re.search(rf"(a la charge|sous la responsabilite) (exclusive |seule )?(du|de la|de l') ?{w.names.client}|incomb\w* "
                 rf"(exclusivement |au seul )?(au |a la |a l')?{w.names.client}|{w.names.client}'?s? (sole |own |exclusive )?"
                 rf"responsibility|{w.names.client} (is|remains) (solely |exclusively )?responsible for|(aucune?|no|pas de|"
                 rf"n'assur\w* aucune?) (prestation|service|offre)s? de sauvegarde|no backup services?|(does|shall|will) not "
                 rf"(provide|perform|offer) (any )?back-?ups?", f):
        provided = False
    # the backups incumbent on another provider of the client ("dont les sauvegardes incombent à l'hébergeur du Client",
    # "backups being the responsibility of the Customer's hosting provider", "assurée par un autre prestataire du Client")
    if _others_backups(f[b.start():], w):
        provided = False
    out = next((x for x in re.finditer(OUT_OF_SCOPE, f) if x.start() > b.start()), None)
    if provided and out and out.start() - b.end() < 160 and not re.search(r"\b(except|sauf|hormis|other than|autres? que)\b", f):
        provided = False  # the backups named as outside what this provider does
    freq = None
    if re.search(r"quotidien|journalier|daily|chaque (jour|nuit)|every (day|night)|tous les jours", f):
        freq = 24.0
    for q in find_durations(s.text):
        if re.search(r"(every|chaque|toutes les|tous les)\s*$", f[max(0, q.span[0] - 12):q.span[0]]):
            freq = q.in_days() * 24
    return [m.Backups(evidence=s.evidence(b), clause=w.index, provided=provided, frequency_hours=freq)]


NO_PROMISE = r"ne (garanti\w*|peut garantir|saurait garantir)( pas| en aucun cas)?|does not (guarantee|warrant)|" \
             r"cannot (guarantee|warrant)|no (guarantee|warranty)|nul ne (peut|pouvant)|no one can|obligation de moyens|" \
             r"obligation of means|best efforts|" \
             r"\b(nothing|no (provision|term|clause|statement))\b[^.;]{0,60}?\b(shall|will|may|is to|should) (be )?" \
             r"(read|construed|interpreted|deemed|taken|treated)( \w+){0,2} as (a |an |any )?(promise|guarantee|warranty|" \
             r"representation|undertaking|commitment)|\b(aucune? (stipulation|clause|disposition|mention)|rien)\b[^.;]{0,60}?" \
             r"\bne (peut|pourra|saurait|doit) (etre )?(interpret\w*|lu\w*|compris\w*|consider\w*|regard\w*) comme (une |un )?" \
             r"(garantie|promesse|engagement|obligation de resultat)"


# a promise of the outcome itself: the provider guarantees that no attack succeeds, or protection against every one
_PROMISE_VERB = r"(garanti\w*|s'engage\w*|s'oblige\w*|guarantees?|warrants?|ensures?|undertakes?|promet\w*|promises?|assure\w*|" \
                r"commits?)"


_THREATS = r"(virus|intrusions?|attaques?|malware|pirates?|hackers?|attaquants?|attackers?|intrus\b|logiciels? malveillants?|piratages?|breach(es)?|security incidents?|" \
           r"incidents? de securite|cyber\w*|unauthori[sz]ed access|acces non autorises?|hacking|ransomware|" \
           r"rancongiciels?|menaces?|threats?|attacks?|failles? (exploitables?|de securite)|vulnerabilites? exploitables?|" \
           r"exploitable (vulnerabilit\w*|flaws?|weakness\w*)|security (holes?|flaws?)|fuites? de donnees|data leak\w*)"


# what attackers do (not a virus in a delivered program, which a seller may well warrant against)
_ATTACKERS = r"(intrusions?|attaques?|attacks?|piratages?|hacking|breach(es)?|unauthori[sz]ed (access|intrusions?)|acces non " \
             r"autorises?|cyber\w*|ransomware|rancongiciels?|security incidents?|incidents? de securite|compromission|" \
             r"derob\w*|vol(s|ee|ees)? (de|des) donnees|stolen|exfiltr\w*|fuites? de donnees|data leak\w*)"


RESULT = r"(s'engage a ce qu'|garanti\w* qu')(aucun|aucune|nul) (virus|intrusion|attaque|malware|logiciel malveillant|" \
         r"incident|piratage)|(guarantees?|warrants?|ensures?) that no (virus|malware|intrusion|attack|breach|security " \
         r"incident)|garanti\w* .{0,80}(contre (toute|tout|les)|l'absence (de|d')|qu'aucun).{0,40}(intrusions?|attaques?|" \
         r"virus|malware|piratage|cyber|incidents? de securite|rancongiciels?|ransomware)|obligation de resultat.{0,80}" \
         r"(securit|protection|intrusion|attaque|inviolab)|(securit|protection)\w*.{0,80}obligation de resultat|(guarantees?|" \
         r"warrants?|ensures?) (that )?.{0,80}(free from|protected against|immune|prevent\w*).{0,40}(any|all|every)\b" \
         r".{0,20}(attacks?|intrusions?|malware|viruses|breach(es)?|security incidents?)|(100 ?%|\btotale|\babsolute|\ba " \
         r"complete|\bune complete) (securit|security|protection)|(securite|protection) (totale|absolue)\b|" + _PROMISE_VERB + \
         r"\b.{0,100}((hacker|intrusion|attack|tamper)[- ]?proof|inviolable|impenetrable|infaillible|inattaquable|unhackable|" \
         r"100 ?% (secure|securise))|" + _PROMISE_VERB + \
         r"\b.{0,160}\b(aucune?|nulle?|no|zero)\s+(\w+\s+){0,2}" + _THREATS + "|" + _PROMISE_VERB + r"\b.{0,60}\b(proteg|" \
         r"protect|preserv|premunir|shield|defend)\w*\b.{0,60}\b(contre|against|from|de) (toute?s?|tous|any|all|every)\b.{0,30}" + \
         _THREATS + r"|(s'oblig\w*|s'engag\w*|tenue?|bound|commits?) (a|to) (un |une obligation de |a )?(resultat|result)\b" \
         r".{0,120}" + _ATTACKERS + "|" + _PROMISE_VERB + r"\b.{0,160}\b(demeur|rest|remain|stay)\w* (\w+ ){0,3}?(exempte?s? de|" \
         r"free (of|from)|indemnes? de) (\w+ ){0,2}?" + _THREATS + "|" + _PROMISE_VERB + r"\b.{0,160}\b(toute?s?|every|all|any) " \
         r"(tentatives? d'|attempts? (of |at )?)?(hameconnage|phishing|attaques?|intrusions?|attacks?|malware|ransomware)\w* " \
         r"(\w+ ){0,3}?(soit|soient|sera|seront|is|are|will be|be|shall be) (interceptee?s?|bloquee?s?|stoppee?s?|" \
         r"repoussee?s?|detectee?s?|blocked|intercepted|stopped|prevented|defeated|repelled)|" \
         r"(toute|any|every) (successful )?(attaque|intrusion|attack|breach|security incident)\w* (reussie|successful )?\W*(\w+ ){0,5}?(est|sera|" \
         r"shall be|will be|is) (reputee?|deemed|considered|consideree?) (constituer |to be |to constitute |comme )?(un manquement|a " \
         r"breach|une faute|a default)|(assure\w*|ensures?|guarantees?|garanti\w*) (l'|the )?(inviolabilite|inviolability)" \
         r".{0,120}" + _ATTACKERS + "|" + _PROMISE_VERB + r"\b.{0,160}\b(free from|free of|exempte?s? de|a l'abri de|protected against|" \
         r"immune (to|from)|hors d'atteinte)\s+(toute?s?\s+|any\s+|all\s+)?(\w+\s+){0,2}?" + _ATTACKERS + "|" + _PROMISE_VERB + \
         r"\b.{0,100}\b(never|jamais|at no time)\b (\w+ ){0,2}?(be |etre |ne )?(compromis|hack|breach|infect|penetr|attaqu|pirat)\w*|" \
         r"(one hundred|cent|100) (per ?cent|pour ?cent) (securit|security|protection)|" + _PROMISE_VERB + \
         r"\b.{0,160}\b(aucune?|no|zero)\s+(\w+\s+){0,2}?(interruptions?|disruptions?|pertes?|loss|downtime|indisponibilites?)\s+" \
         r"(liee?s?|dues?|caused|resulting|resultant|consecutive?s?|owing)\s+(a|to|by|from|d')\s*(un |une |an? |any )?(\w+\s+(de\s+|of\s+)?)?" + _THREATS + \
    "|" + _PROMISE_VERB + r"\b.{0,160}\b(no|aucune?|nulle?)\s+(unauthori[sz]ed\s+|non-authori[sz]ed\s+)?(persons?|part(y|ies)|third[- ]" \
    r"part(y|ies)|users?|individuals?|personnes?|tiers|utilisateurs?|individus?)\s+(non\s+autorisee?s?\s+|unauthori[sz]ed\s+)?" \
    r"(\w+\s+){0,3}?(n'|ne\s+)?((gain\w*|obtain\w*|ha(ve|s)|get\w*)\s*(\w+\s+){0,1}?(access|acces)\b|(access\w*|acced\w*|" \
    r"penetr\w*|enter\w*|s'introdui\w*)\b)|" + \
    _PROMISE_VERB + r"\b.{0,160}\b((will|shall) not (\w+ )?be|ne (sera|seront) (pas|jamais)|n'(est|sont) (pas|jamais)) (\w+ )?" \
    r"(infect\w*|compromi\w*|breached|hacked|penetrat\w*|pirate\w*|chiffre\w* par un rancongiciel|encrypted by ransomware)|" + \
    _PROMISE_VERB + r"\b.{0,160}\b(aucune?|no|none|zero|nulle?)\b[^.;]{0,60}?\b(pertes?|loss|lost|alterations?|destructions?|corruption|" \
    r"corrupted|perdue?s?|detruite?s?|alteree?s?)\b[^.;]{0,120}?\b(quelle qu'en soit la cause|quelle que soit (la|leur) cause|" \
    r"whatever (the|its) cause|irrespective of (the )?cause|regardless of (the )?cause)\b[^.;]{0,120}?" + _THREATS + "|" \
    r"(toute?|any|every) (successful )?(attaques?|intrusions?|attacks?|security incidents?|incidents? de securite|cyber\w*)\b" \
    r"[^.;]{0,80}?\b(constitu\w*|amounts? to|vaut|shall be|will be|is|est|sera)\W+(\w+\W+){0,4}?(un manquement|a breach|" \
    r"une faute|a default|a failure)|(engagement|commitment|engage\w*|commits?|guarantee\w*|garanti\w*)\W+(\w+\W+){0,3}?" \
    r"\W*(zero|0) ((security|cyber\w*) (incidents?|breach(es)?)|(incidents?|failles?) de (securite|cybersecurite)|" \
    r"(successful )?(intrusions?|attaques?|attacks?))\b"


# the systems promised to escape every attack: "warrants that the Customer's systems will not suffer any intrusion",
# "garantit que le système du Client ne subira aucune attaque", "ne fera l'objet d'aucun piratage"
RESULT += "|" + _PROMISE_VERB + r"\b.{0,160}\b((will|shall) (not|never) (suffer|experience|sustain|undergo|be (subject|" \
          r"exposed) to)|ne (subira|subiront|connaitra|connaitront|souffrira|souffriront)|ne (fera|feront) (l'objet|" \
          r"jamais l'objet))\s+(\w+\s+){0,1}?(any|a|an|aucune?|d'aucune?|de|d')\s*(\w+\s+){0,1}?" + _THREATS


# "no" on the protected thing and the attack in a passive future: "garantit qu'aucun poste ne sera chiffré par un logiciel
# rançonneur", "warrants that none of the servers will be compromised", "no laptop will be encrypted by ransomware"; an
# encryption or a lock is an attack only when an attacker or its program does it ("chiffrée au moyen d'une clé" is a measure)
_RANSOM = r"(logiciels? (ranconneurs?|de rancon|de chiffrement malveillants?)|crypto-?lockers?|ransom\w*|rancongiciels?)"
RESULT += "|" + _PROMISE_VERB + r"\b.{0,160}\b(aucune?|nulle?|no|none of)\s+([\w']+\s+){0,6}?(ne\s+|n')?(sera|seront|soit|soient|" \
          r"will be|shall be|would be|is|are|be)\s+(\w+\s+){0,1}?((infect|compromi|pirat|hack|penetr|breached)\w*|" \
          r"(chiffr|crypt|encrypt|verrouill|lock|paralys|bloqu|rendu inutilisable|rendered unusable|disabled)\w*\b[^.;]{0,60}?" \
          r"\b(par|by)\s+(un |une |a |an |any |des |de |d')?(\w+\s+){0,2}?(" + _THREATS[1:-1] + "|" + _RANSOM + "))"


# the lead-in of a list of warranties ("Provider represents and warrants that:", "Le Prestataire garantit que :"): each
# item is promised by that verb
_PROMISE_LEAD = re.compile("(" + _PROMISE_VERB + r"|represents?|declares?|declare|certifies|certifie)\b[^:;.]{0,30}:\s*$")


_LEAD_DENIED = re.compile(r"\b(not|never|cannot)\b|n't\b|\bne\b|\bn'|\bno\b")


_LIST_ITEM = re.compile(r"^\s*(\(?[ivx]{1,4}\)|\(?[a-h]\)|[-–•*]|\d{1,2}[.)])\s")


# a statement about the past ("no security incident has affected its platform in the last year") promises nothing
PAST_FACT = r"\b(has|have|had) (not )?(\w+ )?(affected|occurred|been|suffered|experienced)\b|\bn'a (\w+ )?(subi|connu|eu)\b|" \
            r"\ba (subi|connu)\b|\b(to date|a ce jour|as of the effective date)\b|in the (\w+ )?(months|years) (before|preceding|" \
            r"prior to)"


# a list of commitments declared obligations of result (often the exceptions to a general "de moyens" rule, under a
# neutral heading): "Par exception, sont de résultat : …", "Font l'objet d'une obligation de résultat : …", "the following
# are obligations of result: …", "à titre d'obligation de résultat"
RESULT_FRAME = r"\b((sont|est|seront|sera|constitu\w*|demeure\w*|reste\w*|are|is|shall be|will be|constitute\w*)\s+" \
               r"((\w+\s+){0,2}?(des|une|de simples|an?|the)\s+)?(obligations?\s+)?(de resultat|of result)|(font|fait|feront|" \
               r"fera) l'objet d'une obligation de resultat|relev\w* (\w+ ){0,2}?d'une obligation de resultat|(a titre d'|en tant qu'|as an? |" \
               r"by way of an? )(obligations? de resultat|obligations? of result)|obligations? (de resultat|of result)\s*:)"


def _result_items(f: str) -> tuple[int, int] | None:
    """An item of a list of result obligations that promises a security outcome: each item is read after a promise
    verb ("guarantees that …"), the match kept on the item's own words."""
    frame = re.search(RESULT_FRAME, f)
    if not frame:
        return None
    pre = "guarantees that "
    pos = frame.end()
    for item in re.finditer(r"[^,;]+", f[pos:]):
        r = re.search(RESULT, pre + item.group(0))
        if r and r.end() > len(pre) and not re.search(NO_PROMISE, item.group(0)):
            start = pos + item.start()
            return start + len(item.group(0)) - len(item.group(0).lstrip()), start + r.end() - len(pre)
    return None


def security_promise(s: Sent, w: Where) -> list:
    f = s.folded
    r = re.search(RESULT, f)
    if not r and not re.search(PAST_FACT, f):
        item = _result_items(f)
        if item is not None and not _taken_back(note_of(f, _span_end(item), w.notes)):
            return [m.SecurityPromise(evidence=s.evidence(item), clause=w.index)]
    lead = _PROMISE_LEAD.search(w.heading) if not r and _LIST_ITEM.match(f) else None
    if lead and not re.search(NO_PROMISE, w.heading) and not _LEAD_DENIED.search(w.heading[max(0, lead.start() - 40):lead.end()]):
        # an item of a list of warranties: read it after its lead-in's verb, the match kept on the item's own words
        pre = "guarantees that "
        r = re.search(RESULT, pre + f)
        if r and r.end() > len(pre) and not re.search(NO_PROMISE, f) and not re.search(PAST_FACT, f):
            return [m.SecurityPromise(evidence=s.evidence((max(0, r.start() - len(pre)), r.end() - len(pre))),
                                      clause=w.index)]
        return []
    if not r or re.search(NO_PROMISE, f) or re.search(PAST_FACT, f):
        return []
    # the promise itself denied or lifted: "n'est pas tenu de garantir que…", "does not represent or warrant that…"
    cut = max([0] + [x.end() for x in re.finditer(r"[;:]", f[:r.start()])])
    verb = re.search(_PROMISE_VERB, f[r.start():])
    at = r.start() + (verb.end() if verb else 0)
    if denied_before(f, (at, at + 1)) or modal(f[cut:at]) in ("need_not", "must_not"):
        return []
    if _taken_back(note_of(f, r.end(), w.notes)):
        return []  # "Zéro virus — protection totale***" with "*** … ne garantit pas l'absence d'infection"
    return [m.SecurityPromise(evidence=s.evidence(r), clause=w.index)]


def _span_end(item) -> int:
    return item.end() if isinstance(item, re.Match) else item[1]


def _taken_back(note: str) -> bool:
    """A footnote that takes the promise back: no guarantee given, or an obligation of means only."""
    return bool(note) and bool(re.search(NO_PROMISE, note) or re.search(
        r"ne garanti\w* pas|n'est tenue? (\w+ ){0,6}?que d'une obligation de moyens|obligation de moyens|"
        r"(does|do|shall) not (guarantee|warrant)|no (guarantee|warranty)|(reasonable|best) (efforts|endeavou?rs)", note))
