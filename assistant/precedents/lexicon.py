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
    # Claims between the contracting parties themselves (a party's own losses), as opposed to claims
    # brought by a third party: a first-party indemnity covers the indemnitee's losses without
    # requiring a third party's claim; a "first party claim" exception lets one party recover from the
    # other. Clause cues: claims between the parties, direct claims, or an indemnity of losses a party
    # incurs in a clause that never names a third party.
    _c("first_party_claims",
       r"first[- ]part(?:y|ies)|direct claims?|claims? between the parties|entre les parties|"
       r"(?:own|propres?) (?:losses|pertes|prejudices)",
       r"(?s)(?:claims?|actions?|disputes?|losses) (?:brought |made |asserted )?(?:between|among) the parties|"
       r"(?:brought|made|asserted) by (?:one|either|a) party against the other|direct claims?|first[- ]party|"
       r"whether or not (?:involving|arising (?:from|out of)|in connection with) (?:a |any )?third[- ]part|"
       r"^(?!.*(?:third[- ]part|\btiers\b))(?=.*(?:indemnif|hold (?:\w+ )?harmless|indemnis|garanti))"
       r".*(?:(?:suffered|incurred|sustained) by|(?:subie?s?|supportee?s?) par)\b",
       "losses suffered incurred by the other party claims between the parties direct claims"),
    _c("warranty",
       r"\bwarrant(?:y|ies)\b|garantie",
       r"\bwarrant|garanti",
       "warrants warranty"),
)

# The other clause types lawyers file precedents under (CUAD's categories), so a query about one
# of them prefers the clauses of that type and searches with their usual vocabulary. Broader cues
# than the liability topics above: ranking weighs them as a feature of their own.
CLAUSE_TYPES: tuple[Concept, ...] = (
    _c("renewal",
       r"renew|reconduction|tacite",
       r"\brenew|automatically (?:extend|continue)|successive (?:\w+ )?(?:period|term)|reconduit|reconduction|"
       r"tacitement",
       "renew renewal automatically successive term expiration notice non-renewal reconduction tacite"),
    _c("termination_convenience",
       r"termination for convenience|terminate for convenience|without cause|resiliation (?:pour convenance|sans motif)|"
       r"sans motif",
       r"for convenience|without cause|for any reason or no reason|at any time (?:and )?for any reason|"
       r"(?:resilier|resiliation) [^.;]{0,60}sans (?:motif|avoir a justifier)",
       "terminate convenience without cause any reason notice resilier convenance"),
    _c("governing_law",
       r"governing law|choice of law|applicable law|governed by|droit applicable|loi applicable",
       r"governed by|governing law|construed in accordance with|laws of the state|droit applicable|loi applicable|"
       r"soumis au droit",
       "governed construed laws state governing law droit applicable"),
    _c("most_favored",
       r"most favou?red|\bmfn\b|client le plus favorise",
       r"most favou?red|no less favou?rable|not less favou?rable|(?:better|more favou?rable) (?:terms|prices?|pricing)|"
       r"lowest price|aussi favorables?",
       "most favored nation no less favorable terms prices lower"),
    _c("non_compete",
       r"non[- ]?compet|not compete|noncompet|non[- ]concurrence|clause de concurrence",
       r"not (?:directly or indirectly )?(?:\w+ ){0,3}compet|non[- ]?compet|competing (?:product|business|service)|"
       r"competitive (?:product|business)|non[- ]concurrence|concurren",
       "compete competing competitive business territory period non-concurrence"),
    _c("exclusivity",
       r"exclusivit|exclusive (?:dealing|supply|supplier|distribut|provider|purchas|right)",
       r"exclusiv|sole (?:and exclusive )?(?:supplier|distributor|provider|source)",
       "exclusive exclusivity sole territory exclusivite"),
    _c("non_solicitation",
       r"non[- ]?solicit|not solicit|no[- ]solicit|poaching|debauchage|non[- ]sollicitation",
       r"solicit|hire|employ (?:any|an) (?:employee|person)|debaucher|debauchage|sollicit",
       "solicit hire employees customers debauchage"),
    _c("non_disparagement",
       r"disparag|denigr|defam",
       r"disparag|defam|denigr|bring into disrepute|reputation|negative (?:statement|comment|remark)",
       "disparage disparaging defamatory remarks reputation denigrer"),
    _c("assignment",
       r"assign|transfer of (?:the )?agreement|cession|ceder le contrat",
       r"\bassign|transfer (?:this|the) agreement|cession|ceder",
       "assign assignment transfer consent affiliate successor cession"),
    _c("change_of_control",
       r"change (?:of|in) control|changement de controle",
       r"change (?:of|in) control|merger|acquisition of|controlling interest|changement de controle",
       "change control merger acquisition voting"),
    _c("first_refusal",
       r"right of first (?:refusal|offer|negotiation)|\brofr\b|\brofo\b|droit de preference|droit de premier refus",
       r"first (?:refusal|offer|negotiation)|droit de preference|premier refus",
       "right first refusal offer negotiation"),
    _c("ip_ownership",
       r"ip ownership|ownership of (?:the )?(?:ip|intellectual|work)|intellectual property (?:ownership|rights)|"
       r"work (?:made )?for hire|propriete intellectuelle|cession des droits",
       r"(?:sole|exclusive) (?:owner|property)|shall own|owns all|all right, title and interest|work made for hire|"
       r"hereby assigns?|propriete (?:exclusive|intellectuelle)|cede (?:a|au)",
       "own ownership right title interest intellectual property assigns work for hire propriete"),
    _c("license_grant",
       r"licen[cs]e grant|grant of (?:a )?licen|licen[cs]e to use|sub-?licen|concession de licence",
       r"grants? (?:to \w+ )?(?:an? )?(?:non-?exclusive|exclusive|limited|perpetual|royalty|worldwide|license)|"
       r"hereby licen|concede|licence d utilisation",
       "grants license non-exclusive non-transferable royalty worldwide right use licence"),
    _c("source_code_escrow",
       r"escrow|sequestre|depot (?:du|des) (?:code|sources)",
       r"escrow|source code|sequestre|code source",
       "source code escrow agent deposit release sequestre"),
    _c("audit",
       r"\baudit|inspect(?:ion)? (?:right|of (?:the )?books)|books and records",
       r"\baudit|inspect|books and records|examine|verifier",
       "audit inspect books records examine audit"),
    _c("insurance",
       r"insurance|insured|assurance",
       r"insurance|insured|insurer|coverage|policy|assurance|assureur",
       "insurance policy coverage insured insurer limits assurance"),
    _c("covenant_not_to_sue",
       r"not to sue|covenant not|ne pas (?:agir|poursuivre)",
       r"not to sue|not (?:to )?(?:bring|assert|institute|commence) (?:any )?(?:claim|action|suit|proceeding)|"
       r"covenants? not|challenge|contest the validity|renonce a (?:agir|toute action)",
       "covenant not sue assert claim challenge contest validity"),
    _c("liquidated_damages",
       r"liquidated damages|penalt|penalite|clause penale",
       r"liquidated damages|penalt|penalite|clause penale",
       "liquidated damages penalty penalite"),
    _c("third_party_beneficiary",
       r"third[- ]party beneficiar|stipulation pour autrui",
       r"third[- ]party beneficiar|beneficiaries|stipulation pour autrui",
       "third party beneficiary beneficiaries"),
    _c("minimum_commitment",
       r"minimum (?:commitment|purchase|order|volume|quantit)|take or pay|engagement (?:minimum|de volume)",
       r"minimum (?:commitment|purchase|order|volume|quantit|annual)|take or pay|at least \S+ (?:units|orders)|"
       r"engagement (?:minimum|de volume)",
       "minimum purchase commitment order quantity volume"),
    _c("post_termination",
       r"post[- ]termination|transition (?:services|assistance)|exit (?:assistance|plan)|reversibilit",
       r"(?:after|following|upon) (?:the )?(?:termination|expiration)|transition|wind[- ]down|sell[- ]off|"
       r"reversibilit",
       "after termination expiration transition wind-down reversibilite"),
)
ALL_TOPICS = TOPICS + CLAUSE_TYPES

