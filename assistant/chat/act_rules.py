"""The regular act reader: the families of rules that read what a message is (a question, a term to
explain, a clause or a contract to draft, a figure to set, a scope change…) from its wording, its slots and what
is on the table. Its cues are in `chat.act_requests` and `chat.act_questions`, quoted and pasted text in
`chat.act_pasted`; `chat.acts` wraps it."""

from __future__ import annotations

import re

from assistant.chat.act_catalogue import Understood
from assistant.chat.act_pasted import (_CONTRACT_SENTENCE, _ONE_CLAUSE_WORDS, _one_clause_asked, _rewrite_pasted,
                                       _unquoted, added_passage, asks_about, pasted_alone, quoted)
from assistant.chat.act_questions import (_ABOUT_NEXT, _APPLIED, _APPROVAL, _ASKING_ME, _ASSESS, _CHALLENGE, _DEFINE,
                                          _DIFFERENT_FROM, _DOMAIN_HINT, _DOMAIN_STRONG, _ELABORATE, _EVALUATIVE,
                                          _FOLLOW, _GREETING, _HELP, _INDIRECT, _LAW_INVOKED, _LIKELY, _LOST, _OFFTOPIC,
                                          _PROOF_OF_TYPE, _QUESTION_WORDS, _REPORTED_TERM, _RIGHTS, _SELF_STUCK,
                                          _SMALLTALK, _SUPPOSED, _TERMS_OF_SERVICE, _TYPES_COMPARED, _VAGUE_JOB,
                                          _asks_at_end, _reaction_of_other_party, may_party)
from assistant.chat.act_requests import (_ADD_REMOVE, _ANNOUNCED_ON, _ASKED_WHAT, _BACK_REFERENCE, _BARE_OPENER,
                                         _CARVE_COND, _CHANGE, _CLEFT_FACT, _CONSIDERING, _CONTRACT, _CONTRACT_TIME,
                                         _COUNTER, _DRAFT, _DRAFT_IT, _EARLIER_THING, _EXISTING_CONTRACT, _EXPORT,
                                         _FINAL_DOCUMENT, _IT_IS, _IT_IS_FACT, _MAKE_ME_A, _NARRATED, _NEW_DEAL,
                                         _NEW_DOCUMENT, _NEXT_CLAUSE, _OBJECTIONS, _OPENER, _OWN_TERM, _PAST_EVENT,
                                         _POLITE_ACTION, _POLITE_REQUEST, _PRECEDENTS, _PRIORITY, _PRIORITY_STATED,
                                         _PURPOSE, _REFERS_BACK, _REPHRASE, _REVIEW, _SAYS, _SET_FIRST,
                                         _THEIR_DOCUMENT_TOLD, _THEY_HOLD_ACCESS, _THEY_SUBCONTRACT, _THEY_WILL_CHANGE,
                                         _TICKET_PRIORITY, _TOO_HARSH, _WANT_RIGHT, _WE_CAN, _WHY_IT_MATTERS, _WISHED,
                                         _draft_asked, _forgotten_steps_out, _validity_asked)
from assistant.chat.answer_plan import question_type
from assistant.chat.directive import (figure_ordered, head_of, law_judgement_asked, orders_new_text, read_directive,
                                      requests_document, stated_value, yes_no_judgement)
from assistant.chat.intent import _COMPARE, _CONTENTS, _MAY_THEY, GENERIC_TERMS, detect_intent, find_terms
from assistant.chat.slot_topics import _COMPLAINT, clause_topic
from assistant.chat.slots import Slots, names_subject
from assistant.chat.slot_figure_cues import figure_topic
from assistant.chat.slot_relative import _CORRECTION as _FEE_CORRECTED
from assistant.chat.slot_relative import _RESTATED as _FEE_RESTATED
from assistant.chat.slot_relative import SPLIT_DIFFERENCE, split_asked
from assistant.chat.state import ConversationState
from assistant.text import fold


# "no on-site visits", "données de santé chez nous": a fact stated in the words of a topic, not a clause asked for
_PLAIN_FACTS = {"on_site", "personal_data", "hours", "criticality", "control"}


# "précise bien que les transferts hors UE c'est seulement avec notre accord", "we don't want them sending anything
# outside the EU without asking us first": a condition the user wants written into the clause on the table, which
# protects the one who asks (that side's version of the clause)
_REQUIREMENT = re.compile(r"^(precise[rz]?|mets|mettez|ajoute[rz]?|rajoute[rz]?|indique[rz]?|ecri[st]|ecrivez|stipule[rz]?|"
                          r"fais apparaitre) (bien |aussi |clairement )?(que|qu')\b|"
                          # "add a line that they can't…", "ajoute une phrase disant que…": a sentence put into the clause
                          r"^(add|put in|insert|include|write in|ajoute[rz]?|rajoute[rz]?|mets|insere[rz]?|prevois) (a|an|one|une?) "
                          r"(line|sentence|clause|paragraph|provision|wording|bit|phrase|ligne|paragraphe|mention|passage|"
                          r"stipulation)( (?!about|on|for|regarding|sur|pour|concernant)\w+)? (that|saying|stating|to say|making clear|qui dit|disant|pour dire|precisant|"
                          r"indiquant|selon laquelle|que|qu')\b|"
                          r"^il faut (bien )?que (ca|la clause|le texte|elle) (dise|precise|prevoie|indique)\b|"
                          r"^(make sure|ensure|spell (it )?out) (it says |that |in it that )?|"
                          r"^(add|say|state|specify|write) (it says |in it )?that\b|"
                          r"^((and |but )?(we|i) (really )?(don'?t|do not|won'?t) (want|accept|allow) (them|the (provider|msp|client|"
                          r"supplier|customer)|any(one|thing))|(on|nous|je) (ne )?(veut|voulons|veux|accepte|acceptons) pas "
                          r"(qu'ils|qu'il|qu'elle|que (le|la) (prestataire|presta|msp|client)))\b|"
                          # "carve out data loss from the cap", "ajoute une exclusion pour la maintenance planifiée",
                          # "make the credits automatic", "la restitution doit être gratuite": the clause's content changed
                          r"^(carve out|exclude|exclus|exclue[sz]?)\b[\w' -]{2,40}\b(from|du|de la|des) (the )?(cap|plafond|"
                          r"limit\w*|limitation|clause)\b|^(ajoute[rz]?|add|mets|prevois|put in)( \w+)? (une |an |a )?"
                          r"(exclusion|exception|carve-?out)s?\b|"
                          r"^(make|rends?|mets|fais[- ]en|faites[- ]en)[ -](the |les |la |le |l')?[\w' -]{0,30}? ?((the |their |its |our |le |la |leur |notre )?"
                          r"(sole|exclusive|only) (remedy|recourse|compensation)|(le |la |leur |notre )?(seule?|unique) (recours|compensation|"
                          r"sanction|remede)|(le |leur )?recours exclusif|automatic\w*|automatiques?|free( of charge)?|"
                          r"gratuite?s?|mutual|reciproques?|mutuelles?|uncapped|illimite\w*)\b|"
                          r"\b(doit|doivent|devrait|devraient|should|must|has to|have to|needs? to) (etre|be) (gratuite?s?|free|"
                          r"automatiques?|automatic|reciproques?|mutual|mutuelles?|exclue?s? du plafond|excluded from the cap|"
                          r"uncapped|illimite\w*)\b")


