"""The last family of the regular act reader (`chat.act_rules`): what the message asks or states of its content — a
term explained, a figure judged or set, services and assets added or removed, facts of the scope, the obligations
engine, follow-ups, a question asked back; a plain question when nothing else fits."""

from __future__ import annotations

import re

from assistant.chat.act_catalogue import Understood
from assistant.chat.act_context import ActContext, _MAY_ASKED, _has_table
from assistant.chat.act_pasted import asks_about
from assistant.chat.act_questions import (GUARANTEE_OWED, VALUE_ASKED, _ABOUT_NEXT, _APPLIED, _ASKING_ME, _ASSESS, _DEFINE,
                                          _DIFFERENT_FROM,
                                          _DOMAIN_HINT, _DOMAIN_STRONG, _EVALUATIVE, _FOLLOW, _HELP, _LOST, _OFFTOPIC,
                                          _PROOF_OF_TYPE, _REPORTED_TERM, _RIGHTS, _SMALLTALK, _SUPPOSED,
                                          _TERMS_OF_SERVICE, _TYPES_COMPARED, COMMITMENT_ASKED, _asks_at_end,
                                          quoted_words_asked)
from assistant.chat.act_requests import (_ADD_REMOVE, _CHANGE, _NARRATED, _OWN_LIMIT, _OWN_TERM, _PAST_EVENT, _REFERS_BACK, _SAYS,
                                         _WHY_IT_MATTERS, _WISHED, _forgotten_steps_out)
from assistant.chat.directive import figure_ordered, law_judgement_asked, read_directive
from assistant.chat.intent import GDPR_ROLE, _COMPARE, _CONTENTS, _MAY_THEY, _duties_under_law
from assistant.chat.slot_figure_cues import figure_topic
from assistant.chat.slots import names_subject
from assistant.legal.drafting.figures import visit_count
from assistant.text import fold_keep_offsets


# "c'est quoi le préavis dans ton contrat ?", "what cap did you put?": the figure of the draft, not a definition
_IN_OUR_DRAFT = re.compile(r"\b(dans|in) (ton|ce|le|notre|your|the|this|our) (contrat|contract|draft|projet|texte|version)\b|"
                           r"\b(tu as|t'as|vous avez) mis\b|\byou (put|used|set|wrote)\b")


# "c'est quoi un PAQ et on en a besoin ?", "what's an RTO and do we need one in there": a second ask, whether the thing
# belongs in the contract, joined to the definition — a question, not a definition alone
_NEED_TOO = re.compile(r"\b(?:and|et|but|mais)\b,? (?:(?:do|should|must|would) (?:we|i|they)(?: \w+)? need|(?:do|should) we "
                       r"(?:even )?(?:have|put|include|want)|is (?:it|one) (?:needed|necessary|required)|(?:est-ce qu'?|est ce qu'?) ?"
                       r"(?:on|il) (?:en )?(?:a|faut|doit)|on en a (?:vraiment |meme )?besoin|faut-il|il (?:en )?faut|"
                       r"(?:c'est|est-ce) (?:utile|necessaire|obligatoire))")


_ENOUGH_ASKED = re.compile(r"\b(?:be|is|are|'s|it's|that's) (?:really |actually )?(?:enough|sufficient|too (?:much|little|low|high|"
                           r"long|short|tight|ambitious|aggressive)|overkill)\b|\b(?:ca |cela |c'est )?(?:suffi[st]|suffira\w*|"
                           r"suffisante?s?|assez)\b(?! de)|\btrop (?:ambitieu\w*|juste|serre\w*|court|long|bas|haut|cher|eleve)\b")


# s22: "if they keep missing the SLA", "ils ratent la GTR": a level not met, nothing added to or taken out of the scope
_LEVEL_MISSED = re.compile(r"\b(?:keeps?|kept|keep on|are|is|were|was|been|start(?:ed)?) missing (?:the |their |its |our |an? )?"
                           r"(?:\w+ )?(?:slas?|deadlines?|targets?|gtr|gti|response times?|resolution times?|windows?|dates?|"
                           r"levels?|kpis?|p1s?)\b")


