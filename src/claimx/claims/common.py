"""Helpers every claim kind shares: evidence spans, cues, claim dates, attribution."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import date
from functools import cache

from spacy.tokens import Doc, Token

from .. import dates, lexicons
from ..schema import Claim, Cue, TextSpan
from ..spans import hyphenated_word, text_of, tokens_among


def published_date(doc: Doc) -> date | None:
    value = doc._.published
    return dates.parse_published(value) if value else None


def present_tense(verb: Token) -> bool:
    """A verb in the simple present: "the IOM, which *estimates*", "the ministry *says*"."""
    return verb.tag_ in ("VBZ", "VBP")


def char_span(doc: Doc, start: int, end: int) -> TextSpan:
    return TextSpan(text_of(doc)[start:end], start, end)


def token_span(tokens: Iterable[Token]) -> TextSpan | None:
    toks = sorted(tokens, key=lambda t: t.i)
    toks = [t for t in toks if not t.is_space]
    # Trailing punctuation (but a closing mark) and a dangling "and" the parser left at the
    # end of a phrase ("a four-day truce and", its conjunct hung elsewhere) are no part of it.
    while toks and (
        (toks[-1].is_punct and toks[-1].text not in ("\u201d", '"', ")", "%"))  # "rose 10%": spaCy's punct
        or (toks[-1].dep_ == "cc" and len(toks) > 1)
    ):
        toks.pop()
    while toks and (toks[0].is_punct and toks[0].text not in ("\u201c", '"', "(")):
        toks.pop(0)
    if not toks:
        return None
    doc = toks[0].doc
    # "a counter" of "a counter-proposal" is no phrase, nor "AFTRA's board" of "SAG-AFTRA's board"
    first, last = hyphenated_word(toks[0])[0], hyphenated_word(toks[-1])[-1]
    start, end = first.idx, last.idx + len(last)
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


def is_passive(verb: Token) -> bool:
    """ "was rejected", "the offer was made": a passive subject or auxiliary on the verb."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def to_infinitive(verb: Token) -> bool:
    """ "to announce", "to sign": the verb with its own "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)


def infinitive_phrase(verb: Token) -> list[Token]:
    """The infinitive's phrase without its "to": "refused *to* attend talks" -> attend talks;
    without a finite verb the parser coordinated with it, which is the sentence's ("agreed to
    exchange prisoners but failed to make progress" -> exchange prisoners)."""
    end = verb.right_edge.i
    finite = next((c for c in verb.children if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP")), None)
    stolen = _subject_of_the_next_clause(verb)
    if finite is not None or stolen is not None:
        end = (finite.left_edge.i if finite is not None else stolen.i) - 1
        while end > verb.i and (verb.doc[end].dep_ == "cc" or verb.doc[end].is_punct):
            end -= 1
    return [t for t in verb.subtree if t.i <= end and not (t.dep_ == "aux" and t.lower_ == "to" and t.head == verb)]


def _subject_of_the_next_clause(verb: Token) -> Token | None:
    """A name the parser coordinated into a phrase that is the subject of the clause after it:
    "agreed to withdraw heavy weapons from the border and Thailand committed to ...", where
    "committed", a past tense with no subject, hangs higher up."""
    doc = verb.doc
    for tok in verb.subtree:
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (
            tok.dep_ == "conj"
            and tok.pos_ == "PROPN"
            and after is not None
            and after.tag_ == "VBD"
            and after.dep_ == "conj"
            and after not in verb.subtree
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children)
        ):
            return tok
    return None


def what_should_be_done(clause: Token) -> bool:
    """A reported clause under a verb of demanding (lexicons/mandative_verbs.txt): in
    "recommended that workers accept it" the workers have done nothing yet."""
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lexicons.words("mandative_verbs.txt")


def relative_clause_ending_at(tok: Token) -> Token | None:
    """The relative clause whose last word is ``tok``: "which Kyiv accepted in March" for
    "March" in "a truce, which Kyiv accepted in March"."""
    return next((a for a in (tok, *tok.ancestors) if a.dep_ == "relcl" and a.right_edge == tok), None)


def reported_before(verb: Token) -> Token | None:
    """The reported clause a closing cue has before it ("Agents detained 42 people, the
    mayor said"), if the parser hung one there."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)


def named_by_a_free_relative(verb: Token) -> Token | None:
    """The noun of "rejected what it called a 'final offer'": the name a free relative gives
    the verb's object (its clause is the noun's head); ``None`` where there is none."""
    for clause in verb.children:
        naming = clause.lemma_.lower() in lexicons.words("naming_verbs.txt")
        if clause.dep_ == "ccomp" and clause.left_edge.lower_ == "what" and naming:
            return next((o for o in clause.children if o.dep_ in ("oprd", "attr") and o.pos_ == "NOUN"), None)
    return None


def names_a_deal_offered(noun: Token | None) -> bool:
    """A deal or something offered to agree to (lexicons/proposal_nouns.txt, agreement_nouns.txt)."""
    return noun is not None and noun.lemma_.lower() in lexicons.words("proposal_nouns.txt", "agreement_nouns.txt")


def participle_opening_sentence(tok: Token) -> bool:
    """ "Asked on Monday whether ...", "Pressed on the issue, ...": a participle that opens
    its sentence and frames the clause after it, wherever the parser hung it."""
    return bool(tok.is_sent_start) and tok.tag_ in ("VBN", "VBG") and tok.dep_ == "advcl"


def cue_of(tokens: list[Token], lemma: str | None = None) -> Cue:
    toks = sorted(tokens, key=lambda t: t.i)
    doc = toks[0].doc
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    return Cue(text_of(doc)[start:end], lemma or " ".join(t.lemma_.lower() for t in toks), start, end)


def enclosing_statement(doc: Doc, start: int, end: int) -> Claim | None:
    """The statement whose content holds ``start:end``: its speaker reported the claim."""
    best = None
    starts, listed = _statements_by_content(doc)
    # Contents are bounded (a quote, a clause): look only at those starting shortly before.
    hi = bisect.bisect_right(starts, start)
    lo = bisect.bisect_left(starts, start - 20_000)
    for claim in listed[lo:hi]:
        if claim.content.start <= start and end <= claim.content.end:
            if best is None or (claim.content.end - claim.content.start) < (best.content.end - best.content.start):
                best = claim
    return best


def in_an_attribution(doc: Doc, start: int) -> bool:
    """Whether offset ``start`` lies between a statement's content and the closing cue after
    it: "killing a staff member, police and a school official said" names who spoke there,
    not someone harmed."""
    starts, listed = _statements_by_content(doc)
    hi = bisect.bisect_right(starts, start)
    lo = bisect.bisect_left(starts, start - 2_000)
    return any(c.content.end <= start < c.cue.start for c in listed[lo:hi])


def _statements_by_content(doc: Doc) -> tuple[list[int], list[Claim]]:
    """The document's statements in the order of their contents, with the contents'
    starts; built once per claim component."""
    index = doc.user_data.get("claimx_statement_index")
    if index is None or index[1] != len(doc._.claims):
        listed = sorted(
            (c for c in doc._.claims if c.type == "statement" and c.content is not None), key=lambda c: c.content.start
        )
        index = doc.user_data["claimx_statement_index"] = ([c.content.start for c in listed], len(doc._.claims), listed)
    return index[0], index[2]


def _reported_past_its_cue(doc: Doc, start: int) -> Claim | None:
    """The statement whose reported clause goes on after a cue set inside it: "The toll
    rose to 2,056, the junta said, with 3,900 injured" (the injured hang on "rose", which
    the junta reported, or on "said"; the content, one stretch of text, stops at the cue)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    tok = span[0]
    sent = tok.sent
    starts, listed = _statements_by_content(doc)
    for claim in listed[bisect.bisect_left(starts, sent.start_char) : bisect.bisect_right(starts, start)]:
        if claim.cue is None or not claim.content.end <= claim.cue.start < start:
            continue
        content = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
        heads = [t for t in content if t.head == t or not content.start <= t.head.i < content.end] if content else []
        if any(head in tok.ancestors for head in heads if head.pos_ in ("VERB", "AUX")):
            return claim
        cue = doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
        if cue is not None and _with_clause_on(cue.root, tok):
            return claim
    return None


