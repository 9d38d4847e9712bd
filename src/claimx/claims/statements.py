"""Statements: who said what, when (GUIDE.md section 1).

One pass over the parse finds every communication cue (a lemma in
``lexicons/cue_verbs.tsv``, "according to", "call for"), then asks the
dependency tree three questions:

* **speaker** -- the cue's subject; for "..., saying" and "said ... and added"
  the subject of the clause the cue hangs from; for "was quoted as saying" the
  passive subject; for "according to X" the object of "to";
* **content** -- the complement clause ("said *that ...*"), the clause the cue
  interrupts ("*Iranian troops are fighting*, IRNA said"), an object for cues
  like "deny" or "threaten", or the quotation next to the cue;
* **date** -- the date tied to the cue (``dating``: "said *on Thursday*", "said in an
  *Oct. 26* letter").

    >>> from claimx.pipeline import load; nlp = load()
    >>> [c.speaker.name for c in find_statements(nlp("Zakharova said on Friday that talks would start."))]
    ['Zakharova']
"""

from __future__ import annotations

import re
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from .. import dates, lexicons
from ..quotes import Quote, closing_mark_width
from ..schema import Claim, Speaker, TextSpan
from ..spans import (
    SAID_FORMS,
    a_date_phrase,
    a_ticker,
    an_age,
    between_names,
    entity_of,
    inverted_attribution_end,
    quoted_title,
    text_of,
    tokens_among,
)
from ..speakers import (
    FIRST_PERSON,
    SpeakerResolver,
    company_of_shares,
    counted_people,
    is_source_like,
    names_people,
    noun_phrase,
)
from .common import (
    char_span,
    cue_of,
    evidence,
    in_furniture,
    in_question,
    is_passive,
    named_by_a_free_relative,
    names_a_deal_offered,
    participle_opening_sentence,
    relative_clause_ending_at,
    reported_before,
    subject_of_the_nearer_conjunct,
    to_infinitive,
    token_span,
    what_should_be_done,
)
from .dating import claim_date, date_after_cue, speaks_here
from .interviews import find_answers

# Each cue's frame (lexicons/cue_verbs.tsv): which content it can take on its own.
CUE_FRAMES = lexicons.mapping("cue_verbs.tsv")
CUE_LEMMAS = frozenset(CUE_FRAMES)
CUE_WORDS = CUE_LEMMAS | {"call"}  # "call" is a cue only as "call for/on" or "called X a Y" (_calls_out)
# The cue words a sentence must have to be read when skimming: an issuing cue speaks only
# with a quotation, which keeps its sentence anyway.
TRIGGER_WORDS = CUE_WORDS - {w for w, frame in CUE_FRAMES.items() if frame == "issuing"}
# Cues whose object can be the content: "denied the report", "slammed Trump".
OBJECT_CUES = frozenset(
    w for w, frame in CUE_FRAMES.items() if frame in ("object", "finite-object", "party-or-claim", "naming")
)
# Cues that need an explicit complement clause or quote.
CLAUSE_ONLY = frozenset(w for w, frame in CUE_FRAMES.items() if frame in ("clause-only", "appeal", "finding"))
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}
SAY_LIKE = {"say", "tell", "report", "announce", "add", "state"}
_OPENING_MARKS = " \u201c\u201e\u00ab\"'"


def find_statements(doc: Doc) -> list[Claim]:
    resolver = SpeakerResolver.for_doc(doc)
    quotes = resolver.quotes
    claims: list[Claim] = []
    for tok in tokens_among(doc, words=("according", "per", "from", "read", *SAID_FORMS), pos=("VERB", "AUX")):
        claim = None
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            claim = _according_to(doc, tok, resolver, quotes)
        elif tok.lower_ == "from":
            claim = _from_label(doc, tok, resolver, quotes)
        elif tok.lower_ == "per" and tok.dep_ == "prep":
            claim = _per(doc, tok, resolver, quotes)
        elif (
            (tok.pos_ in ("VERB", "AUX") or _inverted_opening(tok) is not None or _read_as_a_noun(tok))
            and _cue_lemma(tok) in CUE_WORDS
            and not _inside(quotes, tok.idx)
            and not in_question(tok)  # "Did Putin say that ...?"
        ):
            claim = _from_cue(doc, tok, resolver, quotes)
        if claim is None or in_furniture(doc, claim.sentence.start, claim.sentence.end):
            continue
        if claims and claims[-1].cue.start == claim.cue.start:
            continue
        if _nested_in_content(claims, claim, tok):
            continue
        if _says_what_the_cue_named(doc, claims, claim, tok):
            # "He denied the allegations, saying the sex was consensual": one statement,
            # what was said in the participle's clause.
            # Its directness and confidence are the participle's too (both follow the quote).
            claims[-1].content, claims[-1].direct = claim.content, claim.direct
            claims[-1].confidence = claim.confidence
            continue
        resolver.remember(claim.speaker)
        claims.append(claim)
    answers = find_answers(doc)
    kept = [c for c in claims if not _own_words_in_an_answer(c, answers)]
    for claim in kept:
        _not_the_interviewee(claim, answers)
    return kept + answers


def _answer_around(claim: Claim, answers: list[Claim]) -> Claim | None:
    return next((a for a in answers if a.content.start <= claim.cue.start < a.content.end), None)


def _own_words_in_an_answer(claim: Claim, answers: list[Claim]) -> bool:
    """An interviewee citing himself inside his answer ("A: We have always said we are
    ready"): the answer is the statement, as a quotation would be."""
    first_person = claim.speaker is not None and claim.speaker.text.lower() in FIRST_PERSON
    return first_person and _answer_around(claim, answers) is not None


def _not_the_interviewee(claim: Claim, answers: list[Claim]) -> None:
    """A "he" or "she" inside an answer is someone the interviewee speaks of, never the
    interviewee ("A: I spoke with the Qatari prime minister, and he assured me ..."): one
    resolved to the interviewee stays as written."""
    answer = _answer_around(claim, answers)
    speaker = claim.speaker
    if answer is None or speaker is None or speaker.text.lower() not in ("he", "she"):
        return
    if speaker.name == answer.speaker.name:
        claim.speaker = Speaker(speaker.text, speaker.start, speaker.end, speaker.text, speaker.kind, None)


# Cues whose object is what is asked for, not what is said: "appealed for calm, saying ...".
_REQUESTS = {"ask", "call for", "urge", "appeal", "demand", "request", "plead"}


def _read_as_a_noun(tok: Token) -> bool:
    """'A statement from the family read: "We are devastated."': the tagger made "read" a
    noun; a document's "read" before a colon or comma and a quotation is the cue."""
    doc = tok.doc
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return (
        tok.lower_ == "read"
        and tok.pos_ == "NOUN"
        and subject is not None
        and subject.lemma_.lower() in lexicons.words("speech_nouns.txt", "document_sources.txt")
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text in (":", ",")
        and doc[tok.i + 2].is_quote
    )


def _says_what_the_cue_named(doc: Doc, earlier: list[Claim], claim: Claim, verb: Token) -> bool:
    """ "denied the allegations, saying ...", "mocked the complaint, saying ...": a
    participle that spells out what the cue before it only named (its content a noun
    phrase, not a clause, or a piece of the participle's own: 'blasted the judge, calling
    him "a disgrace"') is that statement's content, not a second statement."""
    if not earlier or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    previous = earlier[-1]
    if previous.cue.start != verb.head.idx or previous.content is None or previous.cue.lemma in _REQUESTS:
        return False  # "asked for compassion, saying ...": a request, then what was said
    if (
        claim.content is not None
        and claim.content.start <= previous.content.start < previous.content.end <= claim.content.end
        and (verb.lower_ == "saying" or previous.content.start > verb.idx)
    ):
        return True  # 'posted a video saying she had been "blindsided"': the cue had taken the participle's quotation
    if verb.lower_ != "saying":
        return False
    named = doc.char_span(previous.content.start, previous.content.end, alignment_mode="expand")
    return named is not None and not any(t.pos_ in ("VERB", "AUX") for t in named)


def _nested_in_content(earlier: list[Claim], claim: Claim, verb: Token) -> bool:
    """A cue inside another statement's reported clause whose subject is a mere
    thing ("said the advertisement suggests ...") is part of that content, not a new
    statement; so is a reported commitment ("saying both sides had confirmed they
    would send delegations", an agreement). Named or pronoun speakers inside reported
    speech otherwise still count."""
    commitment = claim.cue.lemma == "confirm" and any(
        c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("would", "will") for a in c.children)
        for c in verb.children
    )
    if not commitment and (
        claim.speaker is None or claim.speaker.kind in ("person", "country", "anonymous") or claim.direct
    ):
        return False
    if claim.speaker.kind == "organization" and claim.speaker.name[:1].isupper():
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and names_people(subject):
        return False  # "after employees of a car dealership said he tried to steal a van"
    # Statements come in reading order: only the last few can still enclose this cue.
    return any(c.content is not None and c.content.start <= claim.cue.start < c.content.end for c in earlier[-20:])


def _cue_lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and tok.lower_ in SAID_FORMS:
        return "say"  # 'Said Ellis: "..."', tagged as part of the name
    if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return "rule out"
    if lemma == "put" and _as_put_it(tok):
        return "put it"
    # The small model leaves some capitalised third-person forms unlemmatised ("Says").
    if lemma == tok.lower_ and lemma.endswith("s") and lemma[:-1] in CUE_LEMMAS:
        return lemma[:-1]
    # ... and misreads some regular past tenses of newer verbs ("texted" -> "texte").
    if lemma not in CUE_LEMMAS and tok.lower_.endswith("ed") and tok.lower_[:-2] in CUE_LEMMAS:
        return tok.lower_[:-2]
    return lemma


def _as_put_it(verb: Token) -> bool:
    """ "As the prime minister put it, ...", "..., as one analyst put it", 'One envoy put it
    bluntly: "We signed a pause."': an attribution."""
    if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return True
    doc, after = verb.doc, verb.right_edge.i + 1
    return after + 1 < len(doc) and doc[after].text == ":" and doc[after + 1].is_quote


def _inside(quotes: list[Quote], offset: int) -> bool:
    return any(q.start <= offset < q.end for q in quotes)


def _relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun subject stands for: "experts *who* say" -> experts; in
    "Trump is a serial liar and birther *who* has pledged", the predicate is Trump, so
    the pronoun is too."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN", "PRON"):
        described = _predicated_subject(tok.head.head) if tok.lower_ in ("who", "whom") else None
        return described or tok.head.head
    # "conservatives, some of whom vowed ...": a part of the antecedent speaks
    of_whom = any(
        c.dep_ == "prep" and c.lower_ == "of" and any(w.lower_ in ("whom", "which") for w in c.children)
        for c in tok.children
    )
    if of_whom and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return tok.head.head
    return None


