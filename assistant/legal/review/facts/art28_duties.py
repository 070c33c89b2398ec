"""Art. 28 duties read sentence by sentence: each element of Article 28(2)-(4) GDPR counts when a
sentence states it as a duty or a right of the right party ("the processor shall…", "le sous-traitant
s'engage à…", "the controller may audit…"), and the subject-matter facets of Art. 28(3), first
subparagraph, when a sentence states their content. A sentence that lifts the duty ("n'est pas tenu
d'assister", "is not required to") or a definition does not count, whatever its words.

Moved out of `facts.data` (which keeps the other data-protection facts and calls `obligations`). Each element's
words are in `art28_patterns`, who a sentence binds in `art28_shape`, the subject-matter facets in `art28_facets`
and words that serve another act in `art28_aims`; this module decides, sentence by sentence, which duty is stated.
"""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.art28_aims import law_only_flow_down, mask_serving, things_not_data
from assistant.legal.review.facts.art28_facets import subject_facets
from assistant.legal.review.facts.art28_patterns import (  # noqa: F401 (INFRINGING_INSTRUCTION: imported from here)
    ELEMENTS, INFRINGING_INSTRUCTION, OTHER_FIRM)
from assistant.legal.review.facts.art28_shape import (BINDING, DEFINITION, END_WORDS, SUBPROC, _actor_of,
                                                    _condition_end, _lead_in, _mend, _referent)
from assistant.legal.review.facts.where import Where
from assistant.legal.review.facts.reading import Sent, modal
from assistant.text.gate import may_match

# the terms of the former Standard Contractual Clauses (Decision 2010/87/EU, repealed by Decision (EU) 2021/914) that a
# DPA often carries in an annex: they govern a transfer between a data exporter and a data importer and are not the
# processing contract that Art. 28(3) asks for, so they prove no Art. 28 element of the DPA itself
TRANSFER_CLAUSES = re.compile(
    r"\bdata (importer|exporter)s?\b|personal data transferred|after the transfer|(under|of|by|with) (the|these) clauses\b"
    r"(?! (of|in) this)|\bclauses ?\d?\b.{0,20}\b(5|11|12)\s?\(?[a-j]?\)?|(model|standard contractual) clauses|"
    r"appendix 2 to (this|the) contract|"
    # Clause 4 of those clauses lists the data exporter's (the controller's) own warranties: "(e) that it will ensure
    # compliance with the security measures", "(d) that after assessment of the requirements…"
    r"^\W{0,3}(\(?[a-j]\)\s*)?that (it|he|she) will ensure compliance with the security measures|^\W{0,3}(\(?[a-j]\)"
    r"\s*)?that after assessment of the requirements of the applicable data protection law|supervisory authority (has|shall "
    r"have) the right to conduct an audit|clauses contractuelles types")
# a list item that opens with the bare verb of a duty (its party is in the list's lead-in)
ITEM_DUTY = (r"(?!\W{0,3}(\(?\w{1,3}[.)]\s*)?(take|implement|ensure|maintain|provide|notify|inform|assist|process|return|"
             r"delete|keep|adopt|put in place|prendre|mettre en (o?e)uvre|veiller|garantir|assurer|informer|notifier|aider|"
             r"traiter|restituer|supprimer|tenir|maintenir)\b)")
