"""The Python API: :func:`extract` for one text, :func:`extract_many` for a stream.

    >>> import claimx
    >>> for claim in claimx.extract("Azerbaijan said on Thursday that 31 civilians have been killed.",
    ...                             published="2020-10-09"):
    ...     print(claim["type"], claim["speaker"]["name"], claim["date"]["value"])
    statement Azerbaijan 2020-10-08
    casualty Azerbaijan 2020-10-08

Each claim is a dict with exactly the keys of one JSONL line (``OUTPUT.md``).
"""

from __future__ import annotations

from typing import Iterable, Iterator, Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from .pipeline import DEFAULT_MODEL, load
from .schema import CLAIM_TYPES

TYPE_ORDER = {t: i for i, t in enumerate(CLAIM_TYPES)}


def _types(types: Optional[Iterable[str]]) -> tuple[str, ...]:
    if types is None:
        return CLAIM_TYPES
    chosen = tuple(t for t in CLAIM_TYPES if t in set(types))
    unknown = set(types) - set(CLAIM_TYPES)
    if unknown:
        raise ValueError(f"unknown claim type(s): {', '.join(sorted(unknown))}; choose from {', '.join(CLAIM_TYPES)}")
    return chosen


def nlp_for(model: str = DEFAULT_MODEL, types: Optional[Iterable[str]] = None) -> Language:
    return load(model, _types(types))


def records(doc: Doc, name: str, doc_id: str, types: Sequence[str] = CLAIM_TYPES) -> list[dict]:
    """The output lines for a processed ``Doc``, in reading order, with stable ids."""
    claims = [c for c in (doc._.claims or []) if c.type in types]
    claims.sort(key=lambda c: (c.sentence.start, c.anchor, TYPE_ORDER[c.type]))
    out = []
    for n, claim in enumerate(claims, start=1):
        out.append(claim.to_dict(name, f"{doc_id}:{n}", doc._.published))
    return out


def make_doc(nlp: Language, text: str, published: Optional[str]) -> Doc:
    doc = nlp.make_doc(text)
    if published:
        doc._.published = published
    return doc


def extract(text: str, published: Optional[str] = None, types: Optional[Iterable[str]] = None, *,
            model: str = DEFAULT_MODEL, name: str = "-", doc_id: str = "stdin") -> list[dict]:
    """Claims in one article. ``published`` (``YYYY-MM-DD``) overrides the date found in the text."""
    chosen = _types(types)
    nlp = load(model, chosen)
    doc = nlp(make_doc(nlp, text, published))
    return records(doc, name, doc_id, chosen)


def extract_many(items: Iterable[tuple[str, str, str]], published: Optional[str] = None,
                 types: Optional[Iterable[str]] = None, *, model: str = DEFAULT_MODEL,
                 batch_size: int = 16) -> Iterator[tuple[str, list[dict], Optional[str]]]:
    """Stream ``(name, doc_id, text)`` items through ``nlp.pipe``.

    Yields ``(name, claims, error)`` in input order; ``error`` is ``None`` unless a
    component failed on that document, in which case ``claims`` is empty.
    """
    chosen = _types(types)
    nlp = load(model, chosen)
    pending: list[tuple[str, str]] = []

    def docs() -> Iterator[Doc]:
        for name, did, text in items:
            pending.append((name, did))
            yield make_doc(nlp, text, published)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        name, did = pending.pop(0)
        error = doc.user_data.get("claimx_error")
        yield name, ([] if error else records(doc, name, did, chosen)), error
