"""The subject-matter facets of Art. 28(3), first subparagraph, GDPR read as stated content (used by
`art28_duties.obligations` and `review.art28`): the subject matter, duration, nature and purpose of the processing,
the types of personal data and the categories of data subjects. Three of five across a document make the element
present. Moved out of `art28_duties.py` unchanged.
"""

from __future__ import annotations

import re

from assistant.legal.review.facts.art28_shape import BINDING, DEFINITION
from assistant.text.gate import may_match


# Art. 28(3), first subparagraph: the subject matter, duration, nature and purpose of the processing, the types of
# personal data and the categories of data subjects. Each facet counts when a sentence states it - its name with its
# content ("Durée du traitement : celle du contrat"), or its content alone (a purpose stated, the DPA's term tied to
# the agreement's, a list of data items or of kinds of people) - not when a sentence only names the facets and points
# elsewhere ("…are set out in Annex 1"), leaves a blank to fill in, or borrows the words ("taking into account the
# nature of the processing", Art. 28(3)(e)-(f)).
SUBJECT_FACETS = [
    r"objet du traitement|subject[- ]matter (of|and|,)( the)? (\w+ )?(processing|data processing|dpa|addendum|"
    r"duration)|^\W{0,3}subject[- ]matter\b|objet de la sous-traitance|^\W{0,3}subject of (the )?(collection|"
    r"processing|data processing)",
    r"duree du traitement|duration of (the )?processing|for the (duration|term) of the (agreement|services)|"
    r"(?:^|[;:,]\s|\bet |\band )(la |the )(duree|duration|term) (est|is|sera|will be|shall be) (celle|that|the (term|duration)|"
    r"identique|equal|egale|la duree) (du|de l'|de la|of the|of this|to the) ?(contrat|accord|agreement|contract|marche)\b|"
    r"(?<!any )(?<!each )(?<!every )(?<!material )(?<!other )(?<!a )(duration|term|duree) of (this|the) ([\w-]+ ){0,3}?"
    r"(dpa|addendum|agreement|avenant|contrat)\b.{0,40}"
    r"(correspond|coincide|same|equal|identi|match|is|shall be|est|sera)|"
    r"duree (du|de l'|de la|de cet|de ce) (present |presente )?([\w-]+ ){0,3}?(accord|avenant|contrat|annexe|dpa)\b.{0,40}"
    r"(correspond|coincide|identique|egale|meme|est|sera|celle)",
    r"nature (et|and) (la )?(finalite|purpose)|nature of (the )?processing|finalites? du traitement|"
    r"purposes? of (the )?processing|\b(nature|purposes?|finalites?)\b[\w ,/]{0,40}\b(of|du|de la) (the )?(data )?"
    r"(processing|traitement)\b|(?<!during )(?<!throughout )(?<!in )(?<!for )(basic )?processing (activities|operations) ?(\([^)]*\) ?)?(are|include|"
    r"shall|will|:)|"
    r"(?<!pendant les )(?<!durant les )(?<!lors des )operations de traitement (sont|comprennent|:)|"
    # the facet named bare as the subject of its statement ("la finalité est le suivi…", "the purpose is managing…")
    r"(?:^|[;:,]\s|\bet |\band )(la |les |the )(finalites?|purposes?)( poursuivies?| pursued)? (est|sont|is|are|consist\w*) "
    r"(?!(de |to )?(garantir|assurer|ensure|guarantee|permettre|allow)\b)|(subject to|undergo|feront l'objet|fait l'objet|font l'objet) (the "
    r"following|des|les) (basic )?(processing (activities|operations)|operations de traitement)",
    r"(types?|(?<!special )categories) (de|of) (donnees|personal data)|donnees traitees|"
    r"(les |the )(donnees|data|personal data) (concernees|concerned|in question) (sont|are|comprennent|include)\b|"
    r"(types?|(?<!special )(?<!particular )"
    r"categories) of (\w+ )?data\b(?! subjects?)",
    r"categories (de|of) (personnes concernees|data subjects?)",
]
# the facets' names and the words a heading adds to them: what is left of a sentence once they are gone is its content
_FACETS = [re.compile(p) for p in SUBJECT_FACETS]
# the operations of Art. 4(2) GDPR: several of them listed describe the nature of the processing
_OPERATIONS = re.compile(r"\b(collect|record|organi[sz]|structur|stor(e|ing|age)|host|retriev|consult|us(e|ing)\b|"
                         r"disclos|transmi|disseminat|align|combin|restrict|eras|destr|delet|analy[sz]|archiv|"
                         r"collecte|enregistr|conserv|consultation|extraction|hebergement|communication|effacement|"
                         r"destruction|sauvegard|backup)\w*")
