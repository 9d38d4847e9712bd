"""Casualty counts: how many people were killed, injured, missing, displaced,
detained or abducted (GUIDE.md section 2).

Each number in the text (digits, number words, "dozens") is read with its
qualifier by :mod:`claimx.numbers`, then tied to a status through the parse:

* the number or the noun it counts is the subject or object of a status verb
  ("31 civilians have been killed", "killing 107", "177 miners died");
* it counts a status noun or adjective ("30 deaths", "six dead", "154 wounded");
* "left six people dead", "claimed 30 lives", "the death toll rose to 132";
* coordination carries the verb over ("376 soldiers and 22 civilians had been killed").

    >>> from claimx.pipeline import load; nlp = load()
    >>> [(c.count.value, c.status) for c in find_casualties(nlp("Two Americans were killed."))]
    [(2, 'killed')]
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .. import dates, lexicons
from ..numbers import (
    QUALIFIER_WORDS,
    QUALIFIERS_BEFORE,
    VAGUE_PLURALS,
    is_number_word,
    parse_count,
)
from ..schema import Claim, Count, Period
from ..spans import (
    a_decade_of_life,
    an_age,
    entities_in,
    entity_of,
    of_objects,
    opens_a_span_of_time,
    text_of,
    tokens_among,
)
from ..speakers import SpeakerResolver
from .common import (
    cue_of,
    evidence,
    in_an_attribution,
    in_furniture,
    in_question,
    inherit_attribution,
    present_tense,
    published_date,
    status_table,
    token_span,
)
from .dating import a_verb_of_saying, claim_date, date_span

HYPOTHETICAL = {"could", "might", "may", "would", "should", "can"}
_BAD_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}


# Status nouns whose victims are their "of" phrase, or nothing: "30 deaths", "the deaths of
# four members". Anything else the status lexicon names as a noun is itself the victims.
DEATH_NOUNS = {"death", "fatality", "body", "corpse", "casualty", "toll", "homicide", "killing"}
# Verbs whose subject is the victim even in the active voice: "a man died".
UNACCUSATIVE = {"die", "perish", "succumb", "drown", "flee", "disappear"}


def status_words() -> frozenset[str]:
    """Every word of ``casualty_status.tsv``: the statuses and the places people are held or
    sheltered (of "gun down", the verb; of "evacuation centre", the noun)."""
    return frozenset(key.split()[0] for key in status_table()) | frozenset(key.split()[-1] for key in _places())


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Where people are held or sheltered, with the status it gives them (rows of role
    ``place``): "jail" detained, "shelter" displaced."""
    return {row[0]: row[1] for row in lexicons.table("casualty_status.tsv") if len(row) >= 3 and row[2] == "place"}


@lru_cache(maxsize=1)
def _custody_places() -> frozenset[str]:
    """Where people are held: "in custody", "in jail"."""
    return frozenset(place for place, status in _places().items() if status == "detained")


def names_people(noun: Token) -> bool:
    """Whether a noun names people (or their deaths): the only thing a casualty count counts.

    "31 civilians", "1,002 Syrians", "30 deaths" do; "1.6 million cases", "two special
    elections", "30 jets", "737 Max" do not (GUIDE.md section 2).

        >>> from claimx.pipeline import load; nlp = load()
        >>> names_people(nlp("31 civilians")[1]), names_people(nlp("467,000 cases")[1])
        (True, False)
    """
    people = lexicons.words("person_nouns.txt")
    if any(key in people for key in _word_keys(noun)):
        return True
    if noun.lemma_.lower() in lexicons.mapping("victim_groups.tsv"):
        return True
    # "Syrians", "Palestinians", "the Smiths": plural nationalities and families.
    return noun.ent_type_ in ("NORP", "PERSON") and noun.tag_ in ("NNS", "NNPS")


def find_casualties(doc: Doc) -> list[Claim]:
    table = status_table()
    claims: list[Claim] = []
    seen: set[tuple[int, str]] = set()
    numbers = [
        n
        for n in _number_heads(doc)
        if not in_furniture(doc, n[0].idx, n[-1].idx + 1) and not _pronoun_one(n) and not in_question(n[0])
    ]
    statuses = [_status_for(n, table) for n in numbers]
    counted = [found for found in statuses if found is not None]
    parts: set[int] = set()  # claims counting a part of a whole ("including four children")
    for i, number in enumerate(numbers):
        part = None if statuses[i] else _part_of(_counted_noun(number[-1]), counted)
        # a part of a whole before a count coordinated after it: "12 were killed, including
        # three children, and dozens were injured" (the children are of the 12)
        found = statuses[i] or part or _shared_with_next(numbers, statuses, i)
        if found is None:
            continue
        status, status_tok, noun = found
        if _in_clause_opened_by(number[-1], ("if", "unless")):
            continue  # "If ... those billion people displaced": supposed, not reported
        if in_an_attribution(doc, number[0].idx):
            continue  # "..., a diocese official and two security sources said": who spoke
        count_toks = _with_qualifier(number)
        count = _past_a_mark(parse_count(doc[count_toks[0].i : count_toks[-1].i + 1].text), number[-1])
        if count is None:
            continue
        key = (number[0].i, status)
        if key in seen:
            continue
        seen.add(key)
        claim = _claim(doc, count_toks, count, status, status_tok, noun)
        if noun is None and not claim.victims_text:
            _carry_victims(claim, [c for c in claims if id(c) not in parts])
        if part is not None and found is part:
            parts.add(id(claim))
        claims.append(claim)
    for det, (status, status_tok, noun) in _single_victims(doc, table, counted):
        if in_an_attribution(doc, det.idx):
            continue  # "killing a staff member, police and a school official said": who spoke
        if (det.i, status) not in seen and not in_furniture(doc, det.idx, noun.idx + len(noun)):
            seen.add((det.i, status))
            claims.append(_claim(doc, [det], parse_count(det.text), status, status_tok, noun))
    return claims


def _past_a_mark(count: Count | None, number: Token) -> Count | None:
    """An exact count a verb says was passed is a lower bound: "the death toll topped 2,000"
    is at least 2,000 (lexicons/exceeding_verbs.txt)."""
    if count is None or count.qualifier != "exact" or number.dep_ != "dobj":
        return count
    if number.head.lemma_.lower() not in lexicons.words("exceeding_verbs.txt"):
        return count
    return Count(None, count.value, None, "at_least", count.text)


def _carry_victims(claim: Claim, wholes: list[Claim]) -> None:
    """ "31 civilians have been killed and 154 wounded": a count without its own victims
    takes those of the count of another status just before it in the sentence; a part
    ("killing 23 people, including four children, and injuring 70") is not one of
    ``wholes``."""
    previous = wholes[-1] if wholes else None
    if previous is not None and previous.sentence.start == claim.sentence.start and previous.status != claim.status:
        claim.victims_text, claim.victims_group = previous.victims_text, previous.victims_group


def _in_clause_opened_by(tok: Token, marks: tuple[str, ...], not_of: set[int] = frozenset()) -> bool:
    """Whether ``tok`` sits in a clause its subordinator opens: "If you have even a portion
    of those billion people displaced" (a condition), "since the war began on Oct. 7";
    ``not_of``: indices of clauses that do not count (those that tell the harm itself)."""
    return any(
        node.i not in not_of and any(c.dep_ == "mark" and c.lower_ in marks for c in node.children)
        for node in (tok, *tok.ancestors)
    )


def _part_of(noun: Token | None, counted: list[tuple[str, Token, Token | None]]):
    """The status of a part counted inside a whole: "killed at least 12 people, including
    three children", "27 people, including 10 children, were killed" -- the whole's
    (status, status word), with the part's own victims."""
    if noun is None or not names_people(noun):
        return None
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "including 20 children and nine aid workers": both parts
    if first.dep_ != "pobj" or first.head.lower_ != "including":
        return None
    whole = first.head.head
    for status, status_tok, whole_noun in counted:
        if whole in (status_tok, whole_noun):
            return status, status_tok, noun
    # The parser may hang "including" higher up, on a clause that holds the count
    # ("Israeli airstrikes killed 45 people ..., including 12 children", read as a noun
    # phrase): the nearest count before it in that clause.
    held = [(status, tok) for status, tok, _ in counted if tok.i < noun.i and whole in tok.ancestors]
    return (held[-1][0], held[-1][1], noun) if held else None


def _single_victims(doc: Doc, table: dict, counted: list):
    """One victim with no number: "killed a passenger", "a man has been stabbed to death",
    "the death of a 15-year-old boy", "critical injuries to a 14-year-old girl". Only an
    indefinite "a"/"an" counts: it introduces a victim; "the man" may be one already counted."""
    for det in tokens_among(doc, words=("a", "an")):
        noun = det.head
        if det.dep_ != "det":
            continue
        if not an_age(noun) and (
            noun.tag_ not in ("NN", "NNP")
            or noun.pos_ != "NOUN"
            or not names_people(noun)
            or _status_word(noun, table)
            or _is_death_noun(noun)
        ):
            continue
        if _counted_by_number(noun):
            continue
        phrase = _status_of_phrase(noun, table)
        if phrase is not None and phrase[1].pos_ == "NOUN":
            yield det, (phrase[0], phrase[1], noun)
            continue
        role = noun
        while role.dep_ == "conj" and role.head != role:
            role = role.head  # "two soldiers and a civilian were killed": the first one's place
        included = _part_of(noun, counted)
        if included is not None:
            yield det, included  # "killed 12 people, including a firefighter"
            continue
        verb = role.head
        if role.dep_ == "nsubj" and _injury_told(verb, "nsubj"):
            yield det, ("injured", verb, noun)  # "a firefighter suffered minor injuries"
            continue
        if role.dep_ == "nsubj" and not (verb.lemma_.lower() in UNACCUSATIVE and verb.pos_ == "VERB"):
            continue  # "a gunman killed ...": the subject of an active verb is no victim
        if role.dep_ in ("nsubj", "nsubjpass", "dobj"):
            # as a count's own clause tells it: "a man was shot and killed", "left a man dead"
            found = _status_in_clause(role, role.dep_, verb, noun, table)
            if found is not None and found is not _NOT_SAID and found[2] is not None:
                yield det, found  # (no victim: "took on a life of its own")


