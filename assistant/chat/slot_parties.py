"""Who is who in a message: the names it gives the parties, the user's side (`read_side`), personal
data named by what it is (and data said anonymised), staff hired away, and who holds the admin keys (exclusive,
shared, none, split)."""

from __future__ import annotations

import re


def _names(text: str, side: str | None) -> dict:
    out: dict = {}
    name = r"(?-i:([A-Z0-9][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|&))*))"
    # "le client c'est la mairie de Saint-Jean", "the client is the Saint-Jean town hall": an institution of a place
    place = (r"(?:(?:la |le |l'|l’|the )?((?:mairie|commune|ville|clinique|cabinet|association|groupe|pharmacie|ecole|école|"
             r"hopital|hôpital|lycee|lycée|college|collège|fondation|etude|étude|communaute|communauté|town hall|city of|"
             r"council|clinic|practice|school|hospital)\s+(?:de |du |des |d'|d’|of )?(?-i:[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*)))")
    for key, cue in (("client_name", r"(?:le |the |notre |our )?client"),
                     ("provider_name", r"(?:le |the |notre |our )?(?:prestataire|provider|msp|fournisseur|infog[ée]reur)")):
        m = re.search(r"\b" + cue + r"(?:'s| company)?(?: name| nom)?\s*(?:est|is|:|=|s'appelle|s’appelle|c'est|c’est|ce sera|"
                      r"sera|will be|named|called|se nomme)\s*" + place, text, re.I)
        if m:
            out[key] = m.group(1)[:1].upper() + m.group(1)[1:].strip(" .,'\"")
    # "nouveau client : cabinet comptable Berthier", "new customer: Dupont dental practice" (the firm introduced), "la
    # clinique s'appelle Clinique des Tilleuls", "the firm is called Moreau & Co" (the client's institution named)
    proper = r"(?-i:([A-Z][\w&'’-]*(?:\s+(?:(?:de|des|du|d'|d’|la|le|of|the|&|et|and)\s+)?[A-Z][\w&'’-]*)*))"
    firm = (r"(?:mairie|commune|clinique|cabinet|association|asso|pharmacie|ecole|école|etude|étude|imprimerie|agence|garage|"
            r"laboratoire|studio|firm|practice|clinic|agency|school|hospital|hopital|hôpital)")
    m = None if "client_name" in out else (
        re.search(r"\b(?:nouveau client|nouvelle cliente|new (?:client|customer)|le client|the client)\s*(?::|=|,|c'est|c’est|is)"
                  r"\s*(?:la |le |l'|l’|un |une |the |an? )?((?:(?-i:[a-zàâçéèêëîïôûù'’-]+)\s+)?" + firm +
                  r"(?:\s+(?-i:[a-zàâçéèêëîïôûù'’-]+)){0,2}\s+" + proper + ")", text, re.I) or
        re.search(r"\b(?:la |le |l'|l’|the |leur |their |cette |this )" + firm + r"\s*(?:s'appelle|s’appelle|se nomme|"
                  r"is called|is named|'s called|’s called|goes by)\s*" + proper, text, re.I))
    if m:
        out["client_name"] = m.group(1)[:1].upper() + m.group(1)[1:].strip(" .,'\"")
    places = dict(out)  # the name as written wins when there is one ("Cabinet Morel & Associés")
    for key, cue in (("client_name", r"(?:le |the |notre |our )?client"),
                     ("provider_name", r"(?:le |the |notre |our )?(?:prestataire|provider|msp|fournisseur|infog[ée]reur)")):
        m = re.search(r"\b" + cue + r"(?:'s| company)?(?: name| nom)?\s*(?:est|is|:|=|s'appelle|s’appelle|c'est|c’est|ce sera|sera|"
                      r"will be|named|called|se nomme)\s*"
                      r"(?:la société |l'entreprise |the company )?" + name, text, re.I)
        if m and m.group(1).lower() not in ("le", "la", "un", "une", "the", "a", "an") and (
                key not in places or len(m.group(1).strip(" .,'\"")) >= len(places[key])):
            out[key] = m.group(1).strip(" .,'\"")
    m = re.search(r"\b(?:et nous,? c'est|nous,? c'est|moi,? c'est|notre (?:boite|societe|entreprise),? c'est|"
                  r"je suis|nous sommes|on est|we are|i am|i'm|we're|notre société est|our company is|"
                  r"notre société s'appelle|notre entreprise s'appelle)\s+(?:la société |l'entreprise |the company )?"
                  + name, text, re.I)
    if m and side:
        val = re.split(r"[.!?;]\s", m.group(1))[0].strip(" .,'\"")  # "Je suis DAF. Notre…": the sentence ends
        if val.lower() not in ("msp", "client", "le", "la", "un", "une", "the", "a", "an", "daf", "dsi", "cfo", "cto",
                               # a role, not a name: "je suis DPO d'un réseau…", "I'm CISO at…"
                               "dpo", "rssi", "ciso", "cio", "ceo", "coo", "pdg", "dg", "rsi", "drh", "it", "hr", "cso") and \
                not re.match(r"\d+(?:[.,]\d+)?\s", val):  # "we're 25 FTE", "on est 12 ETP": a headcount, not a name
            out["provider_name" if side == "msp" else "client_name"] = val
    return {k: v[:200] for k, v in out.items() if len(v) >= 2 and re.search(r"[^\W\d_]", v)}


