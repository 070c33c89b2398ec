"""The conversation's words (prompts/chat.yaml): messages, labels, plural forms, the scope
described from the facts the user stated (defaults named as such), and a last pass that keeps
internal identifiers out of anything shown to the user."""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from assistant.legal.drafting.slots import format_value
from assistant.paths import PROMPTS_DIR


@lru_cache(maxsize=1)
def _catalog() -> dict:
    return yaml.safe_load((PROMPTS_DIR / "chat.yaml").read_text(encoding="utf-8"))


def say(lang: str, key: str, **kw) -> str:
    node = _catalog()["en" if lang == "en" else "fr"]
    for part in key.split("."):
        node = node[part]
    return node.format(**kw) if kw else node


def own_words(text: str) -> str:
    """The user's own words of a search query: the words the router appended to it for retrieval (catalog `query.*`,
    never shown, in either language) cut off its end. s28: what the user said raises the issues an answer adds and
    the facts it reads, never words added for the search ("… transfert hors UE pays tiers …" after a question that
    names no transfer)."""
    added = [p for lang in ("fr", "en") for p in _catalog()[lang]["query"].values()]
    cut = True
    while cut:
        cut = False
        for phrase in added:
            if text.endswith(" " + phrase):
                text, cut = text[: -len(phrase) - 1].rstrip(), True
    return text


def label(lang: str, group: str, key) -> str:
    table = _catalog()["labels"]["en" if lang == "en" else "fr"][group]
    if isinstance(key, bool):
        key = "true" if key else "false"
    return table.get(key, str(key).replace("_", " "))


def plural(n: float, unit: str, lang: str) -> str:
    """'1 site', '2 sites', '1 heure', '0,5 heure' (French singular below 2), '12 mois'."""
    one, many = _catalog()["labels"]["en" if lang == "en" else "fr"]["units"].get(unit, [unit, unit])
    many_form = (abs(n) >= 2) if lang == "fr" else (n != 1)
    return f"{format_value(n, lang)} {many if many_form else one}"


def join(items: list[str], lang: str) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + (" et " if lang == "fr" else " and ") + items[-1]


FIGURE_UNITS = (("_hours", "hour"), ("_months", "month"), ("_days", "day"), ("_years", "year"))


def figure_value(slot: str, value, lang: str) -> str:
    if slot.endswith("_hours") and 0 < float(value) < 1:
        return f"{round(float(value) * 60)} min"  # "30 min", not "0.5 hours"
    for suffix, unit in FIGURE_UNITS:
        if slot.endswith(suffix):
            return plural(float(value), unit, lang)
    if slot.endswith("_percent"):
        return f"{format_value(value, lang)} %"
    if slot.endswith("_eur"):
        return f"{format_value(value, lang)} €" if lang == "fr" else f"EUR {format_value(value, lang)}"
    return format_value(value, lang)


def figures_text(figures: dict, lang: str, said: dict | None = None, before: dict | None = None) -> str:
    """'préavis : 3 mois'; a figure the user gave in another unit is shown in that unit ('conservation : 2 ans');
    with the values `before` the change, the change itself ('préavis : 3 mois → 2 mois')."""
    sep = " : " if lang == "fr" else ": "

    def value(k, v) -> str:
        said_as = (said or {}).get(k)
        if said_as and said_as[1] in ("year", "day"):
            return plural(float(said_as[0]), said_as[1], lang)
        return figure_value(k, v, lang)

    def change(k, v) -> str:
        old = (before or {}).get(k)
        if isinstance(old, (int, float)) and not isinstance(old, bool) and isinstance(v, (int, float)) and old != v:
            return f"{figure_value(k, old, lang)} → {value(k, v)}"
        return value(k, v)

    return join([f"{label(lang, 'figures', k)}{sep}{change(k, v)}" for k, v in figures.items()], lang)


def fact_text(name: str, value, lang: str) -> str:
    if name == "users":
        return plural(int(value), "users", lang)
    if name == "sites":
        return plural(int(value), "sites", lang)
    if name in ("hours", "control", "criticality", "on_site", "personal_data"):
        return label(lang, name, value)
    if name == "monthly_fee_eur":
        return _catalog()["labels"]["en" if lang == "en" else "fr"]["fee"].format(value=format_value(value, lang))
    if name in ("client_name", "provider_name"):
        return _catalog()["labels"]["en" if lang == "en" else "fr"][name].format(value=value)
    if name == "services":
        return join([label(lang, "services", s) for s in value], lang)
    if name == "assets":
        return join([label(lang, "assets", a) for a in value], lang)
    return f"{name}: {value}"


