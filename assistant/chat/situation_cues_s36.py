"""Cue families of situations a question tells, thirty-sixth session, answer side (helper s36-kb, issue 15): the subject
each s36 card (`knowledge_base/cards/*_s36.yaml`) turns on, told in any words (folded text; read as ask cues by
`premises.ASK_CUES` and as told situations by `told_situations.SITUATIONS`).

- cookies and trackers on a website the MSP builds or runs (loi 78-17, art. 82; GDPR 4(11), 7);
- the legal notices of a website and the host named in them (loi 2004-575 "LCEN", art. 1-1, formerly art. 6, III);
- employees' own devices used for work and managed by the MSP, BYOD (GDPR 5(1)(c), 32; C. trav. L1121-1);
- telework: equipment, costs and security (C. trav. L1222-9 to L1222-11);
- a password and authentication policy imposed by contract (GDPR 32, 28(3)(c); CNIL recommendation);
- an AI system the MSP provides or deploys: provider or deployer (Regulation 2024/1689, art. 3, 25, 26, 50);
- AI literacy of the staff (Regulation 2024/1689, art. 4);
- the Cyber Resilience Act for software the MSP makes (Regulation 2024/2847, art. 13, 14, 71);
- digital accessibility of a site or app the MSP builds (loi 2005-102, art. 47; directive 2019/882);
- reselling telephone lines or SIP trunks (CPCE L32-1, L33-1).
"""

from __future__ import annotations

import re

# -- cookies and trackers on a website ---------------------------------------------------------------------------------------
_TRACKER = (r"(cookies?|traceurs?|trackers?|tracking|pixels? (meta|facebook|linkedin|google|de suivi)|meta pixel|"
            r"facebook pixel|google analytics|ga4|matomo|hotjar|tag manager|gtm|bandeaux? (cookies?|de consentement|rgpd)|"
            r"cookie (banner|wall|consent|popup|pop-up)|consent (banner|management|popup|pop-up)|cmp|tarteaucitron|"
            r"axeptio|cookiebot|didomi)")
_ON_A_SITE = (r"(sites?|site web|website|web ?site|boutique en ligne|e-?shop|online shop|webshop|wordpress|shopify|"
              r"landing page|pages? web|web ?pages?|visiteurs?|visitors?|internautes?|navigation|consent\w*|bandeau|banner|"
              r"cnil|rgpd|gdpr|e-?privacy|legal|legaux|responsab\w*|liable|liability|accept\w*|refus\w*|audience|"
              r"analytics|statisti\w*|publicit\w*|advert\w*|marketing)")
# clearing a browser's cookies on the client's PCs is help-desk work, not the rules on trackers
_BROWSER_CHORE = (r"\b(vider|effacer|supprimer|nettoyer|clear\w*|delet\w*|wip\w*|purg\w*|flush\w*)( \w+){0,3} "
                  r"(les |the |des |leurs? |their |du |de )?(cache\w*|cookies?)")
# a GPS tracker in a vehicle is the geolocation card's (C. trav. L1121-1)
_VEHICLE_TRACKER = r"\b(gps|vehicules?|vehicles?|voitures?|cars?|vans?|camionnettes?|balises?|geoloc\w*|geo-?loc\w*)\b"
WEBSITE_COOKIES = re.compile(rf"(?s)^(?!.*{_BROWSER_CHORE})(?!.*{_VEHICLE_TRACKER})(?=.*\b{_TRACKER}\b)(?=.*\b{_ON_A_SITE}\b)")

# -- legal notices of a website and the host named in them -----------------------------------------------------------------
_LEGAL_NOTICE = (r"(mentions? legales?|page (des )?mentions|legal notices?|legal mentions?|imprint|impressum|"
                 r"directeur (ou co-?directeur )?de (la )?publication|publication director|directeur de publication|"
                 r"(identifi\w*|nom|coordonnees|name|details) (de l'|of the |the )?(hebergeur|host(ing)? (provider|company))"
                 r"( \w+){0,3} (sur|on|dans|in) (le |the |son |its )?(site|website))|(indiquer|mettre|nommer|mentionner|afficher|"
                 r"name|list|show)( \S+){0,3} (comme|as) (l'|the )?(hebergeur|host)\b")
