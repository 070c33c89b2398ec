"""A figure the user gives, matched to the figure of the draft it changes (issue 14, figures): the draft's figures are
read from its own text (assistant.legal.drafting.figures); a user figure goes to the one of the same kind — the unit
first (a value taken back, "24h c'est impossible, mettez 36" / "60 days instead of 90", names it outright), then the
words around it, then the figure the user set before (the clause's main parameter) — and when two figures of the draft
remain, one short question back instead of a guess."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.legal.drafting.figures import PER_UNIT, VISITS, TextFigure, insert_share, stems, visit_count
from assistant.text.fold import fold
from assistant.text.numbers import _DAYS, MONEY_UNITS, Quantity

COUNTS = ("users", "sites", "workstations")
_PARTIES = frozenset({"clien", "prest", "provi", "custo", "fourn", "parti", "ils", "elles", "veut", "veule", "wants",
                      "want", "disen", "says", "mette", "mets", "make", "lower", "raise", "monte", "baiss", "passe",
                      "plutô", "plutot", "rathe", "inste", "lieu", "final", "actua", "okay", "alors", "impos"})
_INSTEAD = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:instead of|au lieu de|au lieu des|au lieu du|plutot que|rather than|not|"
                      r"pas|et non|and not|contre|vs\.?|versus)\s+(?:the |les |des |de |d'|du |le |la )?$")
_FROM = re.compile(r"\b(?:from|de|du|des|d')\s*$")
_TO = re.compile(r"^\s*(?:\w+\s+)?(?:to|a|au|aux|down to|up to|jusqu'a)\s*$")
_SETTING = re.compile(r"\b(?:mettez|mets|met|mettons|put|make (?:it|that|them)|say|disons|passe[rz]?|passons|go (?:to|for|"
                      r"with)|set (?:it|that)?(?: to| at)?|plutot|rather|allez|accept\w*|accord\w*|propos\w*|offr\w*|"
                      r"want|wants|veut|veulent|voudrai\w*|demande\w*|ask\w*|lower|raise|monte[rz]?|baisse[rz]?|descend\w*|"
                      r"reduis|reduce|tighten|shorten|extend|augmente[rz]?)\s*$")
_REFUSED = re.compile(r"\b(?:not|never|no longer|refus\w*|pas|plus|jamais|ne)\b|n't\b|\bn'")
_ACCEPT_VERB = re.compile(r"\b(?:sign\w*|accept\w*|swallow\w*|agree\w*|buy|take|valid\w*|voudr\w*|veul\w*|"
                          r"prendr\w*|passer\w*|passera|suivr\w*|go for)\b")


def _refusal(text: str) -> bool:
    """"ils ne signeront jamais", "they won't accept": a negated verb of accepting, not a cap ("10 % max, pas plus")."""
    return bool(_REFUSED.search(text) and _ACCEPT_VERB.search(text))


_OF = re.compile(r"\s*(?:of|de|des|du|d')\s+")
_PER_SAID = re.compile(r"^\s*(?:ht\s+|hors taxes?\s+|excl\w* vat\s+)?(?:(?:de l'|par |per |an? |each |/\s*)"
                       r"(heure|hour|h|jour|day|j|mois|month|an|annee|year|semaine|week)s?\b)")


@dataclass
class UserFigure:
    value: float
    unit: str | None
    text: str
    per: str | None = None
    old: float | None = None  # the value taken back ("instead of 90"), when the message gives it
    words: frozenset = field(default_factory=frozenset)
    of: frozenset = field(default_factory=frozenset)  # a percentage: the words of what it is a share of

    def to_json(self) -> dict:
        return {"value": self.value, "unit": self.unit, "text": self.text, "per": self.per, "old": self.old,
                "words": sorted(self.words), "of": sorted(self.of)}

    @classmethod
    def from_json(cls, d: dict) -> "UserFigure":
        return cls(float(d["value"]), d.get("unit"), d.get("text", ""), d.get("per"),
                   None if d.get("old") is None else float(d["old"]), frozenset(d.get("words") or ()),
                   frozenset(d.get("of") or ()))


def user_figures(text: str, quantities: list[Quantity], used: set[float]) -> list[UserFigure]:
    """The figures of a message that say a value for the draft (counts of users or sites and values already read
    as named figures or facts left out); a value taken back ("24h c'est impossible, mettez 36", "60 days instead
    of 90", "de 4 h à 1 h") is kept as the `old` of the new one, each taking the unit of the other when it has none."""
    low = fold(text)
    qs = [q for q in quantities if q.unit not in COUNTS]
    words = frozenset(stems(re.sub(r"\d+(?:[.,]\d+)?", " ", low))) - _PARTIES
    pairs: dict[int, int] = {}  # new index -> old index
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        between = low[a.span[1]:b.span[0]]
        if a.unit and b.unit and _FAMILY(a.unit) != _FAMILY(b.unit):
            continue
        after = re.split(r"[.;!?]|\b(?:mais|but)\b", low[b.span[1]:b.span[1] + 60])[0]
        if _INSTEAD.search(between) or (_refusal(after) and not _REFUSED.search(between)):
            pairs[i] = i + 1  # "6h, à 4h ils ne signeront jamais": the second is the one refused
        elif _FROM.search(low[:a.span[0]]) and _TO.search(between):
            pairs[i + 1] = i
        elif _refusal(between) and (a.unit is None or b.unit is None or a.unit == b.unit):
            pairs[i] = i + 1  # "mettez 10 %, ils ne signeront jamais 20": the second is the one refused
        elif _SETTING.search(between) and (a.unit is None or b.unit is None or a.unit == b.unit):
            if _REFUSED.search(between):  # "make it 2 months, they won't accept 4": the second is the one refused
                pairs[i] = i + 1
            else:
                pairs[i + 1] = i
    olds = set(pairs.values())
    out = []
    for i, q in enumerate(qs):
        if i in olds:
            continue
        old = qs[pairs[i]] if i in pairs else None
        if old is None and q.value in used:
            continue
        unit = q.unit or (old.unit if old is not None else None)
        if unit is None and visit_count(low, q.span[1]):
            unit = VISITS  # s24: "mets 3 déplacements par mois": the draft's count of trips, not any figure of that size
        per = None
        if unit in MONEY_UNITS:
            m = _PER_SAID.match(low[q.span[1]:q.span[1] + 24])
            per = PER_UNIT[m.group(1)] if m else None
        of = frozenset()
        m = _OF.match(low[q.span[1]:]) if unit == "percent" else None
        if m:  # "50% of the fees left until the end": a share of the fees
            of = stems(" ".join(low[q.span[1] + m.end():].split()[:5])) - _PARTIES
        out.append(UserFigure(q.value, unit, q.text, per, old.value if old is not None else None, words, of))
    return out


def _FAMILY(unit: str | None) -> str | None:
    if unit in _DAYS:
        return "duration"
    return "money" if unit in MONEY_UNITS else unit


def in_unit(value: float, unit: str | None, target: str | None) -> float | None:
    """A value said in one unit, counted in the unit of the draft's figure (60 days -> 2 months); None when it does
    not convert to a whole or half number, or the kinds differ (business days are not days)."""
    if unit is None or unit == target:
        return value
    if unit in MONEY_UNITS or target in MONEY_UNITS or "business" in (unit or "") + (target or ""):
        return None
    if unit not in _DAYS or target not in _DAYS:
        return None
    exact = {("year", "month"): 12, ("month", "year"): 1 / 12, ("week", "day"): 7, ("day", "week"): 1 / 7,
             ("day", "hour"): 24, ("hour", "day"): 1 / 24, ("hour", "minute"): 60, ("minute", "hour"): 1 / 60}
    v = value * exact[(unit, target)] if (unit, target) in exact else value * _DAYS[unit] / _DAYS[target]
    return round(v, 2) if abs(v * 2 - round(v * 2)) < 1e-6 else None


def candidates(uf: UserFigure, figures: list[TextFigure], main: list[TextFigure]) -> list[TextFigure]:
    """The draft figures the user figure can be, best first: one means it is that one, several a question back,
    none that the draft has no such figure. `main` holds the figures the user set before."""
    pool = [f for f in figures if f.unit is not None]
    named = [f for f in pool if in_unit(uf.old, uf.unit, f.unit) == f.value] if uf.old is not None else []
    if named:  # the value taken back is in the draft: that figure
        pool = named
    elif uf.unit is not None:
        same = [f for f in pool if f.unit == uf.unit]
        pool = same or [f for f in pool if in_unit(uf.value, uf.unit, f.unit) is not None]
    else:  # a bare value: the figures of the same order of size
        pool = [f for f in pool if f.value > 0 and f.value / 2.5 <= uf.value <= f.value * 2.5]
    if len(pool) > 1:
        best = max(len(uf.words & f.words) for f in pool)
        if best:
            pool = [f for f in pool if len(uf.words & f.words) == best]
        else:  # no role word in common: the rest of the figure's sentence, across "; ", says what it is for
            wide = max(len(uf.words & f.context) for f in pool)
            if wide:
                pool = [f for f in pool if len(uf.words & f.context) == wide]
    if len(pool) > 1 and main:
        mains = [f for f in pool if any(f.span == m.span and f.value == m.value and f.unit == m.unit for m in main)] or \
            [f for f in pool if any(f.value == m.value and f.unit == m.unit for m in main)]
        pool = mains or pool
    return _distinct(pool)


def _distinct(figures: list[TextFigure]) -> list[TextFigure]:
    """One figure per value, unit and role: "trente (30) jours" twice in one role is one figure."""
    out: list[TextFigure] = []
    for f in figures:
        if not any(f.value == g.value and f.unit == g.unit and f.per == g.per and len(f.words & g.words) >= 2
                   for g in out):
            out.append(f)
    return out


# -- the draft's figures changed: a named parameter when one holds the figure, else the text itself --------------------
_SUFFIX_UNITS = {"_hours": ("hour", "business_hour"), "_days": ("day", "business_day"), "_months": ("month",),
                 "_years": ("year",), "_percent": ("percent",), "_eur": ("eur",)}
_SLOT_RE = re.compile(r"\{(\w+)\}")


def slot_of(f: TextFigure, clause, said: dict) -> str | None:
    """The named parameter (slot) of the clause that writes this figure: same value in a unit the slot counts in (or
    the value and unit the user said it in), the slot's own words in the wording deciding between two."""
    raw = getattr(clause, "raw", "") or ""
    if raw and f.text and 0 < raw.count(f.text) == (getattr(clause, "text", "") or "").count(f.text):
        return None  # the template's own words ("dans les trois mois suivant la mise en service"), no parameter
    names = []
    for name, v in (clause.slots or {}).items():
        s = said.get(name)
        if isinstance(s, (list, tuple)) and len(s) == 2:
            if float(s[0]) == f.value and s[1] == f.unit:
                names.append(name)
            continue
        units = next((u for suffix, u in _SUFFIX_UNITS.items() if name.endswith(suffix)), ())
        if isinstance(v, (int, float)) and not isinstance(v, bool) and float(v) == f.value and f.unit in units:
            names.append(name)
    if len(names) <= 1:
        return names[0] if names else None

    def overlap(name: str) -> int:
        m = re.search(r"\{" + name + r"\}", raw)
        if not m:
            return -1
        window = _SLOT_RE.sub(" ", raw[max(0, m.start() - 80):m.end() + 60])
        return len(stems(window) & f.words)

    return max(names, key=overlap)


def apply_text_figures(clause, text_figures: list[dict], lang: str):
    """The clause with the figures the user changed that no slot holds written again (on every rendering: a new
    position, a rephrase, a later revision keep them): each goes to the figure of its unit with most role words in
    common."""
    if not text_figures:
        return clause
    from dataclasses import replace as _replace

    return _replace(clause, text=apply_to_text(clause.text, text_figures, lang))


def apply_to_text(text: str, text_figures: list[dict], lang: str) -> str:
    """`apply_text_figures` on a text (an article of the contract in progress)."""
    from assistant.legal.drafting.figures import insert_share, read_figures, rewrite

    for t in text_figures:
        figs = [f for f in read_figures(text, lang) if f.unit == t.get("unit")]
        words = frozenset(t.get("words") or t.get("share") or ())
        if t.get("share") and not any(f.words & words for f in figs):  # a share of an amount stated as a whole
            done = insert_share(text, frozenset(t["share"]), float(t["value"]), lang)
            text = done[0] if done else text
            continue
        if not figs:
            continue
        best = max(figs, key=lambda f: len(f.words & words))
        if not best.words & words and len(figs) > 1:
            continue
        text = rewrite(text, best, float(t["value"]), lang, per=t.get("new_per"))
    return text


@dataclass
class Resolution:
    changes: list = field(default_factory=list)  # (old as written, new as written)
    question: str | None = None  # two figures could match: which one
    absent: list = field(default_factory=list)  # the user's figures the draft has no figure of the kind for
    dropped: list = field(default_factory=list)  # slot figures read from a bare value that fits another figure
    pending: dict | None = None  # the question's options, for the answer to it
    kept: list = field(default_factory=list)  # draft figures the user said again at the value already written


def _keep_as_set(f: TextFigure, clause, overrides: dict, said: dict, text_figures: list[dict], value: float) -> None:
    """A figure the user gave at the value the draft already writes is from now on a figure they set (the clause's main
    parameter): its slot overridden at the same value, or a text figure at the same value."""
    slot = slot_of(f, clause, said)
    if slot:
        if slot not in overrides and slot not in said:
            overrides[slot] = int(value) if float(value).is_integer() else value
        return
    if any(t.get("unit") == f.unit and (frozenset(t.get("words") or ()) & f.words or float(t.get("value", -1)) == f.value)
           for t in text_figures):
        return
    text_figures.append({"unit": f.unit, "per": f.per, "words": sorted(f.words), "value": value, "new_per": None})


def resolve(clause, requests: list[dict], lang: str, overrides: dict, said: dict, text_figures: list[dict],
            *, drafting: bool) -> Resolution:
    """Each user figure to the draft figure it changes: a slot override (in the unit the figure is written in) when a
    slot holds it, else a text figure; `overrides`, `said` and `text_figures` are updated in place. At drafting time
    (figures of the request itself) only a figure with its unit, matched to exactly one figure, is applied."""
    from assistant.chat.slot_figure_cues import convert_said
    from assistant.chat.wording import join, say
    from assistant.legal.drafting.figures import figure_words, read_figures, written_as

    out = Resolution()
    figures = read_figures(clause.text, lang)
    main = [f for f in figures if slot_of(f, clause, said) in overrides]
    for t in text_figures:
        main += [f for f in figures if f.unit == t.get("unit") and f.words & frozenset(t.get("words") or ())]
    for d in requests:
        uf = UserFigure.from_json(d)
        pool = candidates(uf, figures, main)
        if drafting and (uf.old is not None or uf.unit is None and not (
                len(pool) == 1 and len(uf.words & pool[0].words) >= 1 and pool[0].unit == "percent")):
            continue  # at drafting, a bare value only as a share the draft's one figure of its size names
        guess = d.get("guess")
        if guess:  # a bare value a slot name took: kept unless the text has one other figure it fits
            if len(pool) != 1 or slot_of(pool[0], clause, said) == guess:
                continue
            if uf.unit is not None:  # a value with its unit a slot took: moved only when the words plainly say which
                own = [f for f in figures if slot_of(f, clause, said) == guess]
                overlap = len(uf.words & pool[0].words)
                if overlap < 2 or any(len(uf.words & f.words) >= overlap for f in own):
                    continue
            out.dropped.append(guess)
        if not pool:
            done = insert_share(clause.text, uf.of, uf.value, lang) if uf.unit == "percent" and uf.of else None
            if done:  # "the client pays 50% of the fees left": the amount stated as a whole becomes that share
                text_figures.append({"unit": "percent", "per": None, "words": [], "value": uf.value, "new_per": None,
                                     "share": sorted(uf.of)})
                out.changes.append((done[1], done[2]))
            elif uf.unit is not None:
                out.absent.append(uf.text)
            continue
        if len(pool) > 1 and len({slot_of(f, clause, said) for f in pool} - {None}) == 1 and all(
                slot_of(f, clause, said) for f in pool):
            pool = pool[:1]  # one parameter the wording writes in two places: one figure
        if len(pool) > 1:
            if drafting:
                continue
            named = [f"{f.lead} {figure_words(f, lang)}".strip() for f in pool[:3]]
            options = join([f"« {n} »" if lang == "fr" else f"\"{n}\"" for n in named], lang)
            out.question = say(lang, "figure_which", value=uf.text, title=clause.title,
                               options=options.replace(" et « ", " ou « ").replace(' and "', ' or "'))
            from assistant.chat.wording import label

            out.pending = pending_question(uf, pool[:3], [stems(label(lang, "figures", slot_of(f, clause, said)))
                                                          if slot_of(f, clause, said) else frozenset() for f in pool[:3]])
            continue
        f = pool[0]
        if drafting and not (uf.words & f.words) and uf.per is None:
            continue  # a figure of the request said about something else ("a budget of 1 000 €")
        value = in_unit(uf.value, uf.unit, f.unit)
        if value is None:
            continue
        if value == f.value and uf.per in (None, f.per):  # the value already there: no change, but now the user's
            _keep_as_set(f, clause, overrides, said, text_figures, value)  # (a later bare "plutôt 30" or "d'un
            out.kept.append(f)                                             # tiers" changes this one)
            main.append(f)
            continue
        slot = slot_of(f, clause, said)
        new_per = uf.per if uf.per and uf.per != f.per else None
        if slot and new_per is None:
            if slot in said:
                converted = convert_said(value, f.unit, slot)
                if converted is None:
                    continue
                overrides[slot] = int(converted) if float(converted).is_integer() else converted
                said[slot] = [int(value) if float(value).is_integer() else value, f.unit] + (
                    list(said[slot][2:]) if list(said[slot][1:2]) == [f.unit] else [])
            else:
                overrides[slot] = int(value) if float(value).is_integer() else value
        else:
            replaced = [t for t in text_figures if t.get("unit") == f.unit and (
                frozenset(t.get("words") or ()) & f.words or float(t.get("value", -1)) == f.value)]
            text_figures[:] = [t for t in text_figures if t not in replaced]
            share = next((t["share"] for t in replaced if t.get("share")), None)
            kept_per = new_per or next((t.get("new_per") for t in replaced if t.get("new_per")), None)
            text_figures.append({"unit": f.unit, "per": f.per, "words": sorted(f.words), "value": value,
                                 "new_per": kept_per, **({"share": share} if share else {})})
        out.changes.append((figure_words(f, lang), written_as(f, value, lang, new_per)))
        main.append(f)
    return out


def user_set(clause, overrides: dict, said: dict, text_figures: list[dict], lang: str) -> list[TextFigure]:
    """The figures of the clause the user set: by a slot they overrode, or as a text figure."""
    from assistant.legal.drafting.figures import read_figures

    out = []
    for f in read_figures(clause.text, lang):
        if slot_of(f, clause, said) in overrides or any(
                f.unit == t.get("unit") and float(t.get("value", -1)) == f.value for t in text_figures):
            out.append(f)
    return out


def resolve_in_contract(built, requests: list[dict], lang: str, contract, topic: str | None):
    """`resolve` on the contract in progress: the article named (or holding the only figure of the kind the user
    gives; a bare value needs the article named). Slot figures go to the contract's overrides, the others to its text
    figures with their article's topic. Returns the changes, a question back, and the article changed."""
    sections = [s for s in built.sections if s.clause is not None and (topic is None or s.topic == topic)]
    if topic is None:
        requests = [r for r in requests if r.get("unit") and not r.get("guess")]
    requests = [r for r in requests if not r.get("guess")]
    if not requests or not sections:
        return [], None, None
    from dataclasses import replace as _replace

    from assistant.legal.drafting.figures import read_figures

    where = {}
    for s in sections:
        for f in read_figures(s.text, lang):
            where[id(f)] = (s, f)
    changes, asked, changed_topic = [], None, None
    for r in requests:
        uf = UserFigure.from_json(r)
        pool = candidates(uf, [f for _s, f in where.values()], [])
        topics = {where[id(f)][0].topic for f in pool}
        if len(topics) != 1:
            if len(topics) > 1:
                from assistant.chat.wording import say

                from assistant.chat.wording import join
                from assistant.legal.drafting.figures import figure_words

                seen = list(dict.fromkeys(f"{where[id(f)][0].title} ({figure_words(f, lang)})" for f in pool))[:3]
                asked = say(lang, "figure_which_article", value=uf.text, options=join(seen, lang).replace(
                    " et ", " ou ").replace(" and ", " or "))
            continue
        section = where[id(pool[0])][0]
        mine = [t for t in contract.text_figures if t.get("topic") == section.topic]
        others = [t for t in contract.text_figures if t.get("topic") != section.topic]
        overrides = dict(contract.overrides)
        res = resolve(_replace(section.clause, text=section.text), [r], lang, overrides, {}, mine, drafting=False)
        if res.question and not res.changes:
            asked = res.question
            continue
        contract.overrides.update({k: v for k, v in overrides.items() if contract.overrides.get(k) != v})
        contract.text_figures = others + [{**t, "topic": section.topic} for t in mine]
        changes += res.changes
        changed_topic = changed_topic or section.topic
    return changes, asked, changed_topic


def pending_question(uf: UserFigure, pool: list[TextFigure], names: list[frozenset] | None = None) -> dict:
    """What is kept while the user is asked which figure they meant: their figure and the options (each with its
    role words and the words of its name, when a slot holds it)."""
    names = names or [frozenset()] * len(pool)
    return {"kind": "figure", "figure": uf.to_json(),
            "options": [{"value": f.value, "unit": f.unit, "words": sorted(f.words | n | stems(f.lead)),
                         "text": f.text} for f, n in zip(pool, names)]}


_ORDINAL = ((0, r"\b(?:premier|premiere|1er|first)\b"), (1, r"\b(?:deuxieme|second|2e|2nd)\b"),
            (2, r"\b(?:troisieme|third|3e|3rd)\b"), (-1, r"\b(?:dernier|derniere|last)\b"))


def answer_to_question(pending: dict, text: str) -> dict | None:
    """The user's figure, now naming the figure it replaces, when the short answer to our question picks one option
    (by its value, "the 24 hours one", or by its words, "le plafond"); None when it picks none or several."""
    from assistant.text.numbers import find_quantities

    options = pending.get("options") or []
    low = fold(text)
    if len(low.split()) > 12:
        return None
    values = {q.value for q in find_quantities(text)}
    words = stems(low) - _PARTIES
    picked = [o for o in options if o["value"] in values]
    if not picked and options:  # the option with most words in common ("le délai d'alerte")
        best = max(len(words & frozenset(o.get("words") or ())) for o in options)
        picked = [o for o in options if best and len(words & frozenset(o.get("words") or ())) == best]
    if not picked:  # "le premier", "the last one"
        picked = [options[i] for i, rx in _ORDINAL if options and re.search(rx, low) and abs(i) <= len(options)][:1]
    if len({(o["value"], o["unit"]) for o in picked}) != 1:
        return None
    figure = dict(pending.get("figure") or {})
    figure.update({"old": picked[0]["value"], "unit": figure.get("unit") or picked[0]["unit"]})
    return figure
