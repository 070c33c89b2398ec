"""What a message says, as slots: scope facts (with negation), services, assets and clauses to
add or remove, figures for the clause or contract, a position, a topic, a term, an export format.

Numbers come from the text toolkit (`assistant.text`: digits and words, money, percentages,
durations); negation too, plus the spoken French forms it does not read ("pas d'hébergement"
without "ne", "plus besoin de", "retire …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from assistant.chat.intent import _TOPIC_CUES, find_term, find_topic, subject_spans
from assistant.chat.typos import mend_typos
from assistant.text import find_quantities, fold_keep_offsets, is_negated
from assistant.text.numbers import Quantity

# -- vocabularies (folded text) ------------------------------------------------------------------
_CHAIN = (r"(?:(?:micro|mini|multi|maxi|super|hyper|poly)-?)?(?:agences?|agencies|boutiques?|magasins?|cliniques?|clinics?|pharmacies?|pharmacy|auto-?ecoles?|ecoles?|schools?|"
          r"franchises?|franchisees?|points? de vente|cabinets?|centres?|centers?|hotels?|restaurants?|boulangeries?|bakeries|"
          r"concessions?|dealerships?|garages?|laboratoires?|labos?|ehpad|creches?|salons?|opticiens?|entrepots?|clubs?|"
          r"offices?|bureaux|stores?|shops?|branches?|practices?|outlets?|sites?|antennes?|etablissements?|care homes?|"
          r"nurseries|gyms?|salles?)\b")
SERVICE_PATTERNS = {
    "hosting": r"heberg\w*|host\w*|datacenter|data center|cloud prive|private cloud",
    "backup": r"sauvegardes?|backups?|back-ups?|backing up|back up (?:the|our|their|all|every\w*|data|files)\b",
    "security": r"securite informatique|cybersecurite|cyber\w*|edr|antivirus|soc\b|security services?|securite|security",
    "patching": r"correctifs?|patch\w*|mises? a jour",
    "user_support": r"support (?:aux |des )?utilisateurs?|support utilisateurs?|helpdesk|help desk|hotline|"
                    r"(?<=le )support(?! (?:de|du|des|d')\b)|(?<=du )support(?! (?:de|du|des|d')\b)|tech support|"
                    r"support technique|support desk|"
                    r"service desk|user support|assistance (?:aux )?utilisateurs",
    "monitoring": r"supervision|monitoring|rmm",
    "maintenance": r"maintenance",
    "licensing": r"licences?|licenses?|licensing",
    "consulting": r"conseil|consulting|advisory",
}
ASSET_PATTERNS = {
    "workstations": r"postes? de travail|workstations?|ordinateurs?|laptops?|pc\b",
    "servers": r"serveurs?|servers?",
    # "un réseau d'auto-écoles", "a network of 12 clinics": a chain of places, not the IT network
    "network": r"reseaux?(?! (?:de |d')(?:\d+ |[a-z-]+ )?" + _CHAIN + r")|network(?!s? of (?:\d+ |[a-z-]+ )?" + _CHAIN + r")\w*|"
               r"wi-?fi|switch\w*|pare-feu|firewalls?",
    "printers": r"imprimantes?|printers?|copieurs?|photocopieurs?",
    "mobile": r"mobiles?|smartphones?|tablettes?|tablets?|telephones? (portables?|mobiles?)|"
              r"(?:mobile |cell |smart)?phones?(?! (?:system|lines?|switch|exchange)s?\b)(?<!desk phone)(?<!desk phones)(?<!deskphone)(?<!deskphones)|"
              r"iphones?|ipads?|flotte mobile",
    "cloud": r"cloud\b|microsoft 365|office 365|m365|azure|aws|saas",
    "business_apps": r"applications? metiers?|logiciels? metiers?|erp|crm|business app\w*",
    "telephony": r"telephonie|telephony|voip|ipbx|pbx|standard telephonique|(?:phone|telephone) (?:system|lines?|switch|exchange)s?|"
                 r"desk ?phones?|lignes? (?:fixes|telephoniques)",
}
CLAUSE_WORD = re.compile(r"\b(clauses?|articles?|section)\b")
# removal / addition verbs: what follows them in the clause is taken out / put in
_REMOVE = re.compile(r"\b(retir\w*|enlev\w*|supprim\w*|sors|sortir|oter|ote|exclu(?!si)\w*|remove\w*|drop\w*|take out|"
                     r"vire[rz]?|virez|laisse[rz]? tomber|scrap\w*|ditch\w*|bin|kill|"
                     r"delete|get rid of|strike|pas besoin d[e']|plus besoin d[e']|no need for|don'?t need|"
                     r"do not need|n'avons pas besoin d[e']|n'ai pas besoin d[e']|without|sans|hors|sauf|"
                     r"pas d[e']|pas du|pas des|plus d[e']|no more|aucune?|zero)\b")
_ADD = re.compile(r"\b(ajout\w*|rajout\w*|inclu\w*|integr\w*|add\w*|include\w*|avec|with|plus|aussi|also|"
                  r"on a|nous avons|we have|we need|il faut|on veut|we want)\b")
# a clause topic taken out or put in by name, without the word "clause" (the addition is read first: "tu as oublié
# la réversibilité" asks for it, "on oublie la non-sollicitation" drops it)
_TOPIC_REMOVE = re.compile(r"\b(retir\w*|enlev\w*|supprim\w*|vire[rz]?|virez|laisse[rz]? tomber|scrap\w*|ditch\w*|nix|"
                           r"bin|kill|remove|delete|get rid of|strike( out)?|forget( about)?|oublie[rz]?|on oublie|s'en passe\w*|do without)\b"
                           r"(?! (pas|to|de|d'|that)\b)")
_TOPIC_ADD = re.compile(r"\b(throw in|put in|add|ajoute[rz]?|rajoute[rz]?|il manque|manque|is missing|missing|"
                        r"(you|u|we) (forgot|left out|missed)|(tu as|t'as|vous avez|on a) (oublie|zappe)|"
                        r"n'oublie(z)? pas|oublie(z)? pas|don'?t forget|"
                        r"(need|want|have|add) (something|a (bit|section|paragraph|part|clause|line)) (on|about|for|covering)|"
                        r"un (truc|paragraphe|passage|article|bout|mot) (sur|pour)|something (on|about))\b")
_CLAUSE_BREAK = re.compile(r"[,;:.!?]\s|\s(?:mais|but|et|and)\s")

POSITION_PATTERNS = [
    ("client", r"\b(for|pour) (us|me|nous|moi),? (as|en tant que|comme) (the |le |la )?(client|customer|cliente)\b|"
               r"trop (dur|dure|severe|stricte?|exigeante?|favorable)\w* (pour|envers|on|for) (le |the )?client|"
               r"(client|customer)('?s)?[- ]version|(plus|more|bien plus|encore plus|a bit more|un peu plus) (dur|dure|severe|stricte?|exigeante?|contraignante?|tough|tougher|harsh|harsher|strict|stricter|demanding)\w* (pour|on|for|envers|with|avec) (le |la |the )?(prestataire|presta|provider|msp|"
               r"supplier|fournisseur)|(tougher|harder|stricter) on (the )?(provider|msp|supplier)|"
               r"(plus|more|tres|very) (protect\w*|favorable|favourable|friendly)\w* (pour|du|au|for|of|to) "
               r"(le |la |the )?client|(cote|version|position|point de vue) (du |for the |of the )?client|client[- ](side|friendly)|"
               r"favorable au client|pro[- ]client|moins (protect\w*|favorable)\w* (pour|au|du) (le )?prestataire|"
               r"(en faveur|in favou?r|a l'avantage|to the advantage) (du|de la|of the|of) (client|customer|cliente)|"
               r"from the (client|customer)'?s? (point of view|perspective|side|standpoint)|"
               r"(du )?point de vue (du )?client|(to|on|onto) the (client|customer)'?s? side|pro-?(customer|client)\b"),
    ("msp", r"\b(for|pour) (us|me|nous|moi),? (as|en tant que|comme) (the |le )?(provider|msp|prestataire|presta|supplier)\b|"
            r"trop (dur|dure|severe|stricte?|exigeante?)\w* (pour|envers|on|for) (le |la |the )?(prestataire|presta|"
            r"provider|msp|supplier)|(provider|msp|supplier|prestataire|presta)('?s)?[- ]version|version (du |de la |of the |for the )?(prestataire|presta|msp|provider|fournisseur)\b|(plus|more|bien plus|encore plus|a bit more|un peu plus) (dur|dure|severe|stricte?|exigeante?|contraignante?|tough|tougher|harsh|harsher|strict|stricter|demanding)\w* (pour|on|for|envers|with|avec) (le |la |the )?client|(tougher|harder|stricter) on "
            r"(the )?client|(plus|more|tres|very) (protect\w*|favorable|favourable|friendly)\w* (pour|du|au|for|of|to) "
            r"(le |la |the )?(prestataire|presta|msp|provider|fournisseur|infogereur)|(cote|version|position|point de vue) "
            r"(prestataire|presta|msp|provider|fournisseur)|(provider|msp|supplier)[- ](side|friendly)|"
            r"favorable au prestataire|moins (protect\w*|favorable)\w* (pour|au|du) (le )?client|"
            r"(en faveur|in favou?r|a l'avantage|to the advantage) (du|de l'|of the|of) ?(prestataire|presta|msp|provider|"
            r"infogereur|supplier|fournisseur)|from the (provider|msp|supplier)'?s? (point of view|perspective|side|"
            r"standpoint)|(du )?point de vue (du )?(prestataire|presta|msp)|(to|on|onto) the (provider|msp|supplier)'?s? side"),
    ("theirs", r"\b(flip|switch|turn) (it|this|that|the clause) (round |around |over )?(to|onto) (their|the other) side\b|"
               r"\b(their|the other (side|party)'?s?) (side'?s? )?version\b|\bversion (de l'autre (partie|cote)|d'en face|adverse)\b|"
               r"\bleur version\b|\b(go|be) (a bit |a little )?(easier|softer|gentler|nicer|lighter) on (them|the other)\b|"
               r"\b(lache[rz]?|lacher) (un peu )?(de )?lest\b|\bmoins (gourmand|gourmande|greedy)\b|\bless greedy\b|"
               r"\b(trop|too|way too|beaucoup trop|bien trop|un peu trop|a bit too) (strict\w*|dure?|severe|harsh|tough|demanding|"
               r"exigeante?|contraignante?|lourde?|heavy|onerous|agressi\w*|aggressive) (pour|for|on|envers|with|avec|to) (eux|them|"
               r"l'autre partie|the other (side|party))\b|"
               r"\b(trop|too|way too|beaucoup trop|bien trop|un peu trop|a bit too) (agressi\w*|aggressive|harsh|dur|dure|"
               r"severe|brutal\w*|raide|one-sided|desequilibre\w*|gourmand\w*|greedy)\b(?! (pour|on|for|envers|with|avec|to) )|"
               r"\b(adouci\w*|assoupli\w*|soften\w*|loosen\w*|tone (it )?down|moins dure?|(plus |more |version )soft|"
               r"moins (severe|strict|stricte|exigeante?|contraignante?|agressi\w*|rude)|less (harsh|strict|severe|"
               r"demanding|aggressive|tough)|softer|gentler|plus (souple|doux|douce|leger|legere))\b|moins (dur|severe|strict|exigeant|protect)\w* (pour|avec|envers) (eux|l'autre|them)|(plus|more) "
               r"(souple|soft|lenient|gentle|accommodant)\w* (pour|for|with|on|avec|envers) (eux|them|the other)|(plus|more) (favorable|favourable|protect\w*|friendly)\w* (pour|a|to|for) (l'autre partie|eux|them|"
               r"the other (side|party))|moins (protect\w*|favorable)\w* (pour|a) (moi|nous)"),
    ("mine", r"\b(durci\w*|harden\w*|tighten\w*|toughen\w*|muscle\w*|tighter|firmer)\b|"
             # "rends-la plus dure pour eux", "make it tougher on them": harder on the other side is the user's side
             r"\b(plus|more|bien plus|encore plus|a bit more|un peu plus|a little more) (dure?|severe|stricte?|exigeante?|contraignante?|"
             r"tough|harsh|strict|demanding|stringent)\w* (pour|on|for|envers|with|avec|a) (eux|them|l'autre partie|the other "
             r"(side|party)|la partie adverse|en face)\b|\b(tougher|harder|stricter|harsher|stiffer) (on|for|with) (them|the other "
             r"(side|party))\b|"
             # "make it tougher", "rends-la plus stricte": stricter, with nobody named, is stricter for the user's side
             r"\b(make|making|get|go) (it|this|that|the clause|the wording) (a (bit|little|lot) |much |even |way )?(tougher|stricter|"
             r"harder|stronger|firmer|tighter|more (demanding|stringent|robust))\b(?! (on|for|to|with) )|"
             r"\b(rend|rends|rendez|fais|faites|fai[st]-la|fai[st]-le)[- ](la|le|l'|ca|cela)? ?(un peu |encore |bien |beaucoup )?plus "
             r"(dure?|stricte?|severe|ferme|exigeante?|contraignante?|musclee?|costaude?|solide|blindee?)\b(?! (pour|envers|avec|a) )|"
             r"\b(tougher|stronger|stricter|harder|plus (ferme|serree?|costaud|blinde\w*)) (for|pour|on our side|de notre cote) ?(us|me|nous|moi)?\b|"
             # "write us a fairer liability clause", "draft me a more reasonable one", "rédige-nous une clause plus
             # équitable": a fairer text asked for oneself, against the other side's terms, is one's own side
             r"\b(write|draft|make|give|get|do|prepare|find|redo)[- ](us|me) (a|an|some) (much |far |bit |little )?(fairer|more "
             r"(reasonable|balanced|equitable|even-handed)|less one-sided)\b|"
             r"\b(redige|ecris|fais|prepare|propose|donne|trouve|refais)[- ](nous|moi) (une?|la|le) (\w+ ){0,2}?(plus (juste|"
             r"equitable|raisonnable)|moins desequilibree?)\b|"
             r"(plus|more|bien plus|un peu plus|a bit more) (raisonnable|acceptable|reasonable|juste|fair|vivable|livable)\w* "
             r"(pour|for|to) (moi|nous|me|us)\b|\b(fairer|kinder|friendlier|safer|better|gentler) (to|for|on) (me|us)\b|"
             r"(moins|less) (favorable|favourable|protect\w*|genereu\w*|generous|avantageu\w*|friendly)\w* "
             r"(pour|a|to|for|envers|towards?) (eux|them|l'autre partie|the other (side|party))|"
             r"\b(safer|more secure|better|stronger|more comfortable|more favou?rable|plus sure?s?|plus solides?|"
             r"plus confortables?|mieux|plus rassurante?s?|plus avantageu\w*) (pour|for|to) (moi|nous|me|us|mon cote|"
             r"notre cote|my side|our side)\b|(cover|protect)s? (me|us) (better|more)|nous couvre (mieux|plus)|"
             r"\b(swing|tilt|lean|pull|push|move|shift|bring)\w* (it |this |that )?(more )?(our|my) way|"
             r"\b(lean|tilt|swing|shift|move|push)\w* (it |this |that )?(more )?towards? (us|me)\b|"
             r"\bpench\w* (plus |davantage )?(de|vers|du) (notre|mon|nous|moi)( cote)?\b|"
             r"\b(une |la |a )?version (pour|for) (nous|moi|us|me)\b|"
             r"(in|towards?) (our|my) direction|(vers|de) (nous|moi)\b(?! autres)|(plus|more|tres|very|bien plus|davantage) (protect\w*|favorable|favourable|friendly|avantageu\w*|"
             r"securisante?)\w*( (pour|a|to|for) (moi|nous|me|us|mon cote|my side|notre cote|our side))?|"
             r"(pour|for) (moi|me|nous|us) (plus|more)|(de|on) mon cote|(in )?my favou?r|en ma faveur|"
             r"(a|en) notre (faveur|avantage)|tilt\w* [\w ]{0,20}(our|my) favou?r|(in|to) (our|my) (favou?r|advantage)|"
             r"(a|en) mon avantage|(a|en) ma faveur|protects? (me|us) (more|better)|(me|nous) proteg\w* (plus|mieux|davantage)|"
             r"protege[rz]?[- ]moi (plus|mieux)|mieux proteg\w*|"
             r"\b(plus de|more) (garanties|guarantees|safeguards)\b|"
             r"\b(plus |davantage )?(du )?cote (nous|moi)\b|(plus|davantage) (de |du )?(notre|mon) cote\b|"
             r"\bmore (on |to )?(our|my) side\b|\b(protect\w*|favou?rable|friendly|safe) (for|to|pour|a) (us|me|nous|moi)\b"),
    ("balanced", r"re-?equilibr\w*|rebalanc\w*|trop (favorable|protect\w*)|too (favou?rable|one-sided|protective)|"
                 r"(for|pour) (both|les deux)( parties| sides)?|equilibr\w*|balanced|neutre|neutral|middle ground|compromis|compromise|fair(er)?\b|"
                 r"plus juste|more even|equitable\w*|even-?handed|impartial\w*|(somewhere )?in the middle|au milieu|entre les deux|(meet|meeting) (them |each other )?"
                 r"(half-?way|in the middle)|a mi-chemin|split the difference|couper la poire en deux|coupe la poire|"
                 r"(less|moins) (one-?sided|lopsided|unbalanced|desequilibre\w*|partial\w*)|win-?win|gagnant-gagnant"),
]

# figures: slot -> (cue regex on the folded text, accepted units)
H, M, D, Y, P, E = ("hour", "business_hour", "minute"), ("month", "year"), ("day", "business_day"), \
    ("year", "month"), ("percent",), ("eur",)
FIGURE_CUES: list[tuple[str, str, tuple]] = [
    ("restoration_time_p{p}_hours", r"gtr|retablissement|restoration|restore time|resolution|time to restore|"
                                    r"restor(?:e|ed)\b(?! tests?)", H),
    ("intervention_time_p{p}_hours", r"gti|intervention|on-?site time", H),
    ("response_time_p{p}_hours", r"prise en charge|response|reponse|temps de reaction|reaction", H),
    ("availability_percent", r"disponibilite|availability|uptime|dispo", P),
    ("penalty_cap_percent", r"plafon\w*|cap(ped|s)?\b|maximum|max\b|limite\w*|limited", P),
    ("penalty_rate_percent", r"penalit\w*|penalt\w*|service credits?|credits? de service|taux", P),
    ("revision_cap_percent", r"revision|indexation|hausse|augmentation|increase|index\w*", P),
    ("liability_cap_months", r"responsabilite|liability|plafon\w*|cap\b", ("month", "year")),
    ("non_solicitation_indemnity_months", r"indemnit\w*|compensation|salaire|salary|dedommagement|penalite|"
                                          r"pay\b(?!\s+(?:within|in|by|on|at|the|invoices?|us|them|for|it))|wages?", M),
    ("non_solicitation_months", r"non[- ]?sollicitation|non[- ]?solicitation|debauch\w*|poach\w*|recrut\w*|"
                                r"embauch\w*|hire|hiring", M),
    ("notice_months", r"preavis|notice", M),
    ("renewal_term_months", r"renouvellement|renewal|reconduction|renew\w*", M),
    ("initial_term_months", r"duree|term\b|engagement|periode initiale|initial (?:period|term)|commitment|contrat de|"
                            r"contract of|pour une duree", M),
    ("reversibility_months", r"reversibilite|reversibility|exit|transition|sortie|hand-?over|passation|"
                             r"accompagnement (?:a la |de )sortie|assistance (?:a la |de )(?:sortie|reversibilite)", M),
    ("payment_days", r"paiement|payment|reglement|factures?|invoices?|payer|pay\b", D),
    ("breach_notification_hours", r"violation|breach|fuite|notifi\w*|alerte|alert", ("hour", "day")),
    ("rpo_hours", r"rpo|perte de donnees maximale", ("hour", "minute", "day")),
    ("rto_hours", r"rto", ("hour", "minute", "day")),
    ("backup_retention_days", r"retention|conservation|conserv\w*|retain\w*|keep", ("day", "month", "week", "year")),
    ("restore_test_months", r"test\w* de restauration|restore tests?|tests? (?:of the |the |a )?restores?|restauration", ("month",)),
    ("confidentiality_years", r"confidentialite|confidentiality|secret", ("year", "month")),
    # "a fixed fee of 15k EUR if they hire one of our techs": the non-solicitation indemnity as a sum (written into the
    # clause in place of the months of salary)
    ("non_solicitation_indemnity_eur", r"non[- ]?sollicitation|non[- ]?solicitation|no[- ]?poach\w*|debauch\w*|poach\w*|"
                                       r"hire[sd]?|hiring|recrut\w*|recruit\w*|embauch\w*", E),
    ("insurance_amount_eur", r"assurance|insurance|assure", E),
    ("hourly_rate_eur", r"tarif horaire|taux horaire|hourly rate|de l'heure|par heure|per hour|an hour|/h\b|regie", E),
    ("cure_days", r"mise en demeure|cure|remedier|remedy", D),
    ("audit_notice_days", r"audit\w*", D),
    ("force_majeure_days", r"force majeure", D),
    ("patch_critical_days", r"correctifs?|patch\w*", D),
    ("hardware_replacement_days", r"materiel|hardware|remplacement|replacement|pret|loan", D),
    ("data_return_days", r"restitu\w*|return|rendre les donnees|delete|deletion|destroy|destruction|erase|hand(?:ing)? back|"
                         r"give back|suppression|supprimer|detruire|effacer|wipe", D),
    ("subprocessor_notice_days", r"sous-traitants? ulterieurs?|sub-?processors?|(?:nouveaux?|tout|chaque|tous les) "
                                 r"sous-traitants?|any new (?:sub-?)?processor|nouvelle sous-traitance", D),
]
_CUE_BEFORE = [re.compile(r"(?<![\w])(?:" + cue + r")") for _slot, cue, _units in FIGURE_CUES]
_CUE_AFTER = [re.compile(r"(?:" + cue + r")") for _slot, cue, _units in FIGURE_CUES]
# a figure with no cue word is read through the topic on the table
TOPIC_FIGURES = {
    "penalties": {"percent": "penalty_rate_percent"}, "liability": {"month": "liability_cap_months"},
    "non_solicitation": {"month": "non_solicitation_months", "eur": "non_solicitation_indemnity_eur"},
    "termination": {"month": "notice_months"},
    "duration_renewal": {"month": "initial_term_months"}, "reversibility": {"month": "reversibility_months"},
    "sla": {"percent": "availability_percent", "hour": "restoration_time_p1_hours"},
    "data_protection": {"hour": "breach_notification_hours"}, "backup_recovery": {"day": "backup_retention_days"},
    "pricing_payment": {"day": "payment_days", "eur": "monthly_fee_eur"},
    "price_revision": {"percent": "revision_cap_percent"}, "confidentiality": {"year": "confidentiality_years",
                                                                                "month": "confidentiality_years"},
    "insurance": {"eur": "insurance_amount_eur"}, "audit": {"day": "audit_notice_days"},
    "force_majeure": {"day": "force_majeure_days"}, "hardware": {"day": "hardware_replacement_days"},
}
FIGURE_TOPIC = {"restoration": "sla", "intervention": "sla", "response": "sla", "availability": "sla",
                "penalty": "penalties", "liability": "liability", "non_solicitation": "non_solicitation",
                "notice": "termination", "renewal": "duration_renewal", "initial_term": "duration_renewal",
                "reversibility": "reversibility", "payment": "pricing_payment", "breach": "data_protection",
                "rpo": "backup_recovery", "rto": "backup_recovery", "backup_retention": "backup_recovery",
                "restore_test": "backup_recovery", "confidentiality": "confidentiality", "insurance": "insurance",
                "hourly_rate": "pricing_payment", "cure": "termination", "audit": "audit",
                "force_majeure": "force_majeure", "patch": "security", "hardware": "hardware",
                "data_return": "reversibility", "subprocessor": "data_protection", "revision": "price_revision",
                "monthly_fee": "pricing_payment", "data_loss": "liability"}

_PEOPLE = re.compile(r"\s*(?:-\s*)?(personnes?|person|people|ppl|salaries?|employes?|employees?|staff|collaborateurs?|collabs?|"
                     r"fte|ftes|etp|"
                     r"agents?|utilisateurs?|users?|postes?|pc|seats?|endpoints?|workstations?|ordinateurs?|"
                     r"personnels?|comptes?|accounts?|praticiens?|medecins?|docteurs?|avocats?|notaires?|associes?|"
                     r"consultants?|ingenieurs?|techniciens?|commerciaux|doctors?|lawyers?|partners?|engineers?|"
                     r"team members?|staff members?|caregivers?|soignants?|infirmi\w+|nurses?)\b")
# "15 graphistes", "12 comptables", "8 developers", "30 registered nurses": people counted by their job are the users
# when no other user count is given (read after the plain counts); a count of clients, patients, pupils, devices or
# years is no job
_ROLES = re.compile(
    r"\s*(?:-\s*)?(?:(?:full-time|part-time|temps plein|a temps plein|temps partiel|software|web|graphic|sales|"
    r"registered|senior|junior|field|salaried|permanent|itinerants?|sedentaires?|experts?)[- ])?"
    r"(graphistes?|comptables?|experts?-comptables|developpeu(?:r|se)s?|devs?|designers?|architectes?|vendeu(?:r|se)s?|"
    r"secretaires?|assistante?s?|juristes?|auditeu(?:r|se)s?|formateu(?:r|se)s?|formatrices?|enseignante?s?|professeurs?|profs?|"
    r"educat(?:eur|rice)s?|chauffeurs?|conducteu(?:r|rice)s?|livreu(?:r|se)s?|magasiniers?|caristes?|operat(?:eur|rice)s?|"
    r"ouvrie(?:r|re)s?|pharmaciens?|kines?|kinesitherapeutes?|dentistes?|veterinaires?|coiffeu(?:r|se)s?|cuisinie(?:r|re)s?|"
    r"conseille(?:r|re)s?|gestionnaires?|charge(?:e)?s (?:de|d')\w+|chefs? de projets?|redact(?:eur|rice)s?|journalistes?|"
    r"traduct(?:eur|rice)s?|chercheu(?:r|se)s?|analystes?|actuaires?|courtiers?|negociat(?:eur|rice)s?|recruteu(?:r|se)s?|"
    r"administratifs?|cadres?|managers?|stagiaires?|apprentis|interimaires|moniteu(?:r|rice)s?|animat(?:eur|rice)s?|"
    r"puericultrices?|auxiliaires?|aides?-soignante?s?|sages-femmes|radiologues?|biologistes?|preparat(?:eur|rice)s?|"
    r"mecaniciens?|electriciens?|plombiers?|menuisiers?|geometres?|paysagistes?|photographes?|monteu(?:r|se)s?|"
    r"illustrat(?:eur|rice)s?|dessinat(?:eur|rice)s?|programmeu(?:r|se)s?|receptionnistes?|standardistes?|teleconseille(?:r|re)s?|"
    r"agents? (?:immobiliers?|commerciaux|de \w+)|"
    r"developers?|accountants?|bookkeepers?|clerks?|paralegals?|solicitors?|attorneys?|barristers?|architects?|"
    r"surveyors?|teachers?|tutors?|lecturers?|drivers?|couriers?|technicians?|mechanics?|electricians?|plumbers?|"
    r"carers?|care workers?|pharmacists?|dentists?|hygienists?|vets?|veterinarians?|therapists?|physios?|receptionists?|"
    r"advis[eo]rs?|brokers?|analysts?|researchers?|scientists?|writers?|editors?|journalists?|translators?|recruiters?|"
    r"salespeople|sales ?reps?|reps|salesmen|account managers?|managers?|assistants?|secretaries|interns?|volunteers?|"
    r"trainees?|chefs?|cooks?|waiters?|waitresses?|cashiers?|stylists?|hairdressers?|photographers?|marketers?|"
    r"copywriters?|programmers?|coders?|testers?|planners?|buyers?|estimators?|operatives?|labou?rers?|builders?|"
    r"carpenters?|joiners?|guards?|cleaners?|caretakers?|dispatchers?|agents|consultants?|bankers?|"
    r"(?:admin|administrative|office|support|back-office|sales|field|warehouse|shop-floor) (?:staff|people|team members)|"
    r"(?!(?:check|play|black|white|short|wish|hit))[a-z]{3,}istes?|(?!(?:check|play|black|white|short|wish|hit))[a-z]{3,}ists|"
    r"[a-z]{3,}(?:trices|euses)|[a-z]{3,}icians)\b")
_SITES = re.compile(r"\s*(?:-\s*)?(?:(?!(?:and|et|or|ou|of|de|des|du|on|sur|in|en|per|par|a|with|avec)\b)[a-z'-]{3,15}\s+)?"
                    r"(campus(?:es)?|hopitaux|hospitals?|colleges?|lycees|universit(?:y|ies)|residences|ehpad|mairies|halls|"
                    r"sites?|agences?|bureaux|offices?|locations?|etablissements?|magasins?|"
                    r"boutiques?|implantations?|antennes?|branches?|etudes|succursales?|entrepots?|usines?|"
                    r"warehouses?|stores?|shops?|plants?|factories|clinics?|cliniques|cabinets|depots?|"
                    r"points? de vente|ecoles|schools|hotels|restos|restaurants|brasseries|pharmacies|laboratoires|labos|"
                    r"garages|concessions|ateliers|franchises|outlets|branches|premises|boulangeries|bakeries|patisseries|agencies|"
                    r"garden cent(?:re|er)s|jardineries|cafes|practices|surgeries|clubs|gyms|salles(?: de sport)?|studios|"
                    r"centres|centers|cinemas|theatres|theaters|spas|instituts|"
                    # generic places: "5 structures", "3 lieux", "4 bâtiments", "two buildings", "6 venues"
                    r"structures|lieux|locaux|batiments|buildings|venues|facilities|adresses|addresses|emplacements|"
                    r"creches|micro-creches|nurseries|ehpads|care homes|residences)\b")
_FEE_CUE = re.compile(r"redevance|forfait|mensuel\w*|par mois|/ ?mois|per month|a month|/ ?month|monthly|fees?\b|"
                      r"prix|price|facture|coute|costs?|paie|payons|pay\b|abonnement|subscription")
# "40 euros per late invoice", "150 € par intervention": a sum per event, not the monthly fee
_PER_EVENT = re.compile(r"\s*(?:ht |hors taxes? |ttc )?(?:per|par|for each|pour chaque|a|an|each|chaque|de) (?:late |unpaid )?"
                        r"(?:facture\w*|invoice\w*|retard\w*|incident\w*|intervention\w*|ticket\w*|deplacement\w*|"
                        r"visit\w*|call[- ]?outs?|hour|heure|jour|day|manquement|breach\w*|penalt\w*|penalit\w*|"
                        r"indemnit\w*|user|utilisateur|poste|seat|device|appareil|licen[cs]e)")
_YEARLY = re.compile(r"par an\b|/ ?an\b|annuel\w*|per year|a year|yearly|annual\w*")


@dataclass
class Slots:
    facts: dict = field(default_factory=dict)          # ScopeProfile fields stated
    negated_facts: set = field(default_factory=set)    # facts stated in the negative (for answers)
    add_services: list = field(default_factory=list)
    remove_services: list = field(default_factory=list)
    add_assets: list = field(default_factory=list)
    remove_assets: list = field(default_factory=list)
    add_topics: list = field(default_factory=list)
    remove_topics: list = field(default_factory=list)
    figures: dict = field(default_factory=dict)         # clause slot name -> value
    position: str | None = None                         # msp | balanced | client | mine | theirs
    topic: str | None = None
    term: str | None = None
    export_format: str | None = None
    side: str | None = None
    quantities: list = field(default_factory=list)
    figure_named: str | None = None                     # a figure named without a value ("and the notice?")
    said: dict = field(default_factory=dict)            # figure -> [value, unit] when said in another unit ("60 days")
    remove_parts: list = field(default_factory=list)    # a part of the clause taken out ("the indirect damages part")
    data_kinds: list = field(default_factory=list)      # whose personal data the message names (staff, pupils, ...)
    carve_out: str | None = None                        # an exception put into the clause ("planned maintenance if …")
    carve_limit: bool = False                           # the exception is to a limit the message sets ("un audit par an
    #                                                     au maximum sauf incident"): the limit does not apply then
    hours_said: dict | None = None                      # the service hours as said: {"days": [first, last], "start", "end"}
    data_location: list = field(default_factory=list)   # where the data must stay: "france", "eu", "eea"
    pasted: bool = False                                # a contract clause pasted in the message (its subject is the topic)
    relative: tuple | None = None                       # a change relative to the figure on the table: ("mul", 0.5),
    #                                                     ("add", 1.0, "month"); `relative_figure` resolves it

    def has_scope_change(self) -> bool:
        return bool(self.facts or self.add_services or self.remove_services or self.add_assets or self.remove_assets)


def _clause_span(folded: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _CLAUSE_BREAK.finditer(folded, 0, start):
        left = m.end()
    m = _CLAUSE_BREAK.search(folded, end)
    return left, (m.start() if m else len(folded))


_CHAT_SENTENCE = re.compile(r"(?<!\bart)[.!?;]+\s+")


# who hosts, read after a hosting participle ("hébergé par l'éditeur", "hosted at Microsoft", "hébergée chez OVH"): the
# provider (named, or the speaker's "we" when the provider speaks, "you" when the client does) sells the hosting; a
# third party or the client does not
_HOSTED_BY = re.compile(r"(?:heberge\w*|hosted)(?: (?:\w+ ){0,2}?)?\s*(?:par|chez|by|at|with|aupres (?:de|du|des|d'))\s+"
                        r"(?P<who>[\w'-]+(?: [\w'-]+)?)")
_HOST_PROVIDER = re.compile(r"(?:le |la |l'|the |notre |our |votre |your )?(?:prestataire|presta|infogerant|msp|"
                            r"provider|managed service provider|service provider)\b(?! (?:tiers|third|externe|exterieur))")
_FIRST_PERSON = re.compile(r"(?:nous|us|ourselves|moi|me|notre|nos|our|mes|my)\b")
_SECOND_PERSON = re.compile(r"(?:vous|you|yourselves|votre|vos|your|toi|ton|ta|tes)\b")
_THIRD_PERSON = re.compile(r"(?:eux|elles?|lui|them|leurs?|their|themselves)\b")


def _hosted_by_another(folded: str, span: tuple[int, int], side: str | None) -> bool:
    """A hosting word said with who hosts, that host being neither the provider nor the speaker's provider: "l'ENT est
    hébergé par l'éditeur", "their EHR is hosted by the vendor", "les données sont hébergées chez OVH"."""
    m = _HOSTED_BY.match(folded, span[0])
    if not m or m.start("who") - span[1] > 30:
        return False
    who = m.group("who")
    if _HOST_PROVIDER.match(who):
        return False
    if _FIRST_PERSON.match(who):
        return side == "client"
    if _SECOND_PERSON.match(who):
        return side == "msp"
    if _THIRD_PERSON.match(who):  # "chez eux": the provider when the client speaks, the client when the provider does
        return side == "msp"
    return True


