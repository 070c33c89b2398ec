"""What kind of contract document this is, and the words that show it.

The review reads a DPA, an SLA annex or an order form differently from a full services
agreement: their silence on the liability cap or on the exit plan is not a finding, because
those terms live in another document of the contract. The type is decided from what the
document says of itself (its title, "This Data Processing Addendum…", "les présentes
conditions générales…"), then from its body (processor vocabulary, public-procurement
vocabulary, a short priced list) and its file name. Each decision carries the quoted words
that support it. What each type is expected to settle is data: prompts/review_doctypes.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import yaml

from assistant.paths import PROMPTS_DIR
from assistant.text import fold_keep_offsets

CATALOG = PROMPTS_DIR / "review_doctypes.yaml"
TITLE_LINES = 30        # a title is a short line near the top
TITLE_ZONE = 2500       # characters where the document names itself
TITLE_WEIGHT, SELF_WEIGHT, NAME_WEIGHT, BODY_WEIGHT = 4.0, 3.0, 1.5, 1.0
MIN_SCORE = 2.0

# Cues on folded text (lower case, no accents). Order matters only for ties.
CUES: dict[str, str] = {
    "dpa": r"data processing (agreement|addendum|terms|exhibit|schedule|annex|appendix)|\bdpa\b|"
           # a part named after its subject ("Schedule 4 – Data Protection", "Exhibit C: Processing of Personal Data")
           r"(schedule|exhibit|annex|appendix|attachment)( [a-z0-9]{1,3})?\s*[-:.]?\s*(the )?(data protection|"
           r"data processing|personal data|processing of personal data|(gdpr|uk gdpr) terms)\b|"
           r"data protection (agreement|addendum|terms|schedule|annex|exhibit)|processor terms|"
           r"(gdpr|rgpd) (addendum|annex|annexe|terms|clauses|avenant)|(annexe|avenant|clauses?) (rgpd|gdpr)|"
           r"(contrat|accord|avenant|annexe|clauses?|convention|conditions)( [\w'-]+){0,2}? "
           r"(de |du |des |sur (le |la |les )?|relati\w* (a|au|aux) (la |le |l')?|d')?"
           r"(traitement|sous-traitance|protection) (de |des |d')?(donnees|data)|"
           r"(sous-traitance|traitement) des donnees (a caractere )?personnel(le)?s?\b|"
           # the law named in full ("l'article 28 du règlement (UE) 2016/679", "Article 28 of Regulation (EU) 2016/679")
           r"article 28 (du |of )?((rgpd|gdpr)|(the )?(reglement|regulation) \(ue?\) ?(n[°o] ?)?2016/679)",
    "public_procurement_cctp": r"cahier des clauses techniques particulieres|\bcctp\b",
    "public_procurement_ccap": r"cahier des clauses administratives particulieres|\bccap\b|\bccag\b|marche public|"
                               r"accord-cadre (a bons de commande|mono-attributaire)",
    "sla": r"service level (agreement|schedule|annex|exhibit|terms)|\bsla\b|convention de services?|"
           r"(annexe|accord|engagements?|convention) (de |des |sur les )?niveaux? de services?|service description|"
           # a part named after its subject ("Schedule 3 - Service Levels", "Annexe 3 – Niveaux de service")
           r"(schedule|exhibit|annex|appendix|attachment|annexe|appendice)( [a-z0-9]{1,3})?\s*[-:.\u2013\u2014]?\s*(the )?"
           r"(service levels?|niveaux? de services?|qualite de service|engagements de (service|niveau))\b",
    # a part organising the end of the contract ("Annexe 4 — Plan de réversibilité", "Schedule 6 – Exit Management")
    "exit_plan": r"plan (de |d')(reversibilite|sortie|transition|transfert|restitution)|"
                 r"(exit|transition|transfer|reversibility|handover|handback)( management| assistance)? (plan|schedule|"
                 r"procedures?)|(schedule|exhibit|annex|appendix|attachment|annexe|appendice)( [a-z0-9]{1,3})?\s*"
                 r"[-:.\u2013\u2014]?\s*(the )?(reversibilite|exit( management| assistance)?|transition assistance)\b",
    # s36: a bidder's answer to a call for tenders, which the contract will join to the tender documents ("RESPONSE TO
    # REQUEST FOR PROPOSAL …", "Réponse à l'appel d'offres", "mémoire technique"): one part of a contract
    "tender_response": r"\b(response|reply|answer|submission) to (the |your |this )?(request for (proposals?|tenders?|"
                       r"quotations?)|rfp|rft|rfq|invitation to tender|itt|tender|call for tenders)\b|\btender (response|"
                       r"submission)\b|\breponse (a|au|a l') ?(l'appel d'offres|appel d'offres|consultation|cahier des charges|"
                       r"dossier de consultation)|\bmemoire technique\b|\boffre technique et financiere\b",
    "order_form": r"bon de commande|order form|purchase order|\bdevis\b|proposition (commerciale|tarifaire)|"
                  r"bulletin de (souscription|commande)|statement of work|\bsow\b",
    "terms_conditions": r"conditions (generales|particulieres|specifiques)|\bcg[vu]\b|terms (and|&) conditions|terms of (service|use)|"
                        r"general terms|standard terms|conditions (de service|d'utilisation)|"
                        # a provider's terms named by what they sell ("Hosting Terms", "Platform Terms", "Cloud Terms")
                        r"(hosting|platform|cloud|subscription|online services) terms\b",
    "support_maintenance": r"maintenance (agreement|contract|services agreement|and support)(?! and hosting)|"
                           r"contrat de maintenance(?! et (d'|de l'|de )?(hebergement|infogerance|exploitation))|"
                           r"(?<!hosting and )(?<!hosting & )support (agreement|services agreement|contract)|contrat (de support|d'assistance)|"
                           r"tierce maintenance|maintenance (informatique|applicative|logicielle)|"
                           r"software (maintenance|support)(?! (and|&) hosting)",
    "master_agreement": r"master ([\w-]+ ){0,2}?agreement|contrat[- ]cadre|accord[- ]cadre|"
                        r"framework agreement|\bmsa\b",
    "services_agreement": r"(hosting|managed services|outsourcing) (and|&) [\w-]+ (services )?agreement|"
                          r"(managed |it |professional |consulting |outsourcing |hosting |co-hosting |services? )"
                          r"(services )?agreement|managed ([\w-]+ ){1,2}?(operations?|services?) agreement|contrat (de prestations?|de services|d'infogerance|d'hebergement|"
                          r"de prestation de services)|infogerance|outsourcing agreement|hosting agreement|"
                          r"contrat de maintenance et (d'|de l'|de )?(hebergement|exploitation)|(maintenance|support) "
                          r"(and|&) hosting",
    # a change to a contract that is not supplied ("Avenant n° 2 au contrat d'infogérance", "Amendment No. 1 to the Master
    # Services Agreement", "Second Amendment to…"): last, so that a DPA written as an "avenant RGPD" stays a DPA
    "amendment": r"\bavenant (n[°o]\s?\d+\s)?(au|a la|a l'|du|de la|de l') ?(contrat|convention|accord|marche|conditions)|"
                 r"\b(first|second|third|fourth|fifth|\d+(st|nd|rd|th)) amendment\b|\bamendment (no\.?\s?\d+\s)?to (the |this )?"
                 r"([\w-]+ ){0,4}?(agreement|contract|terms)\b|\b(le present|this) (avenant|amendment)\b",
}
# How the document names itself: "This Master Services Agreement", "la présente convention de services".
SELF = re.compile(r"\b(this|the present|le present|la presente|les presentes|ce|cette)\s+((?:[\w'-]+\s+){0,5}?)"
                  r"(agreement|addendum|contract|contrat|convention|conditions generales|accord|terms|annexe|"
                  r"cahier|bon de commande|order form|avenant)\b")
BODY: dict[str, tuple[str, int]] = {  # (pattern, occurrences needed)
    "dpa": (r"sub-?processors?|sous-traitants? ulterieurs?|responsable (du|de) traitement|\bcontroller\b|"
            r"data subjects?|personnes concernees|donnees (a caractere )?personnelles|personal data", 12),
    "public_procurement_ccap": (r"pouvoir adjudicateur|acheteur public|titulaire du marche|code de la commande publique|"
                                r"acte d'engagement|\bccag\b|marche public", 3),
    "order_form": (r"quantite|\bqty\b|unit price|prix unitaire|total (ht|ttc|hors taxes)|\bsku\b|reference article", 3),
}
ON_PREMISE = re.compile(r"sur site|on-?premises?|dans (les|ses) locaux du client|chez le client|at (the )?customer'?s? "
                        r"(site|premises|location)|installed (at|on) (the )?(customer|client)|customer'?s? "
                        r"(own )?(infrastructure|systems|equipment)")
HOSTED = re.compile(r"heberg|\bhost(ing|ed|s)?\b|\bcloud\b|data ?cent(er|re)|\bsaas\b|\biaas\b|\bpaas\b|infogerance|"
                    r"managed services|services manages|remote(ly)? (administ|manag|monitor)|a distance|"
                    r"supervision|\bbackups?\b|sauvegarde")
_CUES = {k: re.compile(v) for k, v in CUES.items()}
# the document naming itself a schedule or annex of another agreement
_PART_OF = re.compile(r"\b(this|the present|la presente|le present|cette|ce)\s+(schedule|annex|exhibit|appendix|attachment|"
                      r"annexe|appendice)\b[^.]{0,60}?\b(forms? (an integral )?part of|is (attached|annexed) to|"
                      r"supplements?|fait (partie integrante|partie)|est (jointe?|annexee?) a[u]?|complete)\b")
# or its title names it an exhibit of an agreement it does not hold: "EXHIBIT C … to the Master Services Agreement dated
# March 3, 2026", "Annexe 2 au contrat d'infogérance du 4 mai 2026"
_EXHIBIT_OF = re.compile(r"(?:^|\n)(?:\W|\[\]\{[^}\n]{0,60}\})*(exhibit|schedule|annex|appendix|attachment|annexe|appendice)\s+([a-z]|\d+|[ivx]+)\b"
                         r"[^\n]{0,80}(?:\n[^\n]{0,200}){0,6}?\n\W*(?:[^\n]{0,80}\s)?(to|of|au|a l'|du|de l')\s+(the |le |la |l')?"
                         r"([\w-]+\s+){0,3}?(agreement|contract|contrat|accord|msa)\b[^\n]{0,40}\b(dated|du|en date du|signe)\b")
_BODY = {k: (re.compile(v), n) for k, (v, n) in BODY.items()}
# s33: minutes or a record of decisions whose signature makes them an amendment of a contract not supplied ("PROCÈS-VERBAL
# DU COMITÉ DE PILOTAGE" … "Signatures valant avenant pour les décisions D1 à D12"; "MINUTES OF THE STEERING COMMITTEE" …
# "these decisions, once signed, constitute an amendment to the Agreement"): the title names the minutes, the body says
# they amend the contract
_MINUTES_TITLE = re.compile(r"\b(proces-verbal|proces verbal|compte[- ]rendu|releve de decisions|minutes|record of "
                            r"(decisions|the meeting)|meeting notes)\b")
_AMENDS = re.compile(r"\b(valant|vaut|valent|ont valeur d'|a valeur d'|tient lieu d'|tiennent lieu d'|constitu\w* un)\s*avenant\b|"
                     r"\b(constitutes?|constituting|shall constitute|serves? as|serving as|signed as|take effect as|"
                     r"have the effect of|has the effect of) an amendment (to|of) (the|this)\b")
# s35: a letter giving notice that a running contract renews on changed terms or that its terms change ("Objet : Contrat
# d'infogérance n° … — avis de renouvellement et conditions applicables…", "Subject: your managed services agreement —
# changes to your terms at renewal"): it changes some terms of a contract it does not hold, as an amendment does
_NOTICE_SUBJECT = re.compile(r"(?m)^\W*(objet|subject|re)\s*:[^\n]{0,160}\b(contrat|contract|agreement|convention|conditions|"
                             r"terms|services|prestations|abonnement|subscription)\b[^\n]{0,160}\b(renouvellement|reconduction|"
                             r"modification|nouvelles conditions|conditions applicables|avenant|renewal|changes?|amendment|"
                             r"revised terms|new terms)|"
                             r"^\W*(objet|subject|re)\s*:[^\n]{0,160}\b(renouvellement|reconduction|modification|renewal|"
                             r"changes?|amendment)\b[^\n]{0,160}\b(contrat|contract|agreement|convention|conditions|terms|services|"
                             r"prestations|abonnement|subscription)\b")
SERVICE_TOPICS = {"scope", "service_delivery", "sla", "pricing_payment", "support_hours"}

# What a document of a partial type must itself carry (issue 13, point 6): a processor agreement the terms of
# Art. 28(3) GDPR (the processing described, instructions, confidentiality of staff, security), an SLA annex its
# service levels and the credits that back them, an order form the parties, what is ordered, its price and its
# term. Any other type is checked against the whole list of essential topics less what its type leaves elsewhere
# (`absence_not_expected` in the catalogue).
CHECKLISTS: dict[str, tuple[str, ...]] = {
    "dpa": ("data_protection", "confidentiality", "security"),
    "sla": ("sla", "penalties"),
    "order_form": ("parties", "scope", "pricing_payment", "duration_renewal"),
    "exit_plan": ("reversibility",),
    "amendment": (),  # it changes some terms of a contract it does not hold: none of the essentials is its own to carry
    # a bid carries its price; what is bought (the scope) and the other terms are the tender documents' it answers,
    # requirement by requirement
    "tender_response": ("pricing_payment",),
}
# In a processor agreement, an Art. 28 element stated as an obligation settles the checklist topic it belongs to
# (28(3)(b) is the confidentiality a DPA owes, 28(3)(c) its security, the subject-matter or the documented
# instructions its description of the processing), whatever the clause's heading.
ART28_SETTLES: dict[str, str] = {
    "art28_3_subject_matter": "data_protection", "art28_3a_documented_instructions": "data_protection",
    "art28_3b_confidentiality": "confidentiality", "art28_3c_security": "security",
}


@dataclass(frozen=True)
class Evidence:
    quote: str
    start: int
    end: int
    where: str  # "title", "self" (the document naming itself), "body", "name" (the file name)

    def to_json(self) -> dict:
        return {"quote": self.quote, "start": self.start, "end": self.end, "where": self.where}


@dataclass(frozen=True)
class DocumentType:
    kind: str
    evidence: tuple[Evidence, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)

    def name(self, lang: str = "en") -> str:
        entry = _catalog().get(self.kind) or _catalog()["unknown"]
        return entry.get(lang) or entry["en"]

    def absence_expected(self, topic: str) -> bool:
        """Is it a finding that this document says nothing on `topic`?"""
        entry = _catalog().get(self.kind) or {}
        return topic not in set(entry.get("absence_not_expected") or [])

    def checklist(self, essentials: Iterable[str]) -> list[str]:
        """The essential topics a document of this type must itself settle, in the order of `essentials` (the
        taxonomy's): its own checklist for a partial type, else every essential topic its type is expected to
        speak of."""
        own = CHECKLISTS.get(self.kind)
        return [t for t in essentials if (t in own if own is not None else self.absence_expected(t))]

    def settled_by_art28(self, present: Iterable[str]) -> set[str]:
        """Checklist topics a processor agreement settles through the Art. 28 elements it states (none for other
        types: a staff-confidentiality duty is no confidentiality clause of a services contract)."""
        return {ART28_SETTLES[e] for e in present if e in ART28_SETTLES} if self.kind == "dpa" else set()

    @property
    def terms_elsewhere(self) -> str | None:
        """For one part of a contract (DPA, SLA annex, order form, CCAP/CCTP): which document holds the rest
        (`main_agreement`, `ccap`, `cctp`); None for a document meant to settle the whole contract."""
        return (_catalog().get(self.kind) or {}).get("terms_elsewhere")

    @property
    def own_object(self) -> set[str]:
        """Topics that, in this type, describe the document's own object, not the contract's (a DPA's scope
        article is the processing's scope, not the services')."""
        return set((_catalog().get(self.kind) or {}).get("own_object") or [])

    @property
    def partial(self) -> bool:
        """A document that settles only part of a contract (its other terms live elsewhere)."""
        return self.kind in PARTIAL

    def to_json(self, lang: str = "en") -> dict:
        return {"type": self.kind, "name": self.name(lang), "evidence": [e.to_json() for e in self.evidence],
                "scores": {k: round(v, 2) for k, v in sorted(self.scores.items(), key=lambda kv: -kv[1])[:4]}}


PARTIAL = {"dpa", "sla", "order_form", "public_procurement_cctp", "support_on_premise", "exit_plan", "amendment",
           "tender_response"}


@lru_cache(maxsize=1)
def _catalog(path: Path = CATALOG) -> dict[str, dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["types"]


@lru_cache(maxsize=1)
def elsewhere_wording(path: Path = CATALOG) -> dict:
    """The grouped finding's wording (`elsewhere` in the catalogue): heading, and issue/ask per target and language."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))["elsewhere"]


def known_types() -> list[str]:
    return list(_catalog())


# A line of a table of contents ("EXHIBIT A   Data Processing Terms ....... 5", "Annexe 2  Accord … 12"): it lists a part
# of the document with its page, it does not name the document.
_CONTENTS_LINE = re.compile(r"(\.\s?){4,}\s*\d+\s*$|…{2,}\s*\d+\s*$|\S\s{3,}\d{1,3}\s*$")
# A heading that opens one part of the document (an exhibit, a schedule, an annex): below the document's own title it
# names that part, not the whole ("EXHIBIT A", "Schedule 2 – Data Protection Terms", "Annexe 3 : RGPD"), and so do
# the headings after it.
_PART_HEADING = re.compile(r"^[#*\s]*(exhibit|schedule|appendix|annex|attachment|annexe|appendice|piece jointe)\s+"
                           r"([a-z]|\d+|[ivx]+)\b", re.I)


_CONTENTS_HEAD = re.compile(r"^[#*\s]*(table of contents|contents|sommaire|table des mati[eè]res|index)[*\s:]*$", re.I)


def _title_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the short lines at the top, and the opening words of flat text. Lines of a table of contents,
    and headings of one exhibit or annex below the document's own title, are parts of the document, not its name."""
    out, pos, seen, named, contents = [], 0, 0, False, False
    for line in text[:TITLE_ZONE].split("\n"):
        s = line.strip()
        # the lines under a "Table of contents" / "Sommaire" heading list the document's parts, page numbers or not
        # ("SCHEDULE 1    Service Description"), up to a blank or ruled line
        if _CONTENTS_HEAD.match(s):
            contents = True
            pos += len(line) + 1
            continue
        if contents and (not s or re.fullmatch(r"[-=_*~.\s]{3,}", s)):
            contents = False
        if contents:
            pos += len(line) + 1
            continue
        if s and named and _PART_HEADING.match(fold_keep_offsets(s)) and not _CONTENTS_LINE.search(s):
            break  # the first exhibit or annex begins below a title that named the document: what follows is that
            # part's, not the document's title (a pasted exhibit under a line of chat is the document itself)
        if s and _CONTENTS_LINE.search(s):
            seen += 1
            pos += len(line) + 1
            continue
        if s:
            seen += 1
            # French titles are often in sentence case ("Accord de traitement de données"): the first
            # few short lines that do not end like a sentence count as title lines too
            if len(s) <= 120 and len(s.split()) <= 14 and (
                    _title_like(s) or (seen <= 3 and len(s.split()) <= 14 and not s.endswith((".", ";", ",")))):
                out.append((pos + line.find(s), s))
                named = named or any(rx.search(fold_keep_offsets(s)) for rx in _CUES.values())
            elif len(s) > 300 and seen == 1:  # text with no layout: the title is in its first words
                out.append((pos + line.find(s), s[:120]))
        if seen >= TITLE_LINES:
            break
        pos += len(line) + 1
    return out


RULED_ZONE = 6000  # how far down a pasted document's own title may stand


def _ruled_titles(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the lines in capitals set between two ruled lines ("-----" above and below) near the top."""
    lines, out, pos = text[:RULED_ZONE].split("\n"), [], 0
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    ruled = [bool(re.fullmatch(r"\s*[-=_~*]{8,}\s*", x)) for x in lines]
    for i in range(1, len(lines) - 1):
        s = lines[i].strip()
        letters = [c for c in re.sub(r"\([^)]*\)", " ", s) if c.isalpha()]  # "(effective 1 February 2026)" aside
        if ruled[i - 1] and ruled[i + 1] and letters and len(s) <= 120 and re.search(r"[A-Z]{3}", s) and \
                sum(c.isupper() for c in letters) >= 0.7 * len(letters):
            out.append((offsets[i] + lines[i].find(s), s))
    return out


_SMALL = {"of", "and", "or", "to", "the", "for", "in", "on", "by", "with", "a", "an", "de", "des", "du", "la", "le", "les",
          "et", "ou", "a", "au", "aux", "en", "par", "pour", "sur", "d", "l"}


def _title_like(line: str) -> bool:
    """A title, not a wrapped sentence: in capitals, in Title Case, or a Markdown heading. A line that opens in lower case
    or ends a sentence of several words is the rest of a sentence ("the Service Description for my plan and the Data
    Processing Addendum."), however many capitals its names carry."""
    if line.startswith("#"):
        return True
    if line[:1].islower() or (line.endswith(".") and len(line.split()) >= 6):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w.lower() not in _SMALL]
    if not words:
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words)


# "Conditions particulières" are the negotiated part of a contract when both parties are named, both sign and the
# figures of the deal are written in them; a provider's standard "conditions générales" stay terms.
_SPECIFIC = re.compile(r"conditions (particulieres|specifiques)|special (terms|conditions)|specific (terms|conditions)")
_GENERAL = re.compile(r"conditions generales|\bcg[vu]\b|general terms|standard terms|terms (of (service|use)|and conditions)")
_BOTH_NAMED = re.compile(r"\b(entre|between)\b.{0,600}?\b(et|and)\b.{0,600}?\b(ci-?apres|hereinafter|ensemble (denommees|"
                         r"designees)|together|les parties|the parties|d'autre part)\b", re.S)
_CLIENT_SIGN = r"(pour le client|pour le beneficiaire|pour l'acheteur|for the customer|for the client|le client\b[^\n]{0,20}" \
               r"(signature|nom)|customer[^\n]{0,12}(signature|by:|name:)|signature du client)"
_PROVIDER_SIGN = r"(pour le prestataire|pour le fournisseur|pour l'infogereur|pour le titulaire|for the (provider|supplier|" \
                 r"vendor|contractor)|le prestataire\b[^\n]{0,20}(signature|nom)|(provider|supplier|vendor)[^\n]{0,12}" \
                 r"(signature|by:|name:)|signature du prestataire)"
_SIGNED = re.compile(r"fait a [^\n]{0,80}|in witness whereof|signed (by|for)|lu et approuve|en (deux|2) exemplaires|"
                     r"executed (by|as of)|^[#*\s]*signatures?[*\s:]*$", re.M)
_MONEY = re.compile(r"\d[\d  .,]*\s?(eur\b|euros?\b|€|k€|\$|usd\b|£|gbp\b)|(€|\$|£)\s?\d")


def negotiated_contract(text: str, folded: str, tc_evidence: list[Evidence]) -> Evidence | None:
    """Specific conditions that are the contract itself: titled "conditions particulières" (not the general ones),
    naming both parties, signed by both and carrying the negotiated figures. The signature block is the evidence."""
    titles = [fold_keep_offsets(e.quote) for e in tc_evidence if e.where == "title"]
    if not any(_SPECIFIC.search(t) for t in titles) or any(_GENERAL.search(t) and not _SPECIFIC.search(t)
                                                           for t in titles):
        return None  # the title names the specific conditions, and no title line names general ones
    if not _BOTH_NAMED.search(folded[:TITLE_ZONE + 2000]):
        return None
    # the signature block: after the clauses (an annex may follow it), both sides' signature lines near it
    sign = next((m for m in _SIGNED.finditer(folded, len(folded) // 3)
                 if re.search(_CLIENT_SIGN, folded[max(0, m.start() - 300):m.end() + 800])
                 and re.search(_PROVIDER_SIGN, folded[max(0, m.start() - 300):m.end() + 800])), None)
    if sign is None:
        return None
    if not any(not re.search(r"capital\b[^.\n]{0,25}$", folded[max(0, m.start() - 30):m.start()])
               for m in _MONEY.finditer(folded)):
        return None  # the deal's figures, not a party's share capital
    at = sign.start()
    return Evidence(text[at:at + min(120, len(sign.group(0)) + 60)].strip(), at, at + len(sign.group(0)), "body")


def detect(text: str, *, name: str = "", topics: Iterable[str] = ()) -> DocumentType:
    """The document's type with the quoted words that show it."""
    folded = fold_keep_offsets(text)
    scores: dict[str, float] = {}
    evidence: dict[str, list[Evidence]] = {}

    def add(kind: str, weight: float, ev: Evidence) -> None:
        scores[kind] = scores.get(kind, 0.0) + weight
        evidence.setdefault(kind, []).append(ev)

    for off, line in _title_lines(text):
        low = folded[off:off + len(line)]
        for kind, rx in _CUES.items():
            m = rx.search(low)
            if m:
                add(kind, TITLE_WEIGHT, Evidence(line[:160], off, off + len(line), "title"))
    for m in SELF.finditer(folded[:TITLE_ZONE]):
        phrase = m.group(0)
        for kind, rx in _CUES.items():
            if rx.search(phrase):
                add(kind, SELF_WEIGHT, Evidence(text[m.start():m.end()], m.start(), m.end(), "self"))
                break
    for kind, (rx, need) in _BODY.items():
        hits = list(rx.finditer(folded))
        if len(hits) >= need:
            first = hits[0]
            add(kind, BODY_WEIGHT * min(3.0, len(hits) / need),
                Evidence(text[first.start():first.end()], first.start(), first.end(), "body"))
    stem = fold_keep_offsets(Path(name).stem.replace("_", " ").replace("-", " ")) if name else ""
    for kind, rx in _CUES.items():
        if stem and rx.search(stem):
            add(kind, NAME_WEIGHT, Evidence(name, -1, -1, "name"))
    topics = set(topics)
    if "dpa" in scores and len(text) > 40000 and not any(e.where in ("title", "self") for e in evidence["dpa"]):
        del scores["dpa"]  # processor vocabulary inside a long services agreement: a DPA section, not a DPA
    if not scores:
        # a document pasted under a cover note or a system record ("ORDER ACCEPTANCE RECORD … Below: copy of the Terms
        # of Service"): its own title stands further down, a line in capitals between two rules
        for off, line in _ruled_titles(text):
            low = folded[off:off + len(line)]
            for kind_, rx in _CUES.items():
                if rx.search(low):
                    add(kind_, TITLE_WEIGHT, Evidence(line[:160], off, off + len(line), "title"))
                    break
    kind = "unknown"
    if scores:
        best = max(scores.values())
        if best >= MIN_SCORE:
            kind = max(scores, key=lambda k: (scores[k], -list(CUES).index(k) if k in CUES else 0))
    if kind in ("services_agreement", "master_agreement", "terms_conditions", "support_maintenance") and any(
            e.where in ("title", "self") for e in evidence.get("amendment", [])):
        kind = "amendment"  # "Avenant n° 2 au contrat d'infogérance": the title names the contract it changes
    if kind in ("unknown", "services_agreement", "master_agreement", "support_maintenance") and any(
            _MINUTES_TITLE.search(fold_keep_offsets(line)) for _, line in _title_lines(text)):
        amends = _AMENDS.search(folded)
        if amends:
            kind = "amendment"  # minutes of a committee whose signed decisions amend the contract
            evidence.setdefault(kind, []).append(Evidence(text[amends.start():amends.end()], amends.start(), amends.end(),
                                                          "self"))
    if kind in ("unknown", "services_agreement", "master_agreement", "support_maintenance", "terms_conditions"):
        notice = _NOTICE_SUBJECT.search(folded[:TITLE_ZONE])
        if notice:
            kind = "amendment"  # a notice letter that changes the terms of the contract it names
            evidence.setdefault(kind, []).append(Evidence(text[notice.start():notice.end()].strip(), notice.start(),
                                                          notice.end(), "self"))
    exhibit = _EXHIBIT_OF.search(folded[:TITLE_ZONE])  # (the agreement its title names is the other document)
    part_of = _PART_OF.search(folded[:TITLE_ZONE]) or exhibit
    if part_of and kind in ("unknown", "services_agreement", "master_agreement") and (exhibit or not any(
            e.where in ("title", "self") for e in evidence.get(kind, []))):
        # a document that says of itself it is a schedule or annex of another agreement ("This Schedule forms part of
        # the Managed Services Agreement", "la présente annexe fait partie du contrat d'infogérance") is that part:
        # naming the main agreement does not make it one; its body says which part
        part = "dpa" if "data_protection" in topics and not topics & {"sla", "penalties"} else \
            "sla" if topics & {"sla", "penalties"} else None
        if part is not None:
            kind = part
            evidence.setdefault(kind, []).append(Evidence(text[part_of.start():part_of.end()], part_of.start(),
                                                          part_of.end(), "self"))
    if kind == "unknown" and len(topics & SERVICE_TOPICS) >= 2:
        kind = "services_agreement"
    if kind == "support_maintenance" and ON_PREMISE.search(folded) and not HOSTED.search(folded):
        kind = "support_on_premise"
        m = ON_PREMISE.search(folded)
        evidence.setdefault(kind, []).append(Evidence(text[m.start():m.end()], m.start(), m.end(), "body"))
    if kind == "terms_conditions":
        signed = negotiated_contract(text, folded, evidence.get(kind, []))
        if signed is not None:
            kind = "services_agreement"
            evidence[kind] = evidence.get("terms_conditions", [])[:1] + [signed]
    chosen = evidence.get(kind, []) + (evidence.get("support_maintenance", []) if kind == "support_on_premise" else [])
    return DocumentType(kind=kind, evidence=tuple(chosen[:4]), scores=scores)