_SIDE_MSP = re.compile(r"\b(je bosse|je travaille|i work|on bosse) (chez|pour|dans|at|for) (un|une|an?|the) (msp|esn|"
                       r"infogereur|prestataire|managed service)|\b(je suis|nous sommes|on est|i'?m|i am|we are|we're)\s+(le |la |un |une |the |a |an )?"
                       r"(prestataire|presta|msp|infogereur|fournisseur|esn|provider|managed service provider|supplier|"
                       r"integrateur)|(^|\b(je suis|on est|nous sommes|moi|nous|i'?m|i am|we'?re|we are|on the) )(du |on the )?(cote|side) "
                       r"(prestataire|msp|provider)\b|\bnos clients\b|\bour clients\b|"
                       r"\bmon client\b|\bmy client\b|\bje vends\b|\bwe sell\b|"
                       r"\b(i'?m|we'?re|i am|we are) on the (msp|provider|supplier)('?s)? side\b")
_SIDE_CLIENT = re.compile(r"\b(je suis|nous sommes|on est|i'?m|i am|we are|we're)\s+(le |la |un |une |the |a |an )?"
                          r"(client|daf|dsi|dirigeant|gerant|directeur|directrice|responsable|cfo|ceo|cto|"
                          r"finance director|it manager|pme|sme|customer)|\b(notre|mon|our|my) (prestataire|msp|"
                          r"infogereur|provider|fournisseur|supplier)\b|(^|\b(je suis|on est|nous sommes|moi|nous|i'?m|i am|we'?re|"
                          r"we are|on the) )(du |on the )?(cote|side) client\b|"
                          r"\b(i'?m|we'?re|i am|we are) on the (client|customer)('?s)? side\b")


def read_side(folded: str) -> str | None:
    if _SIDE_MSP.search(folded):
        return "msp"
    if _SIDE_CLIENT.search(folded):
        return "client"
    return None


# "poaching their IT guy", "débaucher leur informaticien": people hired away, not who runs the systems
_HIRED = re.compile(r"\b(poach\w*|hir\w*|recruit\w*|solicit\w*|debauch\w*|embauch\w*|recrut\w*|sollicit\w*)\b[\w' ]{0,25}?"
                    r"\b(their|our|leur|notre|nos|leurs)( own)? (it|informaticien|equipe)\b( \w+)?")


_PEOPLE_WHOSE = (r"(?:staff|employees?|team(?: members)?|colleagues?|personnel|workers?|users?|people|everyone|pupils?|"
                 r"students?|kids|children|parents|patients?|customers?|clients?|tenants?|residents?|members?|candidates?|"
                 r"applicants?|guests?|visitors?|policy ?holders?|insured|subscribers?|"
                 r"learners?|claimants?|beneficiar(?:y|ies)|donors?|borrowers?|passengers?|"
                 # s20: people named by their standing, not as staff or customers
                 r"volunteers?|deceased|bereaved|(?:next of )?kin|relatives?|famil(?:y|ies)|heirs?|landlords?|owners?|"
                 r"buyers?|sellers?|debtors?|creditors?|inmates?|minors?|infants?|athletes?|players?|attendees?|"
                 r"ticket ?holders?|spectators?|voters?|citizens?|victims?|witnesses|litigants?|job ?seekers?|"
                 r"trainees?|interns?|apprentices?|retirees?|pensioners?|participants?|registrants?)")
_GENS = (r"(?:salaries|employes|collaborateurs|personnel|agents|equipes?|eleves|etudiants|enfants|parents|patients|clients|"
         r"locataires|residents|adherents|candidats|usagers|beneficiaires|visiteurs|familles|pensionnaires|assures|"
         r"souscripteurs|abonnes|membres|donateurs|emprunteurs|passagers|voyageurs|stagiaires|apprenants|"
         # s20: people named by their standing
         r"defunts|decedes|disparus|proches|heritiers|benevoles|licencies|proprietaires|coproprietaires|acquereurs|"
         r"vendeurs|debiteurs|creanciers|detenus|mineurs|jeunes|retraites|justiciables|victimes|temoins|sportifs|"
         r"joueurs|spectateurs|participants|inscrits|habitants|administres|contribuables|electeurs|fideles|bebes|"
         r"nourrissons|demandeurs d'emploi|allocataires|pensionnes|praticiens|consultants|interimaires)")
# s32: sets of people in lay words (English), as a file or system lists them
_LAY_PEOPLE = (r"members|subscribers|tenants|students|pupils|patients|customers|end[- ]customers|end[- ]users|clients|"
               r"residents|guests|donors|volunteers|parents|learners|trainees|policy ?holders|beneficiaries|attendees|"
               r"participants|athletes|passengers|employees|staff|candidates|applicants|alumni|supporters|season ?ticket "
               r"holders|club members|membership|borrowers|debtors|claimants|families|visitors|suppliers' contacts|contacts")
