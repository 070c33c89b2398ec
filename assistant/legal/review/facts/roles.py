"""Who processes what for whom: the provider as processor (hosting, administration, stated) or the controller of
its own data, no personal data at all; and processor terms placed in a named document (an annex, a DPA) that
meets Art. 28 and may prevail over the contract."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.reading import modal, Sent, subject
from assistant.legal.review.facts.service_model import LIST_LEFT_OUT
from assistant.legal.review.facts.where import Where


PERSONAL = r"donnees (a caractere )?personnel|personal data|\brgpd\b|\bgdpr\b|2016/679|personnes concernees|data subjects?"


CONTROLLER_OWN = r"(en (sa )?qualite de|agit en tant que|as( a)?|is the|est) (le |the |an? |seul )?(responsable (du|de) " \
                 r"traitement|(independent |separate )?(data )?controller)|responsable de traitement (pour|de) (ses|son)|" \
                 r"(its|their|ses|son) own (purposes|account|reporting)|pour (son|ses) propre"


PROCESSOR_ROLE = r"(en (sa )?qualite de|agit en tant que|acts? as|as|is|est) (le |the |an? )?(sous-traitant|(data )?" \
                 r"processor)|pour le compte (du client|du responsable|de l'acheteur)|on behalf of (the )?(customer|" \
                 r"client|controller)|on (the )?(customer|client|controller)'?s? behalf|sur instruction"


# records about people handled for the client ("the client's employee records", "les fichiers de prospects du Client")
PEOPLE = r"\b(salaries?|employees?|staff|clients|customers|prospects?|patients?|adherents?|abonnes?|subscribers?|" \
         r"users?|utilisateurs?|members?|eleves?|students?|candidats?|applicants?|end[- ]users?)\b"
PEOPLE_RECORDS = PEOPLE + r"|\b(paie|payroll|fichiers?|records|e-?mails?|courriels?|dossiers)\b"


# the client's data hosted, or what the client puts on the provider's platform run by it ("les applications que le Client
# y déploie", "the workloads the Customer deploys on it"): a PaaS hosting the client's workloads processes what they hold
HOSTING = r"(plateforme|infrastructure|logiciel) en tant que service|heberg\w* (\w+ ){0,3}?(sur (ses|son|des) (propres )?" \
          r"(serveurs|infrastructures?|plateformes?) )?(des |les |le |la |de |vos |ses )?(logiciels? de (paie|gestion|comptabilite)|" \
          r"donnees|applications?|machines virtuelles|environnements?|charges|" \
          r"systemes|serveurs|bases)|hosting (of )?(the )?(customer|client)?'?s? ?(data|workloads?|applications?|content)|" \
          r"hosts? (the )?(customer|client)'?s? (\w+ ){0,2}?(data|workloads?|applications?|software|records|files|databases?|" \
          r"servers|mailboxes)\b|(stock|store)\w* (les |the )?(donnees|data) " \
          r"(du|of the) (client|customer)|infrastructure (en tant que|as a) service|platform as a service|\b(iaas|paas|" \
          r"saas)\b|sauvegardes? (journaliere |quotidienne )?(des|de) donnees|back(s|ing)? up .{0,20}data|" \
          r"machines? virtuelles?|virtual machines?|" \
          r"(applications?|workloads?|charges de travail|bases de donnees|databases?|conteneurs?|containers?) (que |qu'|which |" \
          r"that )?(le |the )?(client|customer) (y |on it |there )?(deploie|installe|execute|deploys?|installs?|runs?|uploads?)\b"


ADMIN = r"administr\w* .{0,40}(serveurs?|servers?|systemes|systems|postes|bases de donnees|databases?|comptes|accounts|" \
        r"annuaire|active directory|messagerie)|\bssh\b|acces (a distance|distant)|remote access|prise en main a distance|" \
        r"helpdesk|service desk|assistance aux utilisateurs|user support|comptes utilisateurs|user accounts|messagerie|" \
        r"e-?mail (accounts|server)|postes de travail|workstations|active directory|" \
        r"(?<!contrat d')(?<!convention d')infogerance|" \
        r"managed services?\b(?! (agreement|contract|terms|schedule|order form|master))"
# (the name of the agreement a part belongs to - "the Managed Services Agreement", "le contrat d'infogérance" - says
# nothing of what the provider does with the client's data)


NO_DATA = r"\bsans (aucun )?acces (aux?|a la|a l'|a) [^.;]{0,60}\bdonnees\b|\bwithout (any )?access to [^.;]{0,60}\bdata\b|" \
          r"(n'accede|n'a acces|ne traite|ne traitera|n'heberge|n'aura acces)\w* (a )?aucune donnee|(has|have|shall have|" \
          r"will have) no access (whatsoever )?to (any )?(\w+ )?personal data|(has|have|shall have|will have) no access (whatsoever )?to " \
          r"(?:(?!\bbut\b|\bexcept\b|\bother than\b)[^.;]){0,60}?,? (or|nor) (to )?(any )?(\w+ )?personal data|" \
          r"n'(a|aura) acces a (aucun|aucune)\b(?:(?!\bmais\b|\bsauf\b|\bhormis\b)[^.;]){0,60}?\b(ni|ou) (a )?(aucune )?donnee " \
          r"(a caractere )?personnel\w*|n'a aucun acces a (des|aucune) donnees? " \
          r"(a caractere )?personnel\w*|(does|will|shall) " \
          r"not (access|process|host|store) (any )?personal data|no personal data (is|will be|shall be)|" \
          r"(does|do|will|shall) not (include|contain|comprise|involve)\b[^.;]{0,20}\bpersonal data|(holds?|contains?|" \
          r"stores?|includes?|comprises?) no personal data|(ne|n') ?(contien|comport|compren|inclu|renferm)\w* (\w+ ){0,2}" \
          r"aucune donnee (a caractere )?personnel|aucune donnee (a caractere )?personnelle (ne|n')"


# The provider's people reaching the client's records about people in the course of the services, remote maintenance
# above all ("les intervenants de l'Éditeur peuvent consulter les enregistrements … et les corriger", "during remote
# sessions the Publisher's engineers may view and correct the patient records"): consulting and altering are processing
# (GDPR art. 4(2)) done for the client, whoever hosts the data
# (and the work done inside the data, GDPR art. 4(2) consultation, alteration, retrieval, copying: "run queries against
# the database", "repair corrupted tables", "copy extracts of its tables", "interroger la base", "en extraire des copies")
REACH = r"\b(acced\w*|(avoir|ont|a|aura|auront) acces|consult\w*|visualis\w*|rectifi\w*|corrig\w*|modifi\w*|access(es|ed|ing)?|" \
        r"view(s|ed|ing)?|open(s|ed|ing)?|correct(s|ed|ing)?|modif(y|ies|ied|ying)|amend(s|ed|ing)?|edit(s|ed|ing)?|" \
        r"read(s|ing)?|" \
        r"quer(y|ies|ied|ying)|interrog\w*|requet\w*|repair(s|ed|ing)?|repar\w*|copy|copies|copied|copying|copi\w*|" \
        r"extract(s|ed|ing)?|extrai\w*|export(s|ed|ing)?|dump(s|ed|ing)?|restor(e|es|ed|ing)|restaur\w*)\b"
# the client's database or its parts, the object such work reaches
DATABASE = r"\b(bases? de donnees|bases?\b[^.;]{0,20}\b(logiciel|application|production)|databases?|tables?|" \
           r"(customer|client)'?s? data|donnees du client)\b"
RECORDS = r"\b(donnees|fiches?|enregistrements?|dossiers?|fichiers?|bases? de donnees|records?|data|files?|databases?)\b"
REMOTE = r"telemaintenance|tele-maintenance|a distance|distant|prise en main|remote\w*|session|connect\w*|intervention|" \
         r"support|maintenance|anomal|fault|incident|ticket"


def _reaches_records(s: Sent, w: Where) -> re.Match | None:
    f = s.folded
    if not re.search(REMOTE, f + " " + w.heading):
        return None
    # people the records are about (not "records" or "files" alone, which may be the provider's own logs)
    people = re.search(PERSONAL + "|" + PEOPLE, f) or (re.search(RECORDS, f) and re.search(
        PERSONAL + r"|donnees (a caractere )?personnel|data protection", w.heading + " " + w.article))
    described = not people and w.people_data and re.search(DATABASE, f)  # the data the document says are about people
    if not people and not described:
        return None
    for v in re.finditer(REACH, f):
        if not re.search(RECORDS, f[v.end():v.end() + 80]) and not re.match(r"\W+(them|les|la|l')\b", f[v.end():]) and \
                not re.search(r"\b(les|la|l')\s*$", f[max(0, v.start() - 6):v.start()]) and not (
                described and re.search(DATABASE, f[v.end():v.end() + 60])):
            continue
        if s.negated(v) or modal(f) in ("must_not", "need_not"):
            continue
        who = subject(f, w.names, v.start())
        # (the data known to be about people only from the document's description of them: the provider's own staff
        # named as doing the work, not an access merely defined, "Security Incident means any unauthorised access")
        if who == "provider" or (who == "unknown" and not described):
            return v
    return None


# who the client's data are about, in the document's own description of them
PEOPLE_NOUNS = PEOPLE + r"|\b(drivers?|conducteurs?|chauffeurs?|physicians?|medecins?|doctors?|visitors?|visiteurs?|guests?|" \
               r"residents?|habitants?|citizens?|usagers?|beneficiaires|tenants?|locataires|contacts?|names of|noms des|" \
               r"coordonnees|contact details|user accounts?|comptes (d'?)?utilisateurs?|remunerations?|salaires?|payslips?|" \
               r"bulletins de paie|home address\w*|adresses personnelles)\b"
CLIENT_DATA = r"\b((customer|client)'?s? data|donnees du client|(the |la |le |its |sa |son )?(software |application |" \
              r"production )?(database|base de donnees|base (du|de l') (logiciel|application)))\b"
DESCRIBES = r"\b(means?|designe\w*|including|includ(es|e)|notamment|namely|such as|tel(le)?s? que|contains?|contien\w*|" \
            r"comprend\w*|holds?|stores?|regroup\w*|recense\w*|:)"


def client_data_about_people(folded_text: str) -> bool:
    """The document describes the client's data (or the database the services work on) as records about people."""
    for sent in re.split(r"(?<=[.;])\s+|\n", folded_text):
        data = re.search(CLIENT_DATA, sent)
        if not data or re.search(NO_DATA, sent):
            continue
        rest = sent[data.end():]
        d = re.search(DESCRIBES, rest[:80])
        if d and re.search(PEOPLE_NOUNS, rest[d.end():d.end() + 240]):
            return True
    return False