def _pronoun_one(run: list[Token]) -> bool:
    """ "one captured by a dashboard camera", "one of at least 707 people": "one" standing for a
    thing, or picking one out of a group counted elsewhere, is no count of its own. One of a
    body's own people ("one of its employees was injured") is one harmed."""
    one = run[-1]
    if len(run) != 1 or one.lower_ != "one":
        return False
    group = _counted_noun(one)
    if group is None:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in one.children) and not _own_people(group)


def _own_people(group: Token) -> bool:
    """ "its employees", "our officers": people named by whose they are, not by a count."""
    return (
        group.tag_ == "NNS"
        and names_people(group)
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in group.children)
        and not any(c.dep_ == "nummod" for c in group.children)
    )


def _shared_with_next(numbers, statuses, i):
    """ "376 of its personnel and 22 civilians had been killed": when the parser loses
    the first of two coordinated counts, it shares the status of the next one."""
    if i + 1 >= len(numbers) or statuses[i + 1] is None:
        return None
    here, there = numbers[i][-1], numbers[i + 1][0]
    between = list(here.doc[here.i + 1 : there.i])
    if here.sent != there.sent or len(between) > 8 or not any(t.lower_ == "and" for t in between):
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct and t.text != "," or t.dep_ == "mark" for t in between):
        return None  # (a "that" opens another clause: "rescued 100 people ... and that one was missing")
    status, status_tok, _ = statuses[i + 1]
    counted = _counted_noun(here) or here
    if counted.dep_ == "dobj" and counted.head != status_tok and counted.head.pos_ == "VERB":
        return None  # "had rescued about 100 people from flooded homes and ...": the rescue's object
    noun = None
    if between and between[0].lower_ == "of":
        noun = next((t for t in between if t.dep_ == "pobj" and t.head == between[0]), None)
    elif between and between[0].pos_ in ("NOUN", "PROPN", "ADJ"):
        noun = next((t for t in between if t.pos_ == "NOUN"), None)
    if noun is not None and not names_people(noun):
        return None  # "467,000 cases and 16,700 deaths": only the deaths are a toll
    return status, status_tok, noun


def _number_heads(doc: Doc) -> list[list[Token]]:
    """Runs of number tokens ("1.5 million", "twenty-two", "dozens") that could count people."""
    runs: list[list[Token]] = []
    end = -1  # the last token of the latest run
    for tok in tokens_among(doc, words=_COUNT_WORDS, pos=("NUM",), numbers=True):
        if tok.i <= end or not _is_count_token(tok):
            continue
        run = _count_run(tok)
        end = run[-1].i
        runs.append(run)
    return [r for r in runs if not _excluded(r)]


def _count_run(first: Token) -> list[Token]:
    """The number tokens that run on from ``first``: "1.5 million", "twenty-two"."""
    doc, i = first.doc, first.i
    if i + 2 < len(doc) and doc[i + 1].lower_ == "of" and f"{first.lower_} of {doc[i + 2].lower_}" in VAGUE_PLURALS:
        return [first, doc[i + 1], doc[i + 2]]  # "hundreds of thousands", "tens of thousands"
    run = [first]
    while i + 1 < len(doc) and doc[i + 1].lower_ not in VAGUE_PLURALS:
        if opens_a_span_of_time(doc[i + 1]):
            break  # "two 17-year-olds": the second number says how old they are
        if _is_count_token(doc[i + 1]):
            i += 1
            run.append(doc[i])
        elif (
            doc[i + 1].text == "-" and i + 2 < len(doc) and _is_count_token(doc[i + 2]) and doc[i].like_num is not False
        ):
            if doc[i].text.isdigit():
                break  # "10-15" is a range, read by the qualifier step
            i += 2
            run.extend([doc[i - 1], doc[i]])
        else:
            break
    return run


# Words that count without being numbers: "dozens", "hundreds", "a dozen", and the first
# word of "tens of thousands".
_COUNT_WORDS = frozenset(VAGUE_PLURALS) | {"dozen"} | {phrase.split()[0] for phrase in VAGUE_PLURALS}


def _is_count_token(tok: Token) -> bool:
    if tok.lower_ in _COUNT_WORDS:
        return True
    if tok.like_num or tok.pos_ == "NUM":
        return is_number_word(tok.text) or tok.lower_ in ("hundred", "thousand", "million")
    return False


def _excluded(run: list[Token]) -> bool:
    first, last = run[0], run[-1]
    if last.ent_type_ in _BAD_ENTS and last.lower_ not in VAGUE_PLURALS:
        # "1002 civilians", "more than 1.4 million Syrian refugees": a number counting people
        # is a count whatever the NER says.
        noun = _counted_noun(last)
        counts_people = (
            last.ent_type_ in ("DATE", "CARDINAL", "QUANTITY")
            and noun is not None
            and noun.tag_ in ("NNS", "NNPS")
            and names_people(noun)
        )
        if not counts_people and not _toll_figure(last):
            return True
    if len(run) == 1 and dates.is_year(first.text):
        return True  # a year
    # An age: "Yasmeen Afdhal, 24," or "aged 24".
    prev = first.nbor(-1) if first.i > 0 else None
    if prev is not None and (
        prev.lower_ in ("aged", "age") or (prev.text == "," and first.i > 1 and first.nbor(-2).ent_type_ == "PERSON")
    ):
        return True
    nxt = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if nxt is not None and nxt.text in ("%", "pct", "percent", "per", "-year", "-old"):
        return True
    if nxt is not None and nxt.text == "-" and nxt.i + 1 < len(last.doc) and nxt.nbor(1).lower_ in _FRACTIONS:
        return True  # "two-thirds of the residents": a share, not a count
    if _score(run) or _whole_of_a_part(last) or _population(last) or _rescued(run) or _of_a_counted_group(last):
        return True
    if (
        nxt is not None
        and nxt.lower_ in ("years", "year")
        and nxt.i + 1 < len(last.doc)
        and nxt.nbor(1).lower_ == "old"
    ):
        return True
    return False


def _rescued(run: list[Token]) -> bool:
    """ "had rescued about 100 people from flooded homes and one person was missing": a
    count right after a verb of rescue (lexicons/rescuing_verbs.txt) is who was rescued."""
    before = _with_qualifier(run)[0].i - 1
    return before >= 0 and run[0].doc[before].lemma_.lower() in lexicons.words("rescuing_verbs.txt")


def _population(number: Token) -> bool:
    """ "In Canoas, a city of 350,000, two hospitals were evacuated": the number of people
    a place has (lexicons/settlement_nouns.txt), or a parent has ("a father of two",
    lexicons/parent_nouns.txt), not of those harmed."""
    return (
        number.dep_ == "pobj"
        and number.head.lower_ == "of"
        and number.head.head.lemma_.lower() in lexicons.words("settlement_nouns.txt", "parent_nouns.txt")
    )


def _of_a_counted_group(number: Token) -> bool:
    """ "killed eight members of one family": a number inside the "of" phrase of a noun
    another number counts tells which group, not how many were harmed."""
    noun = _counted_noun(number)
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    return any(c.dep_ == "nummod" and c.like_num for c in noun.head.head.children)


def _whole_of_a_part(number: Token) -> bool:
    """ "killing 241 of the 242 people on board", "11 of the 20 miners": the number after
    "of" counts everyone there, the one before it those harmed ("three of the 10
    hostages" still counts hostages, and a whole told as harmed is a count too)."""
    noun = _counted_noun(number)
    if noun is None or not _a_partitives_whole(noun):
        return False
    table = status_table()
    return noun.head.head.i < number.i and _status_noun(noun, table) is None and not _harmed_as_a_whole(noun, table)


def _harmed_as_a_whole(noun: Token, table: dict) -> bool:
    """ "rescued 100 of the more than 300 pupils abducted from the school", "three of the 10
    people who were killed": a whole whose own clause tells its harm is a count of it."""
    return any(c.dep_ in ("acl", "relcl") and c.i > noun.i and _status_word(c, table) for c in noun.children)


