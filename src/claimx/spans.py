"""Linear-time views of a ``Doc`` that every rule module needs.

spaCy rebuilds ``doc.text`` and ``doc.ents`` on every access, which made long
documents quadratic; these helpers cache the text and read entities from token
IOB tags instead.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LIKE_NUM, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token


def text_of(doc: Doc) -> str:
    """``doc.text``, cached: spaCy rebuilds the string on every access, which made
    long documents quadratic."""
    text = doc.user_data.get("claimx_text")
    if text is None:
        text = doc.user_data["claimx_text"] = doc.text
    return text


def entity_of(tok: Token) -> Span | None:
    """The entity a token is part of, found from the token's IOB tags (``doc.ents``
    is rebuilt on every access and would make long documents quadratic)."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def of_objects(noun: Token) -> list[Token]:
    """The objects of a word's "of" phrases: "intent" in "a letter of intent", "farmers" in
    "thousands of farmers"."""
    return [
        o
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def between_names(mark: Token) -> bool:
    """Whether a quotation mark stands between two names, around a nickname: either mark of
    'Sean "Diddy" Combs'."""
    doc = mark.doc
    return mark.is_quote and 0 < mark.i < len(doc) - 1 and doc[mark.i - 1].pos_ == doc[mark.i + 1].pos_ == "PROPN"


def entities_in(span: Span) -> list[Span]:
    """The entities inside a span, from token IOB tags."""
    out, i = [], span.start
    while i < span.end:
        tok = span.doc[i]
        if tok.ent_type_ and tok.ent_iob_ == "B":
            ent = entity_of(tok)
            out.append(Span(span.doc, ent.start, ent.end, label=tok.ent_type_))
            i = ent.end
        else:
            i += 1
    return out


# "said" and "says" opening a sentence before the speaker ('Said Ellis: "..."'), which the
# tagger may read as part of the name.
SAID_FORMS = ("said", "says")


def inverted_attribution_end(cue: Token) -> Token | None:
    """The colon or comma that ends the speaker's name after a cue opening its sentence,
    a quotation right after it: the ":" of 'Said Ellis: "..."', the "," of 'Added the
    coach, "..."'. ``None`` for "Said Jalili said ..." (a name) or any other opening."""
    doc = cue.doc
    if not cue.is_sent_start or not cue.is_title:
        return None
    stop = next((t for t in doc[cue.i + 1 : cue.i + 9] if t.text in (":", ",")), None)
    if stop is None or stop.i == cue.i + 1 or stop.i + 1 >= len(doc) or not doc[stop.i + 1].is_quote:
        return None
    return stop


def tokens_among(doc: Doc, words=(), pos=(), numbers: bool = False) -> list[Token]:
    """The tokens whose lower-case form is one of ``words``, whose part of speech is one
    of ``pos`` or (with ``numbers``) that look like a number, in order; found on the
    doc's arrays, which is far cheaper than reading every token's strings when a rule
    needs only a few words.

        >>> import spacy
        >>> [t.i for t in tokens_among(spacy.blank("en")("He said she left."), words={"he", "she"})]
        [0, 2]
    """
    if not len(doc):
        return []
    rows = doc.to_array([LOWER, POS, LIKE_NUM])
    hits = rows[:, 2] != 0 if numbers else numpy.zeros(len(doc), dtype=bool)
    # A comparison per wanted value: the sets are a few words long, where numpy.isin's
    # sorting costs more than it saves.
    for word in words:
        if word in doc.vocab.strings:
            hits |= rows[:, 0] == doc.vocab.strings[word]
    for tag in pos:
        hits |= rows[:, 1] == POS_IDS[tag]
    return [doc[int(i)] for i in numpy.flatnonzero(hits)]


def quoted_title(tok: Token) -> bool:
    """Whether ``tok`` heads a short quotation in title case right after a name's
    possessive: CBS's "Face the Nation", NBC's "Meet the Press" -- a show, not words said."""
    doc = tok.doc
    opening = next((t for t in reversed(doc[max(tok.i - 4, 0) : tok.i]) if t.is_quote), None)
    if opening is None or opening.i < 2 or doc[opening.i - 1].tag_ != "POS":
        return False
    closing = next((t for t in doc[opening.i + 1 : opening.i + 9] if t.is_quote), None)
    if closing is None:
        return False
    words = [t for t in doc[opening.i + 1 : closing.i] if not t.is_punct]
    return bool(words) and all(t.is_title or t.lower_ in _TITLE_SMALL_WORDS for t in words) and words[0].is_title


_TITLE_SMALL_WORDS = {"the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "with"}


# Units a hyphenated age or span of time is written in: "a 6-year-old", "a 10-day truce".
_UNITS_OF_TIME = frozenset({"year", "month", "week", "day", "hour", "minute"})


def opens_a_span_of_time(tok: Token) -> bool:
    """Whether a number opens a hyphenated span of time or age: "17" of "two 17-year-olds",
    "10" of "a 10-day truce".

        >>> import spacy
        >>> doc = spacy.blank("en")("two 17-year-olds")
        >>> opens_a_span_of_time(doc[1]), opens_a_span_of_time(doc[0])
        (True, False)
    """
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in _UNITS_OF_TIME


def an_age(tok: Token) -> bool:
    """Whether ``tok`` is the "old" of an age standing for a person ("a 6-year-old", "the
    78-year-old"): "old" with its measure ("year") before it, as the tokenizer splits the
    hyphens.

        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = ["a", "6", "-", "year", "-", "old"]
        >>> doc = Doc(spacy.blank("en").vocab, words=words, lemmas=words, heads=[5, 3, 3, 5, 5, 5],
        ...           deps=["det", "nummod", "punct", "npadvmod", "punct", "ROOT"])
        >>> an_age(doc[5]), an_age(doc[3])
        (True, False)
    """
    return tok.lower_ == "old" and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in _UNITS_OF_TIME for c in tok.children
    )


def a_ticker(tok: Token) -> bool:
    """Whether ``tok`` opens a wire ticker, the symbol Reuters puts in angle brackets after
    a company's name ("Texaco Inc <TX> said")."""
    return tok.i > 0 and tok.nbor(-1).text == "<"


def a_date_phrase(prep: Token) -> bool:
    """Whether a preposition brings a date: "on Tuesday", "from Friday"."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


_DECADE = re.compile(r"\d0s|(?:twen|thir|for|fif|six|seven|eigh|nine)ties")


def a_decade_of_life(span: Span) -> bool:
    """Whether a DATE entity is someone's age by decade: "in his 60s", "in her early
    thirties" (the small model tags them as dates).

        >>> from claimx.pipeline import load; nlp = load()
        >>> doc = nlp("A man in his 60s died.")
        >>> a_decade_of_life(doc[3:5]), a_decade_of_life(nlp("in the 1960s")[1:3])
        (True, False)
    """
    return any(t.lower_ in ("his", "her", "their") for t in span) and any(_DECADE.fullmatch(t.lower_) for t in span)


def hyphenated_word(tok: Token) -> Span:
    """The whole word a token is part of where hyphens join its parts without spaces:
    "counter-proposal", "vice-president", "Eva-Marie", which the tokenizer splits in three
    and the parser may hang apart; a phrase does not start or end inside one.

        >>> from claimx.pipeline import load; nlp = load()
        >>> doc = nlp("She rejected a counter-proposal - twice.")
        >>> hyphenated_word(doc[3]).text, hyphenated_word(doc[7]).text
        ('counter-proposal', 'twice')
    """
    doc = tok.doc
    start = end = tok.i
    while start >= 2 and _joined_by_a_hyphen(doc[start - 2], doc[start - 1], doc[start]):
        start -= 2
    while end + 2 < len(doc) and _joined_by_a_hyphen(doc[end], doc[end + 1], doc[end + 2]):
        end += 2
    return doc[start : end + 1]


def _joined_by_a_hyphen(left: Token, hyphen: Token, right: Token) -> bool:
    return hyphen.text == "-" and left.is_alpha and right.is_alpha and not left.whitespace_ and not hyphen.whitespace_


# A wire dateline opening a paragraph: "BAKU, Oct 9 (Reuters) - ", "WASHINGTON (AP) — ",
# "LIMA, August 3, 2023 (Reuters) - ", "CAIRO/GAZA - ": a place (or places) in capitals, or
# any place before an agency in brackets, then a dash (or a colon, South Asian style:
# "BENGALURU, June 5 (PTI): "); a hyphen only after a space ("ANZ BANK SETS ONE-FOR-TWO
# BONUS ISSUE" is a headline). It is not part of the first sentence's subject.
DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'\u2019/ -]*[A-Z.](?:,[^()\n\u2013\u2014]{1,40}?)?\s*(?:\([^()\n]{1,30}\))?"
    r"|[^()\n]{2,60}?\s\([A-Z][A-Za-z]{1,15}\)|\([A-Z][A-Za-z]{1,15}\))(?:\s+--?|\s*(?:\u2013|\u2014|:))\s*(?=\S)"
)


# How far into its line a dateline can reach: a place, a date and an agency, a few dozen
# characters; the bound keeps a look at a long line's start from reading the whole line.
_DATELINE_REACH = 200


def in_a_dateline(span: Span) -> bool:
    """Whether ``span`` lies in the wire dateline opening its line ("WASHINGTON" in
    "WASHINGTON, Jan 8 - The United States ..."): where the story was filed from."""
    text = span.doc.text
    window = max(0, span.start_char - _DATELINE_REACH)
    newline = text.rfind("\n", window, span.start_char)
    if newline < 0 and window > 0:
        return False  # its line began further back than any dateline reaches
    line_start = newline + 1
    m = DATELINE.match(text[line_start : line_start + _DATELINE_REACH].split("\n", 1)[0])
    return m is not None and span.end_char <= line_start + m.end()