def processing_role(s: Sent, w: Where) -> list:
    f = s.folded
    if re.search(NO_DATA, f):
        return [m.ProcessingRole(evidence=s.evidence(re.search(NO_DATA, f)), clause=w.index, role="no_personal_data")]
    own = re.search(CONTROLLER_OWN, f)
    # "responsable de traitement" / "data controller" is itself a personal-data notion (Art. 4(7)); a data-protection
    # heading says what "ce traitement" is about
    pd = re.search(PERSONAL, f) or (own and re.search(r"traitement|controller", own.group(0))) or re.search(
        r"donnees (a caractere )?personnel|personal data|data protection|protection des donnees|rgpd|gdpr", w.heading)
    if pd and own and subject(f, w.names, own.start()) in ("provider", "unknown") and not re.search(
            r"pour le compte|on behalf", f):
        return [m.ProcessingRole(evidence=s.evidence(own), clause=w.index, role="controller_own")]
    proc = re.search(PROCESSOR_ROLE, f)
    if proc and (pd or re.search(r"traitement|processing|donnees|data|" + PEOPLE_RECORDS, f)):
        return [m.ProcessingRole(evidence=s.evidence(proc), clause=w.index, role="processor", basis="stated")]
    reach = _reaches_records(s, w)
    if reach:
        return [m.ProcessingRole(evidence=s.evidence(reach), clause=w.index, role="processor", basis="access")]
    host = re.search(HOSTING, f)
    admin = re.search(ADMIN, f)
    x = host or admin
    # (a list the sentence leaves out reaches past its commas: "ne comprend aucune prestation d'exploitation,
    # d'administration de systèmes, d'hébergement…", "does not include any monitoring, hosting or support")
    lead = LIST_LEFT_OUT.search(f)
    if x and not s.negated(x) and modal(f) not in ("must_not", "need_not") and not (lead and lead.start() < x.start()):
        return [m.ProcessingRole(evidence=s.evidence(x), clause=w.index, role="processor",
                                 basis="hosting" if host else "administration")]
    return []