_NAME_WORDS = re.compile(r"\b(the|of|and|la|le|les|de|des|du|et|processing|traitement|personal|data|donnees|personnelles|"
                         r"subjects?|being|term|terme|persons?|personnes|kinds?|"
                         r"controller|customer|client|processed|traitees|this|dpa|agreement|contrat|concerned|concernees|"
                         r"categories|types?|nature|purposes?|duration|subject|matter|finalites?|duree|objet|a caractere)\b|"
                         r"[\W\d_]+")
_DATA_ITEMS = re.compile(r"\b(first names?|last names?|surnames?|full names?|names?|e-?mail addresses|e-?mail|phone numbers?|"
                         r"telephone|ip address(es)?|postal address(es)?|date of birth|log-?in|user ?names?|passwords?|"
                         r"contact (details|information|data)|billing|payment (data|details|information)|location data|"
                         r"usage data|identification data|job titles?|device (data|identifiers)|cookies?|"
                         r"nom|prenom|adresses? (e-?mail|electronique|postale)|numeros? de telephone|date de naissance|"
                         r"identifiants?|donnees de (connexion|facturation|localisation|navigation)|fonction|"
                         r"donnees d'identification|coordonnees|donnees (economiques|financieres|bancaires)|numeros? de "
                         r"securite sociale|elements de remuneration|identification data|account credentials|"
                         r"email content|address books?|(text|sms) messages|call (logs|records|detail records)|message "
                         r"(content|logs)|communication (data|content)|traffic data|carnets? d'adresses|journal des appels|"
                         # other usual items of a data inventory
                         r"user ?ids?|customer ids?|employee ids?|account (ids?|numbers?|information)|(home|business|"
                         r"private|work) address(es)?|addresses|mobile (phone )?numbers?|fax numbers?|gender|sex|nationality|"
                         r"citizenship|marital status|photo(graph)?s?|signatures?|career history|education|"
                         r"qualifications|employer|company name|department|salary|bank (account|details)|iban|"
                         r"credit card (numbers?|details)|browser type|device information|operating system|"
                         r"(access|log-?in|log-?on) (times|dates?|history)|time ?stamps?|social (media|network) "
                         r"(accounts?|ids?|profiles?)|login credentials|"
                         r"sexe|nationalite|situation familiale|photographies?|diplomes?|employeur|salaire|rib|"
                         r"numeros? de (carte|compte)|adresses? ip|historique de connexion)\b")
_SUBJECT_KINDS = re.compile(r"\b(employees|staff( members)?|customers|clients|end[- ]users|users|contact persons|contacts|"
                            r"prospects|patients|visitors|suppliers|vendors|business partners|contractors|consultants|"
                            r"students|members|subscribers|job applicants|candidates|salaries|collaborateurs|"
                            r"advis[eo]rs|representatives|volunteers|partners|former employees|temporary staff|"
                            r"patients|benevoles|representants|partenaires|"
                            r"fournisseurs|utilisateurs|abonnes|candidats|agents|adherents|usagers)\b")
