"""Agreements: who agreed to, signed or rejected what (GUIDE.md section 3).

Cues come from ``lexicons/agreement_cues.tsv``. A ``verb`` cue carries the action
itself ("agreed *to attend talks*", "rejected *a demand*"); a ``deal`` cue needs
a deal noun from ``lexicons/agreement_nouns.txt`` as its object ("reached *an
agreement*", "signed *an accord*"). Parties are the cue's subject split on
coordination, plus "with Y" / "between X and Y". A negated cue ("did not
agree") is not an agreement; "refused to sign" is one rejection, not a signing.

    >>> from claimx.pipeline import load; nlp = load()
    >>> [(c.status, [p.name for p in c.parties]) for c in find_agreements(nlp("Iran and Iraq agreed to a truce."))]
    [('agreed', ['Iran', 'Iraq'])]
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from .. import lexicons
from ..schema import Claim, Party, Speaker
from ..spans import entity_of, of_objects, text_of, tokens_among
from ..speakers import (
    FIRST_PERSON,
    SpeakerResolver,
    coordinated,
    counted_people,
    governing_subject,
    is_source_like,
    listed_with,
    names_people,
    noun_phrase,
)
from .common import (
    enclosing_statement,
    evidence,
    in_furniture,
    in_question,
    infinitive_phrase,
    inherit_attribution,
    is_passive,
    named_by_a_free_relative,
    names_a_deal_offered,
    relative_clause_ending_at,
    subject_of_the_nearer_conjunct,
    to_infinitive,
    token_span,
    what_should_be_done,
)
from .dating import claim_date

_BUYING = {"buy", "purchase", "acquire"}
REJECTING = {"reject", "refuse", "decline", "veto", "rebuff", "spurn"}
PERSONAL_PRONOUNS = {"i", "we", "he", "she", "it", "they"}
MODALS = {"would", "could", "can", "may", "might", "should", "must", "ca", "will", "shall"}
# "will not agree", "would not accept": a refusal stated now, not a possibility.
INTENT_MODALS = {"will", "would", "wo"}
# Prepositions that bring a cue's object ("objected *to* a requirement", "ruled *out*
# talks", "voted *down* the plan"), as against time and place ("*after* the convention").
OBJECT_PREPS = {"to", "on", "upon", "against", "out", "of", "down"}


@cache
def cues() -> dict[str, tuple[str, str]]:
    """Agreement cue lemma -> (status, frame), from ``agreement_cues.tsv`` (read-only)."""
    return {row[0]: (row[1], row[2]) for row in lexicons.table("agreement_cues.tsv") if len(row) >= 3}


def find_agreements(doc: Doc) -> list[Claim]:
    table = cues()
    deal_nouns = lexicons.words("agreement_nouns.txt")
    resolver = SpeakerResolver.for_doc(doc)
    claims: list[Claim] = []
    used_nouns: set[int] = set()
    for tok in tokens_among(doc, pos=("VERB",)):
        key = _cue_key(tok, table)
        if key is None:
            continue
        status, frame = table[key]
        lemma = tok.lemma_.lower()
        negated = _negated(tok)
        if negated and (status == "rejected" or key in lexicons.words("joint_outcome_cues.txt") or _pending(tok)):
            # "did not reject": no refusal; whether it is an agreement, the text does not say.
            # "did not reach an agreement": no deal, and no one refused one. "had not signed
            # a written agreement", "has not yet accepted": not done yet, not refused.
            continue
        if key in lexicons.words("joint_outcome_cues.txt") and _ready_to(tok):
            continue  # "remain ready to reach agreements": not yet reached
        if frame == "join" and status == "agreed" and not (negated and _intent(tok)):
            # "will not attend the talks" refuses them; "attended" or "did not attend" them
            # tells what happened, no agreement or refusal
            continue
        if in_furniture(doc, tok.idx, tok.idx + 1) or _irrealis(tok, allow_intent=negated) or in_question(tok):
            continue
        if _done_by_no_one(tok):
            continue  # "124 countries voted for it, and none voted against it": no one refused
        if negated:
            status = "rejected"  # "did not accept the offer", "will not agree to a deal"
        # "refused to sign": the refusal speaks for both verbs.
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REJECTING:
            continue
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("agree",) and lemma not in REJECTING:
            continue
        action = _action(tok, frame, deal_nouns)
        if action is None:
            continue
        action_toks, deal = action
        if lemma in ("accept", "approve", "endorse") and frame == "deal" and deal is None:
            continue
        if _press_contact(_phrase_head(action_toks)):
            continue  # "declined a request for comment", "agreed to an interview"
        if deal is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in deal.children):
            continue  # "has no deal with", "reached no agreement": a deal there is not
        if deal is not None:
            used_nouns.add(deal.i)
        claim = _claim(doc, tok, status, action_toks, _parties(tok, deal, resolver, status), deal)
        if claim is None:
            continue
        if (
            claim.date.source != "text"
            and claims
            and claims[-1].date.source == "text"
            and any(c.dep_ == "advmod" and c.lower_ == "also" for c in tok.children)
        ):
            # "reached an agreement yesterday ... TWA also agreed that ...": the same occasion.
            claim.date = claims[-1].date
        claims.append(claim)
    return claims + _deals_named_by_nouns(doc, resolver, deal_nouns, used_nouns)


def _deals_named_by_nouns(doc: Doc, resolver: SpeakerResolver, deal_nouns, used_nouns: set[int]) -> list[Claim]:
    """Deals no cue verb took as its object: "an accord between X and Y", "the merger of
    A and B, which became final Tuesday"."""
    claims = []
    deals_and_transactions = lexicons.words("agreement_nouns.txt", "transaction_nouns.txt")
    for noun in tokens_among(doc, pos=("NOUN",)):
        if noun.i in used_nouns or not _names_a_deal(noun, deals_and_transactions):
            continue
        found = _completed_deal(noun, resolver)
        if found is None and noun.lemma_.lower() in deal_nouns:
            found = _deal_noun(noun, resolver)
        if found is not None and not in_furniture(doc, noun.idx, noun.idx + 1) and not in_question(noun):
            status, cue_verb, parties = found
            action = list(noun.subtree)
            if cue_verb is not None and cue_verb.head == noun and cue_verb.dep_ in ("acl", "relcl"):
                # "The agreement signed on Tuesday with Britain": the deal, not its signing
                action = [t for t in action if t.i < cue_verb.left_edge.i]
            claim = _claim(doc, cue_verb or noun, status, action, parties, noun)
            if claim is not None:
                claims.append(claim)
    return claims


def _names_a_deal(noun: Token, deal_nouns) -> bool:
    """A deal noun used as one: not "a good deal of work", "a great deal of money"; a change
    to a deal is one too ("a contract extension", lexicons/deal_changes.txt)."""
    if _change_to_a_deal(noun, deal_nouns) or _deal_named_with_of(noun, deal_nouns):
        return True
    if noun.lemma_.lower() not in deal_nouns or _one_party_instrument(noun):
        return False
    return not (
        noun.lemma_.lower() == "deal"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        and any(c.dep_ == "amod" and c.lower_ in ("good", "great") for c in noun.children)
    )


def _deal_named_with_of(noun: Token, deal_nouns) -> bool:
    """A deal whose name runs on with "of": "a letter of intent" (agreement_nouns.txt lists
    such names whole; "a letter" alone is none)."""
    return any(f"{noun.lemma_.lower()} of {o.lower_}" in deal_nouns for o in of_objects(noun))


def _change_to_a_deal(noun: Token, deal_nouns) -> bool:
    """ "a contract extension", "an earlier version of the deal" (lexicons/deal_changes.txt)."""
    if noun.lemma_.lower() not in lexicons.words("deal_changes.txt"):
        return False
    named = [c for c in noun.children if c.dep_ in ("compound", "nmod")] + of_objects(noun)
    return any(c.lemma_.lower() in deal_nouns for c in named)


def _one_party_instrument(noun: Token) -> bool:
    """An order or declaration one authority issues alone ("an executive order", "a major
    disaster declaration"; lexicons/one_party_instruments.txt)."""
    phrases = lexicons.words("one_party_instruments.txt")
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and f"{child.lower_} {lemma}" in phrases:
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            if any(f"{lemma} of {o.lower_}" in phrases for o in child.children if o.dep_ == "pobj"):
                return True
    return False


def _cue_key(tok: Token, cues: dict) -> str | None:
    """The lexicon entry for a verb, with its particle or preposition: "rule out", "decide
    against", "walk away" (the parser may read the particle as an adverb)."""
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ in ("prt", "prep", "advmod", "dobj") and f"{lemma} {child.lower_}" in cues:
            return f"{lemma} {child.lower_}"
    return lemma if lemma in cues else None