# legal mentions of an invoice, a quote or terms of sale are other cards' (C. com. L441-9, C. consom.)
_NOTICE_ELSEWHERE = r"\b(factures?|invoices?|devis|quotes?|cgv|bons? de commande|purchase orders?|e-?mails? signature)\b"
LEGAL_NOTICE = re.compile(rf"(?s)^(?!.*{_NOTICE_ELSEWHERE})(?=.*\b(?:{_LEGAL_NOTICE}))")

# -- employees' own devices (BYOD) ---------------------------------------------------------------------------------------
_OWN_DEVICE = (r"(byod|bring your own device|avec \(apportez|appareils? (personnels?|persos?|privees?)|equipements? "
               r"(personnels?|persos?)|(telephones?|portables?|smartphones?|ordinateurs?|pc|laptops?|tablettes?|macs?|"
               r"iphones?|mobiles?) (personnels?|persos?|prives?|privees?|a eux|a elles)|(leurs?|son|sa|ses) (propres? )?"
               r"(telephones?|portables?|smartphones?|ordinateurs?|pc|tablettes?|macs?|iphones?) (perso\w*|a eux|prive\w*)|"
               r"(leurs?|ses|son|sa) propres? (telephones?|portables?|smartphones?|ordinateurs?|pc|tablettes?|macs?|"
               r"iphones?|appareils?|equipements?)|personal (devices?|phones?|laptops?|computers?|smartphones?|tablets?|"
               r"macs?|iphones?|pcs?)|private (devices?|phones?|smartphones?|laptops?|computers?|tablets?)|(their|his|her) own (devices?|phones?|laptops?|computers?|smartphones?|tablets?|macs?|"
               r"iphones?|pcs?)|privately[- ]owned (devices?|phones?|laptops?))")
BYOD = re.compile(rf"(?s)\b{_OWN_DEVICE}")

# -- telework: equipment, costs and security --------------------------------------------------------------------------------
_TELEWORK = (r"(teletravail\w*|teletravaill\w*|tele-travail\w*|remote work\w*|work(ing|s)? from home|wfh|home ?office|"
             r"telework\w*|travail (a|de) (la maison|domicile)|(travaill\w*|bosse\w*|bosser) (a|de|depuis) (la maison|domicile|chez (eux|lui|elle|"
             r"soi|moi|nous)))")
_TELEWORK_TOPIC = (r"(equipement\w*|materiel|ordinateurs?|pc|portables?|ecrans?|internet|box|fibre|forfaits?|frais|couts?|"
                   r"pay\w*|rembours\w*|indemnit\w*|allocation|prise en charge|allowance|equipment|laptops?|screens?|"
                   r"monitors?|costs?|expenses?|reimburs\w*|securi\w*|vpn|charte|accord|charter|agreement|policy|refus\w*|"
                   r"impos\w*|oblig\w*|forc\w*|accident\w*|assurance|insurance|qui fournit|who provides|who pays|fournir|"
                   r"provid\w*|donner|give|droit|right|rules?|regles?|legal\w*|cadre)")
# teleworkers watched (screenshots, keystrokes, activity tracked) is the employee-monitoring card's (C. trav. L1121-1, L1222-4)
_TELEWORK_MONITORED = (r"\b(frappes?|keystrokes?|keylog\w*|captures? d'ecran|screenshots?|screen ?(captures?|grabs?|shots?)|"
                       r"surveill\w*|monitoring|monitored|espionn\w*|spy\w*|mouchards?|track(s|ed|ing)? (their|les|leur|his|her)|"
                       r"activity tracking|suivi d'activite|productivit\w*|webcams? (allumees?|on))\b")
TELEWORK = re.compile(rf"(?s)^(?!.*{_TELEWORK_MONITORED})(?=.*\b{_TELEWORK})(?=.*\b{_TELEWORK_TOPIC}\b)")

# -- a password and authentication policy imposed by contract ------------------------------------------------------------
_PASSWORD = (r"(mots? de passe|mdp|passwords?|pass ?phrases?|mfa|2fa|a2f|double authentification|double facteur|"
             r"authentification (forte|multi\w*|a (deux|2|plusieurs) facteurs?)|multi-?factor|two-?factor|2-?factor|"
             r"strong authentication|authentifi\w*|authentication)")
