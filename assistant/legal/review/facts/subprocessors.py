"""Sub-processing facts: the provider handing the work or the client's data to other firms, with the client's
specific or general authorisation, notice of changes and the chance to object, or freely (Art. 28(2) and (4))."""

from __future__ import annotations

import re

from assistant.legal.review.facts import model as m
from assistant.legal.review.facts.art28_duties import SUBPROC
from assistant.legal.review.facts.assignment import DATA_TERMS_ELSEWHERE
from assistant.legal.review.facts.reading import modal, Sent, subject
from assistant.legal.review.facts.roles import NO_DATA, PERSONAL
from assistant.legal.review.facts.where import Where


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
                        r"client data)|" \
                        r"\b(recour\w*|faire appel|fait appel|fera appel|engage|appoint|use|retain|employ)\b,[^.;]{1,160}?, (a |aux |" \
                        r"à )?(tout |toute |tous |des |d'autres |un ou plusieurs |any |such |one or more |other |additional )(autres? )?" \
                        r"(sous-traitants?|sub-?contractors?)\b"
# (the last: the verb and its object parted by an insertion between commas, "peut librement recourir, pour tout ou partie
# des Services, et notamment pour l'hébergement de la Plateforme, à tout sous-traitant de son choix", "may engage, for
# all or part of the Services, any subcontractor of its choice")


# a choice left to the provider alone, no consent, no notice
FREE_CHOICE = r"de (son|notre|leur) (seul |propre )?choix|qu'il (choisit|choisira|designe\w*)|que nous (choisissons|" \
              r"designons)|of (its|our|their) (own )?(choice|choosing|selection)|(we|it|they) (choose|chooses|select|selects)\b|" \
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


# each subcontractor accepted by the client before it works, as a public contract's subcontracting is (CCP L2193-3 and
# L2193-4: "sous réserve de l'acceptation de chaque sous-traitant et de l'agrément de ses conditions de paiement",
# "subject to the Authority's acceptance of each subcontractor"): a specific prior authorisation, one by one
EACH_ACCEPTED = r"(sous reserve|subject|conditional|subordonne\w*|apres|after|upon)\b[^.;]{0,30}?\b(acceptation|agrement|" \
                r"approbation|approval|acceptance|consent|accord|autorisation|authori[sz]ation)\b( (prealable|expresse|ecrite|" \
                r"prior|written))*\s+(de |of |by the \w+ of )?(chaque|each|every|tout|toute|any)\b|\b(chaque|each|every)\s+" \
                r"(sous-traitant|subcontractor|sub-?processor)\w*\b[^.;]{0,60}?\b(accepte|agree|approuve|autorise|accepted|" \
                r"approved|authori[sz]ed)\w*\s+(\w+\s+)?(par|by)\b"


# a change forbidden unless the client is told or agrees: "no change without prior notice to the Customer as provided in
# the DPA", "aucun changement sans information préalable du Client", "no new subcontractor may be appointed without the
# Customer's written consent" - the notice or consent required, not waived (the words between stop at a conjunction,
# so "no right to object, and may add them without notice" stays a freedom)
REQUIRED_FIRST = r"\b(no|not|never|aucune?|nul(le)?|ne|n'\w+)\b( (?!(?:and|et|or|ou|but|mais|while|tandis)\b)[\w'-]+){0,6}? " \
                 r"(without|sans|unless|sauf|except with) (the |l'|la |le |son |leur |avoir )?(\w+'?s? )?((prior|prealable|written|" \
                 r"ecrite?|express\w*|specific|specifique) )*(notice|information|notification|informer|en informer|avoir informe|" \
                 r"preavis|consent|consentement|approval|accord|autorisation|authori[sz]ation|agrement)\b"