# processor terms in another document of the contract, in force now (not "the parties shall enter into a DPA")
DPA_DOC = r"(accord|contrat|convention|avenant|annexe|addendum|agreement|\bdpa\b|exhibit|schedule|appendix)\b[^.;]{0,60}?" \
          r"(sous-traitance|protection des donnees|data processing|data protection|article 28|art\. 28)|(data processing|" \
          r"data protection) (agreement|addendum|terms|schedule|exhibit)|accord de sous-traitance|\bdpa\b|(accord|convention) (de|relatif " \
          r"(au|aux)) (traitement|donnees (a caractere )?personnel)"


# the contract's documents listed by rank ("par ordre de priorité décroissant : le présent contrat, l'Annexe 3 …", "in the
# following order of precedence: these Terms, Schedule 2 …"): each is part of the contract, the first named wins
PRECEDENCE = r"\b(par )?ordre (de priorite|de preseance|hierarchique|d'importance)( decroissant\w*)?|\border of (precedence|" \
             r"priority)|\bdescending order\b|\bpar rang\b|\bin the following order\b"
# this very document, as a list of ranks names it
THIS_DOCUMENT = r"\b(le present (contrat|document|accord)|les presentes( conditions( particulieres| generales)?)?|ce contrat|" \
                r"(the|these|this) (present )?(agreement|terms|conditions|contract|master agreement|msa)|the main body|" \
                r"(les )?conditions particulieres)\b"