_PERSONAL_DATA = re.compile(
    r"(?<!\w)(?:donnees? (?:a caractere )?personnelles?|donnees? perso\b|personal data|donnees de sante|health data|"
    r"donnees? clients?|customer data|donnees des salaries|employee data|donnees? patients?|dossiers? patients?|rgpd|gdpr|"
    r"infos? (?:perso|personnelles)\b|informations? personnelles|donnees nominatives|personal (?:info|information|details)\b|"
    r"\bpii\b|"
    # home care: the people helped at home and their care plans are health data
    r"(?:aide|soins|services?|maintien|hospitalisation|assistance) (?:a|au) domicile|aide a la personne|services a la personne|"
    r"home[- ]?(?:care|help|nursing|health)|domiciliary care|in-home care|care (?:plans?|notes|records|visits)|"
    r"plans? (?:d'aide|de soins)|dossiers? de soins|(?:nos|leurs|vos|our|their) (?:beneficiaires|beneficiaries|care recipients)|"
    r"personnes (?:agees|dependantes|handicapees)|(?:elderly|disabled|vulnerable) (?:people|persons|clients|residents|adults)|"
    r"patient (?:data|records?|files?|charts?)|donnees (?:de |des )?(?:nos |leurs |vos |ses )?(?:clients?|salaries|"
    r"patients|employes|adherents|eleves|usagers|beneficiaires|collaborateurs)|(?:our|their|your) (?:customers?|clients?|"
    r"patients|employees|members|students)'? (?:data|records|files)|data (?:of|about) (?:our|their) (?:customers|clients|"
    r"patients|employees|members)|medical (?:records?|files?)|health records?|dossiers? medicaux|"
    r"employee (?:files?|records?)|personnel (?:files?|records?)|fichiers? (?:rh|du personnel|salaries)|"
    r"\bpatients\b|fichiers? clients?|clini\w+|dental|dentaire|medical|medic\w+|cabinet d'avocats|"
    r"law firm|avocats|lawyers|notaires?|pharmac\w+|\brh\b|\bhr\b|(?:la|de|fiches?) paie\b|payroll|"
    r"(?:acces|access) (?:a |aux |to )?(?:leur |la |les |nos |vos |their |our |the )?(?:messagerie|mails?|e-mails?|"
    r"emails?|boites? (?:mail|aux lettres)|mailbox\w*|inbox\w*|dossiers du personnel|fichiers? (?:du )?personnel)\b|"
    # what the data is: someone's mail, names and contact details, files and records
    r"" + _PEOPLE_WHOSE + r"(?:'s|s'|')?(?: (?:and|&) " + _PEOPLE_WHOSE + r"(?:'s|s'|')?)?(?: own)? (?:names?|lists?|e-?mails?|e-?mail (?:addresses|accounts)|mail(?:boxe)?s?|inbox(?:es)?|"
    r"contact details|addresses|phone numbers|files?|records?|data|details|grades|marks|cvs|resumes|director(?:y|ies)|"
    r"payslips?|pay slips?|salar(?:y|ies)(?: data)?|health data|medical data|id (?:cards?|documents?)|passports?)\b|"
    # s24: what a booking, a school or a club keeps about people, said with the possessive ("pupils' school reports",
    # "patients' appointments"; "the customer reports" are reports to the client)
    r"" + _PEOPLE_WHOSE + r"(?:'s|s'|') (?:[a-z]+ )?(?:reports?|report cards?|appointments?|bookings?|reservations?|photos?|"
    r"pictures?|allergies|attendance|progress notes?)\b|"
    # s24: loyalty schemes and the people in them ("la carte fidélité clients", "the loyalty card holders"), birth dates
    # and whom to call in an emergency, whoever they belong to
    r"\b(?:cartes? (?:de )?fidelite|programmes? (?:de )?fidelite|fichiers? (?:de )?fidelite|"
    r"loyalty (?:cards?|schemes?|programmes?|programs?|card ?holders?|members?|club|database|data|app)|"
    r"dates? de naissance|(?:birth ?dates?|dates? of birth)|emergency contacts|personnes a (?:prevenir|contacter)|"
    r"contacts (?:d'urgence|en cas d'urgence))\b|"
    # s24: "le nom et le tel de chaque client", "l'adresse de chaque adhérent": one person's details, each of them
    r"\b(?:noms?|prenoms?|tels?|telephones?|portables?|numeros?|adresses?|mails?|e-?mails?|coordonnees|dossiers?|fiches?) "
    r"(?:de |du |d')(?:chaque|chacun des|chacune des|tout|toute|tous les|toutes les) (?:client|patient|eleve|adherent|"
    r"membre|locataire|usager|salarie|enfant|beneficiaire|resident|famille|abonne|inscrit|participant)s?\b|"
    r"(?:mailbox(?:es)?|e-?mail accounts|inbox(?:es)?) (?:of|for) (?:the |our |their |all )?(?:staff|employees|users|team|people)|"
    r"\b(?:mailboxes|e-?mail accounts|staff e-?mails?)\b|"
    r"(?:hr|payroll|student|pupil|school|patient|customer|client|membership|tenant|crm contact) (?:files?|records?|"
    r"database|data ?base|system|software|platform|folders?|lists?|data)\b|"
    r"(?:customer|client) (?:database|list|contacts?|personal)\b|kids'? data|children'?s data|"
    r"\b(?:cctv|video ?surveillance|security camera|surveillance camera|camera) (?:footage|recordings?|images|videos?|feeds?)\b|"
    r"\bcctv\b|videosurveillance|videoprotection|cameras? de (?:video)?surveillance|"
    r"(?:pay ?slips?|bank details|social security numbers?|national insurance numbers?|passport (?:copies|scans))\b|"
    # s21: identity documents and their scans or copies ("les passeports scannés des clients", "customers' ID scans", "copies
    # de cartes d'identité", "every driving licence photocopied"): who the people are, personal data
    r"\b(?:passports?|passeports?|id cards?|identity (?:cards?|documents?|papers)|cartes? (?:nationales? )?d'identite|"
    r"pieces? d'identite|driving licen[cs]es?|driver'?s licen[cs]es?|permis de conduire|titres? de sejour|residence permits?)\b|"
    r"\bid (?:scans?|copies|photocopies|documents?)\b|"
    # what identifies or describes a person: payment cards, bank and health questionnaires, policy files
    r"\b(?:(?:credit |debit |payment |membership )?card (?:details|numbers?|data)|payment (?:card )?details|iban\w*|"
    r"health (?:questionnaires?|forms?|declarations?|information|info)|medical (?:questionnaires?|forms?|history)|"
    r"(?:insurance )?(?:policy|claims?) (?:files?|records?|data|details)|"
    r"numeros? de (?:carte|cb)|cartes? (?:bancaires?|de paiement)|donnees (?:bancaires|de paiement|de sante|medicales)|"
    r"coordonnees bancaires|releves? bancaires|"
    r"questionnaires? (?:de sante|medica\w*)|dossiers? (?:d'assure\w*|de sinistres?|sinistres?)|contrats? d'assurance)\b|"
    # French: "les mails des salariés", "les dossiers des élèves", "les fiches de paie", "le fichier client"
    r"(?:mails?|e-?mails?|courriels?|boites? (?:e-?)?mails?|boites aux lettres|messageries?|adresses? (?:e-?)?mails?|noms?|"
    r"adresses?(?: postales)?|telephones?|tels?|portables?|numeros? de telephone|dates? de naissance|"
    r"coordonnees|dossiers?|fichiers?|fiches?|donnees|infos?|bulletins?|notes|cv|annuaires?|listes?) (?:de |des |du |d')?(?:nos |leurs |vos |"
    r"ses |tous les |toutes les )?" + _GENS + r"\b|"
    # what records a person's identity or life: "l'état civil des clients", "les actes et l'état civil de nos clients"
    r"\b(?:etats? civils?|civil (?:status|registry) (?:records?|data|details)|actes? (?:de naissance|de deces|de mariage|d'etat civil)|"
    r"birth certificates?|marriage certificates?|death certificates?|"
    r"(?:actes|contrats|factures|historiques?|releves|dossiers|fichiers|fiches|documents)(?: et (?:les? |la |l'|des |leurs? )?"
    r"[\w']+(?: [\w']+)?)? (?:de |des |du |d')(?:nos |leurs |vos |ses |tous les |toutes les )?" + _GENS + r")\b|"
    # s32: a set of people named in lay words next to the file or system that lists them ("leur base adhérents", "le
    # fichier des licenciés", "le CRM abonnés", "their members database", "the tenants CRM", "a database of subscribers")
    r"\b(?:bases?(?: de donnees)?|bdd|fichiers?|crm|registres?|logiciels? de gestion|listings?|extranets?|portails?) "
    r"(?:des |de |du |d')?(?:nos |leurs |vos |ses |tous les |toutes les )?(?:(?:plus de |pres de |environ )?\d[\d .,]*k? )?"
    r"(?:" + _GENS[3:-1] + r"|clients finaux|"
    r"utilisateurs finaux)\b|"
    r"\b(?:" + _LAY_PEOPLE + r")(?:'s|s'|')? (?:crm|database|data ?base|db|register|registry|mailing lists?|list|"
    r"spreadsheet|directory|portal|accounts? (?:data|details))\b|"
    r"\b(?:crm|database|data ?base|db|register|registry|list|spreadsheet|directory) (?:of|with) (?:the |our |their |all "
    r"(?:the |our |their )?)?(?:(?:over |about |around |some )?\d[\d,.]*k? )?(?:" + _LAY_PEOPLE + r")\b|"
    r"\b(?:logiciel (?:de paie|rh)|sirh|base (?:de donnees )?clients?|fichier (?:des )?clients?|vie scolaire|"
    r"pieces? d'identite|cartes? d'identite|bulletins? de (?:paie|salaire)|fiches? de paie|numeros? de securite sociale|"
    r"\brib\b|releves? d'identite bancaire)\b|"
    # s23: calls recorded and people's phone numbers ("les appels enregistrés … avec les numéros des clients", "call
    # recordings with our customers' phone numbers"): what people said and how to reach them
    r"\b(?:appels?|conversations?|communications?) (?:telephoniques? )?enregistre\w*|enregistrements? (?:telephoniques? )?"
    r"(?:des |de nos |de leurs |de vos |d')?(?:appels?|conversations?|communications?)|call recordings?|recorded "
    r"(?:phone )?(?:calls?|conversations?)|recordings? of (?:the |our |their )?(?:calls?|conversations?)|"
    r"numeros?(?: de (?:telephone|tel|portable|mobile))? (?:des |de nos |de leurs |de vos )?(?:clients|patients|usagers|"
    r"abonnes|adherents|salaries|passagers|beneficiaires)|(?:customers?|clients?|patients?|passengers?|callers?)'? "
    r"(?:phone |mobile |telephone )?numbers|(?:phone|mobile|telephone) numbers of (?:the |our |their )?(?:customers|clients|"
    r"patients|passengers|callers)\b)")