# s16: the reason given after a request ("…, sinon ça va coincer", "…, otherwise they won't sign", "…, car ils refusent")
_REASON_AFTER = re.compile(r"[,;.!]\s*(sinon|autrement|otherwise|or else|else|car|because|parce que|puisque|since|vu que)\b")


# s16: a request whose main verb puts words into the clause ("ajoute", "rajoute", "précise", "mets bien que", "add", "insert",
# "include", "make sure it says", "spell out"): an addition to it
_ADDING_VERB = re.compile(r"(ajout\w*|rajout\w*|precise[rz]?|mets|mettez|indique[rz]?|ecri[st]|ecrivez|stipule[rz]?|insere[rz]?|"
                          r"inclu[st]|incluez|prevois|prevoyez|fais apparaitre|add|put in|insert|include|write in|"
                          r"make sure|ensure|spell (it )?out|say|state|specify)\b")


# "actually, make it mutual", "ok et précise que…": a word of transition before the request
_LEAD_IN = re.compile(r"^((actually|en fait|finalement|ok|okay|and|et|also|aussi|oh|ah|right|bon|alors|so|then|puis|"
                      r"one more thing|autre chose|au fait|btw|by the way)[ ,:;.!-]+)+")


# "flip it to their side", "leur version": the other side's own version, not one step toward it
_THEIR_VERSION = re.compile(r"\b(flip|switch|turn) (it|this|that|the clause)|\b(their|the other (side|party)'?s?) (side'?s? )?"
                            r"version\b|\bversion (de l'autre (partie|cote)|d'en face|adverse)\b|\bleur version\b")


# "c'est quoi le préavis dans ton contrat ?", "what cap did you put?": the figure of the draft, not a definition
_IN_OUR_DRAFT = re.compile(r"\b(dans|in) (ton|ce|le|notre|your|the|this|our) (contrat|contract|draft|projet|texte|version)\b|"
                           r"\b(tu as|t'as|vous avez) mis\b|\byou (put|used|set|wrote)\b")


# a side named in words ("for us", "en notre faveur", "côté client"): a position asked beside a figure
_SIDE_NAMED = re.compile(r"\b(pour (nous|moi|eux|le client|le prestataire)|for (us|me|them|the client|the provider)|"
                         r"(en|in) (notre|ma|leur|our|my|their) (faveur|favou?r)|cote (client|prestataire|presta)|"
                         r"(client|provider|customer|msp)[- ]friendly|protect\w* (us|me)|(nous|me) proteg\w*)\b")



# "c'est quoi un PAQ et on en a besoin ?", "what's an RTO and do we need one in there": a second ask, whether the thing
# belongs in the contract, joined to the definition — a question, not a definition alone
_NEED_TOO = re.compile(r"\b(?:and|et|but|mais)\b,? (?:(?:do|should|must|would) (?:we|i|they)(?: \w+)? need|(?:do|should) we "
                       r"(?:even )?(?:have|put|include|want)|is (?:it|one) (?:needed|necessary|required)|(?:est-ce qu'?|est ce qu'?) ?"
                       r"(?:on|il) (?:en )?(?:a|faut|doit)|on en a (?:vraiment |meme )?besoin|faut-il|il (?:en )?faut|"
                       r"(?:c'est|est-ce) (?:utile|necessaire|obligatoire))")

_ENOUGH_ASKED = re.compile(r"\b(?:be|is|are|'s|it's|that's) (?:really |actually )?(?:enough|sufficient|too (?:much|little|low|high|"
                           r"long|short|tight|ambitious|aggressive)|overkill)\b|\b(?:ca |cela |c'est )?(?:suffi[st]|suffira\w*|"
                           r"suffisante?s?|assez)\b(?! de)|\btrop (?:ambitieu\w*|juste|serre\w*|court|long|bas|haut|cher|eleve)\b")


# s22: a service story ("le serveur est resté en panne", "nobody answered our tickets", "their tech was on holiday"): a
# holiday or a restaurant named in it is part of the story told, not the subject asked
_SERVICE_STORY = re.compile(r"\b(tickets?|en panne|panne|outage|down(time)?|incidents?|serveurs?|servers?|techniciens?|technicians?|"
                            r"helpdesk|hotline|support|sauvegardes?|backups?|restaur\w*|restore\w*|interventions?|astreinte|"
                            r"on-call|breach\w*|manquement|presta|infogerant|gtr|gti|p1|cnil|dpo|pirat\w*|hack\w*|attaqu\w*|"
                            r"attack\w*|ransomware|rancongiciel|phishing|fuite de donnees|data leak|violation de donnees)\b")

# s22: "if they keep missing the SLA", "ils ratent la GTR": a level not met, nothing added to or taken out of the scope
_LEVEL_MISSED = re.compile(r"\b(?:keeps?|kept|keep on|are|is|were|was|been|start(?:ed)?) missing (?:the |their |its |our |an? )?"
                           r"(?:\w+ )?(?:slas?|deadlines?|targets?|gtr|gti|response times?|resolution times?|windows?|dates?|"
                           r"levels?|kpis?|p1s?)\b")

# s22: what the other side promised, then refused or never did: "the 4h restore they promised, they refused us access",
# "ils s'étaient engagés sur 4h et ils refusent de nous donner accès", "they promised… and it never happened"
_PROMISE_BROKEN = re.compile(
    r"\b(?:they|he|she|the (?:provider|msp|supplier|vendor)|ils|il|elle|le (?:prestataire|presta|fournisseur|msp))(?: \w+)?"
    r" (?:had |have |has |avaient |avait |ont |a )?(?:promised|promis|guaranteed|garanti|committed|s'etai(?:en)?t engages?|"
    r"engages?|s'(?:est|sont) engages?)\b.{0,120}?\b(?:refus\w*|won'?t|wouldn'?t|will not|never|jamais|didn'?t|did not|"
    r"haven'?t|hasn'?t|failed|rien fait|pas (?:fait|tenu|respecte|eu lieu)|n'ont pas|n'a pas|veulent pas|ne veulent)\b")


# s22: whether a party may do something, asked ("on peut baisser la facture de nous-mêmes ?", "il peut ?", "can they do
# that?"): a question of law — with nothing on the table, no version to turn and no objection to prepare
_MAY_ASKED = re.compile(r"\b(?:on peut|peut-on|pouvons-nous|est-ce qu'on peut|on a le droit|a-t-on le droit|avons-nous le droit|"
                        r"il peut|elle peut|ils peuvent|elles peuvent|peut-il|peut-elle|peuvent-ils|a-t-il le droit|"
                        r"ont-ils le droit|ils ont le droit|il a le droit|can we|can i|may we|are we allowed|can they|can he|"
                        r"can she|are they allowed|is (?:he|she|it|that) allowed|is (?:it|that) legal|c'est legal)\b[^?]*\?")