IN_FORCE = r"(conformement a|in accordance with) (l'|le |la |the )?(\w+ ){0,3}(accord|contrat|convention|agreement|" \
           r"addendum|\bdpa\b)|(sont|est) regi\w* par|(are|is) governed by|fait partie integrante|forms? (an )?integral part|(is|are) " \
           r"incorporated|incorporated (herein|by reference|into)|(set out|contained) in|figurant en annexe|ci-annexe\w*|" \
           r"(attached|annexed) (hereto|to this)|conformement a l'annexe|in accordance with (the )?(exhibit|schedule|annex)|" \
           r"\b(under|pursuant to|en application d[eu']s?|aux termes d[eu']s?) (l'|le |la |les |the )?(\w+ ){0,3}?(accord|" \
           r"contrat|convention|agreement|addendum|\bdpa\b|terms|conditions|annexe|annex|schedule|exhibit)\b|" \
           r"\b(apply|applies|s'appliquent|s'applique) (\w+ ){0,2}?(to|a|au|aux) (this|the present|ce|cet|cette|le present|la presente|" \
           r"les presentes)\b|" \
           r"\b(font|fait|forment|forme|feront|fera) (\w+ )?partie (integrante )?(du|de ce|de cet|de la presente|des presentes|" \
           r"de l'accord)\b|\b(form|forms|formed|constitute|constitutes) (an? )?(integral )?part (of|hereof)\b|" \
           r"(le contrat|l'accord|this agreement|the agreement) (est|sont|is|are) (forme|constitue|compose|made up|" \
           r"comprised|composed)\w* (des|de|of)\b|(this|the) agreement (consists|comprises) of\b|(se compose|comprend) " \
           r"(des presentes|du present)|" + PRECEDENCE
# (incorporated by reference: "… and Schedule 4 (Data Processing Terms) apply to this SOW"; the last lines: the contract's
# list of its parts, "Les annexes font partie du contrat : … Annexe 2 « Accord de traitement des données »", "The Schedules
# form part of this Agreement: … Schedule 2 (Data Processing Agreement)")


NOT_YET = r"(shall|will|agree to|undertake to) (enter into|conclude|negotiate|sign)|concluront|s'engagent a (conclure|signer|" \
          r"negocier)|(a|to) (conclure|be (agreed|concluded|signed))|ulterieurement|at a later date"


# the terms of the processing itself placed in a named document of the contract, whatever that document's title ("Les
# conditions de ce traitement sont fixées à l'Annexe 3", "the terms governing that processing are set out in Schedule 3",
# "le traitement … est encadré par l'annexe « Protection des données »", "processing … is subject to the data processing
# addendum"): that document is the processor agreement; an annex of security measures or of prices is not
NAMED_DOC = r"(annexe|annex|exhibit|schedule|appendix|addendum|avenant|accord|agreement|convention|document)\b"