def _predicated_subject(noun: Token) -> Token | None:
    """The subject an indefinite predicate noun describes: Trump in "Trump is a liar" (and
    in "is a liar, racist and birther", through the coordination). Not in "the sticking
    point is four resolutions which ...", which says what the point is."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    if noun.dep_ != "attr" or noun.head.lemma_ != "be" or not indefinite:
        return None
    verb = noun.head
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _agent(verb: Token) -> Token | None:
    """ "was criticized *by Nassar al-Rubaie*": the speaker of a passive cue; not a time the
    parser read as one ("were confirmed dead by late Wednesday")."""
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            return None if pobj is not None and pobj.ent_type_ in ("DATE", "TIME") else pobj
    return None


def _told_in_writing(verb: Token) -> Token | None:
    """ "In a company email sent by chairman Marcelo Claure, employees were told that ...": who
    sent the writing the passive telling came in, else the writing itself ("In a memo, staff
    were told ...")."""
    if not _a_verb_of_telling(verb.lemma_.lower()):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "via", "through")):
        for writing in (c for c in prep.children if c.dep_ == "pobj"):
            if writing.lemma_.lower() not in lexicons.words("speech_nouns.txt", "document_sources.txt"):
                continue
            senders = (_agent(c) for c in writing.children if c.dep_ == "acl")
            return next((s for s in senders if s is not None), writing)
    return None


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The cue's speaker token, following participles and coordination up the tree."""
    if is_passive(verb):
        # The passive subject is who was told, asked or denied, not who spoke.
        return _agent(verb) or _told_in_writing(verb)
    subjects = [_name_closing_a_clause(c, verb) or c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects and all(_opening_participle(s) for s in subjects):
        # "Speaking for the defence, Ann Cole, KC, said": the participle read as the subject
        subjects = [_stranded_subject(verb) or subjects[0]]
    if subjects:
        return _subject_among(subjects, verb)
    if depth > 3:
        return None
    head = verb.head
    if head == verb:
        return _speaker_hung_on_the_clause(verb)
    if verb.dep_ == "conj":
        return _subject_of_coordinated(verb, depth)
    if _second_cue_read_as_reported(verb):
        return _subject(head, depth + 1)  # "said the plan was ready and added that ..."
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        governor = head.head
        accused = next((c for c in governor.children if c.dep_ == "dobj"), None) if head.lower_ == "of" else None
        if accused is not None and accused.i < verb.i:
            return accused  # "accused Scholz of demanding that ...": Scholz demanded
        if governor.lemma_.lower() == "quote" and is_passive(governor):
            return next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
        if governor.lemma_.lower() == "quote":
            # "the radio quoted him as saying": the one quoted is the speaker.
            obj = next((c for c in governor.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        return _quote_attributed(governor, verb) or _subject(governor, depth + 1)  # "was quoted as saying"
    if depth == 0 and verb.dep_ == "acl" and verb.tag_ == "VBN" and head.dep_ in ("nsubj", "nsubjpass"):
        return None  # "Biden, asked (by reporters) whether he would ..., said": the one asked
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "with Azerbaijan's defense ministry saying ...": the noun speaks; but in
        # "set out the French position, saying" the clause's subject does. A finite verb
        # read as a noun's modifier ("..., executives of both companies announced
        # Wednesday") has that noun phrase, just before it, as its subject.
        closing = _phrase_closing_on(verb) if _finite_read_as_modifier(verb) else None
        if closing is not None:
            return closing
        if _a_place_of_the_clause(head, verb):
            # "Relatives gathered outside the prison demanding information": not the prison
            return _subject(head.head.head, depth + 1)
        if head.dep_ in ("pobj", "nsubj", "nsubjpass") or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return head
        if _document_not_of_the_clause_subject(head):
            return head
        if head.dep_ == "ROOT" and verb.tag_ != "VBG":
            return head  # a sentence whose only verb, a past tense, the parser hung on its subject
        return _subject(head.head, depth + 1) if head.head != head else None
    made = _made_to_speak(verb)
    if made is not None:
        return made  # "weak demand led the manufacturer to announce": the manufacturer speaks
    if verb.dep_ in ("advcl", "xcomp", "pcomp", "prep", "acl") and verb.tag_ in ("VBG", "VB"):
        main = _clause_past_a_relative(verb) or _act_before_a_state(verb)
        if main is not None:
            return _subject(main, depth + 1)
        return (
            _author_just_named(verb)
            or _quote_attributed(head, verb)
            or _added_to_a_report(verb)
            # "recommended that workers accept it, saying ...": those told what should be done
            # have done nothing yet, so the participle goes with the verb that proposes it
            or _subject(head.head if what_should_be_done(head) else head, depth + 1)
        )
    if verb.dep_ == "pobj" and head.dep_ == "prep":
        return _subject(head.head, depth + 1)
    return None


def _act_before_a_state(participle: Token) -> Token | None:
    """ "They were on the verge of a deal when President Trump scuttled the talks in
    September, citing Taliban violence": a participle the parser hung on a clause of being
    (a state, which cites nothing) goes with the act of a named doer just before its comma."""
    head = participle.head
    if participle.dep_ != "advcl" or head.lemma_.lower() != "be" or participle.i < 2:
        return None
    if participle.doc[participle.i - 1].text != ",":
        return None
    for clause in head.children:
        if clause.dep_ != "advcl" or not head.i < clause.i < participle.i or clause.right_edge.i != participle.i - 2:
            continue
        opened = any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _CLAUSE_OPENERS and c.i < clause.i for c in clause.children
        )
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if opened and doer is not None and (doer.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or names_people(doer)):
            return clause
    return None


def _clause_past_a_relative(participle: Token) -> Token | None:
    """ "A judge blocked an executive order that would have stripped workers of their rights,
    ruling that ...": a participle set off by a comma that the parser hung on a relative
    clause about a thing goes on from the clause the thing is in (the judge rules)."""
    relative = participle.head
    if participle.dep_ != "advcl" or relative.dep_ != "relcl" or participle.doc[participle.i - 1].text != ",":
        return None
    if _source_or_people(relative.head):
        return None  # "officials who met on Monday, saying ...": they may say it
    clause = relative.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    return clause if clause.pos_ in ("VERB", "AUX") else None


def _a_place_of_the_clause(noun: Token, participle: Token) -> bool:
    """A noun after a preposition of place, which the parser gave a participle of the
    clause ("gathered outside the prison demanding ..."): a place that cannot speak."""
    return (
        participle.tag_ == "VBG"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("outside", "inside", "near", "at", "in", "around", "into", "across")
        and noun.head.head.pos_ == "VERB"
        and not noun.ent_type_
        and not _source_or_people(noun)
    )


def _second_cue_read_as_reported(verb: Token) -> bool:
    """ "Smith said the plan was ready and added that it would cost more": the parser made
    "added", with no subject, a second clause of what "said" reports; it is the speaker's
    second cue, coordinated with the first (a second "said" goes on with the first:
    "said she thinks the video should be released but said ...")."""
    return (
        verb.dep_ == "ccomp"
        and verb.i > 0
        and verb.doc[verb.i - 1].dep_ == "cc"
        and verb.head.lemma_.lower() in CUE_LEMMAS
        and verb.lemma_ != verb.head.lemma_
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _name_closing_a_clause(subject: Token, verb: Token) -> Token | None:
    """ "WHO chief Tedros Adhanom Ghebreyesus wrote ...": the tagger read "WHO" as "who" and
    the title "chief" as a verb, so the cue's subject is a clause; its title is a word for
    people and the name closing it, right before the cue, speaks."""
    if subject.dep_ != "csubj" or subject.right_edge.i != verb.i - 1 or not names_people(subject):
        return None
    name = entity_of(verb.doc[verb.i - 1])
    if name is None or verb.doc[verb.i - 1].ent_type_ not in ("PERSON", "ORG"):
        return None
    return name.root


def _dated_by_its_head(verb: Token) -> bool:
    """Whether a cue shares the date of the verb it hangs from: a participle ("..., saying")
    and a verb sharing its subject ("Apple on Tuesday unveiled a phone and said ..."); not a
    coordinated clause of its own ("began on August 10 and South Korea says"), nor what
    did not happen ("did not quantify its performance in early 1987 but said")."""
    if verb.dep_ in ("advcl", "xcomp", "acl") and verb.tag_ == "VBG":
        return True
    return (
        verb.dep_ == "conj"
        and verb.head.pos_ == "VERB"
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.head.children)
    )


def _misjoined(verb: Token, goes_on_from: list[Token]) -> bool:
    """Whether a cue that goes on from an earlier one is joined to a reported verb of
    another form, so not to its date: "said the storm would weaken on Sunday but warned of
    more rain" ("walked in on October 6 and told the police" is one subject's two acts)."""
    return bool(goes_on_from) and verb.head.tag_ != verb.tag_


def _cue_it_goes_on_from(verb: Token) -> list[Token]:
    """ "Netflix said Tuesday it added 19 million subscribers ... and announced price
    increases": a cue with no subject that the parser coordinated with a verb of the first
    cue's report goes on from that cue (its speaker, :func:`_subject_of_coordinated`, and
    its date)."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    cues, child = [], verb.head
    for ancestor in list(verb.ancestors)[1:]:
        # not a cue the verb's clause is coordinated with under a subject of its own: in
        # "the spokesman said ..., but the SEC took issue ... and said", the SEC says
        side_by_side = child.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in child.children)
        # nor a cue after it: "a gunman ... had a history of illness and blamed the NFL, police
        # said" -- what police said covers both verbs, the gunman's
        if (
            not side_by_side
            and ancestor.lemma_.lower() in CUE_LEMMAS
            and ancestor.pos_ == "VERB"
            and ancestor.i < verb.i
        ):
            cues.append(ancestor)
        child = ancestor
    return cues


def _speaker_hung_on_the_clause(verb: Token) -> Token | None:
    """ "Agents detained 42 people on Friday, the city's mayor, Karen Bass, said.": a closing
    cue with no subject, whose speaker the parser hung on the reported clause before it
    (here "mayor", as a modifier of "detained"): the noun phrase right before the cue."""
    doc = verb.doc
    if verb.i < 2 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if reported_before(verb) is None:
        return None
    tok = _phrase_before(verb)
    if tok.dep_ == "conj" and doc[verb.i - 1].text != ",":
        return _speakers_coordinated_before(verb)
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("npadvmod", "appos", "dobj", "attr"):
        return None
    return tok if tok.head.i < tok.i and tok.head != verb else None


def _phrase_before(verb: Token) -> Token:
    """The head of the noun phrase right before a cue (past a comma); not a date the parser
    hung it on as an apposition ("between July 2023 and June 2024, a Lagos-based
    consultancy, SBM Intelligence, said")."""
    doc = verb.doc
    tok = doc[verb.i - 2] if doc[verb.i - 1].text == "," else doc[verb.i - 1]
    while (
        tok.dep_ in ("appos", "compound", "flat") and tok.head.i < tok.i and tok.head.ent_type_ not in ("DATE", "TIME")
    ):
        tok = tok.head
    return tok


def _speakers_coordinated_before(verb: Token) -> Token | None:
    """ "..., abducting 38 worshippers, police and a local lawmaker said": speakers right
    before a closing cue, coordinated with the object before them (:func:`_speakers_coordinated_with`)."""
    first, last = _first_speaker_coordinated_before(verb), _phrase_before(verb)
    if first is not None and first.lower_ in lexicons.words("titles.txt") and last.ent_type_ == "PERSON":
        return last  # "..., Chairman and Chief Executive Officer Anthony O'Reilly told": his titles
    return first


def _first_speaker_coordinated_before(verb: Token) -> Token | None:
    """The first of the speakers :func:`_speakers_coordinated_before` finds, where their
    phrase starts: a conjunct of the object before them, or the apposition after a comma the
    parser hung them on ("Floods killed 30 people in Sindh, a local official and a police
    source said")."""
    tok = _phrase_before(verb)
    if verb.i < 2 or tok.dep_ != "conj" or verb.doc[verb.i - 1].text == ",":
        return None
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ == "appos" and verb.doc[tok.left_edge.i - 1].text == "," and (names_people(tok) or is_source_like(tok)):
        return tok
    return _speakers_coordinated_with(tok)


def _speakers_coordinated_with(obj: Token) -> Token | None:
    """ "... abducted at least 25 students, police and residents said.": the speakers,
    which the parser coordinated with the object before them -- the first conjunct after
    a comma, when it can speak."""
    doc = obj.doc
    return next(
        (
            c
            for c in obj.children
            if c.dep_ == "conj"
            and c.i > obj.i
            and doc[c.left_edge.i - 1].text == ","
            and (names_people(c) or is_source_like(c))
        ),
        None,
    )


def _author_just_named(verb: Token) -> Token | None:
    """ "Replying to a post by investor Bill Ackman suggesting the two make peace": a
    participle right after "a post (letter, report) by X", with no comma between, is what
    X's words say, wherever the parser hung it."""
    if verb.i == 0 or verb.tag_ != "VBG" or verb.doc[verb.i - 1].is_punct:
        return None
    author = verb.doc[verb.i - 1]
    while author.dep_ == "compound" and author.head.i > author.i:
        author = author.head
    words = lexicons.words("speech_nouns.txt", "document_sources.txt")
    if author.dep_ == "pobj" and author.head.lower_ == "by" and author.head.head.lemma_.lower() in words:
        return author if author.right_edge.i == verb.i - 1 else None
    return None


def _quote_attributed(governor: Token, verb: Token) -> Token | None:
    """'"I don't know," she said, before adding ...': a participle the parser hung off the
    quoted clause is said by whom the quotation is attributed to (the cue hung off that
    clause too), not by the subject inside the quotation."""
    quotes = SpeakerResolver.for_doc(verb.doc).quotes
    if not _inside(quotes, governor.idx) or _inside(quotes, verb.idx):
        return None
    for cue in governor.children:
        if cue.dep_ == "parataxis" and cue.i < verb.i and not _inside(quotes, cue.idx):
            subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return subject
    return None


def _added_to_a_report(verb: Token) -> Token | None:
    """ "Meyer told the conference the company was profitable, adding ...": a reporting
    participle goes on with the report (lexicons/reporting_participles.txt), so the
    reporter adds it, though the parser hung it on the reported clause, whose subject
    ("the company") said nothing."""
    cue = _cue_a_participle_goes_on_from(verb)
    return _subject(cue) if cue is not None else None


def _cue_a_participle_goes_on_from(verb: Token) -> Token | None:
    """The cue whose reported clause the parser hung a reporting participle on: "said"
    in "Waller said on Monday that he favors cutting rates in December, arguing that ...";
    the participle is the cue's speaker's and shares its date (not December's)."""
    governor = verb.head
    if not _reporting_participle(verb) or governor.dep_ != "ccomp" or _cue_lemma(governor.head) not in CUE_LEMMAS:
        return None
    if _words_sent(governor, verb):
        return None
    return governor.head


def _words_sent(governor: Token, participle: Token) -> bool:
    """ "said its chairman had sent a letter to the White House saying he was sorry": a
    participle after a letter, a statement or a post the reported clause tells of (its
    object, lexicons/speech_nouns.txt) tells what that says, in its sender's words."""
    words = lexicons.words("speech_nouns.txt")
    return any(c.dep_ == "dobj" and c.i < participle.i and c.lemma_.lower() in words for c in governor.children)


def _opening_participle(tok: Token) -> bool:
    """ "Speaking for the defence, ...": a participle set off by a comma, which the tagger
    may read as a noun."""
    return (tok.tag_ == "VBG" or tok.lower_.endswith("ing")) and any(c.text == "," for c in tok.children)


def _subject_among(subjects: list[Token], verb: Token) -> Token:
    """The speaker among the cue's subjects. Two subjects is a misparse ("said study
    co-author Anezina Solomonidou" gives "co" and "Solomonidou"): the named one speaks;
    in "Israeli airstrikes killed 16 people, the country's health ministry said" the
    parser lent the cue the reported clause's subject too, and the source after the comma
    speaks. A relative "who"/"which" is resolved to its antecedent later."""
    # A name the NER missed is still a name ("In a post on X, formerly Twitter, Musk wrote":
    # the one next to the cue).
    named = [
        c
        for c in subjects
        if c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (_bare_name(c) and not _next_to_another(c, subjects))
    ]
    if named:
        return named[-1]
    relative = subjects[0].lower_ in ("which", "that") and subjects[0].tag_ == "WDT"
    if relative and len(subjects) > 1 and subjects[1].left_edge.i == subjects[0].i + 1:
        # "the state funding system, which advocates say disadvantages needy schools": the
        # relative is the subject of what is said, the noun after it speaks
        return subjects[1]
    can_speak = [c for c in subjects if (is_source_like(c) or names_people(c)) and any(ch.isalpha() for ch in c.text)]
    if len(subjects) > 1 and can_speak:
        source = can_speak[-1]
        # the source after a comma, where the first subject cannot speak or the source
        # closes the sentence on the cue ("Gang members ... killed at least 70 people ..., a
        # United Nations official said")
        closing = source.right_edge.i == verb.i - 1 and verb.doc[source.left_edge.i - 1].text == ","
        if any(t.text == "," for t in verb.doc[subjects[0].i : source.left_edge.i]) and (
            subjects[0] not in can_speak or closing
        ):
            return source
    return _name_before_description(subjects[0]) or _behind_a_span_of_time(subjects[0]) or subjects[0]


def _behind_a_span_of_time(subject: Token) -> Token | None:
    """ "..., days after a coalition of armed groups announced a truce": the parser made
    the span of time the subject; who spoke is in its "after" or "before" phrase."""
    if subject.ent_type_ not in ("DATE", "TIME") and subject.lemma_.lower() not in dates.TIME_UNITS:
        return None
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ in ("after", "before"):
            said_by = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if said_by is not None and said_by.pos_ in ("NOUN", "PROPN", "PRON"):
                return said_by
    return None


def _bare_name(tok: Token) -> bool:
    """A capitalised proper noun, not a wire ticker ("Hughes Tool Co <HT>")."""
    return tok.pos_ == "PROPN" and tok.text[0].isupper() and not a_ticker(tok)


def _next_to_another(subject: Token, subjects: list[Token]) -> bool:
    """ "Williams Cos said": two subjects side by side are one name the parser split."""
    return any(abs(other.i - subject.i) == 1 for other in subjects)


def _name_before_description(subject: Token) -> Token | None:
    """'TEPCO, the operator of the plant, has warned': the parser made the description
    the subject and left the name before it hanging from the verb; the name speaks."""
    start = subject.left_edge.i
    if subject.ent_type_ or subject.pos_ != "NOUN" or start < 2 or subject.doc[start - 1].text != ",":
        return None
    name = subject.doc[start - 2]
    named = name.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (name.pos_ == "PROPN" and not name.ent_type_)
    return name if named and name.head == subject.head else None


def _document_not_of_the_clause_subject(noun: Token) -> bool:
    """Whether a document a participle describes speaks for itself, because the clause
    around it does not make its subject the author: "agreed to settle a lawsuit accusing
    the company of ...", "saw a memo saying ..." (but "issued a statement saying" is the
    issuer's, lexicons/authoring_verbs.txt; and in "noted reports alleging ..." the one
    who noted them reports it)."""
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in lexicons.words("document_sources.txt", "claiming_papers.txt"):
        return False
    verb = noun.head.lemma_.lower()
    return verb not in lexicons.words("authoring_verbs.txt") and verb not in CUE_WORDS


def _subject_of_coordinated(verb: Token, depth: int) -> Token | None:
    """The speaker of a cue coordinated with another clause."""
    # "... but reports said": the parser often hangs the subject on the previous clause.
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        depth == 0
        and prev is not None
        and prev.pos_ in ("NOUN", "PROPN")
        and prev.dep_ in ("conj", "dobj", "pobj", "appos")
    ):
        return _name_ending_on(prev)
    named = (_named_before_closing_comma(verb) or _object_of_a_subordinator(verb)) if depth == 0 else None
    if named is not None:
        return named
    nearer = subject_of_the_nearer_conjunct(verb) if depth == 0 else None
    if nearer is not None:
        return nearer  # "after Putin proposed direct talks but warned that ...": Putin
    # "said the plan was ready and added that ...": the parser may hang "added" inside
    # the first cue's clause; the speaker is that cue's subject.
    for ancestor in _cue_it_goes_on_from(verb):
        found = next((c for c in ancestor.children if c.dep_ in SUBJECT_DEPS), None)
        if found is not None:
            return found
    subject = _subject(verb.head, depth + 1)
    return (company_of_shares(subject) or subject) if subject is not None else None


def _named_before_closing_comma(verb: Token) -> Token | None:
    """ "..., Richard Grenell, Trump's envoy, said at the time": a person's name with its
    description set off by commas right before the cue, which the parser coordinated with
    the noun before it ("from the U.S., Richard Grenell")."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    tok = verb.doc[verb.i - 2]
    while tok.dep_ == "appos" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ != "conj" or tok.ent_type_ != "PERSON" or tok.right_edge.i != verb.i - 1:
        return None
    coordinated_by_word = any(c.dep_ == "cc" for c in tok.head.children)
    return None if coordinated_by_word else tok


def _name_ending_on(tok: Token) -> Token:
    """The head of a name with "of" in it, from its last word: "the city's Department of
    Consumer and Worker Protection" from "Protection"; the head of the organisation's name
    it ends ("the International Organization for Migration" from "Migration"); else the
    word itself."""
    ent = entity_of(tok)
    if ent is not None and tok.ent_type_ == "ORG" and ent[-1] == tok and ent.start <= ent.root.i < tok.i:
        return ent.root
    top, through_of = tok, False
    while top.dep_ in ("conj", "pobj", "prep") and top.head.i < top.i and (top.dep_ != "prep" or top.lower_ == "of"):
        through_of = through_of or top.dep_ == "prep"
        top = top.head
    return top if through_of and top.pos_ == "PROPN" else tok


def _finite_read_as_modifier(verb: Token) -> bool:
    """A finite verb the parser hung on a noun: past or present tense, or a verb of saying
    tagged as a past participle with no auxiliary and no agent ("..., Qatar's prime minister
    announced on Wednesday", tagged as "the plan announced by the minister" would be)."""
    if verb.tag_ in ("VBD", "VBZ"):
        return True
    return (
        verb.tag_ == "VBN"
        and _cue_lemma(verb) in SAY_LIKE
        and not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children)
    )


def _phrase_closing_on(verb: Token) -> Token | None:
    """The head of the noun phrase between the last comma and the verb: "executives" in
    "..., executives of both companies announced Wednesday" (a subject is a few words: the
    comma is looked for among the 12 words before the verb)."""
    doc, start = verb.doc, max(verb.sent.start, verb.i - 12)
    comma = next((j for j in range(verb.i - 1, start - 1, -1) if doc[j].text == ","), None)
    if comma is None or comma >= verb.i - 1:
        return None
    tok = doc[verb.i - 1]
    while tok.head != tok and comma < tok.head.i < verb.i:
        tok = tok.head
    return tok if tok.pos_ in ("NOUN", "PROPN") else None


def _post_subject(verb: Token, after_quote: bool = False) -> Token | None:
    """ "..., said KCNA." -- a name after the verb that the parser made its object; right
    after a quotation, any noun that can speak ('"...," added the agency').'"""
    for child in verb.rights:
        if (
            child.dep_ in ("dobj", "npadvmod", "attr", "oprd")
            and child.pos_ in ("PROPN", "NOUN")
            and (child.ent_type_ or child.pos_ == "PROPN" or (after_quote and _source_or_people(child)))
        ):
            return child
    return None


def _right_after_quotation(verb: Token) -> bool:
    """Whether the cue follows the quotation it attributes: '"...," tweeted the senator'."""
    doc = verb.doc
    before = [t for t in doc[max(verb.i - 2, 0) : verb.i]]
    return any(t.tag_ == "''" or (t.is_quote and t.i == verb.i - 1) for t in before) and all(t.is_punct for t in before)


_CLAUSE_PREPOSITIONS = {"after", "before", "since", "until", "as"}  # also subordinators: "after police said"


def _stranded_subject(verb: Token) -> Token | None:
    """ "he was arrested after employees of a car dealership said he tried ...": the parser
    read "after" as a preposition, so the noun phrase before the cue became its object and
    the cue lost its subject; so with a subject read as an apposition of the noun before it
    ("... in northern Haiti, a source at the church radio said"). Only a noun phrase that
    can speak, ending right before the cue."""
    if verb.i == 0:
        return None
    last = verb.i - 1
    if verb.doc[last].text == "," and last > 0:
        last -= 1
    tok = verb.doc[last]
    while tok.head != tok and tok.head.i < verb.i:
        if (
            tok.right_edge.i == verb.i - 1
            and (
                (tok.dep_ == "pobj" and tok.head.lower_ in _CLAUSE_PREPOSITIONS)
                # "..., in northern Haiti, a source at the church radio said": made an apposition
                or (tok.dep_ == "appos" and any(t.text == "," for t in tok.doc[tok.head.i : tok.left_edge.i]))
            )
        ):
            # (a name the NER filed as a place still speaks: "after Hernandez, 55, told ...")
            named = tok.dep_ == "pobj" and tok.pos_ == "PROPN"
            return tok if names_people(tok) or is_source_like(tok) or named else None
        if (
            tok.right_edge.i in (last, verb.i - 1)
            and tok.dep_ == "npadvmod"
            and tok.pos_ == "PROPN"
            and tok.ent_type_ in ("PERSON", "")
        ):
            # "Speaking in their defense, Tom Molomby, SC, said": hung on the participle
            return tok
        tok = tok.head
    return None


def _object_of_a_subordinator(verb: Token) -> Token | None:
    """ "imposed the sentence after Hernandez, 55, told the court ...": the parser read
    "after" as a preposition and coordinated the cue, which has no subject, with the verb
    before; the cue's subject is the object "after" governs (:func:`_stranded_subject`)."""
    stranded = _stranded_subject(verb)
    return stranded if stranded is not None and stranded.dep_ == "pobj" else None


def _closing_the_clause(verb: Token) -> bool:
    """ "Gunmen killed 14 worshippers ..., a diocese official and two security sources said
    on Monday": a cue the parser hung, as an adverbial clause, on the clause it reports."""
    return verb.dep_ == "advcl" and verb.head.i < verb.i and verb.tag_ in ("VBD", "VBZ", "VBP")


def _surname_read_as_another_word(verb: Token, resolver: SpeakerResolver) -> Token | None:
    """ "..., says Early." / "Early says there is ...": a surname that is also an English
    word, which the tagger read as an adverb or adjective, so the cue has no subject. The
    article names the person in full elsewhere ("Chris Early"), which settles it. The
    parser may hang it on an adverb of the cue instead ("Early still says")."""
    nearby = [*verb.children, *(g for c in verb.children if c.dep_ == "advmod" for g in c.children)]
    for child in nearby:
        if (
            child.dep_ in ("advmod", "npadvmod", "amod", "dobj", "attr", "dep", "oprd")
            and abs(child.i - verb.i) <= 2
            and child.is_title
            and child.pos_ != "PROPN"
            and not child.ent_type_
            and len(resolver.full_names.get(child.text, "").split()) > 1
        ):
            return child
    return None


_ADVERBIAL_SUBORDINATORS = {"while", "although", "though", "whereas", "because", "since", "when", "after", "before"}
# What opens a clause of time, cause or condition after a cue ("said when asked ..."): not what was said.
_CLAUSE_OPENERS = _ADVERBIAL_SUBORDINATORS | {"as", "if", "unless", "until"}


def _opened_by_a_subordinator(clause: Token) -> bool:
    """A clause of time or cause the parser hung on a cue as if reported: its own "after",
    "because", "when" and no "that"."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return bool(marks & _ADVERBIAL_SUBORDINATORS) and not marks & {"that", "whether", "if"}


def _content_tokens(verb: Token, lemma: str) -> list[Token] | None:
    """The tokens of what was said, from the dependency tree."""
    if CUE_FRAMES.get(lemma) == "issuing":
        return None  # its quotation after the colon (_content_span)
    gap = _clause_with_a_gap(verb)
    if gap is not None:
        return _cut_at_coordinated_cue(list(_subtree(gap)))
    made_head = _told_clause_made_the_head(verb, lemma)
    if made_head is not None:
        return made_head
    beside = _that_clause_beside_the_cue(verb)
    if beside is not None:
        return [t for t in _subtree(beside) if not (t.dep_ == "mark" and t.head == beside)]
    describing = _describes_the_one_told(verb, lemma)
    for child in _past_quoted_titles(verb):
        if _not_what_was_said(verb, lemma, child, describing):
            continue
        second_clause = child.dep_ == "ccomp" or (child.dep_ == "conj" and _opened_by_that(child))
        if second_clause and child.i > verb.i and (both := _two_clauses_one_misattached(verb, child)):
            return both  # (the second may be coordinated with the cue: "..., but that he could not")
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and lemma in OBJECT_CUES | {"say", "tell"}):
            return _cut_at_coordinated_cue(_said_in_the_clause(verb, child))
    return _content_without_a_clause(verb, lemma)


def _not_what_was_said(verb: Token, lemma: str, child: Token, describing: Token | None) -> bool:
    """True when a clause below the cue is something else: a setting, a time, the question
    asked, a complement of the object, a clause a fuller one or a quotation replaces."""
    if child.dep_ == "ccomp" and child.i < verb.i and child.left_edge.lower_ in _ADVERBIAL_SUBORDINATORS:
        return True  # "While the lineup is light, Early says ...": a setting, not what was said
    if child.dep_ == "ccomp" and child.i > verb.i and _opened_by_a_subordinator(child):
        return True  # "declared a state of emergency after guerrillas blew up power lines": when
    if child.dep_ == "ccomp" and child.i < verb.i and participle_opening_sentence(child.left_edge):
        return True  # "Asked whether cuts had hampered forecasts, Leavitt called ...": the question
    if (
        child.dep_ == "xcomp"
        and lemma in OBJECT_CUES
        and any(c.i < child.i and _said_with_its_object(c, lemma) for c in verb.children)
    ):
        return True  # "warned Iran not to retaliate": the object and its complement, below
    if child.dep_ == "ccomp" and _a_fuller_clause_follows(verb, child):
        return True  # "told a news conference at the trade fair the main dangers were ...": not "fair"
    if child.dep_ == "ccomp" and child.i < verb.i and any(t.text == ";" for t in verb.doc[child.i : verb.i]):
        return True  # "Officials have been cautious; the bank has warned that ...": not what it warned
    if child.dep_ == "ccomp" and _a_quoted_clause_between(verb, child):
        return True  # 'The mood was grim: "It is not enough," a doctor said.': the quotation is said
    return child == describing  # '"Never again war," the pope told thousands gathered in the square'


def _said_in_the_clause(verb: Token, child: Token) -> list[Token]:
    """What was said, from a clause below the cue, without the words around it that are not:
    the speaker hung on the clause, an outlet named aside, the words before a later cue."""
    child = _clause_behind_a_noun(child)
    toks = [t for t in _subtree(child) if t.dep_ != "mark" or t.head.i != child.i]
    toks += _second_that_clause_on_the_cue(verb, child)
    toks = _subject_read_as_object(verb, child) + toks + _predicate_split_off(verb, child)
    if child.i > verb.i:
        # "the bill, which Republicans say would cut costs": not the words before the cue
        told = _addressee_compounded_on(toks, verb)
        toks = [t for t in toks if t.i > verb.i and t not in told]
    elif _reports_both_conjuncts(verb, child):
        toks = [t for t in verb.doc[verb.head.left_edge.i : child.right_edge.i + 1] if not t.is_space]
    elif (second := _second_clause_reported_before(verb, child)) is not None:
        toks = [t for t in verb.doc[child.left_edge.i : second.right_edge.i + 1] if not t.is_space]
    hung = _speaker_hung_on_the_clause(verb) if child.i < verb.i else None
    if hung is not None:  # "..., the city's mayor, Karen Bass, said": not what she said
        first = _first_speaker_coordinated_before(verb) or hung
        toks = [t for t in toks if t.i < min(hung.left_edge.i, first.left_edge.i)]
        while toks and toks[-1].is_punct:
            toks.pop()
    aside = _outlets_aside(verb, child)
    if aside is not None:
        toks = [t for t in toks if t.i < aside.left_edge.i and not (t.is_punct and t.i == aside.left_edge.i - 1)]
    return toks


def _content_without_a_clause(verb: Token, lemma: str) -> list[Token] | None:
    """What was said when no clause below the cue holds it: an appeal, subjects read as the
    object, a stated object, a passive object, a misattached clause, what an object cue names."""
    if CUE_FRAMES.get(lemma) == "appeal" and (appeal := _appeal(verb)):
        return appeal
    coordinated_subjects = _subjects_read_as_object(verb) if lemma in ("say", "tell") else None
    if coordinated_subjects is not None:
        return coordinated_subjects
    stated = _object_with_its_proposition(verb) if CUE_FRAMES.get(lemma) == "clause-only" else None
    if stated is not None:
        return stated
    criticized = _passive_object(verb) if CUE_FRAMES.get(lemma) == "object" else None
    if criticized is not None:
        return criticized
    misplaced = _misattached_that_clause(verb)
    if misplaced is None and CUE_FRAMES.get(lemma) == "clause-only":
        misplaced = _clause_read_as_object(verb)
    if misplaced is not None:
        toks = [t for t in _subtree(misplaced) if t.dep_ != "mark" or t.head.i != misplaced.i]
        return _cut_at_coordinated_cue(toks)
    if lemma == "call":
        return _called(verb)
    if lemma in OBJECT_CUES:
        said = _object_content(verb, lemma)
        if said is not None:
            return said
    answer = next((c for c in verb.children if c.dep_ in ("intj", "dobj") and c.lower_ in ("yes", "no")), None)
    if lemma == "say" and answer is not None:
        return [answer]  # "Asked if he would resign, the minister said no."
    return _clause_read_as_a_subject(verb) or _content_around(verb)


def _clause_read_as_a_subject(verb: Token) -> list[Token] | None:
    """ "At least 14 migrants drowned when their boat capsized, the coast guard said": the
    parser read the reported clause as a noun with a participle and made it a second
    subject of the cue. It opens the sentence and ends at the comma before the source."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    if len(subjects) < 2:
        return None
    first, source = subjects[0], subjects[-1]
    if (
        first.left_edge.is_sent_start
        and verb.doc[first.right_edge.i + 1].text == ","
        and first.right_edge.i + 2 == source.left_edge.i
        and any(c.dep_ == "acl" and c.pos_ == "VERB" and c.i == first.i + 1 for c in first.children)
    ):
        return list(_subtree(first))
    return None


def _two_clauses_one_misattached(verb: Token, second: Token) -> list[Token] | None:
    """ "told supporters in a recorded speech that he had ordered an investigation and that
    anyone found responsible would be held to account": the parser hung the first "that"
    clause on "speech" and only the second on the cue; both were said. So in "wrote in an
    order that the president may set policy, but that he could not ...", where the second
    is coordinated with the cue."""
    first = _misattached_that_clause(verb)
    if first is None or first.i > second.i:
        return None
    toks = [t for t in verb.doc[first.left_edge.i : second.right_edge.i + 1] if not t.is_space]
    if toks and toks[0].lower_ == "that":
        toks = toks[1:]
    return _cut_at_coordinated_cue(toks) or None


def _second_that_clause_on_the_cue(verb: Token, first: Token) -> list[Token]:
    """'said in a statement that it was "the best path forward" and that waiting longer
    would only hurt workers': the parser coordinated the second "that" clause with the cue;
    both were said. The words from the end of the first clause to the end of the second."""
    if first.i < verb.i:
        return []
    second = next(
        (c for c in verb.children if c.dep_ == "conj" and c.i > first.right_edge.i and c.left_edge.lower_ == "that"),
        None,
    )
    if second is None or not any(c.dep_ == "mark" and c.i == second.left_edge.i for c in second.children):
        return []
    return [t for t in verb.doc[first.right_edge.i + 1 : second.right_edge.i + 1] if not t.is_space]


def _told_clause_made_the_head(verb: Token, lemma: str) -> list[Token] | None:
    """ "halted after Semenyo told referee Anthony Taylor he had been racially abused": the
    parser made the reported clause the head of "told" (an adverbial clause of it); its
    subject comes right after the one told, a pronoun."""
    clause = verb.head
    if not _a_verb_of_telling(lemma) or verb.dep_ != "advcl" or clause.i < verb.i:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i != verb.right_edge.i + 1 or subject.lower_ not in _NOMINATIVE:
        return None
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    return [t for t in verb.doc[subject.i : clause.right_edge.i + 1] if not t.is_space]


def _that_clause_beside_the_cue(verb: Token) -> Token | None:
    """ "Trump posted on Truth Social that Schumer had done the right thing": the tagger read
    the cue as a participle of the name that opens the sentence and the parser hung the
    "that" clause on the name too; that clause is what was said."""
    speaker = verb.head
    if verb.dep_ != "acl" or speaker.dep_ != "ROOT" or speaker.pos_ not in ("PROPN", "NOUN") or speaker.i > verb.i:
        return None
    if any(c.dep_ in ("ccomp", "dobj") for c in verb.children):
        return None
    return next(
        (
            c
            for c in speaker.children
            if c.dep_ in ("acl", "ccomp", "relcl")
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children)
        ),
        None,
    )


def _clause_with_a_gap(verb: Token) -> Token | None:
    """ "The bank raised rates, a move analysts said could hurt growth": a cue between two
    clauses, the one after it with no subject (its subject is "a move", which the clause is
    about), is a relative clause without "that"; the clause after it is what was said, the
    one before is narration the parser hung on the cue."""
    after = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if reported_before(verb) is None or after is None or after.tag_ not in ("VB", "VBD", "VBZ", "VBP"):
        return None
    if not _subjectless(after):
        return None
    return after if after.tag_ != "VB" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in after.children) else None