def _a_partitives_whole(noun: Token) -> bool:
    """ "the 10 hostages" of "three of the 10 hostages": the group a part is counted from."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and _is_count_token(noun.head.head)


_FRACTIONS = {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"}


def _toll_figure(num: Token) -> bool:
    """A figure the NER took for a date or a sum, the entity holding the figure and its
    qualifier only: money with no currency ("displaced more than 12 million"; "$12
    million", "12 million rupees" name theirs), or a toll's figure as a date ("the death
    toll rose to over 47", not "12 May")."""
    ent = entity_of(num)
    if ent is None or not all(t.like_num or t.lower_ in QUALIFIER_WORDS for t in ent):
        return False
    if num.ent_type_ == "MONEY":
        return True
    node, head = _governing_verb(num)
    return num.ent_type_ == "DATE" and _toll_of(node, head) is not None


def _score(run: list[Token]) -> bool:
    """A score or a result, not a count: "beat the Eagles 38-35", "won 3-0", "a 2-2 draw"
    -- two figures joined by a dash, the second no larger than the first (a range "10-15"
    rises). Either figure is a score's."""
    doc = run[0].doc
    first, last = run[0], run[-1]
    if first.i >= 2 and doc[first.i - 1].text in ("-", "–") and doc[first.i - 2].text.isdigit():
        left, right = doc[first.i - 2].text, last.text
    elif last.i + 2 < len(doc) and doc[last.i + 1].text in ("-", "–") and doc[last.i + 2].text.isdigit():
        left, right = first.text, doc[last.i + 2].text
    else:
        return False
    return left.isdigit() and right.isdigit() and int(right) <= int(left)


def _with_qualifier(run: list[Token]) -> list[Token]:
    """Extend a number with its qualifier words: "at least", "more than", "or more", "between ... and"."""
    doc = run[0].doc
    start, end = _range_start(run[0]), run[-1].i
    while (
        start > 0
        and doc[start - 1].lower_ in QUALIFIER_WORDS | {"between", "an", "a", "half"}
        and doc[start - 1].lower_ != "and"
    ):
        if doc[start - 1].lower_ in ("a", "an") and doc[start].lower_ not in (
            *_COUNTED_BY_A,
            "estimated",
            "approximate",
        ):
            break
        if doc[start - 1].lower_ == "half" and doc[start : start + 2].text.lower() != "a dozen":
            break  # only "half a dozen"
        start -= 1
    # "10 to 15", "10-15", "between 10 and 15", "107 or more"
    if (
        end + 2 < len(doc)
        and doc[end + 1].lower_ in ("to", "-", "and")
        and _is_count_token(doc[end + 2])
        and (doc[end + 1].lower_ != "and" or doc[start].lower_ == "between")
        and not (doc[end + 1].lower_ == "to" and start > 0 and doc[start - 1].lower_ == "from")  # "rose from 10 to 15"
    ):
        end += 2
    elif end + 2 < len(doc) and doc[end + 1].lower_ == "or" and doc[end + 2].lower_ in ("more", "so"):
        end += 2
    toks = list(doc[start : end + 1])
    # Keep only words that make a qualifier: "custody of three" is not "upwards of three"
    # (before the "a" of "a dozen" or the "half a" of "half a dozen", which count).
    head = _range_start(run[0])
    if head > 0 and doc[head - 1].lower_ in ("a", "an") and run[0].lower_ in _COUNTED_BY_A:
        head -= 2 if head > 1 and doc[head - 2].lower_ == "half" and run[0].lower_ == "dozen" else 1
    while toks[0].i < head and " ".join(t.lower_ for t in toks[: head - toks[0].i]) not in _QUALIFIER_PHRASES:
        toks.pop(0)
    while (
        toks
        and toks[0].lower_ in ("a", "an")
        and not (len(toks) > 1 and toks[1].lower_ in (*_COUNTED_BY_A, "estimated"))
    ):
        toks.pop(0)
    return toks


# Numbers written with "a": "a dozen", "more than a million".
_COUNTED_BY_A = ("dozen", "hundred", "thousand", "million", "billion")


def _range_start(first: Token) -> int:
    """Where a range ending on the count starts: "23" of "23 to 25 girls", which the parser
    hangs on "25" (not "up to 25", nor "rose from 10 to 15")."""
    doc, i = first.doc, first.i
    if i >= 2 and doc[i - 1].lower_ in ("to", "-") and _is_count_token(doc[i - 2]):
        if not (i >= 3 and doc[i - 3].lower_ in ("from", "up")):
            return i - 2
    return i


_QUALIFIER_PHRASES = {phrase for phrase, _ in QUALIFIERS_BEFORE} | {"between", "a", "an", "an estimated"}


def _status_word(tok: Token, table: dict) -> str | None:
    if tok.lemma_.lower() == "miss" and any(c.dep_ == "dobj" for c in tok.children):
        return None  # "three others are missing the game": the verb "miss", no one missing
    for particle in tok.children:
        if particle.dep_ == "prt" and f"{tok.lemma_.lower()} {particle.lower_}" in table:
            return f"{tok.lemma_.lower()} {particle.lower_}"  # "gunned down", "rounded up"
    for key in _word_keys(tok):
        if key in table:
            return key
    return None


def _infinitive(verb: Token) -> bool:
    """ "to kill": a plan, threat or attempt, not a death -- unless something made it
    happen ("the blast caused 12 people to die", lexicons/causative_verbs.txt)."""
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in lexicons.words("causative_verbs.txt"):
        return _negated_or_hypothetical(verb.head)
    return verb.tag_ == "VB" and (verb.head.tag_ == "TO" or any(c.tag_ == "TO" for c in verb.children))


def _negated_or_hypothetical(verb: Token) -> bool:
    """ "were not killed", "could kill", "threatening to murder": no harm done (yet)."""
    if _infinitive(verb) or (verb.dep_ == "conj" and _infinitive(verb.head)):
        return True
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL and not _uncertain_past(verb, child):
            return True
    return False


def _uncertain_past(verb: Token, modal: Token) -> bool:
    """ "Up to 50 people may have died": a hedged toll of what happened, not a threat; but
    "could have killed hundreds" is what did not happen."""
    return modal.lower_ == "may" and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)