_FACET_CONTENT = [
    re.compile(r"(le traitement|la sous-traitance|the processing)( (\w+ ){0,3}?(confie\w*|realise\w*|carried out|performed)"
               r")? (a pour objet|porte sur l'|consists? (of|in)|concerns? the (provision|performance|hosting))|"
               r"\b(shall|will|agrees to|s'engage a|doit) (provide|perform|carry out|render|fournir|realiser|executer) (to \w+ )?"
               r"(the following|these|les|des) (data )?(processing (services|activities|operations)|prestations de "
               r"traitement|operations de traitement)"),
    re.compile(r"(this (dpa|addendum|agreement|data processing agreement)|(the |la |le )?(processing|traitement)|(le |la |"
               r"ce |cet |le present |la presente )(contrat|accord|avenant|annexe)) (\w+ ){0,3}?(shall |will |is |est |sera )?"
               r"(terminat|expir|end|remain in (force|effect)|coincide|enter\w* into force|continue|take effect|become "
               r"effective|prend fin|entre en vigueur|demeure en vigueur|a la meme duree|dure|is effective|be carried out (until|for|"
               r"during|as long)|(be|remain|is) in "
               r"effect|comes? into (effect|force)|commence|appl(y|ies) (to [\w ]{1,60} )?(from|until)|prend effet)\w*|pendant (toute )?la duree "
               r"(du|de l') (contrat|accord)|for (as long as|the (duration|term|life) of)|pour (toute )?la duree (du|de l'|"
               r"des) (contrat|accord|prestations?|services?)|"
               # a start and an end stated together ("begins on signature and ends when the main agreement ends"), or
               # the processing's duration tied to the contract ("for the duration provided in the Agreement")
               r"\b(begins|commences|starts|(shall|will) (begin|commence|start)|debute|debutera|commence|commencera)\b"
               r".{0,100}\b(ends|terminates|expires|(shall|will) (end|terminate|expire)|prend fin|prendra fin|s'achev\w*|"
               r"cesse|cessera)\b|\b(process\w*|trait\w*)\b.{0,60}\b(for|pendant|pour) (the|la) (duration|term|period|"
               r"duree) (provided|set out|specified|agreed|stipulated|fixed|prevue|fixee|convenue|stipulee) (in|by|under|"
               r"dans|par) (the|this|le|la|ce) (\w+ )?(agreement|contract|contrat|accord)"),
    re.compile(r"(purpose|objective|aim|finalite|but)s? (of|de|du) (the |la |le )?(data )?(processing|traitement)( [\w ]{0,40}?)? (is|are|"
               r"shall be|consists?|est|sont|consiste)|(processing|traitement)\b.{0,60}\b(shall be|is|will be|est|sera) "
               r"(to enable|to provide|to perform|to allow|de permettre|destine)|"
               r"\b(uses?|used|collects?|collected|utilise\w*|collecte\w*)\b ([\w'-]+ ){0,3}?(data|information|addresses|details|"
               r"donnees|informations|adresses)\b ([\w']+ ){0,3}?(to|pour|afin de) (provide|perform|deliver|render|operate|"
               r"fournir|executer|realiser|assurer)\b|"
               r"\b(process(es|ed)?|trait(e|ent|era))\b ([\w']+ ){1,4}?to (provide|perform|deliver|render|operate|fournir|"
               r"executer|realiser)\b|"
               r"\b(process(es|ed|ing)?|trait(e|ent|era|ees?|er))\b .{0,160}(for the "
               r"(sole |only )?purposes? of|in order to|afin de|aux fins d[eu']|pour les besoins d[eu']|dans le but d[e'])"
               r" (\w+ ){0,2}?(provid|perform|deliver|fourni|execut|realis|the provision|the performance|carry\w* out|"
               r"fulfil|render|support|permet\w*)|^\W{0,3}(purposes?|nature|finalites?)( of (the )?processing)?\W{0,3}[:(-]|"
               # the operations or purposes listed after a lead-in ("…when performing the following operations:",
               # "processes personal data … to: (1) monitor…")
               r"(?<!shall )(?<!will )(?<!to )(?<!doit )(?<!s'engage a )\b(perform\w*|carry\w* out|effectu\w*|realis\w*) (the "
               r"following|les operations suivantes) (processing )?"
               r"(operations|activities)\b|\b(process(es|ed)?|trait(e|ent))\b ([\w'-]+ ){1,8}?to: ?\(?(1|a|i)\)|"
               # the service described by what it lets the controller do: the purpose of the processing it carries
               # ("a hosted application, provided by the vendor, that enables the customer to plan its rounds",
               # "une plateforme qui permet au client de gérer ses rendez-vous")
               r"^\W{0,3}(\(?\w{1,3}[.)]\s*)?(an? |the |une? |la |le |l')?([\w-]+ ){0,3}?(software|service|platform|application|"
               r"solution|tool|logiciel|plateforme|outil)s?\b[^.;]{0,80}\b(that|which|qui) (enables?|allows?|lets|helps?|"
               r"permet\w*|aide\w*) (the |le |au |a la |aux )?(controller|customer|client|responsable|users?|utilisateurs?)\b"
               r"[^.;]{0,20}\b(to|de|d'|a)\b"),
    None,
    re.compile(r"data subjects (may |also |shall |will )?(include|are(?! (\w+ )?(?!processed|concerned|affected|covered|included)\w+ed\b)|comprise|consist)|personnes concernees (sont|"
               r"comprennent|incluent)|^\W{0,3}data subjects (about|of) whom|^\W{0,3}personnes concernees dont"),
]
# sent elsewhere ("…are set out in Annex 1", "Appendix A contains the details") or left blank ("Insert…", "[…]");
# a lead-in to the list that follows ("…are as follows:") is the statement itself
_FACET_REFERENCE = re.compile(r"\bprovided in (\w+ )?(annex|appendix|schedule|exhibit|annexe)|"
                              r"\b(set out|set forth|specified|described|detailed|listed|defined|contained|outlined|"
                              r"referred to|precise\w*|decrit\w*|defini\w*|figur\w*|indique\w*|mentionne\w*) (in|at|by|under|"
                              r"dans|en|a|au|aux|par)\b|\b(contains|sets out|determined|insert|describe|please specify|to be "
                              r"completed|a completer|a renseigner|list (all|the)|indiquer|preciser)\b|\[")