# s22: a breach told (what happened, when: "last month they refused our tech access… the restore took 28h", "le mois
# dernier ils ont refusé…"): the question on it is no "means or result?" asked of a scope
_BREACH_TOLD = re.compile(r"\b(?:last (?:month|week|year|night|friday|monday)|yesterday|le mois dernier|la semaine derniere|"
                          r"l'an dernier|hier|(?:they|he|she|ils|il|elle) (?:refused|refuse\w*|ont refuse|a refuse|denied|blocked|"
                          r"bloque\w*)|took \d+ ?(?:h|hours?|days?)|a (?:pris|dure) \d+ ?(?:h|heures?|jours?))\b")
_KIND_ASKED = re.compile(r"\b(?:moyens?|resultat|means|result|best efforts?|reasonable efforts?)\b")


# s22: what a document told says ("the MSP's standard contract (their template…) says 'backups included'")
_DOCUMENT_SAYS = re.compile(r"\b(?:contrat|contract|agreement|devis|quote|template|modele|annexe|schedule|conditions)\b[^?]{0,80}?"
                            r"\b(?:says|said|dit|prevoit|stipule|states|provides|lists|mentions|indique)\b")


def _final_document_asked(low: str, asks: bool, state: ConversationState) -> bool:
    """The finished document asked for, with something made to hand over and no question asked about it."""
    return _has_table(state) and not asks and bool(_FINAL_DOCUMENT.search(low)) and not re.search(
        r"\b(combien|quel\w*|comment|pourquoi|est-ce|how|what|which|why|whether|si)\b", low)


# an order to write a new text (not to rework one): "rédige-moi", "écris", "fais-moi une clause", "draft", "write me"
_NEW_TEXT_ORDER = re.compile(r"\b(?:redige\w*|ecri[st]\w*|draft|write|fais[- ](?:moi|nous)|prepare[- ](?:moi|nous)|propose[- ](?:moi|nous)|"
                             r"genere\w*|"
                             # s22: "propose une clause…", "suggest a liability clause…", "give me a penalties clause…"
                             r"propose[rz]?(?= (?:une?|a|an|one|la|le|the) )|suggest(?= (?:an?|one|the) )|"
                             r"(?:give|get) (?:me|us)|donne[- ](?:moi|nous)|sors[- ](?:moi|nous))\b|"
                             # "une clause d'audit côté client stp": a clause named with an indefinite article, opening the
                             # message — a new one asked for
                             r"^(?:(?:et|and|now|maintenant|alors|ok|bon|so)\W+)*(?:une|a|an|another|une autre) clause\b")


# the provider saying what it does or will do ("we do helpdesk", "we'd look after the tills", "on gère le support", "on ferait
# la maintenance")
_WE_DO = re.compile(r"\b(?:we(?:'d|'ll| will| would| also)?|on|nous)(?: \w+)? (?:do|handle|manage|run|look after|take care of|take on|"
                    r"support|maintain|cover|provide|gere\w*|fai[st]\w*|ferai\w*|s'occupe\w*|occuperai\w*|prend\w*|maintien\w*|"
                    r"assure\w*|assurerai\w*|fourni\w*)\b")
# personal data told with the device or system it sits on or goes through
_DATA_SITS = re.compile(r"\b(?:are|is|sit|sits|live|lives|go|goes|pass|passes|stored|kept|held|saved) (?:on|in|through|via)\b|"
                        r"\b(?:sont|est|passent|passe|stocke\w*|heberge\w*|garde\w*|enregistre\w*) (?:sur|dans|par)\b")


def _has_table(state: ConversationState) -> bool:
    return state.clause is not None or state.contract is not None


# "le délai pour faire opposition, passez-le à 45 jours", "the audit notice: make it 20 days": the figure named first as
# a noun phrase (no verb heads it), then the order that sets it
_NOUN_FIRST = re.compile(r"(?:(?:ok|okay|bon|alors|et|and|pour|for|quant a|as for)\W+)*(?:le|la|les|l'|the|our|their|notre|leur|ce|cette)\b")


def _ordered_figure(low: str, slots: Slots) -> bool:
    """"give the client 40 days to raise an objection", "laisse-leur 30 jours pour s'opposer": an order carrying a
    figure with its unit — a term of the clause set, whatever the words of its purpose (objecting is the term's
    subject here, not what the other side will say)."""
    d = read_directive(low)
    return d is not None and d.family in ("change", "draft") and "?" not in low and any(
        q.unit and q.unit not in ("users", "sites", "workstations") for q in slots.quantities)


_GRANT = re.compile(r"(?:give|grant|allow|leave|donne[rz]?|accorde[rz]?|laisse[rz]?)(?:[- ](?:nous|leur|lui|moi))?\s+"
                    r"(?:(?:the |our |their |au |a |aux )?(?:client|customer|provider|prestataire|msp|us|them|him|her)\s+)?"
                    r"(?:only |just |seulement |juste )?\d")


def _granted_figure(low: str, slots: Slots) -> bool:
    """"give the client 40 days to raise an objection", "laissez-leur 30 jours pour s'opposer": a time or share granted
    to a party is a term of the clause set."""
    text, _polite = head_of(low)
    return bool(_GRANT.match(text)) and "?" not in low and any(
        q.unit and q.unit not in ("users", "sites", "workstations") for q in slots.quantities)


def _topic_then_set(low: str) -> bool:
    segments = re.split(r"[,;:]\s", low)
    return len(segments) > 1 and bool(_NOUN_FIRST.match(segments[0])) and read_directive(segments[0]) is None and \
        any(_SET_FIRST.match(seg.strip()) for seg in segments[1:])


# "in plain words", "en gros": how to explain, no judgement asked
_PLAINLY = re.compile(r"\b(in (normal|plain|simple|layman'?s?|everyday)( \w+)? (words|english|terms|language)|en (gros|clair|bref|"
                      r"deux mots|termes simples|mots simples)|simplement|pour les nuls|for dummies|eli5)\b")
# "which one matters more", "laquelle est la plus courte": a choice between the two, not their meaning
_CHOICE = re.compile(r"\b(which|lequel|laquelle|lesquel\w*|quel(le)? est (le|la) (plus|moins|mieux)|prefer\w*|priorit\w*|"
                     r"plus important\w*|more important|should|devrai\w*|doit|doivent|choisir|choose|pick|our|notre|nos|leur|"
                     r"their|ce contrat|this contract|the contract|le contrat)\b")


