"""News as it comes: plain text, HTML pages, JSONL exports and WARC crawls -> :class:`Document`.

Each reader turns one input (a :class:`~claimx.io.Source`) into documents. A text
file is one document; a JSONL file or a WARC file holds many. Offsets in the output
index the text claimx extracted (``--emit-text DIR`` writes it out).
"""

from __future__ import annotations

import io as _io
import json
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


def documents(source: Source, options: ReadOptions) -> Iterator[Document]:
    """The documents in one input. Raises :class:`InputError` for an unreadable input;
    a bad record inside a JSONL or WARC file is yielded as an :class:`InputError`."""
    name = source.name.lower()
    if name.endswith(WARC_SUFFIXES):
        yield from _warc(source, options)
        return
    if name.endswith(JSONL_SUFFIXES):
        yield from _jsonl(source, _jsonl_lines(source, options), options)
        return
    data = source.read_bytes(max_chars=options.max_chars)
    if name.endswith(HTML_SUFFIXES):
        yield _checked(
            html_document(source.name, source.id, decode(data, source.name, options.encoding), options), options
        )

    else:
        text = decode(data, source.name, options.encoding)
        yield _checked(Document(source.name, source.id, text, options.published), options)


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


def _jsonl_lines(source: Source, options: ReadOptions) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` of a JSONL input, read one line at a time: memory does not
    grow with the file. A line that cannot be decoded is yielded as an :class:`InputError`."""
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
                text = decode(rest, source.name, options.encoding)
                yield from enumerate(text.split("\n"), start=1)
                return
            try:
                line = decode(raw, f"{source.name}:{number}", options.encoding).rstrip("\n")
                yield number, line.removeprefix("\ufeff") if number == 1 else line
            except InputError as err:
                yield number, err


def _jsonl(source: Source, lines: Iterator[tuple[int, str | InputError]], options: ReadOptions) -> Iterator[Document]:
    for number, line in lines:
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
        try:
            yield _checked(Document(source.name, doc_id, body, published), options)
        except InputError as err:
            yield err


def _warc(source: Source, options: ReadOptions) -> Iterator[Document]:
    """Each HTML response record of a WARC file is a document; its id is the URL."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as err:  # pragma: no cover - a declared dependency
        raise InputError(source.name, "unsupported", f"WARC needs warcio ({err})") from None
    if source.data is not None:
        stream = _io.BytesIO(source.data)
    else:
        source.check()  # a crawl may be far bigger than one article: no --max-chars here
        try:
            stream = open(source.path, "rb")  # read record by record: memory stays flat
        except OSError as err:
            raise InputError(source.name, "unreadable", err.strerror or str(err)) from None
    with stream:
        yield from _warc_records(source, stream, ArchiveIterator, options)


def _warc_records(source: Source, stream, ArchiveIterator, options: ReadOptions) -> Iterator[Document]:
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in ctype:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            body = record.content_stream().read()
            charset = re.search(r"charset=([\w-]+)", ctype)
            try:
                html = body.decode(charset.group(1) if charset else "utf-8", errors="replace")
            except LookupError:
                html = body.decode("utf-8", errors="replace")
            try:
                document = html_document(source.name, url, html, options)
            except InputError as err:
                yield InputError(f"{source.name}#{url}", err.kind, err.message)
                continue
            if document.published is None:
                document.published = _day(record.rec_headers.get_header("WARC-Date"))
            yield document
    except Exception as err:  # warcio raises plain exceptions on corrupt archives
        raise InputError(source.name, "bad_warc", f"cannot read WARC: {err}") from None