def _counted_noun(num: Token) -> Token | None:
    """The noun a number counts: "31 [Azeri] civilians", "376 of its military personnel"."""
    if num.head.ent_type_ == "DATE" and num.head.pos_ == "PROPN" and num.ent_type_ != "DATE":
        return None  # "wounded at least 23 late Tuesday": a day counts nothing, the parse erred
    if num.dep_ in ("nummod", "quantmod", "amod", "compound") and (
        num.head.pos_ in ("NOUN", "PROPN", "ADJ") or num.head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    ):
        return num.head  # (also a noun the tagger took for a verb: "left 12 inmates dead", "inmates" VBZ)
    if num.dep_ == "npadvmod" and num.head.lower_ in ("more", "additional", "other") and num.head.dep_ == "amod":
        return num.head.head  # "at least 13 more people", the number read as measuring "more"
    of = next((c for c in num.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        return next((c for c in of.children if c.dep_ == "pobj"), None)
    if num.dep_ == "pobj" and num.head.lower_ == "of" and names_people(num.head.head):
        return num.head.head  # "a family of five": five people, the family
    return None


def _counted_by_number(noun: Token) -> bool:
    """A group whose size follows it: "a family of five" is counted by "five", not "a"."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(o.dep_ == "pobj" and o.like_num for o in prep.children)
        for prep in noun.children
    )


def _status_noun(noun: Token, table: dict) -> tuple[str, Token, Token | None] | None:
    """A count of a status noun: "30 deaths", "three hostages", "22 homicides", "30 arrests"
    (a plural made from a status verb counts events, one victim each)."""
    word = _status_word(noun, table)
    if not word:
        return None
    status, role = table[word]
    if role in ("noun", "adj") or (role in ("verb", "of") and noun.pos_ == "NOUN" and noun.tag_ == "NNS"):
        return status, noun, (None if noun.lemma_.lower() == "toll" else noun)
    if role == "verb" and noun.tag_ == "VBN" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return status, noun, noun  # "nine of the wounded": a participle standing for the people
    return None


def _said_to_be_dead(noun: Token, table: dict) -> Token | None:
    """The word that calls a noun's people dead: an adjective ("the 28 deceased hostages") or
    the verb of a relative clause ("the 28 hostages who died in captivity")."""
    for child in noun.children:
        word = _status_word(child, table) if child.dep_ in ("amod", "relcl") else None
        role = "adj" if child.dep_ == "amod" else "verb"
        if word is not None and table[word] == ("killed", role) and not _negated_or_hypothetical(child):
            return child
    return None


def _got_away(noun: Token) -> bool:
    """ "13 prisoners escaped": captives who got away (lexicons/escaping_verbs.txt)."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lexicons.words("escaping_verbs.txt")


def _averted(noun: Token) -> bool:
    """Harm that did not happen: "prevented an estimated 14 million deaths", "models
    project 200,000 deaths", "averted thousands of deaths" (lexicons/averting_verbs.txt)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "thousands of deaths": the count's own place in the clause
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in lexicons.words("averting_verbs.txt")


def _status_of_phrase(noun: Token, table: dict) -> tuple[str, Token] | None:
    """Victims named in a status noun's phrase: "the deaths *of four members*", "injuries *to a
    girl*", "took custody *of three men*", or held "in custody"/"in jail"."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("of", "to") and prep.i > 0:
        # The phrase may be hung on the verb ("resulted ... in critical injuries to a girl"):
        # the noun right before the preposition is the one it completes.
        holder = prep.head if prep.head.pos_ == "NOUN" else prep.nbor(-1)
        word = _status_word(holder, table)
        if (
            word
            and holder.pos_ == "NOUN"
            and table[word][1] in ("noun", "of", "verb")
            and holder.lemma_.lower() not in ("toll", "casualty")
        ):
            if table[word][0] != "injured" or prep.lower_ == "to":
                return table[word][0], holder
    held = _held_in(noun)
    return (held, noun) if held is not None else None


def _held_in(word: Token, preps: tuple[str, ...] = ("in", "into")) -> str | None:
    """The status of where a word puts people: "children in federal custody", "remain in
    jail" (detained); "15,000 people remained in shelters", "about 450,000 remained in
    evacuation centres" (displaced)."""
    places = _places()
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for place in child.children:
                if place.dep_ != "pobj":
                    continue
                noun = place.lemma_.lower()
                named = [f"{m.lower_} {noun}" for m in place.children if m.dep_ in ("compound", "amod")]
                found = next((places[name] for name in [noun, *named] if name in places), None)
                if found is not None:
                    return found
    return None


# Verbs that keep people in a place, the count their subject, and verbs that put them there,
# the count their object.
_KEEPING = ("be", "remain", "stay", "live", "sleep")
_PUTTING = ("take", "place", "put", "move")


def _kept_or_put_in(verb: Token, role_of_count: str) -> str | None:
    """The status of the place a verb keeps the count in ("22 people remain in custody",
    "15,000 remained in shelters") or puts it in ("took four men into custody", "2,000
    residents have been placed in temporary housing", "62,000 people were moved to safer
    ground"; not "were not taken into custody")."""
    lemma = verb.lemma_.lower()
    if role_of_count == "nsubj" and lemma in _KEEPING:
        return _held_in(verb)
    if role_of_count in ("nsubjpass", "dobj") and lemma in _PUTTING and not _negated_or_hypothetical(verb):
        return _held_in(verb, ("in", "into", "to"))  # "were moved to higher ground"
    return None


def _status_for(run: list[Token], table: dict) -> tuple[str, Token, Token | None] | None:
    """(status, the word that says it, the victims noun) for a number, or None."""
    # The run's word that hangs outside it: "two" in "two dozen people" (whose "dozen" the
    # parser hangs on "two").
    num = next((t for t in reversed(run) if t.head.i not in {r.i for r in run}), run[-1])
    noun = _counted_noun(num)
    if noun is not None and noun.tag_ in ("PRP", "WP"):
        # "at least 11 of them later died", "3 million of them have fled abroad": what the
        # verb says of them, if only people can suffer or do it ("seized 11 of them" may be cars)
        found = _status_by_verb(run, num, None, table)
        of_people = found is not None and (found[0] in ("killed", "injured") or found[1].lemma_ in UNACCUSATIVE)
        return found if of_people else None
    if noun is not None:
        if noun.ent_type_ in ("MONEY", "PERCENT") or (noun.ent_type_ == "QUANTITY" and not names_people(noun)):
            return None  # the NER reads "9 migrants" as a quantity now and then
        phrase = _status_of_phrase(noun, table)
        if phrase is not None and phrase[0] == "killed":
            return "killed", phrase[1], noun  # "the bodies of six hostages": dead, whatever they were
        found = _status_noun(noun, table)
        if found is not None and (dead := _said_to_be_dead(noun, table)) is not None:
            found = "killed", dead, noun  # "the 28 deceased hostages": dead, whatever they were
        if found is not None and found[0] != "killed" and not (num.head == noun and _a_partitives_whole(noun)):
            # "three of the 10 hostages were killed", "Twelve prisoners were killed": the harm
            # the verb says befell them (the 10 are still hostages; "two hostages were held"
            # are hostages, not detainees)
            befell = _status_by_verb(run, num, noun, table)
            found = befell if befell is not None and befell[0] in ("killed", "injured") else found
        if found is not None:
            return None if _averted(noun) or (found[0] in ("detained", "abducted") and _got_away(noun)) else found
        if not names_people(noun):
            return None  # "1.6 million cases", "two special elections", "30 jets"
        phrase = _status_of_phrase(noun, table)
        if phrase is not None:
            return phrase[0], phrase[1], noun
        # "one of the wounded": no count of wounded; "hundreds of injured people" is one
        partitive = (
            noun.head.dep_ == "prep" and noun.head.head == num and any(c.dep_ in ("det", "poss") for c in noun.children)
        )
        for child in [] if partitive else noun.children:  # "six dead", "five wounded people"
            w = _status_word(child, table)
            if (
                w
                and child.dep_ in ("amod", "acl", "acomp", "oprd")
                and table[w][1] in ("adj", "verb")
                and child.i > num.i
            ):
                return table[w][0], child, noun
            if child.dep_ == "acl" and child.i > num.i:  # "15,000 people left homeless"
                for grandchild in child.children:
                    w = _status_word(grandchild, table)
                    if w and grandchild.dep_ in ("oprd", "acomp") and table[w][1] == "adj":
                        return table[w][0], grandchild, noun
            said_of_them = _status_of_relative(child, table) if child.dep_ == "relcl" and child.i > num.i else None
            if said_of_them is not None:
                return table[_status_word(said_of_them, table)][0], said_of_them, noun
    return _status_by_verb(run, num, noun, table)


def _status_by_verb(run: list[Token], num: Token, noun: Token | None, table: dict):
    """The status a count takes from its verb: "31 civilians have been killed", "killing 107",
    "left six people dead", "the death toll rose to 132"."""
    # "31 civilians have been killed and 154 wounded": a bare number followed by a participle.
    nxt = num.nbor(1) if num.i + 1 < len(num.doc) else None
    if noun is None and nxt is not None:
        w = _status_word(nxt, table)
        if w and table[w][1] in ("verb", "adj") and nxt.tag_ in ("VBN", "JJ", "VBD"):
            return table[w][0], nxt, None
        captive = _captive(nxt, table)  # "1,200 were killed and about 250 taken hostage"
        if captive is not None:
            return table[_status_word(captive, table)][0], captive, None
    if _a_share_of(noun if noun is not None else num):
        return None  # "one-third of the 90 passengers were injured": not 90
    node, head = _governing_verb(noun if noun is not None else num)
    toll = _toll_of(node, head)
    if toll is not None:
        verb = head.head if head.dep_ == "prep" else head
        # "the death toll could exceed 10,000": a toll feared, not counted
        if verb.pos_ in ("VERB", "AUX") and _negated_or_hypothetical(verb):
            return None
        return _toll_status(toll), toll, None
    if node.dep_ == "pobj" and head.lower_ in QUALIFIER_WORDS and head.dep_ == "prep" and head.head.pos_ == "VERB":
        # "Over 500 were hurt": the qualifier parsed as a preposition; the count is the subject.
        node, head = head, head.head
        node_dep = "nsubjpass"
    else:
        node_dep = node.dep_
    if node_dep in ("nsubj", "nsubjpass", "dobj", "attr", "npadvmod", "pobj"):
        found = _status_in_clause(node, node_dep, head, noun, table)
        if found is not _NOT_SAID:
            return found
    # "killed 107 or more and wounding 238": the number hangs off a coordinated verb.
    if node.dep_ == "conj" and _status_word(node.head, table):
        w = _status_word(node.head, table)
        return table[w][0], node.head, noun
    # "31 civilians have been killed and 154 wounded": the parser makes "154" hang off
    # the second verb or the first verb's conj.
    if num.dep_ in ("nsubj", "nsubjpass", "dobj") or num.head.pos_ in ("VERB",):
        w = _status_word(num.head, table)
        if w and table[w][1] in ("verb", "adj"):
            return table[w][0], num.head, noun
    nxt = run[-1].nbor(1) if run[-1].i + 1 < len(run[-1].doc) else None
    if nxt is not None:
        w = _status_word(nxt, table)
        if w and table[w][1] in ("verb", "adj") and nxt.tag_ in ("VBN", "JJ", "VBD"):
            return table[w][0], nxt, noun
    return _object_of_the_verb_before(run, noun, table)


def _object_of_the_verb_before(run: list[Token], noun: Token | None, table: dict):
    """The status of a past harm verb written just before the count, its qualifier between
    them, where the parser hung the count elsewhere: "killed three people ... and wounded at
    least 34 others, Governor Oleh Syniehubov said" (the parser made "others" the subject of
    "said")."""
    before = _with_qualifier(run)[0].i - 1
    verb = run[0].doc[before] if before >= 0 else None
    if verb is None or verb.tag_ not in ("VBD", "VBN") or (noun is not None and not names_people(noun)):
        return None
    w = _status_word(verb, table)
    if not w or table[w][1] != "verb" or _negated_or_hypothetical(verb):
        return None
    return table[w][0], verb, noun


_SHARES = _FRACTIONS | {"most", "some", "many", "few", "several", "%", "percent", "pct"}


def _a_share_of(node: Token) -> bool:
    """Whether the counted phrase is the whole a share is taken from: "two-thirds of the
    2,000 residents", "most of the 300 passengers", "10% of the 90 people"."""
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    share = node.head.head
    return share.lower_ in _SHARES


def _governing_verb(node: Token) -> tuple[Token, Token]:
    """The count's phrase, climbed through coordination and partitives, and the word it
    hangs from: the verb, or the preposition before the verb."""
    for _ in range(4):
        if node.dep_ == "conj" and node.head.pos_ == "VERB" and node.pos_ in ("NOUN", "PROPN", "NUM"):
            break  # "killed a couple and their three children": the parser coordinated the noun with the verb
        if node.dep_ in ("conj", "appos") or (node.dep_ == "pobj" and node.head.lower_ == "of"):
            node = node.head if node.dep_ != "pobj" else node.head.head
            continue
        break
    head = node.head
    if head.dep_ in ("aux", "auxpass") and head.head != head:
        head = head.head  # "22 are missing", parsed with "are" as the head
    return node, head


def _toll_of(node: Token, head: Token) -> Token | None:
    """The toll a figure gives: "the death toll rose to 132", "the toll stood at 132" (looked
    for before "to" is read as "up to"), "the death toll reached 132"."""
    if node.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if head.lower_ == "to" and verb.dep_ == "prep" and verb.lower_ == "from":
            verb = verb.head  # "climbed from 1,200 to 1,644", "to" hung on "from"
        if verb.pos_ != "VERB":
            return None
        if head.lower_ == "from" and "to" not in (node.left_edge.lower_, node.doc[node.left_edge.i - 1].lower_):
            return None  # "rose from 10 to 15" (both numbers hung on "from"): 10 was the toll before
        return _toll_subject(verb)
    if node.dep_ in ("dobj", "attr") and head.lemma_ in _REACHING:
        return _toll_subject(head)
    return None


_NOT_SAID = object()  # the clause says nothing either way: look further


def _under_arms(noun: Token | None) -> bool:
    """Whether a noun names people under arms (lexicons/victim_groups.tsv): a force that
    "lost nine fighters" or "lost 23 soldiers" had them killed; a company that lost
    employees, or a team that lost players, did not."""
    group = lexicons.mapping("victim_groups.tsv").get(noun.lemma_.lower()) if noun is not None else None
    return group in ("military", "police", "combatant")


def _status_in_clause(node: Token, node_dep: str, verb: Token, noun: Token | None, table: dict):
    """The status the count's own verb gives it, ``None`` when that verb rules one out, or
    ``_NOT_SAID``."""
    if node_dep == "pobj" and verb.pos_ == "ADP":
        return None
    found = _verb_status(verb, node_dep, table)
    if found is not None:
        return (found[0], verb, noun) if found[0] else None
    word = _status_word(verb, table)
    if word and table[word][1] == "lives" and any(c.lemma_.lower() == "life" for c in verb.children):
        # "claimed the lives of at least 20 civilians": the civilians are the victims
        return "killed", verb, (noun if noun is not None and noun.lemma_.lower() != "life" else None)
    if word == "lose" and node_dep == "dobj" and _under_arms(noun) and not _negated_or_hypothetical(verb):
        return "killed", verb, noun  # "the Taliban said it lost nine fighters"
    if verb.pos_ not in ("VERB", "AUX"):
        return _NOT_SAID
    # "left six people dead", "remain missing", "were reported dead", "were reported killed"
    for child in _predicate_candidates(verb):
        w = _status_word(child, table)
        # the status as a predicate: an adjective or a participle, not another clause's
        # active verb ("made millions while holders lost fortunes")
        predicate = w is not None and (
            table[w][1] == "adj" or table[w][1] == "verb" and (child.tag_ in ("VBN", "JJ") or _made_to(verb, child))
        )
        # a clause of its own: "sent 4,500 people to hospital, and 120 have died", "A man has
        # been charged after three people were stabbed"
        own_subject = child.dep_ in ("conj", "advcl", "ccomp") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in child.children
        )
        if (
            predicate
            and (child.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl", "conj", "attr") or child.head != verb)
            and child.i > node.i
            and not own_subject  # another count's
        ):
            return None if _negated_or_hypothetical(verb) else (table[w][0], child, noun)
    if node.dep_ == "dobj" and verb.lemma_ in ("claim", "take", "cost") and noun is not None and noun.lemma_ == "life":
        return "killed", verb, None
    among = _among_the(verb, table) if node_dep in ("attr", "nsubj") and verb.lemma_ == "be" else None
    if among is None and node_dep == "dobj" and verb.lemma_ == "include":
        among = _the_group_including(verb, table)
    if among is not None:
        return table[_status_word(among, table)][0], among, noun
    return _NOT_SAID


def _predicate_candidates(verb: Token) -> Iterator[Token]:
    """The verb's dependents, the complement of an "as" in place of the "as": "600 people
    were listed as missing", "were counted as dead"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            yield from (c for c in child.children if c.dep_ in ("pobj", "pcomp", "amod", "acomp"))
        else:
            yield child


def _among_the(verb: Token, table: dict) -> Token | None:
    """ "Among the dead were nine children", "two soldiers were among the wounded": the
    status word the count is counted among."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "among":
            for group in prep.children:
                w = _status_word(group, table) if group.dep_ == "pobj" else None
                if w and table[w][1] in ("adj", "verb"):
                    return group
                if group.dep_ == "pobj":
                    described = _status_describing(group, table)
                    if described is not None:
                        return described
    return None


def _status_describing(group: Token, table: dict) -> Token | None:
    """ "among those killed", "among those left homeless", "among the people who died": the
    status of the clause that says who the group is."""
    for clause in group.children:
        if clause.dep_ not in ("acl", "relcl") or _negated_or_hypothetical(clause):
            continue
        for word in (clause, *(c for c in clause.children if c.dep_ in ("oprd", "acomp"))):
            w = _status_word(word, table)
            if w and table[w][1] in ("adj", "verb"):
                return word
    return None


def _status_of_relative(clause: Token, table: dict) -> Token | None:
    """ "two residents who were unaccounted for", "12 people who were killed", "five
    children who died": the status a relative clause gives the counted people, where they
    are its subject and suffered it -- not "two men who killed five people", nor "the three
    men, who were abducted in 2023" (a clause set off by a comma tells more of people the
    article has counted already)."""
    # (the parser may hang "who" on the auxiliary: "who were missing")
    words = [*clause.children, *(t for c in clause.children if c.dep_ in ("aux", "auxpass") for t in c.children)]
    subject = next((c for c in words if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in ("who", "that") or _negated_or_hypothetical(clause):
        return None
    if subject.i > 0 and clause.doc[subject.i - 1].text == ",":
        return None
    for word in (c for c in clause.children if c.dep_ in ("oprd", "acomp")):
        w = _status_word(word, table)
        if w and table[w][1] == "adj":
            return word
    w = _status_word(clause, table)
    if w and table[w][1] == "adj":
        return clause  # "who were missing", tagged a progressive "miss"
    suffered = subject.dep_ == "nsubjpass" or clause.lemma_.lower() in UNACCUSATIVE
    return clause if w and table[w][1] == "verb" and suffered else None


def _the_group_including(verb: Token, table: dict) -> Token | None:
    """ "The dead included four children", "the injured included two officers": the status
    word that is the subject of "include"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    w = _status_word(subject, table) if subject is not None else None
    if w is None or table[w][1] not in ("adj", "verb") or not any(c.lower_ == "the" for c in subject.children):
        return None
    return None if _negated_or_hypothetical(verb) else subject


def _made_to(verb: Token, infinitive: Token) -> bool:
    """ "The storm forced 50,000 residents to flee", "were forced to flee": the people the
    verb made act are the ones the infinitive's status is about."""
    causing = verb.lemma_.lower() in lexicons.words("causative_verbs.txt")
    return causing and infinitive.dep_ == "xcomp" and infinitive.tag_ == "VB"


# Verbs that give a toll a figure "at" it: "put the death toll at 27", "estimated the toll at 300".
_GIVING_A_FIGURE = {"put", "place", "estimate", "set"}

# Verbs that give a toll its figure as their object: "the toll reached 132".
_REACHING = {"reach", "hit", "top", "surpass", "exceed", "pass", "be", "near", "approach"}


def _toll_subject(verb: Token) -> Token | None:
    """ "The death toll rose to 132", "the number of dead stood at 81", "bringing the toll
    to 15", "put the death toll at 27", "the toll was put at 27": the toll the verb reports."""
    given = verb.lemma_.lower() in _GIVING_A_FIGURE
    for child in verb.children:
        raised = child.dep_ == "dobj" and (given or verb.lemma_.lower() in ("bring", "push", "raise", "take", "lift"))
        if child.dep_ != "nsubj" and not raised and not (given and child.dep_ == "nsubjpass"):
            continue
        lemma = child.lemma_.lower()
        if lemma in ("toll", "death", "casualty"):
            return child
        if lemma == "number" and _number_of(child) is not None:
            return child
    return None


def _toll_status(toll: Token) -> str:
    """What a toll counts: "the death toll" the dead, "the number of injured" the injured."""
    return (_number_of(toll) if toll.lemma_.lower() == "number" else None) or "killed"


def _number_of(number: Token) -> str | None:
    """The status of those a "number" counts: "the number *of dead*", "*of deaths*", "*of
    people killed*" (the participle hung on the people or on "number") are killed; "*of
    injured*", "*of people displaced*" take their word's status; not "the number of
    hostages" (lexicons/casualty_status.tsv gives no noun of people a status of its own)."""
    table = status_table()
    nouns = of_objects(number)
    if any(p.lower_ == "dead" or _is_death_noun(p) for p in nouns):
        return "killed"
    for p in nouns:
        word = _status_word(p, table)
        if word and p.tag_ in ("JJ", "VBN") and table[word][1] in ("verb", "adj"):
            return table[word][0]  # "the number of injured"
    people = [p for p in nouns if names_people(p)]
    for c in (c for holder in [number, *people] for c in holder.children if c.dep_ in ("acl", "amod")):
        word = _status_word(c, table)
        if word and table[word][1] in ("verb", "adj"):
            return table[word][0]
    return None


def _verb_status(verb: Token, role_of_count: str, table: dict) -> tuple[str | None] | None:
    """The status a verb gives the count in ``role_of_count``; ``(None,)`` when the verb is a
    status verb that does not apply here (negated, hypothetical, "held elections"), ``None``
    when the verb says no status at all."""
    word = _status_word(verb, table)
    if verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    taken_as = _taken_as(verb, table)
    if taken_as is not None and role_of_count in ("nsubjpass", "dobj"):
        return (None,) if _negated_or_hypothetical(verb) else (taken_as,)
    # "two others are missing", parsed as a progressive "miss": the adjective is the status.
    as_adjective = word is not None and table[word][1] == "adj" and verb.lower_ == word
    held = _kept_or_put_in(verb, role_of_count)
    if held is not None:
        return (held,)
    if word is None or (table[word][1] not in ("verb", "held", "shot") and not as_adjective):
        if _from_home(verb) and role_of_count in ("dobj", "nsubjpass") and not _negated_or_hypothetical(verb):
            return ("displaced",)  # "forced 40,000 people from their homes", "were driven from their homes"
        if _injury_told(verb, role_of_count):
            return (None,) if _negated_or_hypothetical(verb) else ("injured",)
        return ("killed",) if _to_death(verb) and not _negated_or_hypothetical(verb) else None
    role = table[word][1]
    if table[word][0] == "displaced" and _as_a_precaution(verb):
        return (None,)  # "evacuated as a precaution" (GUIDE.md: not a casualty)
    if role == "held" and (role_of_count not in ("nsubjpass", "dobj") or not _custody_sense(verb)):
        return (None,)
    shot_dead = any(c.lower_ == "dead" for c in verb.children) or (
        verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == "dead"  # "shot dead two suspects", "dead" read as theirs
    )
    if role == "shot" and not shot_dead and not _to_death(verb):
        # "were shot and wounded": the verb coordinated with it says what became of them.
        return None if any(c.dep_ == "conj" and _status_word(c, table) for c in verb.children) else (None,)
    if _negated_or_hypothetical(verb) or _a_rate(verb):
        return (None,)
    if table[word][0] == "injured" and _to_death(verb):
        return ("killed",)  # "stabbed to death"
    return (table[word][0],)


_RATE_UNITS = {"hour", "day", "week", "month", "year"}


def _a_rate(verb: Token) -> bool:
    """ "13 people die every day", "are killed a week", "die daily": how often, not how many
    were harmed -- a rate is no count of people."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in ("daily", "weekly", "monthly", "annually", "yearly", "hourly"):
            return True
        if child.dep_ == "npadvmod" and child.lemma_.lower() in _RATE_UNITS:
            if any(d.dep_ == "det" and d.lower_ in ("every", "each", "a", "an", "per") for d in child.children):
                return True
        if child.dep_ == "prep" and child.lower_ == "per":  # not "per the ministry" (according to)
            if any(o.lemma_.lower() in _RATE_UNITS for o in child.children):
                return True
    return False


_HOMES = {"home", "house", "village", "town", "city", "land", "neighborhood", "neighbourhood"}
# Where the displaced are driven to: "forced 250,000 people into shelters"
_REFUGES = {"shelter", "camp", "tent", "exile"}


def _from_home(verb: Token) -> bool:
    """ "forced ... from their homes", "drove ... out of their villages", "forced ... into
    shelters": displacement told by where people were made to leave or go
    (lexicons/displacing_verbs.txt)."""
    if verb.lemma_.lower() not in lexicons.words("displacing_verbs.txt"):
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "out", "into"):
            places = [p for p in prep.subtree if p.dep_ == "pobj"]
            if any(p.lemma_.lower() in (_REFUGES if prep.lower_ == "into" else _HOMES) for p in places):
                return True
    return False


def _injury_told(verb: Token, role_of_count: str) -> bool:
    """ "three officers suffered injuries", "two fans were taken to a hospital with
    injuries", "treated 40 people for burns": a verb of care or suffering
    (lexicons/injury_care_verbs.tsv) with an injury noun, the count being who was hurt."""
    whose = lexicons.mapping("injury_care_verbs.tsv").get(verb.lemma_.lower())
    if whose is None or role_of_count not in ({"nsubj"} if whose == "subject" else {"dobj", "nsubjpass"}):
        return False
    injuries = lexicons.words("injury_nouns.txt")
    nouns = [c for c in verb.children if c.dep_ == "dobj"] if whose == "subject" else []
    nouns += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "for") for p in c.children]
    # not "suffered no injuries"
    return any(n.lemma_.lower() in injuries and not any(d.lower_ == "no" for d in n.children) for n in nouns)


def _as_a_precaution(verb: Token) -> bool:
    """ "evacuated as a precaution", "a precautionary evacuation", "evacuated ahead of the storm"
    ("evacuating 735,000 people ahead of landfall": the parser may hang "ahead" on the object)."""
    words = {t.lemma_.lower() for t in verb.subtree if t.i > verb.i}
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    ahead = any(
        c.lower_ == "ahead" and c.dep_ in ("advmod", "prep") and c.i > verb.i
        for c in (*verb.children, *(g for o in objects for g in o.children))
    )
    return ahead or bool(words & {"precaution", "precautionary", "preemptively", "pre-emptively"})


def _to_death(verb: Token) -> bool:
    """ "stabbed to death", "beaten to death", "burned to death"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(p.lemma_.lower() == "death" for p in c.children)
        for c in verb.children
    )


def _taken_as(verb: Token, table: dict) -> str | None:
    """ "were taken hostage", "are holding 30 people hostage", "took 12 soldiers prisoner":
    the status the noun after take/hold/keep gives the people taken."""
    captive = _captive(verb, table)
    return table[_status_word(captive, table)][0] if captive is not None else None


def _captive(verb: Token, table: dict) -> Token | None:
    """The noun people are taken or held as, after take/hold/keep: its object complement,
    or the word right after it, whatever the parser made of the pair ("250 taken hostage")."""
    if verb.lemma_.lower() not in ("take", "hold", "keep"):
        return None
    after = [c for c in verb.children if c.i > verb.i]
    if verb.i + 1 < len(verb.doc):
        after.append(verb.nbor(1))
    captive = next((c for c in after if c.lemma_.lower() in _CAPTIVES), None)
    return captive if captive is not None and _status_word(captive, table) is not None else None


# What people are taken or held as (statuses in casualty_status.tsv).
_CAPTIVES = {"hostage", "captive", "prisoner"}


def _custody_sense(verb: Token) -> bool:
    """ "held hostage", "held in custody", "held by the Afghan government", "seized": holding
    people, not "held elections" or "held talks"."""
    if verb.lemma_.lower() != "hold":
        return True
    places = _custody_places()
    for child in verb.children:
        if child.lemma_.lower() in _CAPTIVES or child.lower_ == "incommunicado":
            return True
        if child.dep_ == "agent":
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "at", "without")
            and any(p.lemma_.lower() in places | {"charge", "trial", "bail"} for p in child.children)
        ):
            return True
    return False


def _victims(noun: Token | None, run: list[Token]) -> tuple[str, str]:
    said = _who_they_were(noun) if noun is not None and run[0] not in noun.subtree else None
    if said is not None:
        return _victims(said, run)  # "Nine of the wounded were children": children
    if noun is None or status_table().get(noun.lower_, ("", ""))[1] == "adj":
        return "", "unknown"  # "left three dead": "dead" says what, not who
    # The noun with its modifiers; not its clauses (with all their words: "hostages still
    # held"), nor a coordinated thing ("a boy and critical injuries").
    left_out = {
        t.i
        for child in noun.children
        if child.dep_ in ("relcl", "acl")
        or (child.dep_ == "punct" and child.tag_ != "HYPH")
        or (child.dep_ == "prep" and child.lower_ != "of")
        or child.dep_ in ("cc", "conj")
        and not _people_conj(noun)
        or child.dep_ == "nummod"
        and child not in run  # "241 of the 242 people": the whole's number
        for t in child.subtree
    }
    toks = [t for t in noun.subtree if t.i not in left_out]
    own = {t.i for t in run}
    keep_idx = sorted(t.i for t in toks if t.i not in own)
    # Keep the contiguous piece that holds the noun.
    lo = hi = noun.i
    idx = set(keep_idx)
    while lo - 1 in idx:
        lo -= 1
    while hi + 1 in idx:
        hi += 1
    doc = noun.doc
    words = list(doc[lo : hi + 1])
    while words and (
        words[0].lower_ in QUALIFIER_WORDS or words[0].lower_ in ("of", "all", "the") and words[0].i < run[0].i
    ):
        words.pop(0)
    while words and (words[0].is_punct or words[0].lower_ in ("of", "a", "an")):
        words.pop(0)
    while words and (
        words[-1].is_punct
        or words[-1].lower_ == "of"
        or (words[-1].i > noun.i and (_status_adjective(words[-1]) or words[-1].pos_ == "ADV"))
    ):
        # "left 10,000 people homeless": "homeless" says what became of them; "a family of
        # [five]"; "one adult there died": where, not who
        words.pop()
    if not words:
        return "", "unknown"
    text = doc[words[0].i : words[-1].i + 1].text
    groups = lexicons.mapping("victim_groups.tsv")
    group = "unknown"
    for t in words:
        g = groups.get(t.lemma_.lower()) or groups.get(t.lower_)
        if g and g != "unknown":
            group = g
    if any(key in ("body", "corpse") for key in _word_keys(noun)):
        return text, group
    if _is_death_noun(noun):
        # "the three deaths of detained children": the victims are the "of" phrase.
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        victims = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
        if victims is not None and names_people(victims):
            return _victims(victims, run)
        return "", group
    return text, group


def _who_they_were(group: Token) -> Token | None:
    """Who the ones counted out of a group were, said of them: "children" in "Nine of the
    wounded were children", "police officers" in "Three of the dead were police officers"
    (of the part's count; the group's own number counts the group)."""
    if group.dep_ != "pobj" or group.head.lower_ != "of":
        return None
    count = group.head.head
    if count.dep_ != "nsubj" or count.head.lemma_ != "be":
        return None
    attr = next((c for c in count.head.children if c.dep_ == "attr"), None)
    return attr if attr is not None and names_people(attr) else None


def _status_adjective(tok: Token) -> bool:
    table = status_table()
    word = _status_word(tok, table)
    return word is not None and table[word][1] in ("adj", "verb")


def _people_conj(noun: Token) -> bool:
    """Whether the noun's conjuncts are more of its victims ("soldiers and civilians"); one
    with a number of its own ("a commander and his two sons", "two soldiers and a
    civilian") is counted on its own."""
    return all(
        names_people(c)
        and not any(n.dep_ == "nummod" or (n.dep_ == "det" and n.lower_ in ("a", "an")) for n in c.children)
        for c in noun.children
        if c.dep_ == "conj"
    )


def _is_death_noun(noun: Token) -> bool:
    return any(key in DEATH_NOUNS for key in _word_keys(noun))


def _word_keys(tok: Token) -> tuple[str, str, str]:
    """The forms to look a word up by: its lemma, itself, and its bare singular, because the
    lemmatiser slips on some plurals ("corpses" -> "corps")."""
    return tok.lemma_.lower(), tok.lower_, tok.lower_[:-1] if tok.lower_.endswith("s") else ""


def _claim(doc: Doc, count_toks, count, status, status_tok: Token, noun: Token | None) -> Claim:
    start = count_toks[0].idx
    end = count_toks[-1].idx + len(count_toks[-1])
    victims, group = _victims(noun, count_toks)
    claim = Claim(
        type="casualty",
        sentence=evidence(doc, start, end),
        count=count,
        status=status,
        victims_text=victims,
        victims_group=group,
        confidence=0.8,
        anchor=start,
    )
    claim.date = claim_date(doc, None)
    statement = inherit_attribution(doc, claim, start, end)
    if statement is None or start >= statement.content.end:
        # reported past its cue ("..., the government said, while Sri Lanka's disaster centre
        # put the toll at 390"): one who gives the toll its figure in its own clause reports it
        _attribute_to_the_estimate(claim, status_tok)
    base = published_date(doc)
    verb = status_tok if status_tok.pos_ in ("VERB", "AUX") else status_tok.head
    claim.period = _period(doc, verb, count_toks, claim.date.value, base)
    claim.event_date = _event_date(claim, status_tok, _reported_by(claim, base))
    claim.location = _location(doc, status_tok, count_toks)
    return claim


def _attribute_to_the_estimate(claim: Claim, toll: Token) -> None:
    """ "Health officials put the death toll at 1,200": who gives a toll its figure ("put",
    "placed", "estimated" it "at") reported it; the figure is theirs, as if they had said it."""
    verb = toll.head
    if toll.dep_ == "pcomp" and verb.lower_ == "with":
        verb = verb.head  # "put the death toll at 390, with 352 missing": the same figures
        if _toll_subject(verb) is None:
            return
    elif toll.dep_ != "dobj":
        return
    if verb.lemma_.lower() not in _GIVING_A_FIGURE:
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON") or subject.lower_ in ("which", "who", "that"):
        return
    claim.speaker = SpeakerResolver.for_doc(toll.doc).resolve(subject)
    claim.cue = cue_of([verb])
    claim.date = claim_date(toll.doc, verb)


def _period(doc: Doc, verb: Token, count_toks, end_value, base) -> Period | None:
    """The counting window: "since Sept. 27", or "in the past three years" counted back
    from the claim date."""
    sent = count_toks[0].sent
    text = text_of(doc)
    for tok in sent:
        # "killed since Sept. 27"; "Since Jan. 1, police have arrested 230"
        if (
            tok.lower_ == "since"
            and (tok.i > count_toks[0].i - 3 or tok.i == sent.start)
            and not _in_another_clause(tok, count_toks[0])
            and not _unmatched_since(tok)
        ):
            # the count's own window, dated or not: "had fled since the assault began, adding
            # to the 12 million displaced since the war erupted in April 2023" is not April's
            span = _since_date(tok)
            value = dates.resolve_past(span.text, base) if span is not None else None
            return Period(value, end_value, text[tok.idx : span.end]) if value else None
    for m in _EXPLICIT_RANGE.finditer(text, sent.start_char, sent.end_char):
        found = dates.resolve_range(m.group(0), base)
        if found:
            return Period(found[0], found[1], m.group(0))
    window = _PAST_WINDOW.search(text, sent.start_char, sent.end_char)
    if window and end_value and len(end_value) == 10:
        start = dates.window_start(end_value, window.group("n") or "one", window.group("unit"))
        if start:
            return Period(start, end_value, window.group(0))
    so_far = _SO_FAR.search(text, sent.start_char, sent.end_char)
    if so_far and end_value and len(end_value) == 10:
        unit = (so_far.group("unit") or so_far.group("unit2")).lower()
        return Period(
            end_value[:5] + ("01-01" if unit == "year" else end_value[5:8] + "01"), end_value, so_far.group(0)
        )
    return None


_CLAUSES = ("relcl", "ccomp", "advcl", "parataxis")


def _in_another_clause(word: Token, count: Token) -> bool:
    """Whether a window word belongs to a clause with a subject of its own that the count is
    not in: "48 people died ..., according to the IOM, which estimates that 1,800 have died
    since 2014" -- the window is the 1,800's ("31 were killed and 154 wounded since Sept.
    27" share theirs). A "since" that opens a clause qualifies the clause above it ("killed
    since the war began")."""
    tok = word.head.head if word.dep_ == "mark" else word.head
    while tok.head != tok:
        # a clause on the counted noun is the count's: "Two hostages who had been held since 2016"
        own_noun = tok.dep_ == "relcl" and _inside(count, tok.head)
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        if tok.dep_ in _CLAUSES and own_subject and not _inside(count, tok) and not own_noun:
            return True
        tok = tok.head
    return False


def _unmatched_since(since: Token) -> bool:
    """ "24 killed ..., one of the deadliest days since the ceasefire took effect": a "since"
    on a superlative's noun says how long it went unmatched, not when the counting began."""
    noun = since.head.head if since.dep_ == "mark" else since.head
    before = since.doc[since.i - 1] if since.i > 0 else since
    # the parser may hang the clause on the verb, but the superlative is right before it
    return any(
        word.tag_ == "JJS"
        or (word.pos_ == "NOUN" and any(c.tag_ == "JJS" or c.lower_ == "first" for c in word.children))
        for word in (noun, before)
    )


def _since_date(since: Token):
    """What "since" counts from: its object ("since Sept. 27"), the date inside it ("since
    the start of the war in February 2022"), or the date of the clause it opens ("since the
    war began on Oct. 7")."""
    if since.dep_ == "mark":
        clause = since.doc[since.head.left_edge.i : since.head.right_edge.i + 1]
        found = [e for e in entities_in(clause) if e.label_ == "DATE" and e.start > since.i]
        return token_span(found[0]) if found else None
    objs = [t for t in since.subtree if t != since]
    if not objs:
        return None
    # "since the start of the war in February 2022": the date inside the phrase
    found = [e for e in entities_in(since.doc[objs[0].i : objs[-1].i + 1]) if e.label_ == "DATE"]
    whole_date = all(t.ent_type_ == "DATE" or t.lower_ in ("the", "a") for t in objs)
    return token_span(objs) if whole_date or not found else token_span(found[0])


# "between March and May", "from Sept. 27 to Oct. 3": a window with both ends stated.
_DATE_WORD = r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{1,2}(?:\s+[a-z]+\.?)?|\d{4})"
_EXPLICIT_RANGE = re.compile(
    r"\b(?:between|from)\s+" + _DATE_WORD + r"\s+(?:and|to|until|through)\s+" + _DATE_WORD + r"\b", re.I
)
_PAST_WINDOW = re.compile(
    r"\b(?:in|over|during|within) the (?:past|last|previous) (?:(?P<n>\w+(?:-\w+)?) )?"
    r"(?P<unit>days?|weeks?|months?|years?|hours?)\b",
    re.I,
)
# "so far this year", "this month so far": counted from the first day of the year or month
_SO_FAR = re.compile(r"\bso far this (?P<unit>year|month)\b|\bthis (?P<unit2>year|month) so far\b", re.I)