def denied(text: str, folded: str, span: tuple[int, int], side: str | None = None, *, taken_up: bool = True) -> bool:
    """Negated or taken out where it stands: the toolkit's reading plus spoken forms. `side` is the
    speaker's: a client who does something "ourselves" keeps it out of the provider's scope; a provider
    saying the same keeps it in."""
    # the toolkit reads sentences from capitals; chat is often lower case: "hosting: no. backup: yes."
    lo = max((m.end() for m in _CHAT_SENTENCE.finditer(folded, 0, span[0])), default=0)
    hi = next((m.start() for m in _CHAT_SENTENCE.finditer(folded, span[1])), len(folded))
    left, right = _clause_span(folded, *span)
    if _PLACE_OF_DENIED.search(folded[left:span[0]]):
        # "no personal data on the servers", "pas de données de santé dans le cloud": the place where the denied
        # thing would be is not itself denied
        return False
    if is_negated(text[lo:hi], (span[0] - lo, span[1] - lo)):
        return True
    if _hosted_by_another(folded, span, side):
        return True
    before = folded[left:span[0]]
    # "everything but hosting and security", "tout sauf l'hébergement": what follows the exception is out
    if re.search(r"\b(?:everything|anything|all(?: the)?(?: services)?|the lot|tout(?: le reste)?|tous les services) "
                 r"(?:else )?(?:but|except|apart from|other than|sauf|hormis|excepte)\b[^.;:!?]*$",
                 folded[max(0, span[0] - 80):span[0]]):
        return True
    # a split particle verb: "take the patching out", "leave backups off", "cut the hosting out of it"
    if re.search(r"\b(take|takes|taking|leave|leaving|cut|strip|keep|drop|rip|count|sors|laisse)\b[\w' -]{0,25}$", before) and \
            re.match(r"[\w' -]{0,12}?\b(out|off|de cote|dehors)\b", folded[span[1]:right]):
        return True
    after = folded[span[1]:right]
    # said after the word: "l'hébergement non", "hosting: not needed", "hosting stays with us", "la sauvegarde est
    # déjà gérée par un autre prestataire", "on s'en occupe nous-mêmes"
    if _DENIED_AFTER.match(after) and not re.match(r"[\w' -]{0,40}\b(par|by) (vous|you|le prestataire|the provider|"
                                                    r"the msp|votre equipe|your team)\b", after) and not (
            side == "msp" and re.search(r"\b(nous|us|ourselves|in-house|en interne|notre|our)\b", after)):
        return True
    wide = folded[span[1]:span[1] + 60]  # the next clause when it only completes this one
    # the next clause takes it back with a pronoun and a negated verb: "les copieurs sont loués chez Xerox, on n'y touche
    # pas", "the phones are leased, we don't manage them", "le standard, vous n'y touchez jamais"
    # (what is in scope only: "patient files on their server, we don't host them" still holds personal data)
    back = _TAKEN_UP_NEGATED.match(folded, span[1], min(len(folded), span[1] + 110)) if taken_up else None
    if back and re.search(r"\b(?:heberg\w*|host\w*)\s+(?:them|it|those|that|pas|jamais|rien|plus)\b", back.group(0)):
        back = None  # "leur serveur, on ne l'héberge pas": the hosting denied, not the work on the thing
    if back and (back.group("who") in _PROVIDER_WORDS or side in ("msp", None)):
        return True
    if re.match(r"\s*(?:[:\-–]\s*(?:non|no|pas|not|not needed|not required|pas besoin|pas necessaire|exclu(?!si)\w*|excluded)\b)",
                wide):
        return True
    if side != "msp" and re.match(r"\s*,?\s*" + _ANOTHER_VENDOR, wide):
        return True
    if side != "msp" and re.match(r"\s*(?:,?\s*(?:on|nous) (?:la |le |les |l')?(?:garde|gardons|conserve|conservons|"
                                  r"fait|faisons|gere|gerons)\w* (?:en interne|nous-memes|chez nous|de notre cote)\b|"
                                  r",\s*(?:on|nous) (?:s'en|le|la|les) (?:occupe|occupons|charge|chargeons|gere|gerons|fait|faisons)\b|"
                r",\s*we (?:do|handle|manage|run|host) (?:it|that|this|them) (?:ourselves|in-house|internally)\b)", wide):
        return True
    # "ils gardent leur antivirus", "they're keeping their own firewall": the client keeps its own, out of the scope
    if re.search(r"\b(they'?re keeping|they'?ll keep|(ils|elles|le client|la cliente|they|the client|the customer)( \w+)? (gardent|garde|conservent|conserve|"
                 r"keep|keeps|retain|retains|are keeping|is keeping|will keep))\b[\w' -]{0,12}"
                 r"\b(leur|leurs|son|sa|ses|their|its)( own| propre)?\b[\w' -]{0,12}$", before):
        return True
    # kept by the client, told by the provider: "they keep telephony in house", "le client garde la téléphonie en interne"
    if re.search(r"\b(they|the client|the customer|ils|elles|le client|la cliente)( \w+)? (keep|keeps|retain|retains|are keeping|"
                 r"is keeping|will keep|'ll keep|run|runs|operate|operates|manage|manages|handle|handles|host|hosts|"
                 r"gardent|garde|conservent|conserve|gardera|garderont|gerent|gere|hebergent|heberge)\b[\w' -]{0,20}$",
                 before) and re.match(r"[\w' -]{0,25}?\b(en interne|chez eux|in-house|in house|internally|themselves|"
                                      r"eux-memes|de leur cote|on their side)\b", after):
        return True
    # kept by the client: "on garde l'hébergement en interne", "we keep hosting in-house"
    if side != "msp" and re.search(r"\b(on garde|nous gardons|on conserve|nous conservons|we keep|we'?ll keep|we retain|"
                                   r"keep|we (?:handle|manage|do|run|look after)|on (?:gere|fait|s'occupe)|nous (?:gerons|faisons|"
                                   r"nous occupons))\b[\w' -]{0,20}$", before) and re.match(r"[\w' -]{0,25}?\b(en interne|chez nous|nous-memes|in-house|in house|ourselves|"
                                      r"internally|de notre cote|on our side)\b", after):
        return True
    # control kept of it: "on garde la main sur le réseau", "we keep control of the firewall", "le client garde la gestion
    # de la téléphonie": whoever keeps it, it stays out of the provider's work (said by the client of itself, or of the
    # client by anyone)
    keep = (r"(?:gard\w*|conserv\w*|keep\w*|retain\w*|(?:is|are|'re|'s) keeping) (?:la main (?:sur|on)|le controle (?:de|du|des|d')|"
            r"la gestion (?:de|du|des|d')|l'administration (?:de|du|des|d')|la maitrise (?:de|du|des|d')|(?:full |total )?"
            r"control (?:of|over)|hold of|ownership of|charge of)\s*(?:le |la |les |l'|the |our |their |notre |nos |leur |leurs )?"
            r"(?:own |propre )?$")
    if re.search(r"\b(?:ils|elles|le client|la cliente|they|the client|the customer)( \w+)? " + keep, before) or (
            side != "msp" and re.search(r"\b(?:on|nous|we|we'?ll|we will|i|je)( \w+)? " + keep, before)):
        return True
    # "besoin de" alone is a need ("on a besoin de la sauvegarde"); only "pas / plus besoin de" takes out
    return bool(re.search(r"(?<![\w'])(?:pas d'|plus d'|(?:pas|plus) besoin d'|pas l'|(?:pas de|pas du|pas des|plus de|"
                          r"(?:pas|plus) besoin de|pas (?:les|la|le|nos|mes|vos|leurs?|notre|votre)|not (?:the|our|any)|"
                          r"vir\w*|laisse tomber|laissez tomber|on laisse tomber|scrap\w*|ditch\w*|bin|kill|"
                          r"(?:pas|plus) besoin que|no need (?:for (?:you )?)?to|don'?t (?:want|need) (?:you )?to|"
                          r"no need for|nothing|rien|zero|aucune?|sans|hors|sauf|retir\w*|enlev\w*|supprim\w*|"
                          r"remove\w*|drop\w*|take out|without|except(?!ion)\w*|exclu(?!si)\w*|no)(?!\w))", before))


_PROVIDER_WORDS = ("vous", "you", "le prestataire", "the provider", "the msp", "l'infogerant")
_TAKEN_UP_NEGATED = re.compile(
    r"[^.;!?,]{0,50},\s*(?:(?:mais|but|et|and|du coup|donc|so)\s+)?(?P<who>on|nous|we|je|i|vous|you|le prestataire|the provider|"
    r"the msp|l'infogerant)\s+(?:(?:n'|ne\s+)?(?:y|les|la|le|l'|en|s'en)\s*[a-z]+\s+(?:pas|jamais|rien|plus)\b|"
    r"(?:don'?t|do not|never|won'?t|will not|can'?t|cannot)\s+(?:\w+\s+){0,2}?(?:them|it|those|that)\b)")


# "backups we already handle with another vendor", "la sauvegarde, on l'a déjà avec un autre presta"
_ANOTHER_VENDOR = (r"(?:we|on|nous) (?:already |deja )?(?:handle|do|manage|run|have|get|use|l'a|les a|la fait|le fait|fait|gere|"
                   r"gerons|avons)(?: (?:it|them|that|deja))? (?:with|through|via|from|avec|chez|par) (?:another|a different|"
                   r"an other|a separate|a third|un autre|une autre|un tiers|a third-party|our other|our current|notre) (?:vendor|"
                   r"provider|supplier|company|firm|party|prestataire|presta|fournisseur|societe|boite|partenaire|partner|msp)\b")
_PLACE_OF_DENIED = re.compile(r"(?<![\w'])(?:no|pas de|pas d'|aucune?|sans|without)\b[\w' -]{0,30}?\b(?:data|donnees?|infos?|"
                              r"informations?|dossiers?|fichiers?|files?|records?|details)\b[\w' -]{0,25}?\b(?:on|in|onto|"
                              r"inside|within|sur|dans|chez)\s+(?:the |our |their |your |its |les |le |la |l'|nos |leurs |"
                              r"vos |ses |ce |cet |cette |ces )?$")
