"""The figures of the `Toolbox`: those of the clause or contract on the table, and the ones a message
changes — relative to a figure already set, said in another unit, a fact corrected, a bare figure set on the one
it can be."""

from __future__ import annotations

import math
import re

from assistant.chat.clause_edits import _clean_figures
from assistant.chat.state import ConversationState
from assistant.chat.tool_args import ToolError
from assistant.text import fold


# a change asked of a figure on the table, its unit unsaid: "et si on descend à 99,5 ?", "passe à 18", "go down to 99.5"
# the monthly fee named as the object of a change ("la redevance", "le forfait mensuel", "the monthly fee", "le prix")
_FEE_NAMED = re.compile(r"\b(?:redevance|forfait(?: mensuel)?|abonnement|(?:monthly )?fees?|prix(?: mensuel)?|price|"
                        r"tarif(?! horaire)|subscription|mensualite)\b")
_ASKED = re.compile(r"\?|^(?:(?:et|and|so|alors|mais|but)\W+)?(?:est-ce|peut-on|puis-je|pourrait-on|on peut|on pourrait|"
                    r"can|could|should|shall|may|might|is|are|would|do|does|what if|et si|si on|if we)\b")
# the fee before the change, stated in the same message ("…, elle était à 950", "il est actuellement de 1 500 €", "it was
# 950", "it's currently 2,000 EUR"): the base of the share
_BASE_STATED = re.compile(r"\b(?:etait|etaient|est actuellement|est aujourd'hui|actuellement|aujourd'hui|is currently|currently|"
                          r"was|were|right now|today)\s+(?:a |de |at |of |is )?(\d{1,3}(?:[ \u202f\u00a0.,]\d{3})+(?:,\d{1,2})?|"
                          r"\d+(?:[.,]\d{1,2})?)(?!\s*(?:%|pour ?cent|percent|per cent))")


def _base_stated(low: str) -> float | None:
    from assistant.text.numbers import parse_number

    m = _BASE_STATED.search(low)
    value = parse_number(m.group(1)) if m else None
    return value if value else None


_BARE_CHANGE = re.compile(r"\b(descend\w*|monte\w*|baiss\w*|augment\w*|redui\w*|passe\w*|mets|mettons|met|mettez|"
                          r"go (down|up)|drop|lower|raise|bump|move|make it|set it|plutot|instead|rather|more like|"
                          r"make that|let'?s say|disons|et si|what if|"
                          r"i meant|je voulais dire|je voulais|correction|rectif\w*|oops|oups|pardon|sorry)\b")


