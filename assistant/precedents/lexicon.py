"""Words that name the facts precedent search matches on, in the query (FR/EN) and in clauses.

Patterns run over folded text (`assistant.text.fold`: lower case, no accents). Each concept has
query cues (how a drafter asks for it, in French or English), clause cues (how a clause states
it, in English or French) and expansion words (English and French clause vocabulary added to
the keyword query, so a French query finds English clauses and the reverse).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Concept:
    name: str
    query: re.Pattern
    clause: re.Pattern
    expansion: str


def _c(name: str, query: str, clause: str, expansion: str) -> Concept:
    return Concept(name, re.compile(query), re.compile(clause), expansion)


# What a clause does (its topic), as far as the facts go.
TOPICS: tuple[Concept, ...] = (
    _c("liability_cap",
       r"\bcap\b|\bcaps\b|\bcapped\b|plafon|limit(?:ation|ed)? (?:of|on|de) (?:liability|responsabilite)|"
       r"liability (?:cap|limit)|maximum liability|montant maximum",
       r"shall not exceed|not to exceed|will not exceed|in excess of|(?:aggregate|total|maximum|cumulative|entire) "
       r"liability|liability [^.;]{0,80}(?:limited to|exceed)|limited to (?:the )?(?:amount|total|sum|aggregate)|"
       r"ne (?:saurait|pourra|peut) (?:exceder|depasser)|plafonn|dans la limite",
       "liability limited exceed aggregate total amount responsabilite plafond limite montant"),
    _c("indirect_damages",
       r"indirect|consequential|incidental|lost profits?|loss of profits?|special damages|punitive|"
       r"dommages? indirects?|prejudices? indirects?|manque a gagner|perte de (?:chiffre|benefice|profit)",
       r"indirect|consequential|incidental|special|punitive|exemplary|lost profits?|loss of (?:profits?|revenue|"
       r"business|data|use)|prejudices? indirects?|dommages? indirects?|manque a gagner|perte de (?:chiffre|benefice)",
       "indirect consequential incidental special punitive damages lost profits dommages indirects"),
    _c("warranty_disclaimer",
       r"warrant(?:y|ies) disclaim|disclaim(?:s|er)? (?:of )?(?:all |implied )?warrant|implied warrant|"
       r"merchantab|fitness for|garanties? implicites?|exclusion de garantie|as is|en l etat",
       r"disclaim|merchantab|fitness for a particular|makes? no (?:other )?(?:representations? or )?warrant|"
       r"implied warrant|non-?infringement|\bas is\b|en l etat|garanties? implicites?",
       "disclaims implied warranties merchantability fitness particular purpose garantie"),
    _c("as_is",
       r"\bas is\b|en l etat",
       r"\bas is\b|\bas available\b|en l etat",
       "as is as available"),
    _c("exclusive_remedy",
       r"exclusive remed|sole remed|seul recours|recours exclusif|repair|replace|refund|remplacement|reparation|"
       r"rembourse",
       r"sole and exclusive|exclusive remed|sole remed|repair or replace|replace or repair|refund|"
       r"seul (?:et unique )?recours|remplacement|rembourse",
       "sole exclusive remedy repair replace refund"),
    _c("indemnification",
       r"indemn|hold harmless|garantir? (?:contre|le client)|garantie d eviction",
       r"indemnif|hold (?:\w+ )?harmless|defend|garanti[rt]|indemnis",
       "indemnify defend hold harmless claims indemniser garantir"),
    _c("hold_harmless",
       r"hold harmless|garantir? et (?:tenir|relever) indemne",
       r"hold (?:\w+ )?harmless|harmless|tenir indemne|relever indemne",
       "hold harmless"),
    _c("third_party_claims",
       r"third[- ]part(?:y|ies)|tiers",
       r"third[- ]part(?:y|ies)|\btiers\b",
       "third party claims tiers"),
    _c("warranty",
       r"\bwarrant(?:y|ies)\b|garantie",
       r"\bwarrant|garanti",
       "warrants warranty"),
)

# Exceptions to a cap or to a waiver of damages.
CARVE_OUTS: tuple[Concept, ...] = (
    _c("bodily_injury", r"bodily|personal injur|death|corporel|deces|blessure",
       r"bodily|personal injur|death|corporel|deces|blessure", "bodily personal injury death dommages corporels"),
    _c("fraud", r"fraud", r"fraud", "fraud fraude"),
    _c("gross_negligence", r"gross(?:ly)? neglig|faute lourde", r"gross(?:ly)? neglig|faute lourde",
       "gross negligence faute lourde"),
    _c("wilful_misconduct", r"wil?lful|intentional|faute intentionnelle|dol",
       r"wil?lful|intentional misconduct|faute intentionnelle|\bdol\b", "willful misconduct faute intentionnelle"),
    _c("negligence", r"(?<!gross )neglig", r"(?<!gross )(?<!grossly )neglig", "negligence"),
    _c("ip_infringement", r"infring|intellectual property|\bip\b|contrefacon|propriete intellectuelle",
       r"infring|misappropriat|intellectual property|contrefacon|propriete intellectuelle",
       "infringement intellectual property contrefacon"),
    _c("confidentiality", r"confidential", r"confidential", "confidentiality confidentialite"),
    _c("data_breach", r"data (?:breach|protection|security)|personal data|violation de donnees|donnees personnelles|"
       r"securite des donnees|rgpd|gdpr",
       r"data (?:breach|protection|security)|personal (?:data|information)|privacy|security breach|"
       r"donnees (?:personnelles|a caractere personnel)|rgpd|gdpr", "data breach personal data privacy"),
    _c("indemnification", r"indemn", r"indemnif|indemnity|indemnis", "indemnification obligations"),
    _c("compliance_with_law", r"compliance with (?:applicable )?law|violation of law|subject to (?:applicable )?law|"
       r"respect de la loi|permitted by law", r"(?:applicable|governing) law|permitted by law|prohibited by law|"
       r"compliance with|violation of (?:any )?law|cannot be (?:limited|excluded)|requis par la loi",
       "applicable law permitted by law"),
)

CARVE_QUERY = re.compile(r"carve[- ]?outs?|exception|exclu(?:ding|sion)s?|\bexcept\b|\bsauf\b|hors |"
                         r"a l exception|ne s applique pas|does not apply|deplafonn|non plafonn")
NO_CARVE_QUERY = re.compile(r"without (?:any )?(?:carve[- ]?outs?|exceptions?)|no (?:carve[- ]?outs?|exceptions?)|"
                            r"unqualified|sans (?:aucune )?(?:exception|exclusion|reserve)")
CARVE_CLAUSE = re.compile(r"\bexcept\b|excluding|exclusive of|other than|shall not apply|does not apply|will not apply|"
                          r"not (?:limit|apply to)|notwithstanding|exception|exclu|\bsauf\b|a l exception|"
                          r"ne s applique(?:nt)? pas|hors ")

SELLER_WORDS = (r"seller|supplier|vendor|licensor|provider|service provider|manufacturer|contractor|consultant|"
                r"developer|prestataire|fournisseur|vendeur|concedant|titulaire|sous-traitant|infogerant")
BUYER_WORDS = (r"buyer|customer|client|purchaser|licensee|distributor|reseller|acheteur|acquereur|licencie|"
               r"donneur d ordre|beneficiaire")
SIDE_QUERY = {
    "seller": re.compile(rf"(?:{SELLER_WORDS}|sell-side)[- ]?(?:favou?rable|friendly|favou?ring|side)|"
                         rf"favou?r(?:able|s|ing)? (?:to |the )*(?:{SELLER_WORDS})|favorable (?:au|a la|aux) "
                         rf"(?:{SELLER_WORDS})|pro[- ](?:{SELLER_WORDS})"),
    "buyer": re.compile(rf"(?:{BUYER_WORDS})[- ]?(?:favou?rable|friendly|favou?ring|side)|"
                        rf"favou?r(?:able|s|ing)? (?:to |the )*(?:{BUYER_WORDS})|favorable (?:au|a la|aux|a l) "
                        rf"(?:{BUYER_WORDS})|pro[- ](?:{BUYER_WORDS})"),
    "mutual": re.compile(r"\bmutual\b|reciproque|balanced|equilibre|both part|either party|each party"),
}
MUTUAL_CLAUSE = re.compile(r"\b(?:neither|either|each|both) part(?:y|ies)\b|\bthe parties\b|aucune des parties|"
                           r"chacune des parties|chaque partie|les parties")
SELLER_CLAUSE = re.compile(rf"\b(?:{SELLER_WORDS})s?\b")
BUYER_CLAUSE = re.compile(rf"\b(?:{BUYER_WORDS})s?\b")

FIXED_QUERY = re.compile(r"fix(?:ed)? (?:fee|amount|sum|price)|flat fee|montant fixe|forfait|somme fixe|"
                         r"fixed[- ]fee|fix fee|dollar amount|specific amount")
PRICE_QUERY = re.compile(r"purchase price|price paid|fees? paid|amounts? paid|prix|montants? (?:verses|payes)|"
                         r"redevances? (?:versees|payees)")
PRICE_CLAUSE = re.compile(r"purchase price|price paid|(?:fees|amounts|sums|price|charges|royalties) (?:actually )?"
                          r"(?:paid|payable|received)|paid (?:or payable )?(?:by|to)|prix|sommes? (?:versees|payees)|"
                          r"montants? (?:verses|payes)")
INSURANCE_CLAUSE = re.compile(r"insurance|assurance")