_DENIED_AFTER = re.compile(
    r"\W*(?:(?:non|no|nope|pas|not)\W*$|(?:on|nous|we) (?:la |le |les |l')?(?:garde|gardons|prend|prenons|veut|voulons)\w* "
    r"(?:pas|plus)\b|(?:we )?(?:don'?t|do not) (?:want|need|keep|take) (?:it|that|them)\b|(?:(?:c'est|c|ce n'est|ca sera|is) )?(?:pas la peine|pas utile|inutile|pas necessaire|"
    r"superflu\w*|not necessary|unnecessary|not needed|not required|not wanted|no thanks|non merci|"
    r"(?:on|nous) (?:s'en passe|s'en passons|n'en (?:veut|voulons) pas|laisse tomber)|we'?ll pass|we can skip)\b|(?:is |are |est |sont )?(?:not|pas|non) (?:needed|required|necessary|included|"
    r"wanted|necessaire|necessaires|inclus|incluse|incluses|compris|comprise|demande|demandee|voulu|voulue|souhaite|"
    r"souhaitee)\b|(?:n'est|ne sont) pas (?:necessaire|inclus|compris|demande|souhaite|prevu)\w*|"
    r"ne (?:fait|font) pas partie|(?:is |are |est |sont )?(?:exclu(?!si)\w*|out of scope|hors (?:perimetre|contrat))\b|"
    # "hosting is out", "la téléphonie, c'est hors jeu": taken out, said with a short word after it
    r"(?:is|are|'s|'re|goes|go|stays?) (?:out|off the (?:list|table))\b(?! (?:of (?!(?:the )?(?:scope|contract|agreement|perimeter|deal))|there|for|to|at|on|in)\b)|"
    r"(?:c'est |est |sont )?(?:hors jeu|a sortir|a retirer|a enlever)\b|"
    r"c'est (?:nous|moi|notre \w+|mon \w+) qui (?:la |le |les |l')?(?:fai\w*|fais|gere\w*|assur\w*|occup\w*|m'en occupe)|"
    r"(?:we|i) (?:do|handle|manage|run) (?:it|that|this|them) (?:ourselves|myself|in-house)|(?:is|are) (?:done|handled) by "
    r"(?:us|our|me|my)\b|"
    r"(?:reste|restent|demeure|demeurent|stays?|remains?) (?:chez|en interne|a notre charge|a la charge du client|"
    r"with us|in-house|in house|internal|on our side|de notre cote)|"
    # "le logiciel métier reste géré par l'éditeur", "the ERP stays supported by the vendor": someone else keeps it
    r"(?:reste|restent|demeure|demeurent|stays?|remains?) (?:\w+ )?(?:gere\w*|administre\w*|maintenu\w*|supporte\w*|"
    r"suivi\w*|pris\w* en charge|entretenu\w*|heberge\w*|managed|handled|run|supported|maintained|looked after|hosted|"
    r"serviced|with) (?:par|by|chez|with) (?!(?:vous|you|le prestataire|the provider|the msp|l'infogereur|l'infogerant|"
    r"votre equipe|your team|your)\b)|"
    # "hosting stays with OVH", "l'hébergement reste chez Scaleway": kept by a named third party (not "with you")
    r"(?:reste|restent|demeure|demeurent|stays?|remains?) (?:with|chez) (?!(?:vous|you|your|votre|vos|le prestataire|"
    r"the provider|the msp|l'infogere\w*|l'infogeran\w*|nous|us|our|notre|nos|moi|me|eux|them|le client|the client|"
    r"the customer|the|their|its|l'|le|la|les|leur|leurs|son|sa|ses|un|une|a|an)\b)[a-z0-9][\w.-]*\b|"
    r"(?:reste|restent|demeure|demeurent|stays?|remains?) (?:with|chez) (?:the |their |its |our |l'|le |la |leur |son |sa |notre )"
    r"(?:vendor|editeur|publisher|software (?:vendor|house|company)|supplier|fournisseur|operat\w*|carrier|reseller|"
    r"integrat\w*|revendeur|prestataire actuel|current provider)\b|"
    r"(?:est|sont) (?:deja )?(?:gere|geree|geres|gerees|assure|assuree|fait|faite|pris en charge|prise en charge|"
    r"externalise\w*|confie\w*) (?:par|en interne|chez|ailleurs)|"
    r"(?:is|are) (?:already )?(?:handled|done|managed|covered|provided|run|hosted|taken care of) (?:by|in-house|"
    r"internally|elsewhere)|"
    r"(?:is|are) (?:kept|done|run) (?:in-house|internally)|" + _ANOTHER_VENDOR + ")")


@lru_cache(maxsize=256)
def _word_pattern(pat: str) -> re.Pattern:
    """A vocabulary pattern as a whole-word regex, compiled once (the module's regexes outnumber re's cache)."""
    return re.compile(r"(?<![\w-])(?:" + pat + r")(?![\w-])")


def _mentions(patterns: dict, text: str, folded: str, side: str | None = None) -> tuple[list[str], list[str]]:
    pos, neg = [], []
    for name, pat in patterns.items():
        for m in _word_pattern(pat).finditer(folded):
            (neg if denied(text, folded, m.span(), side) else pos).append(name)
    neg = list(dict.fromkeys(neg))
    pos = [p for p in dict.fromkeys(pos) if p not in neg]
    return pos, neg


def _nearest_topic(fragment: str, *, first: bool) -> str | None:
    """The topic named closest to the word clause: "clause de pénalités pour retard de GTR" is about
    penalties (the first named after it), "GTR penalties clause" too (the last named before it)."""
    low = fold_keep_offsets(fragment)
    found = [(m.start(), m.end(), topic) for topic, pat in (*_TOPIC_CUES.items(), *_MORE_TOPIC_CUES.items())
             for m in [re.search(pat, low)] if m]
    if not found:
        return None
    return (min(found, key=lambda f: f[0]) if first else max(found, key=lambda f: f[1]))[2]


# "penalties on our SLA", "des pénalités sur la GTR", "SLA credits": the penalties are the clause, the service level
# what they sanction ("an SLA clause without penalties" stays the SLA)
_PENALTY_NAMED = re.compile(r"(?<!\bsans )(?<!\bwithout )(?<!\bno )(?<!\bpas de )(?<!\baucune )"
                            r"\b(penalites?|penalties|penalty|service credits?|credits? de service)\b")
# "twelve months of fees", "6 mois de redevance", "two years' worth of charges": a sum measured in fees (a cap), not
# the payment terms
_FEE_MEASURE = re.compile(r"\b[\w-]+ (?:months?|mois|years?|ans|annees)(?:'s?)? (?:worth )?(?:of |de |d')(?:the |la |les |"
                          r"leurs? |our |their |nos |vos |your )?(?:fees?|redevances?|charges|billing|facturation|factures|"
                          r"invoic\w+|sums? paid|sommes (?:versees|payees))\b")


# "the fees invoiced over the previous nine months", "les sommes versées au cours des 12 derniers mois": a cap measured by
# what was paid over a past period (a liability cap), not the payment terms
_PERCENT_OF_FEE = re.compile(r"(?:%|\bper ?cent|\bpour ?cent|\bpourcents?)\s+(?:of|de|d'|du|des)\s*(?:the |la |le |les |leur |our |"
                             r"their |notre |votre |your |ses |its |his )?(?:monthly |mensuel\w* )?(?:fees?|redevances?|"
                             r"forfaits?|factures?|invoices?|invoiced amounts?|montants? factures?)"
                             r"(?: mensuel\w*| monthly| du mois| of the month| of that month| concernee| concerned)?\b")
_FEE_PERIOD_HEAD = (r"\b(?:fees?|charges|amounts?|sums?|monies|redevances?|sommes|montants|prix|billing|facturation|factures|"
                    r"invoices?)\b[\w' ]{0,30}?\b(?:over|in|during|for|across|within|sur|au cours d(?:es|u|e)|pendant|durant)\s+"
                    r"(?:the |les |des |la |le )?(?:(?:previous|last|preceding|past|prior)\s+)?")
_FEE_PERIOD = re.compile(_FEE_PERIOD_HEAD + r"[\w-]+\s+(?:(?:derniers?|precedents?)\s+)?(?:months?|mois|years?|ans|annees)\b")
_FEE_PERIOD_BEFORE = re.compile(_FEE_PERIOD_HEAD + r"$")


_EXIT_FEES = re.compile(r"\b(exit|early[- ]exit|leaving|sortie|depart) (fees?|charges?|penalt\w*|costs?|payments?)\b|"
                        r"\b(frais|indemnites?|penalites?|couts?) de (sortie|depart)\b")


# "can we just walk out the same day?", "on peut partir du jour au lendemain ?": leaving the contract, asked
_LEAVING = re.compile(r"\b(can|could|may|should|do) (we|i)( just| simply| actually| then)? (walk (out|away)|leave(?! (it|that|this|them|out|as|in|the (sla|clause|cap|wording|text|figure|price|fee)s?)\b)|get out|quit|"
                      r"terminate|end (it|the contract|the agreement|things)|pull out|cancel( the contract)?)\b|"
                      r"\b(peut-on|on peut|pouvons-nous|puis-je|je peux|est-ce qu'on peut|est-ce que je peux|on pourrait|"
                      r"a-t-on le droit de|on a le droit de)( \w+)? (partir|quitter|rompre|resilier|claquer la porte|mettre fin|"
                      r"sortir du contrat|arreter le contrat)\b")


def clause_topic(text: str) -> str | None:
    """The topic a clause request names next to the word clause ("clause de pénalités", "penalties
    clause", "SLA clause"), else the topic the message names."""
    folded = fold_keep_offsets(text)
    measured = _FEE_MEASURE.search(folded) or (_FEE_PERIOD.search(folded) if re.search(
        r"plafon\w*|\bcap\w*|limit\w*|responsab\w*|liab\w*|ceiling", folded) else None)
    if measured:
        folded = _FEE_PERIOD.sub(lambda m: " " * len(m.group(0)), _FEE_MEASURE.sub(lambda m: " " * len(m.group(0)), folded))
    # "20 % of the monthly fee", "10 % de la redevance mensuelle": a share of the fee measures another figure (a cap of
    # credits, a penalty), it does not name the payment terms
    folded = _PERCENT_OF_FEE.sub(lambda m: " " * len(m.group(0)), folded)
    topic = _clause_topic(folded)
    if topic == "sla" and _PENALTY_NAMED.search(folded):
        return "penalties"
    if topic not in (None, "termination") and _LEAVING.search(folded):
        return "termination"  # "if they keep missing the SLA, can we just walk out?": leaving is what is asked
    if topic == "reversibility" and _EXIT_FEES.search(folded) and not re.search(r"\breversib", folded):
        return "termination"  # "no exit fees", "sans frais de sortie": what leaving costs, a term of the termination
    return topic or ("liability" if measured else None)


def _clause_topic(folded: str) -> str | None:
    for m in re.finditer(r"\bclauses?\b", folded):
        right = re.match(r"\s*(?:type |standard |de |du |d'|des |sur |on |for |of |pour |about )?(?:la |le |les |l'|the |"
                         r"une? |a )?([^,:;.?!]{2,35})", folded[m.end():])
        left = re.search(r"([^,:;.?!]{2,30})$", folded[max(0, m.start() - 30): m.start()].rstrip())
        after = _nearest_topic(right.group(1), first=True) if right and not re.match(
            r"(without|sans|hors|except|no|pas de|with no|with zero|avec zero|zero|aucune?|sans aucune?)\b", right.group(1)) \
            else None  # "SLA clause without penalties", "with no service credits"
        before = _nearest_topic(left.group(1), first=False) if left else None
        if after or before:
            return after or before
    return find_topic(folded) or next((t for t, pat in _MORE_TOPIC_CUES.items() if re.search(pat, folded)), None)


# "s'interdit d'embaucher tout salarié", "shall not hire any engineer of the Provider": what a non-solicitation clause forbids
_HIRING_OF_STAFF = (r"(?:embaucher|recruter|solliciter|debaucher|hire|recruit|solicit|employ|engage)\w*,? (?:directly or indirectly "
                    r"|directement ou indirectement |ou faire travailler )?(?:tout|toute|aucun|aucune|any|an?|the|les?|des|un|une) "
                    r"(?:salarie|employe|employee|member of (?:the )?staff|staff member|collaborateur|technicien|technician|"
                    r"engineer|ingenieur|consultant)\w*")
_FORBIDS_HIRING = re.compile(r"\b" + _HIRING_OF_STAFF)


# how people name a clause's subject in talk, besides the words the answers read ("a 36-month term", "poaching our
# techs", "which court", "uptime"): read only when no other topic word is found
_MORE_TOPIC_CUES = {
    "duration_renewal": r"\b(term clause|clause de duree|duree (du|de mon|de notre) contrat|contract (length|term|duration)|"
                        r"(initial|minimum|fixed) term|\d+[- ]?(month|year|mois|an)s?[- ]term|term of \d+|how long (should|must|can|"
                        r"does) (the|a|my|our) (contract|agreement)|periode d'engagement|lock-?in( period)?)\b",
    "reversibility": r"\b(data return|return of (the |our )?data|reprise des donnees|transition out|exit plan|hand-?over|hand-?back|"
                     r"changer de prestataire|switch(ing)? providers?)\b",
    "disputes": r"\b(which court|what court|quel tribunal|quelle juridiction|quel juge|droit applicable)\b",
    "non_solicitation": r"\b(" + _HIRING_OF_STAFF + r"|non-?solicit\w*|no-?poach\w*|non-?sollicit\w*|poach\w*|debauch\w*|(hire|hiring|recruit\w*|embaucher|recruter) (their|our|your|nos|leurs|vos) "
                        r"(staff|techs?|technicians?|engineers?|people|employees|techniciens|salaries|ingenieurs))\b",
    "sla": r"\b(uptime|disponibilite|availability|temps de reponse|response times?|resolution times?)\b",
    # a further processor brought in, or one brought in with or without telling the other side (GDPR art. 28(2)):
    # "sous-traitants ultérieurs", "subprocessors", "recourir à tout sous-traitant sans information préalable"
    "data_protection": r"\b(sous-traitants? ulterieurs?|sub-?processors?|further processors?|(sous-traitants?|sub-?contractors?)"
                       r"\b[^.;]{0,80}\b(information prealable|sans (en )?informer|autorisation (prealable|ecrite)|s'opposer|"
                       r"opposition|prior (written )?(notice|authori[sz]ation)|without (prior )?notice|object(ion)?)|"
                       r"(information prealable|sans (en )?informer|without (prior )?notice|prior (written )?authori[sz]ation)"
                       r"\b[^.;]{0,80}\b(sous-traitants?|sub-?contractors?))\b",
    "liability": r"\b(responsables?|responsible|liable)\b(?! (de|du|des) (traitement|donnees))(?! for processing)",
    "price_revision": r"\b((augment\w*|hausse\w*|monter|passer|relever|raise|increase|hike)\w* (de |sa |la |leur |son |the |its |"
                      r"their )?(redevance|prix|tarifs?|forfait|fee|fees|price|prices)|price (hike|rise|increase)s?)\b",
    "intellectual_property": r"\b(who owns|a qui appartien\w*|ownership of|proprietaire des (scripts|developpements|livrables))\b",
}


_REBALANCE = re.compile(r"re-?equilibr\w*|rebalanc\w*|trop (favorable|protect\w*)|too (favou?rable|one-sided|protective)|"
                        r"trop (en leur faveur|a leur avantage|pour eux)|too (much )?in their favou?r")


# "elle penche trop côté prestataire", "too provider-friendly", "trop favorable au client": a complaint about
# where the clause stands, not the way the user wants it to go
_PARTY = r"(?:le |la |l'|the |au |du )?(prestataire|presta|msp|provider|fournisseur|supplier|infogereur|vendor|client|customer)"
_COMPLAINT = re.compile(r"(?:penche\w*|lean\w*|tilt\w*|tourne\w*)? ?(?:trop|too(?: much)?|beaucoup trop|way too) "
                        r"(?:(?:cote|vers|towards?|in favou?r of|en faveur d[ue]|du cote d[ue]|pro|"
                        r"(?:favorable|favourable|protect\w*|genereu\w*|gentle|soft|friendly)\w* (?:au|a|to|for|pour|envers|du|of)) ?"
                        + _PARTY + r"|" + _PARTY + r"[- ](?:friendly|side))")


# the client's systems kept at the client's premises: "our servers stay on-prem", "les serveurs sont chez nous, dans
# notre baie", told by the client; "their servers are in their own comms room", told by the provider
_SYSTEMS = r"(?:(?:nos|leurs|les|our|their|the|all (?:our|their|the)|tous (?:nos|leurs|les)) )?(?:serveurs?|servers?|infra\w*|machines|baies?|systems?|systemes?)"
_ON_PREM_ANY = re.compile(r"\bon-?prem(?:ise|ises)?\b|\b(?:en|sur) local\b|\bin (?:a|the|our|their) (?:own )?(?:comms?|server|it|technical) "
                          r"(?:room|cupboard|closet)\b|\bdans (?:le|notre|leur) (?:local|salle|placard) (?:technique|serveurs?|informatique)\b")
_ON_PREM_OURS = re.compile(_SYSTEMS + r" (?:stay|stays|are|remain|sont|restent|reste|sit|live|se trouvent) (?:\w+ )?(?:chez nous|in-house|"
                           r"in house|at our (?:place|premises|office|site)|dans nos locaux|in our (?:own )?(?:office|premises|building))\b|"
                           r"\b(?:on|nous|we) (?:garde|gardons|keep|host|heberge|hebergeons) (?:\w+ )?" + _SYSTEMS +
                           r" (?:chez nous|in-house|in house|ourselves|nous-memes|dans nos locaux|at our (?:place|premises|office))\b")
_ON_PREM_THEIRS = re.compile(_SYSTEMS + r" (?:stay|stays|are|remain|sont|restent|reste|sit|live|se trouvent) (?:\w+ )?(?:chez eux|chez le client|"
                             r"in-house|in house|at their (?:place|premises|office|site)|dans leurs locaux|in their (?:own )?(?:office|"
                             r"premises|building))\b|\b(?:ils|elles|the client|le client|they) (?:garde\w*|keeps?|hosts?|heberge\w*) "
                             r"(?:\w+ )?" + _SYSTEMS + r" (?:chez eux|in-house|in house|themselves|eux-memes|dans leurs locaux|"
                             r"at their (?:place|premises|office))\b")


def _on_premises(folded: str, speaker: str | None) -> bool:
    """The systems are kept at the client's premises (so the provider hosts nothing), said by either side."""
    if _ON_PREM_ANY.search(folded) and re.search(r"\b(?:serveurs?|servers?|infra\w*|tout|everything|it all|machines|baies?)\b", folded):
        return True
    if speaker == "msp":
        return bool(_ON_PREM_THEIRS.search(folded))
    return bool(_ON_PREM_OURS.search(folded) or (speaker is None and _ON_PREM_THEIRS.search(folded)))


# meeting the other side halfway on a number: the compromise is the figure given with it
_SPLIT_FIGURE = re.compile(r"\b(?:meet(?:ing)? (?:them |each other |him |her )?(?:half-?way|in the middle)|split the difference|"
                           r"(?:couper|coupe|coupons|coupez) la poire(?: en deux)?|a mi-chemin|(?:somewhere )?in the middle|"
                           r"au milieu|entre les deux|middle ground|compromis|compromise)\b")


def read_position(folded: str) -> str | None:
    complaint = _COMPLAINT.search(folded)
    if complaint:  # what else the message asks ("… fais-la plus favorable pour moi") leads; else rebalance
        rest = folded[:complaint.start()] + " " + folded[complaint.end():]
        return _read_position(rest) or "balanced"
    return _read_position(folded)


def _read_position(folded: str) -> str | None:
    if _REBALANCE.search(folded):
        return "balanced"
    for name, pat in POSITION_PATTERNS:
        if re.search(pat, folded):
            return name
    return None


def _cue_before(folded: str, start: int, floor: int) -> tuple[int, str] | None:
    """The closest figure cue before a quantity (in its sentence, after the previous figure)."""
    window_start = max(floor, start - 70)
    window = folded[window_start:start]
    cut = max(window.rfind(". "), window.rfind("? "), window.rfind("; "))
    if cut >= 0:
        window_start += cut + 2
        window = folded[window_start:start]
    found: list[tuple[int, int, str]] = []
    for i, (slot, cue, _units) in enumerate(FIGURE_CUES):
        for m in _CUE_BEFORE[i].finditer(window):
            found.append((m.end(), -i, slot))
    found.sort(reverse=True)
    return [(end, slot) for end, _i, slot in found]


def _cue_after(folded: str, end: int) -> str | None:
    m = re.match(r"(?:'s?)?\s*(?:de |d'|of |for |to |pour )?(?:la |le |l'|the )?([\w'-]+(?: [\w'-]+)?)", folded[end:end + 40])
    if not m:
        return None
    for i, (slot, _cue, _units) in enumerate(FIGURE_CUES):
        if _CUE_AFTER[i].match(m.group(1)):
            return slot
    return None


def _convert(q: Quantity, slot: str) -> float | None:
    unit = q.unit
    v = q.value
    if slot.endswith("_hours"):  # a business day counted as a day (it is written as said, see _OTHER_UNIT)
        return {"hour": v, "business_hour": v, "minute": v / 60, "day": v * 24, "business_day": v * 24}.get(unit or "")
    if slot.endswith("_months"):
        if unit == "day" and v % 30 == 0 and v > 0:
            return v / 30  # "ninety days' notice" is three months
        return {"month": v, "year": v * 12}.get(unit or "")
    if slot.endswith("_years"):
        return {"year": v, "month": v / 12}.get(unit or "")
    if slot.endswith("_days"):
        return {"day": v, "business_day": v, "week": v * 7, "month": v * 30, "year": v * 365}.get(unit or "")
    if slot.endswith("_percent"):
        return v if unit == "percent" else None
    if slot.endswith("_eur"):
        return v if unit == "eur" else None
    return None


def convert_said(value: float, unit: str, slot: str) -> float | None:
    """A value in the unit the user gave a figure in ("90" of "60 days"), in the figure's own unit."""
    return _convert(Quantity(value, unit, (0, 0), ""), slot)  # type: ignore[arg-type]


