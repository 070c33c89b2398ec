"""The other side's answer to the clause on the table, asked about (s26, issue 14): a short follow-up that only makes
sense against that clause —

* a refusal foreseen ("et s'ils refusent ?", "what if they say no?", "they won't budge"): a follow-up on the clause,
  answered with its fallbacks (the clause's negotiation notes), never another topic;
* a counter-proposal asked ("tu proposerais quoi en face ?", "on leur répond quoi ?", "what would you counter with?"):
  the clause turned to the user's side, or, when it is on the user's side already, its fallbacks;
* the other side's opinion of the clause foreseen ("le client va trouver ça trop léger non ?", "they'll think it's too
  harsh"): what that side will object to in it.

Read with a clause on the table (s27: or, with nothing on the table, the term the last answer was about — a counter asked
there is that term drafted for the user's side) and no question pending; the first family of the regular reader
(`chat.act_rules`), so that none of these short messages is read as out of scope or as a new question."""

from __future__ import annotations

import re

from assistant.chat.act_catalogue import Understood
from assistant.chat.act_context import ActContext
from assistant.chat.counter_cues import COUNTER_ASKED

_OPEN = r"^(?:(?:et|and|mais|but|ok|okay|bon|so|alors|du coup|hmm|euh)[ ,]+)*"
_THEY = (r"(?:ils|elles|il|elle|le client|la cliente|le presta(?:taire)?|l'infogerant|le fournisseur|l'autre partie|en face|"
         r"they|he|she|the (?:client|customer|provider|msp|supplier|vendor|other side|other party)|their (?:lawyer|side|"
         r"procurement|cfo|cio|dpo))")
# "et s'ils refusent ?", "what if they say no", "if the client rejects it", "they won't budge", "ils lâcheront rien"
_REFUSED = re.compile(
    _OPEN + r"(?:(?:et )?(?:si|s')|(?:what |and )?if|suppose|imagine)\s*" + _THEY + r"\s+(?:(?:me |nous |le |la |les |l')?"
    r"(?:refus\w*|rejett?\w*|dis(?:ent|e)? non|reject\w*|says? no|turns? (?:it|that|this) down|n'en veu\w* pas|"
    r"(?:n')?accept\w* pas|(?:ne |n')?veu\w* pas|(?:ne |n')?signe\w* pas|don'?t (?:accept|agree|sign|want)\w*|"
    r"won'?t (?:accept|agree|sign|have it|budge|move)|push(?:es)? back|bloqu\w*|coince\w*))"
    r"(?:\s+(?:ca|cela|ceci|it|that|this|la clause|the clause|ce point|this point|dessus|la-dessus))?\s*[?!.]*$|"
    + _OPEN + _THEY + r"\s+(?:won'?t|will not|aren'?t going to|are not going to) (?:budge|move|accept (?:it|that|this)|"
    r"agree(?: to (?:it|that|this))?|sign (?:it|that|this))\b[^?]{0,25}[?!.]*$|"
    + _OPEN + _THEY + r"\s+(?:(?:ne )?(?:vont|va) (?:pas|jamais|rien) (?:bouger|ceder|lacher|accepter|signer)|"
    r"(?:ne )?(?:bougeront|cederont|lacheront|accepteront|signeront) (?:pas|jamais|rien)|refuse\w*|rejects? (?:it|that|this)|"
    r"refuses? (?:it|that|this))\b[^?]{0,25}[?!.]*$")
_ASKED = re.compile(r"\?|\b(?:quoi|what|quelle?s?|lequel|which)\b")
_ORDERED = re.compile(r"\b(?:redige\w*|ecri[st]\w*|fai[st]|fais-moi|draft\w*|write|make|prepare)\b")
# "le client va trouver ça trop léger", "they'll think it's way too harsh", "the customer will say it's too weak"
_FINDS = re.compile(
    r"\b" + _THEY + r"(?:'re|'s|'ll)?\s+(?:(?:va|vont|risque\w* de|will|would|might|may|is going to|are going to|going to|"
    r"gonna)\s+)?(?:nous |me )?"
    r"(?:trouve\w*|dire|dira\w*|pense\w*|juge\w*|estime\w*|think\w*|say|says|find|finds|feel|feels|see|consider)\b"
    r"[^?.!]{0,40}?\b(?:trop|too|pas assez|not \w+ enough|insuffisant\w*|inacceptable|unacceptable|abusi\w*|"
    r"desequilibre\w*|one-sided|lopsided|unfair)\b|"
    r"\b(?:they'll|they'd|he'll|she'll) (?:think|say|find|feel|see)\b[^?.!]{0,40}?\b(?:too|not \w+ enough|unacceptable|"
    r"one-sided|unfair)\b")


