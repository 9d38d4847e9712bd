"""Helpers every claim kind shares: evidence spans, cues, claim dates, attribution."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from datetime import date

from spacy.tokens import Doc, Token

from .. import dates
from ..schema import Claim, ClaimDate, Cue, TextSpan
from ..spans import entity_of, text_of

_DATE_PREPS = {"on", "in", "at", "during", "late", "early", "last", "this", "earlier"}
_RELATIVE_WORDS = {"yesterday", "today", "tonight", "tomorrow", "overnight"}


def published_date(doc: Doc) -> date | None:
    value = doc._.published
    return dates.parse_published(value) if value else None


def char_span(doc: Doc, start: int, end: int) -> TextSpan:
    return TextSpan(text_of(doc)[start:end], start, end)


def token_span(tokens: Iterable[Token]) -> TextSpan | None:
    toks = sorted(tokens, key=lambda t: t.i)
    toks = [t for t in toks if not t.is_space]
    while toks and toks[-1].is_punct and toks[-1].text not in ("\u201d", '"', ")"):
        toks.pop()
    while toks and (toks[0].is_punct and toks[0].text not in ("\u201c", '"', "(")):
        toks.pop(0)
    if not toks:
        return None
    doc = toks[0].doc
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    return TextSpan(text_of(doc)[start:end], start, end)


def evidence(doc: Doc, start: int, end: int) -> TextSpan:
    """The sentence or sentences covering ``start:end``, trimmed of white space."""
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None:
        return char_span(doc, start, end)
    s = first[0].sent.start_char
    e = first[-1].sent.end_char
    text = text_of(doc)[s:e]
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    return TextSpan(text[lead:trail], s + lead, s + trail)


def cue_of(tokens: list[Token], lemma: str | None = None) -> Cue:
    toks = sorted(tokens, key=lambda t: t.i)
    doc = toks[0].doc
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    return Cue(text_of(doc)[start:end], lemma or " ".join(t.lemma_.lower() for t in toks), start, end)


def date_modifier(verb: Token) -> tuple[str, int, int] | None:
    """The date expression attached to a verb: "said on Thursday", "told reporters yesterday"."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ in ("npadvmod", "tmod", "advmod", "obl", "nmod") and (
            child.ent_type_ in ("DATE", "TIME") or child.lower_ in _RELATIVE_WORDS
        ):
            span = _date_span(child)
            if span:
                return span
        if child.dep_ == "prep" and child.lower_ in ("on", "in", "at", "during", "late", "early"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ == "DATE":
                    span = _date_span(pobj)
                    if span:
                        return text_of(doc)[child.idx : span[2]], child.idx, span[2]
    # "said Thursday" parsed loosely: a DATE entity right after the verb.
    nxt = verb.nbor(1) if verb.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.ent_type_ == "DATE"
        and nxt.ent_iob_ == "B"
        and (nxt.lower_ in dates.WEEKDAYS or nxt.lower_ in _RELATIVE_WORDS)
    ):
        return _date_span(nxt)
    return None


def _date_span(tok: Token) -> tuple[str, int, int] | None:
    doc = tok.doc
    if tok.ent_type_ == "TIME":
        # Only times that name a day: "last night", "this morning", "Friday morning".
        ent = entity_of(tok)
        if ent is None or not any(
            t.lower_ in ("last", "this", "yesterday", "tonight") or t.lower_ in dates.WEEKDAYS for t in ent
        ):
            return None
        return ent.text, ent.start_char, ent.end_char
    if tok.ent_type_ == "DATE":
        ent = entity_of(tok)
        # Keep the expression tight: "Friday 376" mis-tagged as one DATE.
        words = [t for t in ent if not t.like_num or t.i == tok.i or t.nbor(-1).lower_ in dates.MONTHS]
        s, e = words[0].idx, words[-1].idx + len(words[-1])
        return text_of(doc)[s:e], s, e
    if tok.lower_ in _RELATIVE_WORDS:
        return tok.text, tok.idx, tok.idx + len(tok)
    return None


# Week-level expressions name no day: the guide leaves "said last week" undated.
_COARSE = re.compile(r"\b(week|weekend|month|year|decade|century)s?\b", re.I)


def claim_date(doc: Doc, verb: Token | None, *fallback_verbs: Token) -> ClaimDate:
    """When a claim was made: the verb's own date ("said on Thursday"), a date that
    opens the sentence ("On Friday, ... saying"), else the publication date."""
    base = published_date(doc)
    candidates = [v for v in (verb, *fallback_verbs) if v is not None]
    if verb is not None:
        candidates.append(verb.sent.root)
    for v in candidates:
        found = date_modifier(v)
        if not found:
            continue
        text, start, _ = found
        if v == verb.sent.root and v not in (verb, *fallback_verbs) and start > _subject_start(v):
            continue  # a later date of the main clause belongs to that clause only
        if _COARSE.search(text):
            continue
        value = dates.resolve(text, base, future=dates.is_future(v))
        if value:
            return ClaimDate(value, text, "text")
    if doc._.published:
        return ClaimDate(doc._.published, None, "published")
    return ClaimDate(None, None, "none")


def _subject_start(verb: Token) -> int:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.left_edge.idx if subject is not None else verb.idx


def enclosing_statement(doc: Doc, start: int, end: int) -> Claim | None:
    """The statement whose content holds ``start:end``: its speaker reported the claim."""
    best = None
    statements = doc.user_data.get("claimx_statement_index")
    if statements is None or statements[1] != len(doc._.claims):  # built once per component
        listed = sorted(
            (c for c in doc._.claims if c.type == "statement" and c.content is not None), key=lambda c: c.content.start
        )
        statements = doc.user_data["claimx_statement_index"] = (
            [c.content.start for c in listed],
            len(doc._.claims),
            listed,
        )
    starts, _, listed = statements
    # Contents are bounded (a quote, a clause): look only at those starting shortly before.
    hi = bisect.bisect_right(starts, start)
    lo = bisect.bisect_left(starts, start - 20_000)
    for claim in listed[lo:hi]:
        if claim.content.start <= start and end <= claim.content.end:
            if best is None or (claim.content.end - claim.content.start) < (best.content.end - best.content.start):
                best = claim
    return best


def in_furniture(doc: Doc, start: int, end: int) -> bool:
    """Whether a span touches page furniture or the headline (see ``claimx_blocks``)."""
    return any(
        s.start_char < end and start < s.end_char
        for key in ("claimx_furniture", "claimx_headline")
        for s in doc.spans.get(key, [])
    )


def inherit_attribution(doc: Doc, claim: Claim, start: int, end: int) -> Claim | None:
    """Give a count or agreement the speaker, cue and date of the statement around it;
    returns that statement, if any."""
    statement = enclosing_statement(doc, start, end)
    if statement is not None:
        claim.speaker = statement.speaker
        claim.cue = statement.cue
        claim.date = statement.date
    return statement
