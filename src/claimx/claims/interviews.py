r"""Answers in an interview laid out as questions and answers (GUIDE.md section 1: the
questions of a Q&A layout are no statements; the answers are the interviewee's).

A document with at least one paragraph opening on "Q:" and one on "A:" (or "Question:"
and "Answer:") is an interview; each answer paragraph is one statement of the person the
introduction says was interviewed: the subject of "spoke with", "talked to", "sat down
with", the one "interviewed". An explainer's questions and answers, with no one
introduced as interviewed, are the outlet's own. The answer is the interviewee's own
words, so it counts as direct speech.

    >>> from claimx.pipeline import load; nlp = load()
    >>> doc = nlp("Fed's Waller on rates\n\nChristopher Waller spoke with Reuters on Tuesday.\n\n"
    ...           "Q: Will you cut?\n\nA: I think a cut in December is appropriate.")
    >>> [(c.speaker.name, c.content.text) for c in find_answers(doc)]
    [('Christopher Waller', 'I think a cut in December is appropriate.')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..schema import Claim, Cue, Speaker, TextSpan
from ..spans import text_of
from ..speakers import SpeakerResolver
from .common import evidence
from .dating import claim_date

_QUESTION = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*[:.][ \t]+\S", re.M)
_ANSWER = re.compile(r"^[ \t]*(?P<label>(?:A|Answer)[ \t]*[:.])[ \t]+(?P<answer>\S[^\n]*)", re.M)
# Verbs the introduction uses for the interviewee (its subject), and "interview" (its object).
_SPEAKING = {"speak", "talk", "sit", "answer", "tell", "say", "discuss", "chat", "join"}


def is_interview(text: str) -> bool:
    """Whether ``text`` is laid out as questions and answers."""
    return _QUESTION.search(text) is not None and _ANSWER.search(text) is not None


def find_answers(doc: Doc) -> list[Claim]:
    """One statement per answer paragraph of a Q&A interview, none elsewhere."""
    text = text_of(doc)
    if not is_interview(text):
        return []
    first_question = _QUESTION.search(text)
    answers = list(_ANSWER.finditer(text))
    interviewee = _interviewee(doc, first_question.start())
    if interviewee is None:
        return []
    mention, verb = interviewee
    resolver = SpeakerResolver.for_doc(doc)
    speaker = Speaker(mention.text, mention.start_char, mention.end_char, resolver.canonical_person(mention), "person")
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


def _interviewee(doc: Doc, before: int) -> tuple[Span, Token] | None:
    """The person the introduction (the text before the first question) presents as
    interviewed, with the verb that says so."""
    for ent in doc.ents:
        if ent.start_char >= before:
            break
        verb = ent.root.head
        if ent.label_ == "PERSON" and (
            (ent.root.dep_ == "nsubj" and verb.lemma_.lower() in _SPEAKING)
            or (ent.root.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() == "interview")
        ):
            return ent, verb
    return None