DESCRIBED = ("users", "sites", "hours", "control", "on_site", "personal_data", "criticality", "monthly_fee_eur",
             "client_name", "provider_name")


def describe_scope(state, lang: str, *, defaults: bool = True) -> str:
    """Stated facts as stated; the defaults a draft relied on named as assumptions to confirm."""
    scope = state.scope()
    stated = set(state.stated())
    inferred = set(state.inferred())
    said = [fact_text(f, getattr(scope, f), lang) for f in DESCRIBED if f in stated and getattr(scope, f) is not None]
    if "services" in stated:
        said.append(fact_text("services", scope.services, lang))
    # s26: a fact read from the client's trade (a law firm handles personal data) is said as an inference to confirm
    guessed = [fact_text(f, getattr(scope, f), lang) for f in DESCRIBED if f in inferred and getattr(scope, f) is not None]
    assumed = [fact_text(f, getattr(scope, f), lang) for f in ("users", "sites", "hours", "control", "on_site",
                                                               "personal_data", "criticality")
               if f not in stated and f not in inferred and getattr(scope, f) is not None]
    if "services" not in stated:  # the services filled by default are an assumption too, never "indiqué"
        assumed.append(say(lang, "services_assumed", services=", ".join(label(lang, "services", s)
                                                                       for s in scope.services)))
    if not said:
        out = say(lang, "scope_all_default", facts=join(assumed, lang)) if defaults else ""
        return (out + " " + say(lang, "scope_inferred", facts=join(guessed, lang))).strip() if guessed and defaults else out
    out = say(lang, "scope_stated", facts=join(said, lang))
    if guessed:
        out += " " + say(lang, "scope_inferred", facts=join(guessed, lang))
    if defaults and assumed:
        out += " " + say(lang, "scope_defaults", facts=join(assumed, lang))
    return out


def stated_short(state, lang: str) -> str:
    """'60 utilisateurs, heures ouvrées ; autres points non précisés' — the stated facts only."""
    scope = state.scope()
    stated = set(state.stated())
    said = [fact_text(f, getattr(scope, f), lang) for f in DESCRIBED if f in stated and getattr(scope, f) is not None]
    rest = "autres points non précisés" if lang == "fr" else "other points not given"
    none = "aucun fait précisé" if lang == "fr" else "no fact given"
    return f"{join(said, lang)} ; {rest}" if said and lang == "fr" else (f"{join(said, lang)}; {rest}" if said else none)


def counted(n: int, unit: str, lang: str) -> str:
    return plural(n, unit, lang)


# -- no internal identifier in user text ----------------------------------------------------------
_ID = re.compile(r"(?<![\w./{-])([a-z]+(?:_[a-z0-9]+)+)(?![\w/}(-])")
_PAREN_ID = re.compile(r"\s*\((?:clause|guide|term|gdpr|case|law|user)\.[\w.-]+\)")


def scrub(text: str, lang: str) -> str:
    """Known identifiers become their labels; any other snake_case word loses its underscores;
    knowledge-base ids in parentheses are dropped."""
    text = _PAREN_ID.sub("", text)
    cat = _catalog()["labels"]["en" if lang == "en" else "fr"]
    table = {**cat["commitments"], **cat["figures"]}
    ids = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    text = re.sub(r"\s*\((?:" + ids + r")\)", "", text)  # "délai de prise en charge (response_time)"

    def sub(m: re.Match) -> str:
        word = m.group(1)
        if word in table:
            return table[word]
        return word.replace("_", " ")

    return _ID.sub(sub, text)


@lru_cache(maxsize=1)
def _moves() -> dict:
    return yaml.safe_load((PROMPTS_DIR / "chat_moves.yaml").read_text(encoding="utf-8"))


def say_move(lang: str, key: str, **kw) -> str:
    """The wording of the s27 conversation moves (prompts/chat_moves.yaml), as `say` for prompts/chat.yaml."""
    node = _moves()["en" if lang == "en" else "fr"]
    for part in key.split("."):
        node = node[part]
    return node.format(**kw) if kw else node
