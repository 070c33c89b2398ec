"""Art. 28 duties read sentence by sentence: each element of Article 28(2)-(4) GDPR counts when a
sentence states it as a duty or a right of the right party ("the processor shall…", "le sous-traitant
s'engage à…", "the controller may audit…"), and the subject-matter facets of Art. 28(3), first
subparagraph, when a sentence states their content. A sentence that lifts the duty ("n'est pas tenu
d'assister", "is not required to") or a definition does not count, whatever its words.

Moved out of `facts.data` (which keeps the other data-protection facts and calls `obligations`). Each element's
words are in `art28_patterns`, who a sentence binds in `art28_shape`, the subject-matter facets in `art28_facets`,
words that serve another act in `art28_aims`, an element's words that state another thing in `art28_not_duty` and a duty
expressly taken away in `art28_lifted`; this module decides, sentence by sentence, which duty is stated.
"""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.art28_aims import law_only_flow_down, secrecy_only_flow_down, things_not_data
from assistant.legal.review.facts.art28_facets import subject_facets
from assistant.legal.review.facts.art28_lifted import LIFT, LIFT_QUALIFIED, SUBJECT_OMITTED, lifted
from assistant.legal.review.facts.art28_not_duty import GOVERNED, NOT_ELEMENT, NOTICE_LOGISTICS, OBJECTION_PROCEDURE, \
    PROCESSOR_NOTIFIES, REFUSAL, masked
from assistant.legal.review.facts.art28_refers import refers_only
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
    r"entitled|has the right|have the right|reserves the right|peut|pourra|a le droit|est en droit|se reserve|a la faculte|"
    r"dispose de la faculte)\b.{0,80}(audit|inspect|controle|verif|check|examin|review)|"
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
                                   r"enable|droit|hand\w* (out|over)|suppl(y|ies)|transmet|faculte",
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


# a list of the measures a security level "can include" (the law's list, Art. 32(1)), not measures taken
POSSIBLE_MEASURES = re.compile(r"\b(can|could|may|might) (also )?include\b|\b(peuvent|peut|pourront|pourraient) (notamment )?"
                               r"(inclure|comprendre)\b")


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
                              r"right to|rights? of audit|peut|pourra|a le droit|est en droit|se reserve|droit d|"
                              r"a la faculte|dispose de la faculte)")
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


# the processor's own act on the instructions, as one item of a list of its duties ("Il agit sur instruction documentée
# du Client, soumet son personnel à la confidentialité, …, supprime ou restitue les données…"): the instructions are not
# the manner of the return named in another item
_ACT_ON = re.compile(r"\b(acts?|acting|process(es)?|agit|agir|agissent|traite|traitent|traiter)\b")


def _own_item(g: str, rxs: list) -> bool:
    for rx in rxs:
        for x in rx.finditer(g):
            a = max(g.rfind(",", 0, x.start()), g.rfind(";", 0, x.start())) + 1
            b = min((i for i in (g.find(",", x.end()), g.find(";", x.end())) if i >= 0), default=len(g))
            item = g[a:b]
            if _ACT_ON.search(g, a, x.start()) and not any(
                    r.search(item) for k in ("art28_3g_return_deletion", "art28_3e_data_subject_rights") for r in _RX[k]):
                return True
    return False


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
        return lifted(s, w)
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
        if element == "art28_3a_documented_instructions" and other_duty and not _own_item(g, _RX[element]):
            continue
        if element == "art28_2_subprocessor_authorisation" and not FINITE.search(f) and re.match(
                r"\W{0,3}(\(?\w{1,3}[.)]\s*)?((the |les? |des )?" + SUBPROC + r"|(at|in|on|au|aux|dans|chez)\b)", f):
            continue  # a caption or a place ("Sub-processors engaged and authorised by…", "At the premises of approved
            # sub-processors") grants nothing
        ge = masked(element, g)  # idioms and attributes that only look like the element's words, blanked
        hit = next((x for rx in rxs if may_match(rx, ge) and (x := rx.search(ge)) and x.end() > off), None)
        if hit is not None and element in GOVERNED:  # the element's first words decide what governs them
            hit = min((x for rx in rxs if (x := rx.search(ge)) and x.end() > off), key=lambda x: x.start())
        if hit is None:
            continue
        if refers_only(mended, max(hit.start() - off, 0)):
            continue  # "Clause 10 governs the return…", "The duty to assist… is set out in clause 7": a reference
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
        if element == "art28_4_flow_down" and secrecy_only_flow_down(f) and not any(rx.search(g) for rx in rxs[:3]):
            continue  # bound to keep the data confidential: the persons' secrecy (point (b)), not the same obligations
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
        if element == "art28_3c_security" and lead_in and POSSIBLE_MEASURES.search(lead_in):
            continue  # an item of a list of measures that "can include" (Art. 32(1)'s own list restated) binds no one
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
        if actor == "controller" and element == "art28_3h_audits_information" and mod == "must_not":
            continue  # "le Client ne peut procéder à aucun contrôle", "may not inspect": the audit refused, none granted
        if actor == "controller" and element == "art28_3g_return_deletion" and not CONTROLLER_CHOICE.search(f):
            continue  # the controller's own duties after the end (its payments) say nothing of the data's fate
        if element == "art28_3f_assist_32_36" and mod in ("may", "must_not") and MAY_ONLY.search(f):
            continue  # "notifications to the authority may only be made by the processor on instructions": a limit on
            # what the processor may do itself, not its duty to notify or assist the controller
        # the freedom read in the independent clause that holds the words: "X may engage any sub-processor it
        # chooses; it imposes on each the same obligations" grants a freedom, then states a duty
        part = g.rfind(";", 0, hit.start()) + 1
        if modal(_REL_MODAL.sub(_blank, g[part:hit.end() + 20])) == "may" and \
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
