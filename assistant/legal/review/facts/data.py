"""Data-protection and security facts: Art. 28 obligations (who must do what, read in
`art28_duties.py`), sub-processing terms, the processing role, breach notice, audits, backups,
security promises (reversibility: exit_terms.py); plus force majeure, non-solicitation and jurisdiction.
"""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
# the Art. 28 reading lives in art28_duties; its two names other modules used to import from here stay reachable
from assistant.legal.review.facts.art28_duties import INFRINGING_INSTRUCTION, subject_facets  # noqa: F401
from assistant.legal.review.facts.art28_duties import SUBPROC, obligations
from assistant.legal.review.facts.commercial import LIAB, Where
from assistant.legal.review.facts.reading import _PASSIVE_BEFORE, Sent, actor, denied_before, modal, nearest_party, subject
from assistant.text import find_durations


# the provider handing the work (and the data) to subcontractors of its own: "le Prestataire peut recourir à des
# sous-traitants", "may engage subcontractors" - in French "sous-traitant" alone is such a subcontractor when the
# provider is the one who engages it
ENGAGES_SUBCONTRACTOR = r"(recour\w*|faire appel|fait appel|fera appel|confier|confie\w*|sous-trait(er|e|era)|engage\w*|use|" \
                        r"utilis\w*|appoint\w*|retain\w*|employ\w*) (a |aux? |des |d'|de |any |one or more |other |des tiers " \
                        r"|tout |tous |toute |un ou plusieurs |d'autres |a des |a un |a tout )*(tiers )?(sous-traitants?|" \
                        r"sub-?contractors?)|\b(peut|pourra|peuvent|est (libre|autorise) de|may|is (free|entitled|authori[sz]ed) " \
                        r"to|can) (\w+ ){0,2}?(sous-traiter|subcontract)\b|" \
                        r"(engage|appoint|use|retain|designe|recour)\w* (a |des |d')?(further|other|additional|another|d'autres|" \
                        r"autres) (data )?(processors?|sous-traitants)\b|" \
                        r"(engage|appoint|use|retain)\w* (\w+[ ,-]+){0,7}?(providers?|vendors?|companies|entities|partners?) (that|" \
                        r"which|who) (will |may )?(process|handle|host|store|access)\w* (\w+ ){0,2}?(personal data|customer data|" \
                        r"client data)"
# a choice left to the provider alone, no consent, no notice
FREE_CHOICE = r"de son (seul )?choix|qu'il (choisit|choisira|designe\w*)|of (its|their) (own )?(choice|choosing|selection)|" \
              r"(as|that) (it|they) (sees?|deems?|consider\w*) (fit|appropriate|necessary)|qu'il juge\w* (utile|necessaire|" \
              r"approprie)|a sa (seule )?discretion|(at|in) (its|their) (sole |own |absolute )?(discretion|option|election)|librement|" \
              r"freely|est libre de|is free to|sans (avoir a )?(autorisation|accord|l'accord|information|en informer|" \
              r"informer|preavis|notification|le notifier|consentement|agrement)|without (the )?(\w+'?s? )?(prior )?(consent|" \
              r"approval|authori[sz]ation|notice|notification|notifying|informing|agreement)|without (any )?(need|" \
              r"obligation|requirement) to (inform|notify|obtain|seek)|n'(a|aura) pas (besoin )?(a|de) (l'|en )?(informer|" \
              r"notifier|obtenir)|need not (inform|notify|obtain|seek)"
# a notice or objection the sentence itself denies ("without prior notice", "sans pouvoir s'y opposer")
NO_NOTICE = r"(sans|without|no|aucun\w*|n'\w+ pas|not)( \w+){0,3} (information|en informer|informer|inform\w*|notice|" \
            r"notif\w*|preavis|avis)|sans que ([\w']+ ){0,4}(soit|soient|ait|aient) (tenue?s?|obligee?s?) (de |d')?([\w']+ ){0,2}" \
            r"(informer|notifier|prevenir|aviser|avertir)|(not|never) (be )?(required|obliged|bound) to ([\w']+ ){0,2}" \
            r"(inform|notify|give notice|tell)|n'(est|a) pas (tenue?|obligee?) (de |d')?([\w']+ ){0,2}(informer|notifier|prevenir)|" \
            r"(do|does|will|shall|need) not (have|need) to ([\w']+ ){0,2}(inform|notify|give notice|tell)|(don't|doesn't|won't) " \
            r"(have|need) to ([\w']+ ){0,2}(inform|notify|tell)|n'(a|avons|ont|aura) pas (a|besoin d') ?([\w']+ ){0,2}(informer|" \
            r"prevenir|aviser|notifier)"
NO_OBJECTION = r"(sans|without|no|aucun\w*|ne \w+ pas|ne (peut|pourra)|not|cannot|waive\w*|renonce\w*)( [\w']+){0,6}? " \
               r"(d'|l')?(s'y opposer|s'opposer|opposition|object\w*|refus\w*)"
# an objection stated to change nothing ("an objection shall not prevent the appointment", "l'opposition du Client ne fait
# pas obstacle à…"): no way to object, even where the clause says the client "may object"
OBJECTION_VOID = r"(objection|opposition|refus)\w*\b[^.;]{0,60}?\b(shall not|will not|does not|cannot|ne|n')\s*(\w+\s+)?" \
                 r"(prevent|stop|bar|preclude|delay|empech\w*|fait obstacle|faire obstacle|suspend)\w*|" \
                 r"(objection|opposition)\w*[^.;]{0,40}(sans effet|without effect|of no effect|no effect)"
NOTICE_WORDS = r"inform|notif|notice|avis|prevenir|previent"
OBJECTION_WORDS = r"\bobject(s|ed|ion|ions|ing)?\b|\boppos(e|er|es|ent|era|eront|ition|itions|ant)\b|refus\w*|\bveto\b|" \
                  r"disagree"  # not "opposable" (binding on), which says the opposite


# the article's notice-and-objection procedure said not to apply ("Section 7.3 does not apply to them", "l'article 6.2 ne
# leur est pas applicable", "are not subject to the notice procedure")
REGIME_LIFTED = r"(does|do|shall|will) not apply|ne (leur |lui |y )?s'appliqu\w* pas|n'(y )?est pas applicable|ne (leur|lui|y) " \
                r"(est|sont|sera|seront) pas applicables?|(is|are) not subject to (the |any )?(prior )?(notice|objection|" \
                r"information|procedure)|(ne sont|n'est|ne seront) pas soumis\w* (a|au|aux) (la |l')?(procedure|preavis|" \
                r"information|opposition|droit d'opposition)|(exempt|dispense)\w* (from|de|du) (the |la |l')?(notice|objection|" \
                r"procedure|information|preavis)"
ANY_TIME = r"a tout moment|at any time|whenever|a n'importe quel moment|sans (aucun )?(preavis|delai)|without (any )?(prior )?" \
           r"(notice|delay)"


def _regime(text: str, words: str, denied: str) -> bool:
    """The text provides a notice (or objection) it does not deny in the same breath."""
    return bool(re.search(words, re.sub(denied, " ", text)))


# the client's data handed on to other companies without the word "sub-processor": "Customer Personal Data may be
# processed by Provider's affiliates and third-party vendors", "les données peuvent être traitées par des tiers"
ONWARD = r"\b(processed|handled|hosted|stored|traitee?s?|hebergee?s?|stockee?s?)\b (\w+ ){0,2}?(by|par) (\w+'?s? ){0,3}?" \
         r"(affiliates|third[- ]part(y|ies)( \w+)?|vendors|tiers|filiales|prestataires tiers|partenaires)\b|" \
         r"\b(confi\w*|entrust\w*|delegat\w*|deleg\w*|outsourc\w*|hand\w* over)\b[^.;]{0,80}?\b(traitements?|processing|donnees|data)\b" \
         r"[^.;]{0,120}?\b(a|aux|to)\b[^.;]{0,20}?\b(affiliates|group companies|companies of (its|the) group|societes (de son|du) " \
         r"groupe|filiales|third[- ]part(y|ies)|tiers|partenaires|vendors|prestataires|suppliers|fournisseurs)\b" + \
         r"|\b(use|using|engage|rely on|call on|work with|faire appel a|recour\w* a)\b (\w+ ){0,1}?(other|outside|external|third[- ]party|" \
         r"d'autres|des) (companies|businesses|firms|providers|vendors|partners|societes|entreprises|prestataires|partenaires)\b" \
         r"[^.;]{0,30}?\b(to|pour)\b (\w+ ){0,2}?(process|handle|host|store|traiter|heberger|stocker|gerer)\b"


