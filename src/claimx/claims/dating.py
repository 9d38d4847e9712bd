"""When a claim was made: find the date expression that belongs to a cue, then resolve it.

Every claim kind asks the same question of the same parse, so the answer lives here
and nowhere else. A date belongs to a cue when the text ties them together:

* the cue's own modifier: "said *on Thursday*", "told reporters *yesterday*";
* a noun the cue governs that carries a date: "said in *an Oct. 26 letter*",
  "wrote in a case study *published Monday*", "according to *a 2018 survey*",
  "told *a rally on Nov. 6*";
* the speaker's own date: "*a posting from Friday* theorized", "*Friday's statement* said";
* a date right after the cue that the parser hung on the reported clause:
  "said *on Monday* fighting was continuing";
* the sentence's opening adverbial: "*On Tuesday last week*, Reagan said ...".

    >>> import claimx
    >>> [c["date"] for c in claimx.extract("Reagan said in an Oct. 26 letter that talks would go on.",
    ...                                    published="2019-11-20")]
    [{'value': '2019-10-26', 'text': 'Oct. 26', 'source': 'text'}]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from .. import dates, lexicons
from ..schema import ClaimDate
from ..spans import entities_in, entity_of, quoted_title, text_of
from .common import participle_opening_sentence, present_tense, published_date, reported_before

Found = tuple[str, int, int]  # (expression, start, end)

_RELATIVE_WORDS = dates.RELATIVE_DAY_WORDS
_PARTS_OF_DAY = dates.PARTS_OF_DAY
_PERIODS = {"week", "weekend", "month", "year"}
_TIME_ADVERBS = {"earlier", "later", "late", "early"}
_DATE_PREPS = {"on", "in", "at", "during", "late", "early", "over", "from", "dated"}
# Prepositions that lead from a cue to the occasion or document it was made in.
_OCCASION_PREPS = {"in", "at", "during", "on", "through", "via", "to", "with", "from"}
# Expressions too coarse to date a claim by ("in recent decades", "this century").
_COARSE = re.compile(r"\b(decade|century)s?\b", re.I)
_YEAR = re.compile(r"(?:fiscal )?\d{4}", re.I)
# Words of a time ahead, which no past or present act of saying can be dated by.
_AHEAD = re.compile(r"\b(next|coming|upcoming|tomorrow)\b|\blater (this|in the|next)\b", re.I)


def claim_date(doc: Doc, verb: Token | None, *fallback_verbs: Token, of_the_cue_only: bool = False) -> ClaimDate:
    """When a claim was made: the date tied to ``verb`` (or to a ``fallback_verbs``, the
    clause a participle hangs from), a date that opens the sentence, else the publication
    date. An expression that cannot be resolved keeps its words in ``text``.

    ``of_the_cue_only`` for a cue that attributes the sentence it sits in ("according to"):
    the sentence's own dates are then when its events happened ("On Wednesday, gunmen
    killed 12 villagers, according to Amnesty"), not when the source told of them."""
    base = published_date(doc)
    unresolved = None
    if of_the_cue_only and verb is not None:
        candidates = ((found, verb) for found in dates_of_verb(verb))
    else:
        candidates = _candidates(verb, fallback_verbs)
    for (text, start, _), holder in candidates:
        if _COARSE.search(text):
            continue
        future = dates.is_future(holder)
        if not future and _AHEAD.search(text) and not dates.is_shift(text):
            continue  # "promised a vote later this year", "next week": when the thing promised is
        if _after_the_thing_promised(holder, text, start):
            continue
        value = dates.resolve(text, base, future=future) or _shifted_from_before(text, holder, base)
        if value:
            return ClaimDate(value, text, "text")
        unresolved = unresolved or text
    if doc._.published:
        return ClaimDate(doc._.published, unresolved, "published")
    return ClaimDate(None, unresolved, "none")