_POLICY = (r"(politique|policy|policies|regles?|rules?|longueur|length|caracteres|characters|complex\w*|robust\w*|"
           r"strong|forts?|imposer|impose\w*|exig\w*|requir\w*|obligatoire|mandatory|contrat\w*|contract\w*|clauses?|"
           r"cnil|rgpd|gdpr|article 32|art\.? 32|refus\w*|won'?t|rotation|renouvel\w*|expir\w*|tous les \d+ jours|"
           r"every \d+ days|minimum|recommand\w*|recommend\w*|norme|standard|veu\w* pas|(doesn'?t|don'?t|won'?t) want)")
# passwords kept after the end, handed back, withheld or asked for are the exit and access cards' (C. pén. 323-1;
# reversibility), a password seen in a phishing story the incident cards'
_PASSWORD_ELSEWHERE = (r"\b(ancien\w* (prestataire|presta|infogerant|msp)|ex-?(prestataire|presta|msp)|former|previous|old "
                       r"(provider|msp)|fin du contrat|apres la fin|contract (ended|is over|has ended)|after the contract|"
                       r"rend\w*|restitu\w*|transmett\w*|remett\w*|hand\w* (over|back)|give (us |them )?(back|the)|"
                       r"refus\w* de (nous )?(donner|communiquer|transmettre|rendre)|(won'?t|refuses? to) (give|hand|share)|"
                       r"garde\w*|kept|keeps|still has|(avait|avaient|detient|detenait|had|has|holds?|held) (tous |all )?(nos|our|les|the|"
                       r"leurs|their) (mots de passe|passwords|acces|identifiants|credentials)|chiffr\w*|encrypt\w*)\b")
# s37: the rule and the password in one sentence, a few words apart ("imposer la MFA", "a password policy", "longueur
# minimum de mot de passe"): a password named in one sentence and a clause or a contract in another ("customers sit on our
# requests for passwords… what should our customer duties clause contain?") is the client's duty to cooperate, and
# passwords the client is to give, send or hand over are access it owes, not rules set for them
_NEAR = r"[^\w.?!;]+(?:[\w'-]+[^\w.?!;]+){0,5}"
_PASSWORD_OWED = (r"\b((donn|fourni|transm|communiqu|envoi|envoy|send|sent|provid|grant|hand|giv|supply|supplie)\w*"
                  r"( \w+){0,2} (les |leurs? |ses |the |their |its |his |her |vos |your |nos |our |des |d')?(\w+ )?"
                  r"(mots de passe|passwords|identifiants|credentials|acces (admin|vpn)|admin access)|(demandes?|requests?|"
                  r"attente) (de |d'|des |for |of )?(\w+ )?(mots de passe|passwords|identifiants|credentials))\b")
PASSWORD_POLICY = re.compile(rf"(?s)^(?!.*{_PASSWORD_ELSEWHERE})(?!.*{_PASSWORD_OWED})"
                             rf"(?=.*(\b{_PASSWORD}{_NEAR}{_POLICY}\b|\b{_POLICY}{_NEAR}{_PASSWORD}))")

# -- an AI system the MSP provides or deploys ------------------------------------------------------------------------------
_AI = (r"(ia|(?<!['’])ai|intelligence artificielle|artificial intelligence|chatbots?|chat ?bots?|agents? (conversationnels?|ia|ai)|"
       r"ai agents?|conversational (agents?|ai|bots?)|assistants? (ia|virtuels?|ai)|ai assistants?|virtual assistants?|llms?|gpt|chatgpt|copilot|mistral|"
       r"modeles? de langage|language models?|genai|ia generative|generative ai)")
_AI_ACT = (r"(ai act|ia act|reglement (europeen )?(sur l'|sur l |de l'|relatif a l')?(ia|intelligence artificielle)|"
           r"loi (europeenne )?sur l'ia|2024/1689|eu ai act|(eu|european) ai (law|rules)|(ai|artificial intelligence) regulation|regulation on (ai|"
           r"artificial intelligence))")
_AI_ROLE = (r"(fournisseur|deployeur|provider|deployer|obligations?|duties|duty|responsab\w*|responsib\w*|liable|liability|"
            r"transparen\w*|informer|inform|tell|dire|marquage ce|ce marking|conformit\w*|compl\w*)")
