"""Who is who: the defined names of the provider and the client, and the towns named in each
party's description (to tell whose home court a jurisdiction clause picks)."""

from __future__ import annotations

import re

from assistant.legal.review.facts.reading import CLIENT_WORDS, PROVIDER_WORDS, Names, folded

GENERIC = {"dpa", "agreement", "contrat", "contract", "services", "accord", "annexe", "annex", "sla", "cgv", "order",
           "party", "parties", "partie"}


_SUBJ = r"(?:'s)?\s+(?:(?:shall|will|must|agrees? to|undertakes? to|may|s'engage a|s'oblige a|doit|devra|peut)\s+)?" \
        r"(?:also\s+|egalement\s+)?"
_DOES_SERVICE = r"(?:provides?|perform|performs|hosts?|delivers?|supply|supplies|maintains?|operates?|manages?|" \
                r"support|supports|fournir|fournit|assurer|assure|heberger|heberge|realiser|realise|exploite|" \
                r"met a (?:la )?disposition|mettre a (?:la )?disposition)\b"
_PAYS = r"(?:pay|pays|payer|paie|paye|regler|regle|verser|verse|reimburse|rembourse)\b"
_ROLE_NEAR = re.compile(r"\b(?:as|en (?:sa )?qualite de|agissant en qualite de|acting as)\s+(?:the |le |la |l')?"
                        r"(service provider|provider|supplier|vendor|contractor|prestataire|fournisseur|customer|client|"
                        r"buyer|acheteur|beneficiaire)\b")

_PARTY_BREAK = re.compile(r"\b(?:and|et)\b|;|\(\d\)|\bd'une part\b|\bd'autre part\b")


# the end of another definition or of a sentence ("… ("Customer"). The fees (the "Fees") …"); the abbreviated civil
# title of the party's representative ("représentée par M. Le Goff", "represented by Mr. Price", "Dr. Hale") ends nothing
_DESC_BREAK = re.compile(r"[)»\"]\s*[.,;]?\s|(?<!\binc)(?<!\bltd)(?<!\bcorp)(?<!\bco)(?<!\bst)(?<!\bm)(?<!\bmm)(?<!\bmr)"
                         r"(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bme)(?<!\bpr)(?<!\bmlle)(?<!\bmme)\.\s+(?=[a-z])")
_ROLE_PHRASE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in CLIENT_WORDS + PROVIDER_WORDS if " " in w) + r")\b")
_COMPANY = re.compile(r"\b(?:inc|ltd|llc|l\.l\.c|l\.l\.p|llp|plc|corp|b\.v|n\.v|s/a|a/s|corporation|company|limited|gmbh|ag|bv|nv|spa|srl|s\.?a\.?s\.?u?|"
                      r"sarl|s\.?a\.?|eurl|scop|sci|societe|association|groupement|etablissement|commune|ville|"
                      r"departement|region|universite|university|mutuelle|fondation|ministere|caisse|agence|syndicat|cabinet|"
                      r"hopital|centre hospitalier|incorporated|organized|registered|immatricule\w*|"
                      r"rcs|siren|siret|capital)\b")
# bodies without a company form (a cooperative, a trust, a foundation, a fund, a bank, a partnership) and persons (an
# individual, where he or she lives, when born): a party only where the contract opens, in the name's own description
_BODY = re.compile(r"\b(?:co-?operative|trust|trustees?|foundation|fund|bank|banque|partnership|l\.?p|pte|pty|gie|g\.i\.e|"
                   r"federation|institut\w*|mutual|individual|residing|resident|demeurant|domicilie\w*|nee? le|born)\b")
OPENING = 5000