def _past_perfect(verb: Token) -> bool:
    """ "had agreed", "had been signed": before the time the sentence tells of."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _shifted_from_before(text: str, holder: Token, base) -> str | None:
    """ "Last Thursday, the council told the court ... A week earlier, police said ...": a day
    told from the last day the sentence before gave."""
    if not dates.is_shift(text):
        return None
    for found in _dates_before(holder.sent):
        anchor = dates.resolve_past(found[0], base)
        if anchor is not None and len(anchor) == 10:
            return dates.shift(text, anchor)
    return None


def _after_the_thing_promised(holder: Token, text: str, start: int) -> bool:
    """ "promised a vote on the subsidies in December", "by Friday": a month or a deadline
    after the object of a verb of commitment (lexicons/commitment_verbs.txt) is when the
    thing promised will be ("pledged $5 million on Tuesday" is when it was pledged)."""
    if holder.lemma_.lower() not in lexicons.words("commitment_verbs.txt"):
        return False
    if not text.lower().startswith(("in ", "by ", "before ", "until ")):
        return False
    return any(c.dep_ == "dobj" and c.idx < start for c in holder.children)


def _candidates(verb: Token | None, fallback_verbs: tuple[Token, ...]) -> Iterator[tuple[Found, Token]]:
    """Date expressions in order of preference, each with the verb it belongs to."""
    if verb is None:
        return
    for found in dates_of_verb(verb):
        yield found, verb
    for v in fallback_verbs:
        # "decided to weigh in on Monday, saying ...": the clause's own verb and its infinitive.
        for holder in (v, *(c for c in v.children if c.dep_ == "xcomp")):
            for found in dates_of_verb(holder):
                yield found, holder
    for occasion in _occasion_between(verb):
        for found in dates_of_verb(occasion):
            yield found, occasion
    for occasion in _occasion_of_clause(verb):
        for found in noun_dates(occasion):
            yield found, verb
    if _when_clause(verb):
        # "the cases came to light last week, when authorities announced ...": then.
        for found in _own_modifiers(verb.head):
            yield found, verb.head
    if _when_of_a_date(verb):
        # "Talks broke down on May 19, when the union rejected the offer": on May 19.
        found = date_span(verb.head)
        if found is not None:
            yield found, verb
    root = verb.sent.root
    if verb.dep_ == "relcl" and (present_tense(verb) or _past_perfect(verb)):
        # "On Oct. 2, 48 died, according to the IOM, which estimates ...": the estimate is now;
        # "Last week Novo made an offer for Metsera, which had already agreed to be bought by
        # Pfizer": the agreement came before
        return
    # A date of the main clause counts only where it opens the sentence:
    # "On Tuesday, ...", "Speaking last night, Chirac said ...".
    opening = _subject_start(root)
    holders = [] if root in (verb, *fallback_verbs) else [root]
    holders += [
        c
        for c in root.children
        if c.dep_ == "advcl" and c.i < opening and c not in fallback_verbs and not (verb == root and _own_event(c))
    ]
    for holder in holders + _asked_opening(verb, holders):
        for found in dates_of_verb(holder):
            if found[1] < opening:
                yield found, holder
    if _at_the_time(verb) or _at_the_time(root):
        # the time of what the sentence reports, else of what the sentence before told
        for found in (*_dates_reported_before(verb), *_dates_before(verb.sent)):
            yield found, verb


def _asked_opening(verb: Token, holders: list[Token]) -> list[Token]:
    """ "Asked on Monday whether cuts had hampered forecasts, Leavitt called ...": a
    participle of speech opening the sentence is the occasion, wherever the parser hung it
    (here inside the question)."""
    first = verb.sent[0]
    if first in holders or first == verb or not participle_opening_sentence(first):
        return []
    return [first] if speaks_here(first) or first.lemma_.lower() in lexicons.words("occasion_verbs.txt") else []


def _occasion_between(verb: Token) -> Iterator[Token]:
    """A participle of speaking set between the speaker and the cue: "Harris, speaking at
    a rally on Saturday, said ..." was said on Saturday (the parser hangs it on the cue or
    on the speaker)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for clause in [*verb.children, *(c for s in subjects for c in s.children)]:
        if (
            clause.dep_ in ("advcl", "acl")
            and clause.tag_ == "VBG"
            and _subject_start(verb) < clause.idx < verb.idx
            and (clause.lemma_.lower() in lexicons.words("occasion_verbs.txt") or speaks_here(clause))
        ):
            yield clause