def _reported_by(claim: Claim, published):
    """The day by which the harm had happened: the day the count was reported, when the text
    gives one before publication ("Police said on Monday that three people were killed on
    Sunday": the Sunday before that Monday), else the publication date."""
    told = claim.date.value if claim.date is not None and claim.date.source == "text" else None
    if published is None or told is None or len(told) != 10:
        return published
    told_on = datetime.date.fromisoformat(told)
    return told_on if told_on < published else published


def _event_date(claim: Claim, status_tok: Token, base) -> str | None:
    """The date of the harm: a date expression in the same sentence, nearest the status
    word, that is neither when the count was reported nor the start of its window."""
    doc = status_tok.doc
    taken = []
    if claim.date.source == "text" and claim.cue is not None:
        taken.append((claim.cue.start, claim.cue.end + 40))  # the reporting date right after the cue
    if claim.period is not None and claim.period.text:
        start = text_of(doc).find(claim.period.text, status_tok.sent.start_char)
        if start >= 0:
            taken.append((start, start + len(claim.period.text)))  # the window's own dates
    candidates = []
    sent = status_tok.sent
    ents = entities_in(sent)
    harm = {t.i for t in (status_tok, *status_tok.ancestors)}  # the harm's clause and those above it
    # "killing 23 people overnight": days the NER leaves untagged are dates too
    untagged = [
        sent[t.i - sent.start : t.i - sent.start + 1]
        for t in sent
        if t.lower_ in dates.RELATIVE_DAY_WORDS and not t.ent_type_
    ]
    # "on Monday night", "last night": a time the NER tagged that names a day (not the
    # "night" of "Friday" + "night", whose day is a date already)
    days = [
        e
        for e in ents
        if e.label_ == "TIME"
        and date_span(e[0]) is not None
        and not (e.start > 0 and doc[e.start - 1].ent_type_ == "DATE")
    ]
    # "in a 2022 knife attack": a year the NER took for a number, in the harm's own phrase
    years = [
        doc[t.i : t.i + 1]
        for t in status_tok.subtree
        if dates.is_year(t.text) and t.ent_type_ != "DATE" and t.dep_ == "nummod" and t.head.pos_ == "NOUN"
    ]
    dated = [e for e in ents if e.label_ == "DATE"] + _dates_filed_as_events(ents)
    for ent in dated + days + untagged + years:
        if any(a <= ent.start_char < b for a, b in taken):
            continue
        if ent.start > 0 and doc[ent.start - 1].lower_ in ("since", "until", "by") and not _of_an_event(ent):
            continue  # "since Monday", "by Friday"; not "left homeless by Thursday's earthquake"
        if ent.start > 1 and doc[ent.start - 2].lower_ == "as" and doc[ent.start - 1].lower_ in ("of", "at"):
            continue  # "unaccounted for as of Wednesday night": when the count stood, not the harm
        if _in_clause_opened_by(ent.root, ("since", "before", "until", "till"), not_of=harm):
            # "since the war began on Oct. 7": the window's start; "displaced 300,000 before a
            # ceasefire took hold on July 28": something later (but "the largest protest since a
            # collapse killed 16 people in November" dates the harm its clause tells)
            continue
        if an_age(ent.root) or a_decade_of_life(ent):
            continue  # "a 9-year-old boy", "a man in his 60s": ages, which the small model tags as dates
        if _of_another_event(ent.root, harm) or _when_said(ent) or _when_the_toll_stood(ent, status_tok):
            continue
        # a date in the harm's own phrase first: "pleaded guilty on Wednesday to murdering four
        # students in a 2022 knife attack" (2022), then the nearest
        candidates.append((not _inside(ent.root, status_tok), abs(ent.start - status_tok.i), ent.start, ent))
    if not candidates:
        return None
    ent = min(candidates, key=lambda c: c[:3])[3]
    if status_tok.pos_ in ("VERB", "AUX") and dates.is_future(status_tok):
        return dates.resolve(ent.text, base, future=True)
    return dates.resolve_past(ent.text, base)  # no one was killed after the article went out