def _is_party(f: str, at: int) -> bool:
    """A defined name is a party's when its own description (back to the other party's) names a
    company form, a register or a public body, or opens with the party's number in the list of parties ("(2) JOHN
    ROGERS (the Executive)")."""
    before = f[max(0, at - 250):at]
    cuts = list(_PARTY_BREAK.finditer(before)) + list(_DESC_BREAK.finditer(before))
    num = next(reversed(list(re.finditer(r"\(\d\)", before))), None)
    if num is not None and at < OPENING and not any(c.start() >= num.end() for c in cuts) and re.search(
            r"[a-z]{3}", before[num.end():]):
        return True
    before = before[max(c.end() for c in cuts):] if cuts else before
    return bool(_COMPANY.search(before) or _ROLE_PHRASE.search(before)
                or at < OPENING and _BODY.search(before[-120:]))


# the head noun of a defined thing: a name ending so is a term of the contract, not a party ("Customer Equipment",
# "Provider Representatives", "End User License Agreement", "Termination Date", "Données du Client")
_TERM_HEAD = re.compile(r"\b(?:act|schedule|shares|works|repairs|fees?|prices?|date|information|equipment|websites?|site|"
                        r"agreement|licen[cs]e|deposit|papers|statement|materials?|documentation|premises|territory|"
                        r"deliverables|specifications?|representatives|personnel|employees|staff|reports?|records|assets|"
                        r"term|period|services?)$|"
                        r"^(?:donnees|documents?|materiels?|equipements?|informations?|prix|redevances?|frais|logiciels?|"
                        r"locaux|personnel|site|annexes?)\b")


# a defined name in brackets without quotes, as British drafting writes the parties ("WIDGETCO LIMITED (the Company)",
# "(2) JOHN ROGERS (the Executive)", "ORBIS S/A (as Supplier)"): a capitalised name of one to three words
_UNQUOTED = re.compile(r"\((?:as |the |hereinafter (?:the )?|hereafter (?:the )?)([A-Z][\w-]+(?: [A-Z][\w-]+){0,2})\)")


