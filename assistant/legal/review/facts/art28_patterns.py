"""The words of each Art. 28 duty, element by element (read by `art28_duties.obligations`): each pattern names the
action of the duty - who must do what to what - in the legal wording and in everyday words, FR and EN, on folded text.
What a match must also speak of, and what rules it out, stays with the reader (`art28_duties`). Moved out of
`art28_duties.py` unchanged.
"""

from __future__ import annotations

from assistant.legal.review.facts.art28_shape import SUBPROC

# Art. 28(3), second subparagraph: the warning of an infringing instruction, a fact of its own
INFRINGING_INSTRUCTION = "art28_3_infringing_instruction"

# Each element in everyday words too (a sales rep's or a small firm's drafting): the party's action on the data named
# by a plain verb ("will give the data back", "keeps the data safe", "has signed an NDA", "may send an auditor",
# "hire another company… without our written OK", "prévient le client de toute fuite") - the duty read from who does
# what to what, as the legal wording is
# another firm brought in to process the data (the sub-processor in plain words)
OTHER_FIRM = (r"\b(hire|hires|hiring|engag\w*|us(e|es|ing)|appoint\w*|bring\w* in|involv\w*|outsourc\w*|recour\w*|fai\w* appel|"
              r"fai\w* (pas |jamais )?intervenir|confi\w*|mandat\w*)\b (\w+ ){0,4}?(another|other|any other|outside|external|third[- ]party|"
              r"une autre|un autre|d'autres|une societe|un prestataire|des prestataires) ?(company|companies|firm|firms|vendor|"
              r"vendors|provider|providers|supplier|suppliers|business|entity|entities|organi[sz]ations?|societe|societes|"
              r"prestataires?|entreprises?|fournisseurs?|tiers)\b")
_PLAIN_OK = (r"(consent|approval|authori[sz]ation|agreement|\bok\b|okay|go-ahead|green light|permission|accord|autorisation|"
             r"feu vert|aval)")
_PEOPLE_ASKING = (r"\b(people|persons|individuals|users|customers|employees|staff|anyone|personnes|utilisateurs|clients|"
                  r"salaries|usagers)\b (\w+ ){0,2}?(who|qui)\b (\w+ ){0,2}?(ask|asks|request|requests|want|wants|wish|wishes|"
                  r"veulent|veut|souhaitent|souhaite|demandent|demande)\b.{0,40}\b(see|access|a copy|copies|correct|rectif\w*|"
                  r"eras\w*|delet\w*|remov\w*|port\w*|object|stop|acceder|acces|consulter|corriger|rectifier|effacer|supprimer|"
                  r"opposer|recuperer|copie)")
_LEAK = (r"\b(leak\w*|lost|loss of|stolen|theft|hack(ed|ing)|compromised|compromission|accessed without (authority|authori[sz]ation|permission)|"
         r"exposed|fuites?|perte|pertes|perdues?|vol\b|vol de|volees?|piratage|pirat\w*|compromission|acces non autorise|"
         r"divulgation non autorisee)")
# element -> patterns (folded text). Each names the action of the duty, not a topic word.
# a security measure named by what it is (not by the word "measures")
_MEASURE = (r"\b(authentification (forte|a (deux|double) facteurs?|multi-?facteurs?)|double authentification|multi-?factor "
            r"authentication|two-factor authentication|strong authentication|mfa|2fa|chiffr\w*|encrypt\w*|edr|endpoint "
            r"(protection|detection)|antivirus|anti-?malware|protection des postes|correctifs? (de securite|critiques?)|"
            r"security patch\w*|mises? a jour de securite|pare-?feu|firewalls?|journalisation des acces|access logs?|"
            r"role-based access|mots de passe robustes|strong passwords)\b")
