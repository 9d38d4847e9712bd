r"""Words said with no cue word around them: the answers of an interview laid out as
questions and answers (GUIDE.md section 1: the questions of a Q&A layout are no
statements; the answers are the interviewee's), and the turns of a transcript.

A document with at least one paragraph opening on "Q:" and one on "A:" (or "Question:"
and "Answer:") is an interview; each answer paragraph is one statement of the person the
introduction says was interviewed: the subject of "spoke with", "talked to", "sat down
with", the one "interviewed". An explainer's questions and answers, with no one
introduced as interviewed, are the outlet's own. The answer is the interviewee's own
words, so it counts as direct speech. Answers that open on the interviewee's name instead
of "A:" ("Q: ... / Sefcovic: ...") are read as the turns of a transcript.

    >>> from claimx.pipeline import load; nlp = load()
    >>> doc = nlp("Fed's Waller on rates\n\nChristopher Waller spoke with Reuters on Tuesday.\n\n"
    ...           "Q: Will you cut?\n\nA: I think a cut in December is appropriate.")
    >>> [(c.speaker.name, c.content.text) for c in find_answers(doc)]
    [('Christopher Waller', 'I think a cut in December is appropriate.')]
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from .. import lexicons
from ..schema import Claim, Cue, Speaker, TextSpan
from ..spans import text_of
from ..speakers import SpeakerResolver, noun_phrase
from .common import evidence, in_furniture
from .dating import claim_date

_QUESTION = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*[:.][ \t]+\S", re.M)
_ANSWER = re.compile(r"^[ \t]*(?P<label>(?:A|Answer)[ \t]*[:.])[ \t]+(?P<answer>\S[^\n]*)", re.M)


def _turns_labelled(name: str) -> re.Pattern:
    """Paragraphs that open on a speaker's label, ``name`` followed by a colon."""
    return re.compile(rf"^[ \t]*(?P<label>(?P<name>{name})[ \t]*:)[ \t]+(?P<answer>\S[^\n]*)", re.M)


# A transcript's turn: a paragraph opening on a speaker's name in capitals and a colon
# ("TRUMP: ...", "SEN. JOHN THUNE: ..."), one to four words. Not a headline's "Pence: ...",
# a list of the arrested ("Elizabeth A. Burton: Possession of ...") or a team's notes
# ("Thunder: Host the Lakers on Friday"), which name someone in small letters.
_TURN = _turns_labelled(r"[A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3}")
# In a Q&A, the answers may open on the interviewee's name as written ("Sefcovic: ..."),
# and the questions on "Q:", which labels no one.
_NAMED_TURN = _turns_labelled(r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2}")
_QUESTION_LABELS = ("q", "question")
# Verbs the introduction uses for the interviewee (its subject), and "interview" (its object).
_SPEAKING = {"speak", "talk", "sit", "answer", "tell", "say", "discuss", "chat", "join"}


def is_interview(text: str) -> bool:
    """Whether ``text`` is laid out as questions and answers."""
    return _QUESTION.search(text) is not None and _ANSWER.search(text) is not None


def is_dialogue(text: str) -> bool:
    """Whether ``text`` is an interview or may be a transcript (a speaker's label opening
    two paragraphs or more): words said with no cue word around them."""
    return (
        is_interview(text)
        or _repeated_label(text, _TURN)
        or (_QUESTION.search(text) is not None and _repeated_label(text, _NAMED_TURN))
    )


def _repeated_label(text: str, pattern: re.Pattern) -> bool:
    labels = Counter(m["name"].lower() for m in pattern.finditer(text))
    return any(n >= 2 for name, n in labels.items() if name not in _QUESTION_LABELS)


def find_answers(doc: Doc) -> list[Claim]:
    """One statement per answer paragraph of a Q&A interview, and per turn of a transcript
    (:func:`transcript_turns`); none elsewhere."""
    text = text_of(doc)
    first_question = _QUESTION.search(text)
    answers = list(_ANSWER.finditer(text)) if first_question is not None else []
    if not answers:
        # "Q: ... / Sefcovic: ...": the answers open on the interviewee's name
        return transcript_turns(doc, _NAMED_TURN if first_question is not None else _TURN)
    interviewee = _introduced(doc, first_question.start(), _interviewed)
    if interviewee is None:
        return []
    mention, verb = interviewee
    resolver = SpeakerResolver.for_doc(doc)
    name = resolver.canonical_person(mention) if mention.label_ == "PERSON" else resolver.resolve(mention.root).name
    speaker = Speaker(mention.text, mention.start_char, mention.end_char, name, "person")
    date = claim_date(doc, verb)
    return [_answer(doc, match, speaker, date) for match in answers if match.start() > first_question.start()]


