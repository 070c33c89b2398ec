"""Words of an Art. 28 element that state another thing (read by `art28_duties.obligations`): what follows a
sub-processor objection, the element's words where another duty or subject is meant (`NOT_ELEMENT`), words before
them that make them the means or topic of another duty (`GOVERNED`), a refusal of the element (`REFUSAL`), and words
that only look like the element's own, blanked before it is read (`MASK`, `masked`). Moved out of `art28_duties.py`
unchanged.
"""

from __future__ import annotations

import re

from assistant.legal.review.facts.art28_aims import mask_serving
from assistant.legal.review.facts.art28_shape import SUBPROC

# unless the main clause says how and when the controller raises its objection ("If the Customer has reasonable grounds
# to object to a new sub-processor, it shall notify the Supplier in writing within ten days", "si le client entend
# s'opposer à un sous-traitant ultérieur, il en informe le prestataire par écrit sous huit jours"): that is the
# opportunity to object that a general authorisation must leave the controller (Art. 28(2)), not what follows it
_OBJECTION_NOTICE = (r".*[,;]\s*(then )?(the |le |la |l')?(customer|client|controller|responsable( du| de) traitement|"
                     r"data exporter|you|it|il|elle|celui-ci)\b.{0,40}\b(notif\w*|inform\w*|tell|tells|give (written )?"
                     r"notice|send\w*|write|writes|previen\w*|signal\w*|fait (savoir|connaitre)|adress\w*)\b.{0,80}\b("
                     r"in writing|within \w+|par ecrit|sous \w+|dans (un delai|les \w+)|no later than|at the latest|"
                     r"au plus tard)")
OBJECTION_WINDOW = (r"(?!" + _OBJECTION_NOTICE + r")")
_OBJECTION_OPENING = r"^\W{0,3}(\(?\w{1,3}[.)]\s*)?(if|in the event|where|should|following|after|in case|si|" \
                     r"en cas)\b.{0,60}\b(object|oppos|refus)\w*"