def _claim(
    doc: Doc, cue: Token, status: str, action_toks: list[Token], parties: list[Party], deal: Token | None
) -> Claim | None:
    # "voted Monday to accept the offer", "met yesterday ... but decided against it": the
    # verb the cue completes or shares a subject with dates it too; not a clause with a
    # subject of its own ("talks collapsed last year, and the army has ruled out ...")
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    governing = [cue.head] if cue.dep_ in ("xcomp", "conj") and cue.head != cue and not own_subject else []
    own_date = claim_date(doc, cue, *([deal] if deal is not None else []), *_objects(cue), *governing)
    action_toks = _without_trailing_relative(_without_a_clause_of_its_own(action_toks))
    action_toks = _without_trailing_apposition(_without_trailing_participle(action_toks))
    span = token_span(_without_its_date(action_toks, own_date.text if own_date.source == "text" else None))
    if span is None:
        return None
    claim = Claim(
        type="agreement",
        sentence=evidence(doc, cue.idx, cue.idx + len(cue)),
        parties=parties,
        action=span,
        status=status,
        confidence=0.75,
        anchor=cue.idx,
    )
    claim.date = own_date
    statement = inherit_attribution(doc, claim, cue.idx, cue.idx + len(cue))
    if own_date.source == "text":
        claim.date = own_date
    if statement is not None and statement.speaker is not None and span.start < statement.speaker.start < span.end:
        # "agreed to accept flights from the U.S., Richard Grenell, Trump's envoy, said": not the reporter
        cut = token_span([t for t in action_toks if t.idx < statement.speaker.start])
        if cut is not None:
            claim.action = span = cut
    if (
        not claim.parties
        and statement is not None
        and statement.speaker is not None
        and statement.cue.text.lower() not in ("according to", "per")
    ):
        # "the companies said these lawsuits have been settled": the reporter is the party
        # (both companies, if it names a pair); not in "the deal, according to officials,
        # was signed".
        claim.parties = _reporters(doc, statement.speaker)
    elif statement is not None and statement.speaker is not None:
        # '"We will not agree to ...," Netanyahu said': "we" is who speaks.
        name = statement.speaker.name
        claim.parties = [
            Party(p.text, name, p.start, p.end) if p.text.lower() in FIRST_PERSON else p for p in claim.parties
        ]
    if not claim.parties:
        return None  # an agreement nobody is said to have made helps no reader
    start = min([claim.sentence.start, span.start] + [p.start for p in claim.parties])
    end = max([claim.sentence.end, span.end] + [p.end for p in claim.parties])
    claim.sentence = evidence(doc, start, end)
    if claim.sentence.end - claim.sentence.start > 1900:
        claim.sentence = evidence(doc, cue.idx, cue.idx + len(cue))
    return claim


def _reporters(doc: Doc, speaker: Speaker) -> list[Party]:
    """The parties a reporter of a deal stands for: itself, or the two a "the companies"
    or "the two sides" names."""
    mention = doc.char_span(speaker.start, speaker.end)
    pair = SpeakerResolver.for_doc(doc).pair(mention.root, definite_by_count=True) if mention is not None else None
    if pair:
        return [Party(member.text, member.name, member.start, member.end) for member in pair]
    return [Party(speaker.text, speaker.name, speaker.start, speaker.end)]


def _without_a_clause_of_its_own(toks: list[Token]) -> list[Token]:
    """What was agreed without a clause coordinated after it that has its own subject
    ("agreed to swap 150 prisoners each but that Moscow had not yet confirmed a date") or a
    tense of its own ("agreed to cooperate with prosecutors and is expected to testify")."""
    inside = {t.i for t in toks}
    for tok in toks:
        if (
            tok.dep_ == "conj"
            and tok.head.i in inside
            and tok.pos_ in ("VERB", "AUX")
            and (
                any(c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.head.i for c in tok.children)
                or _finite_after_an_infinitive(tok)
            )
        ):
            start = tok.left_edge.i
            while start - 1 in inside and toks[0].doc[start - 1].dep_ in ("cc", "punct"):
                start -= 1
            return [t for t in toks if t.i < start] or toks
    return toks


def _finite_after_an_infinitive(verb: Token) -> bool:
    """A finite verb the parser coordinated with an infinitive: "to cooperate ... and is
    expected", "to pay ... and will"; it goes on from the main clause instead."""
    finite = ("VBZ", "VBP", "VBD", "MD")
    return verb.head.tag_ == "VB" and (
        verb.tag_ in finite or any(c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in verb.children)
    )


def _without_trailing_relative(toks: list[Token]) -> list[Token]:
    """What was agreed without a relative clause set off after it, which tells something
    else about it: "rejected a proposal for a truce, which Kyiv accepted in March"."""
    words = [t for t in toks if not t.is_punct]
    if not words:
        return toks
    relative = relative_clause_ending_at(words[-1])
    if relative is None or relative.left_edge.i < 1 or toks[0].i >= relative.left_edge.i - 1:
        return toks
    if toks[0].doc[relative.left_edge.i - 1].text != ",":
        return toks
    return [t for t in toks if t.i < relative.left_edge.i - 1]


def _without_trailing_participle(toks: list[Token]) -> list[Token]:
    """What was agreed without a participle clause set off after it, which tells what came
    of it, how it was told or how it came about: "a trade agreement that imposes a 15%
    tariff, averting a bigger trade war", "supply batteries to an automaker, without naming
    it", "The deal, reached after two weeks of negotiations, was backed by 63 countries",
    "pay artists more, following a dispute with the collective"."""
    inside = {t.i for t in toks}
    for tok in toks:
        participle = (tok.tag_ == "VBG" and tok.dep_ == "advcl") or (tok.tag_ == "VBN" and tok.dep_ == "acl")
        # ", without naming it": the phrase opens at its preposition
        with_preposition = tok.lower_ in ("without", "by") and any(c.tag_ == "VBG" for c in tok.children)
        # ", following a dispute with ...", ", after months of talks": how it came about
        circumstance = tok.dep_ == "prep" and tok.lower_ in ("following", "after", "amid", "despite")
        if (
            (participle or with_preposition or circumstance)
            and tok.head.i in inside
            and tok.i - 1 in inside
            and tok.doc[tok.i - 1].text == ","
            and tok.i - 1 > toks[0].i
        ):
            return [t for t in toks if t.i < tok.i - 1]
    return toks


def _without_trailing_apposition(toks: list[Token]) -> list[Token]:
    """What was agreed without an apposition to it set off after it, which only spells it
    out: "rejected two previous offers, one in September and one last week", or an
    "including" list of examples: "rejected two earlier offers, including one in October"
    (an apposition further in names something else: "Kenosha, Wis.", "Kosmos, a group
    co-founded by ...")."""
    head = _phrase_head(toks)
    for tok in toks:
        if (
            (tok.dep_ == "appos" or (tok.dep_ == "prep" and tok.lower_ == "including"))
            and tok.head == head
            and tok.doc[tok.left_edge.i - 1].text == ","
            and tok.left_edge.i - 1 > toks[0].i
        ):
            return [t for t in toks if t.i < tok.left_edge.i - 1]
    return toks


# Verbs of making a deal that may modify its noun ("an accord reached today"); each gives
# the status its cue line in agreement_cues.tsv gives ("signed" for sign and conclude).
_DEAL_MADE = {"reach", "sign", "conclude", "strike", "negotiate", "clinch"}


def _deal_noun(noun: Token, resolver: SpeakerResolver) -> tuple[str, Token | None, list[Party]] | None:
    """A deal named by a noun: "an accord between X and Y", "X's agreement to ...",
    "the accord reached by OPEC ministers", "a protocol signed during his visit"."""
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children):
        return None
    cue_verb = _made_by(noun)
    if cue_verb is None and _broken(noun):
        return None
    # "will repay its debt under an agreement reached today": what is still to come is the
    # repayment; a deal reached or signed is made, whatever the clause around it.
    if _irrealis(noun) and (cue_verb is None or cue_verb.tag_ not in ("VBN", "VBD")):
        return None
    status = cues().get(cue_verb.lemma_.lower(), ("agreed",))[0] if cue_verb is not None else "agreed"
    heads = _makers(cue_verb) if cue_verb is not None else []
    infinitive = any(c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children) for c in noun.children)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("between", "with"):
            heads += [c for p in child.children if p.dep_ == "pobj" for c in coordinated(p)]
        elif child.dep_ == "poss" and child.ent_type_ != "DATE" and infinitive:
            # "Cyclops's agreement to be acquired by Dixons", "its agreement to ...": the
            # possessor, and the other side the infinitive names.
            if child.pos_ in ("PROPN", "NOUN") or child.lower_ in ("its", "their"):
                heads += coordinated(child) + _counterparties(noun, noun)
    if cue_verb is not None and noun.dep_ == "pobj" and noun.head.lower_ == "under":
        # "South Africa will repay its debt under an agreement reached with ...": who acts
        # under a deal made is bound by it.
        heads += [c for s in noun.head.head.children if s.dep_ == "nsubj" for c in coordinated(s)]
    # "trade arrangements between Britain and the EU" (a bare plural) name a kind of
    # deal; "an accord between X and Y" names one.
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children) and not _bare_plural(noun)
    # "a similar agreement with Britain this week", "last month's accord with Iran": a deal
    # the text dates is one that was made.
    dated = any(c.dep_ in ("npadvmod", "poss") and c.ent_type_ == "DATE" for c in noun.children)
    if cue_verb is None and noun.head.tag_ == "VBG" and noun.head.dep_ in ("advcl", "acl", "xcomp"):
        return None  # "..., citing a confidentiality agreement between them": a reason given, not news
    if not heads or (cue_verb is None and not between and not infinitive and not dated):
        # A bare "agreement with Britain" or "our deals with X" names a deal only with a verb
        # of reaching or signing, "between X and Y", "X's agreement to ...", or a date.
        return None
    # "a compromise between the government's call and the unions' demand" is between positions.
    # "a settlement with thousands of former employees": the employees
    heads = [h for h in (counted_people(h) or h for h in heads) if is_source_like(h)]
    parties = _to_parties(heads, resolver)
    return (status, cue_verb, parties) if parties else None