def subprocessing(s: Sent, w: Where) -> list:
    f = s.folded
    sp = re.search(SUBPROC, f) or re.search(ENGAGES_SUBCONTRACTOR, f) or (
        re.search(ONWARD, f) if re.search(PERSONAL + r"|donnees du client|customer data|(customer|client)'?s? data|your data|vos "
                                          r"donnees|donnees des? (clients?|salaries|utilisateurs)", f) else None)
    if not sp:
        return []
    mod = modal(f)
    free = re.search(FREE_CHOICE, f)
    # the article's other sentences about sub-processors (a breach notice or a change of security measures in the
    # same annex is no notice of new sub-processors)
    about = " ".join(x for x in re.split(r"(?<=[.;])\s", w.article) if not re.search(r"violation|breach|incident", x))
    # told afterwards ("a posteriori, dans son rapport annuel", "after the fact") is no notice before the change
    notice = _regime(f, NOTICE_WORDS, NO_NOTICE) and not re.search(
        r"a posteriori|after the fact|afterwards|retrospectiv\w*|ex post|apres (coup|leur (engagement|intervention))", f)
    objection = (_regime(f, OBJECTION_WORDS, NO_OBJECTION) or _regime(about, OBJECTION_WORDS, NO_OBJECTION)) and not (
        re.search(OBJECTION_VOID, f) or re.search(OBJECTION_VOID, about))
    # a class of sub-processors put outside the notice-and-objection procedure of the article ("Group companies may be
    # engaged or replaced at any time; Section 7.3 does not apply to them", "peuvent être ajoutées sans information
    # préalable"): for them the controller hears of nothing and can object to nothing (Art. 28(2))
    clause = w.clause or f
    carved = mod in ("may", "states") and not _regime(f, OBJECTION_WORDS, NO_OBJECTION) and bool(
        (re.search(REGIME_LIFTED, clause) and re.search(ANY_TIME, clause)) or (
            re.search(NO_NOTICE, f) and re.search(ANY_TIME + r"|\b(add|replac|engag|chang|ajout|remplac|recour|modifi)\w*", f)))
    if carved:
        notice = objection = False
    if re.search(r"autorisation (ecrite )?(prealable )?specifique|specific (prior )?(written )?authori[sz]ation|prior "
                 r"(specific )?written (consent|approval|authori[sz]ation)|accord prealable (et )?ecrit|"
                 # "n'engage un sous-traitant ultérieur qu'avec l'autorisation écrite du Client", "only with the
                 # Customer's written consent": each one consented to
                 r"qu'(avec|apres|moyennant) (l'|son |leur )?(autorisation|accord|consentement|agrement)( prealable)?"
                 r"( (ecrite?|expresse?))?|\bonly (with|after obtaining) (the )?(\w+'?s? )?(prior )?(specific )?(written )?"
                 r"(authori[sz]ation|consent|approval)", f) and \
            not (free and mod in ("may", "states")):
        auth = "specific"
    elif carved:
        auth = "none_needed"
    elif free and mod in ("may", "states") and not (notice or objection) and not (
            _regime(about, NOTICE_WORDS, NO_NOTICE) and re.search(r"nouveaux?|new|ajout|addition|remplace|replac|"
                                                                   r"changes?|changement|modification", about)
            or _regime(about, OBJECTION_WORDS, NO_OBJECTION)):
        # a processor that engages sub-processors of its choice, without notice nor any way to object: whether it is
        # worded as its freedom or as the controller's general authorisation, Art. 28(2)'s safeguard is missing
        auth = "none_needed"
    elif re.search(r"autorisation (ecrite )?generale|general (written )?authori[sz]ation|generally authori[sz]ed|"
                   r"autorise (de maniere|de facon|a titre) general|hereby (authori[sz]es|consents)|autorise par les "
                   r"presentes|acknowledges? and agrees?|accepte que|agrees? that|\bautorise\w* (expressement |"
                   r"d'ores et deja )?(le |la |l')|\bauthori[sz]es (the )?\w+ to", f) or (free and mod in ("may", "states")):
        auth = "general"
    elif re.search(r"vaut (acceptation|accord|autorisation|approbation)|deemed (to be )?(accepted|approved|authori[sz]ed)|"
                   r"reput\w* (accepte|autorise|approuve|agree)\w*", f) or (not notice and re.search(
                       r"(cette|this|such) (information|notice|notification) (vaut|constitute\w*|is deemed|shall be deemed)"
                       r" (\w+ )?(acceptation|accord|autorisation|approbation|acceptance|approval|consent)", about)):
        auth = "general"  # a change deemed accepted by the client: a general authorisation, with no say on each change
    elif re.search(r"\b(may|peut|pourra|is entitled to|a le droit de|is free to|se reserve le droit de)\b[^.;]{0,40}\b(replace|"
                   r"add|change|appoint|engage|use|substitut|remplac|ajout|chang|modifi|design|recour|faire appel|updat|amend|"
                   r"revis|mettre a jour|complet)\w*", f) \
            and subject(f, w.names) in ("provider", "unknown") and mod not in ("must_not", "need_not"):
        auth = "general"  # the processor may add or replace sub-processors: a general authorisation in effect
    else:
        auth = "unknown"
    out: list = []
    # only a processor has sub-processors: a provider that hands the client's processing on to them is one
    named = re.search(r"sous-traitants? ulterieurs?|sous-traitance ulterieure|sub-?processors?|sub-?processing", f)
    if named and subject(f, w.names, named.start()) in ("provider", "unknown") and not re.search(NO_DATA, f):
        out.append(m.ProcessingRole(evidence=s.evidence(named), clause=w.index, role="processor", basis="stated"))
    return out + [m.Subprocessing(
        evidence=s.evidence(sp), clause=w.index, authorisation=auth,
        notice=notice,
        objection=objection,
        flow_down=bool(re.search(r"memes obligations|same (data protection )?obligations|equivalent|not less "
                                 r"protective|substantially similar|bound by", f)),
        liable=bool(re.search(r"(demeure|reste|remains?) (pleinement |fully )?(responsable|liable)", f)))]


PERSONAL = r"donnees (a caractere )?personnel|personal data|\brgpd\b|\bgdpr\b|2016/679|personnes concernees|data subjects?"
CONTROLLER_OWN = r"(en (sa )?qualite de|agit en tant que|as( a)?|is the|est) (le |the |an? |seul )?(responsable (du|de) " \
                 r"traitement|(independent |separate )?(data )?controller)|responsable de traitement (pour|de) (ses|son)|" \
                 r"(its|their|ses|son) own (purposes|account|reporting)|pour (son|ses) propre"
PROCESSOR_ROLE = r"(en (sa )?qualite de|agit en tant que|acts? as|as|is|est) (le |the |an? )?(sous-traitant|(data )?" \
                 r"processor)|pour le compte (du client|du responsable|de l'acheteur)|on behalf of (the )?(customer|" \
                 r"client|controller)|on (the )?(customer|client|controller)'?s? behalf|sur instruction"
# records about people handled for the client ("the client's employee records", "les fichiers de prospects du Client")
PEOPLE_RECORDS = r"\b(salaries|employees|staff|clients|customers|prospects|patients|adherents|abonnes|subscribers|" \
                 r"users|utilisateurs|members|eleves|students|candidats|applicants|end[- ]users)\b|\b(paie|payroll|" \
                 r"fichiers?|records|e-?mails?|courriels?|dossiers)\b"
HOSTING = r"(plateforme|infrastructure|logiciel) en tant que service|heberg\w* (\w+ ){0,2}?(sur (ses|son|des) (propres )?" \
          r"(serveurs|infrastructures?|plateformes?) )?(des |les |le |la |de |vos |ses )?(logiciels? de (paie|gestion|comptabilite)|" \
          r"donnees|applications?|machines virtuelles|environnements?|charges|" \
          r"systemes|serveurs|bases)|hosting (of )?(the )?(customer|client)?'?s? ?(data|workloads?|applications?|content)|" \
          r"hosts? (the )?(customer|client)'?s? (data|workloads?|applications?)|(stock|store)\w* (les |the )?(donnees|data) " \
          r"(du|of the) (client|customer)|infrastructure (en tant que|as a) service|platform as a service|\b(iaas|paas|" \
          r"saas)\b|sauvegardes? (journaliere |quotidienne )?(des|de) donnees|back(s|ing)? up .{0,20}data|" \
          r"machines? virtuelles?|virtual machines?"
ADMIN = r"administr\w* .{0,40}(serveurs?|servers?|systemes|systems|postes|bases de donnees|databases?|comptes|accounts|" \
        r"annuaire|active directory|messagerie)|\bssh\b|acces (a distance|distant)|remote access|prise en main a distance|" \
        r"helpdesk|service desk|assistance aux utilisateurs|user support|comptes utilisateurs|user accounts|messagerie|" \
        r"e-?mail (accounts|server)|postes de travail|workstations|active directory|infogerance|managed services?"
NO_DATA = r"\bsans (aucun )?acces (aux?|a la|a l'|a) [^.;]{0,60}\bdonnees\b|\bwithout (any )?access to [^.;]{0,60}\bdata\b|" \
          r"(n'accede|n'a acces|ne traite|ne traitera|n'heberge|n'aura acces)\w* (a )?aucune donnee|(has|have|shall have|" \
          r"will have) no access (whatsoever )?to (any )?(\w+ )?personal data|(has|have|shall have|will have) no access (whatsoever )?to " \
          r"(?:(?!\bbut\b|\bexcept\b|\bother than\b)[^.;]){0,60}?,? (or|nor) (to )?(any )?(\w+ )?personal data|" \
          r"n'(a|aura) acces a (aucun|aucune)\b(?:(?!\bmais\b|\bsauf\b|\bhormis\b)[^.;]){0,60}?\b(ni|ou) (a )?(aucune )?donnee " \
          r"(a caractere )?personnel\w*|n'a aucun acces a (des|aucune) donnees? " \
          r"(a caractere )?personnel\w*|(does|will|shall) " \
          r"not (access|process|host|store) (any )?personal data|no personal data (is|will be|shall be)|" \
          r"(does|do|will|shall) not (include|contain|comprise|involve)\b[^.;]{0,20}\bpersonal data|(holds?|contains?|" \
          r"stores?|includes?|comprises?) no personal data|(ne|n') ?(contien|comport|compren|inclu|renferm)\w* (\w+ ){0,2}" \
          r"aucune donnee (a caractere )?personnel|aucune donnee (a caractere )?personnelle (ne|n')"


def processing_role(s: Sent, w: Where) -> list:
    f = s.folded
    if re.search(NO_DATA, f):
        return [m.ProcessingRole(evidence=s.evidence(re.search(NO_DATA, f)), clause=w.index, role="no_personal_data")]
    own = re.search(CONTROLLER_OWN, f)
    # "responsable de traitement" / "data controller" is itself a personal-data notion (Art. 4(7)); a data-protection
    # heading says what "ce traitement" is about
    pd = re.search(PERSONAL, f) or (own and re.search(r"traitement|controller", own.group(0))) or re.search(
        r"donnees (a caractere )?personnel|personal data|data protection|protection des donnees|rgpd|gdpr", w.heading)
    if pd and own and subject(f, w.names, own.start()) in ("provider", "unknown") and not re.search(
            r"pour le compte|on behalf", f):
        return [m.ProcessingRole(evidence=s.evidence(own), clause=w.index, role="controller_own")]
    proc = re.search(PROCESSOR_ROLE, f)
    if proc and (pd or re.search(r"traitement|processing|donnees|data|" + PEOPLE_RECORDS, f)):
        return [m.ProcessingRole(evidence=s.evidence(proc), clause=w.index, role="processor", basis="stated")]
    host = re.search(HOSTING, f)
    admin = re.search(ADMIN, f)
    x = host or admin
    if x and not s.negated(x) and modal(f) not in ("must_not", "need_not"):
        return [m.ProcessingRole(evidence=s.evidence(x), clause=w.index, role="processor",
                                 basis="hosting" if host else "administration")]
    return []


# a breach named, or described ("any loss of, or unauthorised access to, Client personal data")
BREACH = r"(violations? de(s)? donnees|personal data breach|data breach|security (incident|breach)|incident de securite|" \
         r"personal data incident|violation de securite|violations? de donnees a caractere personnel|" \
         r"(loss|perte|destruction|alteration|disclosure|divulgation|unauthori[sz]ed (access|disclosure)|acces non autorise)" \
         r"\w*( of| to| de| a| des)?,?[^.;]{0,40}\b(personal data|donnees (a caractere )?personnel\w*)|" \
         r"violations?\b[^.;]{0,60}\b(personnes concernees|data subjects))"
