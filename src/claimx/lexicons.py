"""Word lists that drive the rule components, read from ``claimx/lexicons/``.

The lists are data, not code: extend a file to teach claimx a new cue word. Each
loader is cached, so the files are read once per process.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("claimx").joinpath("lexicons", name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
        if line.strip():
            out.append(line.strip())
    return out


@cache
def words(*names: str) -> frozenset[str]:
    """One-word-per-line lists as one set, lower-cased: ``words("cue_verbs.txt")``,
    ``words("agreement_nouns.txt", "proposal_nouns.txt")`` (their union, built once)."""
    return frozenset(line.lower() for name in names for line in _lines(name))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated file as rows of fields."""
    return tuple(tuple(field.strip() for field in line.split("\t")) for line in _lines(name))


@cache
def mapping(name: str) -> dict[str, str]:
    """A two-column tab-separated file as ``{first: second}``."""
    return {row[0].lower(): row[1] for row in table(name) if len(row) >= 2}


@cache
def patterns(name: str) -> tuple[str, ...]:
    """A file of regular expressions, one per line (kept verbatim)."""
    text = resources.files("claimx").joinpath("lexicons", name).read_text(encoding="utf-8")
    return tuple(l.strip() for l in text.splitlines() if l.strip() and not l.startswith("#"))
