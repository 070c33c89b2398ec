"""What an Art. 28 element's words serve when they are not the duty itself (read by `art28_duties.obligations`).

An element of Art. 28(3)-(4) GDPR is a duty: a party (the processor) bound (shall, will, s'engage) to an act (take
the security measures, make available the information and allow audits, impose the same obligations on whom it
engages). The element's words also appear where they name something else:
- the limit on changing the measures ("will not materially reduce the overall level of security", "sans diminuer le
  niveau de sécurité"): it presupposes measures taken elsewhere and governs their updates, it does not bind the
  processor to take them (point (c), Art. 32);
- the aim of keeping records ("keeps documentation of the measures to facilitate audits", "conserve les journaux
  afin de permettre les contrôles"): record keeping (Art. 5(2), 30) does not make information available to the
  controller nor allow it an audit (point (h)) - unless the same sentence hands something over or lets someone in;
- terms imposed on sub-processors that only repeat the law ("subject to terms that enforce compliance with applicable
  data protection laws", "tenus de respecter la réglementation applicable"): Art. 28(4) asks for the same data
  protection obligations as those of the processing contract, which the law alone does not give;
- persons and sub-processors bound in writing only to keep the data confidential ("bound by a written agreement to
  keep that data confidential", "liés par un engagement écrit de garder les données confidentielles"): that is the
  persons' confidentiality (point (b)); a confidentiality undertaking is not the contract imposing the same data
  protection obligations that Art. 28(4) asks for - unless the sentence also imposes them or keeps the processor liable;
- the sub-processors as creditors ("liable for interest on sums owed to its subcontractors"): the processor's
  liability under Art. 28(4) is for their performance, not for what it pays them;
- an audit of money ("the annual financial audit of invoices", "audit comptable"): point (h) is an audit of
  compliance with the processing terms;
- things returned at the end that are no data ("restitue le matériel mis à sa disposition", "return the badges"):
  point (g) is the fate of the personal data.
Each is read from the sentence's structure (the act the words depend on), in French and English (folded text).
"""

from __future__ import annotations

import re

# a reduction denied: "not (materially) reduce / decrease / degrade / lower…", "without degrading", "ne … pas réduire"
_NOT = r"(\b(not|never|no)\b|n't\b|\bwithout\b|\bne\b|\bn'|\bsans\b)"
_REDUCE = (r"(reduc|decreas|degrad|lower|diminish|lessen|weaken|downgrad|redui|diminu|degrad|abaiss|amoindri|affaibli)\w*")
NON_DEGRADATION = re.compile(
    _NOT + r"[^.;:]{0,40}?\b" + _REDUCE + r"\b[^.;:]{0,120}\b(security|securite|protections?|safeguards?|measures|"
    r"mesures|garanties)\b([^.;:]{0,20}?\b(provided|offered|described|set (out|forth)|in place|herein|applicable|prevu\w*|"
    r"decrit\w*|en place)\b[^.;:]{0,60})?")

# record keeping and the aim it serves
_KEEP = (r"\b(keep|keeps|kept|keeping|maintain\w*|retain\w*|record\w*|document|documents|log|logs|logging|archiv\w*|"
         r"preserv\w*|conserv\w*|tenir|tient|tiennent|tiendra|consign\w*|journalis\w*)\b")
_AIM = (r"\b(to|in order to|so as to|so that|for the purposes? of|with a view to|afin de|afin que|pour|en vue de|de maniere a)"
        r"\s+((facilitat|enabl|support|allow|permit|assist|prepar|help|faciliter|permettre|rendre possible)\w*\s+)?")
AIM_OF_KEEPING = re.compile(_KEEP + r"[^.;:]{0,160}?(?P<aim>" + _AIM + r"[^.;:]{0,160})")
# an act that hands something over or lets someone in (the duty of point (h) itself)
HANDOVER = re.compile(
    r"\b(make|makes|made|making) (\w+ ){0,4}?available|\b(provid|suppl|furnish|grant|shar|send|sent|disclos|submit|"
    r"contribut|allow|permit|cooperat|co-operat|fourni|communiqu|transmet|transmett|soumet|soumett|permet|autoris)\w*|"
    r"\bmet\w* (\w+ ){0,3}a (la )?disposition|\bmettre (\w+ ){0,3}a (la )?disposition|\b(give|gives|giving|hand|hands)\b")

