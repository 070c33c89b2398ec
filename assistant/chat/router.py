"""The offline route: an act and its slots become tool calls (the same tools the model calls).
A message that cannot be acted on gets one short question back instead of a guess."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.chat.act_catalogue import Understood
from assistant.chat.act_pasted import added_passage
from assistant.chat.contract_article import asks_what_it_says
from assistant.chat.directive import read_directive
from assistant.chat.intent import ROLE_AS
from assistant.chat.deal_figures import note_reported
from assistant.chat.act_own_move import asks_own_move
from assistant.chat.side_verdict import judgement_calls
from assistant.chat.slot_figure_cues import NORMAL_ASKED, figure_topic
from assistant.chat.slot_relative import CORRECTABLE_FACTS
from assistant.chat.slots import names_subject, question_frame, read_slots
from assistant.chat.state import LIMIT_EXCEPTION, ConversationState
from assistant.chat.tool_args import ToolCall
from assistant.chat.wording import label, say
from assistant.text import fold


# "what must the contract say / include", "que doit prévoir le contrat": its required contents
# a follow-up on a means-or-result question, a hypothesis, a commitment missed and what follows
# the duties of a role the GDPR defines, asked ("our obligations as processor", "nos obligations en tant que sous-traitant")
_ROLE_DUTIES = re.compile(r"\b(obligations|duties|devoirs)\b[^.?!]{0,25}\b(as|en tant que|comme|in (our|its) (capacity|role) as)"
                          rf" (an? |the |le |la |l')?{ROLE_AS}\b|"
                          # or the duties the GDPR sets ("les obligations du presta en matière de RGPD", "the provider's duties
                          # under the GDPR")
                          r"\b(obligations|duties|devoirs)\b[^.?!]{0,40}\b(rgpd|gdpr|protection des donnees|data protection)\b")
_MEANS_RESULT = re.compile(r"\b(moyens?|means)\b.{0,40}\b(resultat|result)\b|\b(resultat|result)\b.{0,40}\b(moyens?|means)\b")
_HYPOTHESIS = re.compile(r"(et |and |mais |but )?(si|s'il|s'ils|if|what if|quand|when|meme si|even if)\b")
_HAS_PENALTIES = {"sla", "penalties", "support_hours"}  # time commitments penalties back
_MISSED = re.compile(r"\b(depass\w*|ne (respecte|tient|tiennent|respectent) pas|rate|ratent|loupe\w*|miss(es|ed)?|exceed\w*|"
                     r"overrun\w*|blows? (through|past)|fails? to (meet|hit|respect)|(isn'?t|is not|aren'?t|not) met|"
                     r"en retard|late|hors delai|n'est pas (tenu|respecte)e?)\b")
_REPEATED = re.compile(r"\b(tous les mois|chaque mois|mois apres mois|depuis des mois|plusieurs mois|a repetition|"
                       r"repete\w*|sans arret|systematiquement|every month|each month|month after month|for months|"
                       r"repeated\w*|again and again|all the time|constantly)\b")
_CONSEQUENCE = re.compile(r"\b(il se passe quoi|qu'est-ce qu'il se passe|que se passe|quoi alors|on fait quoi|que faire|"
                          r"quelles? (consequences?|sanctions?|recours)|recours|what happens|then what|what (can|do) (we|i) "
                          r"do|consequences?|what now|remedies|remedy|compensation|indemnis\w*|on a droit a quoi|"
                          r"what do (we|i) get)\b|\?$")


_CONTRACT_CONTENTS = re.compile(r"\b(what (must|should|do(es)?) (the|our|my|a|this) (contract|agreement) (say|contain|include|"
                                r"cover|provide)|what (must|should) (we|i) (put|include|write|add) in|que doit (dire|prevoir|"
                                r"contenir|comporter|inclure) (le|notre|mon|ce) contrat|qu'est-ce que (le|notre|mon) contrat "
                                r"doit (dire|prevoir|contenir)|(le|notre|mon) contrat doit (dire|prevoir|contenir) quoi|"
                                r"(que|quoi) (mettre|prevoir) dans (le|notre|mon) contrat|"
                                # "so what do we need in the contract then", "il nous faut quoi dans le contrat ?"
                                r"what (do|would|should|must) (we|i) (need|have|want|require)( to (have|put|include|say))? in "
                                r"(the|our|my|a|this|that) (contract|agreement)|(qu'est-ce qu'il|que) (nous |me )?faut(-il)? "
                                r"(mettre |prevoir |avoir |exiger )?dans (le|notre|mon|ce) contrat|(il )?(nous|me) faut quoi dans "
                                r"(le|notre|mon|ce) contrat|(on|je) (doit|dois) (mettre|prevoir|exiger) quoi dans (le|notre|mon|ce) contrat)\b")


@dataclass
class Plan:
    act: str
    calls: list[ToolCall] = field(default_factory=list)
    reply: str | None = None          # a direct reply (question back, out of scope)
    pending: dict | None = None       # what waits for the answer to the question back


def _scope_call(u: Understood, *, services: bool) -> ToolCall | None:
    s = u.slots
    facts = dict(s.facts)
    args: dict = {}
    if facts:
        args["facts"] = facts
        if s.hours_said and "hours" in facts:
            args["hours_said"] = s.hours_said
    if services:
        if s.add_services:
            args["add_services"] = s.add_services
        if s.remove_services:
            args["remove_services"] = s.remove_services
        if s.add_assets:
            args["add_assets"] = s.add_assets
        if s.remove_assets:
            args["remove_assets"] = s.remove_assets
    if s.side:
        args["side"] = s.side
    if facts and s.inferred:
        args["inferred"] = [f for f in s.inferred if f in facts]
        if s.access:
            args["inferred_from"] = "access"
    if s.data_kinds and s.facts.get("personal_data") is True:
        args["personal_data_of"] = s.data_kinds
    if s.conditions:
        args["conditions"] = s.conditions
    return ToolCall("update_scope", args) if args else None


_ASKED_PART = re.compile(r"\?|^\W*(et |and |mais |but |so |donc |alors )?(est-ce|est ce|qu'est|que |quel\w*|comment|pourquoi|"
                         r"combien|quand|qui |peut-on|puis-je|dois-je|faut-il|is |are |can |could |should |do |does |what|"
                         r"how|why|when|who|which|would |if |si |what if )")


# "notre infogérant veut déplacer nos sauvegardes chez un hébergeur", "they plan to move us to a cloud host": a plan
# or a wish told, not the scope as it is
_PLANNED = re.compile(r"\b(veu[tx]|veulent|voudrai\w*|souhait\w*|compt\w*|envisag\w*|propos\w*|prevoi\w*|want\w*|plan\w*|"
                      r"would like|'d like|intend\w*|going to|gonna|va|vont|aimerai\w*|demand\w*|ask\w*)\b")


def _stated_scope(u: Understood, text: str, *, plans: bool = True) -> Understood:
    """The services and assets a message states, not those its question only names ("le serveur est-il couvert ?",
    "if the server dies, who pays?"): the scope changes read again from the sentences that ask nothing (and, with
    `plans=False`, that tell no plan or wish of someone)."""
    s = u.slots
    if not (s.add_services or s.remove_services or s.add_assets or s.remove_assets):
        return u
    parts = [p for p in re.split(r"(?<=[.!?;:])\s+|\s*\n+\s*", text.strip()) if p.strip()]
    told = " ".join(p for p in parts if not _ASKED_PART.search(fold(p).strip()) and (
        plans or not _PLANNED.search(fold(p))))
    from dataclasses import replace as _replace

    from assistant.chat.slots import read_slots

    again = read_slots(told) if told else None
    kept = {k: [x for x in getattr(s, k) if again is not None and x in getattr(again, k)]
            for k in ("add_services", "remove_services", "add_assets", "remove_assets")}
    return _replace(u, slots=_replace(s, **kept))


# s35: the period an on-call price is said for ("par samedi", "le week-end", "a weekend", "per night")
_COVER_PERIOD = re.compile(r"\b(?:par|le|la|chaque|pour le|per|a|an|each|every|for the)\s+(week-?ends?|samedis?|dimanches?|"
                           r"nuits?|mois|semaines?|jours? ferie?s?|saturdays?|sundays?|nights?|months?|weeks?|bank holidays?)\b")
_PERIOD_WORD = {"fr": {"weekend": "week-end", "samedi": "samedi", "dimanche": "dimanche", "nuit": "nuit", "mois": "mois",
                       "semaine": "semaine", "jour ferie": "jour férié"},
                "en": {"weekend": "weekend", "saturday": "Saturday", "sunday": "Sunday", "night": "night", "month": "month",
                       "week": "week", "bank holiday": "bank holiday"}}


def _on_call_written(args: dict, text: str, lang: str) -> None:
    """A service hours clause drafted with the on-call price said: the price as a passage, not a figure of the library."""
    figures = dict(args.get("figures") or {})
    if args.get("topic") == "support_hours" and "on_call_fee_eur" in figures:
        amount = figures.pop("on_call_fee_eur")
        args["figures"] = figures
        args["add"] = [*(args.get("add") or []), on_call_passage(amount, text, lang)]


def on_call_passage(amount: float, text: str, lang: str) -> str:
    """The on-call price as a passage of the service hours clause, in figures and with the period it was said for."""
    value = int(amount) if float(amount).is_integer() else amount
    shown = f"{value:,}".replace(",", " " if lang == "fr" else ",")
    m = _COVER_PERIOD.search(fold(text))
    per = ""
    if m:
        word = re.sub(r"-", "", m.group(1))
        word = re.sub(r"s$", "", word) if not word.startswith("mois") else "mois"
        word = {"jour feri": "jour ferie", "jours feri": "jour ferie", "jour ferie": "jour ferie"}.get(word, word)
        key = {"week end": "weekend"}.get(word, word)
        shown_word = _PERIOD_WORD.get(lang, {}).get(key) or _PERIOD_WORD["en" if lang == "fr" else "fr"].get(key)
        if shown_word:
            per = (" par " if lang == "fr" else " per ") + shown_word
    return say(lang, "on_call_fee", amount=shown, per=per)


def _noted(u: Understood, text: str) -> list[ToolCall]:
    """s29: the facts a message tells on the way to another act ("aéroclub, 6 postes, un seul site. retrouve-moi…", "we're
    22 staff on 2 sites - what does X mean?"): noted in the state before that act's tool, never a case supposed ("et si
    on avait 40 postes ?") nor the facts of a sentence that only asks."""
    if not u.slots.facts:
        return []
    parts = [p for p in re.split(r"(?<=[.!?;:])\s+|\s+-\s+|\s*\n+\s*", text.strip()) if p.strip()]
    told = [p for p in parts if not _HYPOTHESIS.match(fold(p).strip()) and not (
        "?" in p and _ASKED_PART.search(fold(p).strip()) and len(parts) > 1)]
    if not told:
        return []
    from dataclasses import replace as _replace

    from assistant.chat.slots import read_slots

    again = read_slots(" ".join(told)).facts
    kept = {k: v for k, v in u.slots.facts.items() if again.get(k) == v}
    call = _scope_call(_replace(u, slots=_replace(u.slots, facts=kept)), services=False) if kept else None
    return [call] if call is not None and call.args.get("facts") else []


def complete_calls(calls: list[ToolCall], u: Understood, state: ConversationState, text: str = "") -> list[ToolCall]:
    """What the message said that a tool call leaves out, filled from the slots (both routes: the offline plan and the
    model's tool calls): figures given in another unit ("60 days' notice") written as given, the passages taken out
    and the exceptions put in the clause on the table."""
    s = u.slots
    note_reported(calls, u.act, s.figures, text)  # "the quote says 99.9 %": the deal's figures kept (chat.deal_figures)
    for call in calls:
        if call.name == "update_scope" and isinstance(call.args, dict) and s.hours_said and \
                (call.args.get("facts") or {}).get("hours") == s.facts.get("hours") and not call.args.get("hours_said"):
            call.args["hours_said"] = s.hours_said  # the hours as said, when the model recorded only their kind
        if call.name not in ("draft_clause", "revise_clause", "revise_contract"):
            continue
        args = call.args if isinstance(call.args, dict) else {}
        figures = args.get("figures") or {}
        if figures and s.said and not args.get("said") and call.name != "revise_contract":
            said = {k: v for k, v in s.said.items() if k in figures}
            if said:
                args["said"] = said
        on_table = state.clause is not None and args.get("topic") in (None, state.clause.topic)
        # the figures of an exception put in or a passage taken out describe it ("planned works announced three days
        # before"), not a figure of the clause to change
        describes_part = u.act == "add_remove" and bool(s.carve_out and not s.carve_limit or s.remove_parts)
        if text and not describes_part and not args.get("said_figures") and (call.name == "draft_clause" or on_table or (
                state.contract is not None and call.name in ("revise_clause", "revise_contract"))):
            said_figures = _figures_said(s, args, drafting=call.name == "draft_clause", text=text)
            if said_figures:
                args["said_figures"] = said_figures
        if call.name == "revise_clause" and on_table:
            if s.remove_parts and not args.get("drop") and u.act == "add_remove":
                args["drop"] = list(s.remove_parts)
            if s.carve_out and not args.get("exclude") and u.act == "add_remove":
                args["exclude"] = [LIMIT_EXCEPTION + s.carve_out if s.carve_limit else s.carve_out]
            if s.data_location and not args.get("locate") and u.act in ("add_remove", "change_position") and \
                    state.clause.topic in ("data_protection", "hosting", "backup_recovery", "security", "reversibility"):
                args["locate"] = list(s.data_location)  # "les données restent en France": written into the clause
        call.args = args
    return calls


def _figures_said(s, args: dict, *, drafting: bool, text: str) -> list[dict]:
    """The message's figures that no slot name took (issue 14): the tool matches them to the clause's own figures by
    unit and role. A value the message takes back ("24h c'est impossible, mettez 36") that a slot took as the new
    value is given back to the figure that replaces it. At drafting time only figures with their unit count, and
    the clock times of service hours are no figures of the clause."""
    from assistant.chat.figure_match import user_figures
    from assistant.chat.figure_measures import measures_other

    if s.relative is not None:
        return []  # "un mois de plus", "halve it": the figure on the table changed by that much, already read
    figures = args.get("figures") or {}
    said = args.get("said") or s.said or {}
    used = {float(v) for v in figures.values() if isinstance(v, (int, float))}
    used |= {float(v[0]) for k, v in said.items() if k in figures and isinstance(v, (list, tuple)) and v}
    used |= {float(v) for v in s.facts.values() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    low = fold(text)
    # at drafting, a bare value is kept only when it is the message's one figure, set with "at" / "à" ("draft the
    # availability clause on our side at 99.7"): the draft's one figure of that size whose words the message names
    bare_set = [q for q in s.quantities if q.unit is None and re.search(r"\b(?:at|a|to|of|de)\s*$", low[:q.span[0]])]
    quantities = [q for q in s.quantities if not (drafting and (q.unit is None and not (
        len(s.quantities) == 1 and bare_set) or (s.hours_said and q.unit == "hour")))]
    # s31: "80% of their members", "one of their techs took 6 months to settle in", "on a 2 ans de recul": a figure that
    # says it measures something else is no figure of the draft
    quantities = [q for q in quantities if q.unit is None or not measures_other(low, q, "")]
    from assistant.chat.slot_figure_cues import convert_said

    suffixes = {"_percent": "percent", "_hours": "hour", "_days": "day", "_months": "month", "_years": "year",
                "_eur": "eur"}
    families = {"percent" if u == "percent" else "money" if u == "eur" else "duration"
                for k in figures for sfx, u in suffixes.items() if k.endswith(sfx)}
    out = []
    for uf in user_figures(text, quantities, used if drafting else set()):
        if uf.unit and uf.old is None and any(convert_said(uf.value, uf.unit, k) == v for k, v in figures.items()):
            took = [k for k, v in figures.items() if convert_said(uf.value, uf.unit, k) == v]
            if not drafting and len(took) == 1 and len(s.quantities) == 1 and s.relative is None:
                # the slot the clause's topic suggests, checked against the draft's own figures: "le plan doit être remis
                # dans les 2 mois suivant la mise en service" is the plan's deadline, not the reversibility period
                out.append({**uf.to_json(), "guess": took[0]})
            continue  # "initial term 3 years": the slot took it, in its own unit (36 months)
        if uf.old is not None and not drafting:
            if uf.value in used:
                continue  # the slot took the new value: nothing else to change
            for k, v in list(figures.items()):  # the value taken back is no new value of that slot
                if v == uf.old or (isinstance(said.get(k), (list, tuple)) and said[k][0] == uf.old):
                    figures.pop(k)
        elif not drafting and uf.unit and ("percent" if uf.unit == "percent" else "money" if uf.unit in (
                "eur", "usd", "gbp") else "duration") in families:
            continue  # "le client en voudra 15 %, on peut monter à 10 %": the slot chose between the two
        elif uf.value in used:
            guessed = [k for k, v in figures.items() if v == uf.value]
            if drafting or uf.unit is not None or len(guessed) != 1 or len(s.quantities) != 1:
                continue
            out.append({**uf.to_json(), "guess": guessed[0]})  # a bare value a slot took: checked against the text
            continue
        elif not drafting and uf.unit is None and (len(text.split()) > 12 or len(s.quantities) > 1 or figures):
            continue  # a bare number in a long message, beside another figure, or read (converted) by a slot
        out.append(uf.to_json())
    return out


def resolve_position(position: str | None, state: ConversationState) -> str | None:
    """'mine' / 'theirs' read through the user's side; None when the side is unknown."""
    if position == "mine":
        return state.side
    if position == "theirs":
        return {"msp": "client", "client": "msp"}.get(state.side or "")
    return position


# "I have a question about the termination clause": a question announced on a clause, not asked
from assistant.chat.act_requests import _ANNOUNCED_ON, _THEY_SUBCONTRACT  # noqa: E402
from assistant.chat.act_questions import _APPROVAL  # noqa: E402
from assistant.chat.relative_balance import more_balanced_position, reference_position  # noqa: E402


def plan(u: Understood, state: ConversationState, text: str) -> Plan:
    lang = state.lang
    s = u.slots
    act = u.act
    calls: list[ToolCall] = []

    def ask(key: str, pending: dict | None = None) -> Plan:
        return Plan(act if act != "clarify" else "clarify", reply=say(lang, f"clarify.{key}"), pending=pending)

    # a short answer to our own question back
    if state.pending and state.pending.get("kind") == "figure" and state.clause is not None:
        from assistant.chat.figure_match import answer_to_question

        figure = answer_to_question(state.pending, text)  # "le plafond", "the 24 hours one"
        if figure is not None and act not in ("draft_clause", "draft_contract", "review", "export"):
            return Plan("set_figure", [ToolCall("revise_clause", {"figures": {}, "said_figures": [figure]})])
    if state.pending and state.pending.get("kind") == "side":
        low = fold(text)
        side = "msp" if re.search(r"prestataire|msp|provider|fournisseur|infogereur|supplier", low) else \
            "client" if re.search(r"client|customer", low) else None
        if side and act in ("state_fact", "clarify", "question", "change_position", "draft_clause"):
            calls.append(ToolCall("update_scope", {"side": side}))
            waiting = state.pending.get("then")
            if waiting:
                args = dict(waiting["args"])
                rel = args.pop("relative", None)
                if rel:
                    args["position"] = side if rel == "mine" else {"msp": "client", "client": "msp"}[side]
                calls.append(ToolCall(waiting["name"], args))
                return Plan(state.pending.get("act", act), calls)
            return Plan("state_fact", calls)

    if act in ("question", "follow_up", "add_remove", "state_fact", "out_of_scope", "clarify"):
        from assistant.chat.said_exclusions import excluded_by_pronoun, excluded_on_a_part

        thing = excluded_by_pronoun(text)
        if thing:  # s29: "et les automates ? on ne veut pas que le presta y touche": that thing kept out of the scope
            return Plan("add_remove", [ToolCall("update_scope", {"exclusions": [thing]})])
        part = excluded_on_a_part(text) if (s.remove_services or s.remove_assets) else None
        if part:  # s36: "pas d'EDR sur le poste du greffe": that machine left out of that service, the service kept
            return Plan("add_remove", [ToolCall("update_scope", {"exclusions": [part]})])
    if act == "out_of_scope":
        return Plan(act, calls=[ToolCall("refuse", {})])
    if act == "state_fact" and s.access and not u.invite:
        # s27: the provider's access to the client's machines told: recorded, and the question on the table answered again
        # in its light, the verdict first (a processor: chat.provider_access)
        from assistant.chat.provider_access import consequence_calls

        if "personal_data" not in s.facts:  # the personal data on the machines reached: inferred, to confirm (who runs
            s.facts["personal_data"] = True  # the systems is not said by it: control is left to the control readers)
            s.inferred.append("personal_data")
        pre = _scope_call(u, services=False)
        return Plan(act, ([pre] if pre else []) + consequence_calls(state, text, s.access))
    if act in ("question", "follow_up") and u.firm:
        from assistant.chat.claim_check import claim_calls

        claimed = claim_calls(text, state)
        if claimed:  # s27: the other side's claim of a shield, its verdict first (again with the fact a follow-up adds)
            return Plan(act, claimed)
    told = _told_after_question(u, state, text) or _control_after_obligations(u, state)
    if told is not None:
        return told
    if act == "clarify":
        low = fold(text).strip()
        smalltalk = bool(re.match(r"^(merci|thanks?|thank you|ok|okay|d'accord|parfait|super|top|great|cool|nickel)\b",
                                  low) or _APPROVAL.match(low))
        # "un contrat" alone: the details that come next complete that request
        wants_contract = bool(re.fullmatch(r"(un |le |a |the )?(contrat|contract|agreement)s?[ ?!.]*", low))
        if u.topic and _ANNOUNCED_ON.match(low):
            return ask("about_clause")  # "j'ai une question sur la clause de responsabilité": which question, asked back
        if re.fullmatch(r"(une |la |a |the |an? )?(clause|article)s?[ ?!.]*", low):
            return ask("which_clause", {"kind": "clause"})  # "une clause": which one? the topic that comes next
        return ask("smalltalk" if smalltalk else "generic", {"kind": "contract"} if wants_contract else None)
    if act == "review":
        from assistant.chat.act_pasted import quoted

        from assistant.chat.act_pasted import pasted_alone

        from assistant.chat.act_pasted import clause_brought

        brought = clause_brought(text)
        if brought:  # s26: a short clause brought alone ("leur clause : « … »"): reviewed, nothing else asked
            # (s34: the deal told before it — "3 depots, 30 staff. their draft says '…'" — noted first, never the
            # clause's own figures)
            return Plan(act, _noted(u, text.replace(brought, " ")) +
                        [ToolCall("review_text", {"text": brought, "subject": _named_outside(text, brought)})])
        clause_text = quoted(text) or (text if pasted_alone(text) else None)
        if clause_text == text:  # a clause pasted alone: the clause is the text reviewed, nothing else asked
            return Plan(act, [ToolCall("review_text", {"text": clause_text})])
        if clause_text:
            return Plan(act, _noted(u, text.replace(clause_text, " ")) + [ToolCall("review_text", {"text": clause_text, "subject": _named_outside(text, clause_text)}),
                              ToolCall("answer_question", {"question": text})])
        if len(text) < 200:
            return ask("review_paste")
        return Plan(act, [ToolCall("review_text", {"text": text})])
    if act == "precedents":
        return Plan(act, _noted(u, text) + [ToolCall("find_precedents", {"query": text})])
    if act == "export":
        if state.contract is None and state.clause is None:
            return ask("nothing_to_export")
        fmt = s.export_format or "docx"
        # s36: a figure and the export in one message ("mets 24 h dans la clause et exporte", "set the cap to 6 months and
        # send me the docx"): the figure written into the text on the table first, then that text exported
        written = [ToolCall("revise_clause", {"figures": s.figures})] if s.figures and not s.figure_named else []
        return Plan(act, _noted(u, text) + written + [ToolCall("export_document", {"format": fmt})])

    if act == "draft_contract":
        scope = _scope_call(u, services=True)
        if scope:
            calls.append(scope)
        position = resolve_position(s.position, state) if s.position not in ("mine", "theirs") or state.side else None
        if s.side and s.position in ("mine", "theirs"):
            position = s.side if s.position == "mine" else {"msp": "client", "client": "msp"}[s.side]
        args: dict = {}
        if position:
            args["position"] = position
        calls.append(ToolCall("draft_contract", args))
        if s.figures:
            calls.append(ToolCall("revise_contract", {"figures": s.figures}))
        return Plan(act, calls)

    if act in ("state_fact", "question", "follow_up") and s.facts.get("personal_data") is True and "?" in text and \
            _WHAT_CHANGES.search(fold(text)) and u.topic in (None, "data_protection"):
        # s34: personal data told and what it changes asked in the same message ("les dossiers c'est des données perso
        # des particuliers, ça change quoi pour nous ?"): the fact noted, then what it changes — the processor terms
        pre = _scope_call(u, services=True)
        return Plan("question", ([pre] if pre else []) + [ToolCall("answer_question", {
            "question": f"{text} {say(lang, 'query.personal_data_contract')}"})])

    if act == "state_fact":
        call = _scope_call(u, services=True)
        if u.invite:  # s27: an introduction asking leave to ask: its facts noted, then the invitation (chat.act_intro)
            from assistant.chat.act_intro import invitation

            return Plan(act, [call] if call else [], reply=invitation(text, lang))
        if call is None:
            return ask("generic")
        if _deal_facts_first(u, state):
            # s30: the provider's first message tells the client's deal (its people or places, what it covers): noted, and
            # the contract offered — a "yes" next drafts it (act_opening reads the answer to this pending offer)
            return Plan(act, [call], reply=say(lang, "clarify.offer_contract"), pending={"kind": "offer_contract"})
        return Plan(act, [call])

    if act == "add_remove":
        if s.carve_out and state.clause is not None and not (s.add_topics or s.remove_topics):
            # an exception in the clause on the table (to the limit the message sets, with that limit's figure)
            return Plan(act, [ToolCall("revise_clause", {"exclude": [LIMIT_EXCEPTION + s.carve_out if s.carve_limit else
                                                                     s.carve_out]})])
        if s.remove_parts and state.clause is not None and not (s.add_topics or s.remove_topics):
            return Plan(act, [ToolCall("revise_clause", {"drop": s.remove_parts})])  # a passage of the clause on the table
        if u.relative and state.clause is not None and not (s.add_topics or s.remove_topics) and (
                u.firm or not s.has_scope_change()):
            # "on veut aussi pouvoir faire un audit une fois par an", "ajoute que…": a right or a condition the user
            # wants in the clause, which their own side's version of it writes (with the figures the message gives and,
            # for a condition that also names a scope fact, that fact recorded)
            pos = resolve_position(s.position, state)
            args = {"position": pos} if pos else {}
            if s.figures:
                args["figures"] = s.figures
            passage = added_passage(text)
            if passage:
                args["add"] = [passage]  # written in when the version and figures leave the text as it was (s17b)
            pre = _scope_call(u, services=False) if s.has_scope_change() else None
            return Plan(act, ([pre] if pre else []) + [ToolCall("revise_clause", args)])
        if s.add_topics or s.remove_topics:
            # "add on-site visits, one day a month": the fact the request states is recorded too (on-site work)
            pre = _scope_call(u, services=False) if s.facts else None
            if state.contract is not None:
                return Plan(act, ([pre] if pre else []) + [ToolCall("revise_contract", {"add_clauses": s.add_topics,
                                                                                       "remove_clauses": s.remove_topics})])
            if s.add_topics:
                return Plan(act, [ToolCall("draft_clause", {"topic": s.add_topics[0]})])
            return ask("nothing_on_table")
        call = _scope_call(u, services=True)
        return Plan(act, [call]) if call else ask("generic")

    if act in ("change_position", "draft_clause") and s.position in ("mine", "theirs") and state.side is None \
            and not s.side:
        topic = u.topic if act == "change_position" else (s.topic or u.topic)
        name = "revise_clause" if act == "change_position" else "draft_clause"
        args = {"relative": s.position}
        if topic:
            args["topic"] = topic
        if name == "draft_clause" and not topic:
            return ask("which_clause")
        return Plan(act, reply=say(lang, "clarify.side"),
                    pending={"kind": "side", "act": act, "then": {"name": name, "args": args}})

    side_now = s.side or state.side
    position = s.position
    if position == "mine":
        position = side_now
    elif position == "theirs":
        position = {"msp": "client", "client": "msp"}.get(side_now or "")

    if s.more_balanced and act in ("change_position", "draft_clause") and side_now:  # s25: more balanced than what?
        position = more_balanced_position(side_now, reference_position(act, s.topic or (u.topic if act == "draft_clause"
                                                                                        else None), state.clause, state.contract,
                                                                     state.last))
    if act == "change_position" and s.position == "theirs" and state.clause is not None and side_now and \
            state.clause.position == side_now and (not s.topic or s.topic == state.clause.topic):
        position = "balanced"  # "adoucis-la", "soften it": one step toward them, not over to their side
    if act == "change_position":
        pre = _scope_call(u, services=False)
        if pre:
            calls.append(pre)
        if state.clause is None and state.contract is None:
            if not (s.topic or u.topic):
                return ask("nothing_on_table")
            calls.append(ToolCall("draft_clause", {"topic": s.topic or u.topic, "position": position,
                                                   "figures": s.figures}))
            return Plan(act, calls)
        args = {"position": position, "figures": s.figures}
        if s.topic:
            args["topic"] = s.topic
        calls.append(ToolCall("revise_clause", args))
        return Plan(act, calls)

    if act == "draft_clause":
        topic = u.topic if u.topic and u.topic in (s.topic, s.add_topics[0] if s.add_topics else None, u.topic) \
            else s.topic
        topic = topic or s.topic or (s.add_topics[0] if s.add_topics else None)
        if topic is None:
            return ask("which_clause")
        pre = _scope_call(u, services=False)
        if pre:
            calls.append(pre)
        args = {"topic": topic, "figures": s.figures}
        if position:
            args["position"] = position
        if topic == "liability" and s.kept:  # "data loss from failed backups not excluded": written in as said
            args["add"] = [say(state.lang, "kept_in_liability", what=x) for x in s.kept]
        _on_call_written(args, text, lang)
        calls.append(ToolCall("draft_clause", args))
        return Plan(act, calls)

    if act == "set_figure":
        if state.clause is None and state.contract is None:
            topic = s.topic or next((figure_topic(k) for k in s.figures if figure_topic(k)), None)
            if topic is None:
                return ask("which_figure")
            # (s29: the facts the message tells on the way, "60 users on 2 sites … RPO 24h", noted first)
            args = {"topic": topic, "figures": s.figures}
            _on_call_written(args, text, lang)
            return Plan(act, _noted(u, text) + [ToolCall("draft_clause", args)])
        if not s.figures and any(k in s.facts for k in CORRECTABLE_FACTS):
            # "augmente la redevance de 10 %": the stated fee changed (a fact of the deal the contract writes); s23: "make it
            # 14 machines", "mets 14 postes": the count of seats or places the contract writes
            call = _scope_call(u, services=False)
            if call is not None:
                return Plan(act, [call])
        if "on_call_fee_eur" in s.figures and (state.clause is None or state.clause.topic == "support_hours"):
            # s35: the price of on-call cover, said in digits or in words ("deux cent dix euros par samedi"): no figure of
            # the library's clause holds it, so it is written into the service hours clause as said, with its period
            figures = {k: v for k, v in s.figures.items() if k != "on_call_fee_eur"}
            args = {"add": [on_call_passage(s.figures["on_call_fee_eur"], text, lang)], "topic": "support_hours"}
            if figures:
                args["figures"] = figures
            if state.clause is None:
                return Plan(act, [ToolCall("draft_clause", {"topic": "support_hours", **({"figures": figures} if figures else {})}),
                                  ToolCall("revise_clause", args)])
            return Plan(act, [ToolCall("revise_clause", args)])
        topic = next((figure_topic(k) for k in s.figures if figure_topic(k)), None) or s.topic
        args = {"figures": s.figures}
        if topic:
            args["topic"] = topic
        calls = []
        if state.contract is not None and "monthly_fee_eur" in s.facts:
            # s19: "redevance 2 800 € HT et durée 24 mois": the fee (a fact of the deal the contract writes) and the
            # contract's other figure, both in one message — both written
            call = _scope_call(u, services=False)
            if call is not None:
                calls.append(call)
        return Plan(act, [*calls, ToolCall("revise_clause", args)])

    if act == "objections":
        topic = s.topic or (state.clause.topic if state.clause else None) or state.last.topic
        if topic is None:
            return ask("which_clause")
        return Plan(act, _noted(u, text) + [ToolCall("objections", {"topic": topic})])

    if act == "rephrase":
        if not state.last.text and state.clause is None:
            return ask("nothing_to_rephrase")
        style = "shorter" if re.search(r"court|short|bref|brief|resume|summar|tl;?dr|deux|two|2", fold(text)) \
            else "simpler"
        from assistant.chat.act_requests import target_language

        wanted = target_language(fold(text))
        args = {"style": style, **({"lang": wanted} if wanted and wanted != lang else {})}
        return Plan(act, _noted(u, text) + [ToolCall("rephrase", args)])

    if act == "priorities":
        pre = _scope_call(u, services=False)
        return Plan(act, ([pre] if pre else []) + [ToolCall("priorities", {})])

    if act == "obligations" and not _ROLE_DUTIES.search(fold(text)):
        # (s31: the duties of a role the GDPR defines, "our obligations as processor", are the law's list, answered as a
        # question below, not the kinds of obligation of the service commitments)
        pre = _scope_call(_stated_scope(u, text), services=True)
        return Plan(act, ([pre] if pre else []) + [ToolCall("analyse_obligations", {"question": text})])

    if act == "explain_term":
        return Plan(act, _noted(u, text) + [ToolCall("explain_term", {"term": u.term or text, "question": text})])

    if act in ("question", "follow_up") and state.contract is not None and u.topic and u.firm and \
            asks_what_it_says(fold(text)):
        # s26: "la clause responsabilité, elle dit quoi sur le plafond ?": that article of the contract, quoted
        return Plan(act, [ToolCall("show_article", {"topic": u.topic})])

    if act == "follow_up":
        if u.fallback and (u.topic or state.clause is not None):  # "et s'ils refusent ?": the clause's fallbacks
            return Plan(act, [ToolCall("objections", {"topic": u.topic or state.clause.topic, "fallback": True})])
        return _follow_up(u, state, text)

    # a question: facts it states are kept, and the services and assets its told sentences state ("we host a client's
    # ERP in our own datacentre … can we sign that?"); figures it asks about are assessed
    told = _stated_scope(u, text, plans=False) if s.has_scope_change() else u
    pre = _scope_call(told, services=True) if s.facts or s.has_scope_change() else None
    if (not s.figures or u.firm and asks_own_move(fold(text))) and (judged := judgement_calls(text, state)) and \
            judged[0].args.get("terms"):
        # (s27: "…capped at 10 %… should we push back?": the terms described judged, their figures with them)
        # s26: "responsabilité illimitée du prestataire, c'est bien pour nous ?": the term stated, judged for our side
        return Plan(act, ([pre] if pre else []) + judged)
    args = {"question": text}
    if s.facts.get("personal_data") is True and not u.topic and _CONTRACT_CONTENTS.search(fold(text)):
        # "our MSP will have access to our HR files: what must the contract say?" asks for the processor terms
        args["question"] = f"{text} {say(lang, 'query.personal_data_contract')}"
    topic = u.topic or next((figure_topic(k) for k in s.figures if figure_topic(k)), None) if u.assess else u.topic
    if _THEY_SUBCONTRACT.search(fold(text)) or _ABROAD.search(fold(text)) and (
            _DATA_WORDS.search(fold(text)) or state.fact("personal_data") is True):
        # "they also want a subcontractor in India for the night helpdesk", "leur outil de tickets est hébergé aux
        # États-Unis, nos salariés y mettent des infos perso": sub-processing and, outside the EU, the transfer rules;
        # a new sub-processor with no foreign place named ("combien de temps pour s'y opposer ?") is sub-processing only
        key = "query.subprocessing_abroad" if _ABROAD.search(fold(text)) else "query.subprocessing"
        args["question"] = f"{text} {say(lang, key)}"
    if _ROLE_DUTIES.search(fold(text)) and re.search(r"processor|sous-traitant|\bpresta\w*|provider|\bmsp\b|infogereur|"
                                                    r"\b(we|us|our|nous|nos)\b", fold(text)):
        args["question"] = f"{text} {say(lang, 'query.processor_duties')}"  # the processor's own list (Art. 28(3))
    if _data_fact_changes(text, state):
        # "does that change what the contract needs to say?" just after "patient records are on our server": the
        # personal data just stated is what changes the contract (the processor terms), not the older topic
        args["question"] = f"{text} {say(lang, 'query.personal_data_contract')}"
        topic = None
    if not topic and s.figure_named and _usual_unit(text, s) and NORMAL_ASKED.search(fold(text)):
        # s30: "what would a normal cap be?": the clause of the figure named (a plain "how many days do we get to
        # object?" asks the user's right, which the answer cards give, not the market's figure)
        topic = figure_topic(s.figure_named)
    if topic:  # "our MSP wants a 36-month term, is that normal?": the figure says which clause
        args["topic"] = topic
    if u.compare and topic:
        args["compare"] = True
    _missed_commitment(args, text, state)
    review: list[ToolCall] = []
    if u.assess and u.firm:
        from assistant.chat.act_pasted import quoted

        clause_text = quoted(text)
        if clause_text:  # "is this ok? '<one clause>'": the clause read and the question on it answered
            review.append(ToolCall("review_text", {"text": clause_text}))
            args["terms"] = clause_text  # s26: and its terms judged for the user's side (chat.term_verdict)
    if u.assess and s.figures:
        args["figures"] = s.figures
    elif topic and _usual_unit(text, s):
        args["usual"] = _usual_unit(text, s)
    # s15 (issue 15): the answer to the question asked on that clause opens, with its verdict; the review's points follow
    # it, so that the review's header and its own findings never push the verdict down
    return Plan(act, ([pre] if pre else []) + [ToolCall("answer_question", args)] + review)


# "does that change anything for the contract?", "du coup ça change quoi ?": what a fact just stated changes
_WHAT_CHANGES = re.compile(r"\b((does|will|would) (that|this|it) change|what (does|will|would) (that|this|it) change|"
                           r"(that|this|it) changes? (anything|what)|change (anything|something) (for|in|to)|"
                           r"(ca|cela|c'est|ce qui) change(ra|rait)? (quoi|quelque chose|qqch|qq chose|tout|beaucoup)|"
                           r"qu'est-ce que (ca|cela) change|quoi change|(does|will) (that|this|it) (affect|matter for|alter) "
                           r"(the|our|my|what the) (contract|agreement)|(le|notre|mon) contrat doit (dire|prevoir) (autre chose|"
                           r"quoi de plus|plus))\b")


# a place outside the EU where the work is done or the data sits
_ABROAD = re.compile(r"\b(etats-unis|usa|u\.s\.?a?|(aux|in the|to the) us|us-based|united states|amerique|america|inde|india|chine|"
                     r"china|maroc|morocco|tunisie|tunisia|ukraine|philippines|singapour|singapore|canada|israel|bresil|brazil|"
                     r"royaume-uni|united kingdom|hors (de l')?(ue|union europeenne|europe|eee)|outside (the )?(eu|eea|europe|"
                     r"european union)|a l'etranger|abroad|offshore|pays tiers|third countr(y|ies))\b")
_DATA_WORDS = re.compile(r"\b(donnees|data|infos? perso\w*|personal|personnelles?|dossiers?|records?|fichiers?|files?|cv|rh|hr|"
                         r"salaries|employees|clients?|patients?)\b")


# s23: a message that asks nothing: no question mark, no question word, no indirect question, no order heading it
def _asks_nothing(low: str) -> bool:
    from assistant.chat.act_questions import _INDIRECT, _QUESTION_WORDS, _asks_at_end

    worded = _QUESTION_WORDS.search(low) and ("?" in low or not re.match(r"c'?\s?est\b", low))  # "c'est 3 mois…" tells
    return not (worded or _INDIRECT.search(low) or _asks_at_end(low) or read_directive(low))


def _control_after_obligations(u: Understood, state: ConversationState) -> Plan | None:
    """s30: who holds the keys told right after a question of result or means whose answer turned on it ("le serveur est
    chez eux, personne chez nous n'a de compte admin"): recorded, and that question answered again in its light."""
    if u.act != "state_fact" or "control" not in u.slots.facts or state.clause is not None or state.contract is not None:
        return None
    if state.last.tool != "analyse_obligations" or not state.last.question:
        return None
    pre = _scope_call(u, services=True)
    return Plan("state_fact", ([pre] if pre else []) + [ToolCall("analyse_obligations", {"question": state.last.question})])


def _told_after_question(u: Understood, state: ConversationState, text: str) -> Plan | None:
    """s23: a fact told right after a question was answered, with nothing on the table and no question of its own ("ils
    ont raté 4 GTR sur 6" after "on peut partir avant la fin ?"): the question on the table asked again in light of that
    fact, of the subject its answer was about — not a search on the fact's own words (which would explain a GTR). A new
    question, an order, or a fact for a clause or a contract in progress keeps its own reading."""
    if u.act not in ("question", "follow_up", "set_figure", "state_fact") or state.clause is not None or \
            state.contract is not None:
        return None
    if u.act == "state_fact" and "personal_data" in u.slots.facts:
        return None  # personal data stated has its own way on: what it changes for the contract (the processor terms)
    if u.firm or _THEY_SUBCONTRACT.search(fold(text)):
        return None  # a plan told to be judged on its own ("they also want a subcontractor in India"): its own question
    if state.last.tool != "answer_question" or state.last.act not in ("question", "follow_up") or not state.last.question:
        return None
    low = fold(text).strip()
    if not _asks_nothing(low) or len(low.split()) > 40 or u.slots.topic and u.slots.topic != state.last.topic and \
            _NAMES_CLAUSE.search(low):
        return None
    calls: list[ToolCall] = []
    pre = _scope_call(u, services=u.act == "state_fact")
    if pre is not None:
        calls.append(pre)
    elif u.act == "state_fact":
        return None
    args: dict = {"question": f"{state.last.question} {text}"}
    if state.last.topic:
        args["topic"] = state.last.topic
    if _MISSED.search(low) and (_REPEATED.search(low) or _MOST_OF.search(low)):
        # "ils ont raté 4 GTR sur 6", "they missed 6 of the last 9": breaches repeated, what the question turns on
        args["question"] = f"{args['question']} {say(state.lang, 'query.repeated_breach')}"
    calls.append(ToolCall("answer_question", args))
    # the fact stated is recorded and still reads as one; a figure "set" with nothing on the table was told
    return Plan({"question": "question", "state_fact": "state_fact"}.get(u.act, "follow_up"), calls)


# "4 sur 6", "6 of the last 9", "three out of five": a share of the times counted
_MOST_OF = re.compile(r"\b\w+ (?:sur|of (?:the )?(?:last |past )?|out of (?:the )?(?:last )?)(?:\d+|deux|trois|quatre|cinq|six|"
                      r"sept|huit|neuf|dix|two|three|four|five|seven|eight|nine|ten)\b")


# "la clause de …", "the … clause": a clause named for itself (a new subject, not a fact of the story told)
_NAMES_CLAUSE = re.compile(r"\b(la |cette |une |the |this |a )?(clause|article)\b")


def _data_fact_changes(text: str, state: ConversationState) -> bool:
    """What changes, asked just after the user stated that the provider handles personal data."""
    if state.last.act != "state_fact" or state.fact("personal_data") is not True or \
            "personal_data" not in state.stated() or not state.last.question:
        return False
    if not (_WHAT_CHANGES.search(fold(text)) or _CONTRACT_CONTENTS.search(fold(text))) or len(fold(text).split()) > 20:
        return False
    return read_slots(state.last.question).facts.get("personal_data") is True


def _control_fact_changes(text: str, state: ConversationState) -> bool:
    """What changes, asked just after the user told who runs the systems (s30), on a subject already on the table."""
    if state.last.act != "state_fact" or "control" not in state.stated() or not state.last.question or not (
            state.last.topic or state.clause):
        return False
    if not _WHAT_CHANGES.search(fold(text)) or len(fold(text).split()) > 20:
        return False
    return "control" in read_slots(state.last.question).facts


def _missed_commitment(args: dict, text: str, state: ConversationState) -> None:
    """'et s'il dépasse la GTI, il se passe quoi ?': what missing the commitment costs (penalties), not the
    commitment again."""
    low = fold(text)
    if _REPEATED.search(low):
        return  # missed month after month: the remedies beyond penalties (termination, damages), asked as put
    if args.get("topic") in _HAS_PENALTIES and _MISSED.search(low) and _CONSEQUENCE.search(low):
        args["topic"] = "penalties"
        args["question"] = f"{text} {say(state.lang, 'query.missed_commitment')}"


# a follow-up that asks a question of its own: how long, how much, is it normal, what is usual
_ASKS_ITS_OWN = re.compile(r"\b(how (long|much|many|often|soon)|combien( de temps)?|quel(le)? (duree|delai|montant)|"
                           r"(is|are|what'?s) (it |that |this )?(normal|usual|standard|typical|common|reasonable)|"
                           r"(c'est|est-ce) (normal|courant|habituel|standard|raisonnable)|ca dure combien|"
                           r"(normal|usual|standard|typical|common|habituel|courant)\w*( for (that|it|this))?\W*$|"
                           r"d'habitude|en general|generally|usually|typically)\b")


# s19: "et s'ils ratent 3 GTR dans le mois, on peut résilier direct ?", "can we walk away then?": what the user may do,
# or what follows in a case supposed, asked — a question on the subject it names, not that subject's clause to draft
_MAY_WE = re.compile(r"^\W*(?:(?:et|and|mais|but|so|donc|alors|ok|du coup)\W+)*(?:si|s'il|s'ils|if|what if|quand|when|"
                     r"meme si|even if)\b|\b(?:on peut|peut-on|pouvons-nous|je peux|puis-je|on pourrait|pourrait-on|"
                     r"on a le droit|a-t-on le droit|avons-nous le droit|can (?:we|i|they)|could (?:we|i|they)|may (?:we|i)|"
                     r"are (?:we|they) allowed|is it possible to|est-ce qu'on peut)\b")


def _may_we_asked(text: str) -> bool:
    low = fold(text).strip()
    return low.endswith("?") and bool(_MAY_WE.search(low)) and read_directive(low) is None


# "and service credits, what % is normal?", "combien de mois d'habitude ?": the usual value of a figure, none given
_USUAL_ASKED = re.compile(r"\b(normal\w*|usual\w*|standard|typical\w*|common|reasonable|habituel\w*|courant\w*|usuel\w*|"
                          r"raisonnable\w*|classique\w*|d'habitude|en general|generally|typically|on voit|on met|people (use|put|"
                          r"go for|agree)|the market|le marche|market practice|(les )?usages?|la norme|the norm)\b|\b(combien de|how many|how much|quel(le)? (pourcentage|taux|duree|delai)|what "
                          r"(percentage|rate|duration))\b|\b(what|quel\w*) %")
_USUAL_UNITS = (("percent", r"%|\b(pourcent\w*|percent\w*|pourcentage|taux|rate)\b"), ("months", r"\b(mois|months?)\b"),
                ("days", r"\b(jours?|days?)\b"), ("hours", r"\b(heures?|hours?)\b"))


def _usual_unit(text: str, s) -> str | None:
    """The unit of a figure whose usual value is asked, with no value given."""
    low = fold(text)
    if s.figures or any(q.value is not None and q.unit for q in s.quantities) or not _USUAL_ASKED.search(low):
        return None
    unit = next((unit for unit, pat in _USUAL_UNITS if re.search(pat, low)), None)
    if unit is None and s.figure_named:
        # s30: "what would a normal cap be?", "c'est quoi un plafond normal ?": the figure named, in its own unit
        unit = next((u for u in ("percent", "months", "days", "hours", "eur") if s.figure_named.endswith(f"_{u}")), None)
    return unit


def _follow_up(u: Understood, state: ConversationState, text: str) -> Plan:
    """'et pour la sauvegarde ?', 'et si c'est en 24/7 ?': the last tool again, on the new topic or facts."""
    s = u.slots
    calls: list[ToolCall] = []
    pre = _scope_call(u, services=False)
    if pre:
        calls.append(pre)
    if judged := judgement_calls(text, state):  # "et c'est bien pour nous ?": judged for the user's side
        return Plan("follow_up", calls + judged)
    last = state.last.tool
    # "and the penalty cap, what % is usual?": the clause of the figure named, when no clause is named
    named = s.topic or (figure_topic(s.figure_named) if s.figure_named and _usual_unit(text, s) else None)
    if last in ("draft_clause", "revise_clause", "rephrase", "objections") and named and (
            state.clause is None or named != state.clause.topic) and (_ASKS_ITS_OWN.search(fold(text)) or
                                                                     _usual_unit(text, s) or _may_we_asked(text)):
        # "and exit assistance, how long is normal for that?": a question of its own on the new topic, answered (not the
        # last tool's objections or a new clause)
        args = {"question": text, "topic": named}
        if _usual_unit(text, s):
            args["usual"] = _usual_unit(text, s)
        calls.append(ToolCall("answer_question", args))
        return Plan("follow_up", calls)
    if last in ("draft_clause", "revise_clause", "rephrase", "objections") and s.topic and (
            state.clause is None or s.topic != state.clause.topic):
        if last == "objections":
            calls.append(ToolCall("objections", {"topic": s.topic}))
        else:
            args = {"topic": s.topic}
            if state.clause is not None:
                args["position"] = state.clause.position
            calls.append(ToolCall("draft_clause", args))
        return Plan("follow_up", calls)
    if last in ("draft_clause", "revise_clause") and s.figure_named and not s.figures and not s.topic and \
            re.fullmatch(r"\W*(et |and )?(en |in |pour |for |the |la |le )?(p[1-4]|priorit[ey] [1-4])\W*", fold(text)):
        # "et en P2 ?" after the P1 figure: which value, asked back (the next bare value is for it)
        return Plan("follow_up", reply=say(state.lang, "clarify.value_for", figure=label(state.lang, "figures",
                                                                                        s.figure_named)))
    if last in ("draft_clause", "revise_clause") and (s.figures or s.position or pre):
        args = {"figures": s.figures}
        pos = resolve_position(s.position, state)
        if pos:
            args["position"] = pos
        calls.append(ToolCall("revise_clause", args))
        return Plan("follow_up", calls)
    topic_now = s.topic or state.last.topic
    if last in ("review_text", "answer_question", "objections") and topic_now and re.search(
            r"a la place|instead|propose\w*|suggest\w*|demande quoi|ask for|what (should|do) (i|we) ask|alternative|"
            r"counter-?propos\w*|contre-propos\w*|what wording|quelle formulation|que mettre|"
            r"(on|je|nous|j') ?(met|mets|mettons|ecri\w*|prevoi\w*) quoi|quoi mettre|what (do|should|can) (we|i) (put|write|"
            r"add|include)|what goes in (the|our|my) (contract|agreement)|"
            r"(comment|how) (je |on |nous |can i |do i |do we |can we |should i |should we )?(m'en |nous en |me |nous |"
            r"s'en )?(proteg\w*|protect\w*|couvr\w*|cover\w*|premuni\w*|guard)", fold(text)):
        args = {"topic": topic_now}
        if state.side:
            args["position"] = state.side
        calls.append(ToolCall("draft_clause", args))
        return Plan("follow_up", calls)
    if last == "analyse_obligations":  # "et pour la sécurité ?" names its commitment; "pourquoi ?" keeps the last
        question = text if names_subject(s) or not state.last.question else f"{text} {state.last.question}"
        calls.append(ToolCall("analyse_obligations", {"question": question}))
        return Plan("follow_up", calls)
    low = fold(text)
    if last == "answer_question" and state.last.question and _MEANS_RESULT.search(fold(state.last.question)) and \
            names_subject(s):
        # "on est sur du moyen ou du résultat ?" then "et pour la sécurité ?": the same question of that commitment
        calls.append(ToolCall("analyse_obligations", {"question": f"{text} {question_frame(state.last.question)}"}))
        return Plan("follow_up", calls)
    if last == "explain_term" and s.term and s.term != state.last.term and not (
            len(low.split()) > 7 or _HYPOTHESIS.match(low)):  # "et une GTI ?"; not "et si le MSP fait une faute…
        calls.append(ToolCall("explain_term", {"term": s.term}))
        return Plan("follow_up", calls)
    if last in ("draft_contract", "revise_contract") and (s.figures or s.position):
        args = {"figures": s.figures}
        if s.topic:
            args["topic"] = s.topic
        pos = resolve_position(s.position, state)
        if pos:
            args["position"] = pos
        calls.append(ToolCall("revise_contract", args))
        return Plan("follow_up", calls)
    if _control_fact_changes(text, state) and not names_subject(s):
        # s30: "so does that change things?" just after who runs the systems was told ("they're the only ones with the admin
        # passwords"): the kind of obligation of the subject on the table, read again with that fact (means or result)
        topic = state.last.topic or (state.clause.topic if state.clause else None)
        calls.append(ToolCall("analyse_obligations", {"question": f"{text} {topic or ''} {say(state.lang, 'query.means_or_result')}"}))
        return Plan("follow_up", calls)
    question = text
    if state.last.question:  # the last question asked again, of the subject the follow-up names if it names one
        # (after facts stated, the facts themselves: "ça change quoi pour la GTI ?" asks about them)
        last_q = question_frame(state.last.question) if names_subject(s) and state.last.act != "state_fact" \
            else state.last.question
        question = f"{text} {last_q}"
    args = {"question": question, "focus": text}
    topic = s.topic or state.last.topic
    if not s.topic and _data_fact_changes(text, state):  # what the personal data just stated changes: processor terms
        args["question"] = f"{question} {say(state.lang, 'query.personal_data_contract')}"
        args.pop("focus", None)  # the processor terms are the question; the follow-up's few words pick no sentence
        topic = None
    if topic:
        args["topic"] = topic
    if last in ("draft_clause", "revise_clause") and not s.topic and state.clause is not None and \
            topic == state.clause.topic:  # "les pannes d'électricité ça compte ?" after a force majeure clause: of it
        args["on_clause"] = True
    _missed_commitment(args, text, state)
    if args.get("topic") and _usual_unit(text, s):
        args["usual"] = _usual_unit(text, s)
    calls.append(ToolCall("answer_question", args))
    return Plan("follow_up", calls)



def _deal_facts_first(u: Understood, state: ConversationState) -> bool:
    """The provider's first message, with the client's people or places and nothing asked of a clause: a deal to write up
    may follow (s30)."""
    s = u.slots
    return bool((state.side == "msp" or s.side == "msp") and not state.last.act and state.turns == 0 and
                state.contract is None and state.clause is None and not state.pending and
                {"users", "sites"} & set(s.facts) and not s.figures and not s.topic)


def _named_outside(text: str, clause: str) -> str | None:
    """s33: the clause topic the message names around the text it quotes or pastes ("leur clause de force majeure dit
    « … »"), when the text itself names none or the message calls it a clause of that subject."""
    from assistant.chat.slot_topics import clause_topic

    lead = fold(text.replace(clause, " "))
    named = clause_topic(lead)
    if named and (not clause_topic(clause) or re.search(r"\b(?:clauses?|articles?|section)\b", lead)):
        return named
    if named and clause_topic(fold(text)) == named and len(clause.split()) <= 12:
        # s34: a fragment quoted after its subject ("uptime is 'as measured by Provider's monitoring tools' only"): the
        # fragment alone names the instrument (tools), the whole sentence the subject (the service levels measured)
        return named
    return None