_BORROWED = re.compile(r"(taking into account|take into account|taken into account|factoring into account|having regard to|"
                       r"subject to|depending on|in light of|en fonction de|selon|"
                       r"compte tenu|en tenant compte|prend\w* en compte).{0,300}(nature|purposes?|finalit)|"
                       # the law's formula of what is weighed (Arts 24(1), 25(1), 32(1), 35(1)): "the nature, scope,
                       # context and purposes of the processing", also cut from its lead-in
                       r"\bscope,? (and )?context\b|\bportee,? (du |le )?contexte\b|"
                       # a facet named as the topic of another duty: information about the purposes, a new
                       # sub-processor's notice "including about the purpose of the processing"
                       r"\b(information|informations|details|notice|notification|informer|inform\w*|about|regarding|"
                       r"concerning|sur|concernant) (\w+ ){0,2}?(the |la |les |le )?(nature|purposes?|finalit\w*)")
# the sentence's time words belong to another duty ("For the term of the Agreement, the processor will provide the
# ability to export…") or to the contract's survival ("the remaining provisions shall continue in full force")
_OWN_TERM = re.compile(r"\b(processing|processe[sd]|process (the |personal |such |controller|customer)|traitement|"
                       r"trait(e|ent|era|eront|ees?)|dpa|addendum|"
                       r"clauses|(this|the present|le present|la presente|cet?) (data processing |data protection )?"
                       r"(agreement|contrat|accord|avenant|annexe)|terms of this)\b")