def _broken(noun: Token) -> bool:
    """A deal in force that someone breaks (lexicons/deal_breaking_verbs.txt): "China violated
    its agreement with the United States"."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicons.words("deal_breaking_verbs.txt")


def _a_manner(noun: Token) -> bool:
    """ "a ceasefire with immediate effect": a bare singular common noun after "with" says
    how, not with whom ("with the plaintiff", "with Iran", "with rebels" name parties)."""
    return (
        noun.tag_ == "NN"
        and not noun.ent_type_
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
        and not is_source_like(noun)
    )


def _bare_plural(noun: Token) -> bool:
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def _is_transaction(noun: Token) -> bool:
    return noun.lemma_.lower() in lexicons.words("transaction_nouns.txt")


def _completed_deal(noun: Token, resolver: SpeakerResolver) -> tuple[str, Token | None, list[Party]] | None:
    """A deal or a transaction reported done: "the merger of Gannett and GateHouse, which
    became final Tuesday", "Soon-Shiong's purchase of the paper closed in June". Its
    parties are those the noun names (of, between, with, its possessor)."""
    verb = _completion(noun)
    if verb is None or _negated(verb) or _irrealis(verb):
        return None
    named = [c for c in noun.children if c.dep_ == "poss"]
    named += [
        p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "between", "with") for p in c.children
    ]
    heads = [name for phrase in named for name in _names_in(phrase)]
    parties = _to_parties(heads, resolver)
    return ("signed", verb, parties) if parties else None


def _names_in(phrase: Token) -> list[Token]:
    """The named entities of a noun phrase ("the big newspaper chains Gannett and GateHouse
    Media"), by their last token; the phrase's own head if it is a name the NER missed."""
    doc = phrase.doc
    start, end = phrase.left_edge.i, phrase.right_edge.i + 1
    names = [e[-1] for e in doc[start:end].ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP")]
    return names or ([phrase] if phrase.pos_ == "PROPN" else [])


def _completion(noun: Token) -> Token | None:
    """The verb that reports ``noun`` done: its own ("the deal closed", "the merger was
    completed"), a relative clause's ("which closed Tuesday"), or "became final"."""
    # The parser may hang the relative clause on the noun's own object ("the merger of
    # the chains Gannett and GateHouse, which became final").
    verbs = [c for n in _with_objects(noun, ("of", "between")) for c in n.children if c.dep_ == "relcl"]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(noun.head)
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if any(c.dep_ == "dobj" for c in verb.children):
            continue  # "the chains, which closed 40 stores": closing something else
        # the cues of the frame "complete" in agreement_cues.tsv: close, complete, finalize
        if cues().get(lemma, ("", ""))[1] == "complete" or (
            lemma == "become" and any(c.dep_ == "acomp" and c.lower_ in ("final", "effective") for c in verb.children)
        ):
            return verb
    return None


def _made_by(noun: Token) -> Token | None:
    """The verb of making a deal that modifies its noun: "an accord *reached* today", "a
    protocol on economic cooperation *signed* ..." (where the parser may hang it on the
    noun's own "on"/"for" object)."""
    for n in _with_objects(noun, ("on", "for", "of")):
        for child in n.children:
            if child.dep_ == "acl" and child.lemma_.lower() in _DEAL_MADE:
                return child
    # "the plea deal he signed in August", "the accord that Iran signed": a relative clause
    # whose subject made it; not "the deal he would never sign".
    for child in noun.children:
        if (
            child.dep_ == "relcl"
            and child.lemma_.lower() in _DEAL_MADE
            and _relative_maker(child) is not None
            and not _negated(child)
            and not _irrealis(child)
        ):
            return child
    return None


def _relative_maker(clause: Token) -> Token | None:
    """The subject of a relative clause, if it is no relative pronoun: "he" in "the deal he
    signed", Iran in "the accord that Iran signed"; none in "the deal that was signed"."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.lower_ not in ("that", "which", "who") else None


def _with_objects(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """The noun and the objects of its prepositions ``preps``, where the parser may hang
    what modifies the noun itself."""
    return [noun] + [
        p for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"
    ]


def _makers(cue_verb: Token) -> list[Token]:
    """Who made the deal, by the verb of making: its agent ("reached by OPEC") and whom it
    was made with or between."""
    maker = _relative_maker(cue_verb) if cue_verb.dep_ == "relcl" else None
    heads = coordinated(maker) if maker is not None else []  # "the deal he signed"
    for child in cue_verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("with", "between")):
            heads += [c for p in child.children if p.dep_ == "pobj" for c in coordinated(p)]
    return heads


# Prepositions that set a cue against another event ("despite a breakdown in talks last
# weekend", "after clashes on Sunday"): that event's date is not the agreement's.
_OTHER_EVENT_PREPS = {"despite", "amid", "after", "before", "following", "since", "until"}


def _objects(verb: Token) -> list[Token]:
    """The nouns a cue acts on ("agreed to *a ceasefire* on Monday"), where a date may hang."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ not in _OTHER_EVENT_PREPS:
            out += [c for c in prep.children if c.dep_ == "pobj"]
    return out


def _irrealis(verb: Token, allow_intent: bool = False) -> bool:
    """ "would be agreed", "hoping to reach an accord", "only if he accepts": not (yet) an agreement.
    With ``allow_intent``, "will not"/"would not" state a refusal and do not count -- unless
    a condition follows ("would not accept it if it were offered")."""
    if _purpose_or_property(verb) or _conditioned(verb) or _yet_to(verb) or _a_time_still_to_come(verb):
        return True
    node = verb
    for _ in range(4):
        for child in node.children:
            if (
                child.dep_ in ("aux", "auxpass")
                and child.lower_ in MODALS
                and not (allow_intent and node == verb and child.lower_ in INTENT_MODALS)
            ):
                return True
            if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether", "until"):
                return True
            if child.dep_ == "acomp" and child.lemma_.lower() in lexicons.words("irrealis_heads.txt"):
                return True
        # A finite reported clause ("said they agreed") is real; a bare infinitive under
        # "see", "let", "make" ("would like to see China agree") is not yet.
        bare_infinitive = node.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in node.children)
        # "it would cut jobs, and it agreed to plead guilty": a finite clause of its own; so
        # is a past or third-person verb, or one with a finite auxiliary, which no modal can
        # govern ("would not support him and rejected an offer", "would cut jobs and had
        # agreed to sell its stake"), or one with a modal of its own ("was ready to continue
        # talks but would not accept a ceasefire")
        own_clause = (
            node.dep_ == "conj"
            and (
                node.tag_ in ("VBD", "VBZ")
                or (node.tag_ == "VBP" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children))
                or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in node.children)
            )
        ) or _past_adverbial_clause(node)
        if (
            node.dep_ in ("ROOT", "relcl")
            or (node.dep_ == "ccomp" and not bare_infinitive and not to_infinitive(node))
            or own_clause
            or node.head == node
        ):
            break
        node = node.head
        if node.lemma_.lower() in lexicons.words("irrealis_heads.txt"):
            return True
    return False


def _ready_to(verb: Token) -> bool:
    """ "ready to reach agreements", "prepared to strike a deal" (lexicons/readiness_words.txt)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicons.words("readiness_words.txt")


def _intent(verb: Token) -> bool:
    """ "will not", "would not", "won't": a stated intent."""
    return any(c.dep_ == "aux" and c.lower_ in INTENT_MODALS for c in verb.children)


def _yet_to(verb: Token) -> bool:
    """ "the player has yet to agree personal terms", "is yet to sign": not done yet."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_ in ("have", "be")
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)
    )