def _dates_filed_as_events(ents: list[Span]) -> list[Span]:
    """Dates the NER filed as events: "the February 2023 earthquakes, which killed more than
    53,000" ("the February 2023" an EVENT) -- month names and years only, the article left out."""
    found = []
    for ent in ents:
        words = [t for t in ent if t.lower_ not in ("the", "a")]
        if (
            ent.label_ == "EVENT"
            and words
            and all(dates.is_year(t.text) or t.lower_.rstrip(".") in dates.MONTHS for t in words)
        ):
            found.append(ent.doc[words[0].i : words[-1].i + 1])
    return found


def _of_an_event(date: Span) -> bool:
    """A date in the possessive, naming the day of an event: "Thursday's earthquake"."""
    doc = date.doc
    return date[-1].text in ("'s", "\u2019s") or (date.end < len(doc) and doc[date.end].text in ("'s", "\u2019s"))


def _of_another_event(date: Token, harm: set[int]) -> bool:
    """Whether a date tells of something else than the harm: it sits in a relative clause
    the harm is not in ("died, officials said, as an outbreak that began in late January
    grew"), or outside a present-tense relative clause the harm is told in, or after the verb
    of an earlier coordinated clause with a subject of its own ("A boy died in February, and
    an adult also died": not the adult's death; but "stormed the school on Friday and
    abducted 300 pupils" is one deed, and "On Monday, ..." covers both), or in a later one.
    ``harm``: the indices of the status word and its ancestors.
    """
    if date.i in harm:
        return False  # "the quake last month, which left thousands dead"
    doc = date.doc
    # "On Oct. 2, 48 died, according to the IOM, which estimates 1,800 have died": the
    # present tense of the relative clause the harm is told in is now, not Oct. 2 (but "an
    # aftershock yesterday triggered a mudslide which left six dead" was yesterday).
    if any(doc[i].dep_ == "relcl" and present_tense(doc[i]) and not _inside(date, doc[i]) for i in harm):
        return True
    # "declared a state of emergency on Tuesday after a riot left 31 inmates dead": the
    # main clause's date is later than what its "after" clause tells.
    if any(_told_as_earlier(doc[i]) and not _inside(date, doc[i]) for i in harm):
        return True
    # "Police on Friday identified the gunman who killed two people": the deed that
    # describes a person happened before whatever is now done to or said of him.
    if any(doc[i].dep_ == "relcl" and _describes_the_doer(doc[i]) and not _inside(date, doc[i]) for i in harm):
        return True
    for node in date.ancestors:
        if date.i > node.i and any(_later_clause_of_its_own(c, node) and c.i in harm for c in node.children):
            return True
        if node.i in harm:
            return False
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        if own_subject and node.dep_ == "conj" and node.head.i in harm and not _auxiliary_shared(node):
            # "a girl died after being left in a car, and a street sweeper collapsed and died on
            # Saturday": a later clause with a subject of its own tells of another death
            return True
        if own_subject and node.dep_ == "ccomp":
            # "rose to 200 on Thursday, making it the deadliest storm to hit the mainland since
            # Katrina in 2005": a proposition of its own
            return True
        if a_verb_of_saying(node):
            # "announced the arrest of a man ... and said a curfew would continue through the
            # weekend": what another speech act tells of
            return True
        if node.dep_ in ("relcl", "acl") and node.pos_ in ("VERB", "AUX"):
            # but two relative clauses on one noun tell of one thing: "the plant, which was
            # damaged in the quake last month, which left thousands dead" (the quake's toll)
            return node.head.i not in harm
    return False