OBJECTION_PROCEDURE = re.compile(_OBJECTION_OPENING + r"(?=" + _OBJECTION_NOTICE + r")")
NOT_ELEMENT = {k: re.compile(v) for k, v in {
    "art28_2_subprocessor_authorisation": r"transfer\w* .{0,80}(outside|country|countries|pays)|(outside|hors) (the |de l')?"
                                          r"(eea|eee|eu|ue|union)|transfers? of personal data to|"
                                          # the staff's confidentiality, an assignment clause: other duties that name
                                          # sub-processors or consent in passing
                                          r"confidential|\bassign\w*|\bceder\b|cession|"
                                          # what follows an objection (efforts, talks, termination as sole remedy) and
                                          # where the list can be read: not the authorisation nor the notice of changes
                                          r"^\W{0,3}(\(?\w{1,3}[.)]\s*)?(if|in the event|where|should|following|after|in case|"
                                          r"si|en cas)\b.{0,60}\b(object|oppos|refus)\w*" + OBJECTION_WINDOW +
                                          r"|(sole|exclusive) (and exclusive )?"
                                          r"remedy|good faith|bonne foi|acceptable resolution|objections? (shall|must|doit|"
                                          r"doivent) (be|contain|comporter|etre)|(can be|is|are) (found|located|available) "
                                          r"(in|at|on|upon)|\bcontains\b|directions for|(is|are) listed in|"
                                          # a flow-down sentence (its duty is the contract imposing the same terms), a
                                          # staff policy, the controller's own authorisations from others
                                          # a ban on disclosing the data to third parties (confidentiality)
                                          r"\b(disclos|divulg|release|communicat|make available)\w*\b.{0,100}(third part|"
                                          r"any person|tiers)|"
                                          # the controller, itself a processor, and the authorisation it needs from
                                          # its own controller: not this contract's rule
                                          r"\b(controller|customer|client)\b.{0,20}\b(itself )?(is|acts as|acts|agit en "
                                          r"qualite de|agit comme|est) (a |an |un )?(processor|sous-traitant)\b|\b(controller|"
                                          r"customer) (must|shall|will) obtain (\w+ ){0,2}(authori[sz]ation|consent|approval)|"
                                          r"\bby the relevant controller|ultimate (controller|contracting|client)|"
                                          # the authorisation said to leave the processor's duties whole (their
                                          # liability, Art. 28(4)), not the authorisation itself
                                          r"(consent|authori[sz]ation|approval)\b.{0,120}\b(is without prejudice|does not "
                                          r"prejudice|shall not prejudice|(does|shall|will) not (relieve|release|discharge|"
                                          r"exempt))|"
                                          r"with the (\w+ )?(written )?consent of the \w+, (it|he) shall do so only|familiar "
                                          r"with|polic(y|ies)|authori[sz]ations necessary",
    "art28_3c_security": r"transfer\w* .{0,60}(outside|country|countries)|survive|survivr|"
                         # others made to keep the security (staff, third parties with access, sub-processors): the
                         # persons' duties (points (b) and Art. 32(4)) or what is imposed on sub-processors (28(4)), not
                         # the processor taking the measures
                         r"\b(to ensure|ensuring|ensure|so that|in order that)\b[^.;]{0,20}\bcompliance with (the |its |"
                         r"these )?(security measures|security (policies|standards))\b[^.;]{0,10}\bby (its |the |all |any )?"
                         r"(employees|personnel|staff|persons|contractors|agents|sub-?processors|third part)|"
                         r"\b(so that|in order that|to ensure that|ensure that)\b[^.;]{0,10}\b(any|all|each|its|every) (\w+ )?"
                         r"(third part\w*|individual part\w*|sub-?processors?|subcontractors?|employees|personnel|staff|"
                         r"persons?)\b[^.;]{0,100}\b(respect|maintain|keep|observe|preserve)\w*\b[^.;]{0,50}\bsecurity\b|"
                         r"\brespect des mesures de securite par (ses|les|tous|chaque|leurs) |\b(afin que|de sorte que|pour que|"
                         r"veille\w* a ce que)\b[^.;]{0,10}\b(tout|tous|toute|chaque|ses|les) (\w+ )?(tiers|salaries|sous-traitants|"
                         r"personnes|preposes|collaborateurs)\b[^.;]{0,100}\b(respect|maint|preserv)\w*\b[^.;]{0,50}\bsecurite\b|"
                         # the security the controller reaches through its own use of the services (its share of the
                         # responsibility in a cloud service: "making appropriate use of the Services to ensure a level
                         # of security…", "utiliser la plateforme de manière à assurer un niveau de sécurité…")
                         r"\b(making|make|makes|its|their|appropriate|proper) (appropriate |proper )?use of the (services?|"
                         r"service offerings?|platform|solution|products?)\b|\b(using|utilis\w*) (the |les? |la )?(services?|"
                         r"platform|plateforme|solution|produits?)\b[^.;]{0,40}\b(so as to|in a (way|manner) (that|which)|to|"
                         r"pour|de (maniere|facon|sorte) a|afin d\w*)\b[^.;]{0,20}\b(ensure|assur\w*|garanti\w*)|"
                         # a transfer mechanism (Art. 46 safeguards, standard clauses) is no security measure
                         r"\b(article|art\.?) 46\b|standard (data protection|contractual) clauses|"
                         # the controller's acceptance that the measures are adequate (its own assessment), with no duty
                         # stated after it
                         r"\b(controller|customer|client|you|data exporter)\b[^.;]{0,30}\b(accepts?|agrees?|confirms?|"
                         r"acknowledges?|recogni[sz]es?|reconnai\w*|accepte\w*|confirme\w*)( and (accepts?|agrees?|"
                         r"confirms?|acknowledges?))? (that|que|qu')\b(?!.{0,160}\b(shall|will|must|s'engage\w*|doit|devra|"
                         r"agrees to|undertakes)\b)|"
                         # measures that serve the answers to data subjects (28(3)(e)), measures as what was breached
                         r"(measures|mesures)\b.{0,80}\b(for the fulfil\w*|to fulfil|in order to respond|pour (permettre de )?"
                         r"repondre|afin de repondre)\b.{0,80}\b(requests?|demandes?|rights|droits)|(breach|violat|"
                         r"compromis)\w* (of )?(\w+ ){0,3}?(security measures|mesures de securite)|(security measures|mesures de "
                         r"securite) (have|has|were|was|ont|a) (been )?(breach|violat|compromis)",
    # the staff's duty of confidentiality is 28(3)(b); its survival, staff training, the company's own secrets and
    # the definition of "confidential information" are not
    # flow-down is about transfers' terms only when it imposes the processor's obligations: a transfer to a
    # sub-processor under BCRs or another mechanism, an objection's outcome, staff confidentiality are not 28(4)
    "art28_4_flow_down": r"transfers? (of personal data|from|to)|restricted transfer|privacy shield|\bbcrs?\b|binding "
                         r"corporate rules|resolution|confidentiality (arrangements|obligations)|objection|"
                         # the persons' duty of confidentiality (point (b)), whoever they include
                         r"(obligation|duty|undertaking)s? (\w+ )?(of|to) (confidentiality|secrecy)|"
                         r"\b(disclos|divulg)\w*\b.{0,100}(third part|any person|tiers)|\baudits?\b|do not qualify|"
                         r"\bnot (be )?liable|no liability|n'(est|sera) pas responsable",
    # the DPA's own term ("remains in effect until deletion of all data"), who bears the costs of the return, a data
    # subject's request: not the duty to return or delete at the end
    "art28_3g_return_deletion": r"(take|takes|remains?|remain) (effect|in effect|in full force)|"
                                # the duration of the processing ("…until deletion of all data"), a facet of 28(3)
                                r"^\W{0,3}(the )?(duration|term|length|duree) (of|du|de la) (the )?(data )?(processing|"
                                r"traitement)|"
                                # deletion among a data subject's or the controller's corrections during the term
                                r"\b(amend|rectif|correct|modif)\w*,? (\w+ ){0,3}?(or|ou) (\w+ ){0,2}?(delet|eras|supprim|"
                                r"effac)|expire upon|continue in "
                                r"(full )?force|may be terminated|shall survive|\bcosts? (arising|of|incurred|related|associated|for)\b|frais "
                                r"(de|d'|du|des|lies|afferents)\b|borne by|(sont|seront|est|sera) a la charge|"
                                r"requests? from data subjects|data subjects? requests?|"
                                # deletion while the services run ("during the Term", "prior to expiry of the Agreement"):
                                # point (g) is the data's fate after the end of the services
                                r"\bduring the (term|subscription|agreement)\b|\b(prior to|before) (the )?((expiry|expiration|termination|end) "
                                r"(or|and|and/or) )?(expiry|expiration|termination|end) of (the |this )?(main |master |principal )?(agreement|contract|term|"
                                r"subscription|services?)|\bavant (la fin|l'expiration|le terme) (du contrat|des services|des "
                                r"prestations)|pendant (toute )?la duree du contrat|"
                                # a user or an account deleted while the service runs
                                r"\b(when|whenever|if|once|lorsqu'un|lorsqu'une|lorsque|si|des qu'un|des qu'une) (a |an |the |any |"
                                r"un |une |l')?(individual |single )?(user|end[- ]user|user profile|profile|utilisateur|profil)s? (is|are|"
                                r"est|sont|has been|a ete) (deleted|removed|supprime\w*|retire\w*)",
    "art28_3b_confidentiality": r"trade secrets?|business secrets?|secrets? d'affaires|"
                                r"^\W{0,3}([\w']+ ){0,6}?(such|these|those|this|ces|cette) (\w+ ){0,2}(obligations?|duty|undertakings?|"
                                r"engagements?) (\w+ ){0,3}(surviv|perdur|subsist)|"
                                # staff training on confidentiality (a security measure, Art. 32), unless the staff
                                # are also bound
                                r"^(?!.*(agreement|undertaking|committed|obligation|bound|engagement|\baccord\b|\baccords\b|"
                                r"clause|\bnda))"
                                r".*\b(training|trained|formation|formes|sensibilis)|"
                                r"information assets|business ethics|^\W{0,3}confidential information\b|sensitive "
                                r"information including|"
                                # the company's own information shared with business partners under a non-disclosure
                                # agreement: the recipients are no persons authorised to process the personal data
                                r"\b(shar|disclos|provid|communicat|transmi|partag|divulg)\w* (\w+ )?(sensitive|confidential|"
                                r"business|proprietary|commercial|company|sensibles?|confidentielles?|commerciales?) "
                                r"(information|informations|data)\b[^.;]{0,30}\b(with|to|avec|a) (third|partners?|vendors?|"
                                r"suppliers?|contractors?|consultants?|prospects?|potential|existing|tiers|partenaires|"
                                r"fournisseurs)|"
                                # things declared confidential (codes, documents, reports): what is kept secret, not
                                # persons committed to secrecy
                                r"^(?!.*(agreement|undertaking|committed|obligation|bound|engagement|\bnda|secrecy|tenue?s? au "
                                r"secret|engag\w*|\b(keeps?|maintains?|holds?|treats?|preserves?|respects?|garder|garde|gardent|preserver|"
                                r"preservent)\b[^.;]{0,40}confidential))"
                                r".*\b(codes?|documentation|documents?|passwords?|keys|reports?|results?|materials?|mots de "
                                r"passe|rapports?|cles)\b (\w+ ){0,3}?(are|is|shall be|will be|remain|sont|est|restent|demeure\w*) "
                                r"(kept |treated as |considered |classified as |consideres? comme |traitee?s? comme )?(strictly )?"
                                r"(confidential|confidentiels?|confidentielles?)\b",
    # the duty of the persons acting under the authority of the processor (Art. 29 and 32(4) GDPR), a description of
    # the provider ("a company which processes personal data upon the instruction of…"): not the 28(3)(a) term
    # (not an aside in brackets: "shall (and shall ensure each person acting under its authority shall) process…")
    "art28_3a_documented_instructions": r"acting under (the|its) authority(?![^()]*\))|"
                                        # the persons who have access to the data processing them only on instructions
                                        # (Art. 29 and 32(4)): a duty of the staff, not the processor's own term
                                        r"\b(who|that|which|qui) (ha(s|ve)|a|ont) acc(ess|es) (to|a|aux?) [^.;]{0,60}?\b"
                                        r"(only |solely |shall |will |must |ne )?(process|trait)\w*\b[^.;]{0,80}\binstructions?|"
                                        # the data protection officer, the subject matter described, the performance
                                        # suspended on a doubtful instruction (the 28(3) second-subparagraph warning)
                                        r"data protection officer|delegue a la protection|subject[- ]matter|\bobjet du\b|"
                                        r"suspen\w* (\w+ ){0,3}?(on|of|de|d') (such|the|this|any|cette|l') instructions?|"
                                        # data kept because the law requires it: the exception to point (g)
                                        r"(storage|retention|retain\w*|conservation|conserv\w*|keep\w*) (of )?(\w+ ){0,3}?"
                                        r"(is |are |be )?(required|requis|imposee?s?) (by|par)|sous (l'|son |leur )autorite|subordinated|"
                                        # the controller's own part: warranting its instructions lawful
                                        r"\binstructions?\b[^.;,]{0,80}\b((?<!must )(?<!shall )(?<!will )(?<!to )compl(y|ies) with|(are|is|be|shall be|will be) "
                                        r"(lawful|in compliance|compliant|conformes?|licites?))|\binstructions? (\w+ )?(it|that it|"
                                        r"which it|the controller|the customer) (issues|gives|provides|sends)\b|\b(warrants?|"
                                        r"represents?|guarantees?|garantit)\b.{0,80}\binstructions?|\bprovide instructions\b"
                                        r".{0,60}\blawful|"
                                        # the controller's own part: giving the instructions
                                        r"^\W{0,3}(\(?\w{1,4}[.)]\s*)?((the |le |la |l')?(controller|customer|client|"
                                        r"responsable( du traitement)?|data exporter) (shall|will|must|agrees to|undertakes "
                                        r"to|doit|s'engage a) )?(give|issue|send|donne\w*|adresse\w*) (to )?"
                                        r"(the |le |au )?(processor |sous-traitant |prestataire )?(its |ses |the |les |des )?"
                                        r"(\w+ )?(and \w+ )?instructions|"
                                        r"system administrators|\b(which|that|qui) (process(es|ed)?|trait\w*)\b|"
                                        # what the instructions are or how new ones are agreed: not the duty to follow
                                        r"\bconstitut\w* .{0,80}instructions|instructions? .{0,40}\b(constitut\w*|"
                                        r"consist\w*)\b|(additional|alternate|further|new|nouvelles?|autres?) (or \w+ )?"
                                        r"instructions?\b.{0,80}(agreed|require|subject to|convenu|accord)|solely "
                                        r"responsible for .{0,40}instructions?",
    # an instruction "in breach of" the law is the 28(3)(a) warning, not a personal-data breach
    "art28_3f_assist_32_36": r"instructions?\b.{0,80}\b(breach|violat|infring|enfrein|contrevien)|(breach|violat|"
                             r"infring)\w* (of )?(the |applicable )?(law|gdpr|regulation)|"
                             # a breach of the contract is no personal-data breach (issue 13, class 2)
                             r"(breach|violation|manquement)\w* (of|de|du|d'|against) (its |their |the |this |any |ses |"
                             r"leurs |ce |cet |l')?(\w+ )?(obligations?|agreement|contract|contrat|dpa|terms|stipulations|"
                             r"regulations)|remedy (that|the|such) breach|remedier (a )?(ce|au) manquement|"
                             # a breach of a policy, a charter or a section, by whoever, when no data or security
                             # breach is named (s28: "the users' breach of the acceptable use policy", "violation de la
                             # charte informatique", "the Customer's breach of Section 8")
                             r"^(?!.*\b(personal data breach|data breach|security (breach|incident)|breach of (the )?"
                             r"security|violations? (de|des) (donnees|securite)|incidents? de securite|data incident|"
                             r"fuite)).*\b(breach|violation|manquement)\w*,? ((by|par) [^,.;]{1,60}?,? )?(of|de|du|d'|to|a "
                             r"la|au) (its |their |the |this |any |ses |leurs |ce |cet |l'|la |le |les )?(\w+ ){0,3}?(polic(y|"
                             r"ies)|charte?r?s?|sections?|clauses?|articles?|code of conduct|rules|regles|reglement\w*|"
                             r"warrant\w*|covenants?|terms of use|conditions (d'utilisation|generales))\b|"
                             # how a notice travels, the processor's internal team, a carve-out: not the duty itself
                             r"(will|shall) be delivered|by any means|response team|incident management (policy|"
                             r"procedures?)|(will|shall) not apply",
}.items()}
# words before an element's own words that make them the means or the topic of another duty: "assist the controller
# by appropriate technical and organisational measures" (28(3)(e)), "inform the controller of the security measures"
# (information, 28(3)(h)), "impose on the sub-processor… sufficient guarantees to implement the measures" (28(4)),
# "this annex describes the measures"; or a freedom ("reserves the right to modify the measures")
GOVERNED = {k: re.compile(v) for k, v in {
    "art28_3c_security": r"\b(assist|aide|aider|help|support|cooperat|co-operat|inform|notif|alert|report|provid\w* "
                         r"(\w+ ){0,4}(information|evidence|statement|documentation|transparency|details|copy|summary)|"
                         r"(information|evidence|statement|documentation|transparency|details) (on|about|regarding|"
                         r"concerning|of)|describ|summari[sz]|overview|see\b|refer|document(s|ed|ation)?\b|impos|obtain|"
                         r"require\w* (\w+ ){0,2}(sub-?processors?|subcontractors?|third part\w+|each|all|any|its)\b|"
                         r"enter\w* into|respond|fulfil|evaluat|review|assess|modif|update|alternative|changes?|"
                         r"chang|right to|allowed|entitled|reserves?|guarantees? (from|in respect|that)|sufficient "
                         r"guarantees|conflict|preval|govern|in (the )?event|whereas|recital|consideration|"
                         r"acknowledg|reconnai|fourni\w* (\w+ ){0,4}(informations?|documentation)|informe|notifi|assist"
                         r"|decri|aupres|sous-traitants? ulterieur|sub-?processor|subcontractor|envisag|"
                         r"proposed|address (such|the|these) risks|"
                         # what a party keeps confidential or secret is not a security duty ("keep confidential what it
                         # learns of the other party's security measures")
                         # the aim of a redaction or a withholding ("may be redacted to protect the security of data")
                         r"redact|withh(o|e)ld|caviard|occult|"
                         r"(keep|kept|treat|hold|garde|tient|tenir|traite)\w* (\w+ ){0,6}?(in confidence|confidential|"
                         r"secret)|secrets? (d'affaires|commerciaux)|trade secrets?|business secrets?|"
                         # an account of the measures handed over ("a written description of…", "an opinion on…")
                         r"descri(b|pt)|opinion (on|about|sur)|findings|constat)\w*|"
                         # the heading of a section cited in a reference ("under Sections 13-15 (Processor's Security
                         # Measures, …)"): it points at the duty, it does not state it
                         r"\b(sections?|clauses?|articles?|paragraphs?|annex|appendix|schedule|exhibit)\s+[\w.]+(\s*(-|to|"
                         r"and|,|et|a)\s*[\w.]+)*\s*\([^)]*$",
}.items()}
REFUSAL = {
    "art28_3g_return_deletion": r"(obligation|duty|requirement)s? to (delete|return|erase|destroy)\w*.{0,160}(shall|does|will) "
                                r"not apply|l'obligation de (suppression|restitution|supprimer|restituer).{0,160}ne "
                                r"s'applique pas|"
                                # deletion refused outright, with no "before"/"unless" that makes it the end's choice
                                # and no deletion stated beside it (s28: "shall not delete any data held in the
                                # workspace, which remains…")
                                r"^(?!.*\b(before|prior to|unless|without|except|other than|otherwise than|avant|sans|sauf|"
                                r"tant qu|autrement qu)\b)(?!.*\b(delet|eras|destr|purg)\w*\b.*\b(delet|eras|destr|purg)\w*\b)"
                                r".*\b(shall|will|must|does|do) not (\w+ ){0,2}?(delete|erase|destroy|purge)\b|"
                                r"^(?!.*\b(avant|sans|sauf|tant qu|autrement qu))(?!.*\b(supprim|effac|detrui|purg)\w*\b.*\b("
                                r"supprim|effac|detrui|purg)\w*\b).*\bne (supprime|efface|detruit|purge)\w* (aucune?|pas|"
                                r"jamais)\b",
    "art28_3h_audits_information": r"aucun audit|no (on-?site )?audits?|(audit|inspection)s? (are|is|will) not|"
                                   # a right to audit denied (s28: "gives neither party any right to audit", "do not
                                   # give the Customer any right to…", "ne confère aucun droit de contrôle")
                                   r"\b(do|does|shall|will|did) not (give|grant|confer|create|provide)\w* .{0,60}\bany "
                                   r"(\w+ )?(rights?|entitlements?)\b|\b(gives?|grants?|confers?|creates?) (either|neither|"
                                   r"any|the|a) (\w+ ){0,3}?(no|neither|nor) (\w+ ){0,2}?(rights?|entitlements?)\b|\b(gives?|"
                                   r"grants?|confers?|creates?) (neither|no) (party|parties|one)\b.{0,30}\b(rights?|"
                                   r"entitlements?)\b|\bne (confere|conferent|donne|donnent|ouvre|ouvrent|accorde|"
                                   r"accordent|cree|creent)\b.{0,60}\b(aucun|de|d'|pas de) ?(\w+ )?droit|"
                                   r"(audit|controle)s? (sont |are |is )?(limite|restricted|limited)\w* (a|to|aux?) .{0,60}"
                                   r"(rapport|report|certifica|questionnaire|document|attestation)",
    "art28_3d_subprocessors": r"librement|freely|sans (autorisation|accord|l'accord|information)|without (the )?"
                              r"(\w+'?s? )?(prior )?(consent|approval|authori[sz]ation|notice)|at its (sole )?discretion|"
                              r"de son (seul )?choix|qu'il (choisit|choisira)|of (its|their) (own )?(choice|choosing)|"
                              r"as (it|they) sees? fit",
    "art28_2_subprocessor_authorisation": r"librement|freely|sans (autorisation|accord|l'accord)|without (the )?"
                                          r"(\w+'?s? )?(prior )?(consent|approval|authori[sz]ation)|at its (sole )?discretion|"
                                          # sub-processors of the processor's choosing, with no notice of changes
                                          r"de son (seul )?choix|qu'il (choisit|choisira)|of (its|their) (own )?(choice|"
                                          r"choosing)|as (it|they) sees? fit",
}