def _two_terms_compared(low: str, words: list, slots: Slots) -> list[str] | None:
    """Two terms named and compared, nothing else asked: their two definitions."""
    if not (_COMPARE.search(low) or re.search(r"\bdiffer(s|ent|ence)?\b", low)) or len(words) > 16 or slots.figures or _CHOICE.search(low) or \
            _EVALUATIVE.search(_PLAINLY.sub(" ", low)):
        return None
    terms = [t for t in find_terms(low) if t not in GENERIC_TERMS]
    return terms if len(terms) == 2 else None


def _removes_nothing(slots, state) -> bool:
    """Every service or asset the message puts out is already out of the scope on the table."""
    scope = state.scope()
    return not any(x in scope.services for x in slots.remove_services) and not any(
        x in scope.assets for x in slots.remove_assets)


def _classify(text: str, slots: Slots, state: ConversationState) -> Understood:
    low = fold(text).strip()
    low = re.sub(r"^((ok|okay|merci|thanks|thank you|d'accord|dac|super|parfait|cool|great|bien|tres bien|ah|oh|"
                 r"hmm|euh|bon|alors)[ ,.!]+)+", "", low).strip() or low
    words = low.split()
    table_topic = state.clause.topic if state.clause else None
    topic = slots.topic or table_topic or state.last.topic
    if _EARLIER_THING.search(low) and len(words) <= 14 and not (slots.topic or slots.term or slots.figures or
                                                                slots.figure_named or slots.has_scope_change()):
        return Understood(act="clarify", slots=slots)  # "et le truc dont on parlait hier ?": nothing here says what it is
    asks = bool(_QUESTION_WORDS.search(low) or _INDIRECT.search(low) or _asks_at_end(low)) and not re.search(
        r"[,.;]\s*(tu peux|tu pourrais|vous pouvez|vous pourriez|can you|could you|can u|possible)( stp| svp| please| pls)?"
        r"\s*\?*\s*$", low) and not (
        (_POLITE_REQUEST.search(low) or _has_table(state) and _WE_CAN.search(low)) and _POLITE_ACTION.search(low[:60]) or
        _has_table(state) and _WE_CAN.search(low) and slots.figures and len(low.split()) <= 8) and not _IT_IS.match(low) \
        and not (slots.facts and (_IT_IS_FACT.match(low) or _CLEFT_FACT.match(low)))
    base = detect_intent(text, has_draft=_has_table(state))
    drafting = _draft_asked(low) and not _validity_asked(low, asks)

    def u(act: str, **kw) -> Understood:
        kw.setdefault("topic", topic)
        kw.setdefault("term", slots.term)
        return Understood(act=act, slots=slots, **kw)

    if not re.search(r"[a-z0-9]", low):
        return u("clarify")
    if SPLIT_DIFFERENCE.search(low) and _has_table(state):
        # s20: "on coupe la poire en deux", "let's split the difference": after a figure was changed, that figure set
        # halfway between its last two values (`Toolbox.relative_figures` put it in the slots); with no figure just
        # changed, a balanced version; the phrase's meaning asked is a question (no fruit, no off-topic aside)
        if not split_asked(low):
            slots.position = None
            return u("question")
        # (a figure said with it — "meet in the middle, 99.8" — is the compromise itself: the rules below set it)
        if slots.relative is not None and slots.relative[0] == "mid":
            if slots.figures:
                slots.position = None
                return u("set_figure", topic=table_topic or state.last.topic)
            if state.clause is not None:
                slots.position = "balanced"
                return u("change_position", relative=False)
    if not _has_table(state) and not state.last.act and len(words) <= 16 and _VAGUE_JOB.search(_GREETING.sub("", low)) and not (
            slots.topic or slots.term or slots.figures or slots.facts or slots.has_scope_change()):
        return u("clarify")  # "tu me fais ça vite fait", "can u sort the hotel thing": a job asked, its object unsaid
    if not _has_table(state) and not state.last.act and len(words) <= 14 and _BACK_REFERENCE.search(low) and not (
            slots.topic or slots.term or slots.figures or slots.facts or slots.has_scope_change()):
        return u("clarify")  # "tu peux me refaire celle d'hier ?", "same as last time please": nothing here to refer to
    if _OFFTOPIC.search(low) and not _DOMAIN_STRONG.search(low) and not _SERVICE_STORY.search(low):
        return u("out_of_scope")
    if _OPENER.match(low) and not (slots.topic or (slots.term and slots.term not in GENERIC_TERMS) or slots.figures or slots.facts or slots.has_scope_change()):
        return u("clarify")  # "hi, quick one about our contract": what about it, asked back
    if _BARE_OPENER.match(low) and not (slots.topic or slots.term or slots.figures or slots.facts or slots.has_scope_change()):
        return u("clarify")  # "quick one before my meeting": which question, asked back
    if _ANNOUNCED_ON.match(low) and slots.topic and not (slots.figures or slots.facts or slots.has_scope_change()):
        return u("clarify", topic=slots.topic)  # a question on that clause to come: which one, asked back
    asked_part = [p for p in re.split(r"(?<=[.!?])\s+", low) if p.strip()][-1]
    if asks and "?" in asked_part and _OFFTOPIC.search(asked_part) and not _DOMAIN_HINT.search(asked_part):
        # "on fête la signature du contrat ce soir !! quel vin avec le fromage ?": the contract is the occasion, the
        # question asked is off the field
        return u("out_of_scope")
    if state.last.act and state.last.act not in ("draft_clause", "change_position", "set_figure", "rephrase") and re.match(
            r"(meme question|same question|pareil pour|idem pour|same (thing )?for|la meme (chose )?pour|meme chose pour)\b", low):
        return u("follow_up")  # "same question for a cloud backup provider", "même question mais côté presta"
    if _APPROVAL.match(low) and "?" not in low and (state.last.act or _has_table(state)):
        return u("clarify")  # "c'est exactement ça, merci": approved; what next, asked
    if (_CHALLENGE.match(low) or _ELABORATE.match(low)) and state.last.act and state.last.act not in ("clarify", "out_of_scope"):
        return u("follow_up")  # "tu es sûr ?": the last answer, given again with its sources
    if state.pending and state.pending.get("kind") == "side" and slots.position is None:
        side = re.search(r"\b(client|prestataire|msp|provider|fournisseur|infogereur|customer)\b", low)
        if side and len(words) <= 6:
            return u("state_fact")
    if state.pending and state.pending.get("kind") == "clause" and slots.topic and not asks:
        return u("draft_clause", topic=slots.topic, relative=slots.position in ("mine", "theirs"))  # "de force majeure"
    if _two_terms_compared(low, words, slots):
        # "RPO vs RTO in plain words", "c'est quoi la diff entre GTI et GTR ?": both terms explained, side by side
        return u("explain_term", term=_two_terms_compared(low, words, slots)[0])
    last_topic = state.last.topic or (clause_topic(state.last.question) if state.last.question else None)
    if _DRAFT_IT.search(low) and drafting and not slots.topic and last_topic and not asks_about(low) and (
            state.clause is None or state.clause.topic != last_topic):
        # "rédige-la", "draft that clause", "write me one": the clause the last answer was about
        return u("draft_clause", topic=last_topic, relative=slots.position in ("mine", "theirs"))
    if _COUNTER.search(low) and last_topic and not slots.topic and not asks_about(low):
        # "fais-moi une contre-proposition", "suggest an alternative": the user's own version of that clause
        return u("draft_clause", topic=last_topic)
    if state.pending and state.pending.get("kind") == "contract" and not asks and (
            slots.facts or slots.add_services or slots.add_assets):
        return u("draft_contract")  # the details of the contract asked for a turn ago
    if (quoted(text) or slots.pasted) and slots.topic and _rewrite_pasted(text):
        # "réécris cette clause en notre faveur : <clause>", "redraft this so it protects us: …": the pasted clause is
        # the clause to work on, redrafted (toward the side named), not a text to review
        if slots.position is None and re.search(r"\b(protect\w* (us|me)|(nous|me) proteg\w*|pour (nous|moi)|for (us|me)|on our side|"
                                                r"de notre cote|in my favou?r|a mon avantage|en ma faveur)\b", fold(text.split(":", 1)[0])):
            slots.position = "mine"
        return u("draft_clause", topic=slots.topic, relative=slots.position in ("mine", "theirs"))
    # a clause quoted to ask who must prove or what to write in its place: the question is answered, the clause is no
    # document to review ("le contrat dit '…', c'est à nous de prouver ?", "it just says '…': what do we write instead?")
    if quoted(text) and 6 <= len(quoted(text).split()) <= _ONE_CLAUSE_WORDS and not _REVIEW.search(_unquoted(text, low)) and \
            yes_no_judgement(_unquoted(text, low)):
        # "is this ok? '<one clause>'", "« … » c'est acceptable pour nous ?": one clause quoted and a yes-or-no judgement
        # asked of it — a question on that clause (answered with the clause read), not a whole document to review
        return u("question", topic=slots.topic or clause_topic(quoted(text)), assess=True, firm=True)
    if quoted(text) and _one_clause_asked(text, low):
        # "voici l'article 11.3 : « … » qu'en pensez-vous ?", "they want this in: '…' thoughts?": one clause (one or two
        # sentences) on the table and a question asked of it outside the quote — answered on that clause, not reviewed
        # as a document (several clauses pasted, or a review asked in words, stay a review); the clause's subject is
        # what its first sentence provides (a second one often limits it: "…ne saurait être tenu responsable…")
        lead = re.split(r"(?<=[.;!?])\s+", quoted(text).strip())[0]
        return u("question", topic=clause_topic(lead) or slots.topic or clause_topic(quoted(text)), assess=True, firm=True)
    if quoted(text) and len(quoted(text).split()) >= 6 and (_REVIEW.search(low) or re.search(r"voici|here'?s|here is|notre contrat|our contract|"
                                                          r"dit :|says|je colle|they sent|added this|conditions|"
                                                          r"clause de mon|my contract|t'en penses|thoughts|je signe|"
                                                          r"can i (accept|sign)|conforme|ok\?|acceptable", low) or
                                                          _CONTRACT_SENTENCE.search(fold(quoted(text) or ""))) and not (
            len(quoted(text).split()) <= 40 and question_type(text) in ("who_proves", "what_to_write")):
        return u("review")
    if pasted_alone(text):
        return u("review", topic=slots.topic or clause_topic(text))  # a clause pasted alone: reviewed
    if _PRECEDENTS.search(low) and re.search(r"\b(trouve|cherche|retrouve|donne|montre|find|search|look|show|"
                                             r"get|pull)\w*", low):
        return u("precedents")
    # "je relis le contrat signé : reconduction par 3 ans, c'est normal ?": terms retold and judged, no text to review
    retold = len(text) < 400 and "\n" not in text and not quoted(text) and asks and _ASSESS.search(low)
    if _REVIEW.search(low) and not retold or (len(text) > 600 and len(re.findall(r"(?im)^\s*(article|art\.|\d+\.)\s", text)) >= 2) or (
            len(text) > 150 and len(re.findall(r"(?:^|\s)(?:article|art\.)\s*\d+\s*[-–:.]", low)) >= 2 and
            re.search(r"\b(le prestataire|the provider|le client|the client|les parties|the parties)\b", low)):
        # "Article 1 - Objet. Le Prestataire… Article 2 - …": a contract pasted on one line
        return u("review")
    if state.contract is None and state.clause is None and _MAKE_ME_A.search(_unquoted(text, low)) and \
            not re.search(r"\bclauses?\b", low) and not asks_about(low):
        # "… tu me sors un contrat ?", "can you get me a contract as a word file?": a new document asked for, nothing
        # made yet — written, whatever verb brings it (an export needs something made)
        return u("draft_contract")
    if (_EXPORT.search(_unquoted(text, low)) or _final_document_asked(_unquoted(text, low), asks, state) or re.fullmatch(r"(en |in |as |au format |format )?(pdf|docx|word|markdown)( possible| dispo\w*|"
                                            r" stp| svp| please| pls| ok)?\W*", low)) and (
            state.contract is not None or state.clause is not None or _CONTRACT.search(low)):
        if state.contract is None and state.clause is None and _CONTRACT.search(low) and \
                not re.search(r"\bclauses?\b", low) and (slots.facts or _NEW_DOCUMENT.search(_unquoted(text, low))):
            # "48 users on 2 sites, no on-site… tu peux me sortir un contrat ?": nothing made yet to export — a
            # document with its facts, or one asked with an indefinite article, is a contract to write
            return u("draft_contract")
        return u("export")
    if _PROMISE_BROKEN.search(low) and not (drafting and re.search(r"\b(clauses?|version|contrat|contract)\b", low)) and \
            not quoted(text) and not _CHANGE.search(low) and \
            read_directive(low) is None:
        # s22: "the 4h restore they promised, they refused us access", "ils avaient promis une GTR de 4h et ils refusent…":
        # what the other side promised and did not do, told — a question on the breach, not a figure to set, a clause to
        # draft or the kind of obligation asked
        return u("question", topic=slots.topic or (topic if state.last.act else None), firm=True)
    if _has_table(state) and slots.relative is not None and "monthly_fee_eur" in slots.facts and not asks:
        # s17b: "augmente la redevance de 10 %": the stated fee changed by a share — a figure of the contract set
        return u("set_figure", topic=table_topic or state.last.topic)
    if state.contract is not None and set(slots.facts) == {"monthly_fee_eur"} and state.last.fact == "monthly_fee_eur" \
            and not asks and len(words) <= 10 and (_FEE_CORRECTED.search(low) or _FEE_RESTATED.search(low)):
        # s18b: "no wait, 3,400", "oups, plutôt 2 650" right after the fee: the figure of the contract just set, set again
        return u("set_figure", topic=table_topic or state.last.topic)
    if _has_table(state) and (slots.figures or slots.quantities and not slots.facts) and figure_ordered(low) and \
            not _SIDE_NAMED.search(low):
        # "lower it to 25 %", "tighten P1 response to 1 hour", "resserre la GTR à 2 h": a change verb heading the message,
        # a value as its target — the figure is set; "tighten", "assouplis" give the figure's direction, not a side
        slots.position = None
        fig_topic = slots.topic
        if table_topic and fig_topic != table_topic and all(figure_topic(k) == table_topic for k in slots.figures):
            fig_topic = table_topic
        return u("set_figure", topic=fig_topic or table_topic or state.last.topic)
    if table_topic and asks and not drafting and _DIFFERENT_FROM.search(low) and read_directive(low) is None:
        # "and how does that differ from the GDPR return of data?", "c'est quoi la différence avec la restitution RGPD ?":
        # the clause on the table compared with what is named — a question, not a follow-up that redrafts
        return u("question", topic=table_topic, compare=True, firm=True)
    if state.clause is not None and slots.position == "theirs" and state.side in ("msp", "client") and \
            _THEIR_VERSION.search(low) and not asks_about(low):
        slots.position = {"msp": "client", "client": "msp"}[state.side]  # "show me the other side's version": all of it
        return u("change_position")
    if state.clause is not None and _REQUIREMENT.search(_LEAD_IN.sub("", low)) and not asks and not slots.position \
            and not _OFFTOPIC.search(low) and not _REPHRASE.search(low) and not (
                slots.has_scope_change() and not slots.data_location and
                not re.search(r"\b(exclusions?|exceptions?|carve-?outs?)\b", low)) and not (
                slots.topic and slots.topic != state.clause.topic and re.search(r"\bclauses?\b", low)):
        slots.position = "mine"  # a condition written into the clause on the table, whatever else it names
        slots.topic = state.clause.topic
        if _ADDING_VERB.match(_LEAD_IN.sub("", low)):
            # s16: the main verb adds to that clause ("ajoute que…", "add a line saying…", "précise que…", "make sure it
            # says…"): its act is add_remove; the router writes it as the user's own side's version (`u.relative`), the
            # version that carries such a condition — no side is asked for in words; a subject named inside the
            # condition ("ajoute que ces pénalités…", "que l'auditeur signe un engagement de confidentialité") is what the
            # condition is about, no clause to add (another clause named as a clause never reaches this branch)
            slots.add_topics, slots.remove_topics = [], []
            return u("add_remove", relative=True, topic=state.clause.topic, firm=True)
        return u("change_position", relative=True, topic=state.clause.topic)
    if state.clause is not None and not asks and _WANT_RIGHT.match(low) and not slots.figures and not (
            slots.topic and slots.topic != state.clause.topic and re.search(r"\bclauses?\b", low)):
        # "on veut aussi pouvoir auditer une fois par an" on a data protection clause: a right put into that clause
        slots.facts, slots.position = {}, "mine"  # the right is the clause's, not a service or a fact of the scope
        slots.add_services, slots.add_assets, slots.remove_services, slots.remove_assets = [], [], [], []
        return u("add_remove", topic=state.clause.topic, relative=True)
    if state.clause is not None and not asks and "?" not in low and not slots.figures and not slots.carve_out and not (
            slots.add_topics or slots.remove_topics) and added_passage(text):
        # s17b: "also say the provider must keep the runbooks up to date": a passage to add to the clause on the table
        return u("add_remove", topic=state.clause.topic, relative=True)
    if state.clause is not None and slots.carve_out and not asks and "?" not in low and (not slots.topic or slots.topic == state.clause.topic) and (
            _CARVE_COND.search(slots.carve_out.lower()) or not (slots.remove_services or slots.remove_assets)):
        # "exclude planned maintenance if announced 48 h ahead": an exception in that clause (its figure is the notice of
        # the exception, not one of the clause's figures; nothing leaves the scope)
        slots.figures, slots.said, slots.remove_services, slots.remove_assets = {}, {}, [], []
        return u("add_remove", topic=state.clause.topic)
    if state.clause is not None and slots.remove_parts and not slots.topic and not asks and not slots.figures:
        return u("add_remove", topic=state.clause.topic)  # "drop the indirect damages part": a passage of that clause
    if _CONTRACT.search(low) and _CONSIDERING.search(low) and not drafting and slots.facts and not asks:
        return u("state_fact")  # "we're a 15-person firm looking at an MSP contract": who they are, no request yet
    if not _has_table(state) and not drafting and _REPORTED_TERM.search(low):
        # "their DPA lets them bring in any subprocessor without telling us", "leur contrat les autorise à…": a term of
        # the contract reported, to be judged, whatever facts come with it
        return u("question", topic=slots.topic)
    if _SAYS.search(low) and not drafting and not _has_table(state) and (slots.figures or slots.facts):
        # "their contract says the fee is 4,100 EUR": what a contract says, reported — judged, no contract to write
        return u("question", topic=slots.topic, assess=bool(slots.figures))
    if _CONTRACT.search(_CONTRACT_TIME.sub(" ", low)) and not re.search(r"\bclauses?\b", low) and not asks_about(low) and (
            drafting or (slots.facts and not asks and not _THEIR_DOCUMENT_TOLD.search(low)) or (
                requests_document(low) and (slots.facts or slots.has_scope_change())) or (slots.has_scope_change() and not asks and not
                                                       _EXISTING_CONTRACT.search(low)) or re.search(r"\b(contrat|contract|agreement) "
                                                                           r"(d'infogerance|complet|full|msa|it|type)\b",
                                                                           low) and not asks) \
            and not (state.contract is not None and not drafting):
        return u("draft_contract")
    if _NEW_DEAL.search(low) and state.contract is None and not asks and (
            slots.facts or slots.add_services or slots.add_assets) and not slots.figures:
        return u("draft_contract")  # "new deal: accounting firm, 30 users, backup + helpdesk": the contract to write
    if re.fullmatch(r"(un |le |a |the )?(contrat|contract|agreement)s?[ ?!.]*", low) or \
            re.fullmatch(r"(une |la |a |the |an? )?(clause|article)s?[ ?!.]*", low):
        return u("clarify")
    if (_PRIORITY.search(_TICKET_PRIORITY.sub(" ", low)) and not ("?" not in low and _PRIORITY_STATED.search(low))) or re.search(
            r"\bmust[- ]haves?\b|\bindispensables?\b", low) and not (
            slots.topic or slots.term or re.search(r"\b(rgpd|gdpr|dpa|clause)\b", low)):
        return u("priorities")  # "our must-haves?"; "our GDPR must-haves in the contract" asks what it must contain
    if slots.remove_topics and state.contract is not None and not slots.add_topics and (
            _ADD_REMOVE.match(low) or _ADD_REMOVE.search(re.split(r"[,;.!]", low)[0])):
        return u("add_remove")  # "remove the non-solicitation clause, they won't sign it"
    if _THEY_HOLD_ACCESS.match(low) and not asks and not drafting and not slots.figures and \
            not re.search(r"\b(veu\w*|voudr\w*|want\w*|'d like|would like)\b", low):
        slots.add_services, slots.add_assets, slots.remove_services, slots.remove_assets = [], [], [], []
        return u("state_fact")  # "ils ont un admin interne qui a aussi les accès root": who holds the keys
    if _THEY_SUBCONTRACT.search(low) and not drafting and not slots.figures:
        slots.add_services, slots.add_assets = [], []
        return u("question", topic=None, firm=True)  # their plan to pass the work on (sub-processing, transfer), judged
    if _has_table(state) and slots.topic and slots.topic != table_topic and not asks and not slots.figures and \
            _NEXT_CLAUSE.match(low):
        # "now do the liability one", "fais maintenant celle sur la réversibilité": the next clause, drafted
        return u("draft_clause", topic=slots.topic, relative=slots.position in ("mine", "theirs"))
    segments = re.split(r"[,;.!]\s", low)
    if slots.figures and _has_table(state) and "?" not in low and slots.position in (None, "balanced") and len(segments) > 1 and \
            any(_SET_FIRST.match(seg.strip()) for seg in segments[1:]) and not _SET_FIRST.match(segments[0]):
        # "meet them halfway, make it 14": the figure set is the compromise; no other position asked
        slots.position = None
        return u("set_figure", topic=table_topic or slots.topic or state.last.topic)
    if (slots.figures or any(q.unit for q in slots.quantities)) and _has_table(state) and "?" not in low and \
            not slots.position and (_SET_FIRST.match(re.split(r"[,;.!]\s", low)[0]) or _SET_FIRST.match(low) or
                                    _topic_then_set(low) or _granted_figure(low, slots)):
        # "make it 3 months instead, they'll never swallow 6": the change is asked, the other side's refusal is the reason
        fig_topic = slots.topic
        if table_topic and fig_topic != table_topic and all(figure_topic(k) == table_topic for k in slots.figures):
            fig_topic = table_topic
        return u("set_figure", topic=fig_topic or table_topic or state.last.topic)
    # s16: a request said first and its reason after ("plutôt la version du client, sinon ça va bloquer", "rather 24 hours,
    # otherwise their DPO won't sign"): the other side's reaction named in the reason is no question about it
    reason = _REASON_AFTER.search(low)
    if reason and reason.start() > 0 and "?" not in low and (
            _SET_FIRST.match(low[:reason.start()]) or read_directive(low[:reason.start()]) is not None or
            re.match(r"(plutot|rather|instead|more like)\b", low)):
        low_objection = low[:reason.start()]
    else:
        low_objection = low
    if (_OBJECTIONS.search(_SELF_STUCK.sub(" ", _PURPOSE.sub(" ", low_objection))) or _reaction_of_other_party(low_objection) or (
            _THEY_WILL_CHANGE.search(low_objection) and _ASKED_WHAT.search(low_objection) and not slots.figures)) and \
            not _RIGHTS.search(low) and not may_party(low) and not (not _has_table(state) and _MAY_ASKED.search(low)) and \
            not _LAW_INVOKED.search(low) and not (
            _ASSESS.search(low) and not _LIKELY.search(low)) and not (
            _TOO_HARSH.search(low) and _has_table(state)) and not (
            _DRAFT.match(low) and (slots.topic or "clause" in low) and not _has_table(state)) and not (
            (_ordered_figure(low, slots) or _granted_figure(low, slots)) and _has_table(state)) and (
            _has_table(state) or slots.topic or "clause" in low or (
                state.last.topic and state.last.act in ("review", "question", "follow_up", "objections") and
                not re.match(r"(et |and |mais |but )?(si|s'il|s'ils|if|what if|even if|meme si)\b", low) and
                re.search(r"\b(va|vont|will|would|going to|gonna|risque\w*)\b|\w'll\b", low_objection))):
        return u("objections")
    if (_REPHRASE.search(low) and (state.last.text or _has_table(state)) and not slots.topic or
            _REPHRASE.search(low) and re.search(r"\b(la|cette|ta|the|this|that) clause\b|\b(ca|ce|it|that)\b", low)
            and state.last.text) and not (slots.figures and re.search(r"\b(trop|too|way too) (long|short|court)\b", low)) and \
            not (slots.relative is not None and slots.relative[0] == "add" and _has_table(state)) and \
            not (_DEFINE.search(low) and (slots.term or base.term) and not re.search(r"\b(la|cette|ta|the|this|that) clause\b", low)):
        # (s16: "their partner asked what RPO means, can you explain it simply" asks a term's meaning in plain words)
        # ("8h c'est trop long ?" judges the figure, not the text)
        return u("rephrase")
    if slots.remove_topics and state.contract is not None and not asks and not slots.add_topics:
        return u("add_remove")  # "on ne veut pas de clause de non-sollicitation", with a contract in progress
    if (slots.figures or slots.facts) and not _has_table(state) and not drafting and not asks and \
            read_directive(low) is None and stated_value(low) and not (
            _SAYS.search(low) or _OWN_TERM.search(low) or _REPORTED_TERM.search(low)):
        # "fee is 3,600 EUR per month", "le loyer sera de 900 € HT": a subject set equal to a value, no order — a fact of
        # the deal, stated (no clause asked for)
        return u("state_fact")
    named = slots.topic if slots.topic and (slots.pasted or quoted(text)) else clause_topic(text)  # a pasted clause: its own subject
    if named and (not asks or drafting) and not asks_about(low) and not _ASSESS.search(low) and not _OBJECTIONS.search(low) and not (
            asks and _RIGHTS.search(low)) and not (
            _REPHRASE.search(low)) and (re.search(r"\bclauses?\b", low) or not _has_table(state)) and not (
            state.clause is not None and state.clause.topic == named and not drafting) and (
            drafting and not _has_table(state) or re.search(r"\bclauses?\b", low) and (not (
                state.contract is not None and (slots.position or slots.figures or _CHANGE.search(low))) or
                # s21: a clause ordered anew with its side or figures while a contract is in progress ("rédige-moi la
                # clause pénalités côté presta, plafond 5 %"): that clause drafted, not the contract's side changed
                (drafting or _NEW_TEXT_ORDER.match(low)) and _NEW_TEXT_ORDER.search(low) and
                (state.clause is None or state.clause.topic != named)) or
            (slots.figures or slots.facts and not set(slots.facts) <= _PLAIN_FACTS) and
            clause_topic(" ".join(text.split()[:3])) == named and not (
                state.contract is not None and slots.figures and not drafting)) and not (
            _ADD_REMOVE.search(low) and state.contract is not None):
        return u("draft_clause", topic=named, relative=slots.position in ("mine", "theirs"))
    if slots.side and not _has_table(state) and not drafting and not asks and re.search(
            r"\b(je suis|on est|nous sommes|i'?m|we'?re|we are|i am)( [\w']+){0,3}? (du |on the )?(cote|side)\b", low):
        return u("state_fact")  # "on est côté client": who the user is
    party = re.fullmatch(r"(et |and |ok |bon )?(pour|cote|for|from|on) (le |la |the )?(prestataire|presta|provider|msp|"
                         r"fournisseur|client|customer)('?s)?( side)?( (ca donne quoi|alors|then|version|please|stp|svp|"
                         r"what does it look like|ca donnerait quoi))?\W*", low)
    if party and state.clause is not None and not slots.topic:
        slots.position = "client" if party.group(4) in ("client", "customer") else "msp"
        return u("change_position", relative=False)  # "et pour le prestataire ça donne quoi ?": that side's version
    if slots.position and (drafting and (slots.topic or "clause" in low) and not _has_table(state)) and not asks_about(low):
        return u("draft_clause", relative=slots.position in ("mine", "theirs"))
    if slots.position and orders_new_text(low) and not asks_about(low) and state.contract is None:
        # "write a more balanced one", "rédige une clause de réversibilité plus équitable": a text ordered — the adjective
        # is the version wanted, the act is the draft (of the clause named, else of the subject just discussed); on the
        # clause on the table, the same order is its new version
        wanted = slots.topic or clause_topic(text)
        if state.clause is None and (wanted or last_topic):
            return u("draft_clause", topic=wanted or last_topic, relative=slots.position in ("mine", "theirs"))
        if state.clause is not None and wanted and wanted != state.clause.topic and re.search(r"\bclauses?\b", low):
            return u("draft_clause", topic=wanted, relative=slots.position in ("mine", "theirs"))
    if slots.position and not (_ASSESS.search(low) and not _CHANGE.search(low) and not _TOO_HARSH.search(low) and not (
            _has_table(state) and (_COMPLAINT.search(low) or re.search(r"\b(en leur faveur|in their favou?r|a leur avantage|"
                                                                       r"pour eux)\b", low)))) and \
            not asks_about(low) and not (asks and _COMPARE.search(low) and not _has_table(state)) and not (
            not _has_table(state) and not drafting and _MAY_ASKED.search(low)) and (
            not asks or _has_table(state) or _CHANGE.search(low) or drafting or
            re.search(r"\b(version|plus|more|moins|less|trop|too|rather|plutot)\b", low)):
        return u("change_position", relative=slots.position in ("mine", "theirs"))
    if drafting and (re.search(r"\bclauses?\b", low) or slots.topic) and not asks_about(low) and not (
            asks and _ASSESS.search(low) and slots.figures):  # "on voudrait mettre 3 ans de non-débauche, ça passe ?"
        return u("draft_clause")
    if _WHY_IT_MATTERS.search(low) and (slots.term or base.term or slots.topic) and not drafting:
        return u("question", topic=slots.topic or topic, firm=True)  # the term and what it means for the user, a question
    term_named = slots.term or base.term
    if slots.figures and term_named and not _has_table(state) and not drafting and len(words) <= 30 and \
            _DEFINE.search(re.split(r"[.!;:]\s+", low.strip())[-1]) and not _EVALUATIVE.search(low) and \
            not _COMPARE.search(low):
        return u("explain_term", term=term_named)  # "ils ont écrit RPO = 4h, ça veut dire quoi ?": the term, explained
    if slots.figures and not _has_table(state) and _SAYS.search(low) and not drafting:
        return u("question", assess=True)  # "le contrat dit indexation Syntec plafonnée à 3 %"
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
    services_told = [x for x in slots.add_services + slots.remove_services if x != "hosting"]
    if not _has_table(state) and not state.last.act and not state.pending and not asks and (slots.side or state.side) == "msp" \
            and len(words) >= 8 and ({"users", "sites"} & set(slots.facts)) and "control" not in slots.facts and \
            _WE_DO.search(low) and (
                services_told or (slots.add_assets or slots.remove_assets) and not (slots.add_services or slots.remove_services)) \
            and not re.search(r"\bclauses?\b", low) and not _SAYS.search(low) and not _REPORTED_TERM.search(low):
        # s21: the provider's first message tells the client (its people, its sites) and the services it will run, without
        # the word "contract" ("bike shop chain, 5 stores, 21 users. we do helpdesk and patching"): a deal to write up —
        # the contract is drafted. Who hosts or holds the keys told with the head count ("we host their ERP, 80 users",
        # "on administre leurs serveurs, on n'héberge rien") are the facts of a question to come, kept as facts; the same
        # facts with a question asked are answered
        return u("draft_contract")
    if (slots.add_services or slots.remove_services or slots.add_assets or slots.remove_assets) and not _has_table(
            state) and not asks and not drafting and \
            len(words) >= 4 and not re.search(r"\bclauses?\b", low) and base.name not in ("draft_clause", "draft_contract"):
        return u("state_fact")  # "le prestataire héberge nos dossiers", "they do our backups": the scope, stated
    if slots.side and not asks and not slots.figures and len(words) <= 25 and not base.name == "draft_clause":
        return u("state_fact")
    if slots.facts and not asks and base.name not in ("draft_clause", "draft_contract") and not (
            base.name == "explain_term" and re.search(r"c'?est quoi|qu'est|what is|what's|explain|defin", low)):
        return u("state_fact")
    if _DEFINE.search(low) and (slots.term or base.term) and len(words) <= 16 and not slots.figures and not (
            state.contract is not None and _IN_OUR_DRAFT.search(low)) and not \
            _EVALUATIVE.search(low) and not _COMPARE.search(low) and not _CONTENTS.search(low) and not (
            base.name == "obligations" and _APPLIED.search(low)) and not _MAY_THEY.search(low) and not _NEED_TOO.search(low):
        return u("explain_term", term=slots.term or base.term)
    if state.last.tool == "explain_term" and _FOLLOW.match(low) and slots.term and len(words) <= 8:
        return u("follow_up", topic=slots.topic or topic)  # "et une obligation de résultat ?" after a definition
    if base.name == "obligations" and not (_PROOF_OF_TYPE.search(low) and not _TYPES_COMPARED.search(low)) and not (
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
    if (_FOLLOW.match(low) or _SUPPOSED.match(low)) and (state.last.act or _has_table(state)) and len(words) <= 20:
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
    if base.name == "explain_term" and base.term and not _EVALUATIVE.search(low) and not _NEED_TOO.search(low) and not (
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
    if base.name == "out_of_scope" and (slots.figures or any(q.unit for q in slots.quantities)) and state.last.act:
        return u("question")
    if base.name == "out_of_scope" and asks and (state.last.act or _has_table(state)) and len(words) <= 12 and \
            _TERMS_OF_SERVICE.search(low):
        return u("follow_up", topic=topic)  # "les jours d'accompagnement sont payants ?", "on compte les jours fériés ?"
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


def _adds_nothing(slots, state) -> bool:
    """The services and assets the message names are all in the scope already and none is taken out: "pupil records
    are on the file servers they'll look after" states a fact about them, it adds nothing."""
    if slots.remove_services or slots.remove_assets:
        return False
    scope = state.scope()
    return all(x in scope.services for x in slots.add_services) and all(x in scope.assets for x in slots.add_assets)