def _auxiliary_shared(verb: Token) -> bool:
    """ "Four people were killed and at least 10 others wounded when gunmen opened fire on
    Saturday": a participle that shares the auxiliary of the clause it is coordinated with
    tells of the same deed."""
    return (
        verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ in ("aux", "auxpass") for c in verb.head.children)
    )


def _when_the_toll_stood(date: Span, status_tok: Token) -> bool:
    """ "The death toll rose to at least 82 on Sunday": when the toll reached its figure, not
    when the harm happened (but "the toll from Sunday's attack" dates the attack); so for a
    count that came with it ("rose to 87 on Thursday, with 23 people still missing")."""
    holder = date.root.head.head if date.root.dep_ == "pobj" else date.root.head
    if status_tok.dep_ == "nsubj" and status_tok.lemma_.lower() in ("toll", "number"):
        return holder == status_tok.head
    with_ = next((a for a in status_tok.ancestors if a.dep_ == "prep" and a.lower_ == "with"), None)
    return (
        with_ is not None
        and holder == with_.head
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in ("toll", "number") for c in holder.children)
    )


def _when_said(date: Span) -> bool:
    """A date hung on a verb of saying tells when something was said, not when the harm
    happened: "the military said Friday that 23 soldiers had been killed, while the Taliban
    said nine of its fighters died" (the nine did not die on Friday)."""
    return date.root.head not in date and a_verb_of_saying(date.root.head)