def _unquoted(opening: str, f: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _UNQUOTED.finditer(opening):
        name = " ".join(folded(m.group(1)).split())
        at = re.search(rf"\((?:as |the |hereinafter (?:the )?|hereafter (?:the )?){re.escape(name)}\)", f)
        if at:
            out.append((at.start(), at.end(), name))
    return out


# where the parties' block ends and the contract's body begins: the recitals, or the words that open the agreement itself
BLOCK_END = re.compile(r"\b(?:whereas|recitals?|witnesseth|now,? therefore|agree as follows|it is (?:hereby )?agreed|"
                       r"background|preambule|il a ete (?:expose|convenu)|ceci (?:etant )?expose|conviennent de ce qui suit|"
                       r"ont convenu)\b")


def _block_end(f: str, found: list[tuple[int, int, str]]) -> int:
    """The end of the parties' block: the first recital or agreeing words after two names defined (a company defined
    after it - a parent, a licensor, an arbitral body - is named by the contract, not a party to it)."""
    if len(found) < 2:
        return len(f)
    second = sorted(found)[1][1]
    end = BLOCK_END.search(f, second)
    return end.start() if end else len(f)


def _role_of(name: str, f: str, at: int, end: int) -> str | None:
    """The side of a defined name that carries no role word ("Nimbus", "DeployHub"): a role named beside
    its definition ("acting as supplier"), else what the name does in the text (provides / hosts /
    supports the services, or pays)."""
    before, after = f[max(0, at - 250):at], f[end:end + 160]
    cuts = list(_PARTY_BREAK.finditer(before))
    before = before[cuts[-1].end():] if cuts else before
    cut = _PARTY_BREAK.search(after)
    after = after[:cut.start()] if cut else after
    near = _ROLE_NEAR.search(before + after)
    if near:
        return "client" if any(w in near.group(1) for w in CLIENT_WORDS) else "provider"
    phrase = _ROLE_PHRASE.search(before + after)      # "…, responsable du traitement, ci-après …"
    if phrase:
        return "client" if phrase.group(0) in CLIENT_WORDS else "provider"
    esc = re.escape(name)
    does = len(re.findall(rf"\b{esc}{_SUBJ}{_DOES_SERVICE}", f)) + \
        len(re.findall(rf"\b(?:provided|performed|hosted|supplied|delivered|fourni[es]*|heberge[es]*|realise[es]*) "
                       rf"(?:by|par) (?:the |le |la |l')?{esc}\b", f))
    pays = len(re.findall(rf"\b{esc}{_SUBJ}{_PAYS}", f)) + \
        len(re.findall(rf"\b(?:payable|paid|due|dues?|payees?|reglees?) (?:by|par) (?:the |le |la |l')?{esc}\b", f))
    if does > pays:
        return "provider"
    if pays > does:
        return "client"
    return None


def party_names(text: str) -> tuple[list[str], list[str]]:
    """Defined names of the provider and of the client ("ci-après dénommée « ISVTEC »", '("Vendor")').
    A name with a role word in it ("le Prestataire", "Customer") takes that side; another name
    ("Nimbus") takes the side its description or its acts in the text show; failing that, the side
    the other party does not hold; failing that, the provider's (the reviewer's usual counterpart)."""
    f = " ".join(folded(text[:20000]).split())
    whole = " ".join(folded(text).split())
    found = [(m.start(), m.end(), m.group(1)) for m in
             re.finditer(r"ci-?apres,? (?:(?:denommee?s?|designee?s?|appelee?s?|nommee?s?),? )?(?:(?:le|la|les) |l')?\"\s*([^\"]{2,40}?)\s*\"", f)]
    # '("Vendor")', '(hereinafter "Vendor")', and several names for one party: '("Company", "Orbis")', '(collectively
    # "Keel")', '("Keel" or "Keel Hosting")'
    for m in re.finditer(r"\(\s*(?:(?:hereinafter|hereafter|ci-apres|collectively|together|jointly)\s*,?\s*)?(?:referred to as )?"
                         r"(?:the |le |la |les |l')?\"[^\"]{2,40}\"(?:\s*(?:,|;|or|and|ou|et)\s*(?:the |le |la |les |l')?\"[^\"]{2,40}\")*\s*\)", f):
        found += [(m.start(), m.end(), q.group(1)) for q in re.finditer(r"\"([^\"]{2,40})\"", m.group(0))]
    found += _unquoted(text[:OPENING], f)
    provider, client, unknown = [], [], []
    block_end = _block_end(f, found)
    for at, end, n in sorted(found):
        # a name printed in bold or italics ("« **Nimbus** »", '("*Vendor*")'): the marks are not the name
        # the article, not the first letters of a name ("Lark", "Theta", "Lemon")
        n = re.sub(r"^(?:(?:le|la|the)\s+|l')", "", n.strip().strip("*_ ").strip())
        if not n or n in GENERIC or _TERM_HEAD.search(n):
            continue  # a defined thing ("Client Website", "Service Fees", "the Act"), not a party
        if any(re.search(rf"\b{re.escape(w)}\b", n) for w in CLIENT_WORDS):
            client.append(n)
        elif any(re.search(rf"\b{re.escape(w)}\b", n) for w in PROVIDER_WORDS):
            provider.append(n)
        elif re.search(r"\d|[a-z]{3,}", n):
            unknown.append((at, end, n))
    for at, end, n in unknown:
        if n in client or n in provider:
            continue                      # the same name found twice ("(ci-après la « Mutuelle »)"): one side
        if at > block_end or not _is_party(f, at):
            continue                      # a defined term ("Effective Date", "Fees"), not a party
        side = _role_of(n, whole, at, end)
        if side is None:
            side = "provider" if client and not provider else "client" if provider and not client else None
        if side is None:
            side = "provider"
        (client if side == "client" else provider).append(n)
    tabled_provider, tabled_client = tabled_parties(text[:20000])
    provider += [n for n in tabled_provider if n not in client]
    client += [n for n in tabled_client if n not in provider]
    if not provider:
        provider += acting_provider(text)
    if not provider:
        provider += author_company(text)
    return sorted(set(provider)), sorted(set(client))


# A part of a contract (an SLA annex, a schedule) names the provider by the role noun its main terms defined, without a
# parties' block of its own ("l'Éditeur garantit…", "the Publisher guarantees…", "l'Intégrateur réalise…"): a capitalised
# agent noun that the text makes commit to the service. A known role word used the same way ("le Prestataire", "the
# Supplier") leaves the provider named; a noun of the client's side never takes it.
_AGENT = re.compile(r"(?:\b[Ll]['’]|\b[Ll]e |\b[Ll]a |\b[Tt]he )([A-ZÀ-Þ][a-zà-ÿ]+(?:eur|eure|ant|aire|ier|er|or))\b")
_COMMITS = r"(?:'s)?\s+(?:(?:shall|will|must|s'engage a|s'oblige a|doit|devra)\s+)?(?:garantit|garantir|guarantees?|" \
           r"realise|realiser|assure|assurer|fournit|fournir|provides?|performs?|publie|publier|publishes?|mesure|" \
           r"measures?|heberge|heberger|hosts?|maintient|maintains?|exploite|operates?|met a (?:la )?disposition|" \
           r"makes? available|s'engage|undertakes?|commits?|repond|responds?|retablit|restores?|sauvegarde|backs up)\b"
_NOT_PROVIDER = {"utilisateur", "acheteur", "donneur", "mandant", "locataire", "destinataire", "member", "order",
                 "responsable", "partenaire", "partner", "user", "owner", "proprietaire"}


def acting_provider(text: str) -> list[str]:
    """The role noun of the provider in a document that defines no party (see above): [] when none or ambiguous."""
    head = text[:60000]
    whole = " ".join(folded(head).split())
    counts: dict[str, int] = {}
    for m in _AGENT.finditer(head):
        counts[folded(m.group(1))] = counts.get(folded(m.group(1)), 0) + 1
    acts = {}
    for noun, n in counts.items():
        if noun in _NOT_PROVIDER or any(re.search(rf"\b{re.escape(w)}\b", noun) for w in CLIENT_WORDS):
            continue
        k = len(re.findall(rf"\b(?:l'|le |la |the ){re.escape(noun)}{_COMMITS}", whole))
        if n >= 2 and k >= 1:
            acts[noun] = k
    if not acts:
        return []
    best = max(acts, key=lambda x: acts[x])
    return [] if best in PROVIDER_WORDS else [best]


# An order form names its parties in a table whose columns are the roles ("| | Prestataire | Client |" then "| Raison
# sociale | Orme Services SAS | Tilleul Bois SARL |"), or on labelled lines ("Provider: Hazelby IT Ltd"); the clauses
# then call each side by its company name ("Orme décline toute responsabilité…").
_ROLE_CELL = re.compile(r"^(?:le |la |l'|the )?(?P<p>prestataire|fournisseur|provider|supplier|vendor|titulaire|"
                        r"service provider|infogerant|hebergeur)$|^(?:le |la |l'|the )?(?P<c>client|customer|beneficiaire|"
                        r"buyer|acheteur|souscripteur)$")
_NAME_ROW = re.compile(r"^(raison sociale|denomination( sociale)?|societe|company( name)?|(legal )?name|nom|entity|"
                       r"legal entity|organisation|organization)$")
_LABELLED = re.compile(r"^[\s#*>|-]*(?:le |la |l'|the )?(?P<role>prestataire|fournisseur|provider|supplier|vendor|client|"
                       r"customer)[\s*]*:[\s*]*(?P<name>[^\n|,;(]{3,60})", re.M)
_FORM = re.compile(r"\s+(?:sas|sasu|sarl|sa|eurl|sca|snc|scop|ltd|limited|llc|llp|plc|inc|corp|gmbh|bv|nv|srl|spa)\.?$")
_NOT_A_NAME = {"services", "groupe", "group", "societe", "company", "the", "les", "cabinet", "agence", "atelier"}


def _short_names(cell: str) -> list[str]:
    """A company name as the clauses may call it: whole without its legal form, and its first word when distinctive."""
    n = re.sub(r"[*_`]", "", cell).strip(" .")
    n = _FORM.sub("", n).strip()
    if not re.search(r"[a-z]{3,}", n) or n in GENERIC:
        return []
    out = [n]
    first = n.split()[0]
    if len(first) >= 4 and first not in _NOT_A_NAME and first not in GENERIC and first != n:
        out.append(first)
    return out


def tabled_parties(text: str) -> tuple[list[str], list[str]]:
    """Names of the provider and the client given in a table with one column per role, or on labelled lines that
    carry a company form ("Client : Tilleul Bois SARL")."""
    provider: list[str] = []
    client: list[str] = []
    lines = [folded(x) for x in text.split("\n")]
    for i, line in enumerate(lines):
        if line.count("|") < 3:
            continue
        cells = [c.strip(" *_") for c in line.strip().strip("|").split("|")]
        roles = {j: ("provider" if m.group("p") else "client") for j, c in enumerate(cells)
                 if (m := _ROLE_CELL.match(c))}
        if set(roles.values()) != {"provider", "client"}:
            continue
        rows = []
        for nxt in lines[i + 1:i + 8]:
            if nxt.count("|") < 3:
                break
            row = [c.strip(" *_") for c in nxt.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?|", c) for c in row):
                continue
            rows.append(row)
        named = next((r for r in rows if r and _NAME_ROW.match(r[0])), rows[0] if rows else None)
        if named is None:
            continue
        for j, side in roles.items():
            if j < len(named):
                (provider if side == "provider" else client).extend(_short_names(named[j]))
        break
    for m in _LABELLED.finditer("\n".join(lines)):
        name = m.group("name").strip()
        if not _COMPANY.search(name):
            continue  # a label followed by a description, not a company's name
        names = _short_names(name)
        (client if m.group("role") in ("client", "customer") else provider).extend(names)
    return provider, client


# "Dallas, Texas 75201" gives the town and its state: a venue "in Dallas County, Texas" is still home ground
_TOWN = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2}))\s+\d{5}\b|"
                   r"\b\d{5}\s+((?:[A-Z][A-Za-zÀ-ÿ'-]*\s?){1,3})|\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+\d{5}(?:-\d{4})?\b|\b(?:incorporated|registered|organi[sz]ed|immatricul[ée]+e?)\s+"
                   r"(?:in|under the laws of|au RCS de|au registre du commerce(?: et des sociétés)? de|à)\s+(?:the State of "
                   r")?([A-Z][A-Za-zÀ-ÿ-]{3,})|\bRCS\s+(?:de\s+)?([A-Z][A-Za-zÀ-ÿ-]{3,})|\b(?:situ[ée]e? à|sis(?:e)? à|domicili[ée]e? à|located in|"
                   r"offices? (?:at|in)|business (?:at|in)|[A-Z][a-z]+ (?:Street|Avenue|Road|Boulevard|Lane|Drive),)\s+"
                   r"(?:[\w ,.-]{0,40}?)"
                   # the town, not the street of an address ("office at 500 Congress Avenue, Austin")
                   r"(?!(?:Street|Avenue|Road|Boulevard|Lane|Drive|Suite|Floor|Building)\b)([A-Z][A-Za-zÀ-ÿ-]{3,})(?![A-Za-zÀ-ÿ-])"
                   r"(?! (?:Street|Avenue|Road|Boulevard|Lane|Drive|Way|Place|Square)\b)|"
                   # where the company is organised, said as its kind ("a Delaware limited liability company", "a French
                   # société par actions simplifiée", "an Irish private company")
                   r"\b[Aa]n? ([A-Z][a-z]{3,}(?: [A-Z][a-z]+)?) (?:(?:private|public|privately held) )?(?:limited liability "
                   r"compan(?:y|ies)|corporation|limited partnership|general partnership|statutory trust|company limited|"
                   r"limited company|LLC|[Ss]oci[ée]t[ée]|public limited company|private (?:limited )?company)\b")