# the work subcontracted said to reach no data: "subcontractors for hardware delivery and cabling works that involve no
# access to personal data", "des travaux de câblage qui n'impliquent aucun accès aux données"
NO_DATA_WORK = r"\b(involv\w*|entail\w*|requir\w*|impliqu\w*|necessit\w*|comport\w*|give\w*|donn\w*) (no|aucun\w*|pas d'|nul\w*) " \
               r"(\w+ )?(access|acces) (to|aux?|a la|a l'|a) [^.;]{0,40}?\b(data|donnees)\b"


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
         r"[^.;]{0,30}?\b(to|pour)\b (\w+ ){0,2}?(process|handle|host|store|traiter|heberger|stocker|gerer)\b" + \
         r"|\b(engag|appoint|retain|us|faire appel a|recour\w* a|designe)\w*\b (any |a |one or more |other |tout |toute |des |un |" \
         r"d'autres )?(third[- ]part(y|ies)|tiers|outside (firms?|compan(y|ies)))\b[^.;]{0,60}?\b(to|pour|afin d[e'])\s*" \
         r"(\w+,? ){0,3}?(host|process|access|store|handle|heberg|trait|acced|stock|consult)\w*\b"
# (the last: a third party brought in to reach the data, named as such: "engage any third party, wherever located, to
# host, process or access Customer Data", "faire appel à tout tiers pour héberger ou consulter les données")
# Partners of the provider's choosing named by what they do with the client's systems ("s'appuie sur les partenaires
# techniques de son choix (hébergeur, éditeur de la solution de sauvegarde…)", "relies on partners of its choice, such as
# its hosting and backup providers"): the host and the backup run by them are sub-processing
PARTNERS_OF_CHOICE = r"\b(s'appui\w*|s'appuyer|rel(y|ies|ying) (up)?on|travaill\w* avec|works? with|fai\w* appel a|recour\w* a|uses?|" \
          r"utilis\w*)\b (\w+ ){0,2}?(les |des |tout |toute |tous |ses |any |its |their )?(\w+ )?(partenaires?|prestataires?|" \
          r"fournisseurs?|partners?|suppliers?|vendors?|providers?|sous-traitants?|subcontractors?)( \w+){0,2}? (de son (propre )?" \
          r"choix|qu'il (choisit|designe|retient)|of its (own )?(choice|choosing)|(it|that it) (chooses|selects|appoints))\b" \
          r"[^.;]{0,160}?\b(hebergeurs?|hebergement|hosting|hosts?|sauvegardes?|backups?|cloud|centres? de donnees|" \
          r"data ?cent(er|re)s?|infogerance|support)\b|" \
          r"\b(confi\w*|entrust\w*|hand\w* over|delegat\w*|outsourc\w*|externalis\w*|transf[eè]r\w*) (\w+ ){0,3}?(l'|la |le |les |" \
          r"the |its )?(hebergement|hosting|sauvegardes?|backups?|infogerance|exploitation|stockage|storage)\b[^.;]{0,80}?\b(a|au|" \
          r"aux|to|with) (tout |toute |tous |any |des |un |une |a |an |one or more )?(\w+ ){0,2}?(partenaires?|prestataires?|" \
          r"fournisseurs?|partners?|suppliers?|vendors?|providers?|tiers|third part\w*)\b( \w+){0,2}? (de son (propre )?choix|" \
          r"qu'il (choisit|designe|retient)|of its (own )?(choice|choosing)|(it|that it) (chooses|selects|appoints))\b|" \
          r"\b(confi\w*|entrust\w*|delegat\w*|outsourc\w*|externalis\w*|subcontract\w*|sous-trait\w*) (\w+ ){0,3}?(l'|la |le |" \
          r"les |the |its )?(hebergement|hosting|sauvegardes?|backups?|stockage|storage)\b[^.;]{0,60}?\b(a|au|aux|to|with) " \
          r"(another|other|a third|third|one or more|un autre|une autre|d'autres|un tiers|des tiers|tiers|a sub-?contractor|un " \
          r"sous-traitant)\b"