def _priority(folded: str, q: Quantity) -> str:
    # named right after the figure: "deux heures en P1 et huit heures en P2"
    after = re.match(r"\s*(?:en |pour |for |in |on |sur )?(?:la |le |the )?(?:p([1-4])\b|priorite ([1-4])|priority ([1-4]))",
                     folded[q.span[1]:q.span[1] + 20])
    if after:
        return next(g for g in after.groups() if g)
    found = list(re.finditer(r"\bp([1-4])\b|priorite ([1-4])|priority ([1-4])", folded[max(0, q.span[0] - 30): q.span[0]]))
    return next(g for g in found[-1].groups() if g) if found else "1"  # the nearest: "P1 4h, P2 8h"


_SUFFIX_UNIT = (("_hours", "hour"), ("_months", "month"), ("_days", "day"), ("_years", "year"), ("_percent", "percent"),
                ("_eur", "eur"))
# cues too loose to name a figure on their own ("max", "taux", "keep", "test"…)
_LOOSE_CUES = {"penalty_cap_percent", "revision_cap_percent", "hardware_replacement_days", "data_return_days",
               "backup_retention_days", "restore_test_months", "cure_days", "insurance_amount_eur"}


def named_figure(folded: str, quantities: list[Quantity], figure_hint: str | None = None) -> str | None:
    """A figure named without its value ("and the notice?", "et la GTR ?", "et en P2 ?"): the one the next bare
    value is for."""
    if any(q.unit for q in quantities) or len(folded.split()) > 10:
        return None
    prio = re.search(r"\b(?:p|priorite |priority )([1-4])\b", folded)
    found = []
    for i, (slot, cue, _units) in enumerate(FIGURE_CUES):
        if slot in _LOOSE_CUES:
            continue
        m = _CUE_BEFORE[i].search(folded)
        if m and re.match(r"\W|$", folded[m.end():m.end() + 1] or " "):
            found.append((m.start(), slot))
    if found:
        slot = min(found)[1]
        return slot.replace("{p}", prio.group(1) if prio else "1")
    if prio and figure_hint and re.search(r"_p[1-4]_", figure_hint):
        return re.sub(r"_p[1-4]_", f"_p{prio.group(1)}_", figure_hint)  # "et en P2 ?" after the P1 figure
    return None


# "un audit sur place une fois par an", "on-site inspections", "visite de contrôle sur site": the client's check on the
# provider's premises, a clause of audit, not the provider's technicians coming on site
_CHECK_ON_SITE = re.compile(r"\b(?:audits?|auditer|inspect\w*|controles?|controler|verifications?|verifier|visites? de controle)"
                            r"(?: [\w']+){0,3}\s*$")


# -- a figure changed relative to the one on the table ("halve that", "divise le plafond par deux", "un mois de plus") --
_NUMWORD = {"deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4, "cinq": 5, "five": 5, "dix": 10,
            "ten": 10, "un": 1, "une": 1, "one": 1, "an": 1, "a": 1, "six": 6, "douze": 12, "twelve": 12}
_N = r"(\d+(?:[.,]\d+)?|deux|two|trois|three|quatre|four|cinq|five|six|dix|ten|douze|twelve|une?|one|an?)"
# the unit of a change, with the kind of day or hour it counts ("5 jours ouvrés de plus", "two more business days"):
# the qualifier stays outside the group and `_relative_match` reads it from the whole match
_UNIT_WORD = (r"(?:(?:business|working|calendar|clear) )?"
              r"(mois|months?|ans?|annees?|years?|semaines?|weeks?|jours?|days?|heures?|hours?|h|minutes?|mins?|"
              r"points?|pour ?cent|percent|%|postes?|utilisateurs?|users?|seats?|sites?)"
              r"(?: (?:ouvres|ouvrees|ouvrables|calendaires|francs|pleins))?")
_BUSINESS_QUALIFIER = re.compile(r"\b(?:business|working|ouvres|ouvrees|ouvrables)\b")
_UNIT_OF = {"mois": "month", "month": "month", "an": "year", "ans": "year", "annee": "year", "year": "year",
            "semaine": "week", "week": "week", "jour": "day", "day": "day", "heure": "hour", "hour": "hour", "h": "hour",
            "minute": "minute", "min": "minute", "point": "percent", "pour cent": "percent", "pourcent": "percent",
            "percent": "percent", "%": "percent", "poste": "users", "utilisateur": "users", "user": "users",
            "seat": "users", "site": "sites", "personne": "users", "people": "users", "salarie": "users",
            "employe": "users", "employee": "users", "staff": "users", "collaborateur": "users", "collab": "users",
            "agent": "users", "starter": "users", "agence": "sites", "office": "sites", "location": "sites",
            "depot": "sites", "entrepot": "sites", "warehouse": "sites", "branche": "sites", "branch": "sites"}
# the object of the change: a pronoun or a figure's noun ("the response time", "le plafond", "la durée")
_OBJ = r"(?:it|that|this|them|those|ca|cela|le|la|les|l'|the|ce|cette|ces|ton|ta|tes|our|their|notre|leur|[a-z'-]+(?: [a-z'-]+)?)"
_HALF = re.compile(r"\b(halve[sd]?|halving|cut (?:it|that|this|them|the|our|their)(?: \w+){0,2}? (?:in|by) half|(?:reduce|bring|take) "
                   r"(?:it|that|this|the|our|their)(?: \w+){0,2}? (?:down )?by half|half (?:of )?(?:it|that|this)\b(?! is)|"
                   r"divis\w*(?:-(?:moi|nous|le|la|les))? (?:" + _OBJ + r" )*?par (?:deux|2)|"
                   r"coupe\w*(?:-(?:moi|nous|le|la|les))? (?!la poire)(?:" + _OBJ + r" )*?en deux|"
                   r"(?:la |de )?moitie (?:moins|plus court\w*|plus bas\w*)|(?:prends|mets|garde|fais) (?:en )?la moitie|"
                   r"(?:par|by) (?:deux|two|2) (?:moins|less)|deux fois moins(?: long\w*| de temps| eleve\w*)?|reduis\w* (?:" + _OBJ + r" )*?de moitie|de moitie)\b")
_DOUBLE = re.compile(r"(?<!-)\b(double(?= (?:it|that|this|them|the|our|their|le|la|les|l'|ca|cela)\b)|doubl(?:es|ed|ez|er|ons|ing)|(?:mets|met|mettez|prends) (?:le )?double|"
                     r"multipli\w* (?:" + _OBJ + r" )*?par (?:deux|2|two)|twice (?:that|it|as (?:long|much|high|many))|"
                     r"deux fois plus(?: long\w*| haut\w*| eleve\w*| de temps)?|two times (?:that|as)|x ?2)\b"
                     r"(?! (?:authenti\w*|check\w*|sauvegarde\w*|backup\w*|factor|verification|emploi|controle|"
                     r"saisie|peine|usage|compte|entry|dip|standard|sens)\b)(?!-)")
_TRIPLE = re.compile(r"\b(tripl(?:e|es|ed|ez|er|ing)|multipli\w* (?:" + _OBJ + r" )*?par (?:trois|3|three)|"
                     r"three times (?:that|as)|trois fois plus)\b")
_DIVIDE_N = re.compile(r"\bdivis\w* (?:" + _OBJ + r" )*?par " + _N + r"\b|\bdivide (?:" + _OBJ + r" )*?by " + _N + r"\b")
_MORE = re.compile(r"(?<![\w.,])" + _N + r" " + _UNIT_WORD + r" (?:de plus|supplementaires?|en plus(?! (?:du|de|des|d'))|more|"
                   r"extra|additional)\b(?! (?:than|que|qu'))|"
                   r"\b(?:an?|one|une?) (?:more|extra|additional) " + _UNIT_WORD + r"(?!\w)|(?<![\w.,])" + _N + r" (?:more|extra|"
                   r"additional) " + _UNIT_WORD + r"(?!\w)(?! (?:than|que|qu'))|\b(?:rajoute\w*|ajoute\w*|add) " + _N + r" (postes?|utilisateurs?|users?|"
                   r"seats?)\b|\b(?:augmente\w*|allonge\w*|prolonge\w*|rallonge\w*|monte\w*|extend\w*|increase\w*|"
                   r"raise\w*|bump\w*|lengthen\w*)(?: [a-z'-]+){0,3}? (?:de|by) " + _N + r" ?" + _UNIT_WORD + r"(?!\w)|"
                   # "ajoute un mois au préavis", "add two weeks to the notice", "give them a month on top"
                   r"\b(?:rajoute\w*|ajoute\w*|add) " + _N + r" " + _UNIT_WORD +
                   r" (?:au|aux|a la|a l'|(?:to|on|onto) (?:it|that|this|the|their|our))\b|"
                   # "et ajoute 3 mois", "add two weeks": the amount alone, the figure on the table its object
                   r"^(?:(?:et|and|ok|bon|alors|then|puis)\W+)*(?:rajoute\w*|ajoute\w*|add|adds) (?:encore )?" + _N + r" "
                   + _UNIT_WORD + r"(?: (?:de plus|en plus|more|extra))?\W*$|"
                   r"\bgive (?:them|us|it) " + _N + r" " + _UNIT_WORD + r" on top\b|"
                   # "rajoute 5 jours ouvrés", "add another two weeks", "give them an extra month": more of the same
                   r"\b(?:rajoute\w*|add another|give (?:them|us|it) (?:another|an extra)) " + _N + r" " + _UNIT_WORD + r"(?!\w)|"
                   r"\b(?:add|rajoute\w*|ajoute\w*|give (?:them|us|it)) (?:another|an extra|one more|un autre|une autre|"
                   r"encore une?) " + _UNIT_WORD + r"(?!\w)")
_LESS = re.compile(r"(?<![\w.,])" + _N + r" " + _UNIT_WORD + r" (?:de moins|en moins|less|fewer)\b|"
                   r"\b(?:an?|one|une?) (?:less|fewer) " + _UNIT_WORD + r"(?!\w)|(?<![\w.,])" + _N + r" (?:fewer|less) "
                   + _UNIT_WORD + r"(?!\w)|\b(?:reduis\w*|reduit\w*|raccourci\w*|baisse\w*|diminue\w*|redui\w*|reduce\w*|"
                   r"cut\w*|shorten\w*|lower\w*|drop\w*|trim\w*)(?: [a-z'-]+){0,3}? (?:de|by) " + _N + r" ?" + _UNIT_WORD + r"(?!\w)|"
                   # "raccourcis-la d'un an", "réduis-le d'une semaine": the amount after "d'"
                   r"\b(?:reduis\w*|raccourci\w*|baisse\w*|diminue\w*)(?:-(?:le|la|les))?(?: [a-z'-]+){0,3}? d'" + _N + r" ?"
                   + _UNIT_WORD + r"(?!\w)|"
                   # "enlève 2 mois", "take off 3 months": the amount alone, the figure on the table its object
                   r"^(?:(?:et|and|ok|bon|alors|then|puis)\W+)*(?:enleve\w*|retire\w*|ote\w*|take off|knock off) " + _N + r" "
                   + _UNIT_WORD + r"\W*$|"
                   # "enlève un mois au préavis", "take two weeks off the notice"
                   r"\b(?:enleve\w*|retire\w*|ote\w*|take|knock|shave) " + _N + r" " + _UNIT_WORD +
                   r" (?:au|aux|a la|a l'|du|de la|off|from)\b")

# a figure changed by a fraction of itself, the verb giving the way ("réduis-le d'un tiers", "cut it by a quarter",
# "augmente le préavis de moitié", "raise it by half"): a typed ("mul", factor) on the figure on the table
_FRACTION_OF = {"tiers": 1 / 3, "third": 1 / 3, "quart": 0.25, "quarter": 0.25, "moitie": 0.5, "half": 0.5,
                "cinquieme": 0.2, "fifth": 0.2}
_FRACTION = re.compile(
    r"\b(?:(?P<down>reduis\w*|reduit\w*|redui\w*|raccourci\w*|baisse\w*|diminue\w*|abaisse\w*|allege\w*|reduce\w*|cut\w*|"
    r"shorten\w*|lower\w*|drop\w*|trim\w*|slash\w*|(?:bring|take|knock)\w*(?: [a-z'-]+){0,3}? down)|"
    r"(?P<up>augmente\w*|allonge\w*|prolonge\w*|rallonge\w*|monte\w*|hausse\w*|rehausse\w*|extend\w*|increase\w*|"
    r"raise\w*|bump\w*|lengthen\w*|(?:bring|push|put)\w*(?: [a-z'-]+){0,3}? up))"
    r"(?:-(?:le|la|les|moi))?(?: [a-z'-]+){0,4}? (?:de (?:la |un |une )?|d'(?:un |une )?|by (?:a |one |an? )?)"
    r"(?P<frac>tiers|third|quart|quarter|moitie|half|cinquieme|fifth)\b(?! (?:des|de|du|d'|of)\b)")


# a head count or a number of sites changed by a number of people or places ("on enlève 3 postes", "deux salariés
# partent", "we're losing 4 seats", "add two users", "trois nouveaux postes", "5 new starters", "one more office")
_COUNT = (r"(postes?|utilisateurs?|users?|seats?|sites?|personnes?|people|salaries?|employes?|employees?|staff|"
          r"collaborateurs?|collabs?|agents?|starters?|agences?|offices?|locations?|depots?|entrepots?|warehouses?|branches?)")
_COUNT_LESS = re.compile(r"\b(?:enleve\w*|retire\w*|ote[rsz]?|supprime\w*|remove\w*|drop\w*|los(?:e|es|ing)|lost|perd\w*|minus|"
                         r"moins|cut\w*|take (?:away|off|out)|deduct\w*|decompte\w*|retranche\w*)(?: (?:les?|the|our|their|nos|leurs))?"
                         r" " + _N + r" " + _COUNT + r"\b(?! (?:au|aux|a la|a l'|off|from) (?!perimetre|scope|contrat|contract))|"
                         r"(?<![\w.,])" + _N + r" " + _COUNT + r" (?:(?:are |will |vont |sont |have |ont )?(?:partent|partir|parti|s'en vont|"
                         r"s'en aller|quittent|quitter|nous quittent|leave|leaving|left us|retire|retiring|going away)|"
                         r"de moins|en moins|less|fewer)\b(?! (?:du|de|des|d'|than|que|qu'|par rapport|compared))")
_PLACE = (r"(?:sites?|agences?|offices?|branch(?:es)?|bureaux?|cliniques?|magasins?|boutiques?|entrepots?|warehouses?|depots?|"
          r"usines?|plants?|stores?|shops?|antennes?|etablissements?|locations?|succursales?|cabinets?|ecoles?|schools?|"
          r"hotels?|restaurants?|pharmacies?|pharmacy|labs?|laboratoires?|locaux|premises|buildings?|batiments?)")
_COUNT_MORE = re.compile(r"\b(?:rajoute\w*|ajoute\w*|add(?:s|ed|ing)?|gagne\w*|embauche\w*|recrute\w*|hir(?:e|es|ed|ing)|"
                         r"onboard\w*|ouvr\w*|open(?:s|ed|ing)?)(?: (?:encore|another|les?|the))? " + _N + r" (?:(?:nouveaux|nouvelles|new|more|"
                         r"extra|additional|autres|other) )?" + _COUNT + r"\b(?! (?:au|aux|a la|a l'|to|onto) (?!perimetre|scope|contrat|contract))|"
                         r"(?<![\w.,])" + _N + r" (?:nouveaux|nouvelles|new) " + _COUNT + r"\b|"
                         r"(?<![\w.,])" + _N + r" " + _COUNT + r" (?:(?:are |will |vont )?(?:arrivent|arriver|nous rejoignent|rejoignent|"
                         r"rejoindre|join(?! us for)|joining|arriving)|de plus|en plus|supplementaires?|more|extra|additional)\b"
                         r"(?! (?:du|de|des|d'|than|que|qu'|par rapport|compared))|"
                         # people placed at a place said to be new ("6 postes pour la nouvelle clinique", "a new office
                         # with 12 people"): they come on top of the people already counted
                         r"(?<![\w.,])" + _N + r" " + _COUNT + r" (?:pour|for|at|in|dans|a|sur|on|de|chez) (?:le |la |l'|the |"
                         r"leur |their |our |notre |ce |cette |cet |this |that |un |une |a )?(?:nouveau|nouvel|nouvelle|new|futur|"
                         r"future|prochain|prochaine|next)\b|"
                         r"\b(?:nouveau|nouvel|nouvelle|new|futur|future|second|deuxieme|troisieme|third) " + _PLACE + r" (?:avec|with|de|of) "
                         + _N + r" " + _COUNT + r"\b|^(?:and |so )?plus " + _N + r" " + _COUNT + r"\b")


# people counted by their job or as people, changed: "3 extra people", "deux comptables de plus", "two fewer drivers"
_PEOPLE_CHANGED = re.compile(r"(?<![\w.,])" + _N + r" (?:(more|extra|additional|new|nouveaux|nouvelles|supplementaires|autres|fewer|less)"
                             r" )?(?P<who>[a-z'-]+)(?: (?P<how>de plus|en plus|supplementaires?|more|extra|"
                             r"additional|de moins|en moins|fewer|less))?\b(?! (?:du|de|des|d'|than|que|qu'|par rapport|compared))")


def _count_change(folded: str) -> tuple[tuple, tuple[int, int]] | None:
    """("add", ±n, "users"|"sites") for a head count or a number of sites changed by n ("on enlève 3 postes")."""
    for pattern, sign in ((_COUNT_LESS, -1), (_COUNT_MORE, 1)):
        for m in pattern.finditer(folded):
            groups = [g for g in m.groups() if g is not None]
            n = next((x for x in (_number(g) for g in groups) if x is not None), None)
            unit = next((x for x in (_unit(g) for g in groups) if x in ("users", "sites")), None)
            if n and unit and float(n).is_integer():
                return ("add", sign * n, unit), m.span()
    for m in _PEOPLE_CHANGED.finditer(folded):
        n, before, how = _number(m.group(1)), m.group(2), m.group("how")
        if not n or not float(n).is_integer() or not (before or how) or (before and how):
            continue
        start = m.start("who")
        if not (_PEOPLE.match(folded, start) or _ROLES.match(folded, start)) or _SITES.match(folded, start):
            continue
        sign = -1 if how in ("de moins", "en moins", "fewer", "less") or before in ("fewer", "less") else 1
        return ("add", sign * n, "users"), m.span()
    return None


# -- a figure taken back ("ah non pardon c'est 1 750", "sorry, I meant 19", "oops 2 not 3", "erreur de ma part : 12") --
CORRECTABLE_FACTS = ("users", "sites", "monthly_fee_eur")
_CORRECTION = re.compile(r"\b(?:pardon|oups|oops|whoops|sorry|desole\w*|(?:je me suis|on s'est|i) (?:trompe\w*|plante\w*|"
                         r"goofed|messed up|got it wrong)|erreur|my bad|my mistake|i meant|je voulais dire|je voulais mettre|"
                         r"correction|rectif\w*|typo|faute de frappe|coquille|mistyped|misread|scratch that|wrong figure|"
                         r"wrong number|mauvais chiffre|(?:ah |oh )?non,? (?:c'est|en fait|attends?|plutot)|no,? (?:it's|it is|wait|"
                         r"actually))\b")
_TAKEN_BACK = re.compile(r"\b(?:not|pas|au lieu de|instead of|rather than|plutot que|et non)\s+(?:de\s+)?$")


def correction_value(folded: str, quantities: list) -> float | None:
    """The value a short correction gives ("ah non pardon c'est 1 750", "sorry I meant 19 not 22"): the one
    figure said (not the one taken back), when the message says it corrects; None otherwise."""
    if not _CORRECTION.search(folded) or len(folded.split()) > 25:
        return None
    kept = [q for q in quantities if q.unit in (None, "eur", "gbp", "usd", "users", "workstations", "sites")
            and not _TAKEN_BACK.search(folded[max(0, q.span[0] - 20):q.span[0]])]
    if len(kept) != 1 or len(quantities) - len(kept) > 1:
        return None
    return kept[0].value


def _number(word: str) -> float | None:
    word = word.strip()
    if word in _NUMWORD:
        return float(_NUMWORD[word])
    try:
        return float(word.replace(",", "."))
    except ValueError:
        return None


def _unit(word: str) -> str | None:
    word = word.strip()
    return _UNIT_OF.get(word) or _UNIT_OF.get(word.rstrip("s")) or _UNIT_OF.get(re.sub(r"e?s$", "", word))


def read_relative(folded: str) -> tuple | None:
    """A change relative to the figure on the table, read from the words: ("mul", factor) for "halve that",
    "divise le plafond par deux", "double the response time", or ("add", delta, unit) for "un mois de plus", "two
    more weeks", "ajoute 2 postes", "réduis de 6 mois". None when the message sets or names no such change."""
    found = _relative_match(folded)
    return found[0] if found else None


def _relative_match(folded: str) -> tuple[tuple, tuple[int, int]] | None:
    m = _FRACTION.search(folded)
    if m:
        part = _FRACTION_OF[m.group("frac")]
        return ("mul", 1 - part if m.group("down") else 1 + part), m.span()
    for pattern, factor in ((_HALF, 0.5), (_TRIPLE, 3.0), (_DOUBLE, 2.0)):
        m = pattern.search(folded)
        if m:
            return ("mul", factor), m.span()
    m = _DIVIDE_N.search(folded)
    if m:
        n = _number(m.group(1) or m.group(2) or "")
        if n and n > 1:
            return ("mul", 1 / n), m.span()
    counted = _count_change(folded)
    if counted:
        return counted
    for pattern, sign in ((_MORE, 1), (_LESS, -1)):
        m = pattern.search(folded)
        if m:
            groups = [g for g in m.groups() if g is not None]
            nums = [_number(g) for g in groups]
            units = [_unit(g) for g in groups]
            n = next((x for x in nums if x is not None), 1.0)
            unit = next((x for x in units if x is not None), None)
            if unit is None and groups and _number(groups[0]) is None:
                unit = _unit(groups[0])
            if unit in ("day", "hour") and _BUSINESS_QUALIFIER.search(m.group(0)):
                unit = "business_" + unit  # "3 jours ouvrés de plus": counted in working days, written as said
            if unit:
                return ("add", sign * n, unit), m.span()
    return None


def _relative_target(folded: str) -> str | None:
    """The figure a relative change names ("the response time", "le plafond", "la durée"), None for "that"."""
    found = []
    for i, (slot, _cue, _units) in enumerate(FIGURE_CUES):
        m = _CUE_BEFORE[i].search(folded)
        if m:
            found.append((m.start(), i, slot))
    if not found:
        return None
    return min(found)[2].replace("{p}", "1")