# where one party's description ends and the next party's begins: "…, et la société Y", "…), and Y Ltd", "**ET**"
_NEXT_PARTY = re.compile(r"(?:\A|[,;\n*)»])\s*(?:and|et|AND|ET)\b[\s*]*")
# the end of the parties' block: a blank line, a heading or an article
_BLOCK_END = re.compile(r"\n\s*\n|\n\s*(?:#|Article\b|ARTICLE\b|Section\b|\d+[.)]\s)")


def _towns_in(block: str) -> set[str]:
    return {w.lower() for t in _TOWN.finditer(block) for w in re.findall(r"[A-Za-zÀ-ÿ-]{4,}", next(g for g in t.groups() if g))}


# A letter between the parties (a renewal notice, a formal notice): the sender's letterhead first, then the addressee;
# the writer's voice says whose letterhead it is ("nos offres", "our services" for the provider; "notre prestataire",
# "your services" for the client)
_LETTER = re.compile(r"(?im)^\s*(\**\s*(objet|subject|re)\s*:|lettre recommand|(madame|monsieur|mesdames|messieurs|dear)\b[^\n]{0,60},\s*$)")
_PROVIDER_VOICE = re.compile(r"(?i)\b(nos (offres?|services|prestations|tarifs|techniciens|equipes|équipes)|notre (offre|catalogue|"
                             r"centre de services)|our (services|offer(ing)?s?|rates|prices|support team|engineers|service desk))\b")