# s22: a breach told (what happened, when: "last month they refused our tech access… the restore took 28h", "le mois
# dernier ils ont refusé…"): the question on it is no "means or result?" asked of a scope
_BREACH_TOLD = re.compile(r"\b(?:last (?:month|week|year|night|friday|monday)|yesterday|le mois dernier|la semaine derniere|"
                          r"l'an dernier|hier|(?:they|he|she|ils|il|elle) (?:refused|refuse\w*|ont refuse|a refuse|denied|blocked|"
                          r"bloque\w*)|took \d+ ?(?:h|hours?|days?)|a (?:pris|dure) \d+ ?(?:h|heures?|jours?))\b")


_KIND_ASKED = re.compile(r"\b(?:moyens?|resultat|means|result|best efforts?|reasonable efforts?)\b")


# s22: what a document told says ("the MSP's standard contract (their template…) says 'backups included'")
_DOCUMENT_SAYS = re.compile(r"\b(?:contrat|contract|agreement|devis|quote|template|modele|annexe|schedule|conditions)\b[^?]{0,80}?"
                            r"\b(?:says|said|dit|prevoit|stipule|states|provides|lists|mentions|indique)\b")


# the provider saying what it does or will do ("we do helpdesk", "we'd look after the tills", "on gère le support", "on ferait
# la maintenance")
_WE_DO = re.compile(r"\b(?:we(?:'d|'ll| will| would| also)?|on|nous)(?: \w+)? (?:do|handle|manage|run|look after|take care of|take on|"
                    r"support|maintain|cover|provide|gere\w*|fai[st]\w*|ferai\w*|s'occupe\w*|occuperai\w*|prend\w*|maintien\w*|"
                    r"assure\w*|assurerai\w*|fourni\w*)\b")
# s24: the deal's scope said as what the client wants of us or what we leave out ("ils veulent tout sauf la téléphonie",
# "they want everything except the printers", "no backups from us", "pas de sauvegarde chez nous"): the services of a
# deal to write up, like "we do …"
_DEAL_SCOPE = re.compile(r"\b(?:ils|elles|il|elle|le client|la cliente|the client|the customer|they|he|she)(?: \w+)? (?:veu\w+|voudrai\w+|"
                         r"souhait\w+|demand\w+|want\w*|need\w*|ask\w* (?:us )?for|would like)\b|"
                         r"\b(?:tout|everything|the lot|the whole lot|all of it|all)(?: \w+)? (?:sauf|hormis|excepte|hors|a part|but|except|"
                         r"apart from|minus|bar|other than|excluding)\b|"
                         r"\b(?:no|not|pas de|pas d'|sans|without|aucune?)\b[^,.;:!?]{0,30}?\b(?:from us|on our side|by us|de notre part|"
                         r"chez nous|par nous|de notre cote|cote nous)\b")


# s24: a new client announced ("new client: …", "nouveau client", "on vient de signer …"): the deal told after it is one to
# write up, even when it says who runs what (which otherwise reads as the facts of a question to come)
_NEW_CLIENT = re.compile(r"\b(?:new (?:client|customer|account|deal|contract)|nouveau (?:client|contrat|marche)|nouvelle cliente|"
                         r"(?:on|nous) (?:vient|venons) de (?:signer|gagner|decrocher)|(?:we(?:'ve)?|i(?:'ve)?) (?:just )?(?:signed|won|"
                         r"landed) (?:a|an|the|this|that)? ?(?:new )?(?:client|customer|account|deal|contract)|"
                         # s30: the deal being signed told with the client ("on signe une boulangerie", "on a signé un cabinet
                         # dentaire", "we're signing a florist", "we just signed up a gym")
                         r"(?:on|nous) (?:signe|signons|a signe|avons signe|va signer|allons signer|est en train de signer) "
                         r"(?:avec )?(?:une?|le|la|l'|les|des)\b|(?:we(?:'re| are)|we(?:'ve| have)?(?: just)?) (?:signing|signed(?: up)?|"
                         r"onboarding|taking on|taken on) (?:a|an|the|with a|with an)\b)\b")


# personal data told with the device or system it sits on or goes through
_DATA_SITS = re.compile(r"\b(?:are|is|sit|sits|live|lives|go|goes|pass|passes|stored|kept|held|saved) (?:on|in|through|via)\b|"
                        r"\b(?:sont|est|passent|passe|stocke\w*|heberge\w*|garde\w*|enregistre\w*) (?:sur|dans|par)\b")


