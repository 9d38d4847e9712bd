"""Skimming: blank the sentences that cannot hold a claim before the statistical
pipeline reads them (``claimx extract --skim``).

A claim needs a trigger word in its sentence: a cue of speech ("said", "according to"),
of agreement ("signed", "rejected") or of harm ("killed", "wounded", "deaths"), or a
quotation. A sentence with none of them is replaced by spaces -- line breaks kept, so
every offset and every paragraph stays where it was -- except for the full names in it
whose surname the article uses again, with the two words before each (a title, a role);
the tagger, parser and NER pass over the rest for almost nothing. What that costs: what only a skipped sentence tells (a role, a gender, a name the
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
_END_WRAPPED = re.compile(r"(?<=[a-z0-9%][.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]|\b[A-Z][a-z]{0,3}|(?:[A-Za-z]\.)+[A-Za-z])\.$")
_WORD = re.compile(r"[A-Za-z]+")
# A capitalised word, capitals inside allowed ("McAuliffe", "O'Brien"), acronyms not.
_NAME_WORD = r"[A-Z][A-Za-z'\u2019-]*[a-z]"
_CAPITALISED = re.compile(rf"\b{_NAME_WORD}\b")
_FULL_NAME = re.compile(rf"\b({_NAME_WORD}(?: [A-Z]\.)?) ({_NAME_WORD})\b")


def hard_wrapped(text: str) -> bool:
    """True when single newlines are line wrapping inside paragraphs, not breaks."""
    lines = text.split("\n")
    joined = sum(
        1 for a, b in zip(lines, lines[1:]) if len(a) > 50 and b.strip() and a.rstrip()[-1:] not in '.!?:"\u201d'
    )
    return joined >= 3 and joined > 0.3 * sum(1 for line in lines if line.strip())


def sentence_bounds(text: str, wrapped: bool = False) -> Iterator[tuple[int, int]]:
    """Rough sentences of ``text`` as ``(start, end)``, never across a line break -- or,
    in ``wrapped`` text (:func:`hard_wrapped`), never across a blank line.

    >>> [(a, b) for a, b in sentence_bounds("Gen. Lee left. He said so.\\nNext")]
    [(0, 15), (15, 26), (27, 31)]
    >>> [(a, b) for a, b in sentence_bounds("He left\\nearly. Then\\n\\nNext", wrapped=True)]
    [(0, 15), (15, 19), (21, 25)]
    """
    end_of_sentence = _END_WRAPPED if wrapped else _END
    offset = 0
    for block in re.split(r"(\n\s*\n)" if wrapped else r"(\n)", text):
        if block.strip() and not (wrapped and block.isspace()):
            start = 0
            for m in end_of_sentence.finditer(block):
                if not _ABBREVIATION.search(block, 0, m.start()):
                    yield offset + start, offset + m.end()
                    start = m.end()
            if start < len(block):
                yield offset + start, offset + len(block)
        offset += len(block)


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
    """Blanks the sentences of a text that hold no trigger word and no quotation, all but
    the full names the article uses again; the first line always stays."""

    def __init__(self, triggers: frozenset[str]):
        self.triggers = triggers

    def __call__(self, text: str, wrapped: bool | None = None) -> str:
        """``text`` with its claimless sentences blanked; ``wrapped``: whether its lines
        are hard-wrapped (:func:`hard_wrapped`), if the caller knows already."""
        wrapped = hard_wrapped(text) if wrapped is None else wrapped
        quotes = [q.outer for q in find_quotes(text)]
        capitalised = Counter(_CAPITALISED.findall(text))
        # The first line stays: the pipeline tells a headline by being the first line
        # (a text of one line has none).
        first_line_end = max(text.find("\n", len(text) - len(text.lstrip())), 0)
        pieces, kept_to, q = [], 0, 0
        for start, end in _cut_at(sentence_bounds(text, wrapped), first_line_end):
            while q < len(quotes) and quotes[q][1] <= start:
                q += 1
            quoted = q < len(quotes) and quotes[q][0] < end
            if start < first_line_end or quoted or self._triggered(text, start, end):
                continue
            pieces.append(text[kept_to:start])
            pieces.append(_skipped(text, start, end, capitalised))
            kept_to = end
        pieces.append(text[kept_to:])
        return "".join(pieces)

    def _triggered(self, text: str, start: int, end: int) -> bool:
        return any(m.group().lower() in self.triggers for m in _WORD.finditer(text, start, end))


def _skipped(text: str, start: int, end: int, capitalised: Counter) -> str:
    """A skipped sentence, blanked but for its full names whose surname the article uses
    again, each with the two words before it (a title, a role): "Virginia Gov. Terry
    McAuliffe toured ..." keeps what a later "McAuliffe said" needs for the NER."""
    pieces, at = [], start
    for m in _FULL_NAME.finditer(text, start, end):
        if capitalised[m.group(2)] > 1:
            name_start = _name_with_title(text, at, m.start())
            pieces += [_blank(text[at:name_start]), text[name_start : m.end()]]
            at = m.end()
    rest = _blank(text[at:end])
    stop = _FULL_STOP.search(text, at, end) if at > start else None
    if stop is not None:
        # The kept names end with the sentence's own full stop, in its place: the parser
        # must not run them into the next sentence ("purchase of The Times ... That deal
        # closed").
        rest = rest[: stop.start() - at] + text[stop.start()] + rest[stop.start() - at + 1 :]
    pieces.append(rest)
    return "".join(pieces)


# A sentence's closing punctuation, with the quotes or brackets after it, up to its end.
_FULL_STOP = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")


def _blank(piece: str) -> str:
    return re.sub(r"[^\n]", " ", piece)


def _name_with_title(text: str, since: int, name_start: int) -> int:
    """Where a name with the two words before it starts (not before ``since``).

    >>> text = "Sen. Tim Kaine and Gov. Terry McAuliffe"
    >>> text[_name_with_title(text, 0, text.index("Terry")):]
    'and Gov. Terry McAuliffe'
    """
    words = list(re.finditer(r"\S+", text[since:name_start]))
    return since + words[-2:][0].start() if words else name_start


def _cut_at(bounds: Iterable[tuple[int, int]], cut: int) -> Iterator[tuple[int, int]]:
    """``bounds`` with the one that spans offset ``cut`` cut in two there (a headline
    that hard-wrapped copy runs into its first paragraph)."""
    for start, end in bounds:
        if start < cut < end:
            yield start, cut
            yield cut, end
        else:
            yield start, end