# terms on sub-processors whose content is the law alone
LAW_ONLY = re.compile(
    r"\b(compl\w*|comply|abide|adhere|respect\w*|conformite|conforme\w*)\s+(with |by |to |a |aux |avec |de |des )?(all |the |"
    r"les |la |l'|toute |tout )?(applicable |relevant |applicables? |en vigueur )?(eu |european )?(data protection |privacy |"
    r"protection des donnees |de protection des donnees )?(laws?|legislation|regulations?|requirements of (the )?law|"
    r"gdpr|rgpd|reglementation|lois?|legislation)\b|"
    # what the law itself lays on processors ("all requirements that the GDPR places on data processors", "les exigences
    # que le RGPD impose aux sous-traitants")
    r"\b(requirements|obligations|duties|rules|exigences|regles)\b (that|which|que|qu') (the |le |la |l')?(applicable )?"
    r"(gdpr|rgpd|general data protection regulation|laws?|loi|regulation|reglement|legislation|data protection laws?)\b"
    r"[^.;]{0,20}?\b(impos|plac|lay|lays|laid|set|prevoi|prevo|fix)\w*")
# what the processing contract itself imposes: its own terms named, or obligations said to be the same as its own
CONTRACT_TERMS = re.compile(
    r"\b(this|the|these|that|present|such) (dpa|addendum|agreement|contract|clauses?|section|schedule|annex|terms of (this|"
    r"the))\b|\b(ce|cet|le present|la presente|du present|de la presente|au present|a la presente) (contrat|accord|"
    r"avenant|annexe|clause|article)\b|processor'?s? (own )?obligations|obligations of the processor|obligations (du|de "
    r"l') ?(sous-traitant|prestataire)|\b(its|their|ses|leurs) (own )?obligations|\bset (out|forth) (in|herein)|"
    r"\b(same|equivalent|similar|identical|no less|not less|at least|memes|equivalentes|identiques|au moins)\b")

# what binds the persons or sub-processors is secrecy: keeping the data confidential, in confidence or secret, or a
# confidentiality (non-disclosure) undertaking
SECRECY = re.compile(
    r"\b(keep|keeps|kept|keeping|hold|holds|held|holding|treat\w*|maintain\w*|preserv\w*|garder|gardent|garde|conserver|"
    r"conservent|conserve|preserver|preservent|preserve|maintenir|maintiennent|respecter|respectent)\b (\w+ ){0,6}?"
    r"(confidential\w*|confidentiel\w*|in (\w+ )?confidence|secret|la confidentialite|le secret)\b|"
    r"\b(confidentiality|secrecy|non-disclosure|nondisclosure) (undertakings?|agreements?|obligations?|commitments?|"
    r"clauses?|terms)\b|\b(engagements?|obligations?|accords?|clauses?) (\w+ ){0,2}?de (confidentialite|secret|"
    r"non-divulgation)\b|\btenue?s? au secret\b")

_SAME = re.compile(r"\b(same|equivalent|similar|identical|comparable|no less|not less|at least|memes?|equivalent\w*|"
                   r"identiques?|similaires?|au moins)\b")

# the sub-processors as the ones paid
PAID_TO = re.compile(r"\b(owed|owing|due|payable|paid|invoiced|dues?|versee?s?|payee?s?|facturee?s?)\s+(by (the |us |it )?\w+ )?(to|a|"
                     r"aux?)\s+(its |their |the |any |ses |leurs |les |des )?(sub-?processors?|subprocessors?|sub-?contractors?|"
                     r"sous-traitants?( ulterieurs?)?|suppliers|fournisseurs)\b")
# an audit of money, not of the processing
FINANCIAL_AUDIT = re.compile(
    r"\b(financial|accounting|tax|billing|invoic\w*|fees?|pricing|comptables?|financiers?|fiscale?s?)\s+(audits?|controles?|"
    r"verifications?)\b|\b(audits?|controles?|verifications?) (\w+ ){0,2}?(comptables?|financiers?|fiscale?s?|of (the |its )?"
    r"(invoices?|fees|charges|accounts|books|billing|expenses|prices)|(des|de ses|de leurs) (factures|comptes|honoraires|frais|"
    r"prix))\b")