NOTICE_AROUND = r"(preavis|notice)( de| of)?\s*$"
# a breach notice put off until the processor has looked into it: "après en avoir établi la cause", "compatible avec son
# enquête", "once it has completed its investigation", "after determining the root cause"
DEFERRED_NOTICE = r"(apres (en )?(avoir|qu'il)|une fois (qu'il|que|(son|l') (enquete|analyse|" \
                  r"investigation))|des qu'il (a|aura)|lorsqu'il (a|aura)|after (it has |having |determining|establishing|" \
                  r"completing|concluding)|once (it has )?|when it has|until (it has )?)\s*([\w']+ ){0,4}?(etabli|determine|" \
                  r"identifie|analyse|termine|acheve|conclu|cerne|established|determined|identified|completed|concluded|" \
                  r"confirmed|investigated|ascertained|determining|establishing|completing|concluding|finish|wrapp\w* up|closed|closing)\w*[^.;]{0,40}(cause|" \
                  r"origine|etendue|ampleur|perimetre|consequences|scope|extent|impact|investigation|enquete|analyse)|" \
                  r"compatibles? avec ([\w']+ ){0,4}(son|sa|ses|l'|leur) (propre )?(enquete|investigation|analyse)|" \
                  r"(subject to|consistent with|compatible with) ([\w ]+ )?(its|the) (own )?(internal )?(investigation|" \
                  r"enquiry|inquiry|analysis)|(a l'issue|au terme) de (son|l'|sa) (enquete|investigation|analyse)|(upon|on|" \
                  r"after|following) (the )?(completion|conclusion) of (its|the) (internal )?(investigation|enquiry|inquiry|" \
                  r"analysis)|" \
                  r"des que (celle-ci|celui-ci|l'enquete|l'analyse|son enquete|son analyse|elle|il) (est|sera|a ete) (achevee?|" \
                  r"terminee?|close|conclue?)|once (the|its|such) (investigation|analysis|enquiry) (is|has been) (complete|" \
                  r"completed|concluded|closed)|\b(apres|after|following) (une |l'|son |sa |its |an? |the )?(analyse|analysis|" \
                  r"investigation|enquete)( technique| interne| internal| technical)?\b[^.;]{0,120}\b(delai raisonnable|" \
                  r"reasonable (time|period|delay))"
# the notice put off until the provider has weighed the breach ("après en avoir mesuré les conséquences", "après que le
# Prestataire en a évalué l'impact", "once it has assessed the consequences", "after evaluating its impact"): the
# assessment has no end the controller can count on either
DEFERRED_BY_ASSESSMENT = r"\b(apres|une fois|des qu|lorsqu|after|once|when|until|following)\W+([\w']+ ){0,5}?(mesur|evalu|" \
                         r"apprec|quantifi|examin|jaug|assess|evaluat|measur|gaug|apprais|quantif)\w*\s+([\w']+ ){0,2}?" \
                         r"(l'|les |la |le |its |the |their |son |sa |ses |leurs? )?(\w+ )?(consequences|impacts?|portee|" \
                         r"gravite|ampleur|etendue|effets?|risques?|severity|scope|extent|effects?|risks?|seriousness)\b"
# the same, in any order of words: a time connector, the provider's own inquiry and its end ("once its own investigation
# of the breach is complete", "une fois terminé l'examen interne de l'incident", "after the end of its review")
INQUIRY = r"(investigation|enquiry|inquiry|analys[ie]s|review|root[- ]cause|enquete|analyse|examen|diagnostic)"
INQUIRY_DONE = r"(complet\w*|conclu\w*|finish\w*|closed|over|done|ended|achev\w*|termin\w*|clos\w*|fini\w*|menee?s? a (son )?terme)"
DEFERRED_BY_INQUIRY = r"\b(once|after|when|until|upon|following|une fois|apres|des que|lorsque|jusqu'a ce que|a l'issue de|" \
                      r"au terme de)\b[^.;]{0,50}?(\b" + INQUIRY + r"\b[^.;]{0,50}?\b" + INQUIRY_DONE + r"|\b" + \
                      INQUIRY_DONE + r"\b[^.;]{0,30}?\b" + INQUIRY + r"|\b(completion|conclusion|end|close|fin|cloture|" \
                      r"achevement)\b[^.;]{0,20}?\b" + INQUIRY + r")\b"
# a list of actions in one sentence: its pieces
ACTION_CUT = r"[;:,]|\s(et|and|puis|then)\s"
NOTIFY_VERB = r"\b(notif\w*|inform\w*|alert\w*|aler\w*|avert\w*|previen\w*|prevenir|signal\w*|report\w*|tell\w*|" \
              r"communiqu\w*|advise\w*|avis\w*)\b"


def _deadline_of_other_action(f: str, span: tuple[int, int]) -> bool:
    """The deadline belongs to an earlier action of a list, not to the notice ("applique les correctifs dans un délai de
    cinq jours ouvrés, maintient un antivirus et informe le Client sans délai de tout incident"): neither the notice nor
    the breach is in the deadline's own piece, they come only after it, past a list boundary, and the piece holds words
    of its own before the deadline (not a fronted "Dans un délai de 48 heures, …")."""
    start = max([0] + [x.end() for x in re.finditer(ACTION_CUT, f[:span[0]])])
    nxt = re.search(ACTION_CUT, f[span[1]:])
    end = span[1] + nxt.start() if nxt else len(f)
    about_notice = BREACH + "|" + NOTIFY_VERB
    if re.search(about_notice, f[start:end]) or not re.search(about_notice, f[end:]):
        return False
    before = re.sub(DEADLINE_BEFORE, "", f[start:span[0]]).split()
    return len(before) >= 3


# a breach told only in a periodic report ("summarised in the Provider's monthly service report"): hours of that period
PERIODIC_REPORT = r"\b(?P<period>weekly|monthly|quarterly|annual|yearly|hebdomadaire|mensuel|trimestriel|annuel)\w* (\w+ ){0,2}?" \
                  r"(reports?|rapports?|reviews?|revues?|comites?|committee)|\b(rapports?|comptes? rendus?|revues?|comites?)" \
                  r"( \w+)? (?P<periode>hebdomadaire|mensuel|trimestriel|annuel)\w*"
PERIOD_HOURS = {"week": 168, "hebdo": 168, "month": 720, "mensu": 720, "quart": 2160, "trime": 2160, "annu": 8760,
                "year": 8760}
DEADLINE_BEFORE = r"(within|no later than|not later than|at the latest|at most|up to|under|sous|dans (un delai (maximum " \
                  r"|maximal )?(de |d')?|les )|au plus tard( dans| sous)?|en moins de|d'au plus|delai (maximum |maximal )?" \
                  r"(de |d')|period of|maximum( de)?)\s*$"


# processor terms in another document of the contract, in force now (not "the parties shall enter into a DPA")
DPA_DOC = r"(accord|contrat|convention|avenant|annexe|addendum|agreement|\bdpa\b|exhibit|schedule|appendix)\b[^.;]{0,60}?" \
          r"(sous-traitance|protection des donnees|data processing|data protection|article 28|art\. 28)|(data processing|" \
          r"data protection) (agreement|addendum|terms|schedule|exhibit)|accord de sous-traitance|\bdpa\b"
IN_FORCE = r"(conformement a|in accordance with) (l'|le |la |the )?(\w+ ){0,3}(accord|contrat|convention|agreement|" \
           r"addendum|\bdpa\b)|(sont|est) regi\w* par|(are|is) governed by|fait partie integrante|forms? (an )?integral part|(is|are) " \
           r"incorporated|incorporated (herein|by reference|into)|(set out|contained) in|figurant en annexe|ci-annexe\w*|" \
           r"(attached|annexed) (hereto|to this)|conformement a l'annexe|in accordance with (the )?(exhibit|schedule|annex)"
NOT_YET = r"(shall|will|agree to|undertake to) (enter into|conclude|negotiate|sign)|concluront|s'engagent a (conclure|signer|" \
          r"negocier)|(a|to) (conclure|be (agreed|concluded|signed))|ulterieurement|at a later date"


# the terms of the processing itself placed in a named document of the contract, whatever that document's title ("Les
# conditions de ce traitement sont fixées à l'Annexe 3", "the terms governing that processing are set out in Schedule 3",
# "le traitement … est encadré par l'annexe « Protection des données »", "processing … is subject to the data processing
# addendum"): that document is the processor agreement; an annex of security measures or of prices is not
NAMED_DOC = r"(annexe|annex|exhibit|schedule|appendix|addendum|avenant|accord|agreement|convention|document)\b"
TERMS_OF_PROCESSING = r"\b(conditions|modalites|stipulations|regles|termes|clauses|terms|rules|provisions)\b[^.;]{0,50}?\b(de ce |" \
                      r"du |de |des |of (the |that |this |such )?|governing (the |that |this |such )?|applicables? (a|au) " \
                      r"(ce )?|applying to (the |that |this |such )?)(traitements?|processing|donnees (a caractere )?" \
                      r"personnel\w*|personal data)\b"
PROCESSING_NOUN_FIRST = r"\b(processing|traitement) (terms|conditions|provisions|rules)\b"
PROCESSING_GOVERNED = r"\b(traitements?|processing)\b[^.;]{0,90}?\b(est|sont|sera|seront|is|are|shall be|will be) (\w+ )?" \
                      r"(encadre\w*|regi\w*|soumis\w*|governed|subject)\b"
PLACED = r"\b(fixe\w*|defini\w*|figur\w*|prevu\w*|precise\w*|decri\w*|regi\w*|encadre\w*|soumis\w*|set out|set forth|" \
         r"contained|described|laid down|specified|governed|subject to|se trouv\w*|(are|is) (found )?in|can be found|appear\w*)" \
         r"\b[^.;]{0,40}?\b" + NAMED_DOC
PROCESSING_AGREEMENT = r"accord de (sous-traitance|traitement)|convention de (sous-traitance|traitement)|(data processing|data " \
                       r"protection) (agreement|addendum|terms|schedule|exhibit|annex)|\bdpa\b|(annexe|annex|schedule|exhibit|" \
                       r"appendix|addendum)\b[^.;]{0,30}?\b(protection des donnees|data protection|data processing|traitement " \
                       r"des donnees|donnees personnelles|personal data)"