def relative_candidates(folded: str) -> list[str]:
    """Every figure whose cue the message names (a cap may be the penalties' or the liability's)."""
    out = []
    for i, (slot, _cue, _units) in enumerate(FIGURE_CUES):
        if _CUE_BEFORE[i].search(folded):
            out.append(slot.replace("{p}", "1"))
    return out


def apply_relative(rel: tuple, slot: str, value: float) -> float | None:
    """The new value of `slot` (now `value`) after the relative change; None when the change's unit does not fit."""
    if rel[0] == "mul":
        new = value * rel[1]
    elif rel[2] == "percent" and not slot.endswith("_percent"):
        new = value * (1 + rel[1] / 100)  # "reduce the payment term by 50%": a proportion of a figure not in percent
    else:
        q = Quantity(abs(rel[1]), rel[2], (0, 0), "")
        delta = _convert(q, slot) if rel[2] not in ("users", "sites") else None
        if delta is None:
            return None
        new = value + (delta if rel[1] > 0 else -delta)
    if new <= 0:
        return None
    return int(new) if float(new).is_integer() else round(new, 2)


def read_figures(text: str, folded: str, quantities: list[Quantity], topic: str | None,
                 topic_hint: str | None = None, figure_hint: str | None = None,
                 said: dict | None = None) -> tuple[dict, float | None]:
    """Clause figures set by the message, and a monthly fee when one is stated; `said` receives the figures given
    in a unit other than their slot's ("60 days' notice", "an RTO of one business day"), to be written as said."""
    out: dict = {}
    fee = None
    floor = 0
    template: str | None = None  # the last per-priority figure read ("restoration_time_p{p}_hours")
    quantities = _percent_like(folded, _bare_figure(folded, quantities, topic or topic_hint))
    quantities = _replaced(folded, quantities)
    # "le client en voudra 15 %, on peut monter à 10 %": the other side's figure is not the one set
    theirs = [q for q in quantities if q.unit not in (None, "users", "sites", "workstations") and _wished_by_them(folded, q)]
    if len(theirs) < len([q for q in quantities if q.unit not in (None, "users", "sites", "workstations")]):
        quantities = [q for q in quantities if q not in theirs]
    for q in quantities:
        if q.unit is None or q.unit in ("users", "sites", "workstations"):
            floor = q.span[1]
            continue
        if q.unit == "eur" and (_FEE_CUE.search(folded[max(0, q.span[0] - 50): q.span[1] + 25])) and not re.search(
                r"assurance|insurance|taux horaire|tarif horaire|hourly|de l'heure|per hour|plafond|cap\b",
                folded[max(0, q.span[0] - 40): q.span[0]]) and not _PER_EVENT.match(folded, q.span[1]) and not \
                _hiring_sum(folded, q.span):
            fee = q.value / 12 if _YEARLY.search(folded[q.span[1]: q.span[1] + 20]) else q.value
            if fee < 100 and re.match(r"\s?k\b", folded[q.span[1]:q.span[1] + 3]):
                fee *= 1000  # "€2.4k a month"
            floor = q.span[1]
            continue
        if q.unit == "eur" and _hiring_sum(folded, q.span):  # "15k EUR if they hire one of our techs"
            out.setdefault("non_solicitation_indemnity_eur", int(q.value) if float(q.value).is_integer() else q.value)
            floor = q.span[1]
            continue
        own = _OWN_NOTICE.get(topic or topic_hint or "") if q.unit in ("day", "business_day", "week") and not re.search(
            r"resili|terminat", folded) else None

        def mine(sl: str | None) -> str | None:
            return own if own and sl == "notice_months" else sl
        if q.unit in ("month", "year") and (topic or topic_hint) not in ("penalties", "price_revision") and \
                _FEE_PERIOD_BEFORE.search(folded[max(0, q.span[0] - 90):q.span[0]]) and re.search(
                    r"plafon\w*|\bcap\w*|limit\w*|responsab\w*|liab\w*|ceiling|maximum", folded):
            out.setdefault("liability_cap_months", int(_convert(q, "liability_cap_months") or q.value))
            floor = q.span[1]
            continue
        slot = mine(_cue_after(folded, q.span[1]))
        if slot is not None and _convert(q, slot.replace("{p}", "1")) is None:
            slot = None
        if slot is None:
            slot = next((mine(sl) for _end, sl in _cue_before(folded, q.span[0], floor)
                        if _convert(q, mine(sl).replace("{p}", "1")) is not None), None)
        if slot is None and template and (re.search(r"\b(p[1-4]|priorite [1-4]|priority [1-4])\W{0,3}$",
                                                    folded[max(0, q.span[0] - 14):q.span[0]]) or re.match(
                r"\s*(?:en |pour |for |in |on |sur )?(?:la |le |the )?(?:p[1-4]\b|priorite [1-4]|priority [1-4])",
                folded[q.span[1]:q.span[1] + 20])):
            slot = template  # "GTR P1 4h, P2 8h": the next priority of the same figure
        if slot is None and figure_hint and len(folded.split()) <= 8:
            # "make it 1 month" after "and the notice?": the figure just named
            unit = q.unit or next((u for suffix, u in _SUFFIX_UNIT if figure_hint.endswith(suffix)), None)
            if _convert(replace(q, unit=unit), figure_hint) is not None:
                q, slot = replace(q, unit=unit), figure_hint
        if slot == "penalty_rate_percent" and re.search(r"\b(plafon\w*|capped|cap|limite\w*|limit|limited|in total|au total|"
                                                         r"total|cumul\w*|overall|altogether|depass\w*|exceed\w*|"
                                                         r"no more than|pas plus de|au maximum|maximum|max)\b",
                                                         folded[max(floor, q.span[0] - 70):q.span[0]]):
            slot = "penalty_cap_percent"  # "plafonne les pénalités à 10 %": the verb sets the cap
        if slot == "initial_term_months" and topic_hint not in (None, "duration_renewal") and not re.search(
                r"contrat|contract|initial|engagement|commitment", _AFTER_END.sub(" ", folded)):
            table = TOPIC_FIGURES.get(topic_hint, {})
            slot = table.get(q.unit or "") or table.get("month" if q.unit == "year" else "") or slot
        for t in (topic, topic_hint):
            if slot is None and t in TOPIC_FIGURES:
                table = TOPIC_FIGURES[t]
                base = "month" if q.unit == "year" else ("hour" if q.unit in ("business_hour", "minute") else q.unit)
                slot = table.get(q.unit or "") or table.get(base or "")
                if slot == "availability_percent" and q.value < 80:
                    # "credits up to 15 %" on a service-level clause: no availability is that low; a credit's rate
                    # or cap when credits or penalties are named, else nothing
                    slot = "penalty_rate_percent" if re.search(r"penalit|penalt|\bcredits?\b", folded) else None
            if slot == "monthly_fee_eur" and _PER_EVENT.match(folded, q.span[1]):
                slot = None  # "40 € per late invoice" is no fee
                break
            if slot == "monthly_fee_eur":
                fee, floor = q.value, q.span[1]
                continue
        if slot is None:
            continue
        if slot == "penalty_rate_percent" and re.search(r"\b(plafon\w*|capped|cap|limite\w*|limit|limited|in total|au total|"
                                                         r"total|cumul\w*|overall|altogether|depass\w*|exceed\w*|up to|"
                                                         r"jusqu'a|no more than|pas plus de|au maximum|maximum|max)\b",
                                                         folded[max(floor, q.span[0] - 70):q.span[0]]):
            slot = "penalty_cap_percent"  # "credits can't exceed 25 %", read from the clause on the table
        where = topic or topic_hint
        if slot == "penalty_cap_percent" and where not in (None, "penalties", "sla") and not re.search(
                r"penalit|penalt|\bcredits?\b", folded):
            # "a price revision clause capped at 3 %": the cap of that clause's own figure
            slot = TOPIC_FIGURES.get(where, {}).get(q.unit or "")
            if slot is None or figure_topic(slot) != where:
                continue
        if slot == "liability_cap_months" and where == "penalties":
            continue
        if slot == "notice_months" and q.unit in ("day", "business_day") and re.search(
                r"\b(manquement\w*|breach\w*|faute\w*|default\w*|inexecution|defaillance\w*)", folded):
            slot = "cure_days"  # "résiliation pour manquement, préavis de trente jours": the time to cure
        if "{p}" in slot:
            template = slot
            p = _priority(folded, q)
            if slot.startswith(("intervention", "restoration")) and p not in ("1", "2"):
                continue
            slot = slot.format(p=p)
        value = _convert(q, slot)
        if value is None:
            continue
        value = int(value) if float(value).is_integer() else round(value, 2)
        if said is not None and slot not in out and (q.unit, slot.rsplit("_", 1)[-1]) in _OTHER_UNIT:
            said[slot] = [q.value, q.unit]
        out.setdefault(slot, value)
        floor = q.span[1]
    return out, fee


# a figure said in a unit its slot does not count in: written back in the user's unit
_OTHER_UNIT = {("day", "months"), ("business_day", "months"), ("week", "months"), ("day", "hours"),
               ("business_day", "hours"), ("year", "days"),  # "keep the backups for 2 years": not "730 days"
               # "sous 10 jours ouvrés", "within 4 business hours": working days and hours are not calendar ones
               ("business_day", "days"), ("business_hour", "hours")}


# "a fixed fee of 15k EUR if they hire one of our techs", "5 000 € par salarié débauché": a sum owed for hiring
# staff away (the non-solicitation indemnity), not the monthly fee
_HIRING_SUM = re.compile(r"\b(hir(e|es|ed|ing)|poach\w*|recruit\w*|solicit\w*|no-?poach|debauch\w*|embauch\w*|recrut\w*|"
                         r"sollicit\w*)\b")


def _hiring_sum(folded: str, span: tuple[int, int]) -> bool:
    left, right = _clause_span(folded, *span)
    return bool(_HIRING_SUM.search(folded[left:right]))


# "12 mois après la fin du contrat", "for a year after the contract ends": a post-term period, not the term
_AFTER_END = re.compile(r"\b(?:apres|after|suivant|following|a compter de|from|post)(?: la| the)? (?:fin|end|terme|expiry|expiration|"
                        r"termination|cessation|rupture)?(?: du| de| of)?(?: la| the)? ?(?:contrat|contract|agreement)(?: ends?)?\b|"
                        r"\bpost-?(?:contract\w*|contractuel\w*)")
# "…after the end of the agreement", "à compter de la résiliation", "following termination": a term end, as the start of
# a period that follows a figure
_TERM_END_AFTER = re.compile(r"\s*(?:(?:of |d'|de )?(?:time |temps )?)?(?:after|following|from|post|apres|a compter de|a partir de|suivant|"
                             r"des)\s+(?:la |le |l'|the |its |their |leur |sa |son )?(?:(?:end|expiry|expiration|termination|fin|terme|"
                             r"resiliation|cessation|rupture)\b(?:\s+(?:du|de la|de l'|de ce|of the|of this|of our|of)\s*"
                             r"(?:contrat|contract|agreement|relation\w*|mission))?|(?:contrat|contract|agreement)\s+(?:ends?|expires?|"
                             r"is (?:over|terminated)|terminates|prend fin))")


def _relative_time_masked(text: str, folded: str, quantities: list) -> str:
    """The text with each term end that follows a period ("two years after termination") blanked out."""
    out = text
    for q in quantities:
        if q.unit not in ("month", "year", "week", "day"):
            continue
        m = _TERM_END_AFTER.match(folded, q.span[1])
        if m and len(folded) == len(text):
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


# the notice a clause on the table has of its own ("30 days notice" for an audit): not the termination notice
_OWN_NOTICE = {"audit": "audit_notice_days", "data_protection": "subprocessor_notice_days"}


# "the whole warehouse stops if the network is down", "sans le serveur tout s'arrête": the business depends on it
_STOPS = re.compile(r"(?<!\w)(?:(?:whole|entire) (?:operation|business|company|activity|production|warehouse|site|shop|"
                    r"factory)s? (?:stops?|halts?|grinds? to a halt|is down|goes down|shuts? down)|everything (?:stops|grinds to a "
                    r"halt)|(?:we|they) (?:can'?t|cannot) work without|tout s'arrete|(?:toute )?l'activite s'arrete|"
                    r"(?:toute )?(?:la production|l'usine|la chaine|l'entrepot|la boutique|le magasin|les ventes|la caisse) "
                    r"(?:s'arrete|est a l'arret|est bloquee?|tombe)|production (?:stops|halts|is down|grinds to a halt)|"
                    r"on est (?:a l'arret|bloques?)|plus rien ne (?:marche|fonctionne)|"
                    r"(?:on|ils|nous) ne (?:peut|peuvent|pouvons) (?:pas |plus )?travailler sans)(?!\w)")


_THEY_WANT = re.compile(r"\b(le client|la cliente|le prestataire|le presta|l'infogereur|le fournisseur|ils|elles|en face|"
                        r"l'autre partie|they|the (client|customer|provider|msp|supplier|other side)|their (lawyer|side))\b"
                        r"[^,;.]{0,25}?\b(en )?(veu\w*|voudr\w*|demand\w*|exig\w*|propos\w*|attend\w*|reclam\w*|"
                        r"want\w*|ask\w*|expect\w*|insist\w*|push\w* for|will (want|ask|demand|push))")


def _wished_by_them(folded: str, q: Quantity) -> bool:
    left, right = _clause_span(folded, *q.span)
    return bool(_THEY_WANT.search(folded[left:right]))


_BACK_TO = re.compile(r"\b(back to|revien\w*|revenir|repasse\w*|remet\w*|retour a|on repart sur|go back to|revert\w*|"
                      r"make it|set it|passe\w*|mets|mettez|mettre|put|monte\w*|baisse\w*|bump\w*|raise|lower|plutot|instead|"
                      r"descen\w*|redescen\w*|remonte\w*|go(?:es)? (?:down|up) to|come (?:down|up) to|drop\w* (?:it )?to|"
                      r"tomb\w* a|"
                      r"why not|pourquoi pas|go (?:for|with)|disons|let'?s say|"
                      r"finalement|actually|say)\b")


_PERCENT_CUE = re.compile(r"\b(disponibilite|dispo|availability|uptime|taux|rate)\b[\w' ]{0,15}$")


def _percent_like(folded: str, quantities: list[Quantity]) -> list[Quantity]:
    """'put uptime at 99.9', 'dispo 99,5': a figure that only a percentage fits, written without its sign."""
    out = []
    for q in quantities:
        if q.unit is None and 0 < q.value <= 100 and _PERCENT_CUE.search(folded[max(0, q.span[0] - 30):q.span[0]]) and \
                not (_PEOPLE.match(folded, q.span[1]) or _SITES.match(folded, q.span[1])):
            q = replace(q, unit="percent")
        out.append(q)
    return out


# "99,9 stp", "ok 12 then": a message that is only a number, with a word of politeness or hesitation
_ONLY_FIGURE = re.compile(r"^\W*((ok|okay|alors|bon|plutot|say|disons|et|and|hmm|euh|non|no|maybe|peut-etre|allez)\W+)*"
                          r"\d+(?:[.,]\d+)?\s*(\W*(stp|svp|please|pls|plz|plutot|alors|then|instead|maybe|peut-etre|"
                          r"non|no|ca ira|that'?ll do))*\W*$")


_TOO = re.compile(r"\b(trop|too|way too|bien trop|beaucoup trop|un peu trop|a bit too)( \w+)?\b|\bpas assez\b|\bnot enough\b|"
                  r"\b(semble|parait|seems?|looks?|sounds?|feels?) (un peu |a bit |bien |trop |too |way too )?(long|court|short|"
                  r"tight|high|low|eleve|bas|cher|much|steep|ambitious|ambitieux|juste|serre)\b")
_NEW_VALUE = re.compile(r"\b(mets|met|mettez|mettons|passe|passez|passons|make it|set it( to| at)?|put|go (for|with)|disons|say|"
                        r"plutot|instead|rather|prefere|prefer)\b[^\d]{0,15}$")


def _replaced(folded: str, quantities: list[Quantity]) -> list[Quantity]:
    """'4h c'est trop court, mets 6', '4 hours is too tight, make it 6': the figure judged is the old one; the one
    given after the verb replaces it (in the old one's unit when it has none)."""
    for i, old in enumerate(quantities):
        if old.unit in (None, "users", "sites", "workstations") or not _TOO.search(
                folded[old.span[1]:old.span[1] + 30] + " " + folded[max(0, old.span[0] - 30):old.span[0]]):
            continue
        for new in quantities[i + 1:]:
            if new.unit in (None, old.unit) and _NEW_VALUE.search(folded[old.span[1]:new.span[0]]):
                return [q for q in quantities if q is not old and q is not new] + [replace(new, unit=old.unit)]
    return quantities


def _bare_figure(folded: str, quantities: list[Quantity], topic: str | None) -> list[Quantity]:
    """'hmm no, back to 12' with a non-solicitation clause on the table: twelve months (the one unit
    that clause's figures take), in a short message that changes a figure."""
    table = {u: sl for u, sl in TOPIC_FIGURES.get(topic or "", {}).items() if sl != "non_solicitation_indemnity_eur"}
    if not table or len(folded.split()) > 8 or not (_BACK_TO.search(folded) or _ONLY_FIGURE.match(folded)):
        return quantities
    if len(table) != 1:  # "mets 99,9" on an SLA: only an availability reads 90 to 100 with decimals
        if "percent" in table:
            return [replace(q, unit="percent") if q.unit is None and 90 <= q.value <= 100 and not (
                _PEOPLE.match(folded, q.span[1]) or _SITES.match(folded, q.span[1])) else q for q in quantities]
        return quantities
    unit = next(iter(table))
    out = []
    for q in quantities:
        if q.unit is None and 0 < q.value <= 1000 and not (_PEOPLE.match(folded, q.span[1]) or
                                                          _SITES.match(folded, q.span[1])):
            q = replace(q, unit=unit)
        out.append(q)
    return out


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
                 r"learners?|claimants?|beneficiar(?:y|ies)|donors?|borrowers?|passengers?)")
_GENS = (r"(?:salaries|employes|collaborateurs|personnel|agents|equipes?|eleves|etudiants|enfants|parents|patients|clients|"
         r"locataires|residents|adherents|candidats|usagers|beneficiaires|visiteurs|familles|pensionnaires|assures|"
         r"souscripteurs|abonnes|membres|donateurs|emprunteurs|passagers|voyageurs|stagiaires|apprenants)")
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
    r"" + _PEOPLE_WHOSE + r"(?:'s|s')?(?: own)? (?:names?|e-?mails?|e-?mail (?:addresses|accounts)|mail(?:boxe)?s?|inbox(?:es)?|"
    r"contact details|addresses|phone numbers|files?|records?|data|details|grades|marks|cvs|resumes|director(?:y|ies)|"
    r"payslips?|pay slips?|salar(?:y|ies)(?: data)?|health data|medical data|id (?:cards?|documents?)|passports?)\b|"
    r"(?:mailbox(?:es)?|e-?mail accounts|inbox(?:es)?) (?:of|for) (?:the |our |their |all )?(?:staff|employees|users|team|people)|"
    r"\b(?:mailboxes|e-?mail accounts|staff e-?mails?)\b|"
    r"(?:hr|payroll|student|pupil|school|patient|customer|client|membership|tenant|crm contact) (?:files?|records?|"
    r"database|data ?base|system|software|platform|folders?|lists?|data)\b|"
    r"(?:customer|client) (?:database|list|contacts?|personal)\b|kids'? data|children'?s data|"
    r"\b(?:cctv|video ?surveillance|security camera|surveillance camera|camera) (?:footage|recordings?|images|videos?|feeds?)\b|"
    r"\bcctv\b|videosurveillance|videoprotection|cameras? de (?:video)?surveillance|"
    r"(?:pay ?slips?|bank details|social security numbers?|national insurance numbers?|passport (?:copies|scans))\b|"
    # what identifies or describes a person: payment cards, bank and health questionnaires, policy files
    r"\b(?:(?:credit |debit |payment |membership )?card (?:details|numbers?|data)|payment (?:card )?details|iban\w*|"
    r"health (?:questionnaires?|forms?|declarations?|information|info)|medical (?:questionnaires?|forms?|history)|"
    r"(?:insurance )?(?:policy|claims?) (?:files?|records?|data|details)|"
    r"numeros? de (?:carte|cb)|cartes? (?:bancaires?|de paiement)|donnees (?:bancaires|de paiement|de sante|medicales)|"
    r"coordonnees bancaires|releves? bancaires|"
    r"questionnaires? (?:de sante|medica\w*)|dossiers? (?:d'assure\w*|de sinistres?|sinistres?)|contrats? d'assurance)\b|"
    # French: "les mails des salariés", "les dossiers des élèves", "les fiches de paie", "le fichier client"
    r"(?:mails?|e-?mails?|courriels?|boites? (?:e-?)?mails?|boites aux lettres|messageries?|adresses? (?:e-?)?mails?|noms?|"
    r"adresses?(?: postales)?|telephones?|numeros? de telephone|dates? de naissance|"
    r"coordonnees|dossiers?|fichiers?|fiches?|donnees|infos?|bulletins?|notes|cv|annuaires?|listes?) (?:de |des |du |d')?(?:nos |leurs |vos |"
    r"ses |tous les |toutes les )?" + _GENS + r"\b|"
    # what records a person's identity or life: "l'état civil des clients", "les actes et l'état civil de nos clients"
    r"\b(?:etats? civils?|civil (?:status|registry) (?:records?|data|details)|actes? (?:de naissance|de deces|de mariage|d'etat civil)|"
    r"birth certificates?|marriage certificates?|death certificates?|"
    r"(?:actes|contrats|factures|historiques?|releves|dossiers|fichiers|fiches|documents)(?: et (?:les? |la |l'|des |leurs? )?"
    r"[\w']+(?: [\w']+)?)? (?:de |des |du |d')(?:nos |leurs |vos |ses |tous les |toutes les )?" + _GENS + r")\b|"
    r"\b(?:logiciel (?:de paie|rh)|sirh|base (?:de donnees )?clients?|fichier (?:des )?clients?|vie scolaire|"
    r"pieces? d'identite|cartes? d'identite|bulletins? de (?:paie|salaire)|fiches? de paie|numeros? de securite sociale|"
    r"\brib\b|releves? d'identite bancaire)\b)")