def _subjectless(clause: Token) -> bool:
    """A clause with neither a subject nor a word opening it ("that", "because"): a piece of
    another clause the parser hung on its own."""
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children)


def _subject_read_as_object(verb: Token, clause: Token) -> list[Token]:
    """ "added the exact circumstances of the deaths remained unclear": the parser took the
    reported clause's subject for the cue's object, and left the clause with no subject;
    the object, right before the clause, is its subject. Not a thing said
    (lexicons/said_objects.txt)."""
    finite = clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in clause.children
    )  # "had said"
    if clause.i < verb.i or not finite:
        return []
    if not _subjectless(clause):
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and _ends_right_before(c, clause)), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in lexicons.words("said_objects.txt"):
        return []
    return list(_subtree(obj)) + _phrases_between(obj, clause)


def _addressee_compounded_on(toks: list[Token], verb: Token) -> list[Token]:
    """ "told Reuters parents had been waiting", "told CNN investigators had found": "tell"
    names whom it tells, so where nothing else is told, the name the parser compounded onto
    the reported clause's subject, right after the cue, is the one told."""
    if verb.lemma_.lower() != "tell" or any(c.dep_ in ("dobj", "dative") and c not in toks for c in verb.children):
        return []
    first = next((t for t in toks if t.i > verb.i), None)
    if first is None or first.i != verb.i + 1 or first.dep_ != "compound" or first.ent_iob_ != "B":
        return []
    if first.ent_type_ not in ("ORG", "PERSON"):
        return []
    doc, end = verb.doc, first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].dep_ == "compound":
        end += 1
    if end >= len(doc):
        return []  # the name ends the document: no subject after it
    name, subject = list(doc[first.i : end]), doc[end]
    return name if subject.ent_iob_ != "I" and name[-1].head == subject else []


def _describes_the_one_told(verb: Token, lemma: str) -> Token | None:
    """ "told tens of thousands of people gathered in the square": a bare participle right
    after the one told -- the only object of a verb of telling, or for "tell", which always
    names whom, people the parser made the participle's subject -- describes them; what was
    told is elsewhere (here the quotation before the cue). That participle's clause."""
    if not _a_verb_of_telling(lemma):
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN")):
        if any(a.dep_ in ("aux", "auxpass", "mark") for a in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if _subjectless(clause) and len(objects) == 1 and clause.left_edge.i == objects[0].right_edge.i + 1:
            return clause
        if subject is not None and lemma == "tell" and not objects and subject.left_edge.i == verb.i + 1:
            if (names_people(subject) or counted_people(subject) is not None) and subject.i < clause.i:
                return clause
    return None


def _ends_right_before(obj: Token, clause: Token) -> bool:
    """Whether the object's phrase ends where the clause starts, or only a phrase the
    parser hung on the cue stands between ("added preliminary indications for first quarter
    revenues were favorable")."""
    return obj.right_edge.i == clause.left_edge.i - 1 or bool(_phrases_between(obj, clause))


def _phrases_between(obj: Token, clause: Token) -> list[Token]:
    """The prepositional phrases of the cue between its object and the clause: the
    object's own modifiers, misattached."""
    gap = list(obj.doc[obj.right_edge.i + 1 : clause.left_edge.i])
    if len(gap) > 2 and gap[0].text == gap[-1].text == ",":
        # "said the Vatican, as represented by Pope Leo XIV, had said ...": an aside set off by commas
        inner = gap[1]
        while inner.head.i in range(gap[1].i, gap[-1].i):
            inner = inner.head
        whole = inner.left_edge.i == gap[1].i and inner.right_edge.i == gap[-2].i
        return gap if whole and inner.head in (obj, obj.head) else []
    if not gap or gap[0].dep_ != "prep" or gap[0].head != obj.head or gap[0].right_edge.i != gap[-1].i:
        return []
    return gap


def _predicate_split_off(verb: Token, clause: Token) -> list[Token]:
    """ "testified that the company's deals to be the default search engine were critical",
    "saying the plaintiffs had shown the freeze could cause harm": the parser made "deals to
    be ..." (or "had shown the freeze") the reported clause and hung the verb after it, with
    no subject of its own, on the cue as a second one; both are what was said."""
    infinitive = clause.tag_ == "VB" and any(c.tag_ == "TO" for c in clause.children)
    object_last = clause.right_edge.dep_ in ("dobj", "pobj") or clause.right_edge.head.dep_ in ("dobj", "pobj")
    rest = next(
        (c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == clause.right_edge.i + 1),
        None,
    )
    if not (infinitive or object_last) or rest is None or clause.i < verb.i or rest.lemma_.lower() in CUE_WORDS:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in rest.children):
        return []
    return list(_subtree(rest))


def _a_quoted_clause_between(verb: Token, clause: Token) -> bool:
    """Whether another reported clause, quoted, stands between an earlier one and the cue
    after them: the narration before a colon is not what the attribution closes."""
    doc = verb.doc

    def quoted(other: Token) -> bool:  # marks around the clause, not inside it ('who shouted "Free Palestine"')
        start, end = other.left_edge.i, other.right_edge.i
        return any(t.is_quote for t in doc[max(start - 1, 0) : start + 1]) and any(
            t.is_quote for t in doc[end : end + 3]
        )

    return clause.i < verb.i and any(
        other.dep_ == "ccomp" and clause.i < other.i < verb.i and quoted(other) for other in verb.children
    )


def _clause_behind_a_noun(clause: Token) -> Token:
    """ "said in a memo to staff that one employee had been injured": the parser read "to
    staff" as an infinitive and hung the reported clause on the noun; that clause, opened
    by "that", is what was said."""
    if clause.pos_ != "NOUN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return clause  # "the spate of shootings demands that ...": a verb tagged as a noun
    inner = next((c for c in clause.children if c.dep_ == "ccomp" and _opened_by_that(c)), None)
    return inner if inner is not None else clause


def _reports_both_conjuncts(verb: Token, clause: Token) -> bool:
    """ "A firefighter was injured Saturday, and two others suffered burns, the department
    said": the parser coordinated the attribution with the first clause and gave it only
    the second; it closes the sentence, so it reports both."""
    first = verb.head
    if verb.dep_ != "conj" or not first.i < clause.i < verb.i or first.pos_ not in ("VERB", "AUX"):
        return False
    before = verb.doc[clause.left_edge.i - 1]
    return before.dep_ == "cc" and before.head == first and before.lower_ in ("and", "but")


def _second_clause_reported_before(verb: Token, clause: Token) -> Token | None:
    """ "Two staff members were shot and killed, and a suspect was taken into custody,
    officials said": the parser made both clauses reported clauses of the closing cue, which
    reports both."""
    if clause.i > verb.i:
        return None
    second = next((c for c in verb.children if c.dep_ == "ccomp" and clause.i < c.i < verb.i), None)
    if second is None or second.left_edge.i == 0:
        return None
    before = verb.doc[second.left_edge.i - 1]
    return second if before.dep_ == "cc" and before.head == clause and before.lower_ in ("and", "but") else None


def _outlets_aside(verb: Token, clause: Token) -> Token | None:
    """A concession the outlet adds in its own present, after a report in the past: "he said
    the best way to prevent measles was the vaccine, *though he has repeatedly promoted
    unproven treatments*", "said crime had fallen, *although police data show otherwise*".
    Reported speech after "said" shifts back its tenses; a clause that does not, when the
    report does, is not the speaker's."""
    if verb.tag_ != "VBD" or not _shifted_back(clause):
        return None
    for aside in clause.children:
        if (
            aside.dep_ == "advcl"
            and aside.i > clause.i
            and any(m.dep_ == "mark" and m.lower_ in _CONCESSIVES for m in aside.children)
            and aside.doc[aside.left_edge.i - 1].text == ","
            and _present(aside)
            # "said the plan was flawed, though it has merits": "it" is likely the plan
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in aside.children)
        ):
            return aside
    return None


_CONCESSIVES = {"though", "although"}


def _shifted_back(clause: Token) -> bool:
    """ "was", "had fallen", "would rise": a past or a conditional."""
    return clause.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "would", "was", "were", "could", "might")
        for c in clause.children
    )


def _present(clause: Token) -> bool:
    """ "show", "has promoted", "is": a present tense."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    first = auxiliaries[0] if auxiliaries else clause
    return first.tag_ in ("VBZ", "VBP")


def _passive_object(verb: Token) -> list[Token] | None:
    """ "This move was criticized by Nassar al-Rubaie": what was criticized, when the
    passive names who did it (the cue's own words stay out of the content, which is one
    stretch of the text)."""
    if not is_passive(verb) or not any(c.dep_ == "agent" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return _subtree(subject) if subject is not None else None


def _object_content(verb: Token, lemma: str) -> list[Token] | None:
    """What an object cue says: its object with the complement after it ("urged Iran to
    stop", "accused Turkey of involvement", "denounced the arrests as politically
    motivated"), or what "warn", "ask" and "demand" are about."""
    for child in verb.children:
        if CUE_FRAMES[lemma] == "party-or-claim" and not (
            _party_or_claim(child) or _called_as(child, lemma) is not None
        ):
            continue
        if _said_with_its_object(child, lemma):
            called = _called_as(child, lemma) if child.tag_ in ("WDT", "WP") else None
            if called is not None:
                # "an explosion that de Blasio described as 'an intentional act'": what it was called
                return [t for t in _subtree(called) if t.i != called.i]
            toks = _subtree(child)
            for sib in verb.children:
                if sib.i > child.i and (
                    sib.dep_ in ("xcomp", "ccomp")
                    or (sib.dep_ == "prep" and sib.lower_ in ("of", "to", "for", "over", "about", "on", "as"))
                    # "accusing her without evidence of faking jobs numbers": the "of" under "without"
                    or (sib.dep_ == "prep" and sib.lower_ == "without" and any(t.lower_ == "of" for t in sib.subtree))
                ):
                    toks += _subtree(sib)
            if len(toks) == len(_subtree(child)) and _only_an_addressee(child, lemma):
                break  # "She warned her superiors": whom, but not what
            return _without_trailing_clause(_without_trailing_occasion(toks))
    for child in verb.children:
        if child.dep_ == "prep" and (
            (child.lower_ in ("that", "of", "for", "over", "about", "on") and lemma in ("warn", "ask", "demand"))
            or (child.lower_ == "to" and lemma == "admit")  # "admitted to lying to investigators"
        ):
            return [t for t in _subtree(child) if t.i != child.i]
    return None


def _called_as(obj: Token, lemma: str) -> Token | None:
    """The "as" of an object the cue calls something: "dismissed the protests as 'street
    terror'", "hailing it as a 'new era'" -- what was said of it (the parser hangs the "as"
    on the verb or on the object). A refusal is no such statement: "rejected the offer as
    too low", "rejected it as too low" are agreement claims."""
    if obj.dep_ != "dobj" or lemma == "reject":
        return None
    return next(
        (
            c
            for c in (*obj.children, *obj.head.children)
            if c.dep_ == "prep"
            and c.lower_ == "as"
            and c.i > obj.i
            and any(p.dep_ in ("pobj", "amod", "acomp") for p in c.children)
        ),
        None,
    )


def _only_an_addressee(obj: Token, lemma: str) -> bool:
    """Whether an object names only whom the words were for (lexicons/addressee_cues.txt):
    "warned the public"; for "urge" and "ask" only people ("urged Republicans", not "urged calm")."""
    if lemma in lexicons.words("addressee_cues.txt"):
        return True
    return lemma in ("urge", "ask") and (is_source_like(obj) or names_people(obj))


def _without_trailing_clause(toks: list[Token]) -> list[Token]:
    """An object's words without a clause of time set after them with a subject of its own:
    'accused Meta of "turning a blind eye", as its chief executive testified' (the parser
    hangs the clause inside the object's phrase)."""
    for tok in toks:
        if (
            tok.dep_ == "advcl"
            and tok.left_edge.i > toks[0].i
            and tok.left_edge.lower_ in ("as", "while", "when")  # not "so long as"
            and tok.doc[tok.left_edge.i - 1].text == ","  # set off: "..., as its chief executive testified"
            and any(c.dep_ in SUBJECT_DEPS for c in tok.children)
            and all(t.i < tok.left_edge.i or t in tok.subtree or t.is_punct for t in toks)
        ):
            kept = [t for t in toks if t.i < tok.left_edge.i]
            while kept and kept[-1].is_punct and not kept[-1].is_quote:
                kept.pop()
            return kept
    return toks


def _without_trailing_occasion(toks: list[Token]) -> list[Token]:
    """An object's words without where or when it was said, which the parser may hang on
    the object: "acknowledged the error in a statement", "called the law a disgrace
    during a rally"."""
    for tok in toks:
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if (
            tok.dep_ == "prep"
            and tok.lower_ in ("in", "during", "at", "on")
            and pobj is not None
            and pobj.lemma_.lower() in lexicons.words("occasion_nouns.txt", "speech_nouns.txt")
            and all(t.i < tok.i or t in tok.subtree or t.is_punct for t in toks)
            and tok.i > toks[0].i
        ):
            return [t for t in toks if t.i < tok.i]
    return toks


def _past_quoted_titles(verb: Token) -> list[Token]:
    """The cue's children, a quoted title among them replaced by the clauses the parser
    hung on it: in 'said on NBC's "Meet the Press" that she would debate', what was said
    is the "that" clause, not the show."""
    children = []
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and quoted_title(child):
            children += [c for c in child.children if c.dep_ == "ccomp"]
        else:
            children.append(child)
    return children


def _a_fuller_clause_follows(verb: Token, clause: Token) -> bool:
    """Whether the cue has a later complement clause with a subject where this one has
    none (a word the parser took for a clause)."""
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children):
        return False
    return any(
        c.dep_ == "ccomp" and c.i > clause.i and any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in verb.children
    )