ELEMENTS: dict[str, list[str]] = {
    "art28_1_guarantees": [
        r"garanties suffisantes|sufficient guarantees|presente des garanties",
        # (a warranty denied, "ne garantit pas que…", gives none)
        r"(?<!\bne )(?<!\bn')\b(certifies|warrants|represents|garantit|atteste) (that it |qu'il |etre |avoir )?.{0,140}"
        r"(compl(y|ies|iance)|conformite|conforme|respecte)",
        r"iso(/iec)? ?27001|\bsoc ?2\b|\bhds\b|hebergeur de donnees de sante|third-party certifications?"],
    "art28_2_subprocessor_authorisation": [
        r"autorisation (ecrite )?(prealable|specifique|generale)|(prior|specific|general) (specific or general )?"
        r"(written )?(authori[sz]ation|consent)",
        rf"{SUBPROC}.{{0,160}}((?<!non )autoris|(?<!un)authori[sz]|approv|consent)",
        # "shall not sub-contract … without the prior written consent"
        r"\b(sub-?contract|sous-trait(er|era))\b.{0,120}(autoris|authori[sz]|approv|consent|accord)",
        rf"(autoris|authori[sz]|approv|consent)\w*.{{0,80}}{SUBPROC}",
        rf"(s'opposer|opposition|object(ion)?s?)\b.{{0,160}}{SUBPROC}",
        rf"{SUBPROC}.{{0,160}}(objection|opposition|s'(y )?opposer|\bobject\b)",
        # the notice of changes, the change named by a noun or by a verb ("notify… if it adds or removes
        # sub-processors", "informe… lorsqu'il retire ou remplace un sous-traitant ultérieur")
        rf"(inform|notif|notice)\w*.{{0,120}}(nouveau|new|changement|ajout|remplacement|change|addition|replac|"
        rf"\badd(s|ed|ing)?\b|remov|retir|substitut|swap)\w*.{{0,60}}{SUBPROC}",
        # the same with the change named first ("Before it adds or replaces a sub-processor, it shall notify…")
        rf"\b(before|prior to|avant (de |d'|qu'))\w*\b.{{0,40}}\b(add|remov|replac|chang|engag|appoint|substitut|ajout|"
        rf"remplac|recour|retir|fai\w* appel)\w*\b.{{0,60}}{SUBPROC}.{{0,120}}\b(inform|notif|notice|previen|avert)",
        # the controller's general written authorisation worded as its agreement that the processor may engage them
        # ("The Customer agrees that the Supplier may engage sub-processors", "Le client accepte que le prestataire
        # fasse appel à des sous-traitants ultérieurs"): a general authorisation, Art. 28(2)
        rf"\b(agrees?|accepts?|consents?|accepte\w*|convien\w*|consent\w*)( and (agrees?|acknowledges?|accepts?))? (that|que|qu')"
        rf"\b.{{0,60}}\b(may|can|is (entitled|permitted|allowed|free) to|shall be (entitled|permitted|allowed) to|peut|"
        rf"pourra|puisse|est (en droit|libre) d?e?)\b ?(\w+ ){{0,3}}?(engage|use|appoint|retain|involve|rely on|recourir|"
        rf"faire appel|avoir recours|confier)\w*\b.{{0,80}}{SUBPROC}|\b(accepte|convien\w*) (que|qu') .{{0,60}}\b(fasse|"
        rf"recoure|ait recours|confie)\b.{{0,80}}{SUBPROC}|\b(agrees?|consents?|accepts?) to (the )?(\w+'?s? )?(use|"
        rf"engagement|appointment|involvement) (of|by) .{{0,40}}{SUBPROC}",
        rf"{SUBPROC}.{{0,60}}(list|liste)\w*.{{0,120}}(inform|notif|notice|update|mise a jour)",
        # the sub-processors named by the sentence before (the referent put ahead of the sentence, `_referent`), then the
        # notice of a change that concerns them
        rf"^{SUBPROC} :.{{0,200}}\b(inform|notif|notice|previen|avis|avert|tell|warn|alert|signal|let)\w*.{{0,120}}\b(chang|"
        r"addition|replac|ajout|"
        r"remplac|modification|new|nouveau)",
        OTHER_FIRM + r".{0,80}\b(without|sans|only with|only after|qu'avec|qu'apres|unless|sauf|until|tant que)\b.{0,60}"
        + _PLAIN_OK],
    "art28_3a_documented_instructions": [
        r"instructions? documentees?|documented (\w+ ){0,2}?instructions?",
        # the processing confined to the agreed purpose, any other only with the controller's written consent: the
        # controller's documented word decides what else is processed ("uses the data solely for the support services
        # and for no other purpose unless the customer gives its prior written approval", "ne traite les données qu'aux
        # fins du contrat, toute autre finalité exigeant l'accord écrit préalable du client")
        r"\b(process\w*|trait\w*|us(e|es|ed|ing)|utilis\w*)\b.{0,100}\b(only|solely|exclusively|uniquement|exclusivement|"
        r"qu'(a|aux|pour))\b.{0,120}\b(no|any|toute|aucune)( other| autre)? (\w+ )?(purposes?|finalites?|fins?)\b.{0,80}\b(except|"
        r"unless|without|save|other than|sauf|sans|a moins|exige\w*|requier\w*|subject to)\b.{0,60}(\b(written|prior|express|"
        r"ecrit\w*|prealable|expres\w*)\b.{0,40}(consent|approval|authori[sz]ation|instructions?|accord|autorisation)|"
        r"\b(accord|autorisation|consentement|instructions?)( \w+)? (ecrit|prealable|expres)\w*)",
        # the documented instructions given as a part of the contract, with the legal-requirement exception that marks
        # point (a) ("process the data only in accordance with Schedule 1, unless required to do otherwise by law",
        # "ne traite les données que conformément à l'annexe 2, sauf obligation légale")
        r"\b(process\w*|trait\w*|handl\w*)\b.{0,80}\b(only|solely|exclusively|uniquement|exclusivement|que)\b (in accordance with|"
        r"as set out in|as described in|conformement a|selon|dans les conditions de) (the |this |l'|la |le )?(schedule|annex|"
        r"appendix|exhibit|annexe|appendice)\b.{0,80}\b(unless|except|sauf|a moins)\b.{0,80}\b(law|loi|droit|legal\w*|"
        r"legislation)",
        # the controller's instructions as the measure of the processing, however many other sources come with them
        # ("in accordance with the law, this DPA and the Controller's Instructions", "only in the context of the main
        # contract and the instructions of the controller")
        r"\b(process\w*|trait\w*)\b.{0,160}\b(in accordance with|in compliance with|according to|conformement (a|au|aux))\b"
        r".{0,100}(\b(controller|customer|client|responsable|data exporter)\w*'?s? (\w+ ){0,2}?instructions?|\binstructions? "
        r"(\w+ )?(du|de la|de l'|of the|from the|given by the|issued by the) ?(client|responsable|controller|customer|data "
        r"exporter))|"
        r"\b(only|solely|exclusively|uniquement|exclusivement)\b.{0,100}\binstructions? (of|from|given by|issued by|du|de)\b|"
        r"\b(in accordance with|in compliance with|conformement aux) (the |any )?(written |documented |lawful )?"
        r"instructions? (of|from|given by|issued by|du|de) (the |le |la |l')?(controller|customer|client|responsable|data "
        r"exporter)",
        r"(sur|selon) (les )?instructions? (ecrites|du (client|responsable))",
        # in plain words: only as the controller tells ("will only use the data as the Customer tells it to in
        # writing", "n'utilise les données que selon ce que le client lui demande")
        r"(\b(process\w*|us(e|es|ing)|handl\w*|trait\w*|utilis\w*|exploit\w*)\b.{0,60}\b(only|solely|exclusively|que|"
        r"uniquement)|\b(only|solely|exclusively|uniquement)\b (\w+ )?(process\w*|us(e|es|ing)|handl\w*|trait\w*|utilis\w*)\b)"
        r"\b.{0,30}\b(as|where|when|in the way|the way|selon ce que|comme|de la maniere que|dans la mesure ou)\b (the |le |la |"
        r"l')?"
        r"(controller|customer|client|responsable|you|vous)\b.{0,20}\b(tells?|asks?|instructs?|directs?|requests?|says|specifies|"
        r"demande\w*|indique\w*|prescri\w*|ordonn\w*|dit|precise\w*)\b",
        r"on (the )?(written |documented )?instructions? (of|from)|only .{0,80}in accordance with .{0,60}instructions?",
        r"\b(solely|only|exclusively|upon|on) (on |upon |under |following |pursuant to |in accordance with )?(the )?[a-z]+'?s? (written |documented |"
        r"lawful )?instructions?",
        r"(uniquement|exclusivement|seulement) .{0,80}instructions?",
        # "process only on and as per the documented instructions", "only upon the written and lawful instructions"
        r"\b(process\w*|trait\w*|perform\w* (the |any |such )?processing)\b.{0,80}\b(only|solely|exclusively)\b (on|upon|as per|per|"
        r"pursuant to|under|following|within)\b.{0,80}\binstructions?",
        r"\b(process(es|ed|ing)?|trait(e|ent|era|er|ees?|ement)?)\b.{0,60}(other than|autrement que|except|sauf).{0,60}"
        r"instructions?",
        # processing bound to the controller's instructions, however worded ("processes … in compliance with its
        # instructions", "traite … conformément aux instructions du responsable")
        r"\b(process(es|ed|ing)?|acts?|agit|trait(e|ent|era|er|ees?|ement)?)\b.{0,160}(in accordance with|according to|in compliance with|in line with|on the basis of|"
        r"conformement a(ux)?|dans le respect des) (the |its |any |all |ses |les )?([\w-]+'?s? )?(written |documented |"
        r"lawful |ecrites? |documentees? )?instructions?",
        r"(legal requirement|obligation legale|required (to do so )?by (union|eu|member state|applicable) law).{0,160}"
        r"\b(inform(s|ed)?\b|informe\w*|notif)|\b(inform(s|ed)?\b|informe\w*|notif)\w*.{0,160}(legal requirement|"
        r"required by (union|eu|member state) law)|"
        # the same warning worded around the law that requires the processing ("if applicable law requires it to process
        # the data otherwise, it shall notify the controller before processing, unless the law prohibits it")
        r"\b(law|laws|legislation|loi|droit)\b.{0,30}\b(requires?|obliges?|imposes?|exige|oblige|impose)\b (\w+ ){0,3}?(to "
        r"process|to carry out|processing|(un )?(autre )?traitement|de traiter|a traiter)\b.{0,160}\b(inform|notif|tell|warn|alert)|\b(inform|notif|tell|warn|alert)\w*.{0,120}\bbefore (processing|the processing|carrying out|such processing|tout "
        r"traitement|le traitement|de traiter|d'y proceder)\b.{0,160}\b(unless|except|sauf|a moins)\b.{0,60}(prohibit|"
        r"interdi|forbid|empech)|\b(inform|notif|tell|warn|alert)\w*.{0,80}\b(of|de|d') (that|this|such|any such|cette|ladite|cet|"
        r"cette) (legal )?(requirement|obligation legale|exigence)|required (to do so )?by law\b.{0,120}\b(unless|"
        r"except)\b.{0,60}\bprohibit"],
    # Art. 28(3), second subparagraph (tied to point (h), not to point (a)): warn the controller when an instruction
    # infringes the law. A duty of its own, reported apart from the documented-instructions element.
    INFRINGING_INSTRUCTION: [
        r"instructions?\b.{0,120}(infringe|violat|contrevien|enfrein|constitue une violation|in breach of|breach(es)? "
        r"(the |any |applicable )?(gdpr|law|data protection))|"
        r"(infringe|violat|contrevien|enfrein)\w*.{0,80}(gdpr|rgpd|data protection|protection des donnees)"
        r".{0,80}(inform|notif)|(inform|notif)\w*.{0,120}instructions?.{0,80}(infringe|violat|contrevien)"],
    "art28_3b_confidentiality": [
        r"(personnes? autorisees?|salaries|employes|collaborateurs|preposes|employees|personnel|staff|"
        r"persons? authori[sz]ed|authori[sz]ed persons?|individuals|anyone|any person|people|those|everyone|every person|"
        r"all persons|personnes(?! concernees)|quiconque|techniciens?|technicians?|ingenieurs?|engineers?|intervenants?|"
        r"administrateurs?|administrators?)\b.{0,150}"
        r"(confidentialit|confidential|secre[ct]|discretion|\bin (\w+ )?confidence\b)",
        # the persons named before, bound by a pronoun ("…accèdent aux données ; ils sont tenus au secret", "they are
        # bound by confidentiality")
        r"\b(ils|elles|they)\b (\w+ ){0,2}?(sont|are|shall be|will be|restent|remain|demeurent|seront) (\w+ )?"
        r"(tenu|astreint|soumis|bound|subject|lie)\w* (\w+ ){0,2}?(a|au|aux|to|by|par) (la |une |an? |the |un |leur |their )?"
        r"(\w+ )?(obligation (de |of )?|duty (of )?)?(confidentialit|confidential|secre[ct]|discretion)",
        # the French adjective with a verb of keeping ("les salariés gardent confidentielles les données…")
        r"(personnes? autorisees?|salaries|employes|collaborateurs|preposes|personnel|personnes(?! concernees)|techniciens?|"
        r"ingenieurs?|intervenants?|administrateurs?)\b.{0,150}\b(gard|conserv|tien|ten|trait|preserv)\w*\b.{0,60}"
        r"\bconfidentiel\w*",
        r"(confidentialit|confidential|secret)\w*.{0,150}(personnes? autorisees?|salaries|employees|staff|personnel|"
        r"individuals|persons)\b",
        r"engagements? de confidentialite|confidentiality (undertakings?|commitments?)|"
        r"(obligation|duty) (legale |statutory )?(appropriee )?(de|of) "
        r"(confidentialite|confidentiality|secret)|statutory (obligation|duty) of confidentiality|"
        # the staff bound through their employment contracts ("include confidentiality clauses in employment contracts")
        r"(confidentiality|non-disclosure|secrecy) (clauses?|provisions?|terms|obligations?) (in|into|within) (the |its |"
        r"their |all )?(employment|staff|personnel) (contracts?|agreements?)|clauses? de (confidentialite|secret) "
        r"(dans|au sein de|a) (les |leurs |ses |des |tous les )?contrats? de travail"],
    "art28_3c_security": [
        r"\barticle 32\b|\bart\.? ?32\b",
        r"mesures techniques et organisationnelles|technical and organi[sz]ational (security )?measures",
        r"(securite|security) (of|des|du|de la) (the )?(personal )?(data|donnees|traitement|processing)",
        r"mesures de securite|security (measures|controls|safeguards|program|standards)",
        # the measures named by what they are (authentication, encryption, access logs, patches, firewalls), without the
        # word "security" ("met en œuvre les mesures suivantes : double authentification, chiffrement…")
        r"\b(mesures|measures|controls|dispositifs|safeguards)\b.{0,120}\b(authentification|authentication|chiffr\w*|"
        r"encrypt\w*|journalisation|access logs?|logging of access|correctifs? de securite|security patch\w*|pare-feu|"
        r"firewalls?|antivirus|anti-malware|cloisonnement|segregation of networks|mfa)\b",
        r"(protect|proteger|protection)\w*.{0,80}(against|contre).{0,60}(unauthori[sz]ed|accidental|unlawful|"
        r"non autorise|illicite|accidentel)",
        r"(appropriate|adequate|reasonable) (technical|organi[sz]ational|physical|administrative) (and|or|,)",
        r"(niveau de securite|level of security|security level)",
        # two measures named by what they are in one sentence, with no word for "measures" ("met en œuvre : authentification
        # forte des accès, correctifs de sécurité sous 15 jours, sauvegardes chiffrées", "MFA on all admin accounts, EDR on
        # every machine, patches within 7 days")
        # (only where the sentence has no word for "measures": those sentences are the patterns' above, with their filters)
        rf"^(?!.*\b(?:mesures|measures)\b).*?{_MEASURE}.{{0,200}}{_MEASURE}"],
    "art28_3d_subprocessors": [
        rf"(autoris|authori[sz]|consent|accord)\w*.{{0,80}}{SUBPROC}",
        rf"{SUBPROC}.{{0,200}}(contrat|written agreement|contract|agreement|memes obligations|same obligations|"
        r"liste|list\b|conditions|autoris|authori|notif|inform|bound|binding)"],
    "art28_3e_data_subject_rights": [
        r"droits? des personnes concernees|demandes? d'exercice|exercice (de )?(leurs|des|ses) droits",
        r"data subject('s|s')? (rights?|requests?)|exercise (of )?(their|the data subject'?s?|its|such) rights|"
        # the person named first, then the request it makes ("If a data subject sends the Supplier a request…", "si une
        # personne concernée adresse une demande au prestataire")
        r"\b(data subjects?|individuals?|personnes? concernees?)\b.{0,40}\b(sends?|makes?|submits?|lodges?|files?|"
        r"address(es)?|adresse\w*|formule\w*|presente\w*|envoie\w*)\b.{0,40}\b(requests?|demandes?|complaints?|"
        r"reclamations?)\b|"
        r"requests? (from|by|of) (a |an )?(data subjects?|individuals?)|(access|rectification|erasure|portability|"
        r"deletion) requests?|right(s)? of (access|rectification|erasure)|(individuals|data subjects) (exercising|"
        r"to exercise)",
        # "requests" the noun, not the controller's verb ("other information the controller may request concerning the
        # affected data subjects")
        r"(?<!may )(?<!reasonably )(?<!to )(?<!might )(?<!can )requests?\b.{0,60}\b(data subjects?|affected (persons|"
        r"individuals)|personnes concernees)|demandes?\b.{0,40}\b(d'une|"
        r"des|de la|de|d') (\w+ )?personnes? concernees?|(rights?|droits?|"
        r"claims) (of|des) (the |les )?(data subjects?|affected persons|personnes concernees)|chapter iii of the gdpr|"
        r"chapitre iii du rgpd",
        r"\b(help|assist|support|aide\w*|assiste\w*|accompagn\w*|cooperat\w*)\b.{0,80}" + _PEOPLE_ASKING,
        # helping the controller answer the requests people make ("aide le Client à répondre aux demandes des personnes",
        # "helps the Customer respond to requests from individuals")
        r"\b(help\w*|assist\w*|aide\w*|assiste\w*|accompagn\w*)\b.{0,60}\b(repondre|traiter|respond|answer|handl\w*|deal "
        r"with)\b (a |aux |les |to |with )?(\w+ )?(demandes?|requests?) (des|de|from|by|of) (people|persons|individuals|"
        r"personnes|interesses)\b",
        # a person who turns to the processor to assert his rights ("si une personne concernée s'adresse directement
        # au sous-traitant…", "when an affected person contacts the processor directly")
        r"(affected (person|data subject|individual)|data subjects?|(particular|natural) person|personnes? concernees?)\b"
        r".{0,60}\b(contacts?|address(es)?|approach(es)?|s'adresse\w*|saisi\w*|sollicit\w*)\b.{0,80}(processor|contractor|"
        r"sous-traitant|prestataire|directly|directement)"],
    "art28_3f_assist_32_36": [
        r"articles? 32 (a|to|-) 36|analyse d'impact|\baipd\b|impact assessments?|\bdpia\b",
        r"consultation prealable|prior consultation|consult\w* (with )?(the |a |any )?(regulatory|supervisory|"
        r"data protection) authorit",
        r"notif\w*.{0,150}(violation|breach|personal data incident|security incident|incident de securite|data incident|"
        r"incidents? (impacting|affecting|involving|concerning)|incident (qui )?(affect|touch)\w*)",
        r"(inform|notify|alert)\w* .{0,80}(data incident|incidents? (impacting|affecting|involving)|breach\w* of .{0,30}"
        r"(personal data|data protection))",
        r"(violation|breach|incident)\w*.{0,150}(notif|informe|alerte|avertit|inform|report)\w*",
        r"(inform|notify|alert|tell|report)\w* .{0,80}(personal data breach|data breach|security (breach|incident))",
        r"\bnotice of (a |any |the |each )?(personal data |potential |actual |security )*(breach|incident|violation)",
        r"\b(notif|inform|alert|report)\w* .{0,120}\b(accidental or unlawful|unauthori[sz]ed (access|disclosure)|"
        r"destruction, loss|acces non autorise|destruction, (la )?perte)",
        r"(inform|notifi|alert|previen|signal)\w* .{0,80}(violations? de (donnees|securite)|incidents? de securite)",
        r"^(?=.*\b(data|donnees|informations?|records|files|fichiers)\b).*\b(inform(s|ed)?|notif(y|ies|ied)|alert(s|ed)?|tell|"
        r"tells|warn(s|ed)?|report(s|ed)?|previen\w*|avert\w*|signal\w*|informe\w*)\b.{0,100}" + _LEAK,
        r"(assist|aide|help|cooperat|concours)\w*.{0,160}(breach|violation|security of (the )?processing|"
        r"securite du traitement|impact|prior consultation|consultation prealable|obligations? (under|pursuant to|set out "
        r"in) articles?)"],
    "art28_3g_return_deletion": [
        r"(restitu|renvo|retourn|return|supprim|suppression|effac|detrui|destruction|delet|destroy|eras|dispos)\w*\b"
        r".{0,160}(donnees|data|information)\b.{0,200}(fin|terme|expiration|resiliation|termination|end\b|expiry|"
        r"cessation|conclusion|completion)",
        r"\b(fin|terme|expiration|echeance|resiliation|termination|end of|expiry|cessation|conclusion|completion)\b.{0,200}"
        r"(restitu|renvo|retourn|return|supprim|effac|detrui|delet|destroy|eras|dispos|"
        r"(hand|give|send)\w* (\w+ ){0,3}?back\b)\w*\b",
        r"(return|delete|destroy|restitu|supprim)\w* .{0,60}(all|any|toutes?) .{0,40}(personal data|donnees "
        r"personnelles|customer data|donnees du client)",
        # the end named by a verb ("when the agreement expires or terminates", "à l'expiration du contrat")
        r"(expires?|terminates?|is terminated|ends|cesse|prend fin|arrive a (son )?terme)\b.{0,200}(restitu|renvo|retourn|"
        r"return|supprim|effac|detrui|delet|destroy|eras|hand\w* over|(give|gives|hand|hands|send|sends) (\w+ ){0,3}back|"
        r"wip(e|es|ing)\b|purg|shred)\w*\b|(restitu|return|supprim|delet|destroy|eras|"
        r"hand\w* over)\w*\b.{0,160}(data|donnees|information)\b.{0,200}(expires?|terminated|ends|not renewed|prend fin)",
        # the controller's choice between return and deletion ("return or delete", "restituer ou détruire")
        # (also with the adverbs stacked and "and/ or" broken: "return and/ or permanently and securely destroy")
        r"\b(return|delete|destroy|erase|restitu\w*|supprim\w*|detrui\w*|renvo\w*)\w*,? (or|and/ ?or|ou|et/ ?ou|and) "
        r"(to \w+ )?((\w+ly|definitivement|de maniere securisee)(,? (and|or|et|ou))? ){0,3}(return|delete|destroy|erase|"
        r"restitu|supprim|detrui|efface|renvo|make available)\w*\b.{0,120}"
        r"(personal data|personal information|donnees|data)",
        # the data returned, then deleted (the two halves of point (g) in one sentence)
        r"\b(return|restitu|renvo|hand\w* over)\w* .{0,60}(data|donnees)\b.{0,80}\b(and|et|then|puis|before|avant)\b.{0,60}"
        r"(delet|destroy|supprim|detrui|eras|effac)\w*",
        r"(termination|expiry|expiration|end of|fin|terme)\b.{0,120}\b(hand\w* over|remet\w*|remettr\w*)\b.{0,120}(data|"
        r"donnees|documents)"],
    "art28_3h_audits_information": [
        r"(?<!piste d')(?<!journal d')\baudits?\b(?! trail| technique| de securite propose| logs?)|\binspections?\b|controles? sur place|"
        # the verb ("le Client peut faire auditer le respect…", "auditer le Prestataire")
        r"\b(faire )?auditer\b|on-?site "
        r"(audit|inspection)",
        # a check by documents and on site, or of the processor's compliance, premises or records, however named
        # ("contrôle sur pièces et sur place", "vérifier annuellement que le Prestataire respecte ses obligations",
        # "inspect the processor's premises and records", "have an independent firm review the processor's compliance")
        r"\b(controles?|verifications?) sur (pieces|place)\b|\b(verifi\w*|controler|inspect\w*|examine\w*|review\w*)\b"
        r"[^.;]{0,80}\b(sur pieces|sur place|on[- ]site|premises|locaux|(books and )?records|compliance|conformite|"
        r"respect\w* (de )?(ses|les|ces|leurs) obligations|appli\w* (these|the|ces|les) (terms|stipulations|clauses))\b",
        r"toutes les informations necessaires|all (the )?information (reasonably )?(necessary|required)|(met|mettra|"
        r"mettre|make|makes) (a la )?(disposition|available).{0,80}(informations?|documentation|records|reports?)"
        r".{0,80}(necessaires?|necessary|demonstrat|conformite|compliance)",
        r"demonstrat\w* (its |their |the processor'?s? )?compliance|demontrer (le respect|la conformite)",
        # information to show compliance, however it is handed over ("make all necessary information available",
        # "grant access to the information required to verify", "fournit les éléments permettant de vérifier")
        r"(make|makes|made|provide|provides|grant|grants|give|gives|fourni\w*|communiqu\w*|remet\w*|donne\w*) .{0,60}"
        r"(information|documentation|elements|access)\w*.{0,100}(demonstrat|demontr|verify|verif|compliance|conformite|"
        r"respect (de|des) (ses|ces|les) obligations)",
        r"\b(right|droit)s?\b.{0,40}\b(to |de |d')(carry out|conduct|perform|realiser|proceder a|effectuer) (\w+ ){0,2}?"
        r"(checks|controles|verifications)",
        # the controller (or its auditor) let in to verify compliance ("shall allow the controller or an auditor it
        # appoints to verify compliance with this agreement", "permet au responsable de vérifier le respect…")
        r"\b(send|appoint|mandate|designate|engage|hire|mandater|mandate|designer|envoyer|missionner|faire intervenir)\w*\b "
        r"(an |a |un |une |its |son |sa |their )?(independent |external |outside |third[- ]party |qualified |own )?(auditor|"
        r"auditeur|inspector|inspecteur|assessor|expert|cabinet)s?\b.{0,80}\b(check|verify|inspect|audit|review|assess|"
        r"verifier|controler|auditer|examiner)",
        r"\b(allow|permit|enabl|permet|autoris)\w* .{0,100}\b(to verify|to check|to inspect|to audit|de verifier|de "
        r"controler)\b.{0,80}(compliance|conformite|respect|implementation|mise en (o?e)uvre)",
        # the processor working with the controller's auditors as they check compliance ("shall cooperate with the
        # auditors the Client appoints to check compliance", "collabore avec les auditeurs du client chargés de vérifier…")
        r"\b(cooperat|co-operat|assist|help|work with|collabor|coopere|assiste|aide|facilit)\w*\b.{0,60}\b(auditors?|auditeurs?|"
        r"inspectors?|inspecteurs?)\b.{0,80}\b(check|verify|inspect|audit|review|assess|verifi|control|examin)\w*\b.{0,80}"
        r"(complian|conformite|respect|obligations|processing|traitement)"],
    "art28_4_flow_down": [
        r"memes obligations|same (data protection )?obligations|not less protective|at least (as|equally) protective|"
        r"obligations (equivalentes|identiques)|equivalent obligations|if not more stringent|au moins equivalent|"
        r"(substantially )?(similar|the same|equivalent|no less) (data protection )?(obligations|terms|protections?)|"
        r"no less (protective|onerous|stringent)|back-to-back|same level of (data )?protection|(similar|equivalent|"
        r"comparable) ([\w-]+ ){0,3}obligations",
        r"(demeure|reste|remains?|shall remain|will remain) (pleinement |fully |entirely )?(responsable|liable|"
        r"responsible)\b.{0,120}(sous-traitant|sub-?processor|subcontractor|obligations|acts|omissions|performance)",
        # liable for the sub-processor's acts as for its own, however worded
        r"\b(is|be|remains?|shall remain|will remain|stays?|carry|carries|bear|bears|assumes?) (\w+ ){0,3}?(liab\w*|responsib\w*|"
        r"responsab\w*|answerable|accountable)\b.{0,160}(sub-?processors?|subprocessors?|sub-?contractors?|sous-traitants? "
        r"ulterieurs?|persons engaged)|\b(is|be) (fully|entirely|wholly|completely) (liable|responsible) for (their|its|"
        r"the|such) (acts|omissions|performance)",
        # the processor makes its own obligations bind whom it engages ("impose its data protection obligations on any
        # subcontractor", "require the sub-processor to comply with the obligations applicable to the processor")
        r"\b(impos|requir)\w* .{0,80}(sub-?processors?|subprocessors?|sub-?contractors?|sous-traitants?|persons engaged)"
        r".{0,80}\b(obligations|terms|duties)|\bimpos\w* (its|the|ses|les) .{0,80}obligations .{0,80}\b(on|upon|a) .{0,20}"
        r"(sub-?processors?|subprocessors?|sub-?contractors?|sous-traitants?|persons engaged)",
        # the written contract named before the sub-processors it binds ("shall ensure, by a written contract, that every
        # subcontractor applies…", "veille, par un contrat écrit, à ce que chaque sous-traitant ultérieur…")
        r"\b(ensur|procur|requir|bind|oblig|veill|impos|garanti)\w*,? (\w+ ){0,2}?(by|under|through|via|par|au moyen d'un|"
        r"aux termes d'un|dans le cadre d'un) (a |an |un )?(written |binding |separate )?(contract|agreement|contrat|"
        r"accord|legal act|acte juridique)s?( ecrit| contraignant)?,? .{0,60}" + SUBPROC,
        rf"{SUBPROC}.{{0,200}}(bound by|impose|written (agreement|contract)|contrat ecrit|"
        r"agreement (containing|with|that)|obligations? (of|equivalent|similar|consistent))",
        # "subject to" terms that bind the sub-processor: said of the sub-processors themselves ("sub-processors are
        # subject to written terms"), not of a country ("subject to an adequacy decision"), of what belongs to them ("the
        # sub-processor's facilities are subject to its agreement") or of another act ("object to a sub-processor,
        # subject to the termination clauses")
        rf"{SUBPROC}(?!['\u2019]s)\b(([^;]{{0,80}}?\b(is|are|be|been|being|remains?|shall remain|will remain)\b( \w+){{0,2}}?)? "
        r"|, )subject to (the |a |an |written |equivalent |same |similar |these |such |all |its )*"
        r"(\w+ ){0,3}?(obligations|terms|contracts?|agreements?|duties|requirements|restrictions|conditions|clauses|"
        r"provisions)"],
}