def _a_time_still_to_come(verb: Token) -> bool:
    """ "before the other side agrees to it", "once both sides have signed": a clause of time
    in the present tense stands for a future or for any time, not for an act reported."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    tenses = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.dep_ == "advcl"
        and bool(marks & {"before", "after", "once", "when", "whenever"})
        and any(tag in ("VBZ", "VBP") for tag in tenses)
        and not any(tag in ("VBD", "MD") for tag in tenses)
    )


def _past_adverbial_clause(verb: Token) -> bool:
    """ "will return to work after their union reached a deal": a clause of time or reason
    told in the past happened, whatever the main clause's modal; "after they sign" (a
    present standing for a future) has not."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBD"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and any(c.dep_ == "mark" for c in verb.children)
    )


def _purpose_or_property(verb: Token) -> bool:
    """An infinitive hung on a clause or a noun: a purpose ("flew to Geneva to sign the
    accord"), or what a thing is about ("his rationales to veto the bill", "it is
    disqualifying to refuse", "the way is to terminate them"); not an act reported done."""
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and to_infinitive(verb):
        return True  # "the easiest way is to terminate the contracts", "he is to sign it Friday"
    return verb.dep_ in ("acl", "advcl") and to_infinitive(verb)


def _conditioned(verb: Token) -> bool:
    """ "would not accept the endorsement if it were offered": a modal cue under a condition."""
    has_modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
    return has_modal and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )


def _phrase_head(toks: list[Token]) -> Token | None:
    """The token of a phrase whose head lies outside it."""
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside or t.head == t), None)


def _press_contact(noun: Token | None) -> bool:
    """ "an interview", "an interview request", "a request for comment": a reporter's
    contact with a source (lexicons/press_contact_nouns.txt)."""
    if noun is None:
        return False
    press = lexicons.words("press_contact_nouns.txt")
    named = [noun] + [c for c in noun.children if c.dep_ == "compound"]
    named += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for p in c.children]
    return any(t.lemma_.lower() in press for t in named)


def _pending(verb: Token) -> bool:
    """A negated perfect or a "yet": "had not signed", "has not yet accepted"."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        or any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children)
    )


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in verb.head.children if verb.dep_ == "xcomp" and verb.head.lemma_ in ("do",)
    )


def _done_by_no_one(verb: Token) -> bool:
    """A cue whose subject says no one did it: "none voted against it", "no country signed"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    return subject.lower_ in ("none", "nobody", "neither") or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children
    )


Action = tuple[list[Token], Token | None]  # what was agreed or refused, and the deal noun


def _action(verb: Token, frame: str, deal_nouns) -> Action | None:
    """The tokens of what was agreed or refused, and the deal noun if there is one; each
    frame of ``agreement_cues.tsv`` reads its verb its own way."""
    if frame == "hold":
        return _held_deal(verb)
    for child in verb.children:
        if (
            child.dep_ in ("dobj", "nsubjpass")
            and _names_a_deal(child, deal_nouns)
            and not _describes_the_clause(child)
        ):
            return _with_split_modifier(verb, child), child
    antecedent = _relativized_object(verb)
    if antecedent is not None and _names_a_deal(antecedent, deal_nouns):
        return _without_clause(antecedent, verb), antecedent  # "the deal that the two sides signed"
    misread = _deal_read_as_verb(verb, deal_nouns)
    if misread is not None:
        return misread
    if frame == "deal":
        return _deal_action(verb, deal_nouns)
    if frame == "commit":
        return _commitment(verb)
    if frame == "reject":
        return _rejected_thing(verb)
    if frame in ("proposal", "refuse"):
        return _proposal_action(verb, frame)
    if frame == "withdraw":
        return _withdrawn_from(verb, deal_nouns)
    if frame == "complete":
        return _completed_transaction(verb)
    if frame == "undo":
        return _undone_deal(verb, deal_nouns)
    if frame == "join":
        return _talks_joined(verb, deal_nouns)
    return _agreed_to(verb)


def _talks_joined(verb: Token, deal_nouns) -> Action | None:
    """ "take part in talks proposed by the United States", "attend the peace talks",
    "boycotted the negotiations": the verb with the talks or the deal it takes part in."""
    for child in verb.children:
        talks = child if child.dep_ == "dobj" else None
        if child.dep_ == "prep" and child.lower_ in ("in", "to", "at"):
            talks = next((o for o in child.children if o.dep_ == "pobj"), None)
        if talks is not None and _deal_or_talks(talks, deal_nouns):
            table = cues()
            if table[_cue_key(verb, table)][0] == "rejected":
                return list(talks.subtree), talks  # "boycotted the negotiations": what was refused
            return [t for t in verb.doc[verb.i : talks.right_edge.i + 1] if not t.is_space], talks
    return None


def _describes_the_clause(obj: Token) -> bool:
    """ "agreed to buy Informatica for $8 billion, its largest deal since 2021": the parser
    made the apposition after the comma the cue's object; it describes the infinitive
    clause, which is what was agreed."""
    verb, doc = obj.head, obj.doc
    return doc[obj.left_edge.i - 1].text == "," and any(
        c.dep_ == "xcomp" and c.i < obj.i and any(a.lower_ == "to" for a in c.children) for c in verb.children
    )


def _held_deal(verb: Token) -> Action | None:
    """A deal the subject has: "Swift has a new record deal in place with Universal" (a
    deal made); not "I have a deal for you" (an offer) nor "a greater understanding"."""
    deal = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if deal is None or deal.lemma_.lower() not in lexicons.words("held_deal_nouns.txt"):
        return None
    if any(c.dep_ in ("prep", "dative") and c.lower_ == "for" for c in (*deal.children, *verb.children)):
        return None
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if holder is None or not (
        holder.pos_ in ("PROPN", "PRON")
        or holder.lemma_.lower() in lexicons.words("organization_nouns.txt", "company_nouns.txt")
        or names_people(holder)
    ):
        return None  # "The arrangement has an additional loan agreement": a thing has no deal
    return list(deal.subtree), deal


def _with_split_modifier(verb: Token, deal: Token) -> list[Token]:
    """The deal's words, with the ones the parser split off right before it as a second
    object or the cue's "to" phrase: "signed a minerals deal" parsed as "signed [a
    minerals] [deal]", "agreed to a record $700 million, 10-year contract" as "agreed [to a
    record $700 million], [10-year contract]"; or its head word right after it, read as a
    second object ("approved [the ceasefire] [deal]")."""
    doc = verb.doc
    head_word = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.i == deal.right_edge.i + 1 and c.lower_ in lexicons.words("agreement_nouns.txt")
        ),
        None,
    )
    if head_word is not None:  # "approved the ceasefire deal early Friday", "deal" read as a verb
        return list(doc[deal.left_edge.i : head_word.i + 1])
    split = [c for c in verb.children if c.dep_ == "dobj" and c != deal]
    split += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    for before in split:
        gap = doc[before.right_edge.i + 1 : deal.left_edge.i]
        if before.i < deal.i and all(t.text == "," for t in gap) and len(gap) <= 1 and before.left_edge.dep_ == "det":
            return list(doc[before.left_edge.i : deal.right_edge.i + 1])
    return list(deal.subtree)


def _deal_read_as_verb(verb: Token, deal_nouns) -> Action | None:
    """ "approved the ceasefire deal", "signed a long-delayed minerals deal", "agreed to a
    ceasefire deal": the tagger read the object's last word as a verb ("deal") with the
    words before it as its subject or as the cue's "to" phrase. A bare present-tense "deal"
    right after a noun phrase that starts with an article is the noun."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    doc = verb.doc
    for clause in verb.children:
        if not (
            clause.dep_ in ("ccomp", "xcomp")
            and clause.i > verb.i
            and clause.lower_ in deal_nouns
            and (clause.tag_ in ("VB", "VBP") or clause.pos_ == "NOUN")  # a noun made a clause
            and not any(c.dep_ in ("aux", "dobj", "mark") for c in clause.children)
        ):
            continue
        if clause.dep_ == "ccomp":
            before = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        else:  # "agreed to a ceasefire deal": the words before it are the cue's "to" phrase
            before = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"), None)
            before = next((o for o in before.children if o.dep_ == "pobj"), None) if before is not None else None
        if before is not None and before.left_edge.dep_ == "det" and before.i == clause.i - 1:
            return list(doc[before.left_edge.i : clause.i + 1]), clause
    return None


def _completed_transaction(verb: Token) -> Action | None:
    """ "completed its acquisition of Activision", "closed the sale of the unit" (a deal
    noun as object is read before any frame: "closed the deal"); not "closed the plant"."""
    return _object_if(verb, _is_transaction)


def _undone_deal(verb: Token, deal_nouns) -> Action | None:
    """ "called off their merger", "scrapped its deal", "terminated talks" (a deal noun as
    object is read before any frame); not "scrapped plans for a plant"."""
    return _object_if(verb, lambda obj: _is_transaction(obj) or _deal_or_talks(obj, deal_nouns))


def _object_if(verb: Token, names_it) -> Action | None:
    """The verb's object (active or passive) with its phrase, if ``names_it(object)``."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return (list(obj.subtree), obj) if obj is not None and names_it(obj) else None