PERSONAL_WORDS = r"donnees (a caractere )?personnel\w*|personal (data|information)"


def _processing_terms_placed(f: str, clause: str) -> re.Match | None:
    """The sentence places the terms of processing personal data (said there or in its clause) in a named document."""
    if not re.search(PERSONAL_WORDS, f + " " + clause) or re.search(NOT_YET, f):
        return None
    what = re.search(TERMS_OF_PROCESSING, f) or re.search(PROCESSING_NOUN_FIRST, f) or re.search(PROCESSING_GOVERNED, f)
    where = what and re.search(PLACED, f[what.start():])
    return what if where else None


# the named document set above the contract: "qui prévaut sur toute stipulation contraire", "which prevails over any other
# clause as regards personal data", "l'emporte sur le contrat", "takes precedence"; not the contract set above it
PREVAILS = r"\b(qui|which|that|(l'|the )?(annexe|annex|schedule|exhibit|addendum|appendix|accord|dpa)\b)[^.;]{0,80}?" \
           r"\b(prevau\w*|prevaudr\w*|l'emport\w*|prevail\w*|takes? precedence|shall (govern|control))"
CONTRACT_PREVAILS = r"(?<!of )(?<!du )(?<!de )\b(le present contrat|les presentes|le contrat|this agreement|the agreement|" \
                    r"the main body)\s+(?:(?!and\b|et\b)\w+\s+){0,2}?(prevau\w*|l'emport\w*|prevail\w*|takes? precedence|" \
                    r"shall (govern|control))"


def _annex_prevails(f: str, clause: str) -> bool:
    return any(re.search(PREVAILS, t) and not re.search(CONTRACT_PREVAILS, t) for t in (f, clause))


def processor_terms(s: Sent, w: Where) -> list:
    f = s.folded
    placed = _processing_terms_placed(f, w.clause)
    doc = re.search(DPA_DOC, f)
    if placed and not (doc and re.search(IN_FORCE, f)):
        where = re.search(r"(annexe|annex|exhibit|schedule|appendix)\s+[\w.]+", s.text, re.I)
        return [m.ProcessorTerms(evidence=s.evidence(placed), clause=w.index, document=where.group(0) if where else None,
                                 art28=True, prevails=_annex_prevails(f, w.clause))]
    if not doc or not re.search(IN_FORCE, f) or re.search(NOT_YET, f):
        return []
    # a document named for the processing itself ("accord de traitement des données", "Data Processing Addendum", "annexe
    # Protection des données") that governs it now is the processor agreement: whether it meets Art. 28 is its own review
    named = re.search(PROCESSING_AGREEMENT, f) and re.search(IN_FORCE + "|" + PROCESSING_GOVERNED, f)
    art28 = bool(placed or named) or bool(re.search(r"article 28|art\. ?28|28\s?\(3\)|\(a\) (to|a) \(h\)", f)) or len(re.findall(
        r"instructions?|confidential\w*|(mesures|measures)\b|sous-traitants? ulterieurs?|sub-?processors?|assist\w*|"
        r"(suppression|deletion|restitution|return)|audits?|inspections?", f)) >= 5
    where = re.search(r"(annexe|annex|exhibit|schedule|appendix)\s+[\w.]+", s.text, re.I)
    return [m.ProcessorTerms(evidence=s.evidence(doc), clause=w.index, document=where.group(0) if where else None,
                             art28=art28, prevails=_annex_prevails(f, w.clause))]


def breach_notice(s: Sent, w: Where) -> list:
    f = s.folded
    b = re.search(BREACH, f)
    if not b and re.search(BREACH, w.clause):
        # the notice named again in the next sentence ("Cet avis intervient au plus tard dans les sept jours", "Such
        # notice shall be given within five days"): its deadline is the breach notice's
        b = re.match(r"\W*(cet|cette|ce|such|this|that|the|ledit|ladite|la|le) (avis|notification|information|notice|report|"
                     r"alerte|signalement)\b|\W*(il|elle|it|they|ils)\b[^.;]{0,20}?\b(en )?(communique|informe|notifie|avise|"
                     r"signale|transmet|reports?|notif\w*|inform\w*|communicat\w*)", f)
    if not b:
        return []
    best = None
    for q in find_durations(s.text):
        before, after = f[max(0, q.span[0] - 40):q.span[0]], f[q.span[1]:q.span[1] + 20]
        if re.match(r"\s*('?s?\s*)?(a|per|par|sur|/)\s*(week|semaine|day|jour|month|mois|7|24|sept)\b|\s*/\s*\d", after):
            continue
        if re.search(NOTICE_AROUND, before) or re.match(r"\s*('|'s)?\s*(notice|de preavis)", after):
            continue
        if re.search(r"audit|inspection", f[max(0, q.span[0] - 120):q.span[0]]):
            continue
        if _deadline_of_other_action(f, q.span):
            continue
        cut = max([0] + [x.end() for x in re.finditer(r"[;:]|,\s+(and|et|puis|then)\b", f[:q.span[0]])])
        piece = f[cut:q.span[0]]
        if re.search(r"\b(cnil|supervisory authority|autorite de controle|the authority|l'autorite|data protection "
                     r"authority|autorite competente|competent authority)\b", piece) or (
                cut and subject(piece, w.names) == "client"):
            continue  # the controller's own deadline towards the authority, not the processor's
        if re.search(DEADLINE_BEFORE, before) or re.match(r"\s*(after|apres|suivant|following|from|a compter|a partir|"
                                                           r"of (becoming|discover|detect|learning))", after):
            hours = q.in_days() * 24 if q.unit != "business_day" else q.value * 24
            if best is None or hours < best[0]:
                best = (hours, q)
    periodic = re.search(PERIODIC_REPORT, f)
    if best is None and periodic and re.search(r"summar|report|rapport|inclu|record|consign|mention|resum|recens|list", f):
        period = periodic.group("period") or periodic.group("periode")
        hours = next(h for k, h in PERIOD_HOURS.items() if period.startswith(k))
        return [m.BreachNotice(evidence=s.evidence(periodic), clause=w.index, hours=hours)]
    if best is None:
        wait = re.search(DEFERRED_NOTICE, f) or re.search(DEFERRED_BY_INQUIRY, f) or re.search(DEFERRED_BY_ASSESSMENT, f)
        if wait and re.search(r"notif|inform|aler|avert|avis|previen|prevenir|signal|notice|report|tell|communiqu", f) and not re.search(
                r"sans (retard|delai) (injustifie|excessif|indu)|without undue delay|immediat\w*|promptly", f[:wait.start()]):
            return [m.BreachNotice(evidence=s.evidence(wait.span()), clause=w.index, deferred=True)]
        return []
    return [m.BreachNotice(evidence=s.evidence(best[1].span), clause=w.index, hours=round(best[0], 1))]


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