def _told_as_earlier(clause: Token) -> bool:
    """An adverbial clause opened by "after" (or "following"): before its main clause."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "following") for c in clause.children
    )


def _describes_the_doer(clause: Token) -> bool:
    """A relative clause that tells who someone is by what he did: "the gunman who killed two"."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lower_ in ("who", "that")
        and (names_people(clause.head) or clause.head.ent_type_ == "PERSON")
    )


def _inside(tok: Token, clause: Token) -> bool:
    return clause.left_edge.i <= tok.i <= clause.right_edge.i


def _later_clause_of_its_own(tok: Token, clause: Token) -> bool:
    return tok.dep_ == "conj" and tok.i > clause.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _location(doc: Doc, status_tok: Token, count_toks) -> str | None:
    """The place named in the clause: a place entity after a locative preposition
    ("in Baghdad", "near Kabul"), nearest the status word. A speaker that is a
    country ("Azerbaijan said") is not a location."""
    best = None
    for ent in entities_in(count_toks[0].sent):
        if ent.label_ not in ("GPE", "LOC", "FAC") or ent.start == 0:
            continue
        before = ent.start - 1
        while before > 0 and doc[before].pos_ in ("ADJ", "DET"):
            before -= 1  # "in southern Gaza", "in the eastern Donbas"
        if doc[before].lower_ not in _LOCATIVE:
            continue
        dist = abs(ent.start - status_tok.i)
        if best is None or dist < best[0]:
            best = (dist, ent.text)
    return best[1] if best else None


_LOCATIVE = {"in", "near", "at", "outside", "around", "across", "inside", "throughout", "off"}
