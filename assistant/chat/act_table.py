"""The third family of the regular act reader (`chat.act_rules`): what the message changes on the clause or the
contract on the table — a figure set or said again, the clause compared, the other side's version, a condition, a
right, a passage or an exception written into the clause; and a promise broken, told (a question, not a figure)."""

from __future__ import annotations

import re

from assistant.chat.act_catalogue import Understood
from assistant.chat.act_context import ActContext, _has_table
from assistant.chat.act_pasted import added_passage, asks_about, quoted
from assistant.chat.act_questions import _DIFFERENT_FROM, _OFFTOPIC
from assistant.chat.act_requests import _CARVE_COND, _CHANGE, _REPHRASE, _WANT_RIGHT
from assistant.chat.directive import figure_ordered, read_directive
from assistant.chat.slot_figure_cues import figure_topic
from assistant.chat.slot_relative import _CORRECTION as _FEE_CORRECTED
from assistant.chat.slot_relative import _RESTATED as _FEE_RESTATED


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
                          r"gratuite?s?|mutual|reciproques?|mutuelles?|uncapped|illimite\w*|"
                          # s31: mutual in other words ("make it apply both ways", "rends-la valable dans les deux sens")
                          r"(?:apply|work|go|cut) (?:both|the two) ways|bilateral|bilaterale?|(?:valable|applicable) dans les "
                          r"deux sens|(?:apply|applicable|valable) (?:to|for|aux|pour les) (?:both|deux) (?:parties|sides|"
                          r"sens))\b|"
                          r"\b(doit|doivent|devrait|devraient|should|must|has to|have to|needs? to) (etre|be) (gratuite?s?|free|"
                          r"automatiques?|automatic|reciproques?|mutual|mutuelles?|exclue?s? du plafond|excluded from the cap|"
                          r"uncapped|illimite\w*)\b")


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


# a side named in words ("for us", "en notre faveur", "côté client"): a position asked beside a figure
_SIDE_NAMED = re.compile(r"\b(pour (nous|moi|eux|le client|le prestataire)|for (us|me|them|the client|the provider)|"
                         r"(en|in) (notre|ma|leur|our|my|their) (faveur|favou?r)|cote (client|prestataire|presta)|"
                         r"(client|provider|customer|msp)[- ]friendly|protect\w* (us|me)|(nous|me) proteg\w*)\b")


# s22: what the other side promised, then refused or never did: "the 4h restore they promised, they refused us access",
# "ils s'étaient engagés sur 4h et ils refusent de nous donner accès", "they promised… and it never happened"
_PROMISE_BROKEN = re.compile(
    r"\b(?:they|he|she|the (?:provider|msp|supplier|vendor)|ils|il|elle|le (?:prestataire|presta|fournisseur|msp))(?: \w+)?"
    r" (?:had |have |has |avaient |avait |ont |a )?(?:promised|promis|guaranteed|garanti|committed|s'etai(?:en)?t engages?|"
    r"engages?|s'(?:est|sont) engages?)\b.{0,120}?\b(?:refus\w*|won'?t|wouldn'?t|will not|never|jamais|didn'?t|did not|"
    r"haven'?t|hasn'?t|failed|rien fait|pas (?:fait|tenu|respecte|eu lieu)|n'ont pas|n'a pas|veulent pas|ne veulent)\b")


def decide(c: ActContext) -> Understood | None:
    """The act this family reads in the message, or None to let the next family read it."""
    text, slots, state, low = c.text, c.slots, c.state, c.low
    words, table_topic, topic, asks = c.words, c.table_topic, c.topic, c.asks
    drafting, u = c.drafting, c.u
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
    return None