# s34: the other side's answer to the clause, reported ("le client répond que si c'est une obligation de moyens on ne
# s'engage à rien", "the client says best efforts means we promise nothing", "ils nous rétorquent que…"): their objection,
# to be answered — not a new question on the law
_THEY_ANSWERED = re.compile(
    r"\b" + _THEY + r"\s+(?:nous |me |m'|lui )?(?:(?:(?:a |ont )?(?:repond\w*|replique\w*|retorqu\w*|objecte\w*|oppose\w*|"
    r"conteste\w*|dit|disent|a dit|ont dit|affirme\w*|pretend\w*|trouve\w*|estime\w*|juge\w*))\s*(?:que |qu'|:\s*)|"
    r"(?:says?|said|repl(?:y|ies|ied)|answers?|answered|argues?|argued|objects?|objected|claims?|claimed|counters?|"
    r"countered|pushe[sd] back|thinks?|feels?)(?: saying)?\s*(?:that |:\s*)?(?!to\b|with\b|at\b|on\b|by\b))")
# an order to write what follows ("ajoute que le prestataire répond…", "add that the client says…"): a passage added
_ORDERED_BEFORE = re.compile(r"\b(?:ajoute\w*|rajoute\w*|add|adds|mets|mettez|put|precise\w*|indique\w*|ecri\w*|redige\w*|"
                             r"write|draft|insert\w*|insere\w*|stipule\w*|prevoi\w*|specify|state|say)\b")
# s34: the kind of obligation claimed against the clause on the table ("mais c'est une obligation de moyens, pas de
# résultat, non ?", "but that's only best efforts, not a result, right?"): a question on that clause, not the general
# question "means or result?"
_KIND_CLAIMED = re.compile(
    r"^(?:(?:mais|but|pourtant|yet|euh|hmm|attends?|wait|ok|bon|donc|so)\W+)*(?:c'est|ca c'est|ce serait|ce n'est (?:qu'|que )?|"
    r"c'est (?:juste |seulement |qu')?|it'?s|it is|that'?s|that is|this is|isn'?t (?:it|that|this)|ce sont|la clause (?:est|c'est)|"
    r"the clause is|it'?s only|that'?s only|that'?s just|it'?s just)\s*(?:(?:juste|seulement|only|just|bien|quand meme)\s+)?"
    r"(?:une? |an? )?(?:simple |mere |plain )?(?:obligations? (?:de |of )(?:moyens?(?: renforcee)?|means|resultat|result)|"
    r"best[- ]efforts?|reasonable efforts|(?:de |des )?moyens|(?:du |de |un )?resultat|a result)\b")
_KIND_TAG = re.compile(r"\b(?:non|pas vrai|hein|nan|right|no|isn'?t it|non\?|n'est-ce pas|correct|si)\W*$|\?\s*$")


_TAG_ASKED = re.compile(r"\?\s*$|\b(?:non|hein|nan|right|no|isn'?t it|won'?t they|don'?t you think|tu crois|vous croyez)\W*$")


def decide(c: ActContext) -> Understood | None:
    """The act these follow-ups on the clause on the table are, or None."""
    state, low = c.state, c.low
    # s27: with no clause on the table, the term the last answer judged or explained (a clause the user described: "their
    # draft caps credits at 5 %… should we push back?") is the one countered or refused
    described = state.last.topic if state.clause is None and state.contract is None and state.last.act in (
        "question", "follow_up", "objections") and state.last.tool in ("answer_question", "objections") else None
    if (state.clause is None and described is None) or state.awaiting() or len(c.words) > 22:
        return None
    topic = state.clause.topic if state.clause is not None else described
    if c.slots.topic and c.slots.topic != topic:
        return None  # another clause named: not a follow-up on this one
    if _REFUSED.search(low):
        return c.u("follow_up", topic=topic, fallback=True, firm=True)
    said = _THEY_ANSWERED.search(low)
    if said and len(low[said.end():].split()) >= 4 and not c.slots.figures and not _ORDERED.search(low[:said.start()]) and \
            not _ORDERED_BEFORE.search(low[:said.start()]) and "?" not in low:
        # (four words at least of what they say: "il dit ok" is no objection; a question of the user's own after it —
        # "they came back with 99.9. how much downtime is that?" — is answered as asked)
        return c.u("objections", topic=topic, firm=True)
    if _KIND_CLAIMED.search(low) and _KIND_TAG.search(low) and not c.slots.figures:
        return c.u("question", topic=topic, firm=True)
    if COUNTER_ASKED.search(low) and _ASKED.search(low) and not _ORDERED.search(low) and state.clause is None:
        c.slots.position = "mine"  # the user's side of the term described: their counter-proposal, drafted
        return c.u("draft_clause", topic=topic, relative=True, firm=True)
    if COUNTER_ASKED.search(low) and _ASKED.search(low) and not _ORDERED.search(low):
        side = state.side
        if side is None or state.clause.position != side:
            c.slots.position = "mine"  # the user's side of the clause on the table
            return c.u("change_position", topic=topic, relative=True, firm=True)
        return c.u("follow_up", topic=topic, fallback=True, firm=True)  # already theirs: the fallbacks
    if _FINDS.search(low) and _TAG_ASKED.search(low) and not (c.slots.figures or c.slots.relative):
        # asked ("…non ?", "…right?"); "they think it's far too long, cut it in half" orders the change instead
        return c.u("objections", topic=topic, firm=True)
    return None