def _called(verb: Token) -> list[Token] | None:
    """What "call" says: what it calls for or on ("called for a ceasefire"), or what was
    named and what it was called ("called his death a crisis"; quoted right after it where
    the parser missed the predicate: "the package 'far from perfect'")."""
    child = _call_preposition(verb)
    if child is not None:
        # "called on Howard Dean to apologize": the infinitive may hang on the verb
        asked = [t for c in verb.children if c.dep_ == "xcomp" and c.i > child.i for t in _subtree(c)]
        return [t for t in _subtree(child) if t.i != child.i] + asked
    clause = _called_for_clause(verb)
    if clause is not None:
        return [t for t in _subtree(clause) if not (t.dep_ == "mark" and t.head == clause)]
    named = [t for c in verb.children if c.dep_ in ("dobj", "oprd") for t in _subtree(c)]
    if named and not any(c.dep_ == "oprd" for c in verb.children):
        named += _quoted_after(max(named, key=lambda t: t.i))
    return sorted(set(named), key=lambda t: t.i) or None


def _call_preposition(verb: Token) -> Token | None:
    """The "for" or "on" of "called for talks", "called on Iran to stop": before any object
    ("called it 'a dark day' for Europe" names) and not a date ("called her on Friday")."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ in ("for", "on")
            and not a_date_phrase(c)
            and not any(o.dep_ in ("dobj", "oprd") and o.i < c.i for o in verb.children)
        ),
        None,
    )


def _called_for_clause(verb: Token) -> Token | None:
    """ "called for the president to resign": the clause the parser opened with "for"."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("advcl", "ccomp")
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == verb.i + 1 for m in c.children)
        ),
        None,
    )


def _said_with_its_object(child: Token, lemma: str) -> bool:
    """Whether an object cue's content starts with this object: "accused Turkey of ...",
    "urged them to ..."; other cues leave a pronoun out ("implored her to bring it back")."""
    if child.dep_ not in ("dobj", "dative"):
        return False
    if lemma == "confirm" and child.lemma_.lower() in lexicons.words("office_objects.txt"):
        return False  # "the Senate confirmed her nomination": a vote, not words
    return child.pos_ != "PRON" or (
        child.dep_ == "dobj" and (lemma in ("urge", "ask", "accuse", "warn") or _called_as(child, lemma) is not None)
    )


def _content_around(verb: Token) -> list[Token] | None:
    """The content of a cue that interrupts or follows it: "X, officials said", "In the
    south, IRNA said, X". A subordinate clause ("shares fell after the company reported a
    10% drop") says when or why, not who said the main clause: what it said follows the
    cue in its own clause (with nothing there, the parser hung the content above it)."""
    own_tail = [t for t in _subtree(verb) if t.i > verb.i and not t.is_punct]
    if own_tail and any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_SUBORDINATORS for c in verb.children):
        return own_tail
    if any(c.dep_ == "advmod" and c.i < verb.i and c.lower_ in _ADVERBIAL_SUBORDINATORS for c in verb.children):
        return []  # '"That makes me smart," when Clinton blasted him': the clause says when, not what
    if verb.dep_ in ("parataxis", "advcl") and verb.head != verb and verb.head.pos_ in ("VERB", "AUX"):
        if verb.tag_ == "VBG" and _has_its_own_object(verb):
            return None  # "..., Sanchez said, declaring three days of mourning": an act of its own
        lo, hi = _attribution_start(verb), verb.right_edge.i
        reported = _main_clause_over(verb) or verb.head
        closes_it = not any(t.i > hi and not t.is_punct for t in reported.subtree)
        if closes_it and not _has_clause_after(verb) and _reported_by_another_cue(reported):
            return None  # 'accused Meta of "turning a blind eye", as its chief executive testified'
        toks = [t for t in _subtree(reported, 2 * MAX_CONTENT_TOKENS) if not lo <= t.i <= hi]
        if toks:
            runs = _runs(toks)
            # '"I don't know," she said, before adding ...': the quotation the attribution closes
            marks = list(takewhile(lambda t: t.is_punct, verb.doc[lo : verb.i + 1]))  # ',"' of the cue's phrase
            closed = next(
                (run for run in runs if run[-1].i == lo - 1 and any(t.is_quote for t in run[-1:] + marks)), None
            )
            return closed or _whole_clause_before(runs, reported, lo) or max(runs, key=len)
    return None


def _has_clause_after(verb: Token) -> bool:
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _reported_by_another_cue(clause: Token) -> bool:
    """Whether a clause is what a cue with a subject of its own above it says: "Blackburn
    accused Meta of 'turning a blind eye'" -- an interjected cue hung on it does not say it."""
    return any(
        a.pos_ == "VERB" and _cue_lemma(a) in CUE_LEMMAS and any(c.dep_ in SUBJECT_DEPS for c in a.children)
        for a in clause.ancestors
    )


def _attribution_start(verb: Token) -> int:
    """Where a closing attribution begins: at its subject, past a phrase of the report the
    parser hung on the cue ("rose to 2,719 on Tuesday, with 4,521 people injured and 441
    still missing, the head of the military government said")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None or subject.left_edge.i <= verb.left_edge.i:
        return verb.left_edge.i
    start = subject.left_edge.i
    if verb.doc[start - 1].text != ",":
        return verb.left_edge.i
    return start - 1


def _main_clause_over(verb: Token) -> Token | None:
    """ "The death toll rose to 19 on Thursday, Prime Minister Andrew Holness said, two days
    after the storm tore across the island": the parser hung the interjected cue on the
    adverbial clause after it; the sentence's main clause, before the cue, is reported.
    Not "some of whom, he says, are ...", a clause around the cue."""
    after = verb.head
    if verb.dep_ != "parataxis" or after.i < verb.i or after.dep_ not in ("advcl", "conj") or after.head.i > verb.i:
        return None
    if any(c.left_edge.i < verb.i for c in after.children if c != verb and not c.is_punct):
        return None
    return after.head


def _whole_clause_before(runs: list[list[Token]], head: Token, cue_start: int) -> list[Token] | None:
    """The run ending right before an interrupting cue, if the clause it reports is all
    there, subject and verb: "Officers arrested 956 people on Sunday, the agency said, the
    highest single-day total since ..." (what follows only comments on it). The clause may
    be one the parser hung below a misread head after the cue: in "An Israeli strike killed
    two people on Thursday, the ministry said, the latest in near-daily attacks a year after
    a ceasefire took effect" it made "the latest ... took" the main clause."""
    before = next((run for run in runs if run[-1].i == cue_start - 1), None)
    if before is None:
        return None
    if head not in before:
        head = next((t for t in before if t.head not in before), head)
        if head.dep_ != "ccomp" or any(c.dep_ == "mark" for c in head.children) or before[-1].dep_ == "cc":
            return None  # "If the talks fail, he said, ...", "who works for RT and, he said, has ..."
    return before if any(c.dep_ in ("nsubj", "nsubjpass") and c in before for c in head.children) else None


def _quoted_after(tok: Token) -> list[Token]:
    """The tokens of the quotation (marks included) that opens right after ``tok``, within
    its sentence: one of the article's quotations (:attr:`SpeakerResolver.quotes`)."""
    doc = tok.doc
    text, end_of_tok = text_of(doc), tok.idx + len(tok)
    quote = next((q for q in SpeakerResolver.for_doc(doc).quotes if q.start > end_of_tok), None)
    if quote is None or text[end_of_tok : quote.start].strip(_OPENING_MARKS):
        return []
    span = doc.char_span(end_of_tok, quote.outer[1], alignment_mode="expand")
    if span is None or not all(t.is_punct or t.is_space for t in span if t.i >= tok.sent.end):
        return []  # (only the closing mark may fall past the sentence: 'called it "a historic day."')
    return [t for t in span if not t.is_space]


def _appeal(verb: Token) -> list[Token] | None:
    """ "pleaded with the administration to reconsider", "appealed to residents to stay
    indoors", "asked their governments to help": who is asked and what they are asked to
    do -- both, or it is no appeal ("pleaded guilty", "the plan appealed to voters",
    "asked about the plan"). Or what is asked for: "asked for compassion", "appealed
    for calm", as "called for" is a call."""
    addressee = next(
        (c for c in verb.children if (c.dep_ == "prep" and c.lower_ in ("with", "to")) or c.dep_ == "dobj"), None
    )
    asked = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("advcl", "xcomp")
            and c.i > verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if asked is None:
        return _asked_for(verb)
    # The parser may make the addressee the subject of the infinitive, "with" its marker.
    marker = next((c for c in asked.children if c.dep_ == "mark" and c.lower_ in ("with", "to")), None)
    if marker is not None and any(c.dep_ == "nsubj" for c in asked.children):
        return [t for t in _subtree(asked) if t.i != marker.i]
    if addressee is None or asked.i < addressee.i:
        return None
    return [t for t in _subtree(addressee) if t.i != addressee.i or t.dep_ == "dobj"] + _subtree(asked)


def _asked_for(verb: Token) -> list[Token] | None:
    """What a request asks for: the object of its "for" ("appealed for calm"); not a time
    ("what we asked for last year": the thing asked for is the "what")."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if prep else None
    if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
        return None
    return _subtree(pobj) if pobj is not None else None


def _misattached_that_clause(verb: Token) -> Token | None:
    """ "told reporters at a news conference that officials began ...": the parser hangs
    the reported clause on "conference" as a relative clause, but its "that" is a
    complementizer (``mark``; or ``advmod`` in "claimed at the time that they were
    treated well", ``pobj`` in "said on the eve of the summit that progress was
    possible"), not a relative pronoun, and the clause has its own subject. So with a
    participle there: "wrote in a ruling issued Friday that the law was unconstitutional"
    (the clause hung on "issued")."""
    for child in verb.children:
        if child.dep_ not in ("prep", "dobj", "dative") or child.i < verb.i:
            continue
        for tok in child.subtree:
            if (
                (
                    tok.dep_ == "relcl"
                    # "said in a statement that", "claimed without evidence that"
                    or (tok.dep_ == "acl" and (_an_occasion_of_saying(tok.head) or _without_it(tok.head)))
                    or (tok.dep_ == "ccomp" and tok.head.dep_ == "acl" and tok.head.tag_ == "VBN")
                )
                and (_opened_by_that(tok) or _subject_opened_by_that(tok))
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            ) or (child.dep_ == "dobj" and tok.head == child and _complement_read_as_relative(verb, tok)):
                return tok
            if child.dep_ == "prep" and tok.head.head == child and _told_after_an_occasion(verb, child, tok):
                return tok
    return None


_WHEN_TOLD = {"after", "before", "during", "following", "at", "on", "in"}


def _told_after_an_occasion(verb: Token, prep: Token, clause: Token) -> bool:
    """ "told reporters after the vote that Democrats were playing with fire": with the one
    told already its object, a "that" and a subject after a phrase of when or where it was
    told open what was told, though the parser made them a relative clause of the noun."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        clause.dep_ == "relcl"
        and _a_verb_of_telling(verb.lemma_.lower())
        and prep.lower_ in _WHEN_TOLD
        and any(c.dep_ in ("dobj", "dative") and c.i < prep.i for c in verb.children)
        and not any(c.dep_ == "ccomp" for c in verb.children)
        and clause.left_edge.lower_ == "that"
        and subject is not None
        and subject.left_edge.i == clause.left_edge.i + 1
    )


_NOMINATIVE = {"i", "we", "he", "she", "they"}


def _a_verb_of_telling(lemma: str) -> bool:
    """ "tell", "warn", "assure", "inform" (lexicons/addressee_cues.txt): a cue whose object
    is the one told, so that a clause after it is what was told."""
    return lemma == "tell" or lemma in lexicons.words("addressee_cues.txt")


def _complement_read_as_relative(verb: Token, clause: Token) -> bool:
    """ "told the referee he had been abused": the reported clause, made a relative clause
    of the one told (a verb of telling only: "mentions policies she supported that ..."
    has a relative clause). It opens on a pronoun subject and leaves no object to
    relativise (passive, or with an object or complement of its own); "told the woman he
    loved" has one."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not _a_verb_of_telling(verb.lemma_.lower()) or clause.dep_ != "relcl" or subject is None:
        return False
    if _told_an_occasion(clause, subject):
        return True
    return (
        subject.i == clause.left_edge.i
        and subject.lower_ in _NOMINATIVE
        and (subject.dep_ == "nsubjpass" or any(c.dep_ in ("dobj", "ccomp", "acomp", "attr") for c in clause.children))
    )


def _told_an_occasion(clause: Token, subject: Token) -> bool:
    """ "told a briefing that the two countries' military chiefs had spoken": an occasion
    told (lexicons/occasion_nouns.txt) is the audience, so a "that" and a subject after it
    open what was told."""
    first = clause.left_edge
    return (
        clause.head.lemma_.lower() in lexicons.words("occasion_nouns.txt")
        and first.lower_ == "that"
        and subject.left_edge.i == first.i + 1
    )


def _without_it(noun: Token) -> bool:
    """ "claimed without evidence that ...": what the claim lacked, not a noun the clause
    is about."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "without"


def _an_occasion_of_saying(noun: Token) -> bool:
    """ "a statement", "an interview", "a letter": not "the notion", "on condition"."""
    lemma = noun.lemma_.lower()
    return lemma in lexicons.words("occasion_nouns.txt", "speech_nouns.txt", "document_sources.txt")


def _opened_by_that(clause: Token) -> bool:
    """A clause opened by a complementizer "that", whatever the parser called it; as an
    object or a subject only where the clause has another ("said in an interview with the
    paper that Google had maintained a monopoly", "told reporters after the talks that
    progress had been made": no relative "that" there)."""
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(
        (
            c.dep_ in ("mark", "advmod", "pobj")
            or (c.dep_ == "dobj" and len(objects) > 1)
            or (c.dep_ in ("nsubj", "nsubjpass") and len(subjects) > 1)
        )
        and c.lower_ == "that"
        and c.i == clause.left_edge.i
        for c in clause.children
    ):
        return True
    # "told analysts on a call that the company expected to save $1.5 billion": the "that"
    # made the object of a verb further in, which has its own object
    first = clause.left_edge
    return (
        first.lower_ == "that"
        and first.dep_ == "dobj"
        and first.head != clause
        and sum(c.dep_ == "dobj" for c in first.head.children) > 1
    )


def _subject_opened_by_that(clause: Token) -> bool:
    """ "told analysts on a call that production ... was": the complementizer tagged the
    subject's determiner; no relative clause has a subject opening on "that"."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.left_edge.i < c.i
        and c.left_edge.lower_ == "that"
        and c.left_edge.i == clause.left_edge.i
        for c in clause.children
    )


def _subjects_read_as_object(verb: Token) -> list[Token] | None:
    """ "said available reserves and a continued surplus will be sufficient": the parser
    took the first of two coordinated subjects for the cue's object and the clause's verb
    for a second verb of the cue's. The reported clause runs from that object to the end
    of the coordinated verb, which has a subject of its own. Not a thing said
    (lexicons/said_objects.txt): "said a prayer and the crowd went home"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or obj.lemma_.lower() in lexicons.words("said_objects.txt"):
        return None  # "said a prayer and the crowd went home"
    for conj in verb.children:
        if (
            conj.dep_ == "conj"
            and conj.i > obj.i
            and conj.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "nsubj" and c.i < conj.i and c.pos_ in ("NOUN", "PROPN") for c in conj.children)
            and _cue_lemma(conj) not in CUE_LEMMAS
        ):
            return [
                t
                for t in verb.doc[obj.left_edge.i : conj.right_edge.i + 1]
                if not (t.is_punct and t.i == conj.right_edge.i)
            ]
    return None


def _object_with_its_proposition(verb: Token) -> list[Token] | None:
    """ "notes the CDC requirement that immigrants be vaccinated": an object noun that
    carries a "that" clause says a proposition, which a cue of clauses can take."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.pos_ == "NOUN" and _with_a_proposition(obj):
            return _subtree(obj)
    return None


def _with_a_proposition(noun: Token) -> bool:
    """A noun that carries a "that" clause: "suggestions that his job was under threat" are
    said, where "a suggestion to delay the vote" is offered."""
    return any(
        clause.dep_ in ("acl", "ccomp")
        and any(c.dep_ == "mark" and c.lower_ == "that" and c.i == clause.left_edge.i for c in clause.children)
        for clause in noun.children
    )


def _clause_read_as_object(verb: Token) -> Token | None:
    """ "adding the company aimed to improve profits": the parser read the reported
    clause's subject as the cue's object and its verb as a participle of it ("aimed"
    modifying "company"). A cue that takes only a clause has no object, so the clause it
    is: the object, when its participle carries a complement of its own."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.i > verb.i and obj.pos_ in ("NOUN", "PROPN"):
            for acl in obj.children:
                if (
                    acl.dep_ == "acl"
                    and acl.tag_ in ("VBD", "VBN")
                    and any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in acl.children)
                ):
                    return obj
    return None


def _party_or_claim(obj: Token) -> bool:
    """ "slammed *Trump*", "rejected *the accusations*" -- not "slammed *the door*"."""
    return obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or obj.lemma_.lower() in lexicons.words(
        "assertion_nouns.txt"
    )


MAX_CONTENT_TOKENS = 400  # the guide lets content be shortened from the end


def _subtree(tok: Token, cap: int = MAX_CONTENT_TOKENS) -> list[Token]:
    """A token's subtree as a list, at most ``cap`` tokens from its left edge.

    Subtrees of a projective parse are contiguous, so this is a slice -- and capping
    it keeps pathological run-on "sentences" (thousands of tokens) linear."""
    doc = tok.doc
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    return list(doc[start : min(end, start + cap)])


def _cut_at_coordinated_cue(toks: list[Token]) -> list[Token]:
    """Stop a reported clause before "... and added that ..." or "..., adding ...",
    "..., citing three sources": the second cue is its own statement (or the source); so
    before another source set against it ("..., though police said ...")."""
    toks = _before_a_contrasting_source(toks)
    for k, tok in enumerate(toks):
        if k and toks[k - 1].text == "," and tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            return toks[: k - 1]  # "..., according to an estimate by Moody's": where it comes from
        participle = k and toks[k - 1].text == "," and _reporting_participle(tok)  # "..., calling it a sham"
        if (
            (participle and tok.pos_ == "VERB" and not any(c.dep_ in SUBJECT_DEPS for c in tok.children))
            or ((tok.dep_ == "conj" or _after_a_conjunction(tok)) and _coordinated_cue(tok))
            or _the_speakers_next_act(tok)
        ):
            cut = k
            while cut > 0 and toks[cut - 1].i >= tok.left_edge.i:
                # "... and would urge the government to block it": not "and would"; "..., and
                # Intel has said ...": the cue's own subject goes with it
                cut -= 1
            while cut > 0 and (
                toks[cut - 1].dep_ == "cc" or toks[cut - 1].is_punct or _adverb_of_what_follows(toks[cut - 1])
            ):
                if toks[cut - 1].tag_ == "''":
                    break  # a closing quotation mark stays with the words it closes
                cut -= 1
            return toks[:cut] if cut > 0 else toks
    return toks