def _deal_or_talks(noun: Token, deal_nouns) -> bool:
    """ "withdrew from the talks", "called off the negotiations", "scrapped the accord"; not
    "blocked an executive order" (:func:`_one_party_instrument`)."""
    lemma = noun.lemma_.lower()
    if _change_to_a_deal(noun, deal_nouns):
        return True  # "walked away from an earlier version of the deal"
    return (lemma in deal_nouns and not _one_party_instrument(noun)) or lemma in ("talk", "negotiation")


def _deal_action(verb: Token, deal_nouns) -> Action | None:
    """ "entered into an agreement", "reached agreement on", "approved the plan", "concluded
    negotiations on a free-trade agreement"."""
    for child in verb.children:
        if child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and _names_a_deal(pobj, deal_nouns):
                    return list(pobj.subtree), pobj
    deal = _deal_negotiated(verb, deal_nouns) if verb.lemma_.lower() in _CONCLUDING else None
    if deal is not None:
        return list(deal.subtree), deal
    if verb.lemma_.lower() in ("approve", "endorse"):
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None and any(
            t.lemma_.lower() in lexicons.words("proposal_nouns.txt", "agreement_nouns.txt")
            and not _one_party_instrument(t)
            for t in obj.subtree
        ):
            return list(obj.subtree), obj
    return None


_CONCLUDING = {"conclude", "finalize", "finalise"}  # talks on a deal concluded: the deal made
_TALKS = {"talks", "talk", "negotiation", "negotiations"}


def _deal_negotiated(verb: Token, deal_nouns) -> Token | None:
    """The deal of the talks a verb concludes: "concluded negotiations on a free-trade
    agreement", "finalised talks over a trade deal" (not "concluded talks", which may
    have failed, nor "entered negotiations on a deal")."""
    talks = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _TALKS), None)
    about = [p for p in talks.children if p.dep_ == "prep" and p.lower_ in ("on", "over", "for")] if talks else []
    return next(
        (o for p in about for o in p.children if o.dep_ == "pobj" and _names_a_deal(o, deal_nouns)),
        None,
    )


def _commitment(verb: Token) -> Action | None:
    """ "confirmed their participation", "confirmed they would send delegations"; not "these
    arrangements confirm ..." nor "confirmed the zone would be expanded"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not is_source_like(subject):
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in lexicons.words("commitment_nouns.txt"):
            return list(child.subtree), None
        if (
            child.dep_ == "ccomp"
            and any(a.dep_ == "aux" and a.lower_ in ("would", "will") for a in child.children)
            and child.lemma_.lower() in lexicons.words("participation_verbs.txt")
            and any(c.dep_ == "nsubj" and c.lower_ in PERSONAL_PRONOUNS for c in child.children)
        ):
            aux = next(a.i for a in child.children if a.dep_ == "aux")
            return [t for t in child.subtree if t.i > aux or t == child], None
    return None


def _rejected_thing(verb: Token) -> Action | None:
    """ "rejected a peace-keeping force", not "rejected these accusations" (a denial)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [p for c in _object_preps(verb) for p in c.children if p.dep_ == "pobj"]
    obj = objs[0] if objs else None
    if obj is not None and obj.lower_ == "it":
        obj = _deal_before(obj)  # "met to discuss the merger but decided against it"
    dobjs = [o for o in objs if o.dep_ == "dobj"]
    if len(dobjs) > 1 and any(t.like_num for t in dobjs[0].subtree):
        # "rejected a 100 dlr a share tender offer": a price the parser made a first object
        whole = _with_split_modifier(verb, dobjs[1])
        if whole[0].i < dobjs[1].left_edge.i:
            return whole, None
    named = named_by_a_free_relative(verb) if obj is None else None
    if names_a_deal_offered(named):
        return list(named.head.subtree), None  # "rejected what it called a 'final offer'"
    fused = _deal_fused_with_the_subject(verb) if obj is None else None
    if fused is not None:
        return list(verb.doc[fused.head.left_edge.i : fused.i + 1]), None
    relativized = _relativized_object(verb)
    if relativized is not None:
        # "conditions that Kyiv has rejected"; not "would amount to amnesty, which the Home
        # Office rejects" (a relative "which" often stands for what was said)
        obj = relativized if _proposal_object(verb) is not None else None
    if obj is None or obj.pos_ == "PRON" or _an_activity(obj):
        return None
    if obj.lemma_.lower() in lexicons.words("assertion_nouns.txt") and not (_claim_for(obj) or _idea_of_a_deal(obj)):
        return None
    if obj.lemma_.lower() in lexicons.words("court_filings.txt", "rulings.txt"):
        return None  # "the judge rejected an appeal" rules; "rejected the decision" disagrees
    return _without_clause(obj, verb), None


def _deal_fused_with_the_subject(verb: Token) -> Token | None:
    """ "an offer ministers turned down": a relative clause without "which" or "that" the
    parser read as one noun phrase, the deal or proposal it is about made a modifier of the
    clause's subject -- "an" on a plural gives it away. That noun is the verb's object."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS" or any(c.dep_ == "dobj" for c in verb.children):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return None
    noun = next((c for c in subject.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    return noun if names_a_deal_offered(noun) else None


def _an_activity(obj: Token) -> bool:
    """ "decided against fact-checking Trump": a gerund the parser made a modifier of its
    object -- doing something, not a deal; unless it is taking part (participation_verbs.txt)."""
    if any(c.dep_ == "det" for c in obj.children):
        return False  # "the existing plan"
    return any(
        c.tag_ == "VBG"
        and c.dep_ in ("amod", "compound")
        and c.lemma_.lower() not in lexicons.words("participation_verbs.txt")
        for c in obj.children
        if c.i < obj.i
    )


def _describes_its_noun(verb: Token) -> bool:
    """ "the new constitution, ratified by referendum": a participle hung on a noun with no
    clause of its own; not "reports that it had agreed to invest", what the reports say."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ == "NOUN"
        and not any(c.dep_ in ("nsubj", "aux", "mark") for c in verb.children)
    )


def _relativized_object(verb: Token) -> Token | None:
    """The noun a relative clause's object stands for: "conditions *that* Kyiv has
    rejected", "the plan, *which* the Senate rejected"."""
    if verb.dep_ != "relcl":
        return None
    relative = next(
        (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("which", "that")), None
    )
    return verb.head if relative is not None or _object_left_out(verb) else None


def _object_left_out(clause: Token) -> bool:
    """ "a condition Phnom Penh has rejected": a relative clause with no relative word, its
    subject right after the noun and no object of its own -- the noun is its object (for
    an infinitive's missing object, "the plan Hamas refused to accept", see
    :func:`_object_of_a_bare_relative`)."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.left_edge.i == clause.head.i + 1
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "auxpass") for c in clause.children)
    )


def _without_clause(noun: Token, clause: Token) -> list[Token]:
    """A noun's phrase without the clause that hangs on it (when the cue is in it): "the
    offer", not "the offer that the company accepted"."""
    if clause.head != noun:
        return list(noun.subtree)
    return [t for t in noun.subtree if not clause.left_edge.i <= t.i <= clause.right_edge.i]


def _idea_of_a_deal(noun: Token) -> bool:
    """ "rejected the idea of a 30-day ceasefire", "ruled out the possibility of talks": an
    idea whose "of" names a deal or a proposal is that deal (the idea alone is an assertion:
    "rejected the idea that ...")."""
    deals = lexicons.words("agreement_nouns.txt", "proposal_nouns.txt")
    return any(o.lemma_.lower() in deals for o in of_objects(noun))


def _deal_before(pronoun: Token) -> Token | None:
    """The deal, transaction or proposal an "it" stands for: the last one named before it
    in its sentence."""
    nouns = lexicons.words("agreement_nouns.txt", "transaction_nouns.txt", "proposal_nouns.txt")
    return next(
        (
            t
            for t in reversed(pronoun.doc[pronoun.sent.start : pronoun.i])
            if t.lemma_.lower() in nouns and t.pos_ == "NOUN"
        ),
        None,
    )


def _proposal_action(verb: Token, frame: str) -> Action | None:
    """ "accepted the offer", "refused to attend talks"; not "declined to comment"."""
    obj = _proposal_object(verb)
    if obj is not None:
        return _without_clause(obj, verb), None
    if frame == "refuse":
        gapped = _object_of_a_bare_relative(verb)
        if gapped is not None:
            # "the plan Powell declined to endorse"; not "a view Powell declined to endorse"
            return (_without_clause(gapped, verb), None) if names_a_deal_offered(gapped) else None
        inf = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if inf is not None and (_taking_part(inf) or _keeping_a_deal(inf)) and _can_refuse(inf):
            return infinitive_phrase(inf), None
    return None