def _own_event(clause: Token) -> bool:
    """Whether an opening "when" clause dates an event of its own, the time of what was
    said rather than of saying it: "When the officers discovered the body Aug. 10,
    prosecutors alleged [they] acknowledged ..." dates the acknowledging, not the
    alleging. One without a subject ("When asked on Monday") or about an
    occasion of speech ("When Ghani announced the exchange last week, he said", "When he
    spoke on Monday") is when the claim was made; so is one of "after" ("After the market
    closed yesterday, GM said"), which news uses for what came just before. A concession
    ("Although its ratios exceeded the minimum at the end of 1986, ...") tells an event of its own."""
    if any(c.dep_ == "mark" and c.lower_ in ("although", "though", "whereas") for c in clause.children):
        return True  # "Although its ratios exceeded the minimum at the end of 1986, First City said"
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "while", "as") for c in clause.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    lemma = clause.lemma_.lower()
    return lemma not in lexicons.words("occasion_verbs.txt", "occasion_nouns.txt") and not speaks_here(clause)


def speaks_here(verb: Token) -> bool:
    """Whether a cue verb speaks here: "announced the exchange", but "found the body" or
    "would continue to fight" only with a clause of what was found or said (the cue's
    frame in lexicons/cue_verbs.tsv)."""
    frame = _cue_frame(verb)
    if frame in ("clause-only", "finding"):
        return any(c.dep_ == "ccomp" for c in verb.children)
    return frame is not None


def _cue_frame(verb: Token) -> str | None:
    """The frame lexicons/cue_verbs.tsv gives a verb, with its particle where the lexicon
    lists the two words ("ruled out")."""
    table = lexicons.mapping("cue_verbs.tsv")
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return (table.get(f"{lemma} {particle}") if particle else None) or table.get(lemma)


def a_verb_of_saying(verb: Token) -> bool:
    """A verb of saying here, whose dates are when something was said: "said", "told", or
    a cue with the clause of what was said ("reported Friday that ..."); not "slammed into
    a building" (lexicons/cue_verbs.tsv)."""
    frame = _cue_frame(verb) if verb.pos_ == "VERB" else None
    return frame == "any" or (frame is not None and any(c.dep_ == "ccomp" for c in verb.children))


def _at_the_time(verb: Token) -> bool:
    """Whether "at the time" (or "at that time") dates the verb: a time the text gave
    before. Not "at the time of the attack", which names its own occasion."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            for time in prep.children:
                if (
                    time.dep_ == "pobj"
                    and time.lower_ == "time"
                    and any(d.lower_ in ("the", "that") for d in time.children)
                    and not any(c.dep_ in ("prep", "relcl", "acl") for c in time.children)
                ):
                    return True
    return False


def _dates_reported_before(verb: Token) -> Iterator[Found]:
    """The dates of the clause a closing cue reports, the last first: "Gunmen stormed the
    school on Nov. 17, killing a guard, police said at the time" -- at the time of Nov. 17."""
    doc = verb.doc
    opening = _subject_start(verb)
    for ent in reversed([e for e in entities_in(verb.sent) if e.label_ == "DATE" and e.end_char <= opening]):
        yield text_of(doc)[ent.start_char : ent.end_char], ent.start_char, ent.end_char


def _dates_before(sent) -> Iterator[Found]:
    """The date entities of the sentence before ``sent``, the last first: what "at the
    time" points back to ("In August, CBP announced ... At the time, the agency said")."""
    doc = sent.doc
    if sent.start == 0:
        return
    previous = doc[sent.start - 1].sent
    for ent in reversed([e for e in entities_in(previous) if e.label_ == "DATE"]):
        yield text_of(doc)[ent.start_char : ent.end_char], ent.start_char, ent.end_char