TERMS_OF_PROCESSING = r"\b(conditions|modalites|stipulations|regles|termes|clauses|terms|rules|provisions)\b[^.;]{0,50}?\b(de ce |" \
                      r"du |de |des |of (the |that |this |such )?|governing (the |that |this |such )?|applicables? (a|au) " \
                      r"(ce )?|applying to (the |that |this |such )?)(traitements?|processing|donnees (a caractere )?" \
                      r"personnel\w*|personal data)\b"


PROCESSING_NOUN_FIRST = r"\b(processing|traitement) (terms|conditions|provisions|rules)\b"


PROCESSING_GOVERNED = r"\b(traitements?|processing)\b[^.;]{0,90}?\b(est|sont|sera|seront|is|are|shall be|will be) (\w+ )?" \
                      r"(encadre\w*|regi\w*|soumis\w*|governed|subject)\b"


PLACED = r"\b(fixe\w*|defini\w*|figur\w*|prevu\w*|precise\w*|decri\w*|regi\w*|encadre\w*|soumis\w*|set out|set forth|" \
         r"contained|described|laid down|specified|governed|subject to|se trouv\w*|(are|is) (found )?in|can be found|appear\w*)" \
         r"\b[^.;]{0,40}?\b" + NAMED_DOC


PROCESSING_AGREEMENT = r"accord de (sous-traitance|traitement)|convention de (sous-traitance|traitement)|(data processing|data " \
                       r"protection) (agreement|addendum|terms|schedule|exhibit|annex)|\bdpa\b|(annexe|annex|schedule|exhibit|" \
                       r"appendix|addendum)\b[^.;]{0,30}?\b(protection des donnees|data protection|data processing|traitement " \
                       r"des donnees|donnees personnelles|personal data)"


PERSONAL_WORDS = r"donnees (a caractere )?personnel\w*|personal (data|information)"


def _processing_terms_placed(f: str, clause: str) -> re.Match | None:
    """The sentence places the terms of processing personal data (said there or in its clause) in a named document."""
    if not re.search(PERSONAL_WORDS, f + " " + clause) or re.search(NOT_YET, f):
        return None
    what = re.search(TERMS_OF_PROCESSING, f) or re.search(PROCESSING_NOUN_FIRST, f) or re.search(PROCESSING_GOVERNED, f)
    where = what and re.search(PLACED, f[what.start():])
    return what if where else None


# the named document set above the contract: "qui prévaut sur toute stipulation contraire", "which prevails over any other
# clause as regards personal data", "l'emporte sur le contrat", "takes precedence"; not the contract set above it
PREVAILS = r"\b(qui|which|that|(l'|the )?(annexe|annex|schedule|exhibit|addendum|appendix|accord|dpa)\b)[^.;]{0,80}?" \
           r"\b(prevau\w*|prevaudr\w*|l'emport\w*|prevail\w*|takes? precedence|shall (govern|control))"


CONTRACT_PREVAILS = r"(?<!of )(?<!du )(?<!de )\b(le present contrat|les presentes|le contrat|this agreement|the agreement|" \
                    r"the main body)\s+(?:(?!and\b|et\b)\w+\s+){0,2}?(prevau\w*|l'emport\w*|prevail\w*|takes? precedence|" \
                    r"shall (govern|control))"


def _annex_prevails(f: str, clause: str) -> bool:
    return any(re.search(PREVAILS, t) and not re.search(CONTRACT_PREVAILS, t) for t in (f, clause))


def _list_lead(f: str, clause: str) -> str:
    """The lead of the list this sentence is an item of ("The Schedules form part of this Agreement: Schedule 1 (Charges);
    Schedule 2 (Data Processing Agreement)."): the words before the colon, when only list items (no full stop) lie between
    the colon and the item; empty otherwise."""
    at = clause.find(f)
    if at <= 0:
        return ""
    before = clause[:at]
    colon = before.rfind(":")
    if colon < 0 or "." in before[colon:] or "\n" in before[colon:]:
        return ""
    stop = max(before.rfind(".", 0, colon), before.rfind("\n", 0, colon))
    return before[stop + 1:colon]