def _object_of_a_bare_relative(verb: Token) -> Token | None:
    """The noun a relative clause without "which" or "that" is about, where it is the
    object its infinitive lacks: "a view Powell declined to endorse", "the plan Hamas
    refused to accept". It stands right before the clause's subject; the parser hangs the
    clause on it or makes it a second subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if subject is None or subject.left_edge.i == 0 or infinitive is None:
        return None
    if any(c.dep_ in ("dobj", "prep") for c in infinitive.children):
        return None  # "the reason residents refuse to leave the camp": the gap is not the object
    noun = verb.doc[subject.left_edge.i - 1]
    if noun.pos_ != "NOUN" or not ((verb.dep_ == "relcl" and verb.head == noun) or noun in verb.children):
        return None
    return noun


def _keeping_a_deal(verb: Token) -> bool:
    """ "extend the truce", "renew the contract" (lexicons/deal_keeping_verbs.txt)."""
    if verb.lemma_.lower() not in lexicons.words("deal_keeping_verbs.txt"):
        return False
    deal_nouns = lexicons.words("agreement_nouns.txt")
    return any(c.dep_ == "dobj" and _names_a_deal(c, deal_nouns) for c in verb.children)


def _taking_part(verb: Token) -> bool:
    """A verb of taking part (lexicons/participation_verbs.txt), alone ("attend") or with
    its object or particle ("take part", "sit down")."""
    known = lexicons.words("participation_verbs.txt")
    lemma = verb.lemma_.lower()
    return lemma in known or any(c.dep_ in ("dobj", "prt") and f"{lemma} {c.lower_}" in known for c in verb.children)


def _can_refuse(infinitive: Token) -> bool:
    """ "refused to sign the accord", "refused to attend": taking part refused. A verb that
    is itself a cue of agreeing needs a deal or a proposal to act on, if it names one:
    not "refused to accept the election results", "refused to sign the bill"."""
    table = cues()
    key = _cue_key(infinitive, table)
    if key is None or table[key][1] == "join":
        return True  # "refused to take part in the talks"
    obj = next((c for c in infinitive.children if c.dep_ == "dobj"), None)
    return obj is None or _proposal_object(infinitive) is not None


def _withdrawn_from(verb: Token, deal_nouns) -> Action | None:
    """ "withdrew from the talks", "pulled out of the deal", "walked away from the talks"
    ("of" and "from" may hang from "out" and "away"); "walked away from a proposal": one
    side's offer left is refused."""
    preps = list(verb.children) + [g for c in verb.children if c.lower_ in ("out", "away") for g in c.children]
    for child in preps:
        if child.dep_ == "prep" and child.lower_ in ("from", "of"):
            for pobj in child.children:
                if _deal_or_talks(pobj, deal_nouns):
                    return list(pobj.subtree), pobj
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in lexicons.words("proposal_nouns.txt"):
                    return list(pobj.subtree), None  # (the one who offered it is no party)
    return None


def _agreed_to(verb: Token) -> Action | None:
    """ "agreed to supply Iran", "settled the dispute", "agreed on a plan", and "agreed that"
    a commitment or a deal between two parties; "the new constitution, ratified by
    referendum": the thing the participle describes."""
    if _describes_its_noun(verb):
        inside = {t.i for t in verb.subtree}
        return [t for t in verb.head.subtree if t.i not in inside and t.i < verb.i and t.dep_ != "mark"], None
    deal = _deal_agreed_to(verb)
    if deal is not None:
        return list(deal.subtree), deal
    for child in verb.children:
        if child.dep_ == "xcomp":
            # "fees that Purolator agreed to pay if ...": from the infinitive on, not "that Purolator ..."
            return [t for t in infinitive_phrase(child) if t.i > verb.i], None
    if verb.lemma_.lower() == "settle" and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        # "settled with the SEC for $10 million": the settling itself, with whom and for what
        return [verb, *(t for c in verb.children if c.i > verb.i and c.dep_ == "prep" for t in c.subtree)], None
    for child in verb.children:
        # "all agreed Pence won the debate": a name is not what one agrees (the parser
        # took the subject of the clause agreed with for an object).
        if child.dep_ in ("dobj", "nsubjpass") and child.pos_ not in ("PRON", "PROPN"):
            if not any(_agreed_to_before(p, child) for p in verb.children):
                return list(child.subtree), None
    for child in verb.children:
        if _a_to_phrase(child) and child.i > verb.i:
            toks = [t for t in child.subtree if t != child]
            if len(toks) == 1 and toks[0].tag_ == "WDT" and verb.dep_ == "relcl":
                # "the suspension, which he agreed to in February": the noun the "which" stands for
                return _without_clause(verb.head, verb), None
            if toks and not _agreed_on_a_fact(child):
                return toks, None
        if (
            child.dep_ == "ccomp"
            and verb.lemma_.lower() == "agree"
            and any(a.lower_ in ("would", "will", "to") for a in child.children)
            and (_mutual(verb) or any(s.dep_ == "nsubj" and s.lower_ in PERSONAL_PRONOUNS for s in child.children))
        ):
            # "TWA agreed that it would not ...": a commitment; "TWA and USAir agreed that
            # all litigation will be dropped": a deal. "analysts agree that the government
            # will ..." is an opinion, not an agreement.
            return [t for t in child.subtree if not (t.dep_ == "mark" and t.head == child)], None
    return None


def _agreed_to_before(prep: Token, obj: Token) -> bool:
    """ "agreed on Saturday to a ceasefire after four days of strikes that killed dozens": a
    "to" phrase before an object is what was agreed; the parser took a later noun (here
    "strikes") for the object."""
    return _a_to_phrase(prep) and prep.i < obj.left_edge.i


def _a_to_phrase(prep: Token) -> bool:
    """ "agreed to a ceasefire", "on a plan", "upon terms" -- not "on Saturday"."""
    return prep.dep_ == "prep" and prep.lower_ in ("on", "to", "upon") and not _of_time(prep)


def _deal_agreed_to(verb: Token) -> Token | None:
    """ "agreed to a ceasefire to end a year of fighting": the deal named before an
    infinitive the parser hung on the verb, which only says what the deal is for."""
    deal_nouns = lexicons.words("agreement_nouns.txt")
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "on", "upon") and prep.i > verb.i:
            deal = next((o for o in prep.children if o.dep_ == "pobj" and _names_a_deal(o, deal_nouns)), None)
            if deal is not None and any(c.dep_ == "xcomp" and c.i > deal.i for c in verb.children):
                return deal
    return None


def _of_time(prep: Token) -> bool:
    """ "agreed on Wednesday to a truce": the day it was agreed, not what."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _agreed_on_a_fact(prep: Token) -> bool:
    """ "not everyone agrees on who is a terrorist": a finite question agreed on is an
    opinion shared; "agreed on how to share the costs", "agreed on cutting output" are
    undertakings."""
    return any(
        c.dep_ == "pcomp"
        and c.tag_ in ("VBZ", "VBP", "VBD")
        and not any(a.dep_ == "aux" and a.lower_ in MODALS for a in c.children)
        for c in prep.children
    )


def _mutual(verb: Token) -> bool:
    """Whether the verb's subject is two named parties ("TWA and USAir") or a pair
    ("the two sides", "both governments")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    named = [t for t in coordinated(subject) if t.ent_type_ in ("ORG", "GPE", "PERSON", "NORP")]
    pair = subject.lower_ in lexicons.mapping("pair_nouns.tsv") and any(
        c.lower_ in ("two", "both") for c in subject.children
    )
    return len(named) >= 2 or pair


def _proposal_object(verb: Token) -> Token | None:
    """What a proposal cue acts on, if it is a proposal or a deal: "rejected *a demand*",
    "objected to *a requirement*", "ruled out *talks*" (not "rejected *these accusations*")."""
    nouns = lexicons.words("proposal_nouns.txt", "agreement_nouns.txt")
    candidates = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    candidates += [p for c in _object_preps(verb) for p in c.children if p.dep_ == "pobj"]
    if not candidates and _relativized_object(verb) is not None:
        candidates = [verb.head]  # "a condition Phnom Penh has rejected"
    for obj in candidates:
        if obj.lower_ == "it":
            obj = _deal_before(obj) or obj  # "the cabinet approved the deal and the government signed off on it"
        if obj.lower_ in ("which", "that") and _relativized_object(verb) is not None:
            obj = verb.head  # "a proposal for a truce, which Kyiv accepted in March"
        if obj.lemma_.lower() in nouns or obj.lower_ in nouns or _claim_for(obj) or _idea_of_a_deal(obj):
            return obj
        if obj == verb.head and _offered(obj):
            return obj  # "offered a 2% raise, which the union rejected"
    return None