# personal data named as a whole (not one kind of it: health, bank details, payroll)
_ANY_PERSONAL = re.compile(r"personnel|perso\b|personal|nominativ|\bpii\b|rgpd|gdpr|(?:customer|client|employee|patient) data|"
                           r"donnees? (?:de |des )?(?:nos |leurs |vos )?(?:clients?|salaries|employes|patients?|usagers|eleves|"
                           r"adherents|beneficiaires)|patient (?:data|records?|files?)|dossiers? patients?")


def _data_kinds(matched: str) -> list[str]:
    """Whose personal data a mention names: staff, customers, patients, pupils, images of people."""
    kinds = []
    for kind, pat in (("staff", r"staff|employe|salarie|collaborat|personnel|team|colleague|worker|hr\b|\brh\b|payroll|paie|"
                                r"payslip|pay slip|salar|sirh|mailbox|inbox|e-?mail|mails?\b|courriel|messagerie|boites?"),
                      ("pupils", r"pupil|student|school|kids|children|eleve|etudiant|enfant|scolaire"),
                      ("patients", r"patient|medic|health|sante|clini|dental|dentaire|pharmac|domicile|home[- ]?(?:care|help|nursing)|"
                                   r"care|soins|d'aide|a la personne|beneficia|agees|dependantes|handicap|elderly|disabled|vulnerable"),
                      ("images", r"cctv|camera|surveillance|videoprotection|footage"),
                      ("customers", r"customer|client|tenant|locataire|member|adherent|resident|guest|usager|beneficiaire")):
        if re.search(pat, matched):
            kinds.append(kind)
    return kinds[:1]