_CLOCK = r"(\d{1,2})(?:\s*[:h.]\s*(\d{2}))?(?:\s*(am|pm|a\.m\.|p\.m\.|h\b|heures?\b|o'clock))?"  # "7.30am", "18h30"
_TIME_RANGE = re.compile(r"(?<![\w.,/])" + _CLOCK + r"\s*(?:-|–|to|till|until|a|au|jusqu'a|and|et)\s*(?:(midnight|minuit|midday|midi)|"
                         + _CLOCK + r")(?![\d%/])")
_SHIFTS = re.compile(r"\b(?:(two|2|deux|three|3|trois) (?:shifts|equipes|postes de travail|rotations)|(2|3) ?x ?8\b|"
                     r"(?:en |on )?(deux|trois|two|three)[- ]huit\b|(?:night|nuit) shifts?|equipes? de nuit|travail de nuit)")
_EXCEPT_DAY = re.compile(r"(?:24\s*/\s*7|24h/24|24 ?h ?/ ?24|7j/7|7 ?j ?/ ?7|round the clock|around the clock|non-stop|every day|tous les jours)"
                         r"[^.;]{0,20}\b(?:except|but not|apart from|other than|sauf|hors|excepte|hormis)( on| le| les)? "
                         r"(?:sundays?|saturdays?|dimanches?|samedis?|week-?ends?|nights?|la nuit|nuits?|public holidays|jours feries)")


def _clock(hour: str, minutes: str | None, mark: str | None) -> float | None:
    h = int(hour)
    if mark and mark.startswith("p") and h < 12:
        h += 12
    if mark and mark.startswith("a") and h == 12:
        h = 0
    value = h + (int(minutes) / 60 if minutes else 0)
    return value if 0 <= value <= 24 else None


def _hours_said(folded: str) -> tuple[str, tuple[int, int]] | None:
    """The service hours a time range, shifts or "every day but Sunday" say: 24x7, extended or business (9-18 on
    weekdays stays business), with the span that says it."""
    m = _EXCEPT_DAY.search(folded)
    if m:
        return "extended", m.span()
    m = _SHIFTS.search(folded)
    if m:
        three = re.search(r"three|3|trois|night|nuit", m.group(0))
        return ("24x7" if three else "extended"), m.span()
    for m in _TIME_RANGE.finditer(folded):
        h1, m1, k1, word, h2, m2, k2 = m.groups()
        if not (k1 or k2 or m1 or m2 or word or re.search(r"\b(?:de|from|between|entre)\s*$", folded[max(0, m.start() - 9):m.start()])):
            continue  # "2 to 3 users": no clock
        if re.match(r"\s*(?:%|users?|utilisateurs?|postes?|sites?|jours?|days?|mois|months?|years?|ans|eur|€)", folded[m.end():]) \
                or _PEOPLE.match(folded, m.end()) or _SITES.match(folded, m.end()):
            continue  # "from 12 to 18 staff": a count, not a clock
        start = _clock(h1, m1, k1 or (k2 if k2 and k2[0] in "ap" and int(h1) <= int(h2 or 0) else None))
        end = 24.0 if word in ("midnight", "minuit") else 12.0 if word in ("midday", "midi") else _clock(h2, m2, k2)
        if start is None or end is None:
            continue
        span = (end - start) % 24 or 24
        if span < 4 and end > start:
            continue  # "the call is from 2 to 3pm": a slot in the day, not service hours
        if span >= 23.5:
            return "24x7", m.span()
        # a working day runs up to about eleven hours (8-18, 9-19); earlier, later or longer is extended
        if end <= start or start < 7.5 or end > 19.5 or span > 11:
            return "extended", m.span()
        weekend = re.search(r"\b(week-?ends?|samedis?|saturdays?|sat|sam|dimanches?|sundays?|sun|dim|7 ?j|7 ?jours|7 days|"
                            r"7 ?/ ?7|sept jours|seven days|six days|6 days|6 ?j|6 ?jours)\b", folded)
        return ("extended" if weekend and not denied(folded, folded, weekend.span()) else "business"), m.span()
    return None


_DAY_NAMES = {"mon": ("lundi", "monday", "mon", "lun"), "tue": ("mardi", "tuesday", "tue", "tues", "mar"),
              "wed": ("mercredi", "wednesday", "wed", "mer"), "thu": ("jeudi", "thursday", "thu", "thur", "thurs", "jeu"),
              "fri": ("vendredi", "friday", "fri", "ven"), "sat": ("samedi", "saturday", "sat", "sam"),
              "sun": ("dimanche", "sunday", "sun", "dim")}
_DAY_WORD = "|".join(sorted({w for ws in _DAY_NAMES.values() for w in ws}, key=len, reverse=True))
_DAY_RANGE = re.compile(r"\b(?:du |from |de )?(" + _DAY_WORD + r")s?\.?\s*(?:-|–|au|a|to|through|thru|till|until|jusqu'au)\s*("
                        + _DAY_WORD + r")s?\b")


def read_hours_said(folded: str) -> dict | None:
    """The service hours as said, when a message gives both the days and the times ("du lundi au samedi 7h-19h",
    "Monday to Saturday, 8am to 8pm"): {"days": [first, last], "start": hour, "end": hour}, else None."""
    d = _DAY_RANGE.search(folded)
    ranged = _hours_said(folded)
    if d is None or ranged is None or ranged[0] == "24x7":
        return None
    day = {w: k for k, ws in _DAY_NAMES.items() for w in ws}
    first, last = day[d.group(1)], day[d.group(2)]
    m = _TIME_RANGE.search(folded, ranged[1][0])
    if m is None:
        return None
    h1, m1, k1, word, h2, m2, k2 = m.groups()
    start = _clock(h1, m1, k1 or (k2 if k2 and k2[0] in "ap" and int(h1) <= int(h2 or 0) else None))
    end = 24.0 if word in ("midnight", "minuit") else 12.0 if word in ("midday", "midi") else _clock(h2, m2, k2)
    if start is None or end is None or end <= start:
        return None
    return {"days": [first, last], "start": start, "end": end}


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
    r"\bpersonne (?:chez nous |en interne |d'autre |ici )?n'a (?:les |d'|de )?(?:acces|droits|mots de passe|codes|identifiants)\b|"
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


# "6 boulangeries et un labo central", "four shops plus the head office": one more place named after the count
_ONE_SITE = (r"(?:un|une|le|la|l'|a|an|one|the|our|their|notre|leur)\s*"
             r"(?:(?:gros|grand|big|main|central|centrale|principal|small|petit|seul|single)\s+)?"
             r"(labo(?:ratoire)?|lab(?:oratory)?|siege(?: social)?|head office|headquarters|hq|bureau|office|"
             r"entrepot|warehouse|atelier|workshop|cuisine|kitchen|depot|fournil|plateforme logistique|"
             r"unite de production|production site|usine|factory|plant|back[- ]office|datacenter|data centre|"
             r"data center)\b")
_EXTRA_SITE = re.compile(r"[^.;:!?\d]{0,30}?(?:\+|\bplus|\bet|\band|\bainsi que|\bas well as|\balong with|\bavec|\bwith)\s+"
                         r"(?:aussi |also |en plus |encore )?" + _ONE_SITE +
                         r"(?!\s*(?:manager|assistant|365|suite|equipment|materiel|staff|du |d'|des |de ))")
# "un siège et 2 dépôts", "a head office plus 3 branches": the one place named before the count
_SITE_BEFORE = re.compile(r"(?<![\w'])" + _ONE_SITE + r"(?: social| central)?\s*(?:\+|,|\bplus\b|\bet\b|\band\b)\s*$")


def _extra_site(folded: str, end: int, start: int | None = None) -> int:
    m = _SITES.match(folded, end)
    if _EXTRA_SITE.match(folded, m.end() if m else end):
        return 1
    return 1 if start is not None and _SITE_BEFORE.search(folded[max(0, start - 40):start]) else 0


# "les données restent en France ou dans l'UE", "data must be hosted within the EU": where the data may be kept
_WHERE_DATA = re.compile(r"\b(?:donnees|data|hebergement|hosting|serveurs?|servers?|sauvegardes?|backups?|fichiers|files|"
                         r"stockage|storage)\b[^.;?!]{0,60}?\b(?:rest\w*|stay\w*|remain\w*|kept|keep|stock\w*|stored?|"
                         r"heberg\w*|hosted|host|localis\w*|located|situe\w*|sit\w*|held|hold|live|reside\w*|"
                         r"ne (?:sort\w*|quitt\w*) pas|never leaves?|(?:doesn'?t|does not|don'?t|do not|must not|can'?t|cannot) "
                         r"leave|traite\w*|processed|se f\w+|a lieu|takes place|happens|is done|sont|est|is|are|be)\b[^.;?!]{0,40}?\b(?:en|in|within|dans|au sein de|inside|on|sur le "
                         r"territoire d[eu]|(?:l')?(?:union europeenne|europe))\b[^.;?!]{0,50}")
_REGIONS = (("france", r"\bfrance\b|\bfrench\b|territoire (?:national|francais)"),
            ("eu", r"\b(?:ue|eu)\b|union europeenne|european union|\beurope\b"),
            ("eea", r"\b(?:eee|eea)\b|espace economique europeen|european economic area"))


def read_data_location(folded: str) -> list[str]:
    """Where the message wants the data kept ("en France ou dans l'UE" -> ["france", "eu"]); none when a place is only
    asked about or denied."""
    m = _WHERE_DATA.search(folded)
    if not m:
        return []
    return [name for name, pat in _REGIONS if re.search(pat, m.group(0))]


# "resp info d'une usine…", "I'm the IT manager of a…": the one writing runs the client's IT, so control is shared
_IT_ROLE = (r"(?:le |la |l'|the |an? |their |our )?(?:resp(?:onsable)?\.? info(?:rmatique)?|responsable (?:it|si|du si|des "
            r"systemes d'information|systemes)|dsi|rsi|it manager|head of it|it director|it lead|in-house it person|"
            r"sysadmin|system administrator|administrateur (?:systemes?|reseaux?)|admin sys)\b")
_IN_HOUSE_SPEAKER = re.compile(r"^\W*(?:(?:bonjour|hello|hi|hey|salut|slt)\W+)?(?:je suis |moi c'est |i'?m |i am )?" + _IT_ROLE +
                               r"(?! (?:du|of the|chez le|at the) (?:prestataire|msp|provider|infogereur))|"
                               r"\b(?:je suis|i'?m|i am) " + _IT_ROLE + r"(?! (?:du|of the|chez le|at the) (?:prestataire|msp|"
                               r"provider|infogereur))")


# a place that never closes: a negation that says round-the-clock hours ("ne ferment jamais", "n'est jamais fermé",
# "never shuts", "doesn't ever close"), not one that denies what the sentence names
_NEVER_CLOSED = re.compile(r"\b(?:ne |n')(?:ferme\w*|s'arrete\w*|dor\w*) (?:jamais|pas)\b|\b(?:ne |n')(?:est|sont) jamais "
                           r"fermee?s?\b|\bjamais fermee?s?\b|\bnever (?:clos\w*|shut\w*|stops?|sleeps?)\b|\b(?:don'?t|doesn'?t|"
                           r"do not|does not) (?:ever )?(?:close|shut)\b")


# "we can't even add a printer ourselves", "on ne peut même pas installer un logiciel nous-mêmes": what the user cannot
# do on the systems, told to say who holds them (a fact of control), not a service or an asset taken out of the scope
_UNABLE_EXAMPLE = re.compile(
    r"\b(?:we|i|on|nous|je|j')\b ?(?:can'?t|cannot|can not|couldn'?t|could not|(?:are|am)(?: not|n'?t) (?:even )?(?:able|allowed) to|"
    r"(?:ne |n')(?:peut|peux|pouvons|pourrait|pourrions|sait|savons|a|avons)(?: meme)? (?:pas|plus|meme pas|aucun\w*)(?: le droit)?(?: de| d')?)"
    r"(?: meme| even)? ?(?:\w+ ){0,1}?(?:add|install|set up|change|reset|create|plug in|touch|ajouter|installer|brancher|configurer|"
    r"changer|creer|toucher|mettre|rajouter)\b[^,;.!?]*")

# "our office manager has admin rights on everything", "il a les droits admin sur les serveurs": the things someone holds
# the keys to are the object of a control fact, not services or assets put into the scope
_CONTROL_OVER = re.compile(
    r"\b(?:admin(?:istrat\w*|istrator)?|root|full|superuser) (?:rights|access|privileges|accounts?|passwords?|keys|control)"
    r"(?: \w+){0,2}? (?:on|over|to|for|across|of)\b[^,;.!?]*|"
    r"\b(?:droits?|acces|comptes?|mots de passe|cles|codes) (?:d'|de )?(?:admin\w*|root|super-?admin\w*)(?: \w+){0,2}? "
    r"(?:sur|a|aux|au|de|des|du)\b[^,;.!?]*|"
    r"\b(?:aucun\w* |pas d'|no |zero )(?:acces|access|droits?|rights)(?: \w+){0,1}? (?:to|a|aux|au|sur|on|over)\b[^,;.!?]*")


_SUPPORT_HOURS = re.compile(
    r"\b(?:only|just) (?:need|want|require)s? (?:the |your |you(?:r)? |us |them )?(?:support|cover|coverage|help|service|helpdesk|"
    r"to (?:be )?(?:cover|support|available)\w*)(?: \w+){0,2}? (?:in|during|for|within) (?:(?P<ext>extended)|office|business|working) "
    r"hours\b|\b(?:support|couverture|assistance|service|helpdesk|hotline|intervention)s? (?:uniquement|seulement|que) (?:en|aux|pendant les) "
    r"(?:heures|horaires) (?:(?P<ext2>etendu\w*)|ouvr\w+|de bureau)\b|\b(?:besoin|veut|voulons|voudrait)(?: \w+){0,4} (?:qu'|que )"
    r"(?:en|aux|pendant les) (?:heures|horaires) (?:ouvr\w+|de bureau)\b")


_DATA_LOSS = re.compile(r"\b(?:data (?:loss|losses|corruption|destruction)|loss(?:es)? (?:of|or corruption of) (?:the |client |customer )?data|"
                        r"lost (?:or corrupted )?data|pertes? (?:ou (?:alteration|corruption) )?de(?:s)? donnees|donnees perdues|"
                        r"(?:alteration|corruption|destruction) de(?:s)? donnees)\b")
_OF_FEES = re.compile(r"\s*(?:of|de|des|du|d')\s*(?:the |la |le |les |l')?(?:[\w-]+ ){0,2}?(?:fees?|redevances?|sommes|montants?|amounts?|"
                      r"charges|billing|prix|price|contract value|valeur du contrat|factur\w*|paid|payees?|versees?)\b")


def _liability_figures(folded: str, quantities: list, topic: str | None, topic_hint: str | None, figures: dict) -> None:
    """The liability cap as a share of the fees ("cap at 50% of the annual fees", "plafond à la moitié des sommes
    annuelles"), and a separate cap for data loss ("data loss under its own cap of EUR 100,000")."""
    liability = topic == "liability" or (topic_hint == "liability" and topic in (None, "liability", "pricing_payment")) or bool(
        re.search(r"\b(responsabilite|liabilit\w*)\b", folded))
    if not liability or re.search(r"\b(penalit\w*|penalt\w*|service credits?|credits? de service)\b", folded):
        return
    loss = _DATA_LOSS.search(folded)
    if loss and (re.search(r"\b(caps?|capped|plafon\w*|sous-plafond|sub-?caps?|limit\w*|max\w*)\b", folded) or topic_hint == "liability"):
        amounts = [q for q in quantities if q.unit == "eur" and q.value >= 1000]
        if not amounts:  # "cap data loss separately at 100k"
            m = re.search(r"(?<![\w.,])(\d{1,4}(?:[.,]\d{1,2})?)\s?k\b", folded)
            amounts = [Quantity(float(m.group(1).replace(",", ".")) * 1000, "eur", m.span(), m.group(0))] if m else []
        if amounts:
            q = min(amounts, key=lambda q: min(abs(q.span[0] - loss.end()), abs(loss.start() - q.span[1])))
            figures["data_loss_cap_eur"] = int(q.value) if float(q.value).is_integer() else q.value
            if figures.get("insurance_amount_eur") == figures["data_loss_cap_eur"]:
                figures.pop("insurance_amount_eur")
    for q in quantities:
        if q.unit == "percent" and 1 <= q.value <= 1000 and _OF_FEES.match(folded, q.span[1]):
            figures["liability_cap_percent"] = int(q.value) if float(q.value).is_integer() else q.value
            figures.pop("penalty_cap_percent", None)
            break
    else:
        m = re.search(r"\b(?:half|la moitie|moitie)\b(?: of)?" + _OF_FEES.pattern.replace(r"\s*(?:of|de|des|du|d')", r"(?:\s*(?:of|de|des|du|d'))?", 1),
                      folded)
        if m:
            figures["liability_cap_percent"] = 50
    if "liability_cap_percent" in figures and "liability_cap_months" not in figures and re.search(
            r"\b(annual\w*|yearly|annuel\w*|par an|per year|a year|of the year|de l'annee|sur l'annee|sur un an|over (the|a) year)\b",
            folded):
        figures["liability_cap_months"] = 12


_FRACTIONS = {"dixieme": 10.0, "tenth": 10.0, "cinquieme": 20.0, "fifth": 20.0, "quart": 25.0, "quarter": 25.0,
              "moitie": 50.0, "half": 50.0, "vingtieme": 5.0, "twentieth": 5.0}
_FRACTION_OF_FEE = re.compile(r"\b((?:un |une |a |one |la |le )?(" + "|".join(_FRACTIONS) + r"))\s+(?:of|de|du|des|d')\s*"
                              r"(?:the |la |le |les |l'|their |our |leur |notre )?(?:monthly |mensuel\w* )?"
                              r"(?:redevances?|fees?|charges?|mensualites?|factur\w*|montants?|amounts?|prix|price|billing)\b")


# "on est passés de 20 à 28 utilisateurs", "we went from 12 to 18 staff": a count that changed, the new one holds
_CHANGED_FROM = re.compile(r"\b(?:passe\w*|monte\w*|grandi\w*|augmente\w*|descendu\w*|baisse\w*|tombe\w*|evolue\w*|"
                           r"went|gone|grown|grew|increased|decreased|moved|jumped|dropped|fell|fallen|expanded|shrunk|"
                           r"changed|going)\s+(?:up |down )?(?:de|from)\s*$")