# sentences that state no duty whatever their words: a list's lead-in or a heading ("…measures:"), a question,
# what the law or a standard says ("Article 28(3) requires…", "ISO 27701 B.8.2.4"), a party acknowledging what the
# law requires, a recital, or the description of an annex
NOT_A_STATEMENT = re.compile(
    # a quotation of the law as a whole sentence, a standard's control number ("A.11.12"), a recital or an article
    # described, a placeholder ("[Not Used]")
    r"^\W{0,3}[\"\u201c\u00ab][^\"\u201c\u201d\u00ab\u00bb]{20,}[\"\u201d\u00bb]\W{0,3}$|^\W{0,3}a\.\d{1,2}\.\d{1,2}\b|"
    r"^\W{0,3}(recital|considerant|article|art\.) ?\d+.{0,60}\b(place|places|impose|imposes|require|requires|provide|"
    r"provides|state|states|prevoit|impose)\b|\[(not used|reserved|intentionally left blank)\]|"
    r"\bha(ve|s) the meanings? (set (forth|out)|given|ascribed|assigned|attributed)|"
    # a technical measure described ("Measures that ensure that…", "Job control (…)"): an annex's list of measures
    r"^\W{0,3}(\(?\w{1,3}[.)]\s*)?(measures|mesures) (that|which|qui) (ensure|guarantee|garantissent|assurent)\b|"
    # what a plan or a policy covers describes it; it binds no one
    r"^\W{0,3}(the|this|our|its|le|la|ce|cette|notre) (\w+ ){0,2}?(plan|policy|policies|procedures?|program(me)?|"
    r"politique|programme) (addresses|covers|includes|describes|contains|sets out|defines|decrit|couvre|comprend|"
    r"prevoit)\b|"
    # a sentence ending with a colon is a lead-in when nothing in it binds - unless it is itself a list item opening
    # with the verb of a duty ("take appropriate measures…, including as appropriate:"), its party in its own lead-in
    r"\?\W{0,3}$|^(?!.*\b(shall|will|must|agrees? to|undertakes? to|s'engage\w*|doit|doivent|devra)\b)" + ITEM_DUTY +
    r".*:\W{0,3}$|"
    r"\b(following|suivante?s?)\b[^:]*:\W{0,3}$|"
    # "…taking into account the nature of the processing as set out in:" ends a lead-in only when nothing before binds
    r"^(?!.*\b(shall|will|must|undertakes?|s'engage\w*|doit|doivent|devra) (?!(also )?(take into account|tenir compte|"
    r"prendre en compte)))" + ITEM_DUTY + r".*\b(take into account|tenir compte|taking "
    r"into account)\b[^:]*:\W{0,3}$|^\W{0,3}(whereas|considerant|attendu que|description of|descriptif des?)\b|"
    r"^\W{0,3}(schedule|annex|appendix|exhibit|annexe|appendice)\s+[\w.]{1,6}\s*[:-]|"
    r"^\W{0,3}the (purpose|object) of this (part|section|clause|schedule|annex|dpa|addendum|agreement) is\b|"
    # an indirect question or a mention as a list item: what a form or an annex records ("Whether the authorisation is
    # general or specific;", "L'indication du caractère général ou spécifique de l'autorisation ;")
    r"^\W{0,3}(\(?\w{1,3}[.)]\s*)?(whether\b(?! or not\b)|(l'indication|la mention|la precision) (du|de la|de l'|des|de|"
    r"d')\b)(?!.*\b(shall|will|must|doit|doivent|devra|s'engage\w*)\b)|"
    # a drafting note, a remark ("It should be noted that…") that binds no one
    r"^\W{0,3}[(\[]?(note|nb|n\.b\.|remarque)\s?[:.)-]|^\W{0,3}(it should be noted|it is noted|il (convient|faut) de "
    r"noter|on notera)\b(?!.*\b(shall|must|will|s'engage\w*|doit|devra)\b)|"
    # a part of the document describing itself ("This section 10 sets forth the provisions on…"), the aim of a control
    # in an annex of measures ("The aim of the data processing control is…", "Job control (…)")
    r"^\W{0,3}(this|ce|cet|cette|le present|la presente) (section|clause|article|annex|schedule|appendix|part|exhibit|"
    r"annexe|partie)( [\w.()]{1,8})? (sets forth|sets out|describes|contains|governs|regulates|summari[sz]es|decrit|"
    r"precise|fixe|contient|regit)\b|^\W{0,3}(the )?(aim|purpose|objective|goal|but|objectif) (of|de|du|de la) (the |this |"
    r"le |la )?(\w+ ){0,3}?(control|controle|measure|mesure)s? (is|est)\b|^\W{0,3}(\(?\w{1,3}[.)]\s*)?[\w-]+( [\w-]+)? "
    r"control \(|"
    r"\b(shall|will|is|are) not (and (shall|will) not )?be (construed|deemed|interpreted)\b|"
    # (not an exception that opens a duty: "Save where the law requires otherwise, the supplier shall…")
    r"^(?!\W{0,3}(if|where|when|should|unless|si|lorsque|lorsqu'|en cas|save|except|excepting|sauf|excepte|hormis|to the "
    r"extent|dans la mesure)\b)\W{0,3}([\w().,'-]+ ){0,6}?(para(graph)?|article|"
    r"art\.|gdpr|rgpd|regulation|reglement|law|loi|clause \d[\w().]*) "
    r"\S{0,12} ?(says|states|requires|provides that|dispose|prevoit que|impose que|exige)\b|\biso(/iec)? ?27\d\d\d\b.{0,160}\b[a-z]?\.?\d+\.\d+|"
    r"\b(acknowledges?|recogni[sz]es?|understands?|reconnai\w+) (and agrees? )?that .{0,60}(is|are|est|sont) "
    r"(required|obliged|tenue?s?) (under|by|par|en vertu)")
# an audit right or duty, not any sentence about audits (their cost, notice, the auditor's confidentiality, the use
# of the report): the processor allows, submits to or contributes to audits, or the controller may audit; or the
# processor makes available the information needed to demonstrate compliance
AUDIT_DUTY = re.compile(
    r"(allow|permit|submit|contribut|cooperat|co-operat|accept|facilitat|enable|afford|grant|provide (access|assistance)|"
    r"permet|permett|accept|contribu|soumet|soumett|facilit|autoris|collabor|se pret|participat|grant|give)\w*\b.{0,100}(audit|inspect|"
    r"controle|verification)|"
    r"(controller|customer|client|responsable (du|de) traitement|data exporter|you)\b.{0,40}(may|is entitled|shall be "
    r"entitled|has the right|have the right|reserves the right|peut|pourra|a le droit|est en droit|se reserve)\b.{0,80}"
    r"(audit|inspect|controle|verif|check)|"
    r"(right|droit)s? (to |of |d'|de )(conduct |carry out |realiser |proceder a )?(an |des |un |d')?(audit|inspect|"
    r"control|verif)|(audit|inspection)s?\b.{0,60}(conducted|carried out|performed|realises?|effectues?|mene\w*) (by|par) "
    r"(the |le |la |l')?(controller|customer|client|responsable|auditor|auditeur|third|tiers|independent|mandat)|"
    r"(informations?|information|documentation|records|reports?|elements?)\b.{0,120}(demonstrat|demontrer|compliance|"
    r"conformite|respect des obligations|verify|verifier)|(make available|makes available|provide|furnish|deliver|fourni|communiqu|"
    r"met\w* a (la )?disposition|remet|hand\w* (out|over)|suppl(y|ies)|transmet)\w*\b.{0,120}(audit|certification|attestation|"
    r"soc ?[12]\b)")