_NOT_TERM = re.compile(r"severab|invalid|unenforceable|remaining provisions|autres stipulations|nulle?s? ou inapplicable|"
                       # the terms that outlive the agreement, or the time of another duty ("inform of any new
                       # sub-processor engaged during the term of the agreement")
                       r"continue to apply (even )?after|surviv|\bduring the (term|duration) of\b|"
                       # when the DPA starts, with nothing on how long the processing lasts
                       r"^(?!.*\b(until|for as long as|as long as|expire|expiry|terminat|ends?\b|duration|term of|jusqu|"
                       r"tant que|duree|prend fin)).*\b(come|comes|coming|enter|enters|entre) (into|en) (effect|force|"
                       r"vigueur)|^(?!.*\b(until|for as long as|as long as|expire|expiry|terminat|ends?\b|duration|term of|"
                       r"jusqu|tant que|duree|prend fin)).*\b(become|becomes|shall become|take|takes) (effective|effect)\b")
# people named as who may enter a place or use a system, data named as a security device, and the rows of a
# sub-processor list (an address, "provision of…"): none describes the processing of the controller's data
_NOT_SUBJECTS = re.compile(r"authori[sz]ed (employees|personnel|staff|persons|users)|allowed|permitted|entry|premises|"
                           r"data cent(er|re)s?|badge|card key")
_NOT_ITEMS = re.compile(r"authenticat|password polic|login to|\bsub-?processors?\b|\bsubprocessors?\b|sous-traitants? "
                        r"ulterieurs?|\b\d{1,5},? [a-z]+ (street|st|avenue|ave|road|rd|way|pkwy|parkway|blvd|drive|lane)\b|"
                        r"\b(suite|floor) \d|\bregistered address\b|\bhq\b")


_STATES = re.compile(r"\b(is|are|est|sont|consists?|consiste\w*|shall be|will be|sera|seront)\b (?!(as |further |more "
                     r"fully )?(set|specified|described|detailed|listed|defined|contained|outlined|provided|referred|"
                     r"precise\w*|decrit\w*|defini\w*|indique\w*|mentionne\w*|figur\w*|enumere\w*)\b)")


# a record of processing activities (Art. 30(2)) named with what it lists ("maintain a record of all categories of
# processing", "tenir un registre des catégories de traitements")
_RECORD_OF = re.compile(r"\b(records?|registers?|registre)\b (\w+ ){0,3}?(of|des?|listing|recensant) (all |toutes )?(the |les )?"
                        r"([\w-]+ )?(categories|categor|types)")


# the purpose stated by its limit, whatever follows ("pour la seule finalité de la maintenance", "for the purpose of managing
# the badges"); not a legal reference ("for the purposes of Article 28", "for the purposes of this Schedule")
_PURPOSE_LIMIT = re.compile(r"\b(for the (sole |only |exclusive |limited )?purposes? of|pour (la |les )?(seule|unique|exclusive)s? "
                            r"finalites? (de|d'|du|des)|aux (seules |uniques )?fins d[eu']s?|dans le (seul |unique )?but d[e'])"
                            r"\s*(?!(article|art\.|section|clause|paragraph|schedule|annex|this|these|such|the (gdpr|regulation|law|"
                            r"act|agreement|schedule|annex|dpa|addendum|contract)|l'article|la loi|la presente|le present|"
                            r"(du|au) (rgpd|reglement|present)|cette|ce|cet)\b)[a-z]")
# the purpose belongs to the processing of data, not to another duty of the processor (assisting, notifying, auditing)
_ABOUT_DATA = re.compile(r"\b(data|donnees|records?|fichiers?|dossiers?|process\w*|trait(e|es|ee|ees|ent|era|er)|accede\w*|"
                         r"access\w*|consult\w*|collect\w*|host\w*|heberg\w*|stor\w*)\b")