def _occasion_of_clause(verb: Token) -> Iterator[Token]:
    """The occasion an "in which"/"during which" clause describes: "a March 21 phone call
    he made to Omar's office, in which he said ..." -- the nouns above the clause, nearest
    first (the parser may hang it on a later noun, "office")."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "prep" and c.lower_ in ("in", "during", "at") and any(w.lower_ == "which" for w in c.children)
        for c in verb.children
    ):
        return
    node = verb.head
    for _ in range(4):
        if node.pos_ == "NOUN":
            yield node
        if node.head == node:
            return
        node = node.head


def _when_clause(verb: Token) -> bool:
    """A clause opened by "when" that follows and modifies another verb: it happened at
    that verb's time."""
    return verb.dep_ == "advcl" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX") and _opened_by_when(verb)


def _when_of_a_date(verb: Token) -> bool:
    """A clause opened by "when" that the parser hung on a date: "on May 19, when ..."; so
    "where" after a place and its date ("held talks in Istanbul on June 2, where they agreed")."""
    if verb.dep_ != "relcl" or verb.head.ent_type_ != "DATE":
        return False
    return _opened_by_when(verb) or verb.left_edge.lower_ in ("when", "where")


def _opened_by_when(verb: Token) -> bool:
    return any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") and c.i < verb.i for c in verb.children)


def dates_of_verb(verb: Token) -> Iterator[Found]:
    """The date expressions tied to a cue (see the module docstring), most likely first:
    what follows the cue before what precedes it (a date left of the cue is often the
    parser's misreading of an opening phrase)."""
    if verb.pos_ == "NOUN":  # a deal named by a noun: "last month's accord with Iran"
        yield from noun_dates(verb)
    own = sorted(_own_modifiers(verb), key=lambda f: (f[1] < verb.idx, abs(f[1] - verb.idx)))
    own = [f for f in own if not _period_of_a_count(verb, f)]
    yield from (f for f in own if f[1] > verb.idx)
    for show in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and quoted_title(c)):
        yield from _own_modifiers(show)  # 'told CBS's "Face the Nation" on Sunday': parsed as a verb
    yield from _right_after(verb)
    yield from _in_governed_nouns(verb)
    yield from _right_before_the_clause(verb)
    yield from _of_subject(verb)
    yield from (f for f in own if f[1] < verb.idx and not _ahead_of_a_closing_attribution(verb, f))


def _ahead_of_a_closing_attribution(verb: Token, found: Found) -> bool:
    """ "Rescuers pulled a man from the rubble on Monday, nearly 60 hours after the quake,
    the fire department said": a date the parser hung on a closing cue but written before
    its speaker is the reported event's ("police on Monday said" is the cue's)."""
    reported = reported_before(verb)
    if reported is None:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return reported.right_edge.idx < found[1] < (subject.left_edge.idx if subject is not None else verb.idx)


def _period_of_a_count(verb: Token, found: Found) -> bool:
    """Whether a date is the period of a count the cue has as its object, not when it was
    said: "in 2025" in "the CDC confirmed 607 cases in 2025", "in the quarter" in "reported
    a loss of $5 million in the quarter" (but "reported the figures on Monday")."""
    text, start, _ = found
    if not text.lower().startswith(("in ", "during ", "over ")):
        return False
    return any(c.dep_ == "dobj" and c.right_edge.idx < start and _a_count(c) for c in verb.children)


def _a_count(noun: Token) -> bool:
    """A noun counted or priced: "607 cases", "a loss of $5 million", "a net profit of 43.9 mln
    dlrs"; not "a two-year contract" (a number joined by a hyphen counts years, not contracts)."""
    doc = noun.doc
    return any(
        t.tag_ == "$" or (t.like_num and not (t.i + 1 < len(doc) and doc[t.i + 1].text == "-")) for t in noun.subtree
    )