def _adverb_of_what_follows(tok: Token) -> bool:
    """An adverb left before a cut that goes with the words after it ("..., and also urged"),
    not one of the clause it ends ("it did not go far enough, calling on ...")."""
    return tok.dep_ == "advmod" and tok.head.i > tok.i and tok.head.dep_ != "advmod"


def _the_speakers_next_act(verb: Token) -> bool:
    """ "said the layoffs would likely cripple the department and issued an injunction": a
    past tense with no subject coordinated with a verb under a modal cannot share its clause;
    the parser hung the speaker's next act on what was said."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD":
        return False
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if head.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        # but "will close seven factories and cut 20,000 jobs": a past tense spelled as its
        # base form may be the base form the tagger misread
        return verb.lower_ != verb.lemma_.lower()
    # "said the talks had gone 'very well' and thanked Trump", "... but declined to comment":
    # what a speaker does in telling (lexicons/speaker_acts.txt), not what was told
    act = verb.lemma_.lower() in lexicons.words("speaker_acts.txt")
    return act and (verb.lemma_.lower() != "decline" or any(c.dep_ == "xcomp" for c in verb.children))


def _after_a_conjunction(tok: Token) -> bool:
    """ "said they had not seen the text, and deputy Yaroslav Zhelezniak wrote ...": a clause
    after "and" that the parser hung below the one before instead of coordinating it."""
    start = tok.left_edge.i
    return tok.dep_ == "ccomp" and start > 0 and tok.doc[start - 1].dep_ == "cc"


def _coordinated_cue(tok: Token) -> bool:
    """A speech act coordinated inside a reported clause, which is a statement of its own:
    "... and added that ...", "... and called on the government to ...", "..., and Intel
    has said ..." (a finite cue with a subject of its own). Not "and would continue to
    fight" (no clause of what was said), nor "but rejected a proposal" (no speech)."""
    lemma = _cue_lemma(tok)
    if tok.pos_ != "VERB" or not (lemma in CUE_LEMMAS or (lemma == "call" and _calls_out(tok))):
        return False
    if not (speaks_here(tok) or lemma == "call") or _not_speaking(tok, lemma) or _unrealised(tok):
        return False  # (not "... and would respond within 48 hours": said it would; a negated cue still cuts)
    subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        # "said Apple recorded conversations and disclosed the recordings to advertisers":
        # with no clause of its own, the cue shares the subject of the verb it goes on from
        return not _shares_a_subject_with_no_clause(tok)
    finite = tok.tag_ in ("VBD", "VBZ") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
    # after the cue whose report it is coordinated in, not inside a report that a closing
    # cue attributes ("... and Dixons indicated it will not rescind ..., Cyclops said")
    after_the_cue = any(a.i < tok.i and _cue_lemma(a) in CUE_LEMMAS for a in tok.ancestors)
    return finite and after_the_cue and subject.pos_ in ("PROPN", "NOUN")


def _shares_a_subject_with_no_clause(cue: Token) -> bool:
    """A subjectless cue coordinated with a verb in the same tense that has a subject of its
    own, with nothing said of its own (no clause, no infinitive): an act of that subject,
    told in the report. A change of tense ("said the contract has confused employees, and
    demanded an extension") marks the speaker's next act."""
    first = cue.head
    return (
        cue.dep_ == "conj"
        and first.tag_ == cue.tag_
        and not any(c.dep_ in ("aux", "auxpass") for c in first.children)
        # a subject of its own, not the speaker again ("Netflix said it added subscribers and
        # announced price increases": Netflix's next act)
        and any(c.dep_ in SUBJECT_DEPS and c.tag_ != "PRP" for c in first.children)
        and not any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in cue.children)
        and not any(t.dep_ == "pcomp" or t.is_quote for t in cue.subtree)  # "accused Moscow of stalling"
        and not any(c.dep_ == "cc" and c.lower_ == "but" for c in cue.children)  # "..., but accused"
    )


_CONCESSIVE = {"though", "although", "while", "whereas"}


def _before_a_contrasting_source(toks: list[Token]) -> list[Token]:
    """ "Observers said the vote had been largely peaceful, though police said they had
    arrested 23 people": the clause of another speaker set against the report is the
    outlet's, and a statement of its own."""
    for tok in toks:
        if (
            tok.dep_ == "advcl"
            and tok.lemma_.lower() in CUE_LEMMAS
            and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in tok.children)
            and any(c.dep_ in SUBJECT_DEPS for c in tok.children)
            and speaks_here(tok)  # not "while it continued to appeal"
            and tok.left_edge.i > toks[0].i
        ):
            kept = [t for t in toks if t.i < tok.left_edge.i]
            while kept and kept[-1].is_punct:
                kept.pop()
            return kept
    return toks


def _reporting_participle(tok: Token) -> bool:
    """ "adding", "citing", "arguing" going on with a report (lexicons/reporting_participles.txt);
    not "posting a net profit", "boasting rapid growth"."""
    return (
        tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() in lexicons.words("reporting_participles.txt")
    )


def _runs(toks: list[Token]) -> list[list[Token]]:
    """Sorted tokens cut where they stop being consecutive."""
    runs, run = [], [toks[0]]
    for t in toks[1:]:
        if t.i == run[-1].i + 1:
            run.append(t)
        else:
            runs.append(run)
            run = [t]
    runs.append(run)
    return runs


# A sentence end between a quote and its cue -- but not the full stop of "Ms." or "U.S.".
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bJr)(?<!\bSt)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
    r"(?<!\bGen)(?<!\bCol)(?<!\bLt)(?<!\bSgt)(?<!\.S)(?<!\.N)(?<!\b[A-Z])[.?!]\s"
)


def _adjacent_quote(doc: Doc, verb: Token, quotes: list[Quote]) -> Quote | None:
    """The quotation a cue closes ('"...," she said') or introduces ('She said: "..."').

    A quote before the cue may end in an earlier sentence (a multi-sentence quote) but
    must be separated from the cue by the attribution alone (not by the cue that governs
    it: '"...," Morrison said, adding that the family had asked'); a quote after the cue must
    start in the cue's own sentence. The closing reading wins a tie: news puts the
    attribution after the quote far more often."""
    sent = verb.sent
    text = text_of(doc)
    speaker_as_head = _quoted_speaker_read_as_head(verb) or _quoted_speaker_with_a_relative(verb)
    attribution = {speaker_as_head, *_quoted_as(verb)}
    before = [
        q
        for q in quotes
        if q.end <= verb.idx
        and verb.idx - q.end <= 80
        and "\n" not in text[q.end + 1 : verb.idx]
        and not _SENTENCE_END.search(text[q.end + 1 : verb.idx])
        and not any(q.end < a.idx < verb.idx and a not in attribution for a in verb.ancestors)
        and not (_ends_its_sentence(text, q) and _has_its_own_object(verb))
        and not _in_a_coordinated_clause(verb, q)
        and not _opened_after(verb, q)
        and not _named_as_a_remark(verb, q.end)
        and not _part_of_an_earlier_report(doc, verb, q)
    ]
    after = [
        q
        for q in quotes
        if q.start > verb.idx
        and q.start <= sent.end_char + 1
        and q.start - verb.idx <= 80
        and not _SENTENCE_END.search(text[verb.idx : q.start])  # not the next sentence's quotation
        and not _a_name_given(text, q)
        and not _another_speakers_cue_between(verb, q)
    ]
    if before:
        return max(before, key=lambda q: q.end)
    if after:
        return min(after, key=lambda q: q.start)
    return None


def _part_of_an_earlier_report(doc: Doc, verb: Token, quote: Quote) -> bool:
    """'Peskov told reporters that Kyiv must first accept "the realities on the ground."
    Zelenskiy has ruled out ceding any territory': a quotation opened inside an earlier
    sentence, after words of its own, belongs to what was reported there; only one that
    opens its sentence can run on to a cue after it."""
    if quote.start >= verb.sent.start_char:
        return False
    opening = doc.char_span(quote.start - 1, quote.start, alignment_mode="expand")
    if opening is None or not len(opening):
        return False
    return any(ch.isalnum() for ch in text_of(doc)[opening[0].sent.start_char : quote.start - 1])


def _named_as_a_remark(verb: Token, end: int) -> bool:
    """'told a meeting that outbreaks were "not unusual," a remark experts criticized': a
    noun of speech right after what was said (ending at offset ``end``) and before the cue's
    own subject names it; the cue tells what was done with the remark, not who made it
    ('"...," the statement said' is the statement speaking)."""
    doc = verb.doc
    after = doc.char_span(end, end, alignment_mode="expand")
    if after is None:
        return False
    words = [t for t in doc[after.start : verb.i] if not (t.is_punct or t.is_space)]
    if len(words) < 3 or words[0].pos_ != "DET":
        return False
    noun = words[1]
    named = noun.lemma_.lower() in lexicons.words("speech_nouns.txt", "assertion_nouns.txt")
    return named and noun.dep_ not in SUBJECT_DEPS and not doc[noun.i + 1].is_punct


def _quoted_as(verb: Token) -> tuple[Token, ...]:
    """ "was quoted as saying": the words that frame the cue as a quotation's attribution."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote":
        return verb.head, verb.head.head
    return ()


def _another_speakers_cue_between(verb: Token, quote: Quote) -> bool:
    """ "criticized him, with Rep. Ocasio-Cortez calling it 'a slap in the face'": a cue
    with a subject of its own between a cue and a quotation after it says that quotation."""
    return any(
        t.pos_ == "VERB"
        and verb.i < t.i
        and t.idx < quote.start
        and _cue_lemma(t) in CUE_WORDS
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        and verb in t.ancestors
        for t in verb.doc[verb.i + 1 : verb.sent.end]
    )


def _a_name_given(text: str, quote: Quote) -> bool:
    """'testified under the pseudonym "Mia"': a quotation right after a noun for a name
    (lexicons/naming_nouns.txt) is that name, not what was said."""
    before = text[max(0, quote.start - 20) : quote.start - 1].split()
    return bool(before) and before[-1].lower() in lexicons.words("naming_nouns.txt")


def _opened_after(verb: Token, quote: Quote) -> bool:
    """Whether the cue's clause opens after the quotation on a word of time or cause ('"That
    makes me smart," when Clinton blasted him'): a clause about the quote, not its attribution."""
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _CLAUSE_OPENERS and quote.end < c.idx < verb.idx
        for c in verb.children
    )


def _in_a_coordinated_clause(verb: Token, quote: Quote) -> bool:
    """'said Tehran would stop if Israel ended its "illegal aggression," but added that
    ...': a quotation inside the clause of the verb the cue is coordinated with is that
    verb's, not the cue's."""
    return verb.dep_ == "conj" and verb.head.idx < quote.start


def _has_its_own_object(verb: Token) -> bool:
    """A cue with an object that is not whom it was told to: "questioned vaccine safety"."""
    return any(c.dep_ == "dobj" and not names_people(c) and c.pos_ != "PRON" for c in verb.children)


def _ends_its_sentence(text: str, quote: Quote) -> bool:
    """'... of measles." He has previously questioned vaccine safety': a quotation closed
    on a full stop with a capital after it ended a sentence; a cue after it with an object
    of its own says something else."""
    after = re.search(r"[^\W\d_]", text[quote.end : quote.end + 12])
    return text[quote.end - 1 : quote.end] == "." and after is not None and after.group().isupper()


def _interjected_speaker(verb: Token, quotes: list[Quote]) -> Token | None:
    """'..., vessels in the Gulf," Walters said' and "To understand the case, Chief Justice
    Roberts said, one should ...": when a closing quote or a comma sets off "NAME said",
    the words between it and the cue are the speaker, however the parser attached them."""
    doc = verb.doc
    start = verb.i - 1
    sent_start = verb.sent.start  # found by a walk through the sentence: once
    if doc[start].text == ",":
        return _named_before_apposition(verb, quotes)
    while (
        start >= sent_start
        and doc[start].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PRON", "PART")
        and doc[start].text not in ('"', "\u201d", ",")
        and verb.i - start <= 5
    ):
        start -= 1
    if start == verb.i - 1 or start < 0:
        return None
    closing = doc[start].text in ('"', "\u201d", "''") or (
        doc[start].text == "," and start > 0 and doc[start - 1].text in ('"', "\u201d", "''")
    )
    # not the closing mark of a nickname: 'A former assistant to Sean "Diddy" Combs testified'
    after_quote = (
        closing and not between_names(doc[start]) and any(q.end <= doc[start].idx + 1 <= q.end + 2 for q in quotes)
    )
    # "To understand the case, Chief Justice Roberts said, one should ...": a name set off
    # by a comma right before a subjectless cue.
    interjected = (
        doc[start].text == ","
        and not any(c.dep_ in SUBJECT_DEPS and start < c.i < verb.i for c in verb.children)
        and not any(c.dep_ in SUBJECT_DEPS and c.i > verb.i for c in verb.children)
    )
    if not (after_quote or interjected):
        return None
    words = doc[start + 1 : verb.i]
    heads = [t for t in words if t.head.i < words.start or t.head.i >= words.end]
    head = heads[-1] if len(heads) == 1 else words[-1]
    if any(t.ent_type_ in ("DATE", "TIME") for t in words) or not is_source_like(head):
        return None  # "..., yesterday said": a date, not a speaker
    return head


def _named_before_apposition(verb: Token, quotes: list[Quote]) -> Token | None:
    """'..., our military," Flynn, a top Trump surrogate, said': after the closing quote,
    a name, then its description set off by commas, then the cue."""
    doc = verb.doc
    mark = next(
        (
            j
            for j in range(verb.i - 2, max(verb.sent.start, verb.i - 16) - 1, -1)
            if doc[j].text in ('"', "\u201d", "''")
        ),
        None,
    )
    if mark is None or not any(q.end <= doc[mark].idx <= q.end + 1 for q in quotes):
        return None
    first = mark + 1 + (doc[mark + 1].text == ",")
    comma = next((j for j in range(first, verb.i) if doc[j].text == ","), None)
    if comma is None or comma == first or comma == verb.i - 1:
        return None
    name = doc[first:comma]
    if not all(t.pos_ in ("PROPN", "NOUN") or t.is_title for t in name):
        return None
    head = name[-1]
    return head if is_source_like(head) else None