def _with_clause_on(cue: Token, tok: Token) -> bool:
    """ "the junta said in a statement late Friday, with 2,376 people injured": the parser hung
    the "with" clause that goes on with the report on the cue itself; so too a participle of
    harm ("drones struck energy facilities, the air force said, killing at least four
    people"), no act of the one who spoke."""
    for node in (tok, *tok.ancestors):
        if node.head == cue and node.i > cue.i:
            return (
                node.lower_ == "with"
                or any(c.dep_ == "mark" and c.lower_ == "with" for c in node.children)
                or (node.tag_ == "VBG" and node.lemma_.lower() in _harm_verbs())
            )
    return False


@cache
def status_table() -> dict[str, tuple[str, str]]:
    """lexicons/casualty_status.tsv as word -> (status, role); the first row for a word wins
    (roles ``place`` aside). Casualty counts read it; so does a report's "killing ..." here."""
    table: dict[str, tuple[str, str]] = {}
    for row in lexicons.table("casualty_status.tsv"):
        if len(row) >= 3 and row[2] != "place":
            table.setdefault(row[0], (row[1], row[2]))
    return table


@cache
def _harm_verbs() -> frozenset[str]:
    """The verbs of lexicons/casualty_status.tsv: "kill", "wound", "abduct" ..."""
    return frozenset(word for word, (_, role) in status_table().items() if role in ("verb", "shot"))