def _deal_described(c) -> bool:
    """s21: the provider's first message tells the client (its people, its sites) and the services it will run, without
    the word "contract" ("bike shop chain, 5 stores, 21 users. we do helpdesk and patching"): a deal to write up, the
    contract is drafted. Who hosts or holds the keys told with the head count ("we host their ERP, 80 users", "on
    administre leurs serveurs, on n'héberge rien") are the facts of a question to come; the same facts with a question
    asked are answered. s25: read before the add and remove rules, since with nothing on the table "faut aussi surveiller
    les sondes" in such a message belongs to the deal described, not to a contract there is not."""
    slots, state, low, words, asks = c.slots, c.state, c.low, c.words, c.asks
    services_told = [x for x in slots.add_services + slots.remove_services if x != "hosting"]
    return bool(not _has_table(state) and not state.last.act and not state.awaiting() and not asks and
                (slots.side or state.side) == "msp" and len(words) >= 8 and ({"users", "sites"} & set(slots.facts)) and (
                "control" not in slots.facts or _NEW_CLIENT.search(low)) and (
                _WE_DO.search(low) and (services_told or (slots.add_assets or slots.remove_assets) and not (
                    slots.add_services or slots.remove_services)) or
                # s24: what the client wants of us, or what we leave out, hosting included ("tout sauf l'hébergement")
                _DEAL_SCOPE.search(low) and (slots.add_services or slots.remove_services or slots.add_assets or
                                             slots.remove_assets or
                                             # s25: a new client announced, what it leaves out told in words the
                                             # scope has no name for ("tout sauf l'impression")
                                             _NEW_CLIENT.search(low)) or
                # s24: the service hours of the deal told with what it leaves out ("12 postes, heures ouvrées, sans
                # hébergement ni téléphonie"): terms of a contract, not the facts of a question
                "hours" in slots.facts and (slots.remove_services or slots.remove_assets)) and \
                not re.search(r"\bclauses?\b", low) and not _SAYS.search(low) and not _REPORTED_TERM.search(low))


def _removes_nothing(slots, state) -> bool:
    """Every service or asset the message puts out is already out of the scope on the table."""
    scope = state.scope()
    return not any(x in scope.services for x in slots.remove_services) and not any(
        x in scope.assets for x in slots.remove_assets)


def _adds_nothing(slots, state) -> bool:
    """The services and assets the message names are all in the scope already and none is taken out: "pupil records
    are on the file servers they'll look after" states a fact about them, it adds nothing."""
    if slots.remove_services or slots.remove_assets:
        return False
    scope = state.scope()
    return all(x in scope.services for x in slots.add_services) and all(x in scope.assets for x in slots.add_assets)


# s23: "c'est quoi les risques ?", "what are the pitfalls?": what follows from the thing named, asked — not its definition
_RISKS_ASKED = re.compile(r"\b(?:c'?est quoi|quels? sont|what are|what'?s) (?:les |the )?(?:risques?|dangers?|pieges?|"
                          r"consequences?|inconvenients?|avantages?|recours|options?|risks?|pitfalls?|downsides?|upsides?|"
                          r"traps?|catch)\b")


# "au lieu de", "plutôt que", "instead of", "rather than": a value set in the place of another
_INSTEAD = re.compile(r"\b(?:au lieu d|plutot qu|a la place d|instead of|rather than|in place of)")


# a role the GDPR defines, named
_GDPR_ROLE = re.compile(rf"\b{GDPR_ROLE}\b")

# whose duty something is, asked ("c'est à nous de répondre ?", "est-ce à eux de le faire", "is it up to us to answer
# them?", "is that on us?")
_WHOSE_DUTY = re.compile(r"\b(c'?est|est-ce|ce serait) (a|au|aux) (nous|moi|eux|lui|vous|client|prestataire|presta)\b[^?]{0,10}"
                         r"\b(de|d')|\bis (it|that|this) (up to|on|for) (us|me|them|the (client|customer|provider|msp))\b|"
                         r"\b(is it|is that) (our|their|my) (job|duty|responsibility)\b")