def _changed_counts(folded: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities without the old value of a count said to have changed ("from 12 to 18 staff")."""
    out = list(quantities)
    for old, new in zip(quantities, quantities[1:]):
        if re.fullmatch(r"\s*(?:a|to|->|=>|→)\s*", folded[old.span[1]:new.span[0]]) and \
                _CHANGED_FROM.search(folded[max(0, old.span[0] - 40):old.span[0]]) and old in out:
            out.remove(old)
    return out


# "a 6 person msp", "une ESN de 10 personnes" is said below; "un presta de 6 personnes": the size of the provider (or of
# another firm), not the number of users of the services
_OTHER_FIRMS_SIZE = re.compile(r"[- ]?(?:personnes?|person|people|man|men|staff|employees?|salaries?)?[- ]?(?:strong )?"
                               r"(?:msp|esn|ssii|presta(?:taire)?|provider|supplier|vendor|infogerant|infogereur|integrateur|"
                               r"integrator|it (?:firm|company|shop|outfit|provider)|tech (?:firm|company|outfit)|outfit)s?\b")


_OTHER_FIRM_BEFORE = re.compile(r"\b(?:msp|esn|ssii|presta(?:taire)?|provider|supplier|vendor|infogerant|infogereur|"
                                r"integrateur|integrator)s? (?:de|of|with|avec|d'environ|of about|of around) (?:only |seulement |juste )?$")


# "on est 16", "we're actually 80": a headcount said with the verb "to be"
_HEADCOUNT = re.compile(r"\b(?:we'?re|we are|on est|nous sommes|on sera|we'll be|now|ils sont|elles sont|ils seront|they'?re|"
                        r"they are|they'll be) (?:actually |plutot |en fait |maintenant |now |desormais |really )?"
                        r"(\d{1,6})\b(?![.,]\d)(?! \d{3}\b)(?!\s*(?:%|€|eur|\$|£|k\b|h\b|mois|months?|jours?|days?|ans|years?))")
# a count of people said to be inside the total: "avec les deux stagiaires", "including the 3 interns", "y compris"
_COUNTED_IN = re.compile(r"\b(?:avec|with|y compris|including|incl\.?|inclus|counting|en comptant|comptant|compris)\s+"
                         r"(?:les |the |nos |our |mes |my |leurs |their |ses |its )?$")


# an exception right after a denial, in its clause: "no personal data except payroll", "tout à distance sauf urgence"
_EXCEPTION_AFTER = re.compile(r"[^.;!?]{0,40}?\b(?:sauf|hormis|excepte|a part|a l'exception d\w*|except|excepting|"
                              r"apart from|other than|but for|save for|besides)\b")


# "une GTR pour un poste en panne", "the cost of a user", "for a user who is locked out": one item of a kind, the
# subject of a rule or a rate — the article is no headcount ("on a un site", "one user only" still count)
_RATE_BEFORE = re.compile(r"\b(?:par|per|chaque|each|every|le prix d'|the price of|le cout d'|the cost of)\s*$")
_ITEM_STATE_AFTER = re.compile(r"\s+(?:en panne|hs|bloquee?s?|plante\w*|down|broken|stuck|locked|qui|who|that|which|dont|"
                               r"whose|affecte\w*|impacte\w*|concerne\w*|touche\w*|isole\w*|perdu\w*)\b")


def _one_of_a_kind(folded: str, q: Quantity) -> bool:
    """A count said with a bare article ("un poste", "a user", "une agence"), introduced as the object of a rate or a
    rule ("pour un poste", "per user") or followed by what befalls it ("un poste en panne", "a user who…")."""
    if q.value != 1 or not re.match(r"(?:un|une|a|an|one)\b", q.text or ""):
        return False
    return bool(_RATE_BEFORE.search(folded, max(0, q.span[0] - 12), q.span[0]) or
                _ITEM_STATE_AFTER.match(folded, q.span[1]))


# two or more capitalised place names joined by "et"/"and", right after a word that spreads people or offices over places
_NAME = r"[A-ZÀ-Ý][\w'-]+(?:[- ][A-ZÀ-Ý][\w'-]+)*"
_NAMED_PLACES = re.compile(r"\b(?:r[ée]partis?|r[ée]parties|split|spread|based|situ[ée]e?s|install[ée]e?s|implant[ée]e?s|"
                           r"offices?|sites?|agences?|bureaux|locaux|antennes|branches|stores|magasins|cliniques|cabinets|"
                           r"practices|clinics|shops) (?:entre|between|in|à|a|sur|at|on) (?:les villes de )?"
                           r"(?P<names>" + _NAME + r"(?:, " + _NAME + r")*,? (?:et|and|&) " + _NAME + r")\b"
                           r"(?!\s+(?:teams?|departments?|divisions?|units?|[ée]quipes?|services|p[ôo]les?|people|staff))")


def read_facts(text: str, folded: str, quantities: list[Quantity]) -> tuple[dict, set]:
    facts: dict = {}
    negated: set = set()
    quantities = [q for q in _changed_counts(folded, quantities) if not _OTHER_FIRMS_SIZE.match(folded, q.span[1])
                  and not _OTHER_FIRM_BEFORE.search(folded[max(0, q.span[0] - 40):q.span[0]])
                  and not _one_of_a_kind(folded, q)]
    for q in quantities:
        if q.unit in ("users", "workstations") or (q.unit is None and _PEOPLE.match(folded, q.span[1])):
            if 1 <= q.value <= 1_000_000 and float(q.value).is_integer():
                facts.setdefault("users", int(q.value))
        elif q.unit == "sites" or (q.unit is None and _SITES.match(folded, q.span[1])):
            if 1 <= q.value <= 10_000 and float(q.value).is_integer() and "sites" not in facts:
                facts["sites"] = int(q.value) + _extra_site(folded, q.span[1], q.span[0])
    if "users" not in facts:  # "15 graphistes", "8 developers and 4 designers": people counted by their job
        roles = [q for q in quantities if q.unit is None and 1 <= q.value <= 100_000 and float(q.value).is_integer()
                 and _ROLES.match(folded, q.span[1]) and not _SITES.match(folded, q.span[1])]
        if roles:
            # "30 salariés dont 12 comptables" is read above; "10 devs including 3 testers": the first count holds them
            among = re.search(r"\b(dont|parmi (eux|lesquels)|including|of whom|among them)\b", folded)
            head = _HEADCOUNT.search(folded, 0, roles[0].span[0])
            if head and _COUNTED_IN.search(folded, max(0, roles[0].span[0] - 30), roles[0].span[0]):
                # "on est 16 avec les deux stagiaires", "we're 40 including the 3 interns": the headcount holds them
                facts["users"] = int(head.group(1))
            else:
                facts["users"] = int(roles[0].value) if among else int(sum(q.value for q in roles))
    if "users" not in facts:  # "5 of us", "five of us", "dix d'entre nous"
        q = next((q for q in quantities if q.unit is None and re.match(r"\s*(?:of us|d'entre nous)\b", folded[q.span[1]:])),
                 None)
        if q is not None and 1 <= q.value <= 1_000_000 and float(q.value).is_integer():
            facts["users"] = int(q.value)
    if "users" not in facts:
        m = _HEADCOUNT.search(folded)
        if m:
            facts["users"] = int(m.group(1))
    if "sites" not in facts:  # "répartis entre Nantes et Angers", "offices in Leeds and York": the places named, counted
        places = _NAMED_PLACES.search(text)
        if places:
            facts["sites"] = len(re.findall(r"[A-ZÀ-Ý][\w'-]+(?:[- ][A-ZÀ-Ý][\w'-]+)*", places.group("names")))
    if "users" not in facts:  # "une cinquantaine de salariés", "a dozen staff": the round figure
        m = re.search(r"\b(dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|"
                      r"dozen|couple of dozen)s? (?:de |d'|of )?(?:\w+ ){0,2}?(personnes|salaries|employes|postes|utilisateurs|"
                      r"collaborateurs|people|staff|employees|users|seats|pcs?|ordinateurs)\b", folded)
        m = m or re.search(r"\b(?:on est|nous sommes|we'?re|we are|on sera|ils sont|elles sont|they'?re|they are) "
                           r"(?:une? |a )?(dizaine|douzaine|quinzaine|"
                           r"vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|dozen)\b()", folded)
        if m and not re.search(r"\b(few|several|plusieurs|quelques)\s*$", folded[:m.start()]):
            facts["users"] = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
                              "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "dozen": 12,
                              "couple of dozen": 24}[m.group(1)]
    if "sites" not in facts and re.search(r"\b(?:a couple of|couple of|deux ou trois|two or three) (?:sites|offices|locations|"
                                          r"branches|shops|stores|bureaux|agences|magasins)\b", folded):
        facts["sites"] = 2  # "a couple of sites": two (the lower count, never an invented one above it)
    if "sites" not in facts and re.search(r"\b(un (seul|unique) (site|bureau|local|locaux|lieu|endroit|batiment|etablissement|"
                                          r"emplacement|adresse)|a single (site|office|location|building|place|premises|address)|"
                                          r"(?:just|only) one (site|office|location|building|place)|tout (est )?au meme endroit|"
                                          r"(?:all|everyone|everybody)(?: is)? (?:in|under) one roof|"
                                          r"one (site|office|location)|mono-?site|single-site|single office)\b", folded):
        facts["sites"] = 1
    if "sites" not in facts:
        # s16: one place said with "only one" and any place noun ("un seul dépôt", "une seule clinique", "a single
        # warehouse", "just one store"): one site
        for m in re.finditer(r"\b(?:un seul|une seule|un unique|une unique|a single|just one|only one|one single)\b", folded):
            noun = re.match(r"\s+([a-z'-]{3,20})", folded[m.end():])
            # the place nouns are listed in their plural where it differs: "une seule clinique" as "cliniques"
            plural = noun and (noun.group(1)[:-1] + "ies" if noun.group(1).endswith("y") else noun.group(1) + "s")
            if _SITES.match(folded, m.end()) or plural and _SITES.fullmatch(" " + plural):
                facts["sites"] = 1
                break
    if "users" not in facts:  # "petite boîte de 8", "a team of 15", "une structure de 30": the company's headcount
        m = re.search(r"\b(?:boite|entreprise|societe|pme|tpe|structure|equipe|team|company|firm|business|outfit|agence|cabinet|"
                      r"startup|start-up|association|asso|charity) (?:de|of) (\d{1,5})\b(?!\s*(?:%|€|eur|k\b|h\b|mois|months?|jours?|"
                      r"days?|ans|years?|semaines?|weeks?|sites?|agences?|bureaux|magasins?|offices?|boutiques?|[.,]\d))", folded)
        if m and 1 <= int(m.group(1)) <= 100_000 and not _SITES.match(folded, m.end(1)):
            facts["users"] = int(m.group(1))
    if "users" not in facts:
        m = re.search(r"(?<![\w.,])(\d{1,6})\s*(?:-\s*)?(?:personnes?|person|people|salaries|employees|users)\b", folded)
        if m and not _OTHER_FIRMS_SIZE.match(folded, m.end(1)) and not _OTHER_FIRM_BEFORE.search(
                folded[max(0, m.start() - 40):m.start()]):
            facts["users"] = int(m.group(1))
    # hours: a time range or shifts read first ("two shifts 6am to 10pm", "de 7h à 21h", "24/7 sauf le dimanche")
    ranged = _hours_said(folded)
    if ranged is not None and not denied(text, folded, ranged[1]):
        facts["hours"] = ranged[0]
    # "la réception ne ferme jamais", "the front desk never shuts": a negation that says the hours, masked where the
    # hours and the facts of the same sentence are read
    open_text, open_folded = text, folded
    for c in _NEVER_CLOSED.finditer(folded):
        blank = " " * (c.end() - c.start())
        open_text = open_text[:c.start()] + blank + open_text[c.end():]
        open_folded = open_folded[:c.start()] + blank + open_folded[c.end():]
    # "the reception is open 24/7 but we only need support in office hours": the cover asked for, not the premises' hours
    m = _SUPPORT_HOURS.search(folded)
    if m and "hours" not in facts:
        facts["hours"] = "extended" if m.group("ext") else "business"
    for pat, value in () if "hours" in facts else ((r"24\s*/\s*7|24h/24|24 ?h ?/ ?24|24 ?x ?7|7j/7|7 ?j ?/ ?7|round the clock|around the clock|"
                        r"jour et nuit|day and night|nuit et jour|en continu|non-stop|"
                        # "reception staffed 24 hours a day", "l'accueil ne ferme jamais", "a 24-hour front desk"
                        r"24 hours a day|24 ?h(?:eures)? sur 24|24-hour (?:front desks?|receptions?|service|operations?|"
                        r"support|coverage|opening)|\bnever (?:closes?|shuts?)\b(?! (?:a |the |any |without|until))|(?:ne|n') ?(?:est|sont) jamais fermee?s?\b|\bne s'arrete\w* jamais\b|\b(?:don'?t|doesn'?t|do not|does not) ever (?:close|shut)\b|ne ferme(?:nt)? jamais\b(?! (?:un|une|le|la|les|l'|de|d'|des|sans|avant))|jamais ferme\w*|open all night|"
                        r"ouverte?s? toute la nuit|always open|toujours ouverte?s?|"
                        r"(?:receptions?|front desks?|accueil) (?:staffed |ouverte? |open )?24 ?h\b", "24x7"),
                       (r"horaires? etendu\w*|extended hours|heures? etendues?|8h-20h|7h-20h|8 h - 20 h|lundi au samedi|"
                        r"monday to saturday|mon(?:day)?[- ]sat(?:urday)?|6 ?j ?/ ?7|six days a week|6 days a week|"
                        r"le samedi|saturdays?|en soiree|evenings?|(7|seven) days a week|(open|ouverts?|ouvertes?) (7|seven|sept) "
                        r"(days|jours)|weekends? (too|aussi|included|compris)|le week-end aussi", "extended"),
                       (r"heures? ouvr\w*|heures de bureau|business hours|office hours|working hours|9h-18h|9 h - 18 h|"
                        r"horaires de bureau|(?<!\d )(?<!\d)jours ouvres|9-to-5|9 to 5|weekdays?|week days|monday to friday|"
                        r"mon(day)?[- ]fri(day)?|du lundi au vendredi|lundi-vendredi|en semaine|jours de semaine", "business")):
        m = re.search(pat, folded)
        if m:
            if denied(open_text, open_folded, m.span()) and not (value == "24x7" and _NEVER_CLOSED.search(m.group(0))):
                negated.add("hours")
                continue
            facts["hours"] = value
            break
    # on site
    m = re.search(r"a distance uniquement|uniquement a distance|que a distance|qu'a distance|100 ?% a distance|"
                  r"tout a distance|remote only|remotely|everything remote|all remote|remote support only|"
                  r"no site visits?|pas de deplacements?|sans deplacements?|remote only|only remote\w*|fully remote|100 ?% remote|remotely only|"
                  r"tout (?:se fait|est fait|est|se passe|en|se fera|sera fait|sera|se passera|se fera en) (?:a distance|en remote|remote)|"
                  r"(?:veut|veulent|voulons|voulez|souhaite\w*) pas (?:qu'on|que nous|que vous|qu'il|qu'ils) (?:se deplace\w*|vienne\w*|passe\w*)|"
                  r"pas besoin (?:de (?:se |nous |vous )?deplacer|de venir|qu'on (?:se deplace|vienne))|"
                  r"(?:don'?t|do not|won'?t|doesn'?t) (?:want|need) (?:us|you|anyone|anybody|the tech\w*) (?:to come |coming |to be )?"
                  r"(?:on[- ]?site|in person|over|to visit)|que du remote|full remote|"
                  r"(?:everything|all|it)(?:'s| is| will be| gets| goes)? (?:done |handled )?remote(?:ly)?\b", folded)
    if m and _EXCEPTION_AFTER.match(folded, m.end()):
        facts["on_site"] = True  # "tout à distance sauf les remplacements de matériel": some work on site all the same
    elif m:
        facts["on_site"] = False
    else:
        m = next((m for m in re.finditer(r"sur site|on[- ]site|sur place|deplacements?|interventions? physiques?|in person|"
                                         r"onsite|site visits?", folded) if not _CHECK_ON_SITE.search(folded[:m.start()])
                  and not re.match(r"\s*(?:audits?|inspections?|checks?|controles?)\b", folded[m.end():])), None)
        if m:
            if denied(text, folded, m.span()) and not _EXCEPTION_AFTER.match(folded, m.end()):
                facts["on_site"] = False
                negated.add("on_site")
            else:  # "aucune intervention sur place sauf urgence": on site for the exception
                facts["on_site"] = True
    # personal data: named as such, or read from what the data is (staff mailboxes, payroll, pupils' records, patient
    # files, a customer database, CCTV footage); one mention stated in the positive is enough ("no customer data,
    # only our staff's e-mails"); anonymised data is none
    found = [m for m in re.finditer(_PERSONAL_DATA, folded) if not (
        re.search(r"rgpd|gdpr", m.group(0)) and not re.search(r"donnees|data|patients", folded))]
    if found:
        # "nos cliniques ne ferment jamais", "our clinics never shut": the negation is the opening hours', not the data's
        kept = [m for m in found if not denied(open_text, open_folded, m.span(), taken_up=False)
                and not _anonymised(folded, m.span())]
        said = re.compile(r"\b(donnees|data|dossiers?|records?|files?|fichiers?|informations?|infos?)\b")
        place = re.compile(r"clini|hopit|hospi|pharmac|cabinet|ehpad|ecole|school|college|lycee|mairie|hotel|practice|surgery")
        if kept and all(place.search(m.group(0)) and not said.search(m.group(0)) for m in kept) and any(
                said.search(m.group(0)) and denied(open_text, open_folded, m.span(), taken_up=False) for m in found):
            kept = []  # "our clinics never close, and we hold no patient data": the data denied outright, not guessed
        if kept:
            facts["personal_data"] = True
            kinds = list(dict.fromkeys(k for m in kept for k in _data_kinds(m.group(0))))
            if kinds:
                facts["_data_kinds"] = kinds
        elif any(_EXCEPTION_AFTER.match(folded, m.end()) and _ANY_PERSONAL.search(m.group(0)) for m in found):
            facts["personal_data"] = True  # "pas de données perso sauf la paie", "no personal data except payroll"
        elif any(denied(open_text, open_folded, m.span(), taken_up=False) and _ANY_PERSONAL.search(m.group(0))
                 for m in found):
            # "no personal data at all" denies it; "pas de données de santé" denies one kind only, not the rest
            facts["personal_data"] = False
            negated.add("personal_data")
    # control
    if re.search(r"(?<!n')\bon heberge\b(?! (?:rien|pas|jamais|aucune?|plus)\b)|\bwe host\b(?! nothing)|(acces|controle|maitrise|gestion|administration|la main) (exclusi\w*|total\w*|complete?)|"
                 r"(sole|exclusive|full) (charge|hands-on control|say)|(seuls|seul) (aux commandes|maitres?)|exclusive (control|"
                 r"access)|en exclusivite|exclusivement|exclusively|(whole|entire) (perimeter|estate)|"
                 r"seul (a|administrateur)|full control|tout le perimetre|gere[zs]? tout(?! (?:sauf|hormis|excepte|a part|hors|nous-memes|"
                 r"en interne|seuls?)\b)|"
                 r"manage everything(?! (?:but|except|apart|other than|bar)\b)|"
                 r"run everything(?! (?:but|except|apart|other than|bar)\b)|runs everything|hosts? and runs? everything|no admin\w*|aucun acces admin\w*|"
                 r"pas d'acces admin\w*|pas les droits|pas d'informaticien|pas de service informatique|no (in-house|internal) it|"
                 r"aucun informaticien|vous seul|you alone|only you|le prestataire seul|the provider alone|"
                 r"seul le prestataire|only the provider|"
                 r"(hosts?|runs?|operates?|manages?|administers?)( and (runs?|operates?|hosts?|manages?))?( (it|them))? "
                 r"(alone|on its own|by itself)|(heberge|exploite|administre|gere)\w*( et (exploite|heberge|administre|gere)\w*)?"
                 r"( (les|le|la))? seul\b", folded) or _EXCLUSIVE.search(folded) or _NO_ACCESS.search(folded):
        facts["control"] = "exclusive"
    elif _SHARED.search(folded) or _IN_HOUSE_SPEAKER.search(folded) or _SPLIT_ADMIN.search(folded) or re.search(r"(controle|acces|gestion|administration) partage\w*|shared (control|access|admin\w*)|co-?gestion|"
                   r"le client garde|nous gardons|on garde|we keep|notre informaticien|notre equipe (it|informatique)|"
                   r"our it (team|staff|guy)|they (keep|manage|handle|administer)|le client (gere|garde|administre)|"
                   r"their (own )?it (team|staff|guy|person)|(also|aussi) (has|have|a|ont) (admin|access|acces)|"
                   r"they (also )?manage\w* (it|them|themselves)|(also )?manage\w* themselves|gerent eux-memes|"
                   r"administr\w* (aussi|egalement)|our it (team|staff|guy)|in-house it|informaticien (en )?interne|equipe interne|internal it|"
                   r"droits? (d')?admin\w*|admin rights|ensemble|together|jointly|partag\w*", _HIRED.sub(" ", folded)):
        facts["control"] = "shared"
    # criticality
    m = re.search(r"(?<!\w)peu critique|pas (tres )?critique|non critique|not (very )?critical|low criticality|"
                  r"criticite faible|faible criticite|pas vital|"
                  # "si le réseau tombe c'est pas grave, ils bossent sur papier", "downtime isn't a big deal for them"
                  r"\b(si|if|when|quand)\b[^.;]{0,40}\b(tombe\w*|down|panne|plante\w*|coupe\w*|stops?|arrete\w*)\b[^.;]{0,15}"
                  r"\b(c'est )?(pas (si |tres )?grave|pas dramatique|no big deal|not a big deal|not a problem|not critical)|"
                  r"\b(downtime|outages?|pannes?|coupures?)( \w+)? (isn'?t|is not|aren'?t|are not|n'est pas|c'est pas|est pas) "
                  r"(a big deal|that bad|grave|dramatique|critical|critique)|"
                  r"\b(bossent|travaillent|work|can work|peuvent (bosser|travailler)) (sur|on) (papier|paper)\b|"
                  r"\b(downtime|outages?|pannes?|coupures?|breakdowns?)( \w+)? (is|are|'s) no (big )?(deal|drama|disaster|problem)\b|"
                  r"\b(we|they|on|ils|elles|nous) (can|could|peut|peuvent|pouvons|pourrait|pourraient)( \w+)? (work|bosser|"
                  r"travailler|carry on|continuer) (offline|hors ligne|sans (le |l'|d')?(reseau|internet|informatique|ordinateurs?))\b",
                  folded)
    if m:
        facts["criticality"] = "low"
    else:
        stops = _STOPS.search(folded)
        m = stops or re.search(r"(?<!\w)(?:criticite (haute|elevee|forte)|(haute|forte) criticite|high criticality|criticality high|"
                      r"critique|critical|vital\w*|hopital|clinique|hospital|usine|factory|production 24|"
                      r"bloquant|mission-critical|tres sensible|haute disponibilite|high availability|"
                      # "si ça tombe ils peuvent plus bosser", "if the server goes down it's a disaster"
                      r"(?:ils|elles|on|they|we|nobody|personne)( \w+)? (?:peu\w+|can'?t|cannot|can no longer|could not|couldn'?t) "
                      r"(?:plus |pas |no longer )?(?:bosser|travailler|rien faire|work|do anything|operate)|"
                      r"(?:it'?s|it is|that'?s|c'est|ce serait|it would be|that would be) (?:a |la )?(?:disaster|catastrophe|cata|"
                      r"catastrophique|nightmare|dramatique))(?!\w)", folded)
        if m and (m is stops or not denied(text, folded, m.span())):
            facts["criticality"] = "high"
        elif re.search(r"criticite moyenne|moyennement critique|medium criticality|moderately critical", folded):
            facts["criticality"] = "medium"
    return facts, negated


# "propose une version plus protectrice : Le Client s'interdit d'embaucher…", "rewrite this for us: The Client shall not
# hire…": contract text pasted after a colon (or quoted), a party and what it shall, may or must do
_PASTED = re.compile(r"(?:«|“|\"|:\s*)(?=(?:le|la|les|l'|the|each|either|chaque|aucune?|tout|toute|any|no)\b[^.]{0,100}?\b(?:client|"
                     r"customer|prestataire|provider|supplier|msp|partie|party|parties|fournisseur|infogereur)\b[^.]{0,120}?\b"
                     r"(?:shall|may|must|will|agrees?|undertakes?|warrants?|is not|s'interdit|s'engage|peut|pourra|doit|devra|"
                     r"garantit|renonce|n'est pas|ne saurait|ne pourra)\b)")


def _paste_start(folded: str) -> int | None:
    m = _PASTED.search(folded)
    if m is None or len(folded[m.end():].split()) < 8:
        return None
    return m.start()


def read_slots(text: str, *, topic_hint: str | None = None, side_hint: str | None = None,
               figure_hint: str | None = None) -> Slots:
    """Every slot a message fills; `topic_hint` is the clause on the table (for bare figures). A contract clause pasted
    into the message is the text to work on: its figures and facts are not the user's; its subject is the topic.
    One-letter typos in the key words are mended first ("sauvgarde", "disponibilté")."""
    text = mend_typos(text)
    start = _paste_start(fold_keep_offsets(text))
    if start is not None and start > 0:
        from assistant.legal.review.classify import cue_scores

        pasted = text[start:]
        s = read_slots(text[:start], topic_hint=topic_hint, side_hint=side_hint, figure_hint=figure_hint)
        scores = cue_scores("", pasted)
        if _FORBIDS_HIRING.search(fold_keep_offsets(pasted)):  # what the clause forbids says what it is
            scores["non_solicitation"] = scores.get("non_solicitation", 0.0) + 3.0
        named = max(scores, key=lambda t: scores[t]) if scores else clause_topic(pasted)
        if named:
            s.topic = named
        s.pasted = True
        return s
    return _read_slots(text, topic_hint=topic_hint, side_hint=side_hint, figure_hint=figure_hint)


def _read_slots(text: str, *, topic_hint: str | None = None, side_hint: str | None = None,
                figure_hint: str | None = None) -> Slots:
    # "security-wise", "backup-related": the word itself (same length, offsets kept)
    folded = re.sub(r"(?<=\w)-(?=(wise|side|related|level)\b)", " ", fold_keep_offsets(text))
    quantities = find_quantities(text)
    # "make it a year", "down to a month": one unit said with an article, after a verb that sets it
    m = re.search(r"\b(?:make it|set it (?:to|at)|reduce it to|cut it to|bring it (?:down |up )?to|down to|up to|just|only|"
                  r"go (?:for|with)) (?:a|an) (year|month|week|day)\b", folded)
    if m and not any(q.unit for q in quantities):
        quantities = sorted(quantities + [Quantity(1.0, m.group(1), m.span(1), text[m.start(1):m.end(1)])],  # type: ignore[arg-type]
                            key=lambda q: q.span)
    # "a year is plenty", "P1 two hours, P2 a day", "within a day": one unit said with an article where a figure goes
    if len(folded.split()) <= 14:
        for m in re.finditer(r"(?:^\W*(?:(?:ok|okay|hmm|and|then|so|well|nah|no)\W+)*|\b(?:p[1-4]|priority [1-4]|within|under|"
                             r"max(?:imum)?|at most|up to|no more than|for)\W+)an? (year|month|week|day|hour)\b(?!'s| of work)",
                             folded):
            if not any(q.span[0] <= m.start(1) < q.span[1] for q in quantities):
                quantities = sorted(quantities + [Quantity(1.0, m.group(1), m.span(1), text[m.start(1):m.end(1)])],  # type: ignore[arg-type]
                                    key=lambda q: q.span)
    # "cap liability at the annual fees", "plafond = la redevance annuelle": a cap of one year of fees
    m = re.search(r"\b(?:the |an? |one |un |une |1 )?(?:annual|yearly|year'?s?(?: worth of)?|annee|an) (?:of )?(?:the )?"
                  r"(?:fees?|redevances?|charges|billing|contract value)\b|\b(?:la |les |le )?(?:redevances?|montant|prix|"
                  r"facturation|valeur) annuel(?:le)?s?\b(?: du contrat)?|"
                  r"\b(?:un|une|1) an(?:nee)? de (?:redevance|facturation|factures)\b", folded)
    if m and re.search(r"plafon\w*|\bcap\w*|limit\w*|responsab\w*|liabil\w*", folded[:m.start()]):
        # "twice the annual fees", "1,5 fois la redevance annuelle", "2x annual fees": that many years of fees
        times = re.search(r"(?:\b(twice|double)|(?<![\w.,])(\d+(?:[.,]\d+)?|deux|trois|two|three)\s*(?:x|fois|times))\s*"
                          r"(?:(?:the|le|la|les|l') ?)?(?:montant )?$", folded[max(0, m.start() - 25):m.start()])
        n = 1.0
        if times:
            word = times.group(1) or times.group(2)
            n = {"twice": 2.0, "double": 2.0, "deux": 2.0, "two": 2.0, "trois": 3.0, "three": 3.0}.get(
                word, None) or float(word.replace(",", "."))
        # the multiplier's own digit is no figure of its own
        quantities = [q for q in quantities if not (times and q.unit is None and
                                                    max(0, m.start() - 25) + times.start() <= q.span[0] < m.start())]
        if not any(q.unit in ("month", "year") for q in quantities):
            quantities = sorted(quantities + [Quantity(n, "year", m.span(), text[m.start():m.end()])],  # type: ignore[arg-type]
                                key=lambda q: q.span)
    # "four nines", "trois neuf": an availability said by its count of nines
    for m in re.finditer(r"\b(two|three|four|five|deux|trois|quatre|cinq|[2-5]) ?(?:nines|neufs?|9s)\b", folded):
        n = {"two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4, "five": 5, "cinq": 5}.get(m.group(1)) or int(m.group(1))
        if not any(q.span[0] < m.end() and m.start() < q.span[1] and q.unit for q in quantities):
            value = round(100 - 10 ** (2 - n), n - 2)
            quantities = sorted([q for q in quantities if not (q.span[0] < m.end() and m.start() < q.span[1])] +
                                [Quantity(value, "percent", m.span(), text[m.start():m.end()])],  # type: ignore[arg-type]
                                key=lambda q: q.span)
    # "plafonné à un dixième de la redevance", "capped at a fifth of the monthly fee": a share of the fee, as a percentage
    for m in _FRACTION_OF_FEE.finditer(folded):
        if not any(q.span[0] < m.end(1) and m.start(1) < q.span[1] for q in quantities):
            quantities = sorted(quantities + [Quantity(_FRACTIONS[m.group(2)], "percent", m.span(1),  # type: ignore[arg-type]
                                                       text[m.start(1):m.end(1)])], key=lambda q: q.span)
    # "les 12 derniers mois", "the 6 previous months": the unit after an adjective of time
    quantities = [replace(q, unit=("month" if um.group(1).startswith(("moi", "mon")) else "year"),
                          span=(q.span[0], q.span[1] + um.end()))
                  if q.unit is None and (um := re.match(r"\s+(?:derniers?|dernieres?|precedents?|precedentes?|last|previous|"
                                                         r"preceding|past|prior)\s+(mois|months?|ans|annees|years?)\b",
                                                         folded[q.span[1]:])) else q for q in quantities]
    # "a year after the end of the agreement", "un an après la fin du contrat": one unit with an article, before a term end
    for m in re.finditer(r"\b(?:an?|one|un|une) (year|month|an|mois)\b(?= (?:after|following|from|post|apres|a compter|suivant)\b)",
                         folded):
        if not any(q.span[0] <= m.start(1) < q.span[1] for q in quantities):
            unit = "year" if m.group(1) in ("year", "an") else "month"
            quantities = sorted(quantities + [Quantity(1.0, unit, m.span(), text[m.start():m.end()])],  # type: ignore[arg-type]
                                key=lambda q: q.span)
    s = Slots(quantities=quantities)
    s.topic = clause_topic(text)
    if s.topic in ("termination", "duration_renewal", None) and topic_hint:
        # "deux ans à compter de la résiliation", "18 months following termination": the end of the contract as the
        # start of a period of the clause on the table, not the termination clause
        masked = _relative_time_masked(text, folded, quantities)
        if masked != text:
            s.topic = clause_topic(masked)
    if s.topic and len(text) == len(folded) and _EVENT_EXCEPTED.search(folded):
        # "one audit a year, except after a security incident": the event excepted names no clause
        masked = text
        for m in _EVENT_EXCEPTED.finditer(folded):
            a, b = m.span("event")
            masked = masked[:a] + " " * (b - a) + masked[b:]
        s.topic = clause_topic(masked)
    s.term = find_term(text)
    s.side = read_side(_COMPLAINT.sub(" ", folded))  # "trop côté prestataire" says nothing of the user's side
    s.facts, s.negated_facts = read_facts(text, folded, quantities)
    s.data_kinds = s.facts.pop("_data_kinds", [])
    if s.facts.get("hours") in ("business", "extended"):
        s.hours_said = read_hours_said(folded)
    s.facts.update(_names(text, s.side or side_hint))
    relative = _relative_match(folded)
    rel = relative[0] if relative else None
    # "divise le plafond par deux": the "deux" of the change is no figure of its own
    fig_quantities = [q for q in quantities if not (rel and rel[0] == "mul" and relative[1][0] <= q.span[0] < relative[1][1])]
    clock = _hours_said(folded)
    if clock is not None and s.facts.get("hours") == clock[0]:
        # "support 8h-18h": the clock times of the service hours are no figure of a clause
        fig_quantities = [q for q in fig_quantities if not clock[1][0] <= q.span[0] < clock[1][1]]
    figures, fee = read_figures(text, folded, fig_quantities, s.topic, topic_hint, figure_hint, said=s.said)
    _liability_figures(folded, fig_quantities, s.topic, topic_hint, figures)
    s.figure_named = named_figure(folded, quantities, figure_hint) if not figures else None
    if rel is not None and not (figures and rel[0] == "mul"):
        s.relative = rel
        if rel[0] == "add":  # "un mois de plus": the month is the change, not the figure's new value
            figures = {}
            s.said.clear()
            if rel[2] in ("users", "sites") and s.facts.get(rel[2]) == abs(rel[1]):
                s.facts.pop(rel[2], None)  # "ajoute 2 postes": two more, not two in all (a total said too is kept)
        s.figure_named = _relative_target(folded) or s.figure_named
    s.figures = figures
    if s.topic == "duration_renewal" and topic_hint and topic_hint != s.topic and figures and not any(
            k in ("initial_term_months", "renewal_term_months", "notice_months") for k in figures):
        s.topic = topic_hint  # "la durée" of the clause on the table
    if fee is None:  # "il nous facture 3500 par mois": a sum with no currency sign, billed monthly
        q = next((q for q in quantities if q.unit is None and 100 <= q.value <= 1_000_000 and (
            re.match(r"\s*(?:€|euros?|eur)?\s*(?:ht |hors taxes? |ttc )?(?:par mois|/ ?mois|a month|per month|monthly|mensuel)",
                     folded[q.span[1]:q.span[1] + 25]))), None)
        if q is not None and re.search(r"factur\w*|pa(ie|ye|yons|yez|y|ys|ying)\b|redevance|forfait|fees?\b|abonnement|"
                                       r"subscription|charg\w*|coute|costs?|prix|price", folded):
            fee = q.value
    if fee is None:  # "we pay 3k a month", "2,5k par mois": thousands with no currency sign
        m = re.search(r"(?<![\w.,])(\d{1,4}(?:[.,]\d{1,2})?)\s?k\b(?!\s?(?:€|eur|\$|usd|£))", folded)
        if m and _FEE_CUE.search(folded[max(0, m.start() - 50): m.end() + 25]) and not _PER_EVENT.match(folded, m.end()) \
                and not _hiring_sum(folded, m.span()):
            fee = float(m.group(1).replace(",", ".")) * 1000
            if _YEARLY.search(folded[m.end(): m.end() + 20]):
                fee /= 12
    if fee is None:  # "monte la redevance à 2900", "fee goes to 2900": a sum named by the fee's own word
        q = next((q for q in quantities if q.unit in (None, "eur") and 100 <= q.value <= 1_000_000 and re.search(
            r"\b(redevance|forfait|abonnement|mensualite|monthly fee|fee|subscription)( mensuelle| mensuel| monthly)?('s)?"
            # the copula family, spoken too: "la redevance c'est 3 800", "the fee's now 4,100", "le forfait revient à"
            r"(,? (passe|passera|montera|goes|will go|is|est|sera|c'est|c est|ce sera|it's|it is|'s|ca fait|fait|"
            r"comes to|revient|s'eleve|amounts to|would be|serait|devient|becomes|now|maintenant|en fait|actually|"
            r"plutot|really|vraiment|finalement|in fact|donc|so|du coup)){0,3} ?(a|to|de|at|=|:|of)?\s*$",
            folded[max(0, q.span[0] - 45):q.span[0]]) and not _PER_EVENT.match(folded, q.span[1]) and not
            _YEARLY.search(folded[q.span[1]:q.span[1] + 20]) and not
            _hiring_sum(folded, q.span)), None)
        if q is not None:
            fee = q.value
    if fee is not None and 0 < fee <= 10_000_000:
        s.facts["monthly_fee_eur"] = float(fee)
    s.position = read_position(folded)
    split = _SPLIT_FIGURE.search(folded) if s.position == "balanced" else None
    if split and any(q.unit not in ("users", "sites", "workstations") and not split.start() <= q.span[0] < split.end()
                     for q in quantities) and not re.search(r"\b(equilibr\w*|balanced|neutre|neutral|fair(er)?|win-?win|"
                                                          r"gagnant-gagnant|for both|pour les deux|re-?equilibr\w*)\b", folded):
        s.position = None  # "meet them halfway, make it 14": a figure between the two asked, not the clause rebalanced
    speaker = s.side or side_hint
    m_text, m_folded = text, folded
    if "control" in s.facts:  # "we can't even add a printer ourselves": the provider's hold, told by an example
        for m in list(_UNABLE_EXAMPLE.finditer(folded)) + list(_CONTROL_OVER.finditer(folded)):
            blank = " " * (m.end() - m.start())
            m_text = m_text[:m.start()] + blank + m_text[m.end():]
            m_folded = m_folded[:m.start()] + blank + m_folded[m.end():]
    for m in _EVENT_EXCEPTED.finditer(m_folded):  # "sauf incident de sécurité": an event excepted, no service removed
        a, b = m.span("event")
        m_text, m_folded = m_text[:a] + " " * (b - a) + m_text[b:], m_folded[:a] + " " * (b - a) + m_folded[b:]
    svc_pos, svc_neg = _mentions(SERVICE_PATTERNS, m_text, m_folded, speaker)
    asset_pos, asset_neg = _mentions(ASSET_PATTERNS, m_text, m_folded, speaker)
    if "security" in svc_pos and re.search(r"clause de securite|security clause", folded):
        svc_pos.remove("security")
    if re.search(r"\b(tous les services|all (the )?services|everything(?!(?:'s| is| will be| gets| goes)? (?:done |handled )?"
                 r"remote)(?!'s| is| will be| goes| gets| lives| sits)|tout le catalogue|toute l'offre|services? complets?|full service)\b", m_folded) \
            and not re.search(r"\b(return|delete|destroy|erase|wipe|hand back|give back|send back|restitue\w*|supprime\w*|"
                              r"detrui\w*|efface\w*)( it| them| us)? (back )?everything\b", folded):  # the data, at the end
        svc_pos = list(dict.fromkeys(svc_pos + [x for x in ("monitoring", "maintenance", "user_support", "backup",
                                                             "security", "patching") if x not in svc_neg]))
    if "hosting" not in svc_pos + svc_neg and _on_premises(folded, speaker):
        svc_neg = svc_neg + ["hosting"]  # "our servers stay on-prem": nothing hosted by the provider
    s.add_services, s.remove_services = svc_pos, svc_neg
    s.add_assets, s.remove_assets = asset_pos, asset_neg
    # "scrap the non-solicitation bit", "vire le passage sur la non-sollicitation": a part of the text, taken out
    part_removed = bool(_REMOVE.search(folded) and re.search(
        r"(?<!\ba )(?<!\bd'une )\b(bits?|parts?|passages?|paragraph\w*|wording|provisions?|partie|morceau|bout|stuff|thing)\b",
        folded)) and not (
        svc_neg or asset_neg)  # "we don't need the security part": the service, not a clause
    if (CLAUSE_WORD.search(folded) or part_removed) and s.topic:
        rm = _REMOVE.search(folded)
        if rm and all(re.fullmatch(r"sans|without|hors|sauf|pas d[e']|pas du|pas des|aucune?|zero|no", x.group(0))
                      for x in _REMOVE.finditer(folded)) and clause_topic(folded[:rm.start()]) == s.topic:
            rm = None  # "une clause SLA sans pénalités": what the clause goes without, not the clause taken out
        removing = bool(rm or _TOPIC_REMOVE.search(folded) or re.search(
            r"\b(take|leave|cut|strip|drop|rip)\b[\w' -]{1,30}\b(out|off)\b", folded)) and not _TOPIC_ADD.search(folded)
        (s.remove_topics if removing else s.add_topics).append(s.topic)
    elif s.topic and not (svc_pos or svc_neg or asset_pos or asset_neg or figures) and len(folded.split()) <= 16 and \
            not re.search(r"\b(plafon\w*|caps?|limit\w*|montant|amount|taux|rate)\b", folded):
        # "on laisse tomber la non-sollicitation", "you forgot the reversibility part", "throw in confidentiality":
        # the topic itself, taken out or put in, said without the word "clause"
        if _TOPIC_ADD.search(folded):
            s.add_topics.append(s.topic)
        elif _TOPIC_REMOVE.search(folded):
            s.remove_topics.append(s.topic)
    for m in _PART_DROPPED.finditer(folded):
        what = (m.group("named") or m.group("about") or "").strip()
        if not (clause_topic(what) or _mentions(SERVICE_PATTERNS, what, what)[0] or _mentions(ASSET_PATTERNS, what, what)[0]):
            s.remove_parts.append(what)
    m = _CARVE_OUT.search(folded)
    if m and (m.group("cond") or not (svc_neg or asset_neg)) and not s.remove_topics:
        s.carve_out = text[m.start("what"):m.end()].strip(" .,;!?")
        s.carve_limit = bool(_LIMIT_BEFORE.search(folded[:m.start()]))
    s.data_location = read_data_location(folded)
    if re.search(r"\b(markdown|\.md|md)\b", folded):
        s.export_format = "md"
    elif re.search(r"\b(docx|word|\.doc)\b", folded):
        s.export_format = "docx"
    elif re.search(r"\bpdf\b", folded):
        s.export_format = "pdf"
    return s


# "drop the indirect damages part", "remove the bit about audits on site", "retire le passage sur les dommages
# indirects": one passage of the clause on the table, named by what it says
_DROP_VERB = (r"(drop|remove|delete|strike( out)?|cut|take out|get rid of|scrap|lose|retire[rz]?|enleve[rz]?|supprime[rz]?|"
              r"vire[rz]?|ote[rz]?|sors)")
_PART = r"(?:part|bit|paragraph|sentence|wording|passage|provision|line|partie|passage|paragraphe|phrase|mention|alinea|bout)s?"
_PART_DROPPED = re.compile(
    r"\b" + _DROP_VERB + r"\s+(?:the|that|this)\s+(?!" + _PART + r"\b)(?P<named>[\w' -]{3,40}?)\s+" + _PART + r"\b|"
    r"\b" + _DROP_VERB + r"\s+(?:the|that|this|le|la|ce|cette|les)\s+" + _PART + r"\s+(?:about|on|regarding|covering|"
    r"with|sur|concernant|relatif a|relative a|des|du|de la|de l')\s*(?:the |les |la |le |l')?(?P<about>[\w' -]{3,40}?)"
    r"(?=\s*[,.;:!?]|\s*$|\s+(?:and|but|et|mais|please|stp|svp)\b)")


# "exclude planned maintenance if we announce it 48 h ahead", "exclus les gens qui répondent d'eux-mêmes à une annonce":
# an exception written into the clause on the table (with a condition, or about people or events, not a service)
# s17b: an event named inside an exception phrase ("sauf incident de sécurité", "except after a security incident",
# "unless there is a backup failure", "hors perte de sauvegarde"): the service word qualifies the event — the
# exception says when a rule does not apply, it takes no service out of the scope
_EVENT_NOUN = (r"(?:incidents?|breach(?:es)?|violations?|failles?|failures?|pertes?|loss|pannes?|outages?|defaillances?|"
               r"attaques?|attacks?|fuites?|leaks?|compromissions?|sinistres?|problemes?|issues?|events?|evenements?)")
_SERVICE_WORD = (r"(?:securite(?: informatique)?|security|cyber\w*|sauvegardes?|backups?|donnees|data|reseau|network|"
                 r"supervision|monitoring|hebergement|hosting|serveurs?|servers?|messagerie|e-?mail)")
_EVENT_EXCEPTED = re.compile(
    r"\b(?:sauf|hors|excepte\w*|except|unless|other than|apart from|save for|en dehors d\w*|a l'exception d\w*)\b"
    r"[^.;!?]{0,30}?(?P<event>\b(?:" + _SERVICE_WORD + r"\s+" + _EVENT_NOUN + r"|" + _EVENT_NOUN +
    r"\s+(?:de |d'|du |des |of |on |in |with )(?:la |le |les |l'|the |a |their |our |leurs? |nos )?" + _SERVICE_WORD + r")\b)")
# s17b: a limit set before an exception ("un audit par an au maximum sauf incident", "no more than one audit per year
# unless…", "twice a year at most, except…"): the exception is to that limit
_LIMIT_BEFORE = re.compile(r"\b(?:au maximum|au plus|maximum|max|at most|at the most|no more than|not more than|pas plus d[e']|"
                           r"limite\w* a|limited to|plafonn\w* a|capped at|(?:une?|one|deux|two|trois|three|quatre|four|\d+|single|"
                           r"seul) (?:[\w']+ ){0,2}?(?:par|per|a|each|every) (?:an|annee|year|semestre|trimestre|quarter|mois|month)|"
                           r"annuel\w*|annual(?:ly)?|once|twice|une fois|deux fois)\b")
_CARVE_OUT = re.compile(
    r"\b(?:exclu(?!si)\w*|carve[- ]?out|leave out|except|excepte\w*|sauf|hors|unless|other than|don'?t count|do not count|ne (?:compte|decompte)"
    r"\w* pas|neutralis\w*|disregard|not count)\s+(?:les |la |le |l'|des |the |any |all )?(?P<what>[\w' -]{3,60}?)"
    r"(?P<cond>\s+(?:if|when|provided|as long as|so long as|unless|who|that|which|announced|notified|si|quand|lorsqu\w*|des lors|"
    r"pourvu|qui|annonce\w*|notifie\w*|prevenu\w*)\b[^.;!?]{3,120})?(?=[.;!?]|$)")


def names_subject(s: Slots) -> bool:
    """The message names what it is about (a topic, a term, a service or an asset)."""
    return bool(s.topic or s.term or s.add_services or s.remove_services or s.add_assets or s.remove_assets)


def question_frame(text: str) -> str:
    """A question without its subject: 'notre infogéreur s'engage sur 99,5 % de disponibilité, c'est
    correct ?' → 'notre infogéreur s'engage sur de , c'est correct ?'. A follow-up that names another
    subject ('et pour les sauvegardes ?') asks the same thing of it."""
    folded = fold_keep_offsets(text)
    spans = subject_spans(folded)
    for pats in (SERVICE_PATTERNS, ASSET_PATTERNS):
        for pat in pats.values():
            spans += [m.span() for m in _word_pattern(pat).finditer(folded)]
    spans += [q.span for q in find_quantities(text) if q.unit not in (None, "users", "sites", "workstations")]
    keep = [True] * len(text)
    for a, b in spans:
        for i in range(a, min(b, len(text))):
            keep[i] = False
    # the facts stated on the way ("on est une PME de 60 personnes") are in the state already: not the question
    for m in re.finditer(r"[^,;.!?]+", folded):
        part = m.group(0)
        if re.search(r"\b(on est|nous sommes|we are|we're|i am|i'm|je suis)\b", part) or any(
                q.unit in ("users", "sites", "workstations") or _PEOPLE.match(part, q.span[1] - m.start())
                for q in find_quantities(text[m.start():m.end()])):
            for i in range(m.start(), m.end() + 1 if m.end() < len(text) else m.end()):
                keep[i] = False
    frame = " ".join("".join(ch for ch, k in zip(text, keep) if k).split())
    dangling = re.compile(r"(?i)(?:^|\s+)(?:de|du|des|d'|une?|la|le|les|l'|sur|of|the|an?|on|for|pour|en|by|par|is|est)"
                          r"(?=\s*(?:[,.;?!]|$))")
    while dangling.search(frame):
        frame = dangling.sub("", frame)
    return frame.strip(" ,;")


def figure_topic(slot: str) -> str | None:
    for prefix, topic in FIGURE_TOPIC.items():
        if slot.startswith(prefix):
            return topic
    return None