_AI_SUPPLIED = (r"((on|nous|we|l'msp|le msp|our msp) (\w+ ){0,2}(deploie\w*|deployons|install\w*|integre\w*|integrons|vend\w*|"
                r"revend\w*|develop\w*|fourni\w*|propos\w*|met\w* en place|deploy\w*|integrat\w*|sell\w*|resell\w*|build\w*|"
                r"supply\w*|offer\w*|set\w* up|roll\w* out|white-?label\w*|rebrand\w*|put)|marque blanche|white[- ]label\w*|"
                r"sous (notre|ma) marque|under our (own )?(name|brand))")
# the other AI cards' subjects: staff feeding a public AI tool client data (GDPR 28), a provider training its own model
# on client data (28(10)), AI used on the staff (high-risk, annex III 4) or reading emotions (art. 5(1)(f)), AI training
_AI_ELSEWHERE = (r"\b(emotions?|recrut\w*|recruit\w*|candidat\w*|cv|resumes?|embauch\w*|hiring|licenci\w*|promotion\w*|"
                 r"evalu\w* (les |des |nos |our |the )?(salaries|employes|staff|employees)|entrain\w*|train(s|ed|ing)? "
                 r"(its|their|his|her|le|son|leur) (own )?(model|modele)|donnees (du|de nos|des) clients?|client data|"
                 r"customer data|formation|former (nos|les|leurs|le) (salaries|equipes|staff|collaborateurs|personnel)|"
                 r"literacy|maitrise de l'ia|culture ia|sensibilis\w*|train (our|the|their) (staff|employees|team|people))\b")
_BOTH_ROLES = r"(fournisseurs?|providers?|deployeurs?|deployers?) (ou|or|vs|versus|et|and) (deployeurs?|deployers?|fournisseurs?|providers?)"
_TOLD_AI = (r"(prevenir|informer|dire|signaler|tell|inform|told|disclos\w*|notify)( \S+){0,6} (parlent|parler|discutent|echangent|"
            r"dialoguent|talk\w*|chat\w*|speak\w*|interact\w*|deal\w*)( \S+){0,3} (a |avec |with |to )?(une |an |a )?(ia|ai|"
            r"robot|bot|machine|intelligence artificielle)")
AI_ROLE = re.compile(rf"(?s)^(?!.*{_AI_ELSEWHERE})(?:(?=.*\b{_AI_ACT})(?=.*\b{_AI_ROLE}\b)|(?=.*\b{_AI}\b)(?=.*\b{_AI_SUPPLIED}\b)"
                     rf"(?=.*\b{_AI_ROLE}\b)|(?=.*\b{_AI}\b)(?=.*\b{_BOTH_ROLES}\b)|(?=.*\b{_TOLD_AI}\b))")

# -- AI literacy of the staff --------------------------------------------------------------------------------------------
_LITERACY = (r"(maitrise de l'(ia|intelligence artificielle)|culture (de l')?ia|ai literacy|literacy|"
             r"(form\w*|sensibilis\w*|train\w*|educat\w*|upskill\w*) (\w+ ){0,4}(a l'|aux outils d'|sur l'|de l'|a |on |to use |in |about )"
             r"(ia|ai|intelligence artificielle|artificial intelligence|chatgpt|copilot|outils d'ia|ai tools|llms?|genai|"
             r"ia generative|generative ai)|(aware\w*|conscien\w*) (\w+ ){0,3}(of|about|on|de l') ?(ia|ai|intelligence artificielle|"
             r"artificial intelligence)|(cours|courses?|formations?|trainings?|certifi\w*) (\w+ ){0,2}(ia|ai)|(ia|ai) "
             r"(courses?|trainings?|formations?|cours))")
AI_LITERACY = re.compile(rf"(?s)\b{_LITERACY}\b")

# -- the Cyber Resilience Act ----------------------------------------------------------------------------------------------
_CRA_NAMED = (r"(cyber[- ]?resilience|cyberresilience|2024/2847|"
              r"reglement (europeen )?sur la (cyber ?resilience|cyber-resilience)|produits? (comportant|avec) des elements "
              r"numeriques|products? with digital elements)")