# Art. 28(3)(a), second half: the notice of a legal requirement to process otherwise ("…unless required by law; in
# such a case the processor shall inform the controller of that requirement"). It qualifies the duty to process only
# on documented instructions and presupposes it: stated alone, or a rule for transfers alone ("any transfer to a
# third country shall only take place on documented instructions"), it does not state that duty, so it is kept as a
# fact of its own, outside the taxonomy's elements
LEGAL_REQUIREMENT_NOTICE = "art28_3a_legal_requirement_notice"
TRANSFERS_ONLY = re.compile(
    r"^\W{0,3}(\(?[\w.]{1,6}[.)]?\s+)?(any |all |each |no |the |tout |tous |les |le )?((personal )?data )?(transfers?|transferts?)\b(?!.{0,200}\b("
    r"process(es|ed|ing)?|traite\w*|traitement)\b.{0,60}\b(only|solely|exclusively|uniquement|exclusivement)\b)")
NO_LIABILITY = re.compile(r"\b(shall|will) (not|have no) (be )?(liab|responsib)|\bno liability|\bnot (be )?liable|"
                          r"\bindemnif|hold\w* .{0,30}harmless|n'(est|sera) pas responsable|ne saurait etre (tenu )?"
                          r"responsable|n'encourt aucune responsabilite|garantit .{0,40}contre tout recours")
_RX = {k: [re.compile(p) for p in v] for k, v in ELEMENTS.items()}
# what the sentence must also speak of for the element to be its subject (a transfer abroad "with prior written
# consent" is not a sub-processor authorisation; "confidential" alone is not the staff's duty of confidentiality)
REQUIRE = {k: re.compile(v) for k, v in {
    "art28_2_subprocessor_authorisation": SUBPROC + r"|sub-?contract|sous-trait|another processor|autre sous-traitant|"
                                                    r"engag\w* (a |any )?(third|other)|" + OTHER_FIRM,
    # the same obligations are imposed on someone the processor engages, not on the processor's own measures
    "art28_4_flow_down": SUBPROC + r"|subcontract|sous-trait|another processor|autre sous-traitant|sub-?contractors?|"
                                   r"agents|third part|persons engaged",
    # the persons bound (whole words: "personal data" names no one)
    "art28_3b_confidentiality": r"\b(personnel|staff|employe\w*|persons?|individuals|people|personnes|salarie\w*|"
                                r"contrats? de travail|techniciens?|technicians?|ingenieurs?|engineers?|intervenants?|"
                                r"administrateurs?|administrators?|"
                                r"collaborat\w*|preposes|agents|contractors|workers|anyone|everyone|team members|"
                                r"quiconque)\b",
    # a verb that takes or keeps the measures, from the start of a word ("employees", "maintenance", "undertake",
    # "insurance" are none)
    "art28_3c_security": r"\b(implement|maintain|adopt|take|taking|took|put in place|establish|employ(s|ed|ing)?\b|ensur|"
                         r"protect|met\w* en (o?e?uvre|place)|prend\w*|pris\w*|adopt\w*|maint\w*|assur\w*|protege\w*|"
                         r"garanti\w*|comply|respect|"
                         # the measures applied ("applique les mesures de l'article 32 … décrites en annexe", "applies the
                         # Article 32 measures"), not a law that applies ("l'article 32 s'applique", "applies to")
                         r"(?<!s')appliqu(e|ent|era|eront|er)\b|\b(applies|apply|applying)\b(?! to\b))",
    "art28_3e_data_subject_rights": r"assist|aide|help|cooperat|support|accompagn|respond|repond|forward|transmet|redirect|notif|"
                                    r"send|renvo|adresse|handl|gere|gerer|traiter (la|les|ces|cette) demande|pass\w* (it |them |the request |"
                                    r"such requests? |that request |any such request )?(on|to)\b|"
                                    r"inform|concours|enable|fulfil|comply|pass\w* (it |them |the request )?on|relay|"
                                    r"transmit|refer",
    # assistance and breach notice are owed to the controller: an internal incident procedure, a statement that no
    # breach occurred or cooperation with the authority (Art. 31) is no 28(3)(f) duty
    "art28_3f_assist_32_36": r"controller|customer|client|responsable|\byou\b|\bvous\b|data exporter|\bdata subjects?|"
                             r"personnes concernees",
    "art28_3h_audits_information": r"allow|permit|accept|contribut|submit|(make|makes|making|made) (\w+ ){0,6}?available|furnish|provide|cooperat|conduct|carry out|"
                                   r"perform|permet|autoris|soumet|realis|proced|effectu|met\w* a (la )?disposition|"
                                   r"fourni|communiqu|may|peut|pourra|entitled|right|facilitat|participat|grant|give|"
                                   r"enable|droit|hand\w* (out|over)|suppl(y|ies)|transmet",
}.items()}
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
# the terms of an audit already granted elsewhere (how to ask, plan, hours, costs, use of the reports, the auditor's
# confidentiality), an audit by a regulator (not the controller's right under 28(3)(h)) or one the processor runs on
# its own providers: none grants the controller an audit
AUDIT_TERMS = re.compile(
    r"(to|pour) (request|demander) (an |a |un )?audit|audit plan|plan d'audit|proposed audit date|business hours|heures "
    r"ouvr|confidentiality (agreement|obligations?)|accord de confidentialite|reimburs|rembours|costs?\b|\bcouts?\b|"
    r"\bfrais\b|expense|charges|\bfees?\b|separate service|free of charge|(use|utiliser) (the |les )?(\w+ )?(audit )?"
    r"(reports?|rapports?) (only|uniquement)|audit scope|scope of (the |any )?audit|(modify|limit) the rights? of audit|"
    r"procedures? in respect of|constitute .{0,40}confidential|subject to the confidentiality|"
    r"(regulatory|supervisory|governmental|government) (authorit|bod|agenc)\w*.{0,60}(audit|inspect)|"
    r"(audit|controle)\w* .{0,40}(third[- ]party (sub-?processors?|providers?|service providers)|critical (service )?"
    r"providers)|(controller|customer) may request that (the )?processor audit|audit rights (are provided|only arise|"
    r"arise)|\b(can be|could|should)\b|"
    # the processor's own checks (self-audits, internal audit, its security officer) and audits run under a
    # certification or accreditation body's rules: no audit granted to the controller
    # how an audit granted elsewhere runs ("Such audit may be carried out by…", "Prior to any audit…"), when the
    # rights arise, what does not breach them
    r"^\W{0,3}(\(?\w{1,3}[.)]\s*)?(such|any such|the|each|these|ces?|cet|l') (audits?|inspections?|controles?) "
    r"(may|shall|will|must|peut|pourra|sera|doit) (only )?(be|etre)\b|\b(prior to|before) (any|an|the|each) audit|"
    r"\bavant (tout|chaque) audit|rights\b.{0,60}\bonly arise|\barise only\b|(not be (considered|deemed)|ne sera pas "
    r"considere\w*) (as )?(a |une )?(breach|violation|manquement)|"
    r"self[- ]audits?|internal audits?|audits? internes?|auto-?audits?|chief (security|information|privacy) officer|"
    r"(accreditation|certification) bod(y|ies)|organisme (de certification|d'accreditation)")