def _own_modifiers(verb: Token) -> Iterator[Found]:
    """ "said on Thursday", "told reporters yesterday", "announced over the weekend"."""
    for child in verb.children:
        if child.dep_ in ("npadvmod", "tmod", "advmod", "obl", "nmod") and (
            child.ent_type_ in ("DATE", "TIME") or child.lower_ in _RELATIVE_WORDS
        ):
            span = date_span(child)
            if span:
                yield span
        elif child.dep_ == "npadvmod":
            yield from _unnamed_period(child)
        if child.dep_ == "prep" and child.lower_ in _DATE_PREPS:
            yield from _prep_date(child)
        if child.dep_ == "advmod" and child.lower_ in _TIME_ADVERBS:
            # "Earlier on Monday, the president said": the date hangs from the adverb.
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in _DATE_PREPS:
                    yield from _prep_date(prep)


def _unnamed_period(noun: Token) -> Iterator[Found]:
    """ "last night", "this week" the NER left untagged: a period noun with its "last"/"this"."""
    if noun.lower_ not in _PARTS_OF_DAY | _PERIODS:
        return
    first = next((c for c in noun.children if c.i < noun.i and c.lower_ in ("last", "this", "next", "earlier")), None)
    if first is not None:
        yield text_of(noun.doc)[first.idx : noun.idx + len(noun)], first.idx, noun.idx + len(noun)


def _prep_date(prep: Token) -> Iterator[Found]:
    """ "on Nov. 6": the preposition with its date object."""
    for pobj in prep.children:
        if pobj.dep_ == "pobj" and pobj.ent_type_ in ("DATE", "TIME"):
            span = date_span(pobj)
            if span and pobj.ent_type_ == "TIME" and span[1] > pobj.left_edge.idx:
                yield span  # "on the night of Nov. 16": the day a time of day is on
            elif span:
                yield text_of(prep.doc)[prep.idx : span[2]], prep.idx, span[2]


def _in_governed_nouns(verb: Token) -> Iterator[Found]:
    """A date carried by the occasion or document a cue names: "said in an Oct. 26
    letter", "according to a 2018 survey", "told a rally on Nov. 6"."""
    for prep in verb.children:
        # "In a statement Tuesday, ...": the date hung on the preposition, beside its occasion
        if prep.dep_ == "prep" and prep.lower_ in _OCCASION_PREPS:
            for date in prep.children:
                if date.dep_ == "npadvmod" and date.ent_type_ in ("DATE", "TIME"):
                    span = date_span(date)
                    if span:
                        yield span
    for noun in _occasions(verb):
        # "endorsed the candidate in Sunday's election, and warned": the day of an event it
        # was in, not of an occasion of saying ("in Monday's speech", "at Sunday's rally")
        an_event = noun.head.lower_ == "in" and not _said_on(noun)
        yield from (f for f in noun_dates(noun) if not (an_event and _possessive_date(noun, f)))
        # "during the sentencing in a letter posted Tuesday": one more occasion inside.
        for inner in _occasions(noun):
            yield from noun_dates(inner)


def _occasions(head: Token) -> Iterator[Token]:
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in _OCCASION_PREPS:
            for pobj in child.children:
                # not a figure: "warned of a resurgence, with 359,000 cases reported in 2024"
                if (
                    pobj.dep_ == "pobj"
                    and pobj.pos_ in ("NOUN", "PROPN")
                    and not pobj.ent_type_
                    and not _a_figure(pobj)
                ):
                    yield pobj
        elif child.dep_ in ("dobj", "dative") and head.pos_ in ("VERB", "AUX"):
            # "told the BBC on Sunday": the parser hangs the date on the one told
            if child.pos_ == "NOUN" or (child.pos_ == "PROPN" and head.lemma_.lower() == "tell"):
                yield child


def noun_dates(noun: Token) -> Iterator[Found]:
    """The dates a noun carries: "an *Oct. 26* letter", "*Monday's* speech", "a posting
    *from Friday*", "a case study *published Monday*", "an interview that *aired Sunday*"."""
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "amod", "poss", "nummod", "npadvmod") and child.ent_type_ in (
            "DATE",
            "TIME",
        ):
            span = date_span(child)
            if span and not _scope_year(span[0], noun) and not _a_figure(noun):
                yield span
        if child.dep_ == "prep" and child.lower_ in ("from", "on", "dated"):
            yield from _prep_date(child)
        if child.dep_ == "prep" and child.lower_ == "in" and _said_on(noun):  # "their meeting in November"
            yield from _prep_date(child)
        if child.dep_ == "acl":  # "published Monday", "posted on Twitter Tuesday", "made 24 hours ago"
            yield from _own_modifiers(child)
        if child.dep_ == "relcl" and _said_on(noun):  # "in an interview that aired Sunday"
            yield from _own_modifiers(child)


