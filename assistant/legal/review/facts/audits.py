"""Audit facts: the client's right to audit or inspect (on site or not), and how it is narrowed (documents or
certificates only, on an authority's demand only)."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.reading import Sent
from assistant.legal.review.facts.where import Where


AUDIT_RIGHT = r"(droit d'audit|audit rights?|right to audit|(peut|pourra|may|is entitled to|a le droit de)\b.{0,60}" \
              r"(audit|inspect|controle)|\baudits?\b.{0,80}(client|customer|controller|responsable|mandat|auditor|" \
              r"auditeur)|(client|customer|controller|responsable)\b.{0,80}\baudits?\b|inspections?)"


NOT_AUDIT = r"audit trail|piste d'audit|journal d'audit|audit logs?|audit technique|audit de (performance|securite|" \
            r"l'existant) (propose|realise|facture)|(propose|offre|offers?|sells?|vend)\w* .{0,30}audits?"


# a condition that leaves the inspection to someone else's demand: an authority, a court or the law
ONSITE_ONLY_IF_ORDERED = r"\b(only|solely|exclusively|uniquement|seulement|exclusivement)\b,? (if|where|when|in the event|" \
                         r"to the extent|upon|on|at|si|lorsque|lorsqu'|quand|en cas|dans (le|les) cas|sur|a la)\b[^.;]{0,90}?" \
                         r"\b(authorit\w*|autorite\w*|regulat\w*|cnil|ico|court|tribunal|juridiction|juge|law|loi|legal\w*|" \
                         r"legislation)|(\bne |\bn')[^.;]{0,40}?\bque (si|lorsque|lorsqu'|quand|" \
                         r"sur|a la demande|en cas|dans le cas)\b[^.;]{0,90}?\b(autorite\w*|cnil|tribunal|juridiction|juge|loi|legal\w*)"


# "Inspection" as the way information reaches a party ("information disclosed orally, in writing or by inspection",
# "received by observation or inspection of tangible objects"): how a secret was learnt, not a right to check anyone.
# Blanked (offsets kept) before the audit words are looked for.
DISCLOSED_BY = re.compile(r"\b(oral(ly)?|verbal(ly)?|written|in writing|visual(ly)?|electronic(ally)?|graphic(ally)?|"
                          r"tangible form)\b[^.;]{0,40}?\bor (by |through )?(way of )?(inspections?|observations?)\b|"
                          r"\b(disclos|receiv|obtain|learn|acquir|furnish|communicat)\w*\b[^.;]{0,60}?\b(by|through) (way of )?"
                          r"(inspections?|observations?)\b")


def audit(s: Sent, w: Where) -> list:
    f = DISCLOSED_BY.sub(lambda x: " " * len(x.group(0)), s.folded)
    a = re.search(r"\baudit(s|er|ed|ing)?\b|\binspections?\b|controles? sur place|droit d'audit|\bcontroles? (du respect|de (la )?"
                  r"conformite)|\bverifi\w* (la )?conformite|\bright to inspect\b|\bvisites? (des|de ses|de leurs|sur) "
                  r"(locaux|sites?|installations)|\bsite visits?\b|\bverif(y|ying|ied|ication of) (the )?(\w+'?s? )?compliance\b", f)
    if not a or re.search(NOT_AUDIT, f):
        return []
    onsite = re.search(r"(audit|inspection)s? sur (site|place)|on-?site (audit|inspection)s?|inspections? (sur place|in "
                       r"person)|including (by )?(way of |means of )?inspections|y compris (par )?(des|les|voie d')? ?inspections|"
                       r"(acces|access) (a ses|to its) (locaux|premises|facilities)|(audit|inspection)s? (at|of|in) (its|the "
                       r"\w+'?s?) (premises|sites?|facilities|data ?cent\w*)|(audit|inspection)s? (dans|de) (ses|les) (locaux|"
                       r"centres? de donnees|sites?|installations)|\bpremises\b[^.;]{0,20}\binspected\b", f)
    restricted = re.search(r"(audit|controle|inspection)\w*.{0,120}(limite|limited|restricted|uniquement|exclusivement|"
                           r"only|solely|seulement).{0,80}(document|questionnaire|certificat|certification|rapport|report|"
                           r"summary|synthese|attestation)|aucun audit|no (on-?site )?audits?|(only|uniquement|seulement|solely) "
                           r"(\w+ ){0,2}?(audit|inspect|verif|control)\w*[^.;]{0,80}(report|rapport|certificat\w*|questionnaire|"
                           r"documents?|attestations?)|renon\w* a (tout|toute|tous|son|ses) (\w+ )?(audits?|inspections?|"
                           r"controles?|visites?)|waives? (any|all|its) (\w+ )?(audits?|inspections?)|audits? sur site (ne sont|"
                           r"n'est) pas|(no|aucun) (right|droit) (to audit|d'audit|de (proceder a (un )?|realiser (un )?)?(audit|"
                           r"controle))|(have|has) no (right|rights) to (audit|inspect)|(audit|inspection|visite)\w*\b([^.;]{0,100}? )?"
                           r"(est|sont|is|are|sera|seront|shall be|will be) (\w+ )?(exclue?s?|excluded|interdite?s?|prohibited|"
                           r"not (permitted|allowed))\b|(deemed|reputee?s?) (to )?(satisf|suffi|vau)\w*[^.;]{0,30}audit|"
                           # the client agreeing that documents stand for its audit right ("Customer agrees that the
                           # report satisfies its right to audit", "le Client reconnaît que ces documents valent audit")
                           r"(agrees?|accepte\w*|reconnai\w*|acknowledges?|convien\w*)\b[^.;]{0,100}?\b(?<!not )(?<!pas )(satisf\w*|"
                           r"suffi\w*|vaut|valent|constitut\w*|fulfil\w*|discharg\w*|tien\w* lieu)\b[^.;]{0,40}\b(audit|inspection|"
                           r"controle)|"
                           # the audit right "deemed satisfied" by a document, the audit named first ("Le droit d'audit
                           # est réputé satisfait par la remise du certificat", "audit rights are treated as fulfilled by")
                           r"(audit|inspection|controle)\w*[^.;]{0,60}\b(deemed|reputee?s?|considered|considere\w*|treated as)\b "
                           r"(\w+ ){0,2}?(to be )?(satisf|fulfil|rempli|discharg|accompli)\w*[^.;]{0,60}(certificat|certification|"
                           r"rapport|report|attestation|documents?|questionnaire)|"
                           # the audit right said met by a document handed over ("the right to audit is fully satisfied by
                           # the Supplier supplying its SOC 2 report", "le droit d'audit est pleinement rempli par la remise
                           # du certificat")
                           r"(right (to|of) (audit|inspect\w*)|(audit|inspection)( and (information|inspection|access))? (rights?|"
                           r"obligations?|requirements?)|droits? d'(audit|inspection|controle)( et d'(information|acces))?)[^.;]{0,70}\b(is|are|shall be|will be|est|sont|sera|seront)\s+"
                           r"(\w+\s+){0,2}?(satisf\w*|met|fulfill?ed|discharged|rempli\w*|accompli\w*)\s+(\w+\s+){0,3}?(by|par|through|"
                           r"au moyen)\b[^.;]{0,80}(certificat\w*|certification|rapports?|reports?|attestations?|documents?|"
                           r"questionnaires?|\bsoc ?[12]\b)|"
                           # any access to the premises refused ("under no circumstances … access to the Processor's
                           # premises", "hors de tout accès aux salles d'hébergement", "sans accès aux locaux")
                           r"(under no circumstances|in no (event|case)|\bnever\b|hors de tout|sans (aucun |jamais )?|without (any )?|"
                           r"en aucun cas)[^.;,]{0,60}?\b(acces|access|acceder|entrer)\b (\w+ ){0,2}?(to|aux?|a) (the |its |ses |les |leurs? |"
                           r"l')?(\w+'?s? )?(\w+ )?(locaux|premises|sites?|salles|installations|facilities|data ?cent\w*|centres? de "
                           r"donnees|datacent\w*)|"
                           r"uniquement sur pieces|sur pieces uniquement|only on (the basis of )?(documents|paper)|"
                           # an inspection on site said not to be offered at all ("No on-site inspection of our premises
                           # is offered", "aucun audit sur site n'est proposé")
                           r"\b(no|aucune?)\s+(on-?site|physical|sur (site|place)|physique)?\s*(audits?|inspections?|visites?|"
                           r"controles?)\s*(on-?site|sur (site|place))?\b[^.;]{0,80}\b(is|are|will be|shall be|n'est|ne sont|ne sera|ne "
                           r"seront)\s+(\w+\s+)?(offered|provided|available|permitted|allowed|proposee?s?|prevue?s?|possibles?|"
                           r"autorisee?s?|admise?s?)\b|"
                           # any audit denied as the last item of a list of what is not provided ("it is not part of our
                           # services, and neither is any audit of us", "ni aucun audit de nos installations")
                           r"\b(neither|nor) (is |are |does |do |will |shall )?(there )?(be )?any (\w+ )?(audits?|inspections?)\b|"
                           r"\bni (aucun|aucune|le moindre|la moindre) (\w+ )?(audits?|inspections?|controles?)\b|"
                           # documents said to be the only way to check ("ces documents constituent le seul moyen de
                           # contrôle", "the certificate is the sole means of verifying compliance")
                           r"\b(le seul|l'unique|le unique|the only|the sole|the exclusive)\s+(moyen|mode|means|method|way|"
                           r"instrument)\s+(de |d'|of )(\w+ )?(controle|verification|audit|control|verif\w*|check\w*|demonstrat\w*)|"
                           # several checks refused together ("aucune visite ni audit sur site ne peut être réalisé", "no
                           # visit or audit of the sites may take place")
                           r"\b(aucune?|no|nul(le)?)\s+(visite|audit|inspection|controle|visit)s?\s+(ni|or|nor|et|and)\s+"
                           r"(\w+\s+)?(visite|audit|inspection|controle|visit)s?\b[^.;]{0,80}\b(ne (peut|peuvent|pourra|pourront|"
                           r"sera|seront|saurait)\b|(may|shall|will|can) (\w+ )?(take place|be (carried out|conducted|performed|"
                           r"made|held))\b)(?![^.;]{0,60}\b(sans|sauf|hors|avant|plus d|moins d|without|unless|except|more than|"
                           r"other than|before|until|prior)\b)|"
                           r"audits? sur site (ne sont|"
                           r"n'est) pas|"
                           # audits or inspections refused in the passive ("ne sont pas admis / autorisés", "are not
                           # permitted"), not a mere limit of their number ("not permitted more than once a year")
                           r"(audit|inspection|visite|controle)\w*[^.;]{0,80}?\b(ne sont pas|n'est pas|ne seront pas|ne sera pas|"
                           r"are not|is not|will not be|shall not be) (admis|autorise|accepte|permis|permitted|allowed|accepted|"
                           r"authori[sz]ed)\w*\b(?![^.;]{0,12}\b(more than|plus d'une?|plus de|au-dela|beyond|without|sans)\b)|"
                           # the auditor is the processor's own choice (Art. 28(3)(h): an auditor the controller mandates)
                           r"(auditeur|auditor|cabinet|firm)s?\b[^.;]{0,30}\b(choisi|designe|selectionne|retenu|agree|chosen|"
                           r"selected|appointed|nominated|designated)\w* (exclusivement |solely |only )?(par|by) (le |la |l'|the )?"
                           + w.names.provider + r"|"
                           # the audit refused by a negative modal ("The Customer may not audit or inspect…", "shall not
                           # be entitled to audit"), not a limit of how often ("may not audit more than once a year")
                           r"\b(may not|shall not|cannot|can ?not|will not|is not (entitled|permitted|allowed) to|(shall|will) not "
                           r"be (entitled|permitted|allowed) to)\s+(\w+\s+){0,2}?(audit|inspect)\w*\b(?![^.;]{0,40}\b(more (than|"
                           r"often)|other than|except)\b)|"
                           r"(audit|controle)\w* .{0,60}"
                           r"n'est (pas )?admis|ne (peut|pourra) (pas )?(proceder|realiser|effectuer).{0,40}audit|waives? (any|all|its|the)? ?"
                           r"(\w+ )?(right|rights)\b.{0,60}(audit|inspect)|"
                           # the processor freed from the duty to allow audits ("is not obliged to cooperate with audits",
                           # "n'est pas tenu de se soumettre aux audits"): Art. 28(3)(h) taken away
                           r"\b(is|are|shall be|will be) (not|under no) (\w+ )?(obliged|required|bound|obligated|obligation) to "
                           r"(\w+ ){0,2}?(cooperate with|allow|permit|submit to|accept|facilitate|contribute to|take part in|"
                           r"participate in|undergo) (any |such )?(\w+ )?(audits?|inspections?)|\b(n'est|ne sont|ne sera|ne seront) "
                           r"(pas|nullement|aucunement|en aucun cas) (tenue?s?|oblige\w*|contraint\w*) (de |d')(\w+ ){0,2}?(se soumettre|"
                           r"accepter|permettre|collaborer|cooperer|participer|contribuer|faciliter)\w* (a |aux |a des |a tout |a "
                           r"toute )?(\w+ )?(audits?|inspections?|controles?)|renonce\w* (a|au) (tout |son |tous )?(droit|droits)\b.{0,40}"
                           r"(audit|controle|inspection)|(sufficient|suffisante?|satisfies|vaut) (evidence|preuve|"
                           r"justification).{0,80}(in lieu of|instead of|en lieu et place|au lieu).{0,20}audit|"
                           r"(audit|inspection|controle)\w*[^.;]{0,80}(soumis\w* a l'(accord|agrement|autorisation)|subject to (the )?"
                           r"(prior )?(written )?(consent|approval|agreement) of)[^.;]{0,30}" + w.names.provider + "|"
                           r"(audit|inspection|controle)\w*[^.;]{0,120}(qui (peut|pourra) (le |la |les )?refuser|may (refuse|"
                           r"reject|decline) (it|them|any|such)|a sa (seule )?discretion|at (its|the \w+'?s?) (sole )?discretion)|"
                           # the control itself done by paperwork: "s'exerce au moyen d'un questionnaire", "is carried out
                           # by means of certificates", "takes the form of a written self-assessment"
                           r"(audit|controle|inspection|verification)\w*[^.;]{0,80}(s'exerce\w*|s'effectue\w*|se fait|se limite\w*|"
                           r"consiste\w*|(est|sont|sera|seront) (exerce|realise|effectue|assure|limite)\w*|(is|are|shall be|will be) "
                           r"(carried out|exercised|performed|conducted|satisfied|made|limited)|takes? the form)[^.;]{0,20}?(au moyen|"
                           r"par (le biais|l'envoi|voie|la (remise|transmission|fourniture))|sous (la )?forme|by (means|way) of|"
                           r"through|in the form of|exclusively|solely|only)[^.;]{0,40}(questionnaire|certificat|certification|"
                           r"rapports?|reports?|attestation|documents?|self-assessment|auto-?evaluation)", f)
    if not restricted and not onsite and not re.search(r"sur (place|site)|on-?site|inspect|premises|locaux|visite?s?\b", f):
        # the controller's audit said to be on documents alone ("un audit sur pièces", "a desk audit", "a documentary
        # audit"), no inspection in the sentence: paperwork only
        restricted = re.search(r"audits? (sur pieces|documentaires?)|(desk|documentary|paper(-based)?|remote) (audits?|"
                               r"reviews?)", f)
    if onsite and not restricted and re.search(ONSITE_ONLY_IF_ORDERED, f[onsite.start():]):
        # the inspection allowed only when an authority orders it ("only where a supervisory authority requires it",
        # "uniquement sur demande écrite de la CNIL"): the controller's own right to inspect is gone (Art. 28(3)(h))
        restricted, onsite = re.search(ONSITE_ONLY_IF_ORDERED, f[onsite.start():]), None
    if not (re.search(AUDIT_RIGHT, f) or restricted):
        return []
    if restricted and onsite and re.search(r"waive|renonce", f):
        onsite = None  # "waives any right to … on-site inspections": the inspection is given up, not granted
    elif restricted and onsite and not s.negated(onsite) and re.search(
            r"\b(other|autres|any other|tout autre|tous autres|further|additional|supplementaires?)\s+(audits?|controles?|"
            r"inspections?)", f):
        restricted = None  # an on-site inspection granted; only the other audits are kept to paperwork
    return [m.Audit(evidence=s.evidence(a), clause=w.index, onsite=bool(onsite and not s.negated(onsite)),
                    restricted=bool(restricted))]