AUDIT_GRANT = re.compile(r"(allow|permit|contribute to|facilitate|participate in|submit to|se soumet|permet|contribu)\w* "
                         r"(\w+ ){0,3}(audits?|inspections?|controles?)|(make|makes|provide|provides|fourni|communiqu|"
                         r"met\w* a (la )?disposition|remet)\w* (\w+ ){0,4}?(a |an |the |une |un |le |la |les )?(cop(y|ie)|"
                         r"copies) (of|de|du|des)\b|(audits?|inspections?|controles?) (and inspections |et "
                         r"inspections )?(by|par) (the |le |la )?(controller|customer|client|responsable)")
DESCRIBED = re.compile(r"\b(described|defined|set out|set forth|listed|detailed|decrites?|definies?) (herein|below|above|"
                       r"hereunder|ci-(dessous|apres|dessus)) (define|are|is|follow|comprise|include|cover|consist|apply|"
                       r"sont|suivent|comprennent|couvrent|definissent|reposent|s'appliquent)\b|\b(follows?|suit|suivent) (the |our |its |la |le |les |sa |son |ses )?"
                       r"([\w-]+ ){0,8}?(procedures?|standards?|polic(y|ies)|guidelines|framework|politique|norme|"
                       r"referentiel)\b|\b(implemented|based) on the basis of\b|"
                       r"\b(are|is|sont|est) (as )?(described|set out|set forth|listed|specified|detailed|defined|decrites?|"
                       r"precisees?|listees?|definies?|summari[sz]ed)\b|\b(describes|summari[sz]es|sets out|lists|decrit)\b|"
                       r"\bcan be found\b|\bplease see\b|"
                       r"\b(annex|appendix|schedule|exhibit|annexe|appendice)\s+\S+\s+(contains|contient|comprend|includes)\b")


# the words of Art. 28(3)(e) and (f) themselves ("by appropriate technical and organisational measures"), without a
# word of security
TOMS_ONLY = re.compile(r"mesures techniques et organisationnelles|technical and organi[sz]ational (security )?measures|"
                       r"(appropriate|adequate|reasonable) (technical|organi[sz]ational|physical|administrative) (and|or|,)")
SECURITY_WORDS = re.compile(r"securi|secur\w*|protect\w*|\barticle 32\b|\bart\.? ?32\b")
# "protection" in the name of a law, an authority or an officer says nothing of security ("the controller's obligations
# under the Data Protection Laws to respond to requests", "la loi relative à la protection des données")
_PROTECTION_NAMES = re.compile(r"\b(data|privacy|information) protection (laws?|legislation|regulations?|rules|requirements|"
                               r"provisions|acts?|authorit\w*|officers?|obligations|principles)\b|general data protection "
                               r"regulation|\b(loi|lois|reglement\w*|legislation|droit|autorite|delegue|regles|textes) "
                               r"(\w+ ){0,2}?(sur la|relatifs? a la|relatives? a la|en matiere de|de) protection des donnees")
GLOSSARY = re.compile(r"^\W{0,3}[\w /()'-]{2,50}: (a|an|the|any|le|la|les|l'|un|une)\b")
# a verb that grants, binds or states (a caption made of participles does none of these)
FINITE = re.compile(r"\b(shall|will|must|may|agrees?|undertakes?|consents?|authori[sz]es|approves?|has|have|is|are|was|"
                    r"were|gives?|grants?|constitutes?|requires?|notif(y|ies)|informs?|objects?|s'engage\w*|autorise\w*|"
                    r"accepte\w*|donne\w*|doit|doivent|devra|peut|pourra|est|sont|informe\w*|notifie\w*|dispose\w*|"
                    r"s'oppose\w*)\b")