_OTHER_DUTY = re.compile(r"\b(assists?|assist(ing|ance)|aide\w*|help\w*|notif\w*|inform\w*|audit\w*|cooperat\w*|coopere\w*)\b")


def _colon_content(f: str) -> bool:
    """A colon followed by content, outside brackets and quotations (a title quoted in a reference, "(titled 'Annex 1:
    Details')", is no list)."""
    bare = re.sub(r"\([^()]*\)|[\"\u201c\u00ab][^\"\u201c\u201d\u00ab\u00bb]*[\"\u201d\u00bb]", " ", f)
    return re.search(r"[:]\s*\S", bare) is not None


def _stated_before(f: str, named: dict[int, tuple[int, int]], at: int) -> bool:
    """The facet's content stated between its name and a reference ("…is for the sole purpose of managing the hiring
    process, as further specified in the Main Agreement"): a verb that states it, then four words or more that are not
    the facets' own words (not "…are as specified in…", "…are provided in Appendix 1")."""
    end = max((e for _s, e in named.values() if e <= at), default=None)
    verb = _STATES.search(f, end, at) if end is not None else None
    return verb is not None and len(_NAME_WORDS.sub(" ", f[verb.end():at]).split()) >= 4


# a facet's name followed by a relative clause and nothing else ("The categories of data subjects to whom the personal data
# relates", "Catégories de personnes concernées auxquelles se rapportent les données"): a caption with no verb of its own
_RELATIVE_TAIL = re.compile(r"\s*(\([^)]*\)\s*)?(to whom|to which|which|that|who|whom|whose|auxquel\w*|dont|qui|que)\b"
                            r"(?![^.:;]*\b(are|is|include\w*|compris\w*|consist\w*|shall|will|must|may|sont|est|comprennent|"
                            r"incluent|seront|sera)\b)[^.:;]{0,120}$")


def _relative_caption(f: str, span: tuple[int, int]) -> bool:
    return re.fullmatch(r"\W{0,3}(the |les |la |le |l')?", f[:span[0]]) is not None and \
        _RELATIVE_TAIL.match(f, span[1]) is not None