def _answer(doc: Doc, match: re.Match, speaker: Speaker, date) -> Claim:
    start, end = match.start("answer"), match.end("answer")
    text = text_of(doc)
    while end > start and text[end - 1].isspace():
        end -= 1
    label = match.start("label"), match.end("label")
    return Claim(
        type="statement",
        sentence=evidence(doc, label[0], min(end, label[0] + 1900)),
        speaker=speaker,
        cue=Cue(text[label[0] : label[1]], "answer", *label),
        date=date,
        content=TextSpan(text[start:end], start, end),
        direct=True,
        confidence=0.8,
        anchor=label[0],
    )


def _introduced(doc: Doc, before: int, presents) -> tuple[Span, Token] | None:
    """The first person the introduction (the text before the first question or turn)
    names in a way ``presents`` accepts, with the verb that presents them."""
    for ent in doc.ents:
        if ent.start_char >= before:
            break
        # "The trade chief, Maros Sefcovic, spoke to us": the name stands for its description
        role = ent.root.head if ent.root.dep_ == "appos" else ent.root
        if ent.label_ == "PERSON" and presents(role):
            return ent, role.head
    return _introduced_by_pronoun(doc, before, presents) or _introduced_by_office(doc, before, presents)


def _introduced_by_pronoun(doc: Doc, before: int, presents) -> tuple[Span, Token] | None:
    """An interviewee named in the sentence before: "Tom Fletcher took over as the UN's
    humanitarian chief in November. He spoke to reporters in Geneva on Tuesday." """
    for tok in doc:
        if tok.idx >= before:
            break
        if tok.lower_ in ("he", "she") and presents(tok) and not in_furniture(doc, tok.idx, tok.idx + 1):
            return doc[tok.i : tok.i + 1], tok.head
    return None


def _introduced_by_office(doc: Doc, before: int, presents) -> tuple[Span, Token] | None:
    """An interviewee the introduction names by office alone: "The foreign minister spoke
    to our correspondent in the capital on Thursday"."""
    titles = lexicons.words("titles.txt")
    for tok in doc:
        if tok.idx >= before:
            break
        if (
            tok.lemma_.lower() in titles
            and tok.tag_ == "NN"
            and presents(tok)
            and not in_furniture(doc, tok.idx, tok.idx + 1)
        ):
            return noun_phrase(tok), tok.head  # not a headline's "Foreign minister on the talks"
    return None


def _interviewed(name: Token) -> bool:
    """ "X spoke with Reuters", "sat down with", "was interviewed", "We asked X ..."."""
    verb = name.head.lemma_.lower()
    asked = name.dep_ in ("dobj", "nsubjpass") and verb in ("interview", "ask")
    return (name.dep_ == "nsubj" and verb in _SPEAKING) or asked


def _on_the_occasion(name: Token) -> bool:
    """ "JD Vance and Tim Walz met Tuesday night": a person as the subject of a verb."""
    return name.dep_ in ("nsubj", "nsubjpass") and name.head.pos_ == "VERB"


def transcript_turns(doc: Doc, pattern: re.Pattern = _TURN) -> list[Claim]:
    r"""The turns of a transcript: paragraphs opening on the name of a person the article
    names ("TRUMP: We're going to win."), each the words of that person. It takes two such
    turns to be a transcript; one ("Trump: tariffs will stay") is a headline's claim,
    which GUIDE.md leaves optional. A turn that asks a question reports nothing.

        >>> from claimx.pipeline import load; nlp = load()
        >>> doc = nlp("Debate\n\nDonald Trump and Kamala Harris met on Tuesday.\n\n"
        ...           "TRUMP: We're going to win.\n\nHARRIS: He is wrong.")
        >>> [(c.speaker.name, c.content.text) for c in transcript_turns(doc)]
        [('Donald Trump', "We're going to win."), ('Kamala Harris', 'He is wrong.')]
    """
    matches = [m for m in pattern.finditer(text_of(doc)) if m["name"].lower() not in _QUESTION_LABELS]
    if len(matches) < 2:
        return []
    resolver = SpeakerResolver.for_doc(doc)
    people = {}
    for ent in doc.ents:
        name = resolver.canonical_person(ent) if ent.label_ == "PERSON" else ""
        if name.strip():
            people.setdefault(ent.text.lower(), (ent, name))
            people.setdefault(name.split()[-1].lower(), (ent, name))
    spoken = []
    for match in matches:
        words = match["name"].lower().split()
        known = people.get(" ".join(words)) or people.get(words[-1])
        if known is not None and not match["answer"].rstrip().endswith("?"):  # a moderator's question
            spoken.append((match, known))
    if len(spoken) < 2:
        return []
    # the introduction ends at the first turn (not at a headline's "Interview: ...")
    occasion = _introduced(doc, spoken[0][0].start(), _on_the_occasion)
    date = claim_date(doc, occasion[1] if occasion is not None else None)
    return [
        _answer(doc, match, Speaker(mention.text, mention.start_char, mention.end_char, name, "person"), date)
        for match, (mention, name) in spoken
    ]