_CLIENT_VOICE = re.compile(r"(?i)\b(notre (prestataire|fournisseur|infogérant|infogerant)|our (service )?(provider|supplier|vendor)|"
                           r"vos (prestations|services|techniciens)|your (services|engineers|technicians))\b")


def letter_towns(preamble: str) -> dict[str, set[str]]:
    """The sender's and the addressee's towns of a letter: the letterhead (first paragraph) and the next paragraph, the
    sender's side read from its voice; empty when the text is no letter or the voice says nothing."""
    out: dict[str, set[str]] = {"provider": set(), "client": set()}
    if not _LETTER.search(preamble[:2500]):
        return out
    paras = [p for p in re.split(r"\n\s*\n", preamble.strip()) if p.strip()]
    if len(paras) < 3:
        return out
    prov, cli = bool(_PROVIDER_VOICE.search(preamble)), bool(_CLIENT_VOICE.search(preamble))
    if prov == cli:
        return out
    sender, addressee = _towns_in(paras[0]), _towns_in(paras[1])
    if not sender or not addressee or sender & addressee:
        return out
    out["provider" if prov else "client"] = sender
    out["client" if prov else "provider"] = addressee
    return out


def party_towns(preamble: str, names: "Names | None" = None) -> dict[str, set[str]]:
    """Towns named in the description of each party: the text before its defined name back to the other party
    ("Gamma SAS, 8 quai Perrache, 69002 Lyon, ci-après « le Prestataire »"), or, when the defined name follows the
    company's name at once, the text after it up to the next party ("HALDEN SAS ("Customer"), registered office at …
    Paris, and NORTHPOINT LTD ("Provider"), registered in Ireland")."""
    out: dict[str, set[str]] = {"provider": set(), "client": set()}
    groups: list[tuple[list[tuple[str, int]], set[str]]] = []
    marks = list(re.finditer(r"ci-?apr[eè]s\s+(?:(?:d[ée]nomm[ée]e?s?|d[ée]sign[ée]e?s?|appel[ée]e?s?)\s*[«\"“]?|[«\"“])\s*"
                             r"([^»\"”]{2,40})|\((?:hereinafter )?(?:referred to as )?(?:the )?[\"“]([^\"”]{2,40})[\"”]"
                             r"(?=(?:\s*(?:,|or|and)\s*(?:the )?[\"“][^\"”]{2,40}[\"”])*\))", preamble))
    for i, d in enumerate(marks):
        name = folded(d.group(1) or d.group(2) or "")
        block = preamble[marks[i - 1].end() if i else 0:d.start()]
        sep = _NEXT_PARTY.search(block) if i else None
        towns = _towns_in(block[sep.end():] if sep else block)
        if not towns and name not in GENERIC and _is_party(folded(preamble[:d.start()]), d.start()):
            after = preamble[d.end():marks[i + 1].start() if i + 1 < len(marks) else len(preamble)]
            for cut in (_NEXT_PARTY.search(after, 1), _BLOCK_END.search(after)):
                after = after[:cut.start()] if cut else after
            towns = _towns_in(after[:400])
        # a second defined name of the same party ("« l'Association » ou « le Client »", '("Harbor" or the
        # "Customer")'): a role word in either name decides the side
        side = min((_side_of(n, names) for n in [name] + _aliases_after(preamble, d.end())), key=lambda x: x[1])[0]
        out["provider" if side == "unknown" else side] |= towns
    if not marks:
        return letter_towns(preamble)
    return out


