"""Who is speaking: turn a mention ("he", "Zakharova", "the ministry") into a name.

:class:`SpeakerResolver` is built once per ``Doc`` and shared by every claim
component, so a casualty count or an agreement attributed to "he" resolves to the
same person as the statement around it.

* full names for surnames and titled mentions ("Zakharova" -> "Maria Zakharova");
* pronouns to the most recent compatible antecedent, preferring earlier speakers
  and subjects, with gender learnt from titles and from pronouns already resolved;
* "the ministry", "the company" to the latest organisation whose name fits;
* unnamed sources ("a senior official", "reports") keep their description with
  kind ``anonymous`` or ``document``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import islice, takewhile

import numpy
from spacy.attrs import DEP, TAG
from spacy.tokens import Doc, Span, Token

from . import lexicons
from .gazetteer import is_country, is_place
from .quotes import Quote, find_quotes
from .schema import Speaker
from .spans import (
    SAID_FORMS,
    a_date_phrase,
    a_ticker,
    an_age,
    between_names,
    entities_in,
    entity_of,
    hyphenated_word,
    in_a_dateline,
    inverted_attribution_end,
    of_objects,
    text_of,
    tokens_among,
)

# Subtree children that are not part of a speaker's name ("IRNA, monitored by the BBC, said").
_CLAUSAL = {"relcl", "acl", "advcl", "punct", "cc", "parataxis", "appos", "prep_clause"}


# Pronouns that point back to a sentence's subject far more often than to anyone else.
_SUBJECT_PRONOUNS = {"he": "m", "himself": "m", "she": "f", "herself": "f"}  # not "his": "saw his visit"
_SUBJECT_GENDERS = {"he": "m", "she": "f", "it": "n"}  # subject pronouns that tell a person from a thing

_POSSESSIVE_MARKS = ("'s", "\u2019s", "'", "\u2019")  # tokens that end a name in the possessive
_NAME_PARTICLES = {"du", "de", "da", "van", "von", "der", "al", "el", "bin", "ben", "le", "la", "di"}


@dataclass
class Antecedent:
    start: int  # character offset of the mention
    name: str
    kind: str
    gender: str  # m, f, p (plural), n (neuter), x (unknown)
    is_subject: bool
    is_speaker: bool = False
    role: str = "other"  # "main subject" (of its sentence's main clause), "possessive" or "other"
    named: bool = True  # False for a description read as someone ("the Tesla CEO" as Musk)


def noun_phrase(head: Token) -> Span:
    """The noun phrase a head token governs, without clauses, appositions or trailing commas."""
    doc = head.doc
    keep = [head]

    def wanted(c: Token) -> bool:
        if (
            c.dep_ == "compound"
            and (c.tag_ in ("VBD", "VBZ") or c.lower_ in SAID_FORMS)
            and inverted_attribution_end(c) is not None
        ):
            return False  # 'Said Ellis: "..."': the cue the parser made part of the name; not "Said Jalili"
        if _when(c):
            return False  # "a court filing on Thursday": when, not who
        if (
            c.dep_ in ("cc", "punct")
            and (c.head.pos_ == "PROPN" or c.head.dep_ in ("amod", "compound", "nmod"))
            and c.head != head
            and c.text in ("and", "&", ",")
        ):
            # "Food and Drug Administration", "Egyptian and Qatari mediators"
            return any(k.dep_ == "conj" and k.i > c.i for k in c.head.children)
        if c.dep_ == "appos" and c.tag_ == "CD" and c.i > 0 and doc[c.i - 1].pos_ == "PROPN":
            return True  # "District 751", "Local 100": a number right after a name is part of it
        if _describes_a_source(c, head):
            return True
        if between_names(c):
            return True  # 'Sean "Diddy" Combs': the marks around a nickname
        return c.dep_ not in _CLAUSAL or c.tag_ == "HYPH" or c.text in ("'", "\u2019") or _joins_words(c)

    # Coordination belongs to the coordinated phrase: "Nigeria [and France]" is two phrases.
    stack = [c for c in head.children if wanted(c) and c.dep_ not in ("conj", "cc", "preconj")]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        stack.extend(c for c in tok.children if wanted(c))
    # The phrase must be contiguous with the head: cut at the first gap or comma.
    idx = sorted(t.i for t in keep)
    start = end = head.i
    while start - 1 in idx and doc[start - 1].text not in (",", "(", "\u2014", "--"):
        start -= 1
    while end + 1 in idx and doc[end + 1].text not in (",", ")", "\u2014", "--"):
        end += 1
    # "Acme Robotics, Inc.": a company's suffix set off by a comma is part of its name,
    # whichever of the two the parser made the head
    if _suffix_after_comma(head, end):
        end += 2
    start = _start_of_person_named(head, _start_of_hyphenated_word(doc, _name_before_suffix(head, start)))
    while end > start and doc[end].is_punct:
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    start = max(start, _relativized_noun_end(head) + 1)
    return doc[start : end + 1]


def _start_of_person_named(head: Token, start: int) -> int:
    """Where the person's name a phrase ends in begins, for a name the parser cut in pieces:
    "Khalil al-Hayya", whose "al" it made a subject of its own."""
    ent = entity_of(head) if head.ent_type_ == "PERSON" else None
    if ent is None or ent.start >= start or ent.end - 1 != head.i:
        return start
    return ent.start


def _start_of_hyphenated_word(doc: Doc, start: int) -> int:
    """Where the hyphenated word a phrase starts inside begins, with the words that modify
    it: "UAW vice-president Marc Stepp", whose "vice" and "-" the parser made subjects of
    their own."""
    moved = hyphenated_word(doc[start]).start
    while moved != start and moved > 0 and doc[moved - 1].dep_ == "compound" and doc[moved - 1].head.i == moved:
        moved -= 1
    return moved


def _corporate_suffix(word: str) -> bool:
    """ "Inc.", "Corp", "Ltd" (lexicons/corporate_suffixes.txt)."""
    return word.lower().rstrip(".") in lexicons.words("corporate_suffixes.txt")


def _name_before_suffix(head: Token, start: int) -> int:
    """Where a name starts whose suffix, after a comma, is the head: "Acme Robotics, Inc."."""
    doc = head.doc
    if start != head.i or start < 2 or doc[start - 1].text != "," or not _corporate_suffix(head.text):
        return start
    name = doc[start - 2]
    return name.left_edge.i if name.head == head and name.pos_ == "PROPN" else start


def _suffix_after_comma(head: Token, end: int) -> bool:
    """Whether ", Inc." (a corporate suffix) follows a name's last word at ``end``."""
    doc = head.doc
    if head.pos_ != "PROPN" or end + 2 >= len(doc) or doc[end + 1].text != ",":
        return False
    return doc[end + 2].head == head and _corporate_suffix(doc[end + 2].text)


def _describes_a_source(clause: Token, head: Token) -> bool:
    """A participle that says who an unnamed source is: "people *briefed on the matter*",
    "officials *involved in the talks*" (part of the description, GUIDE.md section 1)."""
    return (
        clause.dep_ == "acl"
        and clause.head == head
        and clause.i == head.i + 1
        and clause.tag_ in ("VBN", "VBD")
        and head.lemma_.lower() in lexicons.words("anonymous_sources.txt")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _relativized_noun_end(head: Token) -> int:
    """ "..., a move bankers said could threaten ...": the parser read "a move" as a
    modifier of "bankers" -- "a" and a singular noun before a plural head -- where "a
    move" is what a clause with no "that" is about. The index where that noun ends, or -1."""
    if head.tag_ not in ("NNS", "NNPS") or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return -1
    nouns = [c for c in head.children if c.dep_ == "compound" and c.tag_ == "NN" and c.i < head.i]
    return nouns[-1].i if nouns and nouns[-1].lower_ not in ("dozen", "couple", "number", "lot") else -1


def _when(tok: Token) -> bool:
    """A date hung after a noun: "on Thursday", "Thursday", "last week"."""
    if tok.i < tok.head.i:
        return False
    if tok.dep_ == "npadvmod":
        return tok.ent_type_ in ("DATE", "TIME")
    return tok.dep_ == "prep" and a_date_phrase(tok)


def _joins_words(tok: Token) -> bool:
    """A hyphen written without spaces ("al-Nur", "Jean-Pierre"): part of the word it joins,
    whatever dependency the parser gave it."""
    return tok.text in ("-", "\u2010") and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def as_written(tokens: list[Token]) -> str:
    """Tokens from first to last as the article writes them, spaces collapsed:
    "al-Nur", not "al - Nur"."""
    if not tokens:
        return ""
    return " ".join(tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text.split())


def _listed(tok: Token, *names: str) -> bool:
    """Whether the word or its lemma is in one of the word lists ``names``."""
    words = {tok.lemma_.lower(), tok.lower_}
    return not words.isdisjoint(lexicons.words(*names))


def is_source_like(tok: Token) -> bool:
    """Whether a noun can speak or commit: a named entity, a pronoun, or a noun from
    the source lexicons ("officials", "the ministry", "reports")."""
    return (
        tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or tok.pos_ in ("PRON", "PROPN")
        or _listed(
            tok,
            "anonymous_sources.txt",
            "document_sources.txt",
            "speech_nouns.txt",
            "organization_nouns.txt",
            "titles.txt",
        )
    )


_PEOPLE_LISTS = ("person_nouns.txt", "anonymous_sources.txt", "organization_nouns.txt", "titles.txt")


def _person_in_apposition(head: Token) -> Token | None:
    """A person's name in apposition, whatever the tagger made of its words ("the
    president's chief of staff, Kang Hoon-sik": "sik" tagged a common noun)."""
    return next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)


def _name_missed_in_apposition(office: Token) -> Span | None:
    """The name after a person's office that the NER missed or cut ("India's foreign
    secretary, Vikram Misri, told": "Vikram" filed as an organisation, "Misri" as nothing)."""
    if office.lemma_.lower() in lexicons.words("organization_nouns.txt"):
        return None
    for c in office.children:
        if c.dep_ != "appos" or c.pos_ != "PROPN" or c.ent_type_:
            continue
        name = noun_phrase(c)
        if 2 <= len(name) <= 4 and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in ("", "ORG", "PERSON") for t in name
        ):
            return name
    return None


def _to_the_longest(names: dict[str, str], first_seen: dict[str, int]) -> dict[str, str]:
    """A name of two words or more that ends a longer one introduced before it stands for that
    one: "Morris Dixon told a briefing" after "Dana Morris Dixon". Not a longer one written
    later: "Crooked Hillary Clinton", in a quoted taunt, is no fuller name of Hillary Clinton."""

    by_surname: dict[str, list[str]] = {}
    for full in first_seen:
        by_surname.setdefault(full.split()[-1], []).append(full)

    def longest(name: str) -> str:
        fuller = [
            n
            for n in by_surname.get(name.split()[-1], [])
            if n.endswith(" " + name) and first_seen[n] <= first_seen.get(name, 10**9)
        ]
        return max(fuller, key=len, default=name)

    return {key: longest(name) if " " in name else name for key, name in names.items()}