# the client's data or its copies kept with other firms ("may store or process Backup Sets with any third-party hosting or
# cloud provider of its choosing", "peut héberger les sauvegardes chez tout hébergeur de son choix")
STORED_WITH = r"\b(stor|host|process|replicat|keep|kept|stock|heberg|trait|conserv|repliqu)\w*\b[^.;]{0,60}?\b(data|donnees|" \
              r"backups?|sauvegardes?|copies|contenus?|content|fichiers|files|records|sets)\b[^.;]{0,80}?\b(with|through|using|" \
              r"chez|aupres d[eu']|via)\b (any|a|an|one or more|other|such|tout|toute|tous|des|un|une|d'autres) " \
              r"([\w'-]+[ ,]+){0,6}?(providers?|vendors?|suppliers?|hebergeurs?|prestataires?|fournisseurs?|operators?|operateurs?)\b"


# the work itself had done by another firm's people, with no word "subcontractor": "peut faire réaliser tout ou partie des
# interventions … par les techniciens de toute société de son choix", "may have any part of the work carried out by any
# contractor it selects" (the causative verb, then the firm that does it)
_FIRM = r"(societes?|entreprises?|prestataires?|tiers|partenaires?|sous-traitants?|intervenants? (exterieurs?|externes?)|" \
        r"third[- ]part(y|ies)|compan(y|ies)|firms?|contractors?|subcontractors?|providers?|vendors?|entit(y|ies)|suppliers?)"
HAVE_DONE_BY = r"\bfaire (realiser|executer|effectuer|assurer|prendre en charge|accomplir)\b[^.;]{0,200}?\bpar (le |les |la )?" \
               r"((techniciens?|personnels?|equipes?|salaries|employes|intervenants?) (de |d'|des |du ))?(toute?s? |tous |une |un |" \
               r"des |d'autres |d'une |d'un |autres? )(\w+ ){0,2}?" + _FIRM + r"\b|" \
               r"\bhave\b ([\w']+[ ,-]+){0,16}?(performed|carried out|provided|delivered|done|executed|undertaken)\b[^.;]{0,60}?" \
               r"\bby (the (staff|technicians|personnel|employees|engineers) of )?(any|a|another|other|one or more|such) " \
               r"(\w+ ){0,2}?" + _FIRM + r"\b"


# the client's data or hosted content reached by the firms brought in, in the same sentence ("y compris lorsque ces
# prestataires accèdent aux Contenus", "including vendors with access to Customer Content", "lesquelles peuvent consulter
# les données du Client")
_REACH = r"(acced\w*|access\w*|consult\w*|trait(e|ent|er|eront)\b|process\w*|heberg\w*|host\w*|stock\w*|stor(e|es|ing)\b|" \
         r"manipul\w*|handl\w*)"
_REACHED = r"(contenus|donnees|data|content|fichiers|files|bases? de donnees|databases?)\b"
BROUGHT_IN = r"\b(faire appel|fait appel|fera appel|recour\w*|engag\w*|use|uses|using|retain\w*|appoint\w*|rely on|call on)\b " \
             r"(\w+(ment|ly) )?(a |aux |à )?(tout |toute |tous |toutes |des |d'autres |any |other |outside |external |such )?(\w+ )?" \
             r"(prestataires?|fournisseurs?|entreprises?|societes?|tiers|partenaires?|vendors?|suppliers?|contractors?|" \
             r"providers?|third[- ]part(y|ies)|firms?|companies)\b[^.;]{0,200}?\b" + _REACH + r" (\w+ ){0,2}?" \
             r"(aux |a |des |les |la |le |l'|du |to |the |any |its |their )*(\w+'?s? )?" + _REACHED


# a prohibition whose only way out is the controller's agreement to each hand-over: "shall not hand the data to another
# processor unless the Customer has first agreed to it in writing", "ne peut confier les données à un tiers sans avoir
# obtenu l'accord écrit du Client", "except with the Customer's prior approval" (Art. 28(2), a specific authorisation)
CONSENT_EXCEPTED = r"\b(unless|until|except (with|where|if|after)|save (with|where))\b[^.;]{0,60}?\b((has|have|shall have|" \
                   r"will have)\s+)?((first|previously|expressly|specifically|already)\s+)?(agreed|consented|approved|" \
                   r"authori[sz]ed|given (its|their|his|her) (prior )?(written )?(consent|approval|agreement|authori[sz]ation)|" \
                   r"(prior )?(written )?(consent|approval|authori[sz]ation))\b|\b(sauf|hormis)\s+(accord|autorisation|" \
                   r"consentement|agrement)\b|\bsans (avoir (obtenu|recueilli|recu) )?(l'|son |leur )?(accord|autorisation|" \
                   r"consentement|agrement)\b"

