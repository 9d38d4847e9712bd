"""News as it comes: plain text, HTML pages, JSONL exports and WARC crawls -> :class:`Document`.

Each reader turns one input (a :class:`~claimx.io.Source`) into documents. A text
file is one document; a JSONL file or a WARC file holds many. Offsets in the output
index the text claimx extracted (``--emit-text DIR`` writes it out).
"""

from __future__ import annotations

import io as _io
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from .api import Document
from .io import InputError, Source, decode

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True)
class ReadOptions:
    encoding: str | None = None
    published: str | None = None  # --published: wins over any date found
    text_field: str = "text"
    id_field: str = "id"
    date_field: str = "date"
    max_chars: int = 20_000_000


@dataclass
class Page:
    """An HTML response of a crawl, not yet extracted: whoever processes it runs trafilatura."""

    name: str  # the crawl's file name, written as ``doc``
    id: str  # the page's URL
    html: str
    crawl_date: str | None = None  # the record's WARC-Date, used when the page states no date


@dataclass
class Part:
    """One document's worth of an input, as cheap to make as possible: a file to read, a
    crawled page to extract, or a JSONL record already read. Big inputs are split into
    parts so that many workers can share one file; ``nbytes`` is the share of the input's
    bytes the part stands for (for the progress bar)."""

    source: str  # the input's name
    item: Source | Page | Document
    nbytes: int = 0

    @property
    def id(self) -> str:
        return self.item.id


def kind_of(name: str) -> str:
    """The reader an input needs, from its name: ``warc``, ``jsonl``, ``html`` or ``text``.

    >>> kind_of("crawl.warc.gz"), kind_of("export.ndjson"), kind_of("page.HTM"), kind_of("-")
    ('warc', 'jsonl', 'html', 'text')
    """
    name = name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "html" if name.endswith(HTML_SUFFIXES) else "text"


def split(source: Source, options: ReadOptions) -> Iterator[Part | InputError]:
    """The parts of one input, in order, read as a stream: a text or HTML file is one part
    (read later, by the worker), a JSONL file one part per record, a WARC file one per HTML
    response. Raises :class:`InputError` for an input that cannot be read at all; a bad
    record inside a JSONL or WARC file is yielded as an :class:`InputError`."""
    kind = kind_of(source.name)
    if kind == "warc":
        yield from _warc_parts(source, options)
    elif kind == "jsonl":
        yield from _jsonl_parts(source, options)
    else:
        yield Part(source.name, source, source.size(options.max_chars))


def read(item: Source | Page | Document, options: ReadOptions) -> Document:
    """A part's document: the file read and decoded, the page's article text extracted.
    Raises :class:`InputError`."""
    if isinstance(item, Document):
        return _checked(item, options)
    if isinstance(item, Page):
        document = html_document(item.name, item.id, item.html, options)
        document.published = document.published or item.crawl_date
        return _checked(document, options)
    data = item.read_bytes(max_chars=options.max_chars)
    text = decode(data, item.name, options.encoding)
    if kind_of(item.name) == "html":
        return _checked(html_document(item.name, item.id, text, options), options)
    return _checked(Document(item.name, item.id, text, options.published), options)


def _checked(document: Document, options: ReadOptions) -> Document:
    if len(document.text) > options.max_chars:
        raise InputError(
            document.name, "too_large", f"{len(document.text):,} characters is over --max-chars {options.max_chars:,}"
        )
    return document


def html_document(name: str, doc_id: str, html: str, options: ReadOptions) -> Document:
    """Main text, title and date of a news page, via trafilatura (htmldate for the date)."""
    try:
        import trafilatura
    except ImportError as err:  # pragma: no cover - a declared dependency
        raise InputError(name, "unsupported", f"HTML needs trafilatura ({err})") from None
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if result is None or not getattr(result, "text", None):
        raise InputError(name, "no_text", "no article text found in the HTML")
    title = (getattr(result, "title", None) or "").strip()
    text = f"{title}\n\n{result.text}" if title else result.text
    published = options.published or _day(getattr(result, "date", None))
    return Document(name, doc_id, text, published)


def _day(value) -> str | None:
    """A record's date as ``YYYY-MM-DD``, or ``None`` when it is missing or not a real
    date ("2020-02-30"): the article's own dateline is then used instead."""
    if not value:
        return None
    m = _ISO_DAY.match(str(value))
    if not m:
        return None
    try:
        date.fromisoformat(m.group(1))
    except ValueError:
        return None
    return m.group(1)