def _preceding_clause(verb: Token, speaker_tok: Token) -> list[Token] | None:
    """ "South Africa will repay its debt, Finance Minister du Plessis said.": the
    attribution closes the sentence, so the content is everything before its comma."""
    sent = verb.sent
    if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":":
        return None  # 'Asked about the vote, Johnson said: "Of course."': what follows was said
    after = [t for t in verb.doc[verb.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    # Only when and where it was said may follow: "said Wednesday at the Dubai Air Show".
    # So may a clause of circumstance: "..., the ministry said, as mediators struggled ...",
    # "..., the union said, ending the threat of a strike".
    circumstances = {
        t.i
        for c in verb.children
        if c.i > verb.i
        and (
            c.dep_ in ("npadvmod", "prep", "advmod")
            or (c.dep_ == "advcl" and (c.tag_ == "VBG" or any(m.dep_ == "mark" for m in c.children)))
            or (c.dep_ in ("dobj", "dative") and verb.lemma_.lower() == "tell")  # "..., X told the council"
        )
        for t in c.subtree
    }
    circumstances |= _trailing_modifiers_of_sentence(verb)
    if after and not all(t.ent_type_ == "DATE" or t.i in circumstances or t.dep_ == "pobj" for t in after):
        return None
    # "..., a local official and a church source said": from the first of the speakers
    first = _first_speaker_coordinated_before(verb)
    left = min(verb.i, noun_phrase(speaker_tok).start, first.left_edge.i if first is not None else verb.i)
    begin = sent.start
    if verb.doc[begin].text == "," and begin > 0:
        begin = verb.doc[begin - 1].sent.start  # the parser cut the sentence at the attribution's comma
    comma = left - 1
    while comma >= begin and verb.doc[comma].is_space:
        comma -= 1
    if comma < begin or verb.doc[comma].text not in (",", "\u2014", "--", "-"):
        # The parser may have split the speaker's name: walk back over capitalised words
        # (and the "and" of titles: "Chairman and Chief Executive Officer Anthony O'Reilly").
        doc = verb.doc
        while comma >= begin and (
            doc[comma].pos_ == "PROPN"
            or doc[comma].is_title
            or (doc[comma].lower_ == "and" and comma > begin and doc[comma - 1].is_title)
        ):
            comma -= 1
        if comma < begin or verb.doc[comma].text != ",":
            return None
    toks = [t for t in verb.doc[begin:comma] if not t.is_space]
    return toks if len(toks) >= 3 else None


def _trailing_modifiers_of_sentence(verb: Token) -> set[int]:
    """Words after an attribution read as a noun's modifier that belong to the sentence, set
    off by a comma: "Israel and Hamas agreed to a truce, Qatar's prime minister announced,
    *a breakthrough after 15 months of war*". Only when the cue hangs inside the clause
    (not "The talks, the minister said, were productive", where the cue is the clause's)."""
    if verb.dep_ != "acl":
        return set()
    root = verb.sent.root
    return {
        t.i
        for c in root.children
        if c.i > verb.i and c.dep_ in ("npadvmod", "prep", "appos") and verb.doc[c.left_edge.i - 1].text == ","
        for t in c.subtree
    }


# Demonstrative and relative pronouns that stand for no speaker when bare.
_NOT_SPEAKERS = {"that", "this", "which", "what", "whatever", "these", "those"}
# Anyone at all: "anybody who complains about a microphone", "whoever says that".
_GENERIC_PEOPLE = {"anybody", "anyone", "whoever", "everybody", "everyone", "nobody"}
# "declined to comment", "refused to say", "failed to mention": speech that did not happen.
_WITHHOLDING = {"decline", "refuse", "fail", "hesitate", "neglect"}


def _calls_out(verb: Token) -> bool:
    """ "called for talks", "called on Iran to stop", "called his death a crisis" -- not the
    naming in "what it calls 'a media attack'" or "a man called Smith"."""
    if _call_preposition(verb) is not None:
        return True
    if _called_for_clause(verb) is not None:
        # "Protesters called for the president to resign"; not "the deal calls for Chile to
        # pay" nor "protocol called for her to be taken to hospital" (what a text provides)
        if verb.dep_ == "conj" and verb.tag_ == "VBZ" and verb.head.tag_ == "VBD":
            return False  # "said the agreement was ... and calls for": the agreement's, told in the past
        caller = _subject(verb)
        return caller is not None and (
            names_people(caller)
            or caller.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or caller.pos_ in ("PRON", "PROPN")
        )
    # "a man called Smith", "what it calls a media attack" name; "a statement calling the
    # ruling a disgrace" (a participle of the statement) speaks.
    naming = verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ != "VBG")
    if naming or any(c.lower_ in ("what", "which") for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        # 'has called ultra-processed foods "poison"': the object read as part of the predicate
        return any(
            c.dep_ == "oprd"
            and any(o.dep_ in ("nmod", "compound") for o in c.children)
            and any(t.is_quote for t in c.subtree)
            for c in verb.children
        )
    # "called the package 'far from perfect'": the parser may not see the quoted predicate,
    # or takes it for an apposition of the object ('called the bill "a betrayal"').
    # Not a name in quotation marks ('called her mother "Mom"').
    predicate = _quoted_after(obj.right_edge) or _quoted_after(obj)
    words = [t for t in predicate if t.is_alpha]
    return (bool(words) and not all(t.is_title for t in words)) or any(c.dep_ == "oprd" for c in verb.children)


def _withheld(verb: Token) -> bool:
    """ "declined to comment / to say", "refused to elaborate": not a statement (GUIDE.md);
    nor is "X is to blame", a judgement about X rather than X speaking."""
    if verb.dep_ != "xcomp":
        return False
    return verb.head.lemma_ in _WITHHOLDING or (verb.head.lemma_ == "be" and verb.lemma_ == "blame")


def _negated(verb: Token) -> bool:
    """ "did not say", "never said" -- but not the "not" of a quote the parser hung on the
    cue ('"Probably not," Ms. Moore said')."""
    text = text_of(verb.doc)
    for c in verb.children:
        if c.dep_ == "neg" and c.i < verb.i and verb.i - c.i <= 3:
            between = text[c.idx : verb.idx]
            if not any(mark in between for mark in ('"', "\u201d", "''", ",")):
                return True
        elif c.dep_ == "neg" and c.i > verb.i and c.i - verb.i <= 1:
            return True
    return False


def _leading_date(phrase: Token) -> list[Token]:
    """The date a phrase after a cue holds before any verb ("on Friday", "during the debate
    last week"); none for a date in a clause inside it ("64% of members who voted rejected
    the proposal, which included a raise over four years": the clause itself)."""
    words = list(phrase.subtree)
    verb = next((k for k, t in enumerate(words) if t.pos_ in ("VERB", "AUX")), len(words))
    first = next((k for k, t in enumerate(words[:verb]) if t.ent_type_ == "DATE"), None)
    if first is None:
        return []
    run = [words[first]]
    for t in words[first + 1 :]:
        if t.ent_type_ != "DATE" or t.i != run[-1].i + 1:
            break
        run.append(t)
    return run


def _following_clause(verb: Token) -> list[Token] | None:
    """ "Karabakh said on Friday 376 soldiers had been killed": a clause the parser
    failed to attach, running from after the cue (and its date) to the sentence end. Not
    after a relative clause on a subject: "the tariffs Trump announced this week will push
    up prices" goes on with the tariffs' own predicate."""
    doc = verb.doc
    noun = verb.head
    if verb.dep_ == "relcl" and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > verb.right_edge.i:
        return None
    start = verb.i + 1
    for child in verb.rights:
        date = _leading_date(child)
        if child.dep_ in ("prep", "npadvmod", "advmod", "dative", "dobj") and (
            child.ent_type_ == "DATE"
            or child.dep_ in ("dative",)
            or date
            or child.lower_ in ("reporters", "journalists")
        ):
            # The date may have swallowed the next clause's first words: keep the date part only.
            last = max((t.i for t in date if not t.like_num), default=child.i)
            if child.lower_ in ("reporters", "journalists") or child.dep_ == "dative":
                last = max(t.i for t in child.subtree)
            start = max(start, last + 1)
    end = verb.sent.end
    toks = [t for t in doc[start:end] if not t.is_space]
    if len(toks) < 3 or toks[0].is_punct or not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return None
    if toks[0].dep_ in ("mark", "advmod") and toks[0].lower_ in _CLAUSE_OPENERS:
        return None  # '"Absolutely not," Trump said when asked ...': when, not what
    return toks


def _from_cue(doc: Doc, verb: Token, resolver: SpeakerResolver, quotes: list[Quote]) -> Claim | None:
    """A statement around a cue verb, or ``None`` when the verb is not a speech act here."""
    lemma = _cue_lemma(verb)
    if not _is_speech_act(verb, lemma):
        return None
    speaker_tok, content = _speaker_and_content(verb, lemma, resolver, quotes)
    if speaker_tok is None or not _can_speak(speaker_tok, lemma):
        return None
    content = _what_was_said(content, verb, speaker_tok)
    if content and all(t.lower_ in ("that", "which", "what") for t in content):
        return None  # "a proposal that Boeing announced": the proposal was announced, nothing said
    if content and content[0].lower_ in ("who", "whom", "which") and verb.dep_ == "acl" and verb.tag_ == "VBG":
        # "the third witness testifying Tuesday who listened in on ...": the witness's relative
        # clause, hung on the participle that describes him
        return None
    content_span, quote = _content_span(doc, verb, content, quotes)
    if content_span is None:
        return None
    if quote is None and not _closes_a_clause_as_relative(verb, content_span) and _lacks_its_clause(verb, lemma):
        return None
    if content_span.end < verb.idx and _named_as_a_remark(verb, content_span.end):
        return None  # '..., a remark experts criticized': not the critics' words
    if _a_non_answer(content_span.text):
        return None  # '"No comment," an officer told reporters': declining to comment (GUIDE.md section 3)
    speaker = _speaker(speaker_tok, resolver, verb)
    if CUE_FRAMES.get(lemma) == "finding" and speaker_tok.pos_ == "PRON" and not _finds(speaker.name):
        return None  # "They found that ..." after "Police searched the house", not after "The researchers"
    cue_tokens = [verb] + [
        c
        for c in verb.children
        if c.dep_ == "prt"
        or (lemma == "call" and c == _call_preposition(verb) and c.lower_ == "for")
        or (lemma == "put it" and c.dep_ == "dobj")
    ]
    if lemma == "tell":
        cue_tokens = [verb]
    if lemma == "call" and _called_for_clause(verb) is not None:
        cue_tokens.append(doc[verb.i + 1])  # "called for the president to resign"
    dated_by = _cue_a_participle_goes_on_from(verb) or _clause_past_a_relative(verb) or verb.head
    goes_on_from = _cue_it_goes_on_from(verb)  # "said Tuesday it added ... and announced ..."
    fallback = [dated_by] if _dated_by_its_head(verb) and not _misjoined(verb, goes_on_from) else []
    fallback += goes_on_from
    start = min(content_span.start, speaker.start, verb.idx)
    end = max(content_span.end, speaker.end, verb.idx + len(verb))
    sentence = evidence(doc, start, end)
    if sentence.end - sentence.start > 1900:
        sentence = evidence(doc, verb.idx, verb.idx + len(verb))
    return Claim(
        type="statement",
        sentence=sentence,
        speaker=speaker,
        cue=cue_of(cue_tokens, "call for" if lemma == "call" else lemma),
        date=claim_date(doc, verb, *fallback),
        content=content_span,
        direct=quote is not None,
        confidence=0.9 if quote is not None else 0.8,
        anchor=verb.idx,
    )


_RESTRICTING = {"only", "simply", "merely", "just"}


def _what_was_said(content: list[Token] | None, verb: Token, speaker: Token) -> list[Token] | None:
    """The content's tokens without the speaker, a restricting adverb ("said only that ..."),
    the complementizer, the date of saying and the outlet's connective."""
    if content and speaker in content:
        content = [t for t in content if t.i not in {x.i for x in noun_phrase(speaker)}]
    if (
        content
        and len(content) > 2
        and content[0].lower_ in _RESTRICTING
        and verb.doc[content[0].i + 1].lower_ == "that"
    ):
        content = content[1:]  # "said only that talks were ongoing": what was said is the clause
    if content and content[0].lower_ == "that" and len(content) > 1 and _complementizer(content, verb):
        content = content[1:]
    content = _without_connective(_without_date_of_saying(content, verb))
    if verb.dep_ == "relcl":
        content = _without_a_set_off_end(content, _participle)
    return _without_the_speakers_title(_without_a_set_off_end(content, _time_of_saying), speaker)


def _without_the_speakers_title(content: list[Token] | None, speaker: Token) -> list[Token] | None:
    """The content without the speaker's title the parser hung on it: "... on suspicion of
    manslaughter, Commissioner of Police Joe Chow said" (lexicons/titles.txt)."""
    if not content or content[-1].i + 1 != speaker.left_edge.i:
        return content
    comma = next((k for k in range(len(content) - 1, 0, -1) if content[k].text == ","), None)
    if comma is None or comma == len(content) - 1:
        return content
    title = content[comma + 1 :]
    if title[0].lemma_.lower() in lexicons.words("titles.txt") and all(
        t.is_title or t.lower_ in ("of", "the", "for", "and") for t in title
    ):
        return content[:comma]
    return content


_TIME_UNITS = {"minute", "hour", "day", "week", "month"}


def _without_a_set_off_end(content: list[Token] | None, opening) -> list[Token] | None:
    """The content without a phrase set off by a comma at its end, the writer's rather than
    the speaker's: ``opening(tok)`` gives the first word of the phrase ``tok`` heads, if it
    heads one of the kind wanted, hung inside the content and running to its end."""
    if not content:
        return content
    inside = {t.i for t in content}
    for tok in content:
        first = opening(tok)
        if (
            first is not None
            and tok.head.i in inside
            and first.i - 1 in inside
            and tok.doc[first.i - 1].text == ","
            and tok.right_edge.i >= content[-1].i
        ):
            return [t for t in content if t.i < first.i - 1]
    return content


def _time_of_saying(tok: Token) -> Token | None:
    """A clause timing the saying against an event: "said Maduro should leave power, *hours
    after the military struck another boat*"; "said he would not sign a deal, *after an
    attack killed seven soldiers*" (a past event set after what the speaker said would be).
    After a past act it may be the speaker's: "said he first discussed the delay in August,
    after Politico reported ..."."""
    after = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if tok.dep_ != "advcl" or after is None:
        return None
    amount = [c for c in tok.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_UNITS]
    if amount:
        return amount[0].left_edge
    ahead = any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.head.children)
    return after if ahead and after.lower_ == "after" and tok.tag_ == "VBD" and after == tok.left_edge else None


def _participle(tok: Token) -> Token | None:
    """ "struck a boat it said was carrying drugs, *killing four people*": after what a
    relative clause says its source said, a participle tells of the main clause (the strike
    killed them; the source said only what the boat carried)."""
    return tok if tok.tag_ == "VBG" and tok.dep_ == "advcl" else None


def _a_non_answer(text: str) -> bool:
    """ "No comment", "We have no comment at this time" (lexicons/non_answers.txt)."""
    words = " ".join(re.findall(r"[a-z']+", text.lower()))
    return words in lexicons.words("non_answers.txt")


# Tags of a word that can open a clause's subject but cannot follow a demonstrative "that":
# a plural noun, a pronoun, a determiner, a possessive, a number, a name.
_OPENING_A_SUBJECT = {"NNS", "NNPS", "PRP", "DT", "PRP$", "CD", "NNP"}


def _complementizer(content: list[Token], verb: Token) -> bool:
    """Whether the "that" opening a content introduces its clause ("predicted that final
    approval would come", which the tagger may read as a determiner), not "rejected that
    characterization" nor a content before the cue ("That message is ..., he said")."""
    first = content[0]
    opens_a_subject = len(content) > 2 and (content[1].tag_ in _OPENING_A_SUBJECT or names_people(content[1]))
    if opens_a_subject and first.i > verb.i:
        # "wrote that vaccines protect ...", "that the president may ...": no demonstrative;
        # nor before people the tagger read as a verb ("that baristas at 120 stores would join")
        return True
    own_subject = len(content) > 1 and content[1].text != "," and first.dep_ in ("nsubj", "nsubjpass")
    if own_subject and not any(c.dep_ in ("nsubj", "nsubjpass") and c != first for c in first.head.children):
        return False  # "experts said that was misleading": "that" is what was (not "that, in 1987, X ...")
    if content[0].dep_ != "det":
        return True
    return content[0].i > verb.i and any(t.pos_ in ("VERB", "AUX") for t in content)


def _without_date_of_saying(content: list[Token] | None, verb: Token) -> list[Token] | None:
    """Content without the date of saying that the parser put in the reported clause:
    "Apple said last week it had no plans" says "it had no plans" (and was said last week)."""
    span = date_after_cue(verb) if content else None
    if span is None or content[0].idx != span[0]:
        return content
    rest = [t for t in content if t.idx >= span[1]]
    return rest if len(rest) > 1 else content


def _without_connective(content: list[Token] | None) -> list[Token] | None:
    """Content without the outlet's link to the sentence before: "However, prices will
    rise, the ministry said" says "prices will rise" (lexicons/sentence_connectives.txt)."""
    if not content or len(content) < 3:
        return content
    first = content[0]
    if (
        first.is_sent_start
        and first.dep_ in ("advmod", "cc")
        and first.lower_ in lexicons.words("sentence_connectives.txt")
    ):
        rest = content[1:]
        if rest[0].text == ",":
            return rest[1:]
        return rest if first.dep_ == "cc" else content  # not "However laudable the goal, ..."
    return content


def _finds(name: str) -> bool:
    """Whether a resolved speaker is a study or an investigator ("researchers", "the study")."""
    head = name.lower().split()[-1] if name.split() else ""
    sources = lexicons.words("finding_sources.txt")
    return head in sources or head.removesuffix("s") in sources


def _is_speech_act(verb: Token, lemma: str) -> bool:
    """Not "did not say", "declined to comment", "called the meeting", nor a bare
    participle ("Asked if ..., Valerio replied")."""
    if _negated(verb) or _withheld(verb) or _unrealised(verb) or _not_speaking(verb, lemma):
        return False
    if lemma == "call" and not _calls_out(verb):
        return False
    if lemma == "quote" and any(_quoted_as(c) for prep in verb.children for c in prep.children):
        return False  # "was quoted by state media as saying": the one quoted speaks, at "saying"
    if CUE_FRAMES.get(lemma) == "naming" and (
        _agent(verb) is not None or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"))
    ):
        return False  # "the prison, dubbed the 'Hanoi Hilton' by servicemen": a name it goes by
    return not (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl", "amod", "ROOT")
        and not any(c.dep_ == "aux" for c in verb.children)
        and _agent(verb) is None
        and _told_in_writing(verb) is None
        # "the insider added": a past tense the tagger read as a participle has a subject
        and not (verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children))
        and _quoted_speaker_read_as_head(verb) is None
        and not _attribution_read_as_modifier(verb, lemma)
        and _named_after_its_quotation(verb) is None
    )


def _attribution_read_as_modifier(verb: Token, lemma: str) -> bool:
    """A past tense of saying the tagger read as a participle modifying its speaker: after
    the comma that closes a clause ("Israel and Hamas agreed to a truce, Qatar's prime
    minister announced on Wednesday"), or as the only verb of its sentence, the speaker
    made its root ("Zuckerberg, who met Trump in November, posted on Threads that ...")."""
    if verb.dep_ != "acl":
        return False
    if verb.head.dep_ == "ROOT" and verb.head.pos_ in ("PROPN", "NOUN") and verb.head.i < verb.i:
        return any(c.dep_ == "ccomp" for c in verb.children) or _that_clause_beside_the_cue(verb) is not None
    if lemma not in SAY_LIKE or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return False
    speaker = _phrase_closing_on(verb)
    if speaker is None or speaker != verb.head or not (_source_or_people(speaker) or speaker.ent_type_):
        return False
    opening = noun_phrase(speaker).start
    return any(t.pos_ in ("VERB", "AUX") for t in verb.doc[verb.sent.start : opening])


# Verbs under which an infinitive cue was still said: "went on to say", "appeared to suggest".
_SAYING_ON = {
    "go",
    "continue",
    "proceed",
    "begin",
    "start",
    "appear",
    "seem",
    "manage",
    "happen",
    "rise",
    "take",
    "use",
}


def _denied(verb: Token) -> bool:
    """Speech a denial says was not made: "Iraq rejected reports that it had asked for an
    exemption", "denied that he had threatened anyone" (a report or a claim,
    lexicons/assertion_nouns.txt, that is the object of a verb of denying,
    lexicons/denying_verbs.txt)."""
    head, denying = verb.head, lexicons.words("denying_verbs.txt")
    if verb.dep_ == "ccomp" and head.lemma_.lower() in denying:
        return True
    return (
        verb.dep_ in ("acl", "ccomp")
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in lexicons.words("assertion_nouns.txt")
        and head.dep_ == "dobj"
        and head.head.lemma_.lower() in denying
    )


def _unrealised(verb: Token) -> bool:
    """Speech the sentence does not report as made: an infinitive wanted, expected or
    asked for ("is expected to announce", "don't think to ask", "a deadline for the
    administration to respond"), a condition ("if the person reports no birds"), a
    manner of speaking ("As Sherlock would say"), a modal ("the campaign will announce
    plans Friday", "Patriot could threaten to"). Not "went on to say", "appeared to
    suggest", nor the purpose of an act ("used blunt language to denounce")."""
    infinitive = to_infinitive(verb)
    if _made_to_speak(verb) is not None:
        return False  # "the scandal prompted the minister to admit ...": said
    # "took to Twitter to accuse", "used blunt language to denounce": the verb the
    # infinitive serves, through the noun it may hang from.
    governor = verb.head.head if verb.dep_ == "acl" else verb.head
    if infinitive and verb.dep_ in ("acl", "xcomp") and governor.lemma_ not in _SAYING_ON:
        return True
    if infinitive and verb.dep_ == "ccomp" and governor.pos_ == "VERB":
        return True  # "expects the company to report higher revenues", parsed with its own subject
    if infinitive and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return True  # "for the administration to respond": what someone wants done
    if infinitive and verb.dep_ == "advcl" and _asked_for_by_the_object(verb):
        return True
    if _under_modal(verb) or _let_under_modal(verb) or _sharing_a_modal(verb) or _denied(verb):
        return True
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    # "As Sherlock would say, ...": the parser may leave the "as" clause as the root.
    # "to check whether anyone disclosed it": a question asked, not an answer.
    return bool(marks & {"if", "unless", "whether"}) or (
        "as" in marks and any(c.lower_ == "would" for c in verb.children)
    )


def _asked_for_by_the_object(infinitive: Token) -> bool:
    """An infinitive the parser hung on the verb that belongs to the verb's object before
    it, a noun of asking or planning (lexicons/irrealis_heads.txt): "rejected calls from
    lawmakers to declare a national disaster", "resisted pressure from unions to announce
    a freeze" -- what was called for. Only phrases of the verb's may come between."""
    verb = infinitive.head
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.i > infinitive.i:
            continue
        gap = range(noun.right_edge.i + 1, infinitive.left_edge.i)
        between = {t.i for c in verb.children if c.dep_ == "prep" and c.i in gap for t in c.subtree}
        if noun.lemma_.lower() in lexicons.words("irrealis_heads.txt") and between.issuperset(gap):
            return True
    return False


def _quoted_speaker_read_as_head(verb: Token) -> Token | None:
    """'"We will win," Trump posted on Truth Social': a past tense the tagger read as a
    participle of the name right before it, that name right after a quotation."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.i >= verb.i:
        return None
    if (
        head.pos_ not in ("PROPN", "NOUN")
        or noun_phrase(head).end != verb.i
        or not _right_after_quotation(noun_phrase(head)[0])
    ):
        return None
    return head


def _quoted_speaker_read_as_modifier(verb: Token) -> Token | None:
    """'"He was better than me today," the 22-year-old told reporters': a past tense the
    parser read as a modifier of the noun after it ("the ... told reporters" as one noun
    phrase); the speaker is the phrase between the quotation and the cue."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("amod", "compound") or verb.head.i < verb.i or verb.i < 2:
        return None
    speaker = verb.doc[verb.i - 1]
    if speaker.pos_ not in ("NOUN", "PROPN") and not an_age(speaker):
        return None
    start = verb.i - 1
    doc = verb.doc
    while (
        start > verb.sent.start and verb.i - start < 8 and (doc[start - 1].text == "-" or not doc[start - 1].is_punct)
    ):
        start -= 1
    return speaker if _right_after_quotation(doc[start]) else None


def _named_after_its_quotation(verb: Token) -> Token | None:
    """'"... possible counteractions", added KCNA': a cue right after the quotation it closes,
    its speaker after it, however the tagger read the past tense -- a participle with the
    name as its object, or a modifier of the name."""
    if not _right_after_quotation(verb):
        return None
    name = verb.head
    if verb.dep_ in ("amod", "acl") and name.i > verb.i and (name.ent_type_ or _source_or_people(name)):
        return name
    return _post_subject(verb, True)