def _possessive_date(noun: Token, found: Found) -> bool:
    """ "Sunday's", "last week's" on the noun."""
    return any(c.dep_ == "poss" and c.left_edge.idx <= found[1] <= c.idx for c in noun.children)


def _said_on(noun: Token) -> bool:
    """An occasion or a document something is said in (not "market share in 1986")."""
    return noun.lemma_.lower() in lexicons.words("occasion_nouns.txt", "speech_nouns.txt", "document_sources.txt")


def _a_figure(noun: Token) -> bool:
    """A noun that gives an amount ("a second-quarter net loss of $1.6 billion", "the 2024
    toll of 300"): a date on it is the period the figure covers, not a day something was said."""

    def amount(tok: Token) -> bool:
        return tok.tag_ == "$" or (tok.like_num and tok.ent_type_ not in ("DATE", "TIME"))

    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    return any(amount(t) for prep in of for t in prep.subtree) or any(
        c.dep_ == "nummod" and amount(c) for c in noun.children
    )


def _scope_year(expression: str, noun: Token) -> bool:
    """A bare year that names what a thing covers, not when it was made: "a 1988
    budget", "the 2020 election". A document's year is its date: "a 2018 survey"."""
    # What is dated by the year it was made in: documents and what speaks through them.
    documents = lexicons.words("speech_nouns.txt", "document_sources.txt")
    return bool(_YEAR.fullmatch(expression)) and noun.lemma_.lower() not in documents