# s33: a document of the contract said to stay in force as it is ("l'annexe 5 « reste applicable en l'état »", "Annex 5
# remains in force unchanged", "Schedule 4 continues to apply"), as an amendment or minutes say of the parts they leave
# untouched; when the clause names that document for the processing ("l'annexe 5 (« Protection des données
# personnelles »)"), the processor terms are that document, in force
STILL_IN_FORCE = r"\b(reste|restent|demeure|demeurent|resteront|demeurera|demeureront|restera) (\w+ )?(applicables?|en vigueur|" \
                 r"inchangee?s?|valables?)|\b(remains?|shall remain|will remain|stays?) (\w+ )?(in (full )?(force|effect)|" \
                 r"applicable|unchanged|valid)|\bcontinues? to apply|(shall|will) continue to apply|(est|sont) maintenue?s?\b"
DOC_REF = r"\b(annexe|annex|exhibit|schedule|appendix|appendice)\s+([0-9]+|[a-z]|[ivx]+)\b"


def _named_for_processing_in_force(s: Sent, w: Where) -> re.Match | None:
    """The sentence says a document of the contract stays in force, and its clause names that document for the
    processing of personal data."""
    f = s.folded
    if not re.search(STILL_IN_FORCE, f):
        return None
    for ref in re.finditer(DOC_REF, f):
        kind, num = ref.group(1), ref.group(2)
        named = rf"\b{kind}\s+{re.escape(num)}\b\W{{0,6}}(\w+\W+){{0,3}}?(protection des donnees|donnees (a caractere )?" \
                rf"personnel\w*|data protection|data processing|personal data|traitement des donnees|sous-traitance|rgpd|gdpr|dpa)"
        if re.search(named, w.clause):  # (the clause is folded once by the extractor)
            return ref
    return None


def processor_terms(s: Sent, w: Where) -> list:
    f = s.folded
    kept = _named_for_processing_in_force(s, w)
    if kept:
        return [m.ProcessorTerms(evidence=s.evidence(kept), clause=w.index, document=s.text[kept.start():kept.end()],
                                 art28=True, prevails=False)]
    placed = _processing_terms_placed(f, w.clause)
    doc = re.search(DPA_DOC, f)
    lead = _list_lead(f, w.clause) if doc and not re.search(IN_FORCE, f) else ""
    if re.search(IN_FORCE, lead):
        f = lead + ": " + f  # an item of the contract's list of its parts, read with the list's lead
    if placed and not (doc and re.search(IN_FORCE, f)):
        where = re.search(r"(annexe|annex|exhibit|schedule|appendix)\s+[\w.]+", s.text, re.I)
        return [m.ProcessorTerms(evidence=s.evidence(placed), clause=w.index, document=where.group(0) if where else None,
                                 art28=True, prevails=_annex_prevails(f, w.clause) or _annex_prevails(f, w.article))]
    if not doc or not re.search(IN_FORCE, f) or re.search(NOT_YET, f):
        return []
    # a document named for the processing itself ("accord de traitement des données", "Data Processing Addendum", "annexe
    # Protection des données") that governs it now is the processor agreement: whether it meets Art. 28 is its own review
    named = re.search(PROCESSING_AGREEMENT, f) and re.search(IN_FORCE + "|" + PROCESSING_GOVERNED, f)
    art28 = bool(placed or named) or bool(re.search(r"article 28|art\. ?28|28\s?\(3\)|\(a\) (to|a) \(h\)", f)) or len(re.findall(
        r"instructions?|confidential\w*|(mesures|measures)\b|sous-traitants? ulterieurs?|sub-?processors?|assist\w*|"
        r"(suppression|deletion|restitution|return)|audits?|inspections?", f)) >= 5
    where = re.search(r"(annexe|annex|exhibit|schedule|appendix)\s+[\w.]+", s.text, re.I)
    return [m.ProcessorTerms(evidence=s.evidence(doc), clause=w.index, document=where.group(0) if where else None,
                             art28=art28, prevails=_annex_prevails(f, w.clause) or _annex_prevails(f, w.article),
                             outranked=_ranked_first(f, doc))]


def _ranked_first(f: str, doc: re.Match) -> bool:
    """The sentence lists the contract's documents by rank and names this document before the processor terms'."""
    rank = re.search(PRECEDENCE, f)
    if not rank:
        return False
    me = re.search(THIS_DOCUMENT, f[rank.end():])
    return bool(me) and rank.end() + me.start() < doc.start()