# s24: the client's customers said to be businesses ("nos clients professionnels", "que des entreprises", "our trade
# customers", "B2B clients"): their invoices and orders are a company's records, no personal data by themselves
_BUSINESSES = re.compile(r"\s*(?:professionnels|pros|entreprises|societes|b2b|industriels|grands comptes|revendeurs|"
                         r"distributeurs|grossistes)\b|[^.;!?]{0,30}\b(?:que des|uniquement des|only|all (?:of )?them) "
                         r"(?:entreprises|societes|companies|businesses|firms|pros|professionnels)\b")
_BUSINESS_BEFORE = re.compile(r"\b(?:trade|business|corporate|b2b|wholesale|professional)\s+$")


def _businesses(folded: str, span: tuple[int, int]) -> bool:
    """'les factures de nos clients professionnels', 'invoices to our trade customers': records about businesses."""
    return bool(_BUSINESSES.match(folded, span[1]) or _BUSINESS_BEFORE.search(folded, max(0, span[0] - 12), span[0]))


def _anonymised(folded: str, span: tuple[int, int]) -> bool:
    """'anonymised patient records', 'les données sont anonymisées': no personal data left."""
    return bool(re.search(r"\banonymi[sz]\w*\s+(?:\w+\s+){0,2}$", folded[max(0, span[0] - 30):span[0]]) or re.match(
        r"\s*(?:(?:are|is|sont|est|were|have been|ont ete|get|gets)\s+)?(?:fully |entierement |totalement )?anonymi[sz]\w*",
        folded[span[1]:span[1] + 40]))


# who holds the keys, said in plain words: "only they have the admin passwords", "lui seul a les accès", "we don't touch
# anything", "ils gèrent tout, on n'a pas la main" (the provider alone); "we both have admin access", "notre informaticien
# garde aussi ses accès" (shared)
_KEYS = (r"(?:the |les |des |nos |leurs |their |our )?(?:admin\w*(?: (?:access|rights|accounts?|passwords?|credentials))?|"
         r"access(?:es)?|passwords?|credentials|keys|rights|acces(?: admin\w*)?|mots? de passe|droits(?: d'admin\w*)?|codes|cles|"
         r"identifiants)")
# the provider speaking of itself as the only holder of the keys ("only we have admin on those servers", "we alone hold the
# passwords", "il n'y a que nous qui avons les accès", "on est les seuls à détenir les accès"): exclusive control when
# the speaker is the provider (`slots` reads it with the speaker's side); from a client the same words keep the keys
# on the client's side and say nothing of the provider's hold
PROVIDER_ALONE = re.compile(
    r"\bonly (?:we|us|me|i|our (?:[\w-]+ )?(?:techs?|technicians?|engineers?|team|staff|people|admins?|guys)) "
    r"(?:have|has|hold|holds|keep|keeps|get|gets|know|knows)(?: got)? (?:all )?" + _KEYS +
    r"\b(?! (?:to|for|on) (?:the |our |a |their )?(?:portal|tool|dashboard|ticket\w*|reports?|extranet))|"
    r"\b(?:we|i) alone (?:have|hold|keep|know) (?:all )?" + _KEYS + r"\b|"
    r"\bil n'y a que (?:nous|moi|notre equipe|nos techniciens|nos techs) qui (?:a|avons|ont|detien\w*|possede\w*|conna\w*|"
    r"garde\w*) (?:tous |toutes )?" + _KEYS + r"\b|"
    r"\b(?:nous|on) (?:sommes|est) (?:les )?seuls? a (?:avoir|detenir|posseder|connaitre) (?:" + _KEYS + r"|la main)\b|"
    # s21: the systems run by the provider alone ("we alone administer them", "on est seuls à les administrer")
    r"\b(?:we|i) alone (?:administer|run|manage|operate|look after|control)\b|\b(?:nous|on) (?:sommes|est) (?:les )?seuls? a "
    r"(?:les |l'|le |la )?(?:administrer|gerer|exploiter|piloter|controler)\b|"
    r"\b(?:nous|on) seuls? (?:avons|a|detenons|possedons|connaissons) " + _KEYS + r"\b")