# a caption made of the measures' name and what they are for ("Security measures. Measures to protect…")
MEASURES_CAPTION = re.compile(r"\W{0,3}([\w-]+ ){0,6}?(measures|mesures) (to|for|against|pour|visant|destinees|contre)\b")
# a verb that takes or keeps the measures in the present or as a list item's gerund ("implements", "implementing")
DUTY_VERB = re.compile(r"(?<!\bto )\b(implement|maintain|take|adopt|ensure|protect|employ|apply|appl|use|keep|establish|provide|"
                       r"comply|complie|secure|encrypt|restrict|prevent)(s|es|ies|ing|ed)?\b|\b(met|mettent|prend|prennent|"
                       r"assure|assurent|maintient|maintiennent|applique|appliquent|garantit|garantissent|protege|protegent|"
                       r"utilise|utilisent|dispose|disposent|veille|veillent|chiffre)\b|"
                       # a duty named as a noun, a list item's way ("Implementation of… measures", "Mise en œuvre de…")
                       r"\b(implementation|maintenance|adoption|application|compliance|mise en (o?e)uvre|respect) (of|with|de|du|des)\b")


def _segment_start(f: str, at: int) -> int:
    """Start of the part of the sentence that governs position `at`: after the last ";" or ", " before it (a list of
    duties: "traite… sur instruction documentée, veille à…, met en œuvre les mesures de sécurité")."""
    cuts = [m.end() for m in re.finditer(r";|, (?!(by|par|in order|afin|including|notamment|such as|insofar)\b)", f[:at])]
    return cuts[-1] if cuts else 0


# a heading: a few words, most of them capitalised, and no verb that binds anyone ("Data Protection Impact
# Assessment and Prior Consultation", "CONFIDENTIALITÉ"; `BINDING` in `art28_shape`)
def _heading(s: Sent) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]{4,}", s.text)]
    if not words or len(s.text.split()) > 16 or BINDING.search(s.folded):
        return False
    if not FINITE.search(s.folded) and not re.search(r"[.;:,]\W{0,3}$", s.text.strip()) and len(s.text.split()) <= 12 \
            and s.text.strip()[:1].isupper():
        return True  # a caption: a few words, no verb, no closing stop ("Assistance with compliance and data subject rights")
    return sum(w[0].isupper() for w in words) >= 0.6 * len(words)


# the controller's part in return or deletion: it chooses or instructs which
CONTROLLER_CHOICE = re.compile(r"instruct|choos|choice|elect|option|request|demand|decid|choix|choisi|demande|indiqu|"
                               r"decide|determin|specif|select|direct|"
                               # "the controller may require the processor to delete…": the processor does it
                               r"(require|ask|direct|exige|enjoin)\w* (the |le |la |l')?(processor|provider|prestataire|"
                               r"sous-traitant|supplier|vendor)|"
                               # the return named with the controller as the one who receives the data
                               r"(returned|restituees?|renvoyees?|handed over|remises?) (\w+ ){0,3}?(to|a|au) (the |le |la )?"
                               r"(controller|customer|client|responsable)")
CONTROLLER_RIGHT = re.compile(r"\b(may|is entitled|shall be entitled|has the right|have the right|reserves the right|"
                              r"right to|rights? of audit|peut|pourra|a le droit|est en droit|se reserve|droit d)")