# words that look like an element's own but do not state it, blanked (same length) before the element is read:
# sub-processors qualified as already authorised ("authorised sub-processors may access…", "the list of subcontractors
# which are approved") name who is meant, they grant or require no authorisation - unless the processor may use only
# those ("shall only engage approved sub-processors"); "upon request" / "sur demande" is the manner of another duty
# ("will make a copy available, upon request, to data subjects"), not a data subject's request
MASK = {
    "art28_2_subprocessor_authorisation": re.compile(
        r"(?<!only )(?<!solely )(?<!exclusively )(?<!uniquement )(?<!seulement )(?<!exclusivement )\b(authori[sz]ed|"
        r"approved|autorises?|agrees?|permitted)(?= (third[- ]party )?" + SUBPROC + r")|"
        r"(?<=[a-z])(?<!only)(?<!solely)(?<!exclusively) (which|that|who|qui) (are|is|have been|has been|sont|ont ete|a ete|"
        r"est) (duly |expressly |already |deja )?(authori[sz]ed|approved|autorises?|agrees?)\b|"
        # the French attribute after its noun ("les sous-traitants ultérieurs autorisés")
        r"(?:(?<=ulterieurs)|(?<=ulterieur)|(?<=traitants)|(?<=traitant)) (autorise|agree|approuve)e?s?\b"),
    # an audit the provider sells (an option ordered, an initial assessment of the customer's systems, one invoiced)
    # and audit records or logs (the trace a system keeps) check no one's compliance with the processing terms (point (h))
    "art28_3h_audits_information": re.compile(
        r"\baudit (records?|logs?|trails?|events?|journals?)\b|\bjournaux d'audit\b|"
        r"\b(order\w*|purchas\w*|buy\w*|subscrib\w*|command\w*|souscri\w*|achet\w*)\b[^.;]{0,40}?\baudits?\b"
        r"(?! (\w+ ){0,2}?(of|on|du|de la|de l'|chez|aupres de) (the |le |la |l')?(provider|processor|supplier|vendor|"
        r"prestataire|sous-traitant|titulaire)\b)|"
        # an option named as a product ("the option « Audit de paie »", "optional Audit package"), not "at its option"
        r"\boption\s*[\u00ab\"\u201c(]\s*audits?\b|\boption (d'|de l'|de )?audits?\b|\b(optional|en option|optionnel\w*)\b (\w+ ){0,2}?audits?\b|\b(initial|onboarding|baseline|initiale?)\b (\w+ ){0,2}?audits?\b|"
        r"\baudits? (\w+ ){0,4}?(initiale?|prealable)\b|\baudits?\b[^.;]{0,60}\b(facture\w*|invoiced|billed|charged|au tarif)"),
    # a standard the provider follows, is aligned with or draws on is no certification held (Arts 28(5) and 42)
    "art28_1_guarantees": re.compile(
        r"\b(aligned|in line|consistent|modell?ed|based|inspired|patterned)\b (with|on|by|upon) (\w+ ){0,4}?(iso|soc|hds|"
        r"nist|cis)\b[^.;,]{0,30}|\b(s'inspir\w*|inspire\w*|aligne\w*|fonde\w*|calque\w*) (\w+ ){0,1}?(sur|de|du|des|a|aux|"
        r"avec) (la |le |les |l')?((norme|referentiel|standard|cadre)s? )?(\w+ ){0,2}?(iso|soc|hds|nist)\b[^.;,]{0,30}|"
        r"\bdans le respect (du|des|de la|de l') (\w+ ){0,1}?(referentiel|norme|standard|cadre)s?\b[^.;,]{0,40}|"
        r"\b(follow\w*|appl(y|ies|ying))\b (\w+ ){0,4}?(practices|standards?|criteria|frameworks?|guidelines)\b[^.;]{0,40}"
        r"\b(iso|soc|hds|nist)\b[^.;,]{0,30}"),
    "art28_3e_data_subject_rights": re.compile(
        r"\b(upon|on|at) (\w+ )?(written |reasonable |prior )?requests?\b(?! (of|from|by|made|received|submitted))|"
        r"\b(sur (simple )?|a (la |sa |leur )?premiere )demande\b(?! (de|des|d'une|du))"),
}