def _offered(noun: Token) -> bool:
    """Whether a noun is what a verb of offering puts forward (lexicons/offering_verbs.txt)."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicons.words("offering_verbs.txt")


def _object_preps(verb: Token) -> list[Token]:
    """The prepositions (or particles) after a cue that bring its object (``OBJECT_PREPS``),
    the "for" of "voted for" and the "of" of "voted in favour of"; not one of time ("turned
    down on Tuesday")."""
    wanted = OBJECT_PREPS | {"for"} if verb.lemma_.lower() == "vote" else OBJECT_PREPS
    preps = [
        c
        for c in verb.children
        if c.dep_ in ("prep", "prt") and c.i > verb.i and c.lower_ in wanted and not _of_time(c)
    ]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            favour = [o for o in prep.children if o.dep_ == "pobj" and o.lower_ in ("favor", "favour")]
            preps += [p for o in favour for p in o.children if p.dep_ == "prep" and p.lower_ == "of"]
    return preps


def _without_its_date(action: list[Token], date_text: str | None) -> list[Token]:
    """The action without the date it was agreed on, which the parser hung on the deal:
    "agreed to a ceasefire on Wednesday" agreed "a ceasefire" (on Wednesday)."""
    if not date_text or len(action) < 3:
        return action
    for prep in action:
        # from the words before the preposition that go with it: "early on Sunday"
        tail = [t for t in action if t.i >= prep.left_edge.i]
        when = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME")), None)
        if (
            prep.dep_ == "prep"
            and prep.left_edge.i > action[0].i
            and when is not None
            and all(t in prep.subtree for t in tail)
            and date_text in text_of(prep.doc)[prep.idx : tail[-1].idx + len(tail[-1])]
        ):
            return [t for t in action if t.i < prep.left_edge.i]
    return action


def _claim_for(noun: Token) -> bool:
    """ "ruled out claims for a shorter week": a claim *for* something is a demand, not an
    assertion ("rejected claims that ..." stays a denial)."""
    return noun.lemma_.lower() == "claim" and any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)


def _between_parties(verb: Token) -> list[Token]:
    """No subject ("the agreement was reached ... in talks between X and Y"): look
    for "between"/"with" phrases in the clause, then the subject of the clause above."""
    heads: list[Token] = []
    for tok in verb.subtree:
        if tok.dep_ == "prep" and (
            tok.lower_ == "between" or (tok.lower_ == "with" and not _after_or_before(tok, verb))
        ):
            for pobj in tok.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in ("PROPN", "NOUN"):
                    heads += coordinated(pobj)
            if heads:
                return heads
    if verb.dep_ in ("advcl", "pcomp") and verb.head != verb and not _has_passive_subject(verb):
        head = verb.head.head if verb.dep_ == "pcomp" else verb.head
        # "The mayor was praised for signing the deal": the passive's subject signed.
        subj = _object_praised_for(verb) or next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            heads += coordinated(subj)
    return heads


def _has_passive_subject(verb: Token) -> bool:
    """ "since the pact was signed": a passive with its own subject is a clause of its own,
    which lends no party from the clause above ("Iraq has rejected its quota since ...")."""
    return any(c.dep_ == "nsubjpass" for c in verb.children)


_TEMPORAL_PREPS = {"after", "before", "following", "since", "until", "ahead"}


def _after_or_before(prep: Token, verb: Token) -> bool:
    """Whether a phrase hangs inside a time adverbial of the verb: "the agreement had been
    reached after consultations with the victims' families" -- the families were consulted,
    they are no party (but "reached in talks with X", and "after a debate between X and Y"
    names both sides)."""
    tok = prep.head
    while tok != verb and tok.head != tok:
        if tok.dep_ == "prep" and tok.lower_ in _TEMPORAL_PREPS:
            return True
        tok = tok.head
    return False


def _object_praised_for(gerund: Token) -> Token | None:
    """Who did what a "for"/"on" gerund says when the verb above has an object: "praised
    both sides for reaching an agreement", "thanked the union for accepting the offer",
    "congratulated Kenya on signing" -- the object, not the one praising. ("After signing
    the deal, Kenya said": no object, the subject signed.)"""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.lower_ not in ("for", "on") or prep.dep_ != "prep":
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)