_EXCLUSIVE = re.compile(
    r"\b(?:is|are|'s|'re) the only (?:one|ones|party|people|company|team)(?: who (?:has|have|holds?)| that (?:has|holds)| with| holding)"
    r" " + _KEYS + r"|\bonly (?:they|he|she|them|the msp|our msp|the provider|our provider|the supplier|our it provider) "
    r"(?:has|have|hold|holds|know|knows|gets?)(?: got)? " + _KEYS + r"|"
    r"\b(?:we|i) (?:don'?t|do not|never|won'?t) (?:touch|go near|log into|have access to) (?:anything|a thing|the it|it|the "
    r"(?:servers?|systems?|network|machines)|any of it)\b|\b(?:we|i) (?:have|'ve got|got) no (?:admin\w*|access|passwords?)\b|"
    r"\bwe don'?t (?:have|hold|know) (?:the |any )?(?:admin )?(?:passwords?|access|credentials|rights)\b|"
    r"\b(?:nobody|no one|noone) (?:here|on our side|in-house|else|at our end|in the company|on site)? ?(?:has|holds|knows) "
    + _KEYS + r"|"
    r"\b(?:lui|elle|eux|elles|le presta\w*|le prestataire|l'infogereur|notre presta\w*|notre prestataire) seule?s? "
    r"(?:a|ont|detien\w*|possede\w*|conna\w*|garde\w*) " + _KEYS + r"|"
    r"\b(?:on|nous) (?:ne touche|ne touchons|touche|touchons) (?:a )?rien\b|"
    r"\b(?:on|nous) n'(?:a|avons) (?:pas|aucun\w*|plus) (?:la main|d'acces|les acces|acces|les mots de passe|de mot de passe|"
    r"les droits|de droits|les codes|les identifiants)\b|"
    r"\b(?:on|nous|moi|chez nous)(?: on| nous)? (?:n')?(?:a|avons|dispose|disposons) (?:pas (?:de |d'|les |des )?|aucun\w* |plus (?:de |d'|les )?)"
    r"(?:compte|comptes|acces|droit|droits|mot de passe|mots de passe|identifiant|identifiants|login)"
    r"(?: (?:admin\w*|d'admin\w*|de l'admin\w*|root|privilegi\w*|a privileges))?\b(?! (?:a|au|aux) (?:la |leur |notre )?"
    r"(?:portail|outil|extranet|rapport|tableau|ticket\w*))|"
    r"\b(?:we|i)(?: have| hold| get|'ve got| got) (?:no|zero) (?:admin\w* |root |privileged )?(?:accounts?|logins?|access|rights|"
    r"passwords?|credentials)\b(?! (?:to|on) (?:the |their |a )?(?:portal|tool|dashboard|ticket\w*|reports?))|\bon a pas (?:la main|les acces|acces|les mots de passe|les droits)\b|"
    r"\bpersonne (?:chez nous |en interne |d'autre |ici )?(?:n'a|n'y a|a) (?:les |d'|de )?(?:acces|droits|mots de passe|codes|identifiants)\b|"
    r"\b(?:ils|elles) gerent tout\b|"
    # "only their techs hold the admin rights", "c'est eux qui ont tous les accès admin", "le presta a seul les mots de passe"
    r"\bonly (?:their|the|its|the provider'?s|the msp'?s|our msp'?s|our provider'?s) (?:techs?|technicians?|engineers?|team|staff|"
    r"people|admins?|guys) (?:has|have|hold|holds|know|knows|gets?|keeps?)(?: got)? (?:all )?" + _KEYS + r"|"
    r"\bc'est (?:eux|lui|elle|elles|le presta\w*|le prestataire|l'infogereur|notre presta\w*|notre prestataire|notre infogereur) "
    r"qui (?:a|ont|detien\w*|possede\w*|garde\w*|conna\w*) (?:tous |toutes )?" + _KEYS + r"|"
    r"\b(?:ils|elles|il|elle) (?:sont|est) (?:les |la |le )?seule?s? a (?:avoir|detenir|posseder|connaitre) " + _KEYS + r"|"
    r"\b(?:le presta\w*|le prestataire|l'infogereur|notre presta\w*|notre prestataire|notre infogereur|ils|elles) "
    r"(?:a|ont|detien\w*|possede\w*|garde\w*) seule?s? (?:tous |toutes )?" + _KEYS + r"\b")