def _quoted_speaker_with_a_relative(verb: Token) -> Token | None:
    """'"...," a resident who asked not to be named told Reuters': the parser hung the cue,
    as a modifier, on the noun right after the quotation, past the relative clause that
    describes it; that noun speaks."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or head.i >= verb.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    relative = next((c for c in head.children if c.dep_ == "relcl" and head.i < c.i < verb.i), None)
    if relative is None or relative.right_edge.i < verb.i - 2 or not _source_or_people(head):
        return None
    return head if _right_after_quotation(noun_phrase(head)[0]) else None


def _let_under_modal(verb: Token) -> bool:
    """ "Readers may not let editorials tell them how to vote": a bare infinitive under a
    verb that is itself under a modal; or under a present "let" or "help", which tells
    what can be done ("The app lets users announce their location")."""
    bare = verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children)
    if not (bare and verb.dep_ in ("ccomp", "xcomp") and verb.head.pos_ == "VERB"):
        return False
    governor = verb.head
    return _under_modal(governor) or (governor.lemma_ in ("let", "help") and governor.tag_ in ("VBZ", "VBP"))


# Modals that put the speech act in the future, in a hypothesis or in an obligation:
# "will announce", "would pledge", "should ask", "could threaten". Not "can": "police
# can confirm that ..." is said.
_UNREAL_MODALS = {"will", "'ll", "shall", "would", "'d", "should", "must", "ought", "might", "may", "could"}
# "Trump would later tweet that ...": the past's future, told as done.
_TOLD_AS_DONE = {"later", "eventually", "subsequently", "then"}


def _sharing_a_modal(verb: Token) -> bool:
    """ "the company would cut jobs and announce a plan": a bare verb coordinated with one
    under a modal shares it."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children)
        and _under_modal(verb.head)
    )


def _under_modal(verb: Token) -> bool:
    """The cue's own modal, right before it ("will soon announce"), not one the parser
    lent it across a quotation ('"it will at some point," said Acton')."""
    for aux in verb.children:
        if aux.dep_ == "aux" and aux.lower_ in _UNREAL_MODALS and aux.i < verb.i:
            between = verb.doc[aux.i + 1 : verb.i]
            if any(t.is_punct for t in between):
                continue
            if aux.lower_ in ("would", "'d") and any(c.lower_ in _TOLD_AS_DONE for c in verb.children):
                continue
            return True
    return False


def _made_to_speak(verb: Token) -> Token | None:
    """The one a causative made speak: "weak demand led the French manufacturer to
    announce ...", "pressure forced the company to say ..." -- the causative's object."""
    if (
        not to_infinitive(verb)
        or verb.dep_ not in ("xcomp", "advcl")
        or verb.head.lemma_.lower() not in lexicons.words("causative_verbs.txt")
    ):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _not_speaking(verb: Token, lemma: str) -> bool:
    """Uses of a cue that are not speech: "responded by hitting him" (an act), "denying
    flu vaccines to immigrants" (withholding, not a denial), "adding costs to the list" (a
    thing added, not words), "it goes without saying"."""
    if lemma in ("respond", "reply", "react") and any(c.dep_ == "prep" and c.lower_ == "by" for c in verb.children):
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return True  # "It goes without saying that ...", "left without saying a word"
    if _occasion_of_the_main_cue(verb):
        return True  # "Replying to a post by Bill Ackman, he wrote: ...": what he wrote is one statement
    if lemma in ("reject", "accept", "dismiss", "rule out") and (
        any(c.dep_ == "dobj" and names_a_deal_offered(c) and not _with_a_proposition(c) for c in verb.children)
        or names_a_deal_offered(named_by_a_free_relative(verb))
    ):
        # "Israel rejected a Hamas proposal", "rejected what it called a 'final offer'": an
        # agreement's refusal, not speech
        return True
    if lemma == "rule out" and _option_ruled_out(verb):
        return True  # "officials have ruled that out", "ruled out claims for a pay rise": a decision
    if CUE_FRAMES.get(lemma) == "issuing" and not _issued_with_its_words(verb):
        return True  # "released 50 prisoners", "shared the stage"
    if lemma == "question" and any(
        c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or names_people(c)) for c in verb.children
    ):
        return True  # "Republicans questioned Morrison about ...": asking him, not saying something
    if lemma == "appeal" and _appealed_a_ruling(verb):
        return True
    if lemma == "admit" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicons.words("person_nouns.txt") for c in verb.children
    ):
        # "Hospitals admitted 1,184 new patients": taken in, not a confession (but "admitting
        # his team were not good enough": a body, the subject of what is admitted)
        return True
    if lemma == "confirm" and _appointed(verb):
        return True  # "The Senate confirmed Pete Hegseth as defense secretary": an appointment
    if lemma == "conclude" and any(
        c.dep_ == "prep" and c.lower_ == "with" and c.i == verb.i + 1 for c in verb.children
    ):
        return True  # "The spot concludes with footage of Trump": it ends, it says nothing
    if lemma == "cite" and verb.tag_ == "VBG" and _names_sources(verb):
        return True  # "Bloomberg reported, citing people familiar with the matter": sourcing
    if lemma == "add" and (_adds_a_thing(verb) or _adds_to(verb)):
        return True  # "added a second from the penalty spot", "added 10 points", "adding to the toll"
    if lemma in ("deny", "add"):
        # "denying flu vaccines to immigrants", "adding the costs to the unresolved issues"
        return (lemma == "deny" and any(c.dep_ == "dative" for c in verb.children)) or _given_to(verb, lemma)
    return False


def _appealed_a_ruling(verb: Token) -> bool:
    """ "the agency had appealed to make sure the rules were applied": with no one appealed
    to and nothing appealed for, the infinitive says why a ruling was appealed, not what
    anyone was asked to do ("appealed to residents to stay indoors", "appealed for calm")."""
    addressed = any(
        (c.dep_ == "prep" and c.lower_ in ("with", "to", "for")) or c.dep_ in ("dobj", "dative") for c in verb.children
    )
    purpose = any(
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
    return purpose and not addressed


def _adds_a_thing(verb: Token) -> bool:
    """ "added a second from the penalty spot": "add" with a noun or a number for its
    object adds that thing, not words -- unless the noun is one for words ("added a
    warning", lexicons/speech_nouns.txt, assertion_nouns.txt), a quotation opens before it, or
    the cue has a clause of its own ("added the exact circumstances remained unclear": the
    subject of the clause, misread as the object)."""
    doc = verb.doc
    if _right_after_quotation(verb) or _inverted_opening(verb) is not None:
        return False  # '"We will respond," added the agency', 'Added the coach, "We were lucky."'
    if any(c.dep_ == "ccomp" and c.i > verb.i and not _clause_of_a_preposition(c) for c in verb.children):
        return False  # "added the exact circumstances remained unclear": a clause's subject misread
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM")):
        if obj.lemma_.lower() in lexicons.words("speech_nouns.txt", "assertion_nouns.txt"):
            continue
        if any(_predicate_read_as_modifier(c) for c in obj.children):
            continue  # "adding the company aimed to improve profits": a clause
        if not any(t.is_quote for t in doc[verb.i + 1 : obj.right_edge.i + 1]):
            return True
    return False


def _adds_to(verb: Token) -> bool:
    """ "had fled the camp, adding to the 12 million displaced": "add to" something with no
    clause of its own makes it bigger; it says nothing."""
    return (
        verb.i + 1 < len(verb.doc)
        and verb.nbor(1).lower_ == "to"
        and verb.nbor(1).head == verb
        and not any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
        and not _right_after_quotation(verb)
    )


def _occasion_of_the_main_cue(verb: Token) -> bool:
    """An opening participle with nothing said of its own ("Replying to a post by Bill
    Ackman, he wrote: ...", "Responding to a question, she said ..."), whose clause's cue
    reports the words."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and _cue_lemma(verb.head) in CUE_FRAMES
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
    )


def _issued_with_its_words(verb: Token) -> bool:
    """'Swift shared a statement on Instagram: "I am heartbroken."': a statement issued,
    its words after a colon that closes the clause."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in lexicons.words("speech_nouns.txt"):
        return False
    doc = verb.doc
    colon = next((t for t in doc[obj.i + 1 : verb.sent.end] if t.text == ":" or t.pos_ == "VERB"), None)
    return colon is not None and colon.text == ":" and colon.i + 1 < len(doc) and doc[colon.i + 1].is_quote


def _option_ruled_out(verb: Token) -> bool:
    """Whether "rule out" decides against a course rather than denies a possibility
    ("ruled out foul play" is said, GUIDE.md): a pronoun standing for a plan already named
    ("ruled that out"), or a demand ("claims for a cut", "calls for an inquiry")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and (
        obj.tag_ in ("PRP", "DT")
        or obj.lower_ in ("that", "this")
        or any(c.dep_ == "prep" and c.lower_ == "for" for c in obj.children)
    )


def _appointed(verb: Token) -> bool:
    """Whether "confirm" puts a person in office: its object is a person ("confirmed Pete
    Hegseth"), or is confirmed as something ("confirmed him as ambassador")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return _appointed_in_the_passive(verb)
    # "as ambassador" is an office; "confirmed the victim as John Smith" names someone (said)
    offices = [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"
    ]
    return obj.ent_type_ == "PERSON" or any(o.ent_type_ != "PERSON" for o in offices)


def _appointed_in_the_passive(verb: Token) -> bool:
    """ "McEntarfer, who was confirmed by the Senate in 2024": a person confirmed by someone
    was put in office ("the deaths were confirmed by the ministry" were told of)."""
    person = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if person is None or not any(c.dep_ == "agent" for c in verb.children):
        return False
    if person.lower_ in ("who", "whom") and verb.dep_ == "relcl":
        person = verb.head
    named = person.ent_type_ == "PERSON" or (person.pos_ == "PROPN" and not person.ent_type_)
    return named or person.lower_ in ("he", "she", "him", "her")


def _names_sources(verb: Token) -> bool:
    """Whether the cue's object is where a report comes from: people, sources, a study,
    figures (not "citing the release of political prisoners")."""
    sources = lexicons.words("anonymous_sources.txt", "finding_sources.txt", "cited_sources.txt")
    return any(c.dep_ == "dobj" and not {c.lemma_.lower(), c.lower_}.isdisjoint(sources) for c in verb.children)


def _predicate_read_as_modifier(verb: Token) -> bool:
    """ "the company aimed to improve profits": a past tense with a complement of its own,
    which the parser hung on the noun before it as a participle -- the noun is its subject."""
    return (
        verb.dep_ in ("acl", "relcl")
        and verb.tag_ in ("VBD", "VBN")
        and verb.i > verb.head.i
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass", "auxpass") for c in verb.children)
        and any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children)
    )


def _clause_of_a_preposition(clause: Token) -> bool:
    """ "... after Vinicius Junior was fouled": a clause with no subject right after the
    object of "after" (or "before", "since", ...), which is its subject -- the parser read
    the subordinator as a preposition and hung the clause on the verb above."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return (
        _subjectless(clause)
        and before is not None
        and before.dep_ == "pobj"
        and before.head.lower_ in _CLAUSE_PREPOSITIONS
    )


def _given_to(verb: Token, lemma: str) -> bool:
    """An object given or added to something: "denying vaccines to immigrants", "adding
    the recovery of costs to the issues" (the parser may hang "to" on the object's own
    noun phrase after "add"; "denied allegations of ties to Iran" is still a denial)."""
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return any(c.dep_ == "dobj" for c in verb.children)
    if lemma != "add":
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for to in (t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "to"):
            if _in_noun_phrase(to.head, obj):
                return True
    return False


def _in_noun_phrase(tok: Token, noun: Token) -> bool:
    """Whether ``tok`` is ``noun`` or hangs from it through nouns and prepositions only
    (a few steps: a noun phrase is not deep)."""
    for _ in range(8):
        if tok == noun or tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            break
        tok = tok.head
    return tok == noun


def _speaker_and_content(
    verb: Token, lemma: str, resolver: SpeakerResolver, quotes: list[Quote]
) -> tuple[Token | None, list[Token] | None]:
    """The token that names the speaker and the tokens of what was said, each from the
    parse where it can be and from the parser's usual mistakes where it cannot."""
    inverted = _inverted_opening(verb)
    if inverted is not None:
        return inverted, None  # the quotation after it is the content (_content_span)
    content = _content_tokens(verb, lemma)
    if content is None and lemma in SAY_LIKE and not _describes_the_one_told(verb, lemma):
        content = _following_clause(verb)
    speaker_tok = (
        _interjected_speaker(verb, quotes)
        or _subject(verb)
        or _quoted_speaker_read_as_head(verb)
        or _quoted_speaker_read_as_modifier(verb)
        or _quoted_speaker_with_a_relative(verb)
        or _named_after_its_quotation(verb)
    )
    if speaker_tok is not None and speaker_tok.head != verb and verb.dep_ == "conj":
        # "the lineup is light, but Early still says ...": a surname on the cue itself
        # beats the subject the coordination would lend it.
        speaker_tok = _surname_read_as_another_word(verb, resolver) or speaker_tok
    after_quote = _right_after_quotation(verb)
    if after_quote and speaker_tok is not None and _inside(quotes, speaker_tok.idx):
        # '"We will respond," tweeted the senator': not the "we" inside the quotation
        # that coordination lent the cue.
        speaker_tok = _post_subject(verb, after_quote)
    if content is None and (lemma in SAY_LIKE or _bare_relative(verb)) and speaker_tok is not None:
        # "..., the governor said" or, hung on the clause's last noun, "..., the governor wrote on Telegram"
        content = _preceding_clause(verb, speaker_tok)
    if speaker_tok is None and (lemma in ("say", "tell", "add", "report", "announce", "declare") or after_quote):
        speaker_tok = _post_subject(verb, after_quote)
    if speaker_tok is None and any(c.dep_ == "ccomp" for c in verb.children):
        speaker_tok = _stranded_subject(verb)
    elif speaker_tok is None and _closing_the_clause(verb):
        stranded = _stranded_subject(verb) or _speakers_coordinated_before(verb)
        before = _preceding_clause(verb, stranded) if stranded is not None else None
        if before is not None:
            speaker_tok, content = stranded, before
    if speaker_tok is None:
        speaker_tok = _surname_read_as_another_word(verb, resolver)
        if speaker_tok is not None and content is None:
            content = _following_clause(verb) or _preceding_clause(verb, speaker_tok)
    return _object_read_as_subject(speaker_tok, content, verb)


def _object_read_as_subject(
    speaker_tok: Token | None, content: list[Token] | None, verb: Token
) -> tuple[Token | None, list[Token] | None]:
    """ "... killed three people and wounded at least 34 others, Governor Oleh Syniehubov
    said": the parser made the reported verb's object ("others") the cue's subject and the
    speaker its apposition (or its conjunct: "abducted 25 students, police and residents
    said"), so the content ended on "wounded". The object goes back to
    the content, up to the comma; the name after the comma speaks."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker_tok is None or not content or subject is None or speaker_tok not in (subject, *subject.children):
        return speaker_tok, content
    last, doc = content[-1], verb.doc
    name = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    name = name or _speakers_coordinated_with(subject)
    if (
        name is None
        or last.i + 1 != subject.left_edge.i
        or last.pos_ != "VERB"
        or any(c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp") for c in last.children)
        or doc[name.left_edge.i - 1].text != ","
    ):
        return speaker_tok, content
    return name, content + list(doc[subject.left_edge.i : name.left_edge.i - 1])


_INVERTED_CUES = {"say", "add", "write", "ask", "reply", "tweet"}  # lemmas: "Said", "Adds", "Wrote"


def _inverted_opening(verb: Token) -> Token | None:
    """The speaker of a sentence that opens on its cue: 'Said Ellis: "I don't get the
    sense ..."', 'Added the coach, "We were lucky."' -- the name between the cue and the
    colon or comma that introduces the quotation (the parser makes the name the root)."""
    if _cue_lemma(verb) not in _INVERTED_CUES or verb.tag_ not in ("VBD", "VBZ", "NNP"):
        return None  # a finite cue, not "Writing on X, ..." or "Asked about it, ..."
    stop = inverted_attribution_end(verb)
    if stop is None:
        return None
    name = verb.doc[stop.i - 1]
    return name if name.pos_ in ("PROPN", "NOUN") else None


def _source_or_people(tok: Token) -> bool:
    return is_source_like(tok) or names_people(tok) or tok.lemma_.lower() in lexicons.words("finding_sources.txt")


def _some_of_speakers(number: Token) -> bool:
    """ "One of the family's attorneys, Justin Bamberg, said", "two of the officials said":
    a number of people who can speak."""
    return any(
        p.dep_ == "pobj" and _source_or_people(p)
        for c in number.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
    ) or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in number.children)


def _can_speak(speaker_tok: Token, lemma: str) -> bool:
    """Whether the subject can be the speaker of this cue."""
    antecedent = _relative_antecedent(speaker_tok)  # "experts who say": the experts
    speaker = antecedent or speaker_tok
    if speaker_tok.dep_ == "csubj" or speaker_tok.pos_ in ("VERB", "AUX"):
        return False
    if antecedent is not None and antecedent.lemma_.lower() in lexicons.words("quantity_nouns.txt"):
        return False  # "the number who said they had used cannabis rose": a survey's count
    one_who = speaker_tok.lower_ == "one" and any(
        c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in speaker_tok.children
    )  # "said one, who asked not to be named": a person
    if speaker_tok.pos_ == "NUM" and not _some_of_speakers(speaker_tok) and not one_who:
        return False  # "12 said ..." with nothing counted
    if (
        CUE_FRAMES.get(lemma) == "finding"
        and speaker.lemma_.lower() not in lexicons.words("finding_sources.txt")
        and speaker.lower_ not in ("they", "it")  # which study or researchers: _from_cue asks the resolver
    ):
        return False  # "police found a body": a finding comes from a study or an investigator
    if CUE_FRAMES.get(lemma) == "party-or-claim" and not _source_or_people(speaker):
        return False  # "the storm blasted Florida": a thing cannot speak ("critics slammed" can)
    if lemma in lexicons.words("evidential_verbs.txt") and not _source_or_people(speaker):
        return False  # "the scan revealed inflammation": evidence, not a speaker
    if (speaker_tok.lower_ in ("'s", "nobody", "none", "one") or speaker_tok.text in ("us", "Us")) and (
        speaker_tok.lower_ != "one" or any(c.lower_ == "no" for c in speaker_tok.children)
    ):
        return False  # "Let's say ...", "no one can credibly state ..."
    if any(c.dep_ == "det" and c.lower_ == "no" for c in speaker_tok.children):
        return False
    if speaker.lower_ in _GENERIC_PEOPLE:
        return False
    # "That said, ...", "Which is not to say ...": no one behind the pronoun
    return not (speaker_tok.lower_ in _NOT_SPEAKERS and not list(speaker_tok.children) and antecedent is None)


def _content_span(
    doc: Doc, verb: Token, content: list[Token] | None, quotes: list[Quote]
) -> tuple[TextSpan | None, Quote | None]:
    """The content as a span of text, fitted to the quotation it overlaps (if any), or
    the quotation next to the cue when the parse gave no content."""
    content_span = token_span(content) if content else None
    if content_span is None:
        quote = _adjacent_quote(doc, verb, quotes) or _introduced_block(doc, verb, quotes)
        if quote is not None and _names_a_thing(doc, quote):
            return None, None
        opening = _clause_the_quotation_closes(doc, verb, quote) if quote is not None else None
        if opening is not None:
            return char_span(doc, opening.idx, quote.end + closing_mark_width(text_of(doc), quote)), quote
        return (_quote_span(doc, quote) if quote is not None else None), quote
    overlapping = [q for q in quotes if q.start < content_span.end and content_span.start < q.end]
    # a name in quotation marks ('the "America First" strategy') quotes no one's words
    overlapping = [q for q in overlapping if not _a_quoted_name(doc, q)]
    quote = overlapping[0] if overlapping else None
    # The last quotation is the one that can close the clause: 'had been "very
    # constructive" but that "a lot of work remains."'
    last = overlapping[-1] if overlapping else None
    if quote is not None and _a_sentence_quoted_first(text_of(doc), content_span, quote):
        content_span = _quote_span(doc, quote)  # '"That makes me smart," when Clinton blasted him'
    elif quote is not None and _just_the_quotation(text_of(doc), content_span, quote):
        content_span = _quote_span(doc, quote)  # '"We will respond," the minister, X, wrote': not its marks
    elif quote is not None and quote.start < content_span.start - 1:
        # The quote is the content and the parse saw only its last sentence.
        content_span = _quote_span(doc, quote)
    elif last is not None and last.end > content_span.end:
        # A partial quote closing the clause: keep the clause, up to the closing mark
        # (and from the opening one when the clause is all quote).
        lead = text_of(doc)[content_span.start : last.start]
        start = last.start if lead and not lead.strip(_OPENING_MARKS) else content_span.start
        end = _quote_span(doc, last).end
        if start < last.start and not text_of(doc)[end : last.end].strip(_CLOSING_PUNCTUATION):
            # 'the talks were "constructive."', 'were "not unusual,"': the opening mark is in,
            # so is the closing one (and the punctuation news style puts before it)
            end = last.end + closing_mark_width(text_of(doc), last)
        content_span = char_span(doc, start, end)
    elif last is not None and last.end == content_span.end and content_span.start < last.start:
        # 'called the attack "horrific"': the parse stopped at the last word; its mark closes
        content_span = char_span(doc, content_span.start, last.end + closing_mark_width(text_of(doc), last))
    opening = _opening_fragment(doc, verb, quote, quotes)
    if opening is not None:
        return _quote_span(doc, opening), opening
    return content_span, quote


def _clause_the_quotation_closes(doc: Doc, verb: Token, quote: Quote) -> Token | None:
    """The first word of a clause of the cue's that the parse lost and a quotation after
    the cue ends: 'urged everyone eligible to get vaccinated "as soon as possible."',
    'tweeted overnight that the actress was "disgusting"' -- a verb between the cue and the
    opening mark, no comma or colon (a phrase of its own: 'clarified the matter, treating
    ...'). The content is that clause, from after its "that", the quotation with it."""
    if quote.start < verb.idx:
        return None
    between = [t for t in doc[verb.i + 1 : verb.sent.end] if t.idx < quote.start - 1]
    if not any(t.pos_ in ("VERB", "AUX") for t in between) or any(t.text in (":", ",", "—", "--") for t in between):
        return None
    if any(t.lemma_.lower() in CUE_LEMMAS for t in between):
        return None  # 'posted a video saying she had been "blindsided."': that cue's quotation
    that = next((t for t in between if _that_opening_a_clause(t)), None)
    return doc[that.i + 1] if that is not None else between[0]


def _that_opening_a_clause(word: Token) -> bool:
    """A "that" opening a clause ("tweeted that she was"), however tagged; not one opening a
    relative clause or pointing ("that man")."""
    if word.lower_ != "that":
        return False
    head = word.head
    return word.tag_ == "IN" or (head.pos_ in ("VERB", "AUX") and head.i > word.i and head.dep_ != "relcl")


def _a_sentence_quoted_first(text: str, span: TextSpan, quote: Quote) -> bool:
    """Whether the content opens on a quotation that ends its sentence inside the marks
    (',"' or '."') and runs on past it: what follows is the narrator's, not the quote's."""
    opens_it = not text[span.start : quote.start].strip(_OPENING_MARKS)
    closed = text[quote.start : quote.end].rstrip()[-1:] in (",", ".")
    return opens_it and closed and span.end > quote.end + closing_mark_width(text, quote)


def _just_the_quotation(text: str, span: TextSpan, quote: Quote) -> bool:
    """Whether a content span is the quotation with nothing around it but its marks and
    the punctuation news style puts inside them."""
    if span.start > quote.start or span.end < quote.end:
        return False
    return not text[span.start : quote.start].strip(_QUOTE_FRAME) and not text[quote.end : span.end].strip(_QUOTE_FRAME)


_CLOSING_PUNCTUATION = ",.;:!?"
_QUOTE_FRAME = _OPENING_MARKS + "\u201d\u00bb" + _CLOSING_PUNCTUATION
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")  # what may follow a colon that closes its line


def _introduced_block(doc: Doc, verb: Token, quotes: list[Quote]) -> Quote | None:
    """ "Limbaugh added:" closing its line, then the words said in the next paragraph: a
    block quotation, whose marks the page's layout gave and web copy loses (or keeps:
    then the quotation that opens that paragraph)."""
    colon = next((t for t in verb.doc[verb.i + 1 : verb.i + 10] if t.text == ":"), None)
    if colon is None or any(t.pos_ in ("VERB", "AUX") or t.is_sent_start for t in verb.doc[verb.i + 1 : colon.i]):
        return None
    text = text_of(doc)
    after = _LINE_BREAK.match(text, colon.idx + 1)
    if after is None:
        return None
    start = after.end()
    opening = next((q for q in quotes if q.start - 1 <= start <= q.start), None)
    if opening is not None:
        return opening
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    block = text[start:end].rstrip()
    if len(block.split()) < 3:
        return None
    return Quote(start, start + len(block), block)


def _opening_fragment(doc: Doc, verb: Token, quote: Quote | None, quotes: list[Quote]) -> Quote | None:
    """The first half of a quotation the attribution splits ('"Forty years of law," he
    said, "has convinced me."'): the statement starts there, and GUIDE.md shortens a
    content from its end, never from its start."""
    if quote is None or quote.start < verb.idx or _other_verb(verb, verb.idx, quote.start):
        return None
    text = text_of(doc)
    for q in quotes:
        if not 0 <= verb.idx - q.end <= 81:
            continue  # only a quote that closes just before the cue (no slice of a long text)
        between = text[q.end + 1 : verb.idx]
        if (
            q.text.rstrip().endswith(",")
            and not _in_a_coordinated_clause(verb, q)
            and "\n" not in between
            and not _SENTENCE_END.search(between)
            and not _other_verb(verb, q.end, verb.idx)
        ):
            return q
    return None


def _other_verb(verb: Token, start: int, end: int) -> bool:
    """A verb besides ``verb`` between two offsets: the attribution there is not only
    this cue's ('," he said, adding, "...' splits nothing)."""
    sent = verb.sent
    return any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in sent if start <= t.idx < end)