def _parties(verb: Token, deal: Token | None, resolver: SpeakerResolver, status: str = "agreed") -> list[Party]:
    heads: list[Token] = []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
    named = [c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
    if subj is not None and subj.pos_ not in ("NOUN", "PROPN", "PRON") and named:
        subj = named[-1]  # "Israel's far-right Minister Itamar Ben-Gvir voted": a subject split, the name in it
    if subj is None and verb.dep_ == "conj":
        subj = subject_of_the_nearer_conjunct(verb)
    if subj is None and verb.dep_ in ("conj", "xcomp", "advcl") and not _has_passive_subject(verb):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":
        # "Ukraine was ready to accept a ceasefire": the subject of "was ready"
        subj = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        subj = _subject_lent_to_a_participle(verb) or _recipient_of_a_deal(verb, deal)
    if subj is not None and subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        subj = _antecedent(subj, verb)  # "the Taliban, who have long refused to negotiate"
    if subj is not None and subj.lower_ == "they":
        subj = _pair_of_the_main_clause(subj) or subj
    subj = _who_recommends(verb) or subj
    # "was rejected by the union"; not "rejected the offer by a vote of 60 to 40".
    agent = _passive_agent(verb) if _passive(verb) else None
    if agent is not None:
        subj = agent
    if subj is not None:
        heads += [party for head in coordinated(subj) for party in _represented(head)]
        # "Biden, Xi agree to ...": a headline's pair, both read as subjects
        heads += [c for c in verb.children if c.dep_ == "nsubj" and listed_with(subj, c)]
    for holder in [verb] + [h for h in (deal, _thing_agreed(verb, deal)) if h is not None]:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ("with", "between") and status != "rejected":
                for pobj in child.children:
                    pobj = counted_people(pobj) or pobj  # "with thousands of former employees"
                    # not "with 59% of the vote", nor a manner ("a ceasefire with immediate effect")
                    if pobj.dep_ == "pobj" and not _a_quantity(pobj) and not _a_manner(pobj):
                        heads += coordinated(pobj)
            if child.dep_ == "poss" and holder == deal and child.pos_ != "PRON":  # "its deal": the subject's
                heads += coordinated(child)
            if child.dep_ == "prep" and child.lower_ in ("of", "to") and holder == deal and _is_transaction(deal):
                # "its acquisition of Activision", "the sale of its unit to Holcim"; but what a
                # sale is "of" is what was sold ("the sale of its RKO General stations")
                if not (child.lower_ == "of" and deal.lemma_.lower() == "sale"):
                    heads += [name for p in child.children for name in _names_in(p)]
            elif _buyer_hung_on_the_verb(child, holder, deal):
                heads += [name for p in child.children for name in _names_in(p)]
    if not heads:
        heads += _between_parties(verb)
    elif status != "rejected":  # a refusal has no other side
        heads += _counterparties(verb, deal)
    return _to_parties(heads, resolver)


def _who_recommends(verb: Token) -> Token | None:
    """The subject of a verb of demanding whose clause, in the base form, says what should
    be done (lexicons/mandative_verbs.txt): "Proxy advisers recommended that shareholders
    reject the package" is the advisers' refusal, as "the directors said they would
    recommend to shareholders that they reject a merger" is the directors'."""
    if (
        not what_should_be_done(verb)
        or verb.tag_ not in ("VB", "VBP")
        or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def _recipient_of_a_deal(verb: Token, deal: Token | None) -> Token | None:
    """ "OpenAI has been awarded a $200 million contract": the passive subject given the
    deal is its party (the deal is the verb's object, not its subject)."""
    if deal is None or deal.dep_ != "dobj" or deal.head != verb or not _passive(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and is_source_like(c)), None)


def _thing_agreed(verb: Token, deal: Token | None) -> Token | None:
    """What was agreed, when the parser did not take it for the deal: its "with" names the
    other side ("agreed a fee with Newcastle", "agreed to terms with Juan Soto")."""
    for child in verb.children:
        if child.dep_ == "dobj" and child != deal:
            return child
        if child.dep_ == "prep" and child.lower_ in ("to", "on"):
            thing = next((p for p in child.children if p.dep_ == "pobj"), None)
            if thing is not None and thing != deal:
                return thing
    return None


def _represented(head: Token) -> list[Token]:
    """The countries or organisations those who act for them stand for: Armenia and
    Azerbaijan in "the leaders of Armenia and Azerbaijan signed"; else the head itself."""
    if head.lemma_.lower() not in lexicons.words("representative_nouns.txt") or head.tag_ != "NNS":
        return [head]
    named = next(iter(of_objects(head)), None)
    if named is None or named.ent_type_ not in ("GPE", "ORG", "NORP"):
        return [head]
    return coordinated(named)


def _passive_agent(verb: Token) -> Token | None:
    """Who did it, in the passive: "was rejected by the union". A vote it was won or lost
    by is no party (lexicons/vote_measures.txt), but the bodies it was held in or at are, and
    the people it counts: "was rejected by wide margins in both House and Senate by a
    combination of Democrats and Republicans" was rejected by the House and the Senate, "was
    adopted by consensus at the World Health Assembly" by the Assembly, "approved by a
    majority of ministers" by the ministers."""
    measures = lexicons.words("vote_measures.txt")
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        pobj = next((p for p in agent.children if p.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if pobj.lemma_.lower() not in measures and not _a_quantity(pobj):
            return pobj
        held_in = [o for p in pobj.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for o in p.children]
        bodies = [o for o in held_in if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        if bodies:
            return bodies[0]
        voters = [o for o in of_objects(pobj) if names_people(o)]
        if voters:
            return voters[0]
    return None


def _a_quantity(noun: Token) -> bool:
    """ "with 59% of the vote", "with 80% voting in favor": how many, not who."""
    return (
        noun.ent_type_ in ("PERCENT", "CARDINAL", "MONEY", "QUANTITY", "DATE", "TIME")
        or noun.text == "%"
        or any(t.ent_type_ == "PERCENT" for t in noun.lefts)
    )


def _buyer_hung_on_the_verb(prep: Token, holder: Token, deal: Token | None) -> bool:
    """ "approved the sale to Skydance": the buyer's "to" the parser hung on the verb, after
    the transaction it completes."""
    return (
        deal is not None
        and holder != deal
        and prep.dep_ == "prep"
        and prep.lower_ == "to"
        and deal.dep_ == "dobj"
        and deal.head == holder
        and prep.i > deal.i
        and _is_transaction(deal)
    )


def _passive(verb: Token) -> bool:
    """A passive participle: "was rejected by the union", "the accord, signed by X"."""
    return verb.tag_ == "VBN" and (is_passive(verb) or verb.dep_ in ("acl", "amod"))


def _antecedent(relative: Token, verb: Token) -> Token:
    """What a relative pronoun stands for: the noun it follows ("talks between his
    government and the Taliban, who have long refused": the Taliban, which the parser
    may have passed over for "talks"), else the noun the clause hangs from."""
    before = relative.i - 1
    while before >= 0 and relative.doc[before].is_punct:
        before -= 1
    if before >= 0 and relative.doc[before].pos_ in ("PROPN", "NOUN") and is_source_like(relative.doc[before]):
        return relative.doc[before]
    return verb.head


def _subject_lent_to_a_participle(verb: Token) -> Token | None:
    """ "34 banks holding most of the debt agreed to ...": the parser read "holding" as the
    verb of "34 banks" and left "agreed" without a subject. The subject of a participle
    clause that ends right before the cue, and shares its head, is the cue's.

    Sketch: banks <-nsubj- holding(VBG) ... agreed, both hung on "said"."""
    clause = next(
        (c for c in verb.head.children if c.tag_ == "VBG" and c.i < verb.i and c.right_edge.i == verb.i - 1), None
    )
    if clause is None or verb.head == verb:
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)


def _counterparties(verb: Token, deal: Token | None = None) -> list[Token]:
    """The other side named in what was agreed: "agreed to supply *Iran*", "agreed to
    indemnify *LTV*", "agreed to be acquired by *Blackstone*", "a deal to purchase 30 of
    *Boeing*'s jets", "agreed to buy the stake from *Shell*". Only named countries,
    organisations and people can be parties."""
    infinitives = [c for c in verb.children if c.dep_ == "xcomp"][:1]
    if deal is not None:  # "a deal to purchase ...": the deal's own infinitive
        infinitives += [c for c in deal.children if c.dep_ in ("relcl", "acl") and to_infinitive(c)]
    found = []
    for inf in infinitives:
        if inf.lemma_.lower() in lexicons.words("requesting_verbs.txt"):
            continue  # "agreed to ask the OSCE to dissolve ...": whom they will ask is no party
        objs = [c for c in inf.children if c.dep_ in ("dobj", "dative")]
        # "agreed to supply Iran", "agreed to talks with Israel", "agreed to be acquired by Blackstone"
        buying = inf.lemma_.lower() in _BUYING and not is_passive(inf)
        preps = ("with", "to", "by") if is_passive(inf) else ("with", "to", "from") if buying else ("with", "to")
        objs += [
            p
            for c in inf.children
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if buying:  # who sells: the owner of what is bought
            objs += [owner for obj in objs for owner in _owners(obj)]
        # "to private equity firm Silver Lake": the name in apposition to the description
        objs += [a for obj in objs if obj.pos_ == "NOUN" for a in obj.children if a.dep_ == "appos"]
        found += [o for obj in objs for o in coordinated(obj) if o.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")]
    return found + _signed_to_a_deal(verb, deal)


def _signed_to_a_deal(verb: Token, deal: Token | None) -> list[Token]:
    """ "Kansas City signed coach Andy Reid to a contract extension", "signed Trent
    Alexander-Arnold on a six-year contract": the one signed to a deal is its other side (a
    person or an organisation, or a role named by one)."""
    if deal is None or deal.dep_ != "pobj" or deal.head.lower_ not in ("to", "on") or deal.head.head != verb:
        return []
    signed = [c for c in verb.children if c.dep_ == "dobj"]
    # "signed tight end Travis Kelce to ...": the name the parser split off its role
    signed += [
        c
        for c in verb.children
        if c.dep_ == "npadvmod" and c.ent_type_ == "PERSON" and any(o.right_edge.i + 1 == c.left_edge.i for o in signed)
    ]
    return [
        o
        for obj in signed
        for o in coordinated(obj)
        if o.ent_type_ in ("PERSON", "ORG") or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in o.children)
    ]


def _owners(noun: Token) -> list[Token]:
    """Whose the thing traded is: "Boeing" in "Boeing's jets" and "30 of Boeing's jets"."""
    if noun.dep_ != "poss":
        noun = next(iter(of_objects(noun)), noun)
    return [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]


def _reporting_speaker(head: Token):
    """The speaker a first-person or "it"/"they" pronoun in reported speech refers to."""
    if head.pos_ != "PRON" or head.lower_ not in ("it", "they", "we", "i", "he", "she"):
        return None
    statement = enclosing_statement(head.doc, head.idx, head.idx + len(head))
    if statement is None or statement.speaker is None:
        return None
    sp = statement.speaker
    if head.lower_ in ("he", "she", "i") and sp.kind != "person":
        return None
    if head.lower_ in ("it", "they", "we") and sp.kind == "person":
        return None
    if head.lower_ == "it" and sp.kind in ("anonymous", "group"):
        return None  # "It rejected the offer, people familiar with the matter said"
    return sp


def _pair_of_the_main_clause(they: Token) -> Token | None:
    """ "Russia and Ukraine held talks in Istanbul, where they agreed to exchange bodies": a
    "they" whose governing subject (the resolver's :func:`governing_subject`) is a
    coordination stands for those named, each a party."""
    subject = governing_subject(they)
    return subject if subject is not None and len(coordinated(subject)) > 1 else None


def _to_parties(heads: list[Token], resolver: SpeakerResolver) -> list[Party]:
    parties: list[Party] = []
    seen = set()
    for head in heads:
        if head.lower_ in ("that", "which", "who"):
            continue
        span = noun_phrase(head)
        for prep in head.rights:
            # "OPEC ministers in Vienna": where (or when) a party met is not part of its name.
            place = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if (
                prep.dep_ == "prep"
                and prep.lower_ in ("in", "at", "on", "during")
                and span.start <= prep.i < span.end
                and place is not None
                and place.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME")
            ):
                span = head.doc[span.start : prep.i]
                break
            if prep.dep_ == "prep" and head.pos_ == "PROPN" and prep.lower_ != "of" and span.start <= prep.i < span.end:
                span = head.doc[span.start : prep.i]  # "Newcastle United for striker Alexander Isak"
                break
        pair = resolver.pair(head)
        if pair is not None:  # "the two sides": both of them
            for member in pair:
                if member.name not in seen:
                    seen.add(member.name)
                    parties.append(Party(member.text, member.name, member.start, member.end))
            continue
        if head.pos_ in ("PROPN",) and head.ent_type_:
            ent = entity_of(head)
            if ent is not None and head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
                span = ent  # not "Martin", a product, of "Lockheed" (an organisation) + "Martin"
        speaker = resolver.resolve(head, span)
        reporter = _reporting_speaker(head)
        if reporter is not None:
            # "Emery said it has entered into an agreement": "it" is the one speaking.
            speaker = Speaker(speaker.text, speaker.start, speaker.end, reporter.name, reporter.kind)
        if speaker.name in seen:
            continue
        seen.add(speaker.name)
        parties.append(Party(speaker.text, speaker.name, speaker.start, speaker.end))
    return parties