_SHARED = re.compile(
    r"\b(?:we|both of us|the two of us) (?:both |also |still |each )?(?:have|keep|hold|retain) (?:our own |some |an? )?"
    r"(?:admin\w*(?: access| rights| accounts?)?|access|passwords?|credentials)\b(?! to nothing)|"
    r"\b(?:our|their) (?:[\w-]+ ){0,2}?(?:guy|person|admin\w*|sysadmin\w*|manager|team|staff|assistant|director|boss|colleague|"
    r"cto|cio) (?:also |still |too )?(?:has|have|keeps?|holds?|knows?|retains?) (?:the |an? |all the )?(?:admin\w*|root|"
    r"domain admin\w*|access|passwords?|rights|credentials)\b|\bboth (?:of us|parties|sides|teams) (?:have|hold|keep) " + _KEYS + r"|"
    r"\b(?:on|nous) (?:a|avons|garde|gardons|conserve|conservons) (?:aussi |egalement |chacun )?(?:nos |les |des |un |nos propres )?"
    r"(?:acces|droits|mots de passe|comptes admin\w*)\b|\b(?:on|nous) (?:garde|gardons) la main\b|"
    r"\bnotre (?:informaticien|admin\w*|responsable (?:it|informatique)|dsi) (?:garde|conserve|a) (?:aussi |egalement |toujours )?"
    r"(?:ses |les |des )?(?:acces|droits|mots de passe)\b|"
    r"\b(?:ils|elles|le client|la cliente|on|nous|they|we|the client|the customer)(?: \w+)? (?:ont|a|avons|garde\w*|conserve\w*|"
    r"have|has|keep|keeps|'ve got|got|employ|employs) (?:un |une |leur |leurs |notre |nos |son |sa |ses |an? |their |our |its )?"
    r"(?:propre |own )?(?:admin\w*|informaticien\w*|technicien\w*|sysadmin|it (?:guy|person|admin|manager|team)|dsi|rsi|"
    r"responsable (?:it|informatique|si)|equipe (?:it|informatique))(?: (?:systeme|reseau|sys))?"
    r" (?:interne|en interne|maison|a demeure|salarie|in-house|in house|on staff|internal)\b|"
    r"\b(?:admin\w*|informaticien|technicien|sysadmin|it person|it guy) (?:interne|in-house|maison)\b[^.;!?]{0,40}?"
    r"\b(?:a|ont|has|have|garde\w*|keeps?|conserve\w*)(?: aussi| egalement| also| still| too)? (?:les |des |ses |the |an? |all the |"
    r"their |his |her )?(?:acces|droits|mots de passe|comptes?|access|rights|passwords?|accounts?|credentials)\b")


# the client without any access to its systems, told by either side: "the client has no access to the servers", "le client
# n'a aucun accès à ses serveurs", "nobody in-house touches the IT", "personne chez nous ne touche à l'informatique"
_NO_ACCESS = re.compile(
    r"\b(?:le client|la cliente|the client|the customer|ils|elles|they)(?: \w+)? (?:n'a|n'ont|has|have|gets?|'ve got|has got) "
    r"(?:pas|aucun\w*|no|zero|plus)(?: d'| de| d')? ?(?:acces|access|droits?|rights|comptes? admin\w*|admin\w*(?: (?:access|rights|"
    r"accounts?))?|mots? de passe|passwords?)\b|"
    r"\b(?:nobody|no one|noone|personne)(?: [\w'-]+){0,3}? (?:touches|ne touche|touche)(?: (?:a|to|at))? (?:rien|anything|"
    r"l'informatique|the it|it|the systems?|les systemes|le systeme|les serveurs|the servers)\b|"
    r"\b(?:they|the client|the customer)(?: \w+)? (?:don'?t|do not|doesn'?t|does not|never|won'?t) touch (?:anything|a thing|the it|"
    r"it|the systems?|the servers)\b|\b(?:ils|elles|le client|la cliente) (?:ne )?touche\w* (?:a )?rien\b")
# who runs what, split between the two sides: "le presta gère les serveurs, nous on gère les postes nous-mêmes", "their IT
# person does the desktops", "leur informaticien s'occupe des postes", "the customer keeps a local admin account"
_SPLIT_ADMIN = re.compile(
    r"\b(?:nous|on|we)(?: on| nous)? (?:gere|gerons|fait|faisons|handle|manage|run|do|look after|s'occupe|nous occupons) "
    r"(?:de |des |du |d')?(?:les |la |le |l'|our |the |nos )?(?:[\w-]+ ){0,2}?(?:nous-memes|ourselves|en interne|in-house|"
    r"in house)\b|"
    r"\b(?:leur|leurs|notre|son|sa|their|our|its) (?:propre |own )?(?:informaticien\w*|admin\w*|sysadmin|responsable (?:it|informatique|"
    r"si)|dsi|equipe (?:it|informatique)|technicien\w* (?:interne|maison)|it (?:guy|person|team|staff|manager)) "
    r"(?:s'occupe\w*|gere\w*|fait|font|administre\w*|looks? after|handles?|manages?|runs?|does|do) (?:de |des |du |d')?"
    r"(?:les |la |le |l'|the |their |our )?[\w-]+|"
    r"\b(?:keeps?|retains?|garde\w*|conserve\w*) (?:a|an|one|un|une|son|leur|its|their) (?:local |emergency |break-?glass |"
    r"spare |backup )?(?:admin\w*|administrat\w*|compte admin\w*)(?: (?:account|compte|login|access))?(?: (?:local|de secours|"
    r"d'urgence))?\b")