class FigureTools:
    """The figures of what is on the table, and the ones a message changes: relative, in the unit said, corrected, bare."""

    # -- the contract ----------------------------------------------------------------------------------
    def figures_on_table(self, state: ConversationState) -> dict:
        """The figures of what a change applies to now: the clause on the table, or the contract in progress when it
        is what the conversation last worked on (the rule `_revise_clause` follows), defaults included."""
        use_contract = state.contract is not None and (
            state.clause is None or state.last.tool in ("draft_contract", "revise_contract", "export_document"))
        out: dict = {}
        try:
            if use_contract:
                from assistant.chat.slot_figure_cues import figure_topic

                for section in self.build(state).sections:
                    if section.clause is not None:  # a figure two articles share: the value of the article it revises
                        out.update({k: v for k, v in (section.clause.slots or {}).items()
                                    if k not in out or figure_topic(k) == section.topic})
                out.update({k: v for k, v in _clean_figures(state.contract.overrides).items()})
            elif state.clause is not None:
                c = state.clause
                out.update(self._clause(c.topic, c.position, c.overrides, state, c.said).slots or {})
                out.update(_clean_figures(c.overrides))
        except ToolError:
            return {}
        return {k: v for k, v in out.items() if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0}

    def relative_figures(self, slots, state: ConversationState, text: str) -> None:
        """A change relative to a figure ("halve that", "divise le plafond par deux", "un mois de plus", "ajoute 2
        postes") becomes the figure's new value in `slots`, computed on the value now on the table: the figure the
        message names, else the one last set or named; nothing when no such figure is on the table."""
        from assistant.chat.slot_relative import apply_relative, relative_candidates
        from assistant.chat.slot_figure_cues import figure_topic

        rel = slots.relative
        if self._corrected_fact(slots, state, text):
            return
        self._in_said_unit(slots, state)
        if rel is None and not slots.figures and (state.clause is not None or state.contract is not None):
            self._bare_figure(slots, state, text)
            return
        if rel is None or slots.figures:
            return
        if rel[0] == "mid":
            self._split_difference(slots, state)
            return
        if slots.count_changes:  # s28: the counts changed, typed once by the slot reader, applied here once
            for change in slots.count_changes:
                if change.unit in slots.facts:
                    continue  # a total said in the message holds
                stated = change.unit in state.stated() and isinstance(state.fact(change.unit), int)
                new = change.apply(state.fact(change.unit) if stated else None)
                if new is not None:
                    slots.facts[change.unit] = new
            return
        low = fold(text)
        if self._relative_fee(slots, state, rel, low):
            return
        current = self.figures_on_table(state)
        if not current:
            return
        named = [c for c in relative_candidates(low) if c in current]
        # "baisse le plafond de responsabilité d'un tiers": of the figures a shared noun ("plafond", "cap") names, the
        # one of the clause the message names
        of_topic = [c for c in named if slots.topic and figure_topic(c) == slots.topic]
        named = of_topic or named
        last = state.last.figure
        if named:
            target = last if last in named else named[0]
        elif last in current and (re.search(r"\b(it|that|this|ca|cela|celui-ci|celle-ci|-le|-la)\b|-(le|la)\b", low)
                                  or len(low.split()) <= 6):
            target = last
        else:
            target = self._first_fitting(rel, current, state) if len(low.split()) <= 6 else None
            if target is None:
                return
        said_now = state.clause.said.get(target) if state.clause is not None and not (
            state.contract is not None and state.last.tool in ("draft_contract", "revise_contract")) else None
        from assistant.chat.figure_match import in_unit

        delta = in_unit(abs(rel[1]), rel[2], said_now[1]) if rel[0] == "add" and said_now else None
        if delta is not None and said_now[0] + (delta if rel[1] > 0 else -delta) > 0:
            # "60 days' notice" and "15 days more" (or "two weeks less"): counted and written in the unit it was said in
            v = said_now[0] + (delta if rel[1] > 0 else -delta)
            v = int(v) if float(v).is_integer() else v
            from assistant.chat.slot_figure_cues import convert_said

            converted = convert_said(v, said_now[1], target)
            slots.figures[target] = converted if converted is not None else current[target]
            slots.said[target] = [v, *said_now[1:]]
            slots.figure_named = None
            return
        new = apply_relative(rel, target, float(current[target]))
        if new is None:
            return
        slots.figures[target] = new
        slots.figure_named = None
        said = state.clause.said.get(target) if state.clause is not None and not (
            state.contract is not None and state.last.tool in ("draft_contract", "revise_contract")) else None
        if said and rel[0] == "mul":  # "4 business hours", doubled: 8 business hours, still as said
            v = said[0] * rel[1]
            slots.said[target] = [int(v) if float(v).is_integer() else v, *said[1:]]
        elif said and rel[0] == "add" and rel[2] == said[1] and said[0] + rel[1] > 0:
            v = said[0] + rel[1]  # "10 jours ouvrés" and "5 jours ouvrés de plus": 15 working days, still as said
            slots.said[target] = [int(v) if float(v).is_integer() else v, *said[1:]]

    def _split_difference(self, slots, state: ConversationState) -> None:
        """s20: "on coupe la poire en deux", "let's split the difference" right after a figure was changed: the figure
        set halfway between the value it had and the one now on the table (a count of days, months or hours stays
        whole); nothing when no figure was just changed (the phrase then asks a balanced version)."""
        last = state.last.figure
        before = state.last.before.get(last) if last else None
        if before is None:
            return
        now = self.figures_on_table(state).get(last)
        if not isinstance(now, (int, float)) or now == before:
            return
        mid = (float(before) + float(now)) / 2
        if float(before).is_integer() and float(now).is_integer() and not last.endswith("_percent"):
            mid = float(int(mid + 0.5))
        slots.figures[last] = int(mid) if mid.is_integer() else round(mid, 2)
        slots.figure_named = None
        slots.position = None  # the compromise is on the figure, not a balanced version of the clause

    def _first_fitting(self, rel: tuple, current: dict, state: ConversationState) -> str | None:
        """"one year less", "deux mois de plus" said right after a clause is drafted (no figure named or set yet): the
        clause's figure that change fits (a time added to a time), the one its text writes first when several do."""
        from assistant.chat.slot_relative import apply_relative
        from assistant.chat.slot_figure_cues import figure_topic

        c = state.clause
        if rel[0] != "add" or rel[2] in ("users", "sites", "percent") or c is None or state.last.tool not in (
                "draft_clause", "revise_clause"):
            return None
        fits = [k for k, v in current.items() if figure_topic(k) == c.topic and apply_relative(rel, k, float(v)) is not None]
        if len(fits) <= 1:
            return fits[0] if fits else None
        try:
            text = fold(self._clause(c.topic, c.position, c.overrides, state, c.said, c.dropped, c.excluded, c.located).text)
        except ToolError:
            return None
        where = {}
        for k in fits:
            v = current[k]
            m = re.search(r"(?<![\d,.])" + re.escape(str(int(v)) if float(v).is_integer() else str(v)) + r"(?![\d,])", text)
            if m:
                where[k] = m.start()
        return min(where, key=where.get) if where else None

    @staticmethod
    def _relative_fee(slots, state: ConversationState, rel: tuple, low: str) -> bool:
        """"augmente la redevance de 10 %", "cut the fee by a third": the monthly fee the user stated, changed by that
        share (a fact of the deal, not a figure of a clause); False when the message names no fee or none was stated."""
        fee = state.fact("monthly_fee_eur")
        # "monte de 15 % vu qu'on ajoute la supervision" right after the fee was stated: the sum just stated is the one
        # the share changes, named or not (a figure of a clause the message names keeps its own reading)
        just_stated = state.last.fact == "monthly_fee_eur" and state.last.figure is None and not slots.figure_named
        base = _base_stated(low) if _FEE_NAMED.search(low) and not _ASKED.search(low) else None
        if base is not None:
            # s32: "augmente la redevance de 10 %, elle était à 950": the old fee is told with its change, the new one
            # follows from it (the sum said is no fee of its own)
            fee = base
            slots.facts.pop("monthly_fee_eur", None)
        elif ("monthly_fee_eur" not in state.stated() or not isinstance(fee, (int, float)) or "monthly_fee_eur" in slots.facts
                or not (_FEE_NAMED.search(low) or just_stated) or _ASKED.search(low)):
            return False  # "on peut augmenter la redevance de 10 % ?": a change asked about, not ordered
        if rel[0] == "mul":
            new = fee * rel[1]
        elif rel[2] == "percent":
            new = fee * (1 + rel[1] / 100)
        else:
            return False
        if new <= 0:
            return False
        new = round(new, 2)
        slots.facts["monthly_fee_eur"] = int(new) if float(new).is_integer() else new
        return True

    @staticmethod
    def _in_said_unit(slots, state: ConversationState) -> None:
        """"90 days' notice" then "disons plutôt 30": a bare value read as the figure just named is in the unit the
        user gave that figure in (thirty days), not the figure's own unit (thirty months)."""
        from assistant.chat.slot_figure_cues import convert_said

        if state.clause is None or not slots.figures or (
                state.contract is not None and state.last.tool in ("draft_contract", "revise_contract", "export_document")):
            return
        bare = [q for q in slots.quantities if q.unit is None]
        for k, v in list(slots.figures.items()):
            said = state.clause.said.get(k)
            # "they wanted 90, we settle on 60": the one bare value set (theirs, beside it, is no figure of ours)
            if not (isinstance(said, (list, tuple)) and len(said) >= 2) or [q.value for q in bare].count(v) != 1 \
                    or len(bare) > 2:
                continue
            now, new = convert_said(said[0], said[1], k), convert_said(v, said[1], k)
            # the reading nearer the figure now: 30 after "90 days" is a month, not thirty months
            if now and new and v > 0 and abs(math.log(new / now)) < abs(math.log(v / now)):
                slots.figures[k] = int(new) if float(new).is_integer() else new
                slots.said[k] = [int(v) if float(v).is_integer() else v, *said[1:]]

    @staticmethod
    def _corrected_fact(slots, state: ConversationState, text: str) -> bool:
        """"ah non pardon c'est 1 750", "sorry, I meant 19": a short correction of the count or sum the user stated
        last (users, sites, the monthly fee) gives it the new value; False when the message is no such correction."""
        from assistant.chat.slot_relative import CORRECTABLE_FACTS, correction_value, restated_value
        from assistant.text import fold

        name = state.last.fact
        if (slots.relative is not None or slots.figures or name not in CORRECTABLE_FACTS or name not in state.stated()
                or any(k in slots.facts for k in CORRECTABLE_FACTS)):
            return False
        value = correction_value(fold(text), slots.quantities)
        if value is None:  # "make that 1,500 actually": the figure just stated, said again
            value = restated_value(fold(text), slots.quantities)
        old = state.fact(name)
        if value is None or not isinstance(old, (int, float)) or value == old:
            return False
        if name in ("users", "sites"):
            if not float(value).is_integer() or value < 1:
                return False
            slots.facts[name] = int(value)
        elif not old / 3 <= value <= old * 3:  # a sum corrected is of the same order as the one taken back
            return False
        else:
            slots.facts[name] = int(value) if float(value).is_integer() else value
        return True

    def _bare_figure(self, slots, state: ConversationState, text: str) -> None:
        """"et si on descend à 99,5 ?", "what if we went to 99.5?": a value without its unit, asked as a change of the
        clause on the table, is the one figure of that clause it can be (within a factor of two of the figure's value
        now); nothing when several can be."""
        from assistant.text import fold

        bare = [q for q in slots.quantities if q.unit is None]
        low = fold(text)
        if not bare or len(bare) != len(slots.quantities) or len(low.split()) > 10 or not _BARE_CHANGE.search(low):
            return
        if state.clause is None and state.last.figure is None:
            return  # the contract's many figures: only the one just set or named is meant
        current = {k: v for k, v in self.figures_on_table(state).items()
                   if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 and k != "monthly_fee_eur"}
        if len(bare) == 2 and re.search(r"\b(not|pas|au lieu de|instead of|rather than|plutot que)\s+(de\s+)?"
                                        + re.escape(fold(bare[1].text)) + r"\b", low):
            # "oops I meant 99.9 not 99.5": the figure now at the value taken back gets the other one
            fits = [k for k, v in current.items() if v == bare[1].value]
        elif len(bare) == 1:
            fits = [k for k, v in current.items() if v / 2 <= bare[0].value <= v * 2]
        else:
            return
        value = bare[0].value
        on_clause = state.clause is not None and not (
            state.contract is not None and state.last.tool in ("draft_contract", "revise_contract", "export_document"))
        said = {k: v for k, v in (state.clause.said if on_clause else {}).items()
                if k in current and isinstance(v, (list, tuple)) and len(v) >= 2}
        if said:  # "60 days notice" then "hmm, rather 90": ninety days, in the unit the figure was given in
            from assistant.chat.slot_figure_cues import convert_said

            taken_back = bare[1].value if len(bare) == 2 else None
            matches = [k for k, (v, _unit, *_words) in said.items()
                       if (v == taken_back if taken_back is not None else v / 2 <= value <= v * 2)]
            if state.last.figure in matches:
                matches = [state.last.figure]
            if len(matches) == 1:
                k = matches[0]
                new = convert_said(value, said[k][1], k)
                if new is not None and new != current[k]:
                    slots.figures[k] = int(new) if float(new).is_integer() else new
                    slots.said[k] = [int(value) if float(value).is_integer() else value, *said[k][1:]]
                    return
        last = state.last.figure
        if last in current and last not in fits and last.endswith("_months") and current[last] % 12 == 0 and \
                current[last] / 2 <= value * 12 <= current[last] * 2 and float(value).is_integer():
            # "initial term 3 years" then "no, make it 2": two years, the unit the figure was counted in
            fits, value = [last], value * 12
        if state.last.figure in fits:
            fits = [state.last.figure]
        elif state.clause is None:  # the contract's many figures: only the one just set or named is meant
            return
        if len(fits) == 1 and value != current[fits[0]]:
            slots.figures[fits[0]] = int(value) if float(value).is_integer() else value