# a name that follows a defined name as its alternative: "» ou « le Client »", '" or the "Customer"', '", "Acme"'
_ALIAS_NAME = re.compile(r"[\s»\"”*_]*(?:,|\bou\b|\bor\b)\s*(?:la |le |l'|the |les )?[«\"“]\s*([^»\"”\n]{2,40}?)\s*[»\"”]",
                         re.I)


def _aliases_after(preamble: str, at: int) -> list[str]:
    """The alternatives written right after a defined name, in a row ("« l'Association » ou « le Client »")."""
    out = []
    while len(out) < 3 and (m := _ALIAS_NAME.match(preamble, at)):
        out.append(folded(m.group(1)))
        at = m.end()
    return out


def _side_of(name: str, names: "Names | None") -> tuple[str, int]:
    """A defined name's side and how sure it is (0 the best): its role word ("le Client", "Provider"), else the side the
    document's name reader gave it (`party_names`: descriptions and acts), else unknown."""
    bare = re.sub(r"^(?:(?:le|la|the)\s+|l')", "", name.strip().strip("*_ ").strip())
    if any(re.search(rf"\b{re.escape(w)}\b", bare) for w in CLIENT_WORDS):
        return "client", 0
    if any(re.search(rf"\b{re.escape(w)}\b", bare) for w in PROVIDER_WORDS):
        return "provider", 0
    if names is not None:
        if bare in names.client_names:
            return "client", 1
        if bare in names.provider_names:
            return "provider", 1
    return "unknown", 2