# s21: the control readers above hear a client ("we have no admin access" = the provider alone; "they have no access" = the
# client without the keys, told by the provider). Who "we" and "they" are depends on who speaks: the provider saying it has
# no access ("we have no access to their servers", "nous n'avons aucun accès admin") is not the provider alone; a client
# saying "they" have none speaks of the provider. Both sides with the keys ("we both have the admin passwords", "on a tous
# les deux les accès", "they have admin and so do we") is shared control, whoever speaks.
_KEY_WORD = (r"(?:admin\w*|root|access(?:es)?|acces|rights|droits?|passwords?|mots? de passe|credentials|identifiants?|"
             r"logins?|accounts?|comptes?|keys|cles|codes|la main)")
_WE_WITHOUT_KEYS = re.compile(
    r"\b(?:we|i)(?:'ve| have| got| hold| get)* (?:no|zero) (?:admin\w* |root |privileged )?" + _KEY_WORD + r"\b|"
    r"\b(?:we|i) (?:don'?t|do not|never) (?:have|hold|get|know)(?: any| the)? (?:admin\w* |root |privileged )?" + _KEY_WORD +
    r"\b|\b(?:on|nous)(?: on| nous)? (?:n')?(?:a|avons|dispose|disposons) (?:pas|aucun\w*|plus|zero)\b[^.;,!?]{0,14}?\b" +
    _KEY_WORD + r"\b")
_THEY_WITHOUT_KEYS = re.compile(
    r"\bthey(?:'ve| have| got| hold| get)* (?:no|zero) (?:admin\w* |root |privileged )?" + _KEY_WORD + r"\b|"
    r"\bthey (?:don'?t|do not|never) (?:have|hold|get|know)(?: any| the)? (?:admin\w* |root |privileged )?" + _KEY_WORD +
    r"\b|\b(?:ils|elles) (?:n')?(?:ont|disposent) (?:pas|aucun\w*|plus|zero)\b[^.;,!?]{0,14}?\b" + _KEY_WORD + r"\b")
# the people "they" can be on the client's own side ("nos salariés… ils n'ont aucun accès", "our staff, they have no rights")
_CLIENT_PEOPLE = re.compile(r"\b(?:staff|employees|users|people|team|colleagues|workers|salaries|employes|utilisateurs|"
                            r"equipes?|collaborateurs|personnel|agents|gens)\b")
_BOTH_MARK = (r"(?:we both|both of us|the two of us|us both|each of us|both (?:sides|parties|teams)|(?:on a|nous avons|ils ont|"
              r"elles ont) (?:tous|toutes) les deux|tous les deux|toutes les deux|eux et nous|nous et eux|them and us|"
              r"us and them|chacun)")
BOTH_HOLD_KEYS = re.compile(
    r"\b" + _BOTH_MARK + r"\b[^.;!?]{0,30}?\b" + _KEY_WORD + r"\b|\b" + _KEY_WORD + r"\b[^.;!?]{0,40}?\b(?:and so do (?:we|they)|"
    r"(?:we|they) do too|et nous aussi|eux aussi|tout comme nous|comme nous|both of us|tous les deux|eux et nous)\b")


# the provider telling that nobody at the client holds the keys ("nobody on their side has admin", "personne chez eux n'a
# les accès"): the provider alone
_NOBODY_AT_THEIRS = re.compile(r"\b(?:nobody|no one|noone) (?:on their side|at their end|at the client'?s?|over there|"
                               r"in their (?:team|company|office))(?: \w+)? (?:has|holds|knows|gets?)\b[^.;!?]{0,20}?\b" +
                               _KEY_WORD + r"\b|\bpersonne (?:chez eux|de leur cote|chez le client|en face|cote client|au client)(?: ne)? (?:n'a|a|n'ont|ont)\b"
                               r"[^.;!?]{0,20}?\b" + _KEY_WORD + r"\b")


def speaker_control(folded: str, speaker: str | None) -> str | None:
    """The control a message states once its speaker is known: "shared" when both sides hold the keys, or when the side
    said to have none is the provider (the provider's "we", a client's "they"); "exclusive" when the provider says it
    alone holds them or nobody at the client does; None when the readers' own reading holds."""
    if BOTH_HOLD_KEYS.search(folded):
        return "shared"
    if speaker == "msp" and PROVIDER_ALONE.search(folded):
        return "exclusive"  # "only we have admin": the provider speaking of itself (the readers above hear a client)
    if speaker == "msp" and _NOBODY_AT_THEIRS.search(folded):
        return "exclusive"  # "nobody on their side has admin", told by the provider
    if speaker == "msp" and _WE_WITHOUT_KEYS.search(folded) and not _THEY_WITHOUT_KEYS.search(folded):
        return "shared"  # "we have no access to their servers": the provider without the keys
    if speaker == "client" and (m := _THEY_WITHOUT_KEYS.search(folded)) and not _WE_WITHOUT_KEYS.search(folded) and \
            not _CLIENT_PEOPLE.search(folded[:m.start()]):
        return "shared"  # "they have no access to our servers": the provider without the keys
    return None
