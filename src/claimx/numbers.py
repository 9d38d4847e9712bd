"""Counts as news writes them: "at least 132", "about 30,000", "dozens", "10 to 15".

:func:`parse_count` turns the words of a count (with its qualifier) into a
:class:`~claimx.schema.Count`, following GUIDE.md section 2::

    >>> parse_count("at least 132")
    Count(value=None, min=132, max=None, qualifier='at_least', text='at least 132')
    >>> parse_count("about 30,000").value
    30000
    >>> parse_count("dozens").min
    24
"""

from __future__ import annotations

import re

from .schema import Count

UNITS = {
    "zero": 0,
    "no": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "mln": 1_000_000,
    "billion": 1_000_000_000,
    "bln": 1_000_000_000,
}
# A dozen is exact; plural scale words are vague lower bounds (GUIDE.md).
EXACT_NOUNS = {"dozen": 12, "score": 20, "couple": 2}
VAGUE_PLURALS = {
    "tens": 20,  # "tens of civilians", common in translated reports
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "tens of thousands": 20000,
    "hundreds of thousands": 200000,
    "millions": 2_000_000,
}

QUALIFIERS_BEFORE = [
    ("at least", "at_least"),
    ("more than", "at_least"),
    ("over", "at_least"),
    ("above", "at_least"),
    ("upwards of", "at_least"),
    ("in excess of", "at_least"),
    ("no fewer than", "at_least"),
    ("no less than", "at_least"),
    ("up to", "at_most"),
    ("fewer than", "at_most"),
    ("less than", "at_most"),
    ("at most", "at_most"),
    ("as many as", "at_most"),
    ("as high as", "at_most"),
    ("no more than", "at_most"),
    ("under", "at_most"),
    ("below", "at_most"),
    ("about", "about"),
    ("around", "about"),
    ("some", "about"),
    ("nearly", "about"),
    ("almost", "about"),
    ("roughly", "about"),
    ("approximately", "about"),
    ("an estimated", "about"),
    ("estimated", "about"),
    ("close to", "about"),
    ("an approximate", "about"),
    ("some estimated", "about"),
]
QUALIFIERS_AFTER = [("or more", "at_least"), ("plus", "at_least"), ("or so", "about")]
QUALIFIER_WORDS = {w for phrase, _ in QUALIFIERS_BEFORE + QUALIFIERS_AFTER for w in phrase.split()}


def word_value(text: str) -> int | None:
    """The integer a single number written in digits or words stands for.

    >>> word_value("twenty-two"), word_value("30,000"), word_value("1.5 million")
    (22, 30000, 1500000)
    """
    t = text.lower().strip().replace("\u2009", "").replace("\u00a0", " ")
    if not t:
        return None
    t = re.sub(r"(?<=\d),(?=\d{3}\b)", "", t)
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(hundred|thousand|million|mln|billion|bln)?", t)
    if m:
        number = float(m[1]) * (SCALES[m[2]] if m[2] else 1)
        return int(round(number)) if number == int(number) or m[2] else None
    if t in EXACT_NOUNS:
        return EXACT_NOUNS[t]
    if t in ("a dozen", "one dozen"):
        return 12
    if t in ("half a dozen", "a half-dozen", "a half dozen", "half-dozen"):
        return 6
    total, current, seen = 0, 0, False
    for part in re.split(r"[\s-]+", t):
        if part == "and":
            continue
        if part in UNITS and part not in ("a", "an", "no"):
            current += UNITS[part]
        elif part in ("a", "an") and not seen:
            current += 1
        elif part in TENS:
            current += TENS[part]
        elif part in SCALES:
            current = max(current, 1) * SCALES[part]
            if SCALES[part] >= 1000:
                total, current = total + current, 0
        elif part in EXACT_NOUNS:
            current = max(current, 1) * EXACT_NOUNS[part]
        else:
            return None
        seen = True
    return total + current if seen else None


def is_number_word(word: str) -> bool:
    w = word.lower()
    return (
        (w in UNITS and w not in ("a", "an", "no"))
        or w in TENS
        or w in SCALES
        or w in EXACT_NOUNS
        or w in VAGUE_PLURALS
        or bool(re.fullmatch(r"\d[\d,]*(\.\d+)?", w))
        or bool(re.fullmatch(r"[a-z]+-[a-z]+", w) and word_value(w) is not None)
    )


def parse_count(text: str) -> Count | None:
    """Parse a count with its qualifier; ``None`` if ``text`` holds no number."""
    raw = " ".join(text.split())
    t = raw.lower()
    qualifier = "exact"
    body = t
    for phrase, q in QUALIFIERS_BEFORE:
        if body.startswith(phrase + " "):
            qualifier, body = q, body[len(phrase) + 1 :]
            break
    for phrase, q in QUALIFIERS_AFTER:
        if body.endswith(" " + phrase):
            qualifier, body = q, body[: -len(phrase) - 1]
            break
    m = re.fullmatch(r"(?:between\s+)?(.+?)\s*(?:-|–|to|and)\s*(.+)", body)
    if m and qualifier == "exact":
        low, high = word_value(m[1]), word_value(m[2])
        if low is not None and high is not None and low < high:
            return Count(None, low, high, "range", raw)
    vague = body[: -len(" of")] if body.endswith(" of") else body  # "scores of", "tens of thousands of"
    if vague in VAGUE_PLURALS:
        return Count(None, VAGUE_PLURALS[vague], None, "about", raw)
    value = word_value(body)
    if value is None:
        return None
    if qualifier in ("exact", "about"):
        return (
            Count(
                value, value if qualifier == "exact" else None, value if qualifier == "exact" else None, qualifier, raw
            )
            if qualifier == "exact"
            else Count(value, None, None, "about", raw)
        )
    if qualifier == "at_least":
        return Count(None, value, None, "at_least", raw)
    return Count(None, None, value, "at_most", raw)