def in_question(tok: Token) -> bool:
    r"""Whether ``tok``'s sentence is a yes-or-no question, which asks rather than tells:
    "Did Russia agree to the terms?" reports no agreement, "Did Putin say so?" no
    statement. A question of "why" or "how" takes what it asks about as done.

        >>> import claimx
        >>> claimx.extract("Talks\n\nQ: Did Russia agree to the terms?", types=["agreement"])
        []
    """
    spans = tok.doc.user_data.get("claimx_questions")
    if spans is None:
        spans = tok.doc.user_data["claimx_questions"] = _yes_no_questions(tok.doc)
    k = bisect.bisect_right(spans, (tok.i, len(tok.doc))) - 1
    return k >= 0 and spans[k][0] <= tok.i < spans[k][1]


def _yes_no_questions(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) token ranges of the document's yes-or-no questions, once per document."""
    text = text_of(doc)
    found = []
    for mark in tokens_among(doc, words=("?",)):
        sent = mark.sent
        if not text[sent.start_char : sent.end_char].rstrip().rstrip("\"'\u201d\u2019)").endswith("?"):
            continue
        first = _opening_word(sent)
        if first is not None and first.tag_ in ("MD", "VBD", "VBZ", "VBP") and first.pos_ in ("AUX", "VERB"):
            found.append((sent.start, sent.end))
    return sorted(set(found))


def _opening_word(sent) -> Token | None:
    """The sentence's first word, past marks and a label such as the "Q:" of an interview."""
    doc = sent.doc
    for tok in sent:
        if tok.is_punct or tok.is_space:
            continue
        if tok.i - sent.start <= 1 and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":":
            continue
        return tok
    return None


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
    statement = enclosing_statement(doc, start, end) or _reported_past_its_cue(doc, start)
    if statement is not None:
        claim.speaker = statement.speaker
        claim.cue = statement.cue
        claim.date = statement.date
    return statement


def subject_of_the_nearer_conjunct(verb: Token) -> Token | None:
    """ "daring the Russian leader to meet him after Putin proposed direct talks but rejected
    calls for a ceasefire": the parser coordinated "rejected" with "daring", a verb of
    another form; the clause just before the "but", in the same tense as the cue and with a
    subject of its own, is the one it goes on."""
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.i < verb.i), None)
    if cc is None:
        cc = next((c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
    if cc is None or cc.i == 0 or verb.head.tag_ == verb.tag_:
        return None
    clause = verb.doc[cc.i - 1]
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause and clause.head.i < verb.i:
        clause = clause.head
    if clause == verb.head or clause.tag_ != verb.tag_ or verb.head not in clause.ancestors:
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)