# "CRA" alone is, for an MSP, also an activity report (compte rendu d'activité): the regulation only with a product word
_CRA_SHORT = (r"(?=.*\bcra\b)(?=.*\b(reglement|regulation|act|produits?|products?|logiciels?|software|firmware|apps?|"
              r"applications?|vulnerab\w*|marquage ce|ce marking|fabricant|manufacturer|objets? connectes?|iot|enisa|"
              r"sbom)\b)")
CYBER_RESILIENCE = re.compile(rf"(?s)\b{_CRA_NAMED}|^{_CRA_SHORT}")

# -- digital accessibility ---------------------------------------------------------------------------------------------
_ACCESSIBILITY = (r"(accessibilite (numerique|web|des sites?|du site|de (l'|leur |son |notre )?(site|appli\w*|app|"
                  r"plateforme|extranet|intranet|portail))|rgaa|wcag|european accessibility act|eaa|acte europeen "
                  r"(sur|relatif a) l'accessibilite|directive 2019/882|(digital|web|website|app|application|online) "
                  r"accessibility|accessibility (of|for) (the |a |our |their |its )?(site|website|app|application|"
                  r"platform|portal|online)|declaration d'accessibilite|accessibility statement|"
                  r"(sites?|app\w*|appli\w*|website|portail|plateforme|platform|boutique|shop|store|e-?commerce|extranet|intranet)"
                  r"( \S+){0,8} (accessibles? (aux|to) (personnes|people|"
                  r"handicap\w*|disabled|malvoyants?|aveugles?|blind|visually)|pour (les )?(personnes )?(handicapees?|"
                  r"malvoyantes?|aveugles?)|for (the )?(disabled|blind|visually impaired))|lecteurs? d'ecran|screen readers?|"
                  r"(conform\w*|conforme) (a l'|to )?accessibilite|accessibility (requirements?|compliance|standards?|rules|"
                  r"audits?)|exigences d'accessibilite|audits? d'accessibilite|normes? d'accessibilite)")
DIGITAL_ACCESSIBILITY = re.compile(rf"(?s)\b{_ACCESSIBILITY}\b")

# -- reselling telephone lines or SIP trunks ---------------------------------------------------------------------------------
_TELECOM = (r"(sip ?trunks?|trunks? sip|trunking|sip|voip|toip|telephonie (ip|sur ip|cloud|hebergee|d'entreprise)|"
            r"ip telephony|cloud telephony|hosted (pbx|telephony)|ipbx|pbx|standard (telephonique|ip|cloud)|"
            r"lignes? (telephoniques?|fixes?|sip|mobiles?|voix)|forfaits? (mobiles?|telecom)|cartes? sim|sims?|esim|"
            r"numeros? (de telephone|geographiques?|fixes?|sva|surtaxes?)|phone lines?|telephone (lines?|numbers?)|"
            r"mobile (plans?|lines?|subscriptions?)|fixed lines?|landlines?|telephony|telecoms?|telecommunications?|mvno|operateur virtuel|acces internet|"
            r"internet access|fibre|fiber|liens? (fibre|internet|sdsl)|connectivit\w*)")
_RESALE = (r"(revend\w*|revente|resell\w*|resale|re-?sell\w*|commercialis\w*|marque blanche|white[- ]label\w*|"
           r"sous (notre|ma) (propre )?marque|under our (own )?(name|brand)|(vendre|vend|vendons|sell|selling|offer|"
           r"offering|provid\w*|propos\w*|fourni\w*|suppl\w*|factur\w*|bill\w*)( \S+){0,4} (lignes?|lines?|trunks?|forfaits?|plans?|"
           r"numeros?|numbers?|sims?|telephonie|telephony|voip|toip|abonnements?))")
_TELECOM_LEGAL = (r"(arcep|declar\w*|operateur|operator|licen[cs]\w*|autoris\w*|agrement|legal\w*|droit|law|allowed|"
                  r"permis|faut-il|faut il|do we need|need|besoin|oblig\w*|regul\w*|l33-1|l32-1|cpce|cadre|rules?|regles?|"
                  r"statut|status|obligations?|duties|urgence|emergency|112|interception|devien\w*|become\w*|ourselves|nous-memes)")
TELECOM_RESALE = re.compile(rf"(?s)^(?=.*\b{_TELECOM}\b)(?=.*\b{_RESALE}\b)(?=.*\b{_TELECOM_LEGAL}\b)")