def subject_facets(f: str) -> dict[int, tuple[int, int]]:
    """The facets of Art. 28(3), first subparagraph, that the folded sentence `f` states: facet index -> span."""
    if DEFINITION.match(f) or re.search(r"\bmeans\b|\bdesigne\b", f[:160]) or re.search(r"\?\W{0,3}$", f):
        return {}  # a definition, or a question (a template's prompt: "What types of data are involved?")
    named = {i: x.span() for i, rx in enumerate(_FACETS) if may_match(rx, f) and (x := rx.search(f))}
    if 2 in named and _BORROWED.search(f):
        del named[2]
    for i in (3, 4):  # the categories as the content of a record a party keeps (Art. 30), not a statement of them
        if i in named and _RECORD_OF.search(f):
            del named[i]
    if 1 in named and (_NOT_TERM.search(f) or (re.match(r"for the (duration|term)", f[named[1][0]:]) and not
                                               _OWN_TERM.search(f))):
        del named[1]
    lead_in = re.search(r"\b(the following|as follows|suivante?s?|ci-apres)\b[^:]*:\W{0,3}$", f) and not re.search(
        r"please specify|to be completed|a completer|a renseigner|\binsert\b|\[", f)
    if re.search(r"\blist (all|the)\b|to be completed|a completer|a renseigner|\bplease refer\b|\brefer to the attached|"
                 r"\bse reporter a\b", f):
        return {}  # a template's instruction to fill in the facet states none
    ref = _FACET_REFERENCE.search(f)
    if named and ref and not _colon_content(f) and not lead_in and not _stated_before(f, named, ref.start()):
        return {}  # names the facets and sends the reader elsewhere (or leaves a blank)
    if named and len(_NAME_WORDS.sub(" ", f).split()) < 2:
        return {}  # a heading that only names the facets: its content, if any, is in the sentences that follow
    if named and _relative_caption(f, min(named.values())):
        return {}  # "Categories of data subjects to whom the data relates": a caption, its content elsewhere
    out = dict(named)
    for i, rx in enumerate(_FACET_CONTENT):
        if rx is not None and i not in out and may_match(rx, f) and (x := rx.search(f)) and not (i == 1 and re.search(r"surviv", f)) \
                and not (i == 2 and (_BORROWED.search(f) or re.search(r"sub-?processors?|subprocessors?|sous-traitants? "
                                                                     r"ulterieurs?", f))) \
                and not (i == 1 and _NOT_TERM.search(f)) and not (
                i == 4 and _FACET_REFERENCE.search(f) and not _colon_content(f)):
            out[i] = x.span()
    if 1 in out and re.match(r"for |pendant |pour (toute )?la duree", f[out[1][0]:]) and not _OWN_TERM.search(f):
        del out[1]  # "For the term of the Agreement, the processor will provide…": the time of another duty
    limit = _PURPOSE_LIMIT.search(f) if 2 not in out else None
    if limit and _ABOUT_DATA.search(f, 0, limit.start()) and not _BORROWED.search(f) and \
            not _OTHER_DUTY.search(f, 0, limit.start()):
        out[2] = limit.span()  # the purpose stated by its limit ("for the sole purpose of running the payroll")
    ops = {x.group(1)[:5] for x in _OPERATIONS.finditer(f)}
    if 2 not in out and len(ops) >= 4 and re.search(r"data|donnees|information", f) and not re.search(
            r"accident|unlawful|unauthori[sz]|illicite|non autorise|risks?\b|risque|breach|incident|violation|controls?\b|"
            r"shall not|must not|ne (doit|peut)|irreversible|\bmeans\b|^\W{0,3}[\w /]{1,40}:", f):
        out[2] = _OPERATIONS.search(f).span()  # the operations performed (Art. 4(2)) are the nature of the processing
    items = list(_DATA_ITEMS.finditer(f))
    if 3 not in out and len({x.group(0) for x in items}) >= 3 and not _NOT_ITEMS.search(f) and not re.search(
            r"contact (details|person)|designated|interlocuteur|correspondant|breach|violation", f):
        out[3] = items[0].span()
    kinds = list(_SUBJECT_KINDS.finditer(f))
    if 4 not in out and len({x.group(0) for x in kinds}) >= 2 and not BINDING.search(f) and not re.search(
            r"\b(should|ought to|are required to|sont tenus|doivent)\b", f) and len(f.split()) <= 60 and \
            (kinds[0].start() < 40 or re.search(r"data subjects|personnes concernees|individuals|\bconcern|porte sur|"
                                                r"\bdata (of|about|on|from) (the |its |their )?(\w+'?s? )?(\w+ )?" + _SUBJECT_KINDS.pattern[2:] + "|"
                                                r"\bdonnees (personnelles )?(des|de ses|de leurs) |"
                                                r"portent sur|relat\w* to", f)) and not re.search(
            r"secur|training|formation|access|acces|awareness|disciplin|responsibilit|policy|politique", f) and \
            not _NOT_SUBJECTS.search(f):
        out[4] = kinds[0].span()
    return out