def _a_quoted_name(doc: Doc, quote: Quote) -> bool:
    """Whether a quotation is a name or a title on a noun, every word capitalised:
    'the "America First" global health strategy', 'a "60 Minutes" interview' -- not a
    speaker's words ('an "immediate and unconditional" ceasefire')."""
    words = quote.text.strip(_QUOTE_FRAME + " ").split()
    if not words or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if inside is None or not len(inside):
        return False
    head = inside.root.head
    if head.pos_ == "NOUN" and not quote.start <= head.idx < quote.end:
        return True
    # a nickname inside a name: 'Joaquin "El Chapo" Guzman'
    before, after = inside.start - 1, inside.end
    while before >= 0 and doc[before].is_quote:
        before -= 1
    while after < len(doc) and doc[after].is_quote:
        after += 1
    return before >= 0 and after < len(doc) and all(doc[i].pos_ == "PROPN" and doc[i].is_title for i in (before, after))


def _names_a_thing(doc: Doc, quote: Quote) -> bool:
    """A quotation inside a noun phrase whose noun follows it: the scare quotes of his
    "tough on China" stance, not words someone said."""
    after = doc.char_span(quote.end + 1, quote.end + 1, alignment_mode="expand")
    if after is None or after.start >= len(doc):
        return False
    noun = doc[after.start]
    while noun.is_space and noun.i + 1 < len(doc):
        noun = doc[noun.i + 1]
    inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return (
        noun.pos_ == "NOUN"
        and inside is not None
        and len(inside) > 0
        and all(t.head.i == noun.i or noun in t.ancestors for t in inside if not t.is_punct)
    )


def _closes_a_clause_as_relative(verb: Token, content: Span) -> bool:
    """A cue the parser hung on the last noun of the clause it closes, as a relative clause:
    "a drone attack killed one person, the regional governor wrote on Telegram". That
    clause is its content."""
    return _bare_relative(verb) and content.end <= verb.idx


def _bare_relative(verb: Token) -> bool:
    """A relative clause with no relative word ("the deal the union wrote"), as the parser
    reads an attribution after a clause's last noun; not "a policy which, according to
    AFP, the UN has criticised"."""
    return verb.dep_ == "relcl" and not any(
        t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.lower_ == "that" for t in verb.subtree if t.i < verb.i
    )


def _lacks_its_clause(verb: Token, lemma: str) -> bool:
    """A clause-only cue ("added", "claimed", "asked") without a reported clause, or a
    finite-object cue with neither that clause nor an object it can say alone."""
    if CUE_FRAMES.get(lemma) == "finite-object":
        said_alone = ("dobj", "xcomp", "nsubjpass") if verb.tag_ != "VBG" else ("nsubjpass",)
        clause_only = not any(c.dep_ in said_alone for c in verb.children)
    else:
        clause_only = lemma in CLAUSE_ONLY
    return (
        clause_only
        and not any(c.dep_ in ("ccomp",) for c in verb.children)
        and _misattached_that_clause(verb) is None
        and _object_with_its_proposition(verb) is None
        and not (CUE_FRAMES[lemma] == "appeal" and _appeal(verb))
        and not (lemma in SAY_LIKE and verb.dep_ in ("parataxis", "advcl"))
    )


def _speaker(speaker_tok: Token, resolver: SpeakerResolver, verb: Token) -> Speaker:
    relative = _relative_antecedent(speaker_tok)
    issuer = _issuer(relative or speaker_tok)
    if relative is None and issuer is None:
        mention = _with_its_article(noun_phrase(speaker_tok))
        if mention.start <= verb.i < speaker_tok.i < mention.end:
            mention = mention.doc[verb.i + 1 : mention.end]  # '", added KCNA': the cue read as its modifier
        return resolver.resolve(speaker_tok, mention)
    # "resolutions which call for ...": the mention is "which", the speaker its antecedent;
    # "the company issued a statement that said ...": the one who issued it.
    resolved = resolver.resolve(issuer or relative)
    end = speaker_tok.idx + len(speaker_tok)
    return Speaker(speaker_tok.text, speaker_tok.idx, end, resolved.name, resolved.kind, resolved.title)


def _with_its_article(span: Span) -> Span:
    """ "the 22-year-old" where the parser hung "the" on a noun after the phrase."""
    if span.start == 0:
        return span
    article = span.doc[span.start - 1]
    if article.lower_ in ("the", "a", "an") and article.head.i >= span.end:
        return span.doc[span.start - 1 : span.end]
    return span


_ISSUING = {"issue", "release", "publish", "send", "post", "sign", "put"}


def _issuer(noun: Token) -> Token | None:
    """Who put out the statement, letter or release that speaks: "the company" in "the
    company issued a statement that said ..."."""
    lemma = noun.lemma_.lower()
    if lemma not in lexicons.words("speech_nouns.txt") and lemma not in lexicons.words("document_sources.txt"):
        return None
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _ISSUING:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and is_source_like(subject) else None


def _quote_span(doc: Doc, quote: Quote) -> TextSpan:
    """The quoted words without the comma or space news style leaves before the closing mark."""
    end = quote.end
    while end > quote.start and text_of(doc)[end - 1] in ", \n":
        end -= 1
    return char_span(doc, quote.start, end)


def _according_to(doc: Doc, according: Token, resolver: SpeakerResolver, quotes: list[Quote]) -> Claim | None:
    to = next(c for c in according.children if c.lower_ == "to")
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    # "X, according to officials" / "According to the coach, ...": set off by a comma or
    # opening the sentence it attributes; mid-clause ("priced according to a fixed set of
    # differentials") only with a source-like noun.
    set_off = according.i == according.sent.start or (
        according.i > 0 and according.nbor(-1).text in (",", "(", "\u2014")
    )
    if source is None or not (is_source_like(source) or set_off):
        return None
    governor = according.head
    if (
        governor.i > according.i
        and _cue_lemma(governor) in CUE_LEMMAS
        and any(
            c.dep_ in SUBJECT_DEPS and c.i < according.i and c.lower_ not in ("which", "that", "who")
            for c in governor.children
        )
    ):
        # "Biden, according to a transcript, said ...": the transcript is how Biden's
        # words are known, not a second statement.
        return None
    if (
        governor.dep_ == "ccomp"
        and _cue_lemma(governor.head) in CUE_WORDS
        and governor.head.i < according.i
        and source.lemma_.lower() in lexicons.words("document_sources.txt", "speech_nouns.txt", "finding_sources.txt")
    ):
        # "The company said revenue rose, according to a filing": where it said so. A
        # person or an outlet ("..., according to Sui-Lee Wee of the Times") reports it again.
        return None
    return _attributed(doc, according, [according, to], source, resolver, quotes)


def _per(doc: Doc, per: Token, resolver: SpeakerResolver, quotes: list[Quote]) -> Claim | None:
    """ "Yersinia pestis, per the WHO, is often found in rodents", "Per CNN, the talks
    collapsed": "per" set off by a comma with a source that can speak ("$5 per share",
    "Per capita income rose" have none)."""
    source = next((c for c in per.children if c.dep_ == "pobj"), None)
    if source is None or not (is_source_like(source) or names_people(source)):
        return None
    # set off by a comma or a dash, or opening the sentence ("Per CNN, the talks collapsed")
    after = source.right_edge.i + 1
    opening = per.i == per.sent.start and after < len(doc) and doc[after].text == ","
    if not (opening or (per.i > 0 and per.nbor(-1).text in (",", "(", "\u2014"))):
        return None
    if source.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod") for c in source.children):
        return None  # "$5, per person": a rate, not a source
    if _cue_lemma(per.head) in CUE_WORDS and _from_cue(doc, per.head, resolver, quotes) is not None:
        return None  # '"Don't hide it," one commenter said, per Feng': the commenter's statement
    return _attributed(doc, per, [per], source, resolver, quotes)


def _from_label(doc: Doc, from_: Token, resolver: SpeakerResolver, quotes: list[Quote]) -> Claim | None:
    """'From the statement: "The ceasefire will take effect at noon."' (GUIDE.md: a colon
    introduction): "From" and a source opening the sentence, a colon, then the quotation."""
    source = next((c for c in from_.children if c.dep_ == "pobj"), None)
    if not from_.is_sent_start or source is None or not (is_source_like(source) or names_people(source)):
        return None
    colon = source.right_edge.i + 1
    if colon >= len(doc) or doc[colon].text != ":":
        return None
    end = doc[colon].idx + 1
    quote = next((q for q in quotes if end <= q.start <= end + 3), None)
    if quote is None:
        return None
    speaker = resolver.resolve(source, noun_phrase(source))
    content = _quote_span(doc, quote)
    return Claim(
        type="statement",
        sentence=evidence(doc, from_.idx, content.end),
        speaker=speaker,
        cue=cue_of([from_], "from"),
        date=claim_date(doc, from_, of_the_cue_only=True),
        content=content,
        direct=True,
        confidence=0.85,
        anchor=from_.idx,
    )


def _clause_attributed(according: Token) -> list[Token]:
    """The words of the clause an attribution hangs from, without the attribution."""
    clause, misplaced = according.head, set()
    while not _attributable_clause(clause, according) and clause.head != clause:
        if clause.dep_ == "conj" and _before_its_clause(according, clause):
            misplaced = {t.i for t in clause.subtree}  # the clause after the attribution is not attributed
        clause = clause.head
    lo, hi = according.left_edge.i, according.right_edge.i
    toks = [t for t in _subtree(clause, 2 * MAX_CONTENT_TOKENS) if not lo <= t.i <= hi and t.i not in misplaced]
    colon = next((t for t in reversed(toks) if t.text == ":" and t.head == clause and t.i < clause.i), None)
    if colon is not None:  # "There was news at last: Hawley will direct it, according to Variety"
        toks = [t for t in toks if t.i > colon.i]
    return toks


def _relative_clause_before(according: Token) -> list[Token] | None:
    """A relative clause telling a count that ends at the attribution's comma is what it
    attributes, with the noun it describes: "talks stalled over the war, which has killed
    more than 40,000 Palestinians, according to the Health Ministry" (the ministry counts
    the dead; it does not tell of the talks)."""
    doc, comma = according.doc, according.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    relative = relative_clause_ending_at(doc[comma - 1])
    if relative is None:
        return None
    if not any(_a_count(t) for t in relative.subtree):
        return None  # "released in Doha, where the group has an office, according to X": the release
    noun = relative.head
    if _counted_in_the_clause_it_hangs_on(noun):
        # "More than 1,500 students have been abducted since 2014, when Boko Haram seized 276
        # girls, according to UNICEF": the clause before tells a count of its own; both are UNICEF's
        return None
    return [t for t in doc[noun.left_edge.i : comma] if not t.is_space]


def _a_count(tok: Token) -> bool:
    return tok.like_num and tok.ent_type_ == "CARDINAL"


def _counted_in_the_clause_it_hangs_on(noun: Token) -> bool:
    """Whether a noun in a clause's adverbial phrase ("since 2014", "in Gaza") hangs on a
    verb whose subject or object tells a count."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    verb = noun.head.head
    return any(
        _a_count(t)
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < noun.i
        for t in c.subtree
    )


def _attributable_clause(verb: Token, according: Token) -> bool:
    """Whether a clause an "according to" hangs from is all it attributes: a main or
    reported clause; of coordinated clauses, all ("Three people were killed and 12 were
    injured, according to police"), unless the first is someone's statement ("Lee said
    prices fell, and exports rose, according to the ministry") or the last follows a colon
    ("There was news: Hawley will direct it, according to The Wrap"); a verb coordinated with
    no subject of its own shares its clause. In "There are three
    scripts, according to The Wrap, so it is possible ..." the parser hung the attribution
    on the clause after it."""
    if verb.dep_ == "conj":
        if _before_its_clause(according, verb) or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return False  # "rejected a proposal last week and remain on strike, according to X": one clause
        opens = verb.left_edge.i
        after_colon = opens > 0 and verb.doc[opens - 1].text in (":", ";")
        return after_colon or _cue_lemma(verb.head) in CUE_WORDS
    return verb.dep_ in ("ROOT", "ccomp")


def _main_run(runs: list[list[Token]], clause: Token) -> list[Token]:
    """Of the pieces of a clause an attribution interrupts, the one holding the clause's verb
    and its subject: not a phrase after it ("Stockton recorded 39 homicides last year,
    according to police data, down from 56"), nor an adverbial clause ("Boeing walked away
    from talks in 2022, according to people familiar with the matter, after the two sides
    failed to agree on a price"). Where the attribution parts the verb from its subject or
    its complement ("He had, according to X, killed and eaten a rabbit"), the longest piece."""
    main = next((run for run in runs if clause in run), None)
    if (
        main is not None
        and any(c.dep_ in ("nsubj", "nsubjpass") and c in main for c in clause.children)
        and all(c in main for c in clause.children if c.dep_ in _COMPLEMENT_DEPS)
    ):
        return main
    return max(runs, key=len)


_COMPLEMENT_DEPS = ("dobj", "xcomp", "ccomp", "attr", "acomp", "oprd")


def _before_its_clause(according: Token, verb: Token) -> bool:
    """Whether the attribution comes before every other word of the clause it hangs from."""
    return not any(t.i < according.left_edge.i for t in verb.subtree)


def _attributed(
    doc: Doc, according: Token, cue: list[Token], source: Token, resolver: SpeakerResolver, quotes: list[Quote]
) -> Claim | None:
    """A statement attributed by a preposition ("according to X", "per X"): the content is
    the clause it modifies, without the attribution itself."""
    speaker = resolver.resolve(source, noun_phrase(source))
    toks = _relative_clause_before(according) or _clause_attributed(according)
    if not toks:
        return None
    runs = _runs(toks)
    opening = next((t for t in runs[-1] if not t.is_punct), None) if len(runs) > 1 else None
    if opening is not None and opening.tag_ == "VBG" and opening.dep_ == "advcl":
        # "The Houthis have launched 50 attacks, according to X, forcing companies to divert
        # vessels": the participle after the source goes on from what it reports
        runs = runs[:-1]
    toks = _without_connective(_main_run(runs, according.head))
    content = token_span(toks)
    if content is None:
        return None
    quote = next((q for q in quotes if q.start < content.end and content.start < q.end), None)
    sentence = evidence(doc, min(according.idx, content.start), max(content.end, speaker.end))
    return Claim(
        type="statement",
        sentence=sentence,
        speaker=speaker,
        cue=cue_of(cue, " ".join(t.lower_ for t in cue)),
        date=claim_date(doc, according, of_the_cue_only=True),
        content=content,
        direct=quote is not None,
        confidence=0.85,
        anchor=according.idx,
    )