# How a query asks for clauses WITHOUT a type ("indemnification clauses that do not include hold
# harmless"): the topics named in the few words after the cue are wanted absent.
ABSENT_QUERY = re.compile(r"(?:do(?:es)? not|don t|doesn t|that lack|lacking|not including|without|other than|"
                          r"n (?:incluant|incluent|incluant|comprenant|contenant|prevoyant) pas|sans)\s+"
                          r"(?P<what>(?:\S+\s+){0,5}\S+)")

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
# A query that puts the named liabilities UNDER the cap or the waiver ("a party's liability for fraud
# ... subject to a cap", "waiver applies to a party's liability for negligence", "plafond applicable
# a la faute"): those are wanted inside the limitation, not excepted from it.
INCLUDED_QUERY = re.compile(r"subject to (?:a |the |any )?(?:cap|limit|waiver|limitation)|"
                            r"(?:cap|limit|limitation|waiver|disclaimer|exclusion)s? (?:also )?appl(?:y|ies) to|"
                            r"(?:covered|limited) by (?:a |the )?(?:cap|waiver|limitation)|"
                            r"(?:plafond|limitation|exclusion)s? (?:s )?appliqu\w* (?:a|aux?)|soumise? au plafond")
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
# Words of a request that say what is wanted, not what the clause says.
META_QUERY = re.compile(r"\b(?:clauses?|provisions?|language|wording|examples?|precedents?|trouve[- ]moi|"
                        r"cherche|dans ma base|une|des|les)\b")
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