def decide(c: ActContext) -> Understood:
    """The act this family reads in the message: a plain question when nothing else fits."""
    slots, state, low, words = c.slots, c.state, c.low, c.words
    table_topic, topic, asks, base = c.table_topic, c.topic, c.asks, c.base
    drafting, u = c.drafting, c.u
    if _WHY_IT_MATTERS.search(low) and (slots.term or base.term or slots.topic) and not drafting:
        return u("question", topic=slots.topic or topic, firm=True)  # the term and what it means for the user, a question
    if asks and not drafting and _duties_under_law(low) and _GDPR_ROLE.search(low):
        # s31: "nos devoirs comme sous-traitant rgpd, c'est quoi ?", "what are our duties as data processor?": the duties
        # the law lists for that role (Art. 28(3)), a question — not the role's definition, nor means or result
        return u("question", topic=slots.topic or topic, firm=True)
    if asks and not drafting and not slots.figures and GUARANTEE_OWED.search(low) and COMMITMENT_ASKED.search(low):
        # s30: "la gérante demande si on est tenus de garantir que le wifi ne tombe jamais", "do we have to promise the backups
        # always work?": whether a guarantee is owed, asked — the kind of obligation (means or result), never a scope change
        return u("obligations", topic=slots.topic or topic)
    term_named = slots.term or base.term
    if slots.figures and term_named and not _has_table(state) and not drafting and len(words) <= 30 and \
            _DEFINE.search(re.split(r"[.!;:]\s+", low.strip())[-1]) and not _EVALUATIVE.search(low) and \
            not _COMPARE.search(low) and not VALUE_ASKED.search(low):
        return u("explain_term", term=term_named)  # "ils ont écrit RPO = 4h, ça veut dire quoi ?": the term, explained
    if slots.figures and not _has_table(state) and _SAYS.search(low) and not drafting:
        return u("question", assess=True)  # "le contrat dit indexation Syntec plafonnée à 3 %"
    # s30: a limit of the contract told by its own verb ("notre contrat plafonne…", "our contract caps…"): that verb is the
    # term reported, not an order; a change asked is read in the rest of the message
    limit_told = _OWN_LIMIT.search(low) if slots.figures and state.contract is None else None
    if limit_told and not _CHANGE.search(_OWN_LIMIT.sub(" ", low)) and not drafting and not _WISHED.search(low) and "?" in low:
        return u("question", assess=True)  # "… notre contrat plafonne à 6 mois de redevance. le plafond nous protège ?"
    if slots.figures and state.contract is None and _OWN_TERM.search(low) and not _CHANGE.search(low) and not drafting \
            and not _WISHED.search(low):
        # "our contract lets us terminate with one month's notice", "leur contrat actuel prévoit un préavis de 3 mois":
        # a term of the contract the user has, reported (a question's context), not a figure to set on the draft
        return u("question", assess=True)
    # s19: "would 10% credits be enough to make them care?", "5 % ça suffit pour les motiver ?": whether a figure is enough
    # (or too much), asked — a judgement, whatever verb its purpose uses
    judged = _ASSESS.search(low) or ("?" in low and _ENOUGH_ASKED.search(low))
    # "4h c'est trop court, mets 6h": the judgement is the reason, the change is the request
    reason = bool(judged and _has_table(state) and "?" not in low and _CHANGE.search(low[judged.end():]) and slots.figures)
    if slots.figures and base.name != "obligations" and not reason and (judged or (asks and not _CHANGE.search(low)) or (
            asks and asks_about(low) and not _has_table(state)) or (
            asks and _ASKING_ME.search(low)) or (asks and _RIGHTS.search(low)) or (
            _asks_at_end(low) and not drafting)):
        return u("question", assess=True)
    if slots.figures and not _has_table(state) and _NARRATED.search(low) and not _CHANGE.search(low):
        return u("question")  # "on a oublié de résilier, le contrat est reparti pour 3 ans": what happened, not a figure to set
    if slots.figures and _PAST_EVENT.search(low) and not _CHANGE.search(low) and not figure_ordered(low) and \
            read_directive(low) is None:
        return u("question")  # s16: "ils ont raté 4 GTR sur 6 le mois dernier": what they did, judged
    if slots.figures and not _has_table(state) and asks and not drafting and law_judgement_asked(low):
        # s22: "… le juge peut vraiment revoir ça ?": what a court may do with the figure reported, a question of law
        return u("question", assess=True)
    if slots.figures and (_CHANGE.search(low) or _has_table(state) or not asks) and not (
            # s22: "… on veut juste payer moins. on peut baisser la facture de nous-mêmes ?": a permission asked, nothing to set
            not _has_table(state) and not drafting and asks and _MAY_ASKED.search(low)):
        fig_topic = slots.topic
        if table_topic and fig_topic != table_topic and all(figure_topic(k) == table_topic for k in slots.figures):
            fig_topic = table_topic  # "cap it at a year's fees" on a liability clause: the figure's clause, not 'fees'
        return u("set_figure", topic=fig_topic or table_topic or state.last.topic)
    if _deal_described(c):
        return u("draft_contract")
    if slots.add_topics and not slots.remove_topics and state.contract is None and not asks and not slots.figures and \
            _ADD_REMOVE.search(low) and not _CHANGE.search(low):
        # "need something on confidentiality", "un paragraphe sur la sous-traitance": no contract to add it to
        return u("draft_clause", topic=slots.add_topics[0], relative=slots.position in ("mine", "theirs"))
    # "does that clause actually bind us?": 'actually', 'en fait' in a question are no request to add or remove
    moves = _ADD_REMOVE.search(_forgotten_steps_out(_LEVEL_MISSED.sub(" ", low) if not asks else
                                                    re.sub(r"\b(finalement|en fait|actually)\b", " ", _LEVEL_MISSED.sub(" ", low))))
    if (slots.add_topics or slots.remove_topics) and moves and not (asks and asks_about(low)) and not (
            # s22: "… une annexe rgpd qui parle aussi de 'sous-traitant', c'est la même chose ?": 'aussi' in a question
            # with nothing on the table adds nothing
            asks and not _has_table(state) and moves.group(0) in ("aussi", "also", "too", "en plus", "as well")):
        return u("add_remove")
    if (slots.remove_services or slots.remove_assets) and not (slots.add_services or slots.add_assets) and not asks and \
            state.contract is not None and not _ADD_REMOVE.search(low) and _removes_nothing(slots, state) and \
            slots.remove_services == ["hosting"] and not slots.remove_assets and \
            re.search(r"\b(?:heberg\w*|hosted)(?: \w+){0,2}? (?:par|chez|by|at|with)\b", low):
        # "l'ENT est hébergé par l'éditeur", "their EHR is hosted by the vendor": who hosts, said of hosting that was
        # never in the scope on the table, removes nothing: a fact stated (a list of things left out stays add_remove)
        return u("state_fact")
    if (slots.add_services or slots.remove_services or slots.add_assets or slots.remove_assets) and (
            _ADD_REMOVE.search(low) or (slots.remove_services and state.contract is not None)) and not asks:
        return u("add_remove")
    if (slots.add_services or slots.add_assets) and state.contract is not None and not asks and not (
            slots.facts and _adds_nothing(slots, state)) and not (
            # s21: "customers' ID scans go through the tablets we manage": the personal data is the news, the device where it
            # sits tells where (its scope kept by the fact stated), no service or asset ordered into the contract
            slots.facts.get("personal_data") is True and not slots.add_services and _DATA_SITS.search(low)) and re.search(
            r"\b(fass\w*|faire|veulent|voudrai\w*|want\w*|also|aussi|finalement|en fait|actually|do the|take|prend\w*|"
            r"cover\w*|couvr\w*|gere[rz]?|manage|handle|look after|s'occupe\w*|inclu\w*|en plus|as well|too)\b", low):
        return u("add_remove")
    if (slots.remove_services or slots.remove_assets) and state.contract is not None and not asks:
        return u("add_remove")  # "leave the printers out", "on ne fait pas la sauvegarde finalement"
    if (slots.add_services or slots.add_assets) and state.last.act and len(words) <= 8 and _ABOUT_NEXT.match(low) and \
            not slots.facts and not slots.figures:
        # "et pour la sauvegarde alors", "and for the patching then": the last answer asked again of another service
        return u("follow_up", topic=slots.topic or topic)
    if (slots.add_services or slots.remove_services or slots.add_assets or slots.remove_assets) and not _has_table(
            state) and not asks and not drafting and \
            len(words) >= 4 and not re.search(r"\bclauses?\b", low) and base.name not in ("draft_clause", "draft_contract"):
        return u("state_fact")  # "le prestataire héberge nos dossiers", "they do our backups": the scope, stated
    if slots.side and not asks and not slots.figures and len(words) <= 25 and not base.name == "draft_clause":
        return u("state_fact")
    if slots.facts and not asks and _has_table(state) and set(slots.facts) <= {"on_site"} and slots.quantities and (
            _INSTEAD.search(low) and (read_directive(low) or _CHANGE.search(low)) or
            # s24: "mets 3 déplacements par mois", "one on-site trip per month, not two": trips counted, the text's own count
            any(q.unit is None and q.value >= 1 and visit_count(fold_keep_offsets(c.text), q.span[1])
                for q in slots.quantities)):  # ("zéro déplacement sur site": no on-site work, a fact)
        # s23: "mets 3 visites sur site par mois au lieu d'une", "make it two on-site visits a month instead of one": a
        # figure of the text on the table set, the on-site work it names already in the scope
        return u("set_figure", topic=table_topic or state.last.topic)
    if slots.facts and not asks and base.name not in ("draft_clause", "draft_contract") and not (
            base.name == "explain_term" and re.search(r"c'?est quoi|qu'est|what is|what's|explain|defin", low)):
        return u("state_fact")
    if _DEFINE.search(low) and (slots.term or base.term) and len(words) <= 16 and not slots.figures and \
            not _RISKS_ASKED.search(low) and not (
            state.contract is not None and _IN_OUR_DRAFT.search(low)) and not \
            _EVALUATIVE.search(low) and not _COMPARE.search(low) and not _CONTENTS.search(low) and not (
            base.name == "obligations" and _APPLIED.search(low)) and not _MAY_THEY.search(low) and not _NEED_TOO.search(low) \
            and not _duties_under_law(low) and not VALUE_ASKED.search(low):  # s24: "c'est quoi nos obligations pour la facture électronique": the law asked
        return u("explain_term", term=slots.term or base.term)
    if state.last.tool == "explain_term" and _FOLLOW.match(low) and slots.term and len(words) <= 8:
        return u("follow_up", topic=slots.topic or topic)  # "et une obligation de résultat ?" after a definition
    if base.name == "obligations" and not _duties_under_law(low) and not (
            _PROOF_OF_TYPE.search(low) and not _TYPES_COMPARED.search(low)) and not (
            # s22: "we guarantee a 4h restore… last month they refused our tech access… do we owe them?": a breach told and a
            # question on it (the obligation's kind named only as the story's context), answered as a question
            not _has_table(state) and _BREACH_TOLD.search(low) and asks and
            not _KIND_ASKED.search(re.split(r"(?<=[.!?])\s+", low.strip())[-1])):
        return u("obligations")
    if state.last.act == "state_fact" and not _has_table(state) and asks and (slots.topic or slots.term) and len(words) >= 6 and \
            re.match(r"(so|donc|du coup|alors|then|ok so|ok donc|bon)\b,? ?(do|does|is|are|can|must|should|will|would|"
                     r"faut-il|est-ce|dois-je|doit-on|peut-on|on doit|je dois|il faut|y a-t-il)\b", low):
        # "so do we even need the processor terms?" after the facts: a question of its own, the facts in the state
        return u("question", topic=slots.topic)
    if (_FOLLOW.match(low) or _SUPPOSED.match(low)) and (state.last.act or _has_table(state)) and len(words) <= 20 and \
            not (_WHOSE_DUTY.search(low) and len(words) >= 7):
        # (s31: "et les panélistes qui demandent leurs données, c'est à nous de répondre ?": whose duty a new case is,
        # a question of its own, not the clause on the table asked again)
        return u("follow_up", topic=slots.topic or topic)
    if _FOLLOW.match(low) and not state.last.act and len(words) <= 3 and not slots.topic and not slots.term:
        return u("clarify")
    if not state.last.act and not _has_table(state) and len(re.findall(r"\w+", low)) <= 10 and not slots.topic and not slots.term and not \
            slots.figures and not slots.facts and not slots.has_scope_change() and (_FOLLOW.match(low) or re.search(
                r"\b(l'autre|the other|ce truc|cette chose|le truc|that thing|this thing|the thing|truc|machin|"
                r"tout a l'heure|from before|earlier|celui-la|that one|la meme chose|the same|"
                # "bon ben on fait comment du coup", "so what do we do now": how to go on, with nothing said yet
                r"on fait comment|comment on fait|on fait quoi|je fais quoi|on commence (par )?ou|"
                r"what do (i|we) do( now| next)?|how do (i|we) (go about|handle|do) (it|this|that)|what now|now what|"
                r"what next|et maintenant)\b", low)) and \
            not _DOMAIN_STRONG.search(low) and not _OFFTOPIC.search(low):
        return u("clarify")  # "et du coup pour l'autre truc ?" opening a conversation: nothing to refer back to
    if asks and state.last.act and len(words) <= 8 and not slots.topic and not slots.term and base.name in (
            "question", "out_of_scope") and (len(words) <= 3 or _REFERS_BACK.search(low)):
        return u("follow_up", topic=topic)
    # (s30: nor a value of the law asked, "c'est quoi le délai maximum", "what's the legal maximum": a question)
    if base.name == "explain_term" and base.term and not _EVALUATIVE.search(low) and not _NEED_TOO.search(low) and \
            not _RISKS_ASKED.search(low) and not VALUE_ASKED.search(low) and not _duties_under_law(low) and not (
            state.contract is not None and _IN_OUR_DRAFT.search(low)):
        return u("explain_term", term=base.term)
    if base.name in ("draft_clause",) and slots.topic and not (asks and asks_about(low)) and not (
            # s22: "the MSP's standard contract (their template…) says 'backups included'… whose reading wins?": a question
            # on a document told, no text ordered
            asks and not drafting and _DOCUMENT_SAYS.search(low)):
        return u("draft_clause")
    if _SMALLTALK.match(low) or _HELP.match(low) or _LOST.search(low) and len(words) <= 12 and not names_subject(slots):
        return u("clarify")  # "tu peux m'aider ?", "I have a question": one short question back
    if len(words) <= 6 and re.search(r"\b(ce truc|cette chose|le truc|that thing|this thing|the thing|truc|machin|"
                                     r"tout a l'heure|from before|earlier|le dernier|the last one|celui-la|that one)\b",
                                     low) and not slots.topic and not slots.term:
        return u("clarify")
    if base.name == "out_of_scope" and state.last.act and len(words) <= 16 and (re.search(
            r"\b(a la place|instead|en echange|in exchange|en contrepartie|in return|lui|leur|him|her)\b", low) or (
            asks and _REFERS_BACK.search(low))):
        return u("follow_up", topic=topic)  # "je peux lui demander quoi à la place ?"
    if base.name == "out_of_scope" and (state.last.act or _has_table(state)) and asks and quoted_words_asked(low):
        return u("follow_up", topic=topic)  # s28: "what does 'for any reason' add, in practice?": words of the text asked
    if base.name == "out_of_scope" and (slots.figures or any(q.unit for q in slots.quantities)) and state.last.act:
        return u("question")
    if base.name == "out_of_scope" and asks and (state.last.act or _has_table(state)) and len(words) <= 12 and \
            _TERMS_OF_SERVICE.search(low):
        return u("follow_up", topic=topic)  # "les jours d'accompagnement sont payants ?", "on compte les jours fériés ?"
    if base.name == "out_of_scope" and COMMITMENT_ASKED.search(low) and len(words) >= 4:
        # s29: "ils veulent qu'on garantisse qu'ils ne seront jamais piratés": a commitment asked of the provider
        return u("follow_up", topic=topic) if state.last.act else u("question", topic=slots.topic)
    if base.name == "out_of_scope" and not _DOMAIN_HINT.search(low) and not slots.has_scope_change() and not (
            slots.topic or slots.term):
        if len(words) <= 3:
            return u("clarify")
        return u("out_of_scope")
    if len(words) <= 3 and not slots.topic and not slots.term and not _DOMAIN_STRONG.search(low) and not (
            _DEFINE.search(low) and _DOMAIN_HINT.search(low)):  # "hds c'est quoi": a word of the field to look up
        return u("clarify")
    if table_topic and _DIFFERENT_FROM.search(low) and _REFERS_BACK.search(low):
        # "how's that different from just returning the data under the GDPR?": the clause on the table, compared
        return u("question", topic=table_topic, compare=True)
    return u("question", topic=slots.topic or (topic if state.last.act else None))