def _jsonl_lines(source: Source, options: ReadOptions) -> Iterator[tuple[int, str | InputError, int]]:
    """``(line number, text, bytes)`` of a JSONL input, read one line at a time: memory does
    not grow with the file. A line that cannot be decoded comes as an :class:`InputError`."""
    if source.data is not None:
        handle = _io.BytesIO(source.data)
    else:
        source.check()
        try:
            handle = open(source.path, "rb")
        except OSError as err:
            raise InputError(source.name, "unreadable", err.strerror or str(err)) from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                # UTF-16 lines are not separated by a single newline byte: decode it whole.
                rest = raw + handle.read()
                lines = decode(rest, source.name, options.encoding).split("\n")
                yield from ((n, line, len(rest) // len(lines)) for n, line in enumerate(lines, start=1))
                return
            try:
                line = decode(raw, f"{source.name}:{number}", options.encoding).rstrip("\n")
                yield number, line.removeprefix("\ufeff") if number == 1 else line, len(raw)
            except InputError as err:
                yield number, err, len(raw)


def _jsonl_parts(source: Source, options: ReadOptions) -> Iterator[Part | InputError]:
    """One part per record: the record is parsed here (cheap), its text processed later."""
    for number, line, nbytes in _jsonl_lines(source, options):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        where = f"{source.name}:{number}"
        try:
            record = json.loads(line)
            body = record[options.text_field]
            if not isinstance(body, str):
                raise TypeError(f"field {options.text_field!r} is not a string")
        except (ValueError, KeyError, TypeError) as err:
            detail = f"no field {err}" if isinstance(err, KeyError) else str(err)
            yield InputError(where, "bad_record", f"bad JSONL record ({detail})")
            continue
        doc_id = str(record.get(options.id_field) or f"{source.id}-{number}")
        published = options.published or _day(record.get(options.date_field))
        yield Part(source.name, Document(source.name, doc_id, body, published), nbytes)


def _warc_parts(source: Source, options: ReadOptions) -> Iterator[Part | InputError]:
    """One part per HTML response record, read record by record from the open file (gzip
    included), so memory stays flat whatever the crawl's size. A crawl cut short ends with
    an error for the file after the pages it holds."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as err:  # pragma: no cover - a declared dependency
        raise InputError(source.name, "unsupported", f"WARC needs warcio ({err})") from None
    if source.data is not None:
        stream, size = _io.BytesIO(source.data), len(source.data)
    else:
        source.check()  # a crawl may be far bigger than one article: no --max-chars here
        try:
            stream = open(source.path, "rb")
            size = os.fstat(stream.fileno()).st_size
        except OSError as err:
            raise InputError(source.name, "unreadable", err.strerror or str(err)) from None
    with stream:
        yield from _warc_pages(source, ArchiveIterator(stream), size)


def _warc_pages(source: Source, records, size: int) -> Iterator[Part | InputError]:
    done = 0  # bytes of the file accounted for by the parts so far
    try:
        for record in records:
            page = _page(source, record)
            if getattr(record.raw_stream, "limit", 0):
                where = record.rec_headers.get_header("WARC-Target-URI") or "a record"
                raise InputError(source.name, "truncated", f"WARC cut short inside {where}")
            if page is not None:
                yield Part(source.name, page, records.offset - done)
                done = records.offset
    except InputError:
        raise
    except Exception as err:  # warcio raises plain exceptions on corrupt archives
        raise InputError(source.name, "bad_warc", f"cannot read WARC: {err}") from None
    if records.offset < size:
        raise InputError(source.name, "truncated", f"WARC cut short after byte {records.offset:,} of {size:,}")


def _page(source: Source, record) -> Page | None:
    """The record as a :class:`Page` if it is an HTML response; its body is read either way."""
    body = record.content_stream().read()
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if "html" not in ctype:
        return None
    charset = re.search(r"charset=([\w-]+)", ctype)
    try:
        html = body.decode(charset.group(1) if charset else "utf-8", errors="replace")
    except LookupError:
        html = body.decode("utf-8", errors="replace")
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    return Page(source.name, url, html, _day(record.rec_headers.get_header("WARC-Date")))
