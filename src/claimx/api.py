"""The Python API: :func:`extract` for one text, :func:`extract_many` for a stream.

    >>> import claimx
    >>> for claim in claimx.extract("Azerbaijan said on Thursday that 31 civilians have been killed.",
    ...                             published="2020-10-09"):
    ...     print(claim["type"], claim["speaker"]["name"], claim["date"]["value"])
    statement Azerbaijan 2020-10-08
    casualty Azerbaijan 2020-10-08

Each claim is a dict with exactly the keys of one JSONL line (``OUTPUT.md``).
Long documents are cut on paragraph boundaries into slices the parser can hold
(:data:`SLICE_CHARS`), so memory stays bounded; offsets still index the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import dates
from .pipeline import DEFAULT_MODEL, load, set_published
from .schema import CLAIM_TYPES, Claim

TYPE_ORDER = {t: i for i, t in enumerate(CLAIM_TYPES)}
SLICE_CHARS = 25_000  # a news article is ~5,000; a slice of odd text (one token per
# two characters) still fits the parser in a few hundred MB
BATCH_TOKENS = 20_000  # tokens the statistical pipeline holds at once, whatever the documents


@dataclass
class Document:
    """One text to extract claims from."""

    name: str  # written as ``doc`` on every claim
    id: str  # the prefix of claim ids
    text: str
    published: str | None = None


def _types(types: Iterable[str] | None) -> tuple[str, ...]:
    if types is None:
        return CLAIM_TYPES
    types = list(types)
    unknown = set(types) - set(CLAIM_TYPES)
    if unknown:
        raise ValueError(f"unknown claim type(s): {', '.join(sorted(unknown))}; choose from {', '.join(CLAIM_TYPES)}")
    return tuple(t for t in CLAIM_TYPES if t in set(types))


def slice_bounds(text: str, limit: int = SLICE_CHARS) -> list[tuple[int, int]]:
    """Where to cut ``text`` into slices of at most ``limit`` characters, as ``(start, end)``
    bounds (the text itself is not copied), preferring paragraph breaks, then line breaks,
    then sentence ends, then spaces.

        >>> slice_bounds("One. Two. Three.", limit=10)
        [(0, 10), (10, 16)]
    """
    out, start = [], 0
    while start < len(text) or not out:
        end = min(start + limit, len(text))
        if end < len(text):
            window = text[start:end]
            for pattern in (r"\n\s*\n", r"\n", r"[.!?][\"\u201d']?\s", r"\s"):
                cuts = [m.end() for m in re.finditer(pattern, window)]
                cuts = [c for c in cuts if c > limit // 2]
                if cuts:
                    end = start + cuts[-1]
                    break
        out.append((start, end))
        start = end
    return out


_WORD = re.compile(r"[^\W\d_]{2}")  # two letters in a row


def _for_parser(text: str) -> tuple[int, str]:
    """``(offset, text)`` the pipeline reads: without the byte-order mark that
    ``open().read()`` keeps at the start of a UTF-8 file (claims are shifted back by
    ``offset``, so offsets index the text as given); a stray U+FEFF further on, an
    invisible no-break space, becomes a space."""
    skip = 1 if text.startswith("\ufeff") else 0
    return skip, text[skip:].replace("\ufeff", " ")


def records_for(
    claims: list[Claim], doc: Document, published: str | None, types: Iterable[str], first: int = 1
) -> list[dict]:
    """Output lines for claims of one document (or of one slice of it), in reading order,
    numbered from ``first``. Claims are numbered before ``types`` filters them, so an id
    names the same claim whatever is kept."""
    wanted = set(types)
    ordered = sorted(claims, key=lambda c: (c.sentence.start, c.anchor, TYPE_ORDER[c.type]))
    return [
        c.to_dict(doc.name, f"{doc.id}:{n}", published) for n, c in enumerate(ordered, start=first) if c.type in wanted
    ]


def published_iso(value: str | date | None) -> str | None:
    """A publication date as ``YYYY-MM-DD``: a ``datetime.date`` or a real calendar date
    written ISO-style. Raises ``ValueError`` with a clear message otherwise.

        >>> published_iso(date(2020, 10, 9)), published_iso("2020-10-09")
        ('2020-10-09', '2020-10-09')
    """
    if value is None or isinstance(value, date):
        return value.isoformat()[:10] if value is not None else None
    try:
        return dates.parse_published(str(value)).isoformat()
    except ValueError:
        raise ValueError(f"published must be a real date as YYYY-MM-DD, got {value!r}") from None


def _pipe_bounded(nlp: Language, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    """``nlp.pipe`` over batches of at most ``batch_size`` docs and :data:`BATCH_TOKENS`
    tokens, so that memory does not grow with a long document's slices or a batch of
    long articles."""
    batch: list[Doc] = []
    tokens = 0
    for doc in docs:
        if batch and (len(batch) >= batch_size or tokens + len(doc) > BATCH_TOKENS):
            yield from nlp.pipe(batch, batch_size=len(batch))
            batch, tokens = [], 0
        batch.append(doc)
        tokens += len(doc)
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch))


class DocumentFailed(Exception):
    """A claim component failed on one document (the message names the component)."""


def extract_documents(
    documents: Iterable[Document],
    types: Iterable[str] | None = None,
    *,
    model: str = DEFAULT_MODEL,
    batch_size: int = 16,
    nlp: Language | None = None,
    slice_chars: int = SLICE_CHARS,
    serialize: Callable[[dict], Any] | None = None,
    collect: Callable[[], Any] = list,
    skim: bool = False,
) -> Iterator[tuple[Document, list, str | None]]:
    """Stream documents through ``nlp.pipe``; yields ``(document, claims, error)`` in input order.

    ``error`` is ``None`` unless a component failed on the document, in which case
    ``claims`` is empty: a document is written whole or not at all. ``serialize`` (e.g.
    :func:`claimx.schema.dumps`) turns each claim dict into what is kept as soon as it is
    made, so a very long document does not hold all its dicts at once; ``collect`` makes
    what a document's claims are gathered in (a list, or e.g. a
    :class:`claimx.spool.LineSpool` that moves them to a file when there are many).
    ``skim``: the statistical pipeline reads only the sentences that may hold a claim
    (:mod:`claimx.skim`; faster, a little less accurate).
    """
    chosen = _types(types)
    nlp = nlp or load(model, skim=skim)  # every kind runs, so ids do not depend on ``types``
    pending: list[tuple[Document, int, int, str | None]] = []  # (document, slice offset, slices left, published)

    def docs() -> Iterator[Doc]:
        for document in documents:
            skip, text = _for_parser(document.text)
            published = document.published or dates.find_published(text)
            # A slice without a word (a run of quotes, dashes, digits) holds no claim: the
            # parser would spend a token's time on every character of it for nothing.
            # Bounds, not pieces: a 20 MB text is cut one slice at a time.
            parts = [(a, b) for a, b in slice_bounds(text, slice_chars) if _WORD.search(text, a, b)] or [(0, 0)]
            for k, (start, end) in enumerate(parts):
                pending.append((document, skip + start, len(parts) - k - 1, published))
                doc = nlp.make_doc(text[start:end])
                set_published(doc, published)  # found once on the whole text, not per slice
                yield doc

    # A document's claims become output records slice by slice (slices are in reading
    # order), so a 20 MB document does not hold all its Claim objects at once.
    records = collect()
    numbered = 0
    error: str | None = None
    for doc in _pipe_bounded(nlp, docs(), batch_size):
        document, offset, left, published = pending.pop(0)
        error = error or doc.user_data.get("claimx_error")
        if not error:
            found = [c.shift(offset) for c in (doc._.claims or [])]
            made = records_for(found, document, published, chosen, first=numbered + 1)
            records.extend(map(serialize, made) if serialize else made)
            numbered += len(found)
        if left == 0:
            yield document, (collect() if error else records), error
            records, numbered, error = collect(), 0, None


def extract(
    text: str,
    published: str | date | None = None,
    types: Iterable[str] | None = None,
    *,
    model: str = DEFAULT_MODEL,
    name: str = "-",
    doc_id: str = "stdin",
    skim: bool = False,
) -> list[dict]:
    """Claims in one article. ``published`` (``YYYY-MM-DD`` or a ``datetime.date``) overrides
    the date found in the text; ``skim`` parses only the sentences that may hold a claim.

    Raises ``ValueError`` for a bad ``published`` or ``types``, :class:`DocumentFailed` if a
    component fails on the text.
    """
    document = Document(name, doc_id, text, published_iso(published))
    [(_, claims, error)] = list(extract_documents([document], types, model=model, skim=skim))
    if error:
        raise DocumentFailed(error)
    return claims


def extract_many(
    items: Iterable[tuple[str, str, str]],
    published: str | date | None = None,
    types: Iterable[str] | None = None,
    *,
    model: str = DEFAULT_MODEL,
    batch_size: int = 16,
    skim: bool = False,
) -> Iterator[tuple[str, list[dict], str | None]]:
    """Stream ``(name, doc_id, text)`` items through one pipeline (``skim``: see :func:`extract`).

    Yields one ``(name, claims, error)`` tuple per item, in input order: ``claims`` is the
    list of claim dicts (one per JSONL line), ``error`` ``None`` or the message of the
    component that failed (then ``claims`` is empty).
    """
    published = published_iso(published)
    documents = (Document(name, did, text, published) for name, did, text in items)
    for document, claims, error in extract_documents(documents, types, model=model, batch_size=batch_size, skim=skim):
        yield document.name, claims, error