# a document of the contract that holds the processor terms ("the DPA", "Annex 2 of the Data Processing Addendum",
# "l'annexe 4 « Accord de sous-traitance RGPD »")
_TERMS_DOC = r"\b(dpa|data processing (agreement|addendum|terms)|data protection (agreement|addendum|terms|schedule)|annexe?s?|" \
             r"schedules?|exhibits?|appendix|appendices|addendum|accord de (sous-traitance|traitement))\b"
# sub-processors named only as what that document settles or lists: "the DPA, which sets out … the conditions for engaging
# sub-processors", "the backup supplier is listed as a sub-processor in Annex 2 of the DPA", "les conditions de ce
# traitement, y compris le recours à des sous-traitants ultérieurs, sont fixées à l'annexe 4": a pointer, no regime
_SETS_OUT = r"\b(which|that|qui|lequel|laquelle)\b[^.;]{0,20}?\b(sets? out|sets? forth|lays? down|describes?|specifies|" \
            r"governs?|regulates?|fixe\w*|defini\w*|decri\w*|precise\w*|organise\w*|prevoi\w*|regi\w*|encadre\w*)\b"
_SETTLED_IN = r"\b(listed|named|identified|set out|set forth|described|specified|governed|laid down|mentionne\w*|liste\w*|" \
              r"figur\w*|appear\w*|" \
              r"identifie\w*|fixe\w*|defini\w*|prevu\w*|decrit\w*|regi\w*|encadre\w*|precise\w*)\b[^.;]{0,30}?\b(in|dans|a|au|" \
              r"par|by|under)\b[^.;]{0,30}?" + _TERMS_DOC


# sub-processors engaged on the conditions that the processor terms set ("dans les conditions prévues à l'Annexe A pour
# les sous-traitants ultérieurs", "in accordance with the conditions for sub-processors set out in the Data Processing
# Addendum"): the permission is that document's regime, not a free one
_UNDER_TERMS = r"\b(dans les conditions|selon les (conditions|modalites|regles)|aux conditions|conformement (a|aux)|" \
               r"in accordance with|under the (terms|conditions|rules)|subject to the (terms|conditions|rules)|on the (terms|" \
               r"conditions)|as (provided|set out|laid down|described))\b[^.;]{0,80}?" + _TERMS_DOC

# the words of a sentence that hands on the data or names sub-processors, not only the work
# (the French adjective in its feminine forms: the English "personnel" are staff)
_DATA_OR_SUBPROCESSORS = r"donnees|\bdata\b|contenus?|content|fichiers|files|personnelles?\b|personal|sous-traitants? " \
                         r"ulterieurs?|sous-traitance ulterieure|sub-?process\w*|(another|other|further) processors?|" \
                         r"\bbackups? (sets?|copies)\b|\bcopies de sauvegarde\b"


def _pointer(f: str, sp: re.Match) -> bool:
    doc = next((d for d in re.finditer(_TERMS_DOC, f[:sp.start()])
                if re.search(_SETS_OUT, f[d.end():sp.start()])), None)
    listed = re.search(r"\b(listed|named|identified|designated|mentionne\w*|liste\w*|identifie\w*|designe\w*|"
                       r"reference\w*)\s+(as|comme|en tant que)\s+((an?|un|une)\s+)?$", f[:sp.start()]) and re.match(
        r"[^.;]{0,20}?\b(in|dans|a|au|under)\b[^.;]{0,30}?" + _TERMS_DOC, f[sp.end():])
    return bool(doc or listed or re.search(_SETTLED_IN, f[sp.end():]))