def audit(s: Sent, w: Where) -> list:
    f = s.folded
    a = re.search(r"\baudit(s|er)?\b|\binspections?\b|controles? sur place|droit d'audit|\bcontroles? (du respect|de (la )?"
                  r"conformite)|\bverifi\w* (la )?conformite|\bright to inspect\b|\bvisites? (des|de ses|de leurs|sur) "
                  r"(locaux|sites?|installations)|\bsite visits?\b", f)
    if not a or re.search(NOT_AUDIT, f):
        return []
    onsite = re.search(r"(audit|inspection)s? sur (site|place)|on-?site (audit|inspection)s?|inspections? (sur place|in "
                       r"person)|including inspections|y compris (des|les) inspections|(acces|access) (a ses|to its) "
                       r"(locaux|premises|facilities)", f)
    restricted = re.search(r"(audit|controle|inspection)\w*.{0,120}(limite|limited|restricted|uniquement|exclusivement|"
                           r"only|solely|seulement).{0,80}(document|questionnaire|certificat|certification|rapport|report|"
                           r"summary|synthese|attestation)|aucun audit|no (on-?site )?audits?|(only|uniquement|seulement|solely) "
                           r"(\w+ ){0,2}?(audit|inspect|verif|control)\w*[^.;]{0,80}(report|rapport|certificat\w*|questionnaire|"
                           r"documents?|attestations?)|renon\w* a (tout|toute|tous|son|ses) (\w+ )?(audits?|inspections?|"
                           r"controles?|visites?)|waives? (any|all|its) (\w+ )?(audits?|inspections?)|audits? sur site (ne sont|"
                           r"n'est) pas|(no|aucun) (right|droit) (to audit|d'audit|de (proceder a (un )?|realiser (un )?)?(audit|"
                           r"controle))|(have|has) no (right|rights) to (audit|inspect)|(audit|inspection|visite)\w* (\w+ ){0,5}?"
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
                           # any access to the premises refused ("under no circumstances … access to the Processor's
                           # premises", "hors de tout accès aux salles d'hébergement", "sans accès aux locaux")
                           r"(under no circumstances|in no (event|case)|\bnever\b|hors de tout|sans (aucun |jamais )?|without (any )?|"
                           r"en aucun cas)[^.;,]{0,60}?\b(acces|access|acceder|entrer)\b (\w+ ){0,2}?(to|aux?|a) (the |its |ses |les |leurs? |"
                           r"l')?(\w+'?s? )?(\w+ )?(locaux|premises|sites?|salles|installations|facilities|data ?cent\w*|centres? de "
                           r"donnees|datacent\w*)|"
                           r"uniquement sur pieces|sur pieces uniquement|only on (the basis of )?(documents|paper)|"
                           r"audits? sur site (ne sont|"
                           r"n'est) pas|(audit|inspection)s? (are|is) not (permitted|allowed)|(audit|controle)\w* .{0,60}"
                           r"n'est (pas )?admis|ne (peut|pourra) (pas )?(proceder|realiser|effectuer).{0,40}audit|waives? (any|all|its|the)? ?"
                           r"(right|rights)\b.{0,60}(audit|inspect)|renonce\w* (a|au) (tout |son |tous )?(droit|droits)\b.{0,40}"
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


# the phrasal verb split by its object too ("backs them up every night", "backing the servers up")
BACKUP = r"sauvegard\w*|back(s|ed|ing)? ?-?ups?\b|backed up|\bback(s|ed|ing)? (it|them|these|those|everything|all|" \
         r"(the|its|their|all|your|our) (\w+ ){0,2}?(data|files?|servers?|systems?|databases?|content|machines?|" \
         r"workstations?|mailboxes?)) up\b"


def backups(s: Sent, w: Where) -> list:
    f = s.folded
    b = re.search(BACKUP, f)
    # backups the provider performs, named in passing in a liability sentence ("Le Prestataire, qui assure les sauvegardes
    # quotidiennes, décline toute responsabilité…"): still a backup service sold
    relative = re.search(r"\b(qui|which|who)\b (\w+ ){0,2}?(assure|realise|effectue|perform|provide|carr|run|operate)\w* (\w+ ){0,2}?"
                         r"(sauvegard|back-?up)", f)
    # or the copies named as services provided under the contract ("the nightly replication and retention services
    # provided under this Agreement", "les sauvegardes fournies au titre du Contrat")
    sold = re.search(r"\b(sauvegard\w*|back-?ups?|(nightly|daily|hourly|quotidienne?s?|nocturnes?) (\w+ )?(replication|"
                     r"snapshot|retention)\w*)\b (\w+ ){0,3}?(services? |prestations? )?(provided|performed|supplied|"
                     r"fournie?s?|assuree?s?|realisee?s?) (under|by|par|au titre)\b", f)
    if (b or sold) and (relative or sold):
        return [m.Backups(evidence=s.evidence(relative or sold), clause=w.index, provided=True)]
    if not b or re.search(LIAB + r"|\bexclu(e|es|s|t|ded|des|sions?|ding)?\b", f):  # not "à la charge exclusive"
        return []
    provided = not (s.negated(b) or modal(f) in ("must_not", "need_not")) and subject(f, w.names, b.start()) != "client"
    # the backups left to the client, or none sold: "demeure à la charge exclusive du Client, le Prestataire n'assurant
    # aucune prestation de sauvegarde", "backups are the Customer's sole responsibility"
    if re.search(rf"(a la charge|sous la responsabilite) (exclusive |seule )?(du|de la|de l') ?{w.names.client}|incombe\w* "
                 rf"(exclusivement |au seul )?(au |a la |a l')?{w.names.client}|{w.names.client}'?s? (sole |own |exclusive )?"
                 rf"responsibility|{w.names.client} (is|remains) (solely |exclusively )?responsible for|(aucune?|no|pas de|"
                 rf"n'assur\w* aucune?) (prestation|service|offre)s? de sauvegarde|no backup services?|(does|shall|will) not "
                 rf"(provide|perform|offer) (any )?back-?ups?", f):
        provided = False
    freq = None
    if re.search(r"quotidien|journalier|daily|chaque (jour|nuit)|every (day|night)|tous les jours", f):
        freq = 24.0
    for q in find_durations(s.text):
        if re.search(r"(every|chaque|toutes les|tous les)\s*$", f[max(0, q.span[0] - 12):q.span[0]]):
            freq = q.in_days() * 24
    return [m.Backups(evidence=s.evidence(b), clause=w.index, provided=provided, frequency_hours=freq)]


NO_PROMISE = r"ne (garanti\w*|peut garantir|saurait garantir)( pas| en aucun cas)?|does not (guarantee|warrant)|" \
             r"cannot (guarantee|warrant)|no (guarantee|warranty)|nul ne (peut|pouvant)|no one can|obligation de moyens|" \
             r"obligation of means|best efforts"
# a promise of the outcome itself: the provider guarantees that no attack succeeds, or protection against every one
_PROMISE_VERB = r"(garanti\w*|s'engage\w*|s'oblige\w*|guarantees?|warrants?|ensures?|undertakes?|promet\w*|promises?|assure\w*)"
_THREATS = r"(virus|intrusions?|attaques?|malware|pirates?|hackers?|attaquants?|attackers?|intrus\b|logiciels? malveillants?|piratages?|breach(es)?|security incidents?|" \
           r"incidents? de securite|cyber\w*|unauthori[sz]ed access|acces non autorises?|hacking|ransomware|" \
           r"rancongiciels?|menaces?|threats?|attacks?|failles? (exploitables?|de securite)|vulnerabilites? exploitables?|" \
           r"exploitable (vulnerabilit\w*|flaws?|weakness\w*)|security (holes?|flaws?)|fuites? de donnees|data leak\w*)"
# what attackers do (not a virus in a delivered program, which a seller may well warrant against)
_ATTACKERS = r"(intrusions?|attaques?|attacks?|piratages?|hacking|breach(es)?|unauthori[sz]ed (access|intrusions?)|acces non " \
             r"autorises?|cyber\w*|ransomware|rancongiciels?|security incidents?|incidents? de securite|compromission|" \
             r"derob\w*|vol(s|ee|ees)? (de|des) donnees|stolen|exfiltr\w*|fuites? de donnees|data leak\w*)"
RESULT = r"(s'engage a ce qu'|garanti\w* qu')(aucun|aucune|nul) (virus|intrusion|attaque|malware|logiciel malveillant|" \
         r"incident|piratage)|(guarantees?|warrants?|ensures?) that no (virus|malware|intrusion|attack|breach|security " \
         r"incident)|garanti\w* .{0,80}(contre (toute|tout|les)|l'absence (de|d')|qu'aucun).{0,40}(intrusions?|attaques?|" \
         r"virus|malware|piratage|cyber|incidents? de securite|rancongiciels?|ransomware)|obligation de resultat.{0,80}" \
         r"(securit|protection|intrusion|attaque|inviolab)|(securit|protection)\w*.{0,80}obligation de resultat|(guarantees?|" \
         r"warrants?|ensures?) (that )?.{0,80}(free from|protected against|immune|prevent\w*).{0,40}(any|all|every)\b" \
         r".{0,20}(attacks?|intrusions?|malware|viruses|breach(es)?|security incidents?)|(100 ?%|\btotale|\babsolute|\ba " \
         r"complete|\bune complete) (securit|security|protection)|(securite|protection) (totale|absolue)\b|" + _PROMISE_VERB + \
         r"\b.{0,100}((hacker|intrusion|attack|tamper)[- ]?proof|inviolable|impenetrable|infaillible|inattaquable|unhackable|" \
         r"100 ?% (secure|securise))|" + _PROMISE_VERB + \
         r"\b.{0,160}\b(aucune?|nulle?|no|zero)\s+(\w+\s+){0,2}" + _THREATS + "|" + _PROMISE_VERB + r"\b.{0,60}\b(proteg|" \
         r"protect|preserv|premunir|shield|defend)\w*\b.{0,60}\b(contre|against|from|de) (toute?s?|tous|any|all|every)\b.{0,30}" + \
         _THREATS + r"|(s'oblig\w*|s'engag\w*|tenue?|bound|commits?) (a|to) (un |une obligation de |a )?(resultat|result)\b" \
         r".{0,120}" + _ATTACKERS + "|" + _PROMISE_VERB + r"\b.{0,160}\b(demeur|rest|remain|stay)\w* (\w+ ){0,3}?(exempte?s? de|" \
         r"free (of|from)|indemnes? de) (\w+ ){0,2}?" + _THREATS + "|" + _PROMISE_VERB + r"\b.{0,160}\b(toute?s?|every|all|any) " \
         r"(tentatives? d'|attempts? (of |at )?)?(hameconnage|phishing|attaques?|intrusions?|attacks?|malware|ransomware)\w* " \
         r"(\w+ ){0,3}?(soit|soient|sera|seront|is|are|will be|be|shall be) (interceptee?s?|bloquee?s?|stoppee?s?|" \
         r"repoussee?s?|detectee?s?|blocked|intercepted|stopped|prevented|defeated|repelled)|" \
         r"(toute|any|every) (successful )?(attaque|intrusion|attack|breach|security incident)\w* (reussie|successful )?\W*(\w+ ){0,5}?(est|sera|" \
         r"shall be|will be|is) (reputee?|deemed|considered|consideree?) (constituer |to be |to constitute |comme )?(un manquement|a " \
         r"breach|une faute|a default)|(assure\w*|ensures?|guarantees?|garanti\w*) (l'|the )?(inviolabilite|inviolability)" \
         r".{0,120}" + _ATTACKERS + "|" + _PROMISE_VERB + r"\b.{0,160}\b(free from|free of|exempte?s? de|a l'abri de|protected against|" \
         r"immune (to|from)|hors d'atteinte)\s+(toute?s?\s+|any\s+|all\s+)?(\w+\s+){0,2}?" + _ATTACKERS + "|" + _PROMISE_VERB + \
         r"\b.{0,100}\b(never|jamais|at no time)\b (\w+ ){0,2}?(be |etre |ne )?(compromis|hack|breach|infect|penetr|attaqu|pirat)\w*|" \
         r"(one hundred|cent|100) (per ?cent|pour ?cent) (securit|security|protection)|" + _PROMISE_VERB + \
         r"\b.{0,160}\b(aucune?|no|zero)\s+(\w+\s+){0,2}?(interruptions?|disruptions?|pertes?|loss|downtime|indisponibilites?)\s+" \
         r"(liee?s?|dues?|caused|resulting|resultant|consecutive?s?|owing)\s+(a|to|by|from|d')\s*(un |une |an? |any )?(\w+\s+(de\s+|of\s+)?)?" + _THREATS + \
    "|" + _PROMISE_VERB + r"\b.{0,160}\b(no|aucune?|nulle?)\s+(unauthori[sz]ed\s+|non-authori[sz]ed\s+)?(persons?|part(y|ies)|third[- ]" \
    r"part(y|ies)|users?|individuals?|personnes?|tiers|utilisateurs?|individus?)\s+(non\s+autorisee?s?\s+|unauthori[sz]ed\s+)?" \
    r"(\w+\s+){0,3}?(n'|ne\s+)?((gain\w*|obtain\w*|ha(ve|s)|get\w*)\s*(\w+\s+){0,1}?(access|acces)\b|(access\w*|acced\w*|" \
    r"penetr\w*|enter\w*|s'introdui\w*)\b)|" + \
    _PROMISE_VERB + r"\b.{0,160}\b((will|shall) not (\w+ )?be|ne (sera|seront) (pas|jamais)|n'(est|sont) (pas|jamais)) (\w+ )?" \
    r"(infect\w*|compromi\w*|breached|hacked|penetrat\w*|pirate\w*|chiffre\w* par un rancongiciel|encrypted by ransomware)|" + \
    _PROMISE_VERB + r"\b.{0,160}\b(aucune?|no|none|zero|nulle?)\b[^.;]{0,60}?\b(pertes?|loss|lost|alterations?|destructions?|corruption|" \
    r"corrupted|perdue?s?|detruite?s?|alteree?s?)\b[^.;]{0,120}?\b(quelle qu'en soit la cause|quelle que soit (la|leur) cause|" \
    r"whatever (the|its) cause|irrespective of (the )?cause|regardless of (the )?cause)\b[^.;]{0,120}?" + _THREATS + "|" \
    r"(toute?|any|every) (successful )?(attaques?|intrusions?|attacks?|security incidents?|incidents? de securite|cyber\w*)\b" \
    r"[^.;]{0,80}?\b(constitu\w*|amounts? to|vaut|shall be|will be|is|est|sera)\W+(\w+\W+){0,4}?(un manquement|a breach|" \
    r"une faute|a default|a failure)|(engagement|commitment|engage\w*|commits?|guarantee\w*|garanti\w*)\W+(\w+\W+){0,3}?" \
    r"\W*(zero|0) ((security|cyber\w*) (incidents?|breach(es)?)|(incidents?|failles?) de (securite|cybersecurite)|" \
    r"(successful )?(intrusions?|attaques?|attacks?))\b"
# the systems promised to escape every attack: "warrants that the Customer's systems will not suffer any intrusion",
# "garantit que le système du Client ne subira aucune attaque", "ne fera l'objet d'aucun piratage"
RESULT += "|" + _PROMISE_VERB + r"\b.{0,160}\b((will|shall) (not|never) (suffer|experience|sustain|undergo|be (subject|" \
          r"exposed) to)|ne (subira|subiront|connaitra|connaitront|souffrira|souffriront)|ne (fera|feront) (l'objet|" \
          r"jamais l'objet))\s+(\w+\s+){0,1}?(any|a|an|aucune?|d'aucune?|de|d')\s*(\w+\s+){0,1}?" + _THREATS
# the lead-in of a list of warranties ("Provider represents and warrants that:", "Le Prestataire garantit que :"): each
# item is promised by that verb
_PROMISE_LEAD = re.compile("(" + _PROMISE_VERB + r"|represents?|declares?|declare|certifies|certifie)\b[^:;.]{0,30}:\s*$")
_LEAD_DENIED = re.compile(r"\b(not|never|cannot)\b|n't\b|\bne\b|\bn'|\bno\b")
_LIST_ITEM = re.compile(r"^\s*(\(?[ivx]{1,4}\)|\(?[a-h]\)|[-–•*]|\d{1,2}[.)])\s")


# a statement about the past ("no security incident has affected its platform in the last year") promises nothing
PAST_FACT = r"\b(has|have|had) (not )?(\w+ )?(affected|occurred|been|suffered|experienced)\b|\bn'a (\w+ )?(subi|connu|eu)\b|" \
            r"\ba (subi|connu)\b|\b(to date|a ce jour|as of the effective date)\b|in the (\w+ )?(months|years) (before|preceding|" \
            r"prior to)"


# a list of commitments declared obligations of result (often the exceptions to a general "de moyens" rule, under a
# neutral heading): "Par exception, sont de résultat : …", "Font l'objet d'une obligation de résultat : …", "the following
# are obligations of result: …", "à titre d'obligation de résultat"
RESULT_FRAME = r"\b((sont|est|seront|sera|constitu\w*|demeure\w*|reste\w*|are|is|shall be|will be|constitute\w*)\s+" \
               r"((\w+\s+){0,2}?(des|une|de simples|an?|the)\s+)?(obligations?\s+)?(de resultat|of result)|(font|fait|feront|" \
               r"fera) l'objet d'une obligation de resultat|relev\w* (\w+ ){0,2}?d'une obligation de resultat|(a titre d'|en tant qu'|as an? |" \
               r"by way of an? )(obligations? de resultat|obligations? of result)|obligations? (de resultat|of result)\s*:)"


def _result_items(f: str) -> tuple[int, int] | None:
    """An item of a list of result obligations that promises a security outcome: each item is read after a promise
    verb ("guarantees that …"), the match kept on the item's own words."""
    frame = re.search(RESULT_FRAME, f)
    if not frame:
        return None
    pre = "guarantees that "
    pos = frame.end()
    for item in re.finditer(r"[^,;]+", f[pos:]):
        r = re.search(RESULT, pre + item.group(0))
        if r and r.end() > len(pre) and not re.search(NO_PROMISE, item.group(0)):
            start = pos + item.start()
            return start + len(item.group(0)) - len(item.group(0).lstrip()), start + r.end() - len(pre)
    return None


def security_promise(s: Sent, w: Where) -> list:
    f = s.folded
    r = re.search(RESULT, f)
    if not r and not re.search(PAST_FACT, f):
        item = _result_items(f)
        if item is not None:
            return [m.SecurityPromise(evidence=s.evidence(item), clause=w.index)]
    lead = _PROMISE_LEAD.search(w.heading) if not r and _LIST_ITEM.match(f) else None
    if lead and not re.search(NO_PROMISE, w.heading) and not _LEAD_DENIED.search(w.heading[max(0, lead.start() - 40):lead.end()]):
        # an item of a list of warranties: read it after its lead-in's verb, the match kept on the item's own words
        pre = "guarantees that "
        r = re.search(RESULT, pre + f)
        if r and r.end() > len(pre) and not re.search(NO_PROMISE, f) and not re.search(PAST_FACT, f):
            return [m.SecurityPromise(evidence=s.evidence((max(0, r.start() - len(pre)), r.end() - len(pre))),
                                      clause=w.index)]
        return []
    if not r or re.search(NO_PROMISE, f) or re.search(PAST_FACT, f):
        return []
    # the promise itself denied or lifted: "n'est pas tenu de garantir que…", "does not represent or warrant that…"
    cut = max([0] + [x.end() for x in re.finditer(r"[;:]", f[:r.start()])])
    verb = re.search(_PROMISE_VERB, f[r.start():])
    at = r.start() + (verb.end() if verb else 0)
    if denied_before(f, (at, at + 1)) or modal(f[cut:at]) in ("need_not", "must_not"):
        return []
    return [m.SecurityPromise(evidence=s.evidence(r), clause=w.index)]


FM_EVENTS = r"greves? (totales ou partielles|internes?|du personnel|de son personnel)|greves?,? (y compris|notamment|" \
            r"including) (celles? )?(du|de son|de ses|des) (personnel|salaries|propres)|internal strikes?|strikes? (of|by) " \
            r"(its|their) (own )?(staff|employees)|deraisonnablement onereuse|more onerous|commercially impracticable|" \
            r"economic hardship|defaillances? (de ses|des) (fournisseurs|sous-traitants)|failures? (of|caused by|by|attributable to|" \
            r"due to) .{0,30}(upstream |" \
            r"third-party )?(providers|suppliers|subcontractors)|cyber-?attaques?|cyber-?attacks?|attaques? " \
            r"informatiques?|piratage|hacking|virus|pannes? (de|du|des) (materiel|reseau|serveurs?)|(telecommunications?|" \
            r"network|internet) (failure|outage)|telecommunications|indisponibilite (du|des) (cloud|reseau)|" \
            r"(increase|rise)s? in (the )?(costs?|prices?|expenses?)( of performance)?|(cost|price) increases?|" \
            r"denial[- ]of[- ]service|\bddos\b|deni de service|(outages?|defaults?|interruptions?|defaillances?) (of|de|des|du) " \
            r".{0,30}(providers|suppliers|subcontractors|hosts|hebergeurs?|fournisseurs|sous-traitants)|" \
            r"augmentations? (des?|du) (couts?|prix|charges)|surcouts?|rencherissement|plus onereuse|(devient|devenait|" \
            r"becomes?|became) (\w+ )?(onereuse|costly|expensive|uneconomic)|defaillances? (de ses|des|de leurs) propres " \
            r"(fournisseurs|sous-traitants|prestataires)|ransomware|rancongiciels?|malware|logiciels? malveillants?|" \
            r"malicious (code|software|programs?)|hardware (breakdowns?|failures?|faults?)|codes? malveillants?|(unavailability|absence|indisponibilite|illness|maladie) (of|de|du|des) " \
            r"(its |their |ses |son |leurs? )?(own |propres? )?(staff|personnel|employees|salaries|workforce|techniciens)|" \
            r"industrial action (by|of) (the )?\w+'?s? own|mouvements? sociaux (internes|du personnel|de son personnel|" \
            r"propres)|coupures? (de|des) (liaisons?|reseaux?|connexions?|lignes?)|liaisons? (de l')?operateurs?|" \
            r"intrusions? (dans|into|in) (les|ses|the|its)|" \
            r"dysfonctionnements? (des|de ses|du|de son|de sa) (propres? )?(logiciels?|materiels?|equipements?|outils|systemes)|" \
            r"malfunctions? (of|in) (its |the |(the )?\w+'s )?(own )?(software|hardware|equipment|tools|systems)|" \
            r"decisions? (de ses|of its) (propres )?(fournisseurs|suppliers|licensors|concedants|vendors)"
NOT_FM = r"force majeure\W+(\w+\W+){0,2}?(does not|do not|shall not|will not|cannot|n'inclu\w* (pas|ni)|ne (comprend|" \
         r"couvre|vise)\w* (pas|ni)|exclu\w*) ?(include|cover|extend|apply|encompass|comprise|les|la|le|des)?\b|" \
         r"(\bne|\bn')\s?(\w+\s){0,2}?(pas|jamais|en aucun cas)\b[^.;:]{0,60}force majeure|\b(not|never)\b[^.;:]{0,40}" \
         r"force majeure|exclu\w* (de la|du champ de la|from) force majeure|(are|is|shall be|will be) not (events?|" \
         r"circumstances?|causes?) (beyond|outside) (its|their|the affected party'?s?|a party'?s?) (reasonable )?control|" \
         r"\b(shall|does|do|will|may) not (constitute|" \
         r"be|count as|qualify as|be (deemed|considered|treated as)) (a |an |such )(an? )?(force majeure )?(event|" \
         r"circumstance|cause)|ne (constitue|constituent|sont|est|seront|sera) (pas|en aucun cas) (consider\w+ comme |" \
         r"assimil\w+ a )?(un |une |de tels |des )?(cas|evenements?) (de force majeure|de cette nature|de ce type)"
# a failure of public networks or a widespread outage is outside anyone's control: not a controllable event
PUBLIC_FAILURE = r"(widespread|general|public|nationwide|generalise\w*|publics?|national\w*) (failure|outage|panne|" \
                 r"defaillance)\w* (of |de |des |du )?(public |publics? )?(power|electricit\w*|telecommunications?|" \
                 r"reseaux?|networks?|internet)|(reseaux|networks) publics?"


# an event named to be kept out of force majeure: "It expressly excludes cyber-attacks…", "strikes of a party's own
# staff and failures of its subcontractors are excluded", "Ne constituent pas des cas de force majeure les grèves…"
FM_OUT_BEFORE = r"\b(exclu\w*|excludes?|excluding|except(ing)?|other than|save|sauf|hors|a l'exclusion|ne constitu\w* (pas|" \
                r"en aucun cas)|(does|do|shall|will) not (include|constitute|cover|extend to)|not include)\b"
FM_OUT_AFTER = r"^[^.;]{0,120}?\b(are|is|shall be|will be|sont|est|seront|sera)\s+(\w+\s+)?(excluded|exclue?s?|not " \
               r"(included|covered)|pas (couverte?s?|inclus\w*))\b|" \
               r"^[^.;]{0,120}?\b(n'en|ne) (constitu\w*|sont|est|seront|sera) (pas|en aucun cas)\b|" \
               r"^[^.;]{0,120}?\b(are|is) not (a |an )?(force majeure|cas de force majeure)\b|" \
               r"^[^.;]{0,40}?\b(shall|will|may|can) only (be )?(treated|deemed|considered|regarded|constitute|qualify|count)\b" \
               r"[^.;]{0,60}?\b(where|if|when|to the extent|provided)\b|" \
               r"^[^.;]{0,40}?\bne (constitu\w*|sera \w+|est \w+) (un |une )?(cas|evenement) de force majeure qu(e |')?(si|" \
               r"lorsque|lorsqu'|dans la mesure)"


# an excuse from performance without the words "force majeure": "est délié de ses obligations lorsque…", "shall not be
# responsible for any delay resulting from…"
EXCUSED = r"(delie|libere|exonere|dispense|decharge)\w* de (ses|leurs|toute?s?) (obligations?|responsabilit\w*)|" \
          r"ne (sera|sont|seront|est) pas tenue?s? (de|d'executer) (ses|leurs) obligations|(shall|will) not be (bound|obliged) " \
          r"(by|to perform) (its|their) obligations|(shall|will) be relieved (of|from) (its|their) obligations|" \
          r"excused from (\w+ ){0,2}(performance|its obligations|performing)|(shall|will|is) not (be )?(liable|responsible) " \
          r"for any (delay|failure)( (to perform|in performance|or failure))?\b[^.;]{0,40}\b(resulting|caused|arising|due)|" \
          r"ne (saurait|sera|pourra) (etre )?(tenue? )?responsable (d'un|des|de tout|du) (retard|manquement|inexecution)" \
          r"[^.;]{0,40}(resultant|cause|du a|imputable|consecutif)"


# a negated excuse whose list runs on with "nor" / "ni" / commas: "This Section does not excuse payment obligations, nor
# any failure of the provider's own subcontractors", "elle ne dispense pas des paiements, ni de la défaillance de…"
FM_NOT_EXCUSE = r"\b((does|do|shall|will|must) not|cannot|never) (excuse|cover|extend to|apply to|include|relieve|release|" \
                r"exempt|discharge|constitute|suspend)\b|\b(ne|n')\s?(\w+\s)?(couvre|vise|dispense|exonere|libere|" \
                r"s'applique|constitue|comprend|inclut|excuse|suspend|decharge)\w* (pas|ni|en aucun cas|jamais)\b"


def _in_negated_list(f: str, at: int) -> bool:
    """The event is an item of the list governed by a negated excuse of the same sentence, with only list words between
    (no new sentence, no "but", no "unless")."""
    piece = f[max(0, at - 200):at]
    neg = None
    for neg in re.finditer(FM_NOT_EXCUSE, piece):
        pass
    if neg is None:
        return False
    between = piece[neg.end():]
    return not re.search(r"[.;:]|\b(but|mais|however|toutefois|unless|sauf si|except|sauf|save)\b", between)


def _fm_excluded(f: str, x: re.Match) -> bool:
    cut = max([0, x.start() - 80] + [b.end() for b in re.finditer(r"[.;,()]|\b(but|mais)\b", f[:x.start()])])
    return bool(re.search(FM_OUT_BEFORE, f[cut:x.start()]) or re.match(FM_OUT_AFTER, f[x.end():])
                or _in_negated_list(f, x.start()))


def _item_of_exclusion(f: str, clause: str) -> bool:
    """An item of a list whose lead-in keeps events out of force majeure ("Force majeure does not include (a) …, (b) the
    failure of its subcontractors", "Ne constituent pas des cas de force majeure : 1) … 2) …"), cut from its lead by
    the sentence splitter."""
    if not re.match(r"\s*(\(?[a-h]\)|\(?[ivx]{1,4}\)|\d{1,2}[.)]|[-–•*])\s", f):
        return False
    at = clause.find(f.strip()[:60])
    if at <= 0:
        return False
    lead = clause[:at]
    lead = lead[max(lead.rfind(". "), 0):]
    return bool(re.search(NOT_FM, lead))


def force_majeure(s: Sent, w: Where) -> list:
    f = s.folded
    if not (re.search(r"force majeure|beyond (its|their|the party'?s?) (reasonable )?control", f)
            or "force majeure" in w.heading or re.search(EXCUSED, f) or (
                re.search(EXCUSED, w.clause) and re.match(r"\W*(il en (va|est) de meme|the same (applies|shall apply)|"
                                                          r"likewise|de meme|(this|cela) (also )?(applies|vaut))", f))):
        return []
    public = [x.span() for x in re.finditer(PUBLIC_FAILURE, f)]
    ev = [x.group(0) for x in re.finditer(FM_EVENTS, f)
          if not any(a <= x.start() < b + 40 for a, b in public) and not _fm_excluded(f, x)]
    if not ev or re.search(NOT_FM, f):
        return []
    if _item_of_exclusion(f, w.clause):
        return []
    return [m.ForceMajeure(evidence=s.evidence(re.search(FM_EVENTS, f)), clause=w.index, controllable_events=ev)]


SOLICIT = r"non[- ]?sollicitation|non[- ]?solicitation|(sollicit|debauch|embauch|recrut|engager|solicit|hire|hiring|" \
          r"faire travailler|employer|work directly with|use the services of|offer\w* (of )?employment|" \
          r"propos\w* (un )?(emploi|contrat de travail)|" \
          r"employ|recruit|engage)\w*.{0,80}(personnel|salarie\w*|employe\w*|collaborateur\w*|staff|intervenant\w*|" \
          r"persons?\b|people|individuals?|consultants?|engineers?|personnes?|techniciens?|ingenieurs?)"


def non_solicitation(s: Sent, w: Where) -> list:
    f = s.folded
    x = re.search(SOLICIT, f)
    if not x or re.search(r"background|verification|investigation|enquete|screening|antecedents|qualified|qualifie", f):
        return []
    if not (re.search(r"non[- ]?sollicit|non[- ]?solicit|non[- ]?debauchage", f + " " + w.heading) or
            modal(f) in ("must_not",) or re.search(r"s'interdit|renonce|agrees? not|shall not|\bne\b|\bn'|\bnot\b|"
                                                   r"refrain", f[:x.end()]) or re.search(r"prohib\w*|interdit\w*|forbidden", f)
            or (re.search(r"(shall|will|must) pay|devra (payer|verser)|versera|paiera|liquidated damages|indemnit\w*|"
                          r"placement fee", f) and subject(f, w.names, x.start()) == "client")):
        return []
    durs = find_durations(s.text)
    if not [q for q in durs if q.in_days()] and re.search(r"\b(cette|ladite|this|such|that|the) (interdiction|obligation|"
                                                          r"restriction|prohibition|engagement|covenant|undertaking)", w.clause):
        durs = find_durations(w.clause)  # "Cette interdiction court… quatre ans": its length in the next sentence
    salary = re.search(r"(mois|months?)'?s? (de (son |sa |la )?(salaire|remuneration)|of (the |that |his |her |its )?"
                       r"(employee'?s? )?(gross )?(salary|remuneration|pay))", f)
    sal_m = None
    tenure = []
    for q in durs:
        mo = q.in_days() / 30 if q.in_days() else None
        if mo is None:
            continue
        if salary and q.span[1] <= salary.start() + 8 and q.span[1] >= salary.start() - 8:
            sal_m = mo
        else:
            tenure.append(mo)
    if sal_m is None and not salary and w.clause and w.clause != f:  # the indemnity often has its own sentence
        for q in find_durations(w.clause):
            tail = w.clause[q.span[1]:q.span[1] + 60]
            if q.in_days() and re.match(r"\W*(\w+\W+){0,2}(de (son |sa |la |leur )?(dernier |derniere )?(salaire|remuneration)|"
                                        r"of (the |that |his |her |its )?(employee'?s? )?(gross )?(salary|remuneration|pay)|"
                                        r"(du |de son |de sa )(dernier |derniere )?(salaire|remuneration))", tail):
                sal_m = q.in_days() / 30
    yearly = r"(remuneration|salaire) (brute? )?annuel|(annual|first[- ]year|yearly|year'?s) (gross |base |total )?(salary|" \
             r"remuneration|compensation|pay)"
    annual_in = f if re.search(yearly, f) else w.clause or f
    annual = re.search(yearly, annual_in)
    mult = None
    if annual:
        mm = re.search(r"(deux|trois|two|three|\d) (fois|times)", annual_in)
        mult = {"deux": 2, "two": 2, "trois": 3, "three": 3}.get(mm.group(1), None) if mm else 1.0
        if mm and mm.group(1).isdigit():
            mult = float(mm.group(1))
    if re.search(r"sans (limitation|limite) de (duree|temps)|sans limite dans le temps|(without|with no) (any )?(time|"
                 r"temporal) limit|indefinitely|perpetu\w*|for ever|a perpetuite|sans terme", f):
        tenure.append(1200.0)  # unlimited in time
    # who may not hire: the party named last before the verb ("Compte tenu de … du Prestataire, le Client renonce à
    # engager…", "the Supplier shall not approach…", "aucune Partie ne peut recruter…"), the agent of a passive ("ne peuvent
    # être sollicités par le Client")
    bound = actor(f, w.names, x.span()) if _PASSIVE_BEFORE.search(f[max(0, x.start() - 40):x.start()]) else \
        nearest_party(f, w.names, x.start())
    return [m.NonSolicitation(evidence=s.evidence(x), clause=w.index, months=max(tenure, default=None),
                              indemnity_months=sal_m, annual_salary_multiple=mult,
                              bound=bound if bound in ("provider", "client", "either") else "unknown")]


COURT = r"tribuna(l|ux)|juridictions?|courts?\b|forum|arbitra|\bjuges?\b"
# urgent or interim relief, which any party may seek anywhere: no choice of forum
INTERIM = r"injonct|injunct|interim|provisional|provisoire|conservatoire|refere|urgen|equitable relief"


COUNTRIES = {"england", "wales", "scotland", "ireland", "northern", "britain", "united", "kingdom", "france", "belgique",
             "belgium", "luxembourg", "suisse", "switzerland", "germany", "allemagne", "spain", "espagne", "italy", "italie",
             "netherlands", "monaco", "canada", "europe"}


def jurisdiction(s: Sent, w: Where, cities: dict | None = None) -> list:
    f = s.folded
    c = re.search(COURT, f)
    if not c or not re.search(r"litige|differend|dispute|competen|contentieux|proceedings|action|claim|soumis|"
                              r"submit|jurisdiction|exclusive|saisi\w*|brought|bring|venue|porte\w* devant|heard", f):
        return []
    if re.search(r"\b(ne|n')\s?\w+ (aucune|pas|nullement) (de |d')?(competence|juridiction|attribution)|\bno (exclusive )?"
                 r"(jurisdiction|forum|venue) (is|shall be|will be) (conferred|granted|chosen|agreed)|(do|does|shall|will) not "
                 r"(confer|grant|attribute|submit to) (any )?(exclusive )?(jurisdiction|competence)", f):
        return []  # a forum expressly not chosen: the ordinary rules of jurisdiction apply
    p, cl = w.names.provider, w.names.client
    favours, reserved = "unknown", False
    if re.search(rf"(ressort|siege|lieu|domicile)\w* (duquel|dont|ou) (se trouve |est situe )?(le |la |l')?{p}|{p} (a|est|"
                 rf"possede) (son|sa) (siege|domicile|etablissement)|where (the )?{p} (has its|is) (registered office|seat|"
                 rf"domiciled|headquartered|principal place|headquarters|head office)|"
                 rf"(ressort|siege|lieu|domicile)( social)? (du |de la |de l')?{p}|(the )?{p}'?s? (home (county|state|city|town|"
                 rf"jurisdiction|country)|headquarters|head office|registered office|domicile|"
                 rf"principal place|seat)|au (seul )?choix (du|de la) {p}|at the {p}'?s? (sole )?(option|election|"
                 rf"discretion)|{p}.{{0,60}}(pourra|may|reserves the right).{{0,60}}(saisir|bring|commence)|"
                 # the seat named in other words ("a établi son principal établissement", "where Vendor is incorporated")
                 rf"{p} (a|aura) (etabli|fixe|installe) (son|sa) (principal etablissement|siege|domicile|etablissement)|"
                 rf"{p}'?s? place of (incorporation|business|registration)|where (the )?{p} is (incorporated|registered|"
                 rf"established|located)|"
                 # "the courts located in the county in which the Provider maintains its principal place of business"
                 rf"(in which|where|wherein|dans (le|la)quel\w*) (the |le |la |l')?{p} (maintains|has|keeps|holds|a|possede|"
                 rf"etablit|fixe)\w*\W+(\w+\W+){{0,2}}?(principal place|registered office|headquarters|head office|seat|"
                 rf"principal office|siege|principal etablissement)|"
                 # the forum chosen by the provider alone ("Vendor shall be entitled to elect… the forum")
                 rf"{p}\W+(\w+\W+){{0,4}}(entitled|free|may|pourra|peut|se reserve)\W+(\w+\W+){{0,6}}(elect|choose|select|"
                 rf"choisir|designer|determiner)\w*\b[^.;]{{0,120}}\b(forum|court|juridiction|tribunal|arbitra)|"
                 # the provider alone going to a court of its choice ("le Titulaire peut saisir directement le juge
                 # compétent de son choix", "Provider may bring proceedings before any court of its choosing")
                 rf"{p}\W+(\w+\W+){{0,4}}?(peut|pourra|may|is free to|se reserve)\W+(\w+\W+){{0,4}}?(saisir|bring|commence|"
                 rf"sue|assigner)\b[^.;]{{0,80}}\b(de son choix|of its (own )?(choice|choosing))", f):
        favours = "provider"
        reserved = bool(re.search(r"choix|option|election|discretion|pourra|may|reserves", f))
    elif re.search(rf"(ressort|siege|lieu|domicile)( social)? (du |de la |de l')?{cl}|(the )?{cl}'?s? (registered office|"
                   rf"domicile|principal place|seat)|au (seul )?choix (du|de la) {cl}", f):
        favours = "client"
    elif cities:
        named = {x.lower() for x in re.findall(r"\b[A-Z][a-zA-Zéèêàç-]{3,}\b", s.text)}
        if not cities.get("client"):
            # a country's courts ("the courts of England and Wales") with the customer's address unknown (standard
            # terms): nothing says the customer is abroad, so that country is no one's doorstep
            named -= COUNTRIES
        prov, cli = cities.get("provider", set()) & named, cities.get("client", set()) & named
        if prov and not cli:
            favours = "provider"
        elif cli and not prov:
            favours = "client"
        elif prov or cli:
            favours = "neutral"
    if favours in ("unknown", "neutral") and not re.search(INTERIM, f):
        # an asymmetric forum clause: the choice of court binds one party only ("stipulée au seul bénéfice du Client, qui
        # peut saisir toute autre juridiction", "for the sole benefit of the Customer, which may sue in any other court");
        # the freedom is often the clause's next sentence ("This clause does not stop the Customer from bringing
        # proceedings in any other jurisdiction")
        texts = [f] + [t for t in re.split(r"(?<=[.;])\s+", w.clause) if t and t not in f and not re.search(INTERIM, t)]
        for who, rx in (("client", cl), ("provider", p)):
            if any(re.search(rf"(au (seul )?(benefice|profit)|dans l'(unique |seul )?interet|for the (sole|exclusive|only) "
                         rf"benefit|solely for the benefit|au profit exclusif|au benefice exclusif) (du |de la |de l'|of (the )?)?"
                         rf"{rx}|{rx}\W+(\w+\W+){{0,4}}?(remains? free|reste libre|demeure libre|conserve (la faculte|le droit)|"
                         rf"retains? the right|may|peut|pourra|is free|is entitled|se reserve|(conserve|garde|se reserve)\W+(\w+\W+){{0,2}}?(la "
                         rf"faculte|le droit|la possibilite))\W+(\w+\W+){{0,4}}?(bring|saisir|"
                         rf"commence|sue|assigner|take|institute|porter)\b[^.;]{{0,80}}\b(any other|tout autre|toute autre|"
                         rf"other courts?|autres? (juridictions?|tribuna\w+)|de son choix|of its (own )?(choice|choosing)|any "
                         rf"(court|jurisdiction))|"
                         # "nothing limits the right of the Customer to take proceedings in any other court", "ne fait pas
                         # obstacle au droit du Client de saisir toute autre juridiction"
                         rf"(right|droit|faculte|liberte) (of |du |de la |de l')(the )?{rx} (to |de |d')(\w+ ){{0,2}}?(take|bring|"
                         rf"commence|institute|sue|saisir|porter|engager|assigner)\b[^.;]{{0,80}}\b(any other|tout autre|"
                         rf"toute autre|other courts?|autres? (juridictions?|tribuna\w+)|any (court|jurisdiction))|"
                         # the same right in the possessive ("nothing limits Provider's right to bring proceedings in any
                         # other court", "the Supplier's freedom to sue elsewhere", "le droit qu'a le Prestataire de saisir
                         # toute autre juridiction", "la faculté dont dispose le Client de…")
                         rf"{rx}'s? (right|freedom|liberty|ability|entitlement|option) (to |of )(\w+ ){{0,2}}?(take|bring|commence|"
                         rf"institute|sue|seek|start|initiate)\w*\b[^.;]{{0,80}}\b(any other|other courts?|other jurisdictions?|"
                         rf"elsewhere|of its (own )?(choice|choosing)|any (court|jurisdiction))|"
                         rf"(droit|faculte|liberte|possibilite) (qu'a|que possede|que conserve|dont dispose|reconnue? a|"
                         rf"appartenant a) (le |la |l')?{rx} (de |d')(\w+ ){{0,2}}?(saisir|porter|engager|assigner|attraire|"
                         rf"intenter)\b[^.;]{{0,80}}\b(tout autre|toute autre|autres? (juridictions?|tribuna\w+)|de son choix)|"
                         # "nothing in this Section prevents Customer from bringing proceedings in any other court", "rien
                         # n'empêche le Client de saisir toute autre juridiction", "ne fait pas obstacle à ce que le Client
                         # saisisse…", "proceedings by Customer in any other"
                         rf"(prevents?|preclude\w*|stops?|restricts?|bars?|empeche\w*|fait (pas )?obstacle|prive\w*)\b"
                         rf"[^.;]{{0,30}}?\b{rx}\b[^.;]{{0,12}}?\b(from |de |d'|saisisse|porte|engage|intente|assigne)"
                         rf"[^.;]{{0,80}}\b(any other|tout autre|toute autre|other courts?|other jurisdictions?|autres? "
                         rf"(juridictions?|tribuna\w+)|de son choix|of its (own )?(choice|choosing))|"
                         rf"(proceedings|actions?|claims?|suits?) (brought |taken |commenced )?by (the )?{rx} in any other", t)
                   for t in texts):
                favours = who
                break
    if re.search(r"(domicile|siege|ressort|lieu)\w* (social )?(du |de la )?(defendeur|partie defenderesse)|"
                 r"defendant'?s? (domicile|seat|residence|place)|where the defendant|neutral|neutre|"
                 # the court of the place where both parties are seated ("dans le ressort duquel les deux Parties ont
                 # leur siège", "where each party has its registered office"): no one's home advantage
                 r"\b(les deux|toutes les|chacune des|l'une et l'autre des|both|each of the|all the) (parties|contractants)\b"
                 r"[^.;]{0,30}\b(ont|sont|possedent|have|has|are)\b[^.;]{0,30}(sieges?|domicil\w*|etabli\w*|implante\w*|"
                 r"seats?|registered offices?|established|located|based|headquarter\w*)|(common|commun\w*) (to|aux|a) "
                 r"(both|the|les|deux)\b[^.;]{0,12}(parties|contractants)", f):
        favours = "neutral"
    return [m.Jurisdiction(evidence=s.evidence(c), clause=w.index, favours=favours, reserved_choice=reserved)]


EXTRACTORS = [obligations, subprocessing, processing_role, processor_terms, breach_notice, audit, backups,
              security_promise, force_majeure, non_solicitation]