# things handed back that are no data, and the words that make the object data
_THINGS = re.compile(r"\b(materiels?|equipements?|equipment|hardware|badges?|keys|cles|devices?|laptops?|ordinateurs?|"
                     r"terminaux|logos?|locaux|premises|vehicles?|vehicules?|outillage|tools|furniture|mobilier|access cards?|"
                     r"cartes d'acces|"
                     # the kit of an IT or telecom service lent to the customer
                     r"routers?|routeurs?|modems?|switch(es)?|commutateurs?|firewalls?|pare-feux?|appliances?|boitiers?|"
                     r"box(es)?|sim( cards?)?|cartes sim|printers?|imprimantes?|copiers?|copieurs?|photocopieu?rs?|"
                     r"(smart)?phones?|telephones?|handsets?|tablets?|tablettes?|terminals?|chargers?|chargeurs?|"
                     r"accessories|accessoires|screens?|ecrans?|monitors?|moniteurs?|racks?|baies|onduleurs?|ups)\b")
# the goods marked as the provider's: lent, leased, rented or provided by it ("les imprimantes louées", "the loaned
# tablets", "mis à disposition par le Prestataire"), or going back to it or to the lessor - the personal data of point
# (g) go back to the controller, never to the processor
_PROVIDERS_GOODS = re.compile(
    r"\b(lent|loaned|on loan|leased|rented|hired|supplied by|provided by|furnished by|prete?e?s?|louee?s?|en location|"
    r"en pret|mise?s? a (la )?disposition|fournie?s? par)\b|"
    r"\b(returned|sent back|given back|handed back|shipped back|restitue\w*|retourne\w*|renvoye\w*|rendue?s?|remise?s?|"
    r"back)\b,? (\w+ ){0,3}?(to|au|a) (the |le |la |l')?(provider|supplier|vendor|lessor|owner|contractor|loueur|"
    r"bailleur|prestataire|fournisseur|titulaire|proprietaire|us)\b")
_DATA_WORDS = re.compile(r"\b(donnees|data|informations?|fichiers?|files?|copies|records|enregistrements|contenus?|content|"
                         r"databases?|bases? de donnees|backups?|sauvegardes?|documents?|documentation|e-?mails?|courriels?|"
                         r"dossiers?|materials)\b")


def _blank(text: str, a: int, b: int) -> str:
    return text[:a] + " " * (b - a) + text[b:]


def mask_serving(element: str, g: str) -> str:
    """`g` (folded) with the element's words that serve another act blanked (same length)."""
    if element == "art28_3c_security":
        for x in NON_DEGRADATION.finditer(g):
            g = _blank(g, x.start(), x.end())
    elif element == "art28_4_flow_down":
        for x in PAID_TO.finditer(g):
            g = _blank(g, x.start(), x.end())
    elif element == "art28_3h_audits_information":
        for x in FINANCIAL_AUDIT.finditer(g):
            g = _blank(g, x.start(), x.end())
        for x in AIM_OF_KEEPING.finditer(g):
            rest = g[:x.start("aim")] + g[x.end("aim"):]
            if not HANDOVER.search(rest):
                g = _blank(g, x.start("aim"), x.end("aim"))
    return g


def law_only_flow_down(f: str) -> bool:
    """Sub-processors bound to the law alone ("subject to terms that enforce compliance with applicable data
    protection laws"), with no word of the contract's own obligations."""
    return LAW_ONLY.search(f) is not None and CONTRACT_TERMS.search(f) is None


def secrecy_only_flow_down(f: str) -> bool:
    """Sub-processors (with the staff) bound to secrecy: the sentence's binding words are a confidentiality
    undertaking, compared with nothing of the processor's own terms ("keeps to the same confidentiality and security
    terms" flows those terms down); the caller keeps 28(4) when the processor's liability is also stated."""
    return SECRECY.search(f) is not None and _SAME.search(f) is None


def things_not_data(f: str) -> bool:
    """What is returned or removed names things ("le matériel", "the badges", "the routers") or goods marked as the
    provider's (lent, leased, going back to the provider or the lessor), and no data at all."""
    return (_THINGS.search(f) is not None or _PROVIDERS_GOODS.search(f) is not None) and _DATA_WORDS.search(f) is None