# The description of the processing laid out as labelled rows: a table ("| Finalité | … |"), "Label : content" items in a
# list or a paragraph, a questionnaire's questions with their answers ("| Pour quelle finalité ? | … |"). There a bare
# label ("Objet", "Durée", "Purpose", "Data") names the facet its row states; elsewhere the same word is a contract's own
# article. So a label counts only in a cluster of such rows that holds one label only the processing has (the data, the
# people concerned, the nature of the operations) and at least two facets, and only when its row has content of its own
# (not left blank, not "see Annex 2").
_LABEL_FACETS = [
    r"objet(?: du traitement| de la sous-traitance| des traitements)?|subject(?:[- ]matter)?(?: of (?:the )?processing)?",
    r"duree(?: du traitement| des traitements)?|duration(?: of (?:the )?processing)?|term|pendant combien de temps[^|?\n]{0,30}|"
    r"pour quelle duree[^|?\n]{0,30}|(?:for )?how long[^|?\n]{0,30}",
    r"nature(?: (?:des |of (?:the )?)(?:operations|processing|traitements?))?|finalites?(?: du traitement| des traitements)?|"
    r"purposes?(?: of (?:the )?processing)?|(?:processing )?operations|operations de traitement|"
    r"pour quelles? finalites?[^|?\n]{0,40}|what (?:is|are) the purposes?[^|?\n]{0,40}|why[^|?\n]{0,40}",
    r"(?:types?|categories) (?:de |of )(?:donnees|(?:personal )?data)(?: traitees| processed| personnelles)?|"
    r"donnees(?: traitees| personnelles| concernees)?|(?:personal )?data(?: processed)?|"
    r"quels? (?:types?|categories) de donnees[^|?\n]{0,30}|what (?:types?|kinds?|categories) of (?:personal )?data[^|?\n]{0,30}",
    r"(?:categories (?:de |of ))?(?:personnes concernees|data subjects)|quelles? (?:categories de )?personnes[^|?\n]{0,30}|"
    r"which (?:categories of )?(?:individuals|people|persons|data subjects)[^|?\n]{0,30}|who (?:is|are) concerned[^|?\n]{0,20}",
]
_SPECIFIC = re.compile(r"donnees|data|personnes|individuals|people|persons|nature|operations")
_LABEL_ROW = re.compile(
    r"(?:^|(?<=\|)|(?<=[.;:]\s)|(?<=\*\*))[ \t]*(?:\*\*)?[ \t]*(?:[a-z]?\d+(?:\.\d+)*[.)]?[ \t]+)?(?:\*\*)?(?P<label>"
    + "|".join(f"(?P<f{i}>{p})" for i, p in enumerate(_LABEL_FACETS))
    + r")(?:\*\*)?[ \t]*(?::|\?[ \t]*\||\||\?)[ \t]*(?:\*\*)?[ \t]*(?=(?P<content>[^|\n;]{0,240}))", re.M)
_NO_CONTENT = re.compile(r"(voir|see|cf\b|refer|as (set out|specified|described|defined)|selon|conformement|tel(le)?s? que|"
                         r"\[|a completer|a renseigner|to be (completed|confirmed|agreed)|tbd\b|tbc\b|n/?a\b|neant\b|"
                         r"not applicable|sans objet|_{2,}|\.{3}|\u2026)")


def labelled_facets(f: str, gap: int = 600) -> dict[int, tuple[int, int]]:
    """Facets (index -> span of the row's content) stated as labelled rows in the folded document `f`."""
    rows = []
    for m in _LABEL_ROW.finditer(f):
        head = re.split(r"\.\s|\?\s", m.group("content").strip(" *\t"), maxsplit=1)[0]
        if len(re.findall(r"[a-z]{2,}", head)) < 2 or _NO_CONTENT.match(head):
            continue
        i = next(int(k[1:]) for k, v in m.groupdict().items() if k.startswith("f") and v is not None)
        rows.append((m.start("content"), m.end("content"), i, bool(_SPECIFIC.search(m.group("label")))))
    out: dict[int, tuple[int, int]] = {}
    cluster: list[tuple[int, int, int, bool]] = []
    for row in rows + [(10 ** 12, 10 ** 12, -1, False)]:
        if cluster and row[0] - cluster[-1][0] > gap:
            if any(r[3] for r in cluster) and len({r[2] for r in cluster}) >= 2:
                for start, end, i, _specific in cluster:
                    out.setdefault(i, (start, end))
            cluster = []
        cluster.append(row)
    return out