REFUSAL = {
    "art28_3g_return_deletion": r"(obligation|duty|requirement)s? to (delete|return|erase|destroy)\w*.{0,160}(shall|does|will) "
                                r"not apply|l'obligation de (suppression|restitution|supprimer|restituer).{0,160}ne "
                                r"s'applique pas",
    "art28_3h_audits_information": r"aucun audit|no (on-?site )?audits?|(audit|inspection)s? (are|is|will) not|"
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
CONTROLLER_OK = {"art28_2_subprocessor_authorisation", "art28_3d_subprocessors", "art28_3a_documented_instructions",
                 "art28_3h_audits_information", "art28_3_subject_matter", "art28_3g_return_deletion"}
SUB_OK = {"art28_2_subprocessor_authorisation", "art28_3d_subprocessors", "art28_4_flow_down"}


# a person's confidentiality commitment named as such: the persons bound are implied even when a list item names none
# ("(b) are bound by confidentiality undertakings…", "b) sont soumis à un engagement de confidentialité")
SUBJECTLESS_UNDERTAKING = re.compile(
    r"^\W{0,3}(\(?\w{1,4}[.)]\s*)?(are|is|have|has|be|been|remain|shall be|will be|sont|soient|est|ont|restent|demeurent)"
    r"\b.{0,80}(confidentiality (undertakings?|agreements?|commitments?|obligations?)|(statutory|legal) (obligation|duty)"
    r" of confidentiality|committed (themselves )?to confidentiality|engagements? de confidentialite|obligation legale "
    r"(appropriee )?de (confidentialite|secret)|tenue?s? au secret)")
# An Art. 28(3) duty the processor terms expressly take away ("n'est pas tenu d'assister…", "has no further obligation
# in that respect", "waives any right to conduct audits"): without a qualifier (beyond…, except…, where…) the element
# is refused, whatever else the text says about it.
LIFT = re.compile(r"\baucun audit\b.{0,120}\b(n'est|ne sont|ne sera|ne seront) (pas )?(accepte|admis|autorise|possible)|"
                  r"\bno (audits?|inspections?)\b.{0,80}\b(are|is|shall be|will be) (permitted|allowed|accepted)|"
                  r"has no (further |other )?obligations?|n'a (aucune|pas d') (autre )?obligation|n'est (pas|nullement) tenue? "
                  r"(de |d')|(is|shall|will) not (be )?(required|obliged|bound) to|waives? (any|all|its|their)? ?(rights?|"
                  r"claims?) to|renonce\w* (a|au) (tout |son |tous |ses )?droits?|"
                  # the undertaking itself denied, or nothing in the contract binding the party ("does not undertake to
                  # notify", "ne s'engage pas à aider", "Nothing in this DPA obliges the Supplier to…", "aucune
                  # stipulation n'oblige le prestataire à…", "n'a pas à restituer"), in the sentence's main clause: a
                  # clause after a semicolon denies only its own duty
                  r"^\W{0,3}(\(?\w{1,4}[.)]\s*)?([\w'-]+ ){0,5}?((does|do|will|shall) not (undertake|commit|agree)\w* to|makes? "
                  r"no (commitment|undertaking)|ne s'engage (pas|nullement|aucunement) (a|au|aux|sur)\b(?! (autre|plus|"
                  r"davantage|d'autres?)\b)|n'(a|ont|aura|auront) pas a (\w+ )?(assist|aider|accept|soumett|restitu|supprim|"
                  r"notifi|inform|fourni|mettre|communiqu|impos))|^\W{0,3}(\(?\w{1,4}[.)]\s*)?(nothing in (this|the|these) "
                  r"[\w ]{1,40}?(shall )?(obliges?|requires?|obligates?|compels?)\b|(aucune|nulle) (disposition|stipulation|"
                  r"clause)\b[^.;]{0,60}\bn'(oblige|impose|contraint))")
LIFT_QUALIFIED = re.compile(r"\b(beyond|except|unless|other than|save|where|if|au-dela|sauf|excepte|lorsque|si|hors|"
                            r"outside|in excess|more (than|often|frequent\w*)|plus (de|d'|que|souvent|frequent\w*))\b")
LIFTED = {
    "art28_3e_data_subject_rights": re.compile(r"(respond\w*|repondre|reponse)\W+(\w+\W+){0,3}(requests|demandes)|"
                                               r"(droits|rights) (des personnes|of data subjects|of the data subject)|"
                                               r"data subjects?'? (rights|requests)|personnes concernees"),
    "art28_3h_audits_information": re.compile(r"\baudits?\b|\binspections?\b"),
    "art28_3f_assist_32_36": re.compile(r"(assist|aider|assistance)\w*\W+(\w+\W+){0,6}(impact|aipd|dpia|autorite de "
                                        r"controle|supervisory authority|notification)"),
}

# the subject-matter of the processing expressly left out ("le contrat ne décrit ni les types de données ni les catégories
# de personnes", "this DPA does not specify the categories of data subjects"): the first subparagraph of Art. 28(3) refused
SUBJECT_OMITTED = re.compile(r"\b(ne (decri|precis|defini|mentionn|enumer|indiqu|list|fix)\w*|n'(enumer|indiqu)\w*|(does|do|"
                             r"shall|will) not (describe|specify|set out|list|define|identify|state)|is silent on)\b (ni |"
                             r"pas |neither |either |any |the )?(les |la |le )?(types?|categories|nature|kinds?)\b[^.;]{0,30}"
                             r"\b(donnees|data|personnes|persons|data subjects|individuals)\b")


def _lifted(s: Sent, w: Where) -> list:
    f = s.folded
    lift = LIFT.search(f) or re.search(r"\b(need not|is not required|n'est pas tenue?|does not have to)\b", f)
    if lift is None or LIFT_QUALIFIED.search(f[lift.start():]):
        return []
    return [m.Obligation(evidence=s.evidence(lift), clause=w.index, element=element, actor="processor",
                         modal="need_not") for element, rx in LIFTED.items() if rx.search(f)]


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


def _masked(element: str, g: str) -> str:
    g = mask_serving(element, g)  # words that serve another act (a limit on changes, the aim of record keeping)
    rx = MASK.get(element)
    if rx is None:
        return g
    only = re.compile(r"\b(only|solely|exclusively|uniquement|seulement|exclusivement|no other|aucun autre|other than|"
                      r"autres? que)\b|\bqu'(a|aux|a des)\b")
    # "may only use authorised sub-processors", "no sub-processor other than those approved": the authorisation required
    return rx.sub(lambda x: x.group(0) if element == "art28_2_subprocessor_authorisation" and only.search(
        g, max(0, x.start() - 60), x.start()) else " " * len(x.group(0)), g)


# the data subjects themselves as the subject of the sentence: what they may do or are told is their right, not the
# processor's duty to assist with it (point (e))
DATA_SUBJECTS_OWN = re.compile(
    r"\W{0,3}(\(?\w{1,3}[.)]\s*)?(the |les |all |any |each |tout\w* )?(data subjects?|individuals|personnes concernees|"
    r"personne concernee)\b(?!'|\u2019)( (\w+ ){0,2}?)(may|can|shall have|will have|have|has|are (informed|entitled|free)|is "
    r"(informed|entitled)|retain|keep|peu(ven)?t|pourront|dispose\w*|beneficie\w*|(sont|est) (informee?s?|en droit)|"
    r"conserve\w*|ont|a)\b")


# the controller's instructions as the manner of another act than the processing: support or assistance, or the
# destruction, erasure or return of the data ("shall, based on the controller's instructions, destroy…", "shall support
# the controller upon its instruction", "assiste le client sur ses instructions"): that act's term, not point (a)
_OTHER_ACT = (r"(support|assist|help|cooperat\w*|co-operat\w*|destroy|delete|eras\w*|return|restrict|rectif\w*|correct|block|"
              r"assiste\w*|aide\w*|detrui\w*|supprime\w*|efface\w*|restitue\w*|renvoie\w*)")
_ON_INSTRUCTIONS = r"(based (up)?on|upon|on|according to|following|pursuant to|sur|selon|conformement a(ux)?) (the |les |ses |its |" \
                   r"leurs )?([\w-]+'?s? )?(written |documented |prior |ecrites? )?instructions?"
INSTRUCTED_OTHER_DUTY = re.compile(
    r"\b(shall|will|must|agrees? to|undertakes? to|s'engage a|doit|devra)\b,? (\w+ ){0,2}?" + _OTHER_ACT + r"\b"
    r"(?:(?!process|trait)[^.;]){0,80}?\b" + _ON_INSTRUCTIONS + r"|\b(shall|will|must|doit|devra)\b,? " + _ON_INSTRUCTIONS +
    r"(?:(?!process|trait)[^.;]){0,80}?\b" + _OTHER_ACT + r"\b")


# a freedom confined ("may only…", "ne peut… que"): a limit on what the party may do, not a duty to do it
MAY_ONLY = re.compile(r"\bmay only\b|\bmay (be )?(\w+ )?only\b|\bne (peut|peuvent|pourra|pourront)\b.{0,80}\bque?\b")


# an answer to a request held back until the controller instructs it ("does not respond to that request except on the
# controller's documented instructions"): the instructions are the manner of that answer (point (e)), not point (a)
ANSWER_TO_REQUEST = re.compile(r"\b(respond\w*|reply|replies|answer\w*) to (that|the|such|this|any|each|a) (\w+ )?"
                               r"(requests?|complaints?|enquir(y|ies)|inquir(y|ies))|\brepondre? (a|aux) (cette|la|une|"
                               r"toute|ces|les|de telles) (\w+ )?(demandes?|requetes?|reclamations?)")


# "ne fait pas intervenir… sans l'accord", "does not engage… without consent": the act denied, its condition required
DENIED_ACT = re.compile(r"\b(ne|n')\b[^.;]{0,30}\b(pas|jamais|aucun\w*)\b[^.;]{0,120}\b(sans|sauf|qu'avec)\b|\b(does|do|will) "
                        r"not\b[^.;]{0,120}\b(without|unless|except)\b|\b(won't|wont|doesn't|don't)\b[^.;]{0,120}\b(without|unless|"
                        r"except)\b")
# a modal inside a relative clause ("everyone who can see the data…", "les personnes qui peuvent accéder…") describes
# the persons, it is not the modal of the main clause
_REL_MODAL = re.compile(r"\b(who|which|that|qui|que)\s+(can|may|might|could|peut|peuvent|pourra|pourront|pourraient)\b")


def _blank(x: re.Match) -> str:
    return " " * len(x.group(0))


def obligations(s: Sent, w: Where) -> list:
    f = s.folded
    if DEFINITION.match(f) or len(f) < 25 or NOT_A_STATEMENT.search(f.rstrip()) or _heading(s) or \
            TRANSFER_CLAUSES.search(f):
        return []
    mod = modal(f)
    if mod == "states" and GLOSSARY.match(f):
        return []  # "Breach Notification Duty: the duty to report…": a glossary entry binds no one
    omitted = SUBJECT_OMITTED.search(f)
    if omitted and not LIFT_QUALIFIED.search(f[:omitted.start()]):
        return [m.Obligation(evidence=s.evidence(omitted), clause=w.index, element="art28_3_subject_matter",
                             actor="processor", modal="need_not")]
    if mod == "need_not" or LIFT.search(f):
        return _lifted(s, w)
    out: list = []
    # instructions named as the manner of another duty ("shall, on the controller's instructions, return or delete…",
    # "not respond to a request except on instructions") belong to that duty
    other_duty = any(may_match(rx, f) and rx.search(f) for k in ("art28_3g_return_deletion", "art28_3e_data_subject_rights") for rx in _RX[k]) \
        or ANSWER_TO_REQUEST.search(f) is not None or INSTRUCTED_OTHER_DUTY.search(f) is not None
    # the element is read in the item with its list's lead-in before it ("The Processor shall ensure that its staff:
    # (a) are bound to secrecy…"), in text whose words broken across a line are mended ("sub- processor")
    lead_in = _lead_in(f, w.clause) or _referent(f, w.clause)
    mended, back = _mend(f)
    off = len(lead_in) + 1 if lead_in else 0
    g = f"{lead_in} {mended}" if lead_in else mended

    def span(x: re.Match) -> tuple[int, int]:
        a, b = max(x.start() - off, 0), max(x.end() - off, 0)
        return back[a], back[b]

    for element, rxs in _RX.items():
        if element == "art28_3a_documented_instructions" and other_duty:
            continue
        if element == "art28_2_subprocessor_authorisation" and not FINITE.search(f) and re.match(
                r"\W{0,3}(\(?\w{1,3}[.)]\s*)?((the |les? |des )?" + SUBPROC + r"|(at|in|on|au|aux|dans|chez)\b)", f):
            continue  # a caption or a place ("Sub-processors engaged and authorised by…", "At the premises of approved
            # sub-processors") grants nothing
        ge = _masked(element, g)  # idioms and attributes that only look like the element's words, blanked
        hit = next((x for rx in rxs if may_match(rx, ge) and (x := rx.search(ge)) and x.end() > off), None)
        if hit is not None and element in GOVERNED:  # the element's first words decide what governs them
            hit = min((x for rx in rxs if (x := rx.search(ge)) and x.end() > off), key=lambda x: x.start())
        if hit is None:
            continue
        if element in REFUSAL and re.search(REFUSAL[element], f) and not (
                element in ("art28_2_subprocessor_authorisation", "art28_3d_subprocessors") and (
                    mod == "must_not" or DENIED_ACT.search(f))):
            # "shall not engage a sub-processor without consent" requires the authorisation: it refuses nothing
            continue
        if element in REQUIRE and not REQUIRE[element].search(g) and not (
                element == "art28_3b_confidentiality" and SUBJECTLESS_UNDERTAKING.search(mended)):
            continue
        if element in NOT_ELEMENT and NOT_ELEMENT[element].search(f):
            continue
        if element == "art28_4_flow_down" and law_only_flow_down(f) and not any(rx.search(g) for rx in rxs[1:3]):
            continue  # the sub-processors bound to the law alone, not to the contract's obligations (Art. 28(4))
        if element == "art28_3g_return_deletion" and things_not_data(f):
            continue  # equipment or badges handed back: point (g) is the fate of the personal data
        if element == "art28_2_subprocessor_authorisation" and NOTICE_LOGISTICS.search(mended) and not \
                PROCESSOR_NOTIFIES.search(mended):
            continue
        if element != "art28_4_flow_down" and NO_LIABILITY.search(f):
            continue  # who is liable or indemnifies for an act says nothing of the duty to perform it
        if element in GOVERNED and GOVERNED[element].search(g, 0, hit.start()):
            continue  # the element's words serve another duty named before them
        # words only in the opening condition ("When processing on the instructions, the parties acknowledge…",
        # "Once the Customer has approved them, sub-processors shall…"): the main clause states another thing
        cond = _condition_end(mended) if element in ("art28_3a_documented_instructions",
                                                      "art28_2_subprocessor_authorisation") else 0
        key = hit.end() if element == "art28_3a_documented_instructions" else hit.start() + 1
        if 0 < key - off <= cond:
            hit = next((x for rx in rxs for x in rx.finditer(ge) if (x.end() if key == hit.end() else x.start() + 1)
                        - off > cond), None)
            window = element == "art28_2_subprocessor_authorisation" and OBJECTION_PROCEDURE.search(mended)
            if hit is None and not window:
                continue
            hit = hit or next(rx.search(ge) for rx in rxs if rx.search(ge))  # the objection's window, in its opening
        if element == "art28_3c_security" and mod == "states" and s.text.strip()[:1].isupper() and not FINITE.search(f) \
                and not DUTY_VERB.search(f) and MEASURES_CAPTION.match(f):
            continue  # a caption and a description ("Security measures. Measures to protect data against…"): no verb
        if element == "art28_3c_security" and DESCRIBED.search(f) and mod in ("states", "may"):
            continue  # a description of the measures (an annex's lead-in, "are as described in…") binds no one
        if element == "art28_3c_security" and TOMS_ONLY.fullmatch(hit.group(0)) and \
                not SECURITY_WORDS.search(_PROTECTION_NAMES.sub(" ", g)) and \
                any(rx.search(g) for rx in _RX["art28_3e_data_subject_rights"]):
            continue  # "assist… by appropriate technical and organisational measures… to respond to requests": the
            # measures are the means of point (e), not the security duty of point (c)
        if element == "art28_3h_audits_information" and (
                not (AUDIT_DUTY.search(f) or AUDIT_GRANT.search(f)) or (AUDIT_TERMS.search(f) and not AUDIT_GRANT.search(f))):
            continue
        actor = _actor_of(g, hit.start())
        if actor == "unknown" and END_WORDS.match(g, hit.start()):
            actor = _actor_of(g, hit.end())  # the duty's words open with its time ("After termination, the Customer…")
        if actor == "controller" and element not in CONTROLLER_OK:
            continue
        if element == "art28_3e_data_subject_rights" and actor == "unknown" and DATA_SUBJECTS_OWN.match(g[off:]):
            continue  # "Data subjects may exercise their rights directly with the controller": their right, no one's duty
        if actor == "subprocessor" and element not in SUB_OK:
            continue  # "sub-processors shall only process on the processor's instructions": a term flowed down
        if actor == "processor" and element == "art28_3h_audits_information" and \
                modal(g[:hit.end() + 20]) == "may":
            continue  # "the processor may retain the information needed to demonstrate compliance": its freedom
        if actor == "controller" and element == "art28_3h_audits_information" and not CONTROLLER_RIGHT.search(f):
            continue  # the controller's own duties around an audit (its notice, its care) grant no audit
        if actor == "controller" and element == "art28_3g_return_deletion" and not CONTROLLER_CHOICE.search(f):
            continue  # the controller's own duties after the end (its payments) say nothing of the data's fate
        if element == "art28_3f_assist_32_36" and mod in ("may", "must_not") and MAY_ONLY.search(f):
            continue  # "notifications to the authority may only be made by the processor on instructions": a limit on
            # what the processor may do itself, not its duty to notify or assist the controller
        if modal(_REL_MODAL.sub(_blank, g[:hit.end() + 20])) == "may" and \
                element not in CONTROLLER_OK | {"art28_3d_subprocessors"}:
            continue  # "the processor may…" grants a freedom, it states no duty
        if element == "art28_3a_documented_instructions" and (TRANSFERS_ONLY.match(mended) or not any(
                x.end() - off > max(cond, _condition_end(mended)) for rx in rxs[:-1] for x in rx.finditer(g))):
            element = LEGAL_REQUIREMENT_NOTICE  # the instructions' words only in the notice or its opening condition
        out.append(m.Obligation(evidence=s.evidence(span(hit)), clause=w.index, element=element,
                                actor="unknown" if actor == "subprocessor" else actor, modal=mod))
    facets = subject_facets(f)
    if facets:
        out.append(m.Obligation(evidence=s.evidence(min(facets.values())), clause=w.index,
                                element="art28_3_subject_matter", actor="either", modal="states"))
    return out