# the controller's own arrangements to receive the notice of new sub-processors (subscribing, registering an address):
# they presuppose the notice, they neither give the authorisation nor bind the processor to inform
NOTICE_LOGISTICS = re.compile(
    r"\b(controller|customer|client|you|vous)\b[^.;]{0,40}\b(subscribe|register|sign(s|ed)? up|s'abonne\w*|s'inscri\w*|"
    r"enregistre\w*)\b|^\W{0,3}(please |to (be notified|receive (\w+ ){0,3}notice)\b[^.;]{0,100}\b)(register|subscribe|sign "
    r"up)\b|^\W{0,3}(please |pour (etre informe|recevoir)\b[^.;]{0,100})(inscri|abonn|enregistr)\w*|"
    r"^(?!.*\b(shall|will|must|s'engage\w*|doit|devra)\b).*\bmechanism to (subscribe|register|sign up)\b")
PROCESSOR_NOTIFIES = re.compile(r"\b(processor|provider|supplier|vendor|prestataire|sous-traitant|we)\b[^.;]{0,40}\b(shall|"
                                r"will|must|s'engage\w*|doit|devra)\b[^.;]{0,30}\b(notify|inform|(give|provide|send) (\w+ )?"
                                r"(notice|notification)s?|notifier|informer|adresser (\w+ )?(une )?notification)")


def masked(element: str, g: str) -> str:
    g = mask_serving(element, g)  # words that serve another act (a limit on changes, the aim of record keeping)
    rx = MASK.get(element)
    if rx is None:
        return g
    only = re.compile(r"\b(only|solely|exclusively|uniquement|seulement|exclusivement|no other|aucun autre|other than|"
                      r"autres? que)\b|\bqu'(a|aux|a des)\b")
    # "may only use authorised sub-processors", "no sub-processor other than those approved": the authorisation required
    return rx.sub(lambda x: x.group(0) if element == "art28_2_subprocessor_authorisation" and only.search(
        g, max(0, x.start() - 60), x.start()) else " " * len(x.group(0)), g)