# A proposal or an offer written by the provider in its own voice ("nos techniciens", "our engineers") names itself by
# its trade name, with no defined role ("Argos IT s'appuie sur…", "Argos IT ne garantit pas…"): its company, printed with
# its legal form in the header ("ARGOS IT SERVICES SARL — RCS Aurillac"), is the provider, under the shortest-but-
# recurring form of its name the text uses. A company named as the addressee ("Proposition pour X SAS") is not taken.
_LEGAL_NAME = re.compile(r"\b([A-ZÀ-Þ][\w&'’-]*(?:[ \t]+[A-ZÀ-Þ][\w&'’-]*){0,4})[ \t]+(?:SAS|SASU|SARL|SA|EURL|SCOP|SNC|"
                         r"Ltd|Limited|LLC|Inc|GmbH|BV|S\.A\.S\.|S\.A\.R\.L\.)\b")
_ADDRESSEE_BEFORE = re.compile(r"\b(pour|for|client|customer|attention|a|to|chez|destinataire|prepared for)\W*$")


def author_company(text: str) -> list[str]:
    """The provider's trade name in a document written in its voice that defines no party: [] when none."""
    head = text[:60000]
    if not _PROVIDER_VOICE.search(head) or _CLIENT_VOICE.search(head):
        return []
    whole = " ".join(folded(head).split())
    for m in _LEGAL_NAME.finditer(text[:1500]):
        if _ADDRESSEE_BEFORE.search(folded(text[max(0, m.start() - 30):m.start()])):
            continue
        tokens = folded(m.group(1)).split()
        for k in range(1, len(tokens) + 1):  # the shortest form the text keeps using
            name = " ".join(tokens[:k])
            if len(name) < 4 or name in _NOT_A_NAME or name in GENERIC or name in PROVIDER_WORDS:
                continue
            if len(re.findall(rf"\b{re.escape(name)}\b", whole)) >= 3:
                return [name]
    return []