def _in_title_case_line(span: Span) -> bool:
    """Whether a span sits on a line written in title case, as headlines are: "Black Lawmakers
    Rip Donald Trump As A 'Disgusting Fraud'"."""
    text = span.doc.text
    # a headline is short: look no further than 200 characters either side (a document of
    # one long line must not be read whole for each name in it)
    start = text.rfind("\n", max(0, span.start_char - 200), span.start_char)
    end = text.find("\n", span.end_char, span.end_char + 200)
    if (start < 0 < span.start_char - 200) or (end < 0 and span.end_char + 200 < len(text)):
        return False
    words = [w for w in text[start + 1 : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def counted_people(number: Token) -> Token | None:
    """The people a number word counts: "farmers" in "Thousands of farmers"."""
    if number.ent_type_ != "CARDINAL" and not number.like_num:
        return None
    people = next(iter(of_objects(number)), None)
    return people if people is not None and names_people(people) else None


def _an_office(word: Token) -> bool:
    """Whether a noun names a person's office (lexicons/titles.txt), not a body's
    ("the militant group")."""
    lemma = word.lemma_.lower()
    return lemma in lexicons.words("titles.txt") and lemma not in lexicons.words("organization_nouns.txt")


def _in_an_office(name: Token) -> bool:
    """A name with a person's office in apposition: "Jane Doe, the agency's coordinator",
    not a body's description ("Hamas, the militant group")."""
    return any(c.dep_ == "appos" and _an_office(c) for c in name.children)


def _named_in_an_office(ent: Span) -> bool:
    """A name the NER filed as a body or a place that an office in apposition shows to be
    a person's, the office after it ("Rustem Umerov, secretary of the council, led") or
    before it ("Greece's deputy minister for sport, Yiannis Vroutsis, said")."""
    root = ent.root
    if ent.label_ not in ("ORG", "GPE") or not all(t.pos_ == "PROPN" and t.is_title for t in ent):
        return False
    return _in_an_office(root) or (root.dep_ == "appos" and root.head.pos_ == "NOUN" and _an_office(root.head))


def _apposition_after_employer(head: Token) -> list[Token]:
    """The name the parser hung on the employer instead of the role: "A spokesperson for
    the Kremlin, Dmitry Peskov, said", "The CEO of Nvidia, Jensen Huang, said"."""
    employers = [
        pobj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at")
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.ent_type_ in ("ORG", "GPE", "NORP")
    ]
    return [c for employer in employers for c in employer.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]


# The suffix of a generation after a surname: "Robert F. Kennedy Jr.", "Henry Ford II".
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _family_name_first(parts: list[str]) -> bool:
    """A name written family name first, as romanized Chinese and Korean names are: a
    hyphenated given name in lower case after the hyphen ("Lai Ching-te", "Lee Jae-myung";
    not "Alexandria Ocasio-Cortez")."""
    return len(parts) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", parts[1]) is not None


def names_people(tok: Token) -> bool:
    """A noun for people or a body of them (employees, men, authorities, officials), not
    for a document or a thing."""
    return _listed(tok, *_PEOPLE_LISTS)


def _plural_people(tok: Token) -> bool:
    """A plural noun for people, also where a capital led the tagger to call it a name and
    leave it unlemmatised ("Protesters gathered ...")."""
    return names_people(tok) or (
        tok.tag_ == "NNPS" and tok.lower_.endswith("s") and tok.lower_[:-1] in lexicons.words(*_PEOPLE_LISTS)
    )


def coordinated(head: Token) -> list[Token]:
    """The heads of a coordination: "Armenia and Azerbaijan" -> [Armenia, Azerbaijan];
    also the headline style "Armenia, Azerbaijan agree", where names of one kind are
    listed with commas alone."""
    out, todo = [], [head]
    while todo:
        tok = todo.pop(0)
        out.append(tok)
        todo.extend(c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON"))
        todo.extend(
            c
            for c in tok.children
            if c.dep_ in ("nmod", "appos", "compound")
            and c.i < tok.i
            and c.ent_type_
            and c.ent_type_ == tok.ent_type_
            and c.i + 1 < len(tok.doc)
            and tok.doc[c.i + 1].text == ","
            and c.ent_iob_ == "B"
            and tok.ent_iob_ == "B"
        )
    paired = _headline_pair_opening(head) or _headline_pair_second(head)
    if paired is not None and paired not in out:
        out.append(paired)
    return sorted(out, key=lambda t: t.i)


def _headline_pair_second(head: Token) -> Token | None:
    """ "Armenia, Azerbaijan agree to ...": the second name read as an apposition of the
    first, right before the verb they share."""
    return next(
        (c for c in head.children if c.dep_ == "appos" and listed_with(head, c) and c.right_edge.i + 1 == head.head.i),
        None,
    )


def listed_with(first: Token, second: Token) -> bool:
    """Two names of one kind with only a comma between, a headline's "and": "Biden, Xi",
    "Armenia, Azerbaijan" (the first may be a name the NER left untagged)."""
    return (
        second.i == first.i + 2
        and first.doc[first.i + 1].text == ","
        and first.pos_ == second.pos_ == "PROPN"
        and second.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
        and first.ent_type_ in ("", second.ent_type_)
    )


def _headline_pair_opening(head: Token) -> Token | None:
    """ "U.S., Japan strike trade deal": a name of the same kind opening the sentence, a
    comma between, where the parser hung it elsewhere (a headline's "and")."""
    ent = entity_of(head)
    if ent is None or ent.start < 2 or head.doc[ent.start - 1].text != ",":
        return None
    first = entity_of(head.doc[ent.start - 2])
    if first is None or first.start != head.sent.start or first[0].ent_type_ != head.ent_type_:
        return None
    return first.root


class SpeakerResolver:
    """Resolves mentions in one document. Build with :meth:`for_doc` to share it."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.ents = doc.ents  # spaCy builds the tuple anew on every read
        self._clean_names: dict[tuple[int, int], str] = {}
        self.full_names = self._full_names()
        self.gender: dict[str, str] = {}  # what the article says (titles, role words, clear pronouns)
        # What earlier pronouns were read as: once a "she" is read as Zoghlin, a later "he"
        # is someone else (it rules a person out; unlike ``gender`` it does not favour one).
        self.read_as: dict[str, str] = {}
        self.antecedents: list[Antecedent] = []
        self._resolving: set[int] = set()  # heads being resolved now (see resolve)
        self.pronouns = {row[0]: (row[1], row[2]) for row in lexicons.table("pronouns.tsv")}
        self.orgs = [e for e in self.ents if e.label_ == "ORG"]
        self.people_filed_as_orgs = self._people_filed_as_orgs()
        self._learn_from_entities()
        self._learn_gender_from_pronouns()

    @classmethod
    def for_doc(cls, doc: Doc) -> SpeakerResolver:
        resolver = doc.user_data.get("claimx_resolver")
        if resolver is None:
            resolver = doc.user_data["claimx_resolver"] = cls(doc)
        return resolver

    # -- building the table -------------------------------------------------
    def _clean_person(self, ent: Span) -> str:
        """The name a span writes, without titles or a possessive; worked out once per
        span, as the same entities are asked about many times."""
        key = (ent.start, ent.end)
        name = self._clean_names.get(key)
        if name is None:
            words = list(ent)
            while words and words[-1].text in _POSSESSIVE_MARKS:
                words.pop()
            # a surname may be a title word too: "Mr. King", "Mr. Bishop"
            while len(words) > 1 and words[0].lower_.rstrip(".") in lexicons.words("titles.txt"):
                words.pop(0)
            name = self._clean_names[key] = as_written(_after_inner_title(words) or words)
        return name

    def _full_names(self) -> dict[str, str]:
        """Map every way a person is written to the longest form: surname -> full name."""
        names: dict[str, str] = {}
        first_seen: dict[str, int] = {}
        for ent in self.ents:
            if ent.label_ != "PERSON":
                continue
            name = self._clean_person(ent)
            if not name or is_place(name):
                continue
            if not _in_title_case_line(ent):  # a headline misleads the NER: "Lawmakers Rip Donald Trump"
                first_seen.setdefault(name, ent.start)
            parts = name.split()
            for key in (name, parts[-1]):
                current = names.get(key)
                if current is None or (len(name.split()) > len(current.split()) and current.split()[-1] == parts[-1]):
                    names[key] = name
            if _family_name_first(parts) and " " not in names.get(parts[0], ""):
                names[parts[0]] = name  # "Lai Ching-te" ... "Lai told reporters"
            if len(parts) > 2 and parts[-1].lower().rstrip(".") in _GENERATIONS and parts[-2] not in names:
                names[parts[-2]] = name  # "Robert F. Kennedy Jr." ... "Kennedy said"
        return self._with_given_names_the_ner_missed(_to_the_longest(names, first_seen))

    def _with_given_names_the_ner_missed(self, names: dict[str, str]) -> dict[str, str]:
        """A surname known only alone gets the given name written before it where the NER
        left the pair untagged ("Elon Musk said ...", after a headline's "Musk says") or
        tagged the surname alone ("Republican Curtis Sliwa": "Republican Curtis" a group)."""
        alone = {key for key, name in names.items() if " " not in name}
        titles = lexicons.words("titles.txt")
        for tok in tokens_among(self.doc, words=[key.lower() for key in alone]):
            given = self.doc[tok.i - 1] if tok.i > 0 else None
            if (
                tok.text in alone
                and (not tok.ent_type_ or (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B"))  # "Curtis [Sliwa]"
                and given is not None
                and given.pos_ == "PROPN"
                and given.is_title
                and given.is_alpha
                and given.dep_ == "compound"
                and given.head == tok
                and not given.ent_type_
                and given.lower_ not in titles
                and not names_people(given)  # "Candidate Trump"
                and not is_place(given.text)
            ):
                start = _start_of_hyphenated_word(self.doc, given.i)  # "Eva-Marie Persson"
                full = self.doc[start : tok.i + 1].text
                names[tok.text] = names[full] = full
                alone.discard(tok.text)
        return names

    def _people_filed_as_orgs(self) -> dict[str, str]:
        """Names the NER filed as organisations that the article treats as people: the
        subject governing a "he"/"she" clause at least twice ("Volker said he had no
        knowledge ...", "Volker told the committee he tried ..."), and never, or far less,
        an "it" clause. Gendered pronouns refer to people; a company is "it". Returns
        name -> gender, and makes each a full name its surname stands for."""
        votes: dict[str, Counter] = {}
        for tok in tokens_among(self.doc, words=_SUBJECT_GENDERS):
            gender = _SUBJECT_GENDERS[tok.lower_]
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            governor = _governing_person(tok, labels=("ORG",))
            name = self._clean_person(governor) if governor is not None else ""
            if name and _looks_like_a_name(name):
                votes.setdefault(name.split()[-1], Counter())[gender] += 1
        people = {}
        for surname, count in votes.items():
            top = "m" if count["m"] >= count["f"] else "f"
            if count[top] >= 2 and count[top] >= 2 * (count["n"] + count["mf".replace(top, "")]):
                people[surname] = top
        for ent in self.orgs:  # "Montell Figgins" (ORG) where "Figgins" is a PERSON elsewhere
            name = self._clean_person(ent)
            if name and len(name.split()) > 1 and _after_a_title(ent) and _looks_like_a_name(name):
                people.setdefault(name.split()[-1], "x")  # "Chancellor Olaf Scholz's Social Democrats"
                self.full_names.setdefault(name.split()[-1], name)
                continue
            person = self.full_names.get(name.split()[-1], "") if name else ""
            # A full name of its own that is not the person's: "Morgan Stanley" is not
            # "David Stanley".
            other = len(name.split()) > 1 and len(person.split()) > 1 and person != name
            if person and (len(name.split()) > 1 or len(person.split()) > 1) and not other and _looks_like_a_name(name):
                people.setdefault(name.split()[-1], "x")
        for ent in self.orgs:
            name = self._clean_person(ent)
            if name and name.split()[-1] in people and _looks_like_a_name(name):
                current = self.full_names.get(name.split()[-1], "")
                if len(name.split()) > len(current.split()):
                    self.full_names[name.split()[-1]] = name
                self.full_names.setdefault(name, name)
        return people

    def _company_filed_as_person(self, ent: Span) -> str | None:
        """The company a one-word "person" stands for: "Baker" after "Baker International
        Corp", when the article never gives a person that surname."""
        word = ent.text
        if len(ent) != 1 or " " in self.full_names.get(word, ""):
            return None
        return next(
            (
                clean_name(org.text)
                for org in self.orgs
                if org.start_char < ent.start_char
                and len(org) > 1
                and org[0].text == word
                and all(t.is_title or t.is_upper or t.text in ("&", "'s", "\u2019s", "<", ">") for t in org)
            ),
            None,
        )

    def _person_filed_as_org(self, ent: Span) -> str | None:
        """The full name of an ORG entity that is one of :attr:`people_filed_as_orgs`."""
        name = self._clean_person(ent)
        if not name or name.split()[-1] not in self.people_filed_as_orgs:
            return None
        return self.full_names.get(name.split()[-1], name)

    def _learn_from_entities(self) -> None:
        gendered = lexicons.mapping("gendered_words.tsv")
        for ent in self.ents:
            person = self._person_filed_as_org(ent) if ent.label_ == "ORG" else None
            if person:
                gender = self.people_filed_as_orgs.get(person.split()[-1], "x")
                if gender != "x":
                    self.gender.setdefault(person, gender)
                subject = ent.root.dep_ in ("nsubj", "nsubjpass")
                self.antecedents.append(Antecedent(ent.start_char, person, "person", "x", subject, role=_role_of(ent)))
            elif ent.label_ == "PERSON":
                name = self.canonical_person(ent)
                if not name:
                    continue
                for tok in _title_words(ent):
                    g = gendered.get(tok.lower_)
                    if g:
                        self.gender.setdefault(name, g)
                subject = ent.root.dep_ in ("nsubj", "nsubjpass")
                self.antecedents.append(Antecedent(ent.start_char, name, "person", "x", subject, role=_role_of(ent)))
            elif _a_person_filed_as_place(ent) or _named_in_an_office(ent):
                root = ent.root.head if ent.root.dep_ == "appos" else ent.root  # the office's subject
                subject = root.dep_ in ("nsubj", "nsubjpass")
                self.antecedents.append(
                    Antecedent(ent.start_char, ent.text, "person", "x", subject, role=_role_of(ent))
                )
            elif ent.label_ in ("ORG", "GPE", "NORP") and ent.root.dep_ in ("nsubj", "nsubjpass"):
                self.antecedents.append(Antecedent(ent.start_char, _strip_det(ent), _kind_of(ent), "n", True))
        self.antecedents += self._surnames_the_ner_missed()
        self.antecedents += self._groups_as_subjects() + self._roles_as_subjects()
        self.antecedents += self._names_shown_as_people_the_ner_missed()
        for tok, gender in self.people_the_ner_missed.values():
            self.gender.setdefault(tok.text, gender)
            self.antecedents.append(
                Antecedent(tok.idx, tok.text, "person", gender, True, role=_role_of(tok.doc[tok.i : tok.i + 1]))
            )
        self.antecedents.sort(key=lambda a: a.start)

    @cached_property
    def people_the_ner_missed(self) -> dict[int, tuple[Token, str]]:
        """Untagged one-word names the article shows to be people: the subject that a "he"
        or "she" clause hangs from ("Musk wrote that he ..."), or that a "his" or "her"
        between it and its verb refers to ("Trump, in a post on his platform, blasted ...").
        The small model leaves many of today's names untagged. Token index -> (token, gender)."""
        found: dict[int, tuple[Token, str]] = {}
        named_otherwise = {e.text for e in self.ents if e.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC")}
        for pronoun in tokens_among(self.doc, words=("he", "she", "his", "her")):
            subject = _bound_subject(pronoun)
            if subject is None:
                subject = _subject_just_before(pronoun)
                if subject is not None and subject.text in self.full_names:
                    continue  # "Buser, however, ... he says": a surname already known (_surnames_the_ner_missed)
            if subject is None or subject.pos_ != "PROPN" or not subject.is_title:
                continue
            if _person_addressed(subject.head, pronoun):
                continue  # "Badenoch asked the prime minister whether he would ...": his
            if _named_after_a_place(subject, pronoun):
                # "Paris claims that she was working ...": a person named like a city
                # ("Valeska Paris", "Sydney Sweeney"); no place is a "she".
                found.setdefault(subject.i, (subject, "m" if pronoun.lower_ == "he" else "f"))
                continue
            if subject.ent_type_ or subject.text in named_otherwise:
                continue  # "Apple" tagged elsewhere: in "Apple said he would join", he is another
            if any(c.dep_ == "compound" for c in subject.children) or is_place(subject.text):
                continue
            if pronoun.lower_ in ("his", "her") and not (pronoun.dep_ == "poss" and pronoun.i < subject.head.i):
                continue  # "Boeing praised his work": his is someone else's
            if pronoun.lower_ in ("he", "she") and pronoun.dep_ not in ("nsubj", "nsubjpass"):
                continue
            found.setdefault(subject.i, (subject, "m" if pronoun.lower_ in ("he", "his") else "f"))
        return found

    def _groups_as_subjects(self) -> list[Antecedent]:
        """Plural subjects of main clauses that name people ("Analysts were surprised",
        "Protesters gathered"): groups a later "they" may point to though they never spoke."""
        found = []
        strings = self.doc.vocab.strings
        rows = self.doc.to_array([TAG, DEP])
        plural = numpy.isin(rows[:, 0], [strings.add("NNS"), strings.add("NNPS")])
        subject = numpy.isin(rows[:, 1], [strings.add("nsubj"), strings.add("nsubjpass")])
        for i in numpy.flatnonzero(plural & subject):
            tok = self.doc[int(i)]
            # "Analysts were surprised", and groups the NER files as such ("Democrats blocked")
            if tok.head.dep_ == "ROOT" and (tok.ent_type_ == "NORP" or not tok.ent_type_ and _plural_people(tok)):
                span = noun_phrase(tok)
                found.append(Antecedent(span.start_char, _strip_det(span), "group", "p", True, role="main subject"))
        return found

    def _roles_as_subjects(self) -> list[Antecedent]:
        """Offices that are the subject of a main clause ("The senator was blunt", "The
        mayor arrived late"): someone a later "she" may point to though no name was given."""
        gendered = lexicons.mapping("gendered_words.tsv")
        found = []
        for tok in tokens_among(self.doc, words=lexicons.words("titles.txt")):
            if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or tok.tag_ != "NN" or tok.ent_type_:
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                continue
            if any(c.dep_ == "appos" for c in tok.children):
                continue  # "The minister of the economy, Mr. Guajardo Villarreal, argues": named
            span = noun_phrase(tok)
            gender = gendered.get(tok.lower_, "x")
            found.append(
                Antecedent(span.start_char, _strip_det(span), "person", gender, True, role="main subject", named=False)
            )
        return found

    def _names_shown_as_people_the_ner_missed(self) -> list[Antecedent]:
        """Untagged names that an office in apposition ("Rustem Umerov, secretary of the
        council, led the delegation") or a "who" clause ("Rustem Umerov, who leads the
        delegation, said") shows to be people's: whom a later "he" may mean."""
        found = []
        for word in tokens_among(self.doc, words=[*lexicons.words("titles.txt"), "who", "whom"]):
            if word.lower_ in ("who", "whom"):
                if word.head.dep_ != "relcl" or word.head.head.tag_ != "NNP":
                    continue
                name = word.head.head  # the relative clause's antecedent
            else:
                name = word.head
                if word.dep_ != "appos" or not _an_office(word):
                    continue
            if name.pos_ != "PROPN" or name.ent_type_:
                continue
            given = [t for t in name.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and not t.ent_type_]
            words = self.doc[given[0].i if given else name.i : name.i + 1]
            if all(t.is_title for t in words) and _looks_like_a_name(words.text):
                subject = name.dep_ in ("nsubj", "nsubjpass")
                found.append(Antecedent(words.start_char, words.text, "person", "x", subject, role=_role_of(words)))
        return found

    @cached_property
    def untagged_people(self) -> frozenset[str]:
        return frozenset(tok.text for tok, _ in self.people_the_ner_missed.values())

    def _surnames_the_ner_missed(self) -> list[Antecedent]:
        """Mentions of a known person by surname alone that the NER did not tag ("Buser,
        however, is counting on ..." after "Jack Buser"): people a pronoun may point to."""
        surnames = {key: full for key, full in self.full_names.items() if " " not in key and " " in full}
        found = []
        for tok in tokens_among(self.doc, words=[name.lower() for name in surnames]):
            if tok.text in surnames and not tok.ent_type_ and tok.pos_ == "PROPN":
                subject = tok.dep_ in ("nsubj", "nsubjpass")
                role = _role_of(self.doc[tok.i : tok.i + 1])
                found.append(Antecedent(tok.idx, surnames[tok.text], "person", "x", subject, role=role))
        return found

    def _learn_gender_from_pronouns(self) -> None:
        """Gender from the article itself, where the grammar leaves no doubt: a "he"/"she"
        in a clause governed by a named subject ("Omar asked ..., saying she ..."), or after
        the name in a sentence that names no one else. Titles and role words learnt first
        ("Mrs.", "spokeswoman") win; so does a clear majority of these votes."""
        votes: dict[str, Counter] = {}
        people = [e for e in self.ents if e.label_ in ("PERSON", "ORG")]
        names_at = {e.start: self._person_of(e) for e in people}
        people = [e for e in people if names_at[e.start]]
        for tok in tokens_among(self.doc, words=_SUBJECT_PRONOUNS):
            gender = _SUBJECT_PRONOUNS[tok.lower_]
            # Span.ents reads every entity of the doc: on a text of 20,000 one-line
            # sentences that was quadratic. The people of the sentence, by bisection:
            sent = tok.sent
            low = bisect.bisect_left(people, sent.start, key=lambda e: e.start)
            persons = people[low : bisect.bisect_left(people, sent.end, key=lambda e: e.start)]
            names = {names_at[e.start] for e in persons}
            subject = governing_subject(tok)
            if subject is not None and _person_addressed(subject.head, tok):
                continue  # "Badenoch asked the prime minister whether he would apologize"
            name = self._person_named_by(subject, names_at)
            if (
                not name
                and len(names) == 1
                and tok.i >= persons[0].end
                and not _in_fronted_clause(tok, persons[0].start_char, own_subject=False)
            ):
                # not "Asked whether Trump would meet Schumer, she said": the one asked is "she"
                name = next(iter(names))
            if name:
                votes.setdefault(name, Counter())[gender] += 1
        for name, count in votes.items():
            (top, n), *rest = count.most_common() + [(None, 0)]
            if top and n >= 2 * rest[0][1]:
                self.gender.setdefault(name, top)

    @cached_property
    def roles(self) -> dict[str, list[tuple[int, str]]]:
        """Who the article introduces by which role, in reading order: "Wild coach Bruce
        Boudreau", "Gov. Gavin Newsom", "Chris Pine, the actor" -- so that a later "the
        coach", "the governor", "the actor" is that person. A role keeps the words that
        change it: "Vice President Biden" is not "the president"."""
        roles: dict[str, list[tuple[int, str]]] = {}
        for ent in self.ents:
            name = self.canonical_person(ent) if ent.label_ == "PERSON" else ""
            if not name:
                continue
            before = self.doc[ent.start - 1] if ent.start > 0 else None
            words = [before] if before is not None and before.pos_ in ("NOUN", "PROPN") and not before.ent_type_ else []
            words += [c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
            if ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN":
                words.append(ent.root.head)
            for word in words:
                roles.setdefault(_role(word), []).append((ent.start_char, name))
        return roles

    def _person_described(self, head: Token, span: Span) -> str | None:
        """The person a description without a name stands for: the one introduced in its
        role ("the coach", after "Wild coach Bruce Boudreau"; "the spokesman" too), else
        one named before (:meth:`_epithet`: "Marco Rubio pushed back. The former Florida
        senator said ...")."""
        if not _ents(span) and head.tag_ == "NN" and span[0].lower_ in ("the", "this"):
            person = self._person_in_role(head, span.start_char)
            if person:
                return person
        if not _ents(span) and head.tag_ == "NN" and span[0].lower_ in ("a", "an") and _in_the_lede(head):
            return self._named_next_in_role(head, span.end_char)
        return self._epithet(head, span)

    def _named_next_in_role(self, head: Token, after: int) -> str | None:
        """ "A federal judge on Thursday blocked ... U.S. District Judge Susan Illston
        wrote": a lede introduces someone by role and names them a paragraph or two on --
        the one person next introduced in that role (within about 800 characters)."""
        later = {name for start, name in self.roles.get(_role(head), []) if after < start < after + 800}
        return later.pop() if len(later) == 1 else None

    def _epithet(self, head: Token, span: Span) -> str | None:
        """The person a definite description stands for, where news style names someone
        once and then describes them: "The billionaire", "the former Florida senator",
        "the 78-year-old", "the Massachusetts Democrat". The person introduced with every
        word of it (:meth:`_described_so`), else the one introduced in its role
        (:meth:`_person_in_role`), else the one the narrative is about (:meth:`_topic`: the
        main subject of the sentence before, named there). Not an unnamed source ("the
        official said"), a body, a bare office ("the president"), nor a mention with a name
        of its own."""
        if span[0].lower_ != "the" or len(span) > 6 or not _an_epithet_head(head):
            return None
        if any(
            e.label_ == "PERSON" or (e.root == head and e.label_ in ("ORG", "FAC", "WORK_OF_ART")) for e in _ents(span)
        ):
            return None  # a name of its own
        described = self._described_so(span, head)
        if described:
            return described
        modifiers = [t for t in span if t.dep_ != "det" and not t.is_punct and t != head]
        # "the Royal Trust president" is the president introduced; "the Democratic nominee"
        # is not any nominee
        plain = all(
            t.lower_ in lexicons.words("title_modifiers.txt") or t.ent_type_ in ("ORG", "GPE") for t in modifiers
        )
        known = self._person_in_role(head, span.start_char) if plain else None
        if known:  # "the coach"
            return known
        if head.lemma_.lower() in lexicons.words("titles.txt", "roles_in_the_story.txt") and not modifiers:
            # a bare office ("the president") is whoever holds it, a part in the story ("the
            # suspect") whoever plays it: not the last one named
            return None
        if any(t.dep_ == "poss" for t in modifiers):
            # "the team's owner", "the victim's mother": someone known by a tie to another,
            # introduced so (_described_so) or not at all, not the last person named
            return None
        # Only a person named there: "The Tesla CEO said ... The Republican president said"
        # is two people, the first not named in his sentence.
        named = [a for a in self._candidates("x", span.start_char) if a.named]
        topic = self._topic(head, named, ("person",))
        if topic is None and an_age(head):
            # "Real Madrid have signed Trent Alexander-Arnold ..., after the 26-year-old
            # declined ...": an age stands for a person, the one its own sentence named
            here = {a.name for a in named if a.start >= head.sent.start_char}
            return here.pop() if len(here) == 1 else None
        return topic.name if topic is not None else None

    def _described_so(self, span: Span, head: Token) -> str | None:
        """The person last introduced with every word of a description: "the Democratic
        nominee" after "Democratic presidential nominee Hillary Clinton", not after
        "Republican nominee Donald Trump"."""
        words = {t.lower_ for t in span if t.dep_ != "det" and not t.is_punct and t != head} | {head.lemma_.lower()}
        changing = lexicons.words("title_modifiers.txt")  # "vice president" is no president
        found = [
            name
            for start, name, said in self.descriptions
            if start < span.start_char and words <= said and said & changing <= words
        ]
        return found[-1] if found else None

    @cached_property
    def descriptions(self) -> list[tuple[int, str, frozenset[str]]]:
        """Each person with the words that introduce them, in reading order: the title
        before the name and an apposition ("Democratic presidential nominee Hillary
        Clinton", "Chris Pine, the actor"), lower-cased, nouns by their lemma."""
        out = []
        for ent in self.ents:
            name = self.canonical_person(ent) if ent.label_ == "PERSON" else ""
            if not name:
                continue
            words = list(self.doc[ent.root.left_edge.i : ent.start])
            for appos in (c for c in ent.root.children if c.dep_ == "appos"):
                words += list(appos.subtree)
            said = {w.lower_ for w in words if not w.is_punct} | {w.lemma_.lower() for w in words if w.pos_ == "NOUN"}
            if said:
                out.append((ent.start_char, name, frozenset(said)))
        return out

    def _person_in_role(self, head: Token, before: int) -> str | None:
        """The person last introduced in ``head``'s role before offset ``before``, if any."""
        known = [name for start, name in self.roles.get(_role(head), []) if start < before]
        return known[-1] if known else None

    def _person_of(self, ent: Span) -> str:
        """The person an entity names: a PERSON's full name, an ORG the article shows to be
        a person (:meth:`_person_filed_as_org`), else ``""``."""
        if ent.label_ == "PERSON":
            return self.canonical_person(ent)
        return (self._person_filed_as_org(ent) or "") if ent.label_ == "ORG" else ""

    def _person_named_by(self, subject: Token | None, names_at: dict[int, str] | None = None) -> str | None:
        """The person a subject token names: a person entity's name (looked up in
        ``names_at`` when given), or a surname the NER missed or mislabelled here but knows
        as a person elsewhere ("Volker told the committee he ...")."""
        if subject is None:
            return None
        ent = entity_of(subject)
        if ent is not None:
            name = names_at.get(ent.start) if names_at is not None else self._person_of(ent)
            if name:
                return name
        # An entity that names no person may still be a surname known from elsewhere.
        known = self.full_names.get(subject.text, "") if subject.pos_ == "PROPN" else ""
        return known if len(known.split()) > 1 else None

    def canonical_person(self, ent: Span) -> str:
        name = self._clean_person(ent)
        if not name:
            return ""
        return self.full_names.get(name) or self.full_names.get(name.split()[-1]) or name

    def remember(self, speaker: Speaker) -> None:
        """Record a resolved speaker so later pronouns can point at it (not an indefinite
        one: after "some note that Trump -- even as he says ...", "he" is still Trump)."""
        if speaker.kind == "anonymous" and speaker.text.lower() in lexicons.words("indefinite_pronouns.txt"):
            return
        if speaker.name in _THE_WRITER:
            return  # the writer's "I" is no one a later "she" can mean
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        words = speaker.text.lower().split()
        # The mention's head word: "analysts" in "Analysts at Morgan Stanley".
        root = span.root if span is not None and len(span) else None
        head = root.lower_ if root is not None else (words[-1] if words else "")
        if speaker.kind == "person":
            gender = self.gender.get(speaker.name, "x")
        elif speaker.kind in ("anonymous", "group"):
            # "two people familiar with the talks" are as plural as "analysts"
            plural = (head.endswith("s") and not head.endswith("ss")) or (
                root is not None and root.tag_ in ("NNS", "NNPS")
            )
            gender = "p" if plural else lexicons.mapping("gendered_words.tsv").get(head, "x")
        else:
            gender = "n"
        kind = speaker.kind
        if kind == "anonymous" and gender != "p":
            kind = "person"  # "a spokesman said ... He added": an unnamed person is still a he or she
        role = _role_of(span) if span is not None and len(span) else "other"
        # named: the mention gives the name ("Smith said"), not a pronoun or a description
        # ("the opposition leader said", no name to call him by later)
        named = kind != "person" or (
            (speaker.name.split() or [""])[-1].lower() in words
            and speaker.text.lower() not in self.pronouns
            and speaker.name[:1].isupper()
        )
        mention = Antecedent(speaker.start, speaker.name, kind, gender, True, True, role=role, named=named)
        bisect.insort(self.antecedents, mention, key=lambda a: a.start)

    # -- resolving ----------------------------------------------------------
    def resolve(self, head: Token, span: Span | None = None) -> Speaker:
        """A :class:`Speaker` for the mention headed by ``head``."""
        if head.i in self._resolving:
            # A mention that leads back to itself (an owner, an apposition, a pronoun's
            # subject, each read off a parse) is taken as written rather than looped on.
            span = span if span is not None else noun_phrase(head)
            base = dict(text=span.text, start=span.start_char, end=span.end_char)
            return _described(head, span, base, head.lemma_.lower(), False)
        self._resolving.add(head.i)
        try:
            speaker = self._resolve(head, span)
        finally:
            self._resolving.discard(head.i)
        name = clean_name(speaker.name)
        if name == speaker.name or not name:
            return speaker
        return Speaker(speaker.text, speaker.start, speaker.end, name, speaker.kind, speaker.title)

    def _resolve(self, head: Token, span: Span | None) -> Speaker:
        seated = _seated_mention(head)
        if seated is not None:
            head, span = seated  # "the Beaverton, Oregon-based company": "the company"
        span = span if span is not None else noun_phrase(head)
        text = span.text
        base = dict(text=text, start=span.start_char, end=span.end_char)
        if head.lower_ in lexicons.words("indefinite_pronouns.txt") and not any(c.i < head.i for c in head.children):
            return self._indefinite(head, base)  # "another", not "29 others"
        if head.pos_ == "PRON" or head.lower_ in self.pronouns:
            return self._pronoun(head, base)
        lemma = head.lemma_.lower()
        role_noun = not head.ent_type_ and (
            lemma in lexicons.words("titles.txt") or lemma in lexicons.words("anonymous_sources.txt")
        )
        if not head.ent_type_ or head.ent_type_ == "CARDINAL":
            # "Malaysia's Prime Minister, Najib Razak", "Terence Fan, an air industry expert",
            # "Dubai's flagship carrier Emirates Airline", "one of the attorneys, Justin
            # Bamberg": the name in apposition is the speaker.
            named = self._named_neighbour(head)
            if named is not None and (
                named.ent_type_ == "PERSON" or not _ents(span) or role_noun or named.head == head
            ):
                return self.resolve(named)
            missed = _name_missed_in_apposition(head) if role_noun and named is None else None
            if missed is not None:
                return Speaker(missed.text, missed.start_char, missed.end_char, missed.text, "person", _strip_det(span))
        person = self._person_described(head, span)
        if person:
            return Speaker(**base, name=person, kind="person", title=_strip_det(span))
        # "Biden's campaign", "Trump's lawyers", "the senator's spokesman": the one whose
        # campaign it is does not speak; the campaign does.
        persons = [
            e
            for e in _ents(span)
            if e.label_ == "PERSON"
            and not is_place(self._clean_person(e))
            and not _only_qualifies(e, head)
            and not _corporate_suffix(e[-1].text)  # "British Airways Plc", the NER's "Plc" a person
        ]
        if persons:
            return self._named_person(persons[-1], span, base)
        return self._no_person_in_the_span(head, span, base, lemma)

    def _no_person_in_the_span(self, head: Token, span: Span, base: dict, lemma: str) -> Speaker:
        """The speaker of a mention whose words tag no person: a name tagged elsewhere in the
        article, an office in apposition, an entity, a body known by its noun."""
        known = self.full_names.get(head.text)
        if known and len(known.split()) > 1 and _short_for(head, known):
            # A surname the NER missed or mislabelled here but tagged as a person elsewhere.
            return Speaker(**base, name=known, kind="person", title=None)
        if len(span) == 1 and head.ent_type_ in ("", "GPE", "LOC") and head.text in self.untagged_people:
            return Speaker(**base, name=head.text, kind="person", title=None)  # "Musk wrote that he ..."
        if head.pos_ == "PROPN" and head.ent_type_ not in ("GPE", "NORP") and _in_an_office(head):
            # "Clementine Nkweta-Salami, the U.N.'s humanitarian coordinator", filed as a work
            # of art or an organisation, or not at all: the office in apposition is a person's.
            return Speaker(**base, name=_strip_det(span), kind="person", title=None)
        seat = _seat_described(span, head)
        orgs = [
            e
            for e in _ents(span)
            if e.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC", "PERSON", "WORK_OF_ART") and e.start not in seat
        ]
        head_in_ent = [e for e in orgs if e.start <= head.i < e.end]
        if head_in_ent:
            return self._entity_speaker(head_in_ent[0], base)
        agency = self._latest_agency(span.start_char) if lemma == "agency" and span[0].lower_ == "the" else None
        if agency and len(span) == 2:
            return Speaker(**base, name=agency, kind="organization", title=None)
        found = self._source_noun(head, span, base, lemma) or (
            None if orgs else self._body_by_noun(head, span, base, lemma)
        )
        if found is not None:
            return found
        if head.ent_type_ == "PERSON":
            return Speaker(**base, name=head.text, kind="person", title=None)
        full = self.orgs_in_full.get(_strip_det(span)) if head.pos_ == "PROPN" and not orgs else None
        if full:  # "Big Machine denied", the NER silent, after "Big Machine Records"
            return Speaker(**base, name=full, kind="organization", title=None)
        if head.pos_ == "PROPN" and not orgs:
            titled = self._titled_name(head)
            if titled is not None:
                return Speaker(**base, name=titled, kind="person", title=None)
        # a person named in the description ("chief of staff to Sen. Robert Menard") makes it no body
        return _described(head, span, base, lemma, any(e.label_ != "PERSON" for e in orgs))

    def _indefinite(self, head: Token, base: dict) -> Speaker:
        """ "Another said", "one of the officials said", "some say": someone not named
        before, kept as written -- unless named right there ("one of the family's attorneys,
        Justin Bamberg")."""
        named = self._named_neighbour(head)
        if named is not None and named.ent_type_ == "PERSON":
            return self.resolve(named)
        of = [t for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
        name = as_written([head, *of]) if of and of[0].i == head.i + 1 else head.text
        return Speaker(**base, name=name, kind="anonymous", title=None)

    def _source_noun(self, head: Token, span: Span, base: dict, lemma: str) -> Speaker | None:
        """A document ("the report", speaking for its issuer when it names one: "the
        statement from Hamas" is Hamas's) or an unnamed source ("a spokesman for the
        newspaper La Nation": the organisation only qualifies him)."""
        if head.lower_ in lexicons.words("document_sources.txt") or lemma in lexicons.words("document_sources.txt"):
            issuer = _issuer_named(head)
            if issuer is not None:
                found = self._resolve(issuer, head.doc[issuer.left_edge.i : issuer.i + 1])
                return Speaker(**base, name=found.name, kind=found.kind, title=found.title)
            outlet = _outlet_named(head, span)
            if outlet is not None:
                return Speaker(**base, name=_strip_det(outlet), kind="organization", title=None)
            return Speaker(**base, name=_strip_det(span), kind="document", title=None)
        if head.lower_ in lexicons.words("anonymous_sources.txt") or lemma in lexicons.words("anonymous_sources.txt"):
            return Speaker(**base, name=_strip_det(span), kind="anonymous", title=None)
        return None

    def _latest_agency(self, before: int) -> str | None:
        """The public body "the agency" points back to: the organisation named last, when
        it is one ("The Congressional Budget Office estimated ... The agency said"); a
        company or a news agency named last leaves "the agency" as written."""
        named = [e for e in self._named_orgs_before(before) if not _addressee(e)]
        return _strip_det(named[-1]) if named and _institution(named[-1]) else None

    def _named_orgs_before(self, before: int) -> Iterator[Span]:
        """The organisations named before offset ``before``, in order, also where the NER
        filed the name as a place once ("Nvidia's revenue rose", Nvidia an organisation
        elsewhere); not a lower-case entity ("cts" for cents, filed as an organisation)."""
        for ent in self._org_mentions:
            if ent.start_char >= before:
                break
            if not ent.text.islower():
                yield ent

    @cached_property
    def _org_mentions(self) -> list[Span]:
        """The organisations named, also where the NER filed the name as a place: one it
        files as an organisation elsewhere, or a "place" no gazetteer knows that acts as a
        subject somewhere ("Nvidia reported quarterly revenue", Nvidia filed as a GPE)."""
        names = {e.text for e in self.orgs}
        names |= {
            e.text
            for e in self.ents
            if e.label_ == "GPE"
            and e.root.dep_ == "nsubj"
            and e[0].is_title
            and not is_place(e.text)
            and _seated_mention(e.root) is None  # "the Beaverton, Oregon-based company said"
        }
        names |= self._teams_named_otherwise
        return [
            e
            for e in self.ents
            if (
                e.label_ == "ORG"
                or (e.label_ in ("GPE", "NORP") and e.text in names)
                or (e.label_ == "PERSON" and e.text in self._teams_named_otherwise)
            )
            and not (e.text.isupper() and in_a_dateline(e))  # "DETROIT -- The automaker said": a place
            and not _dateline_outlet(e)  # "AUSTIN, Texas (Reuters) -": the wire
        ]

    @cached_property
    def _teams_named_otherwise(self) -> frozenset[str]:
        """ "Barcelona coach Hansi Flick", "Manchester United defender Lisandro Martinez":
        teams the NER filed as a place or a person (:func:`_a_team_of`)."""
        return frozenset(e.text for e in self.ents if e.label_ in ("GPE", "PERSON") and _a_team_of(e))

    def _body_by_noun(self, head: Token, span: Span, base: dict, lemma: str) -> Speaker | None:
        """ "The company", "the ministry", "the chipmaker": the one whose shares the governing
        clause is about ("Nvidia shares fell after the chipmaker said"), else the
        organisation the article's latest clauses were about (:meth:`_latest_org`)."""
        seat = _seat_described(span, head)
        # a short description: "the German chipmaker", "the department store chain" (its
        # compounds one word), the words of its seat aside
        words = [t for t in span if t.i not in seat and t.dep_ != "compound"]
        if not _body_noun(head) or span[0].lower_ not in ("the", "this", "that") or len(words) > 3:
            return None
        if head.tag_ in ("NNS", "NNPS"):
            return None  # "the companies said": more than the one named last; as written
        if _introduced_unnamed(head) or _set_against_the_clause_before(head):
            return None  # "an investor group led by First Boston ... the group": that group, unnamed
        shares = governing_subject(head)
        owner = company_of_shares(shares) if shares is not None else None
        if owner is not None and owner != head:  # "Shares of the company fell": the company is not its own owner
            return Speaker(**base, name=self.resolve(owner).name, kind="organization", title=None)
        earlier = self._latest_org(span.start_char, lemma)
        return Speaker(**base, name=earlier, kind="organization", title=None) if earlier else None

    def _entity_speaker(self, ent: Span, base: dict) -> Speaker:
        """A speaker the NER named, not as a person: a country, an organisation (by the
        full name the article gave it), or a person the NER filed as an organisation."""
        person = self._person_filed_as_org(ent) if ent.label_ == "ORG" else None
        if person:
            return Speaker(**base, name=person, kind="person", title=None)
        if _named_in_an_office(ent):
            return Speaker(**base, name=_strip_det(ent), kind="person", title=None)
        # (an organisation's name may hold a title word: "General Mills Inc", "Attorney
        # General's Office")
        titled = _after_inner_title(list(ent), at_least=2) if ent.label_ not in ("GPE", "NORP", "ORG") else None
        if titled:  # "Paiporta Mayor Maribel Albalat", filed as a work of art
            return Speaker(**base, name=as_written(titled), kind="person", title=None)
        name = _strip_det(_with_untagged_name_words(ent))
        name = self.orgs_in_full.get(name, name) if ent.label_ == "ORG" else name
        kind = "country" if is_country(name) else "organization"
        return Speaker(**base, name=name, kind=kind, title=None)

    def _named_person(self, person: Span, span: Span, base: dict) -> Speaker:
        """The person a PERSON entity in the mention names, with the title written before
        it ("Finance Minister"); or the company, when the NER took one for a person."""
        company = self._company_filed_as_person(person)
        if company:
            return Speaker(**base, name=company, kind="organization", title=None)
        title_toks = [t for t in span if t.i < person.start and t.dep_ != "det" and not t.is_punct]
        if _names_the_body_before_it(person):  # "a Lagos-based consultancy, SBM Intelligence"
            name = as_written([*(t for t in title_toks if t.pos_ == "PROPN"), *person])
            return Speaker(**base, name=name, kind="organization", title=None)
        title = self.doc[title_toks[0].i : title_toks[-1].i + 1].text if title_toks else ""
        return Speaker(
            **base, name=self.canonical_person(person), kind="person", title=title if title.strip() else None
        )

    def pair(self, head: Token, definite_by_count: bool = False) -> list[Speaker] | None:
        """The two parties a "the two sides" or "both countries" stands for: of the entities
        its noun can name (``pair_nouns.tsv``), the two the article has named most often so
        far, the one it named first first among equals (a pair is introduced early, asides
        come later); ``None`` for any other mention.

        In "Ecuador will use a new link with Colombia ... debts contracted with Venezuela
        and Nigeria ... an agreement between the two nations", the nations are Ecuador and
        Colombia, not the two named last. ``definite_by_count``: a "the companies" with no
        pair just named counts too (for a reporter of a deal: "the companies said these
        lawsuits have been settled")."""
        labels = lexicons.mapping("pair_nouns.tsv").get(head.lower_)
        if labels is None:
            return None
        counted = any(c.lower_ in ("two", "both") for c in head.children)
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in head.children)
        if counted or definite:
            recent = self._pair_just_named(head, labels.split(","))
            if recent is not None:
                return recent
        if not (counted or (definite and definite_by_count)):
            return None
        counts: Counter = Counter()
        first: dict[str, Span] = {}
        for ent in self.ents:
            if ent.start_char >= head.idx:
                break
            if ent.label_ in labels.split(",") and not _a_place_where(ent) and not in_a_dateline(ent):
                name = self._pair_name(ent)
                counts[name] += 1
                first.setdefault(name, ent)
        if len(counts) < 2:
            return None
        top = sorted(counts, key=lambda name: (-counts[name], first[name].start))[:2]
        joined = self._pairs_as_subjects(head, [*labels.split(","), "PERSON"])
        if joined:
            # "The United States and the Soviet Union have agreed to resume talks ... the two
            # sides had agreed on an agenda", "Biden and Xi agreed ...": a pair the article made
            # a subject (its leaders stand for the sides), named as often as the two named most
            mentions = Counter(self._pair_name(e) for e in self.ents if e.end_char <= head.idx)
            best = max(joined, key=lambda pair: (mentions[pair[0][0]] + mentions[pair[1][0]], -pair[0][1].start))
            if mentions[best[0][0]] + mentions[best[1][0]] >= counts[top[0]] + counts[top[1]]:
                top = [name for name, _ in best]
                first.update({name: ent for name, ent in best})
        span = noun_phrase(head)
        return [Speaker(span.text, span.start_char, span.end_char, name, _kind_of(first[name])) for name in top]

    def _pair_just_named(self, head: Token, labels: list[str]) -> list[Speaker] | None:
        """The pair a mention's own sentence, or else the sentence before it in its
        paragraph, names, one of them as a subject: two joined by "and" ("Israel and Hamas
        held talks in Doha. The two sides agreed ..."), or two and no other ("Biden met Xi
        in Lima. The two leaders agreed ...", "Boeing will sell Jeppesen to Thoma Bravo.
        The companies signed ..."). Else :meth:`pair`'s count: "the two nations" goes back
        to the article's pair, past an aside on two others ("debts owed to Venezuela and
        Nigeria")."""
        sent = head.sent
        reporting = governing_subject(head)
        reporters = coordinated(reporting) if reporting is not None else []
        scopes = [(sent.start_char, head.idx)]
        before = _sentence_before_in_paragraph(sent)
        if before is not None:
            scopes.append((before.start_char, before.end_char))
        for start, end in scopes:
            ents = [
                e
                for e in self.ents
                if start <= e.start_char and e.end_char <= end and e.label_ in labels and not _a_place_where(e)
            ]
            # "China's Ministry of Commerce said": one body, not two sides; "Turkey and Qatar
            # said both sides had agreed": the two who report it are not the sides
            ents = [
                e
                for e in ents
                if not any(e.root.head.i in range(o.start, o.end) and e.root.dep_ == "poss" for o in ents)
                and e.root not in reporters
            ]
            named = self._coordinated_pair(ents) or {self._pair_name(e): e for e in ents}
            if len(named) == 2 and any(_a_subject(e.root) for e in named.values()):
                span = noun_phrase(head)
                return [Speaker(span.text, span.start_char, span.end_char, n, _kind_of(e)) for n, e in named.items()]
            if named:
                return None
        return None

    def _pairs_as_subjects(self, head: Token, labels: list[str]) -> list[tuple[tuple[str, Span], ...]]:
        """The pairs joined by "and" as a subject before ``head``: (name, mention) twice."""
        ents = [e for e in self.ents if e.end_char <= head.idx and e.label_ in labels]
        return [
            ((self._pair_name(first), first), (self._pair_name(second), second))
            for first in ents
            for second in ents
            if second.root.dep_ == "conj" and second.root.head == first.root and _a_subject(first.root)
        ]

    def _coordinated_pair(self, ents: list[Span]) -> dict[str, Span] | None:
        """Two of the entities joined by "and", by name: "Israel and Hamas"."""
        for first in ents:
            for second in ents:
                if second.root.dep_ == "conj" and second.root.head == first.root:
                    return {self._pair_name(first): first, self._pair_name(second): second}
        return None

    def _pair_name(self, ent: Span) -> str:
        if ent.label_ == "PERSON":
            return self.canonical_person(ent) or ent.text
        return _strip_det(ent)

    def _titled_name(self, head: Token) -> str | None:
        """A name the NER missed, read off the surface: capitalised words (and name
        particles) after a title word -- "Finance Minister Barend du Plessis"."""
        doc = head.doc
        titles = lexicons.words("titles.txt")
        i = head.i
        words = [head]
        while (
            i - 1 >= 0
            and (
                doc[i - 1].pos_ == "PROPN"
                or doc[i - 1].lower_ in _NAME_PARTICLES
                or (doc[i - 1].is_title and not doc[i - 1].is_sent_start)
            )
            and doc[i - 1].lower_.rstrip(".") not in titles
        ):
            i -= 1
            words.insert(0, doc[i])
        has_title = i - 1 >= 0 and doc[i - 1].lower_.rstrip(".") in titles
        name = as_written(words)
        known = self.full_names.get(head.text)
        if known:
            return known
        if not has_title or is_place(name):
            return None
        self.full_names.setdefault(name, name)
        self.full_names.setdefault(head.text, name)
        return name

    @staticmethod
    def _named_neighbour(head: Token) -> Token | None:
        """A name standing in apposition or coordination with a description:
        "the operator of the plant" in "TEPCO, the operator of the plant, warned"."""
        if head.pos_ == "PROPN" and head.lower_.rstrip(".") not in lexicons.words("titles.txt"):
            # A name the NER missed is its own name ("Nigeria and France"); not "Home Secretary",
            # nor a team before a player's position ("Chiefs tight end Travis Kelce").
            return _person_in_apposition(head) if not head.ent_type_ else None
        # A conj joined by "and"/"or" is a second party, not an apposition misparsed.
        coordinated_by_word = any(c.dep_ == "cc" for c in head.children)
        # ... but "American academic and professor Marc Lamont Hill": a bare description
        # (no article) joined to a person is that person described twice.
        bare = head.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in head.children)
        neighbours = [
            c
            for c in head.children
            if c.dep_ == "appos"
            or (c.dep_ == "conj" and (not coordinated_by_word or (bare and c.ent_type_ == "PERSON")))
        ]
        if head.dep_ == "appos" and not (head.head.ent_type_ in ("GPE", "LOC") and names_people(head)):
            neighbours.append(head.head)  # but "in northern Haiti, a source at the radio": not Haiti
        neighbours += _apposition_after_employer(head) + _name_it_goes_by(head)
        for tok in neighbours:
            if tok.ent_type_ in ("PERSON", "ORG", "GPE") and tok.pos_ == "PROPN":
                return tok
        return _person_in_apposition(head)

    def _latest_org(self, before: int, noun: str) -> str | None:
        """The organisation a "the company", "the council" names: of those named before,
        the last whose name has the noun as its head ("the council": the Security Council;
        not "the club": the Club World Cup) or, for a company, the last a clause was about
        (:func:`_what_a_clause_is_about`), else the last named. One that was just quoted
        comes first: in "The Sudan Doctors Network said the RSF stormed the village. Among
        the dead were 11 children, the group said", the reporting goes on."""
        best = subject = None
        subject_at = here = -1
        mention = self._token_at(before)
        sentence_start = mention.sent.start_char if mention is not None else before
        fits: set[str] = set()
        seen: set[str] = set()
        for ent in self._named_orgs_before(before):
            name = _strip_det(ent)
            seen.add(name)
            if ent.text in self._teams_named_otherwise and "\n" in ent.doc.text[ent.end_char : before]:
                continue  # a team named by its city is "the club" only in its own paragraph
            if ent.root.lower_ == noun:
                best = subject = name
                subject_at = ent.start_char
                fits.add(name)
            elif _a_company_noun(noun):
                # "the company" is not "the Gaza health ministry" nor "the U.S. Army", nor
                # the outlet someone spoke to.
                if (
                    _institution(ent)
                    or ent.text in self.institutions_by_initials
                    or _addressee(ent)
                    or _a_news_outlet(ent)  # "the official Iranian news agency IRNA reported"
                    # a person the NER also filed as an organisation (not a team it filed as a person)
                    or (self._mostly_a_person(ent.text) and ent.text not in self._teams_named_otherwise)
                    or self._person_filed_as_org(ent)  # "Bournemouth coach Andoni Iraola", filed so
                    or _venue(ent)
                    or (noun not in _COMPANY_WORDS and _possessive(ent))
                ):
                    continue
                best = name
                fits.add(name)
                if ent.start_char >= sentence_start and _in_subject_over(ent, mention):
                    here = ent.start_char
                if _what_a_clause_is_about(ent):
                    subject, subject_at = name, ent.start_char
        quoted = self._org_quoted_just_before(mention)
        # "Amnesty International said ... The group accused": a rights group or an armed one
        # is a group as much as a company is
        goes_on = quoted in fits or (quoted and noun == "group")
        # a name the NER missed (not "the automaker", nor "the Kremlin", which it filed and is no company)
        named_alone = best is None and quoted and quoted[:1].isupper() and quoted not in seen
        if goes_on or (quoted and _a_company_noun(noun) and (_a_company_name(quoted) or named_alone)):
            # (a company the NER did not file as an organisation goes on speaking too: "Starbucks
            # said ... The company said", where the NER named no organisation at all)
            return quoted
        if here > subject_at and subject_at < sentence_start:
            # named in the subject of the mention's own clause: "Shareholders of Paramount
            # Global approved the company's merger" (not Nvidia, the sentence before's subject;
            # but in "exceeded a forecast made during the bid by Dixons ... and the company
            # said" the company is still Woolworth)
            return best
        return subject or best

    @cached_property
    def institutions_by_initials(self) -> frozenset[str]:
        """The initials of the article's public bodies, as it may go on naming them: "FTC"
        after "the Federal Trade Commission" is no company."""
        return frozenset(
            "".join(t.text[0] for t in ent if t.is_title and t.pos_ == "PROPN")
            for ent in self.orgs
            if _institution(ent)
        )

    def _token_at(self, at: int) -> Token | None:
        """The token at character offset ``at``."""
        mention = self.doc.char_span(at, at + 1, alignment_mode="expand")
        return mention[0] if mention is not None and len(mention) else None

    def _org_quoted_just_before(self, mention: Token | None) -> str | None:
        """The organisation last quoted by name in the sentence before the mention's or
        earlier in the mention's own, if any."""
        if mention is None:
            return None
        sent = mention.sent
        since = sent.start_char if sent.start == 0 else self.doc[sent.start - 1].sent.start_char
        quoted = [
            a
            for a in self.antecedents
            if since <= a.start < mention.idx
            and a.is_speaker
            and a.named
            and a.kind == "organization"
            and a.name.lower() not in self.pronouns  # "It said ...": no name
        ]
        return quoted[-1].name if quoted else None

    def _mostly_a_person(self, name: str) -> bool:
        """Whether a name the NER filed as an organisation is a person's it filed as one at
        least as often: "Figgins" is, "OpenAI" (an organisation twice, once a person in
        '"OpenAI is not for sale," Taylor said') is not."""
        if name not in self.full_names:
            return False
        as_person, as_org = self._tag_counts
        return as_person[name.split()[-1]] >= as_org[name]

    @cached_property
    def _tag_counts(self) -> tuple[Counter, Counter]:
        """How often the NER filed each surname as a person and each name as an organisation."""
        surnames = (self._clean_person(e).split()[-1:] for e in self.ents if e.label_ == "PERSON")
        return Counter(last[0] for last in surnames if last), Counter(e.text for e in self.orgs)

    def _pronoun(self, head: Token, base: dict) -> Speaker:
        gender, kind = self.pronouns.get(head.lower_, ("x", "person"))
        if _the_writer(head) and not self._quoted(head.idx):
            # Outside quotation marks "I" and "we" are the writer ("We asked an expert what
            # that means"), whom no one named before stands for.
            return Speaker(**base, name=base["text"], kind=kind, title=None)
        if gender in ("m", "f"):
            # Inside one sentence the grammar binds the pronoun to a named subject before it:
            # "Carlineo was arrested for a call in which he said", "When Carlineo was
            # approached, he told police" -- whoever spoke last in the article.
            named = self._subject_person(head)
            if named and self.gender.get(named, self.read_as.get(named, gender)) == gender:
                self.read_as.setdefault(named, gender)
                return Speaker(**base, name=named, kind="person", title=None)
        if gender in ("p", "n"):
            # "Most analysts agree ..., but they say", "The ministry issued a statement in
            # which it said": the subject of the governing clause, in number.
            subject = governing_subject(head)
            if gender == "n" and subject is not None and subject.tag_ in ("NNS", "NNPS"):
                subject = _owner(subject) or subject  # "Apple's shares fell after it said"
            if gender == "p" and subject is not None:
                subject = counted_people(subject) or subject  # "Thousands of farmers ..., which they say"
            tags = ("NNS", "NNPS") if gender == "p" else ("NN", "NNP")
            if (
                subject is not None
                and subject.tag_ in tags
                and (names_people(subject) or is_source_like(subject) or (gender == "p" and _of_a_nation(subject)))
            ):
                named = self.resolve(subject)
                return Speaker(**base, name=named.name, kind=named.kind, title=named.title)
        body = _body_asked_for_comment_before(head) if gender == "n" else None
        if body is not None:
            named = self.resolve(body)
            return Speaker(**base, name=named.name, kind=named.kind, title=named.title)
        candidates = self._candidates(gender, base["start"])
        kinds = {"m": ("person",), "f": ("person",), "p": ("group", "anonymous")}.get(gender)
        best = (self._topic(head, candidates, kinds) if kinds else None) or self._salient(
            candidates, gender, base["start"]
        )
        if best is None:
            # No source before it: "it" points forward ("The streaming company lost 1.2
            # million subscribers, it said" opening an article). After one, "it said"
            # goes on quoting that source, whatever the clause is about.
            subject = _subject_reported_ahead(head) if gender == "n" else None
            if subject is not None:
                named = self.resolve(subject)
                return Speaker(**base, name=named.name, kind=named.kind, title=named.title)
            return Speaker(**base, name=base["text"], kind=kind, title=None)
        if gender in ("m", "f") and best.kind == "person":
            self.read_as.setdefault(best.name, gender)
        return Speaker(**base, name=best.name, kind=best.kind, title=None)

    def _candidates(self, gender: str, at: int) -> list[Antecedent]:
        """The mentions before offset ``at`` (within 3,000 characters) that a pronoun of
        this gender can point at."""
        if gender in ("m", "f", "x"):
            wanted = {"person"}
        elif gender == "n":
            wanted = {"organization", "country", "document"}
        else:
            wanted = {"group", "anonymous", "organization", "country"}
        out = []
        for a in self.antecedents:
            if a.start >= at or at - a.start > 3000 or a.kind not in wanted:
                continue
            known = self.gender.get(a.name, a.gender)
            ruled_out = known if known != "x" else self.read_as.get(a.name, "x")
            if gender in ("m", "f") and ruled_out in ("m", "f", "p", "n") and ruled_out != gender:
                continue
            if gender == "p" and a.kind in ("group", "anonymous") and known not in ("p", "x"):
                continue
            out.append(a)
        return out

    def _topic(self, pronoun: Token, candidates: list[Antecedent], kinds: tuple[str, ...]) -> Antecedent | None:
        """The person (or, for "they", the group) the narrative has just turned to, if any:
        the nearest named before the pronoun in its own sentence, as a subject or inside a
        clause that opens it ("While the plan did not appeal to Dana Whitfield, she said"),
        or as the subject of the main clause of the sentence before it (quotations aside).
        It beats an earlier speaker: in "Wild defenseman Ryan Suter ... could see the
        frustration. 'He's used to scoring goals,' he said." the "he" is Suter, not the
        coach quoted a paragraph up; in "Apple said sales rose. Analysts were surprised.
        They said ..." "they" are the analysts."""
        sentence_from, topic_from = self._topic_window(pronoun)
        people = [
            a for a in reversed(candidates) if a.start >= topic_from and a.kind in kinds and not self._quoted(a.start)
        ]
        here = next(
            (
                a
                for a in people
                if a.start >= sentence_from
                and not _in_fronted_clause(pronoun, a.start, own_subject=False)
                and (
                    _in_fronted_clause(pronoun, a.start)
                    or (a.is_subject and not _in_clause(pronoun, a.start, ("ccomp", "parataxis")))
                )
            ),
            None,
        )
        if here is not None:
            return here
        # The sentence before: its main subject, if it has one ("Saleh said ..., and Sadat
        # agreed" has two, and leaves the choice to salience).
        before = [a for a in people if a.start < sentence_from and a.role == "main subject"]
        if not before and not _nominal_subject(pronoun.doc, topic_from):
            # The parser gave it no subject ("Writing to seven newspapers, Naoto Kan, the
            # prime minister, expressed ...", with "Writing" the subject): its one person.
            before = [a for a in people if a.start < sentence_from]
        return before[0] if len({a.name for a in before}) == 1 else None

    def _salient(self, candidates: list[Antecedent], gender: str, at: int) -> Antecedent | None:
        """The nearest candidate, an earlier speaker or subject counting as nearer than a
        passing mention."""
        best, best_score = None, None
        for a in candidates:
            score = (at - a.start) - (800 if a.is_speaker else 0) - (300 if a.is_subject else 0)
            if self._quoted(a.start):
                score += 500  # named inside someone's quotation: talked about, not the one talking
            if gender in ("m", "f") and self.gender.get(a.name, a.gender) == gender:
                score -= 200  # the article said so: a known "she" beats a nearer unknown
            if best_score is None or score < best_score:
                best, best_score = a, score
        return best

    def _topic_window(self, pronoun: Token) -> tuple[int, int]:
        """Where the pronoun's sentence starts, and where the sentence before it does
        (the last before it outside quotation marks)."""
        doc, sent = pronoun.doc, pronoun.sent
        before = sent.start - 1
        while before >= 0 and (doc[before].is_space or doc[before].is_quote or self._quoted(doc[before].idx)):
            before -= 1  # a quote is at most MAX_QUOTE characters: a short walk
        if before < 0:
            return sent.start_char, sent.start_char
        return sent.start_char, doc[before].sent.start_char

    @cached_property
    def orgs_in_full(self) -> dict[str, str]:
        """Short forms of the article's organisations -> their full names: "Big Machine" ->
        "Big Machine Records", when the words cut are a company's suffix (Corp, Records,
        Group, ...). "Apple" does not become "Apple Music"."""
        suffixes = lexicons.words("corporate_suffixes.txt")
        full: dict[str, str] = {}
        for ent in self.orgs:
            words = _strip_det(ent).split()
            for cut in range(len(words) - 1, 0, -1):
                if all(w.lower() in suffixes for w in words[cut:]):
                    full.setdefault(" ".join(words[:cut]), " ".join(words))
                else:
                    break
        return full

    @cached_property
    def quotes(self) -> list[Quote]:
        """The article's quotations (:func:`claimx.quotes.find_quotes`)."""
        return find_quotes(text_of(self.doc))

    def _quoted(self, offset: int) -> bool:
        i = bisect.bisect_right(self.quotes, offset, key=lambda q: q.start) - 1
        return i >= 0 and offset < self.quotes[i].end

    def _subject_person(self, pronoun: Token) -> str | None:
        """The person named by :func:`governing_subject` or :func:`_fronted_clause_subject`."""
        return self._person_named_by(governing_subject(pronoun)) or self._person_named_by(
            _fronted_clause_subject(pronoun)
        )


FIRST_PERSON = frozenset({"i", "we", "us", "me"})
# the first person as a subject is written: "the i" is a newspaper
_THE_WRITER = ("I", "we", "We")


def _the_writer(pronoun: Token) -> bool:
    """Whether a pronoun is the first person ("I", "we"): outside quotation marks, the
    writer's."""
    return pronoun.text in _THE_WRITER


def _in_the_lede(tok: Token) -> bool:
    """Whether a token is in an article's first paragraph of text (after its headline):
    at most one paragraph with words before its own (read no further than the second)."""
    text, start, seen = tok.doc.text, 0, 0
    while (brk := text.find("\n\n", start, tok.idx)) >= 0:
        seen += bool(text[start:brk].strip())
        if seen > 1:
            return False
        start = brk + 2
    return True


def _role(word: Token) -> str:
    """A role word as a key: abbreviations written out, with the modifiers that change
    the role ("former president", "vice president") whether they are separate words or
    compounds in the parse.

        >>> import spacy
        >>> doc = spacy.blank("en")("Gov. Newsom")
        >>> _role(doc[0])
        'governor'
    """
    doc = word.doc
    expand = lexicons.mapping("title_abbreviations.tsv")
    modifiers = lexicons.words("title_modifiers.txt")
    found = [t.lower_ for t in word.children if t.i < word.i and t.lower_ in modifiers]
    if word.i > 0 and doc[word.i - 1].lower_ in modifiers and doc[word.i - 1].lower_ not in found:
        found.append(doc[word.i - 1].lower_)
    head = expand.get(word.lower_) or (word.lemma_ or word.text).lower()
    return " ".join([*found, head])


def _described(head: Token, span: Span, base: dict, lemma: str, names_an_org: bool) -> Speaker:
    """A speaker known only by a description: "the minister" (a person by role, titled),
    "the farmer" (a person), "protesters" (a group), "the board" (an organisation). A
    person kind lets a later "he" or "she" point back to them."""
    name = _strip_det(span)
    if head.pos_ == "PROPN" and a_trade_word(span[0]):
        name = _strip_det(span[1:])  # "Carmaker Stellantis said", the NER silent: a trade, then the name
    # "ministry" is a title word ("Foreign Ministry spokesman ...") but names a body.
    if (
        lemma in lexicons.words("titles.txt")
        and not names_an_org
        and lemma not in lexicons.words("organization_nouns.txt")
        and head.tag_ not in ("NNS", "NNPS")  # "Representatives of small island states": a group
    ):
        return Speaker(**base, name=name, kind="person", title=name)
    if head.tag_ in ("NNS", "NNPS") and not _capital_inside(head.text):
        return Speaker(**base, name=name, kind="group", title=None)
    person = (
        head.pos_ == "NOUN"
        and lemma in lexicons.words("person_nouns.txt")
        and lemma not in lexicons.words("collective_nouns.txt")
    ) or (head.pos_ == "PROPN" and _described_as_a_person(head))
    return Speaker(**base, name=name, kind="person" if person else "organization", title=None)


def _a_company_noun(noun: str) -> bool:
    """ "the company", "the group", "the airline", "the automaker" (lexicons/company_nouns.txt)."""
    return noun in _COMPANY_WORDS or noun in lexicons.words("company_nouns.txt")


def _capital_inside(word: str) -> bool:
    """A capital after the first letter and a lower-case letter ("IndiGo", "eBay", "PayPal"):
    a brand's name, which the tagger may read as a plural."""
    return any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


def _described_as_a_person(name: Token) -> bool:
    """A name the NER missed, with a person's role in apposition: "Chandni Raina, an adviser
    to India's delegation"."""
    return any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and _listed(c, "titles.txt", "person_nouns.txt") for c in name.children
    )


_TICKER = re.compile(r"\s*<[^<>]{1,12}>?$|[<>]")


def clean_name(name: str) -> str:
    """A name without markup: the stock ticker and angle brackets Reuters puts around
    company names, and stray quotation marks at its edges.

    >>> clean_name("<British Columbia Resources Investment Corp>"), clean_name("InterFirst Corp <IFC")
    ('British Columbia Resources Investment Corp', 'InterFirst Corp')
    >>> clean_name('">Sanders'), clean_name("Sanwa Bank Ltd's")
    ('Sanders', 'Sanwa Bank Ltd')
    """
    name = _TICKER.sub("", name).strip().strip('"\u201c\u201d').strip()
    return re.sub(r"(?<=\w)['\u2019]s$", "", name)


def _a_person_filed_as_place(ent: Span) -> bool:
    """ "Kemi Badenoch asked the prime minister ...", filed as a place: two or three
    capitalised names, none of them a place any gazetteer knows, as a clause's subject --
    a person, whom a "she said" after it can mean."""
    return (
        ent.label_ == "GPE"
        and 2 <= len(ent) <= 3
        and ent.root.dep_ in ("nsubj", "nsubjpass")
        and all(t.is_title and t.pos_ == "PROPN" for t in ent)
        and not is_place(ent.text)
        and not any(is_place(t.text) for t in ent)
    )


def _a_place_where(ent: Span) -> bool:
    """Whether a place is named as where something happened, not as a party: "told
    reporters in Geneva that both sides had agreed", "talks at Camp David"."""
    root = ent.root
    return ent.label_ in ("GPE", "LOC", "FAC") and root.dep_ == "pobj" and root.head.lower_ in ("in", "at")


def _a_subject(tok: Token) -> bool:
    """Whether a word is its clause's subject, or joined by "and" to it."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _an_epithet_head(head: Token) -> bool:
    """A word that describes a person named before: a title or a person noun
    ("billionaire", "senator"), a party or nationality ("Democrat"), an age ("78-year-old");
    not the words of unnamed sources ("official", "spokesman", "man")."""
    if an_age(head):
        return True  # "the 78-year-old"
    lemma = head.lemma_.lower()
    if head.tag_ not in ("NN", "NNP") or lemma in lexicons.words(
        "anonymous_sources.txt", "organization_nouns.txt", "collective_nouns.txt"
    ):
        return False  # "the official", "the ministry", "the police"
    if head.is_title and head.ent_type_ != "NORP":
        return False  # a name: "The Hollywood Reporter"
    # a party or nationality in the singular: "the Democrat", "the Swiss"; not "the Greens"
    plural = head.lower_.endswith("s") and not head.lower_.endswith("ss")
    return lemma in lexicons.words("titles.txt", "person_nouns.txt") or (
        head.ent_type_ == "NORP" and head.pos_ == "PROPN" and not plural
    )


def _kind_of(ent: Span) -> str:
    if ent.label_ == "PERSON":
        return "person"
    return "country" if is_country(ent.text) else "organization"


def _names_the_body_before_it(person: Span) -> bool:
    """Whether a "person" the NER found is the name in apposition to a noun for a company or
    another body (lexicons/company_nouns.txt, organization_nouns.txt): "a consultancy, SBM
    Intelligence"."""
    root = person.root
    return root.dep_ == "appos" and _body_noun(root.head)


def _body_noun(tok: Token) -> bool:
    """A noun for a company or another body ("ministry", "consultancy";
    lexicons/organization_nouns.txt, company_nouns.txt)."""
    return tok.lemma_.lower() in lexicons.words("organization_nouns.txt", "company_nouns.txt")


def _title_words(ent: Span) -> list[Token]:
    """The words of a name but its last, and the word just before it (commas aside):
    "Mrs." in "Mrs. May", "spokeswoman" in "spokeswoman, Jane Doe", but not "Mr." in
    "Mr. Obama and Hillary Clinton".

    >>> import spacy
    >>> doc = spacy.blank("en")("Mr. Obama and spokeswoman, Jane Doe")
    >>> [t.text for t in _title_words(doc[5:7])]
    ['spokeswoman', 'Jane']
    """
    before = ent.start - 1
    while before >= 0 and ent.doc[before].is_punct and ent.start - before <= 2:
        before -= 1
    words = list(ent[:-1])
    return ([ent.doc[before]] if before >= 0 else []) + words


def _role_of(mention: Span) -> str:
    """ "main subject" for the subject of a sentence's main clause (or of a verb
    coordinated with it), "possessive" for "Clinton's", else "other".

    Sketch: in "Fowler said he expects Clinton to recover", Fowler is the main
    subject and Clinton is not; in "after examining Clinton's leg", Clinton is possessive."""
    root = mention.root
    if root.dep_ == "poss" or (root.i + 1 < len(root.doc) and root.doc[root.i + 1].tag_ == "POS"):
        return "possessive"
    if root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"):
        root = root.head  # "Turkey's climate envoy, Murat Kurum, ... defended the outcome"
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return "other"
    verb = root.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return "main subject" if verb.dep_ == "ROOT" else "other"


def _named_after_a_place(subject: Token, pronoun: Token) -> bool:
    """A subject the NER (or the gazetteer) took for a place, that a "he" or "she" subject
    of the clause it governs points back to ("Paris claims that she was working")."""
    return (
        subject.ent_type_ in ("GPE", "LOC")
        and not is_country(subject.text)
        and pronoun.lower_ in ("he", "she")
        and pronoun.dep_ in ("nsubj", "nsubjpass")
        and pronoun.head.dep_ == "ccomp"
        and pronoun.head.head == subject.head
    )


def _nominal_subject(doc: Doc, offset: int) -> bool:
    """Whether the sentence at ``offset`` has a noun or a pronoun as its main subject."""
    start = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if start is None or not len(start):
        return True
    root = start[0].sent.root
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON") for c in root.children)


def _in_fronted_clause(pronoun: Token, offset: int, own_subject: bool = True) -> bool:
    """Whether ``offset`` lies in an adverbial clause with a subject of its own that opens
    the pronoun's clause ("While the plan did not appeal to Dana Whitfield, she said"); with
    ``own_subject=False``, in one without: a participle, whose subject is the pronoun's own
    (in "Replying to a post by Bill Ackman, he wrote" he is not Ackman)."""
    return any(
        any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) == own_subject
        for clause in _clauses_around(pronoun, offset, ("advcl",))
    )


def _in_clause(pronoun: Token, offset: int, deps: tuple[str, ...]) -> bool:
    """Whether ``offset`` lies in a clause (of ``deps``) of the pronoun's verb, before the
    pronoun: an opening "When ..." (advcl), or the words reported ahead of "she said" (ccomp)."""
    return any(True for _ in _clauses_around(pronoun, offset, deps))


def _clauses_around(pronoun: Token, offset: int, deps: tuple[str, ...]) -> Iterator[Token]:
    """The clauses (of ``deps``) of the pronoun's verb, before the pronoun, that hold ``offset``."""
    for clause in pronoun.head.children:
        if clause.dep_ in deps and clause.i < pronoun.i and clause.left_edge.idx <= offset <= clause.right_edge.idx:
            yield clause


def _fronted_clause_subject(pronoun: Token) -> Token | None:
    """The subject of an adverbial clause that opens the pronoun's clause: Carlineo in
    "When Carlineo was approached, he told police"."""
    verb = pronoun.head
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.i < pronoun.i:
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject
    return None


def _person_addressed(verb: Token, pronoun: Token) -> bool:
    """Whether the verb has a person as its object before the pronoun, who the pronoun
    may stand for as well as the subject: "asked the prime minister whether he ...",
    "told Smith that he ..."."""
    return any(
        c.dep_ in ("dobj", "dative")
        and c.i < pronoun.i
        and (c.ent_type_ == "PERSON" or names_people(c) or _listed(c, "titles.txt"))
        for c in verb.children
    )


def _of_a_nation(noun: Token) -> bool:
    """Things a country or a body sends, which stand for it: "U.S. helicopters launched
    airstrikes ..., which they say killed 10 militants", "Russian troops"."""
    return any(c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP", "ORG") for c in noun.children)


def governing_subject(pronoun: Token) -> Token | None:
    """The subject, before the pronoun, of the clause that governs the pronoun's clause:
    Omar in "Omar asked for compassion, saying she did not think ..."."""
    verb = pronoun.head
    for _ in range(4):
        if verb.head == verb:
            return None
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject if subject.i < pronoun.i else None
    return None


def _subject_reported_ahead(pronoun: Token) -> Token | None:
    """The company or body that the clause reported ahead of "it said" is about, which the
    "it" points forward to: "The streaming company lost 1.2 million subscribers, it said",
    "Apple's sales rose 5%, it said". Not a person ("it" is never one), not a thing that
    cannot speak ("The death toll rose to 40, it said")."""
    if pronoun.dep_ != "nsubj":
        return None
    clause = next((c for c in pronoun.head.children if c.dep_ == "ccomp" and c.i < pronoun.i), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    if subject is not None and subject.tag_ in ("NNS", "NNPS"):
        subject = _owner(subject)
    return subject if _a_body(subject) else None


def _body_asked_for_comment_before(pronoun: Token) -> Token | None:
    """The company or body the sentence before an "it" that opens its sentence asked for
    comment (lexicons/answering_verbs.txt): "The military government did not respond to
    requests for comment. It has denied targeting civilians" (not the armed group quoted a
    paragraph up)."""
    doc = pronoun.doc
    if pronoun.dep_ != "nsubj" or pronoun.i != pronoun.sent.start:
        return None
    before = pronoun.i - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0 or doc[before].is_quote:
        return None  # a quotation's subject is talked about
    root = doc[before].sent.root
    answering = lexicons.words("answering_verbs.txt")
    if root.lemma_.lower() not in answering and not any(
        c.dep_ == "xcomp" and c.lemma_.lower() in answering for c in root.children
    ):
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if _a_body(subject) else None


def _set_against_the_clause_before(mention: Token) -> bool:
    """The subject of a clause set against the one before it: "A faction said it was behind
    the attack, but the main group denied involvement" -- someone other than who spoke there,
    kept as written."""
    verb, doc = mention.head, mention.doc
    if mention.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj":
        return False
    return any(
        c.dep_ == "cc"
        and c.lower_ in _CONTRASTING
        and c.i < mention.i
        and not any(t.is_quote for t in doc[c.i : mention.i])  # not a "but" inside a quotation before it
        for c in (*verb.head.children, *verb.children)
    )


_CONTRASTING = {"but", "yet", "while", "whereas"}


def _a_body(subject: Token | None) -> bool:
    """A singular name or noun of a company or body (not a person, not a thing)."""
    if subject is None or subject.tag_ not in ("NN", "NNP") or subject.ent_type_ in ("PERSON", "NORP"):
        return False
    return subject.ent_type_ in ("ORG", "GPE") or _listed(subject, "organization_nouns.txt", "company_nouns.txt")


def _bound_subject(pronoun: Token) -> Token | None:
    """The subject before a pronoun whose clause, or whose own phrase, the pronoun sits in:
    Musk in "Musk wrote that he ...", Trump in "Trump, in a post on his platform, ..."."""
    for ancestor in islice(pronoun.ancestors, 6):
        if ancestor.dep_ in ("nsubj", "nsubjpass"):
            return ancestor if ancestor.i < pronoun.i else None
        if ancestor.pos_ in ("VERB", "AUX"):
            subject = next((c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass") and c != pronoun), None)
            if subject is not None:
                return subject if subject.i < pronoun.i else None
    return None


def _after_inner_title(words: list[Token], at_least: int = 1) -> list[Token] | None:
    """The name after a title inside a run of words: "Maribel Albalat" in "Paiporta Mayor
    Maribel Albalat", "Keir Starmer" in "British Prime Minister Keir Starmer" -- if at
    least ``at_least`` capitalised words follow it (not "King" in "Martin Luther King
    Jr.", which only a suffix follows)."""
    titles = lexicons.words("titles.txt")
    inner = [k for k, w in enumerate(words[:-1]) if w.lower_.rstrip(".") in titles and w.is_title]
    if not inner:
        return None
    name = words[inner[-1] + 1 :]
    suffixes = lexicons.words("corporate_suffixes.txt")
    if any(w.lower_.rstrip(".") in suffixes for w in name):
        return None
    return name if len(name) >= at_least and all(w.is_title and w.is_alpha for w in name) else None


def _in_subject_over(ent: Span, mention: Token | None) -> bool:
    """Whether a name lies in the subject of the clause the mention is in."""
    if mention is None:
        return False
    verb = mention
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and _within(ent, subject)


def _a_company_name(name: str) -> bool:
    """A name ending in a company's suffix: "GenCorp Inc", "Shearson Lehman Brothers Inc"."""
    words = name.split()
    return len(words) > 1 and _corporate_suffix(words[-1])


def _introduced_unnamed(head: Token) -> bool:
    """Whether "the group" goes back to "a group" (or "an investor group") introduced earlier
    without a name, since the last organisation named with that noun as its head."""
    lemma = head.lemma_.lower()
    for tok in reversed(head.doc[: head.i]):
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
            continue
        if tok.ent_type_ == "ORG" or tok.dep_ in ("appos", "attr"):
            return False  # "the Carlyle Group ... the group", "Technicon, a company ...": named
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    return False


def _subject_just_before(pronoun: Token) -> Token | None:
    """The subject of the sentence right before the one a subject "he"/"she" speaks in:
    Musk in 'Musk fired back within minutes. "Without me, Trump would have lost," he
    wrote' (the name in the quotation is not who wrote it)."""
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    before = _sentence_before_in_paragraph(pronoun.sent)  # a new paragraph may move to someone else
    if before is None:
        return None
    return next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _sentence_before_in_paragraph(sent: Span) -> Span | None:
    """The sentence before ``sent``, if no line break stands between them."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    words = [t for t in before if not t.is_space]
    if not words or "\n" in sent.doc.text[words[-1].idx : sent.start_char]:
        return None
    return before


def company_of_shares(noun: Token) -> Token | None:
    """Nike in "Nike shares" or "shares of Nike": shares say nothing, so a cue the parser
    gave them ("Nike shares fell ... after the company reported ... and warned") is the
    company's."""
    return _owner(noun) if noun.lemma_.lower() in ("share", "stock") else None


def _owner(noun: Token) -> Token | None:
    """Whose the noun's referent is: Apple in "Apple's shares", "shares of Apple" and
    "Apple shares"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if noun.lemma_.lower() in ("share", "stock"):
        return next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    return None


def _governing_person(pronoun: Token, labels: tuple[str, ...] = ("PERSON",)) -> Span | None:
    """The entity (of ``labels``) that is :func:`governing_subject` of a pronoun."""
    subject = governing_subject(pronoun)
    return entity_of(subject) if subject is not None and subject.ent_type_ in labels else None


def _short_for(head: Token, full_name: str) -> bool:
    """Whether the name ``head`` ends can be a short form of ``full_name``: the proper
    nouns written with it end that name ("Stanley" or "Du Plessis" for "Barend du
    Plessis"; not "Morgan Stanley" for "David Stanley"), and it is not a country. A city is
    allowed: the NER files "Warren" or "Douglas" as places, but after "Elizabeth Warren" a
    "Warren said" is hers."""
    if not (head.pos_ == "PROPN" or head.is_title) or is_country(head.text):
        return False
    words = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [head]
    written = " ".join(t.text for t in words).lower()
    return (" " + full_name.lower()).endswith(" " + written)


def _looks_like_a_name(name: str) -> bool:
    """One to three capitalised words, no acronym, no place, no organisation word."""
    words = name.split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and not is_place(name)
        and not any(w.lower() in lexicons.words("organization_nouns.txt") for w in words)
    )


def _ents(span: Span) -> list[Span]:
    return entities_in(span)


def _only_qualifies(ent: Span, head: Token) -> bool:
    """A name that only qualifies the speaking noun, which speaks instead: its owner
    ("Biden" in "Biden's campaign", "Keith Lamont Scott" in "Keith Lamont Scott's wife"),
    whom an unnamed source speaks for ("a spokesman for Smith"), or the name of a body ("the
    Biden administration", lexicons/organization_nouns.txt) or of a group ("Labour
    backbenchers")."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and _within(ent, owner):
        return True
    if head.lemma_.lower() in lexicons.words("anonymous_sources.txt") and any(
        c.dep_ == "prep" and _within(ent, c) for c in head.children
    ):
        return True  # "a source at the Cap Haitien church radio", "a spokesman for Smith"
    if (
        ent.label_ == "PERSON"
        and _plain_people_noun(head)
        and any(c.dep_ == "prep" and c.lower_ in ("of", "for") and _within(ent, c) for c in head.children)
    ):
        return True  # "the family of Kaylee Goncalves", "lawyers for Smith": not Goncalves, not Smith
    if _served(ent, head):
        return True
    # "the Biden administration"; "Labour backbenchers", "Biden aides": a group named by whom
    # it belongs to
    group = ent.root.head
    if group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head == head and group.tag_ == "NNS":
        return ent.root.dep_ == "compound"  # "Thousands of Bolsonaro supporters": the supporters
    return (
        ent.root.dep_ == "compound"
        and group == head
        and (head.lemma_.lower() in lexicons.words("organization_nouns.txt") or head.tag_ == "NNS")
    )


def _served(ent: Span, head: Token) -> bool:
    """A person the speaking noun's holder works for: Biden in "a former adviser to President
    Joe Biden", Menard in "a former chief of staff to Sen. Robert Menard". A capitalised title
    before a name is no such noun ("Special Envoy to Ukraine Keith Kellogg"), nor is a name
    after a place ("the ambassador to Israel Mike Huckabee", the parser's pobj)."""
    obj, to = ent.root, ent.root.head
    if head.pos_ != "NOUN" or not head.is_lower or obj.dep_ != "pobj" or to.lower_ != "to" or to.head != head:
        return False
    return not any(t.ent_type_ not in ("", "PERSON") for t in obj.subtree if t.i < ent.start)


def _within(ent: Span, tok: Token) -> bool:
    """Whether a name lies inside the phrase a token heads."""
    return tok.left_edge.i <= ent.start and ent.end <= tok.right_edge.i + 1


def _plain_people_noun(head: Token) -> bool:
    """A noun for people that is no office: "family", "lawyers", "supporters" (a "mayor of"
    or "president of" someone's is a title, lexicons/titles.txt)."""
    lemma = head.lemma_.lower()
    return (
        head.pos_ == "NOUN"
        and lemma in lexicons.words("person_nouns.txt")
        and lemma not in lexicons.words("titles.txt")
    )


_COMPANY_WORDS = ("company", "firm", "corporation", "corp", "group")
_SEATED = {"based", "headquartered"}


def _seated_mention(head: Token) -> tuple[Token, Span] | None:
    """The noun and whole mention of "the Beaverton, Oregon-based company", which the parser
    may cut at the comma (the place its head, the rest an apposition; or "Oregon-based
    company" without its article): a body described by where it sits."""
    noun = next((c for c in head.children if c.dep_ == "appos" and _seated_word(c)), None)
    if noun is None or head.ent_type_ not in ("GPE", "LOC"):
        noun = head if _seated_word(head) else None
    if noun is None:
        return None
    start = min(head.left_edge.i, noun.left_edge.i)
    span = head.doc[start : noun.i + 1]
    return (noun, span) if span[0].lower_ == "the" and _seat_described(span, noun) else None


def _seated_word(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _SEATED for c in noun.children)


def _seat_described(span: Span, head: Token) -> set[int]:
    """The tokens of a mention that only say where the body sits: "Beaverton, Oregon-based"
    in "the Beaverton, Oregon-based company", "Paris-headquartered" -- places, commas and
    hyphens up to "based" or "headquartered", which leave "the company" to resolve.

        >>> from claimx.pipeline import load; doc = load()("The London-based bank said so.")
        >>> sorted(_seat_described(doc[0:5], doc[4]))
        [1, 2, 3]
    """
    seated = next((t for t in span if t.lower_ in _SEATED and t.i < head.i and t.head == head), None)
    if seated is None:
        return set()
    first = span[1].i if span[0].lower_ in ("the", "a", "an", "this", "that") else span.start
    words = span.doc[first : seated.i]
    if not all(t.ent_type_ in ("GPE", "LOC") or t.text in (",", "-") for t in words):
        return set()
    return {t.i for t in words} | {seated.i}


def _institution(ent: Span) -> bool:
    """An organisation named as a public body ("the Gaza health ministry", "the U.S.
    Army", "the Kremlin", "the UN"): its head is one of lexicons/organization_nouns.txt
    that is not a kind of company, or it is a seat of government or an international body
    (lexicons/seats_of_government.txt, lexicons/international_bodies.txt)."""
    name = _strip_det(ent).lower()
    # the head before an "of" the parser did not make the root: "the Directorate General of
    # Civil Aviation" (root "General")
    before_of = list(takewhile(lambda t: t.lower_ != "of", ent))
    return (
        ent.root.lower_ in _institution_words()
        or (len(before_of) < len(ent) and any(t.lower_ in _institution_words() for t in before_of))
        or name in lexicons.words("seats_of_government.txt")
        or name in lexicons.words("international_bodies.txt")
    )


@cache
def _institution_words() -> frozenset[str]:
    return lexicons.words("organization_nouns.txt").difference(_COMPANY_WORDS, ("bank",))


def _dateline_outlet(ent: Span) -> bool:
    """The agency of a dateline, "NEW YORK (Reuters) -", "SAN FRANCISCO, May 29 (AP) -",
    "AUSTIN, Texas (Reuters) -": bracketed after a place in capitals or a date, or inside a
    dateline (not an acronym after a name, "Lasmo")."""
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return False
    before = doc[ent.start - 2]
    return before.is_upper or before.ent_type_ == "DATE" or in_a_dateline(ent)


def _venue(ent: Span) -> bool:
    """A place named as where something happened: "beat Bournemouth at Anfield" (the NER
    files stadiums and halls as organisations); not "analysts at Jefferies"."""
    prep = ent.root.head if ent.root.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "at" and prep.head.pos_ in ("VERB", "AUX")


def _addressee(ent: Span) -> bool:
    """An organisation someone spoke to: "told The Associated Press", "said in an interview
    with CNN", "speaking to Reuters" -- the outlet reporting, not a party to the story."""
    root = ent.root
    if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell":
        return True
    prep = root.head if root.dep_ == "pobj" else None
    return (
        prep is not None
        and prep.lower_ in ("to", "with")
        and prep.head.lemma_.lower() in ("speak", "talk", "tell", "say", "interview", "conversation")
    )


def _issuer_named(document: Token) -> Token | None:
    """Who a document speaking is from, when its phrase names them: "the statement from
    Hamas", "a report by the ministry", "Hamas's statement", "its annual report", "data
    released by the Labor Department" -- a name, a body (lexicons/organization_nouns.txt)
    or a possessive pronoun. Not "a letter seen by Sky News" (who read it), nor the owner
    of an outlet ("Iran's state television": lexicons/outlet_nouns.txt)."""
    if document.lemma_.lower() in lexicons.words("outlet_nouns.txt"):
        return None
    candidates = [c for c in document.children if c.dep_ == "poss"]
    if candidates and candidates[0].pos_ == "PRON" and candidates[0].lower_ in ("its", "their", "his", "her"):
        return candidates[0]
    candidates += [
        p
        for c in document.children
        if c.dep_ == "prep" and c.lower_ in ("from", "by")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    candidates += [  # "data released by the Labor Department"
        p
        for c in document.children
        if c.dep_ == "acl" and c.lemma_.lower() in ("release", "publish", "issue", "compile", "file", "post")
        for a in c.children
        if a.dep_ == "agent"
        for p in a.children
        if p.dep_ == "pobj"
    ]
    for tok in candidates:
        entity = entity_of(tok)
        if entity is not None and entity.end > tok.i + 1:
            continue  # the NER ran the name on past its phrase ("Politico, Democratic party")
        if tok.ent_type_ in ("ORG", "GPE", "PERSON", "NORP") or tok.lemma_.lower() in lexicons.words(
            "organization_nouns.txt"
        ):
            return tok
        if tok.dep_ == "pobj" and names_people(tok):
            return tok  # "a statement from the hospital's spokesperson, Aaron Davis"
    return None


def _a_news_outlet(ent: Span) -> bool:
    """A name of, or set beside, a media outlet: "Tehran Radio", "the news agency IRNA"."""
    outlets = lexicons.words("outlet_nouns.txt")
    root = ent.root
    beside = [c for c in root.children if c.dep_ in ("appos", "compound")]
    if root.dep_ in ("appos", "compound"):
        beside.append(root.head)
    if ent.start > 0:
        beside.append(ent.doc[ent.start - 1])  # "news agency IRNA", however parsed
    beside = [t for t in beside if not ent.start <= t.i < ent.end]  # not "Media General"
    return root.lemma_.lower() in outlets or any(t.lemma_.lower() in outlets for t in beside)


def _outlet_named(head: Token, span: Span) -> Span | None:
    """The name of a media outlet inside its phrase: Tass in "Russia's Tass news agency";
    not the UN of "the UN agency", which is a body, not a newsroom."""
    lemma = head.lemma_.lower()
    if lemma not in lexicons.words("outlet_nouns.txt"):
        return None
    if lemma == "agency" and not (head.i > 0 and head.nbor(-1).lower_ == "news"):
        return None
    named = [
        e
        for e in _ents(span)
        if e.label_ == "ORG" and e.end <= head.i and all(t.dep_ == "compound" for t in head.doc[e.start : head.i])
    ]
    return named[-1] if named else None


def _a_team_of(name: Span) -> bool:
    """ "Barcelona coach Hansi Flick", "Liverpool's captain", "Manchester United defender
    Lisandro Martinez": a name (filed as a place or, before a player's name, as a person) that
    qualifies a player or coach names the team (lexicons/team_roles.txt)."""
    root = name.root
    if root.dep_ not in ("compound", "poss") or root.head.lemma_.lower() not in lexicons.words("team_roles.txt"):
        return False
    role = root.head
    return name.label_ != "PERSON" or (role.dep_ == "compound" and role.head.ent_type_ == "PERSON")


def _name_it_goes_by(head: Token) -> list[Token]:
    """The name a description goes by: "JNIM" of "the group, known as JNIM," or "a militia
    called the Wagner Group"."""
    names = []
    for acl in head.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in lexicons.words("naming_verbs.txt"):
            phrases = [p for c in acl.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
            names += [c for c in (*acl.children, *phrases) if c.dep_ in ("oprd", "attr", "pobj") and c.pos_ == "PROPN"]
    return names


def _what_a_clause_is_about(ent: Span) -> bool:
    """A name that is, owns, describes or names the subject of a clause: "Nvidia said",
    "Nvidia's revenue rose", "Nvidia chief executive Jensen Huang said", "a spokesman for
    Nvidia said", "The group, WeWorkers Coalition, formed" -- the company a later "the company" most likely means,
    more than one named in passing ("rivals such as Huawei", "at the Computex trade show")
    or a wire ticker ("Texaco Inc <TX> said")."""
    root = ent.root
    if a_ticker(ent[0]):
        return False
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    speaker = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("for", "at") else None
    if speaker is not None and speaker.dep_ in ("nsubj", "nsubjpass") and names_people(speaker):
        return True  # "A spokesman for the Kuwait Oil Tanker Co said": whom the subject speaks for
    described = root.head
    while described.dep_ == "compound" and described.head != described:
        described = described.head  # "Barcelona coach Hansi Flick said": the coach's name
    if root.dep_ == "compound" and described.pos_ == "NOUN" and not names_people(described):
        return False  # "iPhone sales increased 6%": a product's, not a company's
    return (
        root.dep_ in ("poss", "compound", "appos")
        and (described.dep_ in ("nsubj", "nsubjpass") or (described.dep_ == "ROOT" and described.pos_ == "NOUN"))
        and not ent.start <= root.head.i < ent.end
    )


def _after_a_title(ent: Span) -> bool:
    """ "Chancellor Olaf Scholz's": a name right after a person's title (lexicons/titles.txt)."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in lexicons.words("titles.txt")


def _possessive(ent: Span) -> bool:
    """ "Vogtle's Unit": a thing of someone's, not a company."""
    return any(t.tag_ == "POS" or t.lower_ in ("'s", "\u2019s") for t in ent)


def a_trade_word(tok: Token) -> bool:
    """A word of trade news style sets before a company's name, capitalised as part of it
    but no part of it: "Utility" of "Utility Southern California Edison said", "Carmaker"
    (lexicons/trade_descriptors.txt)."""
    return tok.is_title and tok.lower_ in lexicons.words("trade_descriptors.txt")


def _with_untagged_name_words(ent: Span) -> Span:
    """An entity with the capitalised words of its name the NER left out before it: "Age
    UK" (the NER's "UK"), "the Liberal Democrats" ("Democrats"); not titles, nor names of
    their own ("U.S. Treasury" keeps "Treasury"), nor a trade set before the name ("Utility
    Southern California Edison said", lexicons/trade_descriptors.txt)."""
    start = ent.start
    while start > 0:
        word = ent.doc[start - 1]
        if word.tag_ != "NNP" or word.ent_type_ or word.head.i >= ent.end or word.head.i < ent.start:
            break
        if word.lower_.rstrip(".") in lexicons.words("titles.txt") or not word.is_title or a_trade_word(word):
            break
        start -= 1
    return ent.doc[start : ent.end]


def _strip_det(span: Span) -> str:
    """A mention's name without its article, its possessive mark ("Spirit Airlines'" in "buy
    Spirit Airlines' routes") or an age set off after it ("Adams, 64", a span the NER ran on)."""
    toks = list(span)
    if toks and toks[0].lower_ in ("the",):
        toks = toks[1:]
    while len(toks) > 1 and toks[-1].text in _POSSESSIVE_MARKS:
        toks.pop()
    if len(toks) > 2 and toks[-1].like_num and toks[-2].text == ",":
        toks = toks[:-2]
    if not toks:
        return span.text
    return span.doc[toks[0].i : toks[-1].i + 1].text