def _hosted_by_own_supplier(w: Where) -> str:
    """The data hosted or stored with the provider's own supplier ("hébergées dans la région Europe du fournisseur de
    cloud du Fournisseur", "stored in its cloud provider's data centres", "hosted by our hosting provider")."""
    own = rf"(?:(?:fournisseur|prestataire|hebergeur|operateur)s? (?:de cloud|d'hebergement|cloud|d'infrastructure|" \
          rf"de (?:services )?(?:cloud|nuage)) (?:du|de la|de l') ?{w.names.provider}|(?:son|leur|notre|ses|leurs|nos) " \
          rf"(?:fournisseurs?|prestataires?|hebergeurs?|operateurs?) (?:de cloud|d'hebergement|cloud|d'infrastructure)|" \
          rf"(?:its|their|our|the {w.names.provider}'?s?) (?:own )?(?:cloud|hosting|infrastructure|data ?cent(?:er|re)) " \
          rf"(?:providers?|vendors?|suppliers?|operators?|partners?))"
    return rf"\b(hosted|stored|kept|processed|hebergee?s?|stockee?s?|conservee?s?|traitee?s?|host|store|heberg\w*|stock\w*)" \
           rf"\b[^.;]{{0,80}}?\b{own}"


def subprocessing(s: Sent, w: Where) -> list:
    f = s.folded
    sp = re.search(SUBPROC, f) or re.search(ENGAGES_SUBCONTRACTOR, f) or (
        re.search(ONWARD, f) if re.search(PERSONAL + r"|donnees du client|customer data|(customer|client)'?s? data|your data|vos "
                                          r"donnees|donnees des? (clients?|salaries|utilisateurs)", f) else None) or \
        re.search(BROUGHT_IN, f) or re.search(HAVE_DONE_BY, f) or re.search(STORED_WITH, f) or \
        re.search(PARTNERS_OF_CHOICE, f)
    hosted = re.search(_hosted_by_own_supplier(w), f)  # what is hosted there is the client's (records, files, data)
    sp = sp or hosted
    if not sp and re.search(SUBPROC, w.heading or ""):
        # under a heading naming them ("A2.6 Sous-traitants ultérieurs"), a sentence on their changes speaks of them
        # without repeating the word ("L'Editeur informe le Client de tout ajout ou remplacement…")
        sp = re.search(r"\b(ajouts?|remplacements?|changements?|modifications?|additions?|replacements?|changes?)\b"
                       r"[^.;]{0,40}\b(informe|notif|avis|prevenu|oppos|object|notice|inform)|\b(informe|notifie|previent|"
                       r"inform|notif)\w*\b[^.;]{0,80}\b(ajouts?|remplacements?|changements?|additions?|replacements?|"
                       r"changes?|nouveaux?|new)\b", f)
    if not sp:
        return []
    if re.search(NO_DATA + "|" + NO_DATA_WORK, f):
        return []  # subcontracted work that reaches no personal data is no sub-processing (Art. 28(2) is about the data)
    if not re.search(_DATA_OR_SUBPROCESSORS, f) and re.search(DATA_TERMS_ELSEWHERE, w.clause or ""):
        # the obligations subcontracted in words that say nothing of the data, the clause sending any subcontracting of
        # personal data to the processor terms ("Any subcontracting that involves the processing of personal data is also
        # subject to paragraph 6 of Schedule 2"): the sub-processors are those terms' (the subcontracting stays the
        # assignment reader's)
        return []
    required = re.search(REQUIRED_FIRST, f)
    if required:
        # read the rest of the sentence without that requirement (its "without notice" waives nothing)
        f = f[:required.start()] + " " * (required.end() - required.start()) + f[required.end():]
    if _pointer(f, sp) and not re.search(FREE_CHOICE, f) and modal(f) not in ("may", "must_not"):
        return []  # the sub-processors are that document's to settle (and it is reviewed as such)
    if re.search(_UNDER_TERMS, f) and not re.search(FREE_CHOICE, f) and modal(f) != "must_not":
        return []  # engaged on the processor terms' own conditions: that document settles them (reviewed as such)
    mod = modal(f)
    free = re.search(FREE_CHOICE, f)
    may_only = False  # the permission is a bare "may use / peut recourir à" (no authorisation worded as such)
    # the article's other sentences about sub-processors (a breach notice or a change of security measures in the
    # same annex is no notice of new sub-processors)
    about = " ".join(x for x in re.split(r"(?<=[.;])\s", w.article) if not re.search(r"violation|breach|incident", x))
    # told afterwards ("a posteriori, dans son rapport annuel", "after the fact") is no notice before the change
    notice = bool(required and re.search(NOTICE_WORDS, required.group(0))) or _regime(f, NOTICE_WORDS, NO_NOTICE) and not re.search(
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
                 r"( (ecrite?|expresse?))?|"
                 # "avec l'autorisation écrite préalable du Client": each one consented to, in writing, beforehand
                 r"\b(avec|apres|moyennant) (l'|son |leur )?(autorisation|accord|consentement|agrement) ((ecrite?|expresse?|"
                 r"prealable|specifique) ){0,2}(ecrite?|expresse?|prealable|specifique)\b|"
                 r"\bonly (with|after obtaining) (the )?(\w+'?s? )?(prior )?(specific )?(written )?"
                 r"(authori[sz]ation|consent|approval)|" + EACH_ACCEPTED, f) and \
            not (free and mod in ("may", "states")) or (mod == "must_not" and re.search(CONSENT_EXCEPTED, f)) or bool(
                required and re.search(r"consent|approval|accord|autorisation|authori|agrement", required.group(0))):
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
                   r"reput\w* (accepte|autorise|approuve|agree)\w*", f) or re.search(
                       r"(cette|this|such|la|the) (information|notice|notification|mise a jour|update|publication|posting|"
                       r"modification|liste)( \w+)? (vaut|vaudra|emporte|constitute\w*|is deemed|shall be deemed|will be deemed)"
                       r" (\w+ )?(acceptation|accord|autorisation|approbation|acceptance|approval|consent)", about):
        auth = "general"  # a change deemed accepted by the client: a general authorisation, with no say on each change
    elif re.search(r"\b(may|peut|pourra|is entitled to|a le droit de|is free to|se reserve le droit de)\b[^.;]{0,40}\b(replace|"
                   r"add|change|appoint|engage|use|substitut|remplac|ajout|chang|modifi|design|recour|faire appel|updat|amend|"
                   r"revis|mettre a jour|complet)\w*", f) \
            and subject(f, w.names) in ("provider", "unknown") and mod not in ("must_not", "need_not"):
        auth = "general"  # the processor may add or replace sub-processors: a general authorisation in effect
        may_only = True
    else:
        auth = "unknown"
    out: list = []
    # only a processor has sub-processors: a provider that hands the client's processing on to them is one
    f = s.folded  # (the requirement read above is part of the sentence again)
    named = re.search(r"sous-traitants? ulterieurs?|sous-traitance ulterieure|sub-?processors?|sub-?processing", f)
    if named and subject(f, w.names, named.start()) in ("provider", "unknown") and not re.search(NO_DATA, f):
        out.append(m.ProcessingRole(evidence=s.evidence(named), clause=w.index, role="processor", basis="stated"))
    return out + [m.Subprocessing(
        evidence=s.evidence(sp), clause=w.index, authorisation=auth,
        notice=notice,
        objection=objection,
        flow_down=bool(re.search(r"memes obligations|same (data protection )?obligations|equivalent|not less "
                                 r"protective|substantially similar|bound by", f)),
        liable=bool(re.search(r"(demeure|reste|remains?) (pleinement |fully )?(responsable|liable)", f)),
        services_only=(auth == "unknown" or (may_only and not re.search(_DATA_OR_SUBPROCESSORS + "|" + PERSONAL, w.article)))
        and not free and not hosted and not re.search(_DATA_OR_SUBPROCESSORS + "|" + NOTICE_WORDS + "|" + OBJECTION_WORDS, f),
        no_word_on_data=not (hosted or re.search(_DATA_OR_SUBPROCESSORS + "|" + PERSONAL + "|" + PARTNERS_OF_CHOICE, f)))]
    # (a bare "may use" in the article on personal data, "peut faire appel à d'autres sous-traitants pour héberger ses
    # outils", hands on the processing: it is about sub-processors)
