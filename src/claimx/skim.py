"""Skimming: blank the sentences that cannot hold a claim before the statistical
pipeline reads them (``claimx extract --skim``).

A claim needs a trigger word in its sentence: a cue of speech ("said", "according to"),
of agreement ("signed", "rejected") or of harm ("killed", "wounded", "deaths"), or a
quotation. A sentence with none of them, and with no full name whose surname the article
uses again, is replaced by spaces -- line breaks kept, so every offset and every
paragraph stays where it was -- and the tagger, parser and NER pass over it for almost
nothing. What that costs: what only a skipped sentence tells (a role, a gender, a name the
NER would have caught) is not known when a later "he said" is resolved.

    >>> skim = Skimmer(inflections({"say"}, {"said": ["say"]}))
    >>> skim("Headline\\nThe sun rose. Smith said it was late.\\nNothing here.")
    'Headline\\n              Smith said it was late.\\n             '
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping

from .quotes import find_quotes

# A sentence ends at ., ! or ? after a small letter or a digit (closing quotes and
# brackets may follow) before a space and a capital, digit or opening quote -- unless
# the word before the stop is an abbreviation ("Mr.", "Gen.", "Jan."). A stop after a
# capital ("U.S.", "E! News") ends nothing. Cutting too little costs only speed; cutting
# inside a name would blank part of it.
_END = re.compile(r"(?<=[a-z0-9%][.!?])[\"'\u201d\u2019)\]]*[ \t]+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]|\b[A-Z][a-z]{0,3}|(?:[A-Za-z]\.)+[A-Za-z])\.$")
_WORD = re.compile(r"[A-Za-z]+")
_CAPITALISED = re.compile(r"\b[A-Z][a-z'\u2019-]+\b")
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+(?: [A-Z]\.)?) ([A-Z][a-z'\u2019-]+)\b")


def sentence_bounds(text: str) -> Iterator[tuple[int, int]]:
    """Rough sentences of ``text`` as ``(start, end)``, never across a line break.

    >>> [(a, b) for a, b in sentence_bounds("Gen. Lee left. He said so.\\nNext")]
    [(0, 15), (15, 26), (27, 31)]
    """
    offset = 0
    for line in text.split("\n"):
        start = 0
        for m in _END.finditer(line):
            if not _ABBREVIATION.search(line, 0, m.start()):
                yield offset + start, offset + m.end()
                start = m.end()
        if start < len(line):
            yield offset + start, offset + len(line)
        offset += len(line) + 1


def inflections(lemmas: Iterable[str], exceptions: Mapping[str, Iterable[str]]) -> frozenset[str]:
    """Every form a claim's trigger word may take: each lemma with the regular English
    endings, and the irregular forms that ``exceptions`` (form -> lemmas, the
    lemmatizer's own table) maps to it.

    >>> forms = inflections({"say", "die", "deny", "note", "stop"}, {"said": ["say"]})
    >>> sorted(forms & {"said", "says", "saying", "died", "dying", "denies", "denied", "not", "did"})
    ['denied', 'denies', 'died', 'dying', 'said', 'saying', 'says']
    >>> sorted(forms & {"noted", "noting", "stopped", "stopping"})
    ['noted', 'noting', 'stopped', 'stopping']
    """
    lemmas = {lemma.lower() for lemma in lemmas}
    forms = {form for lemma in lemmas for form in _regular_forms(lemma)}
    forms.update(form for form, bases in exceptions.items() if lemmas.intersection(bases))
    return frozenset(forms)


def _regular_forms(lemma: str) -> set[str]:
    """A word with the regular endings of English nouns and verbs (a consonant doubled
    or not: "stopped" and "visited" both come out, with some forms that are no word)."""
    if lemma.endswith("ie"):  # die: dies, died, dying
        return {lemma, lemma + "s", lemma + "d", lemma[:-2] + "ying"}
    if lemma.endswith("e"):  # note: notes, noted, noting
        return {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "i", "o", "u"):  # deny
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    plural = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
    doubled = lemma + lemma[-1:]
    return {lemma, plural, lemma + "ed", lemma + "ing", doubled + "ed", doubled + "ing"}


class Skimmer:
    """Blanks the sentences of a text that hold no trigger word, no quotation and no
    full name the article uses again; the first line always stays."""

    def __init__(self, triggers: frozenset[str]):
        self.triggers = triggers

    def __call__(self, text: str) -> str:
        quotes = [q.outer for q in find_quotes(text)]
        capitalised = Counter(_CAPITALISED.findall(text))
        # The first line stays: the pipeline tells a headline by being the first line
        # (a text of one line has none).
        first_line_end = max(text.find("\n", len(text) - len(text.lstrip())), 0)
        pieces, kept_to, q = [], 0, 0
        for start, end in sentence_bounds(text):
            while q < len(quotes) and quotes[q][1] <= start:
                q += 1
            quoted = q < len(quotes) and quotes[q][0] < end
            if start < first_line_end or quoted or self._triggered(text, start, end):
                continue
            if any(capitalised[m.group(2)] > 1 for m in _FULL_NAME.finditer(text, start, end)):
                continue  # "Terry McAuliffe ...": a name that a later "McAuliffe said" needs whole
            pieces.append(text[kept_to:start])
            pieces.append(re.sub(r"[^\n]", " ", text[start:end]))
            kept_to = end
        pieces.append(text[kept_to:])
        return "".join(pieces)

    def _triggered(self, text: str, start: int, end: int) -> bool:
        return any(m.group().lower() in self.triggers for m in _WORD.finditer(text, start, end))
