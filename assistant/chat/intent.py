"""What the user wants from this turn: a question, a term explained, means vs result,
a clause or contract drafted, a review, or something outside the product's field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.knowledge.taxonomy import load_taxonomy
from assistant.text import fold  # noqa: F401 - also imported from here by the dialog and hints

INTENTS = ("question", "explain_term", "obligations", "draft_clause", "draft_contract", "revise", "review",
           "out_of_scope")

# abbreviations and common spellings that name a taxonomy term
_ALIASES = {
    "gtr": ["gtr", "garantie de temps de retablissement", "guaranteed restoration time", "temps de retablissement"],
    "gti": ["gti", "garantie de temps d'intervention", "guaranteed intervention time", "temps d'intervention"],
    "sla": ["sla", "slas", "niveau de service", "niveaux de service", "service level agreement"],
    "response_time": ["delai de prise en charge", "prise en charge", "response time"],
    "resolution_time": ["delai de resolution", "resolution time", "temps de resolution"],
    "availability": ["taux de disponibilite", "availability rate", "disponibilite", "uptime", "availability"],
    "mco": ["mco", "maintien en condition operationnelle"],
    "rmm": ["rmm"], "psa": ["psa"], "edr": ["edr", "xdr"], "rto": ["rto"], "rpo": ["rpo"],
    "pca_pra": ["pca", "pra", "pca/pra", "plan de continuite", "plan de reprise", "disaster recovery", "business continuity"],
    "dpa": ["dpa", "data processing agreement", "accord de sous-traitance", "processor contract", "processor agreement",
            "data processing contract", "data processing terms", "contrat de sous-traitant rgpd", "contrat de sous-traitance rgpd",
            "processor terms", "processor clauses"],
    "dpia": ["aipd", "dpia", "analyse d'impact", "impact assessment"],
    "nda": [], "confidentiality_nda": ["nda", "accord de confidentialite", "non-disclosure"],
    "kpi": ["kpi", "kpis", "indicateurs cles"], "qbr": ["qbr", "revue trimestrielle", "quarterly business review"],
    "steering_committee": ["copil", "comite de pilotage", "steering committee"],
    "esn": ["esn", "ssii"], "msp": ["msp", "managed service provider", "fournisseur de services manages", "infogereur"],
    "infogerance": ["infogerance", "it outsourcing"],
    "obligation_of_means": ["obligation de moyens", "obligation of means", "best efforts", "best endeavours",
                            "best endeavors", "reasonable endeavours", "reasonable endeavors", "reasonable efforts",
                            "commercially reasonable efforts", "all reasonable endeavours", "reasonable care and skill",
                            "efforts raisonnables", "meilleurs efforts"],
    "indirect_damages": ["dommages indirects", "dommage indirect", "prejudice indirect", "prejudices indirects",
                         "dommages immateriels consecutifs", "indirect damages", "indirect damage", "indirect loss",
                         "indirect losses", "consequential loss", "consequential losses", "consequential damages",
                         "consequential damage"],
    "reinforced_obligation_of_means": ["obligation de moyens renforcee", "reinforced obligation of means"],
    "obligation_of_result": ["obligation de resultat", "obligation of result"],
    "sub_processor": ["sous-traitant ulterieur", "sub-processor", "subprocessor", "sous traitant ulterieur",
                      "sous-traitants du presta", "sous-traitants du prestataire", "sous-traitants du msp",
                      "sous-traitants de notre msp", "sous-traitants de notre prestataire", "msp's subcontractors",
                      "provider's subcontractors"],
    "processor": ["sous-traitant au sens du rgpd", "processor", "sous-traitant rgpd"],
    "controller": ["responsable du traitement", "responsable de traitement", "controller"],
    "personal_data_breach": ["violation de donnees", "fuite de donnees", "data breach", "personal data breach",
                             "ransomware", "rancongiciel", "rancongiciels", "donnees volees", "data was stolen", "data stolen",
                             "donnees piratees", "fuite de fichiers clients"],
    "price_indexation": ["indice syntec", "syntec", "indexation", "indexer", "indice", "smic", "price index",
                         "indexed", "indexing", "index our fees", "index the price"],
    "termination_for_convenience": ["resilie pour convenance", "resilier pour convenance", "sortie anticipee",
                                    "early termination", "terminate for convenience"],
    "late_payment": ["penalites de retard", "indemnite forfaitaire", "late payment", "l441-10", "arreter de payer",
                     "arrete de payer", "cesser de payer", "ne plus payer", "stop paying", "stopped paying",
                     "withhold payment", "withholding payment", "exception d'inexecution", "defence of non-performance"],
    "limitation_period": ["prescription", "prescrit", "prescrite", "prescrits", "trop tard pour agir",
                          "trop tard pour reclamer", "trop tard pour attaquer", "trop tard pour poursuivre",
                          "encore agir", "encore reclamer", "encore attaquer", "delai pour agir", "too late to sue",
                          "too late to claim", "too late to act", "too late to do anything", "time-barred",
                          "time barred", "statute of limitations", "limitation period", "still sue", "still claim",
                          "renonce a toute action", "renoncer a toute action", "renonce a agir", "renoncer a agir",
                          "waive any claim", "waive all claims", "waives any claim", "waive any action",
                          "raccourcir le delai", "shorten the limitation", "delai de prescription"],
    "termination_for_cause": ["clause resolutoire", "clauses resolutoires", "resolutory clause", "resolutory clauses",
                              "express termination clause", "resiliation pour manquement", "termination for breach"],
    "tacit_renewal": ["tacite reconduction", "automatic renewal", "reconduction tacite", "reconduit tacitement",
                      "tacit renewal", "tacit reconduction", "tacitly renewed", "evergreen clause", "evergreen renewal",
                      "rolling renewal", "renouvellement tacite", "auto renewal", "automatically renewed",
                      "reconduite tacitement", "tacitement reconduit", "renouvele automatiquement",
                      "renouvellement automatique", "auto-renew", "auto-renews", "auto-renewal", "renews automatically",
                      "rolls over"],
    "on_call": ["astreinte", "on-call"], "business_hours": ["heures ouvrees", "jours ouvres", "business hours"],
    "priority_levels": ["niveaux de priorite", "priority levels", "p1", "criticite"],
    "force_majeure": ["force majeure"], "reversibility": ["reversibilite", "reversibility", "exit assistance"],
    "liability_cap": ["plafond de responsabilite", "liability cap", "cap on liability", "clause limitative de responsabilite",
                      "clauses limitatives de responsabilite", "limitation of liability clause"],
    "formal_notice": ["mise en demeure", "mettre en demeure", "mis en demeure", "mise en demeure", "formal notice",
                      "put on notice", "notice of default"],
    "penalty_clause": ["clause penale", "penalty clause"], "service_credits": ["credits de service", "credit de service", "service credits", "service credit"],
    "essential_obligation": ["obligation essentielle", "essential obligation", "chronopost", "faurecia"],
    "significant_imbalance": ["desequilibre significatif", "significant imbalance"],
    # s10: the duty to inform before signing (C. civ. 1112-1), in the words users give it
    "precontractual_information": ["information precontractuelle", "devoir d'information precontractuel",
                                   "obligation d'information precontractuelle", "obligation precontractuelle d'information",
                                   "devoir precontractuel d'information", "pre-contractual information", "precontractual information",
                                   "pre-contractual duty to inform", "precontractual duty to inform", "duty to disclose before signing"],
    # s12: a clause requiring conciliation before going to court, and the plea it gives (CPC 122)
    "prior_conciliation": ["fin de non-recevoir", "fins de non-recevoir", "conciliation prealable", "conciliation prealable obligatoire",
                           "clause de conciliation", "clause de mediation prealable", "mediation prealable", "plea of inadmissibility",
                           "prior conciliation", "mandatory conciliation", "pre-litigation conciliation"],
    "patch_management": ["gestion des correctifs", "patch management", "patching"],
    "knowledge_transfer": ["transfert de competences", "knowledge transfer"],
    "fixed_fee_vs_time": ["forfait ou regie", "regie", "time and materials"],
    "staff_secondment": ["delegation de personnel", "staff secondment"],
    "itil_incident_request": ["itil"],
}

_EXPLAIN = re.compile(
    r"\b(c'?\s?est quoi|c koi|c quoi|qu'?\s?est[- ]ce qu(e|')?|que (veut|signifie)|ca veut dire|veut dire|definition|defini[rs]|"
    r"explique|expliquer|signifie|what (is|are|does)|what's|meaning|explain|define)\b")
_OBLIG = re.compile(r"((duties|obligations|engagements|commitments|devoirs)\b.{0,30}\b(results?|resultats?)\b|"
                    r"result or means|means or result|resultat ou (de )?moyens?|moyens? ou (de )?resultat|"
                    r"result obligation|(my|our|mes|nos) (main )?obligations|what (do|must) (i|we) (owe|commit)|"
                    r"obligations? (de|of) (moyens?|resultat|result|means)|moyens? ou (de )?resultat|"
                    r"means (or|vs\.?|versus) result|best[- ]efforts?|(best|reasonable)[- ]endeavou?rs?|(du |de )?moyens? ou (du |de )?resultat|guaranteed result|resultat garanti|moyens renforce|obligations? sont (de|des) "
                    r"(moyens|resultat)|(s'engager|s'engage|engagement|garanti\w*|commit\w*|guarantee\w*) "
                    r"(sur|a|on|to) (un |une |a |an )?(resultat|result)\b|"
                    # an outcome promised, asked with a modal: "can we promise no successful attack", "on peut
                    # garantir zéro perte ?", "should the MSP guarantee restores work" - means or result
                    r"\b(can|could|may|should|must|do|will) (we|i|you|they|the (provider|msp|client|customer|supplier)) "
                    r"(really |actually |even |safely |legally )?(promise|guarantee|warrant|commit to|undertake)\b|"
                    r"\b(peut|peux|pouvons|pouvez|peuvent|puis|doit|dois|devons|devez|doivent|faut)[- ](on|nous|je|ils|"
                    r"il|vous|le prestataire|l'infogerant|le presta)?\s?(vraiment |reellement |legalement |)"
                    r"(garantir|promettre|s'engager (sur|a)|nous engager (sur|a)|m'engager (sur|a)|assurer qu'))")
_DRAFT = re.compile(r"\b(redige|rediger|redigez|propose|proposez|ecris|ecrire|draft|write|suggest|donne[- ]moi une clause|"
                    r"modele de clause|clause type|template)\b")
# verbs that ask for a document only when a contract or a clause is named ("prépare-moi un contrat")
_MAKE = re.compile(r"\b(prepare[rz]?|genere[rz]?|fais[- ]moi|etablis|je voudrais (un|une)|generate|create|"
                   r"i would like (a|an)|i'd like (a|an))\b")
_CONTRACT = re.compile(r"\b(contrat complet|un contrat|a contract|full contract|whole contract|premier jet|first draft|"
                       r"contrat d'infogerance pour|agreement for)\b")
_REVISE = re.compile(r"\b(rends?|rendre|make(?! (us|me|them|him|her|you)\b)|passe[rz]?|change[rz]?|modifie[rz]?|plus protect|more protect|"
                     r"increase|decrease|augmente|reduis|set)\b")
_REVIEW = re.compile(r"\b(relis|relire|analyse[rz]? (ce|mon|le) contrat|review (this|my|the)|check (this|my) contract|"
                     r"audit(e)? (ce|mon) contrat|voici (mon|le) contrat)\b")
_DOMAIN = re.compile(
    r"(contrat|contract|clause|prestataire|provider|msp|infog|maintenance|sla|gtr|gti|rgpd|gdpr|donnees|data|"
    r"responsab|liabil|resili|terminat|penal|sauvegard|backup|securit|security|reversib|sous-trait|processor|"
    r"prix|price|factur|invoice|client|support|incident|ticket|astreinte|heures|hours|assurance|insurance|"
    r"audit|confidential|force majeure|juridiction|jurisdiction|syntec|moyens|resultat|result|obligation|"
    r"paiement|payment|delai|deadline|disponibilit|availab|downtime|panne|outage|renouvel|renewal|preavis|"
    r"indexation|redevance|fees?\b|cnil|sous-trait|subcontract|code civil|civil code|code de commerce|"
    r"commercial code|dommages|damages|inexecution|non-performance|prescription|limitation period|imprevision|"
    r"hardship|caduc|\bjuge|tribunal|\bcourt\b|art(icle|\.) ?[lrd]?\d|"
    # a claim out of time, asked in plain words ("c'est trop tard pour agir ?", "ancien presta", "can we still sue")
    r"trop tard|too late|time-?barred|prescri|agir en justice|\bpresta\b|\bsue\b|\bsuing\b|lawsuit|"
    r"faille|vulnerabilit|"
    # s19: the field's neighbouring law, named in the user's words: public procurement, hardware bought and delivered,
    # software and the people who write it ("marché public perdu…", "the courier crushed our NAS units", "nos techniciens
    # salariés ont écrit un outil")
    r"marches? publics?|public (contract|procurement|tender|buyer|body|hospital)|appels? d.offres|\btender|\bbids?\b|"
    r"acheteur public|pouvoir adjudicateur|retenue de garantie|retention money|anormalement bas|abnormally low|"
    r"livr(e|ee|es|ees|aison)\b|deliver|bon de commande|purchase order|transporteur|courier|\bcarrier|grossiste|"
    r"revendeur|reseller|garantie|warranty|materiel|hardware|"
    r"droits? d.auteur|copyright|propriete intellectuelle|intellectual property|logiciel|software|code source|"
    r"source code|salaries?\b|employees?\b|freelance|auto-?entrepreneur|micro-?entrepreneur|"
    # s22: disputes settled or taken to a judge, money paid but not owed, pressure at signature, decompiling, two
    # controllers ("protocole transactionnel", "a settlement", "trop-perçu", "overbilled", "référé", "décompiler")
    r"litiges?\b|dispute|transaction|transig|protocole d.accord|solde de tout compte|settlement|mise en demeure|"
    r"formal notice|refere|injunction|trop[- ]?(paye|percu)|surfactur|overpa|over-?bill|over-?charg|"
    r"decompil|reverse[- ]engineer|retro-?ingenierie|interoperab|licences?\b|licenses?\b|"
    r"responsables? conjoints?|joint controllers?|coresponsab|"
    # s31b: the client called a customer, an authority's demand for its data, an arbitration clause, calls recorded
    # ("the police sent a requisition for a customer's logs", "can we record helpdesk calls")
    r"customers?\b|requisition|subpoena|arbitra|clause compromissoire|helpdesk|hotline|"
    # s33: foreign law reaching hosted data, a foreign currency or exchange rate, Wi-Fi offered to the public ("ca nous protege
    # du cloud act ?", "paid in usd", "the hotel's guest wifi", "un mail de l'arcom")
    r"cloud act|patriot act|\bfisa\b|extraterritorial|devises?\b|taux de change|exchange rates?|foreign currenc|"
    r"(en|in) dollars|\busd\b|wi-?fi|hotspot|portail captif|captive portal|arcom|hadopi|"
    # s26: guarantees, a provider's staff at work, marketing, public framework agreements, contract architecture
    r"cautio|guarant|surety|lettre d.intention|comfort letter|letter of (comfort|intent)|porte-fort|"
    r"technicien|technician|ingenieur|engineer|temps de repos|rest period|travail de nuit|night work|"
    r"prospection|prospecting|newsletter|e-?mailing|cold[- ]?e-?mail|accords?[- ]cadres?|framework agreement|chorus|"
    r"portabilit|contrats? d.application|statements? of work)")
# explain cues that are really questions: a comparison of named terms, or "what must it contain"
_COMPARE = re.compile(r"\b(difference|differences|diff|vs\.?|versus|compar\w*|distingu\w*)\b")
_CONTENTS = re.compile(r"\b(doit|doivent|must|should|faut-il|(?:has|have|need|needs|got) to) (contenir|prevoir|comporter|inclure|contain|"
                       r"include|cover)\b")


@lru_cache(maxsize=1)
def _term_patterns() -> list[tuple[str, re.Pattern]]:
    tax = load_taxonomy()
    pats: list[tuple[str, str]] = []
    for t in tax.terms:
        names = set(_ALIASES.get(t.id, []))
        for label in (t.fr, t.en):
            base = re.sub(r"\s*\(.*?\)", "", label)
            names.add(fold(base))
            names.update(fold(a) for a in re.findall(r"\(([^)]+)\)", label))
        # s29: a term named as a clause ("clause de non-sollicitation", "non-solicitation clause") is named by its word alone
        names.update(n for n in (re.sub(r"^clause (?:de |d')|\s+clause$", "", x) for x in list(names)) if len(n) >= 8)
        for name in names:
            if len(name) >= 2:
                pats.append((t.id, name))
    pats.sort(key=lambda p: -len(p[1]))  # longest first: "obligation de moyens renforcee" before "obligation de moyens"
    # each word may take a plural s: "sous-traitants ultérieurs" names sub_processor too
    return [(tid, re.compile(r"(?<![\w-])" + re.escape(name).replace("\\ ", "s?\\ ") + r"s?(?![\w-])" + _NOT_BEFORE.get(tid, "")))
            for tid, name in pats]


# a term's word that only qualifies another term: "a processor contract" names the DPA, not the processor
_NOT_BEFORE = {"processor": r"(?!\s+(?:contracts?|agreements?|terms|clauses?)\b)"}


# terms nearly every question names in passing: a more specific term wins over them
GENERIC_TERMS = ("msp", "infogerance", "esn")


def find_term(text: str) -> str | None:
    """The term a text names (the most specific one when it names several)."""
    found = find_terms(text)
    return next((t for t in found if t not in GENERIC_TERMS), found[0] if found else None)


def find_terms(text: str) -> list[str]:
    """Every taxonomy term the text names, longest names first."""
    low, out = fold(text), []
    for tid, pat in _term_patterns():
        if tid not in out and pat.search(low):
            out.append(tid)
    return out


def subject_spans(folded: str) -> list[tuple[int, int]]:
    """Where a folded text names a clause topic or a term (what a follow-up may swap for another)."""
    spans = [m.span() for pat in _TOPIC_CUES.values() for m in re.finditer(pat, folded)]
    frame = (*GENERIC_TERMS, "obligation_of_means", "reinforced_obligation_of_means", "obligation_of_result")
    spans += [m.span() for tid, pat in _term_patterns() if tid not in frame for m in pat.finditer(folded)]
    return spans


_NOT_LATE_PAYMENT = (r"(?! de retard(?! (?:d'|de |dans (?:l'|la |le )?)(?:intervention|prise|livraison|retablissement|resolution|"
                     r"mise|execution|traitement|reponse|restauration)))")
_TOPIC_CUES = {
    "sla": r"\b(sla|niveaux? de service|service levels?|gtr|gti|prise en charge)\b",
    # (with the usual typos: "liabilty", "responsabilté", "reversibilté", "resilation", "force majeur", "confidentialté")
    "liability": r"\b(responsabilite|liability|liabilty|liablity|liabiliy|responsabilte|resposabilite|responsabilit)\b",
    "reversibility": r"\b(reversibilite|reversibility|reversibilte|reversibilit|reversiblite|reversabilite|reversability|exit|(accompagnement|assistance|aide|plan|phase|periode) de (sortie(?! de crise)|transition|"
                     r"fin de contrat)|transition (vers|to) (un |le |a |the )?(nouveau|autre|new|next|other)|"
                     r"(recuperer|recupere|recuperation de|rendre|restitution de) "
                     r"(mes |nos |les )?donnees|(get|getting) (our|my) data back|our data at the end)\b",
    "penalties": r"\b(penalites?" + _NOT_LATE_PAYMENT + r"|penalty|penalties|service credits?|credits de service)\b",
    "data_protection": r"\b(rgpd|gdpr|donnees personnelles|donnees perso|donnees a caractere personnel|protection des donnees|"
                       r"data protection|personal data|dpa|article 28|data breach\w*|breach notification|violations? de donnees|"
                       # s17b: the processor's own processors ("sous-traitance des données", "sous-traitants ultérieurs",
                       # "sub-processing", "other processors"): GDPR Art. 28(2)/(4), not the commercial subcontracting clause
                       r"sous-trait\w* (ulterieur\w*|des donnees|de donnees|au sens du rgpd)|sous-traitants? ulterieurs?|"
                       r"sub-?process\w*|(other|another|further|subsequent) processors?|"
                       r"fuites? de donnees|notification des violations|infos? perso\w*|personal info\w*|"
                       r"transferts? (de donnees |des donnees )?(hors|en dehors|outside|vers (les )?(etats-unis|usa|pays tiers))|"
                       r"(data )?transfers? (outside|to the (us|usa|united states)|to third)|hors (de l'|de l)?(ue|union europeenne|eee)|"
                       r"outside (the )?(eu|eea|european union)|pays tiers|third countr\w*|"
                       r"(heberge\w*|stocke\w*|hosted|stored) (aux|au|en|in the|in) (etats-unis|usa|us|united states|chine|china|inde|india))\b",
    "confidentiality": r"\b(confidentialite|confidentiality|nda|confidentialte|confidentialit|confidentality|confidentiallity)\b",
    "backup_recovery": r"\b(sauvegardes?|backups?|restauration|pra|pca|rto|rpo)\b",
    "security": r"\b(securite|security|cyber)\b", "termination": r"\b(resiliation|resilation|resilliation|resilier|resilie[rsz]?|termination|terminaison|terminates?|terminated|terminating|mettre fin au contrat|"
                   r"end the contract|get out of the contract|sortir du contrat)\b",
    "duration_renewal": r"\b(duree|renouvellement|reconduction|renewal|term of the)\b",
    # "pénalités de retard" of an invoice paid late (art. L441-10 C. com.), not those of a late intervention
    "pricing_payment": r"\b(prix|paiement|facturation|factures? (impayees?|en retard)|impayes?|retards? de paiement|"
                       r"(?:penalites?|interets?) de retard(?! (?:d'|de |dans (?:l'|la |le )?)(?:intervention|prise|livraison|"
                       r"retablissement|resolution|mise|execution|traitement|reponse|restauration))|"
                       r"payment|invoic\w*|fees?|late payment|unpaid|pricing|tarifs?|tarification)\b",
    "price_revision": r"\b(revision|indexation|syntec|price (review|revision|increases?)|hausses? de prix)\b", "insurance": r"\b(assurances?|insurance)\b",
    "non_solicitation": r"\b(non[- ]sollicitation|non[- ]solicitation)\b",
    "force_majeure": r"\bforce[- ]majeur(e|s)?\b", "audit": r"\baudits?\b",
    "disputes": r"\b(juridiction|tribunal|litiges?|jurisdiction|governing law|disputes?)\b",
    "intellectual_property": r"\b(propriete intellectuelle|intellectual property)\b",
    "subcontracting_assignment": r"\b(sous-traitance|cession|subcontract\w*|assignment)\b",
    "support_hours": r"\b(horaires|heures ouvrees|astreinte|support hours|service hours|on-call)\b",
    "scope": r"\b(perimetre|objet du contrat|scope)\b", "hardware": r"\b(materiels?|hardware)\b",
    "governance": r"\b(gouvernance|reporting|copil|comite|governance|steering)\b",
    "client_obligations": r"\b(obligations du client|client obligations|cooperation)\b",
    "assistance_training": r"\b(formation|assistance aux utilisateurs|training|helpdesk)\b",
    "evolution": r"\b(evolution|devoir de conseil|duty to advise)\b",
    "service_delivery": r"\b(sur site|a distance|on[- ]site|remote|delegation)\b",
    "technologies": r"\b(outils|rmm|psa|tools)\b", "parties": r"\b(parties|definitions)\b",
}


# late payment is a payment term, whatever word for "penalty" comes with it ("pénalités de retard de paiement")
_LATE_PAYMENT = re.compile(r"\b((penalites?|interets?|indemnites?) de retard de paiement|retards? de paiement|late[- ]payment|"
                           r"paiements? en retard|payer en retard|paid late|pays late|factures? impayees?|"
                           # "pause their backups until they pay up": a suspension for non-payment
                           r"until (they|he|she|the client|the customer|it) (pays?|settles?)|until (we'?re|we are|we get) paid|"
                           r"until paid|jusqu'a (ce qu'(ils?|elles?|le client) (paient|paie|paye|payent|regle\w*)|paiement|"
                           r"reglement)|tant qu'(ils?|elles?|le client) (n'ont|n'a|ont|a) pas (paye|regle)|"
                           r"non[- ]?paiement|non[- ]?payment)\b")


# s37: the price named as what is revised or indexed ("une révision annuelle du prix", "indexation des tarifs sur Syntec",
# "a yearly review of the fees"): the price revision clause, not the price's payment
_PRICE_REVISED = re.compile(r"\b(?:revisions?|indexations?|reevaluations?|review|revision|indexation)\b(?: \w+){0,2} "
                            r"(?:du|des|de la|de|of the|of|on the|on) (?:prix|tarifs?|price|prices|fees?|redevance)\b")


def find_topic(text: str) -> str | None:
    """The clause topic a drafting request names, e.g. 'clause de réversibilité' → reversibility."""
    low = fold(text)
    if _LATE_PAYMENT.search(low):
        return "pricing_payment"
    if _PRICE_REVISED.search(low):
        return "price_revision"  # s37: "révision annuelle du prix", "indexation des tarifs": the price revised, not paid
    for topic, pat in _TOPIC_CUES.items():
        if re.search(pat, low):
            return topic
    return None


@dataclass(frozen=True)
class Intent:
    name: str
    term: str | None = None
    topic: str | None = None


# what the other party proposes or writes ("il propose juste ses certifs", "they suggest a cap"): reported, not asked of us
# s22: the other side named with a word of time before it ("l'ancien infogéreur nous propose une transaction", "notre
# ex-prestataire propose", "our former MSP offers") reports what it proposed too
_REPORTED = re.compile(r"\b(il|elle|ils|elles|they|he|she|(le |la |l'|notre |mon |leur |the |our |my |their )(ancien |ancienne |"
                       r"ex-? ?|old |former |previous )?(prestataire|presta|msp|client|fournisseur|infogereur|infogerant|"
                       r"hebergeur|integrateur|provider|supplier|vendor|customer|host|outsourcer))( \w+)?? (nous |me |us )?"
                       r"(propos\w*|suggest\w*|redig\w*|ecri\w*|draft\w*|wr[io]te\w*|offer\w*)\b")


# "the msp's draft caps…", "our DPA draft says…", "in their draft": a draft someone already has, named, not one asked for
_DRAFT_NOUN = re.compile(r"\b(the|their|our|my|your|this|that|its|[a-z]+'s|current|latest|proposed)( [a-z]+)? "
                         r"drafts?\b(?! (me|us|it|one|a|an|the|that|this|our|my|their|something)\b)")


# "can they really define it that broadly?", "peuvent-ils l'écrire ainsi ?": whether the other party may do something, a
# question of law, not a definition, even when the term's definition is what they wrote
_MAY_THEY = re.compile(r"\b((can|could|may) (they|he|she|the (msp|provider|supplier|vendor|client|customer))( really| legally| "
                       r"actually)? (define|write|stretch|extend|widen|broaden|include|put|say|call)|(peuvent|peut)-(ils|elles|il|elle)"
                       r"( vraiment| legalement)? (definir|ecrire|etendre|elargir|inclure|mettre|qualifier))\b")


_POINTS_AT_ARTICLE = re.compile(r"\b(what is (that|this|it)|what'?s (that|this)|what does (that|this|it|the) ?(rule|article|provision|section)? (mean|say)|c'est quoi (ca|cela)|"
                                r"qu'est-ce que c'est|ca veut dire quoi|que dit (cet|cette|ce) \w+)\W*$")
_ARTICLE_NAMED = re.compile(r"\b(art\.?|article) ?(l\.? ?)?\d{3,4}\b")


# s24: the duties a law or a subject puts on us, asked ("c'est quoi nos obligations pour la facturation électronique",
# "what are our obligations under NIS2"): a question of law, not the means-or-result reading of the contract's duties
# ("nos obligations dans ce contrat", "our obligations under the SLA" stay the obligations engine's)
# the roles the GDPR defines, one pattern for every reader of them (here, act_content and router)
GDPR_ROLE = (r"(?:data )?(?:joint controller|controller|sub-?processor|processor|sous-traitant|"
             r"responsable (?:de|du|des) (?:traitements?|donnees))")
# a role named after "as / en tant que / comme": there a bare "responsable" is the controller
ROLE_AS = rf"(?:{GDPR_ROLE}|responsable)"
_UNDER = re.compile(r"\b(?:my|our|mes|nos|leurs|their) (?:main |legal |legales )?(?:obligations|duties|devoirs)(?: legales)? (?:pour|under|en matiere "
                    r"d[e']|concernant|about|regarding|relatives? (?:a|aux?)|au titre d[eu']|vis-a-vis d[eu']s?|in respect of|"
                    r"as regards|with (?:regard|respect) to|sous|with|for|avec|sur|on|face a|des que|quand|when|if|si|"
                    # s31: the duties of a role the law defines ("our obligations as processor", "nos obligations en tant
                    # que sous-traitant", "in our capacity as host")
                    r"(?:as|en tant que|comme|in (?:our|its|their) (?:capacity|role) as)(?= (?:an? |the |le |la |l')?"
                    rf"(?:{ROLE_AS}|hebergeur|host)))\s*"
                    r"(?!(?:le |la |les |l'|ce |cette |this |the |our |notre |nos |ces |these |that )?(?:contrat|contract|"
                    r"clauses?|sla|services?|prestations?|infogerance|client|customer|agreement|accord|msa|annexe|schedule)\b)")
# how to word a commitment so it counts as one kind ("how should I word the restore time so it counts as a result",
# "comment rédiger la GTR pour qu'un juge y voie une obligation de résultat"): a question on wording, not the engine
_WORDING_ASKED = re.compile(r"\bhow (?:should|do|can|could|would|to|must) (?:i |we |you )?(?:word|phrase|write|draft|formulate|frame|"
                            r"express)\b|\bcomment (?:je |on |nous |faut-il |doit-on )?(?:rediger|redige|ecrire|ecris|ecrit|"
                            r"formuler|formule|tourner|tourne|libeller|libelle)\b")


# s34: the asker declares the role it holds anywhere in the message, before or after its question ("as the processor, what
# are our obligations", "en tant que sous-traitant, quelles sont nos obligations", "we're the host here: …", "responsable
# de traitement, quels sont nos devoirs…") — the role's duties under the law asked, whatever the order of the words
# (a bare "responsable" is the controller only after "as / en tant que / comme": "on est responsables de la sauvegarde" is
# no role)
_ROLE_DECLARED = re.compile(r"(?:\b(?:as|being|acting as|en tant que|comme|in (?:our|its|their|my) (?:capacity|role) as)|^)\s*"
                            rf"(?:an? |the |le |la |l'|un |une |notre |data )?(?:{ROLE_AS}|hebergeur|host)s?\b|"
                            r"\b(?:(?:we|i)(?: a|')re|(?:we|i) (?:are|am|act as)|on est|nous sommes|je suis|on agit comme|"
                            r"on devient|nous devenons|(?:we|i) become)\s*"
                            rf"(?:an? |the |le |la |l'|un |une |notre |data )?(?:{GDPR_ROLE}|hebergeur|host)s?\b")
_OWN_DUTIES = re.compile(r"\b(?:our|my|nos|mes)(?: [\w-]+){0,2} (?:obligations|duties|devoirs|responsibilities)\b"
                         r"(?! (?:under|in|dans|du|de|of|from) (?:le |la |ce |cette |the |this |our |notre |nos )?"
                         r"(?:contrat|contract|clauses?|sla|agreement|accord|msa|annexe|schedule)\b)")


def _duties_under_law(low: str) -> bool:
    return bool(_UNDER.search(low) or _OWN_DUTIES.search(low) and _ROLE_DECLARED.search(low)) and not re.search(
        r"\b(?:results?|resultats?|means|moyens?|best[- ]efforts?|endeavou?rs?)\b", low)


# s36: "what's our exposure?", "what is our risk if it happens?", "qu'est-ce qu'on risque ?", "quelle est notre exposition ?":
# the consequence for the asker, not a definition of a term the story names (ransomware, a breach)
_CONSEQUENCE_ASKED = re.compile(
    r"\b(what('s| is| are| would be| will be)( really)? (our|my|the|their|his|its) (exposure|risk|risks|liability|downside)|"
    r"what (do|would|could) (we|i) risk|what risk do (we|i)|qu'?\s?est-ce qu'?\s?(on|nous|je) (risque|risquons)|que risque(-t-on|-je|"
    r"-t-il| t on)|(on|je|nous) risque(s|ons)? quoi|quel(le)?s? (est|sont|serait|seraient) (notre|nos|mon|ma|mes|le|la|les) "
    r"(exposition|risques?|responsabilite))\b")


def detect_intent(text: str, *, has_draft: bool = False) -> Intent:
    low = _DRAFT_NOUN.sub(" ", _REPORTED.sub(" ", fold(text)))
    term = find_term(text)
    if _REVIEW.search(low):
        return Intent("review")
    if (_DRAFT.search(low) or _MAKE.search(low)) and _CONTRACT.search(low) and "clause" not in low:
        return Intent("draft_contract")
    if has_draft and _REVISE.search(low) and (find_topic(text) or "clause" in low):
        return Intent("revise", topic=find_topic(text))
    if (_DRAFT.search(low) or _REVISE.search(low) or _MAKE.search(low)) and "clause" in low or \
            _DRAFT.search(low) and find_topic(text):
        return Intent("draft_clause", topic=find_topic(text))
    if (_OBLIG.search(low) and not _EXPLAIN.search(low.replace("veut dire", "")) or (
            _OBLIG.search(low) and ("mon " in low or "my " in low or "notre" in low or "our " in low))) and not (
            _duties_under_law(low) or _WORDING_ASKED.search(low)):
        return Intent("obligations", term=term)
    # "A vs B", "c quoi la diff" and "what do I put in…" ask for an answer, not a definition
    compares = _COMPARE.search(low) and len(find_terms(text)) >= 1
    writes = re.search(r"(qu'est-ce que|que) (je|j'|on|nous) ?(dois|doit|devons) (ajouter|mettre|prevoir|ecrire)|"
                       r"je mets quoi|on met quoi|quoi mettre|what (should|do) (we|i) (put|add|write)|"
                       # s24: what a notice or a declaration must say ("qu'est-ce qu'on doit mettre dans la déclaration",
                       # "what do we need to tell the regulator"): its content asked, not a definition
                       r"(qu'est-ce qu'|qu'est-ce que |que )(on|il|je |nous )( |')?(doit|dois|devons|faut|faudra)( \w+)? (mettre|ajouter|"
                       r"prevoir|ecrire|dire|declarer|indiquer|notifier|signaler|preciser|communiquer)|"
                       r"what (do|should|must|shall) (we|i) (need to |have to )?(put|add|write|tell|say|include|notify|report|"
                       r"give|send|declare)", low)
    passing = term in GENERIC_TERMS and len(low.split()) > 6  # "what does X require from an MSP…"
    # s12: "…hold back the fee under art 1220, 'anticipatory' something. what is that?": the pronoun points at the article
    # named, not at a term told in the story (the night on-call): a question on that rule, not a definition of the term
    passing = passing or bool(_POINTS_AT_ARTICLE.search(low) and _ARTICLE_NAMED.search(low))
    if term and (_EXPLAIN.search(low) or len(low.split()) <= 3) and not (compares or writes or passing or
                                                                          _CONTENTS.search(low) or _MAY_THEY.search(low) or
                                                                          _duties_under_law(low) or
                                                                          _CONSEQUENCE_ASKED.search(low)):
        return Intent("explain_term", term=term)
    if not _DOMAIN.search(low) and not term:
        return Intent("out_of_scope")
    return Intent("question", term=None if term in GENERIC_TERMS else term, topic=find_topic(text))