def _of_subject(verb: Token) -> Iterator[Found]:
    """ "A posting from Friday theorized ...", "Friday's statement said ...", "the 2018
    report, which said ..."."""
    # the last of two: "About 1,500 people spent Sunday night in shelters, the office said"
    # lent the cue the reported clause's subject too
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ in ("nsubj", "nsubjpass")), None)
    subject = subject or next((c for c in verb.rights if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "the 2018 report, which said ...": the report speaks
    if subject is not None and subject.pos_ in ("NOUN", "PROPN") and not subject.ent_type_:
        yield from noun_dates(subject)
    if subject is not None:
        # "Kenya on Thursday became the first country to sign": the verb's date, which the
        # parser hung on the subject before it
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ == "on" and subject.i < prep.i and prep.right_edge.i < verb.i:
                yield from _prep_date(prep)
        # "The governor, who spoke to reporters Tuesday, said ...": the occasion the
        # speaker is introduced by is when it was said; not an earlier one ("Trump, who had
        # spoken to both leaders last week, said ...")
        for clause in subject.children:
            if (
                clause.dep_ == "relcl"
                and clause.lemma_.lower() in lexicons.words("occasion_verbs.txt")
                and not _past_perfect(clause)
            ):
                yield from _own_modifiers(clause)


def _right_after(verb: Token) -> Iterator[Found]:
    """A date written right after the cue, whatever the parser hung it on: "said Thursday",
    "said on Monday fighting was continuing", "told reporters on Friday it would appeal".
    Not "said Monday's attack ...", where the date belongs to the reported clause's subject."""
    found = date_after_cue(verb)
    if found is not None:
        yield text_of(verb.doc)[found[0] : found[1]], *found


def _right_before_the_clause(verb: Token) -> Iterator[Found]:
    """A date that closes the words between the cue and the "that" of what was said,
    whatever the parser hung it on: "wrote in a note to clients last Thursday that the
    quarter was a disaster" (hung on "clients")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    mark = clause.left_edge if clause is not None else None
    if mark is None or mark.lower_ != "that" or mark.dep_ != "mark" or mark.i - verb.i < 3:
        return
    last = verb.doc[mark.i - 1]
    ent = entity_of(last)
    if ent is None or last.ent_type_ != "DATE" or ent.end != mark.i or ent.start <= verb.i:
        return
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in verb.doc[verb.i + 1 : ent.start]):
        return  # the date of another clause between them
    span = date_span(last)
    if span is not None:
        yield span


def date_after_cue(verb: Token) -> tuple[int, int] | None:
    """The character span of a date that follows the cue and what it was told to (its
    preposition included): "on Friday" in "told regulators on Friday it would appeal",
    "last week" in "said last week it had no plans", "in July" in "said in July they were
    developing a definition". ``None`` where none follows, or where
    the words name a duration ("said two years ...") or the reported clause's subject.

        >>> from claimx.pipeline import load; nlp = load()
        >>> doc = nlp("Google told regulators on Friday it would appeal.")
        >>> span = date_after_cue(doc[1])
        >>> doc.text[span[0] : span[1]]
        'on Friday'
    """
    doc = verb.doc
    i = verb.i + 1
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i == i), None)
    if told is not None and told.pos_ in ("NOUN", "PROPN", "PRON"):
        i = told.right_edge.i + 1  # "told reporters", "told the committee"
    start = i
    if i < len(doc) and doc[i].lower_ in ("on", "in") and i + 1 < len(doc):
        i += 1  # "said on Friday it ...", "said in July they were ..."
    if i >= len(doc):
        return None
    tok = doc[i]
    if not (tok.ent_iob_ == "B" and tok.ent_type_ in ("DATE", "TIME")) and tok.lower_ not in _RELATIVE_WORDS:
        return None
    ent = entity_of(tok)
    tokens = list(ent) if ent is not None else [tok]
    if any(t.dep_ in ("poss", "nsubj", "nsubjpass") or t.tag_ == "POS" or _modifies_a_noun_after(t) for t in tokens):
        return None  # "said Monday's attack ...", "said February sales rose"
    if not any(t.lower_ in dates.WEEKDAYS or t.lower_ in _RELATIVE_WORDS or _is_month(t) for t in tokens) and not (
        _a_named_period(tokens)
    ):
        return None  # "said two years ..." is a duration, not when it was said
    span = date_span(tok)
    return (doc[start].idx, span[2]) if span is not None else None


def _modifies_a_noun_after(tok: Token) -> bool:
    return tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.ent_type_ not in ("DATE", "TIME")


def _a_named_period(tokens: list[Token]) -> bool:
    """ "last week", "earlier this month", "this year": a period counted from now."""
    words = [t.lower_ for t in tokens]
    return bool(words) and words[0] in ("last", "this", "earlier", "next") and words[-1] in _PERIODS


def _is_month(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in dates.MONTHS and tok.lower_ not in ("may", "march")


_NUMERIC_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}")
# A length of time written as one word ("a five-year contract", "a 60-day truce", "a
# 6-year-old"), or how often ("its annual meeting"): no day.
_A_LENGTH = re.compile(
    rf"(?:[\w.]+-)+(?:{'|'.join(sorted(dates.TIME_UNITS))})s?(?:-old|-long)?"
    r"|(?:bi)?(?:annual|daily|weekly|monthly|yearly|quarterly)",
    re.I,
)


def date_span(tok: Token) -> Found | None:
    """The date entity around ``tok``, kept tight, as ``(text, start, end)``."""
    doc = tok.doc
    if tok.ent_type_ == "TIME":
        # Only times that name a day: "last night", "this morning", "Friday morning".
        ent = entity_of(tok)
        if ent is None:
            return None
        day = doc[ent.start - 1] if ent.start > 0 else None
        if day is not None and day.lower_ in dates.WEEKDAYS and ent[0].lower_ in _PARTS_OF_DAY:
            # "Sunday evening", tagged DATE + TIME: the day names it
            return text_of(doc)[day.idx : ent.end_char], day.idx, ent.end_char
        named = next((t for t in ent if t.lower_.rstrip(".") in dates.MONTHS or t.lower_ in dates.WEEKDAYS), None)
        if named is not None and named.i > ent.start and doc[named.i - 1].lower_ == "of":
            # "the night of March 1", all tagged TIME: the day it names
            return text_of(doc)[named.idx : ent.end_char], named.idx, ent.end_char
        if not any(
            t.lower_ in ("last", "this", "yesterday", "today", "tonight", "ago") or t.lower_ in dates.WEEKDAYS
            for t in ent
        ):
            return None
        return ent.text, ent.start_char, ent.end_char
    if _names_a_show(tok):
        return None
    if tok.ent_type_ == "DATE":
        ent = entity_of(tok)
        if _names_a_show(ent[0]):
            return None
        if _NUMERIC_DATE.fullmatch(ent.text):  # "2024-06-03", "3/6/2024"
            return ent.text, ent.start_char, ent.end_char
        if _A_LENGTH.fullmatch(ent.text):
            return None  # how long, not when
        ent = _before_a_span_of_time(ent)  # "on Thursday, days after ...", tagged as one DATE
        if not ent.start <= tok.i < ent.end:
            return None
        # Keep the expression tight: "Friday 376" mis-tagged as one DATE; but "two weeks ago".
        words = [
            t
            for t in ent
            if not t.like_num
            or t.i == tok.i
            or t.nbor(-1).lower_.rstrip(".") in dates.MONTHS
            or (t.i + 1 < ent.end and t.nbor(1).lemma_.lower() in dates.TIME_UNITS)
            or dates.is_year(t.text)  # "Nov. 11, 2014": the year after the day's comma
        ]
        words = [t for t in words if t.tag_ != "POS"]  # "Monday's"
        words = _without_leading_nouns(words)  # "an interview last month", tagged as one DATE
        if not words:
            return None
        after = words[-1].i + 1
        if after < len(doc) and doc[after].lower_ in _PARTS_OF_DAY:  # "Monday afternoon"
            words.append(doc[after])
        s, e = words[0].idx, words[-1].idx + len(words[-1])
        return text_of(doc)[s:e], s, e
    if tok.lower_ in _RELATIVE_WORDS:
        return tok.text, tok.idx, tok.idx + len(tok)
    return None


def _names_a_show(tok: Token) -> bool:
    """ "the BBC's Today programme", "ABC's This Week": a deictic word of time written with a
    capital inside a sentence after "the" or a possessive is a programme's name, not a date."""
    return (
        tok.is_title
        and tok.lower_ in ("today", "tonight", "this")
        and tok.i > tok.sent.start
        and tok.nbor(-1).lower_ in ("the", "'s", "\u2019s")
    )


def _before_a_span_of_time(ent: Span) -> Span:
    """A date entity cut before a comma and a bare span of time the NER ran it into:
    "Thursday, days after the FCC approved it" -> "Thursday" ("Nov. 11, 2014" stays whole)."""
    for t in ent[:-1]:
        after = t.nbor(1)
        if t.text == "," and after.lemma_.lower() in dates.TIME_UNITS and after.tag_ == "NNS":
            return ent.doc[ent.start : t.i]
    return ent


_DATE_WORDS = (
    _RELATIVE_WORDS
    | _PARTS_OF_DAY
    | _PERIODS
    | _TIME_ADVERBS
    | {
        "last",
        "this",
        "next",
        "past",
        "previous",  # "told reporters the previous week"
        "mid",
        "ago",
        "day",
        "days",
        "weeks",
        "months",
        "years",
    }
)


def _without_leading_nouns(words: list[Token]) -> list[Token]:
    """The date words of an entity the NER ran too far left: "an interview last month" ->
    "last month". An article before a date word stays ("the past week")."""
    k = 0
    while k < len(words) and not _date_word(words[k]):
        if words[k].lower_ in ("the", "a", "an") and k + 1 < len(words) and _date_word(words[k + 1]):
            break
        k += 1
    return words[k:] if k < len(words) else words


def _date_word(tok: Token) -> bool:
    word = tok.lower_.rstrip(".")
    return tok.like_num or word in dates.MONTHS or word in dates.WEEKDAYS or word in _DATE_WORDS


def _subject_start(verb: Token) -> int:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.left_edge.idx if subject is not None else verb.idx
